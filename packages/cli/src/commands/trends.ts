import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  counted,
  growthText,
  BIN_SIZES,
  BIN_SPAN_TAIL,
  BURST_DEFAULTS,
  ENTITY_KINDS,
  maxRecentWindow,
  recentWindow,
  trends,
  trendSections,
  type AutoBins,
  type BinSize,
  type BinChoice,
  type EntityKind,
  type EntityTrend,
  type TrendsReport,
} from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';
import { loadGraph, SOURCE_ARGUMENT_HELP } from '../io/graph-source.ts';
import { reportIssues, terminalText } from '../report.ts';
import { integerOption, kindsOption, positiveNumber } from './options.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

interface TrendFlags {
  by: BinChoice;
  kind?: EntityKind[];
  /** Terminal: rows per section (default TERMINAL_TOP); JSON: entities (default all). */
  top?: number;
  json?: boolean;
  burstS: number;
  burstGamma: number;
  recent?: number;
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** Rows per section of the terminal report when --top is not given. */
const TERMINAL_TOP = 15;

/** Bins a terminal sparkline shows at most: the last ones, after an ellipsis. */
const SPARK_BINS = 36;

/** The entity's share of each bin's papers, one character per bin (the last SPARK_BINS), scaled to its highest share. */
export function sparkline(trend: EntityTrend, papers: readonly number[]): string {
  const shares = trend.counts.map((count, i) => (papers[i]! > 0 ? count / papers[i]! : 0));
  const max = Math.max(...shares);
  const shown = shares.length > SPARK_BINS ? shares.slice(-SPARK_BINS) : shares;
  const line = shown.map((share) => (share === 0 ? ' ' : SPARKS[Math.min(SPARKS.length - 1, Math.floor((share / max) * SPARKS.length))]!)).join('');
  return shares.length > SPARK_BINS ? `…${line}` : line;
}


type Coverage = { papers: number; undated: number; imprecise: number };

/**
 * Why `--by auto` chose years (months, the usual bins, need no word): too many papers dated to the year alone, or
 * months over too long a span to read.
 */
function autoLine(auto: AutoBins | undefined): string[] {
  if (auto?.by !== 'year') return [];
  if (auto.reason === 'year-only') return [`bins are years: ${auto.yearOnly.toLocaleString('en')} of ${counted(auto.dated, 'dated paper')} ${auto.yearOnly === 1 ? 'is' : 'are'} dated only to the year (--by month bins the others by month)`];
  if (auto.reason === 'long-span') {
    return [`bins are years: the papers dated to the month span ${counted(Math.ceil(auto.spanMonths / 12), 'year')} (all but ${BIN_SPAN_TAIL * 100}% at each end; --by month bins them by month)`];
  }
  return ['bins are years: no paper is dated to the month'];
}

/** What the bins leave out: papers without a date, and (below yearly bins) papers dated only to the year. */
function coverageLines(by: BinSize, coverage: Coverage): string[] {
  const lines: string[] = [];
  if (coverage.undated > 0) lines.push(`${counted(coverage.undated, 'paper')} without a date ${coverage.undated === 1 ? 'was' : 'were'} left out`);
  if (coverage.imprecise > 0) {
    lines.push(`${counted(coverage.imprecise, 'paper')} dated only to the year ${coverage.imprecise === 1 ? 'was' : 'were'} left out of ${by}ly bins (--by year counts them)`);
  }
  return lines;
}

function formatReport(report: TrendsReport, recent: number, top: number, coverage: Coverage, auto: string[]): string {
  const lines: string[] = [];
  if (report.bins.length === 0) {
    // Papers dated to the year alone have bins by year: say so rather than "no dated papers".
    const why =
      coverage.imprecise > 0
        ? `no paper is dated finer than the year: nothing to bin by ${report.by} (--by year bins them)`
        : 'no dated papers: nothing to bin (papers need a date, an arXiv id or a year)';
    return [why, ...coverageLines(report.by, coverage)].join('\n');
  }
  const dated = report.papers.reduce((a, b) => a + b, 0);
  const bins = report.bins.length;
  const window = recent === 1 ? `the last ${report.by}` : `the last ${recent} ${report.by}s`;
  lines.push(
    `${counted(dated, 'dated paper')}, ${report.bins[0]} … ${report.bins[bins - 1]} (${counted(bins, report.by)}; recent window: ${window})`,
  );
  lines.push(...auto, ...coverageLines(report.by, coverage));
  if (report.bins.length > SPARK_BINS) lines.push(`sparklines show the last ${SPARK_BINS} ${report.by}s`);
  for (const section of trendSections(report, recent, top)) {
    // an empty section is said, not left out: "nothing is bursting now" is an answer
    lines.push('', section.rows.length === 0 ? `${section.title}: none` : section.title);
    if (section.rows.length === 0) continue;
    const width = Math.min(40, Math.max(...section.rows.map((row) => row.label.length)));
    for (const row of section.rows) {
      const bursts = row.bursts.map((b) => (b.start === b.end ? b.start : `${b.start}…${b.end}`)).join(', ');
      lines.push(
        `  ${terminalText(row.label).slice(0, width).padEnd(width)}  ${row.kind.padEnd(7)} ${String(row.total).padStart(6)}  ${growthText(row.growth).padStart(7)}  ${sparkline(row, report.papers)}  first ${row.firstSeen}${bursts ? `  burst ${bursts}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

export function registerTrends(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  program
    .command('trends')
    .description('what is rising, bursting, new and fading: papers per time bin for each model, method and dataset')
    .argument('[source...]', SOURCE_ARGUMENT_HELP)
    .addOption(
      new Option('--by <bin>', 'time bin; auto: months, or years when many papers are dated only to the year or the months span over ten years (see docs/trends.md)')
        .choices(['auto', ...BIN_SIZES])
        .default('auto'),
    )
    .option('--kind <kinds>', `only these kinds, comma-separated (${ENTITY_KINDS.join(', ')})`, kindsOption(ENTITY_KINDS))
    .option('--top <n>', `rows per section (terminal, default ${TERMINAL_TOP}) or entities (JSON, default all)`, integerOption(1))
    .option(
      '--recent <bins>',
      'bins in the recent window that growth compares with the bins before, 1 to all bins but one (default: chosen by papers, see docs/trends.md)',
      integerOption(1),
    )
    .option('--burst-s <s>', "burst detection: rate ratio of the burst state (Kleinberg's s)", parseBurstS, BURST_DEFAULTS.s)
    .option('--burst-gamma <g>', "burst detection: cost of entering a burst, × ln(bins) (Kleinberg's gamma)", positiveNumber, BURST_DEFAULTS.gamma)
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nExamples:\n  papergraph trends out/graph.json --kind model --top 10\n  papergraph trends papers.jsonl.gz --by quarter --json\n')
    .action(async (source: string[], flags: TrendFlags) => {
      const { graph, issues } = await loadGraph(source);
      // Records that could not be read and files passed over, on stderr: stdout is the report (or JSON) alone.
      reportIssues(issues, io.stderr);
      const { report, coverage, autoBins } = trends(graph, {
        by: flags.by,
        ...(flags.kind ? { kinds: flags.kind } : {}),
        burst: { s: flags.burstS, gamma: flags.burstGamma },
        ...(flags.recent !== undefined ? { recent: flags.recent } : {}),
      });
      checkRecent(flags.recent, report);
      if (flags.json) {
        // stdout is the documented JSON alone; what the bins leave out goes to stderr, as the terminal report says it.
        for (const line of [...autoLine(autoBins), ...coverageLines(report.by, coverage)]) io.stderr.write(`${line}\n`);
        writeJson(report, flags.top === undefined ? report.entities : report.entities.slice(0, flags.top), io);
        return;
      }
      io.stdout.write(`${formatReport(report, recentWindow(report.papers, flags.recent), flags.top ?? TERMINAL_TOP, coverage, autoLine(autoBins))}\n`);
    });
}

/**
 * The report as JSON, `{ by, bins, papers, entities }`, written entity by entity: the text of a long span's
 * report (many bins × many entities) can be longer than one string may be.
 */
function writeJson(report: TrendsReport, entities: readonly EntityTrend[], io: CommandOutput): void {
  const { entities: _all, ...head } = report;
  io.stdout.write(`${JSON.stringify(head).slice(0, -1)},"entities":[`);
  entities.forEach((entity, i) => io.stdout.write(`${i > 0 ? ',' : ''}${JSON.stringify(entity)}`));
  io.stdout.write(']}\n');
}

/**
 * `--recent` beyond the bins the papers span: a window of every bin leaves nothing before it to compare with (every
 * growth would read 1), so it is refused, naming the range, rather than silently cut.
 */
function checkRecent(recent: number | undefined, report: TrendsReport): void {
  if (recent === undefined || report.bins.length === 0) return;
  const most = maxRecentWindow(report.bins.length);
  if (recent <= most) return;
  const span = counted(report.bins.length, report.by);
  throw new CliError(
    report.bins.length === 1
      ? `--recent ${recent}: the dated papers span ${span}; the recent window can only be 1`
      : `--recent ${recent}: the dated papers span ${span}; the recent window must leave at least one before it (1 to ${most})`,
    EXIT.usage,
  );
}

function parseBurstS(value: string): number {
  const s = positiveNumber(value);
  if (s <= 1) throw new InvalidArgumentError('expected a number greater than 1 (the burst state must be denser than the base)');
  return s;
}

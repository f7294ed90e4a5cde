import { Option, type Command } from 'commander';
import { plural, sharedEntities, type EntityKind, type SharedEntity } from '@papergraph/core';
import { loadGraph, SOURCE_ARGUMENT_HELP } from '../io/graph-source.ts';
import { reportIssues, terminalText } from '../report.ts';
import { integerOption, parseLimit, parseMinPapers } from './options.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

interface TableFlags {
  minPapers: number;
  json?: boolean;
  includeTagged?: boolean;
  limit?: number;
  papers?: number;
  counts?: boolean;
  evidence?: boolean;
}

const PLURAL: Record<EntityKind, string> = { model: 'models', method: 'methods', dataset: 'datasets' };

/** Titles listed under each entity in the terminal when `--papers` is not given: a model of 3,000 papers is a count. */
export const DEFAULT_PAPERS_SHOWN = 10;

/** `--papers <n>`: titles per entity; 0 lists none (the heading lines only). */
export const parsePapers = integerOption(0);

/** A row of `--json`: the entity, its papers (all, or the first `--papers`) and how many there are in all. */
export type TableRow = SharedEntity & { paperCount: number };
/** A row of `--counts --json`. */
export type CountRow = Omit<SharedEntity, 'papers'> & { paperCount: number };

/** `papergraph models|methods|datasets`: each entity with the papers linked to it, most shared first. */
export function registerTables(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  for (const kind of ['model', 'method', 'dataset'] as const) {
    program
      .command(PLURAL[kind])
      .description(`${PLURAL[kind]} and the papers that ${kind === 'dataset' ? 'evaluate on' : 'use or propose'} them, most shared first`)
      .argument('[source...]', SOURCE_ARGUMENT_HELP)
      .option('--min-papers <k>', 'only entities linked to at least k papers', parseMinPapers, 1)
      .option('--include-tagged', 'count listing-tag links (weaker than a mention) as use')
      .option('--limit <n>', 'show at most n entities', parseLimit)
      .option('--papers <n>', `list at most n papers under each entity, then "… and k more" (terminal default: ${DEFAULT_PAPERS_SHOWN}; --json: all)`, parsePapers)
      .addOption(new Option('--counts', 'one line per entity: its number of papers, then its name (no titles)').conflicts(['papers', 'evidence']))
      .option('--evidence', 'print the sentence that shows each link')
      .option('--json', 'print JSON on stdout')
      .addHelpText('after', `\nExamples:\n  papergraph ${PLURAL[kind]} out/graph.json --min-papers 2\n  papergraph ${PLURAL[kind]} out/graph.json --limit 20 --papers 3\n  papergraph ${PLURAL[kind]} out/graph.json --counts --min-papers 5\n`)
      .action(async (source: string[], flags: TableFlags) => {
        const { graph, issues } = await loadGraph(source);
        // Records that could not be read, on stderr: stdout is the table (or JSON) alone.
        reportIssues(issues, io.stderr);
        let rows = sharedEntities(graph, kind, { minPapers: flags.minPapers, includeTagged: flags.includeTagged ?? false });
        if (flags.limit !== undefined) rows = rows.slice(0, flags.limit);
        if (flags.json) {
          const json: Array<TableRow | CountRow> = flags.counts
            ? rows.map(({ papers, ...entity }) => ({ ...entity, paperCount: papers.length }))
            : rows.map((row) => ({ ...row, papers: flags.papers === undefined ? row.papers : row.papers.slice(0, flags.papers), paperCount: row.papers.length }));
          io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
          return;
        }
        if (rows.length === 0) {
          io.stdout.write(`no ${PLURAL[kind]} linked to at least ${plural(flags.minPapers, 'paper')}\n`);
          return;
        }
        if (flags.counts) {
          // Count first, then a tab: `sort -n`, `cut` and spreadsheets read it as it is.
          io.stdout.write(rows.map((row) => `${row.papers.length}\t${terminalText(row.label)}\n`).join(''));
          return;
        }
        const shown = flags.papers ?? DEFAULT_PAPERS_SHOWN;
        for (const row of rows) {
          // Labels, titles and evidence come from the inputs: escaped, so they cannot drive the terminal.
          io.stdout.write(`${terminalText(row.label)}  (${plural(row.papers.length, 'paper')})\n`);
          for (const paper of row.papers.slice(0, shown)) {
            io.stdout.write(`  ${terminalText(paper.relation).padEnd(12)} ${terminalText(paper.title)}\n`);
            if (flags.evidence && paper.evidence) io.stdout.write(`  ${''.padEnd(12)}   “${terminalText(paper.evidence)}”\n`);
          }
          // (--papers 0 asks for the entity lines alone: no "… and k more" under each)
          if (shown > 0 && row.papers.length > shown) io.stdout.write(`  … and ${row.papers.length - shown} more\n`);
        }
      });
  }
}

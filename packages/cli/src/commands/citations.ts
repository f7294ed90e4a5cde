import type { Command } from 'commander';
import {
  counted,
  asForeignGraph,
  citationIndex,
  citationSources,
  citationSummary,
  findPapers,
  mostCited,
  paperCitations,
  type CitationPaper,
  type CitationSummary,
  type PaperCitations,
  type SimilarPaper,
} from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';
import { loadGraph, SOURCE_ARGUMENT_HELP } from '../io/graph-source.ts';
import { reportIssues, terminalText } from '../report.ts';
import { parseLimit } from './options.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

interface CitationsFlags {
  paper?: string;
  top: number;
  json?: boolean;
}

/** "Title (2020)  paper:key", escaped: titles come from the inputs. */
function paperLine(paper: CitationPaper): string {
  const year = paper.year !== undefined ? ` (${paper.year})` : '';
  const stub = paper.stub ? ' [outside the inputs]' : '';
  return terminalText(`${paper.title}${year}${stub}  ${paper.key}`);
}

function summaryLine(summary: CitationSummary): string {
  const outside = summary.referencesOutside > 0 ? `; ${counted(summary.referencesOutside, 'reference')} to works outside the inputs` : '';
  const stubs = summary.stubs > 0 ? ` (${counted(summary.stubs, 'work')} outside the inputs kept as stubs: ${counted(summary.stubsCited, 'cited', 'cited')} by papers of the inputs, ${counted(summary.stubsCiting, 'citing', 'citing')} them)` : '';
  return `${counted(summary.papers, 'paper')} of the inputs, ${counted(summary.links, 'citation')} between them (${summary.citing} citing, ${summary.cited} cited)${outside}${stubs}`;
}

/** How many papers an ambiguous --paper query lists. */
const MATCHES_SHOWN = 5;

/**
 * One paper an ambiguous query matched, as the user can tell it from the others (two papers often share a title: a
 * preprint and its journal version): key, title, then year, venue and DOI (else its arXiv, OpenAlex, Semantic Scholar
 * or PubMed id), escaped.
 */
function matchLine(graph: ReturnType<typeof asForeignGraph>, key: string): string {
  const attribute = (name: string) => {
    const value = graph.getNodeAttribute(key, name);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const id = [
    ['doi', 'DOI'],
    ['arxivId', 'arXiv'],
    ['openalexId', 'OpenAlex'],
    ['s2Id', 'Semantic Scholar'],
    ['pmid', 'PMID'],
  ].map(([name, word]) => (attribute(name!) ? `${word} ${attribute(name!)}` : undefined)).find((text) => text !== undefined);
  const details = [attribute('year'), attribute('venue'), id].filter((text) => text !== undefined);
  const stub = graph.getNodeAttribute(key, 'stub') === true ? ' [outside the inputs]' : '';
  const title = attribute('title') ?? attribute('label') ?? '';
  return terminalText(`${key}  ${title}${details.length > 0 ? ` (${details.join(', ')})` : ''}${stub}`);
}

/** Where citations come from, one line a format (the formats whose references are read: the input registry's). */
function citationSourceLines(indent: string): string {
  return citationSources()
    .map((source) => `${indent}${source.label}: ${source.fields}`)
    .join('\n');
}

function similarLines(title: string, rows: SimilarPaper[], what: string): string[] {
  if (rows.length === 0) return [`${title}: none`];
  return [`${title}:`, ...rows.map((row) => `  ${String(row.shared).padStart(4)}  ${paperLine(row)}  (${counted(row.shared, what)})`)];
}

/**
 * "cites 2 papers of the inputs and 14 works outside them (stubs):": what a paper's list holds, papers of the inputs
 * and works outside them (stubs of `--references all`, or only counted: `outsideCounted`) named apart.
 */
function linksLine(verb: string, papers: readonly CitationPaper[], outsideCounted: number | undefined): string {
  const inputs = papers.filter((paper) => !paper.stub).length;
  const stubs = papers.length - inputs;
  const outside = Math.max(stubs, outsideCounted ?? 0);
  const beyond = outside > 0 ? ` and ${counted(outside, 'work')} outside them${stubs > 0 ? ' (stubs)' : ' (counted, not kept: see build --references all)'}` : '';
  return `${verb} ${counted(inputs, 'paper')} of the inputs${beyond}${papers.length > 0 ? ':' : ''}`;
}

function paperReport(report: PaperCitations): string {
  const lines = [paperLine(report.paper)];
  lines.push(linksLine('cites', report.references, report.referencesOutside));
  for (const paper of report.references) lines.push(`  → ${paperLine(paper)}`);
  lines.push(linksLine('cited by', report.citedBy, undefined));
  for (const paper of report.citedBy) lines.push(`  ← ${paperLine(paper)}`);
  lines.push(...similarLines('similar by co-citation (cited together by the same works)', report.coCited, 'shared citer'));
  lines.push(...similarLines('similar by bibliographic coupling (citing the same works)', report.coupled, 'shared reference'));
  return lines.join('\n');
}

/** `papergraph citations`: the most cited papers inside the graph, or one paper's references, citers and nearest papers. */
export function registerCitations(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  program
    .command('citations')
    .description('most-cited papers inside the graph; with --paper, its references, citers and similar papers (co-citation, bibliographic coupling)')
    .argument('[source...]', SOURCE_ARGUMENT_HELP)
    .option('--paper <key|title>', 'one paper: its node key, arXiv id, DOI, OpenAlex, Semantic Scholar or PubMed id, or (part of) its title')
    .option('--top <n>', 'rows of the most-cited and similar lists', parseLimit, 10)
    .option('--json', 'print JSON on stdout')
    .addHelpText(
      'after',
      `\nCitations are read from:\n${citationSourceLines('  ')}\n\nExamples:\n  papergraph citations out/graph.json --top 20\n  papergraph citations works.jsonl --paper 2007.14454\n  papergraph citations --paper "GloVe" --json\n`,
    )
    .action(async (source: string[], flags: CitationsFlags) => {
      const { graph: built, issues } = await loadGraph(source);
      // What could not be read, on stderr, whatever is printed on stdout (text or JSON, the list or one paper).
      reportIssues(issues, io.stderr);
      const graph = asForeignGraph(built);
      if (flags.paper === undefined) {
        const summary = citationSummary(graph);
        const rows = mostCited(graph, { top: flags.top });
        if (flags.json) {
          io.stdout.write(`${JSON.stringify({ ...summary, mostCited: rows }, null, 2)}\n`);
          return;
        }
        io.stdout.write(`${summaryLine(summary)}\n`);
        if (rows.length === 0) {
          io.stdout.write(`no paper of the inputs is cited by another; citations are read from:\n${citationSourceLines('  ')}\n`);
        } else {
          io.stdout.write('most cited by papers of the inputs (citing papers, title):\n');
          for (const row of rows) io.stdout.write(`  ${String(row.citedBy).padStart(4)}  ${paperLine(row)}\n`);
        }
        return;
      }
      const matches = findPapers(graph, flags.paper);
      if (matches.length === 0) throw new CliError(`no paper matches "${flags.paper}" (give its key, an id, or words of its title)`, EXIT.usage);
      if (matches.length > 1) {
        const shown = matches.slice(0, MATCHES_SHOWN).map((key) => `\n  ${matchLine(graph, key)}`);
        const more = matches.length > MATCHES_SHOWN ? `\n  … ${matches.length - MATCHES_SHOWN} more` : '';
        throw new CliError(`"${terminalText(flags.paper)}" matches ${matches.length} papers; give one key:${shown.join('')}${more}`, EXIT.usage);
      }
      const report = paperCitations(graph, matches[0]!, { top: flags.top, index: citationIndex(graph) });
      io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${paperReport(report)}\n`);
    });
}

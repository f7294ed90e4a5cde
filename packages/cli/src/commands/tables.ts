import type { Command } from 'commander';
import { sharedEntities, type EntityKind } from '@papergraph/core';
import { loadGraph } from '../io/graph-source.ts';
import { terminalText } from '../report.ts';
import { parseLimit, parseMinPapers } from './options.ts';

interface TableFlags {
  minPapers: number;
  json?: boolean;
  includeTagged?: boolean;
  limit?: number;
  evidence?: boolean;
}

const PLURAL: Record<EntityKind, string> = { model: 'models', method: 'methods', dataset: 'datasets' };

/** `papergraph models|methods|datasets`: each entity with the papers linked to it, most shared first. */
export function registerTables(program: Command): void {
  for (const kind of ['model', 'method', 'dataset'] as const) {
    program
      .command(PLURAL[kind])
      .description(`${PLURAL[kind]} and the papers that ${kind === 'dataset' ? 'evaluate on' : 'use or propose'} them, most shared first`)
      .argument('[source...]', 'a graph.json written by build, or inputs to build from (default: out/graph.json, else seeds/)')
      .option('--min-papers <k>', 'only entities linked to at least k papers', parseMinPapers, 1)
      .option('--include-tagged', 'count listing-tag links (weaker than a mention) as use')
      .option('--limit <n>', 'show at most n rows', parseLimit)
      .option('--evidence', 'print the sentence that shows each link')
      .option('--json', 'print JSON on stdout')
      .addHelpText('after', `\nExample:\n  papergraph ${PLURAL[kind]} out/graph.json --min-papers 2\n`)
      .action(async (source: string[], flags: TableFlags) => {
        const { graph } = await loadGraph(source);
        let rows = sharedEntities(graph, kind, { minPapers: flags.minPapers, includeTagged: flags.includeTagged ?? false });
        if (flags.limit !== undefined) rows = rows.slice(0, flags.limit);
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (rows.length === 0) {
          process.stdout.write(`no ${PLURAL[kind]} linked to at least ${flags.minPapers} paper(s)\n`);
          return;
        }
        for (const row of rows) {
          // Labels, titles and evidence come from the inputs: escaped, so they cannot drive the terminal.
          process.stdout.write(`${terminalText(row.label)}  (${row.papers.length} paper${row.papers.length === 1 ? '' : 's'})\n`);
          for (const paper of row.papers) {
            process.stdout.write(`  ${terminalText(paper.relation).padEnd(12)} ${terminalText(paper.title)}\n`);
            if (flags.evidence && paper.evidence) process.stdout.write(`  ${''.padEnd(12)}   “${terminalText(paper.evidence)}”\n`);
          }
        }
      });
  }
}

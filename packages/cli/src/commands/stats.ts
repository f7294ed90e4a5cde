import type { Command } from 'commander';
import { loadGraph, SOURCE_ARGUMENT_HELP } from '../io/graph-source.ts';
import { formatSummary, graphStats, reportIssues } from '../report.ts';
import { parseCommunities } from './options.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

export function registerStats(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  program
    .command('stats')
    .description('counts of papers, authors, entities, edges and communities')
    .argument('[source...]', SOURCE_ARGUMENT_HELP)
    .option('--json', 'print JSON on stdout')
    .option('--communities <n>', 'how many community labels to list', parseCommunities, 10)
    .action(async (source: string[], flags: { json?: boolean; communities: number }) => {
      const { graph, issues } = await loadGraph(source);
      // --json has fields for what could not be read (when built from inputs); text lists it on stderr.
      if (flags.json) {
        io.stdout.write(
          `${JSON.stringify({ ...graphStats(graph), communities: graph.getAttribute('communities'), ...(issues ?? {}) }, null, 2)}\n`,
        );
        return;
      }
      io.stdout.write(`${formatSummary(graph, { communities: flags.communities })}\n`);
      reportIssues(issues, io.stderr);
    });
}

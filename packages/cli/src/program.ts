import { Command, CommanderError } from 'commander';
import { VERSION } from '@papergraph/core';
import { registerBuild } from './commands/build.ts';
import { registerExport } from './commands/export.ts';
import { registerStats } from './commands/stats.ts';
import { registerTables } from './commands/tables.ts';
import { CliError, EXIT } from './errors.ts';

export function createProgram(): Command {
  const program = new Command()
    .name('papergraph')
    .description('Turn listings of research papers into a clustered knowledge graph (GraphML, GEXF, JSON).')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerBuild(program);
  registerTables(program);
  registerStats(program);
  registerExport(program);
  return program;
}

export function run(argv: string[]): number {
  try {
    createProgram().parse(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; real usage errors already printed their message.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      process.stderr.write(`papergraph: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

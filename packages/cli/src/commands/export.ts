import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { neo4jImportCommand, Neo4jExportError, toNeo4jCsv, type Neo4jCsvFile, type PaperGraph } from '@papergraph/core';
import { checkOutputFolder, CliError, EXIT, writingInto } from '../errors.ts';
import { loadGraph, SOURCE_ARGUMENT_HELP } from '../io/graph-source.ts';
import { reportIssues, terminalText } from '../report.ts';
import { parseResolution, parseSeed } from './options.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

interface ExportFlags {
  neo4j?: string;
  seed: number;
  resolution: number;
  json?: boolean;
}

const FLUSH_BYTES = 1 << 20;

/** Streams one CSV file to disk in ~1 MiB writes. */
function writeCsv(path: string, file: Neo4jCsvFile): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let buffer = `${file.header}\n`;
    for (const row of file.rows()) {
      buffer += `${row}\n`;
      if (buffer.length >= FLUSH_BYTES) {
        bytes += writeSync(fd, buffer);
        buffer = '';
      }
    }
    bytes += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** `; read from in.jsonl:2` for a node that says where its record was read (a paper), else nothing. */
function recordOf(graph: PaperGraph, error: Neo4jExportError): string {
  const element = error.element;
  if (element?.kind !== 'node' || !graph.hasNode(element.key)) return '';
  const source: unknown = graph.getNodeAttribute(element.key, 'source');
  return typeof source === 'string' && source !== '' ? `; read from ${source}` : '';
}

export function registerExport(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  program
    .command('export')
    .description('export a graph for other tools: --neo4j DIR writes neo4j-admin bulk-import CSV files')
    .argument('[source...]', SOURCE_ARGUMENT_HELP)
    .option('--neo4j <dir>', 'folder for neo4j-admin import CSVs (node files per kind, relationship files per relation)')
    .option('--seed <n>', 'Louvain random seed when building from inputs (0 to 4294967295)', parseSeed, 42)
    .option('--resolution <r>', 'Louvain resolution when building from inputs', parseResolution, 1)
    .option('--json', 'print the written files as JSON on stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  papergraph export --neo4j neo4j-import              # out/graph.json → CSVs\n  papergraph export --neo4j neo4j-import papers.jsonl.gz\n\nThen: neo4j-admin database import full --array-delimiter=U+001F --multiline-fields=true \\\n  --nodes=nodes-paper.csv … --relationships=relationships-wrote.csv … papergraph\n(the exact command is written to DIR/import.sh)\n',
    )
    .action(async (source: string[], flags: ExportFlags) => {
      if (!flags.neo4j) throw new CliError('export needs a target format: --neo4j DIR', EXIT.usage);
      const dir = flags.neo4j;
      checkOutputFolder(dir, '--neo4j');
      const { graph, issues, paths } = await loadGraph(source, { seed: flags.seed, resolution: flags.resolution });
      // What could not be read, on stderr, with --json or not: the JSON describes the files written.
      reportIssues(issues, io.stderr);
      let files: Neo4jCsvFile[];
      try {
        files = toNeo4jCsv(graph);
      } catch (error) {
        // A value holding the array delimiter is the graph's content, not a bug: an input error naming what was read
        // (the default too) and, for a paper, the record it came from.
        if (error instanceof Neo4jExportError) throw new CliError(`${paths.join(', ')}: ${error.message}${recordOf(graph, error)}`, EXIT.input);
        throw error;
      }
      const command = neo4jImportCommand(files);
      const written = writingInto(dir, () => {
        mkdirSync(dir, { recursive: true });
        const csvs = files.map((file) => ({
          file: join(dir, file.name),
          role: file.role,
          label: file.label,
          rows: file.count,
          bytes: writeCsv(join(dir, file.name), file),
        }));
        writeFileSync(
          join(dir, 'import.sh'),
          `#!/usr/bin/env sh\n# Loads this folder into a new Neo4j database "papergraph" (Neo4j 5; stop the database first).\ncd "$(dirname "$0")"\n${command}\n`,
          { mode: 0o755 },
        );
        return csvs;
      });
      if (flags.json) {
        io.stdout.write(`${JSON.stringify({ dir, files: written, importCommand: command }, null, 2)}\n`);
        return;
      }
      for (const w of written) {
        io.stdout.write(`${terminalText(w.file)}: ${w.rows} ${w.role === 'nodes' ? `:${w.label} nodes` : `:${w.label} relationships`}\n`);
      }
      io.stdout.write(`wrote ${terminalText(join(dir, 'import.sh'))}:\n${command}\n`);
    });
}

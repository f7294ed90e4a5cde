import { Option, type Command } from 'commander';
import { CliError } from '../errors.ts';
import { OUTPUT_FORMAT_NAMES, type OutputFormat } from '@papergraph/core';
import { writeOutputs } from '../io/outputs.ts';
import { buildFromPaths, NoRecordsError } from '../pipeline.ts';
import { PROGRESS_MIN_PAPERS, progressBar } from '../progress.ts';
import { formatSummary, graphStats, issueLine } from '../report.ts';
import { parseFormats, parseInteger, parsePositive } from './options.ts';

interface BuildFlags {
  out: string;
  seed: number;
  resolution: number;
  pretty?: boolean;
  progress: boolean;
  json?: boolean;
  workers?: number;
  formats: OutputFormat[];
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the knowledge graph from paper listings, JSON or JSONL (files or folders; .gz accepted)')
    .argument('[inputs...]', 'input files or folders', ['seeds'])
    .option('-o, --out <dir>', 'output folder for graph.json, graph.graphml, graph.gexf', 'out')
    .option('--seed <n>', 'Louvain random seed (same seed, same communities)', parseInteger, 42)
    .option('--resolution <r>', 'Louvain resolution (>1: more, smaller communities)', parsePositive, 1)
    .addOption(
      new Option('--formats <list>', `output formats, comma-separated (${OUTPUT_FORMAT_NAMES.join(', ')}); others already in --out are removed`)
        .argParser(parseFormats)
        .default([...OUTPUT_FORMAT_NAMES], OUTPUT_FORMAT_NAMES.join(',')),
    )
    .option('--pretty', 'indent graph.json')
    .option('--no-progress', 'never show a progress bar')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--workers <n>', 'extraction worker threads besides the main thread (0: none; default: one per extra core from 10,000 papers)', parseInteger)
    .addHelpText(
      'after',
      '\nExamples:\n  papergraph build                       # seeds/ → out/\n  papergraph build papers.jsonl.gz -o big --resolution 1.5\n  papergraph build corpus/ --formats json # graph.json only (for the viewer)\n',
    )
    .action((inputs: string[], flags: BuildFlags) => {
      // Reading streams and extraction runs in worker threads, so the build is asynchronous; errors end the
      // process the way run() ends it for synchronous commands (message on stderr, exit code).
      runBuild(inputs, flags).catch((error: unknown) => {
        if (error instanceof CliError) {
          process.stderr.write(`papergraph: ${error.message}\n`);
          process.exitCode = error.exitCode;
        } else {
          process.exitCode = 1;
          throw error;
        }
      });
    });
}

async function runBuild(paths: string[], flags: BuildFlags): Promise<void> {
  // The bar starts once the number of papers is known, and names each stage as it begins.
  let bar = progressBar(0, false);
  let papers = 0;
  const result = await buildFromPaths(paths, {
    seed: flags.seed,
    resolution: flags.resolution,
    ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
    afterStage: (stage, state) => {
      if (stage !== 'ingest') return;
      papers = state.ingested?.records.length ?? 0;
      bar = progressBar(papers, flags.progress && papers >= PROGRESS_MIN_PAPERS);
    },
    beforeStage: (stage) => {
      if (stage !== 'ingest') bar.update(stage === 'docs' || stage === 'extract' ? 0 : papers, stage);
    },
    onExtracted: (done) => bar.update(done),
  }).catch((error: unknown) => {
    if (error instanceof NoRecordsError) for (const issue of error.rejections) process.stderr.write(`rejected: ${issueLine(issue)}\n`);
    throw error;
  });
  bar.update(result.records.length, 'write');
  const files = writeOutputs(result.graph, flags.out, { pretty: flags.pretty ?? false, formats: flags.formats });
  bar.stop();

  if (flags.json) {
    const report = {
      ...graphStats(result.graph),
      communities: result.graph.getAttribute('communities'),
      files,
      rejections: result.rejections,
      warnings: result.warnings,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatSummary(result.graph)}\n`);
    for (const issue of result.rejections) process.stdout.write(`  rejected: ${issueLine(issue)}\n`);
    for (const issue of result.warnings) process.stdout.write(`  warning: ${issueLine(issue)}\n`);
    const paths = OUTPUT_FORMAT_NAMES.map((format) => files[format]).filter((path): path is string => path !== undefined);
    process.stdout.write(`wrote ${paths.join(', ')}\n`);
    if (files.removed.length > 0) process.stdout.write(`removed (format not asked for): ${files.removed.join(', ')}\n`);
  }
}

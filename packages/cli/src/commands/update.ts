import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { formatWhatsNew, OUTPUT_FORMAT_NAMES, updateBuild, type GexfVersion, type OutputFormat, type WhatsNew } from '@papergraph/core';
import { asOutputError, checkOutputFolder } from '../errors.ts';
import { writeOutputs } from '../io/outputs.ts';
import { readInputFiles } from '../io/read-inputs.ts';
import { readUpdateState, writeUpdateState } from '../io/update-state.ts';
import { progressBar, PROGRESS_MIN_PAPERS } from '../progress.ts';
import { issueLine } from '../report.ts';
import { integerOption } from './options.ts';

interface UpdateFlags {
  json?: boolean;
  top: number;
  progress: boolean;
}

export const WHATS_NEW_FILE = 'whats-new.json';

export function registerUpdate(program: Command): void {
  program
    .command('update')
    .description("add papers to a build: only new or changed papers are extracted, communities keep their ids and nodes their places; prints what's new")
    .argument('<out-dir>', 'a folder written by papergraph build (it keeps what an update needs in <out-dir>/.papergraph/)')
    .argument('[inputs...]', 'new input files or folders (as build reads them)')
    .option('--no-progress', 'never show a progress bar')
    .option('--json', `print what's new as JSON on stdout (it is always written to <out-dir>/${WHATS_NEW_FILE})`)
    .option('--top <n>', 'entries listed per heading in the terminal', integerOption(1), 10)
    .addHelpText(
      'after',
      `
The update is the build of all the inputs so far, with the build's settings (formats, seed, resolution, thesaurus,
references): same nodes, edges and attributes as a full build, but communities that persist keep their ids (new
ones are numbered after the largest), labels stay while a community's head does, and nodes keep their positions
(new ones go next to their neighbours). Papers already in the build are passed over; when nothing is new the
outputs are left as they are.

Examples:
  papergraph build corpus/ -o out
  papergraph update out this-week.jsonl         # adds this week's papers, prints what's new
  papergraph update out new/ --json > new.json
`,
    )
    .action((outDir: string, inputs: string[], flags: UpdateFlags) => {
      checkOutputFolder(outDir, 'out-dir');
      return runUpdate(outDir, inputs, flags).catch((error: unknown) => {
        throw asOutputError(error, outDir);
      });
    });
}

async function runUpdate(outDir: string, paths: string[] = [], flags: UpdateFlags): Promise<void> {
  const previous = await readUpdateState(outDir);
  const read = paths.length > 0 ? await readInputFiles(paths) : undefined;
  const added = read?.ingested ?? { records: [], rejections: [], warnings: [] };
  if (read) added.rejections.unshift(...read.unreadable);
  // The bar names each stage over the papers of the whole build (the stages run on all of them).
  const papers = previous.records.length + added.records.length;
  const bar = progressBar(papers, flags.progress && papers >= PROGRESS_MIN_PAPERS);
  const result = updateBuild(
    { previous, added, addedInputs: read?.inputNames ?? [] },
    { hooks: { beforeStage: (stage) => bar.update(papers, stage) } },
  );

  let written: string[] = [];
  if (result.changed) {
    bar.update(papers, 'write');
    const { settings } = previous.manifest;
    const formats = OUTPUT_FORMAT_NAMES.filter((format) => settings.formats.includes(format)) as OutputFormat[];
    const { manifest } = previous;
    const files = writeOutputs(result.build.graph, outDir, {
      pretty: settings.pretty,
      formats,
      gexfVersion: settings.gexfVersion as GexfVersion,
      ...(result.reuse && manifest.outputs
        ? { previous: { records: manifest.outputs, plan: result.reuse, nodes: manifest.nodes, edges: manifest.edges, offsets: previous.offsets } }
        : {}),
    });
    result.next.manifest.outputs = files.records;
    await writeUpdateState(outDir, result.next, files.offsets);
    written = OUTPUT_FORMAT_NAMES.map((format) => files[format]).filter((path): path is string => path !== undefined);
  }
  bar.stop();
  const report: WhatsNew = result.whatsNew;
  const reportFile = join(outDir, WHATS_NEW_FILE);
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  if (flags.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  if (previous.cacheDropped) process.stdout.write(`note: the extraction cache was ${previous.cacheDropped}\n`);
  for (const issue of added.rejections) process.stdout.write(`  rejected: ${issueLine(issue)}\n`);
  for (const issue of added.warnings) process.stdout.write(`  warning: ${issueLine(issue)}\n`);
  if (!result.changed) {
    process.stdout.write(`nothing new: ${outDir} is unchanged (${report.papers.alreadyPresent} papers already in the build)\n`);
    return;
  }
  process.stdout.write(`${formatWhatsNew(report, flags.top)}\n`);
  process.stdout.write(`wrote ${[...written, reportFile].join(', ')}\n`);
}

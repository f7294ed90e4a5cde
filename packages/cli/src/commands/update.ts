import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import {
  plural,
  contentHash,
  extractDocs,
  formatWhatsNew,
  OUTPUT_FORMAT_NAMES,
  paperDocs,
  updateBuildAsync,
  type GexfVersion,
  type Mention,
  type OutputFormat,
  type PaperDoc,
  type PaperExtraction,
  type PaperRecord,
} from '@papergraph/core';
import { asOutputError, checkOutputFolder } from '../errors.ts';
import { CopyThread } from '../io/background-copy.ts';
import { writeOutputs } from '../io/outputs.ts';
import { readInputFiles } from '../io/read-inputs.ts';
import { NoRecordsError } from '../pipeline.ts';
import { readUpdateManifest, readUpdateState, WHATS_NEW_FILE, writeUpdateState } from '../io/update-state.ts';
import { defaultWorkers, extractParallel } from '../parallel/extract.ts';
import { progressBar, PROGRESS_MIN_PAPERS } from '../progress.ts';
import { reportIssues, terminalLines } from '../report.ts';
import { integerOption, parseWorkers } from './options.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

interface UpdateFlags {
  json?: boolean;
  top: number;
  progress: boolean;
  workers?: number;
}

export { WHATS_NEW_FILE };

export function registerUpdate(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  program
    .command('update')
    .description("add papers to a build: only new or changed papers are extracted, communities keep their ids and nodes their places; prints what's new")
    .argument('<out-dir>', 'a folder written by papergraph build (it keeps what an update needs in <out-dir>/.papergraph/)')
    .argument('[inputs...]', 'new input files or folders (as build reads them)')
    .option('--no-progress', 'never show a progress bar')
    .option('--json', `print what's new as JSON on stdout (it is always written to <out-dir>/${WHATS_NEW_FILE})`)
    .option('--top <n>', 'entries listed per heading in the terminal', integerOption(1), 10)
    .option(
      '--workers <n>',
      "worker threads extracting the new papers while the previous build is read, the main thread joining them when it needs the mentions (0: none, extracted on the main thread after; default: build's rule over the new inputs' papers, one per extra core, at most 7, from 10,000 new papers)",
      parseWorkers,
    )
    .addHelpText(
      'after',
      `
The update is the build of all the inputs so far, with the build's settings (formats, seed, resolution, thesaurus,
references): same nodes, edges and attributes as a full build, but communities that persist keep their ids (new
ones are numbered after the largest), labels stay while a community's head does, and nodes keep their positions
(new ones go next to their neighbours). A record of a paper already in the build is merged into it as a build
merges it (a new source; a longer abstract, extracted again; another title under the same id is rejected); a
file of the build read again adds nothing. When nothing is new the folder is left as it is, whats-new.json
included. Inputs of which nothing can be read exit 2, as with build.

Examples:
  papergraph build corpus/ -o out
  papergraph update out this-week.jsonl         # adds this week's papers, prints what's new
  papergraph update out new/ --json > new.json
`,
    )
    .action((outDir: string, inputs: string[], flags: UpdateFlags) => {
      checkOutputFolder(outDir, 'out-dir');
      return runUpdate(outDir, inputs, flags, io).catch((error: unknown) => {
        throw asOutputError(error, outDir);
      });
    });
}

/**
 * Extraction of the new inputs' papers, started in worker threads before the previous build is read, so that it runs
 * beside the main thread's reading, merging and cache look-ups instead of after them; the main thread joins it
 * (`join`) when its extract stage needs the mentions, taking the slices no worker has begun. Extraction reads nothing
 * but a paper's text, so the mentions, by content hash, are those the extract stage would make.
 */
function extractEarly(records: PaperRecord[], workers: number): { mentions: Promise<Map<string, Mention[]>>; join: () => void; stop: () => void } {
  const docs = paperDocs(records);
  let join!: () => void;
  const joined = new Promise<void>((resolve) => (join = resolve));
  const stopping = new AbortController();
  const mentions = extractParallel(docs, { workers, slice: EARLY_SLICE, mainJoins: joined, signal: stopping.signal }).then((extractions) => {
    const byHash = new Map<string, Mention[]>();
    for (const extraction of extractions) byHash.set(contentHash(extraction.doc), extraction.mentions);
    return byHash;
  });
  // A failure is reported where the extract stage waits for it (a rejection not yet awaited is not unhandled).
  mentions.catch(() => undefined);
  // An update that finds nothing new (or fails) does not wait for extraction it will not use.
  return { mentions, join, stop: () => stopping.abort() };
}

/** Papers per slice of the early extraction: small, so that the main thread, once it joins, waits little for a worker's last slice. */
const EARLY_SLICE = 200;

/** The extract stage's extraction: the early one's mentions where it has them (each once), the rest on this thread. */
function extractWith(early: ReturnType<typeof extractEarly> | undefined): (docs: PaperDoc[]) => Promise<PaperExtraction[]> {
  return async (docs) => {
    let found = new Map<string, Mention[]>();
    if (early && docs.length > 0) {
      early.join();
      found = await early.mentions;
    }
    const out = new Array<PaperExtraction>(docs.length);
    const rest: number[] = [];
    docs.forEach((doc, i) => {
      const hash = contentHash(doc);
      const mentions = found.get(hash);
      found.delete(hash);
      if (mentions) out[i] = { doc, mentions };
      else rest.push(i);
    });
    extractDocs(rest.map((i) => docs[i]!)).forEach((extraction, k) => (out[rest[k]!] = extraction));
    return out;
  };
}

async function runUpdate(outDir: string, paths: string[] = [], flags: UpdateFlags, io: CommandOutput): Promise<void> {
  const manifest = readUpdateManifest(outDir);
  const read = paths.length > 0 ? await readInputFiles(paths) : undefined;
  const added = read?.ingested ?? { records: [], rejections: [], warnings: [] };
  if (read) added.rejections.unshift(...read.unreadable);
  // As build: inputs given of which nothing could be read are an input error (exit 2), each rejection listed.
  if (read && added.records.length === 0) throw new NoRecordsError(paths, added.rejections, added.warnings);
  // The build's rule for extraction threads, over the papers this run may extract (the new inputs' records: the
  // others are in the cache): below the rule's threshold a worker's start-up (TypeScript support, extraction loaded
  // again) costs more than it saves. Measured on 2 cores, +4,538 papers to 70,000: quiet, 35-39 s with a worker
  // against 35-37 s without, and 2-4 s more CPU (V8's collector already works on the second core); at load 5,
  // 65-69 s against 63-66 s. Never more threads than the cores allow.
  const workers = Math.min(flags.workers ?? defaultWorkers(added.records.length), availableParallelism() - 1);
  const early = workers > 0 && added.records.length > 0 ? extractEarly(added.records, workers) : undefined;
  // The previous build is held only while the update runs (its records, node states and cache are garbage after),
  // and the update's result is taken apart: the build's records are not held while the output files are written.
  const { changed, report, offsets, cacheDropped, papers, bar } = await (async () => {
    try {
      const previous = await readUpdateState(outDir, manifest);
      // The bar names each stage over the papers of the whole build (the stages run on all of them).
      const papers = previous.records.length + added.records.length;
      const bar = progressBar(papers, flags.progress && papers >= PROGRESS_MIN_PAPERS);
      const result = await updateBuildAsync(
        { previous, added, addedInputs: read?.inputNames ?? [] },
        { hooks: { beforeStage: (stage) => bar.update(papers, stage) }, extract: extractWith(early) },
      );
      const changed = result.changed ? { graph: result.build.graph, next: result.next, reuse: result.reuse } : undefined;
      return { changed, report: result.whatsNew, offsets: previous.offsets, cacheDropped: previous.cacheDropped, papers, bar };
    } finally {
      early?.stop();
    }
  })();

  let written: string[] = [];
  if (changed) {
    bar.update(papers, 'write');
    const { settings } = manifest;
    const formats = OUTPUT_FORMAT_NAMES.filter((format) => settings.formats.includes(format)) as OutputFormat[];
    // The files rewritten from the previous ones are assembled by a copy thread while this thread makes the next
    // file's bytes (./io/background-copy.ts); the state is written once every file is in place.
    const copyThread = changed.reuse && manifest.outputs ? new CopyThread() : undefined;
    try {
      const files = writeOutputs(changed.graph, outDir, {
        pretty: settings.pretty,
        formats,
        gexfVersion: settings.gexfVersion as GexfVersion,
        ...(changed.reuse && manifest.outputs
          ? { previous: { records: manifest.outputs, plan: changed.reuse, nodes: manifest.nodes, edges: manifest.edges, offsets }, copyThread }
          : {}),
      });
      await files.settled;
      changed.next.manifest.outputs = files.records;
      await writeUpdateState(outDir, changed.next, files.offsets);
      written = OUTPUT_FORMAT_NAMES.map((format) => files[format]).filter((path): path is string => path !== undefined);
    } finally {
      await copyThread?.stop();
    }
  }
  bar.stop();
  const reportFile = join(outDir, WHATS_NEW_FILE);
  // With nothing new the folder is left as it is, the previous update's report included.
  if (changed) writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  const note = cacheDropped ? `note: the extraction cache was ${cacheDropped}\n` : '';
  if (flags.json) {
    // The report holds the rejections and warnings; the note has no field in it.
    io.stderr.write(note);
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  io.stdout.write(note);
  // Every rejection and warning of the inputs read, the merge's included, as build reports them (on stderr).
  reportIssues(report, io.stderr);
  if (!changed) {
    const why = paths.length === 0 ? 'no inputs given' : `${plural(report.papers.alreadyPresent, 'paper')} already in the build`;
    io.stdout.write(`nothing new: ${outDir} is unchanged (${why})\n`);
    return;
  }
  // Titles and labels come from the inputs: control characters shown as escapes, as every command prints them.
  io.stdout.write(`${terminalLines(formatWhatsNew(report, flags.top))}\n`);
  io.stdout.write(`wrote ${[...written, reportFile].join(', ')}\n`);
}

/**
 * One benchmark run of papergraph's pipeline, stage by stage, with the same public functions `papergraph build`
 * calls (packages/cli/src/commands/build.ts → core's buildFromRecords → writeOutputs), one call per stage so each
 * gets its own wall time and peak RSS:
 *   read+parse            readInputsStreaming (JSON Lines streamed line by line, records merged)
 *   extraction            paperDocs + extractDocs + resolveCorpus on the main thread (one core)
 *   extraction (workers)  paperDocs + extractParallel (worker threads + the main thread) + resolveCorpus, as the CLI
 *                         runs it from 10k papers
 *                         (checked equal to the one-core result, element by element)
 *   graph build           buildGraph with tagEntities
 *   louvain               louvain.assign (typed-array weighted projection + Louvain with refinement)
 *   community labels      labelCommunities + colours by kind (the rest of clusterGraph)
 *   layout                layoutGraph, only when the CLI lays out (≤ DEFAULT_LAYOUT_MAX_NODES nodes)
 *   json / graphml / gexf graphJSONChunks / graphMLChunks / gexfChunks written chunk by chunk, as writeOutputs does
 *                         (packages/cli/src/io/outputs.ts: one file per stage here, for per-format times)
 * The bench driver then checks that the three files are byte-identical to the ones the real `papergraph build`
 * wrote for the same input, so a pipeline change that these calls no longer follow shows up as a failure.
 * Peak RSS per stage comes from a sampling thread (rss-sampler.mjs).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  buildGraph,
  DEFAULT_LAYOUT_MAX_NODES,
  DEFAULT_SEED,
  extractDocs,
  gexfChunks,
  graphJSONChunks,
  graphMLChunks,
  colourByKind,
  labelCommunities,
  layoutGraph,
  louvain,
  paperDocs,
  resolveCorpus,
  tagEntities,
  VERSION,
  type PaperExtraction,
  type PaperGraph,
} from '../packages/core/src/index.ts';
import { readInputsStreaming } from '../packages/cli/src/io/stream.ts';
import { defaultWorkers, extractParallel, SLICE } from '../packages/cli/src/parallel/extract.ts';
import { STAGES, type StageName } from './stage-names.ts';

export { REQUIRED_STAGES, STAGES, type StageName } from './stage-names.ts';

export interface StageResult {
  stage: StageName;
  ms: number;
  /** Highest RSS sampled while the stage ran (bytes); 0 when sampling is unavailable (not Linux). */
  peakRss: number;
  /** Process high-water mark RSS at the end of the stage (bytes, monotonic). */
  maxRss: number;
  /** Why the stage did not run for this input (layout above DEFAULT_LAYOUT_MAX_NODES nodes; workers below the threshold). */
  skipped?: string;
}

export interface StageRun {
  file: string;
  papers: number;
  rejected: number;
  nodes: number;
  edges: number;
  kinds: Record<string, number>;
  communities: number;
  modularity: number;
  /** Worker threads beside the main thread in the workers stage (0 when it was skipped). */
  workers: number;
  /** extractDocs alone (one core), without LaTeX normalisation (paperDocs) and corpus resolution. */
  extractMs: number;
  docsMs: number;
  resolveMs: number;
  /** Files written (graph.json, graph.graphml, graph.gexf) with sizes. */
  files: Record<string, { path: string; bytes: number }>;
  stages: StageResult[];
  /** Process high-water mark at the end (bytes). */
  maxRss: number;
}

export interface StageOptions {
  outDir: string;
  seed?: number;
  resolution?: number;
  /** Worker threads for the workers stage; default as `papergraph build` chooses (none below 10k papers). */
  workers?: number;
}

/**
 * Writes a file chunk by chunk, as the CLI's writeOutputs does (one export of a whole field exceeds a string).
 * Chunks are strings or UTF-8 bytes, whichever the writer gives.
 */
function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): number {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) {
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done);
    }
  } finally {
    closeSync(fd);
  }
  return statSync(path).size;
}

/**
 * The XML writers as the CLI calls them: `{ bytes: true }` asks for UTF-8 bytes where the writer offers them (the
 * CLI's path); a writer without the option ignores it and gives strings. Typed loosely so the bench compiles
 * against either signature.
 */
type ChunkWriter = (graph: PaperGraph, options?: { bytes?: boolean }) => Iterable<string | Uint8Array>;
const xmlChunks = (writer: ChunkWriter, graph: PaperGraph) => writer(graph, { bytes: true });

/** Resident set size of the whole process now (bytes); 0 where /proc is missing. */
function currentRss(): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'latin1'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The first paper whose extraction differs between two runs, described; undefined when they are the same. */
function extractionDifference(a: PaperExtraction[], b: PaperExtraction[]): string | undefined {
  if (a.length !== b.length) return `${a.length} papers against ${b.length}`;
  let differing = 0;
  let first: string | undefined;
  for (let i = 0; i < a.length; i++) {
    const x = JSON.stringify(a[i]!.mentions);
    const y = JSON.stringify(b[i]!.mentions);
    if (a[i]!.doc.key === b[i]!.doc.key && x === y) continue;
    differing++;
    first ??= `first at paper ${i} (${a[i]!.doc.key}):\n  workers:     ${x.slice(0, 600)}\n  one thread:  ${y.slice(0, 600)}`;
  }
  return first && `${differing} of ${a.length} papers differ; ${first}`;
}

export async function runStages(file: string, options: StageOptions): Promise<StageRun> {
  const seed = options.seed ?? DEFAULT_SEED;
  const resolution = options.resolution ?? 1;
  mkdirSync(options.outDir, { recursive: true });

  const control = new SharedArrayBuffer(8);
  const peaks = new SharedArrayBuffer(8 * STAGES.length);
  const state = new Int32Array(control);
  const sampler = existsSync('/proc/self/status')
    ? new Worker(new URL('./rss-sampler.mjs', import.meta.url), { workerData: { control, peaks } })
    : undefined;
  if (sampler) await new Promise((resolve) => sampler.once('online', resolve));
  const pause = new Int32Array(new SharedArrayBuffer(4));

  const results: StageResult[] = [];
  let current = 0;
  let started = 0;
  let rssAtBegin = 0;
  const begin = (stage: StageName) => {
    current = STAGES.indexOf(stage);
    Atomics.store(state, 0, current);
    rssAtBegin = currentRss();
    started = performance.now();
  };
  const end = (skipped?: string) => {
    const ms = performance.now() - started;
    // Let the sampler take one more reading of this stage before the next begins.
    if (sampler) Atomics.wait(pause, 0, 0, 6);
    results.push({
      stage: STAGES[current]!,
      ms: skipped ? 0 : ms,
      // The sampler may miss a stage of a few milliseconds: the readings at its start and end count too.
      peakRss: Math.max(new Float64Array(peaks)[current] ?? 0, rssAtBegin, currentRss()),
      maxRss: process.resourceUsage().maxRSS * 1024,
      ...(skipped ? { skipped } : {}),
    });
  };

  try {
    begin('read+parse');
    const read = await readInputsStreaming([file]);
    const ingested = read.ingested;
    ingested.rejections.unshift(...read.unreadable);
    end();
    if (ingested.records.length === 0) throw new Error(`no paper records could be read from ${file}`);

    begin('extraction');
    let t = performance.now();
    const docs = paperDocs(ingested.records);
    const docsMs = performance.now() - t;
    t = performance.now();
    const extractions = extractDocs(docs);
    const extractMs = performance.now() - t;
    t = performance.now();
    const resolved = resolveCorpus(extractions);
    const resolveMs = performance.now() - t;
    end();

    // Worker threads beside the main thread (which extracts slices too): the CLI's choice (one per extra core from
    // PARALLEL_MIN_PAPERS papers), or --workers. extractParallel gives each thread at least one slice of SLICE papers,
    // so it starts at most (slices - 1) workers, and none on a single slice.
    const requested = options.workers ?? defaultWorkers(docs.length);
    const workers = Math.max(0, Math.min(requested, Math.ceil(docs.length / SLICE) - 1));
    begin('extraction (workers)');
    if (workers > 0) {
      const parallel = await extractParallel(paperDocs(ingested.records), { workers: requested });
      resolveCorpus(parallel);
      end();
      const difference = extractionDifference(parallel, extractions);
      if (difference) throw new Error(`extraction across worker threads differs from the single-threaded one: ${difference}`);
    } else {
      end(
        requested > 0
          ? `${docs.length} papers are one slice of ${SLICE}: no worker thread`
          : options.workers === 0
            ? '--workers 0'
            : `below the CLI's worker threshold (${docs.length} papers)`,
      );
    }

    begin('graph build');
    const graph = buildGraph({
      records: ingested.records,
      extractions: resolved,
      inputs: read.inputNames,
      rejected: ingested.rejections.length,
      tagEntities: tagEntities(ingested.records),
      generator: `papergraph ${VERSION}`,
    });
    end();

    begin('louvain');
    const clustered = louvain.assign(graph, { seed, resolution });
    end();

    begin('community labels');
    graph.setAttribute('communities', labelCommunities(graph));
    colourByKind(graph);
    end();

    begin('layout');
    if (graph.order <= DEFAULT_LAYOUT_MAX_NODES) {
      layoutGraph(graph, {});
      end();
    } else end(`${graph.order} nodes > ${DEFAULT_LAYOUT_MAX_NODES}: the CLI does not lay out`);

    const files: StageRun['files'] = {};
    const write = (name: string, chunks: Iterable<string | Uint8Array>) => {
      const path = join(options.outDir, name);
      files[name] = { path, bytes: writeChunks(path, chunks) };
    };
    begin('json');
    write('graph.json', graphJSONChunks(graph));
    end();
    begin('graphml');
    write('graph.graphml', xmlChunks(graphMLChunks as ChunkWriter, graph));
    end();
    begin('gexf');
    write('graph.gexf', xmlChunks(gexfChunks as ChunkWriter, graph));
    end();

    const kinds: Record<string, number> = {};
    graph.forEachNode((_node, attributes) => {
      kinds[attributes.kind] = (kinds[attributes.kind] ?? 0) + 1;
    });
    return {
      file,
      papers: ingested.records.length,
      rejected: ingested.rejections.length,
      nodes: graph.order,
      edges: graph.size,
      kinds,
      communities: clustered.count,
      modularity: clustered.modularity,
      workers,
      extractMs,
      docsMs,
      resolveMs,
      files,
      stages: results,
      maxRss: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 1);
    await sampler?.terminate();
  }
}

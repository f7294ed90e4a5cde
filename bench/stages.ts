/**
 * One benchmark run of papergraph's pipeline, stage by stage: core's runPipelineAsync with the CLI's hooks (files read
 * and JSON Lines streamed in `ingest`, as `papergraph build` does), timed through the pipeline's before/after hooks,
 * so the bench measures the very stages a build runs (core's STAGES), never a copy of them:
 *   ingest ... layout     core's stages; `extract` on the main thread (one core)
 *   extract (workers)     after `extract`: the same docs across worker threads + the main thread, as the CLI runs it
 *                         from 10k papers, checked equal to the one-core result element by element
 *   json / graphml / gexf each output format of core's OUTPUT_FORMATS, written with the CLI's file writer
 *   update state          what `papergraph build` keeps for `papergraph update` (its .papergraph folder), as it writes it
 * The bench driver then checks that the files are byte-identical to the ones the real `papergraph build` wrote for
 * the same input. Peak RSS per stage comes from a sampling thread (rss-sampler.mjs).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  buildState,
  DEFAULT_SEED,
  OUTPUT_FORMAT_NAMES,
  OUTPUT_FORMATS,
  type InputIssue,
  paperDocs,
  runPipelineAsync,
  type PaperExtraction,
  type PipelineState,
} from '../packages/core/src/index.ts';
import { cliHooks, defaultWorkers, extractParallel, SLICE, writeChunks } from '../packages/cli/src/index.ts';
import { writeUpdateState } from '../packages/cli/src/io/update-state.ts';
import { STAGES, UPDATE_STATE_STAGE, WORKERS_STAGE, type StageName } from './stage-names.ts';

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
  /** The `extract` stage alone (one core), without LaTeX normalisation (`docs`) and corpus resolution (`resolve`). */
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

  const msOf = (stage: StageName) => results.find((result) => result.stage === stage)?.ms ?? 0;
  try {
    let oneCore: PaperExtraction[] | undefined;
    let issues: { rejections: InputIssue[]; warnings: InputIssue[] } = { rejections: [], warnings: [] };
    let workers = 0;
    // After the one-core `extract`, the worker-thread extraction of the same docs, measured as its own stage.
    const measureWorkers = async (pipeline: PipelineState) => {
      const records = pipeline.ingested!.records;
      const docs = pipeline.docs!;
      // The CLI's choice (one per extra core from PARALLEL_MIN_PAPERS papers), or --workers. extractParallel gives each
      // thread at least one slice of SLICE papers, so it starts at most (slices - 1) workers, and none on one slice.
      const requested = options.workers ?? defaultWorkers(docs.length);
      workers = Math.max(0, Math.min(requested, Math.ceil(docs.length / SLICE) - 1));
      begin(WORKERS_STAGE);
      if (workers === 0) {
        end(
          requested > 0
            ? `${docs.length} papers are one slice of ${SLICE}: no worker thread`
            : options.workers === 0
              ? '--workers 0'
              : `below the CLI's worker threshold (${docs.length} papers)`,
        );
        return;
      }
      const parallel = await extractParallel(paperDocs(records), { workers: requested });
      end();
      const difference = extractionDifference(parallel, oneCore!);
      if (difference) throw new Error(`extraction across worker threads differs from the single-threaded one: ${difference}`);
    };
    const result = await runPipelineAsync([], { seed, resolution }, {
      beforeStage: (stage) => begin(stage),
      afterStage: async (stage, pipeline) => {
        end();
        if (stage === 'ingest') issues = { rejections: [...pipeline.ingested!.rejections], warnings: [...pipeline.ingested!.warnings] };
        if (stage === 'extract') {
          oneCore = pipeline.extractions;
          await measureWorkers(pipeline);
        }
      },
      skippedStage: (stage, reason) => {
        begin(stage);
        end(reason);
      },
      replace: { ingest: cliHooks([file]).replace!.ingest! },
    });
    const graph = result.graph;

    const files: StageRun['files'] = {};
    for (const format of OUTPUT_FORMATS) {
      const path = join(options.outDir, format.fileName);
      begin(format.name);
      writeChunks(path, format.chunks(graph));
      end();
      files[format.fileName] = { path, bytes: statSync(path).size };
    }
    begin(UPDATE_STATE_STAGE);
    const settings = { formats: [...OUTPUT_FORMAT_NAMES], seed, resolution, references: 'inside' as const, gexfVersion: '1.2', pretty: false, layout: true };
    const kept = await writeUpdateState(options.outDir, buildState(result, oneCore!, settings, issues));
    end();
    files['.papergraph'] = { path: kept.path, bytes: kept.bytes };

    const kinds: Record<string, number> = {};
    graph.forEachNode((_node, attributes) => {
      kinds[attributes.kind] = (kinds[attributes.kind] ?? 0) + 1;
    });
    return {
      file,
      papers: result.records.length,
      rejected: result.rejections.length,
      nodes: graph.order,
      edges: graph.size,
      kinds,
      communities: graph.getAttribute('communities').length,
      modularity: graph.getAttribute('modularity') ?? 0,
      workers,
      extractMs: msOf('extract'),
      docsMs: msOf('docs'),
      resolveMs: msOf('resolve'),
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

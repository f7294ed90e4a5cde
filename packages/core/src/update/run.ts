/**
 * `updateBuild`: the previous build's state + new inputs → the graph a full build of all the inputs gives (same
 * nodes, edges and attributes), except that communities keep their ids, labels stay where stable and positions are
 * kept. It runs core's one pipeline (STAGES) with five stages replaced: `ingest` merges the new records into the
 * build's, `extract` takes cached mentions for texts already extracted, `cluster`, `labels` and `layout` start from
 * the previous build (stable.ts). Every corpus-wide step (resolve, thesaurus, graph, trends) runs whole, since a new
 * paper can change what an old paper's entities resolve to.
 */
import type { PaperGraph } from '../contract/graph.ts';
import {
  extractDocs,
  PIPELINE_DEFAULTS,
  runPipeline,
  runPipelineAsync,
  type AsyncPipelineHooks,
  type BuildResult,
  type PipelineHooks,
  type PipelineOptions,
  type PipelineState,
} from '../pipeline/index.ts';
import { need, STAGES } from '../pipeline/stages.ts';
import type { IngestResult, InputIssue, PaperDoc, PaperExtraction, PaperRecord } from '../types.ts';
import type { ClusterResult } from '../cluster/louvain.ts';
import { elementHashes, planReuse, type ElementHashes, type ReusePlan } from '../export/reuse.ts';
import { mergeUpdate, type UpdateRecords } from './merge.ts';
import { clusterFromPrevious, labelStably, layoutFromPrevious } from './stable.ts';
import {
  cachedRows,
  contentHash,
  extractionRow,
  manifestOf,
  mayNameSlug,
  mentionsFromRow,
  nodeStates,
  type ExtractionCache,
  type NodeState,
  type PreviousBuild,
  type UpdateManifest,
} from './state.ts';
import { whatsNew, type WhatsNew } from './whats-new.ts';

const GRAPH_STAGE = STAGES.find((stage) => stage.name === 'graph')!;

export interface UpdateInput {
  previous: PreviousBuild;
  /** The new inputs' records (merged among themselves), rejections and warnings. */
  added: IngestResult;
  /** The new inputs' names (every file read), in reading order. */
  addedInputs: readonly string[];
}

export interface UpdateOptions {
  /** Extraction of the papers not in the cache (default: extractDocs on this thread). */
  extract?: (docs: PaperDoc[]) => PaperExtraction[];
  /** Observers of the stages (progress, timing). */
  hooks?: Pick<PipelineHooks, 'beforeStage' | 'afterStage' | 'skippedStage'>;
}

/** The state to keep beside the updated outputs, for the next update. */
export interface NextState {
  manifest: UpdateManifest;
  records: PaperRecord[];
  /** The content hash of each record's text, in the same order. */
  textHashes: string[];
  cache: ExtractionCache;
  nodes: NodeState[];
  /** The content hash of each node and edge, for the next update to find the output files' unchanged elements. */
  elements: ElementHashes;
  /**
   * The first `records` records (and, with `textHashes`, their text hashes) and `cacheRows` cache rows are the previous
   * state's, in the same order (the update only added papers): its files are kept and appended to, and `records` (and,
   * with `textHashes` and `cacheRows`, `textHashes` and `cache`) hold only what comes after them — the previous state's
   * rows are not held while the output files are written. Undefined: `records`, `textHashes` and `cache` are whole,
   * and everything is written anew.
   */
  unchangedPrefix?: { records: number; textHashes?: number; cacheRows?: number };
}

export type UpdateResult =
  | { changed: false; whatsNew: WhatsNew }
  | {
      changed: true;
      build: BuildResult;
      whatsNew: WhatsNew;
      next: NextState;
      extracted: number;
      /** Which nodes and edges the previous output files hold as they are (absent: the state had no hashes). */
      reuse?: ReusePlan;
    };

/** The pipeline options a build's settings stand for. */
export function pipelineOptionsOf(manifest: UpdateManifest): PipelineOptions {
  const { settings } = manifest;
  return {
    seed: settings.seed,
    resolution: settings.resolution,
    references: settings.references,
    ...(settings.thesaurus ? { thesaurus: settings.thesaurus } : {}),
    ...(settings.layout ? {} : { layout: false }),
  };
}

/** The report of an update that brought nothing new (its inputs were all read by the build already). */
function nothingNew(manifest: UpdateManifest, nodes: number, inputs: readonly string[], merged: UpdateRecords): WhatsNew {
  return {
    inputs: [...inputs],
    papers: { before: manifest.papers, after: manifest.papers, added: [], reextracted: 0, alreadyPresent: merged.alreadyPresent },
    entities: { added: [], removed: [], addedAuthors: 0 },
    rising: [],
    communities: { grew: [], shrank: [], appeared: [], disappeared: [] },
    stability: { nodesBefore: nodes, nodesKept: nodes, keptCommunity: nodes, share: 1 },
    rejections: merged.issues.rejections,
    warnings: merged.issues.warnings,
  };
}

/** The parts of an update around the pipeline run: its hooks, then what to make of the graph it built. */
interface UpdateRun {
  hooks: PipelineHooks;
  /** The extract stage, given the extraction of the papers not in the cache. */
  extract(state: PipelineState, fresh: (docs: PaperDoc[]) => PaperExtraction[] | Promise<PaperExtraction[]>): void | Promise<void>;
  finish(build: BuildResult): UpdateResult;
}

function prepareUpdate(input: UpdateInput, options: Pick<UpdateOptions, 'hooks'>): UpdateRun | { unchanged: UpdateResult } {
  const { previous, added } = input;
  const { manifest } = previous;
  const merged = mergeUpdate(previous.records, added, manifest);
  // Every file read is an input of the graph, as in a full build (even one whose records were all rejected); a file
  // of the build read again (it grew since) is listed once, where it was first read.
  const builtInputs = new Set(manifest.inputs);
  const inputNames = [...manifest.inputs, ...input.addedInputs.filter((name) => !builtInputs.has(name))];
  // (a new warning alone — a file passed over — is reported, but is no change: the folder is left as it is)
  if (merged.contributing === 0 && merged.newRejections === 0 && inputNames.length === manifest.inputs.length) {
    return { unchanged: { changed: false, whatsNew: nothingNew(manifest, previous.nodes.length, input.addedInputs, merged) } };
  }

  // The issues as read, before the thesaurus adds its own (the next update's thesaurus stage adds them again).
  const issues: { rejections: InputIssue[]; warnings: InputIssue[] } = {
    rejections: [...merged.ingested.rejections],
    warnings: [...merged.ingested.warnings],
  };
  const cache: ExtractionCache = new Map();
  let extracted = 0;
  const settings = manifest.settings;
  // The build's text hashes, when its records still come first as they were (the update only added papers): a paper's
  // text is made from its record alone, so its hash is the one the build made.
  const keptHashes = merged.previousUnchanged && previous.textHashes?.length === previous.records.length ? previous.textHashes : undefined;
  let clustered: ClusterResult | undefined;
  // Each paper's key and text hash (its cache row): what it names as extracted, for the report's removed entities.
  let paperKeys: string[] = [];
  let paperHashes: string[] = [];
  const extract = (state: PipelineState, fresh: (docs: PaperDoc[]) => PaperExtraction[] | Promise<PaperExtraction[]>): void | Promise<void> => {
    const docs = need(state.docs, 'paper docs');
    const extractions = new Array<PaperExtraction>(docs.length);
    const missing: number[] = [];
    const known = keptHashes?.length ?? 0;
    paperKeys = docs.map((doc) => doc.key);
    paperHashes = new Array<string>(docs.length);
    docs.forEach((doc, i) => {
      const hash = i < known ? keptHashes![i]! : contentHash(doc);
      paperHashes[i] = hash;
      const entry = previous.cache.get(hash);
      if (entry !== undefined) {
        extractions[i] = { doc, mentions: mentionsFromRow(doc, entry) };
        // (as it was: a text entry stays text, its rows garbage as soon as the mentions are made)
        cache.set(hash, entry);
      } else missing.push(i);
    });
    const done = (found: PaperExtraction[]) => {
      found.forEach((extraction, k) => {
        extractions[missing[k]!] = extraction;
        const [hash, rows] = extractionRow(extraction);
        cache.set(hash, rows);
      });
      extracted = missing.length;
      state.extractions = extractions;
    };
    const found = fresh(missing.map((i) => docs[i]!));
    return found instanceof Promise ? found.then(done) : done(found);
  };
  const hooks: PipelineHooks = {
    ...options.hooks,
    replace: {
      ingest: (state) => {
        state.ingested = merged.ingested;
        state.inputNames = inputNames;
      },
      graph: (state, pipelineOptions) => {
        GRAPH_STAGE.run(state, pipelineOptions);
        // Nothing after the graph reads the mentions (the cache holds their rows): freed now, the heap that the
        // later full collections walk is smaller by them.
        delete state.extractions;
        delete state.docs;
      },
      cluster: (state) => {
        clustered = clusterFromPrevious(
          need(state.graph, 'graph'),
          previous.nodes,
          manifest.nextCommunityId,
          { seed: settings.seed, resolution: settings.resolution, subcommunityMinSize: PIPELINE_DEFAULTS.subcommunityMinSize },
          previous.elements?.edges,
        );
      },
      labels: (state) => labelStably(need(state.graph, 'graph'), manifest),
      layout: (state) => {
        // The stages between (labels, trends) add no node or edge: the clustering's projection is the layout's.
        const projection = clustered ? { keys: clustered.keys, csr: clustered.csr } : undefined;
        clustered = undefined;
        layoutFromPrevious(need(state.graph, 'graph'), previous.nodes, settings.seed, projection);
      },
    },
  };
  const finish = (build: BuildResult): UpdateResult => {
    const graph: PaperGraph = build.graph;
    const report = whatsNew({
      graph,
      previous: previous.nodes,
      manifest,
      inputs: [...input.addedInputs],
      reextracted: extracted,
      alreadyPresent: merged.alreadyPresent,
      issues: merged.issues,
      extracted: function* (removed) {
        // Slugs first: the keys of a paper's rows are made only for the few papers that name a removed entity.
        const slugs = new Set([...removed].map((key) => key.slice(key.indexOf(':') + 1)));
        for (let i = 0; i < paperKeys.length; i++) {
          const entry = cache.get(paperHashes[i]!);
          if (entry === undefined || !mayNameSlug(entry, slugs)) continue;
          const rows = cachedRows(entry);
          if (rows.some((row) => slugs.has(row[1]))) yield [paperKeys[i]!, rows.map((row) => `${row[0]}:${row[1]}`)] as const;
        }
      },
    });
    const elements = elementHashes(graph);
    const prefix = merged.previousUnchanged
      ? {
          records: previous.records.length,
          ...(keptHashes ? { textHashes: keptHashes.length } : {}),
          ...(previous.cache.size > 0 ? { cacheRows: previous.cache.size } : {}),
        }
      : undefined;
    return {
      changed: true,
      build,
      whatsNew: report,
      extracted,
      ...(previous.elements ? { reuse: planReuse(previous.elements, elements) } : {}),
      next: nextState(graph, {
        elements,
        manifest: manifestOf(graph, settings, issues, manifest),
        records: prefix ? build.records.slice(prefix.records) : build.records,
        textHashes: prefix?.textHashes !== undefined ? paperHashes.slice(prefix.textHashes) : paperHashes,
        cache: prefix?.cacheRows !== undefined ? tail(cache, prefix.cacheRows) : cache,
        ...(prefix ? { unchangedPrefix: prefix } : {}),
      }),
    };
  };
  return { hooks, extract, finish };
}

/** The entries of `map` after the first `skip`, in order. */
function tail<K, V>(map: ReadonlyMap<K, V>, skip: number): Map<K, V> {
  const out = new Map<K, V>();
  let index = 0;
  for (const entry of map) if (index++ >= skip) out.set(entry[0], entry[1]);
  return out;
}

/**
 * The next state, its node states made when the state is written, from the graph: not held as objects (~40 MB at
 * 75k papers) while the output files are written. Made here, outside the update's closures, so that it keeps
 * nothing of the previous build alive (its records, cache and node states are garbage once the update has run).
 */
function nextState(graph: PaperGraph, state: Omit<NextState, 'nodes'>): NextState {
  return {
    ...state,
    get nodes() {
      return nodeStates(graph);
    },
  };
}

export function updateBuild(input: UpdateInput, options: UpdateOptions = {}): UpdateResult {
  const run = prepareUpdate(input, options);
  if ('unchanged' in run) return run.unchanged;
  const fresh = options.extract ?? extractDocs;
  const hooks: PipelineHooks = { ...run.hooks, replace: { ...run.hooks.replace, extract: (state) => run.extract(state, fresh) as void } };
  return run.finish(runPipeline([], pipelineOptionsOf(input.previous.manifest), hooks));
}

/**
 * `updateBuild` with an extraction that may finish later (the CLI's worker thread, started before the previous
 * build was read): the other stages run as in `updateBuild`, the same result.
 */
export async function updateBuildAsync(
  input: UpdateInput,
  options: Omit<UpdateOptions, 'extract'> & { extract: (docs: PaperDoc[]) => PaperExtraction[] | Promise<PaperExtraction[]> },
): Promise<UpdateResult> {
  const run = prepareUpdate(input, options);
  if ('unchanged' in run) return run.unchanged;
  const hooks: AsyncPipelineHooks = { ...run.hooks, replace: { ...run.hooks.replace, extract: (state) => run.extract(state, options.extract) } };
  return run.finish(await runPipelineAsync([], pipelineOptionsOf(input.previous.manifest), hooks));
}

/** The state a fresh build leaves: `extractions` as the extract stage made them (before the corpus-wide resolve). */
export function buildState(
  build: BuildResult,
  extractions: readonly PaperExtraction[],
  settings: UpdateManifest['settings'],
  issues: { rejections: InputIssue[]; warnings: InputIssue[] },
): NextState {
  const cache: ExtractionCache = new Map();
  const textHashes = extractions.map((extraction) => {
    const [hash, rows] = extractionRow(extraction);
    cache.set(hash, rows);
    return hash;
  });
  return {
    manifest: manifestOf(build.graph, settings, issues),
    records: build.records,
    textHashes,
    cache,
    nodes: nodeStates(build.graph),
    elements: elementHashes(build.graph),
  };
}

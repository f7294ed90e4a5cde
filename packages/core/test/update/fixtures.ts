/**
 * Real text for the update tests: the seed listing and the dev papers (eval/data/papers.jsonl), split into a first
 * build and an update; helpers that round-trip a build's state through JSON as the CLI stores it, and compare two
 * graphs on everything but community ids, community labels and positions.
 */
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.ts';
import type { PaperGraph } from '../../src/contract/graph.ts';
import { runPipeline, type BuildResult, type PipelineOptions } from '../../src/pipeline/index.ts';
import { buildState, type NextState } from '../../src/update/run.ts';
import { nodeFromRow, nodeRow, type BuildSettings, type PreviousBuild } from '../../src/update/state.ts';
import type { InputText, PaperExtraction, PaperRecord } from '../../src/types.ts';

const root = new URL('../../../../', import.meta.url);
export const seedText: InputText = { name: 'seeds/llama-2-7b.txt', text: readFileSync(new URL('seeds/llama-2-7b.txt', root), 'utf8') };
export const devLines: string[] = readFileSync(new URL('eval/data/papers.jsonl', root), 'utf8')
  .split('\n')
  .filter((line) => line.trim());

/** A JSON Lines input of some dev papers. */
export function devInput(name: string, lines: string[]): InputText {
  return { name, text: `${lines.join('\n')}\n` };
}

export const SETTINGS: BuildSettings = { formats: ['json'], seed: 42, resolution: 1, references: 'inside', gexfVersion: '1.2', pretty: false, layout: true };

/** A full build that also keeps the extract stage's output, as `papergraph build` does for its state. */
export function buildWithState(texts: InputText[], options: PipelineOptions = {}): { build: BuildResult; state: NextState } {
  let extractions: PaperExtraction[] = [];
  let issues = { rejections: [] as BuildResult['rejections'], warnings: [] as BuildResult['warnings'] };
  const build = runPipeline(texts, { seed: SETTINGS.seed, resolution: SETTINGS.resolution, ...options }, {
    afterStage: (stage, state) => {
      if (stage === 'extract') extractions = state.extractions!;
      if (stage === 'ingest') issues = { rejections: [...state.ingested!.rejections], warnings: [...state.ingested!.warnings] };
    },
  });
  return { build, state: buildState(build, extractions, { ...SETTINGS, ...(options.thesaurus ? { thesaurus: options.thesaurus } : {}) }, issues) };
}

/** The state as the CLI writes and reads it: every row through JSON. */
export function roundTrip(state: NextState, before?: PreviousBuild): PreviousBuild {
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  // An update that only added papers holds the rows after the previous state's: appended to them, as the CLI does.
  const prefix = state.unchangedPrefix;
  if (prefix && !before) throw new Error('roundTrip: the state appends to a previous one; pass it');
  const records = [...(prefix ? before!.records.slice(0, prefix.records) : []), ...state.records];
  const cache = [...(prefix?.cacheRows !== undefined ? [...before!.cache].slice(0, prefix.cacheRows) : []), ...state.cache];
  const textHashes = [...(prefix?.textHashes !== undefined ? (before!.textHashes ?? []).slice(0, prefix.textHashes) : []), ...state.textHashes];
  return {
    manifest: json(state.manifest),
    records: records.map((record) => json<PaperRecord>(record)),
    textHashes,
    // (the rows as text, as the CLI reads them)
    cache: new Map(cache.map(([hash, entry]) => [hash, typeof entry === 'string' ? entry : JSON.stringify(entry)])),
    nodes: state.nodes.map((node) => nodeFromRow(json(nodeRow(node)))),
  };
}

/** New records of the update, read as the CLI reads them (merged among themselves). */
export function addedInput(texts: InputText[]) {
  return { added: ingest(texts), addedInputs: texts.map((text) => text.name) };
}

const COMMUNITY_NODE_FIELDS = new Set(['community', 'subcommunity', 'x', 'y']);
const COMMUNITY_GRAPH_FIELDS = new Set(['communities', 'subcommunities', 'modularity']);

/** Everything of a graph but community ids, community labels and positions, in iteration order. */
export function withoutCommunities(graph: PaperGraph): unknown {
  const strip = (attributes: Record<string, unknown>, fields: Set<string>) =>
    Object.fromEntries(Object.entries(attributes).filter(([key]) => !fields.has(key)));
  return {
    attributes: strip(graph.getAttributes(), COMMUNITY_GRAPH_FIELDS),
    nodes: graph.mapNodes((key, attributes) => [key, strip(attributes, COMMUNITY_NODE_FIELDS)]),
    edges: graph.mapEdges((key, attributes, source, target) => [key, source, target, attributes]),
  };
}

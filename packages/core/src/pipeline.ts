import { labelCommunities } from './cluster/labels.ts';
import { DEFAULT_SEED, louvain, type ClusterOptions } from './cluster/louvain.ts';
import { canonicalModel, extractPaper, resolveCorpus } from './extract/index.ts';
import { buildGraph, type TagEntity } from './graph/build.ts';
import { colourByKind } from './graph/colors.ts';
import { slugify } from './graph/keys.ts';
import type { PaperGraph } from './graph/types.ts';
import { ingest } from './ingest/index.ts';
import { DEFAULT_LAYOUT_MAX_NODES, layoutGraph, type LayoutOptions } from './layout/index.ts';
import { normalizeLatex, titleOwnName } from './text/latex.ts';
import type { IngestResult, InputIssue, InputText, PaperDoc, PaperExtraction, PaperRecord } from './types.ts';
import { VERSION } from './version.ts';

export interface BuildOptions extends ClusterOptions {
  /**
   * Node positions: `false` for none, options for ForceAtlas2 iterations. Default: laid out when the graph has at
   * most DEFAULT_LAYOUT_MAX_NODES nodes (beyond, the viewer lays out the part it shows).
   */
  layout?: boolean | LayoutOptions;
  /** Called between stages, for progress reporting at the edges. */
  onStage?: (stage: BuildStage) => void;
}

export type BuildStage = 'ingest' | 'extract' | 'graph' | 'cluster' | 'layout';

export interface BuildResult {
  graph: PaperGraph;
  records: PaperRecord[];
  rejections: InputIssue[];
  warnings: InputIssue[];
}

/** Paper keys: `paper:<arXiv id>`, else `paper:<title slug>`; a repeated slug gets `-2`, `-3`… in input order. */
export function paperDocs(records: PaperRecord[]): PaperDoc[] {
  const used = new Set<string>();
  return records.map((record) => {
    const rawTitle = normalizeLatex(record.title);
    const ownName = titleOwnName(rawTitle);
    const base = record.arxivId ? `paper:${record.arxivId}` : `paper:${slugify(rawTitle, 60) || 'untitled'}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return { key, title: rawTitle, abstract: normalizeLatex(record.abstract, ownName) };
  });
}

/** The extraction stage alone (pure; the CLI may run it in worker threads on slices and concatenate). */
export function extractDocs(docs: PaperDoc[]): PaperExtraction[] {
  return docs.map((doc) => ({ doc, mentions: extractPaper(doc) }));
}

/** Listing tags that name a model become `tagged` links to that model. */
export function tagEntities(records: PaperRecord[]): Map<string, TagEntity> {
  const entities = new Map<string, TagEntity>();
  for (const record of records) {
    for (const tag of record.tags) {
      if (entities.has(tag)) continue;
      const model = canonicalModel(tag);
      if (model) {
        entities.set(tag, {
          kind: 'model',
          slug: model.slug,
          label: model.label,
          attributes: { ...model.model },
        });
      }
    }
  }
  return entities;
}

/** Clusters a built graph, names the communities, colours nodes by kind. */
export function clusterGraph(graph: PaperGraph, options: ClusterOptions = {}): void {
  louvain.assign(graph, { seed: options.seed ?? DEFAULT_SEED, resolution: options.resolution ?? 1 });
  graph.setAttribute('communities', labelCommunities(graph));
  colourByKind(graph);
}

/** Ingested records → clustered graph. */
export function buildFromRecords(
  ingested: IngestResult,
  inputNames: string[],
  options: BuildOptions = {},
  extractions?: PaperExtraction[],
): BuildResult {
  options.onStage?.('extract');
  const extracted = resolveCorpus(extractions ?? extractDocs(paperDocs(ingested.records)));
  options.onStage?.('graph');
  const graph = buildGraph({
    records: ingested.records,
    extractions: extracted,
    inputs: inputNames,
    rejected: ingested.rejections.length,
    tagEntities: tagEntities(ingested.records),
    generator: `papergraph ${VERSION}`,
  });
  options.onStage?.('cluster');
  clusterGraph(graph, options);
  const layout = options.layout ?? graph.order <= DEFAULT_LAYOUT_MAX_NODES;
  if (layout !== false) {
    options.onStage?.('layout');
    layoutGraph(graph, layout === true ? {} : layout);
  }
  return { graph, records: ingested.records, rejections: ingested.rejections, warnings: ingested.warnings };
}

/** The whole pipeline on in-memory inputs: listing / JSON / JSONL texts → clustered knowledge graph. */
export function buildKnowledgeGraph(inputs: InputText[], options: BuildOptions = {}): BuildResult {
  options.onStage?.('ingest');
  const ingested = ingest(inputs);
  return buildFromRecords(
    ingested,
    inputs.map((input) => input.name),
    options,
  );
}

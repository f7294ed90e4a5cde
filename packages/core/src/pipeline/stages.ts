/**
 * The pipeline's stages, one row each, in the order the data flows:
 *   ingest → docs → extract → resolve → thesaurus → graph → cluster → labels → layout
 * Each stage reads what the earlier ones left in the state and adds its own product. `runPipeline` runs them in this
 * order; callers time them or swap one (the CLI reads files in `ingest` and extracts in worker threads in `extract`)
 * through hooks, so the CLI, the bench and the viewer run this one list. A new stage is one row here.
 */
import { withoutPublisherNotes } from '../text/publisher-notes.ts';
import { labelCommunityLevels } from '../cluster/labels.ts';
import { DEFAULT_SEED, louvain } from '../cluster/louvain.ts';
import { assignSubcommunities, SUBCOMMUNITY_MIN_SIZE } from '../cluster/subcommunities.ts';
import type { PaperGraph } from '../contract/graph.ts';
import { paperKey } from '../contract/keys.ts';
import { canonicalModel, extractPaper, resolveCorpus } from '../extract/index.ts';
import { buildGraph, type AuthorRenames, type ReferencesMode, type TagEntity } from '../graph/build.ts';
import { colourByKind } from '../graph/colors.ts';
import { ingest } from '../ingest/index.ts';
import { DEFAULT_LAYOUT_MAX_NODES, layoutGraph, type LayoutOptions } from '../layout/index.ts';
import { DATA_TITLE, normalizeLatex, titleOwnName } from '../text/latex.ts';
import { applyThesaurus, type ThesaurusReport } from '../thesaurus/apply.ts';
import type { Thesaurus } from '../thesaurus/parse.ts';
import type { IngestResult, InputText, PaperDoc, PaperExtraction, PaperRecord } from '../types.ts';
import { VERSION } from '../version.ts';
import { storeTrends } from '../time/store.ts';

/** Settings of a build; every one has a default (PIPELINE_DEFAULTS). */
export interface PipelineOptions {
  /** Louvain random seed: same input and seed → same communities. */
  seed?: number;
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution?: number;
  /**
   * Node positions: `false` for none, options for the layout. Default: laid out when the graph has at most
   * PIPELINE_DEFAULTS.layoutMaxNodes nodes, which is every graph (the layout by community scales to the full corpus).
   */
  layout?: boolean | LayoutOptions;
  /** The user's merges, renames and drops of entities, applied after `resolve` (read one with parseThesaurus). */
  thesaurus?: Thesaurus;
  /**
   * Cited works that are not papers of the inputs: `inside` (default) counts them on the citing paper
   * (`referencesOutside`); `all` also keeps them as stub paper nodes (`stub: true`).
   */
  references?: ReferencesMode;
}

export const PIPELINE_DEFAULTS = {
  seed: DEFAULT_SEED,
  resolution: 1,
  /** Communities with more nodes than this are split into sub-communities (a second Louvain level). */
  subcommunityMinSize: SUBCOMMUNITY_MIN_SIZE,
  layoutMaxNodes: DEFAULT_LAYOUT_MAX_NODES,
} as const;

/** What the stages read and write. Fields fill in stage by stage; a stage asks for what it needs with `need`. */
export interface PipelineState {
  /** In-memory inputs for the `ingest` stage (a caller that reads files itself replaces `ingest`). */
  texts: InputText[];
  /** Input names, in reading order (graph attribute `inputs`). */
  inputNames: string[];
  ingested?: IngestResult;
  docs?: PaperDoc[];
  extractions?: PaperExtraction[];
  /** The listing tags' entities when a stage before `graph` set them (the thesaurus); else `graph` reads the tags. */
  tagEntities?: Map<string, TagEntity>;
  /** What the thesaurus did, when one was given (graph attribute `thesaurus`). */
  thesaurus?: ThesaurusReport;
  /** The thesaurus's author rules, when it had any that matched (the `graph` stage keys authors by them). */
  authorRenames?: AuthorRenames;
  graph?: PaperGraph;
}

export interface Stage {
  readonly name: string;
  /** Why the stage does not run for this state, or undefined when it runs. */
  skip?(state: PipelineState, options: PipelineOptions): string | undefined;
  run(state: PipelineState, options: PipelineOptions): void;
}

/** A product of an earlier stage; a missing one means a stage was replaced by a hook that did not provide it. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`pipeline: ${what} is missing (a replaced stage did not set it)`);
  return value;
}

/** Paper keys: `paper:<arXiv id>`, else `paper:<title slug>`; a repeated slug gets `-2`, `-3`… in input order. */
export function paperDocs(records: PaperRecord[]): PaperDoc[] {
  const used = new Set<string>();
  return records.map((record) => {
    const rawTitle = normalizeLatex(record.title);
    const ownName = titleOwnName(rawTitle);
    const base = paperKey(record.arxivId, rawTitle);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return { key, title: rawTitle, abstract: withoutPublisherNotes(normalizeLatex(record.abstract, ownName, DATA_TITLE.test(rawTitle))) };
  });
}

/** Extraction of each paper alone (pure; the CLI runs it in worker threads on slices and concatenates). */
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
      if (model) entities.set(tag, { kind: 'model', slug: model.slug, label: model.label, attributes: { ...model.model } });
    }
  }
  return entities;
}

export const STAGES = [
  {
    name: 'ingest',
    run(state) {
      state.ingested = ingest(state.texts);
      state.inputNames = state.texts.map((input) => input.name);
    },
  },
  {
    name: 'docs',
    run(state) {
      state.docs = paperDocs(need(state.ingested, 'ingested records').records);
    },
  },
  {
    name: 'extract',
    run(state) {
      state.extractions = extractDocs(need(state.docs, 'paper docs'));
    },
  },
  {
    name: 'resolve',
    run(state) {
      const records = need(state.ingested, 'ingested records').records;
      state.extractions = resolveCorpus(need(state.extractions, 'extractions'), { authors: (paper) => records[paper]?.authors ?? [] });
    },
  },
  {
    name: 'thesaurus',
    run(state, options) {
      if (!options.thesaurus) return;
      const ingested = need(state.ingested, 'ingested records');
      const applied = applyThesaurus(need(state.extractions, 'extractions'), tagEntities(ingested.records), options.thesaurus, ingested.records);
      state.extractions = applied.extractions;
      state.tagEntities = applied.tagEntities;
      if (applied.authors.size > 0) state.authorRenames = applied.authors;
      state.thesaurus = applied.report;
      // Unmatched and overridden rules are the build's warnings, beside the inputs' own.
      ingested.warnings.push(...applied.warnings);
    },
  },
  {
    name: 'graph',
    run(state, options) {
      const ingested = need(state.ingested, 'ingested records');
      state.graph = buildGraph({
        records: ingested.records,
        extractions: need(state.extractions, 'extractions'),
        inputs: state.inputNames,
        rejected: ingested.rejections.length,
        tagEntities: state.tagEntities ?? tagEntities(ingested.records),
        generator: `papergraph ${VERSION}`,
        ...(options.references ? { references: options.references } : {}),
        ...(state.authorRenames ? { authorRenames: state.authorRenames } : {}),
      });
      if (state.thesaurus) state.graph.setAttribute('thesaurus', state.thesaurus);
    },
  },
  {
    name: 'cluster',
    run(state, options) {
      const graph = need(state.graph, 'graph');
      const settings = {
        seed: options.seed ?? PIPELINE_DEFAULTS.seed,
        resolution: options.resolution ?? PIPELINE_DEFAULTS.resolution,
      };
      const clustered = louvain.assign(graph, settings);
      assignSubcommunities(graph, clustered, { ...settings, minSize: PIPELINE_DEFAULTS.subcommunityMinSize });
      graph.setAttribute('subcommunityMinSize', PIPELINE_DEFAULTS.subcommunityMinSize);
    },
  },
  {
    name: 'labels',
    run(state) {
      const graph = need(state.graph, 'graph');
      const { communities, subcommunities } = labelCommunityLevels(graph);
      graph.setAttribute('communities', communities);
      graph.setAttribute('subcommunities', subcommunities);
      colourByKind(graph);
    },
  },
  {
    name: 'trends',
    run(state) {
      storeTrends(need(state.graph, 'graph'));
    },
  },
  {
    name: 'layout',
    skip(state, options) {
      if (options.layout === false) return 'layout off';
      const order = need(state.graph, 'graph').order;
      if (options.layout === undefined && order > PIPELINE_DEFAULTS.layoutMaxNodes) {
        return `${order} nodes > ${PIPELINE_DEFAULTS.layoutMaxNodes}: the viewer lays out what it shows`;
      }
      return undefined;
    },
    run(state, options) {
      layoutGraph(need(state.graph, 'graph'), typeof options.layout === 'object' ? options.layout : {});
    },
  },
] as const satisfies readonly Stage[];

export type StageName = (typeof STAGES)[number]['name'];
export const STAGE_NAMES: readonly StageName[] = STAGES.map((stage) => stage.name);

import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../contract/graph.ts';
import { authorKey, edgeKey, nodeKey } from '../contract/keys.ts';
import type { EntityKind } from '../contract/kinds.ts';
import { RELATION_WEIGHTS, type Relation } from '../contract/relations.ts';
import type { Mention, PaperExtraction, PaperRecord } from '../types.ts';

export interface TagEntity {
  kind: EntityKind;
  slug: string;
  label: string;
  attributes?: Partial<NodeAttributes>;
}

export interface GraphInput {
  records: PaperRecord[];
  /** One per record, same order. */
  extractions: PaperExtraction[];
  inputs: string[];
  rejected: number;
  /** Entity each listing tag names (the `tagged` relation); tags without one stay on the paper only. */
  tagEntities: Map<string, TagEntity>;
  generator: string;
}

function sourceText(ref: { file: string; line?: number; record?: number }): string {
  if (ref.line !== undefined) return `${ref.file}:${ref.line}`;
  if (ref.record !== undefined) return `${ref.file}#${ref.record}`;
  return ref.file;
}

function addSorted(target: Set<string>, values: Iterable<string>): void {
  for (const value of values) target.add(value);
}

interface EntityDraft {
  kind: EntityKind;
  label: string;
  aliases: Set<string>;
  model?: Mention['model'];
}

/**
 * Records + extractions → a multi directed graph following docs/graph-format.md. Authors and entities are added
 * in key order and edges paper by paper, so the same input always gives the same graph, byte for byte.
 */
export function buildGraph(input: GraphInput): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    generator: input.generator,
    inputs: input.inputs,
    seed: 0,
    resolution: 1,
    communities: [],
    rejected: input.rejected,
  });

  const authors = new Map<string, string>();
  // name → key: slugify (NFKD + Unicode classes) is the slow part of keying, and prolific names repeat
  const authorKeys = new Map<string, string>();
  const keyOfAuthor = (name: string): string => {
    let key = authorKeys.get(name);
    if (key === undefined) authorKeys.set(name, (key = authorKey(name)));
    return key;
  };
  const entities = new Map<string, EntityDraft>();
  const entityKey = (kind: EntityKind, slug: string) => nodeKey(kind, slug);

  input.records.forEach((record, index) => {
    for (const name of record.authors) {
      const key = keyOfAuthor(name);
      if (!authors.has(key)) authors.set(key, name);
    }
    for (const mention of input.extractions[index]?.mentions ?? []) {
      const key = entityKey(mention.kind, mention.slug);
      let draft = entities.get(key);
      if (!draft) {
        draft = { kind: mention.kind, label: mention.label, aliases: new Set() };
        if (mention.model) draft.model = mention.model;
        entities.set(key, draft);
      }
      addSorted(draft.aliases, mention.aliases);
    }
    for (const tag of record.tags) {
      const entity = input.tagEntities.get(tag);
      if (!entity) continue;
      const key = entityKey(entity.kind, entity.slug);
      const draft = entities.get(key) ?? { kind: entity.kind, label: entity.label, aliases: new Set<string>() };
      if (entity.attributes?.family && !draft.model) {
        draft.model = {
          family: entity.attributes.family,
          ...(entity.attributes.version ? { version: entity.attributes.version } : {}),
          ...(entity.attributes.size ? { size: entity.attributes.size } : {}),
          ...(entity.attributes.variant ? { variant: entity.attributes.variant } : {}),
        };
      }
      draft.aliases.add(tag);
      entities.set(key, draft);
    }
  });

  // Papers first, in input order.
  input.records.forEach((record, index) => {
    const doc = input.extractions[index]!.doc;
    const attributes: NodeAttributes = {
      kind: 'paper',
      label: doc.title,
      title: record.title,
      abstract: doc.abstract,
      authors: [...record.authors],
      tags: [...record.tags],
      source: sourceText(record.sources[0]!),
      sources: record.sources.map(sourceText),
    };
    if (record.year !== undefined) attributes.year = record.year;
    if (record.arxivId !== undefined) attributes.arxivId = record.arxivId;
    if (record.venue !== undefined) attributes.venue = record.venue;
    if (record.categories !== undefined) attributes.categories = [...record.categories];
    graph.addNode(doc.key, attributes);
  });

  for (const key of [...authors.keys()].sort()) {
    const name = authors.get(key)!;
    graph.addNode(key, { kind: 'author', label: name, name });
  }

  for (const key of [...entities.keys()].sort()) {
    const draft = entities.get(key)!;
    const attributes: NodeAttributes = {
      kind: draft.kind,
      label: draft.label,
      aliases: [...draft.aliases].sort(),
    };
    if (draft.model) {
      attributes.family = draft.model.family;
      if (draft.model.version) attributes.version = draft.model.version;
      if (draft.model.size) attributes.size = draft.model.size;
      if (draft.model.variant) attributes.variant = draft.model.variant;
    }
    graph.addNode(key, attributes);
  }

  const link = (relation: Relation, source: string, target: string, extra?: Partial<EdgeAttributes>): boolean => {
    const key = edgeKey(relation, source, target);
    if (graph.hasEdge(key)) return false;
    graph.addDirectedEdgeWithKey(key, source, target, { relation, ...extra, weight: RELATION_WEIGHTS[relation] });
    return true;
  };

  // paperCount: how many distinct papers each node touches (the viewer's "minimum papers" filter, the shared
  // tables), counted while linking: a node gets +1 per paper whose links reach it, however many relations they have.
  const paperCount = new Map<string, number>();
  const touched = new Set<string>();
  const touch = (node: string) => {
    if (touched.has(node)) return;
    touched.add(node);
    paperCount.set(node, (paperCount.get(node) ?? 0) + 1);
  };

  input.records.forEach((record, index) => {
    const extraction = input.extractions[index]!;
    const paper = extraction.doc.key;
    touched.clear();
    record.authors.forEach((name, position) => {
      const author = keyOfAuthor(name);
      link('wrote', author, paper, { position });
      touch(author);
    });
    for (const mention of extraction.mentions) {
      const entity = entityKey(mention.kind, mention.slug);
      link(mention.relation, paper, entity, { evidence: mention.evidence });
      touch(entity);
    }
    for (const tag of record.tags) {
      const tagged = input.tagEntities.get(tag);
      if (!tagged) continue;
      const entity = entityKey(tagged.kind, tagged.slug);
      link('tagged', paper, entity);
      touch(entity);
    }
  });

  linkModelVariants(graph, link);

  graph.updateEachNodeAttributes(
    (node, attributes) => {
      attributes.paperCount = attributes.kind === 'paper' ? 1 : (paperCount.get(node) ?? 0);
      return attributes;
    },
    { attributes: ['paperCount'] },
  );

  return graph;
}

function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * `variant_of`: each model points at the nearest more general model that is itself a node — without its variant
 * (Llama-2-7B-Chat → Llama-2-7B), without its size (→ Llama-2), without its version (→ Llama). Only between nodes
 * some paper named, so papers on different sizes of one family meet through the family without invented nodes.
 */
function linkModelVariants(
  graph: PaperGraph,
  link: (relation: Relation, source: string, target: string) => void,
): void {
  const byName = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'model') byName.set(compact(attributes.label), key);
  });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'model' || !attributes.family) return;
    const { family, version = '', size = '', variant } = attributes;
    const candidates: string[] = [];
    if (variant) candidates.push(family + version + size);
    if (size) candidates.push(family + version);
    if (version) candidates.push(family);
    const self = compact(attributes.label);
    for (const candidate of candidates) {
      const name = compact(candidate);
      const parent = byName.get(name);
      if (name !== self && parent && parent !== key) {
        link('variant_of', key, parent);
        return;
      }
    }
  });
}

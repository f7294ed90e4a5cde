/**
 * Node kinds of graph.json: one row per kind. Everything that lists kinds (the graph builder, graph.json reading, the
 * exports' labels, the viewer's legend and filters) loops over this table, so a new kind is one row here.
 */
export interface NodeKindSpec {
  /** The `kind` attribute and the key prefix (`model:llama-2-7b`). */
  readonly kind: string;
  /** Singular and plural words for people (legends, tables, summaries). */
  readonly singular: string;
  readonly plural: string;
  /** Colour written as `color` (GraphML r/g/b, GEXF viz:color), so Gephi and Cytoscape open the graph coloured. */
  readonly color: string;
  /** Neo4j node label. */
  readonly neo4jLabel: string;
  /** Extracted from text (linked to papers by mentions), as opposed to papers and their authors. */
  readonly entity: boolean;
}

export const NODE_KINDS = [
  { kind: 'paper', singular: 'paper', plural: 'papers', color: '#4e79a7', neo4jLabel: 'Paper', entity: false },
  { kind: 'author', singular: 'author', plural: 'authors', color: '#9c9c9c', neo4jLabel: 'Author', entity: false },
  { kind: 'model', singular: 'model', plural: 'models', color: '#e15759', neo4jLabel: 'Model', entity: true },
  { kind: 'method', singular: 'method', plural: 'methods', color: '#59a14f', neo4jLabel: 'Method', entity: true },
  { kind: 'dataset', singular: 'dataset', plural: 'datasets', color: '#f28e2b', neo4jLabel: 'Dataset', entity: true },
] as const satisfies readonly NodeKindSpec[];

type KindRow = (typeof NODE_KINDS)[number];
export type NodeKind = KindRow['kind'];
/** Kinds found in text: models, methods, datasets. */
export type EntityKind = Extract<KindRow, { entity: true }>['kind'];

export const NODE_KIND_NAMES: readonly NodeKind[] = NODE_KINDS.map((row) => row.kind);
export const ENTITY_KINDS: readonly EntityKind[] = NODE_KINDS.filter((row): row is Extract<KindRow, { entity: true }> => row.entity).map(
  (row) => row.kind,
);

const BY_KIND = new Map<string, NodeKindSpec>(NODE_KINDS.map((row) => [row.kind, row]));

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && BY_KIND.has(value);
}

export function isEntityKind(value: unknown): value is EntityKind {
  return isNodeKind(value) && BY_KIND.get(value)!.entity;
}

export function nodeKindSpec(kind: NodeKind): NodeKindSpec {
  return BY_KIND.get(kind)!;
}

/** Colour per node kind. */
export const KIND_COLORS = Object.fromEntries(NODE_KINDS.map((row) => [row.kind, row.color])) as Record<NodeKind, string>;

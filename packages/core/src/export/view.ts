import { entityMap, type EntityMap } from '../analysis/entity-map.ts';
import type { ForeignGraph } from '../contract/graph.ts';

/**
 * graph.view.json: what the viewer needs to draw a graph's first frame, without the text that makes graph.json big.
 * Nodes and edges are stored by column (a key, a label and a few numbers per node; two node indices and a relation
 * per edge), edge keys are left out when they follow the contract's `relation:source->target`, and the details —
 * abstracts, titles, author lists, sources, categories, evidence sentences — stay in graph.json, which the viewer
 * reads afterwards in the background. The file also carries what the overview and the entity map would otherwise
 * compute at load over the whole graph: each community's and sub-community's centre in core's layout, the links
 * between communities by relation, and core's entity map.
 *
 * On the 75k-paper corpus: 343 MB of graph.json → about a tenth of it here.
 */

export const VIEW_FORMAT = 'papergraph-view';
export const VIEW_FORMAT_VERSION = 1;

/**
 * Node and edge attributes left to graph.json (the details): long texts and lists a panel shows for one node or link
 * at a time. Everything else is in the view file.
 */
export const DETAIL_NODE_ATTRIBUTES: readonly string[] = ['abstract', 'title', 'authors', 'source', 'sources', 'categories', 'tags', 'arxivId', 'name', 'color'];
export const DETAIL_EDGE_ATTRIBUTES: readonly string[] = ['evidence'];

/** Node attributes stored as columns (the rest of a node's non-detail attributes go in `extra`). */
const NODE_COLUMNS = ['kind', 'label', 'community', 'subcommunity', 'x', 'y', 'paperCount', 'year', 'date'] as const;
/** Edge attributes stored as columns. */
const EDGE_COLUMNS = ['relation', 'weight', 'position'] as const;

/** Attributes of one node or edge that are neither a column nor a detail, by element index (sparse). */
export type ExtraAttributes = Record<string, Record<string, unknown>>;

export interface ViewNodes {
  keys: string[];
  /** The kind names, indexed by `kind`. */
  kinds: string[];
  kind: number[];
  label: string[];
  /** -1: no community. */
  community: number[];
  /** -1: none (the community is not split). */
  subcommunity: number[];
  /** null: no position. */
  x: Array<number | null>;
  y: Array<number | null>;
  /** null: none. */
  paperCount: Array<number | null>;
  year: Array<number | null>;
  date: Array<string | null>;
  extra: ExtraAttributes;
}

export interface ViewEdges {
  /** Node indices. */
  source: number[];
  target: number[];
  /** The relation names, indexed by `relation`. */
  relations: string[];
  relation: number[];
  /** null: none. */
  weight: Array<number | null>;
  position: Array<number | null>;
  /** Keys that do not follow `relation:source->target`, by edge index. */
  keys: Record<string, string>;
  extra: ExtraAttributes;
}

/** A community's or sub-community's place in core's layout: the centre of its members and the radius holding them. */
export interface ViewRegion {
  community: number;
  /** Set for a sub-community. */
  subcommunity?: number;
  label: string;
  size: number;
  x: number;
  y: number;
  radius: number;
}

export interface ViewOverview {
  /** Every community with a member, largest first (only nodes with positions count towards centres). */
  communities: ViewRegion[];
  subcommunities: ViewRegion[];
  /**
   * Links between communities as [low id, high id, relation index, count], sorted: the overview weighs what the
   * filters keep without walking every edge of the graph.
   */
  links: Array<[number, number, number, number]>;
}

export interface ViewFile {
  format: typeof VIEW_FORMAT;
  version: number;
  /** graph.json's `options` and `attributes`, as they are there. */
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  attributes: Record<string, unknown>;
  /** Attribute names whose values are left to graph.json. */
  details: { nodes: readonly string[]; edges: readonly string[] };
  nodes: ViewNodes;
  edges: ViewEdges;
  overview: ViewOverview;
  /** core's entity map of the graph (the viewer's default view on large graphs); null on a graph without entities. */
  entityMap: EntityMap | null;
}

/** The index of `name` in `names`, added when new. */
function indexIn(names: string[], lookup: Map<string, number>, name: string): number {
  let index = lookup.get(name);
  if (index === undefined) {
    index = names.length;
    names.push(name);
    lookup.set(name, index);
  }
  return index;
}

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Whether an attribute goes in `extra`: not a column, not a detail, and a value (undefined is no attribute). */
function extraOf(attributes: Record<string, unknown>, columns: ReadonlySet<string>, details: ReadonlySet<string>): Record<string, unknown> | null {
  let extra: Record<string, unknown> | null = null;
  for (const name in attributes) {
    if (!Object.hasOwn(attributes, name) || columns.has(name) || details.has(name) || attributes[name] === undefined) continue;
    extra ??= {};
    extra[name] = attributes[name];
  }
  return extra;
}

const NODE_COLUMN_SET: ReadonlySet<string> = new Set(NODE_COLUMNS);
const EDGE_COLUMN_SET: ReadonlySet<string> = new Set(EDGE_COLUMNS);
const DETAIL_NODE_SET: ReadonlySet<string> = new Set(DETAIL_NODE_ATTRIBUTES);
const DETAIL_EDGE_SET: ReadonlySet<string> = new Set(DETAIL_EDGE_ATTRIBUTES);
const NUMERIC_NODE_COLUMNS = ['community', 'subcommunity', 'x', 'y', 'paperCount', 'year'] as const;
const NUMERIC_EDGE_COLUMNS = ['weight', 'position'] as const;

/** Whether `key` is `relation:source->target` (the contract's edge key), without building that string per edge. */
function isContractKey(key: string, relation: string, source: string, target: string): boolean {
  const arrow = relation.length + 1 + source.length;
  return (
    key.length === arrow + 2 + target.length &&
    key.startsWith(relation) &&
    key.charCodeAt(relation.length) === 58 && // ':'
    key.startsWith(source, relation.length + 1) &&
    key.startsWith('->', arrow) &&
    key.endsWith(target)
  );
}

function viewNodes(graph: ForeignGraph): { nodes: ViewNodes; index: Map<string, number> } {
  // Columns sized once (grown by pushes, a whole field's columns were allocated about three times over).
  const n = graph.order;
  const nodes: ViewNodes = {
    keys: new Array<string>(n),
    kinds: [],
    kind: new Array<number>(n),
    label: new Array<string>(n),
    community: new Array<number>(n),
    subcommunity: new Array<number>(n),
    x: new Array<number | null>(n),
    y: new Array<number | null>(n),
    paperCount: new Array<number | null>(n),
    year: new Array<number | null>(n),
    date: new Array<string | null>(n),
    extra: {},
  };
  const kindIndex = new Map<string, number>();
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((key, attributes) => {
    index.set(key, i);
    nodes.keys[i] = key;
    nodes.kind[i] = indexIn(nodes.kinds, kindIndex, String(attributes.kind));
    nodes.label[i] = String(attributes.label);
    nodes.community[i] = finite(attributes.community) ?? -1;
    nodes.subcommunity[i] = finite(attributes.subcommunity) ?? -1;
    nodes.x[i] = finite(attributes.x);
    nodes.y[i] = finite(attributes.y);
    nodes.paperCount[i] = finite(attributes.paperCount);
    nodes.year[i] = finite(attributes.year);
    nodes.date[i] = typeof attributes.date === 'string' ? attributes.date : null;
    // A column whose value is not of the column's type (a foreign graph's string `x`) is kept as it is, in extra.
    // (An object only for the rare node that has one: two allocations per node were a good part of this pass.)
    let extra = extraOf(attributes, NODE_COLUMN_SET, DETAIL_NODE_SET);
    for (const name of NUMERIC_NODE_COLUMNS) {
      if (attributes[name] !== undefined && finite(attributes[name]) === null) (extra ??= {})[name] = attributes[name];
    }
    if (attributes.date !== undefined && typeof attributes.date !== 'string') (extra ??= {}).date = attributes.date;
    if (extra) nodes.extra[i] = extra;
    i++;
  });
  return { nodes, index };
}

function viewEdges(graph: ForeignGraph, index: ReadonlyMap<string, number>): ViewEdges {
  const m = graph.size;
  const edges: ViewEdges = {
    source: new Array<number>(m),
    target: new Array<number>(m),
    relations: [],
    relation: new Array<number>(m),
    weight: new Array<number | null>(m),
    position: new Array<number | null>(m),
    keys: {},
    extra: {},
  };
  const relationIndex = new Map<string, number>();
  let i = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    edges.source[i] = index.get(source)!;
    edges.target[i] = index.get(target)!;
    edges.relation[i] = indexIn(edges.relations, relationIndex, String(attributes.relation));
    edges.weight[i] = finite(attributes.weight);
    edges.position[i] = finite(attributes.position);
    if (!isContractKey(key, String(attributes.relation), source, target)) edges.keys[i] = key;
    let extra = extraOf(attributes, EDGE_COLUMN_SET, DETAIL_EDGE_SET);
    for (const name of NUMERIC_EDGE_COLUMNS) if (attributes[name] !== undefined && finite(attributes[name]) === null) (extra ??= {})[name] = attributes[name];
    if (extra) edges.extra[i] = extra;
    i++;
  });
  return edges;
}

interface RegionSum {
  community: number;
  subcommunity?: number;
  size: number;
  placed: number;
  sx: number;
  sy: number;
  members: number[];
}

/** Centres (mean of the positioned members) and radii (the farthest positioned member) of communities and sub-communities. */
function regions(nodes: ViewNodes, labels: ReadonlyMap<string, string>): { communities: ViewRegion[]; subcommunities: ViewRegion[] } {
  const sums = new Map<string, RegionSum>();
  const add = (id: string, community: number, subcommunity: number | undefined, i: number) => {
    let sum = sums.get(id);
    if (!sum) {
      sum = { community, ...(subcommunity !== undefined ? { subcommunity } : {}), size: 0, placed: 0, sx: 0, sy: 0, members: [] };
      sums.set(id, sum);
    }
    sum.size += 1;
    const x = nodes.x[i];
    const y = nodes.y[i];
    if (x == null || y == null) return;
    sum.placed += 1;
    sum.sx += x;
    sum.sy += y;
    sum.members.push(i);
  };
  for (let i = 0; i < nodes.keys.length; i++) {
    const community = nodes.community[i]!;
    if (community < 0) continue;
    add(`${community}`, community, undefined, i);
    const subcommunity = nodes.subcommunity[i]!;
    if (subcommunity >= 0) add(`${community}:${subcommunity}`, community, subcommunity, i);
  }
  const round = (value: number) => Number(value.toFixed(3));
  const communities: ViewRegion[] = [];
  const subcommunities: ViewRegion[] = [];
  for (const [id, sum] of sums) {
    const x = sum.placed > 0 ? sum.sx / sum.placed : 0;
    const y = sum.placed > 0 ? sum.sy / sum.placed : 0;
    let radius = 0;
    for (const i of sum.members) radius = Math.max(radius, Math.hypot(nodes.x[i]! - x, nodes.y[i]! - y));
    const region: ViewRegion = { community: sum.community, ...(sum.subcommunity !== undefined ? { subcommunity: sum.subcommunity } : {}), label: labels.get(id) ?? '', size: sum.size, x: round(x), y: round(y), radius: round(radius) };
    (sum.subcommunity === undefined ? communities : subcommunities).push(region);
  }
  const order = (a: ViewRegion, b: ViewRegion) => b.size - a.size || a.community - b.community || (a.subcommunity ?? 0) - (b.subcommunity ?? 0);
  communities.sort(order);
  subcommunities.sort(order);
  return { communities, subcommunities };
}

/** Labels of communities (`7`) and sub-communities (`7:2`) from the graph's attributes. */
function regionLabels(attributes: Record<string, unknown>): Map<string, string> {
  const labels = new Map<string, string>();
  const read = (list: unknown, withSub: boolean) => {
    if (!Array.isArray(list)) return;
    for (const entry of list) {
      if (typeof entry !== 'object' || entry === null) continue;
      const record = entry as Record<string, unknown>;
      const id = withSub ? `${String(record.community)}:${String(record.id)}` : String(record.id);
      if (typeof record.label === 'string') labels.set(id, record.label);
    }
  };
  read(attributes.communities, false);
  read(attributes.subcommunities, true);
  return labels;
}

function communityLinks(nodes: ViewNodes, edges: ViewEdges): Array<[number, number, number, number]> {
  const counts = new Map<string, [number, number, number, number]>();
  for (let i = 0; i < edges.source.length; i++) {
    const a = nodes.community[edges.source[i]!]!;
    const b = nodes.community[edges.target[i]!]!;
    if (a === b || a < 0 || b < 0) continue;
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const relation = edges.relation[i]!;
    const id = `${low}|${high}|${relation}`;
    const link = counts.get(id);
    if (link) link[3] += 1;
    else counts.set(id, [low, high, relation, 1]);
  }
  return [...counts.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
}

/** The view file's content for a graph. Pure and deterministic: the same graph gives the same object. */
export function toViewFile(graph: ForeignGraph): ViewFile {
  const { nodes, index } = viewNodes(graph);
  const edges = viewEdges(graph, index);
  const attributes = graph.getAttributes();
  const hasEntities = nodes.kinds.some((kind) => kind === 'model' || kind === 'method' || kind === 'dataset');
  return {
    format: VIEW_FORMAT,
    version: VIEW_FORMAT_VERSION,
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes,
    details: { nodes: DETAIL_NODE_ATTRIBUTES, edges: DETAIL_EDGE_ATTRIBUTES },
    nodes,
    edges,
    overview: { ...regions(nodes, regionLabels(attributes)), links: communityLinks(nodes, edges) },
    entityMap: hasEntities ? entityMap(graph) : null,
  };
}

/**
 * graph.view.json in pieces: the top level and each column is one `JSON.stringify` (a column of the 75k graph is a
 * few MB, well under a string's limit), so the file is never held whole as one string.
 */
export function* viewFileChunks(graph: ForeignGraph): Generator<string> {
  const view = toViewFile(graph);
  const { nodes, edges, ...top } = view;
  const object = (value: Record<string, unknown>) => function* (): Generator<string> {
    let first = true;
    yield '{';
    for (const [name, column] of Object.entries(value)) {
      yield `${first ? '' : ','}${JSON.stringify(name)}:${JSON.stringify(column)}`;
      first = false;
    }
    yield '}';
  };
  const { entityMap: map, ...head } = top;
  yield JSON.stringify(head).slice(0, -1);
  yield ',"nodes":';
  yield* object(nodes as unknown as Record<string, unknown>)();
  yield ',"edges":';
  yield* object(edges as unknown as Record<string, unknown>)();
  yield `,"entityMap":${JSON.stringify(map)}}`;
}

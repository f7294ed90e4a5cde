import { withFastAdjacency } from '@papergraph/core';
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CommunityInfo, ViewerEdgeAttributes, ViewerGraph, ViewerGraphAttributes, ViewerNodeAttributes } from './types.ts';

/** Attributes that hold lists; GraphML/GEXF writers store them as JSON strings. */
const LIST_ATTRIBUTES = ['aliases', 'tags', 'inputs', 'source', 'communities'];

function parseJsonList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (!(trimmed.startsWith('[') || trimmed.startsWith('{'))) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}

function kindFromKey(key: string): string {
  const prefix = /^([a-z]+):/.exec(key)?.[1];
  return prefix ?? 'other';
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function normalizeNodeAttributes(key: string, raw: Attributes): ViewerNodeAttributes {
  const attributes: Record<string, unknown> = { ...raw };
  for (const name of LIST_ATTRIBUTES) if (name in attributes) attributes[name] = parseJsonList(attributes[name]);
  const kind = typeof attributes.kind === 'string' && attributes.kind !== '' ? attributes.kind : kindFromKey(key);
  const label =
    typeof attributes.label === 'string' && attributes.label !== ''
      ? attributes.label
      : typeof attributes.title === 'string' && attributes.title !== ''
        ? attributes.title
        : key;
  const year = toNumber(attributes.year);
  const x = toNumber(attributes.x);
  const y = toNumber(attributes.y);
  const normalized: ViewerNodeAttributes = { ...attributes, kind, label, community: toNumber(attributes.community) ?? 0 };
  if (year === undefined) delete normalized.year;
  else normalized.year = year;
  if (x === undefined || y === undefined) {
    delete normalized.x;
    delete normalized.y;
  } else {
    normalized.x = x;
    normalized.y = y;
  }
  if (normalized.aliases !== undefined && !Array.isArray(normalized.aliases)) delete normalized.aliases;
  if (normalized.tags !== undefined && !Array.isArray(normalized.tags)) delete normalized.tags;
  // A model's `size` is a string like "7B"; a numeric size from Gephi is a radius, kept apart from it.
  if (typeof raw.size === 'number') delete normalized.size;
  return normalized;
}

function normalizeEdgeAttributes(raw: Attributes): ViewerEdgeAttributes {
  const relation = typeof raw.relation === 'string' && raw.relation !== '' ? raw.relation : 'link';
  const attributes: ViewerEdgeAttributes = { ...raw, relation };
  const position = toNumber(raw.position);
  if (position !== undefined) attributes.position = position;
  return attributes;
}

function readCommunities(value: unknown): CommunityInfo[] | undefined {
  const parsed = parseJsonList(value);
  if (!Array.isArray(parsed)) return undefined;
  const communities: CommunityInfo[] = [];
  for (const entry of parsed) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const id = toNumber(record.id);
    if (id === undefined) continue;
    communities.push({
      ...record,
      id,
      label: typeof record.label === 'string' ? record.label : `Community ${id}`,
      size: toNumber(record.size) ?? 0,
    });
  }
  return communities;
}

/**
 * Copies any graphology graph (core's PaperGraph, a parsed GraphML or GEXF file) into the viewer's graph shape:
 * every node has a kind, a label and a community; list attributes are arrays; the community table covers every node.
 */
export function normalizeGraph(source: AbstractGraph): ViewerGraph {
  const graph: ViewerGraph = withFastAdjacency(new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>());
  const sourceAttributes = source.getAttributes();
  const graphAttributes: ViewerGraphAttributes = { ...sourceAttributes };
  for (const name of LIST_ATTRIBUTES) if (name in graphAttributes) graphAttributes[name] = parseJsonList(graphAttributes[name]);
  graph.replaceAttributes(graphAttributes);

  source.forEachNode((key, attributes) => {
    graph.addNode(key, normalizeNodeAttributes(key, attributes));
  });
  source.forEachEdge((key, attributes, from, to) => {
    graph.addDirectedEdgeWithKey(key, from, to, normalizeEdgeAttributes(attributes));
  });

  completeCommunityTable(graph, sourceAttributes.communities);
  return graph;
}

/**
 * Same as `normalizeGraph` for a graph that already is a directed multigraph (core's `readGraphJSON`), rewriting
 * attributes in place: re-adding 600k edges to a copy took seconds of the 75k-paper graph's load.
 */
export function normalizeGraphInPlace(graph: MultiDirectedGraph): ViewerGraph {
  normalizeInPlace(graph);
  return graph;
}

/** Rewrites a graph's attributes into the viewer's; afterwards the same object is typed as a ViewerGraph. */
function normalizeInPlace(graph: MultiDirectedGraph): asserts graph is ViewerGraph {
  const graphAttributes: ViewerGraphAttributes = { ...graph.getAttributes() };
  for (const name of LIST_ATTRIBUTES) if (name in graphAttributes) graphAttributes[name] = parseJsonList(graphAttributes[name]);
  const sourceCommunities = graphAttributes.communities;
  graph.replaceAttributes(graphAttributes);
  graph.updateEachNodeAttributes((key, attributes) => normalizeNodeAttributes(key, attributes));
  graph.updateEachEdgeAttributes((_key, attributes) => normalizeEdgeAttributes(attributes));
  completeCommunityTable(graph as ViewerGraph, sourceCommunities);
}

/**
 * The graph-level part of normalising, for a graph whose nodes are already in the viewer's shape (one built from a
 * view file): list attributes as arrays, and a community table that covers every node.
 */
export function completeGraphAttributes(graph: ViewerGraph): void {
  const graphAttributes: ViewerGraphAttributes = { ...graph.getAttributes() };
  for (const name of LIST_ATTRIBUTES) if (name in graphAttributes) graphAttributes[name] = parseJsonList(graphAttributes[name]);
  graph.replaceAttributes(graphAttributes);
  completeCommunityTable(graph, graphAttributes.communities);
}

/** The community table covers every node's community, with the sizes counted here and core's labels when known. */
function completeCommunityTable(graph: ViewerGraph, declared: unknown): void {
  const sizes = new Map<number, number>();
  graph.forEachNode((_key, attributes) => sizes.set(attributes.community, (sizes.get(attributes.community) ?? 0) + 1));
  const known = new Map((readCommunities(declared) ?? []).map((c) => [c.id, c]));
  const communities: CommunityInfo[] = [...sizes.entries()]
    .map(([id, size]) => ({ ...known.get(id), id, size, label: known.get(id)?.label ?? `Community ${id}` }))
    .sort((a, b) => b.size - a.size || a.id - b.id);
  graph.setAttribute('communities', communities);
}

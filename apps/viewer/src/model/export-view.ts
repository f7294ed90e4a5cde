import { MultiDirectedGraph } from 'graphology';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerGraphAttributes, ViewerNodeAttributes } from '../graph/types.ts';
import type { FilterState, Visibility } from './filters.ts';
import type { DateRange } from './timeline.ts';

/** What a download holds: the whole graph, or what the filters and the date range leave on screen. */
export type ExportScope = 'view' | 'graph';
export const EXPORT_SCOPES: readonly ExportScope[] = ['view', 'graph'];

/**
 * Download names start with the shown graph's name without its extensions (`.gz`, the format's, and the `.view` of a
 * view file, which is the same graph): `notes.md` → `notes`, `graph.view.json` → `graph`, `a.bib, b.ris` (several
 * inputs) → `a_b`. Anything but letters, digits, `.`, `_` and `-` becomes `_`; an empty name is `graph`.
 */
export function exportBaseName(sourceName: string): string {
  const stems = sourceName
    .split(', ')
    .map((name) => name.replace(/\.gz$/i, '').replace(/\.[^./\\]+$/, '').replace(/\.view$/i, ''))
    .filter((stem) => stem.length > 0);
  return stems.join('_').replace(/[^\w.-]+/g, '_') || 'graph';
}

/**
 * A download's file name: `<base><suffix>` and the extension of the format's file in core's output registry, all of
 * it after the registry name's first dot (`graph.view.json` → `.view.json`), so no two formats share a name.
 */
export function exportFileName(base: string, suffix: string, registryFileName: string): string {
  const dot = registryFileName.indexOf('.');
  return `${base}${suffix}${dot >= 0 ? registryFileName.slice(dot) : ''}`;
}

/**
 * Recorded in a filtered export's graph attributes (`viewFilter`), so the file says it is part of a graph and which
 * part: the filters and date range of the view it was taken from.
 */
export interface ViewFilterRecord {
  nodes: number;
  ofNodes: number;
  links: number;
  ofLinks: number;
  hiddenKinds: string[];
  hiddenCommunities: number[];
  hiddenRelations: string[];
  minPapers: number;
  from: string | null;
  to: string | null;
}

/** The fields of a `communities` or `subcommunities` row this module counts again; others are copied. */
interface CommunityRow {
  id: number;
  size: number;
  kinds?: Record<string, number>;
  top?: string[];
  community?: number;
}

/**
 * The graph as the view shows it: nodes and links the filters (kinds, communities, relations, minimum papers) and the
 * date range hide are left out; node, link and graph attributes are kept, the community tables counted again over the
 * members kept (a community with none left is dropped), and `viewFilter` says what was left out. Pure: the graph
 * handed in is unchanged; nodes and links keep their order and keys.
 */
export function visibleSubgraph(graph: ViewerGraph, visibility: Visibility, filters: FilterState, range: DateRange | null): ViewerGraph {
  const out: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>();
  graph.forEachNode((key, attributes) => {
    if (!visibility.hiddenNodes.has(key)) out.addNode(key, { ...attributes });
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (!visibility.hiddenEdges.has(key) && out.hasNode(source) && out.hasNode(target)) out.addDirectedEdgeWithKey(key, source, target, { ...attributes });
  });
  const attributes: ViewerGraphAttributes = { ...graph.getAttributes() };
  if (Array.isArray(attributes.communities)) attributes.communities = recount(out, attributes.communities, (node) => [node.community]);
  if (Array.isArray(attributes['subcommunities'])) {
    attributes['subcommunities'] = recount(out, attributes['subcommunities'] as readonly CommunityRow[], (node) =>
      typeof node['subcommunity'] === 'number' ? [node.community, node['subcommunity']] : null,
    );
  }
  const record: ViewFilterRecord = {
    nodes: out.order,
    ofNodes: graph.order,
    links: out.size,
    ofLinks: graph.size,
    hiddenKinds: [...filters.hiddenKinds].sort(),
    hiddenCommunities: [...filters.hiddenCommunities].sort((a, b) => a - b),
    hiddenRelations: [...filters.hiddenRelations].sort(),
    minPapers: filters.minPapers,
    from: range?.from ?? null,
    to: range?.to ?? null,
  };
  attributes['viewFilter'] = record;
  out.replaceAttributes(attributes);
  return out;
}

/**
 * A community table (`communities`, or `subcommunities` keyed by community and id) with size, kinds and top members
 * counted over the nodes kept; rows with no member left are dropped, the others keep their order and label.
 */
function recount<Row extends CommunityRow>(graph: ViewerGraph, rows: readonly Row[], idOf: (node: ViewerNodeAttributes) => number[] | null): Row[] {
  const id = (parts: number[]) => parts.join('/');
  const counts = new Map<string, { size: number; kinds: Record<string, number> }>();
  graph.forEachNode((_key, node) => {
    const parts = idOf(node);
    if (parts === null) return;
    const key = id(parts);
    let count = counts.get(key);
    if (!count) counts.set(key, (count = { size: 0, kinds: {} }));
    count.size += 1;
    count.kinds[node.kind] = (count.kinds[node.kind] ?? 0) + 1;
  });
  const kept: Row[] = [];
  for (const row of rows) {
    const key = id(row.community !== undefined ? [row.community, row.id] : [row.id]);
    const count = counts.get(key);
    if (!count) continue;
    const next: Row = { ...row, size: count.size };
    if (row.kinds !== undefined) next.kinds = Object.fromEntries(Object.keys(row.kinds).filter((kind) => count.kinds[kind]).map((kind) => [kind, count.kinds[kind]!]));
    if (Array.isArray(row.top)) next.top = row.top.filter((member) => graph.hasNode(member));
    kept.push(next);
  }
  return kept;
}

import { VIEW_FORMAT, withFastAdjacency, type ViewFile, type ViewOverview } from '@papergraph/core';
import { MultiDirectedGraph } from 'graphology';
import { timed } from '../timing.ts';
import { completeGraphAttributes } from './normalize.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerGraphAttributes, ViewerNodeAttributes } from './types.ts';

/**
 * The CLI's compact view file (core's `view` output format, graph.view.json next to graph.json) as a viewer graph:
 * every node with its kind, label, community, sub-community, position and the small attributes; every link with its
 * relation. What it leaves to graph.json (abstracts, titles, evidence sentences…) is merged in afterwards by
 * `loadDetails`, in the background.
 */

/** The graph.json a view file's details come from (`…/x.view.json` → `…/x.json`); null when the address is not a view file's. */
export function detailsUrlOf(viewUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(viewUrl);
  } catch {
    return null;
  }
  if (!/\.view\.json$/i.test(url.pathname)) return null;
  url.pathname = url.pathname.replace(/\.view\.json$/i, '.json');
  return url.href;
}

/** Whether parsed JSON is a view file this viewer reads. */
export function isViewFile(data: unknown): data is ViewFile {
  if (typeof data !== 'object' || data === null) return false;
  const view = data as Partial<ViewFile>;
  return view.format === VIEW_FORMAT && view.version === 1 && typeof view.nodes === 'object' && typeof view.edges === 'object';
}

/** Whether a text starts like a view file (the format name comes first in the file core writes). */
export function looksLikeViewFile(head: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"papergraph-view"/.test(head);
}

function nodeAttributesAt(view: ViewFile, i: number): ViewerNodeAttributes {
  const { nodes } = view;
  const attributes: ViewerNodeAttributes = {
    ...(nodes.extra[i] as Record<string, unknown> | undefined),
    kind: nodes.kinds[nodes.kind[i]!] ?? 'other',
    label: nodes.label[i]!,
    community: Math.max(0, nodes.community[i]!),
  };
  const subcommunity = nodes.subcommunity[i]!;
  if (subcommunity >= 0) attributes.subcommunity = subcommunity;
  const x = nodes.x[i];
  const y = nodes.y[i];
  if (x != null && y != null) {
    attributes.x = x;
    attributes.y = y;
  }
  const paperCount = nodes.paperCount[i];
  if (paperCount != null) attributes.paperCount = paperCount;
  const year = nodes.year[i];
  if (year != null) attributes.year = year;
  const date = nodes.date[i];
  if (date != null) attributes.date = date;
  return attributes;
}

/** The key of edge `i`: the contract's `relation:source->target` unless the file names another. */
function edgeKeyAt(view: ViewFile, i: number): string {
  const { edges, nodes } = view;
  return edges.keys[i] ?? `${edges.relations[edges.relation[i]!]}:${nodes.keys[edges.source[i]!]}->${nodes.keys[edges.target[i]!]}`;
}

function edgeAttributesAt(view: ViewFile, i: number): ViewerEdgeAttributes {
  const { edges } = view;
  const attributes: ViewerEdgeAttributes = { ...(edges.extra[i] as Record<string, unknown> | undefined), relation: edges.relations[edges.relation[i]!] ?? 'link' };
  const weight = edges.weight[i];
  if (weight != null) attributes.weight = weight;
  const position = edges.position[i];
  if (position != null) attributes.position = position;
  return attributes;
}

/**
 * Kinds a big graph is shown without at first, and gets with its links: the viewer hides authors by default on graphs
 * that size (model/filters.ts), and they are over half the 75k-paper corpus's nodes.
 */
export const KINDS_AFTER_FIRST_FRAME: ReadonlySet<string> = new Set(['author']);

/**
 * What a big graph gets after its first frame (the 75k-paper corpus: 175k authors and 616k links): the nodes of
 * KINDS_AFTER_FIRST_FRAME, then the links, added in slices between frames, since adding them took seconds of the
 * page's thread.
 */
export class PendingLinks {
  private nextNode = 0;
  private next = 0;
  private readonly laterNodes: number[];

  constructor(
    private readonly view: ViewFile,
    private readonly graph: ViewerGraph,
    laterNodes: readonly number[] = [],
  ) {
    this.laterNodes = [...laterNodes];
  }

  /** Links to add. */
  get total(): number {
    return this.view.edges.source.length;
  }

  get added(): number {
    return this.next;
  }

  /** Nodes still to add before the links. */
  get nodesLeft(): number {
    return this.laterNodes.length - this.nextNode;
  }

  /**
   * Adds nodes, then links, until `budgetMs` have passed (at least one batch); true once everything is in. Each call is
   * a `papergraph:links` measure (one per task: the page's scale test counts them).
   */
  addFor(budgetMs: number): boolean {
    return timed('links', () => this.addWithin(budgetMs));
  }

  private addWithin(budgetMs: number): boolean {
    const { source, target } = this.view.edges;
    const keys = this.view.nodes.keys;
    const started = performance.now();
    const graph = this.graph;
    // The clock is read every 2,000 elements: reading it costs more than adding one.
    while (this.nextNode < this.laterNodes.length) {
      const end = Math.min(this.laterNodes.length, this.nextNode + 2000);
      for (let j = this.nextNode; j < end; j++) {
        const i = this.laterNodes[j]!;
        graph.addNode(keys[i]!, nodeAttributesAt(this.view, i));
      }
      this.nextNode = end;
      if (performance.now() - started >= budgetMs) return false;
    }
    while (this.next < source.length) {
      const end = Math.min(source.length, this.next + 2000);
      for (let i = this.next; i < end; i++) graph.addDirectedEdgeWithKey(edgeKeyAt(this.view, i), keys[source[i]!]!, keys[target[i]!]!, edgeAttributesAt(this.view, i));
      this.next = end;
      if (performance.now() - started >= budgetMs) break;
    }
    return this.next >= source.length;
  }
}

/** A graph built from a view file, what the file computed ahead for the overview, and the links still to add. */
export interface ViewGraph {
  graph: ViewerGraph;
  overview: ViewOverview;
  /** Set when the links are to be added after the first frame (see `PendingLinks`). */
  pendingLinks: PendingLinks | null;
}

/**
 * Builds the viewer graph of a view file: nodes and links, no details (see details.ts). With more links than
 * `linksLaterFrom`, only the nodes but authors: the authors and the links come through `pendingLinks`.
 */
export function graphFromView(view: ViewFile, linksLaterFrom = Number.POSITIVE_INFINITY): ViewGraph {
  // (core's neighbour store: adding the links of a whole field was mostly graphology making hidden classes)
  const graph: ViewerGraph = withFastAdjacency(new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>());
  const later = view.edges.source.length > linksLaterFrom;
  const laterNodes: number[] = [];
  timed('view-nodes', () => {
    const { keys, kinds, kind } = view.nodes;
    const deferred = kinds.map((name) => later && KINDS_AFTER_FIRST_FRAME.has(name));
    for (let i = 0; i < keys.length; i++) {
      if (deferred[kind[i]!]) laterNodes.push(i);
      else graph.addNode(keys[i]!, nodeAttributesAt(view, i));
    }
  });
  const pendingLinks = new PendingLinks(view, graph, laterNodes);
  if (!later) timed('view-edges', () => pendingLinks.addFor(Number.POSITIVE_INFINITY));
  // The entity map computed by the CLI: the viewer's entity map view reads it from this attribute instead of
  // computing it again (see model/entity-map.ts).
  graph.replaceAttributes({ ...(view.attributes as ViewerGraphAttributes), ...(view.entityMap ? { entityMap: view.entityMap } : {}) });
  completeGraphAttributes(graph);
  return { graph, overview: view.overview, pendingLinks: later ? pendingLinks : null };
}

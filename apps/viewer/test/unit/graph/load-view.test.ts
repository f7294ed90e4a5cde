import { readFileSync } from 'node:fs';
import { asForeignGraph, buildKnowledgeGraph, DETAIL_EDGE_ATTRIBUTES, DETAIL_NODE_ATTRIBUTES, toGraphJSON, toViewFile, type ViewFile } from '@papergraph/core';
import { describe, expect, it } from 'vitest';
import { mergeDetails, mergedNodeAttributes } from '../../../src/graph/details.ts';
import { fileKind, loadText, loadUrl, viewFileLink } from '../../../src/graph/load.ts';
import { detailsUrlOf, graphFromView } from '../../../src/graph/load-view.ts';
import { normalizeGraph } from '../../../src/graph/normalize.ts';

const seed = readFileSync(new URL('../../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
const built = buildKnowledgeGraph([{ name: 'seeds/llama-2-7b.txt', text: seed }]).graph;
const core = asForeignGraph(built);
const view: ViewFile = JSON.parse(JSON.stringify(toViewFile(core))) as ViewFile;

function withoutDetails(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !DETAIL_NODE_ATTRIBUTES.includes(name) && !DETAIL_EDGE_ATTRIBUTES.includes(name)));
}

describe('view file addresses', () => {
  it("finds the graph.json beside a view file, and the view file a graph's response names", () => {
    const link = (value: string) => new Response('', { headers: { link: value } });
    const type = 'rel="alternate"; type="application/vnd.papergraph.view+json"';
    expect(viewFileLink(link(`<graph.view.json>; ${type}`), 'http://127.0.0.1:4173/maps/graph.json')).toBe('http://127.0.0.1:4173/maps/graph.view.json');
    expect(viewFileLink(link(`<a.css>; rel="preload", <big%20map.view.json>; ${type}`), 'http://127.0.0.1:4173/m/big%20map.json')).toBe('http://127.0.0.1:4173/m/big%20map.view.json');
    // Another type, another site, or no header: none.
    expect(viewFileLink(link('<graph.view.json>; rel="alternate"'), 'http://127.0.0.1:4173/graph.json')).toBeNull();
    expect(viewFileLink(link(`<https://elsewhere.example/v.json>; ${type}`), 'http://127.0.0.1:4173/graph.json')).toBeNull();
    expect(viewFileLink(new Response(''), 'http://127.0.0.1:4173/graph.json')).toBeNull();
    expect(detailsUrlOf('http://127.0.0.1:4173/maps/graph.view.json')).toBe('http://127.0.0.1:4173/maps/graph.json');
    expect(detailsUrlOf('http://127.0.0.1:4173/maps/graph.json')).toBeNull();
    expect(fileKind('graph.view.json', '{"format":"papergraph-view","version":1,"options":{}}')).toBe('view');
  });
});

describe('a graph from its view file', () => {
  it("keeps neighbours in core's store (prototype-less objects: a whole field's links are added twice as fast), as a graph.json opened does", () => {
    const neighbours = (graph: object, key: string) => (graph as { _nodes: Map<string, { in: object; out: object }> })._nodes.get(key)!;
    const paper = core.findNode((_key, attributes) => attributes.kind === 'paper')!;
    for (const graph of [graphFromView(view).graph, normalizeGraph(core)]) {
      expect(Object.getPrototypeOf(neighbours(graph, paper).out)).toBeNull();
      expect(Object.getPrototypeOf(neighbours(graph, paper).in)).toBeNull();
      expect(graph.outNeighbors(paper)).toEqual(core.outNeighbors(paper));
    }
  });

  it('has every node and link of graph.json with their attributes, but the details', () => {
    const { graph, overview, pendingLinks } = graphFromView(view);
    expect(pendingLinks).toBeNull();
    expect(graph.nodes()).toEqual(core.nodes());
    expect(graph.edges()).toEqual(core.edges());
    core.forEachNode((key, attributes) => expect(graph.getNodeAttributes(key)).toEqual(withoutDetails(attributes)));
    core.forEachEdge((key, attributes, source, target) => {
      expect(graph.source(key)).toBe(source);
      expect(graph.target(key)).toBe(target);
      expect(graph.getEdgeAttributes(key)).toEqual(withoutDetails(attributes));
    });
    // The community table, the entity map the CLI computed, and the overview's regions.
    expect(graph.getAttribute('communities')?.map((c) => c.id).sort()).toEqual([...new Set(core.mapNodes((_k, a) => a.community as number))].sort());
    expect(graph.getAttribute('entityMap')).toEqual(view.entityMap);
    expect(overview.communities.length).toBe(graph.getAttribute('communities')?.length);
  });

  it('past the threshold, shows the nodes but authors first, then adds authors and links in slices, to the same graph', () => {
    const { graph, pendingLinks } = graphFromView(view, 10);
    const authors = core.filterNodes((_key, attributes) => attributes.kind === 'author');
    expect(authors.length).toBeGreaterThan(0);
    expect(graph.order).toBe(core.order - authors.length);
    expect(graph.someNode((_key, attributes) => attributes.kind === 'author')).toBe(false);
    expect(graph.size).toBe(0);
    expect(pendingLinks?.total).toBe(core.size);
    expect(pendingLinks?.nodesLeft).toBe(authors.length);
    // A zero budget still adds one batch; the batches end with every node and link in, links in graph.json's order.
    let slices = 0;
    while (!pendingLinks!.addFor(0)) slices += 1;
    expect(slices).toBeLessThan(core.size);
    expect(graph.nodes().sort()).toEqual(core.nodes().sort());
    for (const author of authors) expect(graph.getNodeAttributes(author)).toEqual(withoutDetails(core.getNodeAttributes(author)));
    expect(graph.edges()).toEqual(core.edges());
  });

  it('gets its details merged in place, without graphology events (the renderer would re-index the graph)', () => {
    const { graph } = graphFromView(view);
    let events = 0;
    graph.on('nodeAttributesUpdated', () => (events += 1));
    graph.on('edgeAttributesUpdated', () => (events += 1));
    const paper = core.findNode((_key, attributes) => attributes.kind === 'paper' && typeof attributes.abstract === 'string')!;
    const edge = core.findEdge((_key, attributes) => typeof attributes.evidence === 'string')!;
    expect(graph.getNodeAttribute(paper, 'abstract')).toBeUndefined();
    const details = mergedNodeAttributes(DETAIL_NODE_ATTRIBUTES);
    // core's colour is not merged: the viewer colours nodes itself.
    expect(details).not.toContain('color');
    const nodeDetails = Object.fromEntries(details.filter((name) => core.getNodeAttribute(paper, name) !== undefined).map((name) => [name, core.getNodeAttribute(paper, name)]));
    expect(mergeDetails(graph, 'nodes', [[paper, nodeDetails], ['paper:unknown', { abstract: 'x' }]])).toBe(1);
    expect(mergeDetails(graph, 'edges', [[edge, { evidence: core.getEdgeAttribute(edge, 'evidence') }]])).toBe(1);
    expect(graph.getNodeAttribute(paper, 'abstract')).toBe(core.getNodeAttribute(paper, 'abstract'));
    expect(graph.getNodeAttribute(paper, 'title')).toBe(core.getNodeAttribute(paper, 'title'));
    expect(graph.getEdgeAttribute(edge, 'evidence')).toBe(core.getEdgeAttribute(edge, 'evidence'));
    expect(events).toBe(0);
  });
});

describe('loading a graph.json address', () => {
  /** Answers the files given (with their headers), 404 for anything else; records what was asked and what was aborted. */
  function stubFetch(files: Record<string, { body: string; headers?: Record<string, string> }>): { restore: () => void; asked: string[]; aborted: string[] } {
    const original = globalThis.fetch;
    const asked: string[] = [];
    const aborted: string[] = [];
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      asked.push(url);
      init?.signal?.addEventListener('abort', () => aborted.push(url));
      const file = files[url];
      return file === undefined ? new Response('no', { status: 404, statusText: 'Not Found' }) : new Response(file.body, { status: 200, headers: file.headers ?? {} });
    }) as typeof fetch;
    return { restore: () => void (globalThis.fetch = original), asked, aborted };
  }
  const link = { link: '<graph.view.json>; rel="alternate"; type="application/vnd.papergraph.view+json"' };

  it('reads the view file its server names instead of its body, and leaves the details to graph.json', async () => {
    const stub = stubFetch({
      'http://127.0.0.1:4173/maps/graph.view.json': { body: JSON.stringify(view) },
      'http://127.0.0.1:4173/maps/graph.json': { body: toGraphJSON(built), headers: link },
    });
    try {
      const loaded = await loadUrl('http://127.0.0.1:4173/maps/graph.json');
      expect(stub.asked).toEqual(['http://127.0.0.1:4173/maps/graph.json', 'http://127.0.0.1:4173/maps/graph.view.json']);
      // graph.json's body is dropped unread: the details worker reads it again, after the first frame.
      expect(stub.aborted).toEqual(['http://127.0.0.1:4173/maps/graph.json']);
      expect(loaded.source).toEqual({ kind: 'url', url: 'http://127.0.0.1:4173/maps/graph.json' });
      expect(loaded.sourceName).toBe('graph.json');
      expect(loaded.graph.order).toBe(core.order);
      expect(loaded.details).toEqual({ url: 'http://127.0.0.1:4173/maps/graph.json', nodes: DETAIL_NODE_ATTRIBUTES, edges: DETAIL_EDGE_ATTRIBUTES });
      expect(loaded.overview?.communities.length).toBeGreaterThan(0);
    } finally {
      stub.restore();
    }
  });

  it('without a view file named (or with one that is not there), reads graph.json as before', async () => {
    const stub = stubFetch({ 'http://127.0.0.1:4173/graph.json': { body: toGraphJSON(built) }, 'http://127.0.0.1:4173/old/graph.json': { body: toGraphJSON(built), headers: link } });
    try {
      const loaded = await loadUrl('http://127.0.0.1:4173/graph.json');
      expect(stub.asked).toEqual(['http://127.0.0.1:4173/graph.json']);
      const stale = await loadUrl('http://127.0.0.1:4173/old/graph.json');
      expect(stale.graph.order).toBe(core.order);
      expect(stale.details).toBeUndefined();
      expect(loaded.details).toBeUndefined();
      expect(loaded.graph.getNodeAttribute(core.nodes()[0]!, 'kind')).toBeDefined();
    } finally {
      stub.restore();
    }
  });

  it("opens a view file's own address, with the graph.json beside it for details; a dropped one has none", async () => {
    const stub = stubFetch({ 'http://127.0.0.1:4173/m/graph.view.json': { body: JSON.stringify(view) } });
    try {
      const loaded = await loadUrl('http://127.0.0.1:4173/m/graph.view.json');
      expect(loaded.details?.url).toBe('http://127.0.0.1:4173/m/graph.json');
      expect(loaded.source).toEqual({ kind: 'url', url: 'http://127.0.0.1:4173/m/graph.json' });
    } finally {
      stub.restore();
    }
    const dropped = await loadText({ name: 'graph.view.json', text: JSON.stringify(view), bytes: 1 });
    expect(dropped.graph.size).toBe(core.size);
    expect(dropped.details).toBeUndefined();
  });
});

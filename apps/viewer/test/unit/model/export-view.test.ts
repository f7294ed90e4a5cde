import { OUTPUT_FORMATS } from '@papergraph/core';
import { describe, expect, it } from 'vitest';
import { exportBaseName, exportFileName, visibleSubgraph } from '../../../src/model/export-view.ts';
import { computeVisibility, defaultFilters, type FilterState } from '../../../src/model/filters.ts';
import { smallGraph } from '../fixture.ts';

const filters = (patch: Partial<FilterState>): FilterState => ({ ...defaultFilters(0), ...patch });

describe('exporting what the view shows', () => {
  it('leaves out hidden kinds and their links, keeps every other node and link with its attributes', () => {
    const graph = smallGraph();
    const state = filters({ hiddenKinds: new Set(['author']) });
    const visibility = computeVisibility(graph, state);
    const out = visibleSubgraph(graph, visibility, state, null);
    expect(out.order).toBe(graph.order - 3);
    expect(out.someNode((_key, attributes) => attributes.kind === 'author')).toBe(false);
    expect(out.someEdge((_key, attributes) => attributes.relation === 'wrote')).toBe(false);
    expect(out.size).toBe(visibility.visibleEdgeCount);
    expect(out.getNodeAttributes('model:llama-2-7b')).toEqual(graph.getNodeAttributes('model:llama-2-7b'));
    expect(out.nodes()).toEqual(graph.nodes().filter((key) => !visibility.hiddenNodes.has(key)));
    expect(out.getAttribute('viewFilter')).toMatchObject({ nodes: 9, ofNodes: 12, hiddenKinds: ['author'], from: null });
    // The graph shown is not touched.
    expect(graph.order).toBe(12);
  });

  it('recounts the community table over the members kept and drops emptied communities', () => {
    const graph = smallGraph();
    const state = filters({ hiddenCommunities: new Set([1]), hiddenKinds: new Set(['author']) });
    const out = visibleSubgraph(graph, computeVisibility(graph, state), state, { from: '2025-01', to: null });
    expect(out.getAttribute('communities')).toEqual([{ id: 0, label: 'Llama-2-7B · Mistral-7B · LoRA', size: 6 }]);
    expect(out.getAttribute('viewFilter')).toMatchObject({ hiddenCommunities: [1], from: '2025-01', to: null });
  });

  it('recounts sub-communities (size, kinds, top members) and drops those emptied', () => {
    const graph = smallGraph();
    const split: Record<string, number> = { 'paper:kron-lora': 0, 'model:llama-2-7b': 0, 'model:mistral-7b': 0, 'author:jane doe': 1 };
    for (const [key, id] of Object.entries(split)) graph.setNodeAttribute(key, 'subcommunity', id);
    graph.setAttribute('subcommunities', [
      { community: 0, id: 0, label: 'Llama-2-7B · Mistral-7B', size: 3, kinds: { paper: 1, model: 2 }, top: ['model:llama-2-7b', 'model:mistral-7b'] },
      { community: 0, id: 1, label: 'Jane Doe', size: 1, kinds: { author: 1 }, top: ['author:jane doe'] },
    ]);
    const state = filters({ hiddenKinds: new Set(['author']), hiddenRelations: new Set() });
    const noMistral = computeVisibility(graph, state, new Set(['model:mistral-7b']));
    const out = visibleSubgraph(graph, noMistral, state, null);
    expect(out.getAttribute('subcommunities')).toEqual([{ community: 0, id: 0, label: 'Llama-2-7B · Mistral-7B', size: 2, kinds: { paper: 1, model: 1 }, top: ['model:llama-2-7b'] }]);
  });

  it('leaves out links of hidden relations, and every writer of the registry takes the result', () => {
    const graph = smallGraph();
    const state = filters({ hiddenRelations: new Set(['tagged']) });
    const out = visibleSubgraph(graph, computeVisibility(graph, state), state, null);
    expect(out.order).toBe(graph.order);
    expect(out.size).toBe(graph.size - 3);
    const text = (format: (typeof OUTPUT_FORMATS)[number], from: typeof graph) =>
      [...format.chunks(from)].map((chunk) => (typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk))).join('');
    for (const format of OUTPUT_FORMATS) {
      const written = text(format, out);
      // Every writer of the registry takes the filtered graph, and writes something else than for the whole graph.
      expect(written.length, format.name).toBeGreaterThan(0);
      expect(written, format.name).not.toBe(text(format, graph));
      const links = format.name === 'json' ? (JSON.parse(written) as { edges: unknown[] }).edges.length : format.name === 'graphml' || format.name === 'gexf' ? written.match(/<edge\b/g)?.length : null;
      if (links !== null) expect(links, format.name).toBe(graph.size - 3);
      // GEXF has no graph attributes (core writes only its creator into <meta>).
      if (format.name === 'json' || format.name === 'graphml') expect(written).toContain('viewFilter');
    }
  });
});

describe('download names', () => {
  it('start with the shown graph\'s name without its extensions, the view file\'s `.view` included', () => {
    expect(exportBaseName('graph.json')).toBe('graph');
    expect(exportBaseName('graph.view.json')).toBe('graph');
    expect(exportBaseName('notes.md')).toBe('notes');
    expect(exportBaseName('records.jsonl.gz')).toBe('records');
    expect(exportBaseName('my library.bib')).toBe('my_library');
    expect(exportBaseName('a.bib, b.ris')).toBe('a_b');
    expect(exportBaseName('llama-2-7b')).toBe('llama-2-7b');
    expect(exportBaseName('')).toBe('graph');
    expect(exportBaseName('.ris')).toBe('graph');
  });

  it('give every format of core\'s registry its own name, filtered or not, ending as the CLI\'s file does', () => {
    for (const suffix of ['', '-view']) {
      const names = OUTPUT_FORMATS.map((format) => exportFileName('notes', suffix, format.fileName));
      expect(new Set(names).size).toBe(OUTPUT_FORMATS.length);
      for (const [i, format] of OUTPUT_FORMATS.entries()) expect(names[i]).toBe(`notes${suffix}${format.fileName.slice('graph'.length)}`);
    }
    expect(exportFileName('graph', '', 'graph.view.json')).toBe('graph.view.json');
    expect(exportFileName('graph', '-view', 'graph.view.json')).toBe('graph-view.view.json');
    expect(exportFileName('graph', '-view', 'graph.json')).toBe('graph-view.json');
  });
});

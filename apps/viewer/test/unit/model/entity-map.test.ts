import { entityMap, entityMapRadius } from '@papergraph/core';
import { describe, expect, it } from 'vitest';
import { applyAppearance } from '../../../src/graph/appearance.ts';
import {
  buildEntityMapGraph,
  CO_OCCURRENCE_RELATION,
  coOccurrenceWidth,
  defaultCanvasView,
  ENTITY_MAP_FROM_NODES,
  entityMapOf,
  entityRadius,
  MAP_MAX_LINKS,
} from '../../../src/model/entity-map.ts';
import { computeVisibility, defaultFilters } from '../../../src/model/filters.ts';
import { timeGraph } from '../../fixtures/time-graph.ts';
import { smallGraph } from '../fixture.ts';

const nothingHidden = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };

describe('the entity map as drawn', () => {
  it('opens by default from ENTITY_MAP_FROM_NODES nodes', () => {
    expect(defaultCanvasView(ENTITY_MAP_FROM_NODES - 1)).toBe('graph');
    expect(defaultCanvasView(ENTITY_MAP_FROM_NODES)).toBe('entities');
  });

  it('draws every mapped entity with its papers, community and colour, and one link per co-occurrence', () => {
    const graph = smallGraph();
    applyAppearance(graph, 'community');
    const map = entityMapOf(graph);
    const drawn = buildEntityMapGraph(graph, map, { hidden: nothingHidden, papersOf: [] });
    expect(drawn.nodes().sort()).toEqual(map.nodes.map((n) => n.key).sort());
    // Kron-LoRA's paper names Llama-2-7B, Mistral-7B, LoRA, Kron-LoRA and MATH-500: they are all linked pairwise.
    expect(drawn.hasNode('method:lora')).toBe(true);
    expect(drawn.areNeighbors('method:lora', 'model:mistral-7b')).toBe(true);
    // TruthfulQA is named only with Mistral-7B (the equitable-AI paper): no link to LoRA.
    expect(drawn.areNeighbors('dataset:truthfulqa', 'method:lora')).toBe(false);
    drawn.forEachEdge((_edge, attributes) => expect(attributes.relation).toBe(CO_OCCURRENCE_RELATION));
    for (const node of map.nodes) {
      const attributes = drawn.getNodeAttributes(node.key);
      expect(attributes.papers).toBe(node.papers);
      expect(attributes.color).toBe(graph.getNodeAttribute(node.key, 'color'));
      expect([attributes.x, attributes.y]).toEqual([node.x, node.y]);
    }
    const mistral = drawn.getNodeAttribute('model:mistral-7b', 'displaySize')!;
    const lora = drawn.getNodeAttribute('method:lora', 'displaySize')!;
    expect(mistral).toBeGreaterThan(lora);
  });

  it('leaves out what the filters hide, with its links', () => {
    const graph = smallGraph();
    const hidden = computeVisibility(graph, { ...defaultFilters(graph.order), hiddenKinds: new Set(['dataset']) });
    const drawn = buildEntityMapGraph(graph, entityMapOf(graph), { hidden, papersOf: [] });
    expect(drawn.filterNodes((_n, a) => a.kind === 'dataset')).toEqual([]);
    expect(drawn.order).toBeGreaterThan(0);
  });

  it('draws the papers of a chosen entity around it, linked to every drawn entity they name under their own edge keys', () => {
    const graph = smallGraph();
    const drawn = buildEntityMapGraph(graph, entityMapOf(graph), { hidden: nothingHidden, papersOf: ['model:mistral-7b'] });
    const papers = drawn.filterNodes((_n, a) => a.kind === 'paper').sort();
    expect(papers).toEqual(['paper:equitable-ai', 'paper:kron-lora']);
    for (const paper of papers) {
      graph.forEachOutEdge(paper, (edge, attributes, _source, target) => {
        if (drawn.hasNode(target)) expect(drawn.hasEdge(edge)).toBe(true);
        if (drawn.hasEdge(edge)) expect(drawn.getEdgeAttribute(edge, 'relation')).toBe(attributes.relation);
      });
    }
    // Near the entity: closer to it than the map's spread.
    const centre = drawn.getNodeAttributes('model:mistral-7b');
    for (const paper of papers) {
      const p = drawn.getNodeAttributes(paper);
      expect(Math.hypot(p.x! - centre.x!, p.y! - centre.y!)).toBeLessThan(2);
    }
  });

  it('draws a selection the map leaves out among what it is tied to: a paper with its links, an entity by co-occurrence', () => {
    const graph = smallGraph();
    // Named by two papers: only Llama-2-7B and Mistral-7B are on the map.
    const map = entityMap(graph, { minPapers: 2 });
    expect(map.nodes.map((n) => n.key).sort()).toEqual(['model:llama-2-7b', 'model:mistral-7b']);
    const withPaper = buildEntityMapGraph(graph, map, { hidden: nothingHidden, papersOf: [], selected: 'paper:kron-lora' });
    expect(withPaper.order).toBe(3);
    expect(withPaper.outNeighbors('paper:kron-lora').sort()).toEqual(['model:llama-2-7b', 'model:mistral-7b']);
    const paper = withPaper.getNodeAttributes('paper:kron-lora');
    const [a, b] = ['model:llama-2-7b', 'model:mistral-7b'].map((key) => withPaper.getNodeAttributes(key));
    expect(paper.x).toBeCloseTo((a!.x! + b!.x!) / 2, 6);
    const withEntity = buildEntityMapGraph(graph, map, { hidden: nothingHidden, papersOf: [], selected: 'dataset:truthfulqa' });
    expect(withEntity.neighbors('dataset:truthfulqa')).toEqual(['model:mistral-7b']);
    expect(withEntity.getEdgeAttributes(withEntity.edges('dataset:truthfulqa')[0]!).relation).toBe(CO_OCCURRENCE_RELATION);
    // On the map already, hidden, or unknown: nothing added.
    expect(buildEntityMapGraph(graph, map, { hidden: nothingHidden, papersOf: [], selected: 'model:mistral-7b' }).order).toBe(2);
    const hidden = { hiddenNodes: new Set(['paper:kron-lora']), hiddenEdges: new Set<string>() };
    expect(buildEntityMapGraph(graph, map, { hidden, papersOf: [], selected: 'paper:kron-lora' }).order).toBe(2);
    expect(buildEntityMapGraph(graph, map, { hidden: nothingHidden, papersOf: [], selected: 'paper:none' }).order).toBe(2);
  });

  it('on a real graph: draws at most MAP_MAX_LINKS links, the most shared', () => {
    const graph = timeGraph();
    const map = entityMap(graph, { maxLinks: 5000 });
    const drawn = buildEntityMapGraph(graph, map, { hidden: nothingHidden, papersOf: [] });
    expect(drawn.size).toBe(Math.min(MAP_MAX_LINKS, map.links.length));
    const weakestDrawn = Math.min(...drawn.mapEdges((_e, a) => Number(a.papers)));
    const strongestLeft = Math.max(0, ...map.links.slice(MAP_MAX_LINKS).map((l) => l.papers));
    expect(weakestDrawn).toBeGreaterThanOrEqual(strongestLeft);
  });

  it('uses the map a graph carries (entityMap attribute) instead of computing one', () => {
    const graph = smallGraph();
    const carried = { ...entityMap(graph), minPapers: 99 };
    graph.setAttribute('entityMap', carried);
    expect(entityMapOf(graph)).toBe(carried);
    graph.setAttribute('entityMap', { nodes: 'not a map' });
    expect(entityMapOf(graph).minPapers).toBe(1);
  });

  it('sizes entities by papers and links by shared papers, both growing and bounded', () => {
    // Core's radius when the map has one (what its overlap removal kept apart), else core's formula for the same map.
    expect(entityRadius({ papers: 3, radius: 0.7 }, 100, 500)).toBe(0.7);
    expect(entityRadius({ papers: 100 }, 100, 500)).toBe(entityMapRadius(100, 100, 500));
    expect(entityRadius({ papers: 1 }, 100, 500)).toBeLessThan(entityRadius({ papers: 4 }, 100, 500));
    expect(coOccurrenceWidth(1)).toBe(0.5);
    expect(coOccurrenceWidth(10)).toBeGreaterThan(coOccurrenceWidth(2));
    expect(coOccurrenceWidth(1e9)).toBe(6);
  });
});

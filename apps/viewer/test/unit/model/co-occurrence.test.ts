import { changeG, SIGNIFICANT_G } from '@papergraph/core';
import { describe, expect, it } from 'vitest';
import { coOccurring, CO_OCCURRING_SHOWN, liftText } from '../../../src/model/co-occurrence.ts';
import type { ViewerGraph } from '../../../src/graph/types.ts';
import { timeGraph } from '../../fixtures/time-graph.ts';
import { smallGraph } from '../fixture.ts';

const MENTIONS = ['proposes', 'uses', 'evaluates_on'];
const ENTITIES = ['model', 'method', 'dataset'];

/** Each own paper → the entities it mentions, read edge by edge (the reference the model is checked against). */
function mentions(graph: ViewerGraph): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!MENTIONS.includes(attributes.relation)) return;
    if (graph.getNodeAttribute(source, 'kind') !== 'paper' || graph.getNodeAttribute(source, 'stub') === true) return;
    if (!ENTITIES.includes(graph.getNodeAttribute(target, 'kind'))) return;
    named.set(source, new Set([...(named.get(source) ?? []), target]));
  });
  return named;
}

describe('what goes with an entity (co-occurrence)', () => {
  const graph = timeGraph();
  const byPaper = mentions(graph);
  const total = byPaper.size;
  const papersOf = (entity: string) => [...byPaper].filter(([, named]) => named.has(entity)).map(([paper]) => paper);

  it('counts the papers naming both, the share of its papers and the lift over the papers naming an entity', () => {
    const found = coOccurring(graph, 'model:gpt-4');
    const own = papersOf('model:gpt-4');
    expect(found.papers).toBe(own.length);
    expect(found.total).toBe(total);
    expect(found.rows.length).toBeGreaterThan(0);
    expect(found.rows.length).toBeLessThanOrEqual(CO_OCCURRING_SHOWN);
    for (const row of found.rows) {
      const both = own.filter((paper) => byPaper.get(paper)!.has(row.key)).length;
      const named = papersOf(row.key).length;
      expect(row.key).not.toBe('model:gpt-4');
      expect(row.shared).toBe(both);
      expect(row.papers).toBe(named);
      expect(row.share).toBeCloseTo(both / own.length, 10);
      expect(row.lift).toBeCloseTo((both * total) / (own.length * named), 10);
      expect(row.g).toBe(changeG(both, own.length, named - both, total - own.length));
      // Only pairs named together more than chance, beyond chance, two papers at least for an entity of four or more.
      expect(row.lift).toBeGreaterThan(1);
      expect(row.g).toBeGreaterThanOrEqual(SIGNIFICANT_G);
      expect(row.shared).toBeGreaterThanOrEqual(2);
    }
    // Most associated first.
    const g = found.rows.map((row) => row.g);
    expect(g).toEqual([...g].sort((a, b) => b - a));
  });

  it('ranks by association, not by popularity: the most named entity shared with it does not come first for that alone', () => {
    const own = papersOf('model:gpt-4');
    // Every entity named with GPT-4 by two papers or more, by shared papers: the raw count's order.
    const byCount = [...new Set(own.flatMap((paper) => [...byPaper.get(paper)!]))]
      .filter((key) => key !== 'model:gpt-4')
      .map((key) => ({ key, shared: own.filter((paper) => byPaper.get(paper)!.has(key)).length, named: papersOf(key).length }))
      .sort((a, b) => b.shared - a.shared || (a.key < b.key ? -1 : 1));
    const found = coOccurring(graph, 'model:gpt-4', Infinity);
    // An entity named with it often but as often elsewhere (lift at or below 1) is not listed at all.
    const ubiquitous = byCount.filter((row) => (row.shared * total) / (own.length * row.named) <= 1);
    for (const row of ubiquitous) expect(found.rows.map((r) => r.key)).not.toContain(row.key);
    expect(found.rows.map((row) => row.key)).not.toEqual(byCount.slice(0, found.rows.length).map((row) => row.key));
  });

  it('does not count the listing’s tags, and lists nothing for a node that is no entity', () => {
    const small = smallGraph();
    // Mistral-7B's two papers name Llama-2-7B once by use (kron-lora) and once by tag only (equitable-ai).
    const found = coOccurring(small, 'model:mistral-7b', Infinity);
    expect(found.papers).toBe(2);
    expect(found.total).toBe(3);
    for (const row of found.rows) expect(row.shared).toBeLessThanOrEqual(1);
    expect(coOccurring(small, 'paper:kron-lora')).toEqual({ papers: 0, total: 0, rows: [] });
    expect(coOccurring(small, 'author:jane doe').rows).toEqual([]);
  });

  it('writes a lift with one decimal, whole from 100', () => {
    expect(liftText(38.84)).toBe('38.8×');
    expect(liftText(1.05)).toBe('1.1×');
    expect(liftText(146.1)).toBe('146×');
  });
});

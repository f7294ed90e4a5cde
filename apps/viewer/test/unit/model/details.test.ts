import { describe, expect, it } from 'vitest';
import { highlightEntities, nodeDetails } from '../../../src/model/details.ts';
import { smallGraph } from '../fixture.ts';

describe('node details', () => {
  const graph = smallGraph();

  it('paper: authors in order, abstract with linked entities highlighted, links grouped by relation', () => {
    const details = nodeDetails(graph, 'paper:vector-arithmetic');
    if (details?.type !== 'paper') throw new Error('expected a paper');
    expect(details.authors.map((a) => a.label)).toEqual(['Sheridan Feucht', 'David Bau']);
    const highlighted = details.abstract.filter((s) => s.entityKey !== undefined);
    expect(highlighted).toEqual([{ text: 'Llama-2-7b', entityKey: 'model:llama-2-7b' }]);
    expect(details.abstract.map((s) => s.text).join('')).toBe(graph.getNodeAttribute('paper:vector-arithmetic', 'abstract'));
    expect(details.linksByRelation.map((g) => g.relation)).toEqual(['uses', 'tagged']);
  });

  it('paper: its date as core reads it, from the arXiv id before the year; none when nothing dates it', () => {
    const dates = graph.filterNodes((_key, attributes) => attributes.kind === 'paper').map((key) => {
      const details = nodeDetails(graph, key);
      return details?.type === 'paper' ? [graph.getNodeAttribute(key, 'arxivId') ?? null, details.year ?? null, details.date ?? null] : null;
    });
    expect(dates).toContainEqual(['2508.01961', 2025, '2025-08']);
    expect(dates).toContainEqual([null, 2025, '2025']);
    expect(dates).toContainEqual([null, null, null]);
  });

  it('entity: aliases, facts and papers with evidence', () => {
    const details = nodeDetails(graph, 'model:mistral-7b');
    if (details?.type !== 'entity') throw new Error('expected an entity');
    expect(details.facts).toContainEqual({ name: 'size', value: '7B' });
    const uses = details.papersByRelation.find((g) => g.relation === 'uses');
    expect(uses?.nodes).toHaveLength(2);
    expect(uses?.nodes[0]?.evidence).toContain('Mistral-7B');
  });

  it('author: papers and co-authors', () => {
    const details = nodeDetails(graph, 'author:sheridan feucht');
    if (details?.type !== 'author') throw new Error('expected an author');
    expect(details.coauthors.map((c) => c.label)).toEqual(['David Bau']);
    expect(nodeDetails(graph, 'nope')).toBeNull();
  });

  it('highlights the longest name on word boundaries and leaves markup as plain text', () => {
    const segments = highlightEntities('Llama-2-7B beats Llama <b>x</b>; xLoRA is not LoRA.', [
      { name: 'Llama', entityKey: 'a' },
      { name: 'Llama-2-7B', entityKey: 'b' },
      { name: 'LoRA', entityKey: 'c' },
    ]);
    expect(segments.filter((s) => s.entityKey).map((s) => [s.text, s.entityKey])).toEqual([
      ['Llama-2-7B', 'b'],
      ['Llama', 'a'],
      ['LoRA', 'c'],
    ]);
    expect(segments.map((s) => s.text).join('')).toContain('<b>x</b>');
  });
});

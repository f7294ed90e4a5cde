import { describe, expect, it } from 'vitest';
import { applyAppearance } from '../../../src/graph/appearance.ts';
import { labelOrder, shortLabel } from '../../../src/view/labels.ts';
import { smallGraph } from '../fixture.ts';

describe('canvas labels', () => {
  it('are tried entities first (most papers first), then papers, then authors', () => {
    const graph = smallGraph();
    applyAppearance(graph, 'kind');
    graph.setNodeAttribute('model:llama-2-7b', 'paperCount', 3);
    graph.setNodeAttribute('dataset:truthfulqa', 'paperCount', 1);
    const order = labelOrder(graph);
    const rankOf = (kind: string) => (['model', 'method', 'dataset'].includes(kind) ? 0 : kind === 'paper' ? 1 : 2);
    const ranks = order.map((node) => rankOf(graph.getNodeAttribute(node, 'kind')));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(order[0]).toBe('model:llama-2-7b');
    expect(order.indexOf('model:llama-2-7b')).toBeLessThan(order.indexOf('dataset:truthfulqa'));
  });

  it('flatten LaTeX and cut long titles', () => {
    expect(shortLabel('E$^3$-Pruner')).toBe('E3-Pruner');
    expect(shortLabel('\\textbf{Kron-LoRA}')).toBe('Kron-LoRA');
    const long = shortLabel('A'.repeat(100));
    expect(long.length).toBe(48);
    expect(long.endsWith('…')).toBe(true);
  });
});

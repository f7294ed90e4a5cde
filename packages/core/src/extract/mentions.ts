import type { Mention } from '../types.ts';

/** The order of a paper's mentions, shared by the per-paper and the cross-paper pass: kind, then slug, then relation. */
export function compareMentions(a: Mention, b: Mention): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0;
}

/** The label most mentions carry (ties: the smallest string): the one label a node gets across papers. */
export function mostFrequentLabel(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let most = -1;
  for (const [label, count] of counts) if (count > most || (count === most && label < best)) (best = label), (most = count);
  return best;
}

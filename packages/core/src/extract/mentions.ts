/** The order of a paper's mentions, shared by the per-paper and the cross-paper pass: kind, then slug, then relation. */
import type { Mention } from '../types.ts';

export function compareMentions(a: Mention, b: Mention): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0;
}

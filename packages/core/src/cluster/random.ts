/**
 * mulberry32: a tiny seeded PRNG so Louvain's random walk is reproducible. Seeding is all we need from it,
 * and graphology takes any `() => number`, so a dependency would add nothing.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

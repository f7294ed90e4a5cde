import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/cluster/random.ts';
import { arrangeDiscs, type DiscLink } from '../../src/layout/discs.ts';

const options = { gap: 2, gapShare: 0.05 };

function overlaps(radii: Float64Array, xs: Float64Array, ys: Float64Array, gap: (a: number, b: number) => number): number {
  let count = 0;
  for (let i = 0; i < radii.length; i++)
    for (let j = i + 1; j < radii.length; j++) if (Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) < radii[i]! + radii[j]! + gap(i, j) - 1e-9) count++;
  return count;
}

/** `count` discs with radii from 1 to ~40; discs below `linked` form a chain plus random links; the rest are alone. */
function discs(count: number, linked: number, seed: number) {
  const rng = seededRandom(seed);
  const radii = Float64Array.from({ length: count }, () => 1 + 40 * rng() ** 3);
  const links: DiscLink[] = [];
  for (let i = 1; i < linked; i++) links.push({ a: i - 1, b: i, weight: 1 + 10 * rng() });
  for (let k = 0; k < linked; k++) {
    const a = Math.floor(rng() * linked);
    const b = Math.floor(rng() * linked);
    if (a !== b && !links.some((l) => l.a === Math.min(a, b) && l.b === Math.max(a, b))) links.push({ a: Math.min(a, b), b: Math.max(a, b), weight: 2 });
  }
  return { radii, links: links.sort((p, q) => p.a - q.a || p.b - q.b) };
}

describe('disc arrangement', () => {
  it('never overlaps discs (gap included) and holds them all in its radius', () => {
    for (const seed of [1, 2, 3]) {
      const { radii, links } = discs(120, 80, seed);
      const { xs, ys, radius } = arrangeDiscs(radii, links, options);
      expect(overlaps(radii, xs, ys, (a, b) => options.gap + options.gapShare * (radii[a]! + radii[b]!))).toBe(0);
      for (let i = 0; i < radii.length; i++) expect(Math.hypot(xs[i]!, ys[i]!) + radii[i]!).toBeLessThanOrEqual(radius + 1e-9);
    }
  });

  it('keeps linked discs near each other and packs unlinked ones in a block beside, not around, the main group', () => {
    const { radii, links } = discs(150, 60, 4);
    const { xs, ys } = arrangeDiscs(radii, links, options);
    let mainRight = -Infinity;
    for (let i = 0; i < 60; i++) mainRight = Math.max(mainRight, xs[i]! + radii[i]!);
    for (let i = 60; i < 150; i++) expect(xs[i]! - radii[i]!).toBeGreaterThan(mainRight);
    // Linked pairs are closer than pairs in general.
    const mean = (pairs: [number, number][]) => pairs.reduce((s, [a, b]) => s + Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!), 0) / pairs.length;
    const all: [number, number][] = [];
    for (let a = 0; a < 60; a++) for (let b = a + 1; b < 60; b++) all.push([a, b]);
    expect(mean(links.map((l) => [l.a, l.b]))).toBeLessThan(0.8 * mean(all));
  });

  it('is compact: the discs fill a good share of the circle around them', () => {
    const { radii, links } = discs(100, 100, 5);
    const { radius } = arrangeDiscs(radii, links, options);
    const area = radii.reduce((sum, r) => sum + Math.PI * r * r, 0);
    expect(area / (Math.PI * radius * radius)).toBeGreaterThan(0.35);
  });

  it('gives the same centres every run, and handles one disc and none', () => {
    const { radii, links } = discs(60, 40, 6);
    const a = arrangeDiscs(radii, links, options);
    const b = arrangeDiscs(radii, links, options);
    expect([...b.xs]).toEqual([...a.xs]);
    expect([...b.ys]).toEqual([...a.ys]);
    expect(arrangeDiscs(Float64Array.of(3), [], options)).toEqual({ xs: Float64Array.of(0), ys: Float64Array.of(0), radius: 3 });
    expect(arrangeDiscs(new Float64Array(0), [], options).radius).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { LinearModel, seededRandom, toModelFile, trainPerceptron, type Example } from '../../../src/extract/learned/perceptron.ts';

const CLASSES = ['none', 'a', 'b'];

/** Class k is signalled by feature 10 + k; feature 1 is noise on every example; proposes follows feature 20. */
function toyExamples(): Example[] {
  const rand = seededRandom(7);
  const out: Example[] = [];
  for (let i = 0; i < 300; i++) {
    const kind = Math.floor(rand() * 3);
    const proposes = rand() < 0.5 ? 1 : 0;
    const features = [1, 10 + kind];
    if (proposes) features.push(20);
    if (rand() < 0.3) features.push(30 + Math.floor(rand() * 5));
    out.push({ features, kind, proposes, weight: 1 });
  }
  return out;
}

describe('averaged perceptron', () => {
  const opts = { classes: 3, buckets: 64, epochs: 4, seed: 1 };

  it('learns a separable problem, kinds and proposes', () => {
    const file = toModelFile(trainPerceptron(toyExamples(), opts), CLASSES, 6, 64, 'toy');
    const m = new LinearModel(file);
    for (let k = 0; k < 3; k++) {
      const s = m.score([1, 10 + k]);
      expect(s.slice(0, 3).indexOf(Math.max(...s.slice(0, 3)))).toBe(k);
    }
    expect(m.score([1, 11, 20])[3]).toBeGreaterThan(0);
    expect(m.score([1, 11])[3]).toBeLessThan(0);
  });

  it('is deterministic: same examples and seed give the same bytes; another seed may differ only in weights', () => {
    const a = JSON.stringify(toModelFile(trainPerceptron(toyExamples(), opts), CLASSES, 6, 64, 'toy'));
    const b = JSON.stringify(toModelFile(trainPerceptron(toyExamples(), opts), CLASSES, 6, 64, 'toy'));
    expect(a).toBe(b);
  });

  it('keeps the buckets with the largest weights, in bucket order, and ignores unknown buckets when scoring', () => {
    const file = toModelFile(trainPerceptron(toyExamples(), opts), CLASSES, 6, 3, 'toy');
    expect(file.buckets.length).toBeLessThanOrEqual(3);
    expect([...file.buckets].sort((x, y) => x - y)).toEqual(file.buckets);
    expect(file.weights.length).toBe(file.buckets.length * 4);
    const m = new LinearModel(file);
    expect(m.score([63, 62])).toEqual([0, 0, 0, 0]);
  });

  it('rejects a file whose rows do not fit its classes, or with a bucket past its hash bits', () => {
    expect(() => new LinearModel({ about: '', hashBits: 4, classes: CLASSES, buckets: [1], weights: [1, 2] })).toThrow(/weights/);
    expect(() => new LinearModel({ about: '', hashBits: 4, classes: CLASSES, buckets: [16], weights: [1, 2, 3, 4] })).toThrow(/bucket 16/);
  });

  it('adds the rows of repeated buckets twice and skips buckets past its hash bits', () => {
    const m = new LinearModel({ about: '', hashBits: 4, classes: ['none', 'x', 'y'], buckets: [2, 15], weights: [1, 2, 3, 4, 0.5, 0, -1, 2] });
    expect(m.score([2, 2, 15, 7, 99])).toEqual([2.5, 4, 5, 10]);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});

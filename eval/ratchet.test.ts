/**
 * Ratchet: extraction quality on the dev set may only go up. The floors are the scores reached when they were
 * last raised (run `pnpm eval` and raise them here when a change improves a score; never lower them). They were
 * reset once, after lexicon entries that existed only for single dev papers were pruned (honest numbers).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Report } from './harness.ts';

const FLOORS = {
  models: { precision: 0.981, recall: 0.949, f1: 0.965 },
  datasets: { precision: 0.962, recall: 0.914, f1: 0.937 },
  proposes: { precision: 0.98, recall: 0.753, f1: 0.859 },
  methods: { precision: 0.97, recall: 0.813, f1: 0.885 },
} as const;

describe('extraction quality on the dev set (ratchet)', () => {
  let report: Report;
  it('runs the real build on the dev papers', async () => {
    report = await evaluate();
    expect(report.source).toBe('build');
    expect(report.papers).toBe(97);
  }, 60_000);

  for (const kind of Object.keys(FLOORS) as (keyof typeof FLOORS)[]) {
    it(`${kind} stays at or above its floor`, () => {
      const s = report[kind];
      const floor = FLOORS[kind];
      expect(s.precision, `${kind} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall, `${kind} recall`).toBeGreaterThanOrEqual(floor.recall);
      expect(s.f1, `${kind} F1`).toBeGreaterThanOrEqual(floor.f1);
    });
  }

  it('meets the issue targets', () => {
    expect(report.models.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.datasets.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.proposes.f1).toBeGreaterThanOrEqual(0.85);
    expect(report.methods.recall).toBeGreaterThanOrEqual(0.8);
    expect(report.methods.precision).toBeGreaterThanOrEqual(0.8);
  });
});

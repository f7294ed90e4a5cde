/**
 * Ratchet: extraction quality may only go up. The floors are the scores reached when they were last raised (run
 * `pnpm eval` and the held-out scorer, and raise them here when a change improves a score; never lower them). They
 * were reset once, after lexicon entries that existed only for single dev papers were pruned (honest numbers).
 *
 * Besides the 97-paper dev set, the two held-out folders are guarded too: eval/holdout (40 papers, no longer blind:
 * its FINDINGS.md steered rules) and eval/holdout2 (30 papers annotated before the extractor was run on them; its
 * first run scored models 74.1, datasets 60.6, proposes 89.3 F1, methods R 72.9). A rule that helps dev but costs a
 * held-out set shows here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type Report } from './harness.ts';

type Floors = Record<'models' | 'datasets' | 'proposes' | 'methods', { precision: number; recall: number; f1: number }>;

const SETS: { name: string; dir?: string; papers: number; floors: Floors }[] = [
  {
    name: 'dev set',
    papers: 97,
    floors: {
      models: { precision: 0.98, recall: 0.95, f1: 0.966 },
      datasets: { precision: 0.97, recall: 0.94, f1: 0.955 },
      proposes: { precision: 0.99, recall: 0.805, f1: 0.89 },
      methods: { precision: 0.97, recall: 0.825, f1: 0.89 },
    },
  },
  {
    name: 'held-out set 1 (eval/holdout)',
    dir: join(import.meta.dirname, 'holdout'),
    papers: 40,
    floors: {
      models: { precision: 0.99, recall: 0.94, f1: 0.97 },
      datasets: { precision: 0.96, recall: 0.86, f1: 0.91 },
      proposes: { precision: 0.99, recall: 0.99, f1: 0.99 },
      methods: { precision: 0.99, recall: 0.93, f1: 0.96 },
    },
  },
  {
    name: 'held-out set 2 (eval/holdout2)',
    dir: join(import.meta.dirname, 'holdout2'),
    papers: 30,
    floors: {
      models: { precision: 0.85, recall: 0.8, f1: 0.82 },
      datasets: { precision: 0.9, recall: 0.95, f1: 0.925 },
      proposes: { precision: 0.92, recall: 0.96, f1: 0.94 },
      methods: { precision: 0.96, recall: 0.91, f1: 0.935 },
    },
  },
  {
    // Blind sample 1 (eval/blind): 120 papers drawn by a seeded rule and annotated by annotators who never saw the
    // extractor; the floors are its first, blind score (extractor at fa4094d), never tuned on. Blind sample 2 stays
    // sealed (not guarded, not read) until the extraction work of issue 11 is scored once on it.
    name: 'blind sample 1 (eval/blind/blind1)',
    dir: join(import.meta.dirname, 'blind/blind1'),
    papers: 120,
    floors: {
      models: { precision: 0.753, recall: 0.642, f1: 0.693 },
      datasets: { precision: 0.871, recall: 0.564, f1: 0.685 },
      proposes: { precision: 0.895, recall: 0.74, f1: 0.81 },
      methods: { precision: 0.795, recall: 0.641, f1: 0.71 },
    },
  },
];

for (const set of SETS) {
  describe(`extraction quality on the ${set.name} (ratchet)`, () => {
    let report: Report;
    it('runs the real build on the papers', async () => {
      report = await evaluate(true, set.dir);
      expect(report.source).toBe('build');
      expect(report.papers).toBe(set.papers);
    }, 60_000);

    for (const kind of Object.keys(set.floors) as (keyof Floors)[]) {
      it(`${kind} stays at or above its floor`, () => {
        const s = report[kind];
        const floor = set.floors[kind];
        expect(s.precision, `${kind} precision`).toBeGreaterThanOrEqual(floor.precision);
        expect(s.recall, `${kind} recall`).toBeGreaterThanOrEqual(floor.recall);
        expect(s.f1, `${kind} F1`).toBeGreaterThanOrEqual(floor.f1);
      });
    }

    if (!set.dir)
      it('meets the issue targets', () => {
        expect(report.models.f1).toBeGreaterThanOrEqual(0.95);
        expect(report.datasets.f1).toBeGreaterThanOrEqual(0.9);
        expect(report.proposes.f1).toBeGreaterThanOrEqual(0.85);
        expect(report.methods.recall).toBeGreaterThanOrEqual(0.8);
        expect(report.methods.precision).toBeGreaterThanOrEqual(0.8);
      });
  });
}

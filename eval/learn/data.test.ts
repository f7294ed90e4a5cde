import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPaper } from '../../packages/core/src/extract/index.ts';
import { evaluate } from '../harness.ts';
import { ROOT, evalIds, goldSets, paperCounts, scoreSet, sumCounts, TUNING_SAMPLES } from './data.ts';

const ids = (path: string) =>
  readFileSync(join(ROOT, path), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { id: string }).id);

describe('the training gold of pnpm train', () => {
  const sets = goldSets();

  it('holds every tuning sample with gold, its papers in the order of the gold, and no paper twice', () => {
    expect(sets.tuning.map((s) => s.name)).toEqual([...TUNING_SAMPLES]);
    for (const s of sets.tuning) {
      expect(s.papers.map((p) => p.id)).toEqual(s.gold.map((g) => g.id));
      // read by part, the sample is the same papers as its merged gold
      expect(s.gold.map((g) => g.id)).toEqual(ids(`eval/blind/${s.name}/gold.jsonl`));
      expect(s.papers.every((p) => p.abstract.length > 0)).toBe(true);
    }
    const all = [sets.dev, sets.holdout, sets.holdout2, ...sets.tuning].flatMap((s) => s.papers.map((p) => p.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps every annotated paper out of the silver examples, and never lists a blind sample', () => {
    const skip = evalIds();
    for (const s of [sets.dev, sets.holdout, sets.holdout2, ...sets.tuning]) for (const p of s.papers) expect(skip.has(p.id)).toBe(true);
    // the blind samples are not read by the training (their papers are corpus papers like any other)
    expect(ids('eval/blind/blind1/papers.jsonl').some((id) => skip.has(id))).toBe(false);
  });
});

describe('scoring inside pnpm train', () => {
  it('gives the harness scores (extraction without the graph build)', async () => {
    const set = goldSets().holdout2;
    const mine = scoreSet(set, extractPaper).scores;
    const harness = await evaluate(false, join(ROOT, 'eval/holdout2'));
    for (const k of ['models', 'datasets', 'proposes', 'methods'] as const) {
      expect([mine[k].tp, mine[k].fp, mine[k].fn], k).toEqual([harness[k].tp, harness[k].fp, harness[k].fn]);
      expect(mine[k].precision, k).toBeCloseTo(harness[k].precision, 10);
    }
  });

  it('adds up per-paper counts: a true hit, a false hit and a miss per kind', () => {
    const gold = { id: 'x', models: ['Zorb-7B'], datasets: ['ZorbQA', 'FlarnBench'], proposes: ['Quux'], methods_core: ['LoRA'], methods_optional: ['RAG'] };
    const m = (kind: 'model' | 'dataset' | 'method', label: string, relation: 'uses' | 'evaluates_on' | 'proposes' = 'uses') => ({ kind, slug: label.toLowerCase(), label, relation, evidence: '', aliases: [] });
    const c = paperCounts(gold, [m('model', 'Zorb-7b'), m('model', 'Other-1B'), m('dataset', 'zorb qa', 'evaluates_on'), m('method', 'Quux', 'proposes'), m('method', 'RAG'), m('method', 'Blorp')]);
    expect(c.models).toEqual([1, 1, 0]);
    expect(c.datasets).toEqual([1, 0, 1]);
    expect(c.proposes).toEqual([1, 0, 0]);
    // recall over LoRA and Quux; precision over Quux, RAG (optional: not false) and Blorp (false)
    expect(c.methods).toEqual([1, 1, 1]);
    expect(c.methodPreds).toBe(3);
    const s = sumCounts([c, c]);
    expect(s.datasets).toMatchObject({ tp: 2, fp: 0, fn: 2, precision: 1, recall: 0.5 });
    expect(s.methods.precision).toBeCloseTo(4 / 6, 10);
  });
});

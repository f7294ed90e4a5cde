import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractPaper, extractPaperWith } from '../../../src/extract/paper.ts';
import { SHIPPED, isActive, shippedStats, withCorpusStats, type LearnedSetup } from '../../../src/extract/learned/classify.ts';
import { CLASSES, HASH_BITS, featureBucket } from '../../../src/extract/learned/features.ts';
import { LinearModel, OFF, type ModelFile } from '../../../src/extract/learned/perceptron.ts';
import { STAT_FIELDS, type CorpusStatsFile } from '../../../src/extract/learned/stats.ts';
import { devDoc } from '../real-text.ts';

/** A hand-made model: a name followed by the (invented) word "quuxed" is a dataset the paper proposes. */
function handModel(kind = 2): LinearModel {
  const row = [0, 0, 0, 0, 0];
  row[kind] = 50;
  row[4] = 50;
  const file: ModelFile = { about: 'test', hashBits: HASH_BITS, classes: [...CLASSES], buckets: [featureBucket('R1:quuxed')], weights: row };
  return new LinearModel(file);
}
const setup = (t: Partial<LearnedSetup['thresholds']>, kind = 2): LearnedSetup => ({
  model: handModel(kind),
  thresholds: { model: OFF, dataset: OFF, method: OFF, proposes: OFF, ...t },
});
const doc = (abstract: string) => ({ key: 'paper:x', title: 'A study of things', abstract: `Things are hard. ${abstract}` });
const brief = (ms: ReturnType<typeof extractPaper>) => ms.map((m) => `${m.kind} ${m.label} ${m.relation}`);

describe('the learned step in extractPaper', () => {
  it('adds a candidate no rule took when the classifier is sure enough, with its relation', () => {
    const d = doc('We found that ZorbQA quuxed the baseline.');
    expect(brief(extractPaperWith(d, null))).not.toContain('dataset ZorbQA evaluates_on');
    expect(brief(extractPaperWith(d, setup({ dataset: 10 })))).toContain('dataset ZorbQA evaluates_on');
    expect(brief(extractPaperWith(d, setup({ dataset: 10, proposes: 10 })))).toContain('dataset ZorbQA proposes');
    // above the margin: nothing
    expect(brief(extractPaperWith(d, setup({ dataset: 60 })))).not.toContain('dataset ZorbQA evaluates_on');
    // a kind left off adds nothing even with a high score
    expect(brief(extractPaperWith(d, setup({ model: 10 }))).filter((x) => x.includes('ZorbQA'))).toEqual([]);
  });

  it('reads a model name with a size as family and size', () => {
    const m = extractPaperWith(doc('We found that Zephyrus-13B quuxed the baseline.'), setup({ model: 10 }, 1)).find((x) => x.label === 'Zephyrus-13B');
    expect(m).toMatchObject({ kind: 'model', relation: 'uses', model: { family: 'Zephyrus', size: '13B' } });
  });

  it('never overrides a rule: a name the rules took, hardware and metrics are not classified', () => {
    const ms = brief(extractPaperWith(doc('We evaluate on MMLU quuxed by V100 quuxed and F1 quuxed.'), setup({ method: 10 }, 3)));
    expect(ms).toContain('dataset MMLU evaluates_on');
    expect(ms.filter((x) => /MMLU|V100|F1/.test(x) && !x.startsWith('dataset MMLU'))).toEqual([]);
  });

  it('gives the same mentions whatever the order of the papers (pooled buffers, per-paper state)', () => {
    const ids = ['2601.04055', '2602.05400', '2507.08031', '2605.25475'];
    const forward = ids.map((id) => JSON.stringify(extractPaper(devDoc(id))));
    const backward = [...ids].reverse().map((id) => JSON.stringify(extractPaper(devDoc(id)))).reverse();
    expect(backward).toEqual(forward);
  });
});

describe('the shipped learned data', () => {
  const dir = fileURLToPath(new URL('../../../src/extract/learned/', import.meta.url));
  it('is a model of the four classes over the feature hash, with thresholds, and statistics of the expected fields', () => {
    const model = JSON.parse(readFileSync(dir + 'model.json', 'utf8')) as ModelFile;
    expect(model.classes).toEqual([...CLASSES]);
    expect(model.hashBits).toBe(HASH_BITS);
    expect(model.thresholds).toBeDefined();
    expect(model.buckets.length).toBeGreaterThan(1000);
    const stats = JSON.parse(readFileSync(dir + 'corpus-stats.json', 'utf8')) as CorpusStatsFile;
    expect(stats.fields).toEqual([...STAT_FIELDS]);
    expect(stats.names.length).toBeGreaterThan(1000);
    expect([...stats.names].sort()).toEqual(stats.names);
    expect(typeof isActive(SHIPPED)).toBe('boolean');
  });

  it('stays small (model and statistics under 3 MB together)', () => {
    const bytes = statSync(dir + 'model.json').size + statSync(dir + 'corpus-stats.json').size;
    expect(bytes).toBeLessThan(3_000_000);
  });
});

describe('one reading per name', () => {
  it('keeps the most confident kind when occurrences of a name are read as different kinds', () => {
    // "quuxed" after a name says dataset (50), "flarned" says method (80): the method reading wins for both
    const row = (k: number, w: number) => [0, 0, 0, 0, 0].map((_, i) => (i === k ? w : 0));
    const buckets = [featureBucket('R1:quuxed'), featureBucket('R1:flarned')];
    const order = buckets.map((b, i) => ({ b, i })).sort((x, y) => x.b - y.b);
    const rows = [row(2, 50), row(3, 80)];
    const model = new LinearModel({ about: 'test', hashBits: HASH_BITS, classes: [...CLASSES], buckets: order.map((o) => o.b), weights: order.flatMap((o) => rows[o.i]!) });
    const s: LearnedSetup = { model, thresholds: { model: OFF, dataset: 10, method: 10, proposes: OFF } };
    const ms = brief(extractPaperWith(doc('We found that ZorbQA quuxed it. Then ZorbQA flarned it.'), s)).filter((x) => x.includes('ZorbQA'));
    expect(ms).toEqual(['method ZorbQA uses']);
  });
});

describe('other corpus statistics (pnpm train)', () => {
  // a name the corpus reads as a dataset in nearly every paper it appears in ("cD:4") is a dataset here
  const file: ModelFile = { about: 'test', hashBits: HASH_BITS, classes: [...CLASSES], buckets: [featureBucket('cD:4')], weights: [0, 0, 50, 0, 0] };
  const byCorpus: LearnedSetup = { model: new LinearModel(file), thresholds: { model: OFF, dataset: 10, method: OFF, proposes: OFF } };
  const d = doc('We found that ZorbQA was hard.');
  const stats = (key: string) => (key === 'zorbqa' ? [12, 0, 0, 11, 0, 0, 0, 0, 0, 0] : undefined);
  const found = () => brief(extractPaperWith(d, byCorpus)).includes('dataset ZorbQA evaluates_on');

  it('decide while withCorpusStats runs, and the shipped ones again after it', () => {
    expect(shippedStats('zorbqa')).toBeUndefined();
    expect(found()).toBe(false);
    expect(withCorpusStats(stats, found)).toBe(true);
    expect(withCorpusStats(stats, () => shippedStats('zorbqa'))).toEqual(stats('zorbqa'));
    expect(found()).toBe(false);
  });

  it('are put back even when the work throws', () => {
    expect(() =>
      withCorpusStats(stats, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(shippedStats('zorbqa')).toBeUndefined();
    expect(found()).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPaperWith } from '../../../src/extract/paper.ts';
import { candidateFeatures, featureBucket, featureStrings, nameShape, paperFeatureState, type FeatureContext } from '../../../src/extract/learned/features.ts';
import { STAT, STAT_FIELDS } from '../../../src/extract/learned/stats.ts';
import { devDoc } from '../real-text.ts';

/** The feature context of a paper after the rules (the view `pnpm train` has). */
function contextOf(title: string, abstract: string): FeatureContext {
  let out: FeatureContext | null = null;
  extractPaperWith({ key: 'paper:x', title, abstract }, null, (ctx) => {
    out = { ...ctx, tokenKind: ctx.tokenKind.slice(), tk: { ...ctx.tk, start: ctx.tk.start.slice(), end: ctx.tk.end.slice(), cache: [...ctx.tk.cache] } };
  });
  return out!;
}
function featuresOf(ctx: FeatureContext, name: string): string[] {
  const i = ctx.candidates.findIndex((c) => c.name === name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  return featureStrings(ctx, paperFeatureState(ctx), i);
}

describe('candidate features', () => {
  it('read list siblings by the kinds the rules gave them, and the word before the list (invented name)', () => {
    const f = featuresOf(contextOf('A study', 'Reasoning is hard. We evaluate on MMLU, HellaSwag and ZorbQA.'), 'ZorbQA');
    expect(f).toEqual(expect.arrayContaining(['sib:D', 'list:2', 'listL1:on', 'L1:and', 'R1:</s>', 'verb:evaluate', 'we+evaluate', 'pos:last']));
  });

  it('read an apposition head, the name shape and affixes', () => {
    const f = featuresOf(contextOf('A study', 'We introduce FlarnBench-2, a benchmark for reasoning.'), 'FlarnBench-2');
    expect(f).toEqual(expect.arrayContaining(['app', 'app:data', 'apph:benchmark', 'shape:AaAa-0', 'sfx4:ch-2', 'pfx3:fla', 'we+introduce', 'tail:0:0']));
  });

  it('read an acronym definition by the last word of its long form', () => {
    const f = featuresOf(contextOf('A study', 'We apply Gradient Flux Pruning (GFP) to transformers.'), 'GFP');
    expect(f).toEqual(expect.arrayContaining(['acr', 'acrh:pruning', 'acrk:method']));
  });

  it('read corpus statistics: a name in no other paper is novel, a name the rules read as a dataset elsewhere says so', () => {
    const ctx = contextOf('A study', 'Reasoning is hard. Our ZorbQA results are strong.');
    expect(featuresOf({ ...ctx, statsOf: () => undefined }, 'ZorbQA')).toEqual(expect.arrayContaining(['df:0', 'novel', 'novel+pos:last', 'novel+we']));
    const row = STAT_FIELDS.map(() => 0);
    row[STAT.df] = 40;
    row[STAT.dataset] = 38;
    row[STAT.afterOn] = 20;
    const f = featuresOf({ ...ctx, statsOf: (k) => (k === 'zorbqa' ? row : undefined) }, 'ZorbQA');
    expect(f).toEqual(expect.arrayContaining(['df:4', 'cD:4', 'cM:0', 'cOn:3', 'cBest:D44']));
    expect(f).not.toContain('novel');
  });

  it('count the repeats of a name by its key, however it is spelled (case, hyphens, spaces)', () => {
    const ctx = contextOf('A study', 'We test ZorbQA-2 here. Then ZORBQA2 and ZorbQA2 again, and FlarnBench once. Also Zorb-QA2x.');
    expect(featuresOf(ctx, 'ZorbQA-2')).toContain('rep:3');
    expect(featuresOf(ctx, 'ZORBQA2')).toContain('rep:3');
    expect(featuresOf(ctx, 'FlarnBench')).toContain('rep:1');
    expect(featuresOf(ctx, 'Zorb-QA2x')).toContain('rep:1');
    // a name with letters past ASCII is counted by its key string too
    const greek = contextOf('A study', 'We test ΔNet-3 and ΔNET3 and δNet-3.');
    expect(featuresOf(greek, 'ΔNet-3')).toContain('rep:3');
  });

  it('hash each feature name to the bucket of its string (the fast path builds no strings)', () => {
    const ctx = contextOf(devDoc('2601.04055').title, devDoc('2601.04055').abstract);
    const st = paperFeatureState(ctx);
    for (let i = 0; i < ctx.candidates.length; i++) expect(candidateFeatures(ctx, st, i)).toEqual(featureStrings(ctx, st, i).map(featureBucket));
  });
});

describe('nameShape', () => {
  it('collapses runs of upper, lower, digits', () => {
    expect(nameShape('GSM8K-Hard')).toBe('A0A-Aa');
    expect(nameShape('Llama 2')).toBe('Aa_0');
  });
});

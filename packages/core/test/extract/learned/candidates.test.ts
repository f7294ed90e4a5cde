import { describe, expect, it } from 'vitest';
import { findCandidates, isRejectedName, nameKey, tokenSentences, type Candidate } from '../../../src/extract/learned/candidates.ts';
import { paperText } from '../../../src/extract/paper-text.ts';
import { tokenize } from '../../../src/extract/tokens.ts';
import { devDoc } from '../real-text.ts';

function candidates(title: string, abstract: string): Candidate[] {
  const { text, titleEnd, starts } = paperText({ key: 'paper:x', title, abstract });
  const tk = tokenize(text);
  return findCandidates(text, tk, titleEnd, starts, tokenSentences(tk, starts));
}
const names = (title: string, abstract: string) => candidates(title, abstract).map((c) => c.name);

describe('findCandidates', () => {
  it('takes coined words: digits, inner capitals, capitals, a "+" tail, hyphen-glued parts (invented names)', () => {
    expect(names('A study', 'We evaluate Floop-7B-Instruct on ZorbQA, GLIMMER and QuuxEval+ with xWarp.')).toEqual([
      'Floop-7B-Instruct',
      'ZorbQA',
      'GLIMMER',
      'QuuxEval+',
      'xWarp',
    ]);
  });

  it('skips plain words, plural acronyms, function words and a capitalised word that opens a sentence', () => {
    expect(names('A study', 'Results show that LLMs and GPUs help. The Method works on Tuesday.')).toEqual([]);
  });

  it('joins capitalised words and numbers after a name into one span of at most four words', () => {
    expect(names('A study', 'We use the Singapore Maritime Dataset and MATH 500 here, and Zorb Quux Flarn Blip Wobble.')).toEqual([
      'Singapore Maritime Dataset',
      'MATH 500',
      'Zorb Quux Flarn Blip',
    ]);
    const c = candidates('A study', 'We use the Singapore Maritime Dataset.');
    expect(c[0]).toMatchObject({ source: 'phrase', words: 3, key: 'singaporemaritimedataset', sentence: 1 });
  });

  it("reads the title's name before a colon, and only coined words in the rest of a title-case title", () => {
    const c = candidates('Kron-LoRA: Efficient Adapters for GPT-2 Models', 'We study adapters.');
    expect(c.map((x) => [x.name, x.source])).toEqual([
      ['Kron-LoRA', 'title-name'],
      ['GPT-2', 'coined'],
    ]);
  });

  it("takes the title's name only when every word before the colon may be part of a name, and four words at most", () => {
    const of = (title: string) => candidates(title, 'Results: we study ZorbQA.').map((x) => [x.name, x.source]);
    expect(of('Deep Research Bench: Evaluating Agents')).toEqual([['Deep Research Bench', 'title-name'], ['ZorbQA', 'coined']]);
    // a plain word before the colon: no title name, only the coined word is a candidate
    expect(of('Scaling up ZorbNet: A Study')).toEqual([['ZorbNet', 'coined'], ['ZorbQA', 'coined']]);
    // five words are too many; a colon in the abstract only is no title's colon
    expect(of('Very Deep Zorb Research Bench: Agents')).toEqual([['ZorbQA', 'coined']]);
    expect(of('A Study of ZorbNet')).toEqual([['ZorbNet', 'coined'], ['ZorbQA', 'coined']]);
  });

  it('reads no coined word from the capitals of a title written in capitals, only from its digits', () => {
    // (a reviewer's list gave "DEEPSPEED ULYSSES: … TRANSFORMER MODELS", which made a method MODELS)
    const shouting = candidates('DEEPSPEED ULYSSES: SYSTEM OPTIMIZATIONS FOR TRAINING GPT-2 TRANSFORMER MODELS', 'We study ZORBQA and ZorbNet.');
    expect(shouting.filter((x) => x.source === 'coined').map((x) => x.name)).toEqual(['GPT-2', 'ZORBQA', 'ZorbNet']);
    // a title-case title with one word in capitals keeps it coined
    expect(names('Zorb Training for Transformer MODELS', '')).toEqual(['MODELS']);
  });

  it('ends a span at a plain word between capitalised words', () => {
    expect(names('A study', 'We like Zorb the Quux, and Flarn Blip 2 and ZorbNet of Wobble.')).toEqual(['Flarn Blip 2', 'ZorbNet']);
  });

  it('does not run a span across sentences', () => {
    expect(names('A study', 'We use ZorbQA. FlarnBench is new.')).toEqual(['ZorbQA', 'FlarnBench']);
  });

  it('finds the names of a real abstract with their offsets', () => {
    const doc = devDoc('2601.04055');
    const { text } = paperText(doc);
    const c = candidates(doc.title, doc.abstract);
    expect(c.map((x) => x.name)).toContain('ARC-Challenge');
    expect(c.map((x) => x.name)).toContain('MPO');
    for (const x of c) expect(text.slice(x.start, x.end)).toBe(x.name);
  });
});

describe('nameKey', () => {
  it('ignores case, spaces, hyphens, underscores and dots', () => {
    expect(nameKey('GSM-8K')).toBe('gsm8k');
    expect(nameKey('Qwen 2.5_7B')).toBe('qwen257b');
    expect(nameKey('plain')).toBe('plain');
  });
});

describe('isRejectedName', () => {
  const rejected = (title: string, abstract: string) =>
    candidates(title, abstract)
      .filter((c) => isRejectedName(c))
      .map((c) => c.name);
  it('rejects kinds of data, hardware, metrics, scores, venues, X-to-Y tasks and modality pairs, not coined names', () => {
    expect(rejected('A study', 'We use LLMs on A100 GPUs, report F1 and AVG 34.84 at ICLR 2026 for I2V and NL2SQL with RGB-D and IR-RGB input, and ZorbQA, FlarnBench-2 and MegaScenes.')).toEqual([
      'A100',
      'F1',
      'AVG 34.84',
      'ICLR 2026',
      'I2V',
      'NL2SQL',
      'RGB-D',
      'IR-RGB',
    ]);
    // a score inside the span, before its metric (real: tune38 2511.10930 "the model obtained BIOSSES 0.77 Spearman and
    // SciFact 0.61 NDCG@10"), not a release ("Spider 2.0 Lite")
    expect(rejected('A study', 'The model obtained BIOSSES 0.77 Spearman and SciFact 0.61 NDCG@10 on Spider 2.0 Lite.')).toEqual(['BIOSSES 0.77 Spearman', 'SciFact 0.61 NDCG']);
    // (a review's: one decimal before a metric too; a release with two decimals before another word is no score)
    expect(rejected('A study', 'It gets QuokkaSTS 0.8 Spearman, runs Python 3.10 Runtime and ships Ubuntu 22.04 LTS.')).toEqual(['QuokkaSTS 0.8 Spearman']);
  });

  it('rejects score gains glued to their metric and metrics named as a score or an accuracy, not names with a plus', () => {
    expect(rejected('A study', 'It gains AR+11.1 on UVO and PixelAcc+4.5 on ZorbSeg, and VLScore rises on FlarnBench, HumanEval+ and BraTS2019.')).toEqual([
      'AR+11.1',
      'PixelAcc+4.5',
      'VLScore',
    ]);
  });

  it('rejects a resolution or a patch size, not a name that holds one', () => {
    // real: 2506.04421 "On ImageNet 256x256 and 512x512 benchmarks, HMAR models match …", 2606.03566 "trained on 32x32x32
    // voxel patches"
    expect(rejected('A study', 'On ZorbNet 256x256 and 512x512 benchmarks we train on 32x32x32 patches and 1.5x1.5 tiles, unlike FlarnBench-64x64.')).toEqual(['512x512', '32x32x32', '1.5x1.5']);
  });
});

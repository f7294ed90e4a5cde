import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/extract/lexicon.ts';
import { FIRST_TOKEN_BITS } from '../../src/extract/first-token-bits.ts';
import { DATASETS, METHODS } from '../../src/extract/known.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import { devSentence, seedDoc } from './real-text.ts';

/** Labels and surfaces a lexicon scan finds in a text, left to right. */
function scan(lexicon: Lexicon, text: string, taken?: (tk: ReturnType<typeof tokenize>) => Uint8Array) {
  const tk = tokenize(text);
  return lexicon.scan(text, tk, taken?.(tk)).map((m) => [m.entry.label, text.slice(m.start, m.end)]);
}

describe('Lexicon.lookup', () => {
  it('finds an entry whatever its separators and case', () => {
    for (const name of ['MATH-500', 'MATH500', 'MATH 500', 'math-500']) expect(DATASETS.lookup(name)?.label, name).toBe('MATH-500');
    for (const name of ['Low-Rank Adaptation', 'low-rank adaptation', 'low rank adaptation']) expect(METHODS.lookup(name)?.label, name).toBe('LoRA');
    expect(METHODS.lookup('Graph RAG')?.label).toBe('GraphRAG');
  });

  it('asks case-sensitive entries for their exact letters', () => {
    // "MATH", "ARC", "LoRA" are also ordinary words or other names when written otherwise
    expect(DATASETS.lookup('MATH')?.label).toBe('MATH');
    expect(DATASETS.lookup('math')).toBeUndefined();
    expect(DATASETS.lookup('Arc')).toBeUndefined();
    expect(METHODS.lookup('LoRA')?.label).toBe('LoRA');
    expect(METHODS.lookup('lora')).toBeUndefined();
    // (SuperGLUE the benchmark, not SuperGlue the feature matcher: real, 2604.09639 (tune28) "using SuperPoint and SuperGlue")
    expect(DATASETS.lookup('SuperGLUE')?.label).toBe('SuperGLUE');
    expect(DATASETS.lookup('SuperGlue')).toBeUndefined();
  });

  it('reads an acronym\'s plural with a small s, as written (real: 2503.15978 (tune12) "techniques like GANs, VAEs, and Diffusion Models")', () => {
    expect(scan(METHODS, 'Techniques like GANs, VAEs and CNNs have enhanced quality.').map(([label]) => label)).toEqual(['GAN', 'VAE', 'CNN']);
    expect(scan(METHODS, 'Techniques like GANS and gans.').map(([label]) => label)).toEqual([]);
    // only where the long form names countable things: "MLMs" are multimodal language models, not masked language
    // modeling (real: 2504.04264); a hyphenated acronym takes it too, "VQ-VAEs" is VQ-VAE alone (real: 2506.13355);
    // and no dataset's ("generative AI architectures (GAIAs)", real: 2508.08293)
    expect(scan(METHODS, 'Multimodal language models (MLMs) and VQ-VAEs are used.').map(([label]) => label)).toEqual(['VQ-VAE']);
    expect(scan(DATASETS, 'Generative AI architectures (GAIAs) are new.').map(([label]) => label)).toEqual([]);
  });

  it('reads an alias in capitals of a case-blind group as an acronym: its case must stay', () => {
    // LSUN, GLUE, AMASS and COCO sit in groups that ignore case, for spellings such as "GSM8k" and "Pascal VOC"
    for (const name of ['LSUN', 'GSM8k', 'Math500', 'Cifar-10', 'Pascal VOC', 'MSMarco', 'BeIR']) expect(DATASETS.lookup(name), name).toBeDefined();
    for (const name of ['Lsun', 'L_sun', 'L_Sun', 'lsun', 'Glue', 'glue', 'amass', 'a mass', 'CoCo', 'Scrolls']) expect(DATASETS.lookup(name), name).toBeUndefined();
    // a dataset written in title case takes that spelling as an alias (KITTI, 2603.16945: "3.09x (Kitti)")
    expect(DATASETS.lookup('Kitti')?.label).toBe('KITTI');
  });

  it('keeps a dataset named by an ordinary word to its capital: Kinetics, not the kinetics of physics and chemistry', () => {
    // 2025-26 corpus: 2506.13320 names the dataset, 2606.22640 and 2603.24733 the word
    expect(scan(DATASETS, 'a new benchmark dataset, Audible623, derived from Kinetics and UCF101').map(([label]) => label)).toEqual(['Kinetics-400', 'UCF101']);
    expect(scan(DATASETS, 'shows strong agreement in predicting pitting kinetics under SRB activity')).toEqual([]);
    expect(scan(DATASETS, 'human movement (kinematics) and musculoskeletal forces (kinetics) at scale')).toEqual([]);
    expect(DATASETS.lookup('kinetics-400')?.label).toBe('Kinetics-400');
  });

  it('knows a name that is in no lexicon from one that is', () => {
    expect(DATASETS.lookup('TrinityX')).toBeUndefined();
    expect(METHODS.lookup('Kron-LoRA')).toBeUndefined();
  });
});

describe('Lexicon.scan', () => {
  it('reads known names on both sides of a "+" that joins two names, not inside a "+" name', () => {
    // real: corpus 2508.14904 "… SFT+DPO …", 2508.16555 "CNN+LSTM", 2605.17309 "FluxFill+LoRA"
    expect(scan(METHODS, 'We train with SFT+DPO, then compare CNN+LSTM and FluxFill+LoRA.').map(([label]) => label)).toEqual(['DPO', 'CNN', 'LSTM', 'LoRA']);
    // a "+" ending a name, or inside a name's key, stays the name's
    expect(scan(DATASETS, 'We test on NTU RGB+D 60, HumanEval+ and MBPP+.').map(([label]) => label)).toEqual(['NTU RGB+D 60', 'HumanEval+', 'MBPP+']);
    // (nor is a known name inside a "++" name, which other rules read: corpus 2509.17458 "T2I-CompBench++")
    expect(scan(DATASETS, 'We test on T2I-CompBench++ and WMT24++.')).toEqual([]);
    // and before a score glued to the "+" (invented); a letter glued without a "+" is still inside a word
    expect(scan(DATASETS, 'It gains MMLU+5.2 points.').map(([label]) => label)).toEqual(['MMLU']);
    expect(scan(METHODS, 'We train with SFTxDPO.')).toEqual([]);
  });

  it('finds the longest entries of a real sentence, left to right', () => {
    // dev 2601.04055: "We evaluate MPO on two reasoning benchmarks, ARC-Challenge and MMLU, using …"
    const sentence = devSentence('2601.04055', 'ARC-Challenge and MMLU');
    expect(scan(DATASETS, sentence)).toEqual([
      ['ARC-Challenge', 'ARC-Challenge'],
      ['MMLU', 'MMLU'],
    ]);
  });

  it('matches at word boundaries only, and the longest key at each start', () => {
    expect(scan(DATASETS, 'We test on HumanEval+ and HumanEval-X, not HumanEvalFoo.')).toEqual([
      ['HumanEval+', 'HumanEval+'],
      ['HumanEval-X', 'HumanEval-X'],
    ]);
    expect(scan(METHODS, 'FlashAttention-2 and grouped query attention')).toEqual([
      ['FlashAttention', 'FlashAttention-2'],
      ['grouped-query attention', 'grouped query attention'],
    ]);
  });

  it('keeps an acronym to text that keeps its case: not the solar luminosity, not "a mass", not a coinage', () => {
    // astro-ph abstracts (arXiv daily listings of github.com/alznlyux/ArXivDaily_StarFormation): the Sun's luminosity
    expect(scan(DATASETS, 'R_A=1.77 R_sun, R_B=1.34 R_sun, L_A=6.01 L_sun, L_B=3.25 L_sun and Z=0.011.')).toEqual([]); // 2511.02540
    expect(scan(DATASETS, 'We adopt a typical luminosity of 1e10 Lsun.')).toEqual([]); // 2605.12141
    // 2025-26 corpus: 2507.21288, 2602.09621, 2507.08334, 2512.03715
    expect(scan(DATASETS, 'The cloth is discretized into a mass-spring network with unknown material parameters')).toEqual([]);
    expect(scan(DATASETS, 'tools and ad-hoc glue code, making experiments hard to reproduce')).toEqual([]);
    expect(scan(DATASETS, 'We propose CoCo-Bot, a post-hoc, composable concept bottleneck')).toEqual([]);
    expect(scan(DATASETS, 'features using ALIKED and Light Glue.')).toEqual([]);
    // … while the datasets keep the spellings the corpus writes them in: 2505.24434, 2503.17526, 2504.20355, 2605.03989
    expect(scan(DATASETS, 'five image generation benchmarks (LSUN Church, LSUN Bedroom, FFHQ, AFHQ-Cat, and CelebA-HQ').map(([label]) => label)).toEqual([
      'LSUN Church',
      'LSUN Bedroom',
      'FFHQ',
      'CelebA-HQ',
    ]);
    expect(scan(DATASETS, 'on Pascal VOC and GSM8k, 0.8924 on BeIR/nq').map(([label]) => label)).toEqual(['PASCAL VOC', 'GSM8K', 'BEIR']);
  });

  it('finds an alias written with a slash between words, as written and whole (real: 2606.05494 (tune23))', () => {
    expect(scan(DATASETS, 'The models are evaluated on the widely used CNN/DailyMail news summarization dataset and on XSum.')).toEqual([
      ['CNN/DailyMail', 'CNN/DailyMail'],
      ['XSum', 'XSum'],
    ]);
    expect(scan(DATASETS, 'Results on CNN/DM, then on XCNN/DMs and CNN/DM-2.')).toEqual([['CNN/DailyMail', 'CNN/DM']]);
    // a slash elsewhere still separates names
    expect(scan(DATASETS, 'We report GSM8K/MATH accuracy.')).toEqual([
      ['GSM8K', 'GSM8K'],
      ['MATH', 'MATH'],
    ]);
  });

  it('finds an alias written with a dot before a space, as written and whole (real: 2503.20783 (tune56), 2510.06870)', () => {
    expect(scan(METHODS, 'Several variants, such as DAPO and Dr. GRPO, modify the token-level aggregation of the loss.')).toEqual([
      ['DAPO', 'DAPO'],
      ['Dr. GRPO', 'Dr. GRPO'],
    ]);
    // the words alone, or a dot ending a sentence, are no such alias
    expect(scan(METHODS, 'We thank Dr. Smith. GRPO is used; the Dr GRPO paper too.')).toEqual([
      ['GRPO', 'GRPO'],
      ['GRPO', 'GRPO'],
    ]);
  });

  it('skips tokens another matcher has taken', () => {
    const text = seedDoc('E3-Pruner').abstract;
    const all = scan(DATASETS, text);
    expect(all.map(([label]) => label)).toContain('MATH-500');
    const takenMath = (tk: ReturnType<typeof tokenize>) => {
      const taken = new Uint8Array(tk.n);
      const at = text.indexOf('MATH-500');
      for (let i = 0; i < tk.n; i++) if (tk.start[i]! >= at && tk.end[i]! <= at + 8) taken[i] = 1;
      return taken;
    };
    expect(scan(DATASETS, text, takenMath).map(([label]) => label)).not.toContain('MATH-500');
  });
});

describe('Lexicon', () => {
  it('refuses a bit another lexicon holds', () => {
    expect(() => new Lexicon(FIRST_TOKEN_BITS.datasetLexicon)).toThrow(/already belongs to another lexicon/);
  });
});

describe('names whose article is part of them', () => {
  it('"The Stack" and "The Pile" keep their capitals after the article', () => {
    // invented: the datasets as papers name them
    expect(scan(DATASETS, 'We pretrain on The Stack v2 and on the Pile.').map(([label]) => label)).toEqual(['The Stack v2', 'The Pile']);
    // real, lower case: arXiv 2508.09000 and 2508.06894
    expect(scan(DATASETS, 'The ERF can be expanded to the level of existing large-kernel ConvNets through the stack of proposed modules.')).toEqual([]);
    expect(scan(DATASETS, 'one which can only access the top k symbols (for a given constant k) of the stack.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { AcronymSpots, bestLongForm, findAcronyms, initialsSpell, namesTechnique, namesVenue, redefinesBenchmark, resemblesLongForm, spellsShortForm, type AcronymDef } from '../../src/extract/acronyms.ts';
import { extractPaper, resolveCorpus } from '../../src/extract/index.ts';
import { paperText } from '../../src/extract/paper-text.ts';
import { devDocs, seedDocs } from './real-text.ts';

const pairs = (t: string) => findAcronyms(t).map((d) => [d.long, d.short]);

describe('Schwartz–Hearst acronyms', () => {
  it('finds long form (SF) and SF (long form)', () => {
    expect(pairs('alignment techniques such as Reinforcement Learning from Human Feedback (RLHF) (Christiano et al., 2017)')).toEqual([
      ['Reinforcement Learning from Human Feedback', 'RLHF'],
    ]);
    expect(pairs('We propose OPUS (Optimizer-induced Projected Utility Selection), a dynamic framework.')).toEqual([
      ['Optimizer-induced Projected Utility Selection', 'OPUS'],
    ]);
    expect(pairs('while post-training quantization (PTQ) makes deployment practical')).toEqual([['post-training quantization', 'PTQ']]);
  });

  it('reads the first item of a parenthesis as the short form, and skips nested or long parentheses', () => {
    expect(pairs('a large language model (LLM; Brown et al.) and a vision-language model (VLM, also LVLM)')).toEqual([
      ['large language model', 'LLM'],
      ['vision-language model', 'VLM'],
    ]);
    expect(pairs('with direct preference optimization (DPO or its variants)')).toEqual([['direct preference optimization', 'DPO']]);
    // an inner "(" means the outer parenthesis is no definition; the inner one still is
    expect(pairs('trained with a new loss (see low-rank adaptation (LoRA)).')).toEqual([['low-rank adaptation', 'LoRA']]);
    expect(pairs(`policy optimization (PO${' x'.repeat(70)})`)).toEqual([]);
    // the short form before its long form ends at a character outside [A-Za-z0-9+-]
    expect(pairs('we train;C-RLFT (Conditioned Reinforcement Learning Fine-Tuning) on mixed data')).toEqual([['Conditioned Reinforcement Learning Fine-Tuning', 'C-RLFT']]);
  });

  it('prefers the words whose initials spell the acronym', () => {
    expect(bestLongForm('CCPO', 'we propose Conformal Constrained Policy Optimization')).toBe('Conformal Constrained Policy Optimization');
    expect(bestLongForm('PI', 'combining RoPE position interpolation')).toBe('position interpolation');
    // the initials of hyphenated parts, when the words alone do not spell it
    expect(bestLongForm('VLM', 'we fine-tune a large Vision-Language Model')).toBe('Vision-Language Model');
    expect(bestLongForm('VLM', 'a large Vision--Language- Model')).toBe('Vision--Language- Model');
  });

  it('starts no long form with a clause\'s or a possessive\'s first word', () => {
    // real: 2505.22764 "we show that test-time augmentation (TTA)--a technique …", 2605.18390 "synthesis without
    // classifier-free guidance (w/o CFG)"
    expect(pairs('In this work, we show that test-time augmentation (TTA)--a technique that helps.')).toEqual([['test-time augmentation', 'TTA']]);
    expect(pairs('It enables synthesis without classifier-free guidance (w/o CFG) across both.')).toEqual([]);
    // invented: a possessive, a relative clause
    expect(pairs('We keep their temporal tokens (TT) small.')).toEqual([['temporal tokens', 'TT']]);
    expect(pairs('a layer which transfers gradients (WTG) back')).toEqual([]);
  });

  it('reads an X that stands for a word starting "ex", not for a describing word', () => {
    // real: tune50 2603.16241 "we then propose Exclusivity-Guided Mask Learning (XMask)", corpus 2602.13286, 2507.01582
    expect(pairs('we then propose Exclusivity-Guided Mask Learning (XMask), which enforces')).toEqual([['Exclusivity-Guided Mask Learning', 'XMask']]);
    expect(pairs('Explanatory interactive learning (XIL) enables users')).toEqual([['Explanatory interactive learning', 'XIL']]);
    expect(pairs('we propose the Expressive Music Variational AutoEncoder (XMVAE), a model')).toEqual([['Expressive Music Variational AutoEncoder', 'XMVAE']]);
    // only the x right after a word's first e ("Index Boosting" spells no XB)
    expect(bestLongForm('XB', 'an Index Boosting')).toBeNull();
    // corpus 2510.05678 "Existing cross-lingual in-context learning (X-ICL) methods", 2510.24789 "XSIR (explicitly
    // designed for cross-lingual robustness)": describing words lend no X
    expect(bestLongForm('X-ICL', 'Existing cross-lingual in-context learning') ?? 'none').not.toMatch(/^Existing/);
    expect(pairs('for XSIR (explicitly designed for cross-lingual robustness), AUROC is')).toEqual([]);
  });

  it('leaves out a head noun the short form has no letter for, in either order', () => {
    // real: 2503.12381 (tune32) "the SU-JFO (Self-Upgraded Jellyfish Optimization method)", corpus 2603.21565 "an
    // online knowledge distillation method (KD)", 2503.18785 "a local spatial enhancement module (LSE)"
    expect(pairs('the weights are tuned using the SU-JFO (Self-Upgraded Jellyfish Optimization method).')).toEqual([['Self-Upgraded Jellyfish Optimization', 'SU-JFO']]);
    expect(pairs('combined with an online knowledge distillation method (KD) is employed')).toEqual([['knowledge distillation', 'KD']]);
    const text = 'we propose a local spatial enhancement module (LSE) here';
    const [lse] = findAcronyms(text);
    expect([lse!.long, text.slice(lse!.start, lse!.start + lse!.long.length)]).toEqual(['local spatial enhancement', 'local spatial enhancement']);
    // a head the short form spells stays; a clause's letters with the head's left out spell nothing (corpus 2509.26225)
    expect(pairs('we build a finite element method (FEM) solver')).toEqual([['finite element method', 'FEM']]);
    expect(bestLongForm('KD', 'combined with an online knowledge distillation method')).toBe('knowledge distillation');
    expect(bestLongForm('DC', 'we use a deep learning method')).toBeNull();
    // a short form that spells the head keeps it; a mixed-case one with no reading of two words without the head is
    // read with it (corpus 2503.19303, 2503.19739, 2602.19505)
    expect(pairs('we designed a cross explicit attention-enhanced fusion module (CEAEF-Module) here')).toEqual([['cross explicit attention-enhanced fusion module', 'CEAEF-Module']]);
    expect(pairs('we propose the Frequency-Decoupled Fusion module (FreDFuse) here')).toEqual([['Frequency-Decoupled Fusion module', 'FreDFuse']]);
    expect(pairs('with an improved optimization strategy (Optim++) here')).toEqual([['optimization strategy', 'Optim++']]);
    // the plural of a head ("methods") is one too
    expect(pairs('we compare deep clustering methods (DC) here')).toEqual([['deep clustering', 'DC']]);
  });

  it('never starts a long form with a function word or a verb that lent its initial', () => {
    // real (2025 corpus: 2505.17829, 2505.12781, 2509.19368, 2508.04416, 2508.07759)
    expect(bestLongForm('TTS', 'can be further enhanced through Test-Time Scaling')).toBe('Test-Time Scaling');
    expect(bestLongForm('FFNs', 'particularly from Feed-Forward Networks')).toBe('Feed-Forward Networks');
    expect(bestLongForm('PPSD', 'To mitigate this, we propose Pipeline-Parallel Self-Speculative Decoding')).toBe('Pipeline-Parallel Self-Speculative Decoding');
    expect(bestLongForm('VITAL', 'we propose Video Intelligence via Tool-Augmented Learning')).toBe('Video Intelligence via Tool-Augmented Learning');
    expect(bestLongForm('TTGA', 'while the Test-Time Geometric Alignment')).toBe('Test-Time Geometric Alignment');
    // invented: a capitalised first word is part of a name ("Through the Looking Glass"); lower-case heads stay
    expect(bestLongForm('TLG', 'a method, which we call Through the Looking Glass')).toBe('Through the Looking Glass');
    expect(bestLongForm('NB', 'we fit a naive Bayes')).toBe('naive Bayes');
    // nothing in order: the words after the function words and describing words when the letters are their initials
    // in another order (real: 2506.18270, 2603.04896)
    expect(bestLongForm('AMDM', 'This work introduces a diffusion model based on adaptive masks')).toBe('diffusion model based on adaptive masks');
    expect(bestLongForm('AoD-IP', 'we propose a novel dynamic authorization with legality-aware intellectual property protection')).toBe(
      'dynamic authorization with legality-aware intellectual property protection',
    );
    // …and none when the letters were picked from a clause (real: 2508.09993 "… models on the PISA dataset for
    // academic performance prediction (OECD, 2018)")
    expect(bestLongForm('OECD', 'We benchmark the models on the PISA dataset for academic performance prediction')).toBeNull();
    // …unless the loose reading's initials spell the short form ("named" usually comes before a name: 2508.20700)
    expect(bestLongForm('NEC', 'we propose named entity correction')).toBe('named entity correction');
    // a 2 between letters reads "to", a 4 "for", when the capitalised long form writes the word (tune22 2602.15902 "we
    // propose Doc-to-LoRA (D2L)"; corpus "Judge for Reasoning (J4R)"); a repeated letter still comes first, and a
    // lower-case compound stays undefined (corpus 2602.14223 "a peer-to-peer (P2P) insurance scheme")
    expect(bestLongForm('D2L', 'To address these limitations, we propose Doc-to-LoRA')).toBe('Doc-to-LoRA');
    expect(bestLongForm('H2L', 'we propose Harbor to Lighthouse')).toBe('Harbor to Lighthouse');
    expect(bestLongForm('J4R', 'we train Judge for Reasoning')).toBe('Judge for Reasoning');
    expect(bestLongForm('D2L', 'a Deep Dictionary Learning')).toBe('Deep Dictionary Learning');
    expect(pairs('We propose a peer-to-peer (P2P) insurance scheme.')).toEqual([]);
  });

  it('reads a hyphenated short form whose first part alone is spelled, unless that part is known or written out', () => {
    // real: 2603.26088 (tune31), corpus 2504.01038, 2603.24242
    const known = (name: string) => name === 'GRPO' || name === 'MTEB';
    const read = (t: string) => findAcronyms(t, known).map((d) => [d.long, d.short]);
    expect(read('we propose Learnable Instance Attention Filtering for Adaptive Detector Distillation (LIAF-KD), a novel framework')).toEqual([
      ['Learnable Instance Attention Filtering for Adaptive Detector Distillation', 'LIAF-KD'],
    ]);
    expect(read('Our study introduces the One Class Twin Cross Learning (OCT-X) algorithm.')).toEqual([['One Class Twin Cross Learning', 'OCT-X']]);
    expect(read('a novel mechanism, Local Dynamic Early Stopping (LDES-FL), that')).toEqual([['Local Dynamic Early Stopping', 'LDES-FL']]);
    // (a known first part: the variant of that name; the first part among the words; a word as second part; lower case)
    expect(read('2) Sequence-Level Group Relative Policy Optimization (GRPO-S), we assign')).toEqual([]);
    expect(read('we introduce the Massive Text Embedding Benchmark for Dutch (MTEB-NL), a')).toEqual([]);
    expect(read('we introduce a new multimodal UAV Aerial Video Dataset (UAV-X) for')).toEqual([]);
    // (the words after the spelled ones are a name's: not "to models")
    expect(read('We propose Sparse Token Routing to models (STR-X), a method.')).toEqual([]);
    expect(read('scans collected from University College London Hospital (UCLH-Cyst) were')).toEqual([]);
    expect(read('we use one class twin cross learning (OCT-X) here')).toEqual([]);
  });

  it('reads a short form written as a word and an acronym of the rest, and no other way when it is longer than 12', () => {
    // real: 2510.08191 (tune29), 2506.04595 (tune2), corpus 2605.11383 "Spherical Hamiltonian Monte Carlo (Spherical HMC)"
    expect(pairs('we propose Training-Free Group Relative Policy Optimization (Training-Free GRPO), a solution')).toEqual([['Training-Free Group Relative Policy Optimization', 'Training-Free GRPO']]);
    expect(pairs('we propose Task-aware Mixture of Incremental LoRA Experts (Task-aware MoILE).')).toEqual([['Task-aware Mixture of Incremental LoRA Experts', 'Task-aware MoILE']]);
    expect(pairs('sampled by Spherical Hamiltonian Monte Carlo (Spherical HMC) and')).toEqual([['Spherical Hamiltonian Monte Carlo', 'Spherical HMC']]);
    // (an acronym before the word is no such form: corpus 2604.09508 "Group Relative Policy Optimization-based
    // Reinforcement Learning (GRPO-based RL)"; nor a word the long form does not start with)
    expect(pairs('trained by a Group Relative Policy Optimization-based Reinforcement Learning (GRPO-based RL) pipeline')).toEqual([]);
    expect(pairs('we propose Federated Hamiltonian Monte Carlo (Spherical HMC).')).toEqual([]);
    // (past 12 characters no other reading: not the loose one across a function word; and the word must start a word)
    expect(pairs('We propose Spherical sampling with Hamiltonian Monte Carlo (Spherical HMC).')).toEqual([]);
    expect(pairs('We propose the Non-Spherical Hamiltonian Monte Carlo (Spherical HMC).')).toEqual([]);
  });

  it('reads a dimension written last in the short form and elsewhere in the long form', () => {
    // real: 2512.05663 (tune33), 2603.06920
    expect(pairs('supervision. 3D-aware Consistent Matching (CM3D) improves the assignment')).toEqual([['3D-aware Consistent Matching', 'CM3D']]);
    expect(pairs('Finally, Confidence-Gated 3D Inference (CGI3D) accelerates detection')).toEqual([['Confidence-Gated 3D Inference', 'CGI3D']]);
    expect(pairs('in their standard 2D Selective Scan (SS2D) blocks')).toEqual([['2D Selective Scan', 'SS2D']]);
    // invented: the dimension's word must be in the span or right before it, and the other letters initials
    expect(pairs('a 3D scene with Consistent Matching (CM3D) here')).toEqual([]);
    expect(pairs('the 3D-aware Random Matching (CM3D) module')).toEqual([]);
    // a capitalised rest of the dimension's word keeps its initial; a word between the dimension and the span, or a
    // function word first, makes no long form (the review's cases)
    expect(pairs('it uses 3D-Consistent Matching (CM3D) for')).toEqual([['3D-Consistent Matching', 'CM3D']]);
    expect(pairs('the 3D-aware Fast Consistent Matching (CM3D) module')).toEqual([]);
    expect(pairs('used in the 3D matching (TM3D) step')).toEqual([]);
  });

  it('ignores enumerations and numbers in parentheses', () => {
    expect(pairs('two types: (i) concept heads and (ii) token heads; accuracy (80%) vs (47%)')).toEqual([]);
  });

  it('reads past a long run of unclosed parentheses once, not once per parenthesis', () => {
    const text = 'Noise ' + '('.repeat(2_000_000) + ' end) We fine-tune with Low-Rank Adaptation (LoRA).';
    expect(pairs(text)).toEqual([['Low-Rank Adaptation', 'LoRA']]);
  }, 5_000);
});

describe('AcronymSpots', () => {
  /** Every run of one to three words of the text, and what parentheses hold: the names the rules ask about. */
  function names(text: string): string[] {
    const words = text.split(/[\s,;:()]+/).filter(Boolean);
    const out = new Set<string>();
    for (let i = 0; i < words.length; i++)
      for (let k = 1; k <= 3 && i + k <= words.length; k++) out.add(words.slice(i, i + k).join(' '));
    for (const m of text.matchAll(/\(([^()]*)\)/g)) out.add(m[1]!);
    return [...out].filter((n) => n && !/[()]/.test(n));
  }

  it('agrees with a search of the whole text on real abstracts', () => {
    let defined = 0;
    for (const doc of [...devDocs.slice(0, 40), ...seedDocs]) {
      const { text } = paperText(doc);
      const spots = new AcronymSpots(text);
      for (const name of names(text)) {
        expect(spots.inParentheses(name), name).toBe(text.indexOf('(' + name + ')') >= 0);
        expect(spots.beforeParenthesis(name), name).toBe(text.indexOf(name + ' (') >= 0);
        if (spots.has(name)) defined++;
      }
    }
    expect(defined).toBeGreaterThan(100);
  });

  it('agrees on nested, unclosed and adjacent parentheses', () => {
    const text = '((A) B) (C (D E) F (G)) (H) (I) J (K)) L (';
    const spots = new AcronymSpots(text);
    for (const name of ['A', 'B', 'C', 'D E', 'D', 'G', 'H', 'I', 'J', 'K', 'L', 'F']) {
      expect(spots.inParentheses(name), name).toBe(text.indexOf('(' + name + ')') >= 0);
      expect(spots.beforeParenthesis(name), name).toBe(text.indexOf(name + ' (') >= 0);
    }
  });
});

describe('acronyms across papers', () => {
  const doc = (key: string, abstract: string) => ({ key, title: 'A study', abstract });
  it('never merges two different long forms of one acronym', () => {
    const a = doc('paper:a', 'We combine RoPE position interpolation (PI) with quantization.');
    const b = doc('paper:b', 'We use policy iteration (PI) to solve the MDP.');
    const res = resolveCorpus([a, b].map((d) => ({ doc: d, mentions: extractPaper(d) })));
    const slugs = res.map((r) => r.mentions.filter((m) => m.aliases.includes('PI')).map((m) => m.slug));
    expect(slugs).toEqual([['position-interpolation'], ['policy-iteration']]);
  });

  it('links a bare acronym to the long form another paper defines', () => {
    const a = doc('paper:a', 'We study Sparse Sinkhorn Routing (SSR) for experts.');
    const b = doc('paper:b', 'Our results hold with SSR as well.');
    const res = resolveCorpus([a, b].map((d) => ({ doc: d, mentions: extractPaper(d) })));
    expect(res[1]!.mentions.map((m) => [m.slug, m.relation])).toEqual([['sparse-sinkhorn-routing', 'uses']]);
  });
});

describe('acronym long forms', () => {
  it('of a short form with a repeat digit skip the function words between (the whole phrase, not its tail)', () => {
    expect(bestLongForm('P3M', 'we propose a progressive and periodic perturbation mechanism')).toBe('progressive and periodic perturbation mechanism');
    expect(bestLongForm('T3S', 'we propose Triplet-based Semantic Similarity Score')).toBe('Triplet-based Semantic Similarity Score');
    // a digit with no letter after it repeats none: "G4" is no single letter's long form
    expect(bestLongForm('G4', 'Ontology-grounded generation')).toBeNull();
  });

  it('never reach back across the line break that ends the title', () => {
    const { text } = paperText({ key: 'x', title: 'Where Tokens Go at High Resolutions', abstract: 'Vision Transformers (ViTs) are costly.' });
    expect(pairs(text)).toEqual([['Vision Transformers', 'ViTs']]);
    const t2 = paperText({ key: 'y', title: 'Visual Implicit Autoregressive Modeling', abstract: 'Visual Autoregressive Modeling (VAR) is strong.' }).text;
    expect(pairs(t2)).toEqual([['Visual Autoregressive Modeling', 'VAR']]);
  });
});

describe('initialsSpell', () => {
  it('accepts one initial per word, per hyphen part, and skips function words', () => {
    expect(initialsSpell('DBP', 'Decorrelated Back-Propagation')).toBe(true);
    expect(initialsSpell('MoE', 'Mixture of Experts')).toBe(true);
    expect(initialsSpell('PRMs', 'Process Reward Models')).toBe(true);
    expect(initialsSpell('BRLL', 'Block-wise Replacement with Linear Layers')).toBe(true);
    expect(initialsSpell('ARA*', 'Anytime Repairing A*')).toBe(true);
    // a camel-case word gives each capital, a word whose capital comes second that capital (real: 2504.16788, tune18)
    expect(initialsSpell('BDD-X', 'Berkeley DeepDrive eXplanation')).toBe(true);
    expect(initialsSpell('SF-XL', 'San Francisco eXtra Large')).toBe(true);
    expect(initialsSpell('BDX', 'Berkeley DeepDrive eXplanation')).toBe(true);
  });
  it('reads a digit 2–4 as a repeat of the letter before it, or else of the letter after it', () => {
    expect(initialsSpell('P3M', 'progressive and periodic perturbation mechanism')).toBe(true);
    expect(initialsSpell('T3S', 'Triplet-based Semantic Similarity Score')).toBe(true);
    expect(initialsSpell('D3QN', 'Dueling Double Deep Q-Network')).toBe(true);
    expect(initialsSpell('P3M', 'periodic perturbation mechanism')).toBe(false);
  });
  it('rejects letters taken from inside words and words left over', () => {
    expect(initialsSpell('DBP', 'Decorrelated Backpropagation')).toBe(false);
    expect(initialsSpell('SAR', 'Synthetic Aperture Radar Imaging')).toBe(false);
    expect(initialsSpell('GT', 'Graph')).toBe(false);
  });
});

describe('namesTechnique', () => {
  const technique = (t: string) => findAcronyms(t).map((d) => [d.short, namesTechnique(t, d)]);
  it('reads a technique noun right after the definition or in its apposition', () => {
    expect(technique('We accelerate it with the Gradual Edge Folding (GEF) algorithm on graphs.')).toEqual([['GEF', true]]);
    expect(technique('We propose the Shifted Token Mixing (STM) attribution method to explain it.')).toEqual([['STM', true]]);
    expect(technique('We introduce Latent Fusion Jailbreak (LFJ), a representation-based attack that mixes states.')).toEqual([['LFJ', true]]);
    expect(technique('We propose Kernel Ridge Shaping (KRS), a novel training-free method, as a solution.')).toEqual([['KRS', true]]);
  });
  it('rejects tasks, families of methods, artefacts and loose matches', () => {
    expect(technique('Existing Change Detection (CD) methods fail on SAR.')).toEqual([['CD', false]]);
    expect(technique('We train a Named Entity Recognition (NER) method for news.')).toEqual([['NER', false]]);
    expect(technique('We design a Wavelet Spectral Suppression Module (WSSM) to suppress noise.')).toEqual([['WSSM', false]]);
    expect(technique('The Geriatric Depression Scale (GDS) was used.')).toEqual([['GDS', false]]);
    expect(technique('The Gradual Edge Folding (GEF) with a method')).toEqual([['GEF', false]]);
    expect(technique('It distills references into Standard Operating Procedures (SOPs) before strategy generation.')).toEqual([['SOPs', false]]);
  });
});

describe('redefinesBenchmark', () => {
  const def = (short: string, long: string): AcronymDef => ({ short, long, start: 0, end: 0, shortStart: 0, reversed: false });

  it('reads a lower-case long form that spells the short form as a redefinition of a benchmark name', () => {
    // real: "medical question answering (MedQA)" (2506.12182), "relative translation error (RTE)" (2509.06456),
    // "spoken question-answering (SQA)" (2505.19163)
    expect(redefinesBenchmark(def('MedQA', 'medical question answering'))).toBe(true);
    expect(redefinesBenchmark(def('RTE', 'relative translation error'))).toBe(true);
    expect(redefinesBenchmark(def('SQA', 'spoken question-answering'))).toBe(true);
    // invented
    expect(redefinesBenchmark(def('ARC', 'adaptive resonance clustering'))).toBe(true);
  });

  it("keeps a benchmark's own long form: written as a title, naming data, or not spelling the short form", () => {
    expect(redefinesBenchmark(def('MMLU', 'Massive Multitask Language Understanding'))).toBe(false);
    expect(redefinesBenchmark(def('VLN-CE', 'vision-and-language navigation in continuous environments'))).toBe(false);
    expect(redefinesBenchmark(def('MTEB', 'massive text embedding benchmark'))).toBe(false);
    expect(redefinesBenchmark(def('MuSR', 'multi-step reasoning remains robust'))).toBe(false);
  });

  it('drops the benchmark reading in the paper that redefines the name', () => {
    const datasets = (abstract: string) =>
      extractPaper({ key: 'p', title: 'A study', abstract })
        .filter((m) => m.kind === 'dataset')
        .map((m) => m.label)
        .sort();
    expect(datasets('LLMs help in medical question answering (MedQA), yet MedQA needs care. We test on PubMedQA.')).toEqual(['PubMedQA']);
    expect(datasets('We test on MedQA and PubMedQA.')).toEqual(['MedQA', 'PubMedQA']);
    // a long form opening a sentence with its only capital is written so because of the sentence (real: tune36
    // 2604.21045 "Simultaneous speech translation (SST) generates translations …", corpus 2507.15709 "Face image quality
    // assessment (FIQA) is essential"); a capital inside or before it is a title ("the Stanford Sentiment Treebank")
    expect(datasets('Simultaneous speech translation (SST) generates translations. LLMs improve SST quality.')).toEqual([]);
    expect(datasets('Results: Simultaneous speech translation (SST) improves. LLMs improve SST quality.')).toEqual(['SST']);
    expect(datasets('Stanford Sentiment Treebank (SST) is used. Results on SST improve.')).toEqual(['SST']);
  });
});

describe('a known acronym the paper defines as something else', () => {
  it('compares long forms by their content words (first four letters), more than half shared', () => {
    // real spellings of known long forms (2025-26 corpus)
    expect(resemblesLongForm('low-rank adapters', ['LoRA', 'low-rank adaptation'])).toBe(true);
    expect(resemblesLongForm('RL from Human Feedback', ['RLHF', 'reinforcement learning from human feedback'])).toBe(true);
    expect(resemblesLongForm('structured state-space models', ['state space models'])).toBe(true);
    expect(resemblesLongForm('Group Relative Policy Optimisation', ['GRPO', 'group relative policy optimization'])).toBe(true);
    // real redefinitions
    expect(resemblesLongForm('semantic similarity measures', ['state space models'])).toBe(false);
    expect(resemblesLongForm('context-free grammar', ['classifier-free guidance'])).toBe(false);
    expect(resemblesLongForm('Generalized Reinforcement Policy Optimization', ['GRPO', 'group relative policy optimization'])).toBe(false);
    // no plain long alias to compare with: a name, not a long form ("Grad-CAM", "MoCo v2", "RNN transducer")
    expect(resemblesLongForm('Gradient-weighted Class Activation Mapping', ['Grad-CAM'])).toBe(true);
    expect(resemblesLongForm('Momentum Contrast', ['MoCo', 'MoCo v2'])).toBe(true);
  });

  it('needs a long form that spells the short form', () => {
    expect(spellsShortForm('PGD', 'Prompt-Guided Distillation')).toBe(true);
    expect(spellsShortForm('MedQA', 'medical question answering')).toBe(true);
    expect(spellsShortForm('RLHF', 'regardless of the specific alignment method')).toBe(false);
  });

  const methods = (abstract: string) =>
    extractPaper({ key: 'p', title: 'A study', abstract })
      .filter((m) => m.kind === 'method')
      .map((m) => `${m.label} ${m.relation} ${m.slug}`)
      .sort();

  it("keys the paper's own meaning by its long form, and drops the known technique of the same letters", () => {
    // invented: PGD is projected gradient descent in the lexicon
    expect(methods('We propose Prompt-Guided Distillation (PGD), a distillation method. PGD is fast.')).toEqual(['PGD proposes prompt-guided-distillation']);
    // real: "context-free grammar (CFG) decoding" (2605.29986) is not classifier-free guidance
    expect(methods('Outputs conform to a context-free grammar (CFG) during decoding. CFG helps.')).toEqual([]);
  });

  it('keeps the known technique for its own long form, however spelled', () => {
    expect(methods('We tune low-rank adapters (LoRA) with RL from Human Feedback (RLHF).')).toEqual(['LoRA uses lora', 'RLHF uses rlhf']);
    expect(methods('We attack with projected gradient descent (PGD).')).toEqual(['PGD uses pgd']);
  });
});

describe('a digit in a short form', () => {
  it('repeats the letter before it when the initials spell it exactly', () => {
    const pairs = (t: string) => findAcronyms(t).map((d) => [d.short, d.long]);
    // real: "Asynchronous Advantage Actor-Critic (A3C)" (the letters alone spell only "Actor-Critic")
    expect(pairs('We train Asynchronous Advantage Actor-Critic (A3C) agents.')).toEqual([['A3C', 'Asynchronous Advantage Actor-Critic']]);
    expect(pairs('We build on Structured State Space Sequence (S4) models.')).toEqual([['S4', 'Structured State Space Sequence']]);
    // invented: when no long form spells "QQR", the letters alone are read as before
    expect(pairs('We use the Quick Routing (Q2R) trick.')).toEqual([['Q2R', 'Quick Routing']]);
    expect(pairs('We train Advantage Actor-Critic (A2C) agents.')).toEqual([['A2C', 'Advantage Actor-Critic']]);
  });
});

describe('venues', () => {
  it('a long form that names a journal or a conference is no technique', () => {
    for (const long of ['Journal of Discrete Algorithms', 'International Joint Conference on Neural Networks', 'IEEE Transactions on Magnetics', 'Proceedings of the National Academy of Sciences'])
      expect(namesVenue(long), long).toBe(true);
    for (const long of ['Proximal Policy Optimization', 'Conformal Prediction', 'Journaling Agents']) expect(namesVenue(long), long).toBe(false);
  });
  it('reads a reference or a venue an abstract names as neither method nor entity', () => {
    // a reference quoted in a real abstract (python-bibx docs/examples/bit-pattern-savedrecs.txt, Web of Science)
    const cited = 'In particular, the LZ-index [G. Navarro, Indexing text using the Ziv-Lempel trie, Journal of Discrete Algorithms (JDA) 2 (1) (2004) 87-114] stands out for its good performance at extracting text passages.';
    expect(extractPaper({ key: 'paper:x', title: 'Compressed text indexes', abstract: cited }).map((m) => m.label)).not.toContain('Journal of Discrete Algorithms');
    // arXiv 2504.19347
    const venue = 'Our detector obtained a top-3 ranking in the 8th WOSDETC Drone-vsBird Detection Grand Challenge, held at the 2025 International Joint Conference on Neural Networks (IJCNN), showcasing its capability.';
    const labels = extractPaper({ key: 'paper:x', title: 'Improving Small Drone Detection', abstract: venue }).map((m) => m.label);
    expect(labels).not.toContain('IJCNN');
    expect(labels).not.toContain('International Joint Conference on Neural Networks');
  });
});

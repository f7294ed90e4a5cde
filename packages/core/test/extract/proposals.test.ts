import { describe, expect, it } from 'vitest';
import { findProposals, isCoinedName, type Proposal } from '../../src/extract/proposals.ts';
import { findAcronyms } from '../../src/extract/acronyms.ts';
import { isKnownEntity } from '../../src/extract/known.ts';
import { paperText } from '../../src/extract/paper-text.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import type { PaperDoc } from '../../src/types.ts';
import { devDoc, devDocs, heldOutDoc, heldOutDocs, seedDoc, seedDocs } from './real-text.ts';

/** findProposals as extractPaper calls it; `gates: 'text'` reads the cue gates from the text instead of the tokens. */
function proposals(doc: PaperDoc, gates: 'tokens' | 'text' = 'tokens'): Proposal[] {
  const { text, titleEnd, starts } = paperText(doc);
  return findProposals(text, titleEnd, starts, findAcronyms(text), isKnownEntity, gates === 'tokens' ? tokenize(text) : undefined);
}
const named = (doc: PaperDoc) => proposals(doc).map((p) => [p.name, p.kind, p.long]);
/** A paper with only this title and this abstract sentence. */
const sentence = (abstract: string, title = 'A study'): PaperDoc => ({ key: 'paper:s', title, abstract });

describe('isCoinedName', () => {
  it('accepts names with an inner capital, a digit, a Greek letter or all capitals', () => {
    for (const w of ['TrinityX', 'E3-Pruner', 'Q-ROAR', 'xLSTM', 'mPLUG', 'CCPO', 'αLoRA', 'Kron-LoRA', 'SSR-Zero-7B']) expect(isCoinedName(w), w).toBe(true);
  });
  it('rejects plain words, numbers, sizes, plural acronyms and adjectives', () => {
    for (const w of ['framework', 'Framework', '2024', '8B', '7B-Instruct', 'LLMs', 'VFMs', 'LLM-based', 'GPU-friendly', 'X']) expect(isCoinedName(w), w).toBe(false);
  });
});

describe('findProposals', () => {
  it("reads the title's name before a colon", () => {
    expect(named(seedDoc('E3-Pruner'))).toEqual([['E3-Pruner', 'method', undefined]]);
    // a one-word title name is kept when the abstract uses it; its kind comes from the abstract
    expect(named(devDoc('2601.04195'))).toEqual([['MedPI', 'dataset', undefined]]);
  });

  it('reads "we propose X (long form)" and "we propose long form (X)", with the long form', () => {
    expect(named(seedDoc('Rethinking RoPE Scaling'))).toEqual([['Q-ROAR', 'method', 'Quantization, RoPE-interpolation, and Outlier Aware Rescaling']]);
    expect(named(seedDoc('Conformal Constrained'))).toEqual([['CCPO', 'method', 'Conformal Constrained Policy Optimization']]);
  });

  it('reads the kind from the apposition or the noun before the name', () => {
    // "this paper introduces CA-Ben, a Chartered Accountancy benchmark"
    expect(named(devDoc('2506.21031'))).toContainEqual(['CA-Ben', 'dataset', undefined]);
    // "our model SSR-Zero-7B outperforms …"
    expect(named(devDoc('2505.16637'))).toContainEqual(['SSR-Zero-7B', 'model', undefined]);
    // "we introduce LLaVA: Large Language and Vision Assistant, an end-to-end trained large multimodal model"
    expect(named(devDoc('2304.08485'))).toContainEqual(['LLaVA', 'model', undefined]);
    // "our MultI-Modal In-Context Instruction Tuning (MIMIC-IT) dataset"
    expect(named(devDoc('2305.03726'))).toContainEqual(['MIMIC-IT', 'dataset', 'MultI-Modal In-Context Instruction Tuning']);
  });

  it('reads naming participles, "our X framework", "our proposed X" and a coined subject with an apposition', () => {
    expect(named(devDoc('2508.20325'))).toContainEqual(['GUARD-JD', 'method', undefined]); // "…, named GUARD-JD, …"
    expect(named(devDoc('2507.08034'))).toEqual([['Athena', 'method', undefined]]); // "Our Athena framework achieves …"
    expect(named(devDoc('2304.12244'))).toContainEqual(['Evol-Instruct', 'method', undefined]); // "our proposed Evol-Instruct"
    expect(named(devDoc('2606.30852'))).toEqual([['LearnStop', 'method', undefined]]); // "with LearnStop, a hidden-state-free …"
    expect(named(devDoc('2304.03439'))).toEqual([['LogiEval', 'dataset', undefined]]); // "… as a benchmark suite and name it LogiEval"
  });

  it('does not take a component described with the proposal for a proposal', () => {
    // "We propose TrinityX, a modular alignment framework that incorporates a Mixture of Calibrated Experts (MoCaE)"
    expect(named(seedDoc('Too Helpful'))).toEqual([['TrinityX', 'method', undefined]]);
  });

  it('does not take a known technique brought in, or a framework named after its task, for a proposal', () => {
    // "we introduce process reward models (PRMs) into RGS"
    expect(proposals(heldOutDoc('2506.12446')).map((p) => p.name)).not.toContain('PRMs');
    // "we develop an interpretable Visual Word Sense Disambiguation (VWSD) framework"
    expect(proposals(heldOutDoc('2602.06799')).map((p) => p.name)).not.toContain('VWSD');
  });

  it('reads a second proposal joined by "and"', () => {
    // corpus, 2601.09528 and 2601.21938
    const glove = sentence(
      'We present GlovEgo-HOI, a new benchmark dataset for industrial EHOI, and GlovEgo-Net, a model integrating Glove-Head and Keypoint- Head modules to leverage hand pose information for enhanced interaction detection.',
    );
    expect(named(glove)).toEqual([
      ['GlovEgo-HOI', 'dataset', undefined],
      ['GlovEgo-Net', 'model', undefined],
    ]);
    const book = sentence(
      'Moreover, to address the absence of specialized datasets, we present Book3D, a large-scale synthetic dataset for training, and Book100, a comprehensive real-world benchmark for evaluation.',
    );
    expect(named(book)).toEqual([
      ['Book3D', 'dataset', undefined],
      ['Book100', 'dataset', undefined],
    ]);
  });

  it('merges the title reading and the abstract reading of one name', () => {
    // "Modular Prompt Optimization: …" and "We introduce Modular Prompt Optimization (MPO)": one proposal, MPO
    expect(named(devDoc('2601.04055'))).toEqual([['MPO', 'method', 'Modular Prompt Optimization']]);
  });

  it('finds the same proposals whether the sentence gates come from the tokens or from the text', () => {
    let found = 0;
    for (const doc of [...seedDocs, ...devDocs, ...heldOutDocs]) {
      const byTokens = proposals(doc, 'tokens');
      expect(byTokens, doc.key).toEqual(proposals(doc, 'text'));
      found += byTokens.length;
    }
    expect(found).toBeGreaterThan(80);
  });
});

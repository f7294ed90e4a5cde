import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isShortForm } from '../../src/extract/acronyms.ts';
import { resolveCorpus, shortFormWords } from '../../src/extract/resolve.ts';
import { extractPaper } from '../../src/extract/paper.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import type { PaperDoc } from '../../src/types.ts';
import { devDocs } from './real-text.ts';

/** The words the cross-paper pass once found with a regex over every word, filtered to possible short forms. */
function byRegex(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const re = /[A-Za-z0-9][A-Za-z0-9+-]*[A-Za-z0-9+]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].length <= 12 && /[A-Z]/.test(m[0])) out.push([m.index, m[0]]);
  return out;
}

describe('shortFormWords', () => {
  it('finds exactly the words of the word regex that have a capital and at most 12 characters', () => {
    const tricky = [
      'RLHF, DPO+ and C++ beat -LoRA- and --QLoRA-- on GSM8K-- (x-Y) a-B-c. ++X+ +-+Z- é-RAG ΔPO-ML Qwen2.5-7B-Instruct',
      'A single A, an a, AB- -AB VeryLongAcronymXYZ ABCDEFGHIJKL ABCDEFGHIJKLM end.',
    ];
    const dev = readFileSync(new URL('../../../../eval/data/papers.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const record = JSON.parse(line) as { title: string; abstract?: string; summary?: string };
        return `${record.title}\n${record.abstract ?? record.summary ?? ''}`;
      });
    let words = 0;
    for (const text of [...tricky, ...dev]) {
      expect(shortFormWords(text)).toEqual(byRegex(text));
      words += byRegex(text).length;
    }
    expect(words).toBeGreaterThan(1000);
  });

  it('misses no short form: every string isShortForm accepts has a capital and 2–12 characters', () => {
    for (const word of ['RLHF', 'LoRA', 'xLSTM', 'GPT-4o', 'C++', 'Q-ROAR', 'E3-Pruner', 'RAG2', 'mPLUG'])
      if (isShortForm(word)) expect(shortFormWords(` ${word} `)).toEqual([[1, word]]);
  });
});

describe('resolveCorpus', () => {
  const extract = (docs: PaperDoc[]) => docs.map((doc) => ({ doc, mentions: extractPaper(doc) }));

  it('gives a bare use of an acronym defined elsewhere the sentence of its first use as evidence, in a long abstract', () => {
    const definer: PaperDoc = { key: 'paper:a', title: 'Routing', abstract: 'We study Sparse Sinkhorn Routing (SSR) and Gated Expert Merging (GEM) for experts.' };
    // hundreds of real sentences before and between the uses
    const filler = devDocs.flatMap((d) => splitSentences(d.abstract)).filter((s) => !/\b(?:SSR|GEM)\b/.test(s));
    const use1 = 'Our results hold with SSR as well.';
    const use2 = 'Merging with GEM helps too.';
    const user: PaperDoc = { key: 'paper:b', title: 'A long study', abstract: [...filler, use1, ...filler, use2, use1].join(' ') };
    const [, b] = resolveCorpus(extract([definer, user]));
    const linked = b!.mentions.filter((m) => m.slug === 'sparse-sinkhorn-routing' || m.slug === 'gated-expert-merging');
    expect(linked.map((m) => [m.slug, m.relation, m.evidence, m.aliases])).toEqual([
      ['gated-expert-merging', 'uses', use2, ['GEM']],
      ['sparse-sinkhorn-routing', 'uses', use1, ['SSR']],
    ]);
  });

  const linkedTo = (extraction: { mentions: Array<{ slug: string; aliases: string[] }> } | undefined, slug: string) =>
    extraction!.mentions.some((m) => m.slug === slug);

  it("never links a paper's own definition of an acronym to another paper's long form", () => {
    const definer: PaperDoc = { key: 'paper:a', title: 'Pruning', abstract: 'We propose Sparse Sinkhorn Routing (SSR) for mixtures of experts.' };
    const bare: PaperDoc = { key: 'paper:b', title: 'Experts', abstract: 'Our experts are routed with SSR as well.' };
    // a long form no rule reads as a method: still this paper's own SSR
    const own: PaperDoc = { key: 'paper:c', title: 'Radar', abstract: 'We study the surface scattering ratio (SSR) of sea ice. The SSR drops in summer.' };
    // the same long form written out here, though no rule took it: the same SSR
    const same: PaperDoc = { key: 'paper:d', title: 'Routing again', abstract: 'Results with sparse Sinkhorn routing (SSR) hold for larger experts. SSR scales well.' };
    const [, b, c, d] = resolveCorpus(extract([definer, bare, own, same]));
    expect(linkedTo(b, 'sparse-sinkhorn-routing')).toBe(true);
    expect(linkedTo(c, 'sparse-sinkhorn-routing')).toBe(false);
    expect(linkedTo(d, 'sparse-sinkhorn-routing')).toBe(true);
  });

  it('links no bare acronym that the corpus text defines otherwise as often as the one long form a rule took', () => {
    const definer: PaperDoc = { key: 'paper:a', title: 'Steering', abstract: 'We propose Steering Vector Decoding (SVD) for aligned generation.' };
    // real-style definitions no method rule takes, in two other papers
    const others: PaperDoc[] = [1, 2].map((i) => ({
      key: `paper:o${i}`,
      title: 'Low-rank merging',
      abstract: 'We compute a singular value decomposition (SVD) of the task vectors before merging.',
    }));
    const bare: PaperDoc = { key: 'paper:b', title: 'Merging', abstract: 'An SVD of each layer is truncated to rank eight.' };
    const resolved = resolveCorpus(extract([definer, ...others, bare]));
    expect(resolved.some((ex, i) => i > 0 && linkedTo(ex, 'steering-vector-decoding'))).toBe(false);
    // the definer keeps its own method
    expect(linkedTo(resolved[0], 'steering-vector-decoding')).toBe(true);
  });

  // Real titles and sentences of the 2025-26 arXiv corpus (public arXiv metadata), by arXiv id.
  it("links no bare acronym to one paper's coinage, and no paper's proposal to another paper's proposal", () => {
    const stem: PaperDoc = {
      key: 'paper:2604.22282',
      title: 'STEM: Structure-Tracing Evidence Mining for Knowledge Graphs-Driven Retrieval-Augmented Generation',
      abstract: 'To address these issues, we propose Structure-Tracing Evidence Mining (STEM), a novel framework that reframes multi-hop reasoning as a schema-guided graph search task.',
    };
    const stemDomain: PaperDoc = {
      key: 'paper:2509.12541',
      title: 'zELO: ELO-inspired Training Method for Rerankers and Embedding Models',
      abstract: 'These models achieve the highest retrieval scores in multiple domains, including finance, legal, code, and STEM, outperforming closed-source proprietary rerankers on both NDCG@10 and Recall.',
    };
    const shineInsertion: PaperDoc = {
      key: 'paper:2509.21278',
      title: 'Does FLUX Already Know How to Perform Physically Plausible Image Composition?',
      abstract: 'We propose SHINE, a training-free framework for Seamless, High-fidelity Insertion with Neutralized Errors.',
    };
    const shineHypernetwork: PaperDoc = {
      key: 'paper:2602.06358',
      title: 'SHINE: A Scalable In-Context Hypernetwork for Mapping Context to LoRA in a Single Pass',
      abstract: 'We propose SHINE (Scalable Hyper In-context NEtwork), a scalable hypernetwork that can map diverse meaningful contexts into high-quality LoRA adapters for large language models (LLM).',
    };
    const [ownStem, domain, insertion, hypernetwork] = resolveCorpus(extract([stem, stemDomain, shineInsertion, shineHypernetwork]));
    expect(linkedTo(ownStem, 'structure-tracing-evidence-mining')).toBe(true);
    expect(domain!.mentions.filter((m) => m.kind === 'method').map((m) => m.label)).not.toContain('STEM');
    const shines = [insertion, hypernetwork].map((paper) => paper!.mentions.filter((m) => m.label === 'SHINE').map((m) => `${m.slug}/${m.relation}`));
    expect(shines).toEqual([['shine/proposes'], ['scalable-hyper-in-context-network/proposes']]);
  });

  it('gives every node its most frequent label across papers, the others becoming aliases', () => {
    const docs = ['USC-75', 'Usc-75', 'USC-75'].map((name, i) => ({ key: `paper:${i}`, title: 'A study', abstract: `We train on the ${name} dataset and report Dice.` }));
    expect(extract(docs).map((ex) => ex.mentions.find((m) => m.slug === 'usc-75')!.label)).toEqual(['USC-75', 'Usc-75', 'USC-75']);
    const resolved = resolveCorpus(extract(docs)).map((ex) => ex.mentions.find((m) => m.slug === 'usc-75')!);
    expect(resolved.map((m) => m.label)).toEqual(['USC-75', 'USC-75', 'USC-75']);
    expect(resolved[1]!.aliases).toContain('Usc-75');
  });
});

import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/paper.ts';
import { separateSharedProposals } from '../../src/extract/proposal-owners.ts';
import { resolveCorpus } from '../../src/extract/resolve.ts';
import type { PaperExtraction } from '../../src/types.ts';

/** Real titles, first authors and one abstract sentence of 2025-26 arXiv papers (public arXiv metadata), by id. */
const PAPERS: Array<{ id: string; title: string; authors: string[]; abstract: string }> = [
  {
    id: '2504.04454',
    title: 'PRISM: Probabilistic Representation for Integrated Shape Modeling and Generation',
    authors: ['Lei Cheng', 'Mahdi Saleh', 'Qing Cheng'],
    abstract: 'We address these limitations with PRISM, a novel compositional approach for 3D shape generation that integrates categorical diffusion models with Statistical Shape Models (SSM) and Gaussian Mixture Models (GMM).',
  },
  {
    id: '2504.14219',
    title: 'PRISM: A Unified Framework for Photorealistic Reconstruction and Intrinsic Scene Modeling',
    authors: ['Alara Dirik', 'Tuanfeng Wang', 'Duygu Ceylan'],
    abstract: 'We present PRISM, a unified framework that enables multiple image generation and editing tasks in a single foundational model.',
  },
  // One group's two papers on one try-on network.
  {
    id: '2503.12588',
    title: 'Progressive Limb-Aware Virtual Try-On',
    authors: ['Xiaoyu Han', 'Shengping Zhang', 'Qinglin Liu', 'Zonglin Li'],
    abstract: 'To address these problems, we present a progressive virtual try-on framework, named PL-VTON, which performs pixel-level clothing warping based on multiple attributes of clothing and embeds explicit limb-aware features to generate photo-realistic try-on results.',
  },
  {
    id: '2503.14074',
    title: 'Limb-Aware Virtual Try-On Network with Progressive Clothing Warping',
    authors: ['Shengping Zhang', 'Xiaoyu Han', 'Weigang Zhang', 'Xiangyuan Lan'],
    abstract: 'To address these problems, we propose Limb-aware Virtual Try-on Network named PL-VTON, which performs fine-grained clothing warping progressively and generates high-quality try-on results with realistic limb details.',
  },
];

function resolved(papers: typeof PAPERS): Record<string, string[]> {
  const extractions: PaperExtraction[] = papers.map(({ id, title, abstract }) => {
    const doc = { key: `paper:${id}`, title, abstract };
    return { doc, mentions: extractPaper(doc) };
  });
  const out = resolveCorpus(extractions, { authors: (paper) => papers[paper]!.authors });
  return Object.fromEntries(out.map((ex) => [ex.doc.key.slice('paper:'.length), ex.mentions.filter((m) => m.relation === 'proposes').map((m) => `${m.kind}:${m.slug}`)]));
}

describe('a name several papers each propose is several works', () => {
  it('gives each proposer without a common author its own node, keyed by the name and the paper', () => {
    const proposals = resolved(PAPERS);
    expect(proposals['2504.04454']).toContain('method:prism-2504.04454');
    expect(proposals['2504.14219']).toContain('method:prism-2504.14219');
  });

  it('keeps one node for the papers of one group (a common author)', () => {
    const proposals = resolved(PAPERS);
    expect(proposals['2503.12588']).toContain('method:pl-vton');
    expect(proposals['2503.14074']).toContain('method:pl-vton');
  });

  it('changes nothing for a name one paper proposes', () => {
    expect(resolved(PAPERS.slice(0, 1))['2504.04454']).toContain('method:prism');
  });

  it('leaves a name a lexicon knows on its node, and other papers\' uses on the name (invented mentions)', () => {
    const doc = (key: string) => ({ key, title: 'T', abstract: 'A' });
    const mention = (slug: string, label: string, relation: 'proposes' | 'uses') => ({ kind: 'method' as const, slug, label, relation, evidence: 'A', aliases: [label] });
    const extractions: PaperExtraction[] = [
      { doc: doc('paper:2501.00001'), mentions: [mention('star', 'STaR', 'proposes'), mention('prism', 'PRISM', 'proposes')] },
      { doc: doc('paper:2501.00002'), mentions: [mention('star', 'STaR', 'proposes'), mention('prism', 'PRISM', 'proposes')] },
      { doc: doc('paper:a-title-slug'), mentions: [mention('prism', 'PRISM', 'uses')] },
    ];
    const out = separateSharedProposals(extractions);
    expect(out.map((ex) => ex.mentions.map((m) => m.slug))).toEqual([
      ['star', 'prism-2501.00001'],
      ['star', 'prism-2501.00002'],
      ['prism'],
    ]);
    // A paper keyed by its title gets a short hash in its works' keys.
    const byTitle = separateSharedProposals([extractions[0]!, { doc: doc('paper:a-title-slug'), mentions: [mention('prism', 'PRISM', 'proposes')] }]);
    expect(byTitle[1]!.mentions[0]!.slug).toMatch(/^prism-[a-z0-9]{1,10}$/);
  });
});

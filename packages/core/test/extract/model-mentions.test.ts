import { describe, expect, it } from 'vitest';
import { ownModelMentions } from '../../src/extract/model-mentions.ts';
import { scanModels, type ModelHit } from '../../src/extract/models.ts';
import { paperText } from '../../src/extract/paper-text.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import { seededRandom } from '../../src/cluster/random.ts';
import type { PaperDoc } from '../../src/types.ts';
import { devDoc, devDocs, seedDocs } from './real-text.ts';

function hitsOf(doc: PaperDoc): ModelHit[] {
  const { text } = paperText(doc);
  const tk = tokenize(text);
  return scanModels(text, tk, new Uint8Array(tk.n));
}
const slugsOf = (hits: readonly ModelHit[]) => [...new Set(hits.map((h) => h.slug))];

/** The rule as first written: every hit compared with every other (quadratic), kept as the oracle. */
function pairwise(hits: readonly ModelHit[]): ModelHit[] {
  const COMPLETES = /^(?:\d+(?:\.\d+)?[bm]|\d+x\d+b|[ae]\d+(?:\.\d+)?b|sonnet|opus|haiku|pro|flash|ultra)(?:-|$)/;
  const TIERS = /^(?:Sonnet|Opus|Haiku|Pro|Flash|Ultra)(?:-|$)/;
  const firstAt = new Map<string, number>();
  for (const h of hits) if (!firstAt.has(h.slug)) firstAt.set(h.slug, h.start);
  return hits.filter((h) => {
    const first = firstAt.get(h.slug)!;
    if (!h.model.size && !h.model.variant) {
      const n = h.slug + '-';
      const { family, version } = h.model;
      if (version === undefined) return !hits.some((o) => o.model.family === family && o.slug !== h.slug && o.start < first);
      return !hits.some(
        (o) =>
          o !== h &&
          o.start < first &&
          o.model.family === family &&
          ((o.slug.startsWith(n) && COMPLETES.test(o.slug.slice(n.length))) || (o.model.version === version && TIERS.test(o.model.variant ?? ''))),
      );
    }
    if (h.model.size && !/^v\d/.test(h.model.version ?? '') && !h.slug.includes('-v')) {
      const n = h.slug + '-v';
      if (hits.some((o) => o.start < first && o.slug.startsWith(n) && /^\d/.test(o.slug.slice(n.length)))) return false;
      const { family, version, size, variant } = h.model;
      if (version === undefined && !variant) return !hits.some((o) => o.start < first && o.model.family === family && o.model.size === size && o.model.version !== undefined && !/-v\d/.test(o.slug));
    }
    return true;
  });
}

describe('ownModelMentions', () => {
  it('drops a family named after its members, keeps it named before them', () => {
    // 2603.18171: "Qwen", "Mistral", "Llama" after Qwen2.5-32B, Mistral-7B, Llama-3.1-8B
    const hits = hitsOf(devDoc('2603.18171'));
    expect(slugsOf(hits)).toEqual(expect.arrayContaining(['qwen', 'mistral', 'llama', 'qwen2.5-32b']));
    expect(slugsOf(ownModelMentions(hits)).sort()).toEqual(['llama-3.1-8b', 'mistral-7b', 'qwen2.5-32b']);
    // a bare family named first (a title's "Gemma Models") stays
    const first = hitsOf({ key: 'p', title: 'Gemma Models', abstract: 'We fine-tune Gemma-2-9B and Gemma-2-2B.' });
    expect(slugsOf(ownModelMentions(first))).toEqual(['gemma', 'gemma-2-9b', 'gemma-2-2b']);
  });

  it('drops a version completed by an earlier sized or tiered model, and a sized model after its revision', () => {
    // 2604.11050: "Qwen 2.5", "Llama 3.2" after Qwen2.5-1.5B, Llama-3.2-3B
    const hits = hitsOf(devDoc('2604.11050'));
    expect(slugsOf(hits)).toEqual(expect.arrayContaining(['qwen2.5', 'llama-3.2']));
    expect(slugsOf(ownModelMentions(hits))).toEqual(expect.arrayContaining(['qwen2.5-1.5b', 'llama-3.2-3b']));
    expect(slugsOf(ownModelMentions(hits))).not.toContain('qwen2.5');
    expect(slugsOf(ownModelMentions(hits))).not.toContain('llama-3.2');
    // 2602.04739: "Claude 4.5" after "Claude Sonnet 4.5"
    const claude = slugsOf(ownModelMentions(hitsOf(devDoc('2602.04739'))));
    expect(claude).toContain('claude-sonnet-4.5');
    expect(claude).not.toContain('claude-4.5');
    // 2510.03683: "Mistral 7B" after "Mistral 7B v0.1"
    const mistral = slugsOf(ownModelMentions(hitsOf(devDoc('2510.03683'))));
    expect(mistral).toContain('mistral-7b-v0.1');
    expect(mistral).not.toContain('mistral-7b');
    // 2605.07209: "our 8B LLaMA" after "LLaMA-3 at both 3B and 8B"
    const llama = slugsOf(ownModelMentions(hitsOf(devDoc('2605.07209'))));
    expect(llama).toEqual(expect.arrayContaining(['llama-3-3b', 'llama-3-8b']));
    expect(llama).not.toContain('llama-8b');
    // invented: a sized family named before its versioned model stays
    const before = slugsOf(ownModelMentions(hitsOf({ key: 'p', title: 'T', abstract: 'A 7B Falcon model and Falcon-2-7B.' })));
    expect(before).toEqual(['falcon-7b', 'falcon-2-7b']);
  });

  it('agrees with the pairwise rule on every dev and seed abstract', () => {
    let dropped = 0;
    for (const doc of [...devDocs, ...seedDocs]) {
      const hits = hitsOf(doc);
      const kept = ownModelMentions(hits);
      expect(kept, doc.key).toEqual(pairwise(hits));
      dropped += hits.length - kept.length;
    }
    expect(dropped).toBeGreaterThan(20);
  });

  it('agrees with the pairwise rule on shuffled mixes of real hits', () => {
    const pool = [...devDocs, ...seedDocs].flatMap(hitsOf);
    const rng = seededRandom(7);
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(rng() * 40);
      const hits = Array.from({ length: n }, () => {
        const h = pool[Math.floor(rng() * pool.length)]!;
        return { ...h, start: Math.floor(rng() * 50) }; // equal and reversed starts too
      });
      expect(ownModelMentions(hits)).toEqual(pairwise(hits));
    }
  });
});

/**
 * Which model hits of a paper are mentions of their own.
 *
 * A family (or a versioned family) without size or variant, named only after members of it, refers back to them
 * ("Qwen2.5-7B … the Qwen2.5 models", "Claude Sonnet 3.5 … Claude models"); named first, it is a mention of its own
 * ("models such as Llama and Qwen … Llama-3.1-8B", a title's "Gemma Models"). Variants stay ("Qwen3-VL", "GPT-4o"
 * vs "GPT-4o-mini"). A sized model named after the same model with a revision is that model ("Mistral 7B" after
 * "Mistral 7B v0.1"), and so is a sized family without its version after a versioned one of that size ("our 8B LLaMA"
 * after "LLaMA-3 at 3B and 8B").
 *
 * Every "named before" test compares the slug's first offset with the earliest start of the hits that would make it
 * a back-reference; those earliest starts are indexed once per paper (by family, by slug prefix, by family and
 * version), so the pass is linear in the hits: a text with 100,000 model names takes no longer per name than one
 * with ten.
 */
import type { ModelHit } from './models.ts';

/** Extensions that complete a versioned family into one model: a size, or a tier name ("Claude 3.7" → "Claude-3.7-Sonnet"). */
const COMPLETES = /^(?:\d+(?:\.\d+)?[bm]|\d+x\d+b|[ae]\d+(?:\.\d+)?b|sonnet|opus|haiku|pro|flash|ultra)(?:-|$)/;
/** Tier names that complete a version written after them ("Claude Sonnet 4.5" completes "Claude 4.5"). */
const TIERS = /^(?:Sonnet|Opus|Haiku|Pro|Flash|Ultra)(?:-|$)/;
const REVISION_AFTER = /^-v\d/;
const REVISION_IN = /-v\d/;

/** The hits that are mentions of their own, in their order. */
export function ownModelMentions(hits: readonly ModelHit[]): readonly ModelHit[] {
  if (hits.length < 2) return hits; // (most papers: nothing to refer back to)
  const firstAt = new Map<string, number>();
  for (const h of hits) if (!firstAt.has(h.slug)) firstAt.set(h.slug, h.start);
  const earliest = new EarliestStarts(hits);
  const out: ModelHit[] = [];
  for (const h of hits) {
    const first = firstAt.get(h.slug)!;
    const { family, version, size, variant } = h.model;
    if (!size && !variant) {
      if (version === undefined) {
        // a bare family after another model of it
        if (earliest.otherSlugOfFamily(family, h.slug) < first) continue;
      } else if (earliest.completion(family, h.slug) < first || earliest.tierOf(family, version) < first) continue; // "Qwen2.5" after "Qwen2.5-7B", "Claude 4.5" after "Claude Sonnet 4.5"
    } else if (size && !/^v\d/.test(version ?? '') && !h.slug.includes('-v')) {
      // "Mistral 7B" after "Mistral 7B v0.1": the same model
      if (earliest.revision(h.slug) < first) continue;
      // "our 8B LLaMA" after "LLaMA-3-8B": the same model
      if (version === undefined && !variant && earliest.versionedOfSize(family, size) < first) continue;
    }
    out.push(h);
  }
  return out;
}

/** Earliest starts of the hits that can make another hit a back-reference; each index is built on first use. */
class EarliestStarts {
  /** Per family: the earliest hit's slug and start, and the earliest start of a hit with another slug. */
  private byFamily?: Map<string, { slug: string; start: number; otherStart: number }>;
  /** Per family and slug prefix P: earliest hit whose slug is P + '-' + a completion (size or tier). */
  private completions?: Map<string, number>;
  /** Per family and version: earliest hit with that version and a tier variant. */
  private tiers?: Map<string, number>;
  /** Per slug prefix P: earliest hit whose slug is P + '-v' + a digit… */
  private revisions?: Map<string, number>;
  /** Per family and size: earliest hit with that size and a version. */
  private versionedSizes?: Map<string, number>;

  constructor(private readonly hits: readonly ModelHit[]) {}

  /** Earliest start of a hit of `family` whose slug is not `slug` (Infinity if none). */
  otherSlugOfFamily(family: string, slug: string): number {
    if (!this.byFamily) {
      const byFamily = new Map<string, { slug: string; start: number; otherStart: number }>();
      for (const h of this.hits) {
        const e = byFamily.get(h.model.family);
        if (!e) byFamily.set(h.model.family, { slug: h.slug, start: h.start, otherStart: Infinity });
        else if (h.start < e.start) (e.slug = h.slug), (e.start = h.start);
      }
      for (const h of this.hits) {
        const e = byFamily.get(h.model.family)!;
        if (h.slug !== e.slug && h.start < e.otherStart) e.otherStart = h.start;
      }
      this.byFamily = byFamily;
    }
    const e = this.byFamily.get(family);
    if (!e) return Infinity;
    return e.slug !== slug ? e.start : e.otherStart;
  }

  /** Earliest start of a hit of `family` that completes `slug`: slug + '-' + a size or tier ("qwen2.5-7b" for "qwen2.5"). */
  completion(family: string, slug: string): number {
    if (!this.completions) {
      const completions = new Map<string, number>();
      for (const h of this.hits) {
        const s = h.slug;
        for (let k = s.indexOf('-'); k >= 0; k = s.indexOf('-', k + 1)) {
          if (!COMPLETES.test(s.slice(k + 1))) continue;
          keepEarliest(completions, `${h.model.family}\u0000${s.slice(0, k)}`, h.start);
        }
      }
      this.completions = completions;
    }
    return this.completions.get(`${family}\u0000${slug}`) ?? Infinity;
  }

  /** Earliest start of a hit of `family` with `version` and a tier variant ("Claude Sonnet 4.5" for "Claude 4.5"). */
  tierOf(family: string, version: string): number {
    if (!this.tiers) {
      const tiers = new Map<string, number>();
      for (const h of this.hits)
        if (h.model.version !== undefined && TIERS.test(h.model.variant ?? '')) keepEarliest(tiers, `${h.model.family}\u0000${h.model.version}`, h.start);
      this.tiers = tiers;
    }
    return this.tiers.get(`${family}\u0000${version}`) ?? Infinity;
  }

  /** Earliest start of a hit of `family` with `size` and a version ("Llama-3-8B" for "8B Llama"). */
  versionedOfSize(family: string, size: string): number {
    if (!this.versionedSizes) {
      const sizes = new Map<string, number>();
      // (a revision is no version here: "Mistral-7B" after "Mistral-7B-Instruct-v0.2" is kept, as annotators do)
      for (const h of this.hits) if (h.model.size !== undefined && h.model.version !== undefined && !REVISION_IN.test(h.slug)) keepEarliest(sizes, `${h.model.family}\u0000${h.model.size}`, h.start);
      this.versionedSizes = sizes;
    }
    return this.versionedSizes.get(`${family}\u0000${size}`) ?? Infinity;
  }

  /** Earliest start of a hit whose slug is `slug` + '-v' + a digit… ("mistral-7b-v0.1" for "mistral-7b"), any family. */
  revision(slug: string): number {
    if (!this.revisions) {
      const revisions = new Map<string, number>();
      for (const h of this.hits) {
        const s = h.slug;
        for (let k = s.indexOf('-v'); k >= 0; k = s.indexOf('-v', k + 1)) if (REVISION_AFTER.test(s.slice(k))) keepEarliest(revisions, s.slice(0, k), h.start);
      }
      this.revisions = revisions;
    }
    return this.revisions.get(slug) ?? Infinity;
  }
}

function keepEarliest(map: Map<string, number>, key: string, start: number): void {
  const s = map.get(key);
  if (s === undefined || start < s) map.set(key, start);
}

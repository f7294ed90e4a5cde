/**
 * Cross-paper canonicalisation. Deterministic (input order, then sorted output).
 * - A bare acronym (e.g. "RLHF" used without definition, or a proposal known only by its short name) links to the
 *   node of the long form that other papers define for it, but only when the corpus defines exactly one long form
 *   for that acronym: "PI" = position interpolation in one paper and "PI" = something else in another stay apart.
 * - Every node gets one label across the corpus (the most frequent one) and aliases are unioned per paper.
 */
import type { Mention, PaperExtraction } from '../types.ts';
import { isShortForm } from './acronyms.ts';
import { compareMentions, paperText } from './index.ts';
import { slugify } from './tokens.ts';

interface Target {
  slug: string;
  label: string;
  aliases: string[];
}

export function resolveCorpus(extractions: PaperExtraction[]): PaperExtraction[] {
  // 1. acronym → long-form method slugs defined anywhere in the corpus
  const longs = new Map<string, Map<string, Target>>();
  for (const ex of extractions) {
    for (const m of ex.mentions) {
      if (m.kind !== 'method') continue;
      for (const a of m.aliases) {
        if (!isShortForm(a) || slugify(a) === m.slug) continue;
        if (m.aliases.length < 2) continue;
        let t = longs.get(a);
        if (!t) longs.set(a, (t = new Map()));
        if (!t.has(m.slug)) t.set(m.slug, { slug: m.slug, label: m.label, aliases: m.aliases });
      }
    }
  }
  const unique = new Map<string, Target>();
  for (const [short, targets] of longs) if (targets.size === 1) unique.set(short, [...targets.values()][0]!);

  const out: PaperExtraction[] = [];
  for (const ex of extractions) {
    const bySlug = new Set(ex.mentions.map((m) => `${m.kind}:${m.slug}`));
    const definedHere = new Set<string>();
    for (const m of ex.mentions) for (const a of m.aliases) if (slugify(a) !== m.slug) definedHere.add(a);
    const mentions: Mention[] = [];
    for (const m of ex.mentions) {
      // a method known here only by its acronym, defined (uniquely) elsewhere
      const t = m.kind === 'method' && m.aliases.length === 1 ? unique.get(m.label) : undefined;
      if (t && t.slug !== m.slug && slugify(m.label) === m.slug && !bySlug.has(`method:${t.slug}`)) {
        mentions.push({ ...m, slug: t.slug, aliases: [...new Set([...m.aliases, ...t.aliases])].sort() });
        bySlug.add(`method:${t.slug}`);
      } else mentions.push(m);
    }
    // bare uses of an acronym defined elsewhere
    if (unique.size) {
      const { text, starts } = paperText(ex.doc);
      const re = /[A-Za-z0-9][A-Za-z0-9+-]*[A-Za-z0-9+]/g;
      let mm: RegExpExecArray | null;
      while ((mm = re.exec(text))) {
        const w = mm[0];
        const t = unique.get(w);
        if (!t || definedHere.has(w) || bySlug.has(`method:${t.slug}`)) continue;
        bySlug.add(`method:${t.slug}`);
        let s = 0;
        while (s + 1 < starts.length && starts[s + 1]! <= mm.index) s++;
        const evidence = text.slice(starts[s]!, s + 1 < starts.length ? starts[s + 1]! : text.length).trim();
        mentions.push({ kind: 'method', slug: t.slug, label: t.label, relation: 'uses', evidence, aliases: [w] });
      }
    }
    out.push({ doc: ex.doc, mentions });
  }

  // 2. one label per node: the most frequent (ties: the smallest string)
  const counts = new Map<string, Map<string, number>>();
  for (const ex of out)
    for (const m of ex.mentions) {
      const k = `${m.kind}:${m.slug}`;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Map()));
      c.set(m.label, (c.get(m.label) ?? 0) + 1);
    }
  const labels = new Map<string, string>();
  for (const [k, c] of counts) {
    let best = '';
    let n = -1;
    for (const [l, v] of c) if (v > n || (v === n && l < best)) (best = l), (n = v);
    labels.set(k, best);
  }
  return out.map((ex) => ({
    doc: ex.doc,
    mentions: ex.mentions
      .map((m) => {
        const label = labels.get(`${m.kind}:${m.slug}`) ?? m.label;
        return label === m.label ? m : { ...m, label, aliases: [...new Set([...m.aliases, m.label])].sort() };
      })
      .sort(compareMentions),
  }));
}

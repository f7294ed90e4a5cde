/**
 * Cross-paper canonicalisation. Deterministic (input order, then sorted output).
 * - A bare acronym (e.g. "RLHF" used without definition, or a proposal known only by its short name) links to the
 *   node of the long form that other papers define for it, but only when the corpus defines exactly one long form
 *   for that acronym: "PI" = position interpolation in one paper and "PI" = something else in another stay apart.
 *   A bare acronym in the text links only to an established term (one a paper defines without proposing it), and
 *   a paper's own proposal never to another paper's proposal of the same letters.
 * - A model, dataset or method that papers spell several ways (`DeepSeek-V3.2` / `DeepSeek-3.2`, `VideoMME` /
 *   `Video-MME`) is one node, under the spelling most papers use (spellings.ts).
 * - A name that several papers each propose is several works: each proposer's gets its own node (proposal-owners.ts).
 * - Every node gets one label across the corpus (the most frequent one) and aliases are unioned per paper.
 */
import type { Mention, PaperExtraction } from '../types.ts';
import { isShortForm } from './acronyms.ts';
import { compareMentions, mostFrequentLabel } from './mentions.ts';
import { mergeSpellings } from './spellings.ts';
import { separateSharedProposals } from './proposal-owners.ts';
import { paperText, sentenceAt } from './paper-text.ts';
import { slugify } from './tokens.ts';

interface Target {
  slug: string;
  label: string;
  aliases: string[];
  /** A paper of the corpus proposes it (the acronym is that paper's coinage). */
  proposed: boolean;
  /** A paper of the corpus defines it without proposing it (an established term, not one paper's coinage). */
  used: boolean;
}

export interface ResolveOptions {
  /** Each paper's author names, by index (proposers of one name who share an author are one work). */
  authors?: (paper: number) => readonly string[];
}

export function resolveCorpus(extractions: PaperExtraction[], options: ResolveOptions = {}): PaperExtraction[] {
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
        const proposes = m.relation === 'proposes';
        const target = t.get(m.slug);
        if (!target) t.set(m.slug, { slug: m.slug, label: m.label, aliases: m.aliases, proposed: proposes, used: !proposes });
        else if (proposes) target.proposed = true;
        else target.used = true;
      }
    }
  }
  const unique = new Map<string, Target>();
  for (const [short, targets] of longs) if (targets.size === 1) unique.set(short, [...targets.values()][0]!);

  const { own: ownDefinitions, uses } = textDefinitions(extractions, unique);

  let out: PaperExtraction[] = [];
  for (const [index, ex] of extractions.entries()) {
    const bySlug = new Set(ex.mentions.map((m) => `${m.kind}:${m.slug}`));
    // The short forms this paper defines itself; built on the first candidate, as most papers have none.
    let definedHere: Set<string> | undefined;
    const definesHere = (w: string) => {
      if (!definedHere) {
        definedHere = new Set<string>();
        for (const m of ex.mentions) for (const a of m.aliases) if (slugify(a) !== m.slug) definedHere.add(a);
      }
      return definedHere.has(w);
    };
    const definedOtherwise = (w: string) => ownDefinitions.get(index)?.has(w) === true;
    const mentions: Mention[] = [];
    for (const m of ex.mentions) {
      // a method known here only by its acronym, defined (uniquely) elsewhere — unless both papers propose one: two
      // papers that each propose a SHINE made two SHINEs ("Seamless, High-fidelity Insertion with Neutralized Errors"
      // and "A Scalable In-Context Hypernetwork")
      const t = m.kind === 'method' && m.aliases.length === 1 ? unique.get(m.label) : undefined;
      if (t && !(t.proposed && m.relation === 'proposes') && t.slug !== m.slug && slugify(m.label) === m.slug && !bySlug.has(`method:${t.slug}`) && !definedOtherwise(m.label)) {
        mentions.push({ ...m, slug: t.slug, aliases: [...new Set([...m.aliases, ...t.aliases])].sort() });
        bySlug.add(`method:${t.slug}`);
      } else mentions.push(m);
    }
    // bare uses of an acronym defined elsewhere
    if (uses[index] === 1 && unique.size) {
      const { text, starts } = paperText(ex.doc);
      for (const [at, w] of shortFormWords(text)) {
        const t = unique.get(w);
        // (only to an established term: one paper's coinage says nothing of the same letters elsewhere — a paper's
        // "Structure-Tracing Evidence Mining (STEM)" made the "STEM education" of six others its users)
        if (!t || !t.used || definesHere(w) || bySlug.has(`method:${t.slug}`) || definedOtherwise(w)) continue;
        bySlug.add(`method:${t.slug}`);
        mentions.push({ kind: 'method', slug: t.slug, label: t.label, relation: 'uses', evidence: sentenceAt(text, starts, at), aliases: [w] });
      }
    }
    out.push({ doc: ex.doc, mentions });
  }

  // 2. one node per entity however papers spell it (spellings.ts)
  out = mergeSpellings(out);
  // 3. a name several papers each propose is several works (proposal-owners.ts)
  out = separateSharedProposals(out, options.authors);

  // 4. one label per node: the most frequent (ties: the smallest string). Most nodes have one spelling: a count
  // map is made only for those with two or more.
  const tallies = new Map<string, Map<string, LabelTally>>();
  for (const ex of out)
    for (const m of ex.mentions) {
      let bySlugOfKind = tallies.get(m.kind);
      if (!bySlugOfKind) tallies.set(m.kind, (bySlugOfKind = new Map()));
      const tally = bySlugOfKind.get(m.slug);
      if (!tally) bySlugOfKind.set(m.slug, { label: m.label, count: 1 });
      else if (!tally.counts && tally.label === m.label) tally.count++;
      else {
        tally.counts ??= new Map([[tally.label, tally.count]]);
        tally.counts.set(m.label, (tally.counts.get(m.label) ?? 0) + 1);
      }
    }
  for (const bySlugOfKind of tallies.values())
    for (const tally of bySlugOfKind.values()) {
      if (tally.counts) tally.label = mostFrequentLabel(tally.counts);
    }
  return out.map((ex) => ({
    doc: ex.doc,
    mentions: ex.mentions
      .map((m) => {
        const label = tallies.get(m.kind)!.get(m.slug)!.label;
        return label === m.label ? m : { ...m, label, aliases: [...new Set([...m.aliases, m.label])].sort() };
      })
      .sort(compareMentions),
  }));
}

/**
 * How the corpus's text defines each short form the rules gave exactly one long form (`unique`): every "long form
 * (SF)" is read, whether or not a rule took it. A short form the text defines with other long forms at least as often
 * as with its own is not unique after all ("Singular Value Decomposition (SVD)" in hundreds of papers against one
 * paper's "Steering Vector Decoding (SVD)") and is removed from `unique`; returns, by paper index, the short forms a
 * paper defines with a long form of its own ("magnetic resonance (MR)"), which never link to another paper's.
 */
function textDefinitions(extractions: PaperExtraction[], unique: Map<string, Target>): { own: Map<number, Set<string>>; uses: Uint8Array } {
  const agree = new Map<string, number>();
  const disagree = new Map<string, number>();
  const own = new Map<number, Set<string>>();
  // 1 for a paper with a word of `unique` (the bare-use pass reads only those again)
  const uses = new Uint8Array(extractions.length);
  if (unique.size === 0) return { own, uses };
  extractions.forEach((ex, index) => {
    const text = paperText(ex.doc).text;
    for (const [at, w] of shortFormWords(text)) {
      const t = unique.get(w);
      if (!t) continue;
      uses[index] = 1;
      const close = text.charCodeAt(at + w.length);
      if (text.charCodeAt(at - 1) !== 40 /* ( */ || (close !== 41 /* ) */ && close !== 44 /* , */ && close !== 59) /* ; */) continue;
      const before = text.slice(Math.max(0, at - 161), at - 1);
      if ([t.label, ...t.aliases].some((form) => form !== w && endsWithLongForm(before, form))) agree.set(w, (agree.get(w) ?? 0) + 1);
      else {
        disagree.set(w, (disagree.get(w) ?? 0) + 1);
        let set = own.get(index);
        if (!set) own.set(index, (set = new Set()));
        set.add(w);
      }
    }
  });
  for (const [w, n] of disagree) if (n >= (agree.get(w) ?? 0)) unique.delete(w);
  return { own, uses };
}

/** Letters and digits only, lower-case, a plural's "s" dropped: "Latent Diffusion Models" = "latent-diffusion model". */
function longFormKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '').replace(/s$/, '');
}

/** Whether `before` (the text before a parenthesised short form) ends with the long form `label`. */
function endsWithLongForm(before: string, label: string): boolean {
  const wanted = longFormKey(label);
  const had = longFormKey(before);
  return wanted.length > 0 && (had.endsWith(wanted) || had.endsWith(`${wanted}e`));
}

interface LabelTally {
  /** The only label seen so far, or (once `counts` exists) the most frequent one after the tally. */
  label: string;
  count: number;
  counts?: Map<string, number>;
}

/** A character of a word: ASCII letter or digit (1), '+' (2) or '-' (3); anything else ends the word (0). */
const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 1;
for (let c = 65; c <= 90; c++) WORD_CHAR[c] = 1;
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;
WORD_CHAR[43] = 2;
WORD_CHAR[45] = 3;

const CAPITAL = /[A-Z]/g;

/**
 * The words of `text` that could be a short form, with their offsets. A word is what
 * `/[A-Za-z0-9][A-Za-z0-9+-]*[A-Za-z0-9+]/g` matches: a maximal run of letters, digits, '+' and '-', from its first
 * letter or digit, trailing hyphens dropped, two characters at least. Only words of 2–12 characters with a capital
 * letter can be short forms (see `isShortForm`), so the scan jumps from capital to capital and expands each to its
 * run: the corpus-wide pass reads a few words per paper instead of all of them.
 */
export function shortFormWords(text: string): Array<[number, string]> {
  const words: Array<[number, string]> = [];
  const n = text.length;
  const isWordChar = (c: number) => c < 128 && WORD_CHAR[c] !== 0;
  CAPITAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITAL.exec(text))) {
    let runStart = m.index;
    while (runStart > 0 && isWordChar(text.charCodeAt(runStart - 1))) runStart--;
    let runEnd = m.index + 1;
    while (runEnd < n && isWordChar(text.charCodeAt(runEnd))) runEnd++;
    CAPITAL.lastIndex = runEnd;
    let first = runStart;
    while (WORD_CHAR[text.charCodeAt(first)] !== 1) first++; // the capital itself stops this
    let last = runEnd;
    while (WORD_CHAR[text.charCodeAt(last - 1)] === 3) last--;
    // a capital in the dropped '-' tail is impossible: the tail holds hyphens only
    if (last - first >= 2 && last - first <= 12) words.push([first, text.slice(first, last)]);
  }
  return words;
}

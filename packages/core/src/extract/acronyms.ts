/**
 * Acronym definitions by the Schwartz–Hearst algorithm (Schwartz & Hearst, PSB 2003), in both orders:
 * "long form (SF)" and "SF (long form)". Pure, one pass over the parentheses of the text.
 */
import heads from './lexicons/heads.json' with { type: 'json' };
import { withoutFinal } from './tokens.ts';

export interface AcronymDef {
  short: string;
  long: string;
  /** Offset of the start of the whole definition (long form or short form, whichever comes first). */
  start: number;
  end: number;
  /** Offset of the short form itself. */
  shortStart: number;
  /** True for "SF (long form)". */
  reversed: boolean;
}

/** [A-Za-z0-9\u0370-\u03ff] by code (a one-character regex test per character was a hot spot of findAcronyms). */
function isAlnumCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x370 && c <= 0x3ff);
}

/** A character of a short form written before its long form: [A-Za-z0-9\-+\u0370-\u03ff], by code. */
function isShortFormCode(c: number): boolean {
  return isAlnumCode(c) || c === 45 || c === 43;
}

/**
 * A plausible short form: 2–12 chars, ≤ 2 words, starts alphanumeric, has a capital letter; or up to 24 chars written as
 * a word and an acronym ("Training-Free GRPO").
 */
export function isShortForm(s: string): boolean {
  if (s.length < 2) return false;
  // (longer only as a word and an acronym: "Training-Free GRPO", bestLongForm → prefixedLongForm)
  if (s.length > 12) return s.length <= 24 && WORD_AND_ACRONYM.test(s);
  // (read by code: this runs for every parenthesis of a text)
  let spaces = 0;
  let capitals = 0;
  let lowerAfterFirst = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) spaces++;
    else if (c >= 65 && c <= 90) capitals++;
    else if (i > 0 && c >= 97 && c <= 122) lowerAfterFirst++;
  }
  if (spaces > 1) return false; // more than two words
  const c0 = s.charCodeAt(0);
  if (!isAlnumCode(c0)) return false;
  if (capitals === 0) return false;
  if (capitals === 1 && c0 >= 65 && c0 <= 90 && lowerAfterFirst === s.length - 1) return false; // an ordinary capitalised word
  if (c0 >= 48 && c0 <= 57 && /^\d+(\.\d+)?[A-Za-z%]?$/.test(s)) return false;
  return true; // (it holds a capital, so a letter)
}

/** /[A-Za-z][2-4]/ by code: a letter and a digit 2–4 after it ("A3C", "S4"). */
function letterThenRepeat(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d < 50 || d > 52) continue;
    const c = s.charCodeAt(i - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/**
 * The letters a short form with a repeat digit spells, lower case: the digit repeats the letter before it ("A3C":
 * aaac, "P3M": pppm), or failing that, when a letter follows the digit, that letter ("T3S", Triplet-based Semantic
 * Similarity Score: tsss). Empty when no digit 2–4 follows a letter.
 */
function repeatedReadings(short: string): string[] {
  if (!letterThenRepeat(short)) return [];
  const base = withoutFinal(short, 's');
  const before = base.replace(/([A-Za-z])([2-4])/g, (_, c: string, n: string) => c.repeat(Number(n))).replace(/[^A-Za-z]/g, '').toLowerCase();
  if (!/[2-4][A-Za-z]/.test(base)) return [before];
  const after = base.replace(/([2-4])([A-Za-z])/g, (_, n: string, c: string) => c.repeat(Number(n))).replace(/[^A-Za-z]/g, '').toLowerCase();
  return after === before ? [before] : [before, after];
}

const HOMOPHONE_WORDS: Readonly<Record<string, RegExp>> = { '2': /(?:^|[\s-])to(?:$|[\s-])/i, '4': /(?:^|[\s-])for(?:$|[\s-])/i };
/**
 * The letters of a short form with one digit 2 or 4 between letters read as its word's initial ("D2L": dtl, "L4C":
 * lfc), and that word as a whole word of the long form; null when no such digit stands between two letters.
 */
function homophoneReading(short: string): { letters: string; word: RegExp } | null {
  const m = /[A-Za-z]([24])[A-Za-z]/.exec(short);
  if (!m || /[0-9].*[0-9]/.test(short)) return null;
  const digit = m[1]!;
  const letters = withoutFinal(short, 's').replace(digit, digit === '2' ? 't' : 'f').replace(/[^A-Za-z]/g, '').toLowerCase();
  return { letters, word: HOMOPHONE_WORDS[digit]! };
}

/**
 * Long form for a short form: first the words whose initials spell the acronym exactly ("Conformal Constrained
 * Policy Optimization" for CCPO, where plain Schwartz–Hearst would stop at "Constrained Policy Optimization"),
 * else Schwartz–Hearst: the shortest suffix of `candidate` whose letters contain the short form in order.
 */
export function bestLongForm(short: string, candidate: string): string | null {
  // a head noun the short form leaves out is no part of the long form: "an online knowledge distillation method (KD)",
  // "the SU-JFO (Self-Upgraded Jellyfish Optimization method)" (else a loose reading takes a letter inside it: the d
  // of "method"); an all-capital short form whose letters the words before the head do not spell is none ("a deep
  // learning method (DC)"); a mixed-case one may take a letter inside the head ("Frequency-Decoupled Fusion module
  // (FreDFuse)"), so without a reading of two words or more it is read with the head
  const headless = withoutUncoveredHead(short, candidate);
  if (headless !== null) {
    const long = bestLongForm(short, headless);
    if ((long !== null && long.includes(' ')) || /^[A-Z0-9-]+$/.test(withoutFinal(short, 's'))) return long;
  }
  // a word kept whole before an acronym of the rest: "Training-Free Group Relative Policy Optimization (Training-Free
  // GRPO)", "Streaming Retrieval-Augmented Generation (Streaming RAG)"
  const space = short.indexOf(' ');
  if (space > 0) {
    const kept = prefixedLongForm(short, space, candidate);
    if (kept !== null) return kept;
    // (a short form that long is read only so: isShortForm)
    if (short.length > 12) return null;
  }
  // a digit after a letter repeats it: "Asynchronous Advantage Actor-Critic (A3C)", "Structured State Space Sequence
  // (S4)"; only when the initials spell it exactly, and first, as the letters alone may spell a shorter tail (A3C's
  // "AC": "Actor-Critic")
  let words: string[] | undefined; // (the candidate's words, split once for both readings)
  const readings = repeatedReadings(short);
  if (readings.length > 0) {
    words = candidate.trim().split(/\s+/);
    for (const repeated of readings) {
      for (const split of [false, true]) {
        const from = initialsFrom(words, repeated, split);
        if (from >= 0) return words.slice(from).join(' ');
      }
      // with function words between ("progressive and periodic perturbation mechanism (P3M)"): the shortest such tail
      for (let from = words.length - 2; from >= Math.max(0, words.length - repeated.length * 2); from--) {
        if (!NEVER_FIRST.has(words[from]!) && spellsLetters(repeated, words.slice(from))) return words.slice(from).join(' ');
      }
    }
  }
  // a 2 between letters read as "to", a 4 as "for", when the long form writes that word: "Doc-to-LoRA (D2L)",
  // "Image-to-Image Translator (I2IT)", "Learning for Control (L4C)"
  const homophone = homophoneReading(short);
  if (homophone) {
    words ??= candidate.trim().split(/\s+/);
    for (const split of [false, true]) {
      const from = initialsFrom(words, homophone.letters, split);
      if (from < 0 || NEVER_FIRST.has(words[from]!)) continue;
      const out = words.slice(from).join(' ');
      // (a capitalised name only: lower-case "peer-to-peer", "text-to-image" are compound adjectives and tasks)
      if (homophone.word.test(out) && /^[A-Z]/.test(out)) return out;
    }
  }
  const letters = shortFormLetters(short);
  if (letters.length >= 2) {
    words ??= candidate.trim().split(/\s+/);
    for (const split of [false, true]) {
      // the last letters.length parts (words, or with split their hyphenated pieces) must start with the letters
      const from = initialsFrom(words, letters, split);
      if (from >= 0 && !NEVER_FIRST.has(words[from]!)) {
        const out = words.slice(from).join(' ');
        if (out.length > short.length) return out;
      }
    }
  }
  // a dimension the short form writes last and the long form elsewhere: "3D-aware Consistent Matching (CM3D)",
  // "Confidence-Gated 3D Inference (CGI3D)", "2D Selective Scan (SS2D)"
  const dimension = TRAILING_DIMENSION.exec(short);
  if (dimension) {
    words ??= candidate.trim().split(/\s+/);
    const moved = movedDimensionLongForm(words, dimension[1]!, dimension[2]!);
    if (moved !== null) return moved;
  }
  const loose = schwartzHearst(short, candidate);
  if (loose === null || !NEVER_FIRST.has(firstWord(loose))) return loose;
  // A function word or verb lent the first letter ("propose Pipeline-Parallel Self-Speculative Decoding (PPSD)"): the
  // long form is what follows it when that still holds the letters, else the shortest run whose initials spell the
  // short form with function words skipped ("Video Intelligence via Tool-Augmented Learning (VITAL)"), else none.
  let rest = loose;
  while (NEVER_FIRST.has(firstWord(rest)) && rest.includes(' ')) rest = rest.slice(rest.indexOf(' ') + 1);
  const after = schwartzHearst(short, rest);
  if (after !== null && !NEVER_FIRST.has(firstWord(after))) return after;
  words ??= candidate.trim().split(/\s+/);
  const limit = Math.max(0, words.length - letters.length - 6);
  for (let from = words.length - 2; from >= limit; from--) {
    if (NEVER_FIRST.has(words[from]!)) continue;
    const long = words.slice(from).join(' ');
    if (initialsSpell(short, long)) return long;
  }
  // (no reading left: the loose one when its initials spell the short form, a word that usually comes before a
  // definition being its first, "named entity correction (NEC)"; else the words after the function words, verbs and
  // describing words, when the short form's letters are their initials in another order, "a novel dynamic
  // authorization with legality-aware intellectual property protection (AoD-IP)"; else none, as the letters were
  // picked from a clause: "on the PISA dataset for academic performance prediction (OECD, 2018)")
  if (initialsSpell(short, loose) && !CLAUSE_FIRST.includes(firstWord(loose))) return loose;
  const described = rest.replace(DESCRIBING_LEAD, '');
  return described.includes(' ') && lettersAmongInitials(short, described) ? described : null;
}

/** A short form of letters ending in a dimension: "CM3D" (groups: the letters, the dimension). */
const TRAILING_DIMENSION = /^([A-Za-z]{2,})([1-4]D)$/;

/**
 * The long form of a short form whose dimension (`dimension`, "3D") the long form writes elsewhere: the last words whose
 * initials are `letters` once the dimension's word is taken out ("3D", or "3D-aware" whose lower-case rest only says of
 * what; a capitalised rest keeps its initial), with that word in the span or right before it; else null.
 */
function movedDimensionLongForm(words: readonly string[], letters: string, dimension: string): string | null {
  let at = -1;
  for (let i = words.length - 1; i >= 0 && at < 0; i--) if (words[i] === dimension || words[i]!.startsWith(dimension + '-')) at = i;
  if (at < 0) return null;
  const rest = words[at]!.slice(dimension.length + 1);
  const without = words.slice(0, at);
  if (/^[A-Z]/.test(rest)) without.push(rest);
  without.push(...words.slice(at + 1));
  const kept = without.length === words.length; // the rest of the dimension's word stands in its place
  for (const split of [false, true]) {
    const from = initialsFrom(without, letters.toLowerCase(), split);
    if (from < 0) continue;
    // (back to the words' indices; the span starts at the dimension's word at the latest)
    const start = kept || from < at ? from : from + 1;
    if (start > at + 1) continue;
    const first = Math.min(start, at);
    if (!NEVER_FIRST.has(words[first]!)) return words.slice(first).join(' ');
  }
  return null;
}

/** The letters a long form's initials spell: a short form's, lower case, without a plural s, digits or symbols. */
function shortFormLetters(short: string): string {
  return withoutFinal(short, 's').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** Head nouns of a made thing that close a long form without a letter of their own ("… distillation method (KD)"). */
const UNCOVERED_HEADS = new Set(['method', 'methods', 'technique', 'techniques', 'approach', 'approaches', 'algorithm', 'algorithms', 'strategy', 'strategies', 'mechanism', 'module', 'scheme', 'framework']);

/** The candidate without its last word when that is a head noun whose initial does not end the short form; else null. */
export function withoutUncoveredHead(short: string, candidate: string): string | null {
  const trimmed = candidate.trimEnd();
  const space = trimmed.lastIndexOf(' ');
  if (space < 0) return null;
  const head = trimmed.slice(space + 1);
  // (nor a short form that spells the head itself: "a … fusion module (CEAEF-Module)")
  if (!UNCOVERED_HEADS.has(head) || short.toLowerCase().endsWith(head.replace(/s$/, ''))) return null;
  const letters = shortFormLetters(short);
  return letters.length >= 2 && letters[letters.length - 1] !== head[0] ? trimmed.slice(0, space) : null;
}

const WORD_AND_ACRONYM = /^[A-Z][a-z]+(?:-[A-Za-z]+)* [A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/;

/**
 * The long form of a short form written as a word and an acronym ("Selective CoT", the space at `space`): the
 * candidate's last run that starts with that word (in any case) and goes on with words that are the acronym's whole
 * long form as bestLongForm reads it, or null.
 */
function prefixedLongForm(short: string, space: number, candidate: string): string | null {
  if (!WORD_AND_ACRONYM.test(short)) return null;
  const word = short.slice(0, space);
  const lower = candidate.toLowerCase();
  // (lower-casing keeps the offsets only when it keeps the length)
  if (lower.length !== candidate.length) return null;
  const at = lower.lastIndexOf(word.toLowerCase() + ' ');
  if (at < 0 || (at > 0 && candidate[at - 1] !== ' ')) return null;
  const rest = candidate.slice(at + word.length + 1).trim();
  return rest.includes(' ') && bestLongForm(short.slice(space + 1), rest) === rest ? candidate.slice(at).trim() : null;
}

/**
 * Are the short form's letters initials of the words (split at spaces and hyphens), each initial used once, in any
 * order: three in four of them with the first among them, or (with `atLeast`) that many of them?
 */
export function lettersAmongInitials(short: string, words: string, atLeast?: number): boolean {
  const initials = words.split(/[\s-]+/).filter(Boolean).map((w) => w[0]!.toLowerCase());
  const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 3 || letters.length > 8) return false;
  if (atLeast === undefined && !initials.includes(letters[0]!)) return false;
  let found = 0;
  for (const l of letters) {
    const at = initials.indexOf(l);
    if (at < 0) continue;
    initials.splice(at, 1);
    found++;
  }
  return atLeast === undefined ? found * 4 >= letters.length * 3 : found >= atLeast;
}

function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}


/**
 * The index of the word holding the first of the last `letters.length` non-empty parts of `words` (each word, or
 * with `split` each of its hyphen-separated pieces) when their initials, lower-cased, spell `letters`; else -1.
 * Read from the end, building no part list (this runs for every acronym definition candidate).
 */
function initialsFrom(words: readonly string[], letters: string, split: boolean): number {
  let k = letters.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // pieces [h + 1, end) from the last, h the hyphen before each (-1 for the first, or the whole word without split)
    let end = w.length;
    for (;;) {
      const h = split && end > 0 ? w.lastIndexOf('-', end - 1) : -1;
      if (h + 1 < end) {
        if (w[h + 1]!.toLowerCase() !== letters[k - 1]) return -1;
        if (--k === 0) return i;
      }
      if (h < 0) break;
      end = h;
    }
  }
  return -1;
}

/**
 * Is the x at `l` of a lower-cased long form the x of a word starting "ex" ("eXclusivity", "eXplanatory")? Coined short
 * forms write such a word's initial as X: "Exclusivity-Guided Mask Learning (XMask)", "Explanatory Interactive
 * Learning (XIL)".
 */
function exInitial(lf: string, l: number): boolean {
  if (lf.charCodeAt(l) !== 120 || l === 0 || lf.charCodeAt(l - 1) !== 101 || (l > 1 && isAlnumCode(lf.charCodeAt(l - 2)))) return false;
  // (not a describing word before a long form: "Existing cross-lingual in-context learning (X-ICL)")
  EX_DESCRIBING.lastIndex = l - 1;
  return !EX_DESCRIBING.test(lf);
}
/** Describing words starting "ex" that stand before a long form or in a clause, not in a name. */
const EX_DESCRIBING = /ex(?:isting|tensive(?:ly)?|act(?:ly)?|cellent|plicit(?:ly)?|ample|emplary|ceptional(?:ly)?|pected|tremely|tra)(?![a-z])/y;

function schwartzHearst(short: string, candidate: string): string | null {
  const sf = withoutFinal(short, 's').toLowerCase(); // "LLMs" → "llm"
  const lf = candidate.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  while (s >= 0) {
    const c = sf.charCodeAt(s);
    if (!isAlnumCode(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (lf.charCodeAt(l) !== c || (s === 0 && l > 0 && isAlnumCode(lf.charCodeAt(l - 1)) && !exInitial(lf, l)))) l--;
    if (l < 0) return null;
    if (s === 0 && exInitial(lf, l)) l--; // (the word starts at the "e")
    l--;
    s--;
  }
  const from = candidate.lastIndexOf(' ', l) + 1;
  const out = candidate.slice(from).trim();
  if (!out || out.toLowerCase() === sf) return null;
  const words = out.split(/\s+/).length;
  const alnum = short.replace(/[^A-Za-z0-9]/g, '').length;
  if (words > Math.min(alnum + 5, alnum * 2)) return null;
  if (out.length <= short.length) return null;
  return out;
}

// (a line break ends the title: a long form never reaches back into it)
// ". ; : , ( ) [ ] ! ? \" “ ” \n" by code: the walk back from each parenthesis tests every character before it
const CUT_ASCII = new Uint8Array(128);
for (const c of '.;:,()[]!?"\n') CUT_ASCII[c.charCodeAt(0)] = 1;
function isCut(c: number): boolean {
  return c < 128 ? CUT_ASCII[c] === 1 : c === 0x201c || c === 0x201d;
}

/** Where the first item of a parenthesis ends: its first ';', ',' or ' or ' (the text's end when none). */
function firstItemEnd(s: string): number {
  let end = s.length;
  const semi = s.indexOf(';');
  if (semi >= 0) end = semi;
  const comma = s.indexOf(',');
  if (comma >= 0 && comma < end) end = comma;
  const or = s.indexOf(' or ');
  if (or >= 0 && or < end) end = or;
  return end;
}

/** The small words a long form's tail may hold: "… for Adaptive Detector Distillation", "… of Many Views". */
const SUFFIX_TAIL_JOINS = new Set(['for', 'of', 'with', 'via', 'in', 'on', 'and', 'from', 'under', 'to', 'by']);
// (the second part an acronym too, or one capital: "-KD", "-CFM", "-ICoT", "-X"; not a word, "-Cyst", "-Test")
const SUFFIXED_SHORT_FORM = /^([A-Z][A-Za-z]{2,7})-([A-Z](?:[A-Za-z0-9]?[A-Z0-9][A-Za-z0-9]?)?)$/;

/**
 * The long form of a hyphenated short form whose first part alone is spelled by the initials of the candidate's words
 * and whose second part names what it is built on, unspelled: "Learnable Instance Attention Filtering for Adaptive
 * Detector Distillation (LIAF-KD)". The long form starts at the first of those words (it may end in up to five more,
 * capitalised or small joining words, as a long form's tail does: "for Adaptive Detector Distillation"), or null.
 */
function suffixedLongForm(short: string, candidate: string, known: (name: string) => boolean): string | null {
  const m = SUFFIXED_SHORT_FORM.exec(short);
  // (a known first part is that name's variant, "Sequence-Level Group Relative Policy Optimization (GRPO-S)",
  // "Massive Text Embedding Benchmark for Dutch (MTEB-NL)": the definition is left to the rules of variants)
  if (!m || known(m[1]!)) return null;
  const letters = m[1]!.toLowerCase();
  const words = candidate.trim().split(/\s+/);
  for (let from = Math.max(0, words.length - letters.length - 5); from + letters.length <= words.length; from++) {
    let k = 0;
    while (k < letters.length && words[from + k]![0]!.toLowerCase() === letters[k]) k++;
    // (capitalised words only, the way a name is written: not "a study of functional anatomy (SOFA-2)")
    // (nor the first part written out among them: "a new multimodal UAV aerial video dataset (UAV-X)"; and the words
    // after the spelled ones a name's, capitalised or joining them: "for Adaptive Detector Distillation", not "to models")
    if (k === letters.length && /^[A-Z]/.test(words[from]!) && !words.includes(m[1]!) && words.slice(from + k).every((w) => /^[A-Z0-9]/.test(w) || SUFFIX_TAIL_JOINS.has(w))) return words.slice(from).join(' ');
  }
  return null;
}

/**
 * All acronym definitions in `text` (already cleaned). `known`: is a name a known entity (a hyphenated short form's
 * known first part makes it that name's variant, read by other rules).
 */
export function findAcronyms(text: string, known: (name: string) => boolean = () => false): AcronymDef[] {
  const out: AcronymDef[] = [];
  let p = text.indexOf('(');
  let q = -1;
  while (p !== -1) {
    // the first ')' after p; still the last one found while that lies after p (so a run of '(' before one far ')'
    // does not search the same stretch again for each of them)
    if (q <= p) q = text.indexOf(')', p + 1);
    if (q === -1) break;
    // the next '(' (p moves there after this one: no '(' lies between this one's ')' and it)
    const nextOpen = text.indexOf('(', p + 1);
    if (q - p > 120 || (nextOpen >= 0 && nextOpen < q)) {
      p = nextOpen;
      continue;
    }
    const innerRaw = text.slice(p + 1, q);
    const inner = innerRaw.slice(0, firstItemEnd(innerRaw)).trim();
    let done = false;
    if (isShortForm(inner)) {
      // long form (SF): up to 10 words before the parenthesis, not crossing punctuation
      let b = p;
      let words = 0;
      while (b > 0 && words < 12) {
        const ch = text.charCodeAt(b - 1);
        if (isCut(ch)) break;
        if (ch === 32 && text.charCodeAt(b) !== 32) words++;
        b--;
      }
      const cand = text.slice(b, p).trim();
      const long = cand ? (bestLongForm(inner, cand) ?? suffixedLongForm(inner, cand, known)) : null;
      if (long) {
        const candEnd = b + text.slice(b, p).trimEnd().length;
        // (where a head noun was left out, the long form ends before the candidate does)
        const start = text.startsWith(long, candEnd - long.length) ? candEnd - long.length : text.lastIndexOf(long, candEnd);
        out.push({ short: inner, long, start, end: q + 1, shortStart: p + 1 + innerRaw.indexOf(inner), reversed: false });
        done = true;
      }
    }
    if (!done && innerRaw.length <= 100 && /\s/.test(innerRaw.trim())) {
      const inner = innerRaw.trim();
      // SF (long form)
      let a = p;
      while (a > 0 && text[a - 1] === ' ') a--;
      let b = a;
      while (b > 0 && isShortFormCode(text.charCodeAt(b - 1))) b--;
      const sf = text.slice(b, a);
      if (isShortForm(sf) && /^[A-Z0-9\u0370-\u03ff]/.test(sf)) {
        const long = bestLongForm(sf, inner);
        if (long && (long === inner || long === withoutUncoveredHead(sf, inner))) out.push({ short: sf, long, start: b, end: q + 1, shortStart: b, reversed: true });
      }
    }
    p = nextOpen;
  }
  return out;
}

/**
 * Does a text write a name the way it defines an acronym, "(name)" or "name (", anywhere? Answered from sets built
 * once per text (each on first use) instead of a search of the whole text per name, which made long texts quadratic.
 * Names hold no parenthesis.
 */
export class AcronymSpots {
  /** The contents of every "(…)" without a parenthesis inside. */
  private inParens?: Set<string>;
  /** Per length L: the L characters before every " (". */
  private readonly beforeParen = new Map<number, Set<string>>();

  constructor(private readonly text: string) {}

  has(name: string): boolean {
    return this.inParentheses(name) || this.beforeParenthesis(name);
  }

  /** text.indexOf('(' + name + ')') >= 0 */
  inParentheses(name: string): boolean {
    if (!this.inParens) {
      const { text } = this;
      const set = new Set<string>();
      let open = text.indexOf('(');
      let lastOpen = -1;
      for (let close = text.indexOf(')'); close >= 0; close = text.indexOf(')', close + 1)) {
        while (open >= 0 && open < close) {
          lastOpen = open;
          open = text.indexOf('(', open + 1);
        }
        if (lastOpen >= 0) set.add(text.slice(lastOpen + 1, close));
        lastOpen = -1;
      }
      this.inParens = set;
    }
    return this.inParens.has(name);
  }

  /** text.indexOf(name + ' (') >= 0 */
  beforeParenthesis(name: string): boolean {
    const n = name.length;
    let set = this.beforeParen.get(n);
    if (!set) {
      const { text } = this;
      set = new Set<string>();
      // (by each "(" and the space before it: a search for " (" stops at every space of the text)
      for (let q = text.indexOf('(', n + 1); q >= 0; q = text.indexOf('(', q + 1)) if (text.charCodeAt(q - 1) === 32) set.add(text.slice(q - 1 - n, q - 1));
      this.beforeParen.set(n, set);
    }
    return set.has(name);
  }
}

/** Words a long form may skip when its initials spell the short form ("Retrieval for Code (RfC)"). */
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'with', 'in', 'on', 'to', 'from', 'via', 'a', 'an', 'by', 'as', 'at', 'over', 'under']);

/**
 * A clause's or a possessive's first word, which never starts a long form even where its initial spells the short
 * form's ("we show that test-time augmentation (TTA)", "without classifier-free guidance (w/o CFG)").
 */
const CLAUSE_FIRST = ['that', 'which', 'whose', 'where', 'when', 'while', 'whether', 'without', 'our', 'their', 'its', 'this', 'these', 'those'];
/**
 * Lower-case words that never start a long form: the function words, the connectives and verbs before a definition
 * ("namely", "propose"), which lend their initial to a loose match of the letters, and a clause's first words.
 */
const NEVER_FIRST = new Set([
  ...FUNCTION_WORDS,
  ...['or', 'through', 'into', 'using', 'namely', 'called', 'named', 'termed', 'dubbed', 'including', 'such', 'like', 'than'],
  ...CLAUSE_FIRST,
  ...['propose', 'proposes', 'proposed', 'introduce', 'introduces', 'introduced', 'present', 'presents', 'use', 'uses'],
]);

/** Describing words before a long form that are no part of it ("novel", "simple yet effective"). */
const DESCRIBING_LEAD = /^(?:(?:novel|new|simple|yet|effective|efficient|general|unified|lightweight|robust|scalable|principled)\s+)+/;

/**
 * Do the long form's words spell the short form's letters, one initial per word (a hyphenated word may give one
 * initial per part, a camel-case word one per capital, a function word none)? "Decorrelated Back-Propagation" spells DBP,
 * "Mixture of Experts" MoE, "Berkeley DeepDrive eXplanation" BDD-X;
 * "Synthetic Aperture Radar Imaging" does not spell SAR. Digits and symbols of the short form are ignored, or a digit
 * 2–4 repeats a letter ("progressive and periodic perturbation mechanism" spells P3M), and so is a plural s ("PRMs").
 */
export function initialsSpell(short: string, long: string): boolean {
  const letters = short.replace(/(?<=[A-Z])s$/, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2) return false;
  const words = long.split(/\s+/).filter(Boolean);
  return spellsLetters(letters, words) || repeatedReadings(short).some((repeated) => spellsLetters(repeated, words));
}

/** Capitalised parts after a first capital ("DeepDrive", not "DEEP"), or a capital after a first lower-case letter. */
const INNER_CAPITALS = /^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+|[a-z][A-Z][a-z]+)$/;

/** Do `words` spell `letters` as initialsSpell reads them (one initial per word or hyphenated part, function words none)? */
function spellsLetters(letters: string, words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 12) return false;
  // can words[w..] spell letters[l..]? (memoised on (w, l); names are short)
  const memo = new Map<number, boolean>();
  const spell = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const key = w * 64 + l;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w]!;
    let ok = false;
    if (FUNCTION_WORDS.has(word.toLowerCase())) ok = spell(w + 1, l);
    const first = word.replace(/^[^A-Za-z]+/, '')[0]?.toLowerCase();
    if (!ok && first !== undefined && first === letters[l]) ok = spell(w + 1, l + 1);
    // (a word of capitalised parts gives each part's initial, "DeepDrive" D and D; a word whose capital comes second
    // gives that capital, "eXplanation" X: "Berkeley DeepDrive eXplanation" spells BDD-X)
    if (!ok && INNER_CAPITALS.test(word)) {
      const capitals = word.replace(/[^A-Z]/g, '').toLowerCase();
      ok = letters.startsWith(capitals, l) && spell(w + 1, l + capitals.length);
    }
    if (!ok && word.includes('-')) {
      const parts = word.split('-').filter(Boolean);
      let k = l;
      let all = parts.length > 1;
      for (const part of parts) {
        if (k < letters.length && part[0]!.toLowerCase() === letters[k]) k++;
        else if (!FUNCTION_WORDS.has(part.toLowerCase())) {
          all = false;
          break;
        }
      }
      ok = all && spell(w + 1, k);
    }
    memo.set(key, ok);
    return ok;
  };
  return spell(0, 0);
}

/**
 * Singular nouns that say the thing just defined is a technique: "the Iterative Closest Point (ICP) algorithm",
 * "Decorrelated Backpropagation (DBP), an optimization method". (Plural "X methods" names a task's family, "existing
 * Change Detection (CD) methods", and "framework", "module", "system" name artefacts: neither is read here.)
 */
const TECHNIQUE_NOUNS = new Set(heads.techniqueNouns.words);
/** A long form that names a task or field, whatever follows it ("Named Entity Recognition (NER) method"). */
export const TASK_END = new Set(heads.taskEnds.words);

/**
 * A long form that names a publication venue: "Journal of Discrete Algorithms (JDA)" or "IEEE Transactions on
 * Magnetics (TMAG)" in a reference an abstract quotes. Its last word may be a technique's ("Algorithms"), but a venue
 * is no technique, model or dataset.
 */
const VENUE_LONG_FORM =
  /^(?:(?:IEEE|ACM|SIAM|IET|International|European|American|Asian|Annual|National|Joint)[ \u00a0]+)*(?:Journal|Proceedings|Transactions|Annals|Conference|Symposium|Workshop|Letters|Bulletin)(?![A-Za-z])/;

export function namesVenue(long: string): boolean {
  return VENUE_LONG_FORM.test(long);
}

/**
 * Is an acronym definition a technique although its long form's last word is no technique head? Only when the short
 * form spells the long form's initials (a coined acronym, not a loose Schwartz–Hearst match) and a technique noun
 * follows the definition, right after it (within two modifiers: "the MPD attribution method") or as its apposition
 * (", a gradient-free method", ", a new algorithm").
 */
export function namesTechnique(text: string, d: AcronymDef): boolean {
  if (d.reversed || !/^[A-Z]/.test(d.short)) return false;
  // (the text after the definition first: it rarely holds a technique noun, and the spelling test costs more)
  if (!techniqueNounAfter(text, d.end)) return false;
  if (!initialsSpell(d.short, d.long)) return false;
  const last = d.long.slice(d.long.lastIndexOf(' ') + 1).toLowerCase();
  return !(TASK_END.has(last) || TASK_END.has(withoutFinal(last, 's')));
}

/** Does a technique noun follow a definition ending at `end`, right after it or as its apposition (namesTechnique)? */
function techniqueNounAfter(text: string, end: number): boolean {
  const tail = text.slice(end, end + 80);
  const apposition = /^\s*,\s*(?:a|an|the)\s+/.exec(tail);
  if (!apposition && !/^\s+[a-z]/.test(tail)) return false;
  // right after the definition only one modifier fits ("(MPD) attribution method"); an apposition may say more
  // (", a plug-and-play technique", ", a novel loss function"), up to its first preposition or clause
  const words = (apposition ? tail.slice(apposition[0].length) : tail).trim().split(/\s+/, apposition ? 4 : 2);
  for (const raw of words) {
    const w = raw.replace(/[^A-Za-z-]+$/, '');
    if (TECHNIQUE_NOUNS.has(w)) return true;
    if (w !== raw || !/^[a-z][a-z-]*$/.test(w) || CLAUSE_WORDS.has(w)) return false;
  }
  return false;
}

/** Words that end an apposition's noun phrase. */
const CLAUSE_WORDS = new Set(
  'for of that which to in into with from by on at as via through before after during under over than while when where whose and or but is are was were be can could will would may might should must has have had do does not'.split(' '),
);

/** Words of a long form that names data: such a definition may be a known benchmark's own. */
const DATA_WORDS = /\b(?:benchmarks?|datasets?|data|corpus|corpora|suite|environments?|collection|set)\b/;

/**
 * Does the paper define a short form that a lexicon knows as a benchmark as something else — a task, a quantity, a
 * method — so that its uses in this paper are not that benchmark? "medical question answering (MedQA)", "relative
 * translation error (RTE)", "automated rule checking (ARC)". Only for a long form written all in lower case (a
 * benchmark's own long form is written as a title: "Massive Multitask Language Understanding (MMLU)") whose initials
 * spell the short form and that names no data ("vision-and-language navigation in continuous environments (VLN-CE)").
 */
export function redefinesBenchmark(d: AcronymDef): boolean {
  return !/[A-Z]/.test(d.long) && !DATA_WORDS.test(d.long) && (initialsSpell(d.short, d.long) || initialsInShort(d.short, d.long));
}

/**
 * Does each word of the long form start with a letter of the short form, in order, from its first letter? Short forms
 * that keep more than an initial ("MedQA" for "medical question answering") spell no initials but pass this.
 */
export function initialsInShort(short: string, long: string): boolean {
  const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
  const words = long.split(/[\s]+/).filter((w) => w && !FUNCTION_WORDS.has(w));
  if (words.length < 2 || words[0]![0] !== letters[0]) return false;
  let k = 0;
  for (const w of words) {
    const at = letters.indexOf(w[0]!, k);
    if (at < 0) return false;
    k = at + 1;
  }
  return true;
}

/** Abbreviations that long forms write for a word pair of a technique's name ("RL from human feedback"). */
const LONG_ABBREVIATIONS: Record<string, string> = { rl: 'reinforcement learning', ml: 'machine learning', nn: 'neural network', lm: 'language model', llm: 'large language model' };

/**
 * A long form of plain words ("low-rank adaptation", "Momentum Contrast"), at least two of three letters or more: not
 * a name with capitals or digits inside its words ("Grad-CAM", "MoCo v2", "RNN transducer").
 */
function isPlainLongForm(alias: string): boolean {
  const words = alias.split(/[\s\-–/]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => /^[A-Za-z][a-z]*$/.test(w)) && words.filter((w) => w.length >= 3).length >= 2;
}

/** The content words of a long form, each cut to its first four letters ("adapters" and "adaptation" meet). */
function stems(long: string): Set<string> {
  const out = new Set<string>();
  for (const raw of long.toLowerCase().split(/[\s\-–/]+/)) {
    const w = raw.replace(/[^a-z0-9]+/g, '');
    if (!w || FUNCTION_WORDS.has(w)) continue;
    const expanded = LONG_ABBREVIATIONS[w];
    if (expanded) for (const e of expanded.split(' ')) out.add(e.slice(0, 4));
    else out.add(w.slice(0, 4));
  }
  return out;
}

/**
 * Does a paper's long form for a known short form name the same technique as one of the entry's long aliases? More
 * than half of the larger set of content words must be shared, compared by their first four letters: "low-rank
 * adapters" is LoRA's "low-rank adaptation", "RL from Human Feedback" is RLHF's long form, but "semantic similarity
 * measures (SSMs)" is not "state space models", nor "Prompt-Guided Distillation (PGD)" projected gradient descent.
 * True when the entry has no long alias to compare with (a name known only by its acronym, "TRADES").
 */
export function resemblesLongForm(long: string, entryAliases: readonly string[]): boolean {
  // a loose match ("regardless of the specific alignment method (RLHF)") defines nothing: only a long form whose words
  // spell the short form can redefine it (checked by the caller with spellsShortForm)
  const longs = entryAliases.filter(isPlainLongForm);
  if (longs.length === 0) return true;
  const mine = stems(long);
  for (const a of longs) {
    const theirs = stems(a);
    let shared = 0;
    for (const s of theirs) if (mine.has(s)) shared++;
    if (shared * 2 > Math.max(mine.size, theirs.size)) return true;
  }
  return false;
}

/** Do the long form's words spell the short form, by initials or by letters kept in order ("MedQA")? */
export function spellsShortForm(short: string, long: string): boolean {
  return initialsSpell(short, long) || initialsInShort(short, long);
}

/**
 * Lexicon matching: one Map lookup per token, no per-entry regex.
 *
 * A lexicon file is `{ "groups": [{ "provenance": "...", "caseSensitive": bool, "entries": ["Label|alias|alias", ...] }] }`.
 * Every alias is tokenised like the text (see tokens.ts) and stored under its key (the lower-cased tokens joined);
 * a first-token index gives how many tokens a match starting at a token may span. Case-sensitive groups (short or
 * common-word names such as "MATH", "ARC", "Pile") also require the exact letters of an alias, ignoring separators.
 * In the other groups an alias written in capitals is an acronym, and text matches it only where it keeps the
 * acronym's case (see {@link keepsAcronymCase}): "Pascal VOC", "GSM8k" and "BeIR" are the datasets, the solar
 * luminosity "Lsun"/"L_sun", "a mass", "glue code" and "CoCo" are not LSUN, AMASS, GLUE and COCO.
 */
import { foldAccents } from './fold.ts';
import { firstTokenAfter, slugify, tokenWords, tokLower, registerFirst, registerKey, keyLengths, mayBeKey, plusJoined, MAX_KEY_TOKENS, type Tokens } from './tokens.ts';


export interface LexiconFile {
  groups: { provenance: string; caseSensitive?: boolean; plurals?: boolean; entries: string[] }[];
}

export interface LexEntry {
  label: string;
  /** slugify(label), computed once: a lexicon match's node key is read for every match. */
  slug: string;
  aliases: string[];
  /** Extra data attached by the caller (e.g. method vs dataset). */
  tag: string;
}

interface KeyHit {
  entry: LexEntry;
  /** Exact (separator-free) spelling required, or null when any case matches. */
  exact: string | null;
  /** An alias in capitals of a group that ignores case: the text must keep the acronym's case. */
  acronym: boolean;
}

/**
 * Reads a variant written right after a lexicon match ("AIME'24", "BraTS 2023", "ImageNet-LT"): the entry it names
 * and the index of its last token, or null. Called by {@link Lexicon.scan} on each match.
 */
export type VariantReader = (text: string, tk: Tokens, entry: LexEntry, firstToken: number, lastToken: number) => { entry: LexEntry; t1: number } | null;

export interface LexMatch {
  entry: LexEntry;
  /** First and last token index (inclusive). */
  t0: number;
  t1: number;
  start: number;
  end: number;
}

/** The last word of a long form that names countable things (a network, a model, a machine): its acronym takes a plural. */
const COUNTABLE_END = /\b(?:networks?|models?|machines?|architectures?|generation|autoencoders?|auto-encoders?|fields?|transformers?|encoders?|decoders?|trees?|forests?|classifiers?|processes|process|units?|perceptrons?|memory)$/i;

export class Lexicon {
  readonly byKey = new Map<string, KeyHit[]>();
  private readonly firstMax = new Map<string, number>();
  /** The most tokens of any key. */
  private maxTokens = 0;
  /** Every proper prefix of a key on token boundaries ("the", "thepile" → "the"), to stop extending early. */
  private readonly prefixes = new Set<string>();
  readonly entries: LexEntry[] = [];
  /**
   * Aliases written with a slash between words ("CNN/DailyMail", "CNN/DM") or a dot before a space ("Dr. GRPO"): the
   * scan joins tokens only across spaces and hyphens (a slash in a text mostly separates names, "GSM8K/MATH"; a dot
   * ends a sentence), so these are found by their spelling.
   */
  private readonly spelled: Array<{ alias: string; entry: LexEntry }> = [];
  /** The bits the lexicons built so far hold. */
  private static readonly bitsInUse = new Set<number>();

  /**
   * @param bit this lexicon's bit in the first-token and key-prefix tables, claimed in first-token-bits.ts; one per
   * lexicon (a shared bit would let each lexicon's words through the other's filter), so a second lexicon on the
   * same bit throws
   */
  constructor(
    private readonly bit: number,
    private readonly readVariant?: VariantReader,
  ) {
    if (Lexicon.bitsInUse.has(bit)) throw new Error(`Lexicon: bit ${bit} already belongs to another lexicon; claim one for this lexicon in first-token-bits.ts`);
    Lexicon.bitsInUse.add(bit);
  }

  add(file: LexiconFile, tag: string): this {
    for (const group of file.groups) {
      for (const spec of group.entries) {
        const parts = spec.split('|').map((s) => s.trim()).filter(Boolean);
        if (parts.length === 0) continue;
        const entry: LexEntry = { label: parts[0]!, slug: slugify(parts[0]!), aliases: parts, tag };
        this.entries.push(entry);
        // the text is read with its accents folded (fold.ts): "Nyström" is matched as "Nystrom" too
        for (const written of parts) {
          const folded = foldAccents(written);
          if (folded !== written && !parts.includes(folded)) parts.push(folded);
        }
        for (const alias of parts) {
          if (/[A-Za-z0-9]\/[A-Za-z]|[A-Za-z]\. [A-Za-z0-9]/.test(alias)) this.spelled.push({ alias, entry });
          // in case-sensitive groups an alias with capitals must be matched exactly; lower-case aliases match any case
          const exact = Boolean(group.caseSensitive) && /[A-Z]/.test(alias);
          // a name whose article is part of it ("The Stack", "The Pile") is a common phrase in lower case ("the
          // layers in the stack"): its words after the article keep their capitals, in any group
          if (!exact && ARTICLED_NAME.test(alias)) {
            this.addKey(alias, entry, true, false);
            this.addKey(`t${alias.slice(1)}`, entry, true, false);
            continue;
          }
          this.addKey(alias, entry, exact, !exact && ACRONYM_ALIAS.test(alias));
          if (group.plurals !== false && !exact && /[a-z]$/.test(alias) && !/s$/.test(alias)) this.addKey(alias + 's', entry, false, false);
          // a technique's acronym names things in the plural when its long form does ("GANs", "VAEs", "CNNs",
          // "VQ-VAEs": networks, autoencoders), written with a small s; not "MLMs" (masked language modeling is no
          // countable thing: "multimodal language models (MLMs)"), nor a dataset's ("GAIAs", "SSTs")
          else if (tag === 'method' && group.plurals !== false && /^[A-Z][A-Z0-9-]*[A-Z]$/.test(alias) && parts.some((p) => COUNTABLE_END.test(p)))
            this.addKey(alias + 's', entry, true, false);
        }
      }
    }
    return this;
  }

  private addKey(alias: string, entry: LexEntry, exact: boolean, acronym: boolean): void {
    const toks = tokenWords(alias);
    if (toks.length === 0) return;
    registerFirst(toks[0]!, this.bit);
    registerKey(toks, this.bit);
    let pre = '';
    for (let t = 0; t < toks.length - 1; t++) this.prefixes.add((pre += toks[t]!));
    const key = toks.join('');
    const hit: KeyHit = { entry, exact: exact ? flatSurface(alias) : null, acronym };
    const list = this.byKey.get(key);
    if (list) list.push(hit);
    else this.byKey.set(key, [hit]);
    const first = toks[0]!;
    this.firstMax.set(first, Math.max(this.firstMax.get(first) ?? 0, toks.length));
    if (toks.length > MAX_KEY_TOKENS) throw new Error(`Lexicon: "${alias}" has ${toks.length} tokens, more than the ${MAX_KEY_TOKENS} a scan reads`);
    if (toks.length > this.maxTokens) this.maxTokens = toks.length;
  }

  private readonly cache = new Map<string, LexEntry | null>();

  /** Entry for a whole name (any separators/case, exactness respected), or undefined. Memoised. */
  lookup(name: string): LexEntry | undefined {
    // no key is the name's tokens joined ("Graph RAG" → "graphrag"), by their hash: no cache entry
    if (!mayBeKey(name, this.bit)) return undefined;
    let r = this.cache.get(name);
    if (r === undefined) {
      r = this.lookupRaw(name) ?? null;
      if (this.cache.size > 50000) this.cache.clear();
      this.cache.set(name, r);
    }
    return r ?? undefined;
  }

  private lookupRaw(name: string): LexEntry | undefined {
    const key = tokenWords(name).join('');
    const list = this.byKey.get(key);
    if (!list) return undefined;
    const surface = flatSurface(name);
    return list.find((h) => (h.exact === null ? !h.acronym || keepsAcronymCase(name) : h.exact === surface))?.entry;
  }

  /** Longest non-overlapping matches, left to right, at word boundaries. */
  scan(text: string, tk: Tokens, taken?: Uint8Array): LexMatch[] {
    const out: LexMatch[] = [];
    const { joinPrev, glued, start, end, bits } = tk;
    const n = tk.n;
    const bit = this.bit;
    const spelledSpans = this.spelled.length > 0 ? this.spelledMatches(text, tk, taken) : null;
    for (let i = 0; i < n; i++) {
      if (spelledSpans !== null && spelledSpans.length > 0) {
        const sm = spelledSpans.find((m) => m.t0 <= i && i <= m.t1);
        if (sm) {
          if (i === sm.t0) out.push(sm);
          i = sm.t1;
          continue;
        }
      }
      // (the first-token bit first: one token in ten has it, so the other tests run on few)
      if ((bits[i]! & bit) === 0) continue;
      if (i > 0 && glued[i] && !plusJoined(text, tk, i - 1)) continue; // would start inside a word
      if (taken && taken[i]) continue; // (before the filters: a taken token needs no lower-cased string)
      // (the lengths whose tokens join to a key by the hashes: no strings built for the others, nor past the longest)
      const lengths = keyLengths(tk, i, bit, this.maxTokens);
      if (lengths === 0) continue;
      const max = this.firstMax.get(tokLower(tk, i));
      if (max === undefined) continue;
      let key = '';
      const keys: string[] = [];
      for (let j = i; j < n && j - i < max; j++) {
        if (j > i && (lengths >>> (j - i) === 0 || !joinPrev[j] || !this.prefixes.has(key))) break;
        key += tokLower(tk, j);
        keys.push(key);
      }
      for (let k = keys.length - 1; k >= 0; k--) {
        if ((lengths & (1 << k)) === 0) continue; // no key of k + 1 tokens here
        const last = i + k;
        // (a name ending inside a word is no match, but for a glued year the variant reader takes: "HMMT25")
        const inside = last + 1 < n && glued[last + 1] === 1 && !plusJoined(text, tk, last + 1);
        if (inside && (this.readVariant === undefined || !isDigitAt(text, end[last]!))) continue;
        const list = this.byKey.get(keys[k]!);
        if (!list) continue;
        let hit: LexEntry | undefined;
        let written: string | undefined;
        for (const h of list) {
          if (h.exact === null && !h.acronym) {
            hit = h.entry;
            break;
          }
          written ??= text.slice(start[i]!, end[last]!);
          if (h.exact === null ? keepsAcronymCase(written) : h.exact === flatSurface(written)) {
            hit = h.entry;
            break;
          }
        }
        if (!hit) continue;
        // a data set's name inside a file's or split's identifier is none ("DIV2K_LSDIR_valid", "Bangla_MMLU"); a
        // technique's is ("CNN_LSTM")
        if (hit.tag === 'dataset' && i > 0 && joinPrev[i] && text.charCodeAt(start[i]! - 1) === 95) continue;
        if (taken) {
          let clash = false;
          for (let t = i; t <= last; t++) if (taken[t]) clash = true;
          if (clash) continue;
        }
        const variant = this.readVariant?.(text, tk, hit, i, last);
        if (variant && (!taken || !takenBetween(taken, last + 1, variant.t1))) {
          out.push({ entry: variant.entry, t0: i, t1: variant.t1, start: start[i]!, end: end[variant.t1]! });
          i = variant.t1;
          break;
        }
        if (inside) continue;
        out.push({ entry: hit, t0: i, t1: last, start: start[i]!, end: end[last]! });
        i = last;
        break;
      }
    }
    return out;
  }

  /** The slash- and dot-written aliases in the text, whole words as written, on tokens not taken (see {@link spelled}). */
  private spelledMatches(text: string, tk: Tokens, taken?: Uint8Array): LexMatch[] {
    const found: LexMatch[] = [];
    for (const { alias, entry } of this.spelled) {
      for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
        const stop = at + alias.length;
        if ((at > 0 && /[\w/-]/.test(text[at - 1]!)) || /^(?:[\w/]|-\w)/.test(text.slice(stop, stop + 2))) continue;
        const t0 = firstTokenAfter(tk, at);
        let t1 = t0;
        while (t1 + 1 < tk.n && tk.end[t1 + 1]! <= stop) t1++;
        if (t0 >= tk.n || tk.start[t0] !== at || tk.end[t1] !== stop || found.some((m) => m.t0 <= t1 && t0 <= m.t1)) continue;
        if (taken && takenBetween(taken, t0, t1)) continue;
        found.push({ entry, t0, t1, start: at, end: stop });
      }
    }
    return found;
  }
}

/** A name that starts with its article and a capitalised word: "The Stack", "The Pile". */
const ARTICLED_NAME = /^The [A-Z]/;

/** An alias written in capitals (digits and separators allowed): "LSUN", "GSM8K", "MS MARCO", "CIFAR-10". */
const ACRONYM_ALIAS = /^(?=.*[A-Z])[^a-z]*$/;

/**
 * Does text matching an acronym alias, as written, keep the acronym's case? Yes when it is written in capitals
 * ("LSUN"), holds a digit of the name ("GSM8k", "Math500", "Cifar-10") or keeps two capitals in a row ("Pascal VOC",
 * "BeIR", "MSMarco"); no when it is a word in title or lower case ("Lsun", "L_sun" and "L_Sun", the solar luminosity;
 * "Glue", "a mass", "scrolls") or capitalises only the starts of its parts ("CoCo", a coinage of its own). Read on
 * every match of such an alias in the 2025-26 corpus: the spellings refused were another word or name in all but a
 * few papers, and the datasets written so (KITTI as "Kitti") have that spelling as an alias.
 */
export function keepsAcronymCase(written: string): boolean {
  let lower = false;
  let prevUpper = false;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    const upper = c >= 65 && c <= 90;
    if (upper && prevUpper) return true;
    if (c >= 97 && c <= 122) lower = true;
    prevUpper = upper;
  }
  return !lower;
}

/** A name as written, without the separators (and apostrophes) a match may differ in: case-sensitive entries compare these. */
function flatSurface(name: string): string {
  return name.replace(/[\s\-_'\u2019]+/g, '');
}

function takenBetween(taken: Uint8Array, a: number, b: number): boolean {
  for (let t = a; t <= b; t++) if (taken[t]) return true;
  return false;
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

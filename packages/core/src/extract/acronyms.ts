/**
 * Acronym definitions by the Schwartz–Hearst algorithm (Schwartz & Hearst, PSB 2003), in both orders:
 * "long form (SF)" and "SF (long form)". Pure, one pass over the parentheses of the text.
 */

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

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9\u0370-\u03ff]/.test(c);
}

/** A plausible short form: 2–10 chars, ≤ 2 words, starts alphanumeric, has a capital letter. */
export function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  if (s.split(' ').length > 2) return false;
  if (!isAlnum(s[0])) return false;
  if (!/[A-Z]/.test(s)) return false;
  if (/^[A-Z][a-z]+$/.test(s)) return false; // an ordinary capitalised word
  if (/^\d+(\.\d+)?[A-Za-z%]?$/.test(s)) return false;
  return /[A-Za-z]/.test(s);
}

/**
 * Long form for a short form: first the words whose initials spell the acronym exactly ("Conformal Constrained
 * Policy Optimization" for CCPO, where plain Schwartz–Hearst would stop at "Constrained Policy Optimization"),
 * else Schwartz–Hearst: the shortest suffix of `candidate` whose letters contain the short form in order.
 */
export function bestLongForm(short: string, candidate: string): string | null {
  const letters = short.replace(/s$/, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length >= 2) {
    const words = candidate.trim().split(/\s+/);
    for (const split of [false, true]) {
      const parts: { w: string; i: number }[] = [];
      words.forEach((w, i) => (split ? w.split('-') : [w]).forEach((x) => x && parts.push({ w: x, i })));
      const tailParts = parts.slice(-letters.length);
      if (tailParts.length === letters.length && tailParts.map((x) => x.w[0]!.toLowerCase()).join('') === letters) {
        const from = tailParts[0]!.i;
        const out = words.slice(from).join(' ');
        if (out.length > short.length) return out;
      }
    }
  }
  return schwartzHearst(short, candidate);
}

function schwartzHearst(short: string, candidate: string): string | null {
  const sf = short.replace(/s$/, '').toLowerCase(); // "LLMs" → "llm"
  const lf = candidate.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  while (s >= 0) {
    const c = sf[s]!;
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (lf[l] !== c || (s === 0 && l > 0 && isAlnum(lf[l - 1])))) l--;
    if (l < 0) return null;
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

const CUT = /[.;:,()[\]!?"“”]/;

/** All acronym definitions in `text` (already cleaned). */
export function findAcronyms(text: string): AcronymDef[] {
  const out: AcronymDef[] = [];
  let p = text.indexOf('(');
  let q = -1;
  while (p !== -1) {
    // the first ')' after p; still the last one found while that lies after p (so a run of '(' before one far ')'
    // does not search the same stretch again for each of them)
    if (q <= p) q = text.indexOf(')', p + 1);
    if (q === -1) break;
    if (q - p > 120 || text.slice(p + 1, q).includes('(')) {
      p = text.indexOf('(', p + 1);
      continue;
    }
    const innerRaw = text.slice(p + 1, q);
    const inner = innerRaw.split(/[;,]| or /)[0]!.trim();
    let done = false;
    if (isShortForm(inner)) {
      // long form (SF): up to 10 words before the parenthesis, not crossing punctuation
      let b = p;
      let words = 0;
      while (b > 0 && words < 12) {
        const ch = text[b - 1]!;
        if (CUT.test(ch)) break;
        if (ch === ' ' && text[b] !== ' ') words++;
        b--;
      }
      const cand = text.slice(b, p).trim();
      const long = cand ? bestLongForm(inner, cand) : null;
      if (long) {
        const candEnd = b + text.slice(b, p).trimEnd().length;
        out.push({ short: inner, long, start: candEnd - long.length, end: q + 1, shortStart: p + 1 + innerRaw.indexOf(inner), reversed: false });
        done = true;
      }
    }
    if (!done && /\s/.test(innerRaw.trim()) && innerRaw.length <= 100) {
      const inner = innerRaw.trim();
      // SF (long form)
      let a = p;
      while (a > 0 && text[a - 1] === ' ') a--;
      let b = a;
      while (b > 0 && /[A-Za-z0-9\-+\u0370-\u03ff]/.test(text[b - 1]!)) b--;
      const sf = text.slice(b, a);
      if (isShortForm(sf) && /^[A-Z0-9\u0370-\u03ff]/.test(sf)) {
        const long = bestLongForm(sf, inner);
        if (long && long === inner) out.push({ short: sf, long, start: b, end: q + 1, shortStart: b, reversed: true });
      }
    }
    p = text.indexOf('(', q);
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
      for (let q = text.indexOf(' (', n); q >= 0; q = text.indexOf(' (', q + 1)) set.add(text.slice(q - n, q));
      this.beforeParen.set(n, set);
    }
    return set.has(name);
  }
}

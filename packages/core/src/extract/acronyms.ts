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
  while (p !== -1) {
    const q = text.indexOf(')', p + 1);
    if (q === -1) break;
    const innerRaw = text.slice(p + 1, q);
    if (innerRaw.includes('(') || q - p > 120) {
      p = text.indexOf('(', p + 1);
      continue;
    }
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

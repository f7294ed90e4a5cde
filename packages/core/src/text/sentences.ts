/**
 * Sentence splitting for titles and abstracts.
 *
 * A sentence ends at `.`, `!` or `?` (plus closing quotes/brackets) followed by whitespace and a character that can
 * start a sentence (upper-case letter, digit, quote, bracket). It does not end after common abbreviations
 * ("e.g.", "i.e.", "et al.", "cf.", "Fig.", "vs.") or single-letter initials, and never inside tokens such as decimals
 * ("0.8") or version numbers ("Llama-3.1"), because those have no whitespace after the dot.
 * Hard line breaks are treated as spaces. Pure and browser-safe.
 */

const ABBREVIATIONS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'al', 'etc', 'vs', 'cf', 'fig', 'figs', 'eq', 'eqs', 'sec', 'secs', 'tab', 'no', 'nos',
  'approx', 'resp', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'inc', 'ltd', 'jr', 'sr', 'viz', 'w.r.t', 'a.k.a', 'ca',
  'vol', 'pp', 'ref', 'refs', 'ch', 'appx', 'app', 'incl', 'esp', 'approx', 'p', 'u.s', 'e.t.c',
]);

let MAX_ABBREVIATION = 0;
for (const a of ABBREVIATIONS) MAX_ABBREVIATION = Math.max(MAX_ABBREVIATION, a.length);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46; // digits, letters, '.'
}

function canStart(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || // " ' ( [ “ ‘
    c > 0x7f // non-ASCII letters (Greek, accented capitals)
  );
}

/**
 * Start offsets of the sentences of `text` (the first is always 0 when text is non-empty). Offsets index `text`
 * itself; callers that want strings use {@link splitSentences}.
 */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && text.charCodeAt(i) <= 32) i++;
  if (i >= n) return starts;
  starts.push(i);
  // the next '.', '!' and '?' found with indexOf (fast), not by reading every character
  let nextDot = text.indexOf('.', i);
  let nextBang = text.indexOf('!', i);
  let nextQ = text.indexOf('?', i);
  // the run of closing characters that ended at `runEnd` and the whitespace after it, for terminators inside that run
  // ("?!", "...", ".)."): they share its end, so a long run is read once, not once per terminator
  let runEnd = -1;
  let runAfter = -1;
  for (;;) {
    if (nextDot >= 0 && nextDot < i) nextDot = text.indexOf('.', i);
    if (nextBang >= 0 && nextBang < i) nextBang = text.indexOf('!', i);
    if (nextQ >= 0 && nextQ < i) nextQ = text.indexOf('?', i);
    let next = nextDot;
    if (nextBang >= 0 && (next < 0 || nextBang < next)) next = nextBang;
    if (nextQ >= 0 && (next < 0 || nextQ < next)) next = nextQ;
    if (next < 0) break;
    i = next;
    const c = text.charCodeAt(i);
    const here = i;
    i = here + 1; // where the next search starts (moved to the sentence start when one is pushed)
    let j = here + 1;
    let k: number;
    if (here < runEnd) {
      j = runEnd;
      k = runAfter;
    } else {
      // closing quotes / brackets right after the terminator
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 34 || d === 39 || d === 41 || d === 93 || d === 0x201d || d === 0x2019 || d === 46 || d === 33 || d === 63) j++;
        else break;
      }
      k = j;
      while (k < n && text.charCodeAt(k) <= 32) k++;
      runEnd = j;
      runAfter = k;
    }
    if (k === j || k >= n) continue; // no whitespace after it, or end of text
    if (!canStart(text.charCodeAt(k))) continue;
    if (c === 46) {
      // the word before the period
      // (no further back than the longest abbreviation needs: a longer word is none)
      let b = here;
      while (b > 0 && here - b <= MAX_ABBREVIATION && isWordChar(text.charCodeAt(b - 1))) b--;
      if (here - b <= MAX_ABBREVIATION) {
        // (longer words cannot be abbreviations or initials: no string is built for them)
        const word = text.slice(b, here).toLowerCase();
        if (ABBREVIATIONS.has(word)) continue;
        // single letter initials ("A. Smith"), but not a sentence ending in a digit/acronym like "GPT-4." or "RLHF."
        if (word.length === 1 && word >= 'a' && word <= 'z') continue;
      }
    }
    starts.push(k);
    i = k;
  }
  return starts;
}

/** Splits text into sentences, trimmed, with internal whitespace (including hard line breaks) collapsed. */
export function splitSentences(text: string): string[] {
  const starts = sentenceStarts(text);
  const out: string[] = [];
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s]!;
    const b = s + 1 < starts.length ? starts[s + 1]! : text.length;
    const sentence = text.slice(a, b).replace(/\s+/g, ' ').trim();
    if (sentence) out.push(sentence);
  }
  return out;
}

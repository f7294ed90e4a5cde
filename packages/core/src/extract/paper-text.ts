/**
 * A paper's text as every extraction pass reads it: the cleaned title and abstract joined into one flat string, with
 * the start offsets of its sentences, and the sentence around an offset (a mention's evidence).
 */
import type { PaperDoc } from '../types.ts';
import { sentenceStarts } from '../text/sentences.ts';
import { cleanText, isAsciiAlnum } from './tokens.ts';

export interface PaperText {
  text: string;
  /** Length of the title, which is sentence 0; the abstract starts after one line break. */
  titleEnd: number;
  /** Sentence start offsets in `text`, increasing; the first is 0. */
  starts: number[];
}

/** The paper's text as one string: title, a line break, abstract; with sentence start offsets. */
export function paperText(doc: PaperDoc): PaperText {
  const title = cleanText(doc.title);
  const abstract = cleanText(doc.abstract);
  // joined, not concatenated: a flat string, which the tokenizer and regexes read faster than a cons string
  const text = abstract ? [title, abstract].join('\n') : title;
  const starts = [0];
  if (abstract) for (const s of sentenceStarts(abstract)) starts.push(s + title.length + 1);
  return { text, titleEnd: title.length, starts };
}

/** Index of the sentence holding offset `at`: the last start at or before it (binary search). */
export function sentenceIndexAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The sentence holding offset `at`, trimmed. */
export function sentenceAt(text: string, starts: number[], at: number): string {
  const s = sentenceIndexAt(starts, at);
  return text.slice(starts[s]!, s + 1 < starts.length ? starts[s + 1]! : text.length).trim();
}

/**
 * `text.indexOf(' ' + word, from)`, found by searching `word` and checking the space before it: V8 finds a fixed
 * string by its first character, and a search starting with a space stops at every word of the text.
 */
export function indexOfSpaced(text: string, word: string, from: number): number {
  for (let q = text.indexOf(word, from + 1); q >= 0; q = text.indexOf(word, q + 1)) if (text.charCodeAt(q - 1) === 32) return q - 1;
  return -1;
}

/**
 * Whether `test` holds after some whole-word occurrence of `name` in `text` (no ASCII letter or digit right before or
 * after it), given the offset where that occurrence ends: "is this name, anywhere the paper writes it, followed by …".
 */
export function someWholeWordEnd(text: string, name: string, test: (end: number) => boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at > 0 && isAsciiAlnum(text.charCodeAt(at - 1))) || (end < text.length && isAsciiAlnum(text.charCodeAt(end)))) continue;
    if (test(end)) return true;
  }
  return false;
}

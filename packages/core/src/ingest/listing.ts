import type { IngestResult, InputIssue, PaperRecord } from '../types.ts';

/**
 * The arXiv-style listing of the seed (`seeds/llama-2-7b.txt`): optional page furniture, a tag line, then entries
 * `title / authors ("Last, First, Last, First") / venue / abstract paragraphs…`. Blank lines carry no meaning (their
 * number varies and abstracts have several paragraphs), so an entry is found by its shape: a title-like line followed
 * by an author-like line and a venue-like line.
 */

interface Line {
  text: string;
  /** 1-based line number in the file. */
  number: number;
}

// Non-breaking and other unicode spaces pad the tag line in real listings.
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

function clean(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

// A name part: letters, marks, apostrophes, periods and hyphens in up to a few words ("de la Cruz", "Brigitte A.").
const NAME_WORDS = /^\p{L}[\p{L}\p{M}'’.\-]*(?: \p{L}[\p{L}\p{M}'’.\-]*)*$/u;
const UPPER = /\p{Lu}/u;
function isNamePart(text: string): boolean {
  return NAME_WORDS.test(text) && UPPER.test(text);
}

/** Split an author line on commas; undefined if it does not look like names at all. */
function authorParts(text: string): string[] | undefined {
  if (text.length > 2000 || /[.!?:;]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))) return undefined;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    if (!part || part.split(' ').length > 5 || !isNamePart(part)) return undefined;
  }
  return parts;
}

function isVenueLike(text: string): boolean {
  return text.length > 0 && text.length <= 120 && !/[.!?]$/.test(text) && authorParts(text) === undefined;
}

function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= 400 && !/[.]$/.test(text);
}

function isTagLike(text: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}._+\-/]*$/u.test(text) && text.length <= 80;
}

/**
 * An entry starts with title, author line, venue line. Authors are written "Last, First", so a comma is required;
 * an author line without comma (one name written naturally) is accepted only before a venue line that other,
 * unambiguous entries of the file also use — page furniture ("Goto", "Collaborating Authors") never passes.
 */
function isEntryStart(lines: Line[], i: number, knownVenues?: Set<string>): boolean {
  const title = lines[i];
  const authors = lines[i + 1];
  const venue = lines[i + 2];
  if (!title || !authors || !venue || !isTitleLike(title.text) || !isVenueLike(venue.text)) return false;
  if (authorParts(authors.text) !== undefined) return true;
  return knownVenues !== undefined && knownVenues.has(venue.text) && looksLikeSingleAuthor(authors.text);
}

/** One natural-order name ("Yixin Shen"): a few capitalised words. */
function looksLikeSingleAuthor(text: string): boolean {
  return text.length <= 60 && !/[.!?:;]$/.test(text) && isNamePart(text) && text.split(' ').length <= 4;
}

/** Pairs "Last, First, Last, First" into "First Last" names; reports a line it cannot pair. */
function pairAuthors(line: Line, file: string, warnings: InputIssue[]): string[] {
  const parts = authorParts(line.text) ?? [line.text];
  if (parts.length % 2 === 0) {
    const names: string[] = [];
    for (let i = 0; i < parts.length; i += 2) names.push(`${parts[i + 1]} ${parts[i]}`);
    return names;
  }
  warnings.push({
    file,
    line: line.number,
    message: `cannot pair author line into "Last, First" names (${parts.length} comma-separated parts); kept each part as one name`,
  });
  return parts;
}

export function looksLikeListing(text: string): boolean {
  const lines = toLines(text);
  for (let i = 0; i + 2 < lines.length && i < 50; i++) if (isEntryStart(lines, i)) return true;
  return false;
}

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const cleaned = clean(raw);
    if (cleaned) lines.push({ text: cleaned, number: index + 1 });
  });
  return lines;
}

export function parseListing(text: string, file: string): IngestResult {
  const lines = toLines(text);
  const records: PaperRecord[] = [];
  const rejections: InputIssue[] = [];
  const warnings: InputIssue[] = [];

  const findStarts = (knownVenues?: Set<string>) => {
    const found: number[] = [];
    for (let i = 0; i + 2 < lines.length; i++) {
      if (isEntryStart(lines, i, knownVenues)) {
        found.push(i);
        i += 2;
      }
    }
    return found;
  };
  const strict = findStarts();
  const starts = findStarts(new Set(strict.map((i) => lines[i + 2]!.text)));
  if (starts.length === 0) {
    rejections.push({ file, line: lines[0]?.number ?? 1, message: 'no listing entry (title, author line, venue line) found' });
    return { records, rejections, warnings };
  }

  // Furniture before the first entry: the last tag-like line is the listing's tag ("llama-2-7b").
  const preamble = lines.slice(0, starts[0]);
  const tagLine = [...preamble].reverse().find((line) => isTagLike(line.text));
  const tags = tagLine ? [tagLine.text] : [];

  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? lines.length;
    const title = lines[start]!;
    const authorLine = lines[start + 1]!;
    const venue = lines[start + 2]!;
    const paragraphs = lines.slice(start + 3, end).map((line) => line.text);
    if (paragraphs.length === 0) {
      warnings.push({ file, line: title.number, message: `entry "${title.text}" has no abstract` });
    }
    records.push({
      title: title.text,
      abstract: paragraphs.join('\n\n'),
      authors: pairAuthors(authorLine, file, warnings),
      tags: [...tags],
      venue: venue.text,
      sources: [{ file, line: title.number }],
    });
  });
  return { records, rejections, warnings };
}

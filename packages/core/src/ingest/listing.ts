import type { IngestResult, InputIssue, PaperRecord } from '../types.ts';
import { looksLikeArxivList } from './arxiv-list.ts';
import type { InputFormat } from './formats.ts';
import { jsonShape } from './json.ts';
import { isNameSuffix, naturalName } from './names.ts';

/**
 * The arXiv-style listing of the seed (`seeds/llama-2-7b.txt`): optional page furniture, a tag line, then entries
 * `title / authors ("Last, First, Last, First") / venue / abstract paragraphs…`. Blank lines carry no meaning (their
 * number varies and abstracts have several paragraphs), so an entry is found by its shape: a title-like line followed
 * by an author-like line and a venue-like line — or, reported, by an author line alone when the venue line is missing.
 */

interface Line {
  text: string;
  /** 1-based line number in the file. */
  number: number;
  /** The raw line starts with (non-breaking) space: how listing pages set off their tag lines from the furniture. */
  indented: boolean;
}

// Non-breaking and other unicode spaces pad the tag line in real listings.
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const LEADING_SPACE = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/;

function clean(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

// A name part: letters, marks, apostrophes, periods, hyphens and the middle dots of transliterated names, in up to a
// few words ("de la Cruz", "Brigitte A.", "阿卜杜拉·买买提"); joiners for Persian and Indic names.
const NAME_CHARS = "[\\p{L}\\p{M}'’.\\-·・\\u200c\\u200d]*";
const NAME_WORDS = new RegExp(`^\\p{L}${NAME_CHARS}(?: \\p{L}${NAME_CHARS})*$`, 'u');
const UPPER = /\p{Lu}/u;
// Letters of scripts without case (Han, Kana, Hangul, Arabic, Hebrew, Devanagari…): such a name has no capital.
const CASELESS = /\p{Lo}/u;
function isNamePart(text: string): boolean {
  return NAME_WORDS.test(text) && (UPPER.test(text) || CASELESS.test(text));
}

/** One comma-separated part of an author line; a quoted part is a whole name ("Smith, Jr., John"). */
interface AuthorPart {
  text: string;
  quoted: boolean;
}

interface AuthorLine {
  parts: AuthorPart[];
  /** Separated by CJK or Arabic commas (，、،): each part is a whole name, nothing to pair. */
  wholeNames: boolean;
}

const OPEN_QUOTES = '"“';
const CLOSE_QUOTE: Record<string, string> = { '"': '"', '“': '”' };
const WHOLE_NAME_SEPARATORS = '，、،';

/** Splits an author line at commas outside quotes. */
function splitAuthorLine(text: string): AuthorLine {
  const parts: AuthorPart[] = [];
  let wholeNames = false;
  let asciiComma = false;
  let start = 0;
  let quoted = false;
  const cut = (end: number) => {
    const raw = text.slice(start, end).trim();
    const open = raw[0];
    const close = open !== undefined ? CLOSE_QUOTE[open] : undefined;
    if (close !== undefined && raw.length >= 2 && raw.endsWith(close)) parts.push({ text: raw.slice(1, -1).trim(), quoted: true });
    else parts.push({ text: raw, quoted: false });
  };
  let closing = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === closing) quoted = false;
    } else if (OPEN_QUOTES.includes(char) && text.slice(start, i).trim() === '') {
      quoted = true;
      closing = CLOSE_QUOTE[char]!;
    } else if (char === ',' || WHOLE_NAME_SEPARATORS.includes(char)) {
      if (char === ',') asciiComma = true;
      else wholeNames = true;
      cut(i);
      start = i + 1;
    }
  }
  cut(text.length);
  return { parts, wholeNames: wholeNames && !asciiComma };
}

function isNameWords(text: string): boolean {
  return text !== '' && text.split(' ').length <= 5 && isNamePart(text);
}

// The line may end in an initial or a suffix ("Reyes-Angulo, Abel A.", "Smith, John, Jr."), not in other punctuation.
const FINAL_ABBREVIATION = /(?:\b\p{Lu}|\b(?:Jr|Sr|Jnr|Snr))\.$/u;

/** The parts of an author line; undefined if it does not look like names at all. */
function authorParts(text: string): AuthorLine | undefined {
  if (/[.!?:;]$/.test(text.replace(FINAL_ABBREVIATION, ''))) return undefined;
  const line = /["“，、،]/.test(text)
    ? splitAuthorLine(text)
    : { parts: text.split(',').map((part) => ({ text: part.trim(), quoted: false })), wholeNames: false };
  const { parts } = line;
  if (parts.length < 2 && !(parts.length === 1 && parts[0]!.quoted)) return undefined;
  for (const part of parts) {
    const ok = part.quoted ? part.text.split(',').every((piece) => isNameWords(piece.trim())) : isNameWords(part.text);
    if (!ok) return undefined;
  }
  return line;
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

/** One natural-order name ("Yixin Shen"): a few capitalised words. */
function looksLikeSingleAuthor(text: string): boolean {
  return text.length <= 60 && !/[.!?:;]$/.test(text) && isNamePart(text) && text.split(' ').length <= 4;
}

interface EntryStart {
  /** Index of the title line. */
  at: number;
  authors: AuthorLine;
  /** False when the entry has no venue line (the abstract follows the authors). */
  hasVenue: boolean;
}

/**
 * An entry starts with title, author line, venue line. Authors are written "Last, First", so a comma is required;
 * an author line without comma (one name written naturally) is accepted only before a venue line that other,
 * unambiguous entries of the file also use — page furniture ("Goto", "Collaborating Authors") never passes.
 * Without a venue line, a title and an author line with commas still start an entry when an abstract (or nothing)
 * follows: read as an entry and reported, never glued onto the previous paper's abstract.
 */
function entryStart(lines: Line[], i: number, knownVenues?: Set<string>): EntryStart | undefined {
  const title = lines[i];
  const authors = lines[i + 1];
  const venue = lines[i + 2];
  if (!title || !authors || !isTitleLike(title.text)) return undefined;
  const parts = authorParts(authors.text);
  // A venue-like line followed by an author line is the next entry's title: this entry has neither venue nor abstract.
  const venueIsNextTitle = () => {
    const after = lines[i + 3];
    return parts !== undefined && after !== undefined && isTitleLike(venue!.text) && authorParts(after.text) !== undefined;
  };
  if (venue && isVenueLike(venue.text) && !venueIsNextTitle()) {
    if (parts) return { at: i, authors: parts, hasVenue: true };
    if (knownVenues?.has(venue.text) && looksLikeSingleAuthor(authors.text)) {
      return { at: i, authors: { parts: [{ text: authors.text, quoted: false }], wholeNames: false }, hasVenue: true };
    }
    return undefined;
  }
  if (parts && !title.text.endsWith(':')) return { at: i, authors: parts, hasVenue: false };
  return undefined;
}

// Han, Kana and Hangul names are written family name first, without a space.
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・]+$/u;

function joinName(given: string, family: string, suffix?: string): string {
  const name = CJK_NAME.test(given) && CJK_NAME.test(family) ? `${family}${given}` : `${given} ${family}`;
  return suffix ? `${name} ${suffix}` : name;
}

/** "Last, First, Last, First" (with "Jr."/"III" after either, quoted whole names anywhere) → "First Last" names. */
function pairNames(parts: AuthorPart[]): string[] | undefined {
  const names: string[] = [];
  let family: string | undefined;
  let suffix: string | undefined;
  for (const part of parts) {
    if (part.quoted) {
      if (family !== undefined) return undefined;
      names.push(naturalName(part.text));
    } else if (isNameSuffix(part.text)) {
      if (family !== undefined && suffix === undefined) suffix = part.text;
      else if (family === undefined && names.length > 0) names[names.length - 1] += ` ${part.text}`;
      else return undefined;
    } else if (family === undefined) {
      family = part.text;
    } else {
      names.push(joinName(part.text, family, suffix));
      family = undefined;
      suffix = undefined;
    }
  }
  return family === undefined ? names : undefined;
}

/** Each part as one name (quoted parts in natural order, suffixes kept with the name before them). */
function wholeNames(parts: AuthorPart[]): string[] {
  const names: string[] = [];
  for (const part of parts) {
    if (!part.quoted && isNameSuffix(part.text) && names.length > 0) names[names.length - 1] += ` ${part.text}`;
    else names.push(part.quoted ? naturalName(part.text) : part.text);
  }
  return names;
}

/** The authors of an entry; reports a line it cannot pair. */
function readAuthors(authors: AuthorLine, line: Line, file: string, warnings: InputIssue[]): string[] {
  if (authors.wholeNames) return wholeNames(authors.parts);
  const paired = pairNames(authors.parts);
  if (paired) return paired;
  warnings.push({
    file,
    line: line.number,
    message: `cannot pair author line into "Last, First" names (${authors.parts.length} comma-separated parts); kept each part as one name`,
  });
  return wholeNames(authors.parts);
}

function toLines(text: string, file: string, warnings?: InputIssue[], maxLines?: number): Line[] {
  const lines: Line[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  body.split(/\r\n|\r|\n/, maxLines).forEach((raw, index) => {
    let line = raw;
    if (line.includes('\0')) {
      line = line.replaceAll('\0', '');
      warnings?.push({ file, line: index + 1, message: 'NUL bytes in this line (binary data), left out' });
    }
    const cleaned = clean(line);
    if (cleaned) lines.push({ text: cleaned, number: index + 1, indented: LEADING_SPACE.test(line) });
  });
  return lines;
}

/**
 * Content confidence for the format registry: an entry among the first lines; one without venue line is weaker.
 * An arXiv listing page (`[1] arXiv:ID`, `Title: …`) is not this layout, though its lines pass for one (`Title: …`
 * as a title, the `Subjects:` line as a venue): arxiv-list.ts reads it.
 */
function sniffListing(head: string): number {
  if (looksLikeArxivList(head)) return 0;
  // Pretty-printed JSON passes for entries too (a `"title": …` line, then `"journal": …` as a venue): JSON content
  // is no listing, whatever the file is called (RefLib's tab-indented array saved as .txt).
  if (looksLikeJson(head)) return 0;
  const lines = toLines(head, '', undefined, 400);
  let withoutVenue = false;
  for (let i = 0; i + 1 < lines.length && i < 50; i++) {
    const start = entryStart(lines, i);
    if (start?.hasVenue) return 0.9;
    if (start) withoutVenue = true;
  }
  return withoutVenue ? 0.6 : 0;
}

/** A JSON array of records or objects, or a JSON document or JSON Lines of objects. */
function looksLikeJson(head: string): boolean {
  const shape = jsonShape(head);
  if (shape === 'array') return /^\s*\[\s*[{\]]/.test(head);
  return shape === 'document' || shape === 'object-lines' || shape === 'object-start';
}

export function looksLikeListing(text: string): boolean {
  return sniffListing(text) > 0;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * The tags of a header (the furniture before the entries): its indented tag-like lines, all of them; a header
 * without indentation gives its last tag-like line (furniture such as "Goto" is tag-like too).
 */
function headerTags(header: Line[]): string[] {
  const indented = header.filter((line) => line.indented && isTagLike(line.text)).map((line) => line.text);
  if (indented.length > 0) return unique(indented);
  const last = [...header].reverse().find((line) => isTagLike(line.text));
  return last ? [last.text] : [];
}

export function parseListing(text: string, file: string): IngestResult {
  const records: PaperRecord[] = [];
  const rejections: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const lines = toLines(text, file, warnings);

  const findStarts = (knownVenues?: Set<string>) => {
    const found: EntryStart[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const start = entryStart(lines, i, knownVenues);
      if (start) {
        found.push(start);
        i += start.hasVenue ? 2 : 1;
      }
    }
    return found;
  };
  const strict = findStarts();
  const starts = findStarts(new Set(strict.filter((s) => s.hasVenue).map((s) => lines[s.at + 2]!.text)));
  if (starts.length === 0) {
    rejections.push({ file, line: lines[0]?.number ?? 1, message: 'no listing entry (title, author line, venue line) found' });
    return { records, rejections, warnings };
  }

  // Furniture before the first entry: its tag lines ("llama-2-7b") are the tags of every paper after it.
  const preamble = lines.slice(0, starts[0]!.at);
  let tags = headerTags(preamble);
  // Page furniture ("Goto", "Collaborating Authors"): repeated before a pasted second listing's tag lines.
  const furniture = new Set(preamble.map((line) => line.text).filter((text) => !tags.includes(text)));

  starts.forEach((start, n) => {
    const end = starts[n + 1]?.at ?? lines.length;
    const title = lines[start.at]!;
    const authorLine = lines[start.at + 1]!;
    const venue = start.hasVenue ? lines[start.at + 2]! : undefined;
    let paragraphs = lines.slice(start.at + (start.hasVenue ? 3 : 2), end);
    const entryTags = tags;

    // A second listing pasted after this one: its header (furniture, indented tag lines) ends this abstract, and
    // its tags are those of the entries after it.
    const headerAt = paragraphs.findIndex((line) => line.indented && isTagLike(line.text));
    if (headerAt >= 0) {
      let cut = headerAt;
      while (cut > 0 && furniture.has(paragraphs[cut - 1]!.text)) cut--;
      tags = headerTags(paragraphs.slice(headerAt));
      warnings.push({
        file,
        line: paragraphs[headerAt]!.number,
        message: `listing header inside the file: the entries after it are tagged ${tags.map((tag) => `"${tag}"`).join(', ')}`,
      });
      paragraphs = paragraphs.slice(0, cut);
    }

    if (!venue) warnings.push({ file, line: title.number, message: `entry "${title.text}" has no venue line` });
    if (paragraphs.length === 0) {
      warnings.push({ file, line: title.number, message: `entry "${title.text}" has no abstract` });
    }
    const record: PaperRecord = {
      title: title.text,
      abstract: paragraphs.map((line) => line.text).join('\n\n'),
      authors: readAuthors(start.authors, authorLine, file, warnings),
      tags: [...entryTags],
      ...(venue ? { venue: venue.text } : {}),
      sources: [{ file, line: title.number }],
    };
    records.push(record);
  });
  return { records, rejections, warnings };
}

export const listingFormat: InputFormat = {
  name: 'listing',
  label: 'a paper listing',
  extensions: ['.txt'],
  sniff: sniffListing,
  parse: parseListing,
};

/**
 * The text of an arXiv listing page (`arxiv.org/list/cs.CL/new`, `/recent`, `/pastweek`, `/list/cs.AI/2025-03`) as a
 * browser copies it or `lynx -dump` / "Save as text" saves it. Each entry:
 *
 * ```
 * [1] arXiv:2503.10620 [pdf, html, other]
 * Title: From TOWER to SPIRE: Adding the Speech Modality to a Text-Only LLM
 * Kshitij Ambilduke, Ben Peters, Sonal Sannigrahi
 * Comments: Submitted to Interspeech
 * Journal-ref: …                                            (optional)
 * Subjects: Computation and Language (cs.CL); Machine Learning (cs.LG)
 *
 * <the abstract: one paragraph, absent on "Authors and titles" pages>
 * ```
 *
 * The entry line may say `(cross-list from cs.LG)` or `(replaced)`, carry a version (`v2`) or an old-style id
 * (`hep-th/9901001`); older pages write `Authors: ` before the names. Lines are read trimmed (lynx indents them), any
 * line break (CRLF, CR, LF). A wrapped title or author line continues on the next lines, before the first `Comments:`
 * / `Journal-ref:` / `Subjects:` line. The page's furniture (section headings, "Total of 123 entries", pagination, the
 * site footer) is not part of any entry.
 */
import type { IngestResult, InputIssue, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { normalizeArxivId, normalizeDoi } from './ids.ts';
import { journalRefVolume } from './journal-ref.ts';
import { isNameSuffix, naturalName, withoutAffiliations } from './names.ts';
import { setVolume } from './records.ts';

interface Line {
  /** Trimmed, runs of (non-breaking) spaces folded to one. */
  text: string;
  /** 1-based line number in the file. */
  number: number;
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

function toLines(text: string, maxLines?: number): Line[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/, maxLines).map((raw, index) => ({ text: raw.replace(SPACES, ' ').trim(), number: index + 1 }));
}

/** lynx -dump numbers each link: `[23]arXiv:2503.10620`, `[45]Kshitij Ambilduke` (the entry's own `[1]` is no link). */
const LYNX_LINK_NUMBER = /\[\d+\](?=[^\s\]])/g;

const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
/** `[1] arXiv:2503.10620 (cross-list from cs.LG) [pdf, html, other]`: the number, the id as written. */
const ENTRY_LINE = /^\[(\d+)\] ?arXiv:(\S+?)(?: ?\([^)]*\))*(?: ?\[[^\]]*\])?$/;
/**
 * What a damaged entry line still shows: its `[n] `, or an `arXiv:` id with the links after it (`[pdf, other]`). An
 * `arXiv:` id alone starts lines of wrapped comments too ("admin note: text overlap with\narXiv:2403.13659").
 */
const LOOSE_ENTRY_LINE = /^(?:\[\d+\] |arXiv:\S+(?: ?\([^)]*\))* ?\[(?:pdf|ps|html|other|src)\b[^\]]*\]$)/;

const DESCRIPTOR = /^(Title|Authors|Comments|Journal-ref|Subjects|Report-no|MSC-class|ACM-class|DOI):(?: (.*))?$/i;

/**
 * The page's own lines between and after entries: section headings, dates, counts, pagination, the site footer and
 * lynx's reference list. Before the first entry every line is skipped whatever it says.
 */
const FURNITURE = [
  /^(?:new|cross|replacement) submissions\b/i,
  /^(?:new submissions|cross-lists|replacements) for\b/i,
  /^(?:cross[- ]lists|replacements)$/i,
  /\(showing (?:first )?\d+ of \d+ entries ?\)$/i,
  /^\[? ?total of \d+ entries\b/i,
  /^\[? ?showing (?:up to )?\d+ (?:of \d+ )?entries\b/i,
  /\bfewer \| more \| all\b/i,
  /^(?:authors and titles|titles and abstracts|authors, titles and abstracts)\b/i,
  /^(?:mon|tue|wed|thu|fri|sat|sun), \d{1,2} [a-z]{3} \d{2,4}\b/i,
  /^submissions received from\b/i,
  /^(?:skip to main content|about|help|contact|subscribe|copyright|privacy policy|web accessibility assistance|arxiv operational status|donate|references|visible links|hidden links:)$/i,
  /^get status notifications via\b/i,
  /^\d+\. (?:https?|file|mailto):/i,
];

function isFurniture(text: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(text));
}

function entryLine(text: string): RegExpExecArray | null {
  return ENTRY_LINE.exec(text.replace(LYNX_LINK_NUMBER, ''));
}

function descriptor(text: string): { name: string; value: string } | undefined {
  const match = DESCRIPTOR.exec(text);
  return match ? { name: match[1]!.toLowerCase(), value: match[2]?.trim() ?? '' } : undefined;
}

/**
 * Content confidence: one of the first entry lines followed by its `Title:` line. Nothing else is written so, hence
 * sure (1): no file name outranks it (a lynx text starts with `[1]` as a JSON array does).
 */
function sniffArxivList(head: string): number {
  const lines = toLines(head, 2000).filter((line) => line.text !== '');
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const match = entryLine(lines[i]!.text);
    if (!match) continue;
    seen++;
    if (ARXIV_ID.test(match[2]!) && descriptor(lines[i + 1]?.text ?? '')?.name === 'title') return 1;
  }
  return 0;
}

/** For the generic listing reader: this text is an arXiv listing page, not its layout. */
export function looksLikeArxivList(head: string): boolean {
  return sniffArxivList(head) > 0;
}

/** A natural-order name as list pages write it: letters, marks, initials, hyphens, apostrophes; capitalised or caseless. */
const NAME = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*(?: [\p{L}\p{M}'’.\-]+){0,5}$/u;

/** A line of a wrapped author list: names between commas (the last one perhaps cut by the wrap). */
function looksLikeAuthorLine(text: string): boolean {
  if (text.endsWith(',')) return true;
  const parts = text.replace(LYNX_LINK_NUMBER, '').split(',').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => part === '' || NAME.test(part));
}

const ET_AL = /^(?:et al\.?|others)$/i;
const CUT_LIST = /\bet al\b|additional authors not shown/i;

/** "Ann Lee, Bob Ray, et al. (9 additional authors not shown)" → ["Ann Lee", "Bob Ray"]; TeX accents as letters. */
function readAuthors(text: string): { names: string[]; cut: boolean } {
  const plain = withoutAffiliations(text.replace(LYNX_LINK_NUMBER, ''));
  const names: string[] = [];
  for (const part of plain.split(/\s*(?:,\s*and\s+|\s+and\s+|,)\s*/)) {
    const name = naturalName(part);
    if (name === '' || ET_AL.test(name)) continue;
    if (names.length > 0 && isNameSuffix(name)) names[names.length - 1] += ` ${name}`;
    else names.push(name);
  }
  return { names, cut: CUT_LIST.test(text) };
}

/** `Computation and Language (cs.CL); Machine Learning (cs.LG)` → `cs.CL`, `cs.LG` (the primary first, as listed). */
function readCategories(subjects: string): string[] {
  const codes: string[] = [];
  for (const part of subjects.split(';')) {
    const code = /\(([a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?)\)$/.exec(part.trim())?.[1];
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** An abstract's later paragraph, not a heading or a footer line: a sentence of some length. */
function isProse(text: string): boolean {
  return text.split(' ').length >= 8;
}

export function parseArxivList(text: string, file: string): IngestResult {
  const records: PaperRecord[] = [];
  const rejections: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const lines = toLines(text);
  const warn = (line: Line, message: string) => warnings.push({ file, line: line.number, message });
  let entries = 0;
  const at = (i: number) => lines[i]?.text ?? '';
  const blank = (i: number) => i < lines.length && at(i) === '';
  /** A line that opens an entry or shows a damaged one: it ends whatever came before. */
  const opensEntry = (i: number) => {
    const line = at(i);
    return entryLine(line) !== null || LOOSE_ENTRY_LINE.test(line) || descriptor(line)?.name === 'title';
  };

  /**
   * Reads the entry whose first line is `start` (its `[n] arXiv:` line, or the `Title:` line of an entry that lost
   * it); returns the index after it.
   */
  const readEntry = (start: number, arxivId: string | undefined, label: string): number => {
    entries++;
    const first = lines[start]!;
    let i = descriptor(first.text)?.name === 'title' ? start : start + 1;
    while (blank(i)) i++;
    const fields = new Map<string, string[]>();
    /** Lines after `Title:` before the next descriptor: the title's wrapped rest, then the author line(s). */
    const afterTitle: string[] = [];
    let current: string | undefined;
    let hasTitle = false;
    // Metadata: descriptor lines and their continuations, up to a complete `Subjects:` line or a blank line.
    for (; i < lines.length; i++) {
      const line = at(i);
      if (line === '') {
        // Blank lines between metadata lines are tolerated; what follows a blank line and is no descriptor is the abstract.
        let next = i;
        while (blank(next)) next++;
        const field = descriptor(at(next));
        if (field && field.name !== 'title' && hasTitle && !(fields.get('subjects') ?? []).join(' ').endsWith(')')) {
          i = next - 1;
          continue;
        }
        break;
      }
      const field = descriptor(line);
      if (field) {
        if (field.name === 'title') {
          if (hasTitle || fields.size > 0) break; // the next entry's title, its entry line lost
          hasTitle = true;
        }
        current = field.name;
        fields.set(current, [...(fields.get(current) ?? []), ...(field.value ? [field.value] : [])]);
        continue;
      }
      if (entryLine(line) || LOOSE_ENTRY_LINE.test(line) || isFurniture(line)) break;
      if (current === undefined) break; // no `Title:` line: not this entry's metadata
      if (current === 'subjects' && fields.get('subjects')!.join(' ').endsWith(')')) break; // the abstract, no blank line before it
      if (current === 'title') afterTitle.push(line);
      else fields.get(current)!.push(line);
    }

    // The abstract: the paragraph after the metadata (one on arXiv's pages), and further paragraphs of prose before
    // the next entry; headings and the footer end it.
    const paragraphs: string[][] = [];
    while (i < lines.length) {
      while (blank(i)) i++;
      if (i >= lines.length || opensEntry(i) || descriptor(at(i)) || isFurniture(at(i))) break;
      if (paragraphs.length > 0 && !isProse(at(i))) break;
      const paragraph: string[] = [];
      while (i < lines.length && !blank(i) && !opensEntry(i) && !descriptor(at(i)) && !isFurniture(at(i))) paragraph.push(at(i++));
      paragraphs.push(paragraph);
    }

    if (!hasTitle) {
      rejections.push({ file, line: first.number, message: `entry ${label} has no title (no "Title:" line after it)` });
      return i;
    }
    // Split the lines after `Title:` into the title's rest and the author lines: with `Authors:` all are title; else the
    // last line is (the end of) the author list, and so is each line above it that reads as names between commas.
    let titleLines = fields.get('title') ?? [];
    let authorLines = fields.get('authors') ?? [];
    if (fields.has('authors')) {
      titleLines = [...titleLines, ...afterTitle];
    } else if (afterTitle.length > 0) {
      const minTitle = titleLines.length > 0 ? 0 : 1;
      let split = afterTitle.length - 1;
      while (split > minTitle && looksLikeAuthorLine(afterTitle[split - 1]!)) split--;
      if (split < minTitle) split = afterTitle.length;
      titleLines = [...titleLines, ...afterTitle.slice(0, split)];
      authorLines = afterTitle.slice(split);
    }
    const title = titleLines.join(' ').trim();
    if (title === '') {
      rejections.push({ file, line: first.number, message: `entry ${label} has an empty title` });
      return i;
    }
    const { names, cut } = readAuthors(authorLines.join(' '));
    if (names.length === 0) warn(first, `entry ${label} has no author line`);
    else if (cut) warn(first, `entry ${label}: the page lists only some of the authors (et al.); the others are on its abstract page`);

    const record: PaperRecord = {
      title,
      abstract: paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n'),
      authors: names,
      tags: [],
      sources: [{ file, line: first.number }],
    };
    if (arxivId) record.arxivId = arxivId;
    const categories = readCategories((fields.get('subjects') ?? []).join(' '));
    if (categories.length > 0) record.categories = categories;
    const venue = (fields.get('journal-ref') ?? []).join(' ').trim();
    if (venue) record.venue = venue;
    setVolume(record, journalRefVolume(venue));
    const doi = normalizeDoi((fields.get('doi') ?? []).join(' ').split(' ')[0]);
    if (doi) record.doi = doi;
    records.push(record);
    return i;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text === '') {
      i++;
      continue;
    }
    const match = entryLine(line.text);
    if (match) {
      const written = match[2]!;
      const arxivId = ARXIV_ID.test(written) ? normalizeArxivId(written) : undefined;
      if (!arxivId) warn(line, `"arXiv:${written}" is not an arXiv id; the paper is kept without one`);
      i = readEntry(i, arxivId, `[${match[1]}] arXiv:${written}`);
      continue;
    }
    const field = descriptor(line.text);
    if (LOOSE_ENTRY_LINE.test(line.text) || field?.name === 'title') {
      // A damaged entry: read what follows as an entry without arXiv id (or reject it without title).
      if (field?.name === 'title') warn(line, 'a "Title:" line without the "[n] arXiv:ID" line before it; the paper is kept without arXiv id');
      else warn(line, `"${line.text}" is not an entry line "[n] arXiv:ID [pdf, …]"; the entry after it is kept without arXiv id`);
      i = readEntry(i, undefined, `at line ${line.number}`);
      continue;
    }
    if (field && entries > 0) warn(line, `a "${line.text.slice(0, line.text.indexOf(':') + 1)}" line outside any entry, left out`);
    i++;
  }
  if (entries === 0) rejections.push({ file, line: 1, message: 'no arXiv listing entry ("[1] arXiv:ID [pdf, …]" then "Title: …") found' });
  return { records, rejections, warnings };
}

export const arxivListFormat: InputFormat = {
  name: 'arxiv-list',
  label: 'an arXiv listing page (arxiv.org/list/…) as text',
  extensions: ['.txt'],
  sniff: sniffArxivList,
  parse: parseArxivList,
};

/**
 * arXiv's e-mail listings: the daily digest its subscribers receive (`cs daily 123 new + 45 cross-lists received`,
 * saved from the mail client), the monthly `listings/` files of arXiv's archive, and a paper's `.abs` metadata file —
 * one layout. Each entry:
 *
 * ```
 * \\
 * arXiv:2303.08867                       (older: `Paper: astro-ph/0601001`, `Paper (*cross-listing*): cond-mat/0601307`)
 * From: Louis Saddier <…>                (optional)
 * Date: Wed, 15 Mar 2023 18:34:08 GMT   (243kb,D)
 *
 * Title: A Bayesian derivation of the square root law of market impact
 * Authors: Louis Saddier and Matteo Marsili
 * Categories: q-fin.TR cond-mat.stat-mech
 * Comments: 16 pages, 5 figures           (also Journal-ref:, DOI:, Report-no:, MSC-class:, License:…)
 * \\
 *   We show that the main empirical findings on the impact of a sequence of …
 * \\ ( https://arxiv.org/abs/2303.08867 ,  243kb)
 * ```
 *
 * A field wraps onto lines indented by two spaces. Replacements write `replaced with revised version <date>` instead
 * of `Date:` and no abstract; the monthly files give no abstracts. What comes before the first entry (the mail's
 * headers, arXiv's notices) and the separators between entries are not part of any entry.
 */
import type { IngestResult, InputIssue, PaperRecord } from '../types.ts';
import { arxivIdDate, parseDate } from '../time/dates.ts';
import type { InputFormat } from './formats.ts';
import { normalizeArxivId, normalizeDoi } from './ids.ts';
import { splitAuthorString, withoutAffiliations } from './names.ts';
import { journalRefVolume } from './journal-ref.ts';
import { setDate, setVolume } from './records.ts';

/** `arXiv:2303.08867`, `arXiv:2401.00001 (*cross-listing*)`, `Paper: astro-ph/0601001`, `Paper (*cross-listing*): …`. */
const ID_LINE = /^(?:arXiv:(\S+)|Paper(?: \([^)]*\))?: (\S+))(?: \([^)]*\))?\s*$/;
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
/** `Title: …`, `Date (revised v2): …`: a field name at the line's start, then its value. */
const FIELD = /^([A-Z][A-Za-z-]*(?: \([^)]*\))?):(?: (.*))?$/;
/** A line of dashes between entries, or the `%%%---%%%` line that closes a digest. */
const SEPARATOR = /^(?:-{10,}|(?:%%%-{3})+(?:%%%)?)\s*$/;
/** The `\\` that opens an entry or its abstract; `\\ ( https://arxiv.org/abs/… , 243kb)` closes the abstract. */
const BACKSLASHES = /^\\\\/;

/** An entry's first line (its `\\`) is at `i`: the id written on the next line, or undefined when it is none. */
function entryIdAt(lines: readonly string[], i: number): string | undefined {
  if (lines[i]?.trim() !== '\\\\') return undefined;
  const match = ID_LINE.exec(lines[i + 1]?.trim() ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Content confidence: an entry (`\\`, its id line) with a `Title:` line among its next lines. Nothing else is written so. */
function sniffArxivMail(head: string): number {
  const lines = head.split(/\r\n|\r|\n/, 3000);
  for (let i = 0; i < lines.length; i++) {
    if (entryIdAt(lines, i) === undefined) continue;
    return lines.slice(i + 2, i + 12).some((line) => line.startsWith('Title:')) ? 1 : 0;
  }
  return 0;
}

/** Lines folded into one text; a line indented after the first starts a paragraph, as arXiv writes abstracts. */
function paragraphs(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    if (out.length === 0 || /^\s/.test(line)) out.push(text);
    else out[out.length - 1] += ` ${text}`;
  }
  return out.join('\n\n');
}

export function parseArxivMail(text: string, file: string): IngestResult {
  const records: PaperRecord[] = [];
  const rejections: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let entries = 0;

  for (let i = 0; i < lines.length; i++) {
    const written = entryIdAt(lines, i);
    if (written === undefined) continue;
    entries++;
    const idLine = i + 2; // 1-based number of the id line
    const label = `arXiv:${written}`;
    // The fields, up to the `\\` before the abstract (or the next entry, a separator, the end).
    const fields = new Map<string, string[]>();
    let current: string[] | undefined;
    let replaced = false;
    let j = i + 2;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (BACKSLASHES.test(line.trim()) || SEPARATOR.test(line)) break;
      if (line.trim() === '') continue;
      if (/^\s/.test(line) && current) {
        current.push(line.trim());
        continue;
      }
      const field = FIELD.exec(line.trim());
      if (field) {
        const name = field[1]!.toLowerCase();
        if (fields.has(name)) {
          current = undefined; // a second `Date (revised v2):`… is not this field's value
          continue;
        }
        current = field[2] ? [field[2].trim()] : [];
        fields.set(name, current);
      } else {
        current = undefined;
        if (/^replaced with revised version\b/i.test(line.trim())) replaced = true;
      }
    }
    // The abstract: after the `\\` that ends the fields, unless that `\\` opens the next entry, up to the closing `\\ ( … )`.
    const abstractLines: string[] = [];
    if (j < lines.length && lines[j]!.trim() === '\\\\' && entryIdAt(lines, j) === undefined) {
      for (j++; j < lines.length; j++) {
        const line = lines[j]!;
        if (BACKSLASHES.test(line.trim()) || SEPARATOR.test(line)) break;
        abstractLines.push(line);
      }
    }
    i = j - 1;

    const title = (fields.get('title') ?? []).join(' ').replace(/\s+/g, ' ').trim();
    if (title === '') {
      rejections.push({ file, line: idLine, message: `entry ${label} has no title (no "Title:" line)` });
      continue;
    }
    const record: PaperRecord = {
      title,
      abstract: paragraphs(abstractLines),
      authors: splitAuthorString(withoutAffiliations((fields.get('authors') ?? []).join(' ').replace(/\s+/g, ' '))),
      tags: [],
      sources: [{ file, line: idLine }],
    };
    const arxivId = ARXIV_ID.test(written) ? normalizeArxivId(written) : undefined;
    if (arxivId) record.arxivId = arxivId;
    else warnings.push({ file, line: idLine, message: `"${written}" is not an arXiv id; the paper is kept without one` });
    if (record.authors.length === 0) warnings.push({ file, line: idLine, message: `entry ${label} has no "Authors:" line` });
    // `Date:` is when the first version was submitted; a replacement's date is its new version's, so its id's month stands.
    const submitted = replaced ? undefined : parseDate((fields.get('date') ?? []).join(' ').replace(/\s*\([^)]*\)\s*$/, ''));
    setDate(record, submitted ?? (arxivId ? arxivIdDate(arxivId) : undefined));
    const categories = (fields.get('categories') ?? []).join(' ').split(/\s+/).filter((code) => code !== '');
    if (categories.length > 0) record.categories = categories;
    const venue = (fields.get('journal-ref') ?? []).join(' ').replace(/\s+/g, ' ').trim();
    if (venue) record.venue = venue;
    setVolume(record, journalRefVolume(venue));
    const doi = normalizeDoi((fields.get('doi') ?? []).join(' ').trim().split(/\s+/)[0]);
    if (doi) record.doi = doi;
    records.push(record);
  }
  if (entries === 0) rejections.push({ file, line: 1, message: 'no arXiv listing entry ("\\\\", then "arXiv:ID" or "Paper: ID", then "Title: …") found' });
  return { records, rejections, warnings };
}

export const arxivMailFormat: InputFormat = {
  name: 'arxiv-mail',
  label: "an arXiv e-mail listing (the daily digest) or .abs file",
  extensions: ['.abs', '.eml'],
  sniff: sniffArxivMail,
  parse: parseArxivMail,
};

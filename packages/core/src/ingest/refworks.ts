/**
 * RefWorks' tagged export ("RefWorks Tagged Format", also written by databases for import into RefWorks): `RT` opens
 * a record with its type (`RT Journal Article`), then one `TAG value` a line, a two-character tag and one space, no
 * dash (`A1 Allan,Steven`, `T1 …`, `JF …`, `YR 2002`, `FD Feb`); RefWorks' own download starts with a legend of the tags
 * that ends at `BEGIN EXPORTED REFERENCES`. Not RIS, whose tags are followed by `  - `.
 */
import { dateOfParts, monthOfName, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi } from './ids.ts';
import { databaseName, semicolonNames } from './names.ts';
import { recordDoi } from './reference-ids.ts';
import { setDate, setVolume } from './records.ts';
import { firstTagged, oneLine, parseTaggedRecords, taggedValues, type TaggedRecord, type TaggedSyntax } from './tagged-lines.ts';

/** Two characters, or the user fields `U10`–`U15`, `PMID`, `PMCID` of the tag legend; one space, then the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]|U1[0-5]|PMID|PMCID)(?: (.*))?$/;
const LEGEND_END = /^BEGIN EXPORTED REFERENCES\s*$/m;

const SYNTAX: TaggedSyntax = {
  tagLine(line) {
    const match = TAG_LINE.exec(line);
    return match ? { tag: match[1]!, value: (match[2] ?? '').trim() } : undefined;
  },
  // A value broken over lines continues on lines without a tag.
  continuation: (line) => line.trim(),
  opens: 'RT',
};

function sniffRefworks(head: string): number {
  const lines = head.replace(/^\ufeff/, '').split('\n').map((line) => line.replace(/\r$/, '')).filter((line) => line.trim() !== '');
  if (/^RefWorks Export Tagged Format\s*$/i.test(lines[0] ?? '')) return 1;
  // `RT Journal Article` first, and RefWorks' own tags among the next lines.
  return /^RT \S/.test(lines[0] ?? '') && lines.slice(1, 12).some((line) => /^(?:SR|ID|A1|T1|JF|YR) \S/.test(line)) ? 1 : 0;
}

/** `Allan,Steven` → `Steven Allan`; `Catrambone, C.D.` → `C.D. Catrambone`; `Lars G. Willighagen` as written. */
function authorName(value: string): string {
  const name = oneLine(value).replace(/,(?=\S)/, ', ');
  return databaseName(name);
}

/** `YR 2002` with `FD Feb`, `FD august 12`, `FD 01/01` (month/day), `FD 2002 Feb 15`: as precise as they agree. */
function recordDate(record: TaggedRecord): string | undefined {
  const year = firstTagged(record, 'YR')?.match(/\b\d{4}\b/)?.[0];
  const free = firstTagged(record, 'FD');
  if (!year) return parseDate(free);
  if (!free) return parseDate(year);
  const numeric = /^(\d{1,2})\/(\d{1,2})$/.exec(free);
  if (numeric) return parseDate(`${year}-${numeric[1]!.padStart(2, '0')}-${numeric[2]!.padStart(2, '0')}`) ?? parseDate(year);
  const words = free.replace(year, ' ').trim().split(/[\s,.-]+/).filter((word) => word !== '');
  const month = words.find((word) => monthOfName(word) !== undefined);
  const day = words.find((word) => /^\d{1,2}$/.test(word));
  return month ? dateOfParts(year, month, day) : parseDate(year);
}

/** `DO`, else a DOI written in the notes or links (`NO doi: 10.1086/374030`, a `doi.org` link). */
function refworksDoi(record: TaggedRecord): string | undefined {
  for (const value of taggedValues(record, 'DO')) {
    const doi = recordDoi(value.trim().split(/\s+/)[0]);
    if (doi) return doi;
  }
  for (const value of taggedValues(record, 'NO', 'LK', 'UL')) {
    const found = /(?:\bdoi:\s*|doi\.org\/)(10\.\d{4,9}\/\S+)/i.exec(value)?.[1];
    const doi = found ? recordDoi(found.replace(/[.,;]$/, '')) : undefined;
    if (doi) return doi;
  }
  return undefined;
}

function toPaper(record: TaggedRecord, file: string, index: number): PaperRecord | string {
  const title = oneLine(firstTagged(record, 'T1', 'ST'));
  if (!title) return 'record has no title (T1)';
  const paper: PaperRecord = {
    title,
    abstract: oneLine(firstTagged(record, 'AB')),
    // A1 are the authors; A2 (editors of the book or series) and A3–A6 are not.
    authors: taggedValues(record, 'A1').flatMap((value) => semicolonNames(oneLine(value))).map(authorName).filter((name) => name !== ''),
    tags: [],
    sources: [{ file, line: record.line, record: index }],
  };
  const doi = refworksDoi(record);
  if (doi) {
    paper.doi = doi;
    const arxivId = arxivIdFromDoi(doi);
    if (arxivId) paper.arxivId = arxivId;
  }
  setDate(paper, recordDate(record));
  // The journal (`JF`, else its abbreviation `JO`), or the book a chapter is in (`T2`).
  const venue = oneLine(firstTagged(record, 'JF', 'JO', 'T2'));
  if (venue) paper.venue = venue;
  setVolume(paper, firstTagged(record, 'VO'));
  const pmid = firstTagged(record, 'PMID');
  if (pmid && /^\d+$/.test(pmid)) paper.ids = { pmid };
  return paper;
}

export function parseRefworks(input: string, file: string): IngestResult {
  // The tag legend of RefWorks' own download (`RT=Reference Type`…) is no record: blanked, so line numbers stay.
  const end = LEGEND_END.exec(input);
  const text = end ? input.slice(0, end.index + end[0].length).replace(/[^\n]/g, '') + input.slice(end.index + end[0].length) : input;
  return parseTaggedRecords(text, file, SYNTAX, toPaper);
}

export const refworksFormat: InputFormat = {
  name: 'refworks',
  label: 'RefWorks tagged',
  extensions: [],
  sniff: sniffRefworks,
  parse: parseRefworks,
};

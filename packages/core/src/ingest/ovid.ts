/**
 * Ovid's field-tagged export ("Direct Export" to Citavi, EndNote or Reference Manager, "Ovid fields" as text;
 * `.ovd`, `ovidweb.cgi`, `.txt`): each record numbered `<12. >`, then `VN  - Ovid Technologies`, `DB  - Embase`, one
 * `TAG  - value` a line (tags of two to five letters), continuation lines indented six spaces or not at all. The same layout for
 * every Ovid database (MEDLINE, Embase, PsycINFO, BIOSIS, Journals@Ovid, Books@Ovid…), each with its own tags for
 * the venue and date. Not RIS: Ovid's RIS export is read by ris.ts.
 *
 * Also Ovid's display layout, what "Export → Text" with labelled fields (and a copy of the results page) gives: each
 * record numbered `<8>`, then a field's name on a line of its own (`Title`, `Author`, `Source`, `DOI Number`…) and its
 * value on the indented lines below it. Its fields are read as the tags that hold the same (`Title` as `TI`).
 */
import { dateOfParts, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi } from './ids.ts';
import { plainTitle } from './titles.ts';
import { databaseName, naturalName } from './names.ts';
import { recordDoi } from './reference-ids.ts';
import { setDate, setVolume } from './records.ts';
import { firstTagged, oneLine, parseTaggedRecords, taggedValues, type TaggedRecord, type TaggedSyntax } from './tagged-lines.ts';

/** `<12. >`: the record's number in the result set, on a line before its `VN`. */
const RECORD_NUMBER = /^\s*<\s*(\d+)\.\s*>\s*$/;
/** `AU  - …`; older exports write one space before the dash, PsycINFO's indent every line by one space. */
const TAG_LINE = /^ ?([A-Z][A-Z0-9]{1,4}) {1,2}- ?(.*)$/;
const NUMBER_TAG = '<>';

const SYNTAX: TaggedSyntax = {
  tagLine(line) {
    const number = RECORD_NUMBER.exec(line);
    if (number) return { tag: NUMBER_TAG, value: number[1]! };
    const match = TAG_LINE.exec(line);
    return match ? { tag: match[1]!, value: match[2]!.trim() } : undefined;
  },
  // Continuation lines are indented six spaces, but Ovid also breaks long values (abstracts, series notes, PsycINFO's
  // `GS` grants) onto lines without indent: any line that is not a tag continues the value above.
  continuation: (line) => line.trim(),
  // Every Ovid record starts with `VN  - Ovid Technologies`, whether or not its number line came first.
  opens: 'VN',
  outside: new Set([NUMBER_TAG]),
};

/**
 * A record number followed by Ovid's vendor line, anywhere in the head: an export that includes the search history
 * (`Database: Embase <1974 to 2019 Week 02>`, `Search Strategy:`, the numbered query lines) puts it before the first.
 */
const FIRST_RECORD = /^[ \t]*<[ \t]*\d+\.[ \t]*>[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]?VN[ \t]{1,2}- ?Ovid Technologies/m;

/** The tagged export: its first record numbered and from Ovid, or a file opening on Ovid's `VN` line. */
function looksTagged(text: string): boolean {
  return FIRST_RECORD.test(text) || /^\s*VN\s{1,2}- ?Ovid Technologies/.test(text);
}

/** `<8>`: a record's number in the display layout, on a line of its own. */
const DISPLAY_NUMBER = /^<\s*(\d+)\s*>\s*$/;
/** A field's name in the display layout: words on a line of their own, not indented (`Accession Number`, `DOI Number`). */
const DISPLAY_LABEL = /^([A-Z][A-Za-z0-9]*(?:[ \-/&][A-Za-z0-9()]+)*)\s*$/;
const DISPLAY_NUMBER_TAG = '<N>';

/** The display layout's field names → the tags of the tagged export that hold the same; other fields are not read. */
const DISPLAY_TAGS: Readonly<Record<string, string>> = {
  title: 'TI',
  'chapter title': 'CT',
  author: 'AU',
  authors: 'AU',
  'authors full name': 'FA',
  editor: 'ED',
  editors: 'ED',
  source: 'SO',
  status: 'ST',
  abstract: 'AB',
  'doi number': 'DO',
  'digital object identifier': 'DO',
  'year of publication': 'YR',
  'publication year': 'YR',
  'journal name': 'JN',
  database: 'DB',
  'unique identifier': 'UI',
  'pubmed id': 'PM',
  'pubmed identifier': 'PM',
};

function displayTag(label: string): string {
  return DISPLAY_TAGS[label.toLowerCase()] ?? `(${label})`;
}

/**
 * The display layout: a first line `<8>` (or a field's name), then fields whose names stand alone above their indented
 * values, among them a `Title` and an `Author` or `Source`.
 */
function looksLikeDisplay(head: string): boolean {
  const lines = head.replace(/^\ufeff/, '').split(/\r?\n/).slice(0, 400);
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start < 0 || !(DISPLAY_NUMBER.test(lines[start]!) || DISPLAY_LABEL.test(lines[start]!))) return false;
  const labels = new Set<string>();
  for (let index = start; index < lines.length - 1; index++) {
    const label = DISPLAY_LABEL.exec(lines[index]!);
    if (label && /^[ \t]+\S/.test(lines[index + 1]!)) labels.add(label[1]!.toLowerCase());
  }
  return labels.has('title') && (labels.has('author') || labels.has('authors') || labels.has('source'));
}

function sniffOvid(head: string): number {
  const text = head.replace(/^\ufeff/, '');
  if (looksTagged(text)) return 1;
  return looksLikeDisplay(text) ? 0.9 : 0;
}

/**
 * `Gaertner, Alfred L. [Author, Reprint Author; E-mail: …]`, `He, Zhimin 1,2,*`, `Lefkowitz, Rafael Y. MD, MPH 1`,
 * `AHMED, Mughees.`, Embase's `Behan L.` → the name alone, read as ris.ts reads database names. Books list several
 * people on one line separated by `;`.
 */
function authorNames(value: string): string[] {
  return oneLine(value.replace(/\[[^\]]*\]?/g, ''))
    .split(';')
    .map((part) => {
      let name = part.trim();
      for (let before = ''; before !== name; ) {
        before = name;
        // A degree only after a given name (`Smith, MD` is Smith with initials M. D.).
        name = name
          .replace(/[\s\d,+*]+$/, '')
          .replace(/(,\s*\S.*?)\s+(?:Ph\.?\s?D\.?|MD|MPH|MSc|FACSM?|DrPH|PharmD|RN|BSN|MSN|DNP|FAAN)$/, '$1')
          .trim();
      }
      name = name.replace(/(\p{Ll}{2})\.$/u, '$1');
      const comma = name.indexOf(',');
      return comma > 0 && !/\p{Ll}/u.test(name.slice(0, comma)) ? naturalName(name) : databaseName(name);
    })
    .filter((name) => name !== '');
}

/** `Review of Natural Products, The`, `"Injury, … Seafarers".  [Article]`, `… [References].` → the title alone. */
function ovidTitle(value: string): string {
  const bare = oneLine(value)
    .replace(/\s*\[(?:Article|Report|Miscellaneous|References|Review)\]\.?$/i, '')
    .replace(/^"(.+)"\.?$/, '$1');
  return plainTitle(bare);
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/**
 * The journal named in the citation `SO` when no tag names it alone: up to the volume, the date or the first full
 * stop (`Forest Ecology & Management. 201(2-3):327-334, November 15, 2004.`, `American Journal Of Industrial
 * Medicine June 2015;58(6):688-696`). A book's `SO` (editors marked `[Ed]`) names no journal.
 */
function sourceVenue(source: string | undefined): string | undefined {
  if (!source || /\[Ed/.test(source)) return undefined;
  const cut = new RegExp(`\\.\\s|\\.$|,\\s*(?:Vol\\.|\\d)|\\s+\\d+\\s*[(,:;]|\\s+${MONTH}(?:/${MONTH})?\\s+\\d|\\s+\\d{4}\\b|;`).exec(source);
  const venue = (cut ? source.slice(0, cut.index) : source).trim();
  return venue.length > 1 ? venue : undefined;
}

/**
 * The volume in the citation `SO`, where its shape says which number it is: after `Vol.` (PsycINFO's `Vol.43(5), Sep
 * 2015`), before the issue or the pages after the journal's full stop (BIOSIS's and the display layout's
 * `Ecohydrology. 8(6):1048-1064`), or after the date's semicolon (Journals@Ovid's `August 2011;43(8):647-653`,
 * `2010;6:611-613`). A book's `SO` (`[Ed]`) and other shapes (`Journal of Political Studies 12, Winter 2007: 7-14`,
 * `Journal …, 2013(1): 3-28`: a volume or a year?) give none.
 */
function sourceVolume(source: string | undefined): string | undefined {
  if (!source || /\[Ed/.test(source)) return undefined;
  const volume =
    /\bVol\.?\s*(\d+[A-Z]?)\b/i.exec(source) ??
    /;\s*(\d+[A-Z]?)\s*(?:\([^)]*\))?\s*:/.exec(source) ??
    /\.\s+(\d+)\s*(?:\([^)]*\)\s*[:,]|:\s*\d)/.exec(source);
  return volume?.[1];
}

/** A date in the citation: `June 2015;58(6)`, `November 15, 2004.`, `Sep 2015`, `2007 15 June`; else its year. */
function sourceDate(source: string | undefined): string | undefined {
  if (!source) return undefined;
  const spelt = new RegExp(`\\b(${MONTH})(?:/${MONTH})?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})\\b`).exec(source);
  if (spelt) return dateOfParts(spelt[3], spelt[1]!.replace(/\.$/, ''), spelt[2]);
  return parseDate(/\b(1[5-9]\d\d|20\d\d)\b/.exec(source)?.[1]);
}

/** `DP  - Sep 2015`, `2015 Mar 12`, `2012` (PsycINFO, MEDLINE). */
function publicationDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const [first, second, third] = text.split(/\s+/);
  return parseDate(text) ?? dateOfParts(first, second, third) ?? dateOfParts(second, first);
}

/** The most precise date that agrees with the record's year (`YR`), the year alone when none does. */
function recordDate(record: TaggedRecord): string | undefined {
  const year = firstTagged(record, 'YR')?.match(/\b\d{4}\b/)?.[0];
  const dates = [publicationDate(firstTagged(record, 'DP')), sourceDate(firstTagged(record, 'SO'))].filter(
    (date): date is string => date !== undefined && (year === undefined || date.startsWith(year)),
  );
  const precise = dates.reduce<string | undefined>((best, date) => (best === undefined || date.length > best.length ? date : best), undefined);
  return precise ?? parseDate(year);
}

function toPaper(record: TaggedRecord, file: string, index: number): PaperRecord | string {
  const title = ovidTitle(firstTagged(record, 'TI') ?? '');
  if (!title) return 'record has no title (TI)';
  // FA is the full name where a database gives it; AU the name as indexed. ED are editors, not authors.
  const full = taggedValues(record, 'FA');
  const paper: PaperRecord = {
    title,
    abstract: oneLine(firstTagged(record, 'AB')),
    authors: (full.length > 0 ? full : taggedValues(record, 'AU')).flatMap(authorNames),
    tags: [],
    sources: [{ file, line: record.line, record: index }],
  };
  const doi = taggedValues(record, 'DO', 'DI')
    .map((value) => recordDoi(value.trim().split(/\s+/)[0]))
    .find((found) => found !== undefined);
  if (doi) {
    paper.doi = doi;
    const arxivId = arxivIdFromDoi(doi);
    if (arxivId) paper.arxivId = arxivId;
  }
  setDate(paper, recordDate(record));
  // Not `BT`: a whole book's repeats its title, a chapter's starts with its editors.
  const venue = oneLine(firstTagged(record, 'JN', 'JT')) || sourceVenue(oneLine(firstTagged(record, 'SO')));
  if (venue) paper.venue = venue;
  // PsycINFO's `VO`, MEDLINE's `VI`; else the volume the citation names.
  setVolume(paper, firstTagged(record, 'VO', 'VI') ?? sourceVolume(oneLine(firstTagged(record, 'SO'))));
  // PsycINFO's `PM`; in MEDLINE the record's own id `UI` is the PMID (Embase's `UI` is Embase's id).
  const pmid = firstTagged(record, 'PM') ?? (/medline|pubmed/i.test(firstTagged(record, 'DB') ?? '') ? firstTagged(record, 'UI') : undefined);
  if (pmid && /^\d+$/.test(pmid)) paper.ids = { pmid };
  return paper;
}

/**
 * A display-layout record as the tagged export writes it: authors split at `;  ` (two spaces: a single `;` may part a
 * name's degrees, `Bunkers, Sandra Schmidt RN; PhD; FAAN 1`) and without editors (`Max [Ed]`); a chapter's own title
 * (`Chapter Title`) as the title, its book's as the venue; the date of `Status` (`Publish Ahead of Print, …, 16 March
 * 2015`) when the citation has none.
 */
function fromDisplay(record: TaggedRecord): TaggedRecord {
  const fields = new Map(record.fields);
  const authors = (values: string[]) =>
    values.map((value) => {
      const names: string[] = [];
      for (const part of /;\s{2,}/.test(value) ? value.split(/;\s{2,}/) : oneLine(value).split(';')) {
        // Without the two spaces, a part that is one word (`PhD`, `FAAN 1`) after a `Last, First` name is its degree.
        const last = names.length - 1;
        if (last >= 0 && names[last]!.includes(',') && /^\s*[\p{L}.]+[\s\d,*+]*$/u.test(part)) names[last] += `;${part}`;
        else names.push(part);
      }
      return names
        .map((name) => oneLine(name))
        .filter((name) => name !== '' && !/\[Ed\b/i.test(name))
        .map((name) => name.replace(/;\s*/g, ', '))
        .join('; ');
    });
  for (const tag of ['AU', 'FA']) {
    const values = fields.get(tag);
    if (values) fields.set(tag, authors(values));
  }
  const chapter = firstTagged(record, 'CT');
  if (chapter) {
    const book = firstTagged(record, 'TI');
    fields.set('TI', [chapter]);
    if (book && !fields.has('JN')) fields.set('JN', [ovidTitle(book.replace(/\s*\[[^\]]*\]\.?$/, ''))]);
  }
  const status = firstTagged(record, 'ST');
  if (status && !/\b(?:1[5-9]|20)\d\d\b/.test(firstTagged(record, 'SO') ?? '')) {
    const date = sourceDate(oneLine(status));
    if (date) fields.set('DP', [date]);
  }
  return { ...record, fields };
}

function displayToPaper(record: TaggedRecord, file: string, index: number): PaperRecord | string {
  if (!ovidTitle(firstTagged(record, 'CT') ?? firstTagged(record, 'TI') ?? '')) return 'record has no title (Title)';
  return toPaper(fromDisplay(record), file, index);
}

/** The display layout's syntax for this text: records open at their `<8>`, or, without numbers, at the file's first field. */
function displaySyntax(input: string): TaggedSyntax {
  const first = input.replace(/^\ufeff/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const label = DISPLAY_LABEL.exec(first);
  return {
    tagLine(line) {
      if (DISPLAY_NUMBER.test(line)) return { tag: DISPLAY_NUMBER_TAG, value: DISPLAY_NUMBER.exec(line)![1]! };
      const name = DISPLAY_LABEL.exec(line);
      return name ? { tag: displayTag(name[1]!), value: '' } : undefined;
    },
    continuation: (line) => (/^[ \t]/.test(line) ? line.trim() : undefined),
    opens: DISPLAY_NUMBER.test(first) || !label ? DISPLAY_NUMBER_TAG : displayTag(label[1]!),
  };
}

export function parseOvid(input: string, file: string): IngestResult {
  if (!looksTagged(input.replace(/^\ufeff/, '')) && looksLikeDisplay(input)) {
    return parseTaggedRecords(input, file, displaySyntax(input), displayToPaper);
  }
  return parseTaggedRecords(input, file, SYNTAX, toPaper);
}

export const ovidFormat: InputFormat = {
  name: 'ovid',
  label: 'Ovid export (tagged or display)',
  extensions: ['.ovd'],
  sniff: sniffOvid,
  parse: parseOvid,
};

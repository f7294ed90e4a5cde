/**
 * Ovid's field-tagged export ("Direct Export" to Citavi, EndNote or Reference Manager, "Ovid fields" as text;
 * `.ovd`, `ovidweb.cgi`, `.txt`): each record numbered `<12. >`, then `VN  - Ovid Technologies`, `DB  - Embase`, one
 * `TAG  - value` a line (tags of two to five letters), continuation lines indented six spaces or not at all. The same layout for
 * every Ovid database (MEDLINE, Embase, PsycINFO, BIOSIS, Journals@Ovid, Books@Ovid…), each with its own tags for
 * the venue and date. Not RIS: Ovid's RIS export is read by ris.ts.
 */
import { dateOfParts, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi } from './ids.ts';
import { plainTitle } from './titles.ts';
import { databaseName, naturalName } from './names.ts';
import { recordDoi } from './reference-ids.ts';
import { setDate } from './records.ts';
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

function sniffOvid(head: string): number {
  const text = head.replace(/^\ufeff/, '');
  return FIRST_RECORD.test(text) || /^\s*VN\s{1,2}- ?Ovid Technologies/.test(text) ? 1 : 0;
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
          .replace(/(,\s*\S.*?)\s+(?:Ph\.?\s?D\.?|MD|MPH|MSc|FACSM?|DrPH|PharmD)$/, '$1')
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
  // PsycINFO's `PM`; in MEDLINE the record's own id `UI` is the PMID (Embase's `UI` is Embase's id).
  const pmid = firstTagged(record, 'PM') ?? (/medline|pubmed/i.test(firstTagged(record, 'DB') ?? '') ? firstTagged(record, 'UI') : undefined);
  if (pmid && /^\d+$/.test(pmid)) paper.ids = { pmid };
  return paper;
}

export function parseOvid(input: string, file: string): IngestResult {
  return parseTaggedRecords(input, file, SYNTAX, toPaper);
}

export const ovidFormat: InputFormat = {
  name: 'ovid',
  label: 'Ovid tagged export',
  extensions: ['.ovd'],
  sniff: sniffOvid,
  parse: parseOvid,
};

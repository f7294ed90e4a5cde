/**
 * PubMed's "Save → Format: Abstract (text)" (`abstract-<query>-set.txt`, older `pubmed_result.txt`): the records as a
 * reader sees them on the page, numbered, their parts apart by blank lines — the citation (`1. Phytomedicine. 2018
 * Dec 31;57:364-376. doi: 10.1016/…`), the title, the authors in PubMed's short form with the numbers of their
 * affiliations (`Driscoll K(1), Deshpande A(1).`), `Author information:`, the abstract, notes (copyright, conflict of
 * interest, `Comment in`…), and last the ids (`DOI: …`, `PMCID: …`, `PMID: 30668423  [Indexed for MEDLINE]`). Without
 * this reader the file passed for a paper listing and each of its lines for a paper. Written here: the layout is
 * blocks of lines, and no library reads it.
 */
import { dateOfParts } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { normalizeDoi } from './ids.ts';
import { personOfShortForm } from './names.ts';
import { keepRead, setDate, setVolume } from './records.ts';
import { plainTitle } from './titles.ts';

/** A record's first line: its number, then the citation (`1. Phytomedicine. 2018 Dec 31;57:364-376.`). */
const RECORD_START = /^(\d{1,6})\.\s+(\S.*)$/;
/** The line that closes a record's ids (`PMID: 30668423  [Indexed for MEDLINE]`). */
const PMID_LINE = /^PMID:\s*(\d{1,9})\b/;

/**
 * A block that is neither title, authors nor abstract: the affiliations, the ids, and the notes PubMed prints around
 * the abstract (copyright, conflicts, keywords, trial registration, links to comments and errata, collaborators, the
 * language of a translated article: `[Article in German; Abstract available in German from the publisher]`).
 */
const NOTE_BLOCK =
  /^(?:\[Article in |\[This (?:corrects|retracts) |Author information:|DOI:|PMID:|PMCID:|Copyright|©|\(c\)|Crown Copyright|Published by|Conflict of interest|Declaration of|Competing interests?|Keywords:|Trial registration|Clinical trial registration|Collaborators:|Investigators:|Summary for patients|Free PMC article|Supplementary information|Electronic supplementary material|Dataset use reported in|Original DateOfElectronicPublication)/i;
/**
 * A link to a related record, its phrase alone on the line and the record cited below it (`Comment in` ⏎ `    Acta
 * Trop. 2015…`); a title may open with the same words (`Comment on: Retrospective study …`).
 */
const LINK_BLOCK = /^(?:Comment (?:in|on)|Erratum (?:in|for)|Corrected and republished (?:in|from)|Republished (?:in|from)|Retraction (?:in|of)|Retracted and republished (?:in|from)|Expression of concern (?:in|for)|Update (?:of|in)|Reprint (?:in|of)|Summary for patients in)$/i;

/** The affiliation numbers and equal-contribution marks after a name: `(1)`, `(1)(2)(4)`, `(1,2)`, `(#)(1)`. */
const AFFILIATION_NUMBERS = /(?:\s*\((?:\d+|[#*†])(?:\s*,\s*(?:\d+|[#*†]))*\))+$/;
/** A word of a family name in PubMed's short form (`Driscoll`, `de`, `Vázquez-Baeza`, `O'Neil`). */
const FAMILY_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
/** The initials of PubMed's short form, run together (`K`, `RH`, `SØ`; `IV` and `II` too: Russian `I. V.`). */
const INITIALS = /^\p{Lu}{1,4}$/u;
/** A generational suffix PubMed writes after the initials (`Petri WA Jr`, `Strauss JF 3rd`). */
const SUFFIX = /^(?:Jr|Sr|2nd|3rd|4th|II|III|IV)$/;
/**
 * An academic degree a publisher wrote into the name, which PubMed passes on after the initials (`Johari S MPharm
 * PhD(1)`, `Joshi C PhD(2)`): two capitals at least among a few letters (`MD`, `PhD`, `MSc`, `MPharm`, `FRCS`).
 */
const DEGREE = /^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}[\p{L}]{1,7}$/u;

/**
 * A piece of an author list as the person it names, when it is PubMed's short form: family name, initials (the first
 * word of capitals alone after it, so `Hensel IV` is I. V. Hensel), a generational suffix after them, and any degrees
 * after those, dropped; the affiliation numbers and marks after it all dropped. Undefined for any other piece.
 */
function shortFormPerson(piece: string): string | undefined {
  const words = piece.replace(AFFILIATION_NUMBERS, '').split(/\s+/);
  const at = words.findIndex((word, index) => index > 0 && INITIALS.test(word));
  if (at < 1 || !words.slice(0, at).every((word) => FAMILY_WORD.test(word))) return undefined;
  const suffix = words[at + 1] !== undefined && SUFFIX.test(words[at + 1]!) ? words[at + 1] : undefined;
  const degrees = words.slice(at + 1 + (suffix ? 1 : 0));
  if (!degrees.every((word) => DEGREE.test(word))) return undefined;
  const person = personOfShortForm(words.slice(0, at + 1).join(' '));
  return suffix ? `${person} ${suffix}` : person;
}

/** A piece that is degrees alone, what a comma between degrees leaves (`Smith J MD, PhD(1)`): no person. */
function degreesAlone(piece: string): boolean {
  return piece.replace(AFFILIATION_NUMBERS, '').split(/\s+/).every((word) => DEGREE.test(word));
}

/**
 * The head of a PubMed abstract-text file: its first line a record's number (`1.`, or any for a part of a longer
 * export) and a citation with a year, and a `PMID:` line further on.
 */
function sniffPubmedText(head: string): number {
  const first = head.replace(/^\ufeff/, '').split(/\r?\n/).find((line) => line.trim() !== '');
  if (!first || !/^\d{1,6}\.\s+\S.*\b(?:1[89]|20)\d\d\b/.test(first.trim())) return 0;
  return /^PMID:\s*\d+/m.test(head) ? 1 : 0;
}

interface TextRecord {
  line: number;
  /** The record's blocks of lines (a blank line between two), each with the line it starts on. */
  blocks: Array<{ line: number; lines: string[] }>;
}

/** The records: each opens with its number after a blank line, once the record before has given its PMID. */
function readRecords(input: string): { records: TextRecord[]; strayLine?: number } {
  const records: TextRecord[] = [];
  let current: TextRecord | undefined;
  let closed = true;
  let afterBlank = true;
  let strayLine: number | undefined;
  input
    .replace(/^\ufeff/, '')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/\r$/, '').replace(/\s+$/, '');
      const lineNumber = index + 1;
      if (line.trim() === '') {
        afterBlank = true;
        return;
      }
      const start = RECORD_START.exec(line);
      if (start && afterBlank && (closed || current === undefined)) {
        current = { line: lineNumber, blocks: [{ line: lineNumber, lines: [start[2]!] }] };
        records.push(current);
        closed = false;
      } else if (!current) {
        strayLine ??= lineNumber;
      } else if (afterBlank) {
        current.blocks.push({ line: lineNumber, lines: [line.trim()] });
      } else {
        current.blocks[current.blocks.length - 1]!.lines.push(line.trim());
      }
      if (PMID_LINE.test(line.trim())) closed = true;
      afterBlank = false;
    });
  return strayLine === undefined ? { records } : { records, strayLine };
}

/** A block's lines as one line of text. */
function joined(lines: readonly string[]): string {
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}

/** A block that lists people: short forms between commas (a group among them as written), closed by a full stop. */
function authorList(text: string): string[] | undefined {
  if (!text.endsWith('.')) return undefined;
  // People between commas; after a `;`, a group, then people again (`…, Wilson DC(30); International Inflammatory
  // Bowel Disease Genetics Consortium, Parkes M(25), …`, `…; Italian National Task Force on Hepatitis A.`).
  const pieces: Array<{ piece: string; person: string | undefined }> = [];
  let afterPerson = false;
  text
    .slice(0, -1)
    .split(/\s*;\s*/)
    .forEach((segment, index) =>
      segment.split(/\s*,\s*/).forEach((written, at) => {
        // (the last person of a list may be written after `and`: `…, and United Kingdom Brain Expression Consortium`)
        const piece = written.trim().replace(/^and\s+/, '');
        if (piece === '') return;
        const person = index > 0 && at === 0 ? undefined : shortFormPerson(piece);
        // Degrees a comma set apart from the person before them (`Smith J MD, PhD, MPH(1)`) go with that person.
        if (person === undefined && afterPerson && degreesAlone(piece)) return;
        pieces.push({ piece, person });
        afterPerson = person !== undefined;
      }),
    );
  const people = pieces.filter(({ person }) => person !== undefined).length;
  if (people === 0 || people < pieces.length / 2) return undefined;
  return pieces.map(({ piece, person }) => person ?? piece.replace(AFFILIATION_NUMBERS, ''));
}

/** The citation: journal, date, volume and DOI (`Phytomedicine. 2018 Dec 31;57:364-376. doi: 10.1016/… [Epub ahead of print]`). */
function citation(text: string): { venue?: string; date?: string; volume?: string; doi?: string } {
  const parts = /^(.+?)\.\s+((?:1[89]|20)\d\d)(?:\s+([A-Z][a-z]{2,8})(?:[-/][A-Z][a-z]{2,8})?(?:\s+(\d{1,2}))?)?\s*(?:;\s*([^;:.()\s]+)(?=[(:.]))?/.exec(text);
  const doi = normalizeDoi(/\bdoi:\s*(10\.\S+?)\.?(?:\s|$)/i.exec(text)?.[1]);
  if (!parts) return doi ? { doi } : {};
  const date = dateOfParts(parts[2], parts[3], parts[4]);
  return {
    venue: parts[1]!.trim(),
    ...(date ? { date } : {}),
    ...(parts[5] ? { volume: parts[5] } : {}),
    ...(doi ? { doi } : {}),
  };
}

/** A block split where its ids start (`DOI:`, `PMID:` may follow the abstract's last line without a blank line). */
function idsApart(block: { line: number; lines: string[] }): Array<{ line: number; lines: string[] }> {
  const at = block.lines.findIndex((line, index) => index > 0 && /^(?:DOI|PMID|PMCID):/.test(line));
  return at < 0 ? [block] : [{ line: block.line, lines: block.lines.slice(0, at) }, { line: block.line + at, lines: block.lines.slice(at) }];
}

function toPaper(record: TextRecord, file: string, index: number): PaperRecord | string {
  const [head, ...rest] = record.blocks.flatMap(idsApart);
  const cited = citation(joined(head!.lines));
  const content = rest.filter((block) => !NOTE_BLOCK.test(block.lines[0]!) && !LINK_BLOCK.test(block.lines[0]!));
  const [titleBlock, next, ...others] = content;
  const title = titleBlock ? plainTitle(joined(titleBlock.lines)) : '';
  if (!title) return 'record has no title (the block after its citation)';
  // A group alone, one short line closing the record's text (`PLOS Genetics Staff.`), signs it: no abstract that short.
  const group = next && others.length === 0 && next.lines.length === 1 && /^[^.]+\.$/.test(next.lines[0]!) && next.lines[0]!.split(/\s+/).length <= 8;
  const authors = next ? (authorList(joined(next.lines)) ?? (group ? [next.lines[0]!.slice(0, -1)] : undefined)) : undefined;
  const abstractBlocks = authors ? others : next ? [next, ...others] : [];
  const paper: PaperRecord = {
    title,
    abstract: abstractBlocks.map((block) => joined(block.lines)).join(' '),
    authors: authors ?? [],
    tags: [],
    sources: [{ file, line: record.line, record: index }],
  };
  const ids = rest.filter((block) => /^(?:DOI|PMID|PMCID):/.test(block.lines[0]!)).flatMap((block) => block.lines);
  const doi = normalizeDoi(ids.map((line) => /^DOI:\s*(\S+)/.exec(line)?.[1]).find((found) => found !== undefined)) ?? cited.doi;
  if (doi) paper.doi = doi;
  const pmid = ids.map((line) => PMID_LINE.exec(line)?.[1]).find((found) => found !== undefined);
  if (pmid) paper.ids = { pmid };
  setDate(paper, cited.date);
  if (cited.venue) paper.venue = cited.venue;
  setVolume(paper, cited.volume);
  return paper;
}

export function parsePubmedText(input: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const { records, strayLine } = readRecords(input);
  if (strayLine !== undefined) result.warnings.push({ file, line: strayLine, message: 'text before the first numbered record: ignored' });
  records.forEach((record, index) => keepRead(result, toPaper(record, file, index), { file, line: record.line, record: index }));
  return result;
}

export const pubmedTextFormat: InputFormat = {
  name: 'pubmed-text',
  label: 'PubMed abstract text',
  extensions: [],
  sniff: sniffPubmedText,
  parse: parsePubmedText,
};

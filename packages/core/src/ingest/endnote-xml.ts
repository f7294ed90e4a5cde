/**
 * EndNote XML (EndNote's "Export → XML", and the same shape written by Zotero, JabRef, Mendeley, Bookends, Citavi):
 * `<xml><records><record>…`, one reference per `<record>`. EndNote wraps every value in `<style face=… font=…
 * size=…>` pieces (a title with italics is several pieces, each with its own spaces), which are joined in order;
 * other writers give plain text, sometimes pretty-printed over many lines, which is folded. Read: `titles/title`;
 * `contributors/authors/author` as `Last, First` (editors and translators are not authors); `dates/year` with
 * `dates/pub-dates/date` (`Mar 3`, `Jan`, `2015-03-03`, `12 May 2019`); the DOI from `electronic-resource-num`
 * (`DOI 10.…` as Web of Science imports write it), else a DOI URL; arXiv ids from URLs, an arXiv DOI or text naming
 * arXiv; `abstract`; the venue from `titles/secondary-title`, else `periodical/full-title`.
 */
import { arxivIdDate, dateOfParts, monthOfName, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord, SourceRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl } from './ids.ts';
import { databaseName, isNameSuffix } from './names.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';
import { decodeCharacterReferences } from './markup.ts';
import { lineCounter } from './text-lines.ts';
import { ARXIV_VENUE, childElement, childElements, documentProblem, elementChunks, foldedText, looseDate, parseElement, pathElement, plainText, rawText, rootName, type XmlElement } from './xml-records.ts';
import { setDate, setVolume } from './records.ts';
import { withoutFinalStop, withoutTranslationBrackets } from './titles.ts';

function sniffEndnoteXml(head: string): number {
  if (rootName(head)?.toLowerCase() !== 'xml') return 0;
  if (/<records\s*>/.test(head) && /<record\s*>/.test(head)) return /<ref-type[\s>]/.test(head) || /<titles\s*>/.test(head) ? 1 : 0.8;
  return 0;
}

/**
 * "Last, First" → "First Last"; "Author, Test Jr." → "Test Author Jr."; "Lim, RCH" → "R. C. H. Lim"; a corporate name
 * ends in a comma.
 */
function authorName(text: string): string | undefined {
  const folded = text.replace(/\s+/g, ' ').trim().replace(/,$/, '').trim();
  if (!folded) return undefined;
  const parts = folded.split(',').map((part) => part.trim());
  if (parts.length === 2 && parts[0] && parts[1]) {
    const words = parts[1].split(' ');
    const last = words[words.length - 1]!;
    if (words.length > 1 && isNameSuffix(last)) return `${words.slice(0, -1).join(' ')} ${parts[0]} ${last}`;
  }
  // `Lim, RCH` (Bookends, and libraries fed by PubMed or Web of Science) → `R. C. H. Lim`, as databaseName reads the
  // short forms; any other name as naturalName reads it.
  return databaseName(folded);
}

function texts(element: XmlElement | undefined, path: readonly string[]): string[] {
  const parent = pathElement(element, path.slice(0, -1));
  return childElements(parent, path[path.length - 1]).map(foldedText).filter((text) => text !== '');
}

function field(record: XmlElement, ...path: string[]): string {
  return foldedText(pathElement(record, path));
}

/**
 * A title, abstract or venue: without the rich-text markup PubMed imports carry (`<b>OBJECTIVES</b>:`), and a
 * character reference EndNote escaped once more than its XML (`tensile&amp;#8211;shear`) read as its character.
 */
function prose(record: XmlElement, ...path: string[]): string {
  return decodeCharacterReferences(plainText(pathElement(record, path)));
}

/**
 * `dates/year` with `dates/pub-dates/date`: the date when it names its own year (`2015-03-03`, `12 May 2015`),
 * else its month and day read with the year (`Mar 3`, `3 Mar`, `Jan`, `03 26`, `09`), else the year. A numeric
 * `dates/month` (JabRef's export) gives the month.
 */
function recordDate(record: XmlElement): string | undefined {
  const yearText = field(record, 'dates', 'year');
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(yearText)?.[1];
  const dateText = texts(record, ['dates', 'pub-dates', 'date'])[0] ?? '';
  if (/(?<!\d)\d{4}(?!\d)/.test(dateText)) {
    const date = looseDate(dateText);
    if (date && (!year || date.startsWith(year))) return date;
  }
  if (!year) return undefined;
  const month = dateText.match(/[A-Za-z]{3,}/g)?.find((word) => monthOfName(word) !== undefined);
  if (month) {
    const day = /(?<![\d-])(\d{1,2})(?![\d-])/.exec(dateText)?.[1];
    return dateOfParts(year, month, day);
  }
  // PubMed imports write the month and day as numbers, month first (`10 11`, `03 26`, `09`).
  const numeric = /^(\d{1,2})(?:[\s/-]+(\d{1,2}))?$/.exec(dateText);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), numeric[2] === undefined ? undefined : Number(numeric[2])];
    const [month, day] = second !== undefined && first > 12 && second <= 12 ? [second, first] : [first, second];
    const date = parseDate(day === undefined ? `${year}-${month}` : `${year}-${month}-${day}`);
    if (date) return date;
  }
  const numericMonth = field(record, 'dates', 'month');
  return dateOfParts(year, /^\d{1,2}$/.test(numericMonth) ? numericMonth : undefined);
}

function urls(record: XmlElement): string[] {
  const box = childElement(record, 'urls');
  return childElements(box).flatMap((group) => (group.name === 'url' ? [group] : childElements(group, 'url'))).map(foldedText);
}

/** `10.1038/…`, `DOI 10.1002/…`, `https://doi.org/10.…`; several DOIs in one field: the first. */
function doiIn(text: string): string | undefined {
  const match = /10\.\d{4,9}\/[^\s"<>]+/.exec(text);
  return match ? recordDoi(match[0].replace(/[.,;]$/, '')) : undefined;
}

function recordDoiOf(record: XmlElement): string | undefined {
  return doiIn(field(record, 'electronic-resource-num')) ?? urls(record).filter((url) => /doi\.org\//i.test(url)).map(doiIn).find((doi) => doi !== undefined);
}

function recordArxivId(record: XmlElement, doi: string | undefined): string | undefined {
  return (
    arxivIdFromDoi(doi) ??
    urls(record).map(arxivIdFromUrl).find((id) => id !== undefined) ??
    [['electronic-resource-num'], ['titles', 'secondary-title'], ['periodical', 'full-title'], ['accession-num'], ['notes'], ['custom1'], ['custom7'], ['number'], ['volume']]
      .map((path) => arxivIdInText(field(record, ...path)))
      .find((id) => id !== undefined)
  );
}

function venueOf(record: XmlElement): string | undefined {
  for (const path of [['titles', 'secondary-title'], ['periodical', 'full-title'], ['secondary-title'], ['alt-periodical', 'full-title']]) {
    const venue = prose(record, ...path);
    if (venue && !ARXIV_VENUE.test(venue)) return venue;
  }
  return undefined;
}

/**
 * EndNote's title for a PDF it imported without finding its metadata: the file's name in angle brackets
 * (`<Creep Crack Initiation and Growth.pdf>`). The name, often the paper's title, stands in for it.
 */
const PDF_NAME_TITLE = /^<([^<>]+?)\.pdf>$/i;

function toPaper(record: XmlElement, source: SourceRef): PaperRecord | string {
  // Libraries fed by PubMed or Web of Science keep the full stop those end every title with, and PubMed's brackets
  // around a translated title (`[A prospective, randomized … study].`): without them, as the MEDLINE reader reads it.
  const written = prose(record, 'titles', 'title') || prose(record, 'title');
  const title = withoutFinalStop(withoutTranslationBrackets(PDF_NAME_TITLE.exec(written)?.[1]?.trim() ?? written));
  if (!title) {
    const type = childElement(record, 'ref-type')?.attributes['name'];
    return `${type ? `${type} record` : 'record'} has no title (titles/title)`;
  }
  const authors = childElements(pathElement(record, ['contributors', 'authors']), 'author')
    .map((author) => authorName(rawText(author)))
    .filter((name): name is string => name !== undefined);
  const paper: PaperRecord = { title, abstract: prose(record, 'abstract'), authors, tags: [], sources: [source] };
  const doi = recordDoiOf(record);
  const arxivId = recordArxivId(record, doi);
  if (arxivId) paper.arxivId = arxivId;
  const date = recordDate(record) ?? (arxivId ? arxivIdDate(arxivId) : undefined);
  setDate(paper, date);
  if (doi) paper.doi = doi;
  const venue = venueOf(record);
  if (venue) paper.venue = venue;
  setVolume(paper, field(record, 'volume'));
  return paper;
}

export function parseEndnoteXml(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  if (!text.trim()) return result;
  const problem = documentProblem(text, 'EndNote XML', 'xml');
  if (problem) {
    result.rejections.push({ file, line: 1, message: problem });
    return result;
  }
  const lineAt = lineCounter(text);
  const chunks = elementChunks(text, (name, depth, ancestors) => name === 'record' && depth === 2 && ancestors[1] === 'records');
  const lines = chunks.map((chunk) => lineAt(chunk.offset));
  chunks.forEach((chunk, index) => {
    // EndNote writes the whole file on one line: there a line names no record, so the record's number does.
    const line = lines[index] === lines[index - 1] || lines[index] === lines[index + 1] ? undefined : lines[index];
    const at: SourceRef = line === undefined ? { file, record: index } : { file, line, record: index };
    if (chunk.problem) {
      result.rejections.push({ ...at, message: chunk.problem });
      return;
    }
    const parsed = parseElement(chunk.text);
    if ('message' in parsed) {
      result.rejections.push({ ...at, ...(line === undefined ? {} : { line: line + parsed.line - 1 }), message: parsed.message });
      return;
    }
    const paper = toPaper(parsed, at);
    if (typeof paper === 'string') {
      const number = field(parsed, 'rec-number');
      result.rejections.push({ ...at, message: number ? `${paper} (EndNote record number ${number})` : paper });
    } else {
      result.records.push(paper);
      const pdf = PDF_NAME_TITLE.exec(prose(parsed, 'titles', 'title'));
      if (pdf) result.warnings.push({ ...at, message: `titled by its PDF's file name (${pdf[0]}): EndNote found no metadata for the PDF` });
    }
  });
  if (chunks.length === 0) result.warnings.push({ file, line: 1, message: 'no records: the file has no <records><record>' });
  return result;
}

export const endnoteXmlFormat: InputFormat = {
  name: 'endnote-xml',
  label: 'EndNote XML',
  extensions: ['.xml'],
  sniff: sniffEndnoteXml,
  parse: parseEndnoteXml,
};

/**
 * RIS (Zotero, Mendeley, EndNote, Scopus, Reference Manager, publishers' and databases' exports): one `TAG  - value` a line, `TY` opens a
 * record and `ER` closes it. A small module rather than a library: the format is one tag per line, and the library
 * option (@citation-js/plugin-ris) needs citation-js core, maps to CSL and so loses the line of each record, which
 * the rejections name. Read: CRLF or LF (and IEEE Xplore's stray CR before a line), a byte order mark, `TY - ` with one space (EndNote), lines without a tag
 * continuing the previous value, dates as `YYYY`, `YYYY/MM/DD/`, `YYYY/MM//`, with a time after the last slash.
 */
import { arxivIdDate, dateOfParts, monthDayDate, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl } from './ids.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';
import { markupText, undoWebOfScienceEscapes } from './markup.ts';
import { decodeTexAccents } from '../text/latex.ts';
import { databaseName, semicolonNames } from './names.ts';
import { withoutFinalStop, withoutOriginalTitle, withoutTranslationBrackets } from './titles.ts';
import { keepRead, preprintDate, setDate, setVolume } from './records.ts';

/**
 * `TY  - JOUR`; EndNote writes one space before the dash, and `ER  -` may have nothing after the dash. APA's PsycINFO
 * RIS adds the four-letter `PMID  - ` (read as a tag, not as text continuing the line above).
 */
const TAG_LINE = /^([A-Z][A-Z0-9]|PMID)\s{1,2}-(?: (.*)|\s*)$/;

/**
 * Lines exporters write around records that are no part of one: the MIME-style header of JSTOR, Wiley (Cochrane
 * Library, which repeats it before every record after `Record #3 of 18`) and APA (`Provider: …`, `Database: …`,
 * `Content: text/plain; charset="UTF-8"`), and Ovid's record numbers (`6. ` on a line of its own).
 */
const EXPORT_HEADER = /^(?:(?:Provider|Database|Content):.*|Record #\d+ of \d+|\d+\.)\s*$/;

function sniffRis(head: string): number {
  const first = head
    .replace(/^\ufeff/, '')
    .split('\n')
    .find((line) => line.trim() !== '' && !EXPORT_HEADER.test(line.trim()));
  return first !== undefined && /^TY\s{1,2}- {0,2}\S/.test(first.trimEnd()) ? 1 : 0;
}

interface RisRecord {
  line: number;
  fields: Map<string, string[]>;
  /** Each value's tag and its place among that tag's values, in the file's order. */
  order: Array<[tag: string, index: number]>;
  closed: boolean;
}

function values(record: RisRecord, ...tags: string[]): string[] {
  return tags.flatMap((tag) => record.fields.get(tag) ?? []);
}

/** The values of several tags in the order the file gives them (`A1` first author, then `AU` authors: one list). */
function valuesInOrder(record: RisRecord, ...tags: string[]): string[] {
  return record.order.filter(([tag]) => tags.includes(tag)).map(([tag, index]) => record.fields.get(tag)![index]!);
}

function first(record: RisRecord, ...tags: string[]): string | undefined {
  return values(record, ...tags).find((value) => value.trim() !== '')?.trim();
}

/**
 * `2009/05/21/`, `2011/04//`, `2020/12/29/T09:30:59+00:00`, `1996`, `2009-05-21`, `2019/october` → ISO; `0000` is no
 * date. Also as databases spell it: IEEE Xplore's `Mar. 2017` and `4-8 Aug. 2020`, PubMed's `2019 Mar 15`, and Web of
 * Science's month alone (`DA  - MAY`) and EndNote's month and day (`DA  - Jul 3`, `Mar-Apr`), which take the record's
 * year.
 */
export function risDate(value: string | undefined, recordYear?: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const [year, month, day] = text.split(/[/-]/);
  if (year && /^\d{4}$/.test(year)) {
    if (year === '0000') return undefined;
    if (month && /^[A-Za-z]{3,}$/.test(month)) return dateOfParts(year, month, day);
    const parts = [year];
    if (month && /^\d{1,2}$/.test(month)) {
      parts.push(month.padStart(2, '0'));
      if (day && /^\d{1,2}$/.test(day)) parts.push(day.padStart(2, '0'));
    }
    return parseDate(parts.join('-'));
  }
  const spelt = /^(\d{4})\s+([A-Za-z]{3,})\.?(?:\s+(\d{1,2}))?$/.exec(text);
  if (spelt) return dateOfParts(spelt[1], spelt[2], spelt[3]);
  // A day range before the month (`4-8 Aug. 2020`): the first day.
  const parsed = parseDate(text.replace(/^(\d{1,2})[-–]\d{1,2}(?=\s)/, '$1'));
  if (parsed) return parsed;
  // A month or a month and day without a year (EndNote's `DA  - Jul 3`, `Mar-Apr`; Web of Science's `MAY`): the record's.
  return monthDayDate(text, recordYear);
}

/**
 * JSTOR gives the date in a custom field: `C1  - Full publication date: July-August 2016` (the first month),
 * `Mar. 15, 1990`, `Winter 2014` (the year alone), when it has the record's year.
 */
function jstorDate(record: RisRecord, year: string | undefined): string | undefined {
  const text = values(record, 'C1')
    .map((value) => /^\s*Full publication date:\s*(.+)$/i.exec(value)?.[1])
    .find((found) => found !== undefined);
  const parts = text ? /^([A-Za-z]+)\.?(?:\s*[-/]\s*[A-Za-z]+\.?)?\s+(?:(\d{1,2}),?\s+)?(\d{4})\b/.exec(text.trim()) : null;
  if (!parts || (year !== undefined && parts[3] !== year)) return undefined;
  return dateOfParts(parts[3], parts[1], parts[2]);
}

/** The most precise of the record's dates (`DA` is usually the full date, `PY` the year). */
function recordDate(record: RisRecord): string | undefined {
  const year = values(record, 'PY', 'Y1', 'DA')
    .map((value) => /^\s*(\d{4})\b/.exec(value)?.[1] ?? /\b(\d{4})\s*$/.exec(value)?.[1])
    .find((found) => found !== undefined && found !== '0000');
  const dates = [...values(record, 'DA', 'PY', 'Y1').map((value) => risDate(value, year)), jstorDate(record, year)].filter((date): date is string => date !== undefined);
  return dates.reduce<string | undefined>((best, date) => (best === undefined || date.length > best.length ? date : best), undefined);
}

/**
 * `DO`, else a DOI URL in `UR`, else a bare DOI in a link or note field (EBSCOhost puts it in `L3`, EndNote in `N1`).
 * A DOI has no spaces: only the value's first word is read (Rayyan runs the next field into it:
 * `DO  - 10.1038/s41467-024-48400-3     LK  - https://…`).
 */
function risDoi(record: RisRecord): string | undefined {
  const firstWord = (value: string) => value.trim().split(/\s+/)[0] ?? '';
  for (const value of values(record, 'DO')) {
    const doi = recordDoi(firstWord(value));
    if (doi) return doi;
  }
  for (const value of values(record, 'UR', 'L3', 'L2', 'N1', 'M3')) {
    const word = firstWord(value);
    if (/doi\.org\//i.test(word) || /^(?:doi:)?10\.\d{4,9}\//i.test(word)) {
      const doi = recordDoi(word);
      if (doi) return doi;
    }
  }
  return undefined;
}

function recordArxivId(record: RisRecord, doi: string | undefined): string | undefined {
  return (
    arxivIdFromDoi(doi) ??
    values(record, 'UR', 'L1', 'L2').map(arxivIdFromUrl).find((id) => id !== undefined) ??
    values(record, 'N1', 'M1', 'M3', 'AN', 'ID', 'JO', 'T2', 'SN').map(arxivIdInText).find((id) => id !== undefined)
  );
}

/**
 * A value as one line of text: wrapped lines joined, and the typographic ligatures (U+FB00–FB06) text copied out of
 * PDFs carries in abstracts (`conﬁrmation`) spelled out, so the words match.
 */
function plain(value: string | undefined): string {
  return (value ?? '').replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/**
 * A title or abstract as text: TeX accents a RIS written from a .bib keeps read as letters (`Schr\"odinger`, `{\aa}`),
 * Web of Science's escapes undone (`Schr & ouml;dinger`, `<middle dot>`: see undoWebOfScienceEscapes),
 * and the HTML that databases leave in them read as markup.ts reads PubMed's (Web of Science's RIS `<i>Kulindadromeus
 * zabaikalicus</i>`, Scopus's `p &lt; .001`); a bare `<` or `&` stays as written.
 */
function prose(value: string | undefined): string {
  return plain(markupText(undoWebOfScienceEscapes(decodeTexAccents(plain(value)))));
}

/** EBSCOhost's mark after an abstract saying who wrote it (`… control schemes. [ABSTRACT FROM AUTHOR]`): no text of it. */
const EBSCO_ABSTRACT_MARK = /\s*\[ABSTRACT FROM (?:AUTHOR|PUBLISHER)\]\s*$/;

/**
 * Several people in one `AU` line, each in the short form `Family I. I.` between commas, as an EndNote library that
 * took a Scopus list whole writes them (`Golde T. E., DeKosky S. T., Galasko D.`); undefined for any other value
 * (one person, `Steward, Helen`).
 */
function shortFormList(value: string): string[] | undefined {
  const pieces = value.split(/,\s*/);
  const shortForm = /^\p{Lu}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*)*\s(?:\p{Lu}\.[\s-]?)+$/u;
  return pieces.length > 1 && pieces.every((piece) => shortForm.test(piece.trim())) ? pieces.map((piece) => piece.trim()) : undefined;
}

function toPaper(record: RisRecord, file: string, index: number): PaperRecord | string {
  // The short title `ST` when nothing else names the work (rispy's Cyrillic record has only it). EBSCOhost closes
  // every title with a full stop (`DP  - EBSCOhost`), which other sources of the paper do not write.
  // (PubMed's `[Translated title].`; Scopus's `Title; [原文标题]`, the original-language title appended)
  const written = withoutOriginalTitle(withoutTranslationBrackets(prose(first(record, 'TI', 'T1', 'CT', 'BT', 'ST'))), false);
  const title = /^EBSCOhost$/i.test(first(record, 'DP')?.trim() ?? '') ? withoutFinalStop(written) : written;
  if (!title) return `record has no title (TI or T1)`;
  // One list in the file's order whatever the tag: a file may give the first author as `A1` and the others as `AU`.
  const authors = valuesInOrder(record, 'AU', 'A1')
    .flatMap((value) => semicolonNames(plain(value)))
    .flatMap((name) => shortFormList(name) ?? [name])
    // Database short forms too: `Luke, TJ` (Web of Science) → `T. J. Luke`, `Adler D.G.` (Embase, Scopus) →
    // `D.G. Adler`; in a name all in capitals the given name is a name when it reads as one (`DE LA CRUZ, JOSE`),
    // initials when it does not (`SMITH, JA`, `LIM, RCH`): see databaseName.
    .map((name) => databaseName(decodeTexAccents(plain(name)).replace(/,(?=\S)/, ', ')))
    .filter((name) => name !== '');
  const paper: PaperRecord = {
    title,
    abstract: prose(first(record, 'AB', 'N2')).replace(EBSCO_ABSTRACT_MARK, ''),
    authors,
    tags: [],
    sources: [{ file, line: record.line, record: index }],
  };
  const doi = risDoi(record);
  const arxivId = recordArxivId(record, doi);
  if (arxivId) paper.arxivId = arxivId;
  // The journal, else the book or proceedings a chapter or paper is in (`BT` beside its own `TI`: ACM's conference
  // papers); a name in full before an abbreviation (`J2`, `JA`).
  const book = first(record, 'BT');
  const venue = first(record, 'JF', 'T2') ?? proceedingsTitle(record) ?? first(record, 'JO', 'J2', 'JA') ?? (book !== undefined && plain(book) !== title ? book : undefined);
  // An arXiv preprint (no venue) dated by a later version (Zotero's `DA  - 2023/08/02/`) is dated by its id's month.
  const dated = recordDate(record);
  setDate(paper, venue ? (dated ?? (arxivId ? arxivIdDate(arxivId) : undefined)) : preprintDate(dated, arxivId));
  if (doi) paper.doi = doi;
  if (venue) paper.venue = plain(venue);
  setVolume(paper, first(record, 'VL'));
  const pmid = first(record, 'PMID') ?? ovidMedlineAccession(record) ?? medlineAccessionNumber(record);
  if (pmid && /^\d+$/.test(pmid)) paper.ids = { pmid };
  return paper;
}

/**
 * The proceedings (or other source) a record's one `C3` names in full: a conference paper's (`TY  - CONF`, `CPAPER`;
 * Zotero writes its proceedings title there), and any record of Scopus (`DB  - Scopus`), which writes a source's full
 * name there when it has no `T2` (`C3  - 2018 IEEE International Magnetic Conference, INTERMAG 2018` beside `J2  - IEEE
 * Int. Magn. Conf., INTERMAG`; `C3  - IEEE Transactions on Magnetics` for some articles). Other exporters write other
 * things in `C3` — Web of Science one affiliation a line, Cochrane the PubMed id — so it is read only so, and only
 * when there is one.
 */
function proceedingsTitle(record: RisRecord): string | undefined {
  const named = values(record, 'C3').filter((value) => value.trim() !== '');
  if (named.length !== 1) return undefined;
  const type = first(record, 'TY')?.toUpperCase();
  const scopus = values(record, 'DB').some((database) => database.trim().toLowerCase() === 'scopus');
  return type === 'CONF' || type === 'CPAPER' || scopus ? named[0]!.trim() : undefined;
}

/**
 * Ovid's RIS (and Zotero's, of a record it took from Ovid) links each record to Ovid by its database's code and its
 * accession number there (`L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=medp&NEWS=N&AN=30439442`).
 * In MEDLINE's segments (`medl`, `medp`, `med27`…, and `prem`, MEDLINE In-Process) that number is the PubMed id;
 * Embase's (`emed…`), PsycINFO's (`psyc…`) and CAB's are their own accession numbers.
 */
function ovidMedlineAccession(record: RisRecord): string | undefined {
  for (const value of values(record, 'L2', 'UR', 'L1')) {
    const link = /ovid\.com\/ovidweb\.cgi\?\S*?\bD=((?:med|prem)[a-z0-9]*)&\S*?\bAN=(\d+)\b/i.exec(value);
    if (link) return link[2];
  }
  return undefined;
}

/**
 * The PubMed id of a MEDLINE record saved without Ovid's link: Ovid's RIS names the record's database in `DB`
 * (`Ovid MEDLINE(R) <1946 to Present>`, `APA PsycInfo <2021>`) and gives its accession number, Ovid's `UI`, in `ID`
 * (`ID  - 30439442`, the `AN=` of its link); EndNote's RIS of a record it took from MEDLINE gives it in `AN` (its `ID`
 * is then EndNote's own record number). In MEDLINE that number is the PubMed id; in every other database (Embase,
 * PsycINFO, CINAHL) it is that database's own. So it is read only when every `DB` of the record names MEDLINE (not
 * Embase.com's `DB  - Embase` beside `DB  - Medline`) and it is a bare number of 7 to 9 digits (the PubMed ids of
 * MEDLINE since 1976; a library's record number is shorter), and `AN` and `ID` do not name two numbers.
 */
function medlineAccessionNumber(record: RisRecord): string | undefined {
  const databases = values(record, 'DB').map((value) => value.trim()).filter((value) => value !== '');
  if (databases.length === 0 || !databases.every((database) => /\bmedline\b/i.test(database))) return undefined;
  const numbers = new Set(values(record, 'AN', 'ID').map((value) => value.trim()).filter((value) => /^\d{7,9}$/.test(value)));
  return numbers.size === 1 ? [...numbers][0] : undefined;
}

export function parseRis(input: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  // Unicode's line and paragraph separators inside a value (Taylor & Francis titles) are spaces: to a regular
  // expression they end the line, so the tag line around one was read as no tag at all.
  // A lone CR inside a line before a tag ends a line too: Web of Science's RIS of some records runs its fields together
  // with old Mac line ends (`AB  - …\rAD  - Univ Paris 05, …\rC3  - …`), which read as one abstract.
  const lines = input.replace(/^\ufeff/, '').replace(/[\u2028\u2029]/g, ' ').split(/\n|(?<=[^\r\n])\r(?=[A-Z][A-Z0-9]\s{1,2}-(?: |$))/);
  const records: RisRecord[] = [];
  let current: RisRecord | undefined;
  let lastTag: string | undefined;
  let strayLine: number | undefined;
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    // A carriage return at either end: IEEE Xplore separates records with CRLF, LF, CR (`\rTY  - CONF`).
    const line = raw.replace(/^\r+|\r+$/g, '');
    const tagged = TAG_LINE.exec(line);
    if (tagged) {
      const [, tag, value = ''] = tagged as unknown as [string, string, string | undefined];
      if (tag === 'TY') {
        if (current && !current.closed) result.warnings.push({ file, line: current.line, message: `record not closed by ER before the next TY (line ${lineNumber}): read up to there` });
        current = { line: lineNumber, fields: new Map([['TY', [value]]]), order: [['TY', 0]], closed: false };
        records.push(current);
      } else if (!current || current.closed) {
        strayLine ??= lineNumber;
      } else if (tag === 'ER') {
        current.closed = true;
      } else {
        const list = current.fields.get(tag);
        current.order.push([tag, list?.length ?? 0]);
        if (list) list.push(value);
        else current.fields.set(tag, [value]);
      }
      lastTag = tag;
      return;
    }
    if (line.trim() === '') return;
    if (EXPORT_HEADER.test(line.trim()) && (!current || current.closed)) return;
    // A line without a tag continues the value before it (EndNote wraps titles, Reference Manager lists files).
    const list = current && !current.closed && lastTag ? current.fields.get(lastTag) : undefined;
    if (list && list.length > 0) list[list.length - 1] += `\n${line}`;
    else strayLine ??= lineNumber;
  });
  if (strayLine !== undefined) result.warnings.push({ file, line: strayLine, message: 'text outside a TY … ER record: ignored' });
  if (current && !current.closed) result.warnings.push({ file, line: current.line, message: 'the last record is not closed by ER (the file may be cut short): read as it is' });
  records.forEach((record, index) => keepRead(result, toPaper(record, file, index), { file, line: record.line, record: index }));
  return result;
}

export const risFormat: InputFormat = {
  name: 'ris',
  label: 'RIS',
  extensions: ['.ris'],
  sniff: sniffRis,
  parse: parseRis,
};

/**
 * PubMed's "PubMed format" export (MEDLINE/`.nbib`, `.medline`, `pubmed-….txt`): records opened by `PMID- `, one tag
 * of up to four letters padded to four and `- ` a line, continuation lines indented six spaces, a blank line between
 * records. Written here for the same reason as Web of Science's: lines and tags, no JavaScript library worth a
 * dependency.
 */
import { dateOfParts, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdOfPii, normalizeDoi } from './ids.ts';
import { commaBeforeInitials, databaseName } from './names.ts';
import { firstTagged, oneLine, parseTaggedRecords, taggedValues, type TaggedRecord, type TaggedSyntax } from './tagged-lines.ts';
import { setDate, setVolume } from './records.ts';
import { plainTitle } from './titles.ts';

// The space after the dash may be missing (`PMID-22664220`): PubMed's readers (Biopython, JabRef) take the tag from
// the columns before a dash in the fifth and the value from after it. Then the value does not start with a small
// letter: `AIDS-related …` on a line of its own is a hyphenated word of text left unindented, not the tag `AIDS`.
const TAG_LINE = /^([A-Z][A-Z0-9]{0,3}) {0,3}-(?: (.*)|(?!\p{Ll})(.*))$/u;

const SYNTAX: TaggedSyntax = {
  tagLine(line) {
    const match = TAG_LINE.exec(line);
    // The tag and its padding fill four columns before the dash (`TI  - `, `PMID- `, `FAU - `); ERIC pads a four-letter
    // tag too (`ISSN - `).
    const dash = line.indexOf('-');
    return match && (dash === 4 || (dash === 5 && /^[A-Z]{4} -/.test(line))) ? { tag: match[1]!, value: (match[2] ?? match[3]!).trimEnd() } : undefined;
  },
  continuation: (line) => (line.startsWith('      ') ? line.slice(6) : undefined),
  opens: 'PMID',
  opensAfterBlank: true,
  // A record opens with any tag after a blank line, not only `PMID`.
  recordName: 'MEDLINE',
  tagLineHint: 'a tag padded to four columns, then a dash: `TI  - Title`',
};

function sniffMedline(head: string): number {
  const first = head.replace(/^\ufeff/, '').split('\n').find((line) => line.trim() !== '');
  if (first === undefined) return 0;
  // ERIC's export has PubMed's layout without PMIDs: each record opens with `OWN - ERIC`.
  return /^PMID- ?\d+\s*$/.test(first) || (/^OWN - ERIC\s*$/.test(first) && /^TI {2}- /m.test(head)) ? 1 : 0;
}

/**
 * `DP` as PubMed writes it: `2016 Jan 15`, `2015 Dec`, `2016`, `2015 Nov-Dec`, `2016 Spring`, `2015 Jan 1-15`; as ERIC
 * writes it: `Apr 1990`, `Article 10 2019` (the year last).
 */
function publicationDate(value: string | undefined): string | undefined {
  const text = (value ?? '').trim();
  const [year, monthWord, day] = text.split(/[\s-]+/);
  return dateOfParts(year, monthWord, day) ?? parseDate(text) ?? dateOfParts(/\b(\d{4})$/.exec(text)?.[1]);
}

/** The DOI among the article ids (`LID`/`AID - 10.1016/j.gene.2015.10.064 [doi]`; ERIC: `AID - http://dx.doi.org/…`). */
function recordDoi(record: TaggedRecord): string | undefined {
  for (const value of taggedValues(record, 'LID', 'AID')) {
    const text = oneLine(value);
    const match = /^(\S+)\s*\[doi\]$/i.exec(text);
    const doi = match ? normalizeDoi(match[1]) : /^https?:\/\/(?:dx\.)?doi\.org\//i.test(text) ? normalizeDoi(text) : undefined;
    if (doi) return doi;
  }
  return undefined;
}

/**
 * The arXiv id of a preprint PubMed indexes (`LID - arXiv:2304.02112v2 [pii]`; a bare `2304.02112 [pii]` only in the
 * journal ArXiv), so the record merges with arXiv's own.
 */
function recordArxivId(record: TaggedRecord): string | undefined {
  const inArxiv = /^arxiv$/i.test(oneLine(firstTagged(record, 'JT', 'TA')));
  for (const value of taggedValues(record, 'LID', 'AID')) {
    const pii = /^(.+?)\s*\[pii\]$/i.exec(oneLine(value));
    const arxivId = pii ? arxivIdOfPii(pii[1]!, inArxiv) : undefined;
    if (arxivId) return arxivId;
  }
  return undefined;
}

/**
 * The journal (`JT`, else its abbreviation `TA`); for a chapter of an NCBI Bookshelf book, which has none, the book
 * (`BTI`, beside the chapter's own `TI`). ERIC's records use `JT` for the journal of an article (ERIC number `EJ…`,
 * `PT  - Journal Articles`) but for the publisher or institution of any other document (`ED…`: reports, books,
 * dissertations: `JT  - ProQuest LLC`, `OECD Publishing`): no venue then.
 */
function recordVenue(record: TaggedRecord, title: string): string | undefined {
  const eric = firstTagged(record, 'OWN') === 'ERIC' || /^E[DJ]\d+$/.test(firstTagged(record, 'OID') ?? '');
  const article = /^EJ\d+$/.test(firstTagged(record, 'OID') ?? '') || taggedValues(record, 'PT').some((type) => /^Journal Articles?$/i.test(type.trim()));
  const journal = eric && !article ? undefined : oneLine(firstTagged(record, 'JT', 'TA'));
  if (journal) return journal;
  const book = oneLine(firstTagged(record, 'BTI'));
  return book && firstTagged(record, 'TI') !== undefined && plainTitle(book) !== title ? plainTitle(book) : undefined;
}

/**
 * The non-empty values of a repeated tag joined into one text (`separator` after a part that does not end with a
 * punctuation mark, a space after one that does); undefined when it has none.
 */
function joinedTagged(record: TaggedRecord, tag: string, separator = ' '): string | undefined {
  const values = taggedValues(record, tag).map((value) => oneLine(value)).filter((value) => value !== '');
  if (values.length === 0) return undefined;
  return values.reduce((text, value) => `${text}${/[.:;?!]$/.test(text) ? ' ' : separator}${value}`);
}

function toPaper(record: TaggedRecord, file: string, index: number): PaperRecord | string {
  // A title over several `TI` lines is one title, its parts joined as JabRef joins them: a title and its subtitle
  // (`This is a Testtitle: This title should be appended: …`), with a colon unless the part before ends with a stop.
  const title = plainTitle(joinedTagged(record, 'TI', ': ') ?? firstTagged(record, 'BTI') ?? '');
  if (!title) return 'record has no title (TI)';
  // FAU is the full name ("Gadzalski, Marek"; before 2002 often initials, "van Raaij, M J"); AU the short one
  // ("Gadzalski M"); CN a group author. Initials are spelt as other sources spell them ("M. J. van Raaij").
  const full = taggedValues(record, 'FAU');
  // AU's initials follow the family name without a comma (`Smith JA`): read as `Smith, JA`.
  const persons = full.length > 0 ? full : taggedValues(record, 'AU').map((name) => commaBeforeInitials(oneLine(name)));
  // A record of groups alone (`CN  - GBD 2019 Diseases and Injuries Collaborators`) has them as its authors.
  const groups = persons.length === 0 ? taggedValues(record, 'CN').map((name) => oneLine(name).replace(/\.$/, '')).filter((name) => name !== '') : [];
  const paper: PaperRecord = {
    title,
    abstract: oneLine(joinedTagged(record, 'AB')),
    authors: groups.length > 0 ? groups : persons.map((name) => databaseName(oneLine(name))).filter((name) => name !== ''),
    tags: [],
    sources: [{ file, line: record.line, record: index }],
  };
  const doi = recordDoi(record);
  if (doi) paper.doi = doi;
  const arxivId = arxivIdFromDoi(doi) ?? recordArxivId(record);
  if (arxivId) paper.arxivId = arxivId;
  const date = publicationDate(firstTagged(record, 'DP'));
  setDate(paper, date);
  const venue = recordVenue(record, title);
  if (venue) paper.venue = venue;
  setVolume(paper, firstTagged(record, 'VI'));
  const pmid = firstTagged(record, 'PMID');
  if (pmid && /^\d+$/.test(pmid)) paper.ids = { pmid };
  return paper;
}

export function parseMedline(input: string, file: string): IngestResult {
  return parseTaggedRecords(input, file, SYNTAX, toPaper);
}

export const medlineFormat: InputFormat = {
  name: 'medline',
  label: 'PubMed (MEDLINE)',
  extensions: ['.nbib', '.medline'],
  sniff: sniffMedline,
  parse: parseMedline,
};

/**
 * PubMed XML: what E-utilities `efetch -db pubmed -format xml` answers, PubMed's "Save → XML", and the MEDLINE/PubMed
 * baseline and update files (https://www.nlm.nih.gov/bsd/licensee/elements_descriptions.html). A `<PubmedArticleSet>`
 * of `<PubmedArticle>` (a `MedlineCitation` and its `PubmedData`) and `<PubmedBookArticle>` (a `BookDocument`)
 * records; the update files also hold `<DeleteCitation>` lists. The old `<MedlineCitationSet>` of bare
 * `<MedlineCitation>`s reads the same way.
 *
 * As in the arXiv feed module, the file is cut into its records at their tags and each record is checked and parsed
 * alone by fast-xml-parser, so a malformed record is rejected by its line and the others are kept, and the DOCTYPE
 * every PubMed file starts with (an external DTD, no entities) never reaches the parser.
 */
import { XMLParser } from 'fast-xml-parser';
import { dateOfParts } from '../time/dates.ts';
import type { AuthorIds, IngestResult, PaperRecord, SourceRef, WorkRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdOfPii, bareOrcid, normalizeArxivId } from './ids.ts';
import { markupText } from './markup.ts';
import { plainTitle } from './titles.ts';
import { arxivIdInText, doiInText, recordDoi } from './reference-ids.ts';
import { lineCounter } from './text-lines.ts';
import { list, node, parseChunk, recordChunks, rootElement, type XmlNode } from './xml-chunks.ts';
import { nameFromParts } from './names.ts';
import { setDate, setVolume } from './records.ts';

/** A record is a few KiB (a long reference list some hundred); anything this large is rejected unparsed. */
const MAX_RECORD_CHARS = 4 << 20;

/** Elements whose content is text with inline markup (`<i>`, `<sup>`, MathML): kept raw, then read by `markupText`. */
const MARKED_UP = ['ArticleTitle', 'VernacularTitle', 'BookTitle', 'AbstractText', 'Citation'];
/** Elements that repeat; always arrays, so one author is a list of one. */
const REPEATED = new Set(['Author', 'AuthorList', 'AbstractText', 'ArticleId', 'ArticleIdList', 'ELocationID', 'Identifier', 'Reference', 'ReferenceList', 'ArticleDate', 'PMID']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // PMIDs and years stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: MARKED_UP.map((name) => `*.${name}`),
  isArray: (name) => REPEATED.has(name),
  // DOCTYPE entities off (the DTD is never handed over); predefined and numeric references decoded.
  processEntities: { enabled: true, maxEntityCount: 0, maxEntitySize: 0, maxTotalExpansions: Number.MAX_SAFE_INTEGER, maxExpandedLength: Number.MAX_SAFE_INTEGER },
  htmlEntities: true,
  // A record is about 8 deep (PubmedArticle/PubmedData/ReferenceList/Reference/ArticleIdList/ArticleId).
  maxNestedTags: 32,
});

/** An element's own text (`<PMID Version="1">123</PMID>` parses to `{#text, @Version}`). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  const object = node(value);
  return object ? textOf(object['#text']) : undefined;
}

/** A marked-up element's text: its raw content (a stop node) read by `markupText`. */
function markedUp(value: unknown): string {
  const raw = typeof value === 'string' ? value : textOf(value);
  return raw ? markupText(raw) : '';
}

function attribute(value: unknown, name: string): string | undefined {
  const object = node(value);
  const found = object?.[`@${name}`];
  return typeof found === 'string' ? found : undefined;
}

function path(value: unknown, ...names: string[]): unknown {
  let current = value;
  for (const name of names) current = node(Array.isArray(current) ? current[0] : current)?.[name];
  return current;
}

/** The record elements of each root PubMed writes. */
const RECORDS_OF_ROOT: Record<string, string[]> = {
  PubmedArticleSet: ['PubmedArticle', 'PubmedBookArticle', 'DeleteCitation'],
  PubmedBookArticleSet: ['PubmedBookArticle'],
  MedlineCitationSet: ['MedlineCitation', 'DeleteCitation'],
  // One record saved on its own.
  PubmedArticle: ['PubmedArticle'],
  PubmedBookArticle: ['PubmedBookArticle'],
};

function sniffPubmedXml(head: string): number {
  const body = head.trimStart();
  if (!body.startsWith('<')) return 0;
  const root = rootElement(body);
  return root && root.name in RECORDS_OF_ROOT ? 1 : 0;
}

/** `<PubDate>` as Year/Month/Day (or Season), or one `MedlineDate` string (`1998 Dec-1999 Jan`, `2000 Spring`). */
function pubDate(value: unknown): string | undefined {
  const date = node(Array.isArray(value) ? value[0] : value);
  if (!date) return undefined;
  const medline = textOf(date['MedlineDate']);
  if (medline) {
    const [year, month, day] = medline.split(/[\s-]+/);
    return dateOfParts(year, month, day);
  }
  return dateOfParts(textOf(date['Year']), textOf(date['Month']), textOf(date['Day']));
}

/**
 * The issue's date, made precise by the electronic `ArticleDate` when that falls within it (an issue of `2017 Jun`
 * published online on 2017-06-12); an article online before its issue keeps the issue's date, as MEDLINE's `DP`.
 */
function articleDate(issue: string | undefined, electronic: unknown): string | undefined {
  const online = list(electronic)
    .map((date) => dateOfParts(textOf(path(date, 'Year')), textOf(path(date, 'Month')), textOf(path(date, 'Day'))))
    .find((date) => date !== undefined);
  if (!issue) return online;
  return online && online.length > issue.length && online.startsWith(issue) ? online : issue;
}

/** A bare ORCID from `https://orcid.org/0000-0002-4590-7461`, `0000-0002-…`, or the 16 characters without dashes. */
function orcidOf(value: string | undefined): string | undefined {
  const bare = bareOrcid(value);
  if (bare || !value) return bare;
  const digits = /(\d{15}[\dX])\s*$/i.exec(value.trim())?.[1];
  return digits ? bareOrcid(digits.replace(/(\d{4})(?=.)/g, '$1-')) : undefined;
}

/**
 * The persons of an author list, in order: `ForeName LastName Suffix`; a `CollectiveName` (a group) and entries PubMed
 * marks invalid are not persons. A list of groups alone (`GBD 2019 Diseases and Injuries Collaborators`, a consensus
 * statement's committee) gives the groups as the authors: the paper is theirs, and otherwise it would have none.
 */
function authorsOf(authorLists: unknown): { authors: string[]; authorIds: Array<AuthorIds | undefined> } {
  const authors: string[] = [];
  const authorIds: Array<AuthorIds | undefined> = [];
  const groups: string[] = [];
  const own = list(authorLists).filter((authorList) => (attribute(authorList, 'Type') ?? 'authors') === 'authors');
  for (const author of own.flatMap((authorList) => list(node(authorList)?.['Author']))) {
    if (attribute(author, 'ValidYN') === 'N') continue;
    const last = textOf(path(author, 'LastName'));
    const group = textOf(path(author, 'CollectiveName'));
    if (!last && group) groups.push(markedUp(path(author, 'CollectiveName')).replace(/\.$/, ''));
    if (!last) continue;
    const given = textOf(path(author, 'ForeName')) ?? textOf(path(author, 'Initials'));
    const suffix = textOf(path(author, 'Suffix'));
    authors.push(nameFromParts({ given, family: last, suffixes: [suffix] }));
    const orcid = list(node(author)?.['Identifier'])
      .filter((identifier) => attribute(identifier, 'Source') === 'ORCID')
      .map((identifier) => orcidOf(textOf(identifier)))
      .find((id) => id !== undefined);
    authorIds.push(orcid ? { orcid } : undefined);
  }
  if (authors.length === 0) return { authors: groups.filter((group) => group !== ''), authorIds: [] };
  return { authors, authorIds };
}

/** Structured abstracts are labelled parts (`BACKGROUND`, `METHODS`…): joined as MEDLINE's `AB` joins them, `LABEL: text`. */
function abstractOf(abstract: unknown): string {
  return list(node(abstract)?.['AbstractText'])
    .map((part) => {
      const body = markedUp(part);
      const label = attribute(part, 'Label')?.trim();
      return label && body ? `${label}: ${body}` : body;
    })
    .filter((part) => part !== '')
    .join(' ');
}

interface Ids {
  doi?: string;
  arxivId?: string;
}

/**
 * The DOI and arXiv id among `<ArticleId IdType="…">`s (an arXiv DOI names the arXiv paper, so does an `arXiv:` pii;
 * a bare pii of arXiv's shape when `inArxiv`, the record being of the "ArXiv" journal).
 */
function articleIds(idLists: unknown, inArxiv = false): Ids & { pmid?: string } {
  const ids: Ids & { pmid?: string } = {};
  let fromPii: string | undefined;
  for (const id of list(idLists).flatMap((idList) => list(node(idList)?.['ArticleId']))) {
    const type = attribute(id, 'IdType')?.toLowerCase();
    const value = textOf(id);
    if (!value) continue;
    if (type === 'doi' && !ids.doi) ids.doi = recordDoi(value);
    else if (type === 'arxiv' && !ids.arxivId) ids.arxivId = normalizeArxivId(value);
    else if (type === 'pubmed' && !ids.pmid && /^\d+$/.test(value)) ids.pmid = value;
    else if (type === 'pii') fromPii ??= arxivIdOfPii(value, inArxiv);
  }
  ids.arxivId ??= fromPii ?? arxivIdFromDoi(ids.doi);
  if (ids.doi === undefined) delete ids.doi;
  if (ids.arxivId === undefined) delete ids.arxivId;
  return ids;
}

/** The works a reference list names by PMID, DOI or arXiv id (a citation string that names arXiv counts too). */
function referencesOf(referenceLists: unknown): WorkRef[] | undefined {
  const lists: unknown[] = [];
  // Reference lists may nest (a titled list inside the list).
  const walk = (value: unknown) => {
    for (const referenceList of list(value)) {
      lists.push(referenceList);
      walk(node(referenceList)?.['ReferenceList']);
    }
  };
  walk(referenceLists);
  if (lists.length === 0) return undefined;
  const references: WorkRef[] = [];
  for (const reference of lists.flatMap((referenceList) => list(node(referenceList)?.['Reference']))) {
    const ids = articleIds(node(reference)?.['ArticleIdList']);
    // The citation's text is read for what its ids do not give: an arXiv id where it names arXiv, a DOI it writes
    // (`… 34, W369-W373. https://doi.org/10.1093/nar/gkl198`, as publishers deposit many lists without ids).
    const citation = textOf(node(reference)?.['Citation']);
    const arxivId = ids.arxivId ?? (citation && /arxiv/i.test(citation) ? arxivIdInText(markupText(citation)) : undefined);
    const doi = ids.doi ?? (citation && /doi/i.test(citation) ? doiInText(markupText(citation)) : undefined);
    const ref: WorkRef = {};
    if (arxivId) ref.arxivId = arxivId;
    if (doi) ref.doi = doi;
    if (ids.pmid) ref.pmid = ids.pmid;
    if (ref.arxivId || ref.doi || ref.pmid) references.push(ref);
  }
  return references;
}

/** One `<PubmedArticle>` (or bare `<MedlineCitation>`) → a paper, or why not. */
function journalArticle(record: XmlNode, source: SourceRef): PaperRecord | string {
  const citation = node(path(record, 'MedlineCitation')) ?? record;
  const article = node(path(citation, 'Article'));
  const pmid = textOf(citation['PMID']);
  if (!article) return `no <Article> in the citation${pmid ? ` of PMID ${pmid}` : ''}`;
  const title = plainTitle(markedUp(article['ArticleTitle']) || markedUp(article['VernacularTitle']));
  if (!title) return `article has no title (ArticleTitle)${pmid ? `: PMID ${pmid}` : ''}`;
  const { authors, authorIds } = authorsOf(article['AuthorList']);
  const paper: PaperRecord = { title, abstract: abstractOf(article['Abstract']), authors, tags: [], sources: [source] };
  const pubmedData = node(record['PubmedData']);
  const venue = textOf(path(article, 'Journal', 'Title')) ?? textOf(path(citation, 'MedlineJournalInfo', 'MedlineTA'));
  // PubMed indexes arXiv preprints (NIH-funded ones) under the journal "ArXiv", the arXiv id as their pii.
  const inArxiv = /^arxiv$/i.test(venue?.trim() ?? '');
  const ids = articleIds(pubmedData?.['ArticleIdList'], inArxiv);
  const locations = list(article['ELocationID']).filter((location) => attribute(location, 'ValidYN') !== 'N');
  const doi =
    ids.doi ??
    locations
      .filter((location) => attribute(location, 'EIdType') === 'doi')
      .map((location) => recordDoi(textOf(location)))
      .find((found) => found !== undefined);
  const arxivId =
    ids.arxivId ??
    locations
      .filter((location) => attribute(location, 'EIdType') === 'pii')
      .map((location) => arxivIdOfPii(textOf(location) ?? '', inArxiv))
      .find((found) => found !== undefined) ??
    arxivIdFromDoi(doi);
  if (arxivId) paper.arxivId = arxivId;
  const date = articleDate(pubDate(path(article, 'Journal', 'JournalIssue', 'PubDate')), article['ArticleDate']);
  setDate(paper, date);
  if (venue) paper.venue = venue.replace(/\s+/g, ' ');
  setVolume(paper, textOf(path(article, 'Journal', 'JournalIssue', 'Volume')));
  if (doi) paper.doi = doi;
  const id = pmid ?? ids.pmid;
  if (id && /^\d+$/.test(id)) paper.ids = { pmid: id };
  if (authorIds.some((entry) => entry !== undefined)) paper.authorIds = authorIds;
  const references = referencesOf(pubmedData?.['ReferenceList']);
  if (references) paper.references = references;
  return paper;
}

/** One `<PubmedBookArticle>` (a chapter of a book on the NCBI Bookshelf, or the whole book) → a paper, or why not. */
function bookArticle(record: XmlNode, source: SourceRef): PaperRecord | string {
  const document = node(path(record, 'BookDocument'));
  const pmid = textOf(document?.['PMID']);
  if (!document) return 'no <BookDocument> in the book record';
  const book = node(path(document, 'Book'));
  const bookTitle = markedUp(book?.['BookTitle']);
  const title = plainTitle(markedUp(document['ArticleTitle']) || bookTitle);
  if (!title) return `book record has no title (ArticleTitle, BookTitle)${pmid ? `: PMID ${pmid}` : ''}`;
  // The document's own authors; a book's editors are not its chapter's authors.
  const { authors, authorIds } = authorsOf(document['AuthorList'] ?? book?.['AuthorList']);
  const paper: PaperRecord = { title, abstract: abstractOf(document['Abstract']), authors, tags: [], sources: [source] };
  const ids = articleIds([...list(document['ArticleIdList']), ...list(path(record, 'PubmedBookData', 'ArticleIdList'))]);
  if (ids.arxivId) paper.arxivId = ids.arxivId;
  const date = pubDate(book?.['PubDate']) ?? pubDate(document['ContributionDate']);
  setDate(paper, date);
  const publisher = textOf(path(book, 'Publisher', 'PublisherName'));
  const venue = bookTitle && bookTitle !== title ? bookTitle : publisher;
  if (venue) paper.venue = venue;
  if (ids.doi) paper.doi = ids.doi;
  const id = pmid ?? ids.pmid;
  if (id && /^\d+$/.test(id)) paper.ids = { pmid: id };
  if (authorIds.some((entry) => entry !== undefined)) paper.authorIds = authorIds;
  const references = referencesOf(document['ReferenceList']);
  if (references) paper.references = references;
  return paper;
}

export function parsePubmedXml(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  if (!text.trim()) return result;
  const lineAt = lineCounter(text);
  const root = rootElement(text);
  const tags = root ? RECORDS_OF_ROOT[root.name] : undefined;
  if (!root || !tags) {
    result.rejections.push({ file, line: root ? lineAt(root.offset) : 1, message: root ? `not PubMed XML (the root element is <${root.name}>, not <PubmedArticleSet>)` : 'not XML: no root element' });
    return result;
  }
  const chunks = recordChunks(text, tags, root.offset);
  const lines = chunks.map((chunk) => lineAt(chunk.offset));
  let record = 0;
  for (const [at, chunk] of chunks.entries()) {
    const line = lines[at]!;
    if (chunk.tag === 'DeleteCitation') {
      // An update file's list of PMIDs withdrawn from PubMed: not a paper, and not a lost one either.
      result.warnings.push({ file, line, message: 'a <DeleteCitation> list (PMIDs PubMed deleted) is not a paper: skipped' });
      continue;
    }
    const index = record++;
    // Records written one after another on one line (E-utilities' `efetch` without line breaks): there a line names
    // no record, so the record's number does (`pubmed.xml#1`, the second).
    const ownLine = lines[at - 1] !== line && lines[at + 1] !== line;
    const where = (atLine: number): SourceRef => (ownLine ? { file, line: atLine, record: index } : { file, record: index });
    const reject = (message: string, atLine = line) => result.rejections.push({ ...where(atLine), message });
    if (chunk.problem) {
      reject(chunk.problem);
      continue;
    }
    if (chunk.text.length > MAX_RECORD_CHARS) {
      reject(`<${chunk.tag}> of ${chunk.text.length} characters, more than a PubMed record holds (${MAX_RECORD_CHARS}): not read`);
      continue;
    }
    const read = parseChunk(parser, chunk, chunk.tag);
    if ('problem' in read) {
      reject(read.problem, line + read.line - 1);
      continue;
    }
    const parsed = node(read.parsed);
    const source = where(line);
    const paper = chunk.tag === 'PubmedBookArticle' ? bookArticle(parsed ?? {}, source) : journalArticle(parsed ?? {}, source);
    if (typeof paper === 'string') reject(paper);
    else result.records.push(paper);
  }
  if (record === 0 && !chunks.some((chunk) => chunk.tag === 'DeleteCitation')) {
    result.warnings.push({ file, line: lineAt(root.offset), message: `no records: the <${root.name}> holds no <${tags[0]}>` });
  }
  return result;
}

export const pubmedXmlFormat: InputFormat = {
  name: 'pubmed-xml',
  label: 'PubMed XML',
  citationFields: 'ReferenceList',
  extensions: [],
  sniff: sniffPubmedXml,
  parse: parsePubmedXml,
};

/**
 * Crossref's XML (https://www.crossref.org/documentation/schema-library/): what `api.crossref.org/works/{DOI}.xml`
 * and DOI content negotiation answer, the XML query API, and the files publishers deposit. Three envelopes hold the
 * same `<crossref>` metadata:
 *
 * - UNIXREF (`application/vnd.crossref.unixref+xml`): `<doi_records>` of `<doi_record><crossref>…</crossref>`, or
 *   `<crossref><error>…</error></crossref>` for a DOI Crossref does not know;
 * - UNIXSD (`application/vnd.crossref.unixsd+xml`, the query API): `<crossref_result><query_result><body>` of
 *   `<query status="…"><doi type="…">` each holding its `<doi_record>` (none when the query was not resolved);
 * - a deposit (`<doi_batch><head/><body>…</body>`), the records straight in `<body>`.
 *
 * A record is a container with the works in it: a `<journal>` (its `journal_metadata` and `journal_issue`, and one
 * `<journal_article>` a paper), a `<conference>` (`proceedings_metadata`, `conference_paper`s), a `<book>`
 * (`book_metadata`, or `book_series_metadata`/`book_set_metadata`, and `content_item`s: its chapters), a
 * `<report-paper>` and a `<standard>` (their `…_metadata` and `content_item`s), a `<database>` (`database_metadata`,
 * `dataset`s), and the works that stand alone: `<dissertation>`, `<posted_content>` (preprints). Each work is one
 * paper, the container's title its venue; a book, report or standard without parts is itself the paper. A container
 * with no work in it (an issue or a journal's own record, a whole proceedings volume, a book series, a database) and
 * the records that are no papers (`peer_review`, `sa_component`) are rejections naming the record, as is an `<error>`.
 *
 * The file is cut into its records at their tags (`elementChunks`) and each record is checked and parsed alone into
 * an element tree in document order (xml-records.ts: contributors keep their order, persons and organisations mixed),
 * so a malformed record is rejected by its line and the others are kept. Crossref's OAI-PMH records hold the same
 * `<crossref>` (or a UNIXSD `<crossref_result>`): arxiv-oai.ts hands it to `readCrossrefRecord`.
 */
import { dateOfParts } from '../time/dates.ts';
import type { AuthorIds, IngestResult, PaperRecord, SourceRef, WorkRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, bareOrcid, normalizeArxivId } from './ids.ts';
import { markupText } from './markup.ts';
import { nameFromParts } from './names.ts';
import { setDate, setVolume } from './records.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';
import { lineCounter } from './text-lines.ts';
import { plainTitle } from './titles.ts';
import { rootElement } from './xml-chunks.ts';
import { childElements, elementChunks, isElement, localName, parseElement, pathElement, type XmlElement } from './xml-records.ts';

/** A record is some KiB; a deposit's `<journal>` with a whole issue of articles and their references some MiB. */
const MAX_RECORD_CHARS = 16 << 20;

// Crossref mixes namespaces (`jats:abstract`, `fr:program`): elements are found by their names without a prefix.
const elements = (parent: XmlElement | undefined, name?: string): XmlElement[] => childElements(parent, name, true);
const at = (parent: XmlElement | undefined, ...path: string[]): XmlElement | undefined => pathElement(parent, path, true);

function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.attributes[name]?.trim();
  return value ? value : undefined;
}

/** All text in an element, whitespace folded. */
function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const raw = element.children.map((child) => (isElement(child) ? (textOf(child) ?? '') : child)).join('');
  return raw.replace(/\s+/g, ' ').trim() || undefined;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Face markup that belongs to the word before it (`CO<sub>2</sub>`, `r<sup>2</sup>`). */
const ATTACHED = new Set(['sub', 'sup']);

/**
 * An element's content written back as XML, for `markupText` to read its face markup, MathML and JATS in order. A
 * line break before a subscript or superscript is the file's pretty-printing (`CO⏎    <sub>2</sub>`), not a space.
 */
function innerXml(element: XmlElement): string {
  return element.children
    .map((child, index) => {
      if (isElement(child)) return `<${child.name}>${innerXml(child)}</${child.name}>`;
      const next = element.children[index + 1];
      const text = next !== undefined && isElement(next) && ATTACHED.has(localName(next.name)) ? child.replace(/\s*\n\s*$/, '') : child;
      return text.replace(/[&<>]/g, (char) => ESCAPES[char]!);
    })
    .join('');
}

/** The text of an element that may hold markup (`<i>`, `<sup>`, `<scp>`, MathML, `jats:p`). */
function markedUp(element: XmlElement | undefined): string {
  return element ? markupText(innerXml(element)) : '';
}

/** `<titles><title>` with its `<subtitle>` after a colon; else the title in the original language. */
function titleOf(holder: XmlElement | undefined): string | undefined {
  const titles = at(holder, 'titles');
  const title = plainTitle(markedUp(at(titles, 'title')) || markedUp(at(titles, 'original_language_title')));
  if (!title) return undefined;
  const subtitle = plainTitle(markedUp(at(titles, 'subtitle')));
  if (!subtitle || title.includes(subtitle)) return title;
  return /[.:?!]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

/** A `<publication_date>` (or `posted_date`, `approval_date`…) in parts → ISO, as precise as given. */
function partsDate(date: XmlElement): string | undefined {
  return dateOfParts(textOf(at(date, 'year')), textOf(at(date, 'month')), textOf(at(date, 'day')));
}

/**
 * The earliest of the dates, made precise by another that falls within it (an issue's `2017` and the article online
 * on `2017-01-05`): the work's `issued` date as Crossref's REST API gives it, from the print and online dates.
 */
function earliestDate(dates: ReadonlyArray<string | undefined>): string | undefined {
  const known = dates.filter((date): date is string => date !== undefined).sort();
  const earliest = known[0];
  if (!earliest) return undefined;
  return known.filter((date) => date.startsWith(earliest)).sort((a, b) => b.length - a.length)[0];
}

/** The dates a work gives of itself: published (print, online), posted (a preprint), approved (a thesis, a standard). */
const OWN_DATES = ['publication_date', 'posted_date', 'approval_date'];

function ownDates(holder: XmlElement | undefined): Array<string | undefined> {
  const direct = OWN_DATES.flatMap((name) => elements(holder, name));
  // A dataset's dates are in `<database_date>`; its creation date is no publication.
  const database = elements(at(holder, 'database_date'), 'publication_date');
  return [...direct, ...database].map(partsDate);
}

/** A conference's dates: the start of `<conference_date start_year=… start_month=… start_day=…>`, else its text. */
function conferenceDate(conference: XmlElement | undefined): string | undefined {
  const date = at(conference, 'event_metadata', 'conference_date');
  if (!date) return undefined;
  return dateOfParts(attribute(date, 'start_year'), attribute(date, 'start_month'), attribute(date, 'start_day')) ?? /\b(1[5-9]\d\d|20\d\d)\b/.exec(textOf(date) ?? '')?.[1];
}

function doiOf(holder: XmlElement | undefined): string | undefined {
  return recordDoi(textOf(at(holder, 'doi_data', 'doi')));
}

/** The first DOI anywhere in a record that is no paper (an issue's, a series'), to name it by. */
function firstDoi(element: XmlElement): string | undefined {
  return doiOf(element) ?? elements(element).map(firstDoi).find((doi) => doi !== undefined);
}

/** Whether a contributor is an author: `contributor_role="author"`, a `<role type="author">` (schema 5.4), or no role given. */
function isAuthor(contributor: XmlElement): boolean {
  const role = attribute(contributor, 'contributor_role') ?? attribute(at(contributor, 'role'), 'type');
  if (role === undefined) return true;
  return role.toLowerCase() === 'author' || elements(contributor, 'role').some((element) => attribute(element, 'type')?.toLowerCase() === 'author');
}

/**
 * The authors, in order: `<person_name>` as given name, surname and suffix, with its ORCID. Organisations (`F36
 * Committee`, a consortium) are the authors only when no person is: the paper is theirs, and otherwise it would have
 * none (as PubMed's collective names). Editors, chairs, translators and reviewers are not authors.
 */
function authorsOf(work: XmlElement): { authors: string[]; authorIds: Array<AuthorIds | undefined> } {
  // A dissertation names its author straight in the work, without `<contributors>`.
  const holder = at(work, 'contributors') ?? work;
  const contributors = elements(holder).filter((element) => ['person_name', 'organization'].includes(localName(element.name)) && isAuthor(element));
  let people = contributors.filter((element) => localName(element.name) === 'person_name');
  // `sequence="first"` marks the first author; a list that names one but puts it later is put right (as crossref.ts).
  const first = people.filter((person) => attribute(person, 'sequence') === 'first');
  if (first.length === 1) people = [first[0]!, ...people.filter((person) => person !== first[0])];
  const authors: string[] = [];
  const authorIds: Array<AuthorIds | undefined> = [];
  for (const person of people) {
    const name = nameFromParts({ given: textOf(at(person, 'given_name')), family: textOf(at(person, 'surname')), suffixes: [textOf(at(person, 'suffix'))] });
    if (!name) continue;
    authors.push(name);
    const orcid = bareOrcid(textOf(at(person, 'ORCID')));
    authorIds.push(orcid ? { orcid } : undefined);
  }
  if (authors.length > 0) return { authors, authorIds };
  const organisations = contributors
    .filter((element) => localName(element.name) === 'organization')
    .map(textOf)
    .filter((name): name is string => name !== undefined);
  return { authors: organisations, authorIds: [] };
}

/** The abstract: the first `<jats:abstract>` without an `abstract-type` (eLife's digest is one), else the first; a dataset's `<description>`. */
function abstractOf(work: XmlElement): string {
  const abstracts = elements(work, 'abstract');
  const chosen = abstracts.find((abstract) => attribute(abstract, 'abstract-type') === undefined) ?? abstracts[0];
  return chosen ? markedUp(chosen) : markedUp(at(work, 'description'));
}

/** The arXiv id of the preprint the work says it has: `<rel:intra_work_relation relationship-type="hasPreprint">`. */
function preprintArxivId(work: XmlElement): string | undefined {
  const relations = elements(work, 'program').flatMap((program) => elements(program, 'related_item').flatMap((item) => elements(item, 'intra_work_relation')));
  for (const relation of relations) {
    if (attribute(relation, 'relationship-type') !== 'hasPreprint') continue;
    const id = textOf(relation);
    const type = attribute(relation, 'identifier-type')?.toLowerCase();
    const found = !id ? undefined : type === 'arxiv' ? normalizeArxivId(id) : type === 'doi' ? arxivIdFromDoi(recordDoi(id)) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The works `<citation_list>` names, as crossref.ts reads the REST API's `reference`: by DOI, an arXiv id in its text, else its `article_title`. */
function referencesOf(work: XmlElement): WorkRef[] | undefined {
  const citationList = at(work, 'citation_list');
  if (!citationList) return undefined;
  const references: WorkRef[] = [];
  for (const citation of elements(citationList, 'citation')) {
    const ref: WorkRef = {};
    const doi = recordDoi(textOf(at(citation, 'doi')));
    const arxivId = arxivIdFromDoi(doi) ?? arxivIdInText(markedUp(at(citation, 'unstructured_citation'))) ?? arxivIdInText(textOf(at(citation, 'journal_title')));
    if (arxivId) ref.arxivId = arxivId;
    if (doi) ref.doi = doi;
    const title = markedUp(at(citation, 'article_title'));
    if (title) ref.title = title;
    if (ref.arxivId || ref.doi || ref.title) references.push(ref);
  }
  return references;
}

/**
 * Where a work sits: its container's title and volume (a journal issue's, a book's or proceedings' in a series), and
 * the container's dates for a work that gives none of its own.
 */
interface WorkContext {
  venue?: string | undefined;
  volume?: string | undefined;
  dates: ReadonlyArray<string | undefined>;
}

/** One work → a paper. A work without a title is kept by its DOI, for another input to name (as crossref.ts). */
function paperOfWork(work: XmlElement, context: WorkContext): PaperRecord | string {
  const doi = doiOf(work);
  // A title that is only the work's DOI (Crossref's "Deleted DOIs" database titles its records so) names nothing.
  const written = titleOf(work) ?? '';
  const title = doi !== undefined && recordDoi(written) === doi ? '' : written;
  if (!title && !doi) return `<${localName(work.name)}> has no title (<titles><title>) and no DOI another input could name it by`;
  const { authors, authorIds } = authorsOf(work);
  // The source is set when the work is placed in the file (parseCrossrefXml).
  const paper: PaperRecord = { title, abstract: abstractOf(work), authors, tags: [], sources: [] };
  const arxivId = arxivIdFromDoi(doi) ?? preprintArxivId(work);
  if (arxivId) paper.arxivId = arxivId;
  setDate(paper, earliestDate(ownDates(work)) ?? earliestDate(context.dates));
  if (context.venue) paper.venue = context.venue;
  setVolume(paper, context.volume);
  if (doi) paper.doi = doi;
  if (authorIds.some((entry) => entry !== undefined)) paper.authorIds = authorIds;
  const references = referencesOf(work);
  if (references) paper.references = references;
  return paper;
}

/** The institution a thesis, preprint or report names (`bioRxiv`, the university): its venue, as crossref.ts reads `institution`. */
function institutionOf(holder: XmlElement | undefined): string | undefined {
  return textOf(at(holder, 'institution', 'institution_name'));
}

/** A series' title: `<series_metadata><titles>` (books, reports), `<set_metadata><titles>` (a set of books). */
function seriesTitle(metadata: XmlElement | undefined): string | undefined {
  return titleOf(at(metadata, 'series_metadata')) ?? titleOf(at(metadata, 'set_metadata'));
}

/** A kind of Crossref record: the container element and the works it holds. */
interface RecordKind {
  /** The elements inside that are works, one paper each (`journal_article`). */
  readonly works?: readonly string[];
  /** The container's own metadata, the first of these present; without names, the container element itself is it. */
  readonly metadata?: readonly string[];
  /** Its works' venue. */
  venue?(container: XmlElement, metadata: XmlElement | undefined): string | undefined;
  /** The volume it is (or is in), for its works and for itself when it is the paper. */
  volume?(container: XmlElement, metadata: XmlElement | undefined): string | undefined;
  /** The dates of the container, for a work that has none of its own. */
  dates?(container: XmlElement, metadata: XmlElement | undefined): Array<string | undefined>;
  /**
   * When it holds no works: what it is, when that is no paper (`{notPaper: 'a journal issue'}`), else the venue of the
   * paper its metadata then is itself (a book without chapters: its series).
   */
  alone(container: XmlElement, metadata: XmlElement | undefined): { notPaper: string } | { venue: string | undefined };
}

const NOT_A_PAPER = (notPaper: string) => () => ({ notPaper });

/** The `<volume>` of a book's, proceedings' or report's metadata: its number in a series or set. */
const metadataVolume = (_container: XmlElement, metadata: XmlElement | undefined) => textOf(at(metadata, 'volume'));

/** The records Crossref's schema has, by their element (deposits add `sa_component` and `peer_review` beside them). */
const RECORD_KINDS: Readonly<Record<string, RecordKind>> = {
  journal: {
    works: ['journal_article'],
    metadata: ['journal_metadata'],
    venue: (_journal, metadata) => textOf(at(metadata, 'full_title')) ?? textOf(at(metadata, 'abbrev_title')),
    dates: (journal) => elements(at(journal, 'journal_issue'), 'publication_date').map(partsDate),
    volume: (journal) => textOf(at(journal, 'journal_issue', 'journal_volume', 'volume')),
    alone: (journal) => ({ notPaper: at(journal, 'journal_issue') ? 'a journal issue' : 'a journal' }),
  },
  conference: {
    works: ['conference_paper'],
    metadata: ['proceedings_metadata', 'proceedings_series_metadata'],
    venue: (conference, metadata) => markedUp(at(metadata, 'proceedings_title')) || textOf(at(conference, 'event_metadata', 'conference_name')),
    dates: (conference, metadata) => [...ownDates(metadata), conferenceDate(conference)],
    volume: metadataVolume,
    alone: NOT_A_PAPER('a whole proceedings volume'),
  },
  book: {
    works: ['content_item'],
    metadata: ['book_metadata', 'book_series_metadata', 'book_set_metadata'],
    venue: (_book, metadata) => titleOf(metadata),
    dates: (_book, metadata) => ownDates(metadata),
    volume: metadataVolume,
    // A series' (or set's) own record has no title of its own beside the series'.
    alone: (_book, metadata) => (titleOf(metadata) ? { venue: seriesTitle(metadata) } : { notPaper: at(metadata, 'set_metadata') ? 'a set of books' : 'a book series' }),
  },
  'report-paper': {
    works: ['content_item'],
    metadata: ['report-paper_metadata', 'report-paper_series_metadata'],
    venue: (_report, metadata) => titleOf(metadata),
    dates: (_report, metadata) => ownDates(metadata),
    volume: metadataVolume,
    alone: (_report, metadata) => (titleOf(metadata) ? { venue: seriesTitle(metadata) ?? institutionOf(metadata) } : { notPaper: 'a report series' }),
  },
  standard: {
    works: ['content_item'],
    metadata: ['standard_metadata'],
    venue: (_standard, metadata) => titleOf(metadata),
    dates: (_standard, metadata) => ownDates(metadata),
    alone: (_standard, metadata) => ({ venue: institutionOf(metadata) }),
  },
  database: {
    works: ['dataset'],
    metadata: ['database_metadata'],
    venue: (_database, metadata) => titleOf(metadata),
    dates: (_database, metadata) => ownDates(metadata),
    alone: NOT_A_PAPER('a database (a collection of datasets)'),
  },
  dissertation: { alone: (dissertation) => ({ venue: institutionOf(dissertation) }) },
  posted_content: { alone: (posted) => ({ venue: institutionOf(posted) }) },
  peer_review: { alone: NOT_A_PAPER('a peer review of another work (a referee report, a decision letter, an author response)') },
  sa_component: { alone: NOT_A_PAPER('a component of another work (a figure, a table)') },
  component_list: { alone: NOT_A_PAPER('a list of components of another work (figures, tables)') },
};

/** A work found in a record (its source set once placed), or why a record (or a part of it) is not one; `tag`/`index` place it in the record's text. */
type Found = ({ paper: PaperRecord } | { rejected: string }) & { tag?: string; index?: number };

function found(paper: PaperRecord | string, place: { tag?: string; index?: number } = {}): Found {
  return typeof paper === 'string' ? { rejected: paper, ...place } : { paper, ...place };
}

/** A container record (`<journal>`, `<book>`…) → its works, or why it holds none. */
function worksOfContainer(container: XmlElement): Found[] {
  const name = localName(container.name);
  const kind = Object.hasOwn(RECORD_KINDS, name) ? RECORD_KINDS[name] : undefined;
  if (!kind) {
    const doi = firstDoi(container);
    return [{ rejected: `a Crossref <${name}> record${doi ? ` (DOI ${doi})` : ''} is not read (the records read: <${Object.keys(RECORD_KINDS).join('>, <')}>)` }];
  }
  const metadata = kind.metadata ? kind.metadata.map((metadataName) => at(container, metadataName)).find((element) => element !== undefined) : container;
  const works = (kind.works ?? []).flatMap((tag) => elements(container, tag).map((element, index) => ({ element, tag, index })));
  if (works.length === 0) {
    const alone = kind.alone(container, metadata);
    if ('notPaper' in alone) {
      const doi = firstDoi(container);
      const held = kind.works ? ` with no <${kind.works.join('>, <')}>` : '';
      return [{ rejected: `a Crossref <${name}> record${held}${doi ? ` (DOI ${doi})` : ''} is ${alone.notPaper}, not a paper` }];
    }
    return [found(paperOfWork(metadata ?? container, { venue: alone.venue, volume: kind.volume?.(container, metadata), dates: [] }))];
  }
  const context: WorkContext = { venue: kind.venue?.(container, metadata), volume: kind.volume?.(container, metadata), dates: kind.dates?.(container, metadata) ?? [] };
  return works.map(({ element, tag, index }) => found(paperOfWork(element, context), { tag, index }));
}

/** A `<crossref>` element: its record, or Crossref's `<error>` for a DOI it does not know. */
function worksOfCrossref(crossref: XmlElement): Found[] {
  const error = at(crossref, 'error');
  if (error) return [{ rejected: `Crossref answered an error instead of a record: "${textOf(error) ?? ''}"` }];
  const records = elements(crossref);
  if (records.length === 0) return [{ rejected: 'the <crossref> element holds no record' }];
  return records.flatMap(worksOfContainer);
}

/** A `<doi_record>` (UNIXREF): its `<crossref>`. */
function worksOfDoiRecord(record: XmlElement): Found[] {
  const crossref = at(record, 'crossref');
  return crossref ? worksOfCrossref(crossref) : [{ rejected: 'the <doi_record> holds no <crossref> element' }];
}

/** A `<query>` (or `<crossref_metadata>`) of a UNIXSD answer: its `<doi_record>`, or why Crossref answered none (`status="unresolved"`, `malformed`). */
function worksOfQuery(query: XmlElement): Found[] {
  const record = at(query, 'doi_record');
  if (record) return worksOfDoiRecord(record);
  const asked = textOf(at(query, 'doi')) ?? attribute(query, 'key');
  const said = textOf(at(query, 'msg'));
  return [{ rejected: `query${asked ? ` for ${asked}` : ''}: Crossref answered no record (status "${attribute(query, 'status') ?? 'none'}")${said ? `: ${said}` : ''}` }];
}

interface Envelope {
  /** Whether an element is one of its records (the root is depth 0). */
  isRecord(name: string, depth: number, ancestors: readonly string[]): boolean;
  read(record: XmlElement): Found[];
  /** What a record is, for the warning on an envelope with none. */
  readonly records: string;
}

/** The records of each envelope, by its root element, and how one of them is read. */
const ENVELOPES: Readonly<Record<string, Envelope>> = {
  doi_records: { isRecord: (_name, depth) => depth === 1, read: worksOfDoiRecord, records: '<doi_record>' },
  // A query's answer is a `<query>`; Crossref's OAI-PMH `cr_unixsd` records call it `<crossref_metadata>`.
  crossref_result: {
    isRecord: (name, _depth, ancestors) => ['query', 'crossref_metadata'].includes(localName(name)) && localName(ancestors[ancestors.length - 1] ?? '') === 'body',
    read: worksOfQuery,
    records: '<query> in <query_result><body>',
  },
  // Every element of the body is a record: one of a kind not read is rejected by name, not lost.
  doi_batch: { isRecord: (_name, depth, ancestors) => depth === 2 && localName(ancestors[1]!) === 'body', read: worksOfContainer, records: 'record in <body>' },
  // One record saved on its own.
  doi_record: { isRecord: (_name, depth) => depth === 0, read: worksOfDoiRecord, records: 'record' },
  crossref: { isRecord: (_name, depth) => depth === 0, read: worksOfCrossref, records: 'record' },
};

function envelopeOf(root: string): string | undefined {
  const name = localName(root);
  return Object.hasOwn(ENVELOPES, name) ? name : undefined;
}

function sniffCrossrefXml(head: string): number {
  const body = head.trimStart();
  if (!body.startsWith('<')) return 0;
  const root = rootElement(body);
  return root && envelopeOf(root.name) ? 1 : 0;
}

/** Where the `index`-th `<tag>` of a record starts in its text, to give a work in a container its own line. */
function tagOffset(text: string, tag: string, index: number): number | undefined {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${tag}(?=[\\s>/])`, 'g');
  let match: RegExpExecArray | null = null;
  for (let seen = 0; seen <= index; seen++) {
    match = pattern.exec(text);
    if (!match) return undefined;
  }
  return match?.index;
}

/** Places the works read from a record's text: each at the line of its own start tag (`line` the record's first). */
function placeFound(items: readonly Found[], text: string, at: (offset: number) => number, line: number, source: () => SourceRef, result: IngestResult): void {
  for (const item of items) {
    // A work in a container (an article in a deposit's `<journal>`) has the line of its own start tag.
    const offset = item.tag !== undefined && item.index !== undefined ? tagOffset(text, item.tag, item.index) : undefined;
    const placed: SourceRef = { ...source(), line: offset === undefined ? line : at(offset) };
    if ('paper' in item) {
      item.paper.sources = [placed];
      result.records.push(item.paper);
    } else {
      result.rejections.push({ ...placed, message: item.rejected });
    }
  }
}

/** Whether an element is one of Crossref's XML documents (`<doi_records>`, `<crossref_result>`, `<doi_batch>`, `<doi_record>`, `<crossref>`). */
export function isCrossrefXmlRoot(name: string): boolean {
  return envelopeOf(name) !== undefined;
}

/**
 * Crossref XML inside another format's record (an OAI-PMH `<record>`'s metadata: `<crossref>` for
 * `metadataPrefix=cr_unixml`, `<crossref_result>` for `cr_unixsd`): its papers and rejections, placed from `line`, the
 * line its text starts on, all under that record's `record` index.
 */
export function readCrossrefRecord(text: string, file: string, line: number, record: number): IngestResult {
  const inner = parseCrossrefXml(text, file);
  const place = <T extends SourceRef>(issue: T): T => ({ ...issue, line: line + (issue.line ?? 1) - 1, record });
  for (const paper of inner.records) paper.sources = paper.sources.map(place);
  return { records: inner.records, rejections: inner.rejections.map(place), warnings: inner.warnings.map(place) };
}

export function parseCrossrefXml(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  if (!text.trim()) return result;
  const lineAt = lineCounter(text);
  const root = rootElement(text);
  const envelopeName = root ? envelopeOf(root.name) : undefined;
  if (!root || !envelopeName) {
    result.rejections.push({ file, line: root ? lineAt(root.offset) : 1, message: root ? `not Crossref XML (the root element is <${root.name}>, not <doi_records>, <crossref_result> or <doi_batch>)` : 'not XML: no root element' });
    return result;
  }
  if (root.doctype !== undefined) {
    result.rejections.push({ file, line: lineAt(root.doctype), message: 'XML with a DOCTYPE is not read (its entities could expand without bound); Crossref XML has none' });
    return result;
  }
  const envelope = ENVELOPES[envelopeName]!;
  const chunks = elementChunks(text, envelope.isRecord);
  let record = 0;
  for (const chunk of chunks) {
    const line = lineAt(chunk.offset);
    if (chunk.problem || chunk.text.length > MAX_RECORD_CHARS) {
      const problem = chunk.problem ?? `<${chunk.name}> of ${chunk.text.length} characters, more than a Crossref record holds (${MAX_RECORD_CHARS}): not read`;
      result.rejections.push({ file, line, record: record++, message: problem });
      continue;
    }
    const element = parseElement(chunk.text);
    if ('message' in element) {
      result.rejections.push({ file, line: line + element.line - 1, record: record++, message: element.message });
      continue;
    }
    placeFound(envelope.read(element), chunk.text, (offset) => lineAt(chunk.offset + offset), line, () => ({ file, line, record: record++ }), result);
  }
  if (chunks.length === 0) result.warnings.push({ file, line: lineAt(root.offset), message: `no records: the <${root.name}> holds no ${envelope.records}` });
  return result;
}

export const crossrefXmlFormat: InputFormat = {
  name: 'crossref-xml',
  label: 'Crossref XML (UNIXREF, UNIXSD, deposits)',
  citationFields: 'citation_list',
  extensions: [],
  sniff: sniffCrossrefXml,
  parse: parseCrossrefXml,
};

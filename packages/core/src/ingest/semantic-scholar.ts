/**
 * Semantic Scholar Graph API paper objects (https://api.semanticscholar.org/api-docs/graph): a single paper, a
 * `/paper/batch` array (with `null` for each id it did not find), `{data: […]}` pages (search results, and the
 * `/references` and `/citations` pages whose items wrap the paper as `citedPaper`/`citingPaper`), and the datasets'
 * JSON Lines (the `papers` dataset writes the same fields in lower case: `corpusid`, `externalids`,
 * `publicationdate`; an `s2orc` line gives its title, abstract and authors as annotated spans of its full text). A paper gives `paperId`, `externalIds` (ArXiv, DOI, CorpusId, PubMed), authors with their
 * `authorId`, `year`, `publicationDate`, `venue`, `journal.volume`, `abstract`, and its `references` and `citations` as paper objects
 * with their own ids. The Open Research Corpus of 2019–2021 (`s2-corpus-000.gz`…, one paper a line) names the same
 * things otherwise: `id` and `s2Url`, `paperAbstract`, `journalName`, `journalVolume`, top-level `doi` and `pmid`, authors' `ids`, and
 * `outCitations`/`inCitations` as lists of paperIds.
 */
import { parseDate } from '../time/dates.ts';
import type { AuthorIds, PaperRecord, SourceRef, WorkIds, WorkRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, bareOrcid, normalizeArxivId, normalizeDoi, s2PaperId } from './ids.ts';
import { asArray, asObject, DIALECT_CONFIDENCE, dialectFormat, text, type DialectItem, type JsonDialect, type JsonObject } from './json-records.ts';
import { decodeCharacterReferences } from './markup.ts';
import { naturalName } from './names.ts';
import { setVolume } from './records.ts';

/** An id given as a string or a number (CorpusId is either). */
function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return text(value);
}

/** The paper a list item is: itself, or the `citedPaper`/`citingPaper` a references or citations page wraps it in. */
function unwrap(item: unknown): unknown {
  const object = asObject(item);
  if (!object) return item;
  if ('citedPaper' in object) return object['citedPaper'];
  if ('citingPaper' in object) return object['citingPaper'];
  return item;
}

interface PaperIds {
  s2?: string;
  corpusId?: string;
  doi?: string;
  arxivId?: string;
  pmid?: string;
}

function paperIds(paper: JsonObject): PaperIds {
  const external = asObject(paper['externalIds']) ?? asObject(paper['externalids']) ?? {};
  const ids: PaperIds = {};
  const s2 = s2PaperId(paper['paperId']) ?? s2PaperId(paper['url']) ?? s2PaperId(paper['s2Url']);
  const corpusId = idText(external['CorpusId']) ?? idText(paper['corpusId']) ?? idText(paper['corpusid']);
  // The `s2orc` dataset writes the external id names in lower case (`doi`, `arxiv`, `pubmed`).
  // The Open Research Corpus writes `doi` and `pmid` on the paper (empty strings when it has none).
  const doi = normalizeDoi(external['DOI'] ?? external['doi'] ?? text(paper['doi']));
  const arxiv = text(external['ArXiv'] ?? external['arxiv']);
  const arxivId = (arxiv ? normalizeArxivId(arxiv) : undefined) ?? arxivIdFromDoi(doi);
  const pmid = idText(external['PubMed'] ?? external['pubmed']) ?? text(paper['pmid']);
  if (s2) ids.s2 = s2;
  if (corpusId) ids.corpusId = corpusId;
  if (doi) ids.doi = doi;
  if (arxivId) ids.arxivId = arxivId;
  if (pmid) ids.pmid = pmid;
  return ids;
}

/** A paper of a `references` or `citations` list as a reference: its ids and title. */
function workRef(item: unknown): WorkRef | undefined {
  const paper = asObject(unwrap(item));
  if (!paper) return undefined;
  const ids = paperIds(paper);
  const ref: WorkRef = {};
  if (ids.arxivId) ref.arxivId = ids.arxivId;
  if (ids.doi) ref.doi = ids.doi;
  if (ids.s2) ref.s2 = ids.s2;
  const title = text(paper['title']);
  if (title) ref.title = title;
  return Object.keys(ref).length > 0 ? ref : undefined;
}

function workRefs(value: unknown): WorkRef[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map(workRef).filter((ref): ref is WorkRef => ref !== undefined);
}

/** The Open Research Corpus's `outCitations`/`inCitations`: bare paperIds. */
function paperIdRefs(value: unknown): WorkRef[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((id) => {
    const s2 = s2PaperId(id);
    return s2 ? [{ s2 }] : [];
  });
}

function authorsOf(paper: JsonObject): { authors: string[]; authorIds: Array<AuthorIds | undefined> } {
  const authors: string[] = [];
  const authorIds: Array<AuthorIds | undefined> = [];
  for (const item of asArray(paper['authors'])) {
    const author = asObject(item);
    const given = typeof item === 'string' ? item : author?.['name'];
    const name = text(given);
    if (!name) continue;
    authors.push(naturalName(name));
    const ids: AuthorIds = {};
    const s2 = idText(author?.['authorId']) ?? idText(asArray(author?.['ids'])[0]);
    const orcid = bareOrcid(asObject(author?.['externalIds'])?.['ORCID']);
    if (orcid) ids.orcid = orcid;
    if (s2) ids.s2 = s2;
    authorIds.push(orcid || s2 ? ids : undefined);
  }
  return { authors, authorIds };
}

function venueOf(paper: JsonObject): string | undefined {
  return text(paper['venue']) ?? text(asObject(paper['publicationVenue'])?.['name']) ?? text(asObject(paper['journal'])?.['name']) ?? text(paper['journalName']);
}

interface Span {
  start: number;
  end: number;
}

/** The spans of one S2ORC annotation (a JSON string of `[{start, end, attributes?}]` into the text), each once, in text order. */
function annotationSpans(annotations: JsonObject, name: string): Span[] {
  const value = annotations[name];
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  const spans = new Map<string, Span>();
  for (const item of asArray(parsed)) {
    const span = asObject(item);
    const start = span?.['start'];
    const end = span?.['end'];
    if (typeof start === 'number' && typeof end === 'number' && end > start) spans.set(`${start}:${end}`, { start, end });
  }
  return [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** GROBID reads a letter-spaced banner before some titles (BMC's `P R O C E E D I N G S Open Access`). */
const SPACED_BANNER = /^(?:\p{Lu} ){3,}\p{Lu}\s+(?:Open Access\s+)?/u;

interface S2orcHeader {
  title?: string;
  abstract?: string;
  authors: string[];
}

/**
 * What an S2ORC line (`s2orc` dataset: the paper's full text as GROBID read it, with annotations) says of the paper:
 * the first `title` span, the `abstract` spans, and each `author` span's `authorfirstname` and `authorlastname` spans
 * (the author span itself may run on into the affiliation). GROBID repeats the header: every span is taken once.
 */
function s2orcHeader(paper: JsonObject): S2orcHeader {
  const content = asObject(paper['content']);
  const annotations = asObject(content?.['annotations']);
  const body = content?.['text'];
  if (!annotations || typeof body !== 'string') return { authors: [] };
  const slice = (span: Span) => text(body.slice(span.start, span.end)) ?? '';
  const titleSpan = annotationSpans(annotations, 'title')[0];
  const title = titleSpan ? slice(titleSpan).replace(SPACED_BANNER, '') : '';
  const abstract = [...new Set(annotationSpans(annotations, 'abstract').map(slice))].filter(Boolean).join(' ');
  const first = annotationSpans(annotations, 'authorfirstname');
  const last = annotationSpans(annotations, 'authorlastname');
  const inside = (spans: Span[], author: Span) => spans.filter((span) => span.start >= author.start && span.end <= author.end).map(slice);
  const authors: string[] = [];
  for (const author of annotationSpans(annotations, 'author')) {
    // GROBID keeps the escaped `&amp;` of "A, B & C" as a first name of C.
    const name = decodeCharacterReferences([...inside(first, author), ...inside(last, author)].join(' ')).replace(/^(?:&|and)\s+/i, '').trim();
    if (name && !authors.includes(name)) authors.push(name);
  }
  const found: S2orcHeader = { authors };
  if (title) found.title = title;
  if (abstract) found.abstract = abstract;
  return found;
}

/**
 * An author object (`/author/{id}`, `/author/search`, `/author/batch`, `/paper/{id}/authors`, a line of the `authors`
 * dataset, which writes `authorid`): an author id, no `paperId`, no title.
 */
function isAuthor(object: JsonObject): boolean {
  return ('authorId' in object || 'authorid' in object) && !('paperId' in object) && !('title' in object);
}

/**
 * Why a line of one of the Semantic Scholar datasets that hold no papers (`publication-venues`, `citations`, `tldrs`,
 * `paper-ids`; https://api.semanticscholar.org/api-docs/datasets) is not a paper; undefined for anything else.
 */
function otherDatasetRow(object: JsonObject): string | undefined {
  if ('title' in object || 'paperId' in object) return undefined;
  const corpusId = idText(object['corpusid']);
  if ('citingcorpusid' in object) {
    const citing = idText(object['citingcorpusid']) ?? '?';
    const cited = idText(object['citedcorpusid']);
    return `a citation of the Semantic Scholar citations dataset (CorpusId ${citing} cites ${cited ? `CorpusId ${cited}` : 'a paper it could not match'}), not a paper`;
  }
  if ('alternate_issns' in object || 'alternate_names' in object) {
    const name = text(object['name']);
    return `a publication venue of the Semantic Scholar publication-venues dataset${name ? ` ("${name}")` : ''}, not a paper`;
  }
  const model = text(object['model']);
  if (corpusId && model?.startsWith('tldr')) return `a TLDR of the Semantic Scholar tldrs dataset (a one-sentence summary of CorpusId ${corpusId}), not a paper`;
  if (corpusId && typeof object['sha'] === 'string' && 'primary' in object) return `a line of the Semantic Scholar paper-ids dataset (PDF ${object['sha']} → CorpusId ${corpusId}), not a paper`;
  return undefined;
}

/**
 * Why an answer of the Semantic Scholar Datasets API (https://api.semanticscholar.org/api-docs/datasets) is not
 * papers — a release's list of datasets, a dataset's download links, the diffs between two releases — and what to do
 * instead; undefined for anything else. (Its `name` and `description` would pass for a paper's title and abstract.)
 */
function datasetsApiAnswer(object: JsonObject): string | undefined {
  if ('title' in object || 'paperId' in object) return undefined;
  const release = idText(object['release_id']);
  if (release && Array.isArray(object['datasets'])) {
    return `a Semantic Scholar Datasets API answer (release ${release}: the ${object['datasets'].length} datasets it holds, described), not papers: download a dataset's files (/release/${release}/dataset/{name}) and read them`;
  }
  const name = text(object['name']);
  if (name && typeof object['README'] === 'string' && Array.isArray(object['files'])) {
    return `a Semantic Scholar Datasets API answer (the download links of the "${name}" dataset, ${object['files'].length} files), not papers: download the files it lists and read them`;
  }
  const dataset = text(object['dataset']);
  if (dataset && 'start_release' in object && Array.isArray(object['diffs'])) {
    return `a Semantic Scholar Datasets API answer (the diffs of the "${dataset}" dataset from ${text(object['start_release']) ?? '?'} to ${text(object['end_release']) ?? '?'}), not papers: download the update files it lists and read them`;
  }
  return undefined;
}

/** One Semantic Scholar paper → a paper record. A paper without a title is kept by its ids, for another input to name. */
export function semanticScholarPaper(item: unknown, source: SourceRef): DialectItem {
  const value = unwrap(item);
  if (value === null) return { warning: 'null: Semantic Scholar found no paper for the id asked at this position' };
  const paper = asObject(value);
  if (!paper) return { rejected: `not a Semantic Scholar paper (${Array.isArray(value) ? 'an array' : typeof value})` };
  const other = otherDatasetRow(paper) ?? datasetsApiAnswer(paper);
  if (other) return { rejected: other };
  if (isAuthor(paper)) {
    const name = text(paper['name']);
    const id = idText(paper['authorId']) ?? idText(paper['authorid']);
    return { rejected: `a Semantic Scholar author${name ? ` ("${name}"` : ' ('}${id ? `${name ? ', ' : ''}authorId ${id})` : ')'}, not a paper: ask /author/${id ?? '{id}'}/papers (or fields=papers) for their papers` };
  }
  const ids = paperIds(paper);
  const header = s2orcHeader(paper);
  const title = text(paper['title']) ?? header.title ?? '';
  if (!title && !ids.s2 && !ids.corpusId && !ids.doi && !ids.arxivId) {
    return { rejected: 'paper has no "title" (and no id another input could name it by)' };
  }
  const listed = authorsOf(paper);
  const { authors, authorIds } = listed.authors.length > 0 ? listed : { authors: header.authors, authorIds: [] };
  const abstract = text(paper['abstract']) ?? text(paper['paperAbstract']) ?? header.abstract ?? '';
  const record: PaperRecord = { title, abstract, authors, tags: [], sources: [source] };
  const date = parseDate(paper['publicationDate'] ?? paper['publicationdate']);
  const year = paper['year'];
  if (typeof year === 'number' && Number.isInteger(year)) record.year = year;
  else if (date) record.year = Number(date.slice(0, 4));
  if (ids.arxivId) record.arxivId = ids.arxivId;
  const venue = venueOf(paper);
  if (venue) record.venue = venue;
  if (date) record.date = date;
  // The Graph API's and the dataset's `journal.volume`; the Open Research Corpus's `journalVolume`.
  setVolume(record, text(asObject(paper['journal'])?.['volume']) ?? text(paper['journalVolume']));
  if (ids.doi) record.doi = ids.doi;
  const workIds: WorkIds = {};
  if (ids.s2) workIds.s2 = ids.s2;
  if (ids.corpusId) workIds.corpusId = ids.corpusId;
  if (ids.pmid) workIds.pmid = ids.pmid;
  if (Object.keys(workIds).length > 0) record.ids = workIds;
  if (authorIds.some((entry) => entry !== undefined)) record.authorIds = authorIds;
  const references = workRefs(paper['references']) ?? paperIdRefs(paper['outCitations']);
  if (references) record.references = references;
  const citedBy = workRefs(paper['citations']) ?? paperIdRefs(paper['inCitations']);
  if (citedBy) record.citedBy = citedBy;
  return record;
}

/** List fields of the API's pages: `data` (search, bulk search, references, citations, author papers), `recommendedPapers`. */
const LIST_FIELDS = ['data', 'recommendedPapers'];

/** An author given with `fields=papers` stands for their papers (which name no author when `papers.authors` was not asked). */
function authorPapers(item: unknown): unknown[] {
  const object = asObject(item);
  return object && isAuthor(object) && Array.isArray(object['papers']) ? object['papers'] : [item];
}

const semanticScholarDialect: JsonDialect = {
  items(value) {
    if (Array.isArray(value)) return value.flatMap(authorPapers);
    const object = asObject(value);
    const field = object ? LIST_FIELDS.find((name) => Array.isArray(object[name])) : undefined;
    if (object && field) {
      const list = (object[field] as unknown[]).flatMap(authorPapers);
      return list.length > 0 ? list : { empty: `the page's "${field}" list is empty` };
    }
    if (object && isAuthor(object) && Array.isArray(object['papers'])) {
      const papers = object['papers'] as unknown[];
      return papers.length > 0 ? papers : { empty: `the author's "papers" list is empty` };
    }
    return [value];
  },
  record: semanticScholarPaper,
  paging(value, items) {
    const page = asObject(value);
    const total = page?.['total'];
    if (!page || typeof total !== 'number' || total <= items) return undefined;
    // Bulk search pages by `token`, the others by `next` (an offset); neither is there on the last page.
    const token = text(page['token']);
    const next = page['next'];
    const ask = token ? `token=${token}` : typeof next === 'number' ? `offset=${next}` : undefined;
    return ask ? `the page holds ${items} of the search's ${total} results (ask again with ${ask} for more)` : undefined;
  },
};

// A paperId (40 hex characters), an Open Research Corpus line's `s2Url`, an authorId (digits, as a string), a dataset line's `corpusid` beside `externalids`,
// or the field names of the datasets without papers (`authors`' `authorid` with its counts, `citations`'
// `citingcorpusid`, `publication-venues`' `alternate_issns`, `tldrs`' model, `paper-ids`' `sha`): nothing else reads
// like this.
const PAPER_ID = /"paperId"\s*:\s*"[0-9a-f]{40}"|"authorId"\s*:\s*"\d+"/;
const DATASET_CORPUS_ID = /"corpusid"\s*:\s*"?\d+"?\s*,/;
const DATASET_EXTERNAL_IDS = /"externalids"\s*:/;
const DATASET_AUTHOR = /"authorid"\s*:\s*"\d+"[^\n]*"papercount"\s*:/;
/** A line of the Open Research Corpus (2019–2021): its `s2Url` names the paper's page. */
const OPEN_CORPUS = /"s2Url"\s*:\s*"https?:\/\/(?:www\.)?semanticscholar\.org\/paper\/[0-9a-f]{40}"/;
const DATASET_WITHOUT_PAPERS = /"citingcorpusid"\s*:|"alternate_issns"\s*:\s*\[|"model"\s*:\s*"tldr@|"sha"\s*:\s*"[0-9a-f]{40}"\s*,\s*"corpusid"\s*:/;
/** The Datasets API's answers: their READMEs open with this heading; a diffs answer names its releases. */
const DATASETS_API = /"README"\s*:\s*"Semantic Scholar Academic Graph Datasets|"start_release"\s*:\s*"[^"]*"\s*,\s*"end_release"\s*:/;

export function sniffSemanticScholar(head: string): number {
  const recognised =
    PAPER_ID.test(head) || OPEN_CORPUS.test(head) || (DATASET_CORPUS_ID.test(head) && DATASET_EXTERNAL_IDS.test(head)) || DATASET_AUTHOR.test(head) || DATASET_WITHOUT_PAPERS.test(head) || DATASETS_API.test(head);
  return recognised ? DIALECT_CONFIDENCE : 0;
}

export const semanticScholarFormat: InputFormat = dialectFormat({ name: 'semantic-scholar', label: 'Semantic Scholar papers', citationFields: 'references, citations, outCitations, inCitations', sniff: sniffSemanticScholar }, semanticScholarDialect);

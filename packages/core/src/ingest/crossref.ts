/**
 * Crossref works (https://api.crossref.org/swagger-ui/index.html, the REST API's `work` schema): an API answer
 * `{"status": "ok", "message-type": "work-list", "message": {"items": […]}}` (a search, filter or cursor page), a
 * single `"message-type": "work"`, the public data file's `{"items": […]}` files, an array of works, or JSON Lines
 * of works (the data file's JSONL release, or pages saved one per line). A work gives `title` and `container-title`
 * as arrays, `author` with `given`/`family` (or an organisation's `name`), `ORCID` and `sequence`, dates as
 * `date-parts` in `issued`/`published`/`published-online`/`published-print`/`posted`, the `DOI`, a JATS `abstract`,
 * its `type`, and the works it cites in `reference` (with their `DOI` when known). Crossref's CSL-JSON transform of a
 * work (`/works/{doi}/transform/application/vnd.citationstyles.csl+json`, DOI content negotiation) is the same work with
 * its titles as strings: it reads the same way.
 *
 * Before this reader, a saved API page went to the generic JSON reader, which saw one object without a `title` string
 * and rejected the page as one record (every work on it lost from the count), and the works of a data file or JSON
 * Lines were each rejected for their `title` being an array; a page that held a CSL type name (`"type": "dataset"`)
 * beside `container-title` was taken for CSL-JSON and rejected the same way.
 */
import type { AuthorIds, PaperRecord, SourceRef, WorkRef } from '../types.ts';
import { cslDate } from './csl-json.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, bareOrcid, normalizeArxivId } from './ids.ts';
import { asArray, asObject, DIALECT_CONFIDENCE, dialectFormat, text, type DialectItem, type JsonDialect, type JsonObject } from './json-records.ts';
import { setVolume } from './records.ts';
import { markupText } from './markup.ts';
import { nameFromParts } from './names.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';

/** Crossref types that are containers or parts of a work, not a paper: a record of one is rejected, saying so. */
const NOT_PAPERS: Record<string, string> = {
  journal: 'a journal',
  'journal-volume': 'a journal volume',
  'journal-issue': 'a journal issue',
  'book-series': 'a book series',
  'book-set': 'a set of books',
  'proceedings-series': 'a proceedings series',
  proceedings: 'a whole proceedings volume',
  'report-series': 'a report series',
  component: 'a component of another work (a figure, a table)',
  grant: 'a research grant',
  'peer-review': 'a peer review of another work (a referee report, a decision letter, an author response)',
};

/** Words of an organisation's name: an author given only as `name` with one of these is not a person. */
const ORGANISATION =
  /\b(?:collaboration|consortium|group|team|network|committee|association|society|institut(?:e|ion)?|university|college|school|hospital|laboratory|library|museum|collection|project|study|trial|organi[sz]ation|council|initiative|investigators|alliance|working party|panel|centre|center|foundation|agency|office|department|ministry|bureau|board|company|co\.|inc\.?|ltd\.?|corporation|press)(?=\W|$)/i;

/** The first non-blank string of a Crossref array field (`title`, `container-title`), its inline markup read as text. */
function firstOf(value: unknown): string | undefined {
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    const found = text(item);
    if (found) return markupText(found) || undefined;
  }
  return undefined;
}

function authorsOf(work: JsonObject): { authors: string[]; authorIds: Array<AuthorIds | undefined> } {
  const people = asArray(work['author'])
    .map(asObject)
    .filter((author): author is JsonObject => author !== undefined);
  // `sequence: "first"` marks the first author; a list that names one but puts it later is put right.
  const first = people.filter((author) => author['sequence'] === 'first');
  const ordered = first.length === 1 ? [first[0]!, ...people.filter((author) => author !== first[0])] : people;
  const authors: string[] = [];
  const authorIds: Array<AuthorIds | undefined> = [];
  for (const author of ordered) {
    const family = text(author['family']);
    const given = text(author['given']);
    const name = text(author['name']);
    let person: string | undefined;
    if (family) person = nameFromParts({ given, family, suffixes: [text(author['suffix'])] });
    else if (name && !ORGANISATION.test(name)) person = name;
    // A mononym deposited as a given name alone.
    else if (given && !name) person = given;
    if (!person) continue;
    authors.push(person);
    const orcid = bareOrcid(author['ORCID']);
    authorIds.push(orcid ? { orcid } : undefined);
  }
  return { authors, authorIds };
}

/**
 * The publication date: `issued` (Crossref's earliest known date of the work), made precise by `published`,
 * `published-online`, `published-print` or `posted` when one falls within it; the first of those that is given when
 * `issued` is not, else the start of the conference (`event.start`). Never `created` or `deposited`: those date the
 * record, not the work.
 */
function workDate(work: JsonObject): string | undefined {
  const issued = cslDate(work['issued']);
  const others = ['published', 'published-online', 'published-print', 'posted'].map((field) => cslDate(work[field])).filter((date): date is string => date !== undefined);
  // No date of its own (`issued: [[null]]`, some proceedings papers): the conference's, when the event gives one.
  if (!issued) return others[0] ?? cslDate(asObject(work['event'])?.['start']);
  const finer = others.filter((date) => date.length > issued.length && date.startsWith(issued)).sort((a, b) => b.length - a.length)[0];
  return finer ?? issued;
}

/** The venue: the journal or book (`container-title`), else the conference (`event.name`), else a preprint server (`institution`). */
function venueOf(work: JsonObject): string | undefined {
  return (
    firstOf(work['container-title']) ??
    firstOf(work['short-container-title']) ??
    text(asObject(work['event'])?.['name']) ??
    asArray(work['institution'])
      .map((institution) => text(asObject(institution)?.['name']))
      .find((name) => name !== undefined)
  );
}

/** The arXiv id of the preprint the work says it has (`relation["has-preprint"]`, an arXiv DOI or arXiv id). */
function preprintArxivId(work: JsonObject): string | undefined {
  for (const item of asArray(asObject(work['relation'])?.['has-preprint'])) {
    const relation = asObject(item);
    const id = text(relation?.['id']);
    if (!id) continue;
    const type = text(relation?.['id-type'])?.toLowerCase();
    const found = type === 'arxiv' ? normalizeArxivId(id) : type === 'doi' ? arxivIdFromDoi(recordDoi(id)) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The works `reference` names: by DOI, by an arXiv id in its text, else by its `article-title`. */
function referencesOf(work: JsonObject): WorkRef[] | undefined {
  if (!Array.isArray(work['reference'])) return undefined;
  const references: WorkRef[] = [];
  for (const item of work['reference']) {
    const reference = asObject(item);
    if (!reference) continue;
    const ref: WorkRef = {};
    const doi = recordDoi(text(reference['DOI']));
    const arxivId = arxivIdFromDoi(doi) ?? arxivIdInText(text(reference['unstructured'])) ?? arxivIdInText(text(reference['journal-title']));
    if (arxivId) ref.arxivId = arxivId;
    if (doi) ref.doi = doi;
    const title = firstOf(reference['article-title']);
    if (title) ref.title = title;
    if (ref.arxivId || ref.doi || ref.title) references.push(ref);
  }
  return references;
}

/** One Crossref work → a paper record. A work without a title is kept by its DOI, for another input to name. */
export function crossrefWork(value: unknown, source: SourceRef): DialectItem {
  const work = asObject(value);
  if (!work) return { rejected: `not a Crossref work (${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})` };
  const doi = recordDoi(text(work['DOI']));
  const type = text(work['type']);
  const notPaper = type ? NOT_PAPERS[type] : undefined;
  if (notPaper) return { rejected: `a Crossref "${type}" record${doi ? ` (DOI ${doi})` : ''} is ${notPaper}, not a paper` };
  // A title only in the original language (`original-title`) is the title.
  const title = firstOf(work['title']) ?? firstOf(work['original-title']) ?? '';
  if (!title && !doi) return { rejected: 'work has no "title" (and no DOI another input could name it by)' };
  const { authors, authorIds } = authorsOf(work);
  const record: PaperRecord = { title, abstract: markupText(text(work['abstract']) ?? ''), authors, tags: [], sources: [source] };
  const arxivId = arxivIdFromDoi(doi) ?? preprintArxivId(work);
  if (arxivId) record.arxivId = arxivId;
  const date = workDate(work);
  if (date) {
    record.date = date;
    record.year = Number(date.slice(0, 4));
  }
  const venue = venueOf(work);
  if (venue) record.venue = venue;
  setVolume(record, text(work['volume']));
  if (doi) record.doi = doi;
  if (authorIds.some((entry) => entry !== undefined)) record.authorIds = authorIds;
  const references = referencesOf(work);
  if (references) record.references = references;
  return record;
}

/** What an API answer that holds no works stands for in a list of answers: a warning in its place. */
interface NoWorks {
  readonly noWorks: string;
}

/** The works of one JSON value: an API answer (`work`, `work-list`), the data file's `{items}`, or a work itself. */
function worksOf(value: unknown): unknown[] | { empty: string } {
  const object = asObject(value);
  if (!object) return [value];
  const messageType = text(object['message-type']);
  if (messageType !== undefined || 'message' in object) {
    const message = object['message'];
    if (messageType === 'work') return [message];
    if (messageType === 'work-list') {
      const items = asArray(asObject(message)?.['items']);
      return items.length > 0 ? items : { empty: 'the page\'s "items" list is empty' };
    }
    const status = text(object['status']);
    const said = asArray(message)
      .map((item) => text(asObject(item)?.['message']))
      .filter(Boolean)
      .join('; ');
    return { empty: `the Crossref API answered ${status === 'failed' ? 'an error' : 'no works'} ("message-type": "${messageType ?? 'none'}")${said ? `: ${said}` : ''}` };
  }
  // The public data file: `{"items": […]}` without the envelope.
  if (Array.isArray(object['items'])) {
    const items = object['items'];
    return items.length > 0 ? items : { empty: 'the file\'s "items" list is empty' };
  }
  return [value];
}

const crossrefDialect: JsonDialect = {
  items(value) {
    if (!Array.isArray(value)) return worksOf(value);
    // An array of works, or of API answers collected one per request (`[{"message-type": "work", …}, …]`).
    return value.flatMap((item): unknown[] => {
      const works = worksOf(item);
      return Array.isArray(works) ? works : [{ noWorks: works.empty } satisfies NoWorks];
    });
  },
  record(item, source) {
    const noWorks = asObject(item)?.['noWorks'];
    return typeof noWorks === 'string' && Object.keys(item as object).length === 1 ? { warning: `no records: ${noWorks}` } : crossrefWork(item, source);
  },
};

// An API answer says what it is; a bare work (or Crossref's own CSL-JSON transform of one) has a `DOI` beside fields
// only Crossref writes: its bookkeeping of the record (`indexed`, `deposited`, `content-domain`, reference counts).
const ENVELOPE = /"message-type"\s*:\s*"[a-z-]+"/;
const CROSSREF_FIELDS = /"(?:reference-count|is-referenced-by-count|references-count|content-domain|deposited|indexed)"\s*:/;

export function sniffCrossref(head: string): number {
  const body = head.trimStart();
  if (!body.startsWith('{') && !body.startsWith('[')) return 0;
  if (ENVELOPE.test(body) && /"status"\s*:/.test(body)) return DIALECT_CONFIDENCE;
  return CROSSREF_FIELDS.test(body) && /"DOI"\s*:/.test(body) ? DIALECT_CONFIDENCE : 0;
}

export const crossrefFormat: InputFormat = dialectFormat({ name: 'crossref', label: 'Crossref works', citationFields: 'reference', sniff: sniffCrossref }, crossrefDialect);

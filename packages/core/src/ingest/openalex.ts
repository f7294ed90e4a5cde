/**
 * OpenAlex works (https://docs.openalex.org/api-entities/works/work-object): a single work, an array of works, an
 * API page `{meta, results}`, or the snapshot's JSON Lines (one work per line). A work gives its title, the abstract
 * as an inverted index (word → positions, rebuilt here into text), authorships in author order with ORCID and
 * OpenAlex author ids, `publication_date`, `doi` and `ids`, the venue of its primary location, and the OpenAlex ids
 * of the works it cites (`referenced_works`).
 */
import { parseDate } from '../time/dates.ts';
import type { AuthorIds, PaperRecord, SourceRef, WorkIds, WorkRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl, bareOrcid, normalizeDoi, openalexId } from './ids.ts';
import { asArray, asObject, DIALECT_CONFIDENCE, dialectFormat, text, type DialectItem, type JsonDialect, type JsonObject } from './json-records.ts';
import { setVolume } from './records.ts';
import { decodeCharacterReferences } from './markup.ts';
import { naturalName } from './names.ts';
import { authorSlug } from '../contract/keys.ts';

/**
 * The abstract from OpenAlex's inverted index (`{"Despite": [0], "in": [3, 57]}`): every word at each of its
 * positions, in position order, joined by spaces (the index keeps punctuation on the words, and the character
 * references of the abstracts it took from escaped HTML: `&amp;`, `&gt;80%`, decoded here; and from HTML escaped
 * twice, `(&amp;lt;75` for `(<75`, whose second layer is decoded too: the words are HTML's text, never a literal `&lt;`).
 */
export function abstractFromInvertedIndex(index: unknown): string {
  const object = asObject(index);
  if (!object) return '';
  const placed: Array<[number, string]> = [];
  for (const [word, positions] of Object.entries(object)) {
    for (const position of asArray(positions)) {
      if (typeof position === 'number' && Number.isInteger(position) && position >= 0) placed.push([position, word]);
    }
  }
  placed.sort((a, b) => a[0] - b[0]);
  return decodeCharacterReferences(decodeCharacterReferences(placed.map(([, word]) => word).join(' ')));
}

/**
 * The arXiv id of a work: from an arXiv DOI, else from an arXiv location (abs/pdf URL or OAI id) — `locations` since
 * 2023, `host_venue`/`alternate_host_venues` (each with a `url`) in the answers and snapshots of 2022–23.
 */
function workArxivId(work: JsonObject, doi: string | undefined): string | undefined {
  const fromDoi = arxivIdFromDoi(doi);
  if (fromDoi) return fromDoi;
  const locations = [work['primary_location'], ...asArray(work['locations']), work['best_oa_location'], work['host_venue'], ...asArray(work['alternate_host_venues'])];
  for (const location of locations) {
    const object = asObject(location);
    if (!object) continue;
    const found = arxivIdFromUrl(object['landing_page_url']) ?? arxivIdFromUrl(object['pdf_url']) ?? arxivIdFromUrl(object['url']) ?? arxivIdFromUrl(object['id']);
    if (found) return found;
  }
  return undefined;
}

/** The venue of the primary location: its source's name, else the name the record was harvested with (not a URL). */
function workVenue(work: JsonObject): string | undefined {
  const primary = asObject(work['primary_location']);
  const raw = text(primary?.['raw_source_name']);
  return (
    text(asObject(primary?.['source'])?.['display_name']) ??
    (raw && !/^[a-z]+:\/\//i.test(raw) ? raw : undefined) ??
    text(asObject(work['host_venue'])?.['display_name'])
  );
}

/**
 * The authors in order with their ids. An authorship OpenAlex matched to no author (`author.id` null) carries the name
 * as the source wrote it (`Grieg-Gran, Maryanne`), and since 2025 often repeats, after the matched authorships, the
 * people already listed: such a name is read as a person's (`Maryanne Grieg-Gran`) and left out when it is one of them.
 */
function authorsOf(work: JsonObject): { authors: string[]; authorIds: Array<AuthorIds | undefined> } {
  const authors: string[] = [];
  const authorIds: Array<AuthorIds | undefined> = [];
  const listed = new Set<string>();
  for (const item of asArray(work['authorships'])) {
    const authorship = asObject(item);
    const author = asObject(authorship?.['author']);
    const raw = text(authorship?.['raw_author_name']);
    const authorId = openalexId(author?.['id'], 'A');
    const display = text(author?.['display_name']);
    const given = display ?? raw;
    const name = given === undefined ? undefined : authorId && display ? display : naturalName(given);
    if (!name) continue;
    // One person once: a matched author by their id (a book lists its author once per chapter), an unmatched name
    // by its spelling (two matched people of one name stay two).
    const seen = authorId ? `id:${authorId}` : `name:${authorSlug(name)}`;
    if (listed.has(seen)) continue;
    listed.add(seen);
    listed.add(`name:${authorSlug(name)}`);
    authors.push(name);
    const ids: AuthorIds = {};
    const orcid = bareOrcid(author?.['orcid']);
    const openalex = authorId;
    if (orcid) ids.orcid = orcid;
    if (openalex) ids.openalex = openalex;
    authorIds.push(orcid || openalex ? ids : undefined);
  }
  return { authors, authorIds };
}

function referencesOf(work: JsonObject): WorkRef[] | undefined {
  if (!Array.isArray(work['referenced_works'])) return undefined;
  const seen = new Set<string>();
  const references: WorkRef[] = [];
  for (const item of work['referenced_works']) {
    const id = openalexId(item, 'W');
    if (id && !seen.has(id)) {
      seen.add(id);
      references.push({ openalex: id });
    }
  }
  return references;
}

const PUBMED_ID = /(\d+)\/?$/;

/** OpenAlex's other entities, by the letter of their id or the path of their URL. */
const ENTITY_KINDS: Record<string, string> = { A: 'author', S: 'source', I: 'institution', P: 'publisher', F: 'funder', C: 'concept', T: 'topic' };
const ENTITY_ID = /openalex\.org\/(?:([ASIPFCT])\d+|(keywords|fields|subfields|domains|topics|sdgs|countries|continents|languages|licenses|work-types|source-types|institution-types)\/[^/"]+)$/i;

/** Why an object is another OpenAlex entity (an author, a source…) and not a work; undefined for a work. */
function otherEntity(object: JsonObject): string | undefined {
  const id = typeof object['id'] === 'string' ? object['id'].trim() : '';
  const match = ENTITY_ID.exec(id);
  if (!match) return undefined;
  const kind = match[1] ? ENTITY_KINDS[match[1].toUpperCase()]! : match[2]!.toLowerCase().replace(/s$/, '').replace(/-/g, ' ');
  const name = text(object['display_name']);
  const short = id.replace(/^https?:\/\/openalex\.org\//i, '');
  const works = text(object['works_api_url']);
  return `an OpenAlex ${kind} (${short}${name ? ` "${name}"` : ''}), not a work${works ? `: its works are listed at ${works}` : ''}`;
}

/**
 * Why an answer is a `group_by` answer (works counted per key, `{meta, group_by: [{key, key_display_name, count}]}`,
 * no works in `results`), for its rejection; undefined for anything else.
 */
function groupByAnswer(object: JsonObject): string | undefined {
  const groups = asArray(object['group_by']);
  if (groups.length === 0 || asArray(object['results']).length > 0) return undefined;
  const counts = groups.slice(0, 3).map((item) => {
    const group = asObject(item);
    const key = text(group?.['key_display_name']) ?? (typeof group?.['key'] === 'string' ? group['key'] : String(group?.['key'] ?? '?'));
    return typeof group?.['count'] === 'number' ? `${key} ${group['count']}` : key;
  });
  const more = groups.length > counts.length ? ', …' : '';
  return `an OpenAlex group_by answer (works counted in ${groups.length} groups: ${counts.join(', ')}${more}), not works: ask again without group_by for the works themselves`;
}

/** One OpenAlex work → a paper record. A work without a title is kept by its ids, for another input to name. */
export function openalexWork(value: unknown, source: SourceRef): DialectItem {
  const work = asObject(value);
  if (!work) return { rejected: `not an OpenAlex work (${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})` };
  const other = otherEntity(work) ?? groupByAnswer(work);
  if (other) return { rejected: other };
  const workIds = asObject(work['ids']);
  const id = openalexId(work['id'], 'W') ?? openalexId(workIds?.['openalex'], 'W');
  const doi = normalizeDoi(work['doi']) ?? normalizeDoi(workIds?.['doi']);
  const title = text(work['title']) ?? text(work['display_name']) ?? '';
  if (!title && !id && !doi) return { rejected: 'work has no "title" (and no id or DOI another input could name it by)' };
  const { authors, authorIds } = authorsOf(work);
  const record: PaperRecord = {
    title,
    // Clients that rebuild the index into text before saving (openalexPro, openalexR) write it as `abstract`.
    abstract: abstractFromInvertedIndex(work['abstract_inverted_index']) || (text(work['abstract']) ?? ''),
    authors,
    tags: [],
    sources: [source],
  };
  const date = parseDate(work['publication_date']);
  const year = work['publication_year'];
  if (typeof year === 'number' && Number.isInteger(year)) record.year = year;
  else if (date) record.year = Number(date.slice(0, 4));
  const arxivId = workArxivId(work, doi);
  if (arxivId) record.arxivId = arxivId;
  const venue = workVenue(work);
  if (venue) record.venue = venue;
  setVolume(record, text(asObject(work['biblio'])?.['volume']));
  if (date) record.date = date;
  if (doi) record.doi = doi;
  const ids: WorkIds = {};
  if (id) ids.openalex = id;
  const pmid = typeof workIds?.['pmid'] === 'string' ? PUBMED_ID.exec(workIds['pmid'])?.[1] : undefined;
  if (pmid) ids.pmid = pmid;
  if (id || pmid) record.ids = ids;
  if (authorIds.some((entry) => entry !== undefined)) record.authorIds = authorIds;
  const references = referencesOf(work);
  if (references) record.references = references;
  // List endpoints give the first 100 authorships only and say so; the single-work endpoint gives them all.
  if (work['is_authors_truncated'] === true) {
    return { record, warning: `authors cut by OpenAlex after the first ${authors.length} (is_authors_truncated): the work's own page (/works/${id ?? '…'}) lists them all` };
  }
  return record;
}

const openalexDialect: JsonDialect = {
  items(value) {
    if (Array.isArray(value)) return value;
    const object = asObject(value);
    // Counts, not works: the answer as a whole is the one rejection.
    if (object && groupByAnswer(object)) return [value];
    if (object && Array.isArray(object['results'])) {
      const results = object['results'];
      return results.length > 0 ? results : { empty: 'the page\'s "results" list is empty' };
    }
    return [value];
  },
  record: openalexWork,
  paging(value, items) {
    const answer = asObject(value);
    if (answer && groupByAnswer(answer)) return undefined;
    const meta = asObject(answer?.['meta']);
    const count = meta?.['count'];
    if (!meta || typeof count !== 'number' || count <= items) return undefined;
    const cursor = text(meta['next_cursor']);
    const page = meta['page'];
    const ask = cursor ? `cursor=${cursor}` : typeof page === 'number' ? `page=${page + 1}` : undefined;
    return `the page holds ${items} of the query's ${count} works${ask ? ` (ask again with ${ask} for more)` : ''}`;
  },
};

// An OpenAlex work id as a work's own `id` (or in its `ids`, all a `select=ids` page keeps) beside a work's field,
// another entity's id beside the counts every entity has, or the `meta` of an OpenAlex list answer (`group_by` ones
// too), whose `db_response_time_ms` no other API writes: nothing else reads like this.
const WORK_ID = /"(?:id|openalex)"\s*:\s*"https?:\/\/openalex\.org\/W\d+"/;
const PAGE_META = /"meta"\s*:\s*\{[^{}]*"db_response_time_ms"\s*:/;
const WORK_FIELDS = /"(?:authorships|abstract_inverted_index|referenced_works|publication_year|publication_date|primary_location|title|display_name|doi|ids)"\s*:/;
const ENTITY_OBJECT_ID = /"id"\s*:\s*"https?:\/\/openalex\.org\/(?:[ASIPFCT]\d+|[a-z-]+\/[^"/]+)"/;
const ENTITY_FIELDS = /"(?:works_count|cited_by_count|works_api_url)"\s*:/;

export function sniffOpenAlex(head: string): number {
  const work = WORK_ID.test(head) && WORK_FIELDS.test(head);
  return work || PAGE_META.test(head) || (ENTITY_OBJECT_ID.test(head) && ENTITY_FIELDS.test(head)) ? DIALECT_CONFIDENCE : 0;
}

export const openalexFormat: InputFormat = dialectFormat({ name: 'openalex', label: 'OpenAlex works', citationFields: 'referenced_works', sniff: sniffOpenAlex }, openalexDialect);

/**
 * Zotero's own item JSON, in the three shapes it travels in: the Zotero web API's items (`/users/…/items`,
 * `format=json`: `[{key, version, library, links, meta, data: {itemType, title, creators…}}]`, or one of them), the
 * same `data` objects without the wrapper (translation-server, translators' test cases, scripts' dumps), and Better
 * BibTeX's "Better BibTeX JSON" export (`{config, collections, items: [...]}`). Read per item: `title`; `creators` of
 * type `author` (else the item type's primary creators: a film's directors…) as `firstName`/`lastName` or one-field
 * `name`; `date` as typed (Zotero keeps what was entered: `May 01, 1980`, `08/1993`), made more precise by the API's
 * `meta.parsedDate` where it agrees; `DOI`, else a `DOI: …` line of `extra`; arXiv ids from the URL, an arXiv DOI,
 * `archiveID` or text naming arXiv (`extra: "arXiv: 1412.2970"`, a `publicationTitle` of `arXiv:1412.2970 [math-ph]`);
 * `abstractNote`; the venue from `publicationTitle`/`proceedingsTitle`/`conferenceName`/`bookTitle`. Notes and
 * attachments are not papers: they are counted in one warning. The API's collections and saved searches hold no
 * item: each is rejected as what it is. It is JSON: `JSON.parse` and this mapping.
 */
import { decodeTexAccents } from '../text/latex.ts';
import type { IngestResult, PaperRecord, SourceRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl } from './ids.ts';
import { cslItemRecord } from './csl-json.ts';
import { invalidJson } from './json.ts';
import { richText } from './markup.ts';
import { asArray, asObject, DIALECT_CONFIDENCE, text, type JsonObject } from './json-records.ts';
import { isNameSuffix, nameFromParts } from './names.ts';
import { keepRead, preprintDate, setDate, setVolume } from './records.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';
import { ARXIV_VENUE, looseDate } from './xml-records.ts';

/** Zotero's item types that are no paper of their own: a note's text, a file or link, a PDF annotation (its CSV export's `Item Type` too). */
export const ZOTERO_NOT_PAPERS: ReadonlySet<string> = new Set(['note', 'attachment', 'annotation']);

/**
 * The creator types read as authors when an item has no `author` (the primary creator of those item types), in the
 * order the Zotero RDF reader takes them.
 */
const PRIMARY_CREATORS = ['presenter', 'programmer', 'inventor', 'interviewee', 'podcaster', 'director', 'artist', 'performer', 'cartographer', 'sponsor'];

/** Fields naming where an item appeared, in order of preference. */
const VENUE_FIELDS = ['publicationTitle', 'proceedingsTitle', 'conferenceName', 'bookTitle', 'encyclopediaTitle', 'dictionaryTitle', 'blogTitle', 'forumTitle', 'programTitle', 'university', 'institution'];

/** Fields that may hold an arXiv id in text naming arXiv (Zotero 7's preprints: `archiveID: "arXiv:2301.00001"`). */
const ARXIV_TEXT_FIELDS = ['archiveID', 'extra', 'number', 'reportNumber', 'publicationTitle', 'journalAbbreviation', 'libraryCatalog'];

function creatorName(value: unknown): string | undefined {
  const creator = asObject(value);
  if (!creator) return undefined;
  // A one-field name (`fieldMode: 1`) is all in `lastName`; `firstName` may be empty ("R. Creighton Buck").
  const name = text(creator['name']) ?? twoFieldName(text(creator['firstName']), text(creator['lastName']));
  return name && decodeTexAccents(name);
}

/** A suffix after a comma at the end of a name field (`Michael, III`; Better BibTeX's `Frank G.,! Jr.`). */
const TRAILING_SUFFIX = /^(.*?)\s*,!?\s*([^,]+)$/;

/**
 * `firstName` + `lastName` in reading order. Zotero has no suffix field: people type it after a comma in either
 * (`Michael, III` + `von Hicks`, `G. S.` + `Cargill, III`), and it goes last (`Michael von Hicks III`).
 */
function twoFieldName(first: string | undefined, last: string | undefined): string | undefined {
  const suffixes: string[] = [];
  const [given, family] = [first, last].map((part) => {
    const match = part ? TRAILING_SUFFIX.exec(part) : null;
    if (!match || !isNameSuffix(match[2]!)) return part;
    suffixes.push(match[2]!.trim());
    return match[1];
  });
  return text(nameFromParts({ given, family, suffixes }));
}

function itemAuthors(item: JsonObject): string[] {
  const creators = asArray(item['creators']).map(asObject).filter((creator): creator is JsonObject => creator !== undefined);
  const ofType = (type: string) => creators.filter((creator) => (creator['creatorType'] ?? 'author') === type);
  let chosen = ofType('author');
  for (const type of PRIMARY_CREATORS) {
    if (chosen.length > 0) break;
    chosen = ofType(type);
  }
  return chosen.map(creatorName).filter((name): name is string => name !== undefined);
}

/** `1993-00-00` (Zotero's parse of a date, unknown parts as zeros) → `1993`; a zero month drops the day too. */
function parsedDate(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (!month || month === '00') return looseDate(year);
  return looseDate(!day || day === '00' ? `${year}-${month}` : `${year}-${month}-${day}`);
}

/**
 * The date as typed, read loosely; the API's own parse (`meta.parsedDate`) where it says more of the same date
 * (`January 07 , 2011` → `2011-01-07`), never where it disagrees.
 */
function itemDate(item: JsonObject, meta: JsonObject | undefined): string | undefined {
  // Zotero's stored form with unknown parts as zeros (`1993-00-00`); an original date in brackets beside the
  // edition's (`1989 [1987]`, `[1990]2002`, as Better BibTeX documents it) is not the date of this item.
  const typedText = text(item['date'])?.replace(/\[[^\]]*\]/g, ' ');
  const typed = parsedDate(typedText) ?? looseDate(typedText);
  const parsed = parsedDate(meta?.['parsedDate']);
  if (typed && parsed) return parsed.startsWith(typed) ? parsed : typed;
  return typed ?? parsed;
}

/** Extra as one text: Better BibTeX's JSON writes it as an array of its lines. */
function extraText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? value.filter((line) => typeof line === 'string').join('\n') : undefined;
}

/**
 * A `Key: value` line of Extra (`DOI: 10.…`, `PMID: 20664272`), where Zotero keeps fields an item type lacks (in its
 * JSON and in its CSV export's `Extra` column).
 */
export function zoteroExtraField(extra: string | undefined, key: string): string | undefined {
  const match = extra ? new RegExp(`^\\s*${key}\\s*:\\s*(\\S.*?)\\s*$`, 'im').exec(extra) : null;
  return match ? match[1] : undefined;
}

/**
 * A title or abstract as text: Zotero keeps rich text in titles (`<i>`, `<sub>`, `<span class="nocase">`) and the
 * HTML or JATS abstracts publishers send (`<p class="first">…</p>`).
 */
function itemText(value: unknown): string | undefined {
  // Items imported from BibTeX keep its accents (`Nystr\"om`): read as letters, as every format's names are.
  const plain = text(value) && decodeTexAccents(text(value)!);
  return plain && (richText(plain) || undefined);
}

function recordFromItem(item: JsonObject, meta: JsonObject | undefined, source: SourceRef): PaperRecord | string {
  const title = itemText(item['title']);
  if (!title) return `${text(item['itemType']) ?? 'item'} has no title`;
  const extra = extraText(item['extra']);
  const record: PaperRecord = { title, abstract: itemText(item['abstractNote']) ?? '', authors: itemAuthors(item), tags: [], sources: [source] };
  const doi = recordDoi(text(item['DOI'])) ?? recordDoi(zoteroExtraField(extra, 'DOI'));
  const arxivId =
    arxivIdFromDoi(doi) ??
    arxivIdFromUrl(text(item['url'])) ??
    ARXIV_TEXT_FIELDS.map((field) => arxivIdInText(field === 'extra' ? extra : typeof item[field] === 'string' ? item[field] : undefined)).find((id) => id !== undefined);
  if (arxivId) record.arxivId = arxivId;
  const date = itemDate(item, meta);
  setDate(record, text(item['itemType']) === 'preprint' ? preprintDate(date, arxivId) : date);
  if (doi) record.doi = doi;
  const venue = VENUE_FIELDS.map((field) => text(item[field])).find((value) => value !== undefined);
  if (venue && !ARXIV_VENUE.test(venue)) record.venue = venue;
  setVolume(record, text(item['volume']));
  const pmid = zoteroExtraField(extra, 'PMID');
  if (pmid && /^\d+$/.test(pmid)) record.ids = { pmid };
  return record;
}

/**
 * Why an object of the web API is a collection or a saved search (`/collections`, `/searches`: `{key, library, links,
 * meta: {numItems}, data: {name, parentCollection}}`), not an item; undefined for anything else.
 */
function notAnItem(wrapper: JsonObject): string | undefined {
  const data = asObject(wrapper['data']) ?? wrapper;
  if (text(data['itemType'])) return undefined;
  const self = text(asObject(asObject(wrapper['links'])?.['self'])?.['href']) ?? '';
  const kind = /\/searches\/[^/]+$/.test(self) || Array.isArray(data['conditions']) ? 'saved search' : /\/collections\/[^/]+$/.test(self) || 'parentCollection' in data ? 'collection' : undefined;
  if (!kind) return undefined;
  const name = text(data['name']);
  const key = text(data['key']) ?? text(wrapper['key']);
  const count = asObject(wrapper['meta'])?.['numItems'];
  const about = [name && JSON.stringify(name), key, typeof count === 'number' ? `${count} item${count === 1 ? '' : 's'}` : undefined].filter(Boolean).join(', ');
  const where = kind === 'collection' && /^https?:\/\/api\.zotero\.org\//.test(self) ? `: its items are listed at ${self}/items` : '';
  return `a Zotero ${kind}${about ? ` (${about})` : ''}, not an item${where}`;
}

/** The items of a parsed document: an array, Better BibTeX's `{items}`, or one item (wrapped by the API or not). */
function documentItems(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const object = asObject(value);
  if (!object) return undefined;
  if (Array.isArray(object['items'])) return object['items'];
  if (asObject(object['data']) || asObject(object['csljson']) || typeof object['itemType'] === 'string') return [object];
  return undefined;
}

export function parseZoteroJson(input: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const body = input.replace(/^\ufeff/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    result.rejections.push(invalidJson(error, body, file));
    return result;
  }
  const items = documentItems(value);
  if (!items) {
    result.rejections.push({ file, record: 0, message: 'no Zotero items: expected an array of items, an API item or Better BibTeX JSON ({"items": […]})' });
    return result;
  }
  const skipped = new Map<string, number>();
  let firstSkipped: number | undefined;
  items.forEach((entry, index) => {
    const source: SourceRef = { file, record: index };
    const wrapper = asObject(entry);
    // The web API wraps each item: `{key, version, library, meta, data}`; asked for CSL-JSON only
    // (`include=csljson`), the wrapper holds that copy instead of `data`.
    const csl = wrapper && !asObject(wrapper['data']) ? asObject(wrapper['csljson']) : undefined;
    if (csl) return keepRead(result, cslItemRecord(csl, source), source);
    const item = asObject(wrapper?.['data']) ?? wrapper;
    if (!item) return void result.rejections.push({ ...source, message: 'not a Zotero item (a JSON object)' });
    const other = notAnItem(wrapper!);
    if (other) return void result.rejections.push({ ...source, message: other });
    const type = text(item['itemType']);
    if (type && ZOTERO_NOT_PAPERS.has(type)) {
      skipped.set(type, (skipped.get(type) ?? 0) + 1);
      firstSkipped ??= index;
      return;
    }
    keepRead(result, recordFromItem(item, item === wrapper ? undefined : asObject(wrapper?.['meta']), source), source);
  });
  if (skipped.size > 0) {
    const counts = [...skipped].map(([type, count]) => `${count} ${type}${count === 1 ? '' : 's'}`).join(', ');
    result.warnings.push({ file, record: firstSkipped!, message: `not papers, not read: ${counts}` });
  }
  if (items.length === 0) result.warnings.push({ file, record: 0, message: 'no records: the list of items is empty' });
  return result;
}

/** Zotero's item fields, which no other JSON source writes: `"itemType": "journalArticle"` beside `creators` or the API wrapper. */
const ITEM_TYPE = /"itemType"\s*:\s*"[a-zA-Z]+"/;
const API_LIBRARY = /"library"\s*:\s*\{\s*"type"\s*:/;
const ZOTERO_FIELDS = new RegExp(`"(?:creators|abstractNote|publicationTitle|libraryCatalog|accessDate|dateAdded)"\\s*:|${API_LIBRARY.source}`);
/** The API's CSL copy of an item (`include=csljson`), beside its `library`. */
const CSLJSON = /"csljson"\s*:\s*\{/;
/** The API's collections and saved searches (`/users/475425/collections/N7W92H48`), beside their `library`: no items, said so. */
const API_COLLECTION = /"href"\s*:\s*"https?:\/\/api\.zotero\.org\/(?:users|groups)\/\d+\/(?:collections|searches)\/[A-Za-z0-9]+"/;

/**
 * Better BibTeX's JSON opens with its `config`, whose preferences can be long: its translator id (today's and the
 * one of its older "Zotero TestCase" label) says what follows before any item does.
 */
const BBT_CONFIG = /^\{\s*"config"\s*:\s*\{\s*"id"\s*:\s*"(?:36a3b0b5-bad0-4a04-b79b-441c7cef77db|82512813-9edb-471c-aebc-eeaaf40c6cf9)"/;

function sniffZoteroJson(head: string): number {
  const body = head.trimStart();
  if (!body.startsWith('[') && !body.startsWith('{')) return 0;
  const apiCsl = API_LIBRARY.test(body) && CSLJSON.test(body);
  const apiCollections = API_LIBRARY.test(body) && API_COLLECTION.test(body);
  return (ITEM_TYPE.test(body) && ZOTERO_FIELDS.test(body)) || apiCsl || apiCollections || BBT_CONFIG.test(body) ? DIALECT_CONFIDENCE : 0;
}

export const zoteroJsonFormat: InputFormat = {
  name: 'zotero-json',
  label: 'Zotero JSON (web API items, Better BibTeX JSON)',
  extensions: [],
  sniff: sniffZoteroJson,
  parse: parseZoteroJson,
};

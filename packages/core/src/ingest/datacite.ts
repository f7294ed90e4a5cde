/**
 * DataCite metadata as JSON: what `doi.org` answers for a DataCite DOI (`Accept: application/vnd.datacite.datacite+json`:
 * Zenodo records, arXiv's `10.48550/arXiv.…` DOIs, datasets, theses) and the DataCite REST API (`api.datacite.org/dois`,
 * `{data: {id, type: "dois", attributes: {…}}}` or `{data: […], meta: {total}}` with the same attributes). A record
 * gives `titles` (`[{title, titleType?, lang?}]`: the main title has no `titleType`, beside `Subtitle`s and
 * `TranslatedTitle`s), `creators` (`name` written `Family, Given`, or `givenName`/`familyName`, `nameType`
 * `Organizational` for a body), `dates` (`{date, dateType: "Issued" | …}`) and `publicationYear`, `descriptions`
 * (`descriptionType: "Abstract" | "SeriesInformation" | …`), `container` and `relatedItems` (where it was published,
 * and its `volume`)
 * and `relatedIdentifiers` (`{relationType: "Cites" | "References" | …, relatedIdentifierType: "DOI", …}`).
 */
import type { AuthorIds, PaperRecord, SourceRef, WorkRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, bareOrcid, normalizeArxivId } from './ids.ts';
import { asArray, asObject, DIALECT_CONFIDENCE, dialectFormat, itemsUnder, pagesLeft, text, type DialectItem, type JsonDialect, type JsonObject } from './json-records.ts';
import { markupText } from './markup.ts';
import { databaseName, nameFromParts } from './names.ts';
import { setDate, setVolume } from './records.ts';
import { recordDoi } from './reference-ids.ts';

/** A title, description or name that JSON gives as text (DataCite writes numbers as strings, and some as numbers). */
function written(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : text(value);
}

function typeOf(entry: JsonObject | undefined, field: string): string {
  return (written(entry?.[field]) ?? '').toLowerCase();
}

/** The main title (the one without a `titleType`; else the first), with its `Subtitle` after a colon. */
function titleOf(titles: JsonObject[]): { title: string; lang: string | undefined } | undefined {
  const main = titles.find((entry) => typeOf(entry, 'titleType') === '' && written(entry['title'])) ?? titles.find((entry) => typeOf(entry, 'titleType') !== 'subtitle' && written(entry['title']));
  const title = written(main?.['title']);
  if (!main || !title) return undefined;
  const subtitle = written(titles.find((entry) => typeOf(entry, 'titleType') === 'subtitle')?.['title']);
  return { title: subtitle && !title.includes(subtitle) ? `${title}: ${subtitle}` : title, lang: written(main['lang']) };
}

function authorsOf(record: JsonObject): { authors: string[]; authorIds: Array<AuthorIds | undefined> } {
  const authors: string[] = [];
  const authorIds: Array<AuthorIds | undefined> = [];
  for (const entry of asArray(record['creators']).map(asObject)) {
    const given = written(entry?.['givenName']);
    const family = written(entry?.['familyName']);
    const name = written(entry?.['name']);
    // A body (`Organizational`, or a name without given and family parts and no comma) is named as written.
    const organisation = typeOf(entry, 'nameType') === 'organizational' || (!given && !family && name !== undefined && !name.includes(','));
    const person = given && family ? nameFromParts({ given, family }) : name === undefined ? family : organisation ? name : databaseName(name);
    if (!person) continue;
    authors.push(person);
    const orcid = asArray(entry?.['nameIdentifiers'])
      .map(asObject)
      .filter((identifier) => typeOf(identifier, 'nameIdentifierScheme') === 'orcid')
      .map((identifier) => bareOrcid(identifier?.['nameIdentifier']))
      .find((id) => id !== undefined);
    authorIds.push(orcid ? { orcid } : undefined);
  }
  return { authors, authorIds };
}

/** The date it was issued (as precise as given), else its `publicationYear`. */
function dateOf(record: JsonObject): string | undefined {
  const issued = asArray(record['dates'])
    .map(asObject)
    .find((entry) => typeOf(entry, 'dateType') === 'issued' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.test(written(entry?.['date']) ?? ''));
  const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(written(issued?.['date']) ?? '')?.[0];
  const year = /^\d{4}$/.exec(written(record['publicationYear']) ?? '')?.[0];
  return date ?? year;
}

/** The abstract in the title's language when there are several, else the first. */
function abstractOf(record: JsonObject, lang: string | undefined): string {
  const abstracts = asArray(record['descriptions'])
    .map(asObject)
    .filter((entry): entry is JsonObject => typeOf(entry, 'descriptionType') === 'abstract' && written(entry?.['description']) !== undefined);
  const chosen = abstracts.find((entry) => lang !== undefined && written(entry['lang']) === lang) ?? abstracts[0];
  return chosen ? markupText(written(chosen['description'])!) : '';
}

/** The kernel-4.4 `relatedItems` entry it is published in (`IsPublishedIn`), if any. */
function publishedIn(record: JsonObject): JsonObject | undefined {
  return asArray(record['relatedItems'])
    .map(asObject)
    .find((entry) => typeOf(entry, 'relationType') === 'ispublishedin');
}

/** Where it was published: a kernel-4.4 `relatedItems` entry `IsPublishedIn`, else a `container` that is a series or journal. */
function venueOf(record: JsonObject): string | undefined {
  const inItem = titleOf(asArray(publishedIn(record)?.['titles']).map(asObject).filter((entry): entry is JsonObject => entry !== undefined))?.title;
  if (inItem) return inItem;
  const container = asObject(record['container']);
  return ['series', 'journal'].includes(typeOf(container, 'type')) ? written(container?.['title']) : undefined;
}

/** The volume of what it was published in: the `IsPublishedIn` related item's, else the `container`'s (the REST API's). */
function volumeOf(record: JsonObject): string | undefined {
  return written(publishedIn(record)?.['volume']) ?? written(asObject(record['container'])?.['volume']);
}

/** The works it cites, by DOI or arXiv id (`relationType` `Cites` or `References`). */
function referencesOf(record: JsonObject): WorkRef[] | undefined {
  const references: WorkRef[] = [];
  for (const entry of asArray(record['relatedIdentifiers']).map(asObject)) {
    if (!['cites', 'references'].includes(typeOf(entry, 'relationType'))) continue;
    const id = written(entry?.['relatedIdentifier']);
    const type = typeOf(entry, 'relatedIdentifierType');
    const doi = type === 'doi' ? recordDoi(id) : undefined;
    const arxivId = type === 'arxiv' ? normalizeArxivId(id ?? '') : arxivIdFromDoi(doi);
    if (arxivId) references.push({ arxivId });
    else if (doi) references.push({ doi });
  }
  return references.length > 0 ? references : undefined;
}

function dataciteRecord(item: unknown, source: SourceRef): DialectItem {
  const outer = asObject(item);
  // The REST API's resource object holds the metadata in `attributes`.
  const record = asObject(outer?.['attributes']) ?? outer;
  if (!record) return { rejected: 'not a DataCite record (not a JSON object)' };
  const doi = recordDoi(written(record['doi']) ?? written(outer?.['id']));
  const titled = titleOf(asArray(record['titles']).map(asObject).filter((entry): entry is JsonObject => entry !== undefined));
  if (!titled) return { rejected: `DataCite record ${doi ?? '(no DOI)'} has no title` };
  const { authors, authorIds } = authorsOf(record);
  const paper: PaperRecord = { title: markupText(titled.title), abstract: abstractOf(record, titled.lang), authors, tags: [], sources: [source] };
  setDate(paper, dateOf(record));
  if (doi) paper.doi = doi;
  const arxivId = arxivIdFromDoi(doi);
  if (arxivId) paper.arxivId = arxivId;
  const venue = venueOf(record);
  if (venue) paper.venue = venue;
  setVolume(paper, volumeOf(record));
  if (authorIds.some((entry) => entry !== undefined)) paper.authorIds = authorIds;
  const references = referencesOf(record);
  if (references) paper.references = references;
  return paper;
}

const dataciteDialect: JsonDialect = {
  items: (answer) => itemsUnder(answer, 'data'),
  record: dataciteRecord,
  paging: (answer, items) => pagesLeft(asObject(asObject(answer)?.['meta'])?.['total'], items, 'DOIs', 'DataCite'),
};

/** DataCite's own field names together: `titles` as a list beside `publicationYear` or `resourceTypeGeneral`. */
export function sniffDatacite(head: string): number {
  return /"titles"\s*:\s*\[/.test(head) && /"(?:publicationYear|resourceTypeGeneral)"\s*:/.test(head) ? DIALECT_CONFIDENCE : 0;
}

export const dataciteFormat: InputFormat = dialectFormat({ name: 'datacite', label: 'DataCite metadata JSON', citationFields: 'relatedIdentifiers of type Cites or References', sniff: sniffDatacite }, dataciteDialect);

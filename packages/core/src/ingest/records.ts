import type { AuthorIds, IngestResult, PaperRecord, SourceRef } from '../types.ts';
import { arxivIdDate, monthDayDate, parseDate, plausibleYear, yearOf } from '../time/dates.ts';
import { normalizeArxivId } from './ids.ts';
import { hasNameLetter, isLeftOutAuthors, isNoAuthorPlaceholder, nameFromParts, naturalName, personOfShortForm, splitAuthorString, withoutAffiliations, withoutStrayPunctuation } from './names.ts';
import { richText } from './markup.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';

/**
 * Turns one JSON object from a paper dump into a PaperRecord, accepting the field variants of common dumps
 * (arXiv API/Kaggle/Semantic Scholar style). Returns an error message instead when nothing usable is there.
 */

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function firstString(object: Record<string, unknown>, fields: string[]): string | undefined {
  for (const field of fields) {
    const value = asString(object[field]);
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

/** One author entry's names: usually one; several when a `name` lists them (`Gustavo Jasso, Fernando Muro`). */
function authorNames(value: unknown): string[] {
  const object = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const name = object ? firstString(object, ['name', 'fullName', 'full_name']) : undefined;
  // feedparser's JSON of arXiv's author feeds (`arxiv.org/a/<id>.atom2`): all authors in one `{name}`. An author
  // string reads `Muro, Fernando` as one person and `Gustavo Jasso, Fernando Muro` as two.
  if (name?.includes(',')) return splitAuthorString(withoutAffiliations(name));
  const one = authorName(value);
  return one ? [one] : [];
}

function authorName(value: unknown): string | undefined {
  if (typeof value === 'string') return naturalName(value);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const name = firstString(object, ['name', 'fullName', 'full_name']);
    if (name) return naturalName(name);
    // Name parts as the APIs spell them: Mendeley's `first_name`/`last_name`, schema.org's `givenName`/`familyName`
    // (CodeMeta, DataCite), InvenioRDM's `given_name`/`family_name`.
    const first = firstString(object, ['first', 'given', 'firstName', 'forenames', 'first_name', 'givenName', 'given_name']);
    const last = firstString(object, ['last', 'family', 'lastName', 'keyname', 'last_name', 'familyName', 'family_name']);
    if (first || last) return naturalName(nameFromParts({ given: first, family: last }));
  }
  return undefined;
}

/** `Long Q`, `Van der Berg JA`, `O'Neil AB`: a family name (words with small letters) and initials run together. */
const SHORT_FORM = /^(?:\p{Ll}+ )*\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*(?: [\p{L}'’-]+)* \p{Lu}{1,3}$/u;

function readAuthors(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap(authorNames).filter((name) => name.length > 0);
  }
  // arXiv's author strings carry each author's affiliations in parentheses (`K. Abe (19), N. Abgrall (46)`).
  if (typeof value === 'string') {
    const names = splitAuthorString(withoutAffiliations(value));
    // PubMed's short forms, family name then initials (`Long Q; Yan Y; Zhang P`): when every name is one, no name
    // ends in a family name of one to three capitals.
    return names.length > 0 && names.every((name) => SHORT_FORM.test(name)) ? names.map(personOfShortForm) : names;
  }
  // One author written as an object, not a list of one (DataCite's crosscite JSON, schema.org).
  const one = authorName(value);
  return one ? [one] : [];
}

/** Europe PMC's `authorString`, PubMed's short forms between commas: 'Smith J, Doe AB, Li X.' → J. Smith, A. B. Doe, X. Li. */
function shortFormAuthors(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .replace(/\.\s*$/, '')
    .split(/\s*,\s*/)
    .filter((name) => name.trim() !== '')
    .map((name) => personOfShortForm(name.trim()));
}

function readYear(object: Record<string, unknown>): number | undefined {
  for (const field of ['year', 'pubYear', 'published', 'date', 'update_date', 'publicationDate']) {
    const value = object[field];
    if (typeof value === 'number' && plausibleYear(value)) return value;
    // (bioRxiv's `published` is the journal version's DOI, whose digits may read as a year: `10.1101/2020.03.05…`)
    if (typeof value === 'string' && !DOI_VALUE.test(value)) {
      const match = /\b(1[89]\d\d|2\d\d\d)\b/.exec(value);
      if (match && plausibleYear(Number(match[1]))) return Number(match[1]);
    }
  }
  return undefined;
}

/** A value that is a DOI, not a date. */
const DOI_VALUE = /^\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\//i;

const DATE_FIELDS = ['published', 'publishedAt', 'date', 'publicationDate', 'publication_date', 'datePublished', 'date_published', 'firstPublicationDate', 'year', 'pubYear'];

/**
 * The publication date as precise as a field gives it (not `update_date`: a record's last change, not its date). A
 * year alone is made more precise by a date field that gives a month or a month and day without a year (RefLib's
 * `"year": "2018"` with `"date": "Nov"`, `"Feb 23"`, `"Jan-Feb"`).
 */
function readDate(object: Record<string, unknown>): string | undefined {
  for (const field of DATE_FIELDS) {
    const value = object[field];
    if (typeof value === 'string' && DOI_VALUE.test(value)) continue;
    const date = parseDate(value);
    if (!date) continue;
    if (/^\d{4}$/.test(date)) {
      const precise = [...DATE_FIELDS, 'month'].map((other) => monthDayDate(asString(object[other]), date)).find((found) => found !== undefined);
      if (precise) return precise;
    }
    return date;
  }
  return undefined;
}

function readStringList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const items = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
    return items.length ? items : undefined;
  }
  if (typeof value === 'string' && value.trim()) return value.trim().split(/[\s,;]+/);
  return undefined;
}

/** A whole arXiv id (`2401.00001v3`, `arXiv:hep-th/9901001`), or one ending a URL path (`…/abs/2401.00001`, `…/papers/2401.00001`). */
const ARXIV_ID_VALUE = /(?:^(?:arxiv:)?|\/)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?\/?(?:[?#].*)?$/i;

/**
 * The arXiv id of a record: any arXiv-shaped text of the id fields proper; from `id`, `paper_id`, `url`, `link` only a value that
 * is an arXiv id or a URL ending in one — not digits that merely look alike inside another id or URL (a DOI's
 * `3383583.3398584`, Semantic Scholar's `…/author/2259683`).
 */
function recordArxivId(object: Record<string, unknown>): string | undefined {
  const own = identifier(object, ['arxiv_id', 'arxivId', 'arXiv', 'arxiv']);
  if (own) return normalizeArxivId(own);
  // (`paper_id`: arXiv's own metadata records, as its search service indexes them)
  for (const field of ['id', 'paper_id', 'abs', 'url', 'link']) {
    const value = asString(object[field])?.trim();
    const match = value ? ARXIV_ID_VALUE.exec(value) : null;
    if (!match) continue;
    const id = match[1]!;
    // An old-style id in a URL only under arXiv's own paths: `…/author/2259683` has the same shape.
    if (/^\d/.test(id) || !value!.includes('/' + id) || /arxiv\.org\/(?:abs|pdf)\//i.test(value!)) return normalizeArxivId(id);
  }
  return undefined;
}

const TITLE_FIELDS = ['title', 'Title', 'name'];
const ABSTRACT_FIELDS = ['abstract', 'summary', 'Abstract', 'abstractText', 'description'];

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** An object `recordFromObject` can make a paper of: it has a title. */
export function hasTitle(value: unknown): boolean {
  const object = asObject(value);
  return object !== undefined && firstString(object, TITLE_FIELDS) !== undefined;
}

/**
 * An object that is a paper itself, not a collection that happens to have a name: a `title`, or a `name` together
 * with an abstract or authors.
 */
export function isPaperObject(value: unknown): boolean {
  const object = asObject(value);
  if (!object) return false;
  if (firstString(object, ['title', 'Title']) !== undefined) return true;
  return hasTitle(object) && (firstString(object, ABSTRACT_FIELDS) !== undefined || (object['authors'] ?? object['author']) !== undefined);
}

/**
 * A listing item that wraps its paper (Hugging Face's daily papers: `{"paper": {id, title, authors, summary,
 * publishedAt}, "title": …, "numComments": …}`): the paper's own fields, the wrapper's where the paper has none — but
 * never the wrapper's text as the paper's abstract: an item may be about something else that cites the paper (Papers
 * with Code's method and dataset entries: `{"name": "Adam", "description": <the method's>, "paper": {"title": "Adam:
 * A Method for…"}}`), and a paper object carries its own abstract when it has one.
 */
function unwrapped(object: Record<string, unknown>): Record<string, unknown> {
  const key = WRAPPED_PAPER_FIELDS.find((field) => isPaperObject(object[field]));
  if (key === undefined) return object;
  const inner = object[key] as Record<string, unknown>;
  const outer = { ...object };
  delete outer[key];
  for (const field of ABSTRACT_FIELDS) delete outer[field];
  return { ...outer, ...inner };
}

/**
 * Where an item keeps its paper: Hugging Face's `paper`; Zenodo's and InvenioRDM's API records their `metadata`
 * (`{id, doi, links, metadata: {title, creators, publication_date, description}}`).
 */
const WRAPPED_PAPER_FIELDS = ['paper', 'metadata'];

/** Identifiers kept together in one object (Mendeley's `identifiers: {doi, arxiv, pmid}`), else on the record. */
function identifier(object: Record<string, unknown>, fields: string[]): string | undefined {
  const nested = asObject(object['identifiers']);
  return firstString(object, fields) ?? (nested ? firstString(nested, fields) : undefined);
}

export function recordFromObject(value: unknown, source: SourceRef): PaperRecord | string {
  const wrapper = asObject(value);
  if (!wrapper) return 'not a JSON object';
  const object = unwrapped(wrapper);
  const title = firstString(object, TITLE_FIELDS);
  if (!title) return 'record has no "title"';
  // HTML abstracts and titles (Zenodo's `description`, a publisher's `<p>…</p>`) as text.
  const abstract = richText(firstString(object, ABSTRACT_FIELDS) ?? '');
  const arxivId = recordArxivId(object);
  const year = readYear(object);
  const categories = readStringList(object['categories']);
  const tags = readStringList(object['tags']) ?? [];
  // (Europe PMC's `journalTitle`)
  const venue = firstString(object, ['venue', 'journal', 'journal-ref', 'journalTitle']);
  const listedAuthors = object['authors'] ?? object['author'] ?? object['creators'];
  const record: PaperRecord = {
    title: richText(title).replace(/\s+/g, ' ').trim(),
    abstract: abstract.trim(),
    authors: listedAuthors ? readAuthors(listedAuthors) : shortFormAuthors(object['authorString']),
    tags,
    sources: [source],
  };
  // Without a date of its own, the arXiv id's month is when the paper appeared (`2508.00017` → 2025-08).
  const date = readDate(object) ?? (year === undefined && arxivId !== undefined ? arxivIdDate(arxivId) : undefined);
  const dated = year ?? (date !== undefined ? yearOf(date) : undefined);
  if (dated !== undefined) record.year = dated;
  if (date !== undefined) record.date = date;
  if (arxivId !== undefined) record.arxivId = arxivId;
  if (categories) record.categories = categories;
  if (venue) record.venue = venue;
  setVolume(record, firstString(object, ['volume']));
  const doi = recordDoi(identifier(object, ['doi', 'DOI']));
  if (doi) record.doi = doi;
  // `PMID: 11111111`, `pmid: "29456894"`, a PubMed URL: the digits.
  const pmid = /^\D*?(\d{1,9})\/?$/.exec(identifier(object, ['pmid', 'PMID'])?.trim() ?? '')?.[1];
  if (pmid) record.ids = { pmid };
  return record;
}

/**
 * A part of a name a program wrote for a value it did not have: Lens's `null Neetha Das` (Crossref's author without a
 * given name), `undefined`, in small letters at the name's start or end, beside the rest of the name.
 */
const MISSING_PART = /^(?:null|undefined|None)\s+(?=\S)|(?<=\S)\s+(?:null|undefined|None)$/;

/** `, et al.`, ` et al`, `; et al.` after a name: the authors a list leaves out, no part of the name. */
const LEFT_OUT_AFTER_NAME = /(?:\s*[,;]\s*|\s+)et\.?\s?al\.?\s*$/i;

/**
 * What exporters write where a work has no abstract: R's and spreadsheets' `NA`, `N/A`, Scopus's `[No abstract
 * available]`, NASA ADS's `Not Available`, `No abstract available`, `Abstract not available`, `None`, `null`, `-`.
 */
const NO_ABSTRACT = /^\s*\[?\s*(?:n\/?a|n\.a\.?|nan|none|null|-+|not available|no abstract(?: available| provided)?|abstract|abstract (?:not available|unavailable))\s*\]?\.?\s*$/i;

/**
 * The heading an abstract opens with in many exports: `Abstract`, `ABSTRACT`, `Summary` (Cell Press), with a
 * separator (`Abstract:`, `Abstract.`, `Abstract -`, `Abstract :-`, `SUMMARY:`) or a line break, glued to the first
 * word (ScienceDirect's `AbstractObjective …`), or before a sentence (`Abstract The effect of …`, `ABSTRACT With the
 * advance …`). Before a capitalised word followed by another (`Abstract Meaning Representation is …`, `Abstract Syntax
 * Trees`) the word is the abstract's own, and stays; before a capitalised word and a small one it may be too
 * (`Abstract Interpretation is …`): see {@link ownPhrase}.
 */
const ABSTRACT_HEADING = /^\s*(?:Abstract|ABSTRACT|abstract|Summary|SUMMARY)(?:\s*(?::-|[.:\-–—])\s+|\s*:(?=\S)|[ \t]*\r?\n\s*|(?=\p{Lu}\p{Ll})|\s+(?=\p{Lu}{2,}\b|\p{Lu}[\p{Ll}\p{N}'’-]*[,;:]?\s+[^\s\p{Lu}]|[\p{N}"“‘(\[]))/u;

/** The word after `Abstract` or `Summary` and a space, when a small word follows it (`Abstract Interpretation is`). */
const TITLE_CASE_HEADING_BEFORE_WORD = /^\s*(Abstract|Summary) (\p{Lu}\p{Ll}[\p{Ll}'’-]*)\s+\p{Ll}/u;

/**
 * Words of the closed classes a sentence opens with — articles, pronouns, prepositions, conjunctions — which no noun
 * phrase puts after the adjective `abstract`: after a heading they open a sentence, whatever follows `abstract` later.
 */
const FUNCTION_WORD = /^(?:the|a|an|this|these|that|those|we|our|it|its|they|their|there|here|in|on|at|for|to|with|by|from|of|as|into|over|under|after|before|during|since|although|though|while|when|because|if|unless|despite|given|all|each|every|both|many|most|some|such|no|not|one|two|how|what|which|who|why|where|recently|currently|however|moreover)$/i;

/**
 * Whether `Abstract X` (or `Summary X`) opening an abstract is its own noun phrase rather than a heading before a
 * sentence opening with `X`: the phrase comes again, in the title or further in the abstract, whatever its case
 * (`Abstract Interpretation is a theory … we extend abstract interpretation to …`). A heading's next word hardly ever
 * follows the heading's word elsewhere in the text (`Abstract The`, `Abstract Recent`).
 */
function ownPhrase(abstract: string, title: string): boolean {
  const opening = TITLE_CASE_HEADING_BEFORE_WORD.exec(abstract);
  if (!opening || FUNCTION_WORD.test(opening[2]!)) return false;
  // (the word holds letters, apostrophes and hyphens only: nothing a pattern reads as syntax)
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${opening[1]}\\s+${opening[2]}(?![\\p{L}\\p{N}])`, 'iu');
  return phrase.test(title) || phrase.test(abstract.slice(opening[0].length));
}

/** IEEE Xplore's note before the summary of a talk or keynote: `Summary form only given. …`, `…, as follows. …`. */
const IEEE_SUMMARY_NOTE = /^\s*Summary form only given(?:\s*[.,:]\s*(?:as follows\s*[.:])?|\s*$)/i;

/**
 * A record's abstract without what says it is one or that there is none: its heading ({@link ABSTRACT_HEADING}, {@link
 * IEEE_SUMMARY_NOTE}) — unless what looks like one is the abstract's own noun phrase, written again in the record's
 * `title` or further on ({@link ownPhrase}) — and the placeholders exporters write for none ({@link NO_ABSTRACT}), which
 * would otherwise read as a sentence of the paper (and `NA` as a shared term of every record without an abstract).
 */
export function tidyAbstract(abstract: string, title = ''): string {
  if (abstract === '') return abstract;
  if (NO_ABSTRACT.test(abstract)) return '';
  const heading = ABSTRACT_HEADING.exec(abstract) ?? IEEE_SUMMARY_NOTE.exec(abstract);
  if (!heading || ownPhrase(abstract, title)) return abstract;
  const rest = abstract.slice(heading[0].length).trimStart();
  return NO_ABSTRACT.test(rest) ? '' : rest;
}

/**
 * A record's authors tidied, their ids kept beside them: a database's placeholder for none ({@link
 * isNoAuthorPlaceholder}) dropped, punctuation at a name's ends that is no part of it trimmed ({@link
 * withoutStrayPunctuation}), and a name left without a letter dropped ({@link hasNameLetter}). Returns the names
 * dropped for want of a letter, as written, for the reader's warning (a placeholder is no loss).
 */
export function tidyAuthors(record: PaperRecord): string[] {
  const letterless: string[] = [];
  const kept: Array<{ name: string; ids: AuthorIds | undefined }> = [];
  record.authors.forEach((name, position) => {
    // What stands for the authors a cut list leaves out: alone (`et al.`, `others`), or after the last name written
    // (`T. Aaltonen et al.`).
    const tidy = withoutStrayPunctuation(name.replace(LEFT_OUT_AFTER_NAME, '').replace(MISSING_PART, ''));
    if (isNoAuthorPlaceholder(name) || isLeftOutAuthors(tidy) || isLeftOutAuthors(name.trim())) return;
    if (!hasNameLetter(tidy)) letterless.push(name);
    else kept.push({ name: tidy, ids: record.authorIds?.[position] });
  });
  // (most records: every name kept as written, nothing to rewrite)
  if (kept.length === record.authors.length && kept.every(({ name }, i) => name === record.authors[i])) return letterless;
  record.authors = kept.map(({ name }) => name);
  if (record.authorIds) {
    const ids = kept.map(({ ids }) => ids);
    if (ids.some((entry) => entry !== undefined)) record.authorIds = ids;
    else delete record.authorIds;
  }
  return letterless;
}

/**
 * The date of an arXiv preprint (no venue) as reference managers and arXiv store it: Zotero's arXiv import dates the
 * item by its latest version (`2026-07-14` for a paper first posted in September 2025), and its exports pass that on
 * in every form — Zotero JSON and CSL, BibTeX's `year` + `month`, BibLaTeX's `date = {2020-07-22}`, RIS's `DA  -
 * 2023/08/02/` and `PY` — as arXiv's own BibTeX export writes the latest version's `year`. Later than its id's month,
 * that date is a revision's: the id's month is when the paper appeared, as every arXiv source dates it; a date
 * missing is that month too. Only a record that names the version it cites (BibLaTeX's `version = 3`, `eprint =
 * {math/0307200v3}`) keeps a full date later than that: the date of the version cited (a bare year still gives way).
 */
export function preprintDate(date: string | undefined, arxivId: string | undefined, versionCited = false): string | undefined {
  const posted = arxivId ? arxivIdDate(arxivId) : undefined;
  if (!posted) return date;
  if (!date) return posted;
  if (versionCited && date.length > 4) return date;
  return date.slice(0, 7) > posted ? posted : date;
}

/**
 * What reading one record of a file gave, into the file's result: the paper, or a rejection at the record's place
 * (`source`: file, line, record index) saying why it is none — every record ends in one or the other.
 */
export function keepRead(result: IngestResult, read: PaperRecord | string, source: SourceRef): void {
  if (typeof read === 'string') result.rejections.push({ ...source, message: read });
  else result.records.push(read);
}

/**
 * A record's volume (or part) as written, when it names one: `prism:volume`, `VL`, BibTeX's `volume`, EndNote's `%V`.
 * An arXiv id in the volume field (dblp's and Semantic Scholar's `abs/1706.03762`, `arXiv:…` as libraries import
 * them) is no volume: the readers take it for the id.
 */
export function setVolume(record: PaperRecord, written: string | undefined): void {
  const volume = written?.replace(/\s+/g, ' ').trim();
  if (volume && !/^abs\//i.test(volume) && !arxivIdInText(volume)) record.volume = volume;
}

/** A record's date (ISO, as precise as known) and the year it gives; nothing when there is none. */
export function setDate(record: PaperRecord, date: string | undefined): void {
  if (!date) return;
  record.date = date;
  record.year = yearOf(date);
}

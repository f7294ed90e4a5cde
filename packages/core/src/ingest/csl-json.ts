/**
 * CSL-JSON (Zotero's "Export → CSL JSON", Better BibTeX, citeproc, pandoc): an array of items, or one item. It is
 * JSON, so `JSON.parse` and a mapping; a library (citation-js) would only hand back the same CSL objects. Read:
 * `author` as `{family, given, non-dropping-particle, dropping-particle, suffix}` or `{literal}`, `issued` as
 * `date-parts` (a year may be a string: `["2019", 4, 28]`) or `raw`, `DOI` (short DOIs such as `10/fqd6hj` kept as
 * given), arXiv ids in `number`/`note`/`URL`/`DOI`/`archive_location`, `abstract`, `container-title`/`event-title`.
 */
import { arxivIdDate, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord, SourceRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl } from './ids.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';
import { invalidJson } from './json.ts';
import { richText } from './markup.ts';
import { nameFromParts } from './names.ts';
import { keepRead, preprintDate, setDate, setVolume } from './records.ts';

/** The item types of CSL 1.0.2: with `issued` or a CSL name, they tell a CSL item from other JSON with a `type`. */
const CSL_TYPES =
  'article|article-journal|article-magazine|article-newspaper|bill|book|broadcast|chapter|classic|collection|dataset|document|entry|entry-dictionary|entry-encyclopedia|event|figure|graphic|hearing|interview|legal_case|legislation|manuscript|map|motion_picture|musical_score|pamphlet|paper-conference|patent|performance|periodical|personal_communication|post|post-weblog|regulation|report|review|review-book|software|song|speech|standard|thesis|treaty|webpage';
const CSL_TYPE = new RegExp(`"type"\\s*:\\s*"(?:${CSL_TYPES})"`);
// A name part's value is a string: OpenAlex's abstract_inverted_index has the words "given" and "family" as keys of
// position lists (`"given": [12, 40]`), beside a CSL-looking `"type": "article"`.
const CSL_ONLY = /"issued"\s*:\s*\{\s*"(?:date-parts|raw|literal)"|"(?:family|given|non-dropping-particle)"\s*:\s*"|"container-title"\s*:|"citation-key"\s*:|"title-short"\s*:/;

/** CSL's own shapes, whatever the item type (Better BibTeX writes types of its own, `video`; citeproc tests none). */
const CSL_SURE = /"issued"\s*:\s*\{\s*"date-parts"\s*:|"citation-key"\s*:/;

function sniffCslJson(head: string): number {
  const body = head.trimStart();
  if (!body.startsWith('[') && !body.startsWith('{')) return 0;
  return (CSL_TYPE.test(body) && CSL_ONLY.test(body)) || CSL_SURE.test(body) ? 1 : 0;
}

type CslItem = Record<string, unknown>;

function asItem(value: unknown): CslItem | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as CslItem) : undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** One line of text, with the typographic ligatures of PDF-copied abstracts (`ﬁ`, U+FB00–FB06) spelled out. */
function folded(value: unknown): string {
  return (str(value) ?? '').replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/** `{given, dropping-particle, non-dropping-particle, family, suffix}` in reading order, or `{literal}`. */
function personName(value: unknown): string | undefined {
  const person = asItem(value);
  if (!person) return typeof value === 'string' ? folded(value) || undefined : undefined;
  const literal = folded(person['literal']);
  if (literal) return literal;
  const name = nameFromParts({ given: folded(person['given']), particles: [folded(person['dropping-particle']), folded(person['non-dropping-particle'])], family: folded(person['family']), suffixes: [folded(person['suffix'])] });
  return name || undefined;
}

/** `{"date-parts": [["2019", 4, 28]]}`, `{"raw": "2019-04-28"}`, `{"literal": "2019"}` → ISO as precise as given. */
export function cslDate(value: unknown): string | undefined {
  // An EDTF string or a year in place of the date object (citeproc-rs and pandoc's YAML metadata accept it).
  if (typeof value === 'string' || typeof value === 'number') return parseDate(typeof value === 'string' ? value.replace(/[~?]$/, '') : value);
  const date = asItem(value);
  if (!date) return undefined;
  const parts = date['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const [year, month, day] = (parts[0] as unknown[]).map((part) => (typeof part === 'number' || typeof part === 'string' ? String(part).trim() : ''));
    if (year && /^\d{4}$/.test(year)) {
      // Months 13–24 are CSL's seasons (`["2017", 14]`, summer): the year alone.
      const monthOk = month !== undefined && /^\d{1,2}$/.test(month) && Number(month) >= 1 && Number(month) <= 12;
      const iso = [year, monthOk ? month.padStart(2, '0') : '', day && /^\d{1,2}$/.test(day) && monthOk ? day.padStart(2, '0') : '']
        .filter((part) => part)
        .join('-');
      return parseDate(iso);
    }
  }
  return parseDate(date['raw']) ?? parseDate(date['literal']);
}

function itemArxivId(item: CslItem, doi: string | undefined): string | undefined {
  return (
    arxivIdFromDoi(doi) ??
    arxivIdFromUrl(str(item['URL'])) ??
    ['number', 'note', 'archive_location', 'id', 'publisher', 'container-title'].map((field) => arxivIdInText(str(item[field]))).find((id) => id !== undefined)
  );
}

/** One CSL item as a record, or why it is none (also read by the Zotero JSON reader for the API's `csljson` copies). */
export function cslItemRecord(value: unknown, source: SourceRef): PaperRecord | string {
  const item = asItem(value);
  if (!item) return 'not a CSL item (a JSON object)';
  // CSL's rich text (`<i>`, `<sub>`, `<span class="nocase">`), which Zotero writes in titles, read as text.
  const title = richText(folded(item['title']));
  if (!title) return 'item has no "title"';
  const authors = (Array.isArray(item['author']) ? item['author'] : []).map(personName).filter((name): name is string => name !== undefined);
  const record: PaperRecord = { title, abstract: richText(folded(item['abstract'])), authors, tags: [], sources: [source] };
  const doi = recordDoi(str(item['DOI']));
  const arxivId = itemArxivId(item, doi);
  if (arxivId) record.arxivId = arxivId;
  // Zotero's CSL of an arXiv preprint (`type: article`, `publisher: arXiv`) is dated by its latest version.
  const preprint = item['type'] === 'article' || /^arxiv(?:\.org)?$/i.test(folded(item['publisher']));
  const date = preprint ? preprintDate(cslDate(item['issued']), arxivId) : (cslDate(item['issued']) ?? (arxivId ? arxivIdDate(arxivId) : undefined));
  setDate(record, date);
  if (doi) record.doi = doi;
  const venue = folded(item['container-title']) || folded(item['event-title']) || folded(item['event']);
  if (venue && !/^arxiv(?:\.org)?$/i.test(venue)) record.venue = venue;
  setVolume(record, str(item['volume']));
  return record;
}

export function parseCslJson(input: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const text = input.replace(/^\ufeff/, '');
  if (!text.trim()) return result;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    result.rejections.push(invalidJson(error, text, file));
    return result;
  }
  // The Zotero web API's `format=csljson` answers `{"items": [...]}`.
  const wrapped = asItem(data);
  const items = Array.isArray(data) ? data : wrapped && Array.isArray(wrapped['items']) && !('title' in wrapped) ? (wrapped['items'] as unknown[]) : [data];
  items.forEach((item, record) => keepRead(result, cslItemRecord(item, { file, record }), { file, record }));
  return result;
}

export const cslJsonFormat: InputFormat = {
  name: 'csl-json',
  label: 'CSL-JSON',
  extensions: ['.csl.json', '.csl'],
  sniff: sniffCslJson,
  parse: parseCslJson,
};

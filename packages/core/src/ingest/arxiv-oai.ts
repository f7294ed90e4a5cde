/**
 * OAI-PMH answers (`export.arxiv.org/oai2`, `oaipmh.arxiv.org/oai`): what bulk harvesters of arXiv save, one
 * `<record>` a paper, in GetRecord and ListRecords responses. The three metadata formats arXiv serves are read
 * (their templates are arXiv's own, arXiv/oaipmh `templates/record_formats.xml`):
 *
 * - `arXiv`: `id`, `created` (the first version's date), `authors/author` with `keyname`/`forenames`/`suffix`,
 *   `title`, `categories` (space-separated), `journal-ref`, `doi` (several space-separated), `abstract`;
 * - `arXivRaw`: the same but authors as one string as submitted (`A, B, and C`, affiliations in parentheses) and
 *   every `version` with its RFC 2822 `date`;
 * - `oai_dc` (any OAI-PMH repository's Dublin Core): `dc:title`, `dc:creator` one a person as `Last, First` (else
 *   `dc:contributor`),
 *   `dc:description` (the abstract; arXiv adds the comments as a second one, `Comment: …`), `dc:date` (the first is
 *   the first version's), `dc:identifier` (the abs URL, the journal reference, `doi:…`).
 *
 * Crossref's own OAI-PMH service gives Crossref XML as the metadata (`<crossref>` for `metadataPrefix=cr_unixml`, a
 * UNIXSD `<crossref_result>` for `cr_unixsd`): it is read by the Crossref XML module.
 *
 * A deleted record (`<header status="deleted">`, no metadata) is a rejection naming its identifier; an OAI-PMH
 * `<error>` is the file's rejection (`noRecordsMatch` a warning: an empty answer); a `resumptionToken` means the
 * file is one page of a longer list, reported as a warning. Records are cut out and parsed one by one as in the Atom
 * module, so a malformed record is rejected by its line and the others kept. arXiv's TeX accents in names
 * (`Bal\'azs`) are read as letters (`Balázs`), as in every format.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord, SourceRef } from '../types.ts';
import { folded, textOf } from './arxiv-atom.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromUrl, normalizeArxivId } from './ids.ts';
import { groupAuthors, naturalName, splitAuthorString, withoutAffiliations } from './names.ts';
import { recordDoi } from './reference-ids.ts';
import { lineCounter } from './text-lines.ts';
import { list, node, parseChunk, recordChunks, rootElement, type XmlNode } from './xml-chunks.ts';
import { journalRefVolume } from './journal-ref.ts';
import { setDate, setVolume } from './records.ts';
import { isCrossrefXmlRoot, readCrossrefRecord } from './crossref-xml.ts';
import { elementChunks, type ElementChunk } from './xml-records.ts';

/** A real record is a few KiB; anything this large is rejected unparsed. */
const MAX_RECORD_CHARS = 1 << 20;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // `dc:title` → `title`, `oai_dc:dc` → `dc`: the formats do not share element names inside one record.
  removeNSPrefix: true,
  transformTagName: (name) => name.toLowerCase(),
  // Ids such as 0704.0471 must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['author', 'version', 'creator', 'contributor', 'description', 'date', 'identifier', 'setspec'].includes(name),
  // As in the Atom module: DOCTYPE entities off, predefined and numeric ones decoded.
  processEntities: { enabled: true, maxEntityCount: 0, maxEntitySize: 0, maxTotalExpansions: Number.MAX_SAFE_INTEGER, maxExpandedLength: Number.MAX_SAFE_INTEGER },
  htmlEntities: true,
  // record/metadata/arXiv/authors/author/keyname is 6 deep.
  maxNestedTags: 16,
});

function texts(value: unknown): string[] {
  return list(value)
    .map((item) => folded(textOf(item)))
    .filter((text) => text !== '');
}

/**
 * The roots an OAI-PMH harvest has: a response (`OAI-PMH`), or the `ListRecords`/`GetRecord` element that harvest
 * scripts keep when they glue the records of several pages together. Several responses one after the other in one
 * file read as one (records are found by their tags, not by the document's tree).
 */
function isOaiRoot(name: string): boolean {
  return /^(?:OAI-PMH|ListRecords|GetRecord)$/.test(name.replace(/^[\w.-]+:/, ''));
}

/**
 * One `<record>` of a harvest saved on its own (`<record><header>…</header><metadata>…`, as harvesters keep one file
 * per record): an OAI-PMH record by its `header` and `metadata`, where MARCXML's `<record>` has a `leader` and fields.
 */
function isOaiRecordRoot(name: string, text: string): boolean {
  return name.replace(/^[\w.-]+:/, '') === 'record' && /<(?:[\w.-]+:)?header\b/.test(text) && /<(?:[\w.-]+:)?metadata\b/.test(text);
}

function sniffOai(head: string): number {
  const body = head.trimStart();
  if (!body.startsWith('<')) return 0;
  const root = rootElement(body);
  // Nothing else has these roots: sure whatever the repository.
  return root && !root.doctype && (isOaiRoot(root.name) || isOaiRecordRoot(root.name, body)) ? 1 : 0;
}

/** The first DOI of a space-separated list (the paper's; later ones are errata). */
function firstDoi(value: string): string | undefined {
  return recordDoi(value.split(/\s+/)[0]);
}

/** `arXiv` (and the older `arXivOld`, whose authors are one string like `arXivRaw`'s). */
function fromArxivFormat(meta: XmlNode, record: PaperRecord): void {
  const authors = node(meta['authors']);
  if (authors) {
    record.authors = groupAuthors(
      list(authors['author'])
        .map((author) => {
          const parts = node(author) ?? {};
          return naturalName([textOf(parts['forenames']), textOf(parts['keyname']), textOf(parts['suffix'])].map(folded).filter((part) => part).join(' '));
        })
        .filter((name) => name !== ''),
    );
  } else {
    record.authors = splitAuthorString(withoutAffiliations(folded(textOf(meta['authors']))));
  }
  setDate(record, parseDate(textOf(meta['created'])));
}

/** `arXivRaw`: the authors string as submitted; the date of version 1. */
function fromArxivRaw(meta: XmlNode, record: PaperRecord): void {
  record.authors = splitAuthorString(withoutAffiliations(folded(textOf(meta['authors']))));
  const versions = list(meta['version']).map(node);
  const first = versions.find((version) => textOf(version?.['version']) === 'v1') ?? versions[0];
  setDate(record, parseDate(folded(textOf(first?.['date']))));
}

/** Fields `arXiv`, `arXivOld` and `arXivRaw` share. */
function arxivFields(meta: XmlNode, record: PaperRecord): void {
  const id = normalizeArxivId(folded(textOf(meta['id'])));
  if (id) record.arxivId = id;
  const doi = firstDoi(folded(textOf(meta['doi'])));
  if (doi) record.doi = doi;
  const venue = folded(textOf(meta['journal-ref']));
  if (venue) record.venue = venue;
  setVolume(record, journalRefVolume(venue));
  const categories = folded(textOf(meta['categories'])).split(' ').filter((term) => term);
  if (categories.length > 0) record.categories = categories;
}

/**
 * Dublin Core: creators `Last, First`; identifiers hold the arXiv URL, `doi:…` (or a bare `10.…`) and, in arXiv's
 * records, the journal reference. Other repositories write ISBNs (`90 - 5892 - 032 - 1`), ISSNs and whole citations
 * of related works there: no venue is read from their identifiers.
 */
function fromDublinCore(dc: XmlNode, record: PaperRecord): void {
  // DSpace files a work's authors as `dc:creator` and repeats them as `dc:contributor`; a record without any
  // `dc:creator` (an inaugural address, a report) names its author only as a contributor. Advisors and editors are
  // contributors too, so contributors are read only when no creator is given.
  const creators = texts(dc['creator']);
  record.authors = groupAuthors((creators.length > 0 ? creators : texts(dc['contributor'])).map(naturalName));
  const descriptions = texts(dc['description']);
  record.abstract = descriptions.find((text) => !/^Comment:/i.test(text)) ?? '';
  // arXiv's dates are its versions' days, the first one the paper's; a repository such as DSpace writes the deposit's
  // timestamps first (`2003-06-26T09:47:27Z`: accessioned, available) and the work's own date after them (`2000`).
  const dates = texts(dc['date']);
  const workDate = dates.find((text) => !/\dT\d/.test(text) && parseDate(text) !== undefined) ?? dates.find((text) => parseDate(text) !== undefined);
  setDate(record, parseDate(workDate));
  const identifiers = texts(dc['identifier']);
  for (const identifier of identifiers) {
    const arxivId = arxivIdFromUrl(identifier);
    if (arxivId) record.arxivId ??= arxivId;
    else if (/^doi:/i.test(identifier) || /^https?:\/\/(?:dx\.)?doi\.org\//i.test(identifier) || /^10\.\d{4,9}\/\S+$/.test(identifier)) {
      record.doi ??= firstDoi(identifier.replace(/^doi:\s*/i, ''));
    }
  }
  if (record.arxivId === undefined) return;
  const journalRef = identifiers.find((identifier) => !/^[a-z][\w+.-]*:/i.test(identifier) && /\s/.test(identifier) && arxivIdFromUrl(identifier) === undefined);
  if (journalRef && record.venue === undefined) {
    record.venue = journalRef;
    setVolume(record, journalRefVolume(journalRef));
  }
}

const CROSSREF_TAG = /<(?:[\w.-]+:)?(?:crossref|crossref_result|doi_records?)[\s>]/;

/** The Crossref XML of a record's `<metadata>` (`<crossref>`, `<crossref_result>`), as text, with its offset in the record's text. */
function crossrefMetadata(record: string): ElementChunk | undefined {
  return elementChunks(record, (name, _depth, ancestors) => isCrossrefXmlRoot(name) && /^(?:[\w.-]+:)?metadata$/.test(ancestors[ancestors.length - 1] ?? ''))[0];
}

/** One parsed `<record>` → a paper, or why not. */
function recordFromOai(oai: XmlNode, source: SourceRef): PaperRecord | string {
  const header = node(oai['header']) ?? {};
  const identifier = folded(textOf(header['identifier'])) || 'without identifier';
  if (textOf(header['status']) === 'deleted') return `deleted record ${identifier} (OAI-PMH header status="deleted": the repository keeps no metadata for it)`;
  const metadata = node(oai['metadata']);
  if (!metadata) return `record ${identifier} has no <metadata> (a ListIdentifiers answer gives headers only: harvest with ListRecords)`;
  const arxiv = node(metadata['arxiv']) ?? node(metadata['arxivold']);
  const raw = node(metadata['arxivraw']);
  const dc = node(metadata['dc']);
  const meta = arxiv ?? raw ?? dc;
  if (!meta) return `record ${identifier}: metadata format <${Object.keys(metadata).filter((key) => !key.includes(':') && key !== '#text')[0] ?? '?'}> is not read (arXiv, arXivRaw, oai_dc or Crossref's are)`;
  const title = folded(texts(meta['title'])[0]);
  if (!title) return `record ${identifier} has no title`;
  const record: PaperRecord = { title, abstract: folded(textOf(meta['abstract'])), authors: [], tags: [], sources: [source] };
  if (arxiv) fromArxivFormat(arxiv, record);
  else if (raw) fromArxivRaw(raw, record);
  if (arxiv ?? raw) arxivFields(meta, record);
  else fromDublinCore(meta, record);
  // The header names the paper too (`oai:arXiv.org:0704.0471`) when the metadata does not.
  record.arxivId ??= arxivIdFromUrl(identifier);
  return record;
}

/** The OAI-PMH `<error>`s of a response: a `noRecordsMatch` is an empty answer, any other a failed request. */
function oaiErrors(text: string, file: string, lineAt: (offset: number) => number, result: IngestResult): void {
  for (const match of text.matchAll(/<(?:[\w.-]+:)?error\b([^>]*)>([^<]*)</g)) {
    const code = /\bcode\s*=\s*["']([^"']*)["']/.exec(match[1]!)?.[1] ?? 'unknown';
    const message = folded(parser.parse(`<m>${match[2]}</m>`).m as string | undefined) || 'no message';
    const issue = { file, line: lineAt(match.index), message: `OAI-PMH error ${code}: ${message}` };
    if (code === 'noRecordsMatch') result.warnings.push({ ...issue, message: `no records: ${issue.message}` });
    else result.rejections.push(issue);
  }
}

/** A `resumptionToken` with a value: the file is one page of a longer list. */
function pagingWarning(tail: string, records: number, what: string): string | undefined {
  const token = /<(?:[\w.-]+:)?resumptionToken\b([^>]*)>([^<]+)</.exec(tail);
  if (!token || !token[2]!.trim()) return undefined;
  const size = /\bcompleteListSize\s*=\s*["'](\d+)["']/.exec(token[1]!)?.[1];
  const of = size ? ` of the list's ${Number(size)}` : '';
  return `the response holds ${records}${of} ${what} (OAI-PMH answers in pages: ask again with resumptionToken=${token[2]!.trim()} for more)`;
}

export function parseArxivOai(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const root = rootElement(text);
  const lineAt = lineCounter(text);
  if (!root || root.doctype !== undefined || !(isOaiRoot(root.name) || isOaiRecordRoot(root.name, text))) {
    result.rejections.push({ file, line: root ? lineAt(root.doctype ?? root.offset) : 1, message: root?.doctype !== undefined ? 'XML with a DOCTYPE is not read (its entities could expand without bound); OAI-PMH answers have none' : 'not an OAI-PMH response (no <OAI-PMH> root)' });
    return result;
  }
  const chunks = recordChunks(text, ['record'], root.offset, true);
  chunks.forEach((chunk, record) => {
    const line = lineAt(chunk.offset);
    const reject = (message: string, at = line) => result.rejections.push({ file, line: at, record, message });
    if (chunk.problem) return reject(chunk.problem);
    if (chunk.text.length > MAX_RECORD_CHARS) return reject(`<record> of ${chunk.text.length} characters, more than a record holds (${MAX_RECORD_CHARS}): not read`);
    // Crossref's own OAI-PMH service (`metadataPrefix=cr_unixml`, `cr_unixsd`): its `<crossref>` (`<crossref_result>`)
    // read as Crossref XML (before the record is parsed here: JATS abstracts with MathML nest deeper than it goes).
    const crossref = CROSSREF_TAG.test(chunk.text) ? crossrefMetadata(chunk.text) : undefined;
    if (crossref) {
      const works = readCrossrefRecord(crossref.text, file, lineAt(chunk.offset + crossref.offset), record);
      result.records.push(...works.records);
      result.rejections.push(...works.rejections);
      return;
    }
    const read = parseChunk(parser, chunk, 'record');
    if ('problem' in read) return reject(read.problem, line + read.line - 1);
    const paper = recordFromOai(node(read.parsed) ?? {}, { file, line, record });
    if (typeof paper === 'string') reject(paper);
    else result.records.push(paper);
  });
  const last = chunks[chunks.length - 1];
  const tail = last ? text.slice(last.offset + last.text.length) : text;
  // An answer with an error has no records (OAI-PMH sends one or the other).
  if (chunks.length === 0) oaiErrors(text, file, lineAt, result);
  // A ListIdentifiers answer names records by their headers and holds none of their metadata.
  const headers = chunks.length === 0 ? [...text.matchAll(/<(?:[\w.-]+:)?header\b[^>]*>\s*<(?:[\w.-]+:)?identifier>([^<]*)</g)] : [];
  if (headers.length > 0) {
    const named = headers.slice(0, 3).map((header) => header[1]!.trim()).join(', ');
    const more = headers.length > 3 ? ', …' : '';
    result.warnings.push({ file, line: lineAt(headers[0]!.index), message: `no records: ${headers.length} identifiers without metadata (${named}${more}): a ListIdentifiers answer names records without holding them; harvest with ListRecords` });
  }
  const paging = pagingWarning(tail, headers.length > 0 ? headers.length : chunks.length, headers.length > 0 ? 'identifiers' : 'records');
  if (paging) result.warnings.push({ file, line: lineAt(text.search(/<(?:[\w.-]+:)?resumptionToken\b/)), message: paging });
  if (chunks.length === 0 && result.rejections.length === 0 && result.warnings.length === 0) {
    const verb = /<request\b[^>]*\bverb\s*=\s*["'](\w+)["']/.exec(text)?.[1];
    result.warnings.push({ file, line: lineAt(root.offset), message: `no records: the OAI-PMH response${verb ? ` to ${verb}` : ''} has no <record>` });
  }
  return result;
}

export const arxivOaiFormat: InputFormat = {
  name: 'arxiv-oai',
  label: 'an OAI-PMH response (arXiv, arXivRaw, Dublin Core or Crossref records)',
  citationFields: 'citation_list of its Crossref records',
  extensions: ['.xml'],
  sniff: sniffOai,
  parse: parseArxivOai,
};

/**
 * arXiv feeds: API answers (`export.arxiv.org/api/query`, Atom, old and 2026 layouts) and the daily listing feeds
 * (`rss.arxiv.org/atom/<cat>` in Atom, `rss.arxiv.org/rss/<cat>` in RSS 2.0), one paper per `<entry>`/`<item>`.
 *
 * XML is parsed by fast-xml-parser with DOCTYPE entities off and a nesting limit. The feed is cut into its entries
 * at their `<entry>`/`</entry>` tags first and each entry is checked and parsed alone, because the parser keeps no
 * positions and stops at nothing: this way a malformed entry is rejected by its line and the others are kept, and no
 * entry larger than MAX_ENTRY_CHARS is ever handed to the parser.
 *
 * The listing-feed shape is built from arXiv's "ATOM/RSS feed specifications" (no real feed is among the fixtures):
 * ids as `oai:arXiv.org:<id>v<n>`, authors in one comma-separated `dc:creator`, the summary prefixed with
 * `arXiv:<id> Announce Type: <type> Abstract:`, `published` the announcement date of this version.
 *
 * The RSS 1.0 feed arXiv served before 2024 (`export.arxiv.org/rss/<cat>`, `rdf:RDF`, still in feed readers' caches)
 * writes the rest differently: `Title. (arXiv:<id>v<n> [<primary>] UPDATED|CROSS LISTED)` as the title, the abstract as
 * escaped HTML (`&lt;p&gt;…`), and the authors as escaped HTML links in one `dc:creator`, a long list cut with
 * `et al. (N additional authors not shown)`.
 */
import { XMLParser } from 'fast-xml-parser';
import { arxivIdDate, parseDate } from '../time/dates.ts';
import { decodeTexAccents } from '../text/latex.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { splitAuthorString, withoutAffiliations } from './names.ts';
import { normalizeArxivId } from './ids.ts';
import { recordDoi } from './reference-ids.ts';
import { decodeCharacterReferences, markupText } from './markup.ts';
import { lineCounter } from './text-lines.ts';
import { list, otherXmlMessage, parseChunk, recordChunks, rootElement, type XmlNode } from './xml-chunks.ts';
import { journalRefVolume } from './journal-ref.ts';
import { setDate, setVolume } from './records.ts';

/** A real entry is a few KiB; anything this large is not an arXiv entry and is rejected unparsed. */
const MAX_ENTRY_CHARS = 1 << 20;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Prefixes kept (`arxiv:doi`, `dc:creator`); names lower-cased, as the listing feeds write `arxiv:DOI`.
  removeNSPrefix: false,
  transformTagName: (name) => name.toLowerCase(),
  // Ids such as 2202.12139 must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['author', 'category', 'link', 'dc:creator', 'dc:identifier'].includes(name),
  // DOCTYPE entities off (no billion laughs); the predefined ones (&amp; &lt;) still decoded, hence the large
  // expansion limits, which count those too.
  processEntities: { enabled: true, maxEntityCount: 0, maxEntitySize: 0, maxTotalExpansions: Number.MAX_SAFE_INTEGER, maxExpandedLength: Number.MAX_SAFE_INTEGER },
  // Numeric character references (&#960;) decoded.
  htmlEntities: true,
  // An entry is 3 deep (entry/author/name); deeper input throws.
  maxNestedTags: 16,
});

interface FeedShape {
  /** The element holding one paper. */
  tag: 'entry' | 'item';
  root: string;
}

function feedShape(rootName: string): FeedShape | undefined {
  const name = rootName.toLowerCase();
  if (name === 'feed') return { tag: 'entry', root: rootName };
  if (name === 'rss' || name === 'rdf:rdf') return { tag: 'item', root: rootName };
  return undefined;
}

/** How sure the head is an arXiv feed: an Atom/RSS root naming arXiv, or (less sure) any Atom/RSS feed. */
function sniffArxivFeed(head: string): number {
  const body = head.trimStart();
  if (!body.startsWith('<')) return 0;
  const root = rootElement(body);
  if (!root || root.doctype !== undefined || !feedShape(root.name)) return 0;
  return /arxiv\.org|arxiv:/i.test(body) ? 1 : 0.6;
}

/** Text content of an element (`<title type="html">…</title>` parses to an object holding `#text`). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return textOf((value as XmlNode)['#text']);
  return undefined;
}

/** Whitespace folded: titles and summaries are hard-wrapped with line breaks and indentation in the old layout. */
export function folded(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The arXiv id of an entry's `id`/`guid`/`link`, only when it is an arXiv one (a blog feed's ids hold other numbers). */
function arxivIdOf(value: string | undefined): string | undefined {
  if (!value || !/arxiv\.org\/abs\/|^oai:arxiv\.org:|^arxiv:/i.test(value.trim())) return undefined;
  return normalizeArxivId(value.replace(/^oai:arxiv\.org:/i, ''));
}

const LISTING_SUMMARY = /^arXiv:\S+\s+Announce Type:\s*\S+\s*(?:Abstract:\s*)?/i;

/** The RSS 1.0 feed's title suffix, `. (arXiv:1805.06430v2 [nucl-th] UPDATED)`: the primary category, and a replacement or cross-list. */
const RSS1_TITLE_SUFFIX = /\.?\s*\(arXiv:\S+\s+\[([^\]\s]+)\](?:\s+(UPDATED|CROSS LISTED))?\)\s*$/;

interface FeedTitle {
  title: string;
  /** From an RSS 1.0 title: the primary category, and what the announcement is (`UPDATED` a replacement). */
  primary?: string;
  announceType?: string;
}

function feedTitle(raw: string): FeedTitle {
  const suffix = RSS1_TITLE_SUFFIX.exec(raw);
  if (!suffix || suffix.index === 0) return { title: raw };
  const announceType = suffix[2] === 'UPDATED' ? 'replace' : suffix[2] ? 'cross' : 'new';
  return { title: raw.slice(0, suffix.index).trim(), primary: suffix[1]!, announceType };
}

/**
 * Escaped HTML (the RSS 1.0 feed's `<p>…</p>` abstracts and `<a href=…>Name</a>` authors) read as its text. Only a
 * value that opens with such a tag: other feeds' abstracts are plain text, where `x<y>z` is mathematics.
 */
function htmlText(text: string): string {
  return /^\s*<(?:p|a)[\s>]/i.test(text) ? markupText(text) : text;
}

/** `et al. (909 additional authors not shown)`: how the RSS 1.0 feed cuts a long author list. */
const AUTHORS_NOT_SHOWN = /,?\s*et al\.?\s*\((\d+) additional authors? not shown\)\s*$/i;

/** The listing feeds announce replacements too; their `published` is the replacement's day, not the paper's. */
function isFirstAnnouncement(announceType: string): boolean {
  return /^(new|cross)$/i.test(announceType.trim());
}

function paperDate(entry: XmlNode, arxivId: string | undefined, announceType: string | undefined): string | undefined {
  // A journal's feed: the issue's `prism:publicationDate`, else the item's `dc:date`.
  const announced = parseDate(textOf(entry['published']) ?? textOf(entry['pubdate']) ?? textOf(entry['prism:publicationdate']) ?? textOf(entry['dc:date']));
  if (announceType !== undefined && !isFirstAnnouncement(announceType)) return arxivId ? arxivIdDate(arxivId) : undefined;
  return announced ?? (arxivId ? arxivIdDate(arxivId) : undefined);
}

interface FeedAuthors {
  authors: string[];
  /** How many more authors the feed left out (RSS 1.0's `et al. (N additional authors not shown)`). */
  notShown?: number;
}

function authorsOf(entry: XmlNode): FeedAuthors {
  // arXiv's feed of an author's papers (`arxiv.org/a/<id>.atom2`) names all authors in one `<name>`, comma-separated
  // (`Gustavo Jasso, Fernando Muro`): split as an author string, which keeps `Muro, Fernando` one person.
  const named = list(entry['author'])
    .map((author) => decodeTexAccents(folded(author && typeof author === 'object' ? textOf((author as XmlNode)['name']) : textOf(author))))
    .flatMap((name) => (name.includes(',') ? splitAuthorString(withoutAffiliations(name)) : [name]))
    .filter((name) => name !== '');
  if (named.length > 0) return { authors: named };
  // Listing feeds: all authors in one comma-separated `dc:creator`, each with its affiliations in parentheses
  // (arXiv/arxiv-feed `serializers/extensions.py`), whose commas must not split off names.
  const found: FeedAuthors = { authors: [] };
  for (const creator of list(entry['dc:creator'])) {
    let text = folded(htmlText(textOf(creator) ?? ''));
    const cut = AUTHORS_NOT_SHOWN.exec(text);
    if (cut) {
      found.notShown = (found.notShown ?? 0) + Number(cut[1]);
      text = text.slice(0, cut.index);
    }
    // (`LHCb collaboration: R. Aaij`: the collaboration a group author of its own, as splitAuthorString reads it.)
    found.authors.push(...splitAuthorString(withoutAffiliations(text)));
  }
  return found;
}

function categoriesOf(entry: XmlNode, titlePrimary: string | undefined): string[] | undefined {
  const primary = entry['arxiv:primary_category'];
  const terms = [
    primary && typeof primary === 'object' ? textOf((primary as XmlNode)['term']) : titlePrimary,
    ...list(entry['category']).map((category) => (category && typeof category === 'object' ? textOf((category as XmlNode)['term']) : textOf(category))),
  ]
    .map((term) => term?.trim())
    .filter((term): term is string => !!term);
  const unique = [...new Set(terms)];
  return unique.length > 0 ? unique : undefined;
}

function linkHrefs(entry: XmlNode): string[] {
  return list(entry['link']).map((link) => (link && typeof link === 'object' ? textOf((link as XmlNode)['href']) : textOf(link)) ?? '');
}

/**
 * A journal's own feed (MDPI, Science, Nature…: RSS with Dublin Core and PRISM elements) gives each article's DOI as
 * `prism:doi`, or as a `dc:identifier` written `doi: 10.…`, `info:doi/10.…` or as a doi.org URL.
 */
function journalDoi(entry: XmlNode): string | undefined {
  const prism = recordDoi(textOf(entry['prism:doi']));
  if (prism) return prism;
  for (const identifier of list(entry['dc:identifier'])) {
    const written = /^(?:info:doi\/|doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\S+)$/i.exec(folded(textOf(identifier)));
    const doi = written ? recordDoi(written[1]) : undefined;
    if (doi) return doi;
  }
  return undefined;
}

/** The journal a feed is of, when it names it (`prism:publicationName` on its channel): each article's venue. */
function feedJournal(header: string): string | undefined {
  const name = /<prism:publicationName>\s*(?:<!\[CDATA\[)?([^<\]]+)/i.exec(header)?.[1];
  return name ? folded(decodeCharacterReferences(name)) || undefined : undefined;
}

/** One parsed entry → a paper (with a warning about a part the feed left out), or why not. */
function recordFromEntry(entry: XmlNode, source: { file: string; line: number; record: number }, journal?: string): { record: PaperRecord; warning?: string } | string {
  const idText = textOf(entry['id']) ?? textOf(entry['guid']) ?? textOf(entry['rdf:about']);
  if (idText && /arxiv\.org\/api\/errors/i.test(idText)) return `arXiv API error: ${folded(textOf(entry['summary'])) || 'no message'}`;
  // A journal's feed may prefix its `title` with the issue (`Fluids, Vol. 9, Pages 120: …`); its `dc:title` is the article's.
  const { title, primary, announceType: titleAnnounce } = feedTitle(folded(textOf(entry['dc:title']) ?? textOf(entry['title'])));
  if (!title) return `${entryWord(entry)} has no title`;
  const arxivId = arxivIdOf(idText) ?? linkHrefs(entry).map(arxivIdOf).find((id) => id !== undefined);
  const announceType = textOf(entry['arxiv:announce_type']) ?? titleAnnounce;
  const summary = folded(htmlText(textOf(entry['summary']) ?? textOf(entry['description']) ?? ''));
  const { authors, notShown } = authorsOf(entry);
  const record: PaperRecord = {
    title,
    abstract: announceType !== undefined || LISTING_SUMMARY.test(summary) ? summary.replace(LISTING_SUMMARY, '') : summary,
    authors,
    tags: [],
    sources: [source],
  };
  if (arxivId) record.arxivId = arxivId;
  const date = paperDate(entry, arxivId, announceType);
  setDate(record, date);
  const doi = recordDoi(textOf(entry['arxiv:doi'])) ?? journalDoi(entry);
  if (doi) record.doi = doi;
  const journalRef = textOf(entry['arxiv:journal_ref']) ?? textOf(entry['arxiv:journal_reference']);
  const venue = folded(journalRef ?? textOf(entry['prism:publicationname']) ?? journal ?? textOf(entry['dc:source']));
  if (venue) record.venue = venue;
  // A journal's own feed names the volume (`prism:volume`); arXiv's only within the journal reference.
  setVolume(record, journalRef !== undefined ? journalRefVolume(journalRef) : textOf(entry['prism:volume']));
  const categories = categoriesOf(entry, primary);
  if (categories) record.categories = categories;
  if (notShown === undefined) return { record };
  return { record, warning: `authors cut by the feed after the first ${authors.length} (${notShown} more not shown): arXiv's abstract page${arxivId ? ` (arxiv.org/abs/${arxivId})` : ''} lists them all` };
}

function entryWord(entry: XmlNode): string {
  return 'guid' in entry || 'description' in entry ? 'item' : 'entry';
}

/**
 * A feed none of whose items is identifiable as a paper — no arXiv id, no DOI, no journal — is a news site's or a
 * blog's (BBC News, InfoQ, a blog's Atom feed): refused whole, as its items would make papers of headlines. One
 * such item in a feed of papers (a journal's editorial) is read with the others.
 */
function withoutPaperFields(records: readonly PaperRecord[], tag: string): string | undefined {
  if (records.length === 0 || records.some((record) => record.arxivId !== undefined || record.doi !== undefined || record.venue !== undefined)) return undefined;
  return `not a feed of papers: none of its ${records.length} <${tag}>s has an arXiv id, a DOI or a journal (a news or blog feed?); papers are read from arXiv's API answers and listing feeds and from journals' feeds`;
}

/** `opensearch:totalResults` larger than the entries given: the API answers one page of a query at a time. */
function pagingWarning(header: string, entries: number): string | undefined {
  const total = /<opensearch:totalResults[^>]*>\s*(\d+)\s*</i.exec(header);
  if (!total || Number(total[1]) <= entries) return undefined;
  return `the feed holds ${entries} of the query's ${Number(total[1])} results (the arXiv API answers one page at a time: ask again with start=${entries} for more)`;
}

export function parseArxivFeed(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  if (!text.trim()) return result;
  const root = rootElement(text);
  const shape = root ? feedShape(root.name) : undefined;
  // Another XML format (JATS, TEI, MODS…) reaches this reader by its `.xml` name: it is named, not taken for a feed.
  if (root && !shape) {
    result.rejections.push({ file, line: lineCounter(text)(root.offset), message: otherXmlMessage(root.name) });
    return result;
  }
  if (root?.doctype !== undefined) {
    result.rejections.push({ file, line: lineCounter(text)(root.doctype), message: 'XML with a DOCTYPE is not read (its entities could expand without bound); arXiv feeds have none' });
    return result;
  }
  if (!root || !shape) {
    result.rejections.push({ file, line: 1, message: 'not XML: no root element' });
    return result;
  }
  const lineAt = lineCounter(text);
  const chunks = recordChunks(text, [shape.tag], root.offset, true);
  const journal = feedJournal(text.slice(0, chunks[0]?.offset ?? text.length));
  chunks.forEach((chunk, record) => {
    const line = lineAt(chunk.offset);
    const reject = (message: string, at = line) => result.rejections.push({ file, line: at, record, message });
    if (chunk.problem) return reject(chunk.problem);
    if (chunk.text.length > MAX_ENTRY_CHARS) return reject(`<${shape.tag}> of ${chunk.text.length} characters, more than an arXiv entry holds (${MAX_ENTRY_CHARS}): not read`);
    const read = parseChunk(parser, chunk, shape.tag);
    if ('problem' in read) return reject(read.problem, line + read.line - 1);
    const entry = read.parsed && typeof read.parsed === 'object' ? (read.parsed as XmlNode) : {};
    const paper = recordFromEntry(entry, { file, line, record }, journal);
    if (typeof paper === 'string') return reject(paper);
    result.records.push(paper.record);
    if (paper.warning) result.warnings.push({ file, line, record, message: paper.warning });
  });
  const header = text.slice(0, chunks[0]?.offset ?? text.length);
  const notPapers = withoutPaperFields(result.records, shape.tag);
  if (notPapers) {
    result.records = [];
    result.warnings = [];
    result.rejections.push({ file, line: lineAt(root.offset), message: notPapers });
    return result;
  }
  const paging = pagingWarning(header, chunks.length);
  if (paging) result.warnings.push({ file, line: lineCounter(text)(header.search(/<opensearch:totalResults/i)), message: paging });
  if (chunks.length === 0) result.warnings.push({ file, line: lineCounter(text)(root.offset), message: `no records: the feed has no <${shape.tag}>` });
  return result;
}

export const arxivFeedFormat: InputFormat = {
  name: 'arxiv-atom',
  label: 'an arXiv Atom or RSS feed',
  extensions: ['.atom', '.rss', '.xml'],
  sniff: sniffArxivFeed,
  parse: parseArxivFeed,
};

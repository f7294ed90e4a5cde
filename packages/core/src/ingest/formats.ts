import type { IngestResult } from '../types.ts';
import { arxivFeedFormat } from './arxiv-atom.ts';
import { arxivListFormat } from './arxiv-list.ts';
import { arxivMailFormat } from './arxiv-mail.ts';
import { arxivOaiFormat } from './arxiv-oai.ts';
import { arxivSnapshotFormat } from './arxiv-snapshot.ts';
import { bibtexFormat } from './bibtex.ts';
import { crossrefFormat } from './crossref.ts';
import { crossrefXmlFormat } from './crossref-xml.ts';
import { cslJsonFormat } from './csl-json.ts';
import { dataciteFormat } from './datacite.ts';
import { csvFormat } from './csv.ts';
import { jsonFormat } from './json.ts';
import { jsonLinesFormat } from './jsonl.ts';
import { listingFormat } from './listing.ts';
import { markdownListFormat } from './markdown-list.ts';
import { openalexFormat } from './openalex.ts';
import { medlineFormat } from './medline.ts';
import { ovidFormat } from './ovid.ts';
import { refworksFormat } from './refworks.ts';
import { endnoteTaggedFormat } from './endnote-tagged.ts';
import { pubmedXmlFormat } from './pubmed-xml.ts';
import { pubmedTextFormat } from './pubmed-text.ts';
import { risFormat } from './ris.ts';
import { semanticScholarFormat } from './semantic-scholar.ts';
import { webOfScienceFormat } from './web-of-science.ts';
import { endnoteXmlFormat } from './endnote-xml.ts';
import { zoteroJsonFormat } from './zotero-json.ts';
import { zoteroRdfFormat } from './zotero-rdf.ts';
import { zbmathFormat } from './zbmath.ts';
import { isOtherXml, rootElement } from './xml-chunks.ts';

/**
 * The input formats, one row each. A new format (BibTeX, RIS, arXiv Atom…) is one module exporting its row, plus
 * the row added to INPUT_FORMATS. Detection is by content first, the file extension only a hint.
 */
export interface InputFormat {
  /** Short id, e.g. `jsonl`. */
  readonly name: string;
  /** How reports name it: "expected a paper listing, JSON or JSON Lines". */
  readonly label: string;
  /**
   * The fields its records list cited works (and citing works) in, as the format names them (`referenced_works`),
   * when the format's references are read into `references`/`citedBy` (graph/citations.ts links them): what reports
   * and `papergraph citations` name as the sources of citations (see citationSources).
   */
  readonly citationFields?: string;
  /** Lower-case extensions that hint at the format (`.gz` is taken off first). */
  readonly extensions: readonly string[];
  /**
   * How sure the content is this format, 0 (not it) … 1 (nothing else reads like this), from the first
   * SNIFF_CHARS characters of the text (a cut line at the end must not throw it).
   */
  sniff(head: string): number;
  parse(text: string, file: string): IngestResult;
  /** Formats with one record per line also read line by line, so a dump of any size streams through them. */
  lineReader?(file: string): LineReader;
  /**
   * Loads what `parse` needs when it is too large to ship with every use of core (BibTeX's parser, ~110 KB gzipped):
   * the I/O edge (CLI, viewer) awaits it, through `loadInputFormats`, before handing such an input to core, whose
   * parsing stays synchronous. A format without it is ready at once.
   */
  load?(): Promise<void>;
  /**
   * A generic row (JSON, JSON Lines) that reads any record shape: its confidence is weighed down by FALLBACK_WEIGHT,
   * so a format recognising its own shape in the text (CSL-JSON, the arXiv snapshot, OpenAlex…) wins over it even
   * when the extension hints at the generic one (`library.json`).
   */
  readonly fallback?: boolean;
}

/** Takes one record-per-line input a line at a time and gives the same result as `parse` on the whole text. */
export interface LineReader {
  /**
   * One line without its line break; `lineNumber` is 1-based. `problem` says why the line could not be read as
   * text (bytes that are not UTF-8, too long to hold): the record on it is rejected with it, by line number.
   */
  line(text: string, lineNumber: number, problem?: string): void;
  /** Records taken so far, kept or rejected (blank lines are none). */
  readonly records: number;
  result(): IngestResult;
}

export const INPUT_FORMATS: readonly InputFormat[] = [
  listingFormat,
  jsonFormat,
  jsonLinesFormat,
  openalexFormat,
  semanticScholarFormat,
  zbmathFormat,
  dataciteFormat,
  // Before the arXiv feeds: an RSS 1.0 feed is `rdf:RDF` too, and a Zotero RDF naming arxiv.org reads as sure to both.
  zoteroRdfFormat,
  arxivFeedFormat,
  arxivSnapshotFormat,
  arxivOaiFormat,
  arxivListFormat,
  arxivMailFormat,
  bibtexFormat,
  risFormat,
  webOfScienceFormat,
  medlineFormat,
  pubmedTextFormat,
  ovidFormat,
  refworksFormat,
  endnoteTaggedFormat,
  pubmedXmlFormat,
  crossrefXmlFormat,
  // Before CSL-JSON: a Crossref work may hold a CSL type name (`dataset`) beside `container-title`; both are sure, the first wins.
  crossrefFormat,
  // Before CSL-JSON: a Zotero API answer may carry each item's CSL copy (`include=csljson`), `issued.date-parts` and all.
  zoteroJsonFormat,
  cslJsonFormat,
  csvFormat,
  endnoteXmlFormat,
  markdownListFormat,
];

/** The content a format sees when sniffing: enough for a few records, the same whether a file is read whole or streamed. */
export const SNIFF_CHARS = 64 * 1024;
/** What a matching extension adds to the content's confidence: it decides between formats the content fits equally. */
const EXTENSION_HINT = 0.3;
/**
 * What a generic row's content confidence counts for: its surest (1) plus the extension hint stays below a specific
 * format's surest (1), while the generic rows keep their order among themselves and against the listing.
 */
const FALLBACK_WEIGHT = 0.65;
/**
 * Content confidence from which a format recognises a text with NUL bytes as its own, so it is not binary: a JSON
 * Lines dump (its NUL record alone is rejected), not a text that merely starts with `{` (UTF-16 without BOM).
 */
const RECOGNISED = 0.9;

export function formatByName(name: string): InputFormat | undefined {
  return INPUT_FORMATS.find((format) => format.name === name);
}

function sniffHead(text: string): string {
  return text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
}

function extensionMatches(format: InputFormat, fileName: string): boolean {
  const lower = fileName.toLowerCase().replace(/\.gz$/, '');
  return format.extensions.some((extension) => lower.endsWith(extension));
}

/**
 * The format of an input from its content, the name's extension breaking ties (and naming the format when the
 * content says nothing, so the report is that format's own: "invalid JSON at line 3"). Undefined: no format fits.
 */
export function detectFormat(fileName: string, text: string): InputFormat | undefined {
  const head = sniffHead(text);
  let best: InputFormat | undefined;
  let bestScore = 0;
  let bestConfidence = 0;
  for (const format of INPUT_FORMATS) {
    const confidence = format.sniff(head) * (format.fallback ? FALLBACK_WEIGHT : 1);
    // Content a format is sure of (nothing else reads like it) is not outranked by another format's extension.
    const score = confidence + (confidence >= 1 || extensionMatches(format, fileName) ? EXTENSION_HINT : 0);
    if (score > bestScore) {
      best = format;
      bestScore = score;
      bestConfidence = confidence;
    }
  }
  // XML of a format no reader takes, saved as `.txt` (a Crossref UNIXREF file): a text format's extension alone does
  // not choose it — the listing reader took an `<unstructured_citation>` line for a title. Unread, it is named as XML.
  if (best && bestConfidence === 0 && !best.extensions.includes('.xml') && isUnreadXml(head)) return undefined;
  return best;
}

/** A document that declares itself XML (`<?xml …?>`) or whose root is a known XML format (see xml-chunks.ts). */
function isUnreadXml(head: string): boolean {
  const root = /^\s*</.test(head) ? rootElement(head) : undefined;
  return root !== undefined && isOtherXml(head, root.name);
}

/**
 * Loads the parsers that the formats of these inputs need (all formats' when no inputs are given), so the synchronous
 * `ingest` can read them; see `InputFormat.load`. Formats are detected as `ingest` detects them.
 */
export async function loadInputFormats(inputs?: ReadonlyArray<{ name: string; text: string }>): Promise<void> {
  const formats = inputs ? inputs.map((input) => detectFormat(input.name, input.text)) : INPUT_FORMATS;
  for (const format of new Set(formats)) await format?.load?.();
}

/**
 * A binary file (an image, a gzip of garbage…): NUL bytes near the start and no format recognising the content.
 * A JSON Lines dump with a NUL in one record is not binary: that record alone is rejected.
 */
export function looksBinary(text: string): boolean {
  if (!text.slice(0, 8192).includes('\0')) return false;
  const head = sniffHead(text);
  return !INPUT_FORMATS.some((format) => format.sniff(head) >= RECOGNISED);
}

/** "a paper listing, JSON or JSON Lines" — for the report on an input no format reads. */
export function formatLabels(): string {
  const labels = INPUT_FORMATS.map((format) => format.label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}` : (labels[0] ?? '');
}

/** A format whose references are read, for the reports that name where citations come from. */
export interface CitationSource {
  /** The format's `name`. */
  format: string;
  label: string;
  fields: string;
}

/** The formats whose references are read (those naming their `citationFields`), in the registry's order. */
export function citationSources(): CitationSource[] {
  return INPUT_FORMATS.flatMap((format) => (format.citationFields === undefined ? [] : [{ format: format.name, label: format.label, fields: format.citationFields }]));
}

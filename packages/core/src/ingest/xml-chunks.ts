/**
 * Cutting an XML document into its records before parsing (arXiv feeds and OAI-PMH answers, PubMed XML):
 * fast-xml-parser keeps no positions, so each record is found by its tags and checked and parsed alone — a malformed
 * one is rejected by its line and the others are read.
 */
import { XMLValidator, type XMLParser } from 'fast-xml-parser';

/** An element as fast-xml-parser gives it: its children and attributes by name. */
export type XmlNode = Record<string, unknown>;

/** A parsed element, or undefined for text, a list or nothing. */
export function node(value: unknown): XmlNode | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

/** A child that may repeat, as a list: the parser gives one occurrence as the value, several as an array. */
export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The document's root element, past the XML declaration, comments, processing instructions and a DOCTYPE (`doctype`: where it starts). */
export function rootElement(text: string): { name: string; offset: number; doctype?: number } | undefined {
  const pattern = /<(!--[^]*?-->|\?[^]*?\?>|!DOCTYPE[^[>]*(?:\[[^]*?\]\s*)?>|([A-Za-z_][\w.:-]*))/gi;
  let doctype: number | undefined;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[2]) return { name: match[2], offset: match.index, ...(doctype !== undefined ? { doctype } : {}) };
    if (/^!doctype/i.test(match[1]!)) doctype ??= match.index;
  }
  return undefined;
}

/**
 * XML formats papergraph does not read, by their root element: a file of one of them is refused naming what it is,
 * not taken for a broken arXiv feed. Lower-case keys; a namespace prefix is ignored.
 */
const OTHER_XML: Record<string, string> = {
  article: 'a JATS article (PubMed Central, publishers)',
  'pmc-articleset': 'PubMed Central JATS articles',
  tei: 'TEI (as GROBID writes it)',
  teicorpus: 'TEI (as GROBID writes it)',
  biblstruct: 'a TEI reference (as GROBID writes it)',
  modscollection: 'MODS',
  mods: 'MODS',
  dblp: 'DBLP XML',
  resource: 'DataCite XML',
  esummaryresult: 'an E-utilities esummary answer (summaries without abstracts: ask efetch for PubMed XML)',
  esearchresult: 'an E-utilities esearch answer (PubMed ids only: ask efetch for PubMed XML)',
  collection: 'MARCXML',
  record: 'MARCXML',
  html: 'an HTML page',
  graphml: 'a graph (GraphML)',
  gexf: 'a graph (GEXF)',
};

/** The XML formats that are read, for the message on one that is not. */
const XML_FORMATS_READ = 'arXiv Atom/RSS feeds, OAI-PMH answers, PubMed XML, Crossref XML, EndNote XML and Zotero RDF';

function otherXmlName(root: string): string | undefined {
  return OTHER_XML[root.replace(/^[\w.-]*:/, '').toLowerCase()];
}

/**
 * Whether a text no format reads is XML to name as such: it declares itself (`<?xml …?>`) or its root is one of the
 * formats above. (Markdown or text that merely opens with a tag, a README's `<p align="center">`, is not.)
 */
export function isOtherXml(text: string, root: string): boolean {
  return /^\s*<\?xml\b/.test(text) || otherXmlName(root) !== undefined;
}

/** Why an XML document whose root is `root` is read by no format: what it is, when known, and what XML is read. */
export function otherXmlMessage(root: string): string {
  const known = otherXmlName(root);
  const what = known ? `${known} (XML with the root element <${root}>)` : `XML with the root element <${root}>`;
  return `${what} is not an input format (the XML read: ${XML_FORMATS_READ})`;
}

export interface RecordChunk {
  /** The record's tag as written. */
  tag: string;
  text: string;
  offset: number;
  /** Why the chunk cannot be a record, before parsing. */
  problem?: string;
}

/**
 * The records (elements named by `tags`, from `from` on) as text, each from its start tag to its end tag (or one
 * self-closing tag); one whose end tag does not come before the next record runs to it and says so. `ignoreCase`:
 * `<Entry>` is an `entry` (feeds written by hand).
 */
export function recordChunks(text: string, tags: readonly string[], from: number, ignoreCase = false): RecordChunk[] {
  const flags = ignoreCase ? 'gi' : 'g';
  const open = new RegExp(`<(${tags.join('|')})(?=[\\s>/])`, flags);
  const chunks: RecordChunk[] = [];
  open.lastIndex = from;
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const tag = match[1]!;
    const start = match.index;
    const close = new RegExp(`</${tag}\\s*>|<${tag}(?=[\\s>/])[^>]*/>`, flags);
    close.lastIndex = start;
    const end = close.exec(text);
    open.lastIndex = start + 1;
    const next = open.exec(text);
    const nextStart = next ? next.index : text.length;
    if (!end || end.index >= nextStart) {
      const where = next ? `the next <${next[1]}>` : 'the end of the file (cut short?)';
      chunks.push({ tag, text: text.slice(start, nextStart), offset: start, problem: `<${tag}> is not closed before ${where}` });
      open.lastIndex = nextStart;
      continue;
    }
    const stop = end.index + end[0].length;
    chunks.push({ tag, text: text.slice(start, stop), offset: start });
    open.lastIndex = stop;
  }
  return chunks;
}

/**
 * A record chunk checked and parsed with `parser`: the parsed element named `tag`, or why it is not well-formed XML
 * and on which line of the chunk (1-based).
 */
export function parseChunk(parser: XMLParser, chunk: RecordChunk, tag: string): { parsed: unknown } | { problem: string; line: number } {
  const valid = XMLValidator.validate(chunk.text);
  if (valid !== true) return { problem: `invalid XML: ${valid.err.msg}`, line: valid.err.line };
  try {
    return { parsed: (parser.parse(chunk.text) as Record<string, unknown>)[tag] };
  } catch (error) {
    return { problem: `invalid XML: ${(error as Error).message}`, line: 1 };
  }
}

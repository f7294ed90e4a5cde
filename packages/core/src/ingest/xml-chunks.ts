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

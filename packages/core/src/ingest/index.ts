import type { IngestResult, InputIssue, InputText } from '../types.ts';
import { BAD_BYTES_MESSAGE, looksLikeUtf16WithoutBom } from './encoding.ts';
import { detectFormat, formatByName, formatLabels, looksBinary, type InputFormat } from './formats.ts';
import { readLines } from './jsonl.ts';
import { mergeRecords } from './merge.ts';
import { isOtherXml, otherXmlMessage, rootElement } from './xml-chunks.ts';
import { tidyAbstract, tidyAuthors } from './records.ts';

export { INPUT_FORMATS, SNIFF_CHARS, citationSources, detectFormat, type CitationSource, formatByName, loadInputFormats, looksBinary, type InputFormat, type LineReader } from './formats.ts';
export { decodeText, decodeUtf8Lenient, sniffEncoding, BAD_BYTES_MESSAGE, type DecodedText, type TextEncoding } from './encoding.ts';
export { parseJson } from './json.ts';
export { parseJsonLines, parseJsonLine, jsonLinesReader } from './jsonl.ts';
export { parseListing, looksLikeListing } from './listing.ts';
export { mergeRecords, titleKey, sourceLabel, type MergeResult } from './merge.ts';
export { naturalName, splitAuthorString } from './names.ts';
export { normalizeArxivId } from './ids.ts';

/** Line-level reports on one file stop here; the rest are summed up in one more. */
const MAX_LINE_ISSUES = 20;

/** Warnings for the lines of a whole-text format that held bad bytes (their records are kept). */
function badByteWarnings(file: string, lines: readonly number[]): InputIssue[] {
  const issues: InputIssue[] = lines
    .slice(0, MAX_LINE_ISSUES)
    .map((line) => ({ file, line, message: `${BAD_BYTES_MESSAGE}: read as Latin-1 (windows-1252); save the file as UTF-8` }));
  if (lines.length > MAX_LINE_ISSUES) {
    const more = lines.slice(MAX_LINE_ISSUES);
    issues.push({ file, line: more[0]!, message: `${more.length} more lines with bytes that are not UTF-8 (lines ${more[0]}–${more[more.length - 1]}), read as Latin-1` });
  }
  return issues;
}

/** Why a text (or the head of one) is a binary file and not to be read; undefined when it is text. */
export function binaryFileMessage(text: string): string | undefined {
  if (!looksBinary(text)) return undefined;
  return looksLikeUtf16WithoutBom(text)
    ? 'UTF-16 text without a byte order mark: save it as UTF-8 (or UTF-16 with BOM)'
    : 'binary file (contains NUL bytes), not a paper listing';
}

function namedFormat(name: string): InputFormat {
  const format = formatByName(name);
  if (!format) throw new Error(`unknown input format "${name}"`);
  return format;
}

/**
 * Parses one input of a known or detected format. An empty input is one warning; a binary or unrecognised one is
 * one rejection naming the file.
 */
export function ingestOne(input: InputText, format?: InputFormat | string): IngestResult {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  if (!/\S/.test(text)) return { records: [], rejections: [], warnings: [{ file: input.name, message: 'empty file (no records)' }] };
  const binary = binaryFileMessage(text);
  if (binary) return { records: [], rejections: [{ file: input.name, message: binary }], warnings: [] };
  const inner = doubleEncodedJson(text);
  if (inner !== undefined) {
    // Detected again from the JSON inside (a format detected from the outer string would be the generic JSON's).
    const result = ingestOne({ name: input.name, text: inner }, typeof format === 'string' ? format : undefined);
    result.warnings.unshift({ file: input.name, line: 1, message: 'JSON encoded twice (one JSON string holding the JSON, as PowerShell\'s ConvertTo-Json of a saved response writes it): read as the JSON inside, its lines counted in that text' });
    return result;
  }
  const chosen = typeof format === 'string' ? namedFormat(format) : (format ?? detectFormat(input.name, text));
  if (!chosen) {
    // XML of a format no reader takes (a JATS `.nxml`, a TEI file) is named as what it is.
    const root = /^\s*</.test(text) ? rootElement(text) : undefined;
    const message = root && isOtherXml(text, root.name) ? otherXmlMessage(root.name) : `unrecognised format (expected ${formatLabels()})`;
    return { records: [], rejections: [{ file: input.name, line: 1, message }], warnings: [] };
  }
  const bad = input.linesWithBadBytes ?? [];
  const result = chosen.lineReader ? readLines(text, chosen.lineReader(input.name), new Set(bad)) : chosen.parse(text, input.name);
  if (!chosen.lineReader && bad.length > 0) result.warnings.unshift(...badByteWarnings(input.name, bad));
  return tidyRecords(result);
}

/**
 * Titles written before a name (`Dr. Anil Kumar`, `Prof. Dr. Ganesh Manerkar`, as OpenAlex's display names and typed
 * lists have them): no part of the name, so the person is one author node whichever source wrote the title. Only
 * before two more words, so a name that is one word after the title stays whole.
 */
const HONORIFICS = /^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)+(?=\S+\s+\S)/;

/**
 * What every format's records get once read, whether the whole text was parsed or its lines were streamed (the CLI
 * streams JSON Lines and the JSON dialects past ingestOne): a database's bracketed placeholder for no author
 * (`[Anonymous]`) is no author, an author's title (`Dr.`, `Prof.`) and punctuation at a name's ends (`. Pazzaglia`,
 * `Smith*`) are no part of the name, `et al.` and `others` (alone or after a name) stand for no one, a name without a
 * letter (`:`) is no author — a warning naming the record —, an abstract's heading (`Abstract:`, `ABSTRACT The …`) and
 * a placeholder for none (`NA`, `[No abstract available]`) are not its text, and
 * text is in composed form (NFC) — files written on macOS spell `é` as `e` and a combining accent, which would make
 * the same name or title two spellings.
 */
export function tidyRecords(result: IngestResult): IngestResult {
  for (const record of result.records) {
    record.title = record.title.normalize('NFC');
    record.abstract = tidyAbstract(record.abstract.normalize('NFC'), record.title);
    record.authors = record.authors.map((name) => name.normalize('NFC').replace(HONORIFICS, ''));
    for (const name of tidyAuthors(record)) {
      const source = record.sources[0];
      result.warnings.push({ ...source, file: source?.file ?? '', message: `author ${JSON.stringify(name)} has no letter: no name, left out of the record's authors` });
    }
    if (record.venue !== undefined) record.venue = record.venue.normalize('NFC');
  }
  return result;
}

/** The JSON a whole text holds as one JSON string (`"{\"meta\": …}"`), else undefined. */
function doubleEncodedJson(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length < 4 || !trimmed.startsWith('"') || !trimmed.endsWith('"') || !/^"\s*[[{]/.test(trimmed)) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'string' && /^\s*[[{]/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Appends one input's result to the running total (loops, not spread: a dump has more records than a call takes arguments). */
export function appendResult(total: IngestResult, one: IngestResult): void {
  for (const record of one.records) total.records.push(record);
  for (const issue of one.rejections) total.rejections.push(issue);
  for (const issue of one.warnings) total.warnings.push(issue);
}

/** Merges the records read from all inputs; a record that conflicts with one read before is a rejection, one kept without an id another work has a warning. */
export function mergeResult(total: IngestResult): IngestResult {
  const merged = mergeRecords(total.records);
  total.records = merged.records;
  for (const issue of merged.conflicts) total.rejections.push(issue);
  for (const issue of merged.warnings) total.warnings.push(issue);
  return total;
}

/** All inputs → merged paper records plus every rejection and warning, in input order. */
export function ingest(inputs: InputText[]): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  for (const input of inputs) appendResult(result, ingestOne(input));
  return mergeResult(result);
}

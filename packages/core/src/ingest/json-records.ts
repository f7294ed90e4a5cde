/**
 * The reader shared by the formats that are one dialect of JSON (OpenAlex works, Semantic Scholar papers): the same
 * objects arrive as one document (a single object, an array, an API page) or as JSON Lines (a snapshot, a dataset
 * dump, pages saved one per line). One line reader takes both, so the CLI streams a dump of any size through the
 * format's one registry row: it decides from the first lines whether each line is a value of its own (JSON Lines)
 * or the text is one document, which it then reads whole at the end.
 */
import type { IngestResult, PaperRecord, SourceRef } from '../types.ts';
import { BAD_BYTES_MESSAGE } from './encoding.ts';
import type { InputFormat, LineReader } from './formats.ts';
import { salvageJson } from './json.ts';
import { readLines } from './jsonl.ts';

/**
 * A dialect's sniffer answers this when it recognises its own field names: sure (nothing else reads like this), so
 * it outranks the generic JSON and JSON Lines rows (fallbacks) whatever the file is called.
 */
export const DIALECT_CONFIDENCE = 1;

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-blank string with its whitespace folded, else undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const folded = value.replace(/\s+/g, ' ').trim();
  return folded === '' ? undefined : folded;
}

/**
 * What one item of a dialect becomes: a record, a rejection, a warning (an expected gap, like a batch's `null`), or a
 * record with a warning about it (a part the source left out, like OpenAlex's authors past the 100th).
 */
export type DialectItem = PaperRecord | { rejected: string } | { warning: string } | { record: PaperRecord; warning: string };

export interface JsonDialect {
  /** The items one parsed JSON value holds (a work, a page's works…), or why it holds none (reported as a warning). */
  items(value: unknown): unknown[] | { empty: string };
  /** One item as a record of this dialect. */
  record(item: unknown, source: SourceRef): DialectItem;
  /** When a value is one page of a longer answer (more results than it holds), what to ask for the rest. */
  paging?(value: unknown, items: number): string | undefined;
}

/**
 * The items of an API answer that lists them under `key` (`{"data": […]}`, `{"result": […]}`), or is a list itself, or
 * holds one item there (or is one): the shape DataCite's and zbMATH's answers share.
 */
export function itemsUnder(answer: unknown, key: string): unknown[] | { empty: string } {
  if (Array.isArray(answer)) return answer;
  const listed = answer !== null && typeof answer === 'object' ? (answer as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(listed)) return listed.length > 0 ? listed : { empty: `the answer's "${key}" list is empty` };
  return [listed ?? answer];
}

/**
 * A dialect's `paging` for an answer that gives its search's `total` (DataCite's `meta.total`, zbMATH's
 * `status.nr_total_results`) and pages by number: what to ask for the rest, when the answer holds fewer items.
 */
export function pagesLeft(total: unknown, items: number, what: string, service: string): string | undefined {
  return typeof total === 'number' && total > items ? `the answer holds ${items} of the search's ${total} ${what} (${service} answers in pages: ask again with the next page for more)` : undefined;
}

function parse(text: string): { value: unknown } | { error: Error } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error as Error };
  }
}

/** A first line shaped like one whole value (`{…}`, `[…]`) that does not parse is a broken record, if the next line parses. */
function valueShaped(line: string): boolean {
  return (line.startsWith('{') && line.endsWith('}')) || (line.startsWith('[') && line.endsWith(']'));
}

interface Line {
  text: string;
  lineNumber: number;
  problem: string | undefined;
  /** The line's value when deciding the mode already parsed it. */
  parsed?: { value: unknown };
}

/** The line reader of a JSON dialect: JSON Lines or one document, decided from the first non-blank lines. */
export function dialectReader(file: string, dialect: JsonDialect): LineReader {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  let mode: 'undecided' | 'lines' | 'document' = 'undecided';
  let pending: Line[] = [];
  let nonBlank = 0;
  let record = 0;
  /** The document's lines while in document mode; `broken` once a line could not be held. */
  const documentLines: string[] = [];
  let broken = false;

  /**
   * The records of one JSON value: of the whole document (`line` undefined: sources are record indexes, as for JSON),
   * or of one line — a line holding one record is that record's line, a line holding a page or an array is not
   * (its records are told apart by their index in the file).
   */
  const take = (value: unknown, line?: number) => {
    const items = dialect.items(value);
    if (!Array.isArray(items)) {
      result.warnings.push(line === undefined ? { file, record: 0, message: `no records: ${items.empty}` } : { file, line, message: `no records: ${items.empty}` });
      return;
    }
    const paging = dialect.paging?.(value, items.length);
    if (paging) result.warnings.push(line === undefined ? { file, record: 0, message: paging } : { file, line, message: paging });
    const oneRecordLine = line !== undefined && items.length === 1 && items[0] === value;
    items.forEach((item, index) => {
      const source: SourceRef = line === undefined ? { file, record: index } : oneRecordLine ? { file, line, record } : { file, record };
      const read = dialect.record(item, source);
      if ('rejected' in read) result.rejections.push({ ...source, message: read.rejected });
      else if ('warning' in read) {
        result.warnings.push({ ...source, message: read.warning });
        if ('record' in read) result.records.push(read.record);
      } else result.records.push(read);
      if (line !== undefined) record++;
    });
  };

  const asLine = ({ text, lineNumber, problem, parsed: known }: Line) => {
    const line = text.trim();
    if (!line && problem === undefined) return;
    if (problem !== undefined) {
      result.rejections.push({ file, line: lineNumber, record: record++, message: problem });
      return;
    }
    const parsed = known ?? parse(line);
    if ('error' in parsed) {
      const message = line.includes('\0') ? 'NUL bytes in the record (binary data)' : `invalid JSON: ${parsed.error.message}`;
      result.rejections.push({ file, line: lineNumber, record: record++, message });
      return;
    }
    take(parsed.value, lineNumber);
  };

  const asDocumentLine = ({ text, lineNumber, problem }: Line) => {
    if (problem === BAD_BYTES_MESSAGE) {
      result.warnings.push({ file, line: lineNumber, message: `${BAD_BYTES_MESSAGE}: read as Latin-1 (windows-1252); save the file as UTF-8` });
    } else if (problem !== undefined) {
      result.rejections.push({ file, line: lineNumber, message: problem });
      broken = true;
    }
    documentLines.push(text);
  };

  const decide = (chosen: 'lines' | 'document') => {
    mode = chosen;
    for (const line of pending) (chosen === 'lines' ? asLine : asDocumentLine)(line);
    pending = [];
  };

  return {
    line(text, lineNumber, problem) {
      const line: Line = { text, lineNumber, problem };
      if (mode === 'lines') return asLine(line);
      if (mode === 'document') return asDocumentLine(line);
      pending.push(line);
      const trimmed = text.trim();
      if (!trimmed) return;
      nonBlank++;
      if (problem !== undefined && problem !== BAD_BYTES_MESSAGE) return decide('lines');
      const parsed = parse(trimmed);
      if ('value' in parsed) {
        line.parsed = parsed;
        return decide('lines');
      }
      if (nonBlank === 1 && !valueShaped(trimmed)) return decide('document');
      if (nonBlank === 2) decide('document');
    },
    get records() {
      return record;
    },
    result() {
      if (mode === 'undecided') decide('lines');
      if (mode === 'document' && !broken) {
        const text = documentLines.join('\n');
        const parsed = parse(text);
        if ('error' in parsed) {
          const salvaged = salvageJson(parsed.error, text, file);
          result.rejections.push(salvaged.rejection);
          if (salvaged.items) take(salvaged.items);
        } else {
          take(parsed.value);
        }
        documentLines.length = 0;
        broken = true;
      }
      return result;
    },
  };
}

/** A JSON dialect's registry row: recognised by `sniff`, read by its dialectReader whole or line by line. */
export function dialectFormat(row: Pick<InputFormat, 'name' | 'label' | 'sniff' | 'citationFields'>, dialect: JsonDialect): InputFormat {
  const lineReader = (file: string) => dialectReader(file, dialect);
  return { ...row, extensions: [], parse: (text, file) => readLines(text, lineReader(file)), lineReader };
}

import type { IngestResult, PaperRecord, SourceRef } from '../types.ts';
import { BAD_BYTES_MESSAGE } from './encoding.ts';
import type { InputFormat, LineReader } from './formats.ts';
import { jsonShape, type JsonShape } from './json.ts';
import { recordFromObject } from './records.ts';

/** Turns one parsed JSON value into a paper, or says why not: a JSON Lines format's own reading of its records. */
export type RecordMapper = (value: unknown, source: SourceRef) => PaperRecord | string;

/** One JSON Lines line (1-based `line`); exposed so streaming readers can parse line by line. */
export function parseJsonLine(line: string, file: string, lineNumber: number, record: number, toRecord: RecordMapper = recordFromObject): PaperRecord | { message: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    // Checked only once parsing failed: a raw NUL is never valid JSON, and the common line pays nothing for it.
    if (line.includes('\0')) return { message: 'NUL bytes in the record (binary data)' };
    return { message: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = toRecord(value, { file, line: lineNumber, record });
  return typeof parsed === 'string' ? { message: parsed } : parsed;
}

/**
 * JSON Lines a line at a time: blank lines are skipped, every other line is one record (0-based `record`, counted
 * over non-blank lines), kept or rejected by line number — a line that could not be read as text is rejected too.
 * `toRecord` reads each line's object (the generic record fields unless a format has its own, like the arXiv snapshot).
 */
export function jsonLinesReader(file: string, toRecord: RecordMapper = recordFromObject): LineReader {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  let record = 0;
  return {
    line(text, lineNumber, problem) {
      const line = text.trim();
      if (!line && problem === undefined) return;
      const parsed: PaperRecord | { message: string } = problem !== undefined ? { message: problem } : parseJsonLine(line, file, lineNumber, record, toRecord);
      if ('message' in parsed) result.rejections.push({ file, line: lineNumber, record, message: parsed.message });
      else result.records.push(parsed);
      record++;
    },
    get records() {
      return record;
    },
    result: () => result,
  };
}

/** Feeds a whole text to a line reader, lines split at `\n` as a stream of bytes splits them. */
export function readLines(text: string, reader: LineReader, linesWithBadBytes?: ReadonlySet<number>): IngestResult {
  let start = 0;
  let lineNumber = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    reader.line(text.slice(start, end), lineNumber, linesWithBadBytes?.has(lineNumber) ? BAD_BYTES_MESSAGE : undefined);
    start = end + 1;
  }
  return reader.result();
}

export function parseJsonLines(text: string, file: string): IngestResult {
  return readLines(text, jsonLinesReader(file));
}

const JSON_LINES_CONFIDENCE: Record<JsonShape, number> = {
  array: 0,
  'object-lines': 1,
  'one-line': 0.5,
  document: 0,
  'broken-first-line': 0.9,
  'object-shaped-line': 0.7,
  'object-start': 0.2,
  other: 0,
};

export const jsonLinesFormat: InputFormat = {
  name: 'jsonl',
  label: 'JSON Lines',
  extensions: ['.jsonl', '.ndjson'],
  sniff: (head) => JSON_LINES_CONFIDENCE[jsonShape(head)],
  parse: parseJsonLines,
  lineReader: (file) => jsonLinesReader(file),
  fallback: true,
};

/**
 * The field-tagged plain-text exports of bibliographic databases (Web of Science's "Plain text file", PubMed's
 * "PubMed format"): a tag at the start of a line opens a field, indented lines continue it, a tag repeats for each
 * value (one author a line). Each format says how a tag line looks and which tag opens and closes a record, and how a
 * record becomes a paper; this reads the records, each by the line it starts on, and reports what it cannot read.
 */
import type { IngestResult, PaperRecord } from '../types.ts';
import { keepRead } from './records.ts';

export interface TaggedRecord {
  /** 1-based line of the tag that opened it. */
  line: number;
  /**
   * Lines inside it that are neither a tag line nor a continuation (`AUGilles, H`, a tag run into its value; `TI-`),
   * each with the text it starts and how many continuation lines after it went with it: not read.
   */
  unread?: Array<{ line: number; text: string; continued: number }>;
  /** Tag → its values in order, continuation lines joined with `\n`. */
  fields: Map<string, string[]>;
  /** Closed by the format's end tag (a record the file cuts off is read as it is, with a warning). */
  closed: boolean;
}

export interface TaggedSyntax {
  /** A tag line → tag and value; undefined for any other line. */
  tagLine(line: string): { tag: string; value: string } | undefined;
  /** A continuation line → its text; undefined when the line does not continue a field. */
  continuation(line: string): string | undefined;
  /** The tag that opens a record. */
  opens: string;
  /** How a tag line is written, for the message about a line of a record that is not one (`AU Smith, J`). */
  tagLineHint?: string;
  /** What messages call a record (default: its opening and closing tags, `PT … ER`). */
  recordName?: string;
  /**
   * Records are separated by blank lines, so the first tag after one opens a record whatever it is (ERIC's MEDLINE-style
   * records have no `PMID` and open with `OWN`).
   */
  opensAfterBlank?: boolean;
  /**
   * A tag a record has once, so that meeting it again after other tags opens the next record even without a blank
   * line between them (EndNote's `%0`, which may come after the record's first tags; two `%0` in a row are one record's
   * two types, as a library catalogue writes them).
   */
  opensWhenRepeated?: string;
  /** The tag that closes one (none: the next record or the end of the file closes it). */
  closes?: string;
  /** Tags allowed outside records (the file's header and end: Web of Science's `FN`, `VR`, `EF`). */
  outside?: ReadonlySet<string>;
}

export interface TaggedLines {
  records: TaggedRecord[];
  /** The first line of text outside any record (not a header tag), if any. */
  strayLine?: number;
}

function readTaggedLines(input: string, syntax: TaggedSyntax): TaggedLines {
  const records: TaggedRecord[] = [];
  let current: TaggedRecord | undefined;
  let lastValues: string[] | undefined;
  let strayLine: number | undefined;
  let afterBlank = true;
  // The unread line the continuation lines after it belong to (not to the field before it).
  let unread: { line: number; text: string; continued: number } | undefined;
  input
    .replace(/^\ufeff/, '')
    .split('\n')
    .forEach((raw, index) => {
      const lineNumber = index + 1;
      // U+2028/U+2029 inside a value would end the line for the tag patterns: read as spaces.
      const line = raw.replace(/^\r+|\r+$/g, '').replace(/[\u2028\u2029]/g, ' ');
      const tagged = syntax.tagLine(line);
      const blankBefore = afterBlank;
      afterBlank = line.trim() === '';
      if (tagged) {
        const { tag, value } = tagged;
        lastValues = undefined;
        unread = undefined;
        const repeated = tag === syntax.opensWhenRepeated && current !== undefined && !current.closed && current.fields.has(tag) && current.fields.size > 1;
        if (tag === syntax.opens || repeated || (syntax.opensAfterBlank && blankBefore && !syntax.outside?.has(tag))) {
          current = { line: lineNumber, fields: new Map([[tag, [value]]]), closed: false };
          records.push(current);
          lastValues = current.fields.get(tag);
        } else if (syntax.closes !== undefined && tag === syntax.closes) {
          if (current && !current.closed) current.closed = true;
          else strayLine ??= lineNumber;
        } else if (current && !current.closed) {
          const list = current.fields.get(tag);
          if (list) list.push(value);
          else current.fields.set(tag, [value]);
          lastValues = current.fields.get(tag);
        } else if (!syntax.outside?.has(tag)) {
          strayLine ??= lineNumber;
        }
        return;
      }
      if (line.trim() === '') return;
      const more = syntax.continuation(line);
      if (more !== undefined && unread) unread.continued++;
      else if (more !== undefined && lastValues && lastValues.length > 0) lastValues[lastValues.length - 1] += `\n${more}`;
      else if (current && !current.closed && !blankBefore) {
        // Inside a record (no blank line since its last field): a malformed line of it, reported with that record.
        unread = { line: lineNumber, text: line.trim(), continued: 0 };
        (current.unread ??= []).push(unread);
        lastValues = undefined;
        afterBlank = false;
      } else {
        strayLine ??= lineNumber;
        // Text between records does not stop the next tag from opening a record.
        afterBlank = blankBefore;
      }
    });
  // Without a closing tag, a record ends where the next begins: every record read is whole.
  if (syntax.closes === undefined) for (const record of records) record.closed = true;
  return strayLine === undefined ? { records } : { records, strayLine };
}

/**
 * One paper per record, or a rejection by the record's line (`toPaper` says why); text outside records, a line inside
 * a record that is neither a tag line nor a continuation (with the continuation lines after it: one warning a record,
 * at its first such line) and a record the file cuts off before its closing tag are warnings.
 */
export function parseTaggedRecords(input: string, file: string, syntax: TaggedSyntax, toPaper: (record: TaggedRecord, file: string, index: number) => PaperRecord | string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const { records, strayLine } = readTaggedLines(input, syntax);
  const recordName = syntax.recordName ?? (syntax.closes === undefined ? syntax.opens : `${syntax.opens} … ${syntax.closes}`);
  if (strayLine !== undefined) result.warnings.push({ file, line: strayLine, message: `text outside a ${recordName} record: ignored` });
  records.forEach((record, index) => {
    if (!record.closed) result.warnings.push({ file, line: record.line, message: `record not closed by ${syntax.closes} (the file may be cut short): read as it is` });
    const [first, ...others] = record.unread ?? [];
    if (first) {
      const ignored = first.continued + others.reduce((sum, line) => sum + 1 + line.continued, 0);
      const shown = first.text.length > 60 ? `${first.text.slice(0, 60)}…` : first.text;
      result.warnings.push({
        file,
        line: first.line,
        message:
          `"${shown}" (in the ${recordName} record of line ${record.line}) is neither a tag line${syntax.tagLineHint ? ` (${syntax.tagLineHint})` : ''} nor a continuation line: ` +
          `not read${ignored > 0 ? `, nor ${ignored} more line${ignored === 1 ? '' : 's'} of that record after it` : ''}`,
      });
    }
    keepRead(result, toPaper(record, file, index), { file, line: record.line, record: index });
  });
  return result;
}

export function taggedValues(record: TaggedRecord, ...tags: string[]): string[] {
  return tags.flatMap((tag) => record.fields.get(tag) ?? []);
}

export function firstTagged(record: TaggedRecord, ...tags: string[]): string | undefined {
  return taggedValues(record, ...tags).find((value) => value.trim() !== '')?.trim();
}

/** A value as one line of text: wrapped lines joined with a space. */
export function oneLine(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

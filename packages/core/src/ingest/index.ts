import type { IngestResult, InputText } from '../types.ts';
import { detectFormat, type InputFormat } from './detect.ts';
import { parseJson, parseJsonLines } from './json.ts';
import { parseListing } from './listing.ts';
import { mergeRecords } from './merge.ts';

export { detectFormat, type InputFormat } from './detect.ts';
export { parseJson, parseJsonLines, parseJsonLine } from './json.ts';
export { parseListing, looksLikeListing } from './listing.ts';
export { mergeRecords, titleKey } from './merge.ts';
export { normalizeArxivId } from './records.ts';

const PARSERS: Record<InputFormat, (text: string, file: string) => IngestResult> = {
  listing: parseListing,
  json: parseJson,
  jsonl: parseJsonLines,
};

/** Parses one input of a known or detected format. An unrecognised input is one rejection naming the file. */
export function ingestOne(input: InputText, format?: InputFormat): IngestResult {
  const chosen = format ?? detectFormat(input.name, input.text);
  if (!chosen) {
    return {
      records: [],
      rejections: [{ file: input.name, line: 1, message: 'unrecognised format (expected a paper listing, JSON or JSON Lines)' }],
      warnings: [],
    };
  }
  return PARSERS[chosen](input.text, input.name);
}

/** All inputs → merged paper records plus every rejection and warning, in input order. */
export function ingest(inputs: InputText[]): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  for (const input of inputs) {
    const one = ingestOne(input);
    // Loops, not spread: a large dump has more records than a call may take arguments.
    for (const record of one.records) result.records.push(record);
    for (const issue of one.rejections) result.rejections.push(issue);
    for (const issue of one.warnings) result.warnings.push(issue);
  }
  result.records = mergeRecords(result.records);
  return result;
}

import type { IngestResult, PaperRecord } from '../types.ts';
import { recordFromObject } from './records.ts';

/** JSON: an array of records, an object holding one (`papers`, `records`, `items`, `data`, `results`), or one record. */
export function parseJson(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    result.rejections.push({ file, line: 1, message: `invalid JSON: ${(error as Error).message}` });
    return result;
  }
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (data && typeof data === 'object') {
    const object = data as Record<string, unknown>;
    const list = ['papers', 'records', 'items', 'data', 'results', 'entries'].map((k) => object[k]).find(Array.isArray);
    items = list ?? [data];
  } else {
    result.rejections.push({ file, record: 0, message: 'JSON is neither a record nor a list of records' });
    return result;
  }
  items.forEach((item, record) => {
    const parsed = recordFromObject(item, { file, record });
    if (typeof parsed === 'string') result.rejections.push({ file, record, message: parsed });
    else result.records.push(parsed);
  });
  return result;
}

/** One JSON Lines line (1-based `line`); exposed so streaming readers can parse line by line. */
export function parseJsonLine(line: string, file: string, lineNumber: number, record: number): PaperRecord | { message: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { message: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = recordFromObject(value, { file, line: lineNumber, record });
  return typeof parsed === 'string' ? { message: parsed } : parsed;
}

export function parseJsonLines(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  let record = 0;
  let start = 0;
  let lineNumber = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    const parsed = parseJsonLine(line, file, lineNumber, record);
    if ('message' in parsed) result.rejections.push({ file, line: lineNumber, record, message: parsed.message });
    else result.records.push(parsed);
    record++;
  }
  return result;
}

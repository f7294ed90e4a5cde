import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * The floor: the least work any tool must do to look at every paper once — gunzip the file, JSON.parse every
 * record, one regular-expression pass over each title + abstract (here: capitalised tokens with a digit or
 * hyphen, the shape of a model name like `Llama-2-7B`). papergraph's end-to-end time is reported as a ratio to it.
 */
export const FLOOR_PATTERN = /\b[A-Z][A-Za-z]*[-\d][\w.-]*/g;

export interface FloorResult {
  records: number;
  matches: number;
  ms: number;
}

export function measureFloor(file: string): FloorResult {
  const start = performance.now();
  let buffer = readFileSync(file);
  if (file.endsWith('.gz')) buffer = gunzipSync(buffer);
  const text = buffer.toString('utf8');
  let records = 0;
  let matches = 0;
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    if (end > from) {
      const record = JSON.parse(text.slice(from, end)) as { title?: unknown; summary?: unknown; abstract?: unknown };
      records++;
      const body = `${String(record.title ?? '')}\n${String(record.summary ?? record.abstract ?? '')}`;
      FLOOR_PATTERN.lastIndex = 0;
      while (FLOOR_PATTERN.exec(body)) matches++;
    }
    from = end + 1;
  }
  return { records, matches, ms: performance.now() - start };
}

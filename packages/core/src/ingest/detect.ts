import { looksLikeListing } from './listing.ts';

export type InputFormat = 'listing' | 'json' | 'jsonl';

/** Format from the file name first, then from the content (a `.txt` may hold JSON Lines, a `.json` a JSONL dump). */
export function detectFormat(name: string, text: string): InputFormat | undefined {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  const head = text.trimStart();
  const firstLine = head.slice(0, head.indexOf('\n') < 0 ? head.length : head.indexOf('\n')).trim();
  const jsonLinesShape = firstLine.startsWith('{') && firstLine.endsWith('}') && head.length > firstLine.length;
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return jsonLinesShape && !isWholeJson(head) ? 'jsonl' : 'json';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return jsonLinesShape && !isWholeJson(head) ? 'jsonl' : 'json';
  if (looksLikeListing(text)) return 'listing';
  return undefined;
}

function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

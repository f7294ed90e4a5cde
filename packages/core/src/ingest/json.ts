import type { IngestResult, InputIssue, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl, normalizeDoi } from './ids.ts';
import { hasTitle, isPaperObject, keepRead, recordFromObject } from './records.ts';
import { lineCounter } from './text-lines.ts';

/** Fields of an object that may hold the list of records (`{"papers": […]}`, OpenAlex's `results`, S2's `data`…). */
const LIST_FIELDS = ['papers', 'records', 'items', 'data', 'results', 'entries'];


/**
 * The line JSON.parse's error points at: its character position when the message gives one, else where a scan of
 * the text finds the first character that cannot be JSON (V8 gives no position for an unexpected token, as in a
 * trailing comma `[1,]`), 1 when neither says.
 */
export function jsonErrorLine(error: unknown, text: string): number {
  const position = /\bposition (\d+)/.exec((error as Error).message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  return offset === undefined ? 1 : lineCounter(text)(offset);
}

const JSON_SPACE = new Set([' ', '\t', '\n', '\r']);
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Where a text stops being JSON: the offset of the first character that cannot continue it (the text's length when
 * it ends too soon), or undefined when it is valid JSON. A scan with a stack of open brackets, linear in the text.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const n = text.length;
  const open: string[] = [];
  // What may come next: a value, a value or `]` (after `[`), a key, a key or `}` (after `{`), or what follows a value.
  let expect: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'after' = 'value';
  let i = 0;
  /** The end of the string starting at `i`, or minus one less than the offset of its bad character. */
  const endOfString = (start: number): number => {
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c < 0x20) return -j - 1;
      if (c === 0x5c) {
        JSON_ESCAPE.lastIndex = j;
        if (!JSON_ESCAPE.test(text)) return -j - 1;
        j = JSON_ESCAPE.lastIndex;
      } else j++;
    }
    return -n - 1;
  };
  for (;;) {
    while (i < n && JSON_SPACE.has(text[i]!)) i++;
    if (i >= n) return expect === 'after' && open.length === 0 ? undefined : n;
    const c = text[i]!;
    if (expect === 'after') {
      const top = open[open.length - 1];
      if (top === undefined) return i;
      if (c === ',') expect = top === '[' ? 'value' : 'key';
      else if ((c === ']' && top === '[') || (c === '}' && top === '{')) open.pop();
      else return i;
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'key-or-end') {
      if (c === '}' && expect === 'key-or-end') {
        open.pop();
        i++;
        expect = 'after';
        continue;
      }
      if (c !== '"') return i;
      const end = endOfString(i);
      if (end < 0) return -end - 1;
      i = end;
      while (i < n && JSON_SPACE.has(text[i]!)) i++;
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (c === ']' && expect === 'value-or-end') {
      open.pop();
      i++;
      expect = 'after';
      continue;
    }
    if (c === '[' || c === '{') {
      open.push(c);
      i++;
      expect = c === '[' ? 'value-or-end' : 'key-or-end';
      continue;
    }
    if (c === '"') {
      const end = endOfString(i);
      if (end < 0) return -end - 1;
      i = end;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      JSON_NUMBER.lastIndex = i;
      if (!JSON_NUMBER.test(text)) return i;
      i = JSON_NUMBER.lastIndex;
    }
    expect = 'after';
  }
}

/** JSON.parse's complaint, with the line it points at when it gives a position. */
export function invalidJson(error: unknown, text: string, file: string): InputIssue {
  return { file, line: jsonErrorLine(error, text), message: `invalid JSON: ${(error as Error).message}` };
}

/**
 * The records of a JSON object: those of a list field holding papers, else the object itself when it is a paper
 * (its `"results": []` is then just a field), else those of any non-empty list field (records without a title are
 * rejected one by one). An object with only empty lists holds no records: reported, never read as a paper.
 */
function objectItems(object: Record<string, unknown>): unknown[] | { empty: string } {
  const lists = LIST_FIELDS.filter((field) => Array.isArray(object[field])).map((field) => ({ field, items: object[field] as unknown[] }));
  const papers = lists.find((list) => list.items.some(hasTitle));
  if (papers) return papers.items;
  if (isPaperObject(object)) return [object];
  const nonEmpty = lists.find((list) => list.items.length > 0);
  if (nonEmpty) return nonEmpty.items;
  if (lists.length > 0) return { empty: lists[0]!.field };
  return titledList(object) ?? [object];
}

/**
 * The list of papers an API page keeps under a name of its own (bioRxiv's `collection`, Europe PMC's
 * `resultList.result`, `hits`, `works`…): the first array of the object, or of one of its objects, that holds an
 * object with a title. Undefined when there is none.
 */
function titledList(object: Record<string, unknown>): unknown[] | undefined {
  const nested: Record<string, unknown>[] = [];
  for (const value of Object.values(object)) {
    if (Array.isArray(value)) {
      if (value.some(hasTitleField)) return value;
    } else if (value !== null && typeof value === 'object') nested.push(value as Record<string, unknown>);
  }
  for (const inner of nested) {
    for (const value of Object.values(inner)) if (Array.isArray(value) && value.some(hasTitleField)) return value;
  }
  return undefined;
}

/** An object with a `title` (not only a `name`, which lists of tags, people and places have too). */
function hasTitleField(item: unknown): boolean {
  if (item === null || typeof item !== 'object') return false;
  const { title, Title } = item as Record<string, unknown>;
  return (typeof title === 'string' && title.trim() !== '') || (typeof Title === 'string' && Title.trim() !== '');
}

/** Fields of a result page that are not records: a page holding only these holds none (S2 leaves out `data` then). */
const PAGE_FIELDS = new Set(['total', 'offset', 'next', 'token', 'count', 'page', 'per_page', 'meta', 'cursor', 'next_cursor']);

/**
 * What an API answered instead of records: an error object (S2's `{"error": …}`, OpenAlex's `{"error", "message"}`, a
 * rate limit's `{"message", "code"}`) is the file's rejection; an empty result page (`{"total": 0, "offset": 0}`) holds
 * no records. Undefined for anything else.
 */
function apiAnswer(object: Record<string, unknown>): { rejected: string } | { empty: string } | undefined {
  if (isPaperObject(object)) return undefined;
  const keys = Object.keys(object);
  const said = ['error', 'message', 'detail']
    .map((field) => object[field])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (said.length > 0 && keys.length <= 4) return { rejected: `an API error answer, not records: ${[...new Set(said.map((text) => text.trim()))].join(' — ')}` };
  if (keys.length > 0 && keys.every((key) => PAGE_FIELDS.has(key))) {
    const total = object['total'] ?? object['count'];
    return { empty: `a result page without records${typeof total === 'number' ? ` (total ${total})` : ''}` };
  }
  return undefined;
}

/**
 * The items a broken top-level array holds whole before the point where it breaks (a download cut off, a file
 * truncated by `head -c`): each item between the array's commas that parses alone, up to the first that does not or
 * the end of the text. Undefined when the text is no array or its first item is already broken.
 */
export function leadingArrayItems(text: string): { items: unknown[]; stop: number } | undefined {
  let i = 0;
  while (i < text.length && JSON_SPACE.has(text[i]!)) i++;
  if (text[i] !== '[') return undefined;
  const items: unknown[] = [];
  let start = i + 1;
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34 /* " */) {
      // to the string's closing quote, past escaped characters
      for (j++; j < text.length && text.charCodeAt(j) !== 34; j++) if (text.charCodeAt(j) === 92 /* \ */) j++;
    } else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth === 0) {
        // The array's own end (JSON.parse failed after it, or on its last item): its last item, if whole, then stop.
        try {
          if (text.slice(start, j).trim() !== '') items.push(JSON.parse(text.slice(start, j)));
          start = j + 1;
        } catch {
          // (broken: the rejection starts at it)
        }
        break;
      }
      depth--;
    } else if (c === 44 /* , */ && depth === 0) {
      try {
        items.push(JSON.parse(text.slice(start, j)));
      } catch {
        break;
      }
      start = j + 1;
    }
  }
  return items.length > 0 ? { items, stop: start } : undefined;
}

/**
 * What a text JSON.parse refused still gives: a broken top-level array keeps the items it holds whole before the
 * break, and the rest is one rejection at the line where reading stopped; anything else is one rejection at the line
 * JSON.parse points to.
 */
export function salvageJson(error: unknown, text: string, file: string): { items?: unknown[]; rejection: InputIssue } {
  const whole = leadingArrayItems(text);
  if (!whole) return { rejection: invalidJson(error, text, file) };
  return {
    items: whole.items,
    rejection: {
      file,
      line: lineCounter(text)(whole.stop),
      message: `invalid JSON (${(error as Error).message}): the ${whole.items.length} items before this line were read, nothing from here to the end of the file`,
    },
  };
}

/** JSON: an array of records, an object holding one (`papers`, `records`, `items`, `data`, `results`, `entries`), or one record. */
export function parseJson(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const salvaged = salvageJson(error, body, file);
    result.rejections.push(salvaged.rejection);
    if (!salvaged.items) return result;
    data = salvaged.items;
  }
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (data && typeof data === 'object') {
    const answer = apiAnswer(data as Record<string, unknown>);
    if (answer && 'rejected' in answer) {
      result.rejections.push({ file, record: 0, message: answer.rejected });
      return result;
    }
    if (answer) {
      result.warnings.push({ file, record: 0, message: `no records: ${answer.empty}` });
      return result;
    }
    const found = objectItems(data as Record<string, unknown>);
    if (!Array.isArray(found)) {
      result.warnings.push({ file, record: 0, message: `no records: the object's "${found.empty}" list is empty` });
      return result;
    }
    items = found;
  } else {
    result.rejections.push({ file, record: 0, message: 'JSON is neither a record nor a list of records' });
    return result;
  }
  if (items.length > 0 && items.every((item) => typeof item === 'string')) {
    readStrings(items as string[], file, result);
    return result;
  }
  items.forEach((item, record) => keepRead(result, recordFromObject(item, { file, record }), { file, record }));
  return result;
}

/** An arXiv id written alone (`2106.09685`, `arXiv:1706.03762v5`, `hep-th/9901001`), not found inside other text. */
const ARXIV_ID_ALONE = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

/** The work a string names when it is nothing but its DOI or arXiv id (a DOI or arXiv URL too). */
function workOfString(value: string): { doi?: string; arxivId?: string } | undefined {
  const text = value.trim();
  const doi = normalizeDoi(text);
  if (doi) return { doi, ...(arxivIdFromDoi(doi) ? { arxivId: arxivIdFromDoi(doi) } : {}) };
  const arxivId = ARXIV_ID_ALONE.exec(text)?.[1] ?? (/^https?:\/\/(?:export\.)?arxiv\.org\/(?:abs|pdf)\/\S+$/i.test(text) ? arxivIdFromUrl(text) : undefined);
  return arxivId ? { arxivId } : undefined;
}

/**
 * A JSON array of strings. When every one is a DOI or an arXiv id, a list of works by id: each a record with that id
 * and no title, which joins the paper another input gives it (or is reported as a work no input names with a title,
 * as an untitled OpenAlex work is). Any other list of strings (Semantic Scholar's list of dataset releases, tags,
 * names) holds no records: one rejection for the file saying what it is, not one per string.
 */
function readStrings(strings: readonly string[], file: string, result: IngestResult): void {
  const works = strings.map(workOfString);
  if (works.every((work) => work !== undefined)) {
    works.forEach((work, record) => {
      const paper: PaperRecord = { title: '', abstract: '', authors: [], tags: [], sources: [{ file, record }] };
      if (work.arxivId) paper.arxivId = work.arxivId;
      if (work.doi) paper.doi = work.doi;
      result.records.push(paper);
    });
    return;
  }
  const shown = strings.slice(0, 3).map((value) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));
  const ids = works.filter((work) => work !== undefined).length;
  const idNote = ids > 0 ? `; ${ids} of them ${ids === 1 ? 'is a DOI or arXiv id' : 'are DOIs or arXiv ids'}, the others not` : '';
  result.rejections.push({
    file,
    record: 0,
    message: `a JSON list of ${strings.length} ${strings.length === 1 ? 'string' : 'strings'} (${shown.join(', ')}${strings.length > 3 ? ', …' : ''}), not paper records${idNote}: nothing in it is read`,
  });
}

/** Whether a line parses as one JSON object. */
function isJsonObjectLine(line: string): boolean {
  if (!line.startsWith('{') || !line.endsWith('}')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

export type JsonShape =
  /** `[` first: a JSON array. */
  | 'array'
  /** The first line is a whole object and more follows: only JSON Lines reads like this. */
  | 'object-lines'
  /** One line holding an object (or the head ends inside it): a JSON record and a one-line JSON Lines file alike. */
  | 'one-line'
  /** An object over several lines that parses whole: pretty-printed JSON. */
  | 'document'
  /** The first line is not a whole object but the second is: JSON Lines with a broken first record. */
  | 'broken-first-line'
  /** The first line is shaped like an object (`{…}`) but does not parse, nor does the next: a broken JSON Lines record, or cut JSON. */
  | 'object-shaped-line'
  /** Starts like an object over several lines that does not parse (yet): JSON, perhaps cut by the head. */
  | 'object-start'
  | 'other';

/** How a text head is laid out as JSON; shared by the JSON and JSON Lines sniffers. */
export function jsonShape(head: string): JsonShape {
  const body = head.trimStart();
  if (body.startsWith('[')) return 'array';
  if (!body.startsWith('{')) return 'other';
  const firstEnd = body.indexOf('\n');
  if (firstEnd < 0 || body.slice(firstEnd).trim() === '') return 'one-line';
  const first = body.slice(0, firstEnd).trim();
  if (isJsonObjectLine(first)) return 'object-lines';
  try {
    JSON.parse(body);
    return 'document';
  } catch {
    // Not whole (or cut by the head): decided by the next non-blank line.
  }
  const secondStart = body.slice(firstEnd + 1).search(/\S/) + firstEnd + 1;
  const secondEnd = body.indexOf('\n', secondStart);
  if (secondEnd >= 0 && isJsonObjectLine(body.slice(secondStart, secondEnd).trim())) return 'broken-first-line';
  // A first line shaped like one object (`{…}`) that does not parse reads as a broken record too, less surely.
  return first.endsWith('}') ? 'object-shaped-line' : 'object-start';
}

const JSON_CONFIDENCE: Record<JsonShape, number> = {
  array: 1,
  'object-lines': 0,
  'one-line': 0.6,
  document: 1,
  'broken-first-line': 0.4,
  'object-shaped-line': 0.5,
  'object-start': 0.8,
  other: 0,
};

export const jsonFormat: InputFormat = {
  name: 'json',
  label: 'JSON',
  extensions: ['.json'],
  sniff: (head) => JSON_CONFIDENCE[jsonShape(head)],
  parse: parseJson,
  fallback: true,
};

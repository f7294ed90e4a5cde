import { describe, expect, it } from 'vitest';
import { BAD_BYTES_MESSAGE } from '../../src/ingest/encoding.ts';
import { dialectReader, itemsUnder, type JsonDialect } from '../../src/ingest/json-records.ts';
import { readLines } from '../../src/ingest/jsonl.ts';
import type { IngestResult } from '../../src/types.ts';

/** A dialect whose works are objects with a `name`; a page is `{items: […]}`. */
const dialect: JsonDialect = {
  items(value) {
    if (Array.isArray(value)) return value;
    const object = value as { items?: unknown[] } | null;
    if (object && Array.isArray(object.items)) return object.items.length > 0 ? object.items : { empty: 'the page is empty' };
    return [value];
  },
  record(item, source) {
    const name = (item as { name?: unknown } | null)?.name;
    if (item === null) return { warning: 'a gap' };
    return typeof name === 'string' ? { title: name, abstract: '', authors: [], tags: [], sources: [source] } : { rejected: 'no name' };
  },
};

const read = (text: string): IngestResult => readLines(text, dialectReader('f', dialect));
const titles = (result: IngestResult) => result.records.map((record) => [record.title, record.sources[0]]);

describe('JSON dialect reader: one document or JSON Lines, decided from the first lines', () => {
  it('JSON Lines: a value per line, by line and record; a line holding a page gives its records by index', () => {
    const result = read('{"name": "a"}\n\n{"name": "b"}\n{"items": [{"name": "c"}, {"name": "d"}]}\n');
    expect(titles(result)).toEqual([
      ['a', { file: 'f', line: 1, record: 0 }],
      ['b', { file: 'f', line: 3, record: 1 }],
      ['c', { file: 'f', record: 2 }],
      ['d', { file: 'f', record: 3 }],
    ]);
  });

  it('a pretty-printed document: records by index, read whole at the end', () => {
    const text = JSON.stringify({ items: [{ name: 'a' }, null, { name: 'b' }, {}] }, null, 2);
    const result = read(text);
    expect(titles(result)).toEqual([
      ['a', { file: 'f', record: 0 }],
      ['b', { file: 'f', record: 2 }],
    ]);
    expect(result.warnings).toEqual([{ file: 'f', record: 1, message: 'a gap' }]);
    expect(result.rejections).toEqual([{ file: 'f', record: 3, message: 'no name' }]);
    expect(read('[\n  {"name": "only"}\n]\n').records.map((record) => record.title)).toEqual(['only']);
  });

  it('a broken first record of JSON Lines is one rejection, not a broken document', () => {
    const result = read('{"name": broken}\n{"name": "b"}\n{"name": "c"}\n');
    expect(result.rejections).toEqual([{ file: 'f', line: 1, record: 0, message: expect.stringMatching(/^invalid JSON/) }]);
    expect(titles(result)).toEqual([
      ['b', { file: 'f', line: 2, record: 1 }],
      ['c', { file: 'f', line: 3, record: 2 }],
    ]);
  });

  it('a broken document is one rejection (at the line JSON.parse points to, when it says); an empty page one warning', () => {
    const result = read('{\n  "items": [\n    {"name": "a"},\n    {"name": }\n  ]\n}\n');
    expect(result.records).toEqual([]);
    // Node 20's JSON.parse names no position (later versions do: then the line is the one it points to).
    expect(result.rejections).toEqual([{ file: 'f', line: expect.any(Number), message: expect.stringMatching(/^invalid JSON: .*\{"name": \}/s) }]);
    expect(read('{\n  "items": []\n}').warnings).toEqual([{ file: 'f', record: 0, message: 'no records: the page is empty' }]);
    expect(read('{"name": cut').rejections).toEqual([{ file: 'f', line: 1, message: expect.stringMatching(/^invalid JSON/) }]);
    expect(read('{"name": "cut"').rejections).toEqual([{ file: 'f', line: 1, message: expect.stringMatching(/^invalid JSON/) }]);
    expect(read('\n\n')).toEqual({ records: [], rejections: [], warnings: [] });
  });

  it('lines with bytes that were not UTF-8: a JSON Lines record is rejected, a document keeps the line with a warning', () => {
    const lines = dialectReader('f', dialect);
    lines.line('{"name": "a"}', 1);
    lines.line('{"name": "caf\u00e9"}', 2, BAD_BYTES_MESSAGE);
    expect(lines.result().rejections).toEqual([{ file: 'f', line: 2, record: 1, message: BAD_BYTES_MESSAGE }]);
    const document = dialectReader('f', dialect);
    document.line('[', 1);
    document.line('{"name": "caf\u00e9"}', 2, BAD_BYTES_MESSAGE);
    document.line(']', 3);
    const result = document.result();
    expect(result.records.map((record) => record.title)).toEqual(['café']);
    expect(result.warnings).toEqual([{ file: 'f', line: 2, message: `${BAD_BYTES_MESSAGE}: read as Latin-1 (windows-1252); save the file as UTF-8` }]);
  });
});

describe('itemsUnder', () => {
  it('reads a list, a list under its key, an empty list and one item', () => {
    expect(itemsUnder([{ a: 1 }, { a: 2 }], 'data')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(itemsUnder({ data: [{ a: 1 }], meta: { total: 1 } }, 'data')).toEqual([{ a: 1 }]);
    expect(itemsUnder({ data: [] }, 'data')).toEqual({ empty: 'the answer\'s "data" list is empty' });
    expect(itemsUnder({ data: { a: 1 } }, 'data')).toEqual([{ a: 1 }]);
    expect(itemsUnder({ a: 1 }, 'data')).toEqual([{ a: 1 }]);
  });
});

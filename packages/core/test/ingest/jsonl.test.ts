import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonLinesReader, parseJsonLines, readLines } from '../../src/ingest/jsonl.ts';

describe('JSON Lines', () => {
  it('reads the dev corpus JSONL and reports a broken line by number without losing the others', () => {
    const dev = readFileSync(new URL('../fixtures/dev-papers-head.jsonl', import.meta.url), 'utf8');
    const broken = dev.split('\n').slice(0, 3).join('\n') + '\n{"title": "broken\n' + dev.split('\n').slice(3).join('\n');
    const result = parseJsonLines(broken, 'dev.jsonl');
    expect(result.records.length).toBe(dev.trim().split('\n').length);
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]).toMatchObject({ file: 'dev.jsonl', line: 4 });
  });

  it('reads gzipped JSONL of the big-corpus shape (summary, authors list, abs URL)', () => {
    const text = gunzipSync(readFileSync(new URL('../fixtures/arxiv-sample.jsonl.gz', import.meta.url))).toString('utf8');
    const result = parseJsonLines(text, 'arxiv-sample.jsonl');
    expect(result.rejections).toEqual([]);
    expect(result.records.length).toBe(text.trim().split('\n').length);
    for (const record of result.records) {
      expect(record.arxivId).toMatch(/^\d{4}\.\d{4,5}$/);
      expect(record.abstract.length).toBeGreaterThan(100);
      expect(record.authors.length).toBeGreaterThan(0);
    }
  });

  it('counts records over non-blank lines and lines over all of them (CRLF too)', () => {
    const result = parseJsonLines('{"title":"A"}\r\n\r\n{"title":"B"}\n{"nope":1}\n', 'f.jsonl');
    expect(result.records.map((r) => [r.title, r.sources])).toEqual([
      ['A', [{ file: 'f.jsonl', line: 1, record: 0 }]],
      ['B', [{ file: 'f.jsonl', line: 3, record: 1 }]],
    ]);
    expect(result.rejections).toEqual([{ file: 'f.jsonl', line: 4, record: 2, message: 'record has no "title"' }]);
  });

  it('rejects the record on a line with NUL bytes or bad bytes, not the file', () => {
    const result = readLines('{"title":"A"}\n{"title":"B\u0000"}\n{"title":"Caf\u00e9"}\n{"title":"D"}\n', jsonLinesReader('n.jsonl'), new Set([3]));
    expect(result.records.map((r) => r.title)).toEqual(['A', 'D']);
    expect(result.rejections.map((r) => [r.line, r.record, r.message])).toEqual([
      [2, 1, 'NUL bytes in the record (binary data)'],
      [3, 2, expect.stringContaining('not UTF-8')],
    ]);
  });

  it('a line reader fed line by line gives what parsing the whole text gives', () => {
    const text = '{"title":"A"}\n\n{"title": broken\n{"title":"C"}';
    const reader = jsonLinesReader('f.jsonl');
    text.split('\n').forEach((line, index) => reader.line(line, index + 1));
    expect(reader.records).toBe(3);
    expect(reader.result()).toEqual(parseJsonLines(text, 'f.jsonl'));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_FORMATS, detectFormat, formatLabels, looksBinary } from '../../src/ingest/formats.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

describe('input format registry', () => {
  it('has one row per format, each with a name, label, extensions, a sniffer and a parser', () => {
    expect(INPUT_FORMATS.map((format) => format.name)).toEqual(['listing', 'json', 'jsonl']);
    for (const format of INPUT_FORMATS) {
      expect(format.label.length).toBeGreaterThan(0);
      expect(format.sniff('')).toBe(0);
      expect(format.parse('', 'x').records).toEqual([]);
    }
    expect(formatLabels()).toBe('a paper listing, JSON or JSON Lines');
  });

  it('detects formats from name and content', () => {
    expect(detectFormat('x.txt', seed)?.name).toBe('listing');
    expect(detectFormat('x.json', '[{"title":"a"}]')?.name).toBe('json');
    expect(detectFormat('x.json', '{"title":"a"}\n{"title":"b"}\n')?.name).toBe('jsonl');
    expect(detectFormat('x.data', '{"title":"a"}\n{"title":"b"}\n')?.name).toBe('jsonl');
    expect(detectFormat('notes.md', '# just some notes\n\nnothing here')).toBeUndefined();
  });

  it('content first: a misnamed file is read as what it holds', () => {
    expect(detectFormat('papers.jsonl', '[{"title":"a"},\n{"title":"b"}]')?.name).toBe('json');
    expect(detectFormat('papers.json', seed)?.name).toBe('listing');
    expect(detectFormat('listing.txt', '{"title":"a"}\n{"title":"b"}\n')?.name).toBe('jsonl');
    expect(detectFormat('dump.jsonl.gz', '{"title":"a"}\n{"title":"b"}\n')?.name).toBe('jsonl');
  });

  it('the extension decides what the content leaves open, and names the format when the content says nothing', () => {
    expect(detectFormat('one.jsonl', '{"title":"a"}\n')?.name).toBe('jsonl');
    expect(detectFormat('one.json', '{"title":"a"}\n')?.name).toBe('json');
    expect(detectFormat('one', '{"title":"a"}\n')?.name).toBe('json');
    expect(detectFormat('broken.json', 'not json at all')?.name).toBe('json');
    expect(detectFormat('broken.txt', 'not a listing')?.name).toBe('listing');
  });

  it('binary: NUL bytes near the start and no format recognising the content', () => {
    expect(looksBinary('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toBe(true);
    expect(looksBinary('{"title":"A\u0000"}\n{"title":"B"}\n')).toBe(false);
    expect(looksBinary(seed)).toBe(false);
  });
});

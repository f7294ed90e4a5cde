import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingest } from '@papergraph/core';
import { readInputsStreaming, streamJsonLines } from '../src/io/stream.ts';
import { REPO } from './run-cli.ts';

// The 97 real dev records, repeated under new ids until the file passes several 1 MiB read chunks, with a broken
// line, a blank line and CRLF endings in it: lines cross chunk boundaries at arbitrary bytes (multi-byte UTF-8 too).
const dev = readFileSync(join(REPO, 'eval/data/papers.jsonl'), 'utf8').trim().split('\n');
const lines: string[] = [];
for (let copy = 0; lines.length < 1200; copy++) {
  dev.forEach((line, index) => {
    const record = JSON.parse(line) as { id: string; title: string };
    const id = `29${String(copy).padStart(2, '0')}.${String(index).padStart(5, '0')}`;
    lines.push(JSON.stringify({ ...record, id, title: `${record.title} — copy ${copy} ✓` }));
  });
}
lines.splice(500, 0, '{"title": "broken", "abstract": ');
lines.splice(700, 0, '');
const text = `${lines.slice(0, 900).join('\n')}\r\n${lines.slice(900).join('\n')}\n`;

describe('streamed JSON Lines reading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-stream-'));
  const plain = join(dir, 'papers.jsonl');
  const gz = join(dir, 'papers.jsonl.gz');
  writeFileSync(plain, text);
  writeFileSync(gz, gzipSync(text));

  it('passes several read chunks', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * (1 << 20));
  });

  it('gives the same records, rejections and line numbers as parsing the whole text', async () => {
    const whole = ingest([{ name: plain, text }]);
    for (const file of [plain, gz]) {
      const streamed = await readInputsStreaming([file]);
      const named = (issues: typeof whole.rejections) => issues.map((issue) => ({ ...issue, file: 'f' }));
      expect(streamed.ingested.records.length).toBe(whole.records.length);
      expect(streamed.ingested.records.map((r) => ({ ...r, sources: [] }))).toEqual(whole.records.map((r) => ({ ...r, sources: [] })));
      expect(streamed.ingested.records.map((r) => r.sources.map((s) => s.line ?? s.record))).toEqual(
        whole.records.map((r) => r.sources.map((s) => s.line ?? s.record)),
      );
      expect(named(streamed.ingested.rejections)).toEqual(named(whole.rejections));
    }
    expect(whole.rejections).toHaveLength(1);
    expect(whole.rejections[0]!.line).toBe(501);
    expect(whole.records.length).toBe(lines.length - 2);
  });

  it('stops after maxLines records', async () => {
    const first = await streamJsonLines(gz, () => {}, 100);
    expect(first.records.length + first.rejections.length).toBe(100);
    expect(first.records[99]!.title).toBe(JSON.parse(lines[99]!).title);
  });

  it('reports a file that is not gzip as unreadable and keeps the other inputs', async () => {
    const fake = join(dir, 'fake.jsonl.gz');
    writeFileSync(fake, 'not gzip at all\n');
    const read = await readInputsStreaming([fake, plain]);
    expect(read.unreadable.map((issue) => issue.file)).toEqual([fake]);
    expect(read.unreadable[0]!.message).toMatch(/cannot read/);
    expect(read.ingested.records.length).toBe(lines.length - 2);
  });
});

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, ingest, toGEXF, toGraphJSON, toGraphML, type IngestResult, type InputIssue } from '@papergraph/core';
import { CliError, EXIT } from '../../src/errors.ts';
import { listInputFiles, readInputFiles } from '../../src/io/read-inputs.ts';
import { MAIN, REPO, TSX_NODE } from '../run-cli.ts';
import {
  BAD_INPUTS,
  expectEveryRecordAccountedFor,
  expectedIssues,
  issueShape,
} from '../../../core/test/ingest/bad-inputs.ts';

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `papergraph-${prefix}-`));

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
  const dir = tempDir('stream');
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
      const streamed = await readInputFiles([file]);
      const named = (issues: InputIssue[]) => issues.map((issue) => ({ ...issue, file: 'f' }));
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

  it('streamed records are tidied as whole-text ones: a placeholder author dropped, decomposed accents composed (NFC)', async () => {
    const dir = tempDir('tidy');
    const file = join(dir, 'tidy.jsonl');
    writeFileSync(file, '{"title":"A paper","authors":["[Anonymous]","Ada Lovelace"]}\n{"title":"Hachiko waits","authors":["Lesle\u0301a Newman"]}\n');
    const streamed = (await readInputFiles([file])).ingested.records;
    expect(streamed.map((record) => record.authors)).toEqual([['Ada Lovelace'], ['Lesl\u00e9a Newman']]);
    expect(streamed.map((record) => ({ ...record, sources: [] }))).toEqual(ingest([{ name: file, text: readFileSync(file, 'utf8') }]).records.map((record) => ({ ...record, sources: [] })));
  });

  it('stops after maxLines records', async () => {
    const first = (await readInputFiles([gz], { maxLines: 100 })).ingested;
    expect(first.records.length + first.rejections.length).toBe(100);
    expect(first.records[99]!.title).toBe(JSON.parse(lines[99]!).title);
  });

  it('reports progress in bytes read from disk, up to the total', async () => {
    const seen: Array<[number, number]> = [];
    const read = await readInputFiles([gz, plain], { onBytes: (done, total) => seen.push([done, total]) });
    const total = statSync(gz).size + statSync(plain).size;
    expect(read.bytes).toBe(total);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toEqual([total, total]);
    expect(seen.every(([done], index) => index === 0 || done >= seen[index - 1]![0])).toBe(true);
  });

  it('reports a file that is not gzip as unreadable and keeps the other inputs', async () => {
    const fake = join(dir, 'fake.jsonl.gz');
    writeFileSync(fake, 'not gzip at all\n');
    const read = await readInputFiles([fake, plain]);
    expect(read.unreadable.map((issue) => issue.file)).toEqual([fake]);
    expect(read.unreadable[0]!.message).toMatch(/cannot read/);
    expect(read.ingested.records.length).toBe(lines.length - 2);
  });

  it('a truncated gzip keeps the records before the cut and rejects the rest by line', async () => {
    const cut = join(dir, 'cut.jsonl.gz');
    const zipped = gzipSync(text);
    writeFileSync(cut, zipped.subarray(0, Math.floor(zipped.length / 2)));
    const read = await readInputFiles([cut]);
    const rest = read.ingested.rejections[read.ingested.rejections.length - 1]!;
    expect(read.ingested.records.length).toBeGreaterThan(100);
    expect(rest).toMatchObject({ file: cut, message: expect.stringMatching(/^cannot read the rest of the file: unexpected end of file/) });
    expect(rest.line).toBeGreaterThan(read.ingested.records.length);
    expect(read.unreadable).toEqual([]);
  });

  it('a gzip cut inside its first 64 KiB keeps its complete records and rejects the rest at the line where it stopped', async () => {
    const cut = join(dir, 'cut-early.jsonl.gz');
    const zipped = gzipSync(text);
    // (a gzip of the text's first 20 KiB or so: the cut falls before the head that decides the format is complete)
    writeFileSync(cut, zipped.subarray(0, 8000));
    const read = await readInputFiles([cut]);
    expect(read.unreadable).toEqual([]);
    const rest = read.ingested.rejections.at(-1)!;
    expect(rest).toMatchObject({ file: cut, message: expect.stringMatching(/^cannot read the rest of the file: unexpected end of file/) });
    expect(read.ingested.records.length).toBeGreaterThan(5);
    // Every line before the one it stopped in is a record (none of the first 500 is broken or blank).
    expect(rest.line).toBe(read.ingested.records.length + 1);
    expect(read.ingested.records.map((r) => r.title)).toEqual(lines.slice(0, read.ingested.records.length).map((line) => (JSON.parse(line) as { title: string }).title));
  });

  it('a whole-file format (a listing) cut early keeps what was read and names the line where it stopped', async () => {
    const listing = readFileSync(join(REPO, 'seeds/llama-2-7b.txt'));
    const cut = join(dir, 'listing-cut.txt.gz');
    writeFileSync(cut, gzipSync(listing).subarray(0, 3000));
    const read = await readInputFiles([cut]);
    expect(read.unreadable).toEqual([]);
    expect(read.ingested.records.length).toBeGreaterThan(0);
    expect(read.ingested.rejections.at(-1)).toMatchObject({ file: cut, line: expect.any(Number), message: expect.stringMatching(/^cannot read the rest of the file/) });
  });

  it('a record longer than the limit is rejected by line, unread, and the lines after it are kept', async () => {
    const long = join(dir, 'long.jsonl');
    writeFileSync(long, `{"title":"A"}\n{"title":"${'x'.repeat(3 << 20)}"}\n{"title":"C"}`);
    const read = await readInputFiles([long], { maxRecordBytes: 1 << 20 });
    expect(read.ingested.records.map((r) => r.title)).toEqual(['A', 'C']);
    expect(read.ingested.rejections).toEqual([{ file: long, line: 2, record: 1, message: 'record too long (3 MiB on one line; the limit is 1 MiB)' }]);
  });
});

/** Writes a row's files (gzipped when asked), returns their paths in the row's order. */
function writeRow(files: Array<{ name: string; content: string | Uint8Array }>, gzip: boolean): string[] {
  const dir = tempDir('row');
  return files.map((file) => {
    const path = join(dir, gzip ? `${file.name}.gz` : file.name);
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : Buffer.from(file.content);
    writeFileSync(path, gzip ? gzipSync(bytes) : bytes);
    return path;
  });
}

const shortName = (file: string) => basename(file).replace(/\.gz$/, '');

function expectRow(row: (typeof BAD_INPUTS)[number], result: IngestResult): void {
  expect(result.records.map((record) => record.title)).toEqual(row.titles);
  expect(result.rejections.map((issue) => issueShape(issue, shortName))).toEqual(expectedIssues(row.rejections));
  expect(result.warnings.map((issue) => issueShape(issue, shortName))).toEqual(expectedIssues(row.warnings));
  expectEveryRecordAccountedFor(row, result);
  row.check?.(result);
}

describe('bad inputs read from disk (the table of core/test/ingest/bad-inputs.ts), plain and gzipped', () => {
  for (const row of BAD_INPUTS) {
    for (const gzip of [false, true]) {
      it(`${row.name}${gzip ? ' (.gz)' : ''}`, async () => {
        const paths = writeRow(row.files, gzip);
        const read = await readInputFiles(paths);
        // Unreadable files are reported with the rejected records, first, as build reports them.
        expectRow(row, { ...read.ingested, rejections: [...read.unreadable, ...read.ingested.rejections] });

      });
    }
  }
});

describe('files that are not text', () => {
  it('a gzip of garbage is one unreadable file; a gzip of a good file is read', async () => {
    const dir = tempDir('garbage');
    const garbage = join(dir, 'random.jsonl.gz');
    writeFileSync(garbage, gzipSync(Buffer.concat([Buffer.from([0, 0, 0]), randomBytes(200_000)])));
    const renamed = join(dir, 'papers.data');
    writeFileSync(renamed, gzipSync('{"title": "Gzip By Content"}\n{"title": "Not By Name"}\n'));
    const read = await readInputFiles([garbage, renamed]);
    expect(read.unreadable).toEqual([{ file: garbage, message: 'binary file (contains NUL bytes), not a paper listing' }]);
    expect(read.ingested.records.map((r) => r.title)).toEqual(['Gzip By Content', 'Not By Name']);
    expect(read.inputNames).toEqual([renamed]);
  });
});

describe('files and folders', () => {
  it('folders are read recursively in name order; hidden files are passed over', () => {
    const dir = tempDir('walk');
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, '.hidden'));
    for (const name of ['b/z.jsonl', 'a.json', '.secret.jsonl', '.hidden/x.jsonl', 'c.txt']) writeFileSync(join(dir, name), '');
    const files = ['a.json', 'b/z.jsonl', 'c.txt'].map((name) => join(dir, name));
    expect(listInputFiles([dir])).toEqual({ files, inFolders: new Set(files), unreadable: [], warnings: [] });
  });

  it("in a folder, papergraph's own outputs and files in no input format are skipped and listed as skipped, not rejected", async () => {
    const dir = tempDir('outputs');
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'papers.jsonl'), '{"title": "A Paper"}\n');
    const graph = buildKnowledgeGraph([{ name: 'papers.jsonl', text: '{"title": "A Paper"}\n' }]).graph;
    // A previous build's outputs, written into the folder (under any name: they are told by their content)
    writeFileSync(join(inputs, 'graph.json'), toGraphJSON(graph));
    writeFileSync(join(inputs, 'old.graphml'), toGraphML(graph));
    writeFileSync(join(inputs, 'graph.gexf'), toGEXF(graph));
    writeFileSync(join(inputs, 'graph.view.json'), '{"format":"papergraph-view","version":1,"options":{}}');
    writeFileSync(join(inputs, 'whats-new.json'), '{\n  "inputs": [\n    "new.jsonl"\n  ],\n  "papers": {\n    "before": 1,\n    "after": 2\n  }\n}\n');
    writeFileSync(join(inputs, 'SOURCES.md'), '# Where these papers come from\n\nThe arXiv API, January 2026.\n');
    const read = await readInputFiles([inputs]);
    expect(read.ingested.records.map((r) => r.title)).toEqual(['A Paper']);
    expect(read.ingested.rejections).toEqual([]);
    expect(read.unreadable).toEqual([]);
    expect(read.inputNames).toEqual([join(inputs, 'papers.jsonl')]);
    expect(read.ingested.warnings).toEqual([
      { file: join(inputs, 'SOURCES.md'), message: 'not paper records (no input format recognised): skipped' },
      { file: join(inputs, 'graph.gexf'), message: 'a graph file (GEXF), not paper records: skipped' },
      { file: join(inputs, 'graph.json'), message: 'a graph file (graph.json), not paper records: skipped' },
      { file: join(inputs, 'graph.view.json'), message: 'a view file (graph.view.json), not paper records: skipped' },
      { file: join(inputs, 'old.graphml'), message: 'a graph file (GraphML), not paper records: skipped' },
      { file: join(inputs, 'whats-new.json'), message: "a what's-new report (whats-new.json), not paper records: skipped" },
    ]);
    // Named on the command line, a file in no known format is still an error to report (a rejection).
    const named = await readInputFiles([join(inputs, 'SOURCES.md'), join(inputs, 'papers.jsonl')]);
    expect(named.ingested.rejections).toEqual([{ file: join(inputs, 'SOURCES.md'), line: 1, message: expect.stringMatching(/^unrecognised format/) }]);
    // ... and a graph file named as an input is refused at once, before anything is read.
    for (const name of ['graph.json', 'old.graphml', 'graph.view.json']) {
      expect(() => listInputFiles([join(inputs, 'papers.jsonl'), join(inputs, name)])).toThrow(
        new CliError(`${join(inputs, name)} is ${name === 'old.graphml' ? 'a graph file (GraphML)' : name === 'graph.json' ? 'a graph file (graph.json)' : 'a view file (graph.view.json)'}, not paper records: give paper listings to build from (view serves a graph file; models, stats… read a graph.json alone)`, EXIT.input),
      );
    }
  });

  it('symbolic links to files and folders are followed; a link back into a folder already read is read once, and said so', async () => {
    const dir = tempDir('links');
    const outside = tempDir('outside');
    writeFileSync(join(outside, 'linked.jsonl'), '{"title": "Through A File Link"}\n');
    mkdirSync(join(outside, 'sub'));
    writeFileSync(join(outside, 'sub', 'deep.jsonl'), '{"title": "Through A Folder Link"}\n');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'own.jsonl'), '{"title": "Own File"}\n');
    symlinkSync(join(outside, 'linked.jsonl'), join(dir, 'in', 'file-link.jsonl'));
    symlinkSync(join(outside, 'sub'), join(dir, 'in', 'folder-link'));
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'loop'));
    symlinkSync(join(dir, 'nowhere.jsonl'), join(dir, 'in', 'broken.jsonl'));

    const read = await readInputFiles([join(dir, 'in')]);
    expect(read.ingested.records.map((r) => r.title)).toEqual(['Through A File Link', 'Through A Folder Link', 'Own File']);
    expect(read.unreadable).toEqual([{ file: join(dir, 'in', 'broken.jsonl'), message: expect.stringMatching(/^cannot read: no such file or directory \(ENOENT\) \(a broken symbolic link\)$/) }]);
    expect(read.ingested.warnings).toEqual([{ file: join(dir, 'in', 'loop'), message: `the same folder as ${join(dir, 'in')} (a symbolic link loops back or repeats it): read once` }]);
  });

  it('a file named twice (or through a link) is read once', () => {
    const dir = tempDir('twice');
    writeFileSync(join(dir, 'a.jsonl'), '');
    const listed = listInputFiles([join(dir, 'a.jsonl'), dir]);
    expect(listed.files).toEqual([join(dir, 'a.jsonl')]);
    expect(listed.warnings).toEqual([{ file: join(dir, 'a.jsonl'), message: `the same file as ${join(dir, 'a.jsonl')}: read once` }]);
  });

  it('a path that does not exist is a usage error naming it', () => {
    expect(() => listInputFiles(['no/such/input.jsonl'])).toThrow('input not found: no/such/input.jsonl');
  });

  it('an unreadable folder or file is one line naming it, never a stack trace (the CLI run as a user without access)', () => {
    const dir = tempDir('locked');
    chmodSync(dir, 0o777);
    mkdirSync(join(dir, 'in', 'locked'), { recursive: true });
    writeFileSync(join(dir, 'in', 'listing.txt'), readFileSync(join(REPO, 'seeds/llama-2-7b.txt')));
    writeFileSync(join(dir, 'in', 'secret.jsonl'), '{"title": "Secret"}\n');
    chmodSync(join(dir, 'in', 'locked'), 0);
    chmodSync(join(dir, 'in', 'secret.jsonl'), 0);
    // As root every file is readable: the CLI runs as "nobody" then, so permissions apply.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(TSX_NODE[0], [...TSX_NODE.slice(1), MAIN, 'build', join(dir, 'in'), '-o', join(dir, 'out'), '--formats', 'json'], {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, HOME: dir, NO_COLOR: '1' },
      ...asNobody,
    });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(0);
    // (on stderr, as every command lists what it could not read: stdout is the summary)
    expect(run.stderr).toContain(`rejected: ${join(dir, 'in', 'locked')}: cannot read folder: permission denied (EACCES)\n`);
    expect(run.stderr).toContain(`rejected: ${join(dir, 'in', 'secret.jsonl')}: cannot read: permission denied (EACCES)\n`);
    expect(run.stdout).toMatch(/^papers {4}10$/m);
  }, 60_000);
});

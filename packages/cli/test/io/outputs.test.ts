import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { elementHashes, outputFormat, planReuse, updateBuild, type ElementLayout, type OutputFormat, type PaperGraph } from '@papergraph/core';
import { CopyThread } from '../../src/io/background-copy.ts';
import { OffsetRecorder, offsetsBytes, offsetsFromBytes } from '../../src/io/element-offsets.ts';
import { writeOutputs, type PreviousOutputs, type WrittenFiles } from '../../src/io/outputs.ts';
import { PreviousFile, type ElementOffsets } from '../../src/io/previous-file.ts';
import { addedInput, buildWithState, devInput, devLines, roundTrip, seedText } from '../../../core/test/update/fixtures.ts';

const FILES = ['graph.json', 'graph.graphml', 'graph.gexf', 'graph.view.json'];
const REUSABLE: OutputFormat[] = ['json', 'graphml', 'gexf'];

// A build of the seed listing and 85 dev papers, and its update with the other 12 (as `papergraph update` runs it).
const first = buildWithState([seedText, devInput('first.jsonl', devLines.slice(0, 85))]);
const result = updateBuild({ previous: roundTrip(first.state), ...addedInput([devInput('later.jsonl', devLines.slice(85))]) });
if (!result.changed) throw new Error('the update should add papers');
const before: PaperGraph = first.build.graph;
const after: PaperGraph = result.build.graph;

const work = mkdtempSync(join(tmpdir(), 'papergraph-outputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function previousOf(written: WrittenFiles): PreviousOutputs {
  return { records: written.records, plan: planReuse(elementHashes(before), elementHashes(after)), nodes: before.order, edges: before.size };
}

function expectSameFiles(a: string, b: string): void {
  for (const name of FILES) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
}

describe('writeOutputs from the previous files', () => {
  const base = join(work, 'base');
  const built = writeOutputs(before, base);
  const fresh = join(work, 'fresh');
  const anew = writeOutputs(after, fresh);

  it('records each element-wise file (size, dialect) and reuses nothing without a previous build', () => {
    for (const format of REUSABLE) {
      expect(built.records[format]!.bytes).toBe(readFileSync(built[format]!).length);
      expect(built.records[format]!.dialect).not.toBe('');
      expect(built.reused[format]).toBe(0);
    }
    expect(built.records.view).toBeUndefined();
  });

  it('writes the same bytes as writing anew, copying most elements from the previous files', () => {
    const dir = join(work, 'reusing');
    cpSync(base, dir, { recursive: true });
    const written = writeOutputs(after, dir, { previous: previousOf(built) });
    expectSameFiles(dir, fresh);
    expect(written.records).toEqual(anew.records);
    for (const format of REUSABLE) expect(written.reused[format]! / (after.order + after.size), format).toBeGreaterThan(0.5);
  });

  it('writes a file anew when it changed since the build (its size), or is not laid out as the state says', () => {
    const dir = join(work, 'changed');
    cpSync(base, dir, { recursive: true });
    writeFileSync(join(dir, 'graph.json'), `${readFileSync(join(dir, 'graph.json'), 'utf8')}\n`);
    // Same size, other bytes: markers not where the element counts put them.
    const gexf = readFileSync(join(dir, 'graph.gexf'), 'utf8');
    writeFileSync(join(dir, 'graph.gexf'), gexf.replace('<node id="', '<nade id="'));
    const written = writeOutputs(after, dir, { previous: previousOf(built) });
    expectSameFiles(dir, fresh);
    expect(written.reused).toMatchObject({ json: 0, gexf: 0 });
    expect(written.reused.graphml).toBeGreaterThan(0);
  });
});

/** Runs `use` with a copy thread, stopped after. */
async function withThread(use: (thread: CopyThread) => Promise<void>): Promise<void> {
  const thread = new CopyThread();
  try {
    await use(thread);
  } finally {
    await thread.stop();
  }
}

/** Every element's stored offset one byte further than the file has it: the first span copied finds no marker there. */
function shiftedOffsets(built: WrittenFiles): WrittenFiles['offsets'] {
  return Object.fromEntries(
    Object.entries(built.offsets).map(([format, o]) => [format, { ...o, nodeStarts: o.nodeStarts.map((x) => x + 1), edgeStarts: o.edgeStarts.map((x) => x + 1) }]),
  );
}

/** A previous file of six letters in a folder of its own. */
function sixLetters(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'old'), 'abcdef');
  return dir;
}

describe('writeOutputs with a copy thread', () => {
  it('writes the same bytes, records and offsets as on one thread, the files in place once settled', async () => {
    const base = join(work, 'thread-base');
    const built = writeOutputs(before, base);
    const single = join(work, 'thread-single');
    cpSync(base, single, { recursive: true });
    const one = writeOutputs(after, single, { previous: { ...previousOf(built), offsets: built.offsets } });
    const dir = join(work, 'thread');
    cpSync(base, dir, { recursive: true });
    await withThread(async (thread) => {
      const written = writeOutputs(after, dir, { previous: { ...previousOf(built), offsets: built.offsets }, copyThread: thread });
      await written.settled;
      expectSameFiles(dir, join(work, 'fresh'));
      expect(written.records).toEqual(one.records);
      expect(written.reused).toEqual(one.reused);
      expect(written.offsets).toEqual(one.offsets);
      for (const format of REUSABLE) expect(written.reused[format], format).toBeGreaterThan(0);
      expect(readdirSync(dir).filter((name) => name.endsWith('.new'))).toEqual([]);
    });
  });

  it('drops a file whose stored offsets do not fit, and searches the previous file instead', async () => {
    const dir = join(work, 'thread-stale');
    const built = writeOutputs(before, dir);
    await withThread(async (thread) => {
      const written = writeOutputs(after, dir, { previous: { ...previousOf(built), offsets: shiftedOffsets(built) }, copyThread: thread });
      await written.settled;
      expectSameFiles(dir, join(work, 'fresh'));
      for (const format of REUSABLE) expect(written.reused[format], format).toBeGreaterThan(0);
    });
  });

  it('reports a range the previous file does not hold, and leaves the previous file in place', async () => {
    const dir = sixLetters('thread-short');
    await withThread(async (thread) => {
      const file = thread.open(join(dir, 'old.new'), join(dir, 'old'));
      file.write(Buffer.from('12'));
      file.place(2, 5);
      await expect(file.close(join(dir, 'old'))).resolves.toBeUndefined();
      expect(readFileSync(join(dir, 'old'), 'utf8')).toBe('12cde');
      const short = thread.open(join(dir, 'old.new'), join(dir, 'old'));
      short.place(0, 50);
      await expect(short.close(join(dir, 'old'))).rejects.toThrow(/old: the previous file ends at byte 5, before 50/);
      expect(readFileSync(join(dir, 'old'), 'utf8')).toBe('12cde');
      expect(readdirSync(dir)).toEqual(['old']);
    });
  });

  it('fails every file, then and later, when the thread itself fails (a file it cannot open)', async () => {
    const dir = sixLetters('thread-broken');
    await withThread(async (thread) => {
      const file = thread.open(join(dir, 'missing', 'old.new'), join(dir, 'old'));
      await expect(file.close(join(dir, 'old'))).rejects.toThrow(/ENOENT/);
      const later = thread.open(join(dir, 'old.new'), join(dir, 'old'));
      await expect(later.close(join(dir, 'old'))).rejects.toThrow(/ENOENT/);
      expect(readFileSync(join(dir, 'old'), 'utf8')).toBe('abcdef');
    });
  });
});

const layoutOf = (name: OutputFormat): ElementLayout => outputFormat(name).reuse!.layout;
const JSON_LAYOUT = layoutOf('json');

describe('element offsets recorded while writing', () => {
  const layouts = { json: JSON_LAYOUT, graphml: layoutOf('graphml'), gexf: layoutOf('gexf') };

  function searchedOffsets(path: string, format: 'json' | 'graphml' | 'gexf', graph: PaperGraph): ElementOffsets {
    const file = new PreviousFile(path);
    try {
      return file.elements(layouts[format], graph.order, graph.size)!;
    } finally {
      file.close();
    }
  }

  it('are where a search of the written file finds the elements, written anew or reusing the previous files', () => {
    const dir = join(work, 'offsets');
    const built = writeOutputs(before, dir);
    for (const format of REUSABLE) expect(built.offsets[format], format).toEqual(searchedOffsets(built[format]!, format as 'json', before));
    const written = writeOutputs(after, dir, { previous: { ...previousOf(built), offsets: built.offsets } });
    expectSameFiles(dir, join(work, 'fresh'));
    for (const format of REUSABLE) {
      expect(written.reused[format], format).toBeGreaterThan(0);
      expect(written.offsets[format], format).toEqual(searchedOffsets(written[format]!, format as 'json', after));
    }
  });

  it('survive the update state as bytes', () => {
    const offsets = writeOutputs(before, join(work, 'offset-bytes'), { formats: ['graphml'] }).offsets.graphml!;
    expect(offsetsFromBytes(offsetsBytes(offsets)!, before.order, before.size)).toEqual(offsets);
    expect(offsetsFromBytes(offsetsBytes(offsets)!, before.order + 1, before.size - 1)).toBeUndefined();
  });

  it('that no longer fit the previous file are not trusted: the file is searched, and written the same', () => {
    const dir = join(work, 'stale-offsets');
    const built = writeOutputs(before, dir);
    const written = writeOutputs(after, dir, { previous: { ...previousOf(built), offsets: shiftedOffsets(built) } });
    expectSameFiles(dir, join(work, 'fresh'));
    for (const format of REUSABLE) expect(written.reused[format], format).toBeGreaterThan(0);
  });

  it('finds markers split between two pieces, and none in copied spans', () => {
    const recorder = new OffsetRecorder(JSON_LAYOUT, 2, 1);
    const bytes = (text: string) => Buffer.from(text);
    recorder.written(bytes('{"nodes":[{"ke'), 0);
    recorder.written(bytes('y":"a"},{"key":"b"}],"edges":['), 14);
    // An edge copied from a previous file where it started at 100 (its text is not scanned).
    const previous: ElementOffsets = { nodeStarts: new Float64Array(0), nodesEnd: 0, edgeStarts: new Float64Array([100]), edgesEnd: 140, separator: 1 };
    recorder.copied({ previous: 'edges', from: 0, to: 1 }, previous, 44);
    const offsets = recorder.finish(44 + 40 + 2)!;
    expect([...offsets.nodeStarts]).toEqual([10, 22]);
    expect([...offsets.edgeStarts]).toEqual([44]);
    expect(offsets.nodesEnd).toBe(44 - '],"edges":['.length);
    expect(offsets.edgesEnd).toBe(84);
    // A piece that does not follow the last one: nothing straddles.
    const apart = new OffsetRecorder(JSON_LAYOUT, 1, 0);
    apart.written(bytes('{"ke'), 0);
    apart.written(bytes('y":"a"}'), 10);
    expect(apart.finish(20)).toBeUndefined();
  });
});

describe('PreviousFile', () => {
  const dir = join(work, 'previous');
  const written = writeOutputs(before, dir, { formats: ['json'] });
  const path = written.json!;

  it('finds one start per element, and where each section ends', () => {
    const file = new PreviousFile(path);
    try {
      const offsets = file.elements({ node: '{"key":"', edge: '{"key":"', separator: ',', afterNodes: '],"edges":[', afterEdges: ']}' }, before.order, before.size)!;
      const text = readFileSync(path);
      const firstNode = JSON.parse(text.subarray(offsets.nodeStarts[0]!, offsets.nodeStarts[1]! - 1).toString('utf8')) as { key: string };
      expect(firstNode.key).toBe(before.nodes()[0]);
      const lastEdge = JSON.parse(text.subarray(offsets.edgeStarts[before.size - 1]!, offsets.edgesEnd).toString('utf8')) as { key: string };
      expect(lastEdge.key).toBe(before.edges()[before.size - 1]);
      expect(text.subarray(offsets.nodesEnd, offsets.edgeStarts[0]!).toString()).toBe('],"edges":[');
    } finally {
      file.close();
    }
  });

  it('refuses a file with more or fewer elements than the state says', () => {
    const file = new PreviousFile(path);
    const layout = { node: '{"key":"', edge: '{"key":"', separator: ',', afterNodes: '],"edges":[', afterEdges: ']}' };
    try {
      expect(file.elements(layout, before.order - 1, before.size)).toBeUndefined();
      expect(file.elements(layout, before.order, before.size + 1)).toBeUndefined();
      expect(file.elements(layout, before.order + 1, before.size - 1)).toBeUndefined();
    } finally {
      file.close();
    }
  });
});

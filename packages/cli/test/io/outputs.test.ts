import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { elementHashes, planReuse, updateBuild, type OutputFormat, type PaperGraph } from '@papergraph/core';
import { writeOutputs, type PreviousOutputs, type WrittenFiles } from '../../src/io/outputs.ts';
import { PreviousFile } from '../../src/io/previous-file.ts';
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

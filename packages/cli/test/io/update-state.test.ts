import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ELEMENT_HASH_VERSION, nodeRow } from '@papergraph/core';
import { writeOutputs } from '../../src/io/outputs.ts';
import { readUpdateState, statePath, writeUpdateState } from '../../src/io/update-state.ts';
import { buildWithState, devInput, devLines, seedText } from '../../../core/test/update/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'papergraph-state-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A real build's state (the seed listing and 85 dev papers), with the outputs' records an update reuses files by.
const { build, state } = buildWithState([seedText, devInput('first.jsonl', devLines.slice(0, 85))]);
state.manifest.outputs = { json: { bytes: 1234, dialect: 'graph.json' } };

describe('the update state on disk', () => {
  it('reads back what was written: records, cache, nodes and the element hashes', async () => {
    const out = join(work, 'same');
    const written = await writeUpdateState(out, state);
    expect(written.bytes).toBeGreaterThan(0);
    const read = await readUpdateState(out);
    expect(read.manifest).toEqual(JSON.parse(JSON.stringify(state.manifest)));
    expect(read.manifest.elementHash).toBe(ELEMENT_HASH_VERSION);
    expect(read.records).toEqual(JSON.parse(JSON.stringify(state.records)));
    expect(read.textHashes).toEqual(state.textHashes);
    expect(read.textHashes).toHaveLength(read.records.length);
    expect(read.cache.size).toBe(state.cache.size);
    // Entries are kept as their rows' JSON text until a paper needs them, and written back as they were read.
    for (const [hash, rows] of state.cache) expect(JSON.parse(read.cache.get(hash) as string)).toEqual(JSON.parse(JSON.stringify(rows)));
    const again = join(work, 'same-again');
    await writeUpdateState(again, { ...state, cache: read.cache });
    const gunzip = (dir: string) => gunzipSync(readFileSync(join(statePath(dir), 'extractions.jsonl.gz'))).toString('utf8');
    expect(gunzip(again)).toBe(gunzip(out));
    // Every node as it was: key, kind, communities, position, paper count, and the label of a model, method or dataset.
    expect(read.nodes).toEqual(state.nodes);
    expect(read.nodes.some((node) => node.label !== undefined)).toBe(true);
    expect(read.elements?.nodes).toEqual(state.elements.nodes);
    expect(read.elements?.edges).toEqual(state.elements.edges);
    expect(read.elements!.nodes.length).toBe(build.graph.order);
    expect(read.elements!.edges.length).toBe(build.graph.size);
  });

  it('keeps nodes without a position or a community, and reads the node rows of a state written before nodes were kept by column', async () => {
    const nodes = state.nodes.map((node, i) => (i % 3 === 0 ? { ...node, x: Number.NaN, y: Number.NaN, community: -1, subcommunity: -1 } : node));
    // Keys are one a line: one with a line break, or starting with a quote, is kept whole all the same.
    nodes[1] = { ...nodes[1]!, key: 'paper:two\nlines' };
    nodes[2] = { ...nodes[2]!, key: '"quoted"' };
    const out = join(work, 'nodes');
    await writeUpdateState(out, { ...state, nodes });
    const read = await readUpdateState(out);
    expect(read.nodes).toEqual(nodes);
    // The older layout: gzipped JSON rows, nodes.json and nodes.bin absent.
    const dir = statePath(out);
    rmSync(join(dir, 'nodes.json'));
    rmSync(join(dir, 'nodes.bin'));
    writeFileSync(join(dir, 'nodes.jsonl.gz'), gzipSync(nodes.map((node) => `${JSON.stringify(nodeRow(node))}\n`).join('')));
    expect((await readUpdateState(out)).nodes).toEqual(nodes);
  });

  it('names the state when its node numbers do not fit its nodes', async () => {
    const out = join(work, 'nodes-cut');
    await writeUpdateState(out, state);
    const numbers = join(statePath(out), 'nodes.bin');
    writeFileSync(numbers, readFileSync(numbers).subarray(8));
    await expect(readUpdateState(out)).rejects.toThrow(/cannot read the update state .*nodes\.bin holds/);
  });

  it('reads lines of any text whole, across the pieces the file is decompressed in', async () => {
    // Over 1 MiB of records, their multi-byte characters (accents, CJK, a surrogate pair) at every offset of the pieces.
    const text = 'Erdős–Rényi graphs, 深度学习 and 🦙 models; ';
    const records = Array.from({ length: 1500 }, (_, i) => ({ ...state.records[i % state.records.length]!, abstract: `${'x'.repeat(i % 7)}${text.repeat(20)}` }));
    const out = join(work, 'multibyte');
    await writeUpdateState(out, { ...state, records });
    const read = await readUpdateState(out, { ...state.manifest, papers: records.length });
    expect(read.records.length).toBe(records.length);
    expect(read.records).toEqual(JSON.parse(JSON.stringify(records)));
  });

  it('leaves the text hashes out when they are not one per record, or were made by another version', async () => {
    const out = join(work, 'hashes');
    await writeUpdateState(out, { ...state, textHashes: state.textHashes.slice(1) });
    const read = await readUpdateState(out);
    expect(read.textHashes).toBeUndefined();
    expect(read.records).toHaveLength(state.records.length);
    await writeUpdateState(out, state);
    expect((await readUpdateState(out)).textHashes).toEqual(state.textHashes);
    const manifestFile = join(statePath(out), 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, generator: 'papergraph 0.0.0' }));
    expect((await readUpdateState(out)).textHashes).toBeUndefined();
  });

  it("keeps each output file's element offsets, for the formats the manifest records and the graph's counts", async () => {
    const out = join(work, 'offsets');
    const offsets = writeOutputs(build.graph, join(work, 'offsets-files'), { formats: ['json'] }).offsets;
    await writeUpdateState(out, state, offsets);
    const read = await readUpdateState(out);
    expect(read.offsets.json).toEqual(offsets.json);
    // Offsets of another graph (other counts) are not read.
    const manifestFile = join(statePath(out), 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, nodes: (manifest['nodes'] as number) + 1, edges: (manifest['edges'] as number) - 1 }));
    expect((await readUpdateState(out)).offsets).toEqual({});
  });

  it('leaves the hashes out when they were made another way, or do not match the counts', async () => {
    const out = join(work, 'other');
    await writeUpdateState(out, state);
    const manifestFile = join(statePath(out), 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, elementHash: ELEMENT_HASH_VERSION + 1 }));
    expect((await readUpdateState(out)).elements).toBeUndefined();
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, edges: (manifest['edges'] as number) + 1 }));
    expect((await readUpdateState(out)).elements).toBeUndefined();
    const { outputs: _outputs, ...withoutOutputs } = manifest;
    writeFileSync(manifestFile, JSON.stringify(withoutOutputs));
    expect((await readUpdateState(out)).elements).toBeUndefined();
    // The rest of the state is read as ever.
    expect((await readUpdateState(out)).records).toHaveLength(state.records.length);
  });
});

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runInProcess } from '../run-cli.ts';

// Real text: the dev papers, 85 in the first build (with the seed listing), the other 12 added by the update (an
// eighth more papers, twice the share the last ~4,500 papers add to the corpus's first 70,000).
const CUT = 85;
const devLines = readFileSync(join(REPO, 'eval/data/papers.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim());

interface GraphJson {
  attributes: Record<string, unknown>;
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: unknown[];
}

const readGraph = (dir: string) => JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as GraphJson;

/** graph.json without community ids, community labels and positions. */
function withoutCommunities(graph: GraphJson): unknown {
  const { communities: _c, subcommunities: _s, modularity: _m, ...attributes } = graph.attributes;
  return {
    attributes,
    nodes: graph.nodes.map(({ key, attributes: { community: _community, subcommunity: _sub, x: _x, y: _y, ...rest } }) => ({ key, rest })),
    edges: graph.edges,
  };
}

/** Every file of a folder (the update state included), by name → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, readFileSync(join(at, entry.name)));
    }
  };
  walk(dir, '');
  return files;
}

/** The same files, byte for byte (but those `except` names, which must still exist in both). */
function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>, except: string[] = []): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, bytes] of expected) if (!except.includes(name)) expect(actual.get(name)?.equals(bytes), name).toBe(true);
}

describe('papergraph update', () => {
  let work: string;
  let first: string;
  let later: string;
  const out = () => join(work, 'out');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'papergraph-update-'));
    first = join(work, 'first.jsonl');
    later = join(work, 'later.jsonl');
    writeFileSync(first, `${devLines.slice(0, CUT).join('\n')}\n`);
    writeFileSync(later, `${devLines.slice(CUT).join('\n')}\n`);
    // json and gexf only, a seed and resolution of its own: the update must repeat them.
    const build = await runInProcess(['build', 'seeds', first, '-o', join(work, 'base'), '--formats', 'json,gexf', '--seed', '7', '--resolution', '1.2', '--no-progress']);
    expect(build.status, build.stderr).toBe(0);
    cpSync(join(work, 'base'), out(), { recursive: true });
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("adds the new papers: the graph of a full build but for communities and positions, the build's settings, what's new", async () => {
    const run = await runInProcess(['update', out(), later]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^papers: 95 → 107 \(\+12 new; 12 extracted; 0 already in the build\)/);
    expect(run.stdout).toMatch(/^stable: \d+ of \d+ earlier nodes keep their community/m);
    expect(existsSync(join(out(), 'graph.graphml'))).toBe(false);
    expect(existsSync(join(out(), 'graph.gexf'))).toBe(true);

    const full = await runInProcess(['build', 'seeds', first, later, '-o', join(work, 'full'), '--formats', 'json', '--seed', '7', '--resolution', '1.2', '--no-progress']);
    expect(full.status, full.stderr).toBe(0);
    const updated = readGraph(out());
    expect(withoutCommunities(updated)).toEqual(withoutCommunities(readGraph(join(work, 'full'))));
    expect(updated.attributes['seed']).toBe(7);
    expect(updated.attributes['resolution']).toBe(1.2);

    // At least 90% of the nodes that were there keep their community; all keep their position.
    const before = new Map(readGraph(join(work, 'base')).nodes.map((node) => [node.key, node.attributes]));
    let same = 0;
    for (const node of updated.nodes) {
      const old = before.get(node.key);
      if (!old) continue;
      if (old['community'] === node.attributes['community']) same++;
      expect([node.attributes['x'], node.attributes['y']]).toEqual([old['x'], old['y']]);
    }
    expect(same / before.size).toBeGreaterThanOrEqual(0.9);

    const report = JSON.parse(readFileSync(join(out(), 'whats-new.json'), 'utf8')) as { papers: { added: unknown[] }; inputs: string[] };
    expect(report.papers.added).toHaveLength(12);
    expect(report.inputs).toEqual([later]);
  }, 120_000);

  it('changes nothing when nothing is new, whats-new.json included (and does not wait for the extraction thread it started)', async () => {
    const before = snapshot(out());
    // (a real process: that it exits without waiting for the thread is what a process shows)
    const run = runCli(['update', out(), later, '--workers', '1']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('nothing new');
    const after = snapshot(out());
    expectSameFiles(after, before);
    // The previous update's report is kept; --json prints this one's, naming the input it read.
    const json = await runInProcess(['update', out(), later, '--json']);
    expect(json.status, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as { inputs: string[]; papers: { added: unknown[]; alreadyPresent: number } };
    expect(report.papers).toMatchObject({ added: [], alreadyPresent: 12 });
    expect(report.inputs).toEqual([later]);
    const bare = await runInProcess(['update', out()]);
    expect(bare.status, bare.stderr).toBe(0);
    expect(bare.stdout).toBe(`nothing new: ${out()} is unchanged (no inputs given)\n`);
    expect(snapshot(out()).get('whats-new.json')?.equals(before.get('whats-new.json')!)).toBe(true);
  }, 60_000);

  it('exits 2, listing each rejection on stderr and changing nothing, when none of its inputs can be read (as build)', async () => {
    const unread = join(work, 'unread');
    cpSync(join(work, 'base'), unread, { recursive: true });
    const binary = join(work, 'bin.dat');
    const text = join(work, 'notes.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 98, 105, 110, 0]));
    writeFileSync(text, 'hello\n');
    const before = snapshot(unread);
    for (const args of [[], ['--json']]) {
      const run = await runInProcess(['update', unread, binary, text, ...args]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`rejected: ${binary}: binary file`);
      expect(run.stderr).toContain(`rejected: ${text}:1:`);
      expect(run.stderr).toMatch(/^papergraph: no paper records could be read from /m);
    }
    expectSameFiles(snapshot(unread), before);
  }, 60_000);

  it('reports every rejection: in the JSON with --json, printed like build without; counted once in the graph', async () => {
    const rejecting = join(work, 'rejecting');
    cpSync(join(work, 'base'), rejecting, { recursive: true });
    const paper = JSON.parse(devLines[4]!) as { title: string };
    const bad = join(work, 'bad.jsonl');
    // A line that is not JSON, a record of no paper, a new paper, and a built paper (same id) under another title.
    writeFileSync(bad, [devLines[CUT]!, '{not json', '[1, 2]', JSON.stringify({ ...paper, title: `${paper.title}, revised` })].join('\n') + '\n');
    const run = await runInProcess(['update', rejecting, bad, '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { rejections: Array<{ file: string; line: number; message: string }> };
    expect(report.rejections.map((issue) => `${issue.file}:${issue.line}`)).toEqual([`${bad}:2`, `${bad}:3`, `${bad}:4`]);
    expect(report.rejections[2]!.message).toContain('differs, so it was left out and the first kept');
    expect(readGraph(rejecting).attributes['rejected']).toBe(3);
    const full = await runInProcess(['build', 'seeds', first, bad, '-o', join(work, 'full-rejecting'), '--formats', 'json', '--seed', '7', '--resolution', '1.2', '--no-progress']);
    expect(full.status, full.stderr).toBe(0);
    expect(withoutCommunities(readGraph(rejecting))).toEqual(withoutCommunities(readGraph(join(work, 'full-rejecting'))));
    // Read again: printed as build prints them, neither counted twice nor a change.
    const again = await runInProcess(['update', rejecting, bad]);
    expect(again.status, again.stderr).toBe(0);
    const rejected = again.stderr.split('\n').filter((line) => line.startsWith('rejected: '));
    expect(rejected).toHaveLength(3);
    expect(rejected[2]).toContain(`${bad}:4: arXiv id`);
    expect(again.stdout).toContain('nothing new');
    expect(readGraph(rejecting).attributes['rejected']).toBe(3);
  }, 120_000);

  it('gives papers of the build that a new file repeats that file as a source, as a full build does', async () => {
    const repeated = join(work, 'repeated');
    cpSync(join(work, 'base'), repeated, { recursive: true });
    const again = join(work, 'again.jsonl');
    writeFileSync(again, `${[...devLines.slice(20, 30), devLines[CUT + 1]!].join('\n')}\n`);
    const run = await runInProcess(['update', repeated, again]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^papers: 95 → 96 \(\+1 new; 1 extracted; 10 already in the build\)/);
    const full = await runInProcess(['build', 'seeds', first, again, '-o', join(work, 'full-repeated'), '--formats', 'json', '--seed', '7', '--resolution', '1.2', '--no-progress']);
    expect(full.status, full.stderr).toBe(0);
    const updated = readGraph(repeated);
    expect(withoutCommunities(updated)).toEqual(withoutCommunities(readGraph(join(work, 'full-repeated'))));
    const id = (JSON.parse(devLines[25]!) as { id: string }).id;
    const paper = updated.nodes.find((node) => node.attributes['arxivId'] === id)!;
    expect(paper.attributes['sources']).toEqual([`${first}:26`, `${again}:6`]);
  }, 120_000);

  it("prints the merge's warnings about the new inputs once each, as a full build does (they were printed twice)", async () => {
    const volumes = join(work, 'volumes');
    cpSync(join(work, 'base'), volumes, { recursive: true });
    // A Zotero RDF library with one title in eight volumes: the merge keeps them apart, a warning for each.
    const library = join(work, 'armenian-collected-works-volumes-armenbib-trimmed.rdf');
    cpSync(join(REPO, 'packages/core/test/fixtures/formats/zotero-rdf/armenian-collected-works-volumes-armenbib-trimmed.rdf'), library);
    const run = await runInProcess(['update', volumes, library]);
    expect(run.status, run.stderr).toBe(0);
    const warnings = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('warning: ') && line.includes(library));
    const printed = warnings(run.stderr);
    expect(printed.filter((line) => line.includes('volumes or editions'))).toHaveLength(7);
    expect(new Set(printed).size).toBe(printed.length);
    const full = await runInProcess(['build', 'seeds', first, library, '-o', join(work, 'full-volumes'), '--formats', 'json', '--seed', '7', '--resolution', '1.2', '--no-progress']);
    expect(full.status, full.stderr).toBe(0);
    expect(printed).toEqual(warnings(full.stderr));
  }, 120_000);

  it('gives byte-identical outputs for the same inputs, and --json prints the whats-new.json it writes', async () => {
    const again = join(work, 'again');
    cpSync(join(work, 'base'), again, { recursive: true });
    const run = await runInProcess(['update', again, later, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const first = snapshot(out());
    const second = snapshot(again);
    expectSameFiles(second, first, ['whats-new.json']);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(second.get('whats-new.json')!.toString('utf8')));
  }, 60_000);

  it("appends the new papers' records and extraction rows to the state's files: read back, a full build's rows", async () => {
    // `again` (the test before) appended to the build's state; `full` (the first test) is a build of all the inputs.
    const rows = (dir: string, name: string) => gunzipSync(readFileSync(join(dir, '.papergraph', name))).toString('utf8');
    for (const name of ['records.jsonl.gz', 'extractions.jsonl.gz']) {
      const appended = rows(join(work, 'again'), name);
      expect(appended.split('\n').length, name).toBeGreaterThan(rows(join(work, 'base'), name).split('\n').length);
      expect(appended, name).toBe(rows(join(work, 'full'), name));
    }
  });

  it('gives the same outputs, state and report when the new papers are extracted in a worker thread (--workers 1)', async () => {
    const threaded = join(work, 'threaded');
    cpSync(join(work, 'base'), threaded, { recursive: true });
    const run = await runInProcess(['update', threaded, later, '--json', '--workers', '1']);
    expect(run.status, run.stderr).toBe(0);
    // The same update extracted on the main thread (the test before).
    const first = snapshot(join(work, 'again'));
    expectSameFiles(snapshot(threaded), first);
  }, 60_000);

  it('writes the same files whether it copies the unchanged elements of the previous ones or writes every element anew', async () => {
    // The same build, its state stripped of what lets an update reuse its files (as a state written before).
    const anew = join(work, 'anew');
    cpSync(join(work, 'base'), anew, { recursive: true });
    const manifestFile = join(anew, '.papergraph', 'manifest.json');
    const { outputs, ...manifest } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { outputs?: Record<string, { bytes: number }> };
    expect(Object.keys(outputs ?? {}).sort()).toEqual(['gexf', 'json']);
    writeFileSync(manifestFile, JSON.stringify(manifest));
    rmSync(join(anew, '.papergraph', 'elements.f64'));
    const run = await runInProcess(['update', anew, later, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const reused = snapshot(out());
    for (const name of ['graph.json', 'graph.gexf']) expect(snapshot(anew).get(name)?.equals(reused.get(name)!), name).toBe(true);
    // Both leave a state the next update can reuse files from.
    const written = JSON.parse(readFileSync(manifestFile, 'utf8')) as { outputs: Record<string, { bytes: number }> };
    expect(written.outputs['json']!.bytes).toBe(reused.get('graph.json')!.length);
    expect(existsSync(join(anew, '.papergraph', 'elements.f64'))).toBe(true);
  }, 60_000);

  it('re-extracts a paper whose text changed', async () => {
    const paper = JSON.parse(devLines[3]!) as { abstract: string };
    const longer = JSON.stringify({ ...paper, abstract: `${paper.abstract} ${(JSON.parse(devLines[90]!) as { abstract: string }).abstract}` });
    const revised = join(work, 'revised.jsonl');
    writeFileSync(revised, `${longer}\n`);
    const run = await runInProcess(['update', out(), revised, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { papers: { added: unknown[]; reextracted: number; before: number; after: number } };
    expect(report.papers).toMatchObject({ added: [], reextracted: 1, before: 107, after: 107 });
  }, 60_000);

  it('refuses, with exit 2 naming the path, a folder without the state build leaves', async () => {
    const bare = join(work, 'bare');
    cpSync(join(work, 'base'), bare, { recursive: true });
    rmSync(join(bare, '.papergraph'), { recursive: true });
    const run = await runInProcess(['update', bare, later]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(bare, '.papergraph', 'manifest.json'));
  }, 60_000);

  it("a build into an updated folder removes the update's whats-new.json (it describes the previous graph)", async () => {
    const rebuilt = join(work, 'rebuilt');
    cpSync(out(), rebuilt, { recursive: true });
    expect(existsSync(join(rebuilt, 'whats-new.json'))).toBe(true);
    const run = await runInProcess(['build', 'seeds', first, '-o', rebuilt, '--formats', 'json,gexf', '--no-progress']);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(rebuilt, 'whats-new.json'))).toBe(false);
    expect(run.stdout).toContain(`removed (an earlier update's report of the previous graph): ${join(rebuilt, 'whats-new.json')}\n`);
    expect(run.stdout).not.toContain('removed (format not asked for)');
    const json = await runInProcess(['update', rebuilt, later]);
    expect(json.status, json.stderr).toBe(0);
    const again = await runInProcess(['build', 'seeds', first, '-o', rebuilt, '--formats', 'json', '--json', '--no-progress']);
    expect((JSON.parse(again.stdout) as { files: { removed: string[] } }).files.removed).toEqual([join(rebuilt, 'graph.gexf'), join(rebuilt, 'whats-new.json')]);
  }, 60_000);

  it('has --help in the style of the others', async () => {
    const run = await runInProcess(['update', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: papergraph update \[options\] <out-dir> \[inputs\.\.\.\]/);
    expect(run.stdout).toContain('Examples:');
    expect((await runInProcess(['--help'])).stdout).toMatch(/^\s+update \[options\] <out-dir> \[inputs\.\.\.\]/m);
  }, 60_000);
});

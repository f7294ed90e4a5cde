import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, runInProcess } from './run-cli.ts';

const seed = readFileSync(join(REPO, 'seeds/llama-2-7b.txt'), 'utf8');

describe('papergraph CLI', () => {
  it('has --help for every command, exit 0', async () => {
    for (const command of [[], ['build'], ['models'], ['methods'], ['datasets'], ['stats']]) {
      const run = await runInProcess([...command, '--help']);
      expect(run.status, command.join(' ')).toBe(0);
      expect(run.stdout).toContain('Usage: papergraph');
    }
  }, 60_000);

  it('exits 1 on bad usage and 2 on an unreadable input', () => {
    // (the real command: main.ts turns these codes into the process's exit status)
    const unknown = runCli(['frobnicate']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect(runCli(['build', '--seed', 'abc']).status).toBe(1);
    const missing = runCli(['build', 'no/such/file.jsonl']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('input not found: no/such/file.jsonl');
  }, 60_000);

  it('exits 2 when nothing could be read, naming each rejected or skipped file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-bad-'));
    writeFileSync(join(dir, 'notes.md'), '# notes\n');
    // In a folder, a file in no input format is skipped (a warning); named, it is rejected.
    const folder = await runInProcess(['build', dir, '--out', join(dir, 'out')]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toBe(`warning: ${join(dir, 'notes.md')}: not paper records (no input format recognised): skipped\npapergraph: no paper records could be read from ${dir}\n`);
    const named = await runInProcess(['build', join(dir, 'notes.md'), '--out', join(dir, 'out')]);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('notes.md:1: unrecognised format');
  }, 30_000);

  it('reports bad records by file and line and keeps every other record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-mixed-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'listing.txt'), seed);
    writeFileSync(
      join(dir, 'in', 'more.jsonl'),
      ['{"title": "Paper One", "abstract": "We fine-tune Mistral-7B.", "authors": ["Ada Lovelace"]}', '{"title": broken', '{"abstract": "no title"}', ''].join('\n'),
    );
    writeFileSync(join(dir, 'in', 'blob.bin'), Buffer.from([0, 1, 2, 3]));
    const run = await runInProcess(['build', join(dir, 'in'), '--out', join(dir, 'out'), '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.kinds.paper).toBe(11);
    expect(report.rejected).toBe(3);
    const where = report.rejections.map((r: { file: string; line?: number }) => `${r.file.split('/').pop()}:${r.line ?? ''}`);
    expect(where).toEqual(['blob.bin:', 'more.jsonl:2', 'more.jsonl:3']);
  }, 30_000);

  it('build --json prints the summary (counts, communities, files, rejections), not the state kept for update', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-build-json-'));
    const run = await runInProcess(['build', 'seeds', '--out', dir, '--formats', 'json,graphml', '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['nodes', 'edges', 'kinds', 'relations', 'communities', 'rejected', 'modularity', 'files', 'rejections', 'warnings']);
    expect(report.files).toEqual({ json: join(dir, 'graph.json'), graphml: join(dir, 'graph.graphml'), removed: [] });
    expect((report.communities as unknown[]).length).toBeGreaterThan(1);
    // (a summary: the element offsets of every file, kept in .papergraph/ for update, are not printed)
    expect(run.stdout.length).toBeLessThan(20_000);
  }, 30_000);

  it('--formats writes only the formats asked for and removes stale ones; a bad list is bad usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-formats-'));
    expect((await runInProcess(['build', 'seeds', '--out', dir])).status).toBe(0);
    const full = readFileSync(join(dir, 'graph.json'), 'utf8');
    expect(existsSync(join(dir, 'graph.gexf'))).toBe(true);
    const run = await runInProcess(['build', 'seeds', '--out', dir, '--formats', 'graphml, JSON']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`wrote ${join(dir, 'graph.json')}, ${join(dir, 'graph.graphml')}\n`);
    expect(run.stdout).toContain(`removed (format not asked for): ${join(dir, 'graph.gexf')}`);
    expect(existsSync(join(dir, 'graph.gexf'))).toBe(false);
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(full);
    const bad = await runInProcess(['build', 'seeds', '--out', dir, '--formats', 'json,csv']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown format "csv"');
  }, 60_000);

  it('models lists shared models with their papers, from graph.json or from inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-models-'));
    expect((await runInProcess(['build', 'seeds', '--out', dir])).status).toBe(0);
    const fromJson = await runInProcess(['models', join(dir, 'graph.json'), '--min-papers', '2', '--json']);
    expect(fromJson.status).toBe(0);
    const rows = JSON.parse(fromJson.stdout) as Array<{ label: string; papers: Array<{ title: string; evidence: string }> }>;
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(['Llama-2-7B', 'Mistral-7B']));
    for (const row of rows) {
      expect(row.papers.length).toBeGreaterThanOrEqual(2);
      for (const paper of row.papers) expect(paper.evidence.length).toBeGreaterThan(0);
    }
    const fromInputs = await runInProcess(['models', 'seeds', '--min-papers', '2']);
    expect(fromInputs.stdout).toMatch(/^Mistral-7B {2}\(2 papers\)$/m);
    const withEvidence = await runInProcess(['models', join(dir, 'graph.json'), '--min-papers', '2', '--evidence']);
    expect(withEvidence.stdout).toContain('“Fine-tuning Mistral-7B with our dataset improves its cultural expressiveness by 42.9%');
    const tagged = JSON.parse((await runInProcess(['models', join(dir, 'graph.json'), '--include-tagged', '--json'])).stdout);
    expect(tagged[0]).toMatchObject({ label: 'Llama-2-7B' });
    expect(tagged[0].papers).toHaveLength(10);
    const datasets = await runInProcess(['datasets', join(dir, 'graph.json')]);
    expect(datasets.stdout).toContain('MATH-500');
    const stats = JSON.parse((await runInProcess(['stats', join(dir, 'graph.json'), '--json'])).stdout);
    expect(stats.kinds).toMatchObject({ paper: 10, author: 41 });
  }, 60_000);
});

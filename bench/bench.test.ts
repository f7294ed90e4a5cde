/**
 * Smoke run of the benchmark (issue 5): the whole driver — floor, stage-by-stage run, the real `papergraph build`,
 * igraph Leiden when installed — on two tiny nested subsets, checked for structure only. Benchmarks are not timed
 * tests: nothing here asserts a speed. The real corpus is used when it is beside the repository; otherwise a small
 * JSON Lines corpus generated from the eval papers, so the smoke run never skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growthExponent, type BenchReport } from './report.ts';
import { REQUIRED_STAGES, WORKERS_STAGE } from './stage-names.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
// `node --import <tsx loader>` rather than the tsx binary, which starts a second node process first
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const CORPUS = join(REPO, '../shared/corpus/arxiv-2025-26.jsonl.gz');
const PYTHON = '/usr/bin/python3';
const hasIgraph = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import igraph']).status === 0;

/** 1,200 distinct records cycled from the eval papers (new arXiv ids, so none merge). */
function generatedCorpus(path: string): void {
  const papers = ['eval/data/papers.jsonl', 'eval/holdout/papers.jsonl'].flatMap((file) =>
    readFileSync(join(REPO, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  );
  const lines: string[] = [];
  for (let i = 0; i < 1200; i++) {
    const paper = papers[i % papers.length]!;
    lines.push(JSON.stringify({ ...paper, id: `2901.${String(i).padStart(5, '0')}` }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function bench(args: string[]) {
  return spawnSync(process.execPath, ['--import', TSX_LOADER, join(REPO, 'bench/run.ts'), ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
}

/**
 * A guard against a hang, not a speed check: a smoke run spawns some twenty processes (about 35 s alone on a quiet
 * 2-core machine; 134–165 s when that machine also runs other test files and jobs).
 */
const SMOKE_RUN_TIMEOUT_MS = 300_000;

describe('pnpm bench (smoke run on a tiny subset)', () => {
  let work: string;
  let report: BenchReport;
  let corpus: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'papergraph-bench-test-'));
    corpus = CORPUS;
    if (!existsSync(corpus)) {
      corpus = join(work, 'generated.jsonl');
      generatedCorpus(corpus);
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('runs every step on two nested subsets and prints a JSON report', () => {
    // 1,001 papers: two extraction slices, so the worker-thread stage runs (one worker beside the main thread).
    const run = bench(['--corpus', corpus, '--sizes', '150,1001', '--workers', '1', '--no-viewer', '--json', '--quiet', '--save-table', join(work, 'table.txt')]);
    expect(run.status, `pnpm bench failed:\n${run.stderr}`).toBe(0);
    report = JSON.parse(run.stdout) as BenchReport;
    expect(report.failures).toBe(0);
    expect(report.sizes.map((s) => s.papers)).toEqual([150, 1001]);
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.loadAverageEnd).toHaveLength(3);
  }, SMOKE_RUN_TIMEOUT_MS);

  it('measures every stage, the floor and papergraph build at every size', () => {
    for (const size of report.sizes) {
      expect(size.failures).toEqual([]);
      const stages = new Map(size.run!.stages.map((s) => [s.stage, s]));
      for (const name of REQUIRED_STAGES) {
        const stage = stages.get(name);
        expect(stage?.skipped, `${size.size}: ${name} skipped`).toBeUndefined();
        expect(stage!.ms, `${size.size}: ${name} time`).toBeGreaterThan(0);
        expect(stage!.peakRss, `${size.size}: ${name} peak RSS`).toBeGreaterThan(0);
      }
      expect(size.run!.extractMs).toBeGreaterThan(0);
      expect(size.floor!.ms).toBeGreaterThan(0);
      expect(size.floor!.records).toBe(size.papers);
      expect(size.cli!.ms).toBeGreaterThan(0);
      expect(size.cli!.maxRss).toBeGreaterThan(0);
      expect(size.cli!.papers).toBe(size.papers);
      expect(size.sameAsCli).toBe(true);
      // the JSON-only build ran too, and wrote the same graph.json (a difference would be in size.failures)
      expect(size.cliJsonOnly!.ms).toBeGreaterThan(0);
      expect(size.cliJsonOnly!.maxRss).toBeGreaterThan(0);
      expect(size.run!.nodes).toBeGreaterThan(size.papers);
      expect(size.run!.communities).toBeGreaterThan(0);
    }
    const workers = report.sizes[1]!.run!.stages.find((s) => s.stage === WORKERS_STAGE)!;
    expect(workers.skipped).toBeUndefined();
    expect(workers.ms).toBeGreaterThan(0);
    expect(report.sizes[1]!.run!.workers).toBe(1);
  });

  it('times papergraph update beside the full build at the largest size, and checks their graphs agree', () => {
    expect(report.sizes[0]!.update).toBeUndefined();
    const update = report.sizes[1]!.update!;
    expect(update.base + update.added).toBe(report.sizes[1]!.papers);
    expect(update.added).toBe(Math.round(1001 * (4538 / 74538)));
    expect(update.extracted).toBe(update.added);
    expect(update.sameGraph).toBe(true);
    expect(update.keptCommunity).toBeGreaterThanOrEqual(0.9);
    expect(update.update.ms).toBeGreaterThan(0);
    expect(update.full.ms).toBeGreaterThan(0);
    expect(update.update.cpuMs).toBeGreaterThan(0);
    expect(update.full.cpuMs).toBeGreaterThan(0);
    expect(update.stateBytes).toBeGreaterThan(0);
    const target = report.targets.find((t) => t.target.startsWith('update (+'));
    expect(target?.met).toBeTypeOf('boolean');
    expect(readFileSync(join(work, 'table.txt'), 'utf8')).toMatch(/^ {2}update \/ full build\s+—\s+\d+\.\d\d×$/m);
  });

  it('reports the floor ratio, growth exponents and the targets', () => {
    const table = readFileSync(join(work, 'table.txt'), 'utf8');
    expect(table).toContain('e2e / floor');
    expect(table).toContain('build --formats json');
    expect(table).toContain('targets of issue 5');
    const targets = new Map(report.targets.map((t) => [t.target, t]));
    const ratio = [...targets.values()].find((t) => t.target.startsWith('end to end'));
    expect(ratio?.value).toMatch(/^\d+(\.\d)?×/);
    expect(ratio?.met).toBeTypeOf('boolean');
    expect([...targets.keys()].some((t) => t.startsWith('every stage linear-ish'))).toBe(true);
    expect([...targets.values()].find((t) => t.target.includes('byte-identical'))?.met).toBe(true);
    expect(table).toMatch(/^cluster\s.*\d\.\d\d\s*$/m); // an exponent in the last column
  });

  it.runIf(hasIgraph)('compares Louvain with igraph Leiden on the same graph', () => {
    for (const size of report.sizes) {
      const leiden = size.leiden!;
      expect(leiden.nodes).toBe(size.run!.nodes);
      expect(leiden.leiden.modularity).toBeGreaterThan(0);
      expect(leiden.leiden.modularity).toBeLessThanOrEqual(1);
      expect(leiden.papergraph.modularity).toBeGreaterThan(0);
      expect(leiden.papergraph.communities).toBe(size.run!.communities);
      expect(leiden.leiden.ms).toBeGreaterThan(0);
    }
    expect(report.targets.some((t) => t.target.startsWith('Louvain modularity') && t.met !== undefined)).toBe(true);
  });

  it('--update-only times the update row alone', () => {
    const run = bench(['--corpus', corpus, '--sizes', '300', '--update-only', '--json', '--quiet', '--save-table', join(work, 'update-table.txt')]);
    expect(run.status, run.stderr).toBe(0);
    // No size is measured whole: the targets are those of the size that was updated.
    expect(readFileSync(join(work, 'update-table.txt'), 'utf8')).toContain('targets of issue 5 (on 300 papers):');
    const only = JSON.parse(run.stdout) as BenchReport;
    const size = only.sizes[0]!;
    expect(size.run).toBeUndefined();
    expect(size.floor).toBeUndefined();
    expect(size.update!.sameGraph).toBe(true);
    expect(size.papers).toBe(300);
    expect(only.targets.find((t) => t.target.startsWith('update (+'))?.met).toBeTypeOf('boolean');
  }, SMOKE_RUN_TIMEOUT_MS);

  it('says so and exits 0 when the corpus is missing', () => {
    const run = bench(['--corpus', join(work, 'no-such-corpus.jsonl.gz'), '--quiet']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/corpus not found at .*no-such-corpus/);
  }, 60_000);

  it('rejects bad options with exit 1', () => {
    const run = bench(['--sizes', 'lots']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"lots"');
  }, 60_000);

  it('computes growth exponents', () => {
    expect(growthExponent(1000, 1, 2000, 2)).toBeCloseTo(1);
    expect(growthExponent(1000, 1, 4000, 16)).toBeCloseTo(2);
    expect(growthExponent(1000, 0, 2000, 2)).toBeUndefined();
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../run-cli.ts';

// Real abstracts with arXiv ids from 2023 to 2026: every paper is dated by its id's month.
const INPUTS = ['eval/data/papers.jsonl', 'eval/holdout/papers.jsonl', 'eval/holdout2/papers.jsonl', 'eval/blind/blind1/papers.jsonl'];

interface TrendsJson {
  by: string;
  bins: string[];
  papers: number[];
  entities: Array<{ key: string; label: string; kind: string; counts: number[]; total: number; firstSeen: string; growth: number; bursts: Array<{ start: string; end: string; weight: number }> }>;
}

describe('papergraph trends', () => {
  it('--json prints the documented shape: every month from first to last, counts aligned with bins', async () => {
    const run = await runInProcess(['trends', ...INPUTS, '--json', '--top', '50']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as TrendsJson;
    expect(Object.keys(report)).toEqual(['by', 'bins', 'papers', 'entities']);
    expect(report.by).toBe('month');
    expect(report.bins[0]).toBe('2023-01');
    for (let i = 1; i < report.bins.length; i++) {
      const [y0, m0] = report.bins[i - 1]!.split('-').map(Number);
      const [y1, m1] = report.bins[i]!.split('-').map(Number);
      expect((y1! - y0!) * 12 + m1! - m0!).toBe(1);
    }
    expect(report.papers).toHaveLength(report.bins.length);
    expect(report.papers.reduce((a, b) => a + b, 0)).toBe(287);
    expect(report.entities).toHaveLength(50);
    for (const entity of report.entities) {
      expect(Object.keys(entity)).toEqual(['key', 'label', 'kind', 'counts', 'total', 'firstSeen', 'growth', 'bursts']);
      expect(entity.counts).toHaveLength(report.bins.length);
      expect(entity.counts.reduce((a, b) => a + b, 0)).toBe(entity.total);
      expect(entity.counts[report.bins.indexOf(entity.firstSeen)]).toBeGreaterThan(0);
      for (const burst of entity.bursts) expect(burst.start <= burst.end).toBe(true);
    }
    // Ranked by the number of papers.
    const totals = report.entities.map((e) => e.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  }, 60_000);

  it('bins by quarter, keeps one kind, and prints a ranked table with sparklines', async () => {
    const json = JSON.parse((await runInProcess(['trends', ...INPUTS, '--json', '--by', 'quarter', '--kind', 'dataset'])).stdout) as TrendsJson;
    expect(json.bins[0]).toBe('2023-Q1');
    expect(new Set(json.entities.map((e) => e.kind))).toEqual(new Set(['dataset']));
    const table = await runInProcess(['trends', ...INPUTS, '--top', '3']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^287 dated papers, 2023-01 … 2026-\d\d/);
    expect(table.stdout).toContain('Most named overall');
    expect(table.stdout).toMatch(/[▁▂▃▄▅▆▇█]/);
  }, 60_000);

  it('refuses bad options with exit 1', async () => {
    expect((await runInProcess(['trends', ...INPUTS, '--by', 'week'])).status).toBe(1);
    expect((await runInProcess(['trends', ...INPUTS, '--burst-s', '1'])).status).toBe(1);
    expect((await runInProcess(['trends', ...INPUTS, '--top', '0'])).status).toBe(1);
  }, 60_000);

  it('says so when no paper has a date', async () => {
    const run = await runInProcess(['trends', 'seeds']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no dated papers/);
  }, 60_000);

  describe('a hand-made input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-trends-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const papers = readFileSync('eval/data/papers.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 40);
    const good = join(dir, 'papers.jsonl');
    writeFileSync(good, `${papers.join('\n')}\n`);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${papers.slice(0, 20).join('\n')}\n{"title": broken\n`);

    it('reports every rejected input on stderr, stdout staying the report or the JSON', async () => {
      const table = await runInProcess(['trends', bad]);
      expect(table.status).toBe(0);
      expect(table.stderr).toMatch(new RegExp(`^rejected: ${bad}:21: `));
      expect(table.stdout).toMatch(/^20 dated papers, /);
      const json = await runInProcess(['trends', bad, '--json']);
      expect(json.stderr).toMatch(new RegExp(`^rejected: ${bad}:21: `));
      expect(() => JSON.parse(json.stdout)).not.toThrow();
    }, 60_000);

    it('says what the bins leave out (undated, year-only papers) on stderr with --json, and how to bin papers dated by year alone', async () => {
      const records = papers.slice(0, 3).map((line) => JSON.parse(line) as Record<string, unknown>);
      const undated = records.map(({ id: _id, year: _year, ...rest }, i) => ({ ...rest, title: `Undated ${i}` }));
      const yearOnly = records.map(({ id: _id, ...rest }, i) => ({ ...rest, title: `Of a year ${i}`, year: 2024 }));
      const mixed = join(dir, 'mixed.jsonl');
      writeFileSync(mixed, `${[...papers.slice(0, 10), ...undated, ...yearOnly].map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`);
      const json = await runInProcess(['trends', mixed, '--json', '--by', 'month']);
      expect(json.status).toBe(0);
      expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual(['by', 'bins', 'papers', 'entities']);
      expect(json.stderr).toBe('3 papers without a date were left out\n3 papers dated only to the year were left out of monthly bins (--by year counts them)\n');
      // The year-only papers (2024) stretch the months to their whole year: the span is every dated paper's.
      const monthly = JSON.parse(json.stdout) as TrendsJson;
      expect(monthly.bins.at(-1)! >= '2024-12' && monthly.bins[0]! <= '2024-01').toBe(true);
      expect(monthly.papers.reduce((a, b) => a + b, 0)).toBe(10);
      // By default (auto), 3 of 13 dated papers with a year only is too many for months: years, every dated paper counted, and said why.
      const auto = await runInProcess(['trends', mixed, '--json']);
      const yearly = JSON.parse(auto.stdout) as TrendsJson;
      expect(yearly.by).toBe('year');
      expect(yearly.papers.reduce((a, b) => a + b, 0)).toBe(13);
      expect(auto.stderr).toBe('bins are years: 3 of 13 dated papers are dated only to the year (--by month bins the others by month)\n3 papers without a date were left out\n');
      const years = join(dir, 'years.jsonl');
      writeFileSync(years, `${yearOnly.map((r) => JSON.stringify(r)).join('\n')}\n`);
      const table = await runInProcess(['trends', years, '--by', 'month']);
      expect(table.stdout).toBe('no paper is dated finer than the year: nothing to bin by month (--by year bins them)\n3 papers dated only to the year were left out of monthly bins (--by year counts them)\n');
      expect((await runInProcess(['trends', years])).stdout).toMatch(/^3 dated papers, 2024 … 2024 \(1 year; recent window: the last year\)\nbins are years: no paper is dated to the month\n/);
      const oneYear = (await runInProcess(['trends', years, '--by', 'year'])).stdout;
      expect(oneYear).toMatch(/^3 dated papers, 2024 … 2024/);
      // one bin: nothing can rise, burst now or fade against an earlier bin, and each empty section says so
      expect(oneYear).toContain('\nFading (share fell most): none\n');
    }, 60_000);

    it('lists the files of a folder it passed over (warnings) on stderr too, as every command does', async () => {
      const folder = join(dir, 'folder');
      mkdirSync(folder);
      writeFileSync(join(folder, 'papers.jsonl'), `${papers.slice(0, 10).join('\n')}\n`);
      writeFileSync(join(folder, 'README.md'), '# my reading list\n');
      for (const args of [['trends', folder], ['trends', folder, '--json']]) {
        const run = await runInProcess(args);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe(`warning: ${join(folder, 'README.md')}: not paper records (no input format recognised): skipped\n`);
      }
    }, 60_000);

    it("reads the folder `build` wrote as its graph.json; a folder of records beside a graph.json is still built", async () => {
      const out = join(dir, 'out');
      expect((await runInProcess(['build', good, '-o', out, '--no-progress'])).status).toBe(0);
      const fromFolder = await runInProcess(['trends', out, '--json']);
      expect(fromFolder.status, fromFolder.stderr).toBe(0);
      expect(fromFolder.stderr).toBe('');
      const fromFile = await runInProcess(['trends', join(out, 'graph.json'), '--json']);
      expect(fromFolder.stdout).toBe(fromFile.stdout);
      expect((JSON.parse(fromFolder.stdout) as TrendsJson).papers.reduce((a, b) => a + b, 0)).toBe(40);
      // Records beside it: the folder is inputs (the graph passed over with a warning), as `build` reads it.
      const mixed = join(dir, 'inputs-and-graph');
      mkdirSync(mixed);
      writeFileSync(join(mixed, 'graph.json'), readFileSync(join(out, 'graph.json')));
      writeFileSync(join(mixed, 'papers.jsonl'), `${papers.slice(0, 10).join('\n')}\n`);
      const built = await runInProcess(['trends', mixed, '--json']);
      expect(built.status).toBe(0);
      expect(built.stderr).toContain('a graph file (graph.json), not paper records: skipped');
      expect((JSON.parse(built.stdout) as TrendsJson).papers.reduce((a, b) => a + b, 0)).toBe(10);
    }, 60_000);

    it('papers crowding into the last two months after two stray ones: the last month is compared with the one before', async () => {
      // The shape of the corpus's first 3,000 papers: one in 2022-09, one in 2024-09, then most in one month and the
      // rest in the next.
      const dates = papers.map((_, i) => (i === 0 ? '2022-09-14' : i === 1 ? '2024-09-02' : i < 34 ? '2025-03-10' : '2025-04-08'));
      const crowded = join(dir, 'crowded.jsonl');
      writeFileSync(crowded, `${papers.map((line, i) => JSON.stringify({ ...(JSON.parse(line) as object), id: undefined, published: dates[i] })).join('\n')}\n`);
      const run = await runInProcess(['trends', crowded, '--json']);
      const report = JSON.parse(run.stdout) as TrendsJson;
      expect(report.bins).toHaveLength(32);
      const table = await runInProcess(['trends', crowded]);
      expect(table.stdout).toMatch(/^40 dated papers, 2022-09 … 2025-04 \(32 months; recent window: the last month\)\n/);
      // Nothing first seen in March is "new this period": it is compared, not declared new.
      const newSection = /New this period[^\n]*\n((?: {2}[^\n]+\n)+)/.exec(`${table.stdout}\n`)?.[1] ?? '';
      expect(newSection).not.toMatch(/first 2025-03/);
      for (const entity of report.entities.filter((e) => e.firstSeen === '2025-03' && e.counts[31] === 0)) expect(entity.growth).toBeLessThan(1);
    }, 60_000);

    it('refuses a --recent window spanning every bin (exit 1, naming the range); takes all but one', async () => {
      const json = JSON.parse((await runInProcess(['trends', good, '--json'])).stdout) as TrendsJson;
      const bins = json.bins.length;
      expect(bins).toBeGreaterThan(2);
      for (const recent of [bins, bins + 8]) {
        const run = await runInProcess(['trends', good, '--recent', String(recent)]);
        expect([run.status, run.stdout]).toEqual([1, '']);
        expect(run.stderr).toBe(`papergraph: --recent ${recent}: the dated papers span ${bins} months; the recent window must leave at least one before it (1 to ${bins - 1})\n`);
      }
      const widest = await runInProcess(['trends', good, '--recent', String(bins - 1)]);
      expect(widest.status).toBe(0);
      expect(widest.stdout).toContain(`recent window: the last ${bins - 1} months)`);
    }, 60_000);

    it('--json lists every entity unless --top is given; --kind takes a list; counts are singular when one', async () => {
      const all = JSON.parse((await runInProcess(['trends', good, '--json'])).stdout) as TrendsJson;
      expect(all.entities.length).toBeGreaterThan(15);
      const two = JSON.parse((await runInProcess(['trends', good, '--json', '--kind', 'model,datasets'])).stdout) as TrendsJson;
      expect(new Set(two.entities.map((e) => e.kind))).toEqual(new Set(['model', 'dataset']));
      expect(two.entities).toEqual(all.entities.filter((e) => e.kind !== 'method'));
      expect((await runInProcess(['trends', good, '--kind', 'paper'])).status).toBe(1);
      const one = join(dir, 'one.jsonl');
      writeFileSync(one, `${papers[0]}\n`);
      expect((await runInProcess(['trends', one])).stdout).toMatch(/^1 dated paper, (\d{4}-\d\d) … \1 \(1 month; recent window: the last month\)\n/);
    }, 60_000);
  });
});

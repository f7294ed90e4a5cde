import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, toGraphJSON } from '@papergraph/core';
import { runInProcess } from '../run-cli.ts';
import { EVIL, evilInputs, RAW_CONTROL } from './escape-fixture.ts';

describe('papergraph models|methods|datasets', () => {
  const { jsonl, graphJson } = evilInputs();

  it.each([
    ['from graph.json', graphJson],
    ['from inputs', jsonl],
  ])('text output escapes control characters in labels, titles and evidence (%s)', async (_name, source) => {
    const run = await runInProcess(['models', source, '--evidence']);
    expect(run.status).toBe(0);
    // (reading the inputs turns the CR into a space; the rest is kept and must be escaped)
    expect(run.stdout).toMatch(/^ {2}uses {9}Evil \\x1b\]0;pwned\\x07\\x1b\[2J.*\\u009b31m Title$/m);
    expect(run.stdout).toMatch(/“We fine-tune Mistral-7B \\x1b/);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    if (source === graphJson) expect(run.stdout).toMatch(/^Mistral\\x1b\]0;pwned\\x07\\x1b\[2J\\r\\u009b31m-7B {2}\(2 papers\)$/m);
  }, 30_000);

  it('--json output keeps the text as it is (JSON escapes control characters itself)', async () => {
    const run = await runInProcess(['models', graphJson, '--json']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ label: string; papers: Array<{ title: string }> }>;
    expect(rows[0]!.label).toBe(`Mistral${EVIL}-7B`);
    expect(rows[0]!.papers.map((paper) => paper.title).join('\n')).toMatch(/\u001b\]0;pwned\u0007\u001b\[2J/);
  }, 30_000);
});

/** 13 papers using Mistral-7B (3 of them Llama-2-7B too) and one using Qwen3-32B: lists longer than a screen. */
function manyPapers(): { dir: string; graphJson: string; jsonl: string } {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-many-'));
  const records = Array.from({ length: 13 }, (_, i) => ({
    title: `Paper ${String(i + 1).padStart(2, '0')}`,
    abstract: `We fine-tune Mistral-7B${i < 3 ? ' and Llama-2-7B' : ''} on task ${i + 1}.`,
    authors: [`Author ${i + 1}`],
  }));
  records.push({ title: 'Paper 14', abstract: 'We evaluate Qwen3-32B.', authors: ['Author 14'] });
  const text = records.map((record) => JSON.stringify(record)).join('\n');
  const jsonl = join(dir, 'papers.jsonl');
  writeFileSync(jsonl, text);
  const graphJson = join(dir, 'graph.json');
  writeFileSync(graphJson, toGraphJSON(buildKnowledgeGraph([{ name: 'papers.jsonl', text }]).graph));
  return { dir, graphJson, jsonl };
}

describe('table size: --limit, --papers, --counts', () => {
  const { graphJson, dir, jsonl } = manyPapers();

  it('lists at most 10 titles per entity by default, then "… and k more"', async () => {
    const run = await runInProcess(['models', graphJson, '--limit', '1']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Mistral-7B  (13 papers)');
    expect(lines.slice(1, 11).every((line) => /^ {2}uses {9}Paper \d\d$/.test(line))).toBe(true);
    expect(lines.slice(11)).toEqual(['  … and 3 more']);
  }, 30_000);

  it('--papers n sets how many (0: headings only), in the terminal and in --json, which keeps the full count', async () => {
    const run = await runInProcess(['models', graphJson, '--papers', '2']);
    expect(run.stdout).toBe(
      ['Mistral-7B  (13 papers)', '  uses         Paper 01', '  uses         Paper 02', '  … and 11 more', 'Llama-2-7B  (3 papers)', '  uses         Paper 01', '  uses         Paper 02', '  … and 1 more', 'Qwen3-32B  (1 paper)', '  uses         Paper 14', ''].join('\n'),
    );
    // --papers 0: the entity lines only, as documented (no "… and k more" under each)
    expect((await runInProcess(['models', graphJson, '--papers', '0'])).stdout).toBe('Mistral-7B  (13 papers)\nLlama-2-7B  (3 papers)\nQwen3-32B  (1 paper)\n');
    const json = JSON.parse((await runInProcess(['models', graphJson, '--papers', '1', '--json'])).stdout) as Array<{ label: string; papers: unknown[]; paperCount: number }>;
    expect(json.map((row) => [row.label, row.papers.length, row.paperCount])).toEqual([['Mistral-7B', 1, 13], ['Llama-2-7B', 1, 3], ['Qwen3-32B', 1, 1]]);
    // --json without --papers: every paper, as before
    const all = JSON.parse((await runInProcess(['models', graphJson, '--json'])).stdout) as Array<{ papers: unknown[]; paperCount: number }>;
    expect(all.map((row) => [row.papers.length, row.paperCount])).toEqual([[13, 13], [3, 3], [1, 1]]);
  }, 30_000);

  it('--counts prints one line per entity (count, tab, name); --json gives paperCount without the papers', async () => {
    expect((await runInProcess(['models', graphJson, '--counts'])).stdout).toBe('13\tMistral-7B\n3\tLlama-2-7B\n1\tQwen3-32B\n');
    expect((await runInProcess(['models', graphJson, '--counts', '--limit', '2', '--min-papers', '2'])).stdout).toBe('13\tMistral-7B\n3\tLlama-2-7B\n');
    const json = JSON.parse((await runInProcess(['models', graphJson, '--counts', '--json'])).stdout) as unknown[];
    expect(json).toEqual([
      { key: 'model:mistral-7b', label: 'Mistral-7B', kind: 'model', paperCount: 13 },
      { key: 'model:llama-2-7b', label: 'Llama-2-7B', kind: 'model', paperCount: 3 },
      { key: 'model:qwen3-32b', label: 'Qwen3-32B', kind: 'model', paperCount: 1 },
    ]);
    const both = await runInProcess(['models', graphJson, '--counts', '--papers', '3']);
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/'--counts' cannot be used with option '--papers <n>'/);
  }, 30_000);

  it('built from inputs, says on stderr which could not be read and why; stdout stays the table', async () => {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'papers.jsonl'), readFileSync(jsonl, 'utf8'));
    writeFileSync(join(inputs, 'broken.jsonl'), '{"title": broken\n');
    const run = await runInProcess(['models', inputs, '--counts']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('13\tMistral-7B\n3\tLlama-2-7B\n1\tQwen3-32B\n');
    expect(run.stderr).toMatch(new RegExp(`^rejected: ${join(inputs, 'broken.jsonl')}:1: `));
    const json = await runInProcess(['datasets', inputs, '--json']);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).toContain('broken.jsonl:1');
  }, 30_000);
});

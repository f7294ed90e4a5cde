import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGraphJSON, type PaperGraph } from '@papergraph/core';
import { runCli, runInProcess, type CliRun } from '../run-cli.ts';
import { parseCsv } from '../../../core/test/export/fixtures.ts';

describe('papergraph export --neo4j', () => {
  let dir: string;
  let graph: PaperGraph;
  let run: CliRun;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'papergraph-export-'));
    expect((await runInProcess(['build', 'seeds', '--out', out, '--no-progress'])).status).toBe(0);
    graph = readGraphJSON(readFileSync(join(out, 'graph.json'), 'utf8'));
    dir = join(out, 'neo4j');
    run = await runInProcess(['export', join(out, 'graph.json'), '--neo4j', dir, '--json']);
  }, 60_000);

  it('writes one node file per kind and one relationship file per relation, every node and edge once', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { files: { file: string; role: string; label: string; rows: number }[] };
    const kinds = new Map<string, number>();
    graph.forEachNode((_node, attributes) => kinds.set(attributes.kind, (kinds.get(attributes.kind) ?? 0) + 1));
    const relations = new Map<string, number>();
    graph.forEachEdge((_edge, attributes) => relations.set(attributes.relation, (relations.get(attributes.relation) ?? 0) + 1));

    for (const [kind, count] of kinds) {
      const rows = parseCsv(readFileSync(join(dir, `nodes-${kind}.csv`), 'utf8'));
      const header = rows[0]!;
      expect(header.slice(0, 2)).toEqual(['key:ID', ':LABEL']);
      expect(rows.length - 1).toBe(count);
      // every row has as many fields as the header, and every ID is a real node of that kind
      for (const row of rows.slice(1)) {
        expect(row.length).toBe(header.length);
        expect(graph.getNodeAttribute(row[0]!, 'kind')).toBe(kind);
      }
    }
    for (const [relation, count] of relations) {
      const rows = parseCsv(readFileSync(join(dir, `relationships-${relation}.csv`), 'utf8'));
      expect(rows[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
      expect(rows.length - 1).toBe(count);
      for (const row of rows.slice(1)) {
        expect(graph.hasNode(row[0]!) && graph.hasNode(row[1]!)).toBe(true);
        expect(row[2]).toBe(relation.toUpperCase());
      }
    }
    const nodeFiles = report.files.filter((f) => f.role === 'nodes' && f.label !== 'Community');
    expect(nodeFiles.reduce((sum, f) => sum + f.rows, 0)).toBe(graph.order);
    expect(report.files.filter((f) => f.role === 'relationships').reduce((sum, f) => sum + f.rows, 0)).toBe(graph.size);
  });

  it('keeps typed properties: the Llama-2-7B model row, communities as int, positions as double, lists as string[]', () => {
    const rows = parseCsv(readFileSync(join(dir, 'nodes-model.csv'), 'utf8'));
    const header = rows[0]!;
    const llama = rows.find((row) => row[0] === 'model:llama-2-7b')!;
    const field = (name: string) => llama[header.findIndex((h) => h.startsWith(`${name}:`))];
    expect(field('label')).toBe('Llama-2-7B');
    expect(field('family')).toBe('Llama');
    expect(header).toContain('aliases:string[]');
    expect(field('aliases')!.split('\u001f')).toContain('llama-2-7b');
    const paperHeader = readFileSync(join(dir, 'nodes-paper.csv'), 'utf8').split('\n')[0]!.split(',');
    expect(paperHeader).toEqual(expect.arrayContaining(['community:int', 'x:double', 'authors:string[]', 'title:string']));
  });

  it('declares weight:double in every relationship file (tagged weighs 0.25), so Neo4j holds one type', () => {
    const report = JSON.parse(run.stdout) as { files: { file: string; role: string }[] };
    const relationshipFiles = report.files.filter((f) => f.role === 'relationships');
    expect(relationshipFiles.length).toBeGreaterThan(1);
    for (const { file } of relationshipFiles) expect(readFileSync(file, 'utf8').split('\n')[0]!.split(',')).toContain('weight:double');
  });

  it('writes an executable import.sh with the neo4j-admin command naming every file', () => {
    const script = join(dir, 'import.sh');
    expect(existsSync(script)).toBe(true);
    expect(statSync(script).mode & 0o111).not.toBe(0);
    const text = readFileSync(script, 'utf8');
    expect(text).toContain('neo4j-admin database import full');
    expect(text).toContain('--nodes=nodes-paper.csv');
    expect(text).toContain('--relationships=relationships-wrote.csv');
  });

  it('refuses, as an input error naming the source, a value holding the array delimiter (nothing written)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'papergraph-export-delim-'));
    const input = join(folder, 'papers.jsonl');
    // a real seed title; the author's name carries U+001F, which neo4j-admin could not tell from the list delimiter
    writeFileSync(input, JSON.stringify({ id: '2307.09288', title: 'Llama 2: Open Foundation and Fine-Tuned Chat Models', authors: ['Hugo\u001fTouvron'], abstract: 'We develop and release Llama 2.' }) + '\n');
    const target = join(folder, 'neo4j');
    const refused = await runInProcess(['export', input, '--neo4j', target]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(input);
    expect(refused.stderr).toMatch(/U\+001F/);
    expect(refused.stderr).not.toMatch(/internal error/i);
    expect(existsSync(target)).toBe(false);
  }, 60_000);

  it('names the graph it read and the record behind the value when no source is given (out/graph.json)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'papergraph-export-delim-default-'));
    writeFileSync(
      join(folder, 'papers.jsonl'),
      `${JSON.stringify({ id: '2307.09288', title: 'Llama 2: Open Foundation and Fine-Tuned Chat Models', abstract: 'We develop and release Llama 2.' })}\n` +
        `${JSON.stringify({ id: '2302.13971', title: 'LLaMA: Open and Efficient Foundation Language Models', authors: ['Hugo\u001fTouvron'], abstract: 'We introduce LLaMA.' })}\n`,
    );
    expect(runCli(['build', 'papers.jsonl', '--formats', 'json', '--no-progress'], folder).status).toBe(0);
    const refused = runCli(['export', '--neo4j', 'neo4j'], folder);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^papergraph: out\/graph\.json: cannot export "Hugo\\u001fTouvron" \(authors of node paper:2302\.13971\)/);
    expect(refused.stderr).toContain('read from papers.jsonl:2');
    expect(existsSync(join(folder, 'neo4j'))).toBe(false);
  }, 60_000);

  it('asks for a target format', async () => {
    const bare = await runInProcess(['export', 'seeds']);
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/--neo4j/);
  }, 30_000);
});

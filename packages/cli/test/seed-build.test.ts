import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGraphJSON, sharedEntities, type PaperGraph } from '@papergraph/core';
import { runInProcess, type CliRun } from './run-cli.ts';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** The "done when" for the bundled seed, asserted on the real CLI output. */
describe('papergraph build on seeds/', () => {
  let out: string;
  let run: CliRun;
  let graph: PaperGraph;
  const titleOf = (key: string) => graph.getNodeAttribute(key, 'label');
  const papersWith = (entity: string, relation: string) =>
    graph
      .inEdges(entity)
      .filter((edge) => graph.getEdgeAttribute(edge, 'relation') === relation)
      .map((edge) => titleOf(graph.source(edge)))
      .sort();

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'papergraph-seed-'));
    run = await runInProcess(['build', 'seeds', '--out', out]);
    graph = readGraphJSON(readFileSync(join(out, 'graph.json'), 'utf8'));
  }, 60_000);

  it('exits 0 and prints the summary', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^papers\s+10$/m);
    expect(run.stdout).toMatch(/^authors\s+41$/m);
    expect(run.stdout).toMatch(/^rejected\s+0$/m);
    expect(run.stdout).toMatch(/^communities \d+/m);
  });

  it('has 10 papers and 41 authors in "First Last" form', () => {
    const kinds = (kind: string) => graph.filterNodes((_n, a) => a.kind === kind);
    expect(kinds('paper')).toHaveLength(10);
    const authors = kinds('author').map((key) => graph.getNodeAttribute(key, 'name'));
    expect(authors).toHaveLength(41);
    expect(authors).toEqual(expect.arrayContaining(['Sheridan Feucht', 'Gautam Siddharth Kashyap', 'Brigitte A. Mora-Reyes', 'Yixin Shen', 'Pin-Yu Chen']));
    for (const name of authors) expect(name).not.toContain(',');
  });

  it('links Llama-2-7B to the papers using it and tags it on all 10', () => {
    expect(graph.getNodeAttributes('model:llama-2-7b')).toMatchObject({ label: 'Llama-2-7B', family: 'Llama', version: '2', size: '7B' });
    const users = papersWith('model:llama-2-7b', 'uses');
    expect(users).toEqual(expect.arrayContaining([expect.stringMatching(/^Vector Arithmetic/), expect.stringMatching(/^Kron-LoRA/)]));
    expect(papersWith('model:llama-2-7b', 'tagged')).toHaveLength(10);
    for (const edge of graph.inEdges('model:llama-2-7b')) {
      const attributes = graph.getEdgeAttributes(edge);
      if (attributes.relation === 'uses') expect(attributes.evidence).toMatch(/llama-2-7b/i);
      if (attributes.relation === 'tagged') expect(attributes.evidence).toBeUndefined();
    }
  });

  it('finds Mistral-7B, Qwen3-32B, Llama-3-8B and DistilBERT', () => {
    const mistral = papersWith('model:mistral-7b', 'uses');
    expect(mistral).toEqual([expect.stringMatching(/^Advancing Equitable AI/), expect.stringMatching(/^Kron-LoRA/)]);
    for (const key of ['model:qwen3-32b', 'model:llama-3-8b', 'model:distilbert']) expect(graph.hasNode(key)).toBe(true);
    expect(graph.getNodeAttribute('model:qwen3-32b', 'label')).toBe('Qwen3-32B');
  });

  it('finds the datasets MATH-500, Alpaca, BeaverTails, TruthfulQA', () => {
    const datasets = graph.filterNodes((_n, a) => a.kind === 'dataset').map((key) => graph.getNodeAttribute(key, 'label'));
    expect(datasets).toEqual(expect.arrayContaining(['MATH-500', 'Alpaca', 'BeaverTails', 'TruthfulQA']));
    expect(papersWith('dataset:math-500', 'evaluates_on')).toEqual([expect.stringMatching(/^E3-Pruner/)]);
  });

  it('links each paper to the method it proposes', () => {
    const proposed = new Map<string, string>();
    graph.forEachEdge((_e, attributes, source, target) => {
      if (attributes.relation === 'proposes') proposed.set(graph.getNodeAttribute(target, 'label'), titleOf(source));
    });
    expect(proposed.get('E3-Pruner')).toMatch(/^E3-Pruner/);
    expect(proposed.get('CCPO')).toMatch(/^Conformal Constrained Policy Optimization/);
    expect(proposed.get('Q-ROAR')).toMatch(/^Rethinking RoPE Scaling/);
    expect(proposed.get('Kron-LoRA')).toMatch(/^Kron-LoRA/);
    expect(proposed.get('TrinityX')).toMatch(/^Too Helpful/);
    expect(proposed.get('CBP-Tuning')).toMatch(/^CBP-Tuning/);
  });

  it('puts every node in a labelled community', () => {
    const communities = graph.getAttribute('communities');
    const ids = new Set(communities.map((c) => c.id));
    graph.forEachNode((_key, attributes) => expect(ids.has(attributes.community!)).toBe(true));
    for (const community of communities) expect(community.label.length).toBeGreaterThan(0);
    expect(communities.reduce((n, c) => n + c.size, 0)).toBe(graph.order);
  });

  it('ranks Llama-2-7B and Mistral-7B among the models shared by two papers', () => {
    const shared = sharedEntities(graph, 'model', { minPapers: 2 }).map((row) => row.label);
    expect(shared).toEqual(expect.arrayContaining(['Llama-2-7B', 'Mistral-7B']));
  });

  it('writes identical bytes on a second run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'papergraph-seed-'));
    expect((await runInProcess(['build', 'seeds', '--out', again])).status).toBe(0);
    for (const file of ['graph.json', 'graph.graphml', 'graph.gexf']) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
  }, 60_000);

  it('writes GraphML that networkx and igraph open with the same counts', () => {
    const script = [
      'import sys, networkx, igraph',
      'g = networkx.read_graphml(sys.argv[1])',
      'h = igraph.Graph.Read_GraphML(sys.argv[1])',
      'print(g.number_of_nodes(), g.number_of_edges(), h.vcount(), h.ecount())',
    ].join('\n');
    const counts = execFileSync(PYTHON, ['-c', script, join(out, 'graph.graphml')], { encoding: 'utf8' }).trim();
    expect(counts).toBe(`${graph.order} ${graph.size} ${graph.order} ${graph.size}`);
  });

  it('writes GEXF 1.2draft with every node and edge, which networkx opens', () => {
    const gexf = readFileSync(join(out, 'graph.gexf'), 'utf8');
    expect(gexf.match(/<node /g)).toHaveLength(graph.order);
    expect(gexf.match(/<edge /g)).toHaveLength(graph.size);
    expect(gexf).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(gexf).toContain(' version="1.2">');
    const script = 'import sys, networkx\ng = networkx.read_gexf(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())';
    expect(execFileSync(PYTHON, ['-c', script, join(out, 'graph.gexf')], { encoding: 'utf8' }).trim()).toBe(`${graph.order} ${graph.size}`);
  });

  it('writes GEXF 1.3 with --gexf-version 1.3: the root element differs, and each edge carries its relation as kind', async () => {
    const v13 = mkdtempSync(join(tmpdir(), 'papergraph-seed-'));
    expect((await runInProcess(['build', 'seeds', '--out', v13, '--formats', 'gexf', '--gexf-version', '1.3'])).status).toBe(0);
    const lines = readFileSync(join(v13, 'graph.gexf'), 'utf8').split('\n');
    const defaults = readFileSync(join(out, 'graph.gexf'), 'utf8').split('\n');
    expect(lines[1]).toMatch(/^<gexf xmlns="http:\/\/gexf\.net\/1\.3" xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz" .* version="1\.3">$/);
    // (Gephi keys edges by source, target and kind: without it, a paper's uses and tagged links to one model merge)
    const edges = lines.filter((line) => line.trimStart().startsWith('<edge '));
    expect(edges).toHaveLength(graph.size);
    for (const edge of edges) expect(edge).toMatch(/ id="(wrote|uses|proposes|evaluates_on|tagged|cites|variant_of):[^"]*"[^>]* kind="\1">$/);
    expect([lines[0], ...lines.slice(2).map((line) => line.replace(/ kind="[a-z_]+">$/, '>'))]).toEqual([defaults[0], ...defaults.slice(2)]);
  }, 60_000);
});

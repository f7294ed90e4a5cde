import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, graphFromJSON, sharedBetween, toGEXF, toGraphJSON, toGraphML } from '../src/index.ts';

const seed = readFileSync(new URL('../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
const SRC = fileURLToPath(new URL('../src/', import.meta.url));

describe('buildKnowledgeGraph', () => {
  it('is deterministic: same input, same bytes in every format', () => {
    const a = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]).graph;
    const b = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]).graph;
    expect(toGraphJSON(a)).toBe(toGraphJSON(b));
    expect(toGraphML(a)).toBe(toGraphML(b));
    expect(toGEXF(a)).toBe(toGEXF(b));
  });

  it('a different seed may move communities but never the extracted graph', () => {
    const a = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }], { seed: 1, layout: false }).graph;
    const b = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }], { seed: 2, layout: false }).graph;
    expect(a.nodes()).toEqual(b.nodes());
    expect(a.edges()).toEqual(b.edges());
    expect(a.getAttribute('seed')).toBe(1);
  });

  it('one paper in two inputs is one node with both sources', () => {
    const json = JSON.stringify({ title: 'Kron-LoRA: Hybrid Kronecker-LoRA Adapters for Scalable, Sustainable Fine-tuning', abstract: 'x', authors: ['Yixin Shen'] });
    const { graph } = buildKnowledgeGraph([
      { name: 'seed.txt', text: seed },
      { name: 'extra.json', text: json },
    ]);
    const papers = graph.filterNodes((_k, a) => a.kind === 'paper' && a.label.startsWith('Kron-LoRA'));
    expect(papers).toHaveLength(1);
    expect(graph.getNodeAttribute(papers[0]!, 'sources')).toEqual([expect.stringMatching(/^seed\.txt:\d+$/), 'extra.json#0']);
    expect(graph.getAttribute('inputs')).toEqual(['seed.txt', 'extra.json']);
  });

  it('graph.json round-trips through graphFromJSON, and bad graph.json is refused with a reason', () => {
    const { graph } = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]);
    const back = graphFromJSON(toGraphJSON(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(toGraphJSON(back)).toBe(toGraphJSON(graph));
    expect(() => graphFromJSON('{"foo": 1}')).toThrow(/expected an object with a "nodes" array/);
    expect(() => graphFromJSON('{"nodes": [{"key": "x", "attributes": {"kind": "planet"}}], "edges": []}')).toThrow(/"x" has no valid "kind"/);
  });

  it('lays out small graphs (x, y on every node) unless asked not to', () => {
    const laidOut = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]).graph;
    laidOut.forEachNode((_k, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    const bare = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }], { layout: false }).graph;
    bare.forEachNode((_k, a) => expect(a.x).toBeUndefined());
  });

  it('sharedBetween lists what two papers have in common, tags excluded', () => {
    const { graph } = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]);
    const paper = (prefix: string) => graph.findNode((_k, a) => a.kind === 'paper' && a.label.startsWith(prefix))!;
    const shared = sharedBetween(graph, [paper('Kron-LoRA'), paper('Advancing Equitable AI')]);
    expect(shared.map((s) => s.label)).toContain('Mistral-7B');
    expect(sharedBetween(graph, [paper('Kron-LoRA'), paper('Conformal Constrained')]).map((s) => s.label)).not.toContain('Llama-2-7B');
  });
});

describe('core stays browser-safe', () => {
  it('imports no Node built-in module anywhere in packages/core/src', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && /from ['"](node:|fs['"]|path['"]|zlib['"]|os['"])/.test(readFileSync(full, 'utf8'))) offenders.push(full);
      }
    };
    walk(SRC);
    expect(offenders).toEqual([]);
  });
});

describe('variant_of', () => {
  it('links each model to the nearest more general model some paper named', () => {
    const records = [
      { title: 'Paper A', abstract: 'We fine-tune Llama-2-7B-Chat on our data.', authors: ['A B'] },
      { title: 'Paper B', abstract: 'We evaluate Llama-2-7B and Llama-2-13B.', authors: ['C D'] },
      { title: 'Paper C', abstract: 'We study the Llama 2 family of models.', authors: ['E F'] },
    ];
    const { graph } = buildKnowledgeGraph([{ name: 'x.json', text: JSON.stringify(records) }], { layout: false });
    const parents = (key: string) =>
      graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'relation') === 'variant_of').map((e) => graph.target(e));
    expect(parents('model:llama-2-7b-chat')).toEqual(['model:llama-2-7b']);
    expect(parents('model:llama-2-7b')).toEqual(['model:llama-2']);
    expect(parents('model:llama-2-13b')).toEqual(['model:llama-2']);
    expect(parents('model:llama-2')).toEqual([]);
  });
});

describe('graph.json writer', () => {
  it('writes exactly what JSON.stringify(graph.export()) writes, in pieces', async () => {
    const { graphJSONChunks } = await import('../src/export/json.ts');
    const { graph } = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]);
    const chunks = [...graphJSONChunks(graph)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(JSON.stringify(graph.export()));
  });
});

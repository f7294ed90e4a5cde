import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphFileFormat, readGraphJSON, runPipeline, toGraphJSON } from '../../src/index.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

describe('readGraphJSON', () => {
  it('reads back what build writes, byte for byte', () => {
    const { graph } = runPipeline([{ name: 'seed.txt', text: seed }]);
    const text = toGraphJSON(graph);
    const back = readGraphJSON(text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(toGraphJSON(back)).toBe(text);
    // A byte-order mark (a file saved by an editor) is not an error.
    expect(readGraphJSON(`\uFEFF${text}`).order).toBe(graph.order);
  });

  it.each([
    ['not JSON', '{"nodes": [', /not valid JSON/],
    ['no nodes', '{"foo": 1}', /expected an object with a "nodes" array/],
    ['a node without a key', '{"nodes": [{"attributes": {"kind": "paper"}}]}', /node #0 has no key/],
    ['an unknown kind', '{"nodes": [{"key": "x", "attributes": {"kind": "planet"}}], "edges": []}', /node "x" has no valid "kind" \(got "planet"; known: paper, author, model, method, dataset\)/],
    ['an edge to a missing node', '{"nodes": [{"key": "a", "attributes": {"kind": "paper", "label": "A"}}], "edges": [{"key": "e", "source": "a", "target": "b", "attributes": {"relation": "uses"}}]}', /edge "e" joins a node that is not in the file/],
    ['an unknown relation', '{"nodes": [{"key": "a", "attributes": {"kind": "paper", "label": "A"}}, {"key": "m", "attributes": {"kind": "model", "label": "M"}}], "edges": [{"source": "a", "target": "m", "attributes": {"relation": "likes"}}]}', /edge #0 has no valid "relation" \(got "likes"/],
    ['edges that are not a list', '{"nodes": [], "edges": {}}', /"edges" is not an array/],
  ])('refuses %s, naming what is wrong', (_case, text, message) => {
    expect(() => readGraphJSON(text)).toThrow(message);
  });

  it('takes a graph without edges', () => {
    expect(readGraphJSON('{"nodes": [{"key": "a", "attributes": {"kind": "paper", "label": "A"}}]}').order).toBe(1);
  });
});

describe('graphFileFormat', () => {
  it.each([
    ['graph.json', '{"options":{"type":"directed"},"attributes":{}', 'graph-json'],
    ['renamed.txt', '\uFEFF  {\n  "attributes": {"generator": "papergraph"}', 'graph-json'],
    ['big.json', '{"nodes":[{"key":"paper:1"', 'graph-json'],
    ['g.xml', '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', 'graphml'],
    ['g.xml', '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">', 'gexf'],
    ['g.graphml', '<?xml version="1.0"?><!-- a long comment before the root -->', 'graphml'],
    ['papers.json', '[{"title": "A paper"}]', undefined],
    ['papers.json', '{"title": "A paper", "abstract": "…"}', undefined],
    ['papers.json', '{"results": [{"title": "A paper"}]}', undefined],
    ['papers.jsonl', '{"id": "2503.11731", "title": "…"}\n{"id": "2503.11732"}', undefined],
    ['listing.txt', 'Title of a paper\nSmith, John, Doe, Jane\n', undefined],
    ['feed.xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', undefined],
  ])('%s: %j → %s', (name, head, expected) => {
    expect(graphFileFormat(name, head)).toBe(expected);
  });
});

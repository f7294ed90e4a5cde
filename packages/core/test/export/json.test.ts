import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphJSONChunks, runPipeline, toGraphJSON } from '../../src/index.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

describe('graph.json writer', () => {
  it('writes exactly what JSON.stringify(graph.export()) writes, in pieces', () => {
    const { graph } = runPipeline([{ name: 'seed.txt', text: seed }]);
    const chunks = [...graphJSONChunks(graph)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(JSON.stringify(graph.export()));
    expect(toGraphJSON(graph, { pretty: true })).toBe(JSON.stringify(graph.export(), null, 2));
  });
});

import { describe, expect, it } from 'vitest';
import { detectFormat, loadText, GraphLoadError } from '../../src/graph/load.ts';

describe('input format detection', () => {
  it('reads the content before the name', () => {
    expect(detectFormat('x.txt', '<?xml version="1.0"?>\n<graphml xmlns="…">')).toBe('graphml');
    expect(detectFormat('x.json', '<gexf version="1.3">')).toBe('gexf');
    expect(detectFormat('graph.json', '{"options":{},"attributes":{},"nodes":[],"edges":[]}')).toBe('graph-json');
    expect(detectFormat('papers.json', '[{"title":"A"}]')).toBe('raw');
    // The CLI writes the community table first: on a big graph "nodes" comes long after the first 2,000 characters.
    expect(detectFormat('graph.json', `{"attributes":{"communities":[${'{"id":1,"label":"x"},'.repeat(5000)}]},"nodes":[],"edges":[]}`)).toBe('graph-json');
    expect(detectFormat('papers.jsonl', '{"title":"A","nodes":1}\n')).toBe('raw');
    expect(detectFormat('listing.txt', 'Goto\n\nllama-2-7b\n')).toBe('raw');
    expect(detectFormat('export.graphml', '')).toBe('graphml');
  });

  it('names the file and the problem for unreadable input', async () => {
    await expect(loadText('broken.json', '{"nodes": [1, 2')).rejects.toThrow(GraphLoadError);
    await expect(loadText('broken.json', '{"nodes": [1, 2')).rejects.toThrow(/Could not load broken\.json/);
    await expect(loadText('empty.txt', '   ')).rejects.toThrow(/empty/);
    await expect(loadText('bad.json', '{"nodes":[{"key":"n1","attributes":{"kind":"planet"}}],"edges":[]}')).rejects.toThrow(/graph\.json format/);
  });

  it('builds raw paper records with core', async () => {
    const loaded = await loadText('papers.json', JSON.stringify([{ title: 'We study Mistral-7B', abstract: 'We fine-tune Mistral-7B with LoRA.', authors: ['Ada Lovelace'] }]));
    expect(loaded.graph.filterNodes((_n, a) => a.kind === 'paper')).toHaveLength(1);
    expect(loaded.graph.hasNode('model:mistral-7b')).toBe(true);
  });
});

describe('gzipped inputs', () => {
  it('decompresses a .gz file before reading it', async () => {
    const { gzipSync } = await import('node:zlib');
    const { readFileText } = await import('../../src/graph/load.ts');
    const file = new File([gzipSync('{"title":"Zipped paper"}\n')], 'papers.jsonl.gz');
    expect(await readFileText(file)).toEqual({ name: 'papers.jsonl', text: '{"title":"Zipped paper"}\n' });
  });
});

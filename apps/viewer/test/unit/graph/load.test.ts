import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GraphLoadError } from '../../../src/graph/load-error.ts';
import { fileKind, loadFiles, loadText, loadUrl, readFileText, type TextInput } from '../../../src/graph/load.ts';

const input = (name: string, text: string): TextInput => ({ name, text, bytes: Buffer.byteLength(text) });

describe('input format detection', () => {
  it('reads the content before the name', () => {
    expect(fileKind('x.txt', '<?xml version="1.0"?>\n<graphml xmlns="…">')).toBe('graphml');
    expect(fileKind('x.json', '<gexf version="1.3">')).toBe('gexf');
    expect(fileKind('graph.json', '{"options":{},"attributes":{},"nodes":[],"edges":[]}')).toBe('graph-json');
    expect(fileKind('papers.json', '[{"title":"A"}]')).toBe('raw');
    // The CLI writes the community table first: on a big graph "nodes" comes long after the first 2,000 characters.
    expect(fileKind('graph.json', `{"attributes":{"communities":[${'{"id":1,"label":"x"},'.repeat(5000)}]},"nodes":[],"edges":[]}`)).toBe('graph-json');
    expect(fileKind('papers.jsonl', '{"title":"A","nodes":1}\n')).toBe('raw');
    expect(fileKind('listing.txt', 'Goto\n\nllama-2-7b\n')).toBe('raw');
    expect(fileKind('export.graphml', '')).toBe('graphml');
  });

  it('names the file and the problem for unreadable input', async () => {
    await expect(loadText(input('broken.json', '{"nodes": [1, 2'))).rejects.toThrow(GraphLoadError);
    await expect(loadText(input('broken.json', '{"nodes": [1, 2'))).rejects.toThrow(/Could not load broken\.json/);
    await expect(loadText(input('empty.txt', '   '))).rejects.toThrow(/empty/);
    await expect(loadText(input('bad.json', '{"nodes":[{"key":"n1","attributes":{"kind":"planet"}}],"edges":[]}'))).rejects.toThrow(/graph\.json format/);
  });

  it('builds raw paper records with core, and says they came from that file', async () => {
    const loaded = await loadText(input('papers.json', JSON.stringify([{ title: 'We study Mistral-7B', abstract: 'We fine-tune Mistral-7B with LoRA.', authors: ['Ada Lovelace'] }])));
    expect(loaded.graph.filterNodes((_n, a) => a.kind === 'paper')).toHaveLength(1);
    expect(loaded.graph.hasNode('model:mistral-7b')).toBe(true);
    expect(loaded.source).toEqual({ kind: 'files', names: ['papers.json'] });
  });
});

describe('reference-manager exports', () => {
  it('names a rejected record of a JSON array counted from 1, as the CLI does', async () => {
    const papers = [{ title: 'We study Mistral-7B', abstract: 'We fine-tune Mistral-7B with LoRA.' }, { abstract: 'No title here.' }];
    const loaded = await loadText(input('papers.json', JSON.stringify(papers)));
    expect(loaded.notes.some((note) => /^Rejected papers\.json record 2: /.test(note))).toBe(true);
  });

  it('opens a BibTeX file: its parser is fetched on demand, then core builds the papers', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../../../packages/core/test/fixtures/formats/bibtex/zotero-arxiv-probml.bib', import.meta.url), 'utf8');
    const loaded = await loadText(input('library.bib', text));
    const papers = loaded.graph.filterNodes((_key, attributes) => attributes.kind === 'paper');
    expect(papers.length).toBeGreaterThan(1);
    expect(loaded.graph.getNodeAttribute(papers[0]!, 'title')).toBeTruthy();
  });
});

describe('XML inputs are checked before any parser sees them', () => {
  // In Node there is no DOMParser: a file that got past the checks would fail with a ReferenceError, not these.
  const laughs = `<?xml version="1.0"?>\n<!DOCTYPE graphml [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;">\n]>\n<graphml><graph>&lol2;</graph></graphml>`;

  it('refuses a GraphML or GEXF file that declares a DOCTYPE, naming the file', async () => {
    await expect(loadText(input('laughs.graphml', laughs))).rejects.toThrow(/^Could not load laughs\.graphml: it declares a document type/);
    await expect(loadText(input('laughs.gexf', laughs.replace(/graphml/g, 'gexf')))).rejects.toThrow(/Could not load laughs\.gexf: it declares a document type .*GEXF needs none/);
  });

  it('refuses one over the size limit with its size and the limit', async () => {
    const graphml = `<?xml version="1.0"?><graphml><graph>${' '.repeat(3000)}</graph></graphml>`;
    await expect(loadText(input('big.graphml', graphml), { maxXmlBytes: 2048, maxTextBytes: 1e9 })).rejects.toThrow(/Could not load big\.graphml: it is 3 KB, over the 2 KB the viewer reads as GraphML/);
  });

  it('refuses an oversized XML file from its size and first bytes, before reading it whole', async () => {
    const file = new File([`<?xml version="1.0"?><gexf version="1.3">${' '.repeat(5000)}</gexf>`], 'renamed.txt');
    let readWhole = false;
    const original = file.arrayBuffer.bind(file);
    file.arrayBuffer = async () => {
      readWhole = true;
      return await original();
    };
    await expect(loadFiles([file], { maxXmlBytes: 4096, maxTextBytes: 1e9 })).rejects.toThrow(/Could not load renamed\.txt: it is 5 KB, over the 4 KB the viewer reads as GEXF/);
    expect(readWhole).toBe(false);
  });
});

describe('gzipped inputs', () => {
  it('decompresses a .gz file before reading it', async () => {
    const file = new File([gzipSync('{"title":"Zipped paper"}\n')], 'papers.jsonl.gz');
    expect(await readFileText(file)).toEqual({ name: 'papers.jsonl', text: '{"title":"Zipped paper"}\n', bytes: 25 });
  });

  it('stops inflating past the text limit (a gzip bomb) with a message naming the file', async () => {
    const file = new File([gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20))], 'bomb.jsonl.gz');
    expect(file.size).toBeLessThan(64 * 1024);
    await expect(readFileText(file, { maxXmlBytes: 1e9, maxTextBytes: 1024 * 1024 })).rejects.toThrow(/Could not load bomb\.jsonl\.gz: it inflates to more than 1\.0 MB/);
  });

  it('refuses a plain file over the text limit before reading it', async () => {
    await expect(readFileText(new File(['x'.repeat(3000)], 'huge.jsonl'), { maxXmlBytes: 1e9, maxTextBytes: 2048 })).rejects.toThrow(/Could not load huge\.jsonl: it is 3 KB, more than the browser can read as text \(2 KB\)/);
  });
});

describe('text encodings, read as the CLI reads them', () => {
  const record = { title: 'Jörg Müller evaluates Mistral-7B', abstract: 'We fine-tune Mistral-7B on GSM8K.', authors: ['Jörg Müller'] };

  it('reads a UTF-16 file announced by its byte order mark (a Windows export), not as UTF-8 noise', async () => {
    const text = `${JSON.stringify(record)}\n`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const file = new File([utf16], 'papers.jsonl');
    expect(await readFileText(file)).toEqual({ name: 'papers.jsonl', text, bytes: utf16.byteLength });
    const loaded = await loadFiles([file]);
    const papers = loaded.graph.filterNodes((_n, a) => a.kind === 'paper');
    expect(papers.map((key) => loaded.graph.getNodeAttribute(key, 'label'))).toEqual([record.title]);
    expect(loaded.graph.hasNode('author:jorg-muller')).toBe(true);
  });

  it('reads bytes that are not UTF-8 as Latin-1 and reports their line, as the CLI does', async () => {
    const good = JSON.stringify({ ...record, title: 'A paper on Llama-2-7B', authors: ['Ada Lovelace'] });
    const latin1 = Buffer.concat([Buffer.from(`${good}\n`), Buffer.from(`${JSON.stringify(record)}\n`, 'latin1')]);
    const file = new File([latin1], 'mixed.jsonl');
    const read = await readFileText(file);
    expect(read.linesWithBadBytes).toEqual([2]);
    expect(read.text).toContain('Jörg Müller');
    const loaded = await loadFiles([file]);
    expect(loaded.notes.join('\n')).toMatch(/mixed\.jsonl:2.*not UTF-8/);
  });
});

describe('loading from a URL', () => {
  /** A fetch that answers `body`, as if after following redirects to `finalUrl`. */
  function stubFetch(body: string, init: ResponseInit, finalUrl?: string): () => void {
    const original = globalThis.fetch;
    globalThis.fetch = (async () => {
      const response = new Response(body, init);
      if (finalUrl !== undefined) {
        Object.defineProperty(response, 'redirected', { value: true });
        Object.defineProperty(response, 'url', { value: finalUrl });
      }
      return response;
    }) as typeof fetch;
    return () => {
      globalThis.fetch = original;
    };
  }
  const graphJson = JSON.stringify({ attributes: {}, nodes: [{ key: 'paper:a', attributes: { kind: 'paper', label: 'A', community: 0 } }], edges: [] });

  it('names the address and the answer when the server refuses', async () => {
    const restore = stubFetch('no', { status: 404, statusText: 'Not Found' });
    try {
      await expect(loadUrl('http://127.0.0.1:4173/missing/graph.json', 'missing/graph.json')).rejects.toThrow('Could not load missing/graph.json: the server answered 404 Not Found.');
    } finally {
      restore();
    }
  });

  it('records the address (after a redirect on the same site) as the source', async () => {
    const restore = stubFetch(graphJson, { status: 200 }, 'http://127.0.0.1:4173/graphs/v2.json');
    try {
      const loaded = await loadUrl('http://127.0.0.1:4173/graph.json');
      expect(loaded.source).toEqual({ kind: 'url', url: 'http://127.0.0.1:4173/graphs/v2.json' });
      expect(loaded.sourceName).toBe('v2.json');
      expect(loaded.graph.order).toBe(1);
    } finally {
      restore();
    }
  });

  it('refuses a redirect to another site: that site was never cleared', async () => {
    const restore = stubFetch(graphJson, { status: 200 }, 'https://elsewhere.example/graph.json');
    try {
      await expect(loadUrl('http://127.0.0.1:4173/go?to=elsewhere', 'go?to=elsewhere')).rejects.toThrow(
        'Could not load go?to=elsewhere: it redirects to another site (https://elsewhere.example/graph.json); open that address itself to be asked about it.',
      );
    } finally {
      restore();
    }
  });
});

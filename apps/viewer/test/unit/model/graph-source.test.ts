import { describe, expect, it } from 'vitest';
import { describeSource, displayUrl, graphUrlPolicy, nameFromUrl } from '../../../src/model/graph-source.ts';

const page = 'http://127.0.0.1:4173/?graph=whatever';

describe('graphUrlPolicy', () => {
  it('opens same-origin http(s) addresses directly, resolved against the page', () => {
    expect(graphUrlPolicy('./graph.json', page)).toEqual({ action: 'open', url: 'http://127.0.0.1:4173/graph.json' });
    expect(graphUrlPolicy('/fixtures/large-graph.json', page)).toEqual({ action: 'open', url: 'http://127.0.0.1:4173/fixtures/large-graph.json' });
    expect(graphUrlPolicy('fixtures/small-graph.json?v=2', 'http://127.0.0.1:4173/viewer/index.html')).toEqual({ action: 'open', url: 'http://127.0.0.1:4173/viewer/fixtures/small-graph.json?v=2' });
    expect(graphUrlPolicy('  http://127.0.0.1:4173/graph.json ', page).action).toBe('open');
  });

  it('asks first for another origin (host, port or scheme) and for data:/blob: addresses', () => {
    for (const url of ['https://example.org/graph.json', 'http://localhost:4173/graph.json', 'http://127.0.0.1:9999/graph.json', 'https://127.0.0.1:4173/graph.json', '//example.org/g.json']) {
      const decision = graphUrlPolicy(url, page);
      expect(decision.action, url).toBe('confirm');
      if (decision.action === 'confirm') expect(decision.reason).toMatch(/another site \(https?:\/\/[^)]+\)/);
    }
    const data = graphUrlPolicy('data:application/json,{"nodes":[],"edges":[]}', page);
    expect(data).toMatchObject({ action: 'confirm', url: 'data:application/json,{"nodes":[],"edges":[]}' });
    expect(graphUrlPolicy('blob:http://127.0.0.1:4173/5d1c', page).action).toBe('confirm');
  });

  it('refuses javascript: and every other scheme, credentials, and what does not parse', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org/g.json', 'about:blank', 'chrome://settings']) {
      expect(graphUrlPolicy(url, page).action, url).toBe('refuse');
    }
    expect(graphUrlPolicy('http://user:secret@127.0.0.1:4173/graph.json', page)).toMatchObject({ action: 'refuse', reason: expect.stringMatching(/user name or password/) });
    expect(graphUrlPolicy('http://[::1', page)).toMatchObject({ action: 'refuse', reason: 'it is not a valid address.' });
  });
});

describe('naming and showing a source', () => {
  it('names a graph at a URL by its last path segment', () => {
    expect(nameFromUrl('http://127.0.0.1:4173/fixtures/small%20graph.json?x=1')).toBe('small graph.json');
    expect(nameFromUrl('http://127.0.0.1:4173/')).toBe('graph.json');
    expect(nameFromUrl('data:application/json,{}')).toBe('data-url');
  });

  it('shows long addresses cut, with their length', () => {
    expect(displayUrl('https://a.org/g.json')).toBe('https://a.org/g.json');
    const long = `data:application/json,${'x'.repeat(500)}`;
    expect(displayUrl(long)).toMatch(/^data:application\/json,x+… \(522 characters\)$/);
    expect(displayUrl(long).length).toBeLessThan(200);
  });

  it('says whether a graph came from files, this site, another site or a data: address', () => {
    expect(describeSource({ kind: 'files', names: ['a.jsonl', 'b.jsonl'] }, page)).toBe('Files: a.jsonl, b.jsonl');
    expect(describeSource({ kind: 'files', names: ['graph.graphml'] }, page)).toBe('File: graph.graphml');
    expect(describeSource({ kind: 'url', url: 'http://127.0.0.1:4173/graph.json' }, page)).toBe('URL: http://127.0.0.1:4173/graph.json');
    expect(describeSource({ kind: 'url', url: 'https://example.org/graph.json' }, page)).toBe('From another site: https://example.org/graph.json');
    expect(describeSource({ kind: 'url', url: 'data:application/json,{}' }, page)).toBe('From a data: address: data:application/json,{}');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/encoding.ts';
import { INPUT_FORMATS, detectFormat, formatLabels, looksBinary } from '../../src/ingest/formats.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

describe('input format registry', () => {
  it('has one row per format, each with a name, label, extensions, a sniffer and a parser', () => {
    const names = INPUT_FORMATS.map((format) => format.name);
    expect(names.slice(0, 3)).toEqual(['listing', 'json', 'jsonl']);
    expect(names).toEqual(expect.arrayContaining(['arxiv-atom', 'arxiv-snapshot', 'bibtex', 'ris', 'csl-json']));
    expect(new Set(names).size).toBe(names.length);
    for (const format of INPUT_FORMATS) {
      expect(format.label.length).toBeGreaterThan(0);
      expect(format.sniff('')).toBe(0);
      expect(format.parse('', 'x').records).toEqual([]);
    }
    // The generic rows are the fallback: any format that recognises its own shape wins over them.
    expect(INPUT_FORMATS.filter((format) => format.fallback).map((format) => format.name)).toEqual(['json', 'jsonl']);
    expect(formatLabels()).toMatch(/^a paper listing, JSON, JSON Lines, .*an arXiv Atom or RSS feed, .*BibTeX, RIS\b.* or [^,]+$/);
  });

  it('detects formats from name and content', () => {
    expect(detectFormat('x.txt', seed)?.name).toBe('listing');
    expect(detectFormat('x.json', '[{"title":"a"}]')?.name).toBe('json');
    expect(detectFormat('x.json', '{"title":"a"}\n{"title":"b"}\n')?.name).toBe('jsonl');
    expect(detectFormat('x.data', '{"title":"a"}\n{"title":"b"}\n')?.name).toBe('jsonl');
    expect(detectFormat('notes.md', '# just some notes\n\nnothing here')).toBeUndefined();
  });

  it('content first: a misnamed file is read as what it holds', () => {
    expect(detectFormat('papers.jsonl', '[{"title":"a"},\n{"title":"b"}]')?.name).toBe('json');
    expect(detectFormat('papers.json', seed)?.name).toBe('listing');
    expect(detectFormat('listing.txt', '{"title":"a"}\n{"title":"b"}\n')?.name).toBe('jsonl');
    expect(detectFormat('dump.jsonl.gz', '{"title":"a"}\n{"title":"b"}\n')?.name).toBe('jsonl');
    // Pretty-printed JSON whose lines pass for a listing's entries (title, then a venue-like line): RefLib's
    // tab-indented array of an EndNote library, saved under another name.
    const pretty = JSON.stringify([{ title: 'Formulation of Herbal Gel of Antirrhinum majus Extract', journal: 'Adv Biomed Res', authors: ['Ada Lovelace'] }, { title: 'Light therapy for acne', journal: 'J Dermatol', authors: ['Alan Turing'] }], null, '\t');
    for (const name of ['library.txt', 'library.jsonl', 'library']) expect(detectFormat(name, pretty)?.name, name).toBe('json');
    expect(detectFormat('one.txt', JSON.stringify({ title: 'Light therapy for acne', journal: 'J Dermatol' }, null, 2))?.name).toBe('json');
  });

  it('the extension decides what the content leaves open, and names the format when the content says nothing', () => {
    expect(detectFormat('one.jsonl', '{"title":"a"}\n')?.name).toBe('jsonl');
    expect(detectFormat('one.json', '{"title":"a"}\n')?.name).toBe('json');
    expect(detectFormat('one', '{"title":"a"}\n')?.name).toBe('json');
    expect(detectFormat('broken.json', 'not json at all')?.name).toBe('json');
    expect(detectFormat('broken.txt', 'not a listing')?.name).toBe('listing');
  });

  it('binary: NUL bytes near the start and no format recognising the content', () => {
    expect(looksBinary('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toBe(true);
    expect(looksBinary('{"title":"A\u0000"}\n{"title":"B"}\n')).toBe(false);
    expect(looksBinary(seed)).toBe(false);
  });
});

describe('detection of the bibliographic formats (issue 14), on every real fixture', () => {
  const folder = new URL('../fixtures/formats/', import.meta.url);
  const expected: Record<string, string> = {
    'arxiv-atom': 'arxiv-atom',
    'arxiv-oai': 'arxiv-oai',
    'arxiv-snapshot': 'arxiv-snapshot',
    'arxiv-list': 'arxiv-list',
    'arxiv-mail': 'arxiv-mail',
    bibtex: 'bibtex',
    ris: 'ris',
    'csl-json': 'csl-json',
    'web-of-science': 'wos',
    medline: 'medline',
    'pubmed-text': 'pubmed-text',
    ovid: 'ovid',
    refworks: 'refworks',
    'endnote-tagged': 'endnote-tagged',
    'pubmed-xml': 'pubmed-xml',
    crossref: 'crossref',
    'crossref-xml': 'crossref-xml',
    csv: 'csv',
    'endnote-xml': 'endnote-xml',
    'zotero-rdf': 'zotero-rdf',
    'zotero-json': 'zotero-json',
    markdown: 'markdown',
    zbmath: 'zbmath',
  };
  // Bytes decoded as the CLI and the viewer decode them (a UTF-16 fixture is one).
  const files = readdirSync(folder).flatMap((format) =>
    format.endsWith('.md') ? [] : readdirSync(new URL(`${format}/`, folder)).filter((name) => !name.endsWith('.md')).map((name) => ({ format, name, text: decodeText(new Uint8Array(readFileSync(new URL(`${format}/${name}`, folder)))).text })),
  );

  it('each file is read as its format by content, under its own name, a misleading name, or none', () => {
    for (const { format, name, text } of files.filter((file) => file.format in expected)) {
      for (const fileName of [name, 'papers.json', 'papers.jsonl', 'papers.txt', 'papers']) expect(detectFormat(fileName, text)?.name, `${format}/${name} as ${fileName}`).toBe(expected[format]);
    }
  });

  it("these formats claim none of the other fixtures (OpenAlex, Semantic Scholar JSON)", () => {
    const mine = INPUT_FORMATS.filter((format) => Object.values(expected).includes(format.name));
    for (const { format, name, text } of files.filter((file) => !(file.format in expected))) {
      for (const own of mine) expect(own.sniff(text.slice(0, 64 * 1024)), `${own.name} on ${format}/${name}`).toBe(0);
    }
  });

  it('the extension names the format when the content says nothing, so the report is its own', () => {
    expect(detectFormat('refs.bib', 'not bibtex at all')?.name).toBe('bibtex');
    expect(detectFormat('refs.ris', 'nothing')?.name).toBe('ris');
    expect(detectFormat('query.atom', 'nothing')?.name).toBe('arxiv-atom');
    // Content first: the seed listing is a listing whatever it is called.
    expect(detectFormat('seed.bib', seed)?.name).toBe('listing');
    expect(detectFormat('seed.ris', seed)?.name).toBe('listing');
    expect(detectFormat('seed.ciw', seed)?.name).toBe('listing');
    expect(detectFormat('seed.nbib', seed)?.name).toBe('listing');
    expect(detectFormat('seed.ovd', seed)?.name).toBe('listing');
  });
});

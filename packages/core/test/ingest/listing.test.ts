import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeListing, parseListing } from '../../src/ingest/listing.ts';

const seedPath = new URL('../../../../seeds/llama-2-7b.txt', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');

describe('listing format (the seed)', () => {
  const result = parseListing(seed, 'seeds/llama-2-7b.txt');

  it('reads all 10 entries, no rejections or warnings', () => {
    expect(result.records).toHaveLength(10);
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the nbsp-padded tag line as the tag of every paper', () => {
    for (const record of result.records) expect(record.tags).toEqual(['llama-2-7b']);
  });

  it('pairs "Last, First" authors into "First Last", with multi-word given names and hyphenated surnames', () => {
    const byTitle = new Map(result.records.map((r) => [r.title, r]));
    expect(byTitle.get('Vector Arithmetic in Concept and Token Subspaces')?.authors).toEqual([
      'Sheridan Feucht',
      'Byron Wallace',
      'David Bau',
    ]);
    const equitable = result.records.find((r) => r.title.startsWith('Advancing Equitable AI'));
    expect(equitable?.authors).toEqual(['Brigitte A. Mora-Reyes', 'Jennifer A. Drewyor', 'Abel A. Reyes-Angulo']);
    const kron = result.records.find((r) => r.title.startsWith('Kron-LoRA'));
    expect(kron?.authors).toEqual(['Yixin Shen']);
    const too = result.records.find((r) => r.title.startsWith('Too Helpful'));
    expect(too?.authors).toEqual(['Gautam Siddharth Kashyap', 'Mark Dras', 'Usman Naseem']);
    expect(result.records.reduce((n, r) => n + r.authors.length, 0)).toBe(41);
  });

  it('keeps multi-paragraph abstracts whole and records venue and source line', () => {
    const patching = result.records.find((r) => r.title.startsWith('Patching LLM'))!;
    expect(patching.abstract).toContain('We propose patching for large language models');
    expect(patching.abstract).toContain('once or twice a year.');
    expect(patching.venue).toBe('arXiv.org Artificial Intelligence');
    expect(patching.sources[0]).toEqual({ file: 'seeds/llama-2-7b.txt', line: expect.any(Number) });
    const line = seed.split('\n')[patching.sources[0]!.line! - 1];
    expect(line).toContain('Patching LLM Like Software');
  });

  it('does not depend on the number of blank lines', () => {
    const squeezed = parseListing(seed.replace(/\n\s*\n/g, '\n'), 'x');
    const spread = parseListing(seed.replace(/\n/g, '\n\n\n'), 'x');
    const titles = (r: typeof result) => r.records.map((p) => [p.title, p.authors.length, p.abstract.length]);
    expect(titles(squeezed)).toEqual(titles(result));
    expect(titles(spread)).toEqual(titles(result));
  });

  it('reports an author line it cannot pair, with its line number, and keeps the paper', () => {
    const text = ['Goto', '', ' tag-x', '', 'A Title About Things', '', 'Doe, Jane, Smith', '', 'Some Venue', '', 'An abstract sentence.'].join('\n');
    const odd = parseListing(text, 'odd.txt');
    expect(odd.records).toHaveLength(1);
    expect(odd.records[0]!.authors).toEqual(['Doe', 'Jane', 'Smith']);
    expect(odd.warnings).toEqual([{ file: 'odd.txt', line: 7, message: expect.stringContaining('cannot pair') }]);
  });

  it('is recognised by its shape, not by page furniture', () => {
    expect(looksLikeListing(seed)).toBe(true);
    expect(looksLikeListing('Goto\n\nCollaborating Authors\n\n llama-2-7b\n')).toBe(false);
    expect(looksLikeListing('# notes\n\nSome text, more text.\n')).toBe(false);
  });
});

/** A listing built from entries [title, author line, venue | undefined, abstract], under a header. */
function listing(entries: Array<[string, string, string | undefined, string]>, header = ['Goto', 'Collaborating Authors', '\u00a0 llama-2-7b']): string {
  const lines = [...header, ''];
  for (const [title, authors, venue, abstract] of entries) {
    lines.push(title, '', authors, '');
    if (venue !== undefined) lines.push(venue, '');
    lines.push(abstract, '', '');
  }
  return lines.join('\n');
}

const VENUE = 'arXiv.org Artificial Intelligence';
const FIRST: [string, string, string, string] = ['First Paper About Pruning', 'Doe, Jane, Roe, Richard', VENUE, 'We prune Llama-2-7B layers and keep accuracy.'];
const LAST: [string, string, string, string] = ['Last Paper About Agents', 'Poe, Edgar', VENUE, 'We build agents on Mistral-7B for planning.'];

describe('listing entries of unusual shape are entries, never part of the previous abstract', () => {
  it('an entry without venue line is read and reported', () => {
    const result = parseListing(listing([FIRST, ['Middle Paper Without Venue', 'Lee, Ann, Kim, Bo', undefined, 'We evaluate GPT-4 on MMLU and report gains.'], LAST]), 'v.txt');
    expect(result.records.map((r) => r.title)).toEqual([FIRST[0], 'Middle Paper Without Venue', LAST[0]]);
    expect(result.records[0]!.abstract).toBe(FIRST[3]);
    expect(result.records[1]).toMatchObject({ authors: ['Ann Lee', 'Bo Kim'], abstract: 'We evaluate GPT-4 on MMLU and report gains.' });
    expect(result.records[1]!.venue).toBeUndefined();
    expect(result.warnings).toEqual([{ file: 'v.txt', line: expect.any(Number), message: 'entry "Middle Paper Without Venue" has no venue line' }]);
  });

  it('an entry with neither venue nor abstract does not swallow the next title', () => {
    const text = listing([FIRST, ['Bare Entry', 'Lee, Ann', undefined, ''], LAST]).replace(/\n\n\n\n\n/g, '\n\n');
    const result = parseListing(text, 'b.txt');
    expect(result.records.map((r) => r.title)).toEqual([FIRST[0], 'Bare Entry', LAST[0]]);
    expect(result.records[2]!.venue).toBe(VENUE);
  });

  it('author lines in CJK and Arabic script (no capital letters) are author lines', () => {
    const result = parseListing(
      listing([FIRST, ['大语言模型的剪枝方法', '王, 小明, 李, 华', VENUE, '我们提出一种剪枝方法。'], ['Arabic Authors Paper', 'محمد, أحمد, علي, فاطمة', VENUE, 'We study Arabic LLMs.'], LAST]),
      'cjk.txt',
    );
    expect(result.records.map((r) => r.authors)).toEqual([['Jane Doe', 'Richard Roe'], ['王小明', '李华'], ['أحمد محمد', 'فاطمة علي'], ['Edgar Poe']]);
    expect(result.records[0]!.abstract).toBe(FIRST[3]);
    expect(result.warnings).toEqual([]);
  });

  it('CJK commas separate whole names', () => {
    const result = parseListing(listing([FIRST, ['中文作者', '王小明、李华', VENUE, '摘要。']]), 'c.txt');
    expect(result.records[1]!.authors).toEqual(['王小明', '李华']);
  });

  it('an author line of 10,000 authors is one entry with 10,000 authors', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const name = (n: number) => `${letters[n % 26]!.toUpperCase()}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676) % 26]}`;
    const authors = Array.from({ length: 10_000 }, (_, n) => `${name(n)}son, ${name(n + 7)}`).join(', ');
    const result = parseListing(listing([FIRST, ['A Very Large Collaboration', authors, VENUE, 'We report a large study.'], LAST]), 'big.txt');
    expect(result.records.map((r) => r.title)).toEqual([FIRST[0], 'A Very Large Collaboration', LAST[0]]);
    expect(result.records[1]!.authors).toHaveLength(10_000);
    expect(result.records[1]!.authors[0]).toBe(`${name(7)} ${name(0)}son`);
    expect(result.records[0]!.abstract).toBe(FIRST[3]);
  });

  it('"Jr."/"III" suffixes and quoted whole names are not authors of their own', () => {
    const result = parseListing(
      listing([
        ['Suffix Paper One', 'Smith, Jr., John, Doe, Jane', VENUE, 'Abstract one.'],
        ['Suffix Paper Two', 'Smith, John, Jr., Gates, William, III', VENUE, 'Abstract two.'],
        ['Quoted Paper', '"Smith, Jr., John", Doe, Jane', VENUE, 'Abstract three.'],
        ['Only Quoted', '“King, Jr., Martin Luther”', VENUE, 'Abstract four.'],
      ]),
      's.txt',
    );
    expect(result.records.map((r) => r.authors)).toEqual([
      ['John Smith Jr.', 'Jane Doe'],
      ['John Smith Jr.', 'William Gates III'],
      ['John Smith Jr.', 'Jane Doe'],
      ['Martin Luther King Jr.'],
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('listing tags', () => {
  it('two tag lines: every paper carries both', () => {
    const result = parseListing(listing([FIRST, LAST], ['Goto', 'Collaborating Authors', '\u00a0 llama-2-7b', '\u00a0 mistral-7b']), 't.txt');
    for (const record of result.records) expect(record.tags).toEqual(['llama-2-7b', 'mistral-7b']);
  });

  it('without indentation, the last tag-like line of the header is the tag (furniture such as "Goto" is not)', () => {
    const result = parseListing(listing([FIRST], ['Goto', 'Collaborating Authors', 'llama-2-7b']), 't.txt');
    expect(result.records[0]!.tags).toEqual(['llama-2-7b']);
    expect(parseListing(listing([FIRST], ['Goto', 'llama-2-7b']), 't.txt').records[0]!.tags).toEqual(['llama-2-7b']);
  });

  it('a second listing pasted after the first: its header tags its own entries and is not part of an abstract', () => {
    const second = listing([LAST], ['Goto', 'Collaborating Authors', '\u00a0 mistral-7b']);
    const result = parseListing(`${listing([FIRST])}\n${second}`, 'two.txt');
    expect(result.records.map((r) => [r.title, r.tags, r.abstract])).toEqual([
      [FIRST[0], ['llama-2-7b'], FIRST[3]],
      [LAST[0], ['mistral-7b'], LAST[3]],
    ]);
    expect(result.warnings).toEqual([{ file: 'two.txt', line: expect.any(Number), message: expect.stringContaining('"mistral-7b"') }]);
  });
});

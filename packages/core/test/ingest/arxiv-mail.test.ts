import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arxivMailFormat, parseArxivMail } from '../../src/ingest/arxiv-mail.ts';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const folder = new URL('../fixtures/formats/arxiv-mail/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, folder), 'utf8');
/** Lines `from`…`to` (1-based) of a fixture, as the reader folds an abstract: one paragraph. */
const folded = (text: string, from: number, to: number) =>
  text.split('\n').slice(from - 1, to).map((line) => line.trim()).join(' ');

describe('arXiv daily e-mail digest (q-fin, 16 March 2023, from arXiv/arxiv-browse)', () => {
  const text = fixture('q-fin-daily-2023-03-16-arxiv-browse.txt');
  const { records, rejections, warnings } = parseArxivMail(text, 'q-fin.txt');

  it('is recognised from its content, whatever the file is called (the generic listing reader made 2 garbage records of 16)', () => {
    expect(detectFormat('q-fin.txt', text)).toBe(arxivMailFormat);
    expect(detectFormat('mail', text)).toBe(arxivMailFormat);
    const result = ingestOne({ name: 'q-fin.txt', text });
    expect(result.records.map((record) => record.arxivId)).toEqual(records.map((record) => record.arxivId));
  });

  it('one paper per entry, new and replaced: 13 new and cross-listed, 3 replacements; the mail headers are no entry', () => {
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => record.arxivId)).toEqual([
      '2303.08867', '2303.08968', '2303.09011', '2303.09147', '2303.09176', '2303.09323', '2303.09330', '2303.09393',
      '2303.09397', '2303.09399', '2303.09405', '2303.09406', '2303.09407', '2011.00552', '2203.01664', '2206.14015',
    ]);
  });

  it('every field of a new entry: wrapped title, authors joined by "and", first version\'s date, categories, abstract', () => {
    expect(records[1]).toEqual({
      title: 'A parsimonious neural network approach to solve portfolio optimization problems without using dynamic programming',
      abstract: folded(text, 43, 65),
      authors: ['Pieter M. van Staden', 'Peter A. Forsyth', 'Yuying Li'],
      arxivId: '2303.08968',
      year: 2023,
      date: '2023-03-15',
      categories: ['q-fin.CP'],
      tags: [],
      sources: [{ file: 'q-fin.txt', line: 35 }],
    });
  });

  it('the journal reference is the venue, the DOI is read; a replacement (no Date:, no abstract) is dated by its id', () => {
    const bulgaria = records.find((record) => record.arxivId === '2303.09405')!;
    expect([bulgaria.venue, bulgaria.doi, bulgaria.date]).toEqual(['Economic Thought, 2023, 20 (6)', '10.56497/etj2367601', '2023-02-17']);
    const tail = records.find((record) => record.arxivId === '2203.01664')!;
    expect(tail).toMatchObject({ title: 'Tail-GAN: Learning to Simulate Tail Risk Scenarios', abstract: '', date: '2022-03' });
    expect(tail.authors).toEqual(['Rama Cont', 'Mihai Cucuringu', 'Renyuan Xu', 'Chao Zhang']);
  });
});

describe('the volume of a Journal-ref whose shape names it', () => {
  it('`Economic Thought, 2023, 20 (6)` and `Journal of Risk Financial Management 2023, 16(2), 114` (the year first), `Astrophys.J. 641 (2006) L81-L84`', () => {
    const volumes = (name: string) => parseArxivMail(fixture(name), name).records.filter((record) => record.venue !== undefined).map((record) => [record.venue, record.volume ?? null]);
    expect(volumes('q-fin-daily-2023-03-16-arxiv-browse.txt')).toEqual([
      ['Journal of Risk Financial Management 2023, 16(2), 114', '16'],
      ['Economic Thought, 2023, 20 (6)', '20'],
    ]);
    expect(volumes('astro-ph-0601-listing-trimmed-arxiv-browse.txt')).toEqual([['Astrophys.J. 641 (2006) L81-L84', '641']]);
  });
});

describe('arXiv monthly listing file in the old layout (astro-ph 0601, trimmed)', () => {
  const text = fixture('astro-ph-0601-listing-trimmed-arxiv-browse.txt');
  const { records, rejections, warnings } = parseArxivMail(text, 'astro-ph.txt');

  it('"Paper:", "arXiv:" and "Paper (*cross-listing*):" entries; affiliations in parentheses are no authors; no abstracts', () => {
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.arxivId, record.date])).toEqual([
      ['astro-ph/0601001', '2006-01-02'],
      ['astro-ph/0601002', '2005-12-30'],
      ['astro-ph/0601029', '2006-01-02'],
      ['cond-mat/0601307', '2006-01-16'],
      ['cond-mat/0601409', '2006-01-18'],
    ]);
    expect(records[0]!.authors).toEqual(['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski']);
    expect(records[2]!.authors).toHaveLength(28);
    expect(records[2]!.authors.slice(3, 5)).toEqual(['I. Ferreras', 'S. Khochfar']);
    expect(records[4]!.categories).toEqual(['cond-mat.stat-mech', 'astro-ph', 'nucl-th', 'physics.plasm-ph']);
    expect(records.every((record) => record.abstract === '')).toBe(true);
  });
});

describe('a paper\'s .abs metadata file', () => {
  it('one paper, its abstract between the two "\\\\" lines', () => {
    const text = fixture('2101.04061-arxiv-browse.abs');
    expect(detectFormat('2101.04061.abs', text)).toBe(arxivMailFormat);
    const { records, rejections } = parseArxivMail(text, '2101.04061.abs');
    expect(rejections).toEqual([]);
    expect(records).toEqual([
      {
        title: 'Towards Real-World Blind Face Restoration with Generative Facial Prior',
        abstract: folded(text, 14, 28),
        authors: ['Xintao Wang', 'Yu Li', 'Honglun Zhang', 'Ying Shan'],
        arxivId: '2101.04061',
        year: 2021,
        date: '2021-01-11',
        categories: ['cs.CV'],
        tags: [],
        sources: [{ file: '2101.04061.abs', line: 3 }],
      },
    ]);
  });

  it('an entry without "Title:" is rejected by the line of its id, the others kept', () => {
    const text = ['\\\\', 'arXiv:2303.00001', 'Date: Wed, 1 Mar 2023 10:00:00 GMT   (10kb)', '', 'Authors: A. B', '\\\\', '\\\\', 'arXiv:2303.00002', 'Title: Kept', 'Authors: C. D', '\\\\'].join('\n');
    const { records, rejections } = parseArxivMail(text, 'cut.txt');
    expect(records.map((record) => record.title)).toEqual(['Kept']);
    expect(rejections).toEqual([{ file: 'cut.txt', line: 2, message: 'entry arXiv:2303.00001 has no title (no "Title:" line)' }]);
  });
});

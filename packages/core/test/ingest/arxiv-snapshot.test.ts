import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arxivSnapshotFormat, recordFromSnapshot } from '../../src/ingest/arxiv-snapshot.ts';
import { readLines } from '../../src/ingest/jsonl.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/arxiv-snapshot/${name}`, import.meta.url), 'utf8');
const read = (name: string) => arxivSnapshotFormat.parse(fixture(name), name);

describe('arXiv metadata snapshot (Kaggle JSON Lines)', () => {
  it('authors from authors_parsed in Unicode (not the LaTeX of "authors"), date of the first version, DOI, journal-ref', () => {
    const result = read('snapshot-head.jsonl');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => record.title)).toEqual([
      'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      'Sparsity-certifying Graph Decompositions',
      'The evolution of the Earth-Moon system based on the dark matter field fluid model',
    ]);
    const [diphoton, sparsity, earthMoon] = result.records;
    expect(diphoton).toMatchObject({
      authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C. -P. Yuan'],
      arxivId: '0704.0001',
      date: '2007-04-02',
      year: 2007,
      doi: '10.1103/physrevd.76.013009',
      venue: 'Phys.Rev.D76:013009,2007',
      categories: ['hep-ph'],
      sources: [{ file: 'snapshot-head.jsonl', line: 1, record: 0 }],
    });
    expect(diphoton!.abstract.startsWith('A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs at hadron colliders.')).toBe(true);
    expect(diphoton!.abstract.endsWith('showing that enhanced sensitivity to the signal can be obtained with judicious selection of events.')).toBe(true);
    expect(diphoton!.abstract).not.toMatch(/\n/);
    expect(sparsity).toMatchObject({ authors: ['Ileana Streinu', 'Louis Theran'], date: '2007-03-31', categories: ['math.CO', 'cs.CG'] });
    expect(sparsity!.doi).toBeUndefined();
    expect(sparsity!.venue).toBeUndefined();
    // Three versions: the first one's date.
    expect(earthMoon).toMatchObject({ authors: ['Hongjun Pan'], date: '2007-04-01', arxivId: '0704.0003' });
  });

  it('a generational suffix, accents, wrapped author string and journal-ref', () => {
    const result = read('snapshot-cs-selection.jsonl');
    expect(result.records.map((record) => [record.arxivId, record.date, record.doi ?? null])).toEqual([
      ['0704.0009', '2007-04-02', '10.1086/518646'],
      ['0704.0047', '2007-04-01', null],
      ['0704.0062', '2007-03-31', '10.1007/978-3-540-74126-8_23'],
      ['0704.0098', '2007-04-01', '10.1088/1751-8113/40/41/004'],
    ]);
    expect(result.records[0]).toMatchObject({
      title: 'The Spitzer c2d Survey of Large, Nearby, Insterstellar Clouds. IX. The Serpens YSO Population As Observed With IRAC and MIPS',
      authors: ['Paul Harvey', 'Bruno Merin', 'Tracy L. Huard', 'Luisa M. Rebull', 'Nicholas Chapman', 'Neal J. Evans II', 'Philip C. Myers'],
    });
    expect(result.records[2]).toMatchObject({
      title: 'On-line Viterbi Algorithm and Its Relationship to Random Walks',
      authors: ['Rastislav Šrámek', 'Broňa Brejová', 'Tomáš Vinař'],
      venue: 'Algorithms in Bioinformatics: 7th International Workshop (WABI), 4645 volume of Lecture Notes in Computer Science, pp. 240-251, Philadelphia, PA, USA, September 2007. Springer',
      categories: ['cs.DS'],
    });
    expect(result.records[3]!.categories).toEqual(['cs.IT', 'math.IT']);
  });

  it("the volume of a journal-ref whose shape names it (`Astrophys.J.663:1149-1173,2007`, `Phys.Rev.D76:013009,2007`); none of a proceedings' or of `J. Phys. A: Math. Theor. 40 No 41 (12 October 2007) …`", () => {
    expect(read('snapshot-cs-selection.jsonl').records.map((record) => record.volume ?? null)).toEqual(['663', null, null, null]);
    expect(read('snapshot-head.jsonl').records.map((record) => record.volume ?? null)).toEqual(['76', null, null]);
  });

  it('streams line by line with the same result as the whole text', () => {
    const text = fixture('snapshot-head.jsonl') + fixture('snapshot-cs-selection.jsonl');
    const reader = arxivSnapshotFormat.lineReader!('all.jsonl');
    expect(readLines(text, reader)).toEqual(arxivSnapshotFormat.parse(text, 'all.jsonl'));
    expect(reader.records).toBe(7);
  });

  it('falls back on what a line lacks: no versions → the id\'s month; no authors_parsed → the authors string', () => {
    expect(recordFromSnapshot({ id: '2503.11731', title: 'T', authors: 'Ann Lee and Bo Kim', update_date: '2025-04-01', versions: [] }, { file: 'x' })).toMatchObject({
      authors: ['Ann Lee', 'Bo Kim'],
      date: '2025-03',
      year: 2025,
    });
    expect(recordFromSnapshot({ title: 'No Id', update_date: '2024-05-06' }, { file: 'x' })).toMatchObject({ date: '2024-05-06' });
    expect(recordFromSnapshot({ id: '2503.11731', authors_parsed: [] }, { file: 'x' })).toBe('record has no "title"');
  });

  it('the TeX of the authors string, read alone, gives the names authors_parsed spells in Unicode', () => {
    for (const line of fixture('snapshot-head.jsonl').split('\n').concat(fixture('snapshot-cs-selection.jsonl').split('\n'))) {
      if (!line.trim()) continue;
      const { authors_parsed: _parsed, ...withoutParsed } = JSON.parse(line) as Record<string, unknown>;
      const parsed = recordFromSnapshot(JSON.parse(line), { file: 'x' });
      const fromString = recordFromSnapshot(withoutParsed, { file: 'x' });
      if (typeof parsed === 'string' || typeof fromString === 'string') throw new Error(String(parsed));
      // authors_parsed writes initials with spaces (`C. -P.`) where the string writes `C.-P.`: compared without spaces
      expect(fromString.authors.map((name) => name.replace(/\s/g, ''))).toEqual(parsed.authors.map((name) => name.replace(/\s/g, '')));
    }
  });

  it('sniffs the snapshot\'s own keys, not other JSON Lines', () => {
    expect(arxivSnapshotFormat.sniff(fixture('snapshot-head.jsonl'))).toBe(1);
    expect(arxivSnapshotFormat.sniff('{"id": "2501.00001", "title": "T", "authors": ["A"]}\n')).toBe(0);
    expect(arxivSnapshotFormat.sniff('{"id": "https://openalex.org/W1", "title": "T", "authorships": []}\n')).toBe(0);
    expect(arxivSnapshotFormat.sniff('[{"authors_parsed": []}]')).toBe(0);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { decodeText, ingest, ingestOne } from '../../src/ingest/index.ts';
import { abstractFromInvertedIndex, openalexFormat, sniffOpenAlex } from '../../src/ingest/openalex.ts';
import type { PaperRecord } from '../../src/types.ts';

const folder = new URL('../fixtures/formats/openalex/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, folder), 'utf8');
const SINGLE = read('work-single.json');
const TWO = read('page-two-works.json');
const REFERENCED = read('page-referenced-works-trimmed.json');
const CITING = read('page-citing-works-trimmed.json');

const STATE_OF_OA = 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles';

function only(records: PaperRecord[], title: string): PaperRecord {
  const found = records.filter((record) => record.title === title);
  expect(found, title).toHaveLength(1);
  return found[0]!;
}

describe('OpenAlex works', () => {
  it('a single work: title, authors in order with ORCID and OpenAlex ids, date, DOI, ids, venue, references', () => {
    const result = openalexFormat.parse(SINGLE, 'work.json');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records).toHaveLength(1);
    const work = result.records[0]!;
    expect(work.title).toBe(STATE_OF_OA);
    expect(work.authors).toEqual([
      'Heather Piwowar',
      'Jason Priem',
      'Vincent Larivière',
      'Juan Pablo Alperín',
      'Lisa Matthias',
      'Bree Norlander',
      'Ashley Farley',
      'Jevin D. West',
      'Stefanie Haustein',
    ]);
    expect(work.authorIds?.[0]).toEqual({ orcid: '0000-0003-1613-5981', openalex: 'A5048491430' });
    expect(work.authorIds?.[8]).toEqual({ orcid: '0000-0003-0157-1430', openalex: 'A5014077037' });
    expect(work).toMatchObject({ year: 2018, date: '2018-02-13', doi: '10.7717/peerj.4375', venue: 'PeerJ', ids: { openalex: 'W2741809807', pmid: '29456894' } });
    expect(work.arxivId).toBeUndefined();
    expect(work.references).toHaveLength(45);
    expect(work.references![0]).toEqual({ openalex: 'W1560783210' });
    expect(work.sources).toEqual([{ file: 'work.json', line: 1, record: 0 }]);
  });

  it('rebuilds the abstract from the inverted index, word by word in position order', () => {
    const work = openalexFormat.parse(SINGLE, 'work.json').records[0]!;
    expect(work.abstract).toHaveLength(1630);
    expect(work.abstract.startsWith('Despite growing interest in Open Access (OA) to scholarly literature, there is an unmet need for large-scale, up-to-date')).toBe(true);
    expect(work.abstract.endsWith('research using the free oaDOI service, as a way to inform OA policy and practice.')).toBe(true);
    expect(abstractFromInvertedIndex({ in: [1, 3], Words: [0], order: [2], 'order.': [4] })).toBe('Words in order in order.');
    expect(abstractFromInvertedIndex({ gap: [0], after: [5], bad: [-1, 1.5, 'x'] })).toBe('gap after');
    expect(abstractFromInvertedIndex(null)).toBe('');
    // Words of HTML escaped twice (OpenAlex's W2277923667: `(&amp;lt;75`) read as the characters they stand for.
    expect(abstractFromInvertedIndex({ 'temperatures': [0], '(&amp;lt;75': [1], 'K)': [2], 'R&amp;amp;D': [3] })).toBe('temperatures (<75 K) R&D');
  });

  it('an API page {meta, results}: every work, with record indexes; arXiv ids from arXiv DOIs and arXiv locations', () => {
    const result = openalexFormat.parse(REFERENCED, 'refs.json');
    expect(result.records.map((record) => record.title)).toEqual([
      'Glove: Global Vectors for Word Representation',
      // BERT (W2963341956) has an empty title in OpenAlex: kept by its ids for another input to name it (see merge).
      '',
      'The PageRank Citation Ranking : Bringing Order to the Web',
      STATE_OF_OA,
      'Distributed representations of words and phrases and their compositionality',
      "Google's Neural Machine Translation System: Bridging the Gap between Human and Machine Translation",
    ]);
    expect(result.records.map((record) => record.sources)).toEqual([0, 1, 2, 3, 4, 5].map((record) => [{ file: 'refs.json', record }]));
    const [glove, bert, pagerank, , word2vec, gnmt] = result.records as [PaperRecord, PaperRecord, PaperRecord, PaperRecord, PaperRecord, PaperRecord];
    expect(glove).toMatchObject({ doi: '10.3115/v1/d14-1162', date: '2014-01-01', year: 2014, ids: { openalex: 'W2250539671' } });
    expect(glove.venue).toBe('Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)');
    expect(glove.authors).toEqual(['Jeffrey Pennington', 'Richard Socher', 'Christopher D. Manning']);
    expect(glove.authorIds).toEqual([{ openalex: 'A5010225522' }, { orcid: '0000-0002-3577-639X', openalex: 'A5059955534' }, { orcid: '0000-0001-6155-649X', openalex: 'A5046006076' }]);
    expect(glove.references).toContainEqual({ openalex: 'W2153579005' });
    expect(bert).toMatchObject({ doi: '10.18653/v1/n19-1423', ids: { openalex: 'W2963341956' }, authors: ['Jacob Devlin', 'Ming‐Wei Chang', 'Kenton Lee', 'Kristina Toutanova'] });
    // No DOI; the harvested source name is a URL, not a venue.
    expect(pagerank.doi).toBeUndefined();
    expect(pagerank.venue).toBeUndefined();
    expect(pagerank.references).toEqual([]);
    expect(word2vec).toMatchObject({ arxivId: '1310.4546', doi: '10.57702/kcdhx0zi', year: 2025, venue: 'arXiv (Cornell University)' });
    expect(word2vec.authors).toEqual(['Tomáš Mikolov', 'Ilya Sutskever', 'Kai Chen', 'Greg S. Corrado', 'Jeff Dean']);
    expect(gnmt).toMatchObject({ arxivId: '1609.08144', doi: '10.48550/arxiv.1609.08144', date: '2016-09-26' });
    expect(gnmt.authors).toHaveLength(31);
    expect(gnmt.authors[14]).toBe('Łukasz Kaiser');
    expect(gnmt.abstract.endsWith("Google's phrase-based production system.")).toBe(true);
  });

  it('JSON Lines (the snapshot: one work per line) reads as the same records, by line', () => {
    const works = (JSON.parse(REFERENCED) as { results: unknown[] }).results;
    const lines = `${works.map((work) => JSON.stringify(work)).join('\n')}\n`;
    const page = openalexFormat.parse(REFERENCED, 'refs.json').records;
    const snapshot = openalexFormat.parse(lines, 'works.jsonl');
    expect(snapshot.rejections).toEqual([]);
    expect(snapshot.records.map(({ sources, ...rest }) => rest)).toEqual(page.map(({ sources, ...rest }) => rest));
    expect(snapshot.records.map((record) => record.sources[0])).toEqual(works.map((_, record) => ({ file: 'works.jsonl', line: record + 1, record })));
    // A pretty-printed page and an array of works read as the page does.
    expect(openalexFormat.parse(JSON.stringify(JSON.parse(REFERENCED), null, 2), 'pretty.json').records).toEqual(page.map((record) => ({ ...record, sources: record.sources.map((source) => ({ ...source, file: 'pretty.json' })) })));
    expect(openalexFormat.parse(JSON.stringify(works, null, 1), 'array.json').records.map((record) => record.title)).toEqual(page.map((record) => record.title));
  });

  it("claims none of the other formats' fixtures", () => {
    const root = new URL('../fixtures/formats/', import.meta.url);
    for (const format of readdirSync(root).filter((name) => name !== 'openalex' && !name.endsWith('.md'))) {
      for (const name of readdirSync(new URL(`${format}/`, root)).filter((file) => !file.endsWith('.md'))) {
        const head = readFileSync(new URL(`${format}/${name}`, root), 'utf8').slice(0, 64 * 1024);
        expect(sniffOpenAlex(head), `${format}/${name}`).toBe(0);
      }
    }
  });

  it('is recognised by content under any name, and claims no generic JSON', () => {
    for (const text of [SINGLE, TWO, REFERENCED, CITING]) {
      for (const name of ['works.json', 'works.jsonl', 'works.txt', 'works']) expect(detectFormat(name, text)?.name, name).toBe('openalex');
    }
    expect(sniffOpenAlex('[{"title": "A paper", "id": "2501.00001", "authors": ["Ada Lovelace"]}]')).toBe(0);
    // A `select=id,title` subset is still a work (read by the work's own rules, its OpenAlex id kept).
    expect(sniffOpenAlex('{"id": "https://openalex.org/W123", "title": "a select= subset"}')).toBe(1);
    expect(sniffOpenAlex('{"id": "https://openalex.org/W123", "cited_by_count": 3}')).toBe(0);
  });

  it('a page holding fewer works than meta.count says how to ask for the rest (its next_cursor)', () => {
    expect(ingestOne({ name: 'refs.json', text: REFERENCED }).warnings).toEqual([
      { file: 'refs.json', line: 1, message: "the page holds 6 of the query's 38 works (ask again with cursor=IlsnLUluZmluaXR5JywgMTQ0LCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzI4MDc2NTA4MzcnXSI= for more)" },
    ]);
    expect(ingestOne({ name: 'two.json', text: TWO }).warnings).toEqual([]);
  });

  it('a work whose authorships OpenAlex cut (is_authors_truncated, list endpoints past 100 authors) is kept, with a warning', () => {
    // The real single work with the flag OpenAlex sets on list pages for works of more than 100 authors.
    const work = { ...(JSON.parse(SINGLE) as Record<string, unknown>), is_authors_truncated: true };
    const result = openalexFormat.parse(JSON.stringify({ meta: {}, results: [work] }), 'page.json');
    expect(result.records.map((record) => [record.title, record.authors.length])).toEqual([[STATE_OF_OA, 9]]);
    expect(result.warnings).toEqual([{ file: 'page.json', record: 0, message: 'authors cut by OpenAlex after the first 9 (is_authors_truncated): the work\'s own page (/works/W2741809807) lists them all' }]);
    expect(openalexFormat.parse(SINGLE, 'work.json').warnings).toEqual([]);
  });

  it('another entity (an author, a keyword) given instead of works is recognised and rejected by name, never read as a paper', () => {
    const author = ingestOne({ name: 'author.json', text: read('author-entity.json') });
    expect(author).toEqual({
      records: [],
      rejections: [
        {
          file: 'author.json',
          line: 1,
          record: 0,
          message: 'an OpenAlex author (A5023888391 "Jason Priem"), not a work: its works are listed at https://api.openalex.org/works?filter=author.id:A5023888391',
        },
      ],
      warnings: [],
    });
    const keyword = ingestOne({ name: 'keyword.json', text: read('keyword-entity.json') });
    expect(keyword.records).toEqual([]);
    expect(keyword.rejections.map((issue) => issue.message)).toEqual(['an OpenAlex keyword (keywords/cardiac-imaging "Cardiac Imaging"), not a work: its works are listed at https://api.openalex.org/works?filter=keywords.id:keywords/cardiac-imaging']);
  });

  it('a group_by answer (real, 2026: works counted by type, no results) is one rejection naming its counts, not a page of works', () => {
    const text = read('group-by-type-openalexpro.json');
    expect(detectFormat('group.json', text)?.name).toBe('openalex');
    expect(ingestOne({ name: 'group.json', text })).toEqual({
      records: [],
      rejections: [
        {
          file: 'group.json',
          line: 1,
          record: 0,
          message: 'an OpenAlex group_by answer (works counted in 18 groups: article 129243, book 3037, book-chapter 6113, …), not works: ask again without group_by for the works themselves',
        },
      ],
      // meta.count (145616 works) is no page of works to ask the rest of.
      warnings: [],
    });
  });

  it('a select=ids page (real: ids only, no title) is read as OpenAlex works, kept by their ids for another input to name', () => {
    const text = read('select-ids-page-openalexpro.json');
    expect(detectFormat('count.json', text)?.name).toBe('openalex');
    const alone = ingestOne({ name: 'count.json', text });
    expect(alone.records).toHaveLength(1);
    expect(alone.records[0]).toMatchObject({ title: '', doi: '10.1038/35002501', ids: { openalex: 'W2162348455', pmid: '10706275' } });
    expect(alone.warnings).toEqual([{ file: 'count.json', line: 1, message: "the page holds 1 of the query's 145616 works (ask again with page=2 for more)" }]);
    // Another input naming the same work by its DOI gives it its title.
    const named = ingest([
      { name: 'count.json', text },
      { name: 'named.json', text: JSON.stringify([{ title: 'Global biodiversity scenarios for the year 2100', doi: '10.1038/35002501' }]) },
    ]);
    expect(named.rejections).toEqual([]);
    expect(named.records.map((record) => [record.title, record.ids?.openalex])).toEqual([['Global biodiversity scenarios for the year 2100', 'W2162348455']]);
  });

  it('the 2022–23 work shape: the arXiv id from host_venue or alternate_host_venues urls, the venue from host_venue', () => {
    // The real work with its locations written the older way (ourresearch/openalex-docs, "HostVenue object").
    const { primary_location: _primary, locations: _locations, best_oa_location: _best, ...work } = JSON.parse(SINGLE) as Record<string, unknown>;
    const old = {
      ...work,
      host_venue: { id: 'https://openalex.org/V1983995261', display_name: 'PeerJ', publisher: 'PeerJ', url: 'https://doi.org/10.7717/peerj.4375', is_oa: true },
      alternate_host_venues: [{ id: null, display_name: 'arXiv (Cornell University)', url: 'https://arxiv.org/abs/1705.00001v2', is_oa: true }],
    };
    const [record] = openalexFormat.parse(JSON.stringify(old), 'old.json').records;
    expect(record).toMatchObject({ title: STATE_OF_OA, venue: 'PeerJ', arxivId: '1705.00001', doi: '10.7717/peerj.4375' });
    const { alternate_host_venues: _alternates, ...noArxiv } = old;
    expect(openalexFormat.parse(JSON.stringify(noArxiv), 'old.json').records[0]!.arxivId).toBeUndefined();
  });

  it("openalexPro's saved search (JSON Lines, 2026): the abstract given as text; unmatched authorships repeating the matched people are left out", () => {
    const result = ingestOne({ name: 'search.jsonl', text: read('pro-fetch-search-trimmed-openalexpro.jsonl') });
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    const byId = (id: string) => result.records.find((record) => record.ids?.openalex === id)!;
    // Before: 10 authors, the last five `Grieg-Gran, Maryanne` … `Bond, Ivan` (author id null) repeating the first five.
    const cambodia = byId('W1541318120');
    expect(cambodia.title).toBe('Sustainable financing of protected areas in Cambodia: Phnom Aural and Phnom Samkos wildlife sanctuaries');
    expect(cambodia.authors).toEqual(['Maryanne Grieg\u2010Gran', 'Derek de la Harpe', 'John McGinley', 'James MacGregor', 'Ivan Bond']);
    expect(cambodia.authorIds).toHaveLength(5);
    expect(byId('W2887257729').authors).toEqual(['Silvia Secchi', 'Manoj K. Jha', 'Lyubov A. Kurkalova', 'Hongli Feng', 'Philip W. Gassman', 'Catherine L. Kling']);
    // `Elsholz, Rudiger` (unmatched, no umlaut) is the matched Rüdiger Elsholz.
    expect(byId('W2122450287').authors).toEqual(['Rüdiger Elsholz']);
    // An unmatched author who is nobody else is kept, in order, read as "First Last".
    expect(byId('W2242043546').authors).toEqual(['Helen Mountford', 'Jan Horst Keppler']);
    expect(byId('W2242043546').authorIds).toEqual([{ openalex: 'A5084094406' }, undefined]);
    // A book listing its author once per chapter (one author id four times): one author.
    const book = byId('W49044230');
    expect(book.authors.filter((name) => name === 'Richard W. Wrangham')).toHaveLength(1);
    expect(book.authors).toHaveLength(21);
    // Before: every abstract empty (openalexPro writes the rebuilt text as `abstract`, no inverted index).
    expect(byId('W4235089722')).toMatchObject({ title: 'Biodiversity Finance', year: 2000, date: '2000-04-01', doi: '10.1111/1468-2346.00131', venue: 'International Affairs', authors: ['Michael C. Rubino'] });
    expect(byId('W4235089722').abstract.startsWith('The 1992 Convention on Biological Diversity (CBD) challenged signatory countries')).toBe(true);
    expect(result.records.every((record) => record.abstract.length > 100)).toBe(true);
  });

  it('character references the inverted index kept on its words (`&amp;`, `&gt;80%`, real 2026 page) are decoded in the abstract', () => {
    const result = ingestOne({ name: 'page.json', text: read('page-escaped-abstracts-trimmed-openalexpro.json') });
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => record.ids?.openalex)).toEqual(['W2181379979', 'W2097208965']);
    const [baltic, redd] = result.records;
    expect(baltic!.abstract).toContain('The marine landscape concept presented by Roff &Taylor (2000)');
    expect(baltic!.abstract).toContain('The concept, which was elaborated by Day & Roff (2000)');
    expect(redd!.abstract).toContain('REDD in this agreement, >80% of pilot REDD projects');
    expect(result.records.map((record) => record.abstract).join(' ')).not.toMatch(/&(?:amp|gt|lt|quot|#\d+);/);
    // An unknown name and a bare ampersand stay as written.
    expect(abstractFromInvertedIndex({ 'R&D': [0], '&foo;': [1], '&#169;': [2] })).toBe('R&D &foo; ©');
  });

  it('read together: one record per work (W2741809807 is in two files), each file\'s reference list kept', () => {
    const result = ingest([
      { name: 'work-single.json', text: SINGLE },
      { name: 'page-two-works.json', text: TWO },
      { name: 'page-referenced-works-trimmed.json', text: REFERENCED },
      { name: 'page-citing-works-trimmed.json', text: CITING },
    ]);
    expect(result.records).toHaveLength(10);
    const oa = only(result.records, STATE_OF_OA);
    expect(oa.sources).toEqual([
      { file: 'work-single.json', line: 1, record: 0 },
      { file: 'page-referenced-works-trimmed.json', record: 3 },
    ]);
    // 45 referenced works in the single work, 54 in the page's copy of it (all 45 among them): each list as read,
    // the works outside the inputs counted on one of them (graph/citations.ts: the longer here, which is the union).
    const single = (JSON.parse(SINGLE) as { referenced_works: string[] }).referenced_works;
    const paged = (JSON.parse(REFERENCED) as { results: Array<{ id: string; referenced_works: string[] }> }).results.find((work) => work.id.endsWith('W2741809807'))!.referenced_works;
    expect([oa.references, ...(oa.moreReferences ?? [])].map((list) => list?.length)).toEqual([single.length, paged.length]);
    expect(new Set([...single, ...paged]).size).toBe(paged.length);
    // The untitled BERT work is the one rejection, by its ids.
    expect(result.rejections).toEqual([
      { file: 'page-referenced-works-trimmed.json', record: 1, message: 'no title (DOI 10.18653/v1/n19-1423, OpenAlex id W2963341956), and no other input names this work with one' },
    ]);
  });

  it('an untitled work takes the title another input gives the same work (by DOI, any case)', () => {
    // BERT as Semantic Scholar's batch endpoint gives it, with fields=title,externalIds.
    const bert = { paperId: 'df2b0e26d0599ce3e70df8a9da02e51594e0e992', externalIds: { ArXiv: '1810.04805', DOI: '10.18653/V1/N19-1423', CorpusId: 52967399 }, title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding' };
    const result = ingest([
      { name: 'refs.json', text: REFERENCED },
      { name: 'bert.json', text: JSON.stringify([bert]) },
    ]);
    expect(result.rejections).toEqual([]);
    const merged = result.records[1]!;
    expect(merged.title).toBe(bert.title);
    expect(merged).toMatchObject({ arxivId: '1810.04805', doi: '10.18653/v1/n19-1423', ids: { openalex: 'W2963341956', s2: bert.paperId, corpusId: '52967399' } });
    expect(merged.authors).toEqual(['Jacob Devlin', 'Ming‐Wei Chang', 'Kenton Lee', 'Kristina Toutanova']);
    expect(merged.sources).toEqual([
      { file: 'refs.json', record: 1 },
      { file: 'bert.json', record: 0 },
    ]);
  });

  it('records it cannot read are rejected one by one, the rest kept', () => {
    const good = (JSON.parse(SINGLE) as Record<string, unknown>);
    const lines = [JSON.stringify(good), '{"id": "https://openalex.org/W1", broken', JSON.stringify({ display_name: null, authorships: [] }), '', JSON.stringify([good])].join('\n');
    const result = ingestOne({ name: 'dump.jsonl', text: lines }, 'openalex');
    expect(result.records.map((record) => record.sources[0])).toEqual([
      { file: 'dump.jsonl', line: 1, record: 0 },
      { file: 'dump.jsonl', record: 3 },
    ]);
    expect(result.rejections).toEqual([
      { file: 'dump.jsonl', line: 2, record: 1, message: expect.stringMatching(/^invalid JSON/) },
      { file: 'dump.jsonl', line: 3, record: 2, message: 'work has no "title" (and no id or DOI another input could name it by)' },
    ]);
  });
});

describe('an OpenAlex page saved as a JSON string (PowerShell, UTF-16)', () => {
  it('the JSON inside the string is read, with a warning (before: "JSON is neither a record nor a list of records")', () => {
    const name = 'page-double-encoded-utf16-powershell.json';
    const bytes = readFileSync(new URL(name, folder));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const { records, rejections, warnings } = ingestOne({ name, text: decodeText(new Uint8Array(bytes)).text });
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.ids?.openalex])).toEqual([['Artificial intelligence: a modern approach', expect.stringMatching(/^W\d+$/)]]);
    // OpenAlex's display names `Dr. Anil Kumar`, `Prof. Ganesh Vasudeo Manerkar`: the titles are no part of the names.
    expect(records[0]!.authors).toEqual(['Anil Kumar', 'Sivasubramanian Balasubramanian', 'Haewon Byeon', 'Ganesh Vasudeo Manerkar']);
    expect(warnings.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^JSON encoded twice \(one JSON string holding the JSON/),
      "the page holds 1 of the query's 2791541 works (ask again with page=2 for more)",
    ]);
  });
});

describe('the volume (`biblio.volume`)', () => {
  it("is read from a work's `biblio.volume`; a work whose biblio names none has none", () => {
    const volumes = (name: string) => ingestOne({ name, text: read(name) }).records.map((record) => record.volume ?? null);
    expect(volumes('work-single.json')).toEqual(['6']);
    expect(volumes('page-referenced-works-trimmed.json')).toEqual([null, null, '98', '6', '26', null]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingestOne } from '../../src/ingest/index.ts';
import { parseZoteroJson, zoteroJsonFormat } from '../../src/ingest/zotero-json.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/zotero-json/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseZoteroJson(fixture(name), name);

describe('Zotero JSON', () => {
  it('is detected by content, over CSL-JSON and the generic JSON row', () => {
    for (const name of ['web-api-items-pyzotero.json', 'web-api-attachment-pyzotero.json', 'better-bibtex-openreview-arxiv.json', 'better-bibtex-standalone-note.json', 'better-bibtex-preprint-gpt3.json']) {
      expect(detectFormat(name, fixture(name))?.name, name).toBe('zotero-json');
    }
    // Better BibTeX's config may fill the head before any item.
    const padded = `{"config": {"id": "36a3b0b5-bad0-4a04-b79b-441c7cef77db", "label": "BetterBibTeX JSON", "preferences": {"x": "${'y'.repeat(70_000)}"}}, "items": []}`;
    expect(detectFormat('library.json', padded)).toBe(zoteroJsonFormat);
    expect(detectFormat('x.json', '[{"title": "T", "authors": ["A B"]}]')?.name).toBe('json');
  });

  it('web API page: the data of every item, authors only (not contributors), parsedDate where it says more', () => {
    const result = read('web-api-items-pyzotero.json');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records).toHaveLength(20);
    const byTitle = new Map(result.records.map((record) => [record.title, record]));
    expect(byTitle.get('Sherlock Holmes in Babylon')).toMatchObject({
      authors: ['R. Creighton Buck'],
      date: '1980-05-01',
      doi: '10.2307/2321200',
      venue: 'The American Mathematical Monthly',
      sources: [{ file: 'web-api-items-pyzotero.json', record: 1 }],
    });
    // `January 07 , 2011` as typed; the API's parsedDate 2011-01-07.
    const yarns = byTitle.get('Biscrolling Nanotube Sheets and Functional Guests into Yarns')!;
    expect(yarns).toMatchObject({ date: '2011-01-07', year: 2011, doi: '10.1126/science.1195912', venue: 'Science' });
    expect(yarns.authors).toHaveLength(16);
    expect(yarns.authors.slice(0, 3)).toEqual(['Márcio D. Lima', 'Shaoli Fang', 'Xavier Lepró']);
    expect(yarns.abstract.startsWith('Multifunctional applications of textiles have been limited')).toBe(true);
    // `08/1993`: month and year; Zotero's own parse (`1993-00-08`) has no month and is not taken.
    expect(byTitle.get('Cell recognition during neuronal development')).toMatchObject({ authors: ['C. Goodman', 'F. Jiménez'], date: '1993-08' });
    // A film whose creators are all contributors has no authors; a corporate author is one name.
    expect(byTitle.get('The Adventures of Sherlock Holmes')!.authors).toEqual([]);
    expect(byTitle.get('Electron Microscopy and Analysis 1993: Proceedings of the Institute of Physics Electron Microscopy and Analysis Group Conference, University of Liverpool, 14-17 September1993')!.authors).toEqual(['Institute of Physics (Great Britain)']);
    // PMID from Extra; an HTML link in an abstract read as text.
    expect(byTitle.get('Does sensitization to foods in adults occur always in the gut?')).toMatchObject({ ids: { pmid: '20664272' }, date: '2011' });
    expect(byTitle.get('Sherlock Holmes')!.abstract).not.toContain('<a');
  });

  it('an API answer holding one attachment: no records, one warning counting it', () => {
    expect(read('web-api-attachment-pyzotero.json')).toEqual({
      records: [],
      rejections: [],
      warnings: [{ file: 'web-api-attachment-pyzotero.json', record: 0, message: 'not papers, not read: 1 attachment' }],
    });
  });

  it('Better BibTeX JSON: arXiv ids from the URL and Extra lines, conference venues, arXiv "journals" not venues', () => {
    const result = read('better-bibtex-openreview-arxiv.json');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.title.slice(0, 40), record.arxivId ?? null, record.date, record.venue ?? null])).toEqual([
      ['On Solving Minimax Optimization Locally:', '1910.07512', '2019-11-25', null],
      ['On Solving Minimax Optimization Locally:', null, '2019-09-25', 'International Conference on Learning Representations'],
      ['Spectral Normalization for Generative Ad', '1802.05957', '2018-02-16', null],
      ['Understanding and Improving Convolutiona', null, '2016-06-11', 'International Conference on Machine Learning'],
      ['Understanding and Improving Convolutiona', '1603.05201', '2016-03-16', null],
      ['Delving Deep into Rectifiers: Surpassing', '1502.01852', '2015-02-06', null],
      ['Stochastic gradient descent performs var', null, '2018-02-15', 'International Conference on Learning Representations'],
      ['Stochastic gradient descent performs var', null, '2018-02-15', null],
      ['Hopfield Networks is All You Need', null, '2020-09-28', 'International Conference on Learning Representations'],
      ['Spectral Normalization for Generative Ad', null, '2018-02-15', 'International Conference on Learning Representations'],
      ['Hopfield Networks is All You Need', '2008.02217', '2020-07-16', null],
      ['Delving Deep into Rectifiers: Surpassing', null, '2015', 'Proceedings of the IEEE International Conference on Computer Vision'],
    ]);
    expect(result.records[5]!.authors).toEqual(['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun']);
  });

  it('Better BibTeX JSON: a preprint with 31 authors in order; a standalone note counted, not read', () => {
    const [gpt3] = read('better-bibtex-preprint-gpt3.json').records;
    // Zotero dates the preprint by its latest version (v4, 2020-07-22); it appeared in May 2020, as its id says.
    expect(gpt3).toMatchObject({ title: 'Language Models are Few-Shot Learners', arxivId: '2005.14165', date: '2020-05' });
    expect(gpt3!.authors).toHaveLength(31);
    expect([gpt3!.authors[0], gpt3!.authors[30]]).toEqual(['Tom B. Brown', 'Dario Amodei']);
    const noted = read('better-bibtex-standalone-note.json');
    expect(noted.records.map((record) => [record.title, record.authors, record.doi, record.venue])).toEqual([
      ["The Collapse of Yemen's Sovereignty by Permanent Violence: A Means of Both Production and Consumption of Value", ['Jude Kadri'], '10.13169/arabstudquar.43.2.0098', 'Arab Studies Quarterly'],
    ]);
    // The publisher's HTML abstract (`<p class="first" …>`) as text.
    expect(noted.records[0]!.abstract.startsWith('To defend the thesis of “permanent violence” in Yemen')).toBe(true);
    expect(noted.warnings).toEqual([{ file: 'better-bibtex-standalone-note.json', record: 0, message: 'not papers, not read: 1 note' }]);
  });

  it('items without the API wrapper (translation-server); DOI and arXiv id from Extra; one-field names; bad items by index', () => {
    const items = [
      { itemType: 'conferencePaper', title: 'T <i>one</i>', creators: [{ creatorType: 'editor', firstName: 'E', lastName: 'D' }, { creatorType: 'author', lastName: 'OpenAI', fieldMode: 1 }], extra: 'DOI: 10.1234/ABC\narXiv: 2301.00001', date: '2023' },
      { itemType: 'preprint', title: 'Two', creators: [{ creatorType: 'author', firstName: 'Ada', lastName: 'Lovelace' }], archiveID: 'arXiv:2402.01234', repository: 'arXiv' },
      { itemType: 'journalArticle', creators: [] },
      'text',
      { itemType: 'book', title: 'Three', date: '1993-00-00' },
      { itemType: 'book', title: 'Four', date: '1989 [1987]', creators: [{ creatorType: 'author', firstName: 'Paul', lastName: 'Erd\\H{o}s' }] },
      { itemType: 'journalArticle', title: 'Nys-Newton: Nystr\\"om-Approximated Curvature' },
      // Zotero has no suffix field: it is typed after a comma (Better BibTeX's test library).
      { itemType: 'book', title: 'Five', creators: [{ creatorType: 'author', firstName: 'Michael, III', lastName: 'von Hicks' }, { creatorType: 'author', firstName: 'G. S.', lastName: 'Cargill, III' }, { creatorType: 'author', firstName: 'Frank G.,! Jr.', lastName: 'Bennett' }, { creatorType: 'author', firstName: 'Marquis, de', lastName: 'Condorcet' }] },
    ];
    const result = parseZoteroJson(JSON.stringify(items), 'x.json');
    expect(result.records.map((record) => [record.title, record.authors, record.doi ?? null, record.arxivId, record.date ?? null])).toEqual([
      ['T one', ['OpenAI'], '10.1234/abc', '2301.00001', '2023'],
      ['Two', ['Ada Lovelace'], null, '2402.01234', '2024-02'],
      // Zotero's stored form with zeros for unknown parts; an original date in brackets is not this edition's.
      ['Three', [], null, undefined, '1993'],
      ['Four', ['Paul Erdős'], null, undefined, '1989'],
      // TeX accents left by a BibTeX import, in names and titles.
      ['Nys-Newton: Nyström-Approximated Curvature', [], null, undefined, null],
      ['Five', ['Michael von Hicks III', 'G. S. Cargill III', 'Frank G. Bennett Jr.', 'Marquis, de Condorcet'], null, undefined, null],
    ]);
    expect(result.rejections).toEqual([
      { file: 'x.json', record: 2, message: 'journalArticle has no title' },
      { file: 'x.json', record: 3, message: 'not a Zotero item (a JSON object)' },
    ]);
    expect(parseZoteroJson('{"items": 3', 'bad.json').rejections[0]).toMatchObject({ file: 'bad.json', line: 1 });
    expect(parseZoteroJson('{"config": {}}', 'c.json').rejections).toEqual([
      { file: 'c.json', record: 0, message: 'no Zotero items: expected an array of items, an API item or Better BibTeX JSON ({"items": […]})' },
    ]);
  });
});

describe('Zotero web API answers in CSL-JSON', () => {
  const cslItem = (JSON.parse(readFileSync(new URL('../fixtures/formats/csl-json/zotero-arxiv-preprint.json', import.meta.url), 'utf8')) as unknown[])[0];
  const apiItem = JSON.parse(fixture('web-api-attachment-pyzotero.json')) as Record<string, unknown>;

  it('`include=csljson`: each wrapper holds the CSL copy instead of `data`, read as CSL-JSON', () => {
    const { data: _data, ...wrapper } = apiItem;
    const text = JSON.stringify([{ ...wrapper, csljson: cslItem }], null, 2);
    expect(detectFormat('items.json', text)).toBe(zoteroJsonFormat);
    const result = parseZoteroJson(text, 'items.json');
    expect(result.records.map((record) => [record.title, record.arxivId, record.date])).toEqual([['DreamEditor: Text-Driven 3D Scene Editing with Neural Fields', '2306.13455', '2023-06-29']]);
    expect(result.records[0]!.authors.slice(0, 2)).toEqual(['Jingyu Zhuang', 'Chen Wang']);
  });
});

describe('Zotero web API answers without items', () => {
  it('/collections (pyzotero): detected as Zotero JSON, each collection rejected as a collection with where its items are, not as an item without title', () => {
    const text = fixture('web-api-collections-pyzotero.json');
    expect(detectFormat('collections.json', text)?.name).toBe('zotero-json');
    const result = parseZoteroJson(text, 'collections.json');
    expect(result.records).toEqual([]);
    expect(result.rejections).toHaveLength(15);
    expect(result.rejections[0]).toEqual({
      file: 'collections.json',
      record: 0,
      message: 'a Zotero collection ("LoC", N7W92H48, 16 items), not an item: its items are listed at https://api.zotero.org/users/475425/collections/N7W92H48/items',
    });
    expect(result.rejections.every((issue) => issue.message.startsWith('a Zotero collection ("'))).toBe(true);
  });

  it('a saved search (/searches) is said to be one', () => {
    const search = { key: 'ABCD1234', version: 3, library: { type: 'user', id: 1 }, links: { self: { href: 'https://api.zotero.org/users/1/searches/ABCD1234' } }, data: { key: 'ABCD1234', name: 'Unread', conditions: [] } };
    expect(parseZoteroJson(JSON.stringify([search]), 's.json').rejections).toEqual([{ file: 's.json', record: 0, message: 'a Zotero saved search ("Unread", ABCD1234), not an item' }]);
  });
});

describe('text in decomposed form (macOS)', () => {
  it("a translation-server item whose name spells é as e + U+0301 (zotero/web-library): composed, as the same name typed would be", () => {
    const name = 'translation-server-book-nfd-web-library.json';
    expect(fixture(name)).toContain('Lesle\u0301a.');
    const { records, rejections } = ingestOne({ name, text: fixture(name) });
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.authors, record.year])).toEqual([['Hachiko waits', ['Lesl\u00e9a. Newman', 'Machiyo Kodaira'], 2009]]);
  });
});

describe("arXiv preprints as Zotero's arXiv import dates them (web API, FMuro/bibliographer)", () => {
  it("a preprint dated by its latest version (2026-07-14) is dated by its id's month (2025-09); one dated within that month, and a journal article, keep their dates", () => {
    const name = 'web-api-arxiv-preprints-latest-version-date-bibliographer-trimmed.json';
    const { records } = ingestOne({ name, text: fixture(name) });
    expect(records.map((record) => [record.arxivId, record.date, record.year])).toEqual([
      ['2509.22625', '2025-09', 2025],
      ['2507.17568', '2025-07-23', 2025],
      ['2107.14174', '2022-04-05', 2022],
    ]);
  });

  it("the same preprint in Zotero's CSL-JSON (type article, publisher arXiv) is dated the same way", () => {
    const csl = [{ id: 'x', type: 'article', title: 'The Derived Auslander--Iyama Correspondence II', publisher: 'arXiv', number: 'arXiv:2509.22625', issued: { 'date-parts': [[2026, 7, 14]] } }];
    expect(ingestOne({ name: 'x.json', text: JSON.stringify(csl) }).records[0]).toMatchObject({ arxivId: '2509.22625', date: '2025-09' });
  });
});

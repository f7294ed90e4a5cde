import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cslJsonFormat, parseCslJson } from '../../src/ingest/csl-json.ts';
import { detectFormat } from '../../src/ingest/formats.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/csl-json/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseCslJson(fixture(name), name);

describe('CSL-JSON', () => {
  it('Zotero arXiv preprint: the id from "number", the date from date-parts with a string year, abstract', () => {
    const result = read('zotero-arxiv-preprint.json');
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      title: 'DreamEditor: Text-Driven 3D Scene Editing with Neural Fields',
      authors: ['Jingyu Zhuang', 'Chen Wang', 'Lingjie Liu', 'Liang Lin', 'Guanbin Li'],
      arxivId: '2306.13455',
      date: '2023-06-29',
      year: 2023,
      sources: [{ file: 'zotero-arxiv-preprint.json', record: 0 }],
    });
    expect(result.records[0]!.abstract.startsWith('Neural fields have achieved impressive advancements in view synthesis and scene reconstruction.')).toBe(true);
    expect(result.records[0]!.abstract.endsWith('significantly surpassing previous works in both quantitative and qualitative evaluations.')).toBe(true);
    // `publisher: arXiv` is not a venue.
    expect(result.records[0]!.venue).toBeUndefined();
  });

  it('Better BibTeX: literal authors, short DOIs kept, dates as precise as given, container-title as venue', () => {
    const result = read('better-bibtex-literal-authors.json');
    expect(result.records.map((record) => [record.title, record.authors, record.date, record.doi ?? null, record.venue])).toEqual([
      ['Perceptions of disability and their impact upon involvement in sport for people with disabilities at all levels', ['Ian Brittain'], '2004', '10/fqd6hj', 'Journal of Sport and Social Issues'],
      ['The contested terrain of alcohol sponsorship of sport in New Zealand', ['Kieran Cody', 'Steven J. Jackson'], '2016-06-01', '10/f8tz8t', 'International Review for the Sociology of Sport'],
      ['Semenya, ASA and IAAF: Planning update', ['Court of Arbitration for Sport'], '2019-03-21', null, 'Court of Arbitration for Sport'],
      ['The media image of sport and gender', ['Margaret Carlisle Duncan', 'Michael A. Messner'], '2002', null, 'MediaSport'],
      ['Caster Semenya: Honours', ['IAAF'], '2019', null, 'IAAF'],
    ]);
  });

  it('Zotero conference paper: event-title as venue, a year-only date, a URL id', () => {
    expect(read('zotero-conference-paper.json').records[0]).toMatchObject({
      title: 'Structure-From-Motion Revisited',
      authors: ['Johannes L. Schonberger', 'Jan-Michael Frahm'],
      date: '2016',
      year: 2016,
      venue: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition',
    });
  });

  it('name particles and suffixes in reading order; raw dates; the arXiv DOI', () => {
    const items = [{ type: 'article-journal', title: 'T', author: [{ family: 'Hengel', given: 'Anton', 'non-dropping-particle': 'van den' }, { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }], issued: { raw: '2021-03' }, DOI: '10.48550/arXiv.2103.00001' }];
    expect(parseCslJson(JSON.stringify(items), 'x.json').records[0]).toMatchObject({ authors: ['Anton van den Hengel', 'Martin Luther King Jr.'], date: '2021-03', arxivId: '2103.00001', doi: '10.48550/arxiv.2103.00001' });
  });

  it('bad items are rejected by index; invalid JSON is one rejection for the file', () => {
    const result = parseCslJson('[{"type": "article", "title": "Kept"}, 42, {"type": "book", "author": [{"family": "X"}]}]', 'bad.json');
    expect(result.records.map((record) => record.title)).toEqual(['Kept']);
    expect(result.rejections).toEqual([
      { file: 'bad.json', record: 1, message: 'not a CSL item (a JSON object)' },
      { file: 'bad.json', record: 2, message: 'item has no "title"' },
    ]);
    expect(parseCslJson('[\n{"type": "article",\n"title": }\n]', 'broken.json').rejections).toEqual([{ file: 'broken.json', line: expect.any(Number), message: expect.stringMatching(/^invalid JSON/) }]);
  });

  it('sniffs a CSL type with CSL-only keys; not OpenAlex works (which have "type" too) or plain records', () => {
    for (const name of ['zotero-arxiv-preprint.json', 'better-bibtex-literal-authors.json', 'zotero-conference-paper.json']) expect(cslJsonFormat.sniff(fixture(name))).toBe(1);
    expect(cslJsonFormat.sniff('{"id": "https://openalex.org/W1", "type": "article", "title": "T", "authorships": [], "publication_date": "2020-01-01"}')).toBe(0);
    expect(cslJsonFormat.sniff('[{"title": "T", "authors": ["A"], "year": 2020}]')).toBe(0);
    // an OpenAlex work whose abstract has the words "given" and "family" (inverted-index keys, not name parts)
    expect(cslJsonFormat.sniff('{"id": "https://openalex.org/W2", "type": "article", "title": "T", "abstract_inverted_index": {"Given": [0], "given": [7], "family": [9]}}')).toBe(0);
  });
});

describe('CSL-JSON beyond the standard types and date objects', () => {
  it('Better BibTeX writes item types of its own (`video`): still CSL by its `issued`/`citation-key`, the date read', () => {
    const text = fixture('better-bibtex-video-type.json');
    expect(detectFormat('better-bibtex-video-type.json', text)?.name).toBe('csl-json');
    const { records, rejections } = read('better-bibtex-video-type.json');
    expect(rejections).toEqual([]);
    // The director and script writer are not authors.
    expect(records.map((record) => [record.title, record.date, record.authors])).toEqual([['On the edge', '1992', []]]);
    // citeproc's tests: an item without type, `issued` as date-parts only.
    expect(detectFormat('items.json', '[{"id": "ITEM-1", "issued": {"date-parts": [[1998, 4, 10]]}, "title": "BookA"}]')?.name).toBe('csl-json');
  });

  it('`issued` as an EDTF string or a year, `raw` and `literal` dates, particles and a literal name', () => {
    const items = [
      { id: 'a', type: 'book', title: 'A', issued: '2019-04-28', author: [{ family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' }] },
      { id: 'b', type: 'book', title: 'B', issued: 2003, author: [{ literal: 'U.S. Bureau of the Census' }] },
      { id: 'c', type: 'book', title: 'C', issued: { raw: 'April 2019' }, author: [{ family: 'Humboldt', given: 'Alexander', 'dropping-particle': 'von' }] },
      { id: 'd', type: 'book', title: 'D', issued: { 'date-parts': [], literal: '(in press)' } },
      { id: 'e', type: 'book', title: 'E', issued: '2011-05~' },
    ];
    const { records } = parseCslJson(JSON.stringify(items), 'items.json');
    expect(records.map((record) => [record.title, record.date ?? null, record.authors])).toEqual([
      ['A', '2019-04-28', ['Vincent van Gogh']],
      ['B', '2003', ['U.S. Bureau of the Census']],
      ['C', '2019-04', ['Alexander von Humboldt']],
      ['D', null, []],
      ['E', '2011-05', []],
    ]);
  });
});

describe('CSL-JSON wrapped as the Zotero web API answers `format=csljson`', () => {
  it('`{"items": [...]}` holds the items, each read as in an array', () => {
    const items = JSON.parse(readFileSync(new URL('../fixtures/formats/csl-json/better-bibtex-literal-authors.json', import.meta.url), 'utf8')) as unknown[];
    const text = JSON.stringify({ items });
    expect(detectFormat('items.json', text)).toBe(cslJsonFormat);
    const result = parseCslJson(text, 'items.json');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => record.title)).toEqual(parseCslJson(JSON.stringify(items), 'x.json').records.map((record) => record.title));
    expect(result.records).toHaveLength(5);
  });
});

describe("CSL rich text and seasons (Better BibTeX's CSL JSON)", () => {
  it('titles with `<b>`, `<i>`, `<sub>`, `<span class="nocase">` read as their text', () => {
    const result = read('better-bibtex-rich-text-titles.json');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.title, record.date, record.doi ?? null])).toEqual([
      ['The physical volcanology of the 1600 eruption of Huaynaputina, southern Peru', '2014-12-31', null],
      ['Skizze zur Auslegungsgeschichte der Bücher Prouerbia und Ecclesiastes in der abendländischen Kirche', '1994', '10.1484/j.se.2.303788'],
      ['Samuel Presbiter: Notes from the school of William de Montibus. Collecta ex diuersis auditis in scola magistri Willelmi de Monte', '2016', null],
      ['The Gospel according to St. Matthew, from the St. Germain ms. (g1), now numbered Lat. 11553 in the National Library at Paris', '1883', null],
    ]);
  });

  it("a season as CSL's month 13–24 gives the year; a plain `<` stays", () => {
    const items = [{ type: 'article-journal', title: 'When a < b', issued: { 'date-parts': [['2017', 14]] } }];
    expect(parseCslJson(JSON.stringify(items), 'x.json').records[0]).toMatchObject({ title: 'When a < b', date: '2017', year: 2017 });
  });
});

describe('an HTML abstract that is no XML (DataCite CSL, manubot)', () => {
  it('`<br>` (a void element) keeps it from being read as markup: the tags go and `&amp;` is decoded all the same', () => {
    const { records, rejections } = parseCslJson(fixture('datacite-thesis-html-abstract-manubot.json'), 'thesis.json');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]!.abstract).toMatch(/^The PhD Dissertation of Daniel S\. Himmelstein\. This is my thesis from my PhD in Biological & Medical Informatics from the University of California, San Francisco\. /);
    expect(records[0]!.abstract).not.toMatch(/&amp;|<br>|<\/?[bi]>/);
  });
});

describe('a name in East Asian script (CSL test suite, name_AsianGlyphs)', () => {
  it('is written family name first without a space, as the suite expects it rendered', () => {
    const name = 'csl-test-suite-name-asian-glyphs.json';
    const { records } = parseCslJson(readFileSync(new URL(`../fixtures/formats/csl-json/${name}`, import.meta.url), 'utf8'), name);
    expect(records.map((record) => [record.title, record.authors, record.date])).toEqual([['民法', ['我妻栄'], '1960']]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, ingestOne } from '../../src/ingest/index.ts';
import { jsonErrorOffset, jsonFormat, jsonShape, parseJson } from '../../src/ingest/json.ts';

describe('JSON', () => {
  it('accepts the field variants of common dumps', () => {
    const text = JSON.stringify([
      { title: 'A', summary: 'S.', authors: [{ name: 'Ada Lovelace' }], arxivId: 'arXiv:2401.00001v3', published: '2024-01-02T00:00:00Z' },
      { title: 'B', abstract: 'T.', authors: 'Alan Turing, Grace Hopper and Edsger Dijkstra', arxiv_id: '2402.00002', year: 2023 },
      { title: 'C', abstract: 'U.', authors: ['Lovelace, Ada'], id: 'https://arxiv.org/abs/2403.00003v1', date: '2022' },
      { abstract: 'no title here' },
    ]);
    const result = parseJson(text, 'dump.json');
    expect(result.records.map((r) => [r.title, r.abstract, r.authors, r.arxivId, r.year])).toEqual([
      ['A', 'S.', ['Ada Lovelace'], '2401.00001', 2024],
      ['B', 'T.', ['Alan Turing', 'Grace Hopper', 'Edsger Dijkstra'], '2402.00002', 2023],
      ['C', 'U.', ['Ada Lovelace'], '2403.00003', 2022],
    ]);
    expect(result.rejections).toEqual([{ file: 'dump.json', record: 3, message: 'record has no "title"' }]);
  });

  it("Hugging Face's daily papers: each item wraps its paper (`paper: {id, title, authors, summary, publishedAt}`) under a short title of its own", () => {
    const text = JSON.stringify([
      {
        paper: {
          id: '2502.02737',
          authors: [{ _id: '67a1', name: 'Loubna Ben Allal', hidden: false }, { _id: '67a2', name: 'Anton Lozhkov', hidden: false }],
          publishedAt: '2025-02-04T21:43:16.000Z',
          title: 'SmolLM2: When Smol Goes Big -- Data-Centric Training of a Small Language Model',
          summary: 'We train SmolLM2 on ~11 trillion tokens.',
          upvotes: 120,
        },
        publishedAt: '2025-02-05T01:07:42.000Z',
        title: 'SmolLM2: When Smol Goes Big',
        numComments: 3,
      },
    ]);
    const [record] = parseJson(text, 'daily_papers.json').records;
    expect(record).toMatchObject({
      title: 'SmolLM2: When Smol Goes Big -- Data-Centric Training of a Small Language Model',
      authors: ['Loubna Ben Allal', 'Anton Lozhkov'],
      abstract: 'We train SmolLM2 on ~11 trillion tokens.',
      arxivId: '2502.02737',
      date: '2025-02-04',
    });
  });

  it("an item about something else that cites its paper (Papers with Code's methods.json) never gives the paper its text as abstract", () => {
    // A method item as Papers with Code's methods.json dump writes them: the method's name and description, and the
    // paper that introduced it
    const text = JSON.stringify([
      {
        url: 'https://paperswithcode.com/method/adam',
        name: 'Adam',
        full_name: 'Adam',
        description: '**Adam** is an adaptive learning rate optimization algorithm that utilises both momentum and scaling.',
        paper: { title: 'Adam: A Method for Stochastic Optimization', url: 'https://paperswithcode.com/paper/adam-a-method-for-stochastic-optimization' },
        introduced_year: 2000,
        source_url: 'http://arxiv.org/abs/1412.6980v9',
      },
    ]);
    const [record] = parseJson(text, 'methods.json').records;
    expect(record).toMatchObject({ title: 'Adam: A Method for Stochastic Optimization', abstract: '' });
  });

  it('an authors string with TeX umlauts (arXiv metadata) keeps each name whole: `\\"` is no quote', () => {
    const text = JSON.stringify([{ title: 'Three- and four-body interactions in colloidal systems', authors: 'M. Brunner, J\\"org Baumgartl, H.H. von Gr\\"unberg, and C. Bechinger' }]);
    expect(parseJson(text, 'arxiv.json').records[0]?.authors).toEqual(['M. Brunner', 'Jörg Baumgartl', 'H.H. von Grünberg', 'C. Bechinger']);
  });

  it('a DOI field (`doi`, `DOI`, as a URL or bare) is the record\'s DOI', () => {
    const text = JSON.stringify([{ title: 'A', doi: 'https://doi.org/10.7717/PeerJ.4375' }, { title: 'B', DOI: '10.1038/s41586-020-2649-2' }, { title: 'C', doi: 'n/a' }]);
    expect(parseJson(text, 'dois.json').records.map((record) => record.doi)).toEqual(['10.7717/peerj.4375', '10.1038/s41586-020-2649-2', undefined]);
  });

  it('an arXiv id from `id`/`url`/`link` only when the value is one or a URL ending in one, not look-alike digits of other ids', () => {
    const text = JSON.stringify([
      { title: 'A', url: 'https://www.semanticscholar.org/author/2259683' },
      { title: 'B', url: 'https://doi.org/10.1145/3383583.3398584' },
      { title: 'C', url: 'https://huggingface.co/papers/2501.01234' },
      { title: 'D', link: 'http://arxiv.org/abs/hep-th/9901001v2' },
      { title: 'E', id: 'arXiv:2401.00001v3' },
      { title: 'F', url: 'https://arxiv.org/pdf/2401.00001v2.pdf' },
    ]);
    expect(parseJson(text, 'ids.json').records.map((record) => record.arxivId)).toEqual([undefined, undefined, '2501.01234', 'hep-th/9901001', '2401.00001', '2401.00001']);
  });

  it('a record with an arXiv id and no date of its own is dated by the id\'s month; a date it gives wins', () => {
    const text = JSON.stringify([
      { arxiv_id: '2508.00017', title: 'Generative Logic', authors: ['Nikolai Sergeev'] },
      { arxiv_id: '2508.00017', title: 'Dated', published: '2025-09-02' },
      { arxiv_id: 'hep-th/9901001', title: 'Old style' },
    ]);
    expect(parseJson(text, 'p.json').records.map((record) => [record.date, record.year])).toEqual([
      ['2025-08', 2025],
      ['2025-09-02', 2025],
      ['1999-01', 1999],
    ]);
  });

  it("a date field with a month (and day) but no year refines the year field: RefLib's `\"year\": \"2021\"` with `\"date\": \"Feb 23\"`", () => {
    const name = 'reflib-blue-light-month-day.json';
    const result = parseJson(readFileSync(new URL(`../fixtures/formats/json/${name}`, import.meta.url), 'utf8'), name);
    expect([result.rejections, result.warnings]).toEqual([[], []]);
    expect(result.records.map((record) => [record.title.slice(0, 40), record.date, record.year])).toEqual([
      ['The Use of Lasers and Light Devices in A', '2021-11', 2021],
      ['Iontophoresis mediated localized deliver', '2021-02-23', 2021],
      ['Laser-mediated photodynamic therapy', '2006-01', 2006],
      ['A split-face comparative trial of photop', '2020-07-03', 2020],
    ]);
    // A full date wins; a date field that is no date leaves the year.
    const dates = parseJson(JSON.stringify([{ title: 'A', year: 2019, date: '2018-05-02' }, { title: 'B', year: '2019', date: 'Spring' }, { title: 'C', year: '2019', month: 'Oct' }]), 'd.json');
    expect(dates.records.map((record) => record.date)).toEqual(['2018-05-02', '2019', '2019-10']);
  });

  it("a record's `volume` field (RefLib's JSON of an EndNote library: `\"volume\": \"22\"` beside `pages` and `number`) is its volume", () => {
    const name = 'reflib-blue-light-month-day.json';
    const result = parseJson(readFileSync(new URL(`../fixtures/formats/json/${name}`, import.meta.url), 'utf8'), name);
    expect(result.records.map((record) => record.volume ?? null)).toEqual(['22', '9', '24', '22']);
  });

  it('an API error body is one rejection with its message, an empty result page one warning: neither is read as a paper', () => {
    expect(parseJson('{"error":"Invalid query parameters error.","message":"filter is not a valid field"}', 'oa.json')).toEqual({
      records: [],
      rejections: [{ file: 'oa.json', record: 0, message: 'an API error answer, not records: Invalid query parameters error. — filter is not a valid field' }],
      warnings: [],
    });
    expect(parseJson('{"meta": {"count": 0}, "total": 0}', 'empty.json').warnings).toEqual([{ file: 'empty.json', record: 0, message: 'no records: a result page without records (total 0)' }]);
    // A paper that happens to carry a `message` field is still a paper.
    expect(parseJson('{"title": "A paper", "message": "hello"}', 'p.json').records.map((record) => record.title)).toEqual(['A paper']);
  });

  it('reads the records of a wrapper object (papers, data, results…)', () => {
    for (const field of ['papers', 'records', 'items', 'data', 'results', 'entries']) {
      const result = parseJson(JSON.stringify({ total: 2, [field]: [{ title: 'A' }, { title: 'B' }] }), 'w.json');
      expect(result.records.map((r) => r.title), field).toEqual(['A', 'B']);
    }
    // A named collection is still a collection when its list holds papers.
    expect(parseJson(JSON.stringify({ title: 'My reading list', papers: [{ title: 'A' }] }), 'w.json').records.map((r) => r.title)).toEqual(['A']);
  });

  it('a single paper with an empty (or non-paper) list field is that paper, not an empty list', () => {
    for (const extra of [{ results: [] }, { data: [] }, { items: [] }, { results: [{ metric: 'accuracy', value: 0.9 }] }, { data: [1, 2] }]) {
      const result = parseJson(JSON.stringify({ title: 'One Paper', abstract: 'We fine-tune Llama-2-7B.', authors: ['Ada Lovelace'], ...extra }), 'one.json');
      expect(result.records.map((r) => r.title), JSON.stringify(extra)).toEqual(['One Paper']);
      expect(result.rejections).toEqual([]);
    }
  });

  it('an object holding only an empty list is reported, not read as a paper', () => {
    const result = parseJson('{"name": "export", "results": []}', 'empty.json');
    expect(result.records).toEqual([]);
    expect(result.warnings).toEqual([{ file: 'empty.json', record: 0, message: 'no records: the object\'s "results" list is empty' }]);
  });

  it('list items without title are rejected one by one', () => {
    const result = parseJson('{"papers": [{"abstract": "x"}, {"title": "Kept"}]}', 'p.json');
    expect(result.records.map((r) => r.title)).toEqual(['Kept']);
    expect(result.rejections).toEqual([{ file: 'p.json', record: 0, message: 'record has no "title"' }]);
  });

  it('a byte order mark before the JSON is no error', () => {
    expect(parseJson('\ufeff[{"title": "A"}]', 'bom.json').records.map((r) => r.title)).toEqual(['A']);
  });

  it('invalid JSON is one rejection at the line JSON.parse points to', () => {
    const result = parseJson('{"papers": [\n{"title": "A"},\n{"title": "B",}\n]}', 'bad.json');
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([{ file: 'bad.json', line: 3, message: expect.stringMatching(/^invalid JSON: /) }]);
    // V8 gives no position for an unexpected token (a comma before `]`): the line is found by scanning the text.
    expect(parseJson('{"papers": [\n{"title": "A"},\n{"title": "B"},\n]}', 'bad.json').rejections).toEqual([{ file: 'bad.json', line: 4, message: expect.stringMatching(/^invalid JSON: /) }]);
  });

  it('a broken array keeps the records it holds whole before the break, and rejects the rest at its line', () => {
    const broken = parseJson('[\n{"title": "A"},\n{"title": "B",}\n]', 'bad.json');
    expect(broken.records.map((record) => record.title)).toEqual(['A']);
    expect(broken.rejections).toEqual([{ file: 'bad.json', line: 2, message: expect.stringMatching(/^invalid JSON \(.*\): the 1 items before this line were read, nothing from here to the end of the file$/) }]);
    // A comma before `]` breaks nothing but the end.
    expect(parseJson('[\n{"title": "A"},\n{"title": "B"},\n]', 'bad.json').records.map((record) => record.title)).toEqual(['A', 'B']);
    // A real export cut off inside its third record (RefLib's EndNote library, four records): two read, one rejection.
    const name = 'reflib-blue-light-month-day.json';
    const whole = readFileSync(new URL(`../fixtures/formats/json/${name}`, import.meta.url), 'utf8');
    const third = whole.indexOf('"recNumber"', whole.indexOf('"recNumber"', whole.indexOf('"recNumber"') + 1) + 1);
    const cut = parseJson(whole.slice(0, third + 40), name);
    expect(cut.records.map((record) => record.title)).toEqual(parseJson(whole, name).records.slice(0, 2).map((record) => record.title));
    expect(cut.rejections).toHaveLength(1);
    expect(cut.rejections[0]!.message).toMatch(/the 2 items before this line were read/);
  });

  it('finds where a text stops being JSON, and nothing in valid JSON', () => {
    const cases: Array<[string, number | undefined]> = [
      ['[1,]', 3],
      ['{"a": 1,}', 8],
      ['{"a" 1}', 5],
      ['[1 2]', 3],
      ['[1]x', 3],
      ['01', 1],
      ['"a\nb"', 2],
      ['"\\x"', 1],
      ['{"a": [1', 8],
      ['', 0],
      ['{"a": [1, {"b": null}], "c": "\\u00e9", "d": [true, false, -1.5e3]}', undefined],
    ];
    for (const [text, offset] of cases) {
      expect(jsonErrorOffset(text), text).toBe(offset);
      if (offset === undefined) expect(() => JSON.parse(text), text).not.toThrow();
      else expect(() => JSON.parse(text), text).toThrow();
    }
  });
});

describe('JSON sniffing', () => {
  it('tells JSON documents from JSON Lines by their first lines', () => {
    expect(jsonShape('[{"title":"a"}]')).toBe('array');
    expect(jsonShape('{"title":"a"}\n{"title":"b"}\n')).toBe('object-lines');
    expect(jsonShape('{"title":"a"}\n')).toBe('one-line');
    expect(jsonShape('{\n  "title": "a"\n}\n')).toBe('document');
    expect(jsonShape('{"title": broken}\n{"title":"b"}\n')).toBe('broken-first-line');
    expect(jsonShape('{"title": broken}\n{"title": also broken}\n')).toBe('object-shaped-line');
    expect(jsonShape('{\n  "papers": [\n    {"title": "a"},\n')).toBe('object-start');
    expect(jsonShape('Title\nDoe, Jane\n')).toBe('other');
    expect(jsonFormat.sniff('[]')).toBe(1);
    expect(jsonFormat.sniff('{"title":"a"}\n{"title":"b"}\n')).toBe(0);
  });
});

describe("arXiv's own metadata records (docmeta, as arXiv's search service indexes them)", () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/json/${name}`, import.meta.url), 'utf8');

  it('`paper_id` is the arXiv id, which dates the paper; two versions of one paper are one record', () => {
    // (one line with `authors_parsed`: detected as a snapshot line, which reads it the same way)
    const [paper] = ingestOne({ name: 'docmeta.json', text: readFileSync(new URL('../fixtures/formats/arxiv-snapshot/arxiv-docmeta-1404.3450v2-arxiv-search.json', import.meta.url), 'utf8') }).records;
    expect(paper).toMatchObject({ arxivId: '1404.3450', date: '2014-04', year: 2014, authors: ['Li Ma', 'Xiao-Hai Liu', 'Xiang Liu', 'Shi-Lin Zhu'] });
    const versions = parseJson(fixture('arxiv-docmeta-two-versions-arxiv-search.json'), 'bulk.json').records;
    expect(versions.map((record) => record.arxivId)).toEqual(['1601.00123', '1601.00123']);
  });

  it("an author string with each author's affiliation number in parentheses and the collaboration run into its first member", () => {
    const [paper] = parseJson(fixture('arxiv-docmeta-t2k-affiliations-arxiv-search.json'), 't2k.json').records;
    expect(paper!.authors.slice(0, 4)).toEqual(['T2K Collaboration', 'K. Abe', 'N. Abgrall', 'H. Aihara']);
    expect(paper!.authors.filter((name) => /[()]|\d/.test(name.replace('T2K', '')))).toEqual([]);
    expect(paper).toMatchObject({ arxivId: '1106.1238', doi: '10.1016/j.nima.2011.06.067' });
  });
});

describe("feedparser's JSON of arXiv's feed of an author's papers (arxiv.org/a/<id>.atom2)", () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/json/${name}`, import.meta.url), 'utf8');

  it('all authors in one `{name}`, comma-separated: several people, in order (before: "Fernando Muro Gustavo Jasso")', () => {
    const { records, rejections } = parseJson(fixture('arxiv-author-feed-feedparser-bibliographer-trimmed.json'), 'arxiv.json');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.arxivId, record.authors, record.date])).toEqual([
      ['2509.22625', ['Gustavo Jasso', 'Fernando Muro'], '2025-09-26'],
      ['2208.14413', ['Gustavo Jasso', 'Bernhard Keller', 'Fernando Muro'], '2022-08-30'],
      ['2106.14996', ['Fernando Muro'], expect.any(String)],
    ]);
    // A name written family name first is still one person.
    expect(parseJson(JSON.stringify([{ title: 'T', authors: [{ name: 'Muro, Fernando' }] }]), 'x.json').records[0]!.authors).toEqual(['Fernando Muro']);
  });
});

describe("authors as one string of PubMed's short forms", () => {
  it('`Long Q; Yan Y; Zhang P; et al.` (a scraper\'s JSON): family name then initials, read as Q. Long… (before: given name "Long", family name "Q")', () => {
    const text = readFileSync(new URL('../fixtures/formats/json/scraper-articles-short-form-authors-scraping-tcc.json', import.meta.url), 'utf8');
    const [paper] = parseJson(text, 'articles.json').records;
    expect(paper).toMatchObject({ arxivId: '2408.14520', authors: ['Q. Long', 'Y. Yan', 'P. Zhang', 'C. Fang', 'W. Cui', 'Z. Ning'] });
    // Only when every name is one: a list of full names, or a mixed one, is read as written.
    const read = (authors: string) => parseJson(JSON.stringify({ title: 'T', authors }), 'x.json').records[0]!.authors;
    expect(read('van der Berg JA, Smith AB')).toEqual(['J. A. van der Berg', 'A. B. Smith']);
    expect(read('Andrew Ng, Li X')).toEqual(['Andrew Ng', 'Li X']);
    expect(read('Wei Li and Jun Zhu')).toEqual(['Wei Li', 'Jun Zhu']);
  });
});

describe('JSON of other APIs: Zenodo records, Mendeley documents, schema.org names', () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/json/${name}`, import.meta.url), 'utf8');

  it("a Zenodo API record: the paper inside `metadata` (creators, publication date, HTML description), the record's DOI", () => {
    const { records, rejections, warnings } = parseJson(fixture('zenodo-record-dryad-papis.json'), 'zenodo.json');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      title: 'Directional epistasis is common in morphological divergence',
      authors: ['Salomé Bourg', 'Geir H. Bolstad', 'Donald V. Griffin', 'Christophe Pélabon', 'Thomas F. Hansen'],
      date: '2024-03-07',
      year: 2024,
      doi: '10.5061/dryad.66t1g1k7m',
    });
    expect(record!.abstract).toMatch(/^Epistasis is often portrayed as unimportant in evolution\. /);
    expect(record!.abstract).not.toMatch(/<\/?p>/);
  });

  it("Mendeley's documents: `first_name`/`last_name` authors and the `identifiers` object (arXiv id, PubMed id)", () => {
    const { records } = parseJson(fixture('mendeley-api-documents-mock-zotero.json'), 'mendeley.json');
    expect(records.map((record) => record.title)).toEqual(['Foo Bar', 'Sample Report', 'Item with PDF', 'Has tags']);
    expect(records[0]).toMatchObject({ authors: ['Tom Najdek', 'Lorem Ipsum'], arxivId: '1111.2222', ids: { pmid: '11111111' }, year: 1987 });
  });

  it('schema.org and DataCite name parts, and one author written as an object, not a list', () => {
    const text = JSON.stringify([
      { title: 'A', author: { type: 'Person', givenName: 'Kristian', familyName: 'Garza' }, date_published: '2016-03-27' },
      { title: 'B', creators: [{ given_name: 'Ada', family_name: 'Lovelace' }], datePublished: '1843' },
    ]);
    expect(parseJson(text, 'schema.json').records.map((record) => [record.authors, record.date])).toEqual([
      [['Kristian Garza'], '2016-03-27'],
      [['Ada Lovelace'], '1843'],
    ]);
  });
});

describe('JSON pages that keep their papers under a name of their own', () => {
  // The shapes of bioRxiv's `details` API (api.biorxiv.org) and Europe PMC's search (resultType=lite), as documented;
  // the values are invented.
  const biorxiv = {
    messages: [{ status: 'ok', interval: '2021-06-01:2021-06-05', cursor: 0, count: 2, count_new_papers: '2', total: '2' }],
    collection: [
      { doi: '10.1101/2021.05.28.446192', title: 'Protein language models fold', authors: 'Smith, J.; Doe, A. B.; Li, X.', date: '2021-06-01', version: '1', type: 'new results', category: 'bioinformatics', abstract: 'We fine-tune ESM-2.', published: 'NA', server: 'biorxiv' },
      { doi: '10.1101/2019.12.30.891234', title: 'A second preprint', authors: 'Kim, Y.', date: '2020-01-02', version: '2', category: 'genomics', abstract: 'Two.', published: '10.1101/2020.03.05.978890', server: 'biorxiv' },
    ],
  };
  const europePmc = {
    version: '6.9',
    hitCount: 1,
    request: { queryString: 'llama', resultType: 'lite' },
    resultList: { result: [{ id: '33761533', source: 'MED', pmid: '33761533', doi: '10.1111/codi.15620', title: 'A cohort study.', authorString: 'Smith J, Doe AB, Li X.', journalTitle: 'Colorectal Dis', pubYear: '2021', firstPublicationDate: '2021-04-21' }] },
  };

  it("reads bioRxiv's `collection`: authors 'Family, Initials;' and the preprint's date, never the journal version's DOI as a date", () => {
    const result = parseJson(JSON.stringify(biorxiv), 'biorxiv.json');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((r) => [r.title, r.authors, r.date, r.year, r.doi])).toEqual([
      ['Protein language models fold', ['J. Smith', 'A. B. Doe', 'X. Li'], '2021-06-01', 2021, '10.1101/2021.05.28.446192'],
      ['A second preprint', ['Y. Kim'], '2020-01-02', 2020, '10.1101/2019.12.30.891234'],
    ]);
  });

  it("reads Europe PMC's `resultList.result`: authorString, journalTitle, the first publication date, the PubMed id", () => {
    const result = parseJson(JSON.stringify(europePmc), 'europepmc.json');
    expect(result.rejections).toEqual([]);
    const [record] = result.records;
    expect([record?.title, record?.authors, record?.venue, record?.date, record?.ids?.pmid, record?.doi]).toEqual([
      'A cohort study.',
      ['J. Smith', 'A. B. Doe', 'X. Li'],
      'Colorectal Dis',
      '2021-04-21',
      '33761533',
      '10.1111/codi.15620',
    ]);
  });

  it('an object whose lists hold no titled object is still one record or a rejection, as before', () => {
    expect(parseJson(JSON.stringify({ meta: { tags: [{ name: 'x' }] }, note: 'n' }), 'x.json').rejections).toEqual([{ file: 'x.json', record: 0, message: 'record has no "title"' }]);
  });
});

describe('a JSON array of strings (invented examples)', () => {
  it('DOIs and arXiv ids alone: a list of works by id, each joining the paper another input gives it, else reported as unnamed', () => {
    const ids = JSON.stringify(['10.1109/ISSCC.2017.7870285', 'arXiv:1706.03762v5', 'https://doi.org/10.48550/arXiv.2106.09685', 'hep-th/9901001']);
    expect(parseJson(ids, 'ids.json').records.map((record) => [record.title, record.doi, record.arxivId, record.sources])).toEqual([
      ['', '10.1109/isscc.2017.7870285', undefined, [{ file: 'ids.json', record: 0 }]],
      ['', undefined, '1706.03762', [{ file: 'ids.json', record: 1 }]],
      ['', '10.48550/arxiv.2106.09685', '2106.09685', [{ file: 'ids.json', record: 2 }]],
      ['', undefined, 'hep-th/9901001', [{ file: 'ids.json', record: 3 }]],
    ]);
    const named = JSON.stringify([{ title: 'Attention Is All You Need', arxivId: '1706.03762' }]);
    const merged = ingest([
      { name: 'papers.json', text: named },
      { name: 'ids.json', text: JSON.stringify(['1706.03762', '10.5555/nowhere']) },
    ]);
    expect(merged.records.map((record) => [record.title, record.arxivId, record.sources.map((source) => source.file)])).toEqual([['Attention Is All You Need', '1706.03762', ['papers.json', 'ids.json']]]);
    expect(merged.rejections).toEqual([{ file: 'ids.json', record: 1, message: expect.stringMatching(/^no title \(.*10\.5555\/nowhere.*\), and no other input names this work with one$/) }]);
  });

  it('any other list of strings is one rejection for the file saying what it is, not one per string', () => {
    expect(parseJson(JSON.stringify(['cs.CL', 'cs.LG']), 'tags.json')).toEqual({
      records: [],
      rejections: [{ file: 'tags.json', record: 0, message: 'a JSON list of 2 strings ("cs.CL", "cs.LG"), not paper records: nothing in it is read' }],
      warnings: [],
    });
    // A date is no arXiv id; a DOI among other strings does not make the list one of works.
    expect(parseJson(JSON.stringify(['2022-05-10', '10.1000/x', 'Attention Is All You Need', 'x']), 'mixed.json').rejections.map((issue) => issue.message)).toEqual([
      'a JSON list of 4 strings ("2022-05-10", "10.1000/x", "Attention Is All You Need", …), not paper records; 1 of them is a DOI or arXiv id, the others not: nothing in it is read',
    ]);
  });
});

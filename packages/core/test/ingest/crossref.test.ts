import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossrefFormat } from '../../src/ingest/crossref.ts';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/crossref/${name}`, import.meta.url), 'utf8');
const parse = (text: string, file: string) => crossrefFormat.parse(text, file);

describe('Crossref REST API works, answers recorded by habanero', () => {
  const names = [
    'works-page-trimmed-habanero.json',
    'works-cursor-page-habanero.json',
    'works-select-page-habanero.json',
    'work-single-plos-habanero.json',
    'work-proceedings-event-habanero.json',
    'work-csl-transform-habanero.json',
    'validation-failure-habanero.json',
    'works-peer-reviews-trimmed-rcrossref.json',
    'works-escaped-subtitle-trimmed-rcrossref.json',
  ];

  it('is detected by content whatever the file is called (before: the generic JSON reader took a page for one record and rejected it)', () => {
    for (const name of names) {
      for (const fileName of [name, 'works.json', 'works.jsonl', 'crossref.csl.json', 'answer']) expect(detectFormat(fileName, fixture(name))?.name, `${name} as ${fileName}`).toBe('crossref');
    }
  });

  it('a search page: every work a record by its index, titles from the arrays, authors in order with ORCIDs, JATS abstracts as text', () => {
    const { records, rejections, warnings } = parse(fixture('works-page-trimmed-habanero.json'), 'page.json');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.title, record.doi, record.date, record.venue, record.sources[0]])).toEqual([
      ['Measurement uncertainty matters: ecological management using POMDPs', '10.1101/055319', '2016-05-30', 'bioRxiv', { file: 'page.json', record: 0 }],
      ['Treebase: anRpackage for discovery, access and manipulation of online phylogenies', '10.1111/j.2041-210x.2012.00247.x', '2012-10-11', 'Methods in Ecology and Evolution', { file: 'page.json', record: 1 }],
      ['After the games are over: life‐history trade‐offs drive dispersal attenuation following range expansion', '10.1002/ece3.2314', '2016-08-18', 'Ecology and Evolution', { file: 'page.json', record: 2 }],
      ['After the games are over: life-history trade-offs drive dispersal attenuation following range expansion', '10.1101/014852', '2015-02-04', 'bioRxiv', { file: 'page.json', record: 3 }],
      ['The role of AI in ecology’s computational carbon footprint', '10.1002/fee.70021', '2025-11-27', 'Frontiers in Ecology and the Environment', { file: 'page.json', record: 4 }],
      ["rfishbase: R Interface to 'FishBase'", '10.32614/cran.package.rfishbase', '2011-10-26', 'CRAN: Contributed Packages', { file: 'page.json', record: 5 }],
    ]);
    expect(records[0]!.authors).toEqual(['Milad Memarzadeh', 'Carl Boettiger']);
    expect(records[0]!.authorIds).toEqual([{ orcid: '0000-0001-7672-6033' }, { orcid: '0000-0002-1642-628X' }]);
    expect(records[4]!.authors).toEqual(['Kari E Norman', 'Carl Boettiger', 'Timothée Poisot', 'Gavin M Jones']);
    // `<jats:title>Abstract</jats:title><jats:p>…</jats:p>`: the heading is not part of the text.
    expect(records[2]!.abstract).toMatch(/^Increased dispersal propensity often evolves on expanding range edges due to the Olympic Village effect/);
    expect(records[2]!.abstract).not.toMatch(/<|jats|^Abstract/);
    expect(records.map((record) => record.references?.length)).toEqual([23, 44, 35, 30, 3, 1]);
    expect(records[0]!.references![0]).toEqual({ doi: '10.1080/10236190412331335373', title: 'Population extinction in discrete-time stochastic population models with an Allee effect' });
  });

  it('a cursor page: a journal issue is rejected as not a paper, by its index; an article without authors kept', () => {
    const { records, rejections } = parse(fixture('works-cursor-page-habanero.json'), 'cursor.json');
    expect(records.map((record) => record.doi)).toEqual(['10.4061/2010/505436', '10.1155/2016/1353212', '10.1111/j.1600-0404.1997.tb00218.x', '10.1111/j.1755-0238.1997.tb00123.x']);
    expect(rejections).toEqual([{ file: 'cursor.json', record: 4, message: 'a Crossref "journal-issue" record (DOI 10.1002/humu.2018.39.issue-6) is a journal issue, not a paper' }]);
    expect(records[2]!.authors).toEqual([]);
    // `issued` of 1997-05 made no finer by the other dates; `published-print` alone of 2016.
    expect(records.map((record) => record.date)).toEqual(['2010-12-05', '2016', '1997-05', '1997-10']);
  });

  it('a member page (rcrossref): peer reviews, a journal and a journal issue rejected as not papers, by their index', () => {
    const { records, rejections } = parse(fixture('works-peer-reviews-trimmed-rcrossref.json'), 'member.json');
    expect(records.map((record) => [record.title, record.authors, record.venue])).toEqual([
      ['Remarks relevant to classical maximum principles', ['Cristian-Paul Danet'], 'Journal of Applied Mathematics'],
      ['Multivalued Pseudo-Picard Operators and Fixed Point Results', ['Gülhan Mınak', 'Özlem Acar', 'Ishak Altun'], 'Journal of Function Spaces and Applications'],
    ]);
    expect(rejections.map((issue) => [issue.record, issue.message.replace(/ \(DOI .*\) is /, ' is ').slice(0, 60)])).toEqual([
      [2, 'a Crossref "peer-review" record is a peer review of another '],
      [3, 'a Crossref "journal-issue" record is a journal issue, not a '],
      [4, 'a Crossref "peer-review" record is a peer review of another '],
      [5, 'a Crossref "journal" record is a journal, not a paper'],
    ]);
  });

  it('markup escaped once more in a title (`&lt;subtitle&gt;…`) read as text: "Title: Subtitle"', () => {
    const { records } = parse(fixture('works-escaped-subtitle-trimmed-rcrossref.json'), 'jama.json');
    expect(records.map((record) => [record.title, record.authors, record.date])).toEqual([
      ['Techniques in Physiotherapy', [], '1949-10-08'],
      ['IDIOPATHIC ACQUIRED HEMOLYTIC ANEMIA IN AN INFANT: Successful Treatment with Corticotropin (ACTH)', ['JOHN F. MEYER'], '1951-12-01'],
    ]);
  });

  it('a single work: its 70 cited works by DOI (with their titles when given); a proceedings paper named by its event', () => {
    const [work] = parse(fixture('work-single-plos-habanero.json'), 'work.json').records;
    expect(work).toMatchObject({
      title: 'Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the Basal Ganglia of Mice',
      authors: ['Shankar Sadasivan', 'Brooks B. Pond', 'Amar K. Pani', 'Chunxu Qu', 'Yun Jiao', 'Richard J. Smeyne'],
      date: '2012-03-21',
      year: 2012,
      venue: 'PLoS ONE',
      doi: '10.1371/journal.pone.0033693',
    });
    expect(work!.references).toHaveLength(70);
    expect(work!.references![0]).toEqual({ doi: '10.1038/sj.npp.1301164', title: 'Stimulants: Therapeutic actions in ADHD.' });
    const [paper] = parse(fixture('work-proceedings-event-habanero.json'), 'proc.json').records;
    expect(paper).toMatchObject({ title: 'Accurate and explicit differentiation of wireless and congestion losses', authors: ['V. Arya', 'T. Turletti'], doi: '10.1109/icdcsw.2003.1203662' });
    expect(paper!.venue).toBe('23rd International Conference on Distributed Computing Systems Workshops, 2003. Proceedings.');
    // References without a DOI are named by their title.
    expect(paper!.references!.slice(0, 2)).toEqual([{ doi: '10.1109/wsc.1996.873340' }, { title: 'Addition of ECN to IP' }]);
  });

  it("Crossref's CSL-JSON transform of a work (titles as strings) reads the same, its JATS abstract as text", () => {
    const [work] = parse(fixture('work-csl-transform-habanero.json'), 'csl.json').records;
    expect(work).toMatchObject({ title: 'The Structure of Ordinary Water', authors: ['Henry S. Frank'], date: '1970-08-14', venue: 'Science', doi: '10.1126/science.169.3946.635' });
    expect(work!.abstract).toMatch(/^The train of thought pursued in this article has led to the conclusion that the structure of cold water/);
    expect(work!.abstract).not.toContain('<');
  });

  it('a page of selected fields (DOI, title, author, published) and an error answer (a warning: it holds no works)', () => {
    expect(parse(fixture('works-select-page-habanero.json'), 'select.json').records.map((record) => [record.title, record.authors, record.date])).toEqual([
      ['Communicating Ecology', [], '2022-07-26'],
      ['Fire Ecology', ['John Parminter'], '2012-05-23'],
      ['Ecosystem Ecology', ['J.C. Moore'], '2018-08-28'],
    ]);
    expect(parse(fixture('validation-failure-habanero.json'), 'failed.json')).toEqual({
      records: [],
      rejections: [],
      warnings: [{ file: 'failed.json', line: 1, message: 'no records: the Crossref API answered an error ("message-type": "validation-failure"): This route does not support field query parameters' }],
    });
  });

  it('the same works as JSON Lines (the public data file) and as its `{"items": […]}` files: one record per line, the same records', () => {
    const page = JSON.parse(fixture('works-cursor-page-habanero.json')) as { message: { items: unknown[] } };
    const lines = page.message.items.map((item) => JSON.stringify(item)).join('\n') + '\n{"DOI": "10.1/broken", \n';
    expect(detectFormat('part-0001.jsonl', lines)?.name).toBe('crossref');
    const result = ingestOne({ name: 'part-0001.jsonl', text: lines });
    expect(result.records.map((record) => [record.doi, record.sources[0]!.line])).toEqual([
      ['10.4061/2010/505436', 1],
      ['10.1155/2016/1353212', 2],
      ['10.1111/j.1600-0404.1997.tb00218.x', 3],
      ['10.1111/j.1755-0238.1997.tb00123.x', 4],
    ]);
    expect(result.rejections.map(({ line, message }) => [line, message.slice(0, 30)])).toEqual([
      [5, 'a Crossref "journal-issue" rec'],
      [6, 'invalid JSON: Expected double-'],
    ]);
    const dataFile = JSON.stringify({ items: page.message.items });
    expect(detectFormat('0.json', dataFile)?.name).toBe('crossref');
    expect(ingestOne({ name: '0.json', text: dataFile }).records.map((record) => record.title)).toEqual(result.records.map((record) => record.title));
  });

  it('API answers collected in an array (one per request) give their works; an error among them is a warning in its place', () => {
    const answers = `[${fixture('work-single-plos-habanero.json')},${fixture('validation-failure-habanero.json')},${fixture('work-proceedings-event-habanero.json')}]`;
    const result = ingestOne({ name: 'answers.json', text: answers });
    expect(result.records.map((record) => [record.doi, record.sources[0]])).toEqual([
      ['10.1371/journal.pone.0033693', { file: 'answers.json', record: 0 }],
      ['10.1109/icdcsw.2003.1203662', { file: 'answers.json', record: 2 }],
    ]);
    expect(result.rejections).toEqual([]);
    expect(result.warnings.map((issue) => [issue.record, issue.message.slice(0, 50)])).toEqual([[1, 'no records: the Crossref API answered an error ("m']]);
  });

  it('the first author by `sequence` first; an organisation given as `name` is not a person; a work without title kept by its DOI', () => {
    const work = {
      DOI: '10.1234/EXAMPLE',
      type: 'journal-article',
      'reference-count': 0,
      title: [],
      author: [
        { given: 'Second', family: 'Author', sequence: 'additional' },
        { given: 'First', family: 'Author', sequence: 'first', ORCID: 'http://orcid.org/0000-0002-1825-0097' },
        { name: 'The ATLAS Collaboration', sequence: 'additional' },
        { given: 'Mononym', sequence: 'additional' },
      ],
      issued: { 'date-parts': [[2019]] },
      'published-online': { 'date-parts': [[2019, 3, 2]] },
      relation: { 'has-preprint': [{ 'id-type': 'doi', id: '10.48550/arXiv.1901.00001', 'asserted-by': 'subject' }] },
    };
    const [record] = parse(JSON.stringify(work), 'one.json').records;
    expect(parse(JSON.stringify({ ...work, 'original-title': ['Título original'] }), 'two.json').records[0]!.title).toBe('Título original');
    expect(record).toMatchObject({ title: '', authors: ['First Author', 'Second Author', 'Mononym'], authorIds: [{ orcid: '0000-0002-1825-0097' }, undefined, undefined], date: '2019-03-02', doi: '10.1234/example', arxivId: '1901.00001' });
  });
});

describe('the volume (`volume`)', () => {
  it("is read from a work's `volume`; a proceedings paper without one has none", () => {
    const volumes = (name: string) => ingestOne({ name, text: fixture(name) }).records.map((record) => record.volume ?? null);
    expect(volumes('work-single-plos-habanero.json')).toEqual(['7']);
    expect(volumes('works-page-trimmed-habanero.json')).toEqual([null, '3', '6', null, '24', null]);
    expect(volumes('work-proceedings-event-habanero.json')).toEqual([null]);
  });
});

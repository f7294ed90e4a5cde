import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arxivFeedFormat, parseArxivFeed } from '../../src/ingest/arxiv-atom.ts';
import { ingestOne } from '../../src/ingest/index.ts';
import { detectFormat } from '../../src/ingest/formats.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/arxiv-atom/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseArxivFeed(fixture(name), name);

describe('arXiv API Atom', () => {
  it('old layout, wrapped: titles and summaries unwrapped, authors in order, every category with the primary first', () => {
    const result = read('api-search-2025-wrapped.xml');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([{ file: 'api-search-2025-wrapped.xml', line: 7, message: expect.stringMatching(/^the feed holds 2 of the query's 5619 results/) }]);
    expect(result.records.map((record) => record.title)).toEqual([
      'RDD: Retrieval-Based Demonstration Decomposer for Planner Alignment in Long-Horizon Tasks',
      'Neural Implicit Flow Fields for Spatio-Temporal Motion Mapping',
    ]);
    const [rdd, flow] = result.records;
    expect(rdd).toMatchObject({
      arxivId: '2510.14968',
      date: '2025-10-16',
      year: 2025,
      authors: ['Mingxuan Yan', 'Yuping Wang', 'Zechun Liu', 'Jiachen Li'],
      categories: ['cs.RO', 'cs.AI', 'cs.CV', 'cs.LG', 'cs.SY', 'eess.SY'],
      sources: [{ file: 'api-search-2025-wrapped.xml', line: 10, record: 0 }],
    });
    expect(rdd!.abstract.startsWith('To tackle long-horizon tasks, recent hierarchical vision-language-action (VLAs) frameworks employ')).toBe(true);
    expect(rdd!.abstract.endsWith('Code and more results are available at rdd-neurips.github.io.')).toBe(true);
    expect(rdd!.abstract).not.toMatch(/\n| {2}/);
    expect(rdd!.doi).toBeUndefined();
    expect(flow!.authors).toEqual(['Yufei Zhu', 'Shih-Min Yang', 'Andrey Rudenko', 'Tomasz P. Kucner', 'Achim J. Lilienthal', 'Martin Magnusson']);
  });

  it('id_list answer with a DOI and journal reference; LaTeX in the summary kept as written', () => {
    const [paper] = read('api-id-list-doi-2020.xml').records;
    expect(paper).toEqual({
      title: 'Inelastic effects in molecular transport junctions: The probe technique at high bias',
      abstract:
        'We extend the Landauer-B\\"uttiker probe formalism for conductances to the high bias regime, and study the effects of environmentally-induced elastic and inelastic scattering on charge current in single molecule junctions, focusing on high-bias effects. The probe technique phenomenologically incorporates incoherent elastic and inelastic effects to the fully coherent case, mimicking a rich physical environment at trivial cost. We further identify environmentally-induced mechanisms which generate an asymmetry in the current, manifested as a weak diode behavior. This rectifying behavior, found in two types of molecular junction models, is absent in the coherent-elastic limit, and is only active in the case with incoherent-inelastic scattering. Our work illustrates that in the low bias - linear response regime, the commonly used "dephasing probe" (mimicking only elastic decoherence effects) operates nearly indistinguishably from a "voltage probe" (admitting inelastic-dissipative effects). However, these probes realize fundamentally distinct $I$-$V$ characteristics at high biases, reflecting the central roles of dissipation and inelastic scattering processes on molecular electronic transport far-from-equilibrium.',
      authors: ['Michael Kilgour', 'Dvira Segal'],
      tags: [],
      sources: [{ file: 'api-id-list-doi-2020.xml', line: 10, record: 0 }],
      arxivId: '1601.00001',
      date: '2015-12-26',
      year: 2015,
      doi: '10.1063/1.4944470',
      venue: 'J. Chem. Phys. 144, 124107 (2016)',
      volume: '144',
      categories: ['cond-mat.mes-hall'],
    });
  });

  it('new layout (namespaces on the root): DOI lower-cased, primary category first, a non-ASCII title, the paging warning', () => {
    const result = read('api-search-2026-trimmed.xml');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([{ file: 'api-search-2026-trimmed.xml', line: 8, message: expect.stringContaining('4 of the query\'s 214881 results') }]);
    expect(result.records.map((record) => [record.title, record.arxivId, record.date, record.doi, record.categories])).toEqual([
      ['Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques', '2202.12139', '2022-02-24', '10.1109/icstw55395.2022.00035', ['cs.SE', 'cs.LG']],
      ['Mutation Testing of Deep Reinforcement Learning Based on Real Faults', '2301.05651', '2023-01-13', undefined, ['cs.LG', 'cs.SE']],
      ['$ω$Test: WebView-Oriented Testing for Android Applications', '2306.03845', '2023-06-06', '10.1145/3597926.3598112', ['cs.SE']],
      // `published` (v1, 14 July) is the paper's date, not `updated` (v2, 15 July).
      ['REST: Stress Testing Large Reasoning Models by Asking Multiple Problems at Once', '2507.10541', '2025-07-14', undefined, ['cs.CL']],
    ]);
    expect(result.records[3]!.authors).toEqual(['Zhuoshi Pan', 'Qizhi Pei', 'Yu Li', 'Qiyao Sun', 'Zinan Tang', 'H. Vicky Zhao', 'Conghui He', 'Lijun Wu']);
    expect(result.records[0]!.venue).toBe('Artificial Intelligence in Software Testing @ 2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)');
  });

  it('old-style id, affiliations inside <author>, XML entities decoded', () => {
    const [paper] = read('api-old-style-id-2026.xml').records;
    expect(paper).toMatchObject({ arxivId: 'astro-ph/0601001', date: '2006-01-02', year: 2006, venue: 'ActaAstron.56:1-50,2006', categories: ['astro-ph'] });
    expect(paper!.authors).toEqual(['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski']);
    expect(paper!.abstract).toContain('following Gould & Morgan (2003)');
    expect(paper!.abstract).toContain('limit of V_max<17.5.');
    expect(paper!.abstract.startsWith('We derive the frequencies')).toBe(true);
  });
});

describe('arXiv listing feeds (built from arXiv\'s documented feed shape; no real feed is among the fixtures)', () => {
  for (const name of ['listing-atom-from-spec.xml', 'listing-rss-from-spec.xml']) {
    it(`${name}: oai ids, dc:creator split, the Announce Type prefix dropped, the date of a first announcement only`, () => {
      const result = read(name);
      expect(result.rejections).toEqual([]);
      expect(result.warnings).toEqual([]);
      const [replaced, announced] = result.records;
      expect(replaced).toMatchObject({
        title: 'Mass concentration in rescaled first order integral functionals',
        authors: ['Antonin Monteil', 'Paul Pegon'],
        arxivId: '2203.01250',
        // A replacement's announcement day is not the paper's: the id's month stands in.
        date: '2022-03',
        year: 2022,
        doi: '10.5802/jep.257',
        venue: "Journal de l'\\'Ecole polytechnique - Math\\'ematiques, Tome 11 (2024), pp. 431-472",
        categories: ['math.AP', 'math.OC'],
      });
      expect(replaced!.abstract.startsWith('We consider first order local minimization problems of the form $\\min')).toBe(true);
      expect(announced!.authors.length).toBeGreaterThan(3);
      expect(announced!.abstract).not.toMatch(/Announce Type|^arXiv:/);
    });
  }

  it('a new or cross-listed announcement is dated by the feed', () => {
    expect(read('listing-atom-from-spec.xml').records[1]).toMatchObject({ arxivId: '2510.14968', date: '2025-10-17', categories: ['cs.RO', 'cs.AI'] });
    expect(read('listing-rss-from-spec.xml').records[1]).toMatchObject({
      arxivId: '2507.10541',
      date: '2025-07-15',
      authors: ['Zhuoshi Pan', 'Qizhi Pei', 'Yu Li', 'Qiyao Sun', 'Zinan Tang', 'H. Vicky Zhao', 'Conghui He', 'Lijun Wu'],
    });
  });

  it("affiliations in dc:creator (arXiv's feed server writes `Name (Aff1, Aff2)`) split off no names", () => {
    // arXiv/arxiv-feed `serializers/extensions.py` appends each author's affiliations in parentheses, comma-joined.
    const text = fixture('listing-rss-from-spec.xml').replace('<dc:creator>Antonin Monteil, Paul Pegon</dc:creator>', '<dc:creator>Antonin Monteil (Universit\u00e9 de Lyon, CNRS), Paul Pegon (Universit\u00e9 Paris-Dauphine)</dc:creator>');
    expect(parseArxivFeed(text, 'feed.rss').records[0]!.authors).toEqual(['Antonin Monteil', 'Paul Pegon']);
  });
});

describe("arXiv's RSS 1.0 feed (export.arxiv.org/rss/<cat> before 2024; real feeds saved in PhysBiblio's tests)", () => {
  it('the title\'s "(arXiv:… [cat] UPDATED)" suffix is taken off and gives the primary category; HTML abstracts and author links read as text', () => {
    const result = read('rss1-export-hep-ex-2018-physbiblio.xml');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records.map((record) => [record.title, record.arxivId, record.date, record.categories, record.authors])).toEqual([
      ['Measurement of Transverse Single Spin Asymmetries', '1805.08875', '2018-05', ['hep-ex'], ['Christopher Dilks']],
      ['Recent Top quark results from the Tevatron', '1805.09166', '2018-05', ['hep-ex'], ['Boris Tuchming']],
      // An UPDATED item is a replacement; its primary category is another archive's (nucl-th), cross-listed here.
      ['New Perspective on Hybrid Mesons', '1805.06430', '2018-05', ['nucl-th'], ['Shu-Sheng Xu', 'Zhu-Fang Cui', 'Lei Chang', 'Joannis Papavassiliou', 'Craig D. Roberts', 'Hong-Shi Zong']],
    ]);
    const [star] = result.records;
    // `<p>` gone, and the `&amp;lt;` escaped twice (XML, then HTML) read as `<`.
    expect(star!.abstract.startsWith('In 2015 the first collisions between polarized protons and nuclei occurred at the Relativistic Heavy Ion Collider (RHIC)')).toBe(true);
    expect(star!.abstract).toContain('a forward psuedorapidity range of $2.6<\\eta<4$. Within this kinematic range');
    expect(star!.abstract.endsWith('compare these dependences to those in $p+A$ production.')).toBe(true);
    expect(star!.abstract).not.toMatch(/<\/?p>|&lt;|&amp;/);
  });

  it('a collaboration before its members is a group author; "et al. (909 additional authors not shown)" is a warning, never a name', () => {
    const result = read('rss1-export-hep-ex-2021-physbiblio.xml');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.title, record.arxivId, record.categories, record.authors])).toEqual([
      ['Observation of excited $\\Omega_c^0$ baryons in $\\Omega_b^- \\to \\Xi_c^+ K^-\\pi^-$ decays', '2107.03419', ['hep-ex'], ['LHCb collaboration', 'R. Aaij']],
      ['Potential applications of modular representation theory to quantum mechanics', '2106.00550', ['math.GR'], ['Robert A. Wilson']],
      ['Fireball tomography from bottomonia elliptic flow in relativistic heavy-ion collisions', '2007.03939', ['hep-ph'], ['Partha Pratim Bhaduri', 'Mubarak Alqahtani', 'Nicolas Borghini', 'Amaresh Jaiswal', 'Michael Strickland']],
    ]);
    expect(result.warnings).toEqual([
      { file: 'rss1-export-hep-ex-2021-physbiblio.xml', line: 31, record: 0, message: 'authors cut by the feed after the first 2 (909 more not shown): arXiv\'s abstract page (arxiv.org/abs/2107.03419) lists them all' },
    ]);
  });

  it('an API summary is plain text: `x<y>z` there is mathematics, not markup', () => {
    const text = fixture('api-id-list-doi-2020.xml').replace('We extend the', 'For x&lt;y&gt;z we extend the');
    expect(parseArxivFeed(text, 'api.xml').records[0]!.abstract.startsWith('For x<y>z we extend the')).toBe(true);
  });
});

describe('API answers without papers (real 2026 answers)', () => {
  it('an id the API does not know: an empty feed (totalResults 0) is a warning, no paper', () => {
    expect(read('api-empty-result-2026.xml')).toEqual({
      records: [],
      rejections: [],
      warnings: [{ file: 'api-empty-result-2026.xml', line: 2, message: 'no records: the feed has no <entry>' }],
    });
  });

  it('a malformed id: the error entry (title "Error", author "arXiv api core") is rejected with its message, never a paper', () => {
    expect(read('api-error-entry-2026.xml')).toEqual({
      records: [],
      rejections: [{ file: 'api-error-entry-2026.xml', line: 9, record: 0, message: 'arXiv API error: incorrect id format for abc' }],
      warnings: [],
    });
  });
});

describe('malformed feeds: the entry is rejected by its line, the others kept', () => {
  const feed = (...entries: string[]) => `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entries.join('\n')}\n</feed>\n`;
  const entry = (id: string, title: string) => `<entry><id>http://arxiv.org/abs/${id}v1</id><published>2025-01-02T00:00:00Z</published><title>${title}</title><author><name>Ann Lee</name></author></entry>`;

  it('a tag not closed, an empty entry, an API error entry, an entry cut off at the end', () => {
    const text = feed(
      entry('2501.00001', 'Good One'),
      '<entry><id>http://arxiv.org/abs/2501.00002v1</id><title>Broken</titel></entry>',
      '<entry/>',
      '<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title><summary>incorrect id format for 1234</summary></entry>',
      entry('2501.00003', 'Good Two'),
      '<entry><id>http://arxiv.org/abs/2501.00004v1</id><title>Cut',
    ).replace(/\n<\/feed>\n$/, '');
    const result = parseArxivFeed(text, 'bad.xml');
    expect(result.records.map((record) => [record.title, record.arxivId, record.sources[0]!.line])).toEqual([
      ['Good One', '2501.00001', 3],
      ['Good Two', '2501.00003', 7],
    ]);
    expect(result.rejections).toEqual([
      { file: 'bad.xml', line: 4, record: 1, message: expect.stringMatching(/^invalid XML: Expected closing tag 'title'/) },
      { file: 'bad.xml', line: 5, record: 2, message: 'entry has no title' },
      { file: 'bad.xml', line: 6, record: 3, message: 'arXiv API error: incorrect id format for 1234' },
      { file: 'bad.xml', line: 8, record: 5, message: '<entry> is not closed before the end of the file (cut short?)' },
    ]);
  });

  it('a DOCTYPE (entity expansion) is refused whole; other XML roots are not feeds', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<feed><entry><title>&lol2;</title></entry></feed>';
    expect(parseArxivFeed(laughs, 'laughs.xml')).toEqual({ records: [], rejections: [{ file: 'laughs.xml', line: 2, message: expect.stringMatching(/DOCTYPE is not read/) }], warnings: [] });
    expect(parseArxivFeed('<?xml version="1.0"?>\n<graphml><graph/></graphml>', 'g.xml').rejections).toEqual([{ file: 'g.xml', line: 2, message: 'a graph (GraphML) (XML with the root element <graphml>) is not an input format (the XML read: arXiv Atom/RSS feeds, OAI-PMH answers, PubMed XML, Crossref XML, EndNote XML and Zotero RDF)' }]);
  });

  it('nesting deeper than an entry needs, and an entry larger than any real one, are rejected unparsed', () => {
    const deep = feed(`<entry><title>${'<b>'.repeat(40)}x${'</b>'.repeat(40)}</title></entry>`, entry('2501.00005', 'Kept'));
    const deepResult = parseArxivFeed(deep, 'deep.xml');
    expect(deepResult.rejections).toEqual([{ file: 'deep.xml', line: 3, record: 0, message: expect.stringMatching(/^invalid XML: .*nested/i) }]);
    expect(deepResult.records.map((record) => record.title)).toEqual(['Kept']);
    const huge = feed(entry('2501.00006', `Huge ${'x'.repeat(1 << 20)}`), entry('2501.00007', 'Small'));
    const hugeResult = parseArxivFeed(huge, 'huge.xml');
    expect(hugeResult.rejections).toEqual([{ file: 'huge.xml', line: 3, record: 0, message: expect.stringMatching(/more than an arXiv entry holds/) }]);
    expect(hugeResult.records.map((record) => record.title)).toEqual(['Small']);
  });

  it('an empty feed is a warning, not an error', () => {
    expect(parseArxivFeed(feed(), 'empty.xml')).toEqual({ records: [], rejections: [], warnings: [{ file: 'empty.xml', line: 2, message: 'no records: the feed has no <entry>' }] });
  });
});

describe('sniffing', () => {
  it('an Atom or RSS root that names arXiv is sure; any other Atom feed likely; other XML and JSON not at all', () => {
    for (const name of ['api-search-2025-wrapped.xml', 'api-search-2026-trimmed.xml', 'listing-atom-from-spec.xml', 'listing-rss-from-spec.xml']) expect(arxivFeedFormat.sniff(fixture(name))).toBe(1);
    expect(arxivFeedFormat.sniff('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Blog</title></entry></feed>')).toBe(0.6);
    expect(arxivFeedFormat.sniff('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>')).toBe(0);
    expect(arxivFeedFormat.sniff('<gexf version="1.3"/>')).toBe(0);
    expect(arxivFeedFormat.sniff('[{"title": "<feed>"}]')).toBe(0);
  });
});

describe('XML of formats that are not read (real files), named as what it is', () => {
  const folder = new URL('../fixtures/formats/not-read/', import.meta.url);
  const read = (name: string) => readFileSync(new URL(name, folder), 'utf8');
  const XML_READ = '(the XML read: arXiv Atom/RSS feeds, OAI-PMH answers, PubMed XML, Crossref XML, EndNote XML and Zotero RDF)';

  it('MODS and a GROBID TEI reference under .xml: one rejection naming the file and the format, no records', () => {
    expect(ingestOne({ name: 'mods.xml', text: read('mods-zotero.xml') })).toEqual({
      records: [],
      rejections: [{ file: 'mods.xml', line: 2, message: `MODS (XML with the root element <modsCollection>) is not an input format ${XML_READ}` }],
      warnings: [],
    });
    expect(ingestOne({ name: 'ref.xml', text: read('grobid-biblstruct-biblio-glutton.xml') }).rejections).toEqual([
      { file: 'ref.xml', line: 1, message: `a TEI reference (as GROBID writes it) (XML with the root element <biblStruct>) is not an input format ${XML_READ}` },
    ]);
  });

  it('a listing that merely opens with a tag (a README\'s `<p align="center">`) is still a listing, not unread XML', () => {
    expect(detectFormat('notes.txt', '<p align="center">Papers</p>\n\nAttention Is All You Need\n\nVaswani, Ashish, Shazeer, Noam\n\nNeurIPS 2017\n')?.name).toBe('listing');
  });

  it('a JATS article with its DOCTYPE, under .xml or .nxml, is named as JATS, not as a feed with a DOCTYPE', () => {
    const jats = '<?xml version="1.0" encoding="utf-8" ?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.0 20120330//EN" "JATS-archivearticle1.dtd">\n<article xmlns:xlink="http://www.w3.org/1999/xlink"><front/></article>\n';
    for (const name of ['paper.xml', 'paper.nxml']) {
      expect(ingestOne({ name, text: jats }).rejections[0]!.message).toBe(`a JATS article (PubMed Central, publishers) (XML with the root element <article>) is not an input format ${XML_READ}`);
    }
  });
});

describe("journals' own RSS feeds (Dublin Core and PRISM elements)", () => {
  it("MDPI: the article's dc:title (not the issue-prefixed title), its DOI, journal and date", () => {
    const { records, rejections } = parseArxivFeed(fixture('journal-rss1-mdpi-fluids-zotero.rss'), 'fluids.rss');
    expect(rejections).toEqual([]);
    expect(records).toEqual([
      {
        title: 'Environmental Hydraulics, Turbulence, and Sediment Transport, Second Edition',
        abstract: 'Within river systems, the process of bed-forming is intricate, dynamic and is shaped by different factors [...]',
        authors: ['Jaan H. Pu', 'Manish Pandey', 'Prashanth Reddy Hanmaiahgari'],
        year: 2024,
        date: '2024-05-22',
        doi: '10.3390/fluids9060120',
        venue: 'Fluids',
        volume: '9',
        tags: [],
        sources: [{ file: 'fluids.rss', line: 30, record: 0 }],
      },
    ]);
  });

  it("Science: the DOI of an info:doi identifier, the issue's date, the journal named once by the channel", () => {
    const { records } = parseArxivFeed(fixture('journal-rss1-science-cdata-zotero.rss'), 'science.rss');
    expect(records.map((record) => [record.title, record.authors, record.doi, record.date, record.venue])).toEqual([
      ['"The Descent of Man," 150 years on', ['A. Fuentes'], '10.1126/science.abj4606', '2021-05-21', 'Science'],
      ['News at a glance', [], '10.1126/science.372.6544.770', '2021-05-21', 'Science'],
    ]);
  });

  it("the volume: a journal's own `prism:volume` (Science 372, Fluids 9); arXiv's only as its journal reference names it (`…, Tome 11 (2024), pp. 431-472`)", () => {
    const volumes = (name: string) => parseArxivFeed(fixture(name), name).records.map((record) => record.volume ?? null);
    expect(volumes('journal-rss1-science-cdata-zotero.rss')).toEqual(['372', '372']);
    expect(volumes('journal-rss1-mdpi-fluids-zotero.rss')).toEqual(['9']);
    expect(volumes('listing-atom-from-spec.xml')).toEqual(['11', null]);
    expect(volumes('listing-rss-from-spec.xml')).toEqual(['11', null]);
    // `Artificial Intelligence in Software Testing @ 2022 IEEE International Conference …` names none.
    expect(volumes('api-search-2026-trimmed.xml')).toEqual([null, null, null, null]);
  });
});

describe("arXiv's feed of an author's papers (arxiv.org/a/<id>.atom2)", () => {
  it('all authors in one <name>, comma-separated, are several people (entry as feedparser read it: FMuro/bibliographer arxiv.json)', () => {
    const feed =
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"><entry><id>http://arxiv.org/abs/2208.14413v3</id>' +
      '<published>2022-08-30T15:38:42-04:00</published><title>The Derived Auslander-Iyama Correspondence</title><summary>We work over a perfect field.</summary>' +
      '<author><name>Gustavo Jasso, Bernhard Keller, Fernando Muro</name></author></entry></feed>';
    expect(parseArxivFeed(feed, 'a.atom2').records[0]).toMatchObject({ arxivId: '2208.14413', authors: ['Gustavo Jasso', 'Bernhard Keller', 'Fernando Muro'] });
  });
});

describe('feeds of news sites and blogs are refused, not read as papers', () => {
  it('BBC News (RSS 2.0, 2017) and InfoQ (RSS 2.0 with dc:creator, 2022): one rejection naming the file, no records', () => {
    for (const [name, items] of [['news-rss2-bbc-world-2017.xml', 3], ['news-rss2-infoq-2022-trimmed.xml', 3]] as const) {
      const result = ingestOne({ name, text: fixture(name) });
      expect(result.records).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.rejections).toEqual([
        { file: name, line: expect.any(Number), message: expect.stringMatching(new RegExp(`^not a feed of papers: none of its ${items} <item>s has an arXiv id, a DOI or a journal`)) },
      ]);
    }
  });

  it("a journal's item without a DOI is still read when another item of its feed has one", () => {
    // Without the channel's journal and the first item's DOI, only the second item is identifiable as a paper.
    const text = fixture('journal-rss1-science-cdata-zotero.rss').replace(/<prism:publicationName>[^<]*<\/prism:publicationName>/, '').replace(/<dc:identifier>info:doi[^<]*<\/dc:identifier>/, '');
    const { records, rejections } = parseArxivFeed(text, 'science.rss');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.doi)).toEqual([undefined, '10.1126/science.372.6544.770']);
  });
});

describe('text that merely opens with a tag is not taken for XML of another format', () => {
  it('a README opening with HTML and linking no paper stays an unrecognised input', () => {
    const readme = '<p align="center"><img src="logo.png"></p>\n\n# My notes\n\nNothing here links a paper.\n';
    expect(ingestOne({ name: 'notes', text: readme }).rejections[0]!.message).toMatch(/^unrecognised format \(expected /);
  });
});

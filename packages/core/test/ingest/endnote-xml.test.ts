import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { endnoteXmlFormat, parseEndnoteXml } from '../../src/ingest/endnote-xml.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/endnote-xml/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseEndnoteXml(fixture(name), name);

const S = (text: string) => `<style face="normal" font="default" size="100%">${text}</style>`;
const xml = (...records: string[]) => `<?xml version="1.0" encoding="UTF-8" ?><xml><records>\n${records.join('\n')}\n</records></xml>\n`;

describe('EndNote XML', () => {
  it('plain values (Zotero translator test): every record type, editors are not authors, no date where none is given', () => {
    const result = read('zotero-translators-mixed-types.xml');
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records.map((record) => [record.title, record.authors, record.date ?? null, record.venue ?? null])).toEqual([
      ['Country Clustering in Comparative Political Economy', ['John S Ahlquist', 'Christian Breunig'], '2009', null],
      ['Planting green roofs and living walls', ['Nigel Dunnett', 'Noël Kingsbury'], '2008', null],
      ['Rooftop greenhouse will boost city farming', ['Lisa W Foderaro'], '2012', 'New York Times'],
      // Only series editors (tertiary-authors): no authors.
      ['Beyond varieties of capitalism : Conflict, contradiction, and complementarities in the European economy', [], '2007', null],
      ['Steve Jobs', ['Walter Isaacson'], '2011', null],
      // A book section: its editors (secondary-authors) are left out, the book is the venue.
      ['Firms and the welfare state: When, why, and how does social policy matter to employers?', ['Isabela Mares'], '2001', 'Varieties of capitalism. The institutional foundations of comparative advantage'],
      ['Shaping the body politic: Art and political formation in early america', ['Maurie Dee McInnis', 'Louis P Nelson'], '2011', null],
      ['Yo-yo having a modifiable string gap', ['Hans Van Dan Elzen'], '2011', null],
      ['CSL search by example', [], null, 'Citation Style Editor'],
    ]);
    expect(result.records[1]!.abstract).toMatch(/^The latest techniques for planting roofs and walls .* on their roofs and walls\.$/);
    expect(result.records[0]!.sources).toEqual([{ file: 'zotero-translators-mixed-types.xml', line: 4, record: 0 }]);
    expect(result.records[8]!.sources).toEqual([{ file: 'zotero-translators-mixed-types.xml', line: 192, record: 8 }]);
  });

  it('EndNote X6: a title in many <style> pieces is joined in order, with the spaces each piece carries', () => {
    expect(read('endnote-x6-style-pieces.xml').records).toEqual([
      {
        title: 'Plain Bold Italics Underline Superscript Subscript SymbolFont CourierNew SmallerSize Size12 TimesNewRoman-Bold-Italics-Underline-Superscript',
        abstract: '',
        authors: [],
        tags: [],
        sources: [{ file: 'endnote-x6-style-pieces.xml', line: 1, record: 0 }],
      },
    ]);
  });

  it('EndNote 20: styled values, a suffix after the given name ("Author, Test Jr.")', () => {
    expect(read('endnote-20-two-books.xml').records.map((record) => [record.title, record.authors, record.date])).toEqual([
      ['A test item (with a citekey)', ['Test Author'], '2021'],
      ['A test item (without a citekey)', ['Test Author Jr.'], '2021'],
    ]);
    // Both records are on line 1, as EndNote writes a whole file: the record's index names it, not the line.
    expect(read('endnote-20-two-books.xml').records.map((record) => record.sources)).toEqual([
      [{ file: 'endnote-20-two-books.xml', record: 0 }],
      [{ file: 'endnote-20-two-books.xml', record: 1 }],
    ]);
  });

  it('a one-line file: a record without a title is rejected by its index and its EndNote record number', () => {
    const text = '<?xml version="1.0" encoding="UTF-8" ?><xml><records><record><rec-number>7</rec-number><titles><title>Kept</title></titles></record><record><rec-number>8</rec-number><titles><title></title></titles></record></records></xml>';
    expect(parseEndnoteXml(text, 'one-line.xml').rejections).toEqual([{ file: 'one-line.xml', record: 1, message: 'record has no title (titles/title) (EndNote record number 8)' }]);
  });

  it('EndNote 21, PubMed-fed: numeric pub-dates, DOI URLs, no authors, HTML markup left out of abstracts', () => {
    const result = read('endnote-21-pubmed-trimmed.xml');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.title.slice(0, 40), record.authors.length, record.date, record.doi ?? null, record.venue])).toEqual([
      ["AAN's First 21st-Century Position Statem", 0, '2021', '10.1212/wnl.0000000000012606', 'Neurology'],
      ['Ethical Controversy Erupts Over Alzheime', 0, '2021', null, 'Medical Ethics Advisor'],
      ['An Ethical Argument for Ending Human Tri', 3, '2024-04', '10.1080/21507740.2022.2129858', 'Ajob Neuroscience'],
      ['Informing consent to antibodies in Alzhe', 1, '2023-10-11', '10.1136/bmj.p2350', 'BMJ'],
      ['Ethnic disparities in the uptake of anti', 4, '2023-07', '10.1017/s1041610220000794', 'International Psychogeriatrics'],
      ['Disparities by Race and Ethnicity Among ', 11, '2021-07-01', '10.1001/jamanetworkopen.2021.14364', 'JAMA Network Open'],
      ['Anti-amyloid trials raise scientific and', 1, '2021-03-26', '10.1136/bmj.n805', 'BMJ'],
    ]);
    expect(result.records[4]!.abstract).toMatch(/^OBJECTIVES: People with dementia can face barriers/);
    expect(result.records[4]!.abstract).not.toContain('<b>');
    expect(result.records[5]!.authors.slice(0, 3)).toEqual(['R. Raman', 'Y. T. Quiroz', 'O. Langford']);
  });

  it('EndNote X9: five records on one line, month-only pub-dates, the journal as venue', () => {
    const result = read('endnote-x9-five-records.xml');
    expect(result.records.map((record) => [record.authors[0], record.date, record.venue])).toEqual([
      ['M. Blichert-Toft', '1990-02', 'Acta Chirurgica Scandinavica'],
      ['S. Farahmand', '1991-12', 'Archives of Pathology & Laboratory Medicine'],
      ['U. Klensang', '1993-03', 'Pathologe'],
      ['M. Nielsen', '1989', 'APMIS. Supplementum'],
      ['K. L. Resch', '2008', 'Journal fur Pharmakologie und Therapie'],
    ]);
    expect(result.records.every((record) => record.doi === undefined)).toBe(true);
  });

  it('Bookends: indented values folded, pub-dates "Mar 3" read with the year, the DOI', () => {
    expect(read('bookends-article.xml').records).toEqual([
      {
        title: 'Trends in the lifetime risk of developing cancer in Great Britain: comparison of risk for those born from 1930 to 1960',
        abstract: 'test abstract',
        // `Ahmad, AS`, `Ormiston-Smith, N`: the short forms' initials spelt as other sources spell them.
        authors: ['A. S. Ahmad', 'N. Ormiston-Smith', 'P. D. Sasieni'],
        tags: [],
        sources: [{ file: 'bookends-article.xml', line: 4, record: 0 }],
        date: '2015-03-03',
        year: 2015,
        doi: '10.1038/bjc.2014.606',
        venue: 'Br J Cancer',
        volume: '112',
      },
    ]);
  });

  it('the volume (`<volume>`, in <style> pieces or plain and indented); none where the record gives none', () => {
    const volumes = (name: string) => read(name).records.map((record) => record.volume ?? null);
    expect(volumes('endnote-x9-five-records.xml')).toEqual(['156', '115', '14', '10', '17']);
    expect(volumes('bookends-12-empty-keyword-style-jabref.xml')).toEqual(['30']);
    expect(volumes('endnote-x8-pdf-name-titles-thesis-trimmed.xml')).toEqual([null, null, '42']);
    expect(volumes('endnote-20-two-books.xml')).toEqual([null, null]);
  });

  it('EndNote X5 (Web of Science import): pub-dates "Jan", the journal as venue, no DOI', () => {
    const result = read('endnote-x5-two-records.xml');
    expect(result.records.map((record) => [record.title, record.authors, record.date, record.venue, record.doi])).toEqual([
      ['An ecological basis for reforestation of submariginal lands in the Central Hardwood Region', ['A. G. Chapman'], '1937-01', 'Ecology', undefined],
      ['A survey of soil temperatures in the Chicago area', ['H. F. Strohecker'], '1937-01', 'Ecology', undefined],
    ]);
    expect(result.records[1]!.sources).toEqual([{ file: 'endnote-x5-two-records.xml', line: 93, record: 1 }]);
  });

  it('Bookends 12 (PubMed-fed): the full stop closing the title is taken off; empty keyword and style elements are no problem', () => {
    const { records, rejections, warnings } = read('bookends-12-empty-keyword-style-jabref.xml');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.title, record.date, record.venue, record.doi])).toEqual([
      ['Painless Laser Acupuncture for Smoking Cessation', '2018-06-01', 'Med Acupunct', '10.1089/acu.2018.1295'],
    ]);
    // `Lim, RCH`: initials run together, as PubMed and Web of Science write them (was `RCH Lim`).
    expect(records[0]!.authors).toEqual(['R. C. H. Lim']);
    const authors = (...names: string[]) =>
      parseEndnoteXml(xml(`<record><contributors><authors>${names.map((name) => `<author>${S(name)}</author>`).join('')}</authors></contributors><titles><title>${S('T')}</title></titles></record>`), 'x.xml').records[0]!.authors;
    // A name all in capitals: a given name that reads as one stays one; initials without a vowel are initials.
    expect(authors('SMITH, JOHN', 'LIM, RCH', 'Smith, John', 'Author, Test Jr.', 'World Health Organization,')).toEqual(['JOHN SMITH', 'R. C. H. LIM', 'John Smith', 'Test Author Jr.', 'World Health Organization']);
    const abbreviated = parseEndnoteXml(xml(`<record><titles><title>${S('Care in the U.S.')}</title></titles></record>`), 'x.xml');
    expect(abbreviated.records[0]!.title).toBe('Care in the U.S.');
  });

  it("JabRef's export: plain values, dates/month, a book with only editors", () => {
    const result = read('jabref-export-two-entries.xml');
    expect(result.records[0]).toMatchObject({
      title: 'Episode-Rule Mining with Minimal Occurrences via First Local Maximization in Confidence',
      authors: ['H. K. Dai'],
      date: '2018-12',
      doi: '10.1145/3287921.3287982',
      venue: 'Proceedings of the 9th International Symposium on Information and Communication Technology',
    });
    expect(result.records[0]!.abstract).toMatch(/^An episode rule of associating two episodes .* rarely in synthetic random data sets\.$/);
    expect(result.records[1]).toMatchObject({ title: 'Wave Energy Conversion', authors: [], date: '2013' });
  });

  it('a Web of Science DOI ("DOI 10.…"), an arXiv preprint named in secondary-title, a corporate author', () => {
    const result = parseEndnoteXml(
      xml(
        `<record><ref-type name="Journal Article">17</ref-type><contributors><authors><author>${S('Pascualahuir, J. L.')}</author></authors></contributors><titles><title>${S('Electrostatic Interaction of a Solute with a Continuum')}</title><secondary-title>${S('Journal of Computational Chemistry')}</secondary-title></titles><dates><year>${S('1987')}</year><pub-dates><date>${S('Sep')}</date></pub-dates></dates><electronic-resource-num>${S('DOI 10.1002/jcc.540080605')}</electronic-resource-num></record>`,
        `<record><ref-type name="Electronic Article">43</ref-type><contributors><authors><author>${S('Hu, Edward J.')}</author><author>${S('OpenAI,')}</author></authors></contributors><titles><title>${S('LoRA: Low-Rank Adaptation of Large Language Models')}</title><secondary-title>${S('arXiv preprint arXiv:2106.09685')}</secondary-title></titles><dates><year>${S('2021')}</year></dates></record>`,
      ),
      'x.xml',
    );
    expect(result.records[0]).toMatchObject({ doi: '10.1002/jcc.540080605', date: '1987-09', authors: ['J. L. Pascualahuir'] });
    expect(result.records[1]).toMatchObject({ arxivId: '2106.09685', date: '2021', authors: ['Edward J. Hu', 'OpenAI'] });
    expect(result.records[1]!.venue).toBeUndefined();
  });

  it('rejects by line: a record without a title, a malformed record, a record cut short; the others are kept', () => {
    const text = xml(
      `<record><ref-type name="Book">6</ref-type><titles><title>Kept</title></titles></record>`,
      `<record><ref-type name="Journal Article">17</ref-type><dates><year>2020</year></dates></record>`,
      `<record><titles><title>Broken <b></title></titles></record>`,
      `<record><titles><title>Cut short</title></titles>`,
    );
    const result = parseEndnoteXml(text, 'bad.xml');
    expect(result.records.map((record) => record.title)).toEqual(['Kept']);
    expect(result.rejections).toEqual([
      { file: 'bad.xml', line: 3, record: 1, message: 'Journal Article record has no title (titles/title)' },
      { file: 'bad.xml', line: 4, record: 2, message: expect.stringMatching(/^invalid XML: /) },
      { file: 'bad.xml', line: 5, record: 3, message: '<record> is not closed before </records>' },
    ]);
  });

  it('a DOCTYPE, another root, a file without records', () => {
    expect(parseEndnoteXml('<!DOCTYPE xml [<!ENTITY a "b">]><xml/>', 'x.xml').rejections[0]!.message).toMatch(/DOCTYPE is not read/);
    expect(parseEndnoteXml('<feed/>', 'x.xml').rejections).toEqual([{ file: 'x.xml', line: 1, message: 'not EndNote XML (the root element is <feed>, not <xml>)' }]);
    expect(parseEndnoteXml('<xml><records></records></xml>', 'x.xml').warnings).toEqual([{ file: 'x.xml', line: 1, message: 'no records: the file has no <records><record>' }]);
  });

  it('is recognised by content whatever the name; an Atom feed is not EndNote XML', () => {
    for (const name of ['bookends-article.xml', 'endnote-20-two-books.xml', 'zotero-translators-mixed-types.xml']) {
      expect(detectFormat('export.xml', fixture(name))?.name).toBe('endnote-xml');
      expect(detectFormat('export.txt', fixture(name))?.name).toBe('endnote-xml');
    }
    expect(endnoteXmlFormat.sniff('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>')).toBe(0);
  });
});

describe('EndNote XML of PubMed records (RefLib\'s blue-light library, EndNote 20.2)', () => {
  it('a translated title in brackets, as MEDLINE writes it, is read without them, as the MEDLINE and PubMed readers read it', () => {
    const result = read('blue-light-translated-titles-reflib-trimmed.xml');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => record.title)).toEqual([
      'Formulation of Herbal Gel of Antirrhinum majus Extract and Evaluation of its Anti-Propionibacterium acne Effects',
      'A prospective, randomized, open and comparative study to evaluate the safety and efficacy of blue light treatment versus a topical benzoyl peroxide 5% formulation in patients with acne grade II and III',
      'Therapy of acne with visible light. Decreased irradiation time by using a blue-light high-energy lamp',
    ]);
  });

  it('brackets that do not hold the whole title stay', () => {
    const record = (title: string) => `<record><ref-type name="Journal Article">17</ref-type><titles><title>${S(title)}</title></titles></record>`;
    expect(parseEndnoteXml(xml(record('[18F]FDG imaging in mice'), record('Results [preliminary]')), 'x.xml').records.map((paper) => paper.title)).toEqual(['[18F]FDG imaging in mice', 'Results [preliminary]']);
  });
});

describe('EndNote X8 (17.4) library of a thesis: PDFs imported without metadata', () => {
  it("a title that is the PDF's file name in angle brackets is read as the name, with a warning; `<A fractographic…>` is no HTML link", () => {
    const name = 'endnote-x8-pdf-name-titles-thesis-trimmed.xml';
    const { records, rejections, warnings } = read(name);
    expect(records.map((record) => [record.title, record.authors.length, record.doi])).toEqual([
      ['Creep Crack Initiation and Growth', 0, undefined],
      ['A fractographic study on toughening of epoxy resin using ground tyre rubber', 0, undefined],
      ['A fractographic study on toughening of epoxy resin using ground tyre rubber', 3, '10.1016/s0032-3861(00)00734-5'],
    ]);
    expect(warnings.map((issue) => [issue.record, issue.message])).toEqual([
      [0, "titled by its PDF's file name (<Creep Crack Initiation and Growth.pdf>): EndNote found no metadata for the PDF"],
      [1, "titled by its PDF's file name (<A fractographic study on toughening of epoxy resin using ground tyre rubber.pdf>): EndNote found no metadata for the PDF"],
    ]);
    expect(rejections).toEqual([{ file: name, record: 3, message: 'Personal Communication record has no title (titles/title) (EndNote record number 590)' }]);
  });

  it('rich-text tags need attributes written name="value" to be markup: bare words after <a or <b are text', () => {
    const { records } = parseEndnoteXml(xml(`<record><titles><title>${S('&lt;b&gt;Bold&lt;/b&gt; and &lt;a href="x"&gt;link&lt;/a&gt; &lt;a b c&gt;')}</title></titles></record>`), 'x.xml');
    expect(records[0]!.title).toBe('Bold and link <a b c>');
  });
});

describe("The EndNote 17.4 library of a thesis again (wlt13/Thesis): style pieces, a reference escaped twice", () => {
  const name = 'endnote-17-subscript-double-escaped-wlt13.xml';
  it("a title's subscript pieces are joined where they stand", () => {
    const { records, rejections } = read(name);
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.title)).toEqual([
      'Plastics. Determination of fracture toughness (GIC and KIC) at moderately high loading rates (1 m/s)',
      'Comparative Study of the Results of Various Experimental Tests Used for the Analysis of the Mechanical Behaviour of an Adhesive in a Bonded Joint',
    ]);
    expect(records[0]).toMatchObject({ authors: ['ISO 17281:2002'], year: 2002 });
  });
  it("a character reference left escaped once the XML is read (`tensile&#8211;shear`) is its character", () => {
    const [, cognard] = ingestOne({ name, text: fixture(name) }).records;
    expect(cognard!.abstract).toContain('its stress state (i.e., the tensile–shear combinations).');
    expect(cognard).toMatchObject({ authors: ['J. Y. Cognard', 'M. Bourgeois', "R. Créac'hcadec", 'L. Sohier'], year: 2011, doi: '10.1163/016942411x569345', venue: 'Journal of Adhesion Science and Technology', volume: '25' });
  });
});

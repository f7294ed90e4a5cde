import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { parseZoteroRdf, zoteroRdfFormat } from '../../src/ingest/zotero-rdf.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/zotero-rdf/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseZoteroRdf(fixture(name), name);

const HEADER =
  '<rdf:RDF\n xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n xmlns:z="http://www.zotero.org/namespaces/export#"\n xmlns:dc="http://purl.org/dc/elements/1.1/"\n xmlns:dcterms="http://purl.org/dc/terms/"\n xmlns:bib="http://purl.org/net/biblio#"\n xmlns:foaf="http://xmlns.com/foaf/0.1/"\n xmlns:prism="http://prismstandard.org/namespaces/1.2/basic/">\n';
const doc = (body: string) => `${HEADER}${body}</rdf:RDF>\n`;

describe('Zotero RDF', () => {
  it('a group library (Zotero 6): every item type is a record, attachments and notes are counted, not read', () => {
    const result = read('accord-semantic-bim-trimmed.rdf');
    expect(result.records).toHaveLength(19);
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([
      { file: 'accord-semantic-bim-trimmed.rdf', line: 92, message: '2 attachments (2 links) and 2 notes: not papers, not read (this line is the first of them)' },
    ]);
    const titles = result.records.map((record) => record.title);
    // No attachment ("Semantic Scholar Link"), note, collection ("0 Presentations") or journal node became a paper.
    for (const junk of ['Semantic Scholar Link', '0 Presentations', 'Automation in Construction', 'Procedia CIRP']) expect(titles).not.toContain(junk);
    expect(result.records[0]).toEqual({
      title: 'Semantic web based rule checking of real-world scale BIM models: a pragmatic method',
      abstract: expect.stringMatching(/^Rule checking is important to assure the integrity, .* verified the usability of our method\.$/),
      // One-field names: the whole name is in foaf:surname.
      authors: ['Hehua Zhang', 'Wenqi Zhao', 'Jianqiao Gu', 'Han Liu', 'Ming Gu'],
      tags: [],
      sources: [{ file: 'accord-semantic-bim-trimmed.rdf', line: 11, record: 0 }],
      date: '2017-07-26',
      year: 2017,
      venue: 'Semantic Web Journal (rejected)',
    });
    const byTitle = (start: string) => result.records.find((record) => record.title.startsWith(start))!;
    // The DOI is on the journal node the article points to (`dcterms:isPartOf rdf:resource="urn:issn:09265805"`).
    expect(byTitle('Automatic rule-based checking of building designs')).toMatchObject({
      authors: ['C. Eastman', 'Jae-min Lee', 'Yeon-suk Jeong', 'Jin-kook Lee'],
      date: '2009-12',
      doi: '10.1016/j.autcon.2009.07.002',
      venue: 'Automation in Construction',
    });
    // A nested journal that is a conference's proceedings; a DOI on the proceedings container.
    expect(byTitle('Creation of an expert system')).toMatchObject({ date: '2021-01-01', doi: '10.1016/j.procir.2021.03.012', venue: 'Procedia CIRP' });
    expect(byTitle('Semantic BIM Reasoner')).toMatchObject({ date: '2018-09-12', doi: '10.1201/9780429506215', venue: '12th European Conference on Product and Process Modelling (ECPPM 2018)' });
    // A book section: the venue is the book, not its series (SpringerBriefs…); DOIs written only in Extra.
    expect(byTitle('Linked Data and Ontologies')).toMatchObject({ date: '2022', doi: '10.1007/978-3-031-04670-4_2', venue: 'Innovative Tools and Methods Using BIM for an Efficient Renovation in Buildings' });
    expect(byTitle('The Future of Virtual Construction')).toMatchObject({ date: '2008', doi: '10.1002/9781444302349.ch17' });
    expect(byTitle('Towards a Generalized Value Stream')).toMatchObject({ date: '2021', doi: '10.7939/r3-enqa-w715', authors: ['Mohammad Abdelghani'] });
    // Dates as typed: `June 30, 2019`, `20th February 2020`, `July 6-8, 2016`, a timestamp, `Spring 2021` (above); none made up.
    expect(Object.fromEntries(result.records.map((record) => [record.title.slice(0, 30), record.date ?? null]))).toMatchObject({
      'Conformance Checking of IFC Mo': '2019-06-30',
      'BIM-based Building Permit Proc': '2020-02-20',
      'Efficient binary serialization': '2016-07-06',
      'WLS Workshop Exercises': '2019-09-29',
      'Semantic-based Building Inform': null,
    });
    // A video's directors are its primary creators.
    expect(byTitle('RECcon21')).toMatchObject({ authors: ['RealEstateCore'], date: '2021-11-30' });
  });

  it('Zotero 7: journals pointed to and nested, DOIs on the journal, PDF attachments counted', () => {
    const result = read('zotero7-joss-pachadotdev.rdf');
    expect(result.records.map((record) => [record.title.split(':')[0], record.date, record.doi, record.venue])).toEqual([
      ['Economiccomplexity', '2020-02-19', '10.21105/joss.01866', 'Journal of Open Source Software'],
      ['Gravity', '2018-11-19', '10.21105/joss.01038', 'Journal of Open Source Software'],
      ['The REDATAM format and its challenges for data access and information creation in public policy', '2025-01', '10.1017/dap.2025.4', 'Data & Policy'],
      ['cpp11armadillo', '2025-05-01', '10.1016/j.softx.2025.102087', 'SoftwareX'],
      ['Kendallknight', '2025-06-18', '10.1371/journal.pone.0326090', 'PLOS ONE'],
    ]);
    expect(result.records[1]!.authors).toEqual(['Anna-Lena Wölwer', 'Jan Pablo Burgard', 'Joshua Kunst', 'Mauricio Vargas']);
    expect(result.warnings).toEqual([{ file: 'zotero7-joss-pachadotdev.rdf', line: 45, message: '5 attachments (5 files): not papers, not read (this line is the first of them)' }]);
    expect(result.rejections).toEqual([]);
  });

  it('an rdf:Description item with an institutional author all in foaf:surname', () => {
    expect(read('zotero-translators-treaty.rdf').records).toEqual([
      {
        title: 'International Code for Ships Operating in Polar Waters (Polar Code)',
        abstract: '',
        authors: ["Int'l Mar. Org."],
        tags: [],
        sources: [{ file: 'zotero-translators-treaty.rdf', line: 9, record: 0 }],
        date: '2017',
        year: 2017,
        volume: '34',
      },
    ]);
  });

  it('an arXiv preprint: the id from its URL, the date from the item; an arXiv DOI on the item', () => {
    const text = doc(
      '    <rdf:Description rdf:about="http://arxiv.org/abs/2106.09685">\n        <z:itemType>preprint</z:itemType>\n        <dc:publisher><foaf:Organization><foaf:name>arXiv</foaf:name></foaf:Organization></dc:publisher>\n        <bib:authors><rdf:Seq><rdf:li><foaf:Person><foaf:surname>Hu</foaf:surname><foaf:givenName>Edward J.</foaf:givenName></foaf:Person></rdf:li></rdf:Seq></bib:authors>\n        <dc:title>LoRA: Low-Rank Adaptation of Large Language Models</dc:title>\n        <dc:date>2021-10-16</dc:date>\n        <dc:identifier>DOI 10.48550/arXiv.2106.09685</dc:identifier>\n        <dc:description>arXiv:2106.09685 [cs]</dc:description>\n    </rdf:Description>\n',
    );
    const result = parseZoteroRdf(text, 'lora.rdf');
    expect(result.records[0]).toMatchObject({ title: 'LoRA: Low-Rank Adaptation of Large Language Models', authors: ['Edward J. Hu'], arxivId: '2106.09685', date: '2021-10-16', doi: '10.48550/arxiv.2106.09685' });
    expect(result.records[0]!.venue).toBeUndefined();
    // It names arxiv.org, which an arXiv RSS 1.0 feed (also rdf:RDF) does too: the Zotero namespace decides.
    expect(detectFormat('lora.rdf', text)?.name).toBe('zotero-rdf');
    expect(detectFormat('lora.xml', text)?.name).toBe('zotero-rdf');
  });

  it('a journal article whose journal is "arXiv preprint arXiv:…": the arXiv id, no venue', () => {
    const result = parseZoteroRdf(
      doc(
        '    <bib:Article rdf:about="#a">\n        <z:itemType>journalArticle</z:itemType>\n        <dcterms:isPartOf>\n            <bib:Journal><dc:title>arXiv preprint arXiv:1706.03762</dc:title></bib:Journal>\n        </dcterms:isPartOf>\n        <dc:title>Attention Is All You Need</dc:title>\n        <dc:date>2017</dc:date>\n    </bib:Article>\n',
      ),
      'gs.rdf',
    );
    expect(result.records[0]).toMatchObject({ title: 'Attention Is All You Need', arxivId: '1706.03762', date: '2017' });
    expect(result.records[0]!.venue).toBeUndefined();
  });

  it('a journal node two items point to holds both DOIs: neither is given to either item', () => {
    const item = (n: number) =>
      `    <bib:Article rdf:about="#item_${n}">\n        <z:itemType>journalArticle</z:itemType>\n        <dcterms:isPartOf rdf:resource="urn:issn:1234-5678"/>\n        <dc:title>Paper ${n}</dc:title>\n    </bib:Article>\n`;
    const result = parseZoteroRdf(
      doc(`${item(1)}${item(2)}    <bib:Journal rdf:about="urn:issn:1234-5678">\n        <dc:title>J</dc:title>\n        <dc:identifier>DOI 10.1/a</dc:identifier>\n        <dc:identifier>DOI 10.1/b</dc:identifier>\n    </bib:Journal>\n`),
      'shared.rdf',
    );
    expect(result.records.map((record) => [record.title, record.doi, record.venue])).toEqual([
      ['Paper 1', undefined, 'J'],
      ['Paper 2', undefined, 'J'],
    ]);
  });

  it("an item with a section: Zotero nests the journal in a bib:Part; the venue and DOI are the journal's", () => {
    const result = parseZoteroRdf(
      doc(
        '    <bib:Article rdf:about="#s">\n        <z:itemType>newspaperArticle</z:itemType>\n        <dcterms:isPartOf>\n            <bib:Part>\n                <dc:title>Science</dc:title>\n                <dcterms:isPartOf>\n                    <bib:Newspaper>\n                        <dc:title>The Daily</dc:title>\n                        <dc:identifier>DOI 10.5555/daily.1</dc:identifier>\n                    </bib:Newspaper>\n                </dcterms:isPartOf>\n            </bib:Part>\n        </dcterms:isPartOf>\n        <dc:title>Sectioned</dc:title>\n    </bib:Article>\n',
      ),
      'section.rdf',
    );
    expect(result.records[0]).toMatchObject({ title: 'Sectioned', venue: 'The Daily', doi: '10.5555/daily.1' });
  });

  it('a titled node without z:itemType is read, even in a collection; a journal nothing points to is not', () => {
    const result = parseZoteroRdf(
      doc(
        '    <bib:Article rdf:about="#old">\n        <dc:title>Written without an item type</dc:title>\n        <dc:date>2004</dc:date>\n    </bib:Article>\n    <bib:Journal rdf:about="urn:issn:1111-2222">\n        <dc:title>Orphan Journal</dc:title>\n    </bib:Journal>\n    <z:Collection rdf:about="#collection_1">\n        <dc:title>Reading list</dc:title>\n        <dcterms:hasPart rdf:resource="#old"/>\n    </z:Collection>\n',
      ),
      'old.rdf',
    );
    expect(result.records.map((record) => [record.title, record.date])).toEqual([['Written without an item type', '2004']]);
    expect(result.warnings).toEqual([{ file: 'old.rdf', line: 13, message: '1 node that no item points to and that is no item (<bib:Journal>): not papers, not read (this line is the first of them)' }]);
  });

  it('rejects by line: an item without a title, a malformed node; the other items are kept', () => {
    const text = doc(
      '    <bib:Article rdf:about="#a">\n        <z:itemType>journalArticle</z:itemType>\n        <dc:date>2020</dc:date>\n    </bib:Article>\n    <bib:Article rdf:about="#b">\n        <z:itemType>journalArticle</z:itemType>\n        <dc:title>Broken <b></dc:title>\n    </bib:Article>\n    <bib:Book rdf:about="#c">\n        <z:itemType>book</z:itemType>\n        <dc:title>Kept</dc:title>\n    </bib:Book>\n    <foaf:Person rdf:about="#orphan"><foaf:surname>Nobody</foaf:surname></foaf:Person>\n',
    );
    const result = parseZoteroRdf(text, 'bad.rdf');
    expect(result.records.map((record) => record.title)).toEqual(['Kept']);
    expect(result.rejections).toEqual([
      { file: 'bad.rdf', line: 9, record: 0, message: 'journalArticle item has no title (dc:title)' },
      { file: 'bad.rdf', line: 15, record: 1, message: expect.stringMatching(/^invalid XML: /) },
    ]);
    expect(result.warnings).toEqual([{ file: 'bad.rdf', line: 21, message: '1 node that no item points to and that is no item (<foaf:Person>): not papers, not read (this line is the first of them)' }]);
  });

  it('a library of a standalone PDF and a note only: no papers, one warning that says so', () => {
    const result = parseZoteroRdf(
      doc(
        '    <z:Attachment rdf:about="#item_1">\n        <z:itemType>attachment</z:itemType>\n        <rdf:resource rdf:resource="files/1/paper.pdf"/>\n        <dc:title>paper.pdf</dc:title>\n        <z:linkMode>0</z:linkMode>\n    </z:Attachment>\n    <bib:Memo rdf:about="#item_2">\n        <rdf:value>&lt;p&gt;to read&lt;/p&gt;</rdf:value>\n    </bib:Memo>\n',
      ),
      'standalone.rdf',
    );
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([{ file: 'standalone.rdf', line: 9, message: '1 attachment (1 file; 1 standalone, with no item) and 1 note: not papers, not read (this line is the first of them)' }]);
  });

  it("Zotero's Bibliontology RDF export (bibo:, the Zotero namespace too) is rejected whole, not read as nothing", () => {
    const text =
      '<rdf:RDF\n xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n xmlns:z="http://www.zotero.org/namespaces/export#"\n xmlns:bibo="http://purl.org/ontology/bibo/"\n xmlns:dcterms="http://purl.org/dc/terms/">\n    <bibo:AcademicArticle rdf:about="info:doi/10.3233/SW-200385">\n        <dcterms:title>BOT: the Building Topology Ontology</dcterms:title>\n    </bibo:AcademicArticle>\n</rdf:RDF>\n';
    expect(detectFormat('library.rdf', text)?.name).toBe('zotero-rdf');
    expect(parseZoteroRdf(text, 'library.rdf')).toEqual({
      records: [],
      rejections: [{ file: 'library.rdf', line: 1, message: 'Bibliontology RDF (Zotero\'s "Bibliontology RDF" export) is not read: export the library as "Zotero RDF" instead' }],
      warnings: [],
    });
  });

  it('a DOCTYPE, a root that is not rdf:RDF, an empty file', () => {
    expect(parseZoteroRdf('<!DOCTYPE rdf:RDF [<!ENTITY a "b">]>\n<rdf:RDF/>', 'x.rdf').rejections[0]!.message).toMatch(/DOCTYPE is not read/);
    expect(parseZoteroRdf('<feed/>', 'x.rdf').rejections).toEqual([{ file: 'x.rdf', line: 1, message: 'not Zotero RDF (the root element is <feed>, not <rdf:RDF>)' }]);
    expect(parseZoteroRdf('', 'x.rdf')).toEqual({ records: [], rejections: [], warnings: [] });
  });

  it('sniffs the Zotero namespace; an RSS 1.0 feed is not Zotero RDF', () => {
    expect(zoteroRdfFormat.sniff(fixture('accord-semantic-bim-trimmed.rdf'))).toBe(1);
    expect(zoteroRdfFormat.sniff('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="http://arxiv.org/abs/2106.09685"/></rdf:RDF>')).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/datacite/${name}`, import.meta.url), 'utf8');
const read = (name: string) => ingestOne({ name, text: fixture(name) });

describe('DataCite metadata JSON', () => {
  const gms = 'doi-translated-title-two-abstracts-gms-zotero-translators.json';
  const topoi = 'doi-dataset-subtitle-topoi-zotero-translators.json';
  const chapter = 'doi-chapter-related-item-nulls-canterbury-zotero-translators.json';
  const translatedOnly = 'doi-translated-title-only-numeric-year-itme-zotero-translators.json';
  const journalItem = 'doi-journal-related-item-volume-zmfp-zotero-translators.json';
  const restJournal = 'rest-api-journal-container-volume-oc-ds-converter.json';

  it('is detected by its `titles` list beside `publicationYear` (before: generic JSON, each title a record without authors, date or DOI)', () => {
    for (const name of [gms, topoi, chapter, translatedOnly, journalItem, restJournal]) expect(detectFormat(name, fixture(name))?.name).toBe('datacite');
  });

  it('one record per DOI: the main title, not its translation, and the abstract in the title\'s language', () => {
    const { records, rejections, warnings } = read(gms);
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: 'Mehr Schaden als Nutzen? Problematischer Einsatz von Textvergleichsprogrammen zur vermeintlichen Plagiatsvermeidung',
      authors: ['Natascha Miljković'],
      date: '2015-08-12',
      year: 2015,
      doi: '10.3205/mbi000337',
      venue: 'GMS Medizin - Bibliothek - Information; 15(1-2):Doc10',
    });
    expect(records[0]!.abstract).toMatch(/^Die Liste an selbst ernannten Plagiatsprüfprogrammen/);
  });

  it('a Subtitle joins the title after a colon; a dataset in a repository has no venue', () => {
    const [record] = read(topoi).records;
    expect(record).toMatchObject({ title: '3D model of object V 1.2-71: Structured-light Scan, Staatliche Museen zu Berlin - Antikensammlung', authors: ['Bernhard Fritsch'], year: 2016, doi: '10.17171/2-3-12-1' });
    expect(record!.venue).toBeUndefined();
  });

  it('a chapter: 20 creators in order, the book it is published in (relatedItems), the issued year over later dates', () => {
    const [record] = read(chapter).records;
    expect(record!.authors).toHaveLength(20);
    expect(record!.authors.slice(0, 3)).toEqual(['Viliamu Iese', 'Tolu Muliaina', 'Rahul Prasad']);
    expect(record!.authors[14]).toBe('Michael Ha’apio');
    expect(record).toMatchObject({ title: 'Loss and Damage: Save the Pacific, Save the World', date: '2024', doi: '10.26021/15688', venue: 'Voices of the Pacific Climate Crisis Adaptation and Resilience: Pacific Ocean and Climate Crisis Assessment Report Volume 1' });
  });

  it('a record whose only title is a TranslatedTitle keeps it; a numeric publicationYear dates it; an upper-case DOI is lower-cased', () => {
    const [record] = read(translatedOnly).records;
    expect(record).toMatchObject({ title: 'Determination of the thickness of BN layers on the Al2O3 substrate by FT-IR spectroscopy', year: 2020, doi: '10.34769/azkm-y326' });
    expect(record!.authors).toEqual(['Małgorzata Możdżonek', 'Piotr Caban', 'Jarosław Gaca', 'Marek Wójcik', 'Anna Piątkowska']);
  });

  it('the REST API\'s JSON:API shapes (constructed here from a fixture record): {data: {attributes}} and a page {data: [...], meta: {total}}', () => {
    const attributes = JSON.parse(fixture(gms)) as Record<string, unknown>;
    const one = ingestOne({ name: 'one.json', text: JSON.stringify({ data: { id: '10.3205/mbi000337', type: 'dois', attributes } }) });
    expect(one.records.map((record) => [record.title.slice(0, 20), record.doi])).toEqual([['Mehr Schaden als Nut', '10.3205/mbi000337']]);
    const page = ingestOne({ name: 'page.json', text: JSON.stringify({ data: [{ id: 'a', type: 'dois', attributes }, { id: 'b', type: 'dois', attributes: { ...attributes, titles: [] } }], meta: { total: 57 } }) });
    expect(page.records).toHaveLength(1);
    expect(page.rejections).toEqual([{ file: 'page.json', record: 1, message: 'DataCite record 10.3205/mbi000337 has no title' }]);
    expect(page.warnings).toEqual([{ file: 'page.json', line: 1, message: "the answer holds 2 of the search's 57 DOIs (DataCite answers in pages: ask again with the next page for more)" }]);
  });

  it("the volume of the journal it is published in: a kernel-4.4 related item's `volume`, else the REST API's `container.volume`; none where neither gives one (a volume written into a series title is not read)", () => {
    const item = read(journalItem);
    expect(item.records.map((record) => [record.venue, record.volume])).toEqual([['Zeitschrift für Mathematikdidaktik in Forschung und Praxis', '4']]);
    const page = read(restJournal);
    expect(page.rejections).toEqual([]);
    expect(page.records.map((record) => [record.doi, record.venue, record.volume, record.date])).toEqual([['10.1002/2014gb004975', 'Global Biogeochemical Cycles', '29', '2015-07']]);
    expect([gms, topoi, chapter, translatedOnly].map((name) => read(name).records[0]!.volume ?? null)).toEqual([null, null, null, null]);
  });

  it('an arXiv DataCite DOI names the arXiv paper; Cites relations are its references; ORCIDs of creators are kept', () => {
    // Invented, in DataCite's shape: arXiv's DOIs are DataCite's.
    const text = JSON.stringify({
      doi: '10.48550/ARXIV.2007.14454',
      titles: [{ title: 'A paper' }],
      creators: [{ name: 'Doe, Jane', nameType: 'Personal', nameIdentifiers: [{ nameIdentifier: 'https://orcid.org/0000-0002-1825-0097', nameIdentifierScheme: 'ORCID' }] }, { name: 'The Consortium', nameType: 'Organizational' }],
      publicationYear: '2020',
      relatedIdentifiers: [
        { relatedIdentifier: '10.1000/cited', relatedIdentifierType: 'DOI', relationType: 'Cites' },
        { relatedIdentifier: '10.1000/version', relatedIdentifierType: 'DOI', relationType: 'IsVersionOf' },
        { relatedIdentifier: 'arXiv:1706.03762', relatedIdentifierType: 'arXiv', relationType: 'References' },
      ],
    });
    const [record] = ingestOne({ name: 'x.json', text }).records;
    expect(record).toMatchObject({ arxivId: '2007.14454', doi: '10.48550/arxiv.2007.14454', authors: ['Jane Doe', 'The Consortium'], authorIds: [{ orcid: '0000-0002-1825-0097' }, undefined] });
    expect(record!.references).toEqual([{ doi: '10.1000/cited' }, { arxivId: '1706.03762' }]);
  });
});

/**
 * The table of bad inputs: one row per class of problem, with what must come of it — the records kept, and every
 * rejection and warning with its file and line (or record). Core's test runs it on decoded texts
 * (index.test.ts), the CLI's on files on disk, plain and gzipped (cli/test/io/read-inputs.test.ts).
 * Invariant over every row: each record of the input ends in the records or in the rejections (an unreadable file
 * counts as one record).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { IngestResult } from '../../src/types.ts';

export interface ExpectedIssue {
  /** File name as given in the row. */
  file: string;
  line?: number;
  record?: number;
  message: RegExp;
}

export interface BadInput {
  name: string;
  files: Array<{ name: string; content: string | Uint8Array }>;
  /** Records the input holds, as its author meant them (an unreadable file: one). */
  inputRecords: number;
  /** Titles of the records kept, in order. */
  titles: string[];
  rejections: ExpectedIssue[];
  warnings: ExpectedIssue[];
  /** Further checks on the result (authors, tags, that no abstract took in another entry…). */
  check?: (result: IngestResult) => void;
}

const VENUE = 'arXiv.org Artificial Intelligence';
const HEADER = ['Goto', '', 'Collaborating Authors', '', '\u00a0 llama-2-7b', ''];

type Entry = [title: string, authors: string, venue: string | undefined, abstract: string];

function listing(entries: Entry[], header = HEADER): string {
  const lines = [...header];
  for (const [title, authors, venue, abstract] of entries) {
    lines.push(title, '', authors, '');
    if (venue !== undefined) lines.push(venue, '');
    lines.push(abstract, '', '');
  }
  return lines.join('\n');
}

/** 1-based line of the first line of `text` holding `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line holds ${needle}`);
  return index + 1;
}

const FIRST: Entry = ['First Paper About Pruning', 'Doe, Jane, Roe, Richard', VENUE, 'We prune Llama-2-7B layers and keep accuracy.'];
const LAST: Entry = ['Last Paper About Agents', 'Poe, Edgar', VENUE, 'We build agents on Mistral-7B for planning.'];

/** The first record's abstract is its own: nothing of a later entry was glued onto it. */
function firstAbstractIntact(result: IngestResult): void {
  expect(result.records[0]!.abstract).toBe(FIRST[3]);
}

const latin1 = (text: string) => Uint8Array.from(text, (char) => {
  const code = char.charCodeAt(0);
  if (code > 0xff) throw new Error(`not Latin-1: ${char}`);
  return code;
});

function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(bytes);
}

function utf16be(text: string): Uint8Array {
  const bytes = [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return Uint8Array.from(bytes);
}

const jsonl = (records: object[]) => `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

const noVenue = listing([FIRST, ['Middle Paper Without Venue', 'Lee, Ann, Kim, Bo', undefined, 'We evaluate GPT-4 on MMLU and report gains.'], LAST]);
const cjk = listing([FIRST, ['大语言模型的剪枝方法', '王, 小明, 李, 华', VENUE, '我们提出一种剪枝方法。'], LAST]);
const arabic = listing([FIRST, ['نماذج اللغة الكبيرة', 'محمد, أحمد, علي, فاطمة', VENUE, 'ندرس نماذج اللغة العربية.'], LAST]);
const letters = 'abcdefghijklmnopqrstuvwxyz';
const syllable = (n: number) => `${letters[n % 26]!.toUpperCase()}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676) % 26]}`;
const tenThousand = listing([FIRST, ['A Very Large Collaboration', Array.from({ length: 10_000 }, (_, n) => `${syllable(n)}son, ${syllable(n + 3)}`).join(', '), VENUE, 'We report a large study.'], LAST]);
const twoTags = listing([FIRST, LAST], ['Goto', '', 'Collaborating Authors', '', '\u00a0 llama-2-7b', '', '\u00a0 mistral-7b', '']);
const suffixed = listing([FIRST, ['Quoted Suffix Paper', '"Smith, Jr., John", Doe, Jane', VENUE, 'Abstract.'], ['Plain Suffix Paper', 'Gates, William, III, Roe, Jane', VENUE, 'Abstract.']]);
const latinListing = listing([FIRST, ['Über Sprachmodelle', 'Müller, Jürgen, Señor, José', VENUE, 'Wir prüfen Modelle für Café-Gespräche.'], LAST]);
const hugeAbstract = `We study ${'long context '.repeat(250_000)}models.`;
const hugeListing = listing([FIRST, ['A Paper With A Huge Abstract', 'Long, Ann', VENUE, hugeAbstract], LAST]);
const many = Array.from({ length: 3000 }, (_, n) => ({ title: `Paper number ${n}`, abstract: 'x', id: `2501.${String(n).padStart(5, '0')}` }));
const formatFixture = (path: string) => readFileSync(new URL(`../fixtures/formats/${path}`, import.meta.url), 'utf8');
const atomEntry = (id: string, title: string) =>
  `  <entry>\n    <id>http://arxiv.org/abs/${id}v1</id>\n    <published>2025-01-02T10:00:00Z</published>\n    <title>${title}</title>\n    <author><name>Ann Lee</name></author>\n  </entry>`;
const brokenFeed = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">',
  atomEntry('2501.00011', 'Feed Paper One'),
  '  <entry>\n    <id>http://arxiv.org/abs/2501.00012v1</id>\n    <title>Feed Paper Broken</titel>\n  </entry>',
  atomEntry('2501.00013', 'Feed Paper Three'),
  '  <entry>\n    <id>http://arxiv.org/abs/2501.00014v1</id>\n    <title>Feed Paper Cut',
].join('\n');
const doctypeFeed = '<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&b;</title></entry></feed>\n';
const brokenBib = formatFixture('bibtex/broken-entry-d2l.bib');
const scopusRis = formatFixture('ris/scopus-crlf.ris');
const openRis = 'TY  - JOUR\nTI  - RIS Paper Without ER\nAU  - Lee, Ann\nTY  - JOUR\nTI  - RIS Paper After\nER  - \n';
const snapshotLine = (id: string, title: string) =>
  JSON.stringify({ id, title, authors: 'Ann Lee', abstract: '  An abstract.\n', categories: 'cs.LG', versions: [{ version: 'v1', created: 'Mon, 6 Jan 2025 10:00:00 GMT' }], update_date: '2025-01-07', authors_parsed: [['Lee', 'Ann', '']] });
const brokenSnapshot = `${snapshotLine('2501.00021', 'Snapshot Paper One')}\n{"id": "2501.00022", "title": "Snapshot Broken", "authors_parsed": [["Lee", "Ann"\n${JSON.stringify({ id: '2501.00023', authors_parsed: [], versions: [], update_date: '2025-01-07' })}\n${snapshotLine('2501.00024', 'Snapshot Paper Four')}\n`;
const cslItems = JSON.stringify([{ type: 'article-journal', title: 'CSL Paper One', author: [{ family: 'Lee', given: 'Ann' }], issued: { 'date-parts': [[2020, 5]] } }, 'not an item', { type: 'book', author: [{ literal: 'Nobody' }] }], null, 2);
const openalexWorks = [
  JSON.stringify({ id: 'https://openalex.org/W4000000001', title: 'OpenAlex Kept Work', publication_year: 2024, authorships: [{ author: { id: 'https://openalex.org/A1', display_name: 'Ann Lee' } }], referenced_works: ['https://openalex.org/W2250539671'] }),
  '{"id": "https://openalex.org/W4000000002", "title": "Broken Work", "authorships": [',
  JSON.stringify({ id: 'https://openalex.org/W4000000003', doi: 'https://doi.org/10.1000/untitled', title: null, display_name: null, publication_year: 2020, authorships: [] }),
].join('\n');
const s2Page = JSON.stringify({ total: 3, offset: 0, data: [{ paperId: '9'.repeat(40), title: 'S2 Kept Paper', authors: [{ authorId: '1', name: 'Bo Kim' }] }, 42, { year: 2020 }] }, null, 2);
const pubmedArticle = (pmid: string, title: string) =>
  `<PubmedArticle><MedlineCitation><PMID Version="1">${pmid}</PMID><Article><Journal><JournalIssue><PubDate><Year>2021</Year><Month>Apr</Month></PubDate></JournalIssue><Title>J</Title></Journal><ArticleTitle>${title}.</ArticleTitle><AuthorList><Author><LastName>Lee</LastName><ForeName>Ann</ForeName></Author></AuthorList></Article></MedlineCitation></PubmedArticle>`;
const brokenPubmed = [
  '<?xml version="1.0" ?>',
  '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">',
  '<PubmedArticleSet>',
  pubmedArticle('31', 'PubMed Paper One'),
  '<PubmedArticle><MedlineCitation><PMID>32</PMID><Article><ArticleTitle>PubMed Paper Broken</Article></MedlineCitation></PubmedArticle>',
  pubmedArticle('33', 'PubMed Paper Three'),
  '<PubmedArticle><MedlineCitation><PMID>34</PMID><Article><ArticleTitle>PubMed Paper Cut',
].join('\n');
const crossrefLines = [
  JSON.stringify({ DOI: '10.1000/cr.1', type: 'journal-article', 'reference-count': 0, title: ['Crossref Paper One'], author: [{ given: 'Ann', family: 'Lee', sequence: 'first' }], issued: { 'date-parts': [[2021, 4]] } }),
  '{"DOI": "10.1000/cr.2", "type": "journal-article", "title": ["Crossref Broken',
  JSON.stringify({ DOI: '10.1000/cr.issue', type: 'journal-issue', 'reference-count': 0, issued: { 'date-parts': [[2021]] } }),
  JSON.stringify({ type: 'journal-article', 'reference-count': 0, title: [] }),
].join('\n');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66]);

export const BAD_INPUTS: BadInput[] = [
  {
    name: 'a listing entry without a venue line',
    files: [{ name: 'no-venue.txt', content: noVenue }],
    inputRecords: 3,
    titles: [FIRST[0], 'Middle Paper Without Venue', LAST[0]],
    rejections: [],
    warnings: [{ file: 'no-venue.txt', line: lineOf(noVenue, 'Middle Paper'), message: /has no venue line/ }],
    check: (result) => {
      firstAbstractIntact(result);
      expect(result.records[1]!.authors).toEqual(['Ann Lee', 'Bo Kim']);
    },
  },
  {
    name: 'an author line in CJK script',
    files: [{ name: 'cjk.txt', content: cjk }],
    inputRecords: 3,
    titles: [FIRST[0], '大语言模型的剪枝方法', LAST[0]],
    rejections: [],
    warnings: [],
    check: (result) => {
      firstAbstractIntact(result);
      expect(result.records[1]!.authors).toEqual(['王小明', '李华']);
    },
  },
  {
    name: 'an author line in Arabic script',
    files: [{ name: 'arabic.txt', content: arabic }],
    inputRecords: 3,
    titles: [FIRST[0], 'نماذج اللغة الكبيرة', LAST[0]],
    rejections: [],
    warnings: [],
    check: (result) => {
      firstAbstractIntact(result);
      expect(result.records[1]!.authors).toEqual(['أحمد محمد', 'فاطمة علي']);
    },
  },
  {
    name: 'an author line of 10,000 authors',
    files: [{ name: 'collaboration.txt', content: tenThousand }],
    inputRecords: 3,
    titles: [FIRST[0], 'A Very Large Collaboration', LAST[0]],
    rejections: [],
    warnings: [],
    check: (result) => {
      firstAbstractIntact(result);
      expect(result.records[1]!.authors).toHaveLength(10_000);
    },
  },
  {
    name: 'two tag lines',
    files: [{ name: 'two-tags.txt', content: twoTags }],
    inputRecords: 2,
    titles: [FIRST[0], LAST[0]],
    rejections: [],
    warnings: [],
    check: (result) => {
      for (const record of result.records) expect(record.tags).toEqual(['llama-2-7b', 'mistral-7b']);
    },
  },
  {
    name: 'Jr./III suffixes and a quoted "Last, Jr., First" author',
    files: [
      { name: 'suffix.txt', content: suffixed },
      { name: 'suffix.json', content: JSON.stringify([{ title: 'JSON Suffix Paper', authors: '"Smith, Jr., John", Jane Doe and Bill Gates III' }, { title: 'JSON List Paper', authors: ['Smith, Jr., John', 'King, Martin Luther, Jr.'] }]) },
    ],
    inputRecords: 5,
    titles: [FIRST[0], 'Quoted Suffix Paper', 'Plain Suffix Paper', 'JSON Suffix Paper', 'JSON List Paper'],
    rejections: [],
    warnings: [],
    check: (result) => {
      expect(result.records.slice(1).map((record) => record.authors)).toEqual([
        ['John Smith Jr.', 'Jane Doe'],
        ['William Gates III', 'Jane Roe'],
        ['John Smith Jr.', 'Jane Doe', 'Bill Gates III'],
        ['John Smith Jr.', 'Martin Luther King Jr.'],
      ]);
    },
  },
  {
    name: 'a single JSON record with an empty "results" list',
    files: [{ name: 'one.json', content: JSON.stringify({ title: 'One Paper', abstract: 'We fine-tune Llama-2-7B.', authors: ['Ada Lovelace'], results: [], data: [] }) }],
    inputRecords: 1,
    titles: ['One Paper'],
    rejections: [],
    warnings: [],
  },
  {
    name: 'a JSON object whose only list is empty',
    files: [{ name: 'export.json', content: '{"meta": {"count": 0}, "results": []}' }],
    inputRecords: 0,
    titles: [],
    rejections: [],
    warnings: [{ file: 'export.json', record: 0, message: /"results" list is empty/ }],
  },
  {
    name: 'a byte order mark in a .json and a .jsonl file',
    files: [
      { name: 'bom.json', content: concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('[{"title": "BOM JSON Paper"}]')) },
      { name: 'bom.jsonl', content: concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8(jsonl([{ title: 'BOM Line One' }, { title: 'BOM Line Two' }]))) },
    ],
    inputRecords: 3,
    titles: ['BOM JSON Paper', 'BOM Line One', 'BOM Line Two'],
    rejections: [],
    warnings: [],
  },
  {
    name: 'UTF-16 (LE and BE, with byte order mark)',
    files: [
      { name: 'utf16le.json', content: utf16le(JSON.stringify([{ title: 'Zoë und Jürgen', authors: ['Zoë Ä'] }])) },
      { name: 'utf16be.jsonl', content: utf16be(jsonl([{ title: '王小明的论文' }, { title: 'Second UTF-16 Line' }])) },
      { name: 'utf16.txt', content: utf16le(listing([FIRST])) },
    ],
    inputRecords: 4,
    titles: ['Zoë und Jürgen', '王小明的论文', 'Second UTF-16 Line', FIRST[0]],
    rejections: [],
    warnings: [],
  },
  {
    name: 'a Latin-1 listing',
    files: [{ name: 'latin1.txt', content: latin1(latinListing) }],
    inputRecords: 3,
    titles: [FIRST[0], 'Über Sprachmodelle', LAST[0]],
    rejections: [],
    warnings: ['llama-2-7b', 'Über Sprachmodelle', 'Müller, Jürgen', 'Wir prüfen'].map((needle) => ({ file: 'latin1.txt', line: lineOf(latinListing, needle), message: /not UTF-8/ })),
    check: (result) => expect(result.records[1]!.authors).toEqual(['Jürgen Müller', 'José Señor']),
  },
  {
    name: 'Latin-1 bytes in one JSON Lines record',
    files: [{ name: 'mixed.jsonl', content: concat(utf8('{"title": "Clean One"}\n'), latin1('{"title": "Caf\u00e9 Paper"}\n'), utf8('{"title": "Clean Three ✓"}\n')) }],
    inputRecords: 3,
    titles: ['Clean One', 'Clean Three ✓'],
    rejections: [{ file: 'mixed.jsonl', line: 2, record: 1, message: /not UTF-8/ }],
    warnings: [],
  },
  {
    name: 'an invalid UTF-8 byte in a JSON document',
    files: [{ name: 'stray.json', content: concat(utf8('[\n{"title": "Kept Paper", "abstract": "A '), Uint8Array.from([0xff]), utf8(' byte."}\n]')) }],
    inputRecords: 1,
    titles: ['Kept Paper'],
    rejections: [],
    warnings: [{ file: 'stray.json', line: 2, message: /not UTF-8/ }],
  },
  {
    name: 'a NUL byte in one JSON Lines record',
    files: [
      { name: 'nul.jsonl', content: concat(utf8('{"title": "Before"}\n{"title": "Bro'), Uint8Array.from([0]), utf8('ken"}\n{"title": "After"}\n')) },
      { name: 'nul-first.jsonl', content: concat(utf8('{"title": "Fi'), Uint8Array.from([0, 0]), utf8('rst"}\n{"title": "Second"}\n')) },
    ],
    inputRecords: 5,
    titles: ['Before', 'After', 'Second'],
    rejections: [
      { file: 'nul.jsonl', line: 2, record: 1, message: /NUL bytes/ },
      { file: 'nul-first.jsonl', line: 1, record: 0, message: /NUL bytes/ },
    ],
    warnings: [],
  },
  {
    name: 'a broken JSON Lines record among good ones (CRLF, blank lines)',
    files: [{ name: 'broken.jsonl', content: '{"title": "One"}\r\n\r\n{"title": broken}\r\n{"abstract": "no title"}\r\n{"title": "Five"}\r\n' }],
    inputRecords: 4,
    titles: ['One', 'Five'],
    rejections: [
      { file: 'broken.jsonl', line: 3, record: 1, message: /^invalid JSON/ },
      { file: 'broken.jsonl', line: 4, record: 2, message: /no "title"/ },
    ],
    warnings: [],
  },
  {
    name: 'the same arXiv id with two titles told a little apart, in one file',
    files: [{ name: 'dup.jsonl', content: jsonl([{ id: '2501.00001', title: 'The Original Title', abstract: 'short' }, { id: '2501.00001v2', title: 'The Original Title, Revised', abstract: 'a much longer abstract that must not be mixed in' }]) }],
    inputRecords: 2,
    titles: ['The Original Title'],
    rejections: [{ file: 'dup.jsonl', line: 2, record: 1, message: /2501\.00001 is already "The Original Title" \(.*dup\.jsonl(\.gz)?:1\).*"The Original Title, Revised"/ }],
    warnings: [],
    check: (result) => expect(result.records[0]!.abstract).toBe('short'),
  },
  {
    name: 'the same arXiv id under a wholly different title, in one file (two works)',
    files: [{ name: 'dup.jsonl', content: jsonl([{ id: '2501.00001', title: 'Sparse Attention at Scale', abstract: 'short' }, { id: '2501.00001', title: 'Protein Folding with Diffusion Models', abstract: 'another paper' }]) }],
    inputRecords: 2,
    titles: ['Sparse Attention at Scale', 'Protein Folding with Diffusion Models'],
    rejections: [],
    warnings: [{ file: 'dup.jsonl', line: 2, record: 1, message: /^arXiv id 2501\.00001 is also "Sparse Attention at Scale" \(.*dup\.jsonl(\.gz)?:1\), a different work: "Protein Folding with Diffusion Models" is read as a paper of its own, without that arXiv id$/ }],
    check: (result) => expect(result.records.map((r) => r.arxivId)).toEqual(['2501.00001', undefined]),
  },
  {
    name: 'the same arXiv id with two different titles, in two files',
    files: [
      { name: 'a.json', content: JSON.stringify([{ arxiv_id: '2502.00002', title: 'First File Title', authors: ['Ann Lee'] }]) },
      { name: 'b.jsonl', content: jsonl([{ id: 'arXiv:2502.00002', title: 'Second File Title', authors: ['Bo Kim', 'Cy Young'] }]) },
    ],
    inputRecords: 2,
    titles: ['First File Title'],
    // (a.json's first record, counted from 1 as the CLI's `file record n:` prefix counts them)
    rejections: [{ file: 'b.jsonl', line: 1, record: 0, message: /already "First File Title" \(.*a\.json(\.gz)? record 1\)/ }],
    warnings: [],
    check: (result) => expect(result.records[0]!.authors).toEqual(['Ann Lee']),
  },
  {
    name: 'the same paper in two files (merged, not a conflict)',
    files: [
      { name: 'one.txt', content: listing([FIRST]) },
      { name: 'two.json', content: JSON.stringify([{ title: FIRST[0].toUpperCase(), id: '2503.00003', categories: ['cs.LG'] }]) },
    ],
    inputRecords: 2,
    titles: [FIRST[0]],
    rejections: [],
    warnings: [],
    check: (result) => expect(result.records[0]).toMatchObject({ arxivId: '2503.00003', abstract: FIRST[3], tags: ['llama-2-7b'], categories: ['cs.LG'] }),
  },
  {
    name: 'an arXiv Atom feed with a malformed entry and one cut off at the end',
    files: [{ name: 'query.atom', content: brokenFeed }],
    inputRecords: 4,
    titles: ['Feed Paper One', 'Feed Paper Three'],
    rejections: [
      { file: 'query.atom', line: lineOf(brokenFeed, 'Feed Paper Broken'), record: 1, message: /^invalid XML: Expected closing tag 'title'/ },
      { file: 'query.atom', line: lineOf(brokenFeed, '2501.00014') - 1, record: 3, message: /^<entry> is not closed before the end of the file/ },
    ],
    warnings: [],
    check: (result) => expect(result.records[0]).toMatchObject({ arxivId: '2501.00011', date: '2025-01-02', authors: ['Ann Lee'] }),
  },
  {
    name: 'XML with a DOCTYPE (entity expansion) is refused whole',
    files: [{ name: 'entities.xml', content: doctypeFeed }],
    inputRecords: 1,
    titles: [],
    rejections: [{ file: 'entities.xml', line: 2, message: /DOCTYPE is not read/ }],
    warnings: [],
  },
  {
    name: 'a BibTeX file with one broken entry (a deleted comma): that entry rejected by line, the 7 others kept',
    files: [{ name: 'refs.bib', content: brokenBib }],
    inputRecords: 8,
    titles: [
      'TensorFlow: A system for large-scale machine learning',
      'SN: A simulator for connectionist models',
      "Les Nouvelles Idées sur la Structure du Système Nerveux chez l'Homme et chez les Vertébrés",
      'On the properties of neural machine translation: Encoder–decoder approaches',
      'ImageNet classification: fast descriptor coding and large-scale SVM training',
      'Attention is all you need',
      'Music transformer: generating music with long-term structure',
    ],
    rejections: [{ file: 'refs.bib', line: 40, record: 4, message: /^entry Devlin\.Chang\.Lee\.ea\.2018 cannot be read: the parser gave up at line 43, column 3: Token mismatch/ }],
    warnings: [],
  },
  {
    name: 'RIS: a record without a title (CRLF), a record not closed by ER',
    files: [
      { name: 'scopus.ris', content: scopusRis },
      { name: 'open.ris', content: openRis },
    ],
    inputRecords: 4,
    titles: [
      'Using focus groups to adapt ethnically appropriate, information-seeking and recruitment messages for a prostate cancer screening program for men at high risk',
      'RIS Paper Without ER',
      'RIS Paper After',
    ],
    rejections: [{ file: 'scopus.ris', line: 20, record: 1, message: /^record has no title/ }],
    warnings: [{ file: 'open.ris', line: 1, message: /^record not closed by ER before the next TY \(line 4\)/ }],
  },
  {
    name: 'arXiv snapshot lines: a broken line and a line without title among good ones',
    files: [{ name: 'arxiv-metadata-oai-snapshot.json', content: brokenSnapshot }],
    inputRecords: 4,
    titles: ['Snapshot Paper One', 'Snapshot Paper Four'],
    rejections: [
      { file: 'arxiv-metadata-oai-snapshot.json', line: 2, record: 1, message: /^invalid JSON/ },
      { file: 'arxiv-metadata-oai-snapshot.json', line: 3, record: 2, message: /no "title"/ },
    ],
    warnings: [],
    check: (result) => expect(result.records[1]).toMatchObject({ arxivId: '2501.00024', date: '2025-01-06', abstract: 'An abstract.', authors: ['Ann Lee'], categories: ['cs.LG'] }),
  },
  {
    name: 'CSL-JSON: an item that is not an object and one without title',
    files: [{ name: 'library.json', content: cslItems }],
    inputRecords: 3,
    titles: ['CSL Paper One'],
    rejections: [
      { file: 'library.json', record: 1, message: /^not a CSL item/ },
      { file: 'library.json', record: 2, message: /no "title"/ },
    ],
    warnings: [],
    check: (result) => expect(result.records[0]).toMatchObject({ authors: ['Ann Lee'], date: '2020-05' }),
  },
  {
    name: 'OpenAlex: a work without a title that no other input names, a broken snapshot line',
    files: [
      { name: 'page-referenced-works.json', content: formatFixture('openalex/page-referenced-works-trimmed.json') },
      { name: 'works.jsonl', content: openalexWorks },
    ],
    inputRecords: 6 + 3,
    titles: [
      'Glove: Global Vectors for Word Representation',
      'The PageRank Citation Ranking : Bringing Order to the Web',
      'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
      'Distributed representations of words and phrases and their compositionality',
      "Google's Neural Machine Translation System: Bridging the Gap between Human and Machine Translation",
      'OpenAlex Kept Work',
    ],
    rejections: [
      { file: 'works.jsonl', line: 2, record: 1, message: /^invalid JSON/ },
      // Untitled works wait for another input to name them: rejected after all inputs are read, by their ids.
      { file: 'page-referenced-works.json', record: 1, message: /^no title \(DOI 10\.18653\/v1\/n19-1423, OpenAlex id W2963341956\)/ },
      { file: 'works.jsonl', line: 3, record: 2, message: /^no title \(DOI 10\.1000\/untitled, OpenAlex id W4000000003\)/ },
    ],
    // The trimmed page still says `meta.count` 38: one page of a longer answer.
    warnings: [{ file: 'page-referenced-works.json', line: 1, message: /^the page holds 6 of the query's 38 works \(ask again with cursor=/ }],
    check: (result) => expect(result.records[5]).toMatchObject({ authors: ['Ann Lee'], ids: { openalex: 'W4000000001' }, references: [{ openalex: 'W2250539671' }] }),
  },
  {
    name: 'Semantic Scholar: a batch with a null, page items that are not a paper or have neither title nor id',
    files: [
      { name: 'batch.json', content: formatFixture('semantic-scholar/batch-with-null.json') },
      { name: 'search.json', content: s2Page },
    ],
    inputRecords: 3 + 3,
    titles: ['How Much Should We Trust Differences-in-Differences Estimates?', 'The Miracle of Microfinance? Evidence from a Randomized Evaluation', 'Improving Third-Party Audits and Regulatory Compliance in India', 'S2 Kept Paper'],
    rejections: [
      { file: 'search.json', record: 1, message: /^not a Semantic Scholar paper \(number\)/ },
      { file: 'search.json', record: 2, message: /^paper has no "title"/ },
    ],
    // A null in a batch answer is an id Semantic Scholar did not find: said, but not a record of the file.
    warnings: [{ file: 'batch.json', record: 0, message: /^null: Semantic Scholar found no paper/ }],
  },
  {
    name: 'PubMed XML: a malformed article and one cut off at the end of the file',
    files: [{ name: 'efetch.xml', content: brokenPubmed }],
    inputRecords: 4,
    titles: ['PubMed Paper One', 'PubMed Paper Three'],
    rejections: [
      { file: 'efetch.xml', line: 5, record: 1, message: /^invalid XML: Expected closing tag 'ArticleTitle'/ },
      { file: 'efetch.xml', line: 7, record: 3, message: /^<PubmedArticle> is not closed before the end of the file/ },
    ],
    warnings: [],
    check: (result) => expect(result.records[0]).toMatchObject({ authors: ['Ann Lee'], date: '2021-04', ids: { pmid: '31' } }),
  },
  {
    name: 'Crossref works as JSON Lines: a broken line, a journal issue, a work with neither title nor DOI',
    files: [{ name: 'crossref-works.jsonl', content: crossrefLines }],
    inputRecords: 4,
    titles: ['Crossref Paper One'],
    rejections: [
      { file: 'crossref-works.jsonl', line: 2, record: 1, message: /^invalid JSON/ },
      { file: 'crossref-works.jsonl', line: 3, record: 2, message: /^a Crossref "journal-issue" record \(DOI 10\.1000\/cr\.issue\) is a journal issue, not a paper/ },
      { file: 'crossref-works.jsonl', line: 4, record: 3, message: /^work has no "title" \(and no DOI/ },
    ],
    warnings: [],
    check: (result) => expect(result.records[0]).toMatchObject({ authors: ['Ann Lee'], date: '2021-04', doi: '10.1000/cr.1' }),
  },
  {
    name: 'empty files',
    files: [
      { name: 'empty.jsonl', content: '' },
      { name: 'empty.json', content: '' },
      { name: 'empty.txt', content: '' },
    ],
    inputRecords: 0,
    titles: [],
    rejections: [],
    warnings: ['empty.jsonl', 'empty.json', 'empty.txt'].map((file) => ({ file, message: /^empty file/ })),
  },
  {
    name: 'files with only whitespace',
    files: [
      { name: 'blank.jsonl', content: '\n\n  \n' },
      { name: 'blank.txt', content: ' \t\r\n\u00a0\n' },
    ],
    inputRecords: 0,
    titles: [],
    rejections: [],
    warnings: ['blank.jsonl', 'blank.txt'].map((file) => ({ file, message: /^empty file/ })),
  },
  {
    name: 'a huge single line: a 3 MB JSON Lines record, a one-line JSON array of 3,000 records, a 3 MB listing abstract',
    files: [
      { name: 'huge.jsonl', content: jsonl([{ title: 'Huge Record', abstract: hugeAbstract }, { title: 'Small Record' }]) },
      { name: 'oneline.json', content: JSON.stringify(many) },
      { name: 'huge.txt', content: hugeListing },
    ],
    inputRecords: 2 + 3000 + 3,
    titles: ['Huge Record', 'Small Record', ...many.map((record) => record.title), FIRST[0], 'A Paper With A Huge Abstract', LAST[0]],
    rejections: [],
    warnings: [],
    check: (result) => {
      expect(result.records[0]!.abstract.length).toBe(hugeAbstract.length);
      expect(result.records[3003]!.abstract.length).toBe(hugeAbstract.length);
    },
  },
  {
    name: 'a binary file (PNG)',
    files: [{ name: 'figure.png', content: png }],
    inputRecords: 1,
    titles: [],
    rejections: [{ file: 'figure.png', message: /^binary file/ }],
    warnings: [],
  },
  {
    name: 'UTF-16 without byte order mark',
    files: [{ name: 'nobom.jsonl', content: utf16le(jsonl([{ title: 'Hidden' }])).subarray(2) }],
    inputRecords: 1,
    titles: [],
    rejections: [{ file: 'nobom.jsonl', message: /UTF-16 text without a byte order mark/ }],
    warnings: [],
  },
  {
    name: 'a text file of no known format',
    files: [{ name: 'notes.md', content: '# notes\n\nNothing to read here.\n' }],
    inputRecords: 1,
    titles: [],
    rejections: [{ file: 'notes.md', line: 1, message: /^unrecognised format \(expected a paper listing, JSON, JSON Lines, .*BibTeX, RIS/ }],
    warnings: [],
  },
];

/** An issue as the table states it: file name without folders, message matched. */
export function issueShape(issue: { file: string; line?: number; record?: number; message: string }, fileName = (file: string) => file) {
  return { file: fileName(issue.file), line: issue.line, record: issue.record, message: issue.message };
}

export function expectedIssues(issues: ExpectedIssue[]) {
  return issues.map((issue) => ({ file: issue.file, line: issue.line, record: issue.record, message: expect.stringMatching(issue.message) }));
}

/** Every record of the input is kept (as a source of a kept record) or rejected. */
export function expectEveryRecordAccountedFor(row: BadInput, result: IngestResult): void {
  const kept = result.records.reduce((sum, record) => sum + record.sources.length, 0);
  expect(kept + result.rejections.length, `${row.name}: kept ${kept} + rejected ${result.rejections.length}`).toBe(row.inputRecords);
}

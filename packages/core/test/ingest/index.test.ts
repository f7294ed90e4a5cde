import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/encoding.ts';
import { ingest, ingestOne, loadInputFormats } from '../../src/ingest/index.ts';
import { parseListing } from '../../src/ingest/listing.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { InputText } from '../../src/types.ts';
import { BAD_INPUTS, expectEveryRecordAccountedFor, expectedIssues, issueShape } from './bad-inputs.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

/** What the I/O edge hands the core for a file's bytes. */
function decoded(name: string, content: string | Uint8Array): InputText {
  const { text, linesWithBadBytes } = decodeText(typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return linesWithBadBytes.length > 0 ? { name, text, linesWithBadBytes } : { name, text };
}

// Parsers loaded on demand (BibTeX's) are loaded as the CLI and the viewer load them before ingesting.
beforeAll(() => loadInputFormats());

describe('bad inputs, one row per class: records kept, rejections and warnings with file and line', () => {
  for (const row of BAD_INPUTS) {
    it(row.name, () => {
      const result = ingest(row.files.map((file) => decoded(file.name, file.content)));
      expect(result.records.map((record) => record.title)).toEqual(row.titles);
      expect(result.rejections.map((issue) => issueShape(issue))).toEqual(expectedIssues(row.rejections));
      expect(result.warnings.map((issue) => issueShape(issue))).toEqual(expectedIssues(row.warnings));
      expectEveryRecordAccountedFor(row, result);
      row.check?.(result);
    });
  }
});

describe('ingest', () => {
  it('one paper in two inputs is one record with both sources (by arXiv id, else title)', () => {
    const listing = parseListing(seed, 'seeds/llama-2-7b.txt').records;
    const kron = listing.find((r) => r.title.startsWith('Kron-LoRA'))!;
    const json = JSON.stringify([
      { title: kron.title.toUpperCase(), abstract: 'short', authors: ['Yixin Shen'], id: '2508.01961', categories: ['cs.LG'] },
      { title: 'Kron-LoRA: hybrid Kronecker-LoRA adapters for scalable, sustainable fine-tuning', abstract: 'x', authors: [], id: '2508.01961v2' },
    ]);
    const result = ingest([
      { name: 'seeds/llama-2-7b.txt', text: seed },
      { name: 'more.json', text: json },
    ]);
    expect(result.records).toHaveLength(10);
    const merged = result.records.find((r) => r.title.startsWith('Kron-LoRA'))!;
    expect(merged.sources.map((s) => s.file)).toEqual(['seeds/llama-2-7b.txt', 'more.json', 'more.json']);
    expect(merged.arxivId).toBe('2508.01961');
    expect(merged.abstract).toBe(kron.abstract);
    expect(merged.tags).toEqual(['llama-2-7b']);
  });

  it('an unrecognised file is one rejection naming it', () => {
    const result = ingest([{ name: 'notes.md', text: '# notes' }]);
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([{ file: 'notes.md', line: 1, message: expect.stringContaining('unrecognised format') }]);
  });

  it('a format can be forced by name, and lines with bad bytes are reported for whole-text formats', () => {
    expect(ingestOne({ name: 'x.data', text: '{"title":"A"}\n' }, 'jsonl').records[0]!.sources).toEqual([{ file: 'x.data', line: 1, record: 0 }]);
    const many = ingestOne({ name: 'l.json', text: '[{"title":"A"}]', linesWithBadBytes: Array.from({ length: 30 }, (_, n) => n + 1) });
    expect(many.warnings).toHaveLength(21);
    expect(many.warnings[20]!.message).toMatch(/^10 more lines with bytes that are not UTF-8 \(lines 21–30\)/);
  });
});

describe('the bibliographic formats mixed (issue 14): one record, one node per paper', () => {
  const folder = new URL('../fixtures/formats/', import.meta.url);
  const fixtures: InputText[] = ['arxiv-atom', 'arxiv-snapshot', 'bibtex', 'ris', 'csl-json'].flatMap((format) =>
    readdirSync(new URL(`${format}/`, folder))
      .filter((name) => !name.endsWith('.md'))
      .sort()
      .map((name) => ({ name: `${format}/${name}`, text: decodeText(new Uint8Array(readFileSync(new URL(`${format}/${name}`, folder)))).text })),
  );
  // The same papers as arXiv's BibTeX export, a Zotero RIS export and a CSL-JSON item would give them.
  const overlap: InputText[] = [
    {
      name: 'overlap.bib',
      text: '@misc{yan2025rdd,\n  title={{RDD}: Retrieval-Based Demonstration Decomposer for Planner Alignment in Long-Horizon Tasks},\n  author={Mingxuan Yan and Yuping Wang and Zechun Liu and Jiachen Li},\n  year={2025},\n  eprint={2510.14968},\n  archivePrefix={arXiv},\n  primaryClass={cs.RO},\n}\n',
    },
    {
      name: 'overlap.ris',
      text: 'TY  - PREP\r\nTI  - REST: stress testing large reasoning models by asking multiple problems at once\r\nAU  - Pan, Zhuoshi\r\nDO  - 10.48550/arXiv.2507.10541\r\nER  - \r\n',
    },
    {
      name: 'overlap.csl.json',
      text: JSON.stringify([{ type: 'paper-conference', title: 'On-line Viterbi algorithm and its relationship to random walks', author: [{ family: 'Šrámek', given: 'Rastislav' }], issued: { 'date-parts': [[2007, 9]] } }]),
    },
  ];

  it('every fixture together: papers in several files merge by arXiv id, else title; the rest stay apart', () => {
    const result = ingest([...fixtures, ...overlap]);
    expect(result.records).toHaveLength(222);
    expect(result.rejections.map((issue) => `${issue.file}:${issue.line}`)).toEqual([
      'arxiv-atom/api-error-entry-2026.xml:9',
      'arxiv-atom/news-rss2-bbc-world-2017.xml:3',
      'arxiv-atom/news-rss2-infoq-2022-trimmed.xml:2',
      'bibtex/bibdesk-crossref-bbt.bib:46',
      'bibtex/bibdesk-crossref-bbt.bib:59',
      'bibtex/bibdesk-crossref-bbt.bib:72',
      'bibtex/biblatex-examples-trimmed.bib:26',
      'bibtex/biblatex-examples-trimmed.bib:136',
      'bibtex/broken-entry-d2l.bib:40',
      'bibtex/colrev-loader-mixed.bib:19',
      'bibtex/colrev-loader-mixed.bib:47',
      'ris/scopus-crlf.ris:20',
    ]);
    const byId = (id: string) => result.records.find((record) => record.arxivId === id)!;
    // API Atom, the listing feed and arXiv's BibTeX export: one paper, the API's date and full abstract kept.
    expect(byId('2510.14968').sources.map((source) => source.file)).toEqual(['arxiv-atom/api-search-2025-wrapped.xml', 'arxiv-atom/listing-atom-from-spec.xml', 'overlap.bib']);
    expect(byId('2510.14968')).toMatchObject({ title: 'RDD: Retrieval-Based Demonstration Decomposer for Planner Alignment in Long-Horizon Tasks', authors: ['Mingxuan Yan', 'Yuping Wang', 'Zechun Liu', 'Jiachen Li'], year: 2025 });
    expect(byId('2510.14968').abstract.endsWith('Code and more results are available at rdd-neurips.github.io.')).toBe(true);
    // The RIS record names it by its arXiv DOI; the listing feed by its oai id.
    expect(byId('2507.10541').sources.map((source) => source.file)).toEqual(['arxiv-atom/api-search-2026-trimmed.xml', 'arxiv-atom/listing-rss-from-spec.xml', 'overlap.ris']);
    expect(byId('2507.10541').authors).toHaveLength(8);
    expect(byId('2203.01250').sources).toHaveLength(2);
    // No id in the CSL item: the same title (case aside) is the same paper.
    expect(byId('0704.0062').sources.map((source) => source.file)).toEqual(['arxiv-snapshot/snapshot-cs-selection.jsonl', 'overlap.csl.json']);
    expect(byId('0704.0062').authors).toEqual(['Rastislav Šrámek', 'Broňa Brejová', 'Tomáš Vinař']);
    // The broken .bib's 7 readable entries are the d2l file's: merged, not doubled.
    expect(result.records.filter((record) => record.title === 'Attention is all you need')).toHaveLength(1);
  });

  it('the graph built from them has one paper node per paper, and their authors in "First Last" form', () => {
    const { graph } = runPipeline([...fixtures, ...overlap], { layout: false });
    const papers = graph.filterNodes((_key, attributes) => attributes['kind'] === 'paper');
    expect(papers).toHaveLength(222);
    const authors = graph.filterNodes((_key, attributes) => attributes['kind'] === 'author').map((key) => graph.getNodeAttribute(key, 'name') as string);
    expect(authors).toEqual(expect.arrayContaining(['Martín Abadi', 'Léon Bottou', 'Łukasz Kaiser', 'Jörn-Henrik Jacobsen', 'Rastislav Šrámek', 'C. Balázs', 'Neal J. Evans II', 'Santiago Ramón y Cajal']));
    // Mendeley's "Nuno M.C." and IEEE's "Nuno M. C." are one person.
    expect(authors.filter((name) => /^Nuno M\. ?C\. Da Costa$/i.test(name))).toEqual(['Nuno M. C. Da Costa']);
    for (const name of authors) {
      expect(name).not.toMatch(/[\\{}]|^(others|et al\.)$/);
      expect(name).not.toContain(',');
    }
  });
});


describe("a database's placeholder for no author is no author, whatever the format", () => {
  it("Scopus's `[No author name available]` (litsearchr's Scopus CSV), Web of Science's `[Anonymous]`: the papers are kept without authors", () => {
    const name = 'csv/scopus-no-author-litsearchr.csv';
    const scopus = ingestOne({ name, text: readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url), 'utf8') });
    expect(scopus.records.map((record) => [record.title, record.authors])).toEqual([
      ['Adult bobcat (Lynx rufus) habitat selection in a longleaf pine savanna', ['A.R. Little', 'L. Mike Conner', 'M.J. Chamberlain', 'N.P. Nibbelink', 'R.J. Warren']],
      ['Wildlife responses to stand-level structural retention practices in the boreal forest', []],
    ]);
    const wos = ingestOne({ name: 'savedrecs.txt', text: 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU [Anonymous]\nTI New DNA tests for Cavalier King Charles spaniels\nSO VETERINARY RECORD\nPY 2011\nER\n\nEF\n' });
    expect(wos.records.map((record) => [record.title, record.authors])).toEqual([['New DNA tests for Cavalier King Charles spaniels', []]]);
  });
});

describe('tidyRecords: what every record gets, whole or streamed', () => {
  it("an author's title before the name is dropped, a one-word name after it kept whole", () => {
    const text = JSON.stringify([{ title: 'T', authors: ['Dr. Anil Kumar', 'Prof. Dr. Ganesh Manerkar', 'Mrs Jane Doe', 'Dr. Who', 'Drew Barrymore'] }]);
    expect(ingestOne({ name: 't.json', text }).records[0]!.authors).toEqual(['Anil Kumar', 'Ganesh Manerkar', 'Jane Doe', 'Dr. Who', 'Drew Barrymore']);
  });

  // Records of the arXiv corpus's JSON Lines (id, title, authors as given; long author lists cut to their first six).
  const corpusLines = [
    { id: '2509.20057', title: 'Responsible AI Technical Report', authors: ['KT', ':', 'Soonmin Bae', 'Wanjin Park', 'Jeongyeop Kim', 'Yunjin Park'] },
    { id: '2506.14645', title: 'Passing the Turing Test in Political Discourse: Fine-Tuning LLMs to Mimic Polarized Social Media Comments', authors: ['. Pazzaglia', 'V. Vendetti', 'L. D. Comencini', 'F. Deriu', 'V. Modugno'] },
    { id: '2508.07592', title: 'IBPS: Indian Bail Prediction System', authors: ['Puspesh Kumar Srivastava', 'Uddeshya Raj', 'Praveen Patel', '/Shubham Kumar Nigam', 'Noel Shallum', 'Arnab Bhattacharya'] },
    { id: '2606.20531', title: 'VisDom: Sparse Novel View Synthesis with Visible Domain Constraint', authors: ['Mariia Gladkova*', 'Tarun Yenamandra*', 'Edmond Boyer', 'Robert Maier', 'Tony Tung', 'Daniel Cremers'] },
    { id: '2503.14504', title: 'Aligning Multimodal LLM with Human Preference: A Survey', authors: ['Tao Yu', 'Yi-Fan Zhang\u2020', 'Chaoyou Fu', 'Junkang Wu', 'Jinda Lu', 'Kun Wang'] },
  ];

  it("a name without a letter (arXiv's `KT: Soonmin Bae, …` read as the authors `KT`, `:`) is no author, and a warning names its record", () => {
    const text = corpusLines.map((line) => JSON.stringify(line)).join('\n') + '\n';
    const result = ingestOne({ name: 'corpus.jsonl', text });
    expect(result.records[0]!.authors).toEqual(['KT', 'Soonmin Bae', 'Wanjin Park', 'Jeongyeop Kim', 'Yunjin Park']);
    expect(result.warnings).toEqual([{ file: 'corpus.jsonl', line: 1, record: 0, message: 'author ":" has no letter: no name, left out of the record\'s authors' }]);
    // no author node `author:` labelled ":" joins the papers that list one
    const built = runPipeline([{ name: 'corpus.jsonl', text }], { layout: false });
    expect(built.warnings.map((warning) => warning.message)).toContain('author ":" has no letter: no name, left out of the record\'s authors');
    const authorLabels = built.graph.filterNodes((_key, attributes) => attributes['kind'] === 'author').map((key) => built.graph.getNodeAttribute(key, 'label') as string);
    expect(authorLabels).toContain('KT');
    expect(authorLabels).not.toContain(':');
  });

  it('punctuation at the ends of a name that is no part of it is trimmed: a list separator left before it, an author mark after it', () => {
    const text = corpusLines.map((line) => JSON.stringify(line)).join('\n') + '\n';
    const authors = ingestOne({ name: 'corpus.jsonl', text }).records.map((record) => record.authors.slice(0, 4));
    expect(authors.slice(1)).toEqual([
      ['Pazzaglia', 'V. Vendetti', 'L. D. Comencini', 'F. Deriu'],
      ['Puspesh Kumar Srivastava', 'Uddeshya Raj', 'Praveen Patel', 'Shubham Kumar Nigam'],
      ['Mariia Gladkova', 'Tarun Yenamandra', 'Edmond Boyer', 'Robert Maier'],
      ['Tao Yu', 'Yi-Fan Zhang', 'Chaoyou Fu', 'Junkang Wu'],
    ]);
    // (invented) what is part of a name stays: initials' periods, an apostrophe, a hyphen inside, a bracketed placeholder
    const kept = JSON.stringify([{ title: 'T', authors: ['Ada Lovelace;', "Gerard 't Hooft", 'J. Smith Jr.', 'Jean-Luc Picard', '[Anonymous]', '—'] }]);
    expect(ingestOne({ name: 't.json', text: kept }).records[0]!.authors).toEqual(['Ada Lovelace', "Gerard 't Hooft", 'J. Smith Jr.', 'Jean-Luc Picard']);
  });
});

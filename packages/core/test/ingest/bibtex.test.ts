import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { bibtexFormat, parseBibtex } from '../../src/ingest/bibtex.ts';
import { decodeText } from '../../src/ingest/encoding.ts';
import { parseZoteroJson } from '../../src/ingest/zotero-json.ts';
import { ingestOne } from '../../src/ingest/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/bibtex/${name}`, import.meta.url), 'utf8');

// The parser is loaded on demand (it is large), as the CLI and the viewer load it before reading a .bib.
await bibtexFormat.load!();

it('parsing before load() is a programming error, said so', async () => {
  vi.resetModules();
  const fresh = await import('../../src/ingest/bibtex.ts');
  expect(() => fresh.parseBibtex('@article{a, title={T}}', 'a.bib')).toThrow(/BibTeX parser is not loaded: await loadInputFormats\(\)/);
  await fresh.bibtexFormat.load!();
  expect(fresh.parseBibtex('@article{a, title={T}}', 'a.bib').records.map((record) => record.title)).toEqual(['T']);
});
const read = (name: string) => parseBibtex(fixture(name), name);

const D2L_TITLES = [
  'TensorFlow: A system for large-scale machine learning',
  'SN: A simulator for connectionist models',
  "Les Nouvelles Idées sur la Structure du Système Nerveux chez l'Homme et chez les Vertébrés",
  'On the properties of neural machine translation: Encoder–decoder approaches',
  'BERT: Pre-training of deep bidirectional transformers for language understanding',
  'ImageNet classification: fast descriptor coding and large-scale SVM training',
  'Attention is all you need',
  'Music transformer: generating music with long-term structure',
];

describe('BibTeX (Google Scholar style, d2l.bib)', () => {
  const result = read('google-scholar-d2l.bib');

  it('titles unbraced with their case kept, LaTeX accents decoded, one record per entry with its line', () => {
    expect(result.rejections).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records.map((record) => record.title)).toEqual(D2L_TITLES);
    expect(result.records.map((record) => record.sources[0]!.line)).toEqual([1, 13, 23, 31, 40, 49, 59, 69]);
  });

  it('authors as "First Last" in order: {\\\'\\i}, {\\L}, {\\"e}, {Le Cun}, a trailing comma; "et al." and "others" dropped', () => {
    const [abadi, bottou, cajal, cho, , lin, vaswani] = result.records;
    expect(abadi!.authors).toEqual(['Martín Abadi', 'Paul Barham', 'Jianmin Chen', 'Zhifeng Chen', 'Andy Davis', 'Jeffrey Dean', 'Matthieu Devin', 'Sanjay Ghemawat', 'Geoffrey Irving', 'Michael Isard']);
    expect(abadi!.authors[0]).toBe('Mart\u00edn Abadi');
    expect(bottou!.authors).toEqual(['Léon Bottou', 'Yann Le Cun']);
    expect(cajal!.authors).toEqual(['Santiago Ramón y Cajal', 'L. Azoulay']);
    expect(cho!.authors).toEqual(['Kyunghyun Cho', 'Bart Van Merriënboer', 'Dzmitry Bahdanau', 'Yoshua Bengio']);
    // Google Scholar's `Lv, F` and `Tsai, MH`: initials, spelt as the databases' short forms are spelt.
    expect(lin!.authors).toEqual(['Yuanqing Lin', 'F. Lv', 'S. Zhu', 'M. Yang', 'T. Cour', 'K. Yu', 'L. Cao', 'Z. Li', 'M. H. Tsai', 'X. Zhou']);
    expect(vaswani!.authors[6]).toBe('Łukasz Kaiser');
  });

  it('year as date, venue from journal/booktitle, arXiv id from "Ar{X}iv:1810.04805" as journal', () => {
    expect(result.records[4]).toMatchObject({ arxivId: '1810.04805', year: 2018, date: '2018' });
    expect(result.records[4]!.venue).toBeUndefined();
    expect(result.records[3]!.arxivId).toBe('1409.1259');
    expect(result.records[6]).toMatchObject({ venue: 'Advances in Neural Information Processing Systems', year: 2017 });
    expect(result.records[0]!.venue).toBe('12th USENIX Symposium on Operating Systems Design and Implementation (OSDI 16)');
    expect(result.records[0]!.arxivId).toBeUndefined();
  });
});

describe('BibTeX: Zotero export, @string macros, the ACL template', () => {
  it('Zotero: eprint + archivePrefix, double-braced titles, month, hard-wrapped abstract', () => {
    const result = read('zotero-arxiv-probml.bib');
    expect(result.records.map((record) => [record.title, record.arxivId, record.date])).toEqual([
      ['Generative Adversarial Networks for Extreme Learned Image Compression', '1804.02958', '2018'],
      ['Fixing a Broken ELBO', '1711.00464', '2017-11'],
      ['PoseTrack: A Benchmark for Human Pose Estimation and Tracking', '1710.10000', '2018'],
      ['Stochastic Variational Video Prediction', '1710.11252', '2017'],
    ]);
    const [gan, elbo] = result.records;
    expect(gan!.authors).toEqual(['Eirikur Agustsson', 'Michael Tschannen', 'Fabian Mentzer', 'Radu Timofte', 'Luc Van Gool']);
    expect(gan!.abstract).toBe(
      'We propose a framework for extreme learned image compression based on Generative Adversarial Networks (GANs), obtaining visually pleasing images at significantly lower bitrates than previous methods. This is made possible through our GAN formulation of learned compression combined with a generator/decoder which operates on the full-resolution image and is trained in combination with a multi-scale discriminator. Additionally, our method can fully synthesize unimportant regions in the decoded image such as streets and trees from a semantic label map extracted from the original image, therefore only requiring the storage of the preserved region and the semantic label map. A user study confirms that for low bitrates, our approach significantly outperforms state-of-the-art methods, saving up to 67% compared to the next-best method BPG.',
    );
    expect(elbo!.authors).toEqual(['Alexander A. Alemi', 'Ben Poole', 'Ian Fischer', 'Joshua V. Dillon', 'Rif A. Saurous', 'Kevin Murphy']);
    expect(result.records[2]!.venue).toBe('CVPR');
  });

  it('@string macros as values; {\\l}, {\\k{e}}, the non-standard {\\:o}; "Alemi , Alexander"; "and others"', () => {
    const result = read('strings-macros-probml.bib');
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(8);
    const byTitle = new Map(result.records.map((record) => [record.title, record]));
    expect(byTitle.get('Infinite Variational Autoencoder for Semi-Supervised Learning')).toMatchObject({ arxivId: '1611.07800', authors: ['Ehsan Abbasnejad', 'Anthony R. Dick', 'Anton van den Hengel'] });
    expect(byTitle.get('Charakterisierung der Entropien positiver Ordnung und der Shannonschen Entropie')!.authors).toEqual(['János Aczél', 'Zoltán Daróczy']);
    expect(byTitle.get('Deep Variational Information Bottleneck')).toMatchObject({ venue: 'International Conference on Learning Representations', authors: ['Alexander A. Alemi', 'Ian Fischer', 'Joshua V. Dillon', 'Kevin P. Murphy'] });
    expect(byTitle.get('A Closer Look at Memorization in Deep Networks')!.authors.slice(0, 2)).toEqual(['Devansh Arpit', 'Stanisław Jastrzębski']);
    expect(byTitle.get('Invertible Residual Networks')).toMatchObject({ arxivId: '1811.00995', authors: ['Jens Behrmann', 'Will Grathwohl', 'Ricky T. Q. Chen', 'David Duvenaud', 'Jörn-Henrik Jacobsen'] });
    expect(byTitle.get('Greedy layer-wise training of deep networks')!.authors).toEqual(['Yoshua Bengio', 'Pascal Lamblin', 'Dan Popovici', 'Hugo Larochelle']);
    // `journal = arxiv` is the macro "arXiv preprint": no venue, and no id to read.
    expect(byTitle.get('Input Convex Neural Networks')!.venue).toBeUndefined();
  });

  it('ACL template: % comments, a corporate author, quoted values, capitalised field names, Month = dec, a DOI, an arXiv URL', () => {
    const result = read('acl-template-custom.bib');
    expect(result.records.map((record) => record.title)).toEqual([
      'The Theory of Parsing, Translation and Compiling',
      'Publications Manual',
      'Alternation',
      'Scalable training of L1-regularized log-linear models',
      'Algorithms on Strings, Trees and Sequences',
      'Yara Parser: A Fast and Accurate Dependency Parser',
      'A Framework for Learning Predictive Structures from Multiple Tasks and Unlabeled Data',
    ]);
    expect(result.records[1]!.authors).toEqual(['American Psychological Association']);
    expect(result.records[2]).toMatchObject({ doi: '10.1145/322234.322243', year: 1981, authors: ['Ashok K. Chandra', 'Dexter C. Kozen', 'Larry J. Stockmeyer'] });
    expect(result.records[5]).toMatchObject({ arxivId: '1503.06733', year: 2015 });
    expect(result.records[6]).toMatchObject({ date: '2005-12', authors: ['Rie Kubota Ando', 'Tong Zhang'], venue: 'Journal of Machine Learning Research' });
  });
});

/**
 * google-scholar-d2l.bib with two braces deleted (kept out of the fixture folder, which other tests read whole): the
 * `}` of `Tensor{F}low` in entry 1 (line 2; the parser meets entry 2 at line 13 still inside it) and the `}` closing
 * the title of the last entry, `huang2018music` (line 70; the parser meets the end of the file, line 75).
 */
function unclosedBraces(): string {
  const lines = fixture('google-scholar-d2l.bib').split('\n');
  expect(lines[1]).toContain('Tensor{F}low');
  expect(lines[69]).toMatch(/structure\},$/);
  lines[1] = lines[1]!.replace('Tensor{F}low', 'Tensor{Flow');
  lines[69] = lines[69]!.replace(/\},$/, ',');
  return lines.join('\n');
}

describe('broken BibTeX: the entry named in the error is rejected by the line it starts on, the others kept', () => {
  it('the d2l file with one comma deleted (entry 5 from line 40, the comma on line 42): where the parser gave up is said', () => {
    const result = read('broken-entry-d2l.bib');
    expect(result.records.map((record) => record.title)).toEqual(D2L_TITLES.filter((title) => !title.startsWith('BERT')));
    expect(result.rejections).toEqual([
      {
        file: 'broken-entry-d2l.bib',
        line: 40,
        record: 4,
        message: expect.stringMatching(/^entry Devlin\.Chang\.Lee\.ea\.2018 cannot be read: the parser gave up at line 43, column 3: Token mismatch, expected "}", found "author/),
      },
    ]);
    expect(result.records[4]!.sources[0]!.line).toBe(49);
  });

  it('an unresolved macro and an unknown command are warnings (the entry is kept); an entry without title is rejected', () => {
    const text = '@article{a, title={Kept}, journal=nosuchmacro, year=2020}\n\n@article{b, title={Also \\foo{Kept}}}\n@misc{c, author={Lee, Ann}}\n';
    const result = parseBibtex(text, 'x.bib');
    expect(result.records.map((record) => record.title)).toEqual(['Kept', 'Also \\foo Kept']);
    expect(result.rejections).toEqual([{ file: 'x.bib', line: 4, record: 2, message: 'entry c has no title' }]);
    expect(result.warnings).toEqual([
      { file: 'x.bib', line: 1, message: 'Unresolved @string reference "nosuchmacro" (kept as written)' },
      { file: 'x.bib', line: 3, message: 'unhandled macro \\foo (kept as written)' },
    ]);
  });

  it('an entry cut off at the end of the file: rejected at its first line, the end of the file named', () => {
    const result = parseBibtex('@article{a, title={One}}\n@article{b, title={Two, year=2020}\n', 'cut.bib');
    expect(result.records.map((record) => record.title)).toEqual(['One']);
    expect(result.rejections).toEqual([
      { file: 'cut.bib', line: 2, record: 1, message: expect.stringMatching(/^entry b cannot be read: the parser gave up at line 3, column 1: .*found the end of the file \(a brace or quote left open\?\)$/) },
    ]);
  });

  it('the d2l file with two braces left open (entries 1 and 8): a `{` never closed inside a field of one line is read as text, the entry kept with a warning; a field whose `}` is gone costs its entry, rejected at its first line', () => {
    const result = parseBibtex(unclosedBraces(), 'unclosed-braces-d2l.bib');
    expect(result.records.map((record) => record.title)).toEqual(['TensorFlow: A system for large-scale machine learning', ...D2L_TITLES.slice(1, 7)]);
    expect(result.records.map((record) => record.sources[0]!.line)).toEqual([1, 13, 23, 31, 40, 49, 59]);
    expect(result.warnings).toEqual([{ file: 'unclosed-braces-d2l.bib', line: 2, message: 'a `{` in a field of one line is never closed: read as text, so the entry is kept' }]);
    expect(result.rejections).toEqual([
      {
        file: 'unclosed-braces-d2l.bib',
        line: 69,
        record: 7,
        message: expect.stringMatching(/^entry huang2018music cannot be read: the parser gave up at line 75, column 1: .*found the end of the file/),
      },
    ]);
  });

  it('a GBK file (read as Latin-1): its key `凯撒2013` becomes `¿­Èö2013`, with a soft hyphen the parser refuses — the entry is read all the same', () => {
    const decoded = decodeText(new Uint8Array(readFileSync(new URL('../fixtures/formats/bibtex/gbk-chinese-key-bibtexparser.bib', import.meta.url))));
    expect(decoded.linesWithBadBytes).toEqual([1, 2, 5]);
    const result = parseBibtex(decoded.text, 'gbk_test.bib');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.sources[0]!.line, record.title, record.date])).toEqual([[1, 'Test Title', '2013']]);
  });

  it('key characters the parser refuses but BibTeX takes (`–`, `’`, `©`, a soft hyphen, a zero-width space, `!`) cost no entry', () => {
    const keys = ['smith–2020', 'o’brien2020', 'a©b', 'soft\u00adhyphen', 'zero\u200bwidth', 'wow!2020', 'x😀y'];
    const result = parseBibtex(keys.map((key, index) => `@article{${key},\n  title = {Paper ${index}}\n}\n`).join(''), 'keys.bib');
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.title, record.sources[0]!.line])).toEqual(keys.map((_key, index) => [`Paper ${index}`, 1 + 3 * index]));
  });

  it('an entry the parser gives up on inside its key is one rejection naming the whole key and the character, not also an untitled entry', () => {
    const result = parseBibtex('@article{ab¿c\n  , title = {T}\n}\n@article{ok, title={Fine}}\n', 'cut-key.bib');
    expect(result.records.map((record) => record.title)).toEqual(['Fine']);
    expect(result.rejections).toEqual([
      { file: 'cut-key.bib', line: 1, record: 0, message: expect.stringMatching(/^entry ab¿c cannot be read: its key holds "¿" \(U\+00BF\), which the parser cannot read; the parser gave up at line 1, column 12: /) },
    ]);
  });

  it('an unclosed entry alone in a file is rejected at line 1, not at the end of the file', () => {
    const text = `${unclosedBraces().split('\n').slice(0, 11).join('\n')}\n${'% notes\n'.repeat(8)}`;
    const result = parseBibtex(text, 'one.bib');
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([{ file: 'one.bib', line: 1, record: 0, message: expect.stringMatching(/gave up at line 20, column 1: .*found the end of the file/) }]);
  });
});

describe('LaTeX commands the parser does not know are kept as written; the ones it knows are still decoded', () => {
  it('`\\foo macro` keeps `\\foo` and its space, beside accents, letters, dashes and formatting decoded', () => {
    // The d2l TensorFlow entry (google-scholar-d2l.bib) with a command of the paper's own in its title.
    const text = fixture('google-scholar-d2l.bib')
      .split('\n')
      .slice(0, 11)
      .join('\n')
      .replace('A system for', 'Uses \\foo macro, \\emph{{\\L}ukasz}, na\\"ive and \\ie\\eg{} -- a system for');
    const result = parseBibtex(text, 'macro.bib');
    expect(result.rejections).toEqual([]);
    expect(result.records[0]!.title).toBe('TensorFlow: Uses \\foo macro, Łukasz, naïve and \\ie \\eg – a system for large-scale machine learning');
    expect(result.records[0]!.authors[0]).toBe('Martín Abadi');
    expect(result.warnings).toEqual([
      { file: 'macro.bib', line: 2, message: 'unhandled macro \\foo (kept as written)' },
      { file: 'macro.bib', line: 2, message: 'unhandled macro \\ie (kept as written)' },
      { file: 'macro.bib', line: 2, message: 'unhandled macro \\eg (kept as written)' },
    ]);
  });

  it('a command before punctuation or a digit, or at the end, takes no space; one warning per command and file, at its first line', () => {
    const text = '@misc{a, title={\\sys, \\sys2 and \\sys}}\n@misc{b, title={Plain}, note={see \\sys}}\n@misc{c, title={\\foobar then \\foo}}\n';
    const result = parseBibtex(text, 'x.bib');
    expect(result.records.map((record) => record.title)).toEqual(['\\sys, \\sys2 and \\sys', 'Plain', '\\foobar then \\foo']);
    expect(result.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [1, 'unhandled macro \\sys (kept as written)'],
      [3, 'unhandled macro \\foobar (kept as written)'],
      [3, 'unhandled macro \\foo (kept as written)'],
    ]);
    expect(JSON.stringify(result.records)).not.toMatch(/[\ue000-\uf8ff]/);
  });

  it('a control space (`et al.\\ `, `TeX\\ systems`, a backslash before a line break) is TeX\'s space, not a command to keep or warn about', () => {
    const text = '@misc{a, title={Results of Smith et al.\\ on 10\\,GB with TeX\\ systems},\n  abstract={One\\\ntwo.}}\n';
    const result = parseBibtex(text, 'space.bib');
    expect(result.records.map((record) => record.title)).toEqual(['Results of Smith et al. on 10 GB with TeX systems']);
    expect(result.records[0]!.abstract).toBe('One two.');
    expect(result.warnings).toEqual([]);
  });
});

describe('BibTeX fields', () => {
  it("arXiv's own export: eprint, archivePrefix, primaryClass → id and category; biblatex date; markup made plain", () => {
    const text = [
      '@misc{touvron2023llama,',
      '      title={LLaMA: Open and Efficient Foundation Language Models},',
      '      author={Hugo Touvron and Thibaut Lavril and Gautier Izacard},',
      '      year={2023},',
      '      eprint={2302.13971},',
      '      archivePrefix={arXiv},',
      '      primaryClass={cs.CL},',
      '      url={https://arxiv.org/abs/2302.13971},',
      '}',
      '@online{x, title={\\emph{Emphasised} and {\\textsc{Caps}}}, date={2024-05-17}, doi={https://doi.org/10.1000/ABC}}',
    ].join('\n');
    const [llama, online] = parseBibtex(text, 'arxiv.bib').records;
    expect(llama).toMatchObject({ title: 'LLaMA: Open and Efficient Foundation Language Models', authors: ['Hugo Touvron', 'Thibaut Lavril', 'Gautier Izacard'], arxivId: '2302.13971', categories: ['cs.CL'], year: 2023 });
    expect(online).toMatchObject({ title: 'Emphasised and Caps', date: '2024-05-17', year: 2024, doi: '10.1000/abc' });
  });
});

describe('BibTeX as Semantic Scholar, SpringerLink and OpenReview write it (entries pasted in READMEs)', () => {
  it("Semantic Scholar's Cite: `journal={ArXiv}` with `volume={abs/…}` is the arXiv id; SpringerLink's key is the chapter's DOI", () => {
    const text = [
      '@article{Sartori2024MetaheuristicsAL,',
      '  title={Metaheuristics and Large Language Models Join Forces: Towards an Integrated Optimization Approach},',
      "  author={Camilo Chac{\\'o}n Sartori and Christian Blum and Filippo Bistaffa and Guillem Rodr{\\'i}guez Corominas},",
      '  journal={ArXiv},',
      '  year={2024},',
      '  volume={abs/2405.18272},',
      '  url={https://api.semanticscholar.org/CorpusID:270068396}',
      '}',
      '@InProceedings{10.1007/978-3-031-19775-8_37,',
      'author="Shin, Sungho',
      'and Lee, Joosoon',
      'and Lee, Junseok',
      'and Yu, Yeonguk',
      'and Lee, Kyoobin",',
      'title="Teaching Where to Look: Attention Similarity Knowledge Distillation for Low Resolution Face Recognition",',
      'booktitle="Computer Vision -- ECCV 2022",',
      'year="2022",',
      'publisher="Springer Nature Switzerland",',
      'address="Cham",',
      'pages="631--647"',
      '}',
    ].join('\n');
    const { records, warnings } = parseBibtex(text, 's2-springer.bib');
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.title, record.arxivId ?? null, record.doi ?? null, record.venue ?? null, record.date])).toEqual([
      ['Metaheuristics and Large Language Models Join Forces: Towards an Integrated Optimization Approach', '2405.18272', null, null, '2024'],
      ['Teaching Where to Look: Attention Similarity Knowledge Distillation for Low Resolution Face Recognition', null, '10.1007/978-3-031-19775-8_37', 'Computer Vision – ECCV 2022', '2022'],
    ]);
    expect(records[0]!.authors).toEqual(['Camilo Chacón Sartori', 'Christian Blum', 'Filippo Bistaffa', 'Guillem Rodríguez Corominas']);
    expect(records[1]!.authors).toEqual(['Sungho Shin', 'Joosoon Lee', 'Junseok Lee', 'Yeonguk Yu', 'Kyoobin Lee']);
    // A key that is no DOI gives none; dblp's CoRR with `volume = {abs/…}` is arXiv too.
    const other = parseBibtex('@article{DBLP:journals/corr/VaswaniSPUJGKP17, title={Attention Is All You Need}, journal={CoRR}, volume={abs/1706.03762}, year={2017}}\n@misc{10.5555-x, title={T}}', 'x.bib');
    expect(other.records.map((record) => [record.arxivId ?? null, record.doi ?? null])).toEqual([['1706.03762', null], [null, null]]);
  });

  it('math in ML titles: font commands go, their letters stay (`$\\mathcal{O}(n)$`, `$\\mathbf{x}$`, `$\\text{…}$`), no warning', () => {
    const text = '@inproceedings{a, title={Sparse Attention in $\\mathcal{O}(n\\sqrt{n})$ with $\\mathbf{W}_q$ and $\\text{softmax}$ over $\\mathbb{R}^d$}, booktitle={The Eleventh International Conference on Learning Representations }, year={2023}, url={https://openreview.net/forum?id=abc123}}';
    const { records, warnings } = parseBibtex(text, 'math.bib');
    expect(warnings).toEqual([]);
    expect(records[0]!.title).toBe('Sparse Attention in O(n√n) with Wq and softmax over Rᵈ');
    expect(records[0]!.venue).toBe('The Eleventh International Conference on Learning Representations');
  });

  it('citations, references and notes print no text of the paper: `\\cite{…}`, `\\citet[p.~3]{…}`, `\\ref{…}`, `\\thanks{…}` go', () => {
    const text = '@article{a, title={Title\\thanks{Funded by X}}, abstract={As shown by \\citet[p.~3]{smith2020}, see Fig.~\\ref{fig:1}.\\footnote{A note.}}}\n@article{b, title={B}}';
    const { records, warnings } = parseBibtex(text, 'cite.bib');
    expect([records[0]!.title, records[0]!.abstract, warnings]).toEqual(['Title', 'As shown by , see Fig. .', []]);
    expect(records[1]!.sources[0]!.line).toBe(2);
  });

  it('old font switches (`{\\em …}`, `{\\bf …}`, `{\\it …}`) change no text, and warn of nothing', () => {
    const { records, warnings } = parseBibtex('@article{a, title={{\\em Attention} {\\it is} {\\bf all} you need}}', 'fonts.bib');
    expect([records[0]!.title, warnings]).toEqual(['Attention is all you need', []]);
  });
});

describe('dates as bibliographies write them', () => {
  it('`2020a`, a year range (`1982--1983`, JabRef), a biblatex date range (`2015/2020`, `2019-05-01/2019-06-01`), `{{2021}}` with `June`', () => {
    const text = [
      '@article{a, title={A}, year={2020a}, month={Jan.}}',
      '@article{b, title={B}, Year = {1982--1983}}',
      '@online{c, title={C}, DATE = {2015/2020}}',
      '@online{d, title={D}, date={2019-05-01/2019-06-01}, year={2019}}',
      '@article{e, title={E}, year={{2021}}, month={June}}',
      '@unpublished{f, title={F}, year={in press}}',
    ].join('\n');
    expect(parseBibtex(text, 'dates.bib').records.map((record) => record.date ?? null)).toEqual(['2020-01', '1982', '2015', '2019-05-01', '2021-06', null]);
  });

  it('a day written in the month field (Web of Science: `Month = {JUL 15}`; `15 Jul`, `Jul. 15`); a day the month has not keeps the month', () => {
    const text = [
      '@article{a, title={A}, Year = {2010}, Month = {JUL 15}}',
      '@article{b, title={B}, year={2010}, month={15 Jul}}',
      '@article{c, title={C}, year={2010}, month={Jul. 15}}',
      '@article{d, title={D}, year={2010}, month={FEB 30}}',
      '@article{e, title={E}, year={2010}, month={JUL}, day={3}}',
    ].join('\n');
    expect(parseBibtex(text, 'days.bib').records.map((record) => record.date ?? null)).toEqual(['2010-07-15', '2010-07-15', '2010-07-15', '2010-02', '2010-07-03']);
  });

  it('a Latin-1 file with CRLF line ends (a classic BibTeX export) is decoded, its lines counted once', () => {
    const bytes = new Uint8Array(Buffer.from('@article{a,\r\n  title = {Caf\xe9 {\\"u}ber Na\xefve},\r\n  author = {M\xfcller, J\xfcrgen and {{OpenAI}}},\r\n  year = 2020\r\n}\r\n@misc{b, title={B}}\r\n', 'latin1'));
    const { records } = parseBibtex(decodeText(bytes).text, 'latin1.bib');
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.authors])).toEqual([
      [1, 'Café über Naïve', ['Jürgen Müller', 'OpenAI']],
      [6, 'B', []],
    ]);
  });
});

describe("arXiv's own BibTeX export dates a paper by its latest version", () => {
  it('the arXiv id gives the first version\'s month when the date written is later (or missing); a published version keeps its year', () => {
    // arxiv.org/bibtex/1706.03762 as READMEs paste it: `year={2023}`, the year of v7; v1 is of June 2017.
    const text = [
      '@misc{vaswani2023attentionneed,',
      '      title={Attention Is All You Need}, ',
      '      author={Ashish Vaswani and Noam Shazeer and Niki Parmar and Jakob Uszkoreit and Llion Jones and Aidan N. Gomez and Lukasz Kaiser and Illia Polosukhin},',
      '      year={2023},',
      '      eprint={1706.03762},',
      '      archivePrefix={arXiv},',
      '      primaryClass={cs.CL},',
      '      url={https://arxiv.org/abs/1706.03762}, ',
      '}',
      '@inproceedings{published, title={P}, booktitle={NeurIPS}, year={2017}, eprint={1706.03762}, archivePrefix={arXiv}}',
      '@misc{undated, title={U}, eprint={hep-th/9711200}, archivePrefix={arXiv}}',
      // (invented) Zotero's BibTeX export writes the latest version's month too: December is a later version's.
      '@misc{sameyear, title={S}, year={2017}, month=dec, eprint={1706.03762}, archivePrefix={arXiv}}',
      '@misc{samemonth, title={M}, year={2017}, month=jun, eprint={1706.03762}, archivePrefix={arXiv}}',
    ].join('\n');
    const { records } = parseBibtex(text, 'arxiv-export.bib');
    expect(records.map((record) => [record.arxivId, record.date, record.year])).toEqual([
      ['1706.03762', '2017-06', 2017],
      ['1706.03762', '2017', 2017],
      ['hep-th/9711200', '1997-11', 1997],
      ['1706.03762', '2017-06', 2017],
      ['1706.03762', '2017-06', 2017],
    ]);
  });

  it("Better BibTeX's BibLaTeX: `date = {2020-07-22}` (GPT-3's v4) and `{2022-02-16}` (TorchAudio's v2) are later versions': the id's month, as in Zotero's JSON of the same item", () => {
    const [gpt3] = read('better-biblatex-preprint-gpt3.bib').records;
    const [torchaudio] = read('better-biblatex-preprint-torchaudio.bib').records;
    expect([gpt3, torchaudio].map((record) => [record!.arxivId, record!.date, record!.year])).toEqual([
      ['2005.14165', '2020-05', 2020],
      ['2110.15018', '2021-10', 2021],
    ]);
    const json = readFileSync(new URL('../fixtures/formats/zotero-json/better-bibtex-preprint-gpt3.json', import.meta.url), 'utf8');
    expect(parseZoteroJson(json, 'gpt3.json').records[0]!.date).toBe(gpt3!.date);
  });

  it('an entry that names the version it cites keeps that version\'s full date (biblatex-examples: `version = 3`, `eprint = {math/0307200v3}`)', () => {
    const baez = read('biblatex-examples-trimmed.bib').records.find((record) => record.arxivId === 'math/0307200');
    expect(baez!.date).toBe('2004-10-27');
  });
});

describe('BibTeX from dblp, IEEE Xplore and Mendeley (citations pasted in READMEs)', () => {
  it("dblp: a Springer DOI and URL written with LaTeX's `\\_` read as the DOI itself; CoRR's eprint as the arXiv id", () => {
    const { records, rejections } = read('dblp-readme-citations.bib');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.doi, record.arxivId, record.date])).toEqual([
      ['10.48550/arxiv.2401.06112', '2401.06112', '2024'],
      ['10.1007/978-3-662-43652-3_20', undefined, '2014'],
    ]);
    expect(records[1]!.authors).toEqual(['Andreas Fürst', 'Thai Son Hoang', 'David A. Basin', 'Naoto Sato', 'Kunihiko Miyazaki']);
  });

  it("Mendeley Desktop: `arxivId` without `eprint` is the arXiv id; Google Scholar's journal names one too", () => {
    const { records, rejections, warnings } = read('mendeley-arxivid-readme.bib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.arxivId ?? null, record.venue ?? null, record.date])).toEqual([
      [1, 'Hadamard Product for Low-rank Bilinear Pooling', '1610.04325', '5th International Conference on Learning Representations', '2017'],
      [9, 'rnn : Recurrent Library for Torch', '1511.07889', null, '2015'],
      [15, 'TrimZero: A Torch Recurrent Module for Efficient Natural Language Processing', null, 'Proceedings of KIIS Spring Conference', '2016'],
    ]);
    expect(records[1]!.authors).toEqual(['Nicholas Léonard', 'Sagar Waghmare', 'Yang Wang', 'Jin-Hwa Kim']);
  });

  it("SpringerLink's `day` beside `month` dates the paper to the day; IEEE Xplore's `month={Sep.}`; entries without a key are read", () => {
    const { records, rejections, warnings } = read('springer-ieee-keyless-nova.bib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.date, record.doi ?? null])).toEqual([
      [1, 'eXplainable Cooperative Machine Learning with NOVA', '2020-01-19', '10.1007/s13218-020-00632-3'],
      [19, 'NOVA - A tool for eXplainable Cooperative Machine Learning', '2019-09', '10.1109/acii.2019.8925519'],
      [34, 'Show Me What You’ve Learned: Applying Cooperative Machine Learning for the Semi-Automated Annotation of Social Signals', '2018', null],
      [42, 'Context-Aware Automated Analysis and Annotation of Social Human-Agent Interactions', '2015', null],
      [53, 'NovA: Automated Analysis of Nonverbal Signals in Social Interactions', '2013', '10.1007/978-3-319-02714-2_14'],
    ]);
    expect(records[0]).toMatchObject({ venue: 'KI - Künstliche Intelligenz', authors: ['Tobias Baur', 'Alexander Heimerl', 'Florian Lingenfelser', 'Johannes Wagner', 'Michel F. Valstar', 'Björn Schuller', 'Elisabeth André'] });
    expect(records[4]!.authors).toEqual(['Tobias Baur', 'Ionut Damian', 'Florian Lingenfelser', 'Johannes Wagner', 'Elisabeth André']);
  });

  it('IEEE Xplore: empty `volume={}` fields and the closing brace on the last field; Mendeley: `mendeley-groups`, `file = {::}`, `{Da Costa}`, initials written together', () => {
    const { records, rejections, warnings } = read('mendeley-ieee-neuroprime.bib');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.sources[0]!.line, record.date, record.doi])).toEqual([
      [1, '2021', '10.1109/segah52098.2021.9551893'],
      [11, '2021-08', '10.3390/app11167725'],
      [28, '2020-08', '10.1109/segah49190.2020.9201841'],
      [43, '2019', '10.3389/conf.fncel.2019.01.00050'],
    ]);
    // The names as written: initials together or apart are one person for the graph (contract/keys.ts), not here.
    expect(records.map((record) => record.authors[0])).toEqual(['Nuno M. C. Da Costa', 'Nuno M. C. da Costa', 'Nuno M.C. Da Costa', 'Nuno Miguel Da Costa']);
  });
});

describe('BibTeX from JabRef and biblatex (a JabRef library shared on Better BibTeX, biblatex-examples.bib, JabRef\'s UTF-16 test)', () => {
  it('JabRef: a `%` inside a value is a percent sign, not a comment; a `$` never closed costs the entry nothing, and is said', () => {
    const { records, rejections, warnings } = read('jabref-percent-dollar-bbt.bib');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([{ file: 'jabref-percent-dollar-bbt.bib', line: 55, message: 'a `$` opens math that is never closed: read as a dollar sign' }]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.date, record.doi ?? null])).toEqual([
      [11, 'On the High-Temperature Oxidation of Cu-Rich Cu-Ni Alloys', '1998-10', '10.1023/a:1018884120304'],
      [28, 'Explanation for low-efficiency Cu₂O Schottky-barrier solar cells', '1979', '10.1063/1.90593'],
      [43, 'Investigation of Cu₂O solar cells', '1980', null],
    ]);
    expect(records[0]!.abstract).toMatch(/^Cu-2 wt\.%Ni and Cu-5wt\.%Ni were oxidized at 800to 1050°C and oxygen pressures .* dependenton the reaction conditions\.$/);
    expect(records[1]!.abstract).toMatch(/ are usually less than 1%\. It is concluded that to achieve significant increases/);
    expect(records[2]!.abstract).toContain('AM1 efficiency of 1.8% has heen achieved for Cu-Cu$ MIS cells based on a tentatively identified I-layer');
    expect(records[2]!.abstract).toMatch(/7\.nO\/Cu20 heterojunctions\.$/);
    expect(records[2]!.authors).toEqual(['L. C. Olsen', 'F. W. Addis', 'R. C. Bohara']);
    expect(records[2]!.venue).toBe('Proceedings of the 14th IEEE Photovoltaic Specialists Conference');
  });

  it('a percent sign in a title, quoted or braced; `%` lines between entries and between fields stay comments', () => {
    const text = '% a comment {\n@article{a,\n  title = "Gains of 5% over BERT",\n  % note = {commented out},\n  abstract = {By 5% and\n 50 %.}, % a note\n  year = 2020\n}\n';
    const { records, rejections } = parseBibtex(text, 'p.bib');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.abstract, record.date])).toEqual([['Gains of 5% over BERT', 'By 5% and 50 %.', '2020']]);
  });

  it("JabRef's UTF-16 BE export with a byte order mark and CR line ends: decoded, the `%` header line ends at its CR", () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/formats/bibtex/jabref-utf16be-cr-only.bib', import.meta.url)));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-16be');
    const { records, rejections, warnings } = parseBibtex(decoded.text, 'jabref-utf16be-cr-only.bib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title])).toEqual([[3, 'Ü ist ein Umlaut']]);
    // A CR alone inside a file of LF lines is a space, and counts no line.
    const mixed = parseBibtex('@article{a,\n  title = {Two\rlines},\n  year = 2001}\n\n@article{b, title = {B}}\n', 'm.bib');
    expect(mixed.records.map((record) => [record.sources[0]!.line, record.title])).toEqual([[1, 'Two lines'], [5, 'B']]);
  });

  it('biblatex: title + subtitle, a crossref\'d collection\'s date, @online with date and eprint, \\hyphen and \\TeX; an @set and the crossref\'d collection are no papers', () => {
    const { records, rejections, warnings } = read('biblatex-examples-trimmed.bib');
    expect(rejections).toEqual([
      { file: 'biblatex-examples-trimmed.bib', line: 26, record: 1, message: 'entry set is a biblatex @set of herrmann,aksin,yoon (read as those entries), not a paper of its own' },
      { file: 'biblatex-examples-trimmed.bib', line: 136, record: 7, message: 'entry westfahl:frontier is the volume that 1 entry points to by crossref (its fields are read into them), not a paper of its own' },
    ]);
    // `\protect` (before a fragile command) changes no text: no warning either.
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.date ?? null, record.venue ?? null])).toEqual([
      [10, 'The True Frontier: Confronting and Avoiding the Realities of Space in American Science Fiction Films', '2000', 'Space and Beyond'],
      [31, 'Effect of immobilization on catalytic characteristics of saturated Pd-N-heterocyclic carbenes in Mizoroki-Heck reactions', '2006', 'J. Organomet. Chem.'],
      [46, 'A carbocyclic carbene as an efficient catalyst ligand for C–C coupling reactions', '2006', 'Angew. Chem. Int. Ed.'],
      [59, 'Computation of methodology-independent ionic solvation free energies from molecular simulations: I. The electrostatic potential in molecular liquids', '2006', 'J. Chem. Phys.'],
      [100, 'Palladium pincer complexes with reduced bond angle strain: efficient catalysts for the Heck reaction', '2006', 'Organometallics'],
      [113, 'The TeXbook', '1984', null],
      [152, 'Higher-Dimensional Algebra V: 2-Groups', '2004-10-27', null],
      [167, 'CTAN: The Comprehensive TeX Archive Network', '2006', null],
      [186, "Some remarks on 't Hooft's S-matrix for black holes", '1996-03-11', null],
    ]);
    expect(records.map((record) => record.arxivId ?? null)).toEqual([null, null, null, null, null, null, 'math/0307200', null, 'hep-th/9603067']);
    expect(records[1]!.authors).toEqual(['Özge Aksın', 'Hayati Türkmen', 'Levent Artok', 'Bekir Çetinkaya', 'Chaoying Ni', 'Orhan Büyükgüngör', 'Erhan Özkal']);
    expect(records[3]!.doi).toBe('10.1063/1.2172593');
  });
});

describe('BibTeX as Scopus and Web of Science export it (CoLRev test files, placeholder values)', () => {
  it('Scopus: a key with a space (`@article{Conference paper2022775,`) no longer costs the entry', () => {
    const { records, rejections } = read('scopus-export-colrev.bib');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(11);
    expect(records[9]).toMatchObject({ title: 'Article classified as document_type Conference Paper', authors: ['M. Conferencepaper'], date: '2022', doi: '10.1011/111-111-11-1111-1_11' });
    expect(records[9]!.sources[0]!.line).toBe(129);
    expect(records[7]!.authors).toEqual(['I.I. Bookchapterwriter', 'M.Y. Bookwritertwo', 'V.A. Bookwriterthree', 'N.A. Bookwriterfour']);
  });

  it('Web of Science: a byte order mark, `{ WOS:…,` keys, HTML entities (`title&apos;s`), `Month = {MAR 1}`, `\\_` in the DOI', () => {
    const { records, rejections, warnings } = read('wos-export-colrev.bib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.authors, record.date, record.doi, record.venue])).toEqual([
      [3, 'Inproceedings Title', ['Julia Writerone', 'Paul Writertwo'], '2017', '10.1007/999-9-999-99999-9_3', 'A BOOKTITLE'],
      [28, "A dummy title's", ['Julian Articlewriter', 'Paul Guestwriter'], '2022-03-01', '10.1111/artjul.2021.0011', 'Dummy Journal for nice writing'],
    ]);
  });

  it('`Last, First, Jr` written where BibTeX reads `Last, Jr, First` (`Articlewriter, Laura, III`); a field name with a space rejects its entry', () => {
    const { records, rejections } = read('colrev-loader-mixed.bib');
    expect(records[0]!.authors).toEqual(['Laura Articlewriter III']);
    expect(rejections.map((rejection) => [rejection.line, rejection.message])).toEqual([
      [19, 'entry articlewriter_firstrandomword_2020 cannot be read: the parser gave up at line 30, column 8: key = value expected, equals sign missing: "words "...'],
      [47, 'entry ICRC2015 has no title'],
    ]);
    expect(records.map((record) => record.title)).toEqual(['This is a dummy title', 'Mouse stories', 'Mouse stories two', 'Magnetic properties and phase transitions of iron boracites, Fe3B7O13X (X = Cl, Br OR I)']);
  });

  it('a doubled `and` (an empty name to BibTeX) is no part of the next name, in either name order', () => {
    const text = [
      '@article{a, title = {T1}, author = {Smith, John and and Doe, Jane}}',
      '@article{b, title = {T2}, author = {John Smith and and Jane van der Doe and Li, Wei}}',
      '@article{c, title = {T3}, author = {and John Smith and and and Jane Doe and}}',
    ].join('\n');
    expect(parseBibtex(text, 'x.bib').records.map((record) => record.authors)).toEqual([
      ['John Smith', 'Jane Doe'],
      ['John Smith', 'Jane van der Doe', 'Wei Li'],
      ['John Smith', 'Jane Doe'],
    ]);
  });
});

describe('sniffing', () => {
  it('an entry first (after % comments) is sure; an entry further down very likely; other text not at all', () => {
    for (const name of ['google-scholar-d2l.bib', 'acl-template-custom.bib', 'strings-macros-probml.bib']) expect(bibtexFormat.sniff(fixture(name))).toBe(1);
    expect(bibtexFormat.sniff('My references\n\n@article{a, title={T}}')).toBe(0.95);
    expect(bibtexFormat.sniff('Contact me @ home { or not }')).toBe(0);
    expect(bibtexFormat.sniff('[{"title": "@article{x}"}]')).toBe(0);
  });

  it('an entry inside a Markdown code fence (a README quoting its citation) does not count; one outside still does', () => {
    const readme = '# Awesome papers\n\n## Citation\n\n```BibTeX\n@misc{awesome2024,\n  title={Awesome},\n  year={2024}\n}\n```\n\n- [A paper title](https://arxiv.org/abs/2401.00001)\n';
    expect(bibtexFormat.sniff(readme)).toBe(0);
    expect(bibtexFormat.sniff(readme.replace(/^```.*\n/gm, ''))).toBe(0.95);
    expect(bibtexFormat.sniff('~~~\n@article{a, title={T}}\n~~~\n@book{b, title={B}}\n')).toBe(1);
  });
});

describe("BibTeX from NASA ADS (the export service's own test answer)", () => {
  const { records, rejections, warnings } = read('nasa-ads-export-service.bib');

  it('every entry a paper with its line; `{Last}, First` names; `{.}` and `{}, . . .` are no name parts nor people', () => {
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.date])).toEqual([
      [1, 'Book reviews', '2018-01'],
      [15, 'Erratum: Quantum Criticality in Resonant Andreev Conduction [Phys. Rev. Lett. 119, 116802 (2017)]', '2018-01'],
      [31, 'Resolving Gas-Phase Metallicity In Galaxies', '2017-06'],
      [42, 'sick: Spectroscopic inference crank', '2017-06'],
      [55, 'V694 Mon (MWC 560) spectroscopy requested', '2017-05'],
      [113, 'Time Domain Exploration with the Palomar-QUEST Sky Survey', '2007-05'],
      [156, 'Analysis of Thermal Losses in the Flat-Plate Collector of a Thermosyphon Solar Water Heater', '2007-01'],
      [171, 'Applied Conformal Field Theory', '1988-11'],
      [197, 'Autonomous navigation using lunar beacons', '1983-01'],
      [224, 'Generalized Lomb–Scargle analysis of 36Cl decay rate measurements at PTB and BNL', '2020-02'],
    ]);
    expect(records[1]!.authors).toEqual(['M. Pustilnik', 'B. van Heck', 'R. M. Lutchyn', 'L. I. Glazman']);
    // `{PQ Team Caltech} and {Yale} and … and {}, . . .`: braced groups are one author each; the cut-off mark is none.
    expect(records[5]!.authors.slice(-5)).toEqual(['D. Rabinowitz', 'PQ Team Caltech', 'Yale', 'NCSA', 'Indiana']);
    expect(records[5]!.authors).toHaveLength(13);
    expect(records[6]!.authors).toEqual(['S. N. Agbo', 'E. C. Okoroigwe']);
    // An `@PROCEEDINGS` paper without authors or editors is still a paper.
    expect(records[8]!.authors).toEqual([]);
  });

  it('journal macros spelt out (`\\prl`); "Not Available" is no abstract; `\\textbackslash\\textbackslash` paragraph marks and `$\\lt$`/`$\\gt$` read', () => {
    expect(records.map((record) => record.venue ?? null)).toEqual([
      'Weather', 'Physical Review Letters', null, null, 'AAVSO Special Notice', 'American Astronomical Society Meeting Abstracts #210',
      'Research Journal of Physics', null, 'AIAA, Aerospace Sciences Meeting', 'European Physical Journal C',
    ]);
    expect(records.filter((record) => record.abstract === '').map((record) => record.sources[0]!.line)).toEqual([1, 15, 31, 42, 156]);
    expect(records[4]!.abstract).toContain('sent to Adrian and Jeno directly at <lucy@astro.columbia.edu>. Finder charts');
    expect(records[5]!.abstract).toContain('beyond our solar system. Here we describe some statistics');
    expect(records[5]!.abstract.endsWith('supported by the U.S. National Science Foundation (NSF).')).toBe(true);
    expect(JSON.stringify(records)).not.toMatch(/textbackslash|\\\\/);
  });

  it('arXiv ids from `eprint` with archivePrefix arXiv only (not `ascl`); two DOIs run together: the first is the paper\'s', () => {
    expect(records.map((record) => record.arxivId ?? null)).toEqual([null, null, null, null, null, null, null, 'hep-th/9108028', null, '1912.06970']);
    expect(records.map((record) => record.doi ?? null)).toEqual([
      '10.1002/wea.3072', '10.1103/physrevlett.120.029901', null, null, null, null, '10.3923/rjp.2007.35.41', null, null, '10.1140/epjc/s10052-020-7683-6',
    ]);
  });

  it('the AAS journal macros ADS writes for astronomy journals are the journals\' names, without a warning', () => {
    const text = '@ARTICLE{2019MNRAS.488..324I,\n  author = {{Ingram}, Adam},\n  title = "{A}",\n  journal = {\\mnras},\n  year = 2019\n}\n@ARTICLE{b,\n  title = "{B}",\n  journal = {\\apj},\n  year = 2024\n}\n';
    const result = parseBibtex(text, 'ads.bib');
    expect(result.warnings).toEqual([]);
    expect(result.records.map((record) => record.venue)).toEqual(['Monthly Notices of the Royal Astronomical Society', 'The Astrophysical Journal']);
  });
});

describe('volumes are no papers: crossref parents and edited proceedings are rejected by their line, their papers kept', () => {
  it('BibDesk (a library shared on Better BibTeX): chapters take booktitle and date from the crossref\'d books, which are rejected', () => {
    const { records, rejections, warnings } = read('bibdesk-crossref-bbt.bib');
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.authors, record.date, record.venue])).toEqual([
      [9, 'Lenguas, fronteras e ideología lingüística en el Paraguay', ['Jan David Hauck'], '2011', 'Fronteiras da integração: dimensões culturais do Mercosul — Fronteras de la integración: las dimensiones culturales del Mercosur'],
      [21, 'Kultur, Sprache und Integration in der postkolonialen Ära: Das Guaraní und der Mercosur', ['Jan David Hauck'], '2007', 'Mercosul/Mercosur: Dynamik der Grenzen und kulturelle Integration'],
      [35, 'A línguagem de outro jeito: naturezas linguísticas e o desafio ontológico', ['Jan David Hauck'], '2023', 'Cosmopolítica e linguagem'],
    ]);
    expect(rejections.map((rejection) => [rejection.line, rejection.record, rejection.message])).toEqual([
      [46, 3, 'entry Severo_Buzato_2023 is the volume that 1 entry points to by crossref (its fields are read into them), not a paper of its own'],
      [59, 4, 'entry Hauck_etal_2011 is the volume that 1 entry points to by crossref (its fields are read into them), not a paper of its own'],
      [72, 5, 'entry Chiappini_Hauck_2007 is the volume that 1 entry points to by crossref (its fields are read into them), not a paper of its own'],
    ]);
  });

  it("a child with a year of its own takes no month from its crossref parent; one without takes the parent's year and month", () => {
    const text = '@inproceedings{own, author={A. B}, title={Own year}, crossref={conf2020}, year={2019}}\n@inproceedings{none, author={C. D}, title={No year}, crossref={conf2020}}\n@proceedings{conf2020, title={Proceedings of Conf 2020}, year={2020}, month=jul, editor={E. F}}\n';
    const { records } = parseBibtex(text, 'crossref-dates.bib');
    expect(records.map((record) => [record.title, record.date, record.venue])).toEqual([
      ['Own year', '2019', 'Proceedings of Conf 2020'],
      ['No year', '2020-07', 'Proceedings of Conf 2020'],
    ]);
  });

  it("dblp's `@proceedings` parent and the ACL Anthology's volume entry (editors only) are rejected; an edited book cited alone is kept", () => {
    const text = [
      // dblp's "with crossref" export (as pasted in a README)
      '@inproceedings{DBLP:conf/ijcai/WangCL13,',
      '  author    = {Hao Wang and',
      '               Binyi Chen and',
      '               Wu-Jun Li},',
      '  title     = {Collaborative Topic Regression with Social Regularization',
      '               for Tag Recommendation},',
      '  booktitle = {IJCAI},',
      '  year      = {2013},',
      '  crossref  = {DBLP:conf/ijcai/2013},',
      '}',
      '',
      '@proceedings{DBLP:conf/ijcai/2013,',
      '  editor    = {Francesca Rossi},',
      '  title     = {IJCAI 2013, Proceedings of the 23rd International Joint',
      '               Conference on Artificial Intelligence, Beijing, China, August',
      '               3-9, 2013},',
      '  booktitle = {IJCAI},',
      '  publisher = {IJCAI/AAAI},',
      '  year      = {2013},',
      '}',
      // the ACL Anthology's volume entry (acl-anthology's own test of its BibTeX)
      '@proceedings{acl-2022-association-linguistics,',
      '    title = "Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)",',
      '    editor = "Muresan, Smaranda  and',
      '      Nakov, Preslav  and',
      '      Villavicencio, Aline",',
      '    month = may,',
      '    year = "2022",',
      '    address = "Dublin, Ireland",',
      '    publisher = "Association for Computational Linguistics",',
      '}',
      '@book{edited, editor={Lester M. Salamon}, title={Global Civil Society}, year={2004}}',
    ].join('\n');
    const { records, rejections } = parseBibtex(text, 'volumes.bib');
    expect(records.map((record) => [record.title, record.date, record.venue ?? null])).toEqual([
      ['Collaborative Topic Regression with Social Regularization for Tag Recommendation', '2013', 'IJCAI'],
      ['Global Civil Society', '2004', null],
    ]);
    expect(rejections.map((rejection) => [rejection.line, rejection.message])).toEqual([
      [12, 'entry DBLP:conf/ijcai/2013 is the volume that 1 entry points to by crossref (its fields are read into them), not a paper of its own'],
      [21, 'entry acl-2022-association-linguistics is a proceedings volume (editors, no authors), not a paper of its own'],
    ]);
  });
});

describe("Scopus's BibTeX export (synthesisr's test file)", () => {
  it('a numbered field name with a no-break space (`funding_text 1={…}`) does not cost the entry', () => {
    const { records, rejections, warnings } = read('scopus-funding-text-synthesisr.bib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.doi])).toEqual([
      [2, 'Soil fauna diversity at different stages of reed restoration in a lakeshore wetland at Lake Taihu, China', '10.1080/20964129.2020.1722034'],
      [28, 'Impacts of land conversion and management measures on net primary productivity in semi-arid grassland', '10.1080/20964129.2020.1749010'],
      [53, 'Application of Digital Processing in Relic Image Restoration Design', '10.1007/s11220-019-0265-8'],
    ]);
    expect(records[1]!.authors).toEqual(['F. Cao', 'J. Li', 'X. Fu', 'G. Wu']);
  });
});

describe("Scopus's BibTeX export with a stray `{` in an abstract (litsearchr's test file)", () => {
  it('`crayfish {Austropotamobius pallipes)`: the entry is kept, the brace read as the bracket it stands for, with a warning; the next entry is its own', () => {
    const { records, rejections, warnings } = read('scopus-stray-brace-litsearchr.bib');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([{ file: 'scopus-stray-brace-litsearchr.bib', line: 12, message: 'a `{` in a field of one line is never closed: read as text, so the entry is kept' }]);
    expect(records.map((record) => [record.sources[0]!.line, record.title.slice(0, 44)])).toEqual([
      [1, 'Restoration of the drugeon river and adjacen'],
      [20, 'Monitoring indicates greater resilience for '],
    ]);
    expect(records[0]!.abstract).toContain('White-footed Crayfish (Austropotamobius pallipes)');
    expect(records[0]!.authors.slice(0, 2)).toEqual(['D. Michelat', 'T. Déforêt']);
  });
});

describe("the Cochrane Library's BibTeX export (a review team's search file)", () => {
  it('authors written `Last, Initials` between commas, the last after `, and`: every person, in order, initials spelt', () => {
    const { records, rejections, warnings } = read('cochrane-library-comma-names-p1m.bib');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.authors)).toEqual([
      ['S. R. Smith', 'K. Newton', 'J. A. Smith', 'J. C. Dumville', 'Z. Iheozor‐Ejiofor', 'L. E. Pearce', 'P. J. Barrow', 'L. Hancock', 'J. Hill'],
      ['H. Irusen', 'A. C. Rohwer', 'D. W. Steyn', 'T. Young'],
      ['Y. Cheng', 'X. Xiong', 'J. Lu', 'S. Wu', 'R. Zhou', 'N. Cheng'],
      ['A. I. Malik', 'R. L. Nelson', 'S. Tou'],
    ]);
    // The `Record #2 of 56` lines between entries are no part of any entry.
    expect(records.map((record) => record.sources[0]!.line)).toEqual([2, 18, 34, 50]);
    expect(records[0]).toMatchObject({ title: 'Internal dressings for healing perianal abscess cavities', year: 2016, doi: '10.1002/14651858.cd011193.pub2', venue: 'Cochrane Database of Systematic Reviews' });
  });

  it('a name of four comma pieces that are not `Last, Initials` pairs is left to the parser; a name in braces is one', () => {
    const { records } = parseBibtex('@book{a, author = {Mello, Sérgio Duarte Brandi, Fábio Décourt Homem de, Emílio Wainer}, title = {T}}\n@misc{b, author = {{Smith, SR, Jones, K}}, title = {U}}', 'x.bib');
    expect(records[0]!.authors).toHaveLength(1);
    expect(records[1]!.authors).toEqual(['Smith, SR, Jones, K']);
  });
});

describe("ScienceDirect's BibTeX export (a review team's search file, lhsantos/sysreview-elderly)", () => {
  it('a word between escaped braces (`\\{EEG\\} characteristics`) is a protected word, not braces in the title; a set (`\\{0,1\\}`) keeps them', () => {
    const { records } = read('sciencedirect-escaped-braces-lhsantos.bib');
    expect(records[2]!.title).toBe('EEG characteristics in “eyes-open” versus “eyes-closed” conditions: Small-world network architecture in healthy aging and age-related brain degeneration');
    expect(records[2]!.abstract).toContain('of resting EEG in eyes-closed/open (EC/EO)');
    expect(records[2]!.abstract).not.toMatch(/[{}]/);
    const set = parseBibtex('@article{a, title = {Learning functions on \\{0,1\\}^n}}', 'a.bib');
    expect(set.records[0]!.title).toBe('Learning functions on {0,1}^n');
  });

  it("the heading glued to an abstract's first word (`AbstractObjective Applying …`) or before a dash goes; `Abstract Meaning Representation` stays", () => {
    const { records } = read('sciencedirect-escaped-braces-lhsantos.bib');
    expect(records[1]!.abstract).toMatch(/^Introduction Retirement challenges/);
    expect(records[2]!.abstract).toMatch(/^Objective Applying graph theory/);
    // (a space after the heading: the word may begin the abstract, as in `Abstract Meaning Representation (AMR) is …`)
    expect(records[0]!.abstract).toMatch(/^Abstract Age related cognitive decline/);
    expect(read('cochrane-library-comma-names-p1m.bib').records[0]!.abstract).toMatch(/^Background A perianal abscess/);
  });
});

describe("Mendeley's escaped LaTeX (bibtexparser's messy_bibfile.bib)", () => {
  it('`$\\backslash$` a backslash again, `{\\{}…{\\}}` braces, `{\\$}…{\\$}` math: Szemerédi, O(1), ρ; no unhandled-macro warnings', () => {
    const { records, rejections, warnings } = read('mendeley-escaped-latex-bibtexparser.bib');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.title, record.sources[0]!.line])).toEqual([
      ['Universal Recovery Map for Approximate Markov Chains', 1],
      ['Axiomatic Characterizations of Information Measures', 13],
      ['Information Causality, Szemerédi-Trotter and Algebraic Variants of CHSH', 27],
      ['The log-volume of optimal constant-composition codes for memoryless channels, within O(1) bits', 39],
    ]);
    expect(records[0]!.abstract).toMatch(/^A Markov chain is a tripartite quantum state ρABC whose C-part can be recovered from the B-part only, i\.e\., there exists a recovery map RB→BC such that/);
    // `some$\backslash$ngeneralized`: an escaped line break, no `\ngeneralized` command.
    expect(records[1]!.abstract).toMatch(/^Axiomatic characterizations of Shannon entropy, Kullback I-divergence, and some generalized information measures are surveyed\./);
  });

  it('(invented entries) without Mendeley\'s marks, `$\\backslash$` is the backslash it prints', () => {
    const title = (bib: string) => parseBibtex(bib, 'x.bib').records[0]!.title;
    expect(title('@article{a, title = {Sets A$\\backslash$B and C}}')).toBe('Sets A\\B and C');
  });
});

describe('markup in titles and abstracts, and escapes cut by line wrapping (Web of Science and ACM DL exports)', () => {
  it("Web of Science's `<i>…</i>` in a title is read as text, not as TeX's `¡i¿` (the parser prints `<` and `>` as the OT1 font does)", () => {
    const name = 'wos-html-titles-wrapped-escape-milensys.bib';
    const { records, rejections, warnings } = ingestOne({ name, text: fixture(name) });
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    const [policy, nature] = records;
    expect(policy).toMatchObject({ title: "Introducing Journal of Children's Orthopaedics' ChatGPT and generative AI policy", authors: ['Shlomo Wientroub', 'Fritz Hefti'], date: '2023-08', doi: '10.1177/18632521231191687' });
    expect(nature).toMatchObject({ title: 'Why Nature will not allow the use of generative AI in images and video', authors: [], date: '2023-06-08', venue: 'NATURE' });
    for (const { title } of records) expect(title).not.toMatch(/[¡¿<>]/);
  });

  it('a backslash wrapped to the end of a line away from the brace it escapes (`\\end\\{document\\` ⏎ `}`) does not cost the entry', () => {
    const [, , chatbot] = read('wos-html-titles-wrapped-escape-milensys.bib').records;
    expect(chatbot).toMatchObject({
      title: 'An experimental hybrid customized AI and generative AI chatbot human machine interface to improve a factory troubleshooting downtime in the context of Industry 5.0',
      authors: ['Kahiomba Sonia Kiangala', 'Zenghui Wang'],
      date: '2024-05',
      doi: '10.1007/s00170-024-13492-0',
    });
    expect(chatbot!.abstract).toMatch(/^Throughout industrial revolutions, .* a Langchain agent linked to the OpenAI GPT - .* 3\.5 language model \(LM\) via OpenAI APIs\. .* within operational industrial environments\.$/);
  });

  it("ACM DL's escaped JATS in titles (`&lt;italic&gt;a Priori&lt;/Italic&gt;`, `&lt;inline-Formula&gt;&lt;tex-Math …&gt;$F_0$…`) is read as text", () => {
    const { records, rejections } = read('acm-dl-escaped-jats-titles-marielanina.bib');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.title)).toEqual([
      'Adversarial Training for Unknown Word Problems in Neural Machine Translation',
      'A Vector Quantized Variational Autoencoder (VQ-VAE) Autoregressive Neural F₀ Model for Statistical Parametric Speech Synthesis',
      'Integration of a Priori and Estimated Constraints Into an MVDR Beamformer for Speech Enhancement',
    ]);
    expect(records[0]!.abstract).toContain('crudely treating all other words the same as an < unk> symbol.');
    expect(records[2]).toMatchObject({ authors: ['Randall Ali', 'Toon Van Waterschoot', 'Marc Moonen'], date: '2019-11', doi: '10.1109/taslp.2019.2946086', volume: '27' });
  });
});

describe('keys and quoted values BibTeX takes but the parser did not', () => {
  it('a key holding `(`, `)`, `#` or `~` (`smith(2020)`) keeps its entry', () => {
    const text = ['smith(2020)', 'smith#2020', 'smith~2020', 'smith[2020]'].map((key, n) => `@article{${key},\n  title = {Paper ${n}},\n  year = {2020}\n}\n`).join('');
    const { records, rejections } = parseBibtex(text, 'keys.bib');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.sources[0]!.line])).toEqual([['Paper 0', 1], ['Paper 1', 5], ['Paper 2', 9], ['Paper 3', 13]]);
  });

  it('a bare `"` inside a `"…"` value is text: the value runs to its last quote before the next field', () => {
    const text = '@article{k2,\n  title = "A "quoted" word in a title",\n  abstract = "It says "hello"\n   and "bye" to all, 5% of them.",\n  journal = "J" # " X",\n  year = 2019\n}\n';
    const { records, rejections } = parseBibtex(text, 'quotes.bib');
    expect(rejections).toEqual([]);
    expect(records[0]).toMatchObject({ title: 'A "quoted" word in a title', abstract: 'It says "hello" and "bye" to all, 5% of them.', venue: 'J X', year: 2019 });
  });
});

describe("Scopus's and Web of Science's BibTeX exports (pyBibX's example data)", () => {
  it('an entry opening on the line the one before closes (`}@ARTICLE{A D2023,`) is read; initials written as the family name (`A D, Wable`) are the given name', () => {
    const { records, rejections } = read('scopus-entry-after-brace-original-title-pybibx.bib');
    expect(rejections).toEqual([]);
    expect(records[1]).toMatchObject({ title: 'Artificial neural network prediction and grey relational grade optimisation of friction stir processing', authors: ['A. D. Wable', 'S. B. Patil', 'S. S. Pardeshi'], doi: '10.1080/23311916.2022.2107760', venue: 'Cogent Engineering' });
  });

  it("the original-language title Scopus appends (`…; [板材成形 2022 年報告]`) is no part of the title", () => {
    const [, , sheet] = read('scopus-entry-after-brace-original-title-pybibx.bib').records;
    expect(sheet).toMatchObject({ title: 'Sheet Metal Forming, Prospects Report 2022', doi: '10.32277/plastos.6.69_511', year: 2023 });
  });

  it("Web of Science's `similar to` before a number is `~` (a WOS: key names the export), its `mu m` after a number `µm`", () => {
    const [weng, pan] = read('wos-similar-to-numbers-pybibx.bib').records;
    expect(weng!.abstract).toContain('with ultrafine grain (~2.19 µm)');
    expect(pan!.abstract).toContain('at 800 ~1100 rpm');
    expect(pan).toMatchObject({ date: '2017-07', doi: '10.1007/s00170-016-9752-4' });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arxivListFormat, parseArxivList } from '../../src/ingest/arxiv-list.ts';
import { decodeText } from '../../src/ingest/encoding.ts';
import { INPUT_FORMATS, detectFormat } from '../../src/ingest/formats.ts';
import { listingFormat, parseListing } from '../../src/ingest/listing.ts';

const folder = new URL('../fixtures/formats/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(`arxiv-list/${name}`, folder), 'utf8');
const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
/** The text of a 1-based line of a fixture: what an abstract must be, whole. */
const lineOf = (text: string, number: number) => text.split(/\r?\n/)[number - 1]!;

const CV = 'Computer Vision and Pattern Recognition (cs.CV)';

describe('arXiv listing page copied from the browser (/list/cs.CV/new, corpus records)', () => {
  const text = fixture('cs-cv-new-browser-copy.txt');
  const { records, rejections, warnings } = parseArxivList(text, 'new.txt');

  it('one record per entry, every field; headings, counts and footer are no part of any', () => {
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records).toEqual([
      {
        title: 'Safe Vision-Language Models via Unsafe Weights Manipulation',
        abstract: lineOf(text, 18),
        authors: ["Moreno D'Incà", 'Elia Peruzzo', 'Xingqian Xu', 'Humphrey Shi', 'Nicu Sebe', 'Massimiliano Mancini'],
        arxivId: '2503.11742',
        categories: ['cs.CV', 'cs.AI'],
        tags: [],
        sources: [{ file: 'new.txt', line: 12 }],
      },
      {
        title: 'Making Every Step Effective: Jailbreaking Large Vision-Language Models Through Hierarchical KV Equalization',
        abstract: lineOf(text, 25),
        authors: ['Shuyang Hao', 'Yiwei Wang', 'Bryan Hooi', 'Jun Liu', 'Muhao Chen', 'Zi Huang', 'Yujun Cai'],
        arxivId: '2503.11750',
        categories: ['cs.CV', 'cs.CR'],
        tags: [],
        sources: [{ file: 'new.txt', line: 20 }],
      },
      {
        // `Subjects:` directly followed by the abstract, no blank line.
        title: 'Rethinking Multi-modal Object Detection from the Perspective of Mono-Modality Feature Learning',
        abstract: lineOf(text, 32),
        authors: ['Tianyi Zhao', 'Boyang Liu', 'Yanglei Gao', 'Yiming Sun', 'Maoxun Yuan', 'Xingxing Wei'],
        arxivId: '2503.11780',
        categories: ['cs.CV'],
        tags: [],
        sources: [{ file: 'new.txt', line: 27 }],
      },
      {
        // `(cross-list from cs.RO)`: its own primary category first.
        title: 'FloPE: Flower Pose Estimation for Precision Pollination',
        abstract: lineOf(text, 42),
        authors: ['Rashik Shrestha', 'Madhav Rijal', 'Trevor Smith', 'Yu Gu'],
        arxivId: '2503.11692',
        categories: ['cs.RO', 'cs.CV'],
        tags: [],
        sources: [{ file: 'new.txt', line: 36 }],
      },
      {
        // `arXiv:2503.11781v2 (replaced)`, no abstract: the version is dropped, the footer is not an abstract.
        title: 'Color Matching Using Hypernetwork-Based Kolmogorov-Arnold Networks',
        abstract: '',
        authors: ['Artem Nikonorov', 'Georgy Perevozchikov', 'Andrei Korepanov', 'Nancy Mehta', 'Mahmoud Afifi', 'Egor Ershov', 'Radu Timofte'],
        arxivId: '2503.11781',
        categories: ['cs.CV'],
        tags: [],
        sources: [{ file: 'new.txt', line: 46 }],
      },
    ]);
    // The abstract lines are the papers' abstracts, whole (not a heading, a `Subjects:` line or the next entry).
    expect(records[0]!.abstract).toMatch(/^Vision-language models \(VLMs\) often inherit .* training-based state-of-the-art methods on safe ones\.$/);
    expect(records[2]!.abstract).toMatch(/^Multi-Modal Object Detection \(MMOD\), .*M\$\^2\$D-LIF effectively mitigates.* outperforms the previous SOTA detectors\.$/);
    expect(records[3]!.abstract).toMatch(/^This study presents Flower Pose Estimation \(FloPE\).*robotic pollination techniques\.$/);
  });

  it('the generic listing reader no longer claims it; this format does, under any name', () => {
    expect(listingFormat.sniff(text)).toBe(0);
    expect(arxivListFormat.sniff(text)).toBe(1);
    for (const name of ['cs-cv-new.txt', 'new', 'papers.json', 'refs.ris', 'list.md']) expect(detectFormat(name, text)?.name, name).toBe('arxiv-list');
  });
});

describe('lynx -dump of /list/cs.CV/pastweek (authors and titles, corpus records)', () => {
  const { records, rejections, warnings } = parseArxivList(fixture('cs-cv-pastweek-lynx-dump.txt'), 'pastweek.txt');

  it('indented and wrapped lines, link numbers: titles and author lists joined, names cut by the wrap made whole', () => {
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records).toEqual([
      {
        title: 'Industrial-Grade Sensor Simulation via Gaussian Splatting: A Modular Framework for Scalable Editing and Full-Stack Validation',
        abstract: '',
        authors: ['Xianming Zeng', 'Sicong Du', 'Qifeng Chen', 'Lizhe Liu', 'Haoyu Shu', 'Jiaxuan Gao', 'Jiarun Liu', 'Jiulong Xu', 'Jianyun Xu', 'Mingxia Chen', 'Yiru Zhao', 'Peng Chen', 'Yapeng Xue', 'Chunming Zhao', 'Sheng Yang', 'Qiang Li'],
        arxivId: '2503.11731',
        categories: ['cs.CV', 'cs.RO'],
        tags: [],
        sources: [{ file: 'pastweek.txt', line: 16 }],
      },
      {
        title: 'ECLARE: Efficient cross-planar learning for anisotropic resolution enhancement',
        abstract: '',
        authors: ['Samuel W. Remedios', 'Shuwen Wei', 'Shuo Han', 'Jinwei Zhang', 'Aaron Carass', 'Kurt G. Schilling', 'Dzung L. Pham', 'Jerry L. Prince', 'Blake E. Dewey'],
        arxivId: '2503.11787',
        categories: ['cs.CV', 'eess.IV'],
        tags: [],
        sources: [{ file: 'pastweek.txt', line: 26 }],
      },
      {
        title: 'StyleMorpheus: A Style-Based 3D-Aware Morphable Face Model',
        abstract: '',
        authors: ['Peizhi Yan', 'Rabab K. Ward', 'Dan Wang', 'Qiang Tang', 'Shan Du'],
        arxivId: '2503.11792',
        categories: ['cs.CV'],
        tags: [],
        sources: [{ file: 'pastweek.txt', line: 35 }],
      },
      {
        title: 'Semantic-Clipping: Efficient Vision-Language Modeling with Semantic-Guidedd Visual Selection',
        abstract: '',
        authors: ['Bangzheng Li', 'Fei Wang', 'Wenxuan Zhou', 'Nan Xu', 'Ben Zhou', 'Sheng Zhang', 'Hoifung Poon', 'Muhao Chen'],
        arxivId: '2503.11794',
        categories: ['cs.CV', 'cs.AI', 'cs.CL', 'cs.LG'],
        tags: [],
        sources: [{ file: 'pastweek.txt', line: 42 }],
      },
    ]);
  });
});

describe("arXiv's older layout (/list/astro-ph/0601): old-style id, `Authors:`, `Journal-ref:`, CRLF", () => {
  const text = fixture('astro-ph-2006-01-old-layout.txt');

  it('every field; the journal reference is the venue (its volume read from its compact shape); Windows line breaks read as line breaks', () => {
    expect(text).toContain('\r\n');
    const result = parseArxivList(text, 'old.txt');
    expect(result).toEqual({
      records: [
        {
          title: 'Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina',
          abstract: '',
          authors: ['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski'],
          arxivId: 'astro-ph/0601001',
          categories: ['astro-ph'],
          venue: 'ActaAstron.56:1-50,2006',
          volume: '56',
          tags: [],
          sources: [{ file: 'old.txt', line: 6 }],
        },
      ],
      rejections: [],
      warnings: [],
    });
    expect(detectFormat('old.txt', text)?.name).toBe('arxiv-list');
  });

  it('the browser copy with Windows line breaks (and the lynx text with old Mac ones) reads as with LF', () => {
    for (const name of ['cs-cv-new-browser-copy.txt', 'cs-cv-pastweek-lynx-dump.txt']) {
      const lf = parseArxivList(fixture(name), name);
      for (const eol of ['\r\n', '\r']) {
        const other = fixture(name).replace(/\n/g, eol);
        expect(parseArxivList(other, name), `${name} ${JSON.stringify(eol)}`).toEqual(lf);
        expect(detectFormat(name, other)?.name).toBe('arxiv-list');
      }
    }
  });
});

/** An entry as the current layout writes it. */
function entry(n: number, id: string, title: string, authors: string, abstract?: string, subjects = CV): string {
  return [`[${n}] arXiv:${id} [pdf, html, other]`, `Title: ${title}`, authors, `Subjects: ${subjects}`, ...(abstract ? ['', abstract] : []), ''].join('\n');
}

describe('variants of the entry layout', () => {
  it('two spaces after `[n]`, `Title:` on its own line, `Authors:` wrapped, `et al.` dropped (and reported), `Journal-ref:` and DOI, TeX accents', () => {
    const text = [
      'Machine Learning',
      '[1]  arXiv:2503.10620v3 [pdf]',
      'Title:',
      'From TOWER to SPIRE: Adding the Speech',
      'Modality to a Text-Only LLM',
      'Authors: Kshitij Ambilduke, Ben Peters, Andr\\\'e F.T.',
      'Martins, Paul Erd\\H{o}s, et al. (3 additional authors not shown)',
      'Comments: 12 pages',
      'Journal-ref: Interspeech',
      '2025',
      'DOI: 10.21437/Interspeech.2025-1',
      'Subjects: Computation and Language (cs.CL); Machine Learning',
      '(cs.LG)',
      'We extend TOWER to speech.',
      '',
    ].join('\n');
    const { records, rejections, warnings } = parseArxivList(text, 'v.txt');
    expect(rejections).toEqual([]);
    expect(records).toEqual([
      {
        title: 'From TOWER to SPIRE: Adding the Speech Modality to a Text-Only LLM',
        abstract: 'We extend TOWER to speech.',
        authors: ['Kshitij Ambilduke', 'Ben Peters', 'André F.T. Martins', 'Paul Erdős'],
        arxivId: '2503.10620',
        categories: ['cs.CL', 'cs.LG'],
        venue: 'Interspeech 2025',
        doi: '10.21437/interspeech.2025-1',
        tags: [],
        sources: [{ file: 'v.txt', line: 2 }],
      },
    ]);
    expect(warnings).toEqual([{ file: 'v.txt', line: 2, message: expect.stringContaining('only some of the authors') }]);
  });

  it('a wrapped title before a one-line author list; a title wrapped after a comma is still title', () => {
    const text = [
      entry(1, '2503.00001', 'Scaling Laws for\nData Mixtures', 'Ann Lee, Bob Ray'),
      entry(2, '2503.00002', 'Pruning, Merging and Distilling: A Study of', 'Jane Doe'),
    ].join('\n').replace('Distilling: A Study of\n', 'Distilling: A Study of\nSmall Models,\nand Their Limits\n');
    const { records } = parseArxivList(text, 'w.txt');
    expect(records.map((record) => [record.title, record.authors])).toEqual([
      ['Scaling Laws for Data Mixtures', ['Ann Lee', 'Bob Ray']],
      ['Pruning, Merging and Distilling: A Study of Small Models, and Their Limits', ['Jane Doe']],
    ]);
  });

  it("an abstract's later paragraphs are kept, headings and the footer after the last entry are not", () => {
    const prose = 'A second paragraph of the abstract with enough words to be prose.';
    const text = `${entry(1, '2503.00001', 'One', 'Ann Lee, Bob Ray', 'First paragraph.')}\n${prose}\n\nCross submissions (showing 1 of 1 entries)\n\n${entry(2, '2503.00002', 'Two', 'Jane Doe', 'Only paragraph.')}\nTotal of 2 entries\nAbout\nHelp\nReferences\n\n   1. https://arxiv.org/abs/2503.00002\n`;
    const { records, warnings } = parseArxivList(text, 'p.txt');
    expect(records.map((record) => record.abstract)).toEqual([`First paragraph.\n\n${prose}`, 'Only paragraph.']);
    expect(warnings).toEqual([]);
  });
});

describe('broken entries are reported by line, never glued to a neighbour', () => {
  const good = (n: number) => entry(n, `2503.0000${n}`, `Paper ${n}`, 'Ann Lee, Bob Ray', `Abstract ${n}.`);

  it('an entry without title is rejected by its line; the others are kept', () => {
    const text = [good(1), '[2] arXiv:2503.00002 [pdf]\nAnn Lee\nSubjects: Computation and Language (cs.CL)\n\nAbstract 2.\n', good(3)].join('\n');
    const { records, rejections, warnings } = parseArxivList(text, 'r.txt');
    expect(records.map((record) => [record.arxivId, record.title, record.abstract])).toEqual([
      ['2503.00001', 'Paper 1', 'Abstract 1.'],
      ['2503.00003', 'Paper 3', 'Abstract 3.'],
    ]);
    expect(rejections).toEqual([{ file: 'r.txt', line: 8, message: 'entry [2] arXiv:2503.00002 has no title (no "Title:" line after it)' }]);
    expect(warnings).toEqual([{ file: 'r.txt', line: 10, message: 'a "Subjects:" line outside any entry, left out' }]);
  });

  it('a `Title:` that lost its entry line, a damaged entry line, an id that is no arXiv id: kept without id, each warned', () => {
    const text = [
      good(1),
      'Title: Orphan Title\nJane Doe\nSubjects: Computation and Language (cs.CL)\n\nOrphan abstract.\n',
      '[3] 2503.00003 [pdf]\nTitle: Damaged Entry Line\nJane Doe\nSubjects: Computation and Language (cs.CL)\n',
      '[4] arXiv:25o3.00004 [pdf]\nTitle: Bad Id\nJane Doe\nSubjects: Computation and Language (cs.CL)\n',
    ].join('\n');
    const { records, rejections, warnings } = parseArxivList(text, 'd.txt');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.arxivId, record.authors, record.abstract])).toEqual([
      [1, 'Paper 1', '2503.00001', ['Ann Lee', 'Bob Ray'], 'Abstract 1.'],
      [8, 'Orphan Title', undefined, ['Jane Doe'], 'Orphan abstract.'],
      [14, 'Damaged Entry Line', undefined, ['Jane Doe'], ''],
      [19, 'Bad Id', undefined, ['Jane Doe'], ''],
    ]);
    expect(warnings).toEqual([
      { file: 'd.txt', line: 8, message: 'a "Title:" line without the "[n] arXiv:ID" line before it; the paper is kept without arXiv id' },
      { file: 'd.txt', line: 14, message: '"[3] 2503.00003 [pdf]" is not an entry line "[n] arXiv:ID [pdf, …]"; the entry after it is kept without arXiv id' },
      { file: 'd.txt', line: 19, message: '"arXiv:25o3.00004" is not an arXiv id; the paper is kept without one' },
    ]);
  });

  it('a wrapped `Comments:` line that starts with an arXiv id is the comment, not a damaged entry', () => {
    const text = [
      '[1] arXiv:2503.00001 [pdf, other]',
      'Title: Paper 1',
      'Ann Lee, Bob Ray',
      'Comments: 12 pages; admin note: text overlap with',
      'arXiv:2403.13659',
      'Subjects: Computation and Language (cs.CL)',
      '',
      'Abstract 1.',
      '',
    ].join('\n');
    const { records, rejections, warnings } = parseArxivList(text, 'c.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.title, record.authors, record.categories, record.abstract])).toEqual([['Paper 1', ['Ann Lee', 'Bob Ray'], ['cs.CL'], 'Abstract 1.']]);
  });

  it('an entry without author line is kept and reported; a text without any entry is rejected', () => {
    const text = '[1] arXiv:2503.00001 [pdf]\nTitle: Lonely Title\nSubjects: Computation and Language (cs.CL)\n';
    expect(parseArxivList(text, 'a.txt')).toMatchObject({
      records: [{ title: 'Lonely Title', authors: [], arxivId: '2503.00001' }],
      warnings: [{ file: 'a.txt', line: 1, message: 'entry [1] arXiv:2503.00001 has no author line' }],
    });
    expect(parseArxivList('Computation and Language\nNew submissions\n', 'e.txt')).toEqual({
      records: [],
      rejections: [{ file: 'e.txt', line: 1, message: 'no arXiv listing entry ("[1] arXiv:ID [pdf, …]" then "Title: …") found' }],
      warnings: [],
    });
  });
});

describe('sniffing', () => {
  it('confident on the fixtures and on a page in the current layout, indented or not; nothing without `Title:` after the entry line', () => {
    for (const name of readdirSync(new URL('arxiv-list/', folder)).filter((file) => file.endsWith('.txt'))) {
      expect(arxivListFormat.sniff(fixture(name)), name).toBe(1);
    }
    const sample = entry(1, '2503.10620', 'A Title', 'Ann Lee, Bob Ray', 'An abstract.');
    expect(arxivListFormat.sniff(sample)).toBe(1);
    expect(arxivListFormat.sniff(sample.replace(/^/gm, '      '))).toBe(1);
    expect(arxivListFormat.sniff(sample.replace(/^Title: /m, ''))).toBe(0);
    expect(arxivListFormat.sniff('See [1] arXiv:2503.10620 for details.\nTitle: x\n')).toBe(0);
  });

  it('claims no other format’s fixture and not the seed listing, which listing.ts still reads', () => {
    const others = readdirSync(folder).filter((format) => !format.endsWith('.md') && format !== 'arxiv-list');
    expect(others.length).toBeGreaterThan(15);
    for (const format of others) {
      for (const name of readdirSync(new URL(`${format}/`, folder)).filter((file) => !file.endsWith('.md'))) {
        const text = decodeText(new Uint8Array(readFileSync(new URL(`${format}/${name}`, folder)))).text;
        expect(arxivListFormat.sniff(text.slice(0, 64 * 1024)), `${format}/${name}`).toBe(0);
      }
    }
    expect(arxivListFormat.sniff(seed)).toBe(0);
    expect(listingFormat.sniff(seed)).toBe(0.9);
    expect(detectFormat('llama-2-7b.txt', seed)?.name).toBe('listing');
    expect(parseListing(seed, 'seed.txt').records).toHaveLength(10);
  });

  it('is one row of the registry', () => {
    expect(INPUT_FORMATS.filter((format) => format.name === 'arxiv-list')).toEqual([arxivListFormat]);
  });
});

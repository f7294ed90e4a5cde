import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { parseMarkdownList } from '../../src/ingest/markdown-list.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/markdown/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseMarkdownList(fixture(name), name);

describe('Markdown paper lists ("awesome" READMEs)', () => {
  it('are detected by their list items and table rows linking to papers, as .md, .txt or without a name', () => {
    for (const name of ['awesome-llm-readme-trimmed.md', 'awesome-efficient-llm-low-rank.md']) {
      for (const fileName of [name, 'README.txt', 'README']) expect(detectFormat(fileName, fixture(name))?.name, `${name} as ${fileName}`).toBe('markdown');
    }
  });

  it('a table of "[Title](arXiv) <br> authors" cells: title, authors in order, arXiv id, its month, the venue badge', () => {
    const result = read('awesome-efficient-llm-low-rank.md');
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(15);
    expect(result.records[1]).toEqual({
      title: 'LoSparse: Structured Compression of Large Language Models based on Low-Rank and Sparse Approximation',
      abstract: '',
      authors: ['Yixiao Li', 'Yifan Yu', 'Qingru Zhang', 'Chen Liang', 'Pengcheng He', 'Weizhu Chen', 'Tuo Zhao'],
      tags: [],
      sources: [{ file: 'awesome-efficient-llm-low-rank.md', line: 6 }],
      arxivId: '2306.11222',
      date: '2023-06',
      year: 2023,
      venue: "ICML'23",
    });
    // A row without a badge has no venue; the `[Paper]` and `[Github]` links are labels, not titles.
    expect(result.records[3]).toMatchObject({ title: 'TensorGPT: Efficient Compression of the Embedding Layer in LLMs based on the Tensor-Train Decomposition', authors: ['Mingxue Xu', 'Yao Lei Xu', 'Danilo P. Mandic'] });
    expect(result.records[3]!.venue).toBeUndefined();
    expect(result.records.every((record) => record.arxivId && record.authors.length > 0)).toBe(true);
  });

  it('a milestone table (date, name, lab, [Title](link)): every row a paper, also those linking to a lab\'s PDF or to GitHub; project lists and model names are not papers', () => {
    const result = read('awesome-llm-readme-trimmed.md');
    expect(result.records).toHaveLength(62);
    expect(result.records.slice(0, 4).map(({ title, arxivId, date }) => ({ title, arxivId, date }))).toEqual([
      { title: 'Attention Is All You Need', arxivId: '1706.03762', date: '2017-06' },
      { title: 'Improving Language Understanding by Generative Pre-Training', arxivId: undefined, date: '2018-06' },
      { title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', arxivId: undefined, date: '2018-10' },
      { title: 'Language Models are Unsupervised Multitask Learners', arxivId: undefined, date: '2019-02' },
    ]);
    const titles = result.records.map((record) => record.title);
    expect(titles).toContain('Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models');
    expect(titles).toContain('GPT-4 Technical Report');
    expect(titles).not.toContain('TinyZero');
    expect(titles.some((title) => /DeepSeek-Math|DeepSeek-v2-236B/.test(title))).toBe(false);
    // "[DeepSeek-v2-236B-MoE](https://arxiv.org/abs/2405.04434)" links a paper under a model's name: reported, not a paper titled "DeepSeek-v2-236B-MoE".
    expect(result.rejections).toEqual([{ file: 'awesome-llm-readme-trimmed.md', line: 116, message: 'a paper link (https://arxiv.org/abs/2405.04434) without a title on its line' }]);
  });

  it('numbered items "**Title**. *Authors*. Venue Year. [[pdf](…)]": italic authors split at commas and "and", the venue and its year; a `pdf` link anywhere makes a paper', () => {
    const result = read('plmpapers-readme-trimmed.md');
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(12);
    const [cpm, survey, semi, context2vec] = result.records;
    // "**CPM-1**. Chinese Pre-trained Language Model, 2020. [[Model&Code](github)] [[Paper](arXiv)]": the bold is a model's name.
    expect(cpm).toMatchObject({ title: 'CPM-1. Chinese Pre-trained Language Model', arxivId: '2012.00413', authors: [] });
    // A bold-title paragraph (the "Survey" section has no list).
    expect(survey).toMatchObject({ title: 'Pre-Trained Models: Past, Present and Future', arxivId: '2106.07139', date: '2021-06' });
    expect(survey!.authors).toHaveLength(22);
    expect(survey!.venue).toBeUndefined();
    expect(semi).toMatchObject({ title: 'Semi-supervised Sequence Learning', authors: ['Andrew M. Dai', 'Quoc V. Le'], arxivId: '1511.01432', venue: 'NIPS 2015', date: '2015-11' });
    // An ACL Anthology link: no arXiv id, the year from the venue.
    expect(context2vec).toMatchObject({ title: 'context2vec: Learning Generic Context Embedding with Bidirectional LSTM', authors: ['Oren Melamud', 'Jacob Goldberger', 'Ido Dagan'], venue: 'CoNLL 2016', date: '2016', year: 2016 });
    expect(context2vec!.arxivId).toBeUndefined();
    // OpenAI's PDFs on their own servers, read because the link says `pdf`; "Preprint." is no venue.
    const gpt = result.records.find((record) => record.title === 'Improving Language Understanding by Generative Pre-Training');
    expect(gpt).toMatchObject({ authors: ['Alec Radford', 'Karthik Narasimhan', 'Tim Salimans', 'Ilya Sutskever'] });
    expect(gpt!.venue).toBeUndefined();
    expect(result.records.map((record) => record.title)).toContain('Language Models are Unsupervised Multitask Learners');
  });

  it('a list item "(date) **Title.** [paper](arXiv)": the bold title without its full stop; the arXiv id dates it, not the list', () => {
    expect(read('awesome-llm-chain-of-thought.md')).toEqual({
      records: [
        {
          title: 'Chain of Thought Prompting Elicits Reasoning in Large Language Models',
          abstract: '',
          authors: [],
          tags: [],
          sources: [{ file: 'awesome-llm-chain-of-thought.md', line: 9 }],
          arxivId: '2201.11903',
          // The list says (2021-01); arXiv's 2201 id says January 2022.
          date: '2022-01',
          year: 2022,
        },
      ],
      rejections: [],
      warnings: [],
    });
  });
});

describe('an "awesome" README opening with HTML and quoting its BibTeX citation, tables with a header row', () => {
  const name = 'awesome-llm-inference-readme-trimmed.md';

  it('is a Markdown list: the <div align="center"> header is skipped, the @misc{ in a ```BibTeX fence is no BibTeX entry', () => {
    for (const fileName of [name, 'README.md', 'README']) expect(detectFormat(fileName, fixture(name))?.name, fileName).toBe('markdown');
  });

  it('leading HTML blocks and comments are skipped; an XML document is still no Markdown list', () => {
    const items = ['- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)', '- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)', '- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)'].join('\n');
    expect(detectFormat('list', `<!-- badges -->\n<p align="center">\n  <img src="logo.png">\n</p>\n\n# Papers\n${items}\n`)?.name).toBe('markdown');
    expect(detectFormat('list', `<?xml version="1.0"?>\n<notes>\n${items}\n</notes>\n`)?.name).not.toBe('markdown');
    expect(detectFormat('list', `<notes>\n${items}\n</notes>\n`)?.name).not.toBe('markdown');
  });

  it('|Date|Title|Paper|Code|: the title is the Title cell\'s text, without its emoji, [short name] and (@lab); the code column\'s link names no paper', () => {
    const result = read(name);
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(35);
    const byLine = (line: number) => result.records.find((record) => record.sources[0]!.line === line);
    // `🔥🔥🔥[**OneComp**] OneComp: One-Line Revolution…(@Fujitsu) | [[pdf]](https://arxiv.org/pdf/2603.28845)`
    expect(byLine(80)).toMatchObject({ title: 'OneComp: One-Line Revolution for Generative AI Model Compression', arxivId: '2603.28845', date: '2026-03' });
    // `[[MInference 1.0]](https://github.com/microsoft/MInference)` in the Code column is no title.
    expect(byLine(88)).toMatchObject({ title: 'MInference 1.0: Accelerating Pre-filling for Long-Context LLMs via Dynamic Sparse Attention', arxivId: '2407.02490' });
    // A bracketed short name with a colon (`[**MP: ZeRO**]`), two of them (`[**DynamicLLaVA**] [ICLR2025]`), `(@ECNU, Xiaohongshu)` after a space.
    expect(byLine(119)).toMatchObject({ title: 'DeepSpeed-ZeRO: Memory Optimizations Toward Training Trillion Parameter Models', arxivId: '1910.02054' });
    expect(byLine(145)).toMatchObject({ title: 'Dynamic-LLaVA: Efficient Multimodal Large Language Models via Dynamic Vision-language Context Sparsification', arxivId: '2412.00876' });
    // `[[pdf]](https://openreview.net/…)`: no arXiv id, dated by the Date column (`2025.12`).
    expect(byLine(81)).toMatchObject({ title: 'QEP: Quantization Error Propagation, NeurIPS 2025', date: '2025-12' });
    expect(byLine(81)!.arxivId).toBeUndefined();
    // A `[[pdf]]` on GitHub and a `[[report]]` that is a PDF are papers in a table of papers.
    expect(byLine(90)).toMatchObject({ title: 'DeepSeek-V3 Technical Report', date: '2024-12' });
    expect(byLine(91)).toMatchObject({ title: 'MiniMax-01: Scaling Foundation Models with Lightning Attention' });
    expect(result.records.every((record) => !/[[\]🔥@]/u.test(record.title))).toBe(true);
    // Rows of these tables linking to docs, a blog or code only are named in one warning.
    expect(result.warnings).toEqual([
      { file: name, line: 82, message: '11 rows of paper tables link to no paper (only to code, documentation, a blog…) and are not read: lines 82, 83, 103, 104, 105, 106, 107, 108, 109, 126, 132' },
    ]);
  });

  it('without a Title column, a `Paper` column holds the title: its text without label links (`[[pdf]](…)`), before any other link', () => {
    const text = [
      '| Paper | Venue | Links |',
      '|---|---|---|',
      '| **Attention Is All You Need** [[pdf]](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 | [code](https://github.com/x/y) |',
      '| Deep Residual Learning for Image Recognition | CVPR 2016 | [[arXiv]](https://arxiv.org/abs/1512.03385) [[GitHub Repo]](https://github.com/a/b) |',
    ].join('\n');
    expect(parseMarkdownList(text, 'papers.md').records.map((record) => [record.title, record.arxivId])).toEqual([
      ['Attention Is All You Need', '1706.03762'],
      ['Deep Residual Learning for Image Recognition', '1512.03385'],
    ]);
  });
});

describe("paper cells that go on with a summary (dair-ai's ML Papers of the Week) and quoted bold titles (RUCAIBox's LLMSurvey)", () => {
  it('the title is the bold text the cell opens with, else the text before the summary (` - `, two spaces), without its number; one word may be a title there', () => {
    const { records, rejections } = read('papers-of-the-week-dair-ai.md');
    expect(rejections).toEqual([]);
    expect(records.map((record) => record.title)).toEqual([
      'Ultra-Fast Diffusion-based Language Models',
      'MEM1',
      'Towards AI Search Paradigm',
      'Reinforcement-Learned Teachers of Test Time Scaling',
      'DeepRare',
      'AlphaGenome',
      // Not the link inside its summary (`… from it[s Claude.ai](http://claude.ai/) assistant`).
      'Claude for Affective Use',
      'AlphaFold 3',
      'xLSTM: Extended Long Short-Term Memory',
      'DeepSeek-V2',
    ]);
    expect(records[0]).toMatchObject({ arxivId: '2506.17298', date: '2025-06' });
  });

  it('a bold title in quote marks loses them; `et al.` outside the italics is no part of the venue', () => {
    const { records } = read('llm-survey-rucaibox.md');
    expect(records.slice(0, 2).map((record) => [record.title, record.authors, record.venue])).toEqual([
      ['Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer', ['Colin Raffel'], 'JMLR 2019'],
      ['mT5: A massively multilingual pre-trained text-to-text transformer', ['Linting Xue'], 'NAACL 2021'],
    ]);
  });

  it("Markdown's escapes are read as the characters (`Q\\&A`)", () => {
    const { records } = parseMarkdownList('| **Paper** | **Links** |\n| --- | --- |\n| 9) **Iterated Decomposition: Improving Science Q\\&A by Supervising Reasoning Processes** - proposes integrating a human in the loop to supervise the reasoning steps. | [Paper](https://arxiv.org/abs/2301.01751) |\n| 10) **A Second Paper Title Here** - a summary that goes on for more than eight words at least. | [Paper](https://arxiv.org/abs/2301.01752) |\n', 'x.md');
    expect(records[0]!.title).toBe('Iterated Decomposition: Improving Science Q&A by Supervising Reasoning Processes');
  });
});

describe("a table with a Venue column (BradyFU's Awesome-Multimodal-Large-Language-Models)", () => {
  it('the venue from the `Venue` column unless it only says arXiv or Blog; a title without the emoji that decorate it', () => {
    const { records, rejections } = read('awesome-mllm-venue-column-bradyfu.md');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.title, record.venue ?? null])).toEqual([
      ['Seed2.0 Model Card: Towards Intelligence Frontier for Real-World Complexity', null],
      ['Pretrained to Imagine, Fine-Tuned to Act: The Rise of World-Action Models', null],
      ['Qwen-RobotWorld Technical Report: Unifying Embodied World Modeling through Language-Conditioned Video Generation', null],
      ['Sparkles: Unlocking Chats Across Multiple Images for Multimodal Instruction-Following Models', null],
      ['EMOVA: Empowering Language Models to See, Hear and Speak with Vivid Emotions', 'CVPR'],
    ]);
  });
});

describe('Awesome-Graph-LLM (XiaoxinHe): a venue tag before each title, labelled links in brackets of their own', () => {
  it("`(*NAACL'21*) Title`: the tag is the venue (and the year when no arXiv id gives one), not part of the title; `(*arXiv 2025.02*)` is no venue", () => {
    const { records, rejections } = read('awesome-graph-llm-venue-tags-xiaoxinhe.md');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(34);
    expect(records.filter((record) => /^[([]/.test(record.title))).toEqual([]);
    expect(records[0]).toMatchObject({ title: 'Knowledge Graph Based Synthetic Corpus Generation for Knowledge-Enhanced Language Model Pre-training', venue: "NAACL'21", year: 2021 });
    expect(records[2]).toMatchObject({ title: 'Integrating Graphs with Large Language Models: Methods and Prospects', venue: 'IEEE Intelligent Systems 2023', arxivId: '2310.05499' });
    expect(records[15]).toMatchObject({ title: 'A Comprehensive Analysis on LLM-based Node Classification Algorithms', date: '2025-02' });
    expect(records[15]!.venue).toBeUndefined();
    expect(records[32]).toMatchObject({ title: 'Reasoning on Graphs: Faithful and Interpretable Large Language Model Reasoning', venue: 'ICLR‘24' });
  });

  it('`[[blog in Chinese](…)]` after the title is a label, not the title', () => {
    const { records } = read('awesome-graph-llm-venue-tags-xiaoxinhe.md');
    expect(records[23]).toMatchObject({ title: 'GraphGPT: Graph Instruction Tuning for Large Language Models', arxivId: '2310.13023', venue: "SIGIR'24" });
  });

  it('brackets without a year stay in the title (`(Almost) Zero-Shot …`)', () => {
    const { records } = parseMarkdownList('- (Almost) Zero-Shot Cross-Lingual Spoken Language Understanding [[paper](https://arxiv.org/abs/1804.02958)]\n- [ICLR 2024] Talk like a Graph: Encoding Graphs for Large Language Models [[paper](https://arxiv.org/abs/2310.04560)]\n', 'list.md');
    expect(records.map((record) => [record.title, record.venue])).toEqual([
      ['(Almost) Zero-Shot Cross-Lingual Spoken Language Understanding', undefined],
      ['Talk like a Graph: Encoding Graphs for Large Language Models', 'ICLR 2024'],
    ]);
  });
});

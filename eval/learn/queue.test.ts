import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptedRows, appendGroup, isEntityName, modelFamily, QUEUE_COLUMNS } from './queue.ts';
import { ROOT } from './data.ts';

const LEXICONS = join(ROOT, 'packages/core/src/extract/lexicons');

/** Runs `run` in a fresh temporary folder, removed afterwards whatever happens. */
function inTempDir(prefix: string, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A copy of the shipped lexicons in `dir`, for `--accept` to write to. */
function copyLexicons(dir: string): string {
  const lexicons = join(dir, 'lexicons');
  mkdirSync(lexicons);
  for (const f of ['models.json', 'datasets.json', 'methods.json']) copyFileSync(join(LEXICONS, f), join(lexicons, f));
  return lexicons;
}

describe('review queue', () => {
  it('reads the rows a reviewer marked, with a corrected kind', () => {
    const text = [
      QUEUE_COLUMNS.join('\t'),
      ['y', 'dataset', 'ZorbQA', '12', '31.5', '', '2501.00001 2502.00002', 'We test on ZorbQA.'].join('\t'),
      ['', 'model', 'Flarn-7B', '9', '20', '', '2503.00003', '…'].join('\t'),
      ['YES', 'method', 'QuuxPO', '7', '8', '', '', ''].join('\t'),
    ].join('\n');
    expect(acceptedRows(text)).toEqual([
      { kind: 'dataset', name: 'ZorbQA', papers: '12', examples: '2501.00001 2502.00002' },
      { kind: 'method', name: 'QuuxPO', papers: '7', examples: '' },
    ]);
    expect(() => acceptedRows(text.replace('YES\tmethod', 'y\ttool'))).toThrow(/not model, dataset or method/);
    expect(() => acceptedRows('name\tkind\nFoo\tmodel')).toThrow(/accept/);
  });

  it('refuses a marked row whose name is a size, number or range, naming its line', () => {
    const text = [QUEUE_COLUMNS.join('\t'), ['y', 'model', 'Zorb-7B', '9', '20', '', '', ''].join('\t'), '', ['y', 'model', '7-8B', '12', '30', '', '', ''].join('\t')].join('\n');
    expect(() => acceptedRows(text)).toThrow('queue line 4: "7-8B" is not a name (a number, size or range): write the name it belongs to, or unmark the row');
    // an unmarked row is not read
    expect(acceptedRows(text.replace('y\tmodel\t7-8B', '\tmodel\t7-8B'))).toEqual([{ kind: 'model', name: 'Zorb-7B', papers: '9', examples: '' }]);
    for (const name of ['7-8B', '13B–70B', '1.5B', '4K', 'v2', '2024', '3x', '—']) expect(isEntityName(name), name).toBe(false);
    for (const name of ['Zorb-7B', 'T5', 'o1', 'DeepSeek R1', 'ZorbQA', 'Llama-3.1-8B', '3D']) expect(isEntityName(name), name).toBe(true);
  });

  it('adds a model by its family, without size, version or variant tail (invented names)', () => {
    expect(modelFamily('Zephyrus-13B-Instruct')).toBe('Zephyrus');
    expect(modelFamily('CodeWeaverBase')).toBe('CodeWeaver');
    expect(modelFamily('Falcon40B')).toBe('Falcon');
    expect(modelFamily('Orca')).toBe('Orca');
    // A one-letter word before the digits is part of the name, not a family ("OpenAI o" would rename o1 and o3).
    expect(modelFamily('OpenAI o1')).toBe('OpenAI o1');
    expect(modelFamily('DeepSeek R1')).toBe('DeepSeek R1');
    expect(modelFamily('Zorb-X2-7B')).toBe('Zorb-X2-7B');
  });

  it("appends a group to each lexicon file's groups and leaves the rest of the file as it was", () => {
    for (const f of ['datasets.json', 'methods.json', 'models.json']) {
      const before = readFileSync(join(LEXICONS, f), 'utf8');
      const group = { provenance: 'Mined … accepted on 2026-12-01', entries: ['ZorbQA'] };
      const after = appendGroup(before, group);
      const b = JSON.parse(before) as Record<string, unknown> & { groups: unknown[] };
      const a = JSON.parse(after) as Record<string, unknown> & { groups: unknown[] };
      expect(a.groups, f).toEqual([...b.groups, group]);
      expect({ ...a, groups: null }, f).toEqual({ ...b, groups: null });
      // byte for byte before the end of the groups array and after it: the first difference is where the array closes
      let p = 0;
      while (before[p] === after[p]) p++;
      const rest = before.slice(p);
      expect(rest.trimStart().startsWith(']'), f).toBe(true);
      expect(after.endsWith(rest.trimStart()), f).toBe(true);
    }
  });
});

/** A tool of eval/learn run as a user runs it: exit status and stderr. */
function runTool(script: string, args: string[]): { status: number; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'eval/learn', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status ?? 1, stderr: run.stderr };
}

describe('pnpm mine', () => {
  it('refuses numbers that are not whole numbers of at least 1, with exit 2, before reading the corpus', () => {
    for (const [option, value] of [['--min-df', 'abc'], ['--per-kind', '0'], ['--limit', '2.5']] as const) {
      const run = runTool('mine.ts', [option, value, '--corpus', '/nonexistent/corpus.jsonl.gz']);
      expect(run.status, option).toBe(2);
      expect(run.stderr).toContain(`pnpm mine: ${option} wants a whole number of at least 1, not "${value}"`);
    }
  }, 60_000);

  it('--accept names a missing file and a Markdown queue plainly (exit 2), never with a stack trace', () => {
    const missing = runTool('mine.ts', ['--accept', '/nonexistent/queue.tsv']);
    expect(missing).toEqual({ status: 2, stderr: 'pnpm mine --accept: /nonexistent/queue.tsv: no such file\n' });
    inTempDir('papergraph-mine-', (dir) => {
      const md = join(dir, 'queue.md');
      writeFileSync(md, '## model\n\n| name | papers |\n|---|---|\n| Zorb | 9 |\n');
      const run = runTool('mine.ts', ['--accept', md]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/no "accept" column .*a Markdown queue is for reading: accept from a TSV queue/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }, 60_000);
  it('an empty corpus, or one that is not JSON Lines, is an error (exit 2), not an empty queue', () => {
    inTempDir('papergraph-mine-', (dir) => {
      const empty = join(dir, 'empty.jsonl');
      writeFileSync(empty, '\n');
      expect(runTool('mine.ts', ['--corpus', empty, '--out', join(dir, 'queue.tsv')])).toEqual({
        status: 2,
        stderr: `pnpm mine: ${empty} holds no papers (expected JSON Lines of arXiv records, one paper a line)\n`,
      });
      expect(existsSync(join(dir, 'queue.tsv'))).toBe(false);
      const csv = join(dir, 'papers.csv');
      writeFileSync(csv, '{"id": "1", "title": "A"}\nid,title\n');
      const run = runTool('mine.ts', ['--corpus', csv]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^pnpm mine: ${csv.replace(/[.\\/]/g, '\\$&')}:2: not a JSON record \\(`));
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }, 60_000);

  it('offers no name the lexicons read only under a rule: bare SAM and SD (read with a version) are left out', () => {
    inTempDir('papergraph-mine-', (dir) => {
      const corpus = join(dir, 'corpus.jsonl');
      const abstracts = [
        'We fine-tune SAM on polyp images and compare it with ZorbNet. SAM gives sharper masks than ZorbNet.',
        'Building on SAM and SD, we generate and segment synthetic scenes; ZorbNet serves as the backbone.',
        'We prompt SAM with boxes from a detector and render inputs with SD. ZorbNet is the baseline.',
        'Our pipeline uses SAM for masks, SD for inpainting and ZorbNet for features.',
      ];
      writeFileSync(corpus, abstracts.map((summary, i) => JSON.stringify({ id: `2501.0000${i + 1}`, title: `Paper ${i + 1} on segmentation`, summary, authors: ['A B'] })).join('\n') + '\n');
      const out = join(dir, 'queue.tsv');
      expect(runTool('mine.ts', ['--corpus', corpus, '--min-df', '2', '--out', out]).status).toBe(0);
      const names = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[2]);
      expect(names).toEqual(['ZorbNet']);
    });
  }, 60_000);

  it('--accept skips a marked name the lexicons already cover under a rule, saying which, and leaves the lexicons alone', () => {
    inTempDir('papergraph-mine-', (dir) => {
      const lexicons = copyLexicons(dir);
      const queue = join(dir, 'queue.tsv');
      const rows = [['y', 'model', 'SAM', '164', '30', '', '2501.00001', ''], ['y', 'method', 'CoTs', '63', '12', '', '2501.00002', '']];
      writeFileSync(queue, [QUEUE_COLUMNS.join('\t'), ...rows.map((row) => row.join('\t'))].join('\n') + '\n');
      const run = runTool('mine.ts', ['--accept', queue, '--lexicons', lexicons]);
      expect(run.stderr).toContain('models.json: nothing new (SAM (model family SAM (read only with a version)) already known)');
      expect(run.stderr).toContain('methods.json: nothing new (CoTs (plural of method chain-of-thought) already known)');
      for (const f of ['models.json', 'methods.json']) expect(readFileSync(join(lexicons, f), 'utf8'), f).toBe(readFileSync(join(LEXICONS, f), 'utf8'));
    });
  }, 60_000);

  it('--techniques queues a technique the corpus defines by its acronym; --accept adds it with the acronym and drops a spelling already known', () => {
    inTempDir('papergraph-mine-', (dir) => {
      const corpus = join(dir, 'corpus.jsonl');
      const abstracts = [
        'Users are decoded with staggered pilot recombination (SPR) at the base station.',
        'We revisit Staggered Pilot Recombination (SPR) for uplink NOMA.',
        'A receiver with staggered pilot recombination (SPR) and power control.',
        'Power allocation under staggered pilot recombination for two users.',
      ];
      writeFileSync(corpus, abstracts.map((summary, i) => JSON.stringify({ id: `2501.0000${i + 1}`, title: `Paper ${i + 1}`, summary, authors: ['A B'] })).join('\n') + '\n');
      const queue = join(dir, 'techniques.tsv');
      expect(runTool('mine.ts', ['--techniques', '--corpus', corpus, '--min-df', '3', '--out', queue]).status).toBe(0);
      const lines = readFileSync(queue, 'utf8').trim().split('\n');
      expect(lines.slice(1).map((line) => line.split('\t').slice(1, 6))).toEqual([['method', 'staggered pilot recombination|SPR', '4', '1', 'defined 3, alone 1']]);
      // the reviewer marks it and adds a spelling the methods lexicon already reads as LoRA: that one is dropped
      // (and a proper name a reviewer wrote with its capitals: in the case-sensitive group it gets its lower-case form)
      const proper = ['y', 'method', 'Harbor Pilot Transform|HPT', '7', '1', 'defined 5, alone 2', '2501.00009', 'We apply the Harbor Pilot Transform (HPT).'].join('\t');
      writeFileSync(queue, [lines[0], 'y' + lines[1]!.replace('recombination|SPR', 'recombination|SPR|low-rank adaptation'), proper].join('\n') + '\n');
      const lexicons = copyLexicons(dir);
      const run = runTool('mine.ts', ['--accept', queue, '--lexicons', lexicons, '--corpus', corpus, '--date', '2026-12-05']);
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('methods.json: added 2 (staggered pilot recombination, Harbor Pilot Transform); skipped, already known: low-rank adaptation (alias of staggered pilot recombination: method LoRA)');
      const groups = (JSON.parse(readFileSync(join(lexicons, 'methods.json'), 'utf8')) as { groups: { provenance: string; entries: string[] }[] }).groups;
      expect(groups.at(-1)).toEqual({
        provenance: 'Mined by `pnpm mine` from the corpus corpus.jsonl and accepted by a reviewer on 2026-12-05 from techniques.tsv: staggered pilot recombination (4 papers, e.g. 2501.00001, 2501.00002, 2501.00003); Harbor Pilot Transform (7 papers, e.g. 2501.00009).',
        caseSensitive: true,
        entries: ['staggered pilot recombination|SPR', 'Harbor Pilot Transform|HPT|harbor pilot transform'],
      });
    });
  }, 90_000);

  it('--accept refuses a row marked with a size range for a name, and leaves the lexicons alone', () => {
    inTempDir('papergraph-mine-', (dir) => {
      const lexicons = copyLexicons(dir);
      const queue = join(dir, 'queue.tsv');
      writeFileSync(queue, [QUEUE_COLUMNS.join('\t'), ['y', 'model', '7-8B', '12', '30', '', '2501.00001', ''].join('\t')].join('\n') + '\n');
      const run = runTool('mine.ts', ['--accept', queue, '--lexicons', lexicons]);
      expect(run).toEqual({ status: 2, stderr: `pnpm mine --accept: ${queue}: queue line 2: "7-8B" is not a name (a number, size or range): write the name it belongs to, or unmark the row\n` });
      expect(readFileSync(join(lexicons, 'models.json'), 'utf8')).toBe(readFileSync(join(LEXICONS, 'models.json'), 'utf8'));
    });
  }, 60_000);
});

describe('pnpm train', () => {
  it('refuses an --out folder it cannot make before any training (exit 2)', () => {
    const run = runTool('train.ts', ['--out', '/dev/null/learned']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^pnpm train: --out \/dev\/null\/learned: /);
  }, 30_000);

  it('says the corpus is missing and exits non-zero, leaving the shipped files alone', () => {
    const model = readFileSync(join(ROOT, 'packages/core/src/extract/learned/model.json'), 'utf8');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'eval/learn/train.ts'), '--corpus', '/nonexistent/corpus.jsonl.gz'], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/needs the corpus at \/nonexistent\/corpus\.jsonl\.gz/);
    expect(readFileSync(join(ROOT, 'packages/core/src/extract/learned/model.json'), 'utf8')).toBe(model);
  }, 30_000);
  it('an empty corpus is an error (exit 2), leaving the shipped files alone', () => {
    inTempDir('papergraph-train-', (dir) => {
      const empty = join(dir, 'empty.jsonl.gz');
      writeFileSync(empty, gzipSync(''));
      const run = runTool('train.ts', ['--corpus', empty, '--out', join(dir, 'out')]);
      expect(run).toEqual({ status: 2, stderr: `pnpm train: ${empty} holds no papers (expected JSON Lines of arXiv records, one paper a line)\n` });
    });
  }, 30_000);

});

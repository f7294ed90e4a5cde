import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceptedRows, appendGroup, modelFamily, QUEUE_COLUMNS } from './queue.ts';
import { ROOT } from './data.ts';

const LEXICONS = join(ROOT, 'packages/core/src/extract/lexicons');

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

  it('adds a model by its family, without size, version or variant tail (invented names)', () => {
    expect(modelFamily('Zephyrus-13B-Instruct')).toBe('Zephyrus');
    expect(modelFamily('CodeWeaverBase')).toBe('CodeWeaver');
    expect(modelFamily('Falcon40B')).toBe('Falcon');
    expect(modelFamily('Orca')).toBe('Orca');
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

describe('pnpm train', () => {
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
});

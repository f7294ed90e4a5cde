import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerBuild } from '../../src/commands/build.ts';
import { readThesaurusOption, thesaurusSummary } from '../../src/commands/thesaurus-option.ts';
import { CliError } from '../../src/errors.ts';
import { reportError } from '../../src/program.ts';
import { REPO } from '../run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'papergraph-thesaurus-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

afterEach(() => vi.restoreAllMocks());

describe('readThesaurusOption', () => {
  it('reads and parses the file (TSV or JSON), named as given', () => {
    expect(readThesaurusOption(file('a.tsv', 'GPT4\tGPT-4\tmodel\n')).rules).toEqual([{ from: 'GPT4', to: 'GPT-4', kind: 'model', line: 1 }]);
    const json = file('a.json', '[{"from": "baseline", "to": ""}]');
    expect(readThesaurusOption(json)).toEqual({ source: json, rules: [{ from: 'baseline', to: '', record: 0 }], warnings: [] });
  });

  it('one bad line is the error itself; several are listed first, all with their lines (exit code 2)', () => {
    const one = file('one.tsv', 'ok\tfine\nGPT4 GPT-4\n');
    expect(() => readThesaurusOption(one)).toThrow(new CliError(`thesaurus ${one}:2: expected tab-separated from<TAB>to, found no tab (an empty "to" after the tab drops the entity)`, 2));
    const many = file('many.tsv', Array.from({ length: 23 }, (_, i) => `bad ${i}`).join('\n'));
    const lines: string[] = [];
    expect(() => readThesaurusOption(many, { write: (text: string) => lines.push(text) })).toThrow(`${many}: 23 bad lines in the thesaurus (listed above)`);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(`papergraph: thesaurus ${many}:1: expected tab-separated from<TAB>to, found no tab (an empty "to" after the tab drops the entity)\n`);
    expect(lines[20]).toBe('papergraph: … and 3 more\n');
  });

  it('decodes the file as the inputs are: UTF-16 by its byte order mark, bytes that are not UTF-8 as Latin-1 with a warning', () => {
    const text = 'label\treplace by\tkind\nJose M. Alvarez\tJosé M. Álvarez\tauthor\n';
    const le = file('utf16le.txt', '');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = file('utf16be.txt', '');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const path of [le, be]) {
      expect(readThesaurusOption(path)).toEqual({ source: path, rules: [{ from: 'Jose M. Alvarez', to: 'José M. Álvarez', kind: 'author', line: 2 }], warnings: [] });
    }
    const latin1 = file('latin1.tsv', '');
    writeFileSync(latin1, Buffer.from('GPT4\tGPT-4\nJose\tJos\xe9\tauthor\n', 'latin1'));
    expect(readThesaurusOption(latin1)).toEqual({
      source: latin1,
      rules: [
        { from: 'GPT4', to: 'GPT-4', line: 1 },
        { from: 'Jose', to: 'José', kind: 'author', line: 2 },
      ],
      warnings: [{ file: latin1, line: 2, message: 'bytes that are not UTF-8 (Latin-1?) on this line: read as Latin-1 (windows-1252); save the file as UTF-8' }],
    });
  });

  it('a file that cannot be read is the usual system error', () => {
    expect(() => readThesaurusOption(join(dir, 'missing.tsv'))).toThrow(/ENOENT/);
  });

  it('summarises what a thesaurus did, escaping the file name for the terminal', () => {
    expect(thesaurusSummary({ source: 'terms\u001b.tsv', rules: 6, applied: 5, unmatched: 1, merged: 2, renamed: 2, dropped: 1 })).toBe(
      'thesaurus terms\\x1b.tsv: 5 of 6 rules applied (entities: 2 merged, 2 renamed, 1 dropped)',
    );
  });
});

/** `papergraph build …` in this process, through the command's register function and a Program of our own. */
async function build(...args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const program = new Command().exitOverride().configureOutput({ writeErr: (text) => (stderr += text) });
  registerBuild(program);
  let code = 0;
  try {
    await program.parseAsync(['build', ...args, '--no-progress', '--formats', 'json'], { from: 'user' });
  } catch (error) {
    code = reportError(error, { write: (text: string) => (stderr += text) });
  }
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('papergraph build --thesaurus', () => {
  const seeds = join(REPO, 'seeds');
  const terms = file('terms.tsv', 'label\treplace by\nLlama-2-7b\tMeta Llama 2 (7B)\nwatermarking\t\nnothing here\tfoo\n');

  it('applies the thesaurus, says what it did, warns of unmatched rules, and records it in graph.json', async () => {
    const out = join(dir, 'out-a');
    const run = await build(seeds, '-o', out, '--thesaurus', terms);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`\nthesaurus ${terms}: 2 of 3 rules applied (entities: 0 merged, 1 renamed, 1 dropped)\n`);
    // (warnings go to stderr, as every command's do: stdout is the summary)
    expect(run.stderr).toContain(`warning: ${terms}:4: "nothing here" matches no entity\n`);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { attributes: Record<string, unknown>; nodes: Array<{ key: string }> };
    expect(graph.attributes.thesaurus).toEqual({ source: terms, rules: 3, applied: 2, unmatched: 1, merged: 0, renamed: 1, dropped: 1 });
    const keys = graph.nodes.map((node) => node.key);
    expect(keys).toContain('model:meta-llama-2-7b');
    expect(keys).not.toContain('model:llama-2-7b');
    expect(keys).not.toContain('method:watermarking');
  }, 60_000);

  it('same inputs and thesaurus, same bytes; --json carries the thesaurus report', async () => {
    await build(seeds, '-o', join(dir, 'out-b'), '--thesaurus', terms);
    await build(seeds, '-o', join(dir, 'out-c'), '--thesaurus', terms);
    expect(readFileSync(join(dir, 'out-b', 'graph.json'), 'utf8')).toBe(readFileSync(join(dir, 'out-c', 'graph.json'), 'utf8'));
    const json = JSON.parse((await build(seeds, '-o', join(dir, 'out-d'), '--thesaurus', terms, '--json')).stdout) as { thesaurus: unknown; warnings: unknown[] };
    expect(json.thesaurus).toMatchObject({ applied: 2, dropped: 1 });
    expect(json.warnings).toEqual([{ file: terms, line: 4, message: '"nothing here" matches no entity' }]);
  }, 60_000);

  it('a bad thesaurus stops the build before any work (exit code 2, nothing written)', async () => {
    const out = join(dir, 'out-bad');
    const run = await build(seeds, '-o', out, '--thesaurus', file('bad.tsv', 'a\tb\tc\td\n'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.tsv:1: expected from<TAB>to<TAB>kind, found 4 tab-separated columns\n$/);
    expect(() => readFileSync(join(out, 'graph.json'))).toThrow(/ENOENT/);
  });

  it('warns of a thesaurus without rules, names JSON rules by record from 1, and puts a JSON error on its line', async () => {
    const empty = await build(seeds, '-o', join(dir, 'out-empty'), '--thesaurus', file('empty.tsv', 'label\treplace by\n# nothing yet\n'));
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain(`warning: ${join(dir, 'empty.tsv')}: no rules: the thesaurus is empty or holds only comments, and changes nothing\n`);
    const json = file('repeat.json', JSON.stringify([{ from: 'Llama-2-7b', to: 'Llama 2 7B' }, { from: 'llama 2 7b', to: 'Llama' }]));
    const repeat = await build(seeds, '-o', join(dir, 'out-repeat'), '--thesaurus', json);
    expect(repeat.stderr).toContain(`warning: ${json} record 2: "llama 2 7b" already has a rule at record 1, which sends it to "Llama 2 7B": this one (which sends it to "Llama") is not applied, the first rule wins\n`);
    const comma = file('comma.json', '[\n  {"from": "a", "to": "b"},\n]\n');
    const trailing = await build(seeds, '-o', join(dir, 'out-comma'), '--thesaurus', comma);
    expect(trailing.code).toBe(2);
    expect(trailing.stderr).toMatch(new RegExp(`^papergraph: thesaurus ${comma.replace(/[.\\/]/g, '\\$&')}:3: not valid JSON: `));
  }, 60_000);
});

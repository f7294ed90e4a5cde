import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { asForeignGraph, duplicateCandidates, parseThesaurus, runPipeline, toGraphJSON, type DuplicateCandidate } from '@papergraph/core';
import { registerCandidates } from '../../src/commands/candidates.ts';
import { reportError } from '../../src/program.ts';
import { REPO } from '../run-cli.ts';

const PAPERS = join(REPO, 'eval/data/papers.jsonl');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `papergraph candidates …` in this process, through the command's register function and a Program of our own. */
async function candidates(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const program = new Command().exitOverride().configureOutput({ writeErr: (text) => (stderr += text), writeOut: (text) => (stdout += text) });
  registerCandidates(program);
  let code = 0;
  try {
    await program.parseAsync(['candidates', ...args], { from: 'user' });
  } catch (error) {
    code = reportError(error, { write: (text: string) => (stderr += text) });
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { code, stdout, stderr };
}

let dir: string;
let graphJson: string;
let expected: DuplicateCandidate[];
/** Papers of the dev graph's entity with this label. */
let paperCount: (label: string) => number | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papergraph-candidates-'));
  const { graph } = runPipeline([{ name: PAPERS, text: readFileSync(PAPERS, 'utf8') }], { layout: false });
  graphJson = join(dir, 'graph.json');
  writeFileSync(graphJson, toGraphJSON(graph));
  expected = duplicateCandidates(asForeignGraph(graph));
  paperCount = (label) => graph.getNodeAttribute(graph.findNode((_key, a) => a.kind !== 'paper' && a.label === label)!, 'paperCount');
});

afterEach(() => vi.restoreAllMocks());

describe('papergraph candidates', () => {
  it('prints a thesaurus to edit on stdout: sure merges as rules, the rest commented out, each with its reason', async () => {
    const run = await candidates(graphJson);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^# Likely duplicate entities in ${graphJson.replace(/[.\\/]/g, '\\$&')}, found by papergraph candidates: `));
    expect(run.stdout).toContain('\nlabel\treplace by\tkind\n');
    expect(run.stdout).toContain('\n# Llama\tLlama-2-7B\tmodel\n');
    const { thesaurus, errors } = parseThesaurus(run.stdout, 'stdout');
    expect(errors).toEqual([]);
    expect(thesaurus.rules).toHaveLength(expected.filter((candidate) => candidate.confident).length);
    // The dev abstracts' one same-form pair, "Supervised Finetuning" / "Supervised Fine-Tuning", is one node already
    // (extraction joins spellings of every kind): no sure merge is left, every row is for review.
    expect(thesaurus.rules).toEqual([]);
    expect(run.stdout).not.toContain('Supervised Finetuning\t');
    const rows = run.stdout.split('\n').filter((line) => line.includes('\t') && line !== 'label\treplace by\tkind');
    expect(rows.length).toBe(expected.length);
    expect(rows.every((line) => line.startsWith('# '))).toBe(true);
  });

  it('reads inputs as well as a graph.json, with the same candidates', async () => {
    const fromInputs = await candidates(PAPERS, '--json');
    expect(fromInputs.code).toBe(0);
    expect(JSON.parse(fromInputs.stdout)).toEqual(expected);
  }, 60_000);

  it('built from inputs, lists every rejected input on stderr; stdout stays the thesaurus or the JSON', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${readFileSync(PAPERS, 'utf8').split('\n').slice(0, 30).join('\n')}\n{"title": broken\n`);
    for (const args of [[bad], [bad, '--json']]) {
      const run = await candidates(...args);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`^rejected: ${bad.replace(/[.\\/]/g, '\\$&')}:31: [^\n]+\n$`));
    }
    const json = (await candidates(bad, '--json')).stdout;
    expect(() => JSON.parse(json)).not.toThrow();
  }, 60_000);

  it('--json lists each candidate with its reason, both labels and paper counts', async () => {
    const run = await candidates(graphJson, '--json');
    const listed = JSON.parse(run.stdout) as DuplicateCandidate[];
    expect(listed).toEqual(expected);
    expect(listed).toContainEqual(
      expect.objectContaining({
        reason: 'family-member',
        kind: 'model',
        from: expect.objectContaining({ label: 'Llama', paperCount: paperCount('Llama') }),
        to: expect.objectContaining({ label: 'Llama-2-7B', paperCount: paperCount('Llama-2-7B') }),
        confident: false,
      }),
    );
    // (the two spellings of "Supervised Fine-Tuning" are one node of two papers, so no same-form pair is listed)
    expect(paperCount('Supervised Fine-Tuning')).toBe(2);
    expect(listed.filter((candidate) => candidate.reason === 'same-form')).toEqual([]);
  });

  it('--kind and --min-papers narrow the list', async () => {
    const models = JSON.parse((await candidates(graphJson, '--json', '--kind', 'models')).stdout) as DuplicateCandidate[];
    expect(models.length).toBeGreaterThan(0);
    expect(models.every((candidate) => candidate.kind === 'model')).toBe(true);
    const known = JSON.parse((await candidates(graphJson, '--json', '--min-papers', '5')).stdout) as DuplicateCandidate[];
    expect(known).toEqual(expected.filter((candidate) => Math.max(candidate.from.paperCount, candidate.to.paperCount) >= 5));
    expect(known.length).toBeLessThan(expected.length);
  });

  it('--thesaurus-out writes the file and prints what it holds', async () => {
    const file = join(dir, 'terms.tsv');
    const run = await candidates(graphJson, '--thesaurus-out', file);
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe((await candidates(graphJson)).stdout);
    const { thesaurus } = parseThesaurus(readFileSync(file, 'utf8'), 'terms.tsv');
    const review = readFileSync(file, 'utf8').split('\n').filter((line) => /^# [^\t]+\t/.test(line)).length;
    // Counts by reason, in CANDIDATE_REASONS' order: the dev abstracts have a near version, aliases and family
    // members to review, and no same form left (extraction joined it).
    const count = (reason: string) => expected.filter((candidate) => candidate.reason === reason).length;
    for (const reason of ['near-version', 'alias', 'family-member']) expect(count(reason), reason).toBeGreaterThan(0);
    expect(count('near-version') + count('alias') + count('family-member')).toBe(expected.length);
    expect(run.stdout).toMatch(
      new RegExp(
        `^${expected.length} candidates: ${count('near-version')} near version, ${count('alias')} alias, ${count('family-member')} family member; ${thesaurus.rules.length} rules to apply, ${review} to review\\nwrote .*terms\\.tsv\\n$`,
      ),
    );
  });

  it('--thesaurus-out never replaces a file the command reads: the --thesaurus given, or an input, however it is named', async () => {
    const terms = join(dir, 'mine.tsv');
    const rules = 'GPT4\tGPT-4\tmodel\n';
    writeFileSync(terms, rules);
    symlinkSync(terms, join(dir, 'mine-link.tsv'));
    linkSync(terms, join(dir, 'mine-hard.tsv'));
    for (const out of [terms, join(dir, '.', '..', basename(dir), 'mine.tsv'), join(dir, 'mine-link.tsv'), join(dir, 'mine-hard.tsv')]) {
      const run = await candidates(PAPERS, '--thesaurus', terms, '--thesaurus-out', out);
      expect(run.code, out).toBe(1);
      expect(run.stderr).toBe(`papergraph: --thesaurus-out ${out} is the thesaurus read with --thesaurus: writing the candidates there would replace your rules; name another file\n`);
      expect(readFileSync(terms, 'utf8')).toBe(rules);
    }
    const graph = readFileSync(graphJson, 'utf8');
    const onInput = await candidates(graphJson, '--thesaurus-out', graphJson);
    expect(onInput.code).toBe(1);
    expect(onInput.stderr).toMatch(/^papergraph: --thesaurus-out .*graph\.json is the input .*graph\.json: writing the candidates there would replace it; name another file\n$/);
    expect(readFileSync(graphJson, 'utf8')).toBe(graph);
  });

  it('--thesaurus applies one first when building from inputs: what is left to merge', async () => {
    const file = join(dir, 'sure.tsv');
    writeFileSync(file, `${(await candidates(graphJson)).stdout}no such entity\tfoo\n`);
    const run = await candidates(PAPERS, '--json', '--thesaurus', file);
    expect(run.code).toBe(0);
    const left = JSON.parse(run.stdout) as DuplicateCandidate[];
    expect(left.filter((candidate) => candidate.confident)).toEqual([]);
    expect(left.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/^warning: .*sure\.tsv:\d+: "no such entity" matches no entity\n$/);
  }, 60_000);

  it('refuses --thesaurus on a graph.json, a bad thesaurus, an unknown kind, and an output it cannot write, with their exit codes', async () => {
    const good = join(dir, 'good.tsv');
    writeFileSync(good, 'GPT4\tGPT-4\n');
    const onGraph = await candidates(graphJson, '--thesaurus', good);
    expect(onGraph.code).toBe(1);
    expect(onGraph.stderr).toMatch(/--thesaurus applies when building from inputs/);

    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, 'GPT4 GPT-4\n');
    const badRun = await candidates(graphJson, '--thesaurus', bad);
    expect(badRun.code).toBe(2);
    expect(badRun.stderr).toBe(`papergraph: thesaurus ${bad}:1: expected tab-separated from<TAB>to, found no tab (an empty "to" after the tab drops the entity)\n`);

    const kind = await candidates(graphJson, '--kind', 'venues');
    expect(kind.code).toBe(1);
    expect(kind.stderr).toMatch(/unknown kind "venues" \(expected model, method, dataset, author\)/);

    const unwritable = await candidates(graphJson, '--thesaurus-out', join(dir, 'no-such-folder', 'terms.tsv'));
    expect(unwritable.code).toBe(3);
    expect(unwritable.stderr).toMatch(/^papergraph: cannot write .*no-such-folder.*terms\.tsv/);
  });
});

import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { EVIL, evilInputs, RAW_CONTROL } from './escape-fixture.ts';

describe('papergraph models|methods|datasets', () => {
  const { jsonl, graphJson } = evilInputs();

  it.each([
    ['from graph.json', graphJson],
    ['from inputs', jsonl],
  ])('text output escapes control characters in labels, titles and evidence (%s)', (_name, source) => {
    const run = runCli(['models', source, '--evidence']);
    expect(run.status).toBe(0);
    // (reading the inputs turns the CR into a space; the rest is kept and must be escaped)
    expect(run.stdout).toMatch(/^ {2}uses {9}Evil \\x1b\]0;pwned\\x07\\x1b\[2J.*\\u009b31m Title$/m);
    expect(run.stdout).toMatch(/“We fine-tune Mistral-7B \\x1b/);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    if (source === graphJson) expect(run.stdout).toMatch(/^Mistral\\x1b\]0;pwned\\x07\\x1b\[2J\\r\\u009b31m-7B {2}\(2 papers\)$/m);
  }, 30_000);

  it('--json output keeps the text as it is (JSON escapes control characters itself)', () => {
    const run = runCli(['models', graphJson, '--json']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ label: string; papers: Array<{ title: string }> }>;
    expect(rows[0]!.label).toBe(`Mistral${EVIL}-7B`);
    expect(rows[0]!.papers.map((paper) => paper.title).join('\n')).toMatch(/\u001b\]0;pwned\u0007\u001b\[2J/);
  }, 30_000);
});

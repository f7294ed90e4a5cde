import { describe, expect, it } from 'vitest';
import { runInProcess } from '../run-cli.ts';
import { EVIL, evilInputs, RAW_CONTROL } from './escape-fixture.ts';

describe('papergraph stats', () => {
  const { graphJson } = evilInputs();

  it('escapes control characters in community labels; --communities sets how many are listed', async () => {
    const run = await runInProcess(['stats', graphJson, '--communities', '1']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const listed = run.stdout.split('\n').filter((line) => /^ {2}#\d+ /.test(line));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/ \\x1b\]0;pwned\\x07\\x1b\[2J\\r\\u009b31m$/);
    expect(run.stdout).toMatch(/^ {2}… 1 more$/m);
  }, 30_000);

  it('--json keeps the labels as they are', async () => {
    const run = await runInProcess(['stats', graphJson, '--json']);
    const stats = JSON.parse(run.stdout) as { communities: Array<{ label: string }> };
    expect(stats.communities.every((community) => community.label.endsWith(EVIL))).toBe(true);
  }, 30_000);
});

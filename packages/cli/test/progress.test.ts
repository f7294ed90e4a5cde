import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_PAPERS, progressBar } from '../src/progress.ts';
import { runCli } from './run-cli.ts';

/** A stderr stand-in that keeps what is written; `tty` makes it claim to be a terminal (as process.stderr does). */
function stream(tty: boolean) {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { out: Object.assign(out, { isTTY: tty, columns: 100 }), text: () => chunks.join('') };
}

function drive(tty: boolean, enabled = true): string {
  const { out, text } = stream(tty);
  const bar = progressBar(2000, enabled, out);
  bar.update(0, 'extract');
  bar.update(1000);
  bar.update(2000, 'write');
  bar.stop();
  return text();
}

describe('progressBar', () => {
  it('draws the bar on a terminal', () => {
    const drawn = drive(true);
    expect(drawn).toContain('extract [');
    expect(drawn).toContain('2000/2000 papers');
  });

  it('writes nothing when stderr is not a terminal (a log file, CI): no "extract 0%" lines left behind', () => {
    expect(drive(false)).toBe('');
  });

  it('writes nothing when disabled (--no-progress, small inputs), even on a terminal', () => {
    expect(drive(true, false)).toBe('');
  });
});

describe('papergraph build with its stderr in a file', () => {
  it(`prints no progress lines for an input of ${PROGRESS_MIN_PAPERS} papers (the bar's threshold)`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-progress-'));
    const lines = Array.from({ length: PROGRESS_MIN_PAPERS }, (_, i) =>
      JSON.stringify({ id: `2501.${String(i).padStart(5, '0')}`, title: `Paper ${i}`, abstract: 'We fine-tune Mistral-7B.', authors: [`Author ${i % 97}`] }),
    );
    writeFileSync(join(dir, 'papers.jsonl'), `${lines.join('\n')}\n`);
    const run = runCli(['build', join(dir, 'papers.jsonl'), '--out', join(dir, 'out'), '--formats', 'json', '--workers', '0']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^papers\\s+${PROGRESS_MIN_PAPERS}$`, 'm'));
    expect(run.stderr).toBe('');
  }, 60_000);
});

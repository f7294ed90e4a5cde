#!/usr/bin/env node
// `pnpm test`: the whole suite as two lanes of vitest runs side by side, each lane one test file at a time (on 2 cores):
//   browser — the viewer project (its unit tests and most of its end-to-end files, which drive headless Chromium:
//             about 1.2 cores each, software WebGL and page work), one file after another;
//   other   — every other project (core, CLI, eval, bench: one core, or waiting on a child process), then the
//             browser files of SECOND_LANE_BROWSER_FILES, so that the two lanes end at about the same time.
// One vitest run takes one file at a time on 2 cores (cores − 1), leaving the second core mostly idle; two files at a
// time let two browser files meet for the whole run. Two lanes keep one browser file beside one file of another kind
// (two browser files meet only at the end, when the other lane has run out of other files).
// Each run prints its own report, its lines prefixed with its lane; the exit code is non-zero if any run failed.
// With arguments (`pnpm test <filters or vitest options>`) it is one plain `vitest run --no-isolate <arguments>`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
// `--no-isolate`: the files of a worker share one module graph (see vitest.config.ts).
const base = ['run', '--no-isolate'];
const extra = process.argv.slice(2);

/** The viewer's project name (apps/viewer/vitest.config.ts): its files are the browser lane's. */
const VIEWER = 'viewer';
/**
 * Browser files the other lane runs after its own projects, chosen by their time on CI (2 cores, idle) so that the
 * lanes are about even (estimated from single-file times: browser lane ≈ 390 s, other lane ≈ 250 s of other files +
 * these ≈ 125 s; measured side by side on a clean CI clone on 2026-12-04: browser lane done at 624 s, other at 644 s).
 * A file missing from this list runs in the browser lane.
 */
const SECOND_LANE_BROWSER_FILES = ['entity-map', 'navigation', 'small-communities', 'opening'].map((name) => `apps/viewer/test/e2e/${name}.e2e.test.ts`);

/** Runs vitest with `args`; resolves to its exit code (1 when it was killed by a signal). */
function run(args, label, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitest, ...args], {
      cwd: root,
      stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      // Colours as the terminal would have them; a piped run cannot redraw lines, so it prints them plainly.
      env: { ...process.env, ...(label && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...env },
    });
    if (label) {
      prefixLines(child.stdout, process.stdout, label);
      prefixLines(child.stderr, process.stderr, label);
    }
    // ('close', not 'exit': only then are the child's output pipes drained, so a lane's last lines are not lost)
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Copies `from` to `to` line by line, each line led by `label`, so that the lanes' lines do not mix. */
function prefixLines(from, to, label) {
  let pending = '';
  from.setEncoding('utf8');
  from.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    if (lines.length > 0) to.write(lines.map((line) => `${label} │ ${line}\n`).join(''));
  });
  from.on('end', () => {
    if (pending) to.write(`${label} │ ${pending}\n`);
  });
}

if (extra.length > 0) {
  process.exit(await run([...base, ...extra], null));
}

// Half the cores per lane (one on a 2-core machine): together as many files at a time as there are cores.
const workers = ['--maxWorkers', String(Math.max(1, Math.floor(availableParallelism() / 2)))];
const moved = SECOND_LANE_BROWSER_FILES.filter((file) => existsSync(join(root, file)));
const started = Date.now();
const results = [];
/** Runs the lane's vitest runs one after another; records each run's exit code and when it ended. */
async function lane(name, runs) {
  for (const { args, env } of runs) {
    const code = await run([...base, ...workers, ...args], name, env);
    results.push({ name, args, code, seconds: (Date.now() - started) / 1000 });
  }
}
await Promise.all([
  lane('browser', [{ args: ['--project', VIEWER, ...moved.flatMap((file) => ['--exclude', `**/${file.split('/').pop()}`])] }]),
  lane('other  ', [
    { args: ['--project', `!${VIEWER}`] },
    // Its own build, fixtures and screenshots (apps/viewer/.artifacts/second-lane/): the browser lane serves its own.
    ...(moved.length > 0 ? [{ args: ['--project', VIEWER, ...moved], env: { PAPERGRAPH_E2E_ARTIFACTS: 'second-lane' } }] : []),
  ]),
]);
for (const { name, args, code, seconds } of results) {
  console.log(`${name.trim()} lane, vitest ${args.join(' ')}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`}, done after ${seconds.toFixed(1)} s`);
}
console.log(`whole suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, toGraphJSON } from '@papergraph/core';
import { CliError, EXIT } from '../src/errors.ts';
import { reportError, runCommand, userWorkingFolder } from '../src/program.ts';
import { MAIN, REPO, runCli, runInProcess, TSX_NODE } from './run-cli.ts';

const SEED = join(REPO, 'seeds/llama-2-7b.txt');

/** Folders and files each case needs, in one temporary folder that an unprivileged user may enter. */
function fixtures() {
  const root = mkdtempSync(join(tmpdir(), 'papergraph-errors-'));
  chmodSync(root, 0o755);
  const folder = (name: string, mode = 0o755) => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    chmodSync(path, mode);
    return path;
  };
  const file = (name: string, text: string) => {
    const path = join(root, name);
    writeFileSync(path, text);
    return path;
  };
  const open = folder('open', 0o777);
  const noRead = folder('no-read');
  copyFileSync(SEED, join(noRead, 'seed.txt'));
  chmodSync(noRead, 0o000);
  const whole = toGraphJSON(buildKnowledgeGraph([{ name: 'seed.txt', text: readFileSync(SEED, 'utf8') }]).graph);
  folder('blocked');
  folder('blocked/graph.json'); // a folder where build writes a file
  return {
    root,
    open,
    noRead,
    aFile: file('a-file', 'not a folder\n'),
    noWrite: folder('no-write', 0o555),
    jsonFolder: folder('x.json'),
    notAGraph: file('not-a-graph.json', '{"nodes": 3}\n'),
    truncated: file('cut-graph.json', whole.slice(0, Math.floor(whole.length / 2))),
    lockedGraph: lockedFile(file('locked-graph.json', whole)),
    blocked: join(root, 'blocked'),
  };
}

function lockedFile(path: string): string {
  chmodSync(path, 0o000);
  return path;
}

describe('user-facing errors: one line, no stack trace, the documented exit code', () => {
  const f = fixtures();
  const cases: Array<{ name: string; args: string[]; status: number; stderr: RegExp; unprivileged?: boolean }> = [
    { name: 'unknown command', args: ['frobnicate'], status: EXIT.usage, stderr: /unknown command 'frobnicate'.*papergraph --help/ },
    { name: 'unknown option', args: ['stats', '--frob'], status: EXIT.usage, stderr: /unknown option '--frob'.*papergraph stats --help/ },
    { name: '--communities abc', args: ['stats', '--communities', 'abc'], status: EXIT.usage, stderr: /--communities.*'abc'.*integer/ },
    { name: '--seed past 2^32', args: ['build', '--seed', '4294967338', '--out', f.open], status: EXIT.usage, stderr: /--seed.*from 0 to 4294967295/ },
    { name: '--seed below 0', args: ['build', '--seed', '-1', '--out', f.open], status: EXIT.usage, stderr: /--seed.*from 0 to 4294967295/ },
    { name: '--workers 1.5', args: ['build', '--workers', '1.5', '--out', f.open], status: EXIT.usage, stderr: /--workers.*integer/ },
    { name: '--resolution 0x10', args: ['build', '--resolution', '0x10', '--out', f.open], status: EXIT.usage, stderr: /--resolution.*greater than 0/ },
    { name: '--limit 0', args: ['models', '--limit', '0'], status: EXIT.usage, stderr: /--limit.*at least 1/ },
    { name: '--min-papers x', args: ['methods', '--min-papers', 'x'], status: EXIT.usage, stderr: /--min-papers.*at least 1/ },
    { name: '--gexf-version 2', args: ['build', '--gexf-version', '2', '--out', f.open], status: EXIT.usage, stderr: /--gexf-version.*1\.2, 1\.3/ },
    { name: 'export without a target', args: ['export', 'seeds'], status: EXIT.usage, stderr: /--neo4j/ },
    { name: 'missing input', args: ['build', 'no/such/file.jsonl', '--out', f.open], status: EXIT.input, stderr: /input not found: no\/such\/file\.jsonl/ },
    { name: 'stats on an empty folder named x.json', args: ['stats', f.jsonFolder], status: EXIT.input, stderr: /x\.json/ },
    { name: 'a graph.json that is not one', args: ['stats', f.notAGraph], status: EXIT.input, stderr: /not-a-graph\.json/ },
    { name: 'a graph.json cut in half', args: ['models', f.truncated], status: EXIT.input, stderr: /cut-graph\.json/ },
    // (the input reader reports an unreadable folder as a rejected input: every command lists it, with the reason)
    { name: 'stats on an unreadable folder', args: ['stats', f.noRead], status: EXIT.input, stderr: /^rejected: .*no-read: cannot read folder: permission denied[^\n]*\npapergraph: no paper records could be read from .*no-read\n$/, unprivileged: true },
    { name: 'models on an unreadable folder', args: ['models', f.noRead], status: EXIT.input, stderr: /^rejected: .*no-read: cannot read folder: permission denied[^\n]*\npapergraph: no paper records/, unprivileged: true },
    { name: 'an unreadable graph.json', args: ['models', f.lockedGraph], status: EXIT.input, stderr: /locked-graph\.json.*permission denied/, unprivileged: true },
    { name: 'build from an unreadable folder', args: ['build', f.noRead, '--out', join(f.open, 'b')], status: EXIT.input, stderr: /no-read.*permission denied/, unprivileged: true },
    { name: '--out is an existing file', args: ['build', 'seeds', '--out', f.aFile], status: EXIT.output, stderr: /cannot write --out .*a-file: it is a file, not a folder/ },
    { name: '--out below a file', args: ['build', 'seeds', '--out', join(f.aFile, 'out')], status: EXIT.output, stderr: /a-file is a file, not a folder/ },
    { name: '--out not writable', args: ['build', 'seeds', '--out', f.noWrite], status: EXIT.output, stderr: /cannot write --out .*no-write: permission denied/, unprivileged: true },
    { name: '--out where graph.json is a folder', args: ['build', 'seeds', '--out', f.blocked, '--no-progress'], status: EXIT.output, stderr: /cannot write .*blocked\/graph\.json: .*EISDIR/ },
    { name: 'export --neo4j to a file', args: ['export', 'seeds', '--neo4j', f.aFile], status: EXIT.output, stderr: /cannot write --neo4j .*a-file: it is a file/ },
  ];

  // In this process, but for the cases that need an unprivileged user: those run the real command (main.ts's exit code).
  it.each(cases)('$name → exit $status', async ({ args, status, stderr, unprivileged }) => {
    const run = unprivileged ? runCli(args, { unprivileged }) : await runInProcess(args);
    expect(run.stderr).toMatch(stderr);
    // The error is the last line, and the only one but for the inputs build lists as rejected.
    const lines = run.stderr.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.pop()).toMatch(/^papergraph: /);
    for (const line of lines) expect(line).toMatch(/^rejected: /);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(status);
  }, 30_000);
});

describe('reportError', () => {
  const collect = () => {
    let text = '';
    return { out: { write: (chunk: string) => (text += chunk) }, text: () => text };
  };

  it('prints a CliError as one escaped line and returns its exit code', () => {
    const { out, text } = collect();
    expect(reportError(new CliError('bad \u001b[2J input\nsecond', EXIT.input), out)).toBe(EXIT.input);
    expect(text()).toBe('papergraph: bad \\x1b[2J input\nsecond\n');
  });

  it('prints a failed system call as one line: cannot read (2) or cannot write (3)', () => {
    const failure = (code: string, syscall: string, path: string) =>
      Object.assign(new Error(`${code}: boom, ${syscall} '${path}'`), { code, syscall, path, errno: code === 'EACCES' ? -13 : -28 });
    const read = collect();
    expect(reportError(failure('EACCES', 'scandir', '/data/in'), read.out)).toBe(EXIT.input);
    expect(read.text()).toBe('papergraph: cannot read /data/in: permission denied (EACCES)\n');
    const write = collect();
    expect(reportError(failure('ENOSPC', 'write', '/data/out/graph.json'), write.out)).toBe(EXIT.output);
    expect(write.text()).toBe('papergraph: cannot write /data/out/graph.json: no space left on device (ENOSPC)\n');
  });

  it('prints the stack trace of an unexpected error, and only then, with the internal-error code', () => {
    const { out, text } = collect();
    expect(reportError(new TypeError('x is not a function'), out)).toBe(EXIT.internal);
    expect(text()).toMatch(/^papergraph: internal error .*\nTypeError: x is not a function\n\s+at /);
  });

  it('one handler for synchronous and asynchronous commands: runCommand resolves to the exit code', async () => {
    const sync = collect();
    expect(await runCommand(['stats', '--communities', '-2'], sync.out)).toBe(EXIT.usage);
    expect(sync.text()).toMatch(/^papergraph: option '--communities <n>' argument '-2' is invalid/);
    const async = collect();
    expect(await runCommand(['build', 'no/such/input', '--out', mkdtempSync(join(tmpdir(), 'papergraph-run-'))], async.out)).toBe(EXIT.input);
    expect(async.text()).toBe('papergraph: input not found: no/such/input\n');
  });
});

describe('--json: stdout is one JSON document, whatever was rejected on the way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-json-'));
  mkdirSync(join(dir, 'in'));
  copyFileSync(SEED, join(dir, 'in', 'seed.txt'));
  writeFileSync(join(dir, 'in', 'broken.jsonl'), '{"title": broken\n');
  const inputs = join(dir, 'in');

  const commands = [
    ['build', inputs, '--out', join(dir, 'out'), '--no-progress'],
    ['stats', inputs],
    ['models', inputs],
    ['models', inputs, '--counts'],
    ['datasets', inputs, '--papers', '1'],
    ['trends', inputs],
    ['candidates', inputs],
    ['export', inputs, '--neo4j', join(dir, 'neo4j')],
  ];
  it.each(commands.map((args) => ({ name: args.join(' ').replaceAll(dir, '…'), args })))('$name --json', async ({ args }) => {
    const run = await runInProcess([...args, '--json']);
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  }, 30_000);

  it('through pnpm, with -s as the docs say (without it pnpm prints its banner on stdout first)', () => {
    const pnpm = (args: string[]) => spawnSync('npx', ['-y', 'pnpm@10', ...args], { cwd: REPO, encoding: 'utf8' });
    const silent = pnpm(['-s', 'kg', 'stats', inputs, '--json']);
    expect(silent.status).toBe(0);
    expect((JSON.parse(silent.stdout) as { kinds: { paper: number } }).kinds.paper).toBe(10);
    const banner = pnpm(['kg', 'stats', inputs, '--json']);
    expect(banner.stdout).toMatch(/^\s*> /);
  }, 60_000);
});

describe('a closed stdout (… | head) ends the command quietly', () => {
  const [NODE, ...LOADER] = TSX_NODE;
  // 600 papers on one model: `models --papers 1000` prints well over a pipe's 64 KiB buffer.
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-pipe-'));
  const papers = join(dir, 'papers.jsonl');
  writeFileSync(
    papers,
    Array.from({ length: 600 }, (_, i) =>
      JSON.stringify({ id: `2501.${String(10000 + i)}`, title: `Study ${i} of fine-tuning Llama-2-7B with adapters on long documents: ${'a careful and rather long title to fill the line '.repeat(4)}`, abstract: 'We fine-tune Llama-2-7B on our data.' }),
    ).join('\n'),
  );

  it('the reader closes the pipe after the first chunk: exit 0, nothing on stderr', async () => {
    const child = spawn(NODE, [...LOADER, MAIN, 'models', papers, '--papers', '1000'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(read).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(status).toBe(EXIT.ok);
    // The whole table is larger than what a pipe holds: the command did meet the closed pipe.
    expect((await runInProcess(['models', papers, '--papers', '1000'])).stdout.length).toBeGreaterThan(1 << 17);
  }, 60_000);

  it.runIf(existsSync('/dev/full'))('any other failure to write stdout is one line, exit 3', () => {
    const run = spawnSync('sh', ['-c', `"$@" stats "${papers}" > /dev/full`, 'sh', ...TSX_NODE, MAIN], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).toBe('papergraph: cannot write stdout: no space left on device (ENOSPC)\n');
    expect(run.status).toBe(EXIT.output);
  }, 60_000);
});

describe('every command lists what it could not read the same way: `rejected: file:line: reason` on stderr', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-rejected-'));
  mkdirSync(join(dir, 'in'));
  copyFileSync(SEED, join(dir, 'in', 'seed.txt'));
  writeFileSync(join(dir, 'in', 'broken.jsonl'), '{"title": broken\n');
  const inputs = join(dir, 'in');
  const line = `rejected: ${join(inputs, 'broken.jsonl')}:1: `;

  const commands = [
    ['build', inputs, '--out', join(dir, 'out'), '--no-progress'],
    ['stats', inputs],
    ['models', inputs],
    ['citations', inputs],
    ['citations', inputs, '--json'],
    ['citations', inputs, '--paper', 'Kron-LoRA'],
    ['citations', inputs, '--paper', 'Kron-LoRA', '--json'],
    ['export', inputs, '--neo4j', join(dir, 'neo4j')],
    ['export', inputs, '--neo4j', join(dir, 'neo4j-json'), '--json'],
  ];
  it.each(commands.map((args) => ({ name: args.join(' ').replaceAll(dir, '…'), args })))('$name', async ({ args }) => {
    const run = await runInProcess(args);
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter((text) => text.startsWith(line))).toHaveLength(1);
    expect(run.stdout).not.toContain('rejected: ');
    if (args.includes('--json')) expect(() => JSON.parse(run.stdout)).not.toThrow();
  }, 30_000);

  it('build --json and stats --json carry them in the JSON instead (rejections, warnings)', async () => {
    for (const args of [['build', inputs, '--out', join(dir, 'out-json'), '--json'], ['stats', inputs, '--json']]) {
      const run = await runInProcess(args);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect((JSON.parse(run.stdout) as { rejections: Array<{ file: string; line: number }> }).rejections).toEqual([
        { file: join(inputs, 'broken.jsonl'), line: 1, record: 0, message: expect.any(String) },
      ]);
    }
  }, 60_000);
});

describe('relative paths are the user\'s: `pnpm kg` started in a subfolder reads them from there', () => {
  it('userWorkingFolder: INIT_CWD only when this process is the kg script pnpm started', () => {
    expect(userWorkingFolder({ npm_lifecycle_event: 'kg', INIT_CWD: '/home/me/docs' }, '/repo')).toBe('/home/me/docs');
    // (an INIT_CWD inherited from another script — `pnpm test` spawning papergraph elsewhere — is not the user's folder)
    expect(userWorkingFolder({ npm_lifecycle_event: 'test', INIT_CWD: '/repo' }, '/tmp/case')).toBe('/tmp/case');
    expect(userWorkingFolder({}, '/tmp/case')).toBe('/tmp/case');
  });

  it('a path relative to the folder pnpm was started in is found (run in the workspace root, as pnpm runs it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-cwd-'));
    copyFileSync(SEED, join(dir, 'local.txt'));
    const run = spawnSync(TSX_NODE[0], [...TSX_NODE.slice(1), MAIN, 'stats', 'local.txt', '--json'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, npm_lifecycle_event: 'kg', INIT_CWD: dir },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { kinds: { paper: number } }).kinds.paper).toBe(10);
  }, 30_000);

  it('with no input, started in a folder without out/graph.json or seeds/, the bundled seeds are read (as pnpm start reads them)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-cwd-default-'));
    const env = { ...process.env, npm_lifecycle_event: 'kg', INIT_CWD: dir };
    const [node, ...loader] = TSX_NODE;
    const stats = spawnSync(node, [...loader, MAIN, 'stats', '--json'], { cwd: REPO, encoding: 'utf8', env });
    expect(stats.stderr).toBe('');
    expect(stats.status).toBe(0);
    expect((JSON.parse(stats.stdout) as { kinds: { paper: number } }).kinds.paper).toBe(10);
    const build = spawnSync(node, [...loader, MAIN, 'build', '--formats', 'json', '--no-progress'], { cwd: REPO, encoding: 'utf8', env });
    expect(build.status, build.stderr).toBe(0);
    // written where the user is; the seeds named from there
    const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { attributes: { inputs: string[] } };
    expect(graph.attributes.inputs).toEqual([join(relative(dir, join(REPO, 'seeds')), 'llama-2-7b.txt')]);
  }, 60_000);
});

import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asOutputError, checkOutputFolder, CliError, EXIT, isSystemError, systemCliError, userError, writingInto, type SystemError } from '../src/errors.ts';

/** A system error as Node makes it: code, syscall, errno and path. */
function systemError(code: string, syscall: string, path?: string): SystemError {
  const errno = { EACCES: -13, ENOENT: -2, EISDIR: -21, ENOSPC: -28, EROFS: -30, EEXIST: -17, ENOTDIR: -20, EMFILE: -24 }[code];
  return Object.assign(new Error(`${code}: failed, ${syscall}${path ? ` '${path}'` : ''}`), { code, syscall, errno, ...(path ? { path } : {}) });
}

describe('systemCliError', () => {
  it.each([
    // write-only calls and write-only failures: an output that cannot be written
    { code: 'EACCES', syscall: 'mkdir', exit: EXIT.output, message: 'cannot write /o: permission denied (EACCES)' },
    { code: 'EEXIST', syscall: 'mkdir', exit: EXIT.output, message: 'cannot write /o: file already exists (EEXIST)' },
    { code: 'ENOSPC', syscall: 'write', exit: EXIT.output, message: 'cannot write /o: no space left on device (ENOSPC)' },
    { code: 'EROFS', syscall: 'open', exit: EXIT.output, message: 'cannot write /o: read-only file system (EROFS)' },
    { code: 'EACCES', syscall: 'unlink', exit: EXIT.output, message: 'cannot write /o: permission denied (EACCES)' },
    // everything else met while reading inputs
    { code: 'EACCES', syscall: 'scandir', exit: EXIT.input, message: 'cannot read /o: permission denied (EACCES)' },
    { code: 'EACCES', syscall: 'open', exit: EXIT.input, message: 'cannot read /o: permission denied (EACCES)' },
    { code: 'EISDIR', syscall: 'read', exit: EXIT.input, message: 'cannot read /o: illegal operation on a directory (EISDIR)' },
    { code: 'EMFILE', syscall: 'open', exit: EXIT.input, message: 'cannot read /o: too many open files (EMFILE)' },
  ])('$syscall $code → exit $exit', ({ code, syscall, exit, message }) => {
    const error = systemCliError(systemError(code, syscall, '/o'));
    expect(error.exitCode).toBe(exit);
    expect(error.message).toBe(message);
  });

  it('names no path when the call had none', () => {
    expect(systemCliError(systemError('ENOSPC', 'write')).message).toBe('cannot write: no space left on device (ENOSPC)');
  });
});

describe('userError', () => {
  it('keeps CliErrors, turns system errors into CliErrors, and leaves anything else to the internal-error path', () => {
    const cli = new CliError('x', EXIT.usage);
    expect(userError(cli)).toBe(cli);
    expect(userError(systemError('EACCES', 'scandir', '/in'))?.exitCode).toBe(EXIT.input);
    expect(userError(new TypeError('bug'))).toBeUndefined();
    expect(userError(Object.assign(new Error('no syscall'), { code: 'ERR_MODULE_NOT_FOUND' }))).toBeUndefined();
    expect(userError('a string')).toBeUndefined();
    expect(isSystemError({ code: 'EACCES', syscall: 'open' })).toBe(false); // not an Error
  });
});

describe('asOutputError / writingInto', () => {
  it.each([
    { path: '/data/out/graph.json', folder: '/data/out', mapped: true },
    { path: '/data/out', folder: '/data/out', mapped: true },
    { path: '/data/out/sub/x.csv', folder: '/data/out/', mapped: true },
    { path: '/data/outside', folder: '/data/out', mapped: false },
    { path: '/data/in/paper.txt', folder: '/data/out', mapped: false },
  ])('$path in $folder: output error $mapped', ({ path, folder, mapped }) => {
    const error = systemError('EACCES', 'open', path);
    const result = asOutputError(error, folder);
    if (mapped) {
      expect(result).toBeInstanceOf(CliError);
      expect((result as CliError).exitCode).toBe(EXIT.output);
      expect((result as CliError).message).toBe(`cannot write ${path}: permission denied (EACCES)`);
    } else expect(result).toBe(error);
  });

  it('passes non-system errors through, and returns what the write returns', () => {
    const bug = new RangeError('bug');
    expect(asOutputError(bug, '/o')).toBe(bug);
    expect(writingInto('/o', () => 7)).toBe(7);
    expect(() =>
      writingInto('/o', () => {
        throw systemError('EISDIR', 'open', '/o/graph.json');
      }),
    ).toThrow(expect.objectContaining({ exitCode: EXIT.output }));
  });
});

describe('checkOutputFolder', () => {
  const root = mkdtempSync(join(tmpdir(), 'papergraph-check-'));
  mkdirSync(join(root, 'folder'));
  writeFileSync(join(root, 'file'), '');

  it.each([
    { name: 'an existing folder', path: 'folder', problem: undefined },
    { name: 'a folder to create, several levels deep', path: 'folder/a/b/c', problem: undefined },
    { name: 'an existing file', path: 'file', problem: /^cannot write --out .*file: it is a file, not a folder$/ },
    { name: 'a path below a file', path: 'file/out', problem: /^cannot write --out .*file\/out: .*file is a file, not a folder$/ },
  ])('$name', ({ path, problem }) => {
    const check = () => checkOutputFolder(join(root, path));
    if (!problem) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ exitCode: EXIT.output, message: expect.stringMatching(problem) }));
  });

  it('names the option it checks, and creates nothing', () => {
    expect(() => checkOutputFolder(join(root, 'file'), '--neo4j')).toThrow(/^cannot write --neo4j /);
    checkOutputFolder(join(root, 'new'));
    expect(() => checkOutputFolder(join(root, 'new', 'x'))).not.toThrow();
    expect(existsSync(join(root, 'new'))).toBe(false);
  });
});

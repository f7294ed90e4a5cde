import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { InputIssue, InputText } from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';

// Files a folder input passes over: hidden files, and papergraph's own outputs written next to inputs.
const SKIPPED = /(^|\/)\.|(^|\/)graph\.(graphml|gexf)$/;

export interface ReadInputs {
  inputs: InputText[];
  /** Files that could not be read at all (binary, undecodable gzip): reported like rejected records. */
  unreadable: InputIssue[];
  bytes: number;
}

/** Expands files and folders (recursively, sorted, so the order — and the output — is stable). */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new CliError(`input not found: ${path}`, EXIT.input);
    }
    if (stats.isDirectory()) {
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          const full = join(dir, entry.name);
          if (SKIPPED.test(relative(path, full))) continue;
          if (entry.isDirectory()) walk(full);
          else if (entry.isFile()) files.push(full);
        }
      };
      walk(path);
    } else files.push(path);
  }
  return files;
}

/** Reads each file as UTF-8 text, gunzipping `.gz`; a file that cannot be read becomes one reported issue. */
export function readInputs(paths: string[]): ReadInputs {
  const result: ReadInputs = { inputs: [], unreadable: [], bytes: 0 };
  for (const file of expandPaths(paths)) {
    try {
      let buffer = readFileSync(file);
      result.bytes += buffer.length;
      if (file.endsWith('.gz')) buffer = gunzipSync(buffer);
      if (buffer.includes(0)) {
        result.unreadable.push({ file, message: 'binary file (contains NUL bytes), not a paper listing' });
        continue;
      }
      result.inputs.push({ name: file, text: buffer.toString('utf8') });
    } catch (error) {
      result.unreadable.push({ file, message: `cannot read: ${(error as Error).message}` });
    }
  }
  return result;
}

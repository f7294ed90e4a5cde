import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PreviousFile } from '../../src/io/previous-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'papergraph-previous-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `count` elements `<e i="…">…</e>`, padded so that they spread over many of holdsAt's 64 KiB windows. */
function elementsFile(count: number): { path: string; starts: number[] } {
  const starts: number[] = [];
  let text = '<root>';
  for (let i = 0; i < count; i++) {
    starts.push(Buffer.byteLength(text));
    text += `<e i="${i}">${'x'.repeat(300 + (i % 7) * 50)}</e>`;
  }
  text += '</root>';
  const path = join(dir, `elements-${count}.xml`);
  writeFileSync(path, text);
  return { path, starts };
}

describe('PreviousFile.holdsAt', () => {
  const { path, starts } = elementsFile(2000);
  const marker = Buffer.from('<e i="');

  it('finds every marker where it is, in file order, across windows', () => {
    const file = new PreviousFile(path);
    try {
      for (const at of starts) expect(file.holdsAt(at, marker)).toBe(true);
      // (one byte off is not a marker)
      for (const at of starts.slice(0, 50)) expect(file.holdsAt(at + 1, marker)).toBe(false);
    } finally {
      file.close();
    }
  });

  it('answers the same out of order, at the file\'s end and past it', () => {
    const file = new PreviousFile(path);
    try {
      const order = [...starts].reverse();
      for (const at of order) expect(file.holdsAt(at, marker)).toBe(true);
      expect(file.holdsAt(file.size - 7, Buffer.from('</root>'))).toBe(true);
      expect(file.holdsAt(file.size - 3, Buffer.from('</root>'))).toBe(false);
      expect(file.holdsAt(-1, marker)).toBe(false);
    } finally {
      file.close();
    }
  });

  it('agrees with holds, which reads through the large block', () => {
    const file = new PreviousFile(path);
    try {
      for (let at = 0; at < file.size; at += 997) expect(file.holdsAt(at, marker)).toBe(file.holds(at, marker));
    } finally {
      file.close();
    }
  });
});

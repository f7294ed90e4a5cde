import { describe, expect, it } from 'vitest';
import { extractDocs, paperDocs } from '../../src/pipeline/stages.ts';
import { ingest } from '../../src/ingest/index.ts';
import { cachedRows, contentHash, extractionRow, mayNameSlug, mentionsFromRow, nodeFromRow, nodeRow } from '../../src/update/state.ts';
import { devInput, devLines } from './fixtures.ts';

const docs = paperDocs(ingest([devInput('dev.jsonl', devLines)]).records);

describe('update state rows', () => {
  it('hashes the text extraction reads: same text, same hash; a changed character, another', () => {
    const hashes = docs.map(contentHash);
    expect(new Set(hashes).size).toBe(docs.length);
    expect(hashes[0]).toMatch(/^[0-9a-z]{22}$/);
    expect(contentHash({ ...docs[0]!, key: 'paper:elsewhere' })).toBe(hashes[0]);
    expect(contentHash({ ...docs[0]!, abstract: `${docs[0]!.abstract.slice(0, -1)}!` })).not.toBe(hashes[0]);
    expect(contentHash({ ...docs[0]!, title: docs[0]!.title + docs[0]!.abstract.slice(0, 1), abstract: docs[0]!.abstract.slice(1) })).not.toBe(hashes[0]);
  });

  it('round-trips every mention through a compact row, evidence as offsets into the text', () => {
    const extractions = extractDocs(docs);
    let offsets = 0;
    for (const extraction of extractions) {
      const [hash, rows] = extractionRow(extraction);
      expect(hash).toBe(contentHash(extraction.doc));
      offsets += rows.filter((row) => Array.isArray(row[4])).length;
      expect(mentionsFromRow(extraction.doc, JSON.parse(JSON.stringify(rows)))).toEqual(extraction.mentions);
      // An entry kept as its JSON text gives the same mentions.
      expect(mentionsFromRow(extraction.doc, JSON.stringify(rows))).toEqual(extraction.mentions);
    }
    expect(offsets).toBeGreaterThan(100);
  });

  it('tells which cache entries may name a slug, as rows or as text, and names a text entry that is not JSON', () => {
    const rows = extractionRow(extractDocs(docs.slice(0, 1))[0]!)[1];
    const slug = rows[0]![1];
    for (const entry of [rows, JSON.stringify(rows)]) {
      expect(mayNameSlug(entry, new Set([slug]))).toBe(true);
      expect(mayNameSlug(entry, new Set(['no-such-entity']))).toBe(false);
    }
    // Every row's slug is found in a text entry, and only a slug: not the label, the evidence or the kind.
    const rowsOf = (evidence: string) => [
      ['method', 'lora', 'LoRA', 'uses', [0, 4], ['LoRA', 'low-rank adaptation']],
      ['model', 'llama-2-7b', 'Llama-2-7B', 'uses', evidence, ['Llama 2 7B'], { family: 'Llama' }],
    ];
    // (a text with an escape in it, here a quote in the evidence, is read whole)
    for (const text of [JSON.stringify(rowsOf('we tune llama [x] models')), JSON.stringify(rowsOf('we tune "llama" [x] models'))]) {
      for (const found of ['lora', 'llama-2-7b']) expect(mayNameSlug(text, new Set([found]))).toBe(true);
      for (const missed of ['LoRA', 'method', 'uses', 'llama', 'Llama 2 7B']) expect(mayNameSlug(text, new Set([missed]))).toBe(false);
    }
    expect(() => cachedRows('[["method",')).toThrow(/extraction cache entry .* not JSON/);
  });

  it('round-trips a node, with or without a position', () => {
    const laid = { key: 'model:x', kind: 'model', community: 3, subcommunity: -1, x: 1.5, y: -2, paperCount: 4 };
    expect(nodeFromRow(JSON.parse(JSON.stringify(nodeRow(laid))))).toEqual(laid);
    const bare = nodeFromRow(JSON.parse(JSON.stringify(nodeRow({ ...laid, x: Number.NaN, y: Number.NaN }))));
    expect(Number.isNaN(bare.x) && Number.isNaN(bare.y)).toBe(true);
    expect(() => nodeFromRow(['model:x'])).toThrow();
  });

  it("keeps an entity's label (to name it when an update removes it), and reads rows of states written without", () => {
    const method = { key: 'method:mr', kind: 'method', community: 1, subcommunity: 0, x: 0, y: 1, paperCount: 11, label: 'MR' };
    const row = nodeRow(method);
    expect(row).toHaveLength(8);
    expect(nodeFromRow(JSON.parse(JSON.stringify(row)))).toEqual(method);
    const older = nodeFromRow(JSON.parse(JSON.stringify(row.slice(0, 7))));
    expect(older.label).toBeUndefined();
    expect(older.key).toBe('method:mr');
  });
});

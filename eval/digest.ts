/**
 * Extraction digest: one line per corpus paper with everything `extractPaper` returns (its JSON), so a speed change
 * can be checked byte-identical on the whole corpus (`cmp` two digests). Reads records as eval/speed.ts does, then
 * makes each one the text the pipeline extracts from (`paperDocs`: LaTeX and line breaks normalised, publisher notes
 * dropped), so that a rule's diff is the diff a build shows.
 * `tsx eval/digest.ts [corpus.jsonl.gz] > out.jsonl`.
 */
import { readFileSync, existsSync, writeSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaper } from '../packages/core/src/extract/index.ts';
import { paperDocs } from '../packages/core/src/pipeline/stages.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const path = process.argv[2] ?? join(HERE, '../../shared/corpus/arxiv-2025-26.jsonl.gz');
if (!existsSync(path)) {
  console.error(`corpus not found: ${path}`);
  process.exit(1);
}
const raw = readFileSync(path);
const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
let n = 0;
let out: string[] = [];
// (a pipe takes part of a large write, or none for a moment: write the rest until all is written)
const flush = (): void => {
  const bytes = Buffer.from(out.join(''));
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(1, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
  out = [];
};
for (const line of text.split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id?: string; title?: string; summary?: string; abstract?: string };
  const key = `paper:${r.id ?? n}`;
  const [doc] = paperDocs([{ title: r.title ?? '', abstract: r.summary ?? r.abstract ?? '', authors: [], tags: [], sources: [] }]);
  const mentions = extractPaper({ ...doc!, key });
  out.push(`${key}\t${JSON.stringify(mentions)}\n`);
  n++;
  if (out.length >= 1000) flush();
}
flush();
console.error(`${n} papers`);

/**
 * Deterministic held-out sample (see README.md): `npx tsx eval/holdout/sample.ts [--dry]`.
 * Candidates: records of ../shared/corpus/arxiv-2025-26.jsonl.gz whose 0-based line index i has i % 931 === 0, in file
 * order (80 candidates: i = 0, 931, …, 73549). Skip ids in the dev set (eval/data/papers.jsonl). Keep the first 40 whose
 * title+abstract contain a model/benchmark-like token (eval/corpus-sample.ts). Writes eval/holdout/papers.jsonl.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusLines, idsOf, modelishToken, sampleLine, type CorpusRecord } from '../corpus-sample.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEP = 931;
const CANDIDATES = 80;
const KEEP = 40;

const devIds = new Set(idsOf(join(HERE, '../data/papers.jsonl')));
const lines = corpusLines();
const out: string[] = [];
const log: string[] = [];
for (let k = 0; k < CANDIDATES && out.length < KEEP; k++) {
  const i = k * STEP;
  const r = JSON.parse(lines[i]!) as CorpusRecord;
  if (devIds.has(r.id)) {
    log.push(`${i}\t${r.id}\tskip (dev)`);
    continue;
  }
  const hit = modelishToken(`${r.title}\n${r.summary}`);
  log.push(`${i}\t${r.id}\t${hit ? `keep (${hit})` : 'drop (no model-like token)'}\t${r.title.slice(0, 70)}`);
  if (hit) out.push(sampleLine(r, i));
}
console.log(log.join('\n'));
console.log(`kept ${out.length}`);
if (!process.argv.includes('--dry')) writeFileSync(join(HERE, 'papers.jsonl'), out.join('\n') + '\n');

/**
 * Second deterministic held-out sample (see README.md): `npx tsx eval/holdout2/sample.ts [--dry]`.
 * Candidates: records of ../shared/corpus/arxiv-2025-26.jsonl.gz whose 0-based line index i has i % 1231 === 617, in
 * file order (60 candidates: i = 617, 1848, …). Skip ids in the dev set (eval/data) and the first holdout
 * (eval/holdout). Keep the first 30 whose title+abstract contain a model/benchmark-like token (eval/corpus-sample.ts,
 * the same filter as eval/holdout/sample.ts). Writes eval/holdout2/papers.jsonl.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusLines, idsOf, modelishToken, sampleLine, type CorpusRecord } from '../corpus-sample.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEP = 1231;
const OFFSET = 617;
const CANDIDATES = 60;
const KEEP = 30;

const devIds = new Set(['../data/papers.jsonl', '../holdout/papers.jsonl'].flatMap((f) => idsOf(join(HERE, f))));
const lines = corpusLines();
const out: string[] = [];
const log: string[] = [];
for (let k = 0; k < CANDIDATES && out.length < KEEP; k++) {
  const i = OFFSET + k * STEP;
  const r = JSON.parse(lines[i]!) as CorpusRecord;
  if (devIds.has(r.id)) {
    log.push(`${i}\t${r.id}\tskip (dev or holdout)`);
    continue;
  }
  const hit = modelishToken(`${r.title}\n${r.summary}`);
  log.push(`${i}\t${r.id}\t${hit ? `keep (${hit})` : 'drop (no model-like token)'}\t${r.title.slice(0, 70)}`);
  if (hit) out.push(sampleLine(r, i));
}
console.log(log.join('\n'));
console.log(`kept ${out.length}`);
if (!process.argv.includes('--dry')) writeFileSync(join(HERE, 'papers.jsonl'), out.join('\n') + '\n');

/**
 * Precision check for the dataset rules: `npx tsx eval/sample-datasets.ts [N] [SEED]` prints the datasets that are
 * not in the lexicon (found by the name-before-head and list rules) on a random sample of the corpus, to read them.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { extractPaper, lexicons } from '../packages/core/src/extract/index.ts';

const CORPUS = new URL('../../shared/corpus/arxiv-2025-26.jsonl.gz', import.meta.url).pathname;
const N = Number(process.argv[2] ?? 100);
let seed = Number(process.argv[3] ?? 1);
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
const rows: { id: string; title: string; abstract?: string; summary?: string }[] = [];
for await (const line of createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()) })) if (line) rows.push(JSON.parse(line));
let shown = 0;
let total = 0;
for (let k = 0; k < N; k++) {
  const r = rows[Math.floor(rand() * rows.length)]!;
  const ms = extractPaper({ key: r.id, title: r.title, abstract: r.summary ?? r.abstract ?? '' });
  for (const m of ms) {
    if (m.kind !== 'dataset') continue;
    total++;
    if (m.aliases.some((a) => lexicons.datasets.lookup(a))) continue;
    shown++;
    console.log(`${r.id}\t${m.relation}\t${m.label}\t| ${m.evidence.slice(0, 220)}`);
  }
}
console.log(`${N} papers, ${total} datasets, ${shown} outside the lexicon`);

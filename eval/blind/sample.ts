/**
 * Blind extraction samples (issue 11): `npx tsx eval/blind/sample.ts <name> <seed> <count> [--dry]`.
 *
 * Draws `count` records from ../shared/corpus/arxiv-2025-26.jsonl.gz with a seeded generator (mulberry32 over line
 * indices, without replacement), skipping ids already in the dev set, eval/holdout, eval/holdout2 and every other
 * eval/blind/<name>/ sample, and keeping only records whose title+abstract hold a model/benchmark-like token (the same
 * loose filter as eval/holdout2/sample.ts, in eval/corpus-sample.ts, so that the sample looks like the papers the tool is for). Writes
 * eval/blind/<name>/papers.jsonl in the shape of eval/holdout2 (id, title, authors, abstract, year, source).
 * The same name, seed and count always give the same file.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../packages/core/src/cluster/random.ts';
import { corpusLines, idsOf, modelishToken, sampleLine, type CorpusRecord } from '../corpus-sample.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

const [name, seedText, countText] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!name || !seedText || !countText) {
  console.error('usage: npx tsx eval/blind/sample.ts <name> <seed> <count> [--dry]');
  process.exit(1);
}
const seed = Number(seedText);
const count = Number(countText);

const seen = new Set([
  ...idsOf(join(HERE, '../data/papers.jsonl')),
  ...idsOf(join(HERE, '../holdout/papers.jsonl')),
  ...idsOf(join(HERE, '../holdout2/papers.jsonl')),
  ...readdirSync(HERE, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== name)
    .flatMap((d) => idsOf(join(HERE, d.name, 'papers.jsonl'))),
]);

const lines = corpusLines();
// mulberry32, the generator Louvain is seeded with
const random = seededRandom(seed);
const order = Array.from(lines.keys());
const out: string[] = [];
// Fisher–Yates, lazily: only as far as needed.
for (let k = 0; k < order.length && out.length < count; k++) {
  const j = k + Math.floor(random() * (order.length - k));
  [order[k], order[j]] = [order[j]!, order[k]!];
  const i = order[k]!;
  const r = JSON.parse(lines[i]!) as CorpusRecord;
  if (seen.has(r.id) || !modelishToken(`${r.title}\n${r.summary}`)) continue;
  seen.add(r.id);
  out.push(sampleLine(r, i));
}
console.log(`${name}: ${out.length} papers (seed ${seed})`);
if (!process.argv.includes('--dry')) {
  mkdirSync(join(HERE, name), { recursive: true });
  writeFileSync(join(HERE, name, 'papers.jsonl'), out.join('\n') + '\n');
}

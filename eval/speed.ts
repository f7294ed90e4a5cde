/**
 * Extraction speed on the big corpus (../shared/corpus/arxiv-2025-26.jsonl.gz, not in the repo): papers/s for
 * extractPaper on one core, after a warm-up. `tsx eval/speed.ts [path] [--limit N]`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaper } from '../packages/core/src/extract/index.ts';

const args = process.argv.slice(2);
const HERE = dirname(fileURLToPath(import.meta.url));
const path = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? join(HERE, '../../shared/corpus/arxiv-2025-26.jsonl.gz');
const li = args.indexOf('--limit');
const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
if (!existsSync(path)) {
  console.log(`corpus not found: ${path}`);
  process.exit(0);
}
const raw = readFileSync(path);
const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
const docs: { key: string; title: string; abstract: string }[] = [];
for (const line of text.split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id?: string; title?: string; summary?: string; abstract?: string };
  docs.push({ key: `paper:${r.id ?? docs.length}`, title: r.title ?? '', abstract: r.summary ?? r.abstract ?? '' });
  if (docs.length >= limit) break;
}
for (let i = 0; i < Math.min(2000, docs.length); i++) extractPaper(docs[i]!); // warm-up
let mentions = 0;
const t0 = performance.now();
const c0 = process.cpuUsage();
for (const d of docs) mentions += extractPaper(d).length;
const cpu = process.cpuUsage(c0);
const ms = performance.now() - t0;
const cpuMs = (cpu.user + cpu.system) / 1000;
const chars = docs.reduce((s, d) => s + d.title.length + d.abstract.length, 0);
console.log(
  `${docs.length} papers (${Math.round(chars / docs.length)} chars avg): wall ${(ms / 1000).toFixed(2)} s = ${Math.round(docs.length / (ms / 1000))} papers/s (${((ms * 1000) / docs.length).toFixed(1)} µs/paper); ` +
    `CPU ${(cpuMs / 1000).toFixed(2)} s = ${Math.round(docs.length / (cpuMs / 1000))} papers/s; ${mentions} mentions`,
);

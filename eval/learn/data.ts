/**
 * Inputs of `pnpm train` and `pnpm mine`: the 2025-26 corpus (not in the repository), the hand-annotated sets, and
 * their scoring (the dev harness's rules: eval/harness.ts), for predictions made in this process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mention, PaperDoc, PaperExtraction } from '../../packages/core/src/types.ts';
import { resolveCorpus } from '../../packages/core/src/extract/index.ts';
import { norm, type Gold, type KindCounts } from '../harness.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = join(ROOT, '../shared/corpus/arxiv-2025-26.jsonl.gz');
export const LEARNED_DIR = join(ROOT, 'packages/core/src/extract/learned');

export interface Paper {
  id: string;
  title: string;
  abstract: string;
}

export type { Gold };

/** The corpus in file order, or null when it is not there. */
export function loadCorpus(path = CORPUS): Paper[] | null {
  if (!existsSync(path)) return null;
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const out: Paper[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: string; title?: string; summary?: string; abstract?: string };
    out.push({ id: r.id ?? String(out.length), title: r.title ?? '', abstract: r.summary ?? r.abstract ?? '' });
  }
  return out;
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** A hand-annotated set: papers and gold (only papers with gold). */
export interface GoldSet {
  name: string;
  papers: Paper[];
  gold: Gold[];
}

function goldSet(name: string, papersPath: string, goldPath: string): GoldSet | null {
  if (!existsSync(papersPath) || !existsSync(goldPath)) return null;
  const gold = jsonl<Gold>(goldPath);
  const ids = new Set(gold.map((g) => g.id));
  const papers = jsonl<Paper & { summary?: string }>(papersPath)
    .filter((p) => ids.has(p.id))
    .map((p) => ({ id: p.id, title: p.title, abstract: p.abstract ?? p.summary ?? '' }));
  return { name, papers, gold };
}

/** dev, holdout, holdout2 and the parts of tune1 whose gold exists (never the blind samples). */
export function goldSets(): { dev: GoldSet; holdout: GoldSet; holdout2: GoldSet; tune1: GoldSet | null } {
  const e = join(ROOT, 'eval');
  const dev = goldSet('dev', join(e, 'data/papers.jsonl'), join(e, 'data/gold.jsonl'))!;
  const holdout = goldSet('holdout', join(e, 'holdout/papers.jsonl'), join(e, 'holdout/gold.jsonl'))!;
  const holdout2 = goldSet('holdout2', join(e, 'holdout2/papers.jsonl'), join(e, 'holdout2/gold.jsonl'))!;
  const parts = ['1', '2']
    .map((p) => goldSet('tune1', join(e, `blind/tune1/part${p}.jsonl`), join(e, `blind/tune1/gold-part${p}.jsonl`)))
    .filter((s): s is GoldSet => s !== null);
  const tune1 = parts.length ? { name: 'tune1', papers: parts.flatMap((s) => s.papers), gold: parts.flatMap((s) => s.gold) } : null;
  return { dev, holdout, holdout2, tune1 };
}

/** Ids of every paper of eval/ the training must not take silver labels from (the blind samples are not read). */
export function evalIds(): Set<string> {
  const e = join(ROOT, 'eval');
  const ids = new Set<string>();
  for (const f of ['data/papers.jsonl', 'holdout/papers.jsonl', 'holdout2/papers.jsonl', 'blind/tune1/papers.jsonl'])
    if (existsSync(join(e, f))) for (const p of jsonl<{ id: string }>(join(e, f))) ids.add(p.id);
  return ids;
}

export { norm };
export type KindScore = KindCounts;

export type Scores = Record<'models' | 'datasets' | 'proposes' | 'methods', KindScore>;

function ks(tp: number, fp: number, fn: number, precision?: number): KindScore {
  const p = precision ?? (tp + fp ? tp / (tp + fp) : 1);
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Extracts a set with `extract` (+ the cross-paper pass) and scores it as eval/harness.ts does. */
export function scoreSet(set: GoldSet, extract: (doc: PaperDoc) => Mention[]): { scores: Scores; byId: Map<string, Mention[]> } {
  const exs: PaperExtraction[] = set.papers.map((p) => {
    const doc = { key: `paper:${p.id}`, title: p.title, abstract: p.abstract };
    return { doc, mentions: extract(doc) };
  });
  const byId = new Map<string, Mention[]>();
  for (const ex of resolveCorpus(exs)) byId.set(ex.doc.key.slice(6), ex.mentions);
  const names = (m: Mention) => new Set([m.label, ...m.aliases].map(norm));
  const acc: Record<keyof Scores, [number, number, number]> = { models: [0, 0, 0], datasets: [0, 0, 0], proposes: [0, 0, 0], methods: [0, 0, 0] };
  let methodPreds = 0;
  for (const g of set.gold) {
    const preds = byId.get(g.id) ?? [];
    const simple = (k: 'models' | 'datasets' | 'proposes', ps: Mention[], gl: string[]) => {
      const hit = new Set<number>();
      let fp = 0;
      const gn = gl.map(norm);
      for (const p of ps) {
        const ns = names(p);
        const i = gn.findIndex((x, j) => !hit.has(j) && ns.has(x));
        if (i >= 0) hit.add(i);
        else if (!gn.some((x) => ns.has(x))) fp++;
      }
      acc[k][0] += hit.size;
      acc[k][1] += fp;
      acc[k][2] += gl.length - hit.size;
    };
    simple('models', preds.filter((p) => p.kind === 'model'), g.models);
    simple('datasets', preds.filter((p) => p.kind === 'dataset'), g.datasets);
    simple('proposes', preds.filter((p) => p.relation === 'proposes'), g.proposes);
    const methods = preds.filter((p) => p.kind === 'method');
    const proposed = preds.filter((p) => p.relation === 'proposes');
    methodPreds += methods.length;
    for (const r of [...new Set([...g.methods_core, ...g.proposes])]) {
      const pool = g.proposes.includes(r) ? [...methods, ...proposed] : methods;
      if (pool.some((p) => names(p).has(norm(r)))) acc.methods[0]++;
      else acc.methods[2]++;
    }
    const allowed = new Set([...g.proposes, ...g.methods_core, ...g.methods_optional].map(norm));
    for (const p of methods) if (![...names(p)].some((x) => allowed.has(x))) acc.methods[1]++;
  }
  const mp = methodPreds ? (methodPreds - acc.methods[1]) / methodPreds : 1;
  return {
    scores: {
      models: ks(...acc.models),
      datasets: ks(...acc.datasets),
      proposes: ks(...acc.proposes),
      methods: ks(acc.methods[0]!, acc.methods[1], acc.methods[2]!, mp),
    },
    byId,
  };
}

export function formatScores(name: string, s: Scores): string {
  const f = (k: KindScore) => `${(100 * k.precision).toFixed(1)}/${(100 * k.recall).toFixed(1)}/${(100 * k.f1).toFixed(1)}`;
  return `${name.padEnd(9)} models ${f(s.models)}  datasets ${f(s.datasets)}  proposes ${f(s.proposes)}  methods ${f(s.methods)}`;
}

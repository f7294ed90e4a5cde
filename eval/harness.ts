/**
 * Evaluation of extraction against the hand-annotated dev set (eval/data, see data/GUIDELINES.md).
 *
 * The predictions come from the real build (`buildKnowledgeGraph` of @papergraph/core) when it is available, else
 * from `extractPaper` + `resolveCorpus` directly. For each paper node, its outgoing `uses`/`proposes`/`evaluates_on`
 * edges give the predicted entities. Names are compared after lower-casing and removing spaces, hyphens and
 * underscores, against the node's label or any alias.
 *
 * Scores (micro over papers):
 * - models: model nodes vs gold `models`; datasets: dataset nodes vs gold `datasets`;
 * - proposes: targets of `proposes` edges (any kind) vs gold `proposes`;
 * - methods: recall over gold `methods_core` ∪ `proposes` (a proposal may be found as any proposed node); precision
 *   over predicted method nodes, a prediction counting as false only if it matches none of proposes / methods_core /
 *   methods_optional.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PaperExtraction } from '../packages/core/src/types.ts';
import { extractPaper, resolveCorpus } from '../packages/core/src/extract/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA = join(HERE, 'data');

export interface Gold {
  id: string;
  models: string[];
  datasets: string[];
  proposes: string[];
  methods_core: string[];
  methods_optional: string[];
}

export interface PredEntity {
  kind: string;
  relation: string;
  label: string;
  aliases: string[];
}

/** The counts and rates of one kind's score. */
export interface KindCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface KindScore extends KindCounts {
  misses: string[];
  falseHits: string[];
}

export interface Report {
  source: 'build' | 'extract';
  papers: number;
  models: KindScore;
  datasets: KindScore;
  proposes: KindScore;
  methods: KindScore;
}

export const norm = (s: string): string => s.toLowerCase().replace(/[\s\-_]+/g, '');

export function loadGold(dir = DATA): Gold[] {
  return readFileSync(join(dir, 'gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Gold);
}

interface PaperIn {
  id: string;
  title: string;
  abstract: string;
}

export function loadPapers(dir = DATA): PaperIn[] {
  return readFileSync(join(dir, 'papers.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PaperIn);
}

/** Predicted entities per arXiv id. */
export async function predict(useBuild = true, dir = DATA): Promise<{ source: Report['source']; byId: Map<string, PredEntity[]> }> {
  const byId = new Map<string, PredEntity[]>();
  const text = readFileSync(join(dir, 'papers.jsonl'), 'utf8');
  if (useBuild && existsSync(join(HERE, '../packages/core/src/pipeline/run.ts'))) {
    // The pipeline module rather than index.ts: the index also loads the GEXF exporter, whose browser build needs a DOM
    const core = (await import('../packages/core/src/pipeline/run.ts')) as Record<string, unknown>;
    const build = core['runPipeline'] as
      | ((inputs: { name: string; text: string }[], options?: unknown) => { graph: GraphLike } | Promise<{ graph: GraphLike }>)
      | undefined;
    if (typeof build === 'function') {
      const { graph } = await build([{ name: 'papers.jsonl', text }], { layout: false });
      for (const p of loadPapers(dir)) {
        const key = `paper:${p.id}`;
        const list: PredEntity[] = [];
        if (graph.hasNode(key)) {
          graph.forEachOutEdge(key, (_e: string, attr: Record<string, unknown>, _s: string, target: string) => {
            const rel = String(attr['relation']);
            if (rel !== 'uses' && rel !== 'proposes' && rel !== 'evaluates_on') return;
            const t = graph.getNodeAttributes(target);
            list.push({ kind: String(t['kind']), relation: rel, label: String(t['label']), aliases: (t['aliases'] as string[] | undefined) ?? [] });
          });
        }
        byId.set(p.id, list);
      }
      return { source: 'build', byId };
    }
  }
  const exs: PaperExtraction[] = loadPapers(dir).map((p) => {
    const doc = { key: `paper:${p.id}`, title: p.title, abstract: p.abstract };
    return { doc, mentions: extractPaper(doc) };
  });
  for (const ex of resolveCorpus(exs)) {
    byId.set(ex.doc.key.slice(6), ex.mentions.map((m) => ({ kind: m.kind, relation: m.relation, label: m.label, aliases: m.aliases })));
  }
  return { source: 'extract', byId };
}

interface GraphLike {
  hasNode(key: string): boolean;
  forEachOutEdge(key: string, cb: (e: string, attr: Record<string, unknown>, s: string, t: string) => void): void;
  getNodeAttributes(key: string): Record<string, unknown>;
}

function names(e: PredEntity): Set<string> {
  return new Set([e.label, ...e.aliases].map(norm));
}

function score(tp: number, fp: number, fn: number, misses: string[], falseHits: string[]): KindScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, misses, falseHits };
}

/** Matches predictions to gold names one-to-one; returns matched gold indices and unmatched predictions. */
function match(preds: PredEntity[], gold: string[]): { hit: Set<number>; unmatched: PredEntity[] } {
  const hit = new Set<number>();
  const unmatched: PredEntity[] = [];
  const g = gold.map(norm);
  for (const p of preds) {
    const ns = names(p);
    const i = g.findIndex((x, j) => !hit.has(j) && ns.has(x));
    if (i >= 0) hit.add(i);
    else if (g.some((x) => ns.has(x))) continue; // a second node for an already matched name: not counted
    else unmatched.push(p);
  }
  return { hit, unmatched };
}

/** Scores the extractor on `dir` (papers.jsonl + gold.jsonl; the dev set by default, or a held-out folder). */
export async function evaluate(useBuild = true, dir = DATA): Promise<Report> {
  const gold = loadGold(dir);
  const { source, byId } = await predict(useBuild, dir);
  const acc = {
    models: { tp: 0, fp: 0, fn: 0, m: [] as string[], f: [] as string[] },
    datasets: { tp: 0, fp: 0, fn: 0, m: [] as string[], f: [] as string[] },
    proposes: { tp: 0, fp: 0, fn: 0, m: [] as string[], f: [] as string[] },
    methods: { tp: 0, fp: 0, fn: 0, m: [] as string[], f: [] as string[] },
  };
  for (const g of gold) {
    const preds = byId.get(g.id) ?? [];
    const simple = (k: 'models' | 'datasets' | 'proposes', ps: PredEntity[], gl: string[]) => {
      const { hit, unmatched } = match(ps, gl);
      const a = acc[k];
      a.tp += hit.size;
      a.fn += gl.length - hit.size;
      a.fp += unmatched.length;
      gl.forEach((x, i) => hit.has(i) || a.m.push(`${g.id}: ${x}`));
      for (const u of unmatched) a.f.push(`${g.id}: ${u.label}`);
    };
    simple('models', preds.filter((p) => p.kind === 'model'), g.models);
    simple('datasets', preds.filter((p) => p.kind === 'dataset'), g.datasets);
    simple('proposes', preds.filter((p) => p.relation === 'proposes'), g.proposes);
    // methods
    const methods = preds.filter((p) => p.kind === 'method');
    const proposed = preds.filter((p) => p.relation === 'proposes');
    const required = [...new Set([...g.methods_core, ...g.proposes])];
    const a = acc.methods;
    for (const r of required) {
      const n = norm(r);
      const pool = g.proposes.includes(r) ? [...methods, ...proposed] : methods;
      if (pool.some((p) => names(p).has(n))) a.tp++;
      else {
        a.fn++;
        a.m.push(`${g.id}: ${r}`);
      }
    }
    const allowed = new Set([...g.proposes, ...g.methods_core, ...g.methods_optional].map(norm));
    for (const p of methods) {
      const ns = names(p);
      if ([...ns].some((x) => allowed.has(x))) continue;
      a.fp++;
      a.f.push(`${g.id}: ${p.label}`);
    }
  }
  // method precision counts predictions (tp counts gold items found); precision = correct predictions / predictions
  const methodPreds = [...byId.values()].flat().filter((p) => p.kind === 'method').length;
  const mp = methodPreds ? (methodPreds - acc.methods.fp) / methodPreds : 1;
  const mr = acc.methods.tp + acc.methods.fn ? acc.methods.tp / (acc.methods.tp + acc.methods.fn) : 1;
  const methods: KindScore = {
    tp: acc.methods.tp,
    fp: acc.methods.fp,
    fn: acc.methods.fn,
    precision: mp,
    recall: mr,
    f1: mp + mr ? (2 * mp * mr) / (mp + mr) : 0,
    misses: acc.methods.m,
    falseHits: acc.methods.f,
  };
  return {
    source,
    papers: gold.length,
    models: score(acc.models.tp, acc.models.fp, acc.models.fn, acc.models.m, acc.models.f),
    datasets: score(acc.datasets.tp, acc.datasets.fp, acc.datasets.fn, acc.datasets.m, acc.datasets.f),
    proposes: score(acc.proposes.tp, acc.proposes.fp, acc.proposes.fn, acc.proposes.m, acc.proposes.f),
    methods,
  };
}

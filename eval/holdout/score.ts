/**
 * Held-out score: `npx tsx eval/holdout/score.ts [--papers P] [--gold G] [--json] [--quiet] [--preds]`.
 *
 * Runs the real build (`buildKnowledgeGraph` of @papergraph/core) on the held-out papers (default
 * eval/holdout/papers.jsonl) and scores it against the hand-made gold (default eval/holdout/gold.jsonl), with the same
 * rules as the dev harness (eval/harness.ts, issue 3), re-implemented here so the held-out check does not depend on
 * files someone else is editing:
 * - each paper node's outgoing `uses` / `proposes` / `evaluates_on` edges give the predicted entities;
 * - names are compared after lower-casing and removing spaces, hyphens and underscores, against a node's label or any
 *   alias; matching is one-to-one, a second node for an already matched gold name is not counted either way;
 * - models: model nodes vs gold `models`; datasets: dataset nodes vs gold `datasets`; proposes: targets of `proposes`
 *   edges (any kind) vs gold `proposes`;
 * - methods: recall over gold `methods_core` ∪ `proposes` (a proposal may be found as a method node or any proposed
 *   node); precision over predicted method nodes, a prediction being false only if it matches none of
 *   proposes / methods_core / methods_optional.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : def;
};
const PAPERS = opt('--papers', join(HERE, 'papers.jsonl'));
const GOLD = opt('--gold', join(HERE, 'gold.jsonl'));
// --core DIR: score another checkout/snapshot of the repo (e.g. `git archive HEAD packages/core | tar -x -C DIR`,
// with node_modules symlinked), to compare the committed extractor with a working tree that is mid-change.
const CORE = opt('--core', join(HERE, '../..'));

interface Gold {
  id: string;
  models: string[];
  datasets: string[];
  proposes: string[];
  methods_core: string[];
  methods_optional: string[];
}
interface Pred {
  kind: string;
  relation: string;
  label: string;
  aliases: string[];
}
interface GraphLike {
  hasNode(key: string): boolean;
  forEachOutEdge(key: string, cb: (e: string, attr: Record<string, unknown>, s: string, t: string) => void): void;
  getNodeAttributes(key: string): Record<string, unknown>;
}
type Build = (inputs: { name: string; text: string }[], options?: unknown) => { graph: GraphLike } | Promise<{ graph: GraphLike }>;

const norm = (s: string): string => s.toLowerCase().replace(/[\s\-_]+/g, '');
const jsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);

async function loadBuild(): Promise<{ build: Build; from: string }> {
  // index.ts is the public entry; it also loads the GEXF exporter, which may want a DOM under Node — fall back to
  // the pipeline module (what eval/harness.ts imports) if the index cannot be loaded.
  try {
    const core = (await import(pathToFileURL(join(CORE, 'packages/core/src/index.ts')).href)) as Record<string, unknown>;
    if (typeof core['buildKnowledgeGraph'] === 'function') return { build: core['buildKnowledgeGraph'] as Build, from: `${CORE}/…/index.ts` };
  } catch (e) {
    console.error(`(index.ts failed to load: ${(e as Error).message.split('\n')[0]}; using pipeline.ts)`);
  }
  // The pipeline module (older checkouts, scored with CORE=…, have it as pipeline.ts).
  const modern = join(CORE, 'packages/core/src/pipeline/run.ts');
  if (existsSync(modern)) {
    const core = (await import(pathToFileURL(modern).href)) as Record<string, unknown>;
    return { build: core['runPipeline'] as Build, from: `${CORE}/…/pipeline/run.ts` };
  }
  const core = (await import(pathToFileURL(join(CORE, 'packages/core/src/pipeline.ts')).href)) as Record<string, unknown>;
  return { build: core['buildKnowledgeGraph'] as Build, from: `${CORE}/…/pipeline.ts` };
}

const gold = jsonl<Gold>(GOLD);
const text = readFileSync(PAPERS, 'utf8');
const paperIds = jsonl<{ id: string }>(PAPERS).map((p) => p.id);
const { build, from } = await loadBuild();
const { graph } = await build([{ name: 'papers.jsonl', text }], { layout: false });
const byId = new Map<string, Pred[]>();
for (const id of paperIds) {
  const key = `paper:${id}`;
  const list: Pred[] = [];
  if (graph.hasNode(key)) {
    graph.forEachOutEdge(key, (_e, attr, _s, target) => {
      const rel = String(attr['relation']);
      if (rel !== 'uses' && rel !== 'proposes' && rel !== 'evaluates_on') return;
      const t = graph.getNodeAttributes(target);
      list.push({ kind: String(t['kind']), relation: rel, label: String(t['label']), aliases: (t['aliases'] as string[] | undefined) ?? [] });
    });
  } else console.error(`no paper node for ${id}`);
  byId.set(id, list);
}

const names = (p: Pred) => new Set([p.label, ...p.aliases].map(norm));
function match(preds: Pred[], gl: string[]): { hit: Set<number>; unmatched: Pred[] } {
  const hit = new Set<number>();
  const unmatched: Pred[] = [];
  const g = gl.map(norm);
  for (const p of preds) {
    const ns = names(p);
    const i = g.findIndex((x, j) => !hit.has(j) && ns.has(x));
    if (i >= 0) hit.add(i);
    else if (g.some((x) => ns.has(x))) continue;
    else unmatched.push(p);
  }
  return { hit, unmatched };
}

type Kind = 'models' | 'datasets' | 'proposes' | 'methods';
const KINDS: Kind[] = ['models', 'datasets', 'proposes', 'methods'];
const acc = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, preds: 0, misses: [] as string[], falseHits: [] as string[] }])) as Record<
  Kind,
  { tp: number; fp: number; fn: number; preds: number; misses: string[]; falseHits: string[] }
>;
for (const g of gold) {
  const preds = byId.get(g.id) ?? [];
  const simple = (k: Exclude<Kind, 'methods'>, ps: Pred[], gl: string[]) => {
    const { hit, unmatched } = match(ps, gl);
    const a = acc[k];
    a.tp += hit.size;
    a.fn += gl.length - hit.size;
    a.fp += unmatched.length;
    gl.forEach((x, i) => hit.has(i) || a.misses.push(`${g.id}: ${x}`));
    for (const u of unmatched) a.falseHits.push(`${g.id}: ${u.label}`);
  };
  simple('models', preds.filter((p) => p.kind === 'model'), g.models);
  simple('datasets', preds.filter((p) => p.kind === 'dataset'), g.datasets);
  simple('proposes', preds.filter((p) => p.relation === 'proposes'), g.proposes);
  const methods = preds.filter((p) => p.kind === 'method');
  const proposed = preds.filter((p) => p.relation === 'proposes');
  const a = acc.methods;
  a.preds += methods.length;
  for (const r of [...new Set([...g.methods_core, ...g.proposes])]) {
    const pool = g.proposes.includes(r) ? [...methods, ...proposed] : methods;
    if (pool.some((p) => names(p).has(norm(r)))) a.tp++;
    else {
      a.fn++;
      a.misses.push(`${g.id}: ${r}`);
    }
  }
  const allowed = new Set([...g.proposes, ...g.methods_core, ...g.methods_optional].map(norm));
  for (const p of methods) {
    if ([...names(p)].some((x) => allowed.has(x))) continue;
    a.fp++;
    a.falseHits.push(`${g.id}: ${p.label}`);
  }
}
const report = Object.fromEntries(
  KINDS.map((k) => {
    const a = acc[k];
    // methods: precision = correct predictions / predictions (tp counts gold items found), as in eval/harness.ts
    const precision = k === 'methods' ? (a.preds ? (a.preds - a.fp) / a.preds : 1) : a.tp + a.fp ? a.tp / (a.tp + a.fp) : 1;
    const recall = a.tp + a.fn ? a.tp / (a.tp + a.fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return [k, { tp: a.tp, fp: a.fp, fn: a.fn, precision, recall, f1, misses: a.misses, falseHits: a.falseHits }];
  }),
) as Record<Kind, { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; misses: string[]; falseHits: string[] }>;

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify({ papers: gold.length, build: from, ...report }, null, 2) + '\n');
} else {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log(`held-out set: ${gold.length} papers (${PAPERS}), predictions from buildKnowledgeGraph (${from})`);
  console.log('kind        P      R      F1    (tp/fp/fn)');
  for (const k of KINDS) {
    const s = report[k];
    console.log(`${k.padEnd(9)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  if (!args.includes('--quiet')) {
    for (const k of KINDS) {
      const s = report[k];
      if (s.misses.length) console.log(`\n${k} — missed (${s.misses.length}):\n  ` + s.misses.join('\n  '));
      if (s.falseHits.length) console.log(`\n${k} — false hits (${s.falseHits.length}):\n  ` + s.falseHits.join('\n  '));
    }
  }
  if (args.includes('--preds')) {
    console.log('\npredictions per paper (kind/relation: label [aliases]):');
    for (const id of paperIds) {
      console.log(`  ${id}:`);
      for (const p of byId.get(id) ?? []) console.log(`    ${p.kind}/${p.relation}: ${p.label}${p.aliases.length ? ` [${p.aliases.join(', ')}]` : ''}`);
    }
  }
}

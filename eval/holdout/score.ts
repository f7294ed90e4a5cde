/**
 * Held-out score: `npx tsx eval/holdout/score.ts [--papers P] [--gold G] [--json] [--quiet] [--preds] [--core DIR]`.
 *
 * Runs the real build on the held-out papers (default eval/holdout/papers.jsonl) and scores it against the hand-made
 * gold (default eval/holdout/gold.jsonl) with the rules of eval/scoring.ts, which imports nothing of core: `--core`
 * scores another checkout of packages/core with the same rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { predictionsOfGraph, scoreSet, SCORED_KINDS, type Gold, type ScoredGraph } from '../scoring.ts';

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

type Build = (inputs: { name: string; text: string }[], options?: unknown) => { graph: ScoredGraph } | Promise<{ graph: ScoredGraph }>;

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
const byId = predictionsOfGraph(graph, paperIds, (id) => console.error(`no paper node for ${id}`));
const report = scoreSet(gold, byId);
const KINDS = SCORED_KINDS;

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

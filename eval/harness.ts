/**
 * Evaluation of extraction against the hand-annotated dev set (eval/data, see data/GUIDELINES.md) or another annotated
 * folder (papers.jsonl + gold.jsonl).
 *
 * The predictions come from the real build (core's pipeline) when it is available, else from `extractPaper` +
 * `resolveCorpus` directly; the scoring rules are scoring.ts's.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PaperExtraction } from '../packages/core/src/types.ts';
import { extractPaper, resolveCorpus } from '../packages/core/src/extract/index.ts';
import { predictionsOfGraph, scoreSet, type Gold, type KindScore, type Prediction, type ScoredGraph } from './scoring.ts';

export { norm, type Gold, type KindCounts, type KindScore } from './scoring.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA = join(HERE, 'data');

export interface Report {
  source: 'build' | 'extract';
  papers: number;
  models: KindScore;
  datasets: KindScore;
  proposes: KindScore;
  methods: KindScore;
}

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
export async function predict(useBuild = true, dir = DATA): Promise<{ source: Report['source']; byId: Map<string, Prediction[]> }> {
  const text = readFileSync(join(dir, 'papers.jsonl'), 'utf8');
  if (useBuild && existsSync(join(HERE, '../packages/core/src/pipeline/run.ts'))) {
    // The pipeline module rather than index.ts: the index also loads the GEXF exporter, whose browser build needs a DOM
    const core = (await import('../packages/core/src/pipeline/run.ts')) as Record<string, unknown>;
    const build = core['runPipeline'] as
      | ((inputs: { name: string; text: string }[], options?: unknown) => { graph: ScoredGraph } | Promise<{ graph: ScoredGraph }>)
      | undefined;
    if (typeof build === 'function') {
      const { graph } = await build([{ name: 'papers.jsonl', text }], { layout: false });
      return { source: 'build', byId: predictionsOfGraph(graph, loadPapers(dir).map((p) => p.id)) };
    }
  }
  const byId = new Map<string, Prediction[]>();
  const exs: PaperExtraction[] = loadPapers(dir).map((p) => {
    const doc = { key: `paper:${p.id}`, title: p.title, abstract: p.abstract };
    return { doc, mentions: extractPaper(doc) };
  });
  for (const ex of resolveCorpus(exs)) {
    byId.set(ex.doc.key.slice(6), ex.mentions.map((m) => ({ kind: m.kind, relation: m.relation, label: m.label, aliases: m.aliases })));
  }
  return { source: 'extract', byId };
}

/** Scores the extractor on `dir` (papers.jsonl + gold.jsonl; the dev set by default, or a held-out folder). */
export async function evaluate(useBuild = true, dir = DATA): Promise<Report> {
  const gold = loadGold(dir);
  const { source, byId } = await predict(useBuild, dir);
  return { source, papers: gold.length, ...scoreSet(gold, byId) };
}

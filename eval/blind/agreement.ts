/**
 * Agreement between two annotations of the same papers:
 * `npx tsx eval/blind/agreement.ts FIRST_GOLD SECOND_GOLD [--papers PAPERS] [--json] [--quiet]`.
 *
 * Scores the second annotator against the first with the rules of eval/scoring.ts (the second's lists read as
 * predictions, `predictionsOfGold`), so a person is measured exactly as the extractor is: for models, datasets and
 * proposes F1 is symmetric (precision and recall swap with the order); for methods it is not (optional names are
 * free only on the side scored against). With `--papers`, the extractor's build of those papers is scored against
 * each annotation too, and with precision against the names either annotator lists and recall against those both list
 * (where two people read the guidelines differently, either reading counts). Only papers both annotations hold are
 * scored. `--quiet` leaves out the names they disagree on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildKnowledgeGraph } from '../../packages/core/src/index.ts';
import { jsonl } from '../learn/data.ts';
import { combineGold, predictionsOfGold, predictionsOfGraph, scoreSet, SCORED_KINDS, type Gold, type KindScore, type Prediction, type ScoredKind } from '../scoring.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const papersPath = option('--papers');
const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--papers');
const [firstPath, secondPath] = positional;
if (!firstPath || !secondPath) {
  console.error('usage: npx tsx eval/blind/agreement.ts FIRST_GOLD SECOND_GOLD [--papers PAPERS] [--json] [--quiet]');
  process.exit(2);
}

const first = jsonl<Gold>(resolve(firstPath));
const second = new Map(jsonl<Gold>(resolve(secondPath)).map((gold) => [gold.id, gold]));
const common = first.filter((gold) => second.has(gold.id));
const onlyOne = first.length + second.size - 2 * common.length;
const secondAsPredictions = new Map<string, Prediction[]>(common.map((gold) => [gold.id, predictionsOfGold(second.get(gold.id)!)]));

type Report = Record<ScoredKind, KindScore>;
const rows: Array<{ name: string; report: Report }> = [
  { name: 'second vs first', report: scoreSet(common, secondAsPredictions) },
  { name: 'first vs second', report: scoreSet([...common.map((gold) => second.get(gold.id)!)], new Map(common.map((gold) => [gold.id, predictionsOfGold(gold)]))) },
];
if (papersPath) {
  const text = readFileSync(resolve(papersPath), 'utf8');
  const { graph } = await buildKnowledgeGraph([{ name: 'papers.jsonl', text }], { layout: false });
  const extracted = predictionsOfGraph(graph, common.map((gold) => gold.id));
  rows.push({ name: 'extractor vs first', report: scoreSet(common, extracted) });
  rows.push({ name: 'extractor vs second', report: scoreSet([...common.map((gold) => second.get(gold.id)!)], extracted) });
  // Where the annotators differ the guidelines leave a choice: precision against a name either lists, recall
  // against the names both list.
  const either = scoreSet(common.map((gold) => combineGold(gold, second.get(gold.id)!, 'either')), extracted);
  const both = scoreSet(common.map((gold) => combineGold(gold, second.get(gold.id)!, 'both')), extracted);
  rows.push({ name: 'extractor, either / both', report: mixed(either, both) });
}

/** Precision from one report, recall from another, F1 of the two. */
function mixed(precisionFrom: Report, recallFrom: Report): Report {
  const out = {} as Report;
  for (const kind of SCORED_KINDS) {
    const precision = precisionFrom[kind].precision;
    const recall = recallFrom[kind].recall;
    out[kind] = {
      ...recallFrom[kind],
      fp: precisionFrom[kind].fp,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      falseHits: precisionFrom[kind].falseHits,
    };
  }
  return out;
}

if (args.includes('--json')) {
  const brief = (report: Report) =>
    Object.fromEntries(SCORED_KINDS.map((kind) => [kind, { ...report[kind], ...(args.includes('--quiet') ? { misses: undefined, falseHits: undefined } : {}) }]));
  process.stdout.write(JSON.stringify({ papers: common.length, unmatched: onlyOne, scores: rows.map((row) => ({ name: row.name, ...brief(row.report) })) }, null, 2) + '\n');
} else {
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`${common.length} papers annotated twice${onlyOne ? ` (${onlyOne} in one annotation only, not scored)` : ''}; P / R / F1 per kind`);
  const row = (cells: string[]) => cells.map((cell, i) => cell.padEnd(i === 0 ? 26 : 22)).join('');
  console.log(row(['', ...SCORED_KINDS]));
  for (const { name, report } of rows) {
    const cells = SCORED_KINDS.map((kind) => `${pct(report[kind].precision)} / ${pct(report[kind].recall)} / ${pct(report[kind].f1)}`);
    console.log(row([name, ...cells]));
  }
  if (!args.includes('--quiet')) {
    const [disagreement] = rows;
    for (const kind of SCORED_KINDS) {
      const { misses, falseHits } = disagreement!.report[kind];
      if (misses.length) console.log(`\n${kind}: the first only (${misses.length})\n  ${misses.join('\n  ')}`);
      if (falseHits.length) console.log(`\n${kind}: the second only (${falseHits.length})\n  ${falseHits.join('\n  ')}`);
    }
  }
}

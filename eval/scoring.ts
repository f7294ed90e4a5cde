/**
 * The scoring rules of every extraction evaluation — `pnpm eval` (harness.ts), the held-out scorer
 * (holdout/score.ts), the ratchet and the learned step's training (learn/data.ts) — in one place:
 * - each paper node's outgoing `uses` / `proposes` / `evaluates_on` links give the predicted entities;
 * - names are compared after lower-casing and removing spaces, hyphens and underscores, against a prediction's label
 *   or any alias; matching is one-to-one, and a second prediction for an already matched gold name counts neither way;
 * - models: model predictions vs gold `models`; datasets: dataset predictions vs gold `datasets`; proposes: the
 *   targets of `proposes` links (any kind) vs gold `proposes`;
 * - methods: recall over gold `methods_core` ∪ `proposes` (a proposal may be found as a method or as any proposed
 *   entity); precision over the predicted methods, a prediction being false only if it matches none of `proposes`,
 *   `methods_core` and `methods_optional` (so precision counts predictions, while tp counts gold names found).
 * Scores are micro-averaged over papers. Pure: no file is read here and nothing of packages/core is imported, so the
 * held-out scorer can score another checkout of core with the same rules.
 */

/** One paper's hand annotation (eval/data/GUIDELINES.md). */
export interface Gold {
  id: string;
  models: string[];
  datasets: string[];
  proposes: string[];
  methods_core: string[];
  methods_optional: string[];
}

/** A predicted entity of a paper: its kind, the paper's relation to it, and its names. */
export interface Prediction {
  kind: string;
  relation: string;
  label: string;
  aliases: readonly string[];
}

export const SCORED_KINDS = ['models', 'datasets', 'proposes', 'methods'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** The counts and rates of one kind's score. */
export interface KindCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A kind's score with the gold names missed and the false predictions, each as `id: name`. */
export interface KindScore extends KindCounts {
  misses: string[];
  falseHits: string[];
}

/** One paper's tallies for one kind. */
export interface KindTally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falseHits: string[];
}

/** One paper's tallies per kind, and how many methods it predicted (the denominator of methods' precision). */
export type PaperTally = Record<ScoredKind, KindTally> & { methodPredictions: number };

/**
 * The form names are compared in: lower case, without spaces, hyphens and underscores, and with a TeX superscript read
 * as its digit ("I$^2$R", "$\text{SaPE}^2$", "LoRA^2", "π²" are "i2r", "sape2", "lora2", "π2"): readers copy the
 * abstract's markup where the graph has the flattened name.
 */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const norm = (s: string): string =>
  s
    .replace(/\\text(?:rm|it|bf)?\b|[$^{}]/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPT_DIGITS.indexOf(d)))
    .toLowerCase()
    .replace(/[\s\-_]+/g, '');

const namesOf = (p: Prediction): Set<string> => new Set([p.label, ...p.aliases].map(norm));

/** Matches predictions to gold names one-to-one: one kind's tally of one paper. */
function tallyNames(id: string, predictions: readonly Prediction[], gold: readonly string[]): KindTally {
  const hit = new Set<number>();
  const falseHits: string[] = [];
  const goldNames = gold.map(norm);
  for (const p of predictions) {
    const names = namesOf(p);
    const i = goldNames.findIndex((x, j) => !hit.has(j) && names.has(x));
    if (i >= 0) hit.add(i);
    else if (!goldNames.some((x) => names.has(x))) falseHits.push(`${id}: ${p.label}`);
  }
  const misses: string[] = [];
  gold.forEach((name, i) => hit.has(i) || misses.push(`${id}: ${name}`));
  return { tp: hit.size, fp: falseHits.length, fn: gold.length - hit.size, misses, falseHits };
}

/** Scores one paper's predictions against its gold. */
export function tallyPaper(gold: Gold, predictions: readonly Prediction[]): PaperTally {
  const methods = predictions.filter((p) => p.kind === 'method');
  const proposed = predictions.filter((p) => p.relation === 'proposes');
  const methodTally: KindTally = { tp: 0, fp: 0, fn: 0, misses: [], falseHits: [] };
  for (const required of new Set([...gold.methods_core, ...gold.proposes])) {
    const name = norm(required);
    const pool = gold.proposes.includes(required) ? [...methods, ...proposed] : methods;
    if (pool.some((p) => namesOf(p).has(name))) methodTally.tp++;
    else {
      methodTally.fn++;
      methodTally.misses.push(`${gold.id}: ${required}`);
    }
  }
  const allowed = new Set([...gold.proposes, ...gold.methods_core, ...gold.methods_optional].map(norm));
  for (const p of methods) {
    if ([...namesOf(p)].some((x) => allowed.has(x))) continue;
    methodTally.fp++;
    methodTally.falseHits.push(`${gold.id}: ${p.label}`);
  }
  return {
    models: tallyNames(gold.id, predictions.filter((p) => p.kind === 'model'), gold.models),
    datasets: tallyNames(gold.id, predictions.filter((p) => p.kind === 'dataset'), gold.datasets),
    proposes: tallyNames(gold.id, proposed, gold.proposes),
    methods: methodTally,
    methodPredictions: methods.length,
  };
}

function rates(tp: number, fp: number, fn: number, precision = tp + fp ? tp / (tp + fp) : 1): KindCounts {
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The micro-averaged scores of a set of papers' tallies. */
export function sumTallies(tallies: Iterable<PaperTally>): Record<ScoredKind, KindScore> {
  const empty = (): KindTally => ({ tp: 0, fp: 0, fn: 0, misses: [], falseHits: [] });
  const sum: Record<ScoredKind, KindTally> = { models: empty(), datasets: empty(), proposes: empty(), methods: empty() };
  let methodPredictions = 0;
  for (const tally of tallies) {
    for (const kind of SCORED_KINDS) {
      const into = sum[kind];
      const from = tally[kind];
      into.tp += from.tp;
      into.fp += from.fp;
      into.fn += from.fn;
      into.misses.push(...from.misses);
      into.falseHits.push(...from.falseHits);
    }
    methodPredictions += tally.methodPredictions;
  }
  const score = (kind: ScoredKind, precision?: number): KindScore => {
    const { tp, fp, fn, misses, falseHits } = sum[kind];
    return { ...rates(tp, fp, fn, precision), misses, falseHits };
  };
  return {
    models: score('models'),
    datasets: score('datasets'),
    proposes: score('proposes'),
    methods: score('methods', methodPredictions ? (methodPredictions - sum.methods.fp) / methodPredictions : 1),
  };
}

/** Scores every gold paper against its predictions (none when `predictions` has no row for it). */
export function scoreSet(gold: readonly Gold[], predictions: ReadonlyMap<string, readonly Prediction[]>): Record<ScoredKind, KindScore> {
  return sumTallies(gold.map((g) => tallyPaper(g, predictions.get(g.id) ?? [])));
}

/** What the scoring reads of a built graph (graphology's API, so another checkout's graph will do). */
export interface ScoredGraph {
  hasNode(key: string): boolean;
  forEachOutEdge(key: string, callback: (edge: string, attributes: Record<string, unknown>, source: string, target: string) => void): void;
  getNodeAttributes(key: string): Record<string, unknown>;
}

const SCORED_RELATIONS = new Set(['uses', 'proposes', 'evaluates_on']);

/** Each paper's predictions read from a built graph, by arXiv id (`paper:<id>` nodes); `onMissing` hears of ids without a node. */
export function predictionsOfGraph(graph: ScoredGraph, ids: readonly string[], onMissing?: (id: string) => void): Map<string, Prediction[]> {
  const byId = new Map<string, Prediction[]>();
  for (const id of ids) {
    const key = `paper:${id}`;
    const list: Prediction[] = [];
    if (graph.hasNode(key)) {
      graph.forEachOutEdge(key, (_edge, attributes, _source, target) => {
        const relation = String(attributes['relation']);
        if (!SCORED_RELATIONS.has(relation)) return;
        const node = graph.getNodeAttributes(target);
        list.push({ kind: String(node['kind']), relation, label: String(node['label']), aliases: (node['aliases'] as string[] | undefined) ?? [] });
      });
    } else onMissing?.(id);
    byId.set(id, list);
  }
  return byId;
}

/**
 * A second annotator's gold read as predictions, so that two annotations of the same papers are scored against
 * each other with the rules above (eval/blind/agreement.ts): what the extractor is measured by, applied to a person.
 * Each name is one prediction, as one node would be: a proposal is a `proposes` prediction of the kind its other
 * lists give it (model, dataset, else method), and a name listed as a model or dataset and as a method is both.
 */
export function predictionsOfGold(gold: Gold): Prediction[] {
  const predictions: Prediction[] = [];
  const seen = new Set<string>();
  const add = (kind: string, relation: string, label: string) => {
    const key = `${kind}\u0000${norm(label)}`;
    if (seen.has(key)) return;
    seen.add(key);
    predictions.push({ kind, relation, label, aliases: [] });
  };
  const inList = (list: readonly string[], name: string) => list.some((other) => norm(other) === norm(name));
  for (const name of gold.proposes) {
    const kind = inList(gold.models, name) ? 'model' : inList(gold.datasets, name) ? 'dataset' : 'method';
    add(kind, 'proposes', name);
  }
  for (const name of gold.models) add('model', 'uses', name);
  for (const name of gold.datasets) add('dataset', 'evaluates_on', name);
  for (const name of [...gold.methods_core, ...gold.methods_optional]) add('method', 'uses', name);
  return predictions;
}

/**
 * One paper's two annotations as one: the names either lists (the first's, then the second's others), or the names
 * both list, kind by kind — precision against the one and recall against the other score an extractor where two
 * people read the guidelines differently (eval/blind/agreement.ts).
 */
export function combineGold(a: Gold, b: Gold, mode: 'either' | 'both'): Gold {
  const pick = (x: readonly string[], y: readonly string[]): string[] => {
    const inY = new Set(y.map(norm));
    if (mode === 'both') return x.filter((name) => inY.has(norm(name)));
    const inX = new Set(x.map(norm));
    return [...x, ...y.filter((name) => !inX.has(norm(name)))];
  };
  // (a method either lists is allowed; one is required only when both list it as core)
  return {
    id: a.id,
    models: pick(a.models, b.models),
    datasets: pick(a.datasets, b.datasets),
    proposes: pick(a.proposes, b.proposes),
    methods_core: pick(a.methods_core, b.methods_core),
    methods_optional: mode === 'either' ? pick(a.methods_optional, b.methods_optional) : [],
  };
}

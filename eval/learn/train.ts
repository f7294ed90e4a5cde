/**
 * `pnpm train`: rebuilds the learned step's shipped data (packages/core/src/extract/learned/corpus-stats.json and
 * model.json) from the 2025-26 corpus and the hand-annotated sets, reproducibly (same inputs → same bytes), and says
 * what changed. Options: `--corpus PATH`, `--out DIR` (write the two files there instead), `--limit N` (first N corpus papers, for a quick try), `--explain` (the
 * out-of-fold decisions on dev and tune1 with their gold reading).
 *
 * 1. Corpus statistics: every paper of ../shared/corpus/arxiv-2025-26.jsonl.gz goes through the rules
 *    (extractPaperWith(doc, null, inspect)); for each candidate name key, the papers it appears in, how the rules read
 *    it there, what stands around it, and the papers writing it in lower case. Keys of at least MIN_DF papers are kept.
 * 2. Examples, of coined candidates only (the spans the learned step classifies). Silver, from the corpus: a
 *    candidate whose name the rules gave is labelled with their kind and proposal reading; a candidate some rule
 *    covered only in part is left out; a candidate no rule took is *unknown* and left out too — except when it is
 *    rejected explicitly (learned/candidates.ts isRejectedName: kinds of data and fields of heads.json, hardware,
 *    metrics, scores, venues, X-to-Y tasks, modality pairs, words the proposal rule does not count as coined; or an
 *    acronym the paper defines that no rule took as a technique, dataset or model): those are negatives. At most
 *    PER_KEY silver examples per name, so GPT-4 does not drown the rest; each kind weighs about as much as "none".
 *    Gold: every coined candidate of the fully annotated dev and tune1 papers, labelled by their gold lists (a name
 *    in none of them is a negative; an optional method is left out), weighing GOLD_WEIGHT. The corpus statistics of
 *    an example leave its own paper out, as they will for a new paper. Papers of eval/ (dev, holdout, holdout2,
 *    tune1) give no silver examples; the blind samples are not read (their papers are in the corpus like any other).
 * 3. Averaged perceptrons (kind; proposes), fixed seed. Reported: accuracy on 1 corpus paper in 10 (by id) held out of
 *    a first training, on the candidates of holdout + holdout2 (never trained on), and out of fold on the gold papers.
 *    The shipped weights are trained on all examples, the 40,000 largest kept, scaled and rounded.
 * 4. Thresholds: the gold papers are split in FOLDS folds; each is extracted with a model trained without it. Per
 *    kind, the margin that adds the most (true − 2 × false hits) over dev and tune1, without a loss on either set and
 *    without taking a set's precision of models or datasets below 0.90 (methods 0.85); a kind with no gain stays off.
 * Without the corpus it says so and exits with status 1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractPaperWith, ruleTook, type RuleReading } from '../../packages/core/src/extract/paper.ts';
import { tokLower } from '../../packages/core/src/extract/tokens.ts';
import { isRejectedName, nameKey } from '../../packages/core/src/extract/learned/candidates.ts';
import { CLASSES, DATASET, HASH_BITS, METHOD, MODEL, NONE, candidateFeatures, featureBucket, featureStrings, headKind, paperFeatureState, type FeatureContext } from '../../packages/core/src/extract/learned/features.ts';
import { STAT, STAT_FIELDS, type CorpusStatsFile, type StatCounts } from '../../packages/core/src/extract/learned/stats.ts';
import { LinearModel, OFF, toModelFile, trainPerceptron, type Example, type ModelFile, type Thresholds } from '../../packages/core/src/extract/learned/perceptron.ts';
import type { LearnedSetup } from '../../packages/core/src/extract/learned/classify.ts';
import type { Mention, PaperDoc } from '../../packages/core/src/types.ts';
import { CORPUS, LEARNED_DIR, evalIds, formatScores, goldSets, loadCorpus, scoreSet, type Gold, type GoldSet, type Paper, type Scores } from './data.ts';

const MIN_DF = 2;
const PER_KEY = 40;
const GOLD_WEIGHT = 20;
const FOLDS = 2;
/** Ship the proposes decision (see step 4)? */
const SHIP_PROPOSES = false;
const EPOCHS = 6;
const SEED = 20261201;
const KEEP_BUCKETS = 40_000;
const HELD_OUT_MOD = 10;
const USAGE = `pnpm train [--corpus PATH] [--out DIR] [--limit N] [--explain]

Rebuilds packages/core/src/extract/learned/corpus-stats.json and model.json from the corpus and the annotated sets
(same inputs, same bytes) and says what changed. Run the ratchet (npx vitest run eval/ratchet.test.ts) before shipping.
  --corpus PATH  the arXiv corpus (default ../shared/corpus/arxiv-2025-26.jsonl.gz)
  --out DIR      write the two files there instead of the shipped ones
  --limit N      only the first N corpus papers (a quick try; the statistics are then not the shipped ones)
  --explain      print the out-of-fold decisions on dev and tune1 with their gold reading`;
let options: { corpus?: string; out?: string; limit?: string; explain?: boolean; help?: boolean };
try {
  options = parseArgs({
    options: {
      corpus: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (err) {
  console.error(`pnpm train: ${(err as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const limit = options.limit === undefined ? undefined : Number(options.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
  console.error(`pnpm train: --limit wants a positive whole number, not "${options.limit}"`);
  process.exit(2);
}
const OUT_DIR = options.out ?? LEARNED_DIR;
const STATS_PATH = join(OUT_DIR, 'corpus-stats.json');
const MODEL_PATH = join(OUT_DIR, 'model.json');

const corpusPath = options.corpus ?? CORPUS;
const loaded = loadCorpus(corpusPath);
const corpus = loaded && limit !== undefined ? loaded.slice(0, limit) : loaded;
if (!corpus) {
  console.error(`pnpm train needs the corpus at ${corpusPath} (not in the repository); the shipped files are unchanged.`);
  process.exit(1);
}
const t0 = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${s}`);
const ON_WORDS = new Set(['on', 'across', 'over']);
const docOf = (p: Paper): PaperDoc => ({ key: `paper:${p.id}`, title: p.title, abstract: p.abstract });

/** One paper's contribution to the statistics: per key, the bits of STAT fields it adds 1 to. */
function contributions(ctx: FeatureContext, rules: ReadonlyMap<string, RuleReading>): Map<string, number> {
  const out = new Map<string, number>();
  const { tk, sentOf } = ctx;
  for (const c of ctx.candidates) {
    let bits = out.get(c.key) ?? 1 << STAT.df;
    const r = rules.get(c.key);
    let kind = r?.kind ?? NONE;
    if (kind === NONE) for (let t = c.t0; t <= c.t1 && kind === NONE; t++) kind = ctx.tokenKind[t]!;
    if (kind === MODEL) bits |= 1 << STAT.model;
    if (kind === DATASET) bits |= 1 << STAT.dataset;
    if (kind === METHOD) bits |= 1 << STAT.method;
    if (r?.proposes) bits |= 1 << STAT.proposes;
    const next = c.t1 + 1 < tk.n && sentOf[c.t1 + 1] === c.sentence ? tokLower(tk, c.t1 + 1) : '';
    const hk = headKind(next);
    if (hk === 'data') bits |= 1 << STAT.headData;
    if (hk === 'model') bits |= 1 << STAT.headModel;
    if (hk === 'method') bits |= 1 << STAT.headMethod;
    if (c.t0 > 0 && sentOf[c.t0 - 1] === c.sentence && ON_WORDS.has(tokLower(tk, c.t0 - 1))) bits |= 1 << STAT.afterOn;
    out.set(c.key, bits);
  }
  return out;
}

/** Lower-case one-token words of a paper (for the "written in lower case" count). */
function lowerWords(ctx: FeatureContext): Set<string> {
  const out = new Set<string>();
  const { tk, text } = ctx;
  for (let i = 0; i < tk.n; i++) {
    const c = text.charCodeAt(tk.start[i]!);
    if (c >= 97 && c <= 122) out.add(tokLower(tk, i));
  }
  return out;
}

// ---- 1. corpus statistics
log(`corpus: ${corpus.length} papers`);
const counts = new Map<string, number[]>();
const lowerDocs = new Map<string, number>();
for (const p of corpus) {
  extractPaperWith(docOf(p), null, (ctx, rules) => {
    for (const [k, bits] of contributions(ctx, rules)) {
      let row = counts.get(k);
      if (!row) counts.set(k, (row = new Array<number>(STAT_FIELDS.length).fill(0)));
      for (let f = 0; f < STAT_FIELDS.length; f++) if (bits & (1 << f)) row[f]!++;
    }
    for (const w of lowerWords(ctx)) lowerDocs.set(w, (lowerDocs.get(w) ?? 0) + 1);
  });
}
for (const [k, row] of counts) row[STAT.lower] = lowerDocs.get(k) ?? 0;
const keptKeys = [...counts.keys()].filter((k) => counts.get(k)![STAT.df]! >= MIN_DF).sort();
const statsFile: CorpusStatsFile = {
  about:
    'Corpus statistics of candidate names for the learned extraction step (learned/stats.ts), built by `pnpm train` (eval/learn/train.ts) from the rules\' reading of every paper. Do not edit by hand.',
  source: 'arxiv-2025-26.jsonl.gz',
  papers: corpus.length,
  minDf: MIN_DF,
  fields: [...STAT_FIELDS],
  names: keptKeys,
  counts: keptKeys.flatMap((k) => counts.get(k)!),
};
log(`statistics: ${counts.size} candidate keys, ${keptKeys.length} in ≥ ${MIN_DF} papers`);

/** Statistics of a key without one paper's contribution (leave-one-out), as the shipped file would give them. */
function statsWithout(own: Map<string, number>, ownLower: Set<string>): (key: string) => StatCounts | undefined {
  return (key) => {
    const row = counts.get(key);
    if (!row) return undefined;
    const bits = own.get(key) ?? 0;
    const out = row.map((v, f) => v - ((bits >> f) & 1));
    if (ownLower.has(key)) out[STAT.lower]!--;
    // what the shipped file keeps: keys in MIN_DF papers or more, counting this one
    return row[STAT.df]! >= MIN_DF ? out : undefined;
  };
}

// ---- 2. examples
const heldOut = (id: string) => featureBucket(id) % HELD_OUT_MOD === 0;
const skipSilver = evalIds();
const train: Example[] = [];
const test: Example[] = [];
const perKey = new Map<string, number>();
const sampleStrings = new Map<number, string>(); // bucket → a feature string, for the report
const silverCounts = [0, 0, 0, 0];
let silverProposes = 0;
let unknown = 0;
let partial = 0;

function featuresOf(ctx: FeatureContext, i: number, st: ReturnType<typeof paperFeatureState>, keepStrings: boolean): number[] {
  if (!keepStrings) return candidateFeatures(ctx, st, i);
  const fs = featureStrings(ctx, st, i);
  return fs.map((s) => {
    const b = featureBucket(s);
    if (!sampleStrings.has(b)) sampleStrings.set(b, s);
    return b;
  });
}

for (const p of corpus) {
  if (skipSilver.has(p.id)) continue;
  const toTest = heldOut(p.id);
  extractPaperWith(docOf(p), null, (ctx0, rules) => {
    const own = contributions(ctx0, rules);
    const ownLower = lowerWords(ctx0);
    const ctx: FeatureContext = { ...ctx0, statsOf: statsWithout(own, ownLower) };
    const st = paperFeatureState(ctx);
    const defined = new Set(ctx.acronyms.keys());
    ctx.candidates.forEach((c, i) => {
      if (c.source !== 'coined') return; // the only spans classified (see paper.ts, addLearned)
      let kind: number;
      let proposes = -1;
      const r = rules.get(c.key);
      if (r) {
        kind = r.kind;
        proposes = r.proposes ? 1 : 0;
      } else if (ruleTook(c, ctx.tokenKind, rules)) {
        partial++;
        return;
      } else if (isRejectedName(c) || defined.has(c.name)) {
        kind = NONE;
        proposes = 0;
      } else {
        unknown++;
        return;
      }
      const n = perKey.get(c.key) ?? 0;
      if (n >= PER_KEY) return;
      perKey.set(c.key, n + 1);
      const ex: Example = { features: featuresOf(ctx, i, st, sampleStrings.size < 300_000), kind, proposes, weight: 1 };
      (toTest ? test : train).push(ex);
      if (!toTest) {
        silverCounts[kind]!++;
        if (proposes === 1) silverProposes++;
      }
    });
  });
}
// each kind weighs as much as "none" in the silver examples: methods (acronym definitions) outnumber the rest
for (const ex of [...train, ...test]) ex.weight = Math.min(4, silverCounts[NONE]! / Math.max(1, silverCounts[ex.kind]!));
log(`silver: ${train.length} training + ${test.length} held-out examples (training: ${CLASSES.map((c, i) => `${c} ${silverCounts[i]}`).join(', ')}; proposes ${silverProposes}); left out: ${unknown} unknown, ${partial} partly covered by a rule`);

/** Gold examples of a fully annotated set: every candidate, labelled by the gold lists. */
/** Fold of a gold paper for cross-fitting (by id, so stable). */
const foldOf = (id: string) => featureBucket('fold:' + id) % FOLDS;

function goldExamples(set: GoldSet, fold = -1): Example[] {
  const byId = new Map(set.gold.map((g) => [g.id, g]));
  const out: Example[] = [];
  for (const p of set.papers) {
    if (fold >= 0 && foldOf(p.id) !== fold) continue;
    const g = byId.get(p.id)!;
    const label = goldLabeller(g);
    extractPaperWith(docOf(p), null, (ctx0, rules) => {
      // the statistics of the shipped file include these papers when they are in the corpus: leave them out too
      const own = contributions(ctx0, rules);
      const ctx: FeatureContext = { ...ctx0, statsOf: statsWithout(own, lowerWords(ctx0)) };
      const st = paperFeatureState(ctx);
      ctx.candidates.forEach((c, i) => {
        if (c.source !== 'coined') return;
        const l = label(c.key);
        if (!l) return;
        out.push({ features: featuresOf(ctx, i, st, true), kind: l.kind, proposes: l.proposes, weight: GOLD_WEIGHT });
      });
    });
  }
  return out;
}

function goldLabeller(g: Gold): (key: string) => { kind: number; proposes: number } | null {
  const ks = (xs: string[]) => new Set(xs.map(nameKey));
  const models = ks(g.models);
  const datasets = ks(g.datasets);
  const methods = ks([...g.methods_core, ...g.proposes]);
  const optional = ks(g.methods_optional);
  const proposes = ks(g.proposes);
  return (key) => {
    const pr = proposes.has(key) ? 1 : 0;
    if (models.has(key)) return { kind: MODEL, proposes: pr };
    if (datasets.has(key)) return { kind: DATASET, proposes: pr };
    if (methods.has(key)) return { kind: METHOD, proposes: pr };
    if (optional.has(key)) return null;
    return { kind: NONE, proposes: 0 };
  };
}

const sets = goldSets();
// gold training papers: dev and tune1, in FOLDS folds; each fold's thresholds are read from a model trained without it
const tuning = [sets.dev, ...(sets.tune1 ? [sets.tune1] : [])];
const goldByFold = [...Array(FOLDS).keys()].map((f) => tuning.flatMap((set) => goldExamples(set, f)));
const goldTrain = goldByFold.flat();
const goldHeld = [...goldExamples(sets.holdout), ...goldExamples(sets.holdout2)];
log(`gold: ${goldTrain.length} training examples (${tuning.map((t) => t.name).join(' + ')}, ${FOLDS} folds), ${goldHeld.length} held-out (holdout + holdout2)`);

// ---- 3. training
const opts = { classes: CLASSES.length, buckets: 1 << HASH_BITS, epochs: EPOCHS, seed: SEED };
const about =
  'Weights of the learned extraction step (learned/perceptron.ts): averaged perceptrons over hashed features (learned/features.ts), built by `pnpm train` (eval/learn/train.ts). Do not edit by hand.';
const build = (xs: Example[]) => new LinearModel(toModelFile(trainPerceptron(xs, opts), CLASSES, HASH_BITS, KEEP_BUCKETS, about));
const heldModel = build([...train, ...goldTrain]);
function accuracy(name: string, xs: readonly Example[], m: LinearModel): string {
  const conf = CLASSES.map(() => CLASSES.map(() => 0));
  let pOk = 0;
  let pN = 0;
  for (const ex of xs) {
    const s = m.score(ex.features);
    let best = 0;
    for (let k = 1; k < CLASSES.length; k++) if (s[k]! > s[best]!) best = k;
    if (ex.kind >= 0) conf[ex.kind]![best]!++;
    if (ex.proposes >= 0) {
      pN++;
      if ((s[CLASSES.length]! > 0 ? 1 : 0) === ex.proposes) pOk++;
    }
  }
  const total = conf.flat().reduce((a, b) => a + b, 0);
  const right = conf.reduce((a, row, k) => a + row[k]!, 0);
  const per = CLASSES.map((c, k) => {
    const tp = conf[k]![k]!;
    const pred = conf.reduce((a, row) => a + row[k]!, 0);
    const gold = conf[k]!.reduce((a, b) => a + b, 0);
    return `${c} P ${pred ? ((100 * tp) / pred).toFixed(1) : '-'} R ${gold ? ((100 * tp) / gold).toFixed(1) : '-'} (n=${gold})`;
  });
  return `${name}: kind accuracy ${((100 * right) / Math.max(1, total)).toFixed(1)}% of ${total} (${per.join('; ')}); proposes ${((100 * pOk) / Math.max(1, pN)).toFixed(1)}% of ${pN}`;
}
log(accuracy('held-out silver (1 corpus paper in 10)', test, heldModel));
log(accuracy('held-out gold (holdout + holdout2 candidates)', goldHeld, heldModel));

// models without each fold, for out-of-fold thresholds
const foldModels = [...Array(FOLDS).keys()].map((f) => build([...train, ...test, ...goldByFold.filter((_, g) => g !== f).flat()]));
for (let f = 0; f < FOLDS; f++) log(accuracy(`gold fold ${f} (out of fold)`, goldByFold[f]!, foldModels[f]!));

const trained = trainPerceptron([...train, ...test, ...goldTrain], opts);
const modelFile = toModelFile(trained, CLASSES, HASH_BITS, KEEP_BUCKETS, about);
const model = new LinearModel(modelFile);
log(`model: ${modelFile.buckets.length} buckets kept of ${1 << HASH_BITS}`);

// ---- 4. thresholds on dev + tune1, each paper scored by the model trained without its fold
const NEVER: Thresholds = { model: Infinity, dataset: Infinity, method: Infinity, proposes: Infinity };
const runSet = (set: GoldSet, setup: LearnedSetup | null): Scores => scoreSet(set, (d) => extractPaperWith(d, setup)).scores;
const runOutOfFold = (set: GoldSet, t: Thresholds): Scores =>
  scoreSet(set, (d) => extractPaperWith(d, { model: foldModels[foldOf(d.key.slice(6))]!, thresholds: t })).scores;
const rulesOnly = new Map(tuning.map((s) => [s.name, runSet(s, null)]));
const GRID = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 120, 140, 160, 180, 200, 230, 260, 300, 350, 400, 450, 500, 600, 700, 800];
const thresholds: Thresholds = { ...NEVER };
const kindKey = { model: 'models', dataset: 'datasets', method: 'methods' } as const;
for (const kind of ['model', 'dataset', 'method'] as const) {
  let best = { t: Infinity, gain: 0 };
  for (const t of GRID) {
    let gain = 0;
    let ok = true;
    for (const set of tuning) {
      const s = runOutOfFold(set, { ...NEVER, [kind]: t })[kindKey[kind]];
      const r = rulesOnly.get(set.name)![kindKey[kind]];
      const g = s.tp - r.tp - 2 * (s.fp - r.fp);
      if (g < 0 || s.precision < (kind === 'method' ? 0.85 : 0.9)) ok = false;
      gain += g;
    }
    if (ok && gain > best.gain) best = { t, gain };
  }
  thresholds[kind] = best.t;
  log(`threshold ${kind}: ${best.t === Infinity ? 'off (no gain on the tuning sets)' : `${best.t} (out-of-fold gain ${best.gain} = true − 2 × false hits)`}`);
}
{
  let best = { t: Infinity, gain: 0 };
  for (const t of GRID) {
    let gain = 0;
    let ok = true;
    for (const set of tuning) {
      const s = runOutOfFold(set, { ...thresholds, proposes: t }).proposes;
      const r = runOutOfFold(set, thresholds).proposes;
      const g = s.tp - r.tp - 2 * (s.fp - r.fp);
      if (g < 0) ok = false;
      gain += g;
    }
    if (ok && gain > best.gain) best = { t, gain };
  }
  // Shipped off whatever the tuning sets say: at its best threshold (20, out-of-fold gain 2 on dev + tune1) it added
  // more false proposals than true ones on eval/holdout and eval/holdout2 (both below their ratchet floors), so the
  // "proposes" weights are trained and reported but not used until better negatives exist (see the X3 report).
  thresholds.proposes = SHIP_PROPOSES ? best.t : Infinity;
  log(`threshold proposes: ${best.t === Infinity ? 'off (no gain on the tuning sets)' : `${best.t} (out-of-fold gain ${best.gain})`}${SHIP_PROPOSES ? '' : '; shipped off'}`);
}
if (options.explain) {
  // the out-of-fold decisions above a low margin, with their gold reading, for error analysis on dev and tune1
  for (const set of tuning) {
    const byId = new Map(set.gold.map((g) => [g.id, g]));
    const lines: string[] = [];
    for (const p of set.papers) {
      const label = goldLabeller(byId.get(p.id)!);
      const m = foldModels[foldOf(p.id)]!;
      extractPaperWith(docOf(p), null, (ctx, rules) => {
        const st = paperFeatureState(ctx);
        ctx.candidates.forEach((c, i) => {
          if (c.source !== 'coined' || ruleTook(c, ctx.tokenKind, rules) || isRejectedName(c)) return;
          const s = m.score(candidateFeatures(ctx, st, i));
          let k = 1;
          for (let j = 2; j < 4; j++) if (s[j]! > s[k]!) k = j;
          const margin = s[k]! - s[0]!;
          if (margin < 0) return;
          const g = label(c.key);
          lines.push(`${margin.toFixed(0).padStart(5)} ${CLASSES[k]!.padEnd(7)} gold ${(g ? CLASSES[g.kind]! : 'optional').padEnd(8)} ${c.name}  [${p.id}]`);
        });
      });
    }
    console.log(`--- ${set.name}, out of fold, margin ≥ 0:\n` + lines.sort((a, b) => Number(b.slice(0, 5)) - Number(a.slice(0, 5))).join('\n'));
  }
}
for (const set of tuning) {
  console.log(formatScores(`${set.name} rules`, rulesOnly.get(set.name)!));
  console.log(formatScores(`${set.name} +learned, out of fold`, runOutOfFold(set, thresholds)));
}
const finite = (x: number) => (x === Infinity ? OFF : x); // JSON has no Infinity
modelFile.thresholds = { model: finite(thresholds.model), dataset: finite(thresholds.dataset), method: finite(thresholds.method), proposes: finite(thresholds.proposes) };

// ---- report: what changed
const oldModel = existsSync(MODEL_PATH) ? (JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ModelFile) : null;
const oldSetup: LearnedSetup | null = oldModel?.thresholds ? { model: new LinearModel(oldModel), thresholds: oldModel.thresholds } : null;
const newSetup: LearnedSetup = { model, thresholds: modelFile.thresholds };
for (const set of [sets.dev, ...(sets.tune1 ? [sets.tune1] : []), sets.holdout, sets.holdout2]) {
  // (dev and tune1 are in the shipped model's training: their numbers here are not held out; see the out-of-fold ones)
  console.log(formatScores(`${set.name} rules`, runSet(set, null)));
  console.log(formatScores(`${set.name} +learned`, runSet(set, newSetup)));
}
const names = (ms: Mention[]) => new Set(ms.map((m) => `${m.kind}:${m.label}${m.relation === 'proposes' ? ' (proposes)' : ''}`));
const before = scoreSet(sets.dev, (d) => extractPaperWith(d, oldSetup)).byId;
const after = scoreSet(sets.dev, (d) => extractPaperWith(d, newSetup)).byId;
const gained: string[] = [];
const lost: string[] = [];
for (const [id, ms] of after) {
  const a = names(ms);
  const b = names(before.get(id) ?? []);
  for (const x of a) if (!b.has(x)) gained.push(`${id} ${x}`);
  for (const x of b) if (!a.has(x)) lost.push(`${id} ${x}`);
}
console.log(`dev entities gained against the previous shipped model (${gained.length}): ${gained.join('; ') || '—'}`);
console.log(`dev entities lost (${lost.length}): ${lost.join('; ') || '—'}`);

// top features per class
for (let k = 1; k <= CLASSES.length; k++) {
  const rows = modelFile.buckets.map((b, i) => ({ b, w: modelFile.weights[i * (CLASSES.length + 1) + k]! - (k < CLASSES.length ? modelFile.weights[i * (CLASSES.length + 1)]! : 0) }));
  rows.sort((a, b) => b.w - a.w || a.b - b.b);
  console.log(`top features for ${k < CLASSES.length ? CLASSES[k] : 'proposes'}: ${rows.slice(0, 12).map((r) => `${sampleStrings.get(r.b) ?? '#' + r.b} ${r.w.toFixed(1)}`).join(', ')}`);
}

const write = (path: string, obj: unknown) => {
  const text = JSON.stringify(obj) + '\n';
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, text);
  console.log(`${path.includes('packages/') ? path.slice(path.indexOf('packages/')) : path}: ${old.length} → ${text.length} bytes${old === text ? ' (unchanged)' : ''}`);
};
write(STATS_PATH, statsFile);
write(MODEL_PATH, modelFile);

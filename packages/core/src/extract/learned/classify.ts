/**
 * The learned step of extraction: classifies the candidate names no rule took, with the shipped weights (model.json)
 * and corpus statistics (corpus-stats.json), both rebuilt by `pnpm train` (eval/learn/train.ts). It only adds
 * mentions the rules were silent on, and only above the thresholds chosen on the tuning sets. Pure and synchronous.
 */
import { LinearModel, OFF, type ModelFile, type Thresholds } from './perceptron.ts';
import { loadStats, type CorpusStatsFile, type StatCounts } from './stats.ts';
import { BucketSink, paperFeatureState, writeFeatures, NONE, type FeatureContext } from './features.ts';
import modelFile from './model.json' with { type: 'json' };
import statsFile from './corpus-stats.json' with { type: 'json' };

const SHIPPED_MODEL = new LinearModel(modelFile as ModelFile);
const SHIPPED_STATS = loadStats(statsFile as CorpusStatsFile);
/** A model shipped without thresholds adds nothing. */
const NEVER: Thresholds = { model: OFF, dataset: OFF, method: OFF, proposes: OFF };
const SHIPPED_THRESHOLDS: Thresholds = (modelFile as ModelFile).thresholds ?? NEVER;

/** Where corpus statistics are read from: the shipped file, unless {@link withCorpusStats} runs. */
let statsSource: (key: string) => StatCounts | undefined = (key) => SHIPPED_STATS.get(key);

/** Counts of a name key in the corpus statistics (the shipped ones, or those of {@link withCorpusStats}). */
export function shippedStats(key: string): StatCounts | undefined {
  return statsSource(key);
}

/**
 * Runs `fn` with other corpus statistics in place of the shipped ones, then restores them (even on a throw). For
 * `pnpm train`: the statistics it has just computed (leave-one-out for a gold paper) must decide, not the file it is
 * about to replace, or a second run would not give the same bytes. Synchronous, like extraction.
 */
export function withCorpusStats<T>(stats: (key: string) => StatCounts | undefined, fn: () => T): T {
  const previous = statsSource;
  statsSource = stats;
  try {
    return fn();
  } finally {
    statsSource = previous;
  }
}

export interface LearnedSetup {
  model: LinearModel;
  thresholds: Thresholds;
}

export const SHIPPED: LearnedSetup = { model: SHIPPED_MODEL, thresholds: SHIPPED_THRESHOLDS };

export interface Decision {
  /** Index in ctx.candidates. */
  index: number;
  /** MODEL, DATASET or METHOD (features.ts). */
  kind: number;
  /** Score of the kind minus the score of "none". */
  margin: number;
  proposes: boolean;
  proposesScore: number;
}

/** Buffers reused from candidate to candidate (one paper at a time, synchronously). */
const SINK = new BucketSink();
let SCORES = new Float64Array(8);

/** Scores of one candidate: the best kind other than none, its margin over none, and the proposes score. */
export function scoreCandidate(model: LinearModel, features: ArrayLike<number>, n = features.length): { kind: number; margin: number; proposesScore: number } {
  const C = model.classes.length;
  if (SCORES.length < C + 1) SCORES = new Float64Array(C + 1);
  const s = SCORES;
  model.scoreInto(features, n, s);
  let kind = 1;
  for (let k = 2; k < C; k++) if (s[k]! > s[kind]!) kind = k;
  return { kind, margin: s[kind]! - s[NONE]!, proposesScore: s[C]! };
}

/** Can the setup accept anything (is any kind's threshold below OFF)? */
export function isActive(setup: LearnedSetup): boolean {
  const t = setup.thresholds;
  return Math.min(t.model, t.dataset, t.method) < OFF;
}

/** The accepted decisions for candidates `indices` of a paper (in their order). */
export function classifyCandidates(ctx: FeatureContext, indices: readonly number[], setup: LearnedSetup = SHIPPED): Decision[] {
  const out: Decision[] = [];
  if (indices.length === 0) return out;
  const t = setup.thresholds;
  const min = Math.min(t.model, t.dataset, t.method);
  if (min >= OFF) return out;
  const st = paperFeatureState(ctx);
  for (const i of indices) {
    SINK.n = 0;
    writeFeatures(ctx, st, i, SINK);
    const { kind, margin, proposesScore } = scoreCandidate(setup.model, SINK.buckets, SINK.n);
    const need = kind === 1 ? t.model : kind === 2 ? t.dataset : t.method;
    if (need >= OFF || margin < need) continue;
    out.push({ index: i, kind, margin, proposes: t.proposes < OFF && proposesScore >= t.proposes, proposesScore });
  }
  return onePerName(ctx, out);
}

/**
 * One decision per name in a paper: where occurrences of one name were read as different kinds, the most confident
 * reading wins (the first in the text on a tie), and its occurrences of other kinds are dropped.
 */
function onePerName(ctx: FeatureContext, ds: Decision[]): Decision[] {
  if (ds.length < 2) return ds;
  const best = new Map<string, Decision>();
  for (const d of ds) {
    const k = ctx.candidates[d.index]!.key;
    const b = best.get(k);
    if (!b || d.margin > b.margin) best.set(k, d);
  }
  return ds.filter((d) => d.kind === best.get(ctx.candidates[d.index]!.key)!.kind);
}

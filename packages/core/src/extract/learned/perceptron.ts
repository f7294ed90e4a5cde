/**
 * Averaged perceptrons over hashed features (features.ts): a multiclass one for the kind (none / model / dataset /
 * method) and a binary one for "the paper proposes it". Training is deterministic (the caller gives the examples in a
 * fixed order; the shuffle uses a seeded generator) and pure; the trained weights are pruned, rounded and shipped as
 * JSON (model.json), read back by {@link LinearModel}. Plain TypeScript, so the viewer can run it too.
 */
import { seededRandom } from '../../cluster/random.ts';

export interface Example {
  /** Feature buckets (repeats count twice). */
  features: readonly number[];
  /** Class index of the kind, or -1 when only the proposal decision is known. */
  kind: number;
  /** 1: proposed by the paper, 0: not, -1: unknown. */
  proposes: number;
  /** How much one mistake on it counts (hand-annotated papers weigh more than silver ones). */
  weight: number;
}

/** Seeded generator (mulberry32, shared with clustering and layout): the same seed gives the same shuffle everywhere. */
export { seededRandom };

/** The weights of a trained model: for each kept bucket, one weight per class and one for "proposes". */
export interface ModelFile {
  about: string;
  hashBits: number;
  classes: readonly string[];
  /** Bucket ids, increasing. */
  buckets: number[];
  /** Flat rows: for bucket i, weights[i * (classes + 1) + k] is class k's weight, the last of the row the proposes weight. */
  weights: number[];
  /** Decision thresholds on the margins, chosen on the tuning sets by `pnpm train` (absent: nothing is accepted). */
  thresholds?: Thresholds;
}

/** A threshold no margin reaches: the decision is off (JSON has no Infinity). */
export const OFF = 1e9;

/** The margin a decision needs: per kind (score of the kind minus score of "none"), and the proposes score. */
export interface Thresholds {
  model: number;
  dataset: number;
  method: number;
  proposes: number;
}

export interface TrainOptions {
  classes: number;
  buckets: number;
  epochs: number;
  seed: number;
}

/**
 * Trains both perceptrons; returns averaged weights, dense: kind[b * classes + k] and proposes[b].
 */
export function trainPerceptron(examples: readonly Example[], opt: TrainOptions): { kind: Float64Array; proposes: Float64Array } {
  const C = opt.classes;
  const w = new Float64Array(opt.buckets * C);
  const u = new Float64Array(opt.buckets * C); // sum of step × update, for averaging
  const pw = new Float64Array(opt.buckets);
  const pu = new Float64Array(opt.buckets);
  const order = examples.map((_, i) => i);
  const rand = seededRandom(opt.seed);
  let step = 1;
  const scores = new Float64Array(C);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      const fs = ex.features;
      if (ex.kind >= 0) {
        scores.fill(0);
        for (const b of fs) for (let k = 0; k < C; k++) scores[k]! += w[b * C + k]!;
        let best = 0;
        for (let k = 1; k < C; k++) if (scores[k]! > scores[best]!) best = k;
        if (best !== ex.kind) {
          const g = ex.weight;
          for (const b of fs) {
            w[b * C + ex.kind]! += g;
            u[b * C + ex.kind]! += g * step;
            w[b * C + best]! -= g;
            u[b * C + best]! -= g * step;
          }
        }
      }
      if (ex.proposes >= 0) {
        let s = 0;
        for (const b of fs) s += pw[b]!;
        const y = ex.proposes === 1 ? 1 : -1;
        if (y * s <= 0) {
          const g = y * ex.weight;
          for (const b of fs) {
            pw[b]! += g;
            pu[b]! += g * step;
          }
        }
      }
      step++;
    }
  }
  const kind = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) kind[i] = w[i]! - u[i]! / step;
  const proposes = new Float64Array(pw.length);
  for (let i = 0; i < pw.length; i++) proposes[i] = pw[i]! - pu[i]! / step;
  return { kind, proposes };
}

/** Rounds to 2 decimals, with no negative zero (so the JSON is the same bytes whatever the float noise). */
function round2(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
}

/**
 * The shipped form of trained weights: the `keep` buckets with the largest weights, in bucket order, scaled so that
 * the median bucket's largest weight is 10 (a perceptron's decisions do not change with the scale; fixing it keeps the
 * thresholds comparable from one training to the next) and rounded.
 */
export function toModelFile(trained: { kind: Float64Array; proposes: Float64Array }, classes: readonly string[], hashBits: number, keep: number, about: string): ModelFile {
  const C = classes.length;
  const n = trained.proposes.length;
  const peak = new Float64Array(n);
  for (let b = 0; b < n; b++) {
    let m = Math.abs(trained.proposes[b]!);
    for (let k = 0; k < C; k++) m = Math.max(m, Math.abs(trained.kind[b * C + k]!));
    peak[b] = m;
  }
  const ranked = [...peak.keys()].filter((b) => peak[b]! > 0).sort((a, b) => peak[b]! - peak[a]! || a - b).slice(0, keep);
  const scale = ranked.length ? 10 / peak[ranked[ranked.length >> 1]!]! : 1;
  ranked.sort((a, b) => a - b);
  const buckets: number[] = [];
  const weights: number[] = [];
  for (const b of ranked) {
    const row: number[] = [];
    for (let k = 0; k < C; k++) row.push(round2(trained.kind[b * C + k]! * scale));
    row.push(round2(trained.proposes[b]! * scale));
    if (row.every((x) => x === 0)) continue;
    buckets.push(b);
    weights.push(...row);
  }
  return { about, hashBits, classes: [...classes], buckets, weights };
}

/**
 * A shipped model, ready to score: a row index per bucket in one dense array (2^hashBits entries, 1 MB at 18 bits), so
 * a feature costs one look-up and the read of its row — a hashed table of the kept buckets needed a probe of its key
 * array first, and those scattered reads were most of the learned step's scoring time.
 */
export class LinearModel {
  readonly classes: readonly string[];
  readonly hashBits: number;
  readonly size: number;
  private readonly width: number;
  /** rowOf[bucket]: offset of the bucket's row in weights, or -1 for a bucket without weights. */
  private readonly rowOf: Int32Array;
  private readonly weights: Float64Array;

  constructor(file: ModelFile) {
    this.classes = file.classes;
    this.hashBits = file.hashBits;
    this.width = file.classes.length + 1;
    const n = file.buckets.length;
    if (n * this.width !== file.weights.length) throw new Error(`model: ${file.weights.length} weights for ${n} buckets of ${this.width}`);
    this.size = n;
    this.weights = Float64Array.from(file.weights);
    this.rowOf = new Int32Array(1 << file.hashBits).fill(-1);
    for (let i = 0; i < n; i++) {
      const b = file.buckets[i]!;
      if (!(b >= 0 && b < this.rowOf.length)) throw new Error(`model: bucket ${b} outside ${file.hashBits} bits`);
      this.rowOf[b] = i * this.width;
    }
  }

  /** Adds the rows of buckets[0, n) into out (class scores, then the proposes score); out is zeroed first. */
  scoreInto(buckets: ArrayLike<number>, n: number, out: Float64Array): void {
    const w = this.width;
    out.fill(0, 0, w);
    const { rowOf, weights } = this;
    for (let f = 0; f < n; f++) {
      const r = rowOf[buckets[f]!]!;
      // (undefined for a bucket past hashBits: no weights, as for -1)
      if (!(r >= 0)) continue;
      for (let c = 0; c < w; c++) out[c]! += weights[r + c]!;
    }
  }

  /** Class scores (one per class) followed by the proposes score. */
  score(features: readonly number[]): number[] {
    const out = new Float64Array(this.width);
    this.scoreInto(features, features.length, out);
    return Array.from(out);
  }
}

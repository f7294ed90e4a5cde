/**
 * Bursts in a share series with Kleinberg's two-state automaton (Kleinberg 2002, "Bursty and hierarchical structure
 * in streams", the batched form for documents arriving in bins; as in CiteSpace). In bin t an entity is named by r[t]
 * of the d[t] papers. State 0 emits at the base rate p0 = Σr / Σd, the burst state at p1 = s · p0 (capped below 1).
 * The cost of bin t in state i is -ln(C(d,r) p_i^r (1-p_i)^(d-r)); entering the burst state costs γ · ln(n) (n bins),
 * leaving it costs nothing. The cheapest state sequence (Viterbi) marks the bursts; a burst's weight is the cost it
 * saves: Σ over its bins of cost(state 0) - cost(state 1).
 */

export interface BurstOptions {
  /** Rate ratio of the burst state to the base state (default 2). */
  s?: number;
  /** Cost of entering the burst state, in units of ln(bins) (default 1). */
  gamma?: number;
}

export const BURST_DEFAULTS: Required<BurstOptions> = { s: 2, gamma: 1 };

export interface Burst {
  /** Index of the first and last bin of the burst. */
  start: number;
  end: number;
  weight: number;
}

/**
 * -ln of the binomial probability of r successes in d trials at rate p (given as ln p and ln(1 - p), made once per
 * series), without the C(d, r) term (equal in both states).
 */
function cost(r: number, d: number, logP: number, logQ: number): number {
  return -(r * logP + (d - r) * logQ);
}

export function kleinbergBursts(counts: readonly number[], totals: readonly number[], options: BurstOptions = {}): Burst[] {
  const { s, gamma } = { ...BURST_DEFAULTS, ...options };
  const n = counts.length;
  const R = counts.reduce((a, b) => a + b, 0);
  const D = totals.reduce((a, b) => a + b, 0);
  if (n === 0 || R === 0 || D === 0 || R >= D) return [];
  const p0 = R / D;
  const p1 = Math.min(s * p0, 0.9999);
  if (p1 <= p0) return [];
  const enter = gamma * Math.log(n);
  const [log0, logNot0, log1, logNot1] = [Math.log(p0), Math.log(1 - p0), Math.log(p1), Math.log(1 - p1)];
  const c0 = (t: number) => (totals[t]! > 0 ? cost(counts[t]!, totals[t]!, log0, logNot0) : 0);
  const c1 = (t: number) => (totals[t]! > 0 ? cost(counts[t]!, totals[t]!, log1, logNot1) : 0);

  // Viterbi over two states; the automaton starts in the base state.
  const best0 = new Float64Array(n);
  const best1 = new Float64Array(n);
  const from0 = new Uint8Array(n); // predecessor state of state 0 at t
  const from1 = new Uint8Array(n);
  best0[0] = c0(0);
  best1[0] = enter + c1(0);
  for (let t = 1; t < n; t++) {
    const stay0 = best0[t - 1]!;
    const down = best1[t - 1]!;
    if (stay0 <= down) {
      best0[t] = stay0 + c0(t);
      from0[t] = 0;
    } else {
      best0[t] = down + c0(t);
      from0[t] = 1;
    }
    const up = best0[t - 1]! + enter;
    const stay1 = best1[t - 1]!;
    if (stay1 <= up) {
      best1[t] = stay1 + c1(t);
      from1[t] = 1;
    } else {
      best1[t] = up + c1(t);
      from1[t] = 0;
    }
  }
  const states = new Uint8Array(n);
  states[n - 1] = best1[n - 1]! < best0[n - 1]! ? 1 : 0;
  for (let t = n - 1; t > 0; t--) states[t - 1] = states[t] === 1 ? from1[t]! : from0[t]!;

  const bursts: Burst[] = [];
  for (let t = 0; t < n; t++) {
    if (states[t] !== 1) continue;
    const start = t;
    let weight = 0;
    for (; t < n && states[t] === 1; t++) weight += c0(t) - c1(t);
    bursts.push({ start, end: t - 1, weight });
  }
  return bursts;
}

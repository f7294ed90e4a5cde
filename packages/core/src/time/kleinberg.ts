/**
 * Bursts in a share series with Kleinberg's two-state automaton (Kleinberg 2002, "Bursty and hierarchical structure
 * in streams", the batched form for documents arriving in bins; as in CiteSpace). In bin t an entity is named by r[t]
 * of the d[t] papers. State 0 emits at the base rate p0 = Σr / Σd, the burst state at p1 = s · p0 (capped below 1).
 * The cost of bin t in state i is -ln(C(d,r) p_i^r (1-p_i)^(d-r)); entering the burst state costs γ · ln(n) (n bins),
 * leaving it costs nothing. The cheapest state sequence (Viterbi) marks the bursts, each trimmed to the bins that name
 * the entity at its ends; a burst's weight is the cost it saves: Σ over its bins of cost(state 0) - cost(state 1).
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

// Scratch space reused from call to call: the trends stage runs the automaton once per entity (~77,000 on the 75k
// corpus), and five small arrays per call were a good part of its time.
let scratch = { cost0: new Float64Array(0), cost1: new Float64Array(0), best0: new Float64Array(0), best1: new Float64Array(0), from: new Uint8Array(0) };

function scratchFor(n: number): typeof scratch {
  if (scratch.cost0.length < n) {
    const size = Math.max(n, 2 * scratch.cost0.length);
    scratch = { cost0: new Float64Array(size), cost1: new Float64Array(size), best0: new Float64Array(size), best1: new Float64Array(size), from: new Uint8Array(size) };
  }
  return scratch;
}

/** An option as `{ ...BURST_DEFAULTS, ...options }` reads it (an own key set to undefined stays undefined). */
function option<K extends keyof BurstOptions>(options: BurstOptions, name: K): BurstOptions[K] {
  return Object.hasOwn(options, name) ? options[name] : BURST_DEFAULTS[name];
}

export function kleinbergBursts(counts: readonly number[], totals: readonly number[], options: BurstOptions = {}): Burst[] {
  const s = option(options, 's')!;
  const gamma = option(options, 'gamma')!;
  const n = counts.length;
  let R = 0;
  let D = 0;
  for (let t = 0; t < n; t++) R += counts[t]!;
  for (let t = 0; t < totals.length; t++) D += totals[t]!;
  if (n === 0 || R === 0 || D === 0 || R >= D) return [];
  const p0 = R / D;
  const p1 = Math.min(s * p0, 0.9999);
  if (p1 <= p0) return [];
  const enter = gamma * Math.log(n);
  const log0 = Math.log(p0);
  const logNot0 = Math.log(1 - p0);
  const log1 = Math.log(p1);
  const logNot1 = Math.log(1 - p1);
  // Each bin's cost in either state, made once (the Viterbi pass and the burst weights read them).
  const { cost0: c0, cost1: c1, best0, best1, from } = scratchFor(n);
  for (let t = 0; t < n; t++) {
    const d = totals[t]!;
    if (d > 0) {
      const r = counts[t]!;
      c0[t] = cost(r, d, log0, logNot0);
      c1[t] = cost(r, d, log1, logNot1);
    } else {
      c0[t] = 0;
      c1[t] = 0;
    }
  }

  // Viterbi over two states; the automaton starts in the base state. `from` packs each bin's predecessors: bit 0
  // the state before state 0, bit 1 the state before state 1.
  best0[0] = c0[0]!;
  best1[0] = enter + c1[0]!;
  from[0] = 0;
  for (let t = 1; t < n; t++) {
    const stay0 = best0[t - 1]!;
    const down = best1[t - 1]!;
    let bits = 0;
    if (stay0 <= down) best0[t] = stay0 + c0[t]!;
    else {
      best0[t] = down + c0[t]!;
      bits = 1;
    }
    const up = best0[t - 1]! + enter;
    const stay1 = best1[t - 1]!;
    if (stay1 <= up) {
      best1[t] = stay1 + c1[t]!;
      bits |= 2;
    } else best1[t] = up + c1[t]!;
    from[t] = bits;
  }
  // The states, back from the end, into `best0` (no longer needed) as 0 or 1.
  const states = best0;
  let state = best1[n - 1]! < best0[n - 1]! ? 1 : 0;
  for (let t = n - 1; t > 0; t--) {
    const previous = state === 1 ? (from[t]! >> 1) & 1 : from[t]! & 1;
    states[t] = state;
    state = previous;
  }
  states[0] = state;

  const bursts: Burst[] = [];
  for (let t = 0; t < n; t++) {
    if (states[t] !== 1) continue;
    let start = t;
    while (t < n && states[t] === 1) t++;
    let end = t - 1;
    // A burst starts and ends on bins that name the entity: an empty bin costs nothing in either state, so the
    // cheapest path may enter the burst in the empty months before a first paper (after a gap in the dates) as well
    // as at it, and a bin whose papers do not name it is no part of a burst at its edge.
    while (start <= end && counts[start] === 0) start++;
    while (end >= start && counts[end] === 0) end--;
    if (start > end) continue;
    let weight = 0;
    for (let u = start; u <= end; u++) weight += c0[u]! - c1[u]!;
    bursts.push({ start, end, weight });
  }
  return bursts;
}

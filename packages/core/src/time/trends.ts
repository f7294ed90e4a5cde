/**
 * Trends: for each model, method and dataset, the papers that name it per time bin, its share of the bin's papers,
 * when it was first seen, its growth and its bursts — "which models are people moving to?", "when did this method
 * take off?". Pure: a graph in, a report out (the `papergraph trends` command prints it; the `trends` pipeline stage
 * stores a summary on the entity nodes).
 */
import type { ForeignGraph } from '../contract/graph.ts';
import { ENTITY_KINDS, type EntityKind } from '../contract/kinds.ts';
import { MENTION_RELATIONS } from '../contract/relations.ts';
import { binOf, binRange, binSpanOf, chooseBins, type AutoBins, type BinChoice, type BinSize } from './bins.ts';
import { arxivIdDate, parseDate, type IsoDate } from './dates.ts';
import { kleinbergBursts, type BurstOptions } from './kleinberg.ts';

export interface TrendOptions {
  /** The bin size, or `auto` (chooseBins: months or years, by the papers' dates); default month. */
  by?: BinChoice;
  kinds?: readonly EntityKind[];
  burst?: BurstOptions;
  /** Bins in the recent window that growth compares with the bins before (default: see recentWindow). */
  recent?: number;
  /**
   * Only these entities (keys of nodes of the kinds asked for): the report's bins and papers are the same, and each
   * entity's trend is the one the whole report gives it — for one entity's panel without every entity's bursts.
   */
  keys?: Iterable<string>;
}

export interface TrendBurst {
  start: string;
  end: string;
  weight: number;
}

export interface EntityTrend {
  key: string;
  label: string;
  kind: string;
  /** Distinct papers per bin, aligned with the report's `bins`. */
  counts: number[];
  total: number;
  firstSeen: string;
  /** (Share in the recent window + overall share) ÷ (share before it + overall share) (see docs/trends.md). */
  growth: number;
  bursts: TrendBurst[];
}

export interface TrendsReport {
  by: BinSize;
  /**
   * Every bin from the first to the last dated paper, empty ones included; a paper dated only to the year, which
   * month and quarter bins cannot place, still stretches them over its whole year (the span is every dated paper's).
   */
  bins: string[];
  /** Dated papers per bin. */
  papers: number[];
  entities: EntityTrend[];
}

/** What `trends` could not place: papers with no date, or a date less precise than the bins. */
export interface TrendsCoverage {
  papers: number;
  undated: number;
  imprecise: number;
}

const MENTIONS = new Set<string>(MENTION_RELATIONS);

/** A paper node's date: its `date`, else its arXiv id's month, else its `year`. */
export function paperDate(attributes: Record<string, unknown>): IsoDate | undefined {
  const date = parseDate(attributes['date']);
  if (date) return date;
  const id = attributes['arxivId'];
  const fromId = typeof id === 'string' ? arxivIdDate(id) : undefined;
  return fromId ?? parseDate(attributes['year']);
}

/** Rounded so that JSON output does not depend on the last bits of floating-point sums. */
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/** The share of dated papers the default recent window holds, and the bins before it hold, at least (when both can). */
export const RECENT_SHARE = 0.25;

/** The most bins a recent window may span: all but one, so that there is something before it to compare with. */
export function maxRecentWindow(bins: number): number {
  return Math.max(1, bins - 1);
}

/**
 * Bins in the recent window that growth compares with the bins before: `recent` when given (at most all bins but
 * one), else chosen by papers, not bins: the fewest last bins that hold a quarter of the dated papers, but never so
 * many that the bins before them hold less than a quarter — then the most last bins that leave a quarter before
 * them. At least one bin, never all of them when there are two or more. So a few stray early papers (one in 2022,
 * one in 2024, then 3,000 in two months of 2025) neither make the window "the whole corpus but two papers" nor leave
 * nothing to compare: the last month is compared with the one before.
 */
export function recentWindow(papers: readonly number[], recent?: number): number {
  const bins = papers.length;
  const most = maxRecentWindow(bins);
  if (recent !== undefined) return Math.min(most, Math.max(1, recent));
  const total = papers.reduce((a, b) => a + b, 0);
  const share = RECENT_SHARE * total;
  // held[w]: papers in the last w bins.
  let window = 1;
  let held = papers[bins - 1] ?? 0;
  while (window < most && held < share) held += papers[bins - 1 - window++]!;
  // Shrink while the bins before hold less than a quarter (a window of one is always allowed).
  while (window > 1 && total - held < share) held -= papers[bins - window--]!;
  return window;
}

/**
 * Growth of the share r/d in the last `window` bins over the bins before, both shares raised by the entity's overall
 * share p: (recent + p) / (earlier + p). A steady entity has growth 1; one that doubled its share, about 1.5 to 2;
 * a brand-new one stays finite (at most 1 + all papers / recent papers); 1 when there is nothing before to compare.
 */
/** values[from] + … + values[to - 1] (module level: a closure made per call costs more than the loop on 77k entities). */
function sumOf(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i]!;
  return total;
}

function shareOf(counts: readonly number[], papers: readonly number[], from: number, to: number): number {
  return sumOf(counts, from, to) / Math.max(1, sumOf(papers, from, to));
}

/**
 * A growth as text, `digits` decimals rounded down, with its ×: 1.495 reads "1.49×", never the "1.50×" of the Rising
 * threshold it does not reach (the CLI and the viewer print growth this one way).
 */
export function growthText(growth: number, digits = 2): string {
  const scale = 10 ** digits;
  // (the epsilon keeps a value like 1.15, stored as 1.1499…, at 1.15)
  return `${(Math.floor(growth * scale + 1e-9) / scale).toFixed(digits)}×`;
}

export function growthOf(counts: readonly number[], papers: readonly number[], window: number): number {
  const split = counts.length - window;
  if (split <= 0) return 1;
  const overall = sumOf(counts, 0, counts.length) / Math.max(1, sumOf(papers, 0, papers.length));
  if (overall === 0) return 1;
  return round((shareOf(counts, papers, split, counts.length) + overall) / (shareOf(counts, papers, 0, split) + overall));
}

/**
 * The G statistic (log-likelihood ratio) of an entity's papers in the recent window against the bins before: `recent`
 * of `recentPapers` papers against `earlier` of `earlierPapers`, the 2×2 table of (naming it, not) × (recent,
 * before). 0 for equal shares; 3.84 and more is a change that chance gives less than one time in twenty (χ², 1 degree
 * of freedom): 6 papers of 2,400 after 2 of 2,600 is 2.3, chance; 60 after 20 is 22.
 */
export function changeG(recent: number, recentPapers: number, earlier: number, earlierPapers: number): number {
  const a = recent;
  const b = Math.max(0, recentPapers - recent);
  const c = earlier;
  const d = Math.max(0, earlierPapers - earlier);
  const n = a + b + c + d;
  if (n === 0) return 0;
  const term = (observed: number, row: number, column: number) => (observed > 0 ? observed * Math.log((observed * n) / (row * column)) : 0);
  const g = 2 * (term(a, a + b, a + c) + term(b, a + b, b + d) + term(c, c + d, a + c) + term(d, c + d, b + d));
  return g > 0 ? round(g) : 0;
}

/** G from which a change in share counts (p < 0.05): below it, rising or fading is what chance gives small counts. */
export const SIGNIFICANT_G = 3.84;

/** What `trends` gives: the report, what its bins leave out and, for `by: 'auto'`, why the bins are what they are. */
export interface TrendsResult {
  report: TrendsReport;
  coverage: TrendsCoverage;
  autoBins?: AutoBins;
}

/**
 * The trends of a graph's entities. The bins are chosen (chooseBins, `autoBins`) only for `by: 'auto'`: the viewer
 * asks for one entity's trend at a time, in the bins its timeline chose.
 */
export function trends(graph: ForeignGraph, options: TrendOptions & { by: 'auto' }): TrendsResult & { autoBins: AutoBins };
export function trends(graph: ForeignGraph, options?: TrendOptions): TrendsResult;
export function trends(graph: ForeignGraph, options: TrendOptions = {}): TrendsResult {
  const kinds = new Set<string>(options.kinds ?? ENTITY_KINDS);
  const coverage: TrendsCoverage = { papers: 0, undated: 0, imprecise: 0 };
  const dates = new Map<string, IsoDate>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'paper' || attributes['stub'] === true) return;
    coverage.papers++;
    const date = paperDate(attributes);
    if (date) dates.set(key, date);
    else coverage.undated++;
  });
  const autoBins = options.by === 'auto' ? chooseBins(dates.values()) : undefined;
  const by: BinSize = autoBins?.by ?? (options.by === undefined || options.by === 'auto' ? 'month' : options.by);
  const paperBin = new Map<string, string>();
  let first: string | undefined;
  let last: string | undefined;
  let imprecise: [string, string] | undefined;
  for (const [key, date] of dates) {
    const bin = binOf(date, by);
    if (bin === undefined) {
      coverage.imprecise++;
      const [start, end] = binSpanOf(date, by);
      imprecise = imprecise ? [start < imprecise[0] ? start : imprecise[0], end > imprecise[1] ? end : imprecise[1]] : [start, end];
      continue;
    }
    paperBin.set(key, bin);
    if (first === undefined || bin < first) first = bin;
    if (last === undefined || bin > last) last = bin;
  }
  if (first === undefined || last === undefined) return { report: { by, bins: [], papers: [], entities: [] }, coverage, ...(autoBins ? { autoBins } : {}) };
  if (imprecise) {
    if (imprecise[0] < first) first = imprecise[0];
    if (imprecise[1] > last) last = imprecise[1];
  }
  const bins = binRange(first, last, by);
  const index = new Map(bins.map((bin, i) => [bin, i]));
  const papers = new Array<number>(bins.length).fill(0);
  // Each dated paper's bin index, and the last entity that counted it (one look-up per link, no set per entity).
  const paperOf = new Map<string, { bin: number; counted: number }>();
  for (const [paper, bin] of paperBin) {
    const at = index.get(bin)!;
    papers[at]!++;
    paperOf.set(paper, { bin: at, counted: -1 });
  }
  const window = recentWindow(papers, options.recent);

  const entities: EntityTrend[] = [];
  let entityIndex = 0;
  // The entity being counted: one in-edge visitor for all of them (a closure per entity cost more than its work).
  let self = -1;
  let total = 0;
  let counts: number[] = [];
  const countPaper = (_edge: string, edge: { relation: string }, source: string): void => {
    if (!MENTIONS.has(edge.relation)) return;
    const paper = paperOf.get(source);
    if (paper === undefined || paper.counted === self) return;
    paper.counted = self;
    total++;
    counts[paper.bin]!++;
  };
  const entityTrend = (key: string, attributes: Record<string, unknown> & { kind: string; label: string }): void => {
    if (!kinds.has(attributes.kind)) return;
    self = entityIndex++;
    total = 0;
    counts = new Array<number>(bins.length).fill(0);
    graph.forEachInEdge(key, countPaper);
    if (total === 0) return;
    let first = 0;
    while (counts[first] === 0) first++;
    const found = kleinbergBursts(counts, papers, options.burst);
    const bursts: TrendBurst[] = new Array<TrendBurst>(found.length);
    for (let i = 0; i < found.length; i++) {
      const burst = found[i]!;
      bursts[i] = { start: bins[burst.start]!, end: bins[burst.end]!, weight: round(burst.weight, 2) };
    }
    entities.push({
      key,
      label: attributes.label,
      kind: attributes.kind,
      counts,
      total,
      firstSeen: bins[first]!,
      growth: growthOf(counts, papers, window),
      bursts,
    });
  };
  if (options.keys === undefined) graph.forEachNode(entityTrend);
  else for (const key of new Set(options.keys)) if (graph.hasNode(key)) entityTrend(key, graph.getNodeAttributes(key));
  // Code-point order for ties, as everywhere in papergraph's outputs.
  entities.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { report: { by, bins, papers, entities }, coverage, ...(autoBins ? { autoBins } : {}) };
}

/** The bin with the most papers (the first of equals). */
export function peakOf(trend: EntityTrend, bins: readonly string[]): string {
  let best = 0;
  for (let i = 1; i < trend.counts.length; i++) if (trend.counts[i]! > trend.counts[best]!) best = i;
  return bins[best]!;
}

import { binOf, counted, paperDate, trends, yearOf, type AutoBins, type BinSize } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';

/**
 * The timeline under the map: dated papers per bin (core's `trends` bins with `by: 'auto'`: months, or years when
 * many papers are dated only to the year or the months span too long; every bin from the first to the last dated
 * paper, empty ones included), and where each paper falls, so a date range can hide what lies outside it. Dates are
 * core's (`paperDate`: a paper's `date`, else its arXiv id's month, else its `year`); nothing is guessed.
 */
export interface Timeline {
  /** Months or years, as core's `chooseBins` decides for the graph's dates (`auto` says why). */
  by: Extract<BinSize, 'month' | 'year'>;
  auto: AutoBins;
  bins: string[];
  /** Dated papers per bin, aligned with `bins`. */
  papers: number[];
  /** Each paper placed in a bin → the bin's index. */
  paperBin: ReadonlyMap<string, number>;
  /** Month timelines: papers dated only to the year (not in the histogram) → their year. */
  yearOnly: ReadonlyMap<string, string>;
  /** Papers with no date at all. */
  undated: number;
}

/** Dates in the URL and the brush: `from` and `to` are bins of the timeline's size, inclusive; null is an open end. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

const MONTH_BIN = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR_BIN = /^\d{4}$/;

/** A bin as the URL may carry it: `2025-03` or `2025`. */
export function isBin(value: string, by?: 'month' | 'year'): boolean {
  if (by === 'month') return MONTH_BIN.test(value);
  if (by === 'year') return YEAR_BIN.test(value);
  return MONTH_BIN.test(value) || YEAR_BIN.test(value);
}

/**
 * A date range with `from` not after `to` (swapped if need be); null when nothing in it can be read. An end that is
 * given but no bin (`2025-13`) makes the whole range unreadable rather than open on that side, which would show
 * more than the link meant. Ends of different sizes (`from=2025&to=2025-03`) are read in months: a year is its
 * first month as a start, its last as an end.
 */
export function normalizeRange(from: string | null, to: string | null): DateRange | null {
  const start = from === null || from === '' ? null : from;
  const end = to === null || to === '' ? null : to;
  if ((start !== null && !isBin(start)) || (end !== null && !isBin(end))) return null;
  if (start === null && end === null) return null;
  if (start === null || end === null) return { from: start, to: end };
  const [first, last] = monthsOf(start, 'from') <= monthsOf(end, 'to') ? [start, end] : [end, start];
  if (first.length === last.length) return { from: first, to: last };
  return { from: monthsOf(first, 'from'), to: monthsOf(last, 'to') };
}

/** A bin as a month: a year is its first month as a start, its last as an end. */
function monthsOf(bin: string, edge: 'from' | 'to'): string {
  return isBin(bin, 'year') ? `${bin}-${edge === 'from' ? '01' : '12'}` : bin;
}

/**
 * A range in bins of the timeline's size: a link made on a graph of the other size is read in this one's (years
 * `2025`–`2025` on a month timeline are `2025-01`–`2025-12`; months `2025-03`–`2025-09` on a year timeline are
 * `2025`–`2025`); null when an end is no bin at all.
 */
export function rangeIn(range: DateRange, by: 'month' | 'year'): DateRange | null {
  const convert = (end: string | null, edge: 'from' | 'to'): string | null | undefined => {
    if (end === null || isBin(end, by)) return end;
    if (by === 'month' && isBin(end, 'year')) return `${end}-${edge === 'from' ? '01' : '12'}`;
    if (by === 'year' && isBin(end, 'month')) return end.slice(0, 4);
    return undefined;
  };
  const from = convert(range.from, 'from');
  const to = convert(range.to, 'to');
  if (from === undefined || to === undefined) return null;
  return from === range.from && to === range.to ? range : { from, to };
}

export function sameRange(a: DateRange | null, b: DateRange | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

/** The graph's timeline, or null when no paper has a date (the timeline is then not shown). */
export function buildTimeline(graph: ViewerGraph): Timeline | null {
  // Core's own bins and counts (no entity is counted with `kinds: []`), so the histogram is `papergraph trends`'s.
  const { report, coverage, autoBins } = trends(graph, { by: 'auto', kinds: [] });
  const by = autoBins.by;
  if (report.bins.length === 0) return null;
  const index = new Map(report.bins.map((bin, i) => [bin, i]));
  const paperBin = new Map<string, number>();
  const yearOnly = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    // As core's trends: stubs (papers known only as references) are not papers of the graph's own listing.
    if (attributes.kind !== 'paper' || attributes['stub'] === true) return;
    const date = paperDate(attributes);
    if (date === undefined) return;
    const bin = binOf(date, by);
    if (bin === undefined) yearOnly.set(key, String(yearOf(date)));
    else paperBin.set(key, index.get(bin)!);
  });
  return { by, auto: autoBins, bins: report.bins, papers: report.papers, paperBin, yearOnly, undated: coverage.undated };
}

/**
 * How precise the bins are, for the strip: `per month` or `per year`, and why (the counts behind core's choice), so
 * a reader knows what a bar is and where papers dated only to the year went.
 */
export function binsNote(timeline: Timeline): { text: string; title: string } {
  const { auto } = timeline;
  const dated = counted(auto.dated, 'dated paper');
  if (timeline.by === 'month') {
    const title = [`Bars are months: ${(auto.dated - auto.yearOnly).toLocaleString('en')} of ${dated} have a month`];
    if (auto.yearOnly > 0) title.push(`${counted(auto.yearOnly, 'paper')} dated only to the year ${auto.yearOnly === 1 ? 'is' : 'are'} not in the bars; a range keeps ${auto.yearOnly === 1 ? 'it' : 'them'} when it covers the whole year`);
    return { text: 'per month', title: title.join('; ') };
  }
  const why =
    auto.reason === 'year-only'
      ? `${auto.yearOnly.toLocaleString('en')} of ${dated} ${auto.yearOnly === 1 ? 'is' : 'are'} dated only to the year`
      : auto.reason === 'long-span'
        ? `the papers dated to the month span ${counted(Math.ceil(auto.spanMonths / 12), 'year')}`
        : 'no paper is dated to the month';
  return { text: auto.yearOnly > 0 ? `per year (${auto.yearOnly.toLocaleString('en')} dated to the year only)` : 'per year', title: `Bars are years, as ${why}: each of the ${dated} counts in its year` };
}

/** The first and last bin index a range covers on this timeline (clamped to it); null when it covers none. */
export function rangeIndices(timeline: Timeline, range: DateRange | null): [number, number] | null {
  const { bins } = timeline;
  if (range === null) return [0, bins.length - 1];
  let first = 0;
  while (first < bins.length && range.from !== null && bins[first]! < range.from) first++;
  let last = bins.length - 1;
  while (last >= 0 && range.to !== null && bins[last]! > range.to) last--;
  return first <= last ? [first, last] : null;
}

/** The range covering bins `first`…`last` of the timeline. */
export function rangeOf(timeline: Timeline, first: number, last: number): DateRange {
  const [a, b] = first <= last ? [first, last] : [last, first];
  const clamp = (i: number) => Math.min(timeline.bins.length - 1, Math.max(0, i));
  return { from: timeline.bins[clamp(a)]!, to: timeline.bins[clamp(b)]! };
}

/**
 * Whether a paper is in the range. A paper dated only to the year is in it when its whole year is (its month is not
 * known, so it is never guessed to be inside); a paper without a date is in no range.
 */
export function paperInRange(timeline: Timeline, paper: string, range: DateRange): boolean {
  const index = timeline.paperBin.get(paper);
  if (index !== undefined) {
    const bin = timeline.bins[index]!;
    return (range.from === null || bin >= range.from) && (range.to === null || bin <= range.to);
  }
  const year = timeline.yearOnly.get(paper);
  return year !== undefined && yearInRange(year, range);
}

/** How many papers the range keeps (all papers, the undated included, without a range). */
export function papersInRange(timeline: Timeline, range: DateRange | null): number {
  let count = 0;
  const span = rangeIndices(timeline, range);
  if (span) for (let i = span[0]; i <= span[1]; i++) count += timeline.papers[i]!;
  if (range === null) return count + timeline.yearOnly.size + timeline.undated;
  for (const paper of timeline.yearOnly.keys()) if (paperInRange(timeline, paper, range)) count++;
  return count;
}

/** Where the papers of each node lie on a timeline: read once per graph, for every range and for colouring by date. */
interface PaperLinks {
  /** The graph's own papers (stubs excluded). */
  papers: string[];
  /**
   * Nodes linked to at least one paper: entities, authors, and stubs (works known only as references, with no date of
   * their own: they stay while a paper citing them does).
   */
  linked: string[];
  stubs: Set<string>;
  /** Such a node → the bin index of each of its papers placed in a bin, sorted (one entry per paper). */
  bins: Map<string, Int32Array>;
  /** Such a node → the year of each of its papers dated only to the year (month timelines). */
  years: Map<string, string[]>;
}

// One per timeline (so per loaded graph) and number of links: a pass over every node's neighbours costs seconds on
// the 75k-paper corpus, which a replay step cannot pay each month; a big graph opened from its view file gets its
// links after the first frame (the timeline, made from the papers' dates, stays), and they are read again then.
const paperLinksOf = new WeakMap<Timeline, { links: number; nodes: number; found: PaperLinks }>();

function paperLinks(graph: ViewerGraph, timeline: Timeline): PaperLinks {
  const known = paperLinksOf.get(timeline);
  if (known && known.links === graph.size && known.nodes === graph.order) return known.found;
  const links: PaperLinks = { papers: [], linked: [], stubs: new Set(), bins: new Map(), years: new Map() };
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'paper' && attributes['stub'] !== true) {
      links.papers.push(key);
      return;
    }
    if (attributes.kind === 'paper') links.stubs.add(key);
    const bins: number[] = [];
    const years: string[] = [];
    let linked = false;
    graph.forEachNeighbor(key, (neighbour, neighbourAttributes) => {
      if (neighbourAttributes.kind !== 'paper') return;
      linked = true;
      const index = timeline.paperBin.get(neighbour);
      if (index !== undefined) bins.push(index);
      const year = timeline.yearOnly.get(neighbour);
      if (year !== undefined) years.push(year);
    });
    if (!linked) return;
    links.linked.push(key);
    if (bins.length > 0) links.bins.set(key, Int32Array.from(bins).sort());
    if (years.length > 0) links.years.set(key, years);
  });
  paperLinksOf.set(timeline, { links: graph.size, nodes: graph.order, found: links });
  return links;
}

/** Whether a sorted list holds a value from `low` to `high` (binary search for the first value ≥ low). */
function holdsBetween(sorted: Int32Array, low: number, high: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < low) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= high;
}

function yearInRange(year: string, range: DateRange): boolean {
  return (range.from === null || `${year}-01` >= range.from) && (range.to === null || `${year}-12` <= range.to);
}

/**
 * What a date range hides: the papers outside it, and the entities, authors and cited stubs whose papers are all
 * outside it (a node linked to no paper at all is not the range's business and stays). Empty without a range.
 */
export function hiddenByDate(graph: ViewerGraph, timeline: Timeline | null, range: DateRange | null): Set<string> {
  const hidden = new Set<string>();
  if (range === null || timeline === null) return hidden;
  const links = paperLinks(graph, timeline);
  for (const paper of links.papers) if (!paperInRange(timeline, paper, range)) hidden.add(paper);
  const span = rangeIndices(timeline, range);
  for (const node of links.linked) {
    const bins = links.bins.get(node);
    if (bins && span && holdsBetween(bins, span[0], span[1])) continue;
    if (links.years.get(node)?.some((year) => yearInRange(year, range))) continue;
    hidden.add(node);
  }
  return hidden;
}

/**
 * Entities ranked by their papers inside a date range, most first (then by label, code-point order, as core ranks
 * them); entities with none in it are left out. A paper is in the range as on the map (`paperInRange`).
 */
export function rankInRange<T extends { key: string; label: string; papers: readonly { key: string }[] }>(
  entities: readonly T[],
  timeline: Timeline,
  range: DateRange,
): { ranked: T[]; inRange: Map<string, number> } {
  const inRange = new Map<string, number>();
  for (const entity of entities) {
    let count = 0;
    for (const paper of entity.papers) if (paperInRange(timeline, paper.key, range)) count++;
    if (count > 0) inRange.set(entity.key, count);
  }
  const ranked = entities
    .filter((entity) => inRange.has(entity.key))
    .sort((a, b) => inRange.get(b.key)! - inRange.get(a.key)! || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { ranked, inRange };
}

/** The date legend's ends: the palette's first and last bins, and whether papers lie before or after them. */
export function dateLegendOf(timeline: Timeline, grey: GreyByDate | null): { first: string; last: string; before: boolean; after: boolean; grey: GreyByDate | null } {
  const { low, high } = dateScale(timeline);
  return { first: timeline.bins[low]!, last: timeline.bins[high]!, before: low > 0, after: high < timeline.bins.length - 1, grey };
}

/**
 * The nodes colouring by date leaves grey (absent from `datePositions`), by why: `yearOnly`, papers dated only to the
 * year on a timeline of months, and the entities and authors whose dated papers are all such (a year is no place on
 * a month palette); `undated`, every other grey node: papers without a date, cited stubs (their own date is unknown),
 * nodes whose papers have none, nodes linked to no paper.
 */
export interface GreyByDate {
  undated: number;
  yearOnly: number;
}

export function greyByDate(graph: ViewerGraph, timeline: Timeline, positions: ReadonlyMap<string, number>): GreyByDate {
  const links = paperLinks(graph, timeline);
  let yearOnly = 0;
  for (const paper of timeline.yearOnly.keys()) if (graph.hasNode(paper) && !positions.has(paper)) yearOnly++;
  for (const node of links.years.keys()) if (!positions.has(node) && !links.stubs.has(node)) yearOnly++;
  return { undated: graph.order - positions.size - yearOnly, yearOnly };
}

/** Share of the dated papers left out at each end of the date palette (DATE_SCALE_TAIL below the first colour, as many above the last). */
export const DATE_SCALE_TAIL = 0.05;

/**
 * The bins the date palette runs between (indices into `bins`): those of the 5th and 95th percentile of the dated
 * papers, so a few stray early papers (one in 2022, the rest in 2025) do not push every other paper into the last
 * colour; earlier and later papers take the end colours (the legend says ≤ and ≥).
 */
export function dateScale(timeline: Timeline): { low: number; high: number } {
  const total = timeline.papers.reduce((a, b) => a + b, 0);
  const last = timeline.bins.length - 1;
  if (total === 0) return { low: 0, high: last };
  const binAt = (share: number) => {
    let seen = 0;
    for (let i = 0; i <= last; i++) {
      seen += timeline.papers[i]!;
      if (seen > share * total) return i;
    }
    return last;
  };
  return { low: binAt(DATE_SCALE_TAIL), high: binAt(1 - DATE_SCALE_TAIL) };
}

/** A bin index (or a mean of indices) → its place on the date palette, 0 to 1: the map's nodes and the histogram's bars alike. */
export function palettePosition(timeline: Timeline): (index: number) => number {
  const { low, high } = dateScale(timeline);
  return (index) => (high === low ? 0.5 : Math.min(1, Math.max(0, (index - low) / (high - low))));
}

/**
 * Where each node sits on the date palette, from 0 to 1 (dateScale's bins; before and after them 0 and 1), for
 * colouring by date: a paper by its bin, an entity or author by the mean bin of its dated papers (VOSviewer's overlay
 * by average publication year). Nodes without a dated paper (or dated only to the year on a month timeline) are absent.
 */
export function datePositions(graph: ViewerGraph, timeline: Timeline): Map<string, number> {
  const position = palettePosition(timeline);
  const positions = new Map<string, number>();
  for (const [paper, index] of timeline.paperBin) positions.set(paper, position(index));
  const links = paperLinks(graph, timeline);
  for (const [node, bins] of links.bins) {
    // A stub's date is its own, unknown: the papers citing it do not date it.
    if (links.stubs.has(node)) continue;
    let sum = 0;
    for (const index of bins) sum += index;
    positions.set(node, position(sum / bins.length));
  }
  return positions;
}

/**
 * A bar of the histogram: one bin, or a stretch of bins gathered into one bar. A few stray papers far from the rest (4
 * papers of 1998–2010 in a graph of 2025–26, a stray 2022 paper among the 5,000 of spring 2025) stretch the bins
 * over hundreds of empty months and squeeze the real data into a sliver: the sparse stretch before the data (or after
 * it) becomes one *earlier* (or *later*) bar, every paper of it counted, brushable like any bar.
 */
export interface TimelineBar {
  /** First and last bin index it covers (inclusive; equal for a bar of one bin). */
  first: number;
  last: number;
  /** Dated papers in its bins. */
  papers: number;
  /** The gathered sparse stretch before or after the data; null for a bar of one bin. */
  gathered: 'earlier' | 'later' | null;
}

/** Empty bins at least, between a gathered stretch and the data: a gap, not a quiet month inside the data. */
export const GATHER_MIN_GAP = 3;
/** Share of all bins a sparse stretch must span to be gathered: below it, it does not squeeze the data. */
export const GATHER_MIN_BINS_SHARE = 1 / 3;

/**
 * How many leading bins form a sparse stretch to gather (0: none): the longest run of bins holding at most
 * DATE_SCALE_TAIL of the dated papers (the share the date palette leaves at each end), ending with a gap of at least
 * GATHER_MIN_GAP empty bins before a bin with papers, and spanning at least GATHER_MIN_BINS_SHARE of the bins.
 */
function sparseLead(papers: readonly number[]): number {
  const total = papers.reduce((a, b) => a + b, 0);
  const most = DATE_SCALE_TAIL * total;
  let lead = 0;
  let before = 0;
  let gap = 0;
  for (let cut = 1; cut < papers.length; cut++) {
    before += papers[cut - 1]!;
    if (before > most) break;
    gap = papers[cut - 1] === 0 ? gap + 1 : 0;
    if (gap >= GATHER_MIN_GAP && papers[cut]! > 0) lead = cut;
  }
  return lead >= Math.max(GATHER_MIN_GAP, GATHER_MIN_BINS_SHARE * papers.length) ? lead : 0;
}

/** The sparse stretches gathered at each end: bins at the start (`head`) and at the end (`tail`), 0 for none. */
export function sparseTails(papers: readonly number[]): { head: number; tail: number } {
  const head = sparseLead(papers);
  const tail = sparseLead([...papers].reverse());
  return head + tail < papers.length ? { head, tail } : { head: 0, tail: 0 };
}

const barsOf = new WeakMap<Timeline, TimelineBar[]>();

/** The histogram's bars: each bin, but the sparse stretches at either end gathered into one bar each (see sparseTails). */
export function timelineBars(timeline: Timeline): TimelineBar[] {
  const known = barsOf.get(timeline);
  if (known) return known;
  const { papers } = timeline;
  const n = papers.length;
  const { head, tail } = sparseTails(papers);
  const sum = (first: number, last: number) => papers.slice(first, last + 1).reduce((a, b) => a + b, 0);
  const bars: TimelineBar[] = [];
  if (head > 0) bars.push({ first: 0, last: head - 1, papers: sum(0, head - 1), gathered: 'earlier' });
  for (let i = head; i < n - tail; i++) bars.push({ first: i, last: i, papers: papers[i]!, gathered: null });
  if (tail > 0) bars.push({ first: n - tail, last: n - 1, papers: sum(n - tail, n - 1), gathered: 'later' });
  barsOf.set(timeline, bars);
  return bars;
}

/** The bar holding a bin (by index). */
export function barOfBin(bars: readonly TimelineBar[], bin: number): number {
  const index = bars.findIndex((bar) => bin >= bar.first && bin <= bar.last);
  return index === -1 ? (bin < 0 ? 0 : bars.length - 1) : index;
}

/**
 * The ranges a replay shows, one per step: from the range's first bin (the timeline's first without a range), one
 * more bin each step, up to the range's last bin (the timeline's last). A bin without papers adds nothing to the map,
 * so it is no step of its own: its range is shown with the next bin that has papers (a gap of two years between a
 * few early papers and the rest is crossed in one step, not 24 frames of an unchanged map); the papers of a gathered
 * bar (see timelineBars) come in one step, at the last of them; the last step is always the whole range.
 */
export function replaySteps(timeline: Timeline, range: DateRange | null): DateRange[] {
  const span = rangeIndices(timeline, range);
  if (!span) return [];
  const bars = timelineBars(timeline);
  const steps: DateRange[] = [];
  for (let last = span[0]; last <= span[1]; last++) {
    if (timeline.papers[last] === 0 && last < span[1]) continue;
    // A gathered bar is one step: its stray papers come together, at the last of them, as the histogram shows them.
    const bar = bars[barOfBin(bars, last)]!;
    if (bar.gathered !== null && last < span[1]) {
      let later = false;
      for (let i = last + 1; i <= Math.min(bar.last, span[1]); i++) later ||= timeline.papers[i]! > 0;
      if (later) continue;
    }
    steps.push(rangeOf(timeline, span[0], last));
  }
  return steps;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-03` → `Mar 2025`; a year stays as it is. */
export function binLabel(bin: string): string {
  if (!MONTH_BIN.test(bin)) return bin;
  return `${MONTH_NAMES[Number(bin.slice(5, 7)) - 1]} ${bin.slice(0, 4)}`;
}

/** An ISO date as precise as it is: `14 Mar 2025`, `Mar 2025`, `2025`. */
export function dateLabel(date: string): string {
  const day = /^(\d{4}-\d{2})-(\d{2})$/.exec(date);
  return day ? `${Number(day[2])} ${binLabel(day[1]!)}` : binLabel(date);
}

/** The range inside a sentence ("papers …"): `in Mar 2025 – Sep 2025`, `in Mar 2025`, `from Mar 2025 on`, `up to Sep 2025`. */
export function rangePhrase(range: DateRange): string {
  if (range.from !== null && range.to !== null) return `in ${rangeLabel(range)}`;
  if (range.from !== null) return `from ${binLabel(range.from)} on`;
  return `up to ${binLabel(range.to ?? '')}`;
}

/** `Mar 2025 – Sep 2025`, `since Mar 2025`, `until Sep 2025`, or one bin. */
export function rangeLabel(range: DateRange): string {
  if (range.from !== null && range.to !== null) return range.from === range.to ? binLabel(range.from) : `${binLabel(range.from)} – ${binLabel(range.to)}`;
  if (range.from !== null) return `since ${binLabel(range.from)}`;
  return `until ${binLabel(range.to ?? '')}`;
}

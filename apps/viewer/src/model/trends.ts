import { changeG, ENTITY_KINDS, peakOf, plural, recentWindow, trends, trendSections, type EntityKind, type EntityTrend, type TrendsReport } from '@papergraph/core';
import { binLabel } from './timeline.ts';
import type { ViewerGraph } from '../graph/types.ts';
import type { Timeline } from './timeline.ts';

/** One entity over time, as its side panel shows it. */
export interface EntityTimeline {
  bins: readonly string[];
  /** Dated papers per bin (the share's denominator). */
  papers: readonly number[];
  trend: EntityTrend;
  /** The bin with the most papers naming it (the first of equals). */
  peak: string;
}

/** Rising entities of a report (core's section rule, the same as `papergraph trends`), most grown first. */
export function risingEntities(report: TrendsReport, recent = recentWindow(report.papers)): EntityTrend[] {
  return trendSections(report, recent).find((section) => section.name === 'rising')?.rows ?? [];
}

function timelineOf(report: TrendsReport, trend: EntityTrend | undefined): EntityTimeline | null {
  return trend ? { bins: report.bins, papers: report.papers, trend, peak: peakOf(trend, report.bins) } : null;
}

/**
 * The recent window that growth compares with the bins before, in words: `last month` and its bin (`Apr 2025`), `last
 * quarter` (`Feb – Apr 2025`), `last year` (12 months, or one year on a timeline of years), else `last 5 months`.
 */
export function recentWindowWords(bins: readonly string[], window: number, by: 'month' | 'year'): { name: string; span: string } {
  const first = bins[Math.max(0, bins.length - window)] ?? '';
  const last = bins.at(-1) ?? '';
  const name =
    by === 'year'
      ? window === 1
        ? 'last year'
        : `last ${window} years`
      : window === 1
        ? 'last month'
        : window === 3
          ? 'last quarter'
          : window === 12
            ? 'last year'
            : `last ${plural(window, 'month')}`;
  return { name, span: binSpanWords(first, last) };
}

/** `Apr 2025`; `Feb – Apr 2025` within a year; `Nov 2024 – Apr 2025` across one; `2023–2025` for years. */
export function binSpanWords(first: string, last: string): string {
  if (first === last) return binLabel(first);
  if (first.length === 4) return `${first}–${last}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${binLabel(first).slice(0, 3)} – ${binLabel(last)}`;
  return `${binLabel(first)} – ${binLabel(last)}`;
}

/** An entity's papers in the recent window and before it, with the dated papers of each (growth's and G's inputs). */
export interface WindowCounts {
  recent: number;
  before: number;
  recentPapers: number;
  beforePapers: number;
  /** The G statistic of the change (core's `changeG`): Rising needs SIGNIFICANT_G. */
  g: number;
}

export function windowCounts(counts: readonly number[], papers: readonly number[], window: number): WindowCounts {
  const split = Math.max(0, counts.length - window);
  const sum = (values: readonly number[], from: number, to: number) => values.slice(from, to).reduce((a, b) => a + b, 0);
  const recent = sum(counts, split, counts.length);
  const before = sum(counts, 0, split);
  const recentPapers = sum(papers, split, papers.length);
  const beforePapers = sum(papers, 0, split);
  return { recent, before, recentPapers, beforePapers, g: changeG(recent, recentPapers, before, beforePapers) };
}

/** Share of the bin's papers naming the entity, per bin (0 for a bin without papers). */
export function shares(counts: readonly number[], papers: readonly number[]): number[] {
  return counts.map((count, i) => (papers[i]! > 0 ? count / papers[i]! : 0));
}

/** A bin's share as a tooltip gives it: one decimal, "<0.1%" for a share that rounds to 0 but is not (never a "0%" beside a count). */
export function shareText(count: number, papers: number): string {
  if (papers <= 0) return '';
  const tenths = Math.round((count / papers) * 1000) / 10;
  return count > 0 && tenths === 0 ? '<0.1%' : `${tenths}%`;
}

/**
 * Trends of one loaded graph, computed by core's `trends` once per entity kind, when first needed (the Rising tab
 * shows): a pass over every entity's links is too costly to run on each update of a big graph. An entity's panel needs
 * only its own trend: until its kind's report exists, that one entity is computed (the whole kind took 0.8–1.6 s on
 * the first selection in the 75k graph).
 */
export class GraphTrends {
  private readonly reports = new Map<EntityKind, { report: TrendsReport; byKey: Map<string, EntityTrend> }>();
  private readonly single = new Map<string, EntityTimeline | null>();
  private rising: EntityTrend[] | null = null;

  constructor(
    private readonly graph: ViewerGraph,
    readonly timeline: Timeline,
  ) {}

  report(kind: EntityKind): TrendsReport {
    return this.kindReport(kind).report;
  }

  /** How many reports were computed (for tests: once per kind, however often they are read). */
  computedKinds(): number {
    return this.reports.size;
  }

  /** An entity's trend, or null for a node that is not a model, method or dataset or is named by no dated paper. */
  entity(key: string): EntityTimeline | null {
    if (!this.graph.hasNode(key)) return null;
    const kind = this.graph.getNodeAttribute(key, 'kind');
    if (!(ENTITY_KINDS as readonly string[]).includes(kind)) return null;
    const whole = this.reports.get(kind as EntityKind);
    if (whole) return timelineOf(whole.report, whole.byKey.get(key));
    let one = this.single.get(key);
    if (one === undefined) {
      const { report } = trends(this.graph, { by: this.timeline.by, kinds: [kind as EntityKind], keys: [key] });
      one = timelineOf(report, report.entities[0]);
      this.single.set(key, one);
    }
    return one;
  }

  /** The Rising ranking over models, methods and datasets together. */
  risingEntities(): EntityTrend[] {
    if (this.rising === null) {
      const reports = ENTITY_KINDS.map((kind) => this.report(kind));
      const first = reports[0]!;
      // Every kind's report has the same bins and paper counts: only the entities differ.
      this.rising = risingEntities({ ...first, entities: reports.flatMap((report) => report.entities) });
    }
    return this.rising;
  }

  /** Bins and dated papers per bin (the same for every kind). */
  bins(): { bins: readonly string[]; papers: readonly number[] } {
    return { bins: this.timeline.bins, papers: this.timeline.papers };
  }

  private kindReport(kind: EntityKind): { report: TrendsReport; byKey: Map<string, EntityTrend> } {
    let entry = this.reports.get(kind);
    if (!entry) {
      const { report } = trends(this.graph, { by: this.timeline.by, kinds: [kind] });
      entry = { report, byKey: new Map(report.entities.map((trend) => [trend.key, trend])) };
      this.reports.set(kind, entry);
    }
    return entry;
  }
}

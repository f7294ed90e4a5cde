/**
 * What a researcher tracking a field asks first, as ranked sections of a trends report: one row per section, read by
 * `papergraph trends` (its terminal table) and the viewer (the Shared panel's Rising tab), so both apply one rule.
 */
import type { EntityTrend, TrendsReport } from './trends.ts';

/** Growth from which an entity seen before the recent window is rising, and up to which it is fading. */
export const RISING_MIN_GROWTH = 1.5;
export const FADING_MAX_GROWTH = 0.67;

export interface TrendSection {
  readonly name: string;
  readonly title: string;
  /** The section's entities, ranked; `windowStart` is the first bin of the recent window. */
  select(report: TrendsReport, windowStart: string): EntityTrend[];
}

// Code-point order for the last tie, so a ranking never depends on luck.
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The order of rising entities, here and in the update's report (update/whats-new.ts): most growth, then most papers
 * (`papersOf`), then key.
 */
export function risingOrder<T extends { key: string; growth: number }>(papersOf: (entity: T) => number): (a: T, b: T) => number {
  return (a, b) => b.growth - a.growth || papersOf(b) - papersOf(a) || byKey(a, b);
}
const maxWeight = (trend: EntityTrend) => Math.max(0, ...trend.bursts.map((burst) => burst.weight));

export const TREND_SECTIONS: readonly TrendSection[] = [
  {
    name: 'rising',
    title: 'Rising (share grew most in the recent window)',
    select: (report, start) =>
      report.entities
        .filter((e) => e.firstSeen < start && e.growth >= RISING_MIN_GROWTH)
        .sort(risingOrder((e) => e.total)),
  },
  {
    name: 'bursting',
    title: 'Bursting now (a burst that reaches the last bin)',
    select: (report) => {
      const last = report.bins[report.bins.length - 1];
      return report.entities.filter((e) => e.bursts.some((b) => b.end === last)).sort((a, b) => maxWeight(b) - maxWeight(a) || byKey(a, b));
    },
  },
  {
    name: 'new',
    title: 'New this period (first seen in the recent window)',
    select: (report, start) => report.entities.filter((e) => e.firstSeen >= start),
  },
  {
    name: 'fading',
    title: 'Fading (share fell most)',
    select: (report, start) =>
      report.entities
        .filter((e) => e.firstSeen < start && e.growth <= FADING_MAX_GROWTH)
        .sort((a, b) => a.growth - b.growth || b.total - a.total || byKey(a, b)),
  },
  { name: 'top', title: 'Most named overall', select: (report) => report.entities },
];

/** The sections of a report for a recent window of `window` bins, each cut to `top` rows. */
export function trendSections(report: TrendsReport, window: number, top = Infinity): Array<{ name: string; title: string; rows: EntityTrend[] }> {
  const start = report.bins[report.bins.length - window];
  if (start === undefined) return TREND_SECTIONS.map(({ name, title }) => ({ name, title, rows: [] }));
  return TREND_SECTIONS.map(({ name, title, select }) => ({ name, title, rows: select(report, start).slice(0, top) }));
}

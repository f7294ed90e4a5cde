/**
 * What a researcher tracking a field asks first, as ranked sections of a trends report: one row per section, read by
 * `papergraph trends` (its terminal table) and the viewer (the Shared panel's Rising tab), so both apply one rule.
 */
import { changeG, SIGNIFICANT_G, type EntityTrend, type TrendsReport } from './trends.ts';

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

/**
 * Did the entity's share change beyond chance between the bins before `start` and the bins from it (changeG ≥
 * SIGNIFICANT_G)? A rise from 2 papers to 6 is a growth of 2 but chance at these counts: not listed as rising.
 */
function changedBeyondChance(report: TrendsReport, entity: EntityTrend, start: string): boolean {
  const split = report.bins.indexOf(start);
  if (split <= 0) return false;
  let recent = 0;
  let earlier = 0;
  let recentPapers = 0;
  let earlierPapers = 0;
  for (let i = 0; i < report.bins.length; i++) {
    if (i < split) (earlier += entity.counts[i]!), (earlierPapers += report.papers[i]!);
    else (recent += entity.counts[i]!), (recentPapers += report.papers[i]!);
  }
  return changeG(recent, recentPapers, earlier, earlierPapers) >= SIGNIFICANT_G;
}

export const TREND_SECTIONS: readonly TrendSection[] = [
  {
    name: 'rising',
    title: 'Rising (share grew most in the recent window)',
    select: (report, start) =>
      report.entities
        .filter((e) => e.firstSeen < start && e.growth >= RISING_MIN_GROWTH && changedBeyondChance(report, e, start))
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
        .filter((e) => e.firstSeen < start && e.growth <= FADING_MAX_GROWTH && changedBeyondChance(report, e, start))
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

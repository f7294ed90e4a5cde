/** Time bins for trends: month `2025-03`, quarter `2025-Q1`, year `2025`. */
import type { IsoDate } from './dates.ts';

export const BIN_SIZES = ['month', 'quarter', 'year'] as const;
export type BinSize = (typeof BIN_SIZES)[number];

/** The bin a date falls in; undefined when the date is less precise than the bin (a year-only date has no month). */
export function binOf(date: IsoDate, by: BinSize): string | undefined {
  const year = date.slice(0, 4);
  if (by === 'year') return year;
  if (date.length < 7) return undefined;
  const month = Number(date.slice(5, 7));
  return by === 'month' ? `${year}-${date.slice(5, 7)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

function ordinal(bin: string, by: BinSize): number {
  const year = Number(bin.slice(0, 4));
  if (by === 'year') return year;
  if (by === 'quarter') return year * 4 + Number(bin.slice(6)) - 1;
  return year * 12 + Number(bin.slice(5, 7)) - 1;
}

function fromOrdinal(n: number, by: BinSize): string {
  if (by === 'year') return String(n);
  if (by === 'quarter') return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Every bin from the first to the last, empty ones included, in order. */
export function binRange(first: string, last: string, by: BinSize): string[] {
  const bins: string[] = [];
  for (let n = ordinal(first, by); n <= ordinal(last, by); n++) bins.push(fromOrdinal(n, by));
  return bins;
}

/** `--by auto` and the viewer's timeline: months or years, whichever suits the graph's dates (see chooseBins). */
export type BinChoice = BinSize | 'auto';

/** Months are chosen only when at most this share of the dated papers is dated to the year alone. */
export const MONTHS_MAX_YEAR_ONLY_SHARE = 0.1;
/** …and the middle of the month-dated papers (all but BIN_SPAN_TAIL at each end) spans at most this many months. */
export const MONTHS_MAX_SPAN = 120;
/** Share of the month-dated papers left out at each end when measuring their span (a few stray early papers do not make it long). */
export const BIN_SPAN_TAIL = 0.05;

/** Why automatic bins are what they are: the counts behind the choice, for a line that says it. */
export interface AutoBins {
  by: 'month' | 'year';
  /** Papers with a date, and those dated only to the year. */
  dated: number;
  yearOnly: number;
  /** Months from the first to the last of the middle month-dated papers (0 without any). */
  spanMonths: number;
  /** `months`: chosen; `no-months`: no paper has a month; `year-only`: too many have a year only; `long-span`: their months span too long. */
  reason: 'months' | 'no-months' | 'year-only' | 'long-span';
}

const monthOrdinal = (date: IsoDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/**
 * Months or years for a set of publication dates: months when nearly every paper has one (at most
 * MONTHS_MAX_YEAR_ONLY_SHARE dated to the year alone, which month bins cannot place) and the span is short enough for
 * months to read (the middle of the month-dated papers within MONTHS_MAX_SPAN months); years otherwise, where every
 * dated paper counts in its year. So a Web of Science export (months) mixed with a Scopus one (years) gets years, an
 * arXiv listing months.
 */
export function chooseBins(dates: Iterable<IsoDate>): AutoBins {
  const months: number[] = [];
  let dated = 0;
  let yearOnly = 0;
  for (const date of dates) {
    dated++;
    if (date.length < 7) yearOnly++;
    else months.push(monthOrdinal(date));
  }
  months.sort((a, b) => a - b);
  const tail = Math.floor(months.length * BIN_SPAN_TAIL);
  const spanMonths = months.length === 0 ? 0 : months[months.length - 1 - tail]! - months[tail]! + 1;
  const choice = (by: AutoBins['by'], reason: AutoBins['reason']): AutoBins => ({ by, dated, yearOnly, spanMonths, reason });
  if (months.length === 0) return choice('year', 'no-months');
  if (yearOnly > MONTHS_MAX_YEAR_ONLY_SHARE * dated) return choice('year', 'year-only');
  if (spanMonths > MONTHS_MAX_SPAN) return choice('year', 'long-span');
  return choice('month', 'months');
}

/** The first and last bin a date can fall in: one bin, or for a date less precise than the bins, those of its whole year. */
export function binSpanOf(date: IsoDate, by: BinSize): [string, string] {
  const bin = binOf(date, by);
  if (bin !== undefined) return [bin, bin];
  const year = date.slice(0, 4);
  return [binOf(`${year}-01`, by)!, binOf(`${year}-12`, by)!];
}

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

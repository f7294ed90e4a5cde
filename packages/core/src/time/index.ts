export { arxivIdDate, parseDate, yearOf, type IsoDate } from './dates.ts';
export {
  BIN_SIZES,
  BIN_SPAN_TAIL,
  MONTHS_MAX_SPAN,
  MONTHS_MAX_YEAR_ONLY_SHARE,
  binOf,
  binRange,
  binSpanOf,
  chooseBins,
  type AutoBins,
  type BinChoice,
  type BinSize,
} from './bins.ts';
export { BURST_DEFAULTS, kleinbergBursts, type Burst, type BurstOptions } from './kleinberg.ts';
export {
  trends,
  paperDate,
  peakOf,
  changeG,
  growthOf,
  growthText,
  SIGNIFICANT_G,
  recentWindow,
  maxRecentWindow,
  type TrendOptions,
  type TrendsReport,
  type TrendsCoverage,
  type TrendsResult,
  type EntityTrend,
  type TrendBurst,
} from './trends.ts';
export { TREND_SECTIONS, trendSections, RISING_MIN_GROWTH, FADING_MAX_GROWTH, type TrendSection } from './sections.ts';
export { RECENT_SHARE } from './trends.ts';

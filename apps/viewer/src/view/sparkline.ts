import { plural } from '@papergraph/core';
import { binLabel } from '../model/timeline.ts';
import { shares, shareText } from '../model/trends.ts';
import { el } from './dom.ts';

export interface SparklineData {
  bins: readonly string[];
  /** Papers naming the entity per bin. */
  counts: readonly number[];
  /** Dated papers per bin (the share's denominator). */
  papers: readonly number[];
  /** Bursts as bin ranges (`start`…`end`, inclusive), shaded behind the bars. */
  bursts?: ReadonlyArray<{ start: string; end: string }>;
}

/**
 * Papers per bin naming an entity, as bars of its share of the bin's papers (scaled to its highest share, as the
 * CLI's sparklines), so a month with twice as many papers does not look like a rise. Each bar's tooltip gives the
 * count, the bin's papers and the share. Plain elements laid out by CSS: no measuring, any width.
 */
export function sparkline(data: SparklineData, options: { className?: string; testId?: string } = {}): HTMLElement {
  const share = shares(data.counts, data.papers);
  const highest = Math.max(0, ...share);
  const inBurst = (bin: string) => data.bursts?.some((burst) => bin >= burst.start && bin <= burst.end) ?? false;
  const bars = data.bins.map((bin, i) => {
    const count = data.counts[i] ?? 0;
    const papers = data.papers[i] ?? 0;
    const height = highest > 0 ? (share[i]! / highest) * 100 : 0;
    const shareOf = shareText(count, papers);
    const percent = shareOf ? ` (${shareOf})` : '';
    return el(
      'span',
      {
        className: `spark-bin${inBurst(bin) ? ' burst' : ''}${papers === 0 ? ' empty' : ''}`,
        title: `${binLabel(bin)}: ${count} of ${plural(papers, 'paper')}${percent}`,
        dataset: { bin, count: String(count) },
      },
      [count > 0 ? el('span', { className: 'spark-bar', attributes: { style: `height:${Math.max(6, height).toFixed(1)}%` } }) : null],
    );
  });
  return el('div', { className: `sparkline ${options.className ?? ''}`.trim(), attributes: { role: 'img', 'aria-label': sparklineSummary(data), ...(options.testId ? { 'data-testid': options.testId } : {}) } }, bars);
}

function sparklineSummary(data: SparklineData): string {
  const total = data.counts.reduce((a, b) => a + b, 0);
  return `${plural(total, 'paper')} from ${binLabel(data.bins[0] ?? '')} to ${binLabel(data.bins.at(-1) ?? '')}`;
}

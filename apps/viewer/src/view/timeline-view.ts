import { counted, plural } from '@papergraph/core';
import { dateColor, type ColorMode } from '../graph/appearance.ts';
import { barOfBin, binLabel, binsNote, palettePosition, rangeIndices, rangeLabel, rangeOf, timelineBars, type DateRange, type Timeline, type TimelineBar } from '../model/timeline.ts';
import { clear, el, watchSize } from './dom.ts';

export interface TimelineData {
  timeline: Timeline;
  range: DateRange | null;
  colorMode: ColorMode;
  playing: boolean;
  /** Papers the range keeps, and all papers. */
  kept: number;
  total: number;
}

export interface TimelineHandlers {
  onRange: (range: DateRange | null) => void;
  onPlay: () => void;
  onPause: () => void;
}

/** Pixels either side of a brush edge that grab the edge rather than the brush. */
const EDGE_GRAB = 6;
const OUTSIDE_COLOR = '#d5dae1';
const INSIDE_COLOR = '#3b6fd8';

type Drag = { mode: 'new'; anchor: number } | { mode: 'start' | 'end'; first: number; last: number } | { mode: 'move'; first: number; last: number; grabbed: number };

/**
 * The strip under the map: dated papers per month (or year) as a histogram, a brush over it that filters the graph to a date
 * range, and a button that replays the growth month by month. Dragging draws a new range (a click picks one month),
 * dragging an edge moves that end, dragging inside the range moves it; the graph is filtered when the pointer is
 * released. Arrow keys move the range by a month (with Shift: its end).
 */
export class TimelineView {
  private data: TimelineData | null = null;
  /** A drag is under way: redrawing would replace the element holding the pointer, so drawing waits for its end. */
  private dragging = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: TimelineHandlers,
  ) {
    // Axis labels are thinned to the width they have: drawn again whenever that changes (the window, or a panel
    // opening beside the map), never only on a window resize.
    watchSize(container, (size, previous) => {
      if (size.width !== previous.width) this.render(this.data);
    });
  }

  render(data: TimelineData | null): void {
    this.data = data;
    if (this.dragging) return;
    const container = this.container;
    // The arrow keys re-render the strip: the new plot keeps the keyboard focus the old one had.
    const plotHadFocus = document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('tl-plot') && container.contains(document.activeElement);
    clear(container);
    container.hidden = data === null;
    if (data === null) return;
    const { timeline, range } = data;
    const span = rangeIndices(timeline, range);
    // Bars, not bins: a sparse stretch of stray early (or late) papers is one bar (model/timeline.ts, timelineBars).
    const bars = timelineBars(timeline);
    const barSpan = span && ([barOfBin(bars, span[0]), barOfBin(bars, span[1])] as const);
    const n = bars.length;
    const edges = barEdges(bars);
    const position = palettePosition(timeline);

    const plot = el('div', { className: 'tl-plot', attributes: { tabindex: '0', 'data-testid': 'timeline-plot', 'aria-label': 'Date range: drag to choose, arrow keys to move' } });
    const highest = Math.max(1, ...bars.map((bar) => bar.papers));
    const barElements = el(
      'div',
      { className: 'tl-bars' },
      bars.map((bar, i) => {
        const inside = range === null || (barSpan !== null && i >= barSpan[0] && i <= barSpan[1]);
        const color = !inside ? OUTSIDE_COLOR : data.colorMode === 'year' ? dateColor(position(bar.first)) : INSIDE_COLOR;
        const bin = timeline.bins[bar.first]!;
        return el(
          'div',
          {
            className: bar.gathered ? `tl-bin gathered ${bar.gathered}` : 'tl-bin',
            title: barTitle(timeline, bar),
            attributes: { style: `flex:${((edges[i + 1]! - edges[i]!) * n).toFixed(4)} 1 0` },
            dataset: { bin, papers: String(bar.papers), inside: String(inside), ...(bar.gathered ? { last: timeline.bins[bar.last]!, gathered: bar.gathered, bins: String(bar.last - bar.first + 1) } : {}) },
          },
          [bar.papers > 0 ? el('span', { className: 'tl-bar', attributes: { style: `height:${Math.max(4, (bar.papers / highest) * 100).toFixed(1)}%;background:${color}` } }) : null],
        );
      }),
    );
    const brush = el('div', { className: 'tl-brush', attributes: { 'data-testid': 'timeline-brush' } }, [el('span', { className: 'tl-handle start' }), el('span', { className: 'tl-handle end' })]);
    const placeBrush = (first: number, last: number) => {
      brush.hidden = false;
      brush.style.left = `${edges[first]! * 100}%`;
      brush.style.width = `${(edges[last + 1]! - edges[first]!) * 100}%`;
    };
    if (range !== null && barSpan !== null) placeBrush(barSpan[0], barSpan[1]);
    else brush.hidden = true;
    plot.append(barElements, brush);

    const label = el('span', { className: 'tl-range', text: range === null ? 'All dates' : rangeLabel(range), attributes: { 'data-testid': 'timeline-range' } });
    // A range with no bin on the timeline has nothing to replay: the button says why instead of doing nothing.
    const nothingToPlay = range !== null && span === null && !data.playing;
    const playButton = el('button', {
      className: 'tl-play',
      text: data.playing ? '❚❚ Pause' : '▶ Play',
      title: data.playing
        ? 'Pause the replay'
        : nothingToPlay
          ? `Nothing to replay: the range lies outside the timeline; choose ${timeline.by}s on it or show all dates`
          : `Replay the growth ${timeline.by} by ${timeline.by}${range ? ' within the range' : ''}`,
      attributes: { type: 'button', 'data-testid': 'timeline-play', 'data-state': data.playing ? 'playing' : 'paused', 'aria-pressed': String(data.playing) },
      onClick: () => (data.playing ? this.handlers.onPause() : this.handlers.onPlay()),
    });
    playButton.disabled = nothingToPlay;
    // A range from a link may lie wholly outside this graph's months (a link made on another graph): say so, and how
    // to get out of it, rather than leave an empty map and no brush to explain it.
    const outside =
      range !== null && span === null
        ? el('span', {
            className: 'tl-outside',
            text: `Outside the timeline (${binLabel(timeline.bins[0]!)} – ${binLabel(timeline.bins.at(-1)!)}): drag over it to choose other ${timeline.by}s`,
            title: `No ${timeline.by} of this range is on the timeline, which runs from ${binLabel(timeline.bins[0]!)} to ${binLabel(timeline.bins.at(-1)!)}: drag over the histogram to choose others, or show all dates`,
            attributes: { 'data-testid': 'timeline-outside', role: 'status' },
          })
        : null;
    if (outside) plot.append(outside);
    const notes: string[] = [];
    if (timeline.yearOnly.size > 0) notes.push(`${counted(timeline.yearOnly.size, 'paper')} dated only to the year not in the histogram; a range keeps them when it covers their whole year`);
    if (timeline.undated > 0) notes.push(`${counted(timeline.undated, 'paper')} without a date, hidden while a range is set`);
    // How precise a bar is, and why (core's chooseBins): a histogram of years over month-dated papers says so.
    const precision = binsNote(timeline);
    container.append(
      el('div', { className: 'tl-controls' }, [
        playButton,
        label,
        range !== null
          ? el('button', { className: 'link-button', text: 'Show all dates', attributes: { type: 'button', 'data-testid': 'timeline-clear' }, onClick: () => this.handlers.onRange(null) })
          : el('span', { className: 'tl-hint muted', text: `Drag over the ${timeline.by}s to show only their papers`, title: `Drag over the ${timeline.by}s to show only their papers` }),
        el('span', {
          className: 'tl-bins muted',
          text: `Papers ${precision.text}`,
          title: [precision.title, ...bars.filter((bar) => bar.gathered).map((bar) => barTitle(timeline, bar))].join('; '),
          attributes: { 'data-testid': 'timeline-bins', 'data-by': timeline.by },
        }),
        el('span', {
          className: 'tl-count muted',
          text: `${data.kept.toLocaleString('en')} of ${data.total.toLocaleString('en')} papers`,
          title: notes.join('; '),
          attributes: { 'data-testid': 'timeline-count' },
        }),
      ]),
      plot,
      this.axis(timeline, bars),
    );
    this.bindBrush(plot, data, placeBrush, label);
    if (plotHadFocus) plot.focus();
  }

  /**
   * Years at each January (or every few years), the first and last bar at the ends, never overlapping; a gathered bar
   * is marked by the year it starts (`1998–`) or ends (`–2031`) at, first.
   */
  private axis(timeline: Timeline, bars: readonly TimelineBar[]): HTMLElement {
    const n = bars.length;
    const edges = barEdges(bars);
    const width = Math.max(200, this.container.clientWidth - 24);
    const charWidth = 6.5;
    const placed: Array<{ left: number; right: number }> = [];
    const labels: HTMLElement[] = [];
    const tryPlace = (i: number, text: string, align: 'start' | 'end', className = '') => {
      const x = (align === 'start' ? edges[i]! : edges[i + 1]!) * width;
      const left = align === 'start' ? x : x - text.length * charWidth;
      const right = left + text.length * charWidth;
      if (placed.some((box) => left < box.right + 8 && box.left < right + 8)) return;
      placed.push({ left, right });
      labels.push(el('span', { className: `tl-tick ${align} ${className}`.trim(), text, attributes: { style: align === 'start' ? `left:${(edges[i]! * 100).toFixed(3)}%` : `right:${((1 - edges[i + 1]!) * 100).toFixed(3)}%` } }));
    };
    // A gathered stretch reads as an open span of years (`1998–`, `–2031`), the data's own first (last) month beside it.
    const first = bars[0]!;
    const last = bars[n - 1]!;
    if (first.gathered) tryPlace(0, `${timeline.bins[first.first]!.slice(0, 4)}–`, 'start', 'gathered');
    if (last.gathered) tryPlace(n - 1, `–${timeline.bins[last.last]!.slice(0, 4)}`, 'end', 'gathered');
    const start = first.gathered && n > 1 ? 1 : 0;
    const end = last.gathered && n > 1 ? n - 2 : n - 1;
    tryPlace(start, binLabel(timeline.bins[bars[start]!.first]!), 'start');
    tryPlace(end, binLabel(timeline.bins[bars[end]!.last]!), 'end');
    bars.forEach((bar, i) => {
      if (bar.gathered) return;
      const bin = timeline.bins[bar.first]!;
      // The last year bin already has its label at the end.
      if (i > 0 && (timeline.by === 'year' ? i < n - 1 : bin.endsWith('-01'))) tryPlace(i, bin.slice(0, 4), 'start');
    });
    return el('div', { className: 'tl-axis' }, labels);
  }

  private bindBrush(plot: HTMLElement, data: TimelineData, placeBrush: (first: number, last: number) => void, label: HTMLElement): void {
    const { timeline, range } = data;
    // Positions are bars (a gathered stretch is one); the range they make is in bins, from a bar's first to a bar's last.
    const bars = timelineBars(timeline);
    const n = bars.length;
    const edges = barEdges(bars);
    const binSpan = range === null ? null : rangeIndices(timeline, range);
    const span = binSpan && ([barOfBin(bars, binSpan[0]), barOfBin(bars, binSpan[1])] as const);
    const rangeOfBars = (first: number, last: number) => rangeOf(timeline, bars[Math.min(first, last)]!.first, bars[Math.max(first, last)]!.last);
    const binAt = (clientX: number) => {
      const box = plot.getBoundingClientRect();
      const share = (clientX - box.left) / Math.max(1, box.width);
      const bar = edges.findIndex((edge, i) => i > 0 && share < edge) - 1;
      return bar < 0 ? (share <= 0 ? 0 : n - 1) : Math.min(n - 1, bar);
    };
    let drag: Drag | null = null;
    let moved = false;
    let current: [number, number] | null = null;
    const show = (first: number, last: number) => {
      current = [Math.min(first, last), Math.max(first, last)];
      placeBrush(current[0], current[1]);
      label.textContent = rangeLabel(rangeOfBars(current[0], current[1]));
    };

    plot.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      this.dragging = true;
      if (data.playing) this.handlers.onPause();
      const box = plot.getBoundingClientRect();
      const x = event.clientX - box.left;
      const bin = binAt(event.clientX);
      moved = false;
      current = null;
      if (span) {
        const left = edges[span[0]]! * box.width;
        const right = edges[span[1] + 1]! * box.width;
        if (Math.abs(x - left) <= EDGE_GRAB) drag = { mode: 'start', first: span[0], last: span[1] };
        else if (Math.abs(x - right) <= EDGE_GRAB) drag = { mode: 'end', first: span[0], last: span[1] };
        else if (x > left && x < right) drag = { mode: 'move', first: span[0], last: span[1], grabbed: bin };
        else drag = { mode: 'new', anchor: bin };
      } else {
        drag = { mode: 'new', anchor: bin };
      }
      plot.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    plot.addEventListener('pointermove', (event) => {
      const held = drag;
      if (!held) return;
      const bin = binAt(event.clientX);
      moved = true;
      if (held.mode === 'new') show(held.anchor, bin);
      else if (held.mode === 'move') {
        const shift = Math.min(n - 1 - held.last, Math.max(-held.first, bin - held.grabbed));
        show(held.first + shift, held.last + shift);
      } else if (held.mode === 'start') show(Math.min(bin, held.last), held.last);
      else show(held.first, Math.max(bin, held.first));
    });
    const finish = (event: PointerEvent) => {
      const ended = drag;
      drag = null;
      this.dragging = false;
      if (!ended) return;
      if (plot.hasPointerCapture(event.pointerId)) plot.releasePointerCapture(event.pointerId);
      // A click picks its month; a click inside the range leaves it as it is.
      if (!moved && ended.mode === 'new') current = [ended.anchor, ended.anchor];
      // Drawn afresh either way: with the new range, or with what arrived during the drag.
      if (current) this.handlers.onRange(rangeOfBars(current[0], current[1]));
      this.render(this.data);
    };
    plot.addEventListener('pointerup', finish);
    plot.addEventListener('pointercancel', () => {
      drag = null;
      this.dragging = false;
      this.render(this.data);
    });
    plot.addEventListener('keydown', (event) => {
      if (!span || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
      event.preventDefault();
      const step = event.key === 'ArrowLeft' ? -1 : 1;
      if (event.shiftKey) this.handlers.onRange(rangeOfBars(span[0], Math.min(n - 1, Math.max(span[0], span[1] + step))));
      else if (span[0] + step >= 0 && span[1] + step <= n - 1) this.handlers.onRange(rangeOfBars(span[0] + step, span[1] + step));
    });
  }
}

/** Share of the strip's width a gathered bar takes at most: on a timeline of two months, not a third of it. */
const GATHERED_MAX_SHARE = 0.12;

/**
 * Where each bar starts, as a share of the strip's width (and 1 at the end): every bar of one bin as wide as the
 * others, a gathered one as wide too but at most GATHERED_MAX_SHARE of the strip.
 */
export function barEdges(bars: readonly TimelineBar[]): number[] {
  const plain = bars.filter((bar) => bar.gathered === null).length;
  const gathered = bars.length - plain;
  // Each gathered bar's width in plain bars: one, or less when that would pass GATHERED_MAX_SHARE.
  const weight = gathered === 0 || plain === 0 ? 1 : Math.min(1, (GATHERED_MAX_SHARE * plain) / (1 - GATHERED_MAX_SHARE * gathered));
  const total = plain + gathered * weight;
  const edges = [0];
  for (const bar of bars) edges.push(edges.at(-1)! + (bar.gathered ? weight : 1) / total);
  edges[edges.length - 1] = 1;
  return edges;
}

/** A bar's tooltip: its bin and papers; for a gathered stretch, what it gathers (`Earlier: 4 papers, Jun 1998 – Dec 2024 …`). */
function barTitle(timeline: Timeline, bar: TimelineBar): string {
  const first = binLabel(timeline.bins[bar.first]!);
  if (!bar.gathered) return `${first}: ${plural(bar.papers, 'paper')}`;
  const last = binLabel(timeline.bins[bar.last]!);
  const bins = bar.last - bar.first + 1;
  let empty = 0;
  for (let i = bar.first; i <= bar.last; i++) if (timeline.papers[i] === 0) empty++;
  const word = bar.gathered === 'earlier' ? 'Earlier' : 'Later';
  return `${word}: ${plural(bar.papers, 'paper')} from ${first} to ${last}, ${plural(bins, timeline.by)} (${empty} without papers) gathered in one bar`;
}

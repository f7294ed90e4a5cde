import type { EntityTrend, SharedEntity } from '@papergraph/core';
import { kindColor } from '../graph/appearance.ts';
import { binLabel } from '../model/timeline.ts';
import { growthText, plural, relationWords, RISING_MIN_GROWTH, SIGNIFICANT_G } from '@papergraph/core';
import { recentWindowWords, shareText, windowCounts } from '../model/trends.ts';
import { displayText, isTitleSentence } from '../model/text.ts';
import { SHARED_TABS, type SharedTab } from '../model/url-state.ts';
import { el, clear } from './dom.ts';
import { evidenceLine } from './evidence.ts';
import { sparkline } from './sparkline.ts';

/** The Rising tab: entities ranked by growth, each with its sparkline (null: the graph has no dated papers). */
export interface RisingData {
  entities: EntityTrend[];
  bins: readonly string[];
  papers: readonly number[];
  by: 'month' | 'year';
  /** Bins in the recent window growth compares with the bins before. */
  recentBins: number;
}

export interface SharedPanelData {
  tab: SharedTab;
  /** Models, methods or datasets of the tab by papers; on the Rising tab, the rising ones (with their papers). */
  ranked: SharedEntity[];
  /** The chosen entity as the whole graph has it (shown apart when the ranking leaves it out); null when none. */
  chosenEntity: SharedEntity | null;
  /**
   * A date range is set: `ranked` is ranked by each entity's papers in it (`inRange`), those with none left out;
   * `phrase` says the range in a sentence (`in Mar 2025 – Sep 2025`, `from Jan 2026 on`).
   */
  range: { phrase: string; inRange: ReadonlyMap<string, number> } | null;
  rising: RisingData | null;
  chosen: string | null;
  includeTagged: boolean;
  /** Whether a node is hidden on the map by the filters or the date range: its papers are listed greyed, and counted. */
  isHidden: (key: string) => boolean;
}

export interface SharedPanelHandlers {
  onTab: (tab: SharedTab) => void;
  onChoose: (entityKey: string | null) => void;
  onIncludeTagged: (include: boolean) => void;
  onSelect: (key: string) => void;
  /** Shift+click on a row: the entity joins (or leaves) the multi-entity query. */
  onToggleQuery: (entityKey: string) => void;
}

const TAB_TITLES: Readonly<Record<SharedTab, string>> = { model: 'Models', method: 'Methods', dataset: 'Datasets', rising: 'Rising' };
/** The ranking is long on big graphs; the top of it is what the panel is for. */
const ROWS_SHOWN = 50;

export function renderSharedPanel(container: HTMLElement, data: SharedPanelData, handlers: SharedPanelHandlers): void {
  // Drawn again on every date range change (a replay's every step): the keyboard focus stays on the same control.
  const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
  const focusTarget = focused ? { testId: focused.dataset.testid, key: focused.dataset.key } : null;
  clear(container);
  const tabs = el(
    'div',
    { className: 'tabs', attributes: { role: 'tablist' } },
    SHARED_TABS.filter((tab) => tab !== 'rising' || data.rising !== null).map((kind) =>
      el('button', {
        text: TAB_TITLES[kind],
        className: kind === data.tab ? 'tab active' : 'tab',
        attributes: { type: 'button', role: 'tab', 'aria-selected': String(kind === data.tab), 'data-testid': `shared-tab-${kind}` },
        onClick: () => handlers.onTab(kind),
      }),
    ),
  );
  const tagged = el('input', { attributes: { type: 'checkbox', 'data-testid': 'shared-include-tagged' } });
  tagged.checked = data.includeTagged;
  tagged.addEventListener('change', () => handlers.onIncludeTagged(tagged.checked));

  const rising = data.tab === 'rising' ? data.rising : null;
  const trendOf = new Map(rising?.entities.map((trend) => [trend.key, trend]));
  const rowOf = (entity: SharedEntity): HTMLElement => {
    const chosen = entity.key === data.chosen;
    const trend = trendOf.get(entity.key);
    const row = el('li', { className: chosen ? 'shared-row chosen' : 'shared-row' }, [
      el(
        'button',
        {
          className: trend && rising ? 'shared-choose rising' : 'shared-choose',
          attributes: { type: 'button', 'aria-pressed': String(chosen), 'data-testid': 'shared-entity' },
          dataset: { key: entity.key },
          title: 'Show its papers; Shift+click adds it to the query',
          onClick: (event) => (event.shiftKey ? handlers.onToggleQuery(entity.key) : handlers.onChoose(chosen ? null : entity.key)),
        },
        [
          el('span', { className: 'swatch', attributes: { style: `background:${kindColor(entity.kind)}` } }),
          // Cut with an ellipsis in the narrow column: the whole name is its tooltip.
          el('span', { className: 'shared-label', text: displayText(entity.label), title: displayText(entity.label) }),
          ...(trend && rising ? risingFigures(displayText(entity.label), trend, rising) : [countOf(entity, data.range)]),
        ],
      ),
      chosen ? hiddenNote(entity, data.isHidden) : null,
      chosen
        ? el(
            'ul',
            { className: 'shared-papers' },
            entity.papers.map((paper) => {
              const hidden = data.isHidden(paper.key);
              const title = displayText(paper.title);
              const evidence = paper.evidence ? displayText(paper.evidence) : '';
              return el('li', { className: hidden ? 'hidden-by-filters' : '' }, [
                el('button', {
                  className: 'node-link',
                  text: title,
                  title: hidden ? 'Hidden on the map by the current filters or date range' : '',
                  attributes: { type: 'button', 'data-testid': 'shared-paper' },
                  dataset: { key: paper.key },
                  onClick: () => handlers.onSelect(paper.key),
                }),
                el('span', { className: 'relation', text: ` ${relationWords(paper.relation)}` }),
                evidenceLine(evidence, evidence !== '' && isTitleSentence(evidence, title)),
              ]);
            }),
          )
        : null,
    ]);
    return row;
  };
  const shown = data.ranked.slice(0, ROWS_SHOWN);
  const rows = shown.map(rowOf);
  // The chosen entity stays in sight with its papers when the ranking leaves it out (no paper in the date range, or
  // below the rows shown): a range or a replay step must not take away what the user is looking at.
  const chosenEntity = data.chosenEntity;
  const chosenElsewhere = chosenEntity && !shown.some((entity) => entity.key === chosenEntity.key) ? chosenEntity : null;
  const whyElsewhere =
    chosenElsewhere === null ? '' : data.range && !data.range.inRange.has(chosenElsewhere.key) ? `Chosen, with no papers ${data.range.phrase}:` : `Chosen, below the top ${ROWS_SHOWN}:`;

  const window = rising ? recentWindowWords(rising.bins, rising.recentBins, rising.by) : null;
  const recent = window ? `the ${window.name} (${window.span})` : '';
  const empty = rising
    ? `Nothing rising: no model, method or dataset seen before ${recent} grew its share of papers ${RISING_MIN_GROWTH}× or more in it, beyond chance.`
    : data.range
      ? `No ${TAB_TITLES[data.tab].toLowerCase()} with papers ${data.range.phrase}.`
      : `No ${TAB_TITLES[data.tab].toLowerCase()} in this graph.`;
  const head = el('div', { className: 'shared-head', attributes: { 'data-testid': 'shared-head' } }, [el('h3', { text: 'Shared' }), tabs]);
  container.append(
    head,
    rising && window
      ? el('div', { className: 'rising-head' }, [
          el('p', { className: 'rising-window', attributes: { 'data-testid': 'rising-window' }, text: `Rising in the ${window.name} (${window.span})` }),
          el('p', {
            className: 'muted',
            text: `Share of papers grew ${RISING_MIN_GROWTH}× or more against the ${rising.by}s before, beyond chance (as papergraph trends). Each row: growth · its papers in the window vs before.`,
          }),
        ])
      : el('label', { className: 'check-row small' }, [tagged, 'count listing tags']),
    data.range && !rising
      ? el('p', { className: 'muted small', attributes: { 'data-testid': 'shared-range' }, text: `Ranked by papers ${data.range.phrase} (the date range).` })
      : '',
    rows.length > 0 ? el('ol', { className: 'shared-list' }, rows) : el('p', { className: 'muted', text: empty }),
    chosenElsewhere
      ? el('div', { className: 'shared-chosen-elsewhere', attributes: { 'data-testid': 'shared-chosen-elsewhere' } }, [
          el('p', { className: 'muted small', text: whyElsewhere }),
          el('ol', { className: 'shared-list' }, [rowOf(chosenElsewhere)]),
        ])
      : '',
    data.ranked.length > ROWS_SHOWN ? el('p', { className: 'muted', text: `Top ${ROWS_SHOWN} of ${data.ranked.length}.` }) : '',
  );

  // The chosen entity's papers open under its row: keep them in sight in the panel's own scroll, below the heading
  // and tabs (which stay at the top of the panel).
  const chosenRow = container.querySelector<HTMLElement>('.shared-row.chosen');
  if (chosenRow) scrollIntoPanel(container, chosenRow, head.offsetHeight);
  if (focusTarget?.testId) {
    const candidates = [...container.querySelectorAll<HTMLElement>(`[data-testid="${focusTarget.testId}"]`)];
    (candidates.find((candidate) => candidate.dataset.key === focusTarget.key) ?? null)?.focus({ preventScroll: true });
  }
}

/**
 * Scrolls the panel (only the panel: never the column around it) so that the row shows below its `covered` top
 * pixels, its top first when it is taller than the room; a row already in view does not move.
 */
function scrollIntoPanel(panel: HTMLElement, row: HTMLElement, covered: number): void {
  const top = row.getBoundingClientRect().top - panel.getBoundingClientRect().top - panel.clientTop + panel.scrollTop;
  const bottom = top + row.offsetHeight;
  const roomTop = panel.scrollTop + covered;
  const roomBottom = panel.scrollTop + panel.clientHeight;
  if (top < roomTop) panel.scrollTop = top - covered;
  else if (bottom > roomBottom) panel.scrollTop = Math.min(top - covered, bottom - panel.clientHeight);
}

/**
 * A rising entity's figures: its sparkline, its growth (`2.34×`, rounded down as the CLI prints it) and its papers in
 * the recent window against before (`· 7 vs 1`), the shares and the statistic behind them in the tooltip.
 */
function risingFigures(label: string, trend: EntityTrend, rising: RisingData): HTMLElement[] {
  const counts = windowCounts(trend.counts, rising.papers, rising.recentBins);
  const window = recentWindowWords(rising.bins, rising.recentBins, rising.by);
  const explained = [
    `${label}: ${counts.recent} of ${plural(counts.recentPapers, 'dated paper')} in the ${window.name} (${window.span}; ${shareText(counts.recent, counts.recentPapers)}) against ${counts.before} of ${plural(counts.beforePapers, 'paper')} before (${shareText(counts.before, counts.beforePapers)})`,
    `growth ${growthText(trend.growth)}: (share in the window + overall share) ÷ (share before + overall share), see docs/trends.md`,
    `G ${counts.g} (beyond chance from ${SIGNIFICANT_G}); first seen ${binLabel(trend.firstSeen)}`,
  ].join('\n');
  return [
    sparkline({ bins: rising.bins, counts: trend.counts, papers: rising.papers, bursts: trend.bursts }, { className: 'small', testId: 'rising-sparkline' }),
    el('span', { className: 'count', text: growthText(trend.growth), title: explained }),
    el('span', { className: 'rising-counts', text: ` · ${counts.recent} vs ${counts.before}`, title: explained, attributes: { 'data-testid': 'rising-counts' } }),
  ];
}

/** An entity's paper count: under a date range, those in it of all of them (`12 of 93 papers`). */
function countOf(entity: SharedEntity, range: SharedPanelData['range']): HTMLElement {
  const all = plural(entity.papers.length, 'paper');
  if (range === null) return el('span', { className: 'count', text: all });
  const inRange = range.inRange.get(entity.key) ?? 0;
  return el('span', { className: 'count', text: `${inRange} of ${all}`, title: `${inRange} of its ${all} are ${range.phrase}` });
}

/** How many of the chosen entity's papers the filters or the date range hide (they stay listed, greyed), or nothing. */
function hiddenNote(entity: SharedEntity, isHidden: (key: string) => boolean): HTMLElement | null {
  const hidden = entity.papers.filter((paper) => isHidden(paper.key)).length;
  if (hidden === 0) return null;
  return el('p', { className: 'muted small', attributes: { 'data-testid': 'shared-hidden' }, text: `${hidden} of ${plural(entity.papers.length, 'paper')} hidden on the map by the filters or the date range (greyed)` });
}

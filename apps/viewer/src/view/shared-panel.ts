import type { EntityTrend, SharedEntity } from '@papergraph/core';
import { kindColor } from '../graph/appearance.ts';
import { binLabel } from '../model/timeline.ts';
import { growthText, plural, relationWords, RISING_MIN_GROWTH } from '@papergraph/core';
import { displayText } from '../model/text.ts';
import { SHARED_TABS, type SharedTab } from '../model/url-state.ts';
import { el, clear } from './dom.ts';
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
  /** A date range is set: `ranked` is ranked by each entity's papers in it (`inRange`), those with none left out. */
  range: { label: string; inRange: ReadonlyMap<string, number> } | null;
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
  const rows = data.ranked.slice(0, ROWS_SHOWN).map((entity) => {
    const chosen = entity.key === data.chosen;
    const trend = trendOf.get(entity.key);
    const row = el('li', { className: chosen ? 'shared-row chosen' : 'shared-row' }, [
      el(
        'button',
        {
          className: 'shared-choose',
          attributes: { type: 'button', 'aria-pressed': String(chosen), 'data-testid': 'shared-entity' },
          dataset: { key: entity.key },
          title: 'Show its papers; Shift+click adds it to the query',
          onClick: (event) => (event.shiftKey ? handlers.onToggleQuery(entity.key) : handlers.onChoose(chosen ? null : entity.key)),
        },
        [
          el('span', { className: 'swatch', attributes: { style: `background:${kindColor(entity.kind)}` } }),
          el('span', { className: 'shared-label', text: displayText(entity.label) }),
          ...(trend && rising
            ? [
                sparkline({ bins: rising.bins, counts: trend.counts, papers: rising.papers, bursts: trend.bursts }, { className: 'small', testId: 'rising-sparkline' }),
                el('span', { className: 'count', text: growthText(trend.growth, 1), title: `growth ${trend.growth}: ${trend.total} dated papers, first seen ${binLabel(trend.firstSeen)}` }),
              ]
            : [countOf(entity, data.range)]),
        ],
      ),
      chosen ? hiddenNote(entity, data.isHidden) : null,
      chosen
        ? el(
            'ul',
            { className: 'shared-papers' },
            entity.papers.map((paper) => {
              const hidden = data.isHidden(paper.key);
              return el('li', { className: hidden ? 'hidden-by-filters' : '' }, [
                el('button', {
                  className: 'node-link',
                  text: displayText(paper.title),
                  title: hidden ? 'Hidden on the map by the current filters or date range' : '',
                  attributes: { type: 'button', 'data-testid': 'shared-paper' },
                  dataset: { key: paper.key },
                  onClick: () => handlers.onSelect(paper.key),
                }),
                el('span', { className: 'relation', text: ` ${relationWords(paper.relation)}` }),
                paper.evidence ? el('blockquote', { className: 'evidence', text: displayText(paper.evidence) }) : null,
              ]);
            }),
          )
        : null,
    ]);
    return row;
  });

  const recent = rising ? `the last ${plural(rising.recentBins, rising.by)}` : '';
  const empty = rising
    ? `Nothing rising: no model, method or dataset seen before ${recent} grew its share of papers ${RISING_MIN_GROWTH}× or more in them.`
    : data.range
      ? `No ${TAB_TITLES[data.tab].toLowerCase()} with papers in ${data.range.label}.`
      : `No ${TAB_TITLES[data.tab].toLowerCase()} in this graph.`;
  container.append(
    el('h3', { text: 'Shared' }),
    tabs,
    rising
      ? el('p', { className: 'muted', text: `Share of papers grew most in ${recent} against before (growth ≥ ${RISING_MIN_GROWTH}×, as papergraph trends).` })
      : el('label', { className: 'check-row small' }, [tagged, 'count listing tags']),
    data.range && !rising
      ? el('p', { className: 'muted small', attributes: { 'data-testid': 'shared-range' }, text: `Ranked by papers in ${data.range.label} (the date range).` })
      : '',
    rows.length > 0 ? el('ol', { className: 'shared-list' }, rows) : el('p', { className: 'muted', text: empty }),
    data.ranked.length > ROWS_SHOWN ? el('p', { className: 'muted', text: `Top ${ROWS_SHOWN} of ${data.ranked.length}.` }) : '',
  );

  // The chosen entity's papers open under its row: keep them in sight in the panel's own scroll.
  container.querySelector('.shared-row.chosen')?.scrollIntoView({ block: 'nearest' });
}

/** An entity's paper count: under a date range, those in it of all of them (`12 of 93 papers`). */
function countOf(entity: SharedEntity, range: SharedPanelData['range']): HTMLElement {
  const all = plural(entity.papers.length, 'paper');
  const inRange = range?.inRange.get(entity.key);
  if (range === null || inRange === undefined) return el('span', { className: 'count', text: all });
  return el('span', { className: 'count', text: `${inRange} of ${all}`, title: `${inRange} of its ${all} are in ${range.label}` });
}

/** How many of the chosen entity's papers the filters or the date range hide (they stay listed, greyed), or nothing. */
function hiddenNote(entity: SharedEntity, isHidden: (key: string) => boolean): HTMLElement | null {
  const hidden = entity.papers.filter((paper) => isHidden(paper.key)).length;
  if (hidden === 0) return null;
  return el('p', { className: 'muted small', attributes: { 'data-testid': 'shared-hidden' }, text: `${hidden} of ${plural(entity.papers.length, 'paper')} hidden on the map by the filters or the date range (greyed)` });
}

import { relationWords } from '@papergraph/core';
import type { ColorMode } from '../graph/appearance.ts';
import { dateGradient, kindColor, SMALL_COMMUNITIES_COLOR, UNDATED_COLOR } from '../graph/appearance.ts';
import { KNOWN_KINDS, type CommunityInfo } from '../graph/types.ts';
import type { FilterState } from '../model/filters.ts';
import { displayText } from '../model/text.ts';
import { binLabel, type GreyByDate } from '../model/timeline.ts';
import { el, clear } from './dom.ts';

/** The legend of colouring by date: the palette's first and last bins (dateScale), and how many nodes have no date. */
export interface DateLegend {
  first: string;
  last: string;
  /** Dated papers before `first` / after `last` (they take the end colours: shown as ≤ and ≥). */
  before: boolean;
  after: boolean;
  /** The grey nodes, undated and dated to the year only, counted when colouring by date; null until then. */
  grey: GreyByDate | null;
}

/** The small communities the overview gathers (model/small-communities.ts): listed under one row of the legend. */
export interface LegendSmallCommunities {
  ids: ReadonlySet<number>;
  /** "596 small communities · 659 papers", counted over the whole graph. */
  label: string;
  /** What makes a community small, in words ("communities of 3 papers or fewer"). */
  rule: string;
}

export interface LegendData {
  kindCounts: Map<string, number>;
  relationCounts: Map<string, number>;
  communities: CommunityInfo[];
  communityColors: Map<number, string>;
  /** Null: every community has a row of its own. */
  smallCommunities: LegendSmallCommunities | null;
  filters: FilterState;
  colorMode: ColorMode;
  /** Null when the graph has no dated papers: colouring by date is then not offered. */
  dateLegend: DateLegend | null;
}

export interface FiltersHandlers {
  onFilters: (filters: FilterState) => void;
  onColorMode: (mode: ColorMode) => void;
  /** Hides every community but these (a row's community, or the small ones). */
  onOnlyCommunities: (communities: readonly number[]) => void;
  onAllCommunities: () => void;
  onNoCommunities: () => void;
  /** A community's name was clicked: the camera frames it (showing it first if it was hidden). */
  onFrameCommunity: (community: number) => void;
}

/** Whether a community's label matches the search over the list (case-insensitive, every word somewhere). */
export function matchesCommunityQuery(label: string, query: string): boolean {
  const text = label.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => text.includes(word));
}

/** Long community lists stay usable: the biggest are listed, the rest stay reachable through "show all". */
const COMMUNITIES_SHOWN = 12;

function toggled<T>(set: ReadonlySet<T>, value: T, visible: boolean): Set<T> {
  const next = new Set(set);
  if (visible) next.delete(value);
  else next.add(value);
  return next;
}

function checkRow(
  label: string,
  count: number,
  checked: boolean,
  color: string | null,
  testId: string,
  onChange: (checked: boolean) => void,
  after: HTMLElement | null = null,
): HTMLLabelElement {
  const box = el('input', { attributes: { type: 'checkbox', 'data-testid': testId } });
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return el('label', { className: 'check-row' }, [
    box,
    color ? el('span', { className: 'swatch', attributes: { style: `background:${color}` } }) : null,
    el('span', { className: 'check-label', text: label, title: label }),
    el('span', { className: 'count', text: String(count) }),
    after,
  ]);
}

/**
 * A community of the legend: its checkbox shows or hides it; its name, a button, frames it on the canvas (two lines at
 * most, cut with an ellipsis, the whole name in its tooltip); then its size and "only".
 */
function communityRow(
  label: string,
  id: number,
  size: number,
  checked: boolean,
  color: string | null,
  onChange: (checked: boolean) => void,
  onFrame: () => void,
  after: HTMLElement,
): HTMLElement {
  const box = el('input', { attributes: { type: 'checkbox', 'data-testid': `community-${id}`, 'aria-label': `Show ${label}` } });
  box.checked = checked;
  box.title = checked ? 'Shown: untick to hide it' : 'Hidden: tick to show it';
  box.addEventListener('change', () => onChange(box.checked));
  return el('div', { className: 'check-row community-row', dataset: { community: String(id) } }, [
    box,
    color ? el('span', { className: 'swatch', attributes: { style: `background:${color}` } }) : null,
    el(
      'button',
      {
        className: 'community-name',
        title: label,
        attributes: { type: 'button', 'aria-label': `Frame ${label} on the canvas`, 'data-testid': `community-name-${id}` },
        onClick: onFrame,
      },
      [el('span', { className: 'clamp-2', text: label })],
    ),
    el('span', { className: 'count', text: String(size) }),
    after,
  ]);
}

/** `hidden` with the communities of `ids` shown (taken out) or hidden (put in). */
function withCommunities(hidden: ReadonlySet<number>, ids: ReadonlySet<number>, shown: boolean): Set<number> {
  const next = new Set(hidden);
  for (const id of ids) {
    if (shown) next.delete(id);
    else next.add(id);
  }
  return next;
}

/**
 * The row of the small communities gathered in the overview: its checkbox shows or hides them all (half-ticked when
 * only some are hidden), its name opens or closes the list of them under it, then their size and "only".
 */
function smallCommunitiesRow(
  small: LegendSmallCommunities,
  communities: readonly CommunityInfo[],
  data: LegendData,
  open: boolean,
  handlers: { onShow: (shown: boolean) => void; onOnly: () => void; onToggle: () => void },
): HTMLElement {
  const hidden = communities.filter((community) => data.filters.hiddenCommunities.has(community.id)).length;
  const box = el('input', { attributes: { type: 'checkbox', 'data-testid': 'small-communities', 'aria-label': `Show the ${small.label}` } });
  box.checked = hidden === 0;
  box.indeterminate = hidden > 0 && hidden < communities.length;
  box.title = hidden === 0 ? 'Shown: untick to hide them all' : hidden < communities.length ? `${hidden} of them hidden: tick to show them all` : 'Hidden: tick to show them all';
  box.addEventListener('change', () => handlers.onShow(box.checked));
  const size = communities.reduce((sum, community) => sum + community.size, 0);
  const title = `${small.label}: the ${small.rule}, drawn as one node in the overview and in one colour. Click to ${open ? 'close' : 'open'} the list of them.`;
  return el('div', { className: 'check-row community-row small-communities-row' }, [
    box,
    data.colorMode === 'community' ? el('span', { className: 'swatch', attributes: { style: `background:${SMALL_COMMUNITIES_COLOR}` } }) : null,
    el(
      'button',
      {
        className: 'community-name',
        title,
        attributes: { type: 'button', 'aria-expanded': String(open), 'data-testid': 'small-communities-toggle' },
        onClick: handlers.onToggle,
      },
      [el('span', { className: 'disclosure', text: open ? '▾' : '▸' }), el('span', { className: 'clamp-2', text: small.label })],
    ),
    el('span', { className: 'count', text: String(size) }),
    el('button', {
      className: 'link-button only-button',
      text: 'only',
      title: `Show only the ${small.label}`,
      attributes: { type: 'button', 'data-testid': 'small-communities-only' },
      onClick: handlers.onOnly,
    }),
  ]);
}

/** A row of the date legend for grey nodes: the swatch, what they are, how many. */
function greyRow(text: string, title: string, count: number | null, testId: string): HTMLElement {
  return el('div', { className: 'check-row small', title, attributes: { 'data-testid': testId } }, [
    el('span', { className: 'swatch', attributes: { style: `background:${UNDATED_COLOR}` } }),
    el('span', { className: 'check-label', text }),
    count !== null ? el('span', { className: 'count', text: String(count) }) : null,
  ]);
}

export function renderFiltersPanel(container: HTMLElement, data: LegendData, handlers: FiltersHandlers): void {
  clear(container);
  const { filters } = data;
  const update = (patch: Partial<FilterState>) => handlers.onFilters({ ...filters, ...patch });

  const modeButton = (mode: ColorMode, text: string, disabledBecause: string | null = null) => {
    const button = el('button', {
      text,
      className: data.colorMode === mode ? 'segmented active' : 'segmented',
      title: disabledBecause ?? '',
      attributes: { type: 'button', 'aria-pressed': String(data.colorMode === mode), 'data-testid': `color-${mode}` },
      onClick: () => handlers.onColorMode(mode),
    });
    button.disabled = disabledBecause !== null;
    return button;
  };
  const legend = data.dateLegend;
  const dateLegend =
    data.colorMode === 'year' && legend
      ? el('div', { className: 'date-legend', attributes: { 'data-testid': 'year-legend' } }, [
          el('div', { className: 'date-gradient', attributes: { style: `background:${dateGradient()}` } }),
          el('div', { className: 'date-ends' }, [
            el('span', { text: `${legend.before ? '≤ ' : ''}${binLabel(legend.first)}`, attributes: { 'data-testid': 'year-legend-first' } }),
            el('span', { text: `${legend.after ? '≥ ' : ''}${binLabel(legend.last)}`, attributes: { 'data-testid': 'year-legend-last' } }),
          ]),
          el('p', {
            className: 'muted',
            text: `Papers by date; models, methods, datasets and authors by the mean date of their papers.${legend.before || legend.after ? ' The colours span the middle 90% of dated papers.' : ''}`,
          }),
          greyRow('undated', 'Papers without a date, and nodes with no dated paper', legend.grey?.undated ?? null, 'year-legend-undated'),
          // Only on a timeline of months, and only when some are: a year has no place on a palette of months.
          legend.grey && legend.grey.yearOnly > 0
            ? greyRow('year only', 'Papers dated only to the year (not placed among the months), and nodes whose dated papers are all such', legend.grey.yearOnly, 'year-legend-year-only')
            : null,
        ])
      : null;

  const kinds = [...data.kindCounts.keys()].sort((a, b) => {
    const ia = (KNOWN_KINDS as readonly string[]).indexOf(a);
    const ib = (KNOWN_KINDS as readonly string[]).indexOf(b);
    return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib) || a.localeCompare(b);
  });
  // Remembered on the panel element, so re-renders after a filter change keep the user's choice and search.
  const showAllCommunities = container.dataset.showAllCommunities === 'true';
  const communityQuery = container.dataset.communityQuery ?? '';
  const small = data.smallCommunities;
  const smallOpen = container.dataset.smallCommunitiesOpen === 'true';
  const communityRows = data.communities.map((community) => {
    // Community names are joined member labels: flattened like every other name in the panels.
    const label = displayText(community.label);
    const only = el('button', {
      className: 'link-button only-button',
      text: 'only',
      title: `Show only ${label}`,
      attributes: { type: 'button', 'data-testid': `community-only-${community.id}` },
      onClick: () => handlers.onOnlyCommunities([community.id]),
    });
    const row = communityRow(
      label,
      community.id,
      community.size,
      !filters.hiddenCommunities.has(community.id),
      data.colorMode === 'community' ? (data.communityColors.get(community.id) ?? '#777') : null,
      (checked) => update({ hiddenCommunities: toggled(filters.hiddenCommunities, community.id, checked) }),
      () => handlers.onFrameCommunity(community.id),
      only,
    );
    const gathered = small?.ids.has(community.id) === true;
    if (gathered) row.classList.add('small-community');
    return { community, row, label, gathered };
  });
  const largeRows = communityRows.filter((entry) => !entry.gathered);
  const smallRows = communityRows.filter((entry) => entry.gathered);
  const smallGroup = small && smallRows.length > 0 ? smallCommunitiesRow(small, smallRows.map((entry) => entry.community), data, smallOpen, {
    onShow: (shown) => update({ hiddenCommunities: withCommunities(filters.hiddenCommunities, small.ids, shown) }),
    onOnly: () => handlers.onOnlyCommunities([...small.ids]),
    onToggle: () => {
      container.dataset.smallCommunitiesOpen = String(!smallOpen);
      renderFiltersPanel(container, data, handlers);
    },
  }) : null;
  const moreButton = el('button', { className: 'link-button', attributes: { type: 'button', 'data-testid': 'communities-more' } });
  // Rows are shown or hidden in place while typing: re-rendering the panel would take the focus from the search box.
  // The small communities are listed under their row when it is open; a search finds them whether it is open or not.
  const showCommunityRows = () => {
    const query = container.dataset.communityQuery ?? '';
    const searching = query.trim() !== '';
    let matching = 0;
    for (const { row, label } of largeRows) {
      const matches = !searching || matchesCommunityQuery(label, query);
      row.hidden = !matches || (!searching && !showAllCommunities && matching >= COMMUNITIES_SHOWN);
      if (matches) matching += 1;
    }
    let smallMatching = 0;
    for (const { row, label } of smallRows) {
      const matches = searching ? matchesCommunityQuery(label, query) : smallOpen;
      row.hidden = !matches;
      if (matches) smallMatching += 1;
    }
    if (smallGroup) smallGroup.hidden = searching && smallMatching === 0;
    moreButton.hidden = searching || largeRows.length <= COMMUNITIES_SHOWN;
    moreButton.textContent = showAllCommunities ? 'Show fewer' : `Show all ${largeRows.length}`;
  };
  moreButton.addEventListener('click', () => {
    container.dataset.showAllCommunities = String(!showAllCommunities);
    renderFiltersPanel(container, data, handlers);
  });
  const communitySearch = el('input', {
    attributes: { type: 'search', placeholder: 'Search communities', 'aria-label': 'Search communities', 'data-testid': 'community-search', value: communityQuery },
  });
  communitySearch.addEventListener('input', () => {
    container.dataset.communityQuery = communitySearch.value;
    showCommunityRows();
  });
  showCommunityRows();

  const minPapers = el('input', { attributes: { type: 'number', min: '1', step: '1', value: String(filters.minPapers), id: 'min-papers', 'data-testid': 'min-papers' } });
  minPapers.addEventListener('change', () => {
    const value = Math.max(1, Math.floor(Number(minPapers.value) || 1));
    update({ minPapers: value });
  });

  container.append(
    el('section', {}, [
      el('h3', { text: 'Colour by' }),
      el('div', { className: 'segmented-group' }, [
        modeButton('kind', 'Kind'),
        modeButton('community', 'Community'),
        modeButton('year', 'Year', legend ? null : 'No paper in this graph has a date'),
      ]),
      dateLegend,
    ]),
    el('section', {}, [
      el('h3', { text: 'Kinds' }),
      ...kinds.map((kind) =>
        checkRow(kind, data.kindCounts.get(kind) ?? 0, !filters.hiddenKinds.has(kind), data.colorMode === 'kind' ? kindColor(kind) : null, `kind-${kind}`, (checked) =>
          update({ hiddenKinds: toggled(filters.hiddenKinds, kind, checked) }),
        ),
      ),
    ]),
    el('section', {}, [
      el('h3', { text: `Communities (${data.communities.length})` }),
      data.communities.length > 1
        ? el('div', { className: 'community-tools' }, [
            communitySearch,
            el('button', { className: 'link-button', text: 'all', title: 'Show every community', attributes: { type: 'button', 'data-testid': 'communities-all' }, onClick: () => handlers.onAllCommunities() }),
            el('button', { className: 'link-button', text: 'none', title: 'Hide every community', attributes: { type: 'button', 'data-testid': 'communities-none' }, onClick: () => handlers.onNoCommunities() }),
          ])
        : null,
      ...largeRows.map(({ row }) => row),
      moreButton,
      smallGroup,
      ...smallRows.map(({ row }) => row),
    ]),
    el('section', {}, [
      el('h3', { text: 'Links' }),
      ...[...data.relationCounts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([relation, count]) =>
          checkRow(relationWords(relation), count, !filters.hiddenRelations.has(relation), null, `relation-${relation}`, (checked) =>
            update({ hiddenRelations: toggled(filters.hiddenRelations, relation, checked) }),
          ),
        ),
    ]),
    el('section', {}, [
      el('label', { className: 'number-row', title: 'Hide models, methods, datasets and authors with fewer papers', attributes: { for: 'min-papers' } }, [
        el('span', { className: 'number-label', text: 'Min. papers per entity/author' }),
        minPapers,
      ]),
    ]),
  );
}

import { COLOR_MODES, type ColorMode } from '../graph/appearance.ts';
import { ENTITY_KINDS, type EntityKind } from '../graph/types.ts';
import { defaultFilters, type FilterState } from './filters.ts';
import { subcommunityNodeKey, subcommunityOfSuperNode } from './overview.ts';
import { QUERY_MODES, type QueryMode } from './query.ts';
import { SMALL_COMMUNITIES } from './small-communities.ts';
import { normalizeRange, type DateRange } from './timeline.ts';

/** The Shared panel's tabs: one per entity kind, then the entities whose share of papers grew most. */
export type SharedTab = EntityKind | 'rising';
export const SHARED_TABS: readonly SharedTab[] = [...ENTITY_KINDS, 'rising'];

/** Everything a link must carry to reproduce a view. */
export interface ViewState {
  selected: string | null;
  colorMode: ColorMode;
  filters: FilterState;
  sharedTab: SharedTab;
  sharedEntity: string | null;
  comparedPapers: string[];
  includeTagged: boolean;
  /**
   * Communities drawn member by member in overview mode (large graphs), `SMALL_COMMUNITIES` for the group of small
   * ones (`expand=small` in the link); ignored on graphs drawn whole.
   */
  expandedCommunities: number[];
  /**
   * Sub-communities drawn member by member inside expanded big communities (overview keys `#sub:<community>:<sub>`,
   * in the order opened; `subs=3.1,3.4` in the link); the other sub-communities of those communities stay one node each.
   */
  expandedSubcommunities: string[];
  /** The timeline's brush: papers outside it are hidden (`from=2025-03&to=2025-09`); null shows every date. */
  dateRange: DateRange | null;
  /** A question over several entities (`query=<key>&query=<key>`): the papers linked to all of them, or to any (`match=any`). */
  query: string[];
  queryMode: QueryMode;
}

export function defaultViewState(graphOrder: number): ViewState {
  return {
    selected: null,
    colorMode: 'kind',
    filters: defaultFilters(graphOrder),
    sharedTab: 'model',
    sharedEntity: null,
    comparedPapers: [],
    includeTagged: false,
    expandedCommunities: [],
    expandedSubcommunities: [],
    dateRange: null,
    query: [],
    queryMode: 'all',
  };
}

const list = (value: string | null): string[] => (value === null || value === '' ? [] : value.split(',').filter((v) => v !== ''));

/** The group of small communities in `expand=`: a word, where the communities are numbers. */
const SMALL_COMMUNITIES_TOKEN = 'small';

/**
 * Reads a view from a query string; unknown or malformed values fall back to the defaults. `communityIds` (the
 * graph's communities) lets `onlyCommunities=7` mean "every other community hidden"; without them it is ignored.
 */
export function parseViewState(query: string, graphOrder: number, communityIds: readonly number[] = []): ViewState {
  const params = new URLSearchParams(query);
  const state = defaultViewState(graphOrder);
  state.selected = params.get('node') || null;
  const color = params.get('color');
  if (color !== null && (COLOR_MODES as readonly string[]).includes(color)) state.colorMode = color as ColorMode;
  const hide = params.get('hide');
  const minPapers = Number(params.get('minPapers'));
  state.filters = {
    hiddenKinds: hide === null ? state.filters.hiddenKinds : new Set(list(hide)),
    hiddenCommunities: hiddenCommunitiesOf(params, communityIds),
    hiddenRelations: new Set(list(params.get('relations'))),
    minPapers: Number.isInteger(minPapers) && minPapers >= 1 ? minPapers : 1,
  };
  const tab = params.get('tab');
  if (tab !== null && (SHARED_TABS as readonly string[]).includes(tab)) state.sharedTab = tab as SharedTab;
  state.sharedEntity = params.get('shared') || null;
  state.comparedPapers = params.getAll('compare').filter((key) => key !== '');
  state.includeTagged = params.get('tagged') === '1';
  state.expandedCommunities = [
    ...new Set(
      list(params.get('expand'))
        .map((token) => (token === SMALL_COMMUNITIES_TOKEN ? SMALL_COMMUNITIES : Number(token)))
        .filter(Number.isInteger),
    ),
  ];
  state.expandedSubcommunities = [...new Set(list(params.get('subs')).flatMap((token) => subcommunityOfToken(token) ?? []))];
  state.dateRange = normalizeRange(params.get('from'), params.get('to'));
  state.query = [...new Set(params.getAll('query').filter((key) => key !== ''))];
  const match = params.get('match');
  if (match !== null && (QUERY_MODES as readonly string[]).includes(match)) state.queryMode = match as QueryMode;
  return state;
}

function hiddenCommunitiesOf(params: URLSearchParams, communityIds: readonly number[]): Set<number> {
  const ids = (value: string | null) => list(value).map(Number).filter(Number.isInteger);
  const only = params.get('onlyCommunities');
  if (only !== null && communityIds.length > 0) {
    const shown = new Set(ids(only));
    return new Set(communityIds.filter((id) => !shown.has(id)));
  }
  return new Set(ids(params.get('communities')));
}

/** `3.1` (community 3, sub-community 1) → the overview's key of that sub-community; null for anything else. */
function subcommunityOfToken(token: string): string | null {
  const match = /^(-?\d+)\.(\d+)$/.exec(token);
  return match ? subcommunityNodeKey(Number(match[1]), Number(match[2])) : null;
}

const sorted = <T>(values: Iterable<T>): T[] => [...values].sort();
const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((v) => b.has(v));

/**
 * Writes only what differs from the defaults, so a plain link stays short. `extra` keeps parameters the view does
 * not own (such as `graph=<url>`), first.
 */
export function serializeViewState(state: ViewState, graphOrder: number, extra: Record<string, string> = {}, communityIds: readonly number[] = []): string {
  const defaults = defaultViewState(graphOrder);
  const params = new URLSearchParams(extra);
  if (state.selected !== null) params.set('node', state.selected);
  if (state.colorMode !== defaults.colorMode) params.set('color', state.colorMode);
  if (!sameSet(state.filters.hiddenKinds, defaults.filters.hiddenKinds)) params.set('hide', sorted(state.filters.hiddenKinds).join(','));
  const hidden = state.filters.hiddenCommunities;
  // "Only this" on a graph of 2,000 communities would list 1,999: the shorter of the two lists goes in the link.
  const shown = communityIds.filter((id) => !hidden.has(id)).sort((a, b) => a - b);
  const known = new Set(communityIds);
  // Ids the graph does not have (a link made on another graph) can only be written as hidden.
  const hiddenKnown = hidden.size > 0 && [...hidden].every((id) => known.has(id));
  if (hiddenKnown && shown.length < hidden.size) params.set('onlyCommunities', shown.join(','));
  else if (hidden.size > 0) params.set('communities', [...hidden].sort((a, b) => a - b).join(','));
  if (state.filters.hiddenRelations.size > 0) params.set('relations', sorted(state.filters.hiddenRelations).join(','));
  if (state.filters.minPapers !== 1) params.set('minPapers', String(state.filters.minPapers));
  if (state.sharedTab !== defaults.sharedTab) params.set('tab', state.sharedTab);
  if (state.sharedEntity !== null) params.set('shared', state.sharedEntity);
  for (const paper of state.comparedPapers) params.append('compare', paper);
  if (state.includeTagged) params.set('tagged', '1');
  // In the order opened, as the state keeps them: after a reload Esc still folds the one opened last.
  if (state.expandedCommunities.length > 0) params.set('expand', state.expandedCommunities.map((id) => (id === SMALL_COMMUNITIES ? SMALL_COMMUNITIES_TOKEN : String(id))).join(','));
  const subs = state.expandedSubcommunities.flatMap((key) => subcommunityOfSuperNode(key) ?? []);
  if (subs.length > 0) params.set('subs', subs.map((sub) => `${sub.community}.${sub.subcommunity}`).join(','));
  if (state.dateRange?.from) params.set('from', state.dateRange.from);
  if (state.dateRange?.to) params.set('to', state.dateRange.to);
  for (const key of state.query) params.append('query', key);
  if (state.queryMode !== defaults.queryMode) params.set('match', state.queryMode);
  return params.toString();
}

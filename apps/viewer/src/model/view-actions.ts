import type { ColorMode } from '../graph/appearance.ts';
import type { FilterState } from './filters.ts';
import { subcommunityOfSuperNode } from './overview.ts';
import type { QueryMode } from './query.ts';
import { isBin, rangeIn, sameRange, type DateRange } from './timeline.ts';
import type { SharedTab, ViewState } from './url-state.ts';

/**
 * Everything the user can do to the view, as data. `reduceView` turns a state and an action into the next state
 * (never mutating either); the app then runs its one update to show it. The state is never changed in place, so the
 * update loop can tell what changed by identity.
 */
export type ViewAction =
  | { type: 'select'; node: string }
  | { type: 'clear-selection' }
  /** Esc: clears the selection first; with nothing selected, collapses the community expanded last. */
  | { type: 'escape' }
  | { type: 'set-filters'; filters: FilterState }
  /** The communities list's "only": every other community of the graph (`all`) is hidden (a row's community, or the small ones). */
  | { type: 'only-communities'; communities: readonly number[]; all: readonly number[] }
  /** The communities list's "all" (hide none) and "none" (hide every community of the graph, `all`). */
  | { type: 'show-all-communities' }
  | { type: 'hide-all-communities'; all: readonly number[] }
  | { type: 'set-color-mode'; mode: ColorMode }
  | { type: 'set-shared-tab'; tab: SharedTab }
  | { type: 'choose-shared'; entity: string | null }
  | { type: 'include-tagged'; include: boolean }
  | { type: 'toggle-compare'; paper: string }
  | { type: 'clear-compare' }
  | { type: 'expand'; community: number }
  | { type: 'collapse'; community: number }
  | { type: 'collapse-all' }
  /** A sub-community's node inside an expanded big community (`#sub:<community>:<sub>`): drawn member by member, or folded again. */
  | { type: 'toggle-subcommunity'; key: string }
  /** The timeline's brush (or one step of a replay); null shows every date. */
  | { type: 'set-date-range'; range: DateRange | null }
  /** A search chip or a shift-click: the entity joins the query, or leaves it when already in. */
  | { type: 'toggle-query'; entity: string }
  | { type: 'set-query-mode'; mode: QueryMode }
  | { type: 'clear-query' };

/** What actions need to know about the graph shown. */
export interface ViewContext {
  hasNode(key: string): boolean;
  /** The bins of the graph's timeline; null when no paper has a date (no range, no colouring by date). */
  timeBins: 'month' | 'year' | null;
  /** Overview mode (large graphs); null when the graph is drawn whole. */
  overview: null | {
    /**
     * The community of the overview a node is drawn in once expanded (its own, or the group of small communities);
     * null for a node the filters hide.
     */
    communityOfVisible(key: string): number | null;
    /** The community of the overview a community of the graph is drawn in: itself, or the group of small ones. */
    overviewCommunity(community: number): number;
    /** A community with visible members (one that has something to draw when expanded). */
    canExpand(community: number): boolean;
    /**
     * The sub-community (`#sub:<community>:<sub>`) a visible node is folded into while its expanded community shows
     * sub-communities; null when its community shows its members at once (or the node is hidden).
     */
    subcommunityOfVisible(key: string): string | null;
    /** A sub-community of a community that shows sub-communities, with visible members. */
    canExpandSubcommunity(key: string): boolean;
    /**
     * A community, or a sub-community (`#sub:<community>:<sub>`), of the graph, whatever the filters and the date
     * range hide: an expansion made is kept while it exists, so a range or filter that empties it for a while (a
     * replay's early months) does not lose it from the view and the link.
     */
    exists(community: number | string): boolean;
  };
}

const withExpanded = (state: ViewState, expanded: number[], context: ViewContext, subcommunities: readonly string[] = state.expandedSubcommunities): ViewState => {
  const overview = context.overview;
  // Kept in the order of expansion (Esc collapses the last one), once each: a new one only when it has something to
  // draw, one expanded before while its community exists (filters or a date range may empty it for a while; the
  // overview draws only what has members to show).
  // A small community (a link made before they were gathered) is expanded as the group that draws it.
  const wasExpanded = new Set(state.expandedCommunities.map((id) => overview?.overviewCommunity(id) ?? id));
  const next = [...new Set(expanded.map((id) => overview?.overviewCommunity(id) ?? id))].filter((id) =>
    overview ? (wasExpanded.has(id) ? overview.exists(id) : overview.canExpand(id)) : false,
  );
  // A sub-community is open only inside its expanded community: collapsing the community forgets it.
  const open = new Set(next);
  const wasOpen = new Set(state.expandedSubcommunities);
  const subs = [...new Set(subcommunities)].filter((key) => {
    const community = subcommunityOfSuperNode(key)?.community;
    if (!overview || community === undefined || !open.has(community)) return false;
    return wasOpen.has(key) ? overview.exists(key) : overview.canExpandSubcommunity(key);
  });
  const sameCommunities = sameList(next, state.expandedCommunities);
  const sameSubs = sameList(subs, state.expandedSubcommunities);
  if (sameCommunities && sameSubs) return state;
  return { ...state, expandedCommunities: sameCommunities ? state.expandedCommunities : next, expandedSubcommunities: sameSubs ? state.expandedSubcommunities : subs };
};

/** New filters only when the hidden set changes: the same state keeps every part of the page from redrawing. */
function withHiddenCommunities(state: ViewState, hidden: readonly number[]): ViewState {
  const next = new Set(hidden);
  const current = state.filters.hiddenCommunities;
  if (next.size === current.size && [...next].every((id) => current.has(id))) return state;
  return { ...state, filters: { ...state.filters, hiddenCommunities: next } };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function reduceView(state: ViewState, action: ViewAction, context: ViewContext): ViewState {
  switch (action.type) {
    case 'select': {
      if (!context.hasNode(action.node)) return state;
      // In overview mode a node is drawn only inside its expanded community (and, in a big one, inside its open
      // sub-community): open them too.
      const community = context.overview?.communityOfVisible(action.node) ?? null;
      if (community === null) return { ...state, selected: action.node };
      const sub = context.overview?.subcommunityOfVisible(action.node) ?? null;
      const communities = state.expandedCommunities.includes(community) ? state.expandedCommunities : [...state.expandedCommunities, community];
      const subs = sub === null || state.expandedSubcommunities.includes(sub) ? state.expandedSubcommunities : [...state.expandedSubcommunities, sub];
      return { ...withExpanded(state, communities, context, subs), selected: action.node };
    }
    case 'clear-selection':
      return { ...state, selected: null, sharedEntity: null };
    case 'escape': {
      // One step out of what is drawn: an expansion the filters or the range empty for now is not what Esc undoes.
      const overview = context.overview;
      const last = overview ? state.expandedCommunities.findLast((id) => overview.canExpand(id)) : undefined;
      if (state.selected === null && state.sharedEntity === null && overview && last !== undefined) {
        // One step out: the sub-community opened last folds first, then the community expanded last.
        const lastSub = state.expandedSubcommunities.findLast((key) => overview.canExpandSubcommunity(key));
        if (lastSub !== undefined) return reduceView(state, { type: 'toggle-subcommunity', key: lastSub }, context);
        return reduceView(state, { type: 'collapse', community: last }, context);
      }
      return reduceView(state, { type: 'clear-selection' }, context);
    }
    case 'set-filters':
      return { ...state, filters: action.filters };
    case 'only-communities': {
      const shown = new Set(action.communities);
      return withHiddenCommunities(state, action.all.filter((id) => !shown.has(id)));
    }
    case 'show-all-communities':
      return withHiddenCommunities(state, []);
    case 'hide-all-communities':
      return withHiddenCommunities(state, action.all);
    case 'set-color-mode':
      return reconcileTime({ ...state, colorMode: action.mode }, context);
    case 'set-shared-tab':
      return reconcileTime({ ...state, sharedTab: action.tab, sharedEntity: null }, context);
    case 'choose-shared':
      return { ...state, sharedEntity: action.entity };
    case 'include-tagged':
      return { ...state, includeTagged: action.include };
    case 'toggle-compare': {
      const compared = state.comparedPapers.includes(action.paper) ? state.comparedPapers.filter((p) => p !== action.paper) : [...state.comparedPapers, action.paper];
      // A comparison highlights its own set; an entity chosen earlier would hide it.
      return { ...state, comparedPapers: compared, sharedEntity: compared.length >= 2 ? null : state.sharedEntity };
    }
    case 'clear-compare':
      return state.comparedPapers.length === 0 ? state : { ...state, comparedPapers: [] };
    case 'expand': {
      const community = context.overview?.overviewCommunity(action.community);
      if (community === undefined || state.expandedCommunities.includes(community)) return state;
      return withExpanded(state, [...state.expandedCommunities, community], context);
    }
    case 'collapse': {
      const community = context.overview?.overviewCommunity(action.community) ?? action.community;
      return withExpanded(state, state.expandedCommunities.filter((id) => id !== community), context);
    }
    case 'collapse-all':
      return withExpanded(state, [], context);
    case 'toggle-subcommunity': {
      const community = subcommunityOfSuperNode(action.key)?.community;
      if (!context.overview || community === undefined || !state.expandedCommunities.includes(community)) return state;
      const open = state.expandedSubcommunities.includes(action.key);
      return withExpanded(state, state.expandedCommunities, context, open ? state.expandedSubcommunities.filter((key) => key !== action.key) : [...state.expandedSubcommunities, action.key]);
    }
    case 'set-date-range':
      return sameRange(state.dateRange, action.range) ? state : reconcileTime({ ...state, dateRange: action.range }, context);
    case 'toggle-query': {
      if (!context.hasNode(action.entity)) return state;
      const query = state.query.includes(action.entity) ? state.query.filter((key) => key !== action.entity) : [...state.query, action.entity];
      // The query's answer replaces an entity chosen in Shared as what the canvas highlights.
      return { ...state, query, sharedEntity: query.length > 0 ? null : state.sharedEntity };
    }
    case 'set-query-mode':
      return state.queryMode === action.mode ? state : { ...state, queryMode: action.mode };
    case 'clear-query':
      return state.query.length === 0 ? state : { ...state, query: [] };
  }
}

/**
 * The state made consistent with the graph shown: nodes it does not have are dropped (a link made on another graph),
 * and so are expanded communities and sub-communities it does not have (those the filters or the date range empty
 * for now stay, drawn again when they have members to show), a date range the timeline cannot show and colouring by
 * date without dates. Returns the same object when nothing changes.
 */
export function reconcileView(state: ViewState, context: ViewContext): ViewState {
  let next = state;
  if (next.selected !== null && !context.hasNode(next.selected)) next = { ...next, selected: null };
  if (next.sharedEntity !== null && !context.hasNode(next.sharedEntity)) next = { ...next, sharedEntity: null };
  const compared = next.comparedPapers.filter((key) => context.hasNode(key));
  if (compared.length !== next.comparedPapers.length) next = { ...next, comparedPapers: compared };
  const query = next.query.filter((key) => context.hasNode(key));
  if (query.length !== next.query.length) next = { ...next, query };
  return withExpanded(reconcileTime(next, context), next.expandedCommunities, context);
}

/**
 * A date range needs a timeline (a range in bins of the other size is read in the timeline's: years as their months,
 * months as their years); colouring by date and Rising need dates.
 */
export function reconcileTime(state: ViewState, context: ViewContext): ViewState {
  let next = state;
  const range = next.dateRange;
  const bins = context.timeBins;
  if (range !== null) {
    const read = bins === null ? null : rangeIn(range, bins);
    if (read !== range) next = { ...next, dateRange: read };
  }
  if (next.colorMode === 'year' && bins === null) next = { ...next, colorMode: 'kind' };
  if (next.sharedTab === 'rising' && bins === null) next = { ...next, sharedTab: 'model', sharedEntity: null };
  return next;
}

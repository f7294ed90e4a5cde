import { COLOR_MODES, type ColorMode } from '../graph/appearance.ts';
import { ENTITY_KINDS, type EntityKind } from '../graph/types.ts';
import { defaultFilters, type FilterState } from './filters.ts';
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
  /** Communities drawn member by member in overview mode (large graphs); ignored on graphs drawn whole. */
  expandedCommunities: number[];
  /** The timeline's brush: papers outside it are hidden (`from=2025-03&to=2025-09`); null shows every date. */
  dateRange: DateRange | null;
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
    dateRange: null,
  };
}

const list = (value: string | null): string[] => (value === null || value === '' ? [] : value.split(',').filter((v) => v !== ''));

/** Reads a view from a query string; unknown or malformed values fall back to the defaults. */
export function parseViewState(query: string, graphOrder: number): ViewState {
  const params = new URLSearchParams(query);
  const state = defaultViewState(graphOrder);
  state.selected = params.get('node') || null;
  const color = params.get('color');
  if (color !== null && (COLOR_MODES as readonly string[]).includes(color)) state.colorMode = color as ColorMode;
  const hide = params.get('hide');
  const minPapers = Number(params.get('minPapers'));
  state.filters = {
    hiddenKinds: hide === null ? state.filters.hiddenKinds : new Set(list(hide)),
    hiddenCommunities: new Set(list(params.get('communities')).map(Number).filter(Number.isInteger)),
    hiddenRelations: new Set(list(params.get('relations'))),
    minPapers: Number.isInteger(minPapers) && minPapers >= 1 ? minPapers : 1,
  };
  const tab = params.get('tab');
  if (tab !== null && (SHARED_TABS as readonly string[]).includes(tab)) state.sharedTab = tab as SharedTab;
  state.sharedEntity = params.get('shared') || null;
  state.comparedPapers = params.getAll('compare').filter((key) => key !== '');
  state.includeTagged = params.get('tagged') === '1';
  state.expandedCommunities = [...new Set(list(params.get('expand')).map(Number).filter(Number.isInteger))];
  state.dateRange = normalizeRange(params.get('from'), params.get('to'));
  return state;
}

const sorted = <T>(values: Iterable<T>): T[] => [...values].sort();
const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((v) => b.has(v));

/**
 * Writes only what differs from the defaults, so a plain link stays short. `extra` keeps parameters the view does
 * not own (such as `graph=<url>`), first.
 */
export function serializeViewState(state: ViewState, graphOrder: number, extra: Record<string, string> = {}): string {
  const defaults = defaultViewState(graphOrder);
  const params = new URLSearchParams(extra);
  if (state.selected !== null) params.set('node', state.selected);
  if (state.colorMode !== defaults.colorMode) params.set('color', state.colorMode);
  if (!sameSet(state.filters.hiddenKinds, defaults.filters.hiddenKinds)) params.set('hide', sorted(state.filters.hiddenKinds).join(','));
  if (state.filters.hiddenCommunities.size > 0) params.set('communities', [...state.filters.hiddenCommunities].sort((a, b) => a - b).join(','));
  if (state.filters.hiddenRelations.size > 0) params.set('relations', sorted(state.filters.hiddenRelations).join(','));
  if (state.filters.minPapers !== 1) params.set('minPapers', String(state.filters.minPapers));
  if (state.sharedTab !== defaults.sharedTab) params.set('tab', state.sharedTab);
  if (state.sharedEntity !== null) params.set('shared', state.sharedEntity);
  for (const paper of state.comparedPapers) params.append('compare', paper);
  if (state.includeTagged) params.set('tagged', '1');
  if (state.expandedCommunities.length > 0) params.set('expand', [...state.expandedCommunities].sort((a, b) => a - b).join(','));
  if (state.dateRange?.from) params.set('from', state.dateRange.from);
  if (state.dateRange?.to) params.set('to', state.dateRange.to);
  return params.toString();
}

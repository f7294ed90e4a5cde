import { defaultCanvasView, type CanvasView } from './entity-map.ts';

/**
 * What the canvas shows, beside the view state of url-state.ts: the entity map or the graph, the entities whose papers
 * the map draws, and the local graph around a node. Kept in the link like the rest of the view:
 * `view=entities|graph` (only when not the graph's default), `mapPapers=<key>,<key>`, `local=<key>&depth=2`.
 * Never changed in place: a change is a new object (the update loop compares by identity).
 */
export interface CanvasState {
  view: CanvasView;
  /** Entities whose papers are drawn around them on the map ("Show papers"). */
  mapPapers: string[];
  /** The local graph: nodes up to `depth` links away from `node`, drawn instead of the map or graph. */
  local: LocalView | null;
}

export interface LocalView {
  node: string;
  depth: number;
}

export const MIN_LOCAL_DEPTH = 1;
export const MAX_LOCAL_DEPTH = 3;
const DEFAULT_LOCAL_DEPTH = 1;

export function defaultCanvasState(graphOrder: number): CanvasState {
  return { view: defaultCanvasView(graphOrder), mapPapers: [], local: null };
}

export function clampDepth(depth: number): number {
  return Number.isFinite(depth) ? Math.min(MAX_LOCAL_DEPTH, Math.max(MIN_LOCAL_DEPTH, Math.round(depth))) : DEFAULT_LOCAL_DEPTH;
}

/** Reads the canvas state from a query string; what the graph does not have is dropped, the rest falls back to defaults. */
export function parseCanvasState(query: string, graphOrder: number, hasNode: (key: string) => boolean = () => true): CanvasState {
  const params = new URLSearchParams(query);
  const state = defaultCanvasState(graphOrder);
  const view = params.get('view');
  if (view === 'entities' || view === 'graph') state.view = view;
  state.mapPapers = [...new Set((params.get('mapPapers') ?? '').split(',').filter((key) => key !== '' && hasNode(key)))];
  const local = params.get('local');
  if (local && hasNode(local)) state.local = { node: local, depth: clampDepth(Number(params.get('depth') ?? DEFAULT_LOCAL_DEPTH)) };
  return state;
}

/** The canvas state's part of a link: only what differs from the defaults. */
export function canvasStateParams(state: CanvasState, graphOrder: number): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  if (state.view !== defaultCanvasView(graphOrder)) params.push(['view', state.view]);
  if (state.mapPapers.length > 0) params.push(['mapPapers', state.mapPapers.join(',')]);
  if (state.local) {
    params.push(['local', state.local.node]);
    if (state.local.depth !== DEFAULT_LOCAL_DEPTH) params.push(['depth', String(state.local.depth)]);
  }
  return params;
}

/** A link's query with the canvas state's parameters added (after the view's own). */
export function withCanvasParams(query: string, state: CanvasState, graphOrder: number): string {
  const params = new URLSearchParams(query);
  for (const name of ['view', 'mapPapers', 'local', 'depth']) params.delete(name);
  for (const [name, value] of canvasStateParams(state, graphOrder)) params.append(name, value);
  return params.toString();
}

export type CanvasAction =
  | { type: 'set-view'; view: CanvasView }
  /** "Show papers" / "Hide papers" of one entity on the map. */
  | { type: 'toggle-map-papers'; entity: string }
  | { type: 'clear-map-papers' }
  | { type: 'open-local'; node: string; depth?: number }
  | { type: 'set-local-depth'; depth: number }
  /** "Back to the whole graph". */
  | { type: 'close-local' };

export function reduceCanvas(state: CanvasState, action: CanvasAction): CanvasState {
  switch (action.type) {
    case 'set-view':
      return state.view === action.view && state.local === null ? state : { ...state, view: action.view, local: null };
    case 'toggle-map-papers': {
      const shown = state.mapPapers.includes(action.entity);
      return { ...state, mapPapers: shown ? state.mapPapers.filter((key) => key !== action.entity) : [...state.mapPapers, action.entity] };
    }
    case 'clear-map-papers':
      return state.mapPapers.length === 0 ? state : { ...state, mapPapers: [] };
    case 'open-local': {
      const depth = clampDepth(action.depth ?? state.local?.depth ?? DEFAULT_LOCAL_DEPTH);
      return state.local?.node === action.node && state.local.depth === depth ? state : { ...state, local: { node: action.node, depth } };
    }
    case 'set-local-depth': {
      if (!state.local) return state;
      const depth = clampDepth(action.depth);
      return depth === state.local.depth ? state : { ...state, local: { ...state.local, depth } };
    }
    case 'close-local':
      return state.local === null ? state : { ...state, local: null };
  }
}

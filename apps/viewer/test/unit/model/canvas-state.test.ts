import { describe, expect, it } from 'vitest';
import { canvasStateParams, clampDepth, defaultCanvasState, parseCanvasState, reduceCanvas, withCanvasParams } from '../../../src/model/canvas-state.ts';
import { ENTITY_MAP_FROM_NODES } from '../../../src/model/entity-map.ts';

const small = 100;
const large = ENTITY_MAP_FROM_NODES;

describe('canvas state in the link', () => {
  it('writes only what differs from the graph size default, and reads it back', () => {
    expect(canvasStateParams(defaultCanvasState(small), small)).toEqual([]);
    expect(canvasStateParams(defaultCanvasState(large), large)).toEqual([]);
    const state = { view: 'entities' as const, mapPapers: ['model:a', 'method:b'], local: { node: 'paper:1', depth: 3 } };
    const query = withCanvasParams('node=x', state, small);
    expect(query).toBe('node=x&view=entities&mapPapers=model%3Aa%2Cmethod%3Ab&local=paper%3A1&depth=3');
    expect(parseCanvasState(query, small)).toEqual(state);
    expect(withCanvasParams('view=graph', { ...defaultCanvasState(large), view: 'graph' }, large)).toBe('view=graph');
    expect(withCanvasParams('view=graph', defaultCanvasState(large), large)).toBe('');
  });

  it('drops nodes the graph lacks, unknown views, and clamps the depth to 1–3', () => {
    const has = (key: string) => key !== 'model:gone';
    const state = parseCanvasState('view=nonsense&mapPapers=model:gone,model:a,model:a&local=model:gone&depth=2', small, has);
    expect(state).toEqual({ view: 'graph', mapPapers: ['model:a'], local: null });
    expect(parseCanvasState('local=model:a&depth=9', small).local).toEqual({ node: 'model:a', depth: 3 });
    expect(parseCanvasState('local=model:a&depth=abc', small).local).toEqual({ node: 'model:a', depth: 1 });
    expect([clampDepth(0), clampDepth(2.4), clampDepth(7)]).toEqual([1, 2, 3]);
  });
});

describe('canvas actions', () => {
  const start = defaultCanvasState(large);

  it('switches views, leaving a local graph; the same view is the same state', () => {
    expect(reduceCanvas(start, { type: 'set-view', view: 'entities' })).toBe(start);
    const graph = reduceCanvas(start, { type: 'set-view', view: 'graph' });
    expect(graph.view).toBe('graph');
    const local = reduceCanvas(graph, { type: 'open-local', node: 'model:a' });
    expect(reduceCanvas(local, { type: 'set-view', view: 'graph' }).local).toBeNull();
  });

  it('toggles the papers drawn for an entity, and hides them all', () => {
    const one = reduceCanvas(start, { type: 'toggle-map-papers', entity: 'model:a' });
    const two = reduceCanvas(one, { type: 'toggle-map-papers', entity: 'model:b' });
    expect(two.mapPapers).toEqual(['model:a', 'model:b']);
    expect(reduceCanvas(two, { type: 'toggle-map-papers', entity: 'model:a' }).mapPapers).toEqual(['model:b']);
    expect(reduceCanvas(two, { type: 'clear-map-papers' }).mapPapers).toEqual([]);
    expect(reduceCanvas(start, { type: 'clear-map-papers' })).toBe(start);
  });

  it('opens a local graph at depth 1, keeps the depth when moving to another node, and closes it', () => {
    const opened = reduceCanvas(start, { type: 'open-local', node: 'model:a' });
    expect(opened.local).toEqual({ node: 'model:a', depth: 1 });
    const deeper = reduceCanvas(opened, { type: 'set-local-depth', depth: 3 });
    expect(deeper.local?.depth).toBe(3);
    expect(reduceCanvas(deeper, { type: 'set-local-depth', depth: 8 })).toBe(deeper);
    expect(reduceCanvas(deeper, { type: 'open-local', node: 'model:b' }).local).toEqual({ node: 'model:b', depth: 3 });
    expect(reduceCanvas(deeper, { type: 'close-local' }).local).toBeNull();
    expect(reduceCanvas(start, { type: 'set-local-depth', depth: 2 })).toBe(start);
  });
});

import { describe, expect, it } from 'vitest';
import { applyAppearance, appearanceSteps } from '../../../src/graph/appearance.ts';
import { searchIndexSteps, sliceRunner } from '../../../src/graph/slices.ts';
import { buildSearchIndex, type SearchEntry } from '../../../src/model/search.ts';
import { smallGraph } from '../fixture.ts';

describe('sliceRunner', () => {
  it('runs steps until the budget is spent (at least one per call) and says when the job is done', () => {
    let made = 0;
    let ran = 0;
    function* job(): Generator<void> {
      for (let i = 0; i < 5; i++) {
        ran += 1;
        yield;
      }
    }
    // A budget of 0 ms: one step per call.
    const run = sliceRunner(() => {
      made += 1;
      return job();
    }, 0);
    expect(made).toBe(0);
    const results: boolean[] = [];
    for (let i = 0; i < 6; i++) results.push(run());
    expect(made).toBe(1);
    expect(ran).toBe(5);
    expect(results).toEqual([false, false, false, false, false, true]);
    // A generous budget: the whole job in one call.
    expect(sliceRunner(() => job(), 10_000)()).toBe(true);
  });

  it('wraps each call in the timing given', () => {
    const calls: boolean[] = [];
    const run = sliceRunner(() => [1, 2][Symbol.iterator](), 0, (inner) => {
      const done = inner();
      calls.push(done);
      return done;
    });
    while (!run());
    expect(calls).toEqual([false, false, true]);
  });
});

describe('searchIndexSteps', () => {
  it('builds the same index as buildSearchIndex, a slice of nodes per step', () => {
    const graph = smallGraph();
    const entries: SearchEntry[] = [];
    const steps = searchIndexSteps(graph, entries, 3);
    let yields = 0;
    while (!steps.next().done) yields += 1;
    expect(yields).toBe(Math.ceil(graph.order / 3) - 1);
    expect(entries).toEqual(buildSearchIndex(graph));
  });
});

describe('appearanceSteps', () => {
  it('gives the same colours and sizes in slices as at once, and tells listeners once for nodes and once for links', () => {
    const whole = smallGraph();
    applyAppearance(whole, 'community');
    const sliced = smallGraph();
    const events: string[] = [];
    sliced.on('eachNodeAttributesUpdated', () => events.push('nodes'));
    sliced.on('eachEdgeAttributesUpdated', () => events.push('edges'));
    const steps = appearanceSteps(sliced, 'community', new Map(), 2);
    let yields = 0;
    while (!steps.next().done) yields += 1;
    expect(yields).toBeGreaterThan(3);
    expect(events).toEqual(['nodes', 'edges']);
    expect(sliced.mapNodes((_node, a) => [a.color, a.displaySize])).toEqual(whole.mapNodes((_node, a) => [a.color, a.displaySize]));
    expect(sliced.mapEdges((_edge, a) => a.color)).toEqual(whole.mapEdges((_edge, a) => a.color));
  });
});

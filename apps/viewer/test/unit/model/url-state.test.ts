import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_NODES } from '../../../src/model/filters.ts';
import { subcommunityNodeKey } from '../../../src/model/overview.ts';
import { defaultViewState, parseViewState, serializeViewState } from '../../../src/model/url-state.ts';

describe('URL state', () => {
  it('a default view serialises to nothing but the extra parameters', () => {
    expect(serializeViewState(defaultViewState(10), 10)).toBe('');
    expect(serializeViewState(defaultViewState(10), 10, { graph: 'https://x/graph.json' })).toBe('graph=https%3A%2F%2Fx%2Fgraph.json');
  });

  it('round-trips a full view', () => {
    const state = defaultViewState(10);
    state.selected = 'model:mistral-7b';
    state.colorMode = 'community';
    state.filters = { hiddenKinds: new Set(['author', 'dataset']), hiddenCommunities: new Set([3, 1]), hiddenRelations: new Set(['tagged']), minPapers: 2 };
    state.sharedTab = 'method';
    state.sharedEntity = 'method:lora';
    state.comparedPapers = ['paper:a', 'paper:b'];
    state.includeTagged = true;
    const query = serializeViewState(state, 10);
    expect(query).toContain('node=model%3Amistral-7b');
    expect(query).toContain('hide=author%2Cdataset');
    expect(parseViewState(query, 10)).toEqual(state);
  });

  it('keeps "show authors" on a large graph, where hiding them is the default', () => {
    const state = defaultViewState(LARGE_GRAPH_NODES + 1);
    expect([...state.filters.hiddenKinds]).toEqual(['author']);
    state.filters = { ...state.filters, hiddenKinds: new Set() };
    const query = serializeViewState(state, LARGE_GRAPH_NODES + 1);
    expect(query).toBe('hide=');
    expect(parseViewState(query, LARGE_GRAPH_NODES + 1).filters.hiddenKinds.size).toBe(0);
  });

  it('round-trips colouring by year and the Rising tab', () => {
    const state = { ...defaultViewState(10), colorMode: 'year' as const, sharedTab: 'rising' as const, sharedEntity: 'method:lora' };
    const query = serializeViewState(state, 10);
    expect(query).toBe('color=year&tab=rising&shared=method%3Alora');
    expect(parseViewState(query, 10)).toEqual(state);
  });

  it('round-trips the open sub-communities of expanded big communities (`subs=<community>.<sub>`)', () => {
    const state = { ...defaultViewState(10), expandedCommunities: [3, 0], expandedSubcommunities: [subcommunityNodeKey(3, 4), subcommunityNodeKey(0, 1), subcommunityNodeKey(3, 0)] };
    const query = serializeViewState(state, 10);
    // In the order opened.
    expect(query).toBe('expand=3%2C0&subs=3.4%2C0.1%2C3.0');
    expect(parseViewState(query, 10)).toMatchObject({ expandedCommunities: [3, 0], expandedSubcommunities: [subcommunityNodeKey(3, 4), subcommunityNodeKey(0, 1), subcommunityNodeKey(3, 0)] });
    // Tokens that name no sub-community are left out; repeats count once.
    expect(parseViewState('subs=1.2,x,3,1.2,4.-1,2.5', 10).expandedSubcommunities).toEqual([subcommunityNodeKey(1, 2), subcommunityNodeKey(2, 5)]);
  });

  it('ignores malformed values', () => {
    const state = parseViewState('color=purple&minPapers=-3&communities=a,2&tab=author', 10);
    expect(state.colorMode).toBe('kind');
    expect(state.filters.minPapers).toBe(1);
    expect([...state.filters.hiddenCommunities]).toEqual([2]);
    expect(state.sharedTab).toBe('model');
  });
});

describe('community list in the URL', () => {
  it('"only this" survives a link: every other community is listed as hidden and read back', async () => {
    const { reduceView } = await import('../../../src/model/view-actions.ts');
    const context = { hasNode: () => false, overview: null, timeBins: null };
    const only = reduceView(defaultViewState(10), { type: 'only-communities', communities: [7], all: [0, 3, 7, 12] }, context);
    const query = serializeViewState(only, 10);
    expect(query).toBe('communities=0%2C3%2C12');
    expect([...parseViewState(query, 10).filters.hiddenCommunities]).toEqual([0, 3, 12]);
    const none = reduceView(only, { type: 'show-all-communities' }, context);
    expect(serializeViewState(none, 10)).toBe('');
  });
});

describe('onlyCommunities: the shorter list in the link', () => {
  const ids = [12, 0, 7, 3, 5];
  const hiding = (hidden: number[]) => {
    const state = defaultViewState(10);
    return { ...state, filters: { ...state.filters, hiddenCommunities: new Set(hidden) } };
  };

  it('writes the shown communities when fewer than the hidden ones, and reads them back against the graph', () => {
    const query = serializeViewState(hiding([0, 3, 5, 12]), 10, {}, ids);
    expect(query).toBe('onlyCommunities=7');
    expect([...parseViewState(query, 10, ids).filters.hiddenCommunities].sort((a, b) => a - b)).toEqual([0, 3, 5, 12]);
  });

  it('keeps the hidden list when it is shorter, or names communities the graph does not have', () => {
    expect(serializeViewState(hiding([3]), 10, {}, ids)).toBe('communities=3');
    expect(serializeViewState(hiding([0, 3, 5, 12, 99]), 10, {}, ids)).toBe('communities=0%2C3%2C5%2C12%2C99');
  });

  it('ignores onlyCommunities when the graph\'s communities are not known', () => {
    expect(parseViewState('onlyCommunities=7', 10).filters.hiddenCommunities.size).toBe(0);
  });
});

describe('a multi-entity query in the link', () => {
  it('writes each entity once, in the order chosen, and the mode only when it is not AND', () => {
    const state = { ...defaultViewState(10), query: ['model:llama-2-7b', 'model:mistral-7b,x'], queryMode: 'any' as const };
    const query = serializeViewState(state, 10);
    expect(query).toBe('query=model%3Allama-2-7b&query=model%3Amistral-7b%2Cx&match=any');
    expect(parseViewState(query, 10)).toMatchObject({ query: ['model:llama-2-7b', 'model:mistral-7b,x'], queryMode: 'any' });
    expect(serializeViewState({ ...state, queryMode: 'all' }, 10)).not.toContain('match');
  });

  it('ignores an unknown mode and repeated entities', () => {
    expect(parseViewState('query=a&query=a&query=&match=xor', 10)).toMatchObject({ query: ['a'], queryMode: 'all' });
  });
});

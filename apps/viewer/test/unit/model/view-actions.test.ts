import { describe, expect, it } from 'vitest';
import { defaultViewState, parseViewState, serializeViewState, type ViewState } from '../../../src/model/url-state.ts';
import { subcommunityNodeKey } from '../../../src/model/overview.ts';
import { SMALL_COMMUNITIES } from '../../../src/model/small-communities.ts';
import { reconcileView, reduceView, type ViewContext } from '../../../src/model/view-actions.ts';

const nodes = new Map([
  ['paper:a', 1],
  ['paper:b', 2],
  ['model:m', 2],
  ['author:hidden', 3],
]);

/** A graph drawn whole. */
const whole: ViewContext = { hasNode: (key) => nodes.has(key), overview: null, timeBins: 'month' };

/** Overview mode: communities 1 and 2 have visible members; `author:hidden` is filtered out. */
function overview(expandable = new Set([1, 2])): ViewContext {
  return {
    hasNode: whole.hasNode,
    timeBins: 'month',
    overview: {
      communityOfVisible: (key) => (key === 'author:hidden' ? null : (nodes.get(key) ?? null)),
      overviewCommunity: (community) => community,
      canExpand: (community) => expandable.has(community),
      // Community 2 is split: model:m is in its sub-community 0 (sub-community 1 has visible members too).
      subcommunityOfVisible: (key) => (key === 'model:m' ? subcommunityNodeKey(2, 0) : null),
      canExpandSubcommunity: (key) => expandable.has(2) && [subcommunityNodeKey(2, 0), subcommunityNodeKey(2, 1)].includes(key),
      // The graph's communities 1–3 and community 2's sub-communities 0 and 1, whatever is hidden.
      exists: (community) => [1, 2, 3, subcommunityNodeKey(2, 0), subcommunityNodeKey(2, 1)].includes(community),
    },
  };
}

const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...defaultViewState(10), ...patch });

describe('reduceView', () => {
  it('never changes the state it is given', () => {
    const before = state({ comparedPapers: ['paper:a'] });
    const frozen = JSON.stringify({ ...before, filters: null });
    reduceView(before, { type: 'toggle-compare', paper: 'paper:b' }, whole);
    reduceView(before, { type: 'select', node: 'model:m' }, whole);
    expect(JSON.stringify({ ...before, filters: null })).toBe(frozen);
  });

  it('selects known nodes only; clearing drops the selection and the shared-panel choice', () => {
    expect(reduceView(state(), { type: 'select', node: 'model:m' }, whole).selected).toBe('model:m');
    const unknown = state();
    expect(reduceView(unknown, { type: 'select', node: 'model:nope' }, whole)).toBe(unknown);
    expect(reduceView(state({ selected: 'model:m', sharedEntity: 'model:m' }), { type: 'clear-selection' }, whole)).toMatchObject({ selected: null, sharedEntity: null });
  });

  it('in overview mode, selecting a visible node expands its community (once), a hidden one does not', () => {
    const context = overview();
    const selected = reduceView(state({ expandedCommunities: [1] }), { type: 'select', node: 'model:m' }, context);
    expect(selected).toMatchObject({ selected: 'model:m', expandedCommunities: [1, 2] });
    expect(reduceView(selected, { type: 'select', node: 'paper:b' }, context).expandedCommunities).toEqual([1, 2]);
    expect(reduceView(state(), { type: 'select', node: 'author:hidden' }, context).expandedCommunities).toEqual([]);
  });

  it('Esc clears the selection first, then collapses the community expanded last', () => {
    const context = overview();
    let next = state({ selected: 'paper:b', expandedCommunities: [2, 1] });
    next = reduceView(next, { type: 'escape' }, context);
    expect(next).toMatchObject({ selected: null, expandedCommunities: [2, 1] });
    next = reduceView(next, { type: 'escape' }, context);
    expect(next.expandedCommunities).toEqual([2]);
    // A graph drawn whole has nothing to collapse.
    expect(reduceView(state(), { type: 'escape' }, whole).expandedCommunities).toEqual([]);
  });

  it('Esc after a reload folds the community opened last, as the link keeps their order', () => {
    const opened = reduceView(reduceView(state(), { type: 'expand', community: 2 }, overview()), { type: 'expand', community: 1 }, overview());
    const reloaded = reconcileView(parseViewState(serializeViewState(opened, 10), 10), overview());
    expect(reloaded.expandedCommunities).toEqual([2, 1]);
    expect(reduceView(reloaded, { type: 'escape' }, overview()).expandedCommunities).toEqual([2]);
  });

  it('expands only in overview mode, only what can be drawn, keeping the order of expansion', () => {
    expect(reduceView(state(), { type: 'expand', community: 1 }, whole).expandedCommunities).toEqual([]);
    const context = overview();
    let next = reduceView(state(), { type: 'expand', community: 2 }, context);
    next = reduceView(next, { type: 'expand', community: 1 }, context);
    next = reduceView(next, { type: 'expand', community: 9 }, context);
    expect(next.expandedCommunities).toEqual([2, 1]);
    expect(reduceView(next, { type: 'collapse', community: 2 }, context).expandedCommunities).toEqual([1]);
    expect(reduceView(next, { type: 'collapse-all' }, context).expandedCommunities).toEqual([]);
  });

  it('opens and folds sub-communities only inside an expanded split community; collapsing it forgets them', () => {
    const context = overview();
    const [sub0, sub1] = [subcommunityNodeKey(2, 0), subcommunityNodeKey(2, 1)];
    // Not expanded yet: nothing to open.
    expect(reduceView(state(), { type: 'toggle-subcommunity', key: sub1 }, context).expandedSubcommunities).toEqual([]);
    let next = reduceView(state(), { type: 'expand', community: 2 }, context);
    next = reduceView(next, { type: 'toggle-subcommunity', key: sub1 }, context);
    next = reduceView(next, { type: 'toggle-subcommunity', key: sub0 }, context);
    // One with no visible member (or not a sub-community) is never open.
    next = reduceView(next, { type: 'toggle-subcommunity', key: subcommunityNodeKey(2, 9) }, context);
    expect(next.expandedSubcommunities).toEqual([sub1, sub0]);
    expect(reduceView(next, { type: 'toggle-subcommunity', key: sub1 }, context).expandedSubcommunities).toEqual([sub0]);
    expect(reduceView(next, { type: 'collapse', community: 2 }, context)).toMatchObject({ expandedCommunities: [], expandedSubcommunities: [] });
    expect(reduceView(next, { type: 'collapse-all' }, context).expandedSubcommunities).toEqual([]);
    // Drawn whole: no sub-community either.
    expect(reduceView(next, { type: 'toggle-subcommunity', key: sub1 }, whole)).toBe(next);
  });

  it('selecting a node folded into a sub-community opens its community and that sub-community, so it is drawn', () => {
    const next = reduceView(state(), { type: 'select', node: 'model:m' }, overview());
    expect(next).toMatchObject({ selected: 'model:m', expandedCommunities: [2], expandedSubcommunities: [subcommunityNodeKey(2, 0)] });
    expect(reduceView(next, { type: 'select', node: 'model:m' }, overview()).expandedSubcommunities).toEqual([subcommunityNodeKey(2, 0)]);
  });

  it('Esc with nothing selected folds the sub-community opened last before collapsing its community', () => {
    const context = overview();
    let next = state({ expandedCommunities: [2], expandedSubcommunities: [subcommunityNodeKey(2, 1), subcommunityNodeKey(2, 0)] });
    next = reduceView(next, { type: 'escape' }, context);
    expect(next).toMatchObject({ expandedCommunities: [2], expandedSubcommunities: [subcommunityNodeKey(2, 1)] });
    next = reduceView(next, { type: 'escape' }, context);
    expect(next).toMatchObject({ expandedCommunities: [2], expandedSubcommunities: [] });
    expect(reduceView(next, { type: 'escape' }, context).expandedCommunities).toEqual([]);
  });

  it('comparing a second paper drops the shared-panel choice; comparing again removes the paper', () => {
    let next = state({ sharedEntity: 'model:m' });
    next = reduceView(next, { type: 'toggle-compare', paper: 'paper:a' }, whole);
    expect(next).toMatchObject({ comparedPapers: ['paper:a'], sharedEntity: 'model:m' });
    next = reduceView(next, { type: 'toggle-compare', paper: 'paper:b' }, whole);
    expect(next).toMatchObject({ comparedPapers: ['paper:a', 'paper:b'], sharedEntity: null });
    expect(reduceView(next, { type: 'toggle-compare', paper: 'paper:a' }, whole).comparedPapers).toEqual(['paper:b']);
  });

  it('a new shared-panel tab forgets the entity chosen on the old one', () => {
    expect(reduceView(state({ sharedEntity: 'model:m' }), { type: 'set-shared-tab', tab: 'dataset' }, whole)).toMatchObject({ sharedTab: 'dataset', sharedEntity: null });
    expect(reduceView(state(), { type: 'choose-shared', entity: 'model:m' }, whole).sharedEntity).toBe('model:m');
    expect(reduceView(state(), { type: 'include-tagged', include: true }, whole).includeTagged).toBe(true);
    expect(reduceView(state(), { type: 'set-color-mode', mode: 'community' }, whole).colorMode).toBe('community');
  });
});

describe('reconcileView', () => {
  it('drops nodes the graph does not have and communities with nothing to draw; same object when nothing changes', () => {
    const linked = state({ selected: 'paper:gone', sharedEntity: 'model:gone', comparedPapers: ['paper:a', 'paper:gone'], expandedCommunities: [2, 7, 2] });
    expect(reconcileView(linked, overview())).toMatchObject({ selected: null, sharedEntity: null, comparedPapers: ['paper:a'], expandedCommunities: [2] });
    // New filters (or a date range) left community 2 empty for now: it stays expanded, with its open sub-community,
    // and is drawn again when the range widens; a community the graph does not have goes.
    const emptied = reconcileView(state({ expandedCommunities: [1, 2, 9], expandedSubcommunities: [subcommunityNodeKey(2, 1)] }), overview(new Set([1])));
    expect(emptied).toMatchObject({ expandedCommunities: [1, 2], expandedSubcommunities: [subcommunityNodeKey(2, 1)] });
    expect(reconcileView(emptied, overview())).toBe(emptied);
    // Drawn whole: nothing is expanded.
    expect(reconcileView(state({ expandedCommunities: [1] }), whole).expandedCommunities).toEqual([]);
    // A link's sub-communities: only those of expanded split communities with something to draw stay.
    const subs = state({ expandedCommunities: [2], expandedSubcommunities: [subcommunityNodeKey(2, 1), subcommunityNodeKey(1, 0), subcommunityNodeKey(2, 5)] });
    expect(reconcileView(subs, overview()).expandedSubcommunities).toEqual([subcommunityNodeKey(2, 1)]);
    const consistent = state({ selected: 'paper:a', expandedCommunities: [1] });
    expect(reconcileView(consistent, overview())).toBe(consistent);
  });
});

describe('expansions emptied for a while', () => {
  it('are kept through other actions, never added while empty, and Esc undoes what is drawn', () => {
    const onlyOne = overview(new Set([1]));
    const kept = state({ expandedCommunities: [1, 2], expandedSubcommunities: [subcommunityNodeKey(2, 0)] });
    // Selecting, collapsing another community: the emptied one stays.
    expect(reduceView(kept, { type: 'select', node: 'paper:a' }, onlyOne)).toMatchObject({ expandedCommunities: [1, 2], expandedSubcommunities: [subcommunityNodeKey(2, 0)] });
    // A community with nothing to draw is not expanded anew.
    expect(reduceView(state({ expandedCommunities: [1] }), { type: 'expand', community: 2 }, onlyOne).expandedCommunities).toEqual([1]);
    // Esc collapses the last community drawn (1), not the emptied one expanded after it.
    expect(reduceView(kept, { type: 'escape' }, onlyOne)).toMatchObject({ expandedCommunities: [2], expandedSubcommunities: [subcommunityNodeKey(2, 0)] });
    // With everything drawn again, Esc folds the sub-community opened last first, as before.
    expect(reduceView(kept, { type: 'escape' }, overview())).toMatchObject({ expandedCommunities: [1, 2], expandedSubcommunities: [] });
  });
});

describe('community list actions', () => {
  const all = [0, 1, 2, 3];

  it('"only this" hides every other community, and is the same state when already so', () => {
    const only = reduceView(state({ filters: { ...state().filters, hiddenCommunities: new Set([2]) } }), { type: 'only-communities', communities: [2], all }, whole);
    expect([...only.filters.hiddenCommunities].sort()).toEqual([0, 1, 3]);
    expect(reduceView(only, { type: 'only-communities', communities: [2], all }, whole)).toBe(only);
  });

  it('"none" hides every community, "all" shows them again; other filters stay', () => {
    const start = state({ filters: { ...state().filters, minPapers: 3, hiddenCommunities: new Set([1]) } });
    const none = reduceView(start, { type: 'hide-all-communities', all }, whole);
    expect([...none.filters.hiddenCommunities].sort()).toEqual(all);
    expect(none.filters.minPapers).toBe(3);
    const shown = reduceView(none, { type: 'show-all-communities' }, whole);
    expect(shown.filters.hiddenCommunities.size).toBe(0);
    expect(shown.filters.hiddenKinds).toBe(start.filters.hiddenKinds);
    expect(reduceView(shown, { type: 'show-all-communities' }, whole)).toBe(shown);
  });
});

describe('multi-entity query actions', () => {
  it('a chip or shift-click adds an entity, a second one removes it; unknown nodes are ignored', () => {
    let next = reduceView(state({ sharedEntity: 'model:m' }), { type: 'toggle-query', entity: 'model:m' }, whole);
    // The query's answer is what the canvas highlights from now on.
    expect(next).toMatchObject({ query: ['model:m'], sharedEntity: null });
    next = reduceView(next, { type: 'toggle-query', entity: 'paper:a' }, whole);
    expect(next.query).toEqual(['model:m', 'paper:a']);
    expect(reduceView(next, { type: 'toggle-query', entity: 'model:nope' }, whole)).toBe(next);
    expect(reduceView(next, { type: 'toggle-query', entity: 'model:m' }, whole).query).toEqual(['paper:a']);
    expect(reduceView(next, { type: 'clear-query' }, whole).query).toEqual([]);
  });

  it('switches between AND and OR, and drops entities another graph does not have', () => {
    const any = reduceView(state(), { type: 'set-query-mode', mode: 'any' }, whole);
    expect(any.queryMode).toBe('any');
    expect(reduceView(any, { type: 'set-query-mode', mode: 'any' }, whole)).toBe(any);
    expect(reconcileView(state({ query: ['model:m', 'model:gone'] }), whole).query).toEqual(['model:m']);
  });
});

describe('the group of small communities', () => {
  // Communities 5 and 6 are small: the overview draws them as the group SMALL_COMMUNITIES (-1); community 1 is large.
  const small = new Set([5, 6]);
  const members = new Map([
    ['paper:a', 1],
    ['paper:lone', 5],
    ['paper:pair', 6],
  ]);
  const groupOf = (community: number) => (small.has(community) ? SMALL_COMMUNITIES : community);
  const context: ViewContext = {
    hasNode: (key) => members.has(key),
    timeBins: null,
    overview: {
      communityOfVisible: (key) => (members.has(key) ? groupOf(members.get(key)!) : null),
      overviewCommunity: groupOf,
      canExpand: (community) => community === 1 || community === SMALL_COMMUNITIES,
      subcommunityOfVisible: () => null,
      canExpandSubcommunity: () => false,
      exists: (community) => community === 1 || community === SMALL_COMMUNITIES,
    },
  };

  it('a node of a small community is selected in the group, expanded once', () => {
    const selected = reduceView(state(), { type: 'select', node: 'paper:lone' }, context);
    expect(selected).toMatchObject({ selected: 'paper:lone', expandedCommunities: [SMALL_COMMUNITIES] });
    expect(reduceView(selected, { type: 'select', node: 'paper:pair' }, context).expandedCommunities).toEqual([SMALL_COMMUNITIES]);
  });

  it('expanding or collapsing a small community expands or collapses the group; Esc folds it as any', () => {
    const expanded = reduceView(state({ expandedCommunities: [1] }), { type: 'expand', community: 6 }, context);
    expect(expanded.expandedCommunities).toEqual([1, SMALL_COMMUNITIES]);
    expect(reduceView(expanded, { type: 'expand', community: 5 }, context)).toBe(expanded);
    expect(reduceView(expanded, { type: 'collapse', community: 5 }, context).expandedCommunities).toEqual([1]);
    expect(reduceView(expanded, { type: 'escape' }, context).expandedCommunities).toEqual([1]);
  });

  it('a link made before the small ones were gathered (expand=5,6) opens the group', () => {
    expect(reconcileView(state({ expandedCommunities: [5, 1, 6] }), context).expandedCommunities).toEqual([SMALL_COMMUNITIES, 1]);
  });

  it('"only" on the group hides every other community; on a row, every other row', () => {
    const all = [1, 5, 6];
    expect([...reduceView(state(), { type: 'only-communities', communities: [5, 6], all }, whole).filters.hiddenCommunities]).toEqual([1]);
    expect([...reduceView(state(), { type: 'only-communities', communities: [1], all }, whole).filters.hiddenCommunities]).toEqual([5, 6]);
  });
});

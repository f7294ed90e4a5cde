import { describe, expect, it } from 'vitest';
import type { CommunitySummary } from '../../src/contract/graph.ts';
import { nodeStates, type NodeState } from '../../src/update/state.ts';
import { formatWhatsNew, moveReason, whatsNew, whereRemovedWent, type MoveReason } from '../../src/update/whats-new.ts';
import { growthOf, growthText, RISING_MIN_GROWTH } from '../../src/time/index.ts';
import { buildWithState, devInput, devLines, seedText } from './fixtures.ts';

const { build, state } = buildWithState([seedText, devInput('dev.jsonl', devLines)]);
const graph = build.graph;
const manifest = state.manifest;
const issues = { rejections: [], warnings: [] };

// The build's nodes as the state keeps them, as if the build before had had one entity more (which the update then
// removed) and one entity fewer (an entity under a key the update made, linked to earlier papers).
const entityKeys = graph.filterNodes((_key, a) => a.kind === 'method' && (a.paperCount ?? 0) >= 2);
const relinked = entityKeys[0]!;
const gone: NodeState = { key: 'method:mr', kind: 'method', community: 0, subcommunity: -1, x: 0, y: 0, paperCount: 11, label: 'MR' };
const previous = [...nodeStates(graph).filter((node) => node.key !== relinked), gone];
// The papers of the relinked entity named the removed one as extracted (an acronym the update's papers now define).
const relinkedPapers = graph.neighbors(relinked).filter((key) => graph.getNodeAttribute(key, 'kind') === 'paper');
const extracted = () => relinkedPapers.map((paper) => [paper, ['method:mr']] as const);
const goneCommunity: CommunitySummary = { id: 999, label: 'MR · something', size: 40, kinds: { method: 1, paper: 39 }, top: ['method:mr'] };
const report = whatsNew({
  graph,
  previous,
  manifest: { ...manifest, communities: [...manifest.communities, goneCommunity] },
  inputs: ['week.jsonl'],
  reextracted: 0,
  alreadyPresent: 0,
  issues,
  extracted,
});

describe("what's new", () => {
  it('keeps the labels of models, methods and datasets in the node states, not those of papers and authors', () => {
    const states = nodeStates(graph);
    const method = states.find((node) => node.key === relinked)!;
    expect(method.label).toBe(graph.getNodeAttribute(relinked, 'label'));
    expect(states.filter((node) => node.kind === 'paper' || node.kind === 'author').every((node) => node.label === undefined)).toBe(true);
  });

  it('names the entities the update removed, with their labels, earlier paper counts and what they were merged into', () => {
    const label = graph.getNodeAttribute(relinked, 'label');
    // (no cross-paper rule relates the two keys: the papers' mentions resolve otherwise)
    expect(report.entities.removed).toEqual([{ key: 'method:mr', label: 'MR', kind: 'method', papers: 11, into: { key: relinked, label, reason: 'resolved' } }]);
  });

  it('finds where a removed entity went: the entity of its kind most of its papers link to without naming it', () => {
    const removed = new Set(['method:mr']);
    expect(whereRemovedWent(graph, removed, extracted())).toEqual(new Map([['method:mr', relinked]]));
    // Papers that name the new entity themselves are no evidence; no entity taken by most papers: nowhere.
    expect(whereRemovedWent(graph, removed, relinkedPapers.map((paper) => [paper, ['method:mr', relinked]] as const)).size).toBe(0);
    const others = graph.filterNodes((key, a) => a.kind === 'paper' && !graph.neighbors(key).includes(relinked)).slice(0, relinkedPapers.length);
    const mixed = [...extracted(), ...others.map((paper) => [paper, ['method:mr']] as const)];
    expect(whereRemovedWent(graph, removed, mixed).get('method:mr')).not.toBe(relinked);
    expect(whereRemovedWent(graph, new Set(['model:none']), extracted()).size).toBe(0);
  });

  it('counts, for an entity under a new key, the papers it links that were already in the build', () => {
    const added = report.entities.added.find((entity) => entity.key === relinked)!;
    expect(added.papers).toBe(graph.getNodeAttribute(relinked, 'paperCount'));
    expect(added.earlierPapers).toBe(graph.neighbors(relinked).filter((key) => graph.getNodeAttribute(key, 'kind') === 'paper').length);
    expect(added.earlierPapers).toBeGreaterThanOrEqual(2);
  });

  it('names the communities that are gone, as the build had them', () => {
    expect(report.communities.disappeared).toEqual([{ id: 999, label: 'MR · something', size: 40 }]);
  });

  it('measures stability against every node that was there, the removed ones included', () => {
    expect(report.stability.nodesBefore).toBe(previous.length);
    expect(report.stability.nodesKept).toBe(previous.length - 1);
    expect(report.stability.keptCommunity).toBe(previous.length - 1);
    expect(report.stability.share).toBe(Number(((previous.length - 1) / previous.length).toFixed(4)));
    expect(report.stability.share).toBeLessThan(1);
  });

  it('prints the old key and the new one beside why the entity moved (invented entries)', () => {
    const moved = (label: string, key: string, reason: MoveReason) => formatWhatsNew({ ...report, entities: { ...report.entities, removed: [{ ...report.entities.removed[0]!, label: 'Foo', into: { key, label, reason } }] } });
    expect(moved('Foo', 'method:foo-bar', 'resolved')).toContain('  − Foo [method] had 11 papers: merged into Foo (method:mr → method:foo-bar)');
    expect(moved('F-oo', 'method:f-oo', 'spelling')).toContain('  − Foo [method] had 11 papers: merged into F-oo, the same name spelt the way most papers spell it (method:mr → method:f-oo)');
    expect(moved('Foo', 'method:mr-2504.04454', 'proposal')).toContain('  − Foo [method] had 11 papers: renamed to Foo of its paper, as another paper proposes the same name (method:mr → method:mr-2504.04454)');
  });

  it('tells a spelling rule from a resolution by the keys: one spelling key, or none of the rules', () => {
    // The build's node of "Supervised Fine-Tuning" (the dev abstracts write it with and without the hyphen).
    const fineTuning = 'method:supervised-fine-tuning';
    expect(graph.hasNode(fineTuning)).toBe(true);
    expect(moveReason(graph, 'method:supervised-finetuning', fineTuning)).toBe('spelling');
    expect(moveReason(graph, 'method:sft', fineTuning)).toBe('resolved');
    // A separator between two digits is no spelling: Llama-1-7B is not Llama-17B.
    const llama = graph.findNode((key) => key === 'model:llama-2-7b')!;
    expect(moveReason(graph, 'model:llama2-7b', llama)).toBe('spelling');
    expect(moveReason(graph, 'model:llama-27b', llama)).toBe('resolved');
  });

  it('prints the removed entities and gone communities by name, top N, and the stability over the nodes before', () => {
    const text = formatWhatsNew(report, 5);
    expect(text).toContain('entities gone: 1');
    expect(text).toContain(`  − MR [method] had 11 papers: merged into ${graph.getNodeAttribute(relinked, 'label')} (method:mr → ${relinked})`);
    expect(text).toContain('  gone #999 MR · something: had 40 nodes');
    expect(text).toContain(`of ${previous.length} earlier nodes keep their community`);
    expect(text).toContain('; 1 node removed)');
    const label = graph.getNodeAttribute(relinked, 'label');
    expect(text).toMatch(new RegExp(`\\+ ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[method\\] \\d+ papers, \\d+ already in the build`));
  });

  it('calls rising what `trends` calls rising: growth of the new papers\' share over the build\'s, at least its threshold, ranked as trends ranks', () => {
    const papers = graph.filterNodes((_key, a) => a.kind === 'paper' && a.stub !== true).sort();
    // the build before lacked a quarter of the papers: the update added them
    const added = new Set(papers.filter((_key, i) => i % 4 === 0));
    const kept = papers.length - added.size;
    const entities = graph
      .filterNodes((_key, a) => (a.kind === 'model' || a.kind === 'method' || a.kind === 'dataset') && (a.paperCount ?? 0) >= 4)
      .sort((a, b) => graph.getNodeAttribute(b, 'paperCount')! - graph.getNodeAttribute(a, 'paperCount')! || (a < b ? -1 : 1));
    const [common, mild, niche] = [entities[0]!, entities[1]!, entities[entities.length - 1]!];
    const after = (key: string) => graph.getNodeAttribute(key, 'paperCount')!;
    // the most common entity kept its share exactly (as one in every paper would); the least common had one paper;
    // the second gained a little more than its earlier share gives (the old rule's "rising"), far from trends' 1.5
    const commonBefore = Math.ceil((after(common) * kept) / papers.length);
    const mildBefore = Math.floor((after(mild) * kept) / papers.length) - 1;
    const states = nodeStates(graph)
      .filter((node) => !added.has(node.key))
      .map((node) => (node.key === common ? { ...node, paperCount: commonBefore } : node.key === niche ? { ...node, paperCount: 1 } : node.key === mild ? { ...node, paperCount: mildBefore } : node));
    const changed = whatsNew({ graph, previous: states, manifest: { ...manifest, papers: kept }, inputs: [], reextracted: 0, alreadyPresent: 0, issues });
    const rising = changed.rising.map((entity) => entity.key);
    expect(rising).not.toContain(common);
    const mildGrowth = growthOf([mildBefore, after(mild) - mildBefore], [kept, added.size], 1);
    expect(after(mild) - mildBefore).toBeGreaterThan((mildBefore * added.size) / kept);
    expect(mildGrowth).toBeGreaterThan(1);
    expect(mildGrowth).toBeLessThan(RISING_MIN_GROWTH);
    expect(rising).not.toContain(mild);
    const niches = changed.rising.find((entity) => entity.key === niche)!;
    expect(niches).toEqual({
      key: niche,
      label: graph.getNodeAttribute(niche, 'label'),
      kind: graph.getNodeAttribute(niche, 'kind'),
      papers: after(niche),
      before: 1,
      gain: after(niche) - 1,
      growth: growthOf([1, after(niche) - 1], [kept, added.size], 1),
    });
    expect(niches.growth).toBeGreaterThanOrEqual(RISING_MIN_GROWTH);
    // every entity of the build at or above the threshold, none cut, by growth, then papers, then key
    const states_ = new Map(states.map((node) => [node.key, node]));
    const expected = graph
      .filterNodes((key, a) => ['model', 'method', 'dataset'].includes(a.kind) && (states_.get(key)?.paperCount ?? 0) > 0)
      .map((key) => {
        const before = states_.get(key)!.paperCount;
        return { key, papers: after(key), growth: growthOf([before, after(key) - before], [kept, added.size], 1) };
      })
      .filter((entity) => entity.papers > states_.get(entity.key)!.paperCount && entity.growth >= RISING_MIN_GROWTH)
      .sort((a, b) => b.growth - a.growth || b.papers - a.papers || (a.key < b.key ? -1 : 1))
      .map((entity) => entity.key);
    expect(rising).toEqual(expected);
    expect(formatWhatsNew(changed, Infinity)).toContain(`  ↑ ${niches.label} [${niches.kind}] 1 → ${niches.papers} papers (+${niches.gain}; growth ${growthText(niches.growth)})`);
  });

  it('keeps every rising entity in the report and says how many more the terminal leaves out (invented entries)', () => {
    const rising = Array.from({ length: 60 }, (_, i) => ({ key: `method:m${i}`, label: `M${i}`, kind: 'method', papers: 9, before: 1, gain: 8, growth: 3 }));
    const text = formatWhatsNew({ ...report, rising }, 10);
    expect(text).toContain('  ↑ M9 [method] 1 → 9 papers (+8; growth 3.00×)\n  … 50 more (whats-new.json lists them all)\ncommunities:');
    expect(text).not.toContain('M10 ');
    expect(formatWhatsNew({ ...report, rising: rising.slice(0, 10) }, 10)).not.toMatch(/↑ M9 .*\n {2}… /);
  });

  it('names the community a gone one merged into, when it holds most of its earlier nodes', () => {
    const [first, second] = manifest.communities;
    const members = (id: number) => nodeStates(graph).filter((node) => node.community === id);
    // invented build before: 9 of the first community's nodes were a community of their own (#999, now merged into
    // the first), and 2 nodes each of the first and the second were #998 (split evenly: merged into none)
    const merged = new Set(members(first!.id).slice(0, 9).map((node) => node.key));
    const split = new Set([...members(first!.id).slice(9, 11), ...members(second!.id).slice(0, 2)].map((node) => node.key));
    const states = nodeStates(graph).map((node) => (merged.has(node.key) ? { ...node, community: 999 } : split.has(node.key) ? { ...node, community: 998 } : node));
    const communities = [
      ...manifest.communities,
      { id: 999, label: 'Merged · away', size: 10, kinds: {}, top: [] },
      { id: 998, label: 'Split · two ways', size: 4, kinds: {}, top: [] },
    ];
    const changed = whatsNew({ graph, previous: states, manifest: { ...manifest, communities }, inputs: [], reextracted: 0, alreadyPresent: 0, issues });
    expect(changed.communities.disappeared).toEqual([
      { id: 999, label: 'Merged · away', size: 10, into: { id: first!.id, label: first!.label, nodes: 9 } },
      { id: 998, label: 'Split · two ways', size: 4 },
    ]);
    const text = formatWhatsNew(changed);
    expect(text).toContain(`  gone #999 Merged · away: had 10 nodes, merged into #${first!.id} ${first!.label} (9 of 10)\n`);
    expect(text).toContain('  gone #998 Split · two ways: had 4 nodes\n');
  });

  it('lists the communities that shrank as well as those that grew, largest change first', () => {
    const [first, second, third] = manifest.communities;
    // The build before had the first two communities larger (the update moved nodes out of them), the third smaller.
    const before = manifest.communities.map((c) =>
      c.id === first!.id ? { ...c, size: c.size + 2 } : c.id === second!.id ? { ...c, size: c.size + 7 } : c.id === third!.id ? { ...c, size: c.size - 4, label: 'Older label' } : c,
    );
    const changed = whatsNew({ graph, previous: nodeStates(graph), manifest: { ...manifest, communities: before }, inputs: [], reextracted: 0, alreadyPresent: 0, issues });
    expect(changed.communities.shrank.map((c) => [c.id, c.before, c.size])).toEqual([
      [second!.id, second!.size + 7, second!.size],
      [first!.id, first!.size + 2, first!.size],
    ]);
    expect(changed.communities.grew.map((c) => [c.id, c.before, c.size])).toEqual([[third!.id, third!.size - 4, third!.size]]);
    const text = formatWhatsNew(changed, 1);
    expect(text).toContain('communities: 1 grew, 2 shrank, 0 appeared, 0 gone');
    // Every node of the graph was in its community before: all of them stayed, and the 7 that left are gone.
    expect(text).toContain(`  shrank #${second!.id} ${second!.label}: ${second!.size + 7} → ${second!.size} nodes (${second!.size} of its ${second!.size + 7} stayed)\n`);
    // (the sizes before are made up here: every node of the graph has a state in the same community)
    expect(changed.communities.grew[0]).toMatchObject({ stayed: third!.size, labelBefore: 'Older label' });
    expect(text).toContain(`  #${third!.id} ${third!.label}: ${third!.size - 4} → ${third!.size} nodes (was Older label)\n`);
    expect(text).not.toContain(`  shrank #${first!.id} `);
    expect(text).toContain('  … 1 more (whats-new.json lists them all)');
  });
});

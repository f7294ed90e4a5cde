import { describe, expect, it } from 'vitest';
import { toGraphJSON } from '../../src/export/json.ts';
import { MIN_GAP } from '../../src/layout/incremental.ts';
import { parseThesaurus } from '../../src/thesaurus/parse.ts';
import { updateBuild, type UpdateResult } from '../../src/update/run.ts';
import { growthOf, RISING_MIN_GROWTH } from '../../src/time/index.ts';
import { formatWhatsNew } from '../../src/update/whats-new.ts';
import { addedInput, buildWithState, devInput, devLines, roundTrip, seedText, withoutCommunities } from './fixtures.ts';

// The first build: the seed listing and 85 dev papers; the update: the other 12 (an eighth more papers, twice the
// share the last ~4,500 papers add to the corpus's first 70,000).
const CUT = 85;
const FIRST = [seedText, devInput('dev-a.jsonl', devLines.slice(0, CUT))];
const LATER = [devInput('dev-b.jsonl', devLines.slice(CUT))];

function firstBuild() {
  return buildWithState(FIRST);
}

/** Of the earlier nodes `gone`, those the update's report names as moved into a node of its graph (sorted). */
function goneIntoNamedNodes(update: UpdateResult, gone: readonly string[]): string[] {
  if (!update.changed) return [];
  const named = new Map(update.whatsNew.entities.removed.map((entity) => [entity.key, entity.into] as const));
  return gone.filter((key) => {
    const into = named.get(key);
    return into !== undefined && update.build.graph.hasNode(into.key);
  });
}

describe('updateBuild on real text', () => {
  const base = firstBuild();
  const update = updateBuild({ previous: roundTrip(base.state), ...addedInput(LATER) });
  const full = buildWithState([...FIRST, ...LATER]).build;
  if (!update.changed) throw new Error('the update found nothing new');

  it('gives the graph a full build of all the inputs gives, but for community ids, labels and positions', () => {
    expect(withoutCommunities(update.build.graph)).toEqual(withoutCommunities(full.graph));
    expect(update.build.graph.order).toBeGreaterThan(base.build.graph.order);
  });

  it('extracts only the new papers', () => {
    expect(update.extracted).toBe(devLines.length - CUT);
    expect(update.whatsNew.papers.reextracted).toBe(devLines.length - CUT);
  });

  it("says when the build's records, text hashes and cache rows come first, unchanged (the state is appended to), and holds only the rows after them", () => {
    const previous = roundTrip(base.state);
    expect(update.next.unchangedPrefix).toEqual({ records: previous.records.length, textHashes: previous.records.length, cacheRows: previous.cache.size });
    const fullState = buildWithState([...FIRST, ...LATER]).state;
    expect(JSON.stringify(update.next.records)).toBe(JSON.stringify(fullState.records.slice(previous.records.length)));
    expect(update.next.records).toHaveLength(devLines.length - CUT);
    expect([...update.next.cache.keys()]).toEqual([...fullState.cache.keys()].slice(previous.cache.size));
    // Appended to the previous state's rows, they are the full build's.
    const appended = roundTrip(update.next, previous);
    expect(JSON.stringify(appended.records)).toBe(JSON.stringify(fullState.records));
    expect(appended.textHashes).toEqual(fullState.textHashes);
    expect([...appended.cache.keys()]).toEqual([...fullState.cache.keys()]);
  });

  it('reads the cache the same whether its entries are rows or their JSON text', () => {
    const previous = roundTrip(base.state);
    expect([...previous.cache.values()].every((entry) => typeof entry === 'string')).toBe(true);
    const parsed = { ...previous, cache: new Map([...previous.cache].map(([hash, entry]) => [hash, JSON.parse(entry as string) as unknown[]] as const)) };
    const again = updateBuild({ previous: parsed as typeof previous, ...addedInput(LATER) });
    if (!again.changed) throw new Error('the update found nothing new');
    expect(toGraphJSON(again.build.graph)).toBe(toGraphJSON(update.build.graph));
    expect(again.whatsNew).toEqual(update.whatsNew);
  });

  it("takes the build's text hashes from the state: the same update as when it has none and every text is hashed again", () => {
    const previous = roundTrip(base.state);
    expect(previous.textHashes).toHaveLength(previous.records.length);
    const { textHashes: _hashes, ...withoutHashes } = previous;
    const again = updateBuild({ previous: withoutHashes, ...addedInput(LATER) });
    if (!again.changed) throw new Error('the update found nothing new');
    expect(toGraphJSON(again.build.graph)).toBe(toGraphJSON(update.build.graph));
    expect(again.extracted).toBe(update.extracted);
    // Without hashes to append to, the next state's are whole: the full build's.
    expect(again.next.unchangedPrefix).toEqual({ records: previous.records.length, cacheRows: previous.cache.size });
    expect(again.next.textHashes).toEqual(buildWithState([...FIRST, ...LATER]).state.textHashes);
  });

  it('keeps every node that was there but those the report names as moved into another, with their positions; at least 90% keep their community', () => {
    const before = new Map(base.build.graph.mapNodes((key, a) => [key, a] as const));
    let kept = 0;
    let same = 0;
    update.build.graph.forEachNode((key, a) => {
      const old = before.get(key);
      if (!old) return;
      kept++;
      if (old.community === a.community) same++;
      expect([a.x, a.y], key).toEqual([old.x, old.y]);
    });
    // A node is gone only into another node of the graph that the report names, with the rule that moved it.
    const gone = [...before.keys()].filter((key) => !update.build.graph.hasNode(key)).sort();
    expect(kept + gone.length).toBe(before.size);
    expect(goneIntoNamedNodes(update, gone)).toEqual(gone);
    expect(update.whatsNew.stability.nodesKept).toBe(kept);
    expect(same / before.size).toBeGreaterThanOrEqual(0.9);
    expect(update.whatsNew.stability.share).toBeCloseTo(same / before.size, 3);
  });

  it('names an earlier node that a spelling rule moved: a paper of the build wrote "Supervised Finetuning", a new one "Supervised Fine-Tuning"', () => {
    // A tie goes to the smaller slug, so the build's node is re-keyed: merged, not vanished.
    expect(base.build.graph.hasNode('method:supervised-finetuning')).toBe(true);
    expect(base.build.graph.hasNode('method:supervised-fine-tuning')).toBe(false);
    const papers = base.build.graph.getNodeAttribute('method:supervised-finetuning', 'paperCount')!;
    expect(update.build.graph.hasNode('method:supervised-finetuning')).toBe(false);
    expect(update.whatsNew.entities.removed).toContainEqual({
      key: 'method:supervised-finetuning',
      label: 'Supervised Finetuning',
      kind: 'method',
      papers,
      into: { key: 'method:supervised-fine-tuning', label: update.build.graph.getNodeAttribute('method:supervised-fine-tuning', 'label'), reason: 'spelling' },
    });
    // The build's paper that wrote "Supervised Finetuning" and the new one that writes "Supervised Fine-Tuning (SFT)".
    expect(update.build.graph.neighbors('method:supervised-fine-tuning').sort()).toEqual(['paper:2503.19633', 'paper:2605.03195']);
  });

  it('places new nodes on free spots, among their neighbours in their community', () => {
    const graph = update.build.graph;
    const points = graph.mapNodes((key, a) => ({ key, x: a.x!, y: a.y! }));
    const isNew = (key: string) => !base.build.graph.hasNode(key);
    let checked = 0;
    for (const p of points) {
      if (!isNew(p.key)) continue;
      let nearest = Infinity;
      for (const q of points) if (q !== p) nearest = Math.min(nearest, Math.hypot(p.x - q.x, p.y - q.y));
      expect(nearest, p.key).toBeGreaterThanOrEqual(MIN_GAP - 1e-3);
      // Inside the box its neighbours of the same community span (it starts at their weighted mean), give or take
      // the few steps to a free spot.
      const near = graph.neighbors(p.key).filter((n) => graph.getNodeAttribute(n, 'community') === graph.getNodeAttribute(p.key, 'community'));
      if (near.length === 0) continue;
      const xs = near.map((n) => graph.getNodeAttribute(n, 'x')!);
      const ys = near.map((n) => graph.getNodeAttribute(n, 'y')!);
      const slack = 3;
      expect(p.x, p.key).toBeGreaterThanOrEqual(Math.min(...xs) - slack);
      expect(p.x, p.key).toBeLessThanOrEqual(Math.max(...xs) + slack);
      expect(p.y, p.key).toBeGreaterThanOrEqual(Math.min(...ys) - slack);
      expect(p.y, p.key).toBeLessThanOrEqual(Math.max(...ys) + slack);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('numbers communities that appeared after the largest earlier id', () => {
    const earlier = new Set(base.build.graph.getAttribute('communities').map((c) => c.id));
    const largest = Math.max(...earlier);
    for (const c of update.whatsNew.communities.appeared) expect(c.id).toBeGreaterThan(largest);
    for (const c of update.build.graph.getAttribute('communities')) if (!earlier.has(c.id)) expect(c.id).toBeGreaterThan(largest);
  });

  it("reports what's new: exactly the papers and entities that were not there", () => {
    const newKeys = update.build.graph.filterNodes((key, a) => a.kind === 'paper' && !base.build.graph.hasNode(key));
    expect(update.whatsNew.papers.added.map((p) => p.key)).toEqual([...newKeys].sort());
    const newEntities = update.build.graph.filterNodes((key, a) => ['model', 'method', 'dataset'].includes(a.kind) && !base.build.graph.hasNode(key));
    expect(update.whatsNew.entities.added.map((e) => e.key).sort()).toEqual([...newEntities].sort());
    for (const entity of update.whatsNew.rising) {
      expect(entity.papers).toBe(update.build.graph.getNodeAttribute(entity.key, 'paperCount'));
      expect(entity.before).toBe(base.build.graph.getNodeAttribute(entity.key, 'paperCount'));
      // trends' growth and threshold, the new papers against the build's (cited-only stubs on neither side)
      const { added, after } = update.whatsNew.papers;
      expect(entity.growth).toBe(growthOf([entity.before, entity.gain], [after - added.length, added.length], 1));
      expect(entity.growth).toBeGreaterThanOrEqual(RISING_MIN_GROWTH);
    }
    expect(update.whatsNew.rising.length).toBeGreaterThan(0);
    // a gone community names the one holding most of its nodes of the build, when more than half of them
    const { disappeared } = update.whatsNew.communities;
    for (const gone of disappeared) {
      const now = new Map<number, number>();
      base.build.graph.forEachNode((key, a) => {
        if (a.community !== gone.id || !update.build.graph.hasNode(key)) return;
        const community = update.build.graph.getNodeAttribute(key, 'community')!;
        now.set(community, (now.get(community) ?? 0) + 1);
      });
      const [id, nodes] = [...now].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [-1, 0];
      if (nodes * 2 > gone.size) expect(gone.into).toMatchObject({ id, nodes });
      else expect(gone.into).toBeUndefined();
    }
    // (whether any community goes depends on these papers' extraction: since the coined-prefix reading of 2026-12-06,
    // none does here, so the merged and the split cases are checked on an invented build in whats-new.test.ts)
    expect(update.whatsNew.papers.before).toBe(base.build.graph.filterNodes((_k, a) => a.kind === 'paper').length);
    expect(update.whatsNew.papers.after).toBe(update.whatsNew.papers.before + newKeys.length);
  });

  it('gives byte-identical outputs for the same inputs', () => {
    const again = updateBuild({ previous: roundTrip(firstBuild().state), ...addedInput(LATER) });
    if (!again.changed) throw new Error('nothing new');
    expect(toGraphJSON(again.build.graph)).toBe(toGraphJSON(update.build.graph));
    expect(JSON.stringify(again.whatsNew)).toBe(JSON.stringify(update.whatsNew));
  });

  it('changes nothing when nothing is new: no input, or a file of the build read again', () => {
    const previous = roundTrip(base.state);
    const none = updateBuild({ previous, added: { records: [], rejections: [], warnings: [] }, addedInputs: [] });
    expect(none.changed).toBe(false);
    const again = updateBuild({ previous, ...addedInput([devInput('dev-a.jsonl', devLines.slice(0, CUT))]) });
    expect(again.changed).toBe(false);
    expect(again.whatsNew.papers.alreadyPresent).toBe(CUT);
    expect(again.whatsNew.papers.added).toEqual([]);
    // The report names the files read, though they brought nothing.
    expect(again.whatsNew.inputs).toEqual(['dev-a.jsonl']);
  });

  it('changes nothing for a warning alone (a file of a folder passed over): reported, but no paper, source, rejection or input', () => {
    const previous = roundTrip(base.state);
    // The build's folder read again, now holding notes beside the file it read: the notes are skipped, and said so.
    const skipped = { file: 'papers/README.md', message: 'not paper records (no input format recognised): skipped' };
    const again = addedInput([devInput('dev-a.jsonl', devLines.slice(0, CUT))]);
    again.added.warnings.push(skipped);
    const update = updateBuild({ previous, ...again });
    expect(update.changed).toBe(false);
    expect(update.whatsNew.warnings).toEqual([skipped]);
    expect(update.whatsNew.papers.alreadyPresent).toBe(CUT);
  });

  it('adds the new source of papers already built that another file gives again, as a full build does', () => {
    // Papers of the build repeated in a new file, beside new ones, and once more in a second new file.
    const copies = [devInput('copy.jsonl', [...devLines.slice(10, 30), ...devLines.slice(CUT, CUT + 3)]), devInput('copy2.jsonl', devLines.slice(20, 25))];
    const repeated = updateBuild({ previous: roundTrip(base.state), ...addedInput(copies) });
    if (!repeated.changed) throw new Error('the new sources were not seen');
    expect(withoutCommunities(repeated.build.graph)).toEqual(withoutCommunities(buildWithState([...FIRST, ...copies]).build.graph));
    expect(repeated.extracted).toBe(3);
    expect(repeated.whatsNew.papers).toMatchObject({ alreadyPresent: 20, reextracted: 3 });
    expect(repeated.whatsNew.papers.added).toHaveLength(3);
    const paper = JSON.parse(devLines[22]!) as { id: string };
    const key = repeated.build.graph.findNode((_k, a) => a.arxivId === paper.id)!;
    expect(repeated.build.graph.getNodeAttribute(key, 'sources')).toEqual(['dev-a.jsonl:23', 'copy.jsonl:13', 'copy2.jsonl:3']);
  });

  it('rejects, reports and counts a record giving a built paper another title, as a full build does', () => {
    const paper = JSON.parse(devLines[5]!) as { id: string; title: string };
    const retitled = [devInput('retitled.jsonl', [JSON.stringify({ ...paper, title: `${paper.title}: a sequel` })])];
    const previous = roundTrip(base.state);
    const update = updateBuild({ previous, ...addedInput(retitled) });
    if (!update.changed) throw new Error('the rejection was not seen');
    const full = buildWithState([...FIRST, ...retitled]).build;
    expect(withoutCommunities(update.build.graph)).toEqual(withoutCommunities(full.graph));
    expect(update.build.graph.getAttribute('rejected')).toBe(1);
    expect(update.whatsNew.rejections).toEqual(full.rejections);
    expect(update.whatsNew.rejections[0]).toMatchObject({ file: 'retitled.jsonl', line: 1 });
    expect(update.whatsNew.rejections[0]!.message).toContain('differs, so it was left out');
    expect(update.extracted).toBe(0);
    // The next update reads the same file again: the rejection is reported but neither counted twice nor a change.
    const again = updateBuild({ previous: roundTrip(update.next, previous), ...addedInput(retitled) });
    expect(again.changed).toBe(false);
    expect(again.whatsNew.rejections).toEqual(full.rejections);
  });

  it('keeps every community, sub-community and position when no node or link changed (a rejected record, a new source)', () => {
    const paper = JSON.parse(devLines[5]!) as { id: string; title: string };
    const nothingStructural = [
      devInput('retitled.jsonl', [JSON.stringify({ ...paper, title: `${paper.title}: a sequel` })]),
      devInput('copy.jsonl', devLines.slice(10, 14)),
    ];
    // The state as the CLI reads it, the previous edges' hashes included.
    const previous = { ...roundTrip(base.state), elements: base.state.elements };
    const kept = updateBuild({ previous, ...addedInput(nothingStructural) });
    if (!kept.changed) throw new Error('the new sources were not seen');
    const before = base.build.graph;
    const after = kept.build.graph;
    expect(after.order).toBe(before.order);
    after.forEachNode((key, a) => {
      const b = before.getNodeAttributes(key);
      expect([a.community, a.subcommunity, a.x, a.y], key).toEqual([b.community, b.subcommunity, b.x, b.y]);
    });
    expect(after.getAttribute('communities')).toEqual(before.getAttribute('communities'));
    expect(after.getAttribute('modularity')).toBe(before.getAttribute('modularity'));
    expect(kept.whatsNew.communities).toEqual({ grew: [], shrank: [], appeared: [], disappeared: [] });
    expect(kept.whatsNew.stability.share).toBe(1);
    expect(withoutCommunities(after)).toEqual(withoutCommunities(buildWithState([...FIRST, ...nothingStructural]).build.graph));
    // A state without edge hashes (written before updates reused files) warm-starts as before: same graph otherwise.
    const warm = updateBuild({ previous: roundTrip(base.state), ...addedInput(nothingStructural) });
    if (!warm.changed) throw new Error('the new sources were not seen');
    expect(withoutCommunities(warm.build.graph)).toEqual(withoutCommunities(after));
  });

  it('reports the reading rejections of the new inputs and counts them once', () => {
    const bad = { name: 'bad.jsonl', text: `{not json\n${devLines[CUT]!}\n` };
    const previous = roundTrip(base.state);
    const update = updateBuild({ previous, ...addedInput([bad]) });
    if (!update.changed) throw new Error('nothing new');
    const full = buildWithState([...FIRST, bad]).build;
    expect(update.whatsNew.rejections).toEqual(full.rejections);
    expect(update.whatsNew.rejections).toHaveLength(1);
    expect(update.build.graph.getAttribute('rejected')).toBe(full.graph.getAttribute('rejected'));
    const again = updateBuild({ previous: roundTrip(update.next, previous), ...addedInput([bad]) });
    expect(again.changed).toBe(false);
    expect(again.whatsNew.rejections).toHaveLength(1);
  });

  it('re-extracts a paper whose text changed, as a full build reads it', () => {
    // The same paper (same arXiv id) with a longer abstract: the merge keeps the longer one.
    const paper = JSON.parse(devLines[5]!) as { id: string; abstract: string };
    const other = JSON.parse(devLines[90]!) as { abstract: string };
    const changed = JSON.stringify({ ...paper, abstract: `${paper.abstract} ${other.abstract}` });
    const input = [devInput('revised.jsonl', [changed])];
    const revised = updateBuild({ previous: roundTrip(base.state), ...addedInput(input) });
    if (!revised.changed) throw new Error('the revised paper was not seen as new');
    expect(revised.extracted).toBe(1);
    expect(revised.next.unchangedPrefix).toBeUndefined();
    const fullRevised = buildWithState([...FIRST, ...input]).build;
    expect(withoutCommunities(revised.build.graph)).toEqual(withoutCommunities(fullRevised.graph));
    // The longer text links the paper to entities it did not name before.
    const key = base.build.graph.findNode((_k, a) => a.arxivId === paper.id)!;
    expect(revised.build.graph.outDegree(key)).toBeGreaterThan(base.build.graph.outDegree(key));
  });

  it('chains: an update of an update keeps ids and positions of the first update', () => {
    const previous = roundTrip(base.state);
    const firstHalf = updateBuild({ previous, ...addedInput([devInput('b1.jsonl', devLines.slice(CUT, CUT + 6))]) });
    if (!firstHalf.changed) throw new Error('nothing new');
    const second = updateBuild({ previous: roundTrip(firstHalf.next, previous), ...addedInput([devInput('b2.jsonl', devLines.slice(CUT + 6))]) });
    if (!second.changed) throw new Error('nothing new');
    expect(withoutCommunities(second.build.graph)).toEqual(
      withoutCommunities(buildWithState([...FIRST, devInput('b1.jsonl', devLines.slice(CUT, CUT + 6)), devInput('b2.jsonl', devLines.slice(CUT + 6))]).build.graph),
    );
    const gone = firstHalf.build.graph.filterNodes((key) => !second.build.graph.hasNode(key)).sort();
    expect(goneIntoNamedNodes(second, gone)).toEqual(gone);
    firstHalf.build.graph.forEachNode((key, a) => {
      if (gone.includes(key)) return;
      expect(second.build.graph.getNodeAttribute(key, 'x')).toBe(a.x);
      expect(second.build.graph.getNodeAttribute(key, 'y')).toBe(a.y);
    });
    expect(second.next.manifest.updates).toBe(2);
    expect(second.next.manifest.inputs).toEqual(['seeds/llama-2-7b.txt', 'dev-a.jsonl', 'b1.jsonl', 'b2.jsonl']);
  });

  it("repeats the build's thesaurus: merges and drops as a full build with it", () => {
    const { thesaurus } = parseThesaurus('ChatGPT\tGPT-3.5\nLoRA\tlow-rank adaptation\tmethod\nGSM8K\t\n', 'terms.tsv');
    const withTerms = buildWithState(FIRST, { thesaurus });
    const updated = updateBuild({ previous: roundTrip(withTerms.state), ...addedInput(LATER) });
    if (!updated.changed) throw new Error('nothing new');
    const fullWithTerms = buildWithState([...FIRST, ...LATER], { thesaurus }).build;
    expect(withoutCommunities(updated.build.graph)).toEqual(withoutCommunities(fullWithTerms.graph));
    expect(updated.build.graph.hasNode('model:chatgpt')).toBe(false);
    expect(updated.build.graph.getAttribute('thesaurus')).toBeDefined();
  });

  it('reads a file of the build that grew since as a full build of the grown file', () => {
    const grownFile = devInput('dev-a.jsonl', devLines);
    const grownUpdate = updateBuild({ previous: roundTrip(base.state), ...addedInput([grownFile]) });
    if (!grownUpdate.changed) throw new Error('nothing new');
    expect(grownUpdate.whatsNew.papers.alreadyPresent).toBe(CUT);
    expect(grownUpdate.build.graph.getAttribute('inputs')).toEqual(['seeds/llama-2-7b.txt', 'dev-a.jsonl']);
    expect(withoutCommunities(grownUpdate.build.graph)).toEqual(withoutCommunities(buildWithState([seedText, grownFile]).build.graph));
  });
});

describe('updateBuild when a new paper proposes a name a paper of the build proposed', () => {
  // Real titles, first authors and one abstract sentence of two arXiv papers (as in extract/proposal-owners.test.ts):
  // two unrelated works both named PRISM.
  const prism = (id: string, title: string, authors: string[], abstract: string) => JSON.stringify({ id, title, authors, abstract });
  const first = devInput('first.jsonl', [
    prism(
      '2504.04454',
      'PRISM: Probabilistic Representation for Integrated Shape Modeling and Generation',
      ['Lei Cheng', 'Mahdi Saleh', 'Qing Cheng'],
      'We address these limitations with PRISM, a novel compositional approach for 3D shape generation that integrates categorical diffusion models with Statistical Shape Models (SSM) and Gaussian Mixture Models (GMM).',
    ),
  ]);
  const later = devInput('later.jsonl', [
    prism(
      '2504.14219',
      'PRISM: A Unified Framework for Photorealistic Reconstruction and Intrinsic Scene Modeling',
      ['Alara Dirik', 'Tuanfeng Wang', 'Duygu Ceylan'],
      'We present PRISM, a unified framework that enables multiple image generation and editing tasks in a single foundational model.',
    ),
  ]);

  it("renames the build's node to its paper's work, says so, and gives the full build's graph", () => {
    const base = buildWithState([seedText, first]);
    expect(base.build.graph.hasNode('method:prism')).toBe(true);
    const update = updateBuild({ previous: roundTrip(base.state), ...addedInput([later]) });
    if (!update.changed) throw new Error('nothing new');
    expect(withoutCommunities(update.build.graph)).toEqual(withoutCommunities(buildWithState([seedText, first, later]).build.graph));
    expect(update.build.graph.hasNode('method:prism')).toBe(false);
    const removed = update.whatsNew.entities.removed.find((entity) => entity.key === 'method:prism');
    expect(removed?.into).toEqual({ key: 'method:prism-2504.04454', label: 'PRISM', reason: 'proposal' });
    expect(formatWhatsNew(update.whatsNew)).toContain(
      '  − PRISM [method] had 1 paper: renamed to PRISM of its paper, as another paper proposes the same name (method:prism → method:prism-2504.04454)',
    );
    // The new paper's work is a new node; every other node of the build is still there.
    expect(update.whatsNew.entities.added.map((entity) => entity.key)).toContain('method:prism-2504.14219');
    expect(base.build.graph.filterNodes((key) => !update.build.graph.hasNode(key))).toEqual(['method:prism']);
  });
});

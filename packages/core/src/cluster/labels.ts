import type { CommunitySummary, NodeAttributes, PaperGraph, SubcommunitySummary } from '../contract/graph.ts';
import type { NodeKind } from '../types.ts';

/** Entity kinds name a community before people do: "Llama-2-7B · LoRA · quantization" says what it is about. */
const KIND_PRIORITY: Record<NodeKind, number> = { model: 0, method: 0, dataset: 0, author: 1, paper: 2 };
const LABEL_PARTS = 3;
/** Members kept per group as candidates, so that a name is still three parts when some say the same as another. */
const CANDIDATES = 6;
const MIN_SCORE_SHARE = 0.1;

/**
 * Names each community from its most characteristic members: weighted degree inside the community times the
 * share of the member's weight that stays inside (a hub linked everywhere, like a tag model, ranks below a member
 * specific to the group). Requires `community` on every node.
 *
 * One pass over the nodes and one over the edges into typed arrays; each community keeps only its best
 * `LABEL_PARTS` candidates as they come (ranked by kind priority, then score, then label), so nothing is sorted but
 * the community list.
 */
export function labelCommunities(graph: PaperGraph): CommunitySummary[] {
  return labelGroupings(graph, [byCommunity])[0]!;
}

/**
 * Names the sub-communities of split communities as `labelCommunities` names communities (a member's score counts
 * its links inside its sub-community), listed by community, then sub-community.
 */
export function labelSubcommunities(graph: PaperGraph): SubcommunitySummary[] {
  return unpackSubcommunities(labelGroupings(graph, [bySubcommunity])[0]!);
}

/** Both levels in one pass over the nodes and one over the edges (the labels stage). */
export function labelCommunityLevels(graph: PaperGraph): { communities: CommunitySummary[]; subcommunities: SubcommunitySummary[] } {
  const [communities, subcommunities] = labelGroupings(graph, [byCommunity, bySubcommunity]);
  return { communities: communities!, subcommunities: unpackSubcommunities(subcommunities!) };
}

/** Sub-community ids packed with their community's: community · SUB_SPAN + sub-community. */
const SUB_SPAN = 2 ** 21;

type GroupOf = (attributes: NodeAttributes) => number | undefined;
const byCommunity: GroupOf = (attributes) => attributes.community ?? -1;
const bySubcommunity: GroupOf = (attributes) =>
  typeof attributes.subcommunity === 'number' ? (attributes.community ?? 0) * SUB_SPAN + attributes.subcommunity : undefined;

function unpackSubcommunities(summaries: CommunitySummary[]): SubcommunitySummary[] {
  return summaries.map(({ id, ...rest }) => ({ community: Math.floor(id / SUB_SPAN), id: id % SUB_SPAN, ...rest }));
}

/** One grouping's state: each node's dense slot (-1: in no group), group ids by slot, sizes, kind counts, inside weight. */
interface Grouping {
  groupOf: GroupOf;
  slotOf: Int32Array;
  slots: Map<number, number>;
  ids: number[];
  sizes: number[];
  kinds: Partial<Record<NodeKind, number>>[];
  /** Each group's first paper (node index), -1 when it has none. */
  firstPaper: number[];
  inside: Float64Array;
}

/** Summaries of the groups each `groupOf` puts nodes in (undefined: in none), each list in group id order. */
function labelGroupings(graph: PaperGraph, groupOfs: GroupOf[]): CommunitySummary[][] {
  const n = graph.order;
  const index = new Map<string, number>();
  const keys = new Array<string>(n);
  const labels = new Array<string>(n);
  const priority = new Uint8Array(n);
  const groupings: Grouping[] = groupOfs.map((groupOf) => ({
    groupOf,
    slotOf: new Int32Array(n),
    // Group id → dense slot, in order of first appearance.
    slots: new Map(),
    ids: [],
    sizes: [],
    kinds: [],
    firstPaper: [],
    inside: new Float64Array(n),
  }));
  let i = 0;
  graph.forEachNode((key, attributes) => {
    index.set(key, i);
    keys[i] = key;
    labels[i] = attributes.label;
    priority[i] = KIND_PRIORITY[attributes.kind];
    for (const grouping of groupings) {
      const id = grouping.groupOf(attributes);
      if (id === undefined) {
        grouping.slotOf[i] = -1;
        continue;
      }
      let slot = grouping.slots.get(id);
      if (slot === undefined) {
        grouping.slots.set(id, (slot = grouping.ids.length));
        grouping.ids.push(id);
        grouping.sizes.push(0);
        grouping.kinds.push({});
        grouping.firstPaper.push(-1);
      }
      if (attributes.kind === 'paper' && grouping.firstPaper[slot] === -1) grouping.firstPaper[slot] = i;
      grouping.sizes[slot]!++;
      const counts = grouping.kinds[slot]!;
      counts[attributes.kind] = (counts[attributes.kind] ?? 0) + 1;
      grouping.slotOf[i] = slot;
    }
    i++;
  });

  const total = new Float64Array(n);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = attributes.weight ?? 1;
    const s = index.get(source)!;
    const t = index.get(target)!;
    total[s]! += weight;
    total[t]! += weight;
    for (const { slotOf, inside } of groupings) {
      if (slotOf[s] === slotOf[t] && slotOf[s] !== -1) {
        inside[s]! += weight;
        inside[t]! += weight;
      }
    }
  });
  return groupings.map((grouping) => summarise(grouping, keys, labels, priority, total));
}

/** Ranks each group's members and names the group from its best ones. */
function summarise(grouping: Grouping, keys: string[], labels: string[], priority: Uint8Array, total: Float64Array): CommunitySummary[] {
  const { slotOf, ids, sizes, kinds, firstPaper, inside } = grouping;
  const n = keys.length;
  const score = new Float64Array(n);
  for (let v = 0; v < n; v++) score[v] = total[v]! > 0 ? (inside[v]! * inside[v]!) / total[v]! : 0;
  /** Whether member a ranks before member b. */
  const before = (a: number, b: number) =>
    priority[a] !== priority[b]
      ? priority[a]! < priority[b]!
      : score[a] !== score[b]
        ? score[a]! > score[b]!
        : labels[a]! < labels[b]!;

  // Best CANDIDATES members of each group, kept sorted by insertion.
  const count = ids.length;
  const best = new Int32Array(count * CANDIDATES).fill(-1);
  for (let v = 0; v < n; v++) {
    if (slotOf[v] === -1) continue;
    const base = slotOf[v]! * CANDIDATES;
    let at = CANDIDATES;
    while (at > 0) {
      const above = best[base + at - 1]!;
      if (above !== -1 && !before(v, above)) break;
      at--;
    }
    if (at === CANDIDATES) continue;
    for (let k = CANDIDATES - 1; k > at; k--) best[base + k] = best[base + k - 1]!;
    best[base + at] = v;
  }

  const order = Array.from({ length: count }, (_, slot) => slot).sort((a, b) => ids[a]! - ids[b]!);
  return order.map((slot) => {
    const candidates: number[] = [];
    for (let k = 0; k < CANDIDATES; k++) {
      const v = best[slot * CANDIDATES + k]!;
      if (v !== -1) candidates.push(v);
    }
    const ranked = distinctMembers(candidates, labels).slice(0, LABEL_PARTS);
    const bestPriority = ranked.length > 0 ? priority[ranked[0]!]! : 0;
    const bestScore = ranked.length > 0 ? score[ranked[0]!]! : 0;
    // Members far weaker than the best (a hub that merely landed here) do not name the group.
    let top = ranked.filter((v, k) => k === 0 || (priority[v] === bestPriority && score[v]! >= MIN_SCORE_SHARE * bestScore));
    // One paper and its authors (a large collaboration's paper sits alone with its hundreds of authors): its title
    // says what the group is about, where its authors, all scored alike, would be the first names alphabetically.
    if (bestPriority === 1 && kinds[slot]!.paper === 1 && firstPaper[slot]! !== -1) top = [firstPaper[slot]!];
    const lonePaper = top[0] !== undefined && priority[top[0]] === 2 ? top[0] : undefined;
    const label = lonePaper !== undefined ? truncate(labels[lonePaper]!, 60) : top.map((v) => labels[v]!).join(' · ');
    return { id: ids[slot]!, label, size: sizes[slot]!, kinds: kinds[slot]!, top: top.map((v) => keys[v]!) };
  });
}

/**
 * Members whose labels say something the members before them do not: a release of a family named before it
 * ("Cosmos-Reason1-8B" after "Cosmos-Reason1"), or a name that ends with one before it or is ended by it ("Gaussian
 * Splatting" and "3D Gaussian Splatting"), names a group once, the first (best) of them standing for both.
 */
function distinctMembers(members: readonly number[], labels: readonly string[]): number[] {
  const kept: number[] = [];
  const said: string[] = [];
  for (const v of members) {
    const label = labels[v]!.toLowerCase();
    if (said.some((other) => sameThing(label, other))) continue;
    kept.push(v);
    said.push(label);
  }
  return kept;
}

/** Is one label (lower case) the other, the other's release or variant, or the other's last words? */
function sameThing(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (!long.startsWith(short) && !long.endsWith(short)) return false;
  // a whole-word prefix before a hyphen or a space ("cosmos-reason1" of "cosmos-reason1-8b"), or the last words
  return long.startsWith(short) ? /[-\s]/.test(long.charAt(short.length)) : long.charAt(long.length - short.length - 1) === ' ';
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

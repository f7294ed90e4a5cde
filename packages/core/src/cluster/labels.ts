import type { CommunitySummary, PaperGraph } from '../graph/types.ts';
import type { NodeKind } from '../types.ts';

/** Entity kinds name a community before people do: "Llama-2-7B · LoRA · quantization" says what it is about. */
const KIND_PRIORITY: Record<NodeKind, number> = { model: 0, method: 0, dataset: 0, author: 1, paper: 2 };
const LABEL_PARTS = 3;
const MIN_SCORE_SHARE = 0.1;

/**
 * Names each community from its most characteristic members: weighted degree inside the community times the
 * share of the member's weight that stays inside (a hub linked everywhere, like a tag model, ranks below a member
 * specific to the group). Requires `community` on every node.
 */
export function labelCommunities(graph: PaperGraph): CommunitySummary[] {
  const inside = new Map<string, number>();
  const total = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    const weight = attributes.weight ?? 1;
    total.set(source, (total.get(source) ?? 0) + weight);
    total.set(target, (total.get(target) ?? 0) + weight);
    if (sourceAttributes.community === targetAttributes.community) {
      inside.set(source, (inside.get(source) ?? 0) + weight);
      inside.set(target, (inside.get(target) ?? 0) + weight);
    }
  });

  interface Candidate {
    key: string;
    label: string;
    priority: number;
    score: number;
  }
  const byCommunity = new Map<number, { size: number; kinds: Partial<Record<NodeKind, number>>; candidates: Candidate[] }>();
  graph.forEachNode((key, attributes) => {
    const id = attributes.community ?? -1;
    let entry = byCommunity.get(id);
    if (!entry) byCommunity.set(id, (entry = { size: 0, kinds: {}, candidates: [] }));
    entry.size++;
    entry.kinds[attributes.kind] = (entry.kinds[attributes.kind] ?? 0) + 1;
    const within = inside.get(key) ?? 0;
    const all = total.get(key) ?? 0;
    entry.candidates.push({
      key,
      label: attributes.label,
      priority: KIND_PRIORITY[attributes.kind],
      score: all > 0 ? (within * within) / all : 0,
    });
  });

  return [...byCommunity.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, entry]) => {
      const ranked = entry.candidates.sort(
        (a, b) => a.priority - b.priority || b.score - a.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
      );
      const bestPriority = ranked[0]?.priority ?? 0;
      const bestScore = ranked[0]?.score ?? 0;
      // Members far weaker than the best (a hub that merely landed here) do not name the community.
      const top = ranked
        .filter((c, i) => i === 0 || (c.priority === bestPriority && c.score >= MIN_SCORE_SHARE * bestScore))
        .slice(0, LABEL_PARTS);
      const label =
        bestPriority === 2 && top[0]
          ? truncate(top[0].label, 60) // a lone paper: its title
          : top.map((c) => c.label).join(' · ');
      return { id, label, size: entry.size, kinds: entry.kinds, top: top.map((c) => c.key) };
    });
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

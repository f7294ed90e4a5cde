import type { InputIssue, NodeKind, PaperGraph, Relation } from '@papergraph/core';

export interface GraphStats {
  nodes: number;
  edges: number;
  kinds: Record<NodeKind, number>;
  relations: Record<Relation, number>;
  communities: number;
  modularity?: number;
  rejected: number;
}

export function graphStats(graph: PaperGraph): GraphStats {
  const kinds: Record<NodeKind, number> = { paper: 0, author: 0, model: 0, method: 0, dataset: 0 };
  const relations: Record<Relation, number> = { wrote: 0, proposes: 0, uses: 0, evaluates_on: 0, tagged: 0, variant_of: 0 };
  graph.forEachNode((_key, attributes) => void (kinds[attributes.kind] += 1));
  graph.forEachEdge((_key, attributes) => void (relations[attributes.relation] += 1));
  const attributes = graph.getAttributes();
  const stats: GraphStats = {
    nodes: graph.order,
    edges: graph.size,
    kinds,
    relations,
    communities: attributes.communities?.length ?? 0,
    rejected: attributes.rejected ?? 0,
  };
  if (attributes.modularity !== undefined) stats.modularity = attributes.modularity;
  return stats;
}

export function issueLine(issue: InputIssue): string {
  const where = issue.line !== undefined ? `:${issue.line}` : issue.record !== undefined ? ` record ${issue.record}` : '';
  return `${issue.file}${where}: ${issue.message}`;
}

/** The human summary `build` and `stats` print. */
export function formatSummary(graph: PaperGraph, options: { communities?: number } = {}): string {
  const stats = graphStats(graph);
  const lines = [
    `papers    ${stats.kinds.paper}`,
    `authors   ${stats.kinds.author}`,
    `models    ${stats.kinds.model}`,
    `methods   ${stats.kinds.method}`,
    `datasets  ${stats.kinds.dataset}`,
    `edges     ${stats.edges} (${Object.entries(stats.relations)
      .map(([relation, count]) => `${relation} ${count}`)
      .join(', ')})`,
    `communities ${stats.communities}${stats.modularity !== undefined ? ` (modularity ${stats.modularity.toFixed(3)})` : ''}`,
  ];
  const shown = options.communities ?? 10;
  for (const community of (graph.getAttribute('communities') ?? []).slice(0, shown)) {
    lines.push(`  #${community.id} (${community.size} nodes) ${community.label}`);
  }
  const total = graph.getAttribute('communities')?.length ?? 0;
  if (total > shown) lines.push(`  … ${total - shown} more`);
  lines.push(`rejected  ${stats.rejected}`);
  return lines.join('\n');
}

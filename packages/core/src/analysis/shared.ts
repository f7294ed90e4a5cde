import type { PaperGraph } from '../graph/types.ts';
import type { EntityKind, Relation } from '../types.ts';

export interface SharedPaper {
  key: string;
  title: string;
  relation: Relation;
  evidence?: string;
}

export interface SharedEntity {
  key: string;
  label: string;
  kind: EntityKind;
  papers: SharedPaper[];
}

export interface SharedOptions {
  /** Keep entities linked to at least this many papers (default 1). */
  minPapers?: number;
  /** Count the listing's `tagged` links as use (default false: a tag is not a mention). */
  includeTagged?: boolean;
}

const RELATION_RANK: Record<Relation, number> = { proposes: 0, uses: 1, evaluates_on: 1, tagged: 2, wrote: 3, variant_of: 3 };

/** The papers linked to one entity, one row per paper with its strongest relation and evidence. */
export function papersOf(graph: PaperGraph, entity: string, includeTagged = false): SharedPaper[] {
  const byPaper = new Map<string, SharedPaper>();
  graph.forEachInEdge(entity, (_edge, attributes, source, _target, sourceAttributes) => {
    if (sourceAttributes.kind !== 'paper' || RELATION_RANK[attributes.relation] > 2) return;
    if (attributes.relation === 'tagged' && !includeTagged) return;
    const current = byPaper.get(source);
    if (current && RELATION_RANK[current.relation] <= RELATION_RANK[attributes.relation]) return;
    const row: SharedPaper = { key: source, title: sourceAttributes.label, relation: attributes.relation };
    if (attributes.evidence) row.evidence = attributes.evidence;
    byPaper.set(source, row);
  });
  return [...byPaper.values()].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

/** For one entity kind: each entity with the papers that use, evaluate on or propose it; most-shared first. */
export function sharedEntities(graph: PaperGraph, kind: EntityKind, options: SharedOptions = {}): SharedEntity[] {
  const minPapers = options.minPapers ?? 1;
  const rows: SharedEntity[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== kind) return;
    const papers = papersOf(graph, key, options.includeTagged ?? false);
    if (papers.length >= minPapers && papers.length > 0) rows.push({ key, label: attributes.label, kind, papers });
  });
  return rows.sort((a, b) => b.papers.length - a.papers.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Entities (models, methods, datasets) linked to every one of the given papers, tags excluded. */
export function sharedBetween(graph: PaperGraph, paperKeys: string[]): Array<{ key: string; label: string; kind: EntityKind }> {
  if (paperKeys.length === 0) return [];
  const counts = new Map<string, number>();
  for (const paper of paperKeys) {
    const seen = new Set<string>();
    graph.forEachOutEdge(paper, (_edge, attributes, _source, target) => {
      if (attributes.relation !== 'tagged' && attributes.relation !== 'variant_of' && !seen.has(target)) {
        seen.add(target);
        counts.set(target, (counts.get(target) ?? 0) + 1);
      }
    });
  }
  return [...counts.entries()]
    .filter(([, count]) => count === paperKeys.length)
    .map(([key]) => {
      const attributes = graph.getNodeAttributes(key);
      return { key, label: attributes.label, kind: attributes.kind as EntityKind };
    })
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

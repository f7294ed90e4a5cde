import type { ViewerGraph } from '../graph/types.ts';

export interface PaperLink {
  key: string;
  title: string;
  relation: string;
  evidence?: string;
}

export interface SharedEntity {
  key: string;
  label: string;
  kind: string;
  papers: PaperLink[];
}

export interface SharedOptions {
  /** Count the listing-tag links too (weaker than a mention; off by default, like in core). */
  includeTagged?: boolean;
  minPapers?: number;
}

function paperTitle(graph: ViewerGraph, paper: string): string {
  const attributes = graph.getNodeAttributes(paper);
  return typeof attributes.title === 'string' && attributes.title !== '' ? attributes.title : attributes.label;
}

/** The papers linked to one entity, one row per paper (its strongest relation: a mention beats a tag). */
export function papersOfEntity(graph: ViewerGraph, entity: string, options: SharedOptions = {}): PaperLink[] {
  const byPaper = new Map<string, PaperLink>();
  graph.forEachInEdge(entity, (_edge, attributes, source) => {
    if (graph.getNodeAttribute(source, 'kind') !== 'paper') return;
    if (attributes.relation === 'tagged' && !options.includeTagged) return;
    const existing = byPaper.get(source);
    if (existing && existing.relation !== 'tagged') return;
    const link: PaperLink = { key: source, title: paperTitle(graph, source), relation: attributes.relation };
    if (typeof attributes.evidence === 'string' && attributes.evidence !== '') link.evidence = attributes.evidence;
    byPaper.set(source, link);
  });
  return [...byPaper.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/** Entities of one kind ranked by how many papers link to them (shared by most papers first, then by name). */
export function rankSharedEntities(graph: ViewerGraph, kind: string, options: SharedOptions = {}): SharedEntity[] {
  const minPapers = options.minPapers ?? 1;
  const ranked: SharedEntity[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== kind) return;
    const papers = papersOfEntity(graph, key, options);
    if (papers.length < minPapers) return;
    ranked.push({ key, label: attributes.label, kind, papers });
  });
  return ranked.sort((a, b) => b.papers.length - a.papers.length || a.label.localeCompare(b.label));
}

/** Entities (models, methods, datasets) linked to every one of the given papers. */
export function sharedBetweenPapers(graph: ViewerGraph, paperKeys: readonly string[], options: SharedOptions = {}): Array<{ key: string; label: string; kind: string }> {
  if (paperKeys.length === 0) return [];
  const entitiesOf = (paper: string): Set<string> => {
    const entities = new Set<string>();
    graph.forEachOutEdge(paper, (_edge, attributes, _source, target) => {
      if (attributes.relation === 'wrote') return;
      if (attributes.relation === 'tagged' && !options.includeTagged) return;
      entities.add(target);
    });
    return entities;
  };
  const [first, ...rest] = paperKeys.map(entitiesOf) as [Set<string>, ...Set<string>[]];
  return [...first]
    .filter((entity) => rest.every((set) => set.has(entity)))
    .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label'), kind: graph.getNodeAttribute(key, 'kind') }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
}

/** Authors two or more papers have in common, shown beside the shared entities when comparing papers. */
export function sharedAuthors(graph: ViewerGraph, paperKeys: readonly string[]): Array<{ key: string; label: string }> {
  if (paperKeys.length === 0) return [];
  const authorsOf = (paper: string): Set<string> => new Set(graph.inNeighbors(paper).filter((n) => graph.getNodeAttribute(n, 'kind') === 'author'));
  const [first, ...rest] = paperKeys.map(authorsOf) as [Set<string>, ...Set<string>[]];
  return [...first]
    .filter((author) => rest.every((set) => set.has(author)))
    .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label') }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

import type { ForeignGraph } from '../contract/graph.ts';

/**
 * "Which models do these papers share?": the tables of the CLI and the Shared panel of the viewer. Written for
 * any graph whose nodes carry `kind`/`label` and edges `relation` — a papergraph graph (through `asForeignGraph`), or
 * a GraphML/GEXF file the viewer opened, which may hold kinds beyond the contract's.
 */
export type AnalysisGraph = ForeignGraph;

export interface SharedPaper {
  key: string;
  title: string;
  relation: string;
  evidence?: string;
}

export interface SharedEntity {
  key: string;
  label: string;
  kind: string;
  papers: SharedPaper[];
}

export interface SharedOptions {
  /** Keep entities linked to at least this many papers (default 1). */
  minPapers?: number;
  /** Count the listing's `tagged` links as use (default false: a tag is not a mention). */
  includeTagged?: boolean;
}

// A paper linked twice to one entity is listed once, under its strongest link.
const RELATION_RANK: Record<string, number> = { proposes: 0, uses: 1, evaluates_on: 1, tagged: 2 };
const NOT_A_PAPER_LINK = 3;

function rank(relation: string): number {
  return RELATION_RANK[relation] ?? NOT_A_PAPER_LINK;
}

// Code-point order, not localeCompare: the same result in every locale, like every other papergraph output.
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The papers linked to one entity, one row per paper with its strongest relation and evidence. */
export function papersOf(graph: AnalysisGraph, entity: string, options: Pick<SharedOptions, 'includeTagged'> = {}): SharedPaper[] {
  const byPaper = new Map<string, SharedPaper>();
  graph.forEachInEdge(entity, (_edge, attributes, source, _target, sourceAttributes) => {
    const relation = attributes.relation;
    if (sourceAttributes.kind !== 'paper' || rank(relation) === NOT_A_PAPER_LINK) return;
    if (relation === 'tagged' && !options.includeTagged) return;
    const current = byPaper.get(source);
    if (current && rank(current.relation) <= rank(relation)) return;
    const row: SharedPaper = { key: source, title: sourceAttributes.label, relation };
    if (typeof attributes.evidence === 'string' && attributes.evidence) row.evidence = attributes.evidence;
    byPaper.set(source, row);
  });
  return [...byPaper.values()].sort((a, b) => byText(a.title, b.title));
}

/** For one entity kind: each entity with the papers that use, evaluate on or propose it; most-shared first. */
export function sharedEntities(graph: AnalysisGraph, kind: string, options: SharedOptions = {}): SharedEntity[] {
  const minPapers = Math.max(1, options.minPapers ?? 1);
  const rows: SharedEntity[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== kind) return;
    const papers = papersOf(graph, key, options);
    if (papers.length >= minPapers) rows.push({ key, label: attributes.label, kind, papers });
  });
  return rows.sort((a, b) => b.papers.length - a.papers.length || byText(a.label, b.label));
}

/** Entities (models, methods, datasets…) linked to every one of the given papers; tags only when asked. */
export function sharedBetween(
  graph: AnalysisGraph,
  paperKeys: readonly string[],
  options: Pick<SharedOptions, 'includeTagged'> = {},
): Array<{ key: string; label: string; kind: string }> {
  const entitiesOf = (paper: string): Set<string> => {
    const entities = new Set<string>();
    graph.forEachOutEdge(paper, (_edge, attributes, _source, target) => {
      const relation = attributes.relation;
      if (rank(relation) === NOT_A_PAPER_LINK || (relation === 'tagged' && !options.includeTagged)) return;
      entities.add(target);
    });
    return entities;
  };
  return intersect(paperKeys.map(entitiesOf))
    .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label'), kind: graph.getNodeAttribute(key, 'kind') }))
    .sort((a, b) => byText(a.kind, b.kind) || byText(a.label, b.label));
}

/** Authors every one of the given papers has. */
export function sharedAuthors(graph: AnalysisGraph, paperKeys: readonly string[]): Array<{ key: string; label: string }> {
  const authorsOf = (paper: string) => new Set(graph.inNeighbors(paper).filter((n) => graph.getNodeAttribute(n, 'kind') === 'author'));
  return intersect(paperKeys.map(authorsOf))
    .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label') }))
    .sort((a, b) => byText(a.label, b.label));
}

function intersect(sets: Set<string>[]): string[] {
  const [first, ...rest] = sets;
  return first ? [...first].filter((item) => rest.every((set) => set.has(item))) : [];
}

import type { NodeKind } from './kinds.ts';

/**
 * Edge relations of graph.json: one row per relation, with its clustering weight and its words. The graph builder,
 * the clustering projection, the exports (Neo4j types) and the viewer's filters and panels loop over this table, so
 * a new relation (e.g. `cites`) is one row here plus the stage that makes its edges.
 */
export interface RelationSpec {
  readonly relation: string;
  /** Clustering weight: a proposal binds a paper to its method more than an author list does; a listing tag barely. */
  readonly weight: number;
  /** Kinds at the source and at the target. */
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  /** Words for people, from the source's side ("uses") and from the target's side ("used by"). */
  readonly words: string;
  readonly inverseWords: string;
  /** Whether each edge carries the sentence that shows it (`evidence`). */
  readonly evidence: boolean;
  /** A paper's mention of an entity (counted in the shared-entity tables), as opposed to structure. */
  readonly mention: boolean;
}

export const RELATIONS = [
  { relation: 'wrote', weight: 1, from: ['author'], to: ['paper'], words: 'wrote', inverseWords: 'written by', evidence: false, mention: false },
  { relation: 'proposes', weight: 3, from: ['paper'], to: ['model', 'method', 'dataset'], words: 'proposes', inverseWords: 'proposed by', evidence: true, mention: true },
  { relation: 'uses', weight: 2, from: ['paper'], to: ['model', 'method'], words: 'uses', inverseWords: 'used by', evidence: true, mention: true },
  { relation: 'evaluates_on', weight: 2, from: ['paper'], to: ['dataset'], words: 'evaluates on', inverseWords: 'evaluated on by', evidence: true, mention: true },
  { relation: 'tagged', weight: 0.25, from: ['paper'], to: ['model', 'method', 'dataset'], words: 'tagged with', inverseWords: 'tag of', evidence: false, mention: false },
  { relation: 'variant_of', weight: 1, from: ['model'], to: ['model'], words: 'variant of', inverseWords: 'general form of', evidence: false, mention: false },
  // A citation ties two papers directly, more than a listing tag does, but a paper cites tens of works for mixed
  // reasons (background, tools, comparison): each weighs half an authorship, a quarter of a `uses`.
  { relation: 'cites', weight: 0.5, from: ['paper'], to: ['paper'], words: 'cites', inverseWords: 'cited by', evidence: false, mention: false },
] as const satisfies readonly RelationSpec[];

type RelationRow = (typeof RELATIONS)[number];
export type Relation = RelationRow['relation'];
/** Relations that link a paper to an entity it names in its text. */
export type MentionRelation = Extract<RelationRow, { mention: true }>['relation'];

export const RELATION_NAMES: readonly Relation[] = RELATIONS.map((row) => row.relation);
export const MENTION_RELATIONS: readonly MentionRelation[] = RELATIONS.filter(
  (row): row is Extract<RelationRow, { mention: true }> => row.mention,
).map((row) => row.relation);

const BY_RELATION = new Map<string, RelationSpec>(RELATIONS.map((row) => [row.relation, row]));

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && BY_RELATION.has(value);
}

export function relationSpec(relation: Relation): RelationSpec {
  return BY_RELATION.get(relation)!;
}

/** Clustering weight per relation. */
export const RELATION_WEIGHTS = Object.fromEntries(RELATIONS.map((row) => [row.relation, row.weight])) as Record<Relation, number>;

/** The relation in words (`evaluates_on` → "evaluates on"); an unknown relation from a foreign file with `_` spaced out. */
export function relationWords(relation: string, inverse = false): string {
  const spec = BY_RELATION.get(relation);
  if (spec) return inverse ? spec.inverseWords : spec.words;
  return relation.toLowerCase().replace(/_/g, ' ');
}

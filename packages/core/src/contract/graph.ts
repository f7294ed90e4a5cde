/**
 * The types of graph.json (docs/graph-format.md is the description for people): a directed multigraph in graphology's
 * serialization, strict (`PaperGraph`, what papergraph builds) and loose (`ForeignGraph`, what a file from elsewhere —
 * an older papergraph, Gephi, another tool's GraphML — may hold). Fields are only ever added.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { MultiDirectedGraph } from 'graphology';
import type { NodeKind } from './kinds.ts';
import type { Relation } from './relations.ts';
import type { ModelInfo } from '../types.ts';

/** Node attributes; kind-specific fields are optional. */
export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  /** Louvain community id; set by the clustering stage. */
  community?: number;
  /**
   * Sub-community id within the community (numbered like communities: largest first), on nodes of communities
   * with more than `subcommunityMinSize` nodes only; set by the clustering stage.
   */
  subcommunity?: number;
  /** Number of distinct papers linked to this entity or author (1 for a paper). */
  paperCount?: number;
  // paper
  title?: string;
  abstract?: string;
  year?: number;
  arxivId?: string;
  source?: string;
  sources?: string[];
  tags?: string[];
  authors?: string[];
  venue?: string;
  categories?: string[];
  /** Publication date, as precise as the inputs give it: ISO `2025`, `2025-03` or `2025-03-14`. */
  date?: string;
  /** DOI, lower-cased, without a resolver. */
  doi?: string;
  /** Paper: OpenAlex work id (`W2741809807`); author: OpenAlex author id (`A5023888391`). */
  openalexId?: string;
  /** Paper: Semantic Scholar paperId; author: Semantic Scholar authorId. */
  s2Id?: string;
  /** Paper: PubMed id (PMID, digits). */
  pmid?: string;
  /** How many works the paper's reference list names that are not papers of the graph (when the inputs list references). */
  referencesOutside?: number;
  /** Those works' ids (`openalex:W…`, `doi:…`, `arxiv:…`, `s2:…`), for bibliographic coupling; absent when they are stub nodes. */
  referencesOutsideIds?: string[];
  /** A work cited (or citing) but not among the inputs, kept as a node by `--references all`; not counted as a paper. */
  stub?: boolean;
  // author
  name?: string;
  /** Bare ORCID (`0000-0002-1825-0097`). */
  orcid?: string;
  /** Scopus author id (digits). */
  scopusId?: string;
  // model
  family?: string;
  version?: string;
  size?: string;
  variant?: string;
  // entities
  aliases?: string[];
  /** Entities named by dated papers: the first month and the month with the most papers naming it. */
  firstSeen?: string;
  peak?: string;
  /** JSON text of `[{start, end, weight}]`: bursts of the entity's monthly share (Kleinberg, docs/trends.md). */
  bursts?: string;
  // layout / display, when computed
  x?: number;
  y?: number;
  color?: string;
  [extra: string]: unknown;
}

export interface EdgeAttributes {
  relation: Relation;
  evidence?: string;
  /** `wrote` only: 0-based author position. */
  position?: number;
  /** Clustering weight of the relation. */
  weight?: number;
  [extra: string]: unknown;
}

/** One community as graph.json's `communities` attribute lists it. */
export interface CommunitySummary {
  id: number;
  label: string;
  size: number;
  /** Node counts per kind inside the community. */
  kinds: Partial<Record<NodeKind, number>>;
  /** Keys of the members that name the community, most characteristic first. */
  top: string[];
}

/** One sub-community as graph.json's `subcommunities` attribute lists it: a CommunitySummary plus its community. */
export interface SubcommunitySummary extends CommunitySummary {
  /** The community it splits; `id` is the sub-community's id within it. */
  community: number;
}

export interface GraphAttributes {
  generator: string;
  inputs: string[];
  seed: number;
  resolution: number;
  communities: CommunitySummary[];
  /** Communities with more nodes than this are split into sub-communities. */
  subcommunityMinSize?: number;
  /** The sub-communities of every split community, by community then id. */
  subcommunities?: SubcommunitySummary[];
  modularity?: number;
  rejected: number;
  [extra: string]: unknown;
}

export type PaperGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * A graph read from a file papergraph did not necessarily write: every node still has a string `kind` and `label`
 * (readers fill them in), every edge a string `relation`, but kinds and relations may be ones the contract does not
 * know, and papergraph's fields may be missing.
 */
export interface ForeignNodeAttributes extends Attributes {
  kind: string;
  label: string;
}
export interface ForeignEdgeAttributes extends Attributes {
  relation: string;
}
export type ForeignGraph = AbstractGraph<ForeignNodeAttributes, ForeignEdgeAttributes, Attributes>;

/**
 * The strict graph seen through the loose type: every PaperGraph is a ForeignGraph (its kinds and relations are
 * strings), so code written for foreign graphs (the viewer's models, the analysis tables) takes papergraph's own.
 */
export function asForeignGraph(graph: PaperGraph): ForeignGraph {
  return graph as unknown as ForeignGraph;
}

/** A model's reading from node attributes (family, version, size, variant). */
export function modelOfAttributes(attributes: { version?: unknown; size?: unknown; variant?: unknown }, family: string): ModelInfo {
  return {
    family,
    ...(typeof attributes.version === 'string' && attributes.version ? { version: attributes.version } : {}),
    ...(typeof attributes.size === 'string' && attributes.size ? { size: attributes.size } : {}),
    ...(typeof attributes.variant === 'string' && attributes.variant ? { variant: attributes.variant } : {}),
  };
}

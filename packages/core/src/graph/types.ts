import type { MultiDirectedGraph } from 'graphology';
import type { NodeKind, Relation } from '../types.ts';

/** Node attributes of graph.json (see the data contract); kind-specific fields are optional here. */
export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  /** Louvain community id; set by the clustering stage. */
  community?: number;
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
  // author
  name?: string;
  // model
  family?: string;
  version?: string;
  size?: string;
  variant?: string;
  // entities
  aliases?: string[];
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

export interface CommunitySummary {
  id: number;
  label: string;
  size: number;
  /** Node counts per kind inside the community. */
  kinds: Partial<Record<NodeKind, number>>;
  /** Keys of the members that name the community, most characteristic first. */
  top: string[];
}

export interface GraphAttributes {
  generator: string;
  inputs: string[];
  seed: number;
  resolution: number;
  communities: CommunitySummary[];
  modularity?: number;
  rejected: number;
  [extra: string]: unknown;
}

export type PaperGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

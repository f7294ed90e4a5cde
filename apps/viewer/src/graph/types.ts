import type { MultiDirectedGraph } from 'graphology';
import type { ForeignEdgeAttributes, ForeignNodeAttributes } from '@papergraph/core';

// Kinds and relations are the contract's (core's contract/ registries); graphs from elsewhere (GraphML, GEXF) may carry
// other kinds, shown as `other`.
export { ENTITY_KINDS, NODE_KIND_NAMES as KNOWN_KINDS, type EntityKind, type NodeKind as KnownKind } from '@papergraph/core';

/**
 * Node attributes of docs/graph-format.md as a foreign file may hold them (core's ForeignNodeAttributes), plus what the
 * viewer guarantees after normalising (a community) and the display attributes it writes (x, y, color, displaySize).
 */
export interface ViewerNodeAttributes extends ForeignNodeAttributes {
  kind: string;
  label: string;
  community: number;
  title?: string;
  abstract?: string;
  year?: number;
  arxivId?: string;
  tags?: string[];
  name?: string;
  aliases?: string[];
  family?: string;
  version?: string;
  /** Model size per the contract (`7B`), not a radius: the radius lives in `displaySize`. */
  size?: string;
  variant?: string;
  x?: number;
  y?: number;
  color?: string;
  displaySize?: number;
  [attribute: string]: unknown;
}

export interface ViewerEdgeAttributes extends ForeignEdgeAttributes {
  relation: string;
  evidence?: string;
  position?: number;
  size?: number;
  color?: string;
  [attribute: string]: unknown;
}

export interface CommunityInfo {
  id: number;
  label: string;
  size: number;
}

export interface ViewerGraphAttributes {
  communities?: CommunityInfo[];
  [attribute: string]: unknown;
}

export type ViewerGraph = MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes, ViewerGraphAttributes>;

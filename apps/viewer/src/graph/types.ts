import type { MultiDirectedGraph } from 'graphology';

/** Node kinds the contract defines; graphs from elsewhere (GraphML, GEXF) may carry other kinds, shown as `other`. */
export const KNOWN_KINDS = ['paper', 'author', 'model', 'method', 'dataset'] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];
export type EntityKind = 'model' | 'method' | 'dataset';
export const ENTITY_KINDS: readonly EntityKind[] = ['model', 'method', 'dataset'];

/** Node attributes per graph-contract.md, plus the display attributes the viewer writes (x, y, color, displaySize). */
export interface ViewerNodeAttributes {
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

export interface ViewerEdgeAttributes {
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

// The graph types live in the contract; this path is kept until the export writers import from there.
export type { NodeAttributes, EdgeAttributes, CommunitySummary, GraphAttributes, PaperGraph } from '../contract/graph.ts';

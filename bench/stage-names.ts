/**
 * The benchmark's stage names, apart from stages.ts so the driver and the report load without loading papergraph
 * itself: a broken pipeline then shows up as a failed child process in the report, not as a crash of the driver.
 */
export const STAGES = [
  'read+parse',
  'extraction',
  'extraction (workers)',
  'graph build',
  'louvain',
  'community labels',
  'layout',
  'json',
  'graphml',
  'gexf',
] as const;
export type StageName = (typeof STAGES)[number];

/** The stages issue 5 asks for: each must be measured (never skipped) at every size. */
export const REQUIRED_STAGES: readonly StageName[] = ['read+parse', 'extraction', 'graph build', 'louvain', 'community labels', 'json', 'graphml', 'gexf'];

/**
 * Building a graph from paper listings in the page (dropped files): core's whole extraction pipeline, its lexicons and
 * the learned step's weights. A chunk of its own, fetched the first time raw inputs are opened: in the app's bundle it
 * was two thirds of the 3 MB every page load parsed before it could even start fetching a graph. Imported from core's
 * own modules rather than its index, which the app's chunk holds (see the tree-shaking note in vite.config.ts).
 */
export { runPipeline as buildKnowledgeGraph } from '../../../../packages/core/src/pipeline/run.ts';
export { loadInputFormats } from '../../../../packages/core/src/ingest/formats.ts';
export { sourceLabel } from '../../../../packages/core/src/ingest/merge.ts';

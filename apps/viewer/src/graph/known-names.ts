/**
 * Core's lexicon look-up for the search box (`low-rank adaptation` → `method:lora`): a chunk of its own, fetched the
 * first time the search box is used, so the dataset lexicon it builds is not parsed before the first frame. Imported
 * from core's own module rather than its index, as build-raw.ts does (see the tree-shaking note in vite.config.ts).
 */
export { knownEntityKeys } from '../../../../packages/core/src/extract/known.ts';

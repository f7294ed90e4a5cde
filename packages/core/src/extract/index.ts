/**
 * The extraction API: per-paper extraction and the cross-paper pass. Re-exports only; see docs/extraction.md.
 */
export { extractPaper, isMethodLongForm } from './paper.ts';
export { resolveCorpus } from './resolve.ts';
export { canonicalModel } from './models.ts';
export { knownEntityKeys, lexicons } from './known.ts';
export { paperText } from './paper-text.ts';
export { compareMentions } from './mentions.ts';

/**
 * Deprecated: the reader is read-inputs.ts. These names stay until their caller (graph-source.ts) imports
 * `readInputTexts` / `InputTexts` from there.
 */
export { readInputTexts as readInputs, type InputTexts as ReadInputs } from './read-inputs.ts';

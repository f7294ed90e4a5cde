/**
 * Deprecated: the reader is read-inputs.ts. These names stay until their callers (pipeline.ts, bench) import
 * `readInputFiles` / `ReadOptions` / `InputsRead` from there.
 */
export {
  readInputFiles as readInputsStreaming,
  type ReadOptions as StreamOptions,
  type InputsRead as StreamedInputs,
} from './read-inputs.ts';

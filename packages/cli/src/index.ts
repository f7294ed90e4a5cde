/**
 * @papergraph/cli as a library: what the `papergraph` command runs, for Node programs (the benchmark) that build
 * from files the way `papergraph build` does. The command itself is main.ts.
 */
export { buildFromPaths, cliHooks, NoRecordsError, type CliPipelineOptions } from './pipeline.ts';
export { writeOutputs, writeChunks, type WrittenFiles } from './io/outputs.ts';
export { defaultWorkers, extractParallel, SLICE, type ParallelOptions } from './parallel/extract.ts';
export { CliError, EXIT } from './errors.ts';
export { runCommand } from './program.ts';

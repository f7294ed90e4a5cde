/**
 * `runPipeline`: inputs → clustered, laid-out graph, running the STAGES rows in order. Hooks let a caller time each
 * stage (the bench, the CLI's progress bar) and replace one (the CLI reads files in `ingest` and extracts in worker
 * threads in `extract`); the async form accepts replacements that return a promise.
 */
import type { PaperGraph } from '../contract/graph.ts';
import type { InputIssue, InputText, PaperRecord } from '../types.ts';
import { need, STAGES, type PipelineOptions, type PipelineState, type StageName } from './stages.ts';

/** Observers and replacements of stages; `Returns` is `void` for runPipeline, `void | Promise<void>` for the async form. */
export interface PipelineHooks<Returns = void> {
  beforeStage?(stage: StageName, state: PipelineState): Returns;
  afterStage?(stage: StageName, state: PipelineState): Returns;
  /** A stage that does not run, with the reason. */
  skippedStage?(stage: StageName, reason: string, state: PipelineState): Returns;
  /** Work to run instead of a stage's own; it must leave the stage's product in the state. */
  replace?: Partial<Record<StageName, (state: PipelineState, options: PipelineOptions) => Returns>>;
}

export type AsyncPipelineHooks = PipelineHooks<void | Promise<void>>;
export type AsyncReplacement = NonNullable<AsyncPipelineHooks['replace']>[StageName];

export interface BuildResult {
  graph: PaperGraph;
  records: PaperRecord[];
  rejections: InputIssue[];
  warnings: InputIssue[];
}

function initialState(texts: InputText[]): PipelineState {
  return { texts, inputNames: texts.map((input) => input.name) };
}

function result(state: PipelineState): BuildResult {
  const ingested = need(state.ingested, 'ingested records');
  return { graph: need(state.graph, 'graph'), records: ingested.records, rejections: ingested.rejections, warnings: ingested.warnings };
}

/** The whole pipeline, synchronously (core, the viewer, tests). */
export function runPipeline(
  texts: InputText[],
  options: PipelineOptions = {},
  hooks: PipelineHooks = {},
): BuildResult {
  const state = initialState(texts);
  for (const stage of STAGES) {
    const skipped = 'skip' in stage ? stage.skip(state, options) : undefined;
    if (skipped !== undefined) {
      hooks.skippedStage?.(stage.name, skipped, state);
      continue;
    }
    hooks.beforeStage?.(stage.name, state);
    const replacement = hooks.replace?.[stage.name];
    if (replacement) replacement(state, options);
    else stage.run(state, options);
    hooks.afterStage?.(stage.name, state);
  }
  return result(state);
}

/** The whole pipeline with replacements that may be asynchronous (the CLI's file reading and worker threads). */
export async function runPipelineAsync(
  texts: InputText[],
  options: PipelineOptions = {},
  hooks: AsyncPipelineHooks = {},
): Promise<BuildResult> {
  const state = initialState(texts);
  for (const stage of STAGES) {
    const skipped = 'skip' in stage ? stage.skip(state, options) : undefined;
    if (skipped !== undefined) {
      await hooks.skippedStage?.(stage.name, skipped, state);
      continue;
    }
    await hooks.beforeStage?.(stage.name, state);
    const replacement = hooks.replace?.[stage.name];
    if (replacement) await replacement(state, options);
    else stage.run(state, options);
    await hooks.afterStage?.(stage.name, state);
  }
  return result(state);
}

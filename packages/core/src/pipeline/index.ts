export { STAGES, STAGE_NAMES, PIPELINE_DEFAULTS, paperDocs, extractDocs, tagEntities, need } from './stages.ts';
export type { Stage, StageName, PipelineOptions, PipelineState } from './stages.ts';
export { runPipeline, runPipelineAsync } from './run.ts';
export type { PipelineHooks, AsyncPipelineHooks, AsyncReplacement, BuildResult } from './run.ts';

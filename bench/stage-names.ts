/**
 * The benchmark's stages: papergraph's pipeline stages (core's STAGES, in order), the worker-thread extraction
 * beside the one-core one, then one stage per output format (core's OUTPUT_FORMATS). Derived from the registries,
 * so a new stage or format is measured without an edit here.
 */
import { OUTPUT_FORMAT_NAMES, STAGES as PIPELINE_STAGES } from '../packages/core/src/index.ts';

/** The worker-thread extraction, measured after the one-core `extract` and checked equal to it. */
export const WORKERS_STAGE = 'extract (workers)';

/** What `papergraph build` leaves for `papergraph update` (OUT_DIR/.papergraph), measured after the outputs. */
export const UPDATE_STATE_STAGE = 'update state';

export const STAGES: readonly string[] = [
  ...PIPELINE_STAGES.flatMap((stage) => (stage.name === 'extract' ? [stage.name, WORKERS_STAGE] : [stage.name])),
  ...OUTPUT_FORMAT_NAMES,
  UPDATE_STATE_STAGE,
];
export type StageName = string;

/** Stages measured at every size: all but those that may be skipped (layout above its size, workers below theirs). */
export const REQUIRED_STAGES: readonly StageName[] = [
  ...PIPELINE_STAGES.filter((stage) => !('skip' in stage)).map((stage) => stage.name),
  ...OUTPUT_FORMAT_NAMES,
  UPDATE_STATE_STAGE,
];

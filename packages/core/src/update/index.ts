export { updateBuild, updateBuildAsync, buildState, pipelineOptionsOf } from './run.ts';
export type { UpdateInput, UpdateOptions, UpdateResult, NextState } from './run.ts';
export { mergeUpdate, type UpdateRecords } from './merge.ts';
export { clusterFromPrevious, labelStably, layoutFromPrevious, type WarmClusterOptions } from './stable.ts';
export {
  UPDATE_STATE_FORMAT,
  CONTENT_HASH_LENGTH,
  cachedRows,
  contentHash,
  extractionRow,
  mentionsFromRow,
  nodeStates,
  nodeRow,
  nodeFromRow,
  manifestOf,
} from './state.ts';
export type { BuildSettings, UpdateManifest, NodeState, PreviousBuild, ExtractionCache, CacheEntry, CachedExtraction, MentionRow, OutputRecord } from './state.ts';
export { ELEMENT_HASH_VERSION, elementHashes, planReuse, reusedCount, isPreviousSpan, SpanRuns } from '../export/reuse.ts';
export type { ElementHashes, ReusePlan, WriterReuse, PreviousSpan, ReusingChunk, ElementLayout } from '../export/reuse.ts';
export type { ReusableFormat } from '../export/formats.ts';
export { whatsNew, formatWhatsNew, whereRemovedWent, moveReason } from './whats-new.ts';
export type { WhatsNew, WhatsNewPaper, WhatsNewEntity, AddedEntity, RemovedEntity, GoneCommunity, RisingEntity, CommunityChange, WhatsNewInput, MoveReason } from './whats-new.ts';

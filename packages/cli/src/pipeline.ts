/**
 * The CLI's way of running core's pipeline: the same STAGES, with two replaced through hooks — `ingest` reads files
 * and folders from disk (JSON Lines streamed), `extract` runs in worker threads beside the main thread. `build`, the
 * table commands and the bench all build through here, so there is one pipeline however it is started.
 */
import {
  need,
  runPipelineAsync,
  type AsyncPipelineHooks,
  type AsyncReplacement,
  type BuildResult,
  type InputIssue,
  type PipelineOptions,
  type PipelineState,
  type StageName,
} from '@papergraph/core';
import { CliError, EXIT } from './errors.ts';
import { readInputFiles, type ReadOptions } from './io/read-inputs.ts';
import { PROGRESS_MIN_PAPERS, progressBar, type Progress } from './progress.ts';
import { defaultWorkers, extractParallel } from './parallel/extract.ts';

export interface CliPipelineOptions extends PipelineOptions {
  /** Extraction worker threads besides the main thread; default: one per extra core from 10,000 papers. */
  workers?: number;
  /** Progress of the extraction, in papers. */
  onExtracted?: (done: number, total: number) => void;
  /** Reading options (progress in bytes, a cap on JSON Lines records for the bench's nested prefixes). */
  read?: ReadOptions;
  /** Observers of the stages (timing, progress); they run around the CLI's own replacements. */
  beforeStage?: (stage: StageName, state: PipelineState) => void;
  afterStage?: (stage: StageName, state: PipelineState) => void;
  skippedStage?: (stage: StageName, reason: string, state: PipelineState) => void;
}

/** The hooks that make core's pipeline read from disk and extract in worker threads. */
export function cliHooks(paths: string[], options: CliPipelineOptions = {}): AsyncPipelineHooks {
  const ingest: NonNullable<AsyncReplacement> = async (state) => {
    const read = await readInputFiles(paths, options.read);
    // Files that could not be read at all are reported with the rejected records, first.
    read.ingested.rejections.unshift(...read.unreadable);
    state.ingested = read.ingested;
    state.inputNames = read.inputNames;
    if (read.ingested.records.length === 0) {
      throw new NoRecordsError(paths, read.ingested.rejections, read.ingested.warnings);
    }
  };
  const extract: NonNullable<AsyncReplacement> = async (state) => {
    const docs = need(state.docs, 'paper docs');
    state.extractions = await extractParallel(docs, {
      workers: options.workers ?? defaultWorkers(docs.length),
      onProgress: (done) => options.onExtracted?.(done, docs.length),
    });
  };
  return {
    beforeStage: (stage, state) => options.beforeStage?.(stage, state),
    afterStage: (stage, state) => options.afterStage?.(stage, state),
    skippedStage: (stage, reason, state) => options.skippedStage?.(stage, reason, state),
    replace: { ingest, extract },
  };
}

/** Nothing could be read: exit code 2, with every rejection and warning (files skipped…) kept for the report. */
export class NoRecordsError extends CliError {
  constructor(
    paths: string[],
    readonly rejections: InputIssue[],
    readonly warnings: InputIssue[] = [],
  ) {
    super(`no paper records could be read from ${paths.join(', ')}`, EXIT.input);
  }
}

/**
 * Options that draw a progress bar over a build (when `show` and the input is large enough): the bar starts once
 * the number of papers is known, follows the extraction paper by paper and names each stage as it begins. `build`
 * and `view` both build through this.
 */
export function withProgress(options: CliPipelineOptions, show: boolean): { options: CliPipelineOptions; bar: () => Progress } {
  let bar = progressBar(0, false);
  let papers = 0;
  return {
    bar: () => bar,
    options: {
      ...options,
      afterStage: (stage, state) => {
        options.afterStage?.(stage, state);
        if (stage !== 'ingest') return;
        papers = state.ingested?.records.length ?? 0;
        bar = progressBar(papers, show && papers >= PROGRESS_MIN_PAPERS);
      },
      beforeStage: (stage, state) => {
        options.beforeStage?.(stage, state);
        if (stage !== 'ingest') bar.update(stage === 'docs' || stage === 'extract' ? 0 : papers, stage);
      },
      onExtracted: (done, total) => {
        options.onExtracted?.(done, total);
        bar.update(done);
      },
    },
  };
}

/** Files and folders → clustered graph, with the CLI's reading and worker threads. */
export function buildFromPaths(paths: string[], options: CliPipelineOptions = {}): Promise<BuildResult> {
  return runPipelineAsync([], options, cliHooks(paths, options));
}

import cliProgress from 'cli-progress';

/** Inputs at least this large get a progress bar: below it a build finishes before a bar would be read. */
export const PROGRESS_MIN_PAPERS = 5000;

export interface Progress {
  update(done: number, stage?: string): void;
  stop(): void;
}

/** Where the bar is drawn: a writable stream that may be a terminal (process.stderr, or a test's stand-in). */
export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean };

const SILENT: Progress = { update() {}, stop() {} };

/**
 * A progress bar on stderr (stdout stays clean for `--json`), drawn only when stderr is a terminal: a bar redrawn
 * in place means nothing in a log file or a CI log, where it would only leave lines like "extract 0%" behind.
 */
export function progressBar(total: number, enabled: boolean, stream: ProgressStream = process.stderr): Progress {
  if (!enabled || stream.isTTY !== true) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{stage} [{bar}] {percentage}% | {value}/{total} papers | {duration_formatted}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { stage: 'extract' });
  return {
    update(done, stage) {
      bar.update(done, stage ? { stage } : undefined);
    },
    stop() {
      bar.stop();
    },
  };
}

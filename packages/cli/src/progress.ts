import cliProgress from 'cli-progress';

/** Inputs at least this large get a progress bar: below it a build finishes before a bar would be read. */
export const PROGRESS_MIN_PAPERS = 5000;

export interface Progress {
  update(done: number, stage?: string): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };

/** A progress bar on stderr (stdout stays clean for `--json`); outside a terminal it logs every few seconds. */
export function progressBar(total: number, enabled: boolean): Progress {
  if (!enabled) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{stage} [{bar}] {percentage}% | {value}/{total} papers | {duration_formatted}',
      noTTYOutput: true,
      notTTYSchedule: 3000,
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

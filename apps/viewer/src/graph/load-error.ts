/**
 * The loaders' shared leaf: load.ts and load-xml.ts both throw this error, and neither imports the other for it
 * (load.ts imports load-xml.ts on demand).
 */

/** A problem the page shows as a readable message naming the input, instead of a blank screen. */
export class GraphLoadError extends Error {
  constructor(
    readonly sourceName: string,
    message: string,
  ) {
    super(`Could not load ${sourceName}: ${message}`);
    this.name = 'GraphLoadError';
  }
}

/** The message of anything thrown. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const MB = 1024 * 1024;

/** A byte count for messages: `312 MB`, `1.5 MB`, `250 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 10 * MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

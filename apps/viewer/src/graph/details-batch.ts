/**
 * How the details worker cuts graph.json's details into messages (pure; shared by the worker and the page's tests).
 * Kept apart from details.ts, which starts the worker: the worker's bundle must not include that.
 */

/**
 * Roughly how many characters a value takes in a message (strings by their length, other scalars as a few): receiving
 * a message (the structured clone's deserialisation) and merging it cost the page in proportion to it.
 */
export function approximateChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item: unknown) => sum + approximateChars(item) + 1, 2);
  if (typeof value === 'object' && value !== null) {
    let sum = 2;
    for (const [name, item] of Object.entries(value)) sum += name.length + approximateChars(item) + 2;
    return sum;
  }
  return 8;
}

/** How many entries and characters (see `approximateChars`) one message holds at most. */
export interface BatchLimits {
  entries: number;
  chars: number;
}

/**
 * Groups entries into messages: a message ends once it holds `limits.entries` entries or `limits.chars` characters,
 * so a batch of long abstracts is as cheap to receive as one of short ones.
 */
export function* batchEntries<T>(entries: Iterable<T>, limits: BatchLimits, chars: (entry: T) => number): Generator<T[]> {
  let batch: T[] = [];
  let size = 0;
  for (const entry of entries) {
    batch.push(entry);
    size += chars(entry);
    if (batch.length >= limits.entries || size >= limits.chars) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

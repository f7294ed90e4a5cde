/**
 * A count and its noun, for every message papergraph writes (CLI, viewer, core's reports): one spelling of the
 * plural instead of a `count === 1 ? '' : 's'` at each call.
 */

/** "1 paper", "3 papers"; `many` for nouns whose plural is not the word + "s". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** As `plural`, the count grouped in thousands ("3,000 dated papers"): for text read by people. */
export function counted(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : many}`;
}

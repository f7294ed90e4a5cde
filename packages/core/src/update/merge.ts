/**
 * The records of an update: the build's merged records followed by the new inputs' records, merged by the build's
 * own rules (`mergeRecords`), so the papers are those a full build of all the inputs would have, in the same order.
 * A new record that adds nothing to the paper it matches (the same paper read again: same text, ids, authors…) is
 * passed over, its source not added, so re-reading a file already built changes nothing.
 */
import { workIdentities } from '../ingest/ids.ts';
import { mergeRecords, titleKey } from '../ingest/merge.ts';
import type { IngestResult, InputIssue, PaperRecord } from '../types.ts';

export interface UpdateRecords {
  /** The merged records of the build and the update, and every rejection and warning (the build's first). */
  ingested: IngestResult;
  /** New records that changed something: added papers, or ones that extend a paper of the build. */
  contributing: number;
  /** New records passed over as already in the build. */
  alreadyPresent: number;
  /** Input names of the new inputs that contributed a record. */
  contributingInputs: Set<string>;
  /**
   * No new record names a paper of the build (by any id or its title), so the build's records come first, unchanged:
   * the state's files can be appended to instead of rewritten.
   */
  previousUnchanged: boolean;
}

/** The record without where it was read: what it says about the paper. */
function content(record: PaperRecord): string {
  const { sources: _sources, ...rest } = record;
  return JSON.stringify(rest);
}

/** Merges `added` (the new inputs, merged among themselves) into the build's `previous` records. */
export function mergeUpdate(previous: readonly PaperRecord[], added: IngestResult, issues: { rejections: InputIssue[]; warnings: InputIssue[] }): UpdateRecords {
  const byKey = new Map<string, PaperRecord>();
  for (const record of previous) {
    for (const identity of workIdentities(record)) if (!byKey.has(identity.key)) byKey.set(identity.key, record);
    const title = titleKey(record.title);
    if (title && !byKey.has(`title:${title}`)) byKey.set(`title:${title}`, record);
  }
  const kept: PaperRecord[] = [];
  const contributingInputs = new Set<string>();
  let alreadyPresent = 0;
  let previousUnchanged = true;
  for (const record of added.records) {
    const keys = [...workIdentities(record).map((identity) => identity.key), `title:${titleKey(record.title)}`];
    const match = keys.map((key) => byKey.get(key)).find((found) => found !== undefined);
    if (match) {
      const alone = mergeRecords([match, record]);
      if (alone.records.length === 1 && alone.conflicts.length === 0 && content(alone.records[0]!) === content(match)) {
        alreadyPresent++;
        continue;
      }
    }
    if (match) previousUnchanged = false;
    kept.push(record);
    for (const source of record.sources) contributingInputs.add(source.file);
  }
  // When no new record names a paper of the build, merging them all again would only copy the build's records:
  // they stay as they are, and only the new ones are merged (among themselves, as the reader already did).
  const merged = previousUnchanged ? mergeNew(previous, kept) : mergeRecords([...previous, ...kept]);
  return {
    ingested: {
      records: merged.records,
      rejections: [...issues.rejections, ...added.rejections, ...merged.conflicts],
      warnings: [...issues.warnings, ...added.warnings],
    },
    contributing: kept.length,
    alreadyPresent,
    contributingInputs,
    previousUnchanged,
  };
}

/** `mergeRecords([...previous, ...kept])` when no record of `kept` shares an id or a title with one of `previous`. */
function mergeNew(previous: readonly PaperRecord[], kept: PaperRecord[]): { records: PaperRecord[]; conflicts: InputIssue[] } {
  const added = mergeRecords(kept);
  return { records: [...previous, ...added.records], conflicts: added.conflicts };
}

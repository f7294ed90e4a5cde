/**
 * The records of an update: the build's merged records followed by the new inputs' records, merged by the build's
 * own rules (`mergeRecords`), so the papers are those a full build of all the inputs would have, sources included, in
 * the same order. A new record read from where the build already read it (the same file and line: a file of the
 * build read again) that adds nothing to its paper is passed over, so re-reading a file already built changes nothing.
 */
import { identitiesContradict, workIdentities } from '../ingest/ids.ts';
import { differentWorksOnce, mergeRecords, sourceLabel, titleKey } from '../ingest/merge.ts';
import type { IngestResult, InputIssue, PaperRecord, SourceRef } from '../types.ts';

export interface UpdateRecords {
  /**
   * The merged records of the build and the update, and every rejection and warning (the build's first; one the build
   * already had, from a file read again, is not counted twice).
   */
  ingested: IngestResult;
  /** New records that change something: added papers, or ones that extend a paper of the build (a source at least). */
  contributing: number;
  /** New records naming a paper already in the build and merged into it (passed over, or adding a source or text). */
  alreadyPresent: number;
  /** The rejections and warnings of the new inputs, as a full build reports them: reading's, then the merge's. */
  issues: { rejections: InputIssue[]; warnings: InputIssue[] };
  /**
   * Rejections the build did not have: when some, the graph changes (its `rejected` count at least). Warnings alone
   * (a file of a folder passed over, an empty file) change nothing of it: they are reported, not a reason to rewrite.
   */
  newRejections: number;
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

function issueKey(issue: InputIssue): string {
  return `${sourceLabel(issue)}\n${issue.message}`;
}

/** `issues` without those `known` holds (a file of the build read again reports what the build reported). */
function unknown(issues: readonly InputIssue[], known: ReadonlySet<string>): InputIssue[] {
  return issues.filter((issue) => !known.has(issueKey(issue)));
}

/** Merges `added` (the new inputs, merged among themselves) into the build's `previous` records. */
export function mergeUpdate(previous: readonly PaperRecord[], added: IngestResult, issues: { rejections: InputIssue[]; warnings: InputIssue[] }): UpdateRecords {
  const byKey = new Map<string, PaperRecord>();
  // Several papers of the build can have one title (two works called "Editorial"): all of them, in order.
  const byTitle = new Map<string, PaperRecord[]>();
  for (const record of previous) {
    for (const identity of workIdentities(record)) if (!byKey.has(identity.key)) byKey.set(identity.key, record);
    const title = titleKey(record.title);
    const papers = title ? byTitle.get(title) : undefined;
    if (papers) papers.push(record);
    else if (title) byTitle.set(title, [record]);
  }
  const differentWorks = differentWorksOnce();
  /** The paper of the build a record names: by an id, else the last of its title the merge would join it to. */
  const matchOf = (record: PaperRecord): PaperRecord | undefined => {
    const identities = workIdentities(record);
    const byId = identities.map((identity) => byKey.get(identity.key)).find((found) => found !== undefined);
    if (byId) return byId;
    const papers = byTitle.get(titleKey(record.title)) ?? [];
    const joins = (paper: PaperRecord) => !identitiesContradict(workIdentities(paper), identities) && differentWorks(paper, record) === undefined;
    return papers.findLast(joins) ?? papers[papers.length - 1];
  };
  const known = new Set([...issues.rejections, ...issues.warnings].map(issueKey));
  const kept: PaperRecord[] = [];
  const repeated: InputIssue[] = [];
  let alreadyPresent = 0;
  let previousUnchanged = true;
  for (const record of added.records) {
    const match = matchOf(record);
    if (!match) {
      kept.push(record);
      continue;
    }
    // Where the build read the paper already is not a new source: a full build reads each file once.
    const builtAt = new Set(match.sources.map((source: SourceRef) => sourceLabel(source)));
    const sources = record.sources.filter((source) => !builtAt.has(sourceLabel(source)));
    const fresh = sources.length === record.sources.length ? record : { ...record, sources };
    const alone = mergeRecords([match, fresh]);
    const merges = alone.records.length === 1 && alone.conflicts.length === 0;
    if (merges) {
      alreadyPresent++;
      if (sources.length === 0 && content(alone.records[0]!) === content(match)) continue;
    } else if (alone.conflicts.length > 0 && alone.conflicts.every((issue) => known.has(issueKey(issue)))) {
      // Left out by the build already, for the same reason (a file of the build read again): reported again, as the
      // file's reading issues are, but the graph does not change.
      repeated.push(...alone.conflicts);
      continue;
    }
    previousUnchanged = false;
    // A record the merge leaves out keeps its sources: its rejection names where it was read.
    kept.push(merges ? fresh : record);
  }
  // When no new record names a paper of the build, merging them all again would only copy the build's records:
  // they stay as they are, and only the new ones are merged (among themselves, as the reader already did).
  const merged = previousUnchanged ? mergeNew(previous, kept) : mergeRecords([...previous, ...kept], previous.length);
  // The new inputs were merged among themselves when they were read, and `added` holds that merge's issues: merged
  // again here, records it kept apart (two volumes of one title) are reported again, in the same words.
  const reported = new Set([...added.rejections, ...added.warnings].map(issueKey));
  const rejections = [...added.rejections, ...repeated, ...merged.conflicts.filter((issue) => !reported.has(issueKey(issue)))];
  const warnings = [...added.warnings, ...merged.warnings.filter((issue) => !reported.has(issueKey(issue)))];
  const newRejections = unknown(rejections, known);
  const newWarnings = unknown(warnings, known);
  return {
    ingested: {
      records: merged.records,
      rejections: [...issues.rejections, ...newRejections],
      warnings: [...issues.warnings, ...newWarnings],
    },
    contributing: kept.length,
    alreadyPresent,
    issues: { rejections, warnings },
    newRejections: newRejections.length,
    previousUnchanged,
  };
}

/** `mergeRecords([...previous, ...kept])` when no record of `kept` shares an id or a title with one of `previous`. */
function mergeNew(previous: readonly PaperRecord[], kept: PaperRecord[]): { records: PaperRecord[]; conflicts: InputIssue[]; warnings: InputIssue[] } {
  const added = mergeRecords(kept);
  return { records: [...previous, ...added.records], conflicts: added.conflicts, warnings: added.warnings };
}

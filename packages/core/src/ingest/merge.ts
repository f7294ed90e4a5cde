import type { InputIssue, PaperRecord, SourceRef } from '../types.ts';
import { normalizeLatex } from '../text/latex.ts';

/** Title key for merging: LaTeX flattened, case, accents, punctuation and spacing removed. */
export function titleKey(title: string): string {
  return normalizeLatex(title)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a);
  return [...a, ...b.filter((item) => !seen.has(item) && (seen.add(item), true))];
}

function mergeInto(target: PaperRecord, other: PaperRecord): void {
  target.sources.push(...other.sources);
  target.tags = union(target.tags, other.tags);
  if (other.authors.length > target.authors.length) target.authors = other.authors;
  if (other.abstract.length > target.abstract.length) target.abstract = other.abstract;
  target.year ??= other.year;
  target.arxivId ??= other.arxivId;
  target.venue ??= other.venue;
  if (other.categories) target.categories = union(target.categories ?? [], other.categories);
}

/** "papers.jsonl:12", "dump.json record 3": where a record came from, for reports. */
export function sourceLabel(source: SourceRef | undefined): string {
  if (!source) return 'an earlier input';
  if (source.line !== undefined) return `${source.file}:${source.line}`;
  if (source.record !== undefined) return `${source.file} record ${source.record}`;
  return source.file;
}

export interface MergeResult {
  records: PaperRecord[];
  /**
   * Records left out because they claim to be a paper already read but disagree on what it is (the same arXiv id
   * under another title): the first is kept whole, never mixed with the other; each names both sources.
   */
  conflicts: InputIssue[];
}

/**
 * The same paper in several inputs becomes one record with all its sources: matched by arXiv id, else by
 * normalised title (a record without id joins the one with the same title). Order of first appearance is kept.
 */
export function mergeRecords(records: PaperRecord[]): MergeResult {
  const merged: PaperRecord[] = [];
  const conflicts: InputIssue[] = [];
  const byId = new Map<string, PaperRecord>();
  const byTitle = new Map<string, PaperRecord>();
  const keys = new Map<PaperRecord, string>();
  for (const record of records) {
    const key = titleKey(record.title);
    let target = record.arxivId ? byId.get(record.arxivId) : undefined;
    if (target && keys.get(target) !== key) {
      const source = record.sources[0];
      conflicts.push({
        ...(source ?? { file: '' }),
        message: `arXiv id ${record.arxivId} is already "${target.title}" (${sourceLabel(target.sources[0])}); this record's title "${record.title}" differs, so it was left out and the first kept`,
      });
      continue;
    }
    if (!target) {
      const sameTitle = byTitle.get(key);
      if (sameTitle && (!sameTitle.arxivId || !record.arxivId || sameTitle.arxivId === record.arxivId)) target = sameTitle;
    }
    if (target) {
      mergeInto(target, record);
    } else {
      target = { ...record, sources: [...record.sources], tags: [...record.tags] };
      merged.push(target);
      keys.set(target, key);
      if (key) byTitle.set(key, target);
    }
    if (target.arxivId) byId.set(target.arxivId, target);
  }
  return { records: merged, conflicts };
}

import type { PaperRecord } from '../types.ts';
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

/**
 * The same paper in several inputs becomes one record with all its sources: matched by arXiv id, else by
 * normalised title (a record without id joins the one with the same title). Order of first appearance is kept.
 */
export function mergeRecords(records: PaperRecord[]): PaperRecord[] {
  const merged: PaperRecord[] = [];
  const byId = new Map<string, PaperRecord>();
  const byTitle = new Map<string, PaperRecord>();
  for (const record of records) {
    const key = titleKey(record.title);
    let target = record.arxivId ? byId.get(record.arxivId) : undefined;
    if (!target) {
      const sameTitle = byTitle.get(key);
      if (sameTitle && (!sameTitle.arxivId || !record.arxivId || sameTitle.arxivId === record.arxivId)) target = sameTitle;
    }
    if (target) {
      mergeInto(target, record);
    } else {
      target = { ...record, sources: [...record.sources], tags: [...record.tags] };
      merged.push(target);
      if (key) byTitle.set(key, target);
    }
    if (target.arxivId) byId.set(target.arxivId, target);
  }
  return merged;
}

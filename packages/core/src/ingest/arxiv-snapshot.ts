/**
 * The arXiv metadata snapshot (Kaggle's `arxiv-metadata-oai-snapshot.json`, published by arXiv/Cornell): JSON Lines,
 * one paper a line, streamed like any JSON Lines dump. Its own fields are read for what they are:
 * `authors_parsed` (`[last, first, suffix]`, already Unicode, where `authors` keeps LaTeX such as `Bal\'azs`),
 * `categories` as one space-separated string, `versions[0].created` as the paper's date (RFC 2822), `doi`,
 * `journal-ref`. `update_date` is when arXiv last touched the metadata, not when the paper appeared: it stands in
 * only when neither a version nor the id gives a date.
 */
import { arxivIdDate, parseDate } from '../time/dates.ts';
import type { PaperRecord, SourceRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { recordDoi } from './reference-ids.ts';
import { asObject } from './json-records.ts';
import { jsonLinesReader, readLines } from './jsonl.ts';
import { journalRefVolume } from './journal-ref.ts';
import { recordFromObject, setDate, setVolume } from './records.ts';

/** Keys only the snapshot's lines have (OpenAlex and Semantic Scholar dumps are JSON Lines too). */
const SNAPSHOT_KEYS = /"authors_parsed"\s*:\s*\[|"versions"\s*:\s*\[\s*\{\s*"version"\s*:|"update_date"\s*:/g;

function sniffSnapshot(head: string): number {
  const body = head.trimStart();
  if (!body.startsWith('{')) return 0;
  const end = body.indexOf('\n');
  const firstLine = end < 0 ? body : body.slice(0, end);
  const keys = new Set([...firstLine.matchAll(SNAPSHOT_KEYS)].map((match) => match[0].slice(1, 5)));
  // Two of the three in the first line: nothing else is shaped like this; one: likely.
  return keys.size >= 2 ? 1 : keys.size === 1 ? 0.8 : 0;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** `[["Evans", "Neal J.", "II"], …]` → `["Neal J. Evans II", …]`; undefined when the field is not that shape. */
function parsedAuthors(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names: string[] = [];
  for (const item of value) {
    if (!Array.isArray(item)) return undefined;
    const [last, first, suffix] = item.map(text);
    const name = [first, last, suffix].filter((part) => part).join(' ');
    if (name) names.push(name);
  }
  return names;
}

/** The first version's date: when the paper appeared on arXiv. */
function firstVersionDate(versions: unknown): string | undefined {
  if (!Array.isArray(versions)) return undefined;
  const first = versions.find((version) => /^v1$/i.test(text(asObject(version)?.['version']))) ?? versions[0];
  return parseDate(asObject(first)?.['created']);
}

/** One snapshot line's object → a paper; lines without the snapshot's fields read as generic records. */
export function recordFromSnapshot(value: unknown, source: SourceRef): PaperRecord | string {
  const record = recordFromObject(value, source);
  const object = asObject(value);
  if (typeof record === 'string' || !object) return record;
  record.abstract = text(object['abstract'] ?? record.abstract);
  const authors = parsedAuthors(object['authors_parsed']);
  if (authors && authors.length > 0) record.authors = authors;
  const date = firstVersionDate(object['versions']) ?? (record.arxivId ? arxivIdDate(record.arxivId) : undefined) ?? parseDate(object['update_date']);
  setDate(record, date);
  // Several DOIs are written space-separated; the first is the paper's.
  const doi = recordDoi(text(object['doi']).split(' ')[0]);
  if (doi) record.doi = doi;
  const journal = text(object['journal-ref']);
  if (journal) record.venue = journal;
  setVolume(record, journalRefVolume(journal));
  return record;
}

export const arxivSnapshotFormat: InputFormat = {
  name: 'arxiv-snapshot',
  label: 'the arXiv metadata snapshot (JSON Lines)',
  // Kaggle names the JSON Lines file `.json`: the content decides, no extension is the snapshot's own.
  extensions: [],
  sniff: sniffSnapshot,
  parse: (text, file) => readLines(text, jsonLinesReader(file, recordFromSnapshot)),
  lineReader: (file) => jsonLinesReader(file, recordFromSnapshot),
};

/**
 * zbMATH Open API answers (`api.zbmath.org/v1/document/_search?…`, `/document/{id}`): mathematics' reference
 * database. A search answer is `{result: [documents], status: {nr_total_results, …}}`, a single document's
 * `{result: {document}, status}`; a document gives `title: {title, subtitle}`, `contributors.authors[].name`
 * written `Family, Given`, `year`, `links` (`{type: "doi" | "arxiv" | …, identifier}`), `source.series` (the journal
 * and its `volume`),
 * `editorial_contributions` (the paper's summary or a reviewer's review) and `references` (each with its `doi`).
 * Where a publisher's licence withholds a field, zbMATH writes a placeholder sentence in it, which is no value.
 */
import type { PaperRecord, SourceRef, WorkRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { normalizeArxivId } from './ids.ts';
import { asArray, asObject, DIALECT_CONFIDENCE, dialectFormat, itemsUnder, pagesLeft, text, type DialectItem, type JsonDialect, type JsonObject } from './json-records.ts';
import { databaseName } from './names.ts';
import { setDate, setVolume } from './records.ts';
import { recordDoi } from './reference-ids.ts';

/** What zbMATH writes in a field a licence keeps it from showing. */
const WITHHELD = /contents unavailable due to conflicting licenses/i;

function value(field: unknown): string | undefined {
  const written = text(field);
  return written && !WITHHELD.test(written) ? written : undefined;
}

function titleOf(document: JsonObject): string | undefined {
  const title = asObject(document['title']);
  const main = value(title?.['title']) ?? value(document['title']);
  const subtitle = value(title?.['subtitle']);
  return main && subtitle ? `${main}: ${subtitle}` : main;
}

/** The id of the first link of a type (`doi`, `arxiv`). */
function linked(document: JsonObject, type: string): string | undefined {
  const link = asArray(document['links']).map(asObject).find((entry) => entry?.['type'] === type && value(entry['identifier']));
  return value(link?.['identifier']);
}

/** The paper's own summary; a reviewer's review is another author's text, not the abstract. */
function summaryOf(document: JsonObject): string {
  const summary = asArray(document['editorial_contributions'])
    .map(asObject)
    .find((entry) => entry?.['contribution_type'] === 'summary' && value(entry['text']));
  return (value(summary?.['text']) ?? '').replace(/^Summary:\s*/, '');
}

function referencesOf(document: JsonObject): WorkRef[] | undefined {
  const references = asArray(document['references'])
    .map((entry) => recordDoi(value(asObject(entry)?.['doi'])))
    .filter((doi): doi is string => doi !== undefined)
    .map((doi) => ({ doi }));
  return references.length > 0 ? references : undefined;
}

function zbmathDocument(item: unknown, source: SourceRef): DialectItem {
  const document = asObject(item);
  if (!document) return { rejected: 'not a zbMATH document (not a JSON object)' };
  const title = titleOf(document);
  const identifier = value(document['identifier']) ?? String(document['id'] ?? '?');
  if (!title) {
    const withheld = WITHHELD.test(text(asObject(document['title'])?.['title']) ?? '');
    return { rejected: `zbMATH document ${identifier} has no title${withheld ? ' (zbMATH withholds it: "contents unavailable due to conflicting licenses")' : ''}` };
  }
  const authors = asArray(asObject(document['contributors'])?.['authors'])
    .map((author) => value(asObject(author)?.['name']))
    .filter((name): name is string => name !== undefined)
    .map(databaseName)
    .filter((name) => name !== '');
  const record: PaperRecord = { title, abstract: summaryOf(document), authors, tags: [], sources: [source] };
  setDate(record, /^\d{4}$/.test(value(document['year']) ?? '') ? value(document['year']) : undefined);
  const doi = recordDoi(linked(document, 'doi'));
  if (doi) record.doi = doi;
  const arxivId = normalizeArxivId(linked(document, 'arxiv') ?? '');
  if (arxivId) record.arxivId = arxivId;
  // The journal (or book series) and the volume in it; the `source` line repeats them as one citation.
  const series = asObject(asArray(asObject(document['source'])?.['series'])[0]);
  const journal = value(series?.['title']);
  if (journal) record.venue = journal;
  setVolume(record, value(series?.['volume']));
  const references = referencesOf(document);
  if (references) record.references = references;
  return record;
}

const zbmathDialect: JsonDialect = {
  items: (answer) => itemsUnder(answer, 'result'),
  record: zbmathDocument,
  paging: (answer, items) => pagesLeft(asObject(asObject(answer)?.['status'])?.['nr_total_results'], items, 'documents', 'zbMATH'),
};

/** A document's `zbmath_url` (every zbMATH Open answer has it): nothing else reads like this. */
const ZBMATH_URL = /"zbmath_url"\s*:\s*"https?:\/\/zbmath\.org\//;

export function sniffZbmath(head: string): number {
  return ZBMATH_URL.test(head) ? DIALECT_CONFIDENCE : 0;
}

export const zbmathFormat: InputFormat = dialectFormat({ name: 'zbmath', label: 'zbMATH Open documents', citationFields: 'references', sniff: sniffZbmath }, zbmathDialect);

import { papersOf } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';
import { displayText } from './text.ts';

/**
 * "Which papers use both Llama-2-7B and Mistral-7B?": several entities (models, methods, datasets, authors…) chosen
 * together, and the papers linked to all of them (`all`, AND) or to at least one (`any`, OR).
 */
export type QueryMode = 'all' | 'any';
export const QUERY_MODES: readonly QueryMode[] = ['all', 'any'];

export interface QueryEntity {
  key: string;
  label: string;
  kind: string;
  /** Papers linked to it (by a mention, or `wrote` for an author). */
  papers: number;
}

export interface QueryPaper {
  key: string;
  title: string;
  /** The query's entities this paper is linked to, in the query's order. */
  matched: string[];
}

export interface QueryResult {
  mode: QueryMode;
  /** The query's entities the graph has, in the order they were chosen. */
  entities: QueryEntity[];
  /** Papers of the mode: linked to every entity (`all`), or to any, those matching most entities first (`any`). */
  papers: QueryPaper[];
  /** Papers linked to every entity, and to at least one: the two answers, whichever mode is shown. */
  allCount: number;
  anyCount: number;
  /** `matchCounts[k - 1]`: papers linked to exactly k of the entities (k from 1 to the number of entities). */
  matchCounts: number[];
}

export interface QueryOptions {
  /** Count the listing's `tagged` links as use (the Shared panel's option). */
  includeTagged?: boolean;
}

/** Whether a node can be a term of a query: anything a paper links to or is written by, not a paper itself. */
export function isQueryable(graph: ViewerGraph, key: string): boolean {
  return graph.hasNode(key) && graph.getNodeAttribute(key, 'kind') !== 'paper';
}

/** The papers one entity stands for: its mentions (core's papersOf), or the papers an author wrote. */
export function queryPapersOf(graph: ViewerGraph, key: string, options: QueryOptions = {}): string[] {
  if (graph.getNodeAttribute(key, 'kind') === 'author') {
    const papers = new Set<string>();
    graph.forEachOutEdge(key, (_edge, attributes, _source, target, _sourceAttributes, targetAttributes) => {
      if (attributes.relation === 'wrote' && targetAttributes.kind === 'paper') papers.add(target);
    });
    return [...papers];
  }
  return papersOf(graph, key, { includeTagged: options.includeTagged ?? false }).map((paper) => paper.key);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function runQuery(graph: ViewerGraph, keys: readonly string[], mode: QueryMode, options: QueryOptions = {}): QueryResult {
  const entityKeys = [...new Set(keys)].filter((key) => isQueryable(graph, key));
  const matchedBy = new Map<string, string[]>();
  const entities = entityKeys.map((key): QueryEntity => {
    const papers = queryPapersOf(graph, key, options);
    for (const paper of papers) {
      const matched = matchedBy.get(paper);
      if (matched) matched.push(key);
      else matchedBy.set(paper, [key]);
    }
    const attributes = graph.getNodeAttributes(key);
    return { key, label: displayText(attributes.label), kind: attributes.kind, papers: papers.length };
  });
  const matchCounts = entities.map(() => 0);
  let allCount = 0;
  const papers: QueryPaper[] = [];
  for (const [paper, matched] of matchedBy) {
    matchCounts[matched.length - 1]! += 1;
    const all = matched.length === entities.length;
    if (all) allCount += 1;
    if (all || mode === 'any') papers.push({ key: paper, title: paperTitle(graph, paper), matched });
  }
  // In the query's order, whichever entity's list a paper was met in first.
  const order = new Map(entityKeys.map((key, i) => [key, i]));
  for (const paper of papers) paper.matched.sort((a, b) => order.get(a)! - order.get(b)!);
  papers.sort((a, b) => b.matched.length - a.matched.length || byText(a.title, b.title) || byText(a.key, b.key));
  return { mode, entities, papers: entities.length === 0 ? [] : papers, allCount: entities.length === 0 ? 0 : allCount, anyCount: matchedBy.size, matchCounts };
}

function paperTitle(graph: ViewerGraph, key: string): string {
  const attributes = graph.getNodeAttributes(key);
  return displayText(typeof attributes.title === 'string' && attributes.title !== '' ? attributes.title : attributes.label);
}

/** One CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The answer as a table for a reading list or a spreadsheet (RFC 4180 CSV): one row per paper of the answer, in the
 * panel's order, with its arXiv id and date when known and the query's entities it has.
 */
export function queryCsv(graph: ViewerGraph, result: QueryResult): string {
  const labelOf = new Map(result.entities.map((entity) => [entity.key, entity.label]));
  const rows = [['key', 'title', 'arxiv_id', 'date', 'matched'].join(',')];
  for (const paper of result.papers) {
    const attributes = graph.getNodeAttributes(paper.key);
    const arxiv = typeof attributes.arxivId === 'string' ? attributes.arxivId : '';
    const date = typeof attributes['date'] === 'string' ? attributes['date'] : attributes.year !== undefined ? String(attributes.year) : '';
    rows.push([paper.key, paper.title, arxiv, date, paper.matched.map((key) => labelOf.get(key) ?? key).join('; ')].map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

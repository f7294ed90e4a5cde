import { sharedAuthors, sharedBetween } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';
import { displayText } from './text.ts';

/** An entity or author two or more compared papers have. */
export interface CompareItem {
  key: string;
  label: string;
  kind: string;
}

/** What two of the compared papers share: entities (models, methods, datasets…), authors, and citations between them. */
export interface ComparePair {
  /** Indexes into `ComparisonResult.papers`, a < b. */
  a: number;
  b: number;
  entities: CompareItem[];
  authors: CompareItem[];
  /** `a-cites-b`, `b-cites-a`, both, or none. */
  cites: 'a-cites-b' | 'b-cites-a' | 'both' | null;
  /** Entities plus authors shared: the matrix cell and the order of the list. */
  overlap: number;
}

export interface ComparedPaper {
  key: string;
  title: string;
  /** Entities of this paper no other compared paper has. */
  own: CompareItem[];
}

export interface ComparisonResult {
  papers: ComparedPaper[];
  /** Every pair once, most shared first (then in the order the papers were added). */
  pairs: ComparePair[];
  /** What every compared paper shares (the pairs' intersection). */
  sharedByAll: CompareItem[];
  authorsOfAll: CompareItem[];
  /** Entities and authors at least two compared papers share: what the canvas keeps lit. */
  sharedBySome: string[];
}

export interface CompareOptions {
  includeTagged?: boolean;
}

function item(graph: ViewerGraph, key: string): CompareItem {
  const attributes = graph.getNodeAttributes(key);
  return { key, label: displayText(attributes.label), kind: attributes.kind };
}

function title(graph: ViewerGraph, key: string): string {
  const attributes = graph.getNodeAttributes(key);
  return displayText(typeof attributes.title === 'string' && attributes.title !== '' ? attributes.title : attributes.label);
}

function cites(graph: ViewerGraph, from: string, to: string): boolean {
  return graph.someOutEdge(from, (_edge, attributes, _source, target) => target === to && attributes.relation === 'cites');
}

/** Pairwise overlaps of the compared papers (those the graph has), with what all of them share. */
export function comparePapers(graph: ViewerGraph, paperKeys: readonly string[], options: CompareOptions = {}): ComparisonResult {
  const keys = [...new Set(paperKeys)].filter((key) => graph.hasNode(key));
  const shared = { includeTagged: options.includeTagged ?? false };
  const entitiesOf = keys.map((key) => new Set(sharedBetween(graph, [key], shared).map((entity) => entity.key)));
  const papers = keys.map((key, i): ComparedPaper => {
    const own = [...entitiesOf[i]!].filter((entity) => entitiesOf.every((set, j) => j === i || !set.has(entity)));
    return { key, title: title(graph, key), own: own.map((entity) => item(graph, entity)).sort(byKindAndLabel) };
  });
  const pairs: ComparePair[] = [];
  const some = new Set<string>();
  for (let a = 0; a < keys.length; a++) {
    for (let b = a + 1; b < keys.length; b++) {
      const pair = [keys[a]!, keys[b]!];
      const entities = sharedBetween(graph, pair, shared).map((entity) => item(graph, entity.key));
      const authors = sharedAuthors(graph, pair).map((author) => item(graph, author.key));
      for (const shared of [...entities, ...authors]) some.add(shared.key);
      const ab = cites(graph, pair[0]!, pair[1]!);
      const ba = cites(graph, pair[1]!, pair[0]!);
      pairs.push({ a, b, entities, authors, cites: ab && ba ? 'both' : ab ? 'a-cites-b' : ba ? 'b-cites-a' : null, overlap: entities.length + authors.length });
    }
  }
  pairs.sort((x, y) => y.overlap - x.overlap || x.a - y.a || x.b - y.b);
  return {
    papers,
    pairs,
    sharedByAll: keys.length >= 2 ? sharedBetween(graph, keys, shared).map((entity) => item(graph, entity.key)) : [],
    authorsOfAll: keys.length >= 2 ? sharedAuthors(graph, keys).map((author) => item(graph, author.key)) : [],
    sharedBySome: [...some].sort(),
  };
}

function byKindAndLabel(a: CompareItem, b: CompareItem): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** The overlap of papers i and j (symmetric; null on the diagonal): the matrix's cells. */
export function pairAt(result: ComparisonResult, i: number, j: number): ComparePair | null {
  if (i === j) return null;
  const [a, b] = i < j ? [i, j] : [j, i];
  return result.pairs.find((pair) => pair.a === a && pair.b === b) ?? null;
}

import { paperDate } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';
import { normalizeForSearch } from './search.ts';

export interface LinkedNode {
  key: string;
  label: string;
  kind: string;
  relation: string;
  evidence?: string;
}

export interface TextSegment {
  text: string;
  /** Set when this piece of text names a linked entity (highlighted and clickable in the panel). */
  entityKey?: string;
}

export interface PaperDetails {
  type: 'paper';
  key: string;
  title: string;
  authors: Array<{ key: string; label: string }>;
  year?: number;
  /** ISO, as precise as known (core's `paperDate`: its `date`, else its arXiv id's month, else its year). */
  date?: string;
  arxivId?: string;
  tags: string[];
  abstract: TextSegment[];
  linksByRelation: Array<{ relation: string; nodes: LinkedNode[] }>;
}

export interface EntityDetails {
  type: 'entity';
  key: string;
  kind: string;
  label: string;
  aliases: string[];
  facts: Array<{ name: string; value: string }>;
  papersByRelation: Array<{ relation: string; nodes: LinkedNode[] }>;
}

export interface AuthorDetails {
  type: 'author';
  key: string;
  label: string;
  papers: LinkedNode[];
  coauthors: Array<{ key: string; label: string }>;
}

export type NodeDetails = PaperDetails | EntityDetails | AuthorDetails;

/** Panel order: what the paper proposes first, the weak listing tag last. */
const RELATION_ORDER = ['proposes', 'uses', 'evaluates_on', 'tagged', 'wrote'];

function relationRank(relation: string): number {
  const index = RELATION_ORDER.indexOf(relation);
  return index === -1 ? RELATION_ORDER.length : index;
}

function groupByRelation(links: LinkedNode[]): Array<{ relation: string; nodes: LinkedNode[] }> {
  const groups = new Map<string, LinkedNode[]>();
  for (const link of links) {
    const group = groups.get(link.relation) ?? [];
    group.push(link);
    groups.set(link.relation, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => relationRank(a) - relationRank(b) || a.localeCompare(b))
    .map(([relation, nodes]) => ({ relation, nodes: nodes.sort((x, y) => x.label.localeCompare(y.label)) }));
}

function linked(graph: ViewerGraph, other: string, relation: string, evidence: unknown): LinkedNode {
  const attributes = graph.getNodeAttributes(other);
  const label = attributes.kind === 'paper' && typeof attributes.title === 'string' && attributes.title !== '' ? attributes.title : attributes.label;
  const link: LinkedNode = { key: other, label, kind: attributes.kind, relation };
  if (typeof evidence === 'string' && evidence !== '') link.evidence = evidence;
  return link;
}

/**
 * Splits a text into plain and highlighted segments, one highlight per occurrence of any of the given names
 * (matched case-insensitively, on word boundaries, longest name first so `Llama-2-7B` beats `Llama`).
 */
export function highlightEntities(text: string, names: ReadonlyArray<{ name: string; entityKey: string }>): TextSegment[] {
  const usable = names.filter((n) => n.name.trim().length >= 2).sort((a, b) => b.name.length - a.name.length);
  if (usable.length === 0 || text === '') return text === '' ? [] : [{ text }];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const keyByName = new Map(usable.map((n) => [n.name.toLowerCase(), n.entityKey]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${usable.map((n) => escape(n.name)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start) });
    const entityKey = keyByName.get(match[0].toLowerCase());
    segments.push(entityKey === undefined ? { text: match[0] } : { text: match[0], entityKey });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

function paperDetails(graph: ViewerGraph, key: string): PaperDetails {
  const attributes = graph.getNodeAttributes(key);
  const authors: Array<{ key: string; label: string; position: number }> = [];
  const links: LinkedNode[] = [];
  graph.forEachInEdge(key, (_edge, edgeAttributes, source) => {
    if (edgeAttributes.relation === 'wrote') {
      authors.push({ key: source, label: graph.getNodeAttribute(source, 'label'), position: edgeAttributes.position ?? Number.MAX_SAFE_INTEGER });
    } else {
      links.push(linked(graph, source, edgeAttributes.relation, edgeAttributes.evidence));
    }
  });
  graph.forEachOutEdge(key, (_edge, edgeAttributes, _source, target) => {
    links.push(linked(graph, target, edgeAttributes.relation, edgeAttributes.evidence));
  });
  // A paper may link to one entity twice (`uses` and `tagged`); the abstract highlights it once per name.
  const names: Array<{ name: string; entityKey: string }> = [];
  const seen = new Set<string>();
  for (const link of links) {
    if (link.kind === 'paper' || link.kind === 'author') continue;
    const entity = graph.getNodeAttributes(link.key);
    for (const name of [entity.label, ...(entity.aliases ?? [])]) {
      const id = `${link.key}\u0000${normalizeForSearch(name)}`;
      if (typeof name !== 'string' || seen.has(id)) continue;
      seen.add(id);
      names.push({ name, entityKey: link.key });
    }
  }
  const details: PaperDetails = {
    type: 'paper',
    key,
    title: typeof attributes.title === 'string' && attributes.title !== '' ? attributes.title : attributes.label,
    authors: authors.sort((a, b) => a.position - b.position).map(({ key: authorKey, label }) => ({ key: authorKey, label })),
    tags: attributes.tags ?? [],
    abstract: highlightEntities(typeof attributes.abstract === 'string' ? attributes.abstract : '', names),
    linksByRelation: groupByRelation(links),
  };
  if (attributes.year !== undefined) details.year = attributes.year;
  const date = paperDate(attributes);
  if (date !== undefined) details.date = date;
  if (typeof attributes.arxivId === 'string' && attributes.arxivId !== '') details.arxivId = attributes.arxivId;
  return details;
}

function entityDetails(graph: ViewerGraph, key: string): EntityDetails {
  const attributes = graph.getNodeAttributes(key);
  const links: LinkedNode[] = [];
  graph.forEachEdge(key, (_edge, edgeAttributes, source, target) => {
    links.push(linked(graph, source === key ? target : source, edgeAttributes.relation, edgeAttributes.evidence));
  });
  const facts: Array<{ name: string; value: string }> = [];
  for (const name of ['family', 'version', 'size', 'variant'] as const) {
    const value = attributes[name];
    if (typeof value === 'string' && value !== '') facts.push({ name, value });
  }
  return {
    type: 'entity',
    key,
    kind: attributes.kind,
    label: attributes.label,
    aliases: (attributes.aliases ?? []).filter((alias) => alias !== attributes.label),
    facts,
    papersByRelation: groupByRelation(links),
  };
}

function authorDetails(graph: ViewerGraph, key: string): AuthorDetails {
  const papers: LinkedNode[] = [];
  const coauthors = new Map<string, string>();
  graph.forEachOutEdge(key, (_edge, edgeAttributes, _source, paper) => {
    papers.push(linked(graph, paper, edgeAttributes.relation, undefined));
    graph.forEachInNeighbor(paper, (other, otherAttributes) => {
      if (other !== key && otherAttributes.kind === 'author') coauthors.set(other, otherAttributes.label);
    });
  });
  return {
    type: 'author',
    key,
    label: graph.getNodeAttribute(key, 'label'),
    papers: papers.sort((a, b) => a.label.localeCompare(b.label)),
    coauthors: [...coauthors.entries()].map(([k, label]) => ({ key: k, label })).sort((a, b) => a.label.localeCompare(b.label)),
  };
}

export function nodeDetails(graph: ViewerGraph, key: string): NodeDetails | null {
  if (!graph.hasNode(key)) return null;
  const kind = graph.getNodeAttribute(key, 'kind');
  if (kind === 'paper') return paperDetails(graph, key);
  if (kind === 'author') return authorDetails(graph, key);
  return entityDetails(graph, key);
}

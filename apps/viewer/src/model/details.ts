import { bibliographicCoupling, citationIndex, coCited, paperDate, type CitationIndex, type SimilarPaper } from '@papergraph/core';
import type { ViewerGraph, ViewerNodeAttributes } from '../graph/types.ts';
import { coOccurring, type CoOccurrence } from './co-occurrence.ts';
import { normalizeForSearch } from './search.ts';
import { displayText, isTitleSentence } from './text.ts';

export interface LinkedNode {
  key: string;
  label: string;
  kind: string;
  relation: string;
  evidence?: string;
  /** The evidence is the title of the link's paper (a name in a title, a record with no abstract): not repeated. */
  inTitle?: boolean;
  /** A work known only as a reference (a stub paper node), not one of the inputs. */
  stub?: boolean;
}

/**
 * Links of one relation in one direction: `inverse` when the node shown is the relation's target (a paper "cited by"
 * another, a model "used by" a paper), so a paper's references and its citers are two groups.
 */
export interface RelationGroup {
  relation: string;
  inverse: boolean;
  nodes: LinkedNode[];
}

/** A paper like the one shown, with how many citers (co-citation) or references (coupling) they share. */
export interface SimilarLink {
  key: string;
  label: string;
  shared: number;
}

/** How many similar papers of each kind the panel lists. */
export const SIMILAR_PAPERS_SHOWN = 5;

/**
 * What the paper panel needs about the graph's citations, prepared once per loaded graph (bibliographic coupling
 * would otherwise index every paper's outside references on each panel render).
 */
export interface CitationContext {
  index: CitationIndex;
}

/** Null when the graph has no `cites` link: the panel then has no similar-papers section. */
export function citationContext(graph: ViewerGraph): CitationContext | null {
  const hasCites = graph.someEdge((_edge, attributes) => attributes.relation === 'cites');
  return hasCites ? { index: citationIndex(graph) } : null;
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
  /** Where it appeared, and its other ids, as the records give them (for finding the paper outside the map). */
  venue?: string;
  doi?: string;
  pmid?: string;
  tags: string[];
  abstract: TextSegment[];
  linksByRelation: RelationGroup[];
  /** Known only as a reference of the inputs (`build --references all`). */
  stub?: boolean;
  /** Papers most like it by co-citation and by bibliographic coupling; absent when the graph has no citations. */
  similar?: { coCited: SimilarLink[]; coupled: SimilarLink[] };
}

export interface EntityDetails {
  type: 'entity';
  key: string;
  kind: string;
  label: string;
  aliases: string[];
  facts: Array<{ name: string; value: string }>;
  papersByRelation: RelationGroup[];
  /** The entities named with it most beyond chance across its papers ("what goes with it"). */
  coOccurring: CoOccurrence;
}

export interface AuthorDetails {
  type: 'author';
  key: string;
  label: string;
  /** Other spellings a thesaurus merged into this author (its `aliases`). */
  aliases: string[];
  papers: LinkedNode[];
  coauthors: Array<{ key: string; label: string }>;
}

export type NodeDetails = PaperDetails | EntityDetails | AuthorDetails;

/** Panel order: what the paper proposes first, the weak listing tag after the mentions, citations last. */
const RELATION_ORDER = ['proposes', 'uses', 'evaluates_on', 'tagged', 'wrote', 'variant_of', 'cites'];

function relationRank(relation: string): number {
  const index = RELATION_ORDER.indexOf(relation);
  return index === -1 ? RELATION_ORDER.length : index;
}

/** Groups by relation and direction; in a group, papers of the inputs before stubs, then by label. */
function groupByRelation(links: Array<{ link: LinkedNode; inverse: boolean }>): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const { link, inverse } of links) {
    const id = `${link.relation}\u0000${inverse ? 1 : 0}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { relation: link.relation, inverse, nodes: [] }));
    group.nodes.push(link);
  }
  return [...groups.values()]
    .sort((a, b) => relationRank(a.relation) - relationRank(b.relation) || a.relation.localeCompare(b.relation) || Number(a.inverse) - Number(b.inverse))
    .map((group) => ({ ...group, nodes: group.nodes.sort((x, y) => Number(x.stub ?? false) - Number(y.stub ?? false) || x.label.localeCompare(y.label)) }));
}

/** A node's name as the panel shows it: a paper's title (else its label), LaTeX flattened. */
function paperTitle(attributes: ViewerNodeAttributes): string {
  return displayText(attributes.kind === 'paper' && typeof attributes.title === 'string' && attributes.title !== '' ? attributes.title : attributes.label);
}

/**
 * The node at the other end of a link of the node shown, with the link's evidence sentence. `shownTitle`: the title
 * of the node shown when it is a paper. Evidence that is the title of the link's paper (the paper shown, or the paper
 * linked) is not repeated under a title the panel already shows: the link says it was found in the title.
 */
function linked(graph: ViewerGraph, other: string, relation: string, evidence: unknown, shownTitle?: string): LinkedNode {
  const attributes = graph.getNodeAttributes(other);
  const link: LinkedNode = { key: other, label: paperTitle(attributes), kind: attributes.kind, relation };
  if (typeof evidence === 'string' && evidence !== '') {
    const sentence = displayText(evidence);
    const title = attributes.kind === 'paper' ? link.label : shownTitle;
    if (title !== undefined && isTitleSentence(sentence, title)) link.inTitle = true;
    else link.evidence = sentence;
  }
  if (attributes['stub'] === true) link.stub = true;
  return link;
}

function similarLinks(papers: SimilarPaper[]): SimilarLink[] {
  return papers.map((paper) => ({ key: paper.key, label: displayText(paper.title), shared: paper.shared }));
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

function paperDetails(graph: ViewerGraph, key: string, citations: CitationContext | null): PaperDetails {
  const attributes = graph.getNodeAttributes(key);
  const title = paperTitle(attributes);
  const authors: Array<{ key: string; label: string; position: number }> = [];
  const links: Array<{ link: LinkedNode; inverse: boolean }> = [];
  graph.forEachInEdge(key, (_edge, edgeAttributes, source) => {
    if (edgeAttributes.relation === 'wrote') {
      authors.push({ key: source, label: displayText(graph.getNodeAttribute(source, 'label')), position: edgeAttributes.position ?? Number.MAX_SAFE_INTEGER });
    } else {
      links.push({ link: linked(graph, source, edgeAttributes.relation, edgeAttributes.evidence, title), inverse: true });
    }
  });
  graph.forEachOutEdge(key, (_edge, edgeAttributes, _source, target) => {
    links.push({ link: linked(graph, target, edgeAttributes.relation, edgeAttributes.evidence, title), inverse: false });
  });
  // A paper may link to one entity twice (`uses` and `tagged`); the abstract highlights it once per name.
  const names: Array<{ name: string; entityKey: string }> = [];
  const seen = new Set<string>();
  for (const { link } of links) {
    if (link.kind === 'paper' || link.kind === 'author') continue;
    const entity = graph.getNodeAttributes(link.key);
    for (const raw of [entity.label, ...(entity.aliases ?? [])]) {
      if (typeof raw !== 'string') continue;
      // Matched against the flattened abstract: a name written `E$^3$-Pruner` is found as `E3-Pruner`.
      const name = displayText(raw);
      const id = `${link.key}\u0000${normalizeForSearch(name)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      names.push({ name, entityKey: link.key });
    }
  }
  const details: PaperDetails = {
    type: 'paper',
    key,
    title,
    authors: authors.sort((a, b) => a.position - b.position).map(({ key: authorKey, label }) => ({ key: authorKey, label })),
    tags: attributes.tags ?? [],
    abstract: highlightEntities(typeof attributes.abstract === 'string' ? displayText(attributes.abstract) : '', names),
    linksByRelation: groupByRelation(links),
  };
  if (attributes.year !== undefined) details.year = attributes.year;
  const date = paperDate(attributes);
  if (date !== undefined) details.date = date;
  if (typeof attributes.arxivId === 'string' && attributes.arxivId !== '') details.arxivId = attributes.arxivId;
  for (const field of ['venue', 'doi', 'pmid'] as const) {
    const value = attributes[field];
    if (typeof value === 'string' && value !== '') details[field] = value;
  }
  if (attributes['stub'] === true) details.stub = true;
  if (citations !== null) {
    const options = { top: SIMILAR_PAPERS_SHOWN, index: citations.index };
    details.similar = { coCited: similarLinks(coCited(graph, key, options)), coupled: similarLinks(bibliographicCoupling(graph, key, options)) };
  }
  return details;
}

/** A node's aliases as the panel shows them: display text, once each, not its label again. */
function otherSpellings(attributes: { label: string; aliases?: string[] }): string[] {
  const label = displayText(attributes.label);
  return [...new Set((attributes.aliases ?? []).map(displayText))].filter((alias) => alias !== label);
}

function entityDetails(graph: ViewerGraph, key: string): EntityDetails {
  const attributes = graph.getNodeAttributes(key);
  const links: Array<{ link: LinkedNode; inverse: boolean }> = [];
  graph.forEachEdge(key, (_edge, edgeAttributes, source, target) => {
    links.push({ link: linked(graph, source === key ? target : source, edgeAttributes.relation, edgeAttributes.evidence), inverse: target === key });
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
    label: displayText(attributes.label),
    aliases: otherSpellings(attributes),
    facts,
    papersByRelation: groupByRelation(links),
    coOccurring: coOccurring(graph, key),
  };
}

function authorDetails(graph: ViewerGraph, key: string): AuthorDetails {
  const papers: LinkedNode[] = [];
  const coauthors = new Map<string, string>();
  graph.forEachOutEdge(key, (_edge, edgeAttributes, _source, paper) => {
    papers.push(linked(graph, paper, edgeAttributes.relation, undefined));
    graph.forEachInNeighbor(paper, (other, otherAttributes) => {
      if (other !== key && otherAttributes.kind === 'author') coauthors.set(other, displayText(otherAttributes.label));
    });
  });
  return {
    type: 'author',
    key,
    label: displayText(graph.getNodeAttribute(key, 'label')),
    aliases: otherSpellings(graph.getNodeAttributes(key)),
    papers: papers.sort((a, b) => a.label.localeCompare(b.label)),
    coauthors: [...coauthors.entries()].map(([k, label]) => ({ key: k, label })).sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** `citations`: the graph's citationContext (null or left out: no similar-papers section). */
export function nodeDetails(graph: ViewerGraph, key: string, citations: CitationContext | null = null): NodeDetails | null {
  if (!graph.hasNode(key)) return null;
  const kind = graph.getNodeAttribute(key, 'kind');
  if (kind === 'paper') return paperDetails(graph, key, citations);
  if (kind === 'author') return authorDetails(graph, key);
  return entityDetails(graph, key);
}

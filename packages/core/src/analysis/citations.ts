/**
 * Citations inside a graph: how often each paper is cited by the others, a paper's references and citers, and the
 * papers most like it by co-citation (cited together by the same works) and by bibliographic coupling (citing the
 * same works — inside the graph, and outside it through `referencesOutsideIds` or stub nodes). What `papergraph
 * citations` prints and the viewer's paper panel shows; written for any graph with `cites` edges, papergraph's own
 * (through `asForeignGraph`) or one read from a file.
 */
import { arxivIdFromDoi, normalizeDoi } from '../ingest/ids.ts';
import { titleKey } from '../ingest/merge.ts';
import { normalizeArxivId } from '../ingest/ids.ts';
import type { AnalysisGraph } from './shared.ts';

const CITES = 'cites';

export interface CitationPaper {
  key: string;
  title: string;
  year?: number;
  /** A work outside the inputs (a stub node of `build --references all`). */
  stub?: boolean;
}

export interface CitedPaper extends CitationPaper {
  /** Papers of the graph that cite it (stubs not counted). */
  citedBy: number;
  /** Papers of the graph it cites. */
  references: number;
  /** Works outside the graph its reference list names, when the inputs gave its references. */
  referencesOutside?: number;
}

export interface SimilarPaper extends CitationPaper {
  /** Co-citation: works citing both; coupling: references both cite. */
  shared: number;
}

export interface CitationSummary {
  /** Papers of the inputs (stubs not counted). */
  papers: number;
  /** `cites` links between papers of the inputs. */
  links: number;
  /** Papers citing at least one paper of the graph, and papers cited at least once by one. */
  citing: number;
  cited: number;
  /** References to works outside the graph, summed over papers. */
  referencesOutside: number;
  /** Stub nodes (works outside the inputs, kept by `--references all`). */
  stubs: number;
  /** Of the stubs, those cited by a paper of the inputs and those citing one (a stub may be both). */
  stubsCited: number;
  stubsCiting: number;
}

export interface PaperCitations {
  paper: CitationPaper;
  /** What it cites inside the graph (papers, then stubs), by title. */
  references: CitationPaper[];
  referencesOutside?: number;
  /** What cites it inside the graph, by title. */
  citedBy: CitationPaper[];
  coCited: SimilarPaper[];
  coupled: SimilarPaper[];
}

export interface SimilarOptions {
  /** At most this many rows (default 10). */
  top?: number;
  /** A prepared index (citationIndex) when asking about many papers of one graph. */
  index?: CitationIndex;
}

// Code-point order, not localeCompare: the same result in every locale, like every papergraph output.
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isPaperNode(graph: AnalysisGraph, key: string): boolean {
  return graph.getNodeAttribute(key, 'kind') === 'paper';
}

function isStub(graph: AnalysisGraph, key: string): boolean {
  return graph.getNodeAttribute(key, 'stub') === true;
}

/** A paper of the inputs: a paper node that is not a stub. */
export function isInputPaper(graph: AnalysisGraph, key: string): boolean {
  return isPaperNode(graph, key) && !isStub(graph, key);
}

function describe(graph: AnalysisGraph, key: string): CitationPaper {
  const attributes = graph.getNodeAttributes(key);
  const title = typeof attributes['title'] === 'string' && attributes['title'] ? attributes['title'] : attributes.label;
  const paper: CitationPaper = { key, title };
  if (typeof attributes['year'] === 'number') paper.year = attributes['year'];
  if (attributes['stub'] === true) paper.stub = true;
  return paper;
}

function sortPapers<T extends CitationPaper>(papers: T[]): T[] {
  return papers.sort((a, b) => Number(a.stub ?? false) - Number(b.stub ?? false) || byText(a.title, b.title) || byText(a.key, b.key));
}

/** The works a node cites (`cites` targets), each once. */
export function citedByNode(graph: AnalysisGraph, key: string): string[] {
  const targets = new Set<string>();
  graph.forEachOutEdge(key, (_edge, attributes, _source, target) => {
    if (attributes.relation === CITES) targets.add(target);
  });
  return [...targets];
}

/** The works that cite a node (`cites` sources), each once. */
export function citersOf(graph: AnalysisGraph, key: string): string[] {
  const sources = new Set<string>();
  graph.forEachInEdge(key, (_edge, attributes, source) => {
    if (attributes.relation === CITES) sources.add(source);
  });
  return [...sources];
}

function referencesOutsideOf(graph: AnalysisGraph, key: string): number | undefined {
  const count = graph.getNodeAttribute(key, 'referencesOutside');
  return typeof count === 'number' ? count : undefined;
}

/** Counts over the graph's citations: how many papers, links between them, references outside. */
export function citationSummary(graph: AnalysisGraph): CitationSummary {
  const summary: CitationSummary = { papers: 0, links: 0, citing: 0, cited: 0, referencesOutside: 0, stubs: 0, stubsCited: 0, stubsCiting: 0 };
  const citing = new Set<string>();
  const cited = new Set<string>();
  const stubsCited = new Set<string>();
  const stubsCiting = new Set<string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'paper') return;
    if (attributes['stub'] === true) summary.stubs++;
    else {
      summary.papers++;
      summary.referencesOutside += referencesOutsideOf(graph, key) ?? 0;
    }
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.relation !== CITES) return;
    const [fromPaper, toPaper] = [isInputPaper(graph, source), isInputPaper(graph, target)];
    if (fromPaper && toPaper) {
      summary.links++;
      citing.add(source);
      cited.add(target);
    } else if (fromPaper && isStub(graph, target)) stubsCited.add(target);
    else if (toPaper && isStub(graph, source)) stubsCiting.add(source);
  });
  summary.citing = citing.size;
  summary.cited = cited.size;
  summary.stubsCited = stubsCited.size;
  summary.stubsCiting = stubsCiting.size;
  return summary;
}

/** For every paper of the inputs, how many papers of the inputs cite it (0 included): what a view can size papers by. */
export function citationCounts(graph: AnalysisGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'paper' && attributes['stub'] !== true) counts.set(key, 0);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.relation === CITES && counts.has(source) && counts.has(target) && source !== target) counts.set(target, counts.get(target)! + 1);
  });
  return counts;
}

/** Papers of the graph cited by at least one other, most cited first (ties by title); citers and references are papers of the inputs. */
export function mostCited(graph: AnalysisGraph, options: { top?: number } = {}): CitedPaper[] {
  const rows: CitedPaper[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'paper' || attributes['stub'] === true) return;
    const citedBy = citersOf(graph, key).filter((citer) => isInputPaper(graph, citer)).length;
    if (citedBy === 0) return;
    const row: CitedPaper = { ...describe(graph, key), citedBy, references: citedByNode(graph, key).filter((target) => isInputPaper(graph, target)).length };
    const outside = referencesOutsideOf(graph, key);
    if (outside !== undefined) row.referencesOutside = outside;
    rows.push(row);
  });
  rows.sort((a, b) => b.citedBy - a.citedBy || byText(a.title, b.title) || byText(a.key, b.key));
  return options.top === undefined ? rows : rows.slice(0, options.top);
}

/**
 * Who cites which work outside the graph (`referencesOutsideIds`): bibliographic coupling reads it for every paper
 * it is asked about, so a caller asking about many papers of one graph prepares it once.
 */
export interface CitationIndex {
  outsideCiters: Map<string, string[]>;
}

export function citationIndex(graph: AnalysisGraph): CitationIndex {
  const outsideCiters = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => {
    const ids = attributes['referencesOutsideIds'];
    if (!Array.isArray(ids)) return;
    for (const id of new Set(ids.filter((item): item is string => typeof item === 'string'))) {
      let citers = outsideCiters.get(id);
      if (!citers) outsideCiters.set(id, (citers = []));
      citers.push(key);
    }
  });
  return { outsideCiters };
}

function ranked(graph: AnalysisGraph, counts: Map<string, number>, top: number): SimilarPaper[] {
  const rows = [...counts].map(([key, shared]) => ({ ...describe(graph, key), shared }));
  rows.sort((a, b) => b.shared - a.shared || byText(a.title, b.title) || byText(a.key, b.key));
  return rows.slice(0, top);
}

/** Papers of the inputs cited together with this one by the same works (co-citation), most shared citers first. */
export function coCited(graph: AnalysisGraph, key: string, options: SimilarOptions = {}): SimilarPaper[] {
  const counts = new Map<string, number>();
  for (const citer of citersOf(graph, key)) {
    for (const other of citedByNode(graph, citer)) {
      if (other !== key && isInputPaper(graph, other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return ranked(graph, counts, options.top ?? 10);
}

/**
 * Papers of the inputs that cite the same works as this one (bibliographic coupling), most shared references first:
 * works inside the graph and stubs through `cites` links, works outside it through `referencesOutsideIds`.
 */
export function bibliographicCoupling(graph: AnalysisGraph, key: string, options: SimilarOptions = {}): SimilarPaper[] {
  const counts = new Map<string, number>();
  const add = (other: string) => {
    if (other !== key && isInputPaper(graph, other)) counts.set(other, (counts.get(other) ?? 0) + 1);
  };
  for (const reference of citedByNode(graph, key)) for (const citer of citersOf(graph, reference)) add(citer);
  const ids = graph.getNodeAttribute(key, 'referencesOutsideIds');
  if (Array.isArray(ids) && ids.length > 0) {
    const index = options.index ?? citationIndex(graph);
    for (const id of new Set(ids)) for (const citer of index.outsideCiters.get(id as string) ?? []) add(citer);
  }
  return ranked(graph, counts, options.top ?? 10);
}

/** Everything about one paper's citations: what it cites and what cites it inside the graph, and its nearest papers. */
export function paperCitations(graph: AnalysisGraph, key: string, options: SimilarOptions = {}): PaperCitations {
  const result: PaperCitations = {
    paper: describe(graph, key),
    references: sortPapers(citedByNode(graph, key).filter((target) => isPaperNode(graph, target)).map((target) => describe(graph, target))),
    citedBy: sortPapers(citersOf(graph, key).filter((source) => isPaperNode(graph, source)).map((source) => describe(graph, source))),
    coCited: coCited(graph, key, options),
    coupled: bibliographicCoupling(graph, key, options),
  };
  const outside = referencesOutsideOf(graph, key);
  if (outside !== undefined) result.referencesOutside = outside;
  return result;
}

/**
 * The papers a user means by `query`: a node key (`paper:1706.03762`, or without `paper:`), an arXiv id, a DOI, an
 * OpenAlex, Semantic Scholar or PubMed id (`37064529`, `PMID: 37064529`), the title (case, accents and punctuation
 * ignored), else the papers whose title contains it. Several when the query is ambiguous; stubs only when nothing
 * else matches.
 */
export function findPapers(graph: AnalysisGraph, query: string): string[] {
  const text = query.trim();
  if (!text) return [];
  for (const key of [text, `paper:${text}`]) if (graph.hasNode(key) && isPaperNode(graph, key)) return [key];
  const doi = normalizeDoi(text);
  const arxivId = arxivIdFromDoi(doi) ?? (/^(arxiv:)?[\w.\-/]+$/i.test(text) ? normalizeArxivId(text) : undefined);
  const wanted = titleKey(text);
  const lower = text.toLowerCase();
  // A PubMed id, bare or as PubMed writes it (`PMID: 37064529`).
  const pmid = /^(?:pmid:?\s*)?(\d+)$/i.exec(text)?.[1];
  const tiers: string[][] = [[], [], []];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'paper') return;
    const ids = [attributes['arxivId'], attributes['doi'], attributes['openalexId'], attributes['s2Id'], attributes['pmid']];
    if ((arxivId && ids[0] === arxivId) || (doi && ids[1] === doi) || ids[2] === text.toUpperCase() || ids[3] === lower || (pmid && ids[4] === pmid)) tiers[0]!.push(key);
    const title = typeof attributes['title'] === 'string' ? attributes['title'] : attributes.label;
    if (wanted && titleKey(title) === wanted) tiers[1]!.push(key);
    else if (title.toLowerCase().includes(lower)) tiers[2]!.push(key);
  });
  for (const tier of tiers) {
    const papers = tier.filter((key) => !isStub(graph, key));
    if (papers.length > 0) return papers;
    if (tier.length > 0) return tier;
  }
  return [];
}

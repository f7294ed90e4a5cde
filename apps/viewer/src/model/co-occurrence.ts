import { changeG, ENTITY_KINDS, MENTION_RELATIONS, SIGNIFICANT_G } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';
import { displayText } from './text.ts';

/**
 * "What goes with it": the models, methods and datasets named most with an entity across its papers. Counted on
 * mentions (proposes, uses, evaluates on; the listing's tags are not mentions, as in trends and the entity map), over
 * the graph's own papers (stubs aside) that name at least one entity — the papers that could name two.
 *
 * A raw count of shared papers puts the ubiquitous entities first (GPT-4o is named with everything), so rows are
 * ranked by how far the pair is from chance: the G statistic (log-likelihood ratio) of the 2×2 table of papers
 * naming one, the other, both or neither (core's `changeG`, the statistic Rising uses), positive associations only
 * (lift above 1) beyond chance (G ≥ SIGNIFICANT_G, p < 0.05, as Rising requires). Each row carries the shared papers, the share of the entity's papers that name it, and the lift:
 * how many times more often the two are named together than if each were named independently.
 */
export interface CoOccurring {
  key: string;
  label: string;
  kind: string;
  /** Papers naming both. */
  shared: number;
  /** Papers naming this one. */
  papers: number;
  /** shared ÷ the entity's papers. */
  share: number;
  /** shared ÷ (the entity's papers × this one's papers ÷ all papers naming an entity): 1 is chance. */
  lift: number;
  /** The G statistic of the pair, which ranks the rows. */
  g: number;
}

export interface CoOccurrence {
  /** Papers naming the entity. */
  papers: number;
  /** Papers of the graph naming at least one entity (the base of the lift). */
  total: number;
  rows: CoOccurring[];
}

/** Rows listed in an entity's panel. */
export const CO_OCCURRING_SHOWN = 10;
/**
 * An entity named by at least this many papers lists only entities it shares two papers or more with: one paper
 * naming both is a coincidence the panel should not present as a pairing (below it, every pair has one paper).
 */
const TWO_SHARED_FROM = 4;

const MENTIONS = new Set<string>(MENTION_RELATIONS);
const KINDS = new Set<string>(ENTITY_KINDS);

/** Per graph and number of links: how many papers name each entity, and how many name any. */
interface MentionCounts {
  links: number;
  papersOf: Map<string, number>;
  total: number;
}
const counts = new WeakMap<ViewerGraph, MentionCounts>();

/** The entities a paper names (each once). */
function entitiesOf(graph: ViewerGraph, paper: string): Set<string> {
  const named = new Set<string>();
  graph.forEachOutEdge(paper, (_edge, attributes, _source, target, _sourceAttributes, targetAttributes) => {
    if (MENTIONS.has(attributes.relation) && KINDS.has(targetAttributes.kind)) named.add(target);
  });
  return named;
}

function isOwnPaper(graph: ViewerGraph, key: string): boolean {
  const attributes = graph.getNodeAttributes(key);
  return attributes.kind === 'paper' && attributes['stub'] !== true;
}

/** One pass over the graph's papers, kept until links are added (a big graph's arrive after its first frame). */
function mentionCounts(graph: ViewerGraph): MentionCounts {
  const known = counts.get(graph);
  if (known && known.links === graph.size) return known;
  const papersOf = new Map<string, number>();
  let total = 0;
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'paper' || attributes['stub'] === true) return;
    const named = entitiesOf(graph, key);
    if (named.size === 0) return;
    total += 1;
    for (const entity of named) papersOf.set(entity, (papersOf.get(entity) ?? 0) + 1);
  });
  const found = { links: graph.size, papersOf, total };
  counts.set(graph, found);
  return found;
}

/** The entities named with `entity` across its papers, most associated first (see the module's comment). */
export function coOccurring(graph: ViewerGraph, entity: string, top = CO_OCCURRING_SHOWN): CoOccurrence {
  if (!graph.hasNode(entity) || !KINDS.has(graph.getNodeAttribute(entity, 'kind'))) return { papers: 0, total: 0, rows: [] };
  const papers = new Set<string>();
  graph.forEachInEdge(entity, (_edge, attributes, source) => {
    if (MENTIONS.has(attributes.relation) && isOwnPaper(graph, source)) papers.add(source);
  });
  const { papersOf, total } = mentionCounts(graph);
  const shared = new Map<string, number>();
  for (const paper of papers) {
    for (const other of entitiesOf(graph, paper)) if (other !== entity) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const least = papers.size >= TWO_SHARED_FROM ? 2 : 1;
  const rows: CoOccurring[] = [];
  for (const [key, both] of shared) {
    const named = papersOf.get(key) ?? both;
    const lift = (both * total) / Math.max(1, papers.size * named);
    if (both < least || lift <= 1) continue;
    // The table of (names the entity, not) × (names this one, not) over the papers naming any entity.
    const g = changeG(both, papers.size, named - both, total - papers.size);
    if (g < SIGNIFICANT_G) continue;
    const attributes = graph.getNodeAttributes(key);
    rows.push({ key, label: displayText(attributes.label), kind: attributes.kind, shared: both, papers: named, share: both / papers.size, lift, g });
  }
  rows.sort((a, b) => b.g - a.g || b.shared - a.shared || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { papers: papers.size, total, rows: rows.slice(0, top) };
}

/** A lift as the panel writes it: `38.8×`, `240×` from 100 on. */
export function liftText(lift: number): string {
  return `${lift >= 100 ? Math.round(lift) : lift.toFixed(1)}×`;
}

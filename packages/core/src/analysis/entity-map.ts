import type { WeightedCSR } from '../cluster/csr.ts';
import { removeOverlaps } from '../layout/discs.ts';
import { hierarchicalLayout } from '../layout/hierarchy.ts';
import { LAYOUT_DEFAULTS } from '../layout/index.ts';
import type { AnalysisGraph } from './shared.ts';

/**
 * The entity map: VOSviewer's term map for this domain. Models, methods and datasets are the nodes, sized by the
 * papers that name them; two are linked by the number of papers that name both (co-occurrence), normalised by
 * association strength; positions come from core's layout by community, so the map reads as the graph's communities
 * seen through their entities. It is what a large graph opens on: a few hundred to a thousand labelled entities
 * instead of hundreds of thousands of nodes.
 *
 * Cost: one pass over the paper → entity links, plus the entity pairs of each paper among the shown entities (a paper
 * names a handful), plus the layout of the shown entities; about linear in the graph's size.
 */
export interface EntityMapOptions {
  /** Node kinds shown (default: model, method, dataset). */
  kinds?: readonly string[];
  /**
   * At most this many entities (default 1000, VOSviewer's default term count). The map keeps the entities named by at
   * least N papers for the smallest N ≥ `minPapers` that leaves no more than this many, so entities tied at the
   * threshold are all in or all out (the map never depends on the order of ties).
   */
  maxEntities?: number;
  /** Entities named by fewer papers are never shown (default 1: on a small graph every entity is). */
  minPapers?: number;
  /** At most this many links drawn (default 5000), the most shared first; the layout uses every link. */
  maxLinks?: number;
  /** Links whose two entities share fewer papers are not returned (default 1). */
  minLinkPapers?: number;
  /** Count the listing's `tagged` links as naming the entity (default false, as in the Shared panel). */
  includeTagged?: boolean;
  /** ForceAtlas2 iterations inside each community (default: core's layout default). */
  iterations?: number;
}

export interface EntityMapNode {
  key: string;
  kind: string;
  label: string;
  /** Distinct papers naming it (proposes, uses, evaluates on; tagged when asked). */
  papers: number;
  /** Its community in the graph (`community` attribute); -1 when the graph has none for it. */
  community: number;
  /** Its sub-community in the graph, when its community is split. */
  subcommunity?: number;
  /** Co-occurrences summed over its links (VOSviewer's "total link strength"). */
  linkPapers: number;
  x: number;
  y: number;
  /**
   * Radius of its disc, in the units of x and y (`entityMapRadius`): no two discs overlap, so a reader that draws
   * them at this radius (scaled with the positions) never shows one entity over another, at any zoom.
   */
  radius: number;
}

export interface EntityMapLink {
  source: string;
  target: string;
  /** Papers naming both. */
  papers: number;
  /**
   * Association strength (van Eck & Waltman 2009): observed co-occurrences over those expected if the two entities
   * were named independently, `papers · 2m / (s_source · s_target)` with s the entity's `linkPapers` and m the sum of
   * `papers` over all links. 1 is chance; above 1, the two are named together more than their popularity explains.
   */
  strength: number;
}

export interface EntityMapCommunity {
  id: number;
  /** The community's label from the graph's `communities` attribute ('' when the graph has none). */
  label: string;
  /** Shown entities in it, and the sum of their papers (a paper naming two of them counts twice). */
  entities: number;
  papers: number;
  /** Centre of its shown entities, and the radius of a circle around it holding them all. */
  x: number;
  y: number;
  radius: number;
}

export interface EntityMap {
  nodes: EntityMapNode[];
  links: EntityMapLink[];
  /** Communities with a shown entity, the most papers first. */
  communities: EntityMapCommunity[];
  /** The paper threshold applied: every shown entity is named by at least this many papers. */
  minPapers: number;
  /** Entities of the chosen kinds named by at least one paper (shown or not). */
  entities: number;
  /** Links among the shown entities before `maxLinks` / `minLinkPapers`. */
  allLinks: number;
}

export const ENTITY_MAP_DEFAULTS = {
  kinds: ['model', 'method', 'dataset'],
  maxEntities: 1000,
  minPapers: 1,
  maxLinks: 5000,
  minLinkPapers: 1,
} as const;

/**
 * Disc radii, in layout units (the layout gives each node about one unit of area): from MIN for an entity named by no
 * paper to MAX for the most named, area growing with papers (sqrt). On a map of a thousand entities they come to about
 * 3 to 20 pixels at the size a laptop screen shows it whole.
 */
const MIN_DISC_RADIUS = 0.4;
const MAX_DISC_RADIUS = 2.8;
/**
 * The largest disc covers at most this share of the map's area (one unit per entity): on a small map (the seed's
 * few dozen entities) every disc shrinks with it, instead of one entity covering a third of the map.
 */
const LARGEST_DISC_SHARE = 0.03;
/** Space kept between two discs, in radius units of the map (so rounding positions to 0.001 never makes two touch). */
const DISC_GAP = 0.05;

/** The scale of a map's discs: 1 from about 230 entities, smaller below (see LARGEST_DISC_SHARE). */
function discUnit(entities: number): number {
  return Math.min(1, Math.sqrt((LARGEST_DISC_SHARE * Math.max(1, entities)) / Math.PI) / MAX_DISC_RADIUS);
}

/**
 * Radius of the disc of an entity named by `papers` papers on a map of `entities` entities whose most named entity has
 * `largest` papers, in layout units: what `entityMap` separates its discs by (the `radius` of its nodes).
 */
export function entityMapRadius(papers: number, largest: number, entities: number): number {
  const share = Math.sqrt(Math.max(0, papers) / Math.max(1, largest));
  return discUnit(entities) * (MIN_DISC_RADIUS + (MAX_DISC_RADIUS - MIN_DISC_RADIUS) * Math.min(1, share));
}

const MENTIONS = new Set(['proposes', 'uses', 'evaluates_on']);
/** Layout weights are association strengths scaled to a mean of 1 and capped, so two rare entities met once do not collapse into one point. */
const MAX_LAYOUT_WEIGHT = 10;

// Code-point order: the same result in every locale.
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The entity map of `graph` (see EntityMapOptions for the caps). Pure: the graph is not changed. */
export function entityMap(graph: AnalysisGraph, options: EntityMapOptions = {}): EntityMap {
  const kinds = new Set(options.kinds ?? ENTITY_MAP_DEFAULTS.kinds);
  const maxEntities = Math.max(1, options.maxEntities ?? ENTITY_MAP_DEFAULTS.maxEntities);
  const floor = Math.max(1, options.minPapers ?? ENTITY_MAP_DEFAULTS.minPapers);
  const maxLinks = Math.max(0, options.maxLinks ?? ENTITY_MAP_DEFAULTS.maxLinks);
  const minLinkPapers = Math.max(1, options.minLinkPapers ?? ENTITY_MAP_DEFAULTS.minLinkPapers);
  const counted = (relation: unknown) => MENTIONS.has(relation as string) || (options.includeTagged === true && relation === 'tagged');

  // Entities of the chosen kinds, numbered in graph order, with their distinct papers.
  const entityIndex = new Map<string, number>();
  const entityKeys: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (!kinds.has(attributes.kind)) return;
    entityIndex.set(key, entityKeys.length);
    entityKeys.push(key);
  });
  const paperCount = new Int32Array(entityKeys.length);
  // Each paper's entities (indices, deduplicated: `uses` and `tagged` to one entity count once).
  const papersEntities: Int32Array[] = [];
  const seenBy = new Int32Array(entityKeys.length).fill(-1);
  let paperNumber = 0;
  graph.forEachNode((paper, attributes) => {
    if (attributes.kind !== 'paper') return;
    const named: number[] = [];
    graph.forEachOutEdge(paper, (_edge, edgeAttributes, _source, target) => {
      if (!counted(edgeAttributes.relation)) return;
      const e = entityIndex.get(target);
      if (e === undefined || seenBy[e] === paperNumber) return;
      seenBy[e] = paperNumber;
      named.push(e);
      paperCount[e]!++;
    });
    paperNumber++;
    if (named.length > 0) papersEntities.push(Int32Array.from(named));
  });

  // The threshold: the smallest N ≥ floor with at most maxEntities entities named by ≥ N papers.
  let maxCount = 0;
  let named = 0;
  for (const count of paperCount) {
    if (count > maxCount) maxCount = count;
    if (count > 0) named++;
  }
  const atLeast = new Int32Array(maxCount + 2);
  for (const count of paperCount) atLeast[count]!++;
  for (let c = maxCount - 1; c >= 0; c--) atLeast[c]! += atLeast[c + 1]!;
  let threshold = floor;
  while (threshold <= maxCount && atLeast[threshold]! > maxEntities) threshold++;

  // Shown entities, most papers first (ties by key): the order labels are tried in.
  const shown: number[] = [];
  for (let e = 0; e < entityKeys.length; e++) if (paperCount[e]! >= threshold) shown.push(e);
  shown.sort((a, b) => paperCount[b]! - paperCount[a]! || byText(entityKeys[a]!, entityKeys[b]!));
  const n = shown.length;
  const local = new Int32Array(entityKeys.length).fill(-1);
  shown.forEach((e, i) => (local[e] = i));

  // Co-occurrences among shown entities: pair (i < j) → papers, keyed i·n + j (exact in a double for any n here).
  const pairs = new Map<number, number>();
  for (const list of papersEntities) {
    const mine: number[] = [];
    for (const e of list) if (local[e]! >= 0) mine.push(local[e]!);
    for (let a = 0; a < mine.length; a++) {
      for (let b = a + 1; b < mine.length; b++) {
        const i = Math.min(mine[a]!, mine[b]!);
        const j = Math.max(mine[a]!, mine[b]!);
        const key = i * n + j;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const pairKeys = [...pairs.keys()].sort((p, q) => p - q);
  const linkPapers = new Float64Array(n);
  let total = 0;
  for (const key of pairKeys) {
    const c = pairs.get(key)!;
    linkPapers[Math.floor(key / n)]! += c;
    linkPapers[key % n]! += c;
    total += c;
  }
  const strengthOf = (i: number, j: number, c: number) => (c * 2 * total) / (linkPapers[i]! * linkPapers[j]!);

  // Community of each shown entity, as the graph has it.
  const community = new Int32Array(n);
  const subcommunity = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const attributes = graph.getNodeAttributes(entityKeys[shown[i]!]!);
    community[i] = typeof attributes.community === 'number' ? attributes.community : -1;
    subcommunity[i] = typeof attributes.subcommunity === 'number' ? attributes.subcommunity : -1;
  }

  // Layout: core's layout by community over the co-occurrence graph, weighted by association strength.
  let meanStrength = 0;
  for (const key of pairKeys) meanStrength += strengthOf(Math.floor(key / n), key % n, pairs.get(key)!);
  meanStrength = pairKeys.length > 0 ? meanStrength / pairKeys.length : 1;
  const csr = coOccurrenceCSR(n, pairKeys, (key) => Math.min(MAX_LAYOUT_WEIGHT, strengthOf(Math.floor(key / n), key % n, pairs.get(key)!) / meanStrength));
  const { xs, ys } = hierarchicalLayout(csr, community, subcommunity, {
    ...LAYOUT_DEFAULTS,
    iterations: options.iterations ?? LAYOUT_DEFAULTS.iterations,
  });
  const radii = placeDiscs(xs, ys, shown.map((e) => paperCount[e]!));

  const nodes: EntityMapNode[] = shown.map((e, i) => {
    const key = entityKeys[e]!;
    const attributes = graph.getNodeAttributes(key);
    const node: EntityMapNode = {
      key,
      kind: attributes.kind,
      label: attributes.label,
      papers: paperCount[e]!,
      community: community[i]!,
      linkPapers: linkPapers[i]!,
      x: round(xs[i]!),
      y: round(ys[i]!),
      radius: radii[i]!,
    };
    if (subcommunity[i]! >= 0) node.subcommunity = subcommunity[i]!;
    return node;
  });

  const kept = pairKeys.filter((key) => pairs.get(key)! >= minLinkPapers);
  const strengthOfKey = (key: number) => strengthOf(Math.floor(key / n), key % n, pairs.get(key)!);
  kept.sort((p, q) => pairs.get(q)! - pairs.get(p)! || strengthOfKey(q) - strengthOfKey(p) || p - q);
  const links: EntityMapLink[] = kept.slice(0, maxLinks).map((key) => {
    const i = Math.floor(key / n);
    const j = key % n;
    const c = pairs.get(key)!;
    return { source: nodes[i]!.key, target: nodes[j]!.key, papers: c, strength: Number(strengthOf(i, j, c).toFixed(4)) };
  });

  return { nodes, links, communities: summarise(communityLabels(graph), nodes), minPapers: threshold, entities: named, allLinks: pairKeys.length };
}

/**
 * Sizes the discs of entities named by `papers` and pushes them apart, in place, until none overlaps another (with a
 * gap); returns the radii. ForceAtlas2 places entities as points, and two named by the same papers land on each other.
 * Core's own overlap removal (layout/discs.ts): pairs pushed apart, the smaller disc moving more, in a fixed order —
 * deterministic, and it stops only once no pair overlaps (graphology-layout-noverlap stops after a set number of
 * iterations, overlaps left or not).
 */
function placeDiscs(xs: Float64Array, ys: Float64Array, papers: readonly number[]): number[] {
  const n = papers.length;
  const largest = papers.reduce((max, count) => Math.max(max, count), 1);
  const radii = papers.map((count) => round(entityMapRadius(count, largest, n)));
  const gap = (DISC_GAP * discUnit(n)) / 2;
  removeOverlaps(xs, ys, Float64Array.from(radii, (radius) => radius + gap));
  return radii;
}

/**
 * A map whose nodes have no `radius` (one written before discs were sized: a view file of an older build) with its
 * discs sized and pushed apart as `entityMap` does, and its communities' centres and radii measured again; a map with
 * radii is returned as it is. Pure: the map given is not changed.
 */
export function withEntityDiscs(map: EntityMap): EntityMap {
  if (map.nodes.every((node) => typeof node.radius === 'number')) return map;
  const xs = Float64Array.from(map.nodes, (node) => node.x);
  const ys = Float64Array.from(map.nodes, (node) => node.y);
  const radii = placeDiscs(xs, ys, map.nodes.map((node) => node.papers));
  const nodes = map.nodes.map((node, i) => ({ ...node, x: round(xs[i]!), y: round(ys[i]!), radius: radii[i]! }));
  return { ...map, nodes, communities: summarise(new Map(map.communities.map((community) => [community.id, community.label])), nodes) };
}

function round(value: number): number {
  return Number(value.toFixed(3));
}

/** The co-occurrence pairs (sorted keys i·n + j) as core's undirected weighted CSR. */
function coOccurrenceCSR(n: number, pairKeys: number[], weightOf: (key: number) => number): WeightedCSR {
  const degree = new Int32Array(n);
  for (const key of pairKeys) {
    degree[Math.floor(key / n)]!++;
    degree[key % n]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const strength = new Float64Array(n);
  let total = 0;
  for (const key of pairKeys) {
    const i = Math.floor(key / n);
    const j = key % n;
    const w = weightOf(key);
    targets[cursor[i]!] = j;
    weights[cursor[i]!++] = w;
    targets[cursor[j]!] = i;
    weights[cursor[j]!++] = w;
    strength[i]! += w;
    strength[j]! += w;
    total += 2 * w;
  }
  return { n, offsets, targets, weights, strength, total };
}

function communityLabels(graph: AnalysisGraph): Map<number, string> {
  const labels = new Map<number, string>();
  const listed: unknown = graph.getAttribute('communities');
  if (Array.isArray(listed)) {
    for (const row of listed as Array<{ id?: unknown; label?: unknown }>) {
      if (typeof row?.id === 'number' && typeof row.label === 'string') labels.set(row.id, row.label);
    }
  }
  return labels;
}

function summarise(labels: ReadonlyMap<number, string>, nodes: EntityMapNode[]): EntityMapCommunity[] {
  const byCommunity = new Map<number, EntityMapNode[]>();
  for (const node of nodes) {
    let list = byCommunity.get(node.community);
    if (!list) byCommunity.set(node.community, (list = []));
    list.push(node);
  }
  const rows: EntityMapCommunity[] = [];
  for (const [id, members] of byCommunity) {
    let x = 0;
    let y = 0;
    let papers = 0;
    for (const node of members) {
      x += node.x;
      y += node.y;
      papers += node.papers;
    }
    x /= members.length;
    y /= members.length;
    let radius = 0;
    for (const node of members) radius = Math.max(radius, Math.hypot(node.x - x, node.y - y));
    rows.push({ id, label: labels.get(id) ?? '', entities: members.length, papers, x: round(x), y: round(y), radius: round(radius) });
  }
  return rows.sort((a, b) => b.papers - a.papers || a.id - b.id);
}

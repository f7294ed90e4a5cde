/**
 * What an update brought, against the build it started from: new papers, new entities and the entities the update
 * removed (a new paper can change what earlier papers' mentions resolve to), the entities rising as `trends` means it,
 * the communities that grew, shrank, appeared or are gone (and which one a gone community merged into), how many of
 * the nodes that were there keep their community, and the rejections and warnings of the inputs it read. Everything is
 * sorted, so the same update gives the same report.
 */
import { modelOfAttributes, type PaperGraph } from '../contract/graph.ts';
import type { InputIssue } from '../types.ts';
import { isRespelling } from '../extract/spellings.ts';
import { ownWorkSlug } from '../extract/proposal-owners.ts';
import { plural } from '../text/count.ts';
import { changeG, growthOf, growthText, SIGNIFICANT_G } from '../time/trends.ts';
import { RISING_MIN_GROWTH, risingOrder } from '../time/sections.ts';
import type { NodeState, UpdateManifest } from './state.ts';

export interface WhatsNewPaper {
  key: string;
  title: string;
  date?: string;
}

export interface WhatsNewEntity {
  key: string;
  label: string;
  kind: string;
  /** Papers linked to it now (for a removed entity: before the update). */
  papers: number;
}

/**
 * Why a removed entity's papers now link to another, by the cross-paper rule that moves a key to that one: `spelling`
 * (another spelling of one name, and the node takes the one most papers write: a new paper can tip the majority,
 * extract/spellings.ts), `proposal` (a name another paper now proposes too: each proposer's work gets its own node,
 * extract/proposal-owners.ts), `resolved` (no such rule relates the two keys: its papers' mentions resolve otherwise,
 * e.g. an acronym now read as the long form a new paper defines).
 */
export type MoveReason = 'spelling' | 'proposal' | 'resolved';

export interface RemovedEntity extends WhatsNewEntity {
  /**
   * The entity most of the build's papers that named it (as extracted, before the cross-paper pass) now link to
   * instead, and why: it was merged into or renamed to that one. Absent when no entity takes most of them.
   */
  into?: { key: string; label: string; reason: MoveReason };
}

export interface AddedEntity extends WhatsNewEntity {
  /**
   * Its papers that were in the build before: an entity under a new key that earlier papers now link to (their
   * mentions resolved otherwise with the new papers, e.g. an acronym a new paper defines), not only new ones.
   */
  earlierPapers: number;
}

export interface RisingEntity extends WhatsNewEntity {
  /** Papers linked to it before the update. */
  before: number;
  gain: number;
  /**
   * Its growth as `trends` computes it (time/trends.ts growthOf), the update's new papers as the recent window and the
   * build's papers as the one before: an entity is rising when this is at least RISING_MIN_GROWTH and the change is
   * beyond chance (changeG ≥ SIGNIFICANT_G), as in `trends`.
   */
  growth: number;
}

export interface CommunityChange {
  id: number;
  label: string;
  size: number;
  /** Size before the update (0 for a community that appeared). */
  before: number;
  /** Members that are new nodes. */
  newNodes: number;
  /** Its members of the build still in it (0 for a community that appeared): a low count means another community took its place under the id. */
  stayed: number;
  /** Its label in the build, when the update changed it. */
  labelBefore?: string;
}

/** A community of the build that no longer exists, as the build had it. */
export interface GoneCommunity {
  id: number;
  label: string;
  size: number;
  /**
   * The community that now holds most of its nodes of the build (`nodes` of them), when that is more than half its
   * size: it was merged into that one. Absent when its nodes went several ways.
   */
  into?: { id: number; label: string; nodes: number };
}

export interface WhatsNew {
  /** The files the update read (those a full build would list again are included). */
  inputs: string[];
  papers: { before: number; after: number; added: WhatsNewPaper[]; reextracted: number; alreadyPresent: number };
  /** Entities (models, methods, datasets) whose key is new, and those of the build that are gone. */
  entities: { added: AddedEntity[]; removed: RemovedEntity[]; addedAuthors: number };
  rising: RisingEntity[];
  /**
   * Grew and shrank: communities of the build whose size changed (a warm start moves earlier nodes between
   * communities, and a resolved entity can leave one); appeared: new ids; disappeared: ids of the build no longer used.
   */
  communities: { grew: CommunityChange[]; shrank: CommunityChange[]; appeared: CommunityChange[]; disappeared: GoneCommunity[] };
  /** `share`: keptCommunity / nodesBefore (a node the update removed did not keep its community). */
  stability: { nodesBefore: number; nodesKept: number; keptCommunity: number; share: number };
  /** The rejections and warnings of the inputs read, as a build of them reports them. */
  rejections: InputIssue[];
  warnings: InputIssue[];
}

const ENTITY_KINDS = new Set(['model', 'method', 'dataset']);

function byCountThenKey<T extends { key: string }>(count: (item: T) => number) {
  return (a: T, b: T) => count(b) - count(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export interface WhatsNewInput {
  graph: PaperGraph;
  previous: readonly NodeState[];
  manifest: UpdateManifest;
  /** Input files the update read. */
  inputs: string[];
  /** Papers whose text was extracted (new or changed), and new records merged into papers already built. */
  reextracted: number;
  alreadyPresent: number;
  issues: { rejections: InputIssue[]; warnings: InputIssue[] };
  /**
   * The entity keys each paper names as extracted (before the cross-paper pass and the thesaurus), at least for the
   * papers that name one of `removed`: to find where a removed entity's papers went. Called only when there are some.
   */
  extracted?: (removed: ReadonlySet<string>) => Iterable<readonly [paper: string, keys: readonly string[]]>;
}

/**
 * Where each removed entity went: among the papers whose extraction names it, the entity of its kind that most of
 * them now link to without naming it themselves, when more than half do.
 */
export function whereRemovedWent(graph: PaperGraph, removed: ReadonlySet<string>, extracted: Iterable<readonly [string, readonly string[]]>): Map<string, string> {
  const tallies = new Map<string, { papers: number; targets: Map<string, number> }>();
  for (const [paper, keys] of extracted) {
    const gone = keys.filter((key) => removed.has(key));
    if (gone.length === 0 || !graph.hasNode(paper)) continue;
    const named = new Set(keys);
    for (const key of gone) {
      const kind = key.slice(0, key.indexOf(':'));
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = { papers: 0, targets: new Map() }));
      tally.papers++;
      graph.forEachNeighbor(paper, (neighbour, a) => {
        if (a.kind === kind && !named.has(neighbour)) tally.targets.set(neighbour, (tally.targets.get(neighbour) ?? 0) + 1);
      });
    }
  }
  const into = new Map<string, string>();
  for (const [key, { papers, targets }] of tallies) {
    let best: string | undefined;
    let most = 0;
    for (const [target, count] of targets) if (count > most || (count === most && best !== undefined && target < best)) (best = target), (most = count);
    if (best !== undefined && most * 2 > papers) into.set(key, best);
  }
  return into;
}

/** The cross-paper rules that move a key to another, asked in this order; `resolved` when none does. */
const MOVE_RULES: ReadonlyArray<{ reason: Exclude<MoveReason, 'resolved'>; moves(from: string, to: string, graph: PaperGraph): boolean }> = [
  {
    reason: 'spelling',
    moves: (from, to, graph) => {
      const a = graph.getNodeAttributes(to);
      return isRespelling(slugOf(from), slugOf(to), a.family ? modelOfAttributes(a, a.family) : undefined);
    },
  },
  {
    reason: 'proposal',
    // the work of one of its papers, keyed by the name and that paper
    moves: (from, to, graph) => graph.someNeighbor(to, (paper, a) => a.kind === 'paper' && ownWorkSlug(slugOf(from), paper) === slugOf(to)),
  },
];

const slugOf = (key: string): string => key.slice(key.indexOf(':') + 1);

/** Why the papers of the entity `from` now link to `to` (same kind). */
export function moveReason(graph: PaperGraph, from: string, to: string): MoveReason {
  return MOVE_RULES.find((rule) => rule.moves(from, to, graph))?.reason ?? 'resolved';
}

function* earlierOnly<T extends readonly [string, readonly string[]]>(extracted: Iterable<T>, before: ReadonlyMap<string, unknown>): Iterable<T> {
  for (const entry of extracted) if (before.has(entry[0])) yield entry;
}

/** part / whole to four decimals (1 when there is no whole). */
function share(part: number, whole: number): number {
  return whole === 0 ? 1 : Number((part / whole).toFixed(4));
}

export function whatsNew({ graph, previous, manifest, inputs, reextracted, alreadyPresent, issues, extracted }: WhatsNewInput): WhatsNew {
  const before = new Map(previous.map((node) => [node.key, node]));
  const addedPapers: WhatsNewPaper[] = [];
  const addedEntities: AddedEntity[] = [];
  const gained: Omit<RisingEntity, 'growth'>[] = [];
  let addedAuthors = 0;
  let papersAfter = 0;
  let nodesKept = 0;
  let keptCommunity = 0;
  const sizes = new Map<number, number>();
  const newNodes = new Map<number, number>();
  const stayed = new Map<number, number>();
  graph.forEachNode((key, a) => {
    const community = a.community ?? -1;
    sizes.set(community, (sizes.get(community) ?? 0) + 1);
    const old = before.get(key);
    if (a.kind === 'paper' && a.stub !== true) papersAfter++;
    if (!old) {
      newNodes.set(community, (newNodes.get(community) ?? 0) + 1);
      if (a.kind === 'paper' && a.stub !== true) addedPapers.push({ key, title: a.title ?? a.label, ...(a.date ? { date: a.date } : {}) });
      else if (a.kind === 'author') addedAuthors++;
      else if (ENTITY_KINDS.has(a.kind)) {
        let earlierPapers = 0;
        graph.forEachNeighbor(key, (neighbour, n) => {
          if (n.kind === 'paper' && before.has(neighbour)) earlierPapers++;
        });
        addedEntities.push({ key, label: a.label, kind: a.kind, papers: a.paperCount ?? 0, earlierPapers });
      }
      return;
    }
    nodesKept++;
    if (old.community === community) {
      keptCommunity++;
      stayed.set(community, (stayed.get(community) ?? 0) + 1);
    }
    const papers = a.paperCount ?? 0;
    if (ENTITY_KINDS.has(a.kind) && papers > old.paperCount) {
      gained.push({ key, label: a.label, kind: a.kind, papers, before: old.paperCount, gain: papers - old.paperCount });
    }
  });
  // Rising as `trends` means it, by its own growth and threshold: two bins, the build's papers then the update's new
  // ones as the recent window (cited-only stubs left out on both sides). Only an entity the build had can rise; one
  // that gained no paper has a share that did not grow.
  const papersKept = papersAfter - addedPapers.length;
  const rising = gained
    .filter((entity) => entity.before > 0)
    .map((entity): RisingEntity => ({ ...entity, growth: growthOf([entity.before, entity.gain], [papersKept, addedPapers.length], 1) }))
    .filter((entity) => entity.growth >= RISING_MIN_GROWTH && changeG(entity.gain, addedPapers.length, entity.before, papersKept) >= SIGNIFICANT_G);
  const oldCommunities = new Map(manifest.communities.map((c) => [c.id, c]));
  const grew: CommunityChange[] = [];
  const shrank: CommunityChange[] = [];
  const appeared: CommunityChange[] = [];
  for (const c of graph.getAttribute('communities') ?? []) {
    const old = oldCommunities.get(c.id);
    const change: CommunityChange = { id: c.id, label: c.label, size: c.size, before: old?.size ?? 0, newNodes: newNodes.get(c.id) ?? 0, stayed: stayed.get(c.id) ?? 0 };
    if (old && old.label !== c.label) change.labelBefore = old.label;
    if (!old) appeared.push(change);
    else if (c.size > change.before) grew.push(change);
    else if (c.size < change.before) shrank.push(change);
  }
  const nowCommunities = new Map((graph.getAttribute('communities') ?? []).map((c) => [c.id, c]));
  const disappeared = manifest.communities
    .filter((c) => !nowCommunities.has(c.id))
    .map((c): GoneCommunity => ({ id: c.id, label: c.label, size: c.size }))
    .sort((a, b) => b.size - a.size || a.id - b.id);
  if (disappeared.length > 0) {
    // where the nodes of each gone community are now (a node the update removed is nowhere)
    const goneIds = new Set(disappeared.map((c) => c.id));
    const whereNow = new Map<number, Map<number, number>>();
    for (const node of previous) {
      if (!goneIds.has(node.community) || !graph.hasNode(node.key)) continue;
      const community = graph.getNodeAttribute(node.key, 'community') ?? -1;
      let tally = whereNow.get(node.community);
      if (!tally) whereNow.set(node.community, (tally = new Map()));
      tally.set(community, (tally.get(community) ?? 0) + 1);
    }
    for (const gone of disappeared) {
      let best: number | undefined;
      let most = 0;
      for (const [id, count] of whereNow.get(gone.id) ?? []) if (count > most || (count === most && best !== undefined && id < best)) (best = id), (most = count);
      const target = best === undefined ? undefined : nowCommunities.get(best);
      if (target && most * 2 > gone.size) gone.into = { id: target.id, label: target.label, nodes: most };
    }
  }
  const removed: RemovedEntity[] = [];
  for (const node of previous) {
    if (ENTITY_KINDS.has(node.kind) && !graph.hasNode(node.key)) removed.push({ key: node.key, label: node.label ?? node.key, kind: node.kind, papers: node.paperCount });
  }
  if (removed.length > 0 && extracted) {
    const keys = new Set(removed.map((entity) => entity.key));
    // (only the papers of the build: the entity was theirs; a new paper naming the same key is no evidence of where
    // it went — two proposers of one name each get their own node)
    const into = whereRemovedWent(graph, keys, earlierOnly(extracted(keys), before));
    for (const entity of removed) {
      const target = into.get(entity.key);
      if (target) entity.into = { key: target, label: graph.getNodeAttribute(target, 'label'), reason: moveReason(graph, entity.key, target) };
    }
  }
  // Largest change first: most nodes gained (grew, appeared) or lost (shrank).
  const bySize = (a: CommunityChange, b: CommunityChange) => b.size - b.before - (a.size - a.before) || a.id - b.id;
  const byLoss = (a: CommunityChange, b: CommunityChange) => a.size - a.before - (b.size - b.before) || a.id - b.id;
  addedPapers.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    inputs,
    papers: { before: manifest.papers, after: papersAfter, added: addedPapers, reextracted, alreadyPresent },
    entities: { added: addedEntities.sort(byCountThenKey((e) => e.papers)), removed: removed.sort(byCountThenKey((e) => e.papers)), addedAuthors },
    // ranked as `trends` ranks its Rising section
    rising: rising.sort(risingOrder((e) => e.papers)),
    communities: {
      grew: grew.sort(bySize),
      shrank: shrank.sort(byLoss),
      appeared: appeared.sort(bySize),
      disappeared,
    },
    stability: { nodesBefore: previous.length, nodesKept, keptCommunity, share: share(keptCommunity, previous.length) },
    rejections: issues.rejections,
    warnings: issues.warnings,
  };
}

/** How the terminal says where a removed entity went, by reason. */
const MOVE_SAYS: Record<MoveReason, (into: { label: string }) => string> = {
  spelling: (into) => `merged into ${into.label}, the same name spelt the way most papers spell it`,
  proposal: (into) => `renamed to ${into.label} of its paper, as another paper proposes the same name`,
  resolved: (into) => `merged into ${into.label}`,
};

/** What `update` prints: a few lines per heading, the lists cut to `top` entries. */
export function formatWhatsNew(report: WhatsNew, top = 10): string {
  const lines: string[] = [];
  const { papers, entities, rising, communities, stability } = report;
  const more = (all: number) => (all > top ? [`  … ${all - top} more (whats-new.json lists them all)`] : []);
  lines.push(`papers: ${papers.before} → ${papers.after} (+${papers.added.length} new; ${papers.reextracted} extracted; ${papers.alreadyPresent} already in the build)`);
  for (const paper of papers.added.slice(0, top)) lines.push(`  + ${paper.title}${paper.date ? ` (${paper.date})` : ''}`);
  lines.push(...more(papers.added.length));
  lines.push(`new entities: ${entities.added.length} (and ${plural(entities.addedAuthors, 'new author')})`);
  for (const entity of entities.added.slice(0, top)) {
    const earlier = entity.earlierPapers > 0 ? `, ${entity.earlierPapers} already in the build` : '';
    lines.push(`  + ${entity.label} [${entity.kind}] ${plural(entity.papers, 'paper')}${earlier}`);
  }
  lines.push(...more(entities.added.length));
  if (entities.removed.length > 0) {
    // Papers are never removed by an update: an entity goes when earlier papers' mentions now resolve otherwise.
    lines.push(`entities gone: ${entities.removed.length} (their papers' mentions now resolve to other entities)`);
    for (const entity of entities.removed.slice(0, top)) {
      const into = entity.into ? `: ${MOVE_SAYS[entity.into.reason](entity.into)} (${entity.key} → ${entity.into.key})` : '';
      lines.push(`  − ${entity.label} [${entity.kind}] had ${plural(entity.papers, 'paper')}${into}`);
    }
    lines.push(...more(entities.removed.length));
  }
  lines.push(`rising: ${rising.length === 0 ? 'none' : ''}`.trimEnd());
  for (const entity of rising.slice(0, top)) {
    lines.push(`  ↑ ${entity.label} [${entity.kind}] ${entity.before} → ${plural(entity.papers, 'paper')} (+${entity.gain}; growth ${growthText(entity.growth)})`);
  }
  lines.push(...more(rising.length));
  const { shrank } = communities;
  lines.push(`communities: ${communities.grew.length} grew, ${shrank.length} shrank, ${communities.appeared.length} appeared, ${communities.disappeared.length} gone`);
  // Sizes alone can hide that most of a community left (a warm start can hand its id to the nodes that stayed or
  // arrived): how many of its earlier members stayed, and the label it had, when they say more than the sizes.
  const changed = (c: CommunityChange) => {
    const notes = [...(c.stayed < c.before ? [`${c.stayed} of its ${c.before} stayed`] : []), ...(c.labelBefore !== undefined ? [`was ${c.labelBefore}`] : [])];
    return `#${c.id} ${c.label}: ${c.before} → ${plural(c.size, 'node')}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
  };
  for (const c of communities.grew.slice(0, top)) lines.push(`  ${changed(c)}`);
  lines.push(...more(communities.grew.length));
  for (const c of shrank.slice(0, top)) lines.push(`  shrank ${changed(c)}`);
  lines.push(...more(shrank.length));
  for (const c of communities.appeared.slice(0, top)) lines.push(`  new #${c.id} ${c.label}: ${plural(c.size, 'node')}`);
  lines.push(...more(communities.appeared.length));
  for (const c of communities.disappeared.slice(0, top)) {
    const into = c.into ? `, merged into #${c.into.id} ${c.into.label} (${c.into.nodes} of ${c.size})` : '';
    lines.push(`  gone #${c.id} ${c.label}: had ${plural(c.size, 'node')}${into}`);
  }
  lines.push(...more(communities.disappeared.length));
  const removed = stability.nodesBefore - stability.nodesKept;
  const share = `${(stability.share * 100).toFixed(1)}%${removed > 0 ? `; ${plural(removed, 'node')} removed` : ''}`;
  lines.push(`stable: ${stability.keptCommunity} of ${stability.nodesBefore} earlier nodes keep their community (${share})`);
  return lines.join('\n');
}

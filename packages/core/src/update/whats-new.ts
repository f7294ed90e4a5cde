/**
 * What an update brought, against the build it started from: new papers, new entities, the entities whose paper
 * counts rose most, the communities that grew or appeared, and how many of the nodes that were there keep their
 * community. Everything is sorted (count, then key), so the same update gives the same report.
 */
import type { PaperGraph } from '../contract/graph.ts';
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
  /** Papers linked to it now. */
  papers: number;
}

export interface RisingEntity extends WhatsNewEntity {
  /** Papers linked to it before the update. */
  before: number;
  gain: number;
}

export interface CommunityChange {
  id: number;
  label: string;
  size: number;
  /** Size before the update (0 for a community that appeared). */
  before: number;
  /** Members that are new nodes. */
  newNodes: number;
}

export interface WhatsNew {
  inputs: string[];
  papers: { before: number; after: number; added: WhatsNewPaper[]; reextracted: number; alreadyPresent: number };
  entities: { added: WhatsNewEntity[]; addedAuthors: number };
  rising: RisingEntity[];
  communities: { grew: CommunityChange[]; appeared: CommunityChange[]; disappeared: number[] };
  stability: { nodesBefore: number; nodesKept: number; keptCommunity: number; share: number };
}

const ENTITY_KINDS = new Set(['model', 'method', 'dataset']);
/** Entries kept per list (counts are of everything). */
export const WHATS_NEW_TOP = 50;

function byCountThenKey<T extends { key: string }>(count: (item: T) => number) {
  return (a: T, b: T) => count(b) - count(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export interface WhatsNewInput {
  graph: PaperGraph;
  previous: readonly NodeState[];
  manifest: UpdateManifest;
  /** Input files the update read that contributed records. */
  inputs: string[];
  /** Papers whose text was extracted (new or changed), and new records passed over as already built. */
  reextracted: number;
  alreadyPresent: number;
}

export function whatsNew({ graph, previous, manifest, inputs, reextracted, alreadyPresent }: WhatsNewInput): WhatsNew {
  const before = new Map(previous.map((node) => [node.key, node]));
  const addedPapers: WhatsNewPaper[] = [];
  const addedEntities: WhatsNewEntity[] = [];
  const rising: RisingEntity[] = [];
  let addedAuthors = 0;
  let papersAfter = 0;
  let nodesKept = 0;
  let keptCommunity = 0;
  const sizes = new Map<number, number>();
  const newNodes = new Map<number, number>();
  graph.forEachNode((key, a) => {
    const community = a.community ?? -1;
    sizes.set(community, (sizes.get(community) ?? 0) + 1);
    const old = before.get(key);
    if (a.kind === 'paper' && a.stub !== true) papersAfter++;
    if (!old) {
      newNodes.set(community, (newNodes.get(community) ?? 0) + 1);
      if (a.kind === 'paper' && a.stub !== true) addedPapers.push({ key, title: a.title ?? a.label, ...(a.date ? { date: a.date } : {}) });
      else if (a.kind === 'author') addedAuthors++;
      else if (ENTITY_KINDS.has(a.kind)) addedEntities.push({ key, label: a.label, kind: a.kind, papers: a.paperCount ?? 0 });
      return;
    }
    nodesKept++;
    if (old.community === community) keptCommunity++;
    const papers = a.paperCount ?? 0;
    if (ENTITY_KINDS.has(a.kind) && papers > old.paperCount) {
      rising.push({ key, label: a.label, kind: a.kind, papers, before: old.paperCount, gain: papers - old.paperCount });
    }
  });
  const oldSizes = new Map(manifest.communities.map((c) => [c.id, c.size]));
  const grew: CommunityChange[] = [];
  const appeared: CommunityChange[] = [];
  for (const c of graph.getAttribute('communities') ?? []) {
    const change = { id: c.id, label: c.label, size: c.size, before: oldSizes.get(c.id) ?? 0, newNodes: newNodes.get(c.id) ?? 0 };
    if (!oldSizes.has(c.id)) appeared.push(change);
    else if (c.size > change.before) grew.push(change);
  }
  const now = new Set((graph.getAttribute('communities') ?? []).map((c) => c.id));
  const bySize = (a: CommunityChange, b: CommunityChange) => b.size - b.before - (a.size - a.before) || a.id - b.id;
  addedPapers.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    inputs,
    papers: { before: manifest.papers, after: papersAfter, added: addedPapers, reextracted, alreadyPresent },
    entities: { added: addedEntities.sort(byCountThenKey((e) => e.papers)), addedAuthors },
    rising: rising.sort(byCountThenKey((e) => e.gain)).slice(0, WHATS_NEW_TOP),
    communities: {
      grew: grew.sort(bySize),
      appeared: appeared.sort(bySize),
      disappeared: manifest.communities.map((c) => c.id).filter((id) => !now.has(id)),
    },
    stability: { nodesBefore: previous.length, nodesKept, keptCommunity, share: nodesKept === 0 ? 1 : Number((keptCommunity / nodesKept).toFixed(4)) },
  };
}

/** What `update` prints: a few lines per heading, the lists cut to `top` entries. */
export function formatWhatsNew(report: WhatsNew, top = 10): string {
  const lines: string[] = [];
  const { papers, entities, rising, communities, stability } = report;
  const more = (shown: number, all: number) => (all > shown ? [`  … ${all - shown} more (whats-new.json lists them all)`] : []);
  lines.push(`papers: ${papers.before} → ${papers.after} (+${papers.added.length} new; ${papers.reextracted} extracted; ${papers.alreadyPresent} already in the build)`);
  for (const paper of papers.added.slice(0, top)) lines.push(`  + ${paper.title}${paper.date ? ` (${paper.date})` : ''}`);
  lines.push(...more(Math.min(top, papers.added.length), papers.added.length));
  lines.push(`new entities: ${entities.added.length} (and ${entities.addedAuthors} new authors)`);
  for (const entity of entities.added.slice(0, top)) lines.push(`  + ${entity.label} [${entity.kind}] ${entity.papers} paper${entity.papers === 1 ? '' : 's'}`);
  lines.push(...more(Math.min(top, entities.added.length), entities.added.length));
  lines.push(`rising: ${rising.length === 0 ? 'none' : ''}`.trimEnd());
  for (const entity of rising.slice(0, top)) lines.push(`  ↑ ${entity.label} [${entity.kind}] ${entity.before} → ${entity.papers} papers (+${entity.gain})`);
  lines.push(`communities: ${communities.grew.length} grew, ${communities.appeared.length} appeared, ${communities.disappeared.length} gone`);
  for (const c of communities.grew.slice(0, top)) lines.push(`  #${c.id} ${c.label}: ${c.before} → ${c.size} nodes`);
  for (const c of communities.appeared.slice(0, top)) lines.push(`  new #${c.id} ${c.label}: ${c.size} nodes`);
  lines.push(`stable: ${stability.keptCommunity} of ${stability.nodesKept} earlier nodes keep their community (${(stability.share * 100).toFixed(1)}%)`);
  return lines.join('\n');
}

/**
 * A thesaurus applied to a graph already built (a graph.json opened in the viewer): the rules of plan.ts on the
 * graph's entity nodes, with the result a rebuild with `--thesaurus` gives for nodes, labels, aliases, links,
 * evidence and paperCount. Nodes keep their order (a merged node stands where the first of its entities stood),
 * links are re-pointed (a paper's two links of one relation to merged entities become one, keeping the evidence
 * that names the entity kept), and community summaries are named again. `variant_of` links are the rebuild's too
 * (graph/variants.ts: a renamed family keeps its members, a merge links no model to itself and makes no cycle): a
 * link the graph already had is kept in place, a new one added after the graph's links; a foreign graph's variant_of
 * link from a model without a reading (`family`) is re-pointed. What only a rebuild redoes: communities and positions
 * (a merged node keeps its target's; a new node its first entity's). The report is added to the graph attribute
 * `thesaurus`, after those of thesauri applied before (recordedThesauri). Pure: the graph handed in is not changed.
 */
import { labelCommunities, labelSubcommunities } from '../cluster/labels.ts';
import { modelOfAttributes, type NodeAttributes, type PaperGraph } from '../contract/graph.ts';
import { authorKey, edgeKey, keySlug } from '../contract/keys.ts';
import { isEntityKind } from '../contract/kinds.ts';
import { MENTION_RELATIONS, RELATION_WEIGHTS } from '../contract/relations.ts';
import { linkModelVariants } from '../graph/variants.ts';
import type { InputIssue, MentionRelation } from '../types.ts';
import { splitThesaurus, type Thesaurus } from './parse.ts';
import { DROP, planThesaurus, relationFor, sumReports, type Change, type Entity, type Target, type ThesaurusReport } from './plan.ts';

export interface AppliedGraphThesaurus {
  /** A new graph; the one handed in is unchanged. */
  graph: PaperGraph;
  report: ThesaurusReport;
  warnings: InputIssue[];
}

const MODEL_FIELDS = ['family', 'version', 'size', 'variant'] as const;

/** A model node with a reading (`family`, …): its variant_of link is the one linkModelVariants makes. */
function hasReading(attributes: NodeAttributes): boolean {
  return attributes.kind === 'model' && typeof attributes.family === 'string' && attributes.family !== '';
}

function isMentionRelation(relation: string): relation is MentionRelation {
  return (MENTION_RELATIONS as readonly string[]).includes(relation);
}

function entitiesOf(graph: PaperGraph): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  graph.forEachNode((key, attributes) => {
    const kind = attributes.kind;
    if (!isEntityKind(kind)) return;
    const slug = key.startsWith(`${kind}:`) ? key.slice(kind.length + 1) : keySlug(attributes.label);
    let papers = attributes.paperCount;
    if (typeof papers !== 'number') {
      const linked = new Set<string>();
      graph.forEachInNeighbor(key, (neighbor, neighborAttributes) => void (neighborAttributes.kind === 'paper' && linked.add(neighbor)));
      papers = linked.size;
    }
    const entity: Entity = { key, kind, slug, label: attributes.label, papers, lastPaper: -1 };
    if (typeof attributes.family === 'string' && attributes.family) entity.model = modelOfAttributes(attributes, attributes.family);
    entities.set(key, entity);
  });
  return entities;
}

/** The graph's authors, as the author rules see them: every spelling the papers list is an alias of its author. */
function authorsOf(graph: PaperGraph): { authors: Map<string, Entity>; forEachAlias: (visit: (alias: string, key: string) => void) => void } {
  const authors = new Map<string, Entity>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'author') return;
    const papers = typeof attributes.paperCount === 'number' ? attributes.paperCount : graph.outDegree(key);
    authors.set(key, { key, kind: 'author', slug: key.slice(key.indexOf(':') + 1), label: attributes.label, papers, lastPaper: -1 });
  });
  const forEachAlias = (visit: (alias: string, key: string) => void) => {
    graph.forEachNode((key, attributes) => {
      if (attributes.kind === 'author' && Array.isArray(attributes.aliases)) for (const alias of attributes.aliases) if (typeof alias === 'string') visit(alias, key);
      if (attributes.kind !== 'paper' || !Array.isArray(attributes.authors)) return;
      for (const name of attributes.authors) {
        const author = typeof name === 'string' ? authorKey(name) : undefined;
        if (author !== undefined && authors.has(author)) visit(name as string, author);
      }
    });
  };
  return { authors, forEachAlias };
}

/** The attributes of a node a change lands on: its own (or its first entity's) with the target's kind, label and model reading. */
function targetAttributes(base: NodeAttributes, target: Target): NodeAttributes {
  const attributes: NodeAttributes = { ...base, kind: target.kind, label: target.label, aliases: [] };
  if (target.kind === 'author') attributes.name = target.label;
  for (const field of MODEL_FIELDS) delete attributes[field];
  if (target.model) Object.assign(attributes, target.model);
  return attributes;
}

/**
 * The graph attribute `thesaurus` once another thesaurus is applied: its report when none was recorded before (what a
 * build with `--thesaurus` records), else every report in the order applied (the build's, then each opened in the
 * viewer): a later thesaurus never hides what an earlier one did.
 */
export function recordedThesauri(recorded: unknown, report: ThesaurusReport): ThesaurusReport | unknown[] {
  if (recorded === undefined || recorded === null) return report;
  return [...(Array.isArray(recorded) ? recorded : [recorded]), report];
}

export function applyThesaurusToGraph(graph: PaperGraph, thesaurus: Thesaurus): AppliedGraphThesaurus {
  const entities = entitiesOf(graph);
  const forEachAlias = (visit: (alias: string, key: string) => void) => {
    for (const key of entities.keys()) {
      const aliases = graph.getNodeAttribute(key, 'aliases');
      if (Array.isArray(aliases)) for (const alias of aliases) if (typeof alias === 'string') visit(alias, key);
    }
  };
  const rules = splitThesaurus(thesaurus);
  const planned = planThesaurus(entities, forEachAlias, rules.entities);
  const people = authorsOf(graph);
  const authorPlan = planThesaurus(people.authors, people.forEachAlias, rules.authors);
  const changes = new Map([...planned.changes, ...authorPlan.changes]);
  const report = sumReports(planned.report, authorPlan.report);
  const warnings = [...planned.warnings, ...authorPlan.warnings];
  const out = graph.nullCopy() as PaperGraph;
  out.replaceAttributes({ ...graph.getAttributes(), thesaurus: recordedThesauri(graph.getAttribute('thesaurus'), report) });

  const keyOf = (key: string): string | undefined => {
    const change: Change | undefined = changes.get(key);
    return change === undefined ? key : change === DROP ? undefined : change.key;
  };
  const targets = new Map<string, Target>();
  for (const change of changes.values()) if (change !== DROP) targets.set(change.key, change);

  // Nodes, in order; a target is added where it is first met, as itself or as the end of another entity.
  const aliasesOf = new Map<string, Set<string>>();
  graph.forEachNode((key, attributes) => {
    const next = keyOf(key);
    if (next === undefined) return;
    const target = targets.get(next);
    if (!target) {
      out.addNode(key, { ...attributes });
      return;
    }
    if (!out.hasNode(next)) out.addNode(next, targetAttributes(graph.hasNode(next) ? graph.getNodeAttributes(next) : attributes, target));
    let aliases = aliasesOf.get(next);
    if (!aliases) aliasesOf.set(next, (aliases = new Set()));
    if (Array.isArray(attributes.aliases)) for (const alias of attributes.aliases) if (typeof alias === 'string') aliases.add(alias);
    if (attributes.label !== target.label) aliases.add(attributes.label);
  });
  for (const [key, aliases] of aliasesOf) out.setNodeAttribute(key, 'aliases', [...aliases].sort());

  // variant_of as a rebuild links them, once anything changed: a renamed model keeps its members and its parent, a
  // merge makes no link to itself and no cycle (graph/variants.ts).
  let variants: Map<string, string> | undefined;
  if (changes.size > 0) {
    variants = new Map();
    linkModelVariants(out, (_relation, source, target) => void variants!.set(source, target));
  }

  // Links, in order, re-pointed; one per relation and ends, the evidence naming the kept entity winning.
  const byEnds = new Map<string, { key: string; moved: boolean }>();
  graph.forEachEdge((edge, attributes, source, target) => {
    const from = keyOf(source);
    const to = keyOf(target);
    if (from === undefined || to === undefined || from === to) return;
    // (a model's variant_of link is the one its reading gives now: kept in place when it is, else left for below)
    if (variants && attributes.relation === 'variant_of' && hasReading(out.getNodeAttributes(from)) && variants.get(from) !== to) return;
    const kind = out.getNodeAttribute(to, 'kind');
    const relation = isMentionRelation(attributes.relation) && isEntityKind(kind) ? relationFor(attributes.relation, kind) : attributes.relation;
    const moved = from !== source || to !== target;
    const ends = `${relation}\t${from}\t${to}`;
    const earlier = byEnds.get(ends);
    if (earlier) {
      if (earlier.moved && !moved && attributes.evidence !== undefined) out.setEdgeAttribute(earlier.key, 'evidence', attributes.evidence);
      return;
    }
    let key = edge;
    if (moved) key = edge === edgeKey(attributes.relation, source, target) ? edgeKey(relation, from, to) : edge;
    const copy = { ...attributes, relation };
    if (out.hasEdge(key)) key = out.addDirectedEdge(from, to, copy);
    else out.addDirectedEdgeWithKey(key, from, to, copy);
    byEnds.set(ends, { key, moved });
  });

  // paperCount of the nodes that took others in: the distinct papers linked to them now (an author's papers are
  // the ends of its `wrote` links, an entity's the papers that link to it).
  for (const key of aliasesOf.keys()) {
    const papers = new Set<string>();
    out.forEachNeighbor(key, (neighbor, attributes) => void (attributes.kind === 'paper' && papers.add(neighbor)));
    out.setNodeAttribute(key, 'paperCount', papers.size);
  }
  for (const [source, target] of variants ?? []) {
    const key = edgeKey('variant_of', source, target);
    if (!out.hasEdge(key)) out.addDirectedEdgeWithKey(key, source, target, { relation: 'variant_of', weight: RELATION_WEIGHTS.variant_of });
  }
  if (changes.size > 0) renameCommunities(out);
  return { graph: out, report, warnings };
}

/** Community (and sub-community) summaries named again from the members left, when every node has a community. */
function renameCommunities(graph: PaperGraph): void {
  if (!Array.isArray(graph.getAttribute('communities'))) return;
  if (graph.someNode((_key, attributes) => typeof attributes.community !== 'number')) return;
  graph.setAttribute('communities', labelCommunities(graph));
  if (Array.isArray(graph.getAttribute('subcommunities'))) graph.setAttribute('subcommunities', labelSubcommunities(graph));
}

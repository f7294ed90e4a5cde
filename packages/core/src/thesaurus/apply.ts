/**
 * Applying a thesaurus to the corpus's mentions, after the cross-paper pass (`resolve`) and before the graph is built,
 * so the graph builder makes merged nodes the ordinary way: aliases united, one link per paper and relation,
 * paperCount counted over the merged links, `variant_of` from the merged names. What rules do: plan.ts.
 */
import { nodeKey } from '../contract/keys.ts';
import { compareMentions } from '../extract/index.ts';
import type { TagEntity } from '../graph/build.ts';
import type { InputIssue, Mention, PaperExtraction } from '../types.ts';
import type { Thesaurus } from './parse.ts';
import { DROP, modelOfAttributes, planThesaurus, relationFor, type Change, type Entity, type ThesaurusReport } from './plan.ts';

export type { ThesaurusReport } from './plan.ts';

export interface AppliedThesaurus {
  extractions: PaperExtraction[];
  /** The listing tags' entities, with the same rules applied (a dropped entity's tag names no entity). */
  tagEntities: Map<string, TagEntity>;
  report: ThesaurusReport;
  /** Reading's warnings, then unmatched, ambiguous, overridden and cyclic rules, in rule order. */
  warnings: InputIssue[];
}

export function applyThesaurus(
  extractions: PaperExtraction[],
  tagEntities: ReadonlyMap<string, TagEntity>,
  thesaurus: Thesaurus,
): AppliedThesaurus {
  const entities = collectEntities(extractions, tagEntities);
  const forEachAlias = (visit: (alias: string, key: string) => void) => {
    for (const extraction of extractions) {
      for (const mention of extraction.mentions) for (const alias of mention.aliases) visit(alias, nodeKey(mention.kind, mention.slug));
    }
    for (const [tag, entity] of tagEntities) visit(tag, nodeKey(entity.kind, entity.slug));
  };
  const { changes, report, warnings } = planThesaurus(entities, forEachAlias, thesaurus);
  return {
    extractions: changes.size === 0 ? extractions : extractions.map((extraction) => rewritePaper(extraction, changes)),
    tagEntities: rewriteTags(tagEntities, changes),
    report,
    warnings,
  };
}

function collectEntities(extractions: PaperExtraction[], tagEntities: ReadonlyMap<string, TagEntity>): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  extractions.forEach((extraction, paper) => {
    for (const mention of extraction.mentions) {
      const key = nodeKey(mention.kind, mention.slug);
      let entity = entities.get(key);
      if (!entity) {
        entity = { key, kind: mention.kind, slug: mention.slug, label: mention.label, papers: 0, lastPaper: -1 };
        if (mention.model) entity.model = mention.model;
        entities.set(key, entity);
      }
      if (entity.lastPaper !== paper) {
        entity.papers++;
        entity.lastPaper = paper;
      }
    }
  });
  for (const tagged of tagEntities.values()) {
    const key = nodeKey(tagged.kind, tagged.slug);
    if (entities.has(key)) continue;
    const entity: Entity = { key, kind: tagged.kind, slug: tagged.slug, label: tagged.label, papers: 0, lastPaper: -1 };
    const family = tagged.attributes?.family;
    if (family) entity.model = modelOfAttributes(tagged.attributes!, family);
    entities.set(key, entity);
  }
  return entities;
}

function rewritePaper(extraction: PaperExtraction, changes: Map<string, Change>): PaperExtraction {
  let touched = false;
  for (const mention of extraction.mentions) if (changes.has(nodeKey(mention.kind, mention.slug))) touched = true;
  if (!touched) return extraction;
  const kept = new Map<string, Mention>();
  // Mentions that stay first: where a paper names both entities of a merge, the link keeps the sentence that names
  // the entity kept; then the moved ones, in the paper's order.
  const moves = (mention: Mention) => {
    const change = changes.get(nodeKey(mention.kind, mention.slug));
    return change !== undefined && (change === DROP || change.kind !== mention.kind || change.slug !== mention.slug);
  };
  const staying = extraction.mentions.filter((mention) => !moves(mention));
  const moving = extraction.mentions.filter(moves);
  for (const mention of [...staying, ...moving]) {
    const change = changes.get(nodeKey(mention.kind, mention.slug));
    if (change === DROP) continue;
    let next = mention;
    if (change) {
      next = { ...mention, kind: change.kind, slug: change.slug, label: change.label, relation: relationFor(mention.relation, change.kind) };
      if (change.label !== mention.label) next.aliases = [...new Set([...mention.aliases, mention.label])].sort();
      if (change.model) next.model = change.model;
      else delete next.model;
    }
    // One mention per entity and relation: the first keeps its evidence, and takes the others' aliases.
    const id = `${next.kind}:${next.slug}\t${next.relation}`;
    const first = kept.get(id);
    if (!first) kept.set(id, next);
    else kept.set(id, { ...first, aliases: [...new Set([...first.aliases, ...next.aliases])].sort() });
  }
  return { doc: extraction.doc, mentions: [...kept.values()].sort(compareMentions) };
}

function rewriteTags(tagEntities: ReadonlyMap<string, TagEntity>, changes: Map<string, Change>): Map<string, TagEntity> {
  const out = new Map<string, TagEntity>();
  for (const [tag, entity] of tagEntities) {
    const change = changes.get(nodeKey(entity.kind, entity.slug));
    if (change === DROP) continue;
    if (!change) {
      out.set(tag, entity);
      continue;
    }
    const moved: TagEntity = { kind: change.kind, slug: change.slug, label: change.label };
    if (change.model) moved.attributes = { ...change.model };
    out.set(tag, moved);
  }
  return out;
}

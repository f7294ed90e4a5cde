/**
 * Applying a thesaurus to the corpus's mentions, after the cross-paper pass (`resolve`) and before the graph is built,
 * so the graph builder makes merged nodes the ordinary way: aliases united, one link per paper and relation,
 * paperCount counted over the merged links, `variant_of` from the merged names. What rules do: plan.ts.
 */
import { authorKey, nodeKey } from '../contract/keys.ts';
import { modelOfAttributes } from '../contract/graph.ts';
import { isEntityKind } from '../contract/kinds.ts';
import { compareMentions } from '../extract/index.ts';
import type { AuthorRenames, TagEntity } from '../graph/build.ts';
import type { InputIssue, Mention, PaperExtraction, PaperRecord } from '../types.ts';
import { splitThesaurus, type Thesaurus } from './parse.ts';
import { DROP, planThesaurus, relationFor, sumReports, type Change, type Entity, type ThesaurusReport } from './plan.ts';

export type { ThesaurusReport } from './plan.ts';

export interface AppliedThesaurus {
  extractions: PaperExtraction[];
  /** The listing tags' entities, with the same rules applied (a dropped entity's tag names no entity). */
  tagEntities: Map<string, TagEntity>;
  /** What the author rules do to each author's name key (absent: no author rule changed it). */
  authors: AuthorRenames;
  report: ThesaurusReport;
  /** Reading's warnings, then unmatched, ambiguous, overridden and cyclic rules, in rule order (entity rules first). */
  warnings: InputIssue[];
}

export function applyThesaurus(
  extractions: PaperExtraction[],
  tagEntities: ReadonlyMap<string, TagEntity>,
  thesaurus: Thesaurus,
  records: readonly PaperRecord[] = [],
): AppliedThesaurus {
  const rules = splitThesaurus(thesaurus);
  const entities = collectEntities(extractions, tagEntities);
  const forEachAlias = (visit: (alias: string, key: string) => void) => {
    for (const extraction of extractions) {
      for (const mention of extraction.mentions) for (const alias of mention.aliases) visit(alias, nodeKey(mention.kind, mention.slug));
    }
    for (const [tag, entity] of tagEntities) visit(tag, nodeKey(entity.kind, entity.slug));
  };
  const { changes, report, warnings } = planThesaurus(entities, forEachAlias, rules.entities);
  const authors = planAuthors(records, rules.authors);
  return {
    extractions: changes.size === 0 ? extractions : extractions.map((extraction) => rewritePaper(extraction, changes)),
    tagEntities: rewriteTags(tagEntities, changes),
    authors: authors.renames,
    report: sumReports(report, authors.report),
    warnings: [...warnings, ...authors.warnings],
  };
}

/**
 * The author rules on the records' authors: one author per name key (the graph's), labelled by its first spelling,
 * every spelling an alias (so `Hinton, G. E.` names the author first written `G. E. Hinton`).
 */
function planAuthors(records: readonly PaperRecord[], thesaurus: Thesaurus): { renames: AuthorRenames; report: ThesaurusReport; warnings: InputIssue[] } {
  const keys = new Map<string, string>();
  const authors = new Map<string, Entity>();
  if (thesaurus.rules.length > 0) {
    records.forEach((record, paper) => {
      for (const name of record.authors) {
        let key = keys.get(name);
        if (key === undefined) keys.set(name, (key = authorKey(name)));
        let author = authors.get(key);
        if (!author) authors.set(key, (author = { key, kind: 'author', slug: key.slice('author:'.length), label: name, papers: 0, lastPaper: -1 }));
        if (author.lastPaper !== paper) {
          author.papers++;
          author.lastPaper = paper;
        }
      }
    });
  }
  const forEachAlias = (visit: (alias: string, key: string) => void) => {
    for (const [name, key] of keys) visit(name, key);
  };
  const { changes, report, warnings } = planThesaurus(authors, forEachAlias, thesaurus);
  const renames = new Map<string, { key: string; name: string; alias: string } | null>();
  for (const [key, change] of changes) renames.set(key, change === DROP ? null : { key: change.key, name: change.label, alias: authors.get(key)!.label });
  return { renames, report, warnings };
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
      // (entity rules end on entities: parse.ts refuses an author's key as their `to`)
      if (!isEntityKind(change.kind)) continue;
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
    if (!isEntityKind(change.kind)) continue;
    const moved: TagEntity = { kind: change.kind, slug: change.slug, label: change.label };
    if (change.model) moved.attributes = { ...change.model };
    out.set(tag, moved);
  }
  return out;
}

import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../contract/graph.ts';
import { createPaperGraph } from '../contract/graph-store.ts';
import { authorKey, edgeKey, nodeKey } from '../contract/keys.ts';
import type { EntityKind } from '../contract/kinds.ts';
import { RELATION_WEIGHTS, type Relation } from '../contract/relations.ts';
import type { AuthorIds, Mention, PaperExtraction, PaperRecord } from '../types.ts';
import { linkCitations } from './citations.ts';
import { linkModelVariants } from './variants.ts';
import { arxivIdDate, plausibleYear, withoutJanuaryPlaceholder, yearOf } from '../time/dates.ts';

export interface TagEntity {
  kind: EntityKind;
  slug: string;
  label: string;
  attributes?: Partial<NodeAttributes>;
}

export interface GraphInput {
  records: PaperRecord[];
  /** One per record, same order. */
  extractions: PaperExtraction[];
  inputs: string[];
  rejected: number;
  /** Entity each listing tag names (the `tagged` relation); tags without one stay on the paper only. */
  tagEntities: Map<string, TagEntity>;
  generator: string;
  /**
   * Works the papers cite (or are cited by) that are not papers of the inputs: counted on the citing paper
   * (`inside`, the default) or also kept as stub paper nodes (`all`).
   */
  references?: ReferencesMode;
  /** The thesaurus's author rules (none: every name is its own author, as written). */
  authorRenames?: AuthorRenames;
}

export type ReferencesMode = 'inside' | 'all';

/**
 * What a thesaurus's author rules do, by the name key of a spelling (`author:g-e-hinton`): the author node it
 * becomes, that node's name and the spelling it is known by (the node's alias when the name differs), or null when
 * the name is no author (dropped). The papers' `authors` lists keep the names as their records give them; the nodes
 * and `wrote` links follow the rules.
 */
export type AuthorRenames = ReadonlyMap<string, { key: string; name: string; alias: string } | null>;

function sourceText(ref: { file: string; line?: number; record?: number }): string {
  if (ref.line !== undefined) return `${ref.file}:${ref.line}`;
  if (ref.record !== undefined) return `${ref.file}#${ref.record}`;
  return ref.file;
}

function addSorted(target: Set<string>, values: Iterable<string>): void {
  for (const value of values) target.add(value);
}

/** The ids that say two author records are one person. */
function authorIdKeys(ids: AuthorIds | undefined): string[] {
  if (!ids) return [];
  const keys: string[] = [];
  if (ids.orcid) keys.push(`orcid:${ids.orcid}`);
  if (ids.openalex) keys.push(`openalex:${ids.openalex}`);
  if (ids.s2) keys.push(`s2:${ids.s2}`);
  if (ids.scopus) keys.push(`scopus:${ids.scopus}`);
  return keys;
}

/**
 * Author nodes: one per name key, as before ids existed, and names that share an ORCID, OpenAlex, Semantic Scholar
 * or Scopus id become one node (S2 gives each paper's spelling, "E. Duflo" and "Esther Duflo" under one authorId).
 * The node of several names is keyed by the name seen first, so inputs without ids key as always, and named by its
 * fullest spelling ("Claudio Serpico" over "C. Serpico", the first seen of equals), the others kept as its aliases.
 */
class AuthorNodes {
  private readonly order = new Map<string, number>();
  private readonly names = new Map<string, string>();
  private readonly parent = new Map<string, string>();
  private readonly idOwner = new Map<string, string>();
  private readonly ids = new Map<string, AuthorIds>();

  add(key: string, name: string, ids: AuthorIds | undefined): void {
    if (!this.order.has(key)) {
      this.order.set(key, this.order.size);
      this.names.set(key, name);
    }
    if (!ids) return;
    this.ids.set(key, { ...ids, ...this.ids.get(key) });
    for (const id of authorIdKeys(ids)) {
      const owner = this.idOwner.get(id);
      if (owner === undefined) this.idOwner.set(id, key);
      else this.union(owner, key);
    }
  }

  /** The node key of a name key: the first-seen name of its person. */
  node(key: string): string {
    let root = key;
    for (let up = this.parent.get(root); up !== undefined; up = this.parent.get(root)) root = up;
    for (let at = key; at !== root; ) {
      const up = this.parent.get(at)!;
      this.parent.set(at, root);
      at = up;
    }
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.node(a);
    const rb = this.node(b);
    if (ra === rb) return;
    const [first, later] = this.order.get(ra)! <= this.order.get(rb)! ? [ra, rb] : [rb, ra];
    this.parent.set(later, first);
  }

  /**
   * Node keys in key order, each with its name (the fullest spelling of its names), the other spellings, and the ids
   * of all its names (the first-seen name's first).
   */
  nodes(): Array<{ key: string; name: string; spellings: string[]; ids: AuthorIds }> {
    const merged = new Map<string, AuthorIds>();
    const spellings = new Map<string, string[]>();
    // (in the order the names were first seen, so the first seen wins a tie)
    for (const key of this.order.keys()) {
      const node = this.node(key);
      if (node !== key) {
        const names = spellings.get(node);
        if (names) names.push(this.names.get(key)!);
        else spellings.set(node, [this.names.get(node)!, this.names.get(key)!]);
      }
      const ids = this.ids.get(key);
      if (ids) merged.set(node, { ...ids, ...merged.get(node) });
    }
    return [...this.order.keys()]
      .filter((key) => this.node(key) === key)
      .sort()
      .map((key) => {
        const names = spellings.get(key);
        if (!names) return { key, name: this.names.get(key)!, spellings: [], ids: merged.get(key) ?? {} };
        const name = names.reduce((best, other) => (fullness(other) > fullness(best) ? other : best));
        return { key, name, spellings: [...new Set(names.filter((other) => other !== name))], ids: merged.get(key) ?? {} };
      });
  }
}

/** How much of a name is written out: the letters of its words that are no initials ("Claudio Serpico" 14, "C. Serpico" 7). */
function fullness(name: string): number {
  let letters = 0;
  for (const word of name.split(/[\s.]+/)) if (word.replace(/[^\p{L}]/gu, '').length >= 2) letters += word.length;
  return letters;
}

interface EntityDraft {
  kind: EntityKind;
  label: string;
  aliases: Set<string>;
  model?: Mention['model'];
}

/**
 * Records + extractions → a multi directed graph following docs/graph-format.md. Authors and entities are added
 * in key order and edges paper by paper, so the same input always gives the same graph, byte for byte.
 */
export function buildGraph(input: GraphInput): PaperGraph {
  const graph: PaperGraph = createPaperGraph();
  graph.replaceAttributes({
    generator: input.generator,
    inputs: input.inputs,
    seed: 0,
    resolution: 1,
    communities: [],
    rejected: input.rejected,
  });

  const authors = new AuthorNodes();
  // name → key: slugify (NFKD + Unicode classes) is the slow part of keying, and prolific names repeat
  const authorKeys = new Map<string, string>();
  // (null: a name the thesaurus drops; the name a node takes from a rule is kept beside the key)
  const renames = input.authorRenames;
  const renamed = new Map<string, string>();
  const authorAliases = new Map<string, Set<string>>();
  const keyOfAuthor = (name: string): string | null => {
    let key = authorKeys.get(name);
    if (key === undefined) {
      key = authorKey(name);
      const rename = renames?.get(key);
      if (rename === null) return null;
      if (rename) {
        key = rename.key;
        renamed.set(key, rename.name);
        if (rename.alias !== rename.name) {
          const aliases = authorAliases.get(key);
          if (aliases) aliases.add(rename.alias);
          else authorAliases.set(key, new Set([rename.alias]));
        }
      }
      authorKeys.set(name, key);
    }
    return key;
  };
  const entities = new Map<string, EntityDraft>();
  const entityKey = (kind: EntityKind, slug: string) => nodeKey(kind, slug);

  input.records.forEach((record, index) => {
    record.authors.forEach((name, position) => {
      const key = keyOfAuthor(name);
      if (key !== null) authors.add(key, renamed.get(key) ?? name, record.authorIds?.[position]);
    });
    for (const mention of input.extractions[index]?.mentions ?? []) {
      const key = entityKey(mention.kind, mention.slug);
      let draft = entities.get(key);
      if (!draft) {
        draft = { kind: mention.kind, label: mention.label, aliases: new Set() };
        if (mention.model) draft.model = mention.model;
        entities.set(key, draft);
      }
      addSorted(draft.aliases, mention.aliases);
    }
    for (const tag of record.tags) {
      const entity = input.tagEntities.get(tag);
      if (!entity) continue;
      const key = entityKey(entity.kind, entity.slug);
      const draft = entities.get(key) ?? { kind: entity.kind, label: entity.label, aliases: new Set<string>() };
      if (entity.attributes?.family && !draft.model) {
        draft.model = {
          family: entity.attributes.family,
          ...(entity.attributes.version ? { version: entity.attributes.version } : {}),
          ...(entity.attributes.size ? { size: entity.attributes.size } : {}),
          ...(entity.attributes.variant ? { variant: entity.attributes.variant } : {}),
        };
      }
      draft.aliases.add(tag);
      entities.set(key, draft);
    }
  });

  // Papers first, in input order.
  input.records.forEach((record, index) => {
    const doc = input.extractions[index]!.doc;
    const attributes: NodeAttributes = {
      kind: 'paper',
      label: doc.title,
      title: record.title,
      abstract: doc.abstract,
      authors: [...record.authors],
      tags: [...record.tags],
      source: sourceText(record.sources[0]!),
      sources: record.sources.map(sourceText),
    };
    // A date as precise as known, never guessed: the record's (its year alone when that is all it gives), or its
    // arXiv id's month where that is more precise and agrees (a record's year 2025 and id 2503.11731 → 2025-03). The
    // year follows from the date, even where a record's own fields disagree (`published` 2023-05-02, `year` 2021).
    // A record's year outside the years a publication can have is a placeholder, as parseDate reads one (an input
    // module that took a year as it stood is caught here): no date of its own. So is a January 1 in the year of an
    // arXiv id of another month (OpenAlex's `2023-01-01` for 2312.07559): the year alone, which the id makes 2023-12.
    const fromId = record.arxivId !== undefined ? arxivIdDate(record.arxivId) : undefined;
    const ownDate = record.date !== undefined ? withoutJanuaryPlaceholder(record.date, [fromId]) : record.year !== undefined ? String(record.year) : undefined;
    const recordDate = ownDate !== undefined && plausibleYear(yearOf(ownDate)) ? ownDate : undefined;
    const date = recordDate !== undefined && fromId?.startsWith(recordDate) ? fromId : (recordDate ?? fromId);
    const year = date !== undefined ? yearOf(date) : undefined;
    if (year !== undefined) attributes.year = year;
    if (record.arxivId !== undefined) attributes.arxivId = record.arxivId;
    if (record.venue !== undefined) attributes.venue = record.venue;
    if (record.categories !== undefined) attributes.categories = [...record.categories];
    if (date !== undefined) attributes.date = date;
    if (record.doi !== undefined) attributes.doi = record.doi;
    if (record.ids?.openalex !== undefined) attributes.openalexId = record.ids.openalex;
    if (record.ids?.s2 !== undefined) attributes.s2Id = record.ids.s2;
    if (record.ids?.pmid !== undefined) attributes.pmid = record.ids.pmid;
    graph.addNode(doc.key, attributes);
  });

  for (const { key, name, spellings, ids } of authors.nodes()) {
    const attributes: NodeAttributes = { kind: 'author', label: name, name };
    const aliases = new Set([...(authorAliases.get(key) ?? []), ...spellings]);
    aliases.delete(name);
    if (aliases.size > 0) attributes.aliases = [...aliases].sort();
    if (ids.orcid !== undefined) attributes.orcid = ids.orcid;
    if (ids.openalex !== undefined) attributes.openalexId = ids.openalex;
    if (ids.s2 !== undefined) attributes.s2Id = ids.s2;
    if (ids.scopus !== undefined) attributes.scopusId = ids.scopus;
    graph.addNode(key, attributes);
  }

  for (const key of [...entities.keys()].sort()) {
    const draft = entities.get(key)!;
    const attributes: NodeAttributes = {
      kind: draft.kind,
      label: draft.label,
      aliases: [...draft.aliases].sort(),
    };
    if (draft.model) {
      attributes.family = draft.model.family;
      if (draft.model.version) attributes.version = draft.model.version;
      if (draft.model.size) attributes.size = draft.model.size;
      if (draft.model.variant) attributes.variant = draft.model.variant;
    }
    graph.addNode(key, attributes);
  }

  const link = (relation: Relation, source: string, target: string, extra?: Partial<EdgeAttributes>): boolean => {
    const key = edgeKey(relation, source, target);
    if (graph.hasEdge(key)) return false;
    graph.addDirectedEdgeWithKey(key, source, target, { relation, ...extra, weight: RELATION_WEIGHTS[relation] });
    return true;
  };

  // paperCount: how many distinct papers each node touches (the viewer's "minimum papers" filter, the shared
  // tables), counted while linking: a node gets +1 per paper whose links reach it, however many relations they have.
  // One entry per node, looked up once per link (the paper that last counted it is kept beside its count).
  const paperCount = new Map<string, { count: number; paper: number }>();
  const touch = (node: string, paper: number) => {
    const entry = paperCount.get(node);
    if (entry === undefined) paperCount.set(node, { count: 1, paper });
    else if (entry.paper !== paper) {
      entry.count++;
      entry.paper = paper;
    }
  };

  // The paper links, each attribute object made in its final key order at once (the spread of `link` costs more
  // on the ~600k links of a whole field). A link already there is refused by graphology before it changes anything:
  // caught, it costs one look-up per link instead of a hasEdge before each (repeats are rare).
  const addOnce = (key: string, source: string, target: string, attributes: EdgeAttributes): void => {
    try {
      graph.addDirectedEdgeWithKey(key, source, target, attributes);
    } catch (error) {
      if (!graph.hasEdge(key)) throw error;
    }
  };
  const wroteWeight = RELATION_WEIGHTS.wrote;
  const taggedWeight = RELATION_WEIGHTS.tagged;
  input.records.forEach((record, index) => {
    const extraction = input.extractions[index]!;
    const paper = extraction.doc.key;
    const authorNames = record.authors;
    for (let position = 0; position < authorNames.length; position++) {
      const named = keyOfAuthor(authorNames[position]!);
      if (named === null) continue;
      const author = authors.node(named);
      const key = edgeKey('wrote', author, paper);
      addOnce(key, author, paper, { relation: 'wrote', position, weight: wroteWeight });
      touch(author, index);
    }
    for (const mention of extraction.mentions) {
      const entity = entityKey(mention.kind, mention.slug);
      const relation = mention.relation;
      const key = edgeKey(relation, paper, entity);
      addOnce(key, paper, entity, { relation, evidence: mention.evidence, weight: RELATION_WEIGHTS[relation] });
      touch(entity, index);
    }
    for (const tag of record.tags) {
      const tagged = input.tagEntities.get(tag);
      if (!tagged) continue;
      const entity = entityKey(tagged.kind, tagged.slug);
      const key = edgeKey('tagged', paper, entity);
      addOnce(key, paper, entity, { relation: 'tagged', weight: taggedWeight });
      touch(entity, index);
    }
  });

  linkModelVariants(graph, link);

  // Citations last: a graph of inputs without references is the graph it always was.
  const stubPapers = linkCitations(graph, input.records, input.extractions.map((extraction) => extraction.doc.key), link, input.references ?? 'inside');

  graph.updateEachNodeAttributes(
    (node, attributes) => {
      if (attributes.kind !== 'paper') attributes.paperCount = paperCount.get(node)?.count ?? 0;
      // A stub is not a paper of the inputs: like an entity, it counts the papers that cite it (or that it cites).
      else attributes.paperCount = attributes.stub === true ? (stubPapers.get(node) ?? 0) : 1;
      return attributes;
    },
    { attributes: ['paperCount'] },
  );

  return graph;
}

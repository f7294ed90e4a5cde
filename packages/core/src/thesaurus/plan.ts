/**
 * What a thesaurus does to entities, whether they are still mentions (apply.ts, in the build) or already nodes of a
 * graph (graph.ts, a graph opened in the viewer). What a rule does to the entities its `from` names (see nameForm for the matching):
 * - an empty `to` drops them: their mentions disappear, the papers stay;
 * - a `to` that names an existing entity of the same kind merges them into it, which takes the label `to` exactly as
 *   written; otherwise they become one new entity labelled `to` (a rename);
 * - a `to` written as a node key (`dataset:mmlu`) moves them onto that node, of whatever kind (a kind confusion fixed);
 *   the key need not exist yet.
 * `from` matches an entity by node key, else by label or slug, else by alias — an alias only when it names a single
 * entity (short forms like `CL` name several). Rules do not compete: an entity takes the first rule that names it
 * (a rule that renames an entity it names itself included), and a later one is a warning naming both lines. Chains
 * are followed (`A→B`, `B→C` sends A to C; `B→""` drops A too; B may be a new name the first rule gave) and reported,
 * since the first rule's `to` is then not where its entity ends; rules that form a cycle are not applied. A rule that
 * matches nothing is a warning.
 */
import { plural } from '../text/count.ts';
import { authorKey, keySlug, nodeKey } from '../contract/keys.ts';
import { MENTION_RELATIONS, relationSpec } from '../contract/relations.ts';
import { canonicalModel } from '../extract/index.ts';
import { slugify } from '../extract/tokens.ts';
import type { InputIssue, MentionRelation, ModelInfo } from '../types.ts';
import { nameForm, quotedName, ruleKeyParts, shownText, type ThesaurusKind } from './names.ts';
import { isAuthorRule, ruleWhere, type Thesaurus, type ThesaurusRule } from './parse.ts';

/** What applying a thesaurus did; the graph attribute `thesaurus`. */
export interface ThesaurusReport {
  /** The thesaurus file's name. */
  source: string;
  /** Rules read. */
  rules: number;
  /** Rules that matched at least one entity. */
  applied: number;
  /** Rules that matched no entity (each also a warning). */
  unmatched: number;
  /** Entities that no longer have a node of their own: merged into another entity, or into a new node another one makes. */
  merged: number;
  /** Nodes kept under a new label (or a new key): an entity relabelled that none merged into, or the first (by key) of those that make a new node. */
  renamed: number;
  /** Entities dropped with their mentions. */
  dropped: number;
}

/**
 * The one line a build (CLI or viewer) prints on what a thesaurus did: `thesaurus terms.tsv: 5 of 6 rules applied
 * (entities: 2 merged, 2 renamed, 1 dropped)`. Rules and entities are counted apart: a chain of two rules renames one
 * entity, a rule may merge several.
 */
export function thesaurusSummary(report: ThesaurusReport): string {
  const entities = `${report.merged} merged, ${report.renamed} renamed, ${report.dropped} dropped`;
  return `thesaurus ${report.source}: ${report.applied} of ${plural(report.rules, 'rule')} applied (entities: ${entities})`;
}

export interface Entity {
  key: string;
  /** An entity's kind, or `author` when authors are planned (with author rules only: see splitThesaurus). */
  kind: ThesaurusKind;
  slug: string;
  label: string;
  /** Papers that name it: picks among several entities a `to` could name. */
  papers: number;
  model?: ModelInfo;
  /** The last paper counted while collecting, so a paper naming it twice counts once. */
  lastPaper: number;
}

/** Where an entity ends: dropped, or on this node under this label. */
export interface Target {
  /** The node key: an existing entity's own, or `kind:slug` for a new one. */
  key: string;
  kind: ThesaurusKind;
  slug: string;
  label: string;
  model?: ModelInfo;
}
export const DROP = 'drop' as const;
export type Change = typeof DROP | Target;

/** Calls `visit` with each alias of the entities (a surface form, a listing tag) and the entity's key. */
export type ForEachAlias = (visit: (alias: string, key: string) => void) => void;

/**
 * What a thesaurus does to a set of entities: each changed entity's end (dropped, or a target node and label), the
 * report and the warnings. Shared by the build (mentions, applyThesaurus) and by graphs already built
 * (applyThesaurusToGraph).
 */
export function planThesaurus(
  entities: Map<string, Entity>,
  forEachAlias: ForEachAlias,
  thesaurus: Thesaurus,
): { changes: Map<string, Change>; report: ThesaurusReport; warnings: InputIssue[] } {
  const warnings: InputIssue[] = [...thesaurus.warnings];
  const warn = (rule: ThesaurusRule, message: string) =>
    warnings.push({
      file: thesaurus.source,
      ...(rule.line !== undefined ? { line: rule.line } : {}),
      ...(rule.record !== undefined ? { record: rule.record } : {}),
      message,
    });
  const index = indexNames(entities, forEachAlias, thesaurus.rules);
  const plan = planRules(thesaurus.rules, entities, index, warn);
  const changes = finalChanges(plan, entities, warn);
  for (const { rule, earlier, message } of plan.chains) {
    // (a cycle is not applied, and warned about as such)
    if (plan.applied.has(rule) && plan.applied.has(earlier)) warn(rule, message);
  }
  const report: ThesaurusReport = {
    source: thesaurus.source,
    rules: thesaurus.rules.length,
    applied: plan.applied.size,
    unmatched: plan.unmatched,
    ...countChanges(changes, entities),
  };
  return { changes, report, warnings };
}

interface NameIndex {
  /** Normalised label or slug → entity keys, in key order. */
  byName: Map<string, string[]>;
  /** Normalised alias (surface form, listing tag) → entity keys, in key order. */
  byAlias: Map<string, string[]>;
}

/**
 * The entities' names, only in the normalised forms some rule writes (a thesaurus is small, the corpus is not):
 * labels and slugs from the entities, aliases (surface forms, listing tags) from `forEachAlias`.
 */
function indexNames(entities: Map<string, Entity>, forEachAlias: ForEachAlias, rules: ThesaurusRule[]): NameIndex {
  const wanted = new Set<string>();
  for (const rule of rules) {
    if (!ruleKeyParts(rule.from)) wanted.add(nameForm(rule.from));
    if (rule.to !== '' && !ruleKeyParts(rule.to)) wanted.add(nameForm(rule.to));
  }
  const byName = new Map<string, Set<string>>();
  const byAlias = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, name: string, key: string) => {
    const form = nameForm(name);
    if (!wanted.has(form)) return;
    const keys = map.get(form);
    if (keys) keys.add(key);
    else map.set(form, new Set([key]));
  };
  for (const entity of entities.values()) {
    add(byName, entity.label, entity.key);
    add(byName, entity.slug, entity.key);
  }
  forEachAlias((alias, key) => add(byAlias, alias, key));
  // Key order, so every choice among them is the same whatever the input order.
  const sorted = (map: Map<string, Set<string>>) => new Map([...map].map(([form, keys]) => [form, [...keys].sort()]));
  return { byName: sorted(byName), byAlias: sorted(byAlias) };
}

interface Plan {
  /** Entity key → the rule that names it first. */
  claimedBy: Map<string, ThesaurusRule>;
  /** Entity key → where its rule sends it: another (or its own) key, or dropped. */
  next: Map<string, string | typeof DROP>;
  /** Key → label a rule gives it (the first rule wins). */
  labels: Map<string, { label: string; rule: ThesaurusRule }>;
  /** Entities a rule creates: key → the entity. */
  created: Map<string, Entity>;
  applied: Set<ThesaurusRule>;
  unmatched: number;
  /** Rules that chain onto an earlier one (followed, and reported unless the chain is a cycle, which is not applied). */
  chains: Array<{ rule: ThesaurusRule; earlier: ThesaurusRule; message: string }>;
}

function planRules(rules: ThesaurusRule[], entities: Map<string, Entity>, index: NameIndex, warn: (rule: ThesaurusRule, message: string) => void): Plan {
  const plan: Plan = { claimedBy: new Map(), next: new Map(), labels: new Map(), created: new Map(), applied: new Set(), unmatched: 0, chains: [] };
  // Entity key → the first rule that sends other entities to it: a later rule that moves it makes a chain.
  const sentBy = new Map<string, ThesaurusRule>();
  // Entities created by earlier rules, by kind and normalised label, so two rules renaming onto one new name meet.
  const createdByName = new Map<string, string>();
  const ofKind = (keys: string[] | undefined, kind: ThesaurusKind | undefined) =>
    (keys ?? []).filter((key) => kind === undefined || entities.get(key)!.kind === kind);
  // An entity of the input, or one an earlier rule created (a later rule may move it on: a chain through a new name).
  const entityOf = (key: string) => entities.get(key) ?? plan.created.get(key)!;

  for (const rule of rules) {
    const sources = matchFrom(rule);
    if (sources === undefined) continue;
    if (sources.length === 0) {
      plan.unmatched++;
      warn(rule, `${quotedName(rule.from)}${rule.kind ? ` (${rule.kind})` : ''} matches no ${isAuthorRule(rule) ? 'author' : 'entity'}`);
      continue;
    }
    const taken: string[] = [];
    for (const source of sources) {
      const earlier = plan.claimedBy.get(source);
      // A chain through the name an earlier rule gave its entity in place (`CNN → Convolutional Neural Network`, an
      // alias of CNN's, then `Convolutional Neural Network → ConvNet`): this rule moves it on. Any other name of an
      // entity an earlier rule changed is a conflict, and the first rule wins.
      const renamedInPlace = earlier !== undefined && plan.next.get(source) === source && nameForm(earlier.to) === nameForm(rule.from);
      if (earlier && !renamedInPlace) {
        taken.push(`${shownText(source)} (${ruleWhere(earlier)})`);
        continue;
      }
      if (earlier) {
        // The earlier rule's label is this rule's to give now.
        if (plan.labels.get(source)?.rule === earlier) plan.labels.delete(source);
        plan.chains.push({
          rule,
          earlier,
          message: `moves ${shownText(source)}, which ${ruleWhere(earlier)} names ${quotedName(earlier.to)}: the chain is followed, so it ends where this rule sends it`,
        });
      }
      plan.applied.add(rule);
      const next = rule.to === '' ? DROP : targetOf(rule, entityOf(source));
      // An entity that is its rule's own target and keeps its label (`GPT4o → GPT-4o` naming GPT-4o too) is left
      // as it is, free for a later rule; one the rule renames is that rule's, like any other it changes.
      if (next === source && entityOf(source).label === rule.to) continue;
      // A chain, either way round: this rule moves an entity an earlier rule sends others to, or sends this one to
      // an entity an earlier rule moves on.
      const sentHere = next === source ? undefined : sentBy.get(source);
      if (sentHere && sentHere !== rule) {
        const message = `moves ${shownText(source)}, where ${ruleWhere(sentHere)} sends ${quotedName(sentHere.from)}: the chain is followed, so that ends where this rule sends it`;
        plan.chains.push({ rule, earlier: sentHere, message });
      }
      // (a rule that renames its entity in place does not move it on)
      const movedOn = next === DROP || plan.next.get(next) === next ? undefined : plan.claimedBy.get(next);
      if (movedOn && movedOn !== rule) {
        plan.chains.push({ rule, earlier: movedOn, message: `sends ${shownText(source)} to ${shownText(next)}, which ${ruleWhere(movedOn)} moves on: the chain is followed, so it ends where that rule sends it` });
      }
      if (next !== DROP && next !== source && !sentBy.has(next)) sentBy.set(next, rule);
      plan.claimedBy.set(source, rule);
      plan.next.set(source, next);
    }
    if (taken.length > 0) warn(rule, `also matches ${taken.join(', ')}, already changed by an earlier rule: the first rule wins`);
  }
  return plan;

  /** The entities a rule's `from` names; undefined when it names several by alias only (warned). */
  function matchFrom(rule: ThesaurusRule): string[] | undefined {
    const key = ruleKeyParts(rule.from);
    if (key) {
      const target = nodeKey(key.kind, key.slug);
      return entities.has(target) || plan.created.has(target) ? [target] : [];
    }
    const form = nameForm(rule.from);
    const named = ofKind(index.byName.get(form), rule.kind);
    if (named.length > 0) return named;
    const aliased = ofKind(index.byAlias.get(form), rule.kind);
    // No entity of the input has the name: a new one an earlier rule gave it (`Qwen3-32B → Qwen3`, then `Qwen3 → Qwen`).
    if (aliased.length === 0) {
      const created: string[] = [];
      for (const [kindForm, key] of createdByName) {
        if (kindForm.endsWith(`\t${form}`) && (!rule.kind || kindForm === `${rule.kind}\t${form}`)) created.push(key);
      }
      return created.sort();
    }
    if (aliased.length <= 1) return aliased;
    warn(rule, `${quotedName(rule.from)} is an alias of ${aliased.length} entities (${aliased.map(shownText).join(', ')}): write a node key or a kind to say which`);
    return undefined;
  }

  /** Where a rule sends one of its entities (a key; created when new), with the label it gives. */
  function targetOf(rule: ThesaurusRule, source: Entity): string {
    const key = ruleKeyParts(rule.to);
    if (key) {
      const target = nodeKey(key.kind, key.slug);
      if (!entities.has(target) && !plan.created.has(target)) {
        plan.created.set(target, { key: target, kind: key.kind, slug: key.slug, label: source.label, papers: 0, lastPaper: -1 });
      }
      return target;
    }
    const form = nameForm(rule.to);
    const named = ofKind(index.byName.get(form), source.kind);
    let target: string | undefined;
    if (named.length > 0) {
      // The entity labelled exactly `to`, else the most mentioned of those named like it (then the first key).
      const exact = named.filter((candidate) => entities.get(candidate)!.label === rule.to);
      target = mostMentioned(exact.length > 0 ? exact : named);
    }
    target ??= createdByName.get(`${source.kind}\t${form}`);
    if (target === undefined) {
      const aliased = ofKind(index.byAlias.get(form), source.kind);
      if (aliased.length === 1) target = aliased[0];
    }
    if (target === undefined) {
      // (a person's new name is keyed as the graph keys authors: initials read as letters)
      target = source.kind === 'author' ? authorKey(rule.to) : nodeKey(source.kind, slugify(rule.to) || keySlug(rule.to));
      const slug = target.slice(source.kind.length + 1);
      if (!entities.has(target) && !plan.created.has(target)) {
        plan.created.set(target, { key: target, kind: source.kind, slug, label: rule.to, papers: 0, lastPaper: -1 });
      }
      createdByName.set(`${source.kind}\t${form}`, target);
    }
    const given = plan.labels.get(target);
    if (!given) plan.labels.set(target, { label: rule.to, rule });
    else if (given.label !== rule.to) {
      warn(rule, `${shownText(target)} is already labelled ${quotedName(given.label)} by ${ruleWhere(given.rule)}; ${quotedName(rule.to)} is not used as its label`);
    }
    return target;
  }

  function mostMentioned(keys: string[]): string {
    let best = keys[0]!;
    for (const key of keys) if (entities.get(key)!.papers > entities.get(best)!.papers) best = key;
    return best;
  }
}

/**
 * Each changed entity's end: the rules' chains followed to an entity no rule moves, or to a drop. Entities on a
 * cycle stay where they are (warned once per cycle).
 */
function finalChanges(plan: Plan, entities: Map<string, Entity>, warn: (rule: ThesaurusRule, message: string) => void): Map<string, Change> {
  const end = new Map<string, string | typeof DROP>();
  const endOf = (start: string): string | typeof DROP => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let key = start;
    let result: string | typeof DROP;
    for (;;) {
      const known = end.get(key);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onPath.has(key)) {
        const cycle = path.slice(path.indexOf(key));
        const rules = [...new Set(cycle.map((member) => plan.claimedBy.get(member)!))].sort(
          (a, b) => (a.line ?? a.record ?? 0) - (b.line ?? b.record ?? 0),
        );
        warn(rules[0]!, `rules at ${rules.map(ruleWhere).join(', ')} form a cycle (${[...cycle, key].map(shownText).join(' → ')}): not applied`);
        for (const member of cycle) {
          end.set(member, member);
          plan.labels.delete(member);
          plan.applied.delete(plan.claimedBy.get(member)!);
        }
        path.length -= cycle.length;
        result = key;
        break;
      }
      const next = plan.next.get(key);
      if (next === undefined || next === key) {
        result = key;
        break;
      }
      path.push(key);
      onPath.add(key);
      if (next === DROP) {
        result = DROP;
        break;
      }
      key = next;
    }
    for (const member of path) end.set(member, result);
    return result;
  };

  const changes = new Map<string, Change>();
  const targetInfo = (key: string, sources: Entity[]): Target => {
    const entity = entities.get(key) ?? plan.created.get(key)!;
    const label = plan.labels.get(key)?.label ?? entity.label;
    const target: Target = { key, kind: entity.kind, slug: entity.slug, label };
    if (entity.kind !== 'model') return target;
    // An existing model keeps its reading; a new name is read as a model name, else keeps its one source's reading.
    const model = entities.has(key) ? entity.model : (canonicalModel(label)?.model ?? (sources.length === 1 ? sources[0]!.model : undefined));
    if (model) target.model = model;
    return target;
  };
  const sourcesOf = new Map<string, Entity[]>();
  for (const source of [...plan.next.keys()].sort()) {
    const target = endOf(source);
    // (an entity a rule created is only a step of its chain: the entities sent to it are the ones that change)
    if (!entities.has(source)) continue;
    if (target === DROP) changes.set(source, DROP);
    else if (target !== source) {
      const list = sourcesOf.get(target);
      if (list) list.push(entities.get(source)!);
      else sourcesOf.set(target, [entities.get(source)!]);
    }
  }
  // Entities that stay but change label: targets given a label, and their mentions.
  for (const [key, { label }] of plan.labels) {
    const entity = entities.get(key);
    // (only when no rule moves it on: then its label is the one at the end of its chain)
    if (entity && (end.get(key) ?? key) === key && label !== entity.label && !sourcesOf.has(key)) sourcesOf.set(key, []);
  }
  for (const [target, sources] of sourcesOf) {
    const info = targetInfo(target, sources);
    for (const source of sources) changes.set(source.key, info);
    const existing = entities.get(target);
    if (existing && (info.label !== existing.label || (info.model !== existing.model))) changes.set(target, info);
  }
  return changes;
}

function countChanges(changes: Map<string, Change>, entities: Map<string, Entity>): Pick<ThesaurusReport, 'merged' | 'renamed' | 'dropped'> {
  // The entities that make a new node (a key no entity had): the first of them, by key, is that node renamed. An
  // entity others merge into is no rename, whatever its label becomes (`G. Hinton → Geoffrey E. Hinton`).
  const firstOnNewNode = new Map<string, string>();
  const mergedInto = new Set<string>();
  for (const [key, change] of changes) {
    if (change === DROP || change.key === key) continue;
    if (entities.has(change.key)) {
      mergedInto.add(change.key);
      continue;
    }
    const first = firstOnNewNode.get(change.key);
    if (first === undefined || key < first) firstOnNewNode.set(change.key, key);
  }
  // Every entity that no longer has a node of its own is merged and every node kept under a new label is renamed, so
  // the nodes after = the nodes before − merged − dropped: `A→B` then `B→C` (a new name) is 1 merged and 1 renamed.
  let merged = 0;
  let renamed = 0;
  let dropped = 0;
  for (const [key, change] of changes) {
    if (change === DROP) dropped++;
    else if (change.key === key) renamed += mergedInto.has(key) ? 0 : 1;
    else if (firstOnNewNode.get(change.key) === key) renamed++;
    else merged++;
  }
  return { merged, renamed, dropped };
}

/** Two reports of one thesaurus file (its entity rules and its author rules) as one. */
export function sumReports(a: ThesaurusReport, b: ThesaurusReport): ThesaurusReport {
  return {
    source: a.source,
    rules: a.rules + b.rules,
    applied: a.applied + b.applied,
    unmatched: a.unmatched + b.unmatched,
    merged: a.merged + b.merged,
    renamed: a.renamed + b.renamed,
    dropped: a.dropped + b.dropped,
  };
}

/** A mention relation valid for the new kind: `proposes` stays; `uses`/`evaluates_on` follow the kind. */
export function relationFor(relation: MentionRelation, kind: ThesaurusKind): MentionRelation {
  if ((relationSpec(relation).to as readonly string[]).includes(kind)) return relation;
  return MENTION_RELATIONS.find((other) => other !== 'proposes' && (relationSpec(other).to as readonly string[]).includes(kind)) ?? relation;
}


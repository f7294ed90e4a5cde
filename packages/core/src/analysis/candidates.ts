/**
 * Likely duplicate entities, for a person to merge with a thesaurus (`papergraph candidates`): the most common
 * complaint about maps of this kind is one thing shown as two nodes. Five reasons, each found by joining entities on
 * a normalised key (hash maps, never all pairs: the full corpus has ~70k entities), so the whole pass is linear plus
 * the final sort:
 *
 * - same form: labels equal up to case, accents, spaces and punctuation (`GPT4o` / `GPT-4o`) — sure only when they
 *   are written as one name (the same letters but for separators and a word capitalised or not); labels cased apart
 *   inside a word (`AiR` / `AIR`, `IceBench` / `ICE-Bench`) or whose keys and aliases say they stand for
 *   different long forms (`DCA` = divide-and-conquer amnesia, `DCA` = dense concept alignment) are listed for review
 *   only, and written by node key; names that papers each propose as their own work (`PRISM` of one paper and
 *   `PRISM` of another, keyed apart by extraction) are not listed unless long forms tell them apart;
 * - near version: a model name that is another plus a snapshot or format suffix (`GPT-4-0613` / `GPT-4`,
 *   `Llama-2-7b-hf` / `Llama-2-7B`): one token more on the version/size part;
 * - acronym ↔ long form: an acronym that spells a multi-word entity of the same kind (`GRPO` / `group relative
 *   policy optimization`, `LoRA` / `low-rank adaptation`), checked letter by letter after a join on initials (for
 *   review when the acronym's own key or aliases give it another long form: `NAS` keyed noise-aware active sampling);
 * - alias: one entity's label is a name papers give another (one of its aliases);
 * - family vs member: a bare family node (`Llama`) next to members of that family (`Llama-2-7B`…);
 * - other kind: one name read as two kinds (`FePt` a method in some papers, a dataset in others; `SiO2`), each kind a
 *   node of its own: for review, towards the kind more papers read;
 * - author name: one person's name spelt fuller and shorter (`G. Hinton` / `Geoffrey E. Hinton`; author-candidates.ts).
 *
 * Each candidate says which entity to merge into which (the one with more papers is kept, a snapshot goes to its
 * base) and whether it is sure enough to apply as it is (`confident`); the others are for review.
 */
import type { ForeignGraph } from '../contract/graph.ts';
import { ENTITY_KINDS, isEntityKind } from '../contract/kinds.ts';
import { isShortForm } from '../extract/acronyms.ts';
import { plural } from '../text/count.ts';
import { writtenAsOneName } from '../text/spelling.ts';
import { nameForm, type ThesaurusKind } from '../thesaurus/names.ts';
import { authorCandidates } from './author-candidates.ts';
import { paperCountOf } from './paper-count.ts';
import { reviewDetail } from './review.ts';
import { thesaurusName, thesaurusTSV, type ThesaurusLine } from '../thesaurus/write.ts';

export type CandidateReason = 'same-form' | 'near-version' | 'acronym' | 'alias' | 'family-member' | 'other-kind' | 'author-name';

/** The reasons in the order they are looked for and listed: a pair found by an earlier one is not listed again. */
export const CANDIDATE_REASONS: readonly CandidateReason[] = ['same-form', 'near-version', 'acronym', 'alias', 'family-member', 'other-kind', 'author-name'];

/** What candidates looks at unless told: every entity kind, and authors (author-candidates.ts). */
export const CANDIDATE_KINDS: readonly ThesaurusKind[] = [...ENTITY_KINDS, 'author'];

export interface CandidateEntity {
  key: string;
  label: string;
  paperCount: number;
}

export interface DuplicateCandidate {
  reason: CandidateReason;
  kind: string;
  /** The entity to merge away (a thesaurus line's first column)… */
  from: CandidateEntity;
  /** …and the one to keep. */
  to: CandidateEntity;
  /** Why, in words. */
  detail: string;
  /** Sure enough to merge as it is; otherwise a suggestion to review (the thesaurus writes it commented out). */
  confident: boolean;
}

export interface CandidateOptions {
  /** Kinds to look at: entity kinds and `author` (default: all of them, CANDIDATE_KINDS). */
  kinds?: readonly string[];
  /** Only pairs whose better-known entity is linked to at least this many papers (default 1). */
  minPapers?: number;
}

interface Entity extends CandidateEntity {
  kind: string;
  form: string;
  aliases: string[];
  /**
   * The other names its key and aliases give it, in normalised form (its long form, for an acronym): two entities
   * written alike whose other names share nothing stand for different things.
   */
  expansions: Set<string>;
  family?: string;
  hasVersionPart: boolean;
  /** The papers that propose it (its `proposes` links): a paper's own work. */
  proposers: Set<string>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Better-known first: more papers, then the label and key in code-point order (the same in every locale). */
function better(a: Entity, b: Entity): number {
  return b.paperCount - a.paperCount || byText(a.label, b.label) || byText(a.key, b.key);
}

function entitiesOf(graph: ForeignGraph, kinds: ReadonlySet<string>): Entity[] {
  const entities: Entity[] = [];
  graph.forEachNode((key, attributes) => {
    if (!kinds.has(attributes.kind)) return;
    const label = String(attributes.label);
    const form = nameForm(label);
    if (form === '') return;
    const aliases = Array.isArray(attributes.aliases) ? attributes.aliases.filter((alias): alias is string => typeof alias === 'string') : [];
    const entity: Entity = {
      key,
      kind: attributes.kind,
      label,
      form,
      aliases,
      expansions: expansionsOf(form, key, aliases),
      paperCount: paperCountOf(graph, key, attributes.paperCount),
      hasVersionPart: ['version', 'size', 'variant'].some((name) => typeof attributes[name] === 'string' && attributes[name] !== ''),
      proposers: new Set(),
    };
    graph.forEachInEdge(key, (_edge, edgeAttributes, source) => {
      if (edgeAttributes.relation === 'proposes') entity.proposers.add(source);
    });
    if (typeof attributes.family === 'string' && attributes.family !== '') entity.family = attributes.family;
    entities.push(entity);
  });
  return entities.sort((a, b) => byText(a.key, b.key));
}

/** A name other than the label's own spelling or its plural (`ViTs` is the label `ViT` again). */
function isOtherName(name: string, form: string): boolean {
  return name !== '' && name !== form && name !== `${form}s` && `${name}s` !== form;
}

/** The normalised names an entity's node key (its slug) and its aliases give it besides its label (see Entity). */
function expansionsOf(form: string, key: string, aliases: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const name of [key.slice(key.indexOf(':') + 1), ...aliases]) {
    const other = nameForm(name);
    if (isOtherName(other, form)) names.add(other);
  }
  return names;
}

/** Two entities whose other names say they are different things: both have some, and they share none. */
function expandDifferently(a: Entity, b: Entity): boolean {
  if (a.expansions.size === 0 || b.expansions.size === 0) return false;
  for (const name of a.expansions) if (b.expansions.has(name)) return false;
  return true;
}

/** Entities of one label form that are one thing: both have other names, and they share one. */
function expandAlike(a: Entity, b: Entity): boolean {
  if (a.expansions.size === 0 || b.expansions.size === 0) return false;
  for (const name of a.expansions) if (b.expansions.has(name)) return true;
  return false;
}

/** The long form an entity stands for, as papers write it: its longest alias among its other names, else its key. */
function longFormOf(entity: Entity): string {
  let best: string | undefined;
  for (const alias of entity.aliases) {
    if (entity.expansions.has(nameForm(alias)) && (best === undefined || alias.length > best.length)) best = alias;
  }
  return best ?? entity.key;
}

function groupBy<T>(items: Iterable<T>, keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const quoted = (entity: Entity) => `${JSON.stringify(entity.label)} (${plural(entity.paperCount, 'paper')})`;

/** Likely duplicates among a graph's entities, in reason order, then the most papers at stake first. */
export function duplicateCandidates(graph: ForeignGraph, options: CandidateOptions = {}): DuplicateCandidate[] {
  const kinds = new Set<string>(options.kinds ?? CANDIDATE_KINDS);
  const minPapers = Math.max(1, options.minPapers ?? 1);
  // (authors have a pass of their own: the entity passes' readings of names are no readings of people's names)
  const entities = entitiesOf(graph, new Set([...kinds].filter((kind) => kind !== 'author')));
  const found: DuplicateCandidate[] = [];
  const seen = new Set<string>();
  const add = (reason: CandidateReason, from: Entity, to: Entity, detail: string, confident: boolean) => {
    // A pair is listed once, under the first reason that finds it, whichever way round.
    const pair = from.key < to.key ? `${from.key}\t${to.key}` : `${to.key}\t${from.key}`;
    if (from.key === to.key || seen.has(pair)) return;
    seen.add(pair);
    const entity = (e: Entity): CandidateEntity => ({ key: e.key, label: e.label, paperCount: e.paperCount });
    found.push({ reason, kind: from.kind, from: entity(from), to: entity(to), detail, confident });
  };

  sameForm(entities, add);
  // An entity merged away by the same-form pass speaks through the one it joins: listing its other pairs too would
  // only repeat them under another spelling. (One only written like another, for review, still has pairs of its own.)
  const mergedAway = new Set(found.filter((candidate) => candidate.confident).map((candidate) => candidate.from.key));
  const kept = entities.filter((entity) => !mergedAway.has(entity.key));
  nearVersions(kept, add);
  acronyms(kept, add);
  aliases(kept, add);
  familyMembers(kept, add);
  otherKinds(kept, add);
  if (kinds.has('author')) {
    for (const candidate of authorCandidates(graph)) found.push({ reason: 'author-name', kind: 'author', ...candidate });
  }

  const order = new Map(CANDIDATE_REASONS.map((reason, index) => [reason, index]));
  return found
    .filter((candidate) => Math.max(candidate.from.paperCount, candidate.to.paperCount) >= minPapers)
    .sort(
      (a, b) =>
        order.get(a.reason)! - order.get(b.reason)! ||
        b.from.paperCount + b.to.paperCount - (a.from.paperCount + a.to.paperCount) ||
        byText(a.kind, b.kind) ||
        byText(a.from.key, b.from.key) ||
        byText(a.to.key, b.to.key),
    );
}

type Add = (reason: CandidateReason, from: Entity, to: Entity, detail: string, confident: boolean) => void;

/**
 * Labels equal in normalised form: one thing spelled two ways, all merged into the best-known spelling — sure when
 * they are written as one name (writtenAsOneName) or their keys and aliases share a long form, for review when they
 * are cased apart inside a word (`AiR` / `AIR`). Unless some of them stand for different long forms (their keys and
 * aliases share no other name: `DCA` = divide-and-conquer amnesia, `DCA` = dense concept alignment): then only
 * entities that share a long form are sure merges; one with another long form, or with none (which of them does it
 * mean?), is for review, with the reason.
 */
function sameForm(entities: Entity[], add: Add): void {
  for (const group of groupBy(entities, (e) => [`${e.kind}\t${e.form}`]).values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort(better);
    const kept = sorted[0]!;
    const ambiguous = sorted.some((a, i) => sorted.slice(i + 1).some((b) => expandDifferently(a, b)));
    // Own works of different papers with nothing more than the name to tell them by: extraction keys a name several
    // papers propose by paper on purpose (two PRISMs are two works), and which of them a paper that only uses the
    // name means is not known either. (Told apart by their long forms, they are rows to review, below.)
    if (!ambiguous && group.some((a, i) => a.proposers.size > 0 && group.slice(i + 1).some((b) => b.proposers.size > 0 && ![...a.proposers].some((paper) => b.proposers.has(paper))))) continue;
    if (!ambiguous) {
      for (const other of sorted.slice(1)) {
        if (writtenAsOneName(other.label, kept.label)) {
          add('same-form', other, kept, `${quoted(other)} and ${quoted(kept)} differ only in case, spaces or punctuation`, true);
        } else if (expandAlike(other, kept)) {
          add('same-form', other, kept, `${quoted(other)} and ${quoted(kept)} differ only in case, spaces or punctuation, and both stand for ${JSON.stringify(longFormOf(kept))}`, true);
        } else {
          // (names cased apart inside a word are two works as often as one)
          add('same-form', other, kept, reviewDetail('cased apart inside a word', `${quoted(other)} vs ${quoted(kept)}`, 'they are the same'), false);
        }
      }
      continue;
    }
    // One long form per meaning: the best-known entity of each set that shares names.
    const meanings: Entity[] = [];
    for (const e of sorted) if (e.expansions.size > 0 && !meanings.some((meaning) => expandAlike(meaning, e))) meanings.push(e);
    for (const [i, other] of sorted.entries()) {
      if (i === 0) continue;
      const same = sorted.slice(0, i).find((earlier) => expandAlike(earlier, other));
      if (same) {
        add('same-form', other, same, `${quoted(other)} and ${quoted(same)} differ only in case, spaces or punctuation, and both stand for ${JSON.stringify(longFormOf(same))}`, true);
      } else if (other.expansions.size > 0) {
        const facts = `${quoted(other)} stands for ${JSON.stringify(longFormOf(other))}, ${quoted(kept)} for ${JSON.stringify(longFormOf(kept))}`;
        add('same-form', other, kept, reviewDetail('written alike, defined apart', facts, 'they are the same before merging'), false);
      } else {
        const facts = `${quoted(other)} has no long form, and papers define ${JSON.stringify(kept.label)} ${meanings.length} ways (${meanings.map((meaning) => JSON.stringify(longFormOf(meaning))).join(', ')})`;
        add('same-form', other, kept, reviewDetail('written alike, several meanings', facts, 'which one it means, and merge it there'), false);
      }
    }
  }
}

/**
 * One entity's label is a name papers give another (one of its aliases). Aliases come from extraction, which also
 * errs (a list read as one name), so these are for review. A name more than three entities are called by (short
 * forms like `CL`) is left out.
 */
function aliases(entities: Entity[], add: Add): void {
  const byAlias = groupBy(entities, (e) => e.aliases.map((alias) => `${e.kind}\t${nameForm(alias)}`));
  for (const entity of entities) {
    const owners = (byAlias.get(`${entity.kind}\t${entity.form}`) ?? []).filter((owner) => owner.form !== entity.form);
    // A name several entities are called by (`CL`, `PE`) says nothing about which one it is.
    if (owners.length > 3) continue;
    const others = owners.length > 1 ? ` (${plural(owners.length - 1, 'other entity', 'other entities')} too)` : '';
    for (const owner of owners) {
      const [from, to] = better(entity, owner) <= 0 ? [owner, entity] : [entity, owner];
      // (an alias is what extraction read, and extraction errs: a list read as one name, a shared acronym)
      const facts = `some papers call ${quoted(owner)} ${JSON.stringify(entity.label)}${others}, a node of its own (${plural(entity.paperCount, 'paper')})`;
      add('alias', from, to, reviewDetail("one is the other's alias", facts, 'they are the same'), false);
    }
  }
}

const SNAPSHOT = /^(\d{4}|\d{6}|\d{8})$/;
const FORMAT = new Set(['hf', 'gguf', 'awq', 'gptq', 'fp16', 'bf16', 'fp8', 'int4', 'int8']);
const PARAMETERS = /^\d+(\.\d+)?[bmk]$/;

/** A model name's tokens, lower-cased: `Llama-2-7B-hf` → llama, 2, 7b, hf. */
function nameTokens(label: string): string[] {
  return label.toLowerCase().split(/[^\p{L}\p{N}.+]+/u).filter(Boolean);
}

/**
 * The name without its last token when that token only says which snapshot or file of a model it is: a date
 * (`0613`, `20240229`, `2024-05-13`), a file format (`hf`, `gguf`, `fp16`…), or `base` after a parameter count
 * (`Qwen3-8B-Base`, for review: after a family, `BERT-Base` is a size). Undefined when the last token is part of the
 * model's identity (a size, a version, `chat`…).
 */
function withoutSuffix(tokens: string[]): { base: string[]; suffix: string; sure: boolean } | undefined {
  const n = tokens.length;
  if (n >= 5 && /^\d{4}$/.test(tokens[n - 3]!) && /^\d{2}$/.test(tokens[n - 2]!) && /^\d{2}$/.test(tokens[n - 1]!)) {
    return { base: tokens.slice(0, n - 3), suffix: tokens.slice(n - 3).join('-'), sure: true };
  }
  if (n < 2) return undefined;
  const last = tokens[n - 1]!;
  // A date needs a version before it (`GPT-4-0613`), not just a family (`Mistral-2409` reads as a version itself).
  if (SNAPSHOT.test(last) && n >= 3) return { base: tokens.slice(0, n - 1), suffix: last, sure: true };
  if (FORMAT.has(last)) return { base: tokens.slice(0, n - 1), suffix: last, sure: true };
  if (last === 'base' && PARAMETERS.test(tokens[n - 2]!)) return { base: tokens.slice(0, n - 1), suffix: last, sure: false };
  return undefined;
}

/** Models one snapshot/format suffix away from another model: merged into it; snapshots of an absent base: for review. */
function nearVersions(entities: Entity[], add: Add): void {
  const models = entities.filter((e) => e.kind === 'model');
  const byForm = groupBy(models, (e) => [e.form]);
  const orphans = new Map<string, Array<{ entity: Entity; suffix: string }>>();
  for (const entity of models) {
    let tokens = nameTokens(entity.label);
    const suffixes: string[] = [];
    let sure = true;
    // `GPT-4-0613-hf` → `GPT-4`: suffixes peel off one by one.
    for (let cut = withoutSuffix(tokens); cut; cut = withoutSuffix(tokens)) {
      tokens = cut.base;
      suffixes.unshift(cut.suffix);
      sure &&= cut.sure;
      const base = byForm.get(nameForm(tokens.join('')))?.filter((other) => other.key !== entity.key);
      if (base && base.length > 0) {
        const kept = [...base].sort(better)[0]!;
        const facts = `${quoted(entity)} is ${quoted(kept)} with the suffix ${JSON.stringify(suffixes.join('-'))}`;
        // (`-Base` after a size names the pretrained checkpoint, often another model than the one released without it)
        add('near-version', entity, kept, sure ? facts : reviewDetail('a base checkpoint can be another model', facts, 'papers mean the same model'), sure);
        tokens = [];
        break;
      }
    }
    if (suffixes.length > 0 && tokens.length > 0) {
      const base = nameForm(tokens.join(''));
      const list = orphans.get(base);
      if (list) list.push({ entity, suffix: suffixes.join('-') });
      else orphans.set(base, [{ entity, suffix: suffixes.join('-') }]);
    }
  }
  // Snapshots of a model that has no node of its own (`GPT-4-0314`, `GPT-4-0613`): one name, perhaps.
  for (const group of orphans.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => better(a.entity, b.entity));
    const kept = sorted[0]!.entity;
    for (const { entity } of sorted.slice(1)) {
      const facts = `${quoted(entity)} and ${quoted(kept)} differ only in a snapshot or format suffix, and no node is the model without it`;
      add('near-version', entity, kept, reviewDetail('two snapshots of one model', facts, 'the snapshots do not matter to you'), false);
    }
  }
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);

/** An acronym as this pass reads one: no space, led by a capital or digit, mostly capitals (`LoRA`, `ViT`, `3DGS`). */
function isAcronym(label: string): boolean {
  if (!/^[A-Z0-9][A-Za-z0-9]*$/.test(label) || !isShortForm(label)) return false;
  const capitals = (label.match(/[A-Z]/g) ?? []).length;
  return capitals >= 2 && capitals * 2 >= (label.match(/[A-Za-z]/g) ?? []).length;
}

/** The keys an acronym is looked up by: all its letters and digits (`MoE` → moe) and its capitals and digits (`LoRA` → lra). */
function acronymKeys(label: string): string[] {
  const short = label.replace(/(?<=[A-Z])s$/, '');
  return [...new Set([short.toLowerCase(), short.replace(/[a-z]/g, '').toLowerCase()])].filter((key) => key.length >= 2);
}

interface Part {
  text: string;
  /** Written in capitals or led by digits (`3D`, `LLM`): its letters are initials themselves. */
  caps: boolean;
  /** The first part of a space-separated word (the others follow a hyphen). */
  first: boolean;
  minor: boolean;
}

/** A long form's words split at hyphens too (`Low-Rank Adaptation` → low, rank, adaptation); undefined when it is not a phrase of words. */
function longFormParts(label: string): Part[] | undefined {
  const parts: Part[] = [];
  for (const word of label.split(/\s+/)) {
    let first = true;
    for (const text of word.split(/[-–]/)) {
      if (text === '') continue;
      // Words, lower-case or capitalised (or `3D`): `Cerebras-GPT` or `AC-LoRA` are names, not long forms.
      if (!/^(\p{Lu}?\p{Ll}+|\d+[A-Z]?)$/u.test(text)) return undefined;
      const lower = text.toLowerCase();
      parts.push({ text: lower, caps: /^\d/.test(text), first, minor: MINOR_WORDS.has(lower) });
      first = false;
    }
  }
  return parts.length >= 2 && parts.some((part) => part.first && !part.minor) ? parts : undefined;
}

/** The initials a long form's parts give, with and without minor words, and without hyphen tails (`pre-trained` → p). */
function initialsKeys(parts: Part[]): string[] {
  const initial = (part: Part) => (part.caps ? part.text : part.text[0]!);
  const keys = [
    parts.map(initial).join(''),
    parts.filter((part) => !part.minor).map(initial).join(''),
    parts.filter((part) => part.first).map(initial).join(''),
    parts.filter((part) => part.first && !part.minor).map(initial).join(''),
  ];
  return [...new Set(keys)].filter((key) => key.length >= 2);
}

/**
 * Whether an acronym spells a long form: each of its characters starts a part of the long form in order, or — a
 * lower-case letter (`LoRA`'s o), or any character of a `3D`-like part — continues the part it is in. Every word
 * of the long form is used but minor words (`of`) and hyphen tails (`pre-trained`); a small search with memory.
 */
function spells(acronym: string, parts: Part[]): boolean {
  const chars = acronym.replace(/(?<=[A-Z])s$/, '');
  const skippable = (part: Part) => part.minor || !part.first;
  const memo = new Map<number, boolean>();
  const search = (i: number, p: number, c: number): boolean => {
    if (i === chars.length) return parts.slice(p + 1).every(skippable);
    const id = (i * 64 + (p + 1)) * 64 + c;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    let ok = false;
    const part = parts[p];
    if (part && c < part.text.length && part.text[c] === lower && (ch !== ch.toUpperCase() || part.caps)) ok = search(i + 1, p, c + 1);
    for (let q = p + 1; !ok && q < parts.length; q++) {
      if (parts[q]!.text[0] === lower) ok = search(i + 1, q, 1);
      if (!skippable(parts[q]!)) break;
    }
    memo.set(id, ok);
    return ok;
  };
  return search(0, -1, 0);
}

/** Acronym entities that spell a multi-word entity of the same kind. */
function acronyms(entities: Entity[], add: Add): void {
  const partsOf = new Map<string, Part[]>();
  for (const entity of entities) {
    const parts = longFormParts(entity.label);
    if (parts) partsOf.set(entity.key, parts);
  }
  const longForms = groupBy(
    entities.filter((e) => partsOf.has(e.key)),
    (e) => initialsKeys(partsOf.get(e.key)!).map((key) => `${e.kind}\t${key}`),
  );
  const pairs: Array<{ short: Entity; long: Entity }> = [];
  for (const entity of entities) {
    if (!isAcronym(entity.label)) continue;
    const matches = new Map<string, Entity>();
    for (const key of acronymKeys(entity.label)) {
      for (const long of longForms.get(`${entity.kind}\t${key}`) ?? []) {
        if (long.form !== entity.form && !matches.has(long.key) && spells(entity.label, partsOf.get(long.key)!)) matches.set(long.key, long);
      }
    }
    for (const long of matches.values()) pairs.push({ short: entity, long });
  }
  const longsOf = groupBy(pairs, (pair) => [pair.short.key]);
  const shortsOf = groupBy(pairs, (pair) => [pair.long.key]);
  for (const { short, long } of pairs) {
    const longs = longsOf.get(short.key)!.map((pair) => pair.long);
    const shorts = shortsOf.get(long.key)!.map((pair) => pair.short);
    const shortForm = nameForm(short.label);
    // Papers that define the acronym as this long form (or the reverse) left it among the aliases.
    const defined = long.aliases.some((alias) => nameForm(alias) === shortForm) || short.aliases.some((alias) => nameForm(alias) === long.form);
    // An acronym that spells many phrases (`CA`) is listed only where papers define it.
    if (longs.length > 3 && !defined) continue;
    const others = longs.filter((other) => other.key !== long.key).sort(better);
    const otherLongs = `${others.slice(0, 3).map((other) => JSON.stringify(other.label)).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}`;
    const alsoSpells = others.length > 0 ? `, also ${otherLongs}` : '';
    const otherShorts = shorts.filter((other) => other.key !== short.key).sort(better);
    // The acronym's own key or aliases name another long form (`NAS` keyed noise-aware-active-sampling): it may be
    // another thing written with the same letters. (A name that holds the acronym, `MSD dataset`, is no long form.)
    const ownLongForm =
      [...short.expansions].some((name) => !name.includes(short.form)) && !short.expansions.has(long.form) && !expandAlike(short, long);
    // Initials match by chance too (`IMU`): sure only when papers define it, it spells nothing else and it names no
    // other long form itself.
    const confident = defined && longs.length === 1 && shorts.length === 1 && !ownLongForm;
    const own = JSON.stringify(longFormOf(short));
    let detail: string;
    if (confident) detail = `${quoted(short)} spells ${quoted(long)}; papers define it so`;
    else if (ownLongForm && defined) {
      detail = reviewDetail('one acronym, two long forms', `the acronym ${quoted(short)} is defined as ${own} in its papers, as ${quoted(long)} elsewhere`, 'they are the same');
    } else if (ownLongForm) {
      detail = reviewDetail('one acronym, two long forms', `the acronym ${quoted(short)} is defined as ${own}, and its letters also spell ${quoted(long)}${alsoSpells}`, 'they are the same');
    } else if (!defined) {
      detail = reviewDetail('the initials match, but no paper defines it so', `${quoted(short)} spells ${quoted(long)}${alsoSpells}`, 'they are the same');
    } else if (others.length > 0) {
      detail = reviewDetail('it spells several long forms', `${quoted(short)} is defined as ${quoted(long)}, and also spells ${otherLongs}`, 'which one it means');
    } else {
      const spelt = otherShorts.map((other) => JSON.stringify(other.label)).slice(0, 3).join(', ');
      detail = reviewDetail('several acronyms spell it', `${quoted(short)} is defined as ${quoted(long)}, which ${spelt}${otherShorts.length > 3 ? ' and more' : ''} also spell${otherShorts.length === 1 ? 's' : ''}`, 'each acronym means it');
    }
    const [from, to] = better(short, long) <= 0 ? [long, short] : [short, long];
    add('acronym', from, to, detail, confident);
  }
}

/** A model node that is a bare family name (`Llama`), next to nodes of that family's members. */
function familyMembers(entities: Entity[], add: Add): void {
  const families = groupBy(
    entities.filter((e) => e.kind === 'model' && e.family !== undefined),
    (e) => [nameForm(e.family!)],
  );
  for (const entity of entities) {
    if (entity.kind !== 'model' || entity.hasVersionPart) continue;
    const members = (families.get(entity.form) ?? []).filter((member) => member.form !== entity.form).sort(better);
    if (members.length === 0) continue;
    const top = members[0]!;
    // Bare mentions of a family mostly meaning one member is plausible only when that member is about as known.
    if (top.paperCount * 2 < entity.paperCount) continue;
    const more = members.length > 1 ? ` and ${plural(members.length - 1, 'other member')} (${members.slice(1, 3).map(quoted).join(', ')}${members.length > 3 ? ', …' : ''})` : '';
    const facts = `${quoted(entity)} next to its member ${quoted(top)}${more}`;
    add('family-member', entity, top, reviewDetail('a bare family name', facts, `papers that write ${JSON.stringify(entity.label)} mean ${JSON.stringify(top.label)}`), false);
  }
}

/**
 * One name read as two kinds or more (the same label form or node key, different kinds): extraction decides a kind per paper, from
 * context, and papers that say little can read one thing two ways (`FePt` a method and a dataset, `RNA` a model and a
 * method). For review, each towards the kind that more papers read (the rule writes its target by node key, which
 * moves an entity to another kind). Own works of different papers (proposed by papers with none in common) are
 * different things, as in the same-form pass.
 */
function otherKinds(entities: Entity[], add: Add): void {
  // (by label form, and by key: `model:reluctance-network-analysis` labelled "RNA" is `method:reluctance-network-analysis`)
  for (const group of groupBy(entities, (e) => [e.form, `\u0000${e.key.slice(e.key.indexOf(':') + 1)}`]).values()) {
    if (group.length < 2 || group.every((e) => e.kind === group[0]!.kind)) continue;
    const byKind = new Map<string, Entity>();
    for (const e of [...group].sort(better)) if (!byKind.has(e.kind)) byKind.set(e.kind, e);
    const [kept, ...others] = [...byKind.values()];
    for (const other of others) {
      if (other.proposers.size > 0 && kept!.proposers.size > 0 && ![...other.proposers].some((paper) => kept!.proposers.has(paper))) continue;
      const facts = `${quoted(other)} is read as a ${other.kind}, ${quoted(kept!)} as a ${kept!.kind}`;
      add('other-kind', other, kept!, reviewDetail('one name, two kinds', facts, `it is one thing, a ${kept!.kind}`), false);
    }
  }
}

/**
 * The candidates as thesaurus rules: sure merges active, the others commented out for review, each with its reason.
 * A same-form group is one rule (its `from` names every spelling), and a second sure rule for a name that already
 * has one is demoted to review, so the rules always read back without errors.
 */
export function candidateRules(candidates: readonly DuplicateCandidate[]): ThesaurusLine[] {
  const lines: ThesaurusLine[] = [];
  const ruled = new Map<string, string>();
  const byKey = keyedSpellings(candidates);
  for (const candidate of candidates) {
    let from = thesaurusName(candidate.from.label, candidate.from.key);
    let to = thesaurusName(candidate.to.label, candidate.to.key);
    // A name that matches more than the entity this rule means (see keyedSpellings), or two sides that print the
    // same (`DCA → DCA`): each side by its node key.
    const keyed = (entity: CandidateEntity) => byKey.has(`${candidate.kind}\t${nameForm(entity.label)}`);
    // (and another kind's entity: a `to` by label names an entity of the rule's kind)
    const otherKind = candidate.to.key.slice(0, candidate.to.key.indexOf(':')) !== candidate.kind;
    if (from === to || otherKind || keyed(candidate.from) || keyed(candidate.to)) {
      from = candidate.from.key;
      to = candidate.to.key;
    }
    const id = `${candidate.kind}\t${nameForm(from)}`;
    let active = candidate.confident;
    let detail = candidate.detail;
    if (active) {
      const earlier = ruled.get(id);
      if (earlier === to) continue;
      if (earlier !== undefined) {
        active = false;
        detail = reviewDetail(`a rule above already sends ${JSON.stringify(from)} to ${JSON.stringify(earlier)}`, detail, 'which of the two it belongs to');
      } else ruled.set(id, to);
    }
    const line: ThesaurusLine = { from, to, active, comments: [`${candidate.reason}${active ? '' : ', to review'}: ${detail}`] };
    if (isEntityKind(candidate.kind) || candidate.kind === 'author') line.kind = candidate.kind;
    lines.push(line);
  }
  return lines;
}

/**
 * The spellings (kind and normalised form) a rule cannot name by label: a rule's `from` names every entity written
 * that way, which is right only when all of them go to one entity for sure. When some are for review or go elsewhere
 * (different long forms written alike), every rule naming that spelling, whatever its reason, names its entities by key.
 */
function keyedSpellings(candidates: readonly DuplicateCandidate[]): Set<string> {
  const targets = new Map<string, string>();
  const keyed = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.reason !== 'same-form') continue;
    const id = `${candidate.kind}\t${nameForm(candidate.from.label)}`;
    const target = targets.get(id);
    if (!candidate.confident || (target !== undefined && target !== candidate.to.key)) keyed.add(id);
    targets.set(id, candidate.to.key);
  }
  return keyed;
}

/** The candidates as a thesaurus to edit (TSV, see candidateRules), with a preamble that says how to use it. */
export function candidatesThesaurus(candidates: readonly DuplicateCandidate[], source: string): string {
  const lines = candidateRules(candidates);
  const sure = lines.filter((line) => line.active).length;
  return thesaurusTSV(lines, [
    `Likely duplicate entities in ${source}, found by papergraph candidates: ${plural(sure, 'rule')} to apply, ${lines.length - sure} to review.`,
    'Each rule merges the entity (or author) in the first column into the one in the second (the third is the kind).',
    "Rules without '#' are sure enough to apply as they are; remove the '# ' before a rule to apply it too, delete a",
    'rule to keep two entities apart. Then: papergraph build <inputs> --thesaurus <this file>',
  ]);
}

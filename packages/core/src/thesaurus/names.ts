/**
 * How a thesaurus names entities: by label, alias or node key, compared in a normalised form, and the kinds a rule
 * may be restricted to. Shared by the thesaurus (matching rules) and the duplicate candidates (blocking).
 */
import { ENTITY_KINDS, isEntityKind, type EntityKind } from '../contract/kinds.ts';

// Printable ASCII needs no Unicode normalisation: most names take the fast path.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * A name as a thesaurus compares it: accents, case, spaces and punctuation ignored, like the viewer's search
 * (`Llama-2-7B`, `llama 2 7b`, `LLaMA_2_7b` → `llama27b`). Two differences with the search, on purpose: `+` is kept
 * (`C` and `C++`, `T5` and `T5+` are different names) and letters and digits of any script are kept (`α-CLIP` is
 * not `CLIP`).
 */
export function nameForm(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9+]+/g, '');
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]+/gu, '');
}

/** `model:llama-2-7b` → its kind and slug, when the text is written as an entity's node key; else undefined. */
export function entityKeyParts(text: string): { kind: EntityKind; slug: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const kind = text.slice(0, colon);
  const slug = text.slice(colon + 1);
  // A key's slug is lower-case letters, digits, '.', '-' (extraction's slugs): "Model: a survey" is a label.
  if (!isEntityKind(kind) || !/^[\p{Ll}\p{N}.-]+$/u.test(slug)) return undefined;
  return { kind, slug };
}

/** A kind as a thesaurus may write it: `model`, `Models`, `dataset`… (singular or plural, any case). */
export function kindFromText(text: string): EntityKind | undefined {
  const word = text.trim().toLowerCase();
  for (const kind of ENTITY_KINDS) if (word === kind || word === `${kind}s`) return kind;
  return undefined;
}

/**
 * What a thesaurus rule may change: an entity, or an author (spellings of one person merged, a name corrected, a
 * name that is no person dropped). Author rules say so (kind `author`, or a `from` written as an author's key): a
 * rule without a kind names entities only, so a method and a person never meet by accident.
 */
export type ThesaurusKind = EntityKind | 'author';

/** `kindFromText`, and `author`/`Authors`. */
export function ruleKindFromText(text: string): ThesaurusKind | undefined {
  const word = text.trim().toLowerCase();
  return word === 'author' || word === 'authors' ? 'author' : kindFromText(text);
}

/** `entityKeyParts`, and an author's node key (`author:geoffrey-e-hinton`). */
export function ruleKeyParts(text: string): { kind: ThesaurusKind; slug: string } | undefined {
  if (!text.startsWith('author:')) return entityKeyParts(text);
  const slug = text.slice('author:'.length);
  return /^[\p{Ll}\p{N}.-]+$/u.test(slug) ? { kind: 'author', slug } : undefined;
}

/** Longest text a message echoes from a thesaurus or a graph (a name, a key): a field pasted by mistake is cut. */
const SHOWN_CHARS = 80;

/** Text for a message, cut to about 80 characters with an ellipsis (a whole abstract pasted into a rule is not echoed whole). */
export function shownText(text: string): string {
  if (text.length <= SHOWN_CHARS) return text;
  let end = SHOWN_CHARS - 1;
  // (never half of a character written as a surrogate pair)
  if (/[\ud800-\udbff]/.test(text[end - 1]!)) end--;
  return `${text.slice(0, end)}…`;
}

/** A name quoted for a message (`"GPT-4"`), cut like shownText. */
export function quotedName(text: string): string {
  return JSON.stringify(shownText(text));
}

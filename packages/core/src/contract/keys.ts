/**
 * Node and edge keys of graph.json: readable and stable (`paper:2503.11731`, `author:sheridan-feucht`,
 * `model:llama-2-7b`, `uses:paper:2503.11731->model:llama-2-7b`). Entity slugs are made by extraction, which knows
 * names (`C++` → `c-plus-plus`); the keys of papers and people use `keySlug`.
 */
import type { NodeKind } from './kinds.ts';

/** Lower-case letters and digits of any script, accents dropped, runs of anything else as one `-`; cut at `maxLength`. */
export function keySlug(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > maxLength ? slug.slice(0, maxLength).replace(/-+$/, '') : slug;
}

export function nodeKey(kind: NodeKind, slug: string): string {
  return `${kind}:${slug}`;
}

/**
 * A person's name as a slug, initials read as letters: `Nuno M.C. Da Costa` (Mendeley), `Nuno M. C. da Costa` (IEEE)
 * and `Nuno M C Da Costa` (PubMed) are `nuno-m-c-da-costa`, so one person spelt the ways sources spell initials is
 * one node.
 */
export function authorSlug(name: string): string {
  return keySlug(name.replace(/(?<!\p{L})(\p{Lu})\./gu, '$1 '));
}

export function authorKey(name: string): string {
  return nodeKey('author', authorSlug(name));
}

/** `paper:<arXiv id>`, else `paper:<title slug>` (the caller makes repeated title slugs unique). */
export function paperKey(arxivId: string | undefined, title: string): string {
  return nodeKey('paper', arxivId || keySlug(title, 60) || 'untitled');
}

export function edgeKey(relation: string, source: string, target: string): string {
  return `${relation}:${source}->${target}`;
}

/** The kind part of a key (`model:llama-2-7b` → `model`). */
export function kindOfKey(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? '' : key.slice(0, colon);
}

/** Readable, stable node keys (`paper:2503.11731`, `author:sheridan-feucht`, `model:llama-2-7b`). */

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > maxLength ? slug.slice(0, maxLength).replace(/-+$/, '') : slug;
}

export function authorKey(name: string): string {
  return `author:${slugify(name)}`;
}

export function edgeKey(relation: string, source: string, target: string): string {
  return `${relation}:${source}->${target}`;
}

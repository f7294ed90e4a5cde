import type { ViewerGraph, ViewerNodeAttributes } from '../graph/types.ts';
import { displayText } from './text.ts';

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  degree: number;
  /** Label first, then aliases, title and name: every text a user may type to find this node. */
  terms: Array<{ text: string; normalized: string; compact: string }>;
}

export interface SearchResult {
  key: string;
  label: string;
  kind: string;
  /** The alias or title that matched, when it is not the label itself. */
  matchedText?: string;
  score: number;
}

/** `Llama-2-7B`, `llama 2 7b` and `LLaMA_2 7b` all normalise to `llama 2 7b`. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function term(text: string): SearchEntry['terms'][number] {
  const normalized = normalizeForSearch(text);
  return { text, normalized, compact: normalized.replace(/ /g, '') };
}

export function buildSearchIndex(graph: ViewerGraph): SearchEntry[] {
  return graph.mapNodes((key, attributes) => searchEntry(graph, key, attributes));
}

/** One node's entry of the index (a big graph's index is built a slice of nodes at a time, see graph/slices.ts). */
export function searchEntry(graph: ViewerGraph, key: string, attributes: ViewerNodeAttributes): SearchEntry {
  // Shown and matched as the page shows them: LaTeX flattened (`E$^3$-Pruner` is found and listed as `E3-Pruner`).
  const label = displayText(attributes.label);
  const texts = new Set<string>([label]);
  for (const alias of attributes.aliases ?? []) if (typeof alias === 'string') texts.add(displayText(alias));
  if (typeof attributes.title === 'string') texts.add(displayText(attributes.title));
  if (typeof attributes.name === 'string') texts.add(displayText(attributes.name));
  return {
    key,
    label,
    kind: attributes.kind,
    degree: graph.degree(key),
    terms: [...texts].map(term).filter((t) => t.normalized !== ''),
  };
}

/** Named entities are what people search for most; authors come last among equal matches. */
const KIND_BONUS: Readonly<Record<string, number>> = { model: 6, method: 5, dataset: 5, paper: 3, author: 0 };

function scoreTerm(t: SearchEntry['terms'][number], query: string, compactQuery: string, queryWords: string[]): number {
  if (t.normalized === query || t.compact === compactQuery) return 100;
  if (t.normalized.startsWith(query) || t.compact.startsWith(compactQuery)) return 80;
  if (` ${t.normalized}`.includes(` ${query}`)) return 60;
  if (t.compact.includes(compactQuery)) return 40;
  const words = t.normalized.split(' ');
  if (queryWords.every((q) => words.some((w) => w.startsWith(q)))) return 30;
  return 0;
}

/**
 * A node the lexicons give the typed name (`low-rank adaptation` → `method:lora`): as good as an alias of its own,
 * just below one (an exact alias scores 99).
 */
const KNOWN_NAME_SCORE = 98;

/**
 * Ranks nodes for the autocomplete: exact > prefix > word prefix > substring > all words present, then named
 * entities before papers before authors, then better-connected nodes, then alphabetical. `knownKeys` gives the node
 * keys the lexicons know the typed name for (core's `knownEntityKeys`): those nodes are found by a long form or a
 * spelling they do not carry themselves.
 */
export function search(index: readonly SearchEntry[], rawQuery: string, limit = 10, knownKeys: (name: string) => readonly string[] = () => []): SearchResult[] {
  const query = normalizeForSearch(rawQuery);
  if (query === '') return [];
  const compactQuery = query.replace(/ /g, '');
  const queryWords = query.split(' ');
  const known = new Set(knownKeys(rawQuery.trim()));
  const results: Array<{ result: SearchResult; degree: number }> = [];
  for (const entry of index) {
    let best = 0;
    let bestText: string | undefined;
    entry.terms.forEach((t, position) => {
      // The label (position 0) wins ties with aliases, so `matchedText` only shows when it explains the hit.
      const score = scoreTerm(t, query, compactQuery, queryWords) - (position === 0 ? 0 : 1);
      if (score > best) {
        best = score;
        bestText = position === 0 ? undefined : t.text;
      }
    });
    if (known.has(entry.key) && KNOWN_NAME_SCORE > best) {
      best = KNOWN_NAME_SCORE;
      bestText = rawQuery.trim();
    }
    if (best <= 0) continue;
    const result: SearchResult = { key: entry.key, label: entry.label, kind: entry.kind, score: best + (KIND_BONUS[entry.kind] ?? 1) };
    if (bestText !== undefined) result.matchedText = bestText;
    results.push({ result, degree: entry.degree });
  }
  results.sort(
    (a, b) => b.result.score - a.result.score || b.degree - a.degree || a.result.label.localeCompare(b.result.label),
  );
  return results.slice(0, limit).map((r) => r.result);
}

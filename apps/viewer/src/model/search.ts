import type { ViewerGraph, ViewerNodeAttributes } from '../graph/types.ts';
import { displayText } from './text.ts';

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  degree: number;
  /** Label first, then aliases, title and name: every text a user may type to find this node. */
  terms: Array<{ text: string; normalized: string; compact: string }>;
  /** A paper's identifiers (DOI, arXiv id, PubMed id), found by the whole id or its start (see `identifierScore`). */
  ids: Array<{ text: string; compact: string }>;
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
  const ids: SearchEntry['ids'] = [];
  for (const [field, name] of IDENTIFIERS) {
    const value = attributes[field];
    if (typeof value !== 'string') continue;
    const compact = compactIdentifier(value);
    if (compact !== '') ids.push({ text: `${name} ${value}`, compact });
  }
  return {
    key,
    label,
    kind: attributes.kind,
    degree: graph.degree(key),
    terms: [...texts].map(term).filter((t) => t.normalized !== ''),
    ids,
  };
}

/** Node attributes holding a paper's identifiers, and how the list of results names them. */
const IDENTIFIERS = [
  ['doi', 'DOI'],
  ['arxivId', 'arXiv'],
  ['pmid', 'PMID'],
] as const;

/** An identifier as compared: lower case, letters and digits only (`10.1002/POLB.24346` → `101002polb24346`). */
function compactIdentifier(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * A typed identifier without what people paste around it: a resolver address (`https://doi.org/…`,
 * `arxiv.org/abs/…`), a scheme (`doi:`, `arXiv:`, `PMID:`) and an arXiv version (`2503.11731v2`), then compacted;
 * empty for text with spaces.
 */
function identifierQuery(raw: string): string {
  const text = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^(?:https?:\/\/)?(?:www\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/^(?:https?:\/\/)?pubmed\.ncbi\.nlm\.nih\.gov\//i, '')
    .replace(/^(?:doi|arxiv|pmid)(?:\s*:\s*|\s+)/i, '')
    .replace(/^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})v\d+$/i, '$1')
    .replace(/\/+$/, '');
  // Identifiers have no spaces: `10 1002` is words (of a title), not the start of a DOI.
  return /\s/.test(text) ? '' : compactIdentifier(text);
}

/**
 * Characters (letters and digits) a typed identifier needs before it finds the ids that start with it: `10.1002`
 * (a publisher's DOIs) does, `10` (every DOI) or `25` does not. The whole id is found at any length.
 */
const ID_PREFIX_MIN = 6;

/** Exact 100, a start of the id 80 (from ID_PREFIX_MIN characters), else 0: an id is never matched inside. */
function identifierScore(id: SearchEntry['ids'][number], query: string): number {
  if (query === '') return 0;
  if (id.compact === query) return 100;
  return query.length >= ID_PREFIX_MIN && id.compact.startsWith(query) ? 80 : 0;
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
 * Ranks nodes for the autocomplete: exact > prefix > word prefix > substring > all words present (a paper's DOI,
 * arXiv id or PubMed id: exact or prefix only), then named
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
  const idQuery = identifierQuery(rawQuery);
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
    for (const id of entry.ids) {
      // As an alias: the label wins a tie.
      const score = identifierScore(id, idQuery) - 1;
      if (score > best) {
        best = score;
        bestText = id.text;
      }
    }
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

/**
 * Likely one person under two author nodes (`papergraph candidates`, reason `author-name`): exports spell a person
 * `G. E. Hinton`, `Geoffrey Hinton` or `Geoffrey E. Hinton`, and the graph keys authors by their spelling. Two names
 * are candidates when their surnames are the same and their given names agree as far as both spell them: a letter
 * stands for any name it begins, a middle name may be missing from the shorter (`G. Hinton` and `Geoffrey Hinton` go
 * to `Geoffrey E. Hinton`; `Yi Zhang` never meets `Yu Zhang`). Names are grouped by surname and first initial, so the
 * pass never compares all pairs, and two names on one paper are never paired. The shorter name goes to the fullest
 * names that spell more of it; when that is several people (`Y. Zhang` next to `Yi Zhang` and `Yu Zhang`), each is a
 * row to review, and past MAX_TARGETS there is no row at all. Common names are many people, so a merge is sure only
 * when the two names also share co-authors: one co-author node, or two co-authors named alike (same surname and
 * initial: exports that spell one person two ways spell their co-authors two ways too); every other row is for review.
 */
import type { ForeignGraph } from '../contract/graph.ts';
import { plural } from '../text/count.ts';
import { paperCountOf } from './paper-count.ts';
import { reviewDetail } from './review.ts';

export interface AuthorCandidate {
  from: { key: string; label: string; paperCount: number };
  to: { key: string; label: string; paperCount: number };
  detail: string;
  confident: boolean;
}

interface Author {
  key: string;
  label: string;
  paperCount: number;
  /** Given names, lower-case without accents, initials as single letters (`Geoffrey E.` → geoffrey, e). */
  given: string[];
}

/** More people than this that a shortened name fits: no row at all (`Y. Wang` among a field's Wangs says nothing). */
const MAX_TARGETS = 3;

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A name's words, lower-case without accents; a hyphen joins (`Guang-Zhong` is one given name, `G.-Z.` its initials). */
function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .replace(/\s*-\s*/g, '-')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((word) => word.replace(/^-+|-+$/g, ''))
    .filter((word) => word !== '');
}

/** A name's surname (its last word that is no suffix) and given names (the words before it); undefined without both. */
function nameParts(label: string): { surname: string; given: string[] } | undefined {
  const words = plainWords(label);
  while (words.length > 0 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length < 2) return undefined;
  return { surname: words[words.length - 1]!, given: words.slice(0, -1) };
}

/** Whether given name `initial` is the initials of `name` (`g` of `geoffrey`, `g-z` of `guang-zhong`). */
function initialsOf(initial: string, name: string): boolean {
  const letters = initial.split('-');
  const parts = name.split('-');
  return letters.length === parts.length && letters.every((letter, i) => letter.length === 1 && parts[i]!.length > 1 && parts[i]!.startsWith(letter));
}

/**
 * Whether given names `b` spell all that `a` spells and more, position by position: the same name, or a name where
 * `a` has its initial, and maybe names after (`Geoffrey E.` over `G.`, `Geoffrey`, `G. E.`). Names that each spell
 * something the other does not (`Chenyu` / `C. Karen`) are not ordered, and never paired: they may be two people;
 * nor are `Guang` and `Guang-Zhong` (one given name, not a name and a middle name).
 */
function spellsMore(b: readonly string[], a: readonly string[]): boolean {
  if (b.length < a.length) return false;
  let more = b.length > a.length;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (!initialsOf(x, y)) return false;
    more = true;
  }
  return more;
}

function groupKey(surname: string, given: readonly string[]): string {
  return `${surname}\t${given[0]![0]}`;
}

/** The graph's authors by group, and each author's group (those whose name has a surname and a given name). */
function authorsOf(graph: ForeignGraph): { groups: Map<string, Author[]>; groupOf: Map<string, string> } {
  const groups = new Map<string, Author[]>();
  const groupOf = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'author') return;
    const label = String(attributes.label ?? attributes.name ?? '');
    const parts = nameParts(label);
    if (!parts) return;
    const author: Author = { key, label, paperCount: paperCountOf(graph, key, attributes.paperCount), given: parts.given };
    const group = groupKey(parts.surname, parts.given);
    groupOf.set(key, group);
    const members = groups.get(group);
    if (members) members.push(author);
    else groups.set(group, [author]);
  });
  return { groups, groupOf };
}

/** The authors an author wrote with (the other authors of its papers): their keys, and their groups. */
function coauthorsOf(graph: ForeignGraph, key: string, groupOf: ReadonlyMap<string, string>): { keys: Set<string>; groups: Set<string> } {
  const keys = new Set<string>();
  const groups = new Set<string>();
  graph.forEachNeighbor(key, (paper, attributes) => {
    if (attributes.kind !== 'paper') return;
    graph.forEachNeighbor(paper, (other, otherAttributes) => {
      if (other === key || otherAttributes.kind !== 'author' || keys.has(other)) return;
      keys.add(other);
      const group = groupOf.get(other);
      if (group !== undefined) groups.add(group);
    });
  });
  return { keys, groups };
}

export function authorCandidates(graph: ForeignGraph): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  const { groups, groupOf } = authorsOf(graph);
  const coauthors = new Map<string, { keys: Set<string>; groups: Set<string> }>();
  const coauthorsOfKey = (key: string) => {
    let known = coauthors.get(key);
    if (!known) coauthors.set(key, (known = coauthorsOf(graph, key, groupOf)));
    return known;
  };
  const entry = (author: Author) => ({ key: author.key, label: author.label, paperCount: author.paperCount });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const author of group) {
      // The names that spell more of this one's given names, then the fullest of them (none spells more than they do).
      const above = group.filter((other) => spellsMore(other.given, author.given));
      if (above.length === 0) continue;
      const fullest = above.filter((other) => !above.some((beyond) => spellsMore(beyond.given, other.given)));
      // Two names on one paper are two people (a father and son, two Zhangs of one lab): never paired.
      const mine = coauthorsOfKey(author.key);
      const targets = fullest.filter((other) => !mine.keys.has(other.key));
      if (targets.length === 0 || targets.length > MAX_TARGETS) continue;
      for (const target of targets) {
        const theirs = coauthorsOfKey(target.key);
        const sameNode = [...mine.keys].filter((key) => theirs.keys.has(key)).length;
        const sameName = [...mine.groups].filter((name) => theirs.groups.has(name)).length;
        const others = targets.filter((other) => other !== target).map((other) => other.label);
        const confident = others.length === 0 && (sameNode > 0 || sameName > 1);
        const fits = `"${author.label}" fits "${target.label}"`;
        const shared = `${plural(sameName, 'co-author')} named alike${sameNode > 0 ? ` (${sameNode} written the same)` : ''}`;
        let detail: string;
        if (confident) detail = `${fits}; ${shared}`;
        else if (others.length > 0) {
          const also = `${fits}, also ${others.map((label) => `"${label}"`).join(', ')}${sameName > 0 ? `; ${shared}` : ''}`;
          detail = reviewDetail('fits more than one person', also, 'which person it is, if any');
        } else if (sameName === 0) detail = reviewDetail('no co-author in common', fits, 'it is one person');
        else detail = reviewDetail('only one co-author named alike', fits, 'it is one person');
        found.push({ from: entry(author), to: entry(target), detail, confident });
      }
    }
  }
  return found;
}

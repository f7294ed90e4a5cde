/**
 * Cross-paper: a name that several papers each propose as their own is several works. Papers coin short names from
 * a small stock of words, and on the 74,538 papers of the 2025-26 corpus 1,238 names were proposed by two papers or
 * more (PRISM by 28, TRACE by 22, SAGE by 17, MIRAGE and VISTA by 16…): one node for all of them tied unrelated papers
 * together and made one work of them in every table. Each proposing paper's own work gets its own node, keyed by the
 * name and the paper (`method:prism-2505.01234`); mentions of the name by papers that do not propose it stay on the
 * name's node, as nothing says which of the works they mean.
 *
 * Papers that share an author and propose the same name are one work (a paper and its extended version, a system
 * and its report), so they share one node.
 *
 * A name a lexicon knows (`Qwen3`, `Orca`, `ARC`, `STaR`) is not split: it names one work, and a paper that proposes
 * it is the paper that introduced it (or a misreading of a paper that builds on it); its proposal stays on the known
 * node.
 */
import { knownEntityKeys } from './known.ts';
import type { PaperExtraction } from '../types.ts';

/** The part of a paper's key its own works' keys end with: its arXiv id as written, else a hash of its key. */
function ownerSuffix(paperKey: string): string {
  const id = paperKey.slice(paperKey.indexOf(':') + 1).toLowerCase();
  // An arXiv id (2505.01234, hep-th/0101001) reads well in a key; a title slug would make it long.
  if (/^[a-z-]*\/?\d{4}\.?\d{3,5}(?:v\d+)?$/.test(id)) return id.replace(/\//g, '-');
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < paperKey.length; i++) {
    const c = paperKey.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  return ((a >>> 0).toString(36) + (b >>> 0).toString(36)).slice(0, 10);
}

/** The slug of the work a paper proposes under a shared name: `prism` by 2505.01234 → `prism-2505.01234`. */
export function ownWorkSlug(name: string, paperKey: string): string {
  return `${name}-${ownerSuffix(paperKey)}`;
}

/**
 * The papers (indices, in corpus order) that propose each name (`kind:slug`) two papers or more propose and no
 * lexicon knows.
 */
function sharedProposals(extractions: readonly PaperExtraction[]): Map<string, number[]> {
  const proposers = new Map<string, { papers: number[]; label: string }>();
  extractions.forEach((extraction, paper) => {
    for (const mention of extraction.mentions) {
      if (mention.relation !== 'proposes') continue;
      const key = `${mention.kind}:${mention.slug}`;
      const entry = proposers.get(key);
      if (!entry) proposers.set(key, { papers: [paper], label: mention.label });
      else if (entry.papers[entry.papers.length - 1] !== paper) entry.papers.push(paper);
    }
  });
  const shared = new Map<string, number[]>();
  for (const [key, { papers, label }] of proposers) if (papers.length > 1 && !knownEntityKeys(label).includes(key)) shared.set(key, papers);
  return shared;
}

/** Union-find over paper indices: proposers of one name that share an author. */
function ownerGroups(papers: readonly number[], authors: (paper: number) => readonly string[]): Map<number, number> {
  const parent = new Map<number, number>(papers.map((paper) => [paper, paper]));
  const find = (paper: number): number => {
    let top = paper;
    while (parent.get(top) !== top) top = parent.get(top)!;
    return top;
  };
  const byAuthor = new Map<string, number>();
  for (const paper of papers) {
    for (const name of authors(paper)) {
      const key = name.trim().toLowerCase();
      if (key === '') continue;
      const other = byAuthor.get(key);
      if (other === undefined) byAuthor.set(key, paper);
      else {
        const [a, b] = [find(other), find(paper)];
        // The group is named by its first paper in corpus order.
        if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
      }
    }
  }
  return new Map(papers.map((paper) => [paper, find(paper)]));
}

/**
 * Each paper's mentions of a name it proposes, when papers without a common author propose the same name too, under
 * the node of its own work (slug `<name>-<paper>`, the paper being the first of the proposers that share authors with
 * it); everything else as it was. `authors` gives each paper's author names (none: every proposer is its own work).
 */
export function separateSharedProposals(extractions: PaperExtraction[], authors: (paper: number) => readonly string[] = () => []): PaperExtraction[] {
  // name → paper → the paper whose key names its work; names all of whose proposers share authors stay whole
  const owners = new Map<string, Map<number, number>>();
  for (const [key, papers] of sharedProposals(extractions)) {
    const groups = ownerGroups(papers, authors);
    if (new Set(groups.values()).size > 1) owners.set(key, groups);
  }
  if (owners.size === 0) return extractions;
  return extractions.map((extraction, paper) => {
    let changed = false;
    const mentions = extraction.mentions.map((mention) => {
      const owner = owners.get(`${mention.kind}:${mention.slug}`)?.get(paper);
      if (owner === undefined) return mention;
      changed = true;
      return { ...mention, slug: ownWorkSlug(mention.slug, extractions[owner]!.doc.key) };
    });
    return changed ? { doc: extraction.doc, mentions } : extraction;
  });
}

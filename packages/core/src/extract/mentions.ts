import type { EntityKind, Mention, MentionRelation } from '../types.ts';

/** How a paper is linked to an entity it does not propose: it evaluates on a data set and uses anything else. */
export function usedRelation(kind: EntityKind): MentionRelation {
  return kind === 'dataset' ? 'evaluates_on' : 'uses';
}

/** The order of a paper's mentions, shared by the per-paper and the cross-paper pass: kind, then slug, then relation. */
export function compareMentions(a: Mention, b: Mention): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0;
}

/**
 * The label a node gets across papers: the one most mentions carry (ties: the smallest string), written in the case
 * of the name itself rather than of where it stood (see {@link caseOfName}).
 */
export function mostFrequentLabel(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let most = -1;
  for (const [label, count] of counts) if (count > most || (count === most && label < best)) (best = label), (most = count);
  return counts.size < 2 ? best : caseOfName(best, counts);
}

/**
 * Titles capitalise every word and abstracts often capitalise the long form they define ("Reinforcement Learning
 * (RL)"), so the most frequent spelling of a common name can be title case although many papers write it in lower
 * case in running text. A name of several words that the corpus writes with its words' first letters in lower
 * case in at least a quarter of its mentions is a common name: it takes that spelling. The spelling with a capital
 * only at its start counts for it (a sentence's first word: "Reinforcement learning is …"). Only spellings that
 * differ from the winner at the first letters of plain words (letters, no capital after the first) are weighed:
 * a one-word name ("Transformer", "QLoRA" / "qLoRA", "Spec-Bench"), an acronym or coined word ("LoRA" / "LORA"),
 * and a proper name no paper writes in lower case keep their spelling; a proper word the lower-case spelling keeps
 * stays capitalised ("lattice Boltzmann method").
 */
function caseOfName(best: string, counts: ReadonlyMap<string, number>): string {
  if (best.indexOf(' ') < 0) return best;
  let total = 0;
  let plain = best;
  let plainCaps = initialCapitals(best);
  for (const [label, n] of counts) {
    if (label.length !== best.length || !sameBeyondInitials(label, best)) continue;
    total += n;
    const caps = initialCapitals(label);
    if (caps < plainCaps || (caps === plainCaps && (n > counts.get(plain)! || (n === counts.get(plain)! && label < plain)))) (plain = label), (plainCaps = caps);
  }
  if (plain === best) return best;
  const sentenceStart = plain.charAt(0).toUpperCase() + plain.slice(1);
  const votes = counts.get(plain)! + (sentenceStart !== plain ? (counts.get(sentenceStart) ?? 0) : 0);
  return votes * 4 >= total ? plain : best;
}

/** Is the character at `i` the first of a word: the label's start, or after a space or hyphen ("Class-Incremental")? */
function wordStart(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  return c === 32 || c === 45;
}

function initialCapitals(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (wordStart(s, i) && c !== c.toLowerCase()) n++;
  }
  return n;
}

/** Same characters but for the case of the first letters of plain words (equal lengths). */
function sameBeyondInitials(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a.charAt(i);
    const y = b.charAt(i);
    if (x === y) continue;
    if (!wordStart(a, i) || x.toLowerCase() !== y.toLowerCase() || !plainWordAt(a, i + 1)) return false;
  }
  return true;
}

/** Are the characters from `i` to the word's end (a space or hyphen) lower-case letters? */
function plainWordAt(s: string, i: number): boolean {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45) return true;
    const ch = s.charAt(i);
    if (ch === ch.toUpperCase()) return false;
  }
  return true;
}

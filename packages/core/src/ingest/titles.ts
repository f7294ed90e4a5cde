/**
 * Titles as databases end them: PubMed, Web of Science (CABI, MEDLINE records), Ovid and EndNote libraries fed by
 * them close every title with a full stop that is no part of the title (`… in a meat model system.`), which other
 * sources of the same paper do not write. Shared by the readers of those formats.
 */
import { oneLine } from './tagged-lines.ts';

/**
 * Words a title may end in whose full stop is theirs: Latin and English abbreviations, and the taxonomic ones of
 * biology titles (`Bacillus sp.`, `Aus bus sp. nov.`, `comb. nov.`, `var.`).
 */
const FINAL_ABBREVIATIONS = new Set([
  'al', 'etc', 'vs', 'cf', 'viz', 'ca', 'approx', 'resp', 'inc', 'ltd', 'co', 'corp', 'bros', 'jr', 'sr', 'jnr', 'snr',
  'st', 'dr', 'mr', 'mrs', 'ms', 'prof', 'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'ed', 'eds', 'suppl', 'pt',
  'sp', 'spp', 'ssp', 'subsp', 'var', 'cv', 'nov', 'gen', 'comb', 'emend', 'sect', 'ser', 'nom', 'syn', 'auct',
]);

/**
 * `title` without one closing full stop, unless that stop ends an abbreviation: a single letter (`vitamin D.`,
 * `J. R. R.`), a word with a full stop inside (`U.S.`, `e.g.`, `Ph.D.`) or one of {@link FINAL_ABBREVIATIONS}
 * (`et al.`, `Inc.`, `sp. nov.`); nor the last of an ellipsis (`...`). A stop after a bracket, a quote or a digit goes.
 *
 * `always`: the source ends every title with a stop (PubMed), so a stop after a single letter is that stop, not an
 * initial's (`… inhibitor aurovertin B.`, `… vitamin D.`), unless the letter follows another initial (`J. R. R.`);
 * dotted words, the abbreviations and an ellipsis keep theirs still. Where only some titles end with a stop (Web of
 * Science, EndNote), a single letter's stop is more likely an initial's and stays.
 */
export function withoutFinalStop(title: string, always = false): string {
  if (!/[^.]\.$/u.test(title)) return title;
  const word = (/(?:^|\s)(\S+)\.$/u.exec(title)?.[1] ?? '').replace(/^[(["'“‘]+/u, '');
  const letter = /^\p{L}$/u.test(word) && (!always || /(?:^|\s)\p{Lu}\.\s+\S\.$/u.test(title));
  const abbreviation = /\p{L}$/u.test(word) && (letter || word.includes('.') || FINAL_ABBREVIATIONS.has(word.toLowerCase()));
  return abbreviation ? title : title.slice(0, -1).trimEnd();
}

/**
 * A PubMed title as one line: a translated title's brackets and full stop taken off (`[Title in English].`), and the
 * full stop PubMed ends every title with ({@link withoutFinalStop}, `always`: `… aurovertin B.` → `… aurovertin B`).
 */
export function plainTitle(value: string): string {
  return withoutFinalStop(withoutTranslationBrackets(oneLine(value)), true);
}

/**
 * A title wholly in one pair of brackets, as PubMed marks a title translated into English (`[Light, laser and PDT
 * therapy for acne].`), without them (and the stop after them); EndNote libraries and their RIS keep PubMed's brackets.
 * Only when the first bracket closes at the end: `[18F]FDG imaging [PET]` is a title of its own.
 */
export function withoutTranslationBrackets(title: string): string {
  const match = /^\[(.*)\]\.?$/su.exec(title);
  if (!match) return title;
  let depth = 0;
  for (const char of match[1]!) {
    if (char === '[') depth++;
    else if (char === ']' && --depth < 0) return title;
  }
  return depth === 0 ? match[1]! : title;
}

/**
 * A Scopus title without the original-language title it appends to the English one: `Title; [原文标题]`, and the bare
 * `Title [Titre original]` when the brackets hold a letter outside basic Latin (a bracket of English or digits is more
 * likely part of the title: `… [Phys. Rev. Lett. 119, 116802 (2017)]`). A title that is all brackets stays. Where the
 * source is not known to be Scopus (`bareBrackets` false: its BibTeX and RIS exports, read by the generic readers),
 * only `Title; [原文标题]`, the `;` and a letter outside basic Latin both there.
 */
export function withoutOriginalTitle(title: string, bareBrackets = true): string {
  const match = /^(.*?\S)\s*(;)?\s*\[([^[\]]+)\]$/su.exec(title);
  if (!match) return title;
  const original = /[^\p{ASCII}]/u.test(match[3]!.replace(/[^\p{L}]/gu, ''));
  return (match[2] && (bareBrackets || original)) || (bareBrackets && original) ? match[1]!.replace(/[\s;]+$/, '') : title;
}


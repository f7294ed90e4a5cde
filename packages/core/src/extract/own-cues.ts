/**
 * The sentences in which a paper makes something of its own: the paper as the subject ("we", "our", "this
 * paper/work/study/article/report", "here"), then, in the same clause, a verb of making. One pattern for the rules that
 * ask it (a definition the paper's data names, paper.ts; a benchmark-shaped name written as the paper's own,
 * datasets.ts), so that they agree on what counts as making.
 */

/** The paper as the subject. */
const PAPER_SUBJECT = String.raw`\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study|article|report)|[Hh]ere)\b`;
/** Stems of the verbs of making (introduce, build, curate, name, call, …). */
const MAKING_STEMS = String.raw`(?:introduc|propos|present|construct|buil[dt]?|releas|curat|creat|develop|design|establish|contribut|offer|collect|compil|assembl|nam|call)`;

/** A sentence where the paper makes something: its subject, then a verb of making in the same clause. */
export const PAPER_MAKES = new RegExp(`${PAPER_SUBJECT}[^.;]*?\\b${MAKING_STEMS}`);

/** The paper's subject and the last verb of making after it in a text, with the rest of that verb's word. */
export const PAPER_MAKES_LAST = new RegExp(`${PAPER_SUBJECT}[^.;]*\\b${MAKING_STEMS}\\w*`);

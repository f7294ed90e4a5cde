import { normalizeLatex } from '@papergraph/core';

/**
 * What the panels show of a title, label, abstract or evidence sentence: LaTeX flattened the way core flattens it for
 * extraction and the canvas labels (`E$^3$-Pruner` → `E3-Pruner`, `\textbf{Kron-LoRA}` → `Kron-LoRA`), so a name reads
 * the same everywhere in the page.
 */
export function displayText(text: string): string {
  return normalizeLatex(text);
}

/**
 * Whether an evidence sentence is the title itself (a name read in the title, a record without an abstract), both as
 * the panels show them: the panels then say so instead of repeating the title under it.
 */
export function isTitleSentence(sentence: string, title: string): boolean {
  return sentence.trim() === title.trim();
}

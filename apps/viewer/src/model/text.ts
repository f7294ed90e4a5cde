import { normalizeLatex } from '@papergraph/core';

/**
 * What the panels show of a title, label, abstract or evidence sentence: LaTeX flattened the way core flattens it for
 * extraction and the canvas labels (`E$^3$-Pruner` → `E3-Pruner`, `\textbf{Kron-LoRA}` → `Kron-LoRA`), so a name reads
 * the same everywhere in the page.
 */
export function displayText(text: string): string {
  return normalizeLatex(text);
}

import { el } from './dom.ts';

/**
 * What a link's row shows under its name: the sentence behind the link, or, when that sentence is the title the row
 * or panel already shows, a note saying the name is in the title; nothing without a sentence.
 */
export function evidenceLine(evidence: string | undefined, inTitle: boolean): HTMLElement | null {
  if (inTitle) return el('span', { className: 'muted in-title', text: ' (in the title)', attributes: { 'data-testid': 'in-title' } });
  return evidence ? el('blockquote', { className: 'evidence', text: evidence }) : null;
}

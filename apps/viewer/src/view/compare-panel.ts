import { plural } from '@papergraph/core';
import { kindColor } from '../graph/appearance.ts';
import { pairAt, type CompareItem, type ComparePair, type ComparisonResult } from '../model/compare.ts';
import { appendAll, clear, el } from './dom.ts';

export interface ComparePanelHandlers {
  onSelect: (key: string) => void;
  onRemove: (paper: string) => void;
  onClear: () => void;
}

/** `P1`, `P2`…: the short names of the compared papers in the matrix and the pairs. */
export const paperTag = (index: number) => `P${index + 1}`;

function chip(item: CompareItem, handlers: ComparePanelHandlers): HTMLElement {
  return el('button', { className: 'entity-chip', attributes: { type: 'button', 'data-testid': 'compare-item' }, dataset: { key: item.key }, title: item.kind, onClick: () => handlers.onSelect(item.key) }, [
    el('span', { className: 'swatch', attributes: { style: `background:${kindColor(item.kind)}` } }),
    item.label,
  ]);
}

function citeWords(pair: ComparePair): string | null {
  const a = paperTag(pair.a);
  const b = paperTag(pair.b);
  if (pair.cites === 'both') return `${a} and ${b} cite each other`;
  if (pair.cites === 'a-cites-b') return `${a} cites ${b}`;
  if (pair.cites === 'b-cites-a') return `${b} cites ${a}`;
  return null;
}

function pairRow(pair: ComparePair, handlers: ComparePanelHandlers, only: boolean): HTMLElement {
  const cites = citeWords(pair);
  return el('li', { className: 'compare-pair', attributes: { 'data-testid': 'compare-pair' }, dataset: { pair: `${pair.a}-${pair.b}` } }, [
    el('div', { className: 'pair-head' }, [
      el('b', { text: `${paperTag(pair.a)} × ${paperTag(pair.b)}` }),
      el('span', { className: 'count', text: pair.overlap === 0 ? 'nothing shared' : `${pair.overlap} shared` }),
    ]),
    // Of two papers, the one pair's entities are also what all of them share.
    pair.entities.length > 0 ? el('div', { className: 'chips', attributes: only ? { 'data-testid': 'compare-shared' } : {} }, pair.entities.map((item) => chip(item, handlers))) : null,
    pair.authors.length > 0 ? el('p', { className: 'muted', text: `Authors: ${pair.authors.map((author) => author.label).join(', ')}` }) : null,
    cites ? el('p', { className: 'muted', text: cites }) : null,
  ]);
}

/**
 * The matrix of overlaps (three papers or more): cell i×j is what papers i and j share; clicking it brings that pair's
 * row into view. Darker cells share more.
 */
function matrix(result: ComparisonResult, list: HTMLElement): HTMLTableElement {
  const most = Math.max(1, ...result.pairs.map((pair) => pair.overlap));
  const n = result.papers.length;
  return el('table', { className: 'compare-matrix', attributes: { 'data-testid': 'compare-matrix' } }, [
    el('thead', {}, [el('tr', {}, [el('th', {}), ...result.papers.map((paper, j) => el('th', { text: paperTag(j), title: paper.title }))])]),
    el(
      'tbody',
      {},
      Array.from({ length: n }, (_, i) =>
        el('tr', {}, [
          el('th', { text: paperTag(i), title: result.papers[i]!.title }),
          ...Array.from({ length: n }, (_, j) => {
            const pair = pairAt(result, i, j);
            if (!pair) return el('td', { className: 'diagonal' });
            const cell = el('td', {}, [
              el('button', {
                text: String(pair.overlap),
                title: `${paperTag(i)} × ${paperTag(j)}: ${pair.overlap} shared`,
                attributes: { type: 'button', style: `--share:${(pair.overlap / most).toFixed(2)}`, 'data-testid': 'compare-cell' },
                onClick: () => {
                  const row = list.querySelector<HTMLElement>(`[data-pair="${pair.a}-${pair.b}"]`);
                  for (const other of list.querySelectorAll('.compare-pair.flash')) other.classList.remove('flash');
                  row?.classList.add('flash');
                  row?.scrollIntoView({ block: 'nearest' });
                },
              }),
            ]);
            return cell;
          }),
        ]),
      ),
    ),
  ]);
}

/** Compared papers, their pairwise overlaps (matrix and list), what all share, and what each has alone. */
export function renderComparePanel(container: HTMLElement, result: ComparisonResult | null, handlers: ComparePanelHandlers): void {
  clear(container);
  container.hidden = result === null || result.papers.length === 0;
  if (result === null || container.hidden) return;
  const n = result.papers.length;
  const papers = el(
    'ol',
    { className: 'compare-papers' },
    result.papers.map((paper, i) =>
      el('li', {}, [
        el('span', { className: 'paper-tag', text: paperTag(i) }),
        el('button', { className: 'node-link', text: paper.title, attributes: { type: 'button', 'data-testid': 'compare-paper' }, dataset: { key: paper.key }, onClick: () => handlers.onSelect(paper.key) }),
        el('button', { className: 'link-button', text: 'remove', attributes: { type: 'button', 'data-testid': 'compare-remove' }, onClick: () => handlers.onRemove(paper.key) }),
      ]),
    ),
  );
  appendAll(container, 
    el('header', { className: 'answer-header' }, [
      el('h3', { text: `Comparing ${plural(n, 'paper')}` }),
      el('button', { className: 'link-button', text: 'Clear', attributes: { type: 'button', 'data-testid': 'compare-clear' }, onClick: handlers.onClear }),
    ]),
    papers,
  );
  if (n < 2) {
    appendAll(container, el('p', { className: 'muted', text: 'Select another paper and choose “Compare”, or Shift+click papers on the map.' }));
    return;
  }
  const list = el('ol', { className: 'compare-pairs', attributes: { 'data-testid': 'compare-pairs' } }, result.pairs.map((pair) => pairRow(pair, handlers, n === 2)));
  const allShared = [...result.sharedByAll];
  appendAll(container, 
    n >= 3 ? matrix(result, list) : null,
    el('h4', { text: n === 2 ? 'What they share' : 'Pairs, most shared first' }),
    list,
  );
  if (n >= 3) {
    appendAll(container, 
      el('h4', { text: `Shared by all ${n} (${allShared.length + result.authorsOfAll.length})` }),
      allShared.length > 0 ? el('div', { className: 'chips', attributes: { 'data-testid': 'compare-shared' } }, allShared.map((item) => chip(item, handlers))) : el('p', { className: 'muted', text: 'Nothing all of them share.' }),
      result.authorsOfAll.length > 0 ? el('p', { className: 'muted', text: `Authors: ${result.authorsOfAll.map((author) => author.label).join(', ')}` }) : null,
    );
  }
  const own = el('details', { className: 'compare-own' }, [
    el('summary', { text: 'What each has alone' }),
    ...result.papers.map((paper, i) =>
      el('div', {}, [el('b', { text: `${paperTag(i)}: ` }), paper.own.length > 0 ? el('span', { className: 'chips' }, paper.own.map((item) => chip(item, handlers))) : el('span', { className: 'muted', text: 'nothing of its own' })]),
    ),
  ]);
  appendAll(container, own);
}

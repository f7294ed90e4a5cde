import { counted } from '@papergraph/core';
import { kindColor } from '../graph/appearance.ts';
import type { QueryMode, QueryResult } from '../model/query.ts';
import { appendAll, clear, el } from './dom.ts';

export interface QueryPanelData {
  result: QueryResult;
  includeTagged: boolean;
  /** Papers the filters or the date range hide: listed, marked, not drawn. */
  isHidden: (key: string) => boolean;
  selected: string | null;
  /**
   * On the entity map papers are not drawn: `hidden` offers to draw the query entities' papers around them, `shown` says
   * they are; null on a canvas that draws papers anyway.
   */
  mapPapers: 'hidden' | 'shown' | null;
}

export interface QueryPanelHandlers {
  onRemove: (entity: string) => void;
  onClear: () => void;
  onMode: (mode: QueryMode) => void;
  onIncludeTagged: (include: boolean) => void;
  onSelect: (key: string) => void;
  /** Frames the answer on the canvas again (after the user moved the camera away). */
  onShowOnMap: () => void;
  /** Downloads the answer as CSV (every paper of it, not only those listed). */
  onDownload: () => void;
  /** Entity map: draws the papers of the query's entities around them, so the answer's papers can be lit. */
  onDrawPapers: () => void;
}

/** A long answer (OR over popular models) is listed in part: the counts say how many there are. */
export const QUERY_PAPERS_SHOWN = 100;


/** `Llama-2-7B and Mistral-7B`, `A, B and C`. */
function joined(labels: readonly string[], word: 'and' | 'or'): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} ${word} ${labels.at(-1)}`;
}

/** The question in words, with its answer's size: what the panel's heading says. */
export function querySummary(result: QueryResult): string {
  const labels = result.entities.map((entity) => entity.label);
  if (labels.length === 1) return `${counted(result.anyCount, 'paper')} with ${labels[0]}`;
  return result.mode === 'all'
    ? `${counted(result.allCount, 'paper')} with all of ${joined(labels, 'and')}`
    : `${counted(result.anyCount, 'paper')} with any of ${joined(labels, 'or')}`;
}

/**
 * The query's chips (one per entity, with its paper count and ×), AND / OR with the count of each, and the papers of
 * the answer (in OR mode with the entities each one has). Empty query: the panel is hidden.
 */
export function renderQueryPanel(container: HTMLElement, data: QueryPanelData | null, handlers: QueryPanelHandlers): void {
  // The panel is drawn anew on every change: the same answer keeps where its list was scrolled to.
  const previous = { answer: container.dataset.answer, chosen: container.dataset.chosen, scrolled: container.querySelector('.query-papers')?.scrollTop ?? 0 };
  clear(container);
  container.hidden = data === null || data.result.entities.length === 0;
  if (data === null || container.hidden) return;
  const { result } = data;
  const labelOf = new Map(result.entities.map((entity) => [entity.key, entity]));
  const several = result.entities.length >= 2;

  const chips = el(
    'ul',
    { className: 'query-chips', attributes: { 'data-testid': 'query-chips' } },
    result.entities.map((entity) =>
      el('li', { className: 'query-chip', dataset: { key: entity.key } }, [
        el('span', { className: 'swatch', attributes: { style: `background:${kindColor(entity.kind)}` } }),
        el('button', { className: 'chip-label', text: entity.label, title: `${entity.kind}: open its panel`, attributes: { type: 'button' }, onClick: () => handlers.onSelect(entity.key) }),
        el('span', { className: 'count', text: String(entity.papers), title: `${counted(entity.papers, 'paper')} with ${entity.label}` }),
        el('button', {
          className: 'chip-remove',
          text: '×',
          title: `Remove ${entity.label} from the query`,
          attributes: { type: 'button', 'aria-label': `Remove ${entity.label}`, 'data-testid': 'query-remove' },
          onClick: () => handlers.onRemove(entity.key),
        }),
      ]),
    ),
  );

  const modeButton = (mode: QueryMode, text: string, count: number) =>
    el('button', {
      className: result.mode === mode ? 'segmented active' : 'segmented',
      text: `${text} · ${count.toLocaleString('en')}`,
      title: mode === 'all' ? 'Papers linked to every entity of the query (AND)' : 'Papers linked to at least one entity of the query (OR)',
      attributes: { type: 'button', 'aria-pressed': String(result.mode === mode), 'data-testid': `query-mode-${mode}` },
      onClick: () => handlers.onMode(mode),
    });

  const tagged = el('input', { attributes: { type: 'checkbox', 'data-testid': 'query-include-tagged' } });
  tagged.checked = data.includeTagged;
  tagged.addEventListener('change', () => handlers.onIncludeTagged(tagged.checked));

  const hiddenCount = result.papers.filter((paper) => data.isHidden(paper.key)).length;
  // A row is two lines at most (the title cut with an ellipsis, whole in its tooltip), so the column lists a dozen
  // papers at 1366×768; in OR mode the entities a paper has lead its first line.
  const rows = result.papers.slice(0, QUERY_PAPERS_SHOWN).map((paper) => {
    const hidden = data.isHidden(paper.key);
    const matched = result.mode === 'any' && several ? paper.matched.map((key) => labelOf.get(key) ?? { label: key, kind: '' }) : [];
    const has = matched.length > 0 ? ` (with ${matched.map((entity) => entity.label).join(', ')}: ${matched.length} of ${result.entities.length})` : '';
    return el('li', { className: `query-paper${paper.key === data.selected ? ' chosen' : ''}${hidden ? ' hidden-by-filters' : ''}` }, [
      el(
        'button',
        {
          className: 'node-link query-title',
          title: `${paper.title}${has}${hidden ? '\nHidden on the map by the current filters' : ''}`,
          attributes: { type: 'button', 'data-testid': 'query-paper', ...(matched.length > 0 ? { 'aria-label': `${paper.title}${has}` } : {}) },
          dataset: { key: paper.key },
          onClick: () => handlers.onSelect(paper.key),
        },
        [
          el('span', { className: 'clamp-2' }, [
            ...matched.map((entity) => el('span', { className: 'mini-chip', text: entity.label, attributes: { style: `border-color:${kindColor(entity.kind)}` } })),
            paper.title,
          ]),
        ],
      ),
    ]);
  });

  // How many papers have exactly k of the entities: the spread between AND and OR at a glance.
  const spread = several
    ? el(
        'p',
        { className: 'muted', attributes: { 'data-testid': 'query-spread' } },
        [result.matchCounts.map((count, i) => `${count.toLocaleString('en')} with ${i + 1 === result.entities.length ? 'all' : i + 1}`).reverse().join(' · ')],
      )
    : null;

  appendAll(container, 
    el('header', { className: 'answer-header' }, [
      el('h3', { text: 'Query' }),
      el('button', { className: 'link-button', text: 'Show on map', title: 'Frame the answer on the canvas (in the communities overview, the communities holding most of it open first)', attributes: { type: 'button', 'data-testid': 'query-frame' }, onClick: handlers.onShowOnMap }),
      el('button', { className: 'link-button', text: 'Clear', title: 'Remove every entity from the query', attributes: { type: 'button', 'data-testid': 'query-clear' }, onClick: handlers.onClear }),
    ]),
    chips,
    several
      ? el('div', { className: 'segmented-group query-modes' }, [modeButton('all', 'All (AND)', result.allCount), modeButton('any', 'Any (OR)', result.anyCount)])
      : el('p', { className: 'muted', text: 'Add another entity: “+” in the search list (or Shift+Enter), or Shift+click it on the map.' }),
    el('p', { className: 'query-summary', text: querySummary(result), attributes: { 'data-testid': 'query-summary' } }),
    data.mapPapers === 'hidden'
      ? el('button', {
          className: 'link-button',
          text: 'Draw these papers on the map',
          title: 'The entity map draws entities only: draw the papers of the query’s entities around them, the answer lit',
          attributes: { type: 'button', 'data-testid': 'query-draw-papers' },
          onClick: handlers.onDrawPapers,
        })
      : null,
    // The spread and the tags' box share a line: the header leaves the list the height of the column.
    el('div', { className: 'query-meta' }, [spread, el('label', { className: 'check-row small' }, [tagged, 'count listing tags'])]),
    hiddenCount > 0 ? el('p', { className: 'muted', text: `${counted(hiddenCount, 'paper')} of these hidden on the map by the filters (greyed).` }) : null,
    rows.length > 0
      ? el('ol', { className: 'query-papers', attributes: { 'data-testid': 'query-papers' } }, rows)
      : el('p', { className: 'muted', attributes: { 'data-testid': 'query-empty' }, text: several ? 'No paper has all of them: try Any (OR), or a narrower entity.' : 'No paper in this graph.' }),
    result.papers.length > QUERY_PAPERS_SHOWN ? el('p', { className: 'muted', text: `First ${QUERY_PAPERS_SHOWN} of ${result.papers.length.toLocaleString('en')}.` }) : null,
    result.papers.length > 0
      ? el('button', {
          className: 'link-button',
          text: `Download the ${counted(result.papers.length, 'paper')} (CSV)`,
          title: 'Key, title, arXiv id, date and the entities each has: a reading list or a spreadsheet',
          attributes: { type: 'button', 'data-testid': 'query-download' },
          onClick: handlers.onDownload,
        })
      : null,
  );
  const answer = `${result.mode}|${result.entities.map((entity) => entity.key).join(',')}|${data.includeTagged}`;
  const list = container.querySelector<HTMLElement>('.query-papers');
  if (list && previous.answer === answer) list.scrollTop = previous.scrolled;
  // A paper just chosen stays in sight in the list, which its details below have made shorter.
  if (data.selected !== null && data.selected !== previous.chosen) list?.querySelector('.query-paper.chosen')?.scrollIntoView({ block: 'nearest' });
  container.dataset.answer = answer;
  container.dataset.chosen = data.selected ?? '';
}

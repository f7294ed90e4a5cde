import { ENTITY_KINDS, type EntityKind } from '../graph/types.ts';
import type { SharedEntity } from '@papergraph/core';
import { kindColor } from '../graph/appearance.ts';
import { el, clear } from './dom.ts';

export interface SharedPanelData {
  tab: EntityKind;
  ranked: SharedEntity[];
  chosen: string | null;
  includeTagged: boolean;
  compared: Array<{ key: string; title: string }>;
  sharedByCompared: Array<{ key: string; label: string; kind: string }>;
  sharedAuthorsByCompared: Array<{ key: string; label: string }>;
}

export interface SharedPanelHandlers {
  onTab: (tab: EntityKind) => void;
  onChoose: (entityKey: string | null) => void;
  onIncludeTagged: (include: boolean) => void;
  onSelect: (key: string) => void;
  onRemoveCompared: (paperKey: string) => void;
}

const TAB_TITLES: Readonly<Record<EntityKind, string>> = { model: 'Models', method: 'Methods', dataset: 'Datasets' };
/** The ranking is long on big graphs; the top of it is what the panel is for. */
const ROWS_SHOWN = 50;

export function renderSharedPanel(container: HTMLElement, data: SharedPanelData, handlers: SharedPanelHandlers): void {
  clear(container);
  const tabs = el(
    'div',
    { className: 'tabs', attributes: { role: 'tablist' } },
    ENTITY_KINDS.map((kind) =>
      el('button', {
        text: TAB_TITLES[kind],
        className: kind === data.tab ? 'tab active' : 'tab',
        attributes: { type: 'button', role: 'tab', 'aria-selected': String(kind === data.tab), 'data-testid': `shared-tab-${kind}` },
        onClick: () => handlers.onTab(kind),
      }),
    ),
  );
  const tagged = el('input', { attributes: { type: 'checkbox', 'data-testid': 'shared-include-tagged' } });
  tagged.checked = data.includeTagged;
  tagged.addEventListener('change', () => handlers.onIncludeTagged(tagged.checked));

  const rows = data.ranked.slice(0, ROWS_SHOWN).map((entity) => {
    const chosen = entity.key === data.chosen;
    const row = el('li', { className: chosen ? 'shared-row chosen' : 'shared-row' }, [
      el(
        'button',
        {
          className: 'shared-choose',
          attributes: { type: 'button', 'aria-pressed': String(chosen), 'data-testid': 'shared-entity' },
          dataset: { key: entity.key },
          onClick: () => handlers.onChoose(chosen ? null : entity.key),
        },
        [
          el('span', { className: 'swatch', attributes: { style: `background:${kindColor(entity.kind)}` } }),
          el('span', { className: 'shared-label', text: entity.label }),
          el('span', { className: 'count', text: `${entity.papers.length} paper${entity.papers.length === 1 ? '' : 's'}` }),
        ],
      ),
      chosen
        ? el(
            'ul',
            { className: 'shared-papers' },
            entity.papers.map((paper) =>
              el('li', {}, [
                el('button', { className: 'node-link', text: paper.title, attributes: { type: 'button', 'data-testid': 'shared-paper' }, dataset: { key: paper.key }, onClick: () => handlers.onSelect(paper.key) }),
                el('span', { className: 'relation', text: ` ${paper.relation}` }),
                paper.evidence ? el('blockquote', { className: 'evidence', text: paper.evidence }) : null,
              ]),
            ),
          )
        : null,
    ]);
    return row;
  });

  container.append(
    el('h3', { text: 'Shared' }),
    tabs,
    el('label', { className: 'check-row small' }, [tagged, 'count listing tags']),
    rows.length > 0 ? el('ol', { className: 'shared-list' }, rows) : el('p', { className: 'muted', text: `No ${TAB_TITLES[data.tab].toLowerCase()} in this graph.` }),
    data.ranked.length > ROWS_SHOWN ? el('p', { className: 'muted', text: `Top ${ROWS_SHOWN} of ${data.ranked.length}.` }) : '',
  );

  if (data.compared.length > 0) {
    container.append(
      el('section', { className: 'compare', attributes: { 'data-testid': 'compare-section' } }, [
        el('h3', { text: `Comparing ${data.compared.length} paper${data.compared.length === 1 ? '' : 's'}` }),
        el(
          'ul',
          { className: 'link-list' },
          data.compared.map((paper) =>
            el('li', {}, [
              el('button', { className: 'node-link', text: paper.title, attributes: { type: 'button' }, onClick: () => handlers.onSelect(paper.key) }),
              el('button', { className: 'link-button', text: 'remove', attributes: { type: 'button' }, onClick: () => handlers.onRemoveCompared(paper.key) }),
            ]),
          ),
        ),
        data.compared.length < 2
          ? el('p', { className: 'muted', text: 'Select another paper and choose “Compare” to see what they share.' })
          : el('div', {}, [
              el('h4', { text: `Shared entities (${data.sharedByCompared.length})` }),
              data.sharedByCompared.length === 0
                ? el('p', { className: 'muted', text: 'Nothing in common.' })
                : el(
                    'ul',
                    { className: 'link-list', attributes: { 'data-testid': 'compare-shared' } },
                    data.sharedByCompared.map((entity) =>
                      el('li', {}, [
                        el('button', { className: 'node-link', attributes: { type: 'button' }, onClick: () => handlers.onSelect(entity.key) }, [
                          el('span', { className: 'swatch', attributes: { style: `background:${kindColor(entity.kind)}` } }),
                          entity.label,
                        ]),
                      ]),
                    ),
                  ),
              data.sharedAuthorsByCompared.length > 0 ? el('p', { className: 'muted', text: `Shared authors: ${data.sharedAuthorsByCompared.map((a) => a.label).join(', ')}` }) : null,
            ]),
      ]),
    );
  }
}

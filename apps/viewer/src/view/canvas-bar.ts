import { plural } from '@papergraph/core';
import type { CanvasView } from '../model/entity-map.ts';
import { MAX_LOCAL_DEPTH, MIN_LOCAL_DEPTH } from '../model/canvas-state.ts';

/** What the bar over the canvas shows: which view, the map's size, the chosen node's actions, the local graph. */
export interface CanvasBarData {
  view: CanvasView;
  /** The graph has an entity map to show (at least one entity named by a paper). */
  mapAvailable: boolean;
  /** Overview mode stands in for the graph view on large graphs. */
  graphIsOverview: boolean;
  map: { entities: number; minPapers: number; named: number; drawn: number } | null;
  /** The selected node, when there is one. */
  selected: { key: string; label: string; onMap: boolean; papersShown: boolean; papers: number } | null;
  /** Entities whose papers are drawn. */
  mapPapers: number;
  local: { label: string; depth: number; nodes: number; leftOut: number } | null;
}

export interface CanvasBarHandlers {
  onView: (view: CanvasView) => void;
  onToggleMapPapers: (entity: string) => void;
  onClearMapPapers: () => void;
  onOpenLocal: (node: string) => void;
  onDepth: (depth: number) => void;
  onCloseLocal: () => void;
}

function button(text: string, testId: string, onClick: () => void, title = ''): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.dataset.testid = testId;
  if (title) element.title = title;
  element.addEventListener('click', onClick);
  return element;
}

function text(content: string, className: string, testId?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = content;
  if (testId) element.dataset.testid = testId;
  return element;
}

/** Renders the bar: the Entity map / Graph toggle, the local graph's depth and way back, "Show papers", "Local graph". */
export function renderCanvasBar(container: HTMLElement, data: CanvasBarData | null, handlers: CanvasBarHandlers): void {
  container.hidden = data === null;
  if (!data) {
    container.replaceChildren();
    return;
  }
  const parts: HTMLElement[] = [];
  if (data.local) {
    const local = document.createElement('span');
    local.className = 'canvas-chip local-controls';
    const label = document.createElement('label');
    label.textContent = `Local graph around ${data.local.label} — depth `;
    const slider = document.createElement('input');
    slider.type = 'range';
    slider.min = String(MIN_LOCAL_DEPTH);
    slider.max = String(MAX_LOCAL_DEPTH);
    slider.step = '1';
    slider.value = String(data.local.depth);
    slider.dataset.testid = 'local-depth';
    slider.setAttribute('aria-label', 'Depth of the local graph (links from the node)');
    slider.addEventListener('change', () => handlers.onDepth(Number(slider.value)));
    label.append(slider, text(` ${plural(data.local.depth, 'link')}`, 'depth-value'));
    local.append(label, text(`${data.local.nodes} nodes${data.local.leftOut > 0 ? ` (${data.local.leftOut} more left out)` : ''}`, 'canvas-hint', 'local-count'));
    parts.push(local, button('Back to the whole graph', 'close-local', handlers.onCloseLocal));
  } else {
    if (data.mapAvailable) {
      const toggle = document.createElement('span');
      toggle.className = 'canvas-chip view-toggle';
      toggle.setAttribute('role', 'group');
      toggle.setAttribute('aria-label', 'Canvas view');
      const views: Array<[CanvasView, string, string]> = [
        ['entities', 'Entity map', 'Models, methods and datasets linked by the papers that name them together'],
        ['graph', data.graphIsOverview ? 'Communities' : 'Graph', data.graphIsOverview ? 'The graph as an overview of its communities' : 'Every paper, author and entity'],
      ];
      for (const [view, label, title] of views) {
        const element = button(label, `view-${view}`, () => handlers.onView(view), title);
        element.setAttribute('aria-pressed', String(data.view === view));
        toggle.append(element);
      }
      parts.push(toggle);
    }
    if (data.view === 'entities' && data.map) {
      const { entities, minPapers, named, drawn } = data.map;
      const count = (n: number) => n.toLocaleString('en');
      // "816 entities named by ≥ 2 papers (of 5,912)"; "700 of 816 …" when the filters hide some.
      const shown = drawn < entities ? `${count(drawn)} of ${count(entities)}` : count(entities);
      const summary = minPapers > 1 ? `${shown} entities named by ≥ ${minPapers} papers (of ${count(named)})` : `${shown} entities`;
      parts.push(text(summary, 'canvas-chip canvas-hint', 'map-summary'));
      if (data.mapPapers > 0) parts.push(button('Hide all papers', 'clear-map-papers', handlers.onClearMapPapers));
    }
    const selected = data.selected;
    if (selected) {
      if (data.view === 'entities' && selected.onMap) {
        parts.push(
          button(
            selected.papersShown ? `Hide papers of ${selected.label}` : `Show papers of ${selected.label} (${selected.papers})`,
            'map-papers',
            () => handlers.onToggleMapPapers(selected.key),
          ),
        );
      }
      parts.push(button('Local graph', 'open-local', () => handlers.onOpenLocal(selected.key), `The nodes within ${MAX_LOCAL_DEPTH} links of ${selected.label}, on rings`));
    }
  }
  container.replaceChildren(...parts);
}

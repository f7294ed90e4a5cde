import { el, clear } from './dom.ts';

export interface OverviewBarData {
  /** What the overview draws, in words ("83 communities and 596 small ones": model/small-communities.ts). */
  communities: string;
  expanded: Array<{ id: number; label: string; members: number; color: string; subcommunities?: Array<{ key: string; label: string }> }>;
}

export interface OverviewBarHandlers {
  onCollapse: (community: number) => void;
  onCollapseAll: () => void;
  /** Folds an open sub-community of an expanded big community back into its node. */
  onFoldSubcommunity?: (key: string) => void;
}

/**
 * The overview-mode control over the canvas: how to expand, which communities are expanded (each with a collapse
 * button) and "Collapse all". Hidden when the graph is drawn whole.
 */
export function renderOverviewBar(container: HTMLElement, data: OverviewBarData | null, handlers: OverviewBarHandlers): void {
  clear(container);
  container.hidden = data === null;
  if (data === null) return;
  container.append(
    el('span', {
      className: 'overview-hint',
      text: `Overview: ${data.communities}. Click one to show its members${data.expanded.some((community) => community.members > 0) ? '; Esc collapses the last one shown.' : '.'}`,
    }),
  );
  for (const community of data.expanded) {
    container.append(
      el(
        'span',
        {
          className: community.members > 0 ? 'overview-chip' : 'overview-chip waiting',
          dataset: { community: String(community.id) },
          // Kept expanded while the filters or the date range hide all its members: drawn again when some are shown.
          title: community.members > 0 ? '' : 'Nothing of it is shown under the current filters or date range; it opens again when some of it is',
        },
        [
          el('span', { className: 'swatch', attributes: { style: `background:${community.color}` } }),
          // A long name takes two lines at most, cut with an ellipsis: the whole of it is the tooltip.
          el('span', {
            className: 'chip-name',
            text: community.members > 0 ? `${community.label} (${community.members.toLocaleString('en')})` : `${community.label} (none shown)`,
            title: community.label,
          }),
          el('button', {
            text: '×',
            title: `Collapse ${community.label}`,
            attributes: { type: 'button', 'aria-label': `Collapse ${community.label}`, 'data-testid': 'collapse-community' },
            onClick: () => handlers.onCollapse(community.id),
          }),
        ],
      ),
    );
    // Its open sub-communities (drawn member by member), each with a way to fold it again.
    for (const sub of community.subcommunities ?? []) {
      container.append(
        el('span', { className: 'overview-chip subcommunity', dataset: { subcommunity: sub.key } }, [
          el('span', { className: 'chip-name', text: `› ${sub.label}`, title: sub.label }),
          el('button', {
            text: '×',
            title: `Fold ${sub.label}`,
            attributes: { type: 'button', 'aria-label': `Fold ${sub.label}`, 'data-testid': 'fold-subcommunity' },
            onClick: () => handlers.onFoldSubcommunity?.(sub.key),
          }),
        ]),
      );
    }
  }
  if (data.expanded.length > 1) {
    container.append(el('button', { text: 'Collapse all', attributes: { type: 'button', 'data-testid': 'collapse-all' }, onClick: () => handlers.onCollapseAll() }));
  }
}

import { growthText, plural, relationWords } from '@papergraph/core';
import { liftText, type CoOccurrence } from '../model/co-occurrence.ts';
import type { LinkedNode, NodeDetails, RelationGroup, SimilarLink, TextSegment } from '../model/details.ts';
import { kindColor } from '../graph/appearance.ts';
import { binLabel, dateLabel, isBin } from '../model/timeline.ts';
import type { EntityTimeline } from '../model/trends.ts';
import { el, clear, type Child } from './dom.ts';
import { evidenceLine } from './evidence.ts';
import { sparkline } from './sparkline.ts';

export interface SidePanelHandlers {
  onSelect: (key: string) => void;
  onToggleCompare: (paperKey: string) => void;
  onClose: () => void;
  isCompared: (paperKey: string) => boolean;
  /** Adds an entity or author to the multi-entity query, or takes it out. */
  onToggleQuery: (key: string) => void;
  isInQuery: (key: string) => boolean;
  /** The selected node is hidden by the current filters or the date range (chosen through search or a link). */
  isHidden: (key: string) => boolean;
  /** Whether a date range is set: the note on a hidden node then names it beside the filters. */
  dateRangeSet: boolean;
  /**
   * The details folded to their heading (kind and name, on one line), so a query's list above takes the column; the
   * choice stays for the next node selected until unfolded.
   */
  folded: boolean;
  onFold: (folded: boolean) => void;
}

/** A group's heading: core's words for the relation ("cited by", "evaluated on by"), capitalised, with its count. */
function relationHeading(group: RelationGroup): string {
  const words = relationWords(group.relation, group.inverse);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${group.nodes.length})`;
}

const STUB_NOTE = '(not in your inputs)';

/** "Papers with this and…": starts a query from the node shown, or takes it out of the query. */
function queryToggle(key: string, label: string, handlers: SidePanelHandlers): HTMLButtonElement {
  const inQuery = handlers.isInQuery(key);
  return el('button', {
    className: 'compare-toggle',
    text: inQuery ? 'Remove from query' : 'Add to query',
    title: inQuery ? `Take ${label} out of the query` : `Find papers with ${label} and other entities (Shift+click on the map does the same)`,
    attributes: { type: 'button', 'data-testid': 'query-toggle', 'aria-pressed': String(inQuery) },
    onClick: () => handlers.onToggleQuery(key),
  });
}

function nodeButton(key: string, label: string, kind: string, handlers: SidePanelHandlers, testId = 'node-link'): HTMLButtonElement {
  return el('button', { className: 'node-link', attributes: { type: 'button', 'data-testid': testId }, dataset: { key }, onClick: () => handlers.onSelect(key) }, [
    el('span', { className: 'swatch', attributes: { style: `background:${kindColor(kind)}` } }),
    label,
  ]);
}

function linkList(links: LinkedNode[], handlers: SidePanelHandlers, testId: string): HTMLUListElement {
  return el(
    'ul',
    { className: 'link-list' },
    links.map((link) =>
      el('li', {}, [
        nodeButton(link.key, link.label, link.kind, handlers, testId),
        link.stub ? el('span', { className: 'muted stub-note', text: ` ${STUB_NOTE}` }) : null,
        evidenceLine(link.evidence, link.inTitle === true),
      ]),
    ),
  );
}

function relationSection(group: RelationGroup, handlers: SidePanelHandlers, testId: string): HTMLElement {
  return el('section', { dataset: { relation: group.relation, direction: group.inverse ? 'in' : 'out' } }, [el('h3', { text: relationHeading(group) }), linkList(group.nodes, handlers, testId)]);
}

/** Co-citation and bibliographic coupling, each with the count shared; one line when a list is empty. */
function similarSection(similar: { coCited: SimilarLink[]; coupled: SimilarLink[] }, handlers: SidePanelHandlers): HTMLElement {
  const list = (title: string, explanation: string, links: SimilarLink[], kind: string) =>
    el('div', { className: 'similar-group', dataset: { similar: kind } }, [
      el('h4', { text: title, title: explanation }),
      links.length === 0
        ? el('p', { className: 'muted', text: 'None in this graph.' })
        : el(
            'ul',
            { className: 'link-list' },
            links.map((link) => el('li', {}, [nodeButton(link.key, link.label, 'paper', handlers, 'similar-link'), el('span', { className: 'muted', text: ` · ${link.shared} shared` })])),
          ),
    ]);
  return el('section', { className: 'similar', attributes: { 'data-testid': 'similar-papers' } }, [
    el('h3', { text: 'Similar papers' }),
    list('Cited together with it', 'Co-citation: papers cited by the same works; the count is the works citing both.', similar.coCited, 'co-cited'),
    list('Citing the same works', 'Bibliographic coupling: papers whose references overlap; the count is the references shared.', similar.coupled, 'coupled'),
  ]);
}

/**
 * "What goes with it": the entities its papers name most beyond chance, each with the papers shared, the share of its
 * papers and the lift (how many times chance); a click opens one. Nothing for an entity no paper names.
 */
function coOccurringSection(label: string, found: CoOccurrence, handlers: SidePanelHandlers): HTMLElement | '' {
  if (found.papers === 0) return '';
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return el('section', { className: 'co-occurring', attributes: { 'data-testid': 'co-occurring' } }, [
    el('h3', { text: 'Named with it', title: 'What goes with it: the models, methods and datasets its papers name, most associated first' }),
    found.rows.length === 0
      ? el('p', { className: 'muted', text: `No entity is named with it more often than chance gives (${plural(found.papers, 'paper')}).` })
      : el('p', { className: 'muted', text: 'Beyond chance, most associated first: papers shared, their share of its papers, and the lift (× chance).' }),
    found.rows.length === 0
      ? ''
      : el(
          'ul',
          { className: 'link-list' },
          found.rows.map((row) =>
            el('li', { className: 'co-occurring-row', dataset: { key: row.key } }, [
              nodeButton(row.key, row.label, row.kind, handlers, 'co-occurring-link'),
              el('span', {
                className: 'count',
                text: ` ${plural(row.shared, 'paper')} · ${percent(row.share)} · ${liftText(row.lift)}`,
                title: `${row.shared} of the ${plural(found.papers, 'paper')} naming ${label} (${percent(row.share)}) also name ${row.label}, which ${row.papers} of the graph’s ${found.total.toLocaleString('en')} papers naming an entity name: ${liftText(row.lift)} as often as if the two were named independently`,
                attributes: { 'data-testid': 'co-occurring-count' },
                dataset: { shared: String(row.shared), lift: String(row.lift) },
              }),
            ]),
          ),
        ),
  ]);
}

function abstractParagraph(segments: TextSegment[], handlers: SidePanelHandlers): HTMLParagraphElement {
  return el(
    'p',
    { className: 'abstract' },
    segments.map((segment): Child => {
      if (segment.entityKey === undefined) return segment.text;
      const key = segment.entityKey;
      const mark = el('mark', { text: segment.text, title: 'Linked entity: click to open', dataset: { key } });
      mark.addEventListener('click', () => handlers.onSelect(key));
      return mark;
    }),
  );
}

/** The other spellings of an entity or author (its aliases), when it has any. */
function alsoWritten(aliases: readonly string[]): HTMLElement | '' {
  return aliases.length > 0 ? el('section', {}, [el('h3', { text: 'Also written' }), el('p', { className: 'aliases', text: aliases.join(' · ') })]) : '';
}

function header(key: string, kind: string, title: string, handlers: SidePanelHandlers): HTMLElement {
  const folded = handlers.folded;
  return el('header', { className: 'panel-header' }, [
    el('span', { className: 'kind-badge', text: kind, attributes: { style: `background:${kindColor(kind)}` } }),
    el('button', {
      className: 'fold',
      text: folded ? '▸' : '▾',
      title: folded ? 'Show the details' : 'Fold the details to this line (a query’s list above gets the column)',
      attributes: { type: 'button', 'aria-expanded': String(!folded), 'aria-label': folded ? 'Show the details' : 'Fold the details', 'data-testid': 'details-fold' },
      onClick: () => handlers.onFold(!folded),
    }),
    el('button', { className: 'close', text: '×', title: 'Clear selection (Esc)', attributes: { type: 'button', 'aria-label': 'Clear selection' }, onClick: handlers.onClose }),
    // Folded, the name is one line (whole in its tooltip) and a click on it unfolds the details.
    folded
      ? el('h2', { attributes: { 'data-testid': 'details-title' }, title }, [el('button', { className: 'unfold', text: title, attributes: { type: 'button' }, onClick: () => handlers.onFold(false) })])
      : el('h2', { text: title, attributes: { 'data-testid': 'details-title' } }),
    handlers.isHidden(key) ? el('p', { className: 'muted', text: `Hidden in the graph by the current filters${handlers.dateRangeSet ? ' or the date range' : ''}.`, attributes: { 'data-testid': 'hidden-note' } }) : null,
  ]);
}

/** Months (or years) as a range: `Jul 2025 – Sep 2025`, or one. */
function binSpan(start: string, end: string): string {
  return start === end ? binLabel(start) : `${binLabel(start)} – ${binLabel(end)}`;
}

/**
 * An entity over time: papers per month naming it as a share of the month's papers, first seen, peak, growth and
 * bursts (core's trends). `null`: the graph has dates but no dated paper names it.
 */
function trendSection(entity: EntityTimeline | null): HTMLElement {
  if (entity === null) return el('section', { attributes: { 'data-testid': 'entity-trend' } }, [el('h3', { text: 'Over time' }), el('p', { className: 'muted', text: 'No dated paper names it.' })]);
  const { trend, bins, papers, peak } = entity;
  // Bins are months (`2025-03`), or years (`2025`) on a graph whose sources give only years.
  const unit = bins.every((bin) => isBin(bin, 'year')) ? 'year' : 'month';
  const peakIndex = bins.indexOf(peak);
  const peakCount = trend.counts[peakIndex] ?? 0;
  const facts: Array<[string, string, string?]> = [
    ['First seen', binLabel(trend.firstSeen)],
    ['Peak', `${binLabel(peak)}: ${peakCount} of ${papers[peakIndex] ?? 0} papers`],
    ['Growth', growthText(trend.growth), 'Share of papers in the recent window against before (1: steady, above: rising, below: fading); see docs/trends.md'],
    ['Bursts', trend.bursts.length === 0 ? 'none' : trend.bursts.map((burst) => `${binSpan(burst.start, burst.end)} (weight ${burst.weight})`).join('; ')],
  ];
  return el('section', { className: 'trend', attributes: { 'data-testid': 'entity-trend' } }, [
    el('h3', { text: `Over time (${plural(trend.total, 'dated paper')})` }),
    sparkline({ bins, counts: trend.counts, papers, bursts: trend.bursts }, { className: 'large', testId: 'entity-sparkline' }),
    el('div', { className: 'spark-axis' }, [el('span', { text: binLabel(bins[0] ?? '') }), bins.length > 1 ? el('span', { text: binLabel(bins.at(-1) ?? '') }) : null]),
    el('p', { className: 'muted', text: `Papers naming it each ${unit}, as a share of the ${unit}’s papers; bursts shaded.` }),
    el(
      'dl',
      { className: 'facts', attributes: { 'data-testid': 'entity-trend-facts' } },
      facts.flatMap(([name, value, title]) => [el('dt', { text: name }), el('dd', { text: value, dataset: { fact: name.toLowerCase().replace(/\s+/g, '-') }, ...(title ? { title } : {}) })]),
    ),
  ]);
}

/**
 * `trend`: for a model, method or dataset on a graph with dated papers, its trend (null when no dated paper names it);
 * undefined leaves the section out (no dates in the graph, or another kind of node).
 */
export function renderSidePanel(container: HTMLElement, details: NodeDetails | null, handlers: SidePanelHandlers, trend?: EntityTimeline | null): void {
  clear(container);
  container.hidden = details === null;
  container.classList.toggle('folded', handlers.folded);
  if (details === null) return;
  if (handlers.folded) {
    container.append(header(details.key, details.type === 'paper' ? 'paper' : details.type === 'author' ? 'author' : details.kind, details.type === 'paper' ? details.title : details.label, handlers));
    return;
  }

  if (details.type === 'paper') {
    const when = details.date !== undefined ? dateLabel(details.date) : details.year !== undefined ? String(details.year) : null;
    const meta = [
      when,
      details.venue ?? null,
      details.arxivId ? `arXiv ${details.arxivId}` : null,
      details.doi ? `DOI ${details.doi}` : null,
      details.pmid ? `PMID ${details.pmid}` : null,
      details.tags.length > 0 ? `listing: ${details.tags.join(', ')}` : null,
    ]
      .filter((v): v is string => v !== null)
      .join(' · ');
    const compared = handlers.isCompared(details.key);
    container.append(
      header(details.key, 'paper', details.title, handlers),
      meta ? el('p', { className: 'meta', text: meta }) : '',
      details.stub ? el('p', { className: 'muted', text: `Known only as a reference ${STUB_NOTE}.`, attributes: { 'data-testid': 'stub-note' } }) : '',
      // (a record without authors, a cited stub: no empty heading)
      details.authors.length > 0
        ? el('section', {}, [
            el('h3', { text: `Authors (${details.authors.length})` }),
            el('p', { className: 'authors' }, details.authors.flatMap((author, i) => [i > 0 ? ', ' : null, nodeButton(author.key, author.label, 'author', handlers, 'author-link')])),
          ])
        : '',
      details.abstract.length > 0 ? el('section', {}, [el('h3', { text: 'Abstract' }), abstractParagraph(details.abstract, handlers)]) : '',
      ...details.linksByRelation.map((group) => relationSection(group, handlers, group.relation === 'cites' ? 'paper-link' : 'entity-link')),
      details.similar ? similarSection(details.similar, handlers) : '',
      el('button', {
        className: 'compare-toggle',
        text: compared ? 'Remove from comparison' : 'Compare with another paper',
        attributes: { type: 'button', 'data-testid': 'compare-toggle' },
        onClick: () => handlers.onToggleCompare(details.key),
      }),
    );
    return;
  }

  if (details.type === 'author') {
    container.append(
      header(details.key, 'author', details.label, handlers),
      queryToggle(details.key, details.label, handlers),
      alsoWritten(details.aliases),
      el('section', {}, [el('h3', { text: `Papers (${details.papers.length})` }), linkList(details.papers, handlers, 'paper-link')]),
      details.coauthors.length > 0
        ? el('section', {}, [el('h3', { text: `Co-authors (${details.coauthors.length})` }), el('p', { className: 'authors' }, details.coauthors.flatMap((c, i) => [i > 0 ? ', ' : null, nodeButton(c.key, c.label, 'author', handlers, 'author-link')]))])
        : '',
    );
    return;
  }

  container.append(
    header(details.key, details.kind, details.label, handlers),
    queryToggle(details.key, details.label, handlers),
    details.facts.length > 0 ? el('dl', { className: 'facts' }, details.facts.flatMap((fact) => [el('dt', { text: fact.name }), el('dd', { text: fact.value })])) : '',
    alsoWritten(details.aliases),
    trend !== undefined ? trendSection(trend) : '',
    coOccurringSection(details.label, details.coOccurring, handlers),
    ...details.papersByRelation.map((group) => relationSection(group, handlers, 'paper-link')),
  );
}

import { OUTPUT_FORMATS, type OutputFormat } from '@papergraph/core';
import './styles.css';
import { App } from './app.ts';
import { loadDetails, type DetailsLoad } from './graph/details.ts';
import { GraphLoadError } from './graph/load-error.ts';
import { loadFiles, loadUrl, type LoadedGraph } from './graph/load.ts';
import { displayUrl, graphUrlPolicy } from './model/graph-source.ts';
import { exportFileName } from './model/export-view.ts';
import { byId } from './view/dom.ts';
import { splitThesauri } from './view/thesaurus-input.ts';

/** Where the CLI's graph is served (`pnpm start` maps it to out/graph.json); `?graph=<url>` overrides it. */
const DEFAULT_GRAPH_URL = './graph.json';

const app = new App({
  page: document.body,
  graphContainer: byId('graph-container'),
  searchInput: byId<HTMLInputElement>('search-input'),
  searchResults: byId<HTMLUListElement>('search-results'),
  details: byId('details'),
  filters: byId('filters'),
  shared: byId('shared'),
  status: byId('status'),
  layoutToggle: byId<HTMLButtonElement>('layout-toggle'),
  overviewBar: byId('overview-bar'),
  message: byId('message'),
  emptyState: byId('empty-state'),
  source: byId('graph-source'),
  confirmDialog: byId<HTMLDialogElement>('confirm-graph'),
  timeline: byId('timeline'),
  query: byId('query'),
  compare: byId('compare'),
  exportScope: byId<HTMLSelectElement>('export-scope'),
});

function fail(error: unknown): void {
  app.showError(error instanceof GraphLoadError ? error.message : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
  console.error(error);
}

/** The details being read for the shown graph, if any: a newer graph stops them. */
let detailsLoad: DetailsLoad | null = null;

/**
 * A graph opened from its view file gets its details (abstracts, evidence…) from graph.json in the background,
 * started once its first frame is on screen. `data-background` on body says whether it is still reading.
 */
function showLoaded(loaded: LoadedGraph, query: string, extra: Record<string, string>): void {
  detailsLoad?.cancel();
  detailsLoad = null;
  delete document.body.dataset.background;
  app.show(loaded, query, extra);
  const details = loaded.details;
  const links = loaded.pendingLinks;
  if (!details && !links) return;
  document.body.dataset.background = 'loading';
  const current = () => app.getGraph() === loaded.graph;
  // Links first, a slice per task (each well under the 50 ms of a long task), then what the links change is derived
  // again once; then the details.
  const addLinks = (next: () => void) => {
    if (!links) return next();
    const step = () => {
      if (!current()) return;
      if (!links.addFor(LINK_SLICE_MS)) return void setTimeout(step, 0);
      app.linksLoaded(loaded.graph);
      next();
    };
    step();
  };
  const readDetails = () => {
    if (!details) {
      document.body.dataset.background = 'done';
      void app.backgroundDone(loaded.graph);
      return;
    }
    if (!current()) return;
    {
      const load = loadDetails(loaded.graph, details.url, details);
      detailsLoad = load;
      load.done
        .then((result) => {
          if (detailsLoad !== load) return;
          app.detailsLoaded(loaded.graph);
          if (result.mismatch) {
            app.notify(
              `${loaded.sourceName} has ${result.mismatch.nodes} nodes and ${result.mismatch.edges} links where its view file has ${loaded.graph.order} and ${loaded.graph.size}: the view file is older than the graph; build again to refresh it.`,
              'warning',
            );
          }
        })
        .catch((error: unknown) => {
          if (detailsLoad !== load) return;
          app.notify(`Details (abstracts, evidence) of ${loaded.sourceName} could not be read: ${error instanceof Error ? error.message : String(error)}`, 'error');
        })
        .finally(() => {
          if (detailsLoad !== load) return;
          detailsLoad = null;
          document.body.dataset.background = 'done';
          void app.backgroundDone(loaded.graph);
        });
    }
  };
  // After the first frame is on screen.
  requestAnimationFrame(() => setTimeout(() => addLinks(readDetails), 0));
}

/** Time given to adding links per task. */
const LINK_SLICE_MS = 40;

async function openFiles(files: readonly File[]): Promise<void> {
  // A thesaurus among the files applies to the graph opened with it, or else to the graph shown (issue 11).
  const { thesauri, others } = await splitThesauri(files);
  if (others.length > 0) {
    app.startLoading();
    try {
      // A dropped file is not at any URL: the view starts fresh and the link no longer names a graph URL.
      showLoaded(await loadFiles(others), '', {});
    } catch (error) {
      fail(error);
      return;
    }
  }
  for (const thesaurus of thesauri) await app.applyThesaurus(thesaurus.name, thesaurus.bytes);
}

async function openUrl(url: string, shownAs: string, query: string, extra: Record<string, string>): Promise<void> {
  app.startLoading();
  let loaded: LoadedGraph;
  try {
    loaded = await loadUrl(url, shownAs);
  } catch (error) {
    fail(error);
    return;
  }
  // Preparing a big graph's view takes seconds: say so (and let the page paint it) before starting.
  if (loaded.graph.order > 20_000) {
    app.startLoading(`Preparing the view of ${loaded.graph.order.toLocaleString('en')} nodes…`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  showLoaded(loaded, query, extra);
}

/**
 * The graph named by `?graph=` (the CLI's graph.json without it): a same-origin http(s) address opens directly,
 * another site's or a data:/blob: address after the user confirms in the page, anything else never.
 */
async function openInitialGraph(): Promise<void> {
  const query = window.location.search;
  const param = new URLSearchParams(query).get('graph');
  const decision = graphUrlPolicy(param ?? DEFAULT_GRAPH_URL, window.location.href);
  const shownAs = displayUrl(param ?? DEFAULT_GRAPH_URL);
  const extra: Record<string, string> = param !== null ? { graph: param } : {};
  if (decision.action === 'refuse') {
    fail(new GraphLoadError(shownAs, `not opened: ${decision.reason}`));
    return;
  }
  if (decision.action === 'confirm' && !(await app.confirmOpen({ url: decision.url, reason: decision.reason }))) {
    app.showDeclined(`Did not open ${displayUrl(decision.url)}. Drop a graph file here, use Open…, or follow a link to a graph on this site.`);
    return;
  }
  await openUrl(decision.url, shownAs, query, extra);
}

function bindFileInputs(): void {
  const input = byId<HTMLInputElement>('file-input');
  byId('open-file').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) void openFiles(files);
  });

  const overlay = byId('drop-overlay');
  let depth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void openFiles(files);
  });
}

/** Button labels of core's output formats; a format without one here is offered under its registry name. */
const EXPORT_LABELS: Readonly<Record<string, string>> = { json: 'JSON', graphml: 'GraphML', gexf: 'GEXF' };

function bindToolbar(): void {
  const run = (format: OutputFormat | 'png') => {
    const scope = byId<HTMLSelectElement>('export-scope').value === 'graph' ? 'graph' : 'view';
    app.exportAs(format, scope).catch((error: unknown) => app.notify(`Export failed: ${error instanceof Error ? error.message : String(error)}`, 'error'));
  };
  // One button per row of core's output registry, in its order, so a new format shows up here without an edit.
  const container = byId('export-buttons');
  for (const format of OUTPUT_FORMATS) {
    const button = document.createElement('button');
    button.id = `export-${format.name}`;
    button.type = 'button';
    button.textContent = EXPORT_LABELS[format.name] ?? format.name;
    button.title = `Download the graph as ${exportFileName('<name>', '', format.fileName)} (<name>-view… when filtered) — ${format.description}; what you see or the whole graph, as chosen beside`;
    button.addEventListener('click', () => run(format.name));
    container.append(button);
  }
  byId('export-png').addEventListener('click', () => run('png'));
}

function bindKeyboard(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      app.focusSearch();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      app.escape();
    }
  });
}

bindFileInputs();
bindToolbar();
bindKeyboard();
app.update();
void openInitialGraph();

/** Read-only handle for scripts (the e2e tests, the scale measurement) to inspect the running viewer. */
declare global {
  interface Window {
    papergraph: {
      app: App;
    };
  }
}
window.papergraph = { app };

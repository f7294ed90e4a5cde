import './styles.css';
import { App } from './app.ts';
import { GraphLoadError, loadFiles, loadUrl, type LoadedGraph } from './graph/load.ts';
import { byId } from './view/dom.ts';

/** Where the CLI's graph is served (`pnpm start` maps it to out/graph.json); `?graph=<url>` overrides it. */
const DEFAULT_GRAPH_URL = './graph.json';

const app = new App({
  graphContainer: byId('graph-container'),
  searchInput: byId<HTMLInputElement>('search-input'),
  searchResults: byId<HTMLUListElement>('search-results'),
  details: byId('details'),
  filters: byId('filters'),
  shared: byId('shared'),
  status: byId('status'),
  layoutToggle: byId<HTMLButtonElement>('layout-toggle'),
  overviewBar: byId('overview-bar'),
});

const message = byId('message');
const emptyState = byId('empty-state');

function showMessage(text: string | null): void {
  message.textContent = text ?? '';
  message.hidden = text === null;
}

function describeError(error: unknown): string {
  if (error instanceof GraphLoadError) return error.message;
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

function show(loaded: LoadedGraph, query: string, extra: Record<string, string>): void {
  app.show(loaded, query, extra);
  emptyState.hidden = true;
  showMessage(loaded.notes.length > 0 ? `Loaded ${loaded.sourceName} with ${loaded.notes.length} note(s): ${loaded.notes.slice(0, 3).join(' · ')}` : null);
  document.body.dataset.status = 'ready';
}

function fail(error: unknown): void {
  showMessage(describeError(error));
  // A failed load keeps the graph already shown; with none, the page explains how to open one.
  if (!app.getGraph()) {
    emptyState.hidden = false;
    byId('status').textContent = 'No graph loaded.';
  }
  document.body.dataset.status = 'error';
  console.error(error);
}

async function openFiles(files: readonly File[]): Promise<void> {
  document.body.dataset.status = 'loading';
  showMessage(null);
  try {
    // A dropped file is not at any URL: the view starts fresh and the link no longer names a graph URL.
    show(await loadFiles(files), '', {});
  } catch (error) {
    fail(error);
  }
}

async function openInitialGraph(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const graphUrl = params.get('graph');
  try {
    const loaded = await loadUrl(graphUrl ?? DEFAULT_GRAPH_URL);
    // Preparing a big graph's view takes seconds: say so (and let the page paint it) before starting.
    if (loaded.graph.order > 20_000) {
      byId('status').textContent = `Preparing the view of ${loaded.graph.order.toLocaleString('en')} nodes…`;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    show(loaded, window.location.search, graphUrl ? { graph: graphUrl } : {});
  } catch (error) {
    fail(error);
  }
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

function bindToolbar(): void {
  const run = (format: 'graphml' | 'gexf' | 'png') => {
    app.exportAs(format).catch((error: unknown) => showMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`));
  };
  byId('export-graphml').addEventListener('click', () => run('graphml'));
  byId('export-gexf').addEventListener('click', () => run('gexf'));
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

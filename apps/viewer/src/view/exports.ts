import { outputFormat, type OutputFormat } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';
import { exportFileName, visibleSubgraph, type ExportScope } from '../model/export-view.ts';
import type { FilterState, Visibility } from '../model/filters.ts';
import type { DateRange } from '../model/timeline.ts';
import type { GraphRenderer } from './renderer.ts';
import { downloadBlob } from './dom.ts';

/** What the view hides, for a download of what it shows. */
export interface ExportView {
  visibility: Visibility;
  filters: FilterState;
  range: DateRange | null;
}

/**
 * The graph a download holds: the whole graph, or (`view`) only what the filters and the date range leave on screen,
 * named `<base>-view.<ext>` when that is less than the whole graph, so the two files are never confused.
 */
export function graphToExport(graph: ViewerGraph, scope: ExportScope, view: ExportView | null): { graph: ViewerGraph; suffix: string } {
  if (scope === 'graph' || view === null || (view.visibility.hiddenNodes.size === 0 && view.visibility.hiddenEdges.size === 0)) return { graph, suffix: '' };
  return { graph: visibleSubgraph(graph, view.visibility, view.filters, view.range), suffix: '-view' };
}

/** The export scope's choices with their sizes: `What you see (1,234 nodes, 5,678 links)`, `Whole graph (…)`. */
export function exportScopeLabels(graph: ViewerGraph, visibility: Visibility): Record<ExportScope, string> {
  const size = (nodes: number, links: number) => `${nodes.toLocaleString('en')} nodes, ${links.toLocaleString('en')} links`;
  return {
    view: `What you see (${size(visibility.visibleNodeCount, visibility.visibleEdgeCount)})`,
    graph: `Whole graph (${size(graph.order, graph.size)})`,
  };
}

/**
 * A graph file of core's output registry (GraphML, GEXF, graph.json), downloaded. Core's writers read attributes
 * generically (a ForeignGraph), so the viewer's graph — core's plus display attributes, or a foreign file's — goes to
 * them as is; the pieces (UTF-8 bytes or strings) become the Blob without one big string.
 */
export function exportGraphFile(graph: ViewerGraph, format: OutputFormat, baseName: string, suffix: string): void {
  const spec = outputFormat(format);
  const parts = [...spec.chunks(graph)].map((chunk) => (typeof chunk === 'string' ? chunk : new Uint8Array(chunk)));
  downloadBlob(new Blob(parts, { type: spec.mime }), exportFileName(baseName, suffix, spec.fileName));
}

/** Something drawn over sigma's WebGL stage (the community names' layer) that the image must carry too. */
export interface CanvasOverlay {
  /** Draws itself on a 2D context whose pixels are `scale` times the viewport's CSS pixels. */
  drawOn(context: CanvasRenderingContext2D, scale: number): void;
}

/**
 * The current view as PNG: what the canvas shows. sigma 4 draws nodes, edges and node labels into one WebGL canvas;
 * rendering synchronously and copying it in the same task reads the fresh frame. The layers sigma does not draw — the
 * community names (an HTML layer over the stage) — are drawn over it from the same frame's placement, at the canvas's
 * pixel ratio. (@sigma/export-image 3 targets sigma 3's multi-canvas API, `getCanvases`, which sigma 4 no longer has.)
 */
export async function renderPng(renderer: GraphRenderer, overlays: readonly CanvasOverlay[] = [], background = '#ffffff'): Promise<Blob> {
  // The frame drawn here also places the overlays (they follow sigma's render events).
  renderer.refresh();
  const source = renderer.getStageCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a 2D canvas.');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(source, 0, 0);
  const scale = canvas.width / Math.max(1, renderer.getDimensions().width);
  for (const overlay of overlays) {
    context.save();
    overlay.drawOn(context, scale);
    context.restore();
  }
  return await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser produced no PNG.'))), 'image/png');
  });
}

export async function exportPng(renderer: GraphRenderer, baseName: string, overlays: readonly CanvasOverlay[] = []): Promise<void> {
  downloadBlob(await renderPng(renderer, overlays), `${baseName}.png`);
}

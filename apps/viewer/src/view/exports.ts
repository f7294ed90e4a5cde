import { outputFormat, type OutputFormat } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';
import type { GraphRenderer } from './renderer.ts';
import { downloadBlob } from './dom.ts';

/**
 * A graph file of core's output registry (GraphML, GEXF, graph.json), downloaded. Core's writers read attributes
 * generically (a ForeignGraph), so the viewer's graph — core's plus display attributes, or a foreign file's — goes to
 * them as is; the pieces (UTF-8 bytes or strings) become the Blob without one big string.
 */
export function exportGraphFile(graph: ViewerGraph, format: OutputFormat, baseName: string): void {
  const spec = outputFormat(format);
  const extension = spec.fileName.slice(spec.fileName.lastIndexOf('.'));
  const parts = [...spec.chunks(graph)].map((chunk) => (typeof chunk === 'string' ? chunk : new Uint8Array(chunk)));
  downloadBlob(new Blob(parts, { type: spec.mime }), `${baseName}${extension}`);
}

/**
 * The current view as PNG. sigma 4 draws nodes, edges and labels into one WebGL canvas; rendering synchronously and
 * copying it in the same task reads the fresh frame. (@sigma/export-image 3 targets sigma 3's multi-canvas API,
 * `getCanvases`, which sigma 4 no longer has.)
 */
export async function renderPng(renderer: GraphRenderer, background = '#ffffff'): Promise<Blob> {
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
  return await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser produced no PNG.'))), 'image/png');
  });
}

export async function exportPng(renderer: GraphRenderer, baseName: string): Promise<void> {
  downloadBlob(await renderPng(renderer), `${baseName}.png`);
}

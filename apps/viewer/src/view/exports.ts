import { toGEXF, toGraphML, type PaperGraph } from '@papergraph/core';
import type { ViewerGraph } from '../graph/types.ts';
import type { GraphRenderer } from './renderer.ts';
import { downloadBlob } from './dom.ts';

/*
 * The viewer's graph is core's PaperGraph plus display attributes (x, y, color, displaySize); core's writers read
 * attributes generically, so the viewer graph is handed to them as is. Kinds beyond the contract's (from a foreign
 * GraphML) are why the viewer's node type is wider than core's.
 */
const asPaperGraph = (graph: ViewerGraph): PaperGraph => graph as unknown as PaperGraph;

export function exportGraphML(graph: ViewerGraph, baseName: string): void {
  downloadBlob(new Blob([toGraphML(asPaperGraph(graph))], { type: 'application/graphml+xml' }), `${baseName}.graphml`);
}

export function exportGEXF(graph: ViewerGraph, baseName: string): void {
  downloadBlob(new Blob([toGEXF(asPaperGraph(graph))], { type: 'application/gexf+xml' }), `${baseName}.gexf`);
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

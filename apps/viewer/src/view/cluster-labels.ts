import { placeClusterLabels, type ClusterCentroid, type PlacedClusterLabel } from '../model/cluster-labels.ts';
import { displayedLabelBoxes, drawnNodeDiscs, reserveLabelRoom, type GraphRenderer, type LabelBox } from './renderer.ts';

/** At most this many community names at once: the map's own labels (entities) come first. */
const CLUSTER_LABELS_SHOWN = 12;
const FONT = '600 {size}px system-ui, -apple-system, "Segoe UI", sans-serif';

/**
 * Community names drawn over the map: a layer of sigma's (an HTML element over its WebGL stage, under its mouse layer),
 * placed again with every frame sigma renders, so they follow panning and zooming. They are placed inside the node
 * label pass (renderer.ts `reserveLabelRoom`), after the forced labels (hovered, selected, neighbours) and the most
 * important nodes (LEADING_LABELS), and before the
 * others, which keep clear of them; a frame drawn without that pass (sigma skips labels while moving on big graphs)
 * places them against the labels shown. Names keep off every drawn node (model/cluster-labels.ts `placeClusterLabels`),
 * so none is hidden or made hard to click. Each label carries `data-community` (tests read them).
 */
export class ClusterLabelLayer {
  private readonly layer: HTMLElement;
  private centroids: readonly ClusterCentroid[] = [];
  private placed: PlacedClusterLabel[] = [];
  private readonly context: CanvasRenderingContext2D | null;
  private readonly widths = new Map<string, number>();
  private readonly onRender = () => this.draw();
  /** Placed by the label pass of the frame being drawn (null: place them after the frame). */
  private reserved: PlacedClusterLabel[] | null = null;

  /**
   * `covering`: the HTML controls over the canvas (the canvas bar's buttons), whose boxes no name may go under, in
   * viewport pixels.
   */
  constructor(
    private readonly renderer: GraphRenderer,
    private readonly covering: () => readonly Omit<LabelBox, 'node'>[] = () => [],
  ) {
    this.layer = renderer.createLayer<HTMLDivElement>('cluster-labels', 'div', {
      style: { inset: '0', pointerEvents: 'none', overflow: 'hidden' },
      afterLayer: 'stage',
    });
    this.layer.dataset.testid = 'cluster-labels';
    this.context = document.createElement('canvas').getContext('2d');
    renderer.on('afterRender', this.onRender);
    reserveLabelRoom(renderer, (placed) => this.reserve(placed));
  }

  /** The communities to name (none: the layer is empty). */
  setCentroids(centroids: readonly ClusterCentroid[]): void {
    this.centroids = centroids;
    // Placed with the node labels of the next frame.
    this.renderer.scheduleRender();
  }

  /** The labels drawn in the last frame, in viewport pixels. */
  getPlaced(): readonly PlacedClusterLabel[] {
    return this.placed;
  }

  /**
   * Draws the labels of the last frame on a 2D canvas (the PNG export), as the page shows them: each element's own
   * font and colour, the white halo of its text shadow, at `scale` device pixels per viewport pixel.
   */
  drawOn(context: CanvasRenderingContext2D, scale: number): void {
    const elements = [...this.layer.children] as HTMLElement[];
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    this.placed.forEach((label, i) => {
      const element = elements[i];
      const style = element ? getComputedStyle(element) : null;
      context.font = FONT.replace('{size}', String(label.fontSize * scale));
      const [x, y] = [label.x * scale, label.y * scale];
      context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
      context.lineWidth = 4 * scale;
      context.strokeText(label.text, x, y);
      context.fillStyle = style?.color || 'rgba(40, 48, 60, 0.7)';
      context.fillText(label.text, x, y);
    });
  }

  kill(): void {
    reserveLabelRoom(this.renderer, null);
    this.renderer.off('afterRender', this.onRender);
    this.layer.remove();
  }

  private measure(text: string, fontSize: number): number {
    const key = `${fontSize}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      if (this.context) {
        this.context.font = FONT.replace('{size}', String(fontSize));
        width = this.context.measureText(text).width;
      } else width = text.length * fontSize * 0.6;
      this.widths.set(key, width);
    }
    return width;
  }

  private place(obstacles: readonly Omit<LabelBox, 'node'>[]): PlacedClusterLabel[] {
    const { width, height } = this.renderer.getDimensions();
    const origin = this.renderer.graphToViewport({ x: 0, y: 0 });
    const unit = this.renderer.graphToViewport({ x: 1, y: 0 });
    const scale = Math.hypot(unit.x - origin.x, unit.y - origin.y);
    return placeClusterLabels(
      this.centroids,
      { width, height, scale, toViewport: (point) => this.renderer.graphToViewport(point) },
      (text, size) => this.measure(text, size),
      { obstacles: [...obstacles, ...this.covering()], nodes: drawnNodeDiscs(this.renderer), max: CLUSTER_LABELS_SHOWN },
    );
  }

  /** Called by the node label pass: the names of this frame, clear of the forced labels; their boxes are reserved. */
  private reserve(forced: readonly LabelBox[]): Array<Omit<LabelBox, 'node'>> {
    if (this.centroids.length === 0) return [];
    this.reserved = this.place(forced);
    return this.reserved.map((label) => ({ minX: label.x - label.width / 2, maxX: label.x + label.width / 2, minY: label.y - label.height / 2, maxY: label.y + label.height / 2 }));
  }

  private draw(): void {
    // After the frame: the node labels sigma drew are placed, and community names keep clear of them.
    this.placed = this.reserved ?? (this.centroids.length > 0 ? this.place(displayedLabelBoxes(this.renderer)) : []);
    this.reserved = null;
    const elements = this.placed.map((label) => {
      const element = document.createElement('div');
      element.className = `cluster-label${label.faint ? ' faint' : ''}`;
      element.dataset.community = String(label.community);
      element.textContent = label.text;
      element.style.font = FONT.replace('{size}', String(label.fontSize));
      element.style.transform = `translate(${Math.round(label.x - label.width / 2)}px, ${Math.round(label.y - label.height / 2)}px)`;
      return element;
    });
    this.layer.replaceChildren(...elements);
  }
}

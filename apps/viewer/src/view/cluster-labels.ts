import { placeClusterLabels, type ClusterCentroid, type PlacedClusterLabel } from '../model/cluster-labels.ts';
import { displayedLabelBoxes, type GraphRenderer } from './renderer.ts';

const FONT = '600 {size}px system-ui, -apple-system, "Segoe UI", sans-serif';

/**
 * Community names drawn over the map, under the nodes: a layer of sigma's (an HTML element behind its WebGL stage),
 * placed again after every frame sigma renders, so they follow panning and zooming. Each label carries
 * `data-community` (tests read them).
 */
export class ClusterLabelLayer {
  private readonly layer: HTMLElement;
  private centroids: readonly ClusterCentroid[] = [];
  private placed: PlacedClusterLabel[] = [];
  private readonly context: CanvasRenderingContext2D | null;
  private readonly widths = new Map<string, number>();
  private readonly onRender = () => this.draw();

  constructor(private readonly renderer: GraphRenderer) {
    this.layer = renderer.createLayer<HTMLDivElement>('cluster-labels', 'div', {
      style: { inset: '0', pointerEvents: 'none', overflow: 'hidden' },
      beforeLayer: 'stage',
    });
    this.layer.dataset.testid = 'cluster-labels';
    this.context = document.createElement('canvas').getContext('2d');
    renderer.on('afterRender', this.onRender);
  }

  /** The communities to name (none: the layer is empty). */
  setCentroids(centroids: readonly ClusterCentroid[]): void {
    this.centroids = centroids;
    this.draw();
  }

  /** The labels drawn in the last frame, in viewport pixels. */
  getPlaced(): readonly PlacedClusterLabel[] {
    return this.placed;
  }

  kill(): void {
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

  private draw(): void {
    const { width, height } = this.renderer.getDimensions();
    const origin = this.renderer.graphToViewport({ x: 0, y: 0 });
    const unit = this.renderer.graphToViewport({ x: 1, y: 0 });
    const scale = Math.hypot(unit.x - origin.x, unit.y - origin.y);
    // After the frame: the node labels sigma drew are placed, and community names keep clear of them.
    const obstacles = this.centroids.length > 0 ? displayedLabelBoxes(this.renderer) : [];
    this.placed = placeClusterLabels(
      this.centroids,
      { width, height, scale, toViewport: (point) => this.renderer.graphToViewport(point) },
      (text, size) => this.measure(text, size),
      { obstacles },
    );
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

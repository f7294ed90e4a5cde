import type { GraphRenderer } from './renderer.ts';

/**
 * Every camera move that frames something — a selection, a search result, a community, a query's answer, compared
 * papers, *Zoom to fit* — goes through this module, and frames it in the part of the canvas that nothing covers: the
 * bars and buttons over the canvas (the view toggle, the overview's chips, *Zoom to fit*), the status line and a
 * notice take their edge of it, and the nodes (their discs whole, not only their centres) are framed in the rest. Sigma's
 * own framing knows only the whole canvas, so a node framed there could end up under the bar over it.
 */

/** A box in the canvas's viewport pixels. */
export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Pixels kept between what is framed and the edge of the free area (room for a label's first letters, a disc's ring). */
export const FRAME_MARGIN = 24;
/**
 * An axis on which the overlays would leave less than this share of the canvas is framed on the whole canvas instead
 * (an overlay as big as the canvas, a notice over a small window): a sliver is no place to frame anything in.
 */
const LEAST_FREE_SHARE = 0.4;

/**
 * The largest box of a width×height canvas left once each overlay is cut off along the edge where that costs the
 * least area: a bar along the top takes a band off the top, a button in a corner the thinner of its two bands, the
 * status line in the bottom-left corner a band off the bottom. Overlays outside the canvas are ignored.
 */
export function freeArea(width: number, height: number, overlays: readonly Box[]): Box {
  let top = 0;
  let bottom = height;
  let left = 0;
  let right = width;
  for (const overlay of overlays) {
    const box = { minX: Math.max(0, overlay.minX), maxX: Math.min(width, overlay.maxX), minY: Math.max(0, overlay.minY), maxY: Math.min(height, overlay.maxY) };
    if (box.maxX <= box.minX || box.maxY <= box.minY) continue;
    const cuts = [
      { side: 'top', cost: box.maxY * width },
      { side: 'bottom', cost: (height - box.minY) * width },
      { side: 'left', cost: box.maxX * height },
      { side: 'right', cost: (width - box.minX) * height },
    ].sort((a, b) => a.cost - b.cost);
    const side = cuts[0]!.side;
    if (side === 'top') top = Math.max(top, box.maxY);
    else if (side === 'bottom') bottom = Math.min(bottom, box.minY);
    else if (side === 'left') left = Math.max(left, box.maxX);
    else right = Math.min(right, box.minX);
  }
  if (right - left < LEAST_FREE_SHARE * width) [left, right] = [0, width];
  if (bottom - top < LEAST_FREE_SHARE * height) [top, bottom] = [0, height];
  return { minX: left, maxX: right, minY: top, maxY: bottom };
}

/**
 * The controls and text over a canvas container, in its viewport pixels: the bar over the canvas (view toggle, local
 * graph's depth), the overview's bar, the camera buttons, the status line and, with `notice`, the notice over the
 * map. Children of the bars are measured one by one: a bar's empty stretch covers nothing.
 */
export function canvasOverlays(container: HTMLElement, options: { notice: boolean }): Box[] {
  const stage = container.parentElement;
  if (!stage) return [];
  const origin = container.getBoundingClientRect();
  const selectors = [':scope > .canvas-bar:not([hidden]) > *', ':scope > .overview-bar:not([hidden]) > *', ':scope > .camera-controls', ':scope > .status'];
  if (options.notice) selectors.push(':scope > .message:not([hidden])');
  return [...stage.querySelectorAll(selectors.join(', '))]
    .map((child) => child.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0)
    .map((box) => ({ minX: box.left - origin.left, maxX: box.right - origin.left, minY: box.top - origin.top, maxY: box.bottom - origin.top }));
}

/** The free part of the renderer's canvas now (see `freeArea`). */
export function freeCanvasArea(renderer: GraphRenderer): Box {
  const { width, height } = renderer.getDimensions();
  return freeArea(width, height, canvasOverlays(renderer.getContainer(), { notice: true }));
}

interface Disc {
  /** Framed-graph coordinates (sigma's display data). */
  x: number;
  y: number;
  /** Sigma's display size, scaled to pixels for a camera ratio by `scaleSize`. */
  size: number;
}

/**
 * The drawn, shown nodes among `nodes`. Hidden is read from the node's state, not from its display data: a node shown
 * by the update that also moves the camera (a community the legend showed again) is drawn hidden until sigma's next
 * frame.
 */
function discsOf(renderer: GraphRenderer, nodes: Iterable<string>): Disc[] {
  const graph = renderer.getGraph();
  const discs: Disc[] = [];
  for (const node of nodes) {
    if (!graph.hasNode(node) || renderer.getNodeState(node).isHidden) continue;
    const data = renderer.getNodeDisplayData(node);
    if (data) discs.push({ x: data.x, y: data.y, size: data.size });
  }
  return discs;
}

/** Pixels per framed-graph unit along x and y at a camera ratio (sigma's matrix, without its offset). */
function pixelsPerUnit(renderer: GraphRenderer, ratio: number): { x: number; y: number } {
  const cameraState = { x: 0.5, y: 0.5, ratio, angle: 0 };
  const a = renderer.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
  const b = renderer.framedGraphToViewport({ x: 1, y: 1 }, { cameraState });
  return { x: Math.abs(b.x - a.x), y: Math.abs(b.y - a.y) };
}

/**
 * The discs' extent at a ratio, in pixels along each axis from the framed origin (radii included). `unitNow`: the
 * pixels per unit at the camera's ratio now, for sizes in graph units (the entity map), which scale with the positions:
 * sigma's scaleSize multiplies them by the graph-to-viewport ratio of the camera as it is now, whatever ratio it is
 * asked for, so at `ratio` they are unit / unitNow times as many pixels. Undefined: sizes in screen pixels.
 */
function extentAt(
  renderer: GraphRenderer,
  discs: readonly Disc[],
  ratio: number,
  unitNow: { x: number; y: number } | undefined,
): { minX: number; maxX: number; minY: number; maxY: number; unit: { x: number; y: number } } {
  const unit = pixelsPerUnit(renderer, ratio);
  const sizeScale = unitNow ? unit.x / unitNow.x : 1;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const disc of discs) {
    const radius = renderer.scaleSize(disc.size, ratio) * sizeScale;
    minX = Math.min(minX, disc.x * unit.x - radius);
    maxX = Math.max(maxX, disc.x * unit.x + radius);
    minY = Math.min(minY, disc.y * unit.y - radius);
    maxY = Math.max(maxY, disc.y * unit.y + radius);
  }
  return { minX, maxX, minY, maxY, unit };
}

/** The camera that shows the framed-graph point `centre` at the middle of `area`, at `ratio`. */
function cameraShowing(renderer: GraphRenderer, centre: { x: number; y: number }, ratio: number, area: Box): { x: number; y: number; ratio: number } {
  // Under a camera on `centre` the middle of the viewport shows it; the middle of the area shows `seen`. Moving the
  // camera by centre − seen brings `centre` there (the mapping only shifts with the camera).
  const seen = renderer.viewportToFramedGraph({ x: (area.minX + area.maxX) / 2, y: (area.minY + area.maxY) / 2 }, { cameraState: { ...centre, ratio, angle: 0 } });
  return { x: 2 * centre.x - seen.x, y: 2 * centre.y - seen.y, ratio };
}

/** Most zoomed in a group is framed (a pair of nodes side by side would otherwise fill the screen). */
const MIN_FRAME_RATIO = 0.05;
const CAMERA_MOVE_MS = 400;

/**
 * Moves the camera so that the drawn nodes given (hidden ones left out) fit whole, discs included, in the free part
 * of the canvas, as close as they fit: the smallest camera ratio (sigma's zoom) at which their extent fits inside it
 * with FRAME_MARGIN, found by bisection (a disc's pixel size depends on the ratio: on the entity map it grows with the
 * zoom), their middle at the middle of the free area.
 */
export function frameNodes(renderer: GraphRenderer, nodes: Iterable<string>): void {
  const discs = discsOf(renderer, nodes);
  if (discs.length === 0) return;
  const area = freeCanvasArea(renderer);
  const room = { x: Math.max(1, area.maxX - area.minX - 2 * FRAME_MARGIN), y: Math.max(1, area.maxY - area.minY - 2 * FRAME_MARGIN) };
  const unitNow = renderer.getSetting('itemSizesReference') === 'positions' ? pixelsPerUnit(renderer, renderer.getCamera().ratio) : undefined;
  const fits = (ratio: number) => {
    const extent = extentAt(renderer, discs, ratio, unitNow);
    return extent.maxX - extent.minX <= room.x && extent.maxY - extent.minY <= room.y;
  };
  let low = Math.max(MIN_FRAME_RATIO, renderer.getSetting('minCameraRatio') ?? MIN_FRAME_RATIO);
  let high = renderer.getSetting('maxCameraRatio') ?? 20;
  if (!fits(low)) {
    if (fits(high)) {
      // Bisection on the logarithm of the ratio: the extent shrinks as the ratio grows.
      for (let step = 0; step < 40; step++) {
        const middle = Math.sqrt(low * high);
        if (fits(middle)) high = middle;
        else low = middle;
      }
    }
    low = high;
  }
  const ratio = low;
  const extent = extentAt(renderer, discs, ratio, unitNow);
  const centre = { x: (extent.minX + extent.maxX) / 2 / extent.unit.x, y: (extent.minY + extent.maxY) / 2 / extent.unit.y };
  void renderer.getCamera().animate(cameraShowing(renderer, centre, ratio, area), { duration: CAMERA_MOVE_MS });
}

/**
 * Moves the camera onto one node, in the middle of the free part of the canvas, zooming in on big graphs (keeping the
 * zoom when already closer): on a small graph the whole graph already shows the node's neighbourhood.
 */
export function focusNode(renderer: GraphRenderer, node: string): void {
  const graph = renderer.getGraph();
  if (!graph.hasNode(node)) return;
  // From the node's own coordinates: right after a settings change sigma's display data may hold them unframed
  // until its next render.
  const { x, y } = graph.getNodeAttributes(node);
  const display = typeof x === 'number' && typeof y === 'number' ? renderer.graphToFramedGraph({ x, y }) : renderer.getNodeDisplayData(node);
  if (!display) return;
  const camera = renderer.getCamera();
  const targetRatio = Math.max(0.15, Math.sqrt(50 / Math.max(1, graph.order)));
  const ratio = Math.min(camera.ratio, targetRatio);
  void camera.animate(cameraShowing(renderer, { x: display.x, y: display.y }, ratio, freeCanvasArea(renderer)), { duration: CAMERA_MOVE_MS });
}

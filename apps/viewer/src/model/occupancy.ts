/**
 * What a label must keep off on the canvas — drawn nodes (discs) and boxes (labels, controls) — as a raster over the
 * viewport: the community names (cluster-labels.ts) and the node labels (view/renderer.ts) are both placed on it.
 */

/** A box in viewport pixels (a label, a control over the canvas). */
export interface Obstacle {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** A drawn node in viewport pixels: its centre and rendered radius. */
export interface NodeDisc {
  x: number;
  y: number;
  radius: number;
}

/**
 * An occupancy raster of CELL-pixel cells over the viewport with its summed-area table, so that whether a box is free
 * is four look-ups whatever lies under it (a frame tries hundreds of places per name among a thousand nodes), and the
 * two largest discs touching each cell (boxes count as infinitely large), so that a node's label can tell a bigger node
 * under it from a smaller one, leaving its own node aside. Every cell a disc or box touches is taken, so a box found
 * free is free; a place within CELL pixels of a node may be refused.
 */
export class OccupancyRaster {
  static readonly CELL = 4;
  private readonly columns: number;
  private readonly rows: number;
  /** sums[(row) * (columns + 1) + column]: taken cells above and left of that corner. */
  private readonly sums: Int32Array;
  /** Per cell (row * columns + column): radius of the largest disc touching it (0: none), its index, the second's radius. */
  private readonly largest: Float32Array;
  private readonly largestIndex: Int32Array;
  private readonly second: Float32Array;

  /** `discs` are known by their index in the list (see `largestUnder`). */
  constructor(width: number, height: number, discs: readonly NodeDisc[], boxes: readonly Obstacle[] = []) {
    const cell = OccupancyRaster.CELL;
    const columns = Math.max(1, Math.ceil(width / cell));
    const rows = Math.max(1, Math.ceil(height / cell));
    [this.columns, this.rows] = [columns, rows];
    const largest = new Float32Array(columns * rows);
    const largestIndex = new Int32Array(columns * rows).fill(-1);
    const second = new Float32Array(columns * rows);
    const mark = (row: number, minX: number, maxX: number, radius: number, index: number) => {
      if (row < 0 || row >= rows || maxX < 0 || minX > width) return;
      const from = Math.max(0, Math.floor(minX / cell));
      const to = Math.min(columns - 1, Math.floor(maxX / cell));
      for (let i = row * columns + from; i <= row * columns + to; i += 1) {
        if (radius > largest[i]!) {
          second[i] = largest[i]!;
          largest[i] = radius;
          largestIndex[i] = index;
        } else if (radius > second[i]!) second[i] = radius;
      }
    };
    discs.forEach(({ x, y, radius }, index) => {
      if (!(radius > 0)) return;
      for (let row = Math.floor((y - radius) / cell); row <= Math.floor((y + radius) / cell); row += 1) {
        // The disc's widest chord within this row of cells: at the row's nearest edge to the centre.
        const dy = Math.max(row * cell - y, 0, y - (row + 1) * cell);
        if (dy >= radius) continue;
        const half = Math.sqrt(radius * radius - dy * dy);
        mark(row, x - half, x + half, radius, index);
      }
    });
    for (const box of boxes) {
      for (let row = Math.floor(box.minY / cell); row <= Math.floor(box.maxY / cell); row += 1) mark(row, box.minX, box.maxX, Infinity, -1);
    }
    [this.largest, this.largestIndex, this.second] = [largest, largestIndex, second];
    const stride = columns + 1;
    this.sums = new Int32Array(stride * (rows + 1));
    for (let row = 0; row < rows; row += 1) {
      let inRow = 0;
      for (let column = 0; column < columns; column += 1) {
        inRow += largest[row * columns + column]! > 0 ? 1 : 0;
        this.sums[(row + 1) * stride + column + 1] = this.sums[row * stride + column + 1]! + inRow;
      }
    }
  }

  /** The cells a box (clamped to the viewport) touches, or null when it lies wholly outside. */
  private cellsOf(box: Obstacle): { from: number; to: number; top: number; bottom: number } | null {
    const cell = OccupancyRaster.CELL;
    const from = Math.max(0, Math.floor(box.minX / cell));
    const to = Math.min(this.columns - 1, Math.floor(box.maxX / cell));
    const top = Math.max(0, Math.floor(box.minY / cell));
    const bottom = Math.min(this.rows - 1, Math.floor(box.maxY / cell));
    return from > to || top > bottom ? null : { from, to, top, bottom };
  }

  /** Whether the box (clamped to the viewport) touches a taken cell. */
  meets(box: Obstacle): boolean {
    const cells = this.cellsOf(box);
    if (!cells) return false;
    const { from, to, top, bottom } = cells;
    const stride = this.columns + 1;
    const sums = this.sums;
    return sums[(bottom + 1) * stride + to + 1]! - sums[top * stride + to + 1]! - sums[(bottom + 1) * stride + from]! + sums[top * stride + from]! > 0;
  }

  /**
   * The radius of the largest disc the box (clamped to the viewport) touches, the disc at `except` (an index in the
   * constructor's list: a label's own node) left aside: 0 for none, Infinity for a box. The search stops at the first
   * disc larger than `enough` (then some radius above it is returned): a label only asks whether a bigger node is there.
   */
  largestUnder(box: Obstacle, except = -1, enough = Infinity): number {
    if (!this.meets(box)) return 0;
    const { from, to, top, bottom } = this.cellsOf(box)!;
    let result = 0;
    for (let row = top; row <= bottom; row += 1) {
      for (let i = row * this.columns + from; i <= row * this.columns + to; i += 1) {
        const radius = this.largestIndex[i] === except && except >= 0 ? this.second[i]! : this.largest[i]!;
        if (radius > result) {
          result = radius;
          if (result > enough) return result;
        }
      }
    }
    return result;
  }
}

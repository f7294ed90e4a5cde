import { describe, expect, it } from 'vitest';
import { OccupancyRaster, type NodeDisc, type Obstacle } from '../../../src/model/occupancy.ts';

// Invented geometry (viewport pixels): a big node, a small one beside it, a control in a corner.
const discs: NodeDisc[] = [
  { x: 100, y: 100, radius: 30 },
  { x: 160, y: 100, radius: 6 },
];
const control: Obstacle = { minX: 300, maxX: 380, minY: 0, maxY: 20 };
const raster = new OccupancyRaster(400, 300, discs, [control]);
/** A label-sized box with its top-left corner at (x, y). */
const box = (x: number, y: number, width = 40, height = 14): Obstacle => ({ minX: x, maxX: x + width, minY: y, maxY: y + height });

describe('the occupancy raster labels are placed on', () => {
  it('tells a free box from one over a node or a control', () => {
    expect(raster.meets(box(200, 200))).toBe(false);
    expect(raster.meets(box(120, 95))).toBe(true);
    expect(raster.meets(box(310, 5))).toBe(true);
    // Clamped to the viewport: a box half outside is judged on its inside part.
    expect(raster.meets(box(-20, 250))).toBe(false);
  });

  it('gives the largest disc under a box, leaving one node aside (a label’s own)', () => {
    expect(raster.largestUnder(box(200, 200))).toBe(0);
    // Right of the big node, over the small one.
    expect(raster.largestUnder(box(135, 93))).toBe(6);
    // Over both: the big one counts, unless it is the label's own node.
    expect(raster.largestUnder(box(120, 93))).toBe(30);
    expect(raster.largestUnder(box(120, 93), 0)).toBe(6);
    expect(raster.largestUnder(box(135, 93), 1)).toBe(0);
    // A control is larger than any node.
    expect(raster.largestUnder(box(310, 5))).toBe(Infinity);
    // Asked only whether something larger than 10 px is there: yes (and a radius above 10), however the search ends.
    expect(raster.largestUnder(box(120, 93), -1, 10)).toBeGreaterThan(10);
    expect(raster.largestUnder(box(135, 93), -1, 10)).toBe(6);
  });

  it('is conservative: a box that touches a cell a disc touches is not free, one clear of its cells is', () => {
    const edge = discs[0]!.x + discs[0]!.radius;
    // Within a cell of the disc's rightmost point.
    expect(raster.largestUnder(box(edge + 1, 93, 10))).toBe(30);
    expect(raster.largestUnder(box(edge + 2 * OccupancyRaster.CELL, 93, 10))).toBe(0);
  });
});

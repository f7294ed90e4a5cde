import { describe, expect, it } from 'vitest';
import { freeArea } from '../../../src/view/camera-frame.ts';

describe('the free part of the canvas, where the camera frames', () => {
  const width = 700;
  const height = 560;

  it('is the whole canvas when nothing covers it', () => {
    expect(freeArea(width, height, [])).toEqual({ minX: 0, maxX: width, minY: 0, maxY: height });
  });

  it('cuts each overlay off along its cheapest edge: bars and corner buttons from the top, the status line from the bottom', () => {
    const overlays = [
      // The view toggle and the camera buttons along the top, the status line in the bottom-left corner.
      { minX: 10, maxX: 200, minY: 8, maxY: 34 },
      { minX: 520, maxX: 692, minY: 8, maxY: 36 },
      { minX: 10, maxX: 560, minY: 532, maxY: 552 },
    ];
    expect(freeArea(width, height, overlays)).toEqual({ minX: 0, maxX: width, minY: 36, maxY: 532 });
  });

  it('cuts a tall panel along the side it stands on, and ignores what lies outside the canvas', () => {
    const overlays = [
      { minX: 600, maxX: 700, minY: 0, maxY: 560 },
      { minX: -300, maxX: -10, minY: 0, maxY: 560 },
      { minX: 100, maxX: 200, minY: 600, maxY: 640 },
    ];
    expect(freeArea(width, height, overlays)).toEqual({ minX: 0, maxX: 600, minY: 0, maxY: height });
  });

  it('frames on the whole canvas along an axis the overlays would leave a sliver of', () => {
    // A notice over most of a short canvas: better framed under it than in the 40 px left.
    const overlays = [{ minX: 0, maxX: width, minY: 0, maxY: 520 }];
    expect(freeArea(width, height, overlays)).toEqual({ minX: 0, maxX: width, minY: 0, maxY: height });
  });
});

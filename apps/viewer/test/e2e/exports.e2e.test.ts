import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { viewerSession } from './browser.ts';

/*
 * The PNG export holds what the canvas shows, the community names drawn over sigma's stage included: on a real graph
 * (287 arXiv papers of 2023–2026) the exported image is compared, pixel by pixel, with a copy of sigma's stage alone.
 */
const url = inject('viewerUrl');
const artifacts = inject('artifactsDir');
const session = viewerSession();

describe('PNG export', () => {
  it('draws the community names of the canvas where the canvas shows them, and changes nothing else', async () => {
    const page = await session.open(`${url}?graph=/fixtures/time-graph.json&color=community`);
    const placed = () => page.evaluate(() => window.papergraph.app.getCanvasViews().getClusterLabels()?.getPlaced().length ?? 0);
    await expect.poll(placed).toBeGreaterThan(1);
    await page.waitForTimeout(500);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const png = readFileSync((await download.path())!);
    // The same frame as it was read for the export, without the community names: sigma's stage copied alone.
    const comparison = await page.evaluate(async (base64) => {
      const renderer = window.papergraph.app.getRenderer()!;
      renderer.refresh();
      const stage = renderer.getStageCanvas();
      const bare = document.createElement('canvas');
      bare.width = stage.width;
      bare.height = stage.height;
      const bareContext = bare.getContext('2d')!;
      bareContext.fillStyle = '#ffffff';
      bareContext.fillRect(0, 0, bare.width, bare.height);
      bareContext.drawImage(stage, 0, 0);
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const exported = document.createElement('canvas');
      exported.width = image.naturalWidth;
      exported.height = image.naturalHeight;
      const exportedContext = exported.getContext('2d')!;
      exportedContext.drawImage(image, 0, 0);
      const a = exportedContext.getImageData(0, 0, exported.width, exported.height).data;
      const b = bareContext.getImageData(0, 0, bare.width, bare.height).data;
      const scale = bare.width / renderer.getDimensions().width;
      // The names' boxes (with their halo) in device pixels.
      const halo = 6;
      const boxes = window.papergraph.app
        .getCanvasViews()
        .getClusterLabels()!
        .getPlaced()
        .map((label) => ({
          text: label.text,
          minX: (label.x - label.width / 2 - halo) * scale,
          maxX: (label.x + label.width / 2 + halo) * scale,
          minY: (label.y - label.height / 2 - halo) * scale,
          maxY: (label.y + label.height / 2 + halo) * scale,
        }));
      const changedIn = boxes.map(() => 0);
      let changedOutside = 0;
      for (let y = 0; y < exported.height; y++) {
        for (let x = 0; x < exported.width; x++) {
          const i = (y * exported.width + x) * 4;
          const differs = Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 24;
          if (!differs) continue;
          const inside = boxes.findIndex((box) => x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY);
          if (inside >= 0) changedIn[inside]! += 1;
          else changedOutside += 1;
        }
      }
      return { size: [exported.width, exported.height, bare.width, bare.height], labels: boxes.map((box, i) => ({ text: box.text, changed: changedIn[i]!, area: (box.maxX - box.minX) * (box.maxY - box.minY) })), changedOutside };
    }, png.toString('base64'));
    expect(comparison.size.slice(0, 2)).toEqual(comparison.size.slice(2));
    expect(comparison.labels.length).toBeGreaterThan(1);
    // Every name is in the image, in its box: a share of the box's pixels is text that sigma's stage does not have.
    for (const label of comparison.labels) expect(label.changed / label.area, label.text).toBeGreaterThan(0.05);
    // Nothing else differs from what sigma drew.
    expect(comparison.changedOutside).toBe(0);
    await page.screenshot({ path: `${artifacts}png-export-page.png` });
  });
});

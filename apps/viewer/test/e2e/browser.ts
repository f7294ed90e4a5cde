import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright cannot download its own browsers here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface PageLog {
  errors: string[];
}

/** A fresh page on the viewer, waiting until the graph is shown (or an error is). Page errors are collected. */
export async function openViewer(browser: Browser, url: string): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const log: PageLog = { errors: [] };
  page.on('pageerror', (error) => log.errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-status="ready"], body[data-status="error"]', { timeout: 30_000 });
  return { page, log };
}

/** Drops a file on the page the way a user's drag and drop does. */
export async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(
    ({ name: fileName, content: fileContent }) => {
      document.body.dataset.status = 'dropping';
      const transfer = new DataTransfer();
      transfer.items.add(new File([fileContent], fileName));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, content },
  );
  await page.waitForSelector('body[data-status="ready"], body[data-status="error"]', { timeout: 30_000 });
}

/**
 * Share of pixels that differ from the background in a PNG, decoded by the browser itself (no PNG library needed).
 */
export async function nonBackgroundShare(page: Page, png: Buffer): Promise<number> {
  return await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 240 || (data[i + 1] ?? 255) < 240 || (data[i + 2] ?? 255) < 240) differing += 1;
    }
    return differing / (data.length / 4);
  }, png.toString('base64'));
}

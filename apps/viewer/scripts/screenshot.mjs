// Takes a screenshot of the viewer for the docs: `node apps/viewer/scripts/screenshot.mjs <url> <out.png> [WIDTHxHEIGHT]`
// (default 1366x768). The view is the link's (selection, expanded communities, colour…: see docs/viewer.md "Links"),
// against a running `papergraph view`; the shot is taken once the first frame is drawn, the details are in and the
// camera has settled. Headless Debian Chromium (CHROMIUM_PATH to use another), as the e2e tests run it.
import { chromium } from 'playwright-core';

const [url, out, size = '1366x768'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
if (!url || !out || !(width > 0) || !(height > 0)) {
  console.error('usage: node apps/viewer/scripts/screenshot.mjs <url> <out.png> [WIDTHxHEIGHT]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  // Big graphs take a while in software WebGL: the first frame, then the details (links, sizes, search) in the background.
  await page.waitForFunction(() => performance.getEntriesByName('papergraph:first-frame').length > 0, null, { timeout: 300_000 });
  await page.waitForFunction(() => document.body.dataset.background !== 'loading', null, { timeout: 300_000 });
  // The camera animates to a linked selection (400 ms); then two frames for the labels and the community names.
  await page.waitForTimeout(1500);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: out });
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
  console.log(`${out}: ${await page.locator('#status').textContent()}`);
} finally {
  await browser.close();
}

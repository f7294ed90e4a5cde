import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { ViewerSettings } from '../../src/settings.ts';
import { freeArea } from '../../src/view/camera-frame.ts';

/** Debian's Chromium; Playwright cannot download its own browsers here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

let workerBrowser: Promise<Browser> | undefined;

/**
 * The Chromium of this test worker, launched by the first test file that asks and kept for the next files (`vitest
 * --no-isolate` runs a worker's files in one process): launching it and warming up its first page cost seconds per
 * file. Files share no page state through it: each file's pages and contexts are closed or emptied after it (see
 * `viewerSession`). Playwright kills it when the worker exits; a browser that went away is launched again.
 */
export async function sharedBrowser(): Promise<Browser> {
  const running = await workerBrowser?.catch(() => undefined);
  if (running?.isConnected()) return running;
  workerBrowser = launchBrowser();
  return await workerBrowser;
}

/**
 * Closes what a test file opened in the shared browser: each page with its context, except the blank pages kept for
 * the next file's tests (an idle page's context keeps only that page).
 */
export async function closeFilePages(browser: Browser, pages: readonly Page[]): Promise<void> {
  const idle = new Set(idlePages.get(browser) ?? []);
  for (const page of new Set(pages)) {
    if (idle.has(page)) continue;
    const context = page.context();
    if ([...idle].some((kept) => kept.context() === context)) await page.close();
    else await context.close();
  }
  for (const kept of idle) {
    for (const other of kept.context().pages()) if (other !== kept) await other.close();
  }
}

/**
 * The browser for a test file (the worker's shared one, see `sharedBrowser`), with the pages its tests opened and those
 * pages' logs: at the end every page is closed (or emptied and kept for the next file) and no page may have thrown an
 * uncaught exception, whatever was loaded into it. Call once at a test file's top level.
 *
 * The pages `openViewer` opens during a test are handed back when the test ends (see `releaseTestPages`) and reused by
 * the next tests of the file: starting a page (its context and renderer process) costs seconds on a busy machine,
 * while each test still gets its own document, loaded afresh from its URL.
 */
export interface ViewerSession {
  readonly browser: Browser;
  readonly pages: Page[];
  readonly logs: PageLog[];
  /** `openViewer` in this session's browser, the page and its log kept for the session's closing checks. */
  open(url: string, options?: { settings?: Partial<ViewerSettings> }): Promise<Page>;
}

export function viewerSession(): ViewerSession {
  let browser: Browser | undefined;
  const pages: Page[] = [];
  const logs: PageLog[] = [];
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  beforeEach(() => {
    testPages = [];
  });
  afterEach(async () => {
    await releaseTestPages();
  });
  afterAll(async () => {
    if (browser) await closeFilePages(browser, pages);
    expect(logs.flatMap((log) => log.errors)).toEqual([]);
  });
  const session: ViewerSession = {
    get browser(): Browser {
      if (!browser) throw new Error('the browser starts in beforeAll: use it inside a test');
      return browser;
    },
    pages,
    logs,
    async open(url, options = {}) {
      const { page, log } = await openViewer(session.browser, url, options);
      pages.push(page);
      logs.push(log);
      return page;
    },
  };
  return session;
}

export interface PageLog {
  /** Uncaught exceptions. */
  errors: string[];
  /** `console.error` messages, including the browser's own (a failed request, a WebGL error). */
  consoleErrors: string[];
}

/** Pages opened with settings of their own (`openViewer`'s `settings`): closed with their context after their test. */
const configuredPages = new WeakSet<Page>();
/** Pages of a finished test, blank, ready for the next test of the file (per browser). */
const idlePages = new WeakMap<Browser, Page[]>();
/** Where each page's errors go: the log of the test that has it now. */
const currentLog = new WeakMap<Page, PageLog>();
/** Pages `openViewer` handed out during the running test of a `viewerSession` (null outside its tests). */
let testPages: Page[] | null = null;

/**
 * Hands the running test's pages back for the next tests: each is emptied (about:blank stops its timers, workers and
 * WebGL), the mouse is taken off the canvas and no key is left held, so nothing of this test reaches the next one.
 */
async function releaseTestPages(): Promise<void> {
  const released = testPages ?? [];
  testPages = null;
  for (const page of released) {
    if (page.isClosed()) continue;
    if (configuredPages.has(page)) {
      await page.context().close();
      continue;
    }
    await page.keyboard.up('Shift');
    await page.keyboard.up('Control');
    await page.keyboard.up('Alt');
    await page.mouse.move(0, 0);
    await page.goto('about:blank');
    const browser = page.context().browser();
    if (browser) idlePages.set(browser, [...(idlePages.get(browser) ?? []), page]);
  }
}

const VIEWPORT = { width: 1400, height: 900 };

/**
 * The viewer loaded afresh from `url` in a page of its own, waiting until the graph is shown (or an error is). Page
 * errors are collected in a new log. Inside a `viewerSession` test the page may be one an earlier test used (emptied
 * and back at the default viewport), never one this test still holds. `settings` replace some of the viewer's
 * (`apps/viewer/src/settings.ts`: `globalThis.papergraphSettings`, set before the page's script runs, reloads
 * included); such a page is new and closed after the test, so they reach no other test.
 */
export async function openViewer(browser: Browser, url: string, options: { settings?: Partial<ViewerSettings> } = {}): Promise<{ page: Page; log: PageLog }> {
  const idle = testPages && !options.settings ? idlePages.get(browser)?.pop() : undefined;
  let page: Page;
  if (idle) {
    page = idle;
    await page.setViewportSize(VIEWPORT);
  } else {
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    if (options.settings) {
      await context.addInitScript((settings) => {
        globalThis.papergraphSettings = settings;
      }, options.settings);
    }
    page = await context.newPage();
    if (options.settings) configuredPages.add(page);
    page.on('pageerror', (error) => currentLog.get(page)?.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') currentLog.get(page)?.consoleErrors.push(message.text());
    });
  }
  testPages?.push(page);
  const log: PageLog = { errors: [], consoleErrors: [] };
  currentLog.set(page, log);
  await page.goto(url);
  await page.waitForSelector('body[data-status="ready"], body[data-status="error"]', { timeout: 30_000 });
  return { page, log };
}

/** Drops files on the page the way a user's drag and drop does (text, or bytes such as a .gz). */
export async function dropFiles(page: Page, files: ReadonlyArray<{ name: string; content: string | Buffer }>): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, base64: Buffer.from(file.content).toString('base64') }));
  await page.evaluate((dropped) => {
    document.body.dataset.status = 'dropping';
    const transfer = new DataTransfer();
    for (const file of dropped) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
  await page.waitForSelector('body[data-status="ready"], body[data-status="error"]', { timeout: 30_000 });
}

export async function dropFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await dropFiles(page, [{ name, content }]);
}

/** Waits until sigma's camera has finished its animation (a node's place on the page is known only then). */
export async function cameraAtRest(page: Page): Promise<void> {
  // Sigma also has to have caught up with its container's size: after a viewport change it refreshes at the next
  // frame, and until then it places every node for the old size (a click aimed from that misses its node).
  await page.waitForFunction(() => {
    const renderer = window.papergraph.app.getRenderer();
    if (!renderer || renderer.getCamera().isAnimating()) return false;
    const container = renderer.getContainer();
    const { width, height } = renderer.getDimensions();
    return container.offsetWidth === width && container.offsetHeight === height;
  });
}

/** Where a node drawn by sigma is on the page, from sigma's own coordinates. */
export async function nodeOnPage(page: Page, key: string): Promise<{ x: number; y: number }> {
  const inContainer = await page.evaluate((node) => {
    const renderer = window.papergraph.app.getRenderer();
    const data = renderer?.getNodeDisplayData(node);
    return renderer && data ? renderer.framedGraphToViewport(data) : null;
  }, key);
  if (!inContainer) throw new Error(`${key} is not drawn`);
  const box = await page.locator('#graph-container').boundingBox();
  return { x: (box?.x ?? 0) + inContainer.x, y: (box?.y ?? 0) + inContainer.y };
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

/** Records every address the page writes into its history from now on. */
export async function recordUrls(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { urls: string[] }).urls = seen;
    const replace = history.replaceState.bind(history);
    history.replaceState = (data, unused, address) => {
      seen.push(String(address));
      replace(data, unused, address);
    };
  });
  return () => page.evaluate(() => (window as unknown as { urls: string[] }).urls);
}

/** A box in a canvas's pixels. */
export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Drawn nodes' discs and the controls over the canvas, in the canvas's pixels. */
export interface Framing {
  width: number;
  height: number;
  discs: Array<Box & { node: string }>;
  overlays: Box[];
}

/**
 * The discs of the given drawn nodes (all drawn, visible nodes without keys) and what covers the canvas, in the canvas's
 * pixels, measured from sigma and the page as they are now.
 */
export async function framing(page: Page, keys: readonly string[] | null): Promise<Framing> {
  await cameraAtRest(page);
  return await page.evaluate((nodes) => {
    const renderer = window.papergraph.app.getRenderer()!;
    const container = renderer.getContainer();
    const origin = container.getBoundingClientRect();
    const { width, height } = renderer.getDimensions();
    const drawn = renderer.getGraph();
    const discs = (nodes ?? drawn.filterNodes((node) => !renderer.getNodeState(node).isHidden))
      .filter((node) => drawn.hasNode(node))
      .map((node) => {
        const data = renderer.getNodeDisplayData(node)!;
        const centre = renderer.framedGraphToViewport(data);
        const radius = renderer.scaleSize(data.size);
        return { node, minX: centre.x - radius, maxX: centre.x + radius, minY: centre.y - radius, maxY: centre.y + radius };
      });
    const overlays = [...container.parentElement!.querySelectorAll('.canvas-bar > *, .overview-bar > *, .camera-controls, .status, .message')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => ({ minX: box.left - origin.left, maxX: box.right - origin.left, minY: box.top - origin.top, maxY: box.bottom - origin.top }));
    return { width, height, discs, overlays };
  }, keys);
}

/** Nodes whose disc is not wholly in sight: cut by the canvas's edge or under a control over it. */
export function notInSight(frame: Framing): string[] {
  const meets = (a: Box, b: Box) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
  return frame.discs
    .filter((disc) => disc.minX < 0 || disc.minY < 0 || disc.maxX > frame.width || disc.maxY > frame.height || frame.overlays.some((overlay) => meets(disc, overlay)))
    .map((disc) => disc.node);
}

/** How far, in canvas pixels, the drawn node's disc centre is from the centre of the canvas area no control covers. */
export async function offFreeCentre(page: Page, key: string): Promise<number> {
  const frame = await framing(page, [key]);
  const disc = frame.discs[0]!;
  const free = freeArea(frame.width, frame.height, frame.overlays);
  return Math.hypot((disc.minX + disc.maxX) / 2 - (free.minX + free.maxX) / 2, (disc.minY + disc.maxY) / 2 - (free.minY + free.maxY) / 2);
}

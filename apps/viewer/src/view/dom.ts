/**
 * The one way the viewer builds DOM: text always goes through `textContent` (never innerHTML), so a paper title
 * such as `<img onerror=…>` is shown as text, never run.
 */
export interface ElementOptions {
  className?: string;
  text?: string;
  title?: string;
  attributes?: Record<string, string>;
  dataset?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
}

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.title !== undefined) element.title = options.title;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(options.dataset ?? {})) element.dataset[name] = value;
  const onClick = options.onClick;
  if (onClick) element.addEventListener('click', (event) => onClick(event as MouseEvent));
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Appends the children given, skipping the absent ones (a section a panel leaves out), as `el` does. */
export function appendAll(element: HTMLElement, ...children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(element: HTMLElement): void {
  element.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}

/** Saves text or a blob as a download through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { attributes: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface BoxSize {
  width: number;
  height: number;
}

/**
 * Calls `onChange` each time the element's box (border box, whole pixels) changes size after this call, whatever
 * changed it (a panel opening beside it, the window, a style): a canvas drawn at the old size would spill over its
 * neighbours. Returns a function that stops watching.
 */
export function watchSize(element: HTMLElement, onChange: (size: BoxSize, previous: BoxSize) => void): () => void {
  // Measured now, not taken from the observer's first report: a change before that report is a change too.
  let last: BoxSize = { width: element.offsetWidth, height: element.offsetHeight };
  const observer = new ResizeObserver((entries) => {
    const box = entries.at(-1)?.borderBoxSize[0];
    if (!box) return;
    const size = { width: Math.round(box.inlineSize), height: Math.round(box.blockSize) };
    const previous = last;
    last = size;
    if (previous.width !== size.width || previous.height !== size.height) onChange(size, previous);
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

/**
 * Where a graph comes from, and which `?graph=<url>` addresses the viewer opens. A link can point the viewer at any
 * address; a graph from elsewhere could carry text written to mislead (a title posing as a notice), so the page
 * always says where the graph it shows came from, and asks before opening one from another site.
 */

export type GraphSource = { kind: 'url'; url: string } | { kind: 'files'; names: string[] };

/** What to do with a `?graph=` address. */
export type GraphUrlDecision =
  /** Same origin, http(s): opened directly. `url` is resolved against the page. */
  | { action: 'open'; url: string }
  /** Another origin, or a `data:`/`blob:` URL: opened only after the user confirms in the page. */
  | { action: 'confirm'; url: string; reason: string }
  /** Anything else (`javascript:`, `file:`, an address that does not parse): never opened. */
  | { action: 'refuse'; reason: string };

/** Schemes the browser can fetch that do not name a site: their content is whatever the link wrote into them. */
const CONFIRMED_SCHEMES = new Set(['data:', 'blob:']);

/** Decides how to treat a `?graph=` value on a page at `pageUrl`. */
export function graphUrlPolicy(raw: string, pageUrl: string): GraphUrlDecision {
  const page = new URL(pageUrl);
  let url: URL;
  try {
    url = new URL(raw.trim(), page);
  } catch {
    return { action: 'refuse', reason: 'it is not a valid address.' };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (url.username !== '' || url.password !== '') return { action: 'refuse', reason: 'the address carries a user name or password.' };
    if (url.origin === page.origin) return { action: 'open', url: url.href };
    return { action: 'confirm', url: url.href, reason: `it is on another site (${url.origin}).` };
  }
  if (CONFIRMED_SCHEMES.has(url.protocol)) return { action: 'confirm', url: url.href, reason: `it is a ${url.protocol} address: its content comes from the link itself, not from a site.` };
  return { action: 'refuse', reason: `the viewer opens graphs from http(s) addresses (or data:/blob: after confirmation), not ${url.protocol} ones.` };
}

/** A file name for a graph at a URL: its last path segment (`graph.json` when there is none). */
export function nameFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'graph.json';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${parsed.protocol.slice(0, -1)}-url`;
  const segment = parsed.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment) || 'graph.json';
  } catch {
    return segment || 'graph.json';
  }
}

/** Longest address shown whole; longer ones (a `data:` URL holding a whole graph) are cut, with their length. */
const URL_SHOWN_CHARS = 160;

/** An address as shown in the page: whole when short, else its start and its length. */
export function displayUrl(url: string): string {
  if (url.length <= URL_SHOWN_CHARS) return url;
  return `${url.slice(0, URL_SHOWN_CHARS - 1)}… (${url.length.toLocaleString('en')} characters)`;
}

/** The line that says where the current graph came from. */
export function describeSource(source: GraphSource, pageUrl: string): string {
  if (source.kind === 'files') return `${source.names.length === 1 ? 'File' : 'Files'}: ${source.names.join(', ')}`;
  const shown = displayUrl(source.url);
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return `From an unreadable address: ${shown}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `From a ${url.protocol} address: ${shown}`;
  return `${url.origin === new URL(pageUrl).origin ? 'URL' : 'From another site'}: ${shown}`;
}

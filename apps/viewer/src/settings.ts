/**
 * Tunable thresholds of the viewer, in one typed place. They trade completeness for a responsive tab on a machine
 * without a GPU (Chromium then draws WebGL in software: sigma redraws ~100k edges in seconds, not milliseconds).
 */
export interface ViewerSettings {
  /**
   * Past this many visible nodes (after the default filters) the canvas starts in overview mode: one super-node per
   * community, expanded on demand. Sigma indexes every node of the graph it draws, hidden ones included, so a bigger
   * graph is never handed to it whole: the 5k-paper graph (33k nodes, 11k visible without authors) drawn whole took
   * 2.8 s per redraw (selection, clear) in headless Chromium; as an overview, about a tenth of that.
   */
  overviewFromVisibleNodes: number;
  /**
   * Same, counted in visible links. Sigma's per-frame cost follows the size of the graph it holds: in headless Chromium
   * without a GPU a 20k-node/100k-link graph drawn whole took 3 s per frame (hover, zoom, selection), where its overview
   * redraws in well under a second.
   */
  overviewFromVisibleEdges: number;
  /**
   * An expanded community with more visible members than this, split into sub-communities by core, shows them first
   * (one super-node each, expanded in turn), not its hundreds of members at once.
   */
  overviewSubcommunitiesFrom: number;
  /**
   * Communities with at most this many papers are gathered into one super-node of the overview (one legend row, one
   * neutral colour): each says nothing a researcher can use, and drawn one by one they crowd the map, the legend and
   * the palette. On the 5,000-paper graph 547 of its 679 communities have one paper, 35 two and 14 three, and the next
   * smallest has 8: 590 of those 596 are linked to no other community (their papers share no name with any other
   * paper; core's layout sets them out as a grid beside the map). On the first 20,000 papers: 1,087, 103 and 19 of
   * 1,320 communities have one, two and three papers, then one has 4, one 7 and the rest 26 or more. Three sits at
   * that gap on both. 0 gathers none.
   */
  overviewSmallCommunityPapers: number;
  /** Distance between neighbouring members on an expanded community's spiral, in layout units. */
  overviewMemberSpacing: number;
  /** ForceAtlas2 iterations for the super-node layout (scaled down for graphs with thousands of communities). */
  overviewLayoutIterations: number;
  /**
   * Largest GraphML/GEXF file opened, in bytes. The browser's XML parser builds a document tree of the whole file on
   * the page's thread before graphology reads it, and nothing can interrupt it: in headless Chromium on a 2-core
   * machine it read about 6 MB/s (the 20k-node/100k-link scale graph, 22 MB of GraphML, parsed in 3.5 s and opened in
   * 5 s). 32 MiB keeps that freeze to about 5 s; bigger graphs open from graph.json, which is parsed far faster.
   */
  maxXmlBytes: number;
  /**
   * Largest input read as text (after gunzip), in bytes: a JavaScript string holds at most 2^29 - 24 characters in
   * Chromium, and a gzip that inflates past this is stopped while inflating.
   */
  maxTextBytes: number;
  /**
   * A graph opened from its view file with more links than this is shown with its nodes first, and its links are
   * added between frames afterwards: adding the 75k-paper corpus's 616k links took 2 to 5 s of the page's thread,
   * most of its first frame's time. Below it (the 5k-paper graph has 41k links) they are added before the first frame.
   */
  linksAfterFirstFrameFrom: number;
  /** Time each bin of a timeline replay stays on screen, in milliseconds (a 3-year corpus replays in about 20 s). */
  timelineStepMs: number;
  /**
   * Time an information notice (a thesaurus applied, a file waiting) stays over the canvas, in milliseconds, unless the
   * pointer is on it: long enough to read two lines. Errors and warnings stay until closed.
   */
  infoNoticeMs: number;
}

export const DEFAULT_VIEWER_SETTINGS: Readonly<ViewerSettings> = {
  overviewFromVisibleNodes: 5_000,
  overviewFromVisibleEdges: 40_000,
  overviewSubcommunitiesFrom: 200,
  overviewSmallCommunityPapers: 3,
  overviewMemberSpacing: 10,
  overviewLayoutIterations: 200,
  maxXmlBytes: 32 * 1024 * 1024,
  maxTextBytes: 500 * 1024 * 1024,
  linksAfterFirstFrameFrom: 150_000,
  timelineStepMs: 600,
  infoNoticeMs: 12_000,
};

/**
 * The defaults with `overrides` laid over them: only known settings, each a finite number not below zero; anything else
 * is ignored with a console warning naming it.
 */
export function viewerSettingsWith(overrides: unknown): Readonly<ViewerSettings> {
  if (overrides === undefined || overrides === null) return DEFAULT_VIEWER_SETTINGS;
  if (typeof overrides !== 'object') {
    console.warn(`papergraphSettings ignored: an object of settings was expected, not ${typeof overrides}`);
    return DEFAULT_VIEWER_SETTINGS;
  }
  const settings: ViewerSettings = { ...DEFAULT_VIEWER_SETTINGS };
  for (const [name, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(DEFAULT_VIEWER_SETTINGS, name)) console.warn(`papergraphSettings.${name} ignored: no such setting`);
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) console.warn(`papergraphSettings.${name} ignored: ${typeof value === 'number' ? value : JSON.stringify(value)} is not a number of 0 or more`);
    else settings[name as keyof ViewerSettings] = value;
  }
  return settings;
}

declare global {
  /**
   * Settings a script sets before the viewer's own script runs (the e2e tests' `addInitScript`, e.g. `{ infoNoticeMs:
   * 200 }`), read once when the page loads: not part of a link, so no shared URL can change them.
   */
  var papergraphSettings: Partial<ViewerSettings> | undefined;
}

/** The settings in effect: the defaults, with `globalThis.papergraphSettings` over them. */
export const VIEWER_SETTINGS: Readonly<ViewerSettings> = viewerSettingsWith(globalThis.papergraphSettings);

/** Whether a graph opens as an overview of communities rather than drawn whole (see the two thresholds above). */
export function opensInOverview(visible: { visibleNodeCount: number; visibleEdgeCount: number }, settings: Readonly<ViewerSettings> = VIEWER_SETTINGS): boolean {
  return visible.visibleNodeCount > settings.overviewFromVisibleNodes || visible.visibleEdgeCount > settings.overviewFromVisibleEdges;
}

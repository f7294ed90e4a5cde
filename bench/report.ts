/** The benchmark's result types, growth exponents, issue-5 target checks and the printed table. */
import type { FloorResult } from './floor.ts';
import { REQUIRED_STAGES, STAGES, WORKERS_STAGE, type StageName } from './stage-names.ts';
import type { StageRun } from './stages.ts';
import type { UpdateResult } from './update.ts';
import { qualityText, type ViewerResult } from './viewer.ts';

export interface LeidenResult {
  nodes: number;
  edges: number;
  readMs: number;
  projectMs: number;
  leiden: { ms: number; modularity: number; communities: number };
  papergraph: { modularity: number; communities: number };
  igraph: string;
}

/** A step of the benchmark that failed: which one, and what its process said. */
export interface BenchFailure {
  step: string;
  message: string;
}

export interface SizeResult {
  /** As asked (`1000`, `all`). */
  size: string;
  papers: number;
  floor?: FloorResult & { runs: number[]; maxRss: number };
  run?: StageRun;
  /** `papergraph build` as a user runs it: wall time from spawn to exit, process peak RSS (threads included). */
  cli?: { ms: number; maxRss: number; processMs: number; papers: number };
  /** The same build writing graph.json only (`--formats json`): what the XML exports cost end to end. */
  cliJsonOnly?: { ms: number; maxRss: number };
  /** The stage-by-stage files are byte-identical to the ones `papergraph build` wrote (undefined: not compared). */
  sameAsCli?: boolean;
  leiden?: LeidenResult;
  viewer?: ViewerResult;
  /** `papergraph update` of a build of the first records with the last ones, beside the full build (issue 12). */
  update?: UpdateResult;
  /** Steps skipped on purpose, with the reason (no igraph, viewer unavailable…). */
  notes: string[];
  failures: BenchFailure[];
}

export interface BenchReport {
  corpus: string;
  machine: { cpus: number; cpu: string; memoryGiB: number; node: string; platform: string; loadAverageStart: number[]; loadAverageEnd: number[] };
  /** The commit measured and the files under packages/ and apps/ changed since (uncommitted work measured too). */
  git?: { commit: string; changed: string[] } | undefined;
  /** papergraph's sources were edited while the benchmark ran (numbers may mix two versions). */
  sourcesChangedDuringRun: boolean;
  date: string;
  totalMs: number;
  /** Stage and build runs per size (fastest kept). */
  repeat: number;
  /** --workers, when given. */
  workers?: number;
  sizes: SizeResult[];
  targets: TargetCheck[];
  failures: number;
}

export const TARGETS = {
  endToEndOverFloor: 6,
  peakRssBytes: 2 * 2 ** 30,
  extractionPapersPerSecond: 20_000,
  modularityRatio: 0.98,
  louvainOverLeidenTime: 2,
  /** "Linear-ish": t ∝ n^b with b at most this between the two largest sizes. */
  growthExponent: 1.2,
  /** Issue 12: adding the last ~6% of the papers to a build of the rest takes at most this share of a full build. */
  updateOverFullBuild: 0.5,
  /** Issue 13: the 75k-paper graph's first frame in headless Chromium without a GPU, in seconds. */
  viewerFirstFrameSeconds: 4,
  /** Issue 13: longest main-thread task after the first frame on the 5k-paper graph, in ms. */
  viewerLongestTaskMs: 200,
};

/** Exponent b of t ∝ n^b between two sizes: log(t2/t1) / log(n2/n1). */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number | undefined {
  if (n1 <= 0 || n2 <= n1 || t1 <= 0 || t2 <= 0) return undefined;
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

export function stageMs(result: SizeResult, stage: StageName): number | undefined {
  const s = result.run?.stages.find((x) => x.stage === stage);
  return s && !s.skipped ? s.ms : undefined;
}

/** Sum of the stages a build runs, extraction on one core (the workers' repeat left out). */
export function stagesTotalMs(result: SizeResult): number | undefined {
  if (!result.run) return undefined;
  return result.run.stages.filter((s) => s.stage !== WORKERS_STAGE && !s.skipped).reduce((a, s) => a + s.ms, 0);
}

/** End to end: the real `papergraph build` when it ran, else the sum of the stages. */
export function endToEndMs(result: SizeResult): number | undefined {
  return result.cli?.ms ?? stagesTotalMs(result);
}

export function floorRatio(result: SizeResult): number | undefined {
  const e2e = endToEndMs(result);
  return e2e !== undefined && result.floor && result.floor.ms > 0 ? e2e / result.floor.ms : undefined;
}

/** extractDocs alone on one core. */
export function extractionPapersPerSecond(result: SizeResult): number | undefined {
  return result.run && result.run.extractMs > 0 ? (result.papers / result.run.extractMs) * 1000 : undefined;
}

/** Per-stage growth exponents between the two largest sizes measured (undefined where a stage was skipped). */
export function stageExponents(sizes: SizeResult[]): Partial<Record<StageName | 'floor' | 'e2e', number>> {
  const measured = sizes.filter((s) => s.run);
  const a = measured[measured.length - 2];
  const b = measured[measured.length - 1];
  const out: Partial<Record<StageName | 'floor' | 'e2e', number>> = {};
  if (!a || !b) return out;
  for (const stage of STAGES) {
    const ta = stageMs(a, stage);
    const tb = stageMs(b, stage);
    const e = ta !== undefined && tb !== undefined ? growthExponent(a.papers, ta, b.papers, tb) : undefined;
    if (e !== undefined) out[stage] = e;
  }
  const f = a.floor && b.floor ? growthExponent(a.papers, a.floor.ms, b.papers, b.floor.ms) : undefined;
  if (f !== undefined) out.floor = f;
  const ea = endToEndMs(a);
  const eb = endToEndMs(b);
  const e = ea !== undefined && eb !== undefined ? growthExponent(a.papers, ea, b.papers, eb) : undefined;
  if (e !== undefined) out.e2e = e;
  return out;
}

export interface TargetCheck {
  target: string;
  value: string;
  /** undefined: could not be checked in this run (the note says why). */
  met: boolean | undefined;
}

/** The issue-5 targets, checked on the largest size measured. */
export function checkTargets(sizes: SizeResult[]): TargetCheck[] {
  const measured = sizes.filter((s) => s.run);
  const last = measured[measured.length - 1];
  if (!last?.run) {
    const update = updateChecks(sizes);
    return update.some((check) => check.met !== undefined) ? update : [{ target: 'any size measured', value: 'none', met: false }];
  }
  const checks: TargetCheck[] = [];
  const ratio = floorRatio(last);
  checks.push({
    target: `end to end (papergraph build) ≤ ${TARGETS.endToEndOverFloor}× floor`,
    value: ratio === undefined ? 'not measured' : `${ratio.toFixed(1)}× (${sec(endToEndMs(last))} s / ${sec(last.floor?.ms)} s)${last.cli ? '' : ' [sum of stages: build not run]'}`,
    met: ratio === undefined ? undefined : ratio <= TARGETS.endToEndOverFloor,
  });
  const rss = last.cli?.maxRss ?? last.run.maxRss;
  checks.push({
    target: 'peak RSS ≤ 2 GiB',
    value: `${mib(rss)} MiB (${last.cli ? 'papergraph build process' : 'stage process'})`,
    met: rss <= TARGETS.peakRssBytes,
  });
  const pps = extractionPapersPerSecond(last);
  checks.push({
    target: 'extraction ≥ 20,000 papers/s on one core',
    value: pps === undefined ? 'not measured' : `${Math.round(pps).toLocaleString('en')} papers/s`,
    met: pps === undefined ? undefined : pps >= TARGETS.extractionPapersPerSecond,
  });
  const workers = last.run.stages.find((s) => s.stage === WORKERS_STAGE);
  checks.push({
    target: 'worker-thread extraction identical to one thread',
    value: workers && !workers.skipped ? `identical (main thread + ${last.run.workers} worker${last.run.workers > 1 ? 's' : ''}, ${sec(workers.ms)} s)` : `not run: ${workers?.skipped ?? 'no stage'}`,
    met: workers && !workers.skipped ? true : undefined,
  });
  checks.push({
    target: 'stage-by-stage outputs byte-identical to papergraph build',
    value: last.sameAsCli === undefined ? 'not compared' : last.sameAsCli ? 'identical' : 'DIFFERENT',
    met: last.sameAsCli,
  });
  if (last.leiden) {
    const q = last.leiden.papergraph.modularity / last.leiden.leiden.modularity;
    checks.push({
      target: `Louvain modularity ≥ ${TARGETS.modularityRatio} × igraph Leiden's`,
      value: `${q.toFixed(4)} (${last.leiden.papergraph.modularity.toFixed(4)} / ${last.leiden.leiden.modularity.toFixed(4)})`,
      met: q >= TARGETS.modularityRatio,
    });
    const louvainMs = stageMs(last, 'cluster') ?? 0;
    const t = louvainMs / last.leiden.leiden.ms;
    checks.push({
      target: `Louvain time ≤ ${TARGETS.louvainOverLeidenTime} × igraph Leiden's`,
      value: `${t.toFixed(2)}× (${sec(louvainMs)} s / ${sec(last.leiden.leiden.ms)} s)`,
      met: t <= TARGETS.louvainOverLeidenTime,
    });
  } else {
    checks.push({ target: 'Louvain vs igraph Leiden', value: 'not measured (no python3-igraph, or --no-leiden)', met: undefined });
  }
  const exponents = stageExponents(sizes);
  const prev = measured[measured.length - 2];
  const worst = (Object.entries(exponents) as [string, number][])
    .filter(([stage]) => stage !== 'floor' && stage !== 'e2e')
    .sort((x, y) => y[1] - x[1])[0];
  if (prev && worst) {
    checks.push({
      target: `every stage linear-ish from ${prev.papers.toLocaleString('en')} to ${last.papers.toLocaleString('en')} papers (exponent ≤ ${TARGETS.growthExponent})`,
      value: `worst: ${worst[0]} ${worst[1].toFixed(2)}`,
      met: worst[1] <= TARGETS.growthExponent,
    });
  } else {
    checks.push({ target: 'growth exponents', value: 'need two sizes', met: undefined });
  }
  checks.push(...updateChecks(sizes));
  const viewer = last.viewer;
  checks.push({
    target: 'viewer opens the largest graph (headless Chromium)',
    value: !viewer
      ? 'not measured'
      : viewer.error
        ? `failed: ${viewer.error}`
        : `first render ${sec(viewer.firstRenderMs)} s (${viewer.overview ? `overview, ${viewer.renderedNodes} super-nodes` : `${viewer.renderedNodes} nodes drawn`})`,
    met: viewer ? !viewer.error : undefined,
  });
  // Issue 13: the largest graph's first frame, and no long task after the first frame on the 5k-paper graph.
  if (viewer && !viewer.error && viewer.firstFrameMs > 0) {
    checks.push({
      target: `viewer first frame of the largest graph ≤ ${TARGETS.viewerFirstFrameSeconds} s (issue 13)`,
      value: `${sec(viewer.firstFrameMs)} s`,
      met: viewer.firstFrameMs <= TARGETS.viewerFirstFrameSeconds * 1000,
    });
  }
  const fiveK = sizes.find((s) => s.papers === 5000 && s.viewer && !s.viewer.error && s.viewer.firstFrameMs > 0);
  if (fiveK?.viewer) {
    checks.push({
      target: `no main-thread task over ${TARGETS.viewerLongestTaskMs} ms after the first frame, 5k papers (issue 13)`,
      value: `longest ${Math.round(fiveK.viewer.longestTaskMs)} ms (${fiveK.viewer.longestTaskDuring || '—'}), ${fiveK.viewer.tasksOver200} over`,
      met: fiveK.viewer.longestTaskMs <= TARGETS.viewerLongestTaskMs,
    });
  }
  return checks;
}

/** Issue 12's update target, on the largest size where the update was timed. */
function updateChecks(sizes: SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const updated = [...sizes].reverse().find((s) => s.update);
  if (updated?.update) {
    const u = updated.update;
    const ratio = u.update.ms / u.full.ms;
    checks.push({
      target: `update (+${u.added.toLocaleString('en')} to ${u.base.toLocaleString('en')} papers) ≤ ${TARGETS.updateOverFullBuild} × full build (issue 12)`,
      value: `${ratio.toFixed(2)}× wall (${sec(u.update.ms)} s / ${sec(u.full.ms)} s); CPU time ${(u.update.cpuMs / u.full.cpuMs).toFixed(2)}× (${sec(u.update.cpuMs)} s / ${sec(u.full.cpuMs)} s)`,
      met: ratio <= TARGETS.updateOverFullBuild,
    });
    checks.push({
      target: "updated graph = full build's but for communities and positions",
      value: u.sameGraph ? `identical; ${(u.keptCommunity * 100).toFixed(1)}% of earlier nodes keep their community` : `DIFFERENT: ${u.difference}`,
      met: u.sameGraph,
    });
  } else checks.push({ target: 'update vs full build (issue 12)', value: 'not measured (--no-update)', met: undefined });
  return checks;
}

export function mib(bytes: number | undefined): string {
  return bytes === undefined ? '—' : Math.round(bytes / 2 ** 20).toLocaleString('en');
}
export function sec(ms: number | undefined): string {
  return ms === undefined ? '—' : (ms / 1000).toFixed(ms < 100 ? 3 : ms < 10_000 ? 2 : 1);
}
function pad(text: string, width: number, left = false): string {
  return left ? text.padEnd(width) : text.padStart(width);
}

export function formatReport(report: BenchReport): string {
  const sizes = report.sizes;
  const out: string[] = [];
  const m = report.machine;
  out.push(`papergraph bench — ${report.corpus} — ${report.date}, ${sec(report.totalMs)} s in all`);
  out.push(
    `machine: ${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; ` +
      `load average (1/5/15 min) at start ${m.loadAverageStart.join(' ')}, at end ${m.loadAverageEnd.join(' ')}`,
  );
  if (report.git) {
    const changed = report.git.changed;
    out.push(`sources: commit ${report.git.commit}${changed.length ? ` + uncommitted changes to ${changed.length} file(s) under packages/, apps/ (${changed.slice(0, 6).join(', ')}${changed.length > 6 ? ', …' : ''})` : ', clean'}`);
  }
  if (report.sourcesChangedDuringRun) out.push('WARNING: papergraph\'s sources were edited while the benchmark ran; sizes may have measured different code.');
  out.push(
    `runs: ${report.repeat > 1 ? `stages and papergraph build ${report.repeat} times per size, fastest time and highest peak RSS kept` : 'one of each per size'}` +
      `${report.workers !== undefined ? `; --workers ${report.workers}` : ''}`,
  );
  out.push('');
  const W = 20;
  const L = 24;
  const exponents = stageExponents(sizes);
  const measured = sizes.filter((s) => s.run);
  const hasExp = measured.length >= 2;
  const k = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
  const expLabel = hasExp ? `${k(measured[measured.length - 2]!.papers)}→${k(measured[measured.length - 1]!.papers)}` : '';
  const header = [pad('stage', L, true), ...sizes.map((s) => pad(`${s.papers.toLocaleString('en')} papers`, W))];
  if (hasExp) header.push(pad('exponent', 9));
  out.push(header.join(' '));
  out.push([pad('', L, true), ...sizes.map(() => pad('s / MiB', W)), ...(hasExp ? [pad(expLabel, 9)] : [])].join(' '));
  const row = (label: string, cells: string[], exponent?: number | null) =>
    out.push(
      [pad(label, L, true), ...cells.map((c) => pad(c, W)), ...(hasExp && exponent !== null ? [pad(exponent === undefined ? '—' : exponent.toFixed(2), 9)] : [])].join(
        ' ',
      ),
    );
  // With --update-only the floor and the stages are not run: not run is not failed.
  const missing = (s: SizeResult) => (s.notes.some((note) => note.startsWith('--update-only')) ? '—' : 'failed');
  row('floor', sizes.map((s) => (s.floor ? `${sec(s.floor.ms)} / ${mib(s.floor.maxRss)}` : missing(s))), exponents.floor);
  for (const stage of STAGES) {
    row(
      stage,
      sizes.map((s) => {
        if (!s.run) return missing(s);
        const x = s.run.stages.find((y) => y.stage === stage);
        if (!x) return '—';
        if (x.skipped) return 'skipped';
        return `${sec(x.ms)} / ${mib(x.peakRss || x.maxRss)}`;
      }),
      exponents[stage],
    );
  }
  row('stages total (1 core)', sizes.map((s) => (s.run ? `${sec(stagesTotalMs(s))} / ${mib(s.run.maxRss)}` : missing(s))), null);
  row('papergraph build (e2e)', sizes.map((s) => (s.cli ? `${sec(s.cli.ms)} / ${mib(s.cli.maxRss)}` : '—')), exponents.e2e);
  row('e2e / floor', sizes.map((s) => { const r = floorRatio(s); return r === undefined ? '—' : `${r.toFixed(1)}×`; }), null);
  if (sizes.some((s) => s.cliJsonOnly)) {
    row('build --formats json', sizes.map((s) => (s.cliJsonOnly ? `${sec(s.cliJsonOnly.ms)} / ${mib(s.cliJsonOnly.maxRss)}` : '—')), null);
    row('  / floor', sizes.map((s) => (s.cliJsonOnly && s.floor ? `${(s.cliJsonOnly.ms / s.floor.ms).toFixed(1)}×` : '—')), null);
  }
  if (sizes.some((s) => s.update)) {
    const u = (s: SizeResult) => s.update;
    row('papergraph update', sizes.map((s) => (u(s) ? `${sec(u(s)!.update.ms)} / ${mib(u(s)!.update.maxRss)}` : '—')), null);
    row('  full build, same inputs', sizes.map((s) => (u(s) ? `${sec(u(s)!.full.ms)} / ${mib(u(s)!.full.maxRss)}` : '—')), null);
    row('  update / full build', sizes.map((s) => (u(s) ? `${(u(s)!.update.ms / u(s)!.full.ms).toFixed(2)}×` : '—')), null);
    row('  CPU s: update / full', sizes.map((s) => (u(s) ? `${sec(u(s)!.update.cpuMs)} / ${sec(u(s)!.full.cpuMs)}` : '—')), null);
    row('  papers: built + added', sizes.map((s) => (u(s) ? `${u(s)!.base.toLocaleString('en')} + ${u(s)!.added.toLocaleString('en')}` : '—')), null);
    row('  extracted / kept comm.', sizes.map((s) => (u(s) ? `${u(s)!.extracted.toLocaleString('en')} / ${(u(s)!.keptCommunity * 100).toFixed(1)}%` : '—')), null);
    row('  update state MiB', sizes.map((s) => (u(s) ? (u(s)!.stateBytes / 2 ** 20).toFixed(1) : '—')), null);
  }
  row('extraction papers/s', sizes.map((s) => { const p = extractionPapersPerSecond(s); return p === undefined ? '—' : Math.round(p).toLocaleString('en'); }), null);
  row('  workers papers/s', sizes.map((s) => { const w = stageMs(s, WORKERS_STAGE); return w ? `${Math.round((s.papers / w) * 1000).toLocaleString('en')} (1+${s.run?.workers})` : '—'; }), null);
  row('nodes / edges', sizes.map((s) => (s.run ? `${s.run.nodes.toLocaleString('en')} / ${s.run.edges.toLocaleString('en')}` : '—')), null);
  row('communities', sizes.map((s) => (s.run ? s.run.communities.toLocaleString('en') : '—')), null);
  row('graph.json MiB', sizes.map((s) => mib(s.run?.files['graph.json']?.bytes)), null);
  row('same bytes as build', sizes.map((s) => (s.sameAsCli === undefined ? '—' : s.sameAsCli ? 'yes' : 'NO')), null);
  row('Louvain Q / s', sizes.map((s) => (s.leiden ? `${s.leiden.papergraph.modularity.toFixed(4)} / ${sec(stageMs(s, 'cluster'))}` : '—')), null);
  row('igraph Leiden Q / s', sizes.map((s) => (s.leiden ? `${s.leiden.leiden.modularity.toFixed(4)} / ${sec(s.leiden.leiden.ms)}` : '—')), null);
  row('  igraph projection s', sizes.map((s) => (s.leiden ? sec(s.leiden.projectMs) : '—')), null);
  row('  Leiden communities', sizes.map((s) => (s.leiden ? s.leiden.leiden.communities.toLocaleString('en') : '—')), null);
  row('viewer first frame s', sizes.map((s) => (s.viewer ? (s.viewer.error && !s.viewer.firstFrameMs ? 'failed' : sec(s.viewer.firstFrameMs)) : '—')), null);
  row('  longest task after ms', sizes.map((s) => (s.viewer && s.viewer.firstFrameMs ? `${Math.round(s.viewer.longestTaskMs)} (${s.viewer.longestTaskDuring || '—'})` : '—')), null);
  row('  tasks > 200 ms after', sizes.map((s) => (s.viewer && s.viewer.firstFrameMs ? String(s.viewer.tasksOver200) : '—')), null);
  row('  view file MiB', sizes.map((s) => (s.viewer?.viewBytes ? mib(s.viewer.viewBytes) : '—')), null);
  row('  layout kNN quality', sizes.map((s) => qualityText(s.viewer?.layoutQuality)), null);
  row('viewer first render s', sizes.map((s) => (s.viewer ? (s.viewer.error && !s.viewer.firstRenderMs ? 'failed' : sec(s.viewer.firstRenderMs)) : '—')), null);
  row('  viewer ready s', sizes.map((s) => (s.viewer && !s.viewer.error ? sec(s.viewer.readyMs) : '—')), null);
  row('  viewer draws', sizes.map((s) => (s.viewer && !s.viewer.error ? `${s.viewer.overview ? 'overview' : 'whole'} ${s.viewer.renderedNodes.toLocaleString('en')} n` : '—')), null);
  out.push('');
  out.push('s / MiB: wall seconds / peak RSS sampled every 5 ms while the stage ran (whole process; fresh process per size).');
  out.push('floor: gunzip + JSON.parse of every record + one regex pass over title+abstract, best of 3, its own process.');
  out.push('stages: core\'s pipeline stages (runPipelineAsync, files read by the CLI\'s ingest), then one per output format.');
  out.push('docs: LaTeX flattening and paper keys; extract: extraction on one core (papers/s counts it alone); resolve: the cross-paper pass.');
  out.push('extract (workers): the same docs on the main thread + N worker threads (1+N), checked identical, as `papergraph build` runs it from 10k papers.');
  out.push('papergraph build (e2e): the real CLI on the same file, spawn to exit (tsx start-up included), peak RSS of its process.');
  if (sizes.some((s) => s.cliJsonOnly)) out.push('build --formats json: the same build writing graph.json only (no GraphML, no GEXF), fastest of the runs.');
  if (sizes.some((s) => s.update)) {
    out.push('papergraph update: a build of the first records updated with the last ~6% (spawn to exit), beside papergraph build of both parts;');
    out.push('the updated graph.json is checked equal to the full build\'s but for community ids, labels and positions. CPU s: user + system');
    out.push('time of all the process\'s threads (the full build extracts on two), which other load on the machine barely changes.');
  }
  out.push('cluster: louvain.assign, weighted projection included; Leiden: igraph community_leiden alone on the same projection');
  out.push('(read from the GraphML papergraph wrote). Exponent: b in t ∝ n^b between the two largest sizes measured.');
  out.push('viewer: headless Chromium (software WebGL), navigation start → 2 animation frames after the viewer is ready');
  out.push('(ready: graph fetched, parsed and handed to the renderer); phases: the viewer\'s own papergraph:* User Timing measures.');
  const viewerPhases = sizes.filter((s) => s.viewer && !s.viewer.error && Object.keys(s.viewer.phases).length);
  for (const s of viewerPhases) {
    const phases = Object.entries(s.viewer!.phases)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, ms]) => `${name} ${sec(ms)}`)
      .join(', ');
    out.push(`  viewer phases at ${s.papers.toLocaleString('en')} papers (s): ${phases}`);
  }
  out.push('');
  // With --update-only no size is measured whole: the targets are those of the largest size that was updated.
  const last = measured.at(-1) ?? sizes.filter((s) => s.update).at(-1);
  out.push(`targets of issue 5 (on ${last ? last.papers.toLocaleString('en') : 0} papers):`);
  for (const check of report.targets) {
    out.push(`  ${check.met === undefined ? '  ?    ' : check.met ? 'met    ' : 'NOT met'}  ${check.target}: ${check.value}`);
  }
  const notes = sizes.flatMap((s) => s.notes.map((n) => `${s.size}: ${n}`));
  if (notes.length) {
    out.push('');
    out.push('notes:');
    for (const n of notes) out.push(`  ${n}`);
  }
  const failures = sizes.flatMap((s) => s.failures.map((f) => ({ size: s.size, ...f })));
  if (failures.length) {
    out.push('');
    out.push(`FAILURES (${failures.length}):`);
    for (const f of failures) out.push(`  ${f.size} / ${f.step}: ${f.message.split('\n').join('\n      ')}`);
  }
  return `${out.join('\n')}\n`;
}

export { REQUIRED_STAGES };

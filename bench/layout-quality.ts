/**
 * Layout quality and cost (issue 13): `npx tsx bench/layout-quality.ts [options]`.
 *
 * For each nested subset of the corpus (its first N records; `all` = the whole file) it builds the graph with core's
 * pipeline (the layout included, as `papergraph build` runs it), times the `layout` stage (wall and CPU time) and
 * measures how well communities sit apart: for each node, the share of its 10 nearest neighbours in the plane that are
 * in its own community, against the best achievable for those community sizes (layout/quality.ts); the same by
 * sub-community inside split communities. With `--graph FILE` it measures the positions already in a graph.json
 * instead (e.g. one written by an older version).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readGraphJSON } from '../packages/core/src/contract/read.ts';
import type { PaperGraph } from '../packages/core/src/contract/graph.ts';
import { layoutQuality, neighbourhoodQuality, type NeighbourhoodQuality } from '../packages/core/src/layout/quality.ts';
import { runPipeline } from '../packages/core/src/pipeline/run.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_CORPUS = resolve(REPO, '../shared/corpus/arxiv-2025-26.jsonl.gz');

const USAGE = `usage: npx tsx bench/layout-quality.ts [options]
  --corpus FILE    JSON Lines corpus, .gz or not (default: ${DEFAULT_CORPUS})
  --sizes LIST     nested subsets, first N records or "all" (default: 1000,5000,20000,all)
  --graph FILE     measure the positions of this graph.json instead of building (repeatable)
  --json           print JSON instead of the table
`;

interface Row {
  name: string;
  papers?: number;
  nodes: number;
  edges: number;
  communities: number;
  splitCommunities: number;
  subcommunities: number;
  /** Wall and CPU seconds of the cluster (Louvain + sub-communities), labels and layout stages (not for --graph). */
  stages?: Record<'cluster' | 'labels' | 'layout', { seconds: number; cpuSeconds: number }>;
  community: NeighbourhoodQuality;
  /** By sub-community, over the nodes of split communities only (undefined when none is split). */
  subcommunity?: NeighbourhoodQuality;
}

function parse(argv: string[]) {
  const flags = { corpus: DEFAULT_CORPUS, sizes: ['1000', '5000', '20000', 'all'], graphs: [] as string[], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--corpus') flags.corpus = value();
    else if (arg === '--sizes') flags.sizes = value().split(',').filter(Boolean);
    else if (arg === '--graph') flags.graphs.push(value());
    else if (arg === '--json') flags.json = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return flags;
}

/** Counts and both quality measures of a laid-out graph. */
function measure(name: string, graph: PaperGraph): Row {
  const communities = new Set<number>();
  const split = new Set<number>();
  const subs = new Set<string>();
  graph.forEachNode((_key, attributes) => {
    communities.add(attributes.community ?? -1);
    if (typeof attributes.subcommunity === 'number') {
      split.add(attributes.community ?? -1);
      subs.add(`${attributes.community}:${attributes.subcommunity}`);
    }
  });
  const row: Row = {
    name,
    nodes: graph.order,
    edges: graph.size,
    communities: communities.size,
    splitCommunities: split.size,
    subcommunities: subs.size,
    community: layoutQuality(graph),
  };
  if (split.size > 0) {
    // Nodes of split communities only, grouped by sub-community.
    const xs: number[] = [];
    const ys: number[] = [];
    const groups: number[] = [];
    graph.forEachNode((_key, attributes) => {
      if (typeof attributes.subcommunity !== 'number') return;
      xs.push(attributes.x!);
      ys.push(attributes.y!);
      groups.push(attributes.community! * 1_000_000 + attributes.subcommunity);
    });
    row.subcommunity = neighbourhoodQuality(Float64Array.from(xs), Float64Array.from(ys), Int32Array.from(groups));
  }
  return row;
}

function build(lines: string[], size: string): Row {
  const count = size === 'all' ? lines.length : Math.min(Number(size), lines.length);
  const text = lines.slice(0, count).join('\n') + '\n';
  const timed = ['cluster', 'labels', 'layout'] as const;
  const stages = {} as NonNullable<Row['stages']>;
  let wallStart = 0;
  let cpuStart: NodeJS.CpuUsage | undefined;
  const { graph } = runPipeline([{ name: `subset-${size}.jsonl`, text }], {}, {
    beforeStage() {
      wallStart = performance.now();
      cpuStart = process.cpuUsage();
    },
    afterStage(stage) {
      if (!(timed as readonly string[]).includes(stage)) return;
      const used = process.cpuUsage(cpuStart);
      stages[stage as (typeof timed)[number]] = { seconds: (performance.now() - wallStart) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
    },
  });
  return { ...measure(size, graph), papers: count, stages };
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

function table(rows: Row[]): string {
  const head = ['size', 'papers', 'nodes', 'edges', 'communities (split / subs)', 'cluster s', 'labels s', 'layout s', 'kNN same community: share / best / ratio', 'by sub-community: ratio'];
  const time = (row: Row, stage: 'cluster' | 'labels' | 'layout') => {
    const t = row.stages?.[stage];
    return t ? `${t.seconds.toFixed(2)} (cpu ${t.cpuSeconds.toFixed(2)})` : '';
  };
  const body = rows.map((row) => [
    row.name,
    row.papers?.toLocaleString('en') ?? '',
    row.nodes.toLocaleString('en'),
    row.edges.toLocaleString('en'),
    `${row.communities.toLocaleString('en')} (${row.splitCommunities} / ${row.subcommunities.toLocaleString('en')})`,
    time(row, 'cluster'),
    time(row, 'labels'),
    time(row, 'layout'),
    `${percent(row.community.share)} / ${percent(row.community.best)} / ${percent(row.community.ratio)}`,
    row.subcommunity ? percent(row.subcommunity.ratio) : '—',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  return [head, ...body].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** Layout quality of the positions already in a graph.json (the viewer bench's column). */
export function graphLayoutQuality(file: string): Row {
  return measure(file, readGraphJSON(JSON.parse(readFileSync(file, 'utf8'))));
}

function main(): void {
  const flags = parse(process.argv.slice(2));
  const rows: Row[] = [];
  if (flags.graphs.length > 0) {
    for (const file of flags.graphs) rows.push(graphLayoutQuality(file));
  } else {
    const raw = readFileSync(flags.corpus);
    const lines = (flags.corpus.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter((line) => line.trim());
    for (const size of flags.sizes) {
      process.stderr.write(`${size}: building and laying out…\n`);
      rows.push(build(lines, size));
      if (size !== 'all' && Number(size) >= lines.length) break;
    }
  }
  process.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
}

// Run as a script; imported (bench/viewer.ts), it only lends its measure.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

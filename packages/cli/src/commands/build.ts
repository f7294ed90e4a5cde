import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { asOutputError, checkOutputFolder } from '../errors.ts';
import {
  buildState,
  OUTPUT_FORMAT_NAMES,
  type GexfVersion,
  type CommunitySummary,
  type InputIssue,
  type OutputFormat,
  type PaperGraph,
  type PaperExtraction,
  type ReferencesMode,
  type Thesaurus,
  type ThesaurusReport,
} from '@papergraph/core';
import { defaultInputs } from '../io/graph-source.ts';
import { writeOutputs } from '../io/outputs.ts';
import { WHATS_NEW_FILE, writeUpdateState } from '../io/update-state.ts';
import { buildFromPaths, withProgress } from '../pipeline.ts';
import { formatSummary, graphStats, reportIssues, type GraphStats } from '../report.ts';
import { GEXF_VERSION_CHOICES, parseFormats, parseResolution, parseSeed, parseWorkers } from './options.ts';
import { readThesaurusOption, thesaurusSummary } from './thesaurus-option.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

interface BuildFlags {
  out: string;
  seed: number;
  resolution: number;
  pretty?: boolean;
  progress: boolean;
  json?: boolean;
  workers?: number;
  formats: OutputFormat[];
  gexfVersion: GexfVersion;
  thesaurus?: string;
  references: ReferencesMode;
}

export function registerBuild(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  program
    .command('build')
    .description('build the knowledge graph from paper listings and exports: JSON(L), arXiv (API, feeds, OAI-PMH, snapshot), BibTeX, RIS, CSL-JSON, Zotero RDF, Zotero JSON, EndNote XML and tagged (.enw), OpenAlex, Semantic Scholar, Crossref, Web of Science, PubMed (MEDLINE, XML), Ovid, RefWorks, CSV, Markdown paper lists (files or folders; .gz accepted)')
    .argument('[inputs...]', 'input files or folders (default: seeds)')
    .option('-o, --out <dir>', 'output folder for graph.json, graph.graphml, graph.gexf', 'out')
    .option('--seed <n>', 'Louvain random seed, 0 to 4294967295 (same seed, same communities)', parseSeed, 42)
    .option('--resolution <r>', 'Louvain resolution (>1: more, smaller communities)', parseResolution, 1)
    .addOption(
      new Option('--formats <list>', `output formats, comma-separated (${OUTPUT_FORMAT_NAMES.join(', ')}); others already in --out are removed`)
        .argParser(parseFormats)
        .default([...OUTPUT_FORMAT_NAMES], OUTPUT_FORMAT_NAMES.join(',')),
    )
    .addOption(
      new Option('--gexf-version <version>', 'GEXF version of graph.gexf (1.2: 1.2draft, read by networkx, Gephi, graphology; 1.3: edges carry their relation as kind, which Gephi keeps apart)')
        .choices(GEXF_VERSION_CHOICES)
        .default('1.2'),
    )
    .addOption(
      new Option('--references <which>', 'works outside the inputs that papers of the inputs cite (or, from Semantic Scholar, that cite them): inside (the cited ones counted on the citing paper) or all (each also kept as a stub paper node)')
        .choices(['inside', 'all'])
        .default('inside'),
    )
    .option('--thesaurus <file>', 'merge, rename or drop entities: TSV lines from<TAB>to[<TAB>kind] (an empty to drops) or JSON [{from, to, kind}]')
    .option('--pretty', 'indent graph.json')
    .option('--no-progress', 'never show a progress bar')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--workers <n>', 'extraction worker threads besides the main thread (0: none; default: one per extra core, at most 7, from 10,000 papers; never more than one per extra core)', parseWorkers)
    .addHelpText(
      'after',
      '\nExamples:\n  papergraph build                       # seeds/ → out/\n  papergraph build papers.jsonl.gz -o big --resolution 1.5\n  papergraph build corpus/ --formats json # graph.json only (for the viewer)\n  papergraph build corpus/ --thesaurus terms.tsv # your merges (see papergraph candidates)\n',
    )
    .action((inputs: string[], flags: BuildFlags) => {
      // --out is checked before the build, which may take minutes; a failure to write there later is still an
      // output error (exit 3). Everything else goes to the program's one handler (program.ts, via parseAsync).
      checkOutputFolder(flags.out);
      const thesaurus = flags.thesaurus === undefined ? undefined : readThesaurusOption(flags.thesaurus, io.stderr);
      return runBuild(inputs.length > 0 ? inputs : defaultInputs(), flags, thesaurus, io).catch((error: unknown) => {
        throw asOutputError(error, flags.out);
      });
    });
}

async function runBuild(paths: string[], flags: BuildFlags, thesaurus: Thesaurus | undefined, io: CommandOutput): Promise<void> {
  // What `papergraph update` needs later: the extract stage's output (before the corpus-wide resolve) and the
  // issues as read (before the thesaurus adds its own).
  let extractions: readonly PaperExtraction[] = [];
  let issues: { rejections: InputIssue[]; warnings: InputIssue[] } = { rejections: [], warnings: [] };
  const progress = withProgress(
    {
      afterStage: (stage, state) => {
        if (stage === 'extract' && state.extractions) extractions = state.extractions;
        if (stage === 'ingest' && state.ingested) issues = { rejections: [...state.ingested.rejections], warnings: [...state.ingested.warnings] };
      },
      seed: flags.seed,
      resolution: flags.resolution,
      references: flags.references,
      ...(thesaurus ? { thesaurus } : {}),
      ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
    },
    flags.progress,
  );
  const result = await buildFromPaths(paths, progress.options);
  const bar = progress.bar();
  bar.update(result.records.length, 'write');
  const files = writeOutputs(result.graph, flags.out, { pretty: flags.pretty ?? false, formats: flags.formats, gexfVersion: flags.gexfVersion });
  const settings = {
    formats: [...flags.formats],
    seed: flags.seed,
    resolution: flags.resolution,
    references: flags.references,
    gexfVersion: flags.gexfVersion,
    pretty: flags.pretty ?? false,
    ...(thesaurus ? { thesaurus } : {}),
    layout: true,
  };
  const state = buildState(result, extractions, settings, issues);
  // What the next update needs to copy the files' unchanged elements.
  state.manifest.outputs = files.records;
  await writeUpdateState(flags.out, state, files.offsets);
  // An earlier update's report describes the folder's previous graph, not this one: gone, so the folder never mixes
  // two builds (listed with the outputs removed).
  const reportPath = join(flags.out, WHATS_NEW_FILE);
  const staleReport = existsSync(reportPath) ? reportPath : undefined;
  if (staleReport) rmSync(staleReport);
  const removed = staleReport ? [...files.removed, staleReport] : files.removed;
  bar.stop();
  const applied = result.graph.getAttribute('thesaurus') as ThesaurusReport | undefined;

  const written = OUTPUT_FORMAT_NAMES.map((format) => files[format]).filter((path): path is string => path !== undefined);
  if (flags.json) {
    const paths = Object.fromEntries(flags.formats.map((format) => [format, files[format]]));
    io.stdout.write(`${JSON.stringify(buildReport(result.graph, { ...paths, removed }, result), null, 2)}\n`);
  } else {
    io.stdout.write(`${formatSummary(result.graph)}\n`);
    if (applied) io.stdout.write(`${thesaurusSummary(applied)}\n`);
    reportIssues(result, io.stderr);
    io.stdout.write(`wrote ${written.join(', ')}\n`);
    if (files.removed.length > 0) io.stdout.write(`removed (format not asked for): ${files.removed.join(', ')}\n`);
    if (staleReport) io.stdout.write(`removed (an earlier update's report of the previous graph): ${staleReport}\n`);
  }
}

/** What `build --json` prints: the summary a user or a script reads, never the internals kept for `update`. */
export type BuildReport = Omit<GraphStats, 'communities'> & {
  /** Every community (id, label, size, top members): their number is its length. */
  communities: CommunitySummary[];
  thesaurus?: ThesaurusReport;
  /** The path written per format asked for, and what was removed: outputs of formats not asked for, an earlier update's whats-new.json. */
  files: Partial<Record<OutputFormat, string>> & { removed: string[] };
  rejections: InputIssue[];
  warnings: InputIssue[];
};

export function buildReport(graph: PaperGraph, files: BuildReport['files'], issues: { rejections: InputIssue[]; warnings: InputIssue[] }): BuildReport {
  const applied = graph.getAttribute('thesaurus') as ThesaurusReport | undefined;
  return {
    ...graphStats(graph),
    communities: graph.getAttribute('communities') ?? [],
    ...(applied ? { thesaurus: applied } : {}),
    files,
    rejections: issues.rejections,
    warnings: issues.warnings,
  };
}

/**
 * Where `papergraph build` spends its time, stage by stage, to set beside bench/profile-update.ts: `tsx
 * bench/profile-build.ts OUT_DIR INPUT…` runs the build's steps in this process (the CLI's pipeline, extraction in
 * worker threads as the CLI chooses, the four formats and the update state written as `build` writes them) and prints
 * the wall and CPU milliseconds of each (CPU: every thread of the process, the extraction workers' included).
 */
import { buildState, OUTPUT_FORMAT_NAMES, type InputIssue, type OutputFormat, type PaperExtraction } from '../packages/core/src/index.ts';
import { writeOutputs, type WrittenFiles } from '../packages/cli/src/index.ts';
import { lapTimer } from './laps.ts';
import { buildFromPaths } from '../packages/cli/src/pipeline.ts';
import { writeUpdateState } from '../packages/cli/src/io/update-state.ts';

const [outDir, ...inputs] = process.argv.slice(2);
if (!outDir || inputs.length === 0) throw new Error('usage: tsx bench/profile-build.ts OUT_DIR INPUT…');
const { lap, print } = lapTimer();
let extractions: readonly PaperExtraction[] = [];
let issues: { rejections: InputIssue[]; warnings: InputIssue[] } = { rejections: [], warnings: [] };
const result = await buildFromPaths(inputs, {
  seed: 42,
  resolution: 1,
  references: 'inside',
  afterStage: (stage, state) => {
    if (stage === 'extract' && state.extractions) extractions = state.extractions;
    if (stage === 'ingest' && state.ingested) issues = { rejections: [...state.ingested.rejections], warnings: [...state.ingested.warnings] };
    lap(stage);
  },
});
const records: Record<string, { bytes: number; dialect: string }> = {};
const offsets: WrittenFiles['offsets'] = {};
for (const format of OUTPUT_FORMAT_NAMES as OutputFormat[]) {
  const files = writeOutputs(result.graph, outDir, { formats: [format], keepOthers: true });
  Object.assign(records, files.records);
  Object.assign(offsets, files.offsets);
  lap(`write ${format}`);
}
const settings = { formats: [...OUTPUT_FORMAT_NAMES], seed: 42, resolution: 1, references: 'inside' as const, gexfVersion: '1.2', pretty: false, layout: true };
const state = buildState(result, extractions, settings, issues);
state.manifest.outputs = records;
lap('state: hashes');
await writeUpdateState(outDir, state, offsets);
lap('write state');
print();

/**
 * Where `papergraph update` spends its time: `tsx bench/profile-update.ts OUT_DIR INPUT…` runs the update's steps in
 * this process (on OUT_DIR itself: copy it first) and prints the wall and CPU milliseconds of each, stage by stage
 * (CPU time: what a step costs whatever else the machine runs).
 */
import { OUTPUT_FORMAT_NAMES, updateBuild, type OutputFormat } from '../packages/core/src/index.ts';
import { writeOutputs, type WrittenFiles } from '../packages/cli/src/index.ts';
import { lapTimer } from './laps.ts';
import { readInputFiles } from '../packages/cli/src/io/read-inputs.ts';
import { readUpdateManifest, readUpdateState, writeUpdateState } from '../packages/cli/src/io/update-state.ts';

const [outDir, ...inputs] = process.argv.slice(2);
if (!outDir) throw new Error('usage: tsx bench/profile-update.ts OUT_DIR INPUT…');
const { lap, print } = lapTimer();
const manifest = readUpdateManifest(outDir);
// As the CLI: the previous build and the update's result are not held while the files are written.
const { changed, previousOffsets } = await (async () => {
  const previous = await readUpdateState(outDir, manifest);
  lap('read state');
  const read = await readInputFiles(inputs);
  lap('read new inputs');
  const result = updateBuild(
    { previous, added: read.ingested, addedInputs: read.inputNames },
    { hooks: { beforeStage: (stage) => (stage === 'ingest' ? lap('merge records') : undefined), afterStage: (stage) => lap(stage) } },
  );
  lap('what is new, hashes');
  return { changed: result.changed ? { graph: result.build.graph, next: result.next, reuse: result.reuse } : undefined, previousOffsets: previous.offsets };
})();
if (changed) {
  const { graph, next } = changed;
  const formats = OUTPUT_FORMAT_NAMES.filter((format) => manifest.settings.formats.includes(format)) as OutputFormat[];
  const reuse =
    changed.reuse && manifest.outputs ? { previous: { records: manifest.outputs, plan: changed.reuse, nodes: manifest.nodes, edges: manifest.edges, offsets: previousOffsets } } : {};
  const records: NonNullable<typeof manifest.outputs> = {};
  const offsets: WrittenFiles['offsets'] = {};
  for (const format of formats) {
    // One format at a time, so each is timed; the others are kept (their previous files are read when written).
    const files = writeOutputs(graph, outDir, { formats: [format], keepOthers: true, ...reuse });
    Object.assign(records, files.records);
    Object.assign(offsets, files.offsets);
    const reused = files.reused[format];
    lap(`write ${format}${reused === undefined ? '' : ` (${Math.round((100 * reused) / (graph.order + graph.size))}% reused)`}`);
  }
  next.manifest.outputs = records;
  await writeUpdateState(outDir, next, offsets);
  lap('write state');
}
print();

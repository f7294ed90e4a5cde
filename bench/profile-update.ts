/**
 * Where `papergraph update` spends its time: `tsx bench/profile-update.ts OUT_DIR INPUT…` runs the update's steps in
 * this process (on OUT_DIR itself: copy it first) and prints the milliseconds of each, stage by stage.
 */
import { OUTPUT_FORMAT_NAMES, updateBuild, type OutputFormat } from '../packages/core/src/index.ts';
import { writeOutputs } from '../packages/cli/src/index.ts';
import { readInputFiles } from '../packages/cli/src/io/read-inputs.ts';
import { readUpdateState, writeUpdateState } from '../packages/cli/src/io/update-state.ts';

const [outDir, ...inputs] = process.argv.slice(2);
if (!outDir) throw new Error('usage: tsx bench/profile-update.ts OUT_DIR INPUT…');
const times: Array<[string, number]> = [];
let t = performance.now();
const lap = (label: string) => {
  const now = performance.now();
  times.push([label, Math.round(now - t)]);
  t = now;
};
const previous = await readUpdateState(outDir);
lap('read state');
const read = await readInputFiles(inputs);
lap('read new inputs');
const result = updateBuild(
  { previous, added: read.ingested, addedInputs: read.inputNames },
  { hooks: { beforeStage: () => lap('(between stages)'), afterStage: (stage) => lap(stage) } },
);
if (result.changed) {
  const formats = OUTPUT_FORMAT_NAMES.filter((format) => previous.manifest.settings.formats.includes(format)) as OutputFormat[];
  for (const format of formats) {
    writeOutputs(result.build.graph, outDir, { formats: [format] });
    lap(`write ${format}`);
  }
  await writeUpdateState(outDir, result.next);
  lap('write state');
}
for (const [label, ms] of times) process.stdout.write(`${label.padEnd(20)} ${String(ms).padStart(7)} ms\n`);
process.stdout.write(`${'total'.padEnd(20)} ${String(times.reduce((a, [, ms]) => a + ms, 0)).padStart(7)} ms\n`);

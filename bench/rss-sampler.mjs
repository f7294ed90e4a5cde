// Worker thread inside a benchmark child (plain JS: it needs no loader). Every few milliseconds it reads the
// process's resident set size (VmRSS in /proc/self/status: the whole process — main thread, workers, native
// buffers) and keeps the maximum per stage. The main thread runs stages synchronously and cannot sample itself;
// it only writes the current stage number into shared memory.
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

const state = new Int32Array(workerData.control); // [0]: current stage, [1]: stop flag
const max = new Float64Array(workerData.peaks); // bytes, per stage

function rss() {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'latin1'));
  return match ? Number(match[1]) * 1024 : 0;
}

while (Atomics.load(state, 1) === 0) {
  const stage = Atomics.load(state, 0);
  const value = rss();
  if (value > max[stage]) max[stage] = value;
  Atomics.wait(state, 1, 0, 5);
}

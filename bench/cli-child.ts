/**
 * `papergraph build …` exactly as `pnpm kg build …` runs it, in this process, writing the process's peak RSS
 * (resourceUsage().maxRSS: main thread, worker threads and native memory) to the file named by
 * PAPERGRAPH_BENCH_RSS when the process exits, with its uptime and CPU time (all threads).
 */
import { writeFileSync } from 'node:fs';
import { runCommand } from '../packages/cli/src/index.ts';

const rssFile = process.env['PAPERGRAPH_BENCH_RSS'];
process.on('exit', () => {
  if (!rssFile) return;
  const usage = process.resourceUsage();
  // CPU time of every thread of the process: what the work cost whatever else the machine was running.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  writeFileSync(rssFile, JSON.stringify({ maxRss: usage.maxRSS * 1024, uptimeMs: process.uptime() * 1000, cpuMs }));
});
process.exitCode = await runCommand(process.argv.slice(2));

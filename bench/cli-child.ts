/**
 * `papergraph build …` exactly as `pnpm kg build …` runs it, in this process, writing the process's peak RSS
 * (resourceUsage().maxRSS: main thread, worker threads and native memory) to the file named by
 * PAPERGRAPH_BENCH_RSS when the process exits.
 */
import { writeFileSync } from 'node:fs';
import { runCommand } from '../packages/cli/src/index.ts';

const rssFile = process.env['PAPERGRAPH_BENCH_RSS'];
process.on('exit', () => {
  if (rssFile) writeFileSync(rssFile, JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, uptimeMs: process.uptime() * 1000 }));
});
process.exitCode = await runCommand(process.argv.slice(2));

/**
 * One measurement in a fresh process, so peak RSS and JIT state belong to it alone. Prints one JSON object on stdout.
 *   tsx bench/child.ts floor FILE                    the floor, best of three runs (floor.ts)
 *   tsx bench/child.ts stages FILE OUT_DIR [WORKERS] papergraph's stages one by one (stages.ts)
 *   tsx bench/child.ts same-graph UPDATED FULL      the first difference of two graph.json but for communities (update.ts)
 */
// Loaded per mode: the floor does not depend on papergraph's sources.

const [mode, file, outDir, workers] = process.argv.slice(2);

async function main(): Promise<unknown> {
  if (mode === 'floor' && file) {
    const { measureFloor } = await import('./floor.ts');
    const runs = [measureFloor(file), measureFloor(file), measureFloor(file)];
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    return { ...best, runs: runs.map((r) => r.ms), maxRss: process.resourceUsage().maxRSS * 1024 };
  }
  if (mode === 'stages' && file && outDir) {
    const { runStages } = await import('./stages.ts');
    return await runStages(file, { outDir, ...(workers !== undefined ? { workers: Number(workers) } : {}) });
  }
  if (mode === 'same-graph' && file && outDir) {
    const { graphDifference } = await import('./update.ts');
    return { difference: graphDifference(file, outDir) ?? null };
  }
  throw new Error('usage: tsx bench/child.ts floor FILE | stages FILE OUT_DIR [WORKERS] | same-graph UPDATED FULL');
}

main().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`bench child (${mode ?? '?'}) failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);

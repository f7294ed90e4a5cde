/**
 * Named phases of opening a graph, as User Timing measures (`performance.getEntriesByType('measure')`, names start
 * with `papergraph:`): the scale measurement reads where the time goes without a profiler.
 */
export function timed<T>(phase: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(`papergraph:${phase}`, { start, end: performance.now() });
  }
}

export async function timedAsync<T>(phase: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    performance.measure(`papergraph:${phase}`, { start, end: performance.now() });
  }
}

/**
 * Wall and CPU time step by step, for the profile scripts (profile-build.ts, profile-update.ts): `lap(label)` closes
 * the step since the previous lap; `print()` writes the table with a total. CPU is every thread of the process.
 */
export function lapTimer(): { lap: (label: string) => void; print: () => void } {
  const times: Array<[string, number, number]> = [];
  let t = performance.now();
  let cpu = process.cpuUsage();
  const lap = (label: string): void => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    times.push([label, Math.round(now - t), Math.round((used.user + used.system) / 1000)]);
    // With LAP_LOG, each lap's end on the monotonic clock (µs, the clock of V8's CPU profiles), to split a profile by step.
    if (process.env.LAP_LOG) process.stdout.write(`LAP ${label} ${process.hrtime.bigint() / 1000n}\n`);
    t = now;
    cpu = process.cpuUsage();
  };
  const row = (label: string, ms: number, cpuMs: number) => `${label.padEnd(28)} ${String(ms).padStart(8)} ${String(cpuMs).padStart(8)}\n`;
  const print = (): void => {
    process.stdout.write(`${'step'.padEnd(28)} ${'wall ms'.padStart(8)} ${'CPU ms'.padStart(8)}\n`);
    for (const [label, ms, cpuMs] of times) process.stdout.write(row(label, ms, cpuMs));
    const sum = (i: 1 | 2) => times.reduce((a, r) => a + r[i], 0);
    process.stdout.write(row('total', sum(1), sum(2)));
  };
  return { lap, print };
}

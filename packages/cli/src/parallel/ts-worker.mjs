// Worker threads do not inherit tsx's loader hooks when the CLI runs from its TypeScript sources (`pnpm kg`,
// `npx tsx`): this plain-JS entry registers tsx (when the module to load is TypeScript) and then loads the
// worker module named in workerData.entry.
import { workerData } from 'node:worker_threads';

const { entry } = workerData;
if (entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(entry);

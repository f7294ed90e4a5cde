// `pnpm start`: builds the bundled seeds in memory and serves the viewer on them, which is `papergraph view seeds`
// (the one server: packages/cli/src/serve/server.ts). Nothing is written to out/, so a graph built there stays.
// Options pass through: `pnpm start --port 8080 --no-open --serve-dir maps`. Run by tsx (the viewer's start
// script), which loads the CLI's TypeScript.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../../packages/cli/src/program.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// pnpm runs this in apps/viewer; paths given with the options are the user's, relative to where pnpm was started.
const cwd = process.env.INIT_CWD || repoRoot;
process.chdir(cwd);
const seeds = relative(cwd, `${repoRoot}seeds`) || '.';
// (`pnpm start -- --port 8080` may hand the `--` on: it would make the options read as inputs)
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
process.exitCode = await runCommand(['view', seeds, ...args]);

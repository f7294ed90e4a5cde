#!/usr/bin/env -S npx tsx
import { runCommand, stopOnClosedOutput, userWorkingFolder } from './program.ts';

// `pnpm kg …` runs this in the workspace root, wherever pnpm was started: paths are the user's, from their folder.
process.chdir(userWorkingFolder());
stopOnClosedOutput();
process.exitCode = await runCommand(process.argv.slice(2));

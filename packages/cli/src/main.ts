#!/usr/bin/env -S npx tsx
import { run } from './program.ts';

process.exitCode = run(process.argv.slice(2));

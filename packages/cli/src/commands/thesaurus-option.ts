import { readFileSync } from 'node:fs';
import { parseThesaurus, thesaurusSummary as coreSummary, type Thesaurus, type ThesaurusReport } from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';
import type { TextOutput } from '../output.ts';
import { issueLine, terminalText } from '../report.ts';

/** Bad lines listed before the error; a file that is wrong everywhere (not a thesaurus at all) lists only these. */
const LISTED_ERRORS = 20;

/**
 * `--thesaurus <file>`: read here (the core only parses text) and parsed before any work. A bad line stops the
 * command with exit code 2, every bad line listed with its file and line: a rule silently skipped would leave a wrong
 * entity on the map. A file that cannot be read is the program's usual "cannot read …" error.
 */
export function readThesaurusOption(path: string, stderr: TextOutput = process.stderr): Thesaurus {
  // (bytes: decoded as the inputs are, UTF-16 by its byte order mark included)
  const { thesaurus, errors } = parseThesaurus(readFileSync(path), path);
  if (errors.length === 0) return thesaurus;
  if (errors.length === 1) throw new CliError(`thesaurus ${issueLine(errors[0]!)}`, EXIT.input);
  for (const error of errors.slice(0, LISTED_ERRORS)) stderr.write(`papergraph: thesaurus ${issueLine(error)}\n`);
  if (errors.length > LISTED_ERRORS) stderr.write(`papergraph: … and ${errors.length - LISTED_ERRORS} more\n`);
  throw new CliError(`${path}: ${errors.length} bad lines in the thesaurus (listed above)`, EXIT.input);
}

/** Core's line on what a thesaurus did (thesaurusSummary), its file name's control characters shown as escapes. */
export function thesaurusSummary(report: ThesaurusReport): string {
  return terminalText(coreSummary(report));
}

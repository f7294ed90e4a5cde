import { realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import {
  plural,
  asForeignGraph,
  CANDIDATE_KINDS,
  CANDIDATE_REASONS,
  candidateRules,
  candidatesThesaurus,
  duplicateCandidates,
  type DuplicateCandidate,
  type ThesaurusKind,
} from '@papergraph/core';
import { CliError, EXIT, writingInto } from '../errors.ts';
import { defaultSource, loadGraph, SOURCE_ARGUMENT_HELP } from '../io/graph-source.ts';
import { issueLine, terminalText } from '../report.ts';
import { kindsOption, parseMinPapers } from './options.ts';
import { readThesaurusOption } from './thesaurus-option.ts';
import { PROCESS_OUTPUT, type CommandOutput } from '../output.ts';

interface CandidatesFlags {
  json?: boolean;
  kind?: ThesaurusKind[];
  minPapers: number;
  thesaurusOut?: string;
  thesaurus?: string;
}

/** `12 candidates: 9 same form, 3 acronym; 7 rules to apply, 3 to review` (a same-form group is one rule). */
function countsLine(candidates: DuplicateCandidate[]): string {
  const counts = CANDIDATE_REASONS.map((reason) => [reason, candidates.filter((candidate) => candidate.reason === reason).length] as const)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} ${reason.replace('-', ' ')}`);
  const rules = candidateRules(candidates);
  const sure = rules.filter((rule) => rule.active).length;
  const n = candidates.length;
  return `${plural(n, 'candidate')}${n > 0 ? `: ${counts.join(', ')}` : ''}; ${plural(sure, 'rule')} to apply, ${rules.length - sure} to review`;
}

/**
 * Whether two paths name one existing file: the same real path (symbolic links and `..` resolved), or the same file
 * under two names (a hard link). A path that does not exist is no file.
 */
function sameFile(a: string, b: string): boolean {
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const [x, y] = [statSync(a), statSync(b)];
    return x.isFile() && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * `--thesaurus-out` naming a file this command reads (the thesaurus applied first, or an input): writing it would
 * replace the user's rules or data with the candidates. Refused before anything is read.
 */
function checkThesaurusOut(out: string, thesaurus: string | undefined, sources: readonly string[]): void {
  if (thesaurus !== undefined && sameFile(out, thesaurus)) {
    throw new CliError(
      `--thesaurus-out ${terminalText(out)} is the thesaurus read with --thesaurus: writing the candidates there would replace your rules; name another file`,
      EXIT.usage,
    );
  }
  const input = sources.find((source) => sameFile(out, source));
  if (input !== undefined) {
    throw new CliError(`--thesaurus-out ${terminalText(out)} is the input ${terminalText(input)}: writing the candidates there would replace it; name another file`, EXIT.usage);
  }
}

/**
 * `papergraph candidates`: likely duplicate entities to merge, as a thesaurus to edit (TSV with the reasons as
 * comments) on stdout or in a file, or as JSON. Then `papergraph build … --thesaurus` applies it.
 */
export function registerCandidates(program: Command, io: CommandOutput = PROCESS_OUTPUT): void {
  program
    .command('candidates')
    .description('likely duplicate entities and authors to merge (same spelling, acronym and long form, snapshot suffix, family and member, one person\'s name spelt two ways), as a thesaurus to edit')
    .argument('[source...]', SOURCE_ARGUMENT_HELP)
    .option('--kind <kinds>', `only these kinds, comma-separated (${CANDIDATE_KINDS.join(', ')})`, kindsOption(CANDIDATE_KINDS))
    .option('--min-papers <k>', 'only pairs whose better-known entity is linked to at least k papers', parseMinPapers, 1)
    .option('--thesaurus-out <file>', 'write the thesaurus (TSV) to this file instead of stdout, and print a summary')
    .option('--thesaurus <file>', 'building from inputs: apply this thesaurus first (what is left to merge after your edits)')
    .option('--json', 'print the candidates as JSON on stdout')
    .addHelpText(
      'after',
      '\nRules without # in the thesaurus are sure merges; rules after # are for review: remove the # to apply one.\n\nExamples:\n  papergraph candidates out/graph.json --thesaurus-out terms.tsv\n  papergraph build corpus/ --thesaurus terms.tsv\n  papergraph candidates corpus/ --thesaurus terms.tsv --kind model --min-papers 3   # what is left\n',
    )
    .action(async (source: string[], flags: CandidatesFlags) => {
      if (flags.thesaurusOut !== undefined) checkThesaurusOut(flags.thesaurusOut, flags.thesaurus, source.length > 0 ? source : defaultSource());
      const thesaurus = flags.thesaurus === undefined ? undefined : readThesaurusOption(flags.thesaurus, io.stderr);
      const { graph, issues, paths } = await loadGraph(source, thesaurus ? { layout: false, thesaurus } : { layout: false });
      if (thesaurus && !issues) {
        throw new CliError('--thesaurus applies when building from inputs; a graph.json was built already (build it again with --thesaurus)', EXIT.usage);
      }
      // Records that could not be read, on stderr as the tables print them: stdout is the thesaurus (or JSON) alone.
      for (const issue of issues?.rejections ?? []) io.stderr.write(`rejected: ${issueLine(issue)}\n`);
      // Only the thesaurus's own warnings: the inputs' are the build's business.
      for (const warning of issues?.warnings ?? []) if (warning.file === flags.thesaurus) io.stderr.write(`warning: ${issueLine(warning)}\n`);
      const candidates = duplicateCandidates(asForeignGraph(graph), { minPapers: flags.minPapers, ...(flags.kind ? { kinds: flags.kind } : {}) });
      if (flags.json) {
        io.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
        return;
      }
      // (what loadGraph read: the default source too)
      const named = paths.join(', ');
      // The thesaurus text holds no control character (core's writer escapes comments and keys odd labels): it is
      // written as it is, tabs included, so that it can be redirected into a file.
      const tsv = candidatesThesaurus(candidates, named);
      if (flags.thesaurusOut === undefined) {
        io.stdout.write(tsv);
        return;
      }
      const out = flags.thesaurusOut;
      writingInto(dirname(out), () => writeFileSync(out, tsv));
      io.stdout.write(`${countsLine(candidates)}\nwrote ${terminalText(out)}\n`);
    });
}

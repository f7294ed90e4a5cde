import { applyThesaurusToGraph, parseThesaurus, sourceLabel, type InputIssue, type PaperGraph, type ThesaurusReport } from '@papergraph/core';
import { normalizeGraph } from '../graph/normalize.ts';
import type { ViewerGraph } from '../graph/types.ts';

/**
 * Whether a file picked in Open… (or dropped) is a thesaurus rather than a graph or paper listings: a `.tsv` file,
 * a text starting with VOSviewer's `label<TAB>replace by` header, or a JSON array of `{"from", "to", "kind"?}` rules.
 * `head` is the start of the file (a few hundred characters are enough).
 */
export function isThesaurusFile(name: string, head: string): boolean {
  if (/\.tsv$/i.test(name)) return true;
  const text = head.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '' && !line.trimStart().startsWith('#')) ?? '';
  if (/^label\treplace by(\tkind)?$/i.test(firstLine.trim())) return true;
  // Paper records start with a title or an id; a rule starts with one of its three fields.
  return /^\s*\[\s*\{\s*"(from|to|kind)"\s*:/.test(text);
}

export type ThesaurusOutcome =
  | { ok: true; graph: ViewerGraph; report: ThesaurusReport; warnings: string[] }
  | { ok: false; errors: string[] };

/** `file:line: message`, or `file record n: message` for a JSON rule (counted from 1), as the CLI writes them. */
const issueText = (issue: InputIssue) => `${sourceLabel(issue)}: ${issue.message}`;

/**
 * A thesaurus file's rules applied to the graph shown, as `papergraph build --thesaurus` applies them to a build:
 * merged, renamed and dropped entities, the report recorded in the graph attribute `thesaurus` (core's
 * applyThesaurusToGraph). A file with a bad line changes nothing: every bad line is listed, as the CLI lists them.
 */
export function applyThesaurusFile(graph: ViewerGraph, name: string, text: string | Uint8Array): ThesaurusOutcome {
  const { thesaurus, errors } = parseThesaurus(text, name);
  if (errors.length > 0) return { ok: false, errors: errors.map(issueText) };
  // Core reads the graph's attributes generically: kinds it does not know (a foreign GraphML's) are copied untouched.
  const applied = applyThesaurusToGraph(graph as unknown as PaperGraph, thesaurus);
  return {
    ok: true,
    graph: normalizeGraph(applied.graph),
    report: applied.report,
    warnings: applied.warnings.map(issueText),
  };
}

/** The CLI's one line on a thesaurus (core's `thesaurusSummary`). */
export { thesaurusSummary } from '@papergraph/core';

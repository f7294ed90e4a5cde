import { NODE_KIND_NAMES, plural, RELATION_NAMES, sourceLabel, type InputIssue, type NodeKind, type PaperGraph, type Relation } from '@papergraph/core';
import type { TextOutput } from './output.ts';

export interface GraphStats {
  nodes: number;
  edges: number;
  kinds: Record<NodeKind, number>;
  /** Works outside the inputs kept as stub paper nodes (`build --references all`), not in `kinds.paper`; absent when none. */
  stubs?: number;
  /** Of the stubs, those cited by a paper of the inputs and those citing one (a stub may be both); absent without stubs. */
  stubsCited?: number;
  stubsCiting?: number;
  relations: Record<Relation, number>;
  communities: number;
  modularity?: number;
  rejected: number;
}

export function graphStats(graph: PaperGraph): GraphStats {
  // Every kind and relation of the contract, zero when absent, in the registries' order.
  const kinds = Object.fromEntries(NODE_KIND_NAMES.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const relations = Object.fromEntries(RELATION_NAMES.map((relation) => [relation, 0])) as Record<Relation, number>;
  // Stubs (cited works kept by `build --references all`) are counted apart: they are not papers of the inputs.
  let stubs = 0;
  graph.forEachNode((_key, attributes) => {
    if (attributes.stub === true) stubs++;
    else kinds[attributes.kind] += 1;
  });
  const stubsCited = new Set<string>();
  const stubsCiting = new Set<string>();
  graph.forEachEdge((_key, attributes, source, target) => {
    relations[attributes.relation] += 1;
    if (stubs === 0 || attributes.relation !== 'cites') return;
    const [fromStub, toStub] = [graph.getNodeAttribute(source, 'stub') === true, graph.getNodeAttribute(target, 'stub') === true];
    if (toStub && !fromStub) stubsCited.add(target);
    if (fromStub && !toStub) stubsCiting.add(source);
  });
  const attributes = graph.getAttributes();
  const stats: GraphStats = {
    nodes: graph.order,
    edges: graph.size,
    kinds,
    ...(stubs > 0 ? { stubs, stubsCited: stubsCited.size, stubsCiting: stubsCiting.size } : {}),
    relations,
    communities: attributes.communities?.length ?? 0,
    rejected: attributes.rejected ?? 0,
  };
  if (attributes.modularity !== undefined) stats.modularity = attributes.modularity;
  return stats;
}

// C0 controls (ESC, BEL, CR, line breaks…), DEL and C1 controls (U+009B is a one-character CSI to some terminals).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from the inputs (titles, authors, labels, file names, messages quoting them) made safe to print on a
 * terminal as one line: every control character is shown as an escape (`\x1b`, `\r`, `\u009b`), so an input can
 * neither move the cursor, recolour, retitle or clear the terminal, nor break a line of the table it is printed in.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? (c < '\u0080' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** terminalText for text of several lines: each line escaped, the line breaks kept (messages, stack traces). */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

/**
 * "file:line: message", or "file record n: message" for a record of a JSON array or object, which has no line of its
 * own: n counts from 1 (the first record is record 1), as people count; `--json` keeps core's 0-based `record` index.
 */
export function issueLine(issue: InputIssue): string {
  return terminalText(`${sourceLabel(issue)}: ${issue.message}`);
}

/** What reading the inputs left to report: records rejected, and warnings (files skipped, gaps filled). */
export interface ReadIssues {
  rejections: readonly InputIssue[];
  warnings: readonly InputIssue[];
}

/**
 * The one way every command reports what it could not read: one line per issue, `rejected: file:line: reason` and
 * `warning: file:line: reason`, on stderr — stdout carries the report alone (a table, a summary, JSON), so
 * `papergraph models … | head` and `--json > file` never mix the two. (`build --json` and `stats --json` have fields
 * for them and do not call this.)
 */
export function reportIssues(issues: ReadIssues | undefined, output: TextOutput = process.stderr): void {
  if (!issues) return;
  let text = '';
  for (const issue of issues.rejections) text += `rejected: ${issueLine(issue)}\n`;
  for (const issue of issues.warnings) text += `warning: ${issueLine(issue)}\n`;
  if (text !== '') output.write(text);
}

/** The human summary `build` and `stats` print (for a terminal: labels from the inputs are escaped). */
export function formatSummary(graph: PaperGraph, options: { communities?: number } = {}): string {
  const stats = graphStats(graph);
  const lines = [
    `papers    ${stats.kinds.paper}${stats.stubs ? ` (and ${plural(stats.stubs, 'work')} outside the inputs, as stubs: ${stats.stubsCited} cited by papers of the inputs, ${stats.stubsCiting} citing them)` : ''}`,
    `authors   ${stats.kinds.author}`,
    `models    ${stats.kinds.model}`,
    `methods   ${stats.kinds.method}`,
    `datasets  ${stats.kinds.dataset}`,
    `edges     ${stats.edges} (${Object.entries(stats.relations)
      .map(([relation, count]) => `${relation} ${count}`)
      .join(', ')})`,
    `communities ${stats.communities}${stats.modularity !== undefined ? ` (modularity ${stats.modularity.toFixed(3)})` : ''}`,
  ];
  const shown = options.communities ?? 10;
  for (const community of (graph.getAttribute('communities') ?? []).slice(0, shown)) {
    lines.push(`  #${community.id} (${plural(community.size, 'node')}) ${terminalText(community.label)}`);
  }
  const total = graph.getAttribute('communities')?.length ?? 0;
  if (total > shown) lines.push(`  … ${total - shown} more`);
  const undated = graph.getAttribute('undatedPapers');
  if (typeof undated === 'number' && undated > 0) lines.push(`undated   ${plural(undated, 'paper')} without a date (no date field, arXiv id or year, or only a placeholder such as 9999-12-31): left out of trends`);
  lines.push(`rejected  ${stats.rejected}`);
  return lines.join('\n');
}

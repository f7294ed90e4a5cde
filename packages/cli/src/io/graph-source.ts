import { existsSync, readFileSync } from 'node:fs';
import { buildKnowledgeGraph, graphFromJSON, type BuildOptions, type InputIssue, type PaperGraph } from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';
import { readInputs } from './inputs.ts';

export interface LoadedGraph {
  graph: PaperGraph;
  /** Present when the graph was built here from inputs. */
  issues?: { rejections: InputIssue[]; warnings: InputIssue[] };
}

/** A single argument that is a papergraph graph.json (not a JSON dump of papers). */
function graphJsonPath(paths: string[]): string | undefined {
  if (paths.length !== 1 || !paths[0]!.endsWith('.json')) return undefined;
  const text = readFileSync(paths[0]!, 'utf8');
  const head = text.slice(0, 4096);
  return /^\s*\{\s*"(attributes|options|nodes)"/.test(head) && /"nodes"\s*:/.test(text) ? paths[0] : undefined;
}

/**
 * What the table commands read: a graph.json written by `build`, or inputs built on the fly.
 * With no argument: `out/graph.json` when present, else the bundled `seeds/`.
 */
export function loadGraph(paths: string[], options: BuildOptions = {}): LoadedGraph {
  const chosen = paths.length > 0 ? paths : existsSync('out/graph.json') ? ['out/graph.json'] : ['seeds'];
  for (const path of chosen) if (!existsSync(path)) throw new CliError(`input not found: ${path}`, EXIT.input);
  const jsonPath = graphJsonPath(chosen);
  if (jsonPath) {
    try {
      return { graph: graphFromJSON(readFileSync(jsonPath, 'utf8')) };
    } catch (error) {
      throw new CliError(`${jsonPath}: ${(error as Error).message}`, EXIT.input);
    }
  }
  const read = readInputs(chosen);
  const result = buildKnowledgeGraph(read.inputs, options);
  if (result.records.length === 0) {
    throw new CliError(`no paper records could be read from ${chosen.join(', ')}`, EXIT.input);
  }
  return { graph: result.graph, issues: { rejections: [...read.unreadable, ...result.rejections], warnings: result.warnings } };
}

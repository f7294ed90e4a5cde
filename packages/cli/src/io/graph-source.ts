import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphFileFormat, GRAPH_SNIFF_CHARS, readGraphJSON, type InputIssue, type PaperGraph, type PipelineOptions } from '@papergraph/core';
import { CliError, EXIT } from '../errors.ts';
import { buildFromPaths } from '../pipeline.ts';
import { papergraphOutput } from './read-inputs.ts';

export interface SourceGraph {
  graph: PaperGraph;
  /** What was read: the paths given, or the default chosen (`out/graph.json`, else `seeds`), for messages. */
  paths: string[];
  /** Present when the graph was built here from inputs. */
  issues?: { rejections: InputIssue[]; warnings: InputIssue[] };
}

/** The first characters of a file, enough to tell a graph file from paper records. */
export function headOf(path: string): string {
  const buffer = Buffer.alloc(GRAPH_SNIFF_CHARS);
  const fd = openSync(path, 'r');
  try {
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The inputs `build` reads when given none: `seeds` in the working folder when there is one, else the checkout's
 * bundled listing named from the working folder (`pnpm kg` runs in the user's folder, wherever that is: ../seeds).
 */
export function defaultInputs(cwd = process.cwd()): string[] {
  if (existsSync(join(cwd, 'seeds'))) return ['seeds'];
  return [relative(cwd, fileURLToPath(new URL('../../../../seeds', import.meta.url))) || '.'];
}

/** What the table commands, `view` and `export` read when given nothing: `out/graph.json` when present, else defaultInputs. */
export function defaultSource(): string[] {
  return existsSync('out/graph.json') ? ['out/graph.json'] : defaultInputs();
}

/** The help of the `[source...]` argument of every command that reads a graph through loadGraph. */
export const SOURCE_ARGUMENT_HELP = 'a graph.json written by build, the folder build wrote, or inputs to build from (default: out/graph.json, else seeds/)';

/**
 * The graph.json of a folder `build` or `update` wrote (`papergraph trends out`): a folder whose files are all
 * papergraph's outputs (graphs, the view file, whats-new.json), its graph.json among them. A folder holding anything else is a folder of inputs, built as `build` builds it.
 */
export function outputFolderGraph(folder: string): string | undefined {
  const graphJson = join(folder, 'graph.json');
  if (!existsSync(graphJson)) return undefined;
  const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
  const allOutputs = files.every((entry) => {
    const path = join(folder, entry.name);
    return papergraphOutput(path, headOf(path)) !== undefined;
  });
  return allOutputs ? graphJson : undefined;
}

/**
 * What the table commands read: a graph.json written by `build`, or inputs built on the fly (as `build` builds).
 * With no argument: `out/graph.json` when present, else the bundled `seeds/`. A folder `build` wrote stands for its
 * graph.json.
 */
export async function loadGraph(paths: string[], options: PipelineOptions = {}): Promise<SourceGraph> {
  const chosen = paths.length > 0 ? paths : defaultSource();
  for (const path of chosen) if (!existsSync(path)) throw new CliError(`input not found: ${path}`, EXIT.input);
  const only = chosen.length === 1 ? chosen[0]! : undefined;
  const single = only === undefined ? undefined : statSync(only).isFile() ? only : outputFolderGraph(only);
  const format = single ? graphFileFormat(single, headOf(single)) : undefined;
  if (single && format === 'graph-json') {
    try {
      return { graph: readGraphJSON(readFileSync(single, 'utf8')), paths: chosen };
    } catch (error) {
      throw new CliError(`${single}: ${(error as Error).message}`, EXIT.input);
    }
  }
  if (single && format) throw new CliError(`${single}: a ${format} file; the table commands read graph.json or paper inputs`, EXIT.input);
  // Built the way `build` builds: the same reader, stages and worker threads.
  const result = await buildFromPaths(chosen, options);
  return { graph: result.graph, paths: chosen, issues: { rejections: result.rejections, warnings: result.warnings } };
}

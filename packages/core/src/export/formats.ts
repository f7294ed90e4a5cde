/**
 * The graph file formats papergraph writes: one row per format. `papergraph build --formats`, the CLI's file writer,
 * the bench and the viewer's download buttons loop over this table; a new format is one writer module plus one row.
 * (The Neo4j export is a folder of CSV files with its own command, not a single graph file.)
 */
import type { ForeignGraph } from '../contract/graph.ts';
import { GEXF_LAYOUT, gexfChunks, gexfReusing, type GexfVersion } from './gexf.ts';
import { GRAPHML_LAYOUT, graphMLChunks, graphMLReusing } from './graphml.ts';
import { graphJSONChunks, graphJSONReusing, JSON_DIALECT, JSON_LAYOUT, toGraphJSON } from './json.ts';
import type { ElementLayout, ReusingChunk, WriterReuse } from './reuse.ts';
import { viewFileChunks } from './view.ts';

export interface ExportOptions {
  /** Indent graph.json (for small graphs and reading by eye). */
  pretty?: boolean;
  /** GEXF version of graph.gexf (default 1.2draft, which every reader takes). */
  gexfVersion?: GexfVersion;
}

export interface OutputFormatSpec {
  readonly name: string;
  /** File written by `build` into the output folder. */
  readonly fileName: string;
  readonly mime: string;
  readonly description: string;
  /** The file in pieces (UTF-8 bytes where the writer makes them, else strings): a whole field's file exceeds a string. */
  chunks(graph: ForeignGraph, options?: ExportOptions): Iterable<string | Uint8Array>;
  /**
   * Formats written element by element, whose unchanged elements an update copies from the previous file
   * (export/reuse.ts): where elements start in the file, and the file with spans of the previous one.
   */
  readonly reuse?: ReusableFormat;
}

export interface ReusableFormat {
  readonly layout: ElementLayout;
  /** The file, with the elements `reuse` finds in the previous one as spans; `onDialect` is told this file's dialect. */
  chunks(graph: ForeignGraph, options: ExportOptions, reuse: WriterReuse | undefined, onDialect: (dialect: string) => void): Iterable<ReusingChunk>;
}

export const OUTPUT_FORMATS = [
  {
    name: 'json',
    fileName: 'graph.json',
    mime: 'application/json',
    description: "graphology's serialization: the data contract the viewer reads (docs/graph-format.md)",
    chunks: (graph: ForeignGraph, options: ExportOptions = {}) => (options.pretty ? [toGraphJSON(graph, { pretty: true })] : graphJSONChunks(graph)),
    reuse: {
      layout: JSON_LAYOUT,
      chunks(graph: ForeignGraph, options: ExportOptions, reuse: WriterReuse | undefined, onDialect: (dialect: string) => void): Iterable<ReusingChunk> {
        // Indented elements are not written one by one: nothing to reuse.
        if (options.pretty) {
          onDialect(`${JSON_DIALECT} pretty`);
          return [toGraphJSON(graph, { pretty: true })];
        }
        onDialect(JSON_DIALECT);
        return graphJSONReusing(graph, reuse);
      },
    },
  },
  {
    name: 'graphml',
    fileName: 'graph.graphml',
    mime: 'application/graphml+xml',
    description: 'GraphML for Gephi, Cytoscape, networkx, igraph',
    chunks: (graph: ForeignGraph) => graphMLChunks(graph, { bytes: true }),
    reuse: {
      layout: GRAPHML_LAYOUT,
      chunks: (graph: ForeignGraph, _options: ExportOptions, reuse: WriterReuse | undefined, onDialect: (dialect: string) => void) =>
        graphMLReusing(graph, reuse, onDialect),
    },
  },
  {
    name: 'gexf',
    fileName: 'graph.gexf',
    mime: 'application/gexf+xml',
    description: "GEXF for Gephi (positions, sizes, colours as viz data), networkx, graphology",
    chunks: (graph: ForeignGraph, options: ExportOptions = {}) =>
      gexfChunks(graph, { bytes: true, ...(options.gexfVersion ? { version: options.gexfVersion } : {}) }),
    reuse: {
      layout: GEXF_LAYOUT,
      chunks: (graph: ForeignGraph, options: ExportOptions, reuse: WriterReuse | undefined, onDialect: (dialect: string) => void) =>
        gexfReusing(graph, options.gexfVersion ? { version: options.gexfVersion } : {}, reuse, onDialect),
    },
  },
  {
    name: 'view',
    fileName: 'graph.view.json',
    mime: 'application/json',
    description: "the viewer's compact view of graph.json (positions, kinds, labels, communities, overview, entity map): opens large graphs fast",
    chunks: (graph: ForeignGraph) => viewFileChunks(graph),
  },
] as const satisfies readonly OutputFormatSpec[];

export type OutputFormat = (typeof OUTPUT_FORMATS)[number]['name'];
export const OUTPUT_FORMAT_NAMES: readonly OutputFormat[] = OUTPUT_FORMATS.map((format) => format.name);

export function outputFormat(name: OutputFormat): OutputFormatSpec {
  return OUTPUT_FORMATS.find((format) => format.name === name)!;
}

import type { ForeignGraph, NodeAttributes } from '../contract/graph.ts';
import { VERSION } from '../version.ts';
import { observeElements, writeOrReuse, type ElementLayout, type PreviousSpan, type WriterReuse } from './reuse.ts';
import { ByteSink, Column, Piece, StringSink, type XmlSink } from './sink.ts';
import {
  AttributeTable,
  escapeXml,
  hexToRgb,
  needsRow,
  readCell,
  rowCell,
  writableRow,
  type Row,
  type ValueType,
} from './attributes.ts';

/**
 * GEXF writer (1.2draft by default, 1.3 on request), streaming. graphology-gexf writes through xml-writer into one
 * string, and the GEXF of a whole field (75k papers: ~300k nodes, ~600k edges) is larger than a JavaScript string
 * may be (~512 MiB) — so papergraph writes GEXF the way it writes GraphML, in pieces. graphology-gexf still reads it
 * back in the tests and in the viewer. Positions, drawn size and colour go to the viz namespace (Gephi's layout and
 * appearance), `weight` to the edge's weight, lists to JSON text, a model's `size` to `parameters`.
 */

/**
 * The GEXF versions written. 1.2draft is the default because every reader takes it: networkx before 3.6 (2.8 and
 * 3.0-3.5 included) finds no graph in a 1.3 file, as it looks only in the 1.1draft and 1.2draft namespaces; Gephi
 * and graphology read both. What papergraph writes inside is valid in both; only the namespaces and `version` differ.
 */
export const GEXF_VERSIONS = ['1.2', '1.3'] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];
export const DEFAULT_GEXF_VERSION: GexfVersion = '1.2';

const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const ROOTS: Record<GexfVersion, string> = {
  '1.2': `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" ${XSI} xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`,
  '1.3': `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ${XSI} xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
};

export interface GexfOptions {
  /** GEXF version to write (default DEFAULT_GEXF_VERSION, 1.2draft). */
  version?: GexfVersion;
}

const GEXF_TYPES: Record<ValueType, string> = {
  boolean: 'boolean',
  int: 'integer',
  long: 'long',
  double: 'double',
  string: 'string',
  liststring: 'liststring',
};
// Carried by the element itself or by viz, not as attvalues.
const NODE_OWN = new Set(['label', 'x', 'y', 'size', 'color']);
const EDGE_OWN = new Set(['weight']);
const ATTVALUES_OPEN = new Piece('        <attvalues>\n');
const ATTVALUES_CLOSE = new Piece('        </attvalues>\n');
const NODE_OPEN = new Piece('      <node id="');
const NODE_CLOSE = new Piece('      </node>\n');
const EDGE_OPEN = new Piece('      <edge id="');
const EDGE_CLOSE = new Piece('      </edge>\n');
const LABEL = new Piece('" label="');
const SOURCE = new Piece('" source="');
const TARGET = new Piece('" target="');
const WEIGHT = new Piece('" weight="');
const TAG_END = new Piece('">\n');
const START = new Piece('" start="');
const KIND = new Piece('" kind="');

/**
 * Whether edges carry their relation as `kind` (GEXF 1.3 only: 1.2draft's schema has no edge `kind`). Gephi merges
 * the edges of one pair of nodes that have the same kind (summing their weights, keeping one edge's attributes): a
 * paper that both `uses` and is `tagged` with a model keeps both edges only when their kinds differ.
 */
const EDGE_KIND: Record<GexfVersion, boolean> = { '1.2': false, '1.3': true };

/**
 * The day a paper enters Gephi's timeline: its `date` (`2025-03-14`), or the first day of the month or year it gives
 * (`2025-03` → `2025-03-01`, `2024` → `2024-01-01`), as GEXF's `date` time format (xs:date) spells a day. Anything
 * else (no date, another shape, a day that does not exist) gives none: the node is then there at all times.
 */
export function gexfStart(date: unknown): string | undefined {
  if (typeof date !== 'string') return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}
const POSITION_X = new Piece('        <viz:position x="');
const POSITION_Y = new Piece('" y="');
const POSITION_END = new Piece('" z="0"/>\n');

function without(row: Row, own: Set<string>): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(row)) if (!own.has(name)) out[name] = value;
  return out;
}

function columns(declared: Map<string, { id: string; type: ValueType }>): Column[] {
  return [...declared].map(([name, { id, type }]) => new Column(name, `          <attvalue for="${id}" value="`, '"/>\n', type === 'liststring' ? 'liststring' : 'attribute'));
}

/**
 * The element's `<attvalues>` in column order (ids are numbered, and here named, in name order: the order of
 * its sorted names). `row` is given for the rare elements that are not read in place (see needsRow).
 */
function attvalues<T>(out: XmlSink<T>, attributes: Row, row: Row | undefined, cols: Column[]): void {
  let any = false;
  for (const col of cols) {
    const value = row ? rowCell(row, col.name) : readCell(attributes, col.name, col.read);
    if (value === undefined) continue;
    if (!any) out.put(ATTVALUES_OPEN);
    any = true;
    col.write(out, value);
  }
  if (any) out.put(ATTVALUES_CLOSE);
}

function declarations(domain: 'node' | 'edge', declared: Map<string, { id: string; type: ValueType }>): string {
  let out = `    <attributes class="${domain}" mode="static">\n`;
  for (const [name, { id, type }] of declared) {
    out += `      <attribute id="${id}" title="${escapeXml(name)}" type="${GEXF_TYPES[type]}"/>\n`;
  }
  return `${out}    </attributes>\n`;
}

/** Lines that depend on one small value: the drawn size from the degree, the colour. */
class VizLines {
  private readonly sizes: Piece[] = [];
  private readonly colors = new Map<string, Piece | null>();

  sizeOfDegree(degree: number): Piece {
    let line = this.sizes[degree];
    if (line === undefined) {
      line = new Piece(`        <viz:size value="${Number((1 + Math.sqrt(degree)).toFixed(4))}"/>\n`);
      this.sizes[degree] = line;
    }
    return line;
  }

  /** The `<viz:color>` line of a `#rrggbb` colour; null for anything else. */
  color(color: unknown): Piece | null {
    if (typeof color !== 'string') return null;
    let line = this.colors.get(color);
    if (line === undefined) {
      const rgb = hexToRgb(color);
      line = rgb ? new Piece(`        <viz:color r="${rgb.r}" g="${rgb.g}" b="${rgb.b}"/>\n`) : null;
      if (this.colors.size < 4096) this.colors.set(color, line);
    }
    return line;
  }
}

/** The file as strings of about FLUSH_AT characters, or (`{ bytes: true }`) as UTF-8 chunks of about FLUSH_AT bytes. */
export function gexfChunks(graph: ForeignGraph, options?: GexfOptions & { bytes?: false }): Generator<string>;
export function gexfChunks(graph: ForeignGraph, options: GexfOptions & { bytes: true }): Generator<Uint8Array>;
export function gexfChunks(graph: ForeignGraph, options: GexfOptions & { bytes?: boolean } = {}): Generator<string | Uint8Array> {
  const version = options.version ?? DEFAULT_GEXF_VERSION;
  if (!GEXF_VERSIONS.includes(version)) throw new Error(`unknown GEXF version ${String(version)} (known: ${GEXF_VERSIONS.join(', ')})`);
  return (options.bytes ? writeGEXF(graph, new ByteSink(), version) : writeGEXF(graph, new StringSink(), version)) as Generator<string | Uint8Array>;
}

const NODES_END = '    </nodes>\n    <edges>\n';
const EDGES_END = '    </edges>\n  </graph>\n</gexf>\n';

/** GEXF's element markers (reuse.ts). */
export const GEXF_LAYOUT: ElementLayout = { node: NODE_OPEN.text, edge: EDGE_OPEN.text, separator: '', afterNodes: NODES_END, afterEdges: EDGES_END };

/**
 * The file as UTF-8 chunks, with the elements `reuse` finds in the previous file as spans of it (reuse.ts), when
 * that file's dialect (the attributes declared) is this one's; `onDialect` is told this file's.
 */
export function gexfReusing(
  graph: ForeignGraph,
  options: GexfOptions,
  reuse: WriterReuse | undefined,
  onDialect?: (dialect: string) => void,
): Generator<Uint8Array | PreviousSpan> {
  const version = options.version ?? DEFAULT_GEXF_VERSION;
  if (!GEXF_VERSIONS.includes(version)) throw new Error(`unknown GEXF version ${String(version)} (known: ${GEXF_VERSIONS.join(', ')})`);
  return writeGEXF(graph, new ByteSink(), version, reuse, onDialect);
}

function* writeGEXF<T>(
  graph: ForeignGraph,
  out: XmlSink<T>,
  version: GexfVersion,
  reuse?: WriterReuse,
  onDialect?: (dialect: string) => void,
): Generator<T | PreviousSpan> {
  // Lists of strings are declared `liststring` (Gephi reads them as lists); other lists and objects are JSON text.
  const nodeTable = new AttributeTable(true);
  const edgeTable = new AttributeTable(true);
  // Whether a node has a date: the graph is then dynamic (Gephi's timeline), each dated node starting on its day.
  let dated = false;
  // The attribute's name is its id too: graphology-gexf (the viewer's reader) keys values by id, Gephi by title.
  const byName = (declared: Map<string, { id: string; type: ValueType }>) =>
    new Map([...declared].map(([name, { type }]) => [name, { id: escapeXml(name), type }]));
  const generator = String(graph.getAttribute('generator') ?? `papergraph ${VERSION}`);
  const declare = () => {
    const nodeDeclared = byName(nodeTable.declarations(''));
    const edgeDeclared = byName(edgeTable.declarations(''));
    // What every element's text depends on besides its own data: the attribute ids and types.
    // `text:charrefs`, `start`, `lists:gephi`, `kind`: tabs and line breaks written as character references, dated
    // nodes' `start`, liststring values in Gephi's list syntax, 1.3 edges' `kind` (an update writes files of an
    // earlier writer anew).
    return {
      nodeDeclared,
      edgeDeclared,
      dialect: `gexf ${version} text:charrefs start lists:gephi${EDGE_KIND[version] ? ' kind' : ''}\n${declarations('node', nodeDeclared) + declarations('edge', edgeDeclared)}`,
    };
  };
  const { elements, declared } = observeElements(
    graph,
    reuse,
    (_key, attributes) => {
      nodeTable.observeAttributes(attributes, NODE_OWN);
      if (!dated && gexfStart(attributes['date']) !== undefined) dated = true;
    },
    (attributes) => edgeTable.observeAttributes(attributes, EDGE_OWN),
    declare,
  );
  const { nodeKeys, nodeAttributes, edgeKeys, edgeAttributes, sources, targets } = elements;
  const { nodeDeclared, edgeDeclared, dialect } = declared;
  onDialect?.(dialect);
  const plan = reuse?.dialect === dialect ? reuse.plan : undefined;

  out.add('<?xml version="1.0" encoding="UTF-8"?>\n' +
    `${ROOTS[version]}\n` +
    `  <meta>\n    <creator>${escapeXml(generator)}</creator>\n  </meta>\n` +
    `  <graph defaultedgetype="${graph.type === 'undirected' ? 'undirected' : 'directed'}" ${dated ? 'mode="dynamic" timeformat="date"' : 'mode="static"'}>\n` +
    declarations('node', nodeDeclared) +
    declarations('edge', edgeDeclared) +
    '    <nodes>\n');
  yield out.take();

  const kinds = EDGE_KIND[version];
  const nodeCols = columns(nodeDeclared);
  const edgeCols = columns(edgeDeclared);
  const viz = new VizLines();
  yield* writeOrReuse(out, 'nodes', nodeKeys.length, plan, (index) => {
    const key = nodeKeys[index]!;
    const attributes = nodeAttributes[index]! as NodeAttributes;
    out.put(NODE_OPEN);
    out.addEscaped(key);
    out.put(LABEL);
    out.addEscaped(String(attributes.label ?? key));
    const start = gexfStart(attributes.date);
    if (start !== undefined) {
      out.put(START);
      out.add(start);
    }
    out.put(TAG_END);
    attvalues(out, attributes, needsRow(attributes) ? without(writableRow(attributes), NODE_OWN) : undefined, nodeCols);
    const size: unknown = attributes.size;
    if (typeof size === 'number') out.add(`        <viz:size value="${Number(size.toFixed(4))}"/>\n`);
    else out.put(viz.sizeOfDegree(graph.degree(key)));
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') {
      out.put(POSITION_X);
      out.add(String(attributes.x));
      out.put(POSITION_Y);
      out.add(String(attributes.y));
      out.put(POSITION_END);
    }
    const color = viz.color(attributes.color);
    if (color) out.put(color);
    out.put(NODE_CLOSE);
  });
  out.add(NODES_END);
  yield* writeOrReuse(out, 'edges', edgeKeys.length, plan, (index) => {
    const key = edgeKeys[index]!;
    const attributes = edgeAttributes[index]!;
    const source = sources[index]!;
    const target = targets[index]!;
    out.put(EDGE_OPEN);
    out.addEscaped(key);
    out.put(SOURCE);
    out.addEscaped(source);
    out.put(TARGET);
    out.addEscaped(target);
    if (typeof attributes.weight === 'number') {
      out.put(WEIGHT);
      out.add(String(attributes.weight));
    }
    if (kinds && typeof attributes['relation'] === 'string') {
      out.put(KIND);
      out.addEscaped(attributes['relation']);
    }
    out.put(TAG_END);
    attvalues(out, attributes, needsRow(attributes) ? without(writableRow(attributes), EDGE_OWN) : undefined, edgeCols);
    out.put(EDGE_CLOSE);
  });
  out.add(EDGES_END);
  yield out.take();
}

export function toGEXF(graph: ForeignGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, { version: options.version })].join('');
}

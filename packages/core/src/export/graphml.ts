import type { ForeignGraph } from '../contract/graph.ts';
import { observeElements, writeOrReuse, type ElementLayout, type PreviousSpan, type WriterReuse } from './reuse.ts';
import { ByteSink, Column, Piece, StringSink, type XmlSink } from './sink.ts';
import {
  AttributeTable,
  hexToRgb,
  needsRow,
  readCell,
  READ_SIZE,
  rowCell,
  writableRow,
  xmlTextContent,
  typeOf,
  type Row,
  type ValueType,
} from './attributes.ts';

export { escapeXml } from './attributes.ts';

/**
 * GraphML writer. graphology-graphml only parses, and its ecosystem has no writer, so papergraph writes its own,
 * aimed at what Gephi, Cytoscape, networkx and igraph read: one `<key>` per attribute per domain (never
 * `for="all"`, which igraph rejects), standard attr.types inferred from the values, lists and objects as JSON
 * strings, `r`/`g`/`b` from a `#rrggbb` colour and a drawn `size` (Gephi maps those), and the graph's own
 * attributes. It yields the file in pieces, so a graph of a whole field never has to be one string.
 */

export { FLUSH_AT } from './attributes.ts';

/**
 * What the file's dialect depends on besides its keys: how ids and text are written. Changed when they are written
 * differently, so that an update writes the file anew instead of copying elements written the old way.
 */
const GRAPHML_REVISION = 'graphml ids:nmtoken text:raw';

// Characters to look at in a name: `_` opening `_x`, and anything but ASCII letters, digits, `-`, `.`, `_`, `:`.
const NOT_ASCII_NAME_CHAR = /_(?=x)|[^-.0-9:A-Z_a-z]/gu;
// XML 1.0's NameChar beyond ASCII, in the Basic Multilingual Plane (5th edition's ranges).
const NAME_CHAR_BEYOND_ASCII = /^[\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]$/u;

function nameChar(char: string): string {
  // Validators still on XML 1.0's 4th edition (libxml2's xmllint, Xerces) take fewer letters: no compatibility
  // characters (`ǆ`) and nothing outside the Basic Multilingual Plane. Those are escaped too.
  if (char !== '_' && NAME_CHAR_BEYOND_ASCII.test(char) && char.normalize('NFKC') === char) return char;
  const point = char.codePointAt(0)!;
  return `_x${point.toString(16).toUpperCase().padStart(point > 0xffff ? 8 : 4, '0')}_`;
}

/**
 * A node or edge id, an edge's ends or an `attr.name` as GraphML's schema types them, xs:NMTOKEN: letters, digits,
 * `.`, `-`, `_`, `:` (an edge key's `->` and an old arXiv id's `/` are not). Any other character is written as
 * `_xHHHH_`, its code point (and a `_` before `x` as `_x005F_`): the escape of .NET's XmlConvert.EncodeNmToken, so
 * names stay distinct and readable, and decode back to the graph's keys. Names that need none are unchanged.
 */
export function graphMLName(name: string): string {
  NOT_ASCII_NAME_CHAR.lastIndex = 0;
  return NOT_ASCII_NAME_CHAR.test(name) ? name.replace(NOT_ASCII_NAME_CHAR, nameChar) : name;
}

const ESCAPED_NAME_CHAR = /_x([0-9A-F]{8}|[0-9A-F]{4})_/g;

/** The key a name written by {@link graphMLName} stands for: each `_xHHHH_` back to its character. */
export function keyOfGraphMLName(name: string): string {
  return name.includes('_x') ? name.replace(ESCAPED_NAME_CHAR, (_escape, hex: string) => String.fromCodePoint(parseInt(hex, 16))) : name;
}

const RGB = new Set(['r', 'g', 'b']);
const NODE_OPEN = new Piece('    <node id="');
const NODE_CLOSE = new Piece('    </node>\n');
const EDGE_OPEN = new Piece('    <edge id="');
const EDGE_CLOSE = new Piece('    </edge>\n');
const SOURCE = new Piece('" source="');
const TARGET = new Piece('" target="');
const TAG_END = new Piece('">\n');
// Columns of the node domain that are not read straight from the attributes.
const FROM_RGB_R = 1;
const FROM_RGB_G = 2;
const FROM_RGB_B = 3;
const DRAWN_SIZE = 4;

interface NodeColumn {
  column: Column;
  special: number;
}

function columns(declared: Map<string, { id: string; type: ValueType }>, indent: string): Column[] {
  return [...declared].map(([name, { id }]) => new Column(name, `${indent}<data key="${id}">`, '</data>\n', 'text'));
}

function nodeColumns(declared: Map<string, { id: string; type: ValueType }>, indent: string): NodeColumn[] {
  return columns(declared, indent).map((column) => {
    const special = { r: FROM_RGB_R, g: FROM_RGB_G, b: FROM_RGB_B, size: DRAWN_SIZE }[column.name] ?? 0;
    return { column, special };
  });
}

/** Drawn size for Gephi/Cytoscape when none was set: grows with the number of links (memoised per degree). */
class DrawnSizes {
  private readonly values: number[] = [];

  value(degree: number): number {
    let value = this.values[degree];
    if (value === undefined) {
      value = Number((1 + Math.sqrt(degree)).toFixed(4));
      this.values[degree] = value;
    }
    return value;
  }
}

/** The row the node's `<data>` come from, built only where reading in place would differ (see needsRow). */
function nodeRow(attributes: Row, drawn: number): Row {
  const row = writableRow(attributes);
  const rgb = hexToRgb(row['color']);
  if (rgb) Object.assign(row, rgb);
  if (row['size'] === undefined) row['size'] = drawn;
  return row;
}

function dataLines(row: Row, declared: Map<string, { id: string; type: ValueType }>, indent: string): string {
  let out = '';
  for (const name of Object.keys(row).sort()) {
    out += `${indent}<data key="${declared.get(name)!.id}">${xmlTextContent(row[name])}</data>\n`;
  }
  return out;
}

function rowData<T>(out: XmlSink<T>, row: Row, cols: Column[]): void {
  for (const col of cols) {
    const value = rowCell(row, col.name);
    if (value !== undefined) col.write(out, value);
  }
}

/** The file as strings of about FLUSH_AT characters, or (`{ bytes: true }`) as UTF-8 chunks of about FLUSH_AT bytes. */
export function graphMLChunks(graph: ForeignGraph): Generator<string>;
export function graphMLChunks(graph: ForeignGraph, options: { bytes: true }): Generator<Uint8Array>;
export function graphMLChunks(graph: ForeignGraph, options?: { bytes?: boolean }): Generator<string | Uint8Array> {
  return (options?.bytes ? writeGraphML(graph, new ByteSink()) : writeGraphML(graph, new StringSink())) as Generator<string | Uint8Array>;
}

/** GraphML's element markers (reuse.ts). */
export const GRAPHML_LAYOUT: ElementLayout = {
  node: NODE_OPEN.text,
  edge: EDGE_OPEN.text,
  separator: '',
  afterNodes: '',
  afterEdges: '  </graph>\n</graphml>\n',
};

/**
 * The file as UTF-8 chunks, with the elements `reuse` finds in the previous file as spans of it (reuse.ts), when
 * that file's dialect (the node and edge keys declared) is this one's; `onDialect` is told this file's.
 */
export function graphMLReusing(graph: ForeignGraph, reuse: WriterReuse | undefined, onDialect?: (dialect: string) => void): Generator<Uint8Array | PreviousSpan> {
  return writeGraphML(graph, new ByteSink(), reuse, onDialect);
}

/** The keys that fix how every node and edge is written: their names, ids and types, domain by domain. */
function dialectOf(...domains: Array<Map<string, { id: string; type: ValueType }>>): string {
  return domains.map((declared) => [...declared].map(([name, { id, type }]) => `${id}\t${type}\t${name}`).join('\n')).join('\n\n');
}

function* writeGraphML<T>(
  graph: ForeignGraph,
  out: XmlSink<T>,
  reuse?: WriterReuse,
  onDialect?: (dialect: string) => void,
): Generator<T | PreviousSpan> {
  // Pass 1: attribute types over every element (a key must be declared before the first element).
  const drawnSizes = new DrawnSizes();
  let colours = false;
  // One drawn size per type met (int or double): the declarations depend on the types alone.
  const sizeSamples = new Map<ValueType, number>();
  const graphTable = new AttributeTable();
  const nodeTable = new AttributeTable();
  const edgeTable = new AttributeTable();
  const graphRow = writableRow(graph.getAttributes() as Row);
  graphTable.observe(graphRow);
  const observeNode = (key: string, attributes: Row) => {
    const rgb = hexToRgb(attributes['color']);
    nodeTable.observeAttributes(attributes, rgb ? RGB : undefined);
    // r/g/b are always ints, and a type depends only on the set of types seen: each is observed once, below.
    if (rgb) colours = true;
    // The drawn sizes' types (int, double) are all the declarations need; the sizes themselves are made in pass 2,
    // for the nodes written there (an update copies most of them).
    if (sizeSamples.size < 2 && readCell(attributes, 'size', READ_SIZE) === undefined) {
      const size = drawnSizes.value(graph.degree(key));
      sizeSamples.set(typeOf(size), size);
    }
  };
  const declare = () => {
    if (colours) for (const channel of RGB) nodeTable.observeValue(channel, 0);
    for (const size of sizeSamples.values()) nodeTable.observeValue('size', size);
    // Some relations weigh a fraction (tagged, cites): `weight` is declared double whatever this graph's edges hold,
    // so that the files of two graphs agree on its type (networkx reads an int column as Python ints).
    if (edgeTable.has('weight')) edgeTable.observeValue('weight', 0.5);
    const nodeDeclared = nodeTable.declarations('n');
    const edgeDeclared = edgeTable.declarations('e');
    return { nodeDeclared, edgeDeclared, dialect: `${GRAPHML_REVISION}\n${dialectOf(nodeDeclared, edgeDeclared)}` };
  };
  const { elements, declared } = observeElements(graph, reuse, observeNode, (attributes) => edgeTable.observeAttributes(attributes), declare);
  const { nodeKeys, nodeAttributes, edgeKeys, edgeAttributes, sources, targets } = elements;
  const { nodeDeclared, edgeDeclared, dialect } = declared;
  const graphDeclared = graphTable.declarations('g');
  onDialect?.(dialect);
  const plan = reuse?.dialect === dialect ? reuse.plan : undefined;

  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [domain, keys] of [['graph', graphDeclared], ['node', nodeDeclared], ['edge', edgeDeclared]] as const) {
    for (const [name, { id, type }] of keys) {
      head += `  <key id="${id}" for="${domain}" attr.name="${graphMLName(name)}" attr.type="${type}"/>\n`;
    }
  }
  head += `  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">\n`;
  head += dataLines(graphRow, graphDeclared, '    ');
  out.add(head);
  yield out.take();

  // Pass 2: elements, gathered into chunks of about FLUSH_AT. Each element's data are read in place, in key
  // order (keys are numbered in name order, so that is the order of its sorted names).
  const nodeCols = nodeColumns(nodeDeclared, '      ');
  const edgeCols = columns(edgeDeclared, '      ');
  const nodeRowCols = nodeCols.map(({ column }) => column);
  yield* writeOrReuse(out, 'nodes', nodeKeys.length, plan, (index) => {
    const key = nodeKeys[index]!;
    const attributes = nodeAttributes[index]!;
    out.put(NODE_OPEN);
    out.add(graphMLName(key));
    out.put(TAG_END);
    if (needsRow(attributes)) {
      rowData(out, nodeRow(attributes, drawnSizes.value(graph.degree(key))), nodeRowCols);
    } else {
      const rgb = hexToRgb(attributes['color']);
      for (const { column, special } of nodeCols) {
        let value: unknown;
        switch (special) {
          case FROM_RGB_R:
            value = rgb ? rgb.r : readCell(attributes, column.name, column.read);
            break;
          case FROM_RGB_G:
            value = rgb ? rgb.g : readCell(attributes, column.name, column.read);
            break;
          case FROM_RGB_B:
            value = rgb ? rgb.b : readCell(attributes, column.name, column.read);
            break;
          case DRAWN_SIZE:
            value = readCell(attributes, column.name, column.read);
            if (value === undefined) value = drawnSizes.value(graph.degree(key));
            break;
          default:
            value = readCell(attributes, column.name, column.read);
        }
        if (value !== undefined) column.write(out, value);
      }
    }
    out.put(NODE_CLOSE);
  });
  yield* writeOrReuse(out, 'edges', edgeKeys.length, plan, (index) => {
    const key = edgeKeys[index]!;
    const attributes = edgeAttributes[index]!;
    const source = sources[index]!;
    const target = targets[index]!;
    out.put(EDGE_OPEN);
    out.add(graphMLName(key));
    out.put(SOURCE);
    out.add(graphMLName(source));
    out.put(TARGET);
    out.add(graphMLName(target));
    out.put(TAG_END);
    if (needsRow(attributes)) {
      rowData(out, writableRow(attributes), edgeCols);
    } else {
      for (const col of edgeCols) {
        const value = readCell(attributes, col.name, col.read);
        if (value !== undefined) col.write(out, value);
      }
    }
    out.put(EDGE_CLOSE);
  });
  out.add(GRAPHML_LAYOUT.afterEdges);
  yield out.take();
}

export function toGraphML(graph: ForeignGraph): string {
  return [...graphMLChunks(graph)].join('');
}

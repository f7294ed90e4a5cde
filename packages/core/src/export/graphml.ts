import type { PaperGraph } from '../graph/types.ts';
import { AttributeTable, escapeXml, hexToRgb, valueText, writableRow, type Row, type ValueType } from './attributes.ts';

export { escapeXml } from './attributes.ts';

/**
 * GraphML writer. graphology-graphml only parses, and its ecosystem has no writer, so papergraph writes its own,
 * aimed at what Gephi, Cytoscape, networkx and igraph read: one `<key>` per attribute per domain (never
 * `for="all"`, which igraph rejects), standard attr.types inferred from the values, lists and objects as JSON
 * strings, `r`/`g`/`b` from a `#rrggbb` colour and a drawn `size` (Gephi maps those), and the graph's own
 * attributes. It yields the file in pieces, so a graph of a whole field never has to be one string.
 */

/** Elements are yielded in batches of about this many characters. */
export const FLUSH_AT = 1 << 20;

function nodeRow(graph: PaperGraph, key: string): Row {
  const row = writableRow(graph.getNodeAttributes(key) as Row);
  const rgb = hexToRgb(row['color']);
  if (rgb) Object.assign(row, rgb);
  // Drawn size for Gephi/Cytoscape when none was set: grows with the number of links.
  if (row['size'] === undefined) row['size'] = Number((1 + Math.sqrt(graph.degree(key))).toFixed(4));
  return row;
}

function dataLines(row: Row, declared: Map<string, { id: string; type: ValueType }>, indent: string): string {
  let out = '';
  for (const name of Object.keys(row).sort()) {
    out += `${indent}<data key="${declared.get(name)!.id}">${escapeXml(valueText(row[name]))}</data>\n`;
  }
  return out;
}

export function* graphMLChunks(graph: PaperGraph): Generator<string> {
  // Pass 1: attribute types over every element (a key must be declared before the first element).
  const graphTable = new AttributeTable();
  const nodeTable = new AttributeTable();
  const edgeTable = new AttributeTable();
  const graphRow = writableRow(graph.getAttributes() as Row);
  graphTable.observe(graphRow);
  graph.forEachNode((key) => nodeTable.observe(nodeRow(graph, key)));
  graph.forEachEdge((_key, attributes) => edgeTable.observe(writableRow(attributes as Row)));
  const graphKeys = graphTable.declarations('g');
  const nodeKeys = nodeTable.declarations('n');
  const edgeKeys = edgeTable.declarations('e');

  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [domain, keys] of [['graph', graphKeys], ['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const [name, { id, type }] of keys) {
      head += `  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>\n`;
    }
  }
  head += `  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">\n`;
  head += dataLines(graphRow, graphKeys, '    ');
  yield head;

  // Pass 2: elements, a batch at a time (one string per element would cost more than the text itself).
  let batch = '';
  for (const key of graph.nodes()) {
    batch += `    <node id="${escapeXml(key)}">\n${dataLines(nodeRow(graph, key), nodeKeys, '      ')}    </node>\n`;
    if (batch.length > FLUSH_AT) {
      yield batch;
      batch = '';
    }
  }
  for (const key of graph.edges()) {
    const row = writableRow(graph.getEdgeAttributes(key) as Row);
    batch +=
      `    <edge id="${escapeXml(key)}" source="${escapeXml(graph.source(key))}" target="${escapeXml(graph.target(key))}">\n` +
      `${dataLines(row, edgeKeys, '      ')}    </edge>\n`;
    if (batch.length > FLUSH_AT) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}  </graph>\n</graphml>\n`;
}

export function toGraphML(graph: PaperGraph): string {
  return [...graphMLChunks(graph)].join('');
}

import type { PaperGraph } from '../graph/types.ts';
import { VERSION } from '../version.ts';
import { FLUSH_AT } from './graphml.ts';
import { AttributeTable, escapeXml, hexToRgb, valueText, writableRow, type Row, type ValueType } from './attributes.ts';

/**
 * GEXF 1.3 writer, streaming. graphology-gexf writes through xml-writer into one string, and the GEXF of a
 * whole field (75k papers: ~300k nodes, ~600k edges) is larger than a JavaScript string may be (~512 MiB) —
 * so papergraph writes GEXF the way it writes GraphML, in pieces. graphology-gexf still reads it back in the
 * tests and in the viewer. Positions, drawn size and colour go to the viz namespace (Gephi's layout and
 * appearance), `weight` to the edge's weight, lists to JSON text, a model's `size` to `parameters`.
 */

const GEXF_TYPES: Record<ValueType, string> = { boolean: 'boolean', int: 'integer', long: 'long', double: 'double', string: 'string' };
// Carried by the element itself or by viz, not as attvalues.
const NODE_OWN = new Set(['label', 'x', 'y', 'size', 'color']);
const EDGE_OWN = new Set(['weight']);

function without(row: Row, own: Set<string>): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(row)) if (!own.has(name)) out[name] = value;
  return out;
}

function attvalues(row: Row, declared: Map<string, { id: string; type: ValueType }>, indent: string): string {
  const names = Object.keys(row).sort();
  if (names.length === 0) return '';
  let out = `${indent}<attvalues>\n`;
  for (const name of names) {
    out += `${indent}  <attvalue for="${declared.get(name)!.id}" value="${escapeXml(valueText(row[name]))}"/>\n`;
  }
  return `${out}${indent}</attvalues>\n`;
}

function declarations(domain: 'node' | 'edge', declared: Map<string, { id: string; type: ValueType }>): string {
  let out = `    <attributes class="${domain}" mode="static">\n`;
  for (const [name, { id, type }] of declared) {
    out += `      <attribute id="${id}" title="${escapeXml(name)}" type="${GEXF_TYPES[type]}"/>\n`;
  }
  return `${out}    </attributes>\n`;
}

export function* gexfChunks(graph: PaperGraph): Generator<string> {
  const nodeTable = new AttributeTable();
  const edgeTable = new AttributeTable();
  graph.forEachNode((_key, attributes) => nodeTable.observe(without(writableRow(attributes), NODE_OWN)));
  graph.forEachEdge((_key, attributes) => edgeTable.observe(without(writableRow(attributes), EDGE_OWN)));
  // The attribute's name is its id too: graphology-gexf (the viewer's reader) keys values by id, Gephi by title.
  const byName = (declared: Map<string, { id: string; type: ValueType }>) =>
    new Map([...declared].map(([name, { type }]) => [name, { id: escapeXml(name), type }]));
  const nodeKeys = byName(nodeTable.declarations(''));
  const edgeKeys = byName(edgeTable.declarations(''));
  const generator = String(graph.getAttribute('generator') ?? `papergraph ${VERSION}`);

  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta>\n    <creator>${escapeXml(generator)}</creator>\n  </meta>\n` +
    `  <graph defaultedgetype="${graph.type === 'undirected' ? 'undirected' : 'directed'}" mode="static">\n` +
    declarations('node', nodeKeys) +
    declarations('edge', edgeKeys) +
    '    <nodes>\n';

  let batch = '';
  for (const key of graph.nodes()) {
    const attributes = graph.getNodeAttributes(key);
    const row = writableRow(attributes);
    batch += `      <node id="${escapeXml(key)}" label="${escapeXml(String(attributes.label ?? key))}">\n`;
    batch += attvalues(without(row, NODE_OWN), nodeKeys, '        ');
    const drawn = typeof attributes.size === 'number' ? attributes.size : 1 + Math.sqrt(graph.degree(key));
    batch += `        <viz:size value="${Number(drawn.toFixed(4))}"/>\n`;
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') {
      batch += `        <viz:position x="${attributes.x}" y="${attributes.y}" z="0"/>\n`;
    }
    const rgb = hexToRgb(attributes.color);
    if (rgb) batch += `        <viz:color r="${rgb.r}" g="${rgb.g}" b="${rgb.b}"/>\n`;
    batch += '      </node>\n';
    if (batch.length > FLUSH_AT) {
      yield batch;
      batch = '';
    }
  }
  batch += '    </nodes>\n    <edges>\n';
  for (const key of graph.edges()) {
    const attributes = graph.getEdgeAttributes(key);
    const weight = typeof attributes.weight === 'number' ? ` weight="${attributes.weight}"` : '';
    batch += `      <edge id="${escapeXml(key)}" source="${escapeXml(graph.source(key))}" target="${escapeXml(graph.target(key))}"${weight}>\n`;
    batch += attvalues(without(writableRow(attributes), EDGE_OWN), edgeKeys, '        ');
    batch += '      </edge>\n';
    if (batch.length > FLUSH_AT) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}    </edges>\n  </graph>\n</gexf>\n`;
}

export function toGEXF(graph: PaperGraph): string {
  return [...gexfChunks(graph)].join('');
}

import type { PaperGraph } from '../graph/types.ts';

/**
 * GraphML writer. graphology-graphml only parses, and its ecosystem has no writer, so papergraph writes its own,
 * aimed at what Gephi, Cytoscape, networkx and igraph read: one `<key>` per attribute per domain (never
 * `for="all"`, which igraph rejects), standard attr.types inferred from the values, lists and objects as JSON
 * strings, `r`/`g`/`b` from a `#rrggbb` colour (Gephi maps those), and the graph's own attributes.
 */

type GraphMLType = 'boolean' | 'int' | 'long' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
// Wider types absorb narrower ones; mixed kinds (number with string) end as string.
const RANK: Record<GraphMLType, number> = { boolean: 0, int: 1, long: 2, double: 3, string: 4 };

function typeOf(value: unknown): GraphMLType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return value >= INT_MIN && value <= INT_MAX ? 'int' : 'long';
  }
  return 'string';
}

function widen(current: GraphMLType | undefined, next: GraphMLType): GraphMLType {
  if (!current) return next;
  if (current === next) return current;
  const numeric = (t: GraphMLType) => t === 'int' || t === 'long' || t === 'double';
  if (numeric(current) && numeric(next)) return RANK[current] > RANK[next] ? current : next;
  return 'string';
}

// XML 1.0 forbids most control characters even escaped; they are dropped.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function serialize(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function hexToRgb(color: unknown): { r: number; g: number; b: number } | undefined {
  if (typeof color !== 'string') return undefined;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return undefined;
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}

type Row = Record<string, unknown>;

/**
 * Attributes as written: undefined/null dropped, colour split into r/g/b. A model's `size` ("7B", the parameter
 * count) is written as `parameters`, because Gephi and Cytoscape read a node's `size` as its drawn size.
 */
function writable(attributes: Row): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(attributes)) {
    const name = key === 'size' && typeof value === 'string' ? 'parameters' : key;
    if (value === undefined || value === null) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    row[name] = value;
  }
  const rgb = hexToRgb(row['color']);
  if (rgb) Object.assign(row, rgb);
  return row;
}

class KeyTable {
  readonly types = new Map<string, GraphMLType>();
  constructor(readonly domain: Domain, readonly prefix: string) {}
  observe(row: Row): void {
    for (const [name, value] of Object.entries(row)) this.types.set(name, widen(this.types.get(name), typeOf(value)));
  }
  ids(): Map<string, string> {
    const ids = new Map<string, string>();
    [...this.types.keys()].sort().forEach((name, index) => ids.set(name, `${this.prefix}${index}`));
    return ids;
  }
}

function dataLines(row: Row, ids: Map<string, string>, indent: string): string[] {
  return Object.keys(row)
    .sort()
    .map((name) => `${indent}<data key="${ids.get(name)}">${escapeXml(serialize(row[name]))}</data>`);
}

export function toGraphML(graph: PaperGraph): string {
  const graphTable = new KeyTable('graph', 'g');
  const nodeTable = new KeyTable('node', 'n');
  const edgeTable = new KeyTable('edge', 'e');

  const graphRow = writable(graph.getAttributes() as Row);
  graphTable.observe(graphRow);
  const nodeRows: Array<[string, Row]> = [];
  graph.forEachNode((key, attributes) => {
    const row = writable(attributes as Row);
    // Drawn size for Gephi/Cytoscape when no layout set one: grows with the number of links.
    if (row['size'] === undefined) row['size'] = Number((1 + Math.sqrt(graph.degree(key))).toFixed(4));
    nodeTable.observe(row);
    nodeRows.push([key, row]);
  });
  const edgeRows: Array<[string, string, string, Row]> = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const row = writable(attributes as Row);
    edgeTable.observe(row);
    edgeRows.push([key, source, target, row]);
  });

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const tables = [graphTable, nodeTable, edgeTable];
  const idMaps = tables.map((table) => table.ids());
  tables.forEach((table, i) => {
    for (const [name, id] of idMaps[i]!) {
      out.push(`  <key id="${id}" for="${table.domain}" attr.name="${escapeXml(name)}" attr.type="${table.types.get(name)}"/>`);
    }
  });
  const [graphIds, nodeIds, edgeIds] = idMaps as [Map<string, string>, Map<string, string>, Map<string, string>];
  out.push(`  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`);
  out.push(...dataLines(graphRow, graphIds, '    '));
  for (const [key, row] of nodeRows) {
    out.push(`    <node id="${escapeXml(key)}">`, ...dataLines(row, nodeIds, '      '), '    </node>');
  }
  for (const [key, source, target, row] of edgeRows) {
    out.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataLines(row, edgeIds, '      '),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

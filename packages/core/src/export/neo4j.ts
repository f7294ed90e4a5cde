import type { PaperGraph } from '../contract/graph.ts';
import { NODE_KINDS, RELATION_NAMES, relationSpec, type NodeKind, type Relation } from '../contract/index.ts';

/**
 * neo4j-admin bulk-import CSVs (`neo4j-admin database import full`): one node file per kind with `key:ID` and
 * `:LABEL`, one relationship file per relation with `:START_ID`/`:END_ID`/`:TYPE`, typed headers (`year:int`,
 * `x:double`, `aliases:string[]`) whose types come from the data contract, not from the values one graph happens to
 * hold, so slices built apart load into one database with one type per property. Relationship files have a fixed
 * header per relation (`weight:double`, then `evidence:string` and `position:int` where the relation has them).
 * Arrays are joined with U+001F (the unit separator, which no text of a paper holds; `;` does, in ACM classes and
 * SICI DOIs), every string quoted with `"` doubled inside. Node keys are unique across kinds (`paper:…`, `author:…`),
 * so one global ID space serves; community keys name their build (`community:<build>:<id>`), so communities of
 * separately built slices never share a key. Strings keep their line breaks: import with `--multiline-fields=true`.
 *
 * Pure and browser-safe: files come back as a header plus a row generator, so a caller can stream a large graph
 * to disk without holding whole files as strings.
 */

export type Neo4jType = 'int' | 'long' | 'double' | 'boolean' | 'string' | 'string[]';

export interface Neo4jCsvFile {
  /** File name inside the export folder, e.g. `nodes-paper.csv`. */
  name: string;
  role: 'nodes' | 'relationships';
  /** Node label (`Paper`) or relationship type (`WROTE`). */
  label: string;
  /** The header line, without line break. */
  header: string;
  /** Number of data rows. */
  count: number;
  /** Data lines, each without line break (a line may hold quoted line breaks). */
  rows(): Generator<string>;
}

/**
 * The array delimiter: U+001F, ASCII's unit separator. neo4j-admin has no escape for the array delimiter, so it must
 * be a character no element holds; `;` (its default) is in real values (`I.4.2; E.4` ACM classes, SICI DOIs).
 */
export const NEO4J_ARRAY_DELIMITER = '\u001f';
/** The delimiter as neo4j-admin's `--array-delimiter` spells it. */
export const NEO4J_ARRAY_DELIMITER_OPTION = 'U+001F';

// Labels and relationship types from the contract's registries: a new kind or relation is exported without an edit.
const NODE_LABELS = Object.fromEntries(NODE_KINDS.map((row) => [row.kind, row.neo4jLabel])) as Record<NodeKind, string>;
const RELATION_TYPES = Object.fromEntries(RELATION_NAMES.map((relation) => [relation, relation.toUpperCase()])) as Record<Relation, string>;
/**
 * Property types of the data contract (NodeAttributes, EdgeAttributes in contract/graph.ts). A property of this
 * table has its type in every export whatever values it holds (a `weight` of 1 is still `double`); only a value that
 * does not fit it (a foreign graph's string `x`) widens it, as `widen` would, so no value is lost or mangled.
 */
const NODE_PROPERTY_TYPES: Readonly<Record<string, Neo4jType>> = {
  label: 'string',
  community: 'int',
  subcommunity: 'int',
  paperCount: 'int',
  title: 'string',
  abstract: 'string',
  year: 'int',
  arxivId: 'string',
  source: 'string',
  sources: 'string[]',
  tags: 'string[]',
  authors: 'string[]',
  venue: 'string',
  categories: 'string[]',
  date: 'string',
  doi: 'string',
  openalexId: 'string',
  s2Id: 'string',
  pmid: 'string',
  referencesOutside: 'int',
  referencesOutsideIds: 'string[]',
  stub: 'boolean',
  name: 'string',
  orcid: 'string',
  scopusId: 'string',
  family: 'string',
  version: 'string',
  size: 'string',
  variant: 'string',
  aliases: 'string[]',
  firstSeen: 'string',
  peak: 'string',
  bursts: 'string',
  x: 'double',
  y: 'double',
  color: 'string',
};
const EDGE_PROPERTY_TYPES: Readonly<Record<string, Neo4jType>> = { weight: 'double', evidence: 'string', position: 'int' };
/** Relations whose edges carry an author `position` (EdgeAttributes.position: `wrote` only). */
const POSITIONED_RELATIONS: ReadonlySet<string> = new Set<Relation>(['wrote']);

/**
 * The fixed leading columns of a relation's file, in this order: every relation has a clustering `weight`; relations
 * whose edges carry the sentence that shows them have `evidence`; authorship has `position`. A relation the contract
 * does not know (a foreign graph) has `weight` only.
 */
function relationColumns(relation: string): string[] {
  const spec = RELATION_NAMES.includes(relation as Relation) ? relationSpec(relation as Relation) : undefined;
  return ['weight', ...(spec?.evidence ? ['evidence'] : []), ...(POSITIONED_RELATIONS.has(relation) ? ['position'] : [])];
}

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

function typeOf(value: unknown): Neo4jType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return value >= INT_MIN && value <= INT_MAX ? 'int' : 'long';
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'string[]';
  return 'string';
}

const NUMERIC: Neo4jType[] = ['int', 'long', 'double'];
function widen(current: Neo4jType | undefined, next: Neo4jType): Neo4jType {
  if (!current || current === next) return next;
  if (NUMERIC.includes(current) && NUMERIC.includes(next)) return NUMERIC[Math.max(NUMERIC.indexOf(current), NUMERIC.indexOf(next))]!;
  return 'string';
}

/** A CSV field: quoted (quotes doubled) unless it is a bare number or boolean. */
export function csvField(value: unknown, type: Neo4jType): string {
  if (value === undefined || value === null) return '';
  if (type === 'string[]' && Array.isArray(value)) {
    // toNeo4jCsv refuses a graph with an element holding the delimiter before writing anything; this guards other callers.
    const items = value.map((item) => String(item));
    const clash = items.find((item) => item.includes(NEO4J_ARRAY_DELIMITER));
    if (clash !== undefined) throw new Neo4jExportError(delimiterMessage(clash));
    return quote(items.join(NEO4J_ARRAY_DELIMITER));
  }
  if ((type === 'int' || type === 'long' || type === 'double') && typeof value === 'number') return String(value);
  if (type === 'boolean' && typeof value === 'boolean') return String(value);
  return quote(typeof value === 'string' ? value : JSON.stringify(value));
}

/** A graph these files cannot hold unchanged (a list element holding the array delimiter): the input's fault, not a bug. */
export class Neo4jExportError extends Error {
  override name = 'Neo4jExportError';
  /** The node or edge holding the value, when known: a caller can say which record it came from. */
  readonly element: { kind: 'node' | 'edge'; key: string } | undefined;

  constructor(message: string, element?: { kind: 'node' | 'edge'; key: string }) {
    super(message);
    this.element = element;
  }
}

function delimiterMessage(item: string, where = ''): string {
  return `cannot export ${JSON.stringify(item)}${where} to Neo4j: it holds U+001F, the array delimiter, which neo4j-admin cannot escape`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Property names in headers: `name:type`; a `:` or `,` in an attribute name would break the header. */
function property(name: string): string {
  return name.replace(/[:,"\s]/g, '_');
}

interface Column {
  name: string;
  type: Neo4jType;
}

/**
 * One type per property name for every file of a role (all node files, or all relationship files): the contract's
 * type (`known`) when every value fits it, else widened over every value it takes, as for properties the contract
 * does not name. A property typed `int` in one file and `double` in another would hold integers on some elements and
 * floats on others in Neo4j, and a query or a GDS projection over all of them would meet both.
 */
class PropertyTypes {
  private readonly types = new Map<string, Neo4jType>();

  constructor(
    private readonly skip: Set<string>,
    known: Readonly<Record<string, Neo4jType>>,
    private readonly owner: 'node' | 'edge',
  ) {
    for (const [name, type] of Object.entries(known)) this.types.set(name, type);
  }

  /** Observes one element's attributes, adding the names it sets to `names` (the columns of its file). */
  observe(element: string, attributes: Record<string, unknown>, names: Set<string>): void {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || this.skip.has(name)) continue;
      names.add(name);
      const type = typeOf(value);
      if (type === 'string[]') {
        const clash = (value as string[]).find((item) => item.includes(NEO4J_ARRAY_DELIMITER));
        if (clash !== undefined) throw new Neo4jExportError(delimiterMessage(clash, ` (${name} of ${this.owner} ${element})`), { kind: this.owner, key: element });
      }
      // Starting from the contract's type, a fitting value keeps it (`widen('double', 'int')` is `double`).
      this.types.set(name, widen(this.types.get(name), type));
    }
  }

  /** The columns: `fixed` first in their order, then the other names elements set, in name order; each with its role-wide type. */
  columns(names: Set<string>, fixed: string[] = []): Column[] {
    const rest = [...names].filter((name) => !fixed.includes(name)).sort();
    return [...fixed, ...rest].map((name) => ({ name, type: this.types.get(name) ?? 'string' }));
  }
}

function header(prefix: string[], columns: Column[]): string {
  return [...prefix, ...columns.map((c) => `${property(c.name)}:${c.type}`)].join(',');
}

/**
 * A build's fingerprint: 12 hex digits from every node's community and the community list, independent of the order
 * nodes come in. Communities are numbered from 0 in every build, so `community:0` of two slices are different
 * communities; the fingerprint tells them apart, and is the same only for builds that divided the same nodes the same
 * way (whose communities are then the same, and may share a key). Two FNV-style lanes (different multipliers), each summed over the items.
 */
class BuildFingerprint {
  private low = 0;
  private high = 0;

  add(item: string): void {
    let a = 0x811c9dc5;
    let b = 0x050c5d1f;
    for (let i = 0; i < item.length; i++) {
      const code = item.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
    this.low = (this.low + (a >>> 0)) >>> 0;
    this.high = (this.high + (b >>> 0)) >>> 0;
  }

  hex(): string {
    return (this.high >>> 16).toString(16).padStart(4, '0') + this.low.toString(16).padStart(8, '0');
  }
}

/** A Community node's key: `community:<build>:<id>`, unique across separately built slices. */
export function communityKey(build: string, id: number): string {
  return `community:${build}:${id}`;
}

/** The graph as neo4j-admin import files: node files per kind, relationship files per relation, then communities. */
export function toNeo4jCsv(graph: PaperGraph): Neo4jCsvFile[] {
  const files: Neo4jCsvFile[] = [];

  const nodeTypes = new PropertyTypes(new Set(['kind']), NODE_PROPERTY_TYPES, 'node');
  const nodesByKind = new Map<NodeKind, { nodes: string[]; names: Set<string> }>();
  const build = new BuildFingerprint();
  graph.forEachNode((node, attributes) => {
    let group = nodesByKind.get(attributes.kind);
    if (!group) nodesByKind.set(attributes.kind, (group = { nodes: [], names: new Set() }));
    group.nodes.push(node);
    nodeTypes.observe(node, attributes, group.names);
    if (attributes.community !== undefined) build.add(`${node}\u0000${String(attributes.community)}`);
  });
  const kinds = (Object.keys(NODE_LABELS) as NodeKind[]).concat(
    [...nodesByKind.keys()].filter((kind) => !(kind in NODE_LABELS)).sort(),
  );
  for (const kind of kinds) {
    const group = nodesByKind.get(kind);
    if (!group?.nodes.length) continue;
    const { nodes } = group;
    const label = NODE_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
    const columns = nodeTypes.columns(group.names);
    files.push({
      name: `nodes-${kind}.csv`,
      role: 'nodes',
      label,
      header: header(['key:ID', ':LABEL'], columns),
      count: nodes.length,
      *rows() {
        for (const node of nodes) {
          const attributes = graph.getNodeAttributes(node);
          yield [csvField(node, 'string'), label, ...columns.map((c) => csvField(attributes[c.name], c.type))].join(',');
        }
      },
    });
  }

  const edgeTypes = new PropertyTypes(new Set(['relation']), EDGE_PROPERTY_TYPES, 'edge');
  const edgesByRelation = new Map<string, { edges: string[]; names: Set<string> }>();
  graph.forEachEdge((edge, attributes) => {
    let group = edgesByRelation.get(attributes.relation);
    if (!group) edgesByRelation.set(attributes.relation, (group = { edges: [], names: new Set() }));
    group.edges.push(edge);
    edgeTypes.observe(edge, attributes, group.names);
  });
  const relations = (Object.keys(RELATION_TYPES) as string[]).concat(
    [...edgesByRelation.keys()].filter((relation) => !(relation in RELATION_TYPES)).sort(),
  );
  for (const relation of relations) {
    const group = edgesByRelation.get(relation);
    if (!group?.edges.length) continue;
    const { edges } = group;
    const type = RELATION_TYPES[relation as Relation] ?? relation.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    const columns = edgeTypes.columns(group.names, relationColumns(relation));
    files.push({
      name: `relationships-${relation}.csv`,
      role: 'relationships',
      label: type,
      header: header([':START_ID', ':END_ID', ':TYPE'], columns),
      count: edges.length,
      *rows() {
        for (const edge of edges) {
          const attributes = graph.getEdgeAttributes(edge);
          yield [
            csvField(graph.source(edge), 'string'),
            csvField(graph.target(edge), 'string'),
            type,
            ...columns.map((c) => csvField(attributes[c.name], c.type)),
          ].join(',');
        }
      },
    });
  }

  const communities = graph.getAttribute('communities') ?? [];
  if (communities.length > 0) {
    for (const c of communities) {
      const clash = c.top.find((item) => item.includes(NEO4J_ARRAY_DELIMITER));
      if (clash !== undefined) throw new Neo4jExportError(delimiterMessage(clash, ` (top of community ${c.id})`));
      build.add(`\u0001${c.id}\u0000${c.size}\u0000${c.label}`);
    }
    const buildId = build.hex();
    files.push({
      name: 'nodes-community.csv',
      role: 'nodes',
      label: 'Community',
      header: 'key:ID,:LABEL,community:int,build:string,label:string,size:int,top:string[]',
      count: communities.length,
      *rows() {
        for (const c of communities) {
          yield [
            csvField(communityKey(buildId, c.id), 'string'),
            'Community',
            String(c.id),
            csvField(buildId, 'string'),
            csvField(c.label, 'string'),
            String(c.size),
            csvField(c.top, 'string[]'),
          ].join(',');
        }
      },
    });
  }
  return files;
}

/** The whole text of one file (tests and small graphs; large graphs stream `rows()`). */
export function neo4jCsvText(file: Neo4jCsvFile): string {
  const lines = [file.header];
  for (const row of file.rows()) lines.push(row);
  return `${lines.join('\n')}\n`;
}

/** The `neo4j-admin database import full` command that loads these files (paths relative to the export folder). */
export function neo4jImportCommand(files: Neo4jCsvFile[], database = 'papergraph'): string {
  const parts = ['neo4j-admin database import full', `--array-delimiter=${NEO4J_ARRAY_DELIMITER_OPTION}`, '--multiline-fields=true'];
  for (const file of files) parts.push(`--${file.role}=${file.name}`);
  parts.push('--overwrite-destination', database);
  return parts.join(' \\\n  ');
}

import type { PaperGraph } from '../contract/graph.ts';
import { NODE_KINDS, RELATION_NAMES, type NodeKind, type Relation } from '../contract/index.ts';

/**
 * neo4j-admin bulk-import CSVs (`neo4j-admin database import full`): one node file per kind with `key:ID` and
 * `:LABEL`, one relationship file per relation with `:START_ID`/`:END_ID`/`:TYPE`, typed headers (`year:int`,
 * `x:double`, `aliases:string[]`; one type per property name in all node files, one in all relationship files),
 * arrays joined with `;` (neo4j-admin's default array delimiter), every string quoted with `"` doubled inside. Node keys are unique across kinds (`paper:…`, `author:…`), so one global ID space
 * serves. Strings keep their line breaks: import with `--multiline-fields=true`.
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

export const NEO4J_ARRAY_DELIMITER = ';';
/** An array element that contains the delimiter gets this look-alike instead (neo4j-admin cannot escape it). */
const DELIMITER_STANDIN = '\uff1b';

// Labels and relationship types from the contract's registries: a new kind or relation is exported without an edit.
const NODE_LABELS = Object.fromEntries(NODE_KINDS.map((row) => [row.kind, row.neo4jLabel])) as Record<NodeKind, string>;
const RELATION_TYPES = Object.fromEntries(RELATION_NAMES.map((relation) => [relation, relation.toUpperCase()])) as Record<Relation, string>;
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
    return quote(value.map((item) => String(item).split(NEO4J_ARRAY_DELIMITER).join(DELIMITER_STANDIN)).join(NEO4J_ARRAY_DELIMITER));
  }
  if ((type === 'int' || type === 'long' || type === 'double') && typeof value === 'number') return String(value);
  if (type === 'boolean' && typeof value === 'boolean') return String(value);
  return quote(typeof value === 'string' ? value : JSON.stringify(value));
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
 * One type per property name for every file of a role (all node files, or all relationship files), widened over
 * every value it takes: `weight` is `double` on every relationship type because `tagged` weighs 0.25, though `wrote`
 * weighs 1. A property typed `int` in one file and `double` in another would hold integers on some relationships
 * and floats on others in Neo4j, and a query or a GDS projection over all of them would meet both.
 */
class PropertyTypes {
  private readonly types = new Map<string, Neo4jType>();

  constructor(private readonly skip: Set<string>) {}

  /** Observes one element's attributes, adding the names it sets to `names` (the columns of its file). */
  observe(attributes: Record<string, unknown>, names: Set<string>): void {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || this.skip.has(name)) continue;
      names.add(name);
      this.types.set(name, widen(this.types.get(name), typeOf(value)));
    }
  }

  /** The columns of a file whose elements set `names`, in name order, each with its role-wide type. */
  columns(names: Set<string>): Column[] {
    return [...names].sort().map((name) => ({ name, type: this.types.get(name)! }));
  }
}

function header(prefix: string[], columns: Column[]): string {
  return [...prefix, ...columns.map((c) => `${property(c.name)}:${c.type}`)].join(',');
}

/** The graph as neo4j-admin import files: node files per kind, relationship files per relation, then communities. */
export function toNeo4jCsv(graph: PaperGraph): Neo4jCsvFile[] {
  const files: Neo4jCsvFile[] = [];

  const nodeTypes = new PropertyTypes(new Set(['kind']));
  const nodesByKind = new Map<NodeKind, { nodes: string[]; names: Set<string> }>();
  graph.forEachNode((node, attributes) => {
    let group = nodesByKind.get(attributes.kind);
    if (!group) nodesByKind.set(attributes.kind, (group = { nodes: [], names: new Set() }));
    group.nodes.push(node);
    nodeTypes.observe(attributes, group.names);
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

  const edgeTypes = new PropertyTypes(new Set(['relation']));
  const edgesByRelation = new Map<string, { edges: string[]; names: Set<string> }>();
  graph.forEachEdge((edge, attributes) => {
    let group = edgesByRelation.get(attributes.relation);
    if (!group) edgesByRelation.set(attributes.relation, (group = { edges: [], names: new Set() }));
    group.edges.push(edge);
    edgeTypes.observe(attributes, group.names);
  });
  const relations = (Object.keys(RELATION_TYPES) as string[]).concat(
    [...edgesByRelation.keys()].filter((relation) => !(relation in RELATION_TYPES)).sort(),
  );
  for (const relation of relations) {
    const group = edgesByRelation.get(relation);
    if (!group?.edges.length) continue;
    const { edges } = group;
    const type = RELATION_TYPES[relation as Relation] ?? relation.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    const columns = edgeTypes.columns(group.names);
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
    files.push({
      name: 'nodes-community.csv',
      role: 'nodes',
      label: 'Community',
      header: 'key:ID,:LABEL,community:int,label:string,size:int,top:string[]',
      count: communities.length,
      *rows() {
        for (const c of communities) {
          yield [csvField(`community:${c.id}`, 'string'), 'Community', String(c.id), csvField(c.label, 'string'), String(c.size), csvField(c.top, 'string[]')].join(',');
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
  const parts = ['neo4j-admin database import full', `--array-delimiter='${NEO4J_ARRAY_DELIMITER}'`, '--multiline-fields=true'];
  for (const file of files) parts.push(`--${file.role}=${file.name}`);
  parts.push('--overwrite-destination', database);
  return parts.join(' \\\n  ');
}

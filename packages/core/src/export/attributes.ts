/**
 * What the XML writers (GraphML, GEXF) share: which attributes an element writes, their XML-schema-like type
 * inferred over every element, their text form, and XML escaping.
 */

export type ValueType = 'boolean' | 'int' | 'long' | 'double' | 'string';
export type Row = Record<string, unknown>;

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
// Wider types absorb narrower ones; mixed kinds (number with string) end as string.
const RANK: Record<ValueType, number> = { boolean: 0, int: 1, long: 2, double: 3, string: 4 };

function typeOf(value: unknown): ValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return value >= INT_MIN && value <= INT_MAX ? 'int' : 'long';
  }
  return 'string';
}

function widen(current: ValueType | undefined, next: ValueType): ValueType {
  if (!current || current === next) return next;
  const numeric = (t: ValueType) => t === 'int' || t === 'long' || t === 'double';
  if (numeric(current) && numeric(next)) return RANK[current] > RANK[next] ? current : next;
  return 'string';
}

// XML 1.0 forbids most control characters even escaped; they are dropped.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const XML_SPECIAL = /[&<>"']/;

export function escapeXml(text: string): string {
  const clean = text.replace(INVALID_XML, '');
  if (!XML_SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Text form of a value: lists and objects as JSON, which every reader can at least keep as a string. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function hexToRgb(color: unknown): { r: number; g: number; b: number } | undefined {
  if (typeof color !== 'string') return undefined;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return undefined;
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}

/**
 * Attributes as an XML writer writes them: undefined/null/non-finite dropped, and a model's `size` ("7B", the
 * parameter count) renamed `parameters`, because Gephi and Cytoscape read a node's `size` as its drawn size.
 */
export function writableRow(attributes: Row): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    row[key === 'size' && typeof value === 'string' ? 'parameters' : key] = value;
  }
  return row;
}

/** The type of each attribute name over all rows of one domain, with stable ids in name order. */
export class AttributeTable {
  private readonly types = new Map<string, ValueType>();

  observe(row: Row): void {
    for (const [name, value] of Object.entries(row)) this.types.set(name, widen(this.types.get(name), typeOf(value)));
  }

  /** name → {id, type}, names sorted so output does not depend on attribute insertion order. */
  declarations(prefix: string): Map<string, { id: string; type: ValueType }> {
    const out = new Map<string, { id: string; type: ValueType }>();
    [...this.types.keys()].sort().forEach((name, index) => out.set(name, { id: `${prefix}${index}`, type: this.types.get(name)! }));
    return out;
  }
}

/**
 * What the XML writers (GraphML, GEXF) share: which attributes an element writes, their XML-schema-like type
 * inferred over every element, their text form and XML escaping (sink.ts gathers the output).
 *
 * The writers run over every node and edge of a whole field (~300k nodes, ~600k edges), so the per-element work
 * here avoids building objects: an element's attributes are read in place, column by column, with the exact
 * semantics of `writableRow` (which stays as the reference and as the path for the rare rows it would rewrite).
 */

/** `liststring` only where the table was made for lists (GEXF): a column whose every value is a list of strings. */
export type ValueType = 'boolean' | 'int' | 'long' | 'double' | 'string' | 'liststring';
export type Row = Record<string, unknown>;

/** Elements are yielded in batches of about this many characters. */
export const FLUSH_AT = 1 << 20;

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
// Wider types absorb narrower ones; mixed kinds (number with string) end as string.
const RANK: Record<ValueType, number> = { boolean: 0, int: 1, long: 2, double: 3, string: 4, liststring: 5 };

/** Whether every item of a list is a string (an empty list too). */
export function isStringList(value: unknown): value is readonly string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

export function typeOf(value: unknown, lists = false): ValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (lists && isStringList(value)) return 'liststring';
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

// XML 1.0 forbids most control characters even escaped; they are dropped. Tab, line feed and carriage return are
// written as character references: a parser turns them into spaces in an attribute value (GEXF's values, labels)
// and a carriage return into a line feed in text, so written as they are they would not come back.
// One pass finds whether a string needs any work at all (most do not: keys, names, most titles).
export const XML_NEEDS_WORK = /[\u0000-\u001f\ufffe\uffff&<>"']/;

export function escapeXml(text: string): string {
  if (!XML_NEEDS_WORK.test(text)) return text;
  return escapeXmlSlow(text, false);
}

// Element text (GraphML's `<data>`) needs only `&` and `<` escaped, `>` after `]]`, and a carriage return (which a
// parser turns into a line feed): quotes, tabs, line feeds and other `>` are written as they are. Java's built-in
// StAX parser hands text over in pieces split at every reference, and Gephi's GraphML importer drops the pieces that
// are only white space, so `a&#10;b` came out of Gephi as `ab` and `LMs&apos; &quot;thinking&quot;` as
// `LMs'"thinking"`; with fewer references, such pieces need two of `&`, `<` or CR around nothing but white space.
const XML_TEXT_CHARS = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff&<]/;

/** Whether escapeXmlText changes the text (two plain scans: a regex with `|\]\]>` in it scans slower). */
export function textNeedsWork(text: string): boolean {
  return XML_TEXT_CHARS.test(text) || text.includes(']]>');
}

/** `escapeXml` for element text: the same characters dropped, but only `&`, `<`, CR and `]]>`'s `>` as references. */
export function escapeXmlText(text: string): string {
  if (!textNeedsWork(text)) return text;
  return escapeXmlSlow(text, true);
}

/** Drops characters XML cannot carry and writes the entities (in element text, fewer), in one pass. */
function escapeXmlSlow(text: string, inText: boolean): string {
  let out = '';
  let last = 0;
  // The last two characters written: in text a `>` is escaped only after `]]`, dropped characters between or not.
  let written1 = 0;
  let written2 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // undefined: kept as it is; '': dropped.
    let replacement: string | undefined;
    if (c === 38) replacement = '&amp;';
    else if (c === 60) replacement = '&lt;';
    else if (c === 62) replacement = inText && (written1 !== 93 || written2 !== 93) ? undefined : '&gt;';
    else if (c === 34) replacement = inText ? undefined : '&quot;';
    else if (c === 39) replacement = inText ? undefined : '&apos;';
    else if (c === 9 || c === 10) replacement = inText ? undefined : `&#${c};`;
    else if (c === 13) replacement = '&#13;';
    else if (c < 32 || c === 0xfffe || c === 0xffff) replacement = '';
    if (replacement === undefined) {
      written2 = written1;
      written1 = c;
      continue;
    }
    if (i > last) out += text.slice(last, i);
    out += replacement;
    last = i + 1;
    if (replacement !== '') {
      written2 = written1;
      written1 = 59; // the reference's ';'
    }
  }
  return last < text.length ? out + text.slice(last) : out;
}

/**
 * A list of strings as GEXF's `liststring` value, XML-escaped: `["a", "b \"c\""]`, every item between double quotes,
 * `\` and `"` escaped with a backslash, tabs and line breaks as they are (written as character references). It is
 * the list syntax Gephi parses (graphstore's ArraysParser: brackets, commas, quoted literals with backslash escapes;
 * its own writer quotes only items with spaces, commas, brackets or quotes) and graphology-gexf too; quoting every
 * item keeps `null`, blanks and edge spaces as they are. `[]` is the empty list for both.
 */
export function gexfListText(items: readonly string[]): string {
  const n = items.length;
  if (n === 0) return '[]';
  let out = '[&quot;';
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    if (i > 0) out += '&quot;, &quot;';
    out += XML_NEEDS_WORK.test(item) || item.includes('\\') ? escapeXml(item.replace(LIST_ITEM_ESCAPES, '\\$&')) : item;
  }
  return `${out}&quot;]`;
}
const LIST_ITEM_ESCAPES = /[\\"]/g;

/** `escapeXmlText(valueText(value))`: a value as element text. */
export function xmlTextContent(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return escapeXmlText(valueText(value));
}

/** Text form of a value: lists and objects as JSON, which every reader can at least keep as a string. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

// A list item that JSON writes as is (no escape, no lone surrogate) and XML too.
export const ITEM_NEEDS_WORK = /[\u0000-\u001f"\\&<>'\ud800-\udfff\ufffe\uffff]/;

/**
 * `escapeXml(valueText(value))`, without the JSON text in between for the common case, a list of strings:
 * both escapes map each character on its own, so the list's text is the items' texts between `[&quot;`,
 * `&quot;,&quot;` and `&quot;]`.
 */
export function xmlText(value: unknown): string {
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const n = value.length;
    if (n === 0) return '[]';
    for (let i = 0; i < n; i++) if (typeof value[i] !== 'string') return escapeXml(JSON.stringify(value));
    let out = '[&quot;';
    for (let i = 0; i < n; i++) {
      const item = value[i] as string;
      if (i > 0) out += '&quot;,&quot;';
      // escapeXml(JSON.stringify(item)) starts and ends with `&quot;` (6 characters each).
      out += ITEM_NEEDS_WORK.test(item) ? escapeXml(JSON.stringify(item)).slice(6, -6) : item;
    }
    return `${out}&quot;]`;
  }
  return escapeXml(valueText(value));
}

const RGB_CACHE = new Map<string, { r: number; g: number; b: number } | undefined>();

export function hexToRgb(color: unknown): { r: number; g: number; b: number } | undefined {
  if (typeof color !== 'string') return undefined;
  const known = RGB_CACHE.get(color);
  if (known !== undefined || RGB_CACHE.has(color)) return known;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = match ? { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) } : undefined;
  if (RGB_CACHE.size < 4096) RGB_CACHE.set(color, rgb);
  return rgb;
}

export function isWritable(value: unknown): boolean {
  return value !== undefined && value !== null && (typeof value !== 'number' || Number.isFinite(value));
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

/**
 * Whether `writableRow` would do more than drop and rename: a string `size` and a `parameters` both land on
 * `parameters` (the later one wins), and a `__proto__` key is not copied. Such rows take the slow path.
 */
export function needsRow(attributes: Row): boolean {
  return (typeof attributes['size'] === 'string' && Object.hasOwn(attributes, 'parameters')) || Object.hasOwn(attributes, '__proto__');
}

/** Names that a plain object inherits (`toString`, `constructor`…): read only when the element has them itself. */
function inherited(name: string): boolean {
  return name in Object.prototype;
}

/** How a column's value is read from an element's attributes (the fast path), mirroring `writableRow`. */
export type Read = 0 | 1 | 2 | 3;
/** attributes[name] if writable. */
export const READ_PLAIN = 0;
/** the same, for a name objects inherit (`toString`…): only an own enumerable property counts. */
export const READ_OWN = 1;
/** `size` if writable and not a string (a string size is `parameters`). */
export const READ_SIZE = 2;
/** a string `size`, else `parameters` if writable (needsRow rows are not read this way). */
export const READ_PARAMETERS = 3;

export function readCell(attributes: Row, name: string, read: Read): unknown {
  let value: unknown;
  switch (read) {
    case READ_PLAIN:
      value = attributes[name];
      break;
    case READ_OWN:
      value = Object.prototype.propertyIsEnumerable.call(attributes, name) ? attributes[name] : undefined;
      break;
    case READ_SIZE:
      value = attributes['size'];
      if (typeof value === 'string') return undefined;
      break;
    case READ_PARAMETERS:
      value = attributes['size'];
      if (typeof value !== 'string') value = attributes['parameters'];
      break;
  }
  return isWritable(value) ? value : undefined;
}

/** A value read from an already built row (a `writableRow`, possibly with more keys set). */
export function rowCell(row: Row, name: string): unknown {
  return Object.prototype.propertyIsEnumerable.call(row, name) ? row[name] : undefined;
}

export function readFor(name: string): Read {
  if (name === 'size') return READ_SIZE;
  if (name === 'parameters') return READ_PARAMETERS;
  return inherited(name) ? READ_OWN : READ_PLAIN;
}

/** The type of each attribute name over all rows of one domain, with stable ids in name order. */
export class AttributeTable {
  private readonly types = new Map<string, ValueType>();

  /** `lists`: a column of lists of strings is typed `liststring` (GEXF) instead of `string` (JSON text). */
  constructor(private readonly lists = false) {}

  observe(row: Row): void {
    for (const [name, value] of Object.entries(row)) this.observeValue(name, value);
  }

  has(name: string): boolean {
    return this.types.has(name);
  }

  observeValue(name: string, value: unknown): void {
    const current = this.types.get(name);
    if (current === 'string') return;
    const type = typeOf(value, this.lists);
    if (current !== type) this.types.set(name, widen(current, type));
  }

  /**
   * `observe(writableRow(attributes))` minus the names in `skip`, without building the row (unless needsRow).
   */
  observeAttributes(attributes: Row, skip?: ReadonlySet<string>): void {
    if (needsRow(attributes)) {
      const row = writableRow(attributes);
      for (const name of Object.keys(row)) if (!skip?.has(name)) this.observeValue(name, row[name]);
      return;
    }
    for (const name in attributes) {
      if (!Object.hasOwn(attributes, name)) continue;
      const value = attributes[name];
      if (!isWritable(value)) continue;
      const dest = name === 'size' && typeof value === 'string' ? 'parameters' : name;
      if (skip?.has(dest)) continue;
      this.observeValue(dest, value);
    }
  }

  /** name → {id, type}, names sorted so output does not depend on attribute insertion order. */
  declarations(prefix: string): Map<string, { id: string; type: ValueType }> {
    const out = new Map<string, { id: string; type: ValueType }>();
    [...this.types.keys()].sort().forEach((name, index) => out.set(name, { id: `${prefix}${index}`, type: this.types.get(name)! }));
    return out;
  }
}

import {
  escapeXml,
  escapeXmlText,
  FLUSH_AT,
  gexfListText,
  isStringList,
  ITEM_NEEDS_WORK,
  readFor,
  textNeedsWork,
  XML_NEEDS_WORK,
  xmlText,
  xmlTextContent,
  type Read,
} from './attributes.ts';

/**
 * Where the XML writers put their text, piece by piece, and take it back a chunk (about FLUSH_AT) at a time.
 * Two sinks give the same text: StringSink as strings (toGraphML/toGEXF, the viewer), ByteSink as UTF-8 bytes
 * (the CLI's files). ByteSink encodes each piece as it comes and escapes while encoding, so a file is never
 * built as strings at all: joining millions of small strings, then encoding them, cost more than making them.
 */
export interface XmlSink<T> {
  /** Text as it is (markup, or text already escaped). */
  add(text: string): void;
  /** A piece's text. */
  put(piece: Piece): void;
  /** `escapeXml(text)`. */
  addEscaped(text: string): void;
  /** `xmlText(value)`: a value's text, escaped. */
  addValue(value: unknown): void;
  /** `xmlTextContent(value)`: a value's text, escaped as element text. */
  addTextValue(value: unknown): void;
  /** Whether a chunk's worth has gathered. */
  readonly full: boolean;
  /** The gathered text, and a fresh start. */
  take(): T;
}

export class StringSink implements XmlSink<string> {
  private parts: string[] = [];
  private length = 0;

  add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  put(piece: Piece): void {
    this.add(piece.text);
  }

  addEscaped(text: string): void {
    this.add(escapeXml(text));
  }

  addValue(value: unknown): void {
    this.add(xmlText(value));
  }

  addTextValue(value: unknown): void {
    this.add(xmlTextContent(value));
  }

  get full(): boolean {
    return this.length >= FLUSH_AT;
  }

  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return text;
  }
}

const encoder = new TextEncoder();

// Pieces' bytes are views of shared slabs: an ArrayBuffer of its own for each (TextEncoder.encode) cost about 15 µs
// a piece, and the writers' columns make tens of thousands of them while they learn which values repeat.
const SLAB_BYTES = 1 << 16;
let slab = new Uint8Array(SLAB_BYTES);
let slabUsed = 0;

function utf8Bytes(text: string): Uint8Array {
  const most = text.length * 3;
  if (most > SLAB_BYTES >> 4) return encoder.encode(text);
  if (slabUsed + most > SLAB_BYTES) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  const start = slabUsed;
  slabUsed += encoder.encodeInto(text, slab.subarray(start)).written;
  return slab.subarray(start, slabUsed);
}

/**
 * Text written many times (markup, the line of a repeated value), with its UTF-8 bytes made once: copying
 * bytes costs a fraction of encoding the text again, character by character, for every element.
 */
export class Piece {
  readonly bytes: Uint8Array;

  constructor(readonly text: string) {
    this.bytes = utf8Bytes(text);
  }
}
/** Short pieces are copied byte by byte when ASCII (cheaper than a call into the encoder). */
const SHORT = 64;
// What escapeXml does to each character below 0x40 (all it changes is there): 0 keep, 1 drop, 2 an entity or a
// character reference; TEXT_ACTION is escapeXmlText's (quotes, tab and line feed kept, `>` escaped only after `]]`).
const KEEP = 0;
const DROP = 1;
const GT_IN_TEXT = 3;
const attributeNeedsWork = (text: string): boolean => XML_NEEDS_WORK.test(text);
const ASCII_ACTION = new Uint8Array(0x40);
const ENTITY: string[] = [];
for (let c = 0; c < 0x20; c++) if (c !== 9 && c !== 10 && c !== 13) ASCII_ACTION[c] = DROP;
for (const [char, entity] of [['\t', '&#9;'], ['\n', '&#10;'], ['\r', '&#13;'], ['&', '&amp;'], ['<', '&lt;'], ['>', '&gt;'], ['"', '&quot;'], ["'", '&apos;']] as const) {
  ASCII_ACTION[char.charCodeAt(0)] = 2;
  ENTITY[char.charCodeAt(0)] = entity;
}
const TEXT_ACTION = ASCII_ACTION.slice();
for (const char of ['\t', '\n', '"', "'"]) TEXT_ACTION[char.charCodeAt(0)] = KEEP;
TEXT_ACTION['>'.charCodeAt(0)] = GT_IN_TEXT;

/** Whether escapeXml drops this character (so that it could join the surrogates around it into a pair). */
function dropped(c: number): boolean {
  return (c < 0x40 && ASCII_ACTION[c] === DROP) || c === 0xfffe || c === 0xffff;
}

/**
 * UTF-8 bytes, as `TextEncoder` (and Node's string writes) encode the text the StringSink would give: a lone
 * surrogate becomes U+FFFD.
 */
export class ByteSink implements XmlSink<Uint8Array> {
  private bytes = new Uint8Array(2 * FLUSH_AT);
  private pos = 0;

  /** The buffer, with room for `count` more bytes. */
  private room(count: number): Uint8Array {
    if (this.pos + count > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.pos + count, 2 * this.bytes.length));
      bigger.set(this.bytes.subarray(0, this.pos));
      this.bytes = bigger;
    }
    return this.bytes;
  }

  add(text: string): void {
    const n = text.length;
    // At most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    const bytes = this.room(3 * n);
    const pos = this.pos;
    if (n <= SHORT) {
      let i = 0;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) break;
        bytes[pos + i] = c;
      }
      if (i === n) {
        this.pos = pos + n;
        return;
      }
    }
    this.pos = pos + encoder.encodeInto(text, bytes.subarray(pos)).written;
  }

  put(piece: Piece): void {
    const bytes = piece.bytes;
    this.room(bytes.length).set(bytes, this.pos);
    this.pos += bytes.length;
  }

  addEscaped(text: string): void {
    this.addEscapedWith(text, ASCII_ACTION, attributeNeedsWork);
  }

  /** `escapeXmlText(text)`. */
  addEscapedText(text: string): void {
    this.addEscapedWith(text, TEXT_ACTION, textNeedsWork);
  }

  private addEscapedWith(text: string, action: Uint8Array, needsWork: (text: string) => boolean): void {
    const n = text.length;
    if (n <= SHORT) {
      // Copy while checking: plain ASCII needs neither the regex nor the encoder.
      const bytes = this.room(n);
      const pos = this.pos;
      let i = 0;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80 || (c < 0x40 && action[c] !== KEEP)) break;
        bytes[pos + i] = c;
      }
      if (i === n) {
        this.pos = pos + n;
        return;
      }
    }
    if (!needsWork(text)) this.add(text);
    else this.escapeAndEncode(text, action);
  }

  /** escapeXml (with ASCII_ACTION) or escapeXmlText (with TEXT_ACTION) and UTF-8 in one pass. */
  private escapeAndEncode(text: string, actions: Uint8Array): void {
    const n = text.length;
    // At most 6 bytes per unit (`&quot;`).
    const b = this.room(6 * n);
    const start = this.pos;
    let p = start;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        const action = c < 0x40 ? actions[c] : KEEP;
        if (action === KEEP || (action === GT_IN_TEXT && !(p - start >= 2 && b[p - 1] === 93 && b[p - 2] === 93))) b[p++] = c;
        else if (action !== DROP) {
          const entity = ENTITY[c]!;
          for (let k = 0; k < entity.length; k++) b[p++] = entity.charCodeAt(k);
        }
      } else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          b[p++] = 0xf0 | (point >> 18);
          b[p++] = 0x80 | ((point >> 12) & 0x3f);
          b[p++] = 0x80 | ((point >> 6) & 0x3f);
          b[p++] = 0x80 | (point & 0x3f);
          i++;
        } else if (c <= 0xdbff && i + 1 < n && dropped(next)) {
          // Dropping the next character may pair this surrogate with a later one: take the plain route.
          this.pos = start;
          this.add(actions === TEXT_ACTION ? escapeXmlText(text) : escapeXml(text));
          return;
        } else {
          b[p++] = 0xef;
          b[p++] = 0xbf;
          b[p++] = 0xbd;
        }
      } else if (c !== 0xfffe && c !== 0xffff) {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = p;
  }

  addValue(value: unknown): void {
    if (typeof value === 'string') {
      this.addEscaped(value);
      return;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      this.add(String(value));
      return;
    }
    if (isStringList(value) && value.length > 0) {
      // As xmlText: the items' texts between `[&quot;`, `&quot;,&quot;` and `&quot;]`.
      this.add('[&quot;');
      for (let i = 0; i < value.length; i++) {
        const item = value[i]!;
        if (i > 0) this.add('&quot;,&quot;');
        if (ITEM_NEEDS_WORK.test(item)) this.add(escapeXml(JSON.stringify(item)).slice(6, -6));
        else this.add(item);
      }
      this.add('&quot;]');
      return;
    }
    this.add(xmlText(value));
  }

  addTextValue(value: unknown): void {
    if (typeof value === 'string') this.addEscapedText(value);
    else if (typeof value === 'number' || typeof value === 'boolean') this.add(String(value));
    else if (isStringList(value) && value.length > 0) {
      // As xmlTextContent: the items' JSON texts between `["`, `","` and `"]` (no `]]>` spans two of them).
      this.add('["');
      for (let i = 0; i < value.length; i++) {
        const item = value[i]!;
        if (i > 0) this.add('","');
        if (ITEM_NEEDS_WORK.test(item)) this.addEscapedText(JSON.stringify(item).slice(1, -1));
        else this.add(item);
      }
      this.add('"]');
    } else this.addEscapedText(JSON.stringify(value));
  }

  get full(): boolean {
    return this.pos >= FLUSH_AT;
  }

  take(): Uint8Array {
    const chunk = this.bytes.slice(0, this.pos);
    this.pos = 0;
    if (this.bytes.length > 4 * FLUSH_AT) this.bytes = new Uint8Array(2 * FLUSH_AT);
    return chunk;
  }
}

/** How a column's values are escaped (Column's constructor). */
export type ValueForm = 'attribute' | 'liststring' | 'text';

/** Values worth remembering a whole line for: short, and repeated (a relation, a colour, a small number). */
const CACHE_MAX_TEXT = 48;
const CACHE_MAX_ENTRIES = 4096;
/** After this many look-ups a column that mostly misses stops looking (labels, titles, evidence). */
const CACHE_TRIAL = 2048;
const SMALL_INTS = 1 << 12;

/**
 * One attribute column of an XML writer: its name, how it is read, and the text around its value
 * (`<data key="n3">` … `</data>\n`). Lines of values that repeat are kept whole, so a repeated line is one
 * piece of output, with no escaping or number formatting.
 */
export class Column {
  readonly read: Read;
  readonly open: Piece;
  readonly close: Piece;
  private readonly lines = new Map<unknown, Piece>();
  private readonly ints: Piece[] = [];
  private lookups = 0;
  private hits = 0;
  private caching = true;

  /**
   * `form`: how values are escaped — `attribute` (an XML attribute value), `liststring` (the same, with lists of
   * strings as GEXF's liststring, gexfListText, instead of JSON text) or `text` (element text, escapeXmlText).
   */
  constructor(
    readonly name: string,
    open: string,
    close: string,
    private readonly form: ValueForm = 'attribute',
  ) {
    this.read = readFor(name);
    this.open = new Piece(open);
    this.close = new Piece(close);
  }

  private line(text: string): Piece {
    return new Piece(this.open.text + text + this.close.text);
  }

  /** Adds the line of a (writable) value. */
  write<T>(out: XmlSink<T>, value: unknown): void {
    if (this.form === 'liststring' && isStringList(value)) {
      out.put(this.open);
      out.add(gexfListText(value));
      out.put(this.close);
      return;
    }
    if (typeof value === 'number' && value >= 0 && value < SMALL_INTS && Number.isInteger(value)) {
      // Small whole numbers (positions, communities, colour channels, counts) by index, not by Map.
      let line = this.ints[value];
      if (line === undefined) {
        line = this.line(String(value));
        this.ints[value] = line;
      }
      out.put(line);
      return;
    }
    if (this.caching && typeof value !== 'object' && (typeof value !== 'string' || value.length <= CACHE_MAX_TEXT)) {
      let line = this.lines.get(value);
      this.lookups++;
      if (line !== undefined) {
        this.hits++;
        out.put(line);
        return;
      }
      line = this.line(this.form === 'text' ? xmlTextContent(value) : xmlText(value));
      if (this.lines.size < CACHE_MAX_ENTRIES) this.lines.set(value, line);
      if (this.lookups >= CACHE_TRIAL && this.hits * 2 < this.lookups) {
        this.caching = false;
        this.lines.clear();
      }
      out.put(line);
      return;
    }
    out.put(this.open);
    if (this.form === 'text') out.addTextValue(value);
    else out.addValue(value);
    out.put(this.close);
  }
}

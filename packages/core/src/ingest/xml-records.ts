/**
 * What the reference-manager XML formats (Zotero RDF, EndNote XML) share: cutting a document into its record
 * elements with their offsets (fast-xml-parser keeps no positions, so each record is found by a tag scan, checked and
 * parsed alone, and a malformed one is rejected by its line while the others are kept), a small element tree in
 * document order (EndNote splits a title into `<style>` pieces that must be joined in order, and mixes them with
 * text), and free-text dates as reference managers store what the user typed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { dateOfParts, parseDate } from '../time/dates.ts';

/** An element: its qualified name as written (`dc:title`), its attributes, its children in document order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Text kept as written: EndNote's `<style>Plain </style><style>Bold</style>` pieces carry their own spaces.
  trimValues: false,
  // DOCTYPE entities off (no billion laughs); the predefined ones and numeric references (`&#xD;`) still decoded.
  processEntities: { enabled: true, maxEntityCount: 0, maxEntitySize: 0, maxTotalExpansions: Number.MAX_SAFE_INTEGER, maxExpandedLength: Number.MAX_SAFE_INTEGER },
  htmlEntities: true,
  // A Zotero item is ~8 deep (item/bib:authors/rdf:Seq/rdf:li/foaf:Person/foaf:surname); deeper input throws.
  maxNestedTags: 32,
});

type OrderedNode = Record<string, unknown>;

function toElement(node: OrderedNode): XmlElement | string | undefined {
  if ('#text' in node) return String(node['#text']);
  const name = Object.keys(node).find((key) => key !== ':@');
  if (!name || name.startsWith('?')) return undefined;
  const attributes: Record<string, string> = {};
  const raw = node[':@'];
  if (raw && typeof raw === 'object') for (const [key, value] of Object.entries(raw)) attributes[key] = String(value);
  const content = node[name];
  const children = Array.isArray(content) ? (content as OrderedNode[]).map(toElement).filter((child) => child !== undefined) : [];
  return { name, attributes, children };
}

/** One record's XML → its element, or why it is not well-formed (with the line inside the chunk). */
export function parseElement(chunk: string): XmlElement | { message: string; line: number } {
  const valid = XMLValidator.validate(chunk);
  if (valid !== true) return { message: `invalid XML: ${valid.err.msg}`, line: valid.err.line };
  try {
    const nodes = parser.parse(chunk) as OrderedNode[];
    const element = nodes.map(toElement).find((node): node is XmlElement => typeof node === 'object');
    return element ?? { message: 'no element', line: 1 };
  } catch (error) {
    return { message: `invalid XML: ${(error as Error).message}`, line: 1 };
  }
}

export function isElement(node: XmlElement | string): node is XmlElement {
  return typeof node === 'object';
}

/** An element's name without its namespace prefix (`jats:abstract` → `abstract`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/**
 * Child elements with this name (all of them without a name); `byLocalName` compares names without their namespace
 * prefix, for formats that mix namespaces (Crossref's `jats:abstract` is `abstract`).
 */
export function childElements(element: XmlElement | undefined, name?: string, byLocalName = false): XmlElement[] {
  if (!element) return [];
  return element.children.filter((child): child is XmlElement => isElement(child) && (name === undefined || (byLocalName ? localName(child.name) : child.name) === name));
}

export function childElement(element: XmlElement | undefined, name: string, byLocalName = false): XmlElement | undefined {
  return childElements(element, name, byLocalName)[0];
}

/** The element at the end of a path of child names (`['titles', 'title']`), each the first of its name. */
export function pathElement(element: XmlElement | undefined, path: readonly string[], byLocalName = false): XmlElement | undefined {
  let at = element;
  for (const name of path) at = childElement(at, name, byLocalName);
  return at;
}

/** All text inside an element, in document order (EndNote's `<style>` pieces joined). */
export function rawText(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.map((child) => (isElement(child) ? rawText(child) : child)).join('');
}

/**
 * Text on one line: whitespace (pretty-printing, `&#xD;` line breaks) folded, PDF ligatures (U+FB00–FB06) spelled
 * out, and the control characters that text pasted from PDFs leaves in exports (not allowed in XML, passed by the
 * parser) dropped.
 */
export function foldedText(element: XmlElement | undefined): string {
  return rawText(element)
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC'))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What may follow a tag's name: attributes written `name="value"` (`<a href="…">`, `<span class="nocase">`). Bare
 * words do not make a tag: `<A fractographic study….pdf>`, EndNote's title for a PDF it could not identify, is text.
 */
const ATTRIBUTES = String.raw`(?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))*\s*`;
/** Block tags of the rich text Zotero and PubMed-fed EndNote libraries keep escaped in titles and abstracts: a break. */
const BLOCK_MARKUP = new RegExp(String.raw`<\/?(?:p|br|div|li|ul|ol|h[1-6])${ATTRIBUTES}\/?>`, 'gi');
/** Inline ones (`&lt;b&gt;OBJECTIVES&lt;/b&gt;`, `&lt;i&gt;E. coli&lt;/i&gt;`, `&lt;sub&gt;2&lt;/sub&gt;`): nothing. */
const INLINE_MARKUP = new RegExp(String.raw`<\/?(?:b|i|u|em|strong|sup|sub|sc|span|a|font)${ATTRIBUTES}>`, 'gi');

/** A title or abstract: folded text without the HTML markup of rich text (only those tags: `a < b` stays). */
export function plainText(element: XmlElement | undefined): string {
  return foldedText(element).replace(BLOCK_MARKUP, ' ').replace(INLINE_MARKUP, '').replace(/\s+/g, ' ').trim();
}

export interface ElementChunk {
  name: string;
  text: string;
  offset: number;
  /** Why the chunk cannot be a record, before parsing. */
  problem?: string;
}

/** Markup that is not an element tag: comments, CDATA, processing instructions, DOCTYPE. */
const MARKUP = /<!--[^]*?-->|<!\[CDATA\[[^]*?\]\]>|<\?[^]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^>"'])*?)(\/?)>/g;

/**
 * The elements of a document at the depth `wanted` says (the root is depth 0), each from its start tag to its end
 * tag, with the names of their ancestors. An element whose end tag never comes runs to the end and says so.
 */
export function elementChunks(text: string, wanted: (name: string, depth: number, ancestors: readonly string[]) => boolean): ElementChunk[] {
  const chunks: ElementChunk[] = [];
  const stack: string[] = [];
  let open: { name: string; offset: number; depth: number } | undefined;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(text); match; match = MARKUP.exec(text)) {
    const name = match[2];
    if (!name) continue;
    if (match[1]) {
      // An end tag closes up to its own start tag (an unclosed child does not swallow the rest).
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (open && stack.length <= open.depth) {
        const chunk: ElementChunk = { name: open.name, text: text.slice(open.offset, match.index + match[0].length), offset: open.offset };
        if (name !== open.name || stack.length !== open.depth) chunk.problem = `<${open.name}> is not closed before </${name}>`;
        chunks.push(chunk);
        open = undefined;
      }
      continue;
    }
    const depth = stack.length;
    if (!open && wanted(name, depth, stack)) {
      if (match[4]) {
        chunks.push({ name, text: match[0], offset: match.index });
        continue;
      }
      open = { name, offset: match.index, depth };
    }
    if (!match[4]) stack.push(name);
  }
  if (open) chunks.push({ name: open.name, text: text.slice(open.offset), offset: open.offset, problem: `<${open.name}> is not closed before the end of the file (cut short?)` });
  return chunks;
}

/** The document's root element name, past the XML declaration, comments and a DOCTYPE; undefined when there is none. */
export function rootName(text: string): string | undefined {
  const match = /^\s*(?:(?:<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>]*>)\s*)*<([A-Za-z_][\w.:-]*)/.exec(text.replace(/^\ufeff/, ''));
  return match?.[1];
}

/** Whether a DOCTYPE comes before the root: such XML is not read (its entities could expand without bound). */
export function hasDoctype(text: string): boolean {
  return /^\s*(?:(?:<\?[^]*?\?>|<!--[^]*?-->)\s*)*<!DOCTYPE/i.test(text.replace(/^\ufeff/, ''));
}

/**
 * Why a document cannot be read as `format`, whose root element is `root` (any case): a DOCTYPE first, another root,
 * no element at all. Undefined when it can.
 */
export function documentProblem(text: string, format: string, root: string): string | undefined {
  if (hasDoctype(text)) return `XML with a DOCTYPE is not read (its entities could expand without bound); ${format} has none`;
  const name = rootName(text);
  if (name?.toLowerCase() === root.toLowerCase()) return undefined;
  return name ? `not ${format} (the root element is <${name}>, not <${root}>)` : 'not XML: no root element';
}

/** `arXiv`, `arXiv.org`, `arXiv preprint arXiv:2106.09685`: where a preprint is, not a venue (its id is read instead). */
export const ARXIV_VENUE = /^arxiv\b/i;

const US_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})\b/;
const MONTH_YEAR_WORDS = /^([A-Za-z]{3,})\.?,?\s+(\d{4})\b/;

/**
 * A date as reference managers keep what was typed → ISO, as precise as it is sure: ISO forms and timestamps,
 * `2017/07/26`, `July 26, 2017`, `26 July 2017`, `26th February 2020`, `July 5-7, 2019`, `07/2019`, `Spring 2019`
 * (the year). `07/26/2017` and `26/07/2017` are read when the day is > 12; `03/04/2017` could be either: the year
 * alone. Any other text with one four-digit year gives that year.
 */
export function looseDate(value: string | undefined): string | undefined {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const direct = parseDate(text);
  if (direct) return direct;
  let match = US_DATE.exec(text);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), match[3]!];
    if (first > 12 && second <= 12) return parseDate(`${year}-${second}-${first}`) ?? parseDate(year);
    if (second > 12 && first <= 12) return parseDate(`${year}-${first}-${second}`) ?? parseDate(year);
    return first === second ? parseDate(`${year}-${first}-${second}`) : parseDate(year);
  }
  match = MONTH_YEAR.exec(text);
  if (match) return parseDate(`${match[2]}-${match[1]}`) ?? parseDate(match[2]);
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return dateOfParts(match[3], match[2], match[1]);
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return dateOfParts(match[3], match[1], match[2]);
  match = MONTH_YEAR_WORDS.exec(text);
  if (match) return dateOfParts(match[2], match[1]);
  // An ISO date at the start of longer text (`2019-05-12 May 12, 2019`, Zotero's stored form).
  match = /^(\d{4}-\d{2}(?:-\d{2})?)\b/.exec(text);
  if (match) return parseDate(match[1]);
  const years = [...new Set(text.match(/(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/g) ?? [])];
  return years.length === 1 ? parseDate(years[0]) : undefined;
}

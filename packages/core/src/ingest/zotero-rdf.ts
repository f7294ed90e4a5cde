/**
 * Zotero RDF (Zotero's own "Export → Zotero RDF", `.rdf`): an `rdf:RDF` document whose top-level nodes are items
 * (`bib:Article`, `bib:Book`, `rdf:Description`… with `z:itemType`), their attachments (`z:Attachment`), notes
 * (`bib:Memo`), collections (`z:Collection`) and, when a journal has an ISSN, the journal itself (`bib:Journal
 * rdf:about="urn:issn:…"`), which the first article in it points to with `dcterms:isPartOf rdf:resource=…` (later
 * ones nest their own copy). Read per item: `dc:title`; `bib:authors/rdf:Seq/rdf:li/foaf:Person` with
 * `foaf:surname`/`foaf:givenName` (one-field names are all in `foaf:surname`); `dc:date` as typed; the DOI from
 * `dc:identifier` `DOI …` on the item or on its container (Zotero writes an article's DOI on its journal), else a
 * doi.org URL; arXiv ids from the URL, an arXiv DOI or text naming arXiv (`dc:description`, which holds Extra);
 * `dcterms:abstract`; the venue from the container's `dc:title` or the conference (`bib:presentedAt`).
 * Attachments, notes and links are not papers: they are counted in one warning. Nodes that only describe another
 * (a journal, a person) are read into the item that points to them.
 */
import { arxivIdDate } from '../time/dates.ts';
import type { IngestResult, InputIssue, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl } from './ids.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';
import { lineCounter } from './text-lines.ts';
import { ARXIV_VENUE, childElement, childElements, documentProblem, elementChunks, foldedText, looseDate, parseElement, plainText, rootName, type XmlElement } from './xml-records.ts';
import { nameFromParts } from './names.ts';
import { keepRead, setDate, setVolume } from './records.ts';

const ZOTERO_NS = /xmlns:\w+\s*=\s*["']http:\/\/www\.zotero\.org\/namespaces\/export#["']/;
const BIBLIO_NS = /xmlns:\w+\s*=\s*["']http:\/\/purl\.org\/net\/biblio#["']/;
const BIBO_NS = /xmlns:\w+\s*=\s*["']http:\/\/purl\.org\/ontology\/bibo\/["']/;

function sniffZoteroRdf(head: string): number {
  if (rootName(head)?.toLowerCase() !== 'rdf:rdf') return 0;
  if (ZOTERO_NS.test(head)) return 1;
  return BIBLIO_NS.test(head) ? 0.9 : 0;
}

/** Creator lists read as a record's authors when it has no `bib:authors` (the primary creator of those item types). */
const PRIMARY_CREATORS = ['bib:authors', 'z:presenters', 'z:programmers', 'z:inventors', 'z:interviewees', 'z:podcasters', 'z:directors', 'z:artists', 'z:performers', 'z:cartographers', 'z:sponsors'];

interface RdfNode {
  element: XmlElement;
  line: number;
  index: number;
}

/** Properties whose `rdf:resource` names a node that stands on its own (an item of a collection, a related item, a note). */
const NOT_PART_OF = new Set(['dcterms:hasPart', 'dc:relation', 'dcterms:isReferencedBy', 'link:link']);

class RdfDocument {
  readonly byUri = new Map<string, RdfNode>();
  /** How many times each URI is pointed to with `rdf:resource`. */
  readonly references = new Map<string, number>();
  /**
   * The same, only from properties that make a node part of another (a journal, a person, a conference): not a
   * collection's `dcterms:hasPart` or a related item's `dc:relation`, which point to items in their own right.
   */
  readonly partReferences = new Map<string, number>();

  constructor(readonly nodes: RdfNode[]) {
    for (const node of nodes) {
      const about = node.element.attributes['rdf:about'];
      if (about && !this.byUri.has(about)) this.byUri.set(about, node);
      this.countReferences(node.element);
    }
  }

  private countReferences(element: XmlElement): void {
    const resource = element.attributes['rdf:resource'];
    if (resource) {
      this.references.set(resource, (this.references.get(resource) ?? 0) + 1);
      if (!NOT_PART_OF.has(element.name)) this.partReferences.set(resource, (this.partReferences.get(resource) ?? 0) + 1);
    }
    for (const child of childElements(element)) this.countReferences(child);
  }

  /** The node an element stands for: itself, or the top-level node its `rdf:resource` names. */
  resolve(element: XmlElement | undefined): XmlElement | undefined {
    if (!element) return undefined;
    const resource = element.attributes['rdf:resource'];
    if (resource) return this.byUri.get(resource)?.element;
    return element;
  }

  /** The nodes a property holds: nested ones, or the ones it points to. */
  values(element: XmlElement, property: string): XmlElement[] {
    return childElements(element, property).flatMap((value) => {
      if (value.attributes['rdf:resource']) {
        const target = this.resolve(value);
        return target ? [target] : [];
      }
      return childElements(value);
    });
  }
}

function itemType(element: XmlElement): string | undefined {
  return foldedText(childElement(element, 'z:itemType')) || undefined;
}

const CONTAINER_CLASS = /^(?:bib:(?:Journal|Periodical|Series|Conference)|z:Website|foaf:\w+|vcard:\w+)$/;

type NodeKind = 'item' | 'attachment' | 'note' | 'collection' | 'part' | 'other';

function nodeKind(node: RdfNode, doc: RdfDocument): NodeKind {
  const { element } = node;
  const type = itemType(element);
  if (element.name === 'z:Attachment' || type === 'attachment') return 'attachment';
  if (element.name === 'bib:Memo' || type === 'note') return 'note';
  if (element.name === 'z:Collection') return 'collection';
  if (type) return 'item';
  const about = element.attributes['rdf:about'];
  // A journal, series or person another node points to: read as part of that node.
  if (about && doc.partReferences.has(about)) return 'part';
  // A journal, series, conference, website or person nothing points to is still not a paper.
  if (CONTAINER_CLASS.test(element.name)) return 'other';
  return childElement(element, 'dc:title') ? 'item' : 'other';
}

/** `Surname` + `Given` → "Given Surname"; a one-field name is all in `foaf:surname`; `foaf:name` as written. */
function personName(person: XmlElement): string | undefined {
  const surname = foldedText(childElement(person, 'foaf:surname'));
  const given = foldedText(childElement(person, 'foaf:givenName') ?? childElement(person, 'foaf:givenname') ?? childElement(person, 'foaf:firstName'));
  const name = nameFromParts({ given, family: surname }) || foldedText(childElement(person, 'foaf:name'));
  return name || undefined;
}

function authorsOf(element: XmlElement, doc: RdfDocument): string[] {
  for (const property of PRIMARY_CREATORS) {
    const names = doc
      .values(element, property)
      .flatMap((list) => (list.name === 'rdf:Seq' || list.name === 'rdf:Bag' ? childElements(list, 'rdf:li') : [list]))
      .flatMap((entry) => {
        if (entry.name !== 'rdf:li') return [entry];
        const target = doc.resolve(entry);
        return target === entry ? childElements(entry) : target ? [target] : [];
      })
      .map(personName)
      .filter((name): name is string => name !== undefined);
    if (names.length > 0) return names;
  }
  return [];
}

/** `dc:identifier` values: plain text (`DOI 10.…`, `ISSN …`) and `dcterms:URI/rdf:value` URLs. */
function identifiers(element: XmlElement | undefined): string[] {
  return childElements(element, 'dc:identifier').map((identifier) => {
    const uri = childElement(identifier, 'dcterms:URI');
    return uri ? foldedText(childElement(uri, 'rdf:value')) : foldedText(identifier);
  });
}

/** `DOI 10.1016/…` (Zotero), `DOI: 10.…` or `doi:10.…` in an identifier or an Extra line. */
function taggedDoi(text: string): string | undefined {
  const match = /(?:^|\n|\s)DOI:?\s*(10\.\d{4,9}\/\S+)/i.exec(text);
  return match ? recordDoi(match[1]) : undefined;
}

interface Container {
  node: XmlElement;
  /** Pointed to by more than one node: its DOIs are not known to be this item's. */
  shared: boolean;
}

/**
 * The journal, proceedings, book or website an item is part of (Zotero puts an item with a section inside a
 * `bib:Part` holding the section's title, and the container inside that), nested or pointed to.
 */
function containers(element: XmlElement, doc: RdfDocument): Container[] {
  return childElements(element, 'dcterms:isPartOf').flatMap((property) => {
    const resource = property.attributes['rdf:resource'];
    const node = resource ? doc.resolve(property) : childElements(property)[0];
    if (!node) return [];
    if (node.name === 'bib:Part') return containers(node, doc);
    return [{ node, shared: resource !== undefined && (doc.partReferences.get(resource) ?? 0) > 1 }];
  });
}

function itemDoi(element: XmlElement, doc: RdfDocument): string | undefined {
  for (const value of identifiers(element)) {
    const doi = taggedDoi(value);
    if (doi) return doi;
  }
  for (const { node, shared } of containers(element, doc)) {
    const dois = identifiers(node).map(taggedDoi).filter((doi): doi is string => doi !== undefined);
    // A journal node pointed to by several items holds all their DOIs: none of them is known to be this item's.
    if (dois.length === 1 && !shared) return dois[0];
  }
  // Extra (`dc:description`) holds the DOI of item types without a DOI field: `DOI: 10.…` on a line.
  const fromExtra = taggedDoi(rawLines(childElement(element, 'dc:description')));
  if (fromExtra) return fromExtra;
  for (const value of [...identifiers(element), element.attributes['rdf:about'] ?? '']) {
    if (/doi\.org\//i.test(value)) {
      const doi = recordDoi(value);
      if (doi) return doi;
    }
  }
  return undefined;
}

/** Text with its line breaks kept (Extra holds one `Key: value` a line). */
function rawLines(element: XmlElement | undefined): string {
  return element ? element.children.map((child) => (typeof child === 'string' ? child : rawLines(child))).join('') : '';
}

/** Where Zotero keeps text that may name an arXiv id: Extra, the archive id of a preprint, a report or issue number. */
const ARXIV_TEXT_PROPERTIES = ['dc:description', 'prism:number', 'z:archiveID', 'z:extra', 'dc:identifier', 'z:libraryCatalog'];

function itemArxivId(element: XmlElement, doc: RdfDocument, doi: string | undefined): string | undefined {
  const urls = [element.attributes['rdf:about'] ?? '', ...identifiers(element)];
  // A journal article imported from Google Scholar or arXiv often has `arXiv preprint arXiv:…` as its journal.
  const texts = [element, ...containers(element, doc).map((container) => container.node)].flatMap((node) =>
    [...ARXIV_TEXT_PROPERTIES, 'dc:title'].filter((property) => node !== element || property !== 'dc:title').map((property) => rawLines(childElement(node, property))),
  );
  return (
    arxivIdFromDoi(doi) ??
    urls.map(arxivIdFromUrl).find((id) => id !== undefined) ??
    texts.map(arxivIdInText).find((id) => id !== undefined)
  );
}

function venueOf(element: XmlElement, doc: RdfDocument): string | undefined {
  const parts = containers(element, doc).map((container) => container.node);
  // A book's series is not where it appeared; a journal, proceedings, book or website is.
  const ordered = [...parts.filter((part) => part.name !== 'bib:Series'), ...doc.values(element, 'bib:presentedAt')];
  for (const part of ordered) {
    const title = plainText(childElement(part, 'dc:title'));
    if (title && !ARXIV_VENUE.test(title)) return title;
  }
  return undefined;
}

function toPaper(node: RdfNode, doc: RdfDocument, file: string): PaperRecord | string {
  const { element } = node;
  const title = plainText(childElement(element, 'dc:title'));
  if (!title) return `${itemType(element) ?? element.name} item has no title (dc:title)`;
  const paper: PaperRecord = {
    title,
    abstract: plainText(childElement(element, 'dcterms:abstract')),
    authors: authorsOf(element, doc),
    tags: [],
    sources: [{ file, line: node.line, record: node.index }],
  };
  const doi = itemDoi(element, doc);
  const arxivId = itemArxivId(element, doc, doi);
  if (arxivId) paper.arxivId = arxivId;
  // A patent's date is its issue date (`dcterms:issued`); `dcterms:dateSubmitted` is when it was added, not a date of the work.
  const date = looseDate(foldedText(childElement(element, 'dc:date')) || foldedText(childElement(element, 'dcterms:issued'))) ?? (arxivId ? arxivIdDate(arxivId) : undefined);
  setDate(paper, date);
  if (doi) paper.doi = doi;
  const venue = venueOf(element, doc);
  if (venue) paper.venue = venue;
  setVolume(paper, foldedText(childElement(element, 'prism:volume')));
  return paper;
}

/** "3 attachments (2 files, 1 link) and 1 note": what was not read as papers. */
function skippedWarning(file: string, attachments: RdfNode[], notes: RdfNode[], other: RdfNode[], doc: RdfDocument): InputIssue | undefined {
  const parts: string[] = [];
  if (attachments.length > 0) {
    const links = attachments.filter((node) => foldedText(childElement(node.element, 'z:linkMode')) === '3').length;
    const standalone = attachments.filter((node) => !doc.references.has(node.element.attributes['rdf:about'] ?? '')).length;
    const detail = [links < attachments.length ? `${attachments.length - links} file${attachments.length - links === 1 ? '' : 's'}` : '', links ? `${links} link${links === 1 ? '' : 's'}` : '']
      .filter((part) => part)
      .join(', ');
    parts.push(`${attachments.length} attachment${attachments.length === 1 ? '' : 's'} (${detail}${standalone ? `; ${standalone} standalone, with no item` : ''})`);
  }
  if (notes.length > 0) parts.push(`${notes.length} note${notes.length === 1 ? '' : 's'}`);
  if (other.length > 0) parts.push(`${other.length} node${other.length === 1 ? '' : 's'} that no item points to and that ${other.length === 1 ? 'is' : 'are'} no item (${[...new Set(other.map((node) => `<${node.element.name}>`))].join(', ')})`);
  if (parts.length === 0) return undefined;
  const first = Math.min(...[...attachments, ...notes, ...other].map((node) => node.line));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return { file, line: first, message: `${list}: not papers, not read (this line is the first of them)` };
}

export function parseZoteroRdf(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  if (!text.trim()) return result;
  const problem = documentProblem(text, 'Zotero RDF', 'rdf:RDF');
  if (problem) {
    result.rejections.push({ file, line: 1, message: problem });
    return result;
  }
  // Zotero's other RDF export (Bibliontology: bibo:, dcterms:title, authors by rdf:nodeID) shares the Zotero namespace
  // but none of the shapes read here: rejected whole rather than read as nothing.
  const head = text.slice(0, 64 * 1024);
  if (BIBO_NS.test(head) && !BIBLIO_NS.test(head)) {
    result.rejections.push({ file, line: 1, message: 'Bibliontology RDF (Zotero\'s "Bibliontology RDF" export) is not read: export the library as "Zotero RDF" instead' });
    return result;
  }
  const lineAt = lineCounter(text);
  const nodes: RdfNode[] = [];
  elementChunks(text, (_name, depth) => depth === 1).forEach((chunk, index) => {
    const line = lineAt(chunk.offset);
    if (chunk.problem) {
      result.rejections.push({ file, line, record: index, message: chunk.problem });
      return;
    }
    const parsed = parseElement(chunk.text);
    if ('message' in parsed) result.rejections.push({ file, line: line + parsed.line - 1, record: index, message: parsed.message });
    else nodes.push({ element: parsed, line, index });
  });
  const doc = new RdfDocument(nodes);
  const attachments: RdfNode[] = [];
  const notes: RdfNode[] = [];
  const other: RdfNode[] = [];
  for (const node of nodes) {
    const kind = nodeKind(node, doc);
    if (kind === 'attachment') attachments.push(node);
    else if (kind === 'note') notes.push(node);
    else if (kind === 'other') other.push(node);
    else if (kind === 'item') {
      keepRead(result, toPaper(node, doc, file), { file, line: node.line, record: node.index });
    }
  }
  // Malformed nodes were rejected while cutting, items without a title after: report both in file order.
  result.rejections.sort((a, b) => (a.record ?? 0) - (b.record ?? 0));
  const skipped = skippedWarning(file, attachments, notes, other, doc);
  if (skipped) result.warnings.push(skipped);
  if (nodes.length === 0 && result.rejections.length === 0) result.warnings.push({ file, line: 1, message: 'no records: the <rdf:RDF> document is empty' });
  return result;
}

export const zoteroRdfFormat: InputFormat = {
  name: 'zotero-rdf',
  label: 'Zotero RDF',
  extensions: ['.rdf'],
  sniff: sniffZoteroRdf,
  parse: parseZoteroRdf,
};

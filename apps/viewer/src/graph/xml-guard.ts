import { formatBytes, GraphLoadError } from './load-error.ts';

/*
 * Checks run on GraphML/GEXF text before the browser's DOMParser sees it. graphology-graphml and graphology-gexf
 * parse with DOMParser, which expands the entities a document type declaration defines: a 250 KB "billion laughs"
 * file froze the page for about 10 s. Entities can only be declared inside a DOCTYPE, and GraphML/GEXF need none
 * (neither papergraph nor Gephi writes one), so a file that has one is refused before parsing; without it, parsing is
 * linear in the size of the file, which is capped.
 */

const isXmlSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Where the first markup declaration (`<!DOCTYPE …`, or any `<!…` other than a comment) of the prolog starts, or -1
 * when the prolog has none. The prolog is what comes before the root element: the XML declaration, processing
 * instructions, comments and white space (XML 1.0 §2.8), which is all this walks over. Anything else ends the walk:
 * the root element, or text the parser will reject as not well-formed.
 */
export function findMarkupDeclaration(text: string): number {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    if (isXmlSpace(text.charCodeAt(at))) {
      at += 1;
    } else if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at + 2);
      if (end === -1) return -1;
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end === -1) return -1;
      at = end + 3;
    } else {
      return text.startsWith('<!', at) ? at : -1;
    }
  }
  return -1;
}

export type XmlFormatName = 'GraphML' | 'GEXF';

/** Refuses an XML graph file over the size limit (checked before it is read whole when the size is known first). */
export function checkXmlSize(name: string, format: XmlFormatName, bytes: number, maxBytes: number): void {
  if (bytes <= maxBytes) return;
  throw new GraphLoadError(
    name,
    `it is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} the viewer reads as ${format} (the browser builds a document tree of the whole file first). ` +
      'Open the graph.json of the same graph instead (`papergraph build --formats json`).',
  );
}

/** Refuses XML the browser's parser must not see: over the size limit, or declaring a DOCTYPE (entities). */
export function checkXmlInput(name: string, format: XmlFormatName, text: string, bytes: number, maxBytes: number): void {
  checkXmlSize(name, format, bytes, maxBytes);
  const declaration = findMarkupDeclaration(text);
  if (declaration !== -1) {
    const line = text.slice(0, declaration).split('\n').length;
    throw new GraphLoadError(
      name,
      `it declares a document type (\`${text.slice(declaration, declaration + 9)}…\` on line ${line}). ${format} needs none, and the entities a DOCTYPE can define are not expanded here; remove the declaration to open the file.`,
    );
  }
}

import { MultiGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import { withPapergraphKeys } from './graphml-keys.ts';
import { describeError, GraphLoadError } from './load-error.ts';
import { checkXmlInput } from './xml-guard.ts';

/**
 * Parses GraphML or GEXF with the browser's DOMParser (what graphology-graphml/-gexf use), after the guard has refused
 * DOCTYPEs and oversized files; a mixed multigraph accepts whatever the file declares.
 */
export function parseXmlGraph(name: string, text: string, bytes: number, format: 'graphml' | 'gexf', maxBytes: number): AbstractGraph {
  const formatName = format === 'graphml' ? 'GraphML' : 'GEXF';
  checkXmlInput(name, formatName, text, bytes, maxBytes);
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const parserError = document.getElementsByTagName('parsererror')[0];
  if (parserError) throw new GraphLoadError(name, `it is not well-formed XML (${(parserError.textContent ?? '').trim().slice(0, 200)}).`);
  try {
    return format === 'graphml' ? withPapergraphKeys(parseGraphml(MultiGraph, document)) : parseGexf(MultiGraph, document);
  } catch (error) {
    throw new GraphLoadError(name, `it is not a readable ${formatName} file (${describeError(error)}).`);
  }
}

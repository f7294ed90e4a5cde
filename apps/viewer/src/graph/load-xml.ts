import { MultiGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import { GraphLoadError } from './load.ts';

/** Parses GraphML or GEXF with the browser's DOMParser; a mixed multigraph accepts whatever the file declares. */
export function parseXmlGraph(name: string, text: string, format: 'graphml' | 'gexf'): AbstractGraph {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const parserError = document.getElementsByTagName('parsererror')[0];
  if (parserError) throw new GraphLoadError(name, `it is not well-formed XML (${(parserError.textContent ?? '').trim().slice(0, 200)}).`);
  try {
    return format === 'graphml' ? parseGraphml(MultiGraph, document) : parseGexf(MultiGraph, document);
  } catch (error) {
    throw new GraphLoadError(name, `it is not a readable ${format === 'graphml' ? 'GraphML' : 'GEXF'} file (${error instanceof Error ? error.message : String(error)}).`);
  }
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toGEXF, toGraphJSON, toGraphML, type PaperGraph } from '@papergraph/core';

export interface WrittenFiles {
  json: string;
  graphml: string;
  gexf: string;
}

export function writeOutputs(graph: PaperGraph, outDir: string, options: { pretty?: boolean } = {}): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const files = { json: join(outDir, 'graph.json'), graphml: join(outDir, 'graph.graphml'), gexf: join(outDir, 'graph.gexf') };
  writeFileSync(files.json, toGraphJSON(graph, options));
  writeFileSync(files.graphml, toGraphML(graph));
  writeFileSync(files.gexf, toGEXF(graph));
  return files;
}

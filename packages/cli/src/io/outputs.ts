import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gexfChunks, graphJSONChunks, graphMLChunks, toGraphJSON, type PaperGraph } from '@papergraph/core';

export interface WrittenFiles {
  json: string;
  graphml: string;
  gexf: string;
}

/** Writes a file piece by piece: the exports of a whole field are larger than one string may be. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

export function writeOutputs(graph: PaperGraph, outDir: string, options: { pretty?: boolean } = {}): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const files = { json: join(outDir, 'graph.json'), graphml: join(outDir, 'graph.graphml'), gexf: join(outDir, 'graph.gexf') };
  writeChunks(files.json, options.pretty ? [toGraphJSON(graph, { pretty: true })] : graphJSONChunks(graph));
  writeChunks(files.graphml, graphMLChunks(graph));
  writeChunks(files.gexf, gexfChunks(graph));
  return files;
}

/** Graphs and readers shared by the export writers' tests. */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../../src/contract/graph.ts';

/**
 * Values the fast paths must treat exactly as the plain rules (writableRow, escapeXml(valueText(v))) do: a string
 * `size` next to a `parameters` (the later one wins), a name objects inherit, text to escape past the short-piece
 * path, control characters, a surrogate pair that forms once a dropped character goes, lone surrogates, lists
 * whose items need JSON escapes, objects, non-finite numbers and nulls (dropped).
 */
export function awkwardGraph(): PaperGraph {
  const graph: PaperGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.addNode('model:a', { kind: 'model', label: 'A', size: '7B', parameters: 'seven billion' });
  graph.addNode('model:b', { kind: 'model', label: 'B', parameters: 'seven billion', size: '7B' });
  graph.addNode('paper:1', {
    kind: 'paper',
    label: 'pair \ud83d\ufffe\ude00 lone \ud83d end',
    title: `${'x'.repeat(70)} <é> & "q" \u0007 \ud83d\ude00`,
    toString: 'own',
    tags: ['a"b', 'ok', 'é\u0001', '\ud800'],
    extra: { k: [1, 'v'] },
    year: Number.NaN,
    venue: null as unknown as string,
  });
  graph.addDirectedEdgeWithKey('uses:paper:1->model:a', 'paper:1', 'model:a', { relation: 'uses', evidence: "It's <fine>", weight: 2 });
  return graph;
}

/** A small CSV reader with neo4j-admin's rules: `"` quotes, `""` inside quotes, line breaks allowed in quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}


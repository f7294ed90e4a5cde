import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PaperGraph } from '../../src/contract/graph.ts';
import { OUTPUT_FORMATS, type ExportOptions, type OutputFormatSpec } from '../../src/export/formats.ts';
import {
  elementHashes,
  isPreviousSpan,
  planReuse,
  reusedCount,
  SpanRuns,
  type ElementLayout,
  type ReusingChunk,
  type WriterReuse,
} from '../../src/export/reuse.ts';
import { runPipeline } from '../../src/pipeline/index.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
const decoder = new TextDecoder();
const REUSABLE = (OUTPUT_FORMATS as readonly OutputFormatSpec[]).filter((format) => format.reuse);

function built(): PaperGraph {
  return runPipeline([{ name: 'seed.txt', text: seed }]).graph;
}

/** An update's kind of change: a node moves community, a paper with its links arrives, a link goes, one is edited. */
function updated(before: PaperGraph): PaperGraph {
  const graph = before.copy();
  const nodes = graph.nodes();
  graph.setNodeAttribute(nodes[3]!, 'community', 999);
  // Text holding the markers as text: escaped in every format, so never taken for an element's start.
  graph.addNode('paper:new', {
    kind: 'paper',
    label: 'New <node id="x"> {"key":"y"} </nodes>',
    abstract: '    <edge id="z">],"edges":[ ]}',
  });
  graph.addDirectedEdgeWithKey('uses:paper:new->' + nodes[5]!, 'paper:new', nodes[5]!, { relation: 'uses', weight: 1, evidence: '{"key":"e"}' });
  const edges = graph.edges();
  graph.dropEdge(edges[7]!);
  graph.setEdgeAttribute(edges[11]!, 'evidence', 'edited');
  return graph;
}

interface Written {
  chunks: ReusingChunk[];
  dialect: string;
}

function write(format: OutputFormatSpec, graph: PaperGraph, reuse?: WriterReuse, options: ExportOptions = {}): Written {
  let dialect = '';
  const chunks = [...format.reuse!.chunks(graph, options, reuse, (value) => (dialect = value))];
  return { chunks, dialect };
}

const text = (chunk: ReusingChunk) => (typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array));

/** Each element's text in a whole file, found as a reader of the file would: by the layout's markers. */
function elementTexts(file: string, layout: ElementLayout, nodes: number, edges: number): { nodes: string[]; edges: string[] } {
  const starts = (marker: string, count: number, from: number) => {
    const found: number[] = [];
    for (let at = from; found.length < count; at = found[found.length - 1]! + 1) found.push(file.indexOf(marker, at));
    return found;
  };
  const nodeStarts = starts(layout.node, nodes, 0);
  const nodesEnd = file.indexOf(layout.afterNodes + layout.edge, nodeStarts[nodes - 1]! + 1);
  const edgeStarts = starts(layout.edge, edges, nodesEnd + layout.afterNodes.length);
  const edgesEnd = file.length - layout.afterEdges.length;
  const cut = (list: number[], end: number) => list.map((start, i) => file.slice(start, i + 1 < list.length ? list[i + 1]! - layout.separator.length : end));
  return { nodes: cut(nodeStarts, nodesEnd), edges: cut(edgeStarts, edgesEnd) };
}

describe('element hashes', () => {
  it('are equal for equal elements and differ where an attribute, its order, the ends or a degree differ', () => {
    const graph = built();
    const same = elementHashes(graph.copy());
    const hashes = elementHashes(graph);
    expect(same).toEqual(hashes);
    expect(new Set(hashes.nodes).size).toBe(graph.order);
    expect(new Set(hashes.edges).size).toBe(graph.size);

    const changed = graph.copy();
    const [a, b] = changed.nodes();
    changed.setNodeAttribute(a!, 'label', `${changed.getNodeAttribute(a!, 'label')} `);
    // The same attributes in another order are written in that order (graph.json): another hash.
    const { kind, ...rest } = changed.getNodeAttributes(b!);
    changed.replaceNodeAttributes(b!, { ...rest, kind });
    const after = elementHashes(changed);
    const differing = [...after.nodes.keys()].filter((i) => after.nodes[i] !== hashes.nodes[i]);
    expect(differing).toEqual([0, 1]);
    expect(after.edges).toEqual(hashes.edges);

    // A new link changes both ends' degrees (the drawn size of the XML formats) and nothing else.
    const linked = graph.copy();
    const [x, y] = linked.nodes().slice(-2);
    linked.addDirectedEdgeWithKey('extra', x!, y!, { relation: 'uses', weight: 1 });
    const withLink = elementHashes(linked);
    expect([...withLink.nodes.keys()].filter((i) => withLink.nodes[i] !== hashes.nodes[i])).toEqual([graph.order - 2, graph.order - 1]);
  });

  it('plan: the previous index of every unchanged element, -1 for the others', () => {
    const before = built();
    const after = updated(before);
    const plan = planReuse(elementHashes(before), elementHashes(after));
    const oldNodes = before.nodes();
    after.nodes().forEach((key, i) => {
      const unchanged = key !== 'paper:new' && key !== oldNodes[3] && before.degree(key) === after.degree(key);
      expect(plan.nodes[i], key).toBe(unchanged ? oldNodes.indexOf(key) : -1);
    });
    const oldEdges = before.edges();
    const edited = oldEdges[11]!;
    after.edges().forEach((key, i) => {
      expect(plan.edges[i], key).toBe(key === 'uses:paper:new->' + oldNodes[5] || key === edited ? -1 : oldEdges.indexOf(key));
    });
    expect(reusedCount(plan)).toBeGreaterThan(0.9 * (after.order + after.size));
  });
});

describe('span runs', () => {
  it('gathers consecutive previous indices into runs, ended by an element written anew or a jump', () => {
    const runs = new SpanRuns('nodes', Int32Array.from([4, 5, 6, -1, 9, 10, 2, -1, -1]));
    const seen: unknown[] = [];
    for (let i = 0; i < 9; i++) {
      const ended = runs.next(i);
      if (ended) seen.push(ended);
      seen.push(runs.reused ? 'r' : 'w');
    }
    const last = runs.end();
    if (last) seen.push(last);
    const span = (from: number, to: number) => ({ previous: 'nodes', from, to });
    expect(seen).toEqual(['r', 'r', 'r', span(4, 7), 'w', 'r', 'r', span(9, 11), 'r', span(2, 3), 'w', 'w']);
  });
});

describe.each(REUSABLE.map((format) => [format.name, format] as const))('%s written from the previous file', (_name, format) => {
  const before = built();
  const after = updated(before);
  const previous = write(format, before);
  const previousFile = previous.chunks.map(text).join('');
  const elements = elementTexts(previousFile, format.reuse!.layout, before.order, before.size);
  const plan = planReuse(elementHashes(before), elementHashes(after));

  /** The file with every span replaced by the previous file's text of its elements (separators between them included). */
  const assemble = (chunks: ReusingChunk[]) =>
    chunks
      .map((chunk) => {
        if (!isPreviousSpan(chunk)) return text(chunk);
        const list = chunk.previous === 'nodes' ? elements.nodes : elements.edges;
        return list.slice(chunk.from, chunk.to).join(format.reuse!.layout.separator);
      })
      .join('');

  it('finds the previous file\'s elements by their markers, one per element', () => {
    expect(elements.nodes).toHaveLength(before.order);
    expect(elements.edges).toHaveLength(before.size);
    expect(previous.chunks.some(isPreviousSpan)).toBe(false);
    // The file as the writer for the viewer and the build writes it.
    expect(previousFile).toBe([...format.chunks(before)].map(text).join(''));
  });

  it('is byte for byte the file written anew, from spans of the previous one', () => {
    const fresh = write(format, after);
    const reusing = write(format, after, { dialect: previous.dialect, plan });
    expect(fresh.dialect).toBe(reusing.dialect);
    const spans = reusing.chunks.filter(isPreviousSpan);
    expect(spans.length).toBeGreaterThan(0);
    const copied = spans.reduce((sum, span) => sum + span.to - span.from, 0);
    expect(copied).toBe(reusedCount(plan));
    expect(assemble(reusing.chunks)).toBe(fresh.chunks.map(text).join(''));
  });

  it('reuses nothing from a file of another dialect', () => {
    const reusing = write(format, after, { dialect: `${previous.dialect} (another)`, plan });
    expect(reusing.chunks.some(isPreviousSpan)).toBe(false);
    expect(reusing.chunks.map(text).join('')).toBe(write(format, after).chunks.map(text).join(''));
  });
});

describe('dialects', () => {
  it('change for the XML formats when an attribute is declared anew, never for graph.json (its elements stand alone)', () => {
    const before = built();
    const after = before.copy();
    after.setNodeAttribute(after.nodes()[0]!, 'brandNew', 1);
    for (const format of REUSABLE) {
      const same = write(format, before).dialect === write(format, after).dialect;
      expect(same, format.name).toBe(format.name === 'json');
    }
    const json = REUSABLE.find((format) => format.name === 'json')!;
    expect(write(json, before, undefined, { pretty: true }).dialect).not.toBe(write(json, before).dialect);
  });
});

describe('declarations of a file written from a previous one', () => {
  const XML = REUSABLE.filter((format) => format.name !== 'json');

  /** `after` written from `before`'s file, and written anew: their dialects and their texts (spans filled in). */
  function both(format: OutputFormatSpec, before: PaperGraph, after: PaperGraph) {
    const previous = write(format, before);
    const file = previous.chunks.map(text).join('');
    const elements = elementTexts(file, format.reuse!.layout, before.order, before.size);
    const plan = planReuse(elementHashes(before), elementHashes(after));
    const reusing = write(format, after, { dialect: previous.dialect, plan });
    const assembled = reusing.chunks
      .map((chunk) => (isPreviousSpan(chunk) ? (chunk.previous === 'nodes' ? elements.nodes : elements.edges).slice(chunk.from, chunk.to).join('') : text(chunk)))
      .join('');
    const fresh = write(format, after);
    return { reusing, assembled, fresh: { dialect: fresh.dialect, text: fresh.chunks.map(text).join('') }, previousDialect: previous.dialect };
  }

  it('declare what only the copied elements carry (the elements written anew alone would not)', () => {
    const before = built();
    before.setNodeAttribute(before.nodes()[0]!, 'rare', 'only here');
    const after = before.copy();
    after.addNode('paper:plain', { kind: 'paper', label: 'Plain' });
    for (const format of XML) {
      const { reusing, assembled, fresh, previousDialect } = both(format, before, after);
      expect(fresh.dialect, format.name).toBe(previousDialect);
      expect(reusing.dialect, format.name).toBe(fresh.dialect);
      expect(reusing.chunks.some(isPreviousSpan), format.name).toBe(true);
      expect(assembled, format.name).toBe(fresh.text);
    }
  });

  it('widen a type that a new element widens, and then reuse nothing of the previous dialect', () => {
    const before = built();
    before.setNodeAttribute(before.nodes()[0]!, 'score', 1);
    const after = before.copy();
    after.addNode('paper:scored', { kind: 'paper', label: 'Scored', score: 2.5 });
    for (const format of XML) {
      const { reusing, assembled, fresh, previousDialect } = both(format, before, after);
      expect(fresh.dialect, format.name).not.toBe(previousDialect);
      expect(reusing.dialect, format.name).toBe(fresh.dialect);
      expect(reusing.chunks.some(isPreviousSpan), format.name).toBe(false);
      expect(assembled, format.name).toBe(fresh.text);
    }
  });

  it('are the previous ones when the elements written anew declare the same (the others are not read)', () => {
    const before = built();
    const after = before.copy();
    const [first] = after.nodes();
    // A new node like the first one, under another key: it declares what that node declares.
    after.addNode('paper:twin', { ...after.getNodeAttributes(first!) });
    for (const format of XML) {
      const { reusing, assembled, fresh } = both(format, before, after);
      expect(reusing.dialect, format.name).toBe(fresh.dialect);
      expect(assembled, format.name).toBe(fresh.text);
    }
  });
});

/**
 * The empty graph every build starts from: a graphology MultiDirectedGraph whose nodes keep their neighbours in
 * objects without a prototype.
 *
 * Why: graphology 0.26 keeps each node's in- and out-neighbours in a plain `{}` keyed by neighbour key. V8 gives such
 * an object a new hidden class for each sequence of keys it has not seen before, and a paper's neighbours are a
 * sequence no other paper has: on the 75k-paper corpus (626k links) making those classes was half the cost of adding
 * the links, and walking them was slower too. An object made by `Object.create(null)` is a hash table from the start.
 * Keys and their order are the same (for…in lists string keys in insertion order in both), so the graph, its
 * iteration order and every output are the same, byte for byte.
 *
 * This reaches into graphology's `NodeDataClass` (an own, writable property of each graph). When a graphology release
 * changes that, `withFastAdjacency` leaves the graph as it is (the plain, slower store), checked on every graph it makes.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from './graph.ts';

interface NodeDataShape {
  in: object;
  out: object;
  clear(): void;
}
type NodeDataConstructor = new (key: string, attributes: object) => NodeDataShape;

const adjusted = new WeakMap<NodeDataConstructor, NodeDataConstructor>();

/** graphology's node record class with prototype-less neighbour objects (one per graphology class, made once). */
function withDictionaryNeighbours(Base: NodeDataConstructor): NodeDataConstructor {
  let Adjusted = adjusted.get(Base);
  if (!Adjusted) {
    Adjusted = class extends Base {
      // graphology's constructor and its clearEdges() both empty a record through clear().
      override clear(): void {
        super.clear();
        this.in = Object.create(null) as object;
        this.out = Object.create(null) as object;
      }
    };
    adjusted.set(Base, Adjusted);
  }
  return Adjusted;
}

/**
 * Gives `graph` (empty, directed or mixed: its in and out neighbours) prototype-less neighbour objects when graphology's internals are as expected;
 * the viewer's graphs take it too.
 */
export function withFastAdjacency<G extends object>(graph: G): G {
  const holder = graph as { NodeDataClass?: unknown };
  const Base = holder.NodeDataClass;
  if (typeof Base !== 'function') return graph;
  const probe = new (Base as NodeDataConstructor)('probe', {});
  const plainObject = (value: unknown) => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
  // Only the layout this was written for: `in` and `out` plain objects, set when the record is made.
  if (typeof probe.clear !== 'function' || !plainObject(probe.in) || !plainObject(probe.out) || Object.keys(probe.in).length + Object.keys(probe.out).length > 0) return graph;
  holder.NodeDataClass = withDictionaryNeighbours(Base as NodeDataConstructor);
  return graph;
}

/** An empty PaperGraph (the graph of graph.json), with the faster neighbour store. */
export function createPaperGraph(): PaperGraph {
  return withFastAdjacency(new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>());
}

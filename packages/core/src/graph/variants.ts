/**
 * `variant_of`: each model points at the nearest more general model that is itself a node — without its variant
 * (Llama-2-7B-Chat → Llama-2-7B), without its size (→ Llama-2), without its version (→ Llama). Only between nodes
 * some paper named, so papers on different sizes of one family meet through the family without invented nodes.
 * Shared by the graph builder and by a thesaurus applied to a graph already built (thesaurus/graph.ts), so both
 * give the same links.
 */
import type { NodeAttributes, PaperGraph } from '../contract/graph.ts';
import type { Relation } from '../contract/relations.ts';
import { canonicalModel } from '../extract/index.ts';

function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** How specific a model's reading is: 4 with a variant, 3 with a size, 2 with a version, 1 a family alone, 0 none. */
function depthOf(reading: { family?: string | undefined; version?: string | undefined; size?: string | undefined; variant?: string | undefined }): number {
  if (!reading.family) return 0;
  return reading.variant ? 4 : reading.size ? 3 : reading.version ? 2 : 1;
}

/** A model's reading as one name (`Llama` `2` `7B` → `llama27b`), what its members name it by. */
function readingName(attributes: NodeAttributes): string {
  return compact(`${attributes.family}${attributes.version ?? ''}${attributes.size ?? ''}${attributes.variant ?? ''}`);
}

/**
 * Links each model with a reading (`family`, …) to its nearest more general model. A parent is found by the name of a
 * more general reading, first among the nodes' readings, then their labels, then their aliases. Readings, not labels
 * alone, so that a thesaurus that renames a model (`Llama 2 → Llama-2 (Meta)`, which keeps its reading) keeps its
 * members; aliases last, so that a node keeps the members of the names a thesaurus moved onto it (`Llama-3-8B →
 * Llama3 8B base` keeps Llama-3-8B-Instruct, a merged family keeps the other family's members). No link to itself,
 * and never a cycle: a link to a parent whose own reading is not more general (found by an alias) is added only when
 * it closes no cycle, after all the others; else the next more general name is tried.
 */
export function linkModelVariants(graph: PaperGraph, link: (relation: Relation, source: string, target: string) => void): void {
  const byReading = new Map<string, string>();
  const byLabel = new Map<string, string>();
  // (an alias only when it reads as a model itself, a name a thesaurus moved here: a surface form like "GPT" for GPT-4
  // is no model's name; kept with its reading's depth, so it stands only for members more specific than it)
  const byAlias = new Map<string, { key: string; alias: string; depth?: number }>();
  const models: Array<{ key: string; attributes: NodeAttributes }> = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'model') return;
    models.push({ key, attributes });
    // (two nodes of one reading: the one labelled by it, else the first)
    if (attributes.family) {
      const reading = readingName(attributes);
      if (!byReading.has(reading) || compact(attributes.label) === reading) byReading.set(reading, key);
    }
    byLabel.set(compact(attributes.label), key);
    if (Array.isArray(attributes.aliases)) {
      for (const alias of attributes.aliases) {
        if (typeof alias !== 'string') continue;
        const name = compact(alias);
        if (!byAlias.has(name)) byAlias.set(name, { key, alias });
      }
    }
  });

  // (read when first asked for: few names get this far)
  const aliasParent = (name: string, depth: number): string | undefined => {
    const entry = byAlias.get(name);
    if (entry === undefined) return undefined;
    if (entry.depth === undefined) {
      const read = canonicalModel(entry.alias);
      entry.depth = read ? depthOf(read.model) : Infinity;
    }
    return entry.depth < depth ? entry.key : undefined;
  };

  const parentOf = new Map<string, string>();
  const deferred: Array<{ key: string; parents: string[] }> = [];
  for (const { key, attributes } of models) {
    if (!attributes.family) continue;
    const { family, version = '', size = '', variant } = attributes;
    const names: string[] = [];
    if (variant) names.push(family + version + size);
    if (size) names.push(family + version);
    if (version) names.push(family);
    const self = compact(attributes.label);
    const depth = depthOf(attributes);
    const parents: string[] = [];
    for (const candidate of names) {
      const name = compact(candidate);
      if (name === self) continue;
      const parent = byReading.get(name) ?? byLabel.get(name) ?? aliasParent(name, depth);
      if (parent === undefined || parent === key) continue;
      // A parent more general than the child cannot close a cycle; one found by a name it took over may (the more
      // general names after it are kept, should it close one).
      if (parents.length === 0 && depthOf(graph.getNodeAttributes(parent)) < depth) {
        parentOf.set(key, parent);
        break;
      }
      parents.push(parent);
    }
    if (parents.length > 0) deferred.push({ key, parents });
  }
  const reaches = (from: string, to: string): boolean => {
    for (let at: string | undefined = from; at !== undefined; at = parentOf.get(at)) if (at === to) return true;
    return false;
  };
  for (const { key, parents } of deferred) {
    const parent = parents.find((candidate) => !reaches(candidate, key));
    if (parent !== undefined) parentOf.set(key, parent);
  }
  // (in node order, as the builder always linked them)
  for (const { key } of models) {
    const parent = parentOf.get(key);
    if (parent !== undefined) link('variant_of', key, parent);
  }
}

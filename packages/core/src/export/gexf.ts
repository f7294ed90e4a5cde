import write from 'graphology-gexf/common/writer.js';
import type { PaperGraph } from '../graph/types.ts';

// Attributes GEXF carries in its viz namespace rather than as data.
const VIZ = new Set(['x', 'y', 'size', 'color']);

function flatten(attributes: Record<string, unknown>, skip: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    // A model's `size` ("7B") is its parameter count, not the drawn size GEXF's viz:size means.
    const name = key === 'size' && typeof value === 'string' ? 'parameters' : key;
    if (value === undefined || value === null || skip.has(name)) continue;
    // GEXF 1.3 has liststring for string lists; anything else structured travels as JSON text.
    if (Array.isArray(value)) out[name] = value.every((v) => typeof v === 'string') ? value : JSON.stringify(value);
    else if (typeof value === 'object') out[name] = JSON.stringify(value);
    else out[name] = value;
  }
  return out;
}

function viz(attributes: Record<string, unknown>): { x?: number; y?: number; size?: number; color?: string } {
  const out: { x?: number; y?: number; size?: number; color?: string } = {};
  if (typeof attributes['x'] === 'number') out.x = attributes['x'];
  if (typeof attributes['y'] === 'number') out.y = attributes['y'];
  if (typeof attributes['size'] === 'number') out.size = attributes['size'];
  if (typeof attributes['color'] === 'string') out.color = attributes['color'];
  return out;
}

/** GEXF 1.3 via graphology-gexf; `community`, positions and colours come along for Gephi's partition views. */
export function toGEXF(graph: PaperGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (key, attributes) => ({
      label: attributes.label ?? key,
      viz: viz(attributes),
      attributes: flatten(attributes, VIZ),
    }),
    formatEdge: (_key, attributes) => ({
      ...(typeof attributes.weight === 'number' ? { weight: attributes.weight } : {}),
      attributes: flatten(attributes, new Set(['weight'])),
    }),
  });
}

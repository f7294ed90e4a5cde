/** The data contract of graph.json (docs/graph-format.md): kinds, relations, keys, types, reading. */
export * from './kinds.ts';
export * from './relations.ts';
export * from './keys.ts';
export * from './graph.ts';
export * from './graph-store.ts';
export * from './read.ts';

/**
 * The import graph of extraction (src/extract, src/text) has no cycle, and extract/index.ts only re-exports: a cycle
 * makes module evaluation order decide which lexicon tables exist when a module body runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as extract from '../../src/extract/index.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Relative .ts imports of each module under src/extract and src/text, as paths relative to src. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const dir of ['extract', 'text']) {
    for (const f of readdirSync(join(SRC, dir))) {
      if (!f.endsWith('.ts')) continue;
      const file = join(dir, f);
      const source = readFileSync(join(SRC, file), 'utf8');
      const deps: string[] = [];
      for (const m of source.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+\.ts)'/gm)) {
        if (/^import\s+type\s/.test(m[0])) continue; // erased at run time
        deps.push(normalize(relative(SRC, join(SRC, dirname(file), m[1]!))));
      }
      graph.set(file, deps);
    }
  }
  return graph;
}

/** One cycle (as a path of modules) or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 1 | 2>(); // 1: on the stack, 2: done
  const stack: string[] = [];
  const visit = (m: string): string[] | null => {
    if (state.get(m) === 2) return null;
    if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
    state.set(m, 1);
    stack.push(m);
    for (const d of graph.get(m) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state.set(m, 2);
    return null;
  };
  for (const m of graph.keys()) {
    const c = visit(m);
    if (c) return c;
  }
  return null;
}

describe('extraction module graph', () => {
  it('reads the imports of every module', () => {
    const graph = importGraph();
    expect(graph.get('extract/paper.ts')).toContain('extract/models.ts');
    expect(graph.get('extract/resolve.ts')).toContain('extract/paper-text.ts');
    expect(graph.get('extract/paper-text.ts')).toContain('text/sentences.ts');
  });

  it('has no import cycle', () => {
    expect(findCycle(importGraph())).toBeNull();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });

  it('keeps extract/index.ts a list of re-exports', () => {
    const source = readFileSync(join(SRC, 'extract/index.ts'), 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').trim();
    for (const statement of code.split(/;\s*/).filter(Boolean)) expect(statement).toMatch(/^export\s+(?:type\s+)?\{[^}]*\}\s+from\s+'\.\/[\w-]+\.ts'$/);
  });

  it('keeps the names it exported before the split into modules (and knownEntityKeys, added for the viewer search)', () => {
    expect(Object.keys(extract).sort()).toEqual(['canonicalModel', 'compareMentions', 'extractPaper', 'isMethodLongForm', 'knownEntityKeys', 'lexicons', 'paperText', 'resolveCorpus']);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GEXF_VERSIONS, toGEXF, type GexfVersion } from '../../src/export/gexf.ts';
import { toGraphML } from '../../src/export/graphml.ts';
import { buildKnowledgeGraph } from '../../src/index.ts';
import { awkwardGraph } from './fixtures.ts';

/**
 * papergraph's GraphML and GEXF checked against the formats' XML schemas (fixtures/schemas/, SOURCES.md says where
 * each came from and what was corrected) with xmllint, Debian's libxml2-utils (scripts/ensure-test-deps.sh installs
 * it; without it these tests fail saying so, never pass).
 */
const schemas = fileURLToPath(new URL('../fixtures/schemas/', import.meta.url));
const SCHEMA = {
  graphml: join(schemas, 'graphml/graphml.xsd'),
  '1.2': join(schemas, 'gexf-1.2draft/gexf.xsd'),
  '1.3': join(schemas, 'gexf-1.3/gexf.xsd'),
} as const;
const MISSING = 'xmllint is missing: install libxml2-utils (Debian; scripts/ensure-test-deps.sh does), then rerun';

const dir = mkdtempSync(join(tmpdir(), 'papergraph-schema-'));

/** xmllint's verdict on `text` against `schema`: valid, or its error lines. */
function validate(schema: string, name: string, text: string): { valid: boolean; errors: string } {
  const file = join(dir, name);
  writeFileSync(file, text);
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`${MISSING} (${run.error.message})`);
  // 0: valid; 3: invalid against the schema; anything else (an unreadable schema, a parse error) is no verdict.
  if (run.status !== 0 && run.status !== 3) throw new Error(`xmllint failed (status ${run.status}): ${run.stderr}`);
  return { valid: run.status === 0, errors: run.stderr.split('\n').filter((line) => line.includes('error')).slice(0, 5).join('\n') };
}

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');

describe('GraphML and GEXF against their XML schemas', () => {
  const { graph } = buildKnowledgeGraph([{ name: 'seed.txt', text: seed }]);
  // The seed's listing has no dates: three papers get one each, so the GEXF is dynamic with `start`s too.
  const dated = graph.copy();
  const papers = dated.filterNodes((_key, attributes) => attributes.kind === 'paper');
  ['2025-03-14', '2025-03', '2024'].forEach((date, index) => dated.setNodeAttribute(papers[index]!, 'date', date));

  it('has xmllint to validate with', () => {
    const run = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    expect(run.error, MISSING).toBeUndefined();
    expect(run.stderr + run.stdout).toMatch(/libxml/);
  });

  it("the seed graph's GraphML validates against graphml.xsd", () => {
    expect(validate(SCHEMA.graphml, 'seed.graphml', toGraphML(graph))).toEqual({ valid: true, errors: '' });
    expect(validate(SCHEMA.graphml, 'awkward.graphml', toGraphML(awkwardGraph()))).toEqual({ valid: true, errors: '' });
  });

  it.each(GEXF_VERSIONS)("the seed graph's GEXF %s validates against its gexf.xsd, static and dynamic", (version: GexfVersion) => {
    const text = toGEXF(graph, { version });
    expect(text).toContain('mode="static"');
    expect(validate(SCHEMA[version], `seed-${version}.gexf`, text)).toEqual({ valid: true, errors: '' });
    const dynamic = toGEXF(dated, { version });
    expect(dynamic).toContain('mode="dynamic" timeformat="date"');
    expect(validate(SCHEMA[version], `dated-${version}.gexf`, dynamic)).toEqual({ valid: true, errors: '' });
    expect(validate(SCHEMA[version], `awkward-${version}.gexf`, toGEXF(awkwardGraph(), { version }))).toEqual({ valid: true, errors: '' });
  });

  // The check can fail: files written the way papergraph wrote them before, or with a slip, are refused.
  it('refuses invalid files, naming the element', () => {
    const graphml = toGraphML(graph);
    // An edge id with '->' as it was before the NMTOKEN escapes.
    const rawId = graphml.replace(/<edge id="([^"]*)-_x003E_/, '<edge id="$1->');
    expect(validate(SCHEMA.graphml, 'raw-id.graphml', rawId)).toMatchObject({ valid: false, errors: expect.stringMatching(/edge.*'id'.*NMTOKEN/) });
    const listType = graphml.replace('attr.type="string"', 'attr.type="liststring"');
    expect(validate(SCHEMA.graphml, 'list-type.graphml', listType)).toMatchObject({ valid: false, errors: expect.stringMatching(/attr\.type/) });
    // An edge kind in a 1.2draft file (1.3 only), and a viz element out of its namespace.
    const kind12 = toGEXF(graph).replace(/(<edge [^>]*weight="[^"]*")>/, '$1 kind="wrote">');
    expect(validate(SCHEMA['1.2'], 'kind.gexf', kind12)).toMatchObject({ valid: false, errors: expect.stringMatching(/'kind' is not allowed/) });
    const plainSize = toGEXF(graph, { version: '1.3' }).replace('<viz:size ', '<size ');
    expect(validate(SCHEMA['1.3'], 'size.gexf', plainSize)).toMatchObject({ valid: false, errors: expect.stringMatching(/size.*not expected/) });
  });
});

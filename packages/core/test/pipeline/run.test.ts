import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest, runPipeline, runPipelineAsync, STAGE_NAMES, toGEXF, toGraphJSON, toGraphML } from '../../src/index.ts';

const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const SEED_INPUT = [{ name: 'seed.txt', text: seed }];

describe('runPipeline', () => {
  it('is deterministic: same input, same bytes in every format', () => {
    const a = runPipeline(SEED_INPUT).graph;
    const b = runPipeline(SEED_INPUT).graph;
    expect(toGraphJSON(a)).toBe(toGraphJSON(b));
    expect(toGraphML(a)).toBe(toGraphML(b));
    expect(toGEXF(a)).toBe(toGEXF(b));
  });

  it('a different seed may move communities but never the extracted graph', () => {
    const a = runPipeline(SEED_INPUT, { seed: 1, layout: false }).graph;
    const b = runPipeline(SEED_INPUT, { seed: 2, layout: false }).graph;
    expect(a.nodes()).toEqual(b.nodes());
    expect(a.edges()).toEqual(b.edges());
    expect(a.getAttribute('seed')).toBe(1);
  });

  it('one paper in two inputs is one node with both sources', () => {
    const json = JSON.stringify({ title: 'Kron-LoRA: Hybrid Kronecker-LoRA Adapters for Scalable, Sustainable Fine-tuning', abstract: 'x', authors: ['Yixin Shen'] });
    const { graph } = runPipeline([...SEED_INPUT, { name: 'extra.json', text: json }]);
    const papers = graph.filterNodes((_k, a) => a.kind === 'paper' && a.label.startsWith('Kron-LoRA'));
    expect(papers).toHaveLength(1);
    expect(graph.getNodeAttribute(papers[0]!, 'sources')).toEqual([expect.stringMatching(/^seed\.txt:\d+$/), 'extra.json#0']);
    expect(graph.getAttribute('inputs')).toEqual(['seed.txt', 'extra.json']);
  });

  it('lays out small graphs (x, y on every node) unless asked not to', () => {
    const laidOut = runPipeline(SEED_INPUT).graph;
    laidOut.forEachNode((_k, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    const bare = runPipeline(SEED_INPUT, { layout: false }).graph;
    bare.forEachNode((_k, a) => expect(a.x).toBeUndefined());
  });
});

describe('pipeline hooks', () => {
  it('observe every stage in the registry order, and say why a stage was skipped', () => {
    const events: string[] = [];
    runPipeline(SEED_INPUT, { layout: false }, {
      beforeStage: (stage) => events.push(`+${stage}`),
      afterStage: (stage) => events.push(`-${stage}`),
      skippedStage: (stage, reason) => events.push(`skip ${stage}: ${reason}`),
    });
    const expected = STAGE_NAMES.flatMap((stage) => (stage === 'layout' ? ['skip layout: layout off'] : [`+${stage}`, `-${stage}`]));
    expect(events).toEqual(expected);
  });

  it('a replaced stage runs instead of the core one, and what it leaves flows on', () => {
    // An extraction that finds nothing: the graph keeps papers, authors and the listing's tag, and no mention link.
    const { graph } = runPipeline(SEED_INPUT, { layout: false }, {
      replace: { extract: (state) => void (state.extractions = state.docs!.map((doc) => ({ doc, mentions: [] }))) },
    });
    const relations = new Set(graph.mapEdges((_e, a) => a.relation));
    expect([...relations].sort()).toEqual(['tagged', 'wrote']);
    expect(graph.filterNodes((_k, a) => a.kind === 'model')).toEqual(['model:llama-2-7b']);
    expect(graph.filterNodes((_k, a) => a.kind === 'paper')).toHaveLength(10);
  });

  it('a replacement that leaves nothing behind is named in the error', () => {
    expect(() => runPipeline(SEED_INPUT, {}, { replace: { docs: () => {} } })).toThrow(/paper docs is missing/);
  });

  it('the async form awaits asynchronous replacements and gives the same graph', async () => {
    const sync = runPipeline(SEED_INPUT);
    const viaAsync = await runPipelineAsync([], {}, {
      replace: {
        ingest: async (state) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          state.ingested = ingest(SEED_INPUT);
          state.inputNames = ['seed.txt'];
        },
      },
    });
    expect(toGraphJSON(viaAsync.graph)).toBe(toGraphJSON(sync.graph));
  });
});

describe('core stays browser-safe', () => {
  it('imports no Node built-in module anywhere in packages/core/src', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && /from ['"](node:|fs['"]|path['"]|zlib['"]|os['"])/.test(readFileSync(full, 'utf8'))) offenders.push(full);
      }
    };
    walk(SRC);
    expect(offenders).toEqual([]);
  });
});

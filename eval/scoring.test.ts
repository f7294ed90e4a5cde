import { describe, expect, it } from 'vitest';
import { combineGold, predictionsOfGold, predictionsOfGraph, scoreSet, tallyPaper, type Gold, type Prediction, type ScoredGraph } from './scoring.ts';

const gold: Gold = { id: '2501.00001', models: ['Zorb-7B', 'Flarn'], datasets: ['ZorbQA'], proposes: ['ZorbQA'], methods_core: ['LoRA'], methods_optional: ['RAG'] };
const p = (kind: string, label: string, relation = 'uses', aliases: string[] = []): Prediction => ({ kind, relation, label, aliases });

describe('the scoring rules (eval/scoring.ts)', () => {
  it('matches names one to one after case, spaces, hyphens and underscores, and names each miss and false hit', () => {
    const tally = tallyPaper(gold, [p('model', 'zorb 7b'), p('model', 'ZORB_7B'), p('model', 'Other-1B'), p('dataset', 'Zorb-QA', 'proposes')]);
    // the second Zorb-7B node counts neither way
    expect(tally.models).toEqual({ tp: 1, fp: 1, fn: 1, misses: ['2501.00001: Flarn'], falseHits: ['2501.00001: Other-1B'] });
    expect(tally.datasets).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(tally.proposes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('reads a TeX superscript as its digit: markup the readers copy and the graph flattens is no other name', () => {
    // real: tune15 2507.05838 "I$^2$R", "PASCAL-5$^i$"; tune22 2505.09466 "($\text{SaPE}^2$)", written "SaPE^2" by its reader
    const sup: Gold = { id: '2501.00002', models: [], datasets: ['PASCAL-5$^i$'], proposes: ['I$^2$R', 'SaPE^2'], methods_core: [], methods_optional: [] };
    const tally = tallyPaper(sup, [p('method', 'I2R', 'proposes'), p('method', 'SaPE²', 'proposes'), p('dataset', 'PASCAL-5i')]);
    expect(tally.proposes).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(tally.datasets).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // a digit that is no superscript still tells names apart
    expect(tallyPaper(sup, [p('method', 'I3R', 'proposes')]).proposes).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('finds a proposal for method recall whatever kind carries it, and counts method precision over predicted methods', () => {
    const tally = tallyPaper(gold, [p('dataset', 'ZorbQA', 'proposes'), p('method', 'RAG'), p('method', 'Blorp', 'uses', ['BLORP'])]);
    // required: LoRA (missed) and ZorbQA (found as a proposed dataset); RAG is optional, Blorp false
    expect(tally.methods).toEqual({ tp: 1, fp: 1, fn: 1, misses: ['2501.00001: LoRA'], falseHits: ['2501.00001: Blorp'] });
    expect(tally.methodPredictions).toBe(2);
    const scores = scoreSet([gold], new Map([[gold.id, [p('dataset', 'ZorbQA', 'proposes'), p('method', 'RAG'), p('method', 'Blorp')]]]));
    expect(scores.methods.precision).toBeCloseTo(1 / 2, 10);
    expect(scores.methods.recall).toBeCloseTo(1 / 2, 10);
  });

  it("reads a second annotator's gold as predictions: one per name and kind, a proposal as the kind its lists give it", () => {
    const second: Gold = {
      id: gold.id,
      models: ['Zorb-7B', 'zorb 7b'],
      datasets: ['ZorbQA'],
      proposes: ['ZorbQA', 'Blorp'],
      methods_core: ['LoRA'],
      methods_optional: ['Blorp', 'RAG'],
    };
    expect(predictionsOfGold(second)).toEqual([
      p('dataset', 'ZorbQA', 'proposes'),
      p('method', 'Blorp', 'proposes'),
      p('model', 'Zorb-7B'),
      p('method', 'LoRA'),
      p('method', 'RAG'),
    ]);
    // scored against the first annotator: Flarn missed; RAG optional; the proposals found
    const tally = tallyPaper(gold, predictionsOfGold(second));
    expect(tally.models).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(tally.proposes).toMatchObject({ tp: 1, fp: 1, fn: 0, falseHits: ['2501.00001: Blorp'] });
    expect(tally.methods).toMatchObject({ tp: 2, fp: 1, fn: 0, falseHits: ['2501.00001: Blorp'] });
    // the same gold read as predictions agrees with itself
    const self = scoreSet([gold], new Map([[gold.id, predictionsOfGold(gold)]]));
    for (const kind of ['models', 'datasets', 'proposes'] as const) expect(self[kind].f1).toBe(1);
    expect(self.methods).toMatchObject({ precision: 1, recall: 1 });
  });

  it('combines two annotations of a paper into the names either lists and the names both list', () => {
    const second: Gold = { id: gold.id, models: ['zorb 7b', 'Quux'], datasets: [], proposes: ['ZorbQA'], methods_core: ['RAG', 'LoRA'], methods_optional: ['PPO'] };
    expect(combineGold(gold, second, 'either')).toEqual({
      id: gold.id,
      models: ['Zorb-7B', 'Flarn', 'Quux'],
      datasets: ['ZorbQA'],
      proposes: ['ZorbQA'],
      methods_core: ['LoRA', 'RAG'],
      methods_optional: ['RAG', 'PPO'],
    });
    expect(combineGold(gold, second, 'both')).toEqual({ id: gold.id, models: ['Zorb-7B'], datasets: [], proposes: ['ZorbQA'], methods_core: ['LoRA'], methods_optional: [] });
  });

  it('scores a gold paper without predictions as all misses', () => {
    const scores = scoreSet([gold], new Map());
    expect(scores.models).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: 1, recall: 0, f1: 0 });
  });

  it("reads a paper's uses, proposes and evaluates_on links from a built graph, and reports a paper without a node", () => {
    // the calls of graphology's API the scoring makes, over a paper with a model, an author and a tag
    const nodes: Record<string, Record<string, unknown>> = {
      'paper:2501.00001': { kind: 'paper', label: 'A paper' },
      'model:zorb-7b': { kind: 'model', label: 'Zorb-7B', aliases: ['zorb 7b'] },
      'topic:cs.CL': { kind: 'topic', label: 'cs.CL' },
    };
    const out: Record<string, [string, string][]> = { 'paper:2501.00001': [['uses', 'model:zorb-7b'], ['tagged', 'topic:cs.CL']] };
    const graph: ScoredGraph = {
      hasNode: (key) => key in nodes,
      forEachOutEdge: (key, callback) => (out[key] ?? []).forEach(([relation, target], i) => callback(`e${i}`, { relation }, key, target)),
      getNodeAttributes: (key) => nodes[key]!,
    };
    const missing: string[] = [];
    const byId = predictionsOfGraph(graph, ['2501.00001', '2501.00002'], (id) => missing.push(id));
    expect(byId.get('2501.00001')).toEqual([{ kind: 'model', relation: 'uses', label: 'Zorb-7B', aliases: ['zorb 7b'] }]);
    expect(byId.get('2501.00002')).toEqual([]);
    expect(missing).toEqual(['2501.00002']);
  });
});

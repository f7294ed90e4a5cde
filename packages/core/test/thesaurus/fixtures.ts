import { expect } from 'vitest';
import { parseThesaurus, runPipeline, type EntityKind, type Mention, type MentionRelation, type PaperGraph, type PipelineState } from '../../src/index.ts';

/** Papers 2501.0000n, their mentions are invented (the extract stage is replaced). */
export function papers(count: number): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({ id: `2501.0000${i + 1}`, title: `Paper ${i + 1}`, abstract: `Abstract ${i + 1}.`, authors: ['Ada Lovelace'], tags: [] }),
  ).join('\n');
}

export function m(kind: EntityKind, slug: string, label: string, relation: MentionRelation = kind === 'dataset' ? 'evaluates_on' : 'uses', aliases = [label]): Mention {
  return { kind, slug, label, relation, evidence: `We use ${label}.`, aliases };
}

/**
 * The pipeline on invented mentions (one list per paper), with a thesaurus given as TSV text. The cross-paper pass
 * is left out (it would join the invented `GPT4` and `GPT-4`, spellings.ts): the thesaurus stage gets the
 * mentions as they are written here.
 */
export function build(mentions: Mention[][], tsv?: string) {
  const parsed = tsv === undefined ? undefined : parseThesaurus(tsv, 'terms.tsv');
  expect(parsed?.errors ?? []).toEqual([]);
  return runPipeline([{ name: 'papers.jsonl', text: papers(mentions.length) }], { layout: false, ...(parsed ? { thesaurus: parsed.thesaurus } : {}) }, {
    replace: {
      extract: (state: PipelineState) => void (state.extractions = state.docs!.map((doc, i) => ({ doc, mentions: mentions[i] ?? [] }))),
      resolve: () => undefined,
    },
  });
}

export const entityNodes = (graph: PaperGraph) =>
  graph.filterNodes((_key, attributes) => attributes.kind !== 'paper' && attributes.kind !== 'author').sort();
export const linksOf = (graph: PaperGraph, node: string) =>
  graph.mapInEdges(node, (_edge, attributes, source) => `${source} ${attributes.relation}${attributes.evidence ? ` “${attributes.evidence}”` : ''}`).sort();

export const CORPUS: Mention[][] = [
  [m('model', 'gpt4', 'GPT4'), m('model', 'gpt-4', 'GPT-4'), m('method', 'cot', 'CoT')],
  [m('model', 'gpt-4', 'GPT-4'), m('method', 'chain-of-thought', 'chain-of-thought', 'uses', ['Chain-of-Thought', 'chain-of-thought'])],
  [m('model', 'gpt4', 'GPT4', 'proposes'), m('dataset', 'mmlu', 'MMLU'), m('method', 'baseline', 'baseline')],
  [m('model', 'mmlu', 'MMLU'), m('method', 'baseline', 'baseline')],
];


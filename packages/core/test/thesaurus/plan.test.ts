import { describe, expect, it } from 'vitest';
import { build, CORPUS, entityNodes, m } from './fixtures.ts';

describe('what thesaurus rules match and where they send entities', () => {
  it('the kind column restricts the match; without it a name matches in every kind', () => {
    expect(entityNodes(build(CORPUS, 'MMLU\t\tdataset\n').graph)).toContain('model:mmlu');
    expect(entityNodes(build(CORPUS, 'MMLU\t\tdataset\n').graph)).not.toContain('dataset:mmlu');
    const both = entityNodes(build(CORPUS, 'mmlu\t\n').graph);
    expect(both.filter((key) => key.endsWith(':mmlu'))).toEqual([]);
  });

  it('matches by alias when no label or slug has the name, unless the alias names several entities', () => {
    const { graph } = build(CORPUS, 'Chain-of-Thought\tCoT\n');
    // `Chain-of-Thought` is the label's own form here; the alias case:
    expect(graph.hasNode('method:chain-of-thought')).toBe(false);
    const byAlias = build([[m('method', 'rlhf', 'RLHF', 'uses', ['RLHF', 'Reinforcement Learning from Human Feedback'])]], 'reinforcement learning from human feedback\t\n');
    expect(entityNodes(byAlias.graph)).toEqual([]);
    const ambiguous = build(
      [[m('method', 'contrastive-learning', 'contrastive learning', 'uses', ['CL']), m('method', 'continual-learning', 'continual learning', 'uses', ['CL'])]],
      'CL\t\n',
    );
    expect(entityNodes(ambiguous.graph)).toEqual(['method:continual-learning', 'method:contrastive-learning']);
    expect(ambiguous.warnings[0]!.message).toMatch(/"CL" is an alias of 2 entities \(method:continual-learning, method:contrastive-learning\)/);
  });

  it('a rule that matches nothing, and a later rule for an entity already changed, are warnings with their lines', () => {
    const { graph, warnings } = build(CORPUS, 'label\treplace by\nnothing like it\tfoo\nGPT4\tGPT-4\nmodel:gpt4\tGPT-5\n');
    expect(warnings).toEqual([
      { file: 'terms.tsv', line: 2, message: '"nothing like it" matches no entity' },
      { file: 'terms.tsv', line: 4, message: 'also matches model:gpt4 (line 3), already changed by an earlier rule: the first rule wins' },
    ]);
    expect(graph.hasNode('model:gpt-5')).toBe(false);
    expect(graph.getAttribute('thesaurus')).toMatchObject({ rules: 3, applied: 1, unmatched: 1 });
  });

  it('follows chains, drops at the end of a chain, and leaves cycles alone with a warning', () => {
    const chain = build(CORPUS, 'GPT4\tGPT-4\tmodel\nGPT-4\tGPT-5\n');
    expect(entityNodes(chain.graph).filter((key) => key.startsWith('model:gpt'))).toEqual(['model:gpt-5']);
    expect(chain.graph.getNodeAttributes('model:gpt-5')).toMatchObject({ paperCount: 3, aliases: ['GPT-4', 'GPT4'] });
    const dropped = build(CORPUS, 'CoT\tchain-of-thought\nchain-of-thought\t\tmethod\n');
    expect(entityNodes(dropped.graph).filter((key) => key.startsWith('method:c'))).toEqual([]);
    const cycle = build(CORPUS, 'CoT\tchain-of-thought\nchain-of-thought\tCoT\tmethod\n');
    expect(entityNodes(cycle.graph)).toContain('method:cot');
    expect(entityNodes(cycle.graph)).toContain('method:chain-of-thought');
    expect(cycle.warnings.map((warning) => warning.message)).toEqual([
      'rules at line 1, line 2 form a cycle (method:chain-of-thought → method:cot → method:chain-of-thought): not applied',
    ]);
  });

  it('two rules renaming onto one new name meet in one node', () => {
    const { graph } = build(CORPUS, 'GPT4\tOpenAI GPT\nGPT-4\tOpenAI GPT\tmodel\n');
    expect(entityNodes(graph).filter((key) => key.startsWith('model:'))).toEqual(['model:mmlu', 'model:openai-gpt']);
    expect(graph.getNodeAttributes('model:openai-gpt')).toMatchObject({ label: 'OpenAI GPT', paperCount: 3 });
    expect(graph.getAttribute('thesaurus')).toMatchObject({ merged: 2, renamed: 0 });
  });

});

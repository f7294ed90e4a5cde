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

  it('a huge name is echoed in a warning cut to 80 characters', () => {
    const huge = 'a pasted abstract '.repeat(400);
    const { warnings } = build(CORPUS, `${huge}\tfoo\n`);
    expect(warnings).toEqual([{ file: 'terms.tsv', line: 1, message: `"${huge.slice(0, 79)}…" matches no entity` }]);
  });

  it('a rule renaming an entity it names (by alias) is the first rule for it: a later rule naming it is a warning, not applied', () => {
    const vit = [[m('model', 'vit', 'ViT', 'uses', ['ViT', 'Vision Transformer', 'Vision Transformers'])], [m('model', 'gpt-4', 'GPT-4')]];
    const { graph, warnings } = build(vit, 'ViT\tVision Transformer\tmodel\nVision Transformers\tVisionT\tmodel\n');
    expect(entityNodes(graph)).toEqual(['model:gpt-4', 'model:vit']);
    expect(graph.getNodeAttribute('model:vit', 'label')).toBe('Vision Transformer');
    expect(warnings).toEqual([{ file: 'terms.tsv', line: 2, message: 'also matches model:vit (line 1), already changed by an earlier rule: the first rule wins' }]);
    expect(graph.getAttribute('thesaurus')).toMatchObject({ rules: 2, applied: 1, renamed: 1 });
    // The same name written twice: the first rule wins, the second is a warning naming both lines.
    const twice = build(vit, 'ViT\tA\nvit\tB\n');
    expect(twice.graph.getNodeAttribute(entityNodes(twice.graph).find((key) => key !== 'model:gpt-4')!, 'label')).toBe('A');
    expect(twice.warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
      '2: "vit" already has a rule at line 1, which sends it to "A": this one (which sends it to "B") is not applied, the first rule wins',
    ]);
    // A rule that keeps the entity's own label (a same-form group's rule) leaves it free for a later one.
    const free = build(vit, 'vit\tViT\tmodel\nVision Transformers\tVisionT\tmodel\n');
    expect(entityNodes(free.graph)).toEqual(['model:gpt-4', 'model:visiont']);
    expect(free.warnings).toEqual([]);
    // The very name the first rule gave is a chain, not a conflict: it ends where the second rule sends it.
    const chained = build(vit, 'ViT\tVision Transformer\tmodel\nVision Transformer\tViT-Base\tmodel\n');
    expect(entityNodes(chained.graph)).toEqual(['model:gpt-4', 'model:vit-base']);
    expect(chained.graph.getNodeAttributes('model:vit-base')).toMatchObject({ label: 'ViT-Base', aliases: ['ViT', 'Vision Transformer', 'Vision Transformers'] });
    expect(chained.warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
      '2: moves model:vit, which line 1 names "Vision Transformer": the chain is followed, so it ends where this rule sends it',
    ]);
    expect(chained.graph.getAttribute('thesaurus')).toMatchObject({ rules: 2, applied: 2, renamed: 1, merged: 0 });
    // …and to an entity that exists: merged into it, as `ViT → GPT-4` would be.
    const intoExisting = build(vit, 'ViT\tVision Transformer\tmodel\nVision Transformer\tGPT-4\tmodel\n');
    expect(entityNodes(intoExisting.graph)).toEqual(['model:gpt-4']);
    expect(intoExisting.graph.getAttribute('thesaurus')).toMatchObject({ applied: 2, merged: 1 });
  });

  it('follows chains, drops at the end of a chain, and leaves cycles alone with a warning', () => {
    const chain = build(CORPUS, 'GPT4\tGPT-4\tmodel\nGPT-4\tGPT-5\n');
    expect(entityNodes(chain.graph).filter((key) => key.startsWith('model:gpt'))).toEqual(['model:gpt-5']);
    expect(chain.graph.getNodeAttributes('model:gpt-5')).toMatchObject({ paperCount: 3, aliases: ['GPT-4', 'GPT4'] });
    // A chain is followed, and said, either way round.
    expect(chain.warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
      // (`GPT-4` is also GPT4's spelling)
      '2: also matches model:gpt4 (line 1), already changed by an earlier rule: the first rule wins',
      '2: moves model:gpt-4, where line 1 sends "GPT4": the chain is followed, so that ends where this rule sends it',
    ]);
    // Through a name no entity had: the first rule creates it (for GPT4 and GPT-4, both its spellings), the second
    // moves it on, no longer "matching no entity".
    const throughNew = build(CORPUS, 'GPT4\tGPT-4-new\tmodel\nGPT-4-new\tGPT-5\n');
    expect(entityNodes(throughNew.graph).filter((key) => key.startsWith('model:gpt'))).toEqual(['model:gpt-5']);
    expect(throughNew.graph.getNodeAttributes('model:gpt-5')).toMatchObject({ label: 'GPT-5', paperCount: 3, aliases: ['GPT-4', 'GPT4'] });
    expect(throughNew.warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
      '2: moves model:gpt-4-new, where line 1 sends "GPT4": the chain is followed, so that ends where this rule sends it',
    ]);
    // (two entities, GPT4 and GPT-4, make one node: one is merged, the node is the other renamed)
    expect(throughNew.graph.getAttribute('thesaurus')).toMatchObject({ rules: 2, applied: 2, unmatched: 0, merged: 1, renamed: 1 });
    // …and a drop at its end drops what was sent there; a cycle through a new name is not applied.
    expect(entityNodes(build(CORPUS, 'GPT4\tGPT-4-new\tmodel\nmodel:gpt-4-new\t\n').graph)).not.toContain('model:gpt4');
    const newCycle = build(CORPUS, 'GPT4\tGPT-4-new\tmodel\nGPT-4-new\tGPT4\tmodel\n');
    expect(entityNodes(newCycle.graph)).toContain('model:gpt4');
    expect(newCycle.warnings.some((warning) => /form a cycle/.test(warning.message))).toBe(true);
    // A rule that renames its entity in place does not move it on: merging into it later is no chain.
    const inPlace = build(CORPUS, 'CoT\tcot\tmethod\nchain-of-thought\tcot\tmethod\n');
    expect(inPlace.warnings).toEqual([]);
    expect(inPlace.graph.getNodeAttributes('method:cot')).toMatchObject({ label: 'cot', paperCount: 2 });
    const reversed = build(CORPUS, 'chain-of-thought\tCoT prompting\tmethod\nCoT\tchain-of-thought\tmethod\n');
    expect(entityNodes(reversed.graph).filter((key) => key.startsWith('method:c'))).toEqual(['method:cot-prompting']);
    expect(reversed.warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
      '2: sends method:cot to method:chain-of-thought, which line 1 moves on: the chain is followed, so it ends where that rule sends it',
    ]);
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
    // one node fewer: one entity merged, the node is the other (the first by key) renamed
    expect(graph.getAttribute('thesaurus')).toMatchObject({ merged: 1, renamed: 1 });
  });

  it('counts a merge then a rename of the merged node as one merged and one renamed: the nodes after are those before − merged − dropped', () => {
    const before = entityNodes(build(CORPUS, '').graph).length;
    const { graph } = build(CORPUS, 'CoT\tchain-of-thought\tmethod\nchain-of-thought\tChain-of-thought prompting\tmethod\n');
    expect(entityNodes(graph).filter((key) => key.startsWith('method:c'))).toEqual(['method:chain-of-thought-prompting']);
    expect(graph.getAttribute('thesaurus')).toMatchObject({ merged: 1, renamed: 1, dropped: 0 });
    expect(entityNodes(graph).length).toBe(before - 1);
  });

});

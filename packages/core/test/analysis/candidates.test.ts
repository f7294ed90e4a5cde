import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  asForeignGraph,
  candidatesThesaurus,
  duplicateCandidates,
  parseThesaurus,
  runPipeline,
  type DuplicateCandidate,
  type ForeignGraph,
} from '../../src/index.ts';

interface Spec {
  key: string;
  label: string;
  papers: number;
  aliases?: string[];
  family?: string;
  version?: string;
  size?: string;
  variant?: string;
}

/** An invented graph: each entity linked to `papers` papers of its own (paperCount left to be counted when asked). */
function graphOf(specs: Spec[], options: { paperCount?: boolean } = {}): ForeignGraph {
  const graph = new MultiDirectedGraph();
  let paper = 0;
  for (const { key, papers, ...attributes } of specs) {
    graph.addNode(key, { kind: key.slice(0, key.indexOf(':')), ...attributes, ...(options.paperCount === false ? {} : { paperCount: papers }) });
    for (let i = 0; i < papers; i++) {
      const p = `paper:${++paper}`;
      graph.addNode(p, { kind: 'paper', label: p });
      graph.addDirectedEdge(p, key, { relation: 'uses' });
    }
  }
  return graph as unknown as ForeignGraph;
}

const pairs = (candidates: DuplicateCandidate[]) => candidates.map((c) => `${c.reason} ${c.from.label} → ${c.to.label}${c.confident ? '' : ' ?'}`);

describe('duplicateCandidates', () => {
  it('same normalised form: every spelling goes to the best-known one, sure', () => {
    const graph = graphOf([
      { key: 'model:gpt-4o', label: 'GPT-4o', papers: 9 },
      { key: 'model:gpt4o', label: 'GPT4o', papers: 2 },
      { key: 'model:gpt-4-o', label: 'GPT 4o', papers: 1 },
      { key: 'method:supervised-finetuning', label: 'Supervised Finetuning', papers: 1 },
      { key: 'method:supervised-fine-tuning', label: 'supervised fine-tuning', papers: 3 },
      // same form but another kind: no same-form merge, a pair of kinds to review
      { key: 'dataset:gpt4o', label: 'GPT4o', papers: 1 },
    ]);
    expect(pairs(duplicateCandidates(graph))).toEqual([
      'same-form GPT4o → GPT-4o',
      'same-form GPT 4o → GPT-4o',
      'same-form Supervised Finetuning → supervised fine-tuning',
      'other-kind GPT4o → GPT-4o ?',
    ]);
    const [first] = duplicateCandidates(graph);
    expect(first).toEqual({
      reason: 'same-form',
      kind: 'model',
      from: { key: 'model:gpt4o', label: 'GPT4o', paperCount: 2 },
      to: { key: 'model:gpt-4o', label: 'GPT-4o', paperCount: 9 },
      detail: '"GPT4o" (2 papers) and "GPT-4o" (9 papers) differ only in case, spaces or punctuation',
      confident: true,
    });
  });

  it('same form, different long forms (keys and aliases that share no name): for review, by node key, with the reason', () => {
    const graph = graphOf([
      { key: 'method:divide-and-conquer-amnesia', label: 'DCA', papers: 3, aliases: ['DCA', 'Divide-and-Conquer Amnesia'] },
      { key: 'method:divide-conquer-amnesia', label: 'dca', papers: 1, aliases: ['dca', 'divide-and-conquer amnesia'] },
      { key: 'method:dense-concept-alignment', label: 'DCA', papers: 2, aliases: ['DCA', 'Dense Concept Alignment'] },
      // written alike, no long form of its own: which one does it mean?
      { key: 'method:dca', label: 'DCA', papers: 1, aliases: ['DCA'] },
      // a plural or a second spelling of the label says nothing about a long form
      { key: 'model:vision-transformer', label: 'ViT', papers: 5, aliases: ['ViT', 'ViTs', 'Vision Transformer'] },
      { key: 'model:vi-t', label: 'Vi-T', papers: 1, aliases: ['Vi-Ts'] },
    ]);
    const found = duplicateCandidates(graph);
    expect(pairs(found)).toEqual(['same-form Vi-T → ViT', 'same-form DCA → DCA ?', 'same-form DCA → DCA ?', 'same-form dca → DCA']);
    expect(found.map((c) => `${c.from.key} → ${c.to.key}`)).toEqual([
      'model:vi-t → model:vision-transformer',
      'method:dense-concept-alignment → method:divide-and-conquer-amnesia',
      'method:dca → method:divide-and-conquer-amnesia',
      'method:divide-conquer-amnesia → method:divide-and-conquer-amnesia',
    ]);
    expect(found[1]!.detail).toBe(
      'written alike, defined apart — "DCA" (2 papers) stands for "Dense Concept Alignment", "DCA" (3 papers) for "Divide-and-Conquer Amnesia"; check they are the same before merging',
    );
    expect(found[2]!.detail).toBe(
      'written alike, several meanings — "DCA" (1 paper) has no long form, and papers define "DCA" 2 ways ("Divide-and-Conquer Amnesia", "Dense Concept Alignment"); check which one it means, and merge it there',
    );
    expect(found[3]!.detail).toMatch(/and both stand for "Divide-and-Conquer Amnesia"$/);
    // A rule by label would name every DCA: each rule of that spelling names its two entities by key; ViT's by label.
    const tsv = candidatesThesaurus(found, 'g');
    expect(tsv).toContain('\n# method:dense-concept-alignment\tmethod:divide-and-conquer-amnesia\tmethod\n');
    expect(tsv).toContain('\n# method:dca\tmethod:divide-and-conquer-amnesia\tmethod\n');
    expect(tsv).toContain('\nmethod:divide-conquer-amnesia\tmethod:divide-and-conquer-amnesia\tmethod\n');
    expect(tsv).toContain('\nVi-T\tViT\tmodel\n');
    expect(parseThesaurus(tsv, 'g').thesaurus.rules.map((rule) => rule.from)).toEqual(['Vi-T', 'method:divide-conquer-amnesia']);
  });

  it('same form cased apart inside a word (AiR / AIR, IceBench / ICE-Bench): for review, by node key; the case of a word\'s first letter is no difference', () => {
    const graph = graphOf([
      { key: 'dataset:ice-bench', label: 'ICE-Bench', papers: 4 },
      { key: 'dataset:icebench', label: 'IceBench', papers: 1 },
      { key: 'method:air', label: 'AIR', papers: 3 },
      { key: 'method:air-2', label: 'AiR', papers: 2 },
      { key: 'method:sfd', label: 'SFD', papers: 2 },
      { key: 'method:sfd-2', label: 'SfD', papers: 1 },
      { key: 'method:lapig', label: 'LaPIG', papers: 2 },
      { key: 'method:lapig-2', label: 'LAPIG', papers: 1 },
      { key: 'model:vit', label: 'ViT', papers: 5 },
      { key: 'model:vit-2', label: 'VIT', papers: 1 },
      // a word's first letter, in either label: one name
      { key: 'method:supervised-fine-tuning', label: 'Supervised Fine-Tuning', papers: 3 },
      { key: 'method:supervised-finetuning', label: 'supervised finetuning', papers: 1 },
      { key: 'dataset:mmlu', label: 'MMLU', papers: 3 },
      { key: 'dataset:m-m-l-u', label: 'M-M-L-U', papers: 1 },
      // cased apart, but their keys and aliases share a long form: one thing
      { key: 'method:attention-in-reasoning', label: 'AiRe', papers: 2, aliases: ['Attention in Reasoning'] },
      { key: 'method:aire', label: 'AIRE', papers: 1, aliases: ['attention in reasoning'] },
    ]);
    const found = duplicateCandidates(graph);
    expect(pairs(found)).toEqual([
      'same-form VIT → ViT ?',
      'same-form IceBench → ICE-Bench ?',
      'same-form AiR → AIR ?',
      'same-form M-M-L-U → MMLU',
      'same-form supervised finetuning → Supervised Fine-Tuning',
      'same-form AIRE → AiRe',
      'same-form LAPIG → LaPIG ?',
      'same-form SfD → SFD ?',
    ]);
    expect(found[2]!.detail).toBe('cased apart inside a word — "AiR" (2 papers) vs "AIR" (3 papers); check they are the same');
    const tsv = candidatesThesaurus(found, 'g');
    expect(tsv).toContain('\n# method:air-2\tmethod:air\tmethod\n');
    expect(tsv).toContain('\n# dataset:icebench\tdataset:ice-bench\tdataset\n');
    expect(parseThesaurus(tsv, 'g').thesaurus.rules.map((rule) => rule.from)).toEqual(['M-M-L-U', 'supervised finetuning', 'AIRE']);
  });

  it('a rule whose two sides print the same names its entities by key', () => {
    const graph = graphOf([
      { key: 'model:foo', label: 'Foo', papers: 3 },
      { key: 'model:foo-x', label: 'Foo', papers: 1 },
    ]);
    const tsv = candidatesThesaurus(duplicateCandidates(graph), 'g');
    expect(tsv).toContain('\nmodel:foo-x\tmodel:foo\tmodel\n');
    expect(tsv).not.toContain('Foo\tFoo');
  });

  it('real papers whose acronyms are written alike but expand differently (DCA, PPL, PRO, MAVEN): none is a sure merge, and the thesaurus keeps them apart', () => {
    const name = 'acronyms-written-alike.jsonl';
    const input = [{ name, text: readFileSync(new URL(name, import.meta.url), 'utf8') }];
    const { graph } = runPipeline(input, { layout: false });
    const found = duplicateCandidates(asForeignGraph(graph));
    const written = found.filter((c) => c.reason === 'same-form').map((c) => c.from.label).sort();
    expect(written).toEqual(['DCA', 'MAVEN', 'PPL', 'PRO']);
    expect(found.filter((c) => c.confident)).toEqual([]);
    const tsv = candidatesThesaurus(found, name);
    // Every review rule enabled: each merges exactly the two entities it names, never a third written alike.
    const enabled = tsv.replace(/^# (\S+:\S+\t\S+:\S+\t\w+)$/gm, '$1');
    const { thesaurus, errors } = parseThesaurus(enabled, 't.tsv');
    expect(errors).toEqual([]);
    expect(thesaurus.rules.length).toBe(found.filter((c) => c.reason === 'same-form').length);
    const before = new Set(graph.filterNodes((_key, attributes) => attributes.kind === 'method'));
    const merged = runPipeline(input, { layout: false, thesaurus });
    const after = new Set(merged.graph.filterNodes((_key, attributes) => attributes.kind === 'method'));
    expect([...before].filter((key) => !after.has(key)).sort()).toEqual(thesaurus.rules.map((rule) => rule.from).sort());
    // Applied as written (nothing enabled), the thesaurus changes nothing.
    const asWritten = parseThesaurus(tsv, 't.tsv').thesaurus;
    expect(asWritten.rules).toEqual([]);
  }, 30_000);

  it('acronym ↔ long form: the acronym spells the phrase; sure only when papers define it and nothing else competes', () => {
    const graph = graphOf([
      { key: 'method:grpo', label: 'GRPO', papers: 40 },
      { key: 'method:group-relative-policy-optimization', label: 'Group Relative Policy Optimization', papers: 2, aliases: ['GRPO', 'Group Relative Policy Optimization'] },
      { key: 'method:lora', label: 'LoRA', papers: 30 },
      { key: 'method:low-rank-adaptation', label: 'low-rank adaptation', papers: 3 },
      { key: 'method:moe', label: 'MoE', papers: 2 },
      { key: 'method:mixture-of-experts', label: 'Mixture-of-Experts', papers: 12 },
      { key: 'method:3dgs', label: '3DGS', papers: 5 },
      { key: 'method:3d-gaussian-splatting', label: '3D Gaussian Splatting', papers: 20 },
      { key: 'model:gpt', label: 'GPT', papers: 4 },
      { key: 'model:generative-pre-trained-transformer', label: 'Generative Pre-trained Transformer', papers: 1 },
      // names, not long forms; a phrase of another kind; a lower-case-led variant name
      { key: 'method:nerf', label: 'NeRF', papers: 9 },
      { key: 'method:node-rf', label: 'Node-RF', papers: 1 },
      { key: 'dataset:lra', label: 'LRA', papers: 1 },
      { key: 'method:mrag', label: 'mRAG', papers: 1 },
      { key: 'method:retrieval-augmented-generation', label: 'retrieval-augmented generation', papers: 8 },
    ]);
    expect(pairs(duplicateCandidates(graph))).toEqual([
      'acronym Group Relative Policy Optimization → GRPO',
      'acronym low-rank adaptation → LoRA ?',
      'acronym 3DGS → 3D Gaussian Splatting ?',
      'acronym MoE → Mixture-of-Experts ?',
      'acronym Generative Pre-trained Transformer → GPT ?',
    ]);
  });

  it("an acronym whose own key or aliases give it another long form is for review, even where papers define the acronym", () => {
    const graph = graphOf([
      { key: 'method:noise-aware-active-sampling', label: 'NAS', papers: 2, aliases: ['NAS', 'noise-aware active sampling'] },
      { key: 'method:neural-architecture-search', label: 'neural architecture search', papers: 30, aliases: ['NAS', 'neural architecture search'] },
      // its own long form is the one it spells: sure
      { key: 'method:group-relative-policy-optimization', label: 'GRPO', papers: 40, aliases: ['GRPO', 'Group Relative Policy Optimization'] },
      { key: 'method:grpo', label: 'Group Relative Policy Optimization', papers: 2, aliases: ['GRPO'] },
    ]);
    const found = duplicateCandidates(graph);
    expect(pairs(found)).toEqual(['acronym Group Relative Policy Optimization → GRPO', 'acronym NAS → neural architecture search ?']);
    expect(found[1]!.detail).toBe(
      'one acronym, two long forms — the acronym "NAS" (2 papers) is defined as "noise-aware active sampling" in its papers, as "neural architecture search" (30 papers) elsewhere; check they are the same',
    );
  });

  it('an acronym for review says why: initials that only match, several acronyms for one long form', () => {
    const graph = graphOf([
      // no paper defines IMU: its initials may match by chance
      { key: 'method:imu', label: 'IMU', papers: 4 },
      { key: 'method:inertial-measurement-unit', label: 'inertial measurement unit', papers: 10 },
      // papers define both SAM and SM as sharpness-aware minimization
      { key: 'method:sam', label: 'SAM', papers: 4, aliases: ['SAM', 'sharpness-aware minimization'] },
      { key: 'method:sm', label: 'SM', papers: 1, aliases: ['SM', 'sharpness-aware minimization'] },
      { key: 'method:sharpness-aware-minimization', label: 'sharpness-aware minimization', papers: 7 },
    ]);
    const details = Object.fromEntries(duplicateCandidates(graph).map((c) => [`${c.from.label} → ${c.to.label}${c.confident ? '' : ' ?'}`, c.detail]));
    expect(details).toEqual({
      'IMU → inertial measurement unit ?':
        'the initials match, but no paper defines it so — "IMU" (4 papers) spells "inertial measurement unit" (10 papers); check they are the same',
      'SAM → sharpness-aware minimization ?':
        'several acronyms spell it — "SAM" (4 papers) is defined as "sharpness-aware minimization" (7 papers), which "SM" also spells; check each acronym means it',
      'SM → sharpness-aware minimization ?':
        'several acronyms spell it — "SM" (1 paper) is defined as "sharpness-aware minimization" (7 papers), which "SAM" also spells; check each acronym means it',
    });
  });

  it('an acronym that spells many phrases is listed only where papers define it', () => {
    const graph = graphOf([
      { key: 'method:ca', label: 'CA', papers: 3 },
      { key: 'method:cross-attention', label: 'cross-attention', papers: 50, aliases: ['CA', 'cross-attention'] },
      { key: 'method:channel-attention', label: 'channel attention', papers: 20 },
      { key: 'method:cellular-automata', label: 'cellular automata', papers: 5 },
      { key: 'method:contrastive-alignment', label: 'contrastive alignment', papers: 2 },
    ]);
    const found = duplicateCandidates(graph);
    expect(pairs(found)).toEqual(['acronym CA → cross-attention ?']);
    expect(found[0]!.detail).toBe(
      'it spells several long forms — "CA" (3 papers) is defined as "cross-attention" (50 papers), and also spells "channel attention", "cellular automata", "contrastive alignment"; check which one it means',
    );
  });

  it('near versions: a snapshot or file-format suffix goes to its base; `-Base` after a size is for review, after a family it is a size', () => {
    const graph = graphOf([
      { key: 'model:gpt-4', label: 'GPT-4', papers: 30 },
      { key: 'model:gpt-4-0613', label: 'GPT-4-0613', papers: 2 },
      { key: 'model:llama-2-7b', label: 'Llama-2-7B', papers: 10 },
      { key: 'model:llama-2-7b-hf', label: 'Llama-2-7b-hf', papers: 1 },
      // two snapshots of a model with no node of its own
      { key: 'model:claude-3-opus-20240229', label: 'claude-3-opus-20240229', papers: 1 },
      { key: 'model:claude-3-opus-2024-03-07', label: 'Claude-3-Opus-2024-03-07', papers: 2 },
      { key: 'model:qwen3-8b', label: 'Qwen3-8B', papers: 5 },
      { key: 'model:qwen3-8b-base', label: 'Qwen3-8B-Base', papers: 1 },
      { key: 'model:bert', label: 'BERT', papers: 5 },
      { key: 'model:bert-base', label: 'BERT-Base', papers: 5 },
      // one token more that makes another model: not candidates
      { key: 'model:gpt-4o', label: 'GPT-4o', papers: 3 },
      { key: 'model:llama-2-13b', label: 'Llama-2-13B', papers: 3 },
      { key: 'model:llama-2-7b-chat', label: 'Llama-2-7B-Chat', papers: 3 },
    ]);
    expect(pairs(duplicateCandidates(graph))).toEqual([
      'near-version GPT-4-0613 → GPT-4',
      'near-version Llama-2-7b-hf → Llama-2-7B',
      'near-version Qwen3-8B-Base → Qwen3-8B ?',
      'near-version claude-3-opus-20240229 → Claude-3-Opus-2024-03-07 ?',
    ]);
  });

  it('family vs member: a bare family node next to a member about as known, for review', () => {
    const graph = graphOf([
      { key: 'model:llama', label: 'Llama', papers: 8, family: 'Llama' },
      { key: 'model:llama-2-7b', label: 'Llama-2-7B', papers: 6, family: 'Llama', version: '2', size: '7B' },
      { key: 'model:llama-3-8b', label: 'Llama-3-8B', papers: 2, family: 'Llama', version: '3', size: '8B' },
      { key: 'model:clip', label: 'CLIP', papers: 90, family: 'CLIP' },
      { key: 'model:clip-vision', label: 'CLIP-Vision', papers: 2, family: 'CLIP', variant: 'Vision' },
    ]);
    const found = duplicateCandidates(graph);
    expect(pairs(found)).toEqual(['family-member Llama → Llama-2-7B ?']);
    expect(found[0]!.detail).toBe(
      'a bare family name — "Llama" (8 papers) next to its member "Llama-2-7B" (6 papers) and 1 other member ("Llama-3-8B" (2 papers)); check papers that write "Llama" mean "Llama-2-7B"',
    );
  });

  it('alias: a label another entity is also called by, for review; a name many entities are called by says nothing', () => {
    const graph = graphOf([
      { key: 'method:multi-head-attention', label: 'multi-head attention', papers: 9, aliases: ['multi-head attention', 'multi-head self-attention'] },
      { key: 'method:multi-head-self-attention', label: 'multi-head self-attention', papers: 2 },
      ...['a', 'b', 'c', 'd'].map((x) => ({ key: `method:${x}-learning`, label: `${x} learning`, papers: 1, aliases: ['XL'] })),
      { key: 'method:xl', label: 'XL', papers: 1 },
    ]);
    expect(pairs(duplicateCandidates(graph))).toEqual(['alias multi-head self-attention → multi-head attention ?']);
  });

  it('filters by kind and by the papers of the better-known entity; counts papers when the graph has no paperCount', () => {
    const specs = [
      { key: 'model:gpt-4o', label: 'GPT-4o', papers: 3 },
      { key: 'model:gpt4o', label: 'GPT4o', papers: 1 },
      { key: 'dataset:mmlu', label: 'MMLU', papers: 2 },
      { key: 'dataset:m-m-l-u', label: 'M-M-L-U', papers: 1 },
    ];
    expect(pairs(duplicateCandidates(graphOf(specs), { kinds: ['dataset'] }))).toEqual(['same-form M-M-L-U → MMLU']);
    expect(pairs(duplicateCandidates(graphOf(specs), { minPapers: 3 }))).toEqual(['same-form GPT4o → GPT-4o']);
    expect(duplicateCandidates(graphOf(specs, { paperCount: false }))[0]!.to).toEqual({ key: 'model:gpt-4o', label: 'GPT-4o', paperCount: 3 });
  });

  it('blocks by keys instead of comparing pairs: 100,000 entities in seconds', () => {
    const specs: Spec[] = [];
    for (let i = 0; i < 25_000; i++) {
      specs.push({ key: `method:m${i}-net`, label: `M${i}-Net`, papers: 1 });
      specs.push({ key: `method:m${i}net`, label: `m${i}net`, papers: 0 });
      specs.push({ key: `model:qx${i}-7b`, label: `Qx${i}-7B`, papers: 1 });
      specs.push({ key: `dataset:set-${i}`, label: `Set ${i} Bench`, papers: 1 });
    }
    const graph = graphOf(specs);
    const started = performance.now();
    const found = duplicateCandidates(graph);
    expect(found.filter((c) => c.reason === 'same-form')).toHaveLength(25_000);
    // all pairs would be 5·10⁹ comparisons; blocking does this in well under a second on a laptop
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);
});

describe('candidates on real text', () => {
  it('the seed has no duplicates to offer', () => {
    const seed = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
    const { graph } = runPipeline([{ name: 'seeds/llama-2-7b.txt', text: seed }], { layout: false });
    expect(duplicateCandidates(asForeignGraph(graph))).toEqual([]);
  });

  const papers = readFileSync(new URL('../../../../eval/data/papers.jsonl', import.meta.url), 'utf8');
  const input = [{ name: 'eval/data/papers.jsonl', text: papers }];
  const { graph } = runPipeline(input, { layout: false });
  const found = duplicateCandidates(asForeignGraph(graph));

  it('on the annotated abstracts: no spelling left to merge (extraction joins them), and families for review', () => {
    // "Supervised Finetuning" and "Supervised Fine-Tuning" (one paper each) are one node already (spellings.ts).
    const fineTuning = graph.filterNodes((_key, attributes) => /^supervised fine-?tuning$/i.test(attributes.label));
    expect(fineTuning).toHaveLength(1);
    expect(graph.getNodeAttribute(fineTuning[0]!, 'paperCount')).toBe(2);
    expect(pairs(found).filter((pair) => pair.startsWith('same-form'))).toEqual([]);
    expect(pairs(found)).toContain('near-version Qwen3-8B-Base → Qwen3-8B ?');
    expect(pairs(found)).toContain('family-member Llama → Llama-2-7B ?');
    for (const candidate of found) {
      expect(candidate.from.key).not.toBe(candidate.to.key);
      expect(candidate.from.key.split(':')[0]).toBe(candidate.kind);
    }
  });

  it('every rule for review says why it is not sure, the pair, and what to check, in one shape', () => {
    const reviews = candidatesThesaurus(found, 'eval/data/papers.jsonl')
      .split('\n')
      .filter((line) => /^# [a-z-]+, to review: /.test(line));
    expect(reviews.length).toBe(found.filter((c) => !c.confident).length);
    for (const line of reviews) expect(line).toMatch(/^# [a-z-]+, to review: [^—"]+ — .*"[^"]+" \(\d+ papers?\).*; check [^;]+$/);
    expect(reviews).toContain(
      '# near-version, to review: a base checkpoint can be another model — "Qwen3-8B-Base" (1 paper) is "Qwen3-8B" (2 papers) with the suffix "base"; check papers mean the same model',
    );
    expect(reviews).toContain(
      '# alias, to review: one is the other\'s alias — some papers call "Llama-65B" (1 paper) "Llama" (1 other entity too), a node of its own (11 papers); check they are the same',
    );
  });

  it('its thesaurus reads back without errors, and applied to the build leaves no sure candidate behind', () => {
    const tsv = candidatesThesaurus(found, 'eval/data/papers.jsonl');
    expect(tsv).toMatch(/^# Likely duplicate entities in eval\/data\/papers\.jsonl, found by papergraph candidates: \d+ rules? to apply, \d+ to review\.\n/);
    expect(tsv).toContain('\n# Qwen3-8B-Base\tQwen3-8B\tmodel\n');
    const { thesaurus, errors } = parseThesaurus(tsv, 'candidates.tsv');
    expect(errors).toEqual([]);
    expect(thesaurus.rules.length).toBe(found.filter((c) => c.confident).length);
    const merged = runPipeline(input, { layout: false, thesaurus });
    // (no sure rule is left on these abstracts once extraction joins spellings: the file only warns that it is empty)
    const empty = thesaurus.rules.length === 0 ? [{ file: 'candidates.tsv', message: expect.stringMatching(/^no rules: /) }] : [];
    expect(merged.warnings.filter((w) => w.file === 'candidates.tsv')).toEqual(empty);
    expect(duplicateCandidates(asForeignGraph(merged.graph)).filter((c) => c.confident)).toEqual([]);
  });
});

describe('one name, two kinds', () => {
  it('pairs entities of different kinds written alike or keyed alike, towards the kind more papers read, for review', () => {
    const graph = graphOf([
      { key: 'method:fept', label: 'FePt', papers: 12 },
      { key: 'dataset:fept', label: 'FePt', papers: 3 },
      { key: 'model:fept', label: 'FePt', papers: 1 },
      { key: 'model:reluctance-network-analysis', label: 'RNA', papers: 1 },
      { key: 'method:reluctance-network-analysis', label: 'reluctance network analysis', papers: 3 },
      { key: 'model:llama-2-7b', label: 'Llama-2-7B', papers: 5 },
    ]);
    const found = duplicateCandidates(graph).filter((c) => c.reason === 'other-kind');
    expect(found.map((c) => `${c.from.key} → ${c.to.key}${c.confident ? '' : ' ?'}`)).toEqual([
      'dataset:fept → method:fept ?',
      'model:fept → method:fept ?',
      'model:reluctance-network-analysis → method:reluctance-network-analysis ?',
    ]);
    expect(found[0]!.detail).toBe('one name, two kinds — "FePt" (3 papers) is read as a dataset, "FePt" (12 papers) as a method; check it is one thing, a method');
    // each side by node key: a target by label would name an entity of the rule's own kind
    expect(candidatesThesaurus(found, 'g.json')).toContain('# dataset:fept\tmethod:fept\tdataset');
  });

  it('real Scopus records read "reluctance network analysis (RNA)" as a model in one paper and a method in others; the rule, enabled, makes one method', () => {
    // Five rows of a real Scopus CSV export (see SOURCES.md beside this test)
    const name = 'one-name-two-kinds.csv';
    const input = [{ name, text: readFileSync(new URL(name, import.meta.url), 'utf8') }];
    const { graph } = runPipeline(input, { layout: false });
    const found = duplicateCandidates(asForeignGraph(graph)).filter((c) => c.reason === 'other-kind');
    expect(found.map((c) => `${c.from.key} (${c.from.paperCount}) → ${c.to.key} (${c.to.paperCount})`)).toEqual([
      'model:reluctance-network-analysis (1) → method:reluctance-network-analysis (3)',
    ]);
    const enabled = candidatesThesaurus(found, name).replace(/^# (\S+:\S+\t\S+:\S+\t\w+)$/gm, '$1');
    const { thesaurus, errors } = parseThesaurus(enabled, 't.tsv');
    expect(errors).toEqual([]);
    const merged = runPipeline(input, { layout: false, thesaurus }).graph;
    expect(merged.hasNode('model:reluctance-network-analysis')).toBe(false);
    expect(merged.getNodeAttribute('method:reluctance-network-analysis', 'paperCount')).toBe(4);
  }, 30_000);
});

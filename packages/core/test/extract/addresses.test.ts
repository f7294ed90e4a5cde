import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/paper.ts';

// addresses.ts reads the drafts of extractPaper's other readings: these run the whole extraction on real and invented
// sentences

describe('a name the paper publishes on the Hugging Face Hub', () => {
  const read = (abstract: string, title = 'A study') =>
    extractPaper({ key: 'p', title, abstract }).map((m) => `${m.kind}/${m.relation}: ${m.label}`);
  it('is a data set under datasets/ and a model under an owner, whatever the other readings gave it', () => {
    // real: 2606.20523 (tune28), 2503.17793 (tune25)
    expect(read('The dataset is publicly available on the Hugging Face Hub at https://huggingface.co/datasets/ONERA/SARLO-80.', 'SARLO-80: Worldwide Slant SAR Language Optic Dataset 80cm')).toEqual(['dataset/proposes: SARLO-80']);
    expect(read('This paper introduces yet another attempt in this area, namely Ling-Coder-Lite. We release it at https://huggingface.co/inclusionAI/Ling-Coder-lite.')).toContain('model/proposes: Ling-Coder-Lite');
    // (invented: a name read as a technique the paper uses is a data set it evaluates on)
    expect(read('Methods such as FlexMatch and FooSet fail. FooSet is at https://huggingface.co/datasets/acme/FooSet.')).toContain('dataset/evaluates_on: FooSet');
  });

  it('reads the short address, an escaped underscore, and keeps the model\'s family', () => {
    // invented
    expect(read('Methods such as FlexMatch and FooSet fail. FooSet is at https://hf.co/datasets/acme/Foo\\_Set.')).toContain('dataset/evaluates_on: FooSet');
    const ling = extractPaper({ key: 'p', title: 'A study', abstract: 'This paper introduces yet another attempt in this area, namely Ling-Coder-Lite. We release it at https://huggingface.co/inclusionAI/Ling-Coder-lite.' }).find((m) => m.kind === 'model');
    expect(ling?.model?.family).toBe('Ling-Coder-Lite');
  });

  it('leaves a name published both as a model and as data, and an owner-only address', () => {
    // invented
    expect(read('Models and data are released at https://huggingface.co/acme/FooCoder and https://huggingface.co/datasets/acme/FooCoder. We introduce FooCoder, a family of code models.')).toContain('model/proposes: FooCoder');
    expect(read('We release all our datasets at https://huggingface.co/datasets/ONERA. We propose ONERA, a method.')).toContain('method/proposes: ONERA');
  });

  it('leaves a data set in an owner\'s repository, a name on another hub path, and a name written only in the address', () => {
    // real: 2505.08273; invented: a documentation page
    expect(read('We openly release IrrMap, a large-scale dataset, through a data repository: https://huggingface.co/Nibir/IrrMap.')).toContain('dataset/proposes: IrrMap');
    expect(read('We propose FooNet, a novel method for pruning (docs: https://huggingface.co/docs/FooNet).')).toContain('method/proposes: FooNet');
    // a long form the address spells: the model trained with the technique is there (real: 2512.05105)
    expect(read('We propose Semantic Soft Bootstrapping (SSB), a self-distillation technique. The model is available at https://huggingface.co/purbeshmitra/semantic-soft-bootstrapping.')).toContain('method/proposes: SSB');
    // real: 2506.11684 (tune12)
    expect(read('Our data are available at https://huggingface.co/datasets/acme/MTabVQA-Eval.').join()).not.toContain('MTabVQA');
  });
});

describe('a name the abstract gives its code repository', () => {
  const read = (abstract: string) => extractPaper({ key: 'p', title: 'A study', abstract }).map((m) => `${m.kind}/${m.relation}: ${m.label}`);
  it('is the paper\'s own, whatever relation the other readings gave it', () => {
    // real: 2604.05383 (tune23), shortened
    expect(read('We further propose an effective retrieval method, called domain-invariant neurons-based retrieval (\\textbf{DIN-Retrieval}). Concisely, DIN-Retrieval first summarizes a hidden representation. Our implementation is available at https://github.com/Leon221220/DIN-Retrieval.')).toContain('method/proposes: DIN-Retrieval');
  });

  it('reads an address in parentheses after the name in a sentence about the code, one of its own, and one ending in .git', () => {
    const lead = 'We further propose an effective retrieval method, called domain-invariant neurons-based retrieval (\\textbf{DIN-Retrieval}). Concisely, DIN-Retrieval first summarizes a hidden representation.';
    // (a footnote's address is read in parentheses: "LAA-Net\\footnote{https://…}", real: 2604.04086)
    expect(read(`${lead} Code and weights for DIN-Retrieval (https://github.com/Leon221220/DIN-Retrieval) are public.`)).toContain('method/proposes: DIN-Retrieval');
    expect(read(`${lead} https://github.com/Leon221220/DIN-Retrieval`)).toContain('method/proposes: DIN-Retrieval');
    expect(read(`${lead} Code is available at https://github.com/Leon221220/DIN-Retrieval.git.`)).toContain('method/proposes: DIN-Retrieval');
  });

  it('is not a known name, nor a tool the paper builds on: a paper links their code too', () => {
    // invented
    expect(read('We fine-tune with LoRA, following https://github.com/microsoft/LoRA.')).toEqual(['method/uses: LoRA']);
    expect(read('We build on Mix-GRPO (https://github.com/Tencent-Hunyuan/MixGRPO). We propose FastFlow, a new sampler.')).toContain('method/uses: Mix-GRPO');
    expect(read('We implement our training pipeline on top of OpenRLHF (https://github.com/OpenRLHF/OpenRLHF) and train.').join()).not.toContain('proposes');
    expect(read('Methods such as FlexMatch and FooNet fail; see https://github.com/acme/FooNet for details.')).toContain('method/uses: FooNet');
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalModel, extractPaper } from '../../src/extract/index.ts';

const label = (n: string) => canonicalModel(n)?.label ?? null;
const models = (abstract: string, title = 'A study') =>
  extractPaper({ key: 'paper:x', title, abstract })
    .filter((m) => m.kind === 'model')
    .map((m) => m.label);

describe('canonicalModel', () => {
  it('reads the spellings of one model as one slug', () => {
    for (const n of ['llama-2-7b', 'LLaMA-2-7B', 'Llama 2 7B', 'Llama-2-7b-hf', 'Llama2-7B']) {
      expect(canonicalModel(n)).toEqual({ slug: 'llama-2-7b', label: 'Llama-2-7B', model: { family: 'Llama', version: '2', size: '7B' } });
    }
    expect(canonicalModel('LLaMA-3-8B')?.slug).toBe('llama-3-8b');
  });

  it('handles versions, sizes and variants in the orders seen in abstracts', () => {
    expect(canonicalModel('Llama-2-7b-chat-hf')).toEqual({ slug: 'llama-2-7b-chat', label: 'Llama-2-7B-Chat', model: { family: 'Llama', version: '2', size: '7B', variant: 'Chat' } });
    expect(label('Llama-3.1-8B-Instruct')).toBe('Llama-3.1-8B-Instruct');
    expect(label('Qwen2.5-7B-Instruct')).toBe('Qwen2.5-7B-Instruct');
    expect(canonicalModel('Qwen-2.5-7B')?.slug).toBe(canonicalModel('Qwen2.5-7B')?.slug);
    expect(label('Mixtral-8x7B')).toBe('Mixtral-8x7B');
    expect(label('GPT-4o')).toBe('GPT-4o');
    expect(label('GPT-4o-mini')).toBe('GPT-4o-mini');
    expect(label('Claude 3.5 Sonnet')).toBe('Claude-3.5-Sonnet');
    expect(label('Claude Sonnet 3.5')).toBe('Claude-3.5-Sonnet');
    expect(label('Claude Sonnet 4')).toBe('Claude-Sonnet-4');
    // Google writes every Gemini's version before its tier (real: 2508.15796 "Gemini Flash 2.5, Gemini Pro 2.5")
    expect(canonicalModel('Gemini Flash 2.5')?.slug).toBe(canonicalModel('Gemini 2.5 Flash')?.slug);
    expect(label('Gemini Pro 1.5')).toBe('Gemini-1.5-Pro');
    expect(label('Gemini Flash-Lite 2.0')).toBe('Gemini-2.0-Flash-Lite');
    expect(label('Gemini Embedding 2')).toBe('Gemini-Embedding-2'); // a product line's own version, not a tier
    expect(canonicalModel('DeepSeek-R1-Distill-Qwen-7B')?.model).toEqual({ family: 'DeepSeek', version: 'R1', size: '7B', variant: 'Distill-Qwen' });
    expect(label('Phi-3-mini')).toBe('Phi-3-mini');
    expect(label('Gemma-2-9B-it')).toBe('Gemma-2-9B-IT');
    expect(label('Mistral-7B-v0.1')).toBe('Mistral-7B-v0.1');
    expect(label('Qwen3:32B')).toBe('Qwen3-32B');
    expect(label('LLaMA')).toBe('Llama');
    expect(label('GPT-4')).toBe('GPT-4');
  });

  it('rejects things that are not model names', () => {
    expect(canonicalModel('phi')).toBeNull();
    expect(canonicalModel('Viterbi')).toBeNull();
    expect(canonicalModel('large language models')).toBeNull();
    expect(canonicalModel('LoRA')).toBeNull();
  });
});

describe('model mentions in text', () => {
  it('expands enumerations into one model each', () => {
    expect(models('We prune Llama2-7B/13B, Llama3-8B, and more.')).toEqual(['Llama-2-13B', 'Llama-2-7B', 'Llama-3-8B']);
    expect(models('We evaluate Qwen2.5 (1.5B/7B/72B) on reasoning.')).toEqual(['Qwen2.5-1.5B', 'Qwen2.5-72B', 'Qwen2.5-7B']);
    expect(models('seven models (Pythia-1.4B/7B/12B, GPT-J-6B, Dolly-7B/12B, Qwen-7B).')).toEqual([
      'Dolly-12B', 'Dolly-7B', 'GPT-J-6B', 'Pythia-1.4B', 'Pythia-12B', 'Pythia-7B', 'Qwen-7B',
    ]);
    expect(models('Qwen2.5 at 0.5B and 7B, Gemma-2 at 2B and 9B.')).toEqual(['Gemma-2-2B', 'Gemma-2-9B', 'Qwen2.5-0.5B', 'Qwen2.5-7B']);
    // tiers of one family (real: dev 2605.03195 "frontier models like Claude Sonnet / Opus / GPT-5.3-Codex")
    expect(models('Frontier models like Claude Sonnet / Opus / GPT-5.3-Codex; Gemini 2.5 Pro and Flash.')).toEqual([
      'Claude-Opus', 'Claude-Sonnet', 'Gemini-2.5-Flash', 'Gemini-2.5-Pro', 'GPT-5.3-Codex',
    ]);
  });

  it('reads the three-digit depth of a convolutional backbone, written glued, hyphenated or spaced', () => {
    // invented; real corpus spellings: "DenseNet121" (57 papers), "ResNet101" (26), "ResNet-152" (13)
    expect(models('Backbones: DenseNet121, ResNet-152, ResNet 101 and VGG-19.')).toEqual(['DenseNet-121', 'ResNet-101', 'ResNet-152', 'VGG-19']);
    // other families keep versions of one or two digits
    expect(models('We compare GPT-4 with Llama-405.')).toEqual(['GPT-4', 'Llama']);
  });

  it("reads a version after a dot for the families that write it so, in capitals only", () => {
    // real spellings (2025-26 corpus): "FLUX.1-dev" (40 papers), "FLUX.2", "TRELLIS.2"; "flux" and "trellis" are words
    expect(models('We build on FLUX.1-dev, FLUX.2 and TRELLIS.2.')).toEqual(['FLUX.1-Dev', 'FLUX.2', 'TRELLIS.2']);
    expect(models('We build on FLUX.')).toEqual(['FLUX']);
    expect(models('The heat flux through the trellis rises.')).toEqual([]);
  });

  it('knows the pretrained families accepted from the mined review queue, with their versions and sizes', () => {
    // invented sentences with names of lexicons/models.json's mined group
    expect(models('We fine-tune OpenVLA-7B and compare with V-JEPA 2 and UI-TARS-1.5.')).toEqual(['OpenVLA-7B', 'UI-TARS-1.5', 'V-JEPA-2']);
  });

  it('reads a model named as a likeness ("LLaMA-style", "CLIP-like"), without the size of what it qualifies', () => {
    // the annotators of tune5–7 list the model of every "X-style"/"X-like" they met (SAM-like, LLaMA-style, VGG-like)
    expect(models('We compare BERT-like encoders with CLIP-style models.')).toEqual(['BERT', 'CLIP']);
    expect(models('We extend DeepSeek-R1-Zero-style training to general reasoning.')).toEqual(['DeepSeek-R1-Zero']);
    // real: 2601.10410, "a 51.65M-parameter LLaMA-style Transformer" (the size is the Transformer's)
    expect(models('We pretrain a 51.65M-parameter LLaMA-style Transformer from scratch.')).toEqual(['Llama']);
  });

  it("reads Anthropic API ids' hyphenated minor versions and a hub id's tier before its size", () => {
    // real: 2604.07147 "claude-haiku-4-5", 2505.14918 "claude-3-5-haiku", 2605.25420 "claude-sonnet-4-5-20250929"
    expect(models('We use claude-haiku-4-5, claude-3-7-sonnet and claude-opus-4-7.')).toEqual(['Claude-3.7-Sonnet', 'Claude-Haiku-4.5', 'Claude-Opus-4.7']);
    expect(models('Claude 3-5 times faster than Claude 3 Opus.')).not.toContain('Claude-3.5');
    expect(models('A 4-bit claude-sonnet-4-50 run.')).toEqual(['Claude-Sonnet-4']);
    // real: 2507.00742 "mistral-small-24b-instruct", 2604.25456 "mistral-small-3.1"
    expect(models('We test mistral-small-24b-instruct, mistral-large-2 and mistral-small-3.1.')).toEqual(['Mistral-Large-2', 'Mistral-Small-24B-Instruct', 'Mistral-Small-3.1']);
    expect(models('A mistral-small-size model.')).toEqual([]);
  });

  it('does not read false friends as models', () => {
    expect(models('We report the phi coefficient of a Viterbi decoder.')).toEqual([]);
    // metrics named after a model: Fréchet Inception Distance, CLIP Score, Inception Score
    expect(models('We report Fréchet Inception Distance, CLIP Score and Inception Score.')).toEqual([]);
    expect(models('We fine-tune T\\"{u}lu 3.')).toEqual(['Tulu-3']);
  });

  it('tells Alpaca the dataset from Alpaca the model', () => {
    const ms = extractPaper({ key: 'paper:x', title: 'T', abstract: 'We fine-tune on Alpaca and compare against Alpaca-7B.' });
    expect(ms.filter((m) => m.slug.startsWith('alpaca')).map((m) => `${m.kind}:${m.label}`)).toEqual(['dataset:Alpaca', 'model:Alpaca-7B']);
  });

  it('keeps the surface form as an alias and the model reading', () => {
    const [m] = extractPaper({ key: 'paper:x', title: 'T', abstract: 'Results on LLaMA-3 8B-Instruct.' }).filter((x) => x.kind === 'model');
    expect(m).toMatchObject({ slug: 'llama-3-8b-instruct', label: 'Llama-3-8B-Instruct', relation: 'uses', aliases: ['LLaMA-3 8B-Instruct'], model: { family: 'Llama', version: '3', size: '8B', variant: 'Instruct' } });
  });

  it('reads dated snapshots after a version or variant', () => {
    expect(models('We query GPT-4-0613, gpt-4o-2024-08-06, claude-3-haiku-20240307 and Qwen3-4B-Instruct-2507.')).toEqual([
      'Claude-3-Haiku-20240307', 'GPT-4-0613', 'GPT-4o-2024-08-06', 'Qwen3-4B-Instruct-2507',
    ]);
    // an invented family member with a snapshot, and a number that is no date
    expect(models('Gemini-1.5-Pro-0514 is compared with Llama-2-7B on 1000 examples.')).toEqual(['Gemini-1.5-Pro-0514', 'Llama-2-7B']);
    // Google's numbered API snapshots (real: tune54 2505.15431 "outperforming leading models like Gemini-2.0-Flash-001
    // (1352)", read as Gemini-2.0-Flash before; corpus 2603.25176 "such as gemini-2.0-flash-lite-001")
    expect(models('It beats Gemini-2.0-Flash-001 (1352), and gemini-2.0-flash-lite-001 serves as a judge.')).toEqual(['Gemini-2.0-Flash-001', 'Gemini-2.0-Flash-Lite-001']);
  });

  it('writes the size before the tuning, in the creators\' order, whatever the text\'s', () => {
    // real: 2503.24376 (tune10) "Using Qwen2-VL-Instruct-7B as a base model"; 2511.10664 "Llama-2-Chat-13B"
    expect(models('Using Qwen2-VL-Instruct-7B and LLaMA-2-Chat-13B as base models.')).toEqual(['Llama-2-13B-Chat', 'Qwen2-VL-7B-Instruct']);
    expect(label('Gemma-2-IT-9B')).toBe('Gemma-2-9B-IT');
    expect(label('DeepSeek-Coder-Base-6.7B')).toBe('DeepSeek-Coder-6.7B-Base');
    expect(canonicalModel('Llama-3.1-Instruct-8B')?.slug).toBe(canonicalModel('Llama-3.1-8B-Instruct')?.slug);
    // a family whose creators write the tuning first, and a family no lexicon knows, keep the text's order
    expect(label('InternLM2-Chat-7B')).toBe('InternLM2-Chat-7B');
    expect(label('InternVL2-Chat-8B')).toBe('InternVL2-Chat-8B');
    // "Base" before a size in millions is an encoder's tier
    expect(models('We fine-tune BERT-Base-110M and Qwen3-Base-1.7B.')).toEqual(['BERT-Base-110M', 'Qwen3-1.7B-Base']);
    expect(models('We release Nile-Chat-4B.')).toEqual(['Nile-Chat-4B']);
  });

  it('reads a spaced release month after the tuning, and OpenAI completion releases', () => {
    // real: 2605.25020 (tune10) "The locally deployed SLM (Qwen3 4B Thinking 2507) was queried"
    expect(models('The locally deployed SLM (Qwen3 4B Thinking 2507) was queried.')).toEqual(['Qwen3-4B-Thinking-2507']);
    // a count after a tuning is no release, even shaped as one
    expect(models('We prompt Qwen3 Instruct 2304 examples and Llama 3 Chat 2312 prompts.')).toEqual(['Llama-3-Chat', 'Qwen3-Instruct']);
    expect(models('We compare text-davinci-003 with davinci-002.')).toEqual(['davinci-002', 'text-davinci-003']);
  });

  it('reads "nano" spaced as a tier of GPT only', () => {
    expect(models('We use GPT-5 nano and GPT-4.1 nano.')).toEqual(['GPT-4.1-nano', 'GPT-5-nano']);
    // real: 2512.22263 "outperformed the YOLOv5 nano (YOLOv5n) and YOLOv11 nano (YOLOv11n) baselines"
    expect(models('It outperformed the YOLOv5 nano (YOLOv5n) and YOLOv11 nano (YOLOv11n) baselines.')).toEqual(['YOLOv11', 'YOLOv11n', 'YOLOv5', 'YOLOv5n']);
    expect(models('We deploy Llama 3 nano devices.')).toEqual(['Llama-3']);
  });

  it('reads a release tier written in lower case after a spaced version, the common words after Gemini only', () => {
    // real: 2509.03162 (tune20) "Claude 3.5 sonnet and GPT-4o"; 2505.15062 (tune20) "GPT3.5 turbo"; 2605.30284 "Gemini 2.5 pro"
    expect(models('We compare with Claude 3.5 sonnet and GPT-4o.')).toEqual(['Claude-3.5-Sonnet', 'GPT-4o']);
    expect(models('Our 7B model matches GPT3.5 turbo while using fewer tokens.')).toEqual(['GPT-3.5-Turbo']);
    expect(models('We test Claude 3 opus, Claude 3 haiku, Gemini 1.5 pro and Gemini 2.5 flash.')).toEqual([
      'Claude-3-Haiku',
      'Claude-3-Opus',
      'Gemini-1.5-Pro',
      'Gemini-2.5-Flash',
    ]);
    // "pro" and "flash" are common words after any other family, and no tier without a version
    expect(models('GPT-4 pro and con arguments were collected; Claude sonnet poems too.')).toEqual(['Claude', 'GPT-4']);
    // nor joined to the word after it
    expect(models('Gemini 2.5 pro-level reasoning is rare.')).toEqual(['Gemini-2.5']);
  });

  it('reads "Ins" and "Inst" after a size as Instruct', () => {
    // real: 2505.21757 (tune21) "from 95.0% to 96.5% for Qwen2.5-7B-Ins"; 2606.05402 "Qwen2.5-32B-Inst"
    expect(models('Proactive task scores rise (e.g., from 95.0% to 96.5% for Qwen2.5-7B-Ins).')).toEqual(['Qwen2.5-7B-Instruct']);
    expect(models('We fine-tune Qwen2.5-32B-Inst and Llama-3.3-70B-Ins.')).toEqual(['Llama-3.3-70B-Instruct', 'Qwen2.5-32B-Instruct']);
    // not after a name no lexicon knows
    expect(models('UI-Ins and BLO-Inst are compared.')).toEqual([]);
  });

  it('leaves a known technique, metric or data set named after a family to its lexicon', () => {
    // real: 2507.22501 "Swin-UNet"; 2510.26339 "learned perceptual metrics (LIPIS, MANIQA, CLIP-IQA, MUSIQ)"; 2503.23447 "VGG-Sound"
    const all = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.label}`).sort();
    // (whole, as their lexicon entries name them: pretrained segmentation networks, not the Swin family)
    expect(all('We compare Swin-UNet with Swin UNETR on CT scans.')).toEqual(['model:Swin UNETR', 'model:Swin-UNet']);
    expect(models('Learned perceptual metrics (LIPIS, MANIQA, CLIP-IQA, MUSIQ) disagree; we pretrain on VGG-Sound.')).toEqual([]);
    // a family named with a lower-case class word is still the model
    expect(models('We search a space built on the ResNet architecture.')).toEqual(['ResNet']);
    // and a spaced capitalised word no lexicon knows is not one: "a BERT QA model" is BERT
    expect(models('We fine-tune a BERT QA model on SQuAD and a RoBERTa QA reader.')).toEqual(['BERT', 'RoBERTa']);
  });

  it('reads a dimension before a convolutional family as part of the name, linking later bare mentions to it', () => {
    // real: 2605.07749 (tune21) "a 3D ResNet-50 trained from scratch … the from-scratch ResNet (AUC 0.72)"
    expect(models('We compared FM embeddings against a 3D ResNet-50 trained from scratch. FMs matched the from-scratch ResNet (AUC 0.72).')).toEqual([
      '3D-ResNet-50',
    ]);
    // real shapes: "3D-DenseNet" (2503.23472), "3D-ResNet18", "2D ResNet-18" (2512.24294); not inside a word, nor
    // before another family ("3D-LLaVA" is a name of its own)
    expect(models('We train 3D-DenseNet, 3D-ResNet18 and 2D ResNet-18 models, and a U3D ResNet-34.')).toEqual(['2D-ResNet-18', '3D-DenseNet', '3D-ResNet-18', 'ResNet-34']);
    // a version glued to the family ("MobileNetV2"), hyphenated after the dimension
    expect(models('We compare a 3D-MobileNetV2 and a 3D-ShuffleNetV2 network.')).toEqual(['3D-MobileNetV2', '3D-ShuffleNet-v2']);
  });

  it('reads Google\'s "Deep Think" mode after a Gemini tier, as one model', () => {
    // real: 2602.21201 (tune12) "a mathematics research agent powered by Gemini 3 Deep Think"; 2603.22179
    expect(models('Aletheia is an agent powered by Gemini 3 Deep Think and Gemini 2.5 Pro Deep Think.')).toEqual(['Gemini-2.5-Pro-Deep-Think', 'Gemini-3-Deep-Think']);
  });

  it('reads Stable Diffusion\'s releases with or without a "v" or ".0" as one node, and Depth Anything\'s capital V', () => {
    // real shapes: "Stable Diffusion v1.5" (2504.10329) and "Stable Diffusion 1.5" were two nodes, "Stable Diffusion 3.0" (2506.08796)
    expect(canonicalModel('Stable Diffusion v1.5')?.slug).toBe(canonicalModel('Stable Diffusion 1.5')?.slug);
    expect(canonicalModel('Stable Diffusion 3.0')?.slug).toBe(canonicalModel('Stable Diffusion 3')?.slug);
    // the same for LLaVA's and SigLIP's 'v', and the '.0' of Llama 3, Gemini 3 and GPT-4 (real shapes: "LLaVA-v1.5-7B",
    // "Gemini 3.0 Pro" in 16 corpus papers, "GPT-4.0" in 3; Google's own "Gemini 2.0 Flash" keeps its ".0")
    expect(models('We use LLaVA-v1.5-7B, Llama 3.0, Gemini 3.0 Pro, Gemini 2.0 Flash and GPT-4.0.')).toEqual([
      'Gemini-2.0-Flash', 'Gemini-3-Pro', 'GPT-4', 'Llama-3', 'LLaVA-1.5-7B',
    ]);
    // (real: "Depth Anything V2" in 19 corpus papers, "v2" in 2; the label writes the creators' capital)
    expect(models('We compare Depth Anything V2 and Depth Anything 3.')).toEqual(['Depth Anything-3', 'Depth Anything-V2']);
  });

  it('reads MiniCPM-V and MiniCPM-o releases', () => {
    expect(models('We compare with MiniCPM-V 2.6, MiniCPM-o 4.5 and MiniCPM 4.')).toEqual(['MiniCPM-4', 'MiniCPM-o-4.5', 'MiniCPM-V-2.6']);
  });

  it('lists more versions of one family', () => {
    expect(models('We compare Gemini 1.5 and 2, Llama 2 and 3 models, and Claude 3/3.5.')).toEqual([
      'Claude-3', 'Claude-3.5', 'Gemini-1.5', 'Gemini-2', 'Llama-2', 'Llama-3',
    ]);
    // a count after a version is no version
    expect(models('GPT-4 and 5 other models; GPT-4 and 12 baselines; Llama 3 and 0-shot prompts.')).toEqual(['GPT-4', 'Llama-3']);
  });

  it("lists a depth family's depths after slashes, each deeper than the one before", () => {
    // real: tune36 2505.12772 "embedding PST into ResNet-18/50/101 as backbones", corpus 2509.11916 "ResNet18/50"
    expect(models('Embedding PST into ResNet-18/50/101 as backbones boosts top-1 accuracy.')).toEqual(['ResNet-101', 'ResNet-18', 'ResNet-50']);
    expect(models('We compare ResNet18/50 with VGG-16/19 and DenseNet-121/169/201.')).toEqual([
      'DenseNet-121', 'DenseNet-169', 'DenseNet-201', 'ResNet-18', 'ResNet-50', 'VGG-16', 'VGG-19',
    ]);
    // invented: a shallower number after the slash, or a word glued on after the list, names no other depth
    expect(models('We compare ResNet-50/18 blocks.')).toEqual(['ResNet-50']);
    expect(models('We compare ResNet-18/34-style blocks.')).toEqual(['ResNet-18']);
    // (a review's: only published depths, not a share or a count after the list; "-based" after it keeps the list)
    expect(models('ResNet-18/50% accuracy is reached.')).toEqual(['ResNet-18']);
    expect(models('The ResNet-50/200 epoch schedule; ResNet-50/100.')).toEqual(['ResNet-50']);
    expect(models('We use ResNet-50/101-based backbones.')).toEqual(['ResNet-101', 'ResNet-50']);
  });

  it('reads sizes listed after a family, before it and glued to it', () => {
    expect(models('We train OPT models (125M, 350M) and compare BGE-M3 (567M).')).toEqual(['BGE-M3', 'OPT-125M', 'OPT-350M']);
    // and after the scales the noun names (real: 2510.09062 (tune33), 2508.08283, 2509.13332); not a phrase that says
    // no scale ("in three sizes (the largest being 70B)" names no size)
    expect(models('We apply ReFIne to the Qwen3 models at multiple scales (1.7B/4B/8B) and evaluate.')).toEqual(['Qwen3-1.7B', 'Qwen3-4B', 'Qwen3-8B']);
    expect(models("using Google's Gemma 3 model family at three parameter scales (1B, 4B, and 12B)")).toEqual(['Gemma-3-12B', 'Gemma-3-1B', 'Gemma-3-4B']);
    expect(models('open-source Qwen 3 models of relatively small sizes (0.6B, 1.7B, and 4B parameters)')).toEqual(['Qwen3-0.6B', 'Qwen3-1.7B', 'Qwen3-4B']);
    expect(models('We evaluate Llama models in three sizes (the largest being 70B) and Qwen3 models at two scales (see below).')).toEqual(['Llama', 'Qwen3']);
    // (a review's: scales said of a list of families are the list's)
    expect(models('We evaluate Gemma 3, Qwen 2.5, and Llama 3.1 models at three scales (1B, 4B, 8B).')).toEqual(['Gemma-3', 'Llama-3.1', 'Qwen2.5']);
    // a mixture of experts' total and active sizes (real: 2603.13173 (tune13) "Qwen3 (30B-A3B, 235B-A22B)")
    expect(models('Four families: Qwen3 (30B-A3B, 235B-A22B) and gpt-oss (20B, 120B).')).toEqual(['gpt-oss-120B', 'gpt-oss-20B', 'Qwen3-235B-A22B', 'Qwen3-30B-A3B']);
    // and its count of experts after the size (real: 2605.15467 (tune24) "Llama-4-Scout-17B-16E-Instruct"; the
    // second invented): one checkpoint, read whole; spaced, the count is not read
    expect(models('Two LLM backbones: Llama-4-Scout-17B-16E-Instruct and GPT-5.2.')).toEqual(['GPT-5.2', 'Llama-4-Scout-17B-16E-Instruct']);
    expect(models('We use Llama-4-Maverick-17B-128E and Llama 4 Scout 17B 16E.')).toEqual(['Llama-4-Maverick-17B-128E', 'Llama-4-Scout-17B']);
    // a spaced active size right after the total (real: tune36 2606.29130 "a Gemma 4 26B A4B teacher model", corpus
    // 2507.11981 "Qwen3-30B A3B", 2604.02371 "Qwen3-VL 235B A22B"); without a total before it, no active size
    expect(models('We apply SFT to a Gemma 4 26B A4B teacher model, Qwen3-30B A3B and Qwen3-VL 235B A22B.')).toEqual([
      'Gemma-4-26B-A4B', 'Qwen3-30B-A3B', 'Qwen3-VL-235B-A22B',
    ]);
    expect(models('We use Gemma 4 A4B here.')).toEqual(['Gemma-4']);
    // NVIDIA's Audio Flamingo is a family of its own, not Flamingo (real: tune36 2605.25179 "a cross-backbone validation
    // on Audio Flamingo 3", corpus 2510.19055 "Audio-Flamingo 3")
    expect(models('A validation on Audio Flamingo 3 and Audio-Flamingo 2 beside Flamingo.')).toEqual(['Audio Flamingo-2', 'Audio Flamingo-3', 'Flamingo']);
    expect(models('We fine-tune the 1.3B OPT and a 7B Llama-2 model against 775M Pythia.')).toEqual(['Llama-2-7B', 'OPT-1.3B', 'Pythia-775M']);
    expect(models('The corpus has 2B Llama-generated tokens and 30M GPT-4 responses.')).toEqual(['GPT-4', 'Llama']);
    expect(models('Falcon40B and OPT350M are baselines.')).toEqual(['Falcon-40B', 'OPT-350M']);
    // a version and a variant glued on: real 2601.16471 (tune32) "performance of Qwen2.5VL by 2.5%", corpus 2503.20309
    // "Qwen2VL-7B", 2601.02830 "Gemini2.5Pro"; not a product line named glued ("Qwen3Guard")
    expect(models('We improve Qwen2.5VL by 2.5%, beating Qwen2VL-7B and Gemini2.5Pro.')).toEqual(['Gemini-2.5-Pro', 'Qwen2-VL-7B', 'Qwen2.5-VL']);
    expect(models('We compare with Qwen3Guard-8B.')).toEqual(['Qwen3Guard-8B']);
    // (not a word read only after a hyphen, nor one dropped from names: "Qwen2Image" and "Qwen2GGUF" are no releases)
    expect(models('We compare Qwen2Image and Qwen2GGUF.')).toEqual(['Qwen']);
  });

  it("reads Physical Intelligence's π0 and π0.5 in a robotics paper, and not the symbol elsewhere", () => {
    // real: 2603.11106 (tune17; both annotators list pi0) "operates as a plug-and-play module for VLA models (e.g., pi0)";
    // corpus: 2606.14153 "two backbones (SmolVLA-450M and π0.5-3.3B)" (after LaTeX), 2606.08653 "(pi_0.5 and OpenVLA-OFT)"
    expect(models('RC-NF operates as a plug-and-play module for VLA models (e.g., pi0), providing a real-time OOD signal.')).toEqual(['π0']);
    expect(models('Across two LIBERO suites and two backbones (SmolVLA-450M and π0.5-3.3B), robot success rises.')).toContain('π0.5-3.3B');
    expect(models('Two robot architectures (pi_0.5 and OpenVLA-OFT) are compared.')).toEqual(['OpenVLA-OFT', 'π0.5']);
    // the symbol of a prior or an initial distribution
    expect(models('We set pi0 = 0.3 as the prior; the initial distribution π_0 is uniform.')).toEqual([]);
    // nor, in a robotics paper, the symbol of a policy or a prior (a reviewer's sentences)
    expect(models('In robot manipulation we refine a base policy π0 trained by behavior cloning; the prior pi0 = 0.3.')).toEqual([]);
  });

  it('reads one size in parentheses called parameters as a count, not a name', () => {
    // real: 2510.27684 (tune17; both annotators write Qwen-Image and Wan2.2), 2508.06471 (corpus: GLM-4.5's report)
    expect(models('distilling models including Qwen-Image (20B parameters) and Wan2.2 (28B parameters).')).toEqual(['Qwen-Image', 'Wan2.2']);
    expect(models('We release both GLM-4.5 (355B parameters) and a compact version, GLM-4.5-Air (106B parameters).')).toEqual(['GLM-4.5', 'GLM-4.5-Air']);
    // a size alone, or a list of sizes, still names the models
    expect(models('We use Qwen2.5 (7B) and Llama-2 (7B and 13B parameters).')).toEqual(['Llama-2-13B', 'Llama-2-7B', 'Qwen2.5-7B']);
  });

  it('reads sizes listed after a family and its plural noun, in millions only as parameters or sizes', () => {
    // real: 2511.20849 (tune17) "Training GPT-2 models at 124M, 355M, and 1.3B parameters from scratch"
    expect(models('Training GPT-2 models at 124M, 355M, and 1.3B parameters from scratch with five runs each.')).toEqual(['GPT-2-1.3B', 'GPT-2-124M', 'GPT-2-355M']);
    // invented, in the corpus's shapes ("Qwen2.5 models with 1.5B, 3B, and 7B", "Llama-2 models of sizes 7B, 13B and 70B")
    expect(models('We study Qwen2.5 models with 1.5B, 3B, and 7B parameters.')).toEqual(['Qwen2.5-1.5B', 'Qwen2.5-3B', 'Qwen2.5-7B']);
    expect(models('We use Llama-2 models of sizes 7B, 13B and 70B.')).toEqual(['Llama-2-13B', 'Llama-2-70B', 'Llama-2-7B']);
    // not a count of data, nor one size after "of" or after the plural noun alone
    expect(models('We train GPT-2 models with 100M tokens and Llama-2 with 200M tokens.')).toEqual(['GPT-2', 'Llama-2']);
    expect(models('Pythia models at 160M and 410M tokens; a Llama-2 of 7B; Qwen2.5 models with 7B.')).toEqual(['Llama-2', 'Pythia', 'Qwen2.5']);
    // (a reviewer's: tokens, active parameters, and two families' sizes)
    expect(models('We probe Pythia checkpoints at 1B and 10B tokens, and OLMo checkpoints at 100B, 500B and 1T tokens.')).toEqual(['OLMo', 'Pythia']);
    expect(models('Qwen3 models with 30B and 3B activated parameters.')).toEqual(['Qwen3']);
    expect(models('It generalizes across Qwen and Llama models at 4B, 8B, and 30B scale.')).toEqual(['Llama', 'Qwen']);
  });

  it("gives a tuning tail after a list of sizes to every size", () => {
    // real: 2505.12781 (tune17) "open-source teachers (e.g., Llama-3.2-3B-Instruct, Qwen2.5-3B/7B-Instruct)"
    expect(models('Experiments with open-source teachers (e.g., Llama-3.2-3B-Instruct, Qwen2.5-3B/7B-Instruct) show gains.')).toEqual([
      'Llama-3.2-3B-Instruct', 'Qwen2.5-3B-Instruct', 'Qwen2.5-7B-Instruct',
    ]);
    // a tail that is no tuning word is left alone
    expect(models('We use Qwen2.5-3B/7B and Llama-3.1-8B/70B-Chat.')).toEqual(['Llama-3.1-70B-Chat', 'Llama-3.1-8B-Chat', 'Qwen2.5-3B', 'Qwen2.5-7B']);
    expect(models('We use Qwen2.5-3B/7B-based students.')).toEqual(['Qwen2.5-3B', 'Qwen2.5-7B']);
    // a slash list only ("Qwen2.5-7B or 14B-Instruct" may name the base 7B), each named by the list as written
    expect(models('We use Qwen2.5-7B or 14B-Instruct.')).toEqual(['Qwen2.5-14B', 'Qwen2.5-7B']);
  });

  it('reads no model in a tool or method named after one', () => {
    // real: 2505.22296 (tune17) "Adding sequence parallelism into LLaMA-Factory, we open-sourced 360-LLaMA-Factory";
    // corpus: "CLIP-Adapter", "ViT-Adapter", "LLaMA-Adapter"
    expect(models('Adding sequence parallelism into LLaMA-Factory, we open-sourced 360-LLaMA-Factory.')).toEqual([]);
    expect(models('We compare with CLIP-Adapter and ViT-Adapter, both built on CLIP.')).toEqual(['CLIP']);
    expect(models('We fine-tune LLaMA-7B with LLaMA-Adapter.')).toEqual(['Llama-7B']);
  });

  it('reads a range of sizes after a family as its two ends, unless the range spans a list of families', () => {
    // real: 2505.11026 (tune9) "Fine-tuning Qwen2.5-Coder models (0.5B-7B) on StRuCom", 2605.03354 (tune9) "across the
    // Qwen-3 family (0.6B--14B)"; corpus: 2605.07990 "across Gemma 3, Qwen 3, Qwen 2.5, and Llama 3.1 (270M to 27B)"
    expect(models('Fine-tuning Qwen2.5-Coder models (0.5B-7B) on StRuCom shows gains.')).toEqual(['Qwen2.5-Coder-0.5B', 'Qwen2.5-Coder-7B']);
    expect(models('Tracing circuits across the Qwen-3 family (0.6B--14B) we find …')).toEqual(['Qwen3-0.6B', 'Qwen3-14B']);
    // real: tune49 2606.05859 "Extensive experiments across Qwen2.5 (from 1.5B to 7B) and Llama-3.1-8B backbones",
    // corpus 2503.18050 "Qwen2.5 models (ranging from 1.5B to 14B)"
    expect(models('Experiments across Qwen2.5 (from 1.5B to 7B) and Llama-3.1-8B backbones show gains.').sort()).toEqual(['Llama-3.1-8B', 'Qwen2.5-1.5B', 'Qwen2.5-7B']);
    expect(models('Results on Qwen2.5 models (ranging from 1.5B to 14B) hold.')).toEqual(['Qwen2.5-1.5B', 'Qwen2.5-14B']);
    expect(models('We train Pythia (70M–1.4B) on code; OLMo-2 models (1B to 13B parameters) follow.')).toEqual(['OLMo-2-13B', 'OLMo-2-1B', 'Pythia-1.4B', 'Pythia-70M']);
    expect(models('Probing models across Gemma 3, Qwen 2.5, and Llama 3.1 (270M to 27B), we find …')).toEqual(['Gemma-3', 'Llama-3.1', 'Qwen2.5']);
    // a range of something else is no size list
    expect(models('We use Llama-2 (2023-2024) and OPT (1-2 GPUs).')).toEqual(['Llama-2', 'OPT']);
  });

  it('reads hub-style lower-case spellings of case-sensitive families and OpenAI O-series in capitals', () => {
    expect(models('We use gpt-4o-mini, gemini-2.5-pro, phi-3 and mistral-7b.')).toEqual(['Gemini-2.5-Pro', 'GPT-4o-mini', 'Mistral-7B', 'Phi-3']);
    expect(models('OpenAI O3 and O1-mini reason well.')).toEqual(['o1-mini', 'o3']);
    // real: 2605.04208 (tune31) "kimi-k2-instruct-0905", 2505.05017 "dolly-v2-3b": a version letter and its digit after
    // the hyphen
    expect(models('Among open-weight models, kimi-k2-instruct-0905 leads; a real-world LLM, dolly-v2-3b, too.')).toEqual(['Dolly-v2-3B', 'Kimi-K2-Instruct-0905']);
    // English words stay words; ozone and compiler flags are no models
    expect(models('The gemini constellation, a mistral wind and phi values. O3 levels rose; compile with gcc -O3.')).toEqual([]);
    // in a paper on language models a bare capital O is OpenAI's (real: 2508.05468 "including O3, Claude 4, Gemini 2.5
    // Pro", 2508.08833 (tune40) "OpenAI's flagship reasoning model, O3, scores …"); not inside a hyphenated name there
    // either (real: 2505.16582 "O$^2$-QA", 2505.11480 "gcc -O3")
    expect(models('We test 30 LLMs, including O3, Claude 4 and Gemini 2.5 Pro.')).toEqual(['Claude-4', 'Gemini-2.5-Pro', 'o3']);
    expect(models("OpenAI's flagship reasoning model, O3, scores 49% on the originals.")).toEqual(['o3']);
    expect(models('LLM agents on O2-QA write code that beats gcc -O3 and ACTIVE-O3.')).toEqual([]);
    // and only listed with a model near it, a release OpenAI made (a review's: ozone, compiler levels, labels and
    // sensor channels in papers on language models)
    expect(models('We use LLMs to forecast PM2.5, NO2 and O3 concentrations; LLM-guided tuning beats LLVM\'s O3 pipeline.')).toEqual([]);
    expect(models('An LLM agent must move objects O1 and O3. Using GPT-4o, we sort stones into classes O1 to O3.')).toEqual(['GPT-4o']);
    expect(models('A GPT-based assistant reads the O2 and O3 sensor channels, and LLMs among the O1, O2 and O3 levels.')).toEqual([]);
    // (OpenAI made no o2: "O2" listed among models is something else)
    expect(models('We compare GPT-4o, O2, and Claude 3 models.')).toEqual(['Claude-3', 'GPT-4o']);
    // and written in capitals with a release (real: 2508.03442 (tune35) "video (WAN2.1) models", 2511.20186 (tune37) "such
    // as WAN 2.2", 2604.10383 "VEO 3.1", 2605.07646 "GEMINI-3.1-Pro"); not a spaced whole number, nor three capitals
    // before anything but a dotted release (real: 2505.19714 "the MIT-10M benchmark", 2507.08047 "SIT2-FELM")
    expect(models('Video (WAN2.1) models; such as WAN 2.2, VEO 3.1 and GEMINI-3.1-Pro.')).toEqual(['Gemini-3.1-Pro', 'Veo-3.1', 'Wan2.1', 'Wan2.2']);
    expect(models('With SEED 42 on the MIT-10M benchmark, a SIT2-FELM classifier and a GEMINI mission.')).toEqual([]);
    // (a review's: a program's three-part version, "ORCA 5.0.3", is no release of a model)
    expect(models('Geometries were optimised with ORCA 5.0.3 and WAN 2.1.4 firmware.')).toEqual([]);
    // real: 2604.12034 (tune31) "They sit alongside production memory systems", 2505.03729 "sit on chairs": SiT is
    // written with its capitals (32 corpus papers read the verb as the model)
    expect(models('They sit alongside production memory systems; humanoids sit on chairs. We train DiT and SiT backbones.')).toEqual(['SiT']);
    // real: 2606.11106 "using llama.cpp with GGUF quantization", 2504.07104 "in llama-index": software, not the model
    expect(models('We deploy it using llama.cpp with GGUF quantization; code in llama-index; we compare with Llama-3-8B.')).toEqual(['Llama-3-8B']);
  });

  it('reads a name built on a known family whole where the text uses it as a model', () => {
    // real: 2603.15003 (tune1), 2602.22462, 2603.22911
    expect(models('We show that a large image editing model (Qwen-Image-Edit), originally designed for static edits, can interpolate. Qwen-Image-Edit is fast.')).toEqual([
      'Qwen-Image-Edit',
    ]);
    expect(models('We evaluate MedGemma, LLaVA-Med, and Qwen2.5-VL on VinDr-Mammo.')).toEqual(['LLaVA-Med', 'MedGemma', 'Qwen2.5-VL']);
    expect(models('we apply it to two representative video MLLMs, namely LLaVA-Video and LLaVA-OneVision.')).toEqual(['LLaVA-OneVision', 'LLaVA-Video']);
    // invented: a word before the family, and a list of such names anchored by one model noun
    expect(models('Baselines include Video-LLaVA and Qwen2-VL.')).toEqual(['Qwen2-VL', 'Video-LLaVA']);
    expect(models('We compare the models Orca-Med, Aero-LLaVA and Chinese-BERT-large.')).toEqual(['Aero-LLaVA', 'Chinese-BERT-Large', 'Orca-Med']);
    // real: 2510.08191, 2603.09215: past a version or variant, the name is a model of its own without further context
    expect(models('Training-Free GRPO, when applied to DeepSeek-V3.1-Terminus, improves; we use GLM-4-Voice.')).toEqual([
      'DeepSeek-V3.1-Terminus', 'GLM-4-Voice',
    ]);
    // a variant word or a release version goes on such a name (2503.20201 "GPT-4o-Search-Preview", 2603.19254
    // "Doubao-Seed-1.8"); a variant word alone after the family is its variant, not a compound
    expect(models('We evaluate GPT-4o-Search-Preview, Doubao-Seed-1.8 and GPT-4o-Mini.')).toEqual(['Doubao-Seed-1.8', 'GPT-4o-mini', 'GPT-4o-Search-Preview']);
    // a word before a family that is itself a family makes a hybrid, not a name
    expect(models('A Hybrid ConvNeXt-EfficientNet model and the Video-LLaVA model.')).toEqual(['ConvNeXt', 'Video-LLaVA']);
  });

  it('keeps the family reading of a name built on it that is a method, a score or a description', () => {
    expect(models('Our CLIP-DCA method uses SAM-Based masks; we tune Qwen-QLoRA; Semi-ViT helps; CLIP-Guided editing.')).toEqual(['CLIP', 'Qwen']);
    expect(models('It trades off DINO, CLIP-I, and CLIP-T scores against Stable Diffusion.')).toEqual(['CLIP', 'DINO', 'Stable Diffusion']);
  });

  it('reads vision backbones and segmenters by their usual spellings', () => {
    expect(models('We compare DeepLabv3+, DeepLabV3, SAM 2, SAM2.1, SAM3 and a Swin Transformer.')).toEqual([
      'DeepLab-v3', 'DeepLab-v3+', 'SAM-2', 'SAM-2.1', 'SAM-3', 'Swin',
    ]);
    expect(models('Backbones: DINOv2 ViT-L/14 and EfficientNetV2-S.')).toEqual(['DINOv2-ViT-L/14', 'EfficientNetV2-S']);
    // and DINOv3's (real: 2511.16991 (tune12) "DINOv3 ViT-S/16", 2602.13930 (tune13) "frozen self-supervised DINOv3 ViT-S features")
    expect(models('It fuses frozen DINOv3 ViT-S features with ResNet-50 and DINOv3 ViT-L/16.')).toEqual(['DINOv3-ViT-L/16', 'DINOv3-ViT-S', 'ResNet-50']);
    // and CLIP's, as OpenAI and LAION name the checkpoints (real: 2606.01207 (tune24) "(ResNet18 and CLIP ViT-B/32)",
    // 2603.28568 "OpenAI CLIP ViT-L/14 and … OpenCLIP ViT-B/16", 2509.00749 (tune18) "CLIP-ViT"); CLIP alone stays CLIP
    expect(models('Two backbones (ResNet18 and CLIP ViT-B/32).')).toEqual(['CLIP-ViT-B/32', 'ResNet-18']);
    expect(models('Accuracy drops on OpenAI CLIP ViT-L/14 and on OpenCLIP ViT-B/16.')).toEqual(['CLIP-ViT-L/14', 'OpenCLIP-ViT-B/16']);
    expect(models('A frozen CLIP-ViT encoder and CLIP with a ViT-B/32 backbone.')).toEqual(['CLIP', 'CLIP-ViT', 'ViT-B/32']);
    // a release of Segment Anything is named by the short name (real: 2504.00375, 2505.21795)
    expect(models('The Segment Anything Model 2 (SAM2), a prompt-guided video foundation model, and SAM 3.')).toEqual(['SAM-2', 'SAM-3']);
    expect(models('We note that Segment Anything 2 (SAM2) offers strong segmentation.')).toEqual(['SAM-2']);
    // SAM alone is the optimiser as often as the segmenter
    expect(models('SAM improves generalisation.')).toEqual([]);
  });

  it('reads a capital V or a dotted version after a space, and the vision and image families of 2025-26 abstracts', () => {
    // real: 2506.01089, 2602.06503, 2604.12481
    expect(models('We evaluate pioneering LLMs, including GPT-4o and DeepSeek V3.')).toEqual(['DeepSeek-V3', 'GPT-4o']);
    expect(models('A monocular depth estimation model, Depth Anything V2, was trained.')).toEqual(['Depth Anything-V2']);
    expect(models('We evaluate Stable Diffusion v1.5.')).toEqual(['Stable Diffusion-1.5']);
    // and a lower-case "v" with its number right after the family (real: 2603.26638 (tune13) "the RoMa v2 learned
    // matcher", 2508.18528 "Inception v3", 2602.15675 "XTTS v2")
    expect(models('We extract correspondences using the RoMa v2 learned matcher and Inception v3 features.')).toEqual(['Inception-v3', 'RoMa-v2']);
    // (families whose creators write no "v" keep one node: "Sora v2 Pro" is Sora-2-Pro, "CoTracker v3" CoTracker3)
    expect(models('We compare Sora 2, Sora v2 Pro, CoTracker3 and CoTracker v3.')).toEqual(['CoTracker3', 'Sora-2', 'Sora-2-Pro']);
    // a spaced "v" release after a tier word is the tier's release (real: 2505.24016 "Whisper Large V2", 2511.16664
    // (tune40) "the Nemotron Nano V2 12B model", 2505.09252 "Claude 3.5 Sonnet V2"); a spaced one after a number stays out
    expect(models('We transcribe with Whisper Large V3, as with Whisper large-v3.')).toEqual(['Whisper-Large-v3']);
    expect(models('We apply it to the Nemotron Nano V2 12B model.')).toEqual(['Nemotron-nano-v2-12B']);
    expect(models('We test Claude 3.5 Sonnet v2 and GPT-4o.')).toEqual(['Claude-3.5-Sonnet-v2', 'GPT-4o']);
    expect(models('We test Llama 3 v2 prompts.')).toEqual(['Llama-3']);
    // a tier in square brackets, as FLUX's model cards write it (real: 2506.08071 "FLUX.1 [dev]", 2509.01624 (tune40)
    // "FLUX.1[schnell]", 2503.16322 "FLUX1.1 [Pro] Ultra"); a bracketed citation is none
    expect(models('We fine-tune FLUX.1 [dev], FLUX.1[schnell] and FLUX.1-dev; GPT-4 [12] is cited.')).toEqual(['FLUX.1-Dev', 'FLUX.1-Schnell', 'GPT-4']);
    // (a review's: a modality word in brackets marks a token, "the LLaVA [Image] token and the Qwen2-VL [Vision] tokens")
    expect(models('The LLaVA [Image] token and the Qwen2-VL [Vision] tokens are pruned.')).toEqual(['LLaVA', 'Qwen2-VL']);
    // an abbreviation's release written with its "v" is no statistic, inside a parenthesis too (real: 2605.18719
    // (tune14) "(vs. 48.9% for SD v1.4)"); "(SD 1.5)" stays a standard deviation
    expect(models('It reduces content to 18% (vs. 48.9% for SD v1.4); the mean was 4.2 (SD 1.5).')).toEqual(['Stable Diffusion-1.4']);
    // the "v" glued on with a dotted release, after an opening parenthesis too (real: 2504.20111 (tune30) "across two
    // diffusion models (SDv1.4 and SDv2.0)")
    expect(models('Results hold across two diffusion models (SDv1.4 and SDv2.0).')).toEqual(['Stable Diffusion-1.4', 'Stable Diffusion-2']);
    // a release glued on without a "v" is the model in parentheses too: a statistic is spaced (real: 2506.00874
    // (tune24) "advanced generators (Flux.1, SD3)", 2503.21069 "UNet (SD1.5) and DiT (SD3) backbones")
    expect(models('A benchmark of outputs from advanced generators (Flux.1, SD3) with extended prompts.')).toEqual(['FLUX.1', 'Stable Diffusion-3']);
    expect(models('We integrate LoRA into UNet (SD1.5) and DiT (SD3) backbones; the mean was 4.2 (SD 1.5).')).toEqual(['Stable Diffusion-1.5', 'Stable Diffusion-3']);
    expect(models('Both backbones (SD-2.1) are frozen.')).toEqual(['Stable Diffusion-2.1']);
    // (not after "=": a statistic; and a dotted release glued after a "v" only on an abbreviation, "DINOv2.0" is no
    // DINO release)
    expect(models('The mean = SD v1.4 across runs, SD=3 in the other.')).toEqual([]);
    // multilingual E5 is a family of its own (real: 2506.06339 "Multilingual-E5-large", 2606.07523 (tune14))
    expect(models('Retrieval uses Multilingual-E5-large and E5-large.')).toEqual(['E5-Large', 'multilingual-E5-Large']);
    // a whole revision after a size is the sized model's ("Mistral 7B v0.1"); Llama's "v2" is its plain release
    expect(models('We use Mistral 7B v0.1 and Llama v2 data.')).toEqual(['Llama-2', 'Mistral-7B-v0.1']);
    expect(models('Compared with StyleGAN2, VideoLLaMA2, LayoutLMv3, ShuffleNetV2, Seedream 4.0 and Ideogram 2.0.')).toEqual([
      'Ideogram-2.0', 'LayoutLM-v3', 'Seedream-4.0', 'ShuffleNet-v2', 'StyleGAN2', 'VideoLLaMA2',
    ]);
  });

  it('reads a language before a family as a checkpoint of its own, and Multilingual BERT as mBERT', () => {
    // real: dev 2509.00731, 2506.02005
    expect(models('a systematic comparison of encoder-based Transformers (Chinese BERT-large and RoBERTa-wwm-ext-large)')).toEqual([
      'Chinese-BERT-Large', 'RoBERTa-wwm-ext-Large',
    ]);
    expect(models('a pre-trained Multilingual BERT (mBERT) with a bidirectional LSTM')).toEqual(['mBERT']);
    // invented; a language that is not before the family, or an adjective of data, is no prefix
    expect(models('Arabic BERT beats English, and GPT-4 writes Chinese text.')).toEqual(['Arabic-BERT', 'GPT-4']);
  });

  it("reads Claude's tiers named alone with a version as Claude models", () => {
    // real: 2605.24229, 2604.24618
    expect(models("On Anthropic's constitution, the Claude family falls from a 15.0% violation rate (Sonnet 4) to 2.0% (Sonnet 4.6).")).toEqual([
      'Claude', 'Claude-Sonnet-4', 'Claude-Sonnet-4.6',
    ]);
    expect(models('We compare Haiku 3.5 and Opus 4.7 Preview.')).toEqual(['Claude-3.5-Haiku', 'Claude-Opus-4.7-Preview']);
    // without a version, or with a number no release has, a tier is a word
    expect(models('A sonnet, Opus 27 by Bach, and a Haiku about models.')).toEqual([]);
  });

  it("reads a distilled model's base families listed after it, but not a family with a version of its own", () => {
    // real: 2605.14457 (tune58) "model families Qwen3.5, DeepSeek-R1-Distill-Qwen, Gemma-4"; 2604.02460 "(Qwen3,
    // DeepSeek-R1-Distill-Llama, and Gemini 2.5)"; invented: bases listed without a version
    expect(models('We evaluate model families Qwen3.5, DeepSeek-R1-Distill-Qwen, Gemma-4 on AIME.')).toEqual(['DeepSeek-R1-Distill-Qwen', 'Gemma-4', 'Qwen3.5']);
    expect(models('We test three model families (Qwen3, DeepSeek-R1-Distill-Llama, and Gemini 2.5).')).toEqual(['DeepSeek-R1-Distill-Llama', 'Gemini-2.5', 'Qwen3']);
    expect(models('We use DeepSeek-R1-Distill-Qwen and Llama models on AIME.')).toEqual(['DeepSeek-R1-Distill-Llama', 'DeepSeek-R1-Distill-Qwen']);
    // (a size after the listed base keeps it a distilled model, though the size is not read with it)
    expect(models('We use DeepSeek-R1-Distill-Qwen and Llama-8B models on AIME.')).toContain('DeepSeek-R1-Distill-Llama');
  });

  it('reads Kimi with a version or a tail, and the Mistral reasoning and code models', () => {
    expect(models('We compare Kimi K2, Kimi-VL, Magistral Medium and Devstral.')).toEqual(['Devstral', 'Kimi-K2', 'Kimi-VL', 'Magistral-Medium']);
  });

  it('reads the plural of a family written with its capitals as the family', () => {
    // real: 2509.14165 (tune1)
    expect(models('Vision Transformers (ViTs) achieve state-of-the-art performance in semantic segmentation.')).toEqual(['ViT']);
    expect(canonicalModel('ViTs')?.label).toBe('ViT');
    // invented; plain words and short acronyms are not plurals of families ("GLMs" are generalised linear models)
    expect(models('We compare ResNets and DETRs. Falcons and Llamas graze; GLMs fit counts; vits and ViTs-style nets.')).toEqual(['DETR', 'ResNet']);
  });

  it('reads version letters and size letters written the vision way', () => {
    expect(models('Backbones: InceptionV3, MobileNetV2, EfficientNetB0 and Xception.')).toEqual(['EfficientNet-B0', 'Inception-v3', 'MobileNetV2', 'Xception']);
    // the glued and hyphenated spellings are one node
    const [m] = extractPaper({ key: 'p', title: 'T', abstract: 'MobileNetV2 and MobileNet-V2.' }).filter((x) => x.kind === 'model');
    expect(m?.aliases).toEqual(['MobileNet-V2', 'MobileNetV2']);
    expect(models('Detectors YOLOv8n and YOLOv10m; encoders ViT-B/16, ViT-L/14, Swin-T and DeiT-S.')).toEqual([
      'DeiT-S', 'Swin-T', 'ViT-B/16', 'ViT-L/14', 'YOLOv10m', 'YOLOv8n',
    ]);
    // real (tune4, 2509.12682): a hyphen before a size letter, one node with the glued spelling; a letter that goes on
    // ("-x-seg") is no size
    expect(models('We train YOLOv8-s, YOLOv9-s, YOLOv10-s, and YOLOv11-s with identical hyperparameters.')).toEqual(['YOLOv10s', 'YOLOv11s', 'YOLOv8s', 'YOLOv9s']);
    expect(models('Panels YOLOv8-L and YOLOv8-x-seg.')).not.toContain('YOLOv8x');
    // real (tune26, 2508.14343; corpus 2505.12772): a capital after the hyphen, and a slash list of them; without a
    // version the letter is a score (corpus 2603.21136: "a YOLO-L score of 0.94")
    expect(models('It achieves gains of 10.3% and 1.6% for YOLOv12-T and UAV-DETR, respectively.')).toEqual(['UAV-DETR', 'YOLOv12t']);
    expect(models('Compared to detectors such as YOLOv11-N/S/M, PST yields gains.')).toEqual(['YOLOv11m', 'YOLOv11n', 'YOLOv11s']);
    expect(models('Our method achieves a YOLO-L score of 0.94.')).toEqual(['YOLO']);
    // an invented family member, and letters that are no sizes: a CLIP-T score, "Inceptionv" without digits
    expect(models('We report the CLIP-T score of Swin-H and an Inceptionv block.')).toEqual(['CLIP', 'Swin-H']);
  });

  it('reads the task tail of a per-task detector checkpoint, only on families that write sizes as letters', () => {
    // real: 2507.23487 (tune5) "employed YOLOv8-Seg for instance segmentation"; corpus: YOLOv8n-seg, YOLOv11-OBB
    expect(models('The method employed YOLOv8-Seg for instance segmentation.')).toEqual(['YOLOv8-Seg']);
    expect(models('We compare YOLOv8n-seg, YOLOv11-OBB and YOLOv8-pose.')).toEqual(['YOLOv11-OBB', 'YOLOv8-Pose', 'YOLOv8n-Seg']);
    // the two spellings are one node; a tail that goes on is not read; other families do not take it
    const ms = extractPaper({ key: 'p', title: 'T', abstract: 'YOLOv8-seg and YOLOv8-Seg.' }).filter((x) => x.kind === 'model');
    expect(ms.map((m) => m.label)).toEqual(['YOLOv8-Seg']);
    expect(models('We use YOLOv8-seg-p6 heads.')).not.toContain('YOLOv8-Seg');
    expect(models('Results of CLIP-Seg and SAM-Pose differ.')).toEqual(['CLIP']);
  });

  it('reads a family of two words written glued, as the same node', () => {
    // real: "the baseline models LLaVA-7B and QwenVL demonstrate enhanced resistance" (2503.18320, tune5); corpus:
    // "CommandR-7B", "DeepSeekCoder-Instruct", "OpenSora"
    expect(models('The baseline models LLaVA-7B and QwenVL demonstrate enhanced resistance.')).toEqual(['LLaVA-7B', 'Qwen-VL']);
    expect(models('We use CommandR-7B, DeepSeekCoder-Instruct and OpenSora.')).toEqual(['Command R-7B', 'DeepSeek-Coder-Instruct', 'Open-Sora']);
    const ms = extractPaper({ key: 'p', title: 'T', abstract: 'We use Qwen-VL and QwenVL.' }).filter((x) => x.kind === 'model');
    expect(ms.map((m) => m.label)).toEqual(['Qwen-VL']);
  });

  it('reads a version letter glued to the last word of a hyphenated family', () => {
    // real: "the state-of-the-art transformer-based RT-DETRv2 with the backbones of different sizes" (2603.24850, tune5)
    expect(models('We compare YOLOv11 with the transformer-based RT-DETRv2 with the backbones of different sizes.')).toEqual(['RT-DETR-v2', 'YOLOv11']);
    // the spaced and hyphenated spellings are the same node; without digits the letter is no version
    const ms = extractPaper({ key: 'p', title: 'T', abstract: 'RT-DETRv2 and RT-DETR-v2, not RT-DETRvx.' }).filter((x) => x.kind === 'model');
    expect(ms.map((m) => m.label)).toEqual(['RT-DETR-v2']);
  });

  it('reads a modality tail after a release tier, spaced or hyphenated, and nowhere else', () => {
    // real: 2603.13507 (tune5) "using Gemini 2.5 Flash Image (Nano Banana)"; corpus: "Gemini 2.5 Pro TTS", "Gemini-3.1-Flash-Live"
    expect(models('We benchmark four methods using Gemini 2.5 Flash Image as the backbone.')).toEqual(['Gemini-2.5-Flash-Image']);
    expect(models('Voices from Gemini 2.5 Pro TTS and Gemini-3.1-Flash-Live.')).toEqual(['Gemini-2.5-Pro-TTS', 'Gemini-3.1-Flash-Live']);
    // invented: after a family or a version (no tier), across a full stop
    expect(models('The CLIP Image Encoder and GPT-4o Image Generation.')).toEqual(['CLIP', 'GPT-4o']);
    expect(models('We use Gemini 2.5 Flash. Image quality is high.')).toEqual(['Gemini-2.5-Flash']);
  });

  it('reads SAM alone in a paper on segmentation as Segment Anything, one node with its long form', () => {
    // real: 2512.20260 (tune6) "pseudo masks generated by general-purpose segmentation models (e.g., SAM)";
    // 2602.19423 (tune6) "Unlike SAM-like methods"; corpus 2504.08177 "the Segment Anything Model (SAM) … like SAM and MedSAM"
    expect(models('The pseudo masks generated by general-purpose segmentation models (e.g., SAM) are unreliable.')).toEqual(['Segment Anything Model']);
    expect(models('Unlike SAM-like methods, our model segments lesions.')).toEqual(['Segment Anything Model']);
    expect(models('Models like the Segment Anything Model (SAM) excel in segmentation. We beat SAM and MedSAM.')).toEqual(['MedSAM', 'Segment Anything Model']);
    // invented: the optimiser, a paper's own acronym, a word inside another name
    expect(models('We train with SGD and SAM, a sharpness-aware minimiser, for segmentation.')).toEqual([]);
    expect(models('A spatial attention module (SAM) sharpens segmentation masks; SAM is cheap.')).toEqual([]);
    expect(models('A Self-Attention Module (SAM) sharpens segmentation masks; SAM is cheap.')).not.toContain('Segment Anything Model');
    // words before "(SAM)" that do not spell it, or begin as its long form does, name it (real: tune11 2512.04599 "applies
    // foundation segmentation model (SAM) to generate candidate object masks", tune20 2504.16471 "utilizes the
    // Segmentation Anything Model (SAM) to refine the segmentation mask")
    expect(models('The system first applies foundation segmentation model (SAM) to generate candidate object masks.')).toEqual(['Segment Anything Model']);
    expect(models('A module utilizes the Segmentation Anything Model (SAM) to refine the segmentation mask.')).toEqual(['Segment Anything Model']);
    // (a review's: a definition spelt with a function word, one after the long form was named, the long form hyphenated;
    // real: corpus 2503.21187 "Meta's Segment Any-thing Model (SAM) series")
    expect(models('We build a statistical Shape and Appearance Model (SAM) for liver segmentation; SAM fits the organ.')).toEqual([]);
    expect(models('Building on the Segment Anything Model, we design a Semantic Alignment Module (SAM) for segmentation; SAM fuses.')).toEqual([
      'Segment Anything Model',
    ]);
    expect(models('Building on the Segment Anything Model, we design a Semantic Alignment Module (SAM) for segmentation.')[0]).toBe('Segment Anything Model');
    expect(models("Foundation models (such as Meta's Segment Any-thing Model (SAM) series) help segmentation.")).toEqual(['Segment Anything Model']);
    expect(models('We propose SAM2Auto and MedCLIP-SAM for segmentation masks.')).not.toContain('Segment Anything Model');
    // and without the topic, SAM alone stays no model
    expect(models('We compare SAM with Adam on CIFAR-10.')).toEqual([]);
  });

  it('reads GPT defined by its own long form as the model GPT, not a technique of that name', () => {
    // real: tune52 2509.04066 "Large Language Models (LLM) such as BERT (Bidirectional Encoder Representations from
    // Transformers) and GPT (Generative Pre-trained Transformers) made chatbots", tune52 2508.00185 "Large Language
    // Models (LLMs), such as Generative Pre-trained Transformers (GPTs) are revolutionizing"
    const kinds = (abstract: string) => extractPaper({ key: 'p', title: 'A study', abstract }).filter((m) => m.kind !== 'dataset').map((m) => `${m.kind}:${m.label}`).sort();
    expect(kinds('LLMs such as BERT (Bidirectional Encoder Representations from Transformers) and GPT (Generative Pre-trained Transformers) made chatbots popular.')).toEqual(['model:BERT', 'model:GPT']);
    expect(kinds('Large Language Models (LLMs), such as Generative Pre-trained Transformers (GPTs) are revolutionizing text.')).toEqual(['model:GPT']);
    // (a longer name made from it stays its own: corpus 2508.11318 "Generative Pretrained Transformer Quantization (GPTQ)")
    expect(kinds('We apply Generative Pre-trained Transformer Quantization (GPTQ) to LLaMA 1B.')).not.toContain('model:GPT');
    // (another long form of the same letters is the paper's own: invented)
    expect(kinds('Generative pre-trained transformers are popular; we define Graph Prompt Trees (GPTs) for molecules.')).not.toContain('model:GPT');
    // and a bare GPT without the long form still needs its version or a family beside it
    expect(kinds('We use a GPT-style decoder.')).toEqual([]);
  });

  it('reads a family that needs a version before "model tiers", and PEGASUS as its authors write it', () => {
    // real: 2512.15959 (tune7) "across multiple GPT model tiers"; 2601.09729 (tune7) "fine-tuned variants of BART and PEGASUS"
    expect(models('A study across multiple GPT model tiers, evaluated on GSM-Hard.')).toEqual(['GPT']);
    expect(models('Summaries by fine-tuned variants of BART and PEGASUS.')).toEqual(['BART', 'Pegasus']);
    // invented: a GPT model alone is no family mention
    expect(models('A GPT model is used.')).toEqual([]);
  });

  it('reads the pretrained 3D reconstruction models as models, and FLUX 1.0 as FLUX.1', () => {
    // real: 2606.15287 (tune8) "visual geometry priors from VGGT"; 2604.18167 (tune8) "FLUX 1.0-Dev"
    expect(models('Visual geometry priors from VGGT and DUSt3R are integrated.')).toEqual(['DUSt3R', 'VGGT']);
    expect(models('Images from FLUX 1.0-Dev and FLUX.1-dev.')).toEqual(['FLUX.1-Dev']);
  });

  it('reads no model in a benchmark named after one ("LLaVA-Bench", "Qwen-Image-Bench")', () => {
    // real: 2606.27608 (tune8) "achieves 57.84 overall score on Qwen-Image-Bench"; corpus: "LLaVA-Bench"
    const found = extractPaper({ key: 'p', title: 'T', abstract: 'It scores 57.84 on Qwen-Image-Bench and well on LLaVA-Bench.' });
    expect(found.map((m) => `${m.kind}:${m.label}`)).toEqual(['dataset:LLaVA-Bench', 'dataset:Qwen-Image-Bench']);
  });

  it('reads bare versions listed after a glued one as models of the same line', () => {
    // real: 2509.25659 (tune8) "Four versions of the YOLO model (i.e., YOLOv3, v4, v7, and v9)"
    expect(models('Four versions of the YOLO model (i.e., YOLOv3, v4, v7, and v9) are combined.')).toEqual(['YOLO', 'YOLOv3', 'YOLOv4', 'YOLOv7', 'YOLOv9']);
    // corpus: "DINOv2/v3 vision foundation models"; invented: a version no model has ends the list
    expect(models('We use DINOv2/v3 features.')).toEqual(['DINOv2', 'DINOv3']);
    expect(models('We use DINOv2 and v9 of our tool.')).toEqual(['DINOv2']);
  });

  it('reads an image product line after a hyphen only, and no "-to-" task as one', () => {
    // real: 2606.27608 (tune8) "the Qwen-Image-2.0 diffusion model"; corpus: "Qwen-Image-Edit-2509", "GPT-Image-1"
    expect(models('We improve the visual quality of the Qwen-Image-2.0 diffusion model.')).toEqual(['Qwen-Image-2.0']);
    expect(models('Edits by Qwen-Image-Edit-2509 and GPT-Image-1.')).toEqual(['GPT-Image-1', 'Qwen-Image-Edit-2509']);
    // invented after real phrasing: a spaced "Image" is a word; "Image-to-Image" a task
    expect(models('The CLIP Image Encoder feeds Stable-Diffusion Image-to-Image outputs.')).toEqual(['CLIP', 'Stable Diffusion']);
  });

  it('reads a spaced "Vision" before the name of a part or a kind of model as no variant', () => {
    // real: 2510.27047 (tune29) "Fine-Tuning the Segment Anything Vision Foundation Model", corpus: "a pre-trained DINOv2
    // Vision Transformer Base (ViT-B/14) backbone", "pre-trained BERT and CLIP Vision encoders"
    expect(models('Fine-Tuning the Segment Anything Vision Foundation Model for Driving.')).toEqual(['Segment Anything Model']);
    expect(models('We leverage a pre-trained DINOv2 Vision Transformer backbone.')).toEqual(['DINOv2', 'ViT']);
    expect(models('The model leverages pre-trained BERT and CLIP Vision encoders.')).toEqual(['BERT', 'CLIP']);
    // (a release keeps it, and other variants keep theirs before such words: corpus "Llama 3.1 8b Instruct LLMs",
    // "EVA-02 Large backbones")
    expect(models('We evaluate LLaMA 3.2 Vision and Llama 3.1 8b Instruct LLMs on EVA-02 Large backbones.')).toEqual(['EVA-02-Large', 'Llama-3.1-8B-Instruct', 'Llama-3.2-Vision']);
    expect(models('We fine-tune the Llama 3.2 Vision language model.')).toEqual(['Llama-3.2-Vision']);
  });

  it('reads more size letters after a slash as models of their own', () => {
    // real: 2605.27129 (tune2)
    expect(models('Comparisons with YOLOv8n/s, YOLO11n/s, YOLO12n/s, and YOLO26s confirm superior accuracy.')).toEqual([
      'YOLO26s', 'YOLOv11n', 'YOLOv11s', 'YOLOv12n', 'YOLOv12s', 'YOLOv8n', 'YOLOv8s',
    ]);
    // invented: three letters; the spelling of the list is each model's alias; a slash before a word lists nothing
    const ms = extractPaper({ key: 'p', title: 'T', abstract: 'We train YOLOv5s/m/l and YOLO11n/sec budgets.' }).filter((m) => m.kind === 'model');
    expect(ms.map((m) => [m.label, m.aliases])).toEqual([
      ['YOLOv11n', ['YOLO11n']],
      ['YOLOv5l', ['YOLOv5l']],
      ['YOLOv5m', ['YOLOv5m']],
      ['YOLOv5s', ['YOLOv5s']],
    ]);
  });

  it('reads an abbreviated family only with one of its releases', () => {
    // real: 2606.32020 (tune2)
    expect(models('Teachers (e.g., SD 3.5 and FLUX) into Students such as SD 1.5, whose latent resolution differs.')).toEqual([
      'FLUX', 'Stable Diffusion-1.5', 'Stable Diffusion-3.5',
    ]);
    // the abbreviation and the full name are one node; glued, hyphenated and v-versions read too
    const ms = extractPaper({ key: 'p', title: 'T', abstract: 'We use Stable Diffusion 3.5, SD3.5, SD-2.1, SD v1.5 and SD3.5-Medium.' }).filter((m) => m.kind === 'model');
    expect(ms.map((m) => [m.label, m.aliases])).toEqual([
      ['Stable Diffusion-1.5', ['SD v1.5']],
      ['Stable Diffusion-2.1', ['SD-2.1']],
      ['Stable Diffusion-3.5', ['SD3.5', 'Stable Diffusion 3.5']],
      ['Stable Diffusion-3.5-Medium', ['SD3.5-Medium']],
    ]);
    // standard deviations and other numbers: no release, a statistic's parenthesis or equals sign, a spaced whole number
    expect(models('Dice was 0.76 (SD 0.20) and 0.81 (SD 1.5); SD = 2.1; an SD 2 card; SD 7.5 points.')).toEqual([]);
  });

  it('reads Vision Transformer written with capitals as ViT, not inside another name\'s long form', () => {
    // real: 2509.20918 (tune2)
    expect(models('Architectures include convolutional neural networks and Vision Transformers.')).toEqual(['ViT']);
    // invented: the lower-case architecture; a long form of another name; the family's own acronym after it
    expect(models('We study vision transformers and propose an adaptive Vision Transformer (AdaViT) layer.')).toEqual([]);
    expect(models('A Vision Transformer (ViT) encoder.')).toEqual(['ViT']);
  });

  it('reads an acronym in capitals as no member of a word family that needs a size or version', () => {
    // real: 2510.17866 (tune2): "MUSE (Model-based …)" is the paper's method, not Google's Muse
    expect(canonicalModel('MUSE')).toBeNull();
    expect(models('In this work, we introduce MUSE (Model-based Uncertainty-aware Similarity Estimation), a training-free framework.')).toEqual([]);
    // the family as written still reads, with its size
    expect(canonicalModel('Muse-3B')?.label).toBe('Muse-3B');
    expect(label('GLM-4')).toBe('GLM-4');
  });

  it('reads an acronym in capitals as no member of any case-sensitive family, unless its makers write it so', () => {
    // real: 2509.21875 "LUMINA: Detecting Hallucinations in RAG System …", 2509.15435 and 2510.15510 "ORCA",
    // 2510.00652 "OTTER", 2505.11192 "FALCON": the papers' own methods (2025-26 corpus)
    for (const acronym of ['LUMINA', 'ORCA', 'OTTER', 'FALCON', 'WHISPER']) expect(canonicalModel(acronym)).toBeNull();
    expect(models('We present LUMINA, a framework that detects hallucinations from context-knowledge signals.')).toEqual([]);
    // the families as written, and one whose makers write it in capitals (ByteDance's BAGEL)
    expect(canonicalModel('Lumina-Next')?.label).toBe('Lumina-Next');
    expect(canonicalModel('Falcon-7B')?.label).toBe('Falcon-7B');
    expect(canonicalModel('BAGEL')?.label).toBe('BAGEL');
    // (from the review) a release or size after the capitals reads as the scanner reads it in text
    expect(canonicalModel('GEMINI-2.5-Pro')?.label).toBe('Gemini-2.5-Pro');
    expect(canonicalModel('VICUNA-13B')?.label).toBe('Vicuna-13B');
    // real: 2606.23118 "LUMINA-26: Low-Light Understanding …", 2511.08085 "BARD10": a whole number after such capitals
    // names something else; a dotted release still reads
    expect(canonicalModel('LUMINA-26')).toBeNull();
    expect(models('LUMINA-26: Low-Light Understanding for Modeling and Interpreting Night-time Actions. We test BARD10 and LUMINA 2.0.')).toEqual(['Lumina-2.0']);
  });

  it('reads an omni release in a family\'s list of versions', () => {
    // real: 2601.11038 (tune46), 2505.17045 (2025-26 corpus: the list ends before "LLMS")
    expect(models('Experiments show consistent gains across Grok-3, GPT-oss, GPT-4.1/4o, and LLaMA models.')).toEqual(['GPT-4.1', 'GPT-4o', 'gpt-oss', 'Grok-3', 'Llama']);
    expect(models('This research investigates the outputs of widely-used GPT-3.5/4/4o LLMS.')).toEqual(['GPT-3.5', 'GPT-4', 'GPT-4o']);
    // invented: a size after the slash is no release
    expect(models('We fine-tune Llama-3/8B on it.')).toEqual(['Llama-3']);
    // (from the review) the omni release right after the plain one; the longest run of a list that ends the phrase;
    // a count before a singular noun is no version
    expect(models('We use GPT-4/4o as judges.')).toEqual(['GPT-4', 'GPT-4o']);
    expect(models('We compare GPT-3.5/4/4o baselines.')).toEqual(['GPT-3.5', 'GPT-4']);
    expect(models('We compare GPT-4 and 3 LLM baselines.')).toEqual(['GPT-4']);
  });

  it('reads a bare family\'s releases listed in parentheses after it', () => {
    // real: 2504.09900 (tune33), 2603.05058 (tune44), 2507.17987 (2025-26 corpus)
    expect(models('This paper provides an extensive evaluation of YOLO object detection models (v5, v8, v9, v10, v11) by comparing their performance.')).toEqual(['YOLOv10', 'YOLOv11', 'YOLOv5', 'YOLOv8', 'YOLOv9']);
    expect(models('A comparative analysis was conducted, including YOLO (v5, v8, and v10), RetinaNet, Faster R-CNN, and RT-DETR.')).toEqual(['Faster R-CNN', 'RetinaNet', 'RT-DETR', 'YOLOv10', 'YOLOv5', 'YOLOv8']);
    expect(models('We trained five YOLO variants (v5, v7, v8, v11, v12) on a custom, public dataset.')).toEqual(['YOLOv11', 'YOLOv12', 'YOLOv5', 'YOLOv7', 'YOLOv8']);
    // invented: written as the family's own spelling does (one node with "YOLOv8"); one release in parentheses is
    // read as the family, as before (it may be the paper's own revision)
    expect(models('We fine-tune LLaMA models (v2, v3), and compare YOLOv8 with YOLO (v8, v9).')).toEqual(['Llama-2', 'Llama-3', 'YOLOv8', 'YOLOv9']);
    expect(models('We compare with YOLO (v2).')).toEqual(['YOLO']);
    // (from the review) not after a function word: the parentheses say what the words before them count
    expect(models('We test YOLO on both versions (v1 and v2) of the dataset.')).toEqual(['YOLO']);
  });

  it('reads the image, cell, video-reasoning and pathology models added from the tuning samples\' misses', () => {
    // real: 2602.09883 (tune37), 2605.22000 (tune35), 2507.07966 (tune41), 2508.03442 (tune35), 2512.17726 (tune42)
    expect(models('Extensive experiments on four advanced DiTs (e.g., Flux-Dev, Flux-Schnell, Z-Image, and Wan2.1) demonstrate gains.')).toContain('Z-Image');
    expect(models('It improves 3D nuclei segmentation accuracy under zero-shot Cellpose evaluation.')).toEqual(['Cellpose']);
    expect(models('It also outperforms Video-R1-7B and even matches Gemini-1.5-Pro across temporal reasoning.')).toContain('Video-R1-7B');
    expect(models('Experiments across state-of-the-art image (SD3.5, Lumina) and video (WAN2.1) models demonstrate it.')).toContain('Lumina');
    expect(models('It outperforms fine-tuned foundation models (PLIP, CONCH) by 2.5--10.2%.')).toContain('CONCH');
    // invented: a release of the family, a version after it
    expect(models('On Lumina-Next and Lumina-mGPT 2.0 the sampler is faster; the Cellpose 3 model segments cells.')).toEqual(['Cellpose-3', 'Lumina-mGPT-2.0', 'Lumina-Next']);
    // real: 2509.05614 (tune40): OpenVLA-OFT, whose tail is also the PEFT method OFT
    expect(models('It achieves a 2.57 times speedup vs. OpenVLA-OFT, with negligible success rate loss, and beats OpenVLA.')).toEqual(['OpenVLA', 'OpenVLA-OFT']);
  });

  it('reads a short name that is also its task as the task where the text uses it so', () => {
    // real: 2508.06995 (tune2), 2504.09700-style titles
    expect(models('We train on COCO.', 'S2-UniSeg: Fast Universal Agglomerative Pooling for Scalable Segment Anything without Supervision')).toEqual([]);
    expect(models('We study segmentation.', 'Learning to Segment Anything with Unified Reinforced Reasoning')).toEqual([]);
    // invented: the model, by its full name, its acronym or as an object
    expect(models('We fine-tune Segment Anything for tumour tracking and compare it with the Segment Anything Model (SAM).')).toEqual(['Segment Anything Model']);
    expect(models('A detector, a tracker, and Segment Anything (SAM) for instance masks.')).toEqual(['Segment Anything Model']);
  });

  it('reads the state-space vision backbones, and no family inside another name\'s acronym', () => {
    // real: 2509.20918 (tune2)
    expect(models('Architectures include convolutional neural networks, Vision Transformers, and the recently introduced Vision Mamba.')).toEqual([
      'Vision Mamba', 'ViT',
    ]);
    // invented: the acronym spells more than the family ("Pyramid Vision Mamba (PVM)"), or holds it ("MobileSAM", which is
    // read itself)
    expect(models('We build a Pyramid Vision Mamba (PVM) on VMamba and a Mobile Segment Anything Model (MobileSAM).')).toEqual(['MobileSAM', 'VMamba']);
    expect(models('Vision Mamba (Vim) and the Segment Anything Model (SAM).')).toEqual(['Segment Anything Model', 'Vision Mamba']);
  });

  it('reads no tail across the line break between the title and the abstract', () => {
    // real: 2505.09466 (the title ends with a family, the abstract starts with a variant word)
    expect(models('Vision transformers need position encodings.', 'A Position Encoding for Vision Transformers')).toEqual(['ViT']);
    expect(models('Large models are costly.', 'Distilling Llama-3.2')).toEqual(['Llama-3.2']);
  });

  it('reads examples in parentheses after a family as models of their own', () => {
    // invented: each example is a family, not a part of the one before
    expect(models('Vision Transformers (MobileViT, SegFormer) and T5 (ByT5) are compared.').sort()).toEqual(['ByT5', 'MobileViT', 'SegFormer', 'T5', 'ViT']);
  });
});

describe('families read only with a version, named as a family', () => {
  it('reads GPT or Phi before a plural model noun as the family', () => {
    // invented
    expect(models('We compare Phi models with older GPT variants on the task.').sort()).toEqual(['GPT', 'Phi']);
    // real: 2508.14032, 2503.18792
    expect(models('Six GPT models validated alongside DeepSeek and LLaMA 3.1 are compared with pre-trained language models.').sort()).toEqual(['DeepSeek', 'GPT', 'Llama-3.1']);
    expect(models('Large Language Models, such as the GPT series, have driven significant industrial applications.')).toEqual(['GPT']);
    // a singular noun, a style or "SAM variants" (as often the optimiser's) name no family
    expect(models('A GPT model and GPT-style models; existing SAM variants of the optimiser.')).toEqual([]);
  });

  it('reads GPT or Phi listed beside another family as the family', () => {
    // real: tune42 2505.18464, tune32 2510.05869, tune20 2511.10846
    expect(models('This study presents a systematic evaluation of LLMs (GPT and Llama) for anxiety support.').sort()).toEqual(['GPT', 'Llama']);
    expect(models('They report that the two models (i.e., GPT and ERNIE) respond in more holistic ways.').sort()).toEqual(['ERNIE', 'GPT']);
    expect(models('On our labeled sample, GPT and BERT-based models exhibit false positive rates.').sort()).toEqual(['BERT', 'GPT']);
    // invented
    expect(models('We probe Llama, Phi and Gemma on the task.').sort()).toEqual(['Gemma', 'Llama', 'Phi']);
    // not beside a family ("human, GPT, and Gemini" has one), not before a noun, not inside a name
    expect(models('Agreement between human and GPT labels rose; real-world GPT usage data; the Observer GPT, and Buddy.')).toEqual([]);
    expect(models('Video-GPT and Llama are compared.')).toEqual(['Llama']);
    expect(models('We compare Llama and GPT usage logs.')).toEqual(['Llama']);
    // the list's last name before its verb or a preposition (corpus 2601.14683; a review's sentence)
    expect(models('Two local models, LLaMA and Phi were used to evaluate the framework.').sort()).toEqual(['Llama', 'Phi']);
    expect(models('LLMs such as Claude and GPT have shown strong reasoning.').sort()).toEqual(['Claude', 'GPT']);
  });

  it('reads a family named by a common word, bare, listed beside a family read without a size', () => {
    // real: tune59 2604.16235 "we evaluate architectures including Qwen3, Gemma-3, Llama-3, and Aya across three …"
    expect(models('We evaluate architectures including Qwen3, Gemma-3, Llama-3, and Aya across three settings.').sort()).toEqual(['Aya', 'Gemma-3', 'Llama-3', 'Qwen3']);
    expect(models('We compare Granite and Mistral on the task.').sort()).toEqual(['Granite', 'Mistral']);
    // real: 2602.03103 "Across three instruction datasets (Alpaca, Dolly-15k, NI-20)": a sibling read only with a size
    // is no family beside it; nor is a common word alone
    expect(models('Across three instruction datasets (Alpaca, Dolly-15k, NI-20) we test.')).toEqual([]);
    expect(models('The Aya of the town and Tower Bridge, and Nova.')).toEqual([]);
  });

  it('reads OpenAI\'s agent product and Moonshot\'s linear-attention model as releases of their own, not the family', () => {
    // real: tune38 2510.01279 "in models like ChatGPT Agent and Gemini-Pro", tune12 2603.15031 "we integrate AttnRes
    // into the Kimi Linear architecture"; the paper that introduced it still proposes it (tune38 2510.26692)
    expect(models('Tool use improved reasoning in models like ChatGPT Agent and Gemini-Pro.')).toEqual(['ChatGPT Agent', 'Gemini-Pro']);
    // (a review's: an agent built on ChatGPT, in lower case, is the family's)
    expect(models('We build a ChatGPT agent that plays text adventure games.')).toEqual(['ChatGPT']);
    expect(models('We integrate AttnRes into the Kimi Linear architecture.')).toEqual(['Kimi Linear']);
    const own = extractPaper({ key: 'p', title: 'Kimi Linear: An Expressive, Efficient Attention Architecture', abstract: 'We introduce Kimi Linear, a hybrid linear attention architecture.' });
    expect(own.filter((m) => m.relation === 'proposes').map((m) => m.label)).toEqual(['Kimi Linear']);
  });

  it("reads MiniMax's letter releases and Cohere's Aya Expanse, never the optimisation or the company", () => {
    // real: tune41 2606.03056 "On ALFWorld and SkillsBench with MiniMax-M2.7", 2606.09498 "MiniMax M2.5, Qwen3.5-35B-A3B",
    // tune41 2604.11290 "Gemma 3 27B and Aya Expanse 32B emerge as …"
    expect(models('On ALFWorld with MiniMax-M2.7, it beats MiniMax M2.5 and MiniMax-M1.')).toEqual(['MiniMax-M1', 'MiniMax-M2.5', 'MiniMax-M2.7']);
    expect(models('Among the models tested, Gemma 3 27B and Aya Expanse 32B emerge as effective teachers.')).toEqual(['Aya-Expanse-32B', 'Gemma-3-27B']);
    // a family named by a common word is also read with a tier of its own (real: tune53 2604.27920 "three
    // state-of-the-art Small Language Models (SLMs) -- EuroLLM, Aya Expanse, and Gemma --", tune34 2512.23712 "Nova-Pro";
    // corpus 2604.12481 "BK-SDM Base, and Koala Lightning"), not a tier word glued to another word or starting a phrase
    // (corpus 2506.11515 "Two-Tower Vision--Language Models", 2510.26653 "in the Arctic Deep Learning Optical Flow",
    // 2604.23763 "Emu-Edit Test (no ground-truth images)")
    expect(models('Three Small Language Models (SLMs) -- EuroLLM, Aya Expanse, and Gemma -- and Nova-Pro, BK-SDM Base, and Koala Lightning.')).toEqual([
      'Aya-Expanse', 'EuroLLM', 'Gemma', 'Koala-Lightning', 'Nova-Pro',
    ]);
    expect(models('Two-Tower Vision--Language Models (VLMs) have demonstrated strong performance across various downstream VL tasks.', 'Manager: Aggregating Insights from Unimodal Experts in Two-Tower VLMs and MLLMs')).toEqual([]);
    expect(models('Sea Ice Drift in the Arctic Deep Learning Optical Flow; the Emu-Edit Test set.')).toEqual([]);
    expect(models('A minimax game, a MINIMAX-optimal policy and the MiniMax company.')).toEqual([]);
    // its releases only: a letter or a dotted number (real: 2604.14210 "MiniMax-2.7"), not a whole number (a review's:
    // "a MiniMax 2-player game", "the MiniMax-2 regret bound", "a minimax-2 regret bound")
    expect(models('With MiniMax-2.7, we solve a MiniMax 2-player game; the MiniMax-2 and minimax-2 regret bounds hold.')).toEqual(['MiniMax-2.7']);
  });

  it('reads a bare GPT listed among known models', () => {
    // invented
    expect(models('We prompt three LLMs (Gemini, GPT and Claude) on the task.').sort()).toEqual(['Claude', 'GPT', 'Gemini']);
    // real: 2602.16650
    expect(models('We evaluate these pipelines through comparisons with general state-of-the-art systems such as GPT and Gemini, and qualitative validation by a domain chemist.').sort()).toEqual(['GPT', 'Gemini']);
  });
});

describe('release numbers written another way', () => {
  it('reads a "v" before a plain Llama release and a ".0" after a Claude release as that release', () => {
    // invented
    expect(label('LLaMA-v2-13B')).toBe('Llama-2-13B');
    expect(label('Claude Opus 4.0')).toBe('Claude-Opus-4');
    expect(label('Claude-3.0-Haiku')).toBe('Claude-3-Haiku');
    // (other families keep their ".0" and their "v": Gemini 2.0, Mistral-7B-v0.3)
    expect(label('Gemini-2.0-Flash')).toBe('Gemini-2.0-Flash');
    expect(label('Mistral-7B-v0.3')).toBe('Mistral-7B-v0.3');
    // real: 2506.19702, 2507.07998
    expect(models('we propose a platform that fine-tunes a LLaMA-v3 using low-rank adaptation, optimized for differential diagnosis.')).toEqual(['Llama-3']);
    expect(models('PyVision achieves consistent performance gains, boosting GPT-4.1 by +7.8% on V* and Claude-4.0-Sonnet by +31.1% on VLMsAreBlind-mini.').sort()).toEqual(['Claude-Sonnet-4', 'GPT-4.1']);
  });
});

describe('the Reasoner variant', () => {
  it('reads "Reasoner" after a family as its variant, not after other words', () => {
    // invented
    expect(models('We compare DeepSeek Reasoner with a Spatial Reasoner of our own.')).toEqual(['DeepSeek-Reasoner']);
    // real: 2505.13488, 2505.24332
    expect(models('agreement across four state-of-the-art LLMs (OpenAI o3-mini, Deepseek Reasoner, xAI Grok 2, and Mistral) tasked with annotation.').sort()).toEqual(['DeepSeek-Reasoner', 'Grok-2', 'Mistral', 'o3-mini']);
    expect(models('Experimental results show that Pangu-7B-Reasoner empowered by DeepDiver achieve performance comparable to larger models.')).toContain('Pangu-7B-Reasoner');
  });
});

describe('networks added to the lexicon with corpus counts', () => {
  it('reads LeNet, GatorTron, WhisperX, NAFNet, PraNet, MTCNN and kin as models', () => {
    // invented
    expect(models('We compare NAFNet, Restormer and CodeFormer with our LeNet-5 baseline.').sort()).toEqual(['CodeFormer', 'LeNet-5', 'NAFNet', 'Restormer']);
    // real: 2606.12278 (tune5), 2509.04753 (tune4), 2505.13069
    expect(models('We conduct systematic experiments on CIFAR-10 and MNIST across ResNet, VGG-style, and LeNet architectures.')).toContain('LeNet');
    expect(models('We benchmarked a suite of LLMs, including encoder-based LLMs (BERT, GatorTron) and decoder-based LLMs (GatorTronGPT, Llama 3.1, GatorTronLlama).')).toContain('GatorTron');
    expect(models('integrating automatic transcription with WhisperX, linguistic embeddings from Chinese RoBERTa, and acoustic features')).toContain('WhisperX');
  });

  it('reads LlamaGen, ResNeXt, ViLT, FastSAM, XMem, VFNet, FCOS and kin as models', () => {
    // invented
    expect(models('We track with XMem, detect with FCOS and VFNet, and classify with InceptionTime and TimeMixer.').sort()).toEqual(['FCOS', 'InceptionTime', 'TimeMixer', 'VFNet', 'XMem']);
    expect(models('Masks come from FastSAM; captions are scored by ViLT; motion by T2M-GPT.').sort()).toEqual(['FastSAM', 'T2M-GPT', 'ViLT']);
    // real: 2504.17789, 2507.13408, 2506.17119
    expect(models('achieves 0.77 overall score on hard prompts, outperforming AR models LlamaGen by 0.18 and diffusion models LDM by 0.10')).toContain('LlamaGen');
    expect(models('Architectures include Faster R-CNN (ResNet50-FPN, ResNeXt), EfficientDet, and RF-DETR.')).toContain('ResNeXt');
    expect(models('RGBTrack integrates state-of-the-art 2D object tracking (XMem) with a Kalman filter and a state machine')).toContain('XMem');
  });

  it('reads MarianMT and LinkNet as models', () => {
    // real: 2603.11342 (tune32), 2503.22125
    expect(models('attributions from Marian-MT and mBART models, Attention, Value Zeroing')).toEqual(['MarianMT', 'mBART']);
    expect(models('neural network models for semantic segmentation, U-Net(light), LinkNet and PSPNet, is performed')).toContain('LinkNet');
  });

  it('reads named vision networks released with weights as models, generic architectures as methods', () => {
    // real: 2604.09639 (tune28), 2508.12695 (tune8), 2604.24609 (tune6)
    const kinds = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.label}`).sort();
    expect(kinds('we propose a correspondence-based consistency loss using SuperPoint and SuperGlue')).toEqual(['model:SuperGlue', 'model:SuperPoint']);
    expect(kinds('architectures based on a dense BEV representation with backward projection, such as BEVFormer, are the most robust')).toContain('model:BEVFormer');
    expect(kinds('We compare OpenPose, PSPNet, DnCNN and LightGlue.')).toEqual(['model:DnCNN', 'model:LightGlue', 'model:OpenPose', 'model:PSPNet']);
    // their spellings (real: 2504.06908 "based on the Swin-UNetr architecture", 2508.06756 "a SWIN-UNETR-based
    // architecture") and short prefixes hyphenated before Net listed beside them (real: 2504.05640 "nnU-Net, Swin-Unet,
    // and CE-Net", 2511.02558 "UNet, U2-Net, UNETR")
    expect(kinds('based on the Swin-UNetr architecture; a SWIN-UNETR-based architecture')).toEqual(['model:Swin UNETR']);
    expect(kinds('We compare nnU-Net, Swin-Unet, and CE-Net; baselines are UNet, U2-Net, UNETR and TransUNet.')).toEqual([
      'method:TransUNet', 'method:U-Net', 'method:nnU-Net', 'model:CE-Net', 'model:Swin-UNet', 'model:U2-Net', 'model:UNETR',
    ]);
    // (U-Net and Mamba stay methods: readers list them so far more often)
    expect(kinds('We train a U-Net and a Mamba encoder.')).toEqual(['method:Mamba', 'method:U-Net']);
  });

  it("reads NVIDIA's Cosmos world models by their glued versions, not the word Cosmos", () => {
    // invented
    expect(models('We compare Cosmos-Predict2.5-2B, Cosmos-Transfer1 and Cosmos-Reason2 with the Cosmos of ideas.').sort()).toEqual(['Cosmos-Predict2.5-2B', 'Cosmos-Reason2', 'Cosmos-Transfer1']);
    // real: 2508.17468, 2507.01264
    expect(models("and integrates NVIDIA's Cosmos-Predict2 world-foundation model to synthesize physically plausible videos")).toEqual(['Cosmos-Predict2']);
    expect(models('we integrate a video generation pipeline using Cosmos-Transfer1 with ControlNet, which converts rendered')).toContain('Cosmos-Transfer1');
  });

  it('reads Janus-Pro and Emu3 as models', () => {
    // invented
    expect(models('We compare Janus-Pro-7B with EMU3 on GenEval.').sort()).toEqual(['Emu3', 'Janus-Pro-7B']);
    // real: 2506.20151, 2507.12566
    expect(models('results conducted on the ECGVF benchmark with the AR model Janus-Pro demonstrate that EAR achieves')).toEqual(['Janus-Pro']);
    expect(models('e.g., +114-point improvement over Emu3 on OCRBench.')).toEqual(['Emu3']);
  });

  it('reads a spaced two-digit number with two decimals after a model as a score, not a version (Kling 23.64)', () => {
    // invented
    expect(models('Scores: Kling 23.64, ViT 86.54; releases: Kling 1.5 Pro, Llama 3.1.').sort()).toEqual(['Kling', 'Kling-1.5-Pro', 'Llama-3.1', 'ViT']);
    // real: 2509.09595, 2503.20746
    expect(models('(Physics-IQ Benchmark: Video-GPT 34.97 vs. Kling 23.64 vs. Wan 20.89).')).toContain('Kling');
    expect(models('image-to-video models, including Pika, Kling, and Gen-3, showing')).toContain('Kling');
    // real: tune60 2605.27561 "Mean IoU (n=180): ViT - 0.69; Swin - 0.64; ConvNeXt - 0.53": a fraction after a spaced
    // dash is a value; a release after one is still read ("Llama - 2", as some abstracts write it)
    expect(models('Mean IoU (n=180): ViT - 0.69; Swin - 0.64; ConvNeXt - 0.53.').sort()).toEqual(['ConvNeXt', 'Swin', 'ViT']);
    expect(models('We compare Llama - 2, Qwen-0.5B and SDXL 0.9.').sort()).toEqual(['Llama-2', 'Qwen-0.5B', 'SDXL-0.9']);
  });

  it('reads a spaced 3D before a task noun as its dimension, otherwise as the model\'s name, with a capital D', () => {
    // real: 2507.14798 (tune10) "An Evaluation of DUSt3R/MASt3R/VGGT 3D Reconstruction on Photogrammetric Aerial Blocks";
    // corpus: "SAM 3D produces …", "SAM 3D Body", "SAM3D", "Hunyuan3D"
    expect(models('An Evaluation of DUSt3R/MASt3R/VGGT 3D Reconstruction on Photogrammetric Aerial Blocks')).toEqual(['DUSt3R', 'MASt3R', 'VGGT']);
    expect(models('We run VGGT 3D point tracking.')).toEqual(['VGGT']);
    expect(models('SAM 3D produces meshes and SAM 3D Body fits bodies.')).toEqual(['SAM-3D']);
    expect(models('We compare SAM3D and Hunyuan3D.')).toEqual(['Hunyuan3D', 'SAM-3D']);
    // Tencent's family as its creators write it, with its release (real: 2506.16504 (tune17) "Hunyuan3D 2.5 follows
    // two-stages pipeline of its previous version Hunyuan3D 2.0"; corpus: "Hunyuan3D-2.1")
    expect(models('Hunyuan3D 2.5 follows its previous version Hunyuan3D 2.0, and we compare Hunyuan3D-2.1.')).toEqual(['Hunyuan3D-2.0', 'Hunyuan3D-2.1', 'Hunyuan3D-2.5']);
  });

  it("reads Black Forest Labs' FLUX written Flux, with its release after a dot or a hyphen", () => {
    // real: 2506.13780 (tune10) "Using Stable Diffusion 1.5 (UNet-based) and Flux-1 (DiT-based) models"; corpus
    // 2503.16171 "such as Stable Diffusion, SDXL, and Flux", "Flux.1", "Flux-Dev"
    expect(models('Using Stable Diffusion 1.5 (UNet-based) and Flux-1 (DiT-based) models, we generated images.')).toEqual(['FLUX.1', 'Stable Diffusion-1.5']);
    expect(models('We test generative models such as Stable Diffusion, SDXL, and Flux.')).toEqual(['FLUX', 'SDXL', 'Stable Diffusion']);
    expect(models('Our baselines are Flux.1 and Flux-Dev.')).toEqual(['FLUX.1', 'FLUX-Dev']);
    // the lower-case word is no model, nor the capitalised word in a paper on something else (models.json →
    // spellingsByTopic)
    expect(models('The heat flux is measured.')).toEqual([]);
    expect(models('We run Flux Balance Analysis on E. coli metabolism.')).toEqual([]);
    expect(models('Estimating Magnetic Flux Ropes with Neural Operators')).toEqual([]);
  });

  it('reads BAGEL, Moshi and HiDream as models', () => {
    // invented
    expect(models('We compare BAGEL-7B, Moshi and HiDream-I1-Dev; a bagel is no model.').sort()).toEqual(['BAGEL-7B', 'HiDream-I1-Dev', 'Moshi']);
    // real: 2509.04548, 2506.02979, 2510.00045
    expect(models('significantly larger generation parameters-including BAGEL (7B) and Flux-Kontext (12B).')).toContain('BAGEL-7B');
    expect(models('Recent approaches, most notably Moshi, simplify the pipeline by injecting')).toEqual(['Moshi']);
    // BEiT: invented, then real (2508.06163)
    expect(models('We fine-tune BEiT-3 and BEiT.')).toEqual(['BEiT-3']);
    expect(models('across modalities (vision, language, and multimodal) and models (ViT, BEiT) demonstrate that TADrop')).toContain('BEiT');
    expect(models('state-of-the-art open-weight models: HunyuanImage 2.1, HiDream-I1-dev, Qwen-Image, FLUX.1-dev')).toContain('HiDream-I1-Dev');
  });
});

describe("a release's version letter as its family writes it", () => {
  it('labels DeepSeek, MobileNet and EfficientNet releases with a capital V, others with a small v; keys unchanged (invented sentences)', () => {
    expect(models('We compare DeepSeek-v3, MobileNet-v2 and EfficientNet-v2-S.')).toEqual(['DeepSeek-V3', 'EfficientNetV2-S', 'MobileNetV2']);
    expect(models('We compare Inception-v3 and YOLOv8.')).toEqual(['Inception-v3', 'YOLOv8']);
    expect(canonicalModel('deepseek-v3')).toMatchObject({ slug: 'deepseek-v3', label: 'DeepSeek-V3' });
    expect(canonicalModel('MobileNetV2')).toMatchObject({ slug: 'mobilenet-v2', label: 'MobileNetV2' });
  });
});

describe('the omni letter of a GPT release after a hyphen', () => {
  it('is read into the version', () => {
    // arXiv 2505.22354 (tune18)
    const labels = extractPaper({ key: 'p', title: 'A study', abstract: "We examine three LLMs: OpenAI's GPT-4-o, Meta's LLama-3-8B, and GPT-4-o-mini." })
      .filter((m) => m.kind === 'model')
      .map((m) => m.label);
    expect(labels).toContain('GPT-4o');
    expect(labels).toContain('GPT-4o-mini');
    expect(labels).not.toContain('GPT-4');
    // in capitals too (tune22 2504.00748 "outperforming GPT4-O by 9.5% accuracy")
    expect(models('The best model, "Gemma-2 finetuned", outperforms GPT4-O by 9.5% accuracy.')).toEqual(['Gemma-2', 'GPT-4o']);
  });
});

describe("a creator's name before a model", () => {
  it('is kept as an alias of the model, as readers write both', () => {
    const aliases = (abstract: string) =>
      extractPaper({ key: 'paper:x', title: 'A study', abstract })
        .filter((m) => m.kind === 'model')
        .map((m) => [m.label, [...m.aliases].sort()]);
    // tune10 2504.00509, tune18 2503.13360 (their readers wrote "OpenAI-o1" and "OpenAI o1"; others write "o3" for "OpenAI o3")
    expect(aliases('By changing one phrase, top models such as OpenAI-o1 can suffer 60% performance loss.')).toEqual([['o1', ['OpenAI-o1', 'o1']]]);
    expect(aliases('Reasoning evolved to product-oriented solutions like OpenAI o1. During our re-implementation we noticed gaps.')).toEqual([['o1', ['OpenAI o1', 'o1']]]);
    // invented: no creator, no alias
    expect(aliases('We compare o1 with a smaller model.')).toEqual([['o1', ['o1']]]);
    // and "GPT" before an o-series model and a space, as "GPT-o3" is read whole (real: tune24 2508.15796 "GPT o3",
    // written "GPT-o3" by its reader)
    expect(aliases('It leverages three base models (Gemini Pro 2.5 and GPT o3).')).toEqual([['Gemini-2.5-Pro', ['Gemini Pro 2.5']], ['o3', ['GPT o3', 'o3']]]);
  });
});

describe("a family's long name heading another name's description", () => {
  it('is no mention of the family: "X, a novel Vision Transformer that …", "X: A Hybrid Vision Transformer for …"', () => {
    // (2510.21501, 2508.15057, 2506.18060)
    expect(models('In this paper, we propose GranViT, a novel Vision Transformer that integrates fine-grained features.')).toEqual([]);
    expect(models('We introduce it.', 'GasTwinFormer: A Hybrid Vision Transformer for Livestock Methane Emission Segmentation')).toEqual([]);
    expect(models('We use DINOv2, a self-supervised Vision Transformer, with an LSTM.')).toEqual(['DINOv2']);
  });

  it('is a mention where the long name modifies a head, names the family in apposition, or follows a plain word', () => {
    // (2602.09932, 2504.17822, 2604.08711, 2505.05573)
    expect(models('We propose GeoFormer, an open-source Swin Transformer framework for height estimation.')).toEqual(['Swin']);
    expect(models('We employed a state-of-the-art deep learning model, the Cascade Mask R-CNN with a backbone.')).toContain('Mask R-CNN');
    expect(models('In the first stage, a Faster R-CNN with a ResNet-50 backbone detects droplets.')).toContain('Faster R-CNN');
    expect(models('We introduce MSDM, an optimized architecture based on Stable Diffusion that adds an encoder.')).toEqual(['Stable Diffusion']);
    expect(models('Vision Transformers (ViTs) achieve strong results; we fine-tune a Vision Transformer (ViT).')).toEqual(['ViT']);
  });
});

describe('a coding tool named after a family', () => {
  it('is not the family: "Claude Code", "Gemini CLI"', () => {
    // (2605.17448 (tune15), 2604.00009 (tune18); invented last sentence)
    expect(models('FEA validation reveals that Codex (GPT-5.5) and Claude Code (Opus-4.7) agents do not produce good meshes.')).toEqual(['Claude-Opus-4.7', 'Codex', 'GPT-5.5']);
    expect(models('We implement it with AI coding assistants (Claude Code, Cursor) and compare Gemini CLI with Claude 3.5 Sonnet.')).toEqual(['Claude-3.5-Sonnet']);
  });
});

describe('a bare family, a capitalised word and a release number', () => {
  it('is a product line\'s release', () => {
    // real: 2605.26486 (tune44), 2606.14600 (tune43), 2604.24197 (tune39)
    expect(models('Results show competitive performance compared to closed-source systems (e.g., HeyGen, OmniHuman 1.5, Kling Avatar 2.0).')).toEqual(['Kling-Avatar-2.0']);
    expect(models('Explicit prompting helps unevenly, with Gemini 3.1 Pro reaching 84.2% and Claude Fable 5 reaching 81.6%.')).toEqual(['Claude-Fable-5', 'Gemini-3.1-Pro']);
    expect(models('Systems such as GPT Image 2 and Qwen Image 2.0 combine rendering and editing.')).toEqual(['GPT-Image-2', 'Qwen-Image-2.0']);
  });

  it('leaves a tier to the variant rules, and a table, a stage or a count alone', () => {
    // (invented)
    expect(models('We compare Gemini Flash 2.5 with Mistral Small 3.1.')).toEqual(['Gemini-2.5-Flash', 'Mistral-Small-3.1']);
    expect(models('Results of Qwen in Table 2 and of Llama Stage 2 training are close.')).toEqual(['Llama', 'Qwen']);
    expect(models('We compare Qwen-7B and Llama-3-8B: Qwen Scores 3 points higher and Llama Image 2 to 4 times faster.')).toEqual(['Llama-3-8B', 'Qwen-7B']);
    expect(models('We compare ViT Patch 16 with ViT-B/16.')).not.toContain('ViT-Patch-16');
  });

  it('reads a tier after the release, and no title\'s words', () => {
    // (real: 2604.24197 (tune39) "Qwen Image 2.0 Pro"; the titles invented, from the review)
    expect(models('Systems such as GPT Image 2 and Qwen Image 2.0 Pro combine rendering and editing.')).toEqual(['GPT-Image-2', 'Qwen-Image-2.0-Pro']);
    expect(models('We study it.', 'Does BERT Need 12 Layers? Can Llama Count 10 Objects?')).toEqual(['BERT', 'Llama']);
  });
});

describe('LLaVA-OV, the short name of LLaVA-OneVision', () => {
  it('is one node with LLaVA-OneVision, not the LLaVA family', () => {
    // real: 2507.13255 (tune45), 2503.16257 (2025-26 corpus: 12 papers write "LLaVA-OV")
    expect(models('Experiments on LLaVA-OV and Chameleon across diverse safety-critical benchmarks demonstrate gains.')).toEqual(['LLaVA-OneVision']);
    expect(models('We fine-tune LLaVA-OV-7B and compare it with LLaVA-OneVision-72B.')).toEqual(['LLaVA-OneVision-72B', 'LLaVA-OneVision-7B']);
  });
});

describe('Phi-4-multimodal', () => {
  it('is one model however it is written, not the bare Phi-4', () => {
    // real: 2506.05121 (tune45), 2606.07608, 2601.15397, 2605.31432 (2025-26 corpus: 8 papers)
    expect(models('We propose a system that integrates W2V with Phi-4 multimodal large language model (MLLM) through a score fusion strategy.')).toEqual(['Phi-4-multimodal']);
    expect(models('Extensive experiments using the Phi-4-MM model across 11 multilingual locales demonstrate gains.')).toEqual(['Phi-4-multimodal']);
    expect(models('Experiments on Phi4-Multimodal show that DOA helps.')).toEqual(['Phi-4-multimodal']);
    expect(models('Leveraging Microsoft\'s Phi-4-multimodal-instruct, our method needs no architectural changes.')).toEqual(['Phi-4-multimodal-Instruct']);
  });
});

describe('a listed word a space after a model', () => {
  it('goes on with that model, and is no model of its own', () => {
    // real: 2604.24197 (tune39), 2510.18108, 2601.10527 (2025-26 corpus)
    expect(models('Systems such as GPT Image 2, Nano Banana Pro, Grok Imagine, Qwen Image 2.0 Pro, and Seedream 5.0 Lite combine rendering.')).not.toContain('Imagine');
    expect(models('Four systems (JusIA, ChatGPT Free, ChatGPT Pro, and Gemini) were tested.')).not.toContain('Free');
  });

  it('reads the FLAME face model in a paper on faces and MANO for hands, not FLAME in other senses', () => {
    // real: 2509.07552, 2604.04425 (tune49), 2510.25234 (tune36), 2603.27798 (tune37); 2505.01638, 2606.14603 (2025-26 corpus)
    expect(models('Sparse points from the FLAME model interact with the image features for high-fidelity head avatar generation.')).toEqual(['FLAME']);
    expect(models('We extract FLAME parameters and rig 3D Gaussian splats for dynamic facial control.')).toEqual(['FLAME']);
    expect(models('We propose to use MANO hand model based initialization and a hand skeleton guided diffusion process.')).toEqual(['MANO']);
    // a spaced release of a topic spelling needs the topic too: the FLAME 3 wildfire data, FLAME GPU 2
    expect(models('Our method generalises well on the recent FLAME 3 dataset of UAV wildfire imagery.')).toEqual([]);
    expect(models('Our approach leverages FLAME GPU 2, a GPU-accelerated agent-based modelling framework for molecules.')).toEqual([]);
    // nor in another paper, nor the flame of a fire; a glued release of a topic spelling stays read (Flux.1-dev)
    expect(models('We detect the flame and smoke in the FLAME images with a CNN.')).toEqual([]);
    expect(models('We use Flux.1-dev to synthesize images from these descriptions.')).toEqual(['FLUX.1-Dev']);
  });

  it('reads no capitals-only family in a name with a capital inside small letters', () => {
    // real: 2506.15846, 2504.00470, 2507.05260 (2025-26 corpus): the paper's own coinages
    expect(label('FLaME')).toBeNull();
    expect(label('LiMA')).toBeNull();
    expect(label('FLAME')).toBe('FLAME');
    expect(label('LIMA')).toBe('LIMA');
    // the hub's ways of writing a capitals family stay it
    expect(label('Bert Base')).not.toBeNull();
  });

  it('reads a count in thousands after a bare family as a data set named after it, not the model', () => {
    // real: 2605.26761 (tune49), 2510.01454, 2602.03103 (2025-26 corpus)
    expect(models('The selector is trained once on LLaVA-665K and applied to LLaVA-665K itself.')).toEqual([]);
    expect(models('Across three instruction datasets (Alpaca, Dolly-15k, NI-20) we test three LLMs.')).not.toContain('Dolly');
    // after a version, a tier or a size it is the context window: the model
    expect(models('We compare GPT-4-32k with Claude-2 on long inputs.')).toContain('GPT-4');
    expect(models('The model surpasses GPT-3.5-Turbo-16K on code comprehension.')).toEqual(['GPT-3.5-Turbo']);
    expect(models('We fine-tune Phi-3-mini-4k on the task.')).toEqual(['Phi-3-mini']);
  });
});

describe('well-known models the reviewed group of 2026-12-07 adds', () => {
  it('reads them where papers use or compare with them, with their versions', () => {
    // real: tune50 2606.24501 "sentence-embedding encoders such as BGE-M3, multilingual E5, and LaBSE performing
    // best", tune6 2603.07454 "more than 17x fewer than Point Transformer V3", corpus 2603.21078 "using Tacotron 2 and
    // FastSpeech 2", 2506.18943 "faster inference than PaLI-3"
    expect(models('Results improve, with sentence-embedding encoders such as BGE-M3, multilingual E5, and LaBSE performing best.')).toContain('LaBSE');
    expect(models('It reaches 58.2% mIoU with 17x fewer parameters than Point Transformer V3.')).toEqual(['Point Transformer-v3']);
    expect(models('We synthesise words using Tacotron 2 and FastSpeech 2 trained on one corpus, and compare with PaLI-3.').sort()).toEqual(['FastSpeech-2', 'PaLI-3', 'Tacotron-2']);
    // real: corpus 2503.20316-style baselines "DeepLabV3+ and DeepLabv3" (17 corpus papers write DeepLabV3+)
    expect(models('We compare with DeepLabV3+ and DeepLabv3 on the scans.').sort()).toEqual(['DeepLab-v3', 'DeepLab-v3+']);
    // a paper studying BiomedCLIP proposes no BiomedCLIP (real: corpus 2603.17879)
    expect(extractPaper({ key: 'p', title: 'Differential Attention-Augmented BiomedCLIP for Capsule Endoscopy', abstract: 'Our approach modifies BiomedCLIP, a biomedical vision-language foundation model, by replacing its attention.' })
      .filter((m) => m.label === 'BiomedCLIP').map((m) => m.relation)).toEqual(['uses']);
    // real: corpus 2603.05503 "Mochi-1"; tune52-style reader's example "Your puppy Mochi" (2512.21616) is no model
    expect(models('We compare with Mochi 1 and LLaVA-Video-7B; your puppy Mochi is cute.').sort()).toEqual(['LLaVA-Video-7B', 'Mochi-1']);
    // a benchmark named after a model is no model (real: tune46 2603.15206 "Extensive experiments on OmniDocBench and
    // olmOCR-bench", corpus 2603.13032 "olmOCR Bench")
    expect(models('Experiments on OmniDocBench, olmOCR-bench and Whisper-bench beat SatMAE.')).toEqual(['SatMAE']);
    expect(models('We report results on the olmOCR Bench.')).toEqual([]);
    // real: corpus 2602.10825 and 2604.02979 read MAGI-1 as a data set, 2603.15271 "Show-o2" too
    expect(models('We compare against MAGI-1, Show-o2 and OneFormer.').sort()).toEqual(['MAGI-1', 'OneFormer', 'Show-o-2']);
    // the TTS model VITS in its capitals, not the plural of ViT
    expect(models('Integrated within a VITS backbone, we compare with ViTs.').sort()).toEqual(['VITS', 'ViT']);
    // the forty-seventh session's group: real tune51 2507.08898 "guardrail approaches such as LlamaGuard" (a method
    // before), corpus 2507.11878 "Llama Guard 3 8B" (one family however written), 2512.11226 "for TransFuser on NAVSIM"
    // (a data set before)
    expect(models('While guardrail approaches such as LlamaGuard work, ours matches Llama Guard 3 8B.').sort()).toEqual(['Llama-Guard', 'Llama-Guard-3-8B']);
    expect(models('It gives a 6.2 PDMS improvement for TransFuser on NAVSIM, and beats GLaMM and OSTrack.').sort()).toEqual(['GLaMM', 'OSTrack', 'TransFuser']);
    // FLUX.1's Kontext release and two names of the same day (real: corpus 2510.05091 "Extensive experiments on FLUX.1
    // Kontext and Qwen-Image-Edit", read as a bare FLUX.1 before; 2509.04545 "HunyuanImage 2.1", 2603.25551 "Whisper,
    // Voxtral, and Wav2Vec2 families")
    expect(models('Experiments on FLUX.1 Kontext and HunyuanImage 2.1 compare the Whisper and Voxtral families.').sort()).toEqual(['FLUX.1-Kontext', 'HunyuanImage-2.1', 'Voxtral', 'Whisper']);
    // (real: corpus 2508.21066 "open-source competitors, such as Ideogram, Adobe Photoshop, and FLUX Fill [Pro]",
    // 2508.03142 "BLIP3-o", read as BLIP-3 before)
    expect(models('It beats FLUX Fill [Pro], FLUX.1 Redux and BLIP3-o.').sort()).toEqual(['BLIP3-o', 'FLUX-Fill-Pro', 'FLUX.1-Redux']);
    // the forty-eighth session's group: the body model SMPL-X, not the bare SMPL (real: tune52 2606.23062 "provides
    // extensive ground truth, including SMPL-X, high-resolution meshes", tune11 2506.00173 "conditioned on SMPLX
    // parameters"); driving and mapping models (real: tune52 2605.12218 "consistent improvements over StreamMapNet",
    // a data set before; corpus 2604.17135 "OptiMVMap improves MapTRv2", 2603.29163 "SparseDriveV2")
    expect(models('We fit SMPL-X parameters, SMPLX meshes and SMPL for bodies.').sort()).toEqual(['SMPL', 'SMPL-X']);
    expect(models('It improves over StreamMapNet and MapTRv2 and beats SparseDriveV2 and DiffusionDrive.').sort()).toEqual(['DiffusionDrive', 'MapTRv2', 'SparseDriveV2', 'StreamMapNet']);
    // (real: tune52 2506.18602 "the USE (Universal Sentence Encoder), InferSent"; corpus 2603.06982 "encoders from ULIP
    // and OpenShape", OpenShape a data set before)
    expect(models('We compare the Universal Sentence Encoder with encoders from ULIP and OpenShape.').sort()).toEqual(['OpenShape', 'ULIP', 'Universal Sentence Encoder']);
    // (real: corpus 2506.12116 "two open-source VLMs: Donut and Florence-2", 2509.01644 "Following … CapPa and AIMv2")
    expect(models('Patches are parsed by Donut and Florence-2, following AIMv2.').sort()).toEqual(['AIMv2', 'Donut', 'Florence-2']);
    // ByteDance's lines as they write them (real: corpus 2601.09668 "Seed1.5-VL", read as Seed-1.5-VL before; 2504.19191
    // "the hybrid-head concept from Hymba")
    expect(models('We compare Seed1.5-VL and Seed-Coder, building on the hybrid-head concept from Hymba.').sort()).toEqual(['Hymba', 'Seed-Coder', 'Seed1.5-VL']);
    // (real: corpus 2506.22149 "We tested RetFiner on the retinal FMs RETFound, UrFound, and VisionFM")
    expect(models('We tested RetFiner on the retinal FMs RETFound, UrFound, and VisionFM.')).toContain('VisionFM');
    // the forty-ninth session's group (real: corpus 2605.16941 "Experiments on LLaDA and MMaDA show that WINO improves",
    // MMaDA a data set before; 2601.22629 "demonstrated on LLaDA and TraDo", 2506.06144 "a 3.50% boost over LanguageBind
    // on Video-MME", 2605.05499 "the compact Moondream-2B vision language model")
    expect(models('Experiments on LLaDA and MMaDA, on TraDo, over LanguageBind, and with the compact Moondream-2B.').sort()).toEqual(['LLaDA', 'LanguageBind', 'MMaDA', 'Moondream-2B', 'TraDo']);
  });

  it('reads a spaced 3D before what a body model models as its dimension, in lower case only', () => {
    // real: corpus 2503.12165 "normal maps derived from the SMPL-X 3D human model"; "SAM 3D Body" is Meta's model
    expect(models('We use normal maps derived from the SMPL-X 3D human model and the SMAL 3D animal model.').sort()).toEqual(['SMAL', 'SMPL-X']);
    expect(models('Recent methods such as SAM 3D Body achieve strong robustness.')).toEqual(['SAM-3D']);
  });
});

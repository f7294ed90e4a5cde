import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';

const models = (abstract: string, title = 'A study') =>
  extractPaper({ key: 'paper:x', title, abstract })
    .filter((m) => m.kind === 'model')
    .map((m) => m.label);

describe('models of unseen families, by shape', () => {
  it('reads a name joined to a parameter size, with its tail', () => {
    expect(models('We fine-tune Zephyrus-13B-Instruct and Quillon-2.7B on our data.')).toEqual(['Quillon-2.7B', 'Zephyrus-13B-Instruct']);
    // after a space, only a coined name ("LLaDA 8B", not "Ascend 910B")
    expect(models('LLaDA 8B runs on an Ascend 910B chip.')).toEqual(['LLaDA-8B']);
    const [m] = extractPaper({ key: 'p', title: 'T', abstract: 'Zephyrus-13B-Instruct is our baseline.' }).filter((x) => x.kind === 'model');
    expect(m?.model).toEqual({ family: 'Zephyrus', size: '13B', variant: 'Instruct' });
    // a mixture of experts' active parameters after its total (tune35 2602.19000 "MagicAgent-30B-A3B", corpus
    // 2606.22578 "GigaChat-10B-A1.8B"); only right after the size ("Zephyrus-VL-A3B" has no size before it)
    expect(models('Results show that Zephyrus-30B-A3B and Quillon-10B-A1.8B-Instruct reach 90%.')).toEqual(['Quillon-10B-A1.8B-Instruct', 'Zephyrus-30B-A3B']);
    expect(models('Results show that Zephyrus-13B-Instruct-A3B reaches 90%.')).toEqual(['Zephyrus-13B-Instruct']);
    expect(models('We compare with Qwen2.5-VL and Zephyrus-VL-A3B on vision tasks.')).toEqual(['Qwen2.5-VL', 'Zephyrus-VL']);
  });

  it('reads a plain word before a spaced size as a model where the text presents it as one', () => {
    // (invented, in the shapes of 2504.15120 "Kuwain 1.5B: …", 2505.02410 "We present Bielik 11B v2, …", 2605.01870
    // "Maistros 8B, a state-of-the-art open-weights Greek LLM")
    expect(models('We release it.', 'Zephyrus 13B: An Open Language Model')).toEqual(['Zephyrus-13B']);
    // (a technical report's title names the paper's own model, spelled as the title writes it)
    expect(models('We release it.', 'Zephyrus 13B Technical Report')).toEqual(['Zephyrus 13B']);
    expect(models('We compare with Zephyrus 13B, a multilingual language model, on our data.')).toEqual(['Zephyrus-13B']);
    expect(models('In this report we present Zephyrus 13B v2, a state-of-the-art Polish language model.')).toEqual(['Zephyrus-13B']);
    // the word alone, a title without a model word, a colon not opening the title, a small b: not enough
    // (a reviewer's sentences: brown dwarfs, a trial's phase, a table)
    expect(models('We ran it on an Ascend 910B chip and a Huawei Ascend 910B NPU.')).toEqual([]);
    expect(models('Results for Compact 7B: the loss falls.')).toEqual([]);
    expect(models('We observe it.', 'Gliese 229B: a tight binary brown dwarf')).toEqual([]);
    expect(models('We present Phase 2b results from the trial. We introduce Table 3B, listing all runs.')).toEqual([]);
  });

  it('reads a lower-case tier or release word inside a sized name, not a participle or a describing word', () => {
    // (2602.21374 "Aya-expanse-8B", 2504.04383, 2606.26872; the other names invented; Aya Expanse is now read by the
    // model lexicon, as Cohere writes it)
    expect(models('We use Aya-expanse-8B, Quillon-expanse-8B, R1-distill-32B and FLUX.2-klein-4B.')).toEqual(['Aya-Expanse-8B', 'FLUX.2-klein-4B', 'Quillon-expanse-8B', 'R1-distill-32B']);
    expect(models('We compare RL-trained-7B and GPT-style-7B policies with zero-shot-8B runs.')).toEqual([]);
  });

  it('reads a derived model whole, past the known family inside it', () => {
    expect(models('Baselines: MegaBeam-Mistral-7B, Llama-SEA-LION-v2-8B-IT and LLaVA-Video-72B.')).toEqual([
      'Llama-SEA-LION-v2-8B-IT', 'LLaVA-Video-72B', 'MegaBeam-Mistral-7B',
    ]);
    // a creator prefix is not part of the name, and a stage after a known model's size does not make a new family
    expect(models('We use Meta-Llama-3-8B-Instruct and Qwen3-8B-SFT.')).toEqual(['Llama-3-8B-Instruct', 'Qwen3-8B']);
  });

  it('reads a coined name with a model tail where the context is about models', () => {
    expect(models('We compare Keye-VL, Seed-Coder and Fun-Audio-Chat.')).toEqual(['Fun-Audio-Chat', 'Keye-VL', 'Seed-Coder']);
    expect(models('We compare Qwen2.5-VL-7B and Orbis-VL.')).toEqual(['Orbis-VL', 'Qwen2.5-VL-7B']);
    expect(models('The Orbis-VL model is strong.')).toEqual(['Orbis-VL']);
    // alone, a tail is weak evidence: a task tag or a data name
    expect(models('We study Orbis-VL tasks and the LMSYS-Chat-1M logs.')).toEqual([]);
  });

  it('reads no model in a name written before a data noun (2503.18596, LinkAlign)', () => {
    const abstract =
      'We evaluate our method performance of schema linking on the SPIDER and BIRD benchmarks, and the ability to adapt existing Text-to-SQL models to real-world environments on the SPIDER 2.0-lite benchmark.';
    expect(models(abstract, 'LinkAlign: Scalable Schema Linking for Real-World Large-Scale Multi-Database Text-to-SQL')).toEqual([]);
  });

  it('leaves sizes of data, counts and non-names alone', () => {
    expect(
      models('Our 7B model beats the 70B one. We train on LAION-5B, with 1B tokens, using sub-7B and RL-trained-8B settings; the Sentinel-2B satellite; BioASQ-7B.'),
    ).toEqual([]);
    expect(models('We study 3D-VL tasks with Evol-Instruct data and a MoE 30B.')).toEqual([]);
  });

  it('reads an unseen family listed among known models', () => {
    // real: 2603.23251
    expect(models('We conduct two tasks across six models:Jais, Mistral, LLaMA, GPT-4o, Gemini, and DeepSeek.')).toContain('Jais');
    // invented
    expect(models('We compare GPT-4o, Quokka and Llama-3-8B.')).toEqual(['GPT-4o', 'Llama-3-8B', 'Quokka']);
    // a word ending in "or" is no member before "or" (real: tune43 2605.26456 read "Pri" of "Prior Depth Anything")
    expect(models('Sparse-LiDAR-prompted depth foundation models (PromptDA, Prior Depth Anything, DMD3C) have shown strong results.')).not.toContain('Pri');
    // people, architectures, techniques, acronyms and sentence starts are no models
    expect(models('We compare GPT-4o, Humans and Llama-3-8B; Mistral-7B, Dropout and Qwen3; Gemma-2, RNN and BERT.')).toEqual([
      'BERT', 'Gemma-2', 'GPT-4o', 'Llama-3-8B', 'Mistral-7B', 'Qwen3',
    ]);
    // with its release after a space, before the list goes on or ends (real: tune36 2606.13872 "leading systems
    // including Seedance 2.0, Kling O3 Pro, Veo 3.1, and OmniHuman 1.5 in both automated metrics", corpus 2604.13686
    // "(DeepSeek v3.2, MiniMax 2.7, LLaMA 3.3, Qwen3)"); a number of two digits on either side of the dot is a score
    expect(models('Systems including Seedance 2.0, Veo 3.1, and OmniHuman 1.5 in both metrics; GPT-4o, Quokka 2.5 and Llama-3-8B.')).toEqual([
      'GPT-4o', 'Llama-3-8B', 'OmniHuman-1.5', 'Quokka-2.5', 'Seedance-2.0', 'Veo-3.1',
    ]);
    expect(models('Models (DeepSeek v3.2, MiniMax 2.7, LLaMA 3.3, Qwen3) are compared.')).toContain('MiniMax-2.7');
    expect(models('Scores: GPT-4o, Quokka 17.5 and Llama-3-8B 6.1.')).toEqual(['GPT-4o', 'Llama-3-8B']);
    // one known model is no list of models
    expect(models('We compare GPT-4o and Quokka.')).toEqual(['GPT-4o']);
    // a family the lexicon reads only with a version is that family in a list of models (real: 2503.24138), an
    // optimiser in a list of optimisers
    expect(models('We compare five foundation models, DINOv2, YOLO-World, GroundingDINO, SAM and MedSAM, against YOLOv8.')).toContain('SAM');
    expect(models('Optimizers such as SAM, Adam and SGD are compared.')).toEqual([]);
  });

  it('reads the examples after the acronym of a model class in parentheses, lower-case prefix included', () => {
    // real: 2508.19724 (tune20) "Small vision-language models (sVLMs) such as ViLT, VisualBERT and FLAVA"
    expect(models('Small vision-language models (sVLMs) such as ViLT, VisualBERT and FLAVA lag behind.')).toEqual(['FLAVA', 'ViLT', 'VisualBERT']);
    // invented: the other class acronyms ("large reasoning models (LRMs)", "vision foundation models (VFMs)")
    expect(models('Large reasoning models (LRMs) such as DeepSeek-R1 and OrcaThink-9B reason at length.')).toEqual(['DeepSeek-R1', 'OrcaThink-9B']);
    expect(models('Vision foundation models (VFMs) such as DINOv2 and KelpViT generalise.')).toEqual(['DINOv2', 'KelpViT']);
  });

  it('reads coined model names listed next to one model, along the list', () => {
    // invented, after real lists of the 2025-26 corpus ("UperNet and Mask2Former", "StarGAN, AttGAN and …")
    expect(models('We compare StarCoderBase, WizardCoder-15B, OctoCoder and SantaCoder.')).toEqual(['OctoCoder', 'SantaCoder', 'StarCoderBase', 'WizardCoder-15B']);
    expect(models('We use CodeWeaverBase and Llama-2 as baselines.')).toEqual(['CodeWeaverBase', 'Llama-2']);
    // (UPerNet, as its creators write it, is in the models lexicon since 2026-12-05)
    expect(models('Decoders such as Mask2Former, UperNet and PoolFormer are tried.')).toEqual(expect.arrayContaining(['PoolFormer', 'UPerNet']));
    // a version glued after a small letter is a coined name too
    expect(models('We fine-tune GPT-4o and Tarkin3.')).toEqual(['GPT-4o', 'Tarkin3']);
    // words with no model ending (tools, data, plain words) stay out, and so does a list the text calls methods
    expect(models('Results for GPT-4, DeepSpeed and PyTorch.')).toEqual(['GPT-4']);
    expect(models('We compare GPT-4o and WikiHow.')).toEqual(['GPT-4o']);
    expect(models('It outperforms prior methods, including LCM, SD-Turbo, and FlashBrushv2.')).toEqual(['SD-Turbo']);
  });

  it('keeps the acronym a text gives a model as one of its names', () => {
    const [m] = extractPaper({ key: 'p', title: 'T', abstract: 'Masks from Segment Anything (SAM) guide it; SAM is frozen.' }).filter((x) => x.kind === 'model');
    expect(m?.aliases).toEqual(['SAM', 'Segment Anything']);
    expect(models('We use GPT-4 (OpenAI) for labels.')).toEqual(['GPT-4']);
  });

  it('reads a compound name that ends in a size word and holds a known family', () => {
    // real: holdout2 2506.00467
    expect(models('Semi-SST-ViT-Huge achieves the best results. Compared to the fully-supervised DeiT-III-ViT-Huge, it wins.')).toEqual([
      'DeiT-III-ViT-Huge', 'Semi-SST-ViT-Huge',
    ]);
    // invented; a known model with its size word stays the family's, and no family inside is no compound
    expect(models('We compare Orca-Net-BERT-Large and ViT-Huge. The Foo-Bar-Large setting is slow.')).toEqual(['Orca-Net-BERT-Large', 'ViT-Huge']);
  });

  it('reads a name with a version and a release tier, whatever the family', () => {
    // real: 2605.22643 (tune1), 2603.05197, 2509.22651
    expect(models('ASR ranges from 20.5% for Claude Haiku 4.5 to 92.9% for Gemini 3.1 Flash Lite, with Seed 2.0 Lite also above 80%.')).toEqual([
      'Claude-Haiku-4.5', 'Gemini-3.1-Flash-Lite', 'Seed-2.0-Lite',
    ]);
    expect(models('We experiment with the diffusion models LLaDA2.0-mini and Step-Audio-2-mini.')).toEqual(['LLaDA2.0-mini', 'Step-Audio-2-mini']);
    // invented
    expect(models('Quillon 1.5 Pro and Marlin-3.2-Instruct-v2 are compared.')).toEqual(['Marlin-3.2-Instruct-v2', 'Quillon-1.5-Pro']);
    const [m] = extractPaper({ key: 'p', title: 'T', abstract: 'We test Quillon 1.5 Pro.' }).filter((x) => x.kind === 'model');
    expect(m?.model).toEqual({ family: 'Quillon', version: '1.5', variant: 'Pro' });
  });

  it('leaves devices, modes of thought, data and lower-case prose with a version and a tier alone', () => {
    // a whole number between spaces, an all-caps tier after a space, a lower-case tier after a space, a dataset
    expect(
      models('A Mavic 2 Pro drone and the iPhone 16 Pro; System 2 Thinking; detectors trained on HC3 PLUS; version 2.0 plus fixes; Spider 2.0-Lite.'),
    ).toEqual([]);
  });

  it('reads the other mentions of a family the paper names a model of by its shape', () => {
    // real: 2508.11737 (tune1): the title's and the predecessor's names are models too
    const abstract =
      'We present Ovis2.5, a successor to Ovis2 designed for native-resolution visual perception. We release Ovis2.5-9B and Ovis2.5-2B; Ovis2.5-9B beats Ovis2-8B.';
    const ms = extractPaper({ key: 'p', title: 'Ovis2.5 Technical Report', abstract }).filter((x) => x.kind === 'model');
    expect(ms.map((x) => `${x.label} ${x.relation}`).sort()).toEqual([
      // (both released sizes are the paper's: a sized model of its own proposal is proposed, paper.ts → ownReleases)
      'Ovis2 uses', 'Ovis2-8B uses', 'Ovis2.5 proposes', 'Ovis2.5-2B proposes', 'Ovis2.5-9B proposes',
    ]);
    // invented: a coined family alone, named before its sized model; a plain word needs its version ("Seed data" is
    // data); a data noun after the name names a dataset
    expect(models('Merlot beats GraniteFox on our tests. GraniteFox 8B is open. Seed 2.0 is ours; Seed data helps.')).toEqual(['GraniteFox', 'GraniteFox-8B']);
    expect(models('Seed 2.0 Lite is new; Seed 2.0 is older.')).toEqual(['Seed-2.0', 'Seed-2.0-Lite']);
    expect(models('The GraniteFox dataset trains GraniteFox 8B.')).toEqual(['GraniteFox-8B']);
    // an acronym or a currency says nothing of its other mentions ("TF2-12B" and "TF1"; "USD 1.81B")
    expect(models('TF2-12B is trained on TF1. Agents hold USD 1.81B, over USD 3 billion.')).toEqual(['TF2-12B']);
  });

  it('reads a model named after a family with a word glued before it', () => {
    // real: 2604.17629 and 2602.09121 (tune1), 2602.23940
    expect(models('Pretrained biomedical vision-language models (VLMs) such as BioMedCLIP perform well on average.')).toEqual(['BioMedCLIP']);
    expect(models('Emotion2Vec for speech, a ResNet-based model for facial expressions, and DistilRoBERTa for text.')).toContain('DistilRoBERTa');
    expect(models('Ten pre-trained models, including mBERT, XLM-R, DevBERT, HindiBERT, IndicBERT, and NepBERTa, were fine-tuned.')).toEqual(
      expect.arrayContaining(['DevBERT', 'HindiBERT', 'IndicBERT', 'NepBERTa']),
    );
    // real: 2505.03845 (tune1): a dash after a word is no hyphenated name; Video Swin is a family of its own
    expect(models('This study explores deep learning (DL) models-ViViT, Video Swin Tiny, and 3D CNN-LSTM with attention layers.')).toEqual([
      'Video Swin-tiny', 'ViViT',
    ]);
    // a version glued after the family is part of the name (real: 2509.02446-like "AraBERTv2", "TableGPT2")
    expect(models('AraBERTv2 outperformed TableGPT2 and MarineCLIP2-base.')).toEqual(['AraBERTv2', 'TableGPT2']);
    // a family spelt with a digit is read whole before a version is looked for
    expect(models('We fine-tune BanglaByT5 alone.')).toEqual(['BanglaByT5']);
    // invented: a variant word may end it; a known family misspelt by one missing letter is that family
    expect(models('We tune QuokkaLlama, BanglaByT5 and MarineCLIP-base against InstrctGPT.')).toEqual([
      'BanglaByT5', 'InstructGPT', 'MarineCLIP-base', 'QuokkaLlama',
    ]);
    // real: 2505.04964 (tune2): a describing word after a hyphen ends the name
    expect(models('We fine-tune three open-source VLMs (PaliGemma2, Gemma3, and ConceptCLIP-enhanced Gemma3) via LoRA.')).toEqual([
      'ConceptCLIP', 'Gemma-3', 'PaliGemma-2',
    ]);
    // invented: "-based" too; an unknown lower-case word after the hyphen still makes another name
    expect(models('A QuokkaLlama-based agent and a MarineCLIP-tuner.')).toEqual(['QuokkaLlama']);
    // a depth family's glued name keeps its depth, and a wide network its width after it: real 2508.02186 (tune32)
    // "with ResNet-18, PreActResNet-18, and WideResNet-34-10"; invented; not a name that goes on ("MarineResNet-18a")
    expect(models('With ResNet-18, PreActResNet-18, and WideResNet-34-10 we test it.')).toEqual(['PreActResNet-18', 'ResNet-18', 'WideResNet-34-10']);
    expect(models('We compare HarborResNet-50 and QuokkaResNet-152 with MarineResNet-18a.')).toEqual(['HarborResNet-50', 'QuokkaResNet-152']);
    // RoBERTa's descendants are named with "BERTa" (real: 2510.13854 "baselines like AfriBERTa", 2510.18904 "the
    // pre-trained models of RoBERTA and CodeBERTa"); capitals glued before BERT name a BERT model too (real: tune36
    // 2604.21108 "employing the (state-of-the-art) MARBERT model", 2602.12937 "our best-performing LAHJATBERT model")
    expect(models('Baselines like AfriBERTa and CodeBERTa trail MARBERT and LAHJATBERT.')).toEqual(['AfriBERTa', 'CodeBERTa', 'LAHJATBERT', 'MARBERT']);
    // invented: capitals before another family are as often a method; one capital is Sentence-BERT's short form
    expect(models('We compare ASAM, GEOCLIP and SBERT.')).toEqual(['Sentence-BERT']);
    // (a review's: a release after a hyphen ends such a name; an apposition naming something else makes it no model;
    // real: corpus 2508.16870 "It also introduces JUDGEBERT, a novel evaluation metric")
    expect(models('We use DNABERT-2 and MARBERT-v2 as baselines.')).toEqual(['DNABERT-2', 'MARBERT-v2']);
    expect(models('It also introduces JUDGEBERT, a novel evaluation metric designed to assess meaning.')).toEqual([]);
  });

  it('leaves glued names that are data, techniques, metrics, acronyms or parts of longer names alone', () => {
    expect(
      models('We prune with SparseGPT, check with SelfCheckGPT, train on ShareGPT, report the ChatGPT score, use TerraRSCLIP, Role-SynthCLIP and MulViT-TF; the OceanCLIP dataset.'),
    ).toEqual([]);
  });
});

describe('coined names a model noun makes models', () => {
  it('reads a coined name before "model" or "backbones", with a long form between them', () => {
    // real: 2508.06995, 2503.17212, 2505.15176 (tune2)
    expect(models('Under the same setting, S2-UniSeg outperforms the SOTA UnSAM model, achieving notable improvements.')).toContain('UnSAM');
    // (after 2503.17212, whose "we present … the SaRa (Saliency Ranking) model" the proposal reader takes)
    expect(models('A gaze prior enhances the SaRa (Saliency Ranking) model on news pages.')).toEqual(['SaRa']);
    expect(models('Our method improves cross-dataset recognition for both GaitBase and DeepGaitV2 backbones.')).toEqual(['DeepGaitV2', 'GaitBase']);
    // invented: a plural noun after a single name names a kind of model; a short camel-case word is an abbreviation
    expect(models('We study PanoFormer models and ReID models for the task.')).toEqual([]);
  });

  it('reads the coined name an apposition headed by "model" describes', () => {
    // real: tune4 2606.26618, corpus 2507.08743, 2506.10361
    expect(models('We study this quality gap using VoxCPM2, a 2.4B-parameter, tokenizer-free TTS model that joins a MiniCPM-4 backbone with a decoder.')).toContain('VoxCPM2');
    expect(models('At the core of Geo-ORBIT is GeoLane, a lightweight lane detection model that learns lane geometries.')).toEqual(['GeoLane']);
    expect(models('FaceLiVT is 8.6 faster than EdgeFace, a recent hybrid CNN-Transformer model optimized for edge devices.')).toEqual(['EdgeFace']);
    // invented: "model" as a modifier, a preposition or another head between, a plain word before the comma
    expect(models('We present ZetaFlow, a model-agnostic plug-in.')).toEqual([]);
    expect(models('We use FooBarNet, a framework for training the model.')).toEqual([]);
    // a name of a release's shape too, when the noun ends the apposition's head (real: tune36 2604.08388, corpus
    // 2508.21569); not "a model training framework" (corpus 2601.03948 "Trade-R1, a model training framework")
    expect(models('We study it using Goedel-Prover-V2, an open-source model heavily trained on formal math.')).toEqual(['Goedel-Prover-V2']);
    expect(models('Along with it we share MahaSBERT-STS-v2, a fine-tuned Sentence-BERT model optimized for similarity.')).toContain('MahaSBERT-STS-v2');
    expect(models('We compare it with Trade-R1, a model training framework that bridges rewards.')).toEqual([]);
    // (a review's: at the text's end; not a variant of a known data set)
    expect(models('Following Kimina-Prover-V2, an open-source model')).toEqual(['Kimina-Prover-V2']);
    expect(models('Using GSM-Plus-V2, a model that is a dataset, we test.')).toEqual([]);
    expect(models('In addition, a diffusion model is used.')).toEqual([]);
  });

  it('reads the coined names a model noun introduces, along their list', () => {
    // real: 2507.05177 (tune2): a comma after the name ends no list
    expect(models('Based on our empathetic speech-to-text model BLSP-Emo, OpenS2S further employs a streaming decoder.')).toEqual(['BLSP-Emo']);
    // invented: "such as", parentheses, a list ending in "and"
    expect(models('Compared with VLMs such as QuillVision, MarsCoder and StellaNet, and three models (OrcaFlow, KelpNet, and ReefGAN).')).toEqual([
      'KelpNet', 'MarsCoder', 'OrcaFlow', 'QuillVision', 'ReefGAN', 'StellaNet',
    ]);
    // a dotted release after the name is part of it (real: "the T2I model HunyuanImage 3.0", corpus)
    expect(models('When extended to the 80B-parameter T2I model HunyuanImage 3.0, our method improves.')).toEqual(['HunyuanImage-3.0']);
    // a statistic in parentheses, kinds of models and layers, a known technique or dataset: none is a model
    expect(models('Across all five models (McNemar p < 0.05), a BiLSTM model, SpeechLLM backbones, models such as AutoML and ImageNet.')).toEqual([]);
  });

  it('reads a coined name set off by commas after a model noun', () => {
    // real: 2505.10737 (tune40) "a general-purpose avian detection model, BirdDetector, in estimating …", 2505.17721
    // "the existing state-of-the-art model, DiffFacto, on …", 2503.19311 "the current best model, GeoRSCLIP, by …"
    expect(models('We assess the performance of a general-purpose avian detection model, BirdWatcher, in estimating counts.')).toEqual(['BirdWatcher']);
    expect(models('It outperforms the existing state-of-the-art model, DiffFactor (Zhang et al.), on chairs.')).toEqual(['DiffFactor']);
    // (real: 2510.00880 "rivaling specialized models, MiniCheck (7B; 84.0%) and Granite Guardian 3.3")
    expect(models('It rivals specialized models, MiniCheckr (7B; 84.0%), while using half their parameters.')).toEqual(['MiniCheckr']);
    // not a kind (real: 2505.20710 "models like LLMs, VLMs,"), nor after an acronym noun (real: 2606.22126 "existing
    // LLM, VLM,"), nor a name that is not coined, nor one the comma does not close
    expect(models('Unlike models, SpeechLLMs, and most LLM, QuillNet, pipelines, this model, Table, and the model, BirdWatcher are fast.')).toEqual([]);
    // nor the subject after a sentence's introductory phrase that ends with the noun (a review's: "To train the model,
    // PyTorch (v2.1) and DeepSpeed are used", "When deploying the model, TensorRT (FP16) gives …")
    expect(models('To train the model, PyTorchLite (v2.1) and DeepSpeed are used. When deploying the model, TensorRT (FP16) gives a 3x speedup.')).toEqual([]);
  });

  it('reads a name in capitals right after a singular model noun used as a noun, never after the verb "model"', () => {
    // real: 2507.13318 (tune15) "the combination of language model T5 and audio model AST yields the best
    // performance"; 2512.23705 "The resulting model, DKT, achieves zero-shot SOTA"; 2604.19370 "the state-of-the-art
    // wildfire simulation model FARSITE."
    expect(models('The combination of language model T5 and audio model ZAST yields the best performance.')).toEqual(['T5', 'ZAST']);
    expect(models('The resulting model, QKT, achieves zero-shot SOTA on real data.')).toEqual(['QKT']);
    expect(models('We compare with the state-of-the-art wildfire simulation model HARSITE. Our code is fast.')).toEqual(['HARSITE']);
    // a family read only with a version, named by the noun: "Unlike the foundation model SAM, which needs a prompt"
    expect(models('Unlike the foundation model SAM, which needs a prompt for each image, ours does not.')).toEqual(['SAM']);
    // the verb (real 2601.21352 "we model GUI task execution as a DFS process", 2603.03095 "to fully model ACD as a
    // generative task"), a kind of model, an apposition the comma does not close, a name the lexicons call data
    expect(models('In this work, we model GUI task execution as a DFS process.')).toEqual([]);
    expect(models('This is the first attempt to fully model ACD as a generative task.')).toEqual([]);
    expect(models('We adapt the pretrained model MLP for the task.')).toEqual([]);
    expect(models('In the evaluation of a 1.7B parameter model, DMA significantly outperforms attention.')).toEqual([]);
    expect(models('We fine-tune the base model on GSM8K and MMLU.')).toEqual([]);
  });

  it('reads an example list after a model noun in list shapes, passing over known families', () => {
    // real: 2602.19063 (tune5): mixed letters and digits, two capitalised pieces, a digit-led piece
    expect(models('Our designs improve 3D LMM backbones such as LL3DA, LL3DA-SONATA, Chat-Scene, and 3D-LLAVA.')).toEqual([
      '3D-LLAVA', 'Chat-Scene', 'LL3DA', 'LL3DA-SONATA',
    ]);
    // real: "neural networks models such as YOLOv11 and Detectron2" (2505.23543, corpus): a known family first
    expect(models('Models such as YOLOv11 and Quill3D have changed the field.')).toEqual(['Quill3D', 'YOLOv11']);
    // invented: known families between the items; a list that does not end with "and" adds nothing after the first
    expect(models('VLMs such as Orca-Pro, GPT-4o, and Kelp-U are strong.')).toEqual(['GPT-4o', 'Kelp-U', 'Orca-Pro']);
    expect(models('VLMs such as Orca-Pro, Kelp-U are strong.')).toEqual(['Orca-Pro']);
    // not without an example lead ("the model Kelp-U"), a GPU or a count, an item followed by a noun (real:
    // "preference models like Bradley-Terry model", 2505.07558), an architecture kind or a known dataset
    expect(models('We ran the model Kelp-U on an A100.')).toEqual([]);
    expect(models('Models such as A100, V100 and H100 GPUs.')).toEqual([]);
    expect(models('Existing methods assume preference models like Bradley-Terry model.')).toEqual([]);
    expect(models('Backbones such as CNN-LSTM, COCO-Stuff and Vision-Language models.')).toEqual([]);
  });

  it('reads an acronym of four to six capitals in such a list, never a kind of model', () => {
    // real: "segmentation models based on MLLMs, such as LISA, often struggle" (2604.14147, tune5); "existing models
    // such as ChemBERTa, TITAN, and NetTCR" (2505.01433, corpus)
    expect(models('Existing segmentation models based on MLLMs, such as LISA, often struggle.')).toEqual(['LISA']);
    expect(models('We benchmark against existing models such as ChemBERTa, TITAN, and NetTCR.')).toEqual(['ChemBERTa', 'NetTCR', 'TITAN']);
    // invented: kinds of models and short acronyms
    expect(models('Models such as LSTM, GRU and MLP, or VLMs such as OCR, are compared.')).toEqual([]);
    // the full tune5 sentence: the acronym of the long form, in parentheses, leads into the examples; without an
    // example lead after it, nothing is introduced
    expect(models('Existing segmentation models based on multimodal large language models (MLLMs), such as LISA, often struggle.')).toEqual(['LISA']);
    expect(models('We adapt large language models (LLMs) to KELPX tasks.')).toEqual([]);
  });

  it('reads the name a singular LLM/VLM/MLLM introduces, never the name before it', () => {
    // real: 2508.03127 (tune5), 2508.07414 (corpus)
    expect(models('The open-source remote-sensing VLM EarthDial achieves only 0.07 SPIDEr.')).toEqual(['EarthDial']);
    expect(models('We train an open-source MLLM CulturalPangea on our data.')).toEqual(['CulturalPangea']);
    // real: "ProtectAI LLM Guard" (2505.13028), "the OpenCompass VLM leaderboard" (2509.10105): the noun modifies another
    expect(models('Lakera Guard and ProtectAI LLM Guard emerged as the best tools.')).toEqual([]);
    expect(models('It ranks 8th on the OpenCompass VLM leaderboard.')).toEqual([]);
  });

  it('reads the coined name a verb of training takes as a model', () => {
    // real: 2604.06826, 2604.01612 (corpus)
    expect(models('Fine-tuned SloBERTa is the best model on governance questions.')).toEqual(['SloBERTa']);
    expect(models('The probe achieves a mean AUROC of 0.96, surpassing fully fine-tuned SuPreM (0.9493).')).toEqual(['SuPreM']);
    // invented: "trained" alone, a sensor, a company and a lower-case word are not read
    expect(models('A trained QuokkaNet, pre-trained LiDAR detectors, fine-tuning OpenAI APIs and a pre-trained encoder.')).toEqual([]);
  });

  it('reads an acronym with a model piece or a capitalised piece, never an architecture kind or a modality', () => {
    // invented
    expect(models('It exceeded the AFPF-Net model and the CFR-GAN model, not the CNN-Former model or an RGB-Thermal model.')).toEqual(['AFPF-Net', 'CFR-GAN']);
  });

  it('leaves a name to the known families and the other shapes', () => {
    // real: 2512.14562: a size after it is read by the size rule; a known family keeps its reading
    expect(models('Compact models such as TinyLlama 1.1B and Phi-2 achieve comparable performance.')).toEqual(['Phi-2', 'TinyLlama-1.1B']);
    // (a known family's three-digit depth is its reading: lexicons/models.json depthFamilies)
    expect(models('We use the DenseNet201 model and the EfficientNet model.')).toEqual(['DenseNet-201', 'EfficientNet']);
  });
});

describe('a capitalised name listed as the second of two examples after a known model', () => {
  it('reads it after "e.g.", "such as", "including" or "like", when the list ends there', () => {
    // real: 2606.32020 (tune2; FLUX is now in the lexicon, spelt Flux too); invented: a name no lexicon knows
    expect(models('This constraint prevents transfer from modern Teachers (e.g., SD 3.5 and Flux) into compact Students.')).toEqual([
      'FLUX', 'Stable Diffusion-3.5',
    ]);
    expect(models('This constraint prevents transfer from modern Teachers (e.g., SD 3.5 and Quillora) into compact Students.')).toEqual([
      'Quillora', 'Stable Diffusion-3.5',
    ]);
    // invented: a list that goes on, a sentence start, a listed non-model
    expect(models('Models such as GPT-4o and Quokka, Zebra or Python.')).toEqual(['GPT-4o']);
    expect(models('Tools like GPT-4 and Python.')).toEqual(['GPT-4']);
    // and the first of two examples, before the known model (real: "video generation models, such as Vidu and Sora")
    expect(models('Recent video generation models, such as Vidu and Sora, further highlight the power of transformers.')).toEqual(['Sora', 'Vidu']);
    // invented: a list that goes on after the known model
    expect(models('Models such as Quokka and GPT-4o and Zebra.')).toEqual(['GPT-4o']);
  });
});

describe('checkpoints named with a size letter and a patch size', () => {
  it('reads a coined name before "-XL/2"-style sizes as a model', () => {
    // real: 2504.05741 (tune2), 2505.21114
    expect(models('For ImageNet 256x256, Our DDT-XL/2 achieves a new state-of-the-art performance of 1.31 FID.')).toEqual(['DDT-XL/2']);
    expect(models('FlowDCN-XL/2 is compared with DiT-XL/2 and SiT-XL/2.')).toEqual(['DiT-XL/2', 'FlowDCN-XL/2', 'SiT-XL/2']);
    // invented: a plain word, a lower-case letter or a ratio is no checkpoint
    expect(models('The Flow-XL/2 layout, the QuokkaNet-s/2 split and the DataX-B/2.5 ratio.')).toEqual([]);
  });
});

describe('counted lists of networks', () => {
  it('reads the coined names of a list whose count matches, after a plural network noun, and nothing else', () => {
    // invented
    expect(models('We compare three lightweight detectors: FooDet, BarNet-S, and QUUX, on drones.').sort()).toEqual(['BarNet-S', 'FooDet', 'QUUX']);
    // real: 2606.21309 (tune5), 2509.12595
    expect(models('We evaluate two open-vocabulary monocular 3D architectures, OVMono3D-LIFT and DetAny3D, under zero-shot, ground-truth 2D box prompt, and supervised fine-tuning protocols.').sort()).toEqual(['DetAny3D', 'OVMono3D-LIFT']);
    expect(models('Our proposal is first evaluated on three state-of-the-art point-cloud registration models (HRegNet, D3Feat, and GeoTransformer) using the KITTI dataset.').sort()).toEqual(['D3Feat', 'GeoTransformer', 'HRegNet']);
    // nothing when the count differs, the list holds plain or lower-case words, or the noun is "encoders"
    expect(models('We compare three detectors, FooDet and BarNet, on drones.')).toEqual([]);
    expect(models('two robust trackers, Gaussian and Poisson, and two types of models, depth and FooNet, help.')).toEqual([]);
    // real: 2507.09982
    expect(models('ToDi leverages two encoders (OmicsEn and TextEn) to capture multi-level biological and semantic association.')).toEqual([]);
  });
});

describe('names a parameter count makes models', () => {
  it('reads "X with N parameters", "X (N parameters)" and "X, a N-parameter …" of a coined name', () => {
    // real (2603.07454, SLNet): variants of the paper's network, first read as data by the list after "On ModelNet40,"
    expect(models('On ModelNet40, SLNet-S with 0.14M parameters and 0.31 GFLOPs achieves 93.64% overall accuracy.')).toEqual(['SLNet-S']);
    // real (2604.07512): a name in lower case with a digit, in an apposition that counts its parameters
    expect(models('While r1, a 246M-parameter Graph Neural Network (GNN) trained on 800M molecules, generates new matter.')).toEqual(['r1']);
    // invented
    expect(models('We compare against FlowNetX (12.5M parameters) and TinyQuark with only 3M parameters.')).toEqual(['FlowNetX', 'TinyQuark']);
  });

  it('leaves counts of what is no name alone: performance, a metric after its value, a plain word', () => {
    expect(models('Our method reaches the best performance with only 3B parameters.')).toEqual([]);
    // real (2605.31400): "33.144 dB PSNR with only 4.94M parameters" counts the network's parameters, not PSNR's
    expect(models('FSM-style networks reach 33.144 dB PSNR with only 4.94M parameters.')).toEqual([]);
    expect(models('Students with 7B parameters learn faster.')).toEqual([]);
  });
});

describe('a coined name with a size word after a hyphen', () => {
  it('reads the size of a network no lexicon knows (real: 2604.05431)', () => {
    expect(models('CSAP-Tiny achieves 42.9% mIoU on ADE20K, surpassing SegNeXt-Tiny by +1.8% on ADE20K.')).toEqual(['CSAP-Tiny', 'SegNeXt-Tiny']);
    // invented: an acronym of three capitals or more, a camel-case name
    expect(models('We train QRX-Large and DeepWarp-Small.')).toEqual(['DeepWarp-Small', 'QRX-Large']);
  });

  it('leaves data variants, plain words and known families alone', () => {
    expect(models('We evaluate on Tiny-ImageNet and ImageNet-Large.')).toEqual([]);
    expect(models('Model-Large and Scale-Small are descriptions.')).toEqual([]);
    // real (2605.28700): a variant of data named with the same head as a dataset of the paper
    expect(models('The GSM-Symbolic dataset is shifted relative to GSM-Base.')).toEqual([]);
    // real (2512.21709): built on a family the lexicon knows, read by the lexicon with its later bare mentions
    const bengali =
      'This study investigates five transformer-based models: XLMRoBERTa-Large, mDeBERTaV3-Base, BanglaBERT-Base, IndicBERT-Base and MultilingualBERT-Base. ' +
      'Fine-tuning significantly improves performance, with XLM-RoBERTa, mDeBERTa and MultilingualBERT achieving around 91% on both accuracy and F1-score. ' +
      'IndicBERT demonstrates comparatively weaker performance, indicating limited effectiveness in fine-tuning for this task.';
    expect(models(bengali)).toContain('IndicBERT');
  });
});

describe('an enumerated list after a model noun', () => {
  it('reads every item of a list in parentheses and acronym-glued or plain names of an example list (real: 2604.24609)', () => {
    expect(models('We compare newer models (OpenPifPaf, AlphaPose, SDPose, SMPLest-X) on PHOENIX.')).toEqual(['AlphaPose', 'OpenPifPaf', 'SDPose', 'SMPLest-X']);
    // a plain word in bare parentheses is as often a category ("specialist models (Cardiac, Pulmonary)"): the list stops
    // there (the coined names before it are read by the example lists' rule, datasets.ts → findListedNames)
    expect(models('We compare newer models (OpenPifPaf, AlphaPose, Sapiens).')).toEqual(['AlphaPose', 'OpenPifPaf']);
    expect(models('We compare models such as OpenPifPaf, AlphaPose, SDPose and Sapiens.')).toEqual(['AlphaPose', 'OpenPifPaf', 'Sapiens', 'SDPose']);
    // capitals may lead a coined name before one or two small letters (real: 2603.08026 (tune13) "state-of-the-art
    // models like LLaDA and Dream"); not a word written in mixed case to spell an acronym
    expect(models('It preserves the accuracy of state-of-the-art models like LLaDA and Dream.')).toEqual(['Dream', 'LLaDA']);
    // a network's name, capitals and "Net" (real: 2503.14950 (tune13) "outperforming traditional models such as CFNet,
    // SegStereo, and iResNet")
    expect(models('It outperforms traditional models such as CFNet, SegStereo, and iResNet.')).toEqual(['CFNet', 'iResNet', 'SegStereo']);
    // (real: 2505.22131 "the Error-IndUced LEaRning (EULER) model")
    expect(models('We train the Error-IndUced LEaRning model on errors.')).toEqual([]);
  });

  it('reads no acronym of the words before, alone in parentheses, and no item the list does not end on', () => {
    expect(models('Large vision-language models (LVLMs) are strong.')).toEqual([]);
    expect(models('Gaussian mixture models (GMMS) fit the data.')).toEqual([]);
    // a name that goes on ("Faster R-CNN") is not an item "Faster"
    expect(models('We test detection models such as YOLOX, Faster R-CNN and DETR.')).not.toContain('Faster');
  });
});

describe('no family of a Roman numeral', () => {
  it('reads no model in "(IV-2B)", a competition edition and a dataset (real: 2507.02510)', () => {
    expect(models('Achieving 67.60% on the BCI Competition IV Dataset 1 (IV-1), 65.96% on Dataset 2A (IV-2A), and 80.22% on Dataset 2B (IV-2B).')).toEqual([]);
  });
});

describe('a release named in parentheses after a model noun, and lower-case prefixes', () => {
  const models = (abstract: string) => extractPaper({ key: 'p', title: 'A study', abstract }).filter((m) => m.kind === 'model').map((m) => m.label);

  it('reads a versioned hyphenated name that fills the parenthesis', () => {
    // arXiv 2605.07593 (tune19)
    expect(models('The strongest closed-source model (Gemini 3.1 Pro) reaches only 68.29% on general tasks, and the best open-source model (Ming-Flash-Omni-2.0) reaches 51.70%.')).toContain('Ming-Flash-Omni-2.0');
    // arXiv 2511.10555: the short form of the words before is no release; nor is a benchmark (invented)
    expect(models('These embeddings serve as conditions for a text-to-image diffusion model (T2I-DM) to generate stylistic images.')).toEqual([]);
    expect(models('We report the score of the model (MMLU-Pro-v2) on the test split.')).toEqual([]);
  });

  it('reads a plain word with a spaced size as the first example after a model noun', () => {
    // arXiv 2505.21467
    expect(models('However, state-of-the-art diffusion models (e.g., Dream 7B, LLaDA 8B) suffer from slow inference.')).toEqual(['Dream-7B', 'LLaDA-8B']);
    // invented: not after another noun
    expect(models('We run it on accelerators such as Ascend 910B.')).toEqual([]);
  });

  it('reads a lower-case prefix before two or three capitals as a coined name, not a metric or a stylised word', () => {
    // arXiv 2605.26295
    expect(models('This study explores an adapted version of mulEEG. The mulEEG model learns electroencephalogram signals.')).toContain('mulEEG');
    // arXiv 2512.20746 and 2603.19026
    expect(models('The strongest variant achieves 19.5 mAP50 model accuracy.')).toEqual([]);
    expect(models('We unlock segmentation from the MLLM itSELF with one embedding.')).toEqual([]);
  });
});

describe('more sizes of a sized name after slashes', () => {
  it('makes each size a model of the same family, named by the list as written', () => {
    // real: 2506.00711 (tune31) "we introduce QoQ-Med-7B/32B", 2512.02874 "WebSailor-7B/32B", 2605.20876
    // "Terminal-World-8B/14B/32B"
    expect(models('To bridge this gap, we introduce QoQ-Med-7B/32B, the first open generalist clinical foundation model.').sort()).toEqual(['QoQ-Med-32B', 'QoQ-Med-7B']);
    expect(models('We compare with WebSailor-7B/32B and Terminal-World-8B/14B/32B on the task.').sort()).toEqual([
      'Terminal-World-14B', 'Terminal-World-32B', 'Terminal-World-8B', 'WebSailor-32B', 'WebSailor-7B',
    ]);
    const aliases = extractPaper({ key: 'p', title: 'A study', abstract: 'We compare with WebSailor-7B/32B on the task.' }).find((m) => m.label === 'WebSailor-32B')?.aliases;
    expect(aliases).toEqual(['WebSailor-7B/32B']);
  });
  it('reads no list that goes on with a word', () => {
    // invented
    expect(models('We train Foo-7B/32B-parameter students.')).toEqual(['Foo-7B']);
    // (nor sizes after a variant: "Foo-7B-Instruct/32B" names no Foo-32B-Instruct to read as Foo-32B; invented)
    expect(models('We test Foo-7B-Instruct/32B here.')).toEqual(['Foo-7B-Instruct']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPaper, isMethodLongForm } from '../../src/extract/paper.ts';
import { compareMentions } from '../../src/extract/mentions.ts';
import type { Mention, PaperDoc } from '../../src/types.ts';
import { devDoc, devSentence, seedDoc, seedDocs } from './real-text.ts';

const modelLabels = (doc: PaperDoc) => extractPaper(doc).filter((m) => m.kind === 'model').map((m) => m.label);

describe('extractPaper', () => {
  it('returns nothing for an empty paper', () => {
    expect(extractPaper({ key: 'paper:empty', title: '', abstract: '' })).toEqual([]);
  });

  it('reads each paper afresh: no token of an earlier paper is still taken (the per-token buffers are reused)', () => {
    const doc = (abstract: string): PaperDoc => ({ key: 'paper:x', title: 'Evaluating reasoning', abstract });
    const short = doc('We fine-tune with low-rank adaptation.');
    const alone = extractPaper(short);
    expect(alone.map((m) => [m.kind, m.slug, m.relation])).toEqual([['method', 'lora', 'uses']]);
    // a paper whose known names took the tokens at the same places, read in between
    extractPaper(doc('MMLU, GSM8K, MMLU, GSM8K, MMLU, GSM8K, MMLU, GSM8K, MMLU.'));
    expect(extractPaper(short)).toEqual(alone);
  });

  it('returns one mention per kind, slug and relation, sorted, with the sentence of the first mention as evidence', () => {
    const doc = devDoc('2601.04055'); // Modular Prompt Optimization
    const ms = extractPaper(doc);
    expect([...ms].sort(compareMentions)).toEqual(ms);
    expect(new Set(ms.map((m) => `${m.kind} ${m.slug} ${m.relation}`)).size).toBe(ms.length);
    const mmlu = ms.find((m) => m.slug === 'mmlu')!;
    expect(mmlu).toMatchObject({ kind: 'dataset', relation: 'evaluates_on', evidence: devSentence('2601.04055', 'ARC-Challenge and MMLU') });
    // the acronym the paper defines and proposes is one node, keyed by its long form, with both names
    const mpo = ms.find((m) => m.relation === 'proposes')!;
    expect(mpo).toMatchObject({ kind: 'method', label: 'MPO', slug: 'modular-prompt-optimization' });
    expect(mpo.aliases).toEqual(['MPO', 'Modular Prompt Optimization']);
  });

  it('proposes a name the methods lexicon folds into an entry as that entry, not as a second node beside it', () => {
    // the title of arXiv 2407.08608; the lexicon reads FlashAttention-3 as FlashAttention
    const ms = extractPaper({ key: 'paper:x', title: 'FlashAttention-3: Fast and Accurate Attention with Asynchrony and Low-precision', abstract: '' });
    expect(ms.map((m) => [m.kind, m.slug, m.relation, m.aliases])).toEqual([['method', 'flashattention', 'proposes', ['FlashAttention-3']]]);
  });

  it('reads an acronym long form ending in a technique word as a method', () => {
    for (const long of ['Conformal Constrained Policy Optimization', 'position interpolation', 'Low-Rank Adaptation', 'grouped-query attention']) expect(isMethodLongForm(long), long).toBe(true);
    for (const long of ['Visual Word Sense Disambiguation', 'Large Language Models', 'Chartered Accountancy']) expect(isMethodLongForm(long), long).toBe(false);
  });

  it('reads a long form that names what a task makes as a task, neither its long nor its short form a method', () => {
    // real: 2507.18140 (tune9) "(1) Multi-modal Code Generation (MCG) evaluates the model's ability …", 2507.05894
    // (tune9) "to enhance Video Background Music Generation (VBMG) from text"; corpus: "Scene Graph Generation (SGG)"
    for (const long of ['Multi-modal Code Generation', 'Multi-modal Code Editing', 'Video Background Music Generation', 'Scene Graph Generation', 'text-guided image editing']) expect(isMethodLongForm(long), long).toBe(false);
    // a generation made a way is a technique; a generation of no listed thing stays one too
    for (const long of ['Retrieval-Augmented Generation', 'retrieval-augmented code generation', 'planning-aided code generation', 'Contrastive Generation']) expect(isMethodLongForm(long), long).toBe(true);
    const task = extractPaper({ key: 'paper:x', title: 'T', abstract: 'Our framework focuses on two aspects: (1) Multi-modal Code Generation (MCG) evaluates the model. (2) Multi-modal Code Editing (MCE) assesses edits. MCG and MCE are hard.' });
    expect(task.map((m) => m.label)).toEqual([]);
    const technique = extractPaper({ key: 'paper:x', title: 'T', abstract: 'We study Retrieval-Augmented Code Generation (RACG) for repositories. RACG helps.' });
    expect(technique.map((m) => [m.kind, m.label])).toEqual([['method', 'Retrieval-Augmented Code Generation']]);
  });

  it('keeps a model named by members of its family only as those members', () => {
    // "Mistral 7B" after "Mistral 7B v0.1" is that model; "Qwen 2.5" after "Qwen2.5-1.5B" refers back to it
    expect(modelLabels(devDoc('2510.03683'))).not.toContain('Mistral-7B');
    expect(modelLabels(devDoc('2510.03683'))).toContain('Mistral-7B-v0.1');
    expect(modelLabels(devDoc('2604.11050'))).not.toContain('Qwen2.5');
    expect(modelLabels(devDoc('2604.11050'))).toContain('Qwen2.5-1.5B');
  });

  it('finishes on a multi-megabyte abstract of real sentences with many model names, as on two copies of it', () => {
    // the seed's abstracts and, thirty times each, dev sentences that list many models ("We evaluate ten prominent
    // LLMs: GPT-3.5, GPT-4o, Gemini 1.5 Flash, …"): about 2,000 model names per copy, 42 copies
    const dense = [
      devSentence('2601.16349', 'We evaluate ten prominent LLMs'),
      devSentence('2601.04195', 'We evaluate 9 flagship models'),
      devSentence('2508.04399', 'LLaMA3:70B'),
      devSentence('2507.08031', 'Phi-3.5'),
      devSentence('2508.20325', 'Vicuna-13B'),
      devSentence('2602.04739', 'Pixtral 12B'),
      devSentence('2509.20088', 'Pythia-1.4B/7B/12B'),
      devSentence('2605.07209', 'Gemma-2 at 2B and 9B'),
    ];
    const block = [...seedDocs.map((d) => d.abstract), ...Array<string[]>(30).fill(dense).flat()].join(' ');
    const copies = (k: number) => ({ key: 'paper:long', title: 'Seed abstracts, repeated', abstract: Array<string>(k).fill(block).join(' ') });
    const big = copies(42);
    expect(big.abstract.length).toBeGreaterThan(3_000_000);
    const ms = extractPaper(big);
    expect(ms).toEqual(extractPaper(copies(2)));
    const models = ms.filter((m) => m.kind === 'model').map((m) => m.label);
    expect(models).toEqual(expect.arrayContaining(['Llama-2-7B', 'Qwen3-32B', 'Claude-3.5-Sonnet', 'Claude-Sonnet-4.5', 'Pythia-12B', 'Gemma-2-9B', 'Vicuna-13B']));
    expect(models).not.toContain('Claude-4.5'); // written after "Claude Sonnet 4.5": the same model
    // the seed's proposals, as in one copy
    expect(ms.filter((m) => m.relation === 'proposes').map((m) => m.label).sort()).toEqual(['CBP-Tuning', 'CCPO', 'E3-Pruner', 'Kron-LoRA', 'Q-ROAR', 'TrinityX']);
    // (a guard against a pass that grows with the square of the text, which would take minutes here, not a speed
    // measure: about 8 s alone on the 2-core machine, up to twice that beside the browser lane)
  }, 60_000);

  it('reads a seed paper the same whatever was extracted before it (pooled buffers are reset)', () => {
    const doc = seedDoc('Kron-LoRA');
    const first = extractPaper(doc);
    extractPaper(devDoc('2601.16349'));
    expect(extractPaper(doc)).toEqual(first);
  });
});

describe('telescopes and instruments', () => {
  const entities = (title: string, abstract: string) => extractPaper({ key: 'paper:x', title, abstract }).map((m) => `${m.kind}:${m.label}`);

  it('are no entity of any kind, though the learned step would read them as datasets', () => {
    // astro-ph abstracts (arXiv daily listings of github.com/alznlyux/ArXivDaily_StarFormation): title and one sentence
    const jwst = 'Our sample, based on HST and JWST observations, is the most complete to date, spanning ages from 1 Myr to >100 Myr.';
    expect(entities('The Spatial Evolution of Star Clusters in NGC 628 with JWST', jwst)).toEqual([]); // 2511.11115
    const meerkat = 'We present a radio-continuum survey of the LMC using the MeerKAT telescope, describe the full-Stokes products included in the first data release, and highlight some initial results.';
    expect(entities('The MeerKAT 1.3 GHz Survey of the Large Magellanic Cloud', meerkat)).toEqual([]); // 2602.21353
    // invented, the reviewer's example ("Spitzer MIPS 24" was a dataset)
    expect(entities('Infrared galaxies', 'We use Spitzer MIPS 24 μm photometry to measure star formation rates of 300 galaxies.')).toEqual([]);
  });
});

describe('computing devices', () => {
  const entities = (title: string, abstract: string) => extractPaper({ key: 'paper:x', title, abstract }).map((m) => `${m.kind}:${m.label}`);

  it('are no data set nor model, though the learned step would read them as data; software named after one stays a technique', () => {
    // real: 2510.13250 "the proposed network achieves 381.7 FPS on NVIDIA GTX 1080Ti and 71.9 FPS on NVIDIA Jetson TX1",
    // 2606.11257 "… on the Qualcomm Hexagon NPU of the Snapdragon X Elite"
    const crowd = 'Crowd counting is a task of estimating the number of the crowd through images, which is extremely valuable in the fields of intelligent security, urban planning, public safety management, and so on. However, the existing counting methods have some problems in practical application on embedded systems for these fields, such as excessive model parameters, abundant complex calculations, etc. The practical application of embedded systems requires the model to be real-time, which means that the model is fast enough. Considering the aforementioned problems, we design a super real-time model with a stem-encoder-decoder structure for crowd counting tasks, which achieves the fastest inference compared with state-of-the-arts. Firstly, large convolution kernels in the stem network are used to enlarge the receptive field, which effectively extracts detailed head information. Then, in the encoder part, we use conditional channel weighting and multi-branch local fusion block to merge multi-scale features with low computational consumption. This part is crucial to the super real-time performance of the model. Finally, the feature pyramid networks are added to the top of the encoder to alleviate its incomplete fusion problems. Experiments on three benchmarks show that our network is suitable for super real-time crowd counting on embedded systems, ensuring competitive accuracy. At the same time, the proposed network reasoning speed is the fastest. Specifically, the proposed network achieves 381.7 FPS on NVIDIA GTX 1080Ti and 71.9 FPS on NVIDIA Jetson TX1.';
    expect(entities('Real-Time Crowd Counting for Embedded Systems with Lightweight Architecture', crowd).filter((e) => !e.startsWith('method:'))).toEqual([]);
    expect(entities('On-Device Retrieval', 'We present the first pipeline that runs all neural stages on the Qualcomm Hexagon NPU of the Snapdragon X Elite.')).toEqual([]);
    // real: 2606.14603 "Our approach leverages the computing capabilities of FLAME GPU 2, a GPU-accelerated agent-based modelling framework"
    expect(entities('Pathway Simulation', 'Our approach leverages the computing capabilities of FLAME GPU 2, a GPU-accelerated agent-based modelling framework, to manage simulations.')).toContain('method:FLAME GPU 2');
  });
});

describe('a long form in parentheses after a name', () => {
  it('is the name\'s, not a second entity the learned step reads', () => {
    // real: 2603.10560 "We introduce PET-F2I-41K (PET Findings-to-Impression Benchmark), a large-scale benchmark …"
    const abstract = 'We introduce PET-F2I-41K (PET Findings-to-Impression Benchmark), a large-scale benchmark for PET/CT impression generation using LLMs.';
    expect(extractPaper({ key: 'paper:x', title: 'T', abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`)).toEqual(['dataset:PET-F2I-41K:proposes']);
  });
});

describe('a name ending as a network\'s does (GAN, Former, BERT, VAE)', () => {
  it('is no dataset, whatever context reads it as data: the technique it names', () => {
    // real: 2509.25659 (tune8)
    const found = extractPaper({ key: 'paper:x', title: 'A study', abstract: 'To this end, the ConSinGAN is used to generate a considerable amount of data.' });
    expect(found.map((m) => `${m.kind}:${m.label}:${m.relation}`)).toEqual(['method:ConSinGAN:uses']);
  });
});

describe('a known technique written as its acronym\'s plural', () => {
  it('has the singular acronym among its names (real: 2506.02488 (tune56) "across LDMs, Stable Diffusion, and DDPMs")', () => {
    const found = extractPaper({ key: 'paper:x', title: 'A study', abstract: 'Flexiffusion achieves acceleration across LDMs, Stable Diffusion, and DDPMs; GANs also help.' });
    const methods = found.filter((m) => m.kind === 'method').map((m) => `${m.label} [${m.aliases.join(', ')}]`);
    expect(methods).toEqual(['DDPM [DDPMs]', 'GAN [GAN, GANs]', 'latent diffusion [LDM, LDMs]']);
  });
});

describe('a known technique that opens a benchmark\'s name', () => {
  it('is the benchmark\'s, which the dataset rules read (real: 2604.10426 "GraphRAG-Bench", 2606.12674 "MCP-Bench")', () => {
    const found = extractPaper({ key: 'paper:x', title: 'A study', abstract: 'We evaluate on MCP-Bench, GraphRAG-Bench and MCP-Universe.' });
    expect(found.map((m) => `${m.kind}:${m.label}:${m.relation}`)).toEqual(['dataset:GraphRAG-Bench:evaluates_on', 'dataset:MCP-Bench:evaluates_on', 'dataset:MCP-Universe:evaluates_on']);
    // and an acronym of one glued before a known benchmark names an edition of it (real: 2509.09734 "MCP-AgentBench")
    const edition = extractPaper({ key: 'paper:x', title: 'A study', abstract: 'We evaluate on MCP-AgentBench and MCP-SafetyBench.' });
    expect(edition.map((m) => `${m.kind}:${m.label}:${m.relation}`)).toEqual(['dataset:MCP-AgentBench:evaluates_on', 'dataset:MCP-SafetyBench:evaluates_on']);
  });
});

describe('a proposal named after data the paper reads, with a tail', () => {
  const found = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`);
  it('extends that data: a dataset (real: 2606.26942 (tune12) "we further extend the PFED5 dataset … and construct PFED5-plus")', () => {
    expect(found('To support this task, we extend the PIER5 dataset with descriptions and construct PIER5-plus. Experiments on PIER5-plus show gains.')).toEqual([
      'dataset:PIER5:evaluates_on', 'dataset:PIER5-plus:proposes',
    ]);
  });
  it('unless its tail names a model or a technique ("RAIDEN-R1", "FloraSyntropy-Net") or an apposition gives another kind', () => {
    expect(found('We evaluate on the PIER5 dataset and propose PIER5-R1, a reasoning approach.')).toContain('method:PIER5-R1:proposes');
    expect(found('We evaluate on the KITTI-360 dataset and propose KITTI-360-Fusion, a camera-LiDAR fusion method.')).toContain('method:KITTI-360-Fusion:proposes');
  });
});

describe('a name the text uses as a system', () => {
  const found = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`);
  it('is the technique it names, not data, after "as the baseline" or "as a backbone"', () => {
    // real: 2605.22662 (tune13) "using AutoResearchClaw as the baseline", 2506.12848 "We adopt PoseC3D as the baseline
    // framework"
    expect(found('In our evaluation on five case studies, using DockResearchClaw as the baseline, our team is preferred.')).toEqual(['method:DockResearchClaw:uses']);
    expect(found('We adopt PierC3D as the baseline framework and introduce three enhancements.')).not.toContain('dataset:PierC3D:evaluates_on');
    // (not before a data noun: "as the baseline dataset")
    expect(found('We adopt TerraSeg-5K as the baseline dataset for segmentation.')).toEqual(['dataset:TerraSeg-5K:evaluates_on']);
  });
});

describe('a known dataset\'s name before a word of a model\'s parts', () => {
  const found = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`);
  it('names a mechanism, not the data set ("GQA-based LLMs", "per GQA group")', () => {
    // real: 2606.24467 and 2606.04511 (tune26), 2509.10208 (corpus: "a self instruct mechanism")
    expect(found('Existing KV cache eviction methods apply heuristic token scoring over all heads in GQA-based LLMs.')).not.toContain('dataset:GQA:evaluates_on');
    expect(found('Our GQA implementation uses one Forecast head per GQA group.')).not.toContain('dataset:GQA:evaluates_on');
    expect(found('The framework uses a self instruct mechanism to generate contrastive data.')).toEqual([]);
    // (the benchmark itself stays one)
    expect(found('Experiments on VQAv2, TextVQA, and GQA demonstrate the gains.')).toContain('dataset:GQA:evaluates_on');
  });
});

describe('a known technique written only inside the long form of a variant the paper defines', () => {
  const found = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`);
  it('is the variant, not the technique itself', () => {
    // real: 2506.20274 (tune29), 2602.17517 (tune21)
    // (nor the CRAG benchmark: the paper defines the short form as the technique)
    expect(found('We develop a scalable pipeline combining labeling and corrective retrieval-augmented generation (CRAG), curating a benchmark.')).toEqual([
      'method:corrective retrieval-augmented generation:uses',
    ]);
    expect(found('The meshes are aligned by non-rigid iterative closest point (NICP) before fitting.')).toEqual(['method:non-rigid iterative closest point:uses']);
  });
  it('is the technique too when the text names it elsewhere, or relates the long form to it rather than qualifying it', () => {
    expect(found('Unlike retrieval-augmented generation, corrective retrieval-augmented generation (CRAG) grades the documents.')).toEqual([
      'method:corrective retrieval-augmented generation:uses',
      'method:retrieval-augmented generation:uses',
    ]);
    // (after real phrasing, 2509.08265 (tune15): "a new hyperspectral object tracking network equipped with Mamba
    // (HyMamba)"; the words before the technique relate the defined name to it, they do not qualify it)
    expect(found('We use a tracking network equipped with Mamba (TNEM) for video.')).toContain('method:Mamba:uses');
  });
});

describe('a known dataset\'s name a paper gives its own technique', () => {
  it('is the technique the apposition says, not the dataset', () => {
    // real: 2601.22703 (tune13) "We introduce DAVIS, a simple and broadly applicable post-hoc technique", 2512.21860 "we
    // propose DIOR, a method that leverages …" (DAVIS and DIOR are benchmarks too)
    const found = extractPaper({ key: 'paper:x', title: 'DAVIS: OOD Detection via Dominant Activations', abstract: 'We introduce DAVIS, a simple and broadly applicable post-hoc technique that enriches feature vectors.' });
    expect(found.map((m) => `${m.kind}:${m.label}:${m.relation}`)).toEqual(['method:DAVIS:proposes']);
    // (a benchmark the paper names its data after stays one)
    const data = extractPaper({ key: 'paper:x', title: 'A study', abstract: 'We evaluate on DAVIS and report J&F.' });
    expect(data.map((m) => `${m.kind}:${m.label}:${m.relation}`)).toEqual(['dataset:DAVIS:evaluates_on']);
  });
  it('is the technique a long form names, wherever the paper defines it', () => {
    // real: corpus 2504.19937 "Smart Swin Transformer (SST)", 2509.15178 "a novel logit-guided re-attention (LRA)
    // module", 2510.08600 "group-query attention (GQA)" (SST, LRA and GQA are benchmarks too)
    const kinds = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).filter((m) => ['SST', 'LRA', 'GQA'].some((s) => m.aliases.includes(s))).map((m) => m.kind);
    expect(kinds('Our approach relies on a Smart Swin Transformer (SST) for retrieval.')).toEqual(['method']);
    expect(kinds('It then uses a novel logit-guided re-attention (LRA) module to learn latent variables.')).not.toContain('dataset');
    expect(kinds('We compare multi-head attention (MHA) and group-query attention (GQA) models.')).toEqual(['method']);
  });
  it('is the paper\'s own when it defines a name a model family spells only in other letter case', () => {
    // real: corpus 2508.05307 "a Coordinator-patch Cross Attention (CoCA) mechanism", 2505.08693 "variable-input ViT
    // (VIViT)", 2504.09265 "Mixture of Group Experts (MoGE)", 2510.12098 "Lightweight and Efficient Network (LENet)"
    const own = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).filter((m) => m.relation === 'proposes').map((m) => `${m.kind}:${m.label}`);
    expect(own('We further introduce a Coordinator-patch Cross Attention (CoCA) mechanism for global tokens.')).toEqual(['method:CoCA']);
    expect(own('For mildly blurred inputs, we design the Lightweight and Efficient Network (LENet) for fast deblurring.')).toEqual(['method:LENet']);
  });
  it('is the technique when the paper defines the name by a long form of its own that names no data', () => {
    // real: corpus 2605.29881 "We propose BRACS (Barrier-Regulated Adaptive Closed-form Steering), a training-free
    // steering framework" (BRACS is a breast histology data set), 2511.02919 "we introduce ARC (Agent RAG Cache
    // Mechanism), a novel, annotation-free caching framework"
    const own = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).filter((m) => m.relation === 'proposes').map((m) => `${m.kind}:${m.label}`);
    expect(own('We propose BRACS (Barrier-Regulated Adaptive Closed-form Steering), a training-free steering framework.')).toEqual(['method:BRACS']);
    expect(own('Therefore, we introduce ARC (Agent RAG Cache Mechanism), a novel caching framework for agents.')).toEqual(['method:ARC']);
    // (a long form that names data keeps the data set)
    expect(own('We introduce the Densely Annotated Video Instance Segmentation Dataset (DAVIS), a benchmark of harbor scenes.')).toEqual(['dataset:DAVIS']);
  });
  it('is the technique when the title gives the name a subtitle that names no data', () => {
    // real: corpus 2510.09060 "OSCAR: Orthogonal Stochastic Control for Alignment-Respecting Diversity in Flow
    // Matching", 2506.05333 "Kinetics: Rethinking Test-Time Scaling Laws" (OSCAR and Kinetics are data sets too)
    const own = (title: string, abstract: string) => extractPaper({ key: 'paper:x', title, abstract }).filter((m) => m.relation === 'proposes').map((m) => `${m.kind}:${m.label}`);
    expect(own('OSCAR: Orthogonal Stochastic Control for Alignment-Respecting Diversity in Flow Matching', 'Flow models collapse to few modes.')).toEqual(['method:OSCAR']);
    expect(own('Kinetics: Rethinking Test-Time Scaling Laws', 'We revisit scaling laws for inference.')).toEqual(['method:Kinetics']);
    // (a subtitle naming data or its evaluation keeps the data set: corpus 2503.16858 "MTBench: A Multimodal Time Series
    // Benchmark for Temporal Reasoning and Question Answering", 2505.08775 "HealthBench: Evaluating Large Language Models
    // Towards Improved Human Health"; invented "… Earth Observation Data")
    expect(own('MTBench: A Multimodal Time Series Benchmark for Temporal Reasoning', 'Models reason over series.')).toEqual(['dataset:MT-Bench']);
    expect(own('HealthBench: Evaluating Large Language Models Towards Improved Human Health', 'Models answer health questions.')).toEqual(['dataset:HealthBench']);
    expect(own('OSCAR: A Planetary Mosaic of Earth Observation Data', 'Satellites image the planet.')).toEqual(['dataset:OSCAR']);
    expect(own('Kinetics: Evaluating Video Models at Scale', 'Video models are compared.')).toEqual(['dataset:Kinetics-400']);
    // (and one the abstract calls data stays data: corpus 2504.07981 "ScreenSpot-Pro: GUI Grounding for Professional
    // High-Resolution Computer Use")
    expect(own('ScreenSpot-Pro: GUI Grounding for Professional High-Resolution Computer Use', 'We introduce ScreenSpot-Pro, a new benchmark of expert screenshots.')).toEqual(['dataset:ScreenSpot-Pro']);
    expect(own('Kinetics: Human Actions at Scale', 'We introduce Kinetics, a large-scale dataset of human action videos.')).toEqual(['dataset:Kinetics-400']);
  });
});

describe('a proposal named by words whose initials the text writes alone', () => {
  const found = (title: string, abstract: string) => extractPaper({ key: 'paper:x', title, abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`);
  it('is known by the initials, with the words as its long form', () => {
    // real: 2510.24657 (tune13) "we propose Group Relative Attention Guidance, a simple yet effective method …" and
    // "GRAG can be integrated with as few as four lines of code"
    expect(found('Group Relative Harbor Guidance for Image Editing', 'We propose Group Relative Harbor Guidance, a simple yet effective method. GRHG can be integrated with four lines of code.')).toEqual([
      'method:GRHG:proposes',
    ]);
    // real: 2507.18578 "Wide-In, Narrow-Out (WINO)": the initials of a hyphenated word's pieces
    expect(found('Wide-In, Narrow-Out: Revokable Decoding', 'We propose Wide-In, Narrow-Out, a training-free decoding algorithm. WINO is fast.')).toContain('method:WINO:proposes');
  });
  it('keeps the words when the initials are a known name, and one node with a reading that proposes the initials', () => {
    // (a reviewer's case: "Unlike GRPO" is the known technique)
    expect(found('A study', 'We propose Group Robust Harbor Optimization, a framework. Unlike GRPO, it is robust.')).toContain('method:Group Robust Harbor Optimization:proposes');
    // real: 2506.06190 "NAT: Neural Acoustic Transfer …" and "we present Neural Acoustic Transfer, a novel approach"
    expect(found('NAT: Neural Anchor Transfer for Sound', 'We present Neural Anchor Transfer, a novel approach. NAT is fast.')).toEqual(['method:NAT:proposes']);
  });
  it('keeps the words when the initials are two letters or the text never writes them alone', () => {
    expect(found('Temporal Search for Video', 'We propose Temporal Search, a simple method. TS-based search is fast.')).not.toContain('method:TS:proposes');
    expect(found('Group Relative Harbor Guidance', 'We propose Group Relative Harbor Guidance, a simple method.')).toEqual(['method:Group Relative Harbor Guidance:proposes']);
  });
});

describe('a proposal named in the singular and in the plural', () => {
  const found = (title: string, abstract: string) =>
    extractPaper({ key: 'paper:x', title, abstract }).filter((m) => m.relation === 'proposes').map((m) => `${m.label} [${m.aliases.join(', ')}]`);
  it('is one node, named as the text first writes it, with both numbers as aliases', () => {
    // real: tune27 2511.19448, tune37 2505.22854, tune4 2505.13257 (the title writes one number, the abstract the other)
    expect(found('PuzzlePoles: Cylindrical Fiducial Markers', 'We introduce the PuzzlePole, a new type of fiducial markers.')).toEqual(['PuzzlePoles [PuzzlePole, PuzzlePoles]']);
    expect(found('CLIPGaussian: Universal Style Transfer', 'In this work, we introduce CLIPGaussians, the first unified style transfer framework.')).toEqual(['CLIPGaussian [CLIPGaussian, CLIPGaussians]']);
  });

  it('keeps two of different kinds (a review\'s case)', () => {
    expect(found('A study', 'We introduce SafeCodes, a benchmark of unsafe code, and SafeCode, a model trained on it.').sort()).toEqual(['SafeCode [SafeCode]', 'SafeCodes [SafeCodes]']);
  });
  it('keeps two names that differ by more than the plural, or a plain word and its plural', () => {
    // invented: "Atla" and "Atlas" are two words, not a coined name written twice
    expect(found('Atla: Ports', 'We introduce Atlas, a framework for ports.').length).toBe(2);
    expect(found('Harbor: Ports', 'We introduce HARBORS, a framework, and HARBOR, a benchmark.').length).toBe(2);
    expect(found('HarborNet: Ports', 'We introduce HarborNetz, a framework for ports.').length).toBe(2);
  });
});

describe('a dataset named by its definition before a data noun', () => {
  const found = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`);
  it('is read set off by a comma after a data noun, whatever its initials spell', () => {
    // real: 2503.18623 (tune49), 2505.20256, 2601.15519 (2025-26 corpus)
    expect(found('We validate R2P on two public benchmarks and a newly introduced dataset, Personal Concepts with Visual Ambiguity (PerVA), for concept identification.')).toContain('dataset:PerVA:proposes');
    expect(found('Experiments on two challenging benchmarks, namely Referring Audio-Visual Segmentation (RefAVS) and others show gains.')).toContain('dataset:RefAVS:evaluates_on');
    expect(found('We run experiments on two complementary U.S. datasets, the Consumer Product Safety Risk Management System (CPSRMS), and more.')).toContain('dataset:CPSRMS:evaluates_on');
    // not where the phrase goes on, a technique's long form, nor a measure's
    expect(found('Cities use extensive datasets, Machine Learning (ML) models, and edge computing.').filter((f) => f.startsWith('dataset'))).toEqual([]);
    expect(found('Cities hold many datasets, Aveiro City Sensor (ACS) streams, and edge devices.').filter((f) => f.startsWith('dataset'))).toEqual([]);
    // (from the review) not a data noun ending an opening phrase
    expect(found('In both datasets, Regions of Interest (ROIs), which are annotated by radiologists, are small.').filter((f) => f.startsWith('dataset'))).toEqual([]);
    expect(found('Despite their performance on vision benchmarks, Gated Lattice Fusion Networks (GLFN), which dominate, still fall short.').filter((f) => f.startsWith('dataset'))).toEqual([]);
    expect(found('Results improve across Arabic benchmarks, Tree-Edit Distance Similarity (TEDS), and others.').filter((f) => f.startsWith('dataset'))).toEqual([]);
  });
  it('is read when the long form is written as a title and the short form is no task\'s', () => {
    expect(found('We evaluate on the Multi-Hop Clinical Reasoning (MHCR) dataset and report accuracy.')).toEqual(['dataset:MHCR:evaluates_on']);
    expect(found('While the Detecting and Grounding Multi-Modal Media Manipulation (DGM4) dataset established a foundation, it is limited.')).toEqual([
      'dataset:DGM4:evaluates_on',
    ]);
    // up to two lower-case words may say what it holds: corpus 2506.23690 "the manually constructed Subject Prior Video
    // (SPV) training dataset", 2605.29591 "a specialized Brain Question Answering (BQA) instruction-tuning dataset"
    expect(found('Then we use the Subject Prior Harbor (SPH) training dataset of 1.5M clips.')).toEqual(['dataset:SPH:evaluates_on']);
    expect(found('Then we use a Brain Question Answering (BQA) instruction-tuning dataset.')).toContain('dataset:BQA:evaluates_on');
    // not across a verb: "an aggregated Fairness-Accuracy Balance (FAB) score to benchmark …"
    expect(found('We also present an aggregated Fairness-Accuracy Balance (FAB) score to benchmark trade-offs.')).not.toContain('dataset:FAB:evaluates_on');
  });
  it('is read before a plural data noun when listed after another data set\'s definition, and spelled by camel-case capitals', () => {
    // real: 2504.16788 (tune18; both annotators list BDD-X) "the Microsoft Research Video Description Corpus (MSVD), and
    // Berkeley DeepDrive eXplanation (BDD-X) datasets"; corpus 2507.18444 "the San Francisco eXtra Large (SF-XL) training dataset"
    const both = extractPaper({ key: 'paper:x', title: 'A study', abstract: 'Features come from the Microsoft Research Video Description Corpus (MSVD), and Berkeley DeepDrive eXplanation (BDD-X) datasets. BLEU-4 is 0.755 (BDD-X).' });
    expect(both.map((m) => `${m.label} [${m.aliases.join(', ')}]`)).toEqual(['BDD-X [BDD-X, Berkeley DeepDrive eXplanation]', 'MSVD [MSVD, Microsoft Research Video Description Corpus]']);
    expect(found('We repartition the widely used Harbor Bay eXtra Large (HB-XL) training dataset.')).toEqual(['dataset:HB-XL:evaluates_on']);
    // two tasks' data (corpus 2510.03093 "abundant Automatic Speech Recognition (ASR) and Text-to-Text Translation (T2TT) datasets")
    expect(found('It can exploit abundant Automatic Speech Recognition (ASR) and Text-to-Text Translation (T2TT) datasets.')).not.toContain('dataset:T2TT:evaluates_on');
    // nor a task listed after a data set (a reviewer's: "… (MSVD) and Dense Video Captioning (DVC) datasets")
    expect(found('We use the Microsoft Research Video Description Corpus (MSVD) and Dense Video Captioning (DVC) datasets.')).toEqual(['dataset:MSVD:evaluates_on']);
  });
  it('names a data set read by its long form by the short form defined right after it', () => {
    // corpus: 2604.03619 "the Human Connectome Project (HCP)", 2510.04844 "the Dyadic User EngagemenT (DUET) dataset"
    const read = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.label} [${m.aliases.join(', ')}]`);
    expect(read('Our results on the Dyadic Harbor EngagemenT (DHET) dataset demonstrate gains.')).toEqual(['dataset:DHET [DHET, Dyadic Harbor EngagemenT]']);
  });
  it("keeps a known method's spelling with 'algorithm' as an alias", () => {
    // real: 2503.17715 and 2511.07499 (tune18; both annotators write "Sinkhorn algorithm")
    const ms = extractPaper({ key: 'paper:x', title: 'A study', abstract: 'Keypoints are matched together with the Sinkhorn algorithm and the Hungarian algorithm.' });
    expect(ms.map((m) => `${m.label} [${m.aliases.join(', ')}]`)).toEqual(['Hungarian algorithm [Hungarian algorithm]', 'Sinkhorn [Sinkhorn, Sinkhorn algorithm]']);
  });
  it('is read when the data noun ends the long form, with or without a year, as one node with the long form', () => {
    // real: 2512.19989 (tune13) "the Guava Fruit Disease Dataset 2024 (GFDD24)", 2510.25786 (tune12) "the Mechanistic
    // Interpretability Benchmark (MIB)", 2603.11252 "the Audi Autonomous Driving Dataset (A2D2)"
    expect(found('Images are included in the Harbor Fruit Disease Dataset 2024 (HFDD24), which comes from plantations.')).toEqual(['dataset:HFDD24:evaluates_on']);
    expect(found('We test on the Tiny Pier Detection Benchmark (TPDB) and report accuracy.')).toEqual(['dataset:TPDB:evaluates_on']);
    // the head may be left out of the short form: "the Indian Driving Dataset (IDD)"
    expect(found('We test on the Tiny Pier Detection Dataset (TPD) and report accuracy.')).toEqual(['dataset:TPD:evaluates_on']);
    // "Bench" ends a long form as "Benchmark" does, and a short form ending in it keeps the other words' initials
    // before it (real: corpus 2604.17562 "Experiments on Agent Security Bench (ASB)", tune38 2505.17455 "Our Proactive
    // Safety Bench (PaSBench) evaluates this capability"); not a short form that spells nothing ("(QZXBench)")
    expect(found('Experiments on the Harbor Security Bench (HSB) show gains.')).toEqual(['dataset:HSB:evaluates_on']);
    expect(found('The Proactive Harbor Bench (PaHBench) evaluates this capability.')).toEqual(['dataset:PaHBench:evaluates_on']);
    expect(found('The Proactive Harbor Bench (QZXBench) evaluates this capability.')).not.toContain('dataset:QZXBench:evaluates_on');
    // (a review's: a test rig is no data set, "Test Bench", "Hardware-in-the-Loop … Bench")
    expect(found('We validate the controller on the Engine Test Bench (ETB) and the Hardware-in-the-Loop Harbor Bench (HHB).')).toEqual([]);
    // the paper's own when a first-person verb of making governs it (real: 2606.19139 "this study presents a
    // specialized real dataset called the Urdu Katib Handwritten Dataset (UKHD)"); not data it builds on or adapts
    // (real: 2510.25786 "We build on the Mechanistic Interpretability Benchmark (MIB)", 2508.08509 "we propose two new
    // … benchmarks by adapting the Moral Integrity Corpus (MIC)")
    expect(found('This study presents a real dataset called the Urdu Harbor Handwritten Dataset (UHHD). It is new.')).toEqual(['dataset:UHHD:proposes']);
    expect(found('We build on the Mechanistic Harbor Benchmark (MHB) and propose three improvements.')).toContain('dataset:MHB:evaluates_on');
    expect(found('We propose two new benchmarks by adapting the Moral Harbor Corpus (MHC) and others.')).toContain('dataset:MHC:evaluates_on');
    // a short form first, its long form in parentheses, then the data noun (real: 2505.00050 "the T4SA (Twitter for
    // Sentiment Analysis) dataset", 2506.01471 "the private RAMIE (Robot-Assisted Minimally Invasive Esophagectomy)
    // dataset")
    expect(found('We analyse posts using the QZSA (Quay Zone Sentiment Analysis) dataset. It is large.')).toEqual(['dataset:QZSA:evaluates_on']);
    expect(found('We test on the private HAMIE (Harbor-Assisted Minimally Invasive Esophagectomy) dataset.')).toEqual(['dataset:HAMIE:evaluates_on']);
    // (a long form that is no title is a task's: "a facial expression recognition dataset (FERD)")
    expect(found('We collect a facial expression recognition dataset (FERD).')).not.toContain('dataset:FERD:evaluates_on');
  });
  it('is not read for a task the corpus names in many papers, a lower-case long form, or a plural data noun', () => {
    expect(found('We evaluate on the Knowledge Graph Question Answering (KGQA) dataset of our own.')).not.toContain('dataset:KGQA:evaluates_on');
    expect(found('We collect a facial expression recognition (FER) dataset.')).not.toContain('dataset:FER:evaluates_on');
    expect(found('Experiments on four Individual Emotion Recognition (IER) benchmarks show gains.')).not.toContain('dataset:IER:evaluates_on');
  });
});

describe('a name and the long form the paper defines for it', () => {
  const read = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).map((m) => `${m.kind}:${m.slug}:${m.relation} ${m.aliases.join('|')}`);

  it('are one mention, of the kind the lexicon knows for the short form', () => {
    // arXiv 2503.11893: the CLIP model, not also a method "contrastive language-image pretraining"
    expect(
      read('To enhance style transfer quality, we incorporate carefully designed loss functions that guide UStyle to maintain colorfulness, lightness, structural integrity, and frequency-domain characteristics, as well as high-level content in VGG and CLIP (contrastive language-image pretraining) feature spaces.').filter((m) => /clip|contrastive/.test(m)),
    ).toEqual(['model:clip:uses CLIP|contrastive language-image pretraining']);
    // invented: a known dataset defined by its long form
    expect(read('We evaluate on the Describable Textures Dataset (DTD).')).toEqual(['dataset:dtd:evaluates_on DTD|Describable Textures|Describable Textures Dataset']);
  });

  it('stay apart when the paper defines a known short form otherwise', () => {
    // arXiv 2505.16565: SVD is singular value decomposition in the methods lexicon, here the model
    const ms = read('We extend the Stable Video Diffusion (SVD) model to utilize the input left video, the warped right video, and the disocclusion masks as conditioning input to generate a high-quality right camera view.');
    expect(ms.some((m) => m.startsWith('model:stable-video-diffusion'))).toBe(true);
  });

  it('reads the long form of a known dataset written alone as that dataset', () => {
    // arXiv 2508.19698 (the datasets lexicon lists FFHQ's long form)
    expect(read('We validate the approach on binary tasks cat versus dog and male versus female using real photos from Flickr-Faces-HQ and CelebA and synthetic counterparts generated by GANs and diffusion models.')).toContain('dataset:ffhq:evaluates_on Flickr-Faces-HQ');
  });
});

describe('a data set and the short form the paper defines for it', () => {
  const data = (abstract: string) =>
    extractPaper({ key: 'paper:x', title: 'A study', abstract })
      .filter((m) => m.kind === 'dataset')
      .map((m) => `${m.label} [${[...m.aliases].sort().join(', ')}]`);

  it('are one data set, keyed by a one-word long form, else by the short form', () => {
    // real: tune35 2604.27764 'We utilize the "MangoLeafBD" (MBD) dataset … The MBD dataset contains …', corpus
    // 2507.23245 "Human Connectome Project (HCP)"
    expect(data('We utilize the HarborLeafBD (HBD) dataset to train the presented model. The HBD dataset contains seven disease classes.')).toEqual([
      'HarborLeafBD [HBD, HBD dataset, HarborLeafBD]',
    ]);
    expect(data('We train on the Harbor Connectome Project (HCP) dataset. The HCP dataset contains 1,200 subjects.')).toEqual([
      'HCP [HCP, HCP dataset, Harbor Connectome Project]',
    ]);
    // a node holding both names already takes the others (corpus 2606.29600 "MultiDepth-3k (MD-3k)")
    expect(data('We present MultiHarbor-3k (MH-3k), a new benchmark. On MH-3k and MultiHarbor-3k, models fail.')).toEqual(['MH-3k [MH-3k, MultiHarbor-3k]']);
  });
});

describe("a model named after the paper's own coined proposal", () => {
  const read = (abstract: string, title = 'A study') => extractPaper({ key: 'paper:x', title, abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`);

  it('is its release, with a size or tuning tail: proposed, not used', () => {
    // arXiv 2512.24330 (tune19): the framework is proposed in one sentence, its 8B checkpoint reported in another
    const ms = read(
      'In this work, we introduce SenseNova-MARS, a novel Multimodal Agentic Reasoning and Search framework that empowers VLMs with interleaved visual reasoning and tool-use capabilities. Experiments show that SenseNova-MARS-8B achieves state-of-the-art performance on open-source search benchmarks.',
    );
    expect(ms).toContain('model:SenseNova-MARS-8B:proposes');
    // invented: a tuning tail after the size
    expect(read('We propose Zephyrus, a framework for tool use. Zephyrus-13B-Instruct beats larger models.')).toContain('model:Zephyrus-13B-Instruct:proposes');
    // a mixture of experts' total and active sizes (tune35 2602.19000 "MagicAgent-32B and MagicAgent-30B-A3B deliver")
    expect(read('We present Zephyrus, a series of foundation models. Results show that Zephyrus-32B and Zephyrus-30B-A3B deliver gains.')).toEqual(
      expect.arrayContaining(['model:Zephyrus-32B:proposes', 'model:Zephyrus-30B-A3B:proposes']),
    );
    // (and so is "our X-30B-A3B agent": corpus 2510.24699)
    expect(read('The results are striking: our Zephyrus-30B-A3B agent achieves 36.2% on the test.')).toContain('model:Zephyrus-30B-A3B:proposes');
  });

  it('is its release with a size letter or word, or a named piece before the size', () => {
    // arXiv 2603.07454 (tune6): "SLNet-S with 0.14M parameters …, while SLNet-M with 0.55M parameters"
    const sizes = read(
      'We propose SLNet, a lightweight backbone for point clouds. On ModelNet40, SLNet-S with 0.14M parameters and 0.31 GFLOPs achieves 93.64% overall accuracy, while SLNet-M with 0.55M parameters reaches 93.92%.',
    );
    expect(sizes).toEqual(expect.arrayContaining(['model:SLNet-S:proposes', 'model:SLNet-M:proposes']));
    // arXiv 2603.12247 (tune6): "train specialized reward models (FIRM-Edit-8B and FIRM-Gen-8B)"; invented "-Tiny"
    expect(read('We introduce FIRM, a framework for reward modelling. We train specialized reward models (FIRM-Edit-8B and FIRM-Gen-8B).')).toEqual(
      expect.arrayContaining(['model:FIRM-Edit-8B:proposes', 'model:FIRM-Gen-8B:proposes']),
    );
    expect(read('We propose CSAP, a segmentation decoder. CSAP-Tiny achieves 42.9% mIoU on ADE20K.')).toContain('model:CSAP-Tiny:proposes');
  });

  it('stays used when the proposal is named like a known family, or the model only starts with its letters', () => {
    // invented: a method named after a known family does not own that family's checkpoints
    expect(read('We propose Llama, a framework for tool use. We fine-tune Llama-2-7B on our data.')).not.toContain('model:Llama-2-7B:proposes');
    // invented: "Agen" is no proposal "AgenX" is a release of
    expect(read('We propose Agen, a framework for tool use. Agentic-7B is our baseline.')).not.toContain('model:Agentic-7B:proposes');
  });
});

/** "kind/relation:label" of the mentions extraction reads in an abstract (title "A study") that pass `keep`, sorted. */
const mentionsOf = (abstract: string, keep: (m: Mention) => boolean = () => true) =>
  extractPaper({ key: 'paper:x', title: 'A study', abstract })
    .filter(keep)
    .map((m) => `${m.kind}/${m.relation}:${m.label}`)
    .sort();

/** The labels of one kind that extraction reads in an abstract (title "A study"). */
const labelsOf = (kind: string, abstract: string, title = 'A study') =>
  extractPaper({ key: 'p', title, abstract })
    .filter((m) => m.kind === kind)
    .map((m) => m.label);

describe('public data resources of the lexicon', () => {
  it('are read in real sentences, with the short form of an archive', () => {
    const data = (abstract: string) => labelsOf('dataset', abstract);
    // corpus: "environmental factors (ERA5 reanalysis data)", "from The Cancer Imaging Archive (TCIA)"
    expect(data('Our experiments combine satellite products (MODIS) and environmental factors (ERA5 reanalysis data).')).toContain('ERA5');
    expect(data('It uses publicly available de-identified data from The Cancer Imaging Archive (TCIA).')).toContain('The Cancer Imaging Archive');
    // invented
    expect(data('We pretrain on Human Connectome Project scans and molecules from PubChem.')).toEqual(expect.arrayContaining(['Human Connectome Project', 'PubChem']));
  });

  it('reads the data sets counted over tune1-tune32, and the lexicon spellings of an owner', () => {
    const data = (abstract: string) => labelsOf('dataset', abstract);
    // corpus sentences, shortened (the lexicon group's provenance counts them); the names invented ones stand beside
    expect(data('With Llama 3.1 8B, prefix methods outperform LoRA-baselines by up to 6% on the Belebele benchmark.')).toEqual(['Belebele']);
    expect(data('For example, on the 3DMatch and 3DLoMatch benchmarks our method is fast.')).toEqual(['3DLoMatch', '3DMatch']);
    expect(data('We present HarborCamo-C, a corruption robustness benchmark based on COD10K.')).toContain('COD10K');
    expect(data('We achieve state-of-the-art Logical AD performance on public benchmarks, MVTec LOCO.')).toEqual(['MVTec LOCO AD']);
    expect(data('Images come from Microsoft COCO and speech from Mozilla Common Voice.')).toEqual(['Common Voice', 'MS COCO']);
    // a word in lower case is no name: "a switchboard operator", "the nordland line"
    expect(data('A switchboard operator rode the nordland line.')).toEqual([]);
  });

  it('reads the names added from tune33: a benchmark, two networks and three techniques', () => {
    // corpus sentences, shortened (the lexicon groups' provenance counts them)
    expect(labelsOf('dataset', 'It improves AIME2025 accuracy from 86.5% to 93.3% and BeyondAIME from 64.9% to 73.8%.')).toEqual(['AIME25', 'BeyondAIME']);
    expect(labelsOf('model', 'We compare supervised encoders (ResNet-50, I3D) against DINOv3.')).toEqual(expect.arrayContaining(['I3D', 'ResNet-50']));
    expect(labelsOf('model', 'Our codec achieves the same FID as MS-ILLM with 45% fewer bits.')).toEqual(['MS-ILLM']);
    expect(labelsOf('method', 'Prompt learning adapts CLIP; a renderer uses path tracing; agents are ranked with TrueSkill.')).toEqual(['path tracing', 'prompt learning', 'TrueSkill']);
  });

  it('reads the agent frameworks added from tune58', () => {
    // real: 2510.01724 (tune58), 2605.15581 (tune58), shortened
    expect(labelsOf('method', 'The multi-agent system is constructed using the LangChain and LangGraph libraries.')).toEqual(['LangChain', 'LangGraph']);
    expect(labelsOf('method', 'Built on top of LangGraph, STAR performs stage-wise auditing.')).toContain('LangGraph');
  });

  it('reads the models mined from the misses of tune24-tune33, and the R-CNN spellings without the hyphen', () => {
    // corpus sentences, shortened (the lexicon group's provenance counts them)
    expect(labelsOf('model', 'Firstly, we use Sa2VA as our baseline, which is a unified LMM.')).toEqual(['Sa2VA']);
    expect(labelsOf('model', 'We apply the recipe to EuroLLM-22B/9B-Instruct.')).toEqual(['EuroLLM-22B-Instruct', 'EuroLLM-9B-Instruct']);
    expect(labelsOf('model', 'We compare Faster-RCNN and Mask RCNN detectors.')).toEqual(['Faster R-CNN', 'Mask R-CNN']);
  });

  it('reads the names mined again from the misses of all read sets, and FF++ as FaceForensics++', () => {
    // corpus sentences, shortened (the lexicon groups' provenance counts them)
    expect(labelsOf('dataset', 'We demonstrate the effectiveness of our approach on the challenging Action Genome and Charades datasets.')).toEqual(['Action Genome', 'Charades']);
    expect(labelsOf('dataset', 'On the Who&When benchmark, MASC consistently outperforms all baselines.')).toEqual(['Who&When']);
    expect(labelsOf('dataset', 'Results reach 99.80% AUC on FF++ and Celeb-DF.')).toEqual(expect.arrayContaining(['FaceForensics++']));
    expect(labelsOf('method', 'We combine differentiable rendering with a learned prior for integrated sensing and communication.')).toEqual(['differentiable rendering', 'integrated sensing and communication']);
  });
});

describe('a known technique with a coined word glued before it', () => {
  const methods = (abstract: string) => labelsOf('method', abstract);
  it('is the technique the text names, not the one it builds on', () => {
    // real: 2509.05952, 2603.21931 (tune10), 2508.17172 (tune22), 2604.16515 (tune20)
    // (a name the lexicon knows solid is that name: "Dance-GRPO" is DanceGRPO)
    expect(methods('This benefits reinforcement learning-based optimizers like Flow-GRPO and Dance-GRPO.')).toEqual(['DanceGRPO', 'Flow-GRPO']);
    expect(methods('We compare with Mix-GRPO and TSC-VAE.')).toEqual(['Mix-GRPO', 'TSC-VAE']);
    expect(methods('Our results improve on state-of-the-art baselines such as EO-NeRF and EO-GS.')).toEqual(['EO-GS', 'EO-NeRF']);
    expect(methods('Our pipeline analyzes different methods such as DROID-SLAM, AnyCam, and Monst3r.')).toEqual(expect.arrayContaining(['DROID-SLAM']));
    expect(methods('Under a simplified protocol, Ensemble-DI-FGSM transfers with roughly 3x the success.')).toEqual(['Ensemble-DI-FGSM']);
    // a digit starts a coined word too; a plural or a possessive is the name's (real: 2505.10679, 2510.19807)
    expect(methods('We classify the signals with a 1D-CNN.')).toEqual(['1D-CNN']);
    expect(methods('With this observation, we hypothesize that ST-GCNs are over-parameterized.')).toEqual(['ST-GCN']);
    expect(methods("Experiments demonstrate Scaf-GRPO's effectiveness on mathematics benchmarks.")).toEqual(['Scaf-GRPO']);
    // the technique itself where the text writes it alone
    expect(methods('We train with GRPO and compare it with Mix-GRPO.')).toEqual(['GRPO', 'Mix-GRPO']);
    // after a bracket that opens a list, a quote or a slash; before a venue in parentheses (invented)
    expect(methods('We compare with strong baselines (Mix-GRPO, TempFlow-GRPO) and Flow-GRPO/Scaf-GRPO.')).toEqual(['Flow-GRPO', 'Mix-GRPO', 'Scaf-GRPO', 'TempFlow-GRPO']);
    expect(methods("Our 'Mix-GRPO' variant is compared with Mix-GRPO (ICML).")).toEqual(['Mix-GRPO']);
    // a modality coins names (real: 2511.02779, 2603.26266 "VideoRAG")
    expect(methods('We compare Visual-CoT with Video-RAG.')).toEqual(['VideoRAG', 'Visual-CoT']);
    // two coined words (real: 2604.19263)
    expect(methods('By theoretical analysis, we demonstrate that P-NS-ADMM achieves the same received diversity order.')).toEqual(['P-NS-ADMM']);
  });

  it('is not a word that describes the technique, another known name, a maker, or a piece of a longer name', () => {
    // describing words, a plural of models, a model noun (real: 2505.20525, 2503.17553, 2503.16561)
    expect(methods('Training-free Multi-LoRA composition using frequency-domain guidance.')).toEqual(['LoRA']);
    expect(methods('We compare optimization strategies (No-RAG, RAG, and RAG+RL) over 10 iterations.')).toEqual(['retrieval-augmented generation']);
    expect(methods('FutureGen: an LLM-RAG approach to generate future work.')).toEqual(['retrieval-augmented generation']);
    expect(methods('Both Transformer-CNN and Hybrid-LoRA variants are compared.')).toEqual(['CNN', 'LoRA']);
    expect(methods('We compare against Vanilla-RAG, Naive-RAG, SLM-RAG and LMM-RAG baselines.')).toEqual(['retrieval-augmented generation']);
    expect(methods('Compared to Dense-MoE, Online-DPO and LLMs-GRPO pipelines, ours is faster.')).toEqual(['DPO', 'GRPO', 'Mixture-of-Experts']);
    // a family's name read only with a version, a plural acronym (invented)
    expect(methods('We fine-tune Phi-LoRA adapters over KGs-RAG.')).toEqual(['LoRA', 'retrieval-augmented generation']);
    // a size glued before it names a checkpoint (invented)
    expect(methods('We compare the 7B-DPO and 32B-GRPO checkpoints.')).toEqual(['DPO', 'GRPO']);
    // two known techniques joined: a hybrid of both (real: 2505.03845)
    expect(methods('We assess ViViT and a 3D CNN-LSTM with attention layers.')).toEqual(expect.arrayContaining(['CNN', 'LSTM']));
    expect(methods('We use a hybrid Muon-SGD optimizer.')).toEqual(['Muon', 'SGD']);
    // a maker's name (invented)
    expect(methods('We fine-tune embeddings with NVIDIA-LoRA adapters.')).toEqual(['LoRA']);
    // a longer name goes on after it, or its short form follows in parentheses (real: 2602.14534 'MoGen-CoT-140K',
    // 2602.21977)
    expect(methods('We build MoGen-CoT-140K for training.')).not.toContain('MoGen-CoT');
    expect(methods('We train with Mix-GRPO-v2 on math.')).not.toContain('Mix-GRPO');
    // a name another lexicon knows whole, which its rules left: the technique stays (invented)
    expect(methods('We propose a MultiHop-RAG modules design.')).toEqual(['retrieval-augmented generation']);
    expect(methods('We propose Masquerade-LoRA (MasqLoRA), an attack using an independent LoRA module.')).not.toContain('Masquerade-LoRA');
    // a known model before it (real: 2504.14481), a family's name read only with a version (real: 2507.19973)
    expect(methods('With minimal changes to SAM2-UNet, our method achieves consistent improvements.')).toEqual(['U-Net']);
    expect(methods('Agreement showed no difference with the addition of GPT-CoT.')).toEqual(['chain-of-thought']);
    // a model family's name before it (real: 2606.08151, dev); a known model's plural, which the model reader leaves,
    // is the technique as before (real: 2601.09524)
    expect(methods('We fine-tune with Qwen-QLoRA on one GPU.')).toEqual(['QLoRA']);
    expect(methods('V-JEPAs learn by predicting embeddings of masked regions.')).toEqual(['JEPA']);
    // words joined by a lower-case one: a phrase, not a name (real: 2603.20100, 2605.07256)
    expect(methods('We study the SFT-to-DPO transition in a Mixture-of-LoRA model.')).toEqual(['DPO', 'LoRA']);
    // a short form in parentheses after it (real: 2504.03221)
    expect(methods('The first branch, utilizing a Bidirectional-TCN (Bi-TCN), captures long-term dependencies.')).not.toContain('Bidirectional-TCN');
    // the word before it ends another known name (real: 2506.00605)
    expect(methods('An Adaptation-Based Convolutional Neural Network-CycleGAN framework.')).not.toContain('Network-CycleGAN');
    // a prefix glued to the first of a name's several words (real: 2508.01653)
    expect(methods('We replace the block with Criss-Cross Attention.')).not.toContain('Criss-Cross Attention');
    // glued to a word before it, or in a bracket around it or a phrase (a short form's definition, read by the acronym
    // rules; real: 2603.11535 (tune4), 2505.01812 (tune27))
    expect(methods('Token-choice Mixture-of-Experts (TC-MoE) routes each token to a fixed number of experts.')).not.toContain('TC-MoE');
    expect(methods('We show a gap between naive fine-tuning and in-context learning (FT-ICL gap) on our data.')).not.toContain('FT-ICL');
  });
});

describe('names readers list as another or not at all', () => {
  const labels = (abstract: string) => extractPaper({ key: 'p', title: 'A study', abstract }).filter((m) => m.kind === 'method').map((m) => m.label);
  it('reads zero-shot chain-of-thought as chain-of-thought, and a class of models defined with its short form as no method', () => {
    // real: 2506.05305 (tune4), 2507.07640 (tune25): their readers list chain-of-thought; "deep neural networks (DNNs)",
    // defined in 135 corpus papers, is in no read gold
    expect(labels('ProRefine significantly surpasses zero-shot Chain-of-Thought baselines by 3 to 37 points.')).toContain('chain-of-thought');
    expect(labels('Deep neural networks (DNNs) are vulnerable to adversarial examples.')).toEqual([]);
  });
});

describe('textbook techniques of the lexicon', () => {
  it('keep the words readers write with them: "latent diffusion models"', () => {
    // real: 2506.23038 (tune14) "AugPaint leverages latent diffusion models", 2505.06793 (tune31) "a Latent Diffusion
    // Model (LDM) based framework": readers list "latent diffusion model(s)" in all 10 read papers that name it so
    const aliases = (abstract: string) => extractPaper({ key: 'p', title: 'A study', abstract }).find((m) => m.label === 'latent diffusion')?.aliases;
    expect(aliases('AugPaint leverages latent diffusion models, known for their ability.')).toEqual(['latent diffusion models']);
    expect(aliases('We propose HistDiST, a Latent Diffusion Model (LDM) based framework.')).toEqual(['LDM', 'Latent Diffusion Model']);
  });
  it('are read in real sentences, as their plural and spelled apart', () => {
    // arXiv 2507.10015
    const ms = extractPaper({
      key: 'p',
      title: 'A study',
      abstract: 'Specifically, our framework utilizes the parameter prediction capability of a hypernetwork to obtain jointly trained connector modules.',
    });
    expect(ms.map((m) => `${m.kind}:${m.label}`)).toContain('method:hypernetwork');
    // invented
    const labels = extractPaper({ key: 'p', title: 'A study', abstract: 'We combine back translation with self training and a normalizing flow.' }).map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['back-translation', 'self-training', 'normalizing flows']));
  });

  it('read the twenty-seventh session\'s techniques in real sentences, and leave out a bare KV cache', () => {
    const methods = (abstract: string) => labelsOf('method', abstract);
    // arXiv 2601.21996, 2505.19360, 2606.12400 (tune20, tune21)
    expect(methods('We introduce Mechanistic Data Attribution (MDA), a scalable framework that employs Influence Functions to trace interpretable units back to specific training samples.')).toContain('influence functions');
    expect(methods('ChartLens uses segmentation-based techniques to identify chart objects and employs set-of-marks prompting with MLLMs for fine-grained visual attribution.')).toContain('set-of-mark prompting');
    expect(methods('Context distillation mitigates this by compressing contextual information into model parameters.')).toContain('context distillation');
    // invented: spellings of entries, and KV cache, whose readers list what is done to it (compression, eviction)
    expect(methods('We rank by the Mahalanobis distance, apply non-maxima suppression, a Hadamard transformation and the CIoU loss, and report the Shapley value.')).toEqual(
      expect.arrayContaining(['Mahalanobis distance', 'non-maximum suppression', 'Hadamard transform', 'CIoU', 'Shapley values']),
    );
    expect(methods('We compress the KV cache of long-context models.')).not.toContain('KV cache');
  });

  it("read the twenty-eighth session's techniques in real sentences, and leave out a bare domain adaptation", () => {
    const methods = (abstract: string) => labelsOf('method', abstract);
    // arXiv 2604.24176, 2605.11225, 2511.23241 (tune22)
    expect(methods('We construct per-instance candidate sets and train listwise and pairwise ranking models (ListNet, LambdaRank, RankNet) to preserve ordinal structure.')).toEqual(
      expect.arrayContaining(['ListNet', 'LambdaRank', 'RankNet']),
    );
    expect(methods('With human-in-the-loop (HITL) feedback, PIVOT establishes a strong upper bound.')).toContain('human-in-the-loop');
    expect(methods('In this work, we benchmark a range of domain randomization (DR) and domain adaptation (DA) techniques.')).toContain('domain randomization');
    // invented: a capitalised spelling; and bare "domain adaptation", whose readers list the longer names it heads
    expect(methods('Existing Unsupervised Domain Adaptation methods and population-based training fall short.')).toEqual(
      expect.arrayContaining(['unsupervised domain adaptation', 'population-based training']),
    );
    expect(methods('We study open-set domain adaptation.')).not.toContain('domain adaptation');
    // invented: the names every reader who met them listed
    expect(methods('With AutoGuidance and an energy-based model, LeJEPA beats a selective state space model.')).toEqual(
      expect.arrayContaining(['AutoGuidance', 'energy-based model', 'LeJEPA', 'selective state space model']),
    );
    // invented: the widely taught names that passed the same test; "gradient descent" did not (a reader listed a
    // longer name), and stays unread alone
    expect(methods('We fit ridge regression with early stopping, ReLU units and a Gumbel-softmax relaxation, then use offline reinforcement learning.')).toEqual(
      expect.arrayContaining(['ridge regression', 'early stopping', 'ReLU', 'Gumbel-softmax', 'offline reinforcement learning']),
    );
    expect(methods('We optimise it by gradient descent.')).not.toContain('gradient descent');
    // invented: names a reader listed in one read paper, written in many corpus papers
    expect(methods('We compare spiking neural networks under KV cache compression, next-scale prediction and a multi-armed bandit with bilevel optimization.')).toEqual(
      expect.arrayContaining(['spiking neural network', 'KV cache compression', 'next-scale prediction', 'multi-armed bandit', 'bilevel optimization']),
    );
  });
});

describe('software the work runs in', () => {
  const data = (abstract: string) => labelsOf('dataset', abstract).sort();
  it('reads no data set from a name written only as a simulator or an engine', () => {
    // real: 2510.18123 (tune4) "in closed-loop CARLA simulation", 2509.04117 (tune15) "in the CARLA simulator", 2605.14269
    // "in the MuJoCo physics simulator"; readers list none of them
    expect(data('We evaluate SafeCoop in closed-loop CARLA simulation and on nuScenes.')).toEqual(['nuScenes']);
    expect(data('Event streams are generated in the CARLA simulator, and we test on JAAD.')).toEqual(['JAAD']);
    expect(data('We retarget them onto a humanoid in the MuJoCo physics simulator.')).toEqual([]);
  });
  it('keeps it where the paper also names it as data or as a benchmark', () => {
    // real: 2601.16163 "on the LIBERO and RoboCasa simulation benchmarks"; the second invented
    expect(data('It achieves state-of-the-art performance on the LIBERO and RoboCasa simulation benchmarks.')).toEqual(['LIBERO', 'RoboCasa']);
    expect(data('We evaluate in the CARLA simulator and report results on CARLA and nuScenes.')).toEqual(['CARLA', 'nuScenes']);
  });
  it('reads no data set from the name of a team, also where the title opens with it before the task it entered', () => {
    // real: 2508.05179 (tune31), 2504.00021
    const title = 'ATLANTIS at SemEval-2025 Task 3: Detecting Hallucinated Text Spans in Question Answering';
    const atlantis = 'This paper presents the contributions of the ATLANTIS team to SemEval-2025 Task 3, focusing on detecting hallucinated text spans.';
    expect(labelsOf('dataset', atlantis, title).sort()).toEqual(['SemEval-2025 Task 3']);
    expect(data('This paper presents the winning submission of the RaaVa team to the AmericasNLP 2025 Shared Task 3 on Automatic Evaluation Metrics.')).toEqual(['AmericasNLP 2025']);
    // (teams in the plural play in the data: "On RoboCup teams"; and only the title opens with the team's name: "MMLU at
    // NeurIPS" inside the abstract is the data; invented, from a review)
    expect(data('On RoboCup teams, our planner wins more games.')).toEqual(['RoboCup']);
    expect(data('We evaluate on MMLU at NeurIPS and on GSM8K.')).toEqual(['GSM8K', 'MMLU']);
    // (a team's task is no team: corpus 2606.02994 "+30pp on MuSR team allocation")
    expect(data('Libraries outperform the agent by +44pp on RuleArena NBA, +30pp on MuSR team allocation, and on NatPlan.')).toContain('MuSR');
  });
});

describe('"the X family of … models"', () => {
  const kinds = (abstract: string) => mentionsOf(abstract);
  it('makes X a model family, the paper\'s own after a verb of making or "our"', () => {
    // real: 2506.09440 "This paper introduces the GigaChat family of Russian LLMs" (read as a data set before),
    // 2508.12774 "we present the SALAMANDRATA family of models" (a method), 2604.12075 "built on the Atlas family of
    // pathology foundation models" (someone else's)
    expect(kinds('This paper introduces the GigaChat family of Russian LLMs, available in various sizes.')).toEqual(['model/proposes:GigaChat']);
    expect(kinds('In this paper, we present the SALAMANDRATA family of models, an improved iteration.')).toEqual(['model/proposes:SALAMANDRATA']);
    expect(kinds('It is an application built on the Atlas family of pathology foundation models.')).toEqual(['model/uses:Atlas']);
    expect(kinds('Together with the core checkpoint, our PE family of models achieves state-of-the-art results.')).toEqual(['model/proposes:PE']);
  });
  it('leaves a known family to the model reader and keeps the paper\'s own data of that name', () => {
    // real: 2503.19786 "We introduce Gemma 3, a multimodal addition to the Gemma family of lightweight open models";
    // 2505.16968 "We introduce CASS, the first large-scale dataset and model suite … we train the CASS family of … models"
    expect(kinds('We introduce Gemma 3, a multimodal addition to the Gemma family of lightweight open models.').filter((k) => k.endsWith(':Gemma'))).toEqual([]);
    const cass = kinds('We introduce CASS, the first large-scale dataset for GPU code. Leveraging this resource, we train the CASS family of domain-specific language models.');
    expect(cass).toEqual(expect.arrayContaining(['dataset/proposes:CASS', 'model/proposes:CASS']));
  });
});

describe('data named after the paper\'s own proposal', () => {
  const found = (abstract: string, title = 'A study') => extractPaper({ key: 'paper:x', title, abstract }).map((m) => `${m.kind}:${m.label}:${m.relation}`);
  it('is proposed, not evaluated on, its name the proposal\'s with a part glued on', () => {
    // real: 2603.16654 (tune27)
    const omanic = found(
      'To address this gap, we propose Omanic, an open-domain multi-hop QA resource. It contains 10,296 machine-generated training examples (OmanicSynth) and 967 expert-reviewed evaluation examples (OmanicBench). State-of-the-art LLMs achieve only 73.11% accuracy on OmanicBench.',
      'Omanic: Towards Step-wise Evaluation of Multi-hop Reasoning',
    );
    expect(omanic).toContain('dataset:OmanicBench:proposes');
    expect(omanic).not.toContain('dataset:OmanicBench:evaluates_on');
    // (a benchmark someone else named is evaluated on, whatever the paper proposes)
    expect(found('We propose ZorbNet, a lightweight detector. ZorbNet improves accuracy on GSM8K-Hard.')).toContain('dataset:GSM8K-Hard:evaluates_on');
  });
});

describe('a model family written only as the head of the paper\'s own name', () => {
  const kinds = (abstract: string) => mentionsOf(abstract, (m) => m.kind === 'model' || m.relation === 'proposes');
  it('is no model the paper names', () => {
    // real: 2602.20812 "Qwen-BIM is developed", 2505.21370 "YOLO-SPCI"; the second invented
    expect(kinds('With the proposed benchmark and datasets, Qwen-BIM is developed and achieves a 21.0% increase over the base model.')).toEqual(['method/proposes:Qwen-BIM']);
    expect(kinds('We release Qwen-Finance, a model for financial analysis.')).toEqual(['model/proposes:Qwen-Finance']);
    // or as its last part: real 2604.02185-style titles, corpus 2606.13275 "ZeroCLIP", 2503.23796 "On-device Sora",
    // 2504.14715 "Med-2D SegNet", 2511.22125 "GA2-CLIP" (the review's "3D CoCa", 2504.09518)
    const coca = extractPaper({ key: 'paper:x', title: '3D CoCa: Contrastive Learners are 3D Captioners', abstract: 'We present 3D CoCa, a framework that unifies contrastive learning and captioning.' });
    expect(coca.filter((m) => m.kind === 'model' || m.relation === 'proposes').map((m) => `${m.kind}/${m.relation}:${m.label}`)).toEqual(['method/proposes:3D CoCa']);
    expect(kinds('We propose GA2-CLIP, a prompt tuning method for video-language models.')).toEqual(['method/proposes:GA2-CLIP']);
  });
  it('is a model where the text also writes the family on its own, in any casing', () => {
    // real: 2603.27999 "VLMs such as CLIP … we propose CLIP-AU"; 2504.21233 "Phi-4-Mini-Reasoning" beside "Phi-4-Mini"
    expect(kinds('Vision-language models such as CLIP are strong. We propose CLIP-AU, a framework for action units.')).toEqual(['method/proposes:CLIP-AU', 'model/uses:CLIP']);
    expect(kinds('We introduce Phi-4-mini-Reasoning, a 3.8B model. It is trained from Phi-4-Mini on math data.').filter((k) => k.includes('uses'))).toEqual(['model/uses:Phi-4-mini']);
  });
});

describe('a data set defined with its short form before "database"', () => {
  it('is data, as before "dataset"', () => {
    // real: 2604.01529, 2606.06207
    expect(labelsOf('dataset', 'We evaluate the framework using 608 healthy food policies from the Healthy Food Policy Project (HFPP) database.')).toEqual(['HFPP']);
    expect(labelsOf('dataset', 'This study proposes a framework for pattern discovery using the National Veterinary Assay Laboratory (NVAL) database.')).toEqual(['NVAL']);
  });
});

describe('web addresses without a scheme', () => {
  it('reads no name inside one', () => {
    // real: 2605.09936 (tune31) "huggingface.co/datasets/Yiwei-Ou/Urban-ImageNet" (no ImageNet), 2503.18886 a user name
    const title = 'Urban-ImageNet: A Large-Scale Multi-Modal Dataset and Evaluation Framework for Urban Space Perception';
    const abstract = 'We present Urban-ImageNet, a large-scale dataset. Dataset and benchmark are available at: huggingface.co/datasets/Yiwei-Ou/Urban-ImageNet and github.com/yiasun/dataset-2. Code: https://github.com/WeichenFan/CNS-Bench.';
    const mentions = extractPaper({ key: 'p', title, abstract });
    expect(mentions.map((m) => `${m.kind}/${m.relation}: ${m.label}`)).toEqual(['dataset/proposes: Urban-ImageNet']);
    // (names around one are read; the sentence keeps its end: "www.foo-bar.org." is dropped, not its full stop)
    const around = extractPaper({ key: 'p', title: 'A study', abstract: 'We evaluate on MMLU (see github.com/hendrycks/test) and GSM8K at github.com/x/y. Then we stop.' });
    expect(around.map((m) => m.label).sort()).toEqual(['GSM8K', 'MMLU']);
    expect(around[0]!.evidence).toBe('We evaluate on MMLU (see ) and GSM8K at .');
  });
});

describe('a data set written with and without its head noun', () => {
  const data = (abstract: string, title = 'A study') =>
    extractPaper({ key: 'p', title, abstract })
      .filter((m) => m.kind === 'dataset')
      .map((m) => `${m.relation}: ${m.label} [${m.aliases.join(', ')}]`);
  it('is one node, the one the paper proposes', () => {
    // real: 2503.22526 "AnnoPage Dataset", 2603.16601 "Tarab Corpus" (two nodes each before)
    expect(data('We introduce the AnnoPage Dataset, a collection of 7,550 pages. Experiments on AnnoPage show that detectors improve.', 'AnnoPage Dataset: Dataset of Non-Textual Elements in Documents')).toEqual([
      'proposes: AnnoPage Dataset [AnnoPage, AnnoPage Dataset]',
    ]);
  });
  it('is the coined bare name, else the name with its head, when the paper proposes neither', () => {
    // real: 2509.25738 (tune19) "the MOSEv1 Challenge" and "MOSEv1"; 2605.23324 "Blood Cell Images Dataset"
    expect(data('We report our solution to the MOSEv1 Challenge. On MOSEv1, our method ranks first.')).toEqual(['evaluates_on: MOSEv1 [MOSEv1, MOSEv1 Challenge]']);
    expect(
      data('Experiments on two blood cell datasets, namely the Blood Cell Images dataset and the PBC dataset, show gains. In the Blood Cell Images Dataset, macro F1 improves.').filter((d) => d.includes('Blood')),
    ).toEqual(['evaluates_on: Blood Cell Images Dataset [Blood Cell Images, Blood Cell Images Dataset, Blood Cell Images dataset]']);
    // (two heads: one node; invented, from a review)
    expect(data('We use the Tarab Corpus and the Tarab Dataset. On Tarab, models fail.')).toHaveLength(1);
  });  it('is the technique or the proposal when the paper defines or proposes the same name', () => {
    // real: 2503.21309 "Composed Image Retrieval (CIR) … two CIR benchmarks", 2605.15666 "the SSL dataset",
    // 2606.17433 "LADBench" and "LAD-Bench"
    expect(data('Composed Image Retrieval (CIR) is hard. Experiments on two CIR benchmarks show gains.')).toEqual([]);
    expect(data('We introduce LADBench, a benchmark of 500 tasks. On LAD-Bench, models fail.')).toEqual(['proposes: LADBench [LAD-Bench, LADBench]']);
    // (a name read both ways with no long form stays both; invented)
    expect(data('We use the FooMix algorithm. On the FooMix benchmark, it fails.')).toEqual(['evaluates_on: FooMix [FooMix, FooMix benchmark]']);
  });
  it('is the one named in parentheses right after it, whatever the letters', () => {
    // real: 2511.21722 "the German General Social Survey (ALLBUS)", 2602.23543 "Synthetic Visual Genome 2 (SVG2)"
    expect(data('We evaluate on the German General Social Survey (ALLBUS) and on ALLBUS waves since 1980.')).toEqual(['evaluates_on: ALLBUS [ALLBUS, German General Social Survey]']);
    // (not a shared task before its data: "SemEval-2025 Task 8 (DataBench)"; invented)
    expect(data('Our system for SemEval-2025 Task 8 (DataBench) ranks third.').map((d) => d.split(' [')[0])).toEqual(['evaluates_on: DataBench', 'evaluates_on: SemEval-2025 Task 8']);
  });
  it('is the defined one when the name with its head only begins a long form', () => {
    // real: 2605.15071 (tune31), 2507.16989 "Bias Benchmark for QA (BBQ)"
    expect(data('To quantify this, we introduce the Temporal Anachronism Benchmark for Vision-Language Models (TAB-VLM), a dataset of 600 questions.')).toEqual([
      'proposes: TAB-VLM [TAB-VLM, Temporal Anachronism, Temporal Anachronism Benchmark, Temporal Anachronism Benchmark for Vision-Language Models]',
    ]);
    // (not one the long form goes on from with another word: "… Benchmark Plus (FDBP)"; invented)
    expect(data('We use the Fall Detection Benchmark. We also introduce the Fall Detection Benchmark Plus (FDBP), a harder dataset.')).toHaveLength(2);
  });
});

describe('names another work is built on', () => {
  it('reads a model the method is built on, named by its apposition, as a model the paper uses', () => {
    // real: 2508.19730 "Our method is built on top of FSFM, a self-supervised model trained on real face data";
    // 2507.19407 "we leverage MEDTE, a GTE model extensively fine-tuned on diverse medical corpora"
    const found = (abstract: string) =>
      extractPaper({ key: 'paper:x', title: 'Detecting deepfakes', abstract }).map((m) => `${m.kind}/${m.relation}: ${m.label}`);
    expect(found('Our method is built on top of DockFM, a self-supervised model trained on real face data.')).toEqual(['model/uses: DockFM']);
    expect(found('We leverage PierTE, a text embedding model fine-tuned on medical corpora, to embed notes.')).toContain('model/uses: PierTE');
  });

  it('reads a named model of a method kind, defined by its short form, as a method the paper uses', () => {
    const methods = (abstract: string) => extractPaper({ key: 'paper:x', title: 'A study', abstract }).filter((m) => m.kind === 'method').map((m) => m.label);
    // real: 2511.17068 (tune49), 2507.09534 (tune20), 2605.17342 (dev), 2603.12421 (2025-26 corpus)
    expect(methods('Given a CT scan, we first employ a Brownian Bridge Diffusion Model (BBDM) to synthesize MRI slices.')).toEqual(['Brownian Bridge Diffusion Model']);
    expect(methods('Our planner leverages the recently proposed Consistency Trajectory Model (CTM) for trajectory optimization.')).toEqual(['Consistency Trajectory Model']);
    expect(methods('While some approaches like the General Preference Model (GPM) address this, a limitation remains.')).toEqual(['General Preference Model']);
    // not a class of models, a map of heights, a schema, nor an "… Anything Model" network
    expect(methods('A Large Language Model (LLM) answers the questions.')).toEqual([]);
    expect(methods('A Vision Foundation Model (VFM) gives the labels.')).toEqual([]);
    expect(methods('Heights come from a Digital Surface Model (DSM) of the city.')).toEqual([]);
    expect(methods('Records are mapped to the Observational Medical Outcomes Partnership Common Data Model (OMOP CDM).')).toEqual([]);
    expect(methods('Masks come from the Describe Anything Model (DAM).')).toEqual([]);
    // real: 2506.15483 (tune2): not a part of the paper's own, which the paper makes
    expect(methods('We introduce GenHOI, a novel two-stage framework. Subsequently, we introduce a Contact-Aware Diffusion Model (ContactDM) in the second stage to interpolate keyframes.')).toEqual(['GenHOI']);
    // (from the review) nor one without a verb of use or "the" before it: the paper's own component, as often
    expect(methods('A Face Reward Model (FRM) guides the sampler toward identity-consistent faces.')).toEqual([]);
    expect(methods('We train a verifier, called the Process Belief Model (PBM), on the traces.')).toEqual([]);
    expect(methods('The framework first introduces the Semantic Priors Guided Reconstruction Model (SPGRM), which uses priors.')).toEqual([]);
    expect(methods('Projections from a Global Climate Model (GCM) are downscaled to the region.')).toEqual([]);
    expect(methods('Distances are computed using a Kinematic Bicycle Model (KBM) of the car.')).toEqual(['Kinematic Bicycle Model']);
    // two words are a class or a plain noun phrase ("Reward Model (RM)")
    expect(methods('A Reward Model (RM) scores each answer.')).toEqual([]);
  });
});

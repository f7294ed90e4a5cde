import { describe, expect, it } from 'vitest';
import { mergeSpellings, spellingKey, modelWordOrderKey } from '../../src/extract/spellings.ts';
import { extractPaper } from '../../src/extract/paper.ts';
import { resolveCorpus } from '../../src/extract/resolve.ts';
import type { PaperExtraction } from '../../src/types.ts';

/**
 * Real titles and sentences of the 2025-26 arXiv corpus (public arXiv metadata; each paper's id as its key), one
 * sentence of the abstract each: the sentence that names the model.
 */
const PAPERS: Array<[string, string, string]> = [
  ['2603.16734', 'Differential Harm Propensity in Personalized LLM Agents: The Curious Case of Mental Health', 'Our results reveal that harmful task completion is non-trivial across models: frontier lab models (e.g., GPT 5.2, Claude Sonnet 4.5, Gemini 3-Pro) still complete a measurable fraction of harmful tasks, while an open model (DeepSeek 3.2) exhibits substantially higher harmful completion.'],
  ['2512.16030', "Do Large Language Models Know What They Don't Know? Kalshibench: A New Benchmark for Evaluating Epistemic Calibration via Prediction Markets", 'We evaluate five frontier models -- Claude Opus 4.5, GPT-5.2, DeepSeek-V3.2, Qwen3-235B, and Kimi-K2 -- and find systematic overconfidence across all models.'],
  ['2512.02556', 'DeepSeek-V3.2: Pushing the Frontier of Open Large Language Models', 'We introduce DeepSeek-V3.2, a model that harmonizes high computational efficiency with superior reasoning and agent performance.'],
  ['2507.14293', 'WebGuard: Building a Generalizable Guardrail for Web Agents', 'We conduct comprehensive evaluations across multiple generalization settings and find that a fine-tuned Qwen2.5VL-7B model yields a substantial improvement in performance, boosting accuracy from 37% to 80% and HIGH-risk action recall from 20% to 76%.'],
  ['2503.16257', 'Plug-and-Play 1.x-Bit KV Cache Quantization for Video Large Language Models', 'Empirically, extensive results with LLaVA-OV-7B and Qwen2.5-VL-7B on six benchmarks show that VidKV effectively compresses the KV cache to 1.5-bit and 1.58-bit precision with almost no performance drop compared to the FP16 counterparts.'],
  ['2511.02650', 'Can Visual Input Be Compressed? A Visual Token Compression Benchmark for Large Multimodal Models', 'UniPruneBench provides standardized protocols across six ability dimensions and ten datasets, covering ten representative compression algorithms and three families of LMMs (LLaVA-v1.5, Intern-VL3, and Qwen2.5-VL).'],
  ['2507.06183', 'Enhancing Scientific Visual Question Answering through Multimodal Reasoning and Ensemble Modeling', 'Through error analysis on the validation split, our ensemble approach improved performance compared to most individual models, though InternVL3 remained the strongest standalone performer.'],
  ['2507.19956', 'Predicting Brain Responses To Natural Movies With Multimodal LLMs', 'Our pipeline leveraged rich multimodal representations from various state-of-the-art pretrained models across video (V-JEPA2), speech (Whisper), text (Llama 3.2), vision-text (InternVL3), and vision-text-audio (Qwen2.5-Omni).'],
  ['2505.14984', 'CRAFT: Training-Free Cascaded Retrieval for Tabular QA', 'We further enhance table representations by generating table descriptions and titles using Gemini Flash 1.5.'],
  ['2504.01253', 'Grade Guard: A Smart System for Short Answer Automated Grading', 'Our experimentation shows that the best setting of Grade Guard outperforms traditional methods by 19.16% RMSE in Upstage Solar Pro, 23.64% RMSE in Upstage Solar Mini, 4.00% RMSE in Gemini 1.5 Flash, and 10.20% RMSE in GPT 4-o Mini.'],
  ['2505.01035', 'Do We Need a Detailed Rubric for Automated Essay Scoring using Large Language Models?', 'Our experiments compared three conditions: a full rubric, a simplified rubric, and no rubric, using four different LLMs (Claude 3.5 Haiku, Gemini 1.5 Flash, GPT-4o-mini, and Llama 3 70B Instruct).'],
  ['2601.21115', 'Multi-task Code LLMs: Data Mix or Model Merge?', 'Notably, merged models can even surpass individually fine-tuned models, with our best configuration of Qwen Coder 2.5 7B model achieving 92.7% Pass@1 on HumanEval compared to 90.9% for its task-specific fine-tuned equivalent.'],
  ['2506.20495', 'ReCode: Updating Code API Knowledge with Reinforcement Learning', 'Notably, after training, Qwen2.5-Coder-7B outperforms that of the 32B parameter code instruction-tuned model and the reasoning model with the same architecture.'],
  ['2603.16839', 'Learning to Present: Inverse Specification Rewards for Agentic Slide Generation', 'Our approach fine-tunes Qwen2.5-Coder-7B via GRPO, training only 0.5% of parameters on prompts derived from expert demonstrations collected using Claude Opus 4.6.'],
  // Names that look alike and are other models.
  ['2506.14474', 'LexiMark: Robust Watermarking via Lexical Substitutions to Enhance Membership Verification of an LLM\'s Textual Training Data', 'We evaluated our method using baseline datasets from recent studies and seven open-source models: LLaMA-1 7B, LLaMA-3 8B, Mistral 7B, Pythia 6.9B, as well as three smaller variants from the Pythia family (160M, 410M, and 1B).'],
  ['2510.25087', 'BioCoref: Benchmarking Biomedical Coreference Resolution with LLMs', 'Notably, the LLaMA 8B and 17B models show superior precision and F1 scores under entity-augmented prompting, highlighting the potential of lightweight prompt engineering for enhancing LLM utility in biomedical NLP tasks.'],
  ['2505.16743', 'TRIM: Achieving Extreme Sparsity with Targeted Row-wise Iterative Metric-driven Pruning', 'For instance, at 80% sparsity, TRIM reduces perplexity by 48% for Qwen2.5-14B and over 90% for OPT-13B compared to baseline methods.'],
  ['2603.10877', 'From Images to Words: Efficient Cross-Modal Knowledge Distillation to Language Models from Black-box Teachers', 'We empirically validate ARMADA on twelve natural language understanding, eight complex generative reasoning and five instruction-tuning tasks, demonstrating consistent performance improvements in large models such as DeBERTa-v2-1.4B, OPT-1.3B, LLaMA-{3B, 7B, 8B}.'],
  ['2504.21033', 'Transcending Dimensions using Generative AI: Real-Time 3D Model Generation in Augmented Reality', 'Utilizing cutting-edge AI models like Shap-E, we address the complex challenges of transforming 2D images into 3D representations in AR environments.'],
  ['2604.22826', 'Shape: A Self-Supervised 3D Geometry Foundation Model for Industrial CAD Analysis', 'We introduce Shape, a self-supervised foundation model converting surface meshes into dense per-token embeddings.'],
];

function extractAll(papers: ReadonlyArray<[string, string, string]>): PaperExtraction[] {
  return papers.map(([id, title, abstract]) => {
    const doc = { key: `paper:${id}`, title, abstract };
    return { doc, mentions: extractPaper(doc) };
  });
}

/** The model keys and labels each paper links to, by arXiv id. */
function modelsOf(extractions: readonly PaperExtraction[]): Record<string, string[]> {
  return Object.fromEntries(
    extractions.map((extraction) => [
      extraction.doc.key.slice('paper:'.length),
      extraction.mentions.filter((mention) => mention.kind === 'model').map((mention) => `${mention.slug}=${mention.label}`),
    ]),
  );
}

describe('one node per model however papers spell it', () => {
  const before = modelsOf(extractAll(PAPERS));
  const after = modelsOf(resolveCorpus(extractAll(PAPERS)));

  it('reads the spellings apart paper by paper (what the cross-paper pass joins)', () => {
    expect(before['2603.16734']).toContain('deepseek-3.2=DeepSeek-3.2');
    expect(before['2512.16030']).toContain('deepseek-v3.2=DeepSeek-V3.2');
    // (a version and a variant glued on a known family are read per paper: "Qwen2.5VL-7B" is Qwen2.5-VL-7B already)
    expect(before['2507.14293']).toContain('qwen2.5-vl-7b=Qwen2.5-VL-7B');
    expect(before['2511.02650']).toContain('intern-vl3=Intern-VL3');
    // (word order the creator fixes is read per paper: Google writes Gemini's version before the tier)
    expect(before['2505.14984']).toEqual(['gemini-1.5-flash=Gemini-1.5-Flash']);
    expect(before['2601.21115']).toContain('qwen-coder-2.5-7b=Qwen-Coder-2.5-7B');
  });

  it('joins a version mark, separators and word order to the spelling most papers use', () => {
    expect(after['2603.16734']).toContain('deepseek-v3.2=DeepSeek-V3.2');
    expect(after['2507.14293']).toContain('qwen2.5-vl-7b=Qwen2.5-VL-7B');
    expect(after['2511.02650']).toContain('internvl3=InternVL3');
    // Two papers write Qwen2.5-Coder-7B, one Qwen Coder 2.5 7B.
    expect(after['2601.21115']).toContain('qwen2.5-coder-7b=Qwen2.5-Coder-7B');
  });

  it('keeps apart names that differ in their digits or inside a word', () => {
    expect(after['2506.14474']).toContain('llama-1-7b=Llama-1-7B');
    expect(after['2510.25087']).toContain('llama-17b=Llama-17B');
    expect(after['2505.16743']).toContain('opt-13b=OPT-13B');
    expect(after['2603.10877']).toContain('opt-1.3b=OPT-1.3B');
    expect(after['2504.21033']).toContain('shap-e=Shap-E');
    expect(after['2604.22826']!.some((model) => model.startsWith('shape='))).toBe(true);
  });

  it('changes nothing else', () => {
    const moved = new Set(['2603.16734', '2511.02650', '2601.21115']);
    for (const [id, models] of Object.entries(before)) if (!moved.has(id)) expect(after[id]).toEqual(models);
  });
});

describe('one node per dataset however papers spell it', () => {
  // Real sentences of the corpus (public arXiv metadata): two papers write VideoMME, three Video-MME.
  const papers: Array<[string, string, string]> = [
    ['2503.16428', 'XAttention: Block Sparse Attention with Antidiagonal Scoring', 'Across comprehensive evaluations on demanding long-context benchmarks-including RULER and LongBench for language, VideoMME for video understanding, and VBench for video generation.'],
    ['2503.18712', 'LLaVAction: evaluating and training multi-modal large language models for action recognition', 'Lastly, we show improvements on other action-related video benchmarks such as EgoSchema, PerceptionTest, LongVideoBench, VideoMME and MVBench, suggesting that MLLMs are a promising path forward for complex action tasks.'],
    ['2503.13956', 'Improving LLM Video Understanding with 16 Frames Per Second', 'F-16 achieves state-of-the-art performance among 7-billion-parameter video LLMs on both general and fine-grained video understanding benchmarks, such as Video-MME and TemporalBench.'],
    ['2503.21483', 'BOLT: Boost Large Vision-Language Model Without Training for Long-form Video Understanding', 'Our results show that inverse transform sampling yields the most significant performance improvement, increasing accuracy on the Video-MME benchmark from 53.8% to 56.1% and MLVU benchmark from 58.9% to 63.4%.'],
  ];
  it('joins them under the spelling most papers use', () => {
    const datasets = (extractions: PaperExtraction[]) =>
      new Set(extractions.flatMap((ex) => ex.mentions.filter((m) => m.kind === 'dataset' && /video-?mme/i.test(m.slug)).map((m) => m.slug)));
    expect([...datasets(extractAll(papers))].sort()).toEqual(['video-mme', 'videomme']);
    // (a tie, two papers each: the smaller slug)
    expect([...datasets(resolveCorpus(extractAll(papers)))]).toEqual(['video-mme']);
  });
});

describe('spellingKey', () => {
  it('drops version marks and separators but a separator between two digits (invented slugs)', () => {
    expect(spellingKey('deepseek-v3.2')).toBe(spellingKey('deepseek-3.2'));
    expect(spellingKey('dino-v2')).toBe(spellingKey('dinov2'));
    expect(spellingKey('mixtral-8x-7b')).toBe(spellingKey('mixtral-8x7b'));
    expect(spellingKey('llama-1-7b')).not.toBe(spellingKey('llama-17b'));
    expect(spellingKey('qwen-27b')).not.toBe(spellingKey('qwen2-7b'));
    expect(spellingKey('opt-1.3b')).not.toBe(spellingKey('opt-13b'));
    // A v after a digit is a variant (GPT-4V), not a version mark.
    expect(spellingKey('gpt-4v')).not.toBe(spellingKey('gpt-4'));
  });
});

describe('modelWordOrderKey', () => {
  it('is the reading and the words in any order, for a reading with more than a family (invented slugs)', () => {
    const flash = { family: 'Gemini', version: '1.5', variant: 'Flash' };
    expect(modelWordOrderKey('gemini-flash-1.5', flash)).toBe(modelWordOrderKey('gemini-1.5-flash', flash));
    const coder = { family: 'Qwen', version: '2.5', size: '7B', variant: 'Coder' };
    expect(modelWordOrderKey('qwen-coder-2.5-7b', coder)).toBe(modelWordOrderKey('qwen2.5-coder-7b', coder));
    // A word the reading does not hold (the + of DeepLab-v3+) keeps the names apart.
    const deeplab = { family: 'DeepLab', version: '3' };
    expect(modelWordOrderKey('deeplab-v3+', deeplab)).not.toBe(modelWordOrderKey('deeplab-v3', deeplab));
    expect(modelWordOrderKey('mosaic', { family: 'MOSAIC' })).toBeUndefined();
  });
});

describe('mergeSpellings', () => {
  it('keeps one mention per relation when a paper writes two spellings of one model, with both as aliases (invented)', () => {
    const doc = { key: 'paper:x', title: 'T', abstract: 'A' };
    const mention = (slug: string, label: string) => ({ kind: 'model' as const, slug, label, relation: 'uses' as const, evidence: 'A', aliases: [label], model: { family: 'DINO', version: '2' } });
    const extractions: PaperExtraction[] = [
      { doc, mentions: [mention('dino-v2', 'DINO-v2'), mention('dinov2', 'DINOv2')] },
      { doc: { ...doc, key: 'paper:y' }, mentions: [mention('dinov2', 'DINOv2')] },
    ];
    const merged = mergeSpellings(extractions);
    expect(merged[0]!.mentions).toEqual([{ ...mention('dinov2', 'DINO-v2'), aliases: ['DINO-v2', 'DINOv2'] }]);
    expect(merged[1]).toBe(extractions[1]);
    // The input is not changed.
    expect(extractions[0]!.mentions.map((m) => m.slug)).toEqual(['dino-v2', 'dinov2']);
  });
});

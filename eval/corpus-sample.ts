/**
 * What the sampling scripts of the annotated sets share (holdout/sample.ts, holdout2/sample.ts, blind/sample.ts): the
 * 2025–26 corpus they draw from, the filter that keeps papers naming something model- or benchmark-like, and the
 * shape of a sampled paper's line. Each script keeps only its own drawing rule, so the samples it drew stay
 * reproducible.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS = join(HERE, '../../shared/corpus/arxiv-2025-26.jsonl.gz');
const CORPUS_SOURCE =
  'github.com/dw-dengwei/daily-arXiv-ai-enhanced @ b4c542b7d61bff39f8b999b45b43f62b2bb94f75 (branch data) : data/*.jsonl, via shared/corpus/arxiv-2025-26.jsonl.gz';

/** A record of the corpus, as far as the samples read it. */
export interface CorpusRecord {
  id: string;
  title: string;
  authors: string[];
  summary: string;
}

/** The corpus's lines (one record each), in file order. */
export function corpusLines(): string[] {
  return gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter(Boolean);
}

/** The ids of a JSON Lines file of papers (none when it does not exist). */
export function idsOf(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id) : [];
}

// A model/benchmark-like token: a known family/benchmark word, a capital-led token with a digit (GPT-4o, Qwen2.5,
// GSM8K, ResNet-50), or an inner-capital CamelCase token (ImageNet, RoBERTa, LongBench).
const FAMILIES =
  /\b(GPT|ChatGPT|LLaMA|Llama|Qwen|Mistral|Mixtral|Gemma|Gemini|Claude|DeepSeek|Phi|BERT|RoBERTa|T5|CLIP|ViT|Whisper|SAM|DINO|ResNet|YOLO|Stable Diffusion|MMLU|GSM8K|HumanEval|ImageNet|COCO|SQuAD|GLUE|CIFAR|MNIST|KITTI|nuScenes|LibriSpeech)/;
const DIGIT = /\b[A-Z][A-Za-z]*[-.]?\d[\w.-]*/g;
const CAMEL = /\b[A-Z][a-z]+[A-Z][A-Za-z]*\b/g;
// hardware, metrics and generic acronyms are not model-like: A100, H100, RTX-3090, F1-score, IoU, HD95, MoE, ReID
const NOT_MODEL = /^(?:[AHVT]\d{2,3}|RTX[-\s]?\d+|[A-Z]\d+|F1[-\w]*|m?IoU|HD\d+|AUR?OC|BLEU[-\w]*|ROUGE[-\w]*|MoE|ReID|RGB-?D|T2D|LoRA)$/;

/** The first model- or benchmark-like token of a text, or null: the filter every sample applies. */
export function modelishToken(text: string): string | null {
  const family = FAMILIES.exec(text);
  if (family) return family[0];
  for (const re of [DIGIT, CAMEL]) for (const m of text.matchAll(re)) if (!NOT_MODEL.test(m[0])) return m[0];
  return null;
}

/** A sampled paper's line: its id, title, authors, abstract, year (from the id) and where it came from. */
export function sampleLine(record: CorpusRecord, lineIndex: number): string {
  const year = 2000 + Number(record.id.slice(0, 2));
  return JSON.stringify({ id: record.id, title: record.title, authors: record.authors, abstract: record.summary, year, source: `${CORPUS_SOURCE} line ${lineIndex + 1}` });
}

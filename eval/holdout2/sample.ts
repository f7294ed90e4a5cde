/**
 * Second deterministic held-out sample (see README.md): `npx tsx eval/holdout2/sample.ts [--dry]`.
 * Candidates: records of ../shared/corpus/arxiv-2025-26.jsonl.gz whose 0-based line index i has i % 1231 === 617, in
 * file order (60 candidates: i = 617, 1848, …). Skip ids in the dev set (eval/data) and the first holdout
 * (eval/holdout). Keep the first 30 whose title+abstract contain a model/benchmark-like token (MODELISH below, the
 * same filter as eval/holdout/sample.ts). Writes eval/holdout2/papers.jsonl.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(HERE, '../../../shared/corpus/arxiv-2025-26.jsonl.gz');
const STEP = 1231;
const OFFSET = 617;
const CANDIDATES = 60;
const KEEP = 30;
const SOURCE =
  'github.com/dw-dengwei/daily-arXiv-ai-enhanced @ b4c542b7d61bff39f8b999b45b43f62b2bb94f75 (branch data) : data/*.jsonl, via shared/corpus/arxiv-2025-26.jsonl.gz';

// A model/benchmark-like token: a known family/benchmark word, or a capitalised token containing a digit
// (GPT-4o, Qwen2.5, GSM8K, ResNet-50), or an inner-capital CamelCase token (ImageNet, RoBERTa, LongBench).
const FAMILIES =
  /\b(GPT|ChatGPT|LLaMA|Llama|Qwen|Mistral|Mixtral|Gemma|Gemini|Claude|DeepSeek|Phi|BERT|RoBERTa|T5|CLIP|ViT|Whisper|SAM|DINO|ResNet|YOLO|Stable Diffusion|MMLU|GSM8K|HumanEval|ImageNet|COCO|SQuAD|GLUE|CIFAR|MNIST|KITTI|nuScenes|LibriSpeech)/;
const DIGIT = /\b[A-Z][A-Za-z]*[-.]?\d[\w.-]*/; // capital-led token with a digit
const CAMEL = /\b[A-Z][a-z]+[A-Z][A-Za-z]*\b/;
// hardware, metrics and generic acronyms are not model-like: A100, H100, RTX-3090, F1-score, IoU, HD95, MoE, ReID
const NOT_MODEL = /^(?:[AHVT]\d{2,3}|RTX[-\s]?\d+|[A-Z]\d+|F1[-\w]*|m?IoU|HD\d+|AUR?OC|BLEU[-\w]*|ROUGE[-\w]*|MoE|ReID|RGB-?D|T2D|LoRA)$/;
function modelish(text: string): string | null {
  const f = text.match(FAMILIES);
  if (f) return f[0];
  for (const re of [DIGIT, CAMEL]) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) if (!NOT_MODEL.test(m[0])) return m[0];
  }
  return null;
}

const devIds = new Set(
  ['../data/papers.jsonl', '../holdout/papers.jsonl'].flatMap((f) =>
    readFileSync(join(HERE, f), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id),
  ),
);
const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter(Boolean);
const out: string[] = [];
const log: string[] = [];
for (let k = 0; k < CANDIDATES && out.length < KEEP; k++) {
  const i = OFFSET + k * STEP;
  const r = JSON.parse(lines[i]!) as { id: string; title: string; authors: string[]; summary: string };
  if (devIds.has(r.id)) {
    log.push(`${i}\t${r.id}\tskip (dev or holdout)`);
    continue;
  }
  const hit = modelish(`${r.title}\n${r.summary}`);
  log.push(`${i}\t${r.id}\t${hit ? `keep (${hit})` : 'drop (no model-like token)'}\t${r.title.slice(0, 70)}`);
  if (!hit) continue;
  const year = 2000 + Number(r.id.slice(0, 2));
  out.push(JSON.stringify({ id: r.id, title: r.title, authors: r.authors, abstract: r.summary, year, source: `${SOURCE} line ${i + 1}` }));
}
console.log(log.join('\n'));
console.log(`kept ${out.length}`);
if (!process.argv.includes('--dry')) writeFileSync(join(HERE, 'papers.jsonl'), out.join('\n') + '\n');

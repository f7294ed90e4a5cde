/**
 * Blind extraction samples (issue 11): `npx tsx eval/blind/sample.ts <name> <seed> <count> [--dry]`.
 *
 * Draws `count` records from ../shared/corpus/arxiv-2025-26.jsonl.gz with a seeded generator (mulberry32 over line
 * indices, without replacement), skipping ids already in the dev set, eval/holdout, eval/holdout2 and every other
 * eval/blind/<name>/ sample, and keeping only records whose title+abstract hold a model/benchmark-like token (the same
 * loose filter as eval/holdout2/sample.ts, so that the sample looks like the papers the tool is for). Writes
 * eval/blind/<name>/papers.jsonl in the shape of eval/holdout2 (id, title, authors, abstract, year, source).
 * The same name, seed and count always give the same file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(HERE, '../../../shared/corpus/arxiv-2025-26.jsonl.gz');
const SOURCE =
  'github.com/dw-dengwei/daily-arXiv-ai-enhanced @ b4c542b7d61bff39f8b999b45b43f62b2bb94f75 (branch data) : data/*.jsonl, via shared/corpus/arxiv-2025-26.jsonl.gz';

const [name, seedText, countText] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!name || !seedText || !countText) {
  console.error('usage: npx tsx eval/blind/sample.ts <name> <seed> <count> [--dry]');
  process.exit(1);
}
const seed = Number(seedText);
const count = Number(countText);

function mulberry32(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Same filter as eval/holdout2/sample.ts: a known family/benchmark word, a capital-led token with a digit, or CamelCase.
const FAMILIES =
  /\b(GPT|ChatGPT|LLaMA|Llama|Qwen|Mistral|Mixtral|Gemma|Gemini|Claude|DeepSeek|Phi|BERT|RoBERTa|T5|CLIP|ViT|Whisper|SAM|DINO|ResNet|YOLO|Stable Diffusion|MMLU|GSM8K|HumanEval|ImageNet|COCO|SQuAD|GLUE|CIFAR|MNIST|KITTI|nuScenes|LibriSpeech)/;
const DIGIT = /\b[A-Z][A-Za-z]*[-.]?\d[\w.-]*/g;
const CAMEL = /\b[A-Z][a-z]+[A-Z][A-Za-z]*\b/g;
const NOT_MODEL = /^(?:[AHVT]\d{2,3}|RTX[-\s]?\d+|[A-Z]\d+|F1[-\w]*|m?IoU|HD\d+|AUR?OC|BLEU[-\w]*|ROUGE[-\w]*|MoE|ReID|RGB-?D|T2D|LoRA)$/;
function modelish(text: string): boolean {
  if (FAMILIES.test(text)) return true;
  for (const re of [DIGIT, CAMEL]) for (const m of text.matchAll(re)) if (!NOT_MODEL.test(m[0])) return true;
  return false;
}

const idsOf = (file: string): string[] =>
  existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id) : [];
const seen = new Set([
  ...idsOf(join(HERE, '../data/papers.jsonl')),
  ...idsOf(join(HERE, '../holdout/papers.jsonl')),
  ...idsOf(join(HERE, '../holdout2/papers.jsonl')),
  ...readdirSync(HERE, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== name)
    .flatMap((d) => idsOf(join(HERE, d.name, 'papers.jsonl'))),
]);

const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter(Boolean);
const random = mulberry32(seed);
const order = Array.from(lines.keys());
const out: string[] = [];
// Fisher–Yates, lazily: only as far as needed.
for (let k = 0; k < order.length && out.length < count; k++) {
  const j = k + Math.floor(random() * (order.length - k));
  [order[k], order[j]] = [order[j]!, order[k]!];
  const i = order[k]!;
  const r = JSON.parse(lines[i]!) as { id: string; title: string; authors: string[]; summary: string };
  if (seen.has(r.id) || !modelish(`${r.title}\n${r.summary}`)) continue;
  seen.add(r.id);
  const year = 2000 + Number(r.id.slice(0, 2));
  out.push(JSON.stringify({ id: r.id, title: r.title, authors: r.authors, abstract: r.summary, year, source: `${SOURCE} line ${i + 1}` }));
}
console.log(`${name}: ${out.length} papers (seed ${seed})`);
if (!process.argv.includes('--dry')) {
  mkdirSync(join(HERE, name), { recursive: true });
  writeFileSync(join(HERE, name, 'papers.jsonl'), out.join('\n') + '\n');
}

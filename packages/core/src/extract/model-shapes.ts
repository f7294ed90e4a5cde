/**
 * Models of families no lexicon knows, read from their shape (issue 11: "unseen model families with a model-like
 * shape"): a name joined to a parameter size ("Zephyrus-13B-Instruct", "LLaDA 8B", "MegaBeam-Mistral-7B"), or a
 * coined name with a model tail ("Keye-VL", "Seed-Coder", "Fun-Audio-Chat"). The label is the name as written (sizes
 * in upper case), so a paper that releases "Foo-7B" and one that uses it meet on one node.
 *
 * A hyphenated name that starts with a known family but goes past it ("Llama-SEA-LION-v2-8B-IT", "LLaVA-Video-72B",
 * "Wan2.1-T2V-14B") is a model of its own, read whole; a name the family reader covered up to its size stays the
 * family's ("Qwen3-8B-SFT" is Qwen3-8B). Parameter sizes in millions are left alone: names like "WebVid-10M" and
 * "Panda-70M" are datasets far more often than models.
 *
 * Gated by token hashes (the "b" of "7B", the "vl"/"chat"/"coder" after a hyphen), so papers without such a token
 * cost one pass over the token hashes.
 */
import { formulaShaped, namesMaterial } from './materials.ts';
import type { ModelInfo } from '../types.ts';
import lexicon from './lexicons/models.json' with { type: 'json' };
import datasetFile from './lexicons/datasets.json' with { type: 'json' };
import methodFile from './lexicons/methods.json' with { type: 'json' };
import { codeAt, firstTokenAfter, opensSentence, registerFirst, slugify, somePartBeforeHyphen, tokenize, TokenHashBits, type Tokens } from './tokens.ts';
import { FIRST_TOKEN_BITS } from './first-token-bits.ts';
import type { ModelHit } from './models.ts';

interface ShapeLexicon {
  variants: { words: string[] };
  glued: { prefixedFamilies: string[]; acronymPrefixedFamilies: string[]; prefixedNotModels: string[] };
  creatorPrefixes: { words: string[] };
  depthFamilies: { families: string[] };
  shapes: { notModelNames: string[]; notNameWords: string[]; tails: string[]; tiers: string[]; listNotModels: string[] };
}
const LEX = lexicon as unknown as ShapeLexicon;

const VARIANT_WORDS = new Set(LEX.variants.words.map((w) => w.toLowerCase()));
const CREATORS = new Set(LEX.creatorPrefixes.words.map((w) => w.toLowerCase()));
/** Is a word a model maker's name ("OpenAI", "Meta"), written before its models? */
export function isCreatorName(word: string): boolean {
  return CREATORS.has(word.toLowerCase());
}
/** Collections named with a size ("LAION-5B", "DataComp-1B"): data, not models. */
const NOT_MODELS = new Set(LEX.shapes.notModelNames.map((w) => w.toLowerCase()));
/** Words that come before a size without naming a model ("Our 7B", "The 70B", "MoE 30B"). */
const NOT_NAME_WORDS = new Set(LEX.shapes.notNameWords.map((w) => w.toLowerCase()));
/** Tails that make a coined name a model without a size ("-VL", "-Chat", "-Coder"). */
const TAILS = new Set(LEX.shapes.tails.map((w) => w.toLowerCase()));

/**
 * Dataset names, to keep "BioASQ-7B" (task 7b of BioASQ) from reading as a model: separator-free lower-case keys, and
 * exact spellings for the case-sensitive groups ("MATH" is a dataset, "Math" in "Qwen2.5-Math-PRM-72B" is not).
 * (Read from the lexicon file: the dataset Lexicon itself is built in known.ts, which depends on this module.)
 */
/** A name without its spaces, hyphens and underscores, as the lexicon keys below are kept ("MMLU-Pro" → "MMLUPro"). */
const withoutSeparators = (w: string): string => w.replace(/[\s\-_]+/g, '');
const DATASET_KEYS = new Set<string>();
const DATASET_EXACT = new Set<string>();
type GroupsFile = { groups: { caseSensitive?: boolean; entries: string[] }[] };
for (const group of (datasetFile as GroupsFile).groups)
  for (const spec of group.entries)
    for (const alias of spec.split('|')) {
      const flat = withoutSeparators(alias);
      if (group.caseSensitive && /[A-Z]/.test(alias)) DATASET_EXACT.add(flat);
      else DATASET_KEYS.add(flat.toLowerCase());
    }
const isDatasetName = (w: string): boolean => {
  // (keyed without separators: "MMLU-Pro" is the entry "MMLU-Pro")
  const flat = withoutSeparators(w);
  return DATASET_EXACT.has(flat) || DATASET_KEYS.has(flat.toLowerCase());
};
/** Every technique name, lower case without separators ("dropout", "adam"): a listed word that is one is no model. */
const METHOD_KEYS = new Set<string>();
for (const group of (methodFile as GroupsFile).groups)
  for (const spec of group.entries) for (const alias of spec.split('|')) METHOD_KEYS.add(withoutSeparators(alias.toLowerCase()));
/**
 * Families the lexicon reads only with a version (SAM, GPT, Phi: also an optimiser, a prefix, a letter): listed among
 * known models, the bare name is the family ("foundation models such as SAM, DINOv2 and OneFormer").
 */
const VERSIONED_FAMILIES = new Set<string>();
for (const group of (lexicon as unknown as { groups: { require?: string; entries: string[] }[] }).groups)
  if (group.require === 'version') for (const spec of group.entries) for (const alias of spec.split('|')) VERSIONED_FAMILIES.add(alias);
/** Words listed next to models that are no models: people, architectures, generic systems. */
const LIST_NOT_MODELS = new Set(LEX.shapes.listNotModels.map((w) => w.toLowerCase()));

/** A piece shaped like a benchmark ("SNS-Bench-VL", "Roboflow100-VL" is caught by the lexicon). */
const BENCHMARK_PIECE = /(?:Bench|bench|QA|Eval|Arena|Set|Data)$/;

/** Is the whole hyphenated word around [start, end) a known dataset ("LMSYS-Chat-1M")? */
function inDatasetWord(text: string, start: number, end: number): boolean {
  let e = end;
  while (e < text.length && (isNameCode(text.charCodeAt(e)) || (text.charCodeAt(e) === 45 && e + 1 < text.length && isNameCode(text.charCodeAt(e + 1))))) e++;
  const word = text.slice(start, e).replace(/\.$/, '');
  return isDatasetName(word.replace(/-/g, '')) || word.split('-').some((p) => BENCHMARK_PIECE.test(p));
}
/** Technique names with a capital ("LoRA"): "LoRA-7B" is a LoRA-tuned model of some family, not a family. */
const METHOD_NAMES = new Set<string>();
for (const group of (methodFile as GroupsFile).groups)
  for (const spec of group.entries) for (const alias of spec.split('|')) if (/[A-Z]/.test(alias)) METHOD_NAMES.add(withoutSeparators(alias));

const hashOf = (w: string): number => tokenize(w).hash[0]!;
const HASH_B = hashOf('b');
const TAIL_HASHES = new TokenHashBits([...TAILS].map(hashOf));
/** Size words that end a compound name built on a known family ("DeiT-III-ViT-Huge", "Semi-SST-ViT-Huge"). */
const SIZE_WORDS = ['huge', 'large', 'base', 'small', 'tiny', 'giant'];
const SIZE_WORD_HASHES = new TokenHashBits(SIZE_WORDS.map(hashOf));
/** Release tiers written after a version ("Seed 2.0 Lite", "Step-3.5-Flash", "LLaDA2.1-mini"). */
const TIERS = new Set(LEX.shapes.tiers.map((w) => w.toLowerCase()));
const TIER_HASHES = new TokenHashBits([...TIERS].map(hashOf));
// the scan below looks only at tokens carrying this bit (most papers have none but the "b" of a size)
const SHAPE_BIT = FIRST_TOKEN_BITS.modelShapes;
/** Nouns that make a coined name next to them a model: "the UnSAM model", "GaitBase and DeepGaitV2 backbones", "VLMs such as X". */
// (the acronyms of model classes too: large reasoning, multimodal, small and vision foundation models, "(LRMs) such as")
const MODEL_NOUNS = ['model', 'models', 'backbone', 'backbones', 'llm', 'llms', 'vlm', 'vlms', 'mllm', 'mllms', 'lvlm', 'lvlms', 'lrm', 'lrms', 'lmm', 'lmms', 'slm', 'slms', 'svlm', 'svlms', 'vfm', 'vfms'];
const MODEL_NOUN_HASHES = new TokenHashBits(MODEL_NOUNS.map(hashOf));
/** Size letters written before a patch size ("DiT-XL/2", "SiT-B/2", "JiT-H/16"; "b" is the size word's too). */
const PATCH_LETTERS = ['s', 'b', 'l', 'xl', 'xxl', 'h', 'g'];
const PATCH_LETTER_HASHES = new TokenHashBits(PATCH_LETTERS.map(hashOf));
/** Verbs of training a model, before the model they train: "we fine-tune SloBERTa", "a pre-trained TerraMind". */
const TRAINING_VERBS = ['tune', 'tunes', 'tuned', 'tuning', 'finetune', 'finetunes', 'finetuned', 'finetuning', 'pretrained', 'trained'];
const TRAINING_VERB_HASHES = new TokenHashBits(TRAINING_VERBS.map(hashOf));
/**
 * Plural nouns of networks that a counted list of names follows ("two detectors, A and B"; model nouns count too; not
 * "encoders", as often the paper's own parts: "two encoders (OmicsEn and TextEn)").
 */
const COUNTED_NOUNS = ['architectures', 'detectors', 'networks'];
const COUNTED_NOUN_HASHES = new TokenHashBits([...COUNTED_NOUNS, 'models', 'backbones', 'llms', 'vlms', 'mllms', 'lvlms'].map(hashOf));
/** A parameter count says what it counts is a model ("SLNet-S with 0.14M parameters", "r1, a 246M-parameter GNN"). */
const PARAMETER_WORDS = ['parameters', 'parameter', 'params'];
const PARAMETER_HASHES = new TokenHashBits(PARAMETER_WORDS.map(hashOf));
for (const w of ['b', ...TAILS, ...SIZE_WORDS, ...TIERS, ...MODEL_NOUNS, ...PATCH_LETTERS, ...TRAINING_VERBS, ...COUNTED_NOUNS, ...PARAMETER_WORDS]) registerFirst(w, SHAPE_BIT);

/** What follows a size that counts data, not parameters ("1B tokens", "the 5B image-text pairs"). */
const DATA_AFTER = /^(?:\s+|-)(?:tokens|images|image-text|pairs|samples|examples|words|documents|videos|clips|frames|parameters? (?:of|from) (?:data|text)|datasets?|benchmarks?|corpus|subsets?|splits?)\b/i;
/**
 * A mixture of experts' active parameters, written after its total ("MagicAgent-30B-A3B", "GigaChat-10B-A1.8B"): one
 * source for the sized-name readers here, proposals.ts's size tail and paper.ts's release tail.
 */
export const ACTIVE_SIZE_SRC = String.raw`A\d+(?:\.\d+)?B`;
/**
 * A part of a model's tail after its size or model word: a variant, a training stage, a version, a snapshot, a mixture
 * of experts' active parameters ("-A3B", "-A1.8B").
 */
const TAIL_PART = new RegExp(String.raw`-(${ACTIVE_SIZE_SRC}|[A-Za-z][A-Za-z0-9]*|v?\d+(?:\.\d+)*)(?![A-Za-z0-9]|\.\d)`, 'y');
/** A tail part that is the active size alone. */
const ACTIVE_SIZE = new RegExp(`^${ACTIVE_SIZE_SRC}$`);
/** A size right after a tail: the size rule reads the name ("PaddleOCR-VL-0.9B"). */
const SIZE_NEXT = /-\d+(?:\.\d+)?[bB](?![A-Za-z0-9])/y;

function isNameCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** Does a name go on at `pos` (a letter, a digit, "+", or a dot before a digit: not a full stop)? */
function continues(text: string, pos: number): boolean {
  if (pos >= text.length) return false;
  const c = text.charCodeAt(pos);
  if (c === 46) {
    const d = codeAt(text, pos + 1);
    return d >= 48 && d <= 57;
  }
  return c === 43 || isNameCode(c);
}

/** Coined: a digit, or a capital after the first letter ("LLaDA", "TinyLlama", "Ovis2.5"). */
function coined(w: string): boolean {
  return /\d/.test(w) || /[A-Z]/.test(w.slice(1));
}

/** The hyphenated name ending at `end` (exclusive), back to a space or punctuation: [start, end). */
function nameBefore(text: string, end: number): number {
  let s = end;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isNameCode(c) || (c === 45 && s - 1 > 0 && isNameCode(text.charCodeAt(s - 2)))) s--;
    else break;
  }
  while (s < end && text.charCodeAt(s) === 46) s++; // a leading full stop is punctuation
  return s;
}

/** Lower-case words that describe rather than name: participles and suffixes of compound adjectives. */
const LOWER_PIECE_NOT_NAME = /(?:ed|ing|like|style|only|free|scale|level|size|sized|class|wise|aware|type|specific|shot|tuned)$/;

/** Is `name` (hyphenated pieces) a plausible model family, given how it is joined to what follows? */
function plausibleName(name: string, spaced: boolean, presented?: () => boolean): boolean {
  const pieces = name.split('-');
  const first = pieces[0]!;
  // a name starts with a capital or is camel-cased ("olmOCR"): not "sub-7B", "zero-shot-8B"
  if (!/^(?:[A-Z]|[a-z]+[A-Z])/.test(first) || NOT_NAME_WORDS.has(first.toLowerCase())) return false;
  // (a lower-case word inside the name is a tier or a release's word, "Aya-expanse-8B", "R1-distill-32B",
  // "FLUX.2-klein-4B", not a participle or a describing word: "RL-trained-7B", "GPT-style-7B")
  if (pieces.some((p, k) => p === '' || (/^[a-z]{3,}$/.test(p) && (k === 0 || LOWER_PIECE_NOT_NAME.test(p))) || NOT_MODELS.has(p.toLowerCase()))) return false;
  if (isDatasetName(first) || isDatasetName(name) || METHOD_NAMES.has(first)) return false;
  if (pieces.length === 1) {
    if (first.length < 2 || VARIANT_WORDS.has(first.toLowerCase())) return false;
    // a size after a space names a model only after a coined word ("LLaDA 8B", not "Ascend 910B")
    // (or after a capitalised word the text presents as a model: `presented`, asked only here, see presentedAsModel)
    if (spaced && !coined(first) && !(/^[A-Z][a-z]{2,}$/.test(first) && presented?.())) return false;
    if (/^[A-Z]\d+$/.test(first)) return false; // "A100", "R1" alone: hardware or a version
    if (/^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(first)) return false; // a Roman numeral: "(IV-2B)" is "BCI Competition IV, Dataset 2B"
  }
  return true;
}

/**
 * What makes "<Word> <size>B" a model when the word is a plain one ("Dream 7B", "Bielik 11B", not "Ascend 910B" or
 * "Gliese 229B"): a title that opens with it before "Technical Report" or before a colon and a model word ("Dream 7B:
 * Diffusion Large Language Models", "Kuwain 1.5B: An Arabic SLM"), or an apposition naming a model after it ("Maistros
 * 8B, a state-of-the-art open-weights Greek LLM", "we present Bielik 11B v2, a … model"), or the first example after a
 * model noun ("diffusion models (e.g., Dream 7B, LLaDA 8B)"). The size is written with a capital B ("Phase 2b" is a
 * trial's phase).
 */
const MODEL_WORDS = String.raw`(?:(?:language |foundation |base |vision-language |multimodal )?models?|L?LMs?|SLMs?|VLMs?|MLLMs?)`;
const TITLE_NAME_AFTER = new RegExp(String.raw`^(?:\s+v\d+(?:\.\d+)*)?(?:\s+Technical Report\b|\s*:[^.]*?\b${MODEL_WORDS}\b)`, 'i');
const MODEL_APPOSITION_AFTER = new RegExp(
  String.raw`^(?:\s+v\d+(?:\.\d+)*)?(?:\s+and\s+\d+(?:\.\d+)?B)?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,6}?${MODEL_WORDS}\b`,
);

/** The first example after a model noun: "diffusion models (e.g., Dream 7B, …", "LLMs such as Bielik 11B". */
const FIRST_EXAMPLE_OF_MODELS = /\b(?:models?|LLMs?|MLLMs?|VLMs?|LVLMs?|SLMs?|baselines?)\s*(?:\(\s*(?:e\.g\.,?|i\.e\.,?|such as|including)\s*|,?\s+(?:such as|like|including|e\.g\.,?|namely)\s+|:\s*|--\s+)$/;

function presentedAsModel(text: string, start: number, sizeEnd: number): boolean {
  if (text.charCodeAt(sizeEnd - 1) !== 66) return false; // "B"
  const after = text.slice(sizeEnd, sizeEnd + 120);
  return (start === 0 && TITLE_NAME_AFTER.test(after)) || MODEL_APPOSITION_AFTER.test(after) || FIRST_EXAMPLE_OF_MODELS.test(text.slice(Math.max(0, start - 48), start));
}

/** The tail after a size or model word at `pos`: its parts and end (`afterSize`: an active size may come first). */
function readTail(text: string, pos: number, afterSize = false): { parts: string[]; end: number } {
  const parts: string[] = [];
  let end = pos;
  for (;;) {
    TAIL_PART.lastIndex = end;
    const m = TAIL_PART.exec(text);
    if (!m) break;
    const w = m[1]!;
    const lw = w.toLowerCase();
    if (!(VARIANT_WORDS.has(lw) || /^[A-Z]{2,5}$/.test(w) || (afterSize && parts.length === 0 && ACTIVE_SIZE.test(w)) || /^v?\d+(?:\.\d+)*$/i.test(w) || /^(?:it|hf|base|instruct|chat|preview|thinking|reasoning|rl|sft|dpo)$/.test(lw))) break;
    if (/^\d{5,}$/.test(w)) break;
    parts.push(w);
    end = m.index + m[0].length;
  }
  return { parts, end };
}

interface Shaped {
  start: number;
  end: number;
  /** End of the size or model word the name was found by (a known hit reaching it covers the name). */
  coreEnd: number;
  label: string;
  model: ModelInfo;
  /** Found by a tail word alone: kept only in a model context (see {@link modelContext}). */
  needsContext: boolean;
  /** Found by a model noun next to it: yields to any known hit it overlaps ("DenseNet201 model" is DenseNet's). */
  byNoun?: boolean;
}

/** A model named "<name>-<size>B[-tail]" or "<Coined> <size>B" around the size token i ("13" of "13B"). */
function sizedName(text: string, tk: Tokens, i: number): Shaped | null {
  const sizeStart = tk.start[i]!;
  const sizeEnd = tk.end[i + 1]!;
  if (!/^\d+(?:\.\d+)?$/.test(text.slice(sizeStart, tk.end[i]!))) return null;
  if (continues(text, sizeEnd)) return null;
  const sep = text.charCodeAt(sizeStart - 1);
  if (sep !== 45 && sep !== 32) return null;
  let start = nameBefore(text, sizeStart - 1);
  if (start >= sizeStart - 1) return null;
  let name = text.slice(start, sizeStart - 1).replace(/-$/, ''); // "Magma-R1- 3B"
  // a creator before the name is not part of it ("Meta-Llama-3-8B" is Llama's)
  const dash = name.indexOf('-');
  if (dash > 0 && isCreatorName(name.slice(0, dash))) {
    start += dash + 1;
    name = name.slice(dash + 1);
  }
  if (!plausibleName(name, sep === 32, () => presentedAsModel(text, start, sizeEnd))) return null;
  if (DATA_AFTER.test(text.slice(sizeEnd, sizeEnd + 32))) return null;
  const size = text.slice(sizeStart, sizeEnd).toUpperCase();
  const tail = readTail(text, sizeEnd, true);
  const label = [name, size, ...tail.parts].join('-');
  if (inDatasetWord(text, start, tail.end)) return null;
  const model: ModelInfo = { family: name, size };
  if (tail.parts.length) model.variant = tail.parts.join('-');
  return { start, end: tail.end, coreEnd: sizeEnd, label, model, needsContext: false };
}

/** A coined name with a model tail at token i ("Keye-VL", "Seed-Coder-8B" is read by its size instead). */
function tailedName(text: string, tk: Tokens, i: number): Shaped | null {
  const wordStart = tk.start[i]!;
  const wordEnd = tk.end[i]!;
  if (text.charCodeAt(wordStart - 1) !== 45 || !/^[A-Z]/.test(text[wordStart]!)) return null;
  if (continues(text, wordEnd)) return null;
  const start = nameBefore(text, wordStart - 1);
  if (start >= wordStart - 1) return null;
  const name = text.slice(start, wordStart - 1);
  const pieces = name.split('-');
  // the head must be coined or a capitalised word, never a number-led task tag ("3D-VL") or a plain variant word
  if (!/^[A-Z]/.test(name) && !/^[a-z]+[A-Z]/.test(name)) return null;
  if (NOT_NAME_WORDS.has(pieces[0]!.toLowerCase()) || pieces.some((p) => p === '' || NOT_MODELS.has(p.toLowerCase()))) return null;
  if (isDatasetName(pieces[0]!)) return null;
  if (pieces.length === 1 && (name.length < 2 || VARIANT_WORDS.has(name.toLowerCase()))) return null;
  const tail = readTail(text, wordEnd);
  // a size later in the tail is read by the size rule
  SIZE_NEXT.lastIndex = tail.end;
  if (SIZE_NEXT.test(text)) return null;
  const word = text.slice(wordStart, wordEnd);
  const label = [name, word, ...tail.parts].join('-');
  if (inDatasetWord(text, start, tail.end)) return null; // "LMSYS-Chat-1M"
  const model: ModelInfo = { family: name, variant: [word, ...tail.parts].join('-') };
  return { start, end: tail.end, coreEnd: wordEnd, label, model, needsContext: true };
}

/** A patch size after a size letter and a slash ("/2" of "DiT-XL/2"), ending the name. */
const PATCH_SIZE = /\/\d{1,2}(?![A-Za-z0-9]|\.\d)/y;

/**
 * A diffusion or vision transformer named with a size letter and a patch size, the way DiT and ViT checkpoints are
 * ("SiT-XL/2", "LightningDiT-B/1", "DDT-XL/2") around the letter token i: a coined name (a digit or an inner capital),
 * never a dataset's; a technique's name with a size and a patch names its checkpoint ("DiT-XL/2", "REPA-XL/2").
 */
function patchName(text: string, tk: Tokens, i: number): Shaped | null {
  const letterStart = tk.start[i]!;
  const letterEnd = tk.end[i]!;
  const letters = text.slice(letterStart, letterEnd);
  if (text.charCodeAt(letterStart - 1) !== 45 || letters !== letters.toUpperCase()) return null;
  PATCH_SIZE.lastIndex = letterEnd;
  const patch = PATCH_SIZE.exec(text);
  if (!patch) return null;
  const start = nameBefore(text, letterStart - 1);
  const name = text.slice(start, letterStart - 1);
  if (start >= letterStart - 1 || !/^[A-Z]/.test(name) || !coined(name) || name.indexOf('-') >= 0 || isDatasetName(name)) return null;
  const end = letterEnd + patch[0].length;
  const variant = letters + patch[0];
  return { start, end, coreEnd: end, label: `${name}-${variant}`, model: { family: name, variant }, needsContext: false };
}

/** A version: digits with dotted groups ("2", "1.5", "3.5"). */
const VERSION_TEXT = /^\d{1,2}(?:\.\d{1,2})?$/;

/**
 * A name, a version and a release tier ("Seed 2.0 Lite", "Step-3.5-Flash", "LLaDA2.1-mini", "Kling 1.5 Pro") around
 * the tier token i: the shape of a release of a model family, whatever the family.
 */
function tieredName(text: string, tk: Tokens, i: number, isFamily: (word: string) => boolean): Shaped | null {
  const v = i - 1;
  if (v < 1 || !tk.joinPrev[i] || tk.glued[i]) return null;
  // the token before must be a version: a digit first (checked before any string is made)
  const d = text.charCodeAt(tk.start[v]!);
  if (d < 48 || d > 57 || tk.end[v]! - tk.start[v]! > 5) return null;
  const tierStart = tk.start[i]!;
  const tierEnd = tk.end[i]!;
  const tier = text.slice(tierStart, tierEnd);
  const tierSep = text.charCodeAt(tierStart - 1);
  // after a space a tier is a capitalised word ("Seed 2.0 Lite", not "version 2.0 plus bug fixes" or "HC3 PLUS")
  if (tierSep === 32 ? !/^[A-Z][a-z]/.test(tier) : tierSep !== 45) return null;
  if (continues(text, tierEnd) || text.charCodeAt(tierEnd) === 45 && /^-(?:like|style|based|level|grade|class)\b/i.test(text.slice(tierEnd, tierEnd + 7))) return null;
  const vStart = tk.start[v]!;
  const version = text.slice(vStart, tk.end[v]!);
  if (!VERSION_TEXT.test(version)) return null;
  const glued = tk.glued[v] === 1;
  let nameEnd = vStart;
  if (!glued) {
    const sep = text.charCodeAt(vStart - 1);
    if ((sep !== 32 && sep !== 45) || !tk.joinPrev[v]) return null;
    nameEnd = vStart - 1;
  }
  const start = nameBefore(text, nameEnd);
  if (start >= nameEnd) return null;
  const name = text.slice(start, nameEnd);
  const pieces = name.split('-');
  if (!/^(?:[A-Z]|[a-z]+[A-Z])/.test(name) || pieces.some((p) => p === '' || /^[a-z]{3,}$/.test(p) || NOT_MODELS.has(p.toLowerCase()))) return null;
  if (NOT_NAME_WORDS.has(pieces[0]!.toLowerCase()) || VARIANT_WORDS.has(name.toLowerCase()) || TIERS.has(name.toLowerCase())) return null;
  if (isDatasetName(name) || isDatasetName(pieces[0]!) || METHOD_NAMES.has(pieces[0]!) || name.length < 2) return null;
  // a known family is read by the family reader ("Gemini 2.5 Pro")
  if (isFamily(pieces[0]!) || isFamily(name)) return null;
  // a whole number between spaces is weak ("Mavic 2 Pro" is a drone, "iPhone 16 Pro" a phone): a dotted version only
  if (!glued && text.charCodeAt(vStart - 1) === 32 && version.indexOf('.') < 0) return null;
  const tail = readTail(text, tierEnd);
  if (inDatasetWord(text, start, tail.end)) return null; // "Spider2.0-Lite"
  const head = glued ? name + version : `${name}-${version}`;
  const label = [head, tier, ...tail.parts].join('-');
  const model: ModelInfo = { family: name, version, variant: [tier, ...tail.parts].join('-') };
  return { start, end: tail.end, coreEnd: tierEnd, label, model, needsContext: false };
}

/** A model noun right after a name ("Keye-VL model", "Seed-Coder LLMs"). */
const MODEL_NOUN_AFTER = /^\s+(?:base\s+)?(?:models?|LLMs?|MLLMs?|VLMs?|LVLMs?|series|family|checkpoints?|backbones?)\b/;
/** What stands between two members of one list: a comma, a slash, "and", "or", "vs.". */
const LIST_GAP = /^\s*(?:[,/;]\s*)?(?:(?:and|or|vs\.?)\s+)?$/;

/** Are [a0, a1) and [b0, b1) neighbours in a list (in either order)? */
function listedNextTo(text: string, a0: number, a1: number, b0: number, b1: number): boolean {
  const gap = a1 <= b0 ? text.slice(a1, b0) : b1 <= a0 ? text.slice(b1, a0) : null;
  return gap !== null && gap.length <= 8 && LIST_GAP.test(gap);
}

/**
 * Is a name found by its tail alone used as a model here: followed by a model noun, or listed next to another model
 * ("Qwen2.5-VL-7B, Keye-VL and InternVL3")? A tail word alone is weak evidence: "-VL" and "-Chat" also end task tags
 * and data names.
 */
function modelContext(text: string, s: Shaped, neighbours: readonly { start: number; end: number }[]): boolean {
  if (MODEL_NOUN_AFTER.test(text.slice(s.end, s.end + 24))) return true;
  return neighbours.some((o) => o !== s && listedNextTo(text, o.start, o.end, s.start, s.end));
}

/** A model noun, or a list of them, right before a name ("a large image editing model (Qwen-Image-Edit)", "VLMs such as"). */
const MODEL_NOUN_BEFORE = /\b(?:models?|LLMs?|MLLMs?|VLMs?|LVLMs?|backbones?|encoders?|baselines?)(?:\s*\(\s*|\s*,?\s+(?:such as|like|including|e\.g\.,?|namely)\s+|\s*:\s*|\s+--\s+|\s+)$/;

/**
 * Is a name built on a known family ("LLaVA-Med", "Video-LLaVA") used as a model at [start, end): a model noun after
 * or before it, or listed next to another model? Without that, names of this shape are as often the paper's own method
 * ("CLIP-DCA", "SAM-TTA", "ViT-Adapter"), and the family reading stays as it was.
 */
export function compoundUsedAsModel(text: string, start: number, end: number, neighbours: readonly { start: number; end: number }[]): boolean {
  if (MODEL_NOUN_AFTER.test(text.slice(end, end + 24)) || MODEL_NOUN_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return true;
  return neighbours.some((o) => listedNextTo(text, o.start, o.end, start, end));
}

/** A name set off by commas after a noun (", BirdDetector,"), or before a parenthesis (", PRISM (…)"). */
const APPOSED_NAME = /, ([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?=\s*[,;(])/y;
/**
 * A sentence's introductory phrase running up to the noun ("To train the model", "When deploying the model", "Compared
 * with the teacher model"): the comma after it ends the phrase, and the name after the comma is the main clause's
 * subject ("To train the model, PyTorch (v2.1) … are used"), not the noun's apposition.
 */
const INTRODUCTORY_PHRASE = /(?:^|[.;!?]\s+|\n\s*)(?:To|When|While|For|Before|After|Once|Using|Compared|Unlike|Given|With|By|During|Upon|From|In|On|As|Having)\b[^.;!?,]*$/;
/** A model noun's lead into the names it introduces: "models such as", "backbones (e.g.,", "model: ", "model ". */
const NOUN_LEAD = /(?:\s*\(\s*(?:e\.g\.,?\s*|i\.e\.,?\s*)?|\s*,?\s+(?:such as|like|including|e\.g\.,?|namely)\s+|\s*:\s*|\s+--\s+|\s+)/y;
/** A name: letters and digits, hyphenated pieces. */
const NAME_AT = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/y;
/** Names listed after a name: separator, name. */
const LISTED_NEXT = /(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Za-z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)/y;
/** Names listed before a name, read backwards from the end of a slice: name, separator. */
const LISTED_BEFORE = /(?:^|[\s(])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** Pieces after a hyphen that make an acronym a model name ("AFPF-Net", "CFR-GAN", "RT-DETR"). */
const MODEL_PIECE = /^(?:[A-Za-z]*(?:Net|GAN|Former|DETR|CLIP|BERT|ViT|VLM|LM))$/;
/** Acronyms of architecture kinds before a hyphen ("CNN-Net", "GNN-Former" are kinds, not names). */
const KIND_ACRONYM = /^(?:CNN|RNN|GNN|GCN|LSTM|MLP|DNN|ANN|AI|ML|DL|NN|FCN|VAE|SNN|KAN|RGB|RGBD|EEG|ECG|MRI|CT|PET|SAR|IR|NLP|CV)s?$/;
/** Category words glued into a name that make it a kind of model ("SpeechLLM", "MedVLM"), not one model. */
const CATEGORY_END = /(?:LLMs?|VLMs?|LMs?|[A-Z]Ms|ML|Models?|Nets|Transformers?|Score|Loss)$/;
/** Layers and architecture kinds written in camel case ("BiLSTM", "ConvLSTM"), and describing words ("SMT-Based"). */
const ARCHITECTURE_KIND = /^(?:(?:Bi|Conv)(?:LSTM|GRU|RNN)s?|Auto[A-Z][a-z]+|On[A-Z][a-z]+|LiDARs?)$|-(?:[A-Z][a-z]+(?:ed|ing)|Driven|Aware|Free|Only|Level|Scale)$/;

/**
 * Does `name` name a kind of model rather than one model: an architecture's acronym ("CNNs", "FCN", "SNN"), a category
 * word glued on ("SpeechLLM", "U-Nets"), a layer kind ("BiLSTM"), or a word the lexicon lists as no model?
 */
export function namesKindOfModel(name: string): boolean {
  const lower = name.toLowerCase();
  return KIND_ACRONYM.test(name) || CATEGORY_END.test(name) || ARCHITECTURE_KIND.test(name) || LIST_NOT_MODELS.has(lower) || NOT_MODELS.has(lower);
}

/**
 * Is `name` coined enough to be read as a model from a model noun next to it: camel case ("UnSAM", "GaitBase",
 * "DeepGaitV2", "CodeFormer"), an acronym with a model piece after a hyphen ("AFPF-Net", "CFR-GAN") or with a
 * capitalised piece ("BLSP-Emo"), or a "2vec"-style coinage ("emotion2vec"); never a known dataset or technique, a
 * word that names kinds of models ("SpeechLLM", "ReID", "T2I"), or a listed non-model ("HuggingFace").
 */
function coinedModelName(name: string, minCamel = 5): boolean {
  if (name.length < 4 || !coinedModelShape(name, minCamel)) return false; // (the shape first: most words fail it)
  const lower = name.toLowerCase();
  if (isTechniqueOrData(name) || LIST_NOT_MODELS.has(lower) || NOT_MODELS.has(lower) || NOT_NAME_WORDS.has(lower)) return false;
  return !VARIANT_WORDS.has(lower) && !CATEGORY_END.test(name) && !ARCHITECTURE_KIND.test(name);
}

function coinedModelShape(name: string, minCamel: number): boolean {
  const dash = name.indexOf('-');
  if (dash < 0) {
    if (/^[a-z]+2[a-z]+$/i.test(name)) return !/^seq2seq$/i.test(name); // "emotion2vec", "Emotion2Vec"
    // camel case, of five letters or more ("ReID", "OoD" are abbreviations of tasks and terms) unless a long form says
    // what it stands for ("the SaRa (Saliency Ranking) model")
    if (name.length < minCamel) return false;
    // a lower-case prefix before two or three capitals: "scGPT", "mulEEG" (known ones, "mBERT", "xLSTM", are read by
    // their lexicons; not a metric's "mAP50" nor a word written to spell one, "itSELF")
    if (/^[a-z]{1,3}[A-Z]{2,3}(?:[a-z][A-Za-z]*)?$/.test(name)) return true;
    // a network's name: capitals and "Net" ("CFNet", "DRUNet", "iResNet", "PSPNet")
    if (/^[a-z]?[A-Z][A-Za-z0-9]*[A-Z0-9]?Net$/.test(name) && /[A-Z].*[A-Z]/.test(name)) return true;
    // (capitals may lead before one or two small letters: "LLaDA", "MMaDA", "CBraMod"; not a word written in mixed
    // case to spell an acronym, "Error-IndUced LEaRning (EULER)", "EXplaIns")
    if (/^[A-Z]{2,}[a-z]{1,2}[A-Z]/.test(name)) return !/[a-z]{4}$/.test(name);
    return /^[A-Z][a-z]+[A-Z]/.test(name) && !/^[A-Z][a-z]+[A-Z]$/.test(name);
  }
  if (name.indexOf('-', dash + 1) >= 0) return false;
  const head = name.slice(0, dash);
  const tail = name.slice(dash + 1);
  // (not a known dataset's acronym: "SST-DUNet" may be a model of SST data as well as a name)
  if (!/^[A-Z][A-Z0-9]{1,5}$/.test(head) || KIND_ACRONYM.test(head) || isDatasetName(head)) return false;
  return MODEL_PIECE.test(tail) || (/^[A-Z][a-z]{2,}$/.test(tail) && !LIST_NOT_MODELS.has(tail.toLowerCase()) && !NOT_NAME_WORDS.has(tail.toLowerCase()));
}

/** Is a name of `start`..`end` whole: not inside a longer word, a hyphenated name or a path? */
function wholeName(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (isNameCode(c) || c === 45 || c === 47 || c === 95) return false;
  }
  return !continues(text, end) && text.charCodeAt(end) !== 45 && text.charCodeAt(end) !== 47;
}

/** A dotted version after a space ("HunyuanImage 3.0"), ending the name. */
const SPACED_VERSION = / (\d{1,2}\.\d{1,2})(?![A-Za-z0-9]|\.\d)/y;

function contextShaped(text: string, start: number, end: number): Shaped {
  const name = text.slice(start, end);
  // "the T2I model HunyuanImage 3.0": the release is part of the name
  SPACED_VERSION.lastIndex = end;
  const v = SPACED_VERSION.exec(text);
  if (v) {
    const label = `${name}-${v[1]!}`;
    return { start, end: end + v[0].length, coreEnd: end + v[0].length, label, model: { family: name, version: v[1]! }, needsContext: false, byNoun: true };
  }
  return { start, end, coreEnd: end, label: name, model: { family: name }, needsContext: false, byNoun: true };
}

/**
 * Coined names a model noun at token i makes models: the name right before it ("the SOTA UnSAM model", "the SaRa
 * (Saliency Ranking) model", "GaitBase and DeepGaitV2 backbones": a plural noun needs two names), and the names it
 * introduces ("a speech-to-text model BLSP-Emo", "VLMs such as ConceptCLIP and BiomedCLIP").
 */
function namedByModelNoun(text: string, tk: Tokens, i: number, isFamily: (word: string) => boolean): Shaped[] {
  const out: Shaped[] = [];
  const nounStart = tk.start[i]!;
  const nounEnd = tk.end[i]!;
  const plural = text.charCodeAt(nounEnd - 1) === 115;
  // a singular acronym noun introduces a name ("a remote-sensing VLM EarthDial"); before a name it is as often a
  // modifier of another noun ("ProtectAI LLM Guard", "the OpenCompass VLM leaderboard")
  const acronymNoun = !plural && codeAt(text, nounStart + 1) >= 65 && codeAt(text, nounStart + 1) <= 90;
  // before the noun: a name, with an optional parenthesised long form between them (most words before a model noun
  // are plain words: a character scan rules them out before any string is made)
  if (!acronymNoun && nounStart > 1 && text.charCodeAt(nounStart - 1) === 32 && (text.charCodeAt(nounStart - 2) === 41 || coinedWordEndsAt(text, nounStart - 1))) {
    let end = nounStart - 1;
    const longForm = text.charCodeAt(end - 1) === 41;
    if (longForm) {
      const open = text.lastIndexOf('(', end - 1);
      end = open > 1 && end - open < 60 && text.charCodeAt(open - 1) === 32 && text.indexOf(')', open) === nounStart - 2 ? open - 1 : -1;
    }
    if (end > 0) {
      const start = nameBefore(text, end);
      const name = text.slice(start, end);
      if (start < end && wholeName(text, start, end) && coinedModelName(name, longForm ? 4 : 5) && !startsSentence(text, start)) {
        const before = LISTED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
        const sibling = before !== null && coinedModelName(before[1]!) ? before[1]! : null;
        if (!plural || sibling !== null) {
          if (sibling !== null) {
            const s0 = start - before![0].length + before![0].indexOf(sibling, before![0].length - sibling.length - before![2]!.length - 1);
            if (text.startsWith(sibling, s0) && wholeName(text, s0, s0 + sibling.length)) out.push(contextShaped(text, s0, s0 + sibling.length));
          }
          out.push(contextShaped(text, start, end));
        }
      }
    }
  }
  // a release name alone in parentheses right after a singular noun: "the best open-source model (Ming-Flash-Omni-2.0)"
  if (out.length === 0 && !plural && codeAt(text, nounEnd) === 32 && codeAt(text, nounEnd + 1) === 40) {
    const named = releaseInParentheses(text, nounEnd + 2);
    if (named) return [named];
  }
  // an apposition it heads: "VoxCPM2, a 2.4B-parameter, tokenizer-free TTS model that …"
  if (out.length === 0 && !plural && !acronymNoun) {
    const named = appositionName(text, nounStart, nounEnd);
    if (named) out.push(named);
  }
  // after the noun: the names it introduces, and their coined siblings in the list (only when one of the next tokens
  // starts with a capital or holds a digit)
  // (a full stop or another mark after the noun ends the phrase: "… the model. The results" introduces nothing)
  const after = codeAt(text, nounEnd);
  // the acronym of a long form, in parentheses, leads into examples after them: "large language models (MLLMs),
  // such as LISA," (an example lead only: "(LLMs) to" introduces nothing)
  const acronymInParens = after === 41 && codeAt(text, nounStart - 1) === 40;
  if (after !== 32 && after !== 40 && after !== 44 && after !== 58 && !acronymInParens) return out;
  let capitalAhead = false;
  for (let t = i + 1; t < tk.n && t <= i + 4 && !capitalAhead; t++) {
    const c = text.charCodeAt(tk.start[t]!);
    capitalAhead = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  if (!capitalAhead) return out;
  // "the audio model AST", "the resulting model, DKT, achieves", "the foundation model SAM": a name in capitals (a
  // family read only with a version among them) right after a singular model noun used as a noun ("we model LLM
  // inference" is a verb), the name written alone
  if (!plural && !acronymNoun && (after === 32 || after === 44)) {
    const caps = CAPITALS_AFTER_NOUN.exec(text.slice(nounEnd, nounEnd + 16));
    if (caps && capitalsNamedByNoun(text, nounStart, caps[1]!, caps[2]!, nounEnd + caps[0].length)) {
      out.push(contextShaped(text, nounEnd + caps[1]!.length, nounEnd + caps[0].length));
      return out;
    }
  }
  // a coined name set off by commas after a model noun: "a general-purpose avian detection model, BirdDetector, in …",
  // "outperforming the existing state-of-the-art model, DiffFacto, on …", "rivaling specialized models, MiniCheck (7B)"
  // (not after an acronym noun: "existing LLM, VLM, and …" lists kinds)
  if (!acronymNoun && after === 44) {
    APPOSED_NAME.lastIndex = nounEnd;
    const apposed = APPOSED_NAME.exec(text);
    if (apposed && !INTRODUCTORY_PHRASE.test(text.slice(Math.max(0, nounStart - 120), nounStart))) {
      const start = nounEnd + apposed[0].length - apposed[1]!.length;
      const end = nounEnd + apposed[0].length;
      if (wholeName(text, start, end) && coinedModelName(apposed[1]!)) {
        out.push(contextShaped(text, start, end));
        return out;
      }
    }
  }
  NOUN_LEAD.lastIndex = acronymInParens ? nounEnd + 1 : nounEnd;
  const lead = NOUN_LEAD.exec(text);
  if (lead && (!acronymInParens || EXAMPLES_LEAD.test(lead[0]))) {
    NAME_AT.lastIndex = lead.index + lead[0].length;
    const m = NAME_AT.exec(text);
    // (in parentheses, names are listed: "five models (McNemar p < 0.05)" names a test)
    const inParens = lead[0].indexOf('(') >= 0;
    // (an example list, "backbones such as LL3DA, Chat-Scene, and 3D-LLAVA", also takes the list shapes and passes
    // over known families: the lead word says every item is a model)
    const examples = EXAMPLES_LEAD.test(lead[0]);
    const firstKnown = examples && m !== null && isFamily(m[0].split('-')[0]!);
    // (a list in parentheses right after the noun enumerates it as an example list does: "models (OpenPifPaf, AlphaPose)")
    // (but one name alone in them is as often the acronym of the words before: "vision-language models (LVLMs)")
    const enumerated = examples || (inParens && m !== null && /^\s*,/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)));
    if (m && wholeName(text, m.index, m.index + m[0].length) && (firstKnown || coinedModelName(m[0]) || (enumerated && listShapedName(m[0]) && !NOUN_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))) && (!inParens || /^(?:\s*[,;)/]|\s+(?:and|or)\s)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))) {
      if (!firstKnown) out.push(contextShaped(text, m.index, m.index + m[0].length));
      // (a list ends with "and"/"or": "model BLSP-Emo, OpenS2S further employs …" lists nothing)
      const siblings: Shaped[] = [];
      let listed = 0;
      let kept = 0; // (siblings up to here are names read; known families after them add nothing)
      let at = m.index + m[0].length;
      for (let k = 0; k < 8; k++) {
        LISTED_NEXT.lastIndex = at;
        const n = LISTED_NEXT.exec(text);
        if (!n) break;
        const s = n.index + n[1]!.length;
        const e = s + n[2]!.length;
        if (!wholeName(text, s, e)) break;
        const last = /\b(?:and|or)\s+$/.test(n[1]!);
        if (examples && isFamily(n[2]!.split('-')[0]!)) {
          if (last) listed = kept;
        } else {
          // (an item is whole: a separator or the closing parenthesis after it, "Faster R-CNN" is not "Faster")
          const item = n[2]!;
          if (!coinedModelName(item) && !(enumerated && listShapedName(item) && !NOUN_NEXT.test(text.slice(e, e + 12))) && !(enumerated && listedItemName(text, s, item, examples) && (last ? LAST_ITEM_ENDS : ITEM_ENDS).test(text.slice(e, e + 6)))) break;
          siblings.push(contextShaped(text, s, e));
          kept = siblings.length;
          if (last) listed = kept;
        }
        at = e;
        if (last) break;
        // (a list in parentheses may end without "and": "(OpenPifPaf, AlphaPose, SDPose)")
        if (inParens && /^\s*\)/.test(text.slice(at, at + 3))) {
          listed = kept;
          break;
        }
      }
      out.push(...siblings.slice(0, listed));
    }
  }
  return out;
}

/** A hyphenated name of capitalised pieces with a version or size, closed by a parenthesis ("Ming-Flash-Omni-2.0)"). */
/** Capitalised pieces joined by hyphens, releases among them ("Ming-Flash-Omni-2.0", "Goedel-Prover-V2"). */
const RELEASE_SRC = String.raw`[A-Z][A-Za-z0-9]*(?:-(?:[A-Z][A-Za-z0-9]*|v?\d+(?:\.\d+)*[A-Za-z]?))+`;
const RELEASE_IN_PARENS = new RegExp(`${RELEASE_SRC}(?=\\))`, 'y');

/**
 * The name that fills a parenthesis opened at `at - 1` after a singular model noun, when it is shaped as a release: two
 * or more capitalised pieces joined by hyphens with a digit and a small letter among them (not the acronym of the words
 * before, "(LVLM)", "a text-to-image diffusion model (T2I-DM)", nor a known technique or data set or a variant of one,
 * "(MMLU-Pro-v2)").
 */
function releaseInParentheses(text: string, at: number): Shaped | null {
  RELEASE_IN_PARENS.lastIndex = at;
  const m = RELEASE_IN_PARENS.exec(text);
  if (!m || !releaseShaped(m[0])) return null;
  return contextShaped(text, at, at + m[0].length);
}

/** A whole name of RELEASE_IN_PARENS's shape ("Goedel-Prover-V2"). */
const RELEASE_NAME = new RegExp(`^${RELEASE_SRC}$`);

/**
 * Is a name shaped as a release: two or more capitalised pieces joined by hyphens with a digit and a small letter among
 * them, and not a known technique or data set or a variant of one ("MMLU-Pro-v2")? Named by a model noun (in
 * parentheses after it, or as the head of its apposition: "Goedel-Prover-V2, an open-source model …"), it is a model.
 */
function releaseShaped(name: string): boolean {
  if (!RELEASE_NAME.test(name) || !/\d/.test(name) || !/[a-z]/.test(name)) return false;
  // (nor any name its hyphens cut it to: "GSM-Plus-V2" is a variant of GSM-Plus)
  return !somePartBeforeHyphen(name, isTechniqueOrData) && !isTechniqueOrData(name);
}

/** The lead from a model noun into a name in capitals: a space, or a comma and a space. */
const CAPITALS_AFTER_NOUN = /^(,?\s)([A-Z][A-Z0-9]{2,7})(?![\w-])/;
/** A word before "model" that makes it a verb ("we model", "to model", "first model", "fully model") or starts a clause. */
const MODEL_VERB_BEFORE = /(?:^|\s)(?:we|they|to|can|could|may|might|will|would|should|must|first|then|also|that|which|who|and|or|not|I|We|They|[a-z]+ly)\s+$/;
/** A name in capitals (and digits): three to eight characters. */
const CAPITALS_NAME = /^[A-Z][A-Z0-9]{2,7}$/;
/** What follows a name written right after its noun: a mark, or a word that goes on with the clause. */
const AFTER_NOUN_NAME = /^(?:\s*[,.;:)]|\s+(?:for|to|and|with|on|in|as|is|was|achieves?|achieved|yields?|trained|which|that|by|from|via)\b)/;

/**
 * Is `name` (ending at `end`) a model's name in capitals written right after a singular model noun at `nounStart`,
 * reached by `lead` (CAPITALS_AFTER_NOUN's: a space, or a comma and a space, when a comma closes the name: "the
 * resulting model, DKT, achieves")?
 */
function capitalsNamedByNoun(text: string, nounStart: number, lead: string, name: string, end: number): boolean {
  if (!CAPITALS_NAME.test(name) || !wholeName(text, end - name.length, end)) return false;
  const comma = lead.indexOf(',') >= 0;
  if (comma ? !/^\s*,/.test(text.slice(end, end + 3)) : !AFTER_NOUN_NAME.test(text.slice(end, end + 12))) return false;
  // (a noun: a lower-case modifier before it, "the audio model", "simulation model", "resulting model")
  const before = text.slice(Math.max(0, nounStart - 40), nounStart);
  if (!/[a-z][a-z-]*\s+$/.test(before) || MODEL_VERB_BEFORE.test(before)) return false;
  const lower = name.toLowerCase();
  if (KIND_ACRONYM.test(name) || CATEGORY_END.test(name) || NOT_MODELS.has(lower) || LIST_NOT_MODELS.has(lower) || NOT_NAME_WORDS.has(lower)) return false;
  return !isTechniqueOrData(name);
}

/** A count and up to five describing words right before a plural noun ("three state-of-the-art registration "). */
const COUNT_BEFORE = /\b(two|three|four|five|six|seven|eight|[2-8])\s+(?:(?!(?:of|and|or|in|on|with|from|for|to|the|these|those|other|more|different|types|kinds)\s)[\w-]+\s+){0,5}$/i;
const COUNT_VALUE: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
/** The lead from the noun into its list: a comma, a colon, a parenthesis (with "i.e."), a dash. */
const COUNTED_LEAD = /(?:\s*,\s*|\s*:\s*|\s*\(\s*(?:i\.e\.,?\s*)?|\s*--?\s*|\s+[-–—]\s+)/y;
/** A list item: letters and digits, hyphenated or dotted pieces ("Mistral-7B-v0.1", "SAM-Med3D"). */
const COUNTED_ITEM = /[A-Za-z0-9][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/y;
const COUNTED_SEP = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/y;
/** What ends the list after its last item (a closing dash too: "models -- A, B, and C -- on"). */
const COUNTED_END = /^(?:\s*[,.;:)]|\s+[a-z]|\s+--)/;

/**
 * The coined names of a counted list after a plural network noun: "two open-vocabulary monocular 3D architectures,
 * OVMono3D-LIFT and DetAny3D", "three state-of-the-art registration models (HRegNet, D3Feat, and GeoTransformer)",
 * "four advanced VLMs (RadFM, M3D, Merlin, CT-CHAT)". The count must be the number of items and the last one follow
 * "and"/"or"; names take the coined or list shapes (plain words, "Gaussian and Poisson", stay unread), and a list with a
 * lower-case word in it ("depth and lighting") names none.
 */
function countedList(text: string, tk: Tokens, i: number, isFamily: (word: string) => boolean): Shaped[] | null {
  const nounStart = tk.start[i]!;
  const nounEnd = tk.end[i]!;
  if (codeAt(text, nounEnd - 1) !== 115) return null; // plural
  const c = codeAt(text, nounEnd);
  if (c !== 44 && c !== 58 && c !== 32 && c !== 40 && c !== 45) return null;
  const before = COUNT_BEFORE.exec(text.slice(Math.max(0, nounStart - 80), nounStart));
  if (!before) return null;
  const w = before[1]!.toLowerCase();
  const count = COUNT_VALUE[w] ?? Number(w);
  COUNTED_LEAD.lastIndex = nounEnd;
  const lead = COUNTED_LEAD.exec(text);
  if (!lead || lead[0].trim() === '') return null;
  const items: { start: number; end: number }[] = [];
  let at = nounEnd + lead[0].length;
  let lastSep = '';
  for (let k = 0; k < count; k++) {
    if (k > 0) {
      COUNTED_SEP.lastIndex = at;
      const sep = COUNTED_SEP.exec(text);
      if (!sep) return null;
      lastSep = sep[0];
      at += sep[0].length;
    }
    COUNTED_ITEM.lastIndex = at;
    const m = COUNTED_ITEM.exec(text);
    if (!m) return null;
    let end = at + m[0].length;
    while (codeAt(text, end - 1) === 46) end--; // (a full stop ends the sentence, not the name)
    items.push({ start: at, end });
    at = end;
  }
  if (!/\b(?:and|or)\s+$/.test(lastSep) || !COUNTED_END.test(text.slice(at, at + 3))) return null;
  const out: Shaped[] = [];
  for (const it of items) {
    const name = text.slice(it.start, it.end);
    if (/^[a-z]+$/.test(name)) return null;
    if (isFamily(name.split('-')[0]!) || !wholeName(text, it.start, it.end)) continue;
    if (countedShape(name)) out.push(contextShaped(text, it.start, it.end));
  }
  return out.length > 0 ? out : null;
}

/**
 * A name of a counted list: coined (an inner capital, "HRegNet", "GeoTransformer"; a digit, "D3Feat"; capitals, "MTCNN";
 * capitalised hyphenated pieces, "CT-CHAT"), never a known dataset or technique, a non-model or an architecture kind.
 */
function countedShape(name: string): boolean {
  if (name.length < 3 || !/^[A-Z0-9]/.test(name) || isTechniqueOrData(name)) return false;
  const lower = name.toLowerCase();
  if (LIST_NOT_MODELS.has(lower) || NOT_MODELS.has(lower) || NOT_NAME_WORDS.has(lower) || VARIANT_WORDS.has(lower)) return false;
  if (KIND_ACRONYM.test(name) || ARCHITECTURE_KIND.test(name) || /^[A-Z]\d+$|^\d+[A-Za-z]?$/.test(name)) return false;
  // (a function word glued on by a missing space, "Ouroboros-3D-on custom"; an abbreviation's glued release, "SDv1.4")
  if (/-(?:on|in|of|to|for|at|by|the|and|or|with)(?:-|$)/.test(name) || /^[A-Z]{1,2}v\d/.test(name)) return false;
  if (/[a-z0-9][A-Z]|\d/.test(name)) return true;
  return /^[A-Z]{3,6}$/.test(name) || /^[A-Z][A-Za-z]*-[A-Z0-9]/.test(name);
}

/** A noun right after a list item: the item is its modifier ("preference models like Bradley-Terry model"). */
const NOUN_NEXT = /^\s+(?:models?|methods?|frameworks?|loss|algorithms?)\b/;
/** A lead that introduces examples: "such as", "including", "e.g.", "like", "namely". */
const EXAMPLES_LEAD = /such as|including|e\.g\.|like|namely/;

/**
 * Shapes an item of an example list after a model noun is read as ("backbones such as LL3DA, LL3DA-SONATA,
 * Chat-Scene, and 3D-LLAVA"; issue 11: networks named without a cue): letters and digits mixed, two letters or more
 * ("LL3DA", "EMU3", "I3D"), or two hyphenated pieces that each start with a capital or a digit and name no kind
 * ("Chat-Scene", "Janus-Pro", "VILA-U", "3D-LLAVA", "VideoChat-R1"). Never a known dataset or technique, a listed
 * non-model, or a GPU-like letter and digits ("A100", "R1").
 */
function listShapedName(name: string): boolean {
  if (name.length < 3 || isTechniqueOrData(name) || LIST_NOT_MODELS.has(name.toLowerCase()) || NOT_MODELS.has(name.toLowerCase())) return false;
  const dash = name.indexOf('-');
  // (an acronym of four to six capitals: "MLLMs such as LISA", "models such as GLIGEN, NVILA"; not a kind of model)
  if (dash < 0 && /^[A-Z]{4,6}$/.test(name)) return !KIND_ACRONYM.test(name) && !NOT_NAME_WORDS.has(name.toLowerCase());
  if (dash < 0) return /^[A-Z][A-Za-z]*\d[A-Za-z\d]*$/.test(name) && /[A-Za-z].*[A-Za-z]/.test(name) && !/^[A-Z]\d+$/.test(name) && !/^[A-Z]{1,2}\d+[a-z]?$/.test(name);
  if (name.indexOf('-', dash + 1) >= 0) return false;
  const head = name.slice(0, dash);
  const tail = name.slice(dash + 1);
  if (!/^[A-Z0-9]/.test(head) || !/^[A-Z0-9]/.test(tail) || /^\d+$/.test(tail)) return false;
  if (NOT_NAME_WORDS.has(head.toLowerCase()) || NOT_NAME_WORDS.has(tail.toLowerCase()) || KIND_ACRONYM.test(head)) return false;
  if (ARCHITECTURE_KIND.test(name) || CATEGORY_END.test(name)) return false;
  return /[A-Za-z]{2}/.test(head) || /^\d[A-Z]$/.test(head);
}

/** What follows a whole list item: a separator, "and"/"or", or the list's end. */
const ITEM_ENDS = /^(?:\s*[,;)]|\s+(?:and|or)\s|\.(?:\s|$))/;
/** What follows the item after "and"/"or": the end of the list ("… and Sapiens." but not "… and Quokka, Zebra"). */
const LAST_ITEM_ENDS = /^(?:\s*[;)]|\.(?:\s|$)|,\s+[a-z]|\s+[a-z])/;

/**
 * Shapes a later item of a model noun's enumerated list is read as, past {@link listShapedName}, when a separator or
 * the list's end follows it: an acronym glued to a word ("SDPose", "MMPose"), or, in an example list, one capitalised
 * word that no rule knows ("such as OpenPifPaf, AlphaPose and Sapiens"): the list's lead already says what its items
 * are, and a list ends in "and"/"or" or a closing parenthesis before any of it is kept.
 */
function listedItemName(text: string, start: number, name: string, examples: boolean): boolean {
  if (name.length < 4 || name.indexOf('-') >= 0 || isTechniqueOrData(name)) return false;
  const lower = name.toLowerCase();
  if (LIST_NOT_MODELS.has(lower) || NOT_MODELS.has(lower) || NOT_NAME_WORDS.has(lower) || VARIANT_WORDS.has(lower) || KIND_ACRONYM.test(name) || CATEGORY_END.test(name) || ARCHITECTURE_KIND.test(name)) return false;
  // (a plain word only in a list "such as"/"including" introduces: in bare parentheses it is as often a category)
  return /^[A-Z]{2,}[a-z]{3,}$/.test(name) || (examples && /^[A-Z][a-z]{3,}$/.test(name) && !startsSentence(text, start));
}

/** A name, a comma and "a"/"an", then up to six modifiers (words, sizes, hyphenated or comma-separated) up to the noun. */
const APPOSITION_BEFORE = /(?:^|[\s(])([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*), an? ((?:[A-Za-z0-9][\w.+-]*,? ){0,6})$/;
/** Words that end a noun phrase or make the noun something else's ("X, a framework for the model"). */
const APPOSITION_BREAK = /^(?:for|of|on|with|that|which|to|in|from|by|using|via|and|or|is|are|was|the|its|their|our|than|as|at|into|framework|method|approach|system|pipeline|dataset|benchmark|module|technique|strategy|toolkit|library|platform|agent|suite|family|series|collection|variant|version|component)$/i;

/**
 * The coined name an apposition headed by a singular model noun describes: "VoxCPM2, a 2.4B-parameter, tokenizer-free
 * TTS model that …" (a model noun as the apposition's head, not a modifier: "X, a model-agnostic …" has none).
 */
function appositionName(text: string, nounStart: number, nounEnd: number): Shaped | null {
  const from = Math.max(0, nounStart - 120);
  if (codeAt(text, nounEnd) === 45 || !commaArticleFrom(text, from, nounStart)) return null;
  const m = APPOSITION_BEFORE.exec(text.slice(from, nounStart));
  if (!m) return null;
  for (const word of m[2]!.split(/[\s,]+/)) if (word && APPOSITION_BREAK.test(word)) return null;
  const name = m[1]!;
  // (the regex ends at the noun: the last "name, a" before it is this one)
  const at = text.lastIndexOf(`${name}, a`, nounStart);
  if (at < from || !wholeName(text, at, at + name.length) || startsSentence(text, at)) return null;
  // (a release-shaped name only when the noun ends the head: "Trade-R1, a model training framework" names a framework)
  if (!coinedModelName(name) && !(releaseShaped(name) && HEAD_ENDS.test(text.slice(nounEnd, nounEnd + 16)))) return null;
  return contextShaped(text, at, at + name.length);
}

/** What may follow a noun that heads its phrase: a mark, or a word that starts what is said of it. */
const HEAD_ENDS = /^(?:\s*[,.;:)]|\s*$|\s+(?:that|which|trained|pre-?trained|fine-?tuned|with|for|from|of|on|in|by|to|and|designed|built|developed|released|optimi[sz]ed|heavily|specifically|known)\b)/;

/** Is there a ", a" between `from` and `to`? (a bounded search: "model" is a frequent word, abstracts are long) */
function commaArticleFrom(text: string, from: number, to: number): boolean {
  for (let i = to - 3; i >= from; i--) if (text.charCodeAt(i) === 44 && text.charCodeAt(i + 1) === 32 && text.charCodeAt(i + 2) === 97) return true;
  return false;
}

/** What a training verb is: "fine-tune", "fine-tuned", "finetuning", "pre-trained", "pretrained" (not "trained" alone). */
const TRAINING_VERB = /(?:fine-?|pre-)(?:tun|train)|^finetun|^pretrain/i;
/** The object of a training verb: determiners and "pre-trained" before the name. */
const TRAINED_OBJECT = / (?:(?:the|a|an|our|their|its|open-source|pre-?trained|publicly available|off-the-shelf) )*/y;

/**
 * A coined name right after a verb of training ("we fine-tune SloBERTa", "a pre-trained TerraMind", "fully fine-tuned
 * SuPreM"): what is fine-tuned or pre-trained is a model.
 */
function trainedName(text: string, tk: Tokens, i: number): Shaped | null {
  const verbEnd = tk.end[i]!;
  // a capitalised word after it (checked first: "trained on", "fine-tuned with" are most of these verbs)
  const c = text.charCodeAt(verbEnd + 1);
  if (text.charCodeAt(verbEnd) !== 32 || c < 65 || c > 122 || (c > 90 && c < 97)) return null;
  TRAINED_OBJECT.lastIndex = verbEnd;
  const lead = TRAINED_OBJECT.exec(text);
  if (c >= 97 && (lead === null || lead[0].length <= 1)) return null; // (a lower-case word that is no determiner: "trained on")
  // the whole verb: "fine-tune" is two tokens, "pretrained" one; "trained" alone is too weak ("trained ResNet")
  const verbStart = i > 0 && text.charCodeAt(tk.start[i]! - 1) === 45 ? tk.start[i - 1]! : tk.start[i]!;
  if (!TRAINING_VERB.test(text.slice(verbStart, verbEnd))) return null;
  NAME_AT.lastIndex = lead ? lead.index + lead[0].length : verbEnd + 1;
  const m = NAME_AT.exec(text);
  if (!m || m.index !== NAME_AT.lastIndex - m[0].length) return null;
  const start = m.index;
  const end = start + m[0].length;
  if (!wholeName(text, start, end) || !coinedModelName(m[0])) return null;
  return contextShaped(text, start, end);
}

/** Does the word ending at `end` hold a capital after its first letter, a digit or a hyphen ("UnSAM", "AFPF-Net")? */
function coinedWordEndsAt(text: string, end: number): boolean {
  for (let s = end - 1; s >= 0 && end - s <= 40; s--) {
    const c = text.charCodeAt(s);
    const upper = c >= 65 && c <= 90;
    if (!(upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
    if ((c >= 48 && c <= 57) || c === 45) return true;
    if (upper && s > 0) {
      const b = text.charCodeAt(s - 1);
      if ((b >= 65 && b <= 90) || (b >= 97 && b <= 122)) return true;
    }
  }
  return false;
}

/** Does a word at `start` begin its sentence or what a colon opens (capitalised for that alone)? */
const startsSentence = (text: string, start: number): boolean => opensSentence(text, start, true);

/** Is `w` a dataset or technique name, or a benchmark-shaped piece ("QLoRA", "MMLU", "Bench")? */
export function isTechniqueOrData(w: string): boolean {
  return isKnownTechniqueOrData(w) || BENCHMARK_PIECE.test(w);
}

/** Is `w`, written without spaces and hyphens, a name the dataset or method lexicon knows ("SwinUNet", "VGGSound")? */
export function isKnownTechniqueOrData(w: string): boolean {
  return isDatasetName(w) || METHOD_NAMES.has(w) || METHOD_KEYS.has(withoutSeparators(w.toLowerCase()));
}

/**
 * A compound name of three pieces or more that ends in a size word and holds a known family after its first piece
 * ("DeiT-III-ViT-Huge", "Semi-SST-ViT-Huge"): read whole, as the name of one model.
 */
function compoundName(text: string, tk: Tokens, i: number, isFamily: (word: string) => boolean): Shaped | null {
  const wordStart = tk.start[i]!;
  const wordEnd = tk.end[i]!;
  if (text.charCodeAt(wordStart - 1) !== 45 || !/^[A-Z]/.test(text[wordStart]!) || continues(text, wordEnd)) return null;
  const start = nameBefore(text, wordStart - 1);
  const pieces = text.slice(start, wordStart - 1).split('-');
  if (pieces.length < 2 || pieces.some((p) => p === '') || !/^[A-Z]/.test(pieces[0]!)) return null;
  if (!pieces.slice(1).some((p) => isFamily(p))) return null;
  if (NOT_NAME_WORDS.has(pieces[0]!.toLowerCase())) return null;
  const word = text.slice(wordStart, wordEnd);
  const label = [...pieces, word].join('-');
  return { start, end: wordEnd, coreEnd: wordEnd, label, model: { family: pieces.join('-'), variant: word }, needsContext: false };
}

/**
 * A coined name with a size word after a hyphen ("SegNeXt-Tiny", "CSAP-Tiny", "EVA-Large"): a model size of a network
 * no lexicon knows (a known family's is read by the lexicon; a dataset's name or a plain word before it is no model:
 * "Tiny-ImageNet" starts with the word, "Model-Large" is a description).
 */
function sizeVariantName(text: string, tk: Tokens, i: number, isFamily: (word: string) => boolean): Shaped | null {
  const wordStart = tk.start[i]!;
  const wordEnd = tk.end[i]!;
  if (text.charCodeAt(wordStart - 1) !== 45 || !/^[A-Z]/.test(text[wordStart]!) || continues(text, wordEnd) || codeAt(text, wordEnd) === 45) return null;
  const start = nameBefore(text, wordStart - 1);
  const name = text.slice(start, wordStart - 1);
  // (the name is whole at its start: not the end of a path or of a longer word)
  // (a name built on a known family, "IndicBERT-Base", is the lexicon's: it reads the family's later mentions too)
  if (name.indexOf('-') >= 0 || !wholeName(text, start, wordEnd) || isFamily(name) || familyAtEnd(text, start, wordStart - 1) !== null) return null;
  // camel case with an inner capital ("SegNeXt"), or an acronym of three to six capitals ("CSAP"), never a kind
  if (!(coinedModelName(name, 4) || (/^[A-Z][A-Z0-9]{2,5}$/.test(name) && /[A-Z]{3}/.test(name) && !KIND_ACRONYM.test(name) && !isTechniqueOrData(name) && !NOT_NAME_WORDS.has(name.toLowerCase())))) return null;
  if (DATA_AFTER.test(text.slice(wordEnd, wordEnd + 32)) || DATASET_NOUN_AFTER.test(text.slice(wordEnd, wordEnd + 12))) return null;
  // a variant of data the paper names with the same head ("GSM-Base" beside "the GSM-Symbolic dataset")
  if (namesDataWithHead(text, name)) return null;
  const word = text.slice(wordStart, wordEnd);
  return { start, end: wordEnd, coreEnd: wordEnd, label: `${name}-${word}`, model: { family: name, variant: word }, needsContext: false };
}

/** Does the text name data with this head: "<head>-… dataset/benchmark/corpus"? */
function namesDataWithHead(text: string, head: string): boolean {
  for (let at = text.indexOf(`${head}-`); at >= 0; at = text.indexOf(`${head}-`, at + 1)) {
    let end = at + head.length;
    while (end < text.length && (isNameCode(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) end++;
    if (DATASET_NOUN_AFTER.test(text.slice(end, end + 12))) return true;
  }
  return false;
}

/** A count of parameters: "0.14M", "246M", "1.5 B", "~7B", after "with (only|about…)" or "(", or "a(n) …" before "-parameter". */
const COUNT = String.raw`~?\d+(?:\.\d+)?\s?[KMBT]`;
const WITH_COUNT_BEFORE = new RegExp(String.raw`(?:^|[\s(])([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?: with| \((?:with )?)(?: only| just| about| around| roughly| approximately| fewer than| less than| under)?\s?${COUNT} $`);
const APPOSITION_COUNT_BEFORE = new RegExp(String.raw`(?:^|[\s(])([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*), an? (?:[a-z]+ ){0,2}${COUNT}-$`);

/**
 * The name a parameter count at token i ("parameters", "parameter") belongs to: "SLNet-S with 0.14M parameters",
 * "MobileViT (10.6M parameters)", "r1, a 246M-parameter Graph Neural Network". What has parameters is a model; the
 * name must still be coined ("performance with only 3B parameters", "mIoU with 5M parameters" name none), and a
 * known family is the lexicon's to read.
 */
function countedParametersName(text: string, tk: Tokens, i: number, isFamily: (word: string) => boolean): Shaped | null {
  const wordStart = tk.start[i]!;
  const hyphened = text.charCodeAt(wordStart - 1) === 45;
  const before = text.slice(Math.max(0, wordStart - 80), wordStart);
  const m = hyphened ? APPOSITION_COUNT_BEFORE.exec(before) : WITH_COUNT_BEFORE.exec(before);
  if (!m) return null;
  const name = m[1]!.replace(/\.$/, '');
  const start = wordStart - before.length + m.index + m[0].indexOf(name, m[0].length - m[0].trimStart().length);
  if (!text.startsWith(name, start) || !wholeName(text, start, start + name.length)) return null;
  if (isFamily(name.split('-')[0]!) || isTechniqueOrData(name) || isDatasetName(name)) return null;
  // an apposition says it of any name the paper writes with a digit ("r1, a 246M-parameter …"); a "with" needs a coined one
  // (a bare acronym after a measure is a metric: "33.1 dB PSNR with only 4.9M parameters")
  if (/^[A-Z]+$/.test(name) && /(?:\d|%|\bdB|\bof) $/.test(text.slice(Math.max(0, start - 8), start))) return null;
  const shaped = coinedModelName(name, 4) || listShapedName(name) || (hyphened && /^[A-Za-z][a-z]*\d+[A-Za-z0-9]*$/.test(name) && !/^[A-Z]\d+$/.test(name));
  if (!shaped || (startsSentence(text, start) && !/[A-Z0-9]/.test(name.slice(1)))) return null;
  return contextShaped(text, start, start + name.length);
}

/**
 * The known-family hits of a text with the shaped names added: a shaped name replaces the known hits inside it unless
 * one of them starts where it starts and reaches its size ("Llama-2-7B-Chat-Foo" stays Llama-2-7B-Chat).
 */
export function addShapedModels(text: string, tk: Tokens, taken: Uint8Array, hits: ModelHit[], isFamily: (word: string) => boolean): ModelHit[] {
  const shaped = shapedNames(text, tk, isFamily);
  return shaped ? mergeShaped(text, tk, taken, hits, shaped) : hits;
}

/**
 * The names of a model shape, in text order, or null. (This and mergeShaped are functions of their own: as one, each
 * rare path a paper met deoptimised, and had the JIT recompile, both.)
 */
function shapedNames(text: string, tk: Tokens, isFamily: (word: string) => boolean): Shaped[] | null {
  const n = tk.n;
  let shaped: Shaped[] | null = null;
  let byNoun: Shaped[] | null = null;
  const hash = tk.hash;
  const bits = tk.bits;
  for (let i = 1; i < n; i++) {
    if ((bits[i]! & SHAPE_BIT) === 0) continue;
    const h = hash[i]!;
    let s: Shaped | null = null;
    if (PATCH_LETTER_HASHES.has(h) && codeAt(text, tk.end[i]!) === 47 && !tk.glued[i]) s = patchName(text, tk, i);
    else if (h === HASH_B) {
      if (tk.glued[i] && tk.end[i]! - tk.start[i]! === 1) s = sizedName(text, tk, i - 1);
    } else if (TAIL_HASHES.has(h) && tk.joinPrev[i]) s = tailedName(text, tk, i);
    else if (SIZE_WORD_HASHES.has(h) && tk.joinPrev[i] && !tk.glued[i]) s = compoundName(text, tk, i, isFamily) ?? sizeVariantName(text, tk, i, isFamily);
    if (!s && TIER_HASHES.has(h)) s = tieredName(text, tk, i, isFamily);
    if (!s && TRAINING_VERB_HASHES.has(h)) {
      const c = trainedName(text, tk, i);
      if (c) (byNoun ??= []).push(c);
      continue;
    }
    if (!s && COUNTED_NOUN_HASHES.has(h)) {
      const counted = countedList(text, tk, i, isFamily);
      if (counted) for (const c of counted) (byNoun ??= []).push(c);
      if (!MODEL_NOUN_HASHES.has(h)) continue;
    }
    if (!s && PARAMETER_HASHES.has(h)) {
      const c = countedParametersName(text, tk, i, isFamily);
      if (c) (byNoun ??= []).push(c);
      continue;
    }
    if (!s && MODEL_NOUN_HASHES.has(h)) {
      // coined names by a model noun, before it ("the UnSAM model") or after it ("VLMs such as ConceptCLIP"); the
      // other shapes read them first ("models such as TinyLlama 1.1B" is TinyLlama-1.1B)
      for (const c of namedByModelNoun(text, tk, i, isFamily)) (byNoun ??= []).push(c);
      continue;
    }
    if (!s) continue;
    if (shaped && shaped.length > 0 && shaped[shaped.length - 1]!.end > s.start) continue; // inside the last one
    (shaped ??= []).push(s);
    if (h === HASH_B && s.model.variant === undefined && codeAt(text, s.end) === 47) for (const other of slashedSizes(text, s)) shaped.push(other);
  }
  if (byNoun) {
    for (const c of byNoun) {
      if ((shaped ?? []).some((o) => o.start < c.end && c.start < o.end)) continue;
      // a formula in a paper about materials is the material a model is made of ("CoFeB model disk"; materials.ts)
      if (formulaShaped(c.label) && namesMaterial(text, [c.label])) continue;
      (shaped ??= []).push(c);
    }
    shaped?.sort((a, b) => a.start - b.start);
  }
  return shaped;
}

/** "/32B", "/1.3B": another size after a slash. */
const SLASHED_SIZE = /\/(\d{1,4}(?:\.\d{1,2})?)([BM])(?![A-Za-z0-9]|\.\d)/y;

/**
 * The other sizes of a sized name listed after it with slashes, each a model of the same family: "QoQ-Med-7B/32B",
 * "WebSailor-7B/32B", "Terminal-World-8B/14B/32B" (a known family's list is the lexicon's, models.ts → expand).
 */
function slashedSizes(text: string, s: Shaped): Shaped[] {
  const out: Shaped[] = [];
  let end = s.end;
  for (;;) {
    SLASHED_SIZE.lastIndex = end;
    const m = SLASHED_SIZE.exec(text);
    if (!m) break;
    const size = m[1]! + m[2]!;
    // (each named by the list as written up to it: "32B" alone names no model)
    out.push({ start: s.start, end: m.index + m[0].length, coreEnd: m.index + m[0].length, label: `${s.model.family}-${size}`, model: { family: s.model.family, size }, needsContext: false });
    end = m.index + m[0].length;
  }
  // (a size list that goes on with a word is no list of models: "7B/32B-parameter")
  return isNameCode(text.charCodeAt(end)) || text.charCodeAt(end) === 45 ? [] : out;
}

/** The known hits and the shaped names merged (a shaped name over known hits replaces them), in text order. */
function mergeShaped(text: string, tk: Tokens, taken: Uint8Array, hits: ModelHit[], shaped: Shaped[]): ModelHit[] {
  const n = tk.n;
  // hits and shaped names both come in text order: one merge, linear in their number
  const out: ModelHit[] = [];
  const kept: Shaped[] = [];
  let k = 0;
  let t = 0;
  for (let si = 0; si < shaped.length; si++) {
    const s = shaped[si]!;
    while (k < hits.length && hits[k]!.end <= s.start) out.push(hits[k++]!);
    let j = k;
    while (j < hits.length && hits[j]!.start < s.end) j++;
    // a name no lexicon knows, written before a data noun, names data ("the SPIDER 2.0-lite benchmark")
    if (DATASET_NOUN_AFTER.test(text.slice(s.end, s.end + 12))) continue;
    if (s.needsContext) {
      // the neighbours: the known hits just before and after it, and the shaped names next to it
      const near = [hits[k - 1] ?? (out.length ? out[out.length - 1] : undefined), hits[j], shaped[si - 1], shaped[si + 1]].filter((x) => x !== undefined);
      if (!modelContext(text, s, near)) continue;
    }
    let keep = s.byNoun === true && j > k;
    for (let q = k; q < j; q++) {
      const h = hits[q]!;
      if ((h.start <= s.start && h.end >= s.coreEnd) || h.start < s.start || h.end > s.end) keep = true; // covered, or straddling its edge
    }
    if (keep) continue;
    k = j; // the known hits inside the name are parts of it
    out.push({ slug: slugify(s.label), label: s.label, model: s.model, surface: text.slice(s.start, s.end), start: s.start, end: s.end });
    kept.push(s);
    while (t < n && tk.end[t]! <= s.start) t++;
    for (; t < n && tk.start[t]! < s.end; t++) taken[t] = 1;
  }
  while (k < hits.length) out.push(hits[k++]!);
  if (kept.length) addFamilyMentions(text, tk, taken, out, kept);
  // (stable: a known hit and a shaped name never share a start once merged)
  return out.sort((a, b) => a.start - b.start);
}

/** A family name and the version glued or hyphenated to it ("Ovis2.5" → Ovis, 2.5, glued). */
const FAMILY_VERSION = /^(.*?[A-Za-z])(-?)(\d{1,2}(?:\.\d{1,2})?)$/;
/** A data noun after a name: the name is a dataset's. */
const DATASET_NOUN_AFTER = /^[\s-](?:dataset|benchmark|corpus|data\b|suite)/i;
/** A version after a family's name in the text, glued, hyphenated or spaced. */
const VERSION_AFTER = /([- ]?)(\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9]|\.\d)/y;

/**
 * The other mentions of a family the paper names a model of by its shape: "Ovis2" and "Ovis2.5" alone in a paper on
 * "Ovis2.5-9B", "LLaDA" in one on "LLaDA 8B". A family the paper uses as a model is the same model family elsewhere in
 * it. With a version, any capitalised name qualifies; without one, only a coined name ("LLaDA", not "Seed").
 */
function addFamilyMentions(text: string, tk: Tokens, taken: Uint8Array, out: ModelHit[], kept: readonly Shaped[]): void {
  const bases = new Map<string, boolean>(); // base name → written with its version glued on
  for (const s of kept) {
    // (from a size or a tier only: a tail alone is weaker evidence, "GuardTrace-VL" next to "the GuardTrace dataset")
    if (s.needsContext || s.model.size === undefined && s.model.version === undefined) continue;
    const f = s.model.family;
    const m = FAMILY_VERSION.exec(f);
    const base = m ? m[1]! : f;
    // a word, not an acronym: "TF2-12B" says nothing of "TF1", "USD 1.81B" nothing of "USD"
    if (base.length < 3 || !/^[A-Z]/.test(base) || !/[a-z]/.test(base) || NOT_NAME_WORDS.has(base.toLowerCase()) || isDatasetName(base)) continue;
    // written glued ("Ovis2.5-9B", "LLaDA2.0-mini") or hyphenated ("Seed-2.0-Lite"): the other versions are spelled so
    const glued = m !== null ? m[2] === '' : s.model.version !== undefined && s.label.startsWith(f + s.model.version);
    if (!bases.has(base)) bases.set(base, glued);
  }
  for (const [base, gluedStyle] of bases) {
    for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + base.length)) {
      if (at > 0 && (isNameCode(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 45)) continue;
      let end = at + base.length;
      VERSION_AFTER.lastIndex = end;
      const v = VERSION_AFTER.exec(text);
      if (v) end = v.index + v[0].length;
      else if (!coined(base)) continue;
      // the name ends here: not inside a longer name ("Ovis2-8B" is read already, "LLaDA-MoE" is another model)
      if (continues(text, end) || (text.charCodeAt(end) === 45 && continues(text, end + 1))) continue;
      if (DATASET_NOUN_AFTER.test(text.slice(end, end + 12))) continue; // "the Foo dataset" names data

      if (anyTaken(tk, taken, at, end)) continue;
      const label = v ? base + (gluedStyle ? '' : '-') + v[2]! : base;
      out.push({ slug: slugify(label), label, model: { family: label }, surface: text.slice(at, end), start: at, end });
      markTaken(tk, taken, at, end);
    }
  }
}

/** Families other models are named after with a word glued before them: exact spellings by length. */
const PREFIXED = new Map<number, Set<string>>();
for (const f of LEX.glued.prefixedFamilies) {
  const set = PREFIXED.get(f.length) ?? new Set<string>();
  set.add(f);
  PREFIXED.set(f.length, set);
}
const PREFIXED_LENGTHS = [...PREFIXED.keys()].sort((a, b) => a - b);
/** The last characters of those spellings: a word ending otherwise is skipped before anything else is read. */
const PREFIXED_LAST = new Uint8Array(128);
for (const f of LEX.glued.prefixedFamilies) PREFIXED_LAST[f.charCodeAt(f.length - 1)] = 1;
const PREFIXED_NOT = new Set(LEX.glued.prefixedNotModels.map((w) => w.toLowerCase()));
/**
 * Families that capitals glued before them name a model of too ("MARBERT"; lexicon glued.acronymPrefixedFamilies,
 * each one of the prefixedFamilies): before the others an acronym is as often a method ("ASAM").
 */
const ACRONYM_PREFIXED = new Set(LEX.glued.acronymPrefixedFamilies);
/** A version glued to the end of a word ("v2" of "AraBERTv2", "2" of "TableGPT2"). */
const GLUED_VERSION = /v?\d{1,2}(?:\.\d{1,2})?$/;
/** A variant word after a hyphen, ending the name ("-base" of "DistilRoBERTa-base"). */
const VARIANT_TAIL = /-([A-Za-z]+)(?![A-Za-z0-9]|-[A-Za-z0-9])/y;
/** Backbones named by their depth (lexicon depthFamilies): glued after a word, their depth still follows. */
const DEPTH_FAMILIES = LEX.depthFamilies.families;
/** A depth after a hyphen, and a wide network's width factor after it ("-18" of "PreActResNet-18", "-34-10" of "WideResNet-34-10"). */
const DEPTH_TAIL = /-[1-9]\d{0,2}(?:-\d{1,2})?(?![A-Za-z0-9]|[.-]\d)/y;
/** A lower-case word after a hyphen that describes what is built on a name, ending it ("-enhanced", "-based"). */
const DESCRIBING_TAIL = /^(?:based|enhanced|guided|driven|powered|derived|generated|initiali[sz]ed|augmented|assisted|extracted|encoded)$/;
/** A release after a hyphen, ending the name: "-2" of "DNABERT-2", "-v2" of "MARBERT-v2". */
const HYPHEN_RELEASE = /-v?\d{1,2}(?:\.\d{1,2})?(?![A-Za-z0-9]|[.-][A-Za-z0-9])/y;
/** An apposition that names the word something else than a model: "JUDGEBERT, a novel evaluation metric". */
const OTHER_KIND_APPOSITION = /^,\s+an?\s+(?:[\w-]+\s+){0,3}(?:metrics?|scores?|measures?|frameworks?|datasets?|benchmarks?|corpus|methods?|library|toolkit)\b/;
/** A metric named after a model ("the ChatGPT score", "CLIPScore" is one word). */
const SCORE_AFTER = /^[\s-](?:scores?|distance|metric)\b/i;
/** The glued word: capitalised words ("Biomed", "BioClinical", "Distil", "Tiny"), not an acronym ("GeoRS", "ASAM"). */
const PREFIX_WORDS = /^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/;
/** Capitals glued before "BERT" ("MAR" of "MARBERT"). */
const ACRONYM_PREFIX = /^[A-Z]{2,}$/;

/** The word [a, e) when it ends in a family's exact spelling after a capitalised word ("Biomed" + "CLIP"), else null. */
function familyAtEnd(text: string, a: number, e: number): string | null {
  const last = text.charCodeAt(e - 1);
  // (a code past the table is none of its letters: not read from the table, whose optimised read would deoptimise)
  if (e - a < 5 || last >= PREFIXED_LAST.length || PREFIXED_LAST[last] !== 1) return null;
  for (const len of PREFIXED_LENGTHS) {
    const s = e - len;
    if (s < a + 2) break;
    const cs = text.charCodeAt(s);
    const cp = text.charCodeAt(s - 1);
    if (cs < 65 || cs > 90) continue;
    if (cp >= 97 && cp <= 122) {
      if (PREFIXED.get(len)!.has(text.slice(s, e)) && PREFIX_WORDS.test(text.slice(a, s))) return text.slice(a, e);
    } else if (cp >= 65 && cp <= 90 && ACRONYM_PREFIXED.has(text.slice(s, e)) && ACRONYM_PREFIX.test(text.slice(a, s))) {
      return text.slice(a, e);
    }
  }
  return null;
}

/** Where the depth after a depth family's glued name ends ("PreActResNet-18", "WideResNet-34-10"), or -1. */
function depthEnd(text: string, word: string, at: number): number {
  if (!DEPTH_FAMILIES.some((f) => word.endsWith(f))) return -1;
  DEPTH_TAIL.lastIndex = at;
  return DEPTH_TAIL.test(text) ? DEPTH_TAIL.lastIndex : -1;
}

/**
 * Models named by a word glued before a known family ("BiomedCLIP", "DistilRoBERTa", "TinyLlama", "BioMistral",
 * "BanglaByT5"): one word, its tail a family's exact spelling after a lower-case letter. Read whole, as written (a
 * known family misspelt by one missing letter is that family: "InstrctGPT");
 * never a dataset or technique name ("ShareGPT", "SparseGPT") or a listed non-model ("SelfCheckGPT"). A word that
 * starts with a capital is all the scan looks at, then at most one character pair per family length.
 */
export function addPrefixedModels(
  text: string,
  tk: Tokens,
  taken: Uint8Array,
  hits: ModelHit[],
  isFamily: (word: string) => boolean,
  misspelled: (word: string) => string | null,
): ModelHit[] {
  const n = tk.n;
  let found: ModelHit[] | null = null;
  for (let i = 0; i < n; i++) {
    const a = tk.start[i]!;
    const c0 = text.charCodeAt(a);
    if (c0 < 65 || c0 > 90 || taken[i] || (i > 0 && tk.glued[i])) continue;
    // part of a longer hyphenated name ("Role-SynthCLIP", "VG-HuBERT"), not a dash after a word ("models-ViViT")
    if (a > 1 && text.charCodeAt(a - 1) === 45 && isNameCode(text.charCodeAt(a - 2)) && !/[a-z]/.test(text[nameBefore(text, a - 1)]!)) continue;
    let j = i;
    while (j + 1 < n && tk.glued[j + 1]) j++; // "BanglaByT5" is two tokens
    const full = tk.end[j]!;
    if (full - a < 5) {
      i = j;
      continue;
    }
    // the family at the end of the word ("BanglaByT5"), or before a version glued after it ("AraBERTv2", "TableGPT2")
    let e = full;
    let version = '';
    let hit = familyAtEnd(text, a, e);
    const last = text.charCodeAt(full - 1);
    if (hit === null && j > i && last >= 48 && last <= 57) {
      const gv = GLUED_VERSION.exec(text.slice(a, full));
      if (gv) {
        version = gv[0];
        e = full - version.length;
        hit = familyAtEnd(text, a, e);
      }
    }
    if (hit === null) {
      i = j;
      continue;
    }
    // a known family is the family reader's, even where it declined it ("the ChatGPT score"); a name that goes on past
    // a hyphen is another name ("MulViT-TF"), unless a variant word ends it ("DistilRoBERTa-base")
    let end = e + version.length;
    if (hit !== null && text.charCodeAt(end) === 45 && continues(text, end + 1) && version) hit = null;
    else if (hit !== null && text.charCodeAt(e) === 45 && continues(text, e + 1)) {
      VARIANT_TAIL.lastIndex = e;
      const v = VARIANT_TAIL.exec(text);
      if (v && VARIANT_WORDS.has(v[1]!.toLowerCase())) end = e + v[0].length;
      else if (v) {
        if (!DESCRIBING_TAIL.test(v[1]!)) hit = null; // "ConceptCLIP-enhanced Gemma3" names ConceptCLIP
      } else {
        // (a number after the hyphen: a depth family's depth, or a release ending the name, "DNABERT-2", "MARBERT-v2";
        // else another name)
        const depth = depthEnd(text, hit, e);
        HYPHEN_RELEASE.lastIndex = e;
        if (depth >= 0) end = depth;
        else if (HYPHEN_RELEASE.test(text)) end = HYPHEN_RELEASE.lastIndex;
        else hit = null;
      }
    }
    if (
      hit !== null &&
      !isFamily(hit) &&
      !PREFIXED_NOT.has(hit.toLowerCase()) &&
      !isDatasetName(hit) &&
      !METHOD_KEYS.has(hit.toLowerCase()) &&
      !DATASET_NOUN_AFTER.test(text.slice(end, end + 12)) &&
      !SCORE_AFTER.test(text.slice(end, end + 10)) &&
      !OTHER_KIND_APPOSITION.test(text.slice(end, end + 60))
    ) {
      let t = i;
      while (t <= j && !taken[t]) t++;
      if (t > j) {
        markTaken(tk, taken, a, end);
        // a known family with a letter missing is that family ("InstrctGPT")
        const name = (misspelled(hit) ?? hit) + version;
        const variant = end > e + version.length ? text.slice(e + 1, end) : '';
        const label = variant ? `${name}-${variant}` : name;
        const model: ModelInfo = variant ? { family: name, variant } : { family: name };
        (found ??= []).push({ slug: slugify(label), label, model, surface: text.slice(a, end), start: a, end });
      }
    }
    i = j;
  }
  if (!found) return hits;
  return [...hits, ...found].sort((x, y) => x.start - y.start);
}

/** A capitalised word before a list separator, at the end of a text slice ("Jais, " before "Mistral"). */
const WORD_BEFORE = /(?:^|[\s(:])([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)( \d\.\d)?(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** Where the word a WORD_BEFORE match ending at `end` holds starts (its release and separator after it). */
function wordBeforeStart(end: number, m: RegExpExecArray): number {
  return end - m[3]!.length - (m[2]?.length ?? 0) - m[1]!.length;
}
/** A capitalised word after a list separator, at the start of a text slice. */
const WORD_AFTER = /^(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?=(?: \d\.\d(?![\d%]|\.\d))?(?:\s*[,.;:)]|\s+(?:and|or|as|on|in|with|were|are|to|for)\b))/;

/** What introduces examples right before a name: "e.g.,", "such as", "including", "like". */
const EXAMPLES_BEFORE = /(?:\be\.g\.,?|\bsuch as|\bincluding|\blike)\s+$/;
/** "and"/"or" and the last example, ending the list ("… and Flux)", "… or Grok."). */
const LAST_EXAMPLE_AFTER = /^(\s+(?:and|or)\s+)([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?=\s*[.;:)]|,\s+[a-z])/;

/** An introducer, the first example and "and"/"or", right before a model ("such as Vidu and "). */
const FIRST_EXAMPLE_BEFORE = /(?:\be\.g\.,?|\bsuch as|\bincluding|\blike)\s+([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(\s+(?:and|or)\s+)$/;
/** The end of a list right after its last item. */
const LIST_ENDS = /^(?:\s*[.;:)]|,\s+[a-z])/;

/** Separator, word, separator: the whole gap between two listed models. */
const WORD_BETWEEN = /^(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?: \d\.\d)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * Unseen families listed among known models ("six models: Jais, Mistral, LLaMA, GPT-4o, Gemini, and DeepSeek"): a
 * capitalised name next to a model hit that has another model hit on its other side in the same list. Never a known
 * dataset or technique, a word that names no model ("Humans", "RNN"), or a word that starts the sentence.
 */
export function addListedModels(text: string, hits: ModelHit[], taken: Uint8Array, tk: Tokens): ModelHit[] {
  if (hits.length === 0) return hits;
  const found: ModelHit[] = [];
  const seen = new Set<number>();
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    const prev = k > 0 ? hits[k - 1]! : null;
    const next = k + 1 < hits.length ? hits[k + 1]! : null;
    // a name before h, when h continues the list to another model after it
    if (next && listedNextTo(text, h.start, h.end, next.start, next.end)) {
      const m = WORD_BEFORE.exec(text.slice(Math.max(0, h.start - 40), h.start));
      if (m) addListed(text, wordBeforeStart(h.start, m), m[1]!, found, seen);
    }
    // a name between h and the next model ("GPT-4o, Quokka and Llama-3-8B")
    if (next) {
      const m = WORD_BETWEEN.exec(text.slice(h.end, next.start));
      if (m && next.start - h.end <= 48) addListed(text, h.end + m[1]!.length, m[2]!, found, seen);
    }
    // a name after h, when a model before h starts the list, or when h is the first of two examples ("Teachers (e.g.,
    // SD 3.5 and Flux)", "models such as GPT-4o and Grok")
    if (prev && listedNextTo(text, prev.start, prev.end, h.start, h.end)) {
      const m = WORD_AFTER.exec(text.slice(h.end, h.end + 40));
      if (m) addListed(text, h.end + m[1]!.length, m[2]!, found, seen);
    } else if (h.start > 6 && EXAMPLES_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))) {
      const m = LAST_EXAMPLE_AFTER.exec(text.slice(h.end, h.end + 40));
      if (m && !(next && next.start === h.end + m[1]!.length)) addListed(text, h.end + m[1]!.length, m[2]!, found, seen);
    } else if (LIST_ENDS.test(text.slice(h.end, h.end + 4))) {
      // …or the first of two examples, before h ("models such as Vidu and Sora.")
      const m = FIRST_EXAMPLE_BEFORE.exec(text.slice(Math.max(0, h.start - 60), h.start));
      if (m) addListed(text, h.start - m[2]!.length - m[1]!.length, m[1]!, found, seen);
    }
  }
  addCoinedSiblings(text, hits, found, seen);
  // (a listed word stands between separators, so it overlaps no hit; its tokens are found by binary search: linear)
  // (nor is it a word a space after a model's name, which goes on with it: "Grok Imagine, Qwen Image 2.0 Pro")
  const kept = found.filter((f) => !anyTaken(tk, taken, f.start, f.end) && !hits.some((h) => h.end + 1 === f.start && text.charCodeAt(h.end) === 32));
  if (kept.length === 0) return hits;
  for (const f of kept) markTaken(tk, taken, f.start, f.end);
  return [...hits, ...kept].sort((a, b) => a.start - b.start);
}

/**
 * A coined model name: one word, capitalised, with a small letter inside, that ends in a piece model names end in (Net,
 * Coder, Former, GAN, BERT, LM, CLIP, ViT, SAM, Mamba, VLA/VLM, Morph, Mixer, DETR, MAE, GPT, a Base or Instruct tail:
 * "StarCoderBase", "OctoCoder", "PoolFormer", "AttGAN") or in a version glued after a small letter ("Emu3",
 * "MindEye2", "SwiftBrushv2"), or a short capitalised prefix hyphenated before Net ("CE-Net", "U2-Net", "D-LinkNet").
 * Dataset-shaped words (…QA, …Bench, WikiHow) and tools (SpaCy, QuillBot) end otherwise.
 */
const COINED_NAME = /^[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:Net|GAN|[Ff]ormer|BERT|LM|Coder|CLIP|ViT|SAM|Mamba|VL[AM]|Morph|Mixer|DETR|MAE|GPT|Base|Instruct)(?:[Vv]?\d{1,2})?$|^[A-Z][A-Za-z]*[a-z][Vv]?\d{1,2}$|^[A-Z][A-Za-z0-9]{0,5}-(?:Net|[A-Z][a-z]+Net)(?:\+\+)?$/;

/** A method or data noun introducing the list a name stands in, in its clause ("methods, including LCM, "). */
const OTHER_KIND_LIST_BEFORE = /\b(?:methods|approaches|techniques|algorithms|datasets|benchmarks|corpora|tasks)\b[^.;:]*$/i;

/**
 * Coined names listed next to a model, one neighbour sufficing ("StarCoderBase, WizardCoder-15B, OctoCoder and
 * SantaCoder"), and next to those in turn, along the list: a plain word needs a model on each side (addListedModels).
 */
function addCoinedSiblings(text: string, hits: readonly ModelHit[], found: ModelHit[], seen: Set<number>): void {
  const anchors: { start: number; end: number }[] = [...hits];
  for (let a = 0; a < anchors.length; a++) {
    const h = anchors[a]!;
    // a list the text calls methods or data ("methods, including LCM, SD-Turbo, and SwiftBrushv2") names them so
    if (OTHER_KIND_LIST_BEFORE.test(text.slice(Math.max(0, h.start - 80), h.start))) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, h.start - 40), h.start));
    const after = WORD_AFTER.exec(text.slice(h.end, h.end + 40));
    const near: [number, string][] = [];
    if (before && COINED_NAME.test(before[1]!)) near.push([wordBeforeStart(h.start, before), before[1]!]);
    if (after && COINED_NAME.test(after[2]!)) near.push([h.end + after[1]!.length, after[2]!]);
    for (const [start, name] of near) {
      const count = found.length;
      addListed(text, start, name, found, seen);
      if (found.length > count) anchors.push(found[found.length - 1]!);
    }
  }
}

/**
 * A spaced release of one digit, a dot and one digit after a listed name ("OmniHuman 1.5", "Seed 2.0"): the list regexes
 * above pass over it. (Two digits on either side are as often a score: "Video-GPT 34.97 vs. Wan 20.89".)
 */
const LISTED_VERSION = / (\d\.\d)(?![\d%]|\.\d)/y;

function addListed(text: string, start: number, name: string, found: ModelHit[], seen: Set<number>): void {
  if (seen.has(start) || text.slice(start, start + name.length) !== name) return;
  seen.add(start);
  const lower = name.toLowerCase();
  // (a family read only with a version is that family among models: "systems such as GPT and Gemini")
  const versioned = VERSIONED_FAMILIES.has(name);
  if (name.length < 2 || (NOT_NAME_WORDS.has(lower) && !versioned) || NOT_MODELS.has(lower) || VARIANT_WORDS.has(lower) || LIST_NOT_MODELS.has(lower)) return;
  if (isDatasetName(name) || METHOD_NAMES.has(name) || METHOD_KEYS.has(withoutSeparators(lower))) return;
  // an acronym alone ("RNN", "SFT"): a technique as often (but a family read only with a version is that family here)
  if (/^[A-Z]{2,5}s?$/.test(name) && !/\d/.test(name) && !VERSIONED_FAMILIES.has(name)) return;
  if (/^[A-Za-z]\d+$/.test(name) || (!versioned && name.split(/[-.]/).some((p) => NOT_NAME_WORDS.has(p.toLowerCase()) || /^[a-z]{3,}$/.test(p)))) return; // "V2", "LLMs-Bloom", "N-grams"
  // a word that starts its sentence is capitalised for that alone
  if (opensSentence(text, start)) return;
  // a release after a space is part of the name ("… Veo 3.1, and OmniHuman 1.5"), as after a model noun
  LISTED_VERSION.lastIndex = start + name.length;
  const v = /[A-Za-z]$/.test(name) ? LISTED_VERSION.exec(text) : null;
  if (v) {
    const label = `${name}-${v[1]!}`;
    found.push({ slug: slugify(label), label, model: { family: name, version: v[1]! }, surface: name + v[0], start, end: start + name.length + v[0].length });
    return;
  }
  found.push({ slug: slugify(name), label: name, model: { family: name }, surface: name, start, end: start + name.length });
}


function anyTaken(tk: Tokens, taken: Uint8Array, a: number, b: number): boolean {
  for (let t = firstTokenAfter(tk, a); t < tk.n && tk.start[t]! < b; t++) if (taken[t]) return true;
  return false;
}

function markTaken(tk: Tokens, taken: Uint8Array, a: number, b: number): void {
  for (let t = firstTokenAfter(tk, a); t < tk.n && tk.start[t]! < b; t++) taken[t] = 1;
}

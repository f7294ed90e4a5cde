/**
 * Variants of a known benchmark written after its name (issue 11: "known names whose version/variant tail is not
 * read"), read by the dataset lexicon's scan:
 * - a quoted year: "AIME'24" (the entry "AIME24" when the lexicon has it, else "SHREC'17" as written);
 * - a year glued to the name: "HMMT25", "SemEval2026 Task 8" (as the hyphenated form "HMMT-2025" the spaced year
 *   gives, so "HMMT25" and "HMMT 2025" are one node); two digits only from 21, as "CASP15", "ModelNet40" or "TVSum20"
 *   number editions, splits and counts, not years;
 * - a year after a space, with an optional task: "BraTS 2023", "SemEval 2025 Task 8" (labelled as the hyphenated form
 *   the extractor already gives "SemEval-2025 Task 8", so both spellings are one node);
 * - a hyphen and a coined or capitalised tail of two letters or more: "ImageNet-LT", "ARC-AGI", "OSWorld-Verified",
 *   "MMLU-Redux", "LIBERO-Plus", "Occ3D-nuScenes", with a version after it ("ARC-AGI-2"); on a plain capitalised
 *   name ("Charades", "Kvasir") an acronym, a coined tail ("Charades-STA", "Kvasir-VQA") or a capitalised word that is no
 *   adjective ("Kinetics-Skeleton", not "Kinetics-Style"); one capital and Hard/Lite/… are the suffix step's;
 * - a version: "DOTA-v1.0", "LiveCodeBench v6", "BFCL-V3", "ActivityNet-1.3" (a decimal: a bare "-2" is as often a
 *   count or a range), or a dimension: "CV-Bench-2D";
 * - a size in billions or trillions of a web-scale corpus: "DataComp-1B", "SlimPajama-627B" (thousands and millions
 *   are the suffix step's).
 * - a split or edition in lower case, of a few words only: "LIBERO-plus", "SWE-bench-lite", "COCO-mini";
 * - one or two capitalised words after a space, as an item of a list: "HaluEval General", "MMLU Global Facts";
 * Not a variant: a tail that names a model or method built on the benchmark's name ("SST-DUNet", "ARC-Encoder"),
 * one that is itself a known entity, and other tails in lower case ("MMLU-style", "ImageNet-pretrained").
 */
import type { LexEntry, VariantReader } from './lexicon.ts';
import { slugify, type Tokens } from './tokens.ts';
import heads from './lexicons/heads.json' with { type: 'json' };

const QUOTED_YEAR = /['’](\d{2})(?![A-Za-z0-9'’])/y;
/**
 * A year glued to a name ending in a letter, ending the word, with an optional task: "HMMT25", "BraTS2021",
 * "SemEval2026 Task 8" (not "AIME25-style", "COCO20i", nor the round "WLASL2000", a count of glosses).
 */
const GLUED_YEAR = /(2[1-9]|19[89]\d|200[1-9]|20[1-3]\d)( Task \d{1,2})?(?![A-Za-z0-9+#]|[-.][A-Za-z0-9])/y;
const SPACED_YEAR = / ((?:19|20)\d{2})( Task \d{1,2})?(?![A-Za-z0-9\-]|\.\d)/y;
/** "LiveCodeBench v6", "Video-MME v2.1": a version letter and number after a space. */
const SPACED_VERSION = / ([vV]\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9\-+]|\.\d)/y;
/**
 * A tail starting with a capital or camel case ("nuScenes"), then a version, a split or a second such part ("ARC-AGI-2",
 * "Video-MME-v2", "MMLU-ProX-Lite", "BIRD-INTERACT-FULL": without it the known name alone was read from a longer one).
 */
const TAIL_PART = String.raw`[A-Z][A-Za-z0-9]+|[a-z]+[A-Z][A-Za-z0-9]*`;
const HYPHEN_TAIL = new RegExp(
  String.raw`-(${TAIL_PART})(-[vV]?\d{1,2}(?:\.\d{1,2})?|-(?:Lite|Hard|Verified|Easy|Mini|Plus|lite|hard|verified|mini|plus)|-(?:${TAIL_PART}))?(?![A-Za-z0-9+#]|[-.][A-Za-z0-9])`,
  'y',
);
/** Words that name a split or an edition in lower case after a hyphen. */
const LOWER_TAIL = /-(plus|pro|lite|mini|hard|verified|extended)(?![A-Za-z0-9+#]|[-.][A-Za-z0-9])/y;
/** "-v2", "-V1.5", "-1.3" (a decimal; a bare "-2" is as often a count or a range). */
const HYPHEN_VERSION = /-([vV]\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})(?![A-Za-z0-9+#]|[-.][A-Za-z0-9])/y;
/** A dimension after a hyphen names a split: "CV-Bench-2D", "CV-Bench-3D". */
const HYPHEN_DIMENSION = /-([1-4]D)(?![A-Za-z0-9+#]|[-.][A-Za-z0-9])/y;
/** A size in billions or trillions ("LAION-2B", "SlimPajama-627B"); K and M are the suffix step's. */
const HYPHEN_SIZE = /-(\d{1,4}(?:\.\d)?[BT])(?![A-Za-z0-9+#]|[-.][A-Za-z0-9])/y;
/** A tail a plain capitalised name takes: an acronym or a coined word ("Charades-STA", "Kvasir-VQA", "Occ3D-nuScenes"). */
const CODED_TAIL = /^(?:[A-Z]{2,}[0-9]*|[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]+\d[A-Za-z0-9]*)$/;
/** Tails that make a model, a method or software of the name, not a split of the data ("AudioSet-Tools"). */
const MODEL_TAIL = /(?:Net|Former|former|SAM\d*|GPT|LLM|BERT|ViT|Encoder|Decoder|Align|Bot|Fed|Agent|Transformer|Diffusion|Model|Tuning|RL|Tools?|Toolkit|Framework|Library|Platform|API)$/;
/** Capitalised adjectives of a title ("GQA-Aware", "ImageNet-Pretrained"): a description, not a split. */
const ADJECTIVE_TAIL = /(?:[a-z]{3}(?:ed|ing)|Based|Driven|Type|Aware|Free|Centric|Specific|Level|Scale|Style|Like|Only|Agnostic|Independent|Dependent|Wise|Ready)$/;
/** A hyphen part that names a model or says what the data is for, not a benchmark's own part ("-Net", "-Based"). */
function describesModelOrUse(part: string): boolean {
  return MODEL_TAIL.test(part) || ADJECTIVE_TAIL.test(part);
}
/** Tails the suffix step reads already (one capital, Hard, Lite, Verified, Easy) keep their old labels. */
const SUFFIX_STEP = /^(?:Hard|Lite|Verified|Easy)$/;
/** A coined name: a digit, an inner capital, or all capitals ("MMLU", "ImageNet", "CIFAR-10"). */
const COINED = /\d|^[A-Za-z][a-z]*[A-Z]|^[A-Z]{2,}/;
/**
 * A capitalised word after a plain name, once its adjectives are set apart ("Kinetics-Skeleton", "Charades-Ego",
 * "Kvasir-Capsule", "Spider-Realistic": the corpus's 19 such tails that are no adjective all name splits or editions).
 */
const WORD_TAIL = /^[A-Z][a-z]{2,}$/;
/** Words of training settings and other names, not splits: "Kinetics-Pretrain weights", "Cityscapes-Sized", "Spider-Man". */
const NOT_SPLIT_WORD = /^(?:Pretrain|Pretrained|Pretraining|Init|Initialized|Initialised|Scratch|Finetune|Finetuned|Finetuning|Sized|Size|Man|Woman|Verse|Trained|Tuned|Weights)$/;
/** What follows a name of weights or a setting rather than data: "Kinetics-Init backbone", "-Scratch settings". */
const SETTING_AFTER = /^\s+(?:weights|backbones?|settings?|checkpoints?|models?|encoders?|features|initiali[sz]ation|pre-?training)\b/;
/** A plain capitalised name of five letters or more ("Charades", "Kvasir", "Cityscapes"). */
const PLAIN_NAME = /^[A-Z][a-z]{4,}$/;

export interface VariantContext {
  /** The entry of a name, if a lexicon knows it (dataset lexicon first). */
  lookup(name: string): LexEntry | undefined;
  /** Is the name another known entity (a model or method)? */
  otherKind(name: string): boolean;
}

/** The variant reader for the dataset lexicon. */
export function datasetVariantReader(ctx: VariantContext): VariantReader {
  const made = new Map<string, LexEntry>();
  const entryFor = (base: LexEntry, label: string): LexEntry => {
    let e = made.get(label);
    if (!e) {
      e = { label, slug: slugify(label), aliases: [label], tag: base.tag };
      made.set(label, e);
    }
    return e;
  };
  return (text: string, tk: Tokens, entry: LexEntry, first: number, last: number) => {
    const end = tk.end[last]!;
    // the name as written when it is another alias of the entry ("PMC-InterCPT", not "PubMed Central-InterCPT")
    const surface = text.slice(tk.start[first]!, end);
    const base = baseLabel(surface, entry.label);
    const c = text.charCodeAt(end);
    if (c >= 48 && c <= 57) {
      GLUED_YEAR.lastIndex = end;
      // (an acronym in capitals read on a name in mixed case is another name: "AQUA20", a marine set, is not AQuA's)
      const shouted = surface === surface.toUpperCase() && entry.label !== entry.label.toUpperCase();
      const m = /[A-Za-z]$/.test(surface) && !shouted ? GLUED_YEAR.exec(text) : null;
      if (!m) return null;
      const t1 = tokenEndingAt(tk, last, end + m[0].length);
      if (t1 < 0) return null;
      const year = m[1]!.length === 2 ? `20${m[1]!}` : m[1]!;
      // (a year's entry is looked up for two digits only: "BraTS21" is the entry "BraTS 2021", whose glued four-digit
      // spelling, like an entry "AIME24", is a key the scan matched first)
      const known = m[1]!.length === 2 && !m[2] ? ctx.lookup(`${entry.label} ${year}`) : undefined;
      return { entry: known ?? entryFor(entry, `${base}-${year}${m[2] ?? ''}`), t1 };
    }
    if (c === 39 || c === 8217) {
      QUOTED_YEAR.lastIndex = end;
      const m = QUOTED_YEAR.exec(text);
      if (!m) return null;
      const yy = m[1]!;
      const t1 = tokenEndingAt(tk, last, end + m[0].length);
      if (t1 < 0) return null;
      const known = ctx.lookup(entry.label + yy) ?? ctx.lookup(`${entry.label} 20${yy}`);
      return { entry: known ?? entryFor(entry, `${base}'${yy}`), t1 };
    }
    if (c === 32) {
      SPACED_VERSION.lastIndex = end;
      const v = SPACED_VERSION.exec(text);
      if (v) {
        const t1 = tokenEndingAt(tk, last, end + v[0].length);
        if (t1 < 0) return null;
        const version = v[1]!.toLowerCase();
        return { entry: ctx.lookup(`${entry.label} ${version}`) ?? ctx.lookup(`${entry.label}${version}`) ?? entryFor(entry, `${base}-${version}`), t1 };
      }
      SPACED_YEAR.lastIndex = end;
      const m = SPACED_YEAR.exec(text);
      if (!m) {
        const at: SpacedAt = { text, tk, entry, base, last, end, ctx, entryFor };
        return spacedNumber(at) ?? spacedSize(at) ?? listedSubset(at, tk.start[first]!);
      }
      const t1 = tokenEndingAt(tk, last, end + m[0].length);
      if (t1 < 0) return null;
      const known = m[2] ? undefined : ctx.lookup(entry.label + m[1]!);
      return { entry: known ?? entryFor(entry, `${base}-${m[1]!}${m[2] ?? ''}`), t1 };
    }
    if (c === 45) {
      HYPHEN_VERSION.lastIndex = end;
      const v = HYPHEN_VERSION.exec(text) ?? ((HYPHEN_SIZE.lastIndex = end), /[A-Za-z]{4}/.test(base) ? HYPHEN_SIZE.exec(text) : null) ?? ((HYPHEN_DIMENSION.lastIndex = end), HYPHEN_DIMENSION.exec(text));
      if (v) {
        const label = `${base}-${v[1]!.replace(/^V/, 'v')}`;
        if (ctx.otherKind(label)) return null;
        const t1 = tokenEndingAt(tk, last, end + v[0].length);
        if (t1 < 0) return null;
        return { entry: ctx.lookup(label) ?? entryFor(entry, label), t1 };
      }
      // a split or edition written in lower case ("LIBERO-plus", "SWE-bench-lite"): only these words, as "-style",
      // "-based", "-pretrained" describe
      LOWER_TAIL.lastIndex = end;
      const low = COINED.test(base) ? LOWER_TAIL.exec(text) : null;
      if (low) {
        const label = `${base}-${low[1]!}`;
        const t1 = tokenEndingAt(tk, last, end + low[0].length);
        if (t1 < 0 || ctx.otherKind(label)) return null;
        return { entry: ctx.lookup(label) ?? entryFor(entry, label), t1 };
      }
      HYPHEN_TAIL.lastIndex = end;
      const m = HYPHEN_TAIL.exec(text);
      if (!m) return null;
      const tail = m[1]!;
      // (nor a tail, or a second part after it, that names a model or a use: "-Net", "-Net-Based")
      const second = m[2]?.slice(1);
      if (SUFFIX_STEP.test(tail) || describesModelOrUse(tail) || (second !== undefined && describesModelOrUse(second))) return null;
      if (!COINED.test(base) && !(PLAIN_NAME.test(base) && (CODED_TAIL.test(tail) || (WORD_TAIL.test(tail) && !NOT_SPLIT_WORD.test(tail) && !SETTING_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 24)))))) return null;
      const label = `${base}-${tail}${m[2] ? m[2].replace(/^-V/, '-v') : ''}`;
      if (ctx.otherKind(label) || ctx.otherKind(`${base}-${tail}`)) return null;
      const t1 = tokenEndingAt(tk, last, end + m[0].length);
      if (t1 < 0) return null;
      return { entry: ctx.lookup(label) ?? entryFor(entry, label), t1 };
    }
    return null;
  };
}

/**
 * A release number after a space: one digit with an optional one-digit decimal ("Argoverse 2", "Spider 2.0",
 * "OntoNotes 5.0"), or two digits after a name of several words ("Common Voice 24"). Scores have two-digit decimals
 * or two-digit integers after one-word names ("SciFact 0.61", "DocVQA 94"), so neither is read.
 */
const SPACED_NUMBER = / (\d\d|\d(?:\.\d)?)(?![\d.,]\d|[\dA-Za-z\-+/:%×'’&])/y;
/** What makes the number a quantity, not a release: "GSM8K 8 shots", "MMLU 5 times", "7 Tesla", "2 to 4". */
const QUANTITY_AFTER =
  /^\s*(?:%|x\b|points?\b|pts\b|pp\b|percent|times\b|shots?\b|epochs?\b|layers?\b|seeds?\b|runs?\b|steps?\b|Tesla\b|T\b|[KMGT]?B\b|k\b|ms\b|s\b|sec|seconds?\b|minutes?\b|hours?\b|h\b|days?\b|classes\b|categories\b|tasks\b|subjects\b|languages\b|domains\b|samples\b|images\b|videos\b|to\b|out\b|of\b|vs\b|versus\b|[-–])/;

/** A known name ending at `end` (its last token `last`, its label's base `base`), and a space after it. */
interface SpacedAt {
  text: string;
  tk: Tokens;
  entry: LexEntry;
  base: string;
  last: number;
  end: number;
  ctx: VariantContext;
  entryFor: (base: LexEntry, label: string) => LexEntry;
}

function spacedNumber({ text, tk, entry, base, last, end, ctx, entryFor }: SpacedAt): { entry: LexEntry; t1: number } | null {
  const d = text.charCodeAt(end + 1);
  if (d < 48 || d > 57) return null; // (cheap pre-check: a digit after the space)
  // (a name that ends in a number already, "WikiText-2", takes no second one)
  if (/\d$/.test(base)) return null;
  SPACED_NUMBER.lastIndex = end;
  const m = SPACED_NUMBER.exec(text);
  if (!m) return null;
  const num = m[1]!;
  if (/^\d\d$/.test(num) ? !base.includes(' ') : num[0] === '0') return null;
  if (QUANTITY_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 12))) return null;
  const label = `${base} ${num}`;
  if (ctx.otherKind(label) || ctx.otherKind(`${base}-${num}`)) return null;
  const t1 = tokenEndingAt(tk, last, end + m[0].length);
  if (t1 < 0) return null;
  return { entry: ctx.lookup(label) ?? ctx.lookup(`${entry.label} ${num}`) ?? ctx.lookup(entry.label + num) ?? entryFor(entry, label), t1 };
}

/**
 * A size in thousands or millions after a space, as the glued form names a subset ("MovieLens 1M", "COCO-Stuff 164K",
 * "MovieLens 100K": the same data sets as "MovieLens-1M"); not a count of what the data holds ("COCO 118K images",
 * "C4 10M tokens").
 */
const SPACED_SIZE = / (\d{1,4}(?:\.\d)?[KM])(?![A-Za-z0-9\-+/]|[.,]\d)/y;
const CONTEXT_LENGTH = /^(?:2|4|8|16|32|64|128|256|512)K$/;
/** Lower-case words that may follow a data set named with its size: its noun, a conjunction, a preposition. */
const AFTER_NAMED_SIZE = /^\s+(?:datasets?|benchmarks?|data|subsets?|splits?|versions?|corpus|and|or|with|on|in|for|at|by|from|as|to|under|where|which|while|dataset's)\b/;

function spacedSize({ text, tk, entry, base, last, end, ctx, entryFor }: SpacedAt): { entry: LexEntry; t1: number } | null {
  // (a name that ends in a size or a number already, "MovieLens-20M", "Flickr30k", "WikiText-2", takes no second one)
  if (/\d[KMBkmb]?$/.test(base)) return null;
  SPACED_SIZE.lastIndex = end;
  const m = SPACED_SIZE.exec(text);
  if (!m) return null;
  const size = m[1]!;
  // (a power of two in thousands is a context length: "RULER 4K diagnostics", "LongBench 16K"; an entry whose label
  // has the size already is that data set, "Conceptual Captions 3M" is CC3M)
  if (CONTEXT_LENGTH.test(size) || entry.label.toUpperCase().endsWith(size)) return null;
  // (a lower-case word after the size must go with a name: a data noun, a conjunction, a preposition; any other counts
  // what the data holds, "COCO 118K training images", "MS MARCO 8.8M passages", "RULER 100K context")
  const after = text.slice(end + m[0].length, end + m[0].length + 16);
  if (QUANTITY_AFTER.test(after) || (/^\s+[a-z]/.test(after) && !AFTER_NAMED_SIZE.test(after))) return null;
  const label = `${base}-${size}`;
  if (ctx.otherKind(label)) return null;
  const t1 = tokenEndingAt(tk, last, end + m[0].length);
  if (t1 < 0) return null;
  return { entry: ctx.lookup(label) ?? ctx.lookup(`${entry.label}-${size}`) ?? entryFor(entry, label), t1 };
}

/**
 * One or two capitalised words, or a part's letter ("ShanghaiTech A", "ShanghaiTech Part B"), after a space, then what
 * ends a list's item (", ", ";", ")", " and ", " or ") or a data noun, of its own or of the list it opens (group 2: "the
 * LSUN Bedroom dataset", "the widely used KITTI Stereo and Cityscapes datasets").
 */
const SPACED_SUBSET = / ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?|(?:Part )?[A-D])(?=\s*[,;)]|(\s+(?:dataset|benchmark)s?\b|\s+(?:and|or)\s+(?:[\w+-]+\s+){1,3}(?:datasets|benchmarks)\b)|\s+(?:and|or)\s)/y;
/** What stands before a list's item: a separator, a list's lead, or "on" ("71.2% on SimplerEnv Fractal and 49.3% on …"). */
const ITEM_BEFORE = /(?:[,;(:]|\b(?:and|or|including|namely|as|on(?: the)?))\s*$/;
/**
 * Words that are no subset's name: a summary score, a split, a metric, a head noun, what the data hold, a language
 * ("MATH Overall", "MNIST Digits"), or a title's next word ("a Survey on Anti-UAV Methods, …").
 */
const NOT_SUBSET_WORD = /^(?:Overall|Average|Avg|Mean|Total|Test|Tests|Dev|Development|Validation|Val|Train|Training|Benchmark|Benchmarks|Benchmarking|Dataset|Datasets|Data|Database|Databases|Corpus|Corpora|Suite|Challenge|Task|Tasks|Methods?|Models?|Approaches|Techniques|Systems?|Images?|Videos?|Texts?|Digits|Samples|Questions|Accuracy|Score|Scores|Results?|Performance|Metric|Metrics|Leaderboard|Split|Splits|Subset|Subsets|Set|Sets|Treebanks?|Knowledge|Embeddings?|Vectors?)$/;
/** Languages: a corpus's part in one language is the corpus to readers ("XNLI Swahili", "OSCAR Pashto"). */
const LANGUAGE_WORDS = new Set(heads.languageNames.words);

/**
 * A named subset of a known benchmark written after it with a space, as an item of a list ("TimeQA v2, FreshQA v2,
 * HaluEval General, MMLU Global Facts, and TruthfulQA"; "BLiMP, BLiMP Supplement, EWoK"): one or two capitalised words
 * between list separators. A split, a metric, a head noun or a language after the name is none ("MMLU Accuracy",
 * "XNLI English").
 */
function listedSubset({ text, tk, entry, base, last, end, ctx, entryFor }: SpacedAt, start: number): { entry: LexEntry; t1: number } | null {
  const d = text.charCodeAt(end + 1);
  if (d < 65 || d > 90) return null; // (cheap pre-check: a capital after the space)
  SPACED_SUBSET.lastIndex = end;
  const m = SPACED_SUBSET.exec(text);
  // (before a data noun, the words name the data wherever it stands: "On the LSUN Bedroom dataset, …")
  if (!m || (m[2] === undefined && !ITEM_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) return null;
  const words = m[1]!.split(' ');
  if (words.some((w) => NOT_SUBSET_WORD.test(w) || LANGUAGE_WORDS.has(w) || ctx.lookup(w) !== undefined || ctx.otherKind(w))) return null;
  const label = `${base} ${m[1]!}`;
  if (ctx.otherKind(label)) return null;
  const t1 = tokenEndingAt(tk, last, end + m[0].length);
  if (t1 < 0) return null;
  return { entry: ctx.lookup(label) ?? entryFor(entry, label), t1 };
}

/** The token after `last` that ends exactly at `at`, or -1 (the variant must end on a token boundary). */
function tokenEndingAt(tk: Tokens, last: number, at: number): number {
  for (let t = last + 1; t < tk.n && tk.start[t]! < at; t++) if (tk.end[t] === at) return t;
  return -1;
}

/** Lower case, no separators: how the lexicon keys names. */
/**
 * The name a variant's label is built on: the entry's label when the text writes that name (in another case or
 * spacing), the text's own spelling when it is another alias of the entry ("PMC-InterCPT", not "PubMed Central-InterCPT").
 */
export function baseLabel(surface: string, entryLabel: string): string {
  return flat(surface) === flat(entryLabel) ? entryLabel : surface;
}

/** A name for comparison: lower case, without spaces, hyphens and underscores. */
export function flat(s: string): string {
  return s.toLowerCase().replace(/[\s\-_]+/g, '');
}

const LOWER_PREFIXES = new Set(heads.datasetPrefixes.words);
/** Words that end up before a hyphen by a typo or a range ("datasets-IEMOCAP", "to-FHIRPath", "The-DRIFT"). */
const FUNCTION_PREFIX = /^(?:the|a|an|to|of|on|in|and|or|for|from|with|by|via|base|pre|post|non|semi|multi|cross|sub|anti|datasets?|benchmarks?|methods?|models?|tasks?)$/i;

/**
 * A prefix glued by a hyphen before a known benchmark, making a benchmark of its own: "V-COCO", "Video-MMMU",
 * "N-Caltech101", "Anomaly-ShapeNet", "mini-ImageNet" (issue 11: glued variants). `t0` is the benchmark's first
 * token; returns the prefix's token, or -1. The prefix is one capitalised or coined word (or a lower-case one of
 * `heads.json` → `datasetPrefixes`) standing after a space or a parenthesis, not a known model or technique (but an
 * acronym of one, "MCP-AgentBench"), a
 * function word, or a token another entity took. A kind of data or a language is a prefix too ("Video-MMMU",
 * "Chinese-SimpleQA", "Global-MMLU": editions of the benchmark).
 */
export function datasetPrefixToken(text: string, tk: Tokens, t0: number, taken: Uint8Array, otherKind: (name: string) => boolean): number {
  if (t0 === 0) return -1;
  const s = tk.start[t0]!;
  const p = t0 - 1;
  if (text.charCodeAt(s - 1) === 32) return spacedPrefixToken(text, tk, t0, taken, otherKind);
  if (text.charCodeAt(s - 1) !== 45 || tk.end[p] !== s - 1 || taken[p]) return -1;
  const ps = tk.start[p]!;
  if (ps > 0) {
    const c = text.charCodeAt(ps - 1);
    // (one prefix, not a chain of them; the line break after the title starts the abstract's first word)
    if (c !== 32 && c !== 10 && c !== 40 && c !== 91 && c !== 34 && c !== 8220) return -1;
  }
  const prefix = text.slice(ps, tk.end[p]!);
  if (prefix.length > 14 || FUNCTION_PREFIX.test(prefix)) return -1;
  if (!/^[A-Z0-9][A-Za-z0-9]*$/.test(prefix) && !LOWER_PREFIXES.has(prefix)) return -1;
  // (an acronym of a technique glued before a benchmark names an edition of it: "MCP-AgentBench", "MCP-SafetyBench")
  if (otherKind(prefix) && !/^[A-Z]{2,5}$/.test(prefix)) return -1;
  return p;
}

/** A capitalised word, or capitalised words joined by hyphens ("Split", "Audio-Vision"), of four letters or more. */
const SPACED_PREFIX = /^[A-Z][a-z]{3,}(?:-[A-Z][a-z]{2,})*$/;
/**
 * Capitalised words before a benchmark that describe it or name its owner, not an edition of it ("the Standard
 * ImageNet", "Mozilla Common Voice", "Microsoft COCO"): the benchmark alone is meant.
 */
const NOT_SPACED_PREFIX =
  /^(?:Standard|Original|Full|Public|Clean|Entire|Whole|Popular|Classic|Classical|Large|Small|Challenging|Official|Benchmark|Dataset|Datasets|Subset|Test|Validation|Training|Existing|Several|Multiple|Various|Both|Other|Extensive|Recent|Common|Widely|Latest|Mozilla|Microsoft|Facebook|Google|Stanford|Princeton|Berkeley|Kaggle|Amazon|Apple|Nvidia|Alibaba|Baidu|Tencent|Meta|Openai|Allen|Hugging|Huggingface|Pascal|Results?|Experiments?|Evaluations?|Using|Across|Extensive|Notably|Moreover|However|Furthermore|Finally|Specifically)$/;
/** What may follow the benchmark after a spaced prefix: the end of a list item or a head noun. */
const AFTER_SPACED_VARIANT = /^(?:[,;:)]|\.(?![A-Za-z0-9])|$|\s+(?:and|or|datasets?|benchmarks?|tasks?|splits?|show|shows|demonstrate|demonstrates|confirm|reveal)\b)/;
/**
 * The word or separator that may stand before a spaced prefix: a list separator, a colon opening a list, or a
 * preposition of evaluation, with "the" after it ("datasets: Corrupted CIFAR-10, …", "on the Split CIFAR-100 dataset").
 */
const BEFORE_SPACED_PREFIX = /(?:[,:]|\(|\b(?:and|or|on|from|using|including|across|of|with|to|in)(?:\s+the)?)\s$/;

/**
 * A capitalised word written before a known benchmark with a space, naming an edition of it: "Split CIFAR-100",
 * "Moving MNIST", "Audio-Vision MNIST", "Global PIQA" (issue 11: a parent kept beside its variant). Only inside an
 * evaluation phrase or a list (after "on", "and", a comma…; never at a sentence start or in title case, where any word
 * is capitalised), when the benchmark ends the list item, and never a descriptive, owner or known entity word.
 */
function spacedPrefixToken(text: string, tk: Tokens, t0: number, taken: Uint8Array, otherKind: (name: string) => boolean): number {
  const s = tk.start[t0]!;
  let ws = s - 1;
  while (ws > 0 && text.charCodeAt(ws - 1) > 32) ws--;
  if (ws === s - 1 || s - 1 - ws > 30) return -1;
  const c = text.charCodeAt(ws);
  if (c < 65 || c > 90) return -1; // (cheap pre-check: a capital starts the prefix)
  const prefix = text.slice(ws, s - 1);
  if (!SPACED_PREFIX.test(prefix) || NOT_SPACED_PREFIX.test(prefix) || FUNCTION_PREFIX.test(prefix)) return -1;
  if (!BEFORE_SPACED_PREFIX.test(text.slice(Math.max(0, ws - 12), ws))) return -1;
  // the benchmark ends its item: past its word ("CIFAR-100", "MNIST,") comes a separator or a head noun
  let we = s;
  while (we < text.length && text.charCodeAt(we) > 32) we++;
  while (we > s && /[,;:.)]/.test(text[we - 1]!)) we--;
  if (!AFTER_SPACED_VARIANT.test(text.slice(we, we + 14))) return -1;
  let p = t0 - 1;
  while (p > 0 && tk.start[p]! > ws) p--;
  if (tk.start[p] !== ws) return -1;
  for (let t = p; t < t0; t++) if (taken[t]) return -1;
  // (a compound of such words is an edition: "Audio-Vision MNIST")
  if (NOT_DATA_PREFIX_WORDS.has(prefix.toLowerCase())) return -1;
  if (otherKind(prefix)) return -1;
  return p;
}

/** Kinds of data, languages and fields (heads.json → notDatasetNames): "Turkish MMLU" is MMLU in Turkish, "Vision" no edition. */
const NOT_DATA_PREFIX_WORDS = new Set(heads.notDatasetNames.words.map((w) => w.toLowerCase()));

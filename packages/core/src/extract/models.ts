/**
 * Model names: a family from the lexicon (lexicons/models.json) at a word boundary, then a tail read by pattern —
 * version ("2", "3.1", "4o", "R1"), size ("7B", "350M", "8x7B"), variant words ("Instruct", "chat", "Sonnet") and
 * "v0.1" revisions, in any of the orders seen in abstracts ("Llama 2 7B", "LLaMA-2-7b-chat-hf", "Qwen3:32B",
 * "Claude Sonnet 4"). Enumerations ("Llama-2 7B and 13B", "Qwen2.5 (1.5B/7B/72B)", "GPT-2 Large/XL") expand to one
 * model each. So unseen versions and sizes need no lexicon entry.
 */
import type { ModelInfo } from '../types.ts';
import lexicon from './lexicons/models.json' with { type: 'json' };
import { cleanText, codeAt, isAsciiAlnum, slugify, tokenize, tokenWords, tokLower, registerFirst, mayStart, firstWordLower, firstWordMayStart, firstTokenAfter, withoutFinal, type Tokens } from './tokens.ts';
import { FIRST_TOKEN_BITS } from './first-token-bits.ts';
import { initialsSpell } from './acronyms.ts';
import { addListedModels, addPrefixedModels, addShapedModels, compoundUsedAsModel, isCreatorName, isKnownTechniqueOrData, isTechniqueOrData } from './model-shapes.ts';

const FAMILY_BIT = FIRST_TOKEN_BITS.modelFamilies;

interface Family {
  label: string;
  style: 'join' | 'hyphen' | 'dot';
  caseSensitive: boolean;
  require: 'version' | 'size' | null;
  forms: Set<string>; // separator-free exact spellings
  /** A tier named alone with its version ("Sonnet 4.5", "Opus 4.6"): the family it is a tier of. */
  tierOf?: Family;
  /** The releases a family's names have (lower case), where any other number after it is something else ("MiniMax-2"). */
  release?: RegExp;
  /** Written in capitals, read only with a dotted release ("LUMINA 2.0"), never with a whole number ("LUMINA-26"). */
  capitalsDottedOnly?: boolean;
}

interface FamilyForm {
  toks: string[];
  family: Family;
  /** The form with a version letter glued on ("MobileNetV2" tokenises as mobilenetv|2): the letter, else undefined. */
  gluedLetter?: string;
  /** The plural of a one-word form written with its capitals ("ViTs", "ResNets", "DETRs"): that exact spelling. */
  plural?: string;
  /** An abbreviation of the family ("SD" for Stable Diffusion): a model only as written and with a release version. */
  abbreviation?: string;
  /** The tokens' hashes (as the tokenizer computes them), compared before the strings; set on first use. */
  hashes?: number[];
}

interface ModelLexicon {
  groups: { provenance: string; style: string; caseSensitive?: boolean; require?: string; release?: string; entries: string[] }[];
  caseSensitive: string[];
  requireSize: string[];
  variants: { provenance: string; words: string[]; drop: string[]; spacedLowercase: string[]; hyphenOnly: string[] };
  variantAlias: { provenance: string; map: Record<string, string> };
  bareByTopic: { provenance: string; families: Record<string, { topic: string; not?: string; longForm: string; as: string }> };
  spellingsByTopic: { provenance: string; spellings: Record<string, string> };
  glued: { provenance: string; versionLetters: Record<string, string>; sizeLetterFamilies: string[]; sizeLetters: string; lettersAfterHyphen: string[]; scoreLetterFamilies: string[]; taskTails: string[] };
  versionAfterVariantFrom: { provenance: string; families: Record<string, number> };
  tuningTailsAfterSize: { provenance: string; words: string[]; except: string[] };
  tiersNamedAlone: { provenance: string; families: Record<string, string[]> };
  tierTails: { provenance: string; tiers: string[]; words: string[] };
  languagePrefixes: { provenance: string; words: string[] };
  versionedLabels: { provenance: string; families: Record<string, string> };
  depthFamilies: { provenance: string; families: string[]; depths: Record<string, number[]> };
  revisionVersions: { provenance: string; families: string[] };
  plainVersions: { provenance: string; families: string[]; zeroMinorFrom: Record<string, number> };
  hyphenMinorVersions: { provenance: string; families: string[] };
  capitalVersionLetter: { provenance: string; families: Record<string, 'hyphen' | 'glued'> };
  creatorPrefixes: { provenance: string; words: string[] };
  dimensionFamilies: { provenance: string; words: string[] };
  abbreviations: { provenance: string; forms: Record<string, { family: string; versions: string }> };
  taskPhrases: { provenance: string; forms: string[] };
  capitalsDottedReleaseOnly: { provenance: string; families: string[] };
}

const LEX = lexicon as ModelLexicon;
const FIRST = new Map<string, FamilyForm[]>();
const FAMILY_BY_LOWER = new Map<string, Family>();
const CS = new Set(LEX.caseSensitive);
const REQ_SIZE = new Set(LEX.requireSize);
const CAPITALS_DOTTED_ONLY = new Set(LEX.capitalsDottedReleaseOnly.families);
const VARIANTS = new Map<string, string>();
for (const w of LEX.variants.words) if (!VARIANTS.has(w.toLowerCase())) VARIANTS.set(w.toLowerCase(), w);
for (const [k, v] of Object.entries(LEX.variantAlias.map)) VARIANTS.set(k, v);
const VERSION_AFTER = new Map(Object.entries(LEX.versionAfterVariantFrom.families));
const TUNING_TAILS = new Set(LEX.tuningTailsAfterSize.words);
const TUNING_FIRST = new Set(LEX.tuningTailsAfterSize.except);
const REVISION_STYLE = new Set(LEX.revisionVersions.families);
const PLAIN_VERSIONS = new Set(LEX.plainVersions.families);
/** Families whose labels write a release's "v" as a capital, after a hyphen ("DeepSeek-V3") or glued ("MobileNetV2"). */
const CAPITAL_VERSION_LETTER = new Map(Object.entries(LEX.capitalVersionLetter.families));
const ZERO_MINOR_FROM = new Map(Object.entries(LEX.plainVersions.zeroMinorFrom));
const HYPHEN_MINOR = new Set(LEX.hyphenMinorVersions.families);
/** The minor version of an API id after a one-digit major version: "-5" in "claude-haiku-4-5" (not "-5B", "-50"). */
const HYPHEN_MINOR_TAIL = /-(\d)(?![\dA-Za-z]|\.\d)/y;
/** The omni letter of a GPT release written after a hyphen ("GPT-4-o", "GPT-4-o-mini", "GPT4-O"). */
const OMNI_TAIL = /-[oO](?![A-Za-z0-9])/y;
/** A creator's name right before a model, across a space or a hyphen ("OpenAI o1", "OpenAI-o3", "Meta Llama 3"). */
const CREATOR_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z0-9-])(${LEX.creatorPrefixes.words.map((w) => w.replace(/ /g, '\\s')).join('|')})([\s-])$`);

/**
 * The model's name with the creator's written before it ("OpenAI o1" for the hit "o1"), or undefined: readers write
 * both, "o1" and "OpenAI o1", so the node keeps the longer spelling as an alias.
 */
export function withCreator(text: string, start: number, surface: string, family?: string): string | undefined {
  const before = text.slice(Math.max(0, start - 14), start);
  const m = CREATOR_BEFORE.exec(before);
  if (m) return `${m[1]}${m[2]}${surface}`;
  // ("GPT o3": the o-series written after "GPT" and a space, as "GPT-o3" is read whole already)
  return family === 'o' && /(?:^|[^A-Za-z0-9-])GPT\s$/.test(before) ? `GPT ${surface}` : undefined;
}
const DROP = new Set(LEX.variants.drop.map((w) => w.toLowerCase()));
const SPACED_LOWER = new Set(LEX.variants.spacedLowercase);
/** Release tiers read in lower case after a spaced version too ("Claude 3.5 sonnet", "GPT3.5 turbo", "Gemini 2.5 pro"):
 * right after a version, and not joined to a word after them ("Gemini 2.5 pro-level reasoning"), they name nothing else. */
const LOWER_TIERS_AFTER_VERSION = new Set(['sonnet', 'opus', 'haiku', 'turbo', 'pro', 'flash']);
/** Of those, the common words, read in lower case only after Gemini's versions ("GPT-4 pro and con" is no release). */
const GEMINI_ONLY_TIERS = new Set(['pro', 'flash']);
/** Variants read only after a hyphen: a product line ("Qwen-Image-2.0", "Qwen-Image-Edit"), spaced a common word ("the CLIP Image Encoder"). */
const HYPHEN_ONLY = new Set(LEX.variants.hyphenOnly.map((w) => w.toLowerCase()));
const SIZE_WORDS = new Set(['base', 'small', 'medium', 'large', 'xl', 'xxl', 'mini', 'tiny', 'huge', 'giant']);
/** Families whose sizes are one letter glued to the version ("YOLOv8n", "YOLO11x"). */
const GLUED_SIZE_FAMILIES = new Set(LEX.glued.sizeLetterFamilies);
/** Families whose sizes are one capital after a hyphen, with a patch size ("ViT-B/16", "Swin-T", "DeiT-S"). */
const LETTER_SIZE_FAMILIES = new Set(LEX.glued.lettersAfterHyphen);
const PATCH = /\/\d{1,2}(?!\d|\.\d)/y;
/** Modality tails read after a release tier ("Flash Image", "Pro TTS"), as written (lexicons/models.json tierTails). */
const TIER_TAILS = new Set(LEX.tierTails.words);
const TIER_TAIL_TIERS = new Set(LEX.tierTails.tiers);
/** Task tails of the families that release one checkpoint per task (lexicons/models.json glued.taskTails), by lower case. */
const TASK_TAILS = new Map(LEX.glued.taskTails.map((w) => [w.toLowerCase(), w]));
/** Does a name go on at `pos` (a hyphen and a letter or digit, or a letter or digit)? */
function continues2(text: string, pos: number): boolean {
  return LETTER_CONTINUES.test(text.slice(pos, pos + 2));
}

/** Is `w` (lower case) a size letter glued to a family that writes its sizes so? */
/** A hyphen and a letter or digit right after a size letter ("YOLOv8-s-seg" is read no further, "-x-y" is no size). */
const LETTER_CONTINUES = /^-[A-Za-z0-9]|^[A-Za-z0-9]/;

function gluedSizeLetter(family: Family, w: string): boolean {
  return w.length === 1 && GLUED_SIZE_FAMILIES.has(family.label) && LEX.glued.sizeLetters.includes(w);
}

/** The label of a head and its parts: hyphens between them, none before a glued part. */
function joinParts(head: string, parts: readonly Part[]): string {
  let out = head;
  for (const p of parts) out += (p.glued ? '' : '-') + p.text;
  return out;
}

for (const group of LEX.groups) {
  for (const spec of group.entries) {
    const forms = spec.split('|').map((s) => s.trim());
    const label = forms[0]!;
    const family: Family = {
      label,
      style: group.style === 'join' || group.style === 'dot' ? group.style : 'hyphen',
      caseSensitive: Boolean(group.caseSensitive) || CS.has(label),
      require: (group.require as 'version' | undefined) ?? (REQ_SIZE.has(label) ? 'size' : null),
      forms: new Set(forms.map((f) => f.replace(/[\s\-_]+/g, ''))),
    };
    if (group.release !== undefined) family.release = new RegExp(group.release);
    if (CAPITALS_DOTTED_ONLY.has(label)) family.capitalsDottedOnly = true;
    for (const f of forms) {
      const toks = tokenWords(f);
      if (!toks.length) continue;
      registerFirst(toks[0]!, FAMILY_BIT);
      const list = FIRST.get(toks[0]!) ?? [];
      list.push({ toks, family });
      FIRST.set(toks[0]!, list);
      if (!FAMILY_BY_LOWER.has(toks.join(''))) FAMILY_BY_LOWER.set(toks.join(''), family);
      // "Vision Transformers (ViTs)", "ResNets": the plural of a name with two capitals or more names the family (a
      // plain word's plural does not: "Falcons", "Llamas"; nor does a short acronym's: "GLMs" are generalised linear
      // models)
      if (toks.length === 1 && /^[A-Za-z]+$/.test(f) && /[A-Z].*[A-Z]/.test(f) && !/^[A-Z]{1,3}$/.test(f) && family.require === null && !/s$/i.test(f)) {
        const plural = toks[0]! + 's';
        registerFirst(plural, FAMILY_BIT);
        const pl = FIRST.get(plural) ?? [];
        pl.push({ toks: [plural], family, plural: f + 's' });
        FIRST.set(plural, pl);
      }
      // a name of two words or more, all letters, also written glued ("QwenVL", "DepthAnything", "CodeLlama", "OpenSora":
      // about 90 mentions in the 2025-26 corpus); a case-sensitive family still needs its capitals (forms)
      if (toks.length > 1 && /^[A-Za-z][A-Za-z\s\-_]*[A-Za-z]$/.test(f)) {
        const glued = toks.join('');
        const gl = FIRST.get(glued) ?? [];
        if (!gl.some((x) => x.toks.length === 1)) {
          registerFirst(glued, FAMILY_BIT);
          gl.push({ toks: [glued], family });
          FIRST.set(glued, gl);
        }
      }
      // one-word names ending in a letter also take a version letter glued on ("InceptionV3", "EfficientNetB0"); so
      // does the last word of a hyphenated name ("RT-DETRv2", "YOLO-Worldv2": 12 papers of the 2025-26 corpus)
      if (toks.length === 1 && /[a-z]$/.test(toks[0]!) && f === label) {
        for (const letter of LEX.glued.versionLetters[label] ?? LEX.glued.versionLetters['*'] ?? '') {
          const glued = toks[0]! + letter;
          registerFirst(glued, FAMILY_BIT);
          const gl = FIRST.get(glued) ?? [];
          gl.push({ toks: [glued], family, gluedLetter: letter });
          FIRST.set(glued, gl);
        }
      } else if (toks.length > 1 && /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(f) && /[A-Za-z]$/.test(f) && f === label) {
        const lastTok = toks[toks.length - 1]!;
        for (const letter of LEX.glued.versionLetters['*'] ?? '') {
          const list = FIRST.get(toks[0]!)!;
          list.push({ toks: [...toks.slice(0, -1), lastTok + letter], family, gluedLetter: letter });
        }
      }
    }
  }
}

// tiers named without their family ("Sonnet 4.5" is Claude's): only with a version, only as written
for (const [familyLabel, tiers] of Object.entries(LEX.tiersNamedAlone.families)) {
  const of = FAMILY_BY_LOWER.get(familyLabel.toLowerCase())!;
  for (const tier of tiers) {
    const family: Family = { label: tier, style: 'hyphen', caseSensitive: true, require: 'version', forms: new Set([tier]), tierOf: of };
    const w = tier.toLowerCase();
    registerFirst(w, FAMILY_BIT);
    const list = FIRST.get(w) ?? [];
    list.push({ toks: [w], family });
    FIRST.set(w, list);
  }
}

// abbreviations of a family ("SD" for Stable Diffusion): read only as written and with one of the family's releases
const ABBREVIATION_VERSIONS = new Map<string, RegExp>();
for (const [short, { family: target, versions }] of Object.entries(LEX.abbreviations.forms)) {
  const family = FAMILY_BY_LOWER.get(tokenWords(target).join(''))!;
  // (and with a version letter glued on: "SDv1.5")
  for (const letter of ['', 'v']) {
    const w = short.toLowerCase() + letter;
    registerFirst(w, FAMILY_BIT);
    const list = FIRST.get(w) ?? [];
    list.push(letter ? { toks: [w], family, abbreviation: short, gluedLetter: letter } : { toks: tokenWords(short), family, abbreviation: short });
    FIRST.set(w, list);
  }
  ABBREVIATION_VERSIONS.set(short, new RegExp(versions));
}
/**
 * Every name the model lexicon gives a family, by its lower-cased words joined, whatever the family requires to be
 * read (a version: SAM, GPT; a size: Alpaca): its forms, the tiers named alone, the abbreviations.
 */
let namedFamilies: Map<string, { family: Family; abbreviation?: string }> | undefined;
// (made on first use: only the review tools ask, never extraction)
function namedFamiliesMap(): Map<string, { family: Family; abbreviation?: string }> {
  if (namedFamilies) return namedFamilies;
  namedFamilies = new Map();
  for (const forms of FIRST.values()) {
    for (const { toks, family, gluedLetter, plural, abbreviation } of forms) {
      const key = toks.join('');
      if (gluedLetter || plural || namedFamilies.has(key)) continue;
      namedFamilies.set(key, abbreviation ? { family, abbreviation } : { family });
    }
  }
  return namedFamilies;
}

/**
 * The model family a name is, as the lexicon writes it, and what the family needs to be read as a model (`SAM` →
 * Segment Anything Model, read only with a version; `SD` → Stable Diffusion, likewise; `Alpaca` only with a size);
 * undefined when no family has the name. Unlike canonicalModel, it answers for names read only under a rule; like it,
 * a case-sensitive family's name counts only with its capitals (`TITAN` is not Amazon's Titan).
 */
export function familyNamed(name: string): { label: string; require: 'version' | 'size' | null } | undefined {
  const named = namedFamiliesMap().get(tokenWords(name).join(''));
  if (!named) return undefined;
  const { family, abbreviation } = named;
  const written = name.replace(/[\s\-_]+/g, '');
  if (abbreviation !== undefined ? written !== abbreviation : family.caseSensitive && !family.forms.has(written)) return undefined;
  // (an abbreviation, like a tier named alone, is read only with a release)
  const label = family.tierOf ? `${family.tierOf.label} ${family.label}` : family.label;
  return { label, require: abbreviation !== undefined ? 'version' : family.require };
}

/** Short names that are also the task they name ("Segment Anything"), as written. */
const TASK_PHRASES = new Set(LEX.taskPhrases.forms);
/** Around such a phrase, the task: "to/towards Segment Anything", "Segment Anything in/with/without …". */
const TASK_BEFORE = /\b(?:to|[Tt]owards) $/;
const TASK_AFTER = /^ (?:in|with|without|across|from|under)\b/;

/** A statistic before a spaced abbreviation ("mean 4.2 (SD 1.5)", "SD = 1.5"): a standard deviation, not a model. */
const STATISTIC_AROUND = /(?:\(|=|±)\s*$/;

// longest form first (a stable sort: forms of one length keep the lexicon's order)
for (const list of FIRST.values()) list.sort((a, b) => b.toks.length - a.toks.length);

let MAX_FIRST = 0;
for (const k of FIRST.keys()) MAX_FIRST = Math.max(MAX_FIRST, k.length);

export interface ModelHit {
  slug: string;
  label: string;
  model: ModelInfo;
  surface: string;
  start: number;
  end: number;
}

type PartKind = 'size' | 'variant' | 'vversion' | 'sub';
interface Part {
  kind: PartKind;
  text: string;
  /** Written glued to what comes before it, without a hyphen ("YOLOv8n"). */
  glued?: boolean;
}

const RE_VERSION = /^(?:\d{1,2}(?:\.\d{1,2})*[a-z]?|[a-z]\d{1,2}(?:\.\d{1,2})?)$/;
const RE_SCORE_LIKE = /^\d{2}\.\d{2}$/;
const RE_O_VERSION = /^[1-9]$/;
/** A dimension read as a version's digit and letter: "2d", "3d", "4d". */
const RE_DIMENSION = /^[234]d$/;
/** Nouns of a task or a representation after a dimension: "3D reconstruction", "3D point clouds". */
const DIMENSION_OF =
  /^[\s-](?:reconstruction|segmentation|detection|generation|understanding|perception|tracking|pose|localization|localisation|mapping|grounding|scenes?|shapes?|point|data|space|geometry|representations?|tasks?|vision|model(?:l)?ing|imaging|features?|priors?|assets?|content|meshes|mesh)\b/i;
/** What a body model models, in lower case after a dimension: "SMPL-X 3D human model" ("SAM 3D Body" names a model). */
const DIMENSION_OF_LOWER = /^[\s-](?:humans?|bod(?:y|ies)|hands?|faces?|animals?|avatars?|characters?)\b/;
/** Is what follows a spaced dimension a task, a representation or a body it is the dimension of? */
function dimensionOf(after: string): boolean {
  return DIMENSION_OF.test(after) || DIMENSION_OF_LOWER.test(after);
}
/** A backbone's number of layers, which has three digits where versions have one or two ("ResNet-101", "DenseNet201"). */
const RE_DEPTH = /^[1-9]\d{2}$/;
const DEPTH_FAMILIES = new Set(LEX.depthFamilies.families);
/** Each depth family's published depths: the only numbers a slash list after one reads as its depths. */
const PUBLISHED_DEPTHS = new Map(Object.entries(LEX.depthFamilies.depths).map(([family, depths]) => [family, new Set(depths)]));
const RE_SIZE = /^(?:\d+(?:\.\d+)?[bm]|\d+x\d+(?:\.\d+)?b)$/;
const RE_VV = /^v\d+(?:\.\d+)*$/;
/** A release and a capitalised variant word glued together after a family ("2.5VL" of "Qwen2.5VL"). */
const GLUED_VERSION_VARIANT = /^(\d{1,2}(?:\.\d{1,2})?)([A-Z][A-Za-z]+)$/;
/**
 * The release and the variant of a glued tail ("2.5VL": 2.5 and VL), or null. Not a word read only after a hyphen
 * ("Qwen2Image" is no release of an image line), nor "Guard", whose product lines are named glued ("Qwen3Guard").
 */
function gluedVersionVariant(word: string): { version: string; variant: string } | null {
  const m = GLUED_VERSION_VARIANT.exec(word);
  if (!m) return null;
  const lw = m[2]!.toLowerCase();
  if (!VARIANTS.has(lw) || HYPHEN_ONLY.has(lw) || DROP.has(lw) || lw === 'guard') return null;
  return { version: m[1]!, variant: VARIANTS.get(lw)! };
}
const RE_ACTIVE = /^[ae]\d+(?:\.\d+)?b$/;
/** A mixture of experts' count of experts, written right after the size ("17B-128E"). */
const RE_EXPERTS = /^\d{1,3}e$/;
/**
 * A dated snapshot after a version or variant: MMDD ("GPT-4-0613"), YYMM ("Qwen3-4B-Instruct-2507"), YYYYMMDD; or a
 * numbered one, as Google numbers its API models ("Gemini-2.0-Flash-001", "gemini-2.0-flash-lite-001").
 */
const RE_SNAPSHOT = /^(?:(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])|2[3-9](?:0[1-9]|1[0-2])|20[2-3]\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])|00[1-9])$/;
/** The month and day after a snapshot year ("gpt-4o-2024-08-06"). */
const SNAPSHOT_MONTH_DAY = /-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?![A-Za-z0-9])/y;
// (never across the line break between the title and the abstract: "… for Vision Transformers" + "Vision …")
const TAIL = /(:|[^\S\n]?-[^\S\n]?|_|[^\S\n]|)([A-Za-z0-9]+(?:\.[0-9]+[A-Za-z0-9]*)*)/y;
/** A word in square brackets right after a name, or after a space ("FLUX.1 [dev]"). */
const BRACKETED_VARIANT = / ?\[([A-Za-z]+)\]/y;
/** Variant words that, in square brackets, mark a token or a part ("the LLaVA [Image] token"), not a release. */
const BRACKET_NOT_TIERS = new Set([...HYPHEN_ONLY, 'vision', 'audio', 'video', 'text', 'omni', 'embedding']);
const LIKE = /-(?:like|style|esque|inspired|ish|type|alike)(?![A-Za-z])/iy;
/**
 * A likeness suffix ("-like", "-style"…) at `pos`. The name before it is still a mention (annotators count
 * "LLaMA-style" as naming LLaMA), but as an adjective: a size written before it is not the model's.
 */
function likeAfter(text: string, pos: number): boolean {
  LIKE.lastIndex = pos;
  return LIKE.test(text);
}
/** A version after a dot, for the families that write it so: ".1" in "FLUX.1-dev" (not ".1.5" or ".10x"). */
const DOT_VERSION = /\.(\d{1,2})(?![\d.]\d|[A-Za-z])/y;

function sizeText(w: string): string {
  return w.replace(/b$/i, 'B').replace(/m$/i, 'M').replace(/X/g, 'x');
}

interface Parsed {
  family: Family;
  version?: string;
  /** Index in parts before which the version was written ("Claude Sonnet 4": 1), 0 when right after the family. */
  versionAt: number;
  parts: Part[];
  end: number;
  /** The size was written before the family ("the 1.3B OPT"): no list of sizes follows it. */
  sizeBefore?: boolean;
}

/** Reads the tail after a family ending at `pos`. */
function parseTail(text: string, family: Family, pos: number, relaxed: boolean): Parsed {
  let version: string | undefined;
  let versionAt = 0;
  const parts: Part[] = [];
  let end = pos;
  let first = true;
  let hasSize = false;
  if (family.style === 'dot') {
    // "FLUX.1-dev", "TRELLIS.2": the version after a dot (TAIL reads no dot before a word)
    DOT_VERSION.lastIndex = pos;
    const m = DOT_VERSION.exec(text);
    if (m) {
      version = m[1]!;
      end = pos + m[0].length;
      first = false;
    }
  }
  for (;;) {
    // a release tier in square brackets, as the creators' model cards write FLUX's ("FLUX.1 [dev]", "FLUX.1[schnell]": 7
    // corpus papers), is the hyphenated name's
    BRACKETED_VARIANT.lastIndex = end;
    const bracketed = text.charCodeAt(end) === 91 || text.charCodeAt(end + 1) === 91 ? BRACKETED_VARIANT.exec(text) : null;
    const tier = bracketed && !BRACKET_NOT_TIERS.has(bracketed[1]!.toLowerCase()) ? VARIANTS.get(bracketed[1]!.toLowerCase()) : undefined;
    if (tier !== undefined) {
      parts.push({ kind: 'variant', text: tier });
      end = bracketed!.index + bracketed![0].length;
      first = false;
      continue;
    }
    TAIL.lastIndex = end;
    const m = TAIL.exec(text);
    if (!m) break;
    const sep = m[1]!;
    const word = m[2]!;
    const lw = word.toLowerCase();
    const spaced = sep === ' ';
    const glued = sep === '';
    if (glued && !first) break;
    const prev = parts[parts.length - 1];
    let ok = false;
    let extra = 0;
    let gluedTail: { version: string; variant: string } | null;
    if (
      first &&
      gluedSizeLetter(family, lw) &&
      (glued || (sep === '-' && (word === lw || /\d/.test(family.label)) && !LETTER_CONTINUES.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))))
    ) {
      // "YOLOv8n", and "YOLOv8-s" or "YOLOv12-N" as the same model (a capital after a hyphen: 23 corpus mentions after
      // a version, every one a detector's size, "outperforming YOLOv12-N by 3.7% and YOLOv13-N by 2.7%"; without a
      // version a score, "a YOLO-L score of 0.94")
      parts.push({ kind: 'variant', text: lw, glued: true });
      ok = true;
    } else if (sep === '-' && !hasSize && word.length === 1 && /[A-Z]/.test(word) && LETTER_SIZE_FAMILIES.has(family.label) && LEX.glued.sizeLetters.includes(lw)) {
      // "ViT-B/16": a size letter and the patch size
      PATCH.lastIndex = m.index + m[0].length;
      const patch = PATCH.exec(text);
      parts.push({ kind: 'variant', text: word + (patch ? patch[0] : '') });
      if (patch) extra = patch[0].length;
      ok = true;
    } else if (
      spaced &&
      prev?.kind === 'variant' &&
      TUNING_TAILS.has(prev.text) &&
      /^2[3-9](?:0[1-9]|1[0-2])$/.test(lw) &&
      /^\s*(?:[,.;:)\]]|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    ) {
      // a spaced YYMM release after the tuning, ending the name ("(Qwen3 4B Thinking 2507)"); not a spaced MMDD, nor a
      // count ("Qwen3 Instruct 2304 examples")
      parts.push({ kind: 'variant', text: word });
      ok = true;
    } else if (sep === '-' && !first && (version !== undefined || parts.length > 0) && (RE_SNAPSHOT.test(lw) || /^20[2-3]\d$/.test(lw))) {
      // a dated snapshot of the model ("GPT-4-0613", "gpt-4o-2024-08-06", "claude-3-haiku-20240307")
      let text2 = word;
      if (lw.length === 4 && lw.startsWith('20')) {
        SNAPSHOT_MONTH_DAY.lastIndex = m.index + m[0].length;
        const md = SNAPSHOT_MONTH_DAY.exec(text);
        if (md) {
          text2 += md[0];
          extra = md[0].length;
        }
      }
      if (extra > 0 || RE_SNAPSHOT.test(lw)) {
        parts.push({ kind: 'variant', text: text2 });
        ok = true;
      }
    } else if (sep === ':') {
      if (RE_SIZE.test(lw) && !hasSize) {
        parts.push({ kind: 'size', text: sizeText(word) });
        hasSize = true;
        ok = true;
      }
    } else if (first && glued && (gluedTail = gluedVersionVariant(word)) !== null) {
      // a version and a variant glued on ("Qwen2.5VL", "Qwen2VL-7B": 27 papers of the 2025-26 corpus) are the
      // hyphenated name's ("Qwen2.5-VL"); read apart, the glued tail had left the bare family
      version = gluedTail.version;
      versionAt = 0;
      parts.push({ kind: 'variant', text: gluedTail.variant });
      ok = true;
    } else if (
      version === undefined &&
      !hasSize &&
      (first || (prev?.kind === 'variant' && !glued)) &&
      (family.label === 'o' ? RE_O_VERSION.test(lw) : (RE_VERSION.test(lw) || (DEPTH_FAMILIES.has(family.label) && RE_DEPTH.test(lw))) && !RE_SIZE.test(lw) && !RE_VV.test(lw) && !RE_ACTIVE.test(lw)) &&
      !(spaced && /^[a-z]/.test(lw) && !/^[a-z]\d/.test(lw)) &&
      !(spaced && /^[a-z]/i.test(word) && word[0] === word[0]!.toLowerCase()) &&
      // a spaced two-digit number with two decimals is a score ("Video-GPT 34.97 vs. Kling 23.64"), not a release; so
      // is a fraction after a spaced dash ("Mean IoU: ViT - 0.69; Swin - 0.64")
      !(spaced && RE_SCORE_LIKE.test(lw)) &&
      !(sep.length > 1 && /^0\./.test(lw)) &&
      // a spaced "3D" before a task's or a representation's noun is its dimension ("VGGT 3D Reconstruction"); glued,
      // or before anything else, it names a model ("SAM3D", "SAM 3D produces …", "SAM 3D Body")
      !(spaced && RE_DIMENSION.test(lw) && dimensionOf(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
    ) {
      if (!(family.label === 'o' && !glued)) {
        // (a dimension keeps its capital: "SAM3D" is SAM-3D)
        version = /^[a-z]\d/.test(lw) || RE_DIMENSION.test(lw) ? word.toUpperCase() : lw;
        versionAt = parts.length;
        ok = true;
        // (an API id's hyphens only: "Claude 3-5 times faster" is no release)
        if (sep === '-' && HYPHEN_MINOR.has(family.tierOf?.label ?? family.label) && /^\d$/.test(lw)) {
          HYPHEN_MINOR_TAIL.lastIndex = m.index + m[0].length;
          const minor = HYPHEN_MINOR_TAIL.exec(text);
          if (minor) {
            version += '.' + minor[1]!;
            extra = minor[0].length;
          }
        }
        // ("GPT-4-o": the omni release's letter after a hyphen)
        if (family.label === 'GPT' && extra === 0 && /^\d(?:\.\d)?$/.test(lw)) {
          OMNI_TAIL.lastIndex = m.index + m[0].length;
          if (OMNI_TAIL.test(text)) {
            version += 'o';
            extra = 2;
          }
        }
      }
    } else if (RE_SIZE.test(lw) && !hasSize && (!glued || (first && /^\d/.test(word)))) {
      // (glued only right after the family: "Falcon40B", "OPT350M")
      parts.push({ kind: 'size', text: sizeText(word) });
      hasSize = true;
      ok = true;
    } else if (RE_VV.test(lw) && (!spaced || hasSize || first || prev?.kind === 'variant')) {
      // (after a space only right after the family: "DeepSeek V3", "Depth Anything V2", "Stable Diffusion v1.5", "RoMa
      // v2", "Inception v3"; or after a tier: "Whisper Large V3", "Nemotron Nano V2 12B", "Claude 3.5 Sonnet v2")
      parts.push({ kind: 'vversion', text: lw });
      ok = true;
    } else if (sep === '-' && hasSize && prev?.kind === 'size' && RE_EXPERTS.test(lw)) {
      // a mixture of experts' count after its size: "Llama-4-Scout-17B-16E-Instruct"
      parts.push({ kind: 'variant', text: word.toUpperCase() });
      ok = true;
    } else if (RE_ACTIVE.test(lw) && !glued && (!spaced || lw[0] === 'e' || prev?.kind === 'size')) {
      // (a spaced active size only right after the total: "Gemma 4 26B A4B", "Qwen3-VL 235B A22B"; "E2B" anywhere)
      parts.push({ kind: 'variant', text: word.toUpperCase() });
      ok = true;
    } else if (sep === '-' && !glued && TASK_TAILS.has(lw) && GLUED_SIZE_FAMILIES.has(family.label) && !continues2(text, m.index + m[0].length)) {
      // a per-task checkpoint of a detector family: "YOLOv8-Seg", "YOLOv8n-seg", "YOLOv11-OBB"
      parts.push({ kind: 'variant', text: TASK_TAILS.get(lw)! });
      ok = true;
    } else if (!glued && DROP.has(lw) && !spaced) {
      ok = true;
    } else if (!glued && prev?.kind === 'variant' && TIER_TAIL_TIERS.has(prev.text) && TIER_TAILS.has(word)) {
      // a modality tail after a release tier: "Gemini 2.5 Flash Image", "Gemini 2.5 Pro TTS"
      parts.push({ kind: 'variant', text: word });
      ok = true;
    } else if (!glued && VARIANTS.has(lw) && !(spaced && HYPHEN_ONLY.has(lw))) {
      const upper = word[0] !== word[0]!.toLowerCase();
      if (
        !spaced ||
        upper ||
        (SPACED_LOWER.has(lw) && !(hasSize && lw === 'base') && !(lw === 'nano' && family.label !== 'GPT')) ||
        (version !== undefined &&
          parts.length === 0 &&
          LOWER_TIERS_AFTER_VERSION.has(lw) &&
          (!GEMINI_ONLY_TIERS.has(lw) || family.label === 'Gemini') &&
          text.charCodeAt(m.index + m[0].length) !== 45) ||
        relaxed
      ) {
        // "LLaMA Large Language Model" is not a Large variant, nor "Stable-Diffusion Image-to-Image" an Image one
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10).toLowerCase();
        PART_HEAD_AFTER.lastIndex = m.index + m[0].length;
        if (!(spaced && SIZE_WORDS.has(lw) && /^ (?:language|model|vision|multimodal|scale|reasoning)/.test(after)) && !(spaced && lw === 'vision' && PART_HEAD_AFTER.test(text)) && !after.startsWith('-to-')) {
          parts.push({ kind: 'variant', text: VARIANTS.get(lw)! });
          ok = true;
        }
      }
    } else if (!spaced && !glued && prev?.kind === 'variant' && /^(?:davinci|ada|babbage|curie)$/i.test(prev.text) && /^\d{3}$/.test(lw)) {
      prev.text += '-' + lw;
      ok = true;
    } else if (sep === '-' && first && /^(?:text-)?davinci$/.test(family.label) && /^00\d$/.test(lw)) {
      // OpenAI's release of a completion model: "text-davinci-003", "davinci-002"
      parts.push({ kind: 'variant', text: lw });
      ok = true;
    } else if (!glued && prev?.kind === 'variant' && prev.text === 'Distill' && FAMILY_BY_LOWER.has(lw) && VARIANTS.get(lw) === undefined) {
      parts.push({ kind: 'sub', text: FAMILY_BY_LOWER.get(lw)!.label });
      ok = true;
    } else if (prev?.kind === 'sub' && !hasSize && /^\d{1,2}(?:\.\d)?$/.test(lw)) {
      // the creators drop the base model's version in distilled names: "Distill-Llama-3-8B" is "Distill-Llama-8B"
      ok = true;
    }
    if (!ok) break;
    end = m.index + m[0].length + extra;
    first = false;
  }
  const out: Parsed = { family, parts, end, versionAt };
  if (version !== undefined) out.version = version;
  return out;
}

/** A version after a name, not a size: "-4" of "Gemma-4", " 3.1" of "Llama 3.1" (not "-8B"). */
const VERSION_NOT_SIZE = /^[\s-]?\d{1,2}(?:\.\d{1,2})?(?![\d.]|[BMbm]\b)/;

/**
 * After a spaced "Vision": the name of a part or a kind of model, not a release ("the DINOv2 Vision Transformer
 * backbone", "a CLIP Vision encoder", "the Segment Anything Vision Foundation Model"; 20 of the 46 "-Vision" models
 * read in the corpus were these): the name ends before it. (Other variants keep theirs: "EVA-02 Large backbones",
 * "Llama 3.1 8b Instruct LLMs"; and "Llama 3.2 Vision language model" keeps its "Vision".) Read at the variant's end.
 */
const PART_HEAD_AFTER = / (?:transformers?|foundation|encoders?|backbones?|towers?)(?![a-z])/iy;

/** Families whose releases are named by a shorter name ("Segment Anything Model 2" is SAM 2). */
const VERSIONED_LABEL = new Map(Object.entries(LEX.versionedLabels.families));

function familyLabel(family: Family, version: string | undefined): string {
  if (version === undefined) return family.label;
  const short = VERSIONED_LABEL.get(family.label);
  if (short !== undefined) return `${short}-${version}`;
  const base = family.label;
  return family.style === 'join' ? base + version : family.style === 'dot' ? `${base}.${version}` : `${base}-${version}`;
}

const O_FAMILY: Family = { label: 'o', style: 'join', caseSensitive: true, require: 'version', forms: new Set(['o']) };

function build(p: Parsed, parts: Part[], surface: string, start: number, end: number): ModelHit {
  if (p.family.label === 'GPT' && p.version && /^O\d$/.test(p.version)) p = { ...p, family: O_FAMILY, version: p.version.slice(1) }; // "GPT-o3" is o3
  if (p.version !== undefined && REVISION_STYLE.has(p.family.label) && /^0\.\d+$/.test(p.version) && parts.some((x) => x.kind === 'size') && !parts.some((x) => x.kind === 'vversion')) {
    // "Mistral-0.3-7B" is Mistral-7B-v0.3 (the creator writes the revision after the size)
    const v = p.version;
    p = { ...p, versionAt: 0 };
    delete p.version;
    parts = [...parts, { kind: 'vversion', text: 'v' + v }];
  }
  if (p.version === undefined && parts.length > 0 && parts[0]!.kind === 'vversion' && PLAIN_VERSIONS.has(p.family.label) && /^v\d/.test(parts[0]!.text)) {
    // "LLaMA-v3", "LLaMAv2-7B": a family whose creators write the plain number (Llama-3, Llama-2-7B)
    p = { ...p, version: parts[0]!.text.slice(1), versionAt: 0 };
    parts = parts.slice(1);
  }
  const zeroFrom = ZERO_MINOR_FROM.get(p.family.label);
  if (zeroFrom !== undefined && p.version !== undefined && /^\d+\.0$/.test(p.version) && parseInt(p.version, 10) >= zeroFrom) {
    // "Claude-4.0-Sonnet", "Claude Opus 4.0" are Claude Sonnet 4, Claude Opus 4 (the creator writes no ".0")
    p = { ...p, version: p.version.slice(0, -2) };
  }
  const after = VERSION_AFTER.get(p.family.label);
  if (after !== undefined && p.version !== undefined) {
    // creator's order: "Claude 3.5 Sonnet" but "Claude Sonnet 4"
    // (tiers only: "Gemini Embedding 2" is a product line's own version, not a Gemini release)
    const nameIdx = parts.findIndex((x) => x.kind === 'variant');
    if (nameIdx === 0 && TIER_WORDS.has(parts[0]!.text.toLowerCase())) p = { ...p, versionAt: parseFloat(p.version) >= after ? 1 : 0 };
  }
  if (!(p.version !== undefined && p.versionAt > 0) && !TUNING_FIRST.has(p.family.label)) parts = sizeBeforeTuning(parts);
  const labelOf = (parts: readonly Part[]): string => {
    const texts = parts.map((x) => x.text);
    return p.version !== undefined && p.versionAt > 0
      ? [p.family.label, ...texts.slice(0, p.versionAt), p.version, ...texts.slice(p.versionAt)].join('-')
      : joinParts(familyLabel(p.family, p.version), parts);
  };
  // (the key is made from the label with a small "v", so that a family's spelling in the lexicon moves no node)
  const keyLabel = labelOf(parts);
  const capitalV = CAPITAL_VERSION_LETTER.get(p.family.label);
  const label = capitalV === undefined ? keyLabel : labelOf(parts.map((x, i) => (x.kind === 'vversion' ? { ...x, text: `V${x.text.slice(1)}`, glued: capitalV === 'glued' && i === 0 } : x)));
  const model: ModelInfo = { family: p.family.label };
  const size = parts.find((x) => x.kind === 'size');
  const vv = parts.find((x) => x.kind === 'vversion');
  if (p.version !== undefined) model.version = p.version;
  else if (vv) model.version = vv.text.slice(1);
  if (size) model.size = size.text;
  const variant = parts.filter((x) => x.kind === 'variant' || x.kind === 'sub').map((x) => x.text);
  if (variant.length) model.variant = variant.join('-');
  return { slug: slugify(keyLabel), label, model, surface, start, end };
}

/**
 * The parts with a size written after the checkpoint's tuning moved before it ("Qwen2-VL-Instruct-7B" is
 * Qwen2-VL-7B-Instruct): the creators' order and the guidelines' (lexicons/models.json tuningTailsAfterSize).
 */
function sizeBeforeTuning(parts: Part[]): Part[] {
  const at = parts.findIndex((x) => x.kind === 'size');
  if (at < 1 || parts[at - 1]!.kind !== 'variant' || !TUNING_TAILS.has(parts[at - 1]!.text)) return parts;
  let from = at - 1;
  while (from > 0 && parts[from - 1]!.kind === 'variant' && TUNING_TAILS.has(parts[from - 1]!.text)) from--;
  // ("Base" before a size in millions is an encoder's tier: "BERT-Base-110M", "T5-Base-220M")
  if (!parts[at]!.text.endsWith('B') && parts.slice(from, at).some((x) => x.text === 'Base')) return parts;
  return [...parts.slice(0, from), { ...parts[at]!, glued: false }, ...parts.slice(from, at), ...parts.slice(at + 1)];
}

/** A size letter after a slash ("/s" of "YOLOv8n/s"). */
const SIZE_LETTER_SEQ = /\/([a-zA-Z])(?![A-Za-z0-9])/y;
const ENUM_SEQ = /(\s*,\s*(?:and\s+|or\s+)?|\s*\/\s*|\s+and\s+|\s+or\s+|\s*&\s*)([A-Za-z0-9]+(?:\.[0-9]+[A-Za-z0-9]*)*)(?![A-Za-z0-9]|\.\d)/y;
/**
 * Sizes listed after a family, directly or after its plural noun: "Llama-2 at 7B and 13B", "Qwen2.5 models with
 * 1.5B, 3B, and 7B", "GPT-2 models at 124M, 355M, and 1.3B parameters" (group 1: the noun, 2: the preposition,
 * 3: "sizes", 4: the list, 5: "parameters"). Sizes in millions, and "of", only where the reading is a model's
 * size (see `enumeratedSizes`): "trained with 100M tokens" and "the accuracy of 7B" are not.
 */
const ENUM_AT = /(\s+(?:models|family|series|variants|checkpoints))?\s+(at|in|with|of)\s+(?:both\s+|(sizes?)\s+(?:of\s+)?)?((?:\d+(?:\.\d+)?[BM])(?:\s*(?:,|\/|and|or|&)\s*(?:and\s+)?\d+(?:\.\d+)?[BM])*)(?![A-Za-z0-9])(\s*(?:parameters|params)\b)?/y;
/** What a number counts when it is no model's size. */
const COUNTED_AFTER = /^(?:\s*(?:,|\band\b|\bor\b)\s*\d+(?:\.\d+)?[KMBT])?\s+(?:tokens|words|pairs|samples|examples|images|steps|active|activated|training|of)\b/;
/** "and" or a comma right before a family: the family ends a list of families. */
const FAMILY_LIST_BEFORE = /(?:,|\band|\bor)\s+$/;
/** The sizes of an ENUM_AT match that name models, or undefined. */
function enumeratedSizes(at: RegExpExecArray, text: string): string[] | undefined {
  // (a count of data or of active parameters: "Pythia checkpoints at 1B and 10B tokens", "with 30B and 3B activated
  // parameters")
  if (at[5] === undefined && COUNTED_AFTER.test(text.slice(at.index + at[0].length, at.index + at[0].length + 24))) return undefined;
  const items = at[4]!.split(/\s*(?:,|\/|&|\band\b|\bor\b)\s*/).filter(Boolean);
  const sized = at[3] !== undefined || at[5] !== undefined;
  // (in millions, a count of something else unless called parameters or sizes: "with 100M tokens")
  if (items.some((item) => item.endsWith('M')) && !sized) return undefined;
  // ("of" one size is the size of something else: "a gain of 7B"; a list or "sizes" is not)
  if (at[2] === 'of' && items.length < 2 && !sized) return undefined;
  // (after the plural noun, a list or "sizes"/"parameters": "Llama models with 7B" alone is as likely a budget)
  if (at[1] !== undefined && items.length < 2 && !sized) return undefined;
  return items;
}
/** Tuning words glued by hyphens after a list of sizes ("-Instruct", "-Chat"): SHARED_TAIL checks each is one. */
const SHARED_TAIL = /(?:-[A-Za-z]+)+(?![A-Za-z0-9\-\/]|\.\d)/y;
const METRIC_AFTER = /^[\s-](?:[Dd]istance|[Ss]cores?)\b/;
const DATASET_AFTER = /^(?:['’]s)?[\s-](?:test ?set|benchmark|dataset|corpus|data\b|eval\b)/i;
/** A describing word after a bare family's hyphen: "SAM-like", "SAM-generated masks". */
const BARE_DESCRIBED = /^-(?:like|style|based|generated|guided|powered|derived|assisted|predicted)(?![A-Za-z])/;
/** Spellings that are also words, read as their family only in a paper of its topic (models.json → spellingsByTopic). */
const SPELLING_TOPIC = new Map(Object.entries(LEX.spellingsByTopic.spellings).map(([spelling, topic]) => [spelling, new RegExp(topic, 'i')]));
/** A noun right before a symbol: "policy π0", "initial belief π0", "distribution π_0". */
const SYMBOL_NOUN_BEFORE = /\b(?:polic(?:y|ies)|priors?|beliefs?|distributions?|states?|probabilit(?:y|ies)|values?|parameters?)\s+$/i;
/** Families a paper about their topic names bare (models.json → bareByTopic). */
const BARE_BY_TOPIC = new Map(
  Object.entries(LEX.bareByTopic.families).map(([label, t]) => [label, { topic: new RegExp(t.topic, 'i'), not: t.not !== undefined ? new RegExp(t.not, 'i') : undefined, longForm: t.longForm, family: FAMILY_BY_LOWER.get(tokenWords(t.as).join('')) }]),
);

/**
 * The family a version-needing family named bare stands for in a paper of its topic ("SAM" in a paper on segmentation:
 * Segment Anything Model), or undefined: not when the text names the other reading or defines the acronym with another
 * long form. (Asked only where such a family stands bare: a few times in a few papers.)
 */
function bareByTopic(text: string, family: string): Family | undefined {
  const rule = BARE_BY_TOPIC.get(family);
  if (!rule || !rule.topic.test(text) || rule.not?.test(text) || definesOtherwise(text, family, rule.longForm)) return undefined;
  return rule.family;
}

/**
 * The model a paper of its topic names by a version-needing family's bare short form, or its plural, where the paper
 * defines that short form by the family's own long form ("GPT (Generative Pre-trained Transformers)", "Generative
 * Pre-trained Transformers (GPTs)"): the acronym reading leaves such a pair to the model (models.json → bareByTopic).
 */
export function familyDefinedByTopic(text: string, short: string, long: string): { slug: string; label: string; model: ModelInfo } | null {
  const name = BARE_BY_TOPIC.has(short) ? short : withoutFinal(short, 's');
  const rule = BARE_BY_TOPIC.get(name);
  const family = rule && long.toLowerCase().startsWith(rule.longForm) ? bareByTopic(text, name) : undefined;
  if (family === undefined) return null;
  const h = build({ family, versionAt: 0, parts: [], end: 0 }, [], short, 0, 0);
  return { slug: h.slug, label: h.label, model: h.model };
}

/**
 * Does the text define `short` as "(short)" after words other than `longForm` ("a spatial attention module (SAM)", "a
 * statistical Shape and Appearance Model (SAM)")? Only words whose initials spell it define it (acronyms.ts
 * initialsSpell): "a foundation segmentation model (SAM)" names the model by its short form; and words that begin as
 * the long form's do are the long form misspelt ("Segmentation Anything Model (SAM)").
 */
function definesOtherwise(text: string, short: string, longForm: string): boolean {
  const mark = `(${short})`;
  const longWords = longForm.split(' ');
  for (let q = text.indexOf(mark); q >= 0; q = text.indexOf(mark, q + 1)) {
    if (text.slice(Math.max(0, q - longForm.length - 12), q).toLowerCase().includes(longForm)) continue;
    const words = text.slice(Math.max(0, q - 80), q).trim().split(/\s+/);
    let spelling: string[] | null = null;
    for (let n = 2; n <= Math.min(6, words.length) && spelling === null; n++) if (initialsSpell(short, words.slice(-n).join(' '))) spelling = words.slice(-n);
    if (spelling === null) continue;
    const parts = spelling.join(' ').replace(/-/g, '').split(/\s+/); // ("Segment Any-thing Model")
    if (longWords.every((w, i) => parts[i]?.toLowerCase().startsWith(w))) continue;
    return true;
  }
  return false;
}

/** The word after a family that names its coding tool: " Code", " CLI". */
const CODING_TOOL_AFTER = /^ (?:Code|CLI)(?![\w-])/;
/** A benchmark's suffix glued to a model's name by a hyphen: "-Bench", "-Eval", "-Arena". */
const BENCH_SUFFIX = /^-(?:Bench|Eval|Arena|Benchmark)(?![a-z])/;
/**
 * A tool or method named after a model, by a hyphen: "LLaMA-Factory" (a fine-tuning framework), "CLIP-Adapter",
 * "ViT-Adapter" (adapter methods), "…-Toolkit": neither the model nor a model of its own (GUIDELINES.md: methods and
 * frameworks are no pretrained checkpoints).
 */
const TOOL_SUFFIX = /^-(?:Factory|Adapters?|Toolkit|Kit|Gym|Trainer)(?![A-Za-z0-9+])/;
/** A size written before the family ("a 65B parameter LLaMA", "the 1.3B OPT model", "775M Llama"). */
const PRE_SIZE = /(?:^|[^A-Za-z0-9.\-])(\d+(?:\.\d+)?[BM])(?:[- ]param(?:eter)?s?)?\s+$/;
/** …unless the size counts data the model made or read ("2B Llama-generated tokens"). */
const DATA_AFTER = /^(?:['’]s)?[\s-]*(?:generated\s+|written\s+|produced\s+)?(?:tokens|samples|examples|images|words|pairs|instructions|responses|outputs|queries)\b/i;
/** More versions of one family ("Gemini 1.5 and 2.0", "Llama 2 and 3", "Claude 3 and 3.5"), an omni release too ("GPT-4.1/4o"). */
const VERSION_SEQ = /(\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*\/\s*)(\d{1,2}(?:\.\d{1,2})?o?)(?![A-Za-z0-9%\-]|\.\d)/y;
/** What may follow a listed version: the end of the list or of the noun phrase. */
const AFTER_VERSION = /^(?:\s*[,.;:)\/]|\s*$|\s+(?:models?|series|famil(?:y|ies)|variants?|versions?|(?:M?LL|[VM]?L)M[sS]|respectively|and|or|on|in|as|with|to|for|across|at|under|are|were|show|achieve|perform|outperform)\b)/;
/** Two sizes joined as a range: "0.5B-7B", "0.6B--14B", "1.7B to 235B". */
/** A mixture of experts' total and active parameters: "30B-A3B", "235B-A22B". */
const MOE_SIZE = /^(\d+(?:\.\d+)?[BbMm])-([Aa]\d+(?:\.\d+)?[Bb])$/;
const SIZE_RANGE = /^(?:(?:ranging\s+)?from\s+)?(\d+(?:\.\d+)?[BM])\s*(?:-{1,2}|–|—|to)\s*(\d+(?:\.\d+)?[BM])$/;
/** The word before the last item of a list: "and ", "or ", "& ". */
const LIST_END_BEFORE = /(?:\band|\bor|&)\s+$/;
// (the noun may say at what scales before the list: "the Qwen3 models at multiple scales (1.7B/4B/8B)", "Gemma 3 model
// family at three parameter scales (1B, 4B, and 12B)", "Qwen 3 models of relatively small sizes (0.6B, 1.7B, and 4B)")
const ENUM_PAREN = /(?:\s+(?:models?|family|series|variants?|checkpoints?)(?:\s+family)?(\s+(?:at|of|in|across)\s+(?:[a-z]+\s+){0,3}(?:scales|sizes))?)?\s*\(\s*([^()]{1,80}?)(\s+param(?:eter)?s)?\s*\)/y;

/**
 * A bare family's releases listed in parentheses after it, or after a noun of its members: "YOLO (v5, v8, and v10)",
 * "YOLO object detection models (v5, v8, v9, v10, v11)", "five YOLO variants (v5, v7, v8, v11, v12)". Written with a
 * "v", two or more: a lone "(v2)" may be the paper's own revision.
 */
const RELEASES_PAREN =
  /(?:\s+(?:(?!(?:on|of|in|for|with|from|to|by|at|and|or|the|both|two|three|four|five|our|their|its)\s)[a-z][a-z-]*\s+){0,3}(?:models?|family|series|variants?|versions?|detectors?|checkpoints?))?\s*\(\s*([vV]\d{1,2}(?:\.\d{1,2})?(?:\s*(?:,|\/|;|&)\s*(?:and\s+|or\s+)?[vV]\d{1,2}(?:\.\d{1,2})?|\s+(?:and|or)\s+[vV]\d{1,2}(?:\.\d{1,2})?)+)\s*\)/y;

/** Tier names a family lists ("Claude Sonnet / Opus", "Gemini 2.5 Pro and Flash"). */
const TIER_WORDS = new Set(['sonnet', 'opus', 'haiku', 'pro', 'flash', 'ultra', 'lite', 'turbo', 'max', 'plus']);

function classify(w: string): PartKind | 'sizeword' | 'tier' | null {
  const lw = w.toLowerCase();
  if (FAMILY_BY_LOWER.has(lw) && !VARIANTS.has(lw)) return 'sub';
  if (RE_SIZE.test(lw)) return 'size';
  if (SIZE_WORDS.has(lw)) return 'sizeword';
  // (capitalised only: "Gemini Pro and flash attention" lists nothing)
  if (TIER_WORDS.has(lw) && /^[A-Z]/.test(w)) return 'tier';
  return null;
}

/** Expands "Llama-2 7B and 13B", "Qwen2.5 (1.5B/7B/72B)", "GPT-2 Large/XL", "Gemini 1.5 and 2". */
function expand(text: string, p: Parsed, start: number): { hits: ModelHit[]; end: number } {
  const surfaceOf = (e: number) => text.slice(start, e);
  if (p.parts.length === 0 && p.version !== undefined && p.family.label !== 'o' && /^\d{1,3}(?:\.\d{1,2})?$/.test(p.version)) {
    // (a depth family's depths after slashes, "ResNet-18/50/101", are far apart; other versions are close)
    const versions = DEPTH_FAMILIES.has(p.family.label) ? listedDepths(text, p.end, p.family.label, Number(p.version)) : /^\d{1,2}(?:\.|$)/.test(p.version) ? listedVersions(text, p.end, p.version) : null;
    if (versions) {
      const hits = [build(p, p.parts, surfaceOf(p.end), start, p.end)];
      for (const v of versions.items) hits.push(build({ ...p, version: v }, p.parts, v, start, versions.end));
      return { hits, end: versions.end };
    }
  }
  const last = p.parts[p.parts.length - 1];
  if (last?.glued && last.kind === 'variant' && last.text.length === 1) {
    // "YOLOv8n/s", "YOLOv5s/m/l": more size letters after slashes, each a model, written with the same stem
    const hits = [build(p, p.parts, surfaceOf(p.end), start, p.end)];
    const stem = text.slice(start, p.end - 1);
    let end = p.end;
    for (;;) {
      SIZE_LETTER_SEQ.lastIndex = end;
      const m = SIZE_LETTER_SEQ.exec(text);
      if (!m || !LEX.glued.sizeLetters.includes(m[1]!.toLowerCase())) break;
      end = m.index + m[0].length;
      hits.push(build(p, [...p.parts.slice(0, -1), { kind: 'variant', text: m[1]!.toLowerCase(), glued: true }], stem + m[1]!, start, end));
    }
    if (hits.length > 1) return { hits, end };
  }
  if (p.version === undefined && p.parts.length === 0) {
    RELEASES_PAREN.lastIndex = p.end;
    const m = RELEASES_PAREN.exec(text);
    if (m) {
      // (each release named as the family's own spelling writes it, so that "YOLO (v8)" and "YOLOv8" are one node)
      const family = text.slice(start, p.end);
      const hits: ModelHit[] = [];
      for (const item of m[1]!.match(/[vV]\d{1,2}(?:\.\d{1,2})?/g)!) {
        const release = canonicalModel(family + item);
        if (release) hits.push({ ...release, surface: item, start, end: p.end });
      }
      if (hits.length >= 2) return { hits, end: m.index + m[0].length };
    }
  }
  const lastClass = last && !p.sizeBefore ? classify(last.text) : null;
  if (last && lastClass) {
    const hits = [build(p, p.parts, surfaceOf(p.end), start, p.end)];
    let end = p.end;
    let slashes = true;
    for (;;) {
      ENUM_SEQ.lastIndex = end;
      const m = ENUM_SEQ.exec(text);
      if (!m || classify(m[2]!) !== lastClass) break;
      if (m[1]!.trim() !== '/') slashes = false;
      // a tier with a version of its own is another model ("Haiku 3.5 and Opus 4.7"), read on its own
      if (lastClass === 'tier' && /^[\s-]?\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) break;
      // and so is a distilled model's base family with a version of its own ("DeepSeek-R1-Distill-Qwen, Gemma-4"; a size
      // is the listed base's, "DeepSeek-R1-Distill-Qwen-7B and Llama-8B")
      if (lastClass === 'sub' && VERSION_NOT_SIZE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) break;
      const item = m[2]!;
      const part: Part =
        lastClass === 'size'
          ? { kind: 'size', text: sizeText(item) }
          : lastClass === 'sub'
            ? { kind: 'sub', text: FAMILY_BY_LOWER.get(item.toLowerCase())!.label }
            : { kind: 'variant', text: VARIANTS.get(item.toLowerCase()) ?? item };
      const parts = [...p.parts.slice(0, -1), part];
      end = m.index + m[0].length;
      hits.push(build(p, parts, item, start, end));
    }
    // A tuning tail after the last of a list of sizes is every size's: "Qwen2.5-3B/7B-Instruct" is
    // Qwen2.5-3B-Instruct and Qwen2.5-7B-Instruct (the first size's name stopped at the slash).
    // (a slash list only: "Qwen2.5-7B and 14B-Instruct" may name the base 7B)
    if (lastClass === 'size' && hits.length > 1 && slashes) {
      SHARED_TAIL.lastIndex = end;
      const tail = SHARED_TAIL.exec(text);
      const words = tail ? tail[0].slice(1).split('-') : [];
      if (tail && words.every((word) => TUNING_TAILS.has(VARIANTS.get(word.toLowerCase()) ?? word))) {
        const variants: Part[] = words.map((word) => ({ kind: 'variant', text: VARIANTS.get(word.toLowerCase()) ?? word }));
        // (each named by the whole list as written: "Qwen2.5-3B" alone is the base model's name)
        const written = text.slice(start, tail.index + tail[0].length);
        const shared = hits.map((hit, i) => {
          const size = i === 0 ? last : { kind: 'size' as const, text: hit.model!.size! };
          return build(p, [...p.parts.slice(0, -1), size, ...variants], written, start, tail.index + tail[0].length);
        });
        return { hits: shared, end: tail.index + tail[0].length };
      }
    }
    return { hits, end };
  }
  if (!p.parts.some((x) => x.kind === 'size')) {
    ENUM_AT.lastIndex = p.end;
    const at = ENUM_AT.exec(text);
    // (after the plural noun of two families the sizes are both's, or each's: "Qwen and Llama models at 4B, 8B, and
    // 30B scale", "Llama-3 and Qwen2.5 models with 8B and 7B parameters respectively")
    const items = at && !(at[1] !== undefined && FAMILY_LIST_BEFORE.test(text.slice(Math.max(0, start - 6), start))) ? enumeratedSizes(at, text) : undefined;
    if (at && items) {
      return { hits: items.map((it) => build(p, [...p.parts, { kind: 'size', text: sizeText(it) }], it, start, p.end)), end: at.index + at[0].length };
    }
    ENUM_PAREN.lastIndex = p.end;
    const m = ENUM_PAREN.exec(text);
    const afterList = m !== null && LIST_END_BEFORE.test(text.slice(Math.max(0, start - 5), start));
    // (scales said of a list of families are the list's, not the last family's: "Gemma 3, Qwen 2.5, and Llama 3.1
    // models at three scales (1B, 4B, 8B)")
    if (m && !(m[1] !== undefined && afterList)) {
      // (a range of sizes names the two ends: "Qwen2.5-Coder models (0.5B-7B)", "the Qwen-3 family (0.6B--14B)",
      // "Qwen2.5 models (ranging from 1.5B to 14B)"; not
      // after a list, whose range spans every family in it: "Gemma 3, Qwen 2.5, and Llama 3.1 (270M to 27B)")
      const items = m[2]!.split(/\s*(?:,|\/|;|&|\band\b|\bor\b)\s*/).filter(Boolean).flatMap((it) => {
        const range = afterList ? null : SIZE_RANGE.exec(it);
        return range ? [range[1]!, range[2]!] : [it];
      });
      // (a mixture of experts' total and active sizes are one item: "Qwen3 (30B-A3B, 235B-A22B)")
      const classes = items.map((it) => (MOE_SIZE.test(it) ? 'size' : classify(it)));
      // "BGE-M3 (567M)" and "Qwen-Image (20B parameters)" give a parameter count, not a name (as both annotators of
      // tune17 2510.27684 and the dev gold's 2605.22099 write them); a list of sizes names models ("OPT (125M, 350M)")
      const paramCount = items.length === 1 && (/m$/i.test(items[0]!) || m[3] !== undefined);
      // "Vision Transformer (ViT)" gives the family's other name, not a member
      const ownName = items.some((it) => FAMILY_BY_LOWER.get(it.toLowerCase()) === p.family);
      // and "Vision Transformers (MobileViT, SegFormer)" gives examples, each read on its own
      if (items.length && !paramCount && !ownName && classes.every((c) => c !== null && c !== 'sub') && new Set(classes).size === 1) {
        const hits = items.map((it) => {
          const lw = it.toLowerCase();
          if (lw === 'base') return build(p, p.parts, it, start, p.end);
          const moe = MOE_SIZE.exec(it);
          if (moe) return build(p, [...p.parts, { kind: 'size', text: sizeText(moe[1]!) }, { kind: 'variant', text: moe[2]!.toUpperCase() }], it, start, p.end);
          const part: Part = classes[0] === 'size' ? { kind: 'size', text: sizeText(it) } : { kind: 'variant', text: VARIANTS.get(lw) ?? it };
          return build(p, [...p.parts, part], it, start, p.end);
        });
        return { hits, end: m.index + m[0].length };
      }
    }
  }
  return { hits: [build(p, p.parts, surfaceOf(p.end), start, p.end)], end: p.end };
}

/** A hub id's tier word between the family and its size or version: "-small-2" in "mistral-small-24b". */
const HUB_TIER = /^-([a-z]+)-\d/;
/**
 * Is the family at `famEnd` followed by a hyphen and a digit, or a glued digit, or a tier and a digit — the spelling
 * of hub ids and API names ("gemini-2.5-pro", "phi-3-mini", "gpt4o", "mistral-7b", "mistral-small-24b-instruct", "kimi-k2")? Then
 * a case-sensitive family may be written in lower case.
 */
function hubJoined(text: string, famEnd: number): boolean {
  let c = text.charCodeAt(famEnd);
  if (c === 45) {
    c = text.charCodeAt(famEnd + 1);
    // (a version letter and its digit after the hyphen: "kimi-k2-instruct-0905", "deepseek-v3")
    const d = text.charCodeAt(famEnd + 2);
    if (c >= 97 && c <= 122 && d >= 48 && d <= 57) return true;
  }
  if (c >= 48 && c <= 57) return true;
  const tier = HUB_TIER.exec(text.slice(famEnd, famEnd + 16));
  return tier !== null && VARIANTS.has(tier[1]!);
}

/** A release right after a family written in capitals: a glued or hyphenated number, or a spaced dotted one. */
const CAPITALS_RELEASE = /^(?:-?\d| \d{1,2}\.\d(?!\d*%|\d*\.\d))/;
/** The release a family of three capitals needs: a dotted one, glued, hyphenated or spaced ("WAN2.1", "VEO 3.1"). */
const CAPITALS_DOTTED_RELEASE = /^[ -]?\d{1,2}\.\d(?!\d*%|\d*\.\d)/;

/** A program's ending after a family's name: "llama.cpp", "llama-index", "whisper.cpp". */
const SOFTWARE_AFTER_FAMILY = /^(?:\.cpp|[-_]index|\.js)\b/i;
/** A benchmark named after a model: "olmOCR-bench", "olmOCR Bench", "Whisper-Bench" (the data rules read it). */
const BENCH_AFTER_FAMILY = /^(?:-[Bb]ench| ?Bench)(?![a-z])/;

const OPENAI_BEFORE = /OpenAI(?:['’]s)?[\s-]$/;
/** A paper on language models, where a capital "O1"/"O3" may be OpenAI's model. */
const LANGUAGE_MODEL_TOPIC = /\b(?:L[LR]Ms?|GPT|OpenAI|[Ll]anguage [Mm]odels?|[Rr]easoning [Mm]odels?)\b/;
/** What lists a name before it: a comma, a parenthesis, a conjunction, an example lead, a model noun. */
const O_LISTED_BEFORE = /(?:[,(]|\b(?:and|or|with|vs\.?|as|including|like|e\.g\.,?|models?,?))\s*$/;
/** What ends a listed name after it: a mark, a conjunction, a parenthesis (not a noun: "O3 concentrations"). */
const O_LISTED_AFTER = /^(?:\s*[,;:)/.]|\s+(?:and|or|vs\.?)\s|\s*\()/;
/** A model or a frontier family near the name. */
const MODEL_NEAR = /\b(?:models?|GPT|Claude|Gemini|DeepSeek|Qwen|Llama|LLaMA|Grok|R1|OpenAI|[Oo][134]-(?:mini|pro|preview))\b/;

/**
 * Is the capital-O release at `start` OpenAI's, listed as a model in a paper on language models ("including O3, Claude
 * 4, …", "OpenAI's flagship reasoning model, O3, scores …", "proprietary models (O3)": 8 corpus papers)? Only the
 * releases OpenAI made (o1, o3, o4), listed (a comma, a parenthesis or a conjunction on both sides) with a model noun or a
 * frontier family near it, and never inside a hyphenated name: in such papers O3 is still ozone ("PM2.5, NO2 and O3
 * concentrations"), a compiler level ("LLVM's O3 pipeline", "gcc -O3"), a label ("objects O1 and O3", "classes O1 to
 * O3") or part of a name ("O$^2$-QA", "ACTIVE-O3").
 */
function listedOpenAiRelease(text: string, start: number, p: Parsed): boolean {
  if (p.version === undefined || !/^[134]$/.test(p.version) || codeAt(text, start - 1) === 45 || codeAt(text, p.end) === 45) return false;
  if (!O_LISTED_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || !O_LISTED_AFTER.test(text.slice(p.end, p.end + 6))) return false;
  // (near it in its sentence)
  const lead = text.slice(Math.max(0, start - 60), start);
  const tail = text.slice(p.end, p.end + 40);
  const stop = tail.indexOf('. ');
  const near = lead.slice(lead.lastIndexOf('. ') + 1) + text.slice(start, p.end) + (stop >= 0 ? tail.slice(0, stop) : tail);
  return MODEL_NEAR.test(near) && LANGUAGE_MODEL_TOPIC.test(text);
}
/** Does a capitalised word end at `end` (a cheap test before reading it)? */
function capitalisedWordBefore(text: string, end: number): boolean {
  let s = end;
  while (s > 0 && s > end - 14) {
    const c = text.charCodeAt(s - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
    s--;
  }
  const c0 = text.charCodeAt(s);
  return s < end && c0 >= 65 && c0 <= 90;
}
/** The capitalised word after a family, across a space or a hyphen (not "ResNet architecture", the model named with its class). */
const NEXT_NAME_WORD = /^[ -][A-Z][A-Za-z0-9+]*/;
/** Convolutional families a dimension before them makes another network of ("3D ResNet-50"). */
const DIMENSION_FAMILIES = new Set(LEX.dimensionFamilies.words);
const DIMENSION_FIRST = LEX.dimensionFamilies.words.map((w) => w.toLowerCase());
/** Does a family's first token start a dimension family ("resnet", and "mobilenetv" of a glued version, "MobileNetV2")? */
const dimensionFamilyFirst = (token: string): boolean => DIMENSION_FIRST.some((f) => token.startsWith(f));
/** "3D " or "2D-" right before a family, not inside a longer word ("U3D ResNet"). */
const DIMENSION_BEFORE = /(?:^|[^A-Za-z0-9-])([23]D)[ -]$/;
/** A language written before a family ("Chinese BERT-large", "Arabic BERT"): a checkpoint of its own. */
const LANGUAGE_BEFORE = new RegExp(`(?:^|[^A-Za-z0-9-])(${LEX.languagePrefixes.words.join('|')}) $`);

/**
 * The versions listed after a versioned family at `pos` ("… 1.5 and 2.0"), or null: each a small number near the
 * first one, the list ending the noun phrase ("GPT-4 and 5 other models" lists nothing).
 */
function listedVersions(text: string, pos: number, firstVersion: string): { items: string[]; end: number } | null {
  const first = parseFloat(firstVersion);
  const items: string[] = [];
  const ends: number[] = [];
  let end = pos;
  for (;;) {
    VERSION_SEQ.lastIndex = end;
    const m = VERSION_SEQ.exec(text);
    if (!m) break;
    const v = parseFloat(m[2]!);
    // (compared as written: "GPT-4/4o" lists 4o after 4)
    if (m[2] === firstVersion || v === 0 || Math.abs(v - first) > 2 || items.includes(m[2]!)) break;
    items.push(m[2]!);
    end = m.index + m[0].length;
    ends.push(end);
  }
  // (the longest run of the list that ends the noun phrase: "GPT-3.5/4/4o baselines" still lists 4)
  while (items.length > 0 && !AFTER_VERSION.test(text.slice(ends[ends.length - 1]!, ends[ends.length - 1]! + 14))) {
    items.pop();
    ends.pop();
  }
  return items.length === 0 ? null : { items, end: ends[ends.length - 1]! };
}

/** More depths of a depth family after slashes: "/50/101" of "ResNet-18/50/101" (not a share, "/90%"). */
const DEPTH_SEQ = /\/(\d{2,3})(?![A-Za-z0-9%]|\.\d)/y;
/** A lower-case word glued on after a list of depths that makes it something else ("ResNet-18/34-style"); not "-based". */
const DEPTH_LIST_DESCRIBED = /^-(?!based\b)[a-z]/;
/** A count after a list of numbers makes them counts ("the ResNet-50/200 epoch schedule"). */
const DEPTH_LIST_COUNTED = /^[\s-](?:epochs?|steps|iterations|images|samples|classes|layers)\b/;

/**
 * The depths listed after a depth family's first one with slashes ("ResNet-18/50/101", "ResNet50/101", "VGG-16/19"),
 * each a published depth of the family deeper than the one before; null when none is, or when a lower-case word glued
 * on after the list makes it something else ("ResNet-18/34-style"; "ResNet-50/101-based" and "-FPN" keep it), or a
 * count after it makes its numbers counts ("the ResNet-50/200 epoch schedule").
 */
function listedDepths(text: string, pos: number, family: string, first: number): { items: string[]; end: number } | null {
  const published = PUBLISHED_DEPTHS.get(family);
  const items: string[] = [];
  let end = pos;
  let prev = first;
  for (;;) {
    DEPTH_SEQ.lastIndex = end;
    const m = DEPTH_SEQ.exec(text);
    const depth = m ? Number(m[1]!) : 0;
    if (!m || depth <= prev || !published?.has(depth)) break;
    items.push(m[1]!);
    prev = depth;
    end = m.index + m[0].length;
  }
  if (items.length === 0 || DEPTH_LIST_DESCRIBED.test(text.slice(end, end + 8)) || DEPTH_LIST_COUNTED.test(text.slice(end, end + 12))) return null;
  return { items, end };
}

const PAREN_ACRONYM = / \(([A-Z][A-Za-z0-9]{1,7})\)/y;

/**
 * The acronym in parentheses right after a model name when it spells the name's initials, "Model" allowed to be
 * implied ("Segment Anything (SAM)", "Stable Diffusion (SD)").
 */
function acronymAfter(text: string, end: number, surface: string): { text: string } | null {
  PAREN_ACRONYM.lastIndex = end;
  const m = PAREN_ACRONYM.exec(text);
  if (!m) return null;
  const short = m[1]!;
  const initials = surface
    .split(/[\s-]+/)
    .filter((w) => /^[A-Za-z]/.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  if (initials.length < 2) return null;
  const letters = short.replace(/[^A-Za-z]/g, '').toUpperCase();
  return letters === initials || letters === initials + 'M' ? { text: short } : null;
}

/**
 * A name, a comma and "a"/"an" with up to four describing words (no preposition: "MSDM, an optimized architecture based
 * on Stable Diffusion" uses it), right before a family's long name; or the title's first word as a name, a colon and
 * one to four capitalised words ("GasTwinFormer: A Hybrid Vision Transformer for …"): the long name heads the name's
 * description. ("a … model, the Cascade Mask R-CNN" names the family itself; a list after a colon names each; the name is
 * one, capitalised or coined: "In the first stage, a Faster R-CNN with …" uses the family.)
 */
const DESCRIBES_NAME_BEFORE = /(?:^|[\s(])(?:[A-Z0-9][\w+.-]*|[a-z]+[A-Z][\w+.-]*)[)\]]?,\s+an?\s+(?:(?!(?:based|on|of|for|with|from|using|in|to|by|and|or)\s)[\w-]+\s+){0,4}$/;
/** What follows a long name that heads a description: a mark, a clause or a preposition. */
const DESCRIPTION_HEAD_ENDS = /^s?(?:\s*[,.;:()]|\s+(?:for|with|that|which|to|in|on|of|via|using|designed|tailored|trained|built|and)\b|\s*$)/;
/** The title's first word as a name, a colon and one to four capitalised words before the long name. */
const TITLE_NAME_DESCRIBED = /^[\w+.-]+:\s+(?:(?:A|An|The)\s+)?(?:[A-Z][\w-]*\s+){1,4}$/;
function describesName(text: string, start: number): boolean {
  return DESCRIBES_NAME_BEFORE.test(text.slice(Math.max(0, start - 64), start)) || (start < 80 && TITLE_NAME_DESCRIBED.test(text.slice(0, start)));
}

const PAREN_NAME = /[A-Za-z][A-Za-z0-9-]*(?=\))/y;

/**
 * Is the name in parentheses at `pos` another name built on `family` written as `surface`: one holding the family's
 * name ("AdaViT" after "… Vision Transformer") or an acronym that spells more than the surface's initials ("Pyramid
 * Vision Mamba (PVM)", "Dynamic Vision Mamba (DyVM)")?
 */
function longFormOfOther(text: string, pos: number, family: string, surface: string): boolean {
  PAREN_NAME.lastIndex = pos;
  const m = PAREN_NAME.exec(text);
  if (!m) return false;
  const name = m[0].toLowerCase();
  const f = family.toLowerCase();
  // (not a member of the family: "Vision Transformer (ViT-B16)")
  if (!name.startsWith(f) && name.includes(f)) return true;
  const initials = surface.replace(/[^A-Z]/g, '');
  const capitals = m[0].replace(/[^A-Z]/g, '');
  return initials.length >= 2 && capitals.length > initials.length && capitals.endsWith(initials);
}

/**
 * Families read only with a version that are the family itself before a plural model noun ("GPT models", "the GPT
 * family", "GPT-series models", "Phi models"; models.json → bareBeforeNoun).
 */
const BARE_BEFORE_NOUN = new Set<string>((LEX as unknown as { bareBeforeNoun: { families: string[] } }).bareBeforeNoun.families);
const FAMILY_NOUN_AFTER = /^[ -](?:models|family|series|variants|model (?:tiers|variants|families|sizes|versions))\b/;
/** A list's name right before a bare family: "BERT and GPT", "(GPT, Claude, Gemini)", "Gemini, GPT and Claude". */
const LISTED_NAME_BEFORE = /(?:^|[\s(])([A-Z][A-Za-z]*)[\w.-]*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus)\s+)$/;
/** A list's name right after it: "GPT and Llama", "GPT, BERT, RoBERTa". */
const LISTED_NAME_AFTER = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus)\s+)([A-Z][A-Za-z]*)/;
/**
 * What ends a listed name: a mark, a conjunction, a parenthesis, or the verb or preposition after the list ("Claude and
 * GPT have shown …", "Whisper and GPT to transcribe"); not a noun ("GPT usage data", "GPT style").
 */
const LISTED_NAME_ENDS = /^(?:\s*[,;:)/.]|\s+(?:and|or|vs\.?|versus)\s|\s*$|\s+(?:have|has|had|are|is|were|was|can|could|may|might|will|would|do|does|did|show(?:s|ed)?|achieve[sd]?|perform(?:s|ed)?|outperform(?:s|ed)?|demonstrate[sd]?|exhibit(?:s|ed)?|generate[sd]?|produce[sd]?|struggle[sd]?|fail(?:s|ed)?|to|in|on|for|with|as|across)\b)/;

/**
 * Is the bare family at [start, end) (one read only with a version: GPT, Phi) listed beside another family's name, and
 * so the family itself ("LLMs (GPT and Llama)", "models such as BERT and GPT", "GPT, Claude, and DeepSeek": 9 tuning-gold
 * papers list it so, as the model)? Named only after a member of the family, it refers back to that member
 * (model-mentions.ts), as any family named bare does.
 */
function listedBesideFamily(text: string, start: number, end: number, label: string, sizedOnly = false): boolean {
  if (codeAt(text, start - 1) === 45 || !LISTED_NAME_ENDS.test(text.slice(end, end + 9))) return false;
  const before = LISTED_NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = LISTED_NAME_AFTER.exec(text.slice(end, end + 30));
  // (a family read only with a size needs a sibling read without one: "Alpaca, Dolly-15k" are two instruction sets)
  return [before?.[1], after?.[1]].some((name) => {
    const sibling = name !== undefined && name !== label ? familyNamed(name) : undefined;
    return sibling !== undefined && !(sizedOnly && sibling.require === 'size');
  });
}

/** Tries a family at token i; returns the parsed tail or null. */
function matchAt(text: string, tk: Tokens, i: number, relaxed: boolean): { p: Parsed; start: number } | null {
  const cands = FIRST.get(tokLower(tk, i));
  if (!cands) return null;
  const n = tk.n;
  for (const form of cands) {
    const { toks, family, gluedLetter, plural, abbreviation } = form;
    const last = i + toks.length - 1;
    if (last >= n) continue;
    if (plural !== undefined) {
      // only as written, and only alone: a plural takes no version, size or variant
      if (text.slice(tk.start[i]!, tk.end[i]!) !== plural || (i + 1 < n && tk.joinPrev[i + 1] && text.charCodeAt(tk.end[i]!) === 45)) continue;
      return { p: { family, parts: [], end: tk.end[i]!, versionAt: 0 }, start: tk.start[i]! };
    }
    let ok = true;
    // (hashes first: most multi-word candidates fail on their second token without a string being made)
    const hashes = toks.length > 1 ? (form.hashes ??= tokenHashes(toks)) : null;
    for (let k = 1; k < toks.length && ok; k++) if (!tk.joinPrev[i + k] || (hashes!.length > 0 && tk.hash[i + k] !== hashes![k]) || tokLower(tk, i + k) !== toks[k]) ok = false;
    if (!ok) continue;
    // the family must end at a word boundary (a glued digit continues it: Qwen2.5, GPT4o)
    if (last + 1 < n && tk.glued[last + 1] && !/^[0-9+]/.test(tokLower(tk, last + 1)) && !gluedSizeLetter(family, tokLower(tk, last + 1))) continue;
    // (nor go on as a program's name: "llama.cpp", "llama-index" are software that runs models; nor as a benchmark's,
    // "olmOCR-bench")
    const afterFamily = text.slice(tk.end[last]!, tk.end[last]! + 8);
    if (SOFTWARE_AFTER_FAMILY.test(afterFamily) || BENCH_AFTER_FAMILY.test(afterFamily)) continue;
    // a glued version letter needs its digits ("MobileNetV2"; an abbreviation's "v" a dotted release too, "SDv1.4"),
    // and a case-sensitive family its capitals
    if (gluedLetter !== undefined && !(last + 1 < n && tk.glued[last + 1] && (abbreviation !== undefined ? /^\d{1,2}(?:\.\d{1,2})?$/ : /^\d{1,2}$/).test(tokLower(tk, last + 1)))) continue;
    const start = tk.start[i]!;
    const famEnd = tk.end[last]!;
    let spelling: 'listed' | 'hub' | 'capitalO' = 'listed';
    let topicOf: RegExp | undefined;
    if (!relaxed && family.caseSensitive) {
      const written = text.slice(start, famEnd).replace(/[\s\-_]+/g, '');
      const surface = gluedLetter !== undefined ? written.slice(0, -1) : written;
      if (!family.forms.has(surface)) {
        if (family.label === 'o') spelling = 'capitalO';
        else if (surface === surface.toLowerCase() && hubJoined(text, famEnd)) spelling = 'hub';
        // (and in capitals with a release after it, as titles and tables write names: "GEMINI-3.1-Pro", "OLMO2",
        // "BEIT3"; not a spaced whole number, "SEED 42", "STEP 3", nor a program's three-part version, "ORCA 5.0.3";
        // three capitals are as often an acronym, "MIT-10M", "SIT2-FELM": a dotted release only, "WAN2.1", "VEO 3.1")
        else if (surface.length >= 3 && surface === surface.toUpperCase() && (surface.length > 3 && !family.capitalsDottedOnly ? CAPITALS_RELEASE : CAPITALS_DOTTED_RELEASE).test(text.slice(famEnd, famEnd + 8))) spelling = 'hub';
        else continue;
      }
      topicOf = SPELLING_TOPIC.get(surface);
    }
    const p = parseTail(text, family, famEnd, relaxed);
    // (bare "Flux" is FLUX in a paper on image generation, the word elsewhere: "Flux Balance Analysis"; "Flux.1",
    // "Flux-Dev" and "the Flux model" are FLUX; a spaced release is as often another thing's, "the FLAME 3 wildfire
    // dataset", "FLAME GPU 2")
    if (topicOf !== undefined && (p.version === undefined ? p.parts.length === 0 : /^\s/.test(text.slice(famEnd, famEnd + 1))) && !topicOf.test(text) && !/^\s+models?\b/.test(text.slice(p.end, p.end + 8))) continue;
    // (nor, in a paper of the topic, the symbol the spelling also is: "a base policy π0", "the prior pi0 = 0.3")
    if (topicOf !== undefined && p.version === undefined && p.parts.length === 0 && (SYMBOL_NOUN_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || /^\s*[=≈<>≤≥]/.test(text.slice(p.end, p.end + 4)))) continue;
    if (gluedLetter !== undefined) {
      if (p.version === undefined || p.versionAt !== 0) continue;
      // "InceptionV3" is Inception-v3 (as "Inception-v3" reads); "EfficientNetB0" is EfficientNet-B0
      if (gluedLetter === 'v') p.parts.unshift({ kind: 'vversion', text: 'v' + p.version });
      else p.parts.unshift({ kind: 'variant', text: gluedLetter.toUpperCase() + p.version });
      delete p.version;
    }
    if (spelling === 'hub' && p.version === undefined && !p.parts.some((x) => x.kind === 'size')) continue;
    if (abbreviation !== undefined && !abbreviationRead(text, start, famEnd, abbreviation, p)) continue;
    if (family.tierOf) {
      // "Sonnet 4.5" is Claude Sonnet 4.5 (a release's version: "Opus 27" is music)
      if (p.version === undefined || !/^[1-9](?:\.\d)?$/.test(p.version)) continue;
      return { p: { ...p, family: family.tierOf, versionAt: 1, parts: [{ kind: 'variant', text: family.label }, ...p.parts] }, start };
    }
    // (only the releases a family has: "a MiniMax 2-player game" names none)
    if (family.release !== undefined && (p.version === undefined || !family.release.test(p.version.toLowerCase()))) continue;
    // "O3" is ozone or a compiler flag unless it is OpenAI's ("OpenAI O3"), carries a tier ("O3-mini") or is listed as
    // a model in a paper on language models (listedOpenAiRelease)
    if (spelling === 'capitalO' && !p.parts.some((x) => x.kind === 'variant') && !OPENAI_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && !listedOpenAiRelease(text, start, p)) continue;
    if (!relaxed) {
      if (family.require === 'version' && p.version === undefined && !(BARE_BEFORE_NOUN.has(family.label) && p.parts.length === 0 && (FAMILY_NOUN_AFTER.test(text.slice(p.end, p.end + 22)) || listedBesideFamily(text, start, p.end, family.label)))) {
        // "SAM" alone in a paper on segmentation is Segment Anything (models.json → bareByTopic)
        // (a word of its own: not "SAM2Auto", "MedCLIP-SAM", "SAM-B"; "SAM-like", "SAM-generated" are mentions)
        const alone = !isAsciiAlnum(codeAt(text, p.end)) && codeAt(text, start - 1) !== 45 && (codeAt(text, p.end) !== 45 || BARE_DESCRIBED.test(text.slice(p.end, p.end + 12)));
        const as = p.parts.length === 0 && alone ? bareByTopic(text, family.label) : undefined;
        if (as === undefined) continue;
        return { p: { ...p, family: as }, start };
      }
      // (or listed beside another family's name, as a family read only with a version is: "Qwen3, Gemma-3, Llama-3, and
      // Aya across …")
      if (family.require === 'size' && !/^ models?\b/i.test(text.slice(p.end, p.end + 8)) && !listedBesideFamily(text, start, p.end, family.label, true)) {
        // (a family named by a common word is read with a size, or with a tier as a word of its own: "Aya Expanse",
        // "Nova Pro", "Koala Lightning"; not "Two-Tower Vision", "the Arctic Deep Learning", "Emu-Edit Test")
        const tierAlone = codeAt(text, start - 1) !== 45 && !/^ [A-Z]/.test(text.slice(p.end, p.end + 2));
        if (!p.parts.some((x) => x.kind === 'size' || (tierAlone && x.kind === 'variant'))) continue;
      }
    }
    // (a count in thousands right after the bare family is a data set named after the model: "LLaVA-665K", "Dolly-15k";
    // after a version, a tier or a size it is the context window, "GPT-4-32k", "GPT-3.5-Turbo-16K", "Phi-3-mini-4k")
    if (p.version === undefined && p.parts.length === 0 && THOUSANDS_AFTER.test(text.slice(p.end, p.end + 12))) continue;
    return { p, start };
  }
  return null;
}

/** A count in thousands glued to a name by a hyphen: "-665K", "-15k", "-1.2K". */
const THOUSANDS_AFTER = /^-\d+(?:\.\d+)?[Kk](?![\w.]|\.\w)/;

/**
 * Is an abbreviation at [start, famEnd) with the tail `p` a model: written as listed, with a release version of its
 * family ("SD3.5", "SD-1.5", "SD v1.4"), spaced only with a dotted one and never as a statistic ("(SD 1.5)", "SD 2 points").
 */
function abbreviationRead(text: string, start: number, famEnd: number, abbreviation: string, p: Parsed): boolean {
  if (!text.startsWith(abbreviation, start) || famEnd - start > abbreviation.length + 1) return false;
  const version = p.version ?? p.parts.find((x) => x.kind === 'vversion')?.text.slice(1);
  if (version === undefined || !ABBREVIATION_VERSIONS.get(abbreviation)!.test(version)) return false;
  if (text.charCodeAt(famEnd) === 32 && version.indexOf('.') < 0) return false;
  // (a release written with its "v" is no statistic in parentheses: "(vs. 48.9% for SD v1.4)", "two diffusion models
  // (SDv1.4 and SDv2.0)"; after "=" or "±" it still is)
  const before = text.slice(Math.max(0, start - 4), start);
  if (p.parts.some((x) => x.kind === 'vversion')) return !/[=±]\s*$/.test(before);
  // (a statistic is spaced, "(SD 1.5)"; a release glued on, or joined by a hyphen, is the model in parentheses too:
  // "generators (Flux.1, SD3)", "UNet (SD1.5) and DiT (SD3) backbones", "(SD-2.1)")
  if (text.charCodeAt(famEnd) !== 32) return true;
  return !STATISTIC_AROUND.test(before) && text.charCodeAt(p.end) !== 41;
}

/** The hashes the tokenizer gives a form's tokens, or none when it reads them otherwise (symbols: "PointNet++", "PixArt-Σ"). */
function tokenHashes(toks: readonly string[]): number[] {
  const tk = tokenize(toks.join(' '));
  if (tk.n !== toks.length) return [];
  const out: number[] = [];
  for (let k = 0; k < tk.n; k++) {
    if (tokLower(tk, k) !== toks[k] || !/^[a-z0-9]+$/.test(toks[k]!)) return [];
    out.push(tk.hash[k]!);
  }
  return out;
}

/** Is `word` a family's name written as one word ("ViT", "Llama")? */
function isFamilyWord(word: string): boolean {
  const f = FAMILY_BY_LOWER.get(word.toLowerCase());
  return f !== undefined && (!f.caseSensitive || f.forms.has(word));
}

/** Long one-word families by their spellings with one letter left out ("instrctgpt" → InstructGPT). Built on first use. */
let MISSING_LETTER: Map<string, Family> | null = null;

/** The family a word misspells by one missing letter ("InstrctGPT"), for names of eight letters or more; else null. */
function familyMisspelled(word: string): string | null {
  if (!MISSING_LETTER) {
    MISSING_LETTER = new Map();
    for (const [w, f] of FAMILY_BY_LOWER)
      if (w.length >= 8 && /^[a-z]+$/.test(w)) for (let k = 0; k < w.length; k++) MISSING_LETTER.set(w.slice(0, k) + w.slice(k + 1), f);
  }
  return MISSING_LETTER.get(word.toLowerCase())?.label ?? null;
}

/**
 * A name built on a known family, read whole when the text uses it as a model: "LLaVA-Med", "Qwen-Image-Edit"
 * (family first), "Video-LLaVA", "Chinese-BERT-large" (a word before it). `at` is the index of the family's own hit in
 * the hits, or -1 when the family was not kept (a word before it).
 */
interface Compound {
  at: number;
  /** Where it goes among the hits (the index of the first hit after it). */
  pos: number;
  start: number;
  end: number;
  label: string;
  model: ModelInfo;
}

/** A capitalised word and a release number after a bare family and a space: " Image 2.0", " Avatar 2.0", " Fable 5". */
const SPACED_LINE_RELEASE = / ([A-Z][a-z]{2,}) (\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9%]|[.,]\d|-\d| ?(?:[-–]|to) ?\d)/y;
/** A capitalised word after the release: a tier ("Qwen Image 2.0 Pro") or a title's next word ("… Need 12 Layers"). */
const CAPITAL_AFTER_RELEASE = / ([A-Z][A-Za-z]*)\b/y;
/** Words after a family and before a number that are not a product line: a table, a stage, a step, a task, a count. */
const NOT_LINE_WORDS = new Set(['Table', 'Tables', 'Figure', 'Figures', 'Fig', 'Section', 'Sections', 'Appendix', 'Stage', 'Phase', 'Step', 'Steps', 'Task', 'Tasks', 'Version', 'Round', 'Rounds', 'Part', 'Layer', 'Layers', 'Block', 'Type', 'Class', 'Group', 'Experiment', 'Setting', 'Case', 'Scenario', 'Model', 'Models', 'Series', 'Family', 'Generation', 'Gen', 'Edition', 'Times', 'Epoch', 'Epochs', 'Shot', 'Shots', 'Top', 'Rank', 'Score', 'Turn', 'Turns', 'Agent', 'Agents', 'And', 'With', 'For', 'From', 'Achieves', 'Scores', 'Reaches', 'Patch', 'Patches', 'Head', 'Heads', 'Size', 'Width', 'Depth', 'Resolution']);

/**
 * The product line's word, its release and a tier after them ("Qwen Image 2.0 Pro") at `pos`, a space after a bare
 * family; null for a word that counts, orders or describes ("Table 2", "Stage 2", "Patch 16"), and in Title Case, where
 * a capitalised word after the number shows the words are a title's, not a name's ("Does BERT Need 12 Layers?").
 */
function spacedLineRelease(text: string, pos: number): { line: string; version: string; tier: string | undefined; end: number } | null {
  SPACED_LINE_RELEASE.lastIndex = pos;
  const r = SPACED_LINE_RELEASE.exec(text);
  if (!r) return null;
  const line = r[1]!;
  if (NOT_LINE_WORDS.has(line) || DESCRIBING_PIECE.test(line) || FAMILY_BY_LOWER.has(line.toLowerCase()) || isTechniqueOrData(line)) return null;
  let end = r.index + r[0].length;
  CAPITAL_AFTER_RELEASE.lastIndex = end;
  const capital = CAPITAL_AFTER_RELEASE.exec(text);
  const tier = capital ? VARIANTS.get(capital[1]!.toLowerCase()) : undefined;
  if (capital && !tier) return null;
  if (capital) end = capital.index + capital[0].length;
  return { line, version: r[2]!, tier, end };
}

/** One capitalised piece after a hyphen ("-Med", "-Image", "-OCR"). */
const COMPOUND_PIECE = /-([A-Z][A-Za-z0-9]*)(?![A-Za-z0-9]|\.\d)/y;
/** A version after a compound's pieces: "-1.8", "-2", "-v2" (not a size, a date or a number going on). */
const COMPOUND_VERSION = /-(v?\d{1,2}(?:\.\d+)?)(?![A-Za-z0-9]|[.-]\d)/y;
/** Pieces that describe rather than name ("CLIP-Guided", "SAM-Based", "BERT-Style", "ViT-Free"). */
const DESCRIBING_PIECE = /^(?:[A-Za-z]{3,}(?:ed|ing)|Driven|Like|Style|Wise|Free|Only|Aware|Level|Scale|Specific|Agnostic)$/i;
/** Words before a hyphen that make a kind of model, not a name ("Semi-ViT", "Multi-BERT", "Cross-CLIP"). */
const PREFIX_NOT_NAMES = /^(?:Semi|Multi|Cross|Self|Non|Pre|Post|Sub|Anti|Co|Un|De|Re|Single|Dual|Hybrid|Fine|Full|Half|Mini|Tiny|Large|Small|Base|The|A|An|Our|All|Any|Models?|L?LMs?|MLLMs?|L?VLMs?|SLMs?)$/;
/** Families whose one-letter tails are scores, not variants ("CLIP-I", "CLIP-T", "DINO-I" image and text similarity). */
const SCORE_LETTER_FAMILIES = new Set(LEX.glued.scoreLetterFamilies);

/** The capitalised pieces after a hyphen at `pos` that continue a family's name, and where they end. */
function compoundTail(text: string, pos: number, family: string): { pieces: string[]; end: number } {
  const pieces: string[] = [];
  let end = pos;
  for (;;) {
    COMPOUND_PIECE.lastIndex = end;
    const m = COMPOUND_PIECE.exec(text);
    if (!m) break;
    const w = m[1]!;
    const lw = w.toLowerCase();
    // (a variant word goes on a compound already named: "GPT-4o-Search-Preview"; it does not start one)
    if (DESCRIBING_PIECE.test(w) || (VARIANTS.has(lw) && !pieces.length) || FAMILY_BY_LOWER.has(lw) || isTechniqueOrData(w)) break;
    if (w.length === 1 && SCORE_LETTER_FAMILIES.has(family)) break;
    pieces.push(w);
    end = m.index + m[0].length;
  }
  // a release version ends a compound ("Doubao-Seed-1.8")
  if (pieces.length) {
    COMPOUND_VERSION.lastIndex = end;
    const v = COMPOUND_VERSION.exec(text);
    if (v) {
      pieces.push(v[1]!);
      end = v.index + v[0].length;
    }
  }
  // a name that goes on in lower case or digits is another shape ("Qwen-Image-2512" is a snapshot, "-v2" a version)
  if (pieces.length && (continues(text, end) || (text.charCodeAt(end) === 45 && continues(text, end + 1)))) return { pieces: [], end: pos };
  return { pieces, end };
}

/** Start of the capitalised word and hyphen before a family at `famStart` ("Video-" of "Video-LLaVA"), or -1. */
function prefixStart(text: string, famStart: number): number {
  let s = famStart - 1; // the hyphen
  while (s > 0 && isAsciiAlnum(text.charCodeAt(s - 1))) s--;
  if (s >= famStart - 1 || (s > 0 && (text.charCodeAt(s - 1) === 45 || text.charCodeAt(s - 1) === 46))) return -1; // one word only
  const word = text.slice(s, famStart - 1);
  // (not another family: "ConvNeXt-EfficientNet", "DINO-ResNet" are hybrids of two)
  if (!/^[A-Z][A-Za-z0-9]*$/.test(word) || PREFIX_NOT_NAMES.test(word) || isCreatorName(word) || isTechniqueOrData(word) || FAMILY_BY_LOWER.has(word.toLowerCase())) return -1;
  return s;
}

/** Does a name go on at `pos` (a letter or a digit)? */
function continues(text: string, pos: number): boolean {
  return pos < text.length && isAsciiAlnum(text.charCodeAt(pos));
}

/** The compounds the text uses as models replace (or add to) the family hits; the others leave them as they were. */
function resolveCompounds(text: string, tk: Tokens, taken: Uint8Array, out: ModelHit[], compounds: readonly Compound[]): ModelHit[] {
  const n = compounds.length;
  const accepted = new Uint8Array(n);
  // by a model noun, or next to a model hit (a family hit of another compound counts: it is a model either way)
  for (let ci = 0; ci < n; ci++) {
    const c = compounds[ci]!;
    // a name that goes on past a versioned or variant model is a model of its own ("DeepSeek-V3.1-Terminus",
    // "GPT-4o-Image", "GLM-4-Voice", "LLaVA-NeXT-Interleave")
    if (c.at >= 0 && (c.model.version !== undefined || c.model.variant !== undefined)) {
      accepted[ci] = 1;
      continue;
    }
    const near = c.at >= 0 ? [out[c.at - 1], out[c.at + 1]] : [out[c.pos - 1], out[c.pos]];
    if (compoundUsedAsModel(text, c.start, c.end, near.filter((x) => x !== undefined))) accepted[ci] = 1;
  }
  // then along lists of compounds ("Med-Gemini, Video-LLaMA and Chinese-BERT-large" after one accepted), both ways,
  // and a name accepted once is the same name everywhere in the paper (compounds come in text order)
  for (let ci = 1; ci < n; ci++) if (!accepted[ci] && accepted[ci - 1] && adjacent(text, compounds[ci - 1]!, compounds[ci]!)) accepted[ci] = 1;
  for (let ci = n - 2; ci >= 0; ci--) if (!accepted[ci] && accepted[ci + 1] && adjacent(text, compounds[ci]!, compounds[ci + 1]!)) accepted[ci] = 1;
  const labels = new Set<string>();
  for (let ci = 0; ci < n; ci++) if (accepted[ci]) labels.add(compounds[ci]!.label);
  const added: ModelHit[] = [];
  for (let ci = 0; ci < n; ci++) {
    const c = compounds[ci]!;
    if (!accepted[ci] && !labels.has(c.label)) continue;
    const hit: ModelHit = { slug: slugify(c.label), label: c.label, model: c.model, surface: text.slice(c.start, c.end), start: c.start, end: c.end };
    if (c.at >= 0) out[c.at] = hit;
    else added.push(hit);
    markTokens(tk, taken, c.start, c.end);
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
}

/** Are two names neighbours in a list ("A, B", "A and B")? */
function adjacent(text: string, a: { end: number }, b: { start: number }): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 8 && /^\s*(?:[,/;]\s*)?(?:(?:and|or)\s+)?$/.test(gap);
}

function markTokens(tk: Tokens, taken: Uint8Array, a: number, b: number): void {
  for (let t = firstTokenAfter(tk, a); t < tk.n && tk.start[t]! < b; t++) taken[t] = 1;
}

/** All model mentions in a cleaned text, left to right. `taken` marks tokens consumed. */
export function scanModels(text: string, tk: Tokens, taken: Uint8Array): ModelHit[] {
  const scan: ModelScan = { out: [], compounds: null };
  const n = tk.n;
  for (let i = 0; i < n; i++) {
    if (i > 0 && tk.glued[i]) continue;
    if (!mayStart(tk, i, FAMILY_BIT)) continue;
    const w = tokLower(tk, i);
    if (w.length > MAX_FIRST || !FIRST.has(w)) continue;
    // part of a longer hyphenated name ("AM-DeepSeek-R1-Distilled", "AM-Distill-Qwen-32B")
    // (a creator's name before it is not: "OpenAI-o3", "Meta-Llama-3-8B")
    if (
      i > 0 &&
      tk.end[i - 1] === tk.start[i]! - 1 &&
      text.charCodeAt(tk.start[i]! - 1) === 45 &&
      /[A-Z]/.test(text[tk.start[i - 1]!]!) &&
      !(isCreatorName(tokLower(tk, i - 1)) && (i < 2 || !tk.joinPrev[i - 1] || text.charCodeAt(tk.start[i - 1]! - 1) === 32)) &&
      // (a dimension is read with the family: "3D-DenseNet", see readFamilyMatch)
      !(dimensionFamilyFirst(w) && DIMENSION_BEFORE.test(text.slice(Math.max(0, tk.start[i]! - 4), tk.start[i])))
    ) {
      prefixedCompound(text, tk, i, scan);
      continue;
    }
    const m = matchAt(text, tk, i, false);
    if (!m) continue;
    i = readFamilyMatch(text, tk, taken, i, m, scan);
  }
  const out = scan.compounds ? resolveCompounds(text, tk, taken, scan.out, scan.compounds) : scan.out;
  // families no lexicon knows, by their shape ("Zephyrus-13B-Instruct", "Keye-VL")
  // …and models named after a family with a word glued before it ("BiomedCLIP", "TinyLlama")
  return addListedModels(text, addPrefixedModels(text, tk, taken, addShapedModels(text, tk, taken, out, isFamilyWord), isFamilyWord, familyMisspelled), taken, tk);
}

/** The hits scanModels collects, and the compound names to resolve after the scan (see resolveCompounds). */
interface ModelScan {
  out: ModelHit[];
  compounds: Compound[] | null;
}

/**
 * A family at token i inside a longer hyphenated name ("AM-DeepSeek-R1-Distilled"): no hit of its own, but a compound
 * when the whole name is used as a model here ("Video-LLaVA and Qwen2-VL"): see resolveCompounds.
 * (This and readFamilyMatch are functions of their own: inside scanModels, each rare path a paper met deoptimised,
 * and had the JIT recompile, the whole scan.)
 */
function prefixedCompound(text: string, tk: Tokens, i: number, scan: ModelScan): void {
    // …unless the whole name is used as a model here ("Video-LLaVA and Qwen2-VL"): see resolveCompounds
    const m = matchAt(text, tk, i, false);
    if (m) {
      const pre = prefixStart(text, m.start);
      if (pre >= 0) {
        const hit = build(m.p, m.p.parts, text.slice(m.start, m.p.end), m.start, m.p.end);
        const tail = compoundTail(text, hit.end, hit.model.family);
        const prefix = text.slice(pre, m.start - 1);
        (scan.compounds ??= []).push({ at: -1, pos: scan.out.length, start: pre, end: tail.end, label: [prefix, hit.label, ...tail.pieces].join('-'), model: { ...hit.model, family: `${prefix}-${hit.model.family}` } });
      }
    }
}

/**
 * The hits of the family match m at token i: a size before it, a language before it, a glued "+", a compound tail,
 * the acronym the text gives it. Returns the last token the hits take (i when there is none).
 */
function readFamilyMatch(text: string, tk: Tokens, taken: Uint8Array, i: number, m: { p: Parsed; start: number }, scan: ModelScan): number {
  const n = tk.n;
  // a bare family naming a dataset ("Vicuna test set", "SmolLM corpus") or a metric ("Fréchet Inception Distance",
  // "CLIP Score")
  if (m.p.parts.length === 0 && m.p.version === undefined && (DATASET_AFTER.test(text.slice(m.p.end, m.p.end + 24)) || METRIC_AFTER.test(text.slice(m.p.end, m.p.end + 12)))) return i;
  // a benchmark named after a model, with or without its version ("LLaVA-Bench", "Qwen-Image-Bench"): the dataset
  // rules read the whole name
  if (BENCH_SUFFIX.test(text.slice(m.p.end, m.p.end + 12)) || TOOL_SUFFIX.test(text.slice(m.p.end, m.p.end + 12))) return i;
  // an agentic coding tool named after a family ("Claude Code", "Gemini CLI", "Qwen Code"): a product built around
  // models, not the family (58 corpus papers write "Claude Code"; the readers of three read papers list no Claude there)
  if (m.p.parts.length === 0 && m.p.version === undefined && CODING_TOOL_AFTER.test(text.slice(m.p.end, m.p.end + 8))) return i;
  // the task a short name also names ("Learning to Segment Anything", "Segment Anything without Supervision")
  if (m.p.parts.length === 0 && m.p.version === undefined && TASK_PHRASES.has(text.slice(m.start, m.p.end)) && (TASK_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || TASK_AFTER.test(text.slice(m.p.end, m.p.end + 9)))) return i;
  // a family's long name inside the long form of another name ("an adaptive Vision Transformer (AdaViT)")
  // (a long name only: "enhanced CLIP (EvdCLIP)" still uses CLIP)
  if (m.p.parts.length === 0 && m.p.version === undefined && text.charCodeAt(m.p.end) === 32 && text.charCodeAt(m.p.end + 1) === 40 && text.lastIndexOf(' ', m.p.end - 1) > m.start && longFormOfOther(text, m.p.end + 2, m.p.family.label, text.slice(m.start, m.p.end))) return i;
  // a family's long name heading the description of another name: "GranViT, a novel Vision Transformer that …",
  // "GasTwinFormer: A Hybrid Vision Transformer for …", "DINOv2, a self-supervised Vision Transformer": it says what
  // kind of thing the name is, it does not use the family
  // (the long name as the head, not modifying one: "GeoFormer: A Swin Transformer-Based Framework", "an open-source
  // Swin Transformer framework" build on Swin)
  if (m.p.parts.length === 0 && m.p.version === undefined && text.lastIndexOf(' ', m.p.end - 1) > m.start && DESCRIPTION_HEAD_ENDS.test(text.slice(m.p.end, m.p.end + 16)) && describesName(text, m.start)) return i;
  // a known technique or data set whose name starts with the family ("Swin-UNet", "Swin UNETR"), or a benchmark or
  // metric named after it ("CLIP-IQA"): the method and dataset readings take it whole
  if (m.p.parts.length === 0 && m.p.version === undefined) {
    const next = NEXT_NAME_WORD.exec(text.slice(m.p.end, m.p.end + 24));
    // (the lexicons' keys are written without spaces and hyphens; after a hyphen a benchmark's or a metric's shape is
    // enough, "CLIP-IQA", not after a space, "a BERT QA model" is BERT)
    const whole = next ? text.slice(m.start, m.p.end + next[0].length).replace(/[ -]/g, '') : '';
    if (next && (next[0][0] === '-' ? isTechniqueOrData(whole) : isKnownTechniqueOrData(whole))) return i;
  }
  if (!m.p.parts.some((x) => x.kind === 'size')) {
    const pre = PRE_SIZE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    // (not before "-style": "a 51.65M-parameter LLaMA-style Transformer" sizes the Transformer)
    if (pre && !DATA_AFTER.test(text.slice(m.p.end, m.p.end + 24)) && !likeAfter(text, m.p.end)) {
      m.p.parts.push({ kind: 'size', text: sizeText(pre[1]!) });
      m.p.sizeBefore = true;
    }
  }
  const expanded = expand(text, m.p, m.start);
  const hits = expanded.hits;
  let end = expanded.end;
  // a language before the family names a checkpoint of its own ("Chinese BERT-large")
  if (hits.length === 1 && codeAt(text, m.start - 1) === 32 && capitalisedWordBefore(text, m.start - 1)) {
    const lang = LANGUAGE_BEFORE.exec(text.slice(Math.max(0, m.start - 14), m.start));
    if (lang) hits[0] = withWordBefore(text, hits[0]!, lang[1]!, m.start, `${lang[1]!}-${hits[0]!.model.family}`);
  }
  // a dimension before a convolutional family names the volumetric (or planar) network built from it, another
  // model than the image network ("a 3D ResNet-50 trained from scratch", "3D-DenseNet", "2D ResNet-18")
  if (hits.length === 1 && DIMENSION_FAMILIES.has(hits[0]!.model.family)) {
    const dim = DIMENSION_BEFORE.exec(text.slice(Math.max(0, m.start - 4), m.start));
    // (its family stays: "the from-scratch ResNet" after "a 3D ResNet-50" is that network)
    if (dim) hits[0] = withWordBefore(text, hits[0]!, dim[1]!, m.start, hits[0]!.model.family);
  }
  // a glued "+" or "++" is part of the name ("DeepLabv3+", "PointNet++" is listed whole)
  if (hits.length === 1 && codeAt(text, end) === 43) {
    const plus = text.charCodeAt(end + 1) === 43 ? '++' : '+';
    if (!continues(text, end + plus.length)) {
      const h = hits[0]!;
      end += plus.length;
      hits[0] = { ...h, label: h.label + plus, slug: slugify(h.label + plus), surface: h.surface + plus, end };
    }
  }
  // a name that goes on past the family with capitalised words ("LLaVA-Med", "Qwen-Image-Edit"): see resolveCompounds
  // (not past a size: "Qwen3-8B-SFT" is a training stage of Qwen3-8B)
  if (hits.length === 1 && codeAt(text, end) === 45 && hits[0]!.model.size === undefined) {
    const tail = compoundTail(text, end, hits[0]!.model.family);
    if (tail.pieces.length) {
      const h = hits[0]!;
      (scan.compounds ??= []).push({ at: scan.out.length, pos: scan.out.length, start: h.start, end: tail.end, label: [h.label, ...tail.pieces].join('-'), model: { ...h.model, family: [h.model.family, ...tail.pieces].join('-') } });
    }
  }
  // "Qwen Image 2.0", "Kling Avatar 2.0", "Claude Fable 5": a bare family, one capitalised word and a release number
  // are a product line's release, a model whatever surrounds it (the hyphenated "Qwen-Image-2.0" is compoundTail's)
  if (hits.length === 1 && text.charCodeAt(end) === 32 && hits[0]!.model.size === undefined && hits[0]!.model.version === undefined && hits[0]!.model.variant === undefined) {
    const release = spacedLineRelease(text, end);
    if (release) {
      const h = hits[0]!;
      const label = [h.label, release.line, release.version, ...(release.tier ? [release.tier] : [])].join('-');
      end = release.end;
      hits[0] = { ...h, label, slug: slugify(label), surface: text.slice(h.start, end), end, model: { ...h.model, family: `${h.model.family}-${release.line}`, version: release.version } };
    }
  }
  // "YOLOv3, v4, v7, and v9", "DINOv2 and v3": bare versions after a glued one are the same line's models
  if (hits.length === 1 && GLUED_V_END.test(hits[0]!.surface)) end = listedVVersions(text, hits, end);
  scan.out.push(...hits);
  // "Segment Anything (SAM)": the acronym the text gives the model is one of its names
  if (hits.length === 1 && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40) {
    const short = acronymAfter(text, end, hits[0]!.surface);
    if (short) {
      scan.out.push({ ...hits[0]!, surface: short.text, start: end + 2, end: end + 2 + short.text.length });
      end += 2 + short.text.length;
    }
  }
  let j = i;
  while (j < n && tk.start[j]! < end) taken[j++] = 1;
  return j - 1;
}

/**
 * A hit with the word written right before its family (one space or hyphen between) made part of its name: "Chinese
 * BERT-large" is Chinese-BERT-large, "3D ResNet-50" 3D-ResNet-50; `family` is the family the hit is read with.
 */
function withWordBefore(text: string, h: ModelHit, word: string, familyStart: number, family: string): ModelHit {
  const start = familyStart - word.length - 1;
  const label = `${word}-${h.label}`;
  return { ...h, label, slug: slugify(label), surface: text.slice(start, h.end), start, model: { ...h.model, family } };
}

/** A surface ending in a glued "v" version ("YOLOv3", "DINOv2"). */
const GLUED_V_END = /[A-Za-z]v\d{1,2}$/;
/** The next item of a list of bare "v" versions: ", v4", " and v9", "/v3". */
const V_VERSION_SEQ = /(\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*\/\s*)(v\d{1,2})(?![A-Za-z0-9%-]|\.\d)/y;

/**
 * Appends to `hits` (one glued-version hit) the models of the bare versions listed after it, each the same stem with
 * its version when that is a model name; returns where the list ends.
 */
function listedVVersions(text: string, hits: ModelHit[], end: number): number {
  const first = hits[0]!;
  const stem = first.surface.replace(/v\d{1,2}$/, '');
  for (;;) {
    V_VERSION_SEQ.lastIndex = end;
    const m = V_VERSION_SEQ.exec(text);
    if (!m) return end;
    const c = canonicalModel(stem + m[2]!);
    // (a known member of the line, written as the first is: "YOLOv4", whatever lexicon entry it comes from; not
    // "DINO-v9", a version any family would take)
    if (!c || c.label.toLowerCase() !== (stem + m[2]!).toLowerCase()) return end;
    const at = m.index + m[1]!.length;
    hits.push({ slug: c.slug, label: c.label, model: c.model, surface: m[2]!, start: at, end: at + m[2]!.length });
    end = at + m[2]!.length;
  }
}

const CANON = new Map<string, { slug: string; label: string; model: ModelInfo } | null>();

/** Canonical reading of a model name, or null if it is not a model name. Memoised. */
export function canonicalModel(name: string): { slug: string; label: string; model: ModelInfo } | null {
  // most names do not start with a family's first word: no cache entry, no tokenisation (the first-token table
  // answers most of them without building the word)
  if (!firstWordMayStart(name, FAMILY_BIT)) return null;
  const w = firstWordLower(name);
  if (w !== null && !FIRST.has(w)) return null;
  let r = CANON.get(name);
  if (r === undefined) {
    r = canonicalRaw(name);
    if (CANON.size > 50000) CANON.clear();
    CANON.set(name, r);
  }
  return r === null ? null : { slug: r.slug, label: r.label, model: { ...r.model } };
}

function canonicalRaw(name: string): { slug: string; label: string; model: ModelInfo } | null {
  const text = cleanText(name);
  if (!text) return null;
  const tk = tokenize(text);
  if (!tk.n || tk.start[0] !== 0) return null;
  const m = matchAt(text, tk, 0, true);
  if (!m || m.p.end !== text.length) return null;
  if (m.p.family.require === 'version' && m.p.version === undefined) return null;
  // an acronym in capitals is another name than a case-sensitive word family ("MUSE (Model-based …)" is not Muse),
  // whether or not the family needs a version: "LUMINA: Detecting Hallucinations …" is not the Lumina image models,
  // "ORCA", "OTTER", "FALCON" as a paper's own acronym not Orca, Otter or Falcon (unless its makers write it so: BAGEL)
  // (read as the scanner reads text, which takes such capitals only as a hub's spelling of a release or size:
  // "GEMINI-2.5-Pro", "VICUNA-13B"; not "LUMINA-26", nor the bare acronym)
  // (and the other way round, a family written only in capitals is no name with a capital inside small letters, a
  // paper's own coinage: "FLaME" is not the FLAME face model, "LiMA" not LIMA; "Bert Base", "Dino-UNet" are the hub's
  // ways of writing BERT and DINO)
  const first = text.slice(0, tk.end[0]!);
  if (m.p.family.caseSensitive && !m.p.family.forms.has(first) && (isAllCapsWord(first) || (allCapsFamily(m.p.family) && /[a-z][A-Z]/.test(first)))) {
    const strict = matchAt(text, tk, 0, false);
    if (!strict || strict.p.end !== text.length) return null;
  }
  const h = build(m.p, m.p.parts, text, 0, text.length);
  return { slug: h.slug, label: h.label, model: h.model };
}

/** A case-sensitive family whose every spelling is in capitals (BERT, FLAME, YOLO). */
function allCapsFamily(f: Family): boolean {
  for (const form of f.forms) if (!/^[A-Z][A-Z0-9]*$/.test(form)) return false;
  return true;
}

function isAllCapsWord(w: string): boolean {
  return w.length >= 3 && /^[A-Z]+$/.test(w);
}

/** True when a name (e.g. a proposal) reads as a model name of a known family. */
export function isModelName(name: string): boolean {
  return canonicalModel(name) !== null;
}

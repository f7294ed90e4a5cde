/**
 * The paper's own named contribution: the title's name before a colon ("Kron-LoRA: …"), "we propose/introduce/present
 * X", "… called/named/dubbed X", "X, a novel …", with its long form when the abstract defines it as an acronym.
 * The kind (method, dataset, model) is read from the nouns next to the name ("X, a benchmark …", "X: a multimodal
 * model …") or from its shape ("…Bench", "Foo-7B").
 */
import type { EntityKind } from '../types.ts';
import heads from './lexicons/heads.json' with { type: 'json' };
import { lettersAmongInitials, type AcronymDef } from './acronyms.ts';
import { codeAt, firstTokenAfter, isSpaceCode, registerFirst, slugify, somePartBeforeHyphen, tokLower, TokenHashBits, type Tokens } from './tokens.ts';
import { FIRST_TOKEN_BITS } from './first-token-bits.ts';
import { sentenceIndexAt, someWholeWordEnd } from './paper-text.ts';
import { ACTIVE_SIZE_SRC } from './model-shapes.ts';

export interface Proposal {
  name: string;
  long?: string;
  kind: EntityKind;
  /** Offset in the text of the mention that shows the proposal. */
  at: number;
}

const DATASET_HEADS = new Set(heads.datasetHeads.words);
const MODEL_HEADS = new Set(heads.modelHeads.words);
/** "a novel LVLM equipped with …": an acronym of a model class heads the apposition only as its last word. */
const MODEL_ACRONYM_HEADS = new Set(heads.modelAcronymHeads.words);
/** Words after a model class's acronym that make it the apposition's head: a participle of what it is or does ("an MLLM achieving …"). */
// ("GeoHeightChat, the first height-aware remote sensing LMM baseline": a baseline of a model class is a model)
const AFTER_HEAD = new Set(['equipped', 'trained', 'designed', 'built', 'capable', 'tailored', 'specialized', 'optimized', 'fine-tuned', 'and', 'baseline', 'achieving', 'exhibiting', 'featuring', 'integrating', 'leveraging', 'supporting', 'enabling', 'combining', 'unifying', 'incorporating']);
const METHOD_NOUNS = new Set(heads.methodNouns.words);
const TITLE_NOT = new Set(heads.titleNotNames.words);
const NOT_METHODS = new Set(heads.notMethods.words);
const NOT_PROPOSALS = new Set(heads.notProposals.words.map((w) => w.toLowerCase()));
/** Capitalised words that name a variant after a coined name ("OmniVL-Guard Pro", "SimpleQA Verified", "CoLVLM Agent"). */
const VARIANT_WORDS = new Set(['Pro', 'Plus', 'Max', 'Mini', 'Lite', 'Ultra', 'Verified', 'Agent', 'Base', 'Large', 'Small', 'Chat', 'Instruct', 'Zero', 'Flash', 'Turbo', 'Nano', 'Monocular', 'Bench', 'Data']);
/** Head nouns written capitalised after a name ("X Framework", "X Benchmark"): the name is X. */
const HEAD_WORDS = new Set(['framework', 'method', 'approach', 'model', 'system', 'algorithm', 'benchmark', 'dataset', 'corpus', 'suite', 'pipeline', 'toolkit', 'library', 'platform', 'architecture', 'network', 'module']);
const NOT_DATASET_NAMES = new Set(heads.notDatasetNames.words.map((w) => w.toLowerCase()));

/** A coined name: internal capital, digit or Greek letter, or an all-caps word; or CamelCase parts joined by '-'. */
/** A digit between letters: "gen2seg", "e5-omni" (not "covid19", "v2"). */
const LETTER_DIGIT_LETTER = /[a-z]\d+[a-z-]/;

export function isCoinedName(w: string): boolean {
  if (!w || w.length < 2 || w.length > 40) return false;
  if (NOT_METHODS.has(w)) return false;
  // (the tests on single characters are read by code, and each regex runs only where its first character can match:
  // this runs for every name a rule reads, several times a paper)
  const c0 = w.charCodeAt(0);
  const digit0 = c0 >= 48 && c0 <= 57;
  const upper0 = c0 >= 65 && c0 <= 90;
  const greek0 = c0 >= 0x370 && c0 <= 0x3ff;
  if (!(digit0 || upper0 || greek0 || (c0 >= 97 && c0 <= 122))) return false;
  if (allLowerAscii(w)) return false;
  if (w.indexOf('-') > 0 && ADJECTIVE_TAIL.test(w)) return false; // adjectives
  if (upper0 && w.charCodeAt(w.length - 1) === 115 && /^[A-Z]{2,}s$/.test(w)) return false; // plural acronyms ("VFMs", "LLMs") name a class, not a contribution
  if (digit0) {
    if (/^\d+(?:\.\d+)?[A-Za-z]?$/.test(w)) return false; // "8B", "2024"
    if (/^\d+(?:\.\d+)?[BM]-/.test(w)) return false;
    if (/^\d[\d.,]*[KkMB]?-[a-z]+$/.test(w)) return false; // a quantity: "400K-sample", "1526-hour"
  }
  if (greek0) return true;
  // ("xLSTM", "mPLUG"; or a digit between letters, "gen2seg", "e5-omni")
  if (!(upper0 || digit0)) return someCode(w, 1, 65, 90) || LETTER_DIGIT_LETTER.test(w);
  return someCode(w, 1, 65, 90) || someCode(w, 1, 48, 57) || hyphenCapital(w);
}

const ADJECTIVE_TAIL =
  /-(?:aware|based|driven|powered|guided|enhanced|free|specific|level|agnostic|like|style|oriented|centric|friendly|ready|empowered|assisted|augmented|inspired|informed|enabled|integrated|generated|powered)$/i;

/** /^[a-z]+$/ by code. */
function allLowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return w.length > 0;
}

/** Is some code of w from index `from` on in [lo, hi]? */
function someCode(w: string, from: number, lo: number, hi: number): boolean {
  for (let i = from; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= lo && c <= hi) return true;
  }
  return false;
}

/** /-[A-Z]/ by code. */
function hyphenCapital(w: string): boolean {
  for (let i = w.indexOf('-'); i >= 0 && i + 1 < w.length; i = w.indexOf('-', i + 1)) {
    const c = w.charCodeAt(i + 1);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * A parameter count ending a name (a mixture of experts' with its active count), or followed by model-card variant
 * words: "-7B", "-30B-A3B", "-13B-Instruct", "-0.5B-Chat-v2".
 */
const SIZE_TAIL = new RegExp(
  String.raw`-\d+(?:\.\d+)?[BM](?:-${ACTIVE_SIZE_SRC})?(?:-(?:Instruct|Chat|Base|Preview|Thinking|Reasoning|Coder|Code|Math|VL|Vision|Omni|Audio|RL|SFT|Zero|Distill|v\d+(?:\.\d+)?))*$`,
);
/** A data head after the name or its parenthesis, up to two lower-case words between ("(MM-F2F) human conversation dataset"). */
const DATA_HEAD_AFTER = /^\s*(?:\([^()]{1,80}\)\s*)?(?:(?!(?:to|and|or|of|for|in|on|as|is|are|with|from|by|a|an|the)\s)[a-z][a-z-]*\s+){0,2}(?:[Dd]ata ?[Ss]ets?|[Bb]enchmarks?|[Cc]orpus|[Cc]orpora|[Tt]estbed|[Ll]eaderboard|[Dd]atabase)\b/;

/** Words after a data head that make it a modifier ("dataset ownership verification", "benchmark contamination"). */
const DATA_AS_MODIFIER = /^(?:ownership|distillation|condensation|pruning|selection|curation|construction|generation|synthesis|creation|augmentation|shift|bias|contamination|valuation|attribution|documentation|watermarking|protection|poisoning|leakage|deduplication|filtering|cleaning|labeling|labelling|annotation|imbalance|inference|copyright|auditing|unlearning)$/;

/** Words after "model" that make it a modifier ("model agnostic", "model based", "model merging"; not "a model based on …"). */
const MODEL_AS_MODIFIER = /^(?:agnostic|based|free|driven|specific|level|independent|merging|editing|compression|selection|serving|training|predictive)$/;
const APPOSITION_START = /^\s*(?:\([^)]*\)\s*)?(?:,|:|\s+is|\s+-|\s+–|\s+—)\s*/;
/**
 * " as" after a name right after a proposal verb reads as an apposition: "we also propose U-FunKAN as state-of-the-art
 * binary medical segmentation model", "we introduce MEDS (…) as a dataset" (not after other verbs: "we formulate SML as
 * a finetuning methodology", "derive the CRLB as a performance benchmark").
 */
const AS_AFTER_NAME = /^(\s*(?:\([^()]{1,80}\)\s*)?)\s+as\s+/;
const PROPOSAL_VERB_BEFORE = /\b(?:propose|proposes|introduce|introduces|present|presents|release|releases)\s+$/;
/** Classes of network whose "family" or "series" is a family of models ("a CNN family"). */
const NETWORK_CLASS_WORDS = new Set(['cnn', 'cnns', 'convnet', 'convnets', 'transformer', 'transformers', 'vit', 'vits', 'network', 'networks']);
/** Words that end the head phrase of an apposition ("a benchmark for …"): a set, as this runs for every proposal read. */
const MODEL_HEAD_AFTER = /^\s+(?:model|LLM|language model|foundation model)(?![\w-])/;
/** A shared task's name: "SemEval-2025 Task 4", "BioASQ Task 13b". */
const SHARED_TASK = /\sTask\s\d{1,2}[A-Za-z]?$/;
/** Nouns of a thing made from another, read through to what it is made from ("a refined version of the … dataset"). */
const VERSION_NOUNS = new Set(['version', 'variant', 'extension', 'edition', 'subset', 'revision', 'reannotation', 're-annotation']);
const APPOSITION_STOPS = new Set('for of on with that which to in from by using via across through toward towards against under beyond between into at as over without within'.split(' '));
const BENCH_SPLIT = /[a-z0-9]Bench-(?:Lite|Pro|Hard|Easy|Plus|Complete|Full|Mini|Verified|Extended|Live|Small|Large|XL|[A-Z]{2}|[vV]?\d+(?:\.\d+)?)$/;
/** A count in thousands ending a hyphenated name: "-590K", "-1.4k" (not a resolution: "Diffusion-4K"). */
const THOUSANDS_TAIL = /-(?![248][Kk]$)\d+(?:\.\d+)?[Kk]$/;
/** A benchmark's name: "…Bench", "…bench", in capitals too, with a dimension or version after it ("MISALIGNMENTBENCH", "PoseBench3D"). */
const BENCH_NAME = /(?:Bench|bench|BENCH)(?:[-_]?(?:[1-4]D|[vV]?\d+(?:\.\d+)?))?$/;
/**
 * Nouns of data before "called"/"named", singular or plural (with the 'i' flag): a split or subset of data is data
 * too.
 */
const DATA_NOUN_SRC = String.raw`(?:dataset|benchmark|corpus|testbed|database|split|subset)s?`;
/** A long form ending in a data head: "Reasoning and Answering Temporal Ability dataset". */
const DATA_HEAD_END = new RegExp(String.raw`\s${DATA_NOUN_SRC}$`, 'i');
/** One ending in a head that names nothing but data, whatever an apposition calls it ("Gen-ViRe (Generative Visual Reasoning Benchmark), a framework …"). */
const DATA_ONLY_HEAD_END = /\s(?:[Dd]ataset|[Bb]enchmark|[Cc]orpus)$/;
/** A naming participle right before a name: "… named ", "… called ". */
const NAMED_BEFORE = /\b(?:named|called|termed|dubbed)(?:\s+as)?\s+$/;

/**
 * Does a data noun name the first mention of `written` from `at` on, before "called"/"named" ("a … paired dataset named
 * SIED", "three new benchmarks called GRES")? As where a plain name follows "called" (DATA_BEFORE_CALLED, not after a
 * noun phrase of use: "a retriever trained on a synthetic dataset, called SynRet").
 */
function dataNamedBefore(text: string, at: number, written: string): boolean {
  // (the mention the reading found, not one sentences on)
  const where = text.indexOf(written, at);
  if (where < 0 || where - at >= 200) return false;
  const named = NAMED_BEFORE.exec(text.slice(Math.max(0, where - 12), where));
  if (!named) return false;
  const namedAt = Math.max(0, where - 12) + named.index;
  return dataNounBeforeCalled(text.slice(Math.max(0, namedAt - 60), namedAt));
}

/** The kind of a proposal from its name and the words after it: what they say, else what its shape says. */
function kindFromContext(name: string, after: string): EntityKind {
  return contextKind(name, after) ?? shapeKind(name);
}

/**
 * The kind a name's shape gives when nothing after it says: a size makes a model; "…QA", "…Eval", "…Arena", a
 * benchmark's split and a count in thousands make data ("VSI-590K"); anything else a method.
 */
function shapeKind(name: string): EntityKind {
  const sized = name.indexOf('-') >= 0 && SIZE_TAIL.test(name);
  return sized ? 'model' : name.endsWith('QA') || name.endsWith('Eval') || name.endsWith('Arena') || BENCH_SPLIT.test(name) || THOUSANDS_TAIL.test(name) ? 'dataset' : 'method';
}

/** The kind the name's own words or the words after it decide, or null where only its shape can ({@link shapeKind}). */
function contextKind(name: string, after: string): EntityKind | null {
  if (BENCH_NAME.test(name) || name.endsWith('Corpus') || name.endsWith('Dataset') || name.endsWith('Benchmark')) return 'dataset';
  if (name.endsWith(' Agent')) return 'method'; // "Catfish Agent, a role-specialized LLM": an agent is a system
  // a shared task the paper sets is a benchmark ("SemEval-2025 Task 4: Unlearning sensitive content …")
  if (SHARED_TASK.test(name)) return 'dataset';
  // ("we curate FetalSigma-1M dataset": a size names data as well as models)
  // (also with a model-card tail after the size: "Zephyrus-13B-Instruct", "Foo-7B-Chat")
  // (a size names a model unless a data head or an apposition says data: "SPAR-7M, a large-scale dataset generated
  // from …", "HSG-12M: A Large-Scale Spatial Multigraph Dataset"; an apposition's method noun does not unmake a model)
  const sized = name.indexOf('-') >= 0 && SIZE_TAIL.test(name);
  // "…QA", "…Eval" and "…Arena" are mostly benchmarks, unless the apposition says otherwise ("InfoQA, a multi-call
  // framework", "OmniArena, an automated platform for evaluating …")
  // (so is a benchmark's split or edition, "AutoCodeBench-Complete", "JudgeBench-Pro", unless an apposition says
  // otherwise: "ToolBench-RL, a reinforcement learning framework")
  // (a count in thousands after a hyphen is a number of examples: "VSI-590K", "GThinker-11K", "Grasp-1K" are data; models
  // are sized in millions and billions: shapeKind)
  // a dataset head right after the name, or after its parenthesis: "the MMR dataset", "Spatial Reasoning (SR) benchmark"
  if (DATA_HEAD_AFTER.test(after)) return 'dataset';
  // a model noun right after it: "an introduction to Erkang-Diagnosis-1.1 model, our …" (not "X model-agnostic")
  if (MODEL_HEAD_AFTER.test(after)) return 'model';
  // only an apposition describes the name: "X, a benchmark …", "X: a multimodal model", "X is a …"
  // (the apposition is the rest of `after` from the end of the match, read up to 160 characters)
  const ap = APPOSITION_START.exec(after);
  if (!ap) return null;
  // (nine words fit in 160 characters of an abstract, twelve with a "version of …" read through: no need to lower-case
  // the rest of the sentence)
  const apposition = after.slice(ap[0].length, ap[0].length + 160).toLowerCase();
  const words = appositionWords(apposition, 12);
  let limit = 9;
  for (let i = 0; i < words.length && i < limit; i++) {
    const w = words[i]!;
    // "a suite of video foundation models", "a family of open models": the noun after "of" names the kind
    // (the words after w are read only where there are some: see wordAt)
    // ("a large-scale mixture of high-quality open-source datasets": so after a mixture or a compilation)
    // (the kind noun may come after several describing words: "a new family of omnilingual, cross-lingual and
    // cross-modal sentence embedding models", so the words read go on as after a "version of")
    // ("Anny-One, a collection of 800k photorealistic humans": a counted collection or set at the apposition's head is
    // data, unless what it counts is models, methods or agents, "a suite of 4 open models", "a set of 3 metrics")
    if (i <= 5 && COUNTED_COLLECTION.has(w) && wordAt(words, i + 1) === 'of' && /^\d[\d,.]*[km]?$/.test(wordAt(words, i + 2)) && !countsNonData(words, i + 3)) return 'dataset';
    if ((w === 'suite' || w === 'family' || w === 'series' || w === 'collection' || w === 'class' || w === 'mixture' || w === 'compilation') && wordAt(words, i + 1) === 'of') {
      i++;
      // (only as the apposition's head, its first words: not "X is proposed, combining …, mixture of experts models")
      if (i <= 3) limit = 12;
      continue;
    }
    // ("AttNet, a CNN family that …", "a vision transformer series": a family of networks is a model family)
    if ((w === 'family' || w === 'series') && i > 0 && NETWORK_CLASS_WORDS.has(words[i - 1]!)) return 'model';
    // ("ModeVent, a subset of MultiVent …", "a challenging subset derived from the MultiVent dataset": a part of data is
    // data, when "of" or a word that starts what is said of it follows; read before the version nouns read "of" through;
    // not a subset of a model's parts, "a subset of attention heads", nor "a subset selection method", nor a title's cut
    // "… Evaluation Subset")
    if (w === 'subset' && subsetOfData(words, i)) return 'dataset';
    // ("an extended and improved version of the IS3 synthetic dataset": a version of data is data)
    if (VERSION_NOUNS.has(w) && wordAt(words, i + 1) === 'of') {
      i++;
      limit = 12;
      continue;
    }
    if (APPOSITION_STOPS.has(w)) break;
    // ("MaxFlip, a curated challenge set that …": a set held out to test is data)
    // (not a modifier, "test set contamination", nor, in an apposition without an article, the object of a gerund,
    // "Flagging Test Set Contamination", whose tail may be cut before its head; "a continuously growing test set" is one)
    if (w === 'set' && i > 0 && HELD_OUT_SET.has(words[i - 1]!) && !DATA_AS_MODIFIER.test(wordAt(words, i + 1)) && (ARTICLE.has(words[0]!) || !gerundBefore(words, i - 1))) return 'dataset';
    // ("Robust Dataset Ownership Verification", "a dataset distillation method": the noun only modifies the one after it)
    if ((DATASET_HEADS.has(w) || DATASET_PLURALS.has(w)) && !DATA_AS_MODIFIER.test(wordAt(words, i + 1))) return 'dataset';
    // (not a method noun that only modifies a model head after it, the words in a row: "a generative process reward
    // model", "a native GUI agent model")
    if (METHOD_NOUNS.has(w) && !methodNounModifiesModel(words, i, apposition)) return sized ? 'model' : 'method';
    // ("a model agnostic framework", "a model-based method": the noun only modifies the head after it)
    // (nor "LLM agents": the agent is the head)
    // (nor "a model enhancement method": a method noun after the next word is the head, when the three are written in a
    // row, "a generative model, whose approach …" is a model; and not after a model class's acronym, "a … Large
    // Language Model (MLLM) framework" is a model's)
    if (
      (MODEL_HEADS.has(w) || MODEL_PLURALS.has(w)) &&
      !(MODEL_AS_MODIFIER.test(wordAt(words, i + 1)) && wordAt(words, i + 2) !== 'on') &&
      !agentAt(words, i + 1) &&
      !METHOD_NOUNS.has(wordAt(words, i + 1)) &&
      !modelModifiesMethodNoun(words, i, apposition)
    )
      return 'model';
    if (MODEL_ACRONYM_HEADS.has(w)) {
      const next = wordAt(words, i + 1);
      // (else a modifier: "an open-source contrastive VLM benchmark", "two VLA datasets"; an adverb may come before what
      // follows the head, "a new MLLM specifically designed for …")
      if (next === '' || APPOSITION_STOPS.has(next) || AFTER_HEAD.has(next) || (/ly$/.test(next) && (AFTER_HEAD.has(wordAt(words, i + 2)) || APPOSITION_STOPS.has(wordAt(words, i + 2))))) return 'model';
    }
  }
  return null;
}

const COUNTED_COLLECTION = new Set(['collection', 'set', 'suite', 'compilation']);
/** A model's parts, which a subset may be of ("a subset of attention heads"). */
const MODEL_PARTS = new Set(['heads', 'attention', 'tokens', 'parameters', 'weights', 'neurons', 'experts', 'layers', 'features', 'channels', 'dimensions', 'units', 'filters', 'modules', 'components']);
/** Is the "subset" at words[i] one of data: "of" and no model's parts, or a word that starts what is said of it? */
function subsetOfData(words: readonly string[], i: number): boolean {
  const next = wordAt(words, i + 1);
  return next === 'of' ? ![2, 3, 4].some((k) => MODEL_PARTS.has(wordAt(words, i + k))) : SUBSET_FOLLOWS.has(next);
}
/** Words after "subset" that start what is said of it ("derived from", "targeting …", "to foster …"). */
const SUBSET_FOLLOWS = new Set(['derived', 'drawn', 'sampled', 'selected', 'curated', 'built', 'constructed', 'from', 'with', 'that', 'which', 'containing', 'comprising', 'covering', 'focusing', 'focused', 'targeting', 'for', 'to', 'designed', 'consisting']);
/** Words before "set" that make it data held out to test on ("a curated challenge set"). */
const HELD_OUT_SET = new Set(['challenge', 'test', 'evaluation', 'held-out', 'validation', 'diagnostic']);
const ARTICLE = new Set(['a', 'an', 'the']);
/** Is one of words[0, end) in -ing (a gerund the words after it are the object of)? */
function gerundBefore(words: readonly string[], end: number): boolean {
  for (let k = 0; k < end; k++) if (words[k]!.endsWith('ing')) return true;
  return false;
}
/** Is one of the three words from `from` a model, method or agent noun (what a counted collection holds)? */
function countsNonData(words: readonly string[], from: number): boolean {
  for (let k = from; k < from + 3 && k < words.length; k++) {
    const w = words[k]!;
    if (MODEL_HEADS.has(w) || MODEL_PLURALS.has(w) || METHOD_NOUNS.has(w) || TECHNIQUE_PLURALS.has(w) || w === 'agents' || w === 'demonstrations' || w === 'prompts') return true;
  }
  return false;
}

/**
 * Is the method noun at words[i] followed by a model noun, right after it or after one more word, the words in a row in
 * `raw` ("agent model", "process reward model")?
 */
function methodNounModifiesModel(words: readonly string[], i: number, raw: string): boolean {
  for (let k = 1; k <= 2; k++) {
    const head = wordAt(words, i + k);
    // (one model, the head of the compound: not the object of a verb or word between, "a framework leveraging LLMs",
    // "a paradigm where models …", "a framework and model")
    // (a model noun that only modifies what follows, "a process reward model based search method", is read past by the
    // model test after this one)
    if (!SINGULAR_MODEL_HEADS.has(head)) continue;
    if (k === 2 && !COMPOUND_NOUN.test(wordAt(words, i + 1))) return false;
    const compound = words.slice(i, i + k + 1).join(' ');
    const at = raw.indexOf(compound);
    // (nor a compound that, with its short form, only modifies what follows: "a Process Reward Model (PRM)-guided
    // inference algorithm")
    return at >= 0 && !MODIFIER_AFTER_COMPOUND.test(raw.slice(at + compound.length, at + compound.length + 24));
  }
  return false;
}
const MODIFIER_AFTER_COMPOUND = /^(?:\s*\([^)]*\))?-/;
/** The model heads (heads.json → modelHeads) of one word in the singular: model, llm, assistant, chatbot. */
const SINGULAR_MODEL_HEADS = new Set([...MODEL_HEADS].filter((w) => !w.includes(' ') && !w.endsWith('s')));
/** A word that may stand inside a noun compound ("reward" in "process reward model"): no verb form nor function word. */
const COMPOUND_NOUN = /^(?!(?:and|or|where|which|that|upon|with|for|of|to|in|on|by|as|via|from|whose|when|while|than|but|explicitly|only|also)$)[a-z][a-z0-9-]*(?<!ing|ed|ly)$/;

/** Is the model noun at words[i] followed by a word and a method noun, the three in a row in `raw` ("model enhancement method")? */
function modelModifiesMethodNoun(words: readonly string[], i: number, raw: string): boolean {
  const next = wordAt(words, i + 1);
  const head = wordAt(words, i + 2);
  if (next === '' || APPOSITION_STOPS.has(next) || MODEL_ACRONYM_HEADS.has(next) || !METHOD_NOUNS.has(head)) return false;
  return raw.includes(`${words[i]!} ${next} ${head}`);
}

/** "our (proposed) X achieves/outperforms/…": the paper's own results, of a name it coined. */
// (any verb of what the thing does, or an adverb or modal before one: "our LingoEDU transforms …", "our SA-Mem preserves
// …", "our X can …"; not the verbs that are also plural nouns after a name: "our X models", "our TREC2024 runs rank …")
const OUR_RESULTS =
  /\b[Oo]ur\s+(?:proposed\s+)?([A-Za-z0-9][\w+-]*[A-Z0-9][\w+-]*)\s+((?:achieves|outperforms|surpasses|improves|yields|attains|delivers|reduces|obtains|sets|consistently|significantly|effectively|successfully|substantially|also|further|not only|can|could|is|was|will|transforms|preserves|takes|enables|learns|generates|produces|provides|leverages|integrates|incorporates|combines|captures|exhibits|demonstrates|maintains|performs|excels|enhances|boosts|matches|predicts|employs|exploits|supports|offers|introduces|consists|comprises|includes|establishes|constructs|addresses|decomposes|extracts|adapts|generalizes|generalises|converges|unlocks|encourages|serves|requires|remains|retains|mitigates|alleviates|eliminates|handles|operates|reaches|increases|utilizes|adopts)\b)/;

/**
 * Names after "our" that are not a thing the paper made: a backbone with its depth ("our SEWResNet-34 can …"), a
 * research question ("our RQ2 addresses …"), a team or a lab ("Our NTU-Team ranks first").
 */
const OUR_NOT_OWN = /(?:ResNet|ResNeXt|DenseNet|VGG|ViT)-?\d+$|^R?Q\d+$|-(?:Team|Lab)$/;

/** Is an all-capital name, or one of its hyphenated parts, a short form the paper defines ("SOD" of "HRSI-SOD", "PFMs")? */
function abbreviatesDefined(name: string, defs: readonly AcronymDef[]): boolean {
  const parts = name.split('-');
  return defs.some((d) => {
    const short = d.short.endsWith('s') ? d.short.slice(0, -1) : d.short;
    return d.short === name || short === name || parts.includes(d.short) || parts.includes(short);
  });
}

/** Is `words[i]` "agent" or "agents" (an agent is a system built on a model, whatever model noun comes before)? */
function agentAt(words: readonly string[], i: number): boolean {
  const w = wordAt(words, i);
  return w === 'agent' || w === 'agents';
}

/**
 * `words[i]`, or '' past the last word (no word is empty), read only inside the array: as with codeAt (tokens.ts), an
 * optimised read past the end, or an undefined where only strings were seen, deoptimises.
 */
function wordAt(words: readonly string[], i: number): string {
  return i < words.length ? words[i]! : '';
}

/**
 * The first `max` words of a lower-cased text: its runs of a-z, 0-9 and "-" (every other character separates), read
 * only as far as needed (what replacing the others by spaces and splitting gave, without the passes over the rest).
 */
function appositionWords(lower: string, max: number): string[] {
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i <= lower.length && words.length < max; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
    if (inWord) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      words.push(lower.slice(from, i));
      from = -1;
    }
  }
  return words;
}

// (the first mark of an enumerated list may stand between the subject and the verb: "we (i) construct and release",
// "we (1) propose MusWikiDB"; the authors may be the object of what moved them, "these findings inspire us to propose")
const VERB =
  /\b(?:(?:we|I|this (?:paper|work|study|article|report|technical report|letter|thesis|manuscript|dissertation|chapter|note|tutorial)|the paper|our (?:work|approach|method|framework|pipeline|study)|here,? we|the authors?|(?:inspir(?:es?|ed|ing)|motivat(?:es?|ed|ing)|leads?|led|leading|encourag(?:es?|ed|ing)|prompt(?:s|ed|ing)?|driv(?:es?|ing)|drove)\s+us\s+to)\s+(?:\((?:i|1|a)\)\s+)?(?:(?:first|also|further|then|thus|therefore|hence|additionally|newly)\s+)?(?:(?:have|has)\s+)?(?:propose|proposes|proposed|introduce|introduces|introduced|present|presents|presented|develop|develops|developed|design|designs|designed|release|releases|released|build|built|construct|constructed|create|created|curate|curated|generate|generated|provide|provides|establish|contribute|offer|unveil|launch|put forward|devise|formulate|describe|describes)(?:\s+and\s+(?:publicly\s+)?(?:release|released|releases))?)\s+/gi;
/** A mark of an enumerated list: "(1)", "(iv)", "(b)". */
const MARK_SRC = String.raw`\((?:\d|[ivx]{1,3}|[a-f])\)`;
/** A mark right after the verb, and a later one ("we propose (i) X, …, and (ii) Y, …"). */
const ENUMERATOR = new RegExp(String.raw`^${MARK_SRC}\s`, 'i');
const LATER_ENUMERATOR = String.raw`\((?:ii|iii|iv|v|vi|vii|[2-7]|[b-f])\)`;
/** VERB_OR_AND's match of a later mark. */
const LATER_MARK = /^[,;]\s*(?:and\s+)?\(/;
/**
 * VERB, or a proposal verb after "and", "by" or (introducing, proposing, presenting) a comma in a sentence whose
 * subject is the paper ("We identify … and propose X", "…, and proposed a novel approach, termed X", "this paper
 * extends … by introducing two benchmarks, …", "we first benchmark the concept, introducing the X dataset").
 */
const VERB_OR_AND = new RegExp(
  VERB.source.slice(0, -4) +
    String.raw`|and\s+(?:then\s+|also\s+|further\s+)?(?:propose|proposes|proposed|introduce|introduces|introduced|present|presents|presented|develop|develops|developed|design|designs|designed|release|releases|construct|build|curate|describes)|by\s+(?:introducing|proposing|presenting|developing|designing|constructing|building|releasing|curating)|,\s*(?:introducing|proposing|presenting)|[,;]\s*(?:and\s+)?${LATER_ENUMERATOR})\s+`,
  'gi',
);
const LEAD = new RegExp(
  String.raw`^(?:${MARK_SRC}\s*)?(?:(?:a|an|the|our|two|three|several)\s+)?(?:(?:novel|new|simple|simple yet effective|effective|efficient|general|unified|lightweight|principled|scalable|practical|comprehensive|first|large-scale|modular|training-free|plug-and-play|open-source|fully open|flexible|robust|systematic|holistic|family of|class of)\s*,?\s+)*`,
  'i',
);
/**
 * One or two describing words shaped as adjectives ("innovative", "powerful", "accurate"), or an adverb and up to two
 * before a capitalised long form ("a fully Bayesian Topics over Time (BToT) model", "a computationally efficient Greedy
 * Seed-Based Clustering (GSC) algorithm"; not a task's words, "the first differentially private 2D human pose
 * estimation (2D-HPE)").
 */
const ADJECTIVE_LEAD = /^(?:[a-z]{3,}ly\s+(?:[a-z]{3,}(?:ive|al|ous|ful|ent|ant|ic|able|ible|ate)\s*,?\s+){0,2}(?=[A-Z])|(?:[a-z]{3,}(?:ive|al|ous|ful|ent|ant|ic|able|ible|ate)\s*,?\s+){1,2})/;
/** What follows a definition that is the verb's whole object: a mark, a clause, a preposition, a method noun. */
const OBJECT_ENDS = /^(?:\s*[,.;:]|\s+(?:that|which|to|for|with|in|on|by|framework|method|approach|model|network|architecture|algorithm|system)\b)/;
/** What follows a name in an apposition without its comma: an article, up to three words, a head noun. */
const BARE_APPOSITION = /^\s+an?\s+(?:[\w-]+\s+){0,3}?(?:method|framework|approach|model|system|algorithm|benchmark|dataset|pipeline|toolkit|agent|architecture|network|technique|metric)\b/;
/** One to three lower-case task words and a head noun after a coined name ("WaveInst instance segmentation framework"). */
const DESCRIBED_HEAD = /^(?:\s+[a-z][a-z-]*){1,3}?\s+(framework|method|approach|model|network|architecture|system|pipeline|algorithm)\b/;
/** A name after a proposal verb; a superscript digit left by the LaTeX source stays in it ("Geo^2"). */
const NAME = /^[A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*(?:\^\d+(?![\w^]))?/;
/**
 * A title-case object of two to ten words (function words between) and a CamelCase name in parentheses after it:
 * "Proactive Instance Navigation with Comparative Judgment (ProCompNav)".
 */
const TITLED_OBJECT = /^([A-Z][A-Za-z0-9-]*(?:\s+(?:[A-Z][A-Za-z0-9-]*|of|for|with|and|in|on|via|the|to|from)){1,9})\s+\(([A-Za-z][a-z0-9]+[A-Z][A-Za-z0-9-]*)\)/;
/** The same object closed by an acronym in capitals ("Iterative Skill-Aware Decomposition (SAD)"). */
const TITLED_OBJECT_ACRONYM = /^([A-Z][A-Za-z0-9-]*(?:\s+(?:[A-Z][A-Za-z0-9-]*|of|for|with|and|in|on|via|the|to|from)){1,11})\s+\(([A-Z][A-Z0-9]*[A-Z](?:-[A-Z0-9]+)?)\)/;
/** A title-case object, then a short form of one capitalised word in parentheses: "Low-Rank Sparse Attention (Lorsa)". */
const TITLED_OBJECT_WORD = /^([A-Z][A-Za-z0-9-]*(?:\s+(?:[A-Z][A-Za-z0-9-]*|of|for|with|and|in|on|via|the|to|from)){1,7})\s+\(([A-Z][a-z]{2,9})\)/;
/**
 * Is `short` the beginnings of the long form's words, in order, one letter or more from the first word and from at least
 * one other ("Lorsa" of "Low-Rank Sparse Attention", "Pced" of "Parallel Context-of-Experts Decoding", "Beagle" of
 * "Budget EAGLE"), not a word that only starts like the first ("Dice" of "Dice Similarity Coefficient")?
 */
function wordOfLongForm(short: string, long: string): boolean {
  const words = long.toLowerCase().split(/[\s-]+/);
  const target = short.toLowerCase();
  // (each word gives a prefix, maybe empty; a small search, as names are short)
  const from = (w: number, at: number, used: number): boolean => {
    if (at === target.length) return used >= 2;
    if (w === words.length) return false;
    const word = words[w]!;
    for (let k = Math.min(word.length, target.length - at); k >= (w === 0 ? 1 : 0); k--) {
      if (word.slice(0, k) === target.slice(at, at + k) && from(w + 1, at + k, used + (k > 0 ? 1 : 0))) return true;
    }
    return false;
  };
  return from(0, 0, 0);
}

/** A preposition before the acronym's long form that makes it what the object is for or uses, not its name. */
const NOT_ACRONYM_OBJECT_TAIL = /(?:^|\s)(?:for|to|of|in|on|from|and|the|with|via)\s$/;
/** Words that only describe a method as changed: before another's name, they make no name of the paper's own. */
const CHANGED_ONLY = /^(?:(?:Improved|Enhanced|Modified|Extended|Refined|Optimized|Optimised|Accelerated|Revised|Generalized|Generalised|Hybrid|Adaptive|Novel|New|Efficient|Robust|Fast|Parallel|Distributed|Discrete|Binary|Chaotic|Quantum|Multi-Objective|Multi-objective)\s+)+$/;

/** Does a title-case object end with an acronym's long form, as whole words after nothing or a name's own words? */
function acronymObjectNames(object: string, long: string): boolean {
  if (!object.endsWith(long)) return false;
  const before = object.slice(0, object.length - long.length);
  if (before !== '' && !before.endsWith(' ')) return false;
  return !NOT_ACRONYM_OBJECT_TAIL.test(before) && !CHANGED_ONLY.test(before);
}
/** What may follow such a name for it to be the object's whole name: an apposition, a clause, the sentence's end. */
const TITLED_OBJECT_ENDS = /^(?:\s*,\s*(?:a|an|the|which|that)\s|\s+(?:that|which|to|for)\s|\s*[.;:])/;
/**
 * A lower-case object after an article and a short form in parentheses after it: "introduces a diffusion model based on
 * adaptive masks (AMDM)". Read when the object holds a head noun of a thing made, three in four of the short form's
 * letters (its first among them) are initials of the object's words, in any order (the acronym rules read those that
 * spell it in order), and one is an initial of the object's head phrase.
 */
const LOWER_OBJECT = /^(?:(?:a|an)\s+)?((?:[a-z][\w-]*\s+){1,11}?[a-z][\w-]*)\s+\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*)\)/;

/**
 * The object's words before its first preposition or participle ("diffusion model" of "diffusion model based on adaptive
 * masks"): a short form that takes no letter from them names what follows ("a framework for question answering over
 * knowledge graphs (KGQA)" names the task).
 */
function headPhrase(object: string): string {
  const words = object.split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && (APPOSITION_STOPS.has(w) || /^[a-z]+(?:ed|ing)$/.test(w)));
  return (end < 0 ? words : words.slice(0, end)).join(' ');
}

/** A head noun of something a paper makes, among the words of such an object. */
const LOWER_OBJECT_HEAD = /\b(?:model|network|framework|method|approach|algorithm|architecture|pipeline|system|module|mechanism|strategy|scheme|benchmark|dataset)\b/;

/** Two coined words that make one name ("Geom-Seg VecSet"). */
const NAME_PAIR = /^[A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)* [A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*/;
/**
 * Up to five capitalised (or coined: "nuScenes") words, with "of"/"for"/"and" between them, before a head noun:
 * "Occluded nuScenes Dataset", "Hybrid Needle-in-a-Haystack test".
 */
const CAP_PHRASE_HEAD =
  /^((?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*)(?:\s+(?:(?:of|for|and|in|on|to|the)\s+)?(?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*)){0,4})\s+(framework|method|approach|model|system|algorithm|benchmark|dataset|corpus|suite|test|metric|score|pipeline|toolkit|library|platform|Framework|Method|Model|System|Benchmark|Dataset|Corpus|Suite|Test)\b/;
// ("i.e.," after a comma too, before a name that ends the phrase: "we introduce the first dataset for Referring Human
// Action Segmentation, i.e., RHAS133, built …"; not "(i.e., DeepSeek-R1)", an example, nor a list, "five public
// datasets, i.e., HD-EPIC, MoGaze, …", "two objectives, i.e., Cross-View Context and …")
const CALLED = /\b(?:(?:called|named|dubbed|termed|coined)(?:\s+as(?=\s))?|namely|(?<=,\s)i\.e\.,?(?=\s+[A-Za-z0-9\u0370-\u03ff][\w\u0370-\u03ff+.-]*(?:,\s+(?!and\b)[a-z]|\s+(?!and\b)[a-z]))|denoted as|referred to as|(?:name|call|term|dub)\s+(?:it|them|this|this \w+|the resulting \w+|our \w+))\s+([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)/;
const REL_CLAUSE = /\b(?:that|which|whose|where|incorporat\w*|integrat\w*|leverag\w*|using|uses|based on|built on|equipped with)\b/;
const APPOS = /,\s+([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)\s*(?:[,(:;]|\.(?:\s|$)|$|\bthat\b|\bwhich\b)/;

// (a thesis or a single author's paper says "I": "I introduce Instant3D, which …", "I develop FastMap, a …")
const FIRST_PERSON_CUES = ['we ', 'our ', 'this ', 'the paper', 'here', 'the author', ' i introduce', ' i propose', ' i present', ' i develop', ' i design', ' i build'];
const APPOS_CUES = [', a', ' is a'];
/** Participles of making a thing: "X, a …, was created" (PASSIVE_APPOSED). */
const MADE_PARTICIPLES = ['proposed', 'introduced', 'presented', 'developed', 'designed', 'constructed', 'created', 'curated', 'collected', 'built', 'released'];
const NAMING_CUES = [...MADE_PARTICIPLES, 'named', 'termed', 'dubbed', 'called', 'naming'];

const NAME_SRC = String.raw`[A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*(?:\^\d+(?![\w^]))?`;
/**
 * Coined names in a list right after the verb, then a count of them and up to six describing words before a plural head
 * ("PolarNS and PolarBurstSR, two innovative datasets", "LLVIP-C and FLIR-C, two cross-modality out-of-distribution
 * (OOD) benchmarks"): the list (group 1), the count (2), the describing words (3), the head (4).
 */
const COUNTED_NAMES = new RegExp(
  String.raw`^((?:the\s+)?${NAME_SRC}(?:\s*,\s*${NAME_SRC})*,?\s+and\s+${NAME_SRC})\s*,\s+(two|three|four|five|both)\s+((?:[\w-]+,?\s+|\([^()]{1,24}\)\s+){0,6}?)(datasets|benchmarks|corpora|suites|frameworks|methods|models|LLMs|MLLMs|VLMs|agents|systems|libraries|toolkits|tools|metrics|strategies|techniques|algorithms|approaches|pipelines|controls|modules|subsets|splits|checkpoints|architectures|networks)\b`,
);
/** Describing words that make the counted things others' ("two of the most widely used benchmarks", "two existing …"). */
const OTHERS_DESCRIBED = /(?<![\w-])(?:of|existing|popular|widely|commonly|standard|established|public|well-known|classic|prior)(?![\w-])/i;
/** The names of a COUNTED_NAMES match, with their offsets in the text it was run on. */
function countedNames(m: RegExpExecArray): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const n of m[1]!.matchAll(NAMES_IN_LIST)) if (n[0] !== 'and' && n[0] !== 'the') out.push({ name: n[0], at: m.index + n.index! });
  return out;
}
/** Every name of such a list (matchAll reads a copy: the pattern's own state is never moved). */
const NAMES_IN_LIST = new RegExp(NAME_SRC, 'g');
const HEAD_SRC = String.raw`(?:framework|method|approach|model|system|algorithm|benchmark|dataset|agent|pipeline|toolkit|architecture|network|module|technique|strategy|metric|corpus|suite|library|platform|tool|mechanism|loss|paradigm)`;
/**
 * "Self-Filtered Distillation, a framework …", "Thinking with Generated Images, a novel paradigm …", "Diagonal
 * Batching, a scheduling scheme …": two to five capitalised words ("of" or "with" may join two: "and", "for", "on"
 * join a name to another or to its use), "the" allowed before them, in apposition with "a"/"an" or "the first" ("We
 * introduce Labeling Copilot, the first data curation deep research agent …") and its noun phrase.
 */
const CAP_NAME_APPOS = /^(?:the\s+)?((?:[A-Z][\w-]*)(?: (?:(?:of|with) )?[A-Z][\w-]*){1,4}),\s+(?:a|an|the\s+first)\s+([^.;:()]{0,160})/;
/** A one-word name and a capitalised data head after it: "ETD Dataset", "AIGC-LipSync Benchmark". */
const DATA_HEADED_NAME = /^(\S+) (?:Dataset|Benchmark|Corpus)$/;
/** Where the apposition's noun phrase ends: a clause, a participle or a preposition ("…, a novel task requiring …"; any
 * word in -ing after the first, "a six-stage process encompassing …", but "a scheduling scheme"). */
const APPOS_PHRASE_END =
  /\b(?:that|which|where|who|whose|for|to|of|in|on|at|with|by|from|via|through|requiring|using|based|designed|built|trained|capable|aimed|aiming|tailored|spanning|covering|comprising|containing|consisting|featuring|including|enabling|combining|integrating|leveraging|allowing)\b|(?<=\S\s+)\b[a-z]+ing\b(?!-)/;
/** A made thing's noun in the phrase, which keeps it one ("a benchmark task for …"). */
const MADE_HEAD = new RegExp(String.raw`\b(?:${HEAD_SRC}|scheme|representation|extension|protocol|procedure|recipe|process|estimator|objective|attack|encoder|decoder|predictor|sampler|planner|policy|layer|block|collection|resource)s?\b`);
/**
 * Nouns of the phrase that make the name something other than a made thing: a task, a finding, a stage of a method
 * (not inside a compound: "a two-stage … model", "a task-agnostic dataset").
 */
const NOT_MADE_HEAD = /(?<!-)\b(?:task|problem|setting|challenge|question|phenomenon|concept|notion|perspective|study|analysis|survey|finding|insight|observation|hypothesis|phase|stage|regime|term|case|condition|setup)s?\b(?!-)/;
/** "the largest computer use grounding dataset Jedi, which …": a head noun, then the name, then a clause or a stop. */
const NAMED_HEADS = 'dataset|benchmark|corpus|model|framework|system|approach|method|algorithm|network|architecture|pipeline|toolkit|metric|paradigm|strategy';
// (a dash may stand between the head and the name, "a novel image editing benchmark -- TECCI: Tricky Edits of …",
// the name then a coined one, and a colon may follow it then)
// ("a new score SpikeScore, which …", "we present a baseline PALM-Net, a …": a score or a baseline is the paper's own
// only so, right after the verb; in parentheses, "our baseline (DPO-Ref)" is as often another work's, and "the
// Pinocchio score (π_i)" writes a symbol there)
const THEN_NAME_HEADS = NAMED_HEADS + '|score|baseline';
const HEAD_THEN_NAME = new RegExp(String.raw`^(?:[\w-]+\s+){0,6}?(${THEN_NAME_HEADS})(\s+|\s*(?:--|\u2013|\u2014)\s*)(${NAME_SRC})(?=\s*(?:[,(;]|\.(?:\s|$)|$)|(?<=(?:--|\u2013|\u2014)\s*[\w.+-]+):|\s+(?:which|that|for|to|accompanied|consisting|comprising|containing|covering|spanning)\b)`);
/** Does an apposition's phrase call the name a task, a study or a finding, and no made thing ("a systematic study …")? */
function namesNoMadeThing(phrase: string): boolean {
  return NOT_MADE_HEAD.test(phrase) && !MADE_HEAD.test(phrase);
}
/** A capitalised head that makes a phrase a name of data: "… Dataset", "… Benchmark". */
const CAPITALISED_DATA_HEAD = /^(?:Dataset|Benchmark|Corpus|Suite)$/;
/**
 * One or two describing words the lead does not list, shaped as adjectives or participles ("challenging", "dynamic",
 * "annotated"), or a dimension, before a name of data: never a noun and a preposition ("results on the X Benchmark").
 */
const DESCRIBING_BEFORE_DATA_NAME = /^(?:(?:[a-z]{3,}(?:ive|al|ous|ful|ent|ant|ic|able|ible|ate|ing|ed)|[a-z]+-[a-z]+)\s*,?\s+){0,2}(?:[1-4]D\s+)?(?=[A-Z])/;
/** Participles that make data a version of other data, not a new set: "a filtered …", "a relabeled …". */
const DERIVED_DATA_WORDS = /\b(?:filtered|cleaned|relabel+ed|re-?annotated|balanced|translated|augmented|updated|revised|corrected|subsampled|sub-sampled|modified|extended|expanded|processed|reformatted|deduplicated|de-duplicated|adapted|converted|restructured)\b/;
/** A lead that marks the verb's object as new. */
const NEW_LEAD = /\b(?:new|novel|first)\b/i;
/** Does a coined name stand first in `after`, ending there ("gRefCOCO that …")? */
function coinedNameNext(after: string): boolean {
  const m = /^\s+([A-Za-z][\w-]*)(?=[\s,.(;:]|$)/.exec(after);
  return m !== null && isCoinedName(m[1]!);
}
/**
 * Is the head noun at the start of `after` named by a coined name in apposition ("… RGB-Event dataset, EvMetro5K,
 * containing …")? Then the coined word before the head only says what kind of data it is.
 */
function namedAfterHead(after: string): boolean {
  const m = /^\s+[A-Za-z-]+,\s+([A-Za-z][\w-]*)(?=,|\s*\()/.exec(after);
  return m !== null && isCoinedName(m[1]!);
}
/** New data named right after its head: "a new benchmark LUCARIO", "the first large-scale GREx dataset gRefCOCO". */
const NEW_DATA_THEN_NAME = new RegExp(String.raw`^(?:[\w-]+\s+){0,5}?(dataset|benchmark|corpus)\s+(${NAME_SRC})(?=[\s,.(;:]|$)`);
/** "we introduce and publish a novel synthetic dataset (EndoSynth) of …": a head noun, then the name in parentheses. */
const HEAD_PAREN_NAME = new RegExp(String.raw`^(?:[\w-]+,?\s+){0,6}?(${NAMED_HEADS})\s+\((${NAME_SRC})\)`);
/** Words before the head that make the object someone else's ("annotate an existing … dataset (SAV)"). */
const OTHERS_OBJECT = /\b(?:existing|public|publicly|standard|popular|off-the-shelf|pre-?trained|well-known|widely)\b/;
/** One of those heads, whole: what HEAD_THEN_NAME may take for a name when two stand in a row ("benchmark dataset"). */
const HEAD_WORD = new RegExp(String.raw`^(?:${THEN_NAME_HEADS})$`);
/** A cheap test before HEAD_THEN_NAME: one of its heads is there. */
const ANY_NAMED_HEAD = new RegExp(THEN_NAME_HEADS);
/** A name the readings after "our" may take as the paper's: coined, known to no lexicon, not yet proposed, not a non-proposal word. */
function freshCoinedName(name: string, known: (name: string) => boolean, proposed: (name: string) => boolean): boolean {
  return isCoinedName(name) && !known(name) && !proposed(name) && !NOT_PROPOSALS.has(name.toLowerCase());
}

/** A model class ("LLM", "MLLMs", "VLM"), never the paper's own name. */
function modelClassName(name: string): boolean {
  return MODEL_ACRONYM_HEADS.has(name.toLowerCase()) || /^[A-Z]*(?:LM|VM|MM)s?$/.test(name);
}

/** "our video inpainting diffusion model (CogNVS)": "our", up to five words, a head noun and a name in parentheses. */
// (a model class heads it too: "Our higher-order CNN (HoCNN) achieves …")
const OUR_HEAD_PAREN = new RegExp(String.raw`\b[Oo]ur\s+(?:[\w-]+\s+){0,5}?(${NAMED_HEADS}|CNN|GNN|RNN|LLM|VLM|MLLM|LMM|[Tt]ransformer)\s+\((${NAME_SRC})\)`, 'g');

/**
 * The paper's own things named in parentheses after "our" and their head noun, wherever the sentence stands ("Notably,
 * our video inpainting diffusion model (CogNVS) can be self-supervised …"): a coined name no lexicon knows, not a
 * model class ("our … model (LVLM)") nor a name the words before are built on ("our model based on X (Y)"), nor one
 * of an earlier work ("our previous CNN-based reduced-order model (ROM)").
 */
function ourNamedThings(text: string, titleEnd: number, known: (name: string) => boolean, proposed: (name: string) => boolean, add: AddProposal): void {
  if (text.indexOf(' (', titleEnd) < 0) return;
  OUR_HEAD_PAREN.lastIndex = titleEnd;
  for (let m = OUR_HEAD_PAREN.exec(text); m; m = OUR_HEAD_PAREN.exec(text)) {
    const name = m[2]!;
    if (!freshCoinedName(name, known, proposed) || modelClassName(name)) continue;
    // (nor after a preposition, "our results for physics-augmented neural network (PANN)", nor an earlier work of theirs)
    // (nor a clause's object: "Our architecture uses a High-Resolution Transformer (HRFormer) backbone")
    if (/\b(?:based on|using|from|of|with|via|than|on|for|in|to|as|by|and|at|previous|prior|earlier|former|a|an|the|uses?|employs?|adopts?|leverages?|utili[sz]es?|is|are)\s/i.test(m[0])) continue;
    add(name, m.index + m[0].length - name.length - 1, ', a ' + m[1]!);
  }
}

/**
 * "our" and a coined name the paper's data goes by: before a data noun ("on our Long1K dataset", "using our eJSL
 * dataset, a new benchmark") or shaped like a benchmark or a sized collection ("and our CLT-Bench show", "our
 * HOI-Edit-44K"). Read in every sentence, beside another proposal: a paper that names its model in a sentence names
 * the data it trained it on there too ("After fine-tuning … on our Long1K dataset, we present our model, Long1K-32B").
 */
const OUR_DATA = new RegExp(
  String.raw`\b[Oo]ur\s+(?:(?:new|novel|proposed|curated|collected|constructed|own|in-house)\s+)?(${NAME_SRC})(?:\s+(dataset|benchmark|corpus|data\s?set)\b|(?=\s*[,.;:)]|\s+(?:show|shows|demonstrate|demonstrates|reveal|reveals|confirm|confirms|covering|with|and|of|for|to|that|which|in|on)\b))`,
  'g',
);
/**
 * A benchmark's shape ("CLT-Bench", "VCR-bench", "BullshitEval", "MindCube-QA") or a collection sized in thousands
 * ("HOI-Edit-44K"); not millions, as often a model's parameters ("SpikeMini-25M"), nor after a model's size
 * ("Yarn-Mistral-7B-128K" is a context length).
 */
const DATA_NAME_SHAPE = /[A-Za-z0-9](?:-?(?:Bench|bench|Eval|QA|Arena))(?:-[A-Za-z0-9.]+)?$|^(?!.*-\d+(?:\.\d+)?B-).*-\d+(?:\.\d+)?[Kk]$/;

function ourData(text: string, titleEnd: number, known: (name: string) => boolean, proposed: (name: string) => boolean, add: AddProposal): void {
  OUR_DATA.lastIndex = titleEnd;
  for (let m = OUR_DATA.exec(text); m; m = OUR_DATA.exec(text)) {
    const name = m[1]!;
    const head = m[2];
    if (!freshCoinedName(name, known, proposed) || ADJECTIVE_TAIL.test(name)) continue;
    // (a data noun names it; without one, only a benchmark's or a sized collection's shape does: "our CoT-7B shows" is a model)
    if (!head && !DATA_NAME_SHAPE.test(name)) continue;
    // (not a model class or a technique before the data noun: "our LLM dataset", "our SFT data")
    if (modelClassName(name)) continue;
    add(name, m.index + m[0].indexOf(name), ', a ' + (head ?? 'benchmark'));
  }
  // "We evaluate Stitch on PosEval, our benchmark for position-based T2I generation", "On E2A-Bench, our benchmark of 63
  // editing tasks": a coined name in apposition with "our" data (not an example or a source before it, "providers such as
  // USGS, our dataset comprises …", "Sourced from Vietnamese Wikipedia, our dataset includes …": a clause's subject)
  NAME_OUR_DATA.lastIndex = titleEnd;
  for (let m = NAME_OUR_DATA.exec(text); m; m = NAME_OUR_DATA.exec(text)) {
    const name = m[1]!;
    if (!freshCoinedName(name, known, proposed) || ADJECTIVE_TAIL.test(name) || modelClassName(name)) continue;
    if (EXAMPLE_OR_SOURCE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || CLAUSE_VERB_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    add(name, m.index, ', a ' + m[2]!);
  }
}

/** A coined name, a comma, "our" and up to three describing words before a data noun ("PosEval, our benchmark for …"). */
const NAME_OUR_DATA = new RegExp(
  String.raw`(?<![\w-])(${NAME_SRC}),\s+our\s+(?:(?:new|novel|proposed|own|custom|in-house|curated|newly[\s-][a-z]+)\s+)?(?:[\w-]+\s+){0,3}?(benchmark|dataset|corpus|testbed|suite)\b`,
  'g',
);
/** An example's or a source's lead before the name ("such as USGS, our dataset …", "from Wikipedia, our dataset …"). */
const EXAMPLE_OR_SOURCE_BEFORE = /\b(?:such as|like|including|e\.g\.,?|from|of|by|via|in)\s+(?:[A-Z][\w-]*\s+)?$/;
/** A verb right after the data noun: "our dataset" is a clause's subject, not an apposition ("our dataset comprises …"). */
const CLAUSE_VERB_AFTER = /^\s+(?:comprises|contains|includes|consists|provides|features|enables|is|was|has|offers|covers|spans|serves|helps|establishes|fills|tests|allows|reveals|shows|supports)\b/;

/**
 * "our" and a coined name before the noun of a thing made ("our vsGRPO-2B model", "our Actor2Reasoner framework", "our
 * YearCLIP model"), in any sentence: the paper's own, of the kind the noun says. Not a name a lexicon knows ("our NeRF
 * prior", "our GNN model"), nor one written with a describing tail ("our KG-informed model").
 */
const OUR_THING = new RegExp(
  String.raw`\b[Oo]ur\s+(?:(?:new|novel|proposed|final|resulting|trained|fine-tuned)\s+)?(${NAME_SRC})\s+(models?|framework|approach|method|module|network|agent|system|pipeline|architecture|algorithm|tokenizer|classifier|detector|encoder|decoder|backbone)\b`,
  'g',
);

function ourThings(text: string, titleEnd: number, known: (name: string) => boolean, proposed: (name: string) => boolean, add: AddProposal): void {
  OUR_THING.lastIndex = titleEnd;
  for (let m = OUR_THING.exec(text); m; m = OUR_THING.exec(text)) {
    const name = m[1]!;
    if (!freshCoinedName(name, known, proposed) || ADJECTIVE_TAIL.test(name)) continue;
    // mixed case only: capitals alone are as often the short form of a class or a technique the paper defines ("our
    // PFL model", "our HPE models", "our CAI model"); and no plain word at either end ("RL-trained", "agentic-Q")
    if (!/[a-z]/.test(name) || !/[A-Z]/.test(name) || /^[a-z]+-|-[a-z]+$|^Ours\b/.test(name)) continue;
    add(name, m.index + m[0].indexOf(name), ', a ' + m[2]!.replace(/s$/, ''));
  }
}

/** "…, producing the curated dataset TracerTraj", "resulting in a new dataset, NarraDolma": a participle of making, data and its name. */
const MADE_BY_PARTICIPLE = new RegExp(
  String.raw`\b(?:producing|yielding|resulting in|creating|constructing|building)\s+(?:the|a|an)\s+(?:(?:curated|resulting|new|novel|large-scale|high-quality|first)\s+){0,2}(dataset|benchmark|corpus)\s*,?\s+(${NAME_SRC})(?=\s*[,.;:(]|\s+(?:of|with|for|that|which|containing|comprising)\b)`,
  'g',
);

/**
 * Data the paper's own work produces, named after a participle of making in a sentence in the first person ("we
 * propose AgenTracer, …, producing the curated dataset TracerTraj"): a coined name no lexicon knows.
 */
function madeByParticiple(text: string, titleEnd: number, starts: readonly number[], known: (name: string) => boolean, proposed: (name: string) => boolean, add: AddProposal): void {
  // (a data head must be there: most abstracts have none after the title, and the regex would scan them whole)
  if (text.indexOf('dataset', titleEnd) < 0 && text.indexOf('benchmark', titleEnd) < 0 && text.indexOf('corpus', titleEnd) < 0) return;
  MADE_BY_PARTICIPLE.lastIndex = titleEnd;
  for (let m = MADE_BY_PARTICIPLE.exec(text); m; m = MADE_BY_PARTICIPLE.exec(text)) {
    const name = m[2]!;
    if (!isCoinedName(name) || known(name) || proposed(name)) continue;
    const sentence = text.slice(starts[sentenceIndexAt(starts, m.index)]!, m.index);
    if (!/\b(?:[Ww]e|[Oo]ur)\b/.test(sentence)) continue;
    add(name, m.index + m[0].length - name.length, ', a ' + m[1]!);
  }
}

/** "X, the largest … dataset to date": a record the authors claim for data they name (CLAIMED_RECORD_DATA). */
const CLAIMED_RECORD_DATA = new RegExp(
  String.raw`(${NAME_SRC}),\s+the\s+(?:first|largest|biggest|most\s+[a-z]+)\b[^.;]{0,80}?\b(?:dataset|benchmark|corpus|database|collection)s?\b[^.;]{0,40}?\bto\s+date\b`,
  'g',
);

/** A capitalised word and a space right before a name: the name is the tail of a spaced one. */
const CAPITALISED_WORD_BEFORE = /(?:^|\s)[A-Z][\w-]*\s$/;
/** A record claimed for others' data: "the largest publicly available …", "the most widely used …". */
const OTHERS_RECORD = /\bavailable\b|\bmost\s+(?:widely|commonly|popular|used|cited|adopted)\b/;
/** Words that credit data to others: a citation, "released/introduced/proposed by …", "prior work". */
const CREDITED_TO_OTHERS = /\bet\s+al\b|\(\s*[A-Z][\w-]+(?:\s+(?:et\s+al\.?|and\s+[A-Z][\w-]+))?,?\s+(?:19|20)\d\d\s*\)|\b(?:released|introduced|proposed|published|collected|curated|created)\s+by\b(?!\s+(?:us|our|the\s+authors))|\bby\s+(?:prior|previous|earlier)\s+work|\bprior\s+work\b/;

/**
 * Data named and claimed as a record "to date" is the paper's own, wherever the sentence names it ("POLYGUARD is trained
 * on POLYGUARDMIX, the largest multilingual safety training corpus to date", "Our approach is built upon HuMo100M, the
 * largest … human motion dataset to date"): papers claim records for their own data; others' they call the largest
 * "available" or credit to their makers (5 corpus papers gain a proposal, all the paper's own).
 */
function claimedRecordData(text: string, titleEnd: number, known: (name: string) => boolean, proposed: (name: string) => boolean, add: AddProposal): void {
  if (text.indexOf('to date', titleEnd) < 0) return;
  CLAIMED_RECORD_DATA.lastIndex = titleEnd;
  for (let m = CLAIMED_RECORD_DATA.exec(text); m; m = CLAIMED_RECORD_DATA.exec(text)) {
    const name = m[1]!;
    if (!isCoinedName(name) || known(name) || proposed(name) || OTHERS_RECORD.test(m[0])) continue;
    // (the whole name: not the tail of a spaced one, "Something-Something V2, the most …")
    if (CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // (nor data the sentence credits to others: "(Sima et al., 2024)", "released to date by Meta", "as introduced by Fu
    // et al.")
    const stop = text.indexOf('. ', m.index + m[0].length);
    const rest = text.slice(m.index + m[0].length, stop < 0 ? text.length : stop);
    if (CREDITED_TO_OTHERS.test(m[0]) || CREDITED_TO_OTHERS.test(rest) || /^\s*,?\s*by\s+(?!us\b|our\b)/.test(rest)) continue;
    add(name, m.index, ', a dataset');
  }
}

/**
 * "Using SIFT-50M, we train SIFT-LLM, which outperforms …": "we train" and a hyphenated name that ends its phrase; or
 * the name in apposition to a model noun (group 1): "we train a context-aware model, SWE-Compressor.", "we train a
 * user model, CustomerLM, with SFT".
 */
const WE_TRAIN_NAMED = new RegExp(
  String.raw`\b[Ww]e\s+(?:(?:then|further|also|first|additionally)\s+)?(?:train(?:ed)?|pre-?train(?:ed)?)\s+(an?\s+(?:[\w.-]+\s+){0,4}?(?:model|LLM|VLM|network|policy|classifier|detector|transformer|Transformer),\s+)?(${NAME_SRC})(?=\s*[,.;:(]|\s+(?:on|with|to|using|via|that|which|from|for|as|by|in|under|through)\b)`,
  'g',
);

/**
 * A model the paper trains and names ("we train SIFT-LLM, which …", "we trained MathFlow-P-7B on …"): a coined,
 * hyphenated name no lexicon knows (a known model the paper fine-tunes is used, "we train Llama3-8B"), none of whose
 * parts is a plain lower-case word ("KG-embeddings", "WH-domain"), and not before "and", where it is as often a
 * modifier ("We train Audio-Expression and Expression-Visual priors"). A name in apposition to "a … model" is named
 * as the model trained, hyphenated or not ("we train a user model, CustomerLM").
 */
function weTrainNamed(text: string, titleEnd: number, known: (name: string) => boolean, read: (name: string) => boolean, add: AddProposal): void {
  if (text.indexOf(' train', titleEnd) < 0 && text.indexOf(' pretrain', titleEnd) < 0 && text.indexOf(' pre-train', titleEnd) < 0) return;
  WE_TRAIN_NAMED.lastIndex = titleEnd;
  for (let m = WE_TRAIN_NAMED.exec(text); m; m = WE_TRAIN_NAMED.exec(text)) {
    const name = m[2]!;
    if (!(m[1] || name.includes('-')) || !isCoinedName(name) || known(name) || read(name)) continue;
    if (name.split('-').some((part) => /^[a-z]{3,}$/.test(part)) || /-(?:[A-Z][a-z]+ed|Based|Like|Style)$/.test(name)) continue;
    add(name, m.index + m[0].length - name.length, ', a model');
  }
}

/** "CCSS-IX, the simulator, is …": a name, a definite apposition of up to three words, a verb. */
const NAME_THE_NOUN = new RegExp(String.raw`^(${NAME_SRC}),\s+the\s+(?:[\w-]+\s+){0,2}?([a-z]+),\s+(?:is|was|consists|comprises|combines|uses|learns|models)\b`);
/** The tail of a variant of a name: "-XL/2", "-7B", "-Large". */
const OWN_VARIANT = /^-[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*(?:\/\d+)?(?![\w/-])/;
/** The tail of a benchmark named after the paper's own name: "-Bench", "-Eval", "-QA". */
const BENCHMARK_TAIL = /^-(?:Bench|Benchmark|Eval|QA)$/;
/** Two sizes of one name: "-8B/32B" (the second size in group 1). */
const OWN_SIZE_LIST = /^-\d+(?:\.\d+)?[BM](?=\/(\d+(?:\.\d+)?[BM])(?![\w/-]))/;
/** "our" right before a name, or with one or two words between (group 1: "constructed ", "fine-tuned "; else ''). */
const OUR_BEFORE = /\b[Oo]ur\s+((?:[a-z][\w-]*\s+){0,2})$/;
/** A model noun right after a name: "X-LLaVA model", "X-8B checkpoints". */
const MODEL_NOUN_AFTER = /^\s+(?:models?|checkpoints?|LLMs?|VLMs?|MLLMs?)\b/;
/** The participles after "newly" and "self-" that say the paper gathered the data ("a newly curated …", "self-built"). */
const NEWLY_MADE = 'collected|constructed|built|curated|created|annotated|gathered|captured|recorded';
const SELF_MADE = 'collected|constructed|built|curated|created|annotated|made';
/** "a newly collected OmniWorld-Game dataset", "the self-constructed ImageStoryGen-500K dataset". */
// (or the head first, with up to three words before it: "a self-built change detection dataset Flow-Change, …": groups 3, 4)
const NEWLY_COLLECTED = new RegExp(
  String.raw`\b(?:a|an|our|the)\s+(?:newly\s+(?:${NEWLY_MADE})|self-(?:${SELF_MADE}))\s+(?:(${NAME_SRC})\s+(dataset|benchmark|corpus|subset|split)\b|(?:[a-z][\w-]*\s+){0,3}?(dataset|benchmark|corpus)\s+(${NAME_SRC})(?=\s*[,.;:(]|\s+(?:of|with|for|that|which|containing|comprising)\b))`,
  'g',
);
/** The same, set off after the name: "Aurora-PT, a newly curated Brazilian Portuguese corpus", "X, a self-built … benchmark". */
const NEWLY_COLLECTED_APPOSED = new RegExp(
  String.raw`(${NAME_SRC}),\s+(?:a|an)\s+(?:newly[\s-]+(?:${NEWLY_MADE})|self-(?:${SELF_MADE}))\s*,?\s+(?:[\w-]+,?\s+){0,5}?(?:datasets?|benchmarks?|corpus|corpora|subset)\b`,
  'g',
);
/** Before such a name, an example of others' ("such as CRAG-MM, a newly constructed … benchmark"). */
const EXAMPLE_BEFORE = /\b(?:such as|like|including|e\.g\.,?|for example,?)\s*$/i;
/** In its apposition, whose it is: "released by Li et al.", "proposed in 2024". */
const MADE_BY_OTHERS_AFTER = /^[^.;]{0,120}?\b(?:(?:released|proposed|introduced|collected|constructed|curated|built|created)\s+(?:by|in)\b|et al\.)/;
/** "a new dataset, X,": the object of "generate"/"provide", a head noun and its name in apposition. */
const MADE_THING_NAMED = /^(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:dataset|benchmark|corpus|method|baseline|model|framework)\s*,\s+[A-Za-z0-9]/;
/** Two capitalised words ending a phrase: "Catfish Agent,". */
const TWO_CAPITALS = /^([A-Z][a-z]+) ([A-Z][a-z]+)(?=\s*[,(.;:])/;
/**
 * Where a one-word name after "called" ends its phrase: a mark (a comma not before another capitalised word: "called
 * Simulate, Refocus and Ensemble" is one name), or a word that starts a clause (not "and", "to": "Unlearning to Align").
 */
const CALLED_WORD_END = /^(?:\s*,(?!\s*[A-Z])|\s*[.;:)(]|\s+(?:which|that|for|as|is|was|with|in)\b)/;
/** A new object of the paper's before "called": "a …", "an …", "our …", "a new …". */
const CALLED_OWN_OBJECT = /(?:^|\s)(?:[Aa]n?|[Oo]ur|new|novel)\s/;
/** "We name this workflow Real-LOD", "We call this model the Residual Matrix Transformer (RMT)": the head, the name. */
const WE_NAME_IT = new RegExp(
  String.raw`\b[Ww]e\s+(?:call|name|term|dub)\s+(?:this|these|our|the\s+(?:proposed|resulting|overall|new))\s+(?:[a-z][a-z-]*\s+){0,2}?(approach|model|method|framework|system|pipeline|technique|architecture|network|benchmark|dataset|algorithm|strategy|workflow|module|agent|models|methods|datasets|benchmarks)\s+(?:as\s+)?(?:the\s+)?(?:\\(?:emph|textit|textbf)\{|\{\\em\s+)?(${NAME_SRC})`,
  'g',
);

/**
 * "We name this workflow Real-LOD", "We term this approach Correspondence As Video for SAM (CAV-SAM)": the paper names
 * what it built in a sentence of its own, after the sentence that built it (issue 11: "we call it X"). The name is a
 * coined word or the short form of a definition that starts there; the head noun gives the kind.
 */
function namedByTheAuthors(text: string, titleEnd: number, result: Proposal[], defs: readonly AcronymDef[], known: (name: string) => boolean): void {
  if (text.indexOf('e call ', titleEnd) < 0 && text.indexOf('e name ', titleEnd) < 0 && text.indexOf('e term ', titleEnd) < 0 && text.indexOf('e dub ', titleEnd) < 0) return;
  WE_NAME_IT.lastIndex = titleEnd;
  let m: RegExpExecArray | null;
  while ((m = WE_NAME_IT.exec(text))) {
    const at = m.index + m[0].length - m[2]!.length;
    const def = defs.find((d) => d.start === at && !d.reversed);
    const name = def ? def.short : m[2]!.replace(/[.]$/, '');
    if (def ? known(def.short) || known(def.long) : !isCoinedName(name) || known(name) || NOT_PROPOSALS.has(name.toLowerCase())) continue;
    const key = name.toLowerCase().replace(/[\s\-_^]+/g, '');
    if (result.some((p) => p.name.toLowerCase().replace(/[\s\-_^]+/g, '') === key)) continue;
    const head = m[1]!;
    const kind: EntityKind = /^(?:model|models)$/.test(head) ? 'model' : /^(?:benchmark|dataset|datasets|benchmarks)$/.test(head) ? 'dataset' : 'method';
    result.push({ name, kind, at, long: def?.long });
  }
}

/** "the proposed X" with what follows: the name, then up to two words or a mark. */
const PROPOSED_BACK = new RegExp(String.raw`\b[Tt]he proposed (${NAME_SRC})(?=([^A-Za-z0-9]*[a-z]*(?:[^A-Za-z0-9]+[a-z]*)?))`, 'g');
/** Nouns after "the proposed X …" that make X a modifier or a described part ("the proposed FOG prediction framework"). */
const BACK_REFERENCE_HEADS = new Set(['classifier', 'network', 'block', 'blocks', 'layer', 'modules', 'prediction', 'detection', 'model', 'models', 'method', 'methods', 'framework', 'architecture', 'module', 'approach', 'based']);

/**
 * Names the abstract gave before and later calls "the proposed X" with no head noun after them ("Extensive experiments
 * show that the proposed DM-UAP markedly enhances …", "the superiority of the proposed LwI."): the paper's own (issue
 * 11: proposals not in a recognised form). Read after the other readings, as a proposal none of them made; not a known
 * name, a word the abstract never gave before, a short form of a lower-case technique phrase ("test-time adaptation
 * (TTA)"), or a modifier of a noun after it.
 */
function proposedBackReferences(text: string, titleEnd: number, result: Proposal[], defs: readonly AcronymDef[], known: (name: string) => boolean): void {
  if (text.indexOf('proposed ', titleEnd) < 0) return;
  PROPOSED_BACK.lastIndex = titleEnd;
  let m: RegExpExecArray | null;
  while ((m = PROPOSED_BACK.exec(text))) {
    const nm = m[1]!.replace(/[.]$/, '');
    // (coined past an acronym: "DM-UAP", "LInFBP", "BioGAN"; an acronym alone only of five letters or more, "GSRMR":
    // shorter ones are as often a technique's, "the proposed DCNN"; two plain words are a description, "Dual-Scale")
    if (!isCoinedName(nm) || known(nm) || NOT_PROPOSALS.has(nm.toLowerCase())) continue;
    if (!/^.[^-]*[a-z]|[0-9-]/.test(nm) && nm.length < 5) continue;
    if (/^[A-Z][a-z]+-[A-Z][a-z]+$/.test(nm)) continue;
    // (a name that goes on: "the proposed BioLite U-Net")
    if (/^ [A-Z0-9]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const key = nm.toLowerCase().replace(/[\s\-_^]+/g, '');
    if (result.some((p) => p.name.toLowerCase().replace(/[\s\-_^]+/g, '') === key)) continue;
    if (m[2]!.split(/[^a-z]+/).some((w) => w && (BACK_REFERENCE_HEADS.has(w) || METHOD_NOUNS.has(w) || DATASET_HEADS.has(w) || MODEL_HEADS.has(w)))) continue;
    if (!namedBefore(text, m.index, nm)) continue;
    const def = defs.find((d) => d.short === nm);
    if (def && (!/[A-Z]/.test(def.long) || known(def.long))) continue;
    // (the kind from the name or its long form: "Multilingual Sensitive Questions & Answers Dataset (MSQAD)")
    result.push({ name: nm, kind: kindFromContext(def ? def.long : nm, ''), at: m.index + m[0].length - m[1]!.length, long: def?.long });
  }
}

/**
 * Does the text name `name` before `at`, as a word of its own (not in the title: a title name has its own reading)?
 */
function namedBefore(text: string, at: number, name: string): boolean {
  for (let q = text.indexOf(name); q >= 0 && q < at; q = text.indexOf(name, q + 1)) {
    const b = q > 0 ? text.charCodeAt(q - 1) : 32;
    const e = codeAt(text, q + name.length);
    const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    if (!word(b) && !word(e)) return true;
  }
  return false;
}

/** Where a passive proposal's subject starts (a sentence, a clause, an adverb) and its article. */
const PASSIVE_OBJECT_LEAD = String.raw`(?:^|[,;:]\s*|\b(?:[Tt]hen|[Hh]ere|[Tt]hus|[Hh]ence|[Tt]herefore|[Ff]inally|[Ss]pecifically)\s+)(?:[Aa]n?|[Tt]he)\s+(?:novel\s+|new\s+)?`;
/** The passive verb of making that ends a passive proposal: "is proposed", "was thus introduced", "is constructed". */
const PASSIVE_PARTICIPLE = String.raw`\s+(?:thus\s+|then\s+|therefore\s+|hence\s+|further\s+|also\s+|hereby\s+)?(?:proposed|introduced|presented|developed|designed|constructed)\b`;
const PASSIVE_MADE = String.raw`\s+(?:is|was)${PASSIVE_PARTICIPLE}`;
/** Head nouns of a whole work proposed in the passive (not a part: "a … module (DCIM) is designed"). */
const PASSIVE_HEADS = 'framework|approach|method|methodology|model|network|architecture|paradigm|system|algorithm|strategy|technique|pipeline|benchmark|dataset|scheme|toolkit|platform|agent';
/** An alternation's words with a capital first letter: the head as the last word of a capitalised long form ("a Down-Up Sampling Network (DUS-Net) is proposed"). */
function capitalised(alternation: string): string {
  return alternation.replace(/(^|\|)([a-z])/g, (_, bar: string, letter: string) => bar + letter.toUpperCase());
}
/**
 * "To address this, an adaptive … network (ARF-SFR-Net) is proposed", "a novel … approach, Dynamic Accumulated
 * Attention Map (DAAM), is proposed": a passive proposal named by its short form, the object a whole work (a part,
 * "a … module (DCIM) is designed", is a piece of the paper's method). Group 1: the head noun, 2: the short form.
 */
const PASSIVE_DEFINED = new RegExp(
  String.raw`${PASSIVE_OBJECT_LEAD}(?:[\w-]+\s+){0,8}?(${PASSIVE_HEADS}|${capitalised(PASSIVE_HEADS)})\s*,?\s*(?:(?:called|named|termed|dubbed)\s+)?(?:[A-Z][\w-]*\s+){0,6}\((${NAME_SRC})\),?${PASSIVE_MADE}`,
  'g',
);
/**
 * The passive proposal's two other shapes: the name in commas after the head noun, "A new dataset, Kamino, is presented
 * with …", and a capitalised long form and its short form before the head noun, "The Configurable Modular Segmentation
 * Network (CMSNet) framework is proposed". Groups: 1 the head and 2 the name of the first, 3 the short form and 4 the
 * head of the second.
 */
const PASSIVE_NAMED = new RegExp(
  String.raw`${PASSIVE_OBJECT_LEAD}(?:(?:[\w-]+\s+){0,6}?(${PASSIVE_HEADS}),\s+(${NAME_SRC}),|(?:[A-Z][\w-]*\s+){1,6}\((${NAME_SRC})\)\s+(${PASSIVE_HEADS}))${PASSIVE_MADE}`,
  'g',
);
/**
 * "To this end, Autoregressive State-Tracking Prompting (ASTP) is introduced, a methodology …", "Secondly, Geometric
 * Consistent Learning (GCL) is proposed": a capitalised long form and its short form made in the passive, whatever its
 * last word (a lower-case one only if it names a part or a method: "a Robust Adaptive Learning mechanism (RAL)", not
 * "Class-incremental learning (CIL) is designed to address …"); in the present tense only ("Difficulty-Adaptive
 * Self-Consistency (DSC) was proposed to reduce …" is the background's). Group 1: the long form's words, 2: the short form.
 */
const PASSIVE_LONG_DEFINED = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:[Tt]hen|[Hh]ere|[Tt]hus|[Hh]ence|[Tt]herefore|[Ff]inally|[Ss]pecifically|[Ff]irst(?:ly)?|[Ss]econd(?:ly)?|[Tt]hird(?:ly)?|[Nn]ext|[Mm]oreover|[Ff]urthermore|[Aa]dditionally|[Bb]esides)\s*,?\s+)(?:(?:[Aa]n?|[Tt]he)\s+(?:novel\s+|new\s+)?(?:[a-z][\w-]*\s+){0,3}?)?((?:[A-Z][\w-]*\s+){1,7}(?:(?:module|mechanism|block|loss|strategy|layer|unit|network|head|encoder|decoder|framework|method|scheme|component|branch|regularizer|term|stage|map|algorithm|pipeline|model|approach|technique|paradigm|procedure|operator)\s+)?)\((${NAME_SRC})\)\s+is${PASSIVE_PARTICIPLE}`,
  'g',
);
/** The definition of short form `short` that lies within [from, to): a passive match's own definition. */
function definitionWithin(defs: readonly AcronymDef[], short: string, from: number, to: number): AcronymDef | undefined {
  return defs.find((def) => def.short === short && def.start >= from && def.end <= to);
}
/**
 * "PaveInstruct, a dataset containing 278,889 … pairs, was created by …", "FooNet, a lightweight detection network, is
 * proposed to …": the name opening the sentence (or after an opening phrase), described in apposition, then made in
 * the passive. Group 1: the name, 2: the apposition.
 */
const PASSIVE_APPOSED = new RegExp(
  String.raw`^(?:[A-Z][^,;:]{0,40},\s+)?(${NAME_SRC}),\s+((?:a|an)\s+(?:[^,;.()]|[,.](?=\d)){0,160}?),\s+(?:is|was|has\s+been)\s+(?:(?:thus|then|therefore|hence|further|also|first|newly)\s+)?(?:${MADE_PARTICIPLES.join('|')})\b`,
);
/** "the AutoMUP (…) method is proposed", "X is proposed", "In this work, X is introduced to …": a passive proposal. */
const PASSIVE = new RegExp(String.raw`(?:^|[,;:]\s+|\b[Tt]he\s+|\b[Aa]n?\s+(?:novel\s+|new\s+)?)(${NAME_SRC})\s*(?:\([^)]{0,80}\)\s*)?(?:(${HEAD_SRC})\s+)?(?:is|was)\s+(?:thus\s+|then\s+|therefore\s+|hence\s+|further\s+|also\s+|first\s+)?(?:proposed|introduced|presented|developed)\b`, 'g');
/** The end of a network's name: "AWFNet", "SegFormer", "CycleGAN". */
const NETWORK_NAME_END = /(?:Net|Former|GAN|VAE)$/;
/** A name the paper says it gathered: "X is constructed", "X was curated from …", "X (…) is collected". */
const PASSIVE_DATA = new RegExp(String.raw`(${NAME_SRC})\s*(?:\([^)]{0,80}\)\s*)?(?:(?:dataset|benchmark|corpus)\s+)?(?:is|was)\s+(?:thus\s+|then\s+|further\s+|also\s+|first\s+|newly\s+|carefully\s+|manually\s+)?(?:constructed|curated|collected)\b`, 'g');
/** What says the thing gathered is data: what it holds, counted, or the data it is made from. */
const GATHERED_DATA = /\b(?:compris\w*|contain\w*|consist\w*)\b|\d[\d,.]*\s*[KkMB]?\+?\s+(?:[\w-]+\s+){0,3}?(?:samples|images|videos|questions|pairs|instances|examples|hours|sequences|clips|documents|utterances|annotations|prompts|tasks|problems|dialogues|conversations|trajectories|scenes|frames|recordings|records|items|texts|sentences|articles)\b|\bfrom\s+(?:[\w-]+\s+){0,3}?(?:corpora|datasets?|benchmarks|sources|recordings|archives|repositories)\b/;
/** "The proposed SegformerWithDropout architecture", "our proposed Evol-Instruct", "our model SSR-Zero-7B". */
const PROPOSED_NP = new RegExp(String.raw`\b(?:([Tt]he)|[Oo]ur)\s+(?:newly\s+)?proposed\s+(${NAME_SRC})(?:\s*(\()|\s+(${HEAD_SRC})\b)?`, 'g');
/**
 * "our model SSR-Zero-7B", "our strongest model, SSR-X-Zero-7B", "our final system X"; the modifiers are a few words of
 * rank or making and any hyphenated adjective ("our resulting self-supervised model, SSL-SaN").
 */
const OUR_HEAD_NAME = new RegExp(
  String.raw`\b[Oo]ur\s+(?:(?:new|novel|proposed|best|strongest|final|largest|smallest|resulting|flagship|released|fine-tuned|trained|best-performing|[a-z]+(?:-[a-z]+)+)\s+){0,3}(${HEAD_SRC})\s*,?\s+(${NAME_SRC})`,
  'g',
);
/**
 * A describing word between "our" and the head noun of a thing made: no function word, nor one of earlier work ("our
 * previous model", "our recent method", "our preliminary framework").
 */
const OUR_DESCRIBING_WORD = String.raw`(?:(?!(?:of|the|a|an|and|or|in|on|at|for|with|to|by|from|that|which|is|are|was|were|has|have|be|been|this|these|its|their|our|we|can|will|results?|work|study|experiments?|analysis|findings?|previous|prior|earlier|former|original|old|existing|baseline|base|recent|recently|preliminary|initial|conference|workshop)\b)[a-z][a-z-]*\s+)`;
/** The head nouns of things a paper makes, for the readings of "our …": HEAD_SRC's and the kinds of system parts. */
const MADE_HEAD_SRC = String.raw`${HEAD_SRC}|tokenizer|detector|encoder|decoder|retriever|reranker|classifier|solver|simulator|controller|generator|predictor|estimator|planner|policy|assistant`;
/**
 * "our custom multi-step agent, BMSQL, reaches", "our proposed image tokenizer, VFMTok, achieves": any describing words
 * (no function word, nor one of earlier work: "our previous model, X") before the head noun of a thing made, the name in
 * apposition after a comma; read as OUR_HEAD_NAME is, with the same tests.
 */
const OUR_DESCRIBED_HEAD_NAME = new RegExp(
  String.raw`\b[Oo]ur\s+${OUR_DESCRIBING_WORD}{1,3}(${MADE_HEAD_SRC})\s*,\s+(${NAME_SRC})`,
  'g',
);
/**
 * "Our method, Multi-level Advantage Credit Assignment (MACA), captures …", "our proposed mitigation strategy, Bias
 * Analysis and Mitigation through Explanation (BAME), …", "our dataset Golden Embedded Clause Set (GECS)": the name in
 * apposition is a long form and its short form, the short form read (only where it is defined there).
 */
const OUR_HEAD_DEFINED = new RegExp(
  String.raw`\b[Oo]ur\s+${OUR_DESCRIBING_WORD}{0,3}(${MADE_HEAD_SRC})\s*,?\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|to|through|with|and|in|via|the|on|from|by)){0,9}\s*\((${NAME_SRC})\)`,
  'g',
);
/**
 * The readings of "our", describing words, a head noun and the name, in this order, each with whether it reads only
 * names not yet proposed (the looser one: a name it meets again keeps its first reading and counts as no new find) and
 * whether it reads only a short form defined in the match.
 */
const OUR_HEAD_READINGS: readonly (readonly [RegExp, boolean, boolean])[] = [
  [OUR_HEAD_NAME, false, false],
  [OUR_DESCRIBED_HEAD_NAME, true, false],
  [OUR_HEAD_DEFINED, true, true],
];
/** Where "our …" starts a clause's subject: the sentence's start, after a mark, after "and"/"then"/"thus". */
const SUBJECT_POSITION = /(?:^\s*|[,;:]\s*|\b(?:and|then|thus|hence|so|here|finally)\s+)$/i;
/** What closes a name in apposition after a comma: a mark, a dash, its head noun ("our approach, S2CO framework"), the sentence's end. */
const APPOSITION_CLOSED = new RegExp(String.raw`^(?:\s*[,(:;]|\s+[-\u2013\u2014]\s|\s+${HEAD_SRC}\b|\s*[.!?]?\s*$)`);
/** "We instantiate this objective as OmniRetriever-7B". */
const INSTANTIATE = new RegExp(String.raw`\b[Ww]e\s+(?:then\s+|further\s+)?instantiate\s+(?:[\w-]+\s+){0,5}?as\s+(${NAME_SRC})`);
/** "we call it X", "which we call Temporal Grounding Heads (TG-Heads)", "we term this approach X". */
const WE_CALL = new RegExp(String.raw`\b[Ww]e (?:call|name|term|dub|coin|refer to|denote)\s+(?:(?:it|this|them|these|the resulting \w+|our \w+|this \w+)\s+)?(?:as\s+)?(?:the\s+)?["“]?(${NAME_SRC})`);
/** A thing of the paper's own right before "which we refer to as X" / "we term the X": a method, model, setup, data, or "it". */
const OWN_THING_BEFORE = /\b(?:methods?|approach(?:es)?|framework|model|network|architecture|setup|technique|strategy|algorithm|variant|pipeline|datasets?|benchmarks?|loss|module|recipe|scheme|procedure|system|it)\b/;
/**
 * Is the object that "which we refer to as X", "we denote X" or "we term the X" names one of the paper's things (not "a
 * significant challenge, which we refer to as BMM", "an ability we refer to as RCMU", "the overthinking issue …, which
 * we name as the MiP-Overthinking")? `before` is up to 80 characters before "we".
 */
function namesOwnThing(before: string): boolean {
  return OWN_THING_BEFORE.test(before) && !NAMED_OBSERVATION.test(before);
}
/** What the authors name that is no thing of theirs: a phenomenon, failure, ability or challenge they observe. */
const NAMED_OBSERVATION = /\b(?:phenomen(?:on|a)|behaviou?rs?|issues?|problems?|effects?|limitations?|vulnerabilit(?:y|ies)|trade-?offs?|parado(?:x|xes)|abilit(?:y|ies)|capabilit(?:y|ies)|concepts?|propert(?:y|ies)|challenges?|bias(?:es)?|dilemmas?|risks?|threats?|failures?|heads?|systems)\b/i;
/** "V2VLoc comprises three subsets: Town1Loc, Town4Loc, and V2VDet". */
const PARTS = new RegExp(
  String.raw`\b(${NAME_SRC})\s+(?:comprises|consists of|contains|includes|is composed of|has|covers)\s+(two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?(subsets|splits|versions|variants|tracks|subtasks|tiers|editions)\s*:\s*`,
);
/** An apposition that names the object: "…, SCO-PAL." */
const APPOS_LATER = /,\s+[A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*\s*(?:[,.;(:]|$|\bthat\b|\bwhich\b)/;
/**
 * An apposition that calls the name new ("…, a novel positional encoder"), not a result or a kind of thing ("…, a new
 * state of the art", "…, a new class of agent frameworks").
 */
const NEW_APPOS = /^,\s+an?\s+(?:novel|new)\b(?!\s+(?:state|record|high|best|SOTA|low|milestone|class|kind|type|generation|wave|era|breed|family|line|form)\b)/;
/**
 * "…, the first <up to six describing words> dataset/benchmark/framework/…": the apposition of a thing the paper makes
 * (the words no function word, so the head noun is the apposition's: "…, the first task in a broader suite"; not "the
 * first time").
 */
const FIRST_APPOS = new RegExp(
  String.raw`^,\s+the\s+first\s+(?!time\b)(?:(?!(?:of|in|on|at|for|with|to|by|from|that|which|where|who|is|are|was|were|as|than)\b)[\w-]+,?\s+){0,6}?(?:${HEAD_SRC}|testbed|LLM|VLM|MLLM)(s?)\b`,
);
/**
 * The subject of a clause of its own, not a name in apposition: a finite verb follows in its clause, before any
 * relative pronoun ("frames from X, a novel module is integrated", "X, the first open model …, was released by …"; not
 * "X, a new dataset that is ten times larger").
 */
const CLAUSE_GOES_ON = /^,(?:(?!\b(?:that|which|who|where)\b)[^;]){0,160}?\s(?:is|are|was|were|has|have)\s/;
/** A capitalised word or a number right before a name, not opening its sentence: the name goes on before ("Parallel CFR"). */
const NAME_GOES_ON_BEFORE = /\S\s+[A-Z0-9][\w.+-]*\s$/;
/**
 * Words before a name that make it one the paper evaluates on or builds on, whatever its apposition says ("We evaluate
 * FooNet on X, the first benchmark for …", "We build on X, the first foundation model …").
 */
const EVALUATED_OR_BUILT_ON = /\b(?:evaluat\w*|test(?:s|ed|ing)?|benchmark(?:s|ed|ing)?|assess\w*|experiments?|results?|performance|accuracy|build(?:s|ing)?\s+(?:up)?on|built\s+(?:up)?on|based\s+on|extend\w*)\b[^,;.]{0,60}?\b(?:on|upon|against|with|using|in)\s+$/i;
/**
 * A preposition or "and" right before a name: "trained on UltraPrompt, a new …", "a world model with Earth4D, a novel
 * …", "on LIDC, …, and MMFire, a new simulation-based wildfire dataset".
 */
const PREPOSITION_BEFORE = /\b(?:with|on|using|via|through|from|into|by|to|for|of|introducing|and|alongside)\s+$/;
/** The names listed before a name and its plural apposition: "PawPrint and PawPrint+, the first … datasets". */
const LISTED_BEFORE = /(?:^|[\s(])((?:[A-Za-z0-9][\w.+-]*,\s+){0,4}[A-Za-z0-9][\w.+-]*),?\s+and\s+$/;
/** A coined name in apposition with a head noun within a few words: "FooNet, a lightweight detection framework". */
const APPOS_HEAD = new RegExp(String.raw`^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?${HEAD_SRC}\b`);
const NAME_CHAR = /[A-Za-z0-9\u0370-\u03ff+.-]/;
const NAME_WHOLE = new RegExp(String.raw`^${NAME_SRC}$`);
/** The name that ends at `end` (a comma) in `sent`, as the characters of names reach back, and where it starts. */
function nameEndingAt(sent: string, end: number): { start: number; name: string } {
  let start = end;
  while (start > 0 && NAME_CHAR.test(sent[start - 1]!)) start--;
  return { start, name: sent.slice(start, end) };
}
const PART_PLURALS = new Set(['subsets', 'splits', 'versions', 'variants', 'tracks', 'subtasks', 'tiers', 'editions']);
/** Words before a name in its sentence that make "X, a …" someone else's ("methods such as X, a …"). */
const OTHERS_CUE =
  /\b(?:such as|e\.g\.|including|like|compared|than|over|outperform\w*|baselines?|versus|vs\.?|existing|prior|previous|based on|built on|using|uses?|with|on|from|of|follow\w*|extend\w*|adopt\w*|leverag\w*|employ\w*|utiliz\w*|appl(?:y|ies|ied|ying)|rel(?:y|ies|ying) on)\b/i;
/** A sentence that opens with a name defined by a head noun: "RoTS is a scalable synthesis framework". */
const IS_A_HEAD = /^(?:(?:[A-Z][a-z]+|[Aa]t|[Oo]n|[Ii]n|[Ff]or|[Aa]s)(?: [a-z-]+){0,4}, )?([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*) is an? ((?:[\w-]+,?\s+){0,4}?)(framework|method|pipeline|benchmark|dataset|model|system|agent|toolkit|library|platform|architecture|suite|approach|corpus)(?![\w-]|\s*\()/;
/** A title of a paper about someone else's tool: a reproduction, a replication, a tutorial. */
const STUDY_OF_EXISTING = /\b(?:[Rr]eproduc\w*|[Rr]eplicat\w*|[Tt]utorial)\b/;
/** Words that present a defined name as established, someone else's. */
const ESTABLISHED = /\b(?:classic|classical|popular|well-known|well-established|widely|commonly|common|standard|existing|recent|recently|prior|previous|state-of-the-art|established|traditional|conventional|off-the-shelf|pretrained|pre-trained|commercial|proprietary|leading|representative|baseline|outstanding|published|famous|prominent|notable|renowned|mainstream|seminal|foundational|influential|open-source|emerging)\b|\bet al\./i;

/** Words of an apposition that describe someone else's work ("SOAR, a classic … architecture"). */
const OTHERS_APPOS = /^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:classic|classical|popular|well-known|widely[- ]used|standard|existing|recent|prior|state-of-the-art|strong|established|traditional|conventional|off-the-shelf|pretrained|pre-trained|commercial|proprietary|leading|representative|baseline|concurrent|concurrently)\b/i;
/** An apposition that says the name is new or the paper's: "using TabXBench, a novel … benchmark we developed". */
const OWN_APPOS = /^,\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,3}?(?:new|novel)\b|\bwe\s+(?:developed|built|created|constructed|curated|collected|introduce|propose)\b/;
/**
 * Words just before a name that make "X, a …" someone else's even after "we": "Meta's Fair-Speech, a dataset",
 * "we compare against BeliefMem, a concurrently developed system", "we extend our evaluation to SeaExam, a …" (right
 * after "evaluate on/to": "we evaluate on our newly collected FooBench, a …" stays the paper's; so does a bare "with",
 * "We study this with LearnStop, a …").
 */
const OTHERS_BEFORE = /(?:['’]s|\b(?:using|against|such as|e\.g\.|compared? (?:to|with)|than|baselines?|existing|prior|previous|concurrent\w*)\b[^,;]{0,30}|\b(?:use|leverage|employ|adopt|utili[sz]e|fine-tune|(?:build|builds|built|building) (?:up)?on(?: top of)?|rely on)\s+(?:the\s+)?)\s*$/i;
/** Right after "evaluate on/to" (and up to two capitalised words: "We evaluate on CybORG CAGE-2, a …"). */
const EVALUATED_ON = /\b(?:[Ee]valuat\w*|[Tt]ested)\s+(?:on|to)(?:\s+the)?(?:\s+[A-Z][\w-]*){0,2}\s+$/;
/** Words that end a text before the examples they introduce: "LLMs (e.g.", "methods such as". */
const EXAMPLES_END = /(?:\be\.g\.|\bsuch as|\bincluding|\blike|\bfor (?:example|instance))\s*$/i;
/**
 * A head noun right after a definition, "our … (MIMIC-IT) dataset", or after one lower-case word of what the thing does,
 * "our Scheduled Latent Mixing and Part (SLaMP) editing method".
 */
const HEAD_AFTER = new RegExp(String.raw`^(?:\s*|\s+[a-z]+\s+)${HEAD_SRC}\b`);
/** A variant of a proposal coordinated with it and described by a clause: "…, and SalViT360-AV, which …". */
const AND_VARIANT = new RegExp(String.raw`(?:,\s*|\s)and\s+(${NAME_SRC}),\s*which\s`, 'g');
/** Two names each with a parenthesis, joined by "and": "SCRuBEval (n=4,711 …) and SCRuBAnnotations (300 …)". */
const AND_AFTER_PARENS = new RegExp(String.raw`(${NAME_SRC})\s*\([^()]{1,100}\)\s+and\s+(${NAME_SRC})\s*\(`, 'g');
/** A second proposal coordinated with the first: "X, a dataset …, and Y, a benchmark …", "X and Y, two …", "… and 2) Y, a …". */
const AND_NAME = new RegExp(String.raw`(?:,\s*|\s)and\s+(?:\(?(?:i{1,3}|iv|v|vi|\d|[a-f])\)\s+)?(?:(?:also|then|our|the|a|an|new|novel)\s+)*(${NAME_SRC}),\s*(?:a|an)\s`, 'g');
/**
 * The verb's object and a second name joined by "and", the phrase ending after it: "CogReasonBench and CogControlBench,
 * built …", "…, two domain-customized extensions" (an apposition ", a …", ", the …", a count that is not two, is
 * COUNTED_NAMES' and AND_NAME's to read, and "two of the most widely used …" names others' work).
 */
const AND_PLAIN = new RegExp(String.raw`^(?:the\s+)?(${NAME_SRC})\s+and\s+(?:the\s+)?(${NAME_SRC})(?=\s*(?:[;:(]|\.(?:\s|$)|,(?!\s*(?:three|four|five|six|a|an|the)\b|\s*(?:two|both)\s+of\b))|\s+(?:for|to|that|which|as|with|in|on|from|benchmarks?|datasets?|models?|frameworks?|metrics?)\b)`);
/** A second name joined by "and", before its apposition: "X and Y, 33B-parameter LLMs". */
const AND_NAME_BEFORE_APPOSITION = new RegExp(String.raw`^\s+and\s+(?:the\s+)?${NAME_SRC}(?=,\s)`);
/**
 * An apposition of several things, not of one ("a …") unless one family of them ("a family of models"); not counted
 * either, which COUNTED_NAMES reads ("FooA and FooB, two new splits"; "three new benchmarks" lists something else).
 */
const SHARED_APPOSITION = /^,\s+(?!an?\s(?!(?:family|suite|series|pair|collection)\s+of\b)|(?:one|two|both|three|four|five|six|seven|eight|nine|ten|\d+)\s)/;

/**
 * The kind an apposition after the second of two names gives the first, when it names several things: "we present
 * GroveMoE-Base and GroveMoE-Inst, 33B-parameter LLMs" makes two models, not a method and a model. (One thing, "we
 * propose FooNet and FooData, a large dataset …", is the second name's alone; three names or more are read as a list.)
 */
function sharedAppositionKind(name: string, after: string): EntityKind | null {
  const listed = AND_NAME_BEFORE_APPOSITION.exec(after);
  if (listed === null) return null;
  const rest = after.slice(listed[0].length);
  return SHARED_APPOSITION.test(rest) ? contextKind(name, rest) : null;
}

/** "…, named GUARD-JD, …" anywhere. */
// (the name may stand in quotes closed right after it, when the noun before "called" names an artefact: 'a Python
// framework, dubbed "SynDisco"', 'a novel Bengali dataset called "NCTBText"'; quotes after "a phenomenon called" mark a
// borrowed term, see QUOTED_ARTEFACT)
const CALLED_ANY = new RegExp(
  String.raw`(?<!so-|(?:commonly|often|usually|also|sometimes|generally|typically|widely|traditionally|been)\s)\b(?:(?:named|termed|dubbed|called)(?:\s+as(?=\s))?|naming\s+(?:it|them|the\s+(?:resulting\s+)?(?:model|method|framework|system|agent|dataset|benchmark)|our\s+(?:model|method|framework|system|agent|dataset|benchmark)))\s+(["\u201c](?=${NAME_SRC}["\u201d]))?(${NAME_SRC})`,
  'g',
);
/**
 * An object "we" take up with a verb of use, right before "called": "we employ a … algorithm called". Only after "we"
 * ("the proposed approach employs a … model called KTU" names its own part) and never a new thing ("VARIN leverages a
 * novel pseudo-inverse function, named LAI").
 */
const TAKEN_UP_CALLED = /\b[Ww]e\s+(?:[a-z]+ly\s+)?(?:employ|adopt|follow|leverage|utili[sz]e|apply|reuse)\s+(?:an?|the)\s+(?:(?!novel\b|new\b)[\w-]+,?\s+){0,7}$/;
/** A release number after a proposal's name, ending its phrase: " 2.0", " 2", " v2", " V4". */
const SPACED_RELEASE = /^ (?:[vV]\d{1,2}(?:\.\d{1,2})?|\d(?:\.\d{1,2})?)(?=\s*[,:;(]|\s+(?:is|are|that|which|achieves|outperforms|improves|revisits|consists|comprises|and|to|with)\b)/;
/** One to three more capitalised words after a name, ending the phrase (no short form after them). */
const CAPITALISED_WORDS_AFTER = /^((?: (?:[A-Z][a-z]+|[A-Z][a-z]*[A-Z][\w]*)(?:-[A-Za-z]+)?){1,3})(?=\s*[,.;:]|\s+(?:that|which|to|as|is|was|can|achieves|outperforms)\b)/;
/** An object up to "called" that ends in someone else's definite thing: "the game called Countdown". */
const DEFINITE_OBJECT_END = /\bthe(?:\s+[\w-]+){1,2},?\s*$/;
/**
 * What `add` reads after a name given by "called" (or set off by a comma, `apposed`): the object before it, as an
 * apposition where it is data or a model ("a … dataset called X" is data) or set off, then the words after the name.
 */
function calledContext(object: string, after: string, apposed = false): string {
  const made = MADE_LAST.exec(object);
  const own = made ? made[1]! : object;
  return (apposed || DATA_OR_MODEL_WORD.test(own) ? ', ' : '') + own + ' ' + after;
}
/**
 * The object of a verb of making joined last to the object ("a pipeline for … and construct a dataset", "a data engine
 * to meticulously curate a … dataset"): the thing the name is given to.
 */
const MADE_LAST = /\s(?:and|then|to)\s+(?:[a-z]+ly\s+)?(?:construct|build|create|curate|collect|introduce|propose|present|release|develop|design|derive|compile|assemble)(?:s|d|ed)?\s+((?:an?|the|our)\s[^]*)$/;
/** A word of an object that makes a name given to it data or a model. */
const DATA_OR_MODEL_WORD = /\b(?:dataset|benchmark|corpus|model|models)\b/i;
/**
 * "a new/novel … " or "a …" object right before "called"/"named", not after a preposition or a verb of use ("using a
 * physical robotic arm called …", "embed data in a … space, called …"), with none between.
 */
const CALLED_NEW_OBJECT = /(?<!\b(?:using|use|uses|with|via|by|from|on|in|into)\s)\b(?:[Aa]n?|[Oo]ur)\s+((?:(?!using|with|via|by|from|on|in)[\w-]+,?\s+){0,8})$/;
/**
 * What a paper names that is no thing it made: a failure mode, tension or bottleneck it observes ("a … bottleneck,
 * termed Structural Drift"), an identity it creates, a physical robot or arm it works with ("a … robotic arm called
 * Franka Emika Panda").
 */
const OBSERVED_OBJECT = /\b(?:bottlenecks?|modes?|tensions?|pressures?|collapses?|drifts?|identit(?:y|ies)|arms?|robots?)\b/i;
/** Is the text before "called"/"named" a new object of the paper's, not an observation? */
function namesNewObject(before: string): boolean {
  const m = CALLED_NEW_OBJECT.exec(before);
  return m !== null && !NAMED_OBSERVATION.test(m[1]!) && !OBSERVED_OBJECT.test(m[1]!);
}
/** The artefact a quoted name after "called" may name: the noun right before "called". */
const QUOTED_ARTEFACT = new RegExp(String.raw`\b(?:${HEAD_SRC}|model|tool|package|database|split|subset|dataset)s?,?\s+$`, 'i');

/**
 * A team's or a challenge's name and an entry after "describe": "the OUNLP system", "DS@GT's second-place solution",
 * "our CL4Health 2026 submission".
 */
const TEAM_ENTRY = /^(?:the\s+|our\s+)?[A-Za-z0-9@._!-]*[A-Z0-9@][A-Za-z0-9@._!-]*(?:['\u2019]s\s|(?:\s+20\d\d)?\s+(?:team|system|systems|submission|submissions|solution|entry|entries|lab)\b)/;
/** A team's name as the modifier of its work: "the NYCU-NLP approach", "the BUET-CSE pipeline". */
const TEAM_WORK = /^the\s+[A-Za-z0-9@._-]*[A-Z0-9@][A-Za-z0-9@._-]*\s+(?:approach|pipeline|model|method|framework|methodology)\b/;
/** Is the object of "describe" at `pos` a team's entry, or, in a shared task's paper, a team's approach? */
function describesTeamWork(scan: SentenceScan, sent: string, pos: number): boolean {
  const object = sent.slice(pos, pos + 80);
  if (TEAM_ENTRY.test(object)) return true;
  return TEAM_WORK.test(object) && (SHARED_TASK_CONTEXT.test(sent) || SHARED_TASK_CONTEXT.test(scan.text.slice(0, scan.titleEnd)));
}
/** What a system-description paper of a shared task, a challenge or an evaluation lab names. */
const SHARED_TASK_CONTEXT = /\b(?:[Ss]hared [Tt]ask|SemEval|[Cc]hallenge|[Cc]ompetition|[Tt]rack \d|[Ll]ab\b|[Ll]eaderboard|Kaggle)/;
/**
 * A piece of data right before "called"/"named" ("into a new dataset called HardMatch", "a contaminated split named
 * AITZ-Noise", "the proposed … benchmark dataset, termed HARDVS 2.0"; a split or subset of data is data too). After a
 * comma the name may belong to the sentence's main object instead, so a noun phrase after a preposition of use does not
 * count there ("a model fine-tuned on this dataset, called …", "an agent over a graph database, called …", "to condense a
 * large training dataset, called …").
 */
const DATA_BEFORE_CALLED = new RegExp(String.raw`\b${DATA_NOUN_SRC},?\s+$`, 'i');
const USE_BEFORE_DATA = new RegExp(String.raw`\b(?:on|over|in|from|with|using|across|at|by|for|into|to)\s+(?:(?:a|an|the|this|these|that|its|their|our)\s+)?(?:[\w-]+\s+){0,4}?${DATA_NOUN_SRC},\s+$`, 'i');

/** Do the words before "called"/"named" end in a piece of data the name is given to (DATA_BEFORE_CALLED, not USE_BEFORE_DATA)? */
function dataNounBeforeCalled(before: string): boolean {
  return DATA_BEFORE_CALLED.test(before) && !USE_BEFORE_DATA.test(before);
}

/** Nouns that, right after a defined name, make it a modifier of theirs ("the (MPM) list", "(X) values"). */
const NOUN_AFTER_NAME = new Set(['list', 'lists', 'values', 'value', 'matrix', 'matrices', 'vector', 'vectors', 'map', 'maps', 'score', 'scores', 'index', 'table', 'tables', 'term', 'terms', 'features', 'feature', 'space', 'signal', 'signals', 'problem', 'problems', 'task', 'tasks', 'setting', 'settings', 'regime', 'condition', 'conditions', 'paradigm', 'formulation', 'perspective', 'view', 'hypothesis', 'assumption', 'theory', 'principle']);

/** Nouns of a measure between distributions or points, named after its authors: "Kullback-Leibler divergence". */
const MEASURE_NOUNS = new Set(['divergence', 'divergences', 'distance', 'distances']);
/** A long form of capitalised names alone, joined by hyphens: "Kullback-Leibler", "Jensen-Shannon", "Wasserstein". */
const AUTHORS_ONLY = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$/;

/** A generic head right after a definition: "a supervised contrastive learning (SCL) framework". */
const KNOWN_HEAD_AFTER = /^\s*(?:framework|approach|method|model|pipeline|strategy|scheme|architecture)\b/;
/** A relative clause whose verb uses or changes a definite object ("… that enhances the"); "that leverages a … (LHSI) color space" is new. */
const OBJECT_OF_USE =
  /\b(?:that|which)\s+(?:\w+\s+)?(?:enhances?|extends?|improves?|augments?|adapts?|modifies|combines?|upgrades?|refines?|builds? (?:on|upon)|relies on|uses?|employs?|utilizes?|leverages?)\s+(?:the|existing|standard|original)\s+(?:[\w-]+\s+){0,2}$/i;
/** The paper as the subject of a clause. */
const FIRST_PERSON_SUBJECT = /\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study|article|report))\b/;
/** "we propose", "this paper introduces": the verb (group 1) whose object the definitions after it are in. */
const SUBJECT_VERB = /\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?((?:propose|introduce|present|develop|design)\w*)/i;

/**
 * Can SUBJECT_VERB match in text[a, b)? Its verb follows a space, so it starts a token whose first letters spell one of
 * the stems in ASCII letters of any case (the regex has no u flag: no other letter folds to them). A sentence without
 * such a token skips the regex.
 */
function hasSubjectVerbStem(tk: Tokens, text: string, a: number, b: number): boolean {
  for (let t = firstTokenAfter(tk, a); t < tk.n && tk.start[t]! < b; t++) {
    const s = tk.start[t]!;
    if (tk.end[t]! - s < 6) continue;
    const c = text.charCodeAt(s) | 32;
    if (c === 112) {
      if (startsWithAsciiFolded(text, s, 'propose') || startsWithAsciiFolded(text, s, 'present')) return true;
    } else if (c === 105) {
      if (startsWithAsciiFolded(text, s, 'introduce')) return true;
    } else if (c === 100) {
      if (startsWithAsciiFolded(text, s, 'develop') || startsWithAsciiFolded(text, s, 'design')) return true;
    }
  }
  return false;
}

/** Does text[at…] start with the lower-case ASCII word `w`, in any case? (c | 32 folds only A-Z onto a-z.) */
function startsWithAsciiFolded(text: string, at: number, w: string): boolean {
  if (at + w.length > text.length) return false;
  for (let k = 0; k < w.length; k++) if ((text.charCodeAt(at + k) | 32) !== w.charCodeAt(k)) return false;
  return true;
}

/** Words whose presence lets a sentence through the gates (every pattern below needs one of them). */
const CUE_BIT = FIRST_TOKEN_BITS.proposalCues;
/** The verbs of VERB, whole words: a sentence without one cannot match it. */
const VERB_WORDS = new Set(
  'propose proposes proposed introduce introduces introduced present presents presented develop develops developed design designs designed release releases released build built construct constructed create created curate curated generate generated provide provides establish contribute offer unveil launch put devise formulate describe describes introducing proposing presenting developing designing constructing building releasing curating'.split(' '),
);
const NAMING_WORDS = new Set(NAMING_CUES);
/** The verbs of WE_CALL. */
const CALL_WORDS = ['call', 'name', 'term', 'dub', 'coin', 'refer', 'denote'];
/** The verb of INSTANTIATE (a whole token there: spaces around it). */
const INSTANTIATE_WORD = 'instantiate';
for (const w of ['we', 'i', 'us', 'our', 'this', 'paper', 'author', 'authors', 'a', 'an', ...NAMING_WORDS, ...VERB_WORDS, ...CALL_WORDS, INSTANTIATE_WORD]) registerFirst(w, CUE_BIT);

/**
 * The hash tokens.ts gives a token of lower-case letters (FNV-1a over its code units), so tokenCues tells the cue words
 * apart without building a string per token (a test checks the two agree). A collision only opens a gate for nothing.
 */
export function cueWordHash(w: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}
/** What each cue word sets, by its hash: bits of {@link tokenCues} (2 is read from the context of "a"/"an"). */
const CUE_OF_HASH = new TokenHashBits();
const setCue = (w: string, bits: number) => CUE_OF_HASH.set(cueWordHash(w), bits);
for (const w of ['we', 'i', 'us', 'this', 'paper', 'author', 'authors']) setCue(w, 1);
setCue('our', 1 | 16);
for (const w of NAMING_WORDS) setCue(w, 4);
for (const w of VERB_WORDS) setCue(w, 8);
for (const w of CALL_WORDS) setCue(w, 32);
setCue(INSTANTIATE_WORD, 64);
/**
 * The words VERB_OR_AND reads right before its verb (after \s+): the end of its subjects ("we", "this paper", "the
 * authors", "this technical report", "this letter", "our approach"), "have"/"has" before a participle, its adverbs ("we first propose"), "and" and its adverbs ("and then propose"), "by", "to" ("inspires us to propose").
 */
const BEFORE_VERB = new TokenHashBits(
  ['we', 'i', 'paper', 'work', 'study', 'article', 'report', 'letter', 'thesis', 'manuscript', 'dissertation', 'chapter', 'note', 'tutorial', 'approach', 'method', 'framework', 'pipeline', 'have', 'has', 'author', 'authors', 'first', 'also', 'further', 'then', 'thus', 'therefore', 'hence', 'additionally', 'newly', 'and', 'by', 'to'].map(cueWordHash),
);
const HASH_A = cueWordHash('a');
const HASH_AN = cueWordHash('an');
const HASH_IS = cueWordHash('is');
/** tokens.ts's hash of a token it could not hash letter by letter. */
const EXOTIC_HASH = 0x7fffffff;

/**
 * The gates of {@link sentenceCues} read from the tokens (one pass over the token bits, no string scans): bit 1 for
 * a sentence with the word we/us/our/this/paper, bit 2 for "a"/"an" after a comma or after "is", bit 4 for a naming
 * participle ("proposed", "called"), bit 8 for a verb of VERB, bit 16 for the word "our", bit 32 for a verb of
 * WE_CALL ("call", "term"), bit 64 for the word "instantiate" (INSTANTIATE), bit 128 for a verb of VERB_OR_AND where
 * it can start (verbFollowsSubject). Every sentence that the patterns can match passes. Words are told apart by their
 * hash.
 */
function tokenCues(tk: Tokens, starts: number[]): Uint8Array {
  const cues = new Uint8Array(starts.length);
  const { bits, text, hash } = tk;
  let s = 0;
  for (let i = 0; i < tk.n; i++) {
    if ((bits[i]! & CUE_BIT) === 0) continue;
    const at = tk.start[i]!;
    while (s + 1 < starts.length && starts[s + 1]! <= at) s++;
    let h = hash[i]!;
    if (h === EXOTIC_HASH) h = cueWordHash(tokLower(tk, i));
    if (h === HASH_A || h === HASH_AN) {
      let p = at - 1;
      while (p >= 0 && text.charCodeAt(p) === 32) p--;
      if ((p >= 0 && p < at - 1 && text.charCodeAt(p) === 44) || (i > 0 && tk.end[i - 1] === at - 1 && hash[i - 1] === HASH_IS)) cues[s]! |= 2;
    } else {
      const c = CUE_OF_HASH.get(h);
      cues[s]! |= c;
      if ((c & 8) !== 0 && verbFollowsSubject(tk, i)) cues[s]! |= 128;
    }
  }
  return cues;
}

/**
 * Can VERB_OR_AND's verb be token i (a word of VERB_WORDS)? Only after one of the words before its verbs
 * (BEFORE_VERB), or after a comma ("…, introducing"): the token before it is such a word, or a comma lies between
 * them. (ASCII letters only match those words: the regex has no u flag, so no other letter folds to them.)
 */
function verbFollowsSubject(tk: Tokens, i: number): boolean {
  const { text } = tk;
  for (let q = i > 0 ? tk.end[i - 1]! : 0, e = tk.start[i]!; q < e; q++) if (text.charCodeAt(q) === 44) return true;
  if (i === 0) return false;
  const h = tk.hash[i - 1]!;
  if (h === EXOTIC_HASH || BEFORE_VERB.has(h)) return true;
  // (the first mark of an enumerated list after the subject: "we (1) propose", "we (a) construct")
  return i >= 2 && text.charCodeAt(tk.end[i - 1]!) === 41 && text.charCodeAt(tk.start[i - 1]! - 1) === 40 && /^(?:i|1|a)$/.test(text.slice(tk.start[i - 1]!, tk.end[i - 1]!)) && BEFORE_VERB.has(tk.hash[i - 2]!);
}

/**
 * Per sentence: bit 1 when its lower-cased text contains a first-person cue, bit 2 when it has an apposition cue, bit
 * 4 for a naming cue; bits 8, 16, 32, 64 and 128 (verb, "our", naming verb, "instantiate", verb after a subject) are not read from the text
 * here, so they are set with bit 1.
 */
function sentenceCues(text: string, starts: number[]): Uint8Array {
  const cues = new Uint8Array(starts.length);
  const low = text.toLowerCase();
  if (low.length !== text.length) {
    // lower-casing changed offsets: test each sentence on its own
    for (let s = 0; s < starts.length; s++) {
      const sent = text.slice(starts[s]!, s + 1 < starts.length ? starts[s + 1]! : text.length);
      const ls = sent.toLowerCase();
      if (FIRST_PERSON_CUES.some((c) => ls.includes(c))) cues[s]! |= 1;
      if (APPOS_CUES.some((c) => sent.includes(c))) cues[s]! |= 2;
      if (NAMING_CUES.some((c) => ls.includes(c))) cues[s]! |= 4;
    }
  } else {
    const mark = (hay: string, cue: string, bit: number) => {
      let p = hay.indexOf(cue);
      let s = 0;
      while (p >= 0) {
        while (s + 1 < starts.length && starts[s + 1]! <= p) s++;
        const b = s + 1 < starts.length ? starts[s + 1]! : hay.length;
        if (p >= starts[s]! && p + cue.length <= b) cues[s]! |= bit;
        p = hay.indexOf(cue, p + 1);
      }
    };
    for (const c of FIRST_PERSON_CUES) mark(low, c, 1);
    for (const c of NAMING_CUES) mark(low, c, 4);
    for (const c of APPOS_CUES) mark(text, c, 2);
  }
  for (let s = 0; s < cues.length; s++) if (cues[s]! & 1) cues[s]! |= 8 | 16 | 32 | 64 | 128;
  return cues;
}

/** Long forms that name a task, not a technique ("Visual Word Sense Disambiguation"). */
const TASK_END = /(?:disambiguation|detection|recognition|segmentation|classification|answering|captioning|tracking|localization|localisation|summarization|summarisation|translation|estimation|prediction|forecasting|reconstruction|understanding)$/i;

/**
 * "an interpretable Visual Word Sense Disambiguation (VWSD) framework", "a novel 3D Human Pose Estimation (3DHPE)
 * method": an acronym after an indefinite article and before a generic head noun, whose long form names a task and
 * whose short form is plain initials, describes the kind of work, not a coined name ("a Simple Self-Rewarding (SSR)
 * method" is coined; a lower-case technique long form such as "a task-composition learning (TCL) strategy" is kept as
 * a proposal, as the dev gold does for "an identity-gated mixture of diffusion experts (MoDE)").
 */
function describesClass(text: string, d: AcronymDef): boolean {
  if (/[a-z]/.test(d.short)) return false; // "CSS-Diff", "LoReUn": a coined short form is a name
  if (!/^\s*(?:framework|approach|method|model|system|pipeline|architecture|strategy|technique|scheme)\b/.test(text.slice(d.end, d.end + 16))) return false;
  if (!/\b(?:a|an)\s+(?:[a-z][a-z-]*\s+){0,3}$/i.test(text.slice(Math.max(0, d.start - 60), d.start))) return false;
  return TASK_END.test(d.long);
}

/**
 * Does a capitalised phrase of two or more words before a head noun name something ("Occluded nuScenes" + Dataset,
 * "Camera Clone" + Dataset)? Before a lower-case head it must hold a CamelCase or digit word; its first word must not
 * be a generic one ("Deep Learning architecture", "Existing Benchmark").
 */
function namesPhrase(phrase: string, head: string, known: (name: string) => boolean): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2 || known(phrase)) return false;
  if (TITLE_NOT.has(words[0]!.toLowerCase()) || NOT_DATASET_NAMES.has(words[0]!.toLowerCase())) return false;
  // "Camera Clone Dataset": datasets are often named in plain words; "Neuro-Symbolic Dual Memory Framework" describes
  if (CAPITALISED_DATA_HEAD.test(head)) return true;
  // a CamelCase or digit word that no lexicon knows ("nuScenes", "MegaScenes"); hyphenated descriptions
  // ("Feature-Gated Cross-Attention module", "Euclidean-Hyperbolic GCN") are not names
  return words.some((w) => /[a-z][A-Z]|\d/.test(w) && !known(w));
}

/** One plain capitalised word, hyphenated pieces too ("Coralscapes", "Geoint", "Style-Bench"). */
const PLAIN_CAPITALISED = /^[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)*$/;
/** Shaped as an adjective of a field or a language ("Financial", "Clinical", "Synthetic", "Korean", "Spanish"). */
const ADJECTIVE_SHAPED = /(?:al|ic|ive|ous|ese|ish|ian|ean)$/;
const SINGULAR_DATA_HEAD = /^(?:dataset|benchmark|corpus|Dataset|Benchmark|Corpus)$/;
/**
 * Capitals after a data head: the head is a word of a longer title-case name ("the Omnibus Dataset for Multimodal News
 * Deception (OmniFake)", "the Semantics-aware Dataset and Benchmark Generation Pipeline"; not a place after "on" or
 * "from", "the X dataset on Hugging Face").
 */
const TITLE_CASE_GOES_ON = /^\s+(?:(?:and|or|for|of)\s+)?[A-Z]/;
/** The verb's lead makes the object a definite one, the paper's: "the", "our" ("we release the", "we present our new"). */
const DEFINITE_LEAD = /\b(?:the|our)\s/i;

/**
 * "We release the Coralscapes dataset, the first …", "we propose the Geoint benchmark, comprising …": one plain
 * capitalised word between the verb's "the" (or "our") and a singular data head names the data the paper makes, as a
 * coined one does (not after "a", one of a kind; not an adjective of a field or a language, "the Financial dataset",
 * "the Korean benchmark").
 */
function namesOneWordData(word: string, head: string, lead: RegExpExecArray | null, known: (name: string) => boolean): boolean {
  if (!PLAIN_CAPITALISED.test(word) || !SINGULAR_DATA_HEAD.test(head) || lead === null || !DEFINITE_LEAD.test(lead[0])) return false;
  return !ADJECTIVE_SHAPED.test(word) && !TITLE_NOT.has(word.toLowerCase()) && !known(word);
}

/**
 * Does the abstract introduce `name` itself: right after a proposal verb ("We introduce Boiling the Frog, …") or as
 * the subject of an apposition ("Boiling the Frog, a benchmark that …", "Boiling the Frog is a benchmark …")?
 */
function abstractIntroduces(text: string, from: number, name: string): boolean {
  if (!/^[A-Z0-9\u0370-\u03ff]/.test(name)) return false;
  for (let p = text.indexOf(name, from); p >= 0; p = text.indexOf(name, p + 1)) {
    const after = text.slice(p + name.length, p + name.length + 12);
    if (/^[A-Za-z0-9]/.test(after)) continue;
    if (/^(?:,\s*(?:a|an)\s|\s+is\s+(?:a|an)\s)/.test(after)) return true;
    const before = text.slice(Math.max(from, p - 40), p);
    if (/\b(?:propose|proposes|introduce|introduces|present|presents|release|releases|build|construct|develop|develops)\s+(?:the\s+|a\s+|an\s+)?$/i.test(before) && /^\s*[,:(]/.test(after)) return true;
  }
  return false;
}

/** Words just before a name that use or study it: "augments X", "using X", "investigates X", "the effectiveness of X". */
const USED_BEFORE = /\b(?:using|uses?|used|augment(?:s|ing)?|leverag(?:e|es|ing)|appl(?:y|ies|ying)|employ(?:s|ing)?|investigat(?:e|es|ing)|examin(?:e|es|ing)|explor(?:e|es|ing)|reassess(?:es|ing)?|revisit(?:s|ing)?|adopt(?:s|ing)?|effectiveness of)\s+(?:the\s+)?$/i;
/** The paper's own introduction earlier in a name's sentence: "we introduce …", "this paper proposes …". */
const OWN_CUE_BEFORE = /\b(?:we|this (?:paper|work))\s+(?:\w+\s+){0,2}?(?:introduce|propose|present|develop|build|release|call|name|term|dub)s?\b/i;
/** Words just after a name that give it to others: "ResNet, introduced by He et al. (2015)". */
const OTHERS_AFTER = /^[^.;]{0,40}?\b(?:introduced|proposed|developed|pioneered)\s+(?:by|in)\s+[^.;]{0,40}?(?:et al\.|\(\d{4}\)|\[\d+\])/;

/**
 * Does the abstract write `name` as someone else's work, never introducing it: a use or study verb right before it
 * ("using LLM-as-a-judge", "augments Knowledge Distillation (KD)") or others named as its authors after it? Any case
 * ("LLM-as-a-Judge" of the title is the abstract's "LLM-as-a-judge").
 */
function abstractTreatsAsExisting(text: string, titleEnd: number, name: string): boolean {
  if (abstractIntroduces(text, titleEnd, name)) return false;
  const lower = text.toLowerCase();
  const needle = name.toLowerCase();
  let existing = false;
  for (let p = lower.indexOf(needle, titleEnd); p >= 0; p = lower.indexOf(needle, p + 1)) {
    const end = p + needle.length;
    if (/[A-Za-z0-9]/.test(text[p - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    if (USED_BEFORE.test(text.slice(Math.max(titleEnd, p - 40), p)) || OTHERS_AFTER.test(text.slice(end, end + 120))) existing = true;
    // "we introduce **Roads to Rome (R2R)**, …" before "We apply R2R to …": introduced first, the paper's own
    else if (!existing && OWN_CUE_BEFORE.test(text.slice(Math.max(titleEnd, text.lastIndexOf('. ', p) + 1), p))) return false;
  }
  return existing;
}

/**
 * "two lightweight controls:", "three subsets:", "two benchmarks,", "two variants, namely": a count, up to three
 * words, a plural noun.
 */
// (a purpose may stand before the mark, "two efficient VAD methods designed for edge deployment: A and B", and the list
// may fill a parenthesis, "two held-out test sets (A and B)": groups 3 and 4)
const COUNTED_LIST = /^(?:the\s+|our\s+)?(two|three|four|five|six|a pair of)\s+(?:[\w-]+\s+){0,3}?([a-z]+s)(\s+(?:designed|tailored|built|developed|optimized|intended)\s+(?:for|to)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*(?::|,|–|—|(\())\s*(?:(?:namely|i\.e\.,?)\s+)?/i;
/** Plurals whose members are what the paper studies, not what it makes: "three tasks, namely …", "two settings: …". */
const NOT_ARTEFACT_PLURALS = new Set(['tasks', 'settings', 'scenarios', 'challenges', 'problems', 'questions', 'findings', 'types', 'aspects', 'levels', 'stages', 'phases', 'dimensions', 'perspectives', 'categories', 'domains', 'languages', 'modalities', 'regimes', 'issues', 'limitations', 'insights', 'observations', 'hypotheses', 'phenomena', 'behaviors', 'behaviours', 'capabilities', 'skills', 'properties']);
const COUNTS: Record<string, number> = { two: 2, 'a pair of': 2, three: 3, four: 4, five: 5, six: 6 };
function countOf(word: string): number {
  return COUNTS[word.toLowerCase()] ?? 0;
}
/** Plural nouns whose members may be lower-case technique names ("two lightweight controls: FP16 planning, …"). */
const TECHNIQUE_PLURALS = new Set(['methods', 'techniques', 'strategies', 'controls', 'mechanisms', 'modules', 'components', 'losses', 'metrics', 'objectives', 'variants', 'algorithms', 'interventions', 'schemes']);
/** Plural nouns that make a list's members datasets or models. */
const DATASET_PLURALS = new Set(['benchmarks', 'datasets', 'corpora', 'suites', 'subsets', 'splits', 'testbeds', 'collections']);
const MODEL_PLURALS = new Set(['models', 'checkpoints', 'llms']);

/** What may lead a list item before its name: marks and articles ("(ii) the X"). */
const ITEM_LEAD = new RegExp(String.raw`^(?:${MARK_SRC}\s*|(?:the|a|an)\s+)*`, 'i');
/**
 * The names of a list of exactly `count` items ("TaskAnything and JudgeAnything, to …", "the Lexical Alignment
 * Score, which …, and the Triangulated Preference Shift, which …"), with their offsets in `s`; null when the list
 * does not hold `count` names. Relative clauses after an item are skipped; a list ends at the first other piece.
 */
export function listItems(s: string, count: number, plural: string): { name: string; at: number; defined?: true }[] | null {
  if (count < 2) return null;
  const lowerOk = TECHNIQUE_PLURALS.has(plural.toLowerCase());
  // the members of a list of data may carry a short tail: "A for SQL generation and B for SQL merge revision"
  const tails = DATASET_PLURALS.has(plural.toLowerCase());
  // (after "which …", pieces joined by "and" belong to the clause: "A, which emphasizes attribute and relation …, and B")
  let inClause = false;
  let plain = 0;
  const items: { name: string; at: number; defined?: true }[] = [];
  const sep = /\s*(?:,\s*(?:and|or)\s+|,\s*|;\s*|\s+and\s+|\s+or\s+|\.\s*$|\.\s+)/g;
  let at = 0;
  for (let guard = 0; guard < 16 && at < s.length; guard++) {
    sep.lastIndex = at;
    const m = sep.exec(s);
    const end = m ? m.index : s.length;
    const piece = s.slice(at, end);
    const mark = ITEM_LEAD.exec(piece)![0];
    const body = piece.slice(mark.length);
    if (/^(?:which|that|where|who|whose|each|both|respectively|e\.g|i\.e|to)\b/.test(body)) {
      if (items.length === 0 || /^to\b/.test(body)) break;
      inClause = tails && /^(?:which|that)\b/.test(body);
    } else if (inClause && m && /^\s+and\s+$/.test(s.slice(at - 5, at)) && !/^[A-Z0-9]/.test(body)) {
      // (still the clause: "…, which emphasizes attribute and relation hallucinations, and B")
    } else {
      inClause = false;
      const defined = tails ? null : definedItem(body);
      // (an item written as a long form and its short form is known by the short form: "two strategies: Noisy
      // Phoneme Augmentation (NPA) and randomized top-K marginalized (TKM) training")
      let name = defined ? defined[2]! : ((tails ? nameWithTail(body) : null) ?? listName(body, lowerOk));
      // (a plain capitalised word among coined names of data: "two internal benchmarks, BeyondAIME and Codeforces")
      if (!name && tails && PLAIN_WORD_ITEM.test(body) && !TITLE_NOT.has(body.toLowerCase())) {
        name = body;
        plain++;
      }
      if (!name) break;
      if (defined) items.push({ name, at: at + mark.length + defined[1]!.length, defined: true });
      else items.push({ name, at: at + mark.length + Math.max(0, body.indexOf(name)) });
    }
    if (!m || m[0].includes('.')) break;
    at = m.index + m[0].length;
  }
  // (never plain words alone: "two datasets, Reddit and Twitter")
  return items.length === count && plain < count ? items : null;
}
/** One capitalised word and nothing else. */
const PLAIN_WORD_ITEM = /^[A-Z][a-z]{3,}$/;

/**
 * A list item written as a long form of two to eight words and its short form in parentheses, with up to two lower-case
 * words of the long form's head after it ("randomized top-K marginalized (TKM) training"); group 1 runs to the short
 * form, group 2 is it.
 */
const DEFINED_ITEM = /^((?:[\w$^{}-]+\s+){1,7}[\w$^{}-]+\s+\()([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*)\)(?:\s+[a-z][\w-]*){0,2}$/;

/**
 * DEFINED_ITEM, when the words before the short form are its long form: three in four of its capitals (its first among
 * them) are initials of those words, in any order ("randomized top-K marginalized (TKM)"), and they open with no
 * participle and preposition of a clause ("applied to Convolutional Neural Networks (CNNs)") nor a numeral ("one
 * evolutionary (EA)").
 */
function definedItem(body: string): RegExpExecArray | null {
  const m = DEFINED_ITEM.exec(body);
  if (!m || /^(?:one|the other|another|other|both|each)\s|^[a-z]+ed\s+(?:to|on|by|for|with|from|in|at)\s/i.test(body)) return null;
  const initials = new Set(m[1]!.split(/[\s-]+/).map((w) => w.replace(/^[^A-Za-z0-9]+/, '').charAt(0).toUpperCase()));
  const capitals = m[2]!.replace(/[^A-Z0-9]/g, '');
  let found = 0;
  for (const c of capitals) if (initials.has(c)) found++;
  return initials.has(capitals[0]!) && found >= 0.75 * capitals.length ? m : null;
}

/**
 * A coined name with a short tail that says what it holds: "SynSQL-Think-916K for SQL generation", "OdysseyBench+ with
 * 300 tasks", after up to three describing words ("a more challenging GeoHeight-Bench+ for holistic reasoning").
 */
function nameWithTail(body: string): string | null {
  const lead = DESCRIBING_WORDS.exec(body);
  const rest = lead ? body.slice(lead[0].length) : body;
  const nm = NAME.exec(rest);
  if (!nm || !isCoinedName(nm[0])) return null;
  return /^\s+(?:for|with|from|containing|comprising|covering|featuring)\s/.test(rest.slice(nm[0].length)) ? nm[0] : null;
}
/** Up to three lower-case describing words before a list item's name ("more challenging", "large-scale"). */
const DESCRIBING_WORDS = /^(?:(?:more|most|less|larger|smaller|harder|new|novel|challenging|large-scale|small-scale|comprehensive|diverse|extended|expanded|curated|synthetic|real-world|high-quality|fine-grained|multilingual|multimodal)\s+){1,3}(?=[A-Z0-9])/;

/** A list item that is a name: one coined word, a capitalised phrase, or (for technique lists) a short lower-case phrase. */
function listName(body: string, lowerOk: boolean): string | null {
  const nm = NAME.exec(body);
  if (nm && nm[0].length === body.length && isCoinedName(nm[0])) return nm[0];
  if (nm && isCoinedName(nm[0]) && /^\s*\(/.test(body.slice(nm[0].length))) return nm[0];
  if (/^(?:[A-Z][\w-]*)(?:\s+(?:of|for|in|on|to|with)?\s*[A-Z][\w-]*){1,4}$/.test(body) && !TITLE_NOT.has(body.split(/\s+/)[0]!.toLowerCase())) return body;
  if (lowerOk && /^[\w-]+(?:\s+[\w-]+){0,2}$/.test(body) && body.split(/\s+/).length >= 2) return body;
  return null;
}

/**
 * Is `name` the title's own name: the title starts with it, before a colon, a dash or the end ("Evol-Instruct: …",
 * "Llama 2: Open Foundation …")? A known name elsewhere in the title ("… with GRPO") is only used.
 */
function titleNames(title: string, name: string): boolean {
  return title.startsWith(name) && /^\s*(?:$|:|\s[-–—]\s|\()/.test(title.slice(name.length));
}

/** Indices of `defs` sorted by start (ties: by index). */
function startOrder(defs: AcronymDef[]): number[] {
  return defs.map((_, i) => i).sort((x, y) => defs[x]!.start - defs[y]!.start || x - y);
}

/**
 * The definitions that lie within [from, to), in their order in `defs`: a binary search in their start order
 * (`byStart`, from {@link startOrder}) instead of a pass over all of them per sentence (quadratic in long texts).
 */
function defsWithin(defs: AcronymDef[], byStart: number[], from: number, to: number): AcronymDef[] {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (defs[byStart[mid]!]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const within: number[] = [];
  for (let k = lo; k < byStart.length && defs[byStart[k]!]!.start < to; k++) if (defs[byStart[k]!]!.end <= to) within.push(byStart[k]!);
  within.sort((x, y) => x - y); // (findAcronyms gives them in start order already: nothing moves)
  return within.map((i) => defs[i]!);
}

/**
 * Proposals named by the title (`title` = text[0, titleEnd)) and the abstract sentences (`sentences` as offsets).
 * `cited`, when given, receives the named datasets the proposal forms saw but read as someone else's ("Meta's
 * Fair-Speech, a controlled-prompt dataset"): the paper uses them. `taskLike`, when given, says which all-capital
 * short forms name a task or a field (the corpus writes them often, rarely as data): "we construct a TCM dataset".
 */
export function findProposals(
  text: string,
  titleEnd: number,
  starts: number[],
  defs: AcronymDef[],
  isKnown?: (name: string) => boolean,
  tk?: Tokens,
  cited?: Proposal[],
  entered?: string[],
  taskLike?: (short: string) => boolean,
): Proposal[] {
  const out: Proposal[] = [];
  const title = text.slice(0, titleEnd);
  /**
   * A name a lexicon knows is a use, not a coinage, unless the title names it: the paper that introduced a name that
   * became famous ("Evol-Instruct", "Llama 2") still proposes it.
   */
  const known = (name: string): boolean => Boolean(isKnown?.(name)) && !titleNames(title, name);
  const defByShort = new Map<string, AcronymDef>();
  const defByStart = new Map<number, AcronymDef>();
  for (const d of defs) {
    if (!defByShort.has(d.short)) defByShort.set(d.short, d);
    defByStart.set(d.start, d);
  }
  // the first definition of each lower-cased long form, built on first use
  let defByLongLower: Map<string, AcronymDef> | undefined;
  const defOfLong = (name: string): AcronymDef | undefined => {
    if (!defByLongLower) {
      defByLongLower = new Map();
      for (const d of defs) {
        const k = d.long.toLowerCase();
        if (!defByLongLower.has(k)) defByLongLower.set(k, d);
      }
    }
    return defByLongLower.get(name.toLowerCase());
  };
  const add = (name: string, at: number, after: string, long?: string) => {
    name = withoutFinalMarks(name);
    if (!name || NOT_METHODS.has(name)) return;
    // a release number written after the name belongs to it ("we present VGGT-SLAM 2.0, a …", "S2ST-Omni 2 revisits")
    if (!long && after.charCodeAt(0) === 32) {
      const v = SPACED_RELEASE.exec(after);
      const end = v ? text.indexOf(name + v[0], at) : -1;
      if (v && end >= 0 && end - at < 200) {
        after = after.slice(v[0].length);
        name += v[0];
      }
    }
    // a generic technique name is no coinage, except in the paper whose title it names ("LoRA: Low-Rank Adaptation …")
    // (nor is a task or a kind of data: "our VQA pipeline")
    const lower = name.toLowerCase();
    const generic = NOT_PROPOSALS.has(lower) || NOT_DATASET_NAMES.has(lower) || (long !== undefined && NOT_PROPOSALS.has(long.toLowerCase()));
    if (generic && !titleNames(title, name)) return;
    if (!long) {
      // the title's "Modular Prompt Optimization" is the abstract's "Modular Prompt Optimization (MPO)"
      const byLong = defOfLong(name);
      if (byLong) {
        name = byLong.short;
        long = byLong.long;
      }
    }
    const def = long ? undefined : defByShort.get(name);
    const lf = long ?? def?.long;
    // (every proposal has the same fields, `long` undefined when there is none: one object shape for the JIT)
    const asAt = AS_AFTER_NAME.exec(after);
    if (asAt && PROPOSAL_VERB_BEFORE.test(text.slice(Math.max(0, at - 16), at))) after = asAt[1]! + ', ' + after.slice(asAt[0].length);
    // (data named before the name, where neither the name nor the words after it say its kind: "the Reasoning and
    // Answering Temporal Ability dataset (RATA)", "a … paired dataset named See-in-the-Extremely-Dark (SIED)")
    // (a long form ending in "Dataset" or "Benchmark" says so whatever follows; "Database", "Testbed" only where
    // nothing else does: "Hierarchical Memory Database (HMD), a memory architecture")
    let decided = lf !== undefined && DATA_ONLY_HEAD_END.test(lf) ? 'dataset' : contextKind(name, after);
    if (decided === null) decided = sharedAppositionKind(name, after);
    let kind = decided ?? shapeKind(name);
    if (decided === null && kind === 'method' && ((lf !== undefined && DATA_HEAD_END.test(lf)) || dataNamedBefore(text, at, lf ?? name))) kind = 'dataset';
    const p: Proposal = { name, kind, at, long: lf || undefined };
    out.push(p);
  };

  titleProposal(text, titleEnd, title, add, defOfLong, isKnown);
  // (after a name before the colon the tail describes it: "HalluLens: LLM Hallucination Benchmark")
  if (out.length === 0) titleNamedData(text, titleEnd, title, add, known);

  // the title's name when it has several words (the abstract's proposal verb may name it: "We propose Visual Para-Thinker++")
  const titleName = out.length > 0 && out[0]!.at === 0 && out[0]!.name.includes(' ') ? out[0]!.name : '';
  // 2. Abstract sentences. Cheap gates before the regexes, found in one pass over the whole text: most sentences
  // have no first person (bit 1) and no apposition (bit 2).
  const cues = tk ? tokenCues(tk, starts) : sentenceCues(text, starts);
  const proposed = (name: string) => out.some((p) => p.name === name || name.startsWith(p.name + '-'));
  const kindOf = (name: string) => out.find((p) => p.name === name)?.kind;
  const scan: SentenceScan = { text, titleEnd, starts, defs, defByStart, defsByStart: undefined, titleName, cues, known, add, proposed, kindOf, tk, cited, taskLike, firstVerbEnd: -1 };
  for (let s = 0; s < starts.length; s++) if (starts[s]! >= titleEnd && cues[s] !== 0) readSentence(scan, s);
  // (the data lists before the variants: "two new datasets - VideoRFT-CoT-102K for SFT and …" are datasets first)
  madeDataLists(text, titleEnd, starts, known, add, tk);
  namedMadeData(scan);
  // ("newly collected", "self-constructed": a named dataset the paper made, see laterOwnNames)
  const newly = hasNewly(text) || text.includes('self-', titleEnd);
  if (out.length > 0 || newly) laterOwnNames(out, text, titleEnd, isKnown, add, newly);
  // the readings after "our", anywhere in the text (only when it writes "our" at all)
  if ((!tk || anyCue(cues, 16)) && text.indexOf('ur ', titleEnd) >= 0) {
    ourNamedThings(text, titleEnd, known, proposed, add);
    ourData(text, titleEnd, known, proposed, add);
    ourThings(text, titleEnd, known, proposed, add);
  }
  if (!tk || anyCue(cues, 1)) madeByParticiple(text, titleEnd, starts, known, proposed, add);
  claimedRecordData(text, titleEnd, known, proposed, add);
  // (a model named after a proposed dataset is its own proposal: "Using SIFT-50M, we train SIFT-LLM")
  if (!tk || anyCue(cues, 1)) weTrainNamed(text, titleEnd, known, (name) => kindOf(name) !== undefined, add);
  if (out.length > 0) addNamedParts(text, titleEnd, starts, out, add);
  addOwnDefinitions(text, titleEnd, defs, known, add);
  reportedName(text, titleEnd, title, out, add);
  // (only where some sentence has a proposal verb: cue bit 8)
  if (out.length === 0 && (!tk || anyCue(cues, 8))) onlyCapitalisedObject(text, titleEnd, known, add);
  dropNamedParts(out, text, titleEnd, starts, title);
  if (out.length > 0 && (!tk || mayNameEnteredTask(tk))) dropEnteredTasks(out, text, entered);
  const result = mergeReadings(out, text, title, titleEnd);
  // the paper's own system is a model when the text calls it one (annotation rule)
  const ownCount = result.filter((p) => p.kind !== 'dataset').length;
  let modelAt: number[] | undefined; // (found on first use)
  for (const p of result) if (p.kind === 'method' && calledModel(p, text, titleEnd, (modelAt ??= modelWordsAt(text)), title, ownCount)) p.kind = 'model';
  const read = result.length;
  // (WE_NAME_IT's verb is a token that sets cue bit 32 in its sentence: without one, no sentence can match)
  if (!tk || anyCue(cues, 32)) namedByTheAuthors(text, titleEnd, result, defs, known);
  proposedBackReferences(text, titleEnd, result, defs, known);
  // (a name read so is never the paper's one own name: the readings that need one leave it a method)
  for (let i = read; i < result.length; i++) if (result[i]!.kind === 'method' && calledModel(result[i]!, text, titleEnd, (modelAt ??= modelWordsAt(text)), title, 0)) result[i]!.kind = 'model';
  return result;
}

/** Does some sentence have cue `bit` (see {@link tokenCues})? */
function anyCue(cues: Uint8Array, bit: number): boolean {
  for (let s = 0; s < cues.length; s++) if ((cues[s]! & bit) !== 0) return true;
  return false;
}

/**
 * The title's name before a colon or a dash, when it is one. (This and the other parts of findProposals are functions of
 * their own: as one function, each rare path a paper met deoptimised, and had the JIT recompile, all of it.)
 */
function titleProposal(text: string, titleEnd: number, title: string, add: AddProposal, defOfLong: (name: string) => AcronymDef | undefined, isKnown?: (name: string) => boolean): void {
  // 1. Title prefix before a colon (or a dash): "Kron-LoRA: Hybrid …", "Dynamic Cheatsheet: …".
  // (a double hyphen is a dash too: "D4R -- Exploring …", "SinLlama -- A Large Language Model for Sinhala"; so is a
  // dash glued to a one-word name before a capital: "LymphAtlas- A Unified Multimodal Lymphoma Imaging Repository")
  // (and a colon glued to a one-word name before a capital, as 180 corpus titles write it: "ECMNet:Lightweight Semantic
  // Segmentation …", "Swift4D:Adaptive …"; not in a name that a spaced colon ends, "compar:IA: The French …")
  const sep = /:\s|\s(?:--|[-–—])\s|^\S+?([-–—])\s(?=[A-Z])|^[^\s:/]{3,}(:)(?=[A-Z])(?!.*:\s)/.exec(title);
  // (the glued dash's separator starts at the dash, after the name; the glued colon's is the colon)
  const glued = sep?.[1] !== undefined || sep?.[2] !== undefined;
  const colon = sep ? (sep[2] !== undefined ? sep[0].length - 1 : glued ? sep[0].length - 2 : sep.index) : -1;
  if (colon > 0) {
    // "You Only Train Once (YOTO): …" is named by its words (the abstract's definition gives the short form)
    const prefix = title.slice(0, colon).replace(/\s*\([^()]*\)\s*$/, '').trim();
    // a known name the abstract uses as someone else's is the paper's topic ("Knowledge Distillation: Enhancing …" that
    // "augments Knowledge Distillation (KD)"), not its coinage
    if (isKnown?.(prefix) && abstractTreatsAsExisting(text, titleEnd, prefix)) return;
    const words = prefix.split(/\s+/);
    // (after the whole separator: the dash is no word of the tail)
    const tail = title.slice(glued ? colon + 1 : colon + sep![0].length - 1);
    // (before a double hyphen only a coined word or a name the abstract introduces: essays and reports put a topic
    // there, "Stemming -- The Evolution and Current State …", "SIGIR 2025 -- LiveRAG Challenge Report")
    const dashed = sep![0].includes('--');
    // "Cross-lingual Collapse: How …": a finding the paper names, not a contribution
    const question = /^\s*(?:how|why|what|when|where|which|who|do|does|can|could|is|are|should|will)\b/i.test(tail);
    // "RAG: A Survey …", "Mamba: A Review of …" discuss the name, they do not coin it
    const survey = /^\s*(?:a|an)\s+(?:(?:comprehensive|systematic|brief|short|critical)\s+)?(?:survey|review|tutorial|primer|overview)\b/i.test(tail);
    // "BanglaMedQA and BanglaMMedBench: Evaluating …": two coined names are two proposals
    const pair = /^(\S+) (?:and|&) (\S+)$/.exec(prefix);
    if (survey) {
      // (no proposal from the title)
    } else if (pair && !question && coinedPairItem(pair[1]!, isKnown) && coinedPairItem(pair[2]!, isKnown)) {
      // (each its own kind: the tail names them in order, "TRUDI and TITUS: A … Dataset and A … System", or both
      // in the plural, "EsBBQ and CaBBQ: The Spanish and Catalan Bias Benchmarks"; else shape and abstract decide)
      const [first, second] = pairKinds(tail);
      add(pair[1]!, 0, first);
      add(pair[2]!, 0, second);
    } else if (words.length === 1 && (isCoinedName(prefix) || (LOWER_COINED.test(prefix) && !isKnown?.(prefix)) || (!dashed && /^[A-Z][a-z]+$/.test(prefix) && !TITLE_NOT.has(prefix.toLowerCase())))) add(prefix, 0, titleTail(tail));
    else if (words.length <= 5 && !question && !/,/.test(prefix) && !/^(?:the|a|an)$/i.test(words[0]!) && abstractIntroduces(text, titleEnd, prefix))
      // "Boiling the Frog: A Multi-Turn Benchmark …" + "We introduce Boiling the Frog, a benchmark …": the abstract
      // introduces the title's name, whatever its words
      add(prefix, 0, titleTail(tail));
    else if (
      !dashed &&
      words.length <= 3 &&
      !question &&
      !/^\s*(?:a|an)\s+(?:survey|review|tutorial|primer|position)/i.test(tail) &&
      (text.indexOf(prefix, titleEnd) >= 0 || defOfLong(prefix) !== undefined) &&
      words.every((w) => /^[A-Z0-9\u0370-\u03ff]/.test(w)) &&
      !TITLE_NOT.has(words[0]!.toLowerCase()) &&
      !/ing$/.test(words[0]!) &&
      words.some((w) => !TITLE_NOT.has(w.toLowerCase()))
    )
      add(prefix, 0, titleTail(tail));
    else if (!dashed && !question && versionedTitleName(words, text, titleEnd))
      // "ColorizeDiffusion v2: Enhancing …", "OscNet v1.5: Energy Efficient Hopfield Network …": a name with a release
      // version is a named artefact, whether or not the abstract repeats it
      add(prefix, 0, titleTail(tail));
    else if (!dashed && !question && words.length <= 8 && !TITLE_NOT.has(words[0]!.toLowerCase()) && titleDefinesShortForm(title.slice(0, colon), prefix, defOfLong))
      // "Active Membership Inference Test (aMINT): Enhancing …", "Spotting the Unexpected (STU): A 3D LiDAR Dataset …":
      // a title that defines its name's short form names the paper's own, however many words the long form has
      add(prefix, 0, titleTail(tail));
  }
}

/**
 * A title that ends by naming data: "…: ev-CIVIL Dataset and Benchmark", "…: the PDACVI Benchmark", "The Super Emotion
 * Dataset", "A PiSAR Benchmark". The words before the head are the data's name: with a coined word, those words
 * ("ev-CIVIL", "KITScenes LongTail"); plain capitalised words with their head, and not after "a"/"an" ("The Super
 * Emotion Dataset", as the text would cite it; "A Synthetic Video-Text Benchmark" is a description).
 */
const TITLE_NAMED_DATA =
  /(?:^|:\s+|\s(?:--|[-–—])\s)(?:([Tt]he|[Aa]n?)\s+)?((?:[A-Za-z][\w.+-]*)(?:\s+[A-Z][\w.+-]*){0,2}?)\s+([Dd]ataset|[Bb]enchmark|[Cc]orpus|[Cc]hallenge|Benchmark Dataset)(?:\s+(?:and|&)\s+(?:[Bb]enchmarks?|[Bb]aselines?|[Mm]odels?|[Ee]valuations?|[Aa]nalysis|[Mm]ethods?|[Ll]eaderboard))?\s*$/;
function titleNamedData(text: string, titleEnd: number, title: string, add: AddProposal, known: (name: string) => boolean): void {
  const m = TITLE_NAMED_DATA.exec(title);
  if (!m) return;
  const words = m[2]!.split(/\s+/);
  // a name: every word capitalised or coined, the first no function or question word ("Towards …", "Large-Scale …")
  if (!words.every((w) => /^[A-Z0-9]/.test(w) || /[a-z][A-Z]|[A-Z]{2}/.test(w)) || TITLE_NOT.has(words[0]!.toLowerCase())) return;
  if (words.some((w) => /^(?:Large|Large-Scale|Multi|New|Novel|Real-World|Synthetic|Comprehensive|Unified|First|Open|Public)$/i.test(w))) return;
  const coinedWord = (w: string) => /[a-z][A-Z]|[A-Z]{2}|\d/.test(w);
  const coined = words.some(coinedWord);
  // (plain words after "a"/"an" describe the data: "A Synthetic Video-Text Benchmark", "An Eye-Tracking Dataset";
  // one plain word is a topic: "…: Noise Dataset and Analysis")
  if (!coined && ((m[1] !== undefined && m[1].toLowerCase() !== 'the') || words.length < 2)) return;
  const head = m[3]![0]!.toUpperCase() + m[3]!.slice(1);
  // (coined words alone are the name, "KITScenes LongTail"; with plain words the head belongs to it, "FLIP Reasoning
  // Challenge", "PLLuM Instruction Corpus")
  const name = words.every(coinedWord) ? m[2]! : `${m[2]!} ${head}`;
  if (known(m[2]!) || known(name)) return;
  // (plain words with no article are a name only when the abstract writes them too: "…: Medical Image Segmentation
  // Benchmark" may describe)
  if (!coined && m[1] === undefined && text.indexOf(m[2]!, titleEnd) < 0) return;
  add(name, 0, ', a ' + (/benchmark/i.test(head) ? 'benchmark' : 'dataset'));
}

/** Head nouns of a title's tail that say what each of two names is. */
const PAIR_HEAD = /\b(benchmarks?|datasets?|corpus|corpora|suites?|models?|frameworks?|systems?|methods?|approach(?:es)?|agents?|pipelines?|toolkits?)\b/gi;

/** The contexts giving the kinds of two names before a title's colon, from the head nouns of its tail. */
function pairKinds(tail: string): [string, string] {
  // (the heads of the phrase that describes the pair: up to a preposition after the first, "… Framework for
  // Lightweight Diffusion Models" describes one framework; "Benchmark Dataset" is one head)
  const nouns: string[] = [];
  let lastEnd = -1;
  for (const m of tail.matchAll(PAIR_HEAD)) {
    if (nouns.length > 0 && /\b(?:for|of|in|on|with|towards?|via|to|from|using|under|across)\b/i.test(tail.slice(lastEnd, m.index))) break;
    const noun = m[1]!.toLowerCase();
    if (nouns.length > 0 && /^\s+$/.test(tail.slice(lastEnd, m.index))) nouns[nouns.length - 1] = noun;
    else nouns.push(noun);
    lastEnd = m.index + m[0].length;
  }
  if (nouns.length >= 2) return [`, a ${nouns[0]!}`, `, a ${nouns[1]!}`];
  if (nouns.length === 1 && /s$/.test(nouns[0]!)) {
    const one = `, a ${nouns[0]!.replace(/(?:es|s)$/, (e) => (nouns[0] === 'approaches' ? '' : e === 'es' ? 'e' : ''))}`;
    return [one, one];
  }
  return ['', ''];
}

/** One of two names joined by "and" before a title's colon: coined, unknown, no capitalised question or function word ("WHERE and WHICH", "In-Breadth and In-Depth"). */
function coinedPairItem(name: string, isKnown?: (name: string) => boolean): boolean {
  return isCoinedName(name) && !TITLE_NOT.has(name.split('-')[0]!.toLowerCase()) && !isKnown?.(name);
}

/**
 * What the title says after its name, as the context that gives a title proposal its kind (made only for a title
 * that names a proposal). An apposition may be long ("A Large, High-Resolution RAW Photograph Dataset"); after a verb
 * ("Taming Diffusion for …", "Learning … through Fusing Foundation Models") only the first words describe the name.
 */
function titleTail(tail: string): string {
  // a Title-Case noun phrase whose last word, before its first preposition, is a data head names data, however many
  // words stand before it ("MAVOS-DD: Multilingual Audio-Video Open-Set Deepfake Detection Benchmark", "BEATS: Bias
  // Evaluation and Assessment Test Suite for …"; the first words would read as a method: "detection", "evaluation")
  // (not a phrase led by a verb, "Adapting Text-Only Datasets", nor heads joined, "A Method and Dataset": the first
  // head names the kind there)
  const trimmed = tail.trim();
  const phrase = TITLE_CASE_PHRASE.exec(trimmed);
  const words = phrase ? phrase[1]!.split(/\s+/) : [];
  const joinedHeads = words.some((w, i) => (w === 'and' || w === '&') && (JOINED_HEADS.test(words[i - 1] ?? '') || i === words.length - 2));
  const led = words.length > 1 && (/ing$/.test(words[0]!) || /^Towards?$/.test(words[0]!));
  const head = words.length > 1 && !led && !joinedHeads ? words[words.length - 1]!.toLowerCase() : '';
  // ("A Novel Suite of LLMs": the noun after "of" names the kind; "Open Language Model Suite": the model noun before it)
  if (DATASET_HEADS.has(head) && !/^\s+of\b/.test(trimmed.slice(phrase![0].length)) && !(/^(?:suite|collection)$/.test(head) && /^(?:Models?|LLMs?|VLMs?)$/.test(words[words.length - 2] ?? ''))) return ': a ' + head;
  const tailWords = trimmed.split(/\s+/);
  // ("Edit2Interp: Adapting Image Foundation Models …": after a verb the noun is what the name works on)
  return /^benchmarking$/i.test(tailWords[0] ?? '') ? ': a benchmark' : /ing$/.test(tailWords[0] ?? '') ? '' : ': ' + tailWords.slice(0, /^(?:a|an)$/i.test(tailWords[0] ?? '') ? 8 : 4).join(' ');
}

/**
 * Heads a title joins with "and" ("A Method and Dataset", "Library and Benchmark"), or any word right before "and
 * Dataset" ("Unsupervised Gaze Estimation and Dataset"): the first one names the kind.
 */
const JOINED_HEADS = /^(?:Model|Models|Method|Methods|Metric|Metrics|Framework|System|Pipeline|Library|Toolkit|Agent|Approach|Network|Architecture|Platform|Tool|Dataset|Datasets|Benchmark|Benchmarks|Suite|Corpus|Leaderboard)$/;
/** A title tail's leading Title-Case noun phrase, up to its first preposition or the end (group 1). */
const TITLE_CASE_PHRASE = /^(?:(?:A|An|The)\s+)?([A-Z][\w'-]*(?:\s+(?:[A-Z0-9][\w'-]*|&|and)){0,7})(?=\s+(?:for|of|with|via|in|on|to|from|using|through|towards?|under|across|at|by)\b|\s*$|\s*[:,;])/;

/**
 * Is the title's prefix (its `words`) a name and a "v" version: up to three capitalised or coined words, then "v2",
 * "v1.5"? Not when the abstract names it without the version as well (the abstract's reading gives that name, and one
 * proposal must not become two nodes: "BuzzSet v1.0: …" + "We present BuzzSet, …").
 */
function versionedTitleName(words: readonly string[], text: string, titleEnd: number): boolean {
  const n = words.length;
  if (n < 2 || n > 4 || !/^v\d+(?:\.\d+)*$/.test(words[n - 1]!)) return false;
  const name = words.slice(0, -1);
  if (!name.every((w) => /^[A-Z0-9\u0370-\u03ff]/.test(w)) || TITLE_NOT.has(name[0]!.toLowerCase())) return false;
  if (!name.some((w) => isCoinedName(w) || !TITLE_NOT.has(w.toLowerCase()))) return false;
  const bare = name.join(' ');
  let alone = 0;
  for (let q = text.indexOf(bare, titleEnd); q >= 0; q = text.indexOf(bare, q + 1)) if (!text.startsWith(' ' + words[n - 1]!, q + bare.length)) alone++;
  return alone === 0;
}

/**
 * Does the title's text before its colon end with the short form that the definitions give `prefix` (its long form):
 * "Two out of Three (ToT)"? A plural acronym names a class ("The Landscape of Arabic Large Language Models (ALLMs)"),
 * and a long form the definitions read as another's, "Recent Advances … in Extended Reality (XR)", is none.
 */
function titleDefinesShortForm(beforeColon: string, prefix: string, defOfLong: (name: string) => AcronymDef | undefined): boolean {
  const paren = /\(([^()\s]{2,20})\)\s*$/.exec(beforeColon);
  if (!paren || !/[A-Z]/.test(paren[1]!) || /^[A-Z]+s$/.test(paren[1]!)) return false;
  return defOfLong(prefix)?.short === paren[1];
}

/**
 * A lower-case word with a digit or a hyphen before a title's colon is a name as software and models write them
 * ("gen2seg: …", "zip2zip: …", "debug-gym: A Text-Based Environment …", "gec-metrics: A Unified Library …"); one a
 * lexicon reads already ("e5-omni", an E5 variant) is left to the readings of known names.
 */
const LOWER_COINED = /^[a-z][a-z0-9]*(?:\d[a-z0-9]*|(?:[-.][a-z0-9]+)+)$/;

/** A title naming what it reports on: up to four words (capitalised, coined or versions), then "Technical Report". */
const TECHNICAL_REPORT = /^((?:[A-Z0-9][\w.+-]*)(?: [A-Za-z0-9][\w.+-]*){0,3}) Technical Report$/;

/**
 * The abstract's first proposal verb of the paper's own ("we propose", "this work introduces"): the five verbs the
 * reading was measured with over the read sets (VERB's longer list also makes data, "we curate", "we release").
 */
const FIRST_OWN_VERB = /\b(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:(?:first|also|further|then|newly)\s+)?(?:propose|introduce|present|develop|design)s?\b/g;
/**
 * Its object written as a name of two to seven capitalised words, and where it ends: "we propose Attention-Guided
 * Visual Jailbreaking, which …", "we introduce a Prunable Network that …" (group 1).
 */
// (not ended at "to" before a capital, where the name goes on, "Learning to Defer")
const CAPITALISED_OBJECT = /^\s+(?:an?\s+|the\s+)?(?:novel\s+|new\s+)?((?:[A-Z][a-z]+(?:-[A-Za-z]+)*)(?:\s+[A-Z][a-z]+(?:-[A-Za-z]+)*){1,6})(?=\s*[,.;]|\s+(?:which|that)\b|\s+to\s+[a-z])/;

/**
 * A paper no other reading found a proposal in: the object of its first proposal verb, when that is a name of
 * capitalised words ("To address these limitations, we propose Global Class Activation Probabilistic Map Evaluation,
 * a method that …"). Only then: in a paper with another proposal such a phrase names a part of it as often as not,
 * and readers list those inconsistently (over the read sets 6 of 6 such first objects are listed, 21 of 70 in papers
 * with another proposal). Not a task, a problem or a finding ("the Electric Vehicle Orienteering Problem"), a gerund
 * phrase ("Controlling Large Language Models"), or a known name.
 */
function onlyCapitalisedObject(text: string, titleEnd: number, known: (name: string) => boolean, add: AddProposal): void {
  FIRST_OWN_VERB.lastIndex = titleEnd;
  const verb = FIRST_OWN_VERB.exec(text);
  if (!verb) return;
  const from = verb.index + verb[0].length;
  const object = CAPITALISED_OBJECT.exec(text.slice(from, from + 160));
  if (!object) return;
  const name = object[1]!;
  const lower = name.toLowerCase();
  if (known(name) || NOT_MADE_HEAD.test(lower) || /^[A-Za-z]+ing\s/.test(name) || TITLE_NOT.has(lower.split(' ')[0]!)) return;
  // (nor plain words ending in a plural, a generic phrase: "we present Design Implications", "Practical
  // Recommendations"; a hyphenated word makes it a name, "Residual Token-Interfaces")
  if (/[^su]s$/.test(name) && !name.includes('-')) return;
  // (nor an institution, a law or an instrument the paper introduces to its reader: "This paper introduces the Digital
  // Services Act, which regulates …", "the Square Kilometre Array")
  if (INSTITUTION_END.test(name)) return;
  // (nor the start of a longer name the sentence goes on to shorten or call otherwise: "a Multi-agent Exploratory
  // Synergy for the Heart (MESHAgents) framework", "a … Frequency-aware Network, termed as RPFNet"; nor in a survey)
  const at = from + object[0].length - name.length;
  const after = text.slice(at + name.length, at + name.length + 160);
  const clause = after.slice(0, 80).split(/[.;]/, 1)[0]!;
  if (SHORT_FORM_FURTHER_ON.test(clause) || CALLED.test(clause) || SURVEY_TITLE.test(text.slice(0, titleEnd))) return;
  // (as after any verb: not what an apposition calls a study, a task or a setup, "Harbor Typography, a systematic
  // study …"; nor after a by-clause, which names the component the sentence then builds into the object)
  const apposition = /^\s*,\s+(?:a|an|the)\s+([^,.;]*)/.exec(after)?.[1]?.split(APPOS_PHRASE_END, 1)[0];
  if (apposition && namesNoMadeThing(apposition)) return;
  if (/\b[Bb]y\s+[a-z]+ing\b/.test(text.slice(Math.max(text.lastIndexOf('. ', from) + 2, titleEnd), from))) return;
  add(name, at, after);
}
/** Last words of the names of institutions, laws, programmes and instruments. */
const INSTITUTION_END = /\s(?:Act|Array|Observatory|Telescope|Project|Program|Programme|Agreement|Convention|Directive|Regulation|Initiative|Foundation|Institute|Organi[sz]ation|Agency|Council|Union|Mission|Survey|Census|Treaty)$/;
/** A short form in parentheses in the rest of the clause after a phrase (a verb of naming there is CALLED's). */
const SHORT_FORM_FURTHER_ON = /\(\s*[A-Za-z][\w.-]*[A-Z][\w.-]*\s*\)/;
/** A title of a survey or a review, whose abstract introduces others' work (not "Code Review at Scale"). */
const SURVEY_TITLE = /\b(?:[Ss]urvey|SoK)\b|\b(?:[Aa]n?|[Ss]ystematic|[Ll]iterature|[Ss]coping|[Cc]omprehensive|[Cc]ritical|[Nn]arrative)\s+(?:[Rr]eview|[Oo]verview)\b/;

/**
 * "Seedream 3.0 Technical Report", "Erkang-Diagnosis-1.1 Technical Report: …": a report on the system its title names,
 * when no other reading proposed that name (spelled alike). A model unless the abstract's first mention of the name
 * calls it data: technical reports are mostly of models.
 */
function reportedName(text: string, titleEnd: number, title: string, out: readonly Proposal[], add: AddProposal): void {
  if (!title.endsWith('Report') && !title.includes('Report:')) return;
  const colon = title.search(/:\s/);
  const report = TECHNICAL_REPORT.exec(colon > 0 ? title.slice(0, colon) : title);
  if (!report) return;
  const name = report[1]!;
  const words = name.split(' ');
  if (TITLE_NOT.has(words[0]!.toLowerCase()) || !words.some((w) => isCoinedName(w) || /\d/.test(w))) return;
  const key = compactName(name);
  if (out.some((p) => compactName(p.name) === key)) return;
  const inAbstract = text.indexOf(name, titleEnd);
  const after = inAbstract < 0 ? '' : text.slice(inAbstract + name.length, inAbstract + name.length + 160);
  add(name, 0, kindFromContext(name, after) === 'dataset' ? after : ', a model');
}

function compactName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** "V2VLoc comprises three subsets: Town1Loc, Town4Loc, and V2VDet": the named parts of a proposal are proposed too. */
function addNamedParts(text: string, titleEnd: number, starts: number[], out: Proposal[], add: AddProposal): void {
  // (from each colon of the abstract whose word before is such a plural, to its sentence)
  for (let colonAt = out.length > 0 ? text.indexOf(':', titleEnd) : -1; colonAt >= 0; colonAt = text.indexOf(':', colonAt + 1)) {
    const word = /([a-z]+)\s*$/.exec(text.slice(Math.max(titleEnd, colonAt - 12), colonAt));
    if (!word || !PART_PLURALS.has(word[1]!)) continue;
    const s = sentenceIndexAt(starts, colonAt);
    const sent = text.slice(starts[s]!, s + 1 < starts.length ? starts[s + 1]! : text.length);
    const pm = PARTS.exec(sent);
    const readings = pm ? out.filter((p) => p.name === pm[1]) : [];
    if (!pm || readings.length === 0) continue;
    // the parts of a dataset ("three subsets") are datasets: the part noun or any reading of the parent says so
    // (the parent's first reading may be the title's, a method until the abstract calls it a dataset)
    const partKind = DATASET_PLURALS.has(word[1]!) ? 'dataset' : (readings.find((p) => p.kind !== 'method')?.kind ?? 'method');
    const from = pm.index + pm[0].length;
    for (const it of listItems(sent.slice(from), countOf(pm[2]!), pm[3]!) ?? []) {
      if (!isCoinedName(it.name) && !/\s/.test(it.name)) continue;
      add(it.name, starts[s]! + from + it.at, partKind === 'method' ? '' : ', a ' + partKind);
    }
  }
}

/**
 * A counted list of data: "two derived datasets: A for …", "three … benchmarks -- A, B and C", or a colon after what
 * they are for ("two multilingual corpora for IQA … that cover English, German and Bavarian, a dialect …: A, a …").
 */
const COUNTED_DATA =
  /\b(two|three|four|five|six)\s+(?:[\w-]+\s+){0,3}?(datasets|benchmarks|corpora|subsets|splits)(?:\s*(?::|,|–|—|\s-)|(\s+(?:for|of|in|on|that|which|covering|spanning|across|with|from)\s[^.:;()]{1,160}?):)\s*(?:(?:namely|i\.e\.,?)\s+)?/gi;
/** A verb of making right before the count ("to construct", "constructed and publicly released", "produces a suite of"). */
const MAKES_BEFORE =
  /\b(?:construct(?:s|ed|ing)?|buil[dt]|builds|building|synthesi[sz](?:e|es|ed|ing)|curat(?:e|es|ed|ing)|collect(?:s|ed|ing)?|creat(?:e|es|ed|ing)|develop(?:s|ed|ing)?|deriv(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|present(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|results? in|resulting in|yield(?:s|ed|ing)?|establish(?:es|ed|ing)?|compil(?:e|es|ed|ing)|assembl(?:e|es|ed|ing))\s+(?:and\s+(?:publicly\s+)?[a-z]+\s+)?(?:(?:a|an)\s+(?:suite|set|collection)\s+of\s+)?$/i;
/** A clause after the head that says the paper made them: "two datasets that we manually annotated: A and B". */
const MADE_IN_CLAUSE = /^\s+(?:that|which)\s+we\s+(?:(?:have|had|manually|newly|carefully|also|further)\s+){0,2}(?:annotated|labell?ed|collected|constructed|built|created|curated|compiled|gathered|recorded|released|developed|introduced|proposed|designed)\b/;
/** Data the authors made before this paper: "benchmarks that we released in our previous work: …". */
const EARLIER_WORK = /\b(?:previous|previously|prior|earlier|past)\b/i;
/** Who makes them: the paper ("we", "our") or its pipeline ("This pipeline produces …"). */
const MAKER = /\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study)|[Pp]ipeline|[Ff]ramework|[Pp]rocess|[Pp]rocedure)\b/;
/** The paper's data described by its parts: "Our dataset comprises two challenging subsets, A and B". */
const COMPRISES_BEFORE = /\b(?:(?:[Oo]ur|[Tt]his|[Tt]he proposed|[Tt]he [A-Z][\w-]*)\s+(?:[\w-]+\s+)?|[Tt]he\s+)(?:dataset|benchmark|corpus)\s+(?:comprises|consists of|includes|contains|is composed of)\s+$/;
/** The nouns COUNTED_PARTS reads, each after a space in the text (the places partsAt looks at). */
const PART_WORDS = ['components', 'parts'];
/** The parts of the paper's own data, after COMPRISES_BEFORE: "This benchmark consists of two components: A, which …, and B, a …". */
const COUNTED_PARTS = /^(two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?(components|parts)\s*(?::|,|–|—|\s-)\s*/i;

/**
 * Data the paper makes, named in a counted list after a verb of making, in whatever form the verb takes ("we used X
 * to construct two derived datasets: A for … and B for …", "constructing two new datasets, A and B, by …", "This
 * pipeline produces two large-scale synthetic datasets: A for quadrupeds and B for birds") or after the paper's own
 * data ("Our benchmark comprises two complementary splits: A with 300 tasks …, and B …"): each is a proposed dataset.
 * (The proposal verbs right after "we" have their reading in verbReadings; lists a paper evaluates on have no verb of
 * making.)
 */
function madeDataLists(text: string, titleEnd: number, starts: number[], known: (name: string) => boolean, add: AddProposal, tk: Tokens | undefined): void {
  const rx = COUNTED_DATA;
  // (the regex runs only from the first count word with one of its nouns after it, and the places of the part words
  // are those after a count word: both read in one pass over the tokens, which most papers end with no count word)
  const places = tk ? madeDataPlaces(tk, titleEnd) : undefined;
  const from0 = places ? places.countedFrom : titleEnd;
  rx.lastIndex = from0;
  for (let m = from0 >= 0 ? rx.exec(text) : null; m; m = rx.exec(text)) {
    const s = sentenceIndexAt(starts, m.index);
    const sentStart = starts[s]!;
    const sentEnd = s + 1 < starts.length ? starts[s + 1]! : text.length;
    const before = text.slice(sentStart, m.index);
    if (!((MAKES_BEFORE.test(before) && MAKER.test(before)) || COMPRISES_BEFORE.test(before) || (m[3] !== undefined && MADE_IN_CLAUSE.test(m[3]) && !EARLIER_WORK.test(m[3])))) continue;
    const from = m.index + m[0].length;
    for (const it of listItems(text.slice(from, sentEnd), countOf(m[1]!), m[2]!) ?? coinedListHeads(text.slice(from, sentEnd), countOf(m[1]!)) ?? []) {
      if (!isCoinedName(it.name) || known(it.name)) continue;
      add(it.name, from + it.at, ', a ' + m[2]!.toLowerCase());
    }
  }
  // "This benchmark consists of two components: SRMTrain, which …, and SRMEval, a …"
  for (const word of PART_WORDS) {
    if (places) {
      for (const q of places.partWords) if (text.startsWith(word, q + 1)) partsAt(text, starts, q, known, add);
    } else for (let q = text.indexOf(' ' + word, titleEnd); q >= 0; q = text.indexOf(' ' + word, q + word.length + 1)) partsAt(text, starts, q, known, add);
  }
}

/**
 * A verb of making, then up to two names right before a data head: "to generate the FluxVOC and FluxCOCO datasets",
 * "we collect a TransLab dataset", "we construct NeSyGeo-CoT and NeSyGeo-Caption datasets".
 */
const NAMED_MADE_DATA = new RegExp(
  String.raw`\b(?:[Ww]e|to|and)\s+(?:(?:also|further|then|first|additionally)\s+)?(?:construct(?:ed)?|buil[dt]|creat(?:e|ed)|curat(?:e|ed)|collect(?:ed)?|compil(?:e|ed)|generat(?:e|ed)|synthesi[sz](?:e|ed)|produc(?:e|ed)|releas(?:e|ed))\s+(?:(?:the|a|an|our)\s+)?(?:(?:new|novel|large-scale)\s+)?(${NAME_SRC})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(${NAME_SRC}))?\s+(?:datasets?|benchmarks?|corpus|corpora)\b`,
  'g',
);

/**
 * Data the paper makes, named before its data head after a verb of making in any form, in a sentence of the paper's
 * own (NAMED_MADE_DATA): each coined name no lexicon knows is a proposed dataset; an all-capital one only when it
 * abbreviates nothing the paper defines and the corpus does not write it as a task's (as in verbReadings).
 */
function namedMadeData(scan: SentenceScan): void {
  const { text, titleEnd, starts, cues, known, add } = scan;
  for (let s = 0; s < starts.length; s++) {
    if (starts[s]! < titleEnd || (cues[s]! & 1) === 0) continue;
    const from = starts[s]!;
    const sent = text.slice(from, s + 1 < starts.length ? starts[s + 1]! : text.length);
    if (!FIRST_PERSON_SUBJECT.test(sent)) continue;
    NAMED_MADE_DATA.lastIndex = 0;
    for (let m = NAMED_MADE_DATA.exec(sent); m; m = NAMED_MADE_DATA.exec(sent)) {
      // (the second name only when "and" or a comma joins one)
      const names = m[2] === undefined ? [m[1]!] : [m[1]!, m[2]];
      for (const name of names) {
        // (a description is no name: "a non-English dataset", "3D-language datasets", "CSTL-derived datasets")
        if (!isCoinedName(name) || known(name) || /(?:^|-)(?:[a-z]{3,}|to|of|in|on)(?:-|$)/.test(name) || scan.taskLike?.(name)) continue;
        if (!/[a-z]/.test(name) && abbreviatesDefined(name, scan.defs)) continue;
        add(name, from + m.index + m[0].lastIndexOf(name), ', a dataset');
      }
    }
  }
}

/** COUNTED_DATA's nouns, by the hash tokens.ts gives them lower-cased. */
const COUNTED_NOUNS = new TokenHashBits(['datasets', 'benchmarks', 'corpora', 'subsets', 'splits'].map(cueWordHash));
const NO_PLACES: readonly number[] = [];

/**
 * Where madeDataLists' patterns can match, from one pass over the tokens. `countedFrom`: where COUNTED_DATA can first
 * match, the start of the first token ending after the title in a count word (the regex's "two" follows a non-word
 * character, which may be a letter of the token: "étwo"), when one of its nouns is a token after it (an exotic token
 * may be one); else -1, and it cannot match. `partWords`: the spaces before a " c"/" p" token in the abstract after a
 * token ending in a count word, the only places where partsAt can read one (its count word stands before its noun).
 */
function madeDataPlaces(tk: Tokens, titleEnd: number): { countedFrom: number; partWords: readonly number[] } {
  const { hash, start, end, text, n } = tk;
  let countAt = -1;
  let counted = false;
  let nounAfter = false;
  let partWords: number[] | undefined;
  for (let i = 0; i < n; i++) {
    const s = start[i]!;
    if (counted) {
      if (countAt >= 0 && !nounAfter) {
        const h = hash[i]!;
        nounAfter = h === EXOTIC_HASH || COUNTED_NOUNS.has(h);
      }
      const c = text.charCodeAt(s);
      if ((c === 99 || c === 112) && s - 1 >= titleEnd && text.charCodeAt(s - 1) === 32) (partWords ??= []).push(s - 1);
    }
    if (countAt < 0 && endsInCount(text, s, end[i]!)) {
      counted = true;
      if (end[i]! > titleEnd) countAt = i;
    }
  }
  return { countedFrom: nounAfter ? Math.max(titleEnd, start[countAt]!) : -1, partWords: partWords ?? NO_PLACES };
}

/** Does text[s, e) end in a count word of COUNTED_DATA, in any ASCII case? */
function endsInCount(text: string, s: number, e: number): boolean {
  const last = text.charCodeAt(e - 1) | 32;
  if (last === 111) return endsWithFolded(text, s, e, 'two'); // o
  if (last === 120) return endsWithFolded(text, s, e, 'six'); // x
  if (last === 114) return endsWithFolded(text, s, e, 'four'); // r
  if (last === 101) return endsWithFolded(text, s, e, 'five') || endsWithFolded(text, s, e, 'three'); // e
  return false;
}
function endsWithFolded(text: string, s: number, e: number, w: string): boolean {
  return e - s >= w.length && startsWithAsciiFolded(text, e - w.length, w);
}

/** The named parts of the paper's data listed after " components"/" parts" at `q`, when its data is the subject. */
function partsAt(text: string, starts: number[], q: number, known: (name: string) => boolean, add: AddProposal): void {
  const s = sentenceIndexAt(starts, q);
  const sentStart = starts[s]!;
  const sentEnd = s + 1 < starts.length ? starts[s + 1]! : text.length;
  const head = /\b(two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?$/i.exec(text.slice(Math.max(sentStart, q - 40), q + 1));
  if (!head) return;
  const countAt = q + 1 - head[0].length;
  if (!COMPRISES_BEFORE.test(text.slice(sentStart, countAt))) return;
  const pm = COUNTED_PARTS.exec(text.slice(countAt, sentEnd));
  if (!pm) return;
  const from = countAt + pm[0].length;
  for (const it of coinedListHeads(text.slice(from, sentEnd), countOf(pm[1]!)) ?? []) if (!known(it.name)) add(it.name, from + it.at, ', a dataset');
}

/**
 * The coined names that start the members of a list whose members are described at length ("Landsat30-AU-Cap,
 * containing 196,262 image-caption pairs, and Landsat30-AU-VQA, comprising …"): a coined name at the start, or after
 * ", and", " and" or a comma, followed by a comma, a parenthesis, "and" or the end; null unless there are `count`.
 */
function coinedListHeads(s: string, count: number): { name: string; at: number }[] | null {
  const items: { name: string; at: number }[] = [];
  const rx = /(?:^|,\s+and\s+|\s+and\s+|,\s+)([A-Za-z0-9][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*)(?=\s*(?:[,(]|\s+and\s|\.?$))/g;
  for (let m = rx.exec(s); m; m = rx.exec(s)) {
    if (isCoinedName(m[1]!)) items.push({ name: m[1]!, at: m.index + m[0].length - m[1]!.length });
  }
  return items.length === count ? items : null;
}

/** "our", and up to two describing words, right before a definition. */
const OUR_BEFORE_DEFINITION = /\b[Oo]ur\s+(?:(?:new|novel|proposed|constructed|designed|developed|shallow|deep|lightweight|unified|efficient|simple|own)\s+){0,2}$/;
/** The last word of a long form that names a whole model, system or dataset (not a part: a block, a module, a loss). */
const WHOLE_SYSTEM_END = /\s(?:Model|Network|Framework|Transformer|Embedder|System|Benchmark|Bench|Dataset|Corpus|Agent|Pipeline|Method|Approach|Algorithm)$/;
/**
 * A long form ending in "Bench" that names a test rig, not a benchmark: after "Test", a hardware word or "Optical"
 * ("Engine Test Bench (ETB)", "Hardware-in-the-Loop … Bench"). One test for the proposals here and paper.ts's data
 * definitions.
 */
export const RIG_BENCH = /(?:\bTest|Hardware\b.*|\bOptical)\s+Bench(?:\s+(?:19|20)\d{2})?$/;

/**
 * "a novel", "a new", "a proposed" and up to two lower-case words right before a definition; the words describe the
 * thing, not a task it is for ("a new dataset for Pituitary Anatomy Segmentation (PAS)" names a task, "a novel approach
 * comprising Cardiac Reasoning Template (CRT)" a piece of something else).
 */
const NOVEL_BEFORE_DEFINITION =
  /\b[Aa]n?\s+(?:novel|new|proposed)(?:\s+and\s+[a-z][\w-]*)?\s+(?:(?!(?:for|of|to|in|on|with|by|from|via|and|or|dataset|benchmark|corpus|task|paradigm|problem|setting|approach|framework|method|system|comprising|including)\b)[a-z][\w-]*(?<!ing)\s+){0,2}$/;
/** Is the long form at `at` introduced as new ("a novel Cascade Pearson Correlation Loss (CPCL)")? */
function introducedAsNovel(text: string, at: number): boolean {
  return at >= 0 && NOVEL_BEFORE_DEFINITION.test(text.slice(Math.max(0, at - 50), at));
}
/** A long form written as a title: every word capitalised but function words ("Sparse Focal Modulation"). */
function titleCased(long: string): boolean {
  const words = long.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^(?:[A-Z0-9]|[a-z]+-[A-Z])/.test(w) || /^(?:of|for|and|the|with|in|on|to|from|via|by|a|an)$/.test(w));
}

/**
 * "our Multi-Modal In-Context Instruction Tuning (MIMIC-IT) dataset": a defined name the paper calls its own; "a novel
 * Cascade Pearson Correlation Loss (CPCL)": one it presents as new.
 */
function addOwnDefinitions(text: string, titleEnd: number, defs: AcronymDef[], known: (name: string) => boolean, add: AddProposal): void {
  // "our Multi-Modal In-Context Instruction Tuning (MIMIC-IT) dataset": a defined name the paper calls its own
  // (or a head that ends the long form: "our novel shallow Channel-Independent Model (CIM-S)", "our General Video
  // Embedder (GVE)"; not a part of a method, "our Adaptive Multimodal Fusion Block (AMFB)")
  for (const d of defs) {
    if (d.start < titleEnd + 4 || !OUR_BEFORE_DEFINITION.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
    if (!HEAD_AFTER.test(text.slice(d.end, d.end + 32)) && !(WHOLE_SYSTEM_END.test(d.long) && !RIG_BENCH.test(d.long))) continue;
    if (known(d.short) || known(d.long) || NOT_METHODS.has(d.short)) continue;
    add(d.short, d.start, text.slice(d.end, d.end + 40).replace(/^\s*/, ', a '), d.long);
  }
  // "Central to HDGS is a novel Cascade Pearson Correlation Loss (CPCL), which …", "a new Relative Preference
  // Alignment (RPA) loss": a name written as a title that the abstract presents as new, whoever the sentence's subject
  // (readers list a named piece presented as new as a proposal, 16 of 19 in the read sets: the parts rule keeps these,
  // dropNamedParts)
  for (const d of defs) {
    if (d.reversed || d.start < titleEnd + 4 || !introducedAsNovel(text, d.start) || !titleCased(d.long)) continue;
    if (known(d.short) || known(d.long) || NOT_METHODS.has(d.short) || NOT_PROPOSALS.has(d.long.toLowerCase())) continue;
    add(d.short, d.start, text.slice(d.end, d.end + 40).replace(/^\s*/, ', a '), d.long);
  }
}

/** A shared task or challenge the paper takes part in: "our system for the … (CQs-Gen) Shared Task", "our submission to the X shared task". */
const ENTERED_TASK_AFTER = /^\)?(?:\s+20\d\d)?\s+(?:[Ss]hared [Tt]ask|[Cc]hallenge|[Cc]ompetition)\b/;
const ENTRY_BEFORE = /\b(?:system|submission|solution|approach|entry|participation|team|place)\b[^.;]{0,15}\b(?:for|to|in|at)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?[^.;]{0,90}$/i;

/**
 * Drops the names of a shared task or challenge the paper entered, which the proposal readings take for its own
 * ("We present our system for the Critical Questions Generation (CQs-Gen) Shared Task", "our 4th place system in
 * Event-Enriched Image Analysis (EVENTA) shared task"): the organisers' overview ("we introduce the X challenge")
 * keeps it. Their names go to `entered`: a task named there is no technique of the paper either.
 */
function dropEnteredTasks(out: Proposal[], text: string, entered: string[] | undefined): void {
  if (text.indexOf('hared ') < 0 && text.indexOf('hallenge') < 0 && text.indexOf('ompetition') < 0) return;
  for (let i = out.length - 1; i >= 0; i--) {
    const name = out[i]!.name;
    for (let q = text.indexOf(name); q >= 0; q = text.indexOf(name, q + name.length)) {
      if (!ENTERED_TASK_AFTER.test(text.slice(q + name.length, q + name.length + 30))) continue;
      if (!ENTRY_BEFORE.test(text.slice(Math.max(0, q - 160), q))) continue;
      const drop = name;
      for (let j = out.length - 1; j >= 0; j--) if (out[j]!.name === drop) out.splice(j, 1);
      entered?.push(drop);
      i = Math.min(i, out.length);
      break;
    }
  }
}

/**
 * Can ENTERED_TASK_AFTER match anywhere in the text? Its words ("Shared Task", "Challenge", "Competition") come after
 * a space, so each starts a token: one pass over the token starts instead of three whole-text searches for strings
 * that start with common letters ("hared ", "hallenge", "ompetition").
 */
function mayNameEnteredTask(tk: Tokens): boolean {
  const { text, start } = tk;
  for (let i = 0; i < tk.n; i++) {
    const q = start[i]!;
    const c = text.charCodeAt(q) | 32;
    if (c === 115 ? text.startsWith('hared', q + 1) : c === 99 && (text.startsWith('hallenge', q + 1) || text.startsWith('ompetition', q + 1))) return true;
  }
  return false;
}

/** One proposal per name: the first abstract reading gives the kind and long form, the title the position. */
function mergeReadings(out: Proposal[], text: string, title: string, titleEnd: number): Proposal[] {
  const merged = new Map<string, Proposal>();
  for (const p of out) {
    // "QCoder Benchmark" (title) and "QCoder" (the abstract's "QCoder Benchmark, an evaluation framework") are one
    // ("Geo2" in the title, whose $^2$ ingest flattened, is the abstract's "Geo^2", the spelling the paper uses)
    const k = withoutHeadWord(p.name).toLowerCase().replace(/[\s\-_^]+/g, '');
    const prev = merged.get(k);
    if (!prev) merged.set(k, p);
    else {
      if (p.name.includes('^') && !prev.name.includes('^')) prev.name = p.name;
      // (a title that calls the name "X: A … Model" in apposition keeps the model: the abstract's "X, a framework" is
      // how it is built; "X: Safer Language Models via …" only says what it acts on)
      const titleModel = prev.kind === 'model' && /^[^:]*:\s*(?:a|an)\s[^:]*?(?<!World |Reward )\bModels?\b/i.test(title);
      if (prev.at < titleEnd && p.at >= titleEnd && (p.kind !== 'method' || (prev.kind === 'model' && !titleModel))) prev.kind = p.kind;
      prev.long ??= p.long;
    }
  }
  const result = [...merged.values()];
  // a coined name made of the first parts of another proposal's words is that proposal ("AttZoom: Attention Zoom for
  // Better Visual Features" and "We present Attention Zoom, a modular … mechanism"): one, the coined name with the words
  // as its long form; not data beside something else ("ProtoSeg, a model" and "Prototype Segment, a new dataset")
  foldIntoShortNames(result, (full) =>
    full.name.indexOf(' ') < 0 ? undefined : result.find((q) => q !== full && q.long === undefined && (q.kind === 'dataset') === (full.kind === 'dataset') && contractsWords(q.name, full.name)),
  );
  // a proposal written with another proposal's name in parentheses after it names that one in full ("we propose Thinking
  // with Nothinking Calibration (JointThinking), a new ICL paradigm", the title naming the long form): one proposal, the
  // short name with the words as its long form, though its letters are no initials of them
  foldIntoShortNames(result, (full) => {
    if (!/[\s-]/.test(full.name)) return undefined;
    const paren = text.indexOf(full.name + ' (', titleEnd);
    if (paren < 0) return undefined;
    const from = paren + full.name.length + 2;
    // (the short name one coined word, shorter than the words: not the words of "R3-CoVR (Reason, Retrieve, Re-rank)")
    return result.find((q) => q !== full && q.long === undefined && q.name.length < full.name.length && !/[\s,]/.test(q.name) && text.startsWith(q.name + ')', from));
  });
  return result;
}

/**
 * Folds each proposal without a long form that `shortOf` names by a shorter one into it (last first): the short name
 * keeps its node with the words as its long form, and the kind the words' reading gave, where its own was the default.
 */
function foldIntoShortNames(result: Proposal[], shortOf: (full: Proposal) => Proposal | undefined): void {
  for (let i = result.length - 1; i >= 0; i--) {
    const full = result[i]!;
    if (full.long !== undefined) continue;
    const short = shortOf(full);
    if (short === undefined) continue;
    short.long = full.name;
    if (short.kind === 'method') short.kind = full.kind;
    result.splice(i, 1);
  }
}

/**
 * Is `short` the words of `full` each cut to a first part, joined ("AttZoom" of "Attention Zoom", "ProtoNet" of
 * "Prototype Network")? Each part is a capital and at least one lower-case letter: initials alone make an acronym,
 * which the acronym rules read.
 */
export function contractsWords(short: string, full: string): boolean {
  const parts = short.match(/[A-Z][a-z]+/g);
  const words = full.split(' ');
  if (parts === null || parts.join('') !== short || parts.length !== words.length || parts.length < 2) return false;
  return parts.every((part, i) => words[i]!.startsWith(part) || words[i]!.toLowerCase().startsWith(part.toLowerCase()));
}

/** findProposals' `add`: one reading of a proposal (name, offset, the text after it, its long form if known). */
type AddProposal = (name: string, at: number, after: string, long?: string) => void;

/** What the sentence readings of {@link findProposals} share for one paper. */
interface SentenceScan {
  text: string;
  titleEnd: number;
  starts: number[];
  defs: AcronymDef[];
  defByStart: Map<number, AcronymDef>;
  /** The definitions' start order (startOrder), built on first use. */
  defsByStart: number[] | undefined;
  /** The title's name when it has several words, else ''. */
  titleName: string;
  /** The cue bits of each sentence (tokenCues). */
  cues: Uint8Array;
  known: (name: string) => boolean;
  add: (name: string, at: number, after: string, long?: string) => void;
  /** Has a reading already proposed this name, or the name it is a variant of ("DVHGNN" for "DVHGNN-S")? */
  proposed: (name: string) => boolean;
  /** The kind a reading gave a proposed name, if one did. */
  kindOf: (name: string) => EntityKind | undefined;
  tk: Tokens | undefined;
  cited: Proposal[] | undefined;
  taskLike: ((short: string) => boolean) | undefined;
  /** Where the first VERB_OR_AND match of the sentence verbReadings read last ends (-1: none). */
  firstVerbEnd: number;
}

/** Words after "X, a" that present X as established, someone else's: "a popular …", "a widely used …" (regex source). */
const ESTABLISHED_WORDS = String.raw`popular\b|well-known\b|widely\b|commonly\b|standard\b|classic(?:al)?\b|prominent\b|leading\b|representative\b|prevalent\b|established\b|typical\b|recent(?:ly)?\b`;
/** "X, a …" (not "a few", "a number", "a total", "a set" of something, nor an established thing). */
const APPOSITION_OF_OWN = new RegExp(
  String.raw`\b([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*),\s+(?:a|an)\s+(?!few\b|number\b|total\b|set\b|${ESTABLISHED_WORDS})`,
);

/** The mark of an enumeration's item: "(2)", "(iii)", "(b)". */
const ENUM_MARK = String.raw`\((?:[1-9]|i{1,3}|iv|vi{0,3}|ix|[a-h])\)`;
const FIRST_ENUM_MARK = new RegExp(ENUM_MARK);

/**
 * A preposition and a determiner between a verb's object and an "i.e." that then glosses another thing (not "in the":
 * a name's own words, "Multi-modal dataset Distillation in the Wild, i.e., MDW").
 */
const GLOSSED_THROUGH = /\b(?:on|under|from|by|using|with|of)\s+(?:the|a|an|its|their|this|these)\b/;

/** An enumeration mark, a coined name and its apposition: "(2) RPA-Block, a …", "(iii) VisGenBench, a …". */
const ENUM_APPOSITION = new RegExp(
  String.raw`${ENUM_MARK}\s*([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*),\s+(?:a|an)\s+(?!few\b|number\b|concurrent\b|${ESTABLISHED_WORDS})`,
  'g',
);

/**
 * A sentence that lists the paper's contributions or the parts of its own thing ("The framework makes three
 * contributions: (1) …", "The framework integrates three components: (i) …").
 */
const CONTRIBUTIONS =
  /\b(?:makes|has|offers|comprises|consists of|integrates|includes|contains|features|introduces)\s+(?:two|three|four|five|six|several)\s+(?:key\s+|main\s+|major\s+|core\s+|complementary\s+|novel\s+)?(?:contributions|components|modules|parts|innovations|stages|elements)\b|\b(?:our|main|key|major)\s+contributions\b/i;

/** "we", "our", "this (framework, ecosystem …)": the sentence speaks of the paper's own. */
const WE_OR_OUR = /\b(?:[Ww]e|[Oo]ur|[Tt]his)\b/;
/** Words before an enumeration that make its items others' ("three baselines: (1) …", "prior pipelines combine (1) …"). */
const OTHERS_LISTED = /\b(?:baselines?|compar\w*|prior|existing|previous|state-of-the-art|competitors?|reviews?|surveys?|proposed by|evaluated)\b/i;

/** Does the sentence start with a name the paper proposes ("CAPTURe consists of two parts: …")? */
function startsWithProposed(scan: SentenceScan, sent: string): boolean {
  const first = /^\s*(?:The\s+)?([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)/.exec(sent);
  return first !== null && isCoinedName(first[1]!) && scan.proposed(first[1]!);
}

/**
 * Coined names in apposition after the marks of an enumeration in a sentence of the paper's own ("we", "our", "this",
 * a subject it proposes, or a list of its contributions or parts): those contributions or parts. Not a known name, nor
 * one presented as someone else's ("(2) GPT-4o, a popular …").
 */
function enumeratedAppositions(scan: SentenceScan, a: number, sent: string): void {
  // (the words before the first mark, or an item's own apposition, name others' work: "three baselines: (1) X, a …",
  // "(1) X, a pipeline proposed by Smith et al."; not the words of the items before it, "(2) an arena for model
  // comparisons; (3) Point-Act, a …")
  const firstMark = FIRST_ENUM_MARK.exec(sent);
  if (firstMark === null || OTHERS_LISTED.test(sent.slice(0, firstMark.index))) return;
  ENUM_APPOSITION.lastIndex = 0;
  let en: RegExpExecArray | null;
  while ((en = ENUM_APPOSITION.exec(sent))) {
    const nm = en[1]!;
    if (OTHERS_LISTED.test(sent.slice(en.index + en[0].length, en.index + en[0].length + 80).split(/[,;]|\(\w{1,4}\)/)[0]!)) continue;
    // (a variant of a proposed name is one more: "(2) CAPTURe-synthetic, a controlled diagnostic …")
    if (!isCoinedName(nm) || scan.known(nm) || scan.kindOf(nm) !== undefined) continue;
    const at = en.index + en[0].indexOf(nm);
    const after = sent.slice(at + nm.length);
    // (a variant of a proposed data set is data, whatever its apposition's head: "CAPTURe-synthetic, a controlled
    // diagnostic with generated patterned images")
    const hyphen = nm.lastIndexOf('-');
    const baseKind = hyphen > 0 ? scan.kindOf(nm.slice(0, hyphen)) : undefined;
    scan.add(nm, a + at, baseKind === 'dataset' && kindFromContext(nm, after) === 'method' ? ', a dataset' : after);
  }
}

/**
 * The proposals of abstract sentence s (one with a cue). (A function of its own, as is {@link verbReadings}: one
 * function of all the readings took the JIT a second to compile, again after each deoptimisation.)
 */
function readSentence(scan: SentenceScan, s: number): void {
  const { text, titleEnd, starts, defs, defByStart, cues, known, add, tk, cited } = scan;
  const a = starts[s]!;
  const cue = cues[s]!;
  const b = s + 1 < starts.length ? starts[s + 1]! : text.length;
  const sent = text.slice(a, b);
  const firstPerson = (cue & 1) !== 0;
  const hasAppos = (cue & 2) !== 0;
  const V = VERB_OR_AND;
  let m: RegExpExecArray | null;
  // every reading of V needs one of its verbs after a subject, an adverb, "and", "by" or a comma (bit 128)
  const hasVerb = (cue & 128) !== 0;
  const hasOur = (cue & 16) !== 0;
  // "ActiveFreq introduces AcSelect, an autonomous module …", "CLVR introduces a data engine …, and proposes Proxy Prompt
  // Reinforcement Learning (PPRL)": a subject the paper proposes coins names as "we" does
  const own = ownSubjectVerb(scan, sent);
  let found = ((firstPerson && hasVerb) || own !== null) && verbReadings(scan, a, sent, own);
  const subjectVerb = firstPerson && defs.length > 0 && (!tk || hasSubjectVerbStem(tk, text, a, b)) ? SUBJECT_VERB.exec(sent) : null;
  if (subjectVerb) {
    // "… pipeline centered on Corpus-Grounded Feature Diffusion (CGFD)", "… and GARFA (GQA-Aware … Adaptation)"
    const verbAt = subjectVerb.index + subjectVerb[0].length - subjectVerb[1]!.length;
    for (const d of defsWithin(defs, (scan.defsByStart ??= startOrder(defs)), a + verbAt, b)) {
      // in the object of the verb
      // a component the proposal is described with ("X, a framework that incorporates a Mixture of Calibrated
      // Experts (MoCaE)") is not itself proposed
      if (found && REL_CLAUSE.test(text.slice(a + verbAt, d.start)) && !/(?:,|\band)\s*$/.test(text.slice(Math.max(a, d.start - 6), d.start))) continue;
      // (ASR, BEV, KANs: field acronyms; a plural's s is not a letter of the acronym: "Vision Foundation Models (VFMs)",
      // "Weighted Multi-branch Perceptrons (WMPs)" were read as the paper's own)
      if (d.short.replace(/(?<=[A-Z])s$/, '').replace(/[^A-Za-z0-9]/g, '').length < 4 || /[a-z]s$/.test(d.short)) continue;
      if (!/^[A-Z0-9\u0370-\u03ff][^\s]*(?:\s+(?:[A-Z0-9\u0370-\u03ff][^\s]*|of|for|and|with|in|on|to|the|via|from))*$/.test(d.long)) continue;
      if (known(d.short) || known(d.long) || describesClass(text, d)) continue;
      // "a framework that enhances the SaRa (Saliency Ranking) model with …": the object of another verb is used
      if (OBJECT_OF_USE.test(text.slice(Math.max(a + verbAt, d.start - 60), d.start))) continue;
      // "an operating system designed for Artificial Intelligence for Science (AI4S)", "a framework for Low-Light Image
      // Enhancement (LLIE)": a purpose or a task in capitals, not the proposal ("a … framework for Reliable Synthetic
      // Image Detection (ReSIDe)", a short form in mixed case, names it)
      if (/\b(?:for|towards?)\s+$/.test(text.slice(Math.max(a, d.start - 12), d.start)) && !/[a-z]/.test(d.short)) continue;
      add(d.short, d.start, text.slice(d.end, d.end + 120), d.long);
    }
  }
  if (!found && firstPerson && hasOur) {
    // "Our Athena framework achieves …"
    const our = /\b[Oo]ur\s+([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)\s+(framework|method|approach|model|system|algorithm|benchmark|dataset|agent|pipeline|toolkit)\b/.exec(sent);
    // (not a description: "Our KG-informed model achieves …")
    if (our && /^[A-Z]/.test(our[1]!) && !known(our[1]!) && !(our[1]!.indexOf('-') > 0 && ADJECTIVE_TAIL.test(our[1]!))) {
      add(our[1]!, a + our.index, ', a ' + our[2]!);
      found = true;
    } else {
      // "our DCA achieves improved performance …", "Our SEGA3D attains …": a coined name the paper reports results of
      // (not a class or a task: "our ViTs outperform", "our ASR outperforms")
      const ours = OUR_RESULTS.exec(sent);
      const name = ours?.[1];
      // (a name already proposed, or a variant of one, keeps the kind its own reading gives it; so does a sized name)
      if (name && isCoinedName(name) && !known(name) && !scan.proposed(name) && !OUR_NOT_OWN.test(name) && !/\d(?:\.\d+)?[BM](?![a-z])/.test(name) && !/^[A-Z]{2,}[a-z]?s$|^[A-Z][a-z][A-Z]s$/.test(name) && !scan.taskLike?.(name)) {
        add(name, a + ours!.index, sent.slice(ours!.index + ours![0].length - ours![2]!.length));
        found = true;
      }
    }
  }
  if (!found && hasAppos && firstPerson && /\b(?:[Ww]e|[Oo]ur)\b/.test(sent)) {
    // "We study this question with LearnStop, a hidden-state-free checkpoint stopper"
    // (not "X, a popular … method": a name the text presents as established is someone else's)
    const ap = APPOSITION_OF_OWN.exec(sent);
    const apTail = ap ? sent.slice(ap.index + ap[1]!.length, ap.index + ap[1]!.length + 80) : '';
    // (not a unit after a number: "a PSNR of 28.66 dB, an SSIM of 0.89")
    if (ap && isCoinedName(ap[1]!) && !known(ap[1]!) && ap.index > 0 && !/\d\s*$/.test(sent.slice(Math.max(0, ap.index - 3), ap.index))) {
      const lead = sent.slice(Math.max(0, ap.index - 50), ap.index);
      const others = ((OTHERS_BEFORE.test(lead) || EVALUATED_ON.test(lead)) && !OWN_APPOS.test(apTail)) || /^,\s+(?:a|an)\s+concurrent/.test(apTail);
      if (!others) {
        add(ap[1]!, a + ap.index, sent.slice(ap.index + ap[1]!.length));
        found = true;
      } else if (cited) {
        // "… and Meta's Fair-Speech, a controlled-prompt dataset": a named dataset the paper uses; "built on top of FSFM,
        // a self-supervised model trained on …": a model it uses
        // (not a variant of a known name, "GSM-Plus-V2, a model …" is GSM-Plus's)
        const kind = kindFromContext(ap[1]!, apTail);
        if (kind === 'dataset' || (kind === 'model' && !somePartBeforeHyphen(ap[1]!, known))) cited.push({ name: ap[1]!, kind, at: a + ap.index });
      }
    }
  }
  if (found && firstPerson && hasVerb) {
    // a second proposal coordinated with the first: "we introduce DV-204K, a dataset …, and DV-500, a benchmark …"
    // (verbReadings read this sentence: its first match is the one V.exec(sent) would find again)
    if (scan.firstVerbEnd >= 0) {
      AND_NAME.lastIndex = scan.firstVerbEnd;
      let an: RegExpExecArray | null;
      while ((an = AND_NAME.exec(sent))) {
        const nm = an[1]!;
        if (!isCoinedName(nm) || known(nm)) continue;
        const comma = an.index + an[0].lastIndexOf(',');
        add(nm, a + an.index, sent.slice(comma, comma + 120));
      }
      // a second one after the first's parenthesis, with its own: "We release SCRuBEval (n=4,711 evaluation prompts) and
      // SCRuBAnnotations (300 expert-authored responses …)", of the kind the words after it give or a first dataset's
      AND_AFTER_PARENS.lastIndex = scan.firstVerbEnd;
      while ((an = AND_AFTER_PARENS.exec(sent))) {
        const kind = scan.kindOf(an[1]!);
        const nm = an[2]!;
        if (kind === undefined || !isCoinedName(nm) || known(nm)) continue;
        // (the words after its parenthesis name the kind of both when they can: "RawCuts (…) and CuratedCuts (…) datasets")
        const at = an.index + an[0].lastIndexOf(nm);
        const after = sent.slice(at + nm.length, at + nm.length + 160);
        // (a first dataset's kind carries over; otherwise the words after it must give one: the fallback, a method, is as
        // often the data of "REDS-ME (…) and REDS-RE (…) benchmarks" read without their head)
        const own = kindFromContext(nm, after);
        if (own !== 'method') add(nm, a + at, after);
        else if (kind === 'dataset') add(nm, a + at, ', a dataset');
      }
      // a second name coordinated with the verb's first object and no apposition of its own: "We further introduce
      // CogReasonBench and CogControlBench, built from …", "we develop SSA-COMET and SSA-COMET-QE, improved … metrics"
      // (of the kind the words after it or its shape give, not the first's: "We release MzansiText and MzansiLM to
      // provide …" names a corpus and a language model)
      // (in the abstract: a title's "MzansiText and MzansiLM: An Open Corpus and … Language Model" names each by its tail)
      const pair = a >= titleEnd ? AND_PLAIN.exec(sent.slice(scan.firstVerbEnd)) : null;
      if (pair) {
        // (the first must be one a reading proposed; the second takes no kind from it)
        const nm = pair[2]!;
        if (scan.kindOf(pair[1]!) !== undefined && isCoinedName(nm) && !known(nm)) {
          const at = scan.firstVerbEnd + pair[0].length - nm.length;
          const after = sent.slice(at + nm.length, at + nm.length + 160);
          add(nm, a + at, after);
        }
      }
      // a variant of the first, described by a clause: "SalViT360, a … framework …, and SalViT360-AV, which further …"
      AND_VARIANT.lastIndex = scan.firstVerbEnd;
      while ((an = AND_VARIANT.exec(sent))) {
        const nm = an[1]!;
        // (of the base's kind: a variant of a model is a model)
        const base = scan.kindOf(nm.slice(0, Math.max(0, nm.lastIndexOf('-'))));
        // (not a prior version the clause cites: "…, and GraphX-2, which is the prior version by Smith et al.")
        if (base === undefined || known(nm) || ESTABLISHED.test(sent.slice(an.index + an[0].length, an.index + an[0].length + 60))) continue;
        add(nm, a + an.index, `, a ${base === 'method' ? 'method' : base}`);
      }
    }
  }
  // the items of an enumeration of the paper's own ("… four coordinated design choices: (1) …, (2) RPA-Block, a dynamic
  // filter pruning mechanism …", "CAPTURe consists of two parts: (1) …, and (2) CAPTURe-synthetic, a controlled …")
  // (the first person read from the words: the cue's "I" is also the mark "(i)")
  if (hasAppos && sent.indexOf(')') >= 0 && (WE_OR_OUR.test(sent) || startsWithProposed(scan, sent) || CONTRIBUTIONS.test(sent))) enumeratedAppositions(scan, a, sent);
  if ((cue & 4) !== 0) {
    // passive and attributive cues: "the AutoMUP (…) method is proposed", "The proposed SegformerWithDropout
    // architecture", "our proposed Evol-Instruct", "…, named GUARD-JD, …"
    // (each regex needs its participle: a substring test skips the sentences without one, most naming cues)
    PASSIVE.lastIndex = 0;
    const passive = sent.includes('proposed') || sent.includes('introduced') || sent.includes('presented') || sent.includes('developed');
    // (PASSIVE_DEFINED and PASSIVE_NAMED also read "designed" and "constructed": "a novel dataset, QID, is constructed")
    const passiveMade = passive || sent.includes('constructed') || sent.includes('designed');
    while (passive && (m = PASSIVE.exec(sent))) {
      const nm = m[1]!;
      if (!isCoinedName(nm) || known(nm)) continue;
      // the name is the subject: at the start of the sentence or of a clause ("Next, the X method is proposed"),
      // not inside another noun phrase ("an analysis of … the VBN pipeline is presented")
      // (read before the name itself: the match may start at the comma before it, "In this work, X is introduced")
      const nameAt = m.index + m[0].indexOf(nm);
      const before = m.index === nameAt || /^[Tt]he\b|^[Aa]n?\b/.test(m[0]) ? m.index : nameAt;
      if (!/(?:^|[,;:]|\band|\b(?:[Tt]hen|[Ff]irst|[Nn]ext|[Ff]inally|[Hh]ere|[Tt]hus|[Hh]ence|[Tt]herefore|[Ss]econd|[Tt]hird))\s*$/.test(sent.slice(Math.max(0, before - 14), before))) continue;
      add(nm, a + m.index, ', a ' + (m[2] ?? 'method'));
      found = true;
    }
    // "In the absence of angiography datasets, CAS-3K is constructed, comprising 3,565 …": a coined name the paper says it
    // gathered is data it made
    PASSIVE_DATA.lastIndex = 0;
    const gathered = sent.includes('constructed') || sent.includes('curated') || sent.includes('collected');
    while (gathered && (m = PASSIVE_DATA.exec(sent))) {
      const nm = m[1]!;
      if (!isCoinedName(nm) || known(nm) || scan.proposed(nm)) continue;
      const nameAt = m.index + m[0].indexOf(nm);
      if (!/(?:^|[,;:]|\band)\s*$/.test(sent.slice(Math.max(0, nameAt - 6), nameAt))) continue;
      // (what is built is data only where the sentence says what it holds: "constructed, comprising 3,565 …", "from
      // two audiovisual corpora", "with 34M QA pairs"; "KGraph is constructed from court rulings" is a graph, and
      // "WildVis was collected from real users" as often someone else's)
      if (!NETWORK_NAME_END.test(nm) && !GATHERED_DATA.test(sent.slice(m.index, m.index + m[0].length + 120)) && !DATA_NAME_SHAPE.test(nm)) continue;
      // (a network's name is a network built: "AWFNet is constructed for automated PD screening")
      add(nm, a + nameAt, NETWORK_NAME_END.test(nm) ? ', a network' : ', a dataset');
      found = true;
    }
    const apposed = sent.includes(', a') ? PASSIVE_APPOSED.exec(sent) : null;
    if (apposed && isCoinedName(apposed[1]!) && !known(apposed[1]!) && !OTHERS_APPOS.test(', ' + apposed[2]!)) {
      add(apposed[1]!, a, ', ' + apposed[2]!);
      found = true;
    }
    PASSIVE_DEFINED.lastIndex = 0;
    while (passiveMade && (m = PASSIVE_DEFINED.exec(sent))) {
      const nm = m[2]!;
      if (known(nm) || !isCoinedName(nm)) continue;
      // (a capitalised long form after "the", in the past tense, is as often the background's: "The Block
      // Decomposition Method (BDM) was introduced as an alternative to …", "The Network Transport Model (NTM) was
      // introduced to fill this gap")
      if (/^[A-Z]/.test(m[1]!) && /\b(?:an?|the)\s/i.exec(m[0])?.[0].toLowerCase().startsWith('the') && /\bwas\s+\S+$/.test(m[0])) continue;
      const d = definitionWithin(defs, nm, a + m.index, a + m.index + m[0].length);
      if (d && (known(d.long) || describesClass(text, d))) continue;
      add(nm, a + m.index, ', a ' + m[1]!.toLowerCase(), d?.long);
      found = true;
    }
    PASSIVE_LONG_DEFINED.lastIndex = 0;
    // (not in the abstract's first sentence, which sets the scene: "Class-incremental learning (CIL) is designed to address
    // …", "Wild Test-Time Adaptation (WTTA) is proposed to adapt …")
    while (passiveMade && s > 0 && starts[s - 1]! >= titleEnd && (m = PASSIVE_LONG_DEFINED.exec(sent))) {
      const nm = m[2]!;
      // (a known name is the background's: "Thus, Rotary Positional Encoding (RoPE) is introduced to …")
      if (known(nm) || !isCoinedName(nm) || scan.proposed(nm)) continue;
      // (nor is a concept the paper defines: "Further, the concept of Majority Understandable Modulation (MUM) is introduced")
      if (/\b(?:concept|notion|idea|term)\s+of\s+$/.test(m[0].slice(0, m[0].indexOf(m[1]!)))) continue;
      const d = definitionWithin(defs, nm, a + m.index, a + m.index + m[0].length);
      if (!d) continue;
      // (a task the paper sets is no thing it made: "Composed Video Retrieval (CVR) is designed to …")
      // ("retrieval" only here, not in TASK_END: describesClass would then take "a Confidence-Driven Image Re-retrieval
      // (CDIR) method" for a kind of work)
      if (TASK_END.test(d.long) || /retrieval$/i.test(d.long)) continue;
      const words = m[1]!.trim().split(/\s+/);
      add(nm, a + m.index + m[0].indexOf(m[1]!), ', a ' + words[words.length - 1]!.toLowerCase(), d.long);
      found = true;
    }
    PASSIVE_NAMED.lastIndex = 0;
    while (passiveMade && (m = PASSIVE_NAMED.exec(sent))) {
      const nm = (m[2] ?? m[3])!;
      const head = (m[1] ?? m[4])!;
      // (a plain capitalised word only in commas after a head of data, a model or a system, as after a verb)
      if (known(nm) || !(isCoinedName(nm) || (m[2] !== undefined && /^[A-Z][a-z]{2,}$/.test(nm) && /^(?:dataset|benchmark|model|framework|system)$/.test(head) && !TITLE_NOT.has(nm.toLowerCase())))) continue;
      const d = m[3] === undefined ? undefined : definitionWithin(defs, nm, a + m.index, a + m.index + m[0].length);
      if (d && (known(d.long) || describesClass(text, d))) continue;
      add(nm, a + m.index, ', a ' + head, d?.long);
      found = true;
    }
    PROPOSED_NP.lastIndex = 0;
    while (passive && (m = PROPOSED_NP.exec(sent))) {
      const nm = m[2]!;
      const defHere = m[1] && !m[3] && !m[4] ? defByStart.get(a + m.index + m[0].length - nm.length) : undefined;
      // "our proposed X" is the paper's own even when X became well known ("our proposed Evol-Instruct")
      if (!defHere && (!isCoinedName(nm) || (m[1] && known(nm)))) continue;
      if (m[1] && !m[3] && !m[4]) {
        // "The proposed X" needs a head noun or a parenthesis after it, or to start a definition: "The proposed
        // Bottleneck Transformer Residual U-Net3D (BT-ResUNet3D) model"
        const d2 = defHere;
        if (d2 && !known(d2.short) && !known(d2.long)) {
          add(d2.short, a + m.index, text.slice(d2.end, d2.end + 120), d2.long);
          found = true;
        }
        continue;
      }
      add(nm, a + m.index, m[4] ? ', a ' + m[4] : sent.slice(m.index + m[0].length));
      found = true;
    }
    if (!found) {
      CALLED_ANY.lastIndex = 0;
      while ((m = CALLED_ANY.exec(sent))) {
        // ("an existing sarcasm-labeled dataset … called BESSTIE" is someone else's, as is what the paper takes up with a
        // verb of use: "we employ a recently proposed variational algorithm called IVON", "we follow a sequential
        // learning paradigm called Task Decomposition (TD)")
        const objectBefore = sent.slice(Math.max(0, m.index - 90), m.index);
        if (/\b(?:an?|the)\s+(?:existing|publicly available|public)\s+(?:[\w-]+\s+){0,7}$/i.test(objectBefore) || TAKEN_UP_CALLED.test(objectBefore)) continue;
        // (a quoted name only after an artefact's noun)
        if (m[1] && !QUOTED_ARTEFACT.test(sent.slice(Math.max(0, m.index - 60), m.index))) continue;
        const d2 = defByStart.get(a + m.index + m[0].length - m[2]!.length);
        if (d2) {
          // the definition decides, never the first words of its long form ("called Low-Rank Adaptation Subtraction
          // (LoRA-)" is not "Low-Rank")
          if (!known(d2.short) && !known(d2.long)) {
            add(d2.short, a + m.index, text.slice(d2.end, d2.end + 120), d2.long);
            found = true;
          }
          continue;
        }
        let nm = m[2]!;
        // a name of several capitalised words, given to a new thing of the paper's ("we propose a metric called
        // Long-Short Misalignment to …", "a novel framework, named Map Association Transformer, as …"); with a short
        // form after it the definition reads it
        const words = firstPerson && !m[1] && /^[A-Z]/.test(nm) ? CAPITALISED_WORDS_AFTER.exec(sent.slice(m.index + m[0].length, m.index + m[0].length + 80)) : null;
        if (words && namesNewObject(sent.slice(Math.max(0, m.index - 70), m.index)) && !known(nm + words[1]!)) {
          nm += words[1]!;
        } else if (!isCoinedName(nm) || known(nm)) continue;
        // the noun before "called" gives the kind as an apposition would ("into a new dataset called HardMatch", "a
        // contaminated split named AITZ-Noise"); a name sized in billions stays a model ("a model fine-tuned on this
        // dataset, called MedReasoner-7B")
        const before = sent.slice(Math.max(0, m.index - 60), m.index);
        const head = !/-\d+(?:\.\d+)?B\b/.test(nm) && dataNounBeforeCalled(before);
        // ("naming the model HybridDeepSearcher": the noun after "naming" gives the kind)
        const naming = m[0].startsWith('naming') ? /\b(model|method|framework|system|agent|dataset|benchmark)\s/.exec(m[0])?.[1] : undefined;
        add(nm, a + m.index, (head ? ', a dataset ' : naming ? `, a ${naming} ` : '') + sent.slice(m.index + m[0].length));
        found = true;
      }
    }
  }
  if (firstPerson && hasOur) {
    // "our model SSR-Zero-7B outperforms …", "our proposed image tokenizer, VFMTok, achieves"
    for (const [reading, newNamesOnly, definedOnly] of OUR_HEAD_READINGS) {
      reading.lastIndex = 0;
      while ((m = reading.exec(sent))) {
        const nm = m[2]!;
        if (!isCoinedName(nm) || known(nm) || (newNamesOnly && scan.proposed(nm))) continue;
        if (definedOnly && !definitionWithin(scan.defs, nm, a + m.index, a + m.index + m[0].length)) continue;
        // (after a comma the name is the noun's only as an apposition, closed by a second comma, a parenthesis or its
        // head noun, "on our high-fidelity benchmark, Semi-Sim, demonstrate", or when "our …" is a clause's subject,
        // "Our final model, X achieves", "Evaluated on …, our model, V2LO-7B achieves"; after a preposition the name is
        // the subject of the clause: "On our one-minute world-model benchmark, SANA-WM demonstrates …", "Unlike our
        // text-only model, VisionRAG-Lite can …")
        if (m[0].includes(',') && !APPOSITION_CLOSED.test(sent.slice(m.index + m[0].length)) && !SUBJECT_POSITION.test(sent.slice(0, m.index))) continue;
        add(nm, a + m.index, ', a ' + m[1]!);
        found = true;
      }
    }
  }
  if (!found && hasAppos) {
    // "TrinityX, a modular alignment framework …" / "X is a novel …"
    const sm = /^([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)(?:,\s+(?:a|an)\s+(?:novel|new)\b| is an? (?:novel|new)\b)/.exec(sent);
    if (sm && isCoinedName(sm[1]!)) {
      add(sm[1]!, a, sent.slice(sm[0].length));
      found = true;
    }
    // "RoTS is a scalable synthesis framework that …", "PrincipalBench is a 75-item multi-turn benchmark …": a
    // sentence that opens by defining a coined name the paper neither knows, defines as an acronym, cites nor calls
    // established ("XNAT is a … platform widely used", "CoT is a widely adopted method")
    // (not in a paper that reproduces or teaches an existing tool: "Reproducing DragDiffusion: …", "A TorchGeo Tutorial")
    const isA = found || STUDY_OF_EXISTING.test(text.slice(0, titleEnd)) ? null : IS_A_HEAD.exec(sent);
    // (a name already proposed keeps the kind its first reading gave: "We introduce PentestJudge, a system …")
    if (isA && isCoinedName(isA[1]!) && !known(isA[1]!) && !scan.proposed(isA[1]!) && !abbreviatesDefined(isA[1]!, scan.defs) && !ESTABLISHED.test(sent.slice(isA[0].indexOf(isA[1]!) + isA[1]!.length, isA[0].length + 40))) {
      add(isA[1]!, a + isA[0].indexOf(isA[1]!), ', a ' + isA[2]! + isA[3]!);
      found = true;
    }
    // "We develop an explainable digital twin … CCSS-IX, the simulator, is a bank of …": the name of what the
    // sentence before says the paper builds, in a definite apposition
    const prev = s > 0 ? cues[s - 1]! : 0;
    const the = !found && (prev & 1) !== 0 && (prev & 12) !== 0 && starts[s - 1]! >= titleEnd ? NAME_THE_NOUN.exec(sent) : null;
    if (the && isCoinedName(the[1]!) && !known(the[1]!)) {
      add(the[1]!, a, ', a ' + the[2]!);
      found = true;
    }
  }
  if (!found && hasAppos) {
    // "To this end, FooNet, a lightweight detection framework, …" in the middle of a sentence: a coined name the
    // abstract repeats, in apposition with a head noun, not introduced as someone else's ("methods such as X, a …")
    // (found from each ", a"/", an" by a look back: a regex trying a name at every offset costs more)
    for (let c = sent.indexOf(', a'); c > 0 && !found; c = sent.indexOf(', a', c + 3)) {
      const tail = sent.slice(c, c + 80);
      if (!APPOS_HEAD.test(tail)) continue;
      const { start: p, name: nm } = nameEndingAt(sent, c);
      if (!NAME_WHOLE.test(nm) || !isCoinedName(nm) || known(nm) || OTHERS_CUE.test(sent.slice(0, p)) || OTHERS_APPOS.test(tail)) continue;
      if (text.indexOf(nm, text.indexOf(nm) + nm.length) < 0) continue;
      add(nm, a + p, sent.slice(c));
      found = true;
    }
  }
  if (hasAppos) {
    // "P-Aligner is trained on UltraPrompt, a new dataset synthesized …", "we introduce SketchVL, a novel MLLM optimized
    // with FinePO, a new RL algorithm …": a coined name after a preposition, in apposition with "a new" or "a novel", is
    // the paper's own; not a name a lexicon knows (a known name so described is someone else's newest: "the performance
    // of MedGemma, a new domain-specific open-source model")
    for (let c = sent.indexOf(', a'); c > 0; c = sent.indexOf(', a', c + 3)) {
      const after = sent.slice(c);
      if (!NEW_APPOS.test(after) || CLAUSE_GOES_ON.test(after)) continue;
      const { start: p, name: nm } = nameEndingAt(sent, c);
      if (!PREPOSITION_BEFORE.test(sent.slice(Math.max(0, p - 14), p))) continue;
      if (!NAME_WHOLE.test(nm) || !isCoinedName(nm) || known(nm) || scan.kindOf(nm) !== undefined) continue;
      add(nm, a + p, after);
      found = true;
    }
  }
  if (sent.includes(', the first ')) {
    // "we manually annotate MagicData340K, the first human-annotated large-scale dataset of …", "This yields
    // HeadSwapBench, the first cross-identity paired dataset …": a coined name the sentence calls the first of its kind
    // is the paper's own, whatever verb made it, and so is each name listed with it before a plural head ("PawPrint and
    // PawPrint+, the first publicly available datasets"); not a name a lexicon knows ("ALLaM-7B, the first foundation
    // model developed in Saudi Arabia"), one the paper evaluates or builds on, nor a clause's subject
    for (let c = sent.indexOf(', the first '); c > 0; c = sent.indexOf(', the first ', c + 12)) {
      const after = sent.slice(c);
      const first = FIRST_APPOS.exec(after);
      if (!first || CLAUSE_GOES_ON.test(after)) continue;
      const { start: p, name: nm } = nameEndingAt(sent, c);
      // (the whole name only: not the last piece of one written in several words, "Qualixar OS", "Parallel CFR",
      // "BhashaBench V1", nor of one a mark cuts, "AD^2-Bench")
      if (p > 0 && (!/[\s("“]/.test(sent[p - 1]!) || NAME_GOES_ON_BEFORE.test(sent.slice(Math.max(0, p - 40), p)))) continue;
      const before = sent.slice(Math.max(0, p - 120), p);
      if (EVALUATED_OR_BUILT_ON.test(before) || USED_BEFORE.test(before) || OTHERS_BEFORE.test(before)) continue;
      const listed = first[1] ? LISTED_BEFORE.exec(before) : null;
      const names = listed ? [...listed[1]!.split(/,\s+/), nm] : [nm];
      const appos = after.replace(', the first', ', a');
      for (const name of names) {
        if (!NAME_WHOLE.test(name) || !isCoinedName(name) || known(name) || scan.kindOf(name) !== undefined) continue;
        add(name, a + (name === nm ? p : sent.lastIndexOf(name, p)), appos);
        found = true;
      }
    }
  }
  if (firstPerson && (cue & 64) !== 0 && sent.includes(INSTANTIATE_WORD)) {
    const ins = INSTANTIATE.exec(sent);
    if (ins && isCoinedName(ins[1]!) && !known(ins[1]!)) {
      add(ins[1]!, a + ins.index, sent.slice(ins.index + ins[0].length));
      found = true;
    }
  }
  let call = firstPerson && (cue & 32) !== 0 ? WE_CALL.exec(sent) : null;
  if (call && /^[Ww]e (?:refer|denote)|\sthe\s+["“]?[^\s]*$/.test(call[0]) && !namesOwnThing(sent.slice(Math.max(0, call.index - 80), call.index))) call = null;
  if (call) {
    const at = a + call.index + call[0].length - call[1]!.length;
    const d2 = defByStart.get(at);
    // (a name that goes on, "Domination-Avoiding agents", "Late-Stage Fragility", is read only with its definition)
    const ends = /^(?:["”]?\s*(?:[,.;:()]|$)|\s+(?:that|which|to|for|as|and|in|on|with|is|are|where|when|consisting|comprising|built|based|trained|designed)\b)/.test(text.slice(at + call[1]!.length, at + call[1]!.length + 12));
    if (d2 && !known(d2.short)) add(d2.short, at, text.slice(d2.end, d2.end + 120), d2.long);
    else if (ends && isCoinedName(call[1]!) && !known(call[1]!)) add(call[1]!, at, text.slice(at + call[1]!.length, at + 120));
  }
}

/**
 * A sentence whose subject is a name the paper proposes, before a verb that coins ("ActiveFreq introduces …",
 * "Specifically, the CLVR framework proposes …"): the subject and the verb, as VERB would match them after "we". Not the
 * verbs that take others' work ("employs", "adopts", "builds on"), nor "presents" and "contributes", which after a
 * system's name mostly report ("DetX presents mAP gains").
 */
const OWN_SUBJECT_VERB = new RegExp(
  String.raw`^(?:(?:Specifically|Moreover|Furthermore|Additionally|In addition|Further|Besides|Then|Next|Finally|First|Second|Third|Firstly|Secondly|Thirdly|Lastly|Here|In particular),?\s+)?(?:[Tt]o\s[^,;:()]{3,80},\s+)?(?:[Tt]he\s+(?:proposed\s+)?)?(${NAME_SRC})(?:\s+(?:framework|method|approach|model|system|pipeline|architecture|network))?\s+(?:(?:first|also|further|then|additionally|newly)\s+)?(?:introduces|proposes|designs|develops|devises)\s+`,
);

/** The subject and verb of a sentence whose subject is a name the paper proposes (OWN_SUBJECT_VERB), or null. */
function ownSubjectVerb(scan: SentenceScan, sent: string): RegExpExecArray | null {
  const m = OWN_SUBJECT_VERB.exec(sent);
  return m !== null && isCoinedName(m[1]!) && scan.proposed(m[1]!) ? m : null;
}

/** /^(?:(?:and|by)\s|,)/ by code: a match of VERB_OR_AND that starts at "and", "by" or a comma. */
function afterAndByOrComma(m: string): boolean {
  if (m.charCodeAt(0) === 44) return true;
  if (m.startsWith('and')) return m.length > 3 && isSpaceCode(m.charCodeAt(3));
  if (m.startsWith('by')) return m.length > 2 && isSpaceCode(m.charCodeAt(2));
  return false;
}

/** /[.,;:]+$/ removed, by code. */
function withoutFinalMarks(name: string): string {
  let e = name.length;
  for (;;) {
    const c = e > 0 ? name.charCodeAt(e - 1) : 0;
    if (c === 46 || c === 44 || c === 59 || c === 58) e--;
    else break;
  }
  return e === name.length ? name : name.slice(0, e);
}

/** / (?:Benchmark|Dataset|Corpus|Framework|Model)$/ removed, by its endings. */
function withoutHeadWord(name: string): string {
  for (const w of HEAD_WORD_ENDINGS) if (name.endsWith(w)) return name.slice(0, name.length - w.length);
  return name;
}
const HEAD_WORD_ENDINGS = [' Benchmark', ' Dataset', ' Corpus', ' Framework', ' Model'];

/**
 * Does the acronym definition right after a proposal verb name a thing the paper coins? Not a known technique brought
 * in, one that only modifies the object, a definition that modifies another noun, a measure named after its authors,
 * nor a class of things.
 */
function definitionCoinsObject(text: string, def: AcronymDef, known: (name: string) => boolean): boolean {
  // a known technique brought into the work ("we introduce process reward models (PRMs) into …") is used, not coined
  if (known(def.short) && known(def.long)) return false;
  // "we propose a supervised contrastive learning (SCL) framework": a framework named after a known technique has no
  // name of its own
  if (def.long.includes(' ') && known(def.long) && KNOWN_HEAD_AFTER.test(text.slice(def.end, def.end + 16))) return false;
  if (/^\s*into\b/.test(text.slice(def.end, def.end + 8))) return false;
  // "an optimal transport (OT)-based alignment", "Bidirectional Gated Recurrent Unit (BiGRU) based PUE prediction": a
  // known technique only modifies the object (not "a … Selector (FMS) based on feature correspondence", a participle)
  if ((known(def.short) || known(def.long)) && /^\s*-?based\b(?!\s+(?:on|upon)\b)/.test(text.slice(def.end, def.end + 16))) return false;
  // "by constructing a Most Probable Mode (MPM) list": the definition only modifies another noun
  const noun = /^\s+([a-z]+)\b(?![-(])/.exec(text.slice(def.end, def.end + 24));
  if (noun && NOUN_AFTER_NAME.has(noun[1]!)) return false;
  // "a Kullback-Leibler (KL) divergence regularization term": a measure named after its authors alone only names the
  // measure (not "the Modified Symmetric Kullback-Leibler (MSKL) divergence", a new one)
  if (noun && MEASURE_NOUNS.has(noun[1]!) && AUTHORS_ONLY.test(def.long)) return false;
  return !describesClass(text, def);
}

/** "and a", "and the", ", and an" after a definition, with "new" or "novel" after it ("and a novel automated HDR solution (AutoHDR)"). */
const AND_OBJECT = /,?\s+and\s+(?:a|an|the)\s+(?:(?:novel|new)\s+)?/y;
/** The acronym definition that starts right after "and a(n)/the" after a definition ending at `end`, if any. */
function coordinatedDefinition(text: string, end: number, defByStart: ReadonlyMap<number, AcronymDef>): AcronymDef | undefined {
  AND_OBJECT.lastIndex = end;
  return AND_OBJECT.test(text) ? defByStart.get(AND_OBJECT.lastIndex) : undefined;
}

/** The readings after a proposal verb of sentence `sent` (at offset a): "we propose X", "we introduce two benchmarks, …". */
function verbReadings(scan: SentenceScan, a: number, sent: string, ownSubjectMatch: RegExpExecArray | null): boolean {
  const { text, defByStart, titleName, known, add } = scan;
  const V = VERB_OR_AND;
  V.lastIndex = 0;
  let m: RegExpExecArray | null;
  let found = false;
  scan.firstVerbEnd = -1;
  // (after "we propose (i) X", the list's later marks are read as the verb's objects too: "…, and (ii) Y")
  let enumerated = false;
  // (a subject the paper proposes coins names as "we" does, ownSubjectVerb: its match is read first, then the
  // sentence's own verbs after it, "CLVR introduces …, and proposes …")
  let ownPending = ownSubjectMatch;
  const ownSubject = ownSubjectMatch !== null;
  while ((m = ownPending ?? V.exec(sent))) {
    if (ownPending !== null) {
      ownPending = null;
      V.lastIndex = m.index + m[0].length;
    }
    if (LATER_MARK.test(m[0])) {
      if (!enumerated) continue;
    } else if (ENUMERATOR.test(sent.slice(m.index + m[0].length))) enumerated = true;
    if (scan.firstVerbEnd < 0) scan.firstVerbEnd = m.index + m[0].length;
    // a verb after "and"/"by"/a comma proposes only after the paper's subject (or a subject it proposes): "this paper
    // extends X by introducing Y", not "by designing dynamical temporal attention (DTA), we propose …" (the by-clause
    // names a component)
    if (afterAndByOrComma(m[0]) && !FIRST_PERSON_SUBJECT.test(sent.slice(0, m.index)) && !ownSubject) continue;
    let pos = m.index + m[0].length;
    const verbEnd = pos;
    // "generate" and "provide" coin a name only in an apposition to the thing made: "we generate a new dataset,
    // MathFusionQA, …", "we provide a baseline method, ExpRAG, …" (not "we provide a discussion of … (GSD)")
    if (/(?:generated?|provides?)\s+$/i.test(m[0]) && !MADE_THING_NAMED.test(sent.slice(pos, pos + 120))) continue;
    // "describe" names the paper's own thing, but not a shared-task team's entry: "We describe the Yale-DM-Lab system
    // for …", "This paper describes UOL@IDEM's closed-track submission"
    // (nor, in a system-description paper of a shared task, challenge or lab, the team's approach: "This paper describes
    // the NYCU-NLP approach to SemEval-2025 Task 5"; its system named on its own is the paper's, "describes LogSigma, our
    // system for SemEval-2026 Task 3")
    if (/describes?\s+$/i.test(m[0]) && describesTeamWork(scan, sent, pos)) continue;
    // "we introduce two benchmarks, TaskAnything and JudgeAnything, …", "We release two open-source models:
    // Ovis2.5-9B and Ovis2.5-2B": a counted list of names, read only when the count matches
    const counted = COUNTED_LIST.exec(sent.slice(pos));
    if (counted && !NOT_ARTEFACT_PLURALS.has(counted[2]!.toLowerCase())) {
      const from = pos + counted[0].length;
      const close = counted[4] ? sent.indexOf(')', from) : -1;
      const items = counted[4] && close < 0 ? null : listItems(close >= 0 ? sent.slice(from, close) : sent.slice(from), countOf(counted[1]!), counted[2]!);
      // (after a purpose or in parentheses, only names: "two simple yet effective strategies (early stopping and view
      // padding)" describes, "two models (GPT-4 and Llama-3)" lists others' models)
      const namesOnly = counted[3] !== undefined || counted[4] !== undefined;
      if (items && (!namesOnly || items.every((it) => /^[A-Z0-9]/.test(it.name) && !known(it.name)))) {
        // (a defined item a lexicon knows is no coinage: "three … models: Artificial Neural Network (ANN), …")
        // ("two held-out … test sets (A and B)": the sets the paper makes are data)
        const plural = counted[2]!.toLowerCase() === 'sets' ? 'datasets' : counted[2]!;
        for (const it of items) if (!(it.defined && known(it.name))) add(it.name, a + from + it.at, ', a ' + plural);
        found = true;
        continue;
      }
    }
    const lead = LEAD.exec(sent.slice(pos));
    if (lead) pos += lead[0].length;
    const rest = sent.slice(pos);
    // "we introduce PolarNS and PolarBurstSR, two innovative datasets …", "we introduce Meow2X and TRNE, two complementary
    // retraining-free frameworks …": the names the count after them counts, each of the kind its plural head says
    const countedPair = COUNTED_NAMES.exec(rest);
    if (countedPair) {
      const names = countedNames(countedPair);
      const head = countedPair[4]!.toLowerCase();
      if (!OTHERS_DESCRIBED.test(countedPair[3]!) && names.length === (countedPair[2] === 'both' ? 2 : countOf(countedPair[2]!)) && names.every((n) => isCoinedName(n.name) && !known(n.name))) {
        const kindText = DATASET_PLURALS.has(head) ? ', a dataset' : MODEL_PLURALS.has(head) || head === 'mllms' || head === 'vlms' ? ', a model' : ', a method';
        for (const n of names) add(n.name, a + pos + n.at, kindText);
        found = true;
        continue;
      }
    }
    // "We propose Visual Para-Thinker++, a …": the title's name of several words, read whole
    if (titleName && rest.startsWith(titleName) && /^(?:$|[,:;(.])/.test(rest.slice(titleName.length, titleName.length + 1))) {
      add(titleName, a + pos, rest.slice(titleName.length));
      found = true;
      continue;
    }
    // an acronym definition starting right here: "we propose Conformal … Optimization (CCPO)", "a Simple
    // Self-Rewarding (SSR) …" (the adjective belongs to the name)
    let def: AcronymDef | undefined;
    for (let k = a + verbEnd; k <= a + pos && !def; k++) def = defByStart.get(k);
    // ("we propose an innovative gradient-guided learning network (GGL-Net)": describing words the lead does not
    // list, shaped as adjectives, before the long form)
    // (and only when the definition is the object itself, not a modifier: "a global Optimal Transport (OT)-based
    // aggregation", "an adaptive Kullback-Leibler (KL) divergence-based …", "local … (STDP) modules")
    if (!def) {
      const adjectives = ADJECTIVE_LEAD.exec(rest);
      const d = adjectives ? defByStart.get(a + pos + adjectives[0].length) : undefined;
      if (d && OBJECT_ENDS.test(text.slice(d.end, d.end + 16))) def = d;
    }
    // ("a 3D ultrasound-derived pseudo-CT (UD-pCT) framework": a dimension word before the long form)
    if (!def && codeAt(sent, pos + 1) === 68 && sent.charCodeAt(pos) >= 49 && sent.charCodeAt(pos) <= 52 && codeAt(sent, pos + 2) === 32) def = defByStart.get(a + pos + 3);
    if (def) {
      if (!definitionCoinsObject(text, def, known)) continue;
      add(def.short, a + pos, text.slice(def.end, def.end + 120), def.long);
      // a second definition joined to it by "and" is the verb's object too: "we introduce a Structure-Aware Encoder
      // (SAE) and a Structure-Modulated Decoder (SMD)"
      const second = coordinatedDefinition(text, def.end, defByStart);
      if (second && definitionCoinsObject(text, second, known)) add(second.short, second.start, text.slice(second.end, second.end + 120), second.long);
      found = true;
      continue;
    }
    // "the Occluded nuScenes Dataset", "a simple yet effective Hybrid Needle-in-a-Haystack test": a name of several
    // capitalised words before a head noun, holding a coined word (or naming itself a Dataset/Benchmark)
    // ("a challenging Urban Canyon Traversal Benchmark", "a dynamic 3D Story World Benchmark": describing words the
    // lead does not list, shaped as adjectives or participles, or a dimension, before a name whose capitalised head
    // names data)
    let phraseAt = 0;
    let phrase = CAP_PHRASE_HEAD.exec(rest);
    if (!phrase) {
      const describing = DESCRIBING_BEFORE_DATA_NAME.exec(rest);
      const named = describing ? CAP_PHRASE_HEAD.exec(rest.slice(describing[0].length)) : null;
      // (not when a coined name follows, the phrase then its description: "a novel multimodal Chronological Physical
      // Dynamics Reasoning Benchmark ChronoPhyBench, which …")
      // (nor a version made of someone else's data: "a filtered Stanford Question Answering Dataset", "a balanced
      // Hateful Memes Dataset split")
      if (named && CAPITALISED_DATA_HEAD.test(named[2]!) && !DERIVED_DATA_WORDS.test(describing![0])) {
        const end = describing![0].length + named[0].length;
        const next = rest.slice(end, end + 40);
        if (!coinedNameNext(next) && !/^\s+(?:split|subset|version|annotations?|portion)\b/.test(next)) [phrase, phraseAt] = [named, describing![0].length];
      }
    }
    const afterPhrase = phrase ? rest.slice(phraseAt + phrase[0].length) : '';
    // (the lead marks the object as new: "a new", "a novel", "the first")
    const newObject = lead !== null && NEW_LEAD.test(lead[0]);
    // (not when the object is named after it: "a … framework, termed SMamba-DDPG", "a … method through …, SCO-PAL")
    // (nor when a coined name follows the head of new data: "the first large-scale GREx dataset gRefCOCO that …")
    const namedLater =
      phrase !== null &&
      (CALLED.test(rest.slice(0, 160)) ||
        /^\s*\(/.test(afterPhrase) ||
        APPOS_LATER.test(afterPhrase.slice(0, 160 - phrase[0].length)) ||
        (newObject && /^(?:dataset|benchmark|corpus)$/.test(phrase[2]!) && coinedNameNext(afterPhrase.slice(0, 40))));
    if (phrase && !namedLater && (namesPhrase(phrase[1]!, phrase[2]!, known) || (phraseAt === 0 && namesOneWordData(phrase[1]!, phrase[2]!, lead, known) && !TITLE_CASE_GOES_ON.test(afterPhrase)))) {
      // a name of plain words keeps its capitalised head ("the Tajik Web Corpus"; "Occluded nuScenes" is named by
      // its coined word)
      const plain = CAPITALISED_DATA_HEAD.test(phrase[2]!) && !phrase[1]!.split(/\s+/).some((w) => /[a-z][A-Z]|\d/.test(w));
      add(plain ? phrase[1]! + ' ' + phrase[2]! : phrase[1]!, a + pos + phraseAt, ', a ' + phrase[2]!.toLowerCase());
      found = true;
      continue;
    }
    // capitalised names of several words, a name after its head noun, a benchmark-shaped lower-case name
    const later = nameFormAfterVerb(rest, known, scan.defs, newObject);
    if (later) {
      add(later.name, a + pos + later.at, later.after);
      found = true;
      continue;
    }
    // "We propose Proactive Instance Navigation with Comparative Judgment (ProCompNav), a two-stage framework": a coined
    // name in parentheses after a title-case object is its name, though its letters follow another order than the long
    // form's (so no acronym definition was found)
    const titled = TITLED_OBJECT.exec(rest);
    if (titled && isCoinedName(titled[2]!) && !known(titled[2]!) && !known(titled[1]!) && TITLED_OBJECT_ENDS.test(rest.slice(titled[0].length, titled[0].length + 12))) {
      add(titled[2]!, a + pos, rest.slice(titled[0].length));
      found = true;
      continue;
    }
    // "We propose Low-Rank Sparse Attention (Lorsa), a sparse replacement model …": a short form written as one
    // capitalised word, made of the beginnings of the long form's words (findAcronyms reads short forms with two
    // capitals or more)
    const titledWord = titled === null ? TITLED_OBJECT_WORD.exec(rest) : null;
    if (titledWord && wordOfLongForm(titledWord[2]!, titledWord[1]!) && TITLED_OBJECT_ENDS.test(rest.slice(titledWord[0].length, titledWord[0].length + 12))) {
      add(titledWord[2]!, a + pos, rest.slice(titledWord[0].length), titledWord[1]!);
      found = true;
      continue;
    }
    // "we propose Iterative Skill-Aware Decomposition (SAD), a retrieval-augmented feedback loop …": an acronym the text
    // defines by the object's last words, closing a title-case object, names what is proposed
    const acronymObject = titled === null ? TITLED_OBJECT_ACRONYM.exec(rest) : null;
    // (the object's last whole words, not after a purpose, a means or another preposition, "ReviewGraph for Review Rating
    // Prediction (RRP)", "Sparse Retrieval with Inverse Document Frequency (IDF)", nor after describing words alone, "an
    // Improved Whale Optimization Algorithm (WOA)", which name someone else's method improved)
    const acronymDef = acronymObject ? scan.defs.find((d) => d.short === acronymObject[2]! && d.long.includes(' ') && acronymObjectNames(acronymObject[1]!, d.long)) : undefined;
    if (acronymObject && acronymDef && !known(acronymDef.short) && !known(acronymDef.long) && TITLED_OBJECT_ENDS.test(rest.slice(acronymObject[0].length, acronymObject[0].length + 12))) {
      add(acronymDef.short, a + pos, rest.slice(acronymObject[0].length), acronymDef.long);
      found = true;
      continue;
    }
    const lowerObject = LOWER_OBJECT.exec(rest);
    if (
      lowerObject &&
      !/[A-Z]s$/.test(lowerObject[2]!) &&
      LOWER_OBJECT_HEAD.test(lowerObject[1]!) &&
      !scan.defs.some((d) => d.short === lowerObject[2]) &&
      !known(lowerObject[2]!) &&
      !OTHERS_OBJECT.test(lowerObject[1]!) &&
      lettersAmongInitials(lowerObject[2]!, lowerObject[1]!) &&
      lettersAmongInitials(lowerObject[2]!, headPhrase(lowerObject[1]!), 1) &&
      TITLED_OBJECT_ENDS.test(rest.slice(lowerObject[0].length, lowerObject[0].length + 12))
    ) {
      add(lowerObject[2]!, a + pos, rest.slice(lowerObject[0].length));
      found = true;
      continue;
    }
    let nm = NAME.exec(rest);
    if (nm) {
      // "Geom-Seg VecSet, a …": two coined words are one name; "a Neuro-Symbolic Predictive Process Monitoring
      // approach": a coined word before a capitalised one is only part of a longer name
      // "OmniVL-Guard Pro, a …", "TildeOpen LLM, a …", "CoLVLM Agent (…)": one capitalised word before the
      // apposition belongs to the name (a head noun, "Framework", does not)
      const cap = /^ ([A-Za-z][\w+-]*)/.exec(rest.slice(nm[0].length));
      // "the AIGC-LipSync Benchmark, the first …": a capitalised head noun after a coined name is not part of it
      const capHead = cap !== null && isCoinedName(nm[0]) && /^(?:Benchmark|Dataset|Corpus|Suite|Model|Framework)$/.test(cap[1]!) && /^\s*[,(:.]/.test(rest.slice(nm[0].length + cap[0].length));
      if (cap && /[A-Z]/.test(cap[1]!) && !capHead) {
        const pair = NAME_PAIR.exec(rest);
        // (a plain second word only when it marks a variant: "Low-Rank Adaptation, or LoRA" is a description)
        const closed = pair !== null && /^\s*[,(:]/.test(rest.slice(pair[0].length)) && (/^[A-Z0-9]{2,}$/.test(cap[1]!) || VARIANT_WORDS.has(cap[1]!));
        // (two hyphenated descriptions, "Feature-Gated Cross-Attention module", are no name)
        const camel = /[a-z][A-Z]|\d/.test(nm[0]) || /[a-z][A-Z]|\d/.test(cap[1]!);
        // "We propose Cascade HQP-DETR to address …": a plain capitalised word before a coined one is one name with it
        // when the abstract writes the two again
        const repeated =
          pair !== null && /^[A-Z][a-z]+$/.test(nm[0]) && !TITLE_NOT.has(nm[0].toLowerCase()) && isCoinedName(cap[1]!) && /[A-Z]{2}|[a-z][A-Z]|\d/.test(cap[1]!) && text.indexOf(pair[0], a + pos + pair[0].length) >= 0;
        if (pair && ((isCoinedName(nm[0]) && ((isCoinedName(cap[1]!) && camel) || closed)) || repeated) && !/^ [A-Z]/.test(rest.slice(pair[0].length)))
          nm = HEAD_WORDS.has(cap[1]!.toLowerCase()) ? nm : pair;
        else nm = null;
      }
    }
    // "a QLoRA based framework", "a new PTQ framework termed …": the coined word only modifies the object
    const next = nm ? /^\s+([a-z][a-z-]*)/.exec(rest.slice(nm[0].length)) : null;
    // (a dataset or model head names the object too: "we curate FetalSigma-1M dataset", "the Qwen-Image-SciIR model")
    // (an all-capital name only when it abbreviates nothing the paper defines and no "first" comes before it: "the
    // first HRSI-SOD dataset", "a CD dataset" after "change detection (CD)" name the task; "we construct the RW-800
    // benchmark", "a HFFA dataset" name the data)
    const headNoun =
      next !== null &&
      (METHOD_NOUNS.has(next[1]!) || ((DATASET_HEADS.has(next[1]!) || next[1] === 'model') && (/[a-z]/.test(nm![0]) || (!(lead && /\bfirst\b/i.test(lead[0])) && !abbreviatesDefined(nm![0], scan.defs) && !scan.taskLike?.(nm![0])))));
    // "we propose NoisyCLIP a method that …": an apposition that lost its comma
    const bareAppos = next !== null && (next[1] === 'a' || next[1] === 'an') && BARE_APPOSITION.test(rest.slice(nm![0].length));
    const modifier =
      nm !== null &&
      (/-based$/.test(nm[0]) ||
        (next !== null && !headNoun && !bareAppos && !/^(?:that|which|where|whereby|wherein|whose|to|for|as|in|on|with|and|by|using|via|from|of|is|are|can|achieves|outperforms|improves)$/.test(next[1]!)) ||
        (headNoun && (CALLED.test(rest.slice(0, 160)) || known(nm[0]) || namedAfterHead(rest.slice(nm[0].length)))));
    // "a novel WaveInst instance segmentation framework": a CamelCase coinage before the task words of its head noun
    // names the object (an all-capital one may be the task's own short form: "a novel VQA evaluation framework")
    // (nor a term of the field: "a novel ToF imaging system" after "time-of-flight (ToF)", "a LiDAR-Visual odometry
    // framework": defined by the paper, or a piece the corpus writes as a task's or a field's short form)
    const described =
      nm !== null && modifier && next !== null && !headNoun && /^[A-Z][^-]*[a-z][A-Z]/.test(nm[0]) && !/-based$/.test(nm[0]) && !known(nm[0]) && !abbreviatesDefined(nm[0], scan.defs) && !nm[0].split('-').some((piece) => scan.taskLike?.(piece))
        ? DESCRIBED_HEAD.exec(rest.slice(nm[0].length))
        : null;
    // (and named again, in the title or the abstract: a tool or platform the object is built for is named once, "a
    // novel ComfyUI workflow generation framework")
    if (described && isCoinedName(nm![0]) && !CALLED.test(rest.slice(0, 160)) && !APPOS_LATER.test(rest.slice(nm![0].length, 160)) && someWholeWordEnd(text, nm![0], (end) => end !== a + pos + nm![0].length)) {
      add(nm![0], a + pos, ', a ' + described[1]! + rest.slice(nm![0].length + described[0].length));
      found = true;
      continue;
    }
    if (nm && isCoinedName(nm[0]) && !modifier) {
      // (the apposition without its comma gives the kind as one with it would: "GaussianWorld-49K a … dataset")
      const after = (bareAppos ? ',' : '') + rest.slice(nm[0].length);
      // "we introduce LLaVA: Large Language and Vision Assistant" / "we propose OPUS (…)" / "X, a …"
      add(nm[0], a + pos, after);
      found = true;
      continue;
    }
    if (nm && /^[A-Z][a-z]+$/.test(nm[0]) && /^\s*(?:,\s*(?:a|an|the)\s|:|\()/.test(rest.slice(nm[0].length))) {
      add(nm[0], a + pos, rest.slice(nm[0].length));
      found = true;
      continue;
    }
    // "this paper proposes Grafourierformer, which …": a plain capitalised word right after the verb (no article),
    // before a relative clause, that the abstract names again
    if (nm && pos === verbEnd && /^[A-Z][a-z]{3,}$/.test(nm[0]) && !TITLE_NOT.has(nm[0].toLowerCase()) && /^,?\s+(?:which|that)\b/.test(rest.slice(nm[0].length))) {
      if (text.indexOf(nm[0], a + pos + nm[0].length) >= 0 && !known(nm[0])) {
        add(nm[0], a + pos, rest.slice(nm[0].length));
        found = true;
        continue;
      }
    }
    const window = rest.slice(0, 160);
    let c = CALLED.exec(window);
    // ("i.e." glosses the verb's own object only: not a thing the object is built on or used under, "a benchmark built
    // on the largest corpus, i.e., WikiX, collected by …", "evaluate it under the standard protocol, i.e., LOSO")
    if (c && c[0].startsWith('i.e.') && GLOSSED_THROUGH.test(window.slice(0, c.index))) c = null;
    if (c) {
      const d2 = defByStart.get(a + pos + c.index + c[0].length - c[1]!.length);
      if (d2) {
        add(d2.short, a + pos + c.index, text.slice(d2.end, d2.end + 120), d2.long);
        found = true;
        continue;
      }
    }
    // (the object up to "called", and the words the verb's lead took before it, "a novel")
    const calledObject = c ? window.slice(0, c.index) : '';
    const calledLead = c ? sent.slice(verbEnd, pos) : '';
    // "we propose a metric called Long-Short Misalignment to …", "a novel framework, named Map Association Transformer,
    // as …": a name of several capitalised words ending the phrase, given to the verb's new object
    if (c && /^(?:called|named|dubbed|termed)\s/.test(c[0])) {
      const more = CAPITALISED_WORDS_AFTER.exec(window.slice(c.index + c[0].length));
      const nm2 = more ? c[1]! + more[1]! : '';
      if (
        more &&
        /^[A-Z]/.test(c[1]!) &&
        namesNewObject(calledLead + calledObject.slice(-80)) &&
        !DEFINITE_OBJECT_END.test(calledLead + calledObject) &&
        spaceRuns(window, c.index) <= 12 &&
        !known(nm2) &&
        !TITLE_NOT.has(c[1]!.toLowerCase())
      ) {
        add(nm2, a + pos + c.index, calledContext(calledObject, window.slice(c.index + c[0].length + more[1]!.length)));
        found = true;
        continue;
      }
    }
    // "a new concept called Catfish Agent, a role-specialized LLM": a two-word capitalised name ending the phrase
    if (c && !isCoinedName(c[1]!)) {
      const two = /^[A-Z][a-z]+$/.test(c[1]!) ? TWO_CAPITALS.exec(window.slice(c.index + c[0].length - c[1]!.length)) : null;
      if (two && two[1] === c[1] && !HEAD_WORDS.has(two[2]!.toLowerCase()) && !TITLE_NOT.has(c[1]!.toLowerCase())) {
        const nm2 = two[0];
        add(nm2, a + pos + c.index, window.slice(c.index + c[0].length - c[1]!.length + nm2.length));
        found = true;
        continue;
      }
      // "a novel training strategy …, termed Rehazy, to improve", "a system called Cadmus which": one capitalised word
      // the verb's object is called, its phrase ending there, is a name even when it is also a word (Symphony, Cupid)
      const word = c[1]!;
      const afterName = window.slice(c.index + c[0].length);
      const lower = word.toLowerCase();
      if (
        /^[A-Z][a-z]{3,}$/.test(word) &&
        /^(?:called|named|dubbed|termed|namely)\s/.test(c[0]) &&
        CALLED_WORD_END.test(afterName) &&
        // (the object is new, "a …", "our …", not someone else's, "the game called Countdown")
        CALLED_OWN_OBJECT.test(calledLead + calledObject.slice(-80)) &&
        !DEFINITE_OBJECT_END.test(calledLead + calledObject) &&
        spaceRuns(window, c.index) <= 12 &&
        !TITLE_NOT.has(lower) &&
        !HEAD_WORDS.has(lower) &&
        !NOT_PROPOSALS.has(lower) &&
        !known(word)
      ) {
        add(word, a + pos + c.index, calledContext(calledObject, afterName));
        found = true;
        continue;
      }
    }
    const called = c !== null;
    if (!c) {
      // "we propose a novel framework, TrinityX, that …": the apposition right after a short object
      // "a training-free method, Abstract-to-Concrete Translator (ACT), to …": the apposition is a definition
      // (also after "the": "we introduce a new dataset, the Chinese Fun Set (CFunSet)")
      const comma = window.indexOf(', ');
      const defAt = comma > 0 && window.startsWith('the ', comma + 2) ? comma + 6 : comma + 2;
      const d2 = comma > 0 && spaceRuns(window, comma) <= 5 ? defByStart.get(a + pos + defAt) : undefined;
      if (d2 && !known(d2.short) && !known(d2.long)) {
        add(d2.short, a + pos + comma, ', ' + window.slice(0, comma) + ' ' + text.slice(d2.end, d2.end + 80), d2.long);
        found = true;
        continue;
      }
      const ap = APPOS.exec(window);
      // (an example of others' names is none of the paper's: "an evaluation of LLMs (e.g., DeepSeek-R1, Llama, …)")
      if (ap && (spaceRuns(window, ap.index) <= 5 || LONG_HEADED_OBJECT.test(window.slice(0, ap.index))) && !EXAMPLES_END.test(window.slice(0, ap.index))) c = ap;
    }
    if (c && isCoinedName(c[1]!)) {
      // the object before "called" or the apposition gives the kind ("we build a pre-training dataset, called
      // HDR-Pretrain", "we present a new simulation dataset, V2VLoc, which …")
      add(c[1]!, a + pos + c.index, calledContext(window.slice(0, c.index), window.slice(c.index + c[0].length), !called && c[0].startsWith(',')));
      found = true;
    }
  }
  return found;
}

/**
 * A longer object that is one noun phrase ending in a head noun: up to eight describing words (after the lead's article),
 * none a preposition, a verb's or a clause's word ("a knowledge-aware remote sensing visual question generation model").
 */
const LONG_HEADED_OBJECT = new RegExp(String.raw`^(?:(?:an?|the|our)\s+)?(?:(?!(?:for|of|in|on|at|with|by|from|to|into|via|that|which|and|or|using|based|is|are|was|were)\b)[\w-]+\s+){1,8}${HEAD_SRC}$`);

/**
 * The runs of whitespace in s[0, end): `s.slice(0, end).split(/\s+/).length - 1`, without the strings. (For the
 * whitespace of this text, \s: the ASCII spaces, tabs and breaks, and the Unicode spaces.)
 */
function spaceRuns(s: string, end: number): number {
  let runs = 0;
  for (let i = 0; i < end; i++) if (isSpaceCode(s.charCodeAt(i)) && (i === 0 || !isSpaceCode(s.charCodeAt(i - 1)))) runs++;
  return runs;
}

/**
 * Offsets of every " model" in the text: one scan per paper with a method proposal, which calledModel's tests per
 * proposal read instead of scanning the text again for each ("X model", "X) model", " model as ").
 */
function modelWordsAt(text: string): number[] {
  const at: number[] = [];
  // (searched by "model" and the space checked before it: a search for " model" stops at every space of the text)
  for (let q = text.indexOf('model', 1); q >= 0; q = text.indexOf('model', q + 5)) if (text.charCodeAt(q - 1) === 32) at.push(q - 1);
  return at;
}

/**
 * Does the text hold "newly "? Searched by "wly " and its "ne" checked before it: a search for "newly " stops at
 * every "n" of the text, far more frequent than "w" (this runs for every paper).
 */
function hasNewly(text: string): boolean {
  for (let q = text.indexOf('wly ', 2); q >= 0; q = text.indexOf('wly ', q + 4)) if (text.charCodeAt(q - 2) === 110 && text.charCodeAt(q - 1) === 101) return true;
  return false;
}

/** Does "name model" or "name) model" occur at or after `from` (modelAt: modelWordsAt)? */
function nameBeforeModel(text: string, from: number, name: string, modelAt: readonly number[]): boolean {
  for (const q of modelAt) {
    const s = q - name.length;
    if (s >= from && text.startsWith(name, s)) return true;
    if (s - 1 >= from && text.charCodeAt(q - 1) === 41 && text.startsWith(name, s - 1)) return true;
  }
  return false;
}

/** "we designate this best-performing model as CAG-VLM": the name is the model's. */
const DESIGNATE_MODEL = new RegExp(String.raw`\b(?:designate|name|call|term|dub)\w*\s+(?:this|the|our)\s+(?:[\w-]+\s+){0,3}model\s+as\s+(${NAME_SRC})`, 'g');
/**
 * The paper's own model noun, then a comma or a colon, before its name ("Our reward model, ", "a new vision-language
 * model: "); not after "as" ("using GPT-2 as our base model, AGCLR achieves …").
 */
const OWN_MODEL_THEN_NAME = /(?<!\bas\s)\b(?:[Oo]ur|[Aa]n? new|[Aa] novel|[Tt]he proposed)\s+(?:[\w-]+\s+){0,4}?(?:model|LLM|VLM|MLLM)\s*[:,]\s+$/;
/**
 * A model noun then "called": "a lightweight model called ", "a 3B-scale model, named " (before a name; what "a …
 * network named" names annotators list as a method as often).
 */
const MODEL_CALLED = /\b(?:model|LLM|VLM|MLLM),?\s+(?:called|named|termed|dubbed)(?:\s+as)?\s+["\u201c]?$/;
/** A title made of a foundation model's description: capitalised words, no verb, ending in "Foundation Model". */
const FOUNDATION_TITLE = /^(?!(?:Towards?|Toward|Can|Do|Does|How|What|Why|When|Is|Are)\b)(?:[A-Z][\w-]*(?<!ing)\s+){1,5}Foundation Models?(?:\s+(?:for|of)\b|$)/;
/** Names shaped like a network architecture. */
const ARCHITECTURE_NAME = /(?:Net|Former|GAN|DETR|YOLO|ViT|BERT|GPT|LLM|VLM|Mamba|Transformer)(?![a-z])/;
/** "The proposed model", "Our proposed model", "The model introduces …": the paper's model, referred back to. */
const MODEL_ANAPHORA = /(?:^|[.;]\s+)(?:The|Our) (?:proposed )?model\b|\bproposed model\b/;
/** "the proposed …", "our …", "we release the …" before a name followed by "model". */
const OWN_BEFORE_MODEL = /\b(?:[Tt]he proposed|[Oo]ur(?: proposed| new| final)?|release[sd]?\s+(?:the|our)(?:\s+[\w-]+){0,4})\s+(?:[\w-]+\s+){0,6}$/;

/** "X is a lightweight network", "X is a dual-stream diffusion model": up to five modifiers, then the head noun. */
/** An apposition after a name: "X, a …", "X (long form), a …" (the words up to the first stop are its head phrase). */
const APPOSITION_AN = /^\)?(?:\s*\([^()]{1,80}\))?,\s+an?\s+([^.;:]{1,100})/;
const COPULA_MODEL = /^ (?:is|was) an? ((?:[\w-]+,? ){0,5}?)(?:model|network|LLM|VLM|MLLM|language model)(?![\w-])(?! (?:for|of) (?:the )?(?:model|LLM|VLM)s?\b)/;

/**
 * Does a sentence say the paper's name is a model: "FMISeg is a late fusion model", "GLMamba is a two-branch network"
 * (issue 11: own systems the text calls a model)? Not when a modifier is a method noun ("X is a framework comprising
 * a … model") or ends the phrase early ("X is a method that utilizes a large language model"), nor in a comparison
 * ("X is a better model than").
 */
function copulaModel(text: string, titleEnd: number, name: string): boolean {
  if (text.indexOf(name + ' is a', titleEnd) < 0) return false;
  // (an apposition that calls it a method, framework or system decides: "MoP, a probabilistic prompting method …")
  for (let at = text.indexOf(name, titleEnd); at >= 0; at = text.indexOf(name, at + 1)) {
    const ap = APPOSITION_AN.exec(text.slice(at + name.length, at + name.length + 120));
    if (ap && appositionWords(ap[1]!.toLowerCase(), 8).some((w) => METHOD_NOUNS.has(w))) return false;
  }
  for (let at = text.indexOf(name + ' is a', titleEnd); at >= 0; at = text.indexOf(name + ' is a', at + 1)) {
    if (at > 0 && /[\w-]/.test(text[at - 1]!)) continue;
    const m = COPULA_MODEL.exec(text.slice(at + name.length, at + name.length + 90));
    if (!m) continue;
    const words = m[1]!.toLowerCase().split(/[\s,]+/).filter(Boolean);
    if (words.some((w) => METHOD_NOUNS.has(w) || APPOSITION_STOPS.has(w) || w === 'better' || w === 'variant' || w === 'version')) continue;
    // (a compound modifier: "X is a large language model (LLM)-as-judge")
    if (/^\s*(?:\([^()]*\))?-/.test(text.slice(at + name.length + m[0].length, at + name.length + m[0].length + 12))) continue;
    return true;
  }
  return false;
}

/** A preposition that ends an opening phrase before a comma ("when trained with CDT, an open-source 8B model …"). */
const OPENING_PHRASE_END = /\b(?:with|of|by|in|on|using|from|to|for|via|into|than|under|over|at)\s+(?:the\s+)?$/i;
/**
 * Does an apposition after some later mention of the paper's own name call it a model, where no proposal verb stood
 * before it ("This iterative process yielded OpenVLThinker, a LVLM exhibiting …", "the core of X is Y, a compact language
 * model")? The apposition after a proposal verb decides the kind when the name is read (contextKind); these are read
 * once every proposal is known, as the copula is. Any apposition that calls the name something else decides against.
 */
function appositionModel(text: string, titleEnd: number, name: string): boolean {
  let model = false;
  for (let at = text.indexOf(name + ', a', titleEnd); at >= 0; at = text.indexOf(name + ', a', at + 1)) {
    if ((at > 0 && /[\w-]/.test(text[at - 1]!)) || !/^, an? /.test(text.slice(at + name.length, at + name.length + 5))) continue;
    // (after a preposition the comma ends an opening phrase and what follows is the clause's subject: "when trained
    // with CDT, an open-source 8B model can achieve …")
    if (OPENING_PHRASE_END.test(text.slice(Math.max(titleEnd, at - 12), at))) continue;
    // (the apposition ends with its sentence)
    const rest = text.slice(at + name.length, at + name.length + 200);
    const end = rest.search(/[.;!?](?:\s|$)/);
    const kind = contextKind(name, end >= 0 ? rest.slice(0, end) : rest);
    if (kind === 'model') model = true;
    else if (kind !== null) return false;
  }
  return model;
}

/**
 * Does the text call the paper's method a model? Its long form names a large, foundation, language or pretrained
 * model ("iterative Large 3D Reconstruction Model (iLRM)"); the paper's own "X model" ("The proposed … (BT-ResUNet3D)
 * model", "We release the … OpenS2S model"); "we designate this best-performing model as CAG-VLM"; or, when the paper
 * has one own name, a title that describes a foundation model ("Epistemic-aware Vision-Language Foundation Model for
 * …" and "we introduce FetalMind") or a network-shaped name ("…GAN", "…Net", "YOLO…") that a later sentence refers
 * back to as "the proposed model" or starts with "The model". (Checked on the corpus: long forms ending in "Diffusion
 * Model" or "Topic Model", titles on adapting foundation models and "the model" after metrics and losses were mostly
 * not the paper's own model, so those readings were left out.)
 */
function calledModel(p: Proposal, text: string, titleEnd: number, modelAt: readonly number[], title: string, ownCount: number): boolean {
  // (a large or pretrained model: "iterative Large 3D Reconstruction Model"; a "Diffusion Model" or "Topic Model"
  // long form names a kind of method)
  if (p.long && /\b(?:[Ll]arge|[Ff]oundation|[Ll]anguage|[Pp]re-?trained)\b.*\b[Mm]odel$/.test(p.long)) return true;
  const named = nameBeforeModel(text, titleEnd, p.name, modelAt);
  for (let at = named ? text.indexOf(p.name, titleEnd) : -1; at >= 0; at = text.indexOf(p.name, at + 1)) {
    if (!/^\)?\s+model\b/.test(text.slice(at + p.name.length, at + p.name.length + 10))) continue;
    // (the name may stand in a parenthesis after its long form: look before the long form then)
    let from = at;
    if (text[at - 1] === '(' && p.long) {
      const l = text.lastIndexOf(p.long, at);
      if (l >= 0 && at - l < p.long.length + 4) from = l;
    }
    if (OWN_BEFORE_MODEL.test(text.slice(Math.max(titleEnd, from - 70), from))) return true;
  }
  if (modelAt.some((q) => text.startsWith(' model as ', q))) for (const m of text.matchAll(DESIGNATE_MODEL)) if (m[1] === p.name) return true;
  // "a lightweight model called RobustCODLite", "a Mamba-based TSOD model, termed Tramba": the head it is called by
  // ("Our reward model, R1-Reward, trained …", "we introduce a new vision-language model: SigVLP"): the paper's own
  // model noun right before the name
  for (let at = text.indexOf(p.name, titleEnd); at >= 0; at = text.indexOf(p.name, at + 1)) {
    const before = text.slice(Math.max(titleEnd, at - 64), at);
    // (the name itself, not the start of another: "Our model, GaRA-SAM, …" does not call GaRA a model)
    if (MODEL_CALLED.test(before.slice(-24)) || (OWN_MODEL_THEN_NAME.test(before) && !/[\w-]/.test(text[at + p.name.length] ?? ''))) return true;
  }
  if (copulaModel(text, titleEnd, p.name)) return true;
  if (appositionModel(text, titleEnd, p.name)) return true;
  // (the text may write the name with a space where the title has a hyphen: "SkyReels-V4: …" and "SkyReels V4 is a
  // unified multi modal video foundation model")
  const spaced = p.name.replace(/-(?=[A-Za-z]?\d)/g, ' ');
  if (spaced !== p.name && copulaModel(text, titleEnd, spaced)) return true;
  if (ownCount !== 1) return false;
  const first = text.indexOf(p.name, titleEnd);
  if (first < 0) return false;
  // (a title that is the foundation model's description: "Epistemic-aware Vision-Language Foundation Model for …")
  if (p.at >= titleEnd && title.includes('Foundation Model') && FOUNDATION_TITLE.test(title)) return true;
  // (a network-shaped name the text refers back to as "the model": "YOLO26-RipeLoc Lite", "ROIsGAN")
  return ARCHITECTURE_NAME.test(p.name) && MODEL_ANAPHORA.test(text.slice(first));
}

/**
 * The proposal forms after a verb that need no coined single word (findProposals): "we introduce Self-Filtered
 * Distillation, a framework …" (a capitalised name of a few words, one hyphenated or coined, in apposition with a
 * head noun), "release the largest computer use grounding dataset Jedi, which …" (the name after its head noun), "We
 * introduce \\poshbench, a …" (a LaTeX macro left as a lower-case benchmark-shaped word). `at` is the name's offset
 * in `rest`. Kept out of findProposals so that its body stays small.
 */
function nameFormAfterVerb(rest: string, known: (name: string) => boolean, defs: readonly AcronymDef[], newObject: boolean): { name: string; at: number; after: string } | null {
  const c0 = rest.charCodeAt(0);
  if ((c0 >= 65 && c0 <= 90) || rest.startsWith('the ')) {
    const capAppos = CAP_NAME_APPOS.exec(rest);
    // (right after the verb, plain capitalised words name the thing too: "we introduce Bottleneck Sampling, a
    // training-free framework", "we introduce Anchored Adversarial Training, a … strategy"; whatever its head, unless
    // the phrase makes it a task or a finding; a known name is used)
    const phrase = capAppos?.[2]!.split(APPOS_PHRASE_END, 1)[0];
    if (capAppos && !namesNoMadeThing(phrase!) && !TITLE_NOT.has(capAppos[1]!.split(' ')[0]!.toLowerCase()) && !known(capAppos[1]!)) {
      const at = rest.indexOf(capAppos[1]!);
      // (a coined name and its data head is the coined name: "we introduce the ETD Dataset, the first public dataset
      // for …" proposes ETD, as "the ETD dataset" reads)
      const headed = DATA_HEADED_NAME.exec(capAppos[1]!);
      const name = headed && isCoinedName(headed[1]!) && !known(headed[1]!) ? headed[1]! : capAppos[1]!;
      return { name, at, after: rest.slice(at + capAppos[1]!.length) };
    }
  }
  const head120 = rest.slice(0, 120);
  const headName = ANY_NAMED_HEAD.test(head120) ? HEAD_THEN_NAME.exec(head120) : null;
  const named = headName?.[3];
  if (
    headName &&
    named &&
    // (nor a head inside a clause of comparison or of what the object does: "a method that raises the preference
    // score PickScore, which …", "… that beats the strong baseline MonoT5")
    !/\b(?:based on|using|from|on|of|with|via|than|that|which|over|beats?|outperforms?|raises?|improves?)\s/.test(headName[0]) &&
    !known(named) &&
    !NOT_DATASET_NAMES.has(named.toLowerCase()) &&
    // (a plain capitalised word only after a head of data, a model or a system, "the … dataset Jedi, which …": after
    // "an architecture" or "a method" it is as often a known kind, "a network architecture Transformer for …"; and
    // never after a dash, where a sentence may go on: "a benchmark — Our results …")
    (isCoinedName(named) || (/^[A-Z][a-z]{2,}$/.test(named) && /^(?:dataset|benchmark|corpus|model|framework|system)$/.test(headName[1]!) && !/[-\u2013\u2014]/.test(headName[2]!)))
  )
    return { name: named, at: headName.index + headName[0].length - named.length, after: ', a ' + headName[1]! };
  // "we introduce a new benchmark LUCARIO and a framework …", "we construct the first large-scale GREx dataset gRefCOCO
  // that …": data marked as new, its coined name right after the head, whatever follows, and even if a lexicon knows
  // the name (the paper that made it)
  const newData = newObject ? NEW_DATA_THEN_NAME.exec(head120) : null;
  if (newData && isCoinedName(newData[2]!) && !/\b(?:based on|using|from|on|of|with|via|than)\s/.test(newData[0]) && !NOT_DATASET_NAMES.has(newData[2]!.toLowerCase()))
    return { name: newData[2]!, at: newData.index + newData[0].length - newData[2]!.length, after: ', a ' + newData[1]! };
  // "a novel synthetic dataset (EndoSynth)", "a training-free compression framework (AsymKV)": a coined name in
  // parentheses after the head, not the short form of the words before it ("a … dialogue system (SDS)" names the
  // kind of work) nor a name of someone else's object
  // (also where HEAD_THEN_NAME took a second head noun for the name: "a new benchmark dataset (MSVS-1M)")
  const headParen = (headName === null || HEAD_WORD.test(named!)) && ANY_NAMED_HEAD.test(head120) ? HEAD_PAREN_NAME.exec(head120) : null;
  if (
    headParen &&
    isCoinedName(headParen[2]!) &&
    !known(headParen[2]!) &&
    // (a model class in parentheses is no name: "a … foundation model (LVM)")
    !modelClassName(headParen[2]!) &&
    !NOT_PROPOSALS.has(headParen[2]!.toLowerCase()) &&
    !/\b(?:based on|using|from|on|of|with|via|than)\s/.test(headParen[0]) &&
    !OTHERS_OBJECT.test(headParen[0]) &&
    !defs.some((d) => d.short === headParen[2])
  )
    return { name: headParen[2]!, at: headParen.index + headParen[0].length - headParen[2]!.length - 1, after: ', a ' + headParen[1]! };
  if (c0 >= 97 && c0 <= 122) {
    const nm = NAME.exec(rest);
    if (nm && /^[a-z][a-z0-9]*(?:bench|eval)$/.test(nm[0]) && /^\s*,\s*(?:a|an)\s/.test(rest.slice(nm[0].length))) return { name: nm[0], at: 0, after: rest.slice(nm[0].length).replace(/^\s+/, '') };
  }
  return null;
}

/**
 * Own names read after the sentence pass (findProposals): "Our DDT-XL/2 achieves …" (a variant of the paper's own
 * name, in the first person, is its model; "Our Table-R1-series" is a description), "OmniWorld consists of a newly
 * collected OmniWorld-Game dataset" (a newly collected named dataset is the paper's).
 */
function laterOwnNames(
  out: Proposal[],
  text: string,
  titleEnd: number,
  isKnown: ((name: string) => boolean) | undefined,
  add: (name: string, at: number, after: string) => void,
  newly: boolean,
): void {
  // (the proposals found so far: `add` appends the variants after them)
  for (let i = 0, found = out.length; i < found; i++) {
    const p = out[i]!;
    const variant = p.name + '-';
    if (!text.includes(variant, titleEnd)) continue;
    const coined = isCoinedName(p.name);
    for (let at = text.indexOf(variant, titleEnd); at >= 0; at = text.indexOf(variant, at + 1)) {
      const rest = text.slice(at + p.name.length);
      const v = OWN_VARIANT.exec(rest) ?? OWN_SIZE_LIST.exec(rest);
      if (!v || /-[a-z]+$/.test(v[0])) continue;
      // the paper's name with a benchmark's tail is its benchmark, wherever it stands ("we introduce Sparkle, a
      // dataset …, alongside Sparkle-Bench, the largest evaluation benchmark …")
      if (BENCHMARK_TAIL.test(v[0])) {
        add(p.name + v[0], at, ', a benchmark');
        continue;
      }
      if (!coined) continue;
      // a named variant of the paper's own thing is its own too ("the PiKa-SFT dataset", "EDFFDNet-2", "MAC-2025",
      // "LIT-LoRA"): a tail that starts with a capital or a digit and is no size (members of a sized family named
      // without "our" are models, read below)
      if (/^-[A-Z0-9]/.test(v[0]) && !SIZE_TAIL.test(v[0]) && v[1] === undefined && !/^[-\w]/.test(rest.slice(v[0].length)) && !(isKnown?.(p.name + v[0]) ?? false)) {
        // (a count names data, "X-322K"; a variant of data is data unless its tail names a model or an agent)
        // (not a model, a judge or a checker trained on it: "ReGraP-LLaVA", "BMMR-Verifier", "DIM-4.6B-Edit")
        const data =
          p.kind === 'dataset' &&
          !/^-(?:LLM|VLM|MLLM|Agent|Model|Net|RM|Chat|Instruct|Base|Reasoner|Verifier|Validators?|Judge|Critic|Policy)\b/.test(v[0]) &&
          !/\d[BM]\b/.test(v[0] + rest.slice(v[0].length, v[0].length + 8)) &&
          !(isKnown?.(v[0].slice(1).split('-')[0]!) ?? false);
        if (data) {
          add(p.name + v[0], at, ', a dataset');
          continue;
        }
      }
      if (p.kind === 'dataset') continue;
      // "our X-7B"; with words between, only what is plainly a model: "our constructed X-8B", "our fine-tuned X-LLaVA
      // model" (not "our task X-VQA"). Without "our", "the flagship X-34B" is a member of the proposed family, which
      // annotators list as a model but not as a further proposal.
      const our = OUR_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      if (!our) continue;
      if (our[1] !== '' && !(SIZE_TAIL.test(v[0]) || v[1] !== undefined || MODEL_NOUN_AFTER.test(rest.slice(v[0].length)))) continue;
      add(p.name + v[0], at, ', a model');
      // "our X-8B/32B models": each size is a model
      if (v[1] !== undefined) add(p.name + '-' + v[1], at, ', a model');
    }
  }
  if (!newly) return;
  for (const m of text.slice(titleEnd).matchAll(NEWLY_COLLECTED)) {
    const name = m[1] ?? m[4]!;
    if (isCoinedName(name) && !(isKnown?.(name) ?? false)) add(name, titleEnd + m.index + m[0].lastIndexOf(name), ', a ' + (m[2] ?? m[3]!));
  }
  // "NorBERTo is trained on Aurora-PT, a newly curated Brazilian Portuguese corpus": the apposition says it is new
  for (const m of text.slice(titleEnd).matchAll(NEWLY_COLLECTED_APPOSED)) {
    const name = m[1]!;
    const at = titleEnd + m.index;
    if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || MADE_BY_OTHERS_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 140))) continue;
    // (each head is data: a corpus, a benchmark, a subset of a data set)
    if (isCoinedName(name) && !(isKnown?.(name) ?? false)) add(name, at, ', a dataset');
  }
}

/** A sentence opening that presents what follows as a further contribution ("Additionally, we propose …"). */
const FURTHER_CONTRIBUTION =
  /^\W*(?:\(?(?:\d|[ivx]{1,3}|[a-f])\)\s*)?(?:(?:additionally|in addition|moreover|besides|beyond (?:this|that)|complementing (?:this|that|it)|complementary to (?:this|that|it)|as a (?:second|further) contribution|secondly|second|we also|we further|this (?:paper|work) also)\b|[^.;]{0,60}\bwe\s+(?:also|additionally|further)\b)/i;
/** Nouns of a piece of a method: "a DS-CFG mechanism", "… Reconstruction Module (ARM)". */
const PART_NOUN = /^(?:module|modules|mechanism|block|blocks|layer|layers|component|unit|branch|head|submodule|sub-module)$/i;
/** A sentence that places the named thing inside the main one: "… into the model", "in the second stage". */
const INSIDE_MAIN =
  /\b(?:in|into|within|inside|of)\s+(?:the|our|this)\s+(?:(?:proposed|overall|whole)\s+)?(?:model|framework|network|architecture|pipeline|system|method|approach)\b|\bin\s+the\s+(?:first|second|third|final|initial|last)\s+stage\b/i;
/** The main sentence announces numbered pieces: "through three key designs", "consists of two modules". */
const ANNOUNCES_PIECES = /\b(?:two|three|four|five|several)\s+(?:\w+\s+)?(?:designs|components|modules|parts|stages|elements|building blocks)\b/i;
const NUMBERED = /^\W*\(?(?:\d|[ivx]{1,3})\)\s/;

/**
 * Named parts of the paper's own method are not proposals of their own (the annotation rule): once the abstract has
 * introduced its main method or model, a method named in a later sentence is a piece of it when the text says so —
 * a part noun after the name or ending its long form ("we develop a DS-CFG mechanism", "a lightweight Adaptive
 * Reconstruction Module (ARM)"), a place inside the main one ("we propose SED, which injects … into the model",
 * "we introduce ContactDM in the second stage"), or a numbered item after the main sentence announced its pieces
 * ("through three key designs. (1) We introduce GMN …"). Not when the sentence presents it as a further
 * contribution ("Additionally, we propose …"). Datasets and benchmarks are always contributions of their own, and so
 * are the title's name, variants of the main name ("SSR-Zero-7B" after "SSR") and a piece the abstract presents as new
 * ("a novel Cascade Pearson Correlation Loss (CPCL)": readers list those, 16 of 19 in the read sets). When the abstract's first proposal
 * is a dataset, a method after it is the second contribution ("we introduce CA-MER, a benchmark … we propose MoSEAR").
 * (A piece named with no such cue, "We propose GeoMap, which embeds …", stays a proposal: annotators list some.)
 */
function dropNamedParts(out: Proposal[], text: string, titleEnd: number, starts: number[], title: string): void {
  if (out.length < 2) return; // (a part needs a main proposal besides it)
  // the main proposal: the first one the abstract names (the title's name counts where the abstract first uses it,
  // if it introduces it: "We present Geo^2, a unified framework", not "We formalize this regime as Cross-Space …")
  let main: Proposal | undefined;
  let mainAt = Infinity;
  for (const p of out) {
    const at = p.at >= titleEnd ? p.at : abstractIntroduces(text, titleEnd, p.name) ? text.indexOf(p.name, titleEnd) : -1;
    if (at >= titleEnd && at < mainAt) {
      main = p;
      mainAt = at;
    }
  }
  if (!main) return;
  const mainKey = main.name.toLowerCase();
  if (out.some((p) => p.kind === 'dataset' && p.name.toLowerCase() === mainKey)) return;
  const mainSentence = sentenceIndexAt(starts, mainAt);
  let kept = 0;
  for (const p of out) {
    const s = p.at >= titleEnd ? sentenceIndexAt(starts, p.at) : -1;
    let part = s > mainSentence && p.kind !== 'dataset' && !titleNames(title, p.name) && !p.name.toLowerCase().startsWith(mainKey) && !releasedModel(p, text) && !(p.long !== undefined && introducedAsNovel(text, text.lastIndexOf(p.long, p.at)));
    if (part) {
      const sent = sentenceText(text, starts, s);
      part =
        !FURTHER_CONTRIBUTION.test(sent) &&
        (namedAsPart(p, text) || INSIDE_MAIN.test(sent) || (NUMBERED.test(sent) && ANNOUNCES_PIECES.test(sentenceText(text, starts, mainSentence))));
    }
    if (!part) out[kept++] = p;
  }
  out.length = kept;
}

/** A part noun right after the name's mention (or its definition's parenthesis), or ending its long form. */
function namedAsPart(p: Proposal, text: string): boolean {
  if (p.long && PART_NOUN.test(p.long.slice(p.long.lastIndexOf(' ') + 1))) return true;
  const at = text.indexOf(p.name, p.at);
  if (at < 0) return false;
  const next = /^\)?\s+([A-Za-z-]+)/.exec(text.slice(at + p.name.length, at + p.name.length + 24));
  return next !== null && PART_NOUN.test(next[1]!);
}

/** A sentence whose subject is the paper's own method and whose verb lists its pieces ("GFT integrates the …"). */
const COMPOSED_BY =
  /^\W*(?:(?:[Tt]he|[Oo]ur)\s+(?:proposed\s+)?(?:model|method|framework|approach|network|architecture|system|pipeline)|[Ii]t)\s+(?:\w+\s+)?(?:integrates|incorporates|employs|utilizes|utilises|uses|introduces|comprises|consists of|includes|contains|combines|features|adopts|leverages|is composed of|is equipped with|is built on)\b/;
/** "Coupled with a Progressive Patch Selection (PPS) strategy, the model …": a piece attached to the own model. */
const COUPLED_WITH = /^\W*(?:[Cc]oupled|[Cc]ombined|[Ee]quipped|[Ii]ntegrated|[Aa]ugmented)\s+with\b[^.]*?,\s+(?:the|our)\s+(?:proposed\s+)?(?:model|method|framework|approach|network|architecture)\b/;

/**
 * The acronym definitions that name pieces of the paper's own method, not techniques it uses (the annotation rule
 * for named parts): defined in a sentence whose subject is the own method and whose verb lists its parts ("GFT
 * integrates the Gradient Attention Learning Alignment (GALA) mechanism", "The model introduces three modifications:
 * (1) a Lightweight Feature Pyramid Network (LFPN) …"), or attached to it ("Coupled with a Progressive Patch
 * Selection (PPS) strategy, the model …"). Needs a named proposal: without one, the paper's pieces may be all it names.
 */
export function ownPartDefinitions(text: string, starts: number[], proposals: readonly Proposal[], defs: readonly AcronymDef[]): AcronymDef[] {
  if (defs.length === 0) return [];
  const own = proposals.filter((p) => p.kind !== 'dataset');
  if (own.length === 0) return [];
  const parts: AcronymDef[] = [];
  for (const d of defs) {
    if (own.some((p) => p.name === d.short)) continue;
    const s = sentenceIndexAt(starts, d.start);
    const sent = text.slice(starts[s]!, s + 1 < starts.length ? starts[s + 1]! : text.length);
    // (the own name as the subject: "GFT integrates …" reads as "It integrates …")
    const lead = /^\W*/.exec(sent)![0].length;
    const named = own.find((p) => sent.startsWith(p.name, lead) && /^\s/.test(sent.slice(lead + p.name.length, lead + p.name.length + 1)));
    const subject = named ? 'It' + sent.slice(lead + named.name.length) : sent;
    if (COMPOSED_BY.test(subject) || COUPLED_WITH.test(sent)) parts.push(d);
  }
  return parts;
}

function sentenceText(text: string, starts: number[], s: number): string {
  return text.slice(starts[s]!, s + 1 < starts.length ? starts[s + 1]! : text.length);
}

/** A model the paper releases under a name: sized ("V2LO-7B") or introduced as "our model, X". */
function releasedModel(p: Proposal, text: string): boolean {
  if (p.kind !== 'model') return false;
  return /\d(?:\.\d+)?[BM]\b/.test(p.name) || /\b[Oo]ur\s+(?:[\w-]+\s+){0,2}models?\s*,?\s*$/.test(text.slice(Math.max(0, p.at - 40), p.at));
}

/**
 * Where the proposals' long forms stand in the text: [start, end) pairs of every occurrence, in any case, at word
 * boundaries, sorted. `lower` is the text lower-cased (once per paper). A technique named inside the paper's own long
 * form ("Collaborative Reward Modeling (CRM)", "length-aware beam search (LABS)") is part of that name, not a technique
 * the paper uses.
 */
export function longFormSpans(lower: string, proposals: readonly Proposal[]): number[] {
  const longs: string[] = [];
  for (const p of proposals) if (p.long) longs.push(p.long);
  return phraseSpans(lower, longs);
}

/** Where phrases of several words stand in the text (`lower`, lower-cased): see {@link longFormSpans}. */
export function phraseSpans(lower: string, phrases: readonly string[]): number[] {
  const flat: number[] = [];
  // one phrase's spans come in order: sort only when several phrases interleave
  let sorted = true;
  for (const phrase of phrases) {
    if (phrase.indexOf(' ') < 0) continue;
    const l = phrase.toLowerCase();
    for (let q = lower.indexOf(l); q >= 0; q = lower.indexOf(l, q + 1)) {
      if (!atWordBoundaries(lower, q, q + l.length)) continue;
      const n = flat.length;
      if (n > 0 && (flat[n - 2]! > q || (flat[n - 2] === q && flat[n - 1]! > q + l.length))) sorted = false;
      flat.push(q, q + l.length);
    }
  }
  if (sorted) return flat;
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return pairs.flat();
}

/**
 * Is every occurrence of every surface form (in any case, at word boundaries) inside one of `spans` (from
 * {@link longFormSpans})? `lower` is the text lower-cased. False when a form is not found at all: then the mention
 * came from elsewhere.
 */
export function onlyInsideSpans(lower: string, forms: Iterable<string>, spans: readonly number[]): boolean {
  if (spans.length === 0) return false;
  let seen = 0;
  for (const f of forms) {
    const l = f.toLowerCase();
    if (!l) continue;
    for (let q = lower.indexOf(l); q >= 0; q = lower.indexOf(l, q + 1)) {
      if (!atWordBoundaries(lower, q, q + l.length)) continue;
      seen++;
      let inside = false;
      for (let i = 0; i < spans.length && spans[i]! <= q; i += 2) if (q + l.length <= spans[i + 1]!) inside = true;
      if (!inside) return false;
    }
  }
  return seen > 0;
}

function atWordBoundaries(s: string, a: number, b: number): boolean {
  return !(a > 0 && isWordChar(s.charCodeAt(a - 1))) && !(b < s.length && isWordChar(s.charCodeAt(b)));
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}

/**
 * The slug of a proposed dataset: its name's when the name is coined with lower case ("SRBench", "VisNumBench"),
 * since other papers cite a benchmark by that name; else `fallback` (the long form's: an all-capital acronym such as
 * "MMR" names different datasets in different papers, and its long form keeps them apart).
 */
export function proposalSlug(p: Proposal, fallback: string): string {
  return p.long && /[a-z]/.test(p.name) && /[A-Z]/.test(p.name) ? slugify(p.name) : fallback;
}

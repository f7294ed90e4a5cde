/**
 * Entity extraction from one paper's title + abstract: models first (their tokens are not read again), then known
 * datasets and methods, the rules for datasets and methods outside the lexicons, acronym definitions, and the paper's
 * own proposals, merged into one mention per kind, slug and relation. Pure and synchronous; runs in the browser.
 * See docs/extraction.md for what each pass finds.
 */
import type { EntityKind, Mention, MentionRelation, ModelInfo, PaperDoc } from '../types.ts';
import { firstTokenAfter, isAsciiAlnum, opensSentence, slugify, tokenize, withoutFinal, type Tokens } from './tokens.ts';
import { scanModels, canonicalModel, familyDefinedByTopic, familyNamed, withCreator } from './models.ts';
import { ACTIVE_SIZE_SRC, isCreatorName } from './model-shapes.ts';
import { ownModelMentions } from './model-mentions.ts';
import { findAcronyms, initialsInShort, initialsSpell, namesTechnique, namesVenue, redefinesBenchmark, resemblesLongForm, spellsShortForm, TASK_END, type AcronymDef } from './acronyms.ts';
import { findProposals, longFormSpans, onlyInsideSpans, ownPartDefinitions, phraseSpans, proposalSlug, RIG_BENCH } from './proposals.ts';
import { findListedNames, findMethodSiblings, findNamedAlgorithms, findUnknownDatasets, namesHardware, namesInstrument, usedAsSystem, type DatasetContext } from './datasets.ts';
import { namesMaterial } from './materials.ts';
import { DATASETS, METHODS, isKnownEntity } from './known.ts';
import type { LexEntry } from './lexicon.ts';
import { datasetPrefixToken, flat } from './dataset-variants.ts';
import { paperText, sentenceAt } from './paper-text.ts';
import { kindsFromHubAddresses, ownCodeRepositories } from './addresses.ts';
import { foldAccents, WrittenWords } from './fold.ts';
import { compareMentions, usedRelation } from './mentions.ts';
import heads from './lexicons/heads.json' with { type: 'json' };
import modelsLexicon from './lexicons/models.json' with { type: 'json' };
import { findCandidates, isRejectedName, tokenSentences, nameKey, type Candidate } from './learned/candidates.ts';
import { DATASET, METHOD, MODEL, NONE, type FeatureContext } from './learned/features.ts';
import { classifyCandidates, isActive, shippedStats, SHIPPED, type LearnedSetup } from './learned/classify.ts';
import { STAT } from './learned/stats.ts';

const METHOD_HEADS = new Set(heads.methodHeads.words);
/** Is the name a known technique or model (so not a benchmark's prefix or variant)? */
const isOtherKind = (name: string): boolean => METHODS.lookup(name) !== undefined || canonicalModel(name) !== null;
const NOT_METHODS = new Set(heads.notMethods.words);

/** Suffixes that name a variant of a benchmark (see extractPaper). */
const DATASET_SUFFIX = new RegExp(
  '(?:-(?:\\d{2,4}(?: Task \\d+)?|[A-Z]|' + heads.datasetSuffixes.languages.join('|') + '|\\d+(?:\\.\\d+)?[kKM])|[ -](?:' + heads.datasetSuffixes.words.join('|') + '))(?![A-Za-z0-9+#-])',
  'y',
);

/** A mention being built: its kind, key, relation, first place and spellings (addresses.ts reads them too). */
export interface Draft {
  kind: EntityKind;
  slug: string;
  label: string;
  relation: MentionRelation;
  at: number;
  aliases: Set<string>;
  model?: ModelInfo;
}

export type Put = (kind: EntityKind, slug: string, label: string, relation: MentionRelation, at: number, aliases: string[], model?: ModelInfo) => void;

/**
 * The learned step (learned/): the candidate names no rule took — no token of theirs in a rule mention, their name
 * not one the rules gave — classified, and added when the classifier is sure enough (thresholds in model.json).
 */
function addLearned(
  text: string,
  titleEnd: number,
  starts: number[],
  tk: ReturnType<typeof tokenize>,
  tokenKind: Uint8Array,
  defs: readonly AcronymDef[],
  drafts: ReadonlyMap<string, Draft>,
  put: Put,
  learned: LearnedSetup | null,
  inspect: RuleInspector | undefined,
): void {
  const sentOf = tokenSentences(tk, starts, true);
  const candidates = findCandidates(text, tk, titleEnd, starts, sentOf);
  // most candidates are names a rule took: look further only when some are left (the common case is none or few).
  // Only coined spans are classified: capitalised phrases are too often a task or a concept, and the title's name
  // before a colon is the proposal rule's (candidates of both kinds are still context: list siblings, repetition).
  const open: number[] = [];
  const tasks = defs.length ? taskShortForms(defs) : undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.source !== 'coined' || coveredByRule(c, tokenKind) || tasks?.has(c.name) || longFormAfterName(text, tk, c, tokenKind)) continue;
    // (the cheap tests first: a regex-free shape test and a statistics lookup before the rejection regexes)
    if (!inspect && (shortAcronym(c.name) || commonWord(c.key) || isRejectedName(c))) continue;
    open.push(i);
  }
  if (open.length === 0 && !inspect) return;
  let ctx: FeatureContext;
  if (inspect) {
    const rules = new Map<string, RuleReading>();
    for (const d of drafts.values()) {
      const r: RuleReading = { kind: KIND_CODE[d.kind], proposes: d.relation === 'proposes' };
      for (const name of [d.label, ...d.aliases]) {
        const k = nameKey(name);
        const prev = rules.get(k);
        if (!prev || (r.proposes && !prev.proposes)) rules.set(k, r);
      }
    }
    ctx = featureContext(text, tk, titleEnd, starts, sentOf, candidates, tokenKind, defs);
    inspect(ctx, rules);
    if (!learned) return;
    let kept = 0;
    for (const i of open) {
      const c = candidates[i]!;
      if (rules.has(c.key) || isRejectedName(c) || shortAcronym(c.name) || commonWord(c.key)) continue;
      open[kept++] = i;
    }
    open.length = kept;
  } else {
    // the names the rules gave, as keys (the first pass already dropped the rejected, short and common names); the
    // feature context is built only for a paper with a candidate left
    const ruleKeys = new Set<string>();
    for (const d of drafts.values()) {
      ruleKeys.add(nameKey(d.label));
      for (const a of d.aliases) ruleKeys.add(nameKey(a));
    }
    let kept = 0;
    for (const i of open) if (!ruleKeys.has(candidates[i]!.key)) open[kept++] = i;
    open.length = kept;
    if (kept === 0 || !learned) return;
    ctx = featureContext(text, tk, titleEnd, starts, sentOf, candidates, tokenKind, defs);
  }
  // a venue the paper defines ("the 2025 International Joint Conference on Neural Networks (IJCNN)") is no entity
  let venues: Set<string> | undefined;
  for (const d of classifyCandidates(ctx, open, learned)) {
    const c = candidates[d.index]!;
    venues ??= new Set(defs.filter((def) => namesVenue(def.long)).map((def) => def.short));
    if (venues.has(c.name)) continue;
    // (no data where the text says it is a system: "We use INP-Former as our baseline" names the technique)
    const kind = d.kind === KIND_CODE.dataset && !d.proposes && usedAsSystem(text, c.end) ? 'method' : CODE_KIND[d.kind]!;
    // a telescope or an instrument ("Spitzer/MIPS 24 μm photometry", "the MIPS camera"), or a material ("FePt
    // nanoparticles", "the MnGa film"), is no entity of any kind; a computing device ("the Qualcomm Hexagon NPU",
    // "Ascend 300I Duo") no data nor model (software for one is a technique: "FLAME GPU 2, a GPU-accelerated … framework")
    if (namesInstrument(text, [c.name]) || namesMaterial(text, [c.name]) || (kind !== 'method' && namesHardware(c.name))) continue;
    const relation: MentionRelation = d.proposes ? 'proposes' : usedRelation(kind);
    let model: ModelInfo | undefined;
    if (kind === 'model') {
      const sz = /^(.*?)[- ](\d+(?:\.\d+)?[BM])$/.exec(c.name);
      model = sz ? { family: sz[1]!, size: sz[2]! } : { family: c.name };
    }
    put(kind, slugify(c.name), c.name, relation, c.start, [c.name], model);
  }
}

/** What the features of a paper's candidates read (learned/features.ts). */
function featureContext(
  text: string,
  tk: ReturnType<typeof tokenize>,
  titleEnd: number,
  starts: number[],
  sentOf: Int32Array,
  candidates: Candidate[],
  tokenKind: Uint8Array,
  defs: readonly AcronymDef[],
): FeatureContext {
  const acronyms = new Map<string, string>();
  for (const d of defs) if (!acronyms.has(d.short)) acronyms.set(d.short, d.long);
  return { text, tk, titleEnd, starts, sentOf, candidates, tokenKind, acronyms, statsOf: shippedStats };
}

/** Did a rule take the candidate (a token of it, or its name)? */
export function ruleTook(c: Candidate, tokenKind: Uint8Array, rules: ReadonlyMap<string, RuleReading>): boolean {
  return rules.has(c.key) || coveredByRule(c, tokenKind);
}

/**
 * Does the candidate open a parenthesis right after a name a rule took, with more words than one ("PET-F2I-41K (PET
 * Findings-to-Impression Benchmark)")? That is the name's long form, not a second entity.
 */
function longFormAfterName(text: string, tk: Tokens, c: Candidate, tokenKind: Uint8Array): boolean {
  if (c.words < 2 || c.t0 === 0 || text.charCodeAt(c.start - 1) !== 40 || text.charCodeAt(c.start - 2) !== 32) return false;
  const before = c.t0 - 1;
  return tk.end[before] === c.start - 2 && tokenKind[before] !== NONE;
}

function coveredByRule(c: Candidate, tokenKind: Uint8Array): boolean {
  for (let t = c.t0; t <= c.t1; t++) if (tokenKind[t] !== NONE) return true;
  return false;
}

/** Two or three capitals ("MMG", "OB"): abbreviations of anything, which only a definition or a rule can read. */
function shortAcronym(name: string): boolean {
  if (name.length === 0 || name.length > 3) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * A name in COMMON_DF papers or more of the corpus that no rule ever read as an entity is common vocabulary, or
 * a name no paper ever cues as one ("RGB", "SOTA"-like): not worth classifying. (A dataset or model used in three
 * papers is nearly always cued in one of them: "the X dataset", "experiments on X".)
 */
const COMMON_DF = 3;
function commonWord(key: string): boolean {
  const s = shippedStats(key);
  return s !== undefined && s[STAT.df]! >= COMMON_DF && s[STAT.model]! + s[STAT.dataset]! + s[STAT.method]! === 0;
}

/** What a generation or editing task makes ("Code Generation", "Scene Graph Generation"): heads.json → generatedObjects. */
const GENERATED_OBJECTS = new Set(heads.generatedObjects.words);

/**
 * The known technique a long form qualifies: the lexicon's entry for its longest word tail, when the whole is not known
 * ("non-rigid iterative closest point", "corrective retrieval-augmented generation"). Such a long form names a variant
 * of that technique, a technique itself.
 */
function qualifiedTechnique(long: string): LexEntry | undefined {
  if (METHODS.lookup(long)) return undefined;
  for (let q = long.indexOf(' '); q >= 0; q = long.indexOf(' ', q + 1)) {
    // (words that qualify it, no phrase that relates something to it: "… network equipped with Mamba (HyMamba)")
    if (TITLE_FUNCTION_WORDS.has(long.slice(long.lastIndexOf(' ', q - 1) + 1, q).toLowerCase())) return undefined;
    const entry = METHODS.lookup(long.slice(q + 1));
    if (entry) return entry;
  }
  return undefined;
}

/**
 * A named model of a method's kind, defined with its short form: three or more capitalised words ending in "Model",
 * singular ("Brownian Bridge Diffusion Model (BBDM)", "General Preference Model (GPM)", "Consistency Trajectory Model
 * (CTM)"): what readers list as a method. Not a class of models ("Large Language Model", "Vision Foundation Model",
 * "Small Reasoning Model", "Video Generation Model", "Code World Model", "Global Climate Model"), a map of heights
 * ("Digital Surface Model"), a schema ("Common Data Model", "Document Object Model", "Building Information Model"), nor
 * one of the "… Anything Model" networks (models, whose names the model lexicon reads). Only one the paper uses
 * (USED_MODEL_BEFORE).
 */
const NAMED_MODEL_LONG_FORM = /^(?:[A-Z][\w-]*\s+){2,}Model$/;
const MODEL_CLASS_WORDS = new Set(['language', 'foundation', 'reasoning', 'multimodal', 'multi-modal', 'vision-language', 'audio-language', 'speech-language', 'large', 'surface', 'elevation', 'height', 'terrain', 'data', 'object', 'anything', 'any-thing', 'any', 'world', 'climate', 'earthquake', 'information', 'generation', 'relationship']);
/**
 * A verb of use or an example's lead with its article right before a definition ("we first employ a Brownian Bridge
 * Diffusion Model (…)", "approaches like the General Preference Model (GPM)"), or others' work named so ("the recently
 * proposed Consistency Trajectory Model (CTM)"). Without one, the named model is as often the paper's own component
 * ("a Face Reward Model (FRM) guides …", "first introduces the Semantic Priors Guided Reconstruction Model (SPGRM)",
 * "with a Learnable Deformation Model (LDM)"), which readers leave out: about half of the corpus definitions a looser
 * reading took.
 */
const USED_MODEL_BEFORE =
  /\b(?:(?:employ(?:s|ed|ing)?|us(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|based\s+on|built\s+(?:up)?on|follow(?:s|ed|ing)?|like|such\s+as)\s+(?:a|an|the)|the\s+(?:recently\s+|previously\s+)?(?:proposed|introduced|established|classic(?:al)?|well-known|popular|standard))\s+$/i;
function namedModelLongForm(long: string, text: string, at: number): boolean {
  if (!NAMED_MODEL_LONG_FORM.test(long)) return false;
  if (!USED_MODEL_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  const words = long.toLowerCase().split(/\s+/);
  return !words.slice(0, -1).some((w) => MODEL_CLASS_WORDS.has(w));
}

/**
 * Is an acronym long form a technique name (by its last word)? Not a task that makes a thing ("Multi-modal Code
 * Generation (MCG)", "Video Background Music Generation (VBMG)"): a technique's generation is made a way
 * ("Retrieval-Augmented Generation").
 */
export function isMethodLongForm(long: string): boolean {
  const words = long.toLowerCase().split(/[\s\-]+/);
  const w = words[words.length - 1] ?? '';
  if (makesThing(words)) return false;
  return METHOD_HEADS.has(w) || METHOD_HEADS.has(withoutFinal(w, 's'));
}

/**
 * Do a long form's lower-case words name a task that makes a thing ("… code generation", "… image editing")? Not when
 * they say how it is made ("retrieval-augmented code generation", "planning-aided code generation": techniques).
 */
function makesThing(words: readonly string[]): boolean {
  const w = words[words.length - 1];
  return (w === 'generation' || w === 'editing') && GENERATED_OBJECTS.has(words[words.length - 2] ?? '') && !words.includes('augmented') && !words.includes('aided');
}

/** The short forms the paper defines as a task that makes a thing: no entity, whatever the learned step would say. */
function taskShortForms(defs: readonly AcronymDef[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const d of defs) if (makesThing(d.long.toLowerCase().split(/[\s\-]+/))) (out ??= new Set()).add(d.short);
  return out;
}


const KIND_CODE: Record<EntityKind, number> = { model: MODEL, dataset: DATASET, method: METHOD } as Record<EntityKind, number>;
const CODE_KIND: EntityKind[] = ['method', 'model', 'dataset', 'method'];

/** What the rules said about a name key of a paper: its kind code and whether it is the paper's proposal. */
export interface RuleReading {
  kind: number;
  proposes: boolean;
}

/**
 * A view of one paper after the rules, for training and tuning the learned step (eval/learn): the feature context of
 * its candidates and the rules' reading of each name they found. Valid only during the callback (pooled buffers).
 */
export type RuleInspector = (ctx: FeatureContext, rules: ReadonlyMap<string, RuleReading>) => void;

/** Per-token buffers of extractPaperWith, reused from paper to paper like the pooled tokens (zeroed per paper). */
let TAKEN = new Uint8Array(2048);
let TOKEN_KIND = new Uint8Array(2048);

/** The mentions of one paper, sorted by kind, slug and relation (see {@link compareMentions}). */
export function extractPaper(doc: PaperDoc): Mention[] {
  return extractPaperWith(doc, SHIPPED);
}

/**
 * {@link extractPaper} with another learned setup (null: the rules only), and an optional look at the paper after
 * the rules (see {@link RuleInspector}).
 */
export function extractPaperWith(doc: PaperDoc, learned: LearnedSetup | null, inspect?: RuleInspector): Mention[] {
  const { text: written, titleEnd, starts } = paperText(doc);
  if (!written) return [];
  // accented Latin letters read as their base letters, then written back into the labels (fold.ts)
  const text = foldAccents(written);
  const tk = tokenize(text, true); // pooled buffers: valid until the next extractPaper call
  if (TAKEN.length < tk.n) {
    TAKEN = new Uint8Array(tk.n * 2);
    TOKEN_KIND = new Uint8Array(tk.n * 2);
  }
  const taken = TAKEN.fill(0, 0, tk.n).subarray(0, tk.n);
  // the kind of the rule mention over each token (for the learned step: what the rules took, what list siblings are)
  const tokenKind = TOKEN_KIND.fill(NONE, 0, tk.n).subarray(0, tk.n);
  const mark: Mark = (a, b, kind) => {
    for (let t = firstTokenAfter(tk, a); t < tk.n && tk.start[t]! < b; t++) tokenKind[t] = kind;
  };
  const drafts = new Map<string, Draft>();
  const put: Put = (kind, slug, label, relation, at, aliases, model) => {
    if (!slug) return;
    const key = `${kind}\u0000${slug}\u0000${relation}`;
    const d = drafts.get(key);
    if (d) {
      for (const a of aliases) d.aliases.add(a);
      if (at < d.at) d.at = at;
      return;
    }
    const draft: Draft = { kind, slug, label, relation, at, aliases: new Set(aliases) };
    if (model) draft.model = model;
    drafts.set(key, draft);
  };
  // (each phase below is a function of its own: as one function they took the JIT over half a second to compile,
  // again after each deoptimisation, and a paper run meets many rare paths that deoptimise)

  // Models first: their tokens are not read again as datasets ("Alpaca-7B" is the model).
  // A family named only after members of it refers back to them and is no mention of its own (see model-mentions.ts).
  const modelHits = scanModels(text, tk, taken);
  for (const h of modelHits) mark(h.start, h.end, MODEL);
  for (const h of ownModelMentions(modelHits)) {
    const created = withCreator(text, h.start, h.surface, h.model?.family);
    put('model', h.slug, h.label, 'uses', h.start, created === undefined ? [h.surface] : [h.surface, created], h.model);
  }

  const knownDatasets = addKnownDatasets(text, tk, taken, put, mark);
  addUnlistedNames(text, titleEnd, starts, tk, taken, knownDatasets, put, mark);

  // Acronym definitions: known entities get the pair as aliases; unknown techniques become method nodes keyed by
  // their long form (so two different long forms of "PI" never merge).
  const defs: AcronymDef[] = findAcronyms(text, isKnownEntity);
  const acronymSlug = addDefinitions(text, titleEnd, defs, drafts, put, mark);

  // The paper's own contribution.
  const cited: ReturnType<typeof findProposals> = [];
  const entered: string[] = [];
  const proposals = findProposals(text, titleEnd, starts, defs, isKnownEntity, tk, cited, entered, taskLikeShortForm);
  // a shared task the paper entered ("our system for the … (CQs-Gen) Shared Task") is no technique it uses
  for (const name of entered) {
    const a = acronymSlug.get(name);
    if (a && a.kind === 'method') drafts.delete(`method\u0000${a.slug}\u0000uses`);
  }
  // (named data sets and models of others, read by the proposal readings: only those two kinds are cited)
  for (const c of cited) put(c.kind, slugify(c.name), c.name, usedRelation(c.kind), c.at, [c.name]);
  // the text lower-cased, for the long forms' places (only when a proposal has a long form)
  const lower = proposals.some((p) => p.long) ? text.toLowerCase() : '';
  addProposals(text, lower, proposals, acronymSlug, drafts, put, mark);
  if (proposals.length > 0) {
    ownReleases(proposals, drafts, put);
    familyOnlyInOwnNames(text, proposals, drafts);
  }
  // a technique the paper defines as a piece of its own method is not one it uses (proposals.ts → ownPartDefinitions)
  // (only the definitions that made a technique node of their own, few papers have one)
  const ownTechniques = acronymSlug.size === 0 || proposals.length === 0 ? [] : defs.filter((d) => acronymSlug.has(d.short) && !METHODS.lookup(d.long) && !METHODS.lookup(d.short) && acronymSlug.get(d.short)!.slug === slugify(d.long));
  if (ownTechniques.length > 0 && proposals.length > 0)
    for (const d of ownPartDefinitions(text, starts, proposals, ownTechniques)) drafts.delete(`method\u0000${slugify(d.long)}\u0000uses`);
  // a technique named only inside a proposal's long form is part of that name (proposals.ts → longFormSpans)
  const longSpans = lower ? longFormSpans(lower, proposals) : [];
  if (longSpans.length > 0)
    for (const [key, d] of drafts) if (d.kind === 'method' && d.relation === 'uses' && onlyInsideSpans(lower, d.aliases, longSpans)) drafts.delete(key);

  if (defs.length > 0) {
    dropTechniquesNamedOnlyInVariants(text, defs, drafts);
    joinDefinedPairs(defs, drafts);
  }
  if (acronymSlug.size > 0) {
    joinDefinedData(defs, acronymSlug, drafts);
    ownDefinedData(text, titleEnd, defs, acronymSlug, drafts);
  }

  if (inspect || (learned && isActive(learned))) addLearned(text, titleEnd, starts, tk, tokenKind, defs, drafts, put, learned, inspect);
  // (after the learned step, which reads names of the data too)
  if (proposals.length > 0) ownNamedData(proposals, drafts, put);
  architecturesAsMethods(drafts, put);
  softwareNotData(text, drafts);
  oneNodePerHeadedData(drafts);
  dataNamedAsTechnique(drafts);
  dataNamedBeforeItsShortName(text, drafts);
  // (after every reading of data and the joins by head noun and by words before a name in parentheses)
  if (defs.length > 0) joinDefinedDataNames(defs, drafts);
  if (text.includes(' family of ')) familiesOfModels(text, drafts, put);
  // (the addresses are read from the paper as written: the cleaned text has none)
  if (doc.abstract.includes('huggingface.co/') || doc.abstract.includes('hf.co/')) kindsFromHubAddresses(doc.abstract, drafts, put);
  if (doc.abstract.includes('github.com/')) ownCodeRepositories(doc.abstract, drafts, put);

  return toMentions(written, starts, drafts, text === written ? null : new WrittenWords(written, text));
}

/**
 * A mention read from the folded text with the names as the paper writes them; a label a lexicon gives (its entry's,
 * a model's canonical name: "naive Bayes", "Tulu-3") stays the lexicon's, one label for the node in every paper.
 */
function writeBack(m: Mention, words: WrittenWords): void {
  if (!lexiconLabel(m)) m.label = words.restore(m.label);
  m.aliases = [...new Set(m.aliases.map((a) => words.restore(a)))].sort();
  if (m.model) {
    // a copy (model readings may be shared), its fields in their order
    const model: ModelInfo = { ...m.model };
    for (const field of ['family', 'version', 'variant'] as const) {
      const v = model[field];
      if (v !== undefined) model[field] = words.restore(v);
    }
    m.model = model;
  }
}

function lexiconLabel(m: Mention): boolean {
  if (m.kind === 'model') return canonicalModel(m.label)?.label === m.label;
  return (m.kind === 'dataset' ? DATASETS : METHODS).lookup(m.label)?.label === m.label;
}

/**
 * A known technique the text names only inside the long forms of its variants ("non-rigid iterative closest point
 * (NICP)", "corrective retrieval-augmented generation (CRAG)") is not one the paper uses: the variant is (readers of 57
 * read papers listed the technique itself as core in 5).
 */
function dropTechniquesNamedOnlyInVariants(text: string, defs: readonly AcronymDef[], drafts: Map<string, Draft>): void {
  // each qualified technique with the long forms of its variants
  const variants = new Map<LexEntry, Set<string>>();
  for (const d of defs) {
    const entry = qualifiedTechnique(d.long);
    if (!entry) continue;
    const longs = variants.get(entry);
    if (longs) longs.add(d.long);
    else variants.set(entry, new Set([d.long]));
  }
  if (variants.size === 0) return;
  const lower = text.toLowerCase();
  for (const [entry, longs] of variants) {
    const key = `method\u0000${entry.slug}\u0000uses`;
    const draft = drafts.get(key);
    if (draft && onlyInsideSpans(lower, draft.aliases, phraseSpans(lower, [...longs]))) drafts.delete(key);
  }
}

/**
 * A name and the long form the paper defines for it are one mention: "Contrastive Language-Image Pre-training
 * (CLIP)" was the CLIP model (models lexicon) and a method (the long form in the methods lexicon), "Flickr-Faces-HQ
 * (FFHQ)" a known dataset and a dataset read by its shape. When a lexicon knows the short form, its reading wins: the
 * long form's mention is dropped and its surface becomes an alias of the short form's. A proposal is left alone (its
 * own rules key it), and so is a pair no lexicon knows by its short form (no kind to prefer) or whose long form is not
 * the lexicon entry's.
 */
function joinDefinedPairs(defs: readonly AcronymDef[], drafts: Map<string, Draft>): void {
  for (const d of defs) {
    // (the cheap test first: most pairs are one mention already, or none; both names are read from the same span,
    // so a second mention holds the long form as written)
    let second = false;
    for (const draft of drafts.values()) if (draft.relation !== 'proposes' && !draft.aliases.has(d.short) && draft.aliases.has(d.long)) second = true;
    if (!second) continue;
    const model = canonicalModel(d.short) !== null;
    const entry = model ? undefined : (DATASETS.lookup(d.short) ?? METHODS.lookup(d.short));
    const kind: EntityKind | null = model ? 'model' : entry ? (entry.tag === 'method' ? 'method' : 'dataset') : null;
    // (a short form the paper defines otherwise is not the lexicon's: "Stable Video Diffusion (SVD)" is no singular
    // value decomposition, acronyms.ts → resemblesLongForm)
    if (!kind || (entry && !resemblesLongForm(d.long, entry.aliases))) continue;
    let kept: Draft | undefined;
    for (const draft of drafts.values()) if (draft.kind === kind && draft.relation !== 'proposes' && draft.aliases.has(d.short)) kept ??= draft;
    if (!kept) continue;
    for (const [key, draft] of drafts) {
      if (draft === kept || draft.relation === 'proposes' || !draft.aliases.has(d.long)) continue;
      for (const a of draft.aliases) kept.aliases.add(a);
      if (draft.at < kept.at) kept.at = draft.at;
      drafts.delete(key);
    }
  }
}

/**
 * A data set's name and the short form the paper defines for it, both read as data sets, are one data set: "the
 * MangoLeafBD (MBD) dataset … The MBD dataset contains …", "LightYourFace-160K (LYF-160K)". The node is the one that
 * holds both names already, else the long form's (the more telling name across papers), a proposal when either was
 * one (mergeDataDraft). The other joins of names and short forms (joinDefinedPairs, joinDefinedData,
 * dataNamedBeforeItsShortName) run before: this one takes the pairs they leave, one-word long forms most of all.
 */
function joinDefinedDataNames(defs: readonly AcronymDef[], drafts: Map<string, Draft>): void {
  for (const d of defs) {
    // (a node may hold both names already, "MD-3k" with "MultiDepth-3k": the others fold into it)
    let both: [string, Draft] | undefined;
    let long: [string, Draft] | undefined;
    const named: [string, Draft][] = [];
    for (const entry of drafts) {
      if (entry[1].kind !== 'dataset') continue;
      const l = entry[1].aliases.has(d.long);
      const s = entry[1].aliases.has(d.short);
      if (!l && !s) continue;
      named.push(entry);
      if (l && s) both ??= entry;
      else if (l) long ??= entry;
    }
    if (named.length < 2) continue;
    const keep = (both ?? long ?? named[0]!)[1];
    let keepKey = named.find(([, draft]) => draft === keep)![0];
    // (a proposal folded in re-keys the node)
    for (const [dropKey, drop] of named) if (drop !== keep) keepKey = mergeDataDraft(drafts, dropKey, drop, keepKey, keep);
  }
}

/**
 * A dataset the paper defines by a long form that holds its data noun ("the Guava Fruit Disease Dataset 2024
 * (GFDD24)") is read by the dataset rules too, by its long form: that reading joins the short form's node (the name
 * the text then uses) as an alias.
 */
function joinDefinedData(defs: readonly AcronymDef[], acronymSlug: ReadonlyMap<string, { kind: EntityKind; slug: string }>, drafts: Map<string, Draft>): void {
  for (const d of defs) {
    const a = acronymSlug.get(d.short);
    if (!a || a.kind !== 'dataset') continue;
    const kept = drafts.get(`dataset\u0000${a.slug}\u0000evaluates_on`);
    if (!kept) continue;
    const yearless = d.long.replace(/\s+(?:19|20)\d{2}$/, '');
    for (const [key, draft] of drafts) {
      if (draft === kept || draft.kind !== 'dataset' || draft.relation === 'proposes') continue;
      if (!draft.aliases.has(d.long) && !draft.aliases.has(yearless)) continue;
      for (const alias of draft.aliases) kept.aliases.add(alias);
      if (draft.at < kept.at) kept.at = draft.at;
      drafts.delete(key);
    }
  }
}

/** A benchmark's word glued or joined to a name before it: "-Bench", " Bench", "-Universe", "-Eval", "-AgentBench". */
const BENCHMARK_TAIL = /^(?:[- ]?(?:Bench|Eval|Arena|Universe|Atlas|Mark|Gym|Suite)(?![a-z])|-[A-Z][A-Za-z0-9]*(?:Bench|Eval|Arena|Gym)(?![a-z]))/;

/** Words after a name that make it a part or a mechanism of a model, not data. */
const MECHANISM_AFTER = /^(?:-based (?:LLMs?|models|architectures?|transformers?)|(?:-based)? (?:groups?|heads?|kernels?|layers?|implementations?|mechanisms?|modules?)\b)/;

/** Marks the tokens over [a, b) with a kind code (extractPaperWith's tokenKind). */
type Mark = (a: number, b: number, kind: number) => void;

/** A known data set's mention in the text. */
interface KnownDataMention {
  slug: string;
  label: string;
  at: number;
  surface: string;
}

/**
 * A data set's name and a year's edition of it after: "VisDrone 2019", "VOC-2012", "AIME24", "THUMOS'14" (not a version:
 * "SQuAD 2.0" and "VBench-2.0" are data sets of their own beside the first, which papers name too; nor a count,
 * "ModelNet40").
 */
const WITH_EDITION = /^(.+?)(?:[ -]?(?:(?:19|20)\d{2}|1[5-9]|2\d)|['’]\d{2})$/;
/** A second year right after an edition ("KITTI 2012/2015", "CASTLE 2024 and 2025"): the bare name is the family's. */
const SECOND_YEAR_AFTER = /^\s*(?:\/|,|and|&)\s*['’]?\d{2,4}\b/;

/**
 * The mentions that name a data set of their own. A name written only after one year's edition of it refers back to
 * that edition ("Evaluated on Pascal VOC 2012 and VisDrone 2019, … on VOC and VisDrone"): no node of its own, as readers
 * list it (the read sets' annotators leave such a name out; named first, "COCO … COCO2017", they list both). With two
 * editions named ("KITTI 2012/2015"), the name is the family's.
 */
function ownDataMentions(text: string, found: readonly KnownDataMention[]): readonly KnownDataMention[] {
  if (found.length < 2) return found;
  // (one pass to index: each data set's first mention, and per name the editions of it and the first of them)
  const first = new Map<string, KnownDataMention>();
  for (const d of found) if (!first.has(d.slug)) first.set(d.slug, d);
  const editions = new Map<string, { count: number; at: number }>();
  for (const d of first.values()) {
    const m = WITH_EDITION.exec(d.label);
    if (m === null) continue;
    const e = editions.get(m[1]!);
    const more = SECOND_YEAR_AFTER.test(text.slice(d.at + d.surface.length, d.at + d.surface.length + 12)) ? 1 : 0;
    if (e === undefined) editions.set(m[1]!, { count: 1 + more, at: d.at });
    else {
      e.count += 1 + more;
      e.at = Math.min(e.at, d.at);
    }
  }
  if (editions.size === 0) return found;
  const refersBack = new Set<string>();
  for (const d of first.values()) {
    const e = editions.get(d.label);
    if (e !== undefined && e.count === 1 && e.at < d.at) refersBack.add(d.slug);
  }
  return refersBack.size === 0 ? found : found.filter((d) => !refersBack.has(d.slug));
}

/**
 * Known datasets (the lexicon), with a variant written after one or a prefix glued before it; returns the
 * [start, end) of each, in text order.
 */
function addKnownDatasets(text: string, tk: Tokens, taken: Uint8Array, put: Put, mark: Mark): { start: number; end: number }[] {
  const knownDatasets: { start: number; end: number }[] = [];
  // (the mentions, put once all are read: a name written only after one edition of it is that edition's)
  const found: KnownDataMention[] = [];
  for (const m of DATASETS.scan(text, tk, taken)) {
    // a name before a word of a model's parts is a mechanism's, not the data set's ("GQA-based LLMs", "one head per
    // GQA group": grouped-query attention, not the GQA benchmark)
    if (MECHANISM_AFTER.test(text.slice(m.end, m.end + 40))) continue;
    // a named split, subset, size, year or language of a known benchmark is its own dataset: "AIME-90",
    // "RepoBench-R", "AGIEval-en", "Alpaca-52K", "SemEval-2026 Task 9", "C-Eval Hard"
    DATASET_SUFFIX.lastIndex = m.end;
    const sx = DATASET_SUFFIX.exec(text);
    // and so is one with a prefix glued before it: "V-COCO", "Video-MMMU", "mini-ImageNet" (dataset-variants.ts)
    const pre = datasetPrefixToken(text, tk, m.t0, taken, isOtherKind);
    if (pre >= 0) {
      const a = tk.start[pre]!;
      const b = sx ? m.end + sx[0].length : m.end;
      const label = text.slice(a, b);
      if (!isOtherKind(label)) {
        found.push({ slug: slugify(label), label, at: a, surface: label });
        knownDatasets.push({ start: a, end: b });
        mark(a, b, DATASET);
        for (let t = pre; t < tk.n && tk.start[t]! < b; t++) taken[t] = 1;
        continue;
      }
    }
    if (sx) {
      // (a number after an alias that lacks the label's own number names a sibling of the alias: "Kinetics-200" is not
      // "Kinetics-400-200"; a year is the label's edition, "CUB-2011" is CUB-200-2011's)
      const written = text.slice(m.start, m.end);
      const label = (/^-\d{1,3}(?!\d)/.test(sx[0]) && /\d$/.test(m.entry.label) && !/\d$/.test(written) ? written : m.entry.label) + sx[0];
      found.push({ slug: slugify(label), label, at: m.start, surface: text.slice(m.start, m.end + sx[0].length) });
      knownDatasets.push({ start: m.start, end: m.end + sx[0].length });
      mark(m.start, m.end + sx[0].length, DATASET);
      let t = m.t1 + 1;
      while (t < tk.n && tk.start[t]! < m.end + sx[0].length) taken[t++] = 1;
      for (let u = m.t0; u <= m.t1; u++) taken[u] = 1;
      continue;
    }
    found.push({ slug: m.entry.slug, label: m.entry.label, at: m.start, surface: text.slice(m.start, m.end) });
    knownDatasets.push({ start: m.start, end: m.end });
    mark(m.start, m.end, DATASET);
    for (let t = m.t0; t <= m.t1; t++) taken[t] = 1;
  }
  for (const d of ownDataMentions(text, found)) put('dataset', d.slug, d.label, 'evaluates_on', d.at, [d.surface]);
  return knownDatasets;
}

/**
 * Known methods (the lexicon), then datasets outside the lexicon (a name before "dataset"/"benchmark", a name-like
 * sibling in a list of datasets) and methods outside it named as examples ("methods such as FlexMatch and FreeMatch").
 */
function addUnlistedNames(
  text: string,
  titleEnd: number,
  starts: number[],
  tk: Tokens,
  taken: Uint8Array,
  knownDatasets: { start: number; end: number }[],
  put: Put,
  mark: Mark,
): void {
  // [start, end) of each known method, in text order and not overlapping (so the ends increase too)
  const methodSpans: number[] = [];
  for (const m of METHODS.scan(text, tk, taken)) {
    // a known name that opens a benchmark's ("MCP-Bench", "MCP-Universe", "RAG-Bench") is that benchmark's, which
    // the dataset rules read
    if (BENCHMARK_TAIL.test(text.slice(m.end, m.end + 32))) continue;
    // (nor is an acronym's plural glued to more: "NMFs-CSL" is a dataset's name)
    if (text.charCodeAt(m.end) === 45 && /^[A-Z][A-Z0-9]*[A-Z]s$/.test(text.slice(m.start, m.end))) continue;
    // a known technique with a coined word glued before it is another technique, the one the text names ("Mix-GRPO",
    // "EO-NeRF", "Tuple-InfoNCE"): the whole name is read, not the technique it builds on
    const coined = coinedPrefixStart(text, m.start, m.end, methodSpans.length > 0 ? methodSpans[methodSpans.length - 1]! : 0);
    if (coined >= 0) {
      // (a plural or possessive is the name's: "ST-GCNs", "Scaf-GRPO's")
      const label = text.slice(coined, m.start) + singularOf(text.slice(m.start, m.end), m.entry);
      // (a name the method lexicon knows whole, written with the hyphen, is that name: "Dance-GRPO" is DanceGRPO; one
      // the other lexicons know is a model's or a data set's that their rules left, "HH-RLHF-based models", and the
      // technique is read as before)
      const whole = METHODS.lookup(label);
      if (whole || !isKnownEntity(label)) {
        put('method', whole ? whole.slug : slugify(label), whole ? whole.label : label, 'uses', coined, [label]);
        methodSpans.push(coined, m.end);
        mark(coined, m.end, METHOD);
        continue;
      }
    }
    // (a name the text writes with its kind's noun keeps that spelling too: "the Sinkhorn algorithm", as annotators
    // and readers write it)
    const surface = text.slice(m.start, m.end);
    const noun = ALGORITHM_AFTER.exec(text.slice(m.end, m.end + 12));
    // (an acronym's plural names the node by its singular too, as the lexicon writes it: "LDMs" is an LDM's node)
    const singular = PLURAL_ACRONYM.test(surface) ? singularOf(surface, m.entry) : surface;
    put('method', m.entry.slug, m.entry.label, 'uses', m.start, noun && !/algorithm$/i.test(surface) ? [surface, surface + noun[0]] : singular !== surface ? [surface, singular] : [surface]);
    methodSpans.push(m.start, m.end);
    mark(m.start, m.end, METHOD);
  }

  // Datasets outside the lexicon: a name before "dataset"/"benchmark", a name-like sibling in a list of datasets.
  const spanTaken = (a: number, b: number): boolean => {
    // of the methods that end after a, the first starts earliest: [a, b) overlaps a method iff it overlaps that one
    let lo = 0;
    let hi = methodSpans.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (methodSpans[2 * mid + 1]! <= a) lo = mid + 1;
      else hi = mid;
    }
    if (2 * lo < methodSpans.length && methodSpans[2 * lo]! < b) return true;
    lo = 0;
    hi = tk.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tk.end[mid]! <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let t = lo; t < tk.n && tk.start[t]! < b; t++) if (taken[t]) return true;
    return false;
  };
  // (the fields the rules fill on first use are in the literal: one object shape)
  const dctx: DatasetContext = { text, titleEnd, starts, taken: spanTaken, known: isKnownEntity, knownDatasets, tk, ruleTokens: undefined, acronymSpots: undefined, spacedOn: undefined, proposedNames: undefined };
  // (the data sets and models read here, for the list siblings below)
  const others: { start: number; end: number }[] = [];
  for (const d of findUnknownDatasets(dctx)) {
    others.push(d);
    // a name the text uses as a system is the technique it names ("We adopt PoseC3D as the baseline framework")
    if (usedAsSystem(text, d.end) && !dctx.proposedNames?.has(d.label)) {
      put('method', slugify(d.label), d.label, 'uses', d.start, d.aliases);
      mark(d.start, d.end, METHOD);
      continue;
    }
    put('dataset', slugify(d.label), d.label, dctx.proposedNames?.has(d.label) ? 'proposes' : 'evaluates_on', d.start, d.aliases);
    mark(d.start, d.end, DATASET);
  }
  // Methods and models outside the lexicons named as examples ("methods such as FlexMatch and FreeMatch", "models such
  // as MAR and FlowAR"), then named algorithms ("the LexRank algorithm", "the Muon optimizer").
  for (const m of [...findListedNames(dctx), ...findNamedAlgorithms(dctx)]) {
    if (m.model) others.push(m);
    put(m.model ? 'model' : 'method', slugify(m.label), m.label, 'uses', m.start, [m.label]);
    mark(m.start, m.end, m.model ? MODEL : METHOD);
  }
  // Techniques outside the lexicon listed beside known ones ("MemGPT, Generative Agents, Mem0, Zep, A-Mem, MemMachine,
  // SleepGate, and Second Me"); an item of another kind (a model, a data set read above) makes the list no such list.
  if (methodSpans.length > 0) {
    const otherKind = (a: number, b: number): boolean => others.some((o) => o.start < b && a < o.end) || spanTaken(a, b);
    for (const m of findMethodSiblings(dctx, methodSpans, otherKind)) {
      put('method', slugify(m.label), m.label, 'uses', m.start, [m.label]);
      mark(m.start, m.end, METHOD);
    }
  }

}

/**
 * Words that, glued before a technique by a hyphen, describe it rather than coin a name ("Non-RAG", "Multi-LoRA",
 * "Vanilla-RAG", "Sparse-MoE", "Online-DPO", "LLM-RAG"): the words no model name is made of (models.json
 * shapes.notNameWords) but a modality's, which coins techniques' names ("VideoRAG", "Visual-CoT", "Vision-RWKV"), and
 * describing words of techniques.
 */
const MODALITY_WORDS = new Set(['Text', 'Vision', 'Visual', 'Video', 'Audio', 'Speech', 'Image', 'Language', 'Reasoning', 'Agent', 'Reward']);
const NOT_COINED_WORDS = new Set([
  ...modelsLexicon.shapes.notNameWords.filter((word) => !MODALITY_WORDS.has(word)),
  ...'Semi Sub Anti Co Un De Re Hybrid Transformer Full Half Mini Tiny Large Small No Always Never Naive Deep Shallow Online Offline Iterative Federated Distributed Conditional Few Zero One Sample Token Spatio Temporal LMM LMMs VLA VLAs'.split(' '),
]);

/** A count or a size glued before a technique names a checkpoint or a setting: "7B-DPO", "8B-GRPO", "100K-SFT". */
const SIZE_WORD = /^\d+(?:\.\d+)?[KMBT]$/i;

/**
 * Start of the coined word, or two joined by a hyphen ("P-NS-" before ADMM), glued by a hyphen before a known
 * technique at [start0, end) ("Mix-" of "Mix-GRPO", "Ensemble-" of "Ensemble-DI-FGSM"), or -1. The word is capitalised
 * or starts with a digit ("1D-CNN"), is no describing word, size, maker ("NVIDIA-LoRA") or name a lexicon or the model
 * families know ("CNN-LSTM", "Muon-SGD" are two techniques; "SAM2-UNet", "GPT-CoT"), and the whole name ends there: not
 * a longer name's piece ("VideoRFT-CoT-102K", "Mix-GRPO-v2"), nor a long form whose short form follows in parentheses
 * ("Masquerade-LoRA (MasqLoRA)": the short form is the name), nor itself a short form defined in parentheses
 * ("Token-choice Mixture-of-Experts (TC-MoE)").
 */
function coinedPrefixStart(text: string, start0: number, end: number, notBefore: number): number {
  if (text.charCodeAt(start0 - 1) !== 45) return -1;
  // (a name of one word: a prefix glued to the first of several words is a compound word, "Criss-Cross Attention")
  for (let i = start0; i < end; i++) if (text.charCodeAt(i) === 32) return -1;
  // the prefix's letters and digits back to the word's start, over one more hyphen at most ("P-NS-ADMM")
  let start = start0 - 1;
  let hyphens = 0;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 45 && hyphens === 0 && start < start0 - 1) hyphens++;
    else if (!isAsciiAlnum(c)) break;
    start--;
  }
  if (start < notBefore) return -1;
  if (start > 0) {
    const c = text[start - 1]!;
    // a space, a quote, a slash between names, or a bracket that opens a list ("(Mix-GRPO, TempFlow-GRPO)"); not a
    // bracket around the name or a phrase, a short form's definition ("… (TC-MoE)", "… learning (FT-ICL gap)")
    if (c === '(' || c === '[') {
      if (!/^[^()[\]]*?(?:,|;|\/|\band\b|\bor\b)/.test(text.slice(end, end + 60))) return -1;
    } else if (!/[\s"“'‘/]/.test(c)) return -1;
  }
  const prefix = text.slice(start, start0 - 1);
  if (!/^[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)?$/.test(prefix)) return -1;
  for (const word of prefix.split('-'))
    if (NOT_COINED_WORDS.has(word) || /^[A-Z]+s$/.test(word) || SIZE_WORD.test(word) || isKnownEntity(word) || familyNamed(word) || isCreatorName(word)) return -1;
  // the name ends here: no capitalised piece, digit or version after a hyphen, no short form of it in parentheses
  const after = text.slice(end, end + 40);
  if (/^-(?:[A-Z0-9]|v\d)/.test(after)) return -1;
  const short = /^\s*\(([A-Z][A-Za-z0-9-]*)\)/.exec(after);
  if (short && abbreviates(short[1]!, text.slice(start, end))) return -1;
  return start;
}

/**
 * Are a short form's letters those of a name, in order and from its first ("MasqLoRA" of "Masquerade-LoRA", "Bi-TCN"
 * of "Bidirectional-TCN"; not "ICML" of "Mix-GRPO")?
 */
function abbreviates(short: string, name: string): boolean {
  const s = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (s.length < 2 || s[0] !== n[0]) return false;
  let i = 0;
  for (let j = 0; j < n.length && i < s.length; j++) if (n[j] === s[i]) i++;
  return i === s.length;
}

/** An acronym written in the plural: "LDMs", "GANs", "VQ-VAEs". */
const PLURAL_ACRONYM = /^[A-Z][A-Z0-9-]*[A-Z0-9]s$/;

/** A known name as written, without a plural's or a possessive's s the lexicon's label has not ("GCNs", "MoE's"). */
function singularOf(surface: string, entry: LexEntry): string {
  const bare = surface.replace(/(?:['’]s|s)$/, '');
  return bare !== surface && !/s$/i.test(entry.label) && METHODS.lookup(bare) === entry ? bare : surface;
}

/** The end of a network's name: a GAN, a Transformer, a BERT, a VAE ("ConSinGAN", "AsFormer", "FlexiBERT"). */
const ARCHITECTURE_END = /(?:GAN|[Ff]ormer|BERT|VAE)$/;

/**
 * A name no lexicon knows that ends as a network's does is no dataset, whatever rule or context read it as one ("the
 * ConSinGAN is used to generate … data", "on Trackformer"): it is kept as the technique it names, with the same
 * paper's relation to it (a proposal stays one; evaluated on it, it uses it).
 */
function architecturesAsMethods(drafts: Map<string, Draft>, put: Put): void {
  for (const [key, d] of drafts) {
    if (d.kind !== 'dataset' || !ARCHITECTURE_END.test(d.label) || DATASETS.lookup(d.label) !== undefined) continue;
    drafts.delete(key);
    put('method', d.slug, d.label, d.relation === 'evaluates_on' ? 'uses' : d.relation, d.at, [...d.aliases], d.model);
  }
}

/** "the SEA-LION family of LLMs", "our PE family of models", "the GigaChat family of Russian LLMs". */
const FAMILY_OF_MODELS =
  /\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s+([A-Z][\w.-]*[\w])\s+family\s+of\s+(?:[\w-]+\s+){0,4}?(?:models|LLMs|LMs|VLMs|MLLMs|language models|foundation models|checkpoints|detectors|encoders)\b/g;
/** A verb of making right before the family: the paper's own ("we introduce the AgenticQwen family of models"). */
const MADE_BEFORE = /\b(?:introduc|present|releas|propos|develop|train|pre-?train|open-?sourc|contribut)\w*\s+(?:the|a)\s+$/i;

/**
 * A name a paper writes as "the X family of … models" is a model family, whatever kind the other readings gave it
 * ("This paper introduces the GigaChat family of Russian LLMs" was a data set, "the SALAMANDRATA family of models" a
 * method); the paper's own after "our" or a verb of making right before it. Not a name a lexicon knows.
 */
function familiesOfModels(text: string, drafts: Map<string, Draft>, put: Put): void {
  FAMILY_OF_MODELS.lastIndex = 0;
  for (let m = FAMILY_OF_MODELS.exec(text); m; m = FAMILY_OF_MODELS.exec(text)) {
    const name = m[1]!;
    if (DATASETS.lookup(name) !== undefined || METHODS.lookup(name) !== undefined) continue;
    // (a family the lexicon knows is read by the model reader, which leaves "the Gemma family" after Gemma 3 to it)
    if (canonicalModel(name) !== null) continue;
    const slug = slugify(name);
    if ([...drafts.values()].some((d) => d.kind === 'model' && d.slug === slug)) continue;
    const at = m.index + m[0].indexOf(name);
    const own = /^[Oo]ur\b/.test(m[0]) || MADE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + 4));
    let relation: MentionRelation = own ? 'proposes' : 'uses';
    const aliases = new Set<string>([name]);
    for (const [key, d] of drafts) {
      if (d.slug !== slug || d.kind === 'model') continue;
      if (d.relation === 'proposes') relation = 'proposes';
      // the name read as another kind: that node goes, its spellings stay with the model; not the paper's own data
      // of that name ("CASS, the first … dataset and model suite … we train the CASS family of … models")
      if (d.kind === 'dataset' && d.relation === 'proposes') continue;
      for (const a of d.aliases) aliases.add(a);
      drafts.delete(key);
    }
    put('model', slug, name, relation, at, [...aliases], { family: name });
  }
}

/**
 * A data set read from a name the same paper defines as a technique or a task, or gives its own proposal, is that one:
 * "two CIR benchmarks" after "Composed Image Retrieval (CIR)", "the SSL dataset" after "self-supervised learning
 * (SSL)", "the GeoRoad Dataset" of "GeRoD"; a name written the same (ignoring case,
 * spaces and hyphens), whose technique node carries a long form (a bare name read both ways, "the FooMix algorithm" and
 * "the FooMix benchmark", is left as it is).
 */
function dataNamedAsTechnique(drafts: Map<string, Draft>): void {
  let names: Map<string, Draft> | undefined;
  for (const [key, d] of drafts) {
    if (d.kind !== 'dataset' || d.relation !== 'evaluates_on') continue;
    if (!names) {
      names = new Map();
      for (const o of drafts.values()) {
        if (o.kind === 'dataset' ? o.relation !== 'proposes' : o.relation !== 'proposes' && (o.kind !== 'method' || o.aliases.size < 2)) continue;
        for (const a of o.aliases) names.set(flat(a), o);
        names.set(flat(o.label), o);
      }
      if (names.size === 0) return;
    }
    let owner: Draft | undefined;
    for (const a of d.aliases) owner ??= names.get(flat(a));
    if (!owner || owner === d) continue;
    drafts.delete(key);
    if (owner.relation === 'proposes') for (const a of d.aliases) owner.aliases.add(a);
  }
}

/**
 * A data set named in words right before another's name in parentheses is that other one, whatever the letters: "the
 * WBC Attribute Dataset (WBCAtt)", "Cubify Anything VQA (CA-VQA)", "the German General Social Survey (ALLBUS)" (65
 * corpus papers had both nodes, the words often only a piece of the long form: "One Benchmark (MMAO-Bench)"). Words
 * only: a known data set's name before a variant's is that base ("MMLU (TR-MMLU)" of "Turkish MMLU"), and stays; so
 * does a shared task before its data ("SemEval-2025 Task 8 (DataBench)").
 */
const SHARED_TASK = /\bSemEval\b|\bTask \d/;
function dataNamedBeforeItsShortName(text: string, drafts: Map<string, Draft>): void {
  let data: [string, Draft][] | undefined;
  for (const [key, words] of drafts) {
    if (words.kind !== 'dataset' || DATASETS.lookup(words.label) !== undefined || SHARED_TASK.test(words.label)) continue;
    data ??= [...drafts].filter(([, d]) => d.kind === 'dataset');
    if (data.length < 2) return;
    let short: [string, Draft] | undefined;
    for (const alias of words.aliases) {
      if (!alias.includes(' ')) continue;
      for (const other of data) {
        if (other[1] === words || !drafts.has(other[0])) continue;
        if (text.includes(`${alias} (${other[1].label})`) || [...other[1].aliases].some((a) => text.includes(`${alias} (${a})`))) short = other;
      }
    }
    if (!short) continue;
    mergeDataDraft(drafts, key, words, short[0], short[1]);
  }
}

/**
 * Folds the data set `drop` (under `dropKey`) into `keep` (under `keepKey`): one node with the spellings of both, a
 * proposal when either was one. Returns the key `keep` is under now.
 */
function mergeDataDraft(drafts: Map<string, Draft>, dropKey: string, drop: Draft, keepKey: string, keep: Draft): string {
  drafts.delete(dropKey);
  for (const a of drop.aliases) keep.aliases.add(a);
  keep.at = Math.min(keep.at, drop.at);
  if (drop.relation !== 'proposes' || keep.relation === 'proposes') return keepKey;
  drafts.delete(keepKey);
  keep.relation = 'proposes';
  const key = `dataset\u0000${keep.slug}\u0000proposes`;
  drafts.set(key, keep);
  return key;
}

/** A data set's name with its head noun: "AnnoPage Dataset", "CoP Benchmark", "Tarab Corpus", "VFD Bench". */
const HEADED_DATA = /^(.+) (?:[Dd]ataset|[Bb]enchmark|[Cc]orpus|Suite|Database|Set|Challenge|Bench)$/;
/** A coined name: a digit or a capital after its first letter ("MOSEv1", "PortraitCraft"; not "Fall Detection"). */
const COINED_LABEL = /^\S*(?:\d|[A-Za-z][A-Z])\S*$/;

/**
 * One data set, not two, when a paper writes its name both with and without its head noun ("we introduce the AnnoPage
 * Dataset … on AnnoPage"; 30 corpus papers had both nodes), or with two heads ("the Tarab Corpus", "the Tarab
 * Dataset"): the node the paper proposes, else the bare name when it is coined ("MOSEv1" for "the MOSEv1 Challenge"),
 * else the name with its head ("Fall Detection Dataset"). A name with its head that begins another's long form is
 * that other one.
 */
function oneNodePerHeadedData(drafts: Map<string, Draft>): void {
  let byLabel: Map<string, [string, Draft]> | undefined;
  for (const [key, headed] of drafts) {
    if (headed.kind !== 'dataset') continue;
    const m = HEADED_DATA.exec(headed.label);
    if (!m) continue;
    if (!byLabel) {
      byLabel = new Map();
      for (const [k, d] of drafts) if (d.kind === 'dataset' && !byLabel.has(d.label)) byLabel.set(d.label, [k, d]);
    }
    const bare = byLabel.get(m[1]!);
    // (with no bare node, the first name with a head stands for it: "the Tarab Corpus" and "the Tarab Dataset" are one)
    if (!bare) byLabel.set(m[1]!, [key, headed]);
    if (!bare || bare[1] === headed) continue;
    const [bareKey, bareDraft] = bare;
    // (the node kept proposes whenever one of the two does: relations differ only so)
    const keepBare = headed.relation === bareDraft.relation ? COINED_LABEL.test(bareDraft.label) : bareDraft.relation === 'proposes';
    const [keep, keepKey, drop, dropKey] = keepBare ? [bareDraft, bareKey, headed, key] : [headed, key, bareDraft, bareKey];
    mergeDataDraft(drafts, dropKey, drop, keepKey, keep);
    // (the bare name now stands for the node kept, so a third spelling joins it: "Tarab", "Tarab Corpus", "Tarab Dataset")
    byLabel.set(m[1]!, [keepKey, keep]);
  }
  // (and a name with its head that only begins another's long form is that one: "the Temporal Anachronism Benchmark"
  // of "the Temporal Anachronism Benchmark for Vision-Language Models (TAB-VLM)", "Bias Benchmark" of BBQ's)
  for (const [key, headed] of drafts) {
    if (headed.kind !== 'dataset' || !HEADED_DATA.test(headed.label)) continue;
    const lead = `${headed.label} `;
    for (const [otherKey, other] of drafts) {
      if (other === headed || other.kind !== 'dataset') continue;
      let longer = false;
      for (const a of other.aliases) if (a.startsWith(lead) && LONG_FORM_GOES_ON.test(a.slice(lead.length))) longer = true;
      if (!longer) continue;
      mergeDataDraft(drafts, key, headed, otherKey, other);
      break;
    }
  }
}

/** What goes on after a head noun in a long form: "… Benchmark for QA", "… Dataset with Correspondences". */
const LONG_FORM_GOES_ON = /^(?:for|of|in|under|with|on|from|to) /;

/** A noun after a name that makes it software the work runs in ("the CARLA simulator", "the Unity game engine"). */
// (not "simulation benchmarks" or "simulation results", which name data: "the LIBERO and RoboCasa simulation benchmarks")
const SOFTWARE_AFTER = /^\s+(?:(?:physics|game|rendering|driving)\s+)?(?:simulators?|simulations?(?!\s+(?:benchmarks?|datasets?|suites?|results|tasks|experiments))|engine|emulators?)\b/;
/** A noun after a name that makes it the name of the people who wrote the paper or entered a task ("the RaaVa team"). */
// (the noun ending the phrase: not "MuSR team allocation", a task of the data)
// (one team: "RoboCup teams" are players of the data's games)
const TEAM_AFTER = /^\s+[Tt]eam(?=\s*[,.;:)]|\s+(?:to|at|in|for|from|of|and|has|had|was|were|is|are|participated|ranked|submitted|won|achieved|placed|secured)\b)/;
/** The same name opening the title before the task it entered: "ATLANTIS at SemEval-2025 Task 3: …", "X @ NTIRE 2026". */
const ENTERED_AFTER = /^\s+(?:at|@)\s+[A-Z]/;

/**
 * A name the paper writes only as a simulator or an engine is software, not data ("evaluate in the CARLA simulator",
 * "in CARLA simulation"; readers list none of them as a data set): dropped, unless the paper makes it. So is a team's
 * name, "the contributions of the ATLANTIS team to SemEval-2025 Task 3", also when the title opens with it before the task
 * ("ATLANTIS at SemEval-2025 Task 3: …"; no reader lists one as data).
 */
function softwareNotData(text: string, drafts: Map<string, Draft>): void {
  for (const [key, d] of drafts) {
    if (d.kind !== 'dataset' || d.relation !== 'evaluates_on') continue;
    let software = false;
    let other = false;
    for (const name of d.aliases) {
      for (let q = text.indexOf(name); q >= 0 && !other; q = text.indexOf(name, q + name.length)) {
        if (isNameChar(text.charCodeAt(q + name.length)) || (q > 0 && isNameChar(text.charCodeAt(q - 1)))) continue;
        const after = text.slice(q + name.length, q + name.length + 32);
        if (SOFTWARE_AFTER.test(after) || TEAM_AFTER.test(after) || (q === 0 && ENTERED_AFTER.test(after))) software = true;
        else other = true;
      }
    }
    if (software && !other) drafts.delete(key);
  }
}

/** A first-person subject and the last verb of making after it in a sentence, up to what follows. */
const MAKER_VERB = /\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study|article)|[Hh]ere)\b[^.;]*\b(?:introduc|propos|present|construct|buil[dt]|releas|curat|creat|develop|collect|contribut|compil|assembl|nam|call)\w*/;
/** Words between that verb and the definition that make the data a source or a comparison, not what is made. */
const SOURCE_BETWEEN = /\b(?:on|from|using|of|with|than|over|via|adapting|adapt|extending|extend|based|upon|existing|public|prior|previous|by|following|against|across)\b/;

/**
 * Does the paper make the data a definition names: defined in the title, a title opening with its short form, or a
 * sentence whose first-person verb of making governs it ("this study presents a … dataset called the Urdu Katib
 * Handwritten Dataset (UKHD)", "on our curated Alignment Drift Benchmark (ADB)"; not "We build on the Mechanistic
 * Interpretability Benchmark (MIB)", "we propose two benchmarks by adapting the Moral Integrity Corpus (MIC)")?
 */
function madeByPaper(text: string, titleEnd: number, d: AcronymDef): boolean {
  if (d.start < titleEnd) return true;
  const title = text.slice(0, titleEnd);
  if (title.startsWith(d.short) && /^\s*:/.test(title.slice(d.short.length))) return true;
  const lead = text.slice(Math.max(titleEnd, text.lastIndexOf('. ', d.start) + 1), d.start);
  const verb = MAKER_VERB.exec(lead);
  return verb !== null && !SOURCE_BETWEEN.test(lead.slice(verb.index + verb[0].length));
}

/** A data noun right after an acronym definition: " dataset", " benchmarks", " corpus". */
const DATA_AFTER = /^\s+(?:[Dd]ata ?[Ss]ets?|[Bb]enchmarks?|[Cc]orpus|[Cc]orpora)(?![A-Za-z])/;

/**
 * Does a definition name a dataset by its data noun: "the Multi-Hop Clinical Reasoning (MHCR) dataset", "the Autism
 * Gaze Target (AGT) dataset"? Only a long form written as a title (every word capitalised but function words: a lower
 * case one names a task, "visual question answering (VQA) dataset") whose initials spell the short form, and a short
 * form the corpus does not use as a task's.
 */
function namesDataByDefinition(text: string, d: AcronymDef, defs: readonly AcronymDef[]): boolean {
  // (a short form first names data by the noun after its parenthesis only: "the T4SA (Twitter for Sentiment
  // Analysis) dataset")
  // (a "Bench" long form is read either way: "the PSB (Proactive Safety Bench) benchmark")
  const headInside = DATA_HEAD_ENDS_LONG_FORM.exec(d.long);
  if (d.reversed && headInside !== null && headInside[2] !== 'Bench') return false;
  if (RIG_BENCH.test(d.long)) return false;
  // (singular: "four Individual Emotion Recognition (IER) benchmarks" are a task's; up to two lower-case words may
  // say what it holds: "a Multi-Modal Face-to-Face (MM-F2F) human conversation dataset"); or the head ends the long
  // form, with or without its year: "the Guava Fruit Disease Dataset 2024 (GFDD24)", "the Tiny Fruit Detection
  // Benchmark (TFD)"
  // (plural only after a data set's definition it is listed with: "the Microsoft Research Video Description Corpus
  // (MSVD), and Berkeley DeepDrive eXplanation (BDD-X) datasets" names two; "Automatic Speech Recognition (ASR) and
  // Text-to-Text Translation (T2TT) datasets" two tasks' data)
  // (or set off by a comma after a data noun, where the acronym reader's pairing is enough: "a newly introduced
  // dataset, Personal Concepts with Visual Ambiguity (PerVA)")
  const apposed = !headInside && apposedToDataNoun(text, d);
  if (!headInside && !DATA_NOUN_AFTER_DEFINITION.test(text.slice(d.end, d.end + 40)) && !listedAfterDataDefinition(text, d, defs) && !apposed) return false;
  // (title case; a word may open with a lower-case letter before its capital: "eXplanation")
  if (!d.long.split(' ').every((w) => /^(?:[A-Z0-9]|[a-z][A-Z])/.test(w) || TITLE_FUNCTION_WORDS.has(w))) return false;
  const spelled =
    initialsSpell(d.short, d.long) ||
    (headInside !== null && (initialsSpell(d.short, headInside[1]! + ' ' + headInside[2]!) || initialsSpell(d.short, headInside[1]!) || spelledBeforeHead(d.short, headInside[1]!, headInside[2]!)));
  if (!spelled && !apposed) return false;
  // A task's short form is written in many papers, rarely as data ("the Visual Question Answering (VQA) dataset",
  // "Knowledge Graph Question Answering (KGQA)": 644 and 49 corpus papers, 1 in 8 or fewer as a dataset); a dataset's
  // in few, or mostly as one (DGM4: 4 of 6).
  return !taskLikeShortForm(d.short);
}

/** A data noun and a comma right before a definition: "a newly introduced dataset, ", "two benchmarks, namely ". */
const DATA_NOUN_THEN_COMMA = /\b(?:[Dd]ata ?[Ss]ets?|[Bb]enchmarks?|[Cc]orpus|[Cc]orpora)\s*,\s+(?:(?:the|namely|i\.e\.,?)\s+)?$/;
/** The data noun ending a phrase that opens the clause, not an apposition's head: "In both datasets, Regions of …". */
const DATA_NOUN_IN_OPENING = /(?:^|[.;:!?]\s+|\n)(?:[Ii]n|[Oo]n|[Aa]cross|[Ff]or|[Oo]ver|[Ff]rom|[Ww]ith|[Ww]ithin|[Aa]mong)\s+(?:\S+\s+){0,4}?(?:data ?sets?|benchmarks?|corpus|corpora)\s*,\s+$/i;
/** What may follow such an apposition's parenthesis: its end, or the next item ("(RefAVS) and Reasoning Video …"). */
const APPOSITION_END_AFTER = /^\s*(?:[,.;:)]|(?:and|which|for|as|with|that|to|from|containing|comprising|covering)\b|$)/;
/** Long forms' last words that name a measure, not data: "Tree-Edit Distance Similarity (TEDS)". */
const MEASURE_END = new Set(['score', 'scores', 'similarity', 'rate', 'error', 'accuracy', 'distance', 'index', 'metric', 'measure']);

/**
 * Is `d` set off by a comma after a data noun, as the data it names ("a newly introduced dataset, Personal Concepts
 * with Visual Ambiguity (PerVA), for …", "two benchmarks, namely Referring Audio-Visual Segmentation (RefAVS) and …")?
 * Not where the phrase goes on ("extensive datasets, Machine Learning (ML) models"), nor a technique's or a measure's
 * long form ("benchmarks, Deep Neural Networks (DNNs) still fall short").
 */
function apposedToDataNoun(text: string, d: AcronymDef): boolean {
  const before = text.slice(Math.max(0, d.start - 60), d.start);
  if (d.reversed || !DATA_NOUN_THEN_COMMA.test(before) || DATA_NOUN_IN_OPENING.test(before)) return false;
  if (!APPOSITION_END_AFTER.test(text.slice(d.end, d.end + 16))) return false;
  const last = d.long.slice(d.long.lastIndexOf(' ') + 1).toLowerCase();
  return !MEASURE_END.has(last) && !isMethodLongForm(d.long);
}

/** Is `d` listed right after the definition of a data set ("… Corpus (MSVD), and"), a plural data noun after it? */
function listedAfterDataDefinition(text: string, d: AcronymDef, defs: readonly AcronymDef[]): boolean {
  const before = LISTED_DEFINITION_BEFORE.exec(text.slice(Math.max(0, d.start - 8), d.start));
  if (!before || !PLURAL_DATA_NOUN_AFTER.test(text.slice(d.end, d.end + 12))) return false;
  // (nor a task's name in the list: "… (MSVD) and Dense Video Captioning (DVC) datasets")
  const last = d.long.slice(d.long.lastIndexOf(' ') + 1).toLowerCase();
  if (TASK_END.has(last)) return false;
  const previous = defs.find((other) => other.end === d.start - before[0].length + 1);
  return previous !== undefined && (DATA_HEAD_ENDS_LONG_FORM.test(previous.long) || DATASETS.lookup(previous.short) !== undefined);
}

/** Is a short form written in more than 8 corpus papers, under a quarter of them as a dataset (a task's or a field's)? */
function taskLikeShortForm(short: string): boolean {
  const stats = shippedStats(nameKey(short));
  return stats !== undefined && stats[STAT.df]! > 8 && stats[STAT.dataset]! * 4 < stats[STAT.df]!;
}

/** The noun of an algorithm's name right after a known method ("Sinkhorn algorithm"). */
const ALGORITHM_AFTER = /^ algorithm(?![A-Za-z])/;

/**
 * Does a short form that ends in the long form's data noun keep the other words' initials before it, in order, from
 * its first letter ("Proactive Safety Bench (PaSBench)", "Open Knowledge Bench (OKBench)")?
 */
function spelledBeforeHead(short: string, words: string, head: string): boolean {
  if (short.length <= head.length || !short.toLowerCase().endsWith(head.toLowerCase())) return false;
  const stem = short.slice(0, -head.length).replace(/-$/, '');
  return stem.length >= 2 && initialsInShort(stem, words.toLowerCase());
}

/** A long form that ends with its data noun, and maybe a year: the words before it, the noun. */
const DATA_HEAD_ENDS_LONG_FORM = /^(.+?)\s+(Dataset|Benchmark|Bench|Corpus|Data Set)(?:\s+(?:19|20)\d{2})?$/;
const DATA_NOUN_AFTER_DEFINITION = /^\s+(?:(?!(?:to|and|or|of|for|in|on|as|is|are|with|from|by)\s)[a-z][a-z-]*\s+){0,2}(?:[Dd]ata ?[Ss]et|[Bb]enchmark|[Cc]orpus|[Dd]atabase)(?![A-Za-z])/;
/** A definition's parenthesis closing a list item right before another definition: "(MSVD), and ", "(MSVD) and ". */
const LISTED_DEFINITION_BEFORE = /\)(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** A plural data noun right after a definition's parenthesis. */
const PLURAL_DATA_NOUN_AFTER = /^\s+(?:[Dd]ata ?[Ss]ets|[Bb]enchmarks|[Cc]orpora)\b/;
const TITLE_FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'with', 'in', 'on', 'to', 'from', 'via', 'a', 'an', 'by', 'at']);

/**
 * A definition whose long form opens a sentence with its only capital, read as written mid-sentence: "Simultaneous
 * speech translation (SST) generates …" defines a task as "simultaneous speech translation (SST)" does.
 */
function sentenceCased(text: string, d: AcronymDef): AcronymDef {
  if (d.reversed || !/^[A-Z][^A-Z]*$/.test(d.long) || !opensSentence(text, d.start)) return d;
  return { ...d, long: d.long[0]!.toLowerCase() + d.long.slice(1) };
}

/**
 * The acronym definitions: a known dataset or method defined by the paper gets the pair as aliases, an unknown
 * technique becomes a method keyed by its long form. Returns the node each such short form names.
 */
function addDefinitions(text: string, titleEnd: number, defs: readonly AcronymDef[], drafts: Map<string, Draft>, put: Put, mark: Mark): Map<string, { kind: EntityKind; slug: string }> {
  const acronymSlug = new Map<string, { kind: EntityKind; slug: string }>();
  for (const d of defs) {
    if (NOT_METHODS.has(d.short) || NOT_METHODS.has(withoutFinal(d.short, 's'))) continue;
    if (canonicalModel(d.short) || canonicalModel(d.long)) continue;
    // a version-needing family defined by its own long form in a paper of its topic is the model, not a technique
    // ("GPT (Generative Pre-trained Transformers)")
    const family = familyDefinedByTopic(text, d.short, d.long);
    if (family) {
      put('model', family.slug, family.label, 'uses', d.start, [d.short, d.long], family.model);
      mark(d.start, d.end, MODEL);
      continue;
    }
    if (namesVenue(d.long)) continue;
    const meLong = METHODS.lookup(d.long);
    // a technique by its head word ("… Quantization (PTQ)") or by its initials and context (acronyms.ts); not a known
    // dataset the text calls one ("the Detecting and Grounding Multi-Modal Media Manipulation (DGM4) dataset")
    const qualified = qualifiedTechnique(d.long) !== undefined;
    const technique = (isMethodLongForm(d.long) || namesTechnique(text, d) || qualified || namedModelLongForm(d.long, text, d.start)) && !(DATA_AFTER.test(text.slice(d.end, d.end + 12)) && DATASETS.lookup(d.short) !== undefined);
    // (read only for a short form that is a known dataset: it changes nothing for any other)
    const redefined = !meLong && !technique && DATASETS.lookup(d.short) !== undefined && redefinesBenchmark(sentenceCased(text, d));
    if (meLong || technique || redefined) {
      // "Grouped Query Attention (GQA)" is the method, not the GQA dataset; "medical question answering (MedQA)" the
      // task, not the MedQA benchmark (acronyms.ts → redefinesBenchmark)
      const dsShort = DATASETS.lookup(d.short);
      if (dsShort && !DATASETS.lookup(d.long)) drafts.delete(`dataset\u0000${dsShort.slug}\u0000evaluates_on`);
    }
    // (nor a known technique's variant: "corrective retrieval-augmented generation (CRAG)" is no CRAG benchmark)
    const ds = DATASETS.lookup(d.long) ?? (meLong || redefined || qualified || technique ? undefined : DATASETS.lookup(d.short));
    if (ds) {
      put('dataset', ds.slug, ds.label, 'evaluates_on', d.start, [d.short, d.long]);
      mark(d.start, d.end, DATASET);
      continue;
    }
    if (namesDataByDefinition(text, d, defs) && !meLong && !METHODS.lookup(d.short)) {
      // the dataset heads' rule leaves a defined short form to this pass (datasets.ts → hasLongForm)
      // (the paper's own when the paper makes it, "this study presents … the Urdu Katib Handwritten Dataset (UKHD)":
      // ownDefinedData, after the proposals)
      const slug = slugify(d.short);
      put('dataset', slug, d.short, 'evaluates_on', d.start, [d.short, d.long]);
      mark(d.start, d.end, DATASET);
      acronymSlug.set(d.short, { kind: 'dataset', slug });
      continue;
    }
    // a known acronym the paper defines as something else ("Prompt-Guided Distillation (PGD)") is not the known
    // technique here, not even where the paper writes it bare (acronyms.ts → resemblesLongForm)
    const meShort = meLong ? undefined : METHODS.lookup(d.short);
    const redefinedMethod = meShort !== undefined && spellsShortForm(d.short, d.long) && !resemblesLongForm(d.long, meShort.aliases);
    if (redefinedMethod) drafts.delete(`method\u0000${meShort.slug}\u0000uses`);
    const me = meLong ?? (redefinedMethod ? undefined : meShort);
    if (me) {
      put('method', me.slug, me.label, 'uses', d.start, [d.short, d.long]);
      mark(d.start, d.end, METHOD);
      acronymSlug.set(d.short, { kind: 'method', slug: me.slug });
      continue;
    }
    if (technique) {
      const slug = slugify(d.long);
      put('method', slug, d.long, 'uses', d.start, [d.short, d.long]);
      mark(d.start, d.end, METHOD);
      acronymSlug.set(d.short, { kind: 'method', slug });
    }
  }

  return acronymSlug;
}

/** A dataset reading by a head noun after the name ("TGIF2 dataset", "the X benchmark"), not by its shape alone. */
const DATA_HEAD_ALIAS = /\s(?:dataset|benchmark|corpus|data set)s?$/i;

/** Tails that make a name a model or a technique, whatever it is named after. */
const MODEL_OR_METHOD_TAIL = /^(?:R\d+|Zero|Net|Encoder|Decoder|Align|Aligner|Pipeline|MAE|M2F|Former|GPT|LLM|VLM|MLLM|Agent|Model|Chat|Instruct|\d+(?:\.\d+)?[BM]|[0-9]+(?:\.[0-9]+)?)$/i;

/**
 * A dataset the acronym definitions read (namesDataByDefinition) that no proposal took and that the paper makes
 * (madeByPaper: "this study presents … the Urdu Katib Handwritten Dataset (UKHD)") is the paper's own.
 */
function ownDefinedData(text: string, titleEnd: number, defs: readonly AcronymDef[], acronymSlug: ReadonlyMap<string, { kind: EntityKind; slug: string }>, drafts: Map<string, Draft>): void {
  for (const d of defs) {
    const a = acronymSlug.get(d.short);
    if (!a || a.kind !== 'dataset') continue;
    const key = `dataset\u0000${a.slug}\u0000evaluates_on`;
    const draft = drafts.get(key);
    if (!draft || drafts.has(`dataset\u0000${a.slug}\u0000proposes`) || !madeByPaper(text, titleEnd, d)) continue;
    // (unless a proposal holds the name already, under its long form's key)
    let proposed = false;
    for (const other of drafts.values()) if (other.relation === 'proposes' && (other.label === d.short || other.aliases.has(d.short))) proposed = true;
    if (proposed) continue;
    drafts.delete(key);
    drafts.set(`dataset\u0000${a.slug}\u0000proposes`, { ...draft, relation: 'proposes' });
  }
}

/** Does some occurrence of `name` have, in the `width` characters after it, what `after` looks for? */
function writtenWith(text: string, name: string, width: number, after: (tail: string) => boolean): boolean {
  for (let q = text.indexOf(name); q >= 0; q = text.indexOf(name, q + name.length)) if (after(text.slice(q + name.length, q + name.length + width))) return true;
  return false;
}

/** Does an apposition give `name` a head that is no data ("KITTI-360-Fusion, a camera-LiDAR fusion method")? */
function appositionNamesNonData(text: string, name: string): boolean {
  return writtenWith(text, name, 100, (tail) => {
    const ap = APPOSITION_HEAD.exec(tail);
    return ap !== null && !DATA_HEAD_WORDS.test(ap[1]!);
  });
}
/** An apposition's words up to its head noun. */
const APPOSITION_HEAD = /^(?:\s*,|\s+is)\s+(?:a|an)\s+((?:[\w-]+,?\s+){0,5}?(?:method|technique|approach|framework|model|system|agent|pipeline|algorithm|network|architecture|strategy|tool|toolkit|dataset|benchmark|corpus|suite|collection|set)s?)\b/;
const DATA_HEAD_WORDS = /\b(?:dataset|benchmark|corpus|suite|collection|set)s?$/;

/** Is `name` a dataset of the paper's drafts with a hyphenated tail ("PFED5-plus" after "the PFED5 dataset")? */
function extendsDataset(name: string, drafts: ReadonlyMap<string, Draft>): boolean {
  const dash = name.lastIndexOf('-');
  // (not a tail that names a model or a technique built on the data: "RAIDEN-R1", "FloraSyntropy-Net", "RACE-Align")
  if (dash <= 0 || MODEL_OR_METHOD_TAIL.test(name.slice(dash + 1))) return false;
  const base = name.slice(0, dash);
  for (const d of drafts.values()) if (d.kind === 'dataset' && d.relation !== 'proposes' && (d.label === base || d.aliases.has(base))) return true;
  return false;
}

/**
 * The initials of a title-case name of two words or more when the text writes them alone as a word of three capitals
 * or more ("Group Relative Attention Guidance" … "GRAG", "Wide-In, Narrow-Out" … "WINO"), else null.
 */
function initialsWrittenAlone(text: string, name: string): string | null {
  const words = name.split(/,?\s+/);
  if (words.length < 2) return null;
  let byWord = '';
  let byPiece = '';
  for (const w of words) {
    if (TITLE_FUNCTION_WORDS.has(w)) continue; // ("Diff-Instruct with Diffused Reward")
    if (!/^[A-Z]/.test(w)) return null;
    byWord += w[0];
    for (const piece of w.split('-')) if (/^[A-Z]/.test(piece)) byPiece += piece[0];
  }
  for (const initials of byWord === byPiece ? [byWord] : [byWord, byPiece]) {
    if (initials.length < 3) continue;
    for (let q = text.indexOf(initials); q >= 0; q = text.indexOf(initials, q + 1)) {
      const before = q > 0 ? text.charCodeAt(q - 1) : 32;
      const after = q + initials.length < text.length ? text.charCodeAt(q + initials.length) : 32;
      if (!isNameChar(before) && !isNameChar(after)) return initials;
    }
  }
  return null;
}

/** A letter, a digit, a hyphen or an underscore: what continues a name. */
function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

/** An apposition that calls a name a technique: ", a simple … post-hoc technique", " is a novel method". */
const TECHNIQUE_APPOSITION = /^(?:\s*,|\s+is)\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,5}?(?:method|technique|approach|algorithm|strategy|loss|mechanism|regularizer|regulariser)\b/;

/** Does the text write `name` with an apposition that calls it a technique? */
function appositionNamesTechnique(text: string, name: string): boolean {
  return writtenWith(text, name, 90, (tail) => TECHNIQUE_APPOSITION.test(tail));
}

/**
 * The subtitle after a title's name and colon, to the title's end (the line break before the abstract): "OSCAR:
 * One-Step Diffusion Codec Across Multiple Bit-rates".
 */
const TITLE_NAME_COLON = /:\s+([^\n]*)/y;
/** Words of a subtitle that say the work is data or its evaluation ("A … Benchmark for …", "Evaluating …"). */
const SUBTITLE_DATA_WORD = /\b(?:[Bb]ench\w*|[Dd]ata ?[Ss]ets?|[Cc]orpus|[Cc]orpora|[Ss]uites?|[Cc]ollections?|[Cc]hallenges?|[Ll]eaderboards?|[Aa]renas?|[Dd]atabases?|[Tt]estbeds?|[Ee]valuat\w*|[Mm]easur\w*|[Aa]ssess\w*|[Aa]tlas)\b|\b[Dd]ata(?=\s*$|\s+(?:for|of|from|with|in|on|and)\b)/;

/**
 * Does the paper's title give `name` a subtitle that names no data ("OSCAR: Orthogonal Stochastic Control for …",
 * "Kinetics: Rethinking Test-Time Scaling Laws", "DOTA: Deformable Optimized Transformer Architecture for …")? Then a
 * known data set's name is the paper's own technique; a data set's title says what data it is ("MTBench: A Multimodal
 * Time Series Benchmark …", "TerraMesh: A Planetary Mosaic of … Earth Observation Data").
 */
function titleNamesNoData(text: string, name: string): boolean {
  if (!text.startsWith(name)) return false;
  TITLE_NAME_COLON.lastIndex = name.length;
  const sub = TITLE_NAME_COLON.exec(text);
  return sub !== null && !SUBTITLE_DATA_WORD.test(sub[1]!);
}

/** A coined name whose plural the paper may write too: a capital after its first letter, no digit or symbol at its end. */
const PLURAL_FOLDED_NAME = /^[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*[a-z]$/;

/** The paper's own proposals, each replacing any "uses" reading of its name. */
function addProposals(
  text: string,
  lower: string,
  proposals: ReturnType<typeof findProposals>,
  acronymSlug: ReadonlyMap<string, { kind: EntityKind; slug: string }>,
  drafts: Map<string, Draft>,
  put: Put,
  mark: Mark,
): void {
  // a proposal named in the singular and in the plural ("PuzzlePoles: Cylindrical Fiducial Markers …" then "We introduce
  // the PuzzlePole, a new type of fiducial markers") is one thing: one node, keyed by the singular, both numbers its
  // aliases, named as the text first writes it (the title's form when the title has one); of one kind only
  // ("SafeCodes, a benchmark" and "SafeCode, a model" are two)
  const pluralOf = new Map<(typeof proposals)[number], (typeof proposals)[number]>();
  for (const q of proposals) {
    const single = q.name.endsWith('s') ? proposals.find((r) => r.name === q.name.slice(0, -1) && r.long === undefined && r.kind === q.kind) : undefined;
    if (single !== undefined && q.long === undefined && PLURAL_FOLDED_NAME.test(single.name)) pluralOf.set(single, q);
  }
  const folded = new Set([...pluralOf.values()].map((q) => q.name));
  for (const given of proposals) {
    if (folded.has(given.name)) continue;
    // a proposal named by words whose initials the text then writes alone is known by those ("we propose Group
    // Relative Attention Guidance, a …" then "GRAG can be integrated …"): the short form, with the words as its long form
    // (not initials a lexicon knows, "Group Robust Policy Optimization" beside "GRPO"; and a name another reading
    // proposes already, without a long form, keys this one too, "NAT: Neural Acoustic Transfer …": one node)
    let short = given.long === undefined ? initialsWrittenAlone(text, given.name) : null;
    if (short && isKnownEntity(short)) short = null;
    const sameAsOther = short !== null && proposals.some((q) => q !== given && q.name === short && q.long === undefined);
    const p = short ? { ...given, name: short, long: given.name } : given;
    let kind = p.kind;
    let slug = sameAsOther ? slugify(p.name) : slugify(p.long ?? p.name);
    let label = p.name;
    let model: ModelInfo | undefined;
    const cm = proposalFamily(p);
    if (cm) {
      kind = 'model';
      slug = cm.slug;
      label = cm.label;
      model = cm.model;
    } else {
      // (a known dataset's name the paper gives its own technique stays the technique: "We introduce DAVIS, a simple
      // and broadly applicable post-hoc technique" is no DAVIS video benchmark; nor is one the paper defines by a long
      // form of its own that names no data, "We propose BRACS (Barrier-Regulated Adaptive Closed-form Steering)", nor a
      // technique or model its title gives a subtitle naming no data, "OSCAR: One-Step Diffusion Codec …")
      const ds = DATASETS.lookup(p.name);
      if (ds && !((kind === 'method' && (appositionNamesTechnique(text, p.name) || (p.long !== undefined && DATASETS.lookup(p.long) === undefined))) || (kind !== 'dataset' && titleNamesNoData(text, p.name)))) {
        kind = 'dataset';
        slug = ds.slug;
        label = ds.label;
      } else if (kind === 'method' && acronymSlug.get(p.name)?.kind === 'dataset') {
        // a proposal the definitions read as data is that data ("we present the Urdu Katib Handwritten Dataset (UKHD)")
        kind = 'dataset';
        slug = proposalSlug({ ...p, kind }, slug);
      } else if (kind === 'method' && extendsDataset(p.name, drafts) && !appositionNamesNonData(text, p.name)) {
        // a proposal named after data the paper reads, with a tail, extends that data ("we further extend the PFED5
        // dataset with … descriptions and construct PFED5-plus")
        kind = 'dataset';
        slug = proposalSlug({ ...p, kind }, slug);
      } else if (kind === 'dataset') {
        // a benchmark is cited by its name: a coined one ("SRBench", not "MMR") is keyed by it, not by its long form,
        // so the papers that evaluate on it meet the paper that proposes it in one node (proposals.ts → proposalSlug)
        slug = proposalSlug(p, slug);
      } else if (kind === 'model') {
        const sz = /^(.*?)-(\d+(?:\.\d+)?[BM])$/.exec(p.name);
        model = sz ? { family: sz[1]!, size: sz[2]! } : { family: p.name };
      } else if (kind === 'method' && (/\d$/.test(p.name) || /^\s+model\b/.test(text.slice(p.at + p.name.length, p.at + p.name.length + 8))) && drafts.get(`model\u0000${slug}\u0000uses`)?.model) {
        // a versioned name the model rules read as a model here ("We present Ovis2.5, a successor to Ovis2 …" with
        // "Ovis2.5-9B" later) is a model line: better evidence than the method a proposal's kind falls back to (an
        // unversioned framework name that also names its checkpoints, "AgenTracer" and "AgenTracer-8B", stays one); so is
        // one the text calls a model right after the name ("we developed the Qwen-Image-SciIR model")
        kind = 'model';
        model = drafts.get(`model\u0000${slug}\u0000uses`)!.model;
      } else {
        const known = acronymSlug.get(p.name);
        const entry = kind === 'method' && p.long === undefined && !known ? METHODS.lookup(p.name) : undefined;
        if (known && known.kind === kind) slug = known.slug;
        else if (entry) {
          // a name the methods lexicon folds into an entry ("FlashAttention-3" is FlashAttention) is proposed as that
          // entry, the node every paper using the name links to: not a second node beside it
          slug = entry.slug;
          label = entry.label;
        }
      }
    }
    // a proposal replaces any "uses" reading of the same name: by its slug, its long form's or its short name's
    const pluralProposal = pluralOf.get(given);
    const plural = pluralProposal?.name;
    const aliases = p.long ? [p.name, p.long] : plural !== undefined ? [p.name, plural] : [p.name];
    const otherSlugs = [slugify(p.name), p.long ? slugify(p.long) : '', plural !== undefined ? slugify(plural) : ''].filter((s) => s && s !== slug);
    // (one pass over the paper's few drafts, building no keys; the aliases are sorted in the end, so their order of
    // collection does not matter)
    let readAsData = false;
    for (const [key, d] of drafts) {
      if (d.relation === 'proposes') continue;
      if (d.slug === slug || (otherSlugs.includes(d.slug) && (d.label === p.name || d.label === p.long || (plural !== undefined && d.label === plural)))) {
        drafts.delete(key);
        aliases.push(...d.aliases);
        if (d.kind === 'dataset' && d.slug === slug && [...d.aliases].some((a) => DATA_HEAD_ALIAS.test(a))) readAsData = true;
      }
    }
    // a proposal the text also names with a data head ("We introduce TGIF2, an extended version of TGIF … Using the
    // TGIF2 dataset, we …") is the dataset it built, whatever the sentence that proposed it said
    if (kind === 'method' && readAsData) kind = 'dataset';
    // (a plural written first names the node: "PuzzlePoles: …" in the title, "the PuzzlePole" in the abstract)
    if (pluralProposal !== undefined && pluralProposal.at < given.at && label === p.name) label = pluralProposal.name;
    put(kind, slug, label, 'proposes', p.at, aliases, model);
    if (text.startsWith(p.name, p.at)) mark(p.at, p.at + p.name.length, KIND_CODE[kind]);
    // the long form's words are the proposal's, not candidates for the learned step
    if (p.long) {
      const own = longFormSpans(lower, [p]);
      for (let i = 0; i < own.length; i += 2) mark(own[i]!, own[i + 1]!, KIND_CODE[kind]);
    }
  }
}

/**
 * A release of a named system: a size (a mixture of experts' with its active count, "-30B-A3B"), optionally after one
 * named piece and with a tuning tail ("-8B", "-7B-Instruct", "FIRM-Edit-8B"), a tuning tail alone, or, after a hyphen,
 * a size letter or word ("SLNet-S", "SLNet-M", "CSAP-Tiny").
 */
const RELEASE_TAIL = new RegExp(
  String.raw`^(?:[- ](?:[A-Z][a-z]+-)?\d+(?:\.\d+)?[BMK](?:-${ACTIVE_SIZE_SRC})?(?:-(?:Instruct|Chat|Base|Thinking|Preview))?|[- ](?:Instruct|Chat|Base)|-(?:[SMLTBHG]|XS|XL|XXL|Tiny|Small|Medium|Large|Huge|Lite|Mini|Nano))$`,
);

/**
 * A model named after the paper's own coined proposal with a size or tuning tail is the paper's release ("we introduce
 * SenseNova-MARS, a … framework" and later "SenseNova-MARS-8B reaches …"): proposed, not used. Not after a name a
 * lexicon knows (a paper proposing a method named like a known family does not own that family's checkpoints).
 */
function ownReleases(proposals: ReturnType<typeof findProposals>, drafts: Map<string, Draft>, put: Put): void {
  for (const [key, d] of drafts) {
    if (d.kind !== 'model' || d.relation !== 'uses') continue;
    const own = proposals.some((p) => p.name.length >= 3 && d.label.startsWith(p.name) && RELEASE_TAIL.test(d.label.slice(p.name.length)) && !isKnownEntity(p.name));
    if (!own) continue;
    drafts.delete(key);
    put('model', d.slug, d.label, 'proposes', d.at, [...d.aliases], d.model);
  }
}

/**
 * Data named after the paper's own coined proposal, its name and a part's glued on ("we propose Omanic, … It contains
 * … training examples (OmanicSynth) and … evaluation examples (OmanicBench)", "MolmoWeb" and "MolmoWebMix"), is the
 * paper's own: proposed, not evaluated on. Not after a name a lexicon knows, nor a tail that names a model or a
 * technique built on it (MODEL_OR_METHOD_TAIL).
 */
function ownNamedData(proposals: ReturnType<typeof findProposals>, drafts: Map<string, Draft>, put: Put): void {
  for (const [key, d] of drafts) {
    if (d.kind !== 'dataset' || d.relation !== 'evaluates_on') continue;
    const own = proposals.some((p) => {
      if (p.name.length < 4 || !d.label.startsWith(p.name) || isKnownEntity(p.name) || !/[A-Z].*[a-z]|[a-z].*[A-Z]/.test(p.name)) return false;
      const tail = d.label.slice(p.name.length);
      return OWN_DATA_TAIL.test(tail) && !MODEL_OR_METHOD_TAIL.test(tail.replace(/^-/, ''));
    });
    if (!own || drafts.has(`dataset\u0000${d.slug}\u0000proposes`)) continue;
    drafts.delete(key);
    put('dataset', d.slug, d.label, 'proposes', d.at, [...d.aliases]);
  }
}
/**
 * The model a proposal's name is, unless the paper defines the name by a long form of its own as a coinage: a family's
 * bare name ("We propose FLAME (Facial Landmark Alignment via Mesh Estimation)", "the Multipole Attention Neural
 * Operator (MANO)"), or a family's label in other letter case ("Coordinator-patch Cross Attention (CoCA)" is no CoCa,
 * "variable-input ViT (VIViT)" no ViViT).
 */
function proposalFamily(p: { name: string; long?: string }): ReturnType<typeof canonicalModel> {
  if (p.long !== undefined && familyNamed(p.name) !== undefined) return null;
  const cm = canonicalModel(p.name);
  return cm && p.long !== undefined && cm.label !== p.name && cm.label.toLowerCase() === p.name.toLowerCase() ? null : cm;
}

/** A part glued on or after a hyphen, starting with a capital or a digit: "Synth", "Bench", "Mix", "-Bench", "-100K", "1M". */
const OWN_DATA_TAIL = /^-?(?:[A-Z][A-Za-z]*|\d+(?:\.\d+)?[KkM]?)(?:-[A-Za-z0-9]+)*$/;

/**
 * A model the text writes only as the head of a name the paper proposes is no model it names: "Qwen-BIM is
 * developed …", "we propose LLaVA-MORE, a family of …", "YOLO-SPCI" read the family alone where the name goes on with a
 * word no model lexicon knows; so is one written only as the last part of such a name ("3D CoCa", "GA2-CLIP"). Readers
 * list the paper's name, not the family, unless the text also writes the family on its own ("based on YOLO26", "CLIP's
 * contrastive pretraining"): of 15 such papers in the read gold, readers list the family in none of the 6 whose text
 * writes it only inside the paper's name, in any casing.
 */
function familyOnlyInOwnNames(text: string, proposals: ReturnType<typeof findProposals>, drafts: Map<string, Draft>): void {
  // the text lower-cased once, for the searches in any casing (the text itself where lower-casing moves offsets)
  let lower: string | undefined;
  for (const [key, d] of drafts) {
    if (d.kind !== 'model' || d.relation !== 'uses') continue;
    const heads = proposals.filter((p) => p.name.length > d.label.length + 1 && ((p.name.startsWith(d.label) && p.name.charCodeAt(d.label.length) === 45) || endsWithPart(p.name, d.label)));
    if (heads.length === 0) continue;
    if (lower === undefined) {
      lower = text.toLowerCase();
      if (lower.length !== text.length) lower = text;
    }
    const names = heads.map((p) => p.name);
    if ([...d.aliases].every((alias) => onlyAsHeadOf(text, lower!, alias, names))) drafts.delete(key);
  }
}

/** Does `name` end with `part` after a hyphen or a space ("RS-CoCa", "3D CoCa", "Mobile U-ViT")? */
function endsWithPart(name: string, part: string): boolean {
  if (!name.endsWith(part)) return false;
  const c = name.charCodeAt(name.length - part.length - 1);
  return c === 45 || c === 32;
}

/**
 * Whether every whole-word occurrence of `name` in `text` (in `lower`, the text in lower case) is the head or the last
 * part of one of `names` there.
 */
function onlyAsHeadOf(text: string, lower: string, name: string, names: readonly string[]): boolean {
  const word = lower === text ? name : name.toLowerCase();
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (isNameChar(text.charCodeAt(at - 1)) || (isNameChar(text.charCodeAt(at + word.length)) && text.charCodeAt(at + word.length) !== 45)) continue;
    if (!names.some((n) => text.startsWith(n, at) || (endsWithPart(n, name) && text.startsWith(n, at + name.length - n.length)))) return false;
  }
  return true;
}

/**
 * The drafts as mentions, sorted by kind, slug and relation (see {@link compareMentions}); evidence is cut from the
 * written text, and names read from the folded text get their written letters back (`words`, null when the fold
 * changed nothing). The slugs stay: a folded name and the written one have the same slug (fold.ts).
 */
function toMentions(text: string, starts: number[], drafts: ReadonlyMap<string, Draft>, words: WrittenWords | null): Mention[] {
  const mentions: Mention[] = [];
  for (const d of drafts.values()) {
    const m: Mention = {
      kind: d.kind,
      slug: d.slug,
      label: d.label,
      relation: d.relation,
      evidence: sentenceAt(text, starts, d.at),
      aliases: [...d.aliases].sort(),
    };
    if (d.model) m.model = d.model;
    if (words && !words.empty) writeBack(m, words);
    mentions.push(m);
  }
  mentions.sort(compareMentions);
  return mentions;
}

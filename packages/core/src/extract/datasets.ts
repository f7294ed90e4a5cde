/**
 * Datasets outside the lexicon, found by general rules (see docs/extraction.md):
 *
 * 1. A name-like word sequence right before a dataset head noun ("the USC-75 dataset", "the Singapore Maritime
 *    Dataset", "the PhotoTourism and MegaScenes benchmarks" → two names).
 * 2. A coordinated list introduced by a dataset cue ("on", "namely", "including", "benchmarks (", "datasets:") with
 *    at least one known dataset in it: its name-like siblings are datasets too ("namely, Waymo, KITTI, NOTR and
 *    VKITTI2").
 *
 * Name-like: digit-bearing ("USC-75", "MER2023"), an inner capital ("MegaScenes", "BEAM", "nuScenes"), or a
 * capitalised word that does not start its sentence; never a word of `heads.json` → `notDatasetNames` or a known
 * model, method or class acronym ("QA datasets", "LLM benchmarks", "English corpus").
 */
import heads from './lexicons/heads.json' with { type: 'json' };
import { codeAt, isAsciiAlnum, registerFirst, tokenize, type Tokens } from './tokens.ts';
import { FIRST_TOKEN_BITS } from './first-token-bits.ts';
import { indexOfSpaced, sentenceIndexAt, someWholeWordEnd } from './paper-text.ts';
import { AcronymSpots, bestLongForm, initialsSpell } from './acronyms.ts';
import { DATASETS } from './known.ts';
import { baseLabel } from './dataset-variants.ts';
import { namesMaterial } from './materials.ts';
import { namesKindOfModel } from './model-shapes.ts';

const HEAD_BIT = FIRST_TOKEN_BITS.datasetHeads;
for (const w of ['dataset', 'datasets', 'benchmark', 'benchmarks', 'corpus', 'corpora', 'suite', 'set', 'sets', 'environment', 'environments', 'shared', 'bench', 'database', 'databases', 'cohort', 'cohorts'])
  registerFirst(w, HEAD_BIT);

const NOT_NAMES = new Set(heads.notDatasetNames.words.map((w) => w.toLowerCase()));
for (const w of heads.notMethods.words) NOT_NAMES.add(w.toLowerCase());

export interface FoundDataset {
  /** Label (the name as written, with the head noun when it is part of a title-case name). */
  label: string;
  /** Surface forms. */
  aliases: string[];
  start: number;
  end: number;
}

const HEAD = /^(?:[Dd]ata ?[Ss]ets?|[Dd]atabases?|[Cc]ohorts?|(?:[Tt]est|[Vv]alidation|[Ee]valuation) [Ss]ets?|DATASETS?|[Bb]enchmarks?|[Cc]orpus|[Cc]orpora|[Ss]uite|[Ee]nvironments?|[Ss]hared [Tt]asks?)$/;
/**
 * Heads that make only a coined name a dataset ("the TextCraft environment", "the LT-EDI 2026 shared task", "the
 * DeepMind Control suite"; software has suites too: "the Discourse Analysis Tool Suite"; a cohort in lower case after a
 * plain word is a population, "the European and US cohorts", in capitals a name, "the Hertfordshire Cohort").
 */
const COINED_ONLY_HEAD = /^(?:[Ee]nvironments?|[Ss]hared [Tt]asks?|[Ss]uites?|cohorts?)$/;

/** A capitalised name and a site's top-level domain: "Args.me", "LandCover.ai". */
const DOMAIN_NAME = /^[A-Z][A-Za-z0-9]+\.(?:me|fm|ai|io|com|org|net)$/;

/** 'coined' (digit or inner capital), 'cap' (Capitalised word), 'num' (a number or year), or '' (not a name word). */
function shape(w: string): '' | 'coined' | 'cap' | 'num' {
  if (w.length === 0 || w.length > 40) return '';
  // every shape but '' needs a digit or an ASCII capital: a word with neither (most words read: "the", "new") is none,
  // told before any lower-casing, set look-up or regex
  if (!hasDigitOrCapital(w)) return '';
  if (NOT_NAMES.has(w.toLowerCase())) return '';
  if (w.indexOf('-') > 0 && w.toLowerCase().split('-').every((x) => NOT_NAMES.has(x))) return ''; // "English-German"
  if (/^\d+(?:\.\d+)?$/.test(w)) return 'num';
  if (!/^[A-Za-z0-9]/.test(w) || /[^A-Za-z0-9\-+.#/]/.test(w) || /\/(?!\d)|(?<!\d)\//.test(w)) return ''; // ("ACL60/60": a slash only between digits)
  if (/^\d+(?:\.\d+)?[KkMmBbTt%]?\+*$/.test(w) || /^\d+(?:st|nd|rd|th|D|d)$/.test(w)) return ''; // "160k+ samples"
  if (/^\d+(?:\.\d+)?-[a-z]+$/.test(w)) return ''; // "19-problem", "3-layer"
  const c0 = w.charCodeAt(0);
  if (c0 <= 57 && /^\d+(?:\.\d+)?[x×]\d*$/.test(w)) return ''; // a resolution or a factor: "512x512", "21.2x"
  // a name glued to the verb after it ("MAMS-demonstrate", "WHU-CD-outperforming"): a typo, not a name
  if (/-(?:[a-z]{3,}(?:ing|ed)|demonstrates?|shows?|outperforms?|achieves?|reveals?|indicates?|confirms?)$/.test(w)) return '';
  if (/[a-z]-(?:based|style|like|scale|level|specific|oriented|centric|aware|free)$/i.test(w)) return '';
  if (w.length >= 7 && LANGUAGE_FIRST.has(c0 | 32) && LANGUAGE_NAME.test(w)) return '';
  if (/\d/.test(w) && /[A-Za-z]/.test(w)) return 'coined';
  // a name written as its site's domain ("Args.me", "Last.fm", "LandCover.ai")
  if (DOMAIN_NAME.test(w)) return 'coined';
  // (two letters are a language or a title: "En to Zh dataset", "Dr")
  if (/^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*$/.test(w)) return w.length > 2 ? 'cap' : ''; // "Maritime", "Long-Range", "Real-World"
  if (/[A-Z]/.test(w.slice(1))) return 'coined';
  return '';
}

/** /^[a-z]+$/ by code. */
function allLowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return w.length > 0;
}

/** /^[A-Z]/ by code. */
function startsUpperAscii(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Does `w` hold an ASCII digit or capital? */
function hasDigitOrCapital(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/**
 * Languages whose names look coined, with a noun-class prefix and an inner capital ("isiZulu", "IsiXhosa",
 * "SeSotho"): results "on isiXhosa" are results on a language, not on a dataset.
 */
/** The first letters of {@link LANGUAGE_NAME}, lower-cased (a cheap test before the regex). */
const LANGUAGE_FIRST = new Set([105, 115, 116, 120, 107]);
const LANGUAGE_NAME = /^(?:[Ii]si[A-Z][a-z]+|[Ss]e[Ss]otho|[Ss]e[Tt]swana|[Ss]i[Ss]wati|[Tt]shi[Vv]enda|[Xx]i[Tt]songa|[Kk]i[Ss]wahili|[Kk]i[Nn]yarwanda)$/;

/** Combined sensing modalities ("RGB+Thermal", "IR-RGB", "RGB-T"): a kind of data, not a name. */
const MODALITY_MIX =
  /^(?:RGB|IR|NIR|Thermal|Depth|Event|LiDAR|Radar|SAR|EO|HSI|MSI|PAN|Polarization|Infrared|D|T)(?:[+\-/](?:RGB|IR|NIR|Thermal|Depth|Event|LiDAR|Radar|SAR|EO|HSI|MSI|PAN|Polarization|Infrared|D|T))+$/;

interface Word {
  s: number;
  e: number;
  w: string;
  /** Trailing punctuation right after the word ("," ":" ")" …), '' if none. */
  punct: string;
}

/** The whitespace-separated word ending before `pos` (after skipping spaces), or null at `lo`. */
function prevWord(text: string, pos: number, lo: number): Word | null {
  let e = pos;
  while (e > lo && text.charCodeAt(e - 1) === 32) e--;
  if (e <= lo) return null;
  let s = e;
  while (s > lo && text.charCodeAt(s - 1) !== 32) s--;
  // (the closing marks at the end, /[,;:)\]]+$/, and the opening ones at the start, /^[(\["“]+/, read by code)
  let end = e;
  while (end > s && isClosingMark(text.charCodeAt(end - 1))) end--;
  let from = s;
  while (from < end && isOpeningMark(text.charCodeAt(from))) from++;
  return { s, e: end, w: text.slice(from, end), punct: end < e ? text.slice(end, e) : '' };
}

/** The lexicon's data set that ends with word `w` (no mark after it), as one word from its start; undefined if none. */
function knownEndingAt(ctx: DatasetContext, w: Word | null): Word | undefined {
  if (!w || w.punct) return undefined;
  const k = ctx.knownDatasets.find((d) => d.end === w.e && d.start < w.e);
  return k ? { s: k.start, e: k.end, w: ctx.text.slice(k.start, k.end), punct: '' } : undefined;
}

/** A short form in parentheses after a list's name: capitals and digits, a hyphen or small letters between them. */
const SHORT_FORM_IN_PARENS = /^[A-Z][A-Za-z0-9-]{1,11}$/;

/** , ; : ) ] */
function isClosingMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 41 || c === 93;
}
/** ( [ " “ */
function isOpeningMark(c: number): boolean {
  return c === 40 || c === 91 || c === 34 || c === 0x201c;
}

export interface DatasetContext {
  text: string;
  titleEnd: number;
  starts: number[];
  /** Does the span [a, b) overlap an entity already found (model, dataset, method)? */
  taken: (a: number, b: number) => boolean;
  /** Is the name a known model, method or dataset? */
  known: (name: string) => boolean;
  /** Known dataset mentions [start, end) found by the lexicon, in text order (increasing starts). */
  knownDatasets: { start: number; end: number }[];
  tk: Tokens;
  /** Indices of the tokens that can start a rule (head noun, evaluation word, method-list noun), found once. */
  ruleTokens?: number[];
  /** Where the text writes names as "(X)" or "X (", found once when a rule first asks (see {@link AcronymSpots}). */
  acronymSpots?: AcronymSpots;
  /** The offset of the space of every " on " of the text, in order, found once (see {@link spacedOns}). */
  spacedOn?: number[];
  /** Labels of the names found here that the paper builds ("we construct … MTVR-CoT-72k"): proposals, not uses. */
  proposedNames?: Set<string>;
}

/** The bits of the rules below: dataset head nouns, evaluation words, plural method nouns. */
const RULE_BITS = FIRST_TOKEN_BITS.datasetHeads | FIRST_TOKEN_BITS.evaluationWords | FIRST_TOKEN_BITS.methodListNouns;

/** The tokens that carry HEAD_BIT, EVAL_BIT or METHOD_LIST_BIT, in one pass shared by the rules. */
function ruleTokens(ctx: DatasetContext): number[] {
  if (ctx.ruleTokens) return ctx.ruleTokens;
  const bits = ctx.tk.bits;
  const n = ctx.tk.n;
  const out: number[] = [];
  for (let t = 0; t < n; t++) if ((bits[t]! & RULE_BITS) !== 0) out.push(t);
  ctx.ruleTokens = out;
  return out;
}

/**
 * Every " on " of the text, by the offset of its space: the tokens "on" (lower case) with a space on both sides. Read
 * from the tokens once and shared by the rules that start at "on": a search for "on " in the text stops at every "o".
 */
function spacedOns(ctx: DatasetContext): number[] {
  if (ctx.spacedOn) return ctx.spacedOn;
  const { text, tk } = ctx;
  const out: number[] = [];
  for (let t = 0; t < tk.n; t++) {
    const s = tk.start[t]!;
    if (tk.end[t]! - s === 2 && text.charCodeAt(s) === 111 && text.charCodeAt(s + 1) === 110 && codeAt(text, s - 1) === 32 && codeAt(text, s + 2) === 32) out.push(s - 1);
  }
  ctx.spacedOn = out;
  return out;
}

/** `indexOfSpaced(text, 'on ', from)`: the first " on " at or after `from` (-1 if none), from {@link spacedOns}. */
function spacedOnFrom(ctx: DatasetContext, from: number): number {
  const ons = spacedOns(ctx);
  let lo = 0;
  let hi = ons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ons[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ons.length ? ons[lo]! : -1;
}

function sentenceStart(starts: number[], at: number): number {
  return starts[sentenceIndexAt(starts, at)]!;
}

/** The first sentence start after `at`, or the end of the text. */
function sentenceEnd(starts: number[], text: string, at: number): number {
  const s = sentenceIndexAt(starts, at) + 1;
  return s < starts.length ? starts[s]! : text.length;
}

function acronymSpots(ctx: DatasetContext): AcronymSpots {
  return (ctx.acronymSpots ??= new AcronymSpots(ctx.text));
}

/** A name that may stand before a descriptor and a head: camel case or digits with lower case ("M4Raw", "fastMRI", "MedMNIST+"), not an acronym ("RGB-D", "COVID-19") that is as often a modality or a topic. */
const DESCRIBED_NAME = /^(?=[^ ]*[a-z])(?=[^ ]*(?:\d|[a-z][A-Z]|[A-Z]{2}[a-z]))[A-Za-z][A-Za-z0-9\-]*\+*$/;

/**
 * An acronym of five letters or more before a descriptor and a head ("the NGSIM highway dataset"): shorter ones are as
 * often a modality or a topic ("the MRI brain dataset", "COVID chest datasets").
 */
const DESCRIBED_ACRONYM = /^[A-Z]{5,}$/;

/** An acronym with a number, "IS3", "SPAWC2021": a code, not a modality or a topic. */
const CODED_ACRONYM = /^[A-Z]{2,}\d+$/;

/** A word that describes a named dataset before its head: "brain", "2D", "city-scale", "discharge-note". */
function isDescriptor(w: string): boolean {
  if (/^\d[Dd]$/.test(w)) return true;
  if (w.indexOf('-') > 0) return w.length <= 24 && /^[a-z]{2,}(?:-[a-z]{2,}){1,2}$/.test(w) && !/-(?:based|like|style)$/.test(w);
  // (not an adverb, a preposition or a verb: "COCONUT consistently exploits dataset artifacts", "nnUNets trained per
  // dataset")
  return DATA_ROLE.test(w) || (w.length >= 3 && w.length <= 12 && allLowerAscii(w) && !FUNCTION_WORDS.test(w) && !NOT_NAMES.has(w) && !NOT_DESCRIPTOR.test(w));
}
/**
 * Words of a data set's role or access before its head ("the PVSG, VIPSeg and SVG2 test datasets", "the MSD and LiTS
 * public datasets"): descriptors, though NOT_NAMES lists them (they are no name's words).
 */
const DATA_ROLE = /^(?:test|testing|evaluation|validation|training|public|standard)$/;

const NOT_DESCRIPTOR =
  /^(?!(?:scholar|ear|dai|week|month|year|quarter|hour|friend|fami)ly$)[a-z]+ly$|^(?:per|via|than|into|onto|over|under|about|after|before|within|without|between|among|through|and|but|not|are|was|were|been|has|have|had|can|may|will|outperforms|generates|exploits|turns|achieves|shows|uses|creates|provides|produces|yields|improves|requires|enables|constructs|builds|introduces|releases|includes|contains|covers|surpasses|obtains|reaches|attains|demonstrates|employs|leverages|applies|extends|combines|integrates|exceeds|matches|trains|learns|makes|offers|transforms|converts|supports|handles|beats)$/;

/** Determiners, pronouns and prepositions: capitalised only at a sentence start, never part of a name. */
const FUNCTION_WORDS = /^(?:the|a|an|this|these|those|that|our|its|their|his|her|each|both|all|any|some|every|such|we|in|on|for|with|from|by|to|of|at|as|using|across)$/i;

const BEFORE_TITLE_CASE = /^(?:the|on|of|from|using|in|with|and|or|across|over|to|via|our|its|their|named|called|including|as|by|into|for)$/i;

/** Is a word sequence (already shape-checked) a usable name? */
function acceptName(words: Word[], shapes: string[], ctx: DatasetContext, inTitle: boolean, sentStart: number, knownSibling = false): boolean {
  if (words.length === 0) return false;
  if (shapes[0] === 'num') return false;
  if (inTitle && !shapes.includes('coined')) return false;
  // a plain capitalised word starting the sentence is not a name ("Existing benchmarks", "Synthetic Dataset")
  if (shapes[0] === 'cap' && words[0]!.s <= sentStart + 1) return false;
  if (!shapes.includes('coined')) {
    // a title-case name follows a determiner, a preposition or a list separator ("on the Singapore Maritime
    // Dataset"), not a content word ("Hallucination detection Unified Benchmark") or a parenthesis; coordinated with
    // a dataset the lexicon found before a plural head, one word after a lower-case word names one too ("the commonly
    // used Waterbirds and CelebA datasets")
    const before = prevWord(ctx.text, words[0]!.s, sentStart);
    if (before && (before.punct ? before.punct !== ',' : !BEFORE_TITLE_CASE.test(before.w) && !(knownSibling && /^[a-z]{3,}$/.test(before.w)) && !describedAfterThe(ctx.text, before, sentStart))) return false;
  }
  const name = words.map((w) => w.w).join(' ');
  if (ctx.taken(words[0]!.s, words[words.length - 1]!.e)) return false;
  if (ctx.known(name)) return false;
  return true;
}

/** Words that describe a named data set between "the" and its name ("the challenging Chameleon dataset"). */
const DESCRIBING_DATA = /^(?:challenging|popular|public|publicly-available|standard|large-scale|well-known|widely-used|classic|classical|recent|established|real-world|commonly-used|famous|open-source|original|official|extended|benchmark)$/;

/** Is `word` a describing word with "the" right before it ("the challenging" of "the challenging Chameleon dataset")? */
function describedAfterThe(text: string, word: Word, sentStart: number): boolean {
  if (!DESCRIBING_DATA.test(word.w)) return false;
  const the = prevWord(text, word.s, sentStart);
  return the !== null && !the.punct && (the.w === 'the' || the.w === 'The');
}

/**
 * A number after a slash, ending the word: "/100" of "CIFAR-10/100" (not "CIFAR-10/100-C", a variant of both); or
 * after "and", "or" or a comma (group 1), where what follows ends the item (AFTER_SIBLING_NUMBER: "NTU RGB+D 60 and 120
 * benchmarks", not "MATH-500 and 4 other tasks").
 */
const SLASH_NUMBER = /(?:\/|(\s+and\s+|\s+or\s+|\s*,\s*(?:and\s+|or\s+)?))(\d{1,4})(?![A-Za-z0-9]|[./,]\d|-)/y;

/**
 * What may follow a sibling number joined by a word ("NTU RGB+D 60 and 120 benchmarks demonstrate"): a stop, a verb of
 * showing, a data noun within four words; not a preposition or "other", after which the number counts something ("200
 * epochs on CIFAR-10 and 100 on ImageNet", "CIFAR-10 and 100 other datasets").
 */
const AFTER_SIBLING_NUMBER =
  /^(?:\s*(?:[.,;:)\]]|$)|\s+(?:demonstrates?|shows?|reveals?|confirms?|indicates?|validates?|highlights?|respectively)\b|(?:\s+(?!other\b)[a-z][\w-]*){0,3}\s+(?:datasets?|benchmarks?|splits?|sets?|data)\b)/;

/**
 * Rule 0: a known benchmark ending in a number, a slash (or "and", "or", a comma) and another number naming a sibling
 * the lexicon knows too: "CIFAR-10/100" is CIFAR-10 and CIFAR-100, "AIME24/25" AIME24 and AIME25, "Kinetics-400/600",
 * "NTU RGB+D 60 and 120" (a sibling the lexicon does not know, "NTU-60/120", is left alone).
 */
function slashSiblingRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text } = ctx;
  for (const k of ctx.knownDatasets) {
    const c = text.charCodeAt(k.end);
    if (c !== 47 && c !== 32 && c !== 44) continue;
    // (the numbers in a row: "Kinetics-400, 600 and 700"; after a word, the row must end where an item does)
    const row: RegExpExecArray[] = [];
    for (let at = k.end; ; ) {
      SLASH_NUMBER.lastIndex = at;
      const m = SLASH_NUMBER.exec(text);
      if (!m) break;
      row.push(m);
      at = m.index + m[0].length;
    }
    const last = row[row.length - 1];
    if (!last) continue;
    if (row.some((m) => m[1] !== undefined) && !AFTER_SIBLING_NUMBER.test(text.slice(last.index + last[0].length, last.index + last[0].length + 60))) continue;
    const surface = text.slice(k.start, k.end);
    const digits = /\d+$/.exec(surface);
    if (!digits) continue;
    const own = DATASETS.lookup(surface);
    for (const m of row) {
      const number = m[2]!;
      const entry = DATASETS.lookup(surface.slice(0, surface.length - digits[0].length) + number);
      if (!entry || (own !== undefined && own.slug === entry.slug)) break;
      const end = m.index + m[0].length;
      const start = end - number.length;
      if (ctx.taken(start, end)) break;
      // (its alias the sibling's own name, the first one's stem and the number: "AIME2025" of "AIME2024/2025")
      out.push({ label: entry.label, aliases: [`${surface.slice(0, surface.length - digits[0].length)}${number}`], start, end });
    }
  }
}

/** A known benchmark's name ending in a version ("LiveCodeBench-v5", "DOTA-v1.0", "NAVSIM v1") or a resolution ("HR-Bench-4K"). */
const VERSION_TAIL = /^(.*?[A-Za-z])([-\s]?)([vV]?)(\d{1,2}(?:\.\d{1,2})?)(K?)$/;
/** One more version or resolution after a slash: "/v6", "/2", "/v1.5", "/8K"; ending the word ("/v2-C" is a variant). */
const SLASH_VERSION = /\/([vV]?)(\d{1,2}(?:\.\d{1,2})?)(K?)(?![A-Za-z0-9]|[.]\d|-)/y;

/**
 * Rule 0c: a known benchmark ending in a version or a resolution, then more of them after slashes: each is an edition of
 * the same benchmark, which the lexicon need not know ("LiveCodeBench-v5/v6", "DOTA-v1.0/v1.5/v2.0", "NAVSIM v1/v2",
 * "HR-Bench-4K/8K"). A plain number after a slash needs the lexicon (slashSiblingRule): it may be another benchmark of
 * the family or something else. The version after the slash is written like the first, or as its bare number after a
 * "v" ("NAVSIM v1/2"); a resolution keeps its unit.
 */
function slashVersionRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text } = ctx;
  for (const k of ctx.knownDatasets) {
    if (text.charCodeAt(k.end) !== 47) continue;
    const surface = text.slice(k.start, k.end);
    const tail = VERSION_TAIL.exec(surface);
    // (a version has its "v" or a point, a resolution its "K": a bare number is slashSiblingRule's)
    if (!tail || (tail[3] === '' && tail[5] === '' && !tail[4]!.includes('.'))) continue;
    const own = DATASETS.lookup(surface);
    const firstTail = `${tail[3]}${tail[4]}${tail[5]}`;
    // the sibling's label: the entry's label with the new tail where it ends in the text's tail ("HR-Bench 4K" → "HR-Bench
    // 8K"); else, where the lexicon knows the stem, as the variant reader labels a version of it ("NAVSIM v1" is
    // "NAVSIM-v1", so "/v2" is "NAVSIM-v2"); else as written
    const stem = own === undefined ? DATASETS.lookup(tail[1]!) : undefined;
    const labelBefore =
      own !== undefined && own.label.endsWith(firstTail) ? own.label.slice(0, own.label.length - firstTail.length) : stem !== undefined ? `${baseLabel(tail[1]!, stem.label)}-` : `${tail[1]}${tail[2]}`;
    for (let at = k.end; ; ) {
      SLASH_VERSION.lastIndex = at;
      const m = SLASH_VERSION.exec(text);
      // (a bare number after a "v" is written like the first's: "NAVSIM v1/2", not "DOTA-v1.0/2")
      if (!m || m[3] !== tail[5] || (m[1] === '' && m[2]!.includes('.') !== tail[4]!.includes('.'))) break;
      const start = m.index + 1;
      const end = m.index + m[0].length;
      at = end;
      const written = `${tail[1]}${tail[2]}${tail[3]}${m[2]}${m[3]}`;
      const entry = DATASETS.lookup(written);
      const version = stem !== undefined ? tail[3]!.toLowerCase() : tail[3];
      out.push({ label: entry?.label ?? `${labelBefore}${version}${m[2]}${m[3]}`, aliases: [written], start, end });
    }
  }
}

/** More years after a known benchmark's year: "BraTS 2018 and 2024", "ISIC 2018, 2019 and 2020", "KITTI 2012/2015", "YouTube-VOS 2018 & 2019". */
const MORE_YEARS = /(\s*[/&]\s*|\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(19[89]\d|20[0-3]\d)(?![A-Za-z0-9\-]|[.,]\d)/y;
/**
 * What may follow such a year: a stop, another item, a verb or a preposition ("on MS COCO 2014 and 2017 demonstrate",
 * "AIME 2024 and 2025 with Python"), a data noun within five words ("the BraTS 2018 and 2020 multimodal brain tumor
 * segmentation benchmarks"); not a count's or a score's noun ("AIME 2024, 2029 Elo on Codeforces", "KITTI 2015, 2000
 * training pairs").
 */
const AFTER_MORE_YEARS =
  /^(?:\s*(?:[.,;:)\]/&]|$)|\s+(?:and|or|demonstrates?|shows?|reveals?|confirms?|indicates?|validates?|highlights?|with|using|in|on|for|to|at|as|by|via|under|while|where|which|that|respectively)\b|(?:\s+[a-z][\w-]*){0,5}\s+(?:datasets?|benchmarks?|challenges?|editions?|splits?|versions?|sets?|data)\b)/;

/**
 * Rule 0b: a known benchmark written with its edition's year, then more years: each is the same benchmark's edition
 * ("BraTS 2018 and 2024" is BraTS-2018 and BraTS-2024; the lexicon's entry when it has one: "AIME 2024 and 2025").
 */
function yearListRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text } = ctx;
  for (const k of ctx.knownDatasets) {
    const c = text.charCodeAt(k.end);
    if (c !== 32 && c !== 44 && c !== 47) continue;
    const surface = text.slice(k.start, k.end);
    const year = /^(.*[A-Za-z])[ -]((?:19|20)\d\d)$/.exec(surface);
    if (!year) continue;
    const prefix = year[1]!;
    const own = DATASETS.lookup(prefix);
    const base = own !== undefined ? baseLabel(prefix, own.label) : prefix;
    for (let at = k.end; ; ) {
      MORE_YEARS.lastIndex = at;
      const m = MORE_YEARS.exec(text);
      if (!m) break;
      const y = m[2]!;
      const start = at + m[1]!.length;
      const end = start + 4;
      if (!AFTER_MORE_YEARS.test(text.slice(end, end + 80))) break;
      at = end;
      if (ctx.taken(start, end) || out.some((d) => d.start === start)) continue;
      const entry = DATASETS.lookup(`${prefix} ${y}`) ?? DATASETS.lookup(prefix + y) ?? DATASETS.lookup(prefix + y.slice(2));
      out.push({ label: entry?.label ?? `${base}-${y}`, aliases: [`${prefix} ${y}`], start, end });
    }
  }
}

export function findUnknownDatasets(ctx: DatasetContext): FoundDataset[] {
  const out: FoundDataset[] = [];
  if (ctx.knownDatasets.length > 0) slashSiblingRule(ctx, out);
  if (ctx.knownDatasets.length > 0) slashVersionRule(ctx, out);
  if (ctx.knownDatasets.length > 0) yearListRule(ctx, out);
  headRule(ctx, out);
  if (ctx.knownDatasets.length > 0) listRule(ctx, out, ctx.knownDatasets);
  evalOnRule(ctx, out);
  scoreOnRule(ctx, out);
  nameAfterHeadRule(ctx, out);
  definedBeforeHeadRule(ctx, out);
  titleCaseNameRule(ctx, out);
  surveyRule(ctx, out);
  challengeRule(ctx, out);
  countShapeRule(ctx, out);
  const shaped = out.length;
  benchmarkShapeRule(ctx, out);
  // names shaped like benchmarks anchor a list as known ones do ("Across ASSEBench, Pre-Ex-Bench, and R-Judge")
  // (weaker anchors than known names: only coined siblings, and not in a list of metrics or methods)
  if (out.length > shaped) listRule(ctx, out, out.slice(shaped).sort((a, b) => a.start - b.start), true);
  namesAfterPluralHeadRule(ctx, out);
  sourceDataRule(ctx, out);
  versionOnlyNames(ctx.text, out);
  withDefinedShortForms(ctx.text, out);
  // a mix of modalities alone is a kind of data ("the RGB+Thermal dataset"); inside a name it is part of it ("NTU RGB+D");
  // a telescope or an instrument is where data comes from, not a dataset ("Spitzer/MIPS 24 μm photometry"), and a
  // material is what a sample is made of ("on SiO2 substrate", "the MnGa film"; materials.ts)
  // (nor is a computing device: "extensive experiments on STM32", "Jetson Orin NX")
  return out.filter((d) => !MODALITY_MIX.test(d.label) && !namesHardware(d.label) && !namesInstrument(ctx.text, d.aliases) && !namesMaterial(ctx.text, d.aliases));
}

/** A public resource the text takes data from (heads.json → sourceDataNames), after "from" or "sources like". */
const SOURCE_DATA = new RegExp(
  String.raw`\b(from|sources?\s+(?:like|such\s+as|including))\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(${heads.sourceDataNames.words.join('|')})(?![\w-])(?!\s+(?:articles?|pages?|entit(?:y|ies)|entries|biograph(?:y|ies)|edit(?:s|ors)?|style)\b)`,
  'g',
);
/**
 * Before "from", what is taken: data ("tables", "question-answer pairs", "a multilingual dataset") or a verb of taking
 * ("extracted", "sourced", "mined"); not "Different from Wikipedia", "editors from Wikipedia", "inspiration from …".
 */
const TAKEN_BEFORE_FROM = /\b(?:data|datasets?|corpus|corpora|tables?|texts?|sentences?|passages?|paragraphs?|documents?|questions?|pairs|samples?|facts|knowledge|information|descriptions?|narratives?|summaries|triples|examples|images|extract\w*|collect\w*|mined|mining|sourced|derived|drawn|retriev\w*|crawl\w*|scrap\w*|buil[dt]|construct\w*|generat\w*|gather\w*|sampl\w*|taken|obtain\w*|harvest\w*|compil\w*|curat\w*)\b[^.;:]{0,40}$/i;

/**
 * Rule 11: a public resource named where the text takes data from it ("tables extracted from Wikipedia", "sources like
 * Wikipedia"): data, though the word alone names a site ("platforms like Wikipedia", "Wikipedia entities").
 */
function sourceDataRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd } = ctx;
  // (most papers name none of the resources: no scan of every "from" for them)
  if (!heads.sourceDataNames.words.some((w) => text.includes(w, titleEnd))) return;
  SOURCE_DATA.lastIndex = 0;
  for (let m; (m = SOURCE_DATA.exec(text)); ) {
    const start = m.index + m[0].length - m[2]!.length;
    if (start < titleEnd) continue;
    if (m[1] === 'from' && !TAKEN_BEFORE_FROM.test(text.slice(Math.max(titleEnd, m.index - 60), m.index))) continue;
    out.push({ label: m[2]!, aliases: [m[2]!], start, end: start + m[2]!.length });
  }
}

/** A short form in parentheses right after a name: "Berkeley DeepDrive eXplanation (BDD-X)". */
const SHORT_AFTER = /^ \(([A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)/;

/**
 * A dataset read by its long form, when the text defines a short form for it right after ("Berkeley DeepDrive
 * eXplanation (BDD-X) datasets", read by a rule for the words before a plural head): named by the short form, as the
 * rule for a defined name before a head names it, with the long form as an alias, so that the paper's other mentions
 * of the short form ("BLEU-4 of 0.755 (BDD-X)") and a search for it reach the node.
 */
function withDefinedShortForms(text: string, out: FoundDataset[]): void {
  for (const d of out) {
    if (d.label.indexOf(' ') < 0 || d.end !== d.start + d.label.length || text.slice(d.start, d.end) !== d.label) continue;
    const m = SHORT_AFTER.exec(text.slice(d.end, d.end + 40));
    if (!m || bestLongForm(m[1]!, d.label) !== d.label) continue;
    const short = m[1]!;
    d.aliases = [short, ...d.aliases.filter((alias) => alias !== short)];
    d.label = short;
  }
}

/** Is the name ending at `end` used as a model, a method or a system: "X as the baseline", "X as a judge"? */
export function usedAsSystem(text: string, end: number): boolean {
  return text.startsWith(' as ', end) && USED_AS_SYSTEM.test(text.slice(end, end + 48));
}
const USED_AS_SYSTEM = /^\s+as\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[a-z-]+\s+){0,2}?(?:baselines?|backbones?|teachers?|judges?|agents?|base models?|reference models?|encoders?|policy models?)\b(?!\s+(?:dataset|data|corpus|corpora|benchmark|set|collection)s?\b)/;

/**
 * Spaces between a name, its band's numbers and their unit, in the cleaned text (cleanText drops `$`, braces and
 * LaTeX macros, but keeps a thin space "\\,"); never the line break between the title and the abstract.
 */
const GAP = String.raw`(?:[ \u00a0]|\\[,;: ])*`;
const BAND_NUMBER = String.raw`\d+(?:\.\d+)?`;
/**
 * Units of a wavelength, a frequency or a photon energy: what names an observing band. A bare "m" is a micron whose
 * `$\\mu$` cleanText dropped ("24 $\\mu$m" reads "24 m"), or a telescope's aperture ("the 3.9 m telescope").
 */
const BAND_UNIT = String.raw`(?:μm|µm|um|m|microns?|mm|cm|nm|Å|GHz|MHz|THz|keV|MeV|GeV|TeV)(?![A-Za-z0-9])`;
/** One more instrument name after a slash or a space: "Spitzer/MIPS 24 μm", "Herschel PACS 100 μm". */
const INSTRUMENT_HOP = String.raw`(?:[/ ][A-Z][A-Za-z0-9-]*)?`;
/** A band after a name: "MIPS 24 μm", "SPIRE 250, 350, 500μm", "uGMRT (1.25-1.45 GHz)" is not read (parenthesised). */
const BAND_AFTER = new RegExp(
  `${INSTRUMENT_HOP}${GAP}${BAND_NUMBER}(?:${GAP}(?:,|and|or|to|-|–|/|&)${GAP}${BAND_NUMBER})*${GAP}${BAND_UNIT}`,
  'y',
);
/** The unit of a band whose number ends the name ("MIPS 24" before " μm"). */
const UNIT_AFTER = new RegExp(`${GAP}${BAND_UNIT}`, 'y');
const INSTRUMENT_NOUNS = heads.instrumentNouns.words;
/**
 * Words that may follow an instrument noun that ends its phrase ("the MIPS camera on Spitzer", "JWST observations
 * reveal"); another lower-case word makes the noun a modifier of something else ("the DFC2019 satellite
 * reconstruction benchmark", "the VR-Drive camera viewpoint perturbation benchmark", "satellite imagery").
 */
const AFTER_INSTRUMENT_NOUN = [
  ...'of on at in to and or with from for by as that which we is are was were has have had will can could onboard aboard during between over under since when where while than'.split(' '),
  ...'reveal reveals revealed show shows showed provide provides provided allow allows detect detects detected'.split(' '),
  ...INSTRUMENT_NOUNS.filter((w) => !w.includes(' ')),
].join('|');
/** More names before a plural noun in lower case, in a list ("the FEROS, HARPS-N, PEPSI, and NEID spectrographs"). */
const LIST_HOP = String.raw`(?:(?:,|,? and|,? or) [A-Z][A-Za-z0-9+-]*${INSTRUMENT_HOP})+`;
/**
 * An instrument noun after a name ("the MIPS camera", "Spitzer Space Telescope", "JWST observations"), or in lower
 * case after a list of names (not "… Roman, DESI, PFS, Simons Observatory": a name may end in "Observatory").
 */
const NOUN_AFTER = new RegExp(
  `${INSTRUMENT_HOP}(?:[ \u00a0]+(?:${INSTRUMENT_NOUNS.map(titleOrLower).join('|')})|${LIST_HOP}[ \u00a0]+(?:${INSTRUMENT_NOUNS.join('|')}))` +
    `(?![A-Za-z])(?! (?!(?:${AFTER_INSTRUMENT_NOUN})(?![A-Za-z]))[a-z])`,
  'y',
);
const INSTRUMENT_TAIL = new RegExp(`(?:^|\\s)(?:${INSTRUMENT_NOUNS.join('|')})$`, 'i');

/**
 * Is a name, as the paper writes it anywhere, a telescope or an instrument rather than a dataset? It is when an
 * observing band follows it (a number and a unit of wavelength, frequency or energy: "Spitzer/MIPS 24 μm photometry",
 * "Herschel/SPIRE 250, 350, 500μm images"), when an instrument noun follows it ("the MIPS camera", "JWST
 * observations"; `heads.json` → `instrumentNouns`) or ends it ("the Event Horizon Telescope"). Read for the few
 * names the rules outside the lexicon and the learned step take for datasets, never for lexicon names.
 */
export function namesInstrument(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    if (INSTRUMENT_TAIL.test(name)) return true;
    const endsInNumber = isDigitCode(name.charCodeAt(name.length - 1));
    const instrumentAfter = (end: number): boolean => {
      BAND_AFTER.lastIndex = end;
      NOUN_AFTER.lastIndex = end;
      UNIT_AFTER.lastIndex = end;
      return BAND_AFTER.test(text) || NOUN_AFTER.test(text) || (endsInNumber && UNIT_AFTER.test(text));
    };
    if (someWholeWordEnd(text, name, instrumentAfter)) return true;
  }
  return false;
}

const HARDWARE_WORDS = new Set(heads.hardwareNames.words);
/**
 * Is a name a computing device ("NVIDIA Jetson TX1", "the Qualcomm Hexagon NPU", "STM32"): one of its space-separated
 * words a device family or a processor noun (heads.json → hardwareNames)? A hyphen joins a data set's name to one
 * ("OULU-NPU").
 */
export function namesHardware(name: string): boolean {
  for (const word of name.split(' ')) if (HARDWARE_WORDS.has(word)) return true;
  return false;
}

/** A pattern for lower-case words written in lower or title case ("space telescope" → "[Ss]pace [Tt]elescope"). */
function titleOrLower(words: string): string {
  return words.replace(/(^| )([a-z])/g, (_, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c}]`);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A name that is only a version (`v1.5`, `V2`), and a name that ends in one before a list separator. */
const VERSION_ONLY = /^[vV]\d+(?:\.\d+)*$/;
const VERSIONED_BEFORE = /(?:^|[\s(])(\p{L}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*?)([- ]?)[vV]\d+(?:\.\d+)*(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * A version alone is never a name of its own: after a versioned sibling ("DOTA-v1.0, v1.5 and HRSC2016") it is that
 * family's version (DOTA-v1.5); anywhere else it is dropped.
 */
function versionOnlyNames(text: string, out: FoundDataset[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const found = out[i]!;
    if (!VERSION_ONLY.test(found.label)) continue;
    const family = VERSIONED_BEFORE.exec(text.slice(Math.max(0, found.start - 60), found.start));
    if (family) {
      const label = `${family[1]}${family[2]}${found.label}`;
      out[i] = { ...found, label, aliases: [label] };
    } else out.splice(i, 1);
  }
}

/** Prepositions and conjunctions as a title capitalises them. */
const TITLE_PREPOSITION = /^(?:Between|Among|Across|Against|Under|Over|Versus|Vs|Via|Towards?|Using|From|With|Without|Within|Into|Onto|For|On|In|At|Of|By|To)$/;
/**
 * What introduces the names after a plural head: a parenthesis, a colon (or a short relative clause and a colon: "two
 * datasets that we manually annotated: ", not one that names other things, "datasets that we processed with two
 * toolkits: "), a dash, a comma, a cue word, or nothing.
 */
const PLURAL_HEAD_CUE =
  /(\s*\(\s*(?:(?:e\.g\.|i\.e\.),?\s*|(?:including|namely|such as)\s+)?|\s*:\s*|\s+(?:that|which)\s(?![^.:;()]*\b(?:tools?|toolkits?|librar(?:y|ies)|models?|methods?|metrics?|baselines?|frameworks?|systems?)\b)[^.:;()]{1,80}?:\s*|\s*--\s*|\s+[-–—]\s+|\s*,\s*(?:(?:including|such as|namely|like|e\.g\.,?|i\.e\.,?)\s+)?|\s+(?:including|such as|namely|like|e\.g\.,?|i\.e\.,?)\s+|\s+)(?:the\s+)?(?=[A-Za-z0-9])/y;
// (not "&", which joins the words of one name as often: "Tanks & Temples", "Speak & Improve")
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?/;
/** A second edition after an item's year, which the list steps over: "YouTube-VOS 2018 & 2019, MOSE", "KITTI 2012/2015". */
const YEAR_EDITION = /^\s*(?:&|and|\/)\s*(?:19|20)\d{2}(?![\w-])/;

/** Where a list item ends: after its name, and after a second edition of its year ("2018 & 2019"). */
function itemEnd(text: string, e: number): number {
  if (!/\d$/.test(text.slice(e - 1, e))) return e;
  const y = YEAR_EDITION.exec(text.slice(e, e + 12));
  return y ? e + y[0].length : e;
}

/** A BibTeX key: author, year, first title word ("silberman2012indoor"). */
const CITATION_KEY = /^[a-z]+(?:19|20)\d{2}[a-z]+$/;

/**
 * Up to three name words at `pos` (a full stop ends the name; `stop` ends it before a word, given the word, its shape
 * and its place), with whether one of them is coined. The list rules read their items with it.
 */
function nameWords(
  text: string,
  pos: number,
  stop: (word: string, sh: ReturnType<typeof shape>, n: number) => boolean,
  shapeOf: (word: string) => ReturnType<typeof shape> = shape,
): { s: number; e: number; coined: boolean } | null {
  let s = -1;
  let e = -1;
  let coined = false;
  let p = pos;
  for (let n = 0; n < 3; n++) {
    const r = /^ ?([^\s,;:()]+)/.exec(text.slice(p, p + 48));
    if (!r) break;
    const w = r[1]!.replace(/\.$/, '');
    const sh = shapeOf(w);
    if (!sh || stop(w, sh, n)) break;
    const s0 = p + r[0].length - r[1]!.length;
    if (s < 0) s = s0;
    e = s0 + w.length;
    if (sh === 'coined') coined = true;
    p = e;
    if (w.length < r[1]!.length) break; // a full stop ends the name
  }
  return s >= 0 ? { s, e, coined } : null;
}

/** One name of a list after a plural head at `pos`: up to three name words, the first not a number. */
function listedName(text: string, pos: number): { s: number; e: number; coined: boolean } | null {
  return nameWords(
    text,
    pos,
    // "CHASE_DB1", not citation keys left by a dropped \cite ("Geiger_Lenz_2013", "silberman2012indoor")
    (w, sh, n) => /_.*_|_[a-z]+$/.test(w) || CITATION_KEY.test(w) || NOT_DATA_TOKEN.test(w) || FUNCTION_WORDS.test(w) || (n === 0 && (sh === 'num' || w.length < 2)),
    (w) => shape(w.replace(/_/g, '-')),
  );
}

/**
 * Rule 6: the names a plural dataset head introduces — "datasets, including AIRMOT, MOT-FLY, and UAVSwarm", "three
 * benchmarks (HDTF, LRW and VoxCeleb2)", "datasets: DRIVE, STARE, and CHASE_DB1", "two datasets, LMVD and D-Vlog,
 * demonstrate", "datasets SIRST, NUDT-SIRST and IRSTD-1k". The list must end the phrase (a closing parenthesis after a
 * parenthesis; punctuation, a verb or a preposition otherwise). Without a cue word or punctuation every name must be
 * coined, unless a count before the head matches the names and one is coined or known; after a bare comma there must
 * be two names; a plain capitalised name ("Oxford Flowers", "Replica") needs a coined or known sibling. Defined
 * acronyms (tasks), hardware, metrics and known models or methods are not read.
 */
function namesAfterPluralHeadRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd, tk } = ctx;
  for (const t of ruleTokens(ctx)) {
    if ((tk.bits[t]! & HEAD_BIT) === 0 || tk.start[t]! < titleEnd) continue;
    const head = text.slice(tk.start[t]!, tk.end[t]!).toLowerCase();
    if (head !== 'datasets' && head !== 'benchmarks' && head !== 'corpora') continue;
    if (t + 1 < tk.n && tk.glued[t + 1]) continue;
    PLURAL_HEAD_CUE.lastIndex = tk.end[t]!;
    const cue = PLURAL_HEAD_CUE.exec(text);
    if (!cue) continue;
    const paren = cue[1]!.includes('(');
    const bare = /^\s+$/.test(cue[1]!);
    // (a dash, "three long-video benchmarks -- LVU, COIN, and Breakfast", leads into a list as a comma does)
    const commaOnly = /^\s*(?:,|--|[-–—])\s*$/.test(cue[1]!);
    const items: { s: number; e: number; coined: boolean }[] = [];
    let pos = cue.index + cue[0].length;
    let end = pos;
    let andBefore = false;
    let afterAnd: { count: number; end: number } | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const it = listedName(text, pos);
      if (!it) break;
      items.push(it);
      // a short parenthetical after a name ("Oulu-CASIA (VIS and NIR)"), not inside a parenthesised list
      const note = paren ? null : /^ \(([^()]{1,24})\)/.exec(text.slice(it.e, it.e + 28));
      // "Deepfake Detection and Manipulation (DFDM)": the acronym spells more than the name before it, so the "and"
      // was inside one name: neither half is a name
      if (note && andBefore && items.length >= 2 && /^[A-Z][A-Za-z0-9-]+$/.test(note[1]!) && !initialsSpell(note[1]!, text.slice(it.s, it.e))) items.splice(-2, 2);
      end = itemEnd(text, it.e) + (note ? note[0].length : 0);
      if (andBefore) afterAnd = { count: items.length, end };
      const sep = LIST_SEPARATOR.exec(text.slice(end, end + 12));
      if (!sep) break;
      andBefore = /\band\b/.test(sep[0]);
      pos = end + sep[0].length;
    }
    if (items.length === 0 || (commaOnly && items.length < 2)) continue;
    // (where the names read on do not end the phrase, the name after "and" ends the list, before a comma: "datasets
    // WebVid2M and VideoCC3M, ReSpec attains …" lists two)
    if (!paren && !endsPluralHeadList(text, end) && afterAnd !== null) {
      items.length = afterAnd.count;
      end = afterAnd.end;
    }
    if (paren ? !/^\s*\)/.test(text.slice(end, end + 4)) : !endsPluralHeadList(text, end)) continue;
    const names = items.map((it) => text.slice(it.s, it.e));
    const known = items.map((it, i) => ctx.taken(it.s, it.e) || ctx.known(names[i]!));
    // (a count before the head that the items match anchors plain names too: "two … datasets (Vaihingen and Potsdam)";
    // without a cue word, only beside a coined or known sibling: "three benchmark datasets WHU-Hi LongKou, WHU-Hi HongHu,
    // and Salinas demonstrate")
    const counted = items.length >= 2 && countBefore(text, tk.start[t]!) === items.length;
    const withSibling = items.some((it, i) => it.coined || known[i]);
    // (nor, without a count, in a list of three or more where two are coined or known: "across multiple heterogeneous
    // datasets Gossipcop, Politifact, Fakeddit, MMFakeBench, and AMMEBA")
    const siblings = items.filter((it, i) => it.coined || known[i]).length;
    if (bare && items.some((it, i) => !it.coined && !known[i]) && !(counted && withSibling) && !(items.length >= 3 && siblings >= 2)) continue;
    const anchored = withSibling || counted;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const name = names[i]!;
      if (known[i] || (!it.coined && (items.length < 2 || !anchored))) continue;
      if (NOT_NAMES.has(name.toLowerCase()) || acronymSpots(ctx).inParentheses(name)) continue;
      out.push({ label: name, aliases: [name], start: it.s, end: it.e });
    }
  }
}

/** A participle after a list, not one that modifies a head after it ("… and UTDAC2020 demonstrating", not "… planning domains"). */
const PARTICIPLE_AFTER_LIST = /^\s+[a-z]{3,}ing\s+(?!(?:datasets?|benchmarks?|domains?|tasks?|sets?|splits?|data)\b)\S/;
/**
 * Does a plural head's list end at `at`: as an evaluation list ends, or before a participle that starts what the sentence
 * says of it ("datasets Gossipcop, …, and AMMEBA highlighting …")?
 */
function endsPluralHeadList(text: string, at: number): boolean {
  return AFTER_EVAL_LIST.test(text.slice(at, at + 24)) || PARTICIPLE_AFTER_LIST.test(text.slice(at, at + 40));
}
/** A count and up to five describing words right before a plural head ("two challenging segmentation "). */
const COUNT_BEFORE_HEAD = /\b(two|three|four|five|six|seven|eight|[2-8])\s+(?:(?!(?:of|and|or|in|on|with|from|for|to|the|these|those|other|more|different|types|kinds)\s)[\w-]+\s+){0,5}$/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

/** The count written before a plural head at `h`, or -1. */
function countBefore(text: string, h: number): number {
  const m = COUNT_BEFORE_HEAD.exec(text.slice(Math.max(0, h - 80), h));
  if (!m) return -1;
  const w = m[1]!.toLowerCase();
  return COUNT_WORDS[w] ?? Number(w);
}

/** Words of a bench that is furniture or a court: "Test Bench", "Work Bench", "Supreme Court Bench". */
const BENCH_NOT_DATA = /^(?:Test|Testing|Work|Optical|Hardware|Loop|Laboratory|Lab|Court|Supreme|Constitution|Constitutional|Judicial|Appellate|Division|Full|Bankruptcy)$/;
/** A capitalised word of a title-case name ("Tajik", "Web", "Credit"). */
const TITLE_WORD = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$/;

/**
 * Rule 9: a title-case name with a capitalised singular head after "the", which starts with or holds a language, a
 * platform or a kind of data ("the Tajik Web Corpus", "the German Credit Dataset", "the Reddit Meme Dataset"): the
 * head rule takes such words for a class ("Bengali NLI dataset"), but in title case with "Dataset" or "Corpus" the
 * whole phrase is a name. Not when a parenthesis or another capitalised word follows the head (the acronym and
 * proposal passes read "the Video Thinking Benchmark (VideoThinkBench)"; "the Medical Segmentation Dataset Knowledge
 * Card" goes on) and not in the title.
 */
function titleCaseNameRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd, starts, tk } = ctx;
  for (const t of ruleTokens(ctx)) {
    if ((tk.bits[t]! & HEAD_BIT) === 0 || tk.start[t]! < titleEnd) continue;
    const h = tk.start[t]!;
    const c = text.charCodeAt(h);
    if (c < 65 || c > 90 || text.charCodeAt(h - 1) !== 32) continue; // a capitalised head after a space
    const head = text.slice(h, tk.end[t]!);
    // ("Bench" is a name's last word, which no head rule reads: "the Multimodal Reward Bench", "the PDE Agent Bench")
    const bench = head === 'Bench';
    if (!bench && !/^(?:Dataset|Benchmark|Corpus)$/.test(head)) continue;
    if (/^(?:\s*[([A-Z]| (?:of|for|on|in) [A-Z])/.test(text.slice(tk.end[t]!, tk.end[t]! + 6))) continue; // "… Corpus of Texts"
    const lo = sentenceStart(starts, h);
    const words: Word[] = [];
    let pos = h;
    let the = false;
    for (let k = 0; k < 5; k++) {
      const w = prevWord(text, pos, lo);
      if (!w || w.punct) break;
      if (/^the$/i.test(w.w)) {
        the = w.s > lo + 1 || w.w === 'the';
        break;
      }
      if (!(TITLE_WORD.test(w.w) || (bench && /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/.test(w.w))) || FUNCTION_WORDS.test(w.w)) break;
      words.unshift(w);
      pos = w.s;
    }
    if (!the || words.length === 0 || words.length > 4) continue;
    // the head rule reads the others; this one only the names it takes for a class
    if (!bench && !words.some((w) => NOT_NAMES.has(w.w.toLowerCase()))) continue;
    // (a test bench, a court's bench: "the Optical Test Bench", "the Supreme Court Bench")
    if (bench && words.some((w) => BENCH_NOT_DATA.test(w.w))) continue;
    const s = words[0]!.s;
    const name = text.slice(s, words[words.length - 1]!.e);
    if (words.every((w) => NOT_NAMES.has(w.w.toLowerCase()))) continue; // "the Synthetic Dataset"
    if (ctx.taken(s, h + head.length) || ctx.known(name) || out.some((d) => d.start === s)) continue;
    if (bench) out.push({ label: `${name} ${head}`, aliases: [`${name} ${head}`], start: s, end: h + head.length });
    else out.push({ label: `${name} ${head}`, aliases: [`${name} ${head}`, name], start: s, end: words[words.length - 1]!.e });
  }
}

/** A word of a challenge's name: capitalised, coined, a year or an ordinal ("NTIRE", "2026", "5th", "Fine-Grained"). */
const CHALLENGE_WORD = /^(?:[A-Z][A-Za-z0-9+&'’-]*|[a-z]+[A-Z][A-Za-z0-9-]*|\d+[A-Za-z]*|(?:19|20)\d{2})$/;

/** Words that say a paper is scored in a challenge: its submission, solution, rank or results there. */
const SCORED_IN =
  /\b(?:submission|submitted|solution|entry|participat\w*|rank|ranked|ranks|ranking|place|placed|winning|won|top-\d|leaderboard|test set|evaluated on|trained on|results? (?:on|in)|achiev\w*|scor\w*)\b/i;

/** Words that say an edition of a challenge comes with data: its data set, benchmark or corpus. */
const EDITION_DATA = /\b(?:datasets?|data|benchmarks?|corpus|corpora)\b/i;

/** Where " Challenge" and " challenge" start (their space) in the text after the title, in text order. */
function challengeWords(text: string, titleEnd: number): number[] {
  const at: number[] = [];
  for (const word of ['Challenge', 'challenge']) for (let p = indexOfSpaced(text, word, titleEnd); p >= 0; p = indexOfSpaced(text, word, p + 10)) at.push(p);
  return at.sort((a, b) => a - b);
}

/** Title-case words ending in "Track" after a challenge's name. */
const CHALLENGE_TRACK = /(?: (?:[A-Z0-9][A-Za-z0-9-]*)){1,6} Track(?![A-Za-z0-9-])/y;

/**
 * The words before `pos` back to a "the" in the same sentence (which starts at `lo`), each passing `accept`, at most
 * `max` of them (a "the" may still come after the max-th); null when anything else comes first (punctuation, a word
 * `accept` refuses, the sentence start, more words).
 */
function wordsAfterThe(text: string, pos: number, lo: number, max: number, accept: (word: string) => boolean): Word[] | null {
  const words: Word[] = [];
  for (let k = 0; k <= max; k++) {
    const w = prevWord(text, pos, lo);
    if (!w || w.punct) return null;
    if (/^the$/i.test(w.w)) return words;
    if (k === max || !accept(w.w)) return null;
    words.unshift(w);
    pos = w.s;
  }
  return null;
}

const isChallengeWord = (word: string): boolean => CHALLENGE_WORD.test(word) && !FUNCTION_WORDS.test(word);
const isTitleLongFormWord = (word: string): boolean => TITLE_LONG_FORM.test(word);

/**
 * A named survey is the data it collected: "the World Values Survey", "the PEW Global Attitudes Survey", "the American
 * Community Survey" (42 mentions in the corpus's abstracts, nearly all data; readers of the read sets list all three
 * they met). One to four capitalised words after "the", outside the title (where "Survey" says what the paper is),
 * and the name must end there.
 */
const SURVEY_NAME = /\b[Tt]he ((?:[A-Z][\w.-]*\s){1,4})Survey\b/g;
function surveyRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd } = ctx;
  if (text.indexOf('Survey', titleEnd) < 0) return;
  SURVEY_NAME.lastIndex = titleEnd;
  for (let m = SURVEY_NAME.exec(text); m; m = SURVEY_NAME.exec(text)) {
    const s = m.index + 4;
    const e = m.index + m[0].length;
    const name = text.slice(s, e);
    // (nor a name that goes on: "the Value Survey Module (VSM 2013)")
    if (/^ [A-Z]/.test(text.slice(e, e + 2)) || ctx.taken(s, e)) continue;
    out.push({ label: name, aliases: [name], start: s, end: e });
  }
}

/**
 * Rule 10: a named challenge, the data its participants are scored on: "the GOOSE 2D Fine-Grained Semantic
 * Segmentation Challenge", "the NTIRE 2026 Challenge", "the BabyLM Challenge", "the AI City Challenge 2025" (labelled
 * with "Challenge" and a year after it, as challenges are cited). The name follows "the" and holds a coined word or
 * two words ("the Wild Challenge" of "… in the Wild Challenge" is cut from a longer name); at most seven words.
 */
function challengeRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd, starts } = ctx;
  for (const p of challengeWords(text, titleEnd)) {
    const e0 = p + 10;
    if (isAsciiAlnum(text.charCodeAt(e0)) || text.charCodeAt(e0) === 45) continue; // "Challenges", "Challenge-based"
    // a name that goes on ("the NTIRE 2025 Challenge on Image Denoising", "… Grand Challenge for Next-Gen Pain
    // Assessment"): its end cannot be read, and a cut name would be a second, wrong node
    if (/^ (?:on|for|of|in) (?:the )?[A-Z0-9]/.test(text.slice(e0, e0 + 12))) continue;
    const lo = sentenceStart(starts, p);
    // (in lower case only an edition, its year right before the word: "the HECKTOR 2025 challenge", "the ArabicNLP
    // QIAS 2025 challenge"; "the proposed challenge" is none)
    const edition = text.charCodeAt(p + 1) === 99;
    // (its description may follow in lower case: "the PlantCLEF 2025 challenge on multi-species plant identification")
    if (edition && !/ (?:19|20)\d{2}$/.test(text.slice(p - 5, p))) continue;
    // only a challenge the paper is scored in: a submission, a ranking or a result there, not one named as a venue,
    // an organiser or a motivation ("held as part of …", "inspired by …"); an edition also where the sentence names
    // its data ("The HECKTOR 2025 challenge addresses these needs by establishing a comprehensive benchmark")
    const sentence = text.slice(lo, sentenceEnd(starts, text, p));
    if (!SCORED_IN.test(sentence) && !(edition && EDITION_DATA.test(sentence))) continue;
    const words = wordsAfterThe(text, p + 1, lo, 7, isChallengeWord);
    if (!words || words.length === 0) continue;
    // an edition before the name: "the 5th PVUW Challenge", "the 2025 4th PVUW Challenge" (a leading year goes after
    // the name, as a trailing one stands: "the 2025 AI City Challenge" is the AI City Challenge 2025)
    let leadYear = '';
    while (words.length > 1 && /^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d{2}|Track|\d)$/.test(words[0]!.w)) {
      const w = words.shift()!.w;
      if (/^(?:19|20)\d{2}$/.test(w)) leadYear = w;
    }
    const named = words.filter((w) => !/^\d+$/.test(w.w));
    if (named.length === 0 || (named.length === 1 && shape(named[0]!.w) !== 'coined')) continue;
    if (named.every((w) => NOT_NAMES.has(w.w.toLowerCase()))) continue;
    const s = words[0]!.s;
    const year = / ((?:19|20)\d{2})\b/y;
    year.lastIndex = e0;
    const y = year.exec(text);
    // a track of the challenge named after it is the data scored ("… Grand Challenge Multi-view 3D Visual Grounding Track")
    CHALLENGE_TRACK.lastIndex = y ? e0 + y[0].length : e0;
    const track = CHALLENGE_TRACK.exec(text);
    // (an edition in lower case is named without the word, as readers write it: "HECKTOR 2025")
    const e = edition ? p : (y ? e0 + y[0].length : e0) + (track ? track[0].length : 0);
    if (ctx.taken(s, e) || out.some((d) => d.start === s)) continue;
    const surface = text.slice(s, e);
    const label = leadYear && !y ? `${surface} ${leadYear}` : surface;
    if (ctx.known(label)) continue;
    const aliases = label === surface ? [label] : [label, surface];
    // (an edition named after its organiser is cited by its own name too: "the ArabicNLP QIAS 2025 challenge" is QIAS 2025)
    if (edition && words.length >= 3 && shape(words[words.length - 2]!.w) === 'coined') aliases.push(`${words[words.length - 2]!.w} ${words[words.length - 1]!.w}`);
    out.push({ label, aliases, start: s, end: e });
  }
}

/** A long form in title case: capitalised words, numbers, "No." and the function words of names. */
const TITLE_LONG_FORM = /^(?:[A-Z][\w'’-]*|\d+(?:\.\d+)?|No\.|of|and|for|on|in|the|to|with|&)$/;
/** Long forms that end in a task or a field: "the Audio Question Answering (AQA) benchmark" names a task. */
const TASK_END = /(?:ing|ion|ment|sis|ics|ogy|Models?|Systems?|Networks?)$/;

/**
 * Rule 8: an acronym defined right before a singular head names that dataset: "the Benchmark Simulation Model No. 2
 * (BSM2) international benchmark", "the Animal Faces High Quality (AFHQ) dataset". The long form follows "the", is in
 * title case and does not end in a task or field word ("the Video Question Answering (VQA) benchmark"); at most one
 * lower-case word stands between the parenthesis and the head. Read as the acronym, with the long form as an alias.
 */
function definedBeforeHeadRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd, starts, tk } = ctx;
  for (const t of ruleTokens(ctx)) {
    if ((tk.bits[t]! & HEAD_BIT) === 0 || tk.start[t]! < titleEnd) continue;
    const h = tk.start[t]!;
    // cheap pre-check: ") " right before the head or before one word before it
    let q = h - 1;
    if (text.charCodeAt(q) !== 32) continue;
    if (text.charCodeAt(q - 1) !== 41) {
      while (q > 0 && text.charCodeAt(q - 1) !== 32) q--;
      if (!/^[a-z]{3,15} $/.test(text.slice(q, h))) continue;
      q--;
      if (text.charCodeAt(q - 1) !== 41) continue;
    }
    if (!/^(?:dataset|benchmark|corpus)$/i.test(text.slice(h, tk.end[t]!))) continue;
    const close = q - 1;
    const open = text.lastIndexOf('(', close);
    if (open < 2 || close - open > 16 || text.charCodeAt(open - 1) !== 32) continue;
    const short = text.slice(open + 1, close);
    if (!/^[A-Z][A-Za-z0-9-]*$/.test(short) || !/[A-Z].*[A-Z0-9]/.test(short) || NOT_NAMES.has(short.toLowerCase()) || NOT_NAMES.has(short.toLowerCase().replace(/s$/, ''))) continue;
    // the long form: title-case words back to "the"
    const lo = sentenceStart(starts, open);
    const words = wordsAfterThe(text, open - 1, lo, 9, isTitleLongFormWord);
    if (!words || words.length < 2 || !/^[A-Z]/.test(words[0]!.w)) continue;
    const long = text.slice(words[0]!.s, words[words.length - 1]!.e);
    if (TASK_END.test(words[words.length - 1]!.w) || NOT_NAMES.has(words[words.length - 1]!.w.toLowerCase())) continue;
    const s = open + 1;
    if (ctx.taken(words[0]!.s, close) || ctx.known(short) || ctx.known(long) || out.some((d) => d.start === s)) continue;
    out.push({ label: short, aliases: [short, long], start: s, end: close });
  }
}

/**
 * A coined name right after a singular head, a comma or colon, or in parentheses: "one popular real dataset, NYUD-v2,
 * …", "a cross-domain benchmark (LOL-Blur)".
 */
const NAME_AFTER_HEAD =
  /^(?:,|:| \()? ?([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*\+*)(?=\s*(?:[,;:)]|\.(?![A-Za-z0-9]))|\s+(?:and|which|that|with|to|for|is|was|shows?|demonstrates?|contain(?:s|ing)?|compris(?:es|ing)|consisting)\b)/;

/** A licence's code: "Dataset (CC-BY-4.0)" says how the data may be used. */
const LICENCE = /^CC(?:-BY|0)/;

/** A verb right after a name: the name is a clause's subject. */
const SUBJECT_VERB_AFTER = /^\s+(?:is|are|was|were|achieves|outperforms|shows|demonstrates|attains|reaches|surpasses|improves|yields|obtains)\b/;

/**
 * Rule 5: a coined name in apposition after a singular dataset head ("a real dataset, NYUD-v2,", "the benchmark
 * ToolHop", "an external cohort (ZUAMHCS)"): digit or inner capital required, as a plain word there is as often a
 * description; not the short form of the words before it, which the acronym rules read.
 */
function nameAfterHeadRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd, tk } = ctx;
  for (const t of ruleTokens(ctx)) {
    if ((tk.bits[t]! & HEAD_BIT) === 0 || tk.start[t]! < titleEnd) continue;
    const head = text.slice(tk.start[t]!, tk.end[t]!);
    if (!/^(?:dataset|benchmark|corpus|cohort|database)$/i.test(head)) continue;
    const after = tk.end[t]!;
    const c = codeAt(text, after);
    if (c !== 44 && c !== 58 && c !== 32) continue;
    const m = NAME_AFTER_HEAD.exec(text.slice(after, after + 48));
    if (!m) continue;
    const name = m[1]!;
    // (in parentheses, the name alone in them, "a benchmark (CDA-1: 0.683, …)" gives scores, "dataset (D1, D2, D3)"
    // lists parts; a cohort or a database is named only so, "Cohort II" is a numbered group)
    const inParens = m[0].startsWith(' (');
    if (inParens ? codeAt(text, after + m[0].length) !== 41 : /^(?:cohort|database)$/i.test(head)) continue;
    if (shape(name) !== 'coined' || NOT_DATA_TOKEN.test(name) || LICENCE.test(name)) continue;
    // (after a comma, a name a verb follows is the subject of the clause after a fronted phrase, not an apposition:
    // "Pre-trained on … from the TUEG corpus, LuMamba is evaluated on …")
    if (c === 44 && SUBJECT_VERB_AFTER.test(text.slice(after + m[0].length, after + m[0].length + 16))) continue;
    const s = after + m[0].length - name.length;
    if (ctx.taken(s, s + name.length) || ctx.known(name)) continue;
    // (in parentheses, not a short form the words before it spell, the head among them or not, "a large pattern
    // database (PDB)", "the Arranged and Organized Extraction Benchmark (AOE)", nor one the text defines elsewhere;
    // after a comma or colon, not a short form written anywhere)
    const before = Math.max(0, tk.start[t]! - 100);
    if (inParens ? bestLongForm(name, text.slice(before, after)) !== null || bestLongForm(name, text.slice(before, tk.start[t]!).trimEnd()) !== null || acronymSpots(ctx).beforeParenthesis(name) : acronymSpots(ctx).has(name)) continue;
    out.push({ label: name, aliases: [name], start: s, end: s + name.length });
  }
}

/** The suffixes of benchmark names ("LongBench", "SWE-bench", "HotpotQA", "HumanEval"), searched with indexOf. */
const BENCHMARK_SUFFIXES = ['Bench', 'bench', 'QA', 'Eval'];
/** What may follow the suffix in a benchmark's name: a version, a split, a plus ("VBench-2.0", "RBench-V", "HumanEval+", "MedBench v4"). */
const BENCHMARK_TAIL = /(?:-?(?:v?\d+(?:\.\d+)?|Pro|Lite|Hard|Plus|Verified|Live|Mini|XL|[A-Z](?![A-Za-z]))| [vV]\d{1,2}(?:\.\d{1,2})?(?![A-Za-z0-9.\-]))?\+{0,2}/y;
/**
 * Words that make "…QA" a task, not a dataset ("VideoQA", "TableQA", "MedVQA"); all-capital ones ("KBQA", "VQA") are
 * tasks too. The known benchmarks among such names (ScienceQA, ChartQA, WebQA) are in the lexicon, read before.
 */
const TASK_QA_PREFIX =
  /^(?:video|table|tab|conv|open|med|medical|doc|document|graph|text|image|img|visual|vis|knowledge|temporal|multi|multihop|hop|long|short|audio|speech|science|math|chart|web|code|news|legal|event|geo|spatial|embodied|scene|music|clinical|bio|fin|financial|causal|numerical|logical|complex|simple|factoid|closed|close|extractive|generative|abstractive|community|mm|multimodal|cross|lingual|multilingual|dialog|dialogue)v?$/i;

/**
 * Rule 4: names shaped like benchmarks, wherever they stand ("on ProcessBench and PRMBench", "tasks (PaperBench)"):
 * a word ending in Bench/bench or Eval after a capitalised or coined stem, or in QA after a camel-case stem that is not
 * a task word. A "…QA" acronym the paper defines ("medical question answering (MedQA)") is a task.
 */
function benchmarkShapeRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text } = ctx;
  for (const suffix of BENCHMARK_SUFFIXES) {
    for (let p = text.indexOf(suffix); p >= 0; p = text.indexOf(suffix, p + suffix.length)) {
      // the word around the suffix: back over letters, digits and inner hyphens
      let s = p;
      while (s > 0) {
        const c = text.charCodeAt(s - 1);
        if (isAsciiAlnum(c) || (c === 45 && s > 1 && isAsciiAlnum(text.charCodeAt(s - 2)))) s--;
        else break;
      }
      if (s === p) continue; // no stem
      if (s > 0 && text.charCodeAt(s - 1) > 127) continue; // glued to a letter outside ASCII ("τ2-Bench"): not read here
      BENCHMARK_TAIL.lastIndex = p + suffix.length;
      const e = p + suffix.length + BENCHMARK_TAIL.exec(text)![0].length;
      if (e < text.length && (isAsciiAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === 45)) continue; // "benchmark", "QA-based"
      const name = text.slice(s, e);
      const stem = text.slice(s, p).replace(/-$/, '');
      if (!stemShaped(stem, suffix)) continue;
      if (ctx.taken(s, e) || ctx.known(name) || NOT_NAMES.has(name.toLowerCase())) continue;
      // a question format, not a benchmark: "both OpenQA and CloseQA formats", "the FooQA setting"
      if (suffix === 'QA' && QA_FORMAT_AFTER.test(text.slice(e, e + 12))) continue;
      if (suffix === 'QA' && acronymSpots(ctx).inParentheses(name) && /question[- ]answering\s*\($/i.test(text.slice(Math.max(0, s - 40), s))) continue;
      // a name the paper defines with a long form ("Tool Use Benchmark (ToolUseBench)") is read by the acronym and
      // proposal passes, keyed by that long form: a second node here would split it
      if (hasLongForm(text, name, acronymSpots(ctx))) continue;
      // nor is the paper's own benchmark (named in the title or where the paper introduces something): the proposal
      // pass reads it, with its kind and long form
      if (namedAsOwn(ctx, name)) continue;
      if (!EVALUATED_BEFORE.test(text.slice(Math.max(0, s - 24), s))) continue;
      // a metric in a list of metrics ("metrics such as CheckEval, G-Eval and …")
      if (METRIC_LIST_BEFORE.test(text.slice(Math.max(0, s - 80), s))) continue;
      out.push({ label: name, aliases: [name], start: s, end: e });
    }
  }
}

/** The hash of the token "k" (the tokenizer splits "102K" into "102" and "k"). */
const HASH_K = tokenize('k').hash[0]!;
/** Counts in thousands that are resolutions or context lengths, not sizes of data ("Diffusion-4K", "GPT-4-32k"). */
const NOT_DATA_COUNT = /^(?:4|8|16|32|64|128|256|512)$/;

/**
 * Rule 5: a coined name glued to a count in thousands names data ("VideoRFT-CoT-102K for SFT", "SPair-71k",
 * "Ego-QA-4.4K", "OpenR1-Math-220k"; issue 11: datasets named without a cue). Found by the glued "k" token, so a
 * paper without one costs one pass over the token hashes. Not a name with a parameter size ("MegaBeam-Mistral-7B-512k"
 * is a model with its context length), a resolution or a context length ("Diffusion-4K", "GPT-4-32k"), a name a model
 * hit already covers, or a known name.
 */
function countShapeRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, tk } = ctx;
  const hash = tk.hash;
  for (let t = 1; t < tk.n; t++) {
    if (hash[t] !== HASH_K || !tk.glued[t] || tk.end[t]! - tk.start[t]! !== 1) continue;
    const e = tk.end[t]!;
    if (e < text.length && (isAsciiAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === 45 || text.charCodeAt(e) === 43)) continue;
    // the count: digits and one decimal point, after a hyphen
    let q = tk.start[t]!;
    while (q > 0 && ((text.charCodeAt(q - 1) >= 48 && text.charCodeAt(q - 1) <= 57) || text.charCodeAt(q - 1) === 46)) q--;
    const count = text.slice(q, tk.start[t]!);
    if (!/^\d+(?:\.\d+)?$/.test(count) || NOT_DATA_COUNT.test(count) || q < 2 || text.charCodeAt(q - 1) !== 45) continue;
    // the name before it: letters, digits and inner hyphens
    let s = q - 1;
    while (s > 0) {
      const c = text.charCodeAt(s - 1);
      if (isAsciiAlnum(c) || (c === 45 && s > 1 && isAsciiAlnum(text.charCodeAt(s - 2)))) s--;
      else break;
    }
    if (s > 0 && text.charCodeAt(s - 1) > 127) continue;
    const stem = text.slice(s, q - 1);
    const pieces = stem.split('-');
    if (!/^[A-Z0-9]/.test(stem) || !/[A-Za-z]{2}/.test(stem) || pieces.some((p) => p === '' || /^[a-z]{3,}$/.test(p) || /^\d+(?:\.\d+)?[BbMm]$/.test(p))) continue;
    if (NOT_NAMES.has(pieces[0]!.toLowerCase())) continue;
    const name = text.slice(s, e);
    if (ctx.taken(s, e) || ctx.known(name)) continue;
    out.push({ label: name, aliases: [name], start: s, end: e });
    // built here: "We have constructed two datasets: Video-R1-COT-165k … and Video-R1-260k", "results in two new
    // datasets - VideoRFT-CoT-102K for SFT and …" (not "we construct X from OpenR1-Math-220k")
    const sentence = text.slice(sentenceStart(ctx.starts, s), s);
    const cue = BUILT_HERE.exec(sentence);
    if (cue && !USED_BETWEEN.test(sentence.slice(cue.index + cue[0].length))) (ctx.proposedNames ??= new Set()).add(name);
  }
}

/** A sentence where the paper builds data, up to the name: "we construct …", "our curated …", "two new datasets". */
const BUILT_HERE = /\b(?:(?:[Ww]e|[Oo]ur)\b[^.;]*?(?<![\w-])(?:construct|curat|buil[dt]|creat|collect|introduc|releas|present|generat|propos|develop|synthesi[sz]|contribut)\w*|\bnew (?:data ?sets?|benchmarks?|corpora|corpus)\b)/;
/** Words between that cue and the name that make the name a source or a comparison, not what is built. */
const USED_BETWEEN = /\b(?:on|from|using|of|with|than|over|via|like|including|such as|existing|public|prior|previous|e\.g\.|upon|based|following|against|beyond)\b/;

/** A list of metrics or judges that a benchmark-shaped name stands in: "metrics such as CheckEval, G-Eval". */
const METRIC_LIST_BEFORE = /\b(?:metrics?|measures?|evaluators?)\b[^.;:]{0,20}?(?:such as|including|like|e\.g\.|\()[^.;()]*$/;

/** What makes a "…QA" name a question format: "CloseQA formats", "OpenQA setting", "FooQA pairs". */
const QA_FORMAT_AFTER = /^ (?:formats?|settings?|pairs|styles?)\b/;

/**
 * What stands before a benchmark-shaped name used as one: a preposition of evaluation ("on", "across"), a list
 * separator, or an opening parenthesis ("tasks (PaperBench)").
 */
const EVALUATED_BEFORE = /(?:\b(?:on|across|over|using|including|include|includes|such as|like|and|or|e\.g\.,?|i\.e\.,?|namely|the)\s+|\b(?:On|Across)\s+|,\s*|[(:]\s*)$/;

/** A sentence where the paper introduces something of its own. */
const OWN_CUE = /\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study|report))\b[^.;]*?\b(?:introduc|propos|present|construct|buil|releas|curat|creat|develop|design|establish|contribut|offer)/;

/** Does `name` occur in the title or in a sentence where the paper introduces something? */
function namedAsOwn(ctx: DatasetContext, name: string): boolean {
  const { text, starts, titleEnd } = ctx;
  for (let q = text.indexOf(name); q >= 0; q = text.indexOf(name, q + name.length)) {
    if (q < titleEnd) return true;
    const a = sentenceStart(starts, q);
    if (OWN_CUE.test(text.slice(a, sentenceEnd(starts, text, q)))) return true;
  }
  return false;
}

/** Capitalised words right before "(name)" or right after "name (": a long form of the name. */
const LONG_BEFORE = /(?:[A-Z][\w-]*\s+){1,}[A-Z][\w-]*\s*\($/;
const LONG_AFTER = /^\s*\((?:[A-Z][\w-]*\s+){1,}[A-Z][\w-]*\)/;

function hasLongForm(text: string, name: string, spots: AcronymSpots): boolean {
  if (spots.inParentheses(name)) {
    for (let q = text.indexOf('(' + name + ')'); q >= 0; q = text.indexOf('(' + name + ')', q + 1))
      if (LONG_BEFORE.test(text.slice(Math.max(0, q - 80), q + 1))) return true;
  }
  if (spots.beforeParenthesis(name)) {
    for (let q = text.indexOf(name + ' ('); q >= 0; q = text.indexOf(name + ' (', q + 1))
      if (LONG_AFTER.test(text.slice(q + name.length, q + name.length + 80))) return true;
  }
  return false;
}

/** Is the stem before a benchmark suffix name-like for that suffix? */
function stemShaped(stem: string, suffix: string): boolean {
  if (!/^[A-Za-z0-9]/.test(stem) || !/[A-Za-z]/.test(stem) || NOT_NAMES.has(stem.toLowerCase())) return false;
  if (stem.split('-').some((piece) => /^[a-z]{3,}$/.test(piece))) return false; // "…-medical-VQA": a phrase, not a name
  if (suffix === 'bench') return /[A-Z]/.test(stem); // "SWE-bench", not "testbench"
  if (suffix === 'QA') {
    // camel case ("HotpotQA", "WebWalkerQA"), never all capitals ("KBQA") or a task word ("VideoQA")
    if (!/[a-z]/.test(stem) || !/^[A-Z0-9]/.test(stem) || stem.length < 3) return false;
    return !TASK_QA_PREFIX.test(stem.replace(/-/g, ''));
  }
  if (suffix === 'Eval') return /^[A-Z0-9]/.test(stem) && stem.length >= 2;
  return /^[A-Z0-9]/.test(stem) || /[A-Z]/.test(stem); // "LongBench", "VBench", "mmBench"
}

/** The evaluation words that start EVAL_ON (tried only at those tokens). */
const EVAL_BIT = FIRST_TOKEN_BITS.evaluationWords;
for (const w of ['experiments', 'experiment', 'evaluations', 'evaluation', 'evaluated', 'evaluating', 'tested', 'results', 'benchmarked', 'experimented', 'experimental', 'evaluate', 'validate', 'validated', 'validating', 'performance'])
  registerFirst(w, EVAL_BIT);
/**
 * Evaluation verbs/nouns followed (within three lower-case words) by "on": "Extensive experiments on X demonstrate",
 * "achieves the best performance on X and Y among …".
 */
const EVAL_ON =
  /(?:[Pp]erformance|[Ee]xperiments?|[Ee]valuations?|[Ee]valuated?|[Ee]valuating|[Tt]ested|[Rr]esults|[Bb]enchmarked|[Ee]xperimented|[Ee]xperimental results|[Vv]alidated?|[Vv]alidating)(?:\s+[a-z][a-z-]*){0,3}?\s+on\s+(?:the\s+)?(?=[A-Za-z0-9])/y;
/** An evaluation verb, the name it takes as its object, then "on": "We evaluate ElasticMem on MemorySuite, covering …". */
const EVAL_OBJECT_ON = /(?:[Ee]valuated?|[Tt]ested|[Bb]enchmarked|[Vv]alidated?)\s+[A-Z][\w.+-]*\s+on\s+(?:the\s+)?(?=[A-Za-z0-9])/y;
/** What may follow such a list: punctuation, or a verb or preposition that ends the noun phrase. */
const AFTER_EVAL_LIST =
  /^(?:\s*[.,;:()]|\s*$|\s+(?:--|[-–—])\s|\s+(?:among|demonstrates?|show(?:s|ed)?|reveals?|confirms?|indicates?|highlights?|validates?|suggests?|proves?|verif(?:y|ies)|illustrates?|establish(?:es)?|consistently|that|where|while|with|using|under|against|in|for|at|to|by|across|benchmarks?|datasets?|samples|splits?|subsets?|are|were|is|was|have|has|contain(?:s|ed)?|lack(?:s|ed)?|provide(?:s|d)?|cover(?:s|ed)?|include(?:s|d)?|remain(?:s|ed)?|exhibit(?:s|ed)?|suffer(?:s|ed)?|focus(?:es|ed)?|offer(?:s|ed)?|feature(?:s|d)?|consist(?:s|ed)?|primarily|mainly|mostly|often|typically|usually|only|still)\b)/;
/** Hardware, metrics and units that look coined ("A100", "RTX 4090", "F1", "HD95"). */
const NOT_DATA_TOKEN = /^(?:[AHVLTBP]\d{2,4}|v\.\d[\d.]*|RTX|GTX|TPUv?\d*|GPUs?|CPUs?|NPUs?|FPGAs?|F1|m?IoU|mAP|HD\d+|AUR?OC|AUPRC|BLEU|ROUGE(?:-\w+)?|COMET(?:-\w+)*|METEOR|CIDEr|WER|CER|EER|PSNR|SSIM|LPIPS|FID|RMSE|MAE|MSE|[A-Z]{2,}s)$/;

/**
 * The items of an "experiments on …" list at `pos` (at most six), separated by commas and "and"/"or", each maybe
 * followed by a short parenthetical ("PC-GITA (Spanish), EasyCall (Italian), and SSNCE (Tamil)"); `end`: where the
 * last item (and its parenthetical) ends. An item matching `stop` ends the list before it.
 */
function evalList(text: string, pos: number, stop?: RegExp): { items: { s: number; e: number }[]; end: number } {
  const items: { s: number; e: number }[] = [];
  let end = pos;
  for (let guard = 0; guard < 6; guard++) {
    const it = evalItem(text, pos);
    if (!it || stop?.test(text.slice(it.s, it.e))) break;
    items.push(it);
    const e = itemEnd(text, it.e);
    const paren = /^ \([^()]{1,24}\)/.exec(text.slice(e, e + 28));
    end = e + (paren ? paren[0].length : 0);
    const sep = LIST_SEPARATOR.exec(text.slice(end, end + 12));
    if (!sep) break;
    pos = end + sep[0].length;
  }
  return { items, end };
}

/** One item of an "experiments on …" list at `pos`: up to three name words, one of them coined. */
function evalItem(text: string, pos: number): { s: number; e: number } | null {
  const item = nameWords(text, pos, (w, sh, n) => NOT_DATA_TOKEN.test(w) || (n === 0 && sh === 'num'));
  return item?.coined ? { s: item.s, e: item.e } : null;
}

/**
 * Rule 3: coined names right after "experiments/results/evaluated … on" ("Extensive experiments on KITTI360Pose
 * demonstrate", "Experiments on DGM4 and ClaimReview samples"), when the list ends the phrase. Every item needs a
 * coined word (digit or inner capital): a plain capitalised word there is as often a language or a domain.
 */
function evalOnRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd, starts, tk } = ctx;
  // the first ' on ' at or after the last token's end (-2: not searched yet); the tokens come in text order, so a
  // search is needed only when the last one found an ' on ' before this token
  let on = -2;
  for (const t of ruleTokens(ctx)) {
    if ((tk.bits[t]! & EVAL_BIT) === 0 || tk.start[t]! < titleEnd) continue;
    // cheap pre-check: "on" within the next four words
    const from = tk.end[t]! - 1;
    if (on === -2 || (on >= 0 && on < from)) on = spacedOnFrom(ctx, from);
    if (on < 0 || on - tk.end[t]! > 48) continue;
    EVAL_ON.lastIndex = tk.start[t]!;
    EVAL_OBJECT_ON.lastIndex = tk.start[t]!;
    const m = EVAL_ON.exec(text) ?? EVAL_OBJECT_ON.exec(text);
    if (!m) continue;
    const lo = sentenceStart(starts, m.index);
    const { items, end } = evalList(text, m.index + m[0].length);
    // the list must end the noun phrase ("experiments on A100 GPUs" does not)
    const ok = items.length > 0 && AFTER_EVAL_LIST.test(text.slice(end, end + 24));
    if (!ok) continue;
    for (const it of items) {
      const name = text.slice(it.s, it.e);
      if (ctx.taken(it.s, it.e) || ctx.known(name)) continue;
      // a defined acronym ("imaging (HSI)", "HSI (hyperspectral imaging)"): a task or a method; a one-word note after
      // a name ("PC-GITA (Spanish)") defines nothing
      if (acronymSpots(ctx).inParentheses(name) || (acronymSpots(ctx).beforeParenthesis(name) && !/^ \([^()\s]{1,24}\)/.test(text.slice(it.e, it.e + 28)))) continue;
      if (it.s <= lo + 1) continue;
      out.push({ label: name, aliases: [name], start: it.s, end: it.e });
    }
  }
}

/**
 * A score right before "on": a percentage, a decimal or a signed number, bare or glued to its metric ("85.3%",
 * "0.56", "+4.1%", "AP+6.9", "(+2.4)"). An integer alone is as often a count ("100 epochs on", "8 GPUs on") and a
 * factor a speed-up on hardware ("3.2x on"), so neither is a score.
 */
const SCORE_WORD = /^\(?(?:[A-Za-z][A-Za-z0-9@\-]*)?[+\-−]?(?:\d+\.\d+%?|\d+%)\)?,?$/;
/** A metric or unit word between a score and "on" ("63.2% cross-subject accuracy on", "1.2 dB on", "mIoU on"). */
const METRIC_WORD = /^[A-Za-z][A-Za-z\-@]*$/;
/** What else ends the list after a score: a contrast, a comparison or the next score ("3.1% on A and 2.0% on B"). */
const AFTER_SCORE_LIST = /^\s+(?:and|but|while|whereas|compared|respectively|than|surpassing|outperforming|achieving|setting|when|which)\b/;
/** A score glued to the name of its metric ("PixelAcc+4.5"): the next score of a list, not a name. */
const GLUED_SCORE = /[A-Za-z][+−]\d|[A-Za-z][+\-−]\d+\.\d|\d%$/;

/** Metrics a score is reported in ("+0.5 on MRR", "15% on MS-SSIM", "0.14% on COV EMD"), as one word of the name. */
const METRIC_NAME =
  /^(?:MRR|NDCG\S*|MAPE|SMAPE|PLCC|S?R?OCC|SRCC|KRCC|PCC|CIDEr|METEOR|SPICE|BERTScore|COMET\S*|chrF\+*|DOVER|MUSIQ|NIQE|BRISQUE|CLIPIQA|MANIQA|MS-SSIM|EER|HTER|ACER|APCER|WER|CER|MOTA|MOTP|IDF1|HOTA|m?AP\S*|AR\d*|G-mAP|PQ|NDS|FVD|[gs]?FID|KID|ASR|F1\S*|EMD|CD|Dice|m?IoU|Top-?\d+|R@\d+|Pass@\d+|Recall\S*|Precision|Accuracy|MaxF|NSD|HD\d*|ASSD|PPL|AURC|DISTS|HPS\S*|ImageReward|PickScore|CLIP-?Score|LogP|X?COMET\S*|PCK\S*|ADE|FDE|RMSE|MAE|MSE|PSNR|SSIM|LPIPS|AUC|AUR?OC|AUPRC|ECE|NFEs?|G?FLOPs|FPS|Sharpe|Elo)$/i;
/** Devices a latency or a speed-up is measured on ("11.82 ms on the IMX500", "on Jetson Orin NX", "on 4xA100"). */
const DEVICE_NAME = /^(?:Jetson|MediaTek|Dimensity|x26[45]|iPhone|Pixel|Snapdragon|Raspberry|Orin|IMX\d+|GAP\d+|RTX\d*|GTX\d*|\d+x[A-Z]?\d+\S*|[AHV]\d{2,4}|TPUv?\d*)$/;
/** Names of models a score is measured on ("+6.1 mIoU on DFormer", "FID by 35% on SiT-XL", "1.0% drop on PlainMamba"). */
const MODEL_NAME = /(?:^SD-?\d.*|Net|Former|former|Mamba|GPT|GAN|CNN|CLIP|BERT|DiT|SiT|ViT|VLA|Fusion|DETR|YOLO\w*|LM|VAE|-OFT|-(?:XL|XXL|L|B|S|H|Ti))$/;
/** A level, split, part or stage of a benchmark named by its number ("on L1", "on v3", "on Level II", "on Part II"). */
const LEVEL_NAME = /^(?:[A-Za-z]{1,2}\d{0,2}|(?:Level|Part|Stage|Phase|Task|Track|Setting|Split|Round|Subset|Group|Type|Tier)\s\S+|Sub-?[Tt]ask[-\s]\S+)$/;

/** Is a name after "<score> on" data, not a metric, a device, a model, a level or a version? */
function scoredDataName(name: string): boolean {
  if (LEVEL_NAME.test(name) || MODEL_NAME.test(name) || /^\d+(?:st|nd|rd|th)-|^\d+x/.test(name)) return false;
  for (const w of name.split(' ')) if (METRIC_NAME.test(w) || DEVICE_NAME.test(w) || /^\d+\.\d+$/.test(w)) return false;
  return true;
}

/**
 * Rule 7: coined names right after a score and "on" ("achieving notable improvements of AP+6.9 on COCO, AR+11.1 on
 * UVO", "63.2% cross-subject accuracy on NTU-120", "an IoU of 0.56 on ADE20K"): what a score is measured on is data.
 * At most three metric words between the score and "on"; each item coined (a digit or an inner capital), the list
 * ending the phrase, and the name neither a known entity, hardware, a metric nor an acronym the paper defines.
 */
function scoreOnRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd, starts } = ctx;
  for (let on = spacedOnFrom(ctx, titleEnd); on >= 0; on = spacedOnFrom(ctx, on + 4)) {
    // cheap pre-check: a score's mark within the 40 characters before "on": "%", a decimal point or a sign before a
    // digit (a bare integer is no score)
    let scoreMark = false;
    for (let q = on - 1; q > on - 40 && q > titleEnd; q--) {
      const c = text.charCodeAt(q);
      if (c >= 48 && c <= 57) {
        const b = text.charCodeAt(q - 1);
        if (b === 46 || b === 43 || b === 45 || b === 8722 || text.charCodeAt(q + 1) === 37) {
          scoreMark = true;
          break;
        }
      }
    }
    if (!scoreMark) continue;
    const lo = sentenceStart(starts, on);
    let scored = false;
    let pos = on;
    for (let k = 0; k < 4; k++) {
      const w = prevWord(text, pos, lo);
      if (!w) break;
      const word = w.w + w.punct;
      if (SCORE_WORD.test(word)) {
        scored = true;
        break;
      }
      if (w.punct || !METRIC_WORD.test(w.w) || k === 3) break;
      pos = w.s;
    }
    if (!scored) continue;
    let p = on + 4;
    if (text.startsWith('the ', p)) p += 4;
    const { items, end } = evalList(text, p, GLUED_SCORE);
    if (items.length === 0) continue;
    // the list ends the noun phrase, or the next score of a list of scores follows ("AR+11.1 on UVO, PixelAcc+4.5 on …")
    const after = text.slice(end, end + 24);
    if (!AFTER_EVAL_LIST.test(after) && !AFTER_SCORE_LIST.test(after)) continue;
    for (const it of items) {
      const name = text.slice(it.s, it.e);
      if (ctx.taken(it.s, it.e) || ctx.known(name) || NOT_NAMES.has(name.toLowerCase()) || !scoredDataName(name)) continue;
      if (acronymSpots(ctx).inParentheses(name) || (acronymSpots(ctx).beforeParenthesis(name) && !/^ \([^()\s]{1,24}\)/.test(text.slice(it.e, it.e + 28)))) continue;
      if (out.some((d) => d.start === it.s)) continue;
      out.push({ label: name, aliases: [name], start: it.s, end: it.e });
    }
  }
}

/** Counts before a head noun: "three FER benchmark datasets" is a class of three, not a name. */
const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|many|\d+)$/;
const COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** The number a count word says, or -1 for "several", "multiple", "various", "many". */
function countOf(w: string): number {
  const k = COUNTS.indexOf(w);
  return k >= 0 ? k + 2 : /^\d+$/.test(w) ? Number(w) : -1;
}

/** Rule 1: name-like words before a dataset head noun. */
function headRule(ctx: DatasetContext, out: FoundDataset[]): void {
  const { text, titleEnd, starts, tk } = ctx;
  for (let t of ruleTokens(ctx)) {
    if ((tk.bits[t]! & HEAD_BIT) === 0) continue;
    let h = tk.start[t]!;
    if (t + 1 < tk.n && tk.glued[t + 1]) continue; // "benchmark2"
    let headEnd = tk.end[t]!;
    const c0 = text.charCodeAt(h);
    if ((c0 === 115 || c0 === 83) && headEnd - h === 6) {
      // "shared": only in "shared task(s)" (the frequent word "task" is not in the first-token table)
      if (t + 1 >= tk.n || tk.start[t + 1] !== headEnd + 1 || !/^[Tt]asks?$/.test(text.slice(headEnd + 1, tk.end[t + 1]!))) continue;
      headEnd = tk.end[++t]!;
    } else if ((c0 === 115 || c0 === 83) && headEnd - h <= 4) {
      // "set(s)": only in "data set(s)", and "test/validation/evaluation sets" ("the FooBar and BazQux test sets") (the
      // test is on the length too: "suite" starts with an s as well)
      if (t === 0 || tk.end[t - 1] !== h - 1 || text.charCodeAt(h - 1) !== 32 || !/^(?:[Dd]ata|[Tt]est|[Vv]alidation|[Ee]valuation)$/.test(text.slice(tk.start[t - 1]!, h - 1))) continue;
      h = tk.start[t - 1]!;
    }
    const head = text.slice(h, headEnd);
    if (!HEAD.test(head)) continue;
    if (h === 0 || text.charCodeAt(h - 1) !== 32) continue; // "X-benchmark", sentence start
    if (ctx.taken(h, h + head.length)) continue; // part of a known name ("Waymo Open Dataset")
    const inTitle = h < titleEnd;
    const lo = inTitle ? 0 : sentenceStart(starts, h);
    // ("corpus" ends in an s and is singular: "the TUEG corpus")
    const plural = (head.endsWith('s') && !head.endsWith('pus')) || head.endsWith('pora');
    // (listOnly: a sibling that counts for the list, read by other rules: the short form after a name)
    const names: { words: Word[]; shapes: string[]; listOnly?: boolean }[] = [];
    let maxWordsUsed = 4;
    let pos = h;
    let conj = false;
    let first = true;
    let longForm = false;
    let knownListed = 0;
    for (let guard = 0; guard < 8; guard++) {
      const words: Word[] = [];
      const shapes: string[] = [];
      let stopped = false;
      let maxWords = 4;
      if (first) {
        // one or two descriptors between a coined name and the head ("M4Raw brain datasets", "MedMNIST+ 2D datasets",
        // "the SensatUrban city-scale dataset", "the SPAWC2021 indoor positioning dataset")
        let d = prevWord(text, pos, lo);
        for (let k = 0; k < 2 && d && !d.punct && isDescriptor(d.w); k++) {
          const nm = prevWord(text, d.s, lo);
          if (nm && !nm.punct && (DESCRIBED_NAME.test(nm.w) || DESCRIBED_ACRONYM.test(nm.w) || CODED_ACRONYM.test(nm.w)) && shape(nm.w) === 'coined') {
            pos = d.s;
            maxWords = maxWordsUsed = 1;
            break;
          }
          d = nm;
        }
      }
      // a sibling the lexicon knows is read whole, whatever its words' shapes ("the TUM RGB-D and Replica datasets"),
      // and counts only as the list's other member
      const knownBefore = first ? undefined : knownEndingAt(ctx, prevWord(text, pos, lo));
      if (knownBefore) {
        words.push(knownBefore);
        shapes.push('coined');
      } else for (;;) {
        const w = prevWord(text, pos, lo);
        if (!w || words.length >= maxWords) break;
        // only the last word of a name may carry a comma, and only in "A, B and C" coordination
        if (w.punct && !(words.length === 0 && w.punct === ',' && conj && !first)) break;
        // a preposition a title capitalises ends the name: "A Case Study on Domain Shift Between RSNA and TopCoW
        // Datasets" names RSNA, not "Domain Shift Between RSNA"
        if (words.length > 0 && TITLE_PREPOSITION.test(w.w)) break;
        const sh = shape(w.w);
        if (!sh) {
          // a capitalised language, platform or class word ends the name: the whole phrase is a class ("Bengali NLI
          // dataset", "Web Queries dataset")
          // (a capitalised determiner or preposition only starts the sentence: "The KIIT-MiTA dataset")
          if (!w.punct && startsUpperAscii(w.w) && NOT_NAMES.has(w.w.toLowerCase()) && !FUNCTION_WORDS.test(w.w) && words.length > 0) stopped = true;
          break;
        }
        // a word after an opening parenthesis or bracket starts the name ("(UCF5 dataset)"); a long form in
        // parentheses after a name, starting with its letter, defines that name, which the acronym rules read
        // ("GTPBD (Global Terraced Parcel and Boundary Dataset)"; not a list: "GTA5-X (BarSeg and BazSeg datasets)")
        let open = 0;
        while (text.charCodeAt(w.s + open) === 40 || text.charCodeAt(w.s + open) === 91) open++;
        if (open > 0) {
          const before = prevWord(text, w.s, lo);
          if (
            (sh === 'cap' || words.length > 0 || names.length > 0) &&
            before &&
            !before.punct &&
            shape(before.w) === 'coined' &&
            before.w[0]!.toLowerCase() === w.w[0]!.toLowerCase()
          ) {
            longForm = stopped = true;
            break;
          }
          words.unshift({ ...w, s: w.s + open });
          shapes.unshift(sh);
          pos = w.s;
          break;
        }
        words.unshift(w);
        shapes.unshift(sh);
        pos = w.s;
      }
      while (shapes.length > 0 && shapes[0] === 'num') {
        words.shift();
        shapes.shift();
      }
      if (words.length === 0 || stopped) break;
      if (knownBefore) knownListed++;
      names.push(knownBefore ? { words, shapes, listOnly: true } : { words, shapes });
      first = false;
      const sep = prevWord(text, words[0]!.s, lo);
      if (sep && (sep.w === 'and' || sep.w === 'or' || sep.w === '&') && !sep.punct) {
        conj = true;
        pos = sep.s;
        // the sibling before may carry its short form: "Mapillary (MSLS) and GAMa datasets" names two datasets; the
        // pair is read by the acronym and lexicon rules, and counts here only as the list's other member
        const short = prevWord(text, pos, lo);
        if (short && short.punct === ')' && text.charCodeAt(short.s) === 40 && SHORT_FORM_IN_PARENS.test(short.w) && shape(short.w)) {
          names.push({ words: [{ ...short, s: short.s + 1 }], shapes: [shape(short.w)!], listOnly: true });
          break;
        }
        continue;
      }
      // earlier members of "A, B, and C datasets" (after a conjunction was seen)
      if (sep && sep.punct === ',' && conj) {
        pos = words[0]!.s;
        continue;
      }
      break;
    }
    if (names.length === 0 || longForm) continue;
    // "a QA dataset", "any Kaggle dataset": a class, not a name
    // (looking back over lower-case adjectives: "a comprehensive ASP benchmark", "the first HRSI-SOD dataset")
    let generic = false;
    for (let q = names[names.length - 1]!.words[0]!.s, k = 0; k < 4; k++) {
      const before = prevWord(text, q, lo);
      // (a hyphenated adjective may carry capitals: "the first MRI-based PAS dataset")
      if (!before || before.punct || !/^[A-Za-z][a-z\-]*$|^[A-Za-z0-9]+-(?:based|driven|guided|derived|specific|related|level|scale)$/.test(before.w)) break;
      const bw = before.w.toLowerCase();
      // one of a class ("a QA dataset", "the first HRSI-SOD dataset") or a count of them ("three FER benchmark
      // datasets"), unless the count is that of the names ("two representative YFCC100M and SUN3D datasets")
      if (/^(?:a|an|any|each|every|another|one|such|first|single)$/.test(bw)) generic = true;
      else if (COUNT_WORD.test(bw) && countOf(bw) !== names.length) generic = true;
      if (/^(?:the|our|on|in|of|from|using|with)$/.test(bw) || /^[A-Z][a-z]*$/.test(before.w)) break;
      q = before.s;
    }
    if (generic) continue;
    if (names.length === 1 && plural) {
      // "Amazon datasets", "QA benchmarks": one plain name before a plural head is a class
      const sh = names[0]!.shapes;
      // (a name of several capitals is a collection of datasets: "MedMNIST+ 2D datasets"; one capital is a platform:
      // "PubMed datasets", "TikTok datasets")
      const w0 = names[0]!.words[0]!.w;
      if (!(sh.length > 1 || /\d/.test(w0) || (maxWordsUsed === 1 && /[A-Z][^A-Z]*[A-Z][^A-Z]*[A-Z]/.test(w0.slice(1)) && /[a-z]/.test(w0)))) continue;
    }
    const capHead = /^[A-Z]/.test(head) && !plural && !COINED_ONLY_HEAD.test(head);
    const knownSibling = plural && names.length > 1 && names.some(({ words }) => ctx.knownDatasets.some((k) => k.start === words[0]!.s));
    for (const { words, shapes, listOnly } of names) {
      if (listOnly) continue;
      if (COINED_ONLY_HEAD.test(head) && !shapes.includes('coined')) continue;
      if (!acceptName(words, shapes, ctx, inTitle, lo, knownSibling && words.length === 1)) continue;
      const name = text.slice(words[0]!.s, words[words.length - 1]!.e);
      const withHead = `${name} ${head}`;
      // a title-case name takes its capitalised head ("Singapore Maritime Dataset"); a coined one does not
      // (a known sibling read whole does not make the name one of several: "ETH/UCY and Stanford Drone Dataset")
      const alone = names.length - knownListed === 1;
      const titleCase = capHead && !shapes.includes('coined') && alone;
      out.push({
        label: titleCase ? withHead : name,
        aliases: alone ? [withHead, name] : [name],
        start: words[0]!.s,
        end: words[words.length - 1]!.e,
      });
    }
  }
}

const LIST_ITEM = String.raw`(?:our\s+)?(?:[A-Z0-9][\w+#.\-]*|[a-z]+[A-Z][\w+#.\-]*)(?:\s+[A-Z0-9][\w+#.\-]*){0,2}`;
const LIST = new RegExp(String.raw`${LIST_ITEM}(?:\s*,\s*(?:(?:and|or)\s+)?${LIST_ITEM}|\s+(?:and|or)\s+${LIST_ITEM})+`, 'g');
const ITEM_SPLIT = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/g;
const CUE = /(?:\b(?:on|namely|including|include|includes|such as|like|across|over|e\.g\.|datasets?|benchmarks?|corpora|suites?)\s*[:,(]?|[-–]\s*including|\(\s*)\s*$/i;

/** Lists of other things that may hold a name shaped like a benchmark ("metrics such as CheckEval, G-Eval and …"). */
const NOT_DATA_LIST_CUE = /\b(?:metrics?|measures?|scores?|judges?|evaluators?|methods?|baselines?|models?|approaches|frameworks?|systems?|tools?|agents?)\b[^.;]*$/i;

/**
 * Rule 2: name-like siblings of a known dataset in a coordinated list after a dataset cue. `known`: the datasets that
 * anchor lists (the lexicon's, or names shaped like benchmarks), in text order.
 */
function listRule(ctx: DatasetContext, out: FoundDataset[], known: readonly { start: number; end: number }[], coinedOnly = false): void {
  const { text, starts, titleEnd } = ctx;
  // the largest end among the first i + 1 known datasets: an item overlaps one of them iff it overlaps one of those
  // that start before its end, i.e. iff that prefix's largest end is after its start
  const maxEnd: number[] = [];
  for (let i = 0, e = -1; i < known.length; i++) maxEnd.push((e = Math.max(e, known[i]!.end)));
  const isKnown = (it: { s: number; e: number }) => {
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (known[mid]!.start < it.e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > it.s;
  };
  const seen = new Set<number>();
  for (const k of known) {
    if (k.start < titleEnd) continue;
    const a = sentenceStart(starts, k.start);
    if (seen.has(a)) continue;
    seen.add(a);
    const b = sentenceEnd(starts, text, k.start);
    // a short parenthetical inside a list ("NeRF Synthetic (Blender), Mip-NeRF 360, and …") is blanked out
    let sent = text.slice(a, b);
    if (sent.indexOf('(') >= 0) sent = sent.replace(/ \([^(),]{1,40}\)(?=\s*[,;]|\s+(?:and|or)\s)/g, (x) => ' '.repeat(x.length));
    LIST.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LIST.exec(sent))) {
      const ms = a + m.index;
      const cued = CUE.test(sent.slice(Math.max(0, m.index - 40), m.index));
      // items with their offsets and whether a conjunction precedes them
      const items: { s: number; e: number; name: string; conj: boolean }[] = [];
      const body = m[0].replace(/[.\-]+$/, "");
      let p = 0;
      let conj = false;
      ITEM_SPLIT.lastIndex = 0;
      let sp: RegExpExecArray | null;

      while ((sp = ITEM_SPLIT.exec(body))) {
        items.push({ s: ms + p, e: ms + sp.index, name: body.slice(p, sp.index), conj });
        conj = /\b(?:and|or)\b/.test(sp[0]);
        p = sp.index + sp[0].length;
      }
      items.push({ s: ms + p, e: ms + body.length, name: body.slice(p), conj });
      // the list ends at the item after "and"/"or" ("on A, B and C, OurModel achieves …")
      const cut = items.findIndex((it) => it.conj);
      const list = cut >= 0 ? items.slice(0, cut + 1) : items;
      const closed = cut >= 0 || /^\s*[).;:]/.test(text.slice(list[list.length - 1]!.e, list[list.length - 1]!.e + 3));
      if (!closed || list.length < 2) continue;
      // a cue and one known dataset, or without a cue two ("XSum, CNN/DM and FooSum are used")
      const knownItems = list.filter(isKnown).length;
      if (knownItems === 0 || (!cued && knownItems < 2)) continue;
      if (coinedOnly && NOT_DATA_LIST_CUE.test(sent.slice(Math.max(0, m.index - 60), m.index))) continue;
      // a list of metrics that holds a benchmark's name ("established metrics (FVD, CLIPScore, VBench, FVMD)")
      if (METRIC_LIST_BEFORE.test(sent.slice(Math.max(0, m.index - 60), m.index))) continue;
      for (const it of list) {
        if (isKnown(it) || /^our\s/i.test(it.name) || HEAD.test(it.name) || /^Bench$/.test(it.name) || NOT_DATA_TOKEN.test(it.name)) continue; // "V* Bench": the name is cut
        const ws = it.name.split(/\s+/);
        const shapes = ws.map(shape);
        if (shapes.some((s) => !s) || shapes[0] === 'num' || (coinedOnly && !shapes.includes('coined') && !/^[A-Z][a-z]+-[A-Z]/.test(it.name))) continue; // ("Daily-Omni")
        if (ctx.taken(it.s, it.e) || ctx.known(it.name) || out.some((d) => d.start === it.s)) continue;
        if (shapes[0] === 'cap' && it.s <= a + 1) continue;
        out.push({ label: it.name, aliases: [it.name], start: it.s, end: it.e });
      }
    }
  }
}

/** The plural nouns that introduce examples of methods ("methods such as …"). */
const METHOD_LIST_BIT = FIRST_TOKEN_BITS.methodListNouns;
// (and the words of a comparison, whose object names the other methods: "compared with A and B", "outperforms A, B and
// C", "surpassing A")
// (and "models", whose examples are models: "CNN segmentation models, including DeepLabV3+, DANet, CCNet")
for (const w of ['methods', 'approaches', 'baselines', 'techniques', 'algorithms', 'studies', 'works', 'frameworks', 'defenses', 'attacks', 'detectors', 'trackers', 'optimizers', 'solvers', 'models', 'compared', 'outperforms', 'outperforming', 'surpasses', 'surpassing'])
  registerFirst(w, METHOD_LIST_BIT);
const METHOD_LIST_CUE =
  /(?:(methods|approaches|baselines|techniques|algorithms|studies|works|frameworks|defenses|attacks|detectors|trackers|optimizers|solvers|models)\s*,?\s*(?:such as|including|like|e\.g\.,?|namely|\((?:e\.g\.,?|including)?|:)|baselines\s+include|compared\s+(?:with|to|against)|outperform(?:s|ing)|surpass(?:es|ing))\s*/iy;
/**
 * A name that describes rather than names: a lower-case part of a compound adjective, a class word first; or too short,
 * or an abbreviation with a full stop ("V4", "Ph.D").
 */
const DESCRIBED_METHOD = /-(?:only|related|based|like|style|free|aware|guided|driven|specific|routing|level)$|^(?:SOTAs?|SoTAs?|single|multi)\b|^.{1,2}$|\.(?!\d)/i;
/** The words of a comparison among the list cues. */
const COMPARISON_WORD = /^(?:compared|outperform|surpass)/i;
/** A coined method name: a capital after the first letter or a digit after a capitalised word ("FlexMatch",
 * "Semi-ViT", "SwiftBrushv2", "ADaPT", "nnU-Net"). */
const METHOD_NAME = { test: (w: string) => /^[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*\+*$/.test(w) && (/[A-Z]/.test(w.slice(1)) || /^[A-Z][A-Za-z]*\d/.test(w)) };
const AFTER_METHOD_LIST = /^(?:\s*[.,;:)]|\s*$|\s+(?:have|has|had|are|were|is|was|which|that|to|in|for|on|with|by|across|while|under|at|when|rely|relies|use|uses|still|often|typically|suffer|struggle|fail|achieve|require|and|or|etc)\b)/;

/** Words before "models" that make its examples techniques: classical learners, colour spaces. */
const NOT_MODEL_CLASS = /\b(?:[Mm]achine [Ll]earning|ML|[Ss]tatistical|[Cc]lassical|[Rr]egression|[Cc]lassification|[Cc]olou?r)\s+$/;
/** A last word in the plural names a class: "Highway Networks", "Decision Trees", "H100 GPUs". */
const PLURAL_LAST_WORD = /\s[A-Z][A-Za-z]*[a-zA-Z]s$/;

/** A name a rule of this file reads outside the datasets: a method, or a model (findListedNames after "models"). */
export interface FoundName {
  label: string;
  start: number;
  end: number;
  model?: true;
}

/**
 * Methods outside the lexicon named as examples after a plural method noun ("Recent methods such as FlexMatch and
 * FreeMatch", "state-of-the-art methods, including LCM, SD-Turbo, and SwiftBrushv2"): each coined member of the list
 * that is not a known entity, a defined acronym or a plain word. The list must end the phrase. After "models" the
 * members are models ("autoregressive models, such as MAR, FlowAR, and xAR": readers of the read sets list 89 of the 100
 * names they list there as models, 9 as methods; the known architectures among those, U-Net, DiT, LSTM, stay the
 * lexicon's methods).
 */
export function findListedNames(ctx: DatasetContext): FoundName[] {
  const { text, titleEnd, tk } = ctx;
  const out: FoundName[] = [];
  for (const t of ruleTokens(ctx)) {
    if ((tk.bits[t]! & METHOD_LIST_BIT) === 0 || tk.start[t]! < titleEnd) continue;
    // cheap pre-check: the cue (such as, including, like, e.g., namely, a parenthesis) starts with s/i/l/e/n/(
    let q = tk.end[t]!;
    while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 44)) q++;
    const c = codeAt(text, q) | 32;
    // (or a colon after the noun, or the comparison's own word: then the list follows at once)
    if (c !== 115 && c !== 105 && c !== 108 && c !== 101 && c !== 110 && c !== 40 && c !== 58 && !COMPARISON_WORD.test(text.slice(tk.start[t]!, tk.end[t]!))) continue;
    METHOD_LIST_CUE.lastIndex = tk.start[t]!;
    const m = METHOD_LIST_CUE.exec(text);
    if (!m) continue;
    // items: a name word, optionally followed by one capitalised word ("Noisy Student"); the list stops at the
    // first item that is not a name, and what follows the last name must end the phrase
    const items: { s: number; e: number }[] = [];
    let pos = m.index + m[0].length;
    // (after a comparison, a colon or "include" the list is less surely one of methods: one coined word each, not a
    // description, "LLM-routing", "RGB-only", "SOTA SLLMs", "Function Calling")
    const strict = !/(?:such as|including|like|e\.g\.,?|namely|\()\s*$/i.test(m[0]);
    for (let guard = 0; guard < 8; guard++) {
      const r = /^([A-Za-z0-9][^\s,;:()]*?)(?: ([A-Z][A-Za-z0-9-]*?))?\.?(?=[\s,;:()]|$)/.exec(text.slice(pos, pos + 48));
      if (!r || !(METHOD_NAME.test(r[1]!) || (r[2] !== undefined && /^[A-Z][a-z]/.test(r[1]!)))) break;
      if (strict && (r[2] !== undefined || !METHOD_NAME.test(r[1]!) || DESCRIBED_METHOD.test(r[1]!) || NOT_NAMES.has(r[1]!.split('-')[0]!.toLowerCase()))) break;
      const e = pos + r[1]!.length + (r[2] !== undefined ? 1 + r[2].length : 0);
      items.push({ s: pos, e });
      const sep = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/.exec(text.slice(e, e + 8));
      if (!sep) break;
      pos = e + sep[0].length;
    }
    const k = items.length;
    if (k === 0 || !AFTER_METHOD_LIST.test(text.slice(items[k - 1]!.e, items[k - 1]!.e + 16))) continue;
    const models = m[1] !== undefined && m[1].toLowerCase() === 'models';
    // (the examples of classical learners, "machine learning models (SVM, KNN)", "statistical models such as ARIMA and
    // SVR", and of colour spaces, "color models (e.g., sRGB)", are no models: the list is left to the other rules)
    if (models && NOT_MODEL_CLASS.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    for (let i = 0; i < k; i++) {
      const it = items[i]!;
      const name = text.slice(it.s, it.e);
      if (NOT_NAMES.has(name.toLowerCase()) || NOT_DATA_TOKEN.test(name)) continue;
      // (a model is no kind of model, "CNNs and U-Nets", "MLP, SpeechLLM", nor a plural class, "Highway Networks", nor a
      // measure given a value, "(ECE: 0.049)")
      if (models && (namesKindOfModel(name) || PLURAL_LAST_WORD.test(name) || text.charCodeAt(it.e) === 58)) continue;
      if (ctx.taken(it.s, it.e) || ctx.known(name)) continue;
      if (text.startsWith(' (', it.e) || acronymSpots(ctx).inParentheses(name)) continue; // a defined acronym
      out.push(models ? { label: name, start: it.s, end: it.e, model: true } : { label: name, start: it.s, end: it.e });
    }
  }
  return out;
}

/**
 * An item of a coordinated list: a word (a full stop inside it only before more of it: "Mem0." ends a sentence), or a
 * capitalised word and one more ("Generative Agents", "Second Me"; not "like SleepGate").
 */
const COORDINATED_WORD = String.raw`[\w+\-]*(?:\.[\w+\-]+)*`;
const COORDINATED_ITEM = String.raw`(?:[A-Z0-9]${COORDINATED_WORD}(?: [A-Z]${COORDINATED_WORD})?|[a-z]${COORDINATED_WORD})`;
/** Three items or more: "A, B and C", "A, B, C, or D". */
const COORDINATED_LIST = new RegExp(String.raw`(?<![\w\-])(?:${COORDINATED_ITEM}, ){1,8}${COORDINATED_ITEM},? (?:and|or) ${COORDINATED_ITEM}`, 'g');
const COORDINATED_SEPARATOR = /,? (?:and|or) |, /g;
/** The last piece of a name of data or a metric: "Grounding-QA", "CoV-Eval", "Ref-F1". */
const NOT_TECHNIQUE_END = /(?:Bench|bench|QA|Eval|Arena|F1|Score|score)$/;
/** Two plain words joined that describe a setting: "Few-Shot", "Anti-Sycophancy", "Reduced-Step" (not "Self-Route"). */
// (and a lower-case participle after a hyphen: "MRI-derived", "LLM-enhanced")
const DESCRIBING_COMPOUND = /^(?:[A-Z][a-z]+-(?:[Ss]hot|[Ss]tep|[Tt]urn|[Ss]tage|[Ll]ayer)|(?:Anti|Non|Semi|Pre|Post|Sub|Co|Un|De|Over|Under|Cross|Full|Half)-[A-Z][a-z]+|[A-Z][a-z]+(?:ed|ing)-[A-Z][a-z]+)$|-[a-z]{3,}(?:ed|ing)$/;
/** Software listed with techniques: libraries and serving engines are no technique ("AdamW, DeepSpeed and FlashAttention"). */
const SOFTWARE_NAMES = new Set(['deepspeed', 'pytorch', 'tensorflow', 'jax', 'keras', 'vllm', 'sglang', 'megatron-lm', 'huggingface', 'scikit-learn', 'onnx', 'tensorrt', 'openvino', 'llama.cpp', 'ollama', 'langchain', 'llamaindex']);
/** A metric noun after a list: its items are measures. */
const METRIC_NOUN_AFTER = /^\s+(?:scores?|metrics?|measures?)\b/;
/** An acronym alone, "SCL", "IMU": named a technique only beside two known ones. */
const PLAIN_ACRONYM = /^[A-Z][A-Z0-9]*$/;

/**
 * Coined names listed beside known techniques ("an academic lineage including MemGPT, Generative Agents, Mem0, Zep,
 * A-Mem, MemMachine, SleepGate, and Second Me"; "inter-image DA strategies: CutMix, CarveMix, ObjectAug and
 * AnatoMix"): in a coordinated list of three items or more that holds a known technique and nothing of another kind,
 * an item no lexicon knows, shaped as a coined name and no description ("LLM-based", "Few-Shot", "Anti-Sycophancy"), is
 * a technique too: beside one known technique only a capitalised name that is no acronym alone, beside two any such
 * name ("SCL, CCL and SupCon").
 * Readers list 17 of the 17 such names in the read sets as methods; not the names of data or metrics
 * ("Grounding-QA", "Ref-F1"), kinds of models ("LLMs"), defined acronyms, nor lists of metrics.
 * `methodSpans`: [start, end) of each known technique, in text order; `otherKind`: does [a, b) hold another entity.
 */
export function findMethodSiblings(ctx: DatasetContext, methodSpans: readonly number[], otherKind: (a: number, b: number) => boolean): FoundName[] {
  const { text, titleEnd, starts } = ctx;
  const out: FoundName[] = [];
  let doneTo = -1; // (the sentences read so far end here)
  for (let j = 0; j < methodSpans.length; j += 2) {
    if (methodSpans[j]! < doneTo) continue;
    const from = methodSpans[j]! < titleEnd ? 0 : sentenceStart(starts, methodSpans[j]!);
    const to = methodSpans[j]! < titleEnd ? titleEnd : sentenceEnd(starts, text, methodSpans[j]!);
    doneTo = to;
    const sentence = text.slice(from, to);
    // (a cheap gate: a list has a comma and a coordinating word)
    if (!sentence.includes(', ') || (!sentence.includes(' and ') && !sentence.includes(' or '))) continue;
    COORDINATED_LIST.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COORDINATED_LIST.exec(sentence))) {
      const items: { s: number; e: number }[] = [];
      let at = from + m.index;
      COORDINATED_SEPARATOR.lastIndex = 0;
      let sep: RegExpExecArray | null;
      while ((sep = COORDINATED_SEPARATOR.exec(m[0]))) {
        items.push({ s: at, e: from + m.index + sep.index });
        at = from + m.index + sep.index + sep[0].length;
      }
      items.push({ s: at, e: from + m.index + m[0].length });
      let known = 0;
      let other = false;
      const names: { s: number; e: number }[] = [];
      for (const it of items) {
        let isKnown = false;
        for (let k = 0; k < methodSpans.length && methodSpans[k]! < it.e; k += 2) if (methodSpans[k + 1]! > it.s) isKnown = true;
        if (isKnown) known++;
        else if (otherKind(it.s, it.e)) other = true;
        else names.push(it);
      }
      if (known === 0 || other) continue;
      // (a list of metrics is no list of techniques: "metrics such as CheckEval, G-Eval and Ref-F1", "in ID-S, BG-S,
      // IN-R and AVG scores")
      if (METRIC_LIST_BEFORE.test(text.slice(Math.max(from, from + m.index - 60), from + m.index))) continue;
      if (METRIC_NOUN_AFTER.test(text.slice(from + m.index + m[0].length, from + m.index + m[0].length + 12))) continue;
      for (const it of names) {
        const name = text.slice(it.s, it.e);
        if (!METHOD_NAME.test(name) || NOT_TECHNIQUE_END.test(name) || DESCRIBED_METHOD.test(name) || DESCRIBING_COMPOUND.test(name) || namesKindOfModel(name)) continue;
        if (known < 2 && (!/^[A-Z]/.test(name) || PLAIN_ACRONYM.test(name))) continue;
        if (NOT_NAMES.has(name.toLowerCase()) || SOFTWARE_NAMES.has(name.toLowerCase()) || NOT_DATA_TOKEN.test(name) || ctx.known(name)) continue;
        if (text.startsWith(' (', it.e) || acronymSpots(ctx).inParentheses(name)) continue; // a defined acronym
        out.push({ label: name, start: it.s, end: it.e });
      }
    }
  }
  return out;
}

/**
 * "the <Name> algorithm" (solver, optimizer): a named algorithm the text uses ("the LexRank algorithm", "the
 * Blahut-Arimoto algorithm", "the Muon optimizer"). The name is one or two capitalised words, one of them coined or
 * hyphenated, or a single capitalised word of four letters or more after "the"; a known entity, a defined acronym or a
 * description ("the Proposed algorithm", "the RL-based solver") is not read.
 */
const NAMED_ALGORITHM = /\bthe ([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)?) (algorithm|solver|optimizer|optimiser)\b(?!-)/g;
const DESCRIPTIVE_NAME = /(?:-(?:based|like|style|type|driven|aware|free|guided|inspired)\b.*|^(?:Proposed|Above|Same|Following|New|Novel|Standard|Classic|Classical|Original|Modified|Improved|Resulting|Overall|Full|Final|Whole|Entire|Greedy|Optimal|Online|Offline|Adaptive|Fast|Main|Basic|Simple|Efficient|Exact|Approximate|Iterative|Randomized|Parallel|Distributed|Generic|General|Base|Baseline|Default|Reference|Hybrid|Learned|Learning|Training|Search|Scheduling|Routing|Matching|Sampling|Clustering|Inference)\b.*)$/;
/**
 * The cheap test before NAMED_ALGORITHM: " algorithm", " solver" or " optimi" in the abstract. One regex scan, not three
 * searches for strings that start with a space (V8 finds those by their first character and stops at every word):
 * 2.4 times faster.
 */
const ALGORITHM_WORD = / (?:algorithm|solver|optimi)/g;
export function findNamedAlgorithms(ctx: DatasetContext): FoundName[] {
  const { text, titleEnd } = ctx;
  const out: FoundName[] = [];
  ALGORITHM_WORD.lastIndex = titleEnd;
  if (!ALGORITHM_WORD.test(text)) return out;
  NAMED_ALGORITHM.lastIndex = titleEnd;
  let m: RegExpExecArray | null;
  while ((m = NAMED_ALGORITHM.exec(text))) {
    const name = m[1]!;
    const s = m.index + 4;
    const e = s + name.length;
    const words = name.split(' ');
    const coined = words.some((w) => METHOD_NAME.test(w) || /^[A-Z][a-z]+-[A-Z][a-z]+/.test(w));
    if (!coined && !(words.length === 1 && /^[A-Z][a-z]{3,}$/.test(name))) continue;
    // (a solver named by an acronym alone is named by the problem it solves: "the ODE solver", "the POMDP solver")
    if (m[2] === 'solver' && /^[A-Z]+(?: [A-Z]+)?$/.test(name)) continue;
    if (DESCRIPTIVE_NAME.test(name) || NOT_NAMES.has(name.toLowerCase()) || NOT_DATA_TOKEN.test(name)) continue;
    if (ctx.taken(s, e) || ctx.known(name) || acronymSpots(ctx).inParentheses(name)) continue;
    out.push({ label: name, start: s, end: e });
  }
  return out;
}

/**
 * Features of a candidate name (candidates.ts) for the learned classifier, hashed into a fixed number of buckets.
 *
 * Each feature is a short string ("R1:dataset", "sfx4:ench", "df:0") whose FNV-1a hash picks a bucket; the model's
 * weights are kept only for buckets that matter (perceptron.ts), so unseen features cost nothing. Groups:
 * - the name: its shape ("Aa0"), prefix and suffixes, first and last word, number of words, where it came from;
 * - its context: the words up to three tokens before and after (inside the sentence), the punctuation around it,
 *   the word before a list it is in, the head noun of an apposition ("X, a benchmark for …"), the sentence's verbs
 *   (introduce, construct, outperform, evaluate…) and whether "we" is there;
 * - the kinds the rules gave its list siblings ("on MMLU, XSum and Foo": Foo's siblings are datasets);
 * - its position (title, the title's name before a colon, first or last sentence) and repetition in the paper;
 * - an acronym definition it is the short form of, by the last word of the long form;
 * - corpus statistics (stats.ts): in how many other papers it appears, how often the rules read it as each kind,
 *   how often it stands before a dataset/model/method noun, after "on", how often it is written in lower case; a
 *   name seen in no other paper is "novel".
 * Pure and synchronous.
 */
import type { Tokens } from '../tokens.ts';
import { tokLower } from '../tokens.ts';
import type { Candidate } from './candidates.ts';
import { STAT, type StatCounts } from './stats.ts';
import heads from '../lexicons/heads.json' with { type: 'json' };

/** Kinds as classes of the classifier. */
export const NONE = 0;
export const MODEL = 1;
export const DATASET = 2;
export const METHOD = 3;
export const CLASSES = ['none', 'model', 'dataset', 'method'] as const;

export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;

const FNV_SEED = 0x811c9dc5 | 0;

/** FNV-1a over `s`, continuing from hash `h`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
function toBucket(h: number): number {
  return (h ^ (h >>> HASH_BITS)) & HASH_MASK;
}

/** FNV-1a of a feature string, as a bucket. */
export function featureBucket(f: string): number {
  return toBucket(fnv(FNV_SEED, f));
}

/**
 * A feature name's prefix ("R1:") with its hash computed once: the bucket of prefix + value is the hash continued
 * over the value's characters, so the common path builds no feature string.
 */
class Prefix {
  readonly hash: number;
  constructor(readonly text: string) {
    this.hash = fnv(FNV_SEED, text);
  }
}

/** Where features go: buckets only (classification), or buckets and their names (training report, tests). */
export interface FeatureSink {
  add(prefix: Prefix, value: string): void;
}

/** Collects buckets into a reusable buffer. */
export class BucketSink implements FeatureSink {
  buckets: Int32Array = new Int32Array(128);
  n = 0;
  add(prefix: Prefix, value: string): void {
    if (this.n === this.buckets.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.buckets);
      this.buckets = b;
    }
    this.buckets[this.n++] = toBucket(fnv(prefix.hash, value));
  }
}

/** Collects feature names. */
export class StringSink implements FeatureSink {
  readonly names: string[] = [];
  add(prefix: Prefix, value: string): void {
    this.names.push(prefix.text + value);
  }
}

const DATA_HEADS = new Set(heads.datasetHeads.words);
const MODEL_HEADS = new Set(heads.modelHeads.words);
const METHOD_NOUNS = new Set([...heads.methodNouns.words, ...heads.methodHeads.words]);

/** Kind of a head noun: 'data', 'model', 'method' or ''. */
export function headKind(w: string): string {
  if (DATA_HEADS.has(w)) return 'data';
  if (MODEL_HEADS.has(w)) return 'model';
  if (METHOD_NOUNS.has(w)) return 'method';
  return '';
}

/** Sentence cue words: each form, by the lemma it stands for (matched by the tokenizer's hash, building no string). */
const VERB_FORMS: Record<string, string> = {
  we: 'we our',
  propose: 'propose proposes proposed proposing',
  introduce: 'introduce introduces introduced introducing',
  present: 'present presents presented presenting',
  construct: 'construct constructs constructed constructing',
  build: 'build builds built building',
  curate: 'curate curates curated curating',
  collect: 'collect collects collected collecting',
  annotate: 'annotate annotates annotated annotating',
  release: 'release releases released releasing',
  develop: 'develop develops developed developing',
  design: 'design designs designed designing',
  outperform: 'outperform outperforms outperformed outperforming surpass surpasses surpassed surpassing',
  evaluate: 'evaluate evaluates evaluated evaluating evaluation evaluations',
  benchmark: 'benchmark benchmarks benchmarked benchmarking',
  finetune: 'fine finetune finetunes finetuned finetuning',
  train: 'train trains trained training',
  achieve: 'achieve achieves achieved achieving',
  compare: 'compare compares compared comparing comparison',
  use: 'use uses used using',
  name: 'call calls called named dubbed termed',
  experiment: 'experiment experiments',
  baseline: 'baseline baselines',
};
/** The tokenizer's hash of a lower-cased word (FNV-1a, as tokens.ts computes it while reading). */
function wordHash(w: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}
const VERB_BY_HASH = new Map<number, { lemma: string; forms: readonly string[] }>();
/** A filter in front of VERB_BY_HASH: most words of a sentence are no cue, and a bit test is cheaper than a Map look-up. */
const VERB_FILTER = new Uint8Array(1 << 12);
const filterSlot = (h: number) => (h ^ (h >>> 12) ^ (h >>> 24)) & 0xfff;
for (const [lemma, forms] of Object.entries(VERB_FORMS)) {
  const list = forms.split(' ');
  for (const f of list) {
    VERB_BY_HASH.set(wordHash(f), { lemma, forms: list });
    VERB_FILTER[filterSlot(wordHash(f))] = 1;
  }
}

/** What the features of one paper's candidates read. */
export interface FeatureContext {
  text: string;
  tk: Tokens;
  titleEnd: number;
  starts: readonly number[];
  sentOf: Int32Array;
  candidates: readonly Candidate[];
  /** The rules' kind of each token (NONE, MODEL, DATASET, METHOD). */
  tokenKind: Uint8Array;
  /** Acronym short form → long form, for the paper's definitions. */
  acronyms: ReadonlyMap<string, string>;
  /** Corpus counts of a name key in the *other* papers of the corpus (see stats.ts), or undefined. */
  statsOf: (key: string) => StatCounts | undefined;
}

/** Per-paper caches the features share. */
export interface PaperFeatureState {
  keyCounts: Map<string, number>;
  sentenceVerbs: Map<number, string[]>;
}

export function paperFeatureState(ctx: FeatureContext): PaperFeatureState {
  const keyCounts = new Map<string, number>();
  for (const c of ctx.candidates) keyCounts.set(c.key, (keyCounts.get(c.key) ?? 0) + 1);
  return { keyCounts, sentenceVerbs: new Map() };
}

function sentenceTokens(ctx: FeatureContext, s: number): [number, number] {
  // tokens of sentence s: binary search for the first, then walk
  const { sentOf } = ctx;
  let lo = 0;
  let hi = sentOf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentOf[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < sentOf.length && sentOf[e] === s) e++;
  return [lo, e];
}

function verbsOf(ctx: FeatureContext, st: PaperFeatureState, s: number): string[] {
  let v = st.sentenceVerbs.get(s);
  if (v) return v;
  const found = new Set<string>();
  const [a, b] = sentenceTokens(ctx, s);
  for (let t = a; t < b; t++) {
    const h = ctx.tk.hash[t]!;
    if (VERB_FILTER[filterSlot(h)] === 0) continue;
    const v = VERB_BY_HASH.get(h);
    // (the word itself is checked only on a hash hit, so a collision cannot add a cue)
    if (v !== undefined && v.forms.includes(tokLower(ctx.tk, t))) found.add(v.lemma);
  }
  v = [...found].sort();
  st.sentenceVerbs.set(s, v);
  return v;
}

/** Shape of a name: A upper, a lower, 0 digit, other characters as is, runs collapsed ("GSM8K-Hard" → "A0A-Aa"). */
export function nameShape(name: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < name.length && out.length < 14; i++) {
    const c = name.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 'A' : c >= 97 && c <= 122 ? 'a' : c >= 48 && c <= 57 ? '0' : c === 32 ? '_' : name[i]!;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function bin(x: number): string {
  return x === 0 ? '0' : x <= 0.1 ? '1' : x <= 0.4 ? '2' : x <= 0.8 ? '3' : '4';
}
function dfBin(df: number): string {
  return df === 0 ? '0' : df === 1 ? '1' : df < 5 ? '2' : df < 20 ? '3' : df < 100 ? '4' : '5';
}
const KIND_LETTER = ['-', 'M', 'D', 'T'];

/** The kind the rules gave a sibling span (the first kind found on its tokens). */
function spanKind(ctx: FeatureContext, c: Candidate): number {
  for (let t = c.t0; t <= c.t1; t++) if (ctx.tokenKind[t]) return ctx.tokenKind[t]!;
  return NONE;
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*)$/;

const P = (t: string) => new Prefix(t);
const F_BIAS = P('bias');
const F_SHAPE = P('shape:');
const F_SRC = P('src:');
const F_NW = P('nw:');
const F_SFX3 = P('sfx3:');
const F_SFX4 = P('sfx4:');
const F_PFX3 = P('pfx3:');
const F_LASTW = P('lastw:');
const F_FIRSTW = P('firstw:');
const F_TAIL = P('tail:');
const F_SIZE = P('sizeTail');
const F_L = [P('L1:'), P('L2:'), P('L3:')];
const F_R = [P('R1:'), P('R2:'), P('R3:')];
const F_LBAG = P('L:');
const F_RBAG = P('R:');
const F_R1HEAD = P('R1head:');
const F_PB = P('pb:');
const F_PA = P('pa:');
const F_APP = P('app');
const F_APPK = P('app:');
const F_APPH = P('apph:');
const F_LIST = P('list:');
const F_SIB = P('sib:');
const F_LISTL1 = P('listL1:');
const F_VERB = P('verb:');
const F_WEVERB = P('we+');
const F_POS = P('pos:');
const F_REP = P('rep:');
const F_ACR = P('acr');
const F_ACRH = P('acrh:');
const F_ACRK = P('acrk:');
const F_DF = P('df:');
const F_DFSHAPE = P('df+shape:');
const F_NOVEL = P('novel');
const F_NOVELPOS = P('novel+pos:');
const F_NOVELWE = P('novel+we');
const F_CM = P('cM:');
const F_CD = P('cD:');
const F_CT = P('cT:');
const F_CP = P('cP:');
const F_CHD = P('cHD:');
const F_CHM = P('cHM:');
const F_CHT = P('cHT:');
const F_CON = P('cOn:');
const F_CLOW = P('cLow:');
const F_CBEST = P('cBest:');
const NUM_RUN = /[0-9.]+/g;
const SIZE_TAIL = /\d+(?:\.\d+)?[BbMm]$/;
const APPOSITION = /^\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*|\s+(?:is|was)\s+)(?:a|an|the|our)\s+/;

/** Writes the features of candidate `i` to `out`. */
export function writeFeatures(ctx: FeatureContext, st: PaperFeatureState, i: number, out: FeatureSink): void {
  const c = ctx.candidates[i]!;
  const { text, tk } = ctx;
  out.add(F_BIAS, '');
  const shape = nameShape(c.name);
  const lower = c.name.toLowerCase();
  out.add(F_SHAPE, shape);
  out.add(F_SRC, c.source);
  out.add(F_NW, c.words > 4 ? '4' : String(c.words));
  out.add(F_SFX3, lower.slice(-3));
  out.add(F_SFX4, lower.slice(-4));
  out.add(F_PFX3, lower.slice(0, 3));
  if (c.words > 1) {
    out.add(F_LASTW, tokLower(tk, c.t1));
    out.add(F_FIRSTW, tokLower(tk, c.t0));
  }
  // the last part of a hyphenated name: "-Bench", "-Instruct", "-QA"
  const dash = c.name.lastIndexOf('-');
  if (dash > 0) out.add(F_TAIL, nameShape(c.name.slice(dash + 1)) + ':' + lower.slice(dash + 1).replace(NUM_RUN, '0'));
  if (SIZE_TAIL.test(c.name)) out.add(F_SIZE, '');

  // context words, inside the sentence
  for (let d = 1; d <= 3; d++) {
    const l = c.t0 - d;
    const w = l >= 0 && ctx.sentOf[l] === c.sentence ? tokLower(tk, l) : '<s>';
    out.add(F_L[d - 1]!, w);
    out.add(F_LBAG, w);
    if (w === '<s>') break;
  }
  for (let d = 1; d <= 3; d++) {
    const r = c.t1 + d;
    const w = r < tk.n && ctx.sentOf[r] === c.sentence ? tokLower(tk, r) : '</s>';
    out.add(F_R[d - 1]!, w);
    out.add(F_RBAG, w);
    if (d === 1) {
      const hk = headKind(w);
      if (hk) out.add(F_R1HEAD, hk);
    }
    if (w === '</s>') break;
  }
  const before = c.start > 0 ? text[c.start - 1]! : '^';
  const after = c.end < text.length ? text[c.end]! : '$';
  out.add(F_PB, before === ' ' && c.start > 1 ? text[c.start - 2]! + '_' : before);
  out.add(F_PA, after === ' ' && c.end + 1 < text.length ? '_' + text[c.end + 1]! : after);

  // apposition: "X, a benchmark for …", "X (…), an open model", "X is a framework"
  if (after === ',' || after === ' ' || after === '(') {
    const rest = text.slice(c.end, c.end + 160);
    const ap = APPOSITION.exec(rest);
    if (ap) {
      out.add(F_APP, '');
      const words = rest.slice(ap[0].length).toLowerCase().split(/[^a-z0-9-]+/, 10);
      for (const w of words) {
        const hk = headKind(w) || headKind(w.replace(/s$/, ''));
        if (hk) {
          out.add(F_APPK, hk);
          out.add(F_APPH, w);
          break;
        }
      }
    }
  }

  // list siblings and the word before the list
  let first = i;
  let nSib = 0;
  let sibKinds = 0;
  for (let j = i - 1; j >= 0; j--) {
    const p = ctx.candidates[j]!;
    if (p.sentence !== c.sentence || !listGap(text, p.end, ctx.candidates[j + 1]!.start)) break;
    sibKinds |= 1 << spanKind(ctx, p);
    first = j;
    nSib++;
  }
  for (let j = i + 1; j < ctx.candidates.length; j++) {
    const p = ctx.candidates[j]!;
    if (p.sentence !== c.sentence || !listGap(text, ctx.candidates[j - 1]!.end, p.start)) break;
    sibKinds |= 1 << spanKind(ctx, p);
    nSib++;
  }
  if (nSib > 0) {
    out.add(F_LIST, nSib > 3 ? '3' : String(nSib));
    for (let k = 0; k < 4; k++) if (sibKinds & (1 << k)) out.add(F_SIB, KIND_LETTER[k]!);
    const lt = ctx.candidates[first]!.t0 - 1;
    out.add(F_LISTL1, lt >= 0 && ctx.sentOf[lt] === c.sentence ? tokLower(tk, lt) : '<s>');
  }

  // sentence verbs and position
  const verbs = verbsOf(ctx, st, c.sentence);
  let we = false;
  for (const v of verbs) {
    out.add(F_VERB, v);
    if (v === 'we') we = true;
  }
  const last = ctx.starts.length - 1;
  const pos = c.sentence === 0 ? 'title' : c.sentence === 1 ? 'first' : c.sentence === last ? 'last' : 'mid';
  out.add(F_POS, pos);
  if (we) for (const v of verbs) if (v !== 'we') out.add(F_WEVERB, v);
  const rep = st.keyCounts.get(c.key) ?? 1;
  out.add(F_REP, rep >= 3 ? '3' : String(rep));

  // acronym definitions
  const long = ctx.acronyms.get(c.name);
  if (long !== undefined) {
    const lw = long.toLowerCase().split(/[\s-]+/).pop() ?? '';
    out.add(F_ACR, '');
    out.add(F_ACRH, lw);
    out.add(F_ACRK, headKind(lw) || headKind(lw.replace(/s$/, '')) || 'other');
  }

  // corpus statistics of the other papers
  const s = ctx.statsOf(c.key);
  const df = s ? s[STAT.df]! : 0;
  const db = dfBin(df);
  out.add(F_DF, db);
  out.add(F_DFSHAPE, db + shape);
  if (df === 0) {
    out.add(F_NOVEL, '');
    out.add(F_NOVELPOS, pos);
    if (we) out.add(F_NOVELWE, '');
  } else if (s) {
    out.add(F_CM, bin(s[STAT.model]! / df));
    out.add(F_CD, bin(s[STAT.dataset]! / df));
    out.add(F_CT, bin(s[STAT.method]! / df));
    out.add(F_CP, bin(s[STAT.proposes]! / df));
    out.add(F_CHD, bin(s[STAT.headData]! / df));
    out.add(F_CHM, bin(s[STAT.headModel]! / df));
    out.add(F_CHT, bin(s[STAT.headMethod]! / df));
    out.add(F_CON, bin(s[STAT.afterOn]! / df));
    out.add(F_CLOW, bin(s[STAT.lower]! / (df + s[STAT.lower]!)));
    // the strongest corpus reading, joined with its share and frequency
    const m = s[STAT.model]!;
    const d = s[STAT.dataset]!;
    const t = s[STAT.method]!;
    const best = m >= d && m >= t ? 'M' : d >= t ? 'D' : 'T';
    out.add(F_CBEST, best + bin(Math.max(m, d, t) / df) + db);
  }
}

/** Is text[a, b) the gap between two list items (", ", " and ", ", and ", " or ", "/")? */
function listGap(text: string, a: number, b: number): boolean {
  if (b - a > 7) return false;
  return LIST_GAP.test(text.slice(a, b));
}

/** The feature names of candidate `i` (for tests and for `pnpm train`'s report). */
export function featureStrings(ctx: FeatureContext, st: PaperFeatureState, i: number): string[] {
  const sink = new StringSink();
  writeFeatures(ctx, st, i, sink);
  return sink.names;
}

/** Hashed features of candidate `i` (buckets, possibly repeated). */
export function candidateFeatures(ctx: FeatureContext, st: PaperFeatureState, i: number): number[] {
  const sink = new BucketSink();
  writeFeatures(ctx, st, i, sink);
  return Array.from(sink.buckets.subarray(0, sink.n));
}

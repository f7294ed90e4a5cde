/**
 * Candidate names for the learned classifier: spans of a paper's token stream that could name a model, dataset or
 * method. One linear pass over the tokens; no lexicon is consulted (deciding is the classifier's job).
 *
 * A *word* is a run of tokens glued together or joined by a hyphen or underscore ("GSM8K-Hard", "Qwen2.5", "C#").
 * A word is *coined* when it mixes letters and digits, or has a capital right after a letter ("MegaScenes", "USC-75",
 * "BEAM", "xLSTM"; a one-token word starting in lower case only with a capital second, so "softMax" is not);
 * *capitalised* when it starts with a capital and is not coined ("Maritime", and "Real-World", whose capitals only
 * start its parts); a *number*
 * when it is digits. A candidate is a run of up to four coined or capitalised words (a number may continue one)
 * separated by single spaces, not starting with a capitalised word that opens its sentence or the title, that either
 * holds a coined word or (in the abstract) is two capitalised words or more. The title's name before a colon
 * ("Kron-LoRA: …") is a candidate too. Lists, apposition, head nouns and acronym pairs are read as features of these
 * spans (features.ts), not as separate generators, so each span is classified once.
 */
import { isSpaceCode, TokenHashBits, type Tokens } from '../tokens.ts';
import { isCoinedName } from '../proposals.ts';
import heads from '../lexicons/heads.json' with { type: 'json' };

/** Where the span came from (also a feature). */
export type CandidateSource = 'coined' | 'phrase' | 'title-name';

export interface Candidate {
  /** First and last token (inclusive). */
  t0: number;
  t1: number;
  /** Character offsets [start, end) in the text. */
  start: number;
  end: number;
  /** The span as written. */
  readonly name: string;
  /** Lower-cased, without spaces, hyphens, underscores and dots: the key of corpus statistics and of rule names. */
  readonly key: string;
  words: number;
  source: CandidateSource;
  /** Sentence index (0 is the title). */
  sentence: number;
}

/** Word classes. */
const W_OTHER = 0;
const W_COINED = 1;
const W_CAP = 2;
const W_NUM = 3;

/** Capitalised function words and pronouns that never start or continue a name. */
const STOP = new Set(
  'a an the and or of for in on at to by with from via into over under as is are was were be we our this that these those it its their they he she his her i you your my which who what when where why how not no all each both some any such than then also but if while although however thus hence here there via per vs et al e g i e using based towards toward through without within across between among after before during since until about figure table section appendix fig eq'.split(' '),
);

const KEY_DROP_ALL = /[\s\-_.]+/g;

/** The key of a name: lower-cased, without spaces, hyphens, underscores and dots ("GSM-8K" and "gsm8k" are one). */
/** The tokenizer's hash of a lower-cased word (FNV-1a, tokens.ts), so a token is compared without building its string. */
function wordHash(w: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}
const STOP_HASHES = new TokenHashBits([...STOP].map(wordHash));

export function nameKey(s: string): string {
  const l = s.toLowerCase();
  return hasKeyDrop(l) ? l.replace(KEY_DROP_ALL, '') : l;
}

/** Does l hold a character KEY_DROP_ALL removes (by code): a whitespace character, a hyphen, an underscore or a full stop. */
function hasKeyDrop(l: string): boolean {
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c === 45 || c === 95 || c === 46 || isSpaceCode(c)) return true;
  }
  return false;
}

let SENT_OF = new Int32Array(2048);

/**
 * Sentence index of each token (0 = title): one merge pass over the sorted token and sentence starts. With `pooled`,
 * a view of a buffer the next pooled call overwrites (for the one-paper-at-a-time extraction, like pooled tokens).
 */
export function tokenSentences(tk: Tokens, starts: readonly number[], pooled = false): Int32Array {
  if (pooled && SENT_OF.length < tk.n) SENT_OF = new Int32Array(tk.n * 2);
  const out = pooled ? SENT_OF.subarray(0, tk.n) : new Int32Array(tk.n);
  let s = 0;
  for (let i = 0; i < tk.n; i++) {
    const at = tk.start[i]!;
    while (s + 1 < starts.length && starts[s + 1]! <= at) s++;
    out[i] = s;
  }
  return out;
}

/** Is character code c an ASCII upper-case letter (or Greek capital)? */
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0x391 && c <= 0x3a9);
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x3b1 && c <= 0x3c9) || (c >= 0xdf && c <= 0xff);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Is the title written in capitals (`DEEPSPEED ULYSSES: SYSTEM OPTIMIZATIONS FOR … TRANSFORMER MODELS`, as some
 * databases and lists give titles)? Then its capitals say nothing of a name: at least four words of two letters or
 * more, three in four of them without a lower-case letter.
 */
function shoutingTitle(text: string, titleEnd: number): boolean {
  let words = 0;
  let capitalWords = 0;
  let letters = 0;
  let lowerSeen = false;
  for (let i = 0; i <= titleEnd; i++) {
    const c = i < titleEnd ? text.charCodeAt(i) : 32;
    if (isUpper(c) || isLower(c)) {
      letters++;
      if (isLower(c)) lowerSeen = true;
      continue;
    }
    if (letters >= 2) {
      words++;
      if (!lowerSeen) capitalWords++;
    }
    letters = 0;
    lowerSeen = false;
  }
  return words >= 4 && capitalWords * 4 >= words * 3;
}

/** Are the letters of text[s, e) all capitals, with no digit ("MODELS", "LONG-SEQUENCE"; not "GPT4")? */
function capitalsOnly(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isLower(c) || isDigit(c)) return false;
  }
  return true;
}

/** Class of the word text[s, e). */
function wordClass(text: string, s: number, e: number): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  // a capital right after a lower-case letter ("MegaScenes", "xLSTM") or after another capital ("BEAM", "DBP-MAE");
  // capitals that only start hyphenated parts ("Morphology-Aware", "Real-World") are title case, not a coinage
  let coinedCaps = false;
  let prev = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) {
      upper++;
      if (i > s && (isLower(prev) || isUpper(prev))) coinedCaps = true;
    } else if (isLower(c)) lower++;
    else if (isDigit(c)) digit++;
    prev = c;
  }
  const letters = upper + lower;
  if (letters === 0) return digit > 0 ? W_NUM : W_OTHER;
  if (e - s > 40) return W_OTHER;
  if (digit > 0 || coinedCaps || text.charCodeAt(e - 1) === 43) {
    // plural acronyms ("LLMs", "GPUs") name a class of things
    if (upper >= 2 && lower === 1 && digit === 0 && text.charCodeAt(e - 1) === 115 && !innerUpperAfterLower(text, s, e)) return W_OTHER;
    return W_COINED;
  }
  if (isUpper(text.charCodeAt(s))) return W_CAP;
  return W_OTHER;
}

function innerUpperAfterLower(text: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e - 1; i++) if (isLower(text.charCodeAt(i - 1)) && isUpper(text.charCodeAt(i))) return true;
  return false;
}

const MAX_WORDS = 4;

let W0 = new Int32Array(1024);
let W1 = new Int32Array(1024);
let CLS = new Uint8Array(1024);

/**
 * The candidates of a paper, in text order, not overlapping. `titleEnd` is the title's length; `sentOf` comes from
 * {@link tokenSentences}.
 */
export function findCandidates(text: string, tk: Tokens, titleEnd: number, starts: readonly number[], sentOf: Int32Array): Candidate[] {
  const out: Candidate[] = [];
  const n = tk.n;
  // The words that can be part of a name (coined, capitalised, numbers): token ranges [w0[k], w1[k]] and classes, in
  // buffers reused from paper to paper. Most words are plain (lower-case words, punctuation, function words): they
  // end any name, and are not kept, so the name pass below reads only the few others. (Two kept words one space
  // apart have no plain word between them.)
  if (W0.length < n) {
    W0 = new Int32Array(n * 2);
    W1 = new Int32Array(n * 2);
    CLS = new Uint8Array(n * 2);
  }
  const w0 = W0;
  const w1 = W1;
  const cls = CLS;
  // the title's colon, if any: the words before it may be the title's name, if none of them is plain
  const colonAt = text.indexOf(':');
  const colon = colonAt > 0 && colonAt < titleEnd ? colonAt : -1;
  let beforeColon = 0;
  let plainBeforeColon = 0;
  // (read only when the title holds a word in capitals: most titles never need it)
  let shouting: boolean | undefined;
  // one pass: a word closes where the next token does not join it, and is classified then
  let nw = 0;
  const { start, end, glued } = tk;
  for (let i = 0; i < n; i++) {
    const first = i;
    // (joinsWord, inlined: no gap, or one hyphen or underscore)
    while (i + 1 < n) {
      if (!glued[i + 1]) {
        const a = start[i + 1]!;
        if (a - end[i]! !== 1) break;
        const g = text.charCodeAt(a - 1);
        if (g !== 45 && g !== 95) break;
      }
      i++;
    }
    const s = start[first]!;
    const e = end[i]!;
    if (e <= colon) beforeColon++;
    let c = nameWordClass(text, tk, first, i, s, e);
    if (c === W_COINED && e <= titleEnd && capitalsOnly(text, s, e) && (shouting ??= shoutingTitle(text, titleEnd))) c = W_CAP;
    if (c === W_OTHER) {
      if (e <= colon) plainBeforeColon++;
      continue;
    }
    w0[nw] = first;
    w1[nw] = i;
    cls[nw++] = c;
  }

  // the title's name before a colon ("Kron-LoRA: …", "Deep Research Bench: …"): at most four words, none plain (so
  // they are the first kept words), the first at the start of the text
  const k1 = beforeColon - 1;
  const titleName =
    k1 >= 0 && k1 < MAX_WORDS && plainBeforeColon === 0 && start[w0[0]!] === 0 && text.slice(end[w1[k1]!]!, colon).trim() === '';

  let k = 0;
  while (k < nw) {
    if (titleName && k === 0) {
      push(out, text, tk, w0[0]!, w1[k1]!, k1 + 1, 'title-name', sentOf);
      k = k1 + 1;
      continue;
    }
    const c = cls[k]!;
    if (c !== W_COINED && c !== W_CAP) {
      k++;
      continue;
    }
    const first = w0[k]!;
    const inTitle = start[first]! < titleEnd;
    // a capitalised word opening its sentence (or any plain capitalised word in the title-case title) starts no name
    if (c === W_CAP && (inTitle || opensSentence(tk, first, starts, sentOf))) {
      k++;
      continue;
    }
    let j = k;
    let coined = c === W_COINED ? 1 : 0;
    let caps = c === W_CAP ? 1 : 0;
    while (j + 1 < nw && j + 1 - k < MAX_WORDS) {
      const nc = cls[j + 1]!;
      const a = w0[j + 1]!;
      if (start[a]! - end[w1[j]!]! !== 1 || text.charCodeAt(start[a]! - 1) !== 32) break;
      if (sentOf[a] !== sentOf[first]) break;
      if (nc === W_COINED) coined++;
      else if (nc === W_CAP && !inTitle) caps++;
      else if (nc !== W_NUM) break;
      j++;
    }
    // a trailing capitalised word in the title is part of the title's case, not of the name
    if (coined > 0 || caps >= 2) push(out, text, tk, first, w1[j]!, j - k + 1, coined > 0 ? 'coined' : 'phrase', sentOf);
    k = j + 1;
  }
  return out;
}

/**
 * The class of the word of tokens [first, last] (text [s, e)) as a part of a name: coined, capitalised, a number, or
 * W_OTHER for a plain word (a stop word too). The common case, a lower-case word of one token ("the", "model"), is told
 * by two character reads; a capital further in ("softMax") is not looked for: coined words that start in lower case
 * have it second ("xLSTM", "mPLUG").
 */
function nameWordClass(text: string, tk: Tokens, first: number, last: number, s: number, e: number): number {
  if (first === last && isLower(text.charCodeAt(s)) && !(e - s > 1 && isUpper(text.charCodeAt(s + 1)))) return W_OTHER;
  const c = wordClass(text, s, e);
  // (a hash collision with a stop word would only drop a candidate, the same way in every run)
  if (c !== W_OTHER && c !== W_NUM && (e - s <= 4 || c === W_CAP) && first === last && STOP_HASHES.has(tk.hash[first]!)) return W_OTHER;
  return c;
}

function opensSentence(tk: Tokens, t: number, starts: readonly number[], sentOf: Int32Array): boolean {
  if (t === 0) return true;
  return sentOf[t - 1] !== sentOf[t] || tk.start[t]! <= starts[sentOf[t]!]! + 1;
}

function push(out: Candidate[], text: string, tk: Tokens, t0: number, t1: number, words: number, source: CandidateSource, sentOf: Int32Array): void {
  let end = tk.end[t1]!;
  // a "+" suffix is part of the name ("HumanEval+")
  while (end < text.length && text.charCodeAt(end) === 43) end++;
  out.push(new Span(text, t0, t1, tk.start[t0]!, end, words, source, sentOf[t0]!));
}

/** A candidate whose name and key are built on first use (most candidates are names a rule took: never read). */
class Span implements Candidate {
  private nameCache: string | undefined;
  private keyCache: string | undefined;
  constructor(
    private readonly text: string,
    readonly t0: number,
    readonly t1: number,
    readonly start: number,
    readonly end: number,
    readonly words: number,
    readonly source: CandidateSource,
    readonly sentence: number,
  ) {}
  get name(): string {
    return (this.nameCache ??= this.text.slice(this.start, this.end));
  }
  get key(): string {
    return (this.keyCache ??= nameKey(this.name));
  }
}

/** Kinds of data, fields and artefacts (heads.json) that the rules never take as names. */
const NOT_NAMES = new Set([...heads.notDatasetNames.words, ...heads.notMethods.words].map(nameKey));
/**
 * Hardware, metrics and units the dataset rules reject by name (datasets.ts), a number with a unit ("5.4pp", "597M"),
 * a single capital, a span ending in a score, or in a score and its metric ("AVG-all 34.84", "sFID 8.07", "BIOSSES 0.77
 * Spearman"), a score's gain glued to its metric
 * ("AR+11.1", "PixelAcc+4.5"), a metric named as a score or an accuracy ("VLScore", "PixelAcc"), and a resolution
 * or a patch size ("ImageNet 256x256 and 512x512 benchmarks", "32x32x32 voxel patches").
 */
const NOT_NAME_SHAPE =
  /^(?:[AHVLTBP]\d{2,4}|RTX\s?\d*|GTX\s?\d*|TPUv?\d*|F1|m?IoU|mAP|HD\d+|AUR?OC|AUPRC|BLEU(?:-\d)?|ROUGE(?:-\w+)?|PSNR|SSIM|LPIPS|FID|RMSE|MAE|MSE|\d[\d.,]*[A-Za-z]{0,3}|\d[\d.]*(?:[x×]\d[\d.]*)+|[A-Z]\d?|.*\s\d+\.\d{2,}|.*\s\d*\.\d+\s(?:Spearman|Pearson|Kendall|NDCG|nDCG|MRR|MAP|mAP|AUC|AUROC|EM|F1|BLEU|ROUGE|METEOR|CIDEr|Acc|Accuracy|accuracy|Recall|Precision|R@\d+|Top-?\d)[\w@-]*|.*[+±]\d.*|.+(?:Score|Acc))$/;

/**
 * A candidate the rules reject explicitly: a kind of data or a field, hardware, a metric or a score, or (one word)
 * no coined name by the proposal rule's test (an adjective like "LLM-based", a plural acronym, a size). These are
 * the learned step's sure negatives (eval/learn/train.ts) and are never classified.
 */
export function isRejectedName(c: Candidate): boolean {
  return NOT_NAMES.has(c.key) || NOT_NAME_SHAPE.test(c.name) || NOT_NAME_KIND.test(c.name) || (c.words === 1 && !isCoinedName(c.name));
}

/**
 * Names of other things that look like datasets: a venue and its year ("ICLR 2026", "NeurIPS'25"), an X-to-Y task
 * ("I2V", "NL2SQL", "Text2SQL"), a pair of sensing modalities ("IR-RGB", "RGB-D", "RGB-Event").
 */
const MODALITY = '(?:RGB|IR|NIR|D|T|Depth|Thermal|Event|LiDAR|Radar|SAR|EO|HSI|MSI|PAN)';
const NOT_NAME_KIND = new RegExp(
  String.raw`^(?:(?:ICLR|NeurIPS|NIPS|ICML|CVPR|ICCV|ECCV|WACV|BMVC|ACL|EMNLP|NAACL|EACL|COLING|AAAI|IJCAI|KDD|WWW|SIGIR|CIKM|WSDM|CHI|UIST|MICCAI|ISBI|ICASSP|INTERSPEECH|Interspeech|AISTATS|UAI|COLT|ICRA|IROS|RSS|CoRL|IberLEF|CLEF|TREC)[ -]?'?\d{2,4}|[A-Za-z]{1,5}2[A-Za-z]{1,5}|${MODALITY}(?:[-/]${MODALITY})+)$`,
);

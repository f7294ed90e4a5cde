/**
 * Text cleaning and tokenisation shared by the extractors.
 *
 * Tokens are maximal runs of letters, or of digits (with internal ".digit" groups, so "3.1" is one token), or a
 * single "+"/"#" glued to the previous token ("HumanEval+", "C#"). Splitting letters from digits makes the
 * tokenisation canonical: "MATH-500", "MATH 500" and "MATH500" all give the tokens math|500, so one lexicon key
 * (the lower-cased tokens joined) matches every spelling. Pure, browser-safe, one pass over the text.
 */
import { firstTokenRegistry } from './first-token-bits.ts';
import { decodeTexAccents } from '../text/latex.ts';

export interface Tokens {
  /** Start offsets in the text. */
  start: Int32Array;
  /** End offsets (exclusive). */
  end: Int32Array;
  /** Number of tokens. */
  n: number;
  /** The text the offsets index: the input (for a non-pooled tokenisation, with one space appended: see sequentialCopy). */
  text: string;
  /** Hash of each lower-cased token (EXOTIC when it cannot be computed letter by letter). */
  hash: Int32Array;
  /** Pre-filter bits of each token as a first token (see {@link registerFirst}); 0 for most tokens, 0xff for exotic ones. */
  bits: Uint8Array;
  /** Lazily filled lower-cased tokens; read them with {@link tokLower}. */
  cache: (string | undefined)[];
  /**
   * joinPrev[i]: token i follows token i-1 directly or after one space, hyphen, underscore or ampersand (spaces around
   * it allowed: "Tanks & Temples"), or is a possessive's s or a quoted two-digit year ("THUMOS'14").
   */
  joinPrev: Uint8Array;
  /** glued[i]: token i follows token i-1 with no gap at all (same word). */
  glued: Uint8Array;
}

/**
 * Removes leftover LaTeX (`$`, braces, `\cmd`) and turns hard line breaks and tabs into spaces (one for one, so it
 * is a cheap pass; runs of spaces are collapsed only where LaTeX was removed).
 */
const GLUED_STOP = /[a-z]{3}\.[A-Z][a-z]{2,}\b/;
const GLUED_STOP_G = /([a-z]{3})\.([A-Z][a-z]{2,})\b/g;

/** Cheap pre-check for {@link GLUED_STOP}: a full stop between three lower-case letters and a capital + two. */
function mayHaveGluedStop(t: string): boolean {
  const n = t.length;
  for (let p = t.indexOf('.', 3); p >= 0 && p + 3 < n; p = t.indexOf('.', p + 1)) {
    const d = t.charCodeAt(p + 1);
    if (d < 65 || d > 90) continue;
    if (lowerAscii(t, p - 1) && lowerAscii(t, p - 2) && lowerAscii(t, p - 3) && lowerAscii(t, p + 2) && lowerAscii(t, p + 3)) return true;
  }
  return false;
}
function lowerAscii(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** The cheap test before HOST_PATH: a common top-level domain and a slash. */
const HOST_GATE = /\.(?:com|org|io|ai|co|net|edu|cn|dev|app)\//;
/**
 * A web address without a scheme: "www." and a host, or a host of a common top-level domain and a path (less the
 * punctuation that ends a sentence).
 */
const HOST_PATH = /(?<![\w@./-])(?:www\.[\w-]+(?:\.[\w-]+)+(?:\/[^\s)\]]*)?|[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|ai|co|net|edu|cn|dev|app)\/[^\s)\]]*)(?<![.,;:!?'"])/g;

/** Text without its URLs ("scheme://…" up to the next space, less the punctuation that ends a sentence). */
function dropUrls(t: string): string {
  // the kept pieces, joined once (cutting each URL out of the whole text made texts with many URLs quadratic)
  const kept: string[] = [];
  let from = 0;
  let p = t.indexOf('://');
  while (p >= 0) {
    let a = p;
    // (a URL's end is a space or sentence punctuation, never a letter, so this never reaches back into a cut one)
    while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1))) a--;
    let b = p + 3;
    while (b < t.length && t.charCodeAt(b) > 32) b++;
    while (b > p + 3 && '.,;:)]'.indexOf(t[b - 1]!) >= 0) b--;
    if (a < p) {
      kept.push(t.slice(from, a));
      from = b;
      p = t.indexOf('://', b);
    } else p = t.indexOf('://', p + 3);
  }
  if (from === 0) return t;
  kept.push(t.slice(from));
  return kept.join('');
}

/**
 * A dash glued to a name, then "a"/"an" and a lower-case word; not a verb or a function word after it, where "-a" ends
 * the name: "KAI-a incorporates …", "TACRED-a and TACRED-b". DASH_ARTICLE: after a name with a capital
 * (DASH_ARTICLE_G: every one).
 */
const ARTICLE_BEFORE_NOUN = String.raw`-(an?) (?=[a-z])(?![a-z]*(?:es|[^su]s)\b|(?:and|or|with|in|on|at|of|for|to|by|from|can|could|will|would|should|may|might|must|is|are|was|were|has|have|had|does|did|do)\b)`;
const DASH_ARTICLE = new RegExp(String.raw`([A-Za-z0-9+]*[A-Z][A-Za-z0-9+]*)` + ARTICLE_BEFORE_NOUN);
const DASH_ARTICLE_G = new RegExp(DASH_ARTICLE.source, 'g');
/**
 * A dash glued between a plural class noun and the capitalised first name of the list it opens ("three benchmark
 * datasets-SST-2, SemEval-2014 Task 4, and MAMS-demonstrate", "three LLMs-Phi-2, Mistral, and Llama-3-on this
 * dataset"): the list is read as after " -- ", and so is its closing dash, glued before the verb or preposition that
 * goes on with the sentence (in the same sentence only).
 */
const LIST_OPEN_DASH = /\b(datasets|benchmarks|corpora|models|LLMs|VLMs|MLLMs|baselines|backbones|methods)-(?=[A-Z])/g;
const LIST_OPEN_DASH_TEST = new RegExp(LIST_OPEN_DASH.source);
const DASH_BEFORE_CAPITAL = /[sa]-[A-Z]/;
/** The list's closing dash: after a name, before a verb or a preposition that goes on with the sentence. */
const LIST_CLOSE_DASH = /[A-Za-z0-9)]-(?=(?:demonstrat(?:e|es|ed|ing)|show(?:s|ed|ing)?|reveals?|indicates?|confirms?|verif(?:y|ies)|evaluat(?:ing|ed)|achiev(?:e|es|ed|ing)|outperform(?:s|ed|ing)?|yield(?:s|ed|ing)?|across|on|in|to|for|with|using|under|are|were)\b)/;

/** `t` with each glued list dash pair written " -- " (a pair only: an opening dash with no close is left as it is). */
function listDashes(t: string): string {
  let out = '';
  let from = 0;
  LIST_OPEN_DASH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LIST_OPEN_DASH.exec(t))) {
    const open = m.index + m[1]!.length;
    const stop = t.indexOf('. ', open);
    const close = LIST_CLOSE_DASH.exec(t.slice(open + 1, stop < 0 ? t.length : stop));
    if (!close) continue;
    const dash = open + 1 + close.index + 1;
    out += `${t.slice(from, open)} -- ${t.slice(open + 1, dash)} -- `;
    from = dash + 1;
    LIST_OPEN_DASH.lastIndex = from;
  }
  return out + t.slice(from);
}

/**
 * A capitalised long form in quotes, its short form (two capitals, or a capital and a digit) in parentheses after it:
 * in double quotes, straight or curly, or LaTeX's ``…'' (an apostrophe inside: "Non-native Children's …"), or in single
 * quotes opening after no letter (not an apostrophe) around a long form with none.
 */
const QUOTED_DEFINITION = /(?:["\u201c]|``)([A-Z][^"\u201c\u201d`]{1,80}?)\s*(?:["\u201d]|'')\s*(\([A-Za-z][\w+-]*\))|(?<![\w'\u2019])['\u2018]([A-Z][^"\u201c\u201d\u2018\u2019'`]{1,80}?)\s*['\u2019]\s*(\([A-Za-z][\w+-]*\))/;
const QUOTED_DEFINITION_G = new RegExp(QUOTED_DEFINITION.source, 'g');

/** A short form, a dash, its capitalised long form, a dash glued to the article: "GISP-Global … Pruning-a post-training …". */
const DASH_DEFINITION_G = new RegExp(String.raw`\b([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)-((?:[A-Z][a-z]+ ){1,6}[A-Z][a-z]+)` + ARTICLE_BEFORE_NOUN, 'g');
/**
 * The long form's initials are exactly the short form's capitals ("GISP", "Global Iterative Structured Pruning"): the
 * strict reading a dash-delimited definition needs (acronyms.ts's initialsSpell, which skips function words and reads
 * hyphen pieces, is for definitions in parentheses).
 */
function initialsAreCapitals(short: string, long: string): boolean {
  return long.split(' ').map((w) => w[0]).join('') === short.replace(/[^A-Z]/g, '');
}

/** Where a number token that starts before `from` ends: digits, and dots between digits (`3.5.1`). */
function numberEnd(text: string, from: number, n: number): number {
  let j = from;
  for (;;) {
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d >= 48 && d <= 57) j++;
      else break;
    }
    if (j + 1 < n && text.charCodeAt(j) === 46) {
      const d = text.charCodeAt(j + 1);
      if (d >= 48 && d <= 57) {
        j++;
        continue;
      }
    }
    return j;
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A numbered citation right after a name: a word of two characters or more with a capital or a digit, or a closing
 * parenthesis (not a variable: "N ∈ [2,8]").
 */
const NAME_CITATION = /(\b(?=[A-Za-z0-9.+-]{2})[A-Za-z0-9.+-]*[A-Z0-9][A-Za-z0-9.+-]*|\))\s?\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?![\w(])/;
const NAME_CITATION_G = new RegExp(NAME_CITATION.source, 'g');

/** [A-Za-z0-9] by code. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const CAPITALS_OR_DIGIT = /[A-Z].*[A-Z]|\d/;
/** Labels an abstract's keyword line starts with ("Keywords- LLM, RAG"): a dash after them is punctuation. */
const SECTION_LABELS = new Set(['Keywords', 'Keyword', 'Terms', 'Index']);

/**
 * "Charades- STA" as "Charades-STA": a hyphen and a space between a word with a capital and a capitalised word, when
 * the second has two capitals or a digit, or is a benchmark's tail after an acronym ("DPG- Bench"); the first no plural
 * acronym nor a keyword line's label. A plain word after it is a title's dash ("LymphAtlas- A Unified …",
 * "AutoDrive-QA- Automated Generation"). Joined without the hyphen where the text writes the two parts as one word
 * elsewhere. (A scan from each "- ", not a regex over the text: most texts with one hold none of these.)
 */
function joinSpacedNameHyphens(t: string): string {
  let out = '';
  let from = 0;
  for (let i = t.indexOf('- '); i >= 0; i = t.indexOf('- ', i + 2)) {
    const next = t.charCodeAt(i + 2);
    if (i === 0 || !isAsciiAlnum(t.charCodeAt(i - 1)) || next < 65 || next > 90) continue;
    let a = i;
    while (a > 0 && isAsciiAlnum(t.charCodeAt(a - 1))) a--;
    let e = i + 3;
    while (e < t.length && isAsciiAlnum(t.charCodeAt(e))) e++;
    const before = t.slice(a, i);
    const after = t.slice(i + 2, e);
    if (!/[A-Z]/.test(before) || /^[A-Z]+s$/.test(before) || SECTION_LABELS.has(before)) continue;
    if (!(CAPITALS_OR_DIGIT.test(after) || ((after === 'Bench' || after === 'Eval') && CAPITALS_OR_DIGIT.test(before)))) continue;
    // (a word the break cut in two is one word where the text writes it so elsewhere: "Pub- MedQA" of PubMedQA)
    const solid = t.indexOf(before + after) >= 0;
    out += t.slice(from, solid ? i : i + 1);
    from = i + 2;
  }
  return from === 0 ? t : out + t.slice(from);
}

export function cleanText(text: string): string {
  let t = text;
  // (indexOf is much faster than a character-class regex on these texts)
  // accents first, so T\"{u}lu is one word, Tülu, and not "T" and "ulu"
  if (t.indexOf('\\') >= 0) t = decodeTexAccents(t);
  if (t.indexOf('\\') >= 0 || t.indexOf('$') >= 0 || t.indexOf('{') >= 0 || t.indexOf('}') >= 0 || t.indexOf('~') >= 0) {
    // (each pass only when its character is there: the passes for macros make no character another pass reads)
    if (t.indexOf('\\') >= 0)
      t = t
        .replace(/\\(?:textbf|textit|texttt|emph|mathrm|mathbf|mathcal|text|underline|textsc|mathit|mbox)\s*/g, '')
        .replace(/\\times/g, '×')
        .replace(/\\([%&#_$])/g, '$1')
        .replace(/\\[a-zA-Z]+\s*/g, '');
    if (t.indexOf('$') >= 0 || t.indexOf('{') >= 0 || t.indexOf('}') >= 0) t = t.replace(/[${}]/g, '');
    if (t.indexOf('~') >= 0) t = t.replace(/~/g, ' ');
    t = t.replace(/ {2,}/g, ' ');
  }
  if (t.indexOf('\n') >= 0) t = t.replaceAll('\n', ' ');
  // Markdown's bold marks are emphasis, not text ("we propose **PRISM** (Pose-Refinement …)", "**L**earning from
  // **P**eers")
  if (t.indexOf('**') >= 0) t = t.replaceAll('**', '');
  // (and its underscores: "__Resona__", "__C__lear"; not "pressure___enhanced")
  if (t.indexOf('__') >= 0) t = t.replace(/__(?=[A-Za-z0-9])([^_]*?[A-Za-z0-9])__/g, '$1');
  // a URL is no mention ("available at https://github.com/Wan-Video/Wan2.1." names no model): drop it, keeping the
  // punctuation that ends the sentence
  if (t.indexOf('://') >= 0) t = dropUrls(t);
  // and so is one written without its scheme: "huggingface.co/datasets/Yiwei-Ou/Urban-ImageNet" names no ImageNet,
  // "github.com/WeichenFan/…" no technique (readers list no name written only in an address)
  // (a cheap gate first: the host's domain and its slash, or "www.")
  if (t.indexOf('www.') >= 0 || HOST_GATE.test(t)) t = t.replace(HOST_PATH, '');
  if (t.indexOf('\r') >= 0 || t.indexOf('\t') >= 0) t = t.replace(/[\r\t]/g, ' ');
  // a hyphen with a space after it inside a name is a line break the abstract was copied across ("QVHighlights and
  // Charades- STA benchmarks", "VQ-\nVAE", "XLM- RoBERTa"): the name joined again where the part after it is shaped
  // like a name (see joinSpacedNameHyphens); not a dash after a plural acronym or before a plain word ("LLMs-
  // ChatGPT", "Keywords- Natural Language")
  if (t.indexOf('- ') >= 0) t = joinSpacedNameHyphens(t);
  // a long form in quotes before its short form is a definition like any other (termed "Dual Diffusion Imposed
  // Correlation" (DDIC), the "Evolution of Thought" (EoT) technique): the quotes dropped so the definition's reader
  // sees the long form's words (not before a short form without two capitals or a digit: "System 1" (Perception))
  // (a quote glued to the word before it leaves a space: 'named“Evolution of Thought”(EoT)')
  if ((t.indexOf('"') >= 0 || t.indexOf('\u201d') >= 0 || t.indexOf("'") >= 0 || t.indexOf('\u2019') >= 0) && QUOTED_DEFINITION.test(t))
    t = t.replace(QUOTED_DEFINITION_G, (all: string, longInDouble: string | undefined, shortAfterDouble: string | undefined, longInSingle: string | undefined, shortAfterSingle: string | undefined, at: number, whole: string) => {
      const long = longInDouble ?? longInSingle!;
      const short = shortAfterDouble ?? shortAfterSingle!;
      return CAPITALS_OR_DIGIT.test(short) && /[A-Z]/.test(short) ? `${at > 0 && isAsciiAlnum(whole.charCodeAt(at - 1)) ? ' ' : ''}${long} ${short}` : all;
    });
  // raw arXiv abstracts sometimes lack the space after a full stop ("both stages.Furthermore, …"): restore it so the
  // sentence splitter sees the boundary and the glued word is not read as a name (same length + 1 per fix)
  if (mayHaveGluedStop(t) && GLUED_STOP.test(t)) t = t.replace(GLUED_STOP_G, '$1. $2');
  // a numbered citation after a name is no part of the text's words: "methods like PSMNet [1], CFNet [2], and
  // LEAStereo [3]" is a list of three names, read as one (not after a lower-case word: "scaled to [0, 1]")
  if (t.indexOf('[') >= 0 && NAME_CITATION.test(t)) t = t.replace(NAME_CITATION_G, '$1');
  // dashes glued around a list after a plural class noun are spaced ("two benchmark datasets-HateXplain and
  // HSOL-demonstrate": listDashes)
  // (the opening dash follows an s or the a of "corpora": that cheap test first, the alternation is slow at each word)
  if (DASH_BEFORE_CAPITAL.test(t) && LIST_OPEN_DASH_TEST.test(t)) t = listDashes(t);
  // a dash glued between a name and its apposition's article is the apposition's comma ("we introduce AgentRxiv-a
  // framework that …", "EDGE-EVAL-an industry-oriented …"): read as "AgentRxiv, a framework"
  // (a definition between two such dashes is one in parentheses: "GISP-Global Iterative Structured Pruning-a …")
  if ((t.indexOf('-a ') >= 0 || t.indexOf('-an ') >= 0) && DASH_ARTICLE.test(t)) t = t.replace(DASH_DEFINITION_G, (all, short: string, long: string, article: string) => (initialsAreCapitals(short, long) ? `${short} (${long}), ${article} ` : all)).replace(DASH_ARTICLE_G, '$1, $2 ');
  return t.trim();
}

/**
 * A cheap exact pre-filter on first tokens, shared by the matchers: an open-addressing hash table from the hash of a
 * lower-cased word to a byte with one bit per matcher (the bits are claimed in first-token-bits.ts). The tokenizer
 * hashes every token as it reads it, so most tokens are rejected with one table probe, without building a string.
 * Registration happens when the lexicons load. Hash collisions only let a token through to the exact lookups that
 * follow, so results do not depend on it. A slot is used when its byte is not 0 (every claimed bit is).
 *
 * Each slot is one Int32: the hash's upper 24 bits and the byte of bits in the lower 8 (one read per probe, half the
 * memory of a key array and a value array: the probes are the tokenizer's cache misses). Two words whose hashes
 * share their upper bits share a slot and its bits, which is one more collision: it only lets a token through.
 */
const TABLE_BITS = 14;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const T_SLOTS = new Int32Array(1 << TABLE_BITS);
let tableSize = 0;
/** The part of a hash a slot keeps (the rest holds the bits). */
const HASH_HIGH = ~0xff;

function hashWord(w: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A bit per hash class in front of each table (8 KiB and 16 KiB, small enough to stay in cache): most probes are for
 * words the table does not hold, and a clear bit answers them without touching the table. Set bits only let a word
 * through to its table, like a collision.
 */
const T_FILTER = new Int32Array(1 << 11);
const P_FILTER = new Int32Array(1 << 12);
function filterBit(h: number, mask: number): number {
  return (h ^ (h >>> 13)) & mask;
}

function tableGet(h: number): number {
  const f = filterBit(h, 0xffff);
  if ((T_FILTER[f >>> 5]! & (1 << (f & 31))) === 0) return 0;
  let i = (h ^ (h >>> 15)) & TABLE_MASK;
  for (;;) {
    const e = T_SLOTS[i]!;
    if (e === 0) return 0;
    if (((e ^ h) & HASH_HIGH) === 0) return e & 0xff;
    i = (i + 1) & TABLE_MASK;
  }
}

function tableOr(h: number, bit: number): void {
  const f = filterBit(h, 0xffff);
  T_FILTER[f >>> 5]! |= 1 << (f & 31);
  let i = (h ^ (h >>> 15)) & TABLE_MASK;
  for (;;) {
    const e = T_SLOTS[i]!;
    if (e === 0) {
      if (++tableSize > (TABLE_MASK >> 1)) throw new Error('first-token table full');
      T_SLOTS[i] = (h & HASH_HIGH) | bit;
      return;
    }
    if (((e ^ h) & HASH_HIGH) === 0) {
      T_SLOTS[i] = e | bit;
      return;
    }
    i = (i + 1) & TABLE_MASK;
  }
}

/**
 * Second filter for the lexicons. Keys are matched on concatenated tokens ("continual pre-training" matches
 * "continual pretraining", "GraphRAG" matches "Graph RAG"), so the table holds (salted) the hash of every whole key,
 * and the hash of every prefix of a key's tokens that Lexicon.scan extends from (see registerKey): about 3,200 entries
 * for the two lexicons, in 64 KiB (the probes of the tokens that start some key are cache misses, fewer in a small
 * table). A token passes when its tokens from it on can join to a whole key (mayMatch); most tokens that begin some
 * key ("the", "in", "a") are then skipped without building a string.
 */
const P_BITS = 14;
/** Slots as in the first-token table: upper 24 bits of the hash, bits in the lower 8. */
const P_SLOTS = new Int32Array(1 << P_BITS);
const P_MASK = (1 << P_BITS) - 1;
const WHOLE = 0x2545f491;
let pairSize = 0;
function pairGet(h: number): number {
  const f = filterBit(h, 0x1ffff);
  if ((P_FILTER[f >>> 5]! & (1 << (f & 31))) === 0) return 0;
  let i = (h ^ (h >>> 16)) & P_MASK;
  for (;;) {
    const e = P_SLOTS[i]!;
    if (e === 0) return 0;
    if (((e ^ h) & HASH_HIGH) === 0) return e & 0xff;
    i = (i + 1) & P_MASK;
  }
}
function pairOr(h: number, bit: number): void {
  const f = filterBit(h, 0x1ffff);
  P_FILTER[f >>> 5]! |= 1 << (f & 31);
  let i = (h ^ (h >>> 16)) & P_MASK;
  for (;;) {
    const e = P_SLOTS[i]!;
    if (e === 0) {
      if (++pairSize > P_MASK >> 1) throw new Error('key prefix table full');
      P_SLOTS[i] = (h & HASH_HIGH) | bit;
      return;
    }
    if (((e ^ h) & HASH_HIGH) === 0) {
      P_SLOTS[i] = e | bit;
      return;
    }
    i = (i + 1) & P_MASK;
  }
}

/**
 * Registers a lexicon key, given as its lower-cased tokens, for {@link mayMatch} and {@link mayBeKey}, under the
 * lexicon's claimed bit: the hash of the tokens joined (salted: a whole key) and of each proper prefix of them that
 * ends between two tokens (the prefixes Lexicon.scan extends a key from; no other prefix is ever asked about).
 */
export function registerKey(toks: readonly string[], bit: number): void {
  checkClaimed(bit);
  let h = 0x811c9dc5 | 0;
  for (let t = 0; t < toks.length; t++) {
    const w = toks[t]!;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    if (t + 1 < toks.length) pairOr(h, bit);
  }
  pairOr(h ^ WHOLE, bit);
}

/**
 * Can a key registered with `bit` start at token i? The tokens from i on are joined, by their hash, while the joined
 * hash is a prefix of some key and the next token follows after at most one separator (joinPrev), up to `maxTokens`
 * tokens: true when one of these joins is a whole key. This is the walk Lexicon.scan (lexicon.ts) then makes with strings,
 * answered without building one (hash collisions only let a token through; a letter without a one-unit lower case
 * lets it through too).
 */
export function mayMatch(tk: Tokens, i: number, bit: number, maxTokens: number): boolean {
  return keyLengths(tk, i, bit, maxTokens) !== 0;
}

/** The most tokens {@link keyLengths} can report (one bit per length in an int32). */
export const MAX_KEY_TOKENS = 31;

/**
 * The walk of {@link mayMatch}, carried on past the first whole key: a mask with bit k-1 set when the k tokens from
 * i on can join to a whole key registered with `bit` (0: none can, Lexicon.scan skips the token). A length the hashes
 * cannot read (a letter without a one-unit lower case) and every longer one are set. Lexicon.scan builds strings and
 * looks keys up only for the lengths set, and extends no further than the longest (a key of k tokens has its hash
 * registered, so a clear bit is a length no key has; collisions only set more bits). `maxTokens` ≤ MAX_KEY_TOKENS.
 */
export function keyLengths(tk: Tokens, i: number, bit: number, maxTokens: number): number {
  if ((tk.bits[i]! & bit) === 0) return 0;
  let h = tk.hash[i]!;
  if (h === EXOTIC) return ~0;
  const { text, start, end, joinPrev } = tk;
  let mask = 0;
  for (let j = i + 1; ; j++) {
    if ((pairGet(h ^ WHOLE) & bit) !== 0) mask |= 1 << (j - i - 1);
    if (j >= tk.n || j - i >= maxTokens || joinPrev[j] === 0 || (pairGet(h) & bit) === 0) return mask;
    for (let q = start[j]!, e = end[j]!; q < e; q++) {
      const c = text.charCodeAt(q);
      let l = c;
      if (c < 0x400 && CLASS[c] === 1) {
        l = LOWER[c]!;
        if (l === 0) return mask | (~0 << (j - i));
      }
      h = Math.imul(h ^ l, 0x01000193);
    }
  }
}

/** Character classes for c < 0x400: 1 letter, 2 digit. */
const CLASS = new Uint8Array(0x400);
for (let c = 0; c < 0x400; c++) CLASS[c] = isLetterCode(c) ? 1 : c >= 48 && c <= 57 ? 2 : 0;

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x370 && c <= 0x3ff) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isLetter(c: number): boolean {
  return c < 0x400 ? CLASS[c] === 1 : false;
}

/**
 * Lower-case code of each letter below 0x400 for hashing (what String#toLowerCase gives for it alone); letters whose
 * lower case is not one code unit, or depends on context (final sigma), map to 0 and let their token through.
 */
const LOWER = new Uint16Array(0x400);
for (let c = 0; c < 0x400; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 && c !== 0x3a3 ? l.charCodeAt(0) : 0;
}
const EXOTIC = 0x7fffffff;

/**
 * LOWER of each letter below 0x400 and NOT_LETTER for every other code: the tokenizer's inner loop reads this one
 * table per character instead of CLASS and then LOWER.
 */
const NOT_LETTER = 0xffff;
const LETTER_LOWER = new Uint16Array(0x400);
for (let c = 0; c < 0x400; c++) LETTER_LOWER[c] = CLASS[c] === 1 ? LOWER[c]! : NOT_LETTER;

/** Buffers reused by pooled tokenisations (one paper at a time; see {@link tokenize}). */
let pool: { cap: number; start: Int32Array; end: Int32Array; joinPrev: Uint8Array; glued: Uint8Array; bits: Uint8Array; hash: Int32Array; cache: (string | undefined)[] } | null = null;

/**
 * Tokens of `text`. With `pooled`, the arrays are shared buffers that the next pooled call overwrites (for the
 * one-paper-at-a-time extraction loop; nested short tokenisations must not pass it).
 */
export function tokenize(text: string, pooled = false): Tokens {
  return pooled ? scanTokens(text, true) : scanTokens(sequentialCopy(text), false);
}

/**
 * `s` plus a trailing space, as a new sequential string: the representation paper texts have (see paperText), and no
 * other. V8 specialises each `text.charCodeAt` of {@link scanTokens} on the string representations it has seen; the
 * short names tokenised while the lexicons load and while names are looked up come as sliced, cons and internalized
 * strings, and with those the call sites went megamorphic and paper texts tokenised 15–25% slower (the tokenizer
 * used to be kept twice for this). The space adds no token and shifts no offset.
 */
function sequentialCopy(s: string): string {
  return [s, ' '].join('');
}

function scanTokens(text: string, pooled: boolean): Tokens {
  const n = text.length;
  const cap = (n >> 1) + 2;
  let start: Int32Array, end: Int32Array, joinPrev: Uint8Array, glued: Uint8Array, bits: Uint8Array, hash: Int32Array;
  if (pooled) {
    if (!pool || pool.cap < cap) {
      const c = Math.max(cap, 2048);
      pool = { cap: c, start: new Int32Array(c), end: new Int32Array(c), joinPrev: new Uint8Array(c), glued: new Uint8Array(c), bits: new Uint8Array(c), hash: new Int32Array(c), cache: new Array<string | undefined>(c).fill(undefined) };
    }
    ({ start, end, joinPrev, glued, bits, hash } = pool);
  } else {
    start = new Int32Array(cap);
    end = new Int32Array(cap);
    joinPrev = new Uint8Array(cap);
    glued = new Uint8Array(cap);
    bits = new Uint8Array(cap);
    hash = new Int32Array(cap);
  }
  // no lower-casing of the whole text: for two-byte strings (any '’' or '–') it is the slowest step; tokens are
  // hashed through LOWER and lower-cased one by one when a matcher reads them (tokLower)
  // (a paper text in ASCII, 98% of them, is read as bytes: see scanAscii)
  const k = pooled && asciiBytes(text) ? scanAscii(ASCII!, n, start, end, joinPrev, glued, bits, hash) : scanCodes(text, n, start, end, joinPrev, glued, bits, hash);
  // (a pooled tokenisation reuses the lower-cased strings' array too, cleared where the previous text filled it: a
  // string left from the previous text would be read as this one's; most tokens are never lower-cased, so clearing
  // the few filled slots costs less than clearing all)
  let cache: (string | undefined)[];
  if (pooled) {
    cache = pool!.cache;
    for (let f = 0; f < POOL_FILLED.length; f++) cache[POOL_FILLED[f]!] = undefined;
    POOL_FILLED.length = 0;
  } else cache = new Array<string | undefined>(k);
  return { n: k, text, bits, hash, cache, start, end, joinPrev, glued };
}

/**
 * The bytes of a pooled text when it is all ASCII (then byte i is code unit i), in {@link ASCII}: the encoder copies the
 * text natively, and a typed-array read costs the loop of {@link scanAscii} fewer instructions than `charCodeAt`,
 * which dispatches on the string's representation (the tokenizer about 10% faster). False for any other text.
 */
let ASCII: Uint8Array | null = null;
const ENCODER = new TextEncoder();
function asciiBytes(text: string): boolean {
  const n = text.length;
  if (ASCII === null || ASCII.length < n) ASCII = new Uint8Array(Math.max(n, 4096) * 2);
  // (n code units in n bytes: every one was a single UTF-8 byte, ASCII; a buffer of exactly n bytes stops the
  // encoder early on a text that is not)
  const r = ENCODER.encodeInto(text, ASCII.subarray(0, n));
  return r.read === n && r.written === n;
}

/**
 * {@link scanCodes} over the bytes of an ASCII text: the same tokens, hashes and bits (every ASCII letter has a
 * one-unit lower case, so no hash is EXOTIC, and no code reaches 0x400).
 */
function scanAscii(b: Uint8Array, n: number, start: Int32Array, end: Int32Array, joinPrev: Uint8Array, glued: Uint8Array, bits: Uint8Array, hash: Int32Array): number {
  let k = 0;
  let prevEnd = -10;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    let l = LETTER_LOWER[c]!;
    let j = i + 1;
    let h: number;
    if (l !== NOT_LETTER) {
      h = Math.imul(0x811c9dc5 ^ l, 0x01000193);
      while (j < n) {
        l = LETTER_LOWER[b[j]!]!;
        if (l === NOT_LETTER) break;
        h = Math.imul(h ^ l, 0x01000193);
        j++;
      }
    } else if (c >= 48 && c <= 57) {
      // (numberEnd over bytes)
      for (;;) {
        while (j < n && b[j]! >= 48 && b[j]! <= 57) j++;
        if (j + 1 < n && b[j] === 46 && b[j + 1]! >= 48 && b[j + 1]! <= 57) {
          j++;
          continue;
        }
        break;
      }
      h = 0x811c9dc5 | 0;
      for (let q = i; q < j; q++) h = Math.imul(h ^ b[q]!, 0x01000193);
    } else if ((c === 43 || c === 35) && i === prevEnd) {
      h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    } else {
      i++;
      continue;
    }
    const gap = i - prevEnd;
    let jp = 0;
    if (gap === 0) jp = 1;
    else if (gap === 1) {
      const g = b[i - 1]!;
      // (and a quoted two-digit year: "THUMOS'14" is the key of "THUMOS14")
      jp = g === 32 || g === 45 || g === 95 || g === 38 || (g === 39 && ((j === i + 1 && (c === 115 || c === 83)) || (j === i + 2 && c >= 48 && c <= 57))) ? 1 : 0;
    } else if (gap <= 3) {
      // "Tanks & Temples", "Tanks& Temples", "Tanks &Temples": an ampersand between the words of one name
      jp = ampersandGap(b[i - gap]!, b[i - gap + 1]!, gap === 3 ? b[i - 1]! : -1) ? 1 : 0;
    }
    start[k] = i;
    end[k] = j;
    joinPrev[k] = jp;
    glued[k] = gap === 0 ? 1 : 0;
    bits[k] = tableGet(h);
    hash[k] = h;
    k++;
    prevEnd = j;
    i = j;
  }
  return k;
}

/**
 * Is a gap of two or three characters (`c`: the third, or -1) an ampersand with a space on one side or both ("& ",
 * " &", " & ")?
 */
function ampersandGap(a: number, b: number, c: number): boolean {
  return c < 0 ? (a === 38 && b === 32) || (a === 32 && b === 38) : a === 32 && b === 38 && c === 32;
}

/** The tokens of `text` read by `charCodeAt` into the buffers; returns their count. */
function scanCodes(text: string, n: number, start: Int32Array, end: Int32Array, joinPrev: Uint8Array, glued: Uint8Array, bits: Uint8Array, hash: Int32Array): number {
  let k = 0;
  let prevEnd = -10;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 0x400 ? CLASS[c]! : 0;
    let j = i;
    let h = 0x811c9dc5 | 0;
    if (cls === 1) {
      // hash of the lower-cased letters (see LOWER)
      let l = LOWER[c]!;
      let ex = l;
      h = Math.imul(h ^ l, 0x01000193);
      j++;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 0x400) break;
        l = LETTER_LOWER[d]!;
        if (l === NOT_LETTER) break;
        ex = l < ex ? l : ex;
        h = Math.imul(h ^ l, 0x01000193);
        j++;
      }
      if (ex === 0) h = EXOTIC;
    } else if (cls === 2) {
      j = numberEnd(text, j + 1, n);
      for (let q = i; q < j; q++) h = Math.imul(h ^ text.charCodeAt(q), 0x01000193);
    } else if ((c === 43 || c === 35) && i === prevEnd) {
      h = Math.imul(h ^ c, 0x01000193);
      j++;
    } else {
      i++;
      continue;
    }
    const gap = i - prevEnd;
    let jp = 0;
    if (gap === 0) jp = 1;
    else if (gap === 1) {
      const g = text.charCodeAt(i - 1);
      // a possessive's "s" is part of a name ("Humanity's Last Exam", "Alzheimer's Disease Neuroimaging Initiative")
      // (and a quoted two-digit year: "THUMOS'14" is the key of "THUMOS14")
      jp = g === 32 || g === 45 || g === 95 || g === 38 || ((g === 39 || g === 0x2019) && ((j === i + 1 && (c === 115 || c === 83)) || (j === i + 2 && c >= 48 && c <= 57))) ? 1 : 0;
    } else if (gap <= 3) {
      // "Tanks & Temples", "Tanks& Temples", "Tanks &Temples": an ampersand between the words of one name
      jp = ampersandGap(text.charCodeAt(i - gap), text.charCodeAt(i - gap + 1), gap === 3 ? text.charCodeAt(i - 1) : -1) ? 1 : 0;
    }
    start[k] = i;
    end[k] = j;
    joinPrev[k] = jp;
    glued[k] = gap === 0 ? 1 : 0;
    // without a same-length lower-case text, the hash of the raw letters may differ: let the token through
    bits[k] = h !== EXOTIC ? tableGet(h) : 0xff;
    hash[k] = h;
    k++;
    prevEnd = j;
    i = j;
  }
  return k;
}

/** Does a part of `name` before one of its hyphens pass `test` ("GSM-Plus" of "GSM-Plus-V2", "GSM" of either)? */
export function somePartBeforeHyphen(name: string, test: (part: string) => boolean): boolean {
  for (let h = name.indexOf('-'); h > 0; h = name.indexOf('-', h + 1)) if (test(name.slice(0, h))) return true;
  return false;
}

/** `s` without its final `end`, if it ends so: what `s.replace(/s$/, '')` gives for end 's', without the regex. */
export function withoutFinal(s: string, end: string): string {
  return s.endsWith(end) ? s.slice(0, s.length - end.length) : s;
}

/** Is code unit c one that the regex class \s matches (the ASCII spaces, tabs and breaks, and the Unicode spaces)? */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITESPACE.test(String.fromCharCode(c)));
}
const WHITESPACE = /\s/;

/** The slots of the pooled tokens' cache that {@link tokLower} filled since the last pooled tokenisation. */
const POOL_FILLED: number[] = [];

/** Token i lower-cased (sliced on first use, then cached). */
export function tokLower(tk: Tokens, i: number): string {
  let s = tk.cache[i];
  if (s === undefined) {
    s = tk.text.slice(tk.start[i]!, tk.end[i]!).toLowerCase();
    tk.cache[i] = s;
    if (pool !== null && tk.cache === pool.cache) POOL_FILLED.push(i);
  }
  return s;
}

/** All tokens of a short text, lower-cased. */
export function tokenWords(text: string): string[] {
  const tk = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < tk.n; i++) out.push(tokLower(tk, i));
  return out;
}

/**
 * The first token of `s` lower-cased, when `s` starts with a letter (the tokenizer's letter class); else null. A
 * cheap pre-check for whole-name lookups: a name whose first token starts no lexicon key cannot match.
 */
export function firstWordLower(s: string): string | null {
  const c = s.charCodeAt(0);
  if (!(c < 0x400 && CLASS[c] === 1)) return null;
  let j = 1;
  while (j < s.length) {
    const d = s.charCodeAt(j);
    if (d < 0x400 && CLASS[d] === 1) j++;
    else break;
  }
  return s.slice(0, j).toLowerCase();
}

/**
 * Can `name`, tokenised, be a whole key registered with `bit` ({@link registerKey})? The hash of its lower-cased tokens
 * joined, read token by token as {@link scanTokens} reads a text (a run of letters through LOWER, a number with its
 * inner ".digit" groups, a "+"/"#" glued to the token before), building no string. False only when no key has that
 * hash; true for a letter without a one-unit lower case of its own (no hash) and for collisions. Most names a lexicon
 * is asked about are no key, and this answers them before any tokenisation or map lookup.
 */
export function mayBeKey(name: string, bit: number): boolean {
  let h = 0x811c9dc5 | 0;
  let tokens = 0;
  let prevEnd = -10;
  const n = name.length;
  let i = 0;
  while (i < n) {
    const c = name.charCodeAt(i);
    const cls = c < 0x400 ? CLASS[c]! : 0;
    let j = i;
    if (cls === 1) {
      while (j < n) {
        const d = name.charCodeAt(j);
        if (!(d < 0x400 && CLASS[d] === 1)) break;
        const l = LOWER[d]!;
        if (l === 0) return true;
        h = Math.imul(h ^ l, 0x01000193);
        j++;
      }
    } else if (cls === 2) {
      j = numberEnd(name, j + 1, n);
      for (let q = i; q < j; q++) h = Math.imul(h ^ name.charCodeAt(q), 0x01000193);
    } else if ((c === 43 || c === 35) && i === prevEnd) {
      h = Math.imul(h ^ c, 0x01000193);
      j++;
    } else {
      i++;
      continue;
    }
    tokens++;
    prevEnd = j;
    i = j;
  }
  return tokens > 0 && (pairGet(h ^ WHOLE) & bit) !== 0;
}

/**
 * Hash of `name`'s first word lower-cased (see {@link firstWordLower}), read through LOWER without building the word:
 * NO_WORD when the name does not start with a letter, EXOTIC when a letter has no one-unit lower case of its own. (A
 * real hash equal to either only lets the name through the pre-checks below.)
 */
function firstWordHash(name: string): number {
  let h = 0x811c9dc5 | 0;
  let j = 0;
  for (; j < name.length; j++) {
    const c = name.charCodeAt(j);
    if (!(c < 0x400 && CLASS[c] === 1)) break;
    const l = LOWER[c]!;
    if (l === 0) return EXOTIC;
    h = Math.imul(h ^ l, 0x01000193);
  }
  return j === 0 ? NO_WORD : h;
}
const NO_WORD = 0x7ffffffe;

/**
 * Can `name`'s first word lower-cased be a word marked with `bit` in the first-token table ({@link registerFirst})?
 * True when the name does not start with a letter. A pre-check only: the table lets some other words through.
 */
export function firstWordMayStart(name: string, bit: number): boolean {
  const h = firstWordHash(name);
  if (h === NO_WORD || h === EXOTIC) return true;
  return (tableGet(h) & bit) !== 0;
}

/** Marks `word` (lower-cased) in the first-token table with a bit claimed in first-token-bits.ts. */
export function registerFirst(word: string, bit: number): void {
  checkClaimed(bit);
  if (word) tableOr(hashWord(word), bit);
}

function checkClaimed(bit: number): void {
  if (!firstTokenRegistry.isClaimed(bit)) throw new Error(`first-token table: bit ${bit} is not one bit claimed in first-token-bits.ts`);
}
export function mayStart(tk: Tokens, i: number, bit: number): boolean {
  return (tk.bits[i]! & bit) !== 0;
}

/**
 * Bits per token hash ({@link Tokens.hash}), for the rules that tell words apart by their hash: an open-addressing
 * table of Int32 keys. A Set or Map of these numbers costs more per look-up: most hashes lie outside V8's small
 * integers, so each look-up hashes a heap number (and the rules ask for every token of a kind). `get` gives the bits
 * OR-ed in for a hash, 0 for none; `has` whether any were. The table is filled once, when a module loads.
 */
export class TokenHashBits {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(entries: Iterable<number> = [], bits = 1) {
    this.keys = new Int32Array(16);
    this.values = new Int32Array(16);
    this.mask = 15;
    for (const h of entries) this.set(h, bits);
  }

  /** ORs `bits` (not 0) into the hash's entry. */
  set(h: number, bits: number): this {
    if (bits === 0) throw new Error('TokenHashBits: no bits to set');
    if ((this.size + 1) * 2 > this.mask) this.grow();
    let i = slotOf(h, this.mask);
    while (this.values[i] !== 0 && this.keys[i] !== h) i = (i + 1) & this.mask;
    if (this.values[i] === 0) this.size++;
    this.keys[i] = h;
    this.values[i] = this.values[i]! | bits;
    return this;
  }

  get(h: number): number {
    const { keys, values, mask } = this;
    for (let i = slotOf(h, mask); ; i = (i + 1) & mask) {
      const v = values[i]!;
      if (v === 0 || keys[i] === h) return v;
    }
  }

  has(h: number): boolean {
    return this.get(h) !== 0;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] !== 0) this.set(keys[i]!, values[i]!);
  }
}

function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

const SLUGS = new Map<string, string>();

/**
 * Slug: lower-case ASCII words joined by '-'; dots inside numbers kept ("llama-3.1-8b"). Names of ASCII letters and
 * digits joined by single hyphens (most names) are read in one pass over their characters; the slugs of other names
 * are memoised. (A memo of every name cost more than the pass: the names are fresh strings, hashed for each look-up.)
 */
export function slugify(s: string): string {
  const n = s.length;
  let upper = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) upper = true;
    else if (c !== 45 || i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 45) return slugifyOther(s);
  }
  return upper ? s.toLowerCase() : s;
}

function slugifyOther(s: string): string {
  let out = SLUGS.get(s);
  if (out === undefined) {
    out = slugifyRaw(s);
    if (SLUGS.size > 50000) SLUGS.clear();
    SLUGS.set(s, out);
  }
  return out;
}

/** Only ASCII letters, digits, spaces and hyphens: no accents, symbols or dots for the general path to handle. */
const PLAIN_NAME = /^[A-Za-z0-9 -]*$/;

function slugifyRaw(s: string): string {
  // Most names are plain: the same result as below, without its eleven passes.
  if (PLAIN_NAME.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slugifyGeneral(s);
}

/** The slug of any string (exported for the test that checks the plain-name shortcut against it). */
export function slugifyGeneral(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/α/g, 'alpha').replace(/β/g, 'beta').replace(/γ/g, 'gamma').replace(/τ/g, 'tau').replace(/λ/g, 'lambda')
    .replace(/δ/g, 'delta').replace(/μ/g, 'mu').replace(/π/g, 'pi').replace(/σ/g, 'sigma').replace(/θ/g, 'theta')
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/#/g, '-sharp')
    .replace(/(?<![0-9])\.|\.(?![0-9])/g, '-')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

/**
 * Does a word at `start` open its sentence: the text's start, or a full stop, "!", "?" or a line break before it, spaces
 * between (and a colon, when `afterColon`)? Its capital may then be the sentence's alone.
 */
export function opensSentence(text: string, start: number, afterColon = false): boolean {
  let q = start - 1;
  while (q >= 0 && text.charCodeAt(q) === 32) q--;
  if (q < 0) return true;
  const c = text.charCodeAt(q);
  return c === 46 || c === 33 || c === 63 || c === 10 || (afterColon && c === 58);
}

/**
 * `s.charCodeAt(i)`, or -1 outside the string, without reading outside it: V8's optimised code for a charCodeAt that
 * has only read inside its string deoptimises the first time it reads past the end (and so would a NaN where only
 * small integers were seen), and recompiles the function with everything inlined into it. Use it where a rule reads
 * the character after a name or before one, which is past the text's end (or before its start) for the few papers
 * whose text ends with that name; -1 equals no character and is below every range a rule tests.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

/** The first token that ends after `a` (binary search over the token ends, which increase). */
export function firstTokenAfter(tk: Tokens, a: number): number {
  let lo = 0;
  let hi = tk.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tk.end[mid]! <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Is token `t` a "+" glued to a letter or digit after it, joining two names or a name and a score ("SFT+DPO",
 * "ALIKED+LightGlue", "MMLU+5.2")? A known name may end before it and start after it; the compound itself is read by
 * the name rules ("LLM+ASP"), a key with a "+" inside by the lexicon ("NTU RGB+D").
 */
export function plusJoined(text: string, tk: Tokens, t: number): boolean {
  const at = tk.start[t]!;
  // (a second "+" makes a name of its own: "T2I-CompBench++", "WMT24++")
  return text.charCodeAt(at) === 43 && isAsciiAlnum(text.charCodeAt(at + 1));
}

/**
 * `pnpm mine --phrases`: technique names written as plain phrases ("hard negative mining", "Laplacian pyramid",
 * "cross-encoder reranking") that the corpus writes in many papers and no lexicon knows. The techniques queue
 * (techniques.ts) finds only the names a paper defines by an acronym; most technique phrases are never defined so, and
 * the names queue (mine.ts) looks at coined tokens, not phrases. A phrase is a candidate when it ends in a technique's
 * head noun (PHRASE_HEADS: mining, quantization, pyramid, reranking, …) after one to three words that describe it; a
 * reviewer keeps the rows that name a technique a reader would search for (GUIDELINES.md's methods), not a class of
 * models, a task, a kind of data or a description ("efficient fine-tuning"), and `pnpm mine --accept` adds them.
 */
import { lexiconDecision } from '../../packages/core/src/extract/known.ts';
import { sentenceAt } from '../../packages/core/src/extract/paper-text.ts';
import type { Paper } from './data.ts';
import { queueTsv } from './queue.ts';
import { mostWritten, titleAndSentenceStarts } from './techniques.ts';

/** Head nouns of technique names: what is done to a model, its data or its outputs. (Tasks' nouns are not here.) */
export const PHRASE_HEADS = new Set([
  'mining', 'quantization', 'quantisation', 'distillation', 'pruning', 'augmentation', 'regularization', 'regularisation',
  'normalization', 'normalisation', 'attention', 'sampling', 'decoding', 'search', 'optimization', 'optimisation',
  'alignment', 'reranking', 're-ranking', 'filtering', 'filter', 'pyramid', 'transform', 'encoding', 'scaling',
  'tuning', 'fine-tuning', 'finetuning', 'matching', 'propagation', 'descent', 'clustering', 'hashing',
  'pooling', 'masking', 'dropout', 'smoothing', 'annealing', 'aggregation', 'prompting', 'decomposition',
  'factorization', 'factorisation', 'interpolation', 'reparameterization', 'reparametrization', 'merging', 'caching',
  'routing', 'unlearning', 'steering', 'guidance', 'splatting', 'sparsification', 'initialization', 'tokenization',
  'ensembling', 'bootstrapping', 'replay', 'relaxation', 'inversion', 'embeddings',
]);

/**
 * Words that do not open a technique's name: determiners, numbers, and words that rate or place a method rather than
 * name it ("efficient", "existing", "standard"). A reviewer would refuse the phrases they open.
 */
const NOT_LEADING = new Set([
  'a', 'an', 'the', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'such', 'each', 'any', 'all', 'both', 'other',
  'novel', 'new', 'proposed', 'existing', 'standard', 'simple', 'efficient', 'effective', 'robust', 'better', 'improved',
  'additional', 'further', 'different', 'various', 'multiple', 'several', 'traditional', 'conventional', 'classical',
  'typical', 'common', 'popular', 'recent', 'prior', 'previous', 'current', 'first', 'second', 'final', 'overall',
  'general', 'generic', 'specific', 'unified', 'lightweight', 'scalable', 'principled', 'careful', 'extensive', 'large',
  'small', 'full', 'partial', 'naive', 'vanilla', 'advanced', 'modern', 'state-of-the-art', 'sota', 'key', 'main',
  'two', 'three', 'four', 'five', 'one', 'single', 'many', 'more', 'most', 'less', 'fewer', 'same', 'similar', 'own',
  'and', 'or', 'of', 'for', 'with', 'in', 'on', 'to', 'by', 'via', 'from', 'as', 'at', 'is', 'are', 'was', 'be', 'we',
  'using', 'based', 'through', 'without', 'under', 'over', 'after', 'before', 'during', 'while', 'where', 'which',
  'how', 'what', 'when', 'why', 'can', 'may', 'also', 'not', 'no', 'only', 'then', 'thus', 'however', 'e.g.', 'i.e.',
  'model', 'models', 'method', 'methods', 'approach', 'approaches', 'framework', 'technique', 'techniques',
  // (the English noun "attention" and its kin: "gained significant attention", "little attention")
  'significant', 'increasing', 'growing', 'little', 'much', 'considerable', 'great', 'greater', 'gained', 'received',
  'receiving', 'attracted', 'paid', 'pay', 'special', 'particular', 'close', 'limited', 'widespread', 'substantial',
  'practical', 'strong', 'weak', 'explicit', 'implicit', 'better', 'precise', 'accurate', 'fast', 'faster', 'slow',
  // (verbs before a technique's name: "we use hard negative mining")
  'use', 'uses', 'used', 'apply', 'applies', 'applied', 'applying', 'employ', 'employs', 'employed', 'employing',
  'adopt', 'adopts', 'adopted', 'leverage', 'leverages', 'leveraging', 'introduce', 'introduces', 'propose', 'proposes',
  'perform', 'performs', 'performing', 'combine', 'combines', 'combining', 'require', 'requires', 'requiring',
  'enable', 'enables', 'enabling', 'improve', 'improves', 'improving', 'include', 'includes', 'including',
]);

/** A word a phrase may hold: lower-case, capitalised (a name: Laplacian, Kalman) or an acronym (NTK), hyphens inside. */
const PHRASE_WORD = /^(?:[a-z][a-z0-9]+|[A-Z][a-z]+|[A-Z][A-Z0-9]{1,5})(?:-(?:[a-z][a-z0-9]*|[A-Z][a-z]+|[A-Z][A-Z0-9]{1,5}))*$/;

export interface PhraseRow {
  /** The phrase as most papers write it. */
  phrase: string;
  /** Papers that write it. */
  papers: number;
  examples: string[];
  /** A sentence that writes it. */
  context: string;
}

interface Tally {
  papers: number;
  /** Papers in which a capitalised word comes right before it: the tail of a longer name ("Policy Optimization"). */
  afterCapital: number;
  forms: Map<string, number>;
  /** Papers in which the phrase is written after each word (one more word of a longer phrase). */
  before: Map<string, number>;
  examples: string[];
  context: string;
}

/** Words and their offsets: letters, digits and inner hyphens (and a dot inside "e.g."). */
function wordsOf(text: string): Array<{ w: string; s: number; e: number }> {
  const out: Array<{ w: string; s: number; e: number }> = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g)) out.push({ w: m[0], s: m.index!, e: m.index! + m[0].length });
  return out;
}

/** The key two spellings of one phrase share: lower case, hyphens and spaces alike. */
export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/[\s-]+/g, ' ');
}

/**
 * Phrases of two to four words ending in a head noun, written in at least `minPapers` papers, that no lexicon decides
 * about, most written first; a phrase written mostly inside one longer candidate ("negative mining" in "hard negative
 * mining") gives way to it. Pure: papers in, rows out.
 */
export function minePhrases(papers: readonly Paper[], minPapers = 8): PhraseRow[] {
  const tallies = new Map<string, Tally>();
  // Papers where a phrase is the tail of a hyphenated word's phrase ("step distillation" of "few-step distillation",
  // "domain decomposition" of "frequency-domain decomposition"): the lexicon, which reads a hyphen as a word's end,
  // would read it there too, in a name that is not it.
  const hyphenTails = new Map<string, number>();
  for (const paper of papers) {
    const text = `${paper.title}\n${paper.abstract}`;
    const words = wordsOf(text);
    const seen = new Set<string>();
    const seenTails = new Set<string>();
    let starts: number[] | undefined;
    for (let h = 1; h < words.length; h++) {
      if (!PHRASE_HEADS.has(words[h]!.w.toLowerCase())) continue;
      for (let first = h - 1; first >= Math.max(0, h - 3); first--) {
        const lead = words[first]!;
        // (words of one phrase are separated by one space or a hyphen only: no punctuation between)
        if (!/^[ ]$/.test(text.slice(lead.e, words[first + 1]!.s))) break;
        if (!PHRASE_WORD.test(lead.w)) break;
        if (NOT_LEADING.has(lead.w.toLowerCase())) break;
        const phrase = text.slice(lead.s, words[h]!.e);
        const key = phraseKey(phrase);
        const hyphen = lead.w.lastIndexOf('-');
        if (hyphen > 0) {
          const tail = phraseKey(text.slice(lead.s + hyphen + 1, words[h]!.e));
          if (!seenTails.has(tail)) {
            seenTails.add(tail);
            hyphenTails.set(tail, (hyphenTails.get(tail) ?? 0) + 1);
          }
        }
        const previous = first > 0 && /^[ ]$/.test(text.slice(words[first - 1]!.e, lead.s)) ? words[first - 1]!.w.toLowerCase() : '';
        if (seen.has(key)) continue;
        seen.add(key);
        let tally = tallies.get(key);
        if (!tally) tallies.set(key, (tally = { papers: 0, afterCapital: 0, forms: new Map(), before: new Map(), examples: [], context: '' }));
        tally.papers++;
        // (a sentence's first word is capitalised for the sentence, not the name)
        const form = /[.!?]\s*$|\n$|^$/.test(text.slice(Math.max(0, lead.s - 3), lead.s)) && /^[A-Z][a-z]/.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
        tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
        if (previous && PHRASE_WORD.test(previous) && !NOT_LEADING.has(previous)) tally.before.set(previous, (tally.before.get(previous) ?? 0) + 1);
        if (first > 0 && /^[A-Z]/.test(words[first - 1]!.w) && /^[ -]$/.test(text.slice(words[first - 1]!.e, lead.s))) tally.afterCapital++;
        if (tally.examples.length < 3) tally.examples.push(paper.id);
        if (!tally.context) tally.context = sentenceAt(text, (starts ??= titleAndSentenceStarts(paper)), lead.s).slice(0, 200);
      }
    }
  }
  const rows: PhraseRow[] = [];
  for (const [key, tally] of tallies) {
    if (tally.papers < minPapers) continue;
    // (mostly the tail of one longer candidate: the longer one is the name)
    const [word, count] = tally.before.size ? [...tally.before].sort((a, b) => b[1] - a[1])[0]! : ['', 0];
    const longer = word ? tallies.get(`${word} ${key}`) : undefined;
    if (longer && longer.papers >= minPapers && count >= 0.7 * tally.papers) continue;
    // (as often the tail of hyphenated names as a name of its own)
    if ((hyphenTails.get(key) ?? 0) >= 0.5 * tally.papers) continue;
    const phrase = mostWritten(tally.forms);
    // (a phrase ending in a technique the lexicons know would hide it: "cross-modal knowledge distillation" would no
    // longer be read as knowledge distillation, which annotators list)
    if (endsInKnownTechnique(phrase)) continue;
    // (a capitalised phrase mostly after another capitalised word is the tail of names: "Group Relative Policy
    // Optimization", "Monte Carlo Tree Search")
    if (/^[A-Z][a-z]/.test(phrase) && tally.afterCapital >= 0.5 * tally.papers) continue;
    if (lexiconDecision(phrase) !== undefined || lexiconDecision(phrase.toLowerCase()) !== undefined) continue;
    rows.push({ phrase, papers: tally.papers, examples: tally.examples, context: tally.context });
  }
  return rows.sort((a, b) => b.papers - a.papers || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
}

/** Does a shorter tail of the phrase, by words or hyphen parts, name a technique a lexicon knows ("token pruning")? */
function endsInKnownTechnique(phrase: string): boolean {
  const parts = phrase.split(/[\s-]+/);
  for (let k = 1; k < parts.length; k++) {
    const decision = lexiconDecision(parts.slice(k).join(' '));
    if (decision !== undefined && !decision.startsWith('refused')) return true;
  }
  return false;
}

/** The rows as a names queue (mine.ts's columns, so `pnpm mine --accept` reads it): kind method, score empty. */
export function phraseQueue(rows: readonly PhraseRow[]): string {
  return queueTsv(rows.map((r) => ['', 'method', r.phrase, String(r.papers), '', `written in ${r.papers}`, r.examples.join(' '), r.context]));
}

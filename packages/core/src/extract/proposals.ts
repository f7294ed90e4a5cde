/**
 * The paper's own named contribution: the title's name before a colon ("Kron-LoRA: …"), "we propose/introduce/present
 * X", "… called/named/dubbed X", "X, a novel …", with its long form when the abstract defines it as an acronym.
 * The kind (method, dataset, model) is read from the nouns next to the name ("X, a benchmark …", "X: a multimodal
 * model …") or from its shape ("…Bench", "Foo-7B").
 */
import type { EntityKind } from '../types.ts';
import heads from './lexicons/heads.json' with { type: 'json' };
import type { AcronymDef } from './acronyms.ts';
import { registerFirst, tokLower, type Tokens } from './tokens.ts';
import { FIRST_TOKEN_BITS } from './first-token-bits.ts';

export interface Proposal {
  name: string;
  long?: string;
  kind: EntityKind;
  /** Offset in the text of the mention that shows the proposal. */
  at: number;
}

const DATASET_HEADS = new Set(heads.datasetHeads.words);
const MODEL_HEADS = new Set(heads.modelHeads.words);
const METHOD_NOUNS = new Set(heads.methodNouns.words);
const TITLE_NOT = new Set(heads.titleNotNames.words);
const NOT_METHODS = new Set(heads.notMethods.words);
const NOT_PROPOSALS = new Set(heads.notProposals.words.map((w) => w.toLowerCase()));

/** A coined name: internal capital, digit or Greek letter, or an all-caps word; or CamelCase parts joined by '-'. */
export function isCoinedName(w: string): boolean {
  if (!w || w.length < 2 || w.length > 40) return false;
  if (NOT_METHODS.has(w)) return false;
  if (!/^[A-Za-z0-9\u0370-\u03ff]/.test(w)) return false;
  if (/^[a-z]+$/.test(w)) return false;
  if (/-(?:aware|based|driven|powered|guided|enhanced|free|specific|level|agnostic|like|style|oriented|centric|friendly|ready|empowered|assisted|augmented|inspired|informed|enabled|integrated|generated|powered)$/i.test(w)) return false; // adjectives
  if (/^[A-Z]{2,}s$/.test(w)) return false; // plural acronyms ("VFMs", "LLMs") name a class, not a contribution
  if (/^\d+(?:\.\d+)?[A-Za-z]?$/.test(w)) return false; // "8B", "2024"
  if (/^\d+(?:\.\d+)?[BM]-/.test(w)) return false;
  if (/^[\u0370-\u03ff]/.test(w)) return true;
  if (!/^[A-Z0-9]/.test(w)) return /[A-Z]/.test(w.slice(1)); // "xLSTM", "mPLUG"
  return /[A-Z0-9]/.test(w.slice(1)) || /-[A-Z]/.test(w);
}

function kindFromContext(name: string, after: string): EntityKind {
  if (/(?:Bench|bench|QA|Arena|Corpus|Dataset|Eval)$/.test(name)) return 'dataset';
  if (/-\d+(?:\.\d+)?[BM]$/.test(name)) return 'model';
  // only an apposition describes the name: "X, a benchmark …", "X: a multimodal model", "X is a …"
  const ap = /^\s*(?:\([^)]*\)\s*)?(?:,|:|\s+is|\s+-|\s+–|\s+—)\s*(.*)$/s.exec(after);
  if (!ap) return 'method';
  // (nine words fit in 160 characters of an abstract: no need to lower-case the rest of the sentence)
  const words = ap[1]!.slice(0, 160).toLowerCase().replace(/[^a-z0-9\- ]+/g, ' ').split(/\s+/).filter(Boolean).slice(0, 9);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "a suite of video foundation models", "a family of open models": the noun after "of" names the kind
    if ((w === 'suite' || w === 'family' || w === 'series' || w === 'collection') && words[i + 1] === 'of') {
      i++;
      continue;
    }
    if (/^(?:for|of|on|with|that|which|to|in|from|by|using|via|across)$/.test(w)) break;
    if (DATASET_HEADS.has(w)) return 'dataset';
    if (METHOD_NOUNS.has(w)) return 'method';
    if (MODEL_HEADS.has(w)) return 'model';
  }
  return 'method';
}

const VERB =
  /\b(?:(?:we|this (?:paper|work|study|article|report|technical report)|the paper|our work|here,? we)\s+(?:(?:first|also|further|then|thus|therefore|hence|additionally|newly)\s+)?(?:propose|proposes|proposed|introduce|introduces|introduced|present|presents|presented|develop|develops|developed|design|designs|designed|release|releases|build|construct|create|curate|establish|contribute|offer|unveil|launch|put forward|devise|formulate))\s+/gi;
/** VERB, or one of its past forms after "and" without a subject ("…, and proposed a novel approach, termed X"); cue bit 4 gates it. */
const VERB_OR_AND = new RegExp(VERB.source.slice(0, -4) + String.raw`|and\s+(?:then\s+)?(?:proposed|introduced|presented|developed|designed))\s+`, 'gi');
const LEAD = /^(?:(?:a|an|the|our|two|three|several)\s+)?(?:(?:novel|new|simple|simple yet effective|effective|efficient|general|unified|lightweight|principled|scalable|practical|comprehensive|first|large-scale|modular|training-free|plug-and-play|open-source|fully open|flexible|robust|systematic|holistic|family of)\s*,?\s+)*/i;
const NAME = /^[A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*/;
const CALLED = /\b(?:called|named|dubbed|termed|coined|namely|denoted as|referred to as|(?:name|call|term|dub)\s+(?:it|them|this|this \w+|the resulting \w+|our \w+))\s+([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)/;
const REL_CLAUSE = /\b(?:that|which|whose|where|incorporat\w*|integrat\w*|leverag\w*|using|uses|based on|built on|equipped with)\b/;
const APPOS = /,\s+([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)\s*(?:[,(:]|\bthat\b|\bwhich\b)/;

const FIRST_PERSON_CUES = ['we ', 'our ', 'this ', 'the paper', 'here'];
const APPOS_CUES = [', a', ' is a'];
const NAMING_CUES = ['proposed', 'introduced', 'presented', 'developed', 'designed', 'named', 'termed', 'dubbed', 'called'];

const NAME_SRC = String.raw`[A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*`;
const HEAD_SRC = String.raw`(?:framework|method|approach|model|system|algorithm|benchmark|dataset|agent|pipeline|toolkit|architecture|network|module|technique|strategy|metric|corpus|suite|library|platform|tool|mechanism|loss|paradigm)`;
/** "the AutoMUP (…) method is proposed", "X is proposed": a passive proposal. */
const PASSIVE = new RegExp(String.raw`(?:^|\b[Tt]he\s+|\b[Aa]n?\s+(?:novel\s+|new\s+)?)(${NAME_SRC})\s*(?:\([^)]{0,80}\)\s*)?(?:(${HEAD_SRC})\s+)?(?:is|was)\s+(?:thus\s+|then\s+|therefore\s+|hence\s+|further\s+|also\s+|first\s+)?(?:proposed|introduced|presented|developed)\b`, 'g');
/** "The proposed SegformerWithDropout architecture", "our proposed Evol-Instruct", "our model SSR-Zero-7B". */
const PROPOSED_NP = new RegExp(String.raw`\b(?:([Tt]he)|[Oo]ur)\s+(?:newly\s+)?proposed\s+(${NAME_SRC})(?:\s*(\()|\s+(${HEAD_SRC})\b)?`, 'g');
const OUR_HEAD_NAME = new RegExp(String.raw`\b[Oo]ur\s+(?:new\s+|novel\s+|proposed\s+)?(${HEAD_SRC})\s*,?\s+(${NAME_SRC})`, 'g');
/** A head noun right after a definition: "our … (MIMIC-IT) dataset". */
const HEAD_AFTER = new RegExp(String.raw`^\s*${HEAD_SRC}\b`);
/** A second proposal coordinated with the first: "X, a dataset …, and Y, a benchmark …", "X and Y, two …". */
const AND_NAME = new RegExp(String.raw`(?:,\s*|\s)and\s+(?:\((?:i{1,3}|iv|v|vi|\d|[a-f])\)\s+)?(?:(?:also|then|our|the|a|an|new|novel)\s+)*(${NAME_SRC}),\s*(?:a|an)\s`, 'g');
/** "…, named GUARD-JD, …" anywhere. */
const CALLED_ANY = new RegExp(String.raw`(?<!so-|(?:commonly|often|usually|also|sometimes|generally|typically|widely|traditionally)\s)\b(?:named|termed|dubbed|called)\s+(${NAME_SRC})`, 'g');

/** Words whose presence lets a sentence through the gates (every pattern below needs one of them). */
const CUE_BIT = FIRST_TOKEN_BITS.proposalCues;
/** The verbs of VERB, whole words: a sentence without one cannot match it. */
const VERB_WORDS = new Set(
  'propose proposes proposed introduce introduces introduced present presents presented develop develops developed design designs designed release releases build construct create curate establish contribute offer unveil launch put devise formulate'.split(' '),
);
const NAMING_WORDS = new Set(['proposed', 'introduced', 'presented', 'developed', 'designed', 'named', 'termed', 'dubbed', 'called']);
for (const w of ['we', 'our', 'this', 'paper', 'a', 'an', ...NAMING_WORDS, ...VERB_WORDS]) registerFirst(w, CUE_BIT);

/**
 * The gates of {@link sentenceCues} read from the tokens (one pass over the token bits, no string scans): bit 1 for
 * a sentence with the word we/our/this/paper, bit 2 for "a"/"an" after a comma or after "is", bit 4 for a naming
 * participle ("proposed", "called"), bit 8 for a verb of VERB, bit 16 for the word "our". Every sentence that the
 * patterns can match passes.
 */
function tokenCues(tk: Tokens, starts: number[]): Uint8Array {
  const cues = new Uint8Array(starts.length);
  const { bits, text } = tk;
  let s = 0;
  for (let i = 0; i < tk.n; i++) {
    if ((bits[i]! & CUE_BIT) === 0) continue;
    const at = tk.start[i]!;
    while (s + 1 < starts.length && starts[s + 1]! <= at) s++;
    const w = tokLower(tk, i);
    if (w === 'a' || w === 'an') {
      let p = at - 1;
      while (p >= 0 && text.charCodeAt(p) === 32) p--;
      if ((p >= 0 && p < at - 1 && text.charCodeAt(p) === 44) || (i > 0 && tk.end[i - 1] === at - 1 && tokLower(tk, i - 1) === 'is')) cues[s]! |= 2;
    } else if (w === 'our') cues[s]! |= 1 | 16;
    else if (w === 'we' || w === 'this' || w === 'paper') cues[s]! |= 1;
    else {
      if (NAMING_WORDS.has(w)) cues[s]! |= 4;
      if (VERB_WORDS.has(w)) cues[s]! |= 8;
    }
  }
  return cues;
}

/**
 * Per sentence: bit 1 when its lower-cased text contains a first-person cue, bit 2 when it has an apposition cue, bit
 * 4 for a naming cue; bits 8 and 16 (verb, "our") are not read from the text here, so they are set with bit 1.
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
  for (let s = 0; s < cues.length; s++) if (cues[s]! & 1) cues[s]! |= 8 | 16;
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
 */
export function findProposals(
  text: string,
  titleEnd: number,
  starts: number[],
  defs: AcronymDef[],
  isKnown?: (name: string) => boolean,
  tk?: Tokens,
): Proposal[] {
  const out: Proposal[] = [];
  const defByShort = new Map<string, AcronymDef>();
  const defByStart = new Map<number, AcronymDef>();
  for (const d of defs) {
    if (!defByShort.has(d.short)) defByShort.set(d.short, d);
    defByStart.set(d.start, d);
  }
  let defsByStart: number[] | undefined; // (built on first use)
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
    name = name.replace(/[.,;:]+$/, '');
    if (!name || NOT_METHODS.has(name) || NOT_PROPOSALS.has(name.toLowerCase())) return;
    if (long && NOT_PROPOSALS.has(long.toLowerCase())) return;
    if (!long) {
      // the title's "Modular Prompt Optimization" is the abstract's "Modular Prompt Optimization (MPO)"
      const byLong = defOfLong(name);
      if (byLong) {
        name = byLong.short;
        long = byLong.long;
      }
    }
    const def = long ? undefined : defByShort.get(name);
    const p: Proposal = { name, kind: kindFromContext(name, after), at };
    const lf = long ?? def?.long;
    if (lf) p.long = lf;
    out.push(p);
  };

  // 1. Title prefix before a colon (or a dash): "Kron-LoRA: Hybrid …", "Dynamic Cheatsheet: …".
  const title = text.slice(0, titleEnd);
  const colon = title.search(/:\s|\s[-–—]\s/);
  if (colon > 0) {
    const prefix = title.slice(0, colon).trim();
    const words = prefix.split(/\s+/);
    const tail = title.slice(colon + 1);
    const tail4 = ': ' + tail.trim().split(/\s+/).slice(0, 4).join(' ');
    if (words.length === 1 && (isCoinedName(prefix) || (/^[A-Z][a-z]+$/.test(prefix) && !TITLE_NOT.has(prefix.toLowerCase())))) add(prefix, 0, tail4);
    else if (
      words.length <= 3 &&
      !/^\s*(?:a|an)\s+(?:survey|review|tutorial|primer|position)/i.test(tail) &&
      (text.indexOf(prefix, titleEnd) >= 0 || defOfLong(prefix) !== undefined) &&
      words.every((w) => /^[A-Z0-9\u0370-\u03ff]/.test(w)) &&
      !TITLE_NOT.has(words[0]!.toLowerCase()) &&
      !/ing$/.test(words[0]!) &&
      words.some((w) => !TITLE_NOT.has(w.toLowerCase()))
    )
      add(prefix, 0, tail4);
  }

  // 2. Abstract sentences. Cheap gates before the regexes, found in one pass over the whole text: most sentences
  // have no first person (bit 1) and no apposition (bit 2).
  const cues = tk ? tokenCues(tk, starts) : sentenceCues(text, starts);
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s]!;
    if (a < titleEnd) continue;
    const cue = cues[s]!;
    if (cue === 0) continue;
    const b = s + 1 < starts.length ? starts[s + 1]! : text.length;
    const sent = text.slice(a, b);
    const firstPerson = (cue & 1) !== 0;
    const hasAppos = (cue & 2) !== 0;
    const V = (cue & 4) !== 0 ? VERB_OR_AND : VERB;
    V.lastIndex = 0;
    let m: RegExpExecArray | null;
    let found = false;
    // every reading of V needs one of its verbs (bit 8) or a naming participle after "and" (bit 4)
    const hasVerb = (cue & 12) !== 0;
    const hasOur = (cue & 16) !== 0;
    while (firstPerson && hasVerb && (m = V.exec(sent))) {
      let pos = m.index + m[0].length;
      const verbEnd = pos;
      const lead = LEAD.exec(sent.slice(pos));
      if (lead) pos += lead[0].length;
      const rest = sent.slice(pos);
      // an acronym definition starting right here: "we propose Conformal … Optimization (CCPO)", "a Simple
      // Self-Rewarding (SSR) …" (the adjective belongs to the name)
      let def: AcronymDef | undefined;
      for (let k = a + verbEnd; k <= a + pos && !def; k++) def = defByStart.get(k);
      if (def) {
        // a known technique brought into the work ("we introduce process reward models (PRMs) into …") is used,
        // not coined
        if (isKnown?.(def.short) && isKnown(def.long)) continue;
        if (describesClass(text, def)) continue;
        const after = text.slice(def.end, def.end + 120);
        add(def.short, a + pos, after, def.long);
        found = true;
        continue;
      }
      const nm = NAME.exec(rest);
      // "a QLoRA based framework", "a new PTQ framework termed …": the coined word only modifies the object
      const next = nm ? /^\s+([a-z][a-z-]*)/.exec(rest.slice(nm[0].length)) : null;
      const headNoun = next !== null && METHOD_NOUNS.has(next[1]!);
      const modifier =
        nm !== null &&
        (/-based$/.test(nm[0]) ||
          (next !== null && !headNoun && !/^(?:that|which|to|for|as|in|on|with|and|by|using|via|from|of|is|are|can|achieves|outperforms|improves)$/.test(next[1]!)) ||
          (headNoun && (CALLED.test(rest.slice(0, 160)) || Boolean(isKnown?.(nm[0])))));
      if (nm && isCoinedName(nm[0]) && !modifier) {
        const after = rest.slice(nm[0].length);
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
      const window = rest.slice(0, 160);
      let c = CALLED.exec(window);
      if (c) {
        const d2 = defByStart.get(a + pos + c.index + c[0].length - c[1]!.length);
        if (d2) {
          add(d2.short, a + pos + c.index, text.slice(d2.end, d2.end + 120), d2.long);
          found = true;
          continue;
        }
      }
      const called = c !== null;
      if (!c) {
        // "we propose a novel framework, TrinityX, that …": the apposition right after a short object
        const ap = APPOS.exec(window);
        if (ap && window.slice(0, ap.index).split(/\s+/).length <= 6) c = ap;
      }
      if (c && isCoinedName(c[1]!)) {
        // the dataset before "called" gives the kind ("we build a pre-training dataset, called HDR-Pretrain")
        const obj = window.slice(0, c.index);
        const lead = called && /\b(?:dataset|benchmark|corpus)\b/i.test(obj) ? ', ' : '';
        add(c[1]!, a + pos + c.index, lead + obj + ' ' + window.slice(c.index + c[0].length));
        found = true;
      }
    }
    if (firstPerson && defs.length > 0 && /\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|introduce|present|develop|design)/i.test(sent)) {
      // "… pipeline centered on Corpus-Grounded Feature Diffusion (CGFD)", "… and GARFA (GQA-Aware … Adaptation)"
      const verbAt = /\b(?:propose|introduce|present|develop|design)/i.exec(sent)?.index ?? 0;
      for (const d of defsWithin(defs, (defsByStart ??= startOrder(defs)), a + verbAt, b)) {
        // in the object of the verb
        // a component the proposal is described with ("X, a framework that incorporates a Mixture of Calibrated
        // Experts (MoCaE)") is not itself proposed
        if (found && REL_CLAUSE.test(text.slice(a + verbAt, d.start)) && !/(?:,|\band)\s*$/.test(text.slice(Math.max(a, d.start - 6), d.start))) continue;
        if (d.short.replace(/[^A-Za-z0-9]/g, '').length < 4 || /[a-z]s$/.test(d.short)) continue; // ASR, BEV, KANs: field acronyms
        if (!/^[A-Z0-9\u0370-\u03ff][^\s]*(?:\s+(?:[A-Z0-9\u0370-\u03ff][^\s]*|of|for|and|with|in|on|to|the|via|from))*$/.test(d.long)) continue;
        if (isKnown?.(d.short) || isKnown?.(d.long) || describesClass(text, d)) continue;
        add(d.short, d.start, text.slice(d.end, d.end + 120), d.long);
      }
    }
    if (!found && firstPerson && hasOur) {
      // "Our Athena framework achieves …"
      const our = /\b[Oo]ur\s+([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)\s+(framework|method|approach|model|system|algorithm|benchmark|dataset|agent|pipeline|toolkit)\b/.exec(sent);
      if (our && /^[A-Z]/.test(our[1]!) && !isKnown?.(our[1]!)) {
        add(our[1]!, a + our.index, ', a ' + our[2]!);
        found = true;
      }
    }
    if (!found && hasAppos && firstPerson && /\b(?:[Ww]e|[Oo]ur)\b/.test(sent)) {
      // "We study this question with LearnStop, a hidden-state-free checkpoint stopper"
      const ap = /\b([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*),\s+(?:a|an)\s+(?!few\b|number\b|total\b|set\b)/.exec(sent);
      if (ap && isCoinedName(ap[1]!) && !isKnown?.(ap[1]!) && ap.index > 0) {
        add(ap[1]!, a + ap.index, sent.slice(ap.index + ap[1]!.length));
        found = true;
      }
    }
    if (found && firstPerson && hasVerb) {
      // a second proposal coordinated with the first: "we introduce DV-204K, a dataset …, and DV-500, a benchmark …"
      V.lastIndex = 0;
      const v = V.exec(sent);
      if (v) {
        AND_NAME.lastIndex = v.index + v[0].length;
        let an: RegExpExecArray | null;
        while ((an = AND_NAME.exec(sent))) {
          const nm = an[1]!;
          if (!isCoinedName(nm) || isKnown?.(nm)) continue;
          const comma = an.index + an[0].lastIndexOf(',');
          add(nm, a + an.index, sent.slice(comma, comma + 120));
        }
      }
    }
    if ((cue & 4) !== 0) {
      // passive and attributive cues: "the AutoMUP (…) method is proposed", "The proposed SegformerWithDropout
      // architecture", "our proposed Evol-Instruct", "…, named GUARD-JD, …"
      PASSIVE.lastIndex = 0;
      while ((m = PASSIVE.exec(sent))) {
        const nm = m[1]!;
        if (!isCoinedName(nm) || isKnown?.(nm)) continue;
        // the name is the subject: at the start of the sentence or of a clause ("Next, the X method is proposed"),
        // not inside another noun phrase ("an analysis of … the VBN pipeline is presented")
        if (!/(?:^|[,;:]|\band|\b(?:[Tt]hen|[Ff]irst|[Nn]ext|[Ff]inally|[Hh]ere|[Tt]hus|[Hh]ence|[Tt]herefore|[Ss]econd|[Tt]hird))\s*$/.test(sent.slice(Math.max(0, m.index - 12), m.index))) continue;
        add(nm, a + m.index, ', a ' + (m[2] ?? 'method'));
        found = true;
      }
      PROPOSED_NP.lastIndex = 0;
      while ((m = PROPOSED_NP.exec(sent))) {
        const nm = m[2]!;
        // "our proposed X" is the paper's own even when X became well known ("our proposed Evol-Instruct")
        if (!isCoinedName(nm) || (m[1] && isKnown?.(nm))) continue;
        if (m[1] && !m[3] && !m[4]) continue; // "The proposed X" needs a head noun or a parenthesis after it
        add(nm, a + m.index, m[4] ? ', a ' + m[4] : sent.slice(m.index + m[0].length));
        found = true;
      }
      if (!found) {
        CALLED_ANY.lastIndex = 0;
        while ((m = CALLED_ANY.exec(sent))) {
          const d2 = defByStart.get(a + m.index + m[0].length - m[1]!.length);
          if (d2 && !isKnown?.(d2.short) && !isKnown?.(d2.long)) {
            add(d2.short, a + m.index, text.slice(d2.end, d2.end + 120), d2.long);
            found = true;
            continue;
          }
          const nm = m[1]!;
          if (!isCoinedName(nm) || isKnown?.(nm)) continue;
          add(nm, a + m.index, sent.slice(m.index + m[0].length));
          found = true;
        }
      }
    }
    if (firstPerson && hasOur) {
      // "our model SSR-Zero-7B outperforms …"
      OUR_HEAD_NAME.lastIndex = 0;
      while ((m = OUR_HEAD_NAME.exec(sent))) {
        const nm = m[2]!;
        if (!isCoinedName(nm) || isKnown?.(nm)) continue;
        add(nm, a + m.index, ', a ' + m[1]!);
        found = true;
      }
    }
    if (!found && hasAppos) {
      // "TrinityX, a modular alignment framework …" / "X is a novel …"
      const sm = /^([A-Za-z0-9\u0370-\u03ff][A-Za-z0-9\u0370-\u03ff+]*(?:[-.][A-Za-z0-9\u0370-\u03ff+]+)*)(?:,\s+(?:a|an)\s+(?:novel|new)\b| is an? (?:novel|new)\b)/.exec(sent);
      if (sm && isCoinedName(sm[1]!)) add(sm[1]!, a, sent.slice(sm[0].length));
    }
  }
  // "our Multi-Modal In-Context Instruction Tuning (MIMIC-IT) dataset": a defined name the paper calls its own
  for (const d of defs) {
    if (d.start < titleEnd + 4 || !/\b[Oo]ur\s+(?:(?:new|novel|proposed)\s+)?$/.test(text.slice(Math.max(0, d.start - 20), d.start))) continue;
    if (!HEAD_AFTER.test(text.slice(d.end, d.end + 16))) continue;
    if (isKnown?.(d.short) || isKnown?.(d.long) || NOT_METHODS.has(d.short)) continue;
    add(d.short, d.start, text.slice(d.end, d.end + 40).replace(/^\s*/, ', a '), d.long);
  }
  // one proposal per name: the first abstract reading gives the kind and long form, the title the position
  const merged = new Map<string, Proposal>();
  for (const p of out) {
    const k = p.name.toLowerCase().replace(/[\s\-_]+/g, '');
    const prev = merged.get(k);
    if (!prev) merged.set(k, p);
    else {
      if (prev.at < titleEnd && p.at >= titleEnd && (p.kind !== 'method' || prev.kind === 'model')) prev.kind = p.kind;
      prev.long ??= p.long;
    }
  }
  return [...merged.values()];
}

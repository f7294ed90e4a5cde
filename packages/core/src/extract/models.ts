/**
 * Model names: a family from the lexicon (lexicons/models.json) at a word boundary, then a tail read by pattern —
 * version ("2", "3.1", "4o", "R1"), size ("7B", "350M", "8x7B"), variant words ("Instruct", "chat", "Sonnet") and
 * "v0.1" revisions, in any of the orders seen in abstracts ("Llama 2 7B", "LLaMA-2-7b-chat-hf", "Qwen3:32B",
 * "Claude Sonnet 4"). Enumerations ("Llama-2 7B and 13B", "Qwen2.5 (1.5B/7B/72B)", "GPT-2 Large/XL") expand to one
 * model each. So unseen versions and sizes need no lexicon entry.
 */
import type { ModelInfo } from '../types.ts';
import lexicon from './lexicons/models.json' with { type: 'json' };
import { cleanText, slugify, tokenize, type Tokens } from './tokens.ts';

interface Family {
  label: string;
  style: 'join' | 'hyphen';
  caseSensitive: boolean;
  require: 'version' | 'size' | null;
  forms: Set<string>; // separator-free exact spellings
}

interface FamilyForm {
  toks: string[];
  family: Family;
}

interface ModelLexicon {
  groups: { provenance: string; style: string; caseSensitive?: boolean; require?: string; entries: string[] }[];
  caseSensitive: string[];
  requireSize: string[];
  variants: { provenance: string; words: string[]; drop: string[]; spacedLowercase: string[] };
}

const LEX = lexicon as ModelLexicon;
const FIRST = new Map<string, FamilyForm[]>();
const FAMILY_BY_LOWER = new Map<string, Family>();
const CS = new Set(LEX.caseSensitive);
const REQ_SIZE = new Set(LEX.requireSize);
const VARIANTS = new Map<string, string>();
for (const w of LEX.variants.words) if (!VARIANTS.has(w.toLowerCase())) VARIANTS.set(w.toLowerCase(), w);
const DROP = new Set(LEX.variants.drop.map((w) => w.toLowerCase()));
const SPACED_LOWER = new Set(LEX.variants.spacedLowercase);
const SIZE_WORDS = new Set(['base', 'small', 'medium', 'large', 'xl', 'xxl', 'mini', 'tiny', 'huge', 'giant']);

for (const group of LEX.groups) {
  for (const spec of group.entries) {
    const forms = spec.split('|').map((s) => s.trim());
    const label = forms[0]!;
    const family: Family = {
      label,
      style: group.style === 'join' ? 'join' : 'hyphen',
      caseSensitive: Boolean(group.caseSensitive) || CS.has(label),
      require: (group.require as 'version' | undefined) ?? (REQ_SIZE.has(label) ? 'size' : null),
      forms: new Set(forms.map((f) => f.replace(/[\s\-_]+/g, ''))),
    };
    for (const f of forms) {
      const toks = tokenize(f).lower;
      if (!toks.length) continue;
      const list = FIRST.get(toks[0]!) ?? [];
      list.push({ toks, family });
      list.sort((a, b) => b.toks.length - a.toks.length);
      FIRST.set(toks[0]!, list);
      if (!FAMILY_BY_LOWER.has(toks.join(''))) FAMILY_BY_LOWER.set(toks.join(''), family);
    }
  }
}

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
}

const RE_VERSION = /^(?:\d{1,2}(?:\.\d{1,2})*[a-z]?|[a-z]\d{1,2}(?:\.\d{1,2})?)$/;
const RE_O_VERSION = /^[1-9]$/;
const RE_SIZE = /^(?:\d+(?:\.\d+)?[bm]|\d+x\d+(?:\.\d+)?b)$/;
const RE_VV = /^v\d+(?:\.\d+)*$/;
const RE_ACTIVE = /^[ae]\d+(?:\.\d+)?b$/;
const TAIL = /(:|\s?-\s?|_|\s|)([A-Za-z0-9]+(?:\.[0-9]+)*)/y;
const LIKE = /-(?:like|style|esque|inspired|ish|type|alike)(?![A-Za-z])/iy;

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
}

/** Reads the tail after a family ending at `pos`. */
function parseTail(text: string, family: Family, pos: number, relaxed: boolean): Parsed {
  let version: string | undefined;
  let versionAt = 0;
  const parts: Part[] = [];
  let end = pos;
  let first = true;
  let hasSize = false;
  for (;;) {
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
    if (sep === ':') {
      if (RE_SIZE.test(lw) && !hasSize) {
        parts.push({ kind: 'size', text: sizeText(word) });
        hasSize = true;
        ok = true;
      }
    } else if (
      version === undefined &&
      !hasSize &&
      (first || (prev?.kind === 'variant' && !glued)) &&
      (family.label === 'o' ? RE_O_VERSION.test(lw) : RE_VERSION.test(lw) && !RE_SIZE.test(lw) && !RE_VV.test(lw) && !RE_ACTIVE.test(lw)) &&
      !(spaced && /^[a-z]/.test(lw) && !/^[a-z]\d/.test(lw)) &&
      !(spaced && /^[a-z]/i.test(word) && word[0] === word[0]!.toLowerCase())
    ) {
      if (!(family.label === 'o' && !glued)) {
        version = /^[a-z]\d/.test(lw) ? word.toUpperCase() : lw;
        versionAt = parts.length;
        ok = true;
      }
    } else if (RE_SIZE.test(lw) && !hasSize && !glued) {
      parts.push({ kind: 'size', text: sizeText(word) });
      hasSize = true;
      ok = true;
    } else if (RE_VV.test(lw) && !spaced) {
      parts.push({ kind: 'vversion', text: lw });
      ok = true;
    } else if (RE_ACTIVE.test(lw) && !spaced && !glued) {
      parts.push({ kind: 'variant', text: word.toUpperCase() });
      ok = true;
    } else if (!glued && DROP.has(lw) && !spaced) {
      ok = true;
    } else if (!glued && VARIANTS.has(lw)) {
      const upper = word[0] !== word[0]!.toLowerCase();
      if (!spaced || upper || SPACED_LOWER.has(lw) || relaxed) {
        // "LLaMA Large Language Model" is not a Large variant
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10).toLowerCase();
        if (!(spaced && /^ (?:language|model|vision|multimodal|scale|reasoning)/.test(after))) {
          parts.push({ kind: 'variant', text: VARIANTS.get(lw)! });
          ok = true;
        }
      }
    } else if (!glued && prev?.kind === 'variant' && prev.text === 'Distill' && FAMILY_BY_LOWER.has(lw)) {
      parts.push({ kind: 'sub', text: FAMILY_BY_LOWER.get(lw)!.label });
      ok = true;
    }
    if (!ok) break;
    end = m.index + m[0].length;
    first = false;
  }
  const out: Parsed = { family, parts, end, versionAt };
  if (version !== undefined) out.version = version;
  return out;
}

function familyLabel(family: Family, version: string | undefined): string {
  const base = family.label;
  if (version === undefined) return base;
  return family.style === 'join' ? base + version : `${base}-${version}`;
}

function build(p: Parsed, parts: Part[], surface: string, start: number, end: number): ModelHit {
  const texts = parts.map((x) => x.text);
  const label =
    p.version !== undefined && p.versionAt > 0
      ? [p.family.label, ...texts.slice(0, p.versionAt), p.version, ...texts.slice(p.versionAt)].join('-')
      : [familyLabel(p.family, p.version), ...texts].join('-');
  const model: ModelInfo = { family: p.family.label };
  const size = parts.find((x) => x.kind === 'size');
  const vv = parts.find((x) => x.kind === 'vversion');
  if (p.version !== undefined) model.version = p.version;
  else if (vv) model.version = vv.text.slice(1);
  if (size) model.size = size.text;
  const variant = parts.filter((x) => x.kind === 'variant' || x.kind === 'sub').map((x) => x.text);
  if (variant.length) model.variant = variant.join('-');
  return { slug: slugify(label), label, model, surface, start, end };
}

const ENUM_SEQ = /(\s*,\s*(?:and\s+|or\s+)?|\s*\/\s*|\s+and\s+|\s+or\s+|\s*&\s*)([A-Za-z0-9]+(?:\.[0-9]+)*)(?![A-Za-z0-9])/y;
const ENUM_PAREN = /\s*\(\s*([^()]{1,80})\)/y;

function classify(w: string): PartKind | 'sizeword' | null {
  const lw = w.toLowerCase();
  if (RE_SIZE.test(lw)) return 'size';
  if (SIZE_WORDS.has(lw)) return 'sizeword';
  return null;
}

/** Expands "Llama-2 7B and 13B", "Qwen2.5 (1.5B/7B/72B)", "GPT-2 Large/XL". */
function expand(text: string, p: Parsed, start: number): { hits: ModelHit[]; end: number } {
  const surfaceOf = (e: number) => text.slice(start, e);
  const last = p.parts[p.parts.length - 1];
  const lastClass = last ? classify(last.text) : null;
  if (last && lastClass) {
    const hits = [build(p, p.parts, surfaceOf(p.end), start, p.end)];
    let end = p.end;
    for (;;) {
      ENUM_SEQ.lastIndex = end;
      const m = ENUM_SEQ.exec(text);
      if (!m || classify(m[2]!) !== lastClass) break;
      const parts = [...p.parts.slice(0, -1), lastClass === 'size' ? { kind: 'size' as const, text: sizeText(m[2]!) } : { kind: 'variant' as const, text: VARIANTS.get(m[2]!.toLowerCase()) ?? m[2]! }];
      end = m.index + m[0].length;
      hits.push(build(p, parts, m[2]!, start, end));
    }
    return { hits, end };
  }
  if (!p.parts.some((x) => x.kind === 'size')) {
    ENUM_PAREN.lastIndex = p.end;
    const m = ENUM_PAREN.exec(text);
    if (m) {
      const items = m[1]!.split(/\s*(?:,|\/|;|&|\band\b|\bor\b)\s*/).filter(Boolean);
      const classes = items.map(classify);
      if (items.length && classes.every((c) => c !== null) && new Set(classes).size === 1) {
        const hits = items.map((it) => {
          const lw = it.toLowerCase();
          if (lw === 'base') return build(p, p.parts, it, start, p.end);
          const part: Part = classes[0] === 'size' ? { kind: 'size', text: sizeText(it) } : { kind: 'variant', text: VARIANTS.get(lw) ?? it };
          return build(p, [...p.parts, part], it, start, p.end);
        });
        return { hits, end: m.index + m[0].length };
      }
    }
  }
  return { hits: [build(p, p.parts, surfaceOf(p.end), start, p.end)], end: p.end };
}

/** Tries a family at token i; returns the parsed tail or null. */
function matchAt(text: string, tk: Tokens, i: number, relaxed: boolean): { p: Parsed; start: number } | null {
  const cands = FIRST.get(tk.lower[i]!);
  if (!cands) return null;
  const n = tk.lower.length;
  for (const { toks, family } of cands) {
    const last = i + toks.length - 1;
    if (last >= n) continue;
    let ok = true;
    for (let k = 1; k < toks.length && ok; k++) if (tk.lower[i + k] !== toks[k] || !tk.joinPrev[i + k]) ok = false;
    if (!ok) continue;
    // the family must end at a word boundary (a glued digit continues it: Qwen2.5, GPT4o)
    if (last + 1 < n && tk.glued[last + 1] && !/^[0-9]/.test(tk.lower[last + 1]!) && tk.lower[last + 1] !== '+') continue;
    const start = tk.start[i]!;
    const famEnd = tk.end[last]!;
    if (!relaxed && family.caseSensitive && !family.forms.has(text.slice(start, famEnd).replace(/[\s\-_]+/g, ''))) continue;
    const p = parseTail(text, family, famEnd, relaxed);
    if (!relaxed) {
      if (family.require === 'version' && p.version === undefined) continue;
      if (family.require === 'size' && !p.parts.some((x) => x.kind === 'size') && !/^ models?\b/i.test(text.slice(p.end, p.end + 8))) continue;
      LIKE.lastIndex = p.end;
      if (LIKE.test(text)) continue;
    }
    return { p, start };
  }
  return null;
}

/** All model mentions in a cleaned text, left to right. `taken` marks tokens consumed. */
export function scanModels(text: string, tk: Tokens, taken: Uint8Array): ModelHit[] {
  const out: ModelHit[] = [];
  const n = tk.lower.length;
  for (let i = 0; i < n; i++) {
    if (i > 0 && tk.glued[i]) continue;
    if (!FIRST.has(tk.lower[i]!)) continue;
    const m = matchAt(text, tk, i, false);
    if (!m) continue;
    const { hits, end } = expand(text, m.p, m.start);
    out.push(...hits);
    let j = i;
    while (j < n && tk.start[j]! < end) taken[j++] = 1;
    i = j - 1;
  }
  return out;
}

/** Canonical reading of a model name, or null if it is not a model name. */
export function canonicalModel(name: string): { slug: string; label: string; model: ModelInfo } | null {
  const text = cleanText(name);
  if (!text) return null;
  const tk = tokenize(text);
  if (!tk.lower.length || tk.start[0] !== 0) return null;
  const m = matchAt(text, tk, 0, true);
  if (!m || m.p.end !== text.length) return null;
  if (m.p.family.require === 'version' && m.p.version === undefined) return null;
  const h = build(m.p, m.p.parts, text, 0, text.length);
  return { slug: h.slug, label: h.label, model: h.model };
}

/** True when a name (e.g. a proposal) reads as a model name of a known family. */
export function isModelName(name: string): boolean {
  return canonicalModel(name) !== null;
}

/**
 * Cross-paper: one entity that papers write several ways is one node. Each paper's reading keys a name by how that
 * paper writes it, and papers write one checkpoint or benchmark apart in ways no lexicon can list. Two rules:
 *
 * - **Spelling** (every kind): slugs equal without separators and without a `v` that marks a version, whose labels
 *   are one name written two ways (`writtenAsOneName`, as the duplicate candidates decide it, after the same `v`s are
 *   dropped): `DeepSeek-V3.2` / `DeepSeek-3.2`, `Qwen2.5-VL-7B` / `Qwen2.5VL-7B`, `InternVL3` / `Intern-VL3`,
 *   `DINOv2` / `DINO-v2`, `LLaVA-1.5-7B` / `LLaVA-v1.5-7B`, `YOLOv11-N` / `YOLOv11n`, `VideoMME` / `Video-MME`.
 *   What stays apart: separators between two digits (`Llama-1-7B` is not `Llama-17B`), dots (`OPT-1.3B` is not
 *   `OPT-13B`), a `v` after a digit (`GPT-4V` is a variant of GPT-4, not a version) and letters cased apart inside a
 *   word (`Shap-E` is not `Shape`).
 * - **Word order** (models only): the same structured reading (family, version, size and variant, at least one of
 *   the last three) and the same words in another order: `Qwen-Coder-2.5-7B` / `Qwen2.5-Coder-7B`,
 *   `Llama-3.1-Instruct-8B` / `Llama-3.1-8B-Instruct` (an order the creator fixes is read per paper already:
 *   `Gemini Flash 1.5` is Gemini-1.5-Flash). A word the reading
 *   does not hold keeps names apart (`DeepLab-v3+` / `DeepLab-v3`, `Claude-3.5-Sonnet-v2` / `Claude-3.5-Sonnet`), as
 *   does a bare family (two papers' `MOSAIC` are two works).
 *
 * On the 74,538 papers of the 2025-26 corpus the model rules joined 126 spellings (189 papers changed), each pair right
 * by reading it; for datasets and methods (`VideoMME` / `Video-MME` in 43 papers, `supervised finetuning` /
 * `supervised fine-tuning` in 23, `ScanNetV2`, `MVTecAD`, `BraTS2020`) the rule changed 916 papers, nearly all right
 * by reading the list of joins. Every spelling goes to the one most papers use (ties: the smaller slug), with its
 * structured reading, so the whole corpus agrees on it.
 */
import { writtenAsOneName } from '../text/spelling.ts';
import type { EntityKind, Mention, ModelInfo, PaperExtraction } from '../types.ts';
import { mostFrequentLabel } from './mentions.ts';

/** A `v` or `V` that marks a version number (`V3.2`, `-v1.5`, `DINOv2`), not one after a digit (`GPT-4V`). */
const VERSION_MARK = /(^|[^0-9])[vV](?=[0-9])/g;

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** A slug as spellings of one entity share it: version marks and separators dropped, but `-` between two digits. */
export function spellingKey(slug: string): string {
  return slug
    .replace(VERSION_MARK, '$1')
    .replace(/-+/g, (run: string, at: number, text: string) => (isDigit(text[at - 1]) && isDigit(text[at + run.length]) ? '-' : ''));
}

/**
 * A model slug's words in any order, with its structured reading: `gemini-flash-1.5` and `gemini-1.5-flash` share it.
 * Words are split at hyphens and where digits follow letters (`qwen2.5` → qwen, 2.5; `7b` stays one word). Undefined
 * for a reading with no version, size or variant.
 */
export function modelWordOrderKey(slug: string, model: ModelInfo | undefined): string | undefined {
  if (!model || (model.version === undefined && model.size === undefined && model.variant === undefined)) return undefined;
  const words = slug
    .replace(VERSION_MARK, '$1')
    .split('-')
    .flatMap((part) => part.split(/(?<=[a-z])(?=[0-9])/))
    .filter((word) => word !== '')
    .sort();
  const reading = [model.family, model.version ?? '', model.size ?? '', model.variant ?? ''].map((part) => part.toLowerCase());
  return `${reading.join('\t')}\n${words.join(' ')}`;
}

/**
 * Whether the rules of this module could have moved `slug` to `other` (same kind): one spelling key, or, for a model
 * with a structured reading, one word-order key. The update's report uses it to say why an earlier node is gone.
 */
export function isRespelling(slug: string, other: string, model?: ModelInfo): boolean {
  if (spellingKey(slug) === spellingKey(other)) return true;
  const order = modelWordOrderKey(slug, model);
  return order !== undefined && order === modelWordOrderKey(other, model);
}

/** Whether two labels of one spelling key are one name (see the module comment). */
function sameName(a: string, b: string): boolean {
  return writtenAsOneName(a.replace(VERSION_MARK, '$1'), b.replace(VERSION_MARK, '$1'));
}

interface Spelling {
  kind: EntityKind;
  slug: string;
  papers: number;
  /** The paper that last counted it (a paper counts once, whatever its relations). */
  lastPaper: number;
  /** Its structured reading, from its first mention in corpus order. */
  model: ModelInfo | undefined;
  /** Its labels and their mention counts: tallied only for a slug that shares its spelling key. */
  labels?: Map<string, number>;
  /** Union-find parent among the spellings found to be one entity; none for a root. */
  parent?: Spelling;
}

/** Most papers first, then the smaller slug: the spelling an entity's node keeps. */
function kept(a: Spelling, b: Spelling): number {
  return b.papers - a.papers || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

function root(spelling: Spelling): Spelling {
  let top = spelling;
  while (top.parent) top = top.parent;
  // every spelling on the way points at the root from now on
  for (let at = spelling; at !== top; ) {
    const up = at.parent!;
    at.parent = top;
    at = up;
  }
  return top;
}

function join(a: Spelling, b: Spelling): void {
  const ra = root(a);
  const rb = root(b);
  if (ra === rb) return;
  // The root is the spelling the node keeps.
  if (kept(ra, rb) <= 0) rb.parent = ra;
  else ra.parent = rb;
}

/** Slugs grouped by a key (groups of two or more only). */
function groupsBy(spellings: Iterable<Spelling>, keyOf: (spelling: Spelling) => string | undefined): Spelling[][] {
  const byKey = new Map<string, Spelling[]>();
  for (const spelling of spellings) {
    const key = keyOf(spelling);
    if (key === undefined) continue;
    const group = byKey.get(key);
    if (group) group.push(spelling);
    else byKey.set(key, [spelling]);
  }
  return [...byKey.values()].filter((group) => group.length > 1);
}

/** Entity key (`kind:slug`) → the spelling its mentions move to, for the entities that are another's spelling. */
function spellingTargets(extractions: readonly PaperExtraction[]): Map<string, Spelling> {
  const byKey = new Map<string, Spelling>();
  extractions.forEach((extraction, paper) => {
    for (const mention of extraction.mentions) {
      const key = `${mention.kind}:${mention.slug}`;
      let spelling = byKey.get(key);
      if (!spelling) byKey.set(key, (spelling = { kind: mention.kind, slug: mention.slug, papers: 0, lastPaper: -1, model: mention.model }));
      if (spelling.lastPaper !== paper) {
        spelling.papers++;
        spelling.lastPaper = paper;
      }
    }
  });
  const spellingGroups = groupsBy(byKey.values(), (spelling) => `${spelling.kind}\t${spellingKey(spelling.slug)}`);
  const orderGroups = groupsBy(byKey.values(), (spelling) =>
    spelling.kind === 'model' ? modelWordOrderKey(spelling.slug, spelling.model) : undefined,
  );
  if (spellingGroups.length === 0 && orderGroups.length === 0) return new Map();

  // Labels of the few slugs that share a spelling key (most slugs have none to share).
  for (const group of spellingGroups) for (const spelling of group) spelling.labels = new Map();
  if (spellingGroups.length > 0) {
    for (const extraction of extractions) {
      for (const mention of extraction.mentions) {
        const labels = byKey.get(`${mention.kind}:${mention.slug}`)!.labels;
        if (labels) labels.set(mention.label, (labels.get(mention.label) ?? 0) + 1);
      }
    }
  }
  for (const group of spellingGroups) {
    group.sort(kept);
    const keptLabel = mostFrequentLabel(group[0]!.labels!);
    for (const other of group.slice(1)) if (sameName(mostFrequentLabel(other.labels!), keptLabel)) join(other, group[0]!);
  }
  for (const group of orderGroups) for (const other of group.slice(1)) join(other, group[0]!);

  const targets = new Map<string, Spelling>();
  for (const [key, spelling] of byKey) {
    const top = root(spelling);
    if (top !== spelling) targets.set(key, top);
  }
  return targets;
}

/**
 * Every mention under the slug (and a model's structured reading) of its entity's most used spelling; a paper that
 * wrote two spellings of one entity keeps one mention per relation (the first, with the aliases of both). Labels are
 * left to the cross-paper label vote that follows.
 */
export function mergeSpellings(extractions: PaperExtraction[]): PaperExtraction[] {
  const targets = spellingTargets(extractions);
  if (targets.size === 0) return extractions;
  return extractions.map((extraction) => {
    if (!extraction.mentions.some((mention) => targets.has(`${mention.kind}:${mention.slug}`))) return extraction;
    const mentions: Mention[] = [];
    // (kind, slug, relation) → index in `mentions`: a second mention there only adds its spellings as aliases
    const kept = new Map<string, number>();
    for (const mention of extraction.mentions) {
      const target = targets.get(`${mention.kind}:${mention.slug}`);
      let moved = mention;
      if (target) {
        moved = { ...mention, slug: target.slug };
        if (target.model) moved.model = target.model;
        else delete moved.model;
      }
      const id = `${moved.kind}:${moved.slug}:${moved.relation}`;
      const at = kept.get(id);
      if (at === undefined) {
        kept.set(id, mentions.length);
        mentions.push(moved);
      } else {
        const first = mentions[at]!;
        mentions[at] = { ...first, aliases: [...new Set([...first.aliases, ...moved.aliases, moved.label])].sort() };
      }
    }
    return { doc: extraction.doc, mentions };
  });
}

/**
 * Entity extraction from one paper's title + abstract: models first (their tokens are not read again), then known
 * datasets and methods, the rules for datasets and methods outside the lexicons, acronym definitions, and the paper's
 * own proposals, merged into one mention per kind, slug and relation. Pure and synchronous; runs in the browser.
 * See docs/extraction.md for what each pass finds.
 */
import type { EntityKind, Mention, MentionRelation, ModelInfo, PaperDoc } from '../types.ts';
import { slugify, tokenize } from './tokens.ts';
import { scanModels, canonicalModel } from './models.ts';
import { ownModelMentions } from './model-mentions.ts';
import { findAcronyms, namesTechnique, type AcronymDef } from './acronyms.ts';
import { findProposals } from './proposals.ts';
import { findListedMethods, findUnknownDatasets } from './datasets.ts';
import { DATASETS, METHODS, isKnownEntity } from './known.ts';
import { paperText, sentenceAt } from './paper-text.ts';
import { compareMentions } from './mentions.ts';
import heads from './lexicons/heads.json' with { type: 'json' };

const METHOD_HEADS = new Set(heads.methodHeads.words);
const NOT_METHODS = new Set(heads.notMethods.words);

/** Suffixes that name a variant of a benchmark (see extractPaper). */
const DATASET_SUFFIX = new RegExp(
  '(?:-(?:\\d{2,4}(?: Task \\d+)?|[A-Z]|' + heads.datasetSuffixes.languages.join('|') + '|\\d+(?:\\.\\d+)?[kKM])|[ -](?:' + heads.datasetSuffixes.words.join('|') + '))(?![A-Za-z0-9+#-])',
  'y',
);

interface Draft {
  kind: EntityKind;
  slug: string;
  label: string;
  relation: MentionRelation;
  at: number;
  aliases: Set<string>;
  model?: ModelInfo;
}

function lastWord(s: string): string {
  const w = s.toLowerCase().split(/[\s\-]+/);
  return w[w.length - 1] ?? '';
}

/** Is an acronym long form a technique name (by its last word)? */
export function isMethodLongForm(long: string): boolean {
  const w = lastWord(long);
  return METHOD_HEADS.has(w) || METHOD_HEADS.has(w.replace(/s$/, ''));
}

/** The mentions of one paper, sorted by kind, slug and relation (see {@link compareMentions}). */
export function extractPaper(doc: PaperDoc): Mention[] {
  const { text, titleEnd, starts } = paperText(doc);
  if (!text) return [];
  const tk = tokenize(text, true); // pooled buffers: valid until the next extractPaper call
  const taken = new Uint8Array(tk.n);
  const drafts = new Map<string, Draft>();
  const put = (kind: EntityKind, slug: string, label: string, relation: MentionRelation, at: number, aliases: string[], model?: ModelInfo) => {
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

  // Models first: their tokens are not read again as datasets ("Alpaca-7B" is the model).
  // A family named only after members of it refers back to them and is no mention of its own (see model-mentions.ts).
  for (const h of ownModelMentions(scanModels(text, tk, taken))) put('model', h.slug, h.label, 'uses', h.start, [h.surface], h.model);

  const knownDatasets: { start: number; end: number }[] = [];
  for (const m of DATASETS.scan(text, tk, taken)) {
    // a named split, subset, size, year or language of a known benchmark is its own dataset: "AIME-90",
    // "RepoBench-R", "AGIEval-en", "Alpaca-52K", "SemEval-2026 Task 9", "C-Eval Hard"
    DATASET_SUFFIX.lastIndex = m.end;
    const sx = DATASET_SUFFIX.exec(text);
    if (sx) {
      const label = m.entry.label + sx[0];
      put('dataset', slugify(label), label, 'evaluates_on', m.start, [text.slice(m.start, m.end + sx[0].length)]);
      knownDatasets.push({ start: m.start, end: m.end + sx[0].length });
      let t = m.t1 + 1;
      while (t < tk.n && tk.start[t]! < m.end + sx[0].length) taken[t++] = 1;
      for (let u = m.t0; u <= m.t1; u++) taken[u] = 1;
      continue;
    }
    put('dataset', slugify(m.entry.label), m.entry.label, 'evaluates_on', m.start, [text.slice(m.start, m.end)]);
    knownDatasets.push({ start: m.start, end: m.end });
    for (let t = m.t0; t <= m.t1; t++) taken[t] = 1;
  }
  // [start, end) of each known method, in text order and not overlapping (so the ends increase too)
  const methodSpans: number[] = [];
  for (const m of METHODS.scan(text, tk, taken)) {
    put('method', slugify(m.entry.label), m.entry.label, 'uses', m.start, [text.slice(m.start, m.end)]);
    methodSpans.push(m.start, m.end);
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
  const dctx = { text, titleEnd, starts, taken: spanTaken, known: isKnownEntity, knownDatasets, tk };
  for (const d of findUnknownDatasets(dctx)) {
    put('dataset', slugify(d.label), d.label, 'evaluates_on', d.start, d.aliases);
  }
  // Methods outside the lexicon named as examples: "methods such as FlexMatch and FreeMatch".
  for (const m of findListedMethods(dctx)) put('method', slugify(m.label), m.label, 'uses', m.start, [m.label]);

  // Acronym definitions: known entities get the pair as aliases; unknown techniques become method nodes keyed by
  // their long form (so two different long forms of "PI" never merge).
  const defs: AcronymDef[] = findAcronyms(text);
  const acronymSlug = new Map<string, { kind: EntityKind; slug: string }>();
  for (const d of defs) {
    if (NOT_METHODS.has(d.short) || NOT_METHODS.has(d.short.replace(/s$/, ''))) continue;
    if (canonicalModel(d.short) || canonicalModel(d.long)) continue;
    const meLong = METHODS.lookup(d.long);
    // a technique by its head word ("… Quantization (PTQ)") or by its initials and context (acronyms.ts)
    const technique = isMethodLongForm(d.long) || namesTechnique(text, d);
    if (meLong || technique) {
      // "Grouped Query Attention (GQA)" is the method, not the GQA dataset
      const dsShort = DATASETS.lookup(d.short);
      if (dsShort && !DATASETS.lookup(d.long)) drafts.delete(`dataset\u0000${slugify(dsShort.label)}\u0000evaluates_on`);
    }
    const ds = DATASETS.lookup(d.long) ?? (meLong ? undefined : DATASETS.lookup(d.short));
    if (ds) {
      put('dataset', slugify(ds.label), ds.label, 'evaluates_on', d.start, [d.short, d.long]);
      continue;
    }
    const me = METHODS.lookup(d.long) ?? METHODS.lookup(d.short);
    if (me) {
      put('method', slugify(me.label), me.label, 'uses', d.start, [d.short, d.long]);
      acronymSlug.set(d.short, { kind: 'method', slug: slugify(me.label) });
      continue;
    }
    if (technique) {
      const slug = slugify(d.long);
      put('method', slug, d.long, 'uses', d.start, [d.short, d.long]);
      acronymSlug.set(d.short, { kind: 'method', slug });
    }
  }

  // The paper's own contribution.
  for (const p of findProposals(text, titleEnd, starts, defs, isKnownEntity, tk)) {
    let kind = p.kind;
    let slug = slugify(p.long ?? p.name);
    let label = p.name;
    let model: ModelInfo | undefined;
    const cm = canonicalModel(p.name);
    if (cm) {
      kind = 'model';
      slug = cm.slug;
      label = cm.label;
      model = cm.model;
    } else {
      const ds = DATASETS.lookup(p.name);
      if (ds) {
        kind = 'dataset';
        slug = slugify(ds.label);
        label = ds.label;
      } else if (kind === 'model') {
        const sz = /^(.*?)-(\d+(?:\.\d+)?[BM])$/.exec(p.name);
        model = sz ? { family: sz[1]!, size: sz[2]! } : { family: p.name };
      } else {
        const known = acronymSlug.get(p.name);
        if (known && known.kind === kind) slug = known.slug;
      }
    }
    // a proposal replaces any "uses" reading of the same name
    const aliases = p.long ? [p.name, p.long] : [p.name];
    for (const k of ['model', 'method', 'dataset'] as EntityKind[]) {
      for (const rel of ['uses', 'evaluates_on'] as MentionRelation[]) {
        const key = `${k}\u0000${slug}\u0000${rel}`;
        const d = drafts.get(key);
        if (d) {
          drafts.delete(key);
          aliases.push(...d.aliases);
        }
      }
    }
    put(kind, slug, label, 'proposes', p.at, aliases, model);
  }

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
    mentions.push(m);
  }
  mentions.sort(compareMentions);
  return mentions;
}

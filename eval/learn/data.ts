/**
 * Inputs of `pnpm train` and `pnpm mine`: the 2025-26 corpus (not in the repository), the hand-annotated sets, and
 * their scoring (the rules of eval/scoring.ts), for predictions made in this process.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mention, PaperDoc, PaperExtraction } from '../../packages/core/src/types.ts';
import { resolveCorpus } from '../../packages/core/src/extract/index.ts';
import { norm, SCORED_KINDS, sumTallies, tallyPaper, type Gold, type KindCounts, type KindTally, type ScoredKind } from '../scoring.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = join(ROOT, '../shared/corpus/arxiv-2025-26.jsonl.gz');
export const LEARNED_DIR = join(ROOT, 'packages/core/src/extract/learned');

export interface Paper {
  id: string;
  title: string;
  abstract: string;
}

export type { Gold };

/**
 * A whole-number option of a tool (`least` or more); `fallback` when absent. Anything else stops the tool with exit
 * 2, naming the option — before any corpus is read.
 */
export function wholeNumberOption(tool: string, name: string, text: string | undefined, fallback: number, least: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < least || text.trim() === '') {
    console.error(`${tool}: ${name} wants a whole number of at least ${least}, not "${text}"`);
    process.exit(2);
  }
  return value;
}

/**
 * The corpus in file order (JSON Lines, gzipped or not), or null when it is not there. A line that is not a JSON
 * record throws, naming the file and line.
 */
export function loadCorpus(path = CORPUS): Paper[] | null {
  if (!existsSync(path)) return null;
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const out: Paper[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let r: { id?: string; title?: string; summary?: string; abstract?: string };
    try {
      r = JSON.parse(line) as typeof r;
    } catch (err) {
      throw new Error(`${path}:${index + 1}: not a JSON record (${(err as Error).message})`);
    }
    out.push({ id: r.id ?? String(out.length), title: r.title ?? '', abstract: r.summary ?? r.abstract ?? '' });
  });
  return out;
}

/**
 * The corpus a tool runs on (loadCorpus), or the tool stops: with status 1 and `missing` when there is no file, with
 * status 2 when the file holds no paper (an empty or truncated file would train or mine nothing, and say nothing) or
 * a line that is no JSON record.
 */
export function corpusOrExit(tool: string, path: string, missing: string): Paper[] {
  let corpus: Paper[] | null;
  try {
    corpus = loadCorpus(path);
  } catch (err) {
    console.error(`${tool}: ${(err as Error).message}`);
    process.exit(2);
  }
  if (!corpus) {
    console.error(missing);
    process.exit(1);
  }
  if (corpus.length === 0) {
    console.error(`${tool}: ${path} holds no papers (expected JSON Lines of arXiv records, one paper a line)`);
    process.exit(2);
  }
  return corpus;
}

/**
 * Writes one of the learned step's files (corpus-stats.json, model.json) and says what changed, in bytes, against the
 * file of that name shipped in LEARNED_DIR (read before writing: without --out it is the file replaced). With --out
 * the comparison is still with the shipped file, not with whatever the folder written to held:
 * `out/model.json: 812345 → 815002 bytes against the shipped packages/…/model.json`.
 */
export function writeLearnedFile(path: string, obj: unknown, shipped = join(LEARNED_DIR, basename(path))): string {
  const text = `${JSON.stringify(obj)}\n`;
  const bytes = Buffer.from(text, 'utf8');
  const old = existsSync(shipped) ? readFileSync(shipped) : undefined;
  writeFileSync(path, bytes);
  const shown = (p: string) => {
    const rel = relative(ROOT, resolve(p));
    return rel.startsWith('..') || isAbsolute(rel) ? p : rel;
  };
  const elsewhere = resolve(path) !== resolve(shipped);
  const against = elsewhere ? ` against the shipped ${shown(shipped)}` : '';
  if (!old) return `${shown(path)}: ${bytes.length} bytes${elsewhere ? ` (no shipped ${shown(shipped)} to compare with)` : ''}`;
  return `${shown(path)}: ${old.length} → ${bytes.length} bytes${against}${old.equals(bytes) ? ' (unchanged)' : ''}`;
}

/** A JSON-lines file's records (blank lines skipped); a line that is no JSON is an error naming the file and line. */
export function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as T];
      } catch {
        throw new Error(`${path}:${i + 1}: not a JSON line`);
      }
    });
}

/** A hand-annotated set: papers and gold (only papers with gold). */
export interface GoldSet {
  name: string;
  papers: Paper[];
  gold: Gold[];
}

function goldSet(name: string, papersPath: string, goldPath: string): GoldSet | null {
  if (!existsSync(papersPath) || !existsSync(goldPath)) return null;
  const gold = jsonl<Gold>(goldPath);
  const ids = new Set(gold.map((g) => g.id));
  const papers = jsonl<Paper & { summary?: string }>(papersPath)
    .filter((p) => ids.has(p.id))
    .map((p) => ({ id: p.id, title: p.title, abstract: p.abstract ?? p.summary ?? '' }));
  return { name, papers, gold };
}

/** A tuning sample of eval/blind: the parts whose gold has landed (partN.jsonl + gold-partN.jsonl), else papers + gold. */
function tuningSet(name: string): GoldSet | null {
  const dir = join(ROOT, 'eval/blind', name);
  const parts: GoldSet[] = [];
  for (let k = 1; existsSync(join(dir, `part${k}.jsonl`)); k++) {
    const part = goldSet(name, join(dir, `part${k}.jsonl`), join(dir, `gold-part${k}.jsonl`));
    if (part) parts.push(part);
  }
  if (parts.length) return { name, papers: parts.flatMap((s) => s.papers), gold: parts.flatMap((s) => s.gold) };
  return goldSet(name, join(dir, 'papers.jsonl'), join(dir, 'gold.jsonl'));
}

/** The tuning samples of eval/blind (annotated blind to the extractor, then read and trained on). */
export const TUNING_SAMPLES = ['tune1', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'tune20', 'tune21', 'tune22', 'tune23', 'tune24', 'tune25', 'tune26', 'tune27', 'tune28', 'tune29', 'tune30', 'tune31', 'tune32', 'tune33', 'tune34', 'tune35', 'tune36', 'tune37', 'tune38', 'tune39', 'tune40', 'tune41', 'tune42', 'tune43', 'tune44', 'tune45', 'tune46', 'tune47', 'tune48', 'tune49', 'tune50', 'tune51', 'tune52', 'tune53', 'tune54', 'tune55', 'tune56', 'tune57', 'tune58', 'tune59', 'tune60'] as const;

/**
 * dev, holdout, holdout2 and the tuning samples whose gold exists (in part or whole); never the blind samples.
 */
export function goldSets(): { dev: GoldSet; holdout: GoldSet; holdout2: GoldSet; tuning: GoldSet[] } {
  const e = join(ROOT, 'eval');
  const dev = goldSet('dev', join(e, 'data/papers.jsonl'), join(e, 'data/gold.jsonl'))!;
  const holdout = goldSet('holdout', join(e, 'holdout/papers.jsonl'), join(e, 'holdout/gold.jsonl'))!;
  const holdout2 = goldSet('holdout2', join(e, 'holdout2/papers.jsonl'), join(e, 'holdout2/gold.jsonl'))!;
  const tuning = TUNING_SAMPLES.map(tuningSet).filter((s): s is GoldSet => s !== null);
  return { dev, holdout, holdout2, tuning };
}

/** Ids of every paper of eval/ the training must not take silver labels from (the blind samples are not read). */
export function evalIds(): Set<string> {
  const e = join(ROOT, 'eval');
  const ids = new Set<string>();
  const files = ['data/papers.jsonl', 'holdout/papers.jsonl', 'holdout2/papers.jsonl', ...TUNING_SAMPLES.map((t) => `blind/${t}/papers.jsonl`)];
  for (const f of files) if (existsSync(join(e, f))) for (const p of jsonl<{ id: string }>(join(e, f))) ids.add(p.id);
  return ids;
}

export { norm };
export type KindScore = KindCounts;

export type Scores = Record<ScoredKind, KindScore>;

/** One paper's counts per kind, [tp, fp, fn], and the number of method nodes predicted (for methods' precision). */
export interface PaperCounts {
  models: [number, number, number];
  datasets: [number, number, number];
  proposes: [number, number, number];
  methods: [number, number, number];
  methodPreds: number;
}

/** Scores one paper's predictions against its gold (eval/scoring.ts), keeping only the counts. */
export function paperCounts(g: Gold, preds: readonly Mention[]): PaperCounts {
  const tally = tallyPaper(g, preds);
  const counts = (kind: ScoredKind): [number, number, number] => [tally[kind].tp, tally[kind].fp, tally[kind].fn];
  return { models: counts('models'), datasets: counts('datasets'), proposes: counts('proposes'), methods: counts('methods'), methodPreds: tally.methodPredictions };
}

/** The scores of a set of papers' counts (micro-averaged, eval/scoring.ts). */
export function sumCounts(counts: Iterable<PaperCounts>): Scores {
  const tally = ([tp, fp, fn]: [number, number, number]): KindTally => ({ tp, fp, fn, misses: [], falseHits: [] });
  const summed = sumTallies(
    [...counts].map((c) => ({ models: tally(c.models), datasets: tally(c.datasets), proposes: tally(c.proposes), methods: tally(c.methods), methodPredictions: c.methodPreds })),
  );
  const scores = {} as Scores;
  for (const kind of SCORED_KINDS) {
    const { tp, fp, fn, precision, recall, f1 } = summed[kind];
    scores[kind] = { tp, fp, fn, precision, recall, f1 };
  }
  return scores;
}

/** Extracts a set with `extract` and runs the cross-paper pass: each paper's mentions, by id. */
export function extractSet(set: GoldSet, extract: (doc: PaperDoc) => Mention[]): Map<string, Mention[]> {
  const exs: PaperExtraction[] = set.papers.map((p) => {
    const doc = { key: `paper:${p.id}`, title: p.title, abstract: p.abstract };
    return { doc, mentions: extract(doc) };
  });
  const byId = new Map<string, Mention[]>();
  for (const ex of resolveCorpus(exs)) byId.set(ex.doc.key.slice(6), ex.mentions);
  return byId;
}

/** Each paper's counts, by id, for mentions by id. */
export function countsOf(set: GoldSet, byId: ReadonlyMap<string, Mention[]>): Map<string, PaperCounts> {
  return new Map(set.gold.map((g) => [g.id, paperCounts(g, byId.get(g.id) ?? [])]));
}

/** Extracts a set with `extract` (+ the cross-paper pass) and scores it (eval/scoring.ts). */
export function scoreSet(set: GoldSet, extract: (doc: PaperDoc) => Mention[]): { scores: Scores; byId: Map<string, Mention[]> } {
  const byId = extractSet(set, extract);
  return { scores: sumCounts(countsOf(set, byId).values()), byId };
}

export const KINDS = ['models', 'datasets', 'proposes', 'methods'] as const;

/** The shipping rule's reading of two sets of scores on the same papers (see shipCheck). */
export interface ShipCheck {
  /** F1 of the retrained files minus F1 of the shipped ones, per kind. */
  delta: Record<(typeof KINDS)[number], number>;
  /** Kinds whose F1 falls (by any amount). */
  lost: (typeof KINDS)[number][];
  /** Kinds whose F1 rises by minGain or more. */
  gained: (typeof KINDS)[number][];
  /** No kind lost and one gained: the retrained files may ship if the ratchet passes with them too. */
  ship: boolean;
}

/**
 * The shipping rule of `pnpm train`, fixed before a retrain is read: the retrained files (scored nested out of fold)
 * may replace the shipped ones only if no kind loses F1 against them on the same papers and one gains minGain or more.
 */
export function shipCheck(retrained: Scores, shipped: Scores, minGain: number): ShipCheck {
  const delta = Object.fromEntries(KINDS.map((k) => [k, retrained[k].f1 - shipped[k].f1])) as ShipCheck['delta'];
  const lost = KINDS.filter((k) => delta[k] < 0);
  const gained = KINDS.filter((k) => delta[k] >= minGain);
  return { delta, lost, gained, ship: lost.length === 0 && gained.length > 0 };
}

/**
 * How much precision a set whose rules-alone precision of a kind is already under the floor may lose at a margin
 * (0.01 = one point). Without it, such a set blocks every margin of that kind for every set, even one that adds many
 * true names for each false one (tune4's datasets at 87.2% with the rules alone blocked all dataset margins in the
 * fifth round). A set at or above the floor still may not be pushed under it. Decided before any retrain was read.
 */
export const PRECISION_TOLERANCE = 0.01;

/**
 * The precision guard of `pnpm train`'s threshold choice, for one set and kind: may a margin whose precision is
 * `withStep` stand against `rulesAlone` (the same papers without that decision)? Yes at or above the floor; under
 * it, only if the rules alone were under the floor too and the step loses at most `tolerance`.
 */
export function precisionGuardAllows(withStep: number, rulesAlone: number, floor: number, tolerance = PRECISION_TOLERANCE): boolean {
  if (withStep >= floor) return true;
  if (rulesAlone >= floor) return false;
  // a hair of slack so that a loss of exactly the tolerance (0.872 → 0.862) is not refused by floating point
  return withStep >= rulesAlone - tolerance - 1e-12;
}

export function formatScores(name: string, s: Scores): string {
  const f = (k: KindScore) => `${(100 * k.precision).toFixed(1)}/${(100 * k.recall).toFixed(1)}/${(100 * k.f1).toFixed(1)}`;
  return `${name.padEnd(9)} models ${f(s.models)}  datasets ${f(s.datasets)}  proposes ${f(s.proposes)}  methods ${f(s.methods)}`;
}

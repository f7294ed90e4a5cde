/**
 * Corpus statistics of candidate names, shipped as data (corpus-stats.json, rebuilt by `pnpm train` from the 2025-26
 * arXiv corpus): for each name key seen in at least two papers, counts over papers. The classifier reads them as
 * features (features.ts): a name the rules read as a dataset in forty other papers is likely a dataset here too, even
 * without a cue word; a name seen in no other paper is likely the paper's own.
 */

/** Positions of the counts in a {@link StatCounts} row. */
export const STAT = {
  /** Papers in which the name is a candidate. */
  df: 0,
  /** Papers in which it is written all in lower case (as one word): a common word, not a name. */
  lower: 1,
  /** Papers in which the rules read it as a model, dataset, method; as the paper's own proposal. */
  model: 2,
  dataset: 3,
  method: 4,
  proposes: 5,
  /** Papers in which it stands right before a dataset noun, a model noun, a method noun. */
  headData: 6,
  headModel: 7,
  headMethod: 8,
  /** Papers in which it follows "on"/"across"/"over" (the evaluation phrase). */
  afterOn: 9,
} as const;
export const STAT_FIELDS = ['df', 'lower', 'model', 'dataset', 'method', 'proposes', 'headData', 'headModel', 'headMethod', 'afterOn'] as const;

export type StatCounts = readonly number[];

/** The shipped file: field names, the name keys (sorted), and their rows of counts one after the other. */
export interface CorpusStatsFile {
  about: string;
  source: string;
  papers: number;
  minDf: number;
  fields: readonly string[];
  names: string[];
  counts: number[];
}

/** Name key → counts, from a shipped file; the fields must be the ones this code reads. */
export function loadStats(file: CorpusStatsFile): Map<string, StatCounts> {
  if (file.fields.join(',') !== STAT_FIELDS.join(',')) throw new Error(`corpus-stats: fields ${file.fields.join(',')} are not ${STAT_FIELDS.join(',')}`);
  const out = new Map<string, StatCounts>();
  const w = STAT_FIELDS.length;
  if (file.names.length * w !== file.counts.length) throw new Error(`corpus-stats: ${file.counts.length} counts for ${file.names.length} names`);
  for (let i = 0; i < file.names.length; i++) out.set(file.names[i]!, file.counts.slice(i * w, (i + 1) * w));
  return out;
}

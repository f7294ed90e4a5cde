import { InvalidArgumentError } from 'commander';
import { GEXF_VERSIONS, OUTPUT_FORMAT_NAMES, ruleKindFromText, type GexfVersion, type OutputFormat, type ThesaurusKind } from '@papergraph/core';

/**
 * Louvain's generator (core's mulberry32) keeps the seed's low 32 bits (`seed >>> 0`): a seed past 2^32 - 1, or a
 * negative one, would silently stand for another seed, so only the seeds it really uses are accepted.
 */
export const SEED_MAX = 2 ** 32 - 1;

const INTEGER = /^[+]?\d+$/;
// Plain decimal notation (1, 0.5, .5, 1.5e2): no hex, binary, Infinity or empty strings, which Number() accepts.
const DECIMAL = /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A parser for an integer option in [min, max]; the message says the range (and why, when `why` is given). */
export function integerOption(min: number, max = Number.MAX_SAFE_INTEGER, why = ''): (value: string) => number {
  const range = max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
  return (value) => {
    const number = Number(value.trim());
    if (!INTEGER.test(value.trim()) || !Number.isSafeInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(`expected ${range}${why}`);
    }
    return number;
  };
}

/** A parser for a finite number greater than zero, in plain decimal notation. */
export function positiveNumber(value: string): number {
  const number = Number(value.trim());
  if (!DECIMAL.test(value.trim()) || !Number.isFinite(number) || number <= 0) {
    throw new InvalidArgumentError('expected a number greater than 0 (like 0.5, 1 or 2.5)');
  }
  return number;
}

/** `--seed`: 0 … 2^32 - 1, the seeds Louvain's generator tells apart. */
export const parseSeed = integerOption(0, SEED_MAX, " (Louvain's generator keeps 32 bits of the seed)");
/** `--resolution`: Louvain's resolution, a positive number. */
export const parseResolution = positiveNumber;
/** `--workers`: extraction worker threads besides the main thread; 0 extracts on the main thread only. */
export const parseWorkers = integerOption(0);
/** `--min-papers`: an entity is linked to at least one paper, so 1 is the least that means anything. */
export const parseMinPapers = integerOption(1);
/** `--limit`: rows to show. */
export const parseLimit = integerOption(1);
/** `--communities`: labels to list; 0 lists none. */
export const parseCommunities = integerOption(0);

/** `build --gexf-version`: the GEXF versions core's writer knows; 1.2 is GEXF 1.2draft, the default. */
export const GEXF_VERSION_CHOICES: readonly GexfVersion[] = GEXF_VERSIONS;

/** `--formats json,graphml`: a comma list of output formats, each once, in the order files are written; `view` needs `json`. */
export function parseFormats(value: string): OutputFormat[] {
  const asked = value.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
  if (asked.length === 0) throw new InvalidArgumentError(`expected one or more of ${OUTPUT_FORMAT_NAMES.join(', ')}`);
  for (const item of asked) {
    if (!(OUTPUT_FORMAT_NAMES as readonly string[]).includes(item)) {
      throw new InvalidArgumentError(`unknown format "${item}" (expected ${OUTPUT_FORMAT_NAMES.join(', ')})`);
    }
  }
  // graph.view.json is the first frame the viewer draws of the graph.json beside it: alone it shows nothing.
  if (asked.includes('view') && !asked.includes('json')) throw new InvalidArgumentError('view is the view file of graph.json and needs it: ask for json,view');
  return OUTPUT_FORMAT_NAMES.filter((format) => asked.includes(format));
}

/**
 * A parser for `--kind model,author` (or the option repeated): kinds of `allowed`, singular or plural, each once,
 * added to earlier `--kind` options; a kind the command does not cover is refused by name.
 */
export function kindsOption<K extends ThesaurusKind>(allowed: readonly K[]): (value: string, previous?: K[]) => K[] {
  const isAllowed = (kind: ThesaurusKind | undefined): kind is K => kind !== undefined && (allowed as readonly ThesaurusKind[]).includes(kind);
  return (value, previous = []) => {
    const kinds = [...previous];
    for (const word of value.split(',').filter((item) => item.trim() !== '')) {
      const kind = ruleKindFromText(word);
      if (!isAllowed(kind)) throw new InvalidArgumentError(`unknown kind "${word.trim()}" (expected ${allowed.join(', ')})`);
      if (!kinds.includes(kind)) kinds.push(kind);
    }
    if (kinds.length === 0) throw new InvalidArgumentError(`expected one or more of ${allowed.join(', ')}`);
    return kinds;
  };
}

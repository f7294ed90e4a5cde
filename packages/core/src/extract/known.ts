/**
 * The dataset and method lexicons (lexicons/datasets.json, lexicons/methods.json), loaded once, and the test for a
 * name that a lexicon or the model families already know (so it is not a paper's own coinage).
 */
import { Lexicon, type LexEntry, type LexiconFile } from './lexicon.ts';
import { tokenize } from './tokens.ts';
import { canonicalModel, familyNamed } from './models.ts';
import { FIRST_TOKEN_BITS } from './first-token-bits.ts';
import { datasetVariantReader } from './dataset-variants.ts';
import datasetsFile from './lexicons/datasets.json' with { type: 'json' };
import methodsFile from './lexicons/methods.json' with { type: 'json' };
import heads from './lexicons/heads.json' with { type: 'json' };
import modelsFile from './lexicons/models.json' with { type: 'json' };
import { ENTITY_KINDS, type EntityKind } from '../contract/kinds.ts';
import { nodeKey } from '../contract/keys.ts';

export const METHODS = new Lexicon(FIRST_TOKEN_BITS.methodLexicon).add(methodsFile as LexiconFile, 'method');
// a known benchmark's variant after it ("AIME'24", "BraTS 2023", "ImageNet-LT") is its own dataset (dataset-variants.ts)
export const DATASETS: Lexicon = new Lexicon(
  FIRST_TOKEN_BITS.datasetLexicon,
  datasetVariantReader({ lookup: (name) => DATASETS.lookup(name), otherKind: (name) => METHODS.lookup(name) !== undefined || canonicalModel(name) !== null }),
).add(datasetsFile as LexiconFile, 'dataset');

export const lexicons = { datasets: DATASETS, methods: METHODS };

/** A name already in a lexicon (a known technique, dataset or model), so not a paper's own proposal. */
export function isKnownEntity(name: string): boolean {
  return METHODS.lookup(name) !== undefined || DATASETS.lookup(name) !== undefined || canonicalModel(name) !== null;
}

/**
 * The node keys the lexicons give a name, as extraction keys what it reads: `low-rank adaptation` → `method:lora`,
 * `Mistral 7B` → `model:mistral-7b`, `GSM8K` → `dataset:gsm8k`; empty for a name no lexicon knows. Lets a search
 * find an entity by a long form or spelling its graph node does not carry.
 */
export function knownEntityKeys(name: string): string[] {
  const trimmed = name.trim();
  if (trimmed === '') return [];
  const keys: string[] = [];
  const model = canonicalModel(trimmed);
  if (model) keys.push(nodeKey('model', model.slug));
  const method = METHODS.lookup(trimmed);
  if (method) keys.push(nodeKey('method', method.slug));
  const dataset = DATASETS.lookup(trimmed);
  if (dataset) keys.push(nodeKey('dataset', dataset.slug));
  return keys;
}

/** Names the word lists refuse as an entity of a kind (any kind: fields, hardware, languages, platforms), lower-cased. */
type RefusedList = { kinds: readonly EntityKind[]; list: string; names: ReadonlySet<string> };
let refused: readonly RefusedList[] | undefined;
// (made on first use: only the review tools ask, never extraction)
function refusedLists(): readonly RefusedList[] {
  refused ??= [
    { kinds: ['model', 'method', 'dataset'], list: 'heads.json notMethods', names: lowerSet(heads.notMethods.words) },
    { kinds: ['model', 'method', 'dataset'], list: 'heads.json notDatasetNames', names: lowerSet(heads.notDatasetNames.words) },
    { kinds: ['model'], list: 'models.json shapes.notModelNames', names: lowerSet(modelsFile.shapes.notModelNames) },
    { kinds: ['model'], list: 'models.json shapes.listNotModels', names: lowerSet(modelsFile.shapes.listNotModels) },
  ];
  return refused;
}

function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => word.toLowerCase()));
}

/**
 * Why the lexicons already decide about a name, whatever they need to read it: a model family the extractor reads
 * only with a version (`SAM`, `SD`), a known name, the plural of one written with its capitals
 * (`CoTs`, `UNets`: the lexicons give plurals to lower-case names only), or a name a word list refuses as an
 * entity of `kind` (without a kind: as an entity of every kind, a field or a language). Case is kept where a lexicon
 * keeps it: `STAR` is not the method STaR, `TITAN` not the family Titan. Undefined for a name no lexicon knows: a gap
 * a person may fill. isKnownEntity asks what the extractor reads as written; this asks what the lexicons cover.
 */
export function lexiconDecision(name: string, kind?: EntityKind): string | undefined {
  const covered = coveredName(name);
  if (covered) return covered;
  // (a plural written with its capitals, "CoTs", "UNets": the lexicons add plurals only to lower-case aliases)
  const singular = /[^sS]s$/.test(name) ? coveredName(name.slice(0, -1)) : undefined;
  if (singular) return `plural of ${singular}`;
  const lower = name.toLowerCase();
  for (const { kinds, list, names } of refusedLists()) {
    if ((kind === undefined ? kinds.length === ENTITY_KINDS.length : kinds.includes(kind)) && names.has(lower)) return `refused by ${list}`;
  }
  return undefined;
}

function coveredName(name: string): string | undefined {
  const family = familyNamed(name);
  if (family) return `model family ${family.label}${family.require ? ` (read only with a ${family.require})` : ''}`;
  const model = canonicalModel(name);
  if (model) return `model ${model.label}`;
  const method = METHODS.lookup(name) ?? wholeMatch(METHODS, name);
  if (method) return `method ${method.label}`;
  // (a known benchmark's variant, read by the dataset lexicon's variant rule: "COCO2017", "NTU RGB+D 60")
  const dataset = DATASETS.lookup(name) ?? wholeMatch(DATASETS, name);
  if (dataset) return `dataset ${dataset.label}`;
  return undefined;
}

/** The entry a lexicon reads the whole name as, in text (its variants included), else undefined. */
function wholeMatch(lexicon: Lexicon, name: string): LexEntry | undefined {
  const matches = lexicon.scan(name, tokenize(name));
  return matches.length === 1 && matches[0]!.start === 0 && matches[0]!.end === name.length ? matches[0]!.entry : undefined;
}

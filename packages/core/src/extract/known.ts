/**
 * The dataset and method lexicons (lexicons/datasets.json, lexicons/methods.json), loaded once, and the test for a
 * name that a lexicon or the model families already know (so it is not a paper's own coinage).
 */
import { Lexicon, type LexiconFile } from './lexicon.ts';
import { canonicalModel } from './models.ts';
import { FIRST_TOKEN_BITS } from './first-token-bits.ts';
import { datasetVariantReader } from './dataset-variants.ts';
import datasetsFile from './lexicons/datasets.json' with { type: 'json' };
import methodsFile from './lexicons/methods.json' with { type: 'json' };

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

/**
 * Who reads which bit of the first-token table (tokens.ts). The table maps the hash of a lower-cased word to a byte;
 * each matcher that starts only at certain words marks them with its own bit, and the tokenizer copies a token's byte
 * into `Tokens.bits`, so a matcher skips every token without its bit. Two matchers sharing a bit would wake each other
 * on every marked word (correct but slow), so bits are allocated here, once, in this order, and never picked by hand.
 */

/** Bits of one byte (the table's values and `Tokens.bits` are bytes). */
const CAPACITY = 8;

export class BitRegistry {
  private readonly names: string[] = [];

  constructor(
    private readonly capacity: number,
    private readonly table: string,
  ) {}

  /** The next free bit, for `name`; throws when none is left or the name already holds one. */
  claim(name: string): number {
    if (this.names.includes(name)) throw new Error(`${this.table}: "${name}" already holds bit ${1 << this.names.indexOf(name)}`);
    if (this.names.length >= this.capacity)
      throw new Error(
        `${this.table}: no bit left for "${name}"; all ${this.capacity} are claimed (${this.names.join(', ')}). ` +
          'Share a bit with a matcher that starts at the same words, or widen the table values and Tokens.bits.',
      );
    this.names.push(name);
    return 1 << (this.names.length - 1);
  }

  /** Is `bit` exactly one claimed bit? */
  isClaimed(bit: number): boolean {
    return bit > 0 && (bit & (bit - 1)) === 0 && bit < 1 << this.names.length;
  }

  /** The claims in bit order. */
  claims(): { name: string; bit: number }[] {
    return this.names.map((name, i) => ({ name, bit: 1 << i }));
  }
}

export const firstTokenRegistry = new BitRegistry(CAPACITY, 'first-token table');

/** Every claim of the first-token table, in one place (the matcher that reads each bit is named after it). */
export const FIRST_TOKEN_BITS = {
  /** First words of the model families (models.ts → scanModels). */
  modelFamilies: firstTokenRegistry.claim('model families'),
  /** First words of the dataset lexicon's keys (known.ts; also its bit in the key-prefix table). */
  datasetLexicon: firstTokenRegistry.claim('dataset lexicon'),
  /** First words of the method lexicon's keys (known.ts; also its bit in the key-prefix table). */
  methodLexicon: firstTokenRegistry.claim('method lexicon'),
  /** Dataset head nouns: "dataset", "benchmark", "corpus"… (datasets.ts → headRule). */
  datasetHeads: firstTokenRegistry.claim('dataset head nouns'),
  /** Evaluation words before "on": "experiments", "evaluated"… (datasets.ts → evalOnRule). */
  evaluationWords: firstTokenRegistry.claim('evaluation words'),
  /** Plural method and model nouns before examples: "methods such as …", "models such as …" (datasets.ts → findListedNames). */
  methodListNouns: firstTokenRegistry.claim('method list nouns'),
  /** Words that let a sentence through the proposal gates: "we", "our", "propose"… (proposals.ts → tokenCues). */
  proposalCues: firstTokenRegistry.claim('proposal cue words'),
  /** The words unseen model names are found by: the "b" of "7B", "VL"/"Chat"/"Coder" tails, size words (model-shapes.ts). */
  modelShapes: firstTokenRegistry.claim('model shape words'),
} as const;

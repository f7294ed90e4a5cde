/**
 * Whether two spellings are one name written two ways: shared by the duplicate candidates (analysis) and the
 * cross-paper merge of model spellings (extraction), so that both draw the line in the same place.
 */

interface NameChar {
  char: string;
  /** It starts a word: after a space, punctuation or a digit, or an upper-case letter after a lower-case one (`ScanNetV2`'s V, `SWEBench`'s B). */
  startsWord: boolean;
  /** What follows it: a lower-case letter, another letter, or no letter. */
  next: 'lower' | 'letter' | 'none';
}

/** A label's characters as nameForm keeps them (letters, digits, `+`), their case kept, each with its place in a word. */
function nameChars(label: string): NameChar[] {
  const chars = [...(/^[\x20-\x7e]*$/.test(label) ? label : label.normalize('NFKD').replace(/\p{M}/gu, ''))];
  const out: NameChar[] = [];
  chars.forEach((char, i) => {
    if (!/[\p{L}\p{N}+]/u.test(char)) return;
    const previous = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    const upper = /\p{Lu}/u.test(char);
    const startsWord = !/\p{L}/u.test(previous) || (upper && /\p{Ll}/u.test(previous)) || (upper && /\p{Lu}/u.test(previous) && /\p{Ll}/u.test(next));
    out.push({ char, startsWord, next: /\p{Ll}/u.test(next) ? 'lower' : /\p{L}/u.test(next) ? 'letter' : 'none' });
  });
  return out;
}

/**
 * Whether two labels of one normalised form are written as one name: the same letters and digits but for the
 * separators between them (`GPT4o` / `GPT-4o`, `M-M-L-U` / `MMLU`), a word capitalised or not (`Supervised
 * Finetuning` / `supervised fine-tuning` / `Supervised Fine-Tuning`, `SWEBench` / `SWE-bench`) and the case of a
 * one-letter word (`ScanNet-v2` / `ScanNetV2`, `YOLOv11-N` / `YOLOv11n`). Any other difference of case is a letter
 * written small or capital inside a word, which makes another name as often as not: `AiR` / `AIR`, `SfD` / `SFD`,
 * `LaPIG` / `LAPIG`, `IceBench` / `ICE-Bench`, `cVAE` / `CVAE` name unrelated works, and `ViT` / `VIT` or
 * `EpicKitchens` / `EPIC-KITCHENS` cannot be told from them.
 */
export function writtenAsOneName(a: string, b: string): boolean {
  const x = nameChars(a);
  const y = nameChars(b);
  if (x.length !== y.length) return false;
  return x.every((one, i) => {
    const other = y[i]!;
    if (one.char === other.char) return true;
    if (one.char.toLowerCase() !== other.char.toLowerCase()) return false;
    // A word capitalised in one label and not in the other.
    if (one.next === 'lower' && other.next === 'lower') return one.startsWord || other.startsWord;
    // A one-letter word.
    return one.next === 'none' && other.next === 'none' && one.startsWord && other.startsWord;
  });
}


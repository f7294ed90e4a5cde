/**
 * Accented Latin letters read as their base letter, one for one: extraction reads a paper with "CPMöbius",
 * "Sabiá-4", "naïve Bayes" or "Nyströmformer" in it as "CPMobius", "Sabia-4", "naive Bayes", "Nyströmformer" →
 * "Nystromformer", so every rule and lexicon that reads ASCII names (capitals, inner capitals, `[A-Za-z]` classes)
 * reads these names whole; the mentions are then labelled as the paper writes them (see {@link WrittenWords}).
 *
 * Only letters whose canonical decomposition is an ASCII letter and combining marks (U+0300–U+036F) are folded:
 * slugify drops exactly those marks after NFKD, so a folded name and the written one have the same slug
 * ("CPMöbius" and "CPMobius" are `cpmobius`). Letters without such a decomposition (ß, ø, æ, ł, đ) and Greek
 * ("αDepth", "μP": a Greek letter is a symbol of its own, read by the name patterns as it is) are left as they are.
 * Same length, so every offset into the folded text is an offset into the written one (evidence sentences are cut
 * from the written text).
 */

/** The base letter of each foldable code below 0x250 (0: not folded). */
const BASE = new Uint8Array(0x250);
for (let c = 0xc0; c < 0x250; c++) {
  const d = String.fromCharCode(c).normalize('NFD');
  if (d.length >= 2 && /^[A-Za-z][\u0300-\u036f]+$/.test(d)) BASE[c] = d.charCodeAt(0);
}

/** Any code the fold may change (a pre-check: most texts are ASCII; `×` and `÷` pass it but fold to themselves). */
const MAY_FOLD = /[\u00c0-\u024f]/;

/** `text` with its accented Latin letters folded to their base letters; the same string when none is there. */
export function foldAccents(text: string): string {
  const first = text.search(MAY_FOLD);
  if (first < 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0 || c >= 0x250 || BASE[c] === 0) continue;
    parts.push(text.slice(from, i), String.fromCharCode(BASE[c]!));
    from = i + 1;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  // joined, not concatenated: the tokenizer reads a flat string faster (see paperText)
  return parts.join('');
}

/** A word with an accented Latin letter: letters of the two ranges, at least one of them outside ASCII. */
const ACCENTED_WORD = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*/g;
const ASCII_WORD = /[A-Za-z]+/g;

/**
 * The words of a written text that the fold changed, by their folded form: a name read from the folded text gets its
 * written letters back word by word ("Nushu-PitchVITS" → "Nüshu-PitchVITS"). A folded word the text also writes
 * without accents keeps the spelling the text writes more often (which one a name was read from is not known):
 * "Samasāmayik" twice and "Samasamayik" once is "Samasāmayik", the French "à" of "à la" leaves the ASCII "a" alone
 * ("LLM-as-a-judge"); two accented spellings of one folded word take the first.
 */
export class WrittenWords {
  private readonly byFolded = new Map<string, string>();

  constructor(written: string, folded: string) {
    if (written === folded) return;
    const accented = new Map<string, number>();
    ACCENTED_WORD.lastIndex = 0;
    for (let m = ACCENTED_WORD.exec(written); m; m = ACCENTED_WORD.exec(written)) {
      const key = folded.slice(m.index, m.index + m[0].length);
      if (key === m[0]) continue;
      if (!this.byFolded.has(key)) this.byFolded.set(key, m[0]);
      accented.set(key, (accented.get(key) ?? 0) + 1);
    }
    for (const [key, n] of accented) if (plainCount(written, key, n) >= n) this.byFolded.delete(key);
  }

  get empty(): boolean {
    return this.byFolded.size === 0;
  }

  /** `s` (read from the folded text) with each folded word written as the text writes it. */
  restore(s: string): string {
    if (this.byFolded.size === 0) return s;
    return s.replace(ASCII_WORD, (w) => this.byFolded.get(w) ?? w);
  }
}

/** How often `text` holds `word` as a whole word (no letter of the fold's ranges right before or after it), up to `max`. */
function plainCount(text: string, word: string, max: number): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0 && n < max; at = text.indexOf(word, at + 1)) {
    if (!isWordLetter(text.charCodeAt(at - 1)) && !isWordLetter(text.charCodeAt(at + word.length))) n++;
  }
  return n;
}

function isWordLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

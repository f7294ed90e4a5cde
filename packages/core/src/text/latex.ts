/**
 * LaTeX in arXiv titles and abstracts, reduced to the plain text a reader sees, so extraction matches
 * `E$^3$-Pruner` as `E3-Pruner` and `\textbf{Kron-LoRA}` as `Kron-LoRA`. No LaTeX library does this
 * text-level flattening (they render or parse whole documents), hence this small table-driven pass.
 */

const SYMBOLS: Record<string, string> = {
  times: '×', cdot: '·', pm: '±', mp: '∓', le: '≤', leq: '≤', ge: '≥', geq: '≥', neq: '≠', ne: '≠',
  approx: '≈', sim: '~', simeq: '≃', infty: '∞', rightarrow: '→', to: '→', leftarrow: '←', Rightarrow: '⇒',
  leftrightarrow: '↔', uparrow: '↑', downarrow: '↓', in: '∈', ll: '≪', gg: '≫', propto: '∝', partial: '∂',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  kappa: 'κ', lambda: 'λ', mu: 'μ', textmu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ',
  varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Sigma: 'Σ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω', ell: 'ℓ', dots: '…', ldots: '…', cdots: '⋯', circ: '∘', star: '⋆',
  checkmark: '✓', dagger: '†', ddagger: '‡', textasciitilde: '~', textbar: '|', S: '§',
};

/**
 * Text-mode commands that print a character or an abbreviation (`360\textdegree`, `overoptimization\textemdash a`,
 * CVPR's `\eg`), or only space (`\noindent`). Unlike math's symbols, the space an author typed after one is kept:
 * `360\deg rotation` is meant as "360° rotation".
 */
const TEXT_SYMBOLS: Record<string, string> = {
  deg: '°', degree: '°', textdegree: '°', textemdash: '—', textendash: '–', textregistered: '®', texttrademark: '™',
  textcopyright: '©', textperthousand: '‰', textpertenthousand: '‱', textrightarrow: '→',
  textleftarrow: '←', textgreater: '>', textless: '<', textasciicircum: '^', textbullet: '•', slash: '/',
  eg: 'e.g.', Eg: 'E.g.', ie: 'i.e.', Ie: 'I.e.', etc: 'etc.', etal: 'et al.', vs: 'vs.', wrt: 'w.r.t.', iid: 'i.i.d.',
  noindent: ' ', newline: ' ', linebreak: ' ', par: ' ', bigskip: ' ', medskip: ' ', smallskip: ' ', quad: ' ', qquad: ' ',
};

/**
 * What a command no table knows prints: its name, as the likeliest reading of an author's own macro (`\sysname`),
 * set apart from the words around it (`see\foo` is "see foo", never one word "seefoo"; `\foo{}bar` "foo bar";
 * `\RED{However` "RED However").
 */
function unknownCommand(whole: string, name: string, offset: number, text: string): string {
  const symbol = TEXT_SYMBOLS[name];
  if (symbol !== undefined) return symbol + whole.slice(1 + name.length);
  const known = SYMBOLS[name];
  if (known !== undefined) return known;
  if (PLACEHOLDER_COMMAND.test(name)) return ' ';
  const space = whole.slice(1 + name.length);
  const before = offset > 0 && /[\p{L}\p{N}}]/u.test(text[offset - 1]!) ? ' ' : '';
  const next = text.startsWith('{}', offset + whole.length) ? offset + whole.length + 2 : offset + whole.length;
  const after = space || (/[\p{L}\p{N}{]/u.test(text[next] ?? '') ? ' ' : '');
  return before + name + after;
}

/**
 * Macros authors define for their own method's name; they stand for the name the title gives. Any capitals, and a
 * long or short form's L or S (`\ModelNameL`, `\Ours`, `\METHOD`, `\SysName`).
 */
const OWN_NAME_MACROS =
  /\\(?:namespace|name|ours|method|ourmethod|methodname|model|modelname|ourmodel|mname|system|sys|sysname|systemname|approach|our|algname|tool|toolname|projectname)[LS]?(?![A-Za-z])(?:\{\})?(\\ )?/gi;
/**
 * Macros for the paper's own dataset or benchmark (`\DatasetNameL`, `\benchname`, `\bench`): the title's name only
 * when it names data ("FooBench: …"); otherwise the name is unknown, and the macro prints nothing rather than a
 * placeholder word that would become an entity.
 */
const DATA_NAME_MACROS = /\\(?:dataset|datasetname|ourdataset|bench|benchname|benchmark|benchmarkname|ourbench|dataname|corpusname)[LS]?(?![A-Za-z])(?:\{\})?(\\ )?/gi;
/** A name that names data: "FooBench", "BarQA", "BazSet", "QuxEval", "Corpus-X" is not (the head ends it). */
const DATA_NAME = /(?:Bench|Benchmark|Set|QA|Eval|Data|Dataset|Corpus|Arena|Suite|Gym)(?:[-\s]?v?\d+(?:\.\d+)*)?$/;
/** A title that calls its work data: "ClawMark: A Living-World Benchmark for …", "LifeSide: Benchmarking Agents as …". */
export const DATA_TITLE = /\b(?:[Bb]enchmark(?:s|ing)?|[Dd]atasets?|[Cc]orpus)\b/;
/** A placeholder macro no title name resolves: its name says only "the name" (`\ModelNameL`, `\SysName`). */
const PLACEHOLDER_COMMAND = /^[A-Za-z]*Name[LS]?$/;

/**
 * Commands whose braced arguments decide what they print: each command's count of arguments and what it prints of
 * them (already flattened). An optional `[…]` after the name is skipped. An argument runs to its matching brace, so
 * one may hold others (`\textbf{\method{}}`, `\footnote{… \href{url}{text}}`); arXiv abstracts often end
 * inside one whose closing brace was cut (`\href{https://…`), which then runs to the end of the text.
 */
interface ArgumentCommand {
  readonly args: number;
  readonly print: (args: readonly string[]) => string;
}
const FIRST: ArgumentCommand = { args: 1, print: ([text]) => text ?? '' };
const SECOND: ArgumentCommand = { args: 2, print: ([first, second]) => second ?? first ?? '' };
const NOTHING: ArgumentCommand = { args: 1, print: () => '' };
const ARGUMENT_COMMANDS: ReadonlyMap<string, ArgumentCommand> = new Map<string, ArgumentCommand>([
  // formatting: the argument is the visible text
  ...['textbf', 'textit', 'emph', 'underline', 'texttt', 'textsc', 'textrm', 'textsf', 'textnormal', 'textup', 'textsl', 'textmd',
    'mathrm', 'mathbf', 'mathit', 'mathsf', 'mathtt', 'mathcal', 'mathbb', 'mathbfit', 'boldsymbol', 'bm', 'text', 'mbox',
    'operatorname', 'textsuperscript', 'textsubscript', 'ensuremath', 'hl', 'uline', 'uwave', 'url', 'nolinkurl',
    // siunitx's number, glossaries' and acronym's abbreviations, the changes package's added text
    'num', 'gls', 'Gls', 'glspl', 'acrshort', 'acrlong', 'acrfull', 'ac', 'acs', 'acl', 'acf', 'added',
  ].map((name): [string, ArgumentCommand] => [name, FIRST]),
  // a link's or a colour's first argument is the target or the colour; the second is the text shown
  ...['href', 'hyperlink', 'textcolor', 'colorbox'].map((name): [string, ArgumentCommand] => [name, SECOND]),
  // the changes package: `\replaced{new}{old}` shows the new text, `\deleted{old}` none
  ['replaced', { args: 2, print: ([now]) => now ?? '' }],
  ...['deleted', 'sout', 'color', 'begin', 'end', 'ding'].map((name): [string, ArgumentCommand] => [name, NOTHING]),
  ['enquote', { args: 1, print: ([text]) => `"${text ?? ''}"` }],
  // A footnote is read where it stands, apart from the word it is attached to: in arXiv abstracts it holds the code's
  // address or a remark ("Code and data available upon publication."), text the reader sees.
  ...['footnote', 'footnotetext'].map((name): [string, ArgumentCommand] => [name, { args: 1, print: ([note]) => (note?.trim() ? ` (${note.trim()})` : '') }]),
  ['footnotemark', { args: 0, print: () => '' }],
]);

/** Where the group opened at `open` (a `{`) closes: the index of its `}`, or the text's length when it never does. */
function groupEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */ && --depth === 0) return i;
  }
  return text.length;
}

/** Arguments inside arguments deeper than this are left as written (no abstract nests so deep; an unclosed one per level would cost a scan of the rest of the text). */
const MAX_ARGUMENT_DEPTH = 16;

/** `text` with every {@link ARGUMENT_COMMANDS} command replaced by what it prints (arguments flattened first). */
function expandArgumentCommands(text: string, depth = 0): string {
  if (depth > MAX_ARGUMENT_DEPTH) return text;
  const command = /\\([A-Za-z]+)\*?/g;
  const parts: string[] = [];
  let from = 0;
  for (let match = command.exec(text); match; match = command.exec(text)) {
    const known = ARGUMENT_COMMANDS.get(match[1]!);
    if (!known) continue;
    let at = match.index + match[0].length;
    const optional = /^\s*\[[^\]]*\]/.exec(text.slice(at, at + 200));
    if (optional) at += optional[0].length;
    const args: string[] = [];
    while (args.length < known.args) {
      const open = /^\s*\{/.exec(text.slice(at, at + 100));
      if (!open) break;
      const start = at + open[0].length;
      const end = groupEnd(text, start - 1);
      args.push(expandArgumentCommands(text.slice(start, end), depth + 1));
      at = end + 1;
    }
    parts.push(text.slice(from, match.index), known.print(args));
    from = Math.min(at, text.length);
    command.lastIndex = from;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Declarations that switch the font or size for the rest of their group (`{\it cellular network}`, `{\bf X}`,
 * `\bfseries`, `\small`): they print nothing themselves and, as a control word does, eat the spaces and the one line
 * break after them; the text they apply to stays.
 */
const FONT_SWITCHES =
  /\\(?:it|bf|em|rm|sl|tt|sf|sc|itshape|bfseries|mdseries|upshape|slshape|scshape|rmfamily|sffamily|ttfamily|normalfont|boldmath|unboldmath|tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z])[ \t]*(?:\n[ \t]*)?/g;

/** Citation-like macros carry no readable text. */
const DROPPED = /\\(?:cite[tp]?|citep|citet|ref|eqref|label|vspace|hspace)\*?\s*(?:\[[^\]]*\])?\{[^{}]*\}/g;

/**
 * TeX's accents (`Schr\"odinger`, `Erd\H{o}s`, `Nguy\~{\^e}n`, `Tolúl\d{o}pé`, `Dvo\v{r}\'ak`) and its special
 * letters (`{\o}`, `\ss`, `\L`), as arXiv writes them in titles, abstracts and author names: a letter and a combining
 * mark, composed (NFC). An accent of one punctuation character takes the next letter, braced or not; an accent named
 * by a letter (`\v`, `\H`, `\c`…) takes a braced letter or, inside a word, the letter after a space (`Fran\c cois`),
 * as TeX reads it. At a word's start that form is more likely an author's macro (`\b geometric \b score-based`).
 */
const ACCENT_MARKS: Readonly<Record<string, string>> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327', k: '\u0328', r: '\u030a', d: '\u0323', b: '\u0331',
};
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', o: 'ø', O: 'Ø', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
};
// The accented letter: any letter (`\~{ê}`, once the inner accent is read), or a dotless i/j (`\'\i`, `\'{\i}`),
// which takes the accent as a plain i/j.
const ACCENTED = String.raw`(?:\\[ij](?![A-Za-z])|\p{L})`;
// A bare `\i` is a control word: the spaces after it are eaten (`na\"\i ve`).
const AFTER_DOTLESS = String.raw`(?:(?<=\\[ij])[ \t]+)?`;
const TEX_ACCENT = new RegExp(
  String.raw`(\{?)\\(?:([` + "'`^\"~=." + String.raw`])\s*(?:\{\s*(${ACCENTED})\s*\}|(${ACCENTED})${AFTER_DOTLESS})|([uvHckrdb])(?:\s*\{\s*(${ACCENTED})\s*\}|(?<=\p{L}\\[uvHckrdb])\s+(${ACCENTED})${AFTER_DOTLESS}))(\}?)`,
  'gu',
);
/**
 * A special letter where it is one: braced (`{\o}`), closed by `{}` (`\L{}ukasz`) or inside a word (`Bj\o rn`,
 * `Stra\ss e`: the control word eats the spaces after it, as TeX does), or opening a word whose letters follow after a
 * space (`\AA ngstr\"om`, `\L ukasz`, `\aa berg`, as BibTeX exporters write them). A bare one-letter control word
 * elsewhere is more likely an author's macro (`$\O(n)$`, `$\L$` for a loss) and is left alone.
 */
const TEX_LETTER = /\{\\(ss|ae|AE|oe|OE|aa|AA|[oOlLij])\}|\\(ss|ae|AE|oe|OE|aa|AA|[oOlLij])\{\}|(?<=\p{L})\\(ss|ae|AE|oe|OE|aa|AA|[oOlLij])(?![A-Za-z])[ \t]*|(?<![\p{L}\\])\\(ss|ae|AE|oe|OE|aa|AA|[oOlL])[ \t]+(?=\p{Ll}{2})/gu;

/**
 * `\'` between a word and a contraction's ending (`GPT-4o\'s`, `today\'s`, `don\'t`: an apostrophe escaped by
 * whatever wrote the text, four abstracts of the 75k corpus) is the apostrophe, not an acute on the next letter.
 */
const ESCAPED_APOSTROPHE = /(?<=[\p{L}\p{N}])\\'(?=(?:s|t|ve|ll|m|re|d)(?!\p{L}))/gu;

/**
 * Math mode's accent commands on a letter inside a word (`$\mathsf{Cin\acute{e}aste}$`: a name written in a math font):
 * the accented letter, with the mark of the text accent each stands for (`\acute` is `\'`, `\check` is `\v`). Elsewhere they
 * are notation (`\hat{y}`, `\tilde{O}(n)`) and stay as they are.
 */
const MATH_ACCENT_MARKS: Readonly<Record<string, string>> = {
  acute: ACCENT_MARKS["'"]!, grave: ACCENT_MARKS['`']!, ddot: ACCENT_MARKS['"']!, hat: ACCENT_MARKS['^']!, tilde: ACCENT_MARKS['~']!,
  breve: ACCENT_MARKS.u!, check: ACCENT_MARKS.v!,
};
const MATH_ACCENTS = Object.keys(MATH_ACCENT_MARKS).join('|');
const MATH_ACCENT_COMMAND = new RegExp(String.raw`\\(?:${MATH_ACCENTS})\s*\{`);
const MATH_ACCENT_IN_WORD = new RegExp(String.raw`(?<=\p{L})\\(${MATH_ACCENTS})\s*\{(\p{L})\}(?=\p{L})`, 'gu');

/** The characters right after the backslash of a TEX_ACCENT match, and of a TEX_LETTER match. */
const ACCENT_NEXT = "'`^\"~=.uvHckrdb";
const SPECIAL_LETTER_NEXT = 'saAoOlLij';

/** Is a backslash in `t` followed by one of the characters `next` (null: by a letter of U+00C0–U+024F)? */
function backslashBefore(t: string, next: string | null): boolean {
  for (let p = t.indexOf('\\'); p >= 0 && p + 1 < t.length; p = t.indexOf('\\', p + 1)) {
    const c = t.charCodeAt(p + 1);
    if (next === null ? c >= 0xc0 && c <= 0x24f : next.indexOf(t[p + 1]!) >= 0) return true;
  }
  return false;
}

function accented(letter: string, mark: string): string {
  const base = letter === '\\i' ? 'i' : letter === '\\j' ? 'j' : letter;
  return (base + mark).normalize('NFC');
}

/** `text` with TeX's accents and special letters as Unicode letters (NFC); anything else left as it is. */
export function decodeTexAccents(text: string): string {
  if (text.indexOf('\\') < 0) return text;
  // (each pass runs only when a backslash is followed by a character its matches start with: these Unicode regexes
  // with lookbehinds cost a scan of the whole text each, and most texts with a backslash hold none of their forms)
  let out = text;
  if (out.indexOf("\\'") >= 0) out = out.replace(ESCAPED_APOSTROPHE, "'");
  if (backslashBefore(out, ACCENT_NEXT))
    out = out.replace(TEX_ACCENT, (whole, open: string, symbol?: string, braced?: string, bare?: string, named?: string, namedBraced?: string, namedBare?: string, close?: string) => {
      const mark = ACCENT_MARKS[symbol ?? named!];
      const letter = braced ?? bare ?? namedBraced ?? namedBare;
      if (!mark || !letter) return whole;
      // `{\'e}`: the group held the accented letter alone, and goes with it
      return open && close ? accented(letter, mark) : open + accented(letter, mark) + (close ?? '');
    });
  if (MATH_ACCENT_COMMAND.test(out)) out = out.replace(MATH_ACCENT_IN_WORD, (_whole, command: string, letter: string) => accented(letter, MATH_ACCENT_MARKS[command]!));
  if (backslashBefore(out, SPECIAL_LETTER_NEXT)) out = out.replace(TEX_LETTER, (_whole, braced?: string, closed?: string, inWord?: string, wordStart?: string) => SPECIAL_LETTERS[braced ?? closed ?? inWord ?? wordStart!]!);
  // A backslash left before a letter a converter already accented (`St\ütz`): the letter is meant.
  if (backslashBefore(out, null)) out = out.replace(/\\(?=[\u00c0-\u024f])/g, '');
  if (out === text) return text;
  // A letter accented twice (`\~{\^e}`): the inner accent is read first, the outer one then takes what it made.
  return out.indexOf('\\') >= 0 ? decodeTexAccents(out) : out.normalize('NFC');
}

/** The name a paper gives itself in its title: the part before a colon, when short enough to be a name. */
export function titleOwnName(title: string): string | undefined {
  const colon = title.indexOf(':');
  if (colon <= 0) return undefined;
  const head = title.slice(0, colon).trim();
  const words = head.split(/\s+/);
  if (!head || words.length > 4 || head.length > 40) return undefined;
  // (a phrase is no name: "Beyond Words: …", "The Dynamic Prior: …", "Back to Basics: …"; "Object Pose Transformer: …"
  // is one)
  if (words.length > 1 && (NOT_NAME_OPENING.test(words[0]!) || words.some((w) => PHRASE_WORD.test(w)))) return undefined;
  return head;
}

/** Function words and possessives, which a name of several title-case words does not hold. */
const PHRASE_WORD = /^(?:the|The|a|A|an|An|of|to|in|on|for|from|with|and|or|at|by|is|are|as|into)$|['’]s$/;

/** Words a title's heading opens with when it is a phrase, not a name. */
const NOT_NAME_OPENING = /^(?:Beyond|Towards?|When|Why|How|What|Which|Can|Could|Do|Does|Is|Are|Should|Rethinking|Revisiting|On|From|Not|Less|More|All|Learning|Understanding|Improving|Enhancing|Exploring|Evaluating)$/;

function flattenMath(math: string): string {
  return math
    .replace(/\\([A-Za-z]+)/g, (whole, name: string) => SYMBOLS[name] ?? (name.length > 1 ? '' : whole))
    .replace(/[\^_]/g, '')
    .replace(/[{}]/g, '')
    .replace(/\\,|\\;|\\!|\\ /g, ' ')
    .replace(/\\/g, '');
}

/**
 * `$$…$$`, `$…$` and `\(…\)` replaced by `flatten` ({@link flattenMath}) of their content, left to right: what
 * `text.replace(/\$\$([^$]*)\$\$|\$([^$]*)\$|\\\(([^]*?)\\\)/g, …)` does, without that regex's search to the end of
 * the text for every "\(" that no "\)" follows (quadratic in a long text with many of them).
 */
export function replaceMath(text: string, flatten: (math: string) => string = flattenMath): string {
  const lastClose = text.lastIndexOf('\\)');
  const parts: string[] = [];
  let from = 0; // text before this offset is in parts
  let i = 0; // where the next match may start
  let dollar = -2; // the first '$' at or after i (-1: none; -2: not searched yet)
  let paren = -2; // the first '\(' at or after i that a '\)' follows (-1: none)
  for (;;) {
    if (dollar !== -1 && dollar < i) dollar = text.indexOf('$', i);
    if (paren !== -1 && paren < i) {
      paren = text.indexOf('\\(', i);
      if (paren >= lastClose - 1) paren = -1; // "\(" needs a "\)" after it
    }
    if (dollar < 0 && paren < 0) break;
    const at = paren < 0 || (dollar >= 0 && dollar < paren) ? dollar : paren;
    let content: string | undefined;
    let end = -1;
    if (at === dollar) {
      if (text.charCodeAt(at + 1) === 36) {
        // "$$…$$" when the next '$' after "$$" starts another "$$"; else the empty "$…$" that "$$" is
        const close = text.indexOf('$', at + 2);
        if (close >= 0 && text.charCodeAt(close + 1) === 36) (content = text.slice(at + 2, close)), (end = close + 2);
        else (content = ''), (end = at + 2);
      } else {
        const close = text.indexOf('$', at + 1);
        if (close < 0) dollar = -1; // no '$' after this one: no "$…$" from here on
        else (content = text.slice(at + 1, close)), (end = close + 1);
      }
    } else {
      const close = text.indexOf('\\)', at + 2);
      content = text.slice(at + 2, close);
      end = close + 2;
    }
    if (content === undefined) continue;
    parts.push(text.slice(from, at), flatten(content));
    from = i = end;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Plain text of a LaTeX-bearing title or abstract. `ownName` replaces `\name`-style macros, and `\dataset`-style ones
 * when `titleNamesData` (the title calls its work a benchmark or dataset), when the name is shaped as data, or when no
 * `\name`-style macro is in the text. Paragraph breaks (blank lines) survive; hard line breaks inside a paragraph
 * become spaces.
 */
export function normalizeLatex(text: string, ownName?: string, titleNamesData = false): string {
  if (!/[\\$~{}\n`]/.test(text)) return text.replace(/[ \t]{2,}/g, ' ').trim();
  let out = decodeTexAccents(text.replace(/\r\n?/g, '\n'));
  // Most abstracts hold nothing but line breaks: none of the replacements below could apply.
  if (!/[\\$~{}`]|''/.test(out)) return paragraphs(out);
  // (a data macro is the title's name when that name or the title says it is data, or when no own-name macro of a
  // method or model is there to take the title's name: "WeatherSyn: An Instruction Tuning MLLM" with `\ModelNameL` and
  // `\DatasetNameL` names only the model)
  let ownMacro = false;
  if (ownName) {
    out = out.replace(OWN_NAME_MACROS, (_m, space: string | undefined) => {
      ownMacro = true;
      return space ? `${ownName} ` : ownName;
    });
  }
  const dataName = ownName !== undefined && (DATA_NAME.test(ownName) || titleNamesData || !ownMacro) ? ownName : '';
  out = out.replace(DATA_NAME_MACROS, (_m, space: string | undefined) => (space && dataName ? `${dataName} ` : dataName));
  out = out.replace(DROPPED, '').replace(FONT_SWITCHES, '');
  out = expandArgumentCommands(out);
  out = replaceMath(out);
  out = out
    .replace(/\\([%&_#$])/g, '$1')
    .replace(/``|''/g, '"')
    .replace(/`/g, "'")
    .replace(/(?<!\\)~/g, ' ')
    .replace(/\\([A-Za-z]+)(?![A-Za-z])\s?/g, unknownCommand)
    .replace(/\\[ ,;!]/g, ' ')
    .replace(/[{}]/g, '');
  return paragraphs(out);
}

/** Paragraphs (split at blank lines) with their whitespace collapsed, joined by one blank line. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    // = replace(/\s+/g, ' '), without rewriting every single space
    .map((paragraph) => paragraph.replace(/\s\s+|[^\S ]/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

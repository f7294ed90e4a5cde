/**
 * BibTeX and BibLaTeX (arXiv's export, Google Scholar, Zotero/Better BibTeX, hand-written files), parsed by
 * @retorquere/bibtex-parser: the one parser measured that reads every name form of the fixtures right, decodes LaTeX
 * accents to Unicode, resolves `@string`s, exposes `eprint`, and reports a broken entry by line while keeping the
 * others (test/fixtures/formats/README.md). Its parsing is synchronous, so core's stays so; but it is large (~570 KB
 * minified, mostly LaTeX↔Unicode tables), so it is not imported with core: the format's `load()` brings it in
 * (the CLI awaits it before reading a .bib, the viewer when a .bib is dropped, and only then fetches the chunk).
 *
 * What the parser leaves to us: names it returns for `others`/`et al.`, HTML markup it makes of `\emph`/`\url`,
 * `ı` + combining accent from `{\'\i}` (which NFC does not compose), the non-standard `{\:o}` umlaut, which entry
 * an error belongs to (it returns the broken entry too, with the fields read before the break) and where that entry
 * starts (its error names where it gave up: the end of the file, for an unclosed brace), and a command it does not
 * know: it keeps `\foo` but, as TeX reads, eats the space after it (`\foo macro` → `\foomacro`). It also reads values
 * as LaTeX would, where BibTeX itself does not: a `%` in a value as a comment, a `$` never closed as an error that costs
 * the entry, and only LF as a line end; those are undone around it (keepPercents, loneDollarOffset, the CR handling).
 *
 * Exporters' own habits are read here too (test/fixtures/formats/bibtex/SOURCES.md has a file of each): NASA ADS's
 * journal macros and paragraph marks, Semantic Scholar's `volume = {abs/…}`, Mendeley's `arxivId`, ACM's and
 * SpringerLink's DOI keys and SpringerLink's `day`, arXiv's latest-version year, and volumes (crossref parents,
 * the ACL Anthology's `@proceedings`) that are no papers.
 */
import type { Creator, Entry, Options } from '@retorquere/bibtex-parser';
import { monthOfName, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl, normalizeArxivId } from './ids.ts';
import { decodeCharacterReferences, richText, undoWebOfScienceEscapes, webOfScienceApproximations } from './markup.ts';
import { databaseName, isLeftOutAuthors, isNameSuffix } from './names.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';
import { lineCounter } from './text-lines.ts';
import { withoutOriginalTitle } from './titles.ts';
import { keepRead, preprintDate, setDate, setVolume } from './records.ts';

type BibtexParser = typeof import('@retorquere/bibtex-parser').parse;
/** The library's parse function once `load()` brought it in: loaded code, the same for every input. */
let parseBibtexLibrary: BibtexParser | undefined;

/** Brings in the BibTeX parser (a dynamic import: a chunk of its own in the viewer's bundle). */
async function loadBibtexParser(): Promise<void> {
  parseBibtexLibrary ??= (await import('@retorquere/bibtex-parser')).parse;
}

const ENTRY_START = /^[ \t]*@[A-Za-z]+[ \t]*[{(]/m;
const ENTRY_TYPES = /^[ \t]*@(?:article|inproceedings|conference|misc|book|incollection|inbook|phdthesis|mastersthesis|thesis|techreport|report|online|unpublished|proceedings|manual|booklet|electronic|software|dataset|string|preamble|comment)[ \t]*[{(]/im;

/**
 * The text outside Markdown code fences (```` ``` ```` or `~~~` lines): a README quoting its BibTeX citation in one is
 * Markdown, not BibTeX.
 */
function outsideCodeFences(head: string): string {
  if (!/^[ \t]*(?:```|~~~)/m.test(head)) return head;
  let inFence = false;
  return head
    .split('\n')
    .filter((line) => {
      if (/^[ \t]*(?:```|~~~)/.test(line)) {
        inFence = !inFence;
        return false;
      }
      return !inFence;
    })
    .join('\n');
}

/**
 * A file whose first entry-like line is a BibTeX entry of a known type is BibTeX; any `@word{` line makes it likely.
 * Entries inside Markdown code fences do not count.
 */
function sniffBibtex(text: string): number {
  const head = outsideCodeFences(text);
  const firstLine = head.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('%'));
  if (firstLine !== undefined && ENTRY_TYPES.test(firstLine)) return 1;
  if (ENTRY_TYPES.test(head)) return 0.95;
  return ENTRY_START.test(head) ? 0.6 : 0;
}

/**
 * BibTeX itself reads a `%` inside a value as a percent sign (`accuracy improved by 5% over …`), but the parser follows
 * LaTeX and drops the rest of the line as a comment: every unescaped `%` inside a braced or quoted value becomes a
 * stand-in of the same length (restored by `plain`). A `%` between entries or between fields stays a comment.
 */
function keepPercents(text: string): string {
  if (!text.includes('%')) return text;
  const out = text.split('');
  let inEntry = false;
  let depth = 0;
  let quoted = false;
  for (let index = 0; index < out.length; index++) {
    const char = out[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (!inEntry) {
      if (char === '%') {
        // A comment line between entries: skip to its end.
        const end = text.indexOf('\n', index);
        index = end < 0 ? out.length : end;
      } else if (char === '@') {
        const open = /^@\s*[A-Za-z]+\s*([{(])/.exec(text.slice(index, index + 64));
        if (open) {
          inEntry = true;
          depth = 1;
          quoted = false;
          index += open[0].length - 1;
        }
      }
      continue;
    }
    if (char === '%' && (depth >= 2 || quoted)) out[index] = LITERAL_PERCENT;
    else if (char === '"' && depth === 1) quoted = !quoted;
    else if (char === '{') depth++;
    else if (char === '}' || (char === ')' && depth === 1 && !quoted)) {
      depth--;
      if (depth === 0) inEntry = false;
    } else if (char === '%' && depth === 1 && !quoted) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? out.length : end;
    }
  }
  return out.join('');
}

/**
 * A key holds no space in BibTeX, but Scopus writes one when the first author is missing (`@article{Conference
 * paper2022775,`) and the parser then gives up on the entry: the spaces become `_` (same length).
 */
function joinSpacedKeys(text: string): string {
  // (an entry may open right after the one before closes, on its line: `}@ARTICLE{A D2023,`)
  return text.replace(/(?:^|(?<=\}))([ \t]*@[ \t]*(?!(?:string|comment|preamble)\b)[A-Za-z]+[ \t]*[{(][ \t]*)([^,\s{}()="#%'~]+(?:[ \t]+[^,\s{}()="#%'~]+)+)[ \t]*,/gim, (match, open: string, key: string) =>
    `${open}${key.replace(/[ \t]/g, '_')}${match.slice(open.length + key.length)}`,
  );
}

/**
 * A field name holds no space either, but Scopus numbers its repeated funding texts with one, a no-break space
 * (`funding_text 1={…}, funding_text 2={…}`), and the parser then gives up on the entry: the space becomes `_` (same
 * length).
 */
function joinSpacedFieldNames(text: string): string {
  return text.replace(/^([ \t]*[A-Za-z][A-Za-z_]*)([ \t\u00a0]+)(\d+[ \t]*=[ \t]*[{"])/gm, (_match, name: string, space: string, rest: string) => `${name}${'_'.repeat(space.length)}${rest}`);
}

/**
 * Characters of a key (up to its comma) that the parser refuses, though BibTeX takes them: symbols and punctuation
 * outside ASCII (`¿`, `–`, `’`, `©`), invisible ones (the soft hyphen U+00AD, a zero-width or no-break space),
 * combining accents, digits other than 0–9, and the ASCII `!?`<>|@$^()#~`. Such a key (a GBK file read as Latin-1 makes
 * one of `凯撒2013`) cost the parser the whole entry: they become `_`, one per UTF-16 unit (same length).
 */
const KEY_REFUSED = /[^\p{L}0-9\x21-\x7e]|[!?`<>|@$^()#~]/gu;

function readableKeys(text: string): string {
  // (a key in an entry opened by `{` may hold `(`, `)`, `#` and `~` too: `smith(2020)`, BibTeX takes them)
  return text.replace(
    /(?:^|(?<=\}))([ \t]*@[ \t]*(?!(?:string|comment|preamble)\b)[A-Za-z]+[ \t]*(?:\{[ \t]*([^,\n{}="%]+?)|\([ \t]*([^,\n{}()="#%~]+?)))([ \t]*,)/gim,
    (_match, open: string, braced: string | undefined, parenthesised: string | undefined, comma: string) => {
      const key = braced ?? parenthesised!;
      return `${open.slice(0, open.length - key.length)}${key.replace(KEY_REFUSED, (char) => '_'.repeat(char.length))}${comma}`;
    },
  );
}

/**
 * NASA ADS writes the paragraph breaks of an abstract as `\textbackslash\textbackslash` (LaTeX's `\\`, escaped), glued
 * to the next word (`\textbackslash\textbackslashHere we describe`), and ends its abstracts with one: spaces instead,
 * of the same length.
 */
function adsParagraphs(text: string): string {
  return text.replace(/\\textbackslash\s*\\textbackslash/g, (match) => ' '.repeat(match.length));
}

/**
 * References and notes inside a value (`\cite{vaswani2017}` in an abstract, `\footnote{…}`/`\thanks{…}` in a title)
 * print no text of the paper's: the command with its argument becomes spaces of the same length.
 */
function dropCitations(text: string): string {
  return text.replace(/\\(?:cite[a-zA-Z]*|[a-z]*ref|label|footnote|thanks)\*?(?:\[[^\]\n]*\])*\{[^{}]*\}/g, (match) => ' '.repeat(match.length));
}

/** Initials as a given name, as the short forms of databases write them: `SR`, `K`, `EAM`, `J.`, `A.-B.`. */
const GIVEN_INITIALS = /^(?:\p{Lu}[.-]?\s?){1,4}$/u;

/**
 * Top-level pieces of a value between commas (a comma inside braces, `{Smith, Jones and Co}`, is no separator).
 */
function topLevelCommaPieces(value: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === ',' && depth === 0) {
      pieces.push(value.slice(start, index));
      start = index + 1;
    }
  }
  pieces.push(value.slice(start));
  return pieces;
}

/**
 * A BibTeX name holds at most two commas (`von Last, Jr, First`), but the Cochrane Library's export writes the people
 * of an author list as `Last, Initials` pairs between commas, only the last after an `and` (`Smith, SR, Newton, K,
 * Hill, PJ, and Young, T`): the parser reads the pairs as one name and drops most of it. A name of four pieces or more,
 * an even number where every second piece is initials, is those pairs, and they get their `and`s back.
 */
function pairedNames(list: string): string {
  return list
    .split(/(\s+and\s+)/)
    .map((name, index) => {
      if (index % 2 === 1) return name;
      const pieces = topLevelCommaPieces(name);
      if (pieces.length > 2 && pieces[pieces.length - 1]!.trim() === '') pieces.pop();
      if (pieces.length < 4 || pieces.length % 2 !== 0) return name;
      const pairs: string[] = [];
      for (let at = 0; at < pieces.length; at += 2) {
        const family = pieces[at]!.trim();
        const given = pieces[at + 1]!.trim();
        if (!/\p{L}/u.test(family) || !GIVEN_INITIALS.test(given)) return name;
        pairs.push(`${family}, ${given}`);
      }
      return `${/^\s*/.exec(name)![0]}${pairs.join(' and ')}${/\s*$/.exec(name)![0]}`;
    })
    .join('');
}

/**
 * The `author` and `editor` fields whose names are `Last, Initials` pairs between commas, rewritten with `and`s
 * ({@link pairedNames}). Lines stay where they were: only commas on a line become ` and `.
 */
function pairCommaSeparatedNames(text: string): string {
  if (!/,\s*\p{Lu}[\p{Lu}.-]{0,7},/u.test(text)) return text;
  let out = '';
  let last = 0;
  const field = /^[ \t]*(?:author|editor)[ \t]*=[ \t]*([{"])/gim;
  for (let match = field.exec(text); match; match = field.exec(text)) {
    const open = match.index + match[0].length;
    let depth = match[1] === '{' ? 1 : 0;
    let end = open;
    for (; end < text.length; end++) {
      const char = text[end];
      if (char === '\\') end++;
      else if (char === '{') depth++;
      else if (char === '}') {
        if (depth === (match[1] === '{' ? 1 : 0)) break;
        depth--;
      } else if (char === '"' && match[1] === '"' && depth === 0) break;
    }
    if (end >= text.length) break;
    out += text.slice(last, open) + pairedNames(text.slice(open, end));
    last = end;
    field.lastIndex = end;
  }
  return out + text.slice(last);
}

/**
 * ScienceDirect's BibTeX export escapes the braces that protect a word's capitals (`\{EEG\} characteristics`, `\{THE\}
 * \{CURRENT\}`), which LaTeX would print as braces: a word alone between escaped braces is a protected word. Braces
 * around anything else (a set, `\{0,1\}`) stay as written.
 */
function unescapedCaseBraces(text: string): string {
  return text.includes('\\{') ? text.replace(/\\\{([\p{L}\p{N}-]+)\\\}/gu, '{$1}') : text;
}

/**
 * What says a file was written by Mendeley, which escapes the LaTeX its fields hold as if it were text: a brace as
 * `{\{}` or `{\}}`, and a backslash as `$\backslash$` (before an accent: `R$\backslash$'enyi`) or, between the `{\$}`
 * it writes for a dollar, as `\backslash` run into the command's name (`\backslashrho`, which LaTeX does not know).
 */
const MENDELEY_ESCAPES = /\{\\[{}]\}|\\backslash[A-Za-z]|\$\\backslash\$['"`^~=.]/;

/** TeX commands that start with `n`: `$\backslash$n` before any other word is a line break Mendeley escaped (`\n`). */
const N_COMMANDS = /^(?:nu|ne|neq|nabla|neg|not|ni|newline|noindent|nonumber|nolimits|natural|nexists|nleq|ngeq|nless|ngtr|nmid|nsim|nsubseteq|nsupseteq|nparallel|nearrow|nwarrow|normalsize|nobreak)$/;

/**
 * Mendeley's escaping undone, in a file that has it (MENDELEY_ESCAPES): `$\backslash$` and `\backslash` are a
 * backslash again, `{\{}` and `{\}}` braces, and a pair of `{\$}` on one line math again, its `{\_}`, `{\^{}}` and
 * `{\~{}}` the characters — so `Szemer$\backslash$'{\{}e{\}}di` reads `Szemerédi`, `{\{}O{\}}(1)` reads `O(1)` and
 * `{\$}\backslashrho{\_}{\{}AB{\}}{\$}` reads `ρ_AB`. A `\n` that starts no TeX command (`some$\backslash$ngeneralized`)
 * was a line break: a space. A lone `{\$}` stays a dollar sign, `{\_}` outside math an underscore. No line is
 * joined to another: the lines of the file stay where they are.
 */
function undoMendeleyEscapes(text: string): string {
  if (!MENDELEY_ESCAPES.test(text)) return text;
  return text
    .replace(/\$\\backslash\$n([A-Za-z]*)/g, (_whole, rest: string) => (N_COMMANDS.test(`n${rest}`) ? `\\n${rest}` : ` ${rest}`))
    .replace(/\$\\backslash\$|\\backslash/g, '\\')
    .replace(/\{\\([{}])\}/g, '$1')
    .replace(/\{\\\$\}([^\n]*?)\{\\\$\}/g, (_whole, math: string) => `$${math.replace(/\{\\_\}/g, '_').replace(/\{\\([~^])\{\}\}/g, '$1')}$`);
}

/** `{\:o}` (not LaTeX, but written for ö) becomes `{\"o}`; any other `\:` is left alone. */
function repairUmlauts(text: string): string {
  return text.replace(/\{\\:([A-Za-z])\}|\\:\{([A-Za-z])\}/g, (_match, a?: string, b?: string) => `{\\"${a ?? b}}`);
}

/**
 * Follows every command the parser does not know, which it keeps as written (`\foo`): TeX ends a command name at the
 * first non-letter and skips the spaces after it, so a letter right after the command was written after a space, `{}`
 * or a group (`\foo macro`, `\foo{}macro`, `\foo{arg}`), and gets a space back; so does a next command (`\ie \eg`),
 * for reading. A private-use character: no BibTeX text holds one, and `plain` takes every one out.
 */
const KEPT_COMMAND_END = '\ue000';

/**
 * A `$` that opens math never closed (`efficiency of 1.8% … for Cu-Cu$ MIS cells`, a price in an abstract): the parser
 * gives up on the whole entry, so the entry is read again with that `$` as this private-use stand-in, and it comes back
 * as the dollar sign written.
 */
const LONE_DOLLAR = '\ue001';
/** A `{` never closed in a field of one line, read again as this stand-in, which comes back as nothing. */
const STRAY_BRACE = '\ue003';
/** A `%` inside a field's value, kept from the parser (which reads it as a comment, as LaTeX would) and restored. */
const LITERAL_PERCENT = '\ue002';

/**
 * `<` and `>` as written in the file: the parser prints them as TeX's OT1 font would, `¡` and `¿` (Web of Science's
 * `Title = {Why <i>Nature</i> will not …}` came out `Why ¡i¿Nature¡/i¿`), so they are kept from it as these stand-ins.
 */
const LESS_THAN = '\ue004';
const GREATER_THAN = '\ue005';

function restoreKeptCommands(value: string): string {
  return value
    .replace(/\ue000(?=[\p{L}\\])/gu, ' ')
    .replace(/\ue000/g, '')
    .replaceAll(LONE_DOLLAR, '$')
    .replaceAll(LITERAL_PERCENT, '%')
    .replaceAll(STRAY_BRACE, '')
    .replaceAll(INNER_QUOTE, '"')
    .replaceAll(LESS_THAN, '<')
    .replaceAll(GREATER_THAN, '>');
}

/** A `"` inside a `"…"` value, kept from the parser (it ended the value there) and restored. */
const INNER_QUOTE = '\ue006';

const FIELD_START = /^[ \t]*[A-Za-z][\w-]*[ \t]*=[ \t]*/;
const VALUE_ENDS = /^[ \t]*(?:[A-Za-z][\w-]*[ \t]*=|[})][ \t]*,?[ \t]*$|@)/;

/**
 * BibTeX ends a `"…"` value at the first `"` outside braces, so a quote inside one must be braced (`{"}`); some
 * exporters write it bare (`title = "The "smart" city",`), and the parser then loses the entry. In a field that
 * starts a line, the value's own closing quote is the last one before the next field, the entry's end or the next
 * entry; a bare `"` before it is text, kept from the parser as a stand-in (same length). A value joined to another by
 * `#` is left as written.
 */
function keepInnerQuotes(text: string): string {
  if (!/^[ \t]*[A-Za-z][\w-]*[ \t]*=[ \t]*"/m.test(text)) return text;
  const lines = text.split('\n');
  const out = text.split('');
  let offset = 0;
  const starts = lines.map((line) => {
    const at = offset;
    offset += line.length + 1;
    return at;
  });
  for (let index = 0; index < lines.length; index++) {
    const field = FIELD_START.exec(lines[index]!);
    if (!field || lines[index]![field[0].length] !== '"') continue;
    let last = index + 1;
    while (last < lines.length && !VALUE_ENDS.test(lines[last]!)) last++;
    const open = starts[index]! + field[0].length;
    const end = last < lines.length ? starts[last]! : text.length;
    const quotes: number[] = [];
    let depth = 0;
    for (let at = open + 1; at < end; at++) {
      const char = text[at];
      if (char === '\\') at++;
      else if (char === '{') depth++;
      else if (char === '}') depth = Math.max(0, depth - 1);
      else if (char === '"' && depth === 0) quotes.push(at);
    }
    const close = quotes[quotes.length - 1];
    if (close === undefined || quotes.length < 2 || !/^[ \t]*[,})]?[ \t]*\r?$/.test(text.slice(close + 1, text.indexOf('\n', close) < 0 ? text.length : text.indexOf('\n', close)))) continue;
    if (/"\s*#\s*"/.test(text.slice(open, close + 1))) continue;
    for (const at of quotes.slice(0, -1)) out[at] = INNER_QUOTE;
    index = last - 1;
  }
  return out.join('');
}

/** The `<` and `>` of a text, as {@link LESS_THAN} and {@link GREATER_THAN} (same length). */
function keepAngleBrackets(text: string): string {
  return /[<>]/.test(text) ? text.replace(/[<>]/g, (char) => (char === '<' ? LESS_THAN : GREATER_THAN)) : text;
}

/**
 * Web of Science wraps its BibTeX lines at about 70 characters wherever they fall, also between an escape's backslash
 * and the brace it escapes (`\end\{document\` at a line's end, `}` on the next): the parser read the backslash and the
 * line break as a control space, and the brace as the end of the field, losing the entry. The backslash moves to the
 * brace (same length, the lines where they were).
 */
function joinWrappedEscapes(text: string): string {
  return text.includes('\\\n') || text.includes('\\\r\n')
    ? text.replace(/\\(\r?\n)([ \t]+)([{}])/g, (_whole, end: string, indent: string, brace: string) => ` ${end}${indent.slice(1)}\\${brace}`)
    : text;
}

/**
 * The tags of the parser's HTML markup (`\emph` → `<i>`, `\textsc` → `<span …>`, `\url` → `<a …>`): only these go, so
 * an address written `$\lt$lucy@astro.columbia.edu$\gt$` (NASA ADS) stays.
 */
const MARKUP_TAG = /<\/?(?:i|b|em|strong|sup|sub|code|tt|u|span|a)(?:\s[^>]*)?>/gi;

/** The parser's output as plain text: its HTML markup removed, dotless i/j with an accent made a plain accented letter, NFC. */
function plain(value: string | undefined): string {
  if (!value) return '';
  // HTML entities some databases leave in their BibTeX (Web of Science: `title&apos;s`, `&#169;`)
  // (the parser's own markup goes first; then the file's, as written or escaped — ACM's `&lt;italic&gt;a
  // Priori&lt;/Italic&gt;`, `<inline-formula>` — read as text)
  return richText(decodeCharacterReferences(undoWebOfScienceEscapes(restoreKeptCommands(value.replace(MARKUP_TAG, '')))))
    .replace(/ı(?=[\u0300-\u036f])/g, 'i')
    .replace(/ȷ(?=[\u0300-\u036f])/g, 'j')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}


/** A name part with a letter or digit in it: NASA ADS writes a missing surname as `{.}` and a cut list as `{}, . . .`. */
const NAME_TEXT = /[\p{L}\p{N}]/u;

/**
 * A doubled separator (`Smith, John and and Doe, Jane`: an empty name to BibTeX) leaves its second `and` at the start
 * of the next name, where the parser reads it as a von part (`Jane and Doe`) or a first name (`and Jane Doe`).
 */
const STRAY_AND = /^(?:and(?:\s+|$))+/;

function personName(creator: Creator): string | undefined {
  // `Smith, SR`, `Newton, K` (the Cochrane Library's short forms): initials in capitals, spelt as the databases' short
  // forms are (`S. R. Smith`), so the person is one author with them; not `Sr.` either.
  const given = plain(creator.firstName);
  if (creator.name === undefined && creator.prefix === undefined && creator.suffix === undefined && /^\p{Lu}{1,4}$/u.test(given) && creator.lastName) {
    return databaseName(`${plain(creator.lastName)}, ${given}`);
  }
  // Scopus writes a person whose family name it lacks as the initials first (`A D, Wable`): initials as the family
  // name and one word as the given name are that word's person, `A. D. Wable`.
  const last = plain(creator.lastName);
  if (creator.name === undefined && creator.prefix === undefined && /^(?:\p{Lu}\.?\s*){1,3}$/u.test(last) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(given)) {
    return `${[...last.replace(/[.\s]/g, '')].map((initial) => `${initial}.`).join(' ')} ${given}`;
  }
  // `Articlewriter, Laura, III` is `Last, Jr, First` to BibTeX, but the exporter meant `Last, First, Jr`.
  const swapped = isNameSuffix(given) && !isNameSuffix(plain(creator.suffix));
  const [first, suffix] = swapped ? [creator.suffix, creator.firstName] : [creator.firstName, creator.suffix];
  const lead = (part: string | undefined) => part?.replace(STRAY_AND, '');
  const name =
    creator.name !== undefined
      ? plain(creator.name)
      : [first === creator.firstName ? lead(first) : first, lead(creator.prefix), creator.lastName, suffix]
          .map(plain)
          .filter((part) => NAME_TEXT.test(part))
          .join(' ');
  // (`A and and and B`: the middle `and` is a name of its own to the parser)
  return NAME_TEXT.test(name) && !isLeftOutAuthors(name) && name !== 'and' ? name : undefined;
}

/** `11`, `nov`, `November` (a `@string` may spell it out) → 11. */
function monthNumber(value: string | undefined): number | undefined {
  const text = value?.trim().toLowerCase().replace(/^\d{1,2}\s+(?=[a-z])/, '');
  if (!text) return undefined;
  if (/^\d{1,2}$/.test(text)) return Number(text) >= 1 && Number(text) <= 12 ? Number(text) : undefined;
  return monthOfName(text);
}

/** The day written in a `month` field beside the month's name: Web of Science's `JUL 15`, `15 Jul`, `Jul. 15`. */
function dayInMonth(value: string | undefined): string | undefined {
  return (/^\s*[A-Za-z]{3,}\.?\s+(\d{1,2})\s*$/.exec(value ?? '') ?? /^\s*(\d{1,2})\s+[A-Za-z]{3,}\.?\s*$/.exec(value ?? ''))?.[1];
}

/**
 * A field the parser keeps verbatim (`doi`, `url`) without the backslashes that make `_ % & # $` printable to LaTeX:
 * dblp writes every Springer DOI as `10.1007/978-3-662-43652-3\\_20`.
 */
function verbatim(value: string | undefined): string | undefined {
  return value?.replace(/\\([_%&#$])/g, '$1');
}

/** BibLaTeX `date`, else `year` with `month` when it has one. */
function entryDate(fields: Record<string, string>): string | undefined {
  // A biblatex range (`2019-05-01/2019-06-01`, `2019/`) is dated by its start; EDTF's `~`/`?` marks are dropped.
  const date = parseDate(fields['date']?.split('/')[0]?.replace(/[~?%]+\s*$/, ''));
  if (date) return date;
  // `2020a` (a bibliography telling two works of a year apart) and `2019--2020` (a range) are dated by their year.
  const year = /^\s*(\d{4})(?:[a-z]|\s*(?:-+|–|\/)\s*\d{2,4})?\s*$/.exec(fields['year'] ?? '')?.[1];
  if (!year) return undefined;
  const month = monthNumber(fields['month']);
  if (!month) return parseDate(year);
  // SpringerLink writes the day apart: `month="Jan", day="27"`; Web of Science after the month: `month = {JUL 15}`.
  const day = /^\s*(\d{1,2})\s*$/.exec(fields['day'] ?? '')?.[1] ?? dayInMonth(fields['month']);
  const pad = (value: number | string) => String(value).padStart(2, '0');
  return (day ? parseDate(`${year}-${pad(month)}-${pad(day)}`) : undefined) ?? parseDate(`${year}-${month}`);
}

/** arXiv's own BibTeX: `eprint` + `archivePrefix`/`eprinttype` = arXiv; Google Scholar's: `journal = {arXiv preprint arXiv:…}`. */
function entryArxivId(fields: Record<string, string>, doi: string | undefined): string | undefined {
  const archive = (fields['archiveprefix'] ?? fields['eprinttype'] ?? '').trim();
  const eprint = fields['eprint']?.trim();
  if (eprint && (/^arxiv$/i.test(archive) || (!archive && /^(?:arxiv:)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i.test(eprint)))) {
    const id = normalizeArxivId(eprint);
    if (id) return id;
  }
  // Mendeley Desktop writes `arxivId = {1610.04325}` beside `archivePrefix`, often without `eprint`.
  const mendeley = fields['arxivid'] ? normalizeArxivId(fields['arxivid']) : undefined;
  if (mendeley) return mendeley;
  // Semantic Scholar's "Cite" and dblp's older CoRR entries: `journal = {ArXiv}` (or `CoRR`), `volume = {abs/1706.03762}`.
  if (/^(?:arxiv|corr)$/i.test(plain(fields['journal'])) && /^abs\//i.test(fields['volume']?.trim() ?? '')) {
    const id = normalizeArxivId(fields['volume']!.trim().slice(4));
    if (id) return id;
  }
  return (
    arxivIdFromDoi(doi) ??
    arxivIdFromUrl(verbatim(fields['url'])) ??
    ['journal', 'journaltitle', 'note', 'howpublished', 'volume', 'number', 'eprint'].map((field) => arxivIdInText(fields[field])).find((id) => id !== undefined)
  );
}

/** The venue, unless the "journal" only says it is an arXiv preprint (the arXiv id says that). */
function entryVenue(fields: Record<string, string>): string | undefined {
  const venue = plain(fields['journal'] ?? fields['journaltitle'] ?? fields['booktitle']);
  if (!venue || /^(?:arxiv\b|arxiv preprint|computing research repository|corr\b)/i.test(venue) || /^ar\{?x\}?iv[: ]/i.test(venue)) return undefined;
  return venue;
}

/** `primaryClass = {cs.CL}` is arXiv's category; Zotero's `{cs, stat}` lists archives, not categories. */
function entryCategories(fields: Record<string, string>): string[] | undefined {
  const categories = (fields['primaryclass'] ?? '').split(/[\s,]+/).filter((term) => /^[a-z-]+\.[A-Za-z-]+$/.test(term));
  return categories.length > 0 ? categories : undefined;
}

/** Every field of an entry read as text, without the kept-command marks (creators go through `plain`). */
function textFields(entry: Entry): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(entry.fields)) if (typeof value === 'string') fields[name] = restoreKeptCommands(value);
  return fields;
}

/** BibLaTeX splits a title from its `subtitle` (`The True Frontier` + `Confronting and Avoiding …`): one title again. */
function fullTitle(fields: Record<string, string>): string {
  // (Scopus appends the original-language title: `Sheet Metal Forming, Prospects Report 2022; [板材成形 2022 年報告]`)
  const title = withoutOriginalTitle(plain(fields['title']), false);
  const subtitle = plain(fields['subtitle']);
  if (!title || !subtitle) return title;
  return /[.:?!]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

/**
 * The DOI: the `doi` field, else a key that is a DOI (ACM's and SpringerLink's exports key entries by DOI, and
 * SpringerLink's chapters carry no `doi` field). NASA ADS has written two DOIs run together
 * (`10.1140/epjc/s10052-020-7683-610.48550/arXiv.1912.06970`): the first is the paper's.
 */
function entryDoi(fields: Record<string, string>, key: string): string | undefined {
  const written = verbatim(fields['doi'])?.trim();
  if (written) {
    const start = written.search(/10\.\d{4,9}\//);
    const second = start < 0 ? -1 : written.slice(start + 3).search(/10\.\d{4,9}\//);
    return recordDoi(second < 0 ? written : written.slice(0, start + 3 + second));
  }
  return /^10\.\d{4,9}\/\S+$/.test(key) ? recordDoi(key) : undefined;
}

/** An abstract, without what databases write where they have none (NASA ADS: `Not Available`). */
function entryAbstract(fields: Record<string, string>): string {
  // The heading some exporters keep: ScienceDirect's glued to the first word (`AbstractObjective Applying …`), the
  // Cochrane Library's `Abstract - Background …`.
  const abstract = plain(fields['abstract']).replace(/^Abstract(?:(?=\p{Lu}\p{Ll})|\s*[-–:]\s+)/u, '');
  return /^not available\.?$/i.test(abstract) ? '' : abstract;
}

/** Entry types of a volume rather than a paper: edited, with papers of its own. */
const VOLUME_TYPES = new Set(['proceedings', 'mvproceedings', 'collection', 'mvcollection', 'book', 'mvbook']);

function recordFromEntry(entry: Entry, source: { file: string; line: number; record: number }, parent?: Entry, children = 0): PaperRecord | string {
  const fields = textFields(entry);
  const title = fullTitle(fields);
  if (!title) {
    const members = plain(fields['entryset']);
    if (entry.type.toLowerCase() === 'set' && members) return `entry ${entry.key} is a biblatex @set of ${members} (read as those entries), not a paper of its own`;
    return `entry ${entry.key || '(no key)'} has no title`;
  }
  const authors = ((entry.fields.author ?? []) as Creator[]).map(personName).filter((name): name is string => name !== undefined);
  // A volume without authors is not a paper: dblp's `@proceedings` that its papers `crossref`, the ACL Anthology's
  // volume entries (editors only), the edited book a bibliography's chapters point to. NASA ADS writes some
  // conference papers as `@PROCEEDINGS` with neither authors nor editors: those are kept.
  const type = entry.type.toLowerCase();
  const edited = ((entry.fields.editor ?? []) as Creator[]).length > 0;
  if (authors.length === 0 && VOLUME_TYPES.has(type) && (children > 0 || (edited && type.endsWith('proceedings')))) {
    const why = children > 0 ? `the volume that ${children === 1 ? '1 entry points' : `${children} entries point`} to by crossref (its fields are read into them)` : 'a proceedings volume (editors, no authors)';
    return `entry ${entry.key} is ${why}, not a paper of its own`;
  }
  // Web of Science's BibTeX (`@article{ WOS:001196385300005,`, `Unique-ID = {WOS:…}`) writes `~` and `≈` in words.
  const fromWebOfScience = /^(?:WOS|ISI):/i.test(entry.key.trim()) || /^(?:WOS|ISI):/i.test(fields['unique-id']?.trim() ?? '');
  const abstract = entryAbstract(fields);
  const record: PaperRecord = {
    title: fromWebOfScience ? webOfScienceApproximations(title) : title,
    abstract: fromWebOfScience ? webOfScienceApproximations(abstract) : abstract,
    authors,
    tags: [],
    sources: [source],
  };
  const doi = entryDoi(fields, entry.key);
  const arxivId = entryArxivId(fields, doi);
  if (arxivId) record.arxivId = arxivId;
  // A `crossref`'d proceedings or collection gives its date to the papers that have none (dblp, biblatex).
  // The parser reads a `crossref` parent's fields into its child: a child with a year of its own keeps no month of
  // the parent's (a 2019 paper in a volume of July 2020 is not of July 2019).
  const parentFields = parent ? textFields(parent) : undefined;
  const ownYear = parentFields !== undefined && fields['year'] !== undefined && fields['year'] !== parentFields['year'];
  const dated = ownYear && fields['month'] === parentFields['month'] ? { ...fields, month: '' } : fields;
  const written = entryDate(dated) ?? (parentFields ? entryDate(parentFields) : undefined);
  const venue = entryVenue(fields);
  // An arXiv preprint's date is the id's month when a later version's is written (see preprintDate).
  setDate(record, venue ? written : preprintDate(written, arxivId, /v\d+$/i.test(fields['eprint']?.trim() ?? '') || fields['version'] !== undefined));
  if (doi) record.doi = doi;
  if (venue) record.venue = venue;
  // (not Semantic Scholar's and dblp's `volume = {abs/1706.03762}`, an arXiv id); BibLaTeX's `part` of a volume with it.
  const volume = /^abs\//i.test(fields['volume']?.trim() ?? '') ? undefined : plain(fields['volume']);
  setVolume(record, volume && fields['part'] ? `${volume}, part ${plain(fields['part'])}` : volume || undefined);
  const categories = entryCategories(fields);
  if (categories) record.categories = categories;
  return record;
}


/**
 * NASA ADS exports name the journals of astronomy by the AAS journal macros (`journal = {\apj}`), which a paper's
 * LaTeX class defines; ADS's help page "Journal Macros" lists them. Spelt out here, so the venue is the journal's name.
 */
const ADS_JOURNALS: Readonly<Record<string, string>> = {
  aj: 'The Astronomical Journal',
  actaa: 'Acta Astronomica',
  araa: 'Annual Review of Astronomy and Astrophysics',
  apj: 'The Astrophysical Journal',
  apjl: 'The Astrophysical Journal Letters',
  apjs: 'The Astrophysical Journal Supplement Series',
  ao: 'Applied Optics',
  apss: 'Astrophysics and Space Science',
  aap: 'Astronomy and Astrophysics',
  aapr: 'Astronomy and Astrophysics Review',
  aaps: 'Astronomy and Astrophysics Supplement Series',
  azh: 'Astronomicheskii Zhurnal',
  baas: 'Bulletin of the American Astronomical Society',
  caa: 'Chinese Astronomy and Astrophysics',
  cjaa: 'Chinese Journal of Astronomy and Astrophysics',
  icarus: 'Icarus',
  jcap: 'Journal of Cosmology and Astroparticle Physics',
  jrasc: 'Journal of the Royal Astronomical Society of Canada',
  memras: 'Memoirs of the Royal Astronomical Society',
  mnras: 'Monthly Notices of the Royal Astronomical Society',
  na: 'New Astronomy',
  nar: 'New Astronomy Reviews',
  pra: 'Physical Review A',
  prb: 'Physical Review B',
  prc: 'Physical Review C',
  prd: 'Physical Review D',
  pre: 'Physical Review E',
  prl: 'Physical Review Letters',
  pasa: 'Publications of the Astronomical Society of Australia',
  pasp: 'Publications of the Astronomical Society of the Pacific',
  pasj: 'Publications of the Astronomical Society of Japan',
  psj: 'The Planetary Science Journal',
  rmxaa: 'Revista Mexicana de Astronomía y Astrofísica',
  qjras: 'Quarterly Journal of the Royal Astronomical Society',
  skytel: 'Sky and Telescope',
  solphys: 'Solar Physics',
  sovast: 'Soviet Astronomy',
  ssr: 'Space Science Reviews',
  zap: 'Zeitschrift für Astrophysik',
  nat: 'Nature',
  iaucirc: 'IAU Circulars',
  aplett: 'Astrophysics Letters',
  apspr: 'Astrophysics Space Physics Research',
  bain: 'Bulletin of the Astronomical Institutes of the Netherlands',
  fcp: 'Fundamentals of Cosmic Physics',
  gca: 'Geochimica et Cosmochimica Acta',
  grl: 'Geophysical Research Letters',
  jcp: 'The Journal of Chemical Physics',
  jgr: 'Journal of Geophysical Research',
  jqsrt: 'Journal of Quantitative Spectroscopy and Radiative Transfer',
  memsai: 'Memorie della Società Astronomica Italiana',
  nphysa: 'Nuclear Physics A',
  physrep: 'Physics Reports',
  physscr: 'Physica Scripta',
  planss: 'Planetary and Space Science',
  procspie: 'Proceedings of the SPIE',
};

/** Commands that stand for text, which the parser does not know (biblatex's `\hyphen`, the TeX logos). */
const TEXT_MACROS: Readonly<Record<string, string>> = {
  '\\TeX': 'TeX',
  '\\LaTeX': 'LaTeX',
  '\\LaTeXe': 'LaTeX2e',
  '\\BibTeX': 'BibTeX',
  '\\hyphen': '-',
  '\\slash': '/',
  // Math as ML titles write it (`$\mathcal{O}(n)$`, `$\mathbf{x}$`, `$\text{softmax}$`): the font goes, the letters stay.
  '\\mathcal': '',
  '\\mathbf': '',
  '\\mathbb': '',
  '\\mathit': '',
  '\\mathsf': '',
  '\\mathtt': '',
  '\\mathfrak': '',
  '\\mathscr': '',
  '\\boldsymbol': '',
  '\\bm': '',
  '\\text': '',
  '\\operatorname': '',
  // Old font switches (`{\bf all}`, `{\it is}`) and `\protect` change no text.
  '\\bf': '',
  '\\it': '',
  '\\rm': '',
  '\\sf': '',
  '\\tt': '',
  '\\sl': '',
  '\\sc': '',
  '\\bfseries': '',
  '\\itshape': '',
  '\\scshape': '',
  '\\upshape': '',
  '\\normalfont': '',
  '\\protect': '',
  // NASA ADS writes `<` and `>` in abstracts as `$\lt$`, `$\gt$`.
  '\\lt': '<',
  '\\gt': '>',
  ...Object.fromEntries(Object.entries(ADS_JOURNALS).map(([macro, name]) => [`\\${macro}`, name])),
};

const MAX_LONE_DOLLAR_ROUNDS = 4;

/**
 * The `$` to read as a dollar sign for the parser's "Unclosed math section at line L, column C" in an entry: the last
 * unescaped `$` of that entry before where the parser gave up (the math it opened runs to there).
 */
function loneDollarOffset(text: string, error: { error: string; input?: string }): number | undefined {
  const at = /^Unclosed math section at line (\d+), column (\d+)/.exec(error.error);
  if (!at || !error.input) return undefined;
  const start = text.indexOf(error.input);
  if (start < 0) return undefined;
  let offset = 0;
  for (let line = 1; line < Number(at[1]); line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  const end = Math.min(offset + Number(at[2]), start + error.input.length);
  for (let index = end - 1; index >= start; index--) {
    if (text[index] === '$' && text[index - 1] !== '\\') return index;
  }
  return undefined;
}

/** A field written on a line of its own, as Scopus and Web of Science write every field: `abstract={…},`. */
const FIELD_LINE = /^([ \t]*[A-Za-z][\w-]*[ \t]*=[ \t]*\{)(.*)\}[ \t]*,?[ \t]*$/;

/**
 * The `{` never closed that cost an entry, for the parser's giving up at the next entry or the end of the file (a
 * brace left open): in an entry written a field a line (Scopus, Web of Science), each unmatched `{` of a field line
 * whose braces do not balance — an OCR slip in an abstract, `crayfish {Austropotamobius pallipes)`, a typo
 * `Tensor{Flow` — with what to read it as (`(` where the value closes more round brackets than it opens, else nothing).
 */
function unclosedBraces(text: string, error: { error: string; input?: string }): Array<{ offset: number; char: string }> {
  if (!error.input || !(/found ""(?:\.\.\.)?$/.test(error.error) || /found "\s*@/.test(error.error))) return [];
  const start = text.indexOf(error.input);
  if (start < 0) return [];
  const nextEntry = text.slice(start + 1).search(/\n[ \t]*@/);
  const end = nextEntry < 0 ? text.length : start + 1 + nextEntry;
  const found: Array<{ offset: number; char: string }> = [];
  let lineStart = text.indexOf('\n', start) + 1;
  while (lineStart > 0 && lineStart < end) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 || lineEnd > end ? end : lineEnd).replace(/\r$/, '');
    const field = FIELD_LINE.exec(line);
    if (field) {
      const value = field[2]!;
      const open: number[] = [];
      let balanced = true;
      for (let index = 0; index < value.length; index++) {
        if (value[index] === '\\') index++;
        else if (value[index] === '{') open.push(index);
        else if (value[index] === '}' && open.pop() === undefined) balanced = false;
      }
      if (balanced && open.length > 0) {
        const round = (value.match(/\)/g) ?? []).length > (value.match(/\(/g) ?? []).length;
        for (const index of open) found.push({ offset: lineStart + field[1]!.length + index, char: round ? '(' : STRAY_BRACE });
      }
    }
    lineStart = lineEnd < 0 ? end : lineEnd + 1;
  }
  return found;
}

/** The key an entry's raw text opens with (`@Article{ Devlin.Chang.Lee.ea.2018,` → the key). */
function keyOf(input: string): string | undefined {
  return /^@\s*\w+\s*[{(]\s*([^,\s]*)/.exec(input)?.[1];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type UnsupportedHandler = Exclude<NonNullable<Options['unsupported']>, 'ignore'>;

/**
 * The parser's error for a broken entry, said for a person: where the parser gave up (its "at line 20, column 1")
 * after what it met there, the end of the file or the next entry named as such (both mean a brace or quote left open).
 */
function brokenEntryMessage(error: string): string {
  const at = /\s*\bat line (\d+), column (\d+)(?: in "[^"]*")?/.exec(error);
  let reason = at ? error.slice(0, at.index) + error.slice(at.index + at[0].length) : error;
  const unclosed = /found ""(?:\.\.\.)?$/.test(reason) || /found "\s*@/.test(reason);
  reason = reason.replace(/found ""(?:\.\.\.)?$/, 'found the end of the file');
  const where = at ? `the parser gave up at line ${at[1]}, column ${at[2]}: ` : '';
  return `${where}${reason}${unclosed ? ' (a brace or quote left open?)' : ''}`;
}

export function parseBibtex(input: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  if (!input.trim()) return result;
  // A caller that skipped `load()`: a programming error, not something wrong with the file.
  if (!parseBibtexLibrary) throw new Error('the BibTeX parser is not loaded: await loadInputFormats() (or bibtexFormat.load()) before reading BibTeX');
  // Same length as the input: offsets and lines stay the file's own. In a file without LF, CR ends the lines (classic
  // Mac, JabRef's UTF-16 test export): the parser only knows LF, and a `%` comment would run to the end of the file.
  // A CR alone in a file of LF lines (inside a title) is a space.
  const lines = input.includes('\n') ? input.replace(/\r(?!\n)/g, ' ') : input.replaceAll('\r', '\n');
  let text = keepAngleBrackets(keepPercents(keepInnerQuotes(readableKeys(joinSpacedFieldNames(joinSpacedKeys(pairCommaSeparatedNames(unescapedCaseBraces(repairUmlauts(undoMendeleyEscapes(dropCitations(adsParagraphs(joinWrappedEscapes(lines)))))))))))));
  // Commands the parser does not know, kept as written (with the end mark `plain` reads) and reported once each.
  const unknown = new Map<string, string>();
  const keepUnknown: UnsupportedHandler = (node, tex) => {
    // A control space (`et al.\ `, `TeX\ systems`, a backslash ending a line) is TeX's own space, not a command.
    if (node.type === 'macro' && /^\\\s+$/.test(tex)) return ' ';
    const known = node.type === 'macro' ? TEXT_MACROS[tex] : undefined;
    if (known !== undefined) return known;
    const name = node.type === 'macro' ? `macro ${tex}` : node.type === 'environment' ? `environment ${node.env} (${tex})` : `${node.type} (${tex})`;
    if (!unknown.has(name)) unknown.set(name, tex);
    return node.type === 'macro' && /^\\[A-Za-z]+$/.test(tex) ? `${tex}${KEPT_COMMAND_END}` : tex;
  };
  const parseText = (source: string) => parseBibtexLibrary!(source, { sentenceCase: false, caseProtection: false, unsupported: keepUnknown });
  let library = parseText(text);
  // An entry given up on for a `$` never closed is read again with that `$` as a dollar sign (a few rounds: one `$` an
  // entry each time), so one stray `$` in an abstract does not cost the whole paper.
  // (each stand-in is one character for one, never a line break: offsets keep their lines, counted once below)
  const loneDollarOffsets: number[] = [];
  for (let round = 0; round < MAX_LONE_DOLLAR_ROUNDS; round++) {
    const lone = library.errors.map((error) => loneDollarOffset(text, error)).filter((offset): offset is number => offset !== undefined);
    if (lone.length === 0) break;
    for (const offset of lone) {
      text = `${text.slice(0, offset)}${LONE_DOLLAR}${text.slice(offset + 1)}`;
      loneDollarOffsets.push(offset);
    }
    library = parseText(text);
  }
  // An entry given up on for a `{` never closed in a field written on its own line (Scopus) is read again with that
  // brace read as text: one stray brace in an abstract does not cost the paper either.
  const braceOffsets: number[] = [];
  const braces = library.errors.flatMap((error) => unclosedBraces(text, error));
  if (braces.length > 0) {
    for (const { offset, char } of braces) {
      text = `${text.slice(0, offset)}${char}${text.slice(offset + 1)}`;
      braceOffsets.push(offset);
    }
    library = parseText(text);
  }
  const lineAt = lineCounter(text);
  for (const offset of loneDollarOffsets.sort((a, b) => a - b)) {
    result.warnings.push({ file, line: lineAt(offset), message: 'a `$` opens math that is never closed: read as a dollar sign' });
  }
  for (const offset of braceOffsets.sort((a, b) => a - b)) {
    result.warnings.push({ file, line: lineAt(offset), message: 'a `{` in a field of one line is never closed: read as text, so the entry is kept' });
  }
  const lineOfText = (needle: string | RegExp): number | undefined => {
    const offset = typeof needle === 'string' ? (needle ? text.indexOf(needle) : -1) : text.search(needle);
    return offset >= 0 ? lineCounter(text)(offset) : undefined;
  };

  // Errors inside an entry reject that entry (returned with the fields read before the break); others are warnings.
  const broken = new Map<string, { start: number | undefined; message: string }>();
  for (const error of library.errors) {
    const message = error.error.replace(/\s+/g, ' ');
    const key = error.input ? keyOf(error.input) : undefined;
    if (key !== undefined && !broken.has(key)) {
      // The error's input is the entry's text from its `@`: its line is the entry's, not where the parser gave up.
      const offset = text.indexOf(error.input!);
      broken.set(key, { start: offset >= 0 ? offset : undefined, message: brokenEntryMessage(message) });
      continue;
    }
    const macro = /^Unresolved @string reference "([^"]+)"/.exec(message)?.[1];
    const line = macro !== undefined ? lineOfText(`= ${macro}`) ?? lineOfText(macro) : error.input ? lineOfText(error.input) : undefined;
    result.warnings.push({ file, ...(line !== undefined ? { line } : {}), message: `${message} (kept as written)` });
  }
  for (const [name, tex] of unknown) {
    // The first place it is written, as a whole command (`\foo`, not the start of `\foobar`).
    const line = lineOfText(/^\\[A-Za-z]+$/.test(tex) ? new RegExp(`${escapeRegExp(tex)}(?![A-Za-z])`) : tex);
    result.warnings.push({ file, ...(line !== undefined ? { line } : {}), message: `unhandled ${name} (kept as written)` });
  }

  const byKey = new Map(library.entries.map((entry) => [entry.key.toLowerCase(), entry]));
  const crossrefOf = (entry: Entry) => (typeof entry.fields['crossref'] === 'string' ? entry.fields['crossref'].trim().toLowerCase() : undefined);
  const children = new Map<string, number>();
  for (const entry of library.entries) {
    const parent = crossrefOf(entry);
    if (parent !== undefined && parent !== entry.key.toLowerCase()) children.set(parent, (children.get(parent) ?? 0) + 1);
  }
  let cursor = 0;
  library.entries.forEach((entry, record) => {
    let offset = entry.input ? text.indexOf(entry.input, cursor) : -1;
    if (offset < 0) offset = text.slice(cursor).search(new RegExp(`@\\s*${escapeRegExp(entry.type)}\\s*[{(]\\s*${escapeRegExp(entry.key)}\\s*[,})]`, 'i')) + cursor;
    // The broken entry the parser returns (no text, the fields read before the break) is its error's entry: the same
    // key, or the key cut where the parser gave up inside it (`@ARTICLE{a¿b,` returns `a`), the first such from here on.
    const failureKey =
      entry.input !== ''
        ? undefined
        : broken.has(entry.key)
          ? entry.key
          : [...broken].find(([key, failure]) => key.startsWith(entry.key) && (failure.start === undefined || failure.start >= cursor))?.[0];
    const failure = failureKey !== undefined ? broken.get(failureKey) : undefined;
    if (failureKey !== undefined && failure) {
      broken.delete(failureKey);
      const start = failure.start ?? (offset >= cursor ? offset : undefined);
      if (start !== undefined && start >= cursor) cursor = start + 1;
      const refused = failureKey !== entry.key ? String.fromCodePoint(failureKey.codePointAt(entry.key.length)!) : undefined;
      const why = refused ? `its key holds ${JSON.stringify(refused)} (U+${refused.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which the parser cannot read; ` : '';
      result.rejections.push({ file, ...(start !== undefined ? { line: lineAt(start) } : {}), record, message: `entry ${failureKey} cannot be read: ${why}${failure.message}` });
      return;
    }
    if (offset < cursor) offset = cursor;
    else cursor = offset + Math.max(1, entry.input.length);
    const parentKey = crossrefOf(entry);
    const crossref = parentKey !== undefined ? byKey.get(parentKey) : undefined;
    const source = { file, line: lineAt(offset), record };
    keepRead(result, recordFromEntry(entry, source, crossref, children.get(entry.key.toLowerCase()) ?? 0), source);
  });
  // An error naming an entry the parser did not return at all: still one rejected entry.
  for (const [key, failure] of broken) {
    const line = failure.start !== undefined ? lineCounter(text)(failure.start) : undefined;
    result.rejections.push({ file, ...(line !== undefined ? { line } : {}), message: `entry ${key} cannot be read: ${failure.message}` });
  }
  return result;
}

export const bibtexFormat: InputFormat = {
  name: 'bibtex',
  label: 'BibTeX',
  extensions: ['.bib', '.bibtex', '.biblatex'],
  sniff: sniffBibtex,
  parse: parseBibtex,
  load: loadBibtexParser,
};

/** Person-name helpers shared by every input format. */
import { decodeTexAccents } from '../text/latex.ts';

// Generational suffixes that follow a surname after a comma ("Smith, Jr., John"); never a person of their own.
const SUFFIX = /^(?:(?:Jr|Sr|Jnr|Snr)\.?|II|III|IV|(?:2nd|3rd|4th))$/i;
const ROMAN = /^(?:II|III|IV)$/;

/** "Jr.", "Sr", "III"… (Roman numerals only in capitals: "iv" is more likely a given name's initials than a suffix). */
export function isNameSuffix(part: string): boolean {
  const trimmed = part.trim();
  return SUFFIX.test(trimmed) && (!/^[ivx]+$/i.test(trimmed) || ROMAN.test(trimmed));
}

/**
 * The people of one author field that holds several between semicolons, as CNKI's RefWorks and EndNote exports write
 * them (`A1 郝国强;包蕾;`, also `；`): no name holds one. A field without one is one person.
 */
export function semicolonNames(value: string): string[] {
  return value.split(/[;；]/).map((name) => name.trim()).filter((name) => name !== '');
}

/** An e-mail address (`medvedeff22@ufl.edu`, `chi.nguyendinh@phenikaa-uni.edu.vn`). */
const EMAIL = String.raw`[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
/** One in brackets (`(x@y.org)`, `<x@y.org>`, `[E-mail: x@y.org]`), or after a separator (`, x@y.org`, `E-mail: x@y.org`). */
const BRACKETED_EMAIL = new RegExp(String.raw`\s*[(<[]\s*(?:e-?mail:?\s*)?${EMAIL}\s*[)>\]]`, 'giu');
const LOOSE_EMAIL = new RegExp(String.raw`[\s,;]*(?:e-?mail:?\s*)?${EMAIL}`, 'giu');

/**
 * A name without the e-mail address a database left in it: Web of Science's BIOSIS records write the corresponding
 * author as `Medvedeff, Cassandra A. (medvedeff22@ufl.edu)`, Scopus's RIS `Nguyen, C.D., chi.nguyendinh@…`. An address
 * names no one: the name is what is left (`Medvedeff, Cassandra A.`, `Nguyen, C.D.`).
 */
export function withoutEmails(name: string): string {
  return name.includes('@') ? name.replace(BRACKETED_EMAIL, '').replace(LOOSE_EMAIL, '').trim() : name;
}

/**
 * A name as written, whitespace folded: TeX accents read as letters (arXiv's `Erd\H{o}s` → `Erdős`), TeX's line
 * breaks (`\\`, left in some arXiv author lists) and e-mail addresses ({@link withoutEmails}) dropped.
 */
function plainName(name: string): string {
  return withoutEmails(decodeTexAccents(name).replace(/\\\\/g, ' ').replace(/\s+/g, ' ').trim());
}

/**
 * Chinese, Japanese and Korean names put the family name first: a family name in Han or Hangul, a given name in Han,
 * kana or Hangul. (A family name in katakana is a foreign one, written in its own order: `ジョン・スミス`.)
 */
const EAST_ASIAN_FAMILY = /^[\p{Script=Han}\p{Script=Hangul}]+$/u;
const EAST_ASIAN_GIVEN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]+$/u;

/** A person's name in parts, as structured sources give it. */
export interface NameParts {
  given?: string | undefined;
  /** Particles between given and family name (`van`, `de la`), in order. */
  particles?: ReadonlyArray<string | undefined>;
  family?: string | undefined;
  /** `Jr.`, `III`… (several when a source splits them). */
  suffixes?: ReadonlyArray<string | undefined>;
}

/**
 * A person's name from its parts in reading order (`given`, particles, `family`, suffixes) — except a Chinese,
 * Japanese or Korean name in its own script, written family name first without a space (`我妻` + `栄` →
 * `我妻栄`, `홍` + `길동` → `홍길동`), as CSL processors and the sources in those languages write it.
 */
export function nameFromParts(parts: NameParts): string {
  const clean = (part: string | undefined) => part?.replace(/\s+/g, ' ').trim() ?? '';
  const given = clean(parts.given);
  const family = clean(parts.family);
  const particles = (parts.particles ?? []).map(clean).filter((part) => part !== '');
  const suffixes = (parts.suffixes ?? []).map(clean).filter((part) => part !== '');
  if (given !== '' && family !== '' && particles.length === 0 && suffixes.length === 0 && EAST_ASIAN_GIVEN.test(given) && EAST_ASIAN_FAMILY.test(family)) {
    return `${family}${given}`;
  }
  return [given, ...particles, family, ...suffixes].filter((part) => part !== '').join(' ');
}

/**
 * An academic degree or title written after a name: two capitals at least among a few letters (`PhD`, `MS`, `MSc`,
 * `MPH`, `RN`, `DrPH`, `PharmD`, `M.D.`, `M Arch`). Generational suffixes (`Jr`, `III`) are not degrees.
 */
const DEGREE = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z. -]{1,7}$/;

/**
 * A `Last, First` name without the degrees written after it between commas, as ProQuest's RIS writes its authors
 * (`Moore, Ami, PhD, MPH, CPH`, `Rieger, Kendra L, RN, PhD`); BibTeX's `Last, Jr, First` keeps its third part.
 */
function withoutDegrees(name: string): string {
  const parts = name.split(',');
  if (parts.length < 3 || isNameSuffix(parts[1]!)) return name;
  while (parts.length > 2 && DEGREE.test(parts[parts.length - 1]!.trim()) && !isNameSuffix(parts[parts.length - 1]!)) parts.pop();
  return parts.join(',');
}

/** Words that name an organisation, not a person's family name. */
const ORGANISATION_WORD = /\b(?:Organi[sz]ations?|Universit(?:y|ies|é|ät|à|ad|ade)|Universidad|Institut(?:e|o|es)?|Department|Ministry|Ministère|Council|Association|Society|Agency|Cent(?:re|er)|Committee|Commission|Bureau|Service|Foundation|Federation|Office|Consortium|Programme|Laboratory|Laboratories|Academy|Board|Authority|Corporation|Company|Nations|Government|Secretariat|Directorate|Unit|Station)\b/;

/**
 * A corporate author written with a comma (AGRIS: `Food and Agriculture Organization of the United Nations, Rome
 * (Italy)`; `World Bank Group, Washington`): the part before the comma has several words and one names an
 * organisation. Not a person to turn around: it is kept as written.
 */
export function isCorporateName(name: string): boolean {
  const comma = name.indexOf(',');
  const head = comma < 0 ? name : name.slice(0, comma);
  return /\S\s+\S/.test(head.trim()) && ORGANISATION_WORD.test(head);
}

/**
 * "Last, First" → "First Last"; "Last, Jr., First" (BibTeX order) and "Last, First, Jr." → "First Last Jr.";
 * degrees after it dropped (`Moore, Ami, PhD, MPH` → "Ami Moore"); already-natural names pass through as
 * {@link plainName} reads them.
 */
export function naturalName(name: string): string {
  const folded = withoutDegrees(plainName(name));
  const comma = folded.indexOf(',');
  if (comma <= 0 || isCorporateName(folded)) return folded;
  const parts = folded.split(',').map((part) => part.trim());
  if (parts.length === 2) {
    if (!parts[1]) return parts[0]!;
    const given = parts[1].split(' ');
    const mixedCase = /\p{Ll}/u.test(folded);
    // The suffix typed after the given name (Zotero, PubMed: `Sack, G. H. Jr`, `Dice, P. F. 2nd`) goes last; `JR` in
    // capitals beside small letters is initials (Google Scholar's `Meyn, Antony JR`).
    const last = given[given.length - 1]!;
    const suffix = given.length > 1 && isNameSuffix(last) && !(/^[JS]N?R$/.test(last) && mixedCase) ? given.pop() : undefined;
    // Google Scholar runs the middle initials together after a given name (`Beebe, Nelson HF`, `Meyn, Antony JR`): in a
    // name written in small letters, capitals after the first given name are initials, spelt as other sources do.
    const spelt = given.map((word, index) => (index > 0 && mixedCase && /^[A-Z]{2,3}$/.test(word) ? [...word].map((letter) => `${letter}.`).join(' ') : spelledInitials(word)));
    return [...spelt, parts[0], ...(suffix ? [suffix] : [])].join(' ');
  }
  if (parts.length === 3 && parts.every((part) => part !== '')) {
    const [last, middle, end] = parts as [string, string, string];
    if (isNameSuffix(middle)) return `${end} ${last} ${middle}`;
    if (isNameSuffix(end)) return `${middle} ${last} ${end}`;
  }
  return folded;
}

/**
 * A given name's initials written as a word, a capital then small letters, without a vowel anywhere — PubMed's full
 * names (`FAU  - Higgins, Julian Pt`), no name a person is called by — spelt as initials (`P. T.`); any other word as
 * it is. A word that opens with a vowel is a name (`Ulf`, `Alf`, `Arnd`), so `Acrt` stays as written.
 */
function spelledInitials(word: string): string {
  return /^[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,3}$/.test(word) && !isNameSuffix(word) ? [...word].map((letter) => `${letter.toUpperCase()}.`).join(' ') : word;
}

/**
 * Whether a given name of one to four capitals after `Family,` is initials run together (`Lim, RCH`, `Luke, TJ`) rather
 * than a name (`SMITH, JOHN`). Beside a family name with small letters it is initials: that is how the short forms
 * write them, and a name would be written in small letters too. When the whole name is in capitals, the letters alone
 * must tell: one or two are initials (a two-letter given name in capitals, `LI`, `BO`, is rarer in database short forms
 * than two initials); three or four are a name when they hold a vowel (`JOHN`, `ANN`, `JOSE`) and initials when they
 * hold none (`RCH`, `JMK`), since a name is spoken and a run of initials mostly is not (`Y` is no vowel here: it is the
 * initial of many Chinese given names, `ZHANG, YH`). A run of initials with a vowel (`LIM, JAM`) is then read as a name:
 * the same letters, only not spelt as initials.
 */
function runOfInitials(given: string, name: string): boolean {
  if (/\p{Ll}/u.test(name)) return true;
  return given.length <= 2 || !/[AEIOU]/.test(given);
}

/**
 * A short form written without its comma, the family name then up to four initials run together (Derwent's `YANG Y`,
 * MEDLINE's `AU  - Smith JA`), with the comma the short forms read by {@link databaseName} have (`Smith, JA`); any
 * other name as written.
 */
export function commaBeforeInitials(name: string): string {
  return name.replace(/^(\S.*?)\s+(\p{Lu}{1,4})$/u, '$1, $2');
}

/** A short form written without its comma (`Hill MK`, `Long Q`) as the person it names (`M. K. Hill`, `Q. Long`). */
export function personOfShortForm(name: string): string {
  return databaseName(commaBeforeInitials(name));
}

/**
 * The short forms of databases: `Parkes-Loach, PS` (Web of Science, also in its RIS) → `P. S. Parkes-Loach`, initials
 * spelt as other sources spell them; `Phillips J.C.` (Scopus, Embase: surname, then initials) → `J.C. Phillips`,
 * `Brownstein C D` → `C. D. Brownstein`.
 * Any other name as `naturalName` reads it. A given name in capitals is initials as {@link runOfInitials} tells;
 * `shortForm` (see {@link shortFormName}): always, as in a field that holds the short form whatever its case (Web of
 * Science's `AU`, where the old records' `BEAUREGARD, OCD` are initials though they spell a syllable).
 */
export function databaseName(written: string): string {
  return readDatabaseName(written, false);
}

/** {@link databaseName} for a field that holds the short form whatever its case (see `shortForm` there). */
export function shortFormName(written: string): string {
  return readDatabaseName(written, true);
}

function readDatabaseName(written: string, shortForm: boolean): string {
  const name = withoutDegrees(withoutEmails(written));
  if (isCorporateName(name)) return plainName(name);
  const comma = name.indexOf(',');
  if (comma > 0) {
    // `TJ`, or spaced as SpringerLink's RIS writes them (`López-Sánchez, A D`).
    const written = name.slice(comma + 1).trim();
    // (initials outside ASCII too: PubMed's `Breum SØ`, `Ødegaard ÅK`)
    const spaced = /^\p{Lu}(?:\s\p{Lu}){1,3}$/u.test(written);
    const given = spaced ? written.replace(/\s/g, '') : written;
    if (/^\p{Lu}{1,4}$/u.test(given) && (spaced || shortForm || runOfInitials(given, name))) {
      return naturalName(`${name.slice(0, comma)}, ${[...given].map((initial) => `${initial}.`).join(' ')}`);
    }
    return naturalName(name);
  }
  // The oldest Web of Science records pack a family name cut to eight letters and the initials: `COSTADEB.O`.
  const packed = shortForm ? /^(\p{Lu}[\p{Lu}'-]+)\.(\p{Lu}{1,4})$/u.exec(name.trim()) : null;
  if (packed) return `${[...packed[2]!].map((initial) => `${initial}.`).join(' ')} ${packed[1]}`;
  const initialsAfter = /^(.+?)\s+((?:\p{Lu}\.[-\s]?)+)$/u.exec(name.trim());
  if (initialsAfter && !/\p{Lu}\.\s/u.test(initialsAfter[1]!)) return `${initialsAfter[2]!.trim()} ${initialsAfter[1]}`;
  // Initials without full stops (EPPI-Reviewer's `Brownstein C D`) → `C. D. Brownstein`, when no other word is an initial.
  const bareInitials = /^(.+?)\s+(\p{Lu}(?:\s\p{Lu}){0,3})$/u.exec(name.trim());
  if (bareInitials && !/(?:^|\s)\p{Lu}\.?(?:\s|$)/u.test(bareInitials[1]!)) {
    return `${bareInitials[2]!.split(/\s/).map((initial) => `${initial}.`).join(' ')} ${bareInitials[1]}`;
  }
  return naturalName(name);
}

// A quote mark, not TeX's escaped `\"` (an umlaut whose letter TeX accents did not take, `\"{}`).
const QUOTED = /(?<!\\)"([^"]*)"|“([^”]*)”/g;
const QUOTE_MARK = /(?<!\\)"|“/;
const SEPARATORS = /\s*(?:;|,\s*and\s+|\s+and\s+|,)\s*/;

/** A suffix on its own joins the name before it ("John Smith", "Jr." → "John Smith Jr."). */
function attachSuffixes(names: string[]): string[] {
  const joined: string[] = [];
  for (const name of names) {
    if (joined.length > 0 && isNameSuffix(name)) joined[joined.length - 1] += ` ${name}`;
    else joined.push(name);
  }
  return joined;
}

/** Initials: `J.`, `A.-M.`. */
const INITIAL = /^(?:\p{Lu}\.-?)+$/u;

/**
 * `Smith, John`, `Van Durme, Benjamin`, `Ng, Andrew Y.`, `Smith, J. A.`, `King, Jr., Martin Luther`: one person written
 * family name first. A family name of several words needs a given name of one word and initials, so that two natural
 * names (`Jane Doe, Bob Lee`) are never read as one person.
 */
function isFamilyFirst(piece: string, strict = false): boolean {
  let parts = piece.split(',').map((part) => part.trim());
  if (parts.some((part) => part === '')) return false;
  if (parts.length === 3) {
    if (isNameSuffix(parts[1]!)) parts = [parts[0]!, parts[2]!];
    else if (isNameSuffix(parts[2]!)) parts = [parts[0]!, parts[1]!];
    else return false;
  }
  if (parts.length !== 2 || isNameSuffix(parts[1]!)) return false;
  const [family, given] = parts as [string, string];
  const words = given.split(/\s+/);
  return (!strict && !/\s/.test(family)) || words.every((word, i) => i === 0 || INITIAL.test(word));
}

/**
 * The people of an author string written family name first, each as "Last, First" between `;` or ` and `
 * (`Smith, John; Doe, Jane`, BibTeX's `Smith, John and Doe, Jane`), or one such person alone (`Smith, John`, `Smith,
 * J.`); undefined when the string is not written so (every piece must read as one person).
 */
function familyFirstNames(value: string): string[] | undefined {
  const separator = value.includes(';') ? /\s*;\s*/ : /\s+and\s+/;
  // (`A; B; and C`, and BibTeX's doubled `and` that leaves one at the start of a piece)
  const pieces = value.split(separator).map((piece) => piece.trim().replace(/^(?:and\s+)+/, '')).filter((piece) => piece !== '');
  // One pair alone could be two people (`Mausam, Daniel S. Weld`): its given part must read as given names.
  const strict = pieces.length === 1;
  return pieces.length > 0 && pieces.every((piece) => isFamilyFirst(piece, strict)) ? pieces.map(naturalName) : undefined;
}

/**
 * Splits one author string of a JSON dump: "A, B and C", "A and B", "A; B".
 * Commas separate people here (JSON dumps mostly write natural names), unless the string is written family name
 * first (`Smith, John; Doe, Jane`, `Smith, John and Doe, Jane`, `Smith, J.`: see familyFirstNames).
 * A quoted part is one person whatever its commas (`"Smith, Jr., John", Jane Doe`), and a lone "Jr."/"III" belongs
 * to the name before it. TeX accents are read first, so the `"` of an umlaut (`J\"org`, arXiv) is no quote, and a TeX
 * line break (`\\`) ends a name as a separator does (`A. Smith \\ B. Jones` is two people, not one).
 */
export function splitAuthorString(value: string): string[] {
  const { names: cut, groups } = withoutForTheGroup(decodeTexAccents(value));
  // A list cut short (`Smith, John; Doe, Jane; et al.`, `A, B and others`) is read as the names before the cut.
  const text = cut.replace(CUT_LIST_END, '');
  const names = text.includes('\\\\')
    ? attachSuffixes(text.split(/\\\\/).flatMap((line) => (line.trim() === '' ? [] : splitAuthorLine(line))))
    : splitAuthorLine(text);
  return [...groupAuthors(names), ...groups];
}

/** A group that writes as one author: a collaboration, consortium, group or team. */
const GROUP_WORD = String.raw`(?:collaboration|consortium|group|team)s?`;
/** `LHCb collaboration: R. Aaij`: a collaboration named before its members. */
const GROUP_PREFIX = new RegExp(String.raw`^([^:,]*\b${GROUP_WORD})\s*:\s*(.+)$`, 'i');
/**
 * `T2K Collaboration K. Abe`: a collaboration run together with its first member, as arXiv's author strings write it
 * without the colon; only when initials follow (`K.`, `J.-P.`), so a name such as `Collaboration Networks Lab` stays.
 */
const GROUP_BEFORE_INITIALS = /^([^:,]*?\b(?:[Cc]ollaboration|[Cc]onsortium|COLLABORATION|CONSORTIUM)s?)\s+((?:[A-Z][a-z]?\.\s*-?\s*)+\S.*)$/;
/** `…, N. Yamada, for the JLQCD Collaboration`, `… and on behalf of the ATLAS Collaboration`: the group the people write for. */
const FOR_THE_GROUP = new RegExp(String.raw`(?:^|[,;]|\s)\s*(?:and\s+)?(?:for|on behalf of)\s+(?:the\s+)?([^,;]*?\b${GROUP_WORD})\s*\.?\s*$`, 'i');
/** `…, et al.`, `…; et al`, `… and others`: what ends a cut list. */
const CUT_LIST_END = /(?:\s*[,;]\s*|\s+and\s+)(?:et\.?\s?al\.?|others)\s*$|\s+et\.?\s+al\.?\s*$/i;
/** `T. Aaltonen et al`: the people a list leaves out, written after its last name. */
const TRAILING_LEFT_OUT = /,\s*et\.?\s?al\.?$|\s+et\.?\s+al\.?$/i;

/**
 * An author string without a closing `for the X Collaboration` (arXiv's `…, N. Yamada, for the JLQCD Collaboration`),
 * and the groups it names: `X Collaboration`, a group author as a collaboration is where it is written alone;
 * `RBC and UKQCD Collaborations` are two (`RBC Collaboration`, `UKQCD Collaboration`).
 */
function withoutForTheGroup(value: string): { names: string; groups: string[] } {
  const match = FOR_THE_GROUP.exec(value);
  if (!match) return { names: value, groups: [] };
  const group = plainName(match[1]!);
  const plural = /^(.+?)\s+(collaboration|consortium|group|team)s$/i.exec(group);
  const parts = plural ? plural[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((part) => part !== '') : [];
  const groups = plural && parts.length > 1 ? parts.map((part) => `${part} ${plural[2]}`) : [group];
  return { names: value.slice(0, match.index), groups };
}

/**
 * The people of an author list as split: what stands for left-out authors (`et al.`, `others`) dropped, also after a
 * last name (`T. Aaltonen et al` → `T. Aaltonen`); a collaboration written before a member (`CDF Collaboration: T.
 * Aaltonen`) is a group author of its own before that member, and one written `for the JLQCD Collaboration` is
 * `JLQCD Collaboration`.
 */
export function groupAuthors(names: readonly string[]): string[] {
  return names.flatMap((written) => {
    const name = written.replace(TRAILING_LEFT_OUT, '').trim();
    if (name === '' || isLeftOutAuthors(name)) return [];
    // A list item of its own `for the JLQCD Collaboration`: the collaboration.
    const forThe = withoutForTheGroup(name);
    if (forThe.groups.length > 0 && forThe.names.trim() === '') return forThe.groups;
    const group = GROUP_PREFIX.exec(name) ?? GROUP_BEFORE_INITIALS.exec(name);
    return group ? [group[1]!.trim(), group[2]!.trim()].filter((part) => part !== '' && !isLeftOutAuthors(part)) : [name];
  });
}

function splitAuthorLine(value: string): string[] {
  if (!QUOTE_MARK.test(value)) {
    const familyFirst = familyFirstNames(plainName(value));
    if (familyFirst) return familyFirst;
  }
  const names: string[] = [];
  const splitPlain = (text: string) => {
    for (const part of text.split(SEPARATORS)) {
      const folded = plainName(part);
      if (folded.length > 0) names.push(folded);
    }
  };
  let rest = 0;
  for (const match of value.matchAll(QUOTED)) {
    splitPlain(value.slice(rest, match.index));
    const quoted = naturalName(match[1] ?? match[2] ?? '');
    if (quoted) names.push(quoted);
    rest = match.index + match[0].length;
  }
  splitPlain(value.slice(rest));
  return attachSuffixes(names);
}

/**
 * An author list with its parenthesised affiliations taken out, nested ones too: arXiv writes them inside the list
 * (`A. Smith ((1) MIT, (2) CERN), B. Jones (CERN)`), where their commas would split off junk names.
 */
export function withoutAffiliations(value: string): string {
  let depth = 0;
  let out = '';
  for (const char of value) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out.replace(/\s+(?=,|$)/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * A name's words for comparing people: accents and case folded, initials as letters (`J.A.` → `j`, `a`), hyphens
 * split; a given name in capitals of up to five letters in a name with small letters is initials run together, as
 * Google Scholar writes them (`MEA Seddik` → `m`, `e`, `a`).
 */
interface NameTokens {
  /** The last word (before a `Jr.`/`III`): the family name as natural order writes it. */
  family: string;
  /** The words before it: given names, initials, particles (`van`, `da`). */
  given: string[];
}

/** Letters NFKD does not take apart, as their plain spelling (`Łukasz` and `Lukasz` are one name). */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h' };

function foldWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[łøđðßæœıþħ]/g, (letter) => PLAIN_LETTERS[letter]!)
    .normalize('NFKD')
    // German umlauts as letters (`Müller`) and written out (`Mueller`) fold alike: both to `muller`
    .replace(/([aou])\u0308/g, '$1e')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function nameTokens(name: string): NameTokens {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && isNameSuffix(words[words.length - 1]!)) words.pop();
  const last = words.pop() ?? '';
  const mixedCase = /\p{Ll}/u.test(name);
  const given = words.flatMap((word) => (mixedCase && /^\p{Lu}{2,5}$/u.test(word) ? [...word] : [word]));
  const family = foldWords(last);
  return { family: family[family.length - 1] ?? '', given: foldWords([...given, ...family.slice(0, -1)].join(' ')) };
}

/** One given name written two ways: the same word, or an initial and a word it begins (`j` and `john`). */
function givenAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  return b.length === 1 && a.startsWith(b);
}

/**
 * Whether two spellings can name one person: the same family name (last word, accents and case folded), and the
 * shorter given names each matching, in order, a given name of the other (`J.` and `John`, `J. A.` and `John A.`,
 * `John` and `J. A.`, `A. Smith` and `John A. Smith`; a name without given names matches any). `J. Smith` and
 * `Jane Smith` can; `A. Smith` and `John Smith` cannot. `anchored`: the first given names must match too (`A. Smith`
 * and `John A. Smith` then do not).
 */
function sameTokens(x: NameTokens, y: NameTokens, anchored: boolean): boolean {
  if (x.family === '' || x.family !== y.family) return false;
  const [shorter, longer] = x.given.length <= y.given.length ? [x.given, y.given] : [y.given, x.given];
  if (anchored && shorter.length > 0 && !givenAlike(shorter[0]!, longer[0]!)) return false;
  let at = 0;
  for (const word of shorter) {
    while (at < longer.length && !givenAlike(word, longer[at]!)) at++;
    if (at === longer.length) return false;
    at++;
  }
  return true;
}

/**
 * How much of a name is spelt out, to compare two spellings of one person: the letters of its given names written
 * whole, then how many given names or initials it has (`John Smith` over `J. A. Smith` over `J. Smith`).
 */
function fullness(name: string): [number, number] {
  const { given } = nameTokens(name);
  return [given.filter((word) => word.length > 1).join('').length, given.length];
}

function fuller(a: string, b: string): boolean {
  const [x, y] = [fullness(a), fullness(b)];
  return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
}

/**
 * Two author lists of one work as one: the longer list's order (the first given on a tie), each person of the other
 * matched to one of it (the same spelling first, then `sameTokens`) and written the fuller way (see
 * `fullness`; the longer list's on a tie), and the other's people it lacks after it, in their order. `from` tells, per name kept,
 * its position in each list (undefined where that list does not name the person). Matches are made surest first: the
 * same spelling, then the same first given name (`J. A. Smith` and `John A. Smith`), then any (`A. Smith`), and last,
 * in lists of one length, the same family name at the same position (`Debasish` and `Debashis Bandyopadhyay`,
 * second of four in OpenAlex and Crossref: a given name spelt two ways), unless `samePerson` (given the position)
 * tells them apart; those positions are `apart`.
 */
export function unionAuthors(
  first: readonly string[],
  second: readonly string[],
  samePerson?: (position: number) => boolean,
): { names: string[]; from: Array<[number | undefined, number | undefined]>; apart: number[] } {
  const swap = second.length > first.length;
  const [base, other] = swap ? [second, first] : [first, second];
  const names = [...base];
  const pairs: Array<[number | undefined, number | undefined]> = base.map((_, index) => [index, undefined]);
  const matched = new Array<boolean>(base.length).fill(false);
  const placed = new Array<number | undefined>(other.length).fill(undefined);
  const place = (index: number, at: number) => {
    matched[at] = true;
    placed[index] = at;
    pairs[at]![1] = index;
    if (fuller(other[index]!, names[at]!)) names[at] = other[index]!;
  };
  // The same spelling first, by look-up (a collaboration's lists hold thousands of names), each base name once.
  const byFolded = new Map<string, number[]>();
  base.forEach((name, position) => {
    const key = foldWords(name).join(' ');
    const positions = byFolded.get(key);
    if (positions) positions.push(position);
    else byFolded.set(key, [position]);
  });
  other.forEach((name, index) => {
    const at = byFolded.get(foldWords(name).join(' '))?.shift();
    if (at !== undefined) place(index, at);
  });
  // Then the same person spelt otherwise, the names read once.
  const baseTokens = base.map(nameTokens);
  const otherTokens = other.map(nameTokens);
  for (const anchored of [true, false]) {
    other.forEach((_, index) => {
      if (placed[index] !== undefined) return;
      const at = baseTokens.findIndex((tokens, position) => !matched[position] && sameTokens(tokens, otherTokens[index]!, anchored));
      if (at >= 0) place(index, at);
    });
  }
  // Lists of one length name their people in one order: what is left unmatched at one position under one family
  // name is one person (a position is the same in both lists, swapped or not).
  const apart: number[] = [];
  if (base.length === other.length) {
    other.forEach((_, index) => {
      if (placed[index] !== undefined || matched[index]) return;
      const family = baseTokens[index]!.family;
      if (family === '' || family !== otherTokens[index]!.family) return;
      if (samePerson && !samePerson(index)) apart.push(index);
      else place(index, index);
    });
  }
  // A name of the shorter list that matched no one is another spelling of someone listed (`He K`, a name in another
  // script) far more often than an author the longer list lacks: not added, so no one is listed twice.
  const from = swap ? pairs.map(([b, o]): [number | undefined, number | undefined] => [o, b]) : pairs;
  return { names, from, apart };
}

/** What {@link authorsOverlap} compares of an author list: its family names and its words of two letters or more. */
export interface AuthorWords {
  families: string[];
  words: Set<string>;
}

/** What stands for the authors a cut list leaves out (`others`, BibTeX's; `et al.`): never a person. */
const LEFT_OUT = /^(?:others|et\.? ?al\.?)$/i;

export function isLeftOutAuthors(name: string): boolean {
  return LEFT_OUT.test(name);
}

/**
 * What databases write, in brackets, where a work names no author: Web of Science's `[Anonymous]`, Scopus's `[No
 * author name available]`, PubMed's `[No authors listed]`. No person: an author node of it would join every such
 * editorial and news item as the work of one writer. (A bare `Anonymous`, as a journal signs a news feature, is left to
 * the thesaurus's author rules.)
 */
const NO_AUTHOR = /^\[(?:anonymous|no authors?(?: name)? (?:listed|available))\]\.?$/i;

export function isNoAuthorPlaceholder(name: string): boolean {
  return NO_AUTHOR.test(name.trim());
}

/**
 * Punctuation at a name's ends that belongs to no name: what an author list's separators leave (arXiv's `. Pazzaglia`,
 * `/Shubham Kumar Nigam`, `Smith,`) and the marks of a corresponding or equal-contribution author (`Mariia Gladkova*`,
 * `Yi-Fan Zhang†`, `Shuhan Song§`). A final period (`J.`, `Jr.`), an apostrophe (`'t Hooft`) and brackets stay.
 */
const LEADING_PUNCTUATION = /^[\s.,;:?*†‡§¶#&/\\|~^_=+\u2010-\u2015-]+/u;
const TRAILING_PUNCTUATION = /[\s,;:?*†‡§¶#&/\\|~^_=+\u2010-\u2015-]+$/u;

/** A name without the punctuation at its ends that is no part of it ({@link LEADING_PUNCTUATION}). */
export function withoutStrayPunctuation(name: string): string {
  return name.replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '');
}

/**
 * A name without a letter (`:`, `-`, `…`) names no one: arXiv lists a collaboration as `NVIDIA: Aaron Blakeman, …`,
 * which its JSON gives as the authors `NVIDIA`, `:`, `Aaron Blakeman`; an author `:` would join every such paper.
 */
export function hasNameLetter(name: string): boolean {
  return /\p{L}/u.test(name);
}

/** Names that stand for no person: a cut list's `et al.`, `others`, an anonymous submission's `Anonymous`. */
const PLACEHOLDER = /^(?:anonymous(?: authors?)?|n\/?a|unknown)$/i;

/**
 * What an author list tells about who wrote a work, for telling works of one title apart: undefined when it tells
 * nothing — no names but placeholders, or a family name not written in Latin letters of two or more (a
 * transliteration shares no letter with it: `Иван Петров` and `Ivan Petrov`, `山田太郎` and `山田 太郎`).
 */
export function comparableAuthors(names: readonly string[]): AuthorWords | undefined {
  const people = names.filter((name) => !isLeftOutAuthors(name.trim()) && !PLACEHOLDER.test(name.trim()));
  if (people.length === 0) return undefined;
  const words = authorWords(people);
  return words.families.length === people.length && words.families.every((family) => /^[a-z]{2,}$/.test(family)) ? words : undefined;
}

function authorWords(names: readonly string[]): AuthorWords {
  return {
    families: names.map((name) => nameTokens(name).family).filter((family) => family.length > 1),
    words: new Set(names.flatMap((name) => foldWords(name).filter((word) => word.length > 1))),
  };
}

/**
 * Whether two author lists share a person, as loosely as a family name can tell: a family name (last word) of one
 * list is a word (two letters or more) of a name of the other — `J. Smith` and `John Smith`, `Wang Wei` and
 * `Wei Wang`, `Juan García` and `Juan García López`. Takes what {@link comparableAuthors} makes of each list.
 */
export function authorsOverlap(x: AuthorWords, y: AuthorWords): boolean {
  return x.families.some((family) => y.words.has(family)) || y.families.some((family) => x.words.has(family));
}

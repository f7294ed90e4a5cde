/**
 * Spreadsheet exports: CSV or tab-separated text with a header row (Scopus "CSV export", IEEE Xplore "Export → CSV",
 * Springer Link's "Download search results", Web of Science "Tab-delimited", Lens and Dimensions, Zotero's "Export →
 * CSV", Publish or Perish's search results, a researcher's own sheet). Columns are found by their header's name,
 * whatever the source calls them (`Title`, `Document Title`, `Item Title`, `TI`); one row is one paper, rejected by
 * its line when it has no title. Parsed by papaparse (quoting, embedded line breaks, delimiter detection are a solved
 * problem), which runs in the viewer too.
 */
import Papa from 'papaparse';
import { dateOfParts, monthDayDate, parseDate } from '../time/dates.ts';
import { decodeTexAccents, normalizeLatex, replaceMath } from '../text/latex.ts';
import type { AuthorIds, IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl, normalizeArxivId } from './ids.ts';
import { databaseName, isNameSuffix, naturalName, personOfShortForm } from './names.ts';
import { decodeCharacterReferences, richText, undoWebOfScienceEscapes } from './markup.ts';
import { arxivIdInText, doiInLink, recordDoi } from './reference-ids.ts';
import { ARXIV_VENUE, looseDate } from './xml-records.ts';
import { lineCounter } from './text-lines.ts';
import { risDate } from './ris.ts';
import { keepRead, setDate, setVolume } from './records.ts';
import { withoutOriginalTitle } from './titles.ts';
import { zoteroExtraField, ZOTERO_NOT_PAPERS } from './zotero-json.ts';

/** Header names (lower-case letters and digits only) of each field, in order of preference. */
const COLUMNS = {
  // OpenAlex's web export names the title `display_name` (its `title` column is gone).
  title: ['title', 'documenttitle', 'itemtitle', 'articletitle', 'papertitle', 'ti', 'displayname'],
  authorsFull: ['authorfullnames', 'af'],
  // Scopus's author ids, in the order of its `Authors` (`57321683800; 58115311900`; older exports `Author Ids`, `…;7402220509;`).
  authorScopusIds: ['authorsid', 'authorids'],
  // OpenAlex's CSV flattens `authorships.author.display_name` (names separated by `|`). ASReview (and other tools
  // built on rispy) name RIS's `A1` `first_authors`, written as a Python list (`['Marx, Karl', 'Lindgren, Astrid']`).
  authors: ['authors', 'author', 'authornames', 'authorshipsauthordisplayname', 'au', 'firstauthors'],
  abstract: ['abstract', 'abstractnote', 'summary', 'ab'],
  date: ['publicationdate', 'datepublished', 'date', 'publisheddate', 'pd'],
  // (Covidence's `Published Year`)
  year: ['year', 'publicationyear', 'pubyear', 'py', 'publishedyear'],
  // Covidence's `Published Month` beside its year (`Mar`, `3`).
  month: ['publishedmonth', 'month'],
  doi: ['doi', 'itemdoi', 'di'],
  // PubMed's CSV names its venue column `Journal/Book`.
  venue: ['sourcetitle', 'publicationtitle', 'journal', 'journaltitle', 'journalbook', 'source', 'venue', 'so', 'primarylocationsourcedisplayname'],
  // A sheet of BibTeX's fields (CoLRev's, a tool's that wrote a .bib to CSV): a conference paper's venue beside the
  // journal column, read where a row's journal is empty.
  bookTitle: ['booktitle'],
  // Springer Link's `Journal Volume`; Web of Science's tab-delimited `VL`.
  volume: ['volume', 'journalvolume', 'vl'],
  // Paperpile's CSV keeps a conference paper's venue apart from the journal's.
  proceedings: ['proceedingstitle'],
  // A whole reference in one cell (PubMed's CSV `Citation`): only read for a year the record gives nowhere else.
  citation: ['citation', 'bibliographiccitation'],
  arxiv: ['arxivid', 'arxiv', 'eprint'],
  // Publish or Perish: `ArticleURL` (Google Scholar's link), `FullTextURL` (its full-text link, often arXiv's PDF).
  url: ['url', 'link', 'articleurl'],
  // Embase's link to the library's resolver, whose query names the DOI (`…&id=doi:10.1002%2Fcncr.20369&…`).
  openUrl: ['openurllink', 'openurl'],
  fullText: ['fulltexturl'],
  pmid: ['pubmedid', 'pmid', 'pm', 'idspmid'],
  // Zotero's CSV: the item type (notes and attachments are rows too), and fields where an arXiv id may sit in text
  // naming arXiv (`Extra`: `arXiv:2202.11316 [cs, stat]`; `Number`, `Archive ID`; ADS puts it in `Pages`).
  itemType: ['itemtype'],
  key: ['key'],
  extra: ['extra'],
  number: ['number', 'archiveid', 'reportnumber'],
  pages: ['pages'],
  // Scopus's record id (`2-s2.0-84937605616`): names a Scopus export.
  eid: ['eid'],
  // Lens's record id (`000-102-656-132-186`): names a Lens export.
  lensId: ['lensid'],
} as const;
type Field = keyof typeof COLUMNS;
type ColumnIndex = Partial<Record<Field, number>>;

const headerKey = (name: string) => name.replace(/^\ufeff/, '').toLowerCase().replace(/[^a-z0-9]/g, '');

function columnIndex(header: readonly string[]): ColumnIndex {
  const keys = header.map(headerKey);
  const index: ColumnIndex = {};
  for (const field of Object.keys(COLUMNS) as Field[]) {
    for (const name of COLUMNS[field]) {
      const at = keys.indexOf(name);
      if (at >= 0) {
        index[field] = at;
        break;
      }
    }
  }
  return index;
}

/**
 * The header row among a text's first two lines, split on the delimiter papaparse would pick: the first, or the
 * second when the first is a note about the export (Dimensions writes `About the data: Exported on …` above it).
 */
function headerRow(head: string): string[] {
  for (const line of head.replace(/^\ufeff/, '').split(/\r\n?|\n/, 2)) {
    if (!/[,\t;]/.test(line)) continue;
    const cells = Papa.parse<string[]>(line, { preview: 1 }).data[0] ?? [];
    if (columnIndex(cells).title !== undefined) return cells;
  }
  return [];
}

/** A header row that names a title column and two other paper fields is a spreadsheet of papers; one other, likely. */
function sniffCsv(head: string): number {
  const index = columnIndex(headerRow(head));
  if (index.title === undefined) return 0;
  const others = (['authors', 'authorsFull', 'abstract', 'year', 'date', 'doi', 'venue'] as const).filter((field) => index[field] !== undefined).length;
  return others >= 2 ? 1 : others === 1 ? 0.7 : 0;
}

/**
 * Scopus's "Authors" column: `Phillips J.C., Braun R., Kalé L.` → `J.C. Phillips`, `R. Braun`, `L. Kalé`; a suffix
 * joined to its name by {@link withSuffixesJoined} goes last (`Thompson F.R. III` → `F.R. Thompson III`).
 */
function initialsLast(name: string): string {
  const suffix = /^(.+\S)\s+(\S+)$/.exec(name.trim());
  if (suffix && isNameSuffix(suffix[2]!)) return `${databaseName(suffix[1]!)} ${suffix[2]}`;
  return databaseName(name.trim());
}

/** Pieces of a comma-separated list, a generational suffix joined to the name before it (`Thompson F.R.`, `III`). */
function withSuffixesJoined(pieces: readonly string[]): string[] {
  const joined: string[] = [];
  for (const piece of pieces) {
    if (joined.length > 0 && isNameSuffix(piece)) joined[joined.length - 1] += ` ${piece.trim()}`;
    else joined.push(piece);
  }
  return joined;
}

/**
 * The date of a reference written in one cell, from the year it gives in brackets: Embase's `Source`,
 * `Endoscopic Ultrasound (2014) 3:3 (152-160). Date of Publication: 2014` (made as precise as its `Date of Publication:
 * 25 Aug 2004` when that is the same year), `Journal of X (1999) 12`. The venue is the text before the year.
 */
function citationDate(text: string | undefined): { date: string; venue: string | undefined } | undefined {
  if (!text) return undefined;
  const match = /\(((?:19|20)\d\d)\)/.exec(text);
  if (!match) return undefined;
  const year = match[1]!;
  const published = looseDate(/\bDate of Publication:\s*(.+?)\.?\s*$/i.exec(text)?.[1]);
  const date = published?.startsWith(year) ? published : parseDate(year);
  if (!date) return undefined;
  const before = text.slice(0, match.index).replace(/[\s.,;:]+$/, '');
  return { date, venue: before || undefined };
}

/** Initials alone, as the older Scopus layout writes a given name: `Y.`, `J.R.`, `Z.-U.-Z.`, `J. A.`. */
const INITIALS_ONLY = /^(?:\p{Lu}\.[-\s]?)+$/u;

/**
 * The older Scopus CSV (before `Author full names`) separates family name and initials by the same comma as people:
 * `Pan, Y., Yu, C., Zhang, X.`. A piece of initials alone belongs to the piece before it: `Y. Pan`, `C. Yu`, `X. Zhang`;
 * a piece no initials follow is a name of its own (a group author: `Smith, J., World Health Organization`). Undefined
 * when no piece is initials alone (the newer `Phillips J.C., Braun R.`, names in full) or initials stand first.
 */
function familyInitialsPairs(pieces: readonly string[]): string[] | undefined {
  const names: string[] = [];
  let paired = false;
  for (let at = 0; at < pieces.length; ) {
    const piece = pieces[at]!.trim();
    const next = pieces[at + 1]?.trim();
    if (INITIALS_ONLY.test(piece) || !/\p{L}/u.test(piece)) return undefined;
    if (next !== undefined && INITIALS_ONLY.test(next)) {
      names.push(`${next} ${piece}`);
      paired = true;
      at += 2;
    } else {
      names.push(databaseName(piece));
      at += 1;
    }
  }
  return paired ? names : undefined;
}

/** MEDLINE's short form of a person: family name, a space, up to three initials run together (`Hill MK`, `Anand P`). */
const SHORT_FORM = /^\p{L}[\p{L}\p{M}'’ -]*\s\p{Lu}{1,3}$/u;

/**
 * PubMed's CSV `Authors` (`Hill MK, Patel RR, Anand P, Dellavalle RP.`, a group after a `;`: `Lopez BL; Delaware Valley
 * EM Residency Program Directors Group.`) and Paperpile's (`Torroledo I,Camacho LD`): short forms between commas, each
 * read as the databases' short forms are (`M. K. Hill`), a group as written. Undefined when a person is not so written,
 * or a `;` separates people.
 */
function shortFormList(value: string): string[] | undefined {
  const [people = '', ...groups] = value.replace(/\.\s*$/, '').split(/\s*;\s*/);
  const pieces = people.split(/\s*,\s*/).filter((piece) => piece !== '');
  // (IEEE Xplore's `Mrinalini K; Vijayalakshmi P` are people between `;`, as written: no group is a short form)
  if (pieces.length === 0 || !pieces.every((piece) => SHORT_FORM.test(piece)) || groups.some((group) => SHORT_FORM.test(group))) return undefined;
  const names = pieces.map(personOfShortForm);
  for (const group of groups) if (/\p{L}/u.test(group)) names.push(group.replace(/\.$/, '').trim());
  return names;
}

/** Academic titles Springer Link writes before a name (`Assist. Prof. Dr.`, `Ph.D.`): no part of one, and a name ends before them. */
const NAME_TITLES = /(?:(?:Prof|Dr|Assoc|Assist|Ph\.D)\.\s*)+/;

/**
 * The start of a family name written with a capital inside it (`DeMarco`, `McDonald`, `VanDyke`, `AlQahtani`,
 * `AbdElbaki`): no name ends there.
 */
const FAMILY_PARTICLE = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Dela|Della|Des|Le|La|Van|Von|St|Al|El|Abd|Abdel|Abdul|Abu|Ben|Bin|Ibn)$/;

/** Given names that open a given name of two written as one word (`MohammadReza`, `AmirHossein`, `SeyedAkbar`). */
const COMPOUND_OPENER = /^(?:Mohammad|Mohammed|Mohamad|Mohamed|Muhammad|Amir|Ahmad|Ahmed|Seyed|Seyyed|Syed)$/;

/** One romanised syllable (`Hong`, `Bin`, `Jae`, `Seung`, `Xiao`, `Hwan`, `Van`): two of them are a given name (`HongBin`, `JaeSeung`). */
const SYLLABLE = /^[^aeiouy]{0,3}[aeiouy]{1,3}(?:ng|nn|n|m|k|l|r|p|t|h|ck)?$/i;

/** An initial (`H.`, `Yu.`, `Md.`), or initials without a full stop (`R`, `SK`). */
const INITIAL = /^(?:\p{Lu}\p{Ll}?\.|\p{Lu}{1,3})$/u;

/**
 * Where a word (no spaces) of glued names is cut: a lower-case letter, then a capital that starts a word or an
 * initial (`XuH.`), or up to three initials without a full stop that end the word or stand before a hyphenated name
 * (`ParamasivamR Leela`, `KaruppiahSK Hafizul`, `TsaiI-Hsien`); not `PhD`'s `D`.
 */
const GLUED = /(?<=\p{Ll})(?<!\bPh)(?=\p{Lu}[\p{Ll}.’']|\p{Lu}{1,3}(?:-\p{Lu}|$))/u;

/**
 * Whether a piece glued to the name being read (`name`, its words so far, the last one the piece it is glued to)
 * belongs to it rather than starting the next name. It does after a family name's particle (`De|Marco`, `Mc|Donald`,
 * `Hossain-Mc|Kenzie`), unless that is the only place the word could be cut and a name follows (`Jian Du|Wei Li`;
 * `onlyCut`). Glued to a name's first word, it is that name's given name when the two are romanised
 * syllables (`Hong|Bin Zhu`), the first is a given name that opens compound ones (`Amir|Hossein`) or is too short to
 * be a name alone (`Jo|Ann`); any other first word is a name of one word, as Springer Link writes mononyms
 * (`Kinshuk|Henda Ben Ghezala`, `Samriti|Gurvinder Singh`). Last in the list, after a name of initials and one word,
 * it is that word's second half (`A. Vishnu|Priya`); after a longer name, a mononym (`Madhuri Malakar|Shweta`).
 */
function belongsToName(name: readonly string[], piece: string, last: boolean, onlyCut: boolean): boolean {
  const word = name[name.length - 1]!;
  if (FAMILY_PARTICLE.test(word.split('-').pop()!) && (last || !onlyCut || name.length === 1)) return true;
  if (name.length === 1) return (SYLLABLE.test(word) && SYLLABLE.test(piece)) || COMPOUND_OPENER.test(word) || [...word].length <= 2;
  return last && name.filter((part) => !INITIAL.test(part)).length < 2;
}

/**
 * Springer Link writes the authors glued together (`Araz R. AlievNigar T. Ismayilova`), titles included (`Prof. Dr.`):
 * a name starts where a lower-case letter meets a capital that starts a word or an initial (`Feng XuH. M. N. Dilum
 * Bandara`, `N. I. YusupovaM. R. Bogdanov`, `N. S. KulyasovYu. P. Tikhonov`, `Omid Rajabi ShishvanDaphney-Stavroula
 * Zois`), and after a title; but a capital inside a name does not start another (`HongBin Zhu`, `Andrea DeMarco`:
 * see belongsToName), and a name of one word is kept whole (`KinshukHenda Ben Ghezala` is Kinshuk and Henda Ben
 * Ghezala).
 */
function ungluedNames(value: string): string[] {
  const names: string[] = [];
  for (const segment of value.split(NAME_TITLES)) {
    const words = segment.trim().split(/\s+/).filter((word) => word !== '');
    let name: string[] = [];
    words.forEach((word, wordAt) => {
      const pieces = word.split(GLUED);
      pieces.forEach((piece, pieceAt) => {
        if (pieceAt === 0 || name.length === 0) return void name.push(piece);
        const last = wordAt === words.length - 1 && pieceAt === pieces.length - 1;
        if (belongsToName(name, piece, last, pieces.length === 2)) name[name.length - 1] += piece;
        else {
          names.push(name.join(' '));
          name = [piece];
        }
      });
    });
    if (name.length > 0) names.push(name.join(' '));
  }
  return names;
}

/**
 * How a file writes its author lists. `semicolons`: people are separated by `;` and each is one person whatever its
 * commas (`Telgarsky, Matus` alone in a row is one author) — Zotero's CSV, and any file where some row separates by
 * `;` (Dimensions, IEEE Xplore, Lens). `glued`: Springer Link's names without separators.
 */
interface AuthorStyle {
  semicolons: boolean;
  glued: boolean;
  /** A Scopus export (an `EID` column): titles may end with the original-language title in brackets. */
  scopus: boolean;
  /** A Lens export (a `Lens ID` column): an abstract's line breaks are written as `;`. */
  lens: boolean;
}

/** An author list or venue cut short by Google Scholar, as Publish or Perish passes it on. */
const CUT_LIST = /\s*(?:…|\.\.\.)\s*$/;

/**
 * The strings of a list written as Python or JSON writes one (`['Marx, Karl', "O'Brien, Pat"]`, `[]`): what tools
 * built on pandas (ASReview) leave in a cell that held a list. Undefined when the value is not such a list whole.
 */
export function listLiteral(value: string): string[] | undefined {
  const text = value.trim();
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const items: string[] = [];
  const item = /\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*(,|\])/y;
  let at = 1;
  if (/^\[\s*\]$/.test(text)) return items;
  for (;;) {
    item.lastIndex = at;
    const match = item.exec(text);
    if (!match) return undefined;
    items.push(unescapeLiteral(match[1] ?? match[2] ?? ''));
    at = item.lastIndex;
    if (match[3] === ']') return at === text.length ? items : undefined;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r' };

/** A Python or JSON string literal's escapes: `\'`, `\"`, `\\`, `\n`, `\xe9`, `\u00e9`. */
function unescapeLiteral(text: string): string {
  return text.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))/g, (_whole, hex?: string, unicode?: string, char?: string) =>
    hex ?? unicode ? String.fromCharCode(parseInt((hex ?? unicode)!, 16)) : (ESCAPES[char!] ?? char!),
  );
}

/**
 * TeX math in a title or abstract as the text it prints: IEEE Xplore writes a formula as its TeX and then, often, the
 * text it renders to (`Fed$n$nP`, `up to $3\times$3× speedup`, `$185\times$185×`): that TeX is dropped, the rendering
 * kept; other math is flattened as arXiv's is (`$111 \times$ improvement` → `111 × improvement`, `$\mathtt {CGUM}$` →
 * `CGUM`). A lone `$` (`for $0.08 per Violation`) stays.
 */
function mathAsText(value: string): string {
  if (!value.includes('$')) return value;
  const withoutEchoedTex = value.replace(/\$([^$\n]+)\$(?=([^$]*))/g, (whole, tex: string, after: string) => {
    const rendered = replaceMath(whole).replace(/\s+/g, '');
    return rendered !== '' && after.replace(/\s+/g, '').startsWith(rendered) ? '' : whole;
  });
  return replaceMath(withoutEchoedTex).replace(/\s+/g, ' ').trim();
}

/** A cell's TeX accents as letters, when it has any. */
function texText(value: string | undefined): string | undefined {
  return value?.includes('\\') ? decodeTexAccents(value) : value;
}

/** A Scopus author id in `Author full names` (`Serpico, C. (23013514800)`), or an item of `Author(s) ID`. */
const SCOPUS_AUTHOR_ID = /^\d{5,}$/;

/**
 * The authors of a row with their Scopus author ids: those `Author full names` gives after each name (`Phillips,
 * James C. (57202138757)`), else `Author(s) ID`'s, matched by position when it lists one id per author read.
 */
function authorsWithIds(full: string | undefined, short: string | undefined, idList: string | undefined, style: AuthorStyle): { authors: string[]; authorIds?: Array<AuthorIds | undefined> } {
  const listed = idList?.split(';').map((id) => id.trim()).filter((id) => id !== '') ?? [];
  const byPosition = (count: number) => (listed.length === count && listed.every((id) => SCOPUS_AUTHOR_ID.test(id)) ? listed : undefined);
  if (!full?.trim()) {
    const authors = authorNames(short, style);
    const ids = byPosition(authors.length);
    return ids && authors.length > 0 ? { authors, authorIds: ids.map((scopus) => ({ scopus })) } : { authors };
  }
  // Scopus's "Author full names": `Phillips, James C. (57202138757); Braun, Rosemary (7402220509)`.
  // Web of Science's tab-delimited `AF` holds the short form where a record has no full names (`Parks, CG`).
  const people = full
    .split(';')
    .map((piece) => /^(.*?)\s*(?:\((\d+)\))?\s*$/s.exec(piece.trim())!)
    .map(([, name = '', id]) => ({ name: databaseName(name), id }))
    .filter(({ name }) => name !== '');
  const ids = byPosition(people.length);
  const authorIds = people.map(({ id }, at) => {
    const scopus = id ?? ids?.[at];
    return scopus && SCOPUS_AUTHOR_ID.test(scopus) ? { scopus } : undefined;
  });
  const authors = people.map(({ name }) => name);
  return authorIds.some((entry) => entry !== undefined) ? { authors, authorIds } : { authors };
}

function authorNames(short: string | undefined, style: AuthorStyle): string[] {
  // A list written as Python or JSON writes one: a person an item.
  const listed = short === undefined ? undefined : listLiteral(short);
  if (listed) return listed.map((name) => databaseName(name.replace(/\s+/g, ' ').trim())).filter((name) => name !== '');
  // Google Scholar (Publish or Perish) cuts long lists with `…` (`F Wu…`): the names before it are whole.
  const value = short?.replace(CUT_LIST, '').trim();
  if (!value) return [];
  if (value.includes('|')) return value.split('|').map((name) => naturalName(name.trim())).filter((name) => name !== '');
  const shortForms = shortFormList(value);
  if (shortForms) return shortForms;
  if (value.includes(';') || style.semicolons) return value.split(';').map((name) => naturalName(name.trim())).filter((name) => name !== '');
  // BibTeX's list, kept by a tool that wrote a .bib's fields to a sheet: `Haddaway, Neal R. and Feierman, Andrew`.
  const bibtexList = value.split(/\s+and\s+/);
  if (bibtexList.length > 1 && bibtexList.every((name) => /^[^,]+,[^,]+(?:,\s*[^,]+)?$/.test(name))) return bibtexList.map(naturalName);
  // A generational suffix is a piece of its own between commas (Scopus: `Thompson F.R., III, Jones-Farrand T.`).
  // (APA's `Smith, J., Jones, B., & Lee, K.`: the `&` or `and` before the last person is no part of a name)
  const pieces = withSuffixesJoined(value.split(/,\s*/).map((piece) => piece.replace(/^(?:&|and)\s+/, '')).filter((piece) => piece !== ''));
  const paired = familyInitialsPairs(pieces);
  if (paired) return paired;
  if (/\p{Lu}\.,/u.test(value) || /\p{Lu}\.$/u.test(value)) return pieces.map(initialsLast).filter((name) => name !== '');
  if (style.glued) return ungluedNames(value);
  // (a list written as a sentence, `A, B, and C`, `A, B & C`: the `and` or `&` before the last is no part of a name;
  // a generational suffix between commas, `John Smith, Jr., Jane Doe`, belongs to the name before it)
  return withSuffixesJoined(value.split(/,\s*(?:and\s+|&\s*)?|\s+and\s+|\s+&\s+/).map((name) => name.trim()).filter((name) => name !== ''));
}

/**
 * A cell's abstract as text. Lens passes on the publishers' markup — Crossref's JATS (`<jats:p>`, `<jats:title>Abstract
 * </jats:title>`), PubMed's (`<AbstractText Label="METHODS">`), HTML (`<title>Abstract</title> <p>…</p>`), escaped
 * once more (`&lt;jats:p&gt;`) — and writes each line break of it as `;` and the next line's indentation (`</jats:title>;
 *         <jats:p>`, `vision.&#x0D;; QR codes`): a line break, a space once read. The markup is read as text, a heading
 * that only says "Abstract" dropped; in other files only markup that closes its tags is read so (`p < 0.05` stays).
 */
function csvAbstract(value: string | undefined, style: AuthorStyle): string {
  if (!value) return '';
  const joined = style.lens ? value.replace(/\r;[ \t]*|;(?=\s*\n|[ \t]{2,})/g, ' ') : value;
  // (Web of Science's tab-delimited export has its escapes: `Schr & ouml;dinger`, `MPa<middle dot>m/s`)
  const text = richText(undoWebOfScienceEscapes(joined)).replace(/\s+/g, ' ').trim();
  // LaTeX an abstract kept from a .bib (Zotero's CSV of an arXiv import: `\emph{Nystr\"om method}`) as the text it prints.
  return /\\(?:[A-Za-z]{2,}\{|["'`^~=.]\{?[A-Za-z])/.test(text) ? normalizeLatex(mathAsText(text)).replace(/\s+/g, ' ') : mathAsText(text);
}

function toPaper(cells: readonly string[], columns: ColumnIndex, style: AuthorStyle, source: { file: string; line: number; record: number }): PaperRecord | string {
  /** A cell's text, its whitespace folded unless the lines matter (Zotero's Extra holds one field a line). */
  // HTML's character references are left in the cells of several exporters (IEEE Xplore's authors `B. B&#x00E9;atrix-May;
  // S. I. &#x015E;tefan`, whose `;` would split a name; Springer Link's titles `for&#xa0;Responsible`, `&amp;`): read
  // as their characters before anything else, so a reference's `;` is no separator.
  const cell = (field: Field, fold = true): string | undefined => {
    const at = columns[field];
    const raw = at === undefined ? undefined : cells[at];
    const decoded = raw?.includes('&') ? decodeCharacterReferences(raw) : raw;
    const value = fold ? decoded?.replace(/\s+/g, ' ').trim() : decoded?.trim();
    return value ? value : undefined;
  };
  // Titles imported into reference managers from BibTeX keep its accents (`Nystr\"om`); Zotero's keep its rich
  // text (`<i>…</i>`).
  // Springer Link leaves HTML's character references in its titles (`for&#xa0;Responsible`, `Scientific Program &amp;
  // Abstracts`), rich text or not.
  const written = cell('title') && mathAsText(richText(undoWebOfScienceEscapes(decodeTexAccents(cell('title')!))).replace(/\s+/g, ' ').trim());
  if (!written) return 'row has no title';
  const title = style.scopus ? withoutOriginalTitle(written) : written;
  const paper: PaperRecord = {
    title,
    abstract: csvAbstract(cell('abstract', !style.lens), style),
    authors: [],
    tags: [],
    sources: [source],
  };
  // TeX accents left by a BibTeX import (`Tam\'{a}s Tak\'{a}cs`), as in titles.
  const { authors, authorIds } = authorsWithIds(texText(cell('authorsFull')), texText(cell('authors')), cell('authorScopusIds'), style);
  paper.authors = authors;
  if (authorIds) paper.authorIds = authorIds;
  // A trailing separator is not part of the DOI (`10.1086/666502;` in a Zotero export). Zotero keeps the DOI of an
  // item type without a DOI field (a conference paper before Zotero 7) as a `DOI: …` line of Extra.
  // Without a DOI column (Embase), the DOI a link's query gives (OpenURL's `id=doi:…`, Scopus's `doi=…`).
  const doi =
    recordDoi(cell('doi')?.replace(/[;,\s]+$/, '')) ??
    recordDoi(zoteroExtraField(cell('extra', false), 'DOI')) ??
    doiInLink(cell('openUrl')) ??
    doiInLink(cell('url'));
  if (doi) paper.doi = doi;
  const arxivText = cell('arxiv');
  const arxivId =
    (arxivText ? normalizeArxivId(arxivText.replace(/^arxiv:/i, '')) : undefined) ??
    arxivIdFromDoi(doi) ??
    arxivIdFromUrl(cell('url')) ??
    arxivIdFromUrl(cell('fullText')) ??
    (['extra', 'number', 'venue', 'pages'] as const).map((field) => arxivIdInText(cell(field))).find((id) => id !== undefined);
  if (arxivId) paper.arxivId = arxivId;
  // As typed or as a spreadsheet rewrote it (`2/13/2023` once Excel has saved a Zotero export); a year column as RIS
  // writes its dates (`2014//`, `2012///`: ASReview's `publication_year`), or starting with a year (`2014 Spring`).
  const year = cell('year');
  const yearAlone = /^\d{4}$/.test(year ?? '') ? year : undefined;
  // A month column beside the year (Covidence's `Published Month`: `Mar`, `3`).
  const monthDate = yearAlone && cell('month') ? (monthDayDate(cell('month'), yearAlone) ?? dateOfParts(yearAlone, cell('month'))) : undefined;
  let date = looseDate(cell('date')) ?? monthDate ?? parseDate(year) ?? risDate(year) ?? parseDate(/^(\d{4})(?!\d)/.exec(year ?? '')?.[1]);
  let venue = cell('venue') ?? cell('bookTitle') ?? cell('proceedings');
  // No date column: the year a citation gives in brackets (Embase's `Source`).
  if (!date) {
    const cited = citationDate(venue);
    if (cited) (date = cited.date), (venue = cited.venue);
    else date = citationDate(cell('citation'))?.date;
  }
  setDate(paper, date);
  // `arXiv preprint arXiv:2202.04985`, `ArXiv e-prints`: the arXiv id, not a venue.
  // Publish or Perish writes a lone `…` where Google Scholar shows no venue.
  if (venue && !ARXIV_VENUE.test(venue) && venue.replace(CUT_LIST, '') !== '') paper.venue = venue;
  setVolume(paper, cell('volume'));
  // OpenAlex gives the PubMed id as a URL (`https://pubmed.ncbi.nlm.nih.gov/33251087`); Zotero a `PMID: …` line of Extra.
  const pmid = (cell('pmid') ?? zoteroExtraField(cell('extra', false), 'PMID'))?.replace(/^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)\/?$/, '$1');
  if (pmid && /^\d+$/.test(pmid)) paper.ids = { pmid };
  return paper;
}

type Row = { cells: string[]; line: number; problem?: string };

/** The rows of a text, each with the line it starts on and the parser's complaint about it, if any. */
function parseRows(text: string, delimiter: string, quoted: boolean): Row[] {
  const lineAt = lineCounter(text);
  const rows: Row[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    // Quoting off: a `"` is a character like any other (the NUL is no character of a text file: those are binary).
    ...(quoted ? {} : { quoteChar: '\0' }),
    skipEmptyLines: 'greedy',
    step(row) {
      // The row's first character: its start, past the line breaks of blank lines skipped before it.
      let start = rowStart;
      while (text[start] === '\n' || text[start] === '\r') start++;
      const problem = row.errors[0]?.message;
      rows.push({ cells: row.data, line: lineAt(start), ...(problem ? { problem } : {}) });
      rowStart = row.meta.cursor;
    },
  });
  return rows;
}

/**
 * The rows of a spreadsheet export. Tab-separated exports do not quote their cells (Web of Science's "Tab-delimited"
 * writes a title that opens with a quote mark as it is: `"Living on the edge": …`), where a quote at a cell's start
 * would swallow the tabs and line breaks up to the next quote mark, running rows together: a tab-separated text that
 * does not read as quoted cells, while every row read without quoting has the header's cells, is read so.
 */
function spreadsheetRows(text: string): Row[] {
  const firstLine = text.split(/\r\n?|\n/, 1)[0] ?? '';
  const delimiter = Papa.parse<string[]>(firstLine, { preview: 1 }).meta.delimiter;
  const rows = parseRows(text, delimiter, true);
  if (delimiter !== '\t' || !rows.some((row) => row.problem)) return rows;
  const unquoted = parseRows(text, delimiter, false);
  const width = unquoted[0]?.cells.length ?? 0;
  return unquoted.every((row) => row.cells.length >= width) ? unquoted : rows;
}

export function parseCsv(input: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const text = input.replace(/^\ufeff/, '');
  const rows = spreadsheetRows(text);
  // The header is the first row, or the second under a one-line note about the export (Dimensions).
  const headerAt = rows.length > 1 && columnIndex(rows[0]!.cells).title === undefined && columnIndex(rows[1]!.cells).title !== undefined ? 1 : 0;
  const header = rows[headerAt];
  const body = rows.slice(headerAt + 1);
  if (!header) return result;
  const columns = columnIndex(header.cells);
  if (columns.title === undefined) {
    result.rejections.push({ file, line: header.line, message: `no title column in the header row (${header.cells.slice(0, 6).join(', ')}${header.cells.length > 6 ? ', …' : ''})` });
    return result;
  }
  if (headerAt === 1) result.warnings.push({ file, line: rows[0]!.line, message: `the line above the header row is not read: ${rows[0]!.cells.join(' ').slice(0, 80)}` });
  const authorsAt = columns.authors;
  const style: AuthorStyle = {
    glued: headerKey(header.cells[columns.title] ?? '') === 'itemtitle',
    scopus: columns.eid !== undefined,
    lens: columns.lensId !== undefined,
    // Zotero's header (`Key`, `Item Type`): its `Author` column is `Last, First; Last, First` even with one author.
    semicolons: (columns.key !== undefined && columns.itemType !== undefined) || (authorsAt !== undefined && body.some(({ cells }) => cells[authorsAt]?.includes(';'))),
  };
  const skipped = new Map<string, number>();
  let firstSkipped: number | undefined;
  const cutLists: number[] = [];
  body.forEach(({ cells, line, problem }, index) => {
    const source = { file, line, record: index };
    if (problem) return void result.rejections.push({ ...source, message: `row cannot be read: ${problem}` });
    // Zotero exports standalone notes and attachments as rows of their own: not papers.
    const itemType = columns.itemType === undefined ? undefined : cells[columns.itemType]?.trim();
    if (itemType && ZOTERO_NOT_PAPERS.has(itemType)) {
      skipped.set(itemType, (skipped.get(itemType) ?? 0) + 1);
      firstSkipped ??= line;
      return;
    }
    if (authorsAt !== undefined && columns.authorsFull === undefined && CUT_LIST.test(cells[authorsAt] ?? '')) cutLists.push(line);
    keepRead(result, toPaper(cells, columns, style, source), source);
  });
  if (cutLists.length > 0) {
    const lines = cutLists.length === 1 ? `line ${cutLists[0]}` : `lines ${cutLists.slice(0, 5).join(', ')}${cutLists.length > 5 ? ', …' : ''}`;
    result.warnings.push({ file, line: cutLists[0]!, message: `${cutLists.length} author list${cutLists.length === 1 ? '' : 's'} cut short with "…" by the source (${lines}): only the authors before it are read` });
  }
  if (skipped.size > 0) {
    const counts = [...skipped].map(([type, count]) => `${count} ${type}${count === 1 ? '' : 's'}`).join(', ');
    result.warnings.push({ file, line: firstSkipped!, message: `not papers, not read: ${counts}` });
  }
  return result;
}

export const csvFormat: InputFormat = {
  name: 'csv',
  label: 'CSV or tab-separated with a header row',
  extensions: ['.csv', '.tab'],
  sniff: sniffCsv,
  parse: parseCsv,
};

/**
 * Paper lists written in Markdown: the "awesome" READMEs of GitHub (`Awesome-LLM`, `Awesome-Efficient-LLM`…), one
 * paper per list item or table row, linked to where it can be read. An item is a paper when it links to a paper
 * (arXiv abs/pdf, a DOI, OpenReview, the ACL Anthology, PMLR, NeurIPS/ACM/IEEE proceedings, Semantic Scholar, Hugging
 * Face papers); in a table that holds such rows, a row whose link goes elsewhere (a lab's own PDF) is a paper too.
 * Items that only link to code, to other lists or to nothing are the list's furniture and not read.
 *
 * The title is the text of the paper's link (`[Title](https://arxiv.org/abs/…)`), else of another link on the item
 * that is not a label (`[paper]`, `[PDF]`, `[code]`), else the item's bold text (`**Title.** [paper](…)`); authors
 * when the list gives them after the title in the same cell (`[Title](…) <br> A, B, C`); the arXiv id and DOI from the
 * links; the date from a `2023-05` column or `(2021-01)` prefix, else the arXiv id's month; the venue from a
 * `Conference-ICML'23` badge.
 */
import { arxivIdDate, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromUrl, normalizeDoi } from './ids.ts';
import { splitAuthorString } from './names.ts';
import { setDate } from './records.ts';

interface Link {
  text: string;
  url: string;
  /** Offset of the link's `[` in the line. */
  at: number;
  end: number;
}

/** Links (not images) of a Markdown line: `[text](url)`, where text may hold a badge image `[![…](…)](…)`. */
function linksOf(line: string): Link[] {
  const links: Link[] = [];
  const pattern = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;
  for (const match of line.matchAll(pattern)) {
    if (match[1]) continue;
    links.push({ text: match[2]!, url: match[3]!, at: match.index, end: match.index + match[0].length });
  }
  return links;
}

/** Where papers are read: a link there names one paper. */
const PAPER_URL =
  /^https?:\/\/(?:www\.)?(?:(?:export\.)?arxiv\.org\/(?:abs|pdf)\/|(?:dx\.)?doi\.org\/10\.|openreview\.net\/(?:forum|pdf)\?|aclanthology\.org\/|(?:www\.)?aclweb\.org\/anthology\/|proceedings\.mlr\.press\/|papers\.nips\.cc\/paper|proceedings\.neurips\.cc\/paper|dl\.acm\.org\/doi\/|ieeexplore\.ieee\.org\/(?:document|abstract)\/|(?:www\.)?semanticscholar\.org\/paper\/|huggingface\.co\/papers\/\d|openaccess\.thecvf\.com\/|(?:www\.)?jmlr\.org\/papers\/|link\.springer\.com\/(?:article|chapter)\/|(?:www\.)?nature\.com\/articles\/|ojs\.aaai\.org\/index\.php\/AAAI\/article\/)/i;

/** A link to a PDF file (`…/Report.pdf`, `…/paper.pdf?raw=true`): in a table of papers, the row's paper wherever it lives. */
const PDF_URL = /^https?:\/\/[^?#\s]+\.pdf(?:[?#]\S*)?$/i;

/** Link texts that label a link rather than name a paper. */
const LABEL = /^(?:\W*(?:paper|pdf|arxiv|abs|abstract|link|code|github|project|project page|page|website|homepage|blog|demo|video|slides|poster|html|doi|openreview|hf|hugging ?face|model|models|dataset|data|star|stars|bib|bibtex|citation|here|official|repo|repository|huggingface|weights|checkpoint|checkpoints)\W*)$/i;

/** Markdown and HTML out of a piece of text: emphasis, inline code, tags, entities, badges. */
function plain(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[*_`]+/g, '')
    // Markdown's escapes (`Q\&A`, `\[`, `\*`): the character itself.
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A paper's title, not a label or a model's name (`T5`, `OPT-1.3|6.7|13|30|66B`): two words at least. */
function isTitleText(text: string): boolean {
  const words = plain(text);
  return words.length >= 4 && /\S\s+\S/.test(words) && !LABEL.test(words) && !/^https?:\/\//i.test(words);
}

/** A list item (`- `, `* `, `+ `, `1. `) or a table row (`| … |`, not the `|---|` separator). */
function itemKind(line: string): 'item' | 'row' | undefined {
  if (/^\s*(?:[-*+]|\d{1,4}[.)])\s+\S/.test(line)) return 'item';
  if (/^\s*\|/.test(line) && !SEPARATOR_ROW.test(line)) return 'row';
  return undefined;
}

interface Cell {
  /** Offset of the cell's first character (after its `|`) in the line. */
  start: number;
  text: string;
}

/** The cells of a table row: split at each `|` not escaped (`\|`); the text after the closing `|` is no cell. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let start = line.indexOf('|') + 1;
  for (let index = start; index <= line.length; index++) {
    if (index < line.length && (line[index] !== '|' || line[index - 1] === '\\')) continue;
    cells.push({ start, text: line.slice(start, index) });
    start = index + 1;
  }
  if (cells.length > 1 && cells[cells.length - 1]!.text.trim() === '') cells.pop();
  return cells;
}

/** A table's separator row, `|:---:|---|`: the row above it is the table's header. */
const SEPARATOR_ROW = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
/** A header naming the column of titles: `Title`, `Paper Title`, `Title & Authors`; else a `Paper` column. */
const TITLE_COLUMN = /\btitles?\b/i;
const PAPER_COLUMN = /^papers?(?:\s+name)?$/i;
/** A header naming a column of code links, whose link texts are repositories' names, never a paper's title. */
const CODE_COLUMN = /^(?:codes?|github|repo(?:s|sitory|sitories)?|implementations?|(?:source|official) code|stars?)$/i;
/** A header naming the column of venues (`Venue`, `Conference`, `Journal`, `Published in`). */
const VENUE_COLUMN = /^(?:venues?|conferences?|conf\.?|journals?|publication|published(?: in)?|publisher)$/i;

interface Entry {
  line: number;
  text: string;
  kind: 'item' | 'row';
  links: Link[];
  paperLinks: Link[];
  /** Links that may give the title: all but those in a code column (`[[MInference 1.0]](github…)`). */
  titleLinks: Link[];
  /** In a table whose header names a title column: this row's cell of it. */
  titleCell?: Cell;
  /** In a table whose header names a venue column: this row's text of it. */
  venueCell?: string;
}

function entries(text: string): Entry[] {
  const found: Entry[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let inFence = false;
  /** The header's column names of the table being read (lower case), undefined outside a table with a header. */
  let header: string[] | undefined;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    if (SEPARATOR_ROW.test(line)) return;
    if (itemKind(line) === 'row' && SEPARATOR_ROW.test(lines[index + 1] ?? '')) {
      header = cellsOf(line).map((cell) => plain(cell.text).toLowerCase());
      return;
    }
    if (itemKind(line) !== 'row') header = undefined;
    // A paragraph that starts with a bold title and links a paper is an item too (`**Survey title**. *A, B*. [[pdf](…)]`).
    const kind = itemKind(line) ?? (/^\s*(?:\*\*|__)\S/.test(line) ? 'item' : undefined);
    if (!kind) return;
    const links = linksOf(line);
    const paperLinks = links.filter((link) => PAPER_URL.test(link.url));
    if (!itemKind(line) && paperLinks.length === 0) return;
    const entry: Entry = { line: index + 1, text: line, kind, links, paperLinks, titleLinks: links };
    if (kind === 'row' && header) {
      const cells = cellsOf(line);
      const column = (link: Link) => header![cells.findLastIndex((cell) => cell.start <= link.at)] ?? '';
      entry.titleLinks = links.filter((link) => !CODE_COLUMN.test(column(link)));
      const named = header.findIndex((name) => TITLE_COLUMN.test(name));
      const titleColumn = named >= 0 ? named : header.findIndex((name) => PAPER_COLUMN.test(name));
      if (titleColumn >= 0 && cells[titleColumn]) entry.titleCell = cells[titleColumn];
      const venueColumn = header.findIndex((name) => VENUE_COLUMN.test(name));
      if (venueColumn >= 0 && cells[venueColumn]) entry.venueCell = plain(cells[venueColumn].text);
    }
    found.push(entry);
  });
  return found;
}

/**
 * The title written as a title cell's text (`🔥🔥[**MInference 1.0**] MInference 1.0: Accelerating Pre-filling…(@Microsoft)`):
 * links read as their text, without leading emoji, the bracketed short name before it and the `(@lab)` after it.
 */
function cellTitle(cell: string): string | undefined {
  // Links read as their text, but for labels (`[[pdf]](…)`, `[code](…)`), which go.
  const summarised = summarisedTitle(cell);
  const linked = (summarised?.title ?? cell).replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\([^)]*\)/g, (_link, label: string) => (LABEL.test(plain(label)) ? ' ' : label));
  const text = plain(linked)
    .replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u, '')
    .replace(/\s*\(@[^()]*\)$/, '');
  // `[DynamicLLaVA] [ICLR2025] Dynamic-LLaVA: …`: short names and venues in brackets, as long as a title is left.
  let title = text;
  for (let tag = /^\[[^\]]*\]\s*/.exec(title); tag && isTitleText(title.slice(tag[0].length)); tag = /^\[[^\]]*\]\s*/.exec(title)) {
    title = title.slice(tag[0].length);
  }
  // A title set apart from its summary may be one word (`MEM1`, `Fugatto`): the cell says where it ends.
  return isTitleText(title) || (summarised && /\p{L}.*\S/u.test(title)) ? title : undefined;
}

/** A paper cell's number in the list (`1) `, `12. `), which is no part of the title. */
const CELL_NUMBER = /^\s*\d{1,3}[.)]\s+/;

/**
 * A title cell that goes on with a summary of the paper (`2) **xLSTM: Extended Long Short-Term Memory** - attempts to
 * scale LSTMs …`, `1) Ultra-Fast Diffusion-based Language Models  This paper introduces …`): the title without its
 * number — the bold text it opens with, else the text before the summary's separator (` - `, two spaces, `<br>`) when a
 * sentence of eight words or more follows it — and where in the cell the summary starts. Undefined for any other cell.
 */
function summarisedTitle(cell: string): { title: string; summaryAt: number } | undefined {
  const number = CELL_NUMBER.exec(cell)?.[0].length ?? 0;
  const text = cell.slice(number);
  const bold = /^\s*(?:\*\*([^*]+)\*\*|__([^_]+)__)\s*(?:[-–—:](?:\s|(?=\p{Ll}))|<br\s*\/?>|$)/u.exec(text);
  if (bold && isTitleText(bold[1] ?? bold[2]!)) return { title: bold[1] ?? bold[2]!, summaryAt: number + bold[0].length };
  // ` - `, also written `-releases` or `Auto-RAG- an` (a dash against one of the words).
  const separator = /\S(\s[-–—]\s|\s[-–—](?=\p{Ll})|[-–—]\s(?=\p{Ll})|\s{2,}|\s*<br\s*\/?>\s*)/u.exec(text);
  if (!separator) return undefined;
  const at = separator.index + 1;
  const summary = plain(text.slice(at + separator[1]!.length).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  return summary.split(' ').length >= 8 ? { title: text.slice(0, at), summaryAt: number + at } : undefined;
}

/** The cell of a table row around an offset. */
function cellAround(line: string, at: number): { start: number; text: string } {
  const start = line.lastIndexOf('|', at) + 1;
  const endBar = line.indexOf('|', at);
  const end = endBar < 0 ? line.length : endBar;
  return { start, text: line.slice(start, end) };
}

/** Names after the title link in its cell: `[Title](…) <br> Yixiao Li, Yifan Yu`. */
function authorsAfter(entry: Entry, title: Link): string[] {
  if (entry.kind !== 'row') return [];
  const cell = cellAround(entry.text, title.at);
  const after = cell.text.slice(title.end - cell.start);
  const match = /^\s*<br\s*\/?>\s*([^<[]+?)\s*(?:<br|$)/i.exec(after);
  if (!match) return [];
  const names = plain(match[1]!);
  // Names, not a sentence: commas or "and" between a few capitalised words each.
  if (/[.!?:;]$/.test(names) || names.split(/\s+/).length > 80) return [];
  const parts = splitAuthorString(names);
  return parts.every((part) => /^\p{Lu}/u.test(part) && part.split(' ').length <= 7) ? parts : [];
}

/**
 * A list item's authors in italics after its bold title, and what follows them up to the first link as its venue:
 * `**Title**. *Oren Melamud, Jacob Goldberger and Ido Dagan*. CoNLL 2016. [[pdf](…)]`.
 */
function itemAuthorsAndVenue(entry: Entry): { authors: string[]; venue?: string } {
  if (entry.kind !== 'item') return { authors: [] };
  const bold = /\*\*[^*]+\*\*|__[^_]+__/.exec(entry.text);
  if (!bold) return { authors: [] };
  const rest = entry.text.slice(bold.index + bold[0].length);
  const italic = /^[\s.,:;-]*(?:\*([^*]+)\*|_([^_]+)_)/.exec(rest);
  if (!italic) return { authors: [] };
  const names = splitAuthorString(plain(italic[1] ?? italic[2]!)).filter((name) => !/^anonymous\b/i.test(name));
  const authors = names.every((name) => /^\p{Lu}/u.test(name) && name.split(' ').length <= 7) ? names : [];
  const after = rest.slice(italic.index + italic[0].length);
  const firstLink = after.search(/\[/);
  // `*Linting Xue* et al. NAACL 2021`: the `et al.` left outside the italics is no part of the venue.
  const venueText = plain(after.slice(0, firstLink < 0 ? after.length : firstLink))
    .replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, '')
    .replace(/^et\.?\s?al\.?[\s.,;:]*/i, '');
  const venue = venueText && venueText.length <= 80 && !/^(?:preprint|arxiv\b|under review)/i.test(venueText) ? venueText : undefined;
  return venue ? { authors, venue } : { authors };
}

/** A `2023-05` date column or a `(2021-01)` prefix. */
function itemDate(entry: Entry): string | undefined {
  const cells = entry.kind === 'row' ? entry.text.split('|').map((cell) => cell.trim()) : [];
  const cell = cells.find((value) => /^\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$/.test(value));
  if (cell) return parseDate(cell);
  const prefix = /^\s*(?:[-*+]|\d{1,4}[.)])\s+\(?(\d{4}[-/.]\d{1,2})\)?\s/.exec(entry.text);
  return prefix ? parseDate(prefix[1]) : undefined;
}

/** `https://img.shields.io/badge/Conference-ICML'23-blue` → `ICML'23`. */
function badgeVenue(line: string): string | undefined {
  const match = /img\.shields\.io\/badge\/(?:Conference|Journal|Venue|Publish(?:ed)?)-((?:[^-]|--)+)-/i.exec(line);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!.replace(/--/g, '-').replace(/_/g, ' ')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A link written in brackets of its own, `[[blog in Chinese](…)]`: how lists label their links, not a title. */
function isBracketedLabel(line: string, link: Link): boolean {
  return line[link.at - 1] === '[' && line[link.end] === ']';
}

/**
 * A venue and year in brackets before a list item's title (`(*NAACL'21*) Knowledge Graph Based …`, `(IEEE Intelligent
 * Systems 2023) …`, `[ICLR 2024] …`): the tag apart from the title. Brackets without a year (`(Almost) Zero-Shot …`)
 * are the title's own.
 */
function leadingTag(text: string): { tag?: string; rest: string } {
  const match = /^[([]([^()[\]]{2,60})[)\]]\s+(?=\S)/.exec(text);
  // (a date alone, `(2021-01)`, is the item's date, read apart)
  if (!match || !/\p{L}/u.test(match[1]!) || !/(?:['‘’]\d\d\b|\b(?:19|20)\d\d\b)/.test(match[1]!) || !isTitleText(text.slice(match[0].length))) return { rest: text };
  return { tag: match[1]!.trim(), rest: text.slice(match[0].length) };
}

/** The year of a venue tag: `2023`, or the short `'21` or `‘21` (2021). */
function tagYear(tag: string): string | undefined {
  const year = /\b((?:19|20)\d\d)\b/.exec(tag)?.[1];
  if (year) return year;
  const short = /['‘’](\d\d)\b/.exec(tag)?.[1];
  return short ? `20${short}` : undefined;
}

function titleOf(entry: Entry): Link | { text: string } | undefined {
  // A table whose header names a title column: a titled link in that cell, else the cell's text.
  const cell = entry.titleCell;
  if (cell) {
    // Not a link in the summary that follows the title (`… from it[s Claude.ai](http://claude.ai/) assistant`).
    const end = cell.start + (summarisedTitle(cell.text)?.summaryAt ?? cell.text.length);
    const linked = entry.titleLinks.find((link) => link.at >= cell.start && link.end <= end && isTitleText(link.text) && !/img\.shields\.io/i.test(link.url));
    if (linked) return linked;
    const text = cellTitle(cell.text);
    if (text) return { text };
  }
  const paperTitled = entry.paperLinks.find((link) => isTitleText(link.text));
  if (paperTitled) return paperTitled;
  // In a list item a titled link to GitHub names code; in a row of a paper table it names the row's paper. A link in
  // brackets of its own is a label however many words it has (`[[blog in Chinese](…)]`, as `[[paper](…)]`).
  const otherTitled = entry.titleLinks.find(
    (link) => isTitleText(link.text) && !/img\.shields\.io/i.test(link.url) && (entry.kind === 'row' || !/github\.com/i.test(link.url)) && !isBracketedLabel(entry.text, link),
  );
  if (otherTitled) return otherTitled;
  const bold = /\*\*([^*]+)\*\*|__([^_]+)__/.exec(entry.text);
  if (bold && isTitleText(bold[1] ?? bold[2]!)) return { text: bold[1] ?? bold[2]! };
  if (entry.kind === 'row') return undefined;
  // The item's text before its first link: `- Chain of Thought Prompting… [paper](…)`.
  const first = entry.links[0];
  const before = leadingTag(plain(entry.text.slice(0, first ? first.at : entry.text.length).replace(/^\s*(?:[-*+]|\d{1,4}[.)])\s+/, '').replace(/^\(?\d{4}[-/.]\d{1,2}\)?\s*/, ''))).rest;
  // Without the year some lists put after the title (`**CPM-1**. Chinese Pre-trained Language Model, 2020.`).
  const title = before.replace(/[\s[(]+$/, '').replace(/[.,;:]?\s*\(?(?:19|20)\d\d\)?\.?$/, '');
  return isTitleText(title) ? { text: title } : undefined;
}

export function parseMarkdownList(text: string, file: string): IngestResult {
  const result: IngestResult = { records: [], rejections: [], warnings: [] };
  const all = entries(text);
  // A table holding paper links: its other titled rows are papers too (their link is a lab's page or PDF).
  const paperTables = new Set<number>();
  let table = -1;
  let previous = -2;
  for (const entry of all) {
    if (entry.kind !== 'row') continue;
    if (entry.line !== previous + 1) table = entry.line;
    previous = entry.line;
    if (entry.paperLinks.length > 0) paperTables.add(table);
  }
  table = -1;
  previous = -2;
  /** Rows of tables holding papers that link to none (a project's docs, a blog post, code only). */
  const notPapers: number[] = [];
  all.forEach((entry) => {
    if (entry.kind === 'row') {
      if (entry.line !== previous + 1) table = entry.line;
      previous = entry.line;
    }
    // A link labelled `pdf`/`paper` says the item is a paper wherever the PDF lives (a lab's server, a CDN).
    const labelledPaper = entry.links.some((link) => /^\W*(?:pdf|paper)\W*$/i.test(plain(link.text)));
    const inPaperTable = entry.kind === 'row' && paperTables.has(table);
    const isPaper =
      entry.paperLinks.length > 0 ||
      labelledPaper ||
      (inPaperTable && entry.titleLinks.some((link) => (isTitleText(link.text) && !/img\.shields\.io/i.test(link.url)) || PDF_URL.test(link.url)));
    if (!isPaper) {
      if (inPaperTable) notPapers.push(entry.line);
      return;
    }
    const source = { file, line: entry.line };
    const title = titleOf(entry);
    if (!title) {
      result.rejections.push({ ...source, message: `a paper link (${(entry.paperLinks[0] ?? entry.links[0])!.url}) without a title on its line` });
      return;
    }
    const item = itemAuthorsAndVenue(entry);
    const authors = 'url' in title ? authorsAfter(entry, title) : [];
    // A title in quote marks (`**"Exploring the Limits of Transfer Learning…"**`) without them.
    // Without the emoji that decorate it (`✨Sparkles: …`).
    const written = plain(title.text).replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u, '').replace(/[\s[(]+$/, '').replace(/\.$/, '');
    const unquoted = /^(?:"([^"]+)"|“([^“”]+)”)\.?$/.exec(written);
    const record: PaperRecord = { title: unquoted ? (unquoted[1] ?? unquoted[2]!) : written, abstract: '', authors: authors.length > 0 ? authors : item.authors, tags: [], sources: [source] };
    for (const link of entry.links) {
      const arxivId = arxivIdFromUrl(link.url);
      if (arxivId && !record.arxivId) record.arxivId = arxivId;
      const doi = /doi\.org\//i.test(link.url) ? normalizeDoi(decodeURIComponentSafe(link.url)) : undefined;
      if (doi && !record.doi) record.doi = doi;
    }
    // A venue column says `arXiv` or `-` for a preprint, `Blog` for a post: no venue.
    const column = entry.venueCell && /\p{L}/u.test(entry.venueCell) && !ARXIV_ONLY.test(entry.venueCell) ? entry.venueCell : undefined;
    // A list item's venue tag before its title (`(*NAACL'21*) Title`), unless it only says preprint (`(arXiv 2025.02)`).
    const tag = entry.kind === 'item' ? leadingTag(plain(entry.text.replace(/^\s*(?:[-*+]|\d{1,4}[.)])\s+/, ''))).tag : undefined;
    const tagVenue = tag && !/^(?:preprint|arxiv\b|under review)/i.test(tag) ? tag : undefined;
    // The arXiv id's month is when the paper appeared; a list's own date column is often a later version's.
    const venueYear = item.venue ? /\b(1[89]\d\d|20\d\d)\b/.exec(item.venue)?.[1] : tagVenue ? tagYear(tagVenue) : undefined;
    const date = (record.arxivId ? arxivIdDate(record.arxivId) : undefined) ?? itemDate(entry) ?? venueYear;
    setDate(record, date);
    const venue = badgeVenue(entry.text) ?? item.venue ?? column ?? tagVenue;
    if (venue) record.venue = venue;
    result.records.push(record);
  });
  if (notPapers.length > 0) {
    const lines = notPapers.length > 12 ? `${notPapers.slice(0, 12).join(', ')}…` : notPapers.join(', ');
    const rows = notPapers.length === 1 ? '1 row' : `${notPapers.length} rows`;
    result.warnings.push({ file, line: notPapers[0]!, message: `${rows} of paper tables link to no paper (only to code, documentation, a blog…) and ${notPapers.length === 1 ? 'is' : 'are'} not read: line${notPapers.length === 1 ? '' : 's'} ${lines}` });
  }
  if (result.records.length === 0 && result.rejections.length === 0) {
    result.rejections.push({ file, line: 1, message: 'no paper found: no list item or table row of this Markdown file links to a paper (arXiv, DOI, OpenReview, ACL Anthology…)' });
  }
  return result;
}

/** A venue column's value that names no venue: a preprint, a blog post, a web page. */
const ARXIV_ONLY = /^(?:arxiv|preprint|arxiv preprint|tech(?:nical)? report|blog|website|github|n\/?a)\b[\s\d'’.-]*$/i;

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * HTML that READMEs open with (`<div align='center'>` around a logo and badges, `<p>`, `<img>`, `<h1>`, comments): the
 * tags Markdown passes through as HTML, not an XML document's root (`<?xml`, `<feed>`, `<rdf:RDF>`, `<records>`).
 */
const LEADING_HTML = /^(?:<!--[^]*?-->|<\/?(?:a|b|br|center|details|div|figure|h[1-6]|hr|i|img|p|picture|source|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr)\b[^>]*>)\s*/i;

/** Markdown list items or table rows linking to papers, among the first lines: a paper list (one link is a README's). */
function sniffMarkdownList(head: string): number {
  let body = head.trimStart();
  for (let html = LEADING_HTML.exec(body); html; html = LEADING_HTML.exec(body)) body = body.slice(html[0].length);
  if (/^[[{<]/.test(body)) return 0;
  const withPapers = entries(head.slice(0, head.lastIndexOf('\n') + 1 || head.length)).filter((entry) => entry.paperLinks.length > 0).length;
  return withPapers >= 3 ? 0.9 : withPapers === 2 ? 0.5 : 0;
}

export const markdownListFormat: InputFormat = {
  name: 'markdown',
  label: 'a Markdown paper list',
  // Content only: a README or notes without paper links in a folder of inputs stays "not paper records" (skipped).
  extensions: [],
  sniff: sniffMarkdownList,
  parse: parseMarkdownList,
};

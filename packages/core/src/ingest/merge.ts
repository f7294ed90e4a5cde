import { normalizeLatex } from '../text/latex.ts';
import type { AuthorIds, InputIssue, PaperRecord, SourceRef, WorkRef } from '../types.ts';
import { authorsOverlap, comparableAuthors, unionAuthors, type AuthorWords } from './names.ts';
import { arxivIdFromDoi, identitiesContradict, identitiesText, WORK_ID_WORDS, workIdentities, type WorkIdentity } from './ids.ts';
import { agreedDate, arxivIdDate, plausibleYear, yearOf } from '../time/dates.ts';

/** Title key for merging: LaTeX flattened, case, accents, punctuation and spacing removed. */
export function titleKey(title: string): string {
  return normalizeLatex(title)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a);
  return [...a, ...b.filter((item) => !seen.has(item) && (seen.add(item), true))];
}

/** What tells two entries of a reference list apart: their ids, else (for an entry with none) the title. */
function refKeys(ref: WorkRef): string[] {
  const keys = workIdentities(ref).map((id) => id.key);
  if (keys.length === 0 && ref.title) {
    const title = titleKey(ref.title);
    if (title) keys.push(`title:${title}`);
  }
  return keys;
}

/** Two reference lists as one: an entry both name (by any id) once, with the ids either gives. */
export function unionRefs(a: readonly WorkRef[] | undefined, b: readonly WorkRef[] | undefined): WorkRef[] | undefined {
  if (!b || b.length === 0) return a ? [...a] : undefined;
  if (!a || a.length === 0) return [...b];
  const out: WorkRef[] = [];
  const index = new Map<string, WorkRef>();
  const add = (ref: WorkRef) => {
    const keys = refKeys(ref);
    const same = keys.map((key) => index.get(key)).find((found) => found !== undefined);
    if (same) {
      // The first entry's ids stay; the other only fills in what it lacks.
      for (const field of ['arxivId', 'doi', 'openalex', 's2', 'pmid', 'title'] as const) if (same[field] === undefined && ref[field] !== undefined) same[field] = ref[field];
    } else {
      const copy = { ...ref };
      out.push(copy);
      for (const key of keys) if (!index.has(key)) index.set(key, copy);
      return;
    }
    for (const key of refKeys(same)) if (!index.has(key)) index.set(key, same);
  };
  for (const ref of a) add(ref);
  for (const ref of b) add(ref);
  return out;
}

/** A record's reference lists, one per source that gave one: `references`, then `moreReferences`. */
export function referenceLists(record: Pick<PaperRecord, 'references' | 'moreReferences'>): WorkRef[][] {
  return record.references ? [record.references, ...(record.moreReferences ?? [])] : [...(record.moreReferences ?? [])];
}

/** Whether two reference lists name the same works by the same ids (the same record read twice). */
function sameList(a: readonly WorkRef[], b: readonly WorkRef[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.flatMap(refKeys));
  return b.every((ref) => refKeys(ref).some((key) => keys.has(key)));
}

/**
 * The authors' ids of a merged record, aligned with the names kept: per person, the ids each record gives at the
 * position it names them (`from`, as {@link unionAuthors} tells), the first record's first and the other's filling the
 * gaps.
 */
function mergedAuthorIds(from: ReadonlyArray<readonly [number | undefined, number | undefined]>, first: PaperRecord, other: PaperRecord): Array<AuthorIds | undefined> | undefined {
  if (!first.authorIds && !other.authorIds) return undefined;
  const aligned = from.map(([inFirst, inOther]) => {
    const ids = { ...(inOther === undefined ? undefined : other.authorIds?.[inOther]), ...(inFirst === undefined ? undefined : first.authorIds?.[inFirst]) };
    return Object.keys(ids).length > 0 ? ids : undefined;
  });
  return aligned.some((ids) => ids !== undefined) ? aligned : undefined;
}

/** Whether two sets of an author's ids can be one person's: no kind of id with two values. */
function authorIdsAgree(a: AuthorIds | undefined, b: AuthorIds | undefined): boolean {
  if (!a || !b) return true;
  return (Object.keys(a) as Array<keyof AuthorIds>).every((kind) => a[kind] === undefined || b[kind] === undefined || a[kind] === b[kind]);
}

/** "OpenAlex A5053039237, ORCID 0000-…": an author's ids for a report. */
function authorIdsText(ids: AuthorIds | undefined): string {
  const words: Record<keyof AuthorIds, string> = { orcid: 'ORCID', openalex: 'OpenAlex', s2: 'Semantic Scholar', scopus: 'Scopus' };
  return Object.entries(ids ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([kind, value]) => `${words[kind as keyof AuthorIds]} ${String(value)}`)
    .join(', ');
}

/** What a record says of its work's date: its date, else its year; none when the year is no publication's. */
function claimedDate(record: PaperRecord): string | undefined {
  const date = record.date ?? (record.year !== undefined ? String(record.year) : undefined);
  return date !== undefined && plausibleYear(yearOf(date)) ? date : undefined;
}

/**
 * Whether a record's date is that of a preprint the paper is not: the record's arXiv id is not the paper's (it was
 * left to the preprint, another paper) and the date falls in that id's month (Semantic Scholar dates its record of a
 * journal article that carries the preprint's arXiv id by the preprint: 2023-04-11 for arXiv 2304.05376).
 */
function datesAnotherPreprint(record: PaperRecord, paper: PaperRecord): boolean {
  const arxivId = record.arxivId ?? arxivIdFromDoi(record.doi);
  if (arxivId === undefined || arxivId === paper.arxivId) return false;
  const month = arxivIdDate(arxivId);
  const date = claimedDate(record);
  return month !== undefined && date !== undefined && date.startsWith(month);
}

/**
 * A merged paper's date and year from the records it was read from (`members`), whatever their order (see
 * agreedDate: a January 1 placeholder read as its year, then the date most agree with, the most precise), leaving
 * out dates of a preprint it is not (datesAnotherPreprint) unless nothing else dates it. Records without a plausible
 * date leave the paper's as it is.
 */
function settleDate(paper: PaperRecord, members: readonly PaperRecord[]): void {
  const datesOf = (records: readonly PaperRecord[]) => records.map(claimedDate).filter((date): date is string => date !== undefined);
  const own = datesOf(members.filter((member) => !datesAnotherPreprint(member, paper)));
  const claims = own.length > 0 ? own : datesOf(members);
  const agreed = agreedDate(claims, paper.arxivId);
  if (agreed === undefined) return;
  if (members.some((member) => member.date !== undefined)) paper.date = agreed;
  if (members.length > 1) paper.year = yearOf(agreed);
}

/**
 * `other` into `target` (the date is settled once all are merged: settleDate). Returns what the reader should know:
 * people at one position under one family name whose ids tell them apart.
 */
function mergeInto(target: PaperRecord, other: PaperRecord): string[] {
  const notes: string[] = [];
  target.sources.push(...other.sources);
  target.tags = union(target.tags, other.tags);
  // One list of both: the same person once, under the fuller spelling (see unionAuthors); the same family name at
  // the same position of lists of one length is one person unless their ids differ.
  const authors = unionAuthors(target.authors, other.authors, (position) => authorIdsAgree(target.authorIds?.[position], other.authorIds?.[position]));
  for (const position of authors.apart) {
    notes.push(
      `author ${position + 1} is "${other.authors[position]}" (${authorIdsText(other.authorIds?.[position])}) here and "${target.authors[position]}" (${authorIdsText(target.authorIds?.[position])}) in ${sourceLabel(target.sources[0])}: one family name at one position but different ids, so two people; "${other.authors[position]}" is not added to the paper's authors`,
    );
  }
  const authorIds = mergedAuthorIds(authors.from, target, other);
  target.authors = authors.names;
  if (authorIds) target.authorIds = authorIds;
  if (!hasTitle(target) && hasTitle(other)) target.title = other.title;
  if (other.abstract.length > target.abstract.length) target.abstract = other.abstract;
  target.year ??= other.year;
  target.arxivId ??= other.arxivId ?? arxivIdFromDoi(other.doi);
  target.venue ??= other.venue;
  target.volume ??= other.volume;
  if (other.categories) target.categories = union(target.categories ?? [], other.categories);
  target.date ??= other.date;
  target.doi ??= other.doi;
  if (other.ids) target.ids = { ...other.ids, ...target.ids };
  // Each source's list apart (a DOI and an OpenAlex id of one work cannot be matched here): graph/citations.ts
  // links every list to the papers of the inputs but counts works outside them on one list.
  for (const list of referenceLists(other)) {
    if (!target.references) target.references = list;
    else if (!referenceLists(target).some((kept) => sameList(kept, list))) target.moreReferences = [...(target.moreReferences ?? []), list];
  }
  const citedBy = unionRefs(target.citedBy, other.citedBy);
  if (citedBy) target.citedBy = citedBy;
  return notes;
}

/**
 * "papers.jsonl:12", "dump.json record 3": where a record came from, for reports. A record of a JSON array or object
 * (no line of its own) is counted from 1, as the CLI names an issue's record (`dump.json record 1` is the first).
 */
export function sourceLabel(source: SourceRef | undefined): string {
  if (!source) return 'an earlier input';
  if (source.line !== undefined) return `${source.file}:${source.line}`;
  if (source.record !== undefined) return `${source.file} record ${source.record + 1}`;
  return source.file;
}

export interface MergeResult {
  records: PaperRecord[];
  /**
   * Records left out, each naming its source: those that claim to be a paper already read but disagree on what it
   * is (the same id under a title told a little apart; the first is kept whole, never mixed with the other, and both
   * sources are named), and works read without a title that no other input gave one.
   */
  conflicts: InputIssue[];
  /**
   * Records kept as papers of their own without an id another paper of a wholly different title has (see
   * titlesAlike), records merged into a paper of their id whose title another database spells another way (see
   * sameTitleSpelt), and records kept apart from a paper of the same title whose authors or year tell them apart (see
   * differentWorks).
   */
  warnings: InputIssue[];
}

/** A title's words, LaTeX flattened, lower-case, without accents. */
function titleWords(title: string): Set<string> {
  return new Set(
    normalizeLatex(title)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== ''),
  );
}

/**
 * Whether two titles can name one work told a little apart (a subtitle added, a word changed between versions): half
 * of the shorter one's words or more are in the other. Titles that share less are two works under one id — a
 * library that copied one arXiv id onto several papers, book chapters carrying their book's DOI.
 */
export function titlesAlike(a: string, b: string): boolean {
  const [x, y] = [titleWords(a), titleWords(b)];
  const [shorter, longer] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared * 2 >= shorter.size;
}

/** Greek letters' names, in the order of their code points (`α`…`ω`, with the final `ς`; `Α`…`Ω` alike). */
const GREEK_NAMES = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma sigma tau upsilon phi chi psi omega'.split(' ');

/**
 * A title's words as databases' spellings of one title share them: LaTeX flattened, accents dropped, a Greek letter
 * spelt out (`θ` → `theta`, as Web of Science writes it), `×` as `x`, superscripts as digits (`nm²` → `nm 2`), and
 * letters and digits apart (`15nm` and `15 nm`, `nm(2)` and `nm 2` are alike).
 */
function titleTokens(title: string): string[] {
  return normalizeLatex(title)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0391-\u03a9\u03b1-\u03c9]/gu, (letter) => ` ${GREEK_NAMES[(letter.codePointAt(0)! - 0x391) % 0x20]} `)
    .replace(/×/g, ' x ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter((word) => word !== '');
}

/**
 * A note a database adds after a title: anything in square brackets (`[in Chinese]`, the original-language title
 * Scopus and PubMed append), or in parentheses the kind of talk or paper (`(invited)`, `(Invited Paper)`, `(Keynote
 * Talk)`). A note with a number in it (`(Part 2)`, `[Erratum to vol. 5]`) is no such note.
 */
const TRAILING_NOTE = /\s*(\[[^[\]\d]*\]|\((?:invited|keynote|plenary|tutorial|review|paper|talk|lecture|address|article|abstract|presentation|\s)+\))\s*\.?\s*$/iu;

/**
 * Words one database may write where another does not, in one title: a Greek letter's name (`R-theta electron`
 * beside `R-electron`, the letter lost) and small words. (Not a lone letter: `Part I` and `Part` are two works.)
 */
const SPARE_WORD = new RegExp(`^(?:${GREEK_NAMES.join('|')}|a|an|the|of|on|in|for|and|to|by|with|via)$`);

/** How many words a title may have that the other lacks and still be the same title spelt another way. */
const SPARE_WORDS = 2;

/** The words `longer` has beyond `shorter`, when `shorter` is `longer` with at most SPARE_WORDS of them left out. */
function spareWords(shorter: readonly string[], longer: readonly string[]): string[] | undefined {
  if (longer.length - shorter.length > SPARE_WORDS) return undefined;
  const spare: string[] = [];
  let at = 0;
  for (const word of longer) {
    if (at < shorter.length && shorter[at] === word) at++;
    else spare.push(word);
  }
  return at === shorter.length ? spare : undefined;
}

/**
 * What tells apart two titles that are one title as two databases write it, or undefined when they are not: nothing
 * but punctuation, spacing and symbols (`15 × 15nm 2` and `15 x 15 nm(2)`); a note after one of them (`(invited)`,
 * see TRAILING_NOTE); a word or two of one that the other lacks, each a lost Greek letter or a small word (`R-electron` and `R-theta electron`; see SPARE_WORD), the shorter title having three words or more. Titles of
 * one id told apart otherwise — a subtitle added, a word changed, a part or volume number — are not (see titlesAlike).
 */
export function sameTitleSpelt(a: string, b: string): string | undefined {
  const spelt = (x: readonly string[], y: readonly string[]): string | undefined => {
    const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
    if (shorter.length === 0) return undefined;
    const spare = spareWords(shorter, longer);
    if (!spare) return undefined;
    if (spare.length === 0) return 'punctuation, spacing or symbols';
    if (shorter.length < 3 || !spare.every((word) => SPARE_WORD.test(word))) return undefined;
    return `the word${spare.length === 1 ? '' : 's'} "${spare.join(' ')}" in one title only`;
  };
  const [x, y] = [titleTokens(a), titleTokens(b)];
  const found = spelt(x, y);
  if (found) return found;
  for (const [noted, other] of [
    [a, y],
    [b, x],
  ] as const) {
    const note = TRAILING_NOTE.exec(noted);
    const rest = note && spelt(titleTokens(noted.slice(0, note.index)), other);
    if (rest) return `the note "${note[1]}" after one title${rest.startsWith('punctuation') ? '' : `, and ${rest}`}`;
  }
  return undefined;
}

const ID_FIELDS = { openalex: 'openalex', s2: 's2', corpus: 'corpusId', pmid: 'pmid' } as const;

/** Takes one of its identities off `record`, when it has it (an arXiv DOI goes with the arXiv id it stands for). */
function dropIdentity(record: PaperRecord, identity: WorkIdentity): boolean {
  if (!workIdentities(record).some((own) => own.key === identity.key)) return false;
  if (identity.kind === 'arxiv') {
    delete record.arxivId;
    if (arxivIdFromDoi(record.doi)) delete record.doi;
  } else if (identity.kind === 'doi') delete record.doi;
  else if (record.ids) {
    const ids = { ...record.ids };
    delete ids[ID_FIELDS[identity.kind]];
    record.ids = ids;
  }
  return true;
}

/** A copy of `record` without one of its identities. */
function withoutIdentity(record: PaperRecord, identity: WorkIdentity): PaperRecord {
  const copy: PaperRecord = { ...record };
  dropIdentity(copy, identity);
  return copy;
}

/** A DOI of a record that is not arXiv's: the publication's (a journal, a conference), where the arXiv id is the preprint's. */
function publicationDoi(record: PaperRecord): string | undefined {
  return record.doi !== undefined && !arxivIdFromDoi(record.doi) ? record.doi.toLowerCase() : undefined;
}

/**
 * Why two records of one title are two works, if anything says so: both list authors in Latin script and neither
 * list has a family name of the other (see authorsOverlap: `J. Smith` and `John Smith` share one; placeholders such
 * as `others` and `Anonymous` are no authors); or, read from one file, different volumes, whatever the year (volumes
 * 22, 23 and 24 of one series, all of 2007); or, read from one file and neither with an id, different years (the
 * volumes of one title in a library). Ids are compared apart (identitiesContradict); missing authors or volumes tell
 * nothing, nor do years or volumes across files (a conference paper and its journal version, a preprint and its
 * publication, a series volume in one library and a journal volume in another) or names in other scripts (a
 * transliteration shares no letter with them).
 */
export function differentWorks(a: PaperRecord, b: PaperRecord): string | undefined {
  return apartBy(evidence(a), evidence(b));
}

/**
 * `differentWorks` for many comparisons of records that do not change meanwhile (an update's new records against
 * the papers of the build): each record's evidence made once.
 */
export function differentWorksOnce(): (a: PaperRecord, b: PaperRecord) => string | undefined {
  const made = new WeakMap<PaperRecord, Evidence>();
  const of = (record: PaperRecord) => {
    let found = made.get(record);
    if (!found) made.set(record, (found = evidence(record)));
    return found;
  };
  return (a, b) => apartBy(of(a), of(b));
}

const KIND_BITS: Record<WorkIdentity['kind'], number> = { arxiv: 1, doi: 2, openalex: 4, s2: 8, corpus: 16, pmid: 32 };

/** What a title match compares of a record (kept per paper while merging: a scan of many papers of one title). */
interface Evidence {
  /** The kinds of id it has, one bit each. */
  kinds: number;
  /** Undefined when its authors tell nothing (none, placeholders, a name not in Latin script). */
  authors: AuthorWords | undefined;
  year: number | undefined;
  /** Its volume as compared (see volumeKey), when it names one. */
  volume: string | undefined;
  /** The files it was read from. */
  files: ReadonlySet<string>;
}

function evidence(record: PaperRecord): Evidence {
  let kinds = 0;
  for (const id of workIdentities(record)) kinds |= KIND_BITS[id.kind];
  return { kinds, authors: comparableAuthors(record.authors), year: record.year, volume: volumeKey(record.volume), files: new Set(record.sources.map((source) => source.file)) };
}

/**
 * A volume as compared: case, spacing, a leading `Vol.`, `Volume`, `Bd.`, `Tome`, `t.` and a number's leading zeros
 * left out (`Vol. 2` is `2`, JHEP's `03` is `3`; `VI` stays `vi`).
 */
function volumeKey(volume: string | undefined): string | undefined {
  const key = volume
    ?.toLowerCase()
    .replace(/^(?:vol(?:ume)?|bd|band|tome|t|v)(?:\.\s*|\s+)/u, '')
    .replace(/[\s.]+/g, '')
    .replace(/^0+(?=\d)/u, '');
  return key || undefined;
}

function apartBy(a: Evidence, b: Evidence): string | undefined {
  if (a.authors && b.authors && !authorsOverlap(a.authors, b.authors)) return 'no author in common';
  // Years tell nothing across inputs (a preprint and its publication), but one library that lists a title twice in
  // different years and without ids holds two works: the volumes of collected works, the editions of a book.
  const oneFile = () => [...a.files].some((file) => b.files.has(file));
  if (a.kinds === 0 && b.kinds === 0 && a.year !== undefined && b.year !== undefined && a.year !== b.year && oneFile()) {
    return `${Math.min(a.year, b.year)} and ${Math.max(a.year, b.year)} in one file, neither with an id: volumes or editions`;
  }
  // One library that lists a title twice under two volumes holds two works, in one year or not: the volumes of a
  // series, a handbook, proceedings I and II.
  if (a.volume !== undefined && b.volume !== undefined && a.volume !== b.volume && oneFile()) return `volumes ${a.volume} and ${b.volume} in one file`;
  return undefined;
}

function hasTitle(record: PaperRecord): boolean {
  return record.title.trim() !== '';
}

/** A copy the merge may change without touching the record it was read as. */
function draft(record: PaperRecord): PaperRecord {
  const copy: PaperRecord = { ...record, sources: [...record.sources], tags: [...record.tags] };
  if (copy.arxivId === undefined) {
    const fromDoi = arxivIdFromDoi(copy.doi);
    if (fromDoi) copy.arxivId = fromDoi;
  }
  return copy;
}

/**
 * The same paper in several inputs becomes one record with all its sources, found by its ids in the order they are
 * trusted — arXiv id (also from an arXiv DOI), DOI, OpenAlex id, Semantic Scholar id, PubMed id — else by
 * normalised title: a record joins the last paper read under its title that neither carries different ids of one
 * kind nor is told apart by its authors or year (`differentWorks`); when only authors or years told them apart, it is
 * a paper of its own with a warning naming the first such paper. A record whose ids name several papers joins the one
 * of its title (the same key, else spelt another way), else the one of its most trusted id; its ids that name a paper
 * kept apart stay that paper's (a warning). The same id under a title spelt another way (see sameTitleSpelt) is the
 * same work, with a warning saying what differed; under a title told a little apart it is a conflict (the later record
 * left out) — but for an arXiv id beside a publication's DOI, which names the preprint of a work retitled when
 * published: the preprint and the publication are two papers, the arXiv id the preprint's (a warning), whichever is
 * read first; under a wholly different title it is two works, the later one kept without that id (a warning). Order
 * of first appearance is kept. A record without a title (OpenAlex has a few) is kept only if another record of the
 * same work gives one. A merged paper's date is the one its records agree on, whatever their order (settleDate).
 *
 * The first `settled` records are papers already merged (a build's, merged again with an update's records): they
 * are never joined to one another by title, only the records after them are.
 */
export function mergeRecords(records: PaperRecord[], settled = 0): MergeResult {
  const merged: PaperRecord[] = [];
  const conflicts: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const byId = new Map<string, PaperRecord>();
  // The papers of each title key, in the order they were first read (the merged order).
  const byTitle = new Map<string, PaperRecord[]>();
  const position = new Map<PaperRecord, number>();
  const keys = new Map<PaperRecord, string>();
  const absorbed = new Set<PaperRecord>();
  // The records each paper was read from, as read (with an id left to another paper), for its date and for whose its
  // arXiv id is.
  const members = new Map<PaperRecord, PaperRecord[]>();
  // Each paper's evidence for title matches, dropped when a record merges into it.
  const known = new Map<PaperRecord, Evidence>();
  const evidenceOf = (paper: PaperRecord): Evidence => {
    let found = known.get(paper);
    if (!found) known.set(paper, (found = evidence(paper)));
    return found;
  };
  const warn = (record: PaperRecord, message: string) => warnings.push({ ...(record.sources[0] ?? { file: '' }), message });
  const listTitle = (record: PaperRecord, key: string) => {
    if (!key) return;
    const list = byTitle.get(key);
    if (!list) byTitle.set(key, [record]);
    // A new paper is the last read; one titled later or joined by another goes where it was first read.
    else if (position.get(list[list.length - 1]!)! < position.get(record)!) list.push(record);
    else if (!list.includes(record)) {
      const at = list.findIndex((other) => position.get(other)! > position.get(record)!);
      list.splice(at < 0 ? list.length : at, 0, record);
    }
  };
  const noteTitle = (record: PaperRecord, key: string) => {
    keys.set(record, key);
    listTitle(record, key);
  };
  const join = (target: PaperRecord, other: PaperRecord, from: readonly PaperRecord[]) => {
    for (const note of mergeInto(target, other)) warn(other, note);
    const all = members.get(target);
    if (all) all.push(...from);
    else members.set(target, [...from]);
    known.delete(target);
  };
  const absorb = (target: PaperRecord, other: PaperRecord) => {
    const titled = hasTitle(target);
    const spelt = titled && hasTitle(other) && keys.get(target) !== keys.get(other) ? sameTitleSpelt(target.title, other.title) : undefined;
    if (titled && hasTitle(other) && keys.get(target) !== keys.get(other) && !spelt) return;
    if (identitiesContradict(workIdentities(target), workIdentities(other))) return;
    if (spelt) warn(other, `"${other.title}" is also "${target.title}" (${sourceLabel(target.sources[0])}) by another id: read as the same work, the titles differing only in ${spelt}`);
    join(target, other, members.get(other) ?? [other]);
    absorbed.add(other);
    for (const identity of workIdentities(other)) if (byId.get(identity.key) === other) byId.set(identity.key, target);
    const otherKey = keys.get(other);
    const list = otherKey ? byTitle.get(otherKey) : undefined;
    if (list?.includes(other)) list.splice(list.indexOf(other), 1);
    if (!titled && hasTitle(target)) noteTitle(target, titleKey(target.title));
    else if (otherKey && hasTitle(target)) listTitle(target, keys.get(target)!);
  };
  // Whether a paper's arXiv id came only with a publication's DOI (Semantic Scholar's record of a journal article
  // holding its preprint's arXiv id): no record of the paper with that arXiv id is the preprint itself.
  const arxivIdBesidePublication = (paper: PaperRecord): boolean => {
    const arxivId = paper.arxivId;
    if (arxivId === undefined) return false;
    const carriers = (members.get(paper) ?? []).filter((member) => (member.arxivId ?? arxivIdFromDoi(member.doi)) === arxivId);
    return carriers.length > 0 && carriers.every((member) => publicationDoi(member) !== undefined);
  };
  for (const [index, read] of records.entries()) {
    let record = read;
    const key = titleKey(record.title);
    let identities: WorkIdentity[];
    let target: PaperRecord | undefined;
    let via: WorkIdentity | undefined;
    let untitled: boolean;
    for (;;) {
      identities = workIdentities(record);
      // The papers the record's ids name, most trusted first; the one of its title is the one it joins.
      const named: Array<{ paper: PaperRecord; identity: WorkIdentity }> = [];
      for (const identity of identities) {
        const paper = byId.get(identity.key);
        if (paper && !named.some((found) => found.paper === paper)) named.push({ paper, identity });
      }
      const chosen =
        named.find(({ paper }) => hasTitle(record) && keys.get(paper) === key) ??
        named.find(({ paper }) => hasTitle(record) && hasTitle(paper) && sameTitleSpelt(paper.title, record.title)) ??
        named[0];
      target = chosen?.paper;
      via = chosen?.identity;
      // A work read without a title takes the first title given; a title never differs from none.
      untitled = target !== undefined && !hasTitle(target);
      if (!target || !via || untitled || !hasTitle(record) || keys.get(target) === key || sameTitleSpelt(target.title, record.title)) break;
      if (!titlesAlike(target.title, record.title)) {
        // Another work under the same id: a paper of its own, without that id.
        warn(record, `${WORK_ID_WORDS[via.kind]} ${via.value} is also "${target.title}" (${sourceLabel(target.sources[0])}), a different work: "${record.title}" is read as a paper of its own, without that ${WORK_ID_WORDS[via.kind]}`);
        record = withoutIdentity(record, via);
        continue;
      }
      if (via.kind !== 'arxiv') break;
      // An arXiv id under a title told a little apart, beside a publication's DOI on one side only: the preprint and
      // its publication, retitled (Semantic Scholar's record of a journal article carries its preprint's arXiv id).
      // Two papers, the arXiv id the preprint's, whichever was read first.
      const doi = publicationDoi(record);
      if (doi !== undefined && publicationDoi(target) !== doi) {
        warn(
          record,
          `arXiv id ${via.value} is also "${target.title}" (${sourceLabel(target.sources[0])}), a title told a little apart and no DOI ${doi}: that is the preprint, "${record.title}" (DOI ${doi}) its publication, read as a paper of its own without the arXiv id`,
        );
        record = withoutIdentity(record, via);
        continue;
      }
      if (doi === undefined && publicationDoi(target) !== undefined && arxivIdBesidePublication(target)) {
        warn(
          record,
          `arXiv id ${via.value} came with "${target.title}" (${sourceLabel(target.sources[0])}, DOI ${target.doi}), a title told a little apart: "${record.title}" is the preprint, read as a paper of its own with that arXiv id, and "${target.title}" as its publication without it`,
        );
        dropIdentity(target, via);
        byId.delete(via.key);
        known.delete(target);
        continue;
      }
      break;
    }
    // Titles one database spells another way (a Greek letter lost, `(invited)` added): one work, and the reader told.
    const spelt = target && via && !untitled && hasTitle(record) && keys.get(target) !== key ? sameTitleSpelt(target.title, record.title) : undefined;
    if (target && via && !untitled && hasTitle(record) && keys.get(target) !== key && !spelt) {
      const source = record.sources[0];
      conflicts.push({
        ...(source ?? { file: '' }),
        message: `${WORK_ID_WORDS[via.kind]} ${via.value} is already "${target.title}" (${sourceLabel(target.sources[0])}); this record's title "${record.title}" differs, so it was left out and the first kept`,
      });
      continue;
    }
    if (target && via && spelt) {
      warn(record, `${WORK_ID_WORDS[via.kind]} ${via.value} is also "${target.title}" (${sourceLabel(target.sources[0])}): "${record.title}" is read as the same work, the titles differing only in ${spelt}`);
    }
    if (!target && key && index >= settled) {
      // The last paper of this title that nothing tells apart from the record (two works called "Editorial").
      const papers = byTitle.get(key) ?? [];
      let apart: { paper: PaperRecord; reason: string } | undefined;
      const own = evidence(record);
      for (let at = papers.length - 1; at >= 0 && !target; at--) {
        const paper = papers[at]!;
        const theirs = evidenceOf(paper);
        // Every id a paper has is indexed (byId), and none of the record's was found there: an id of a kind both
        // have is two values, which tell the works apart (identitiesContradict).
        if ((theirs.kinds & own.kinds) !== 0) continue;
        const reason = apartBy(theirs, own);
        if (reason) apart = { paper, reason };
        else target = paper;
      }
      if (!target && apart) {
        warn(record, `the title "${record.title}" is also that of "${apart.paper.title}" (${sourceLabel(apart.paper.sources[0])}), a different work (${apart.reason}): read as a paper of its own`);
      }
    }
    if (target) {
      join(target, record, [read]);
      if (untitled && hasTitle(target)) noteTitle(target, key);
      // The record may also carry the id of another work read before (a preprint by its arXiv id, its journal
      // version by DOI, an untitled OpenAlex work): the same paper, unless titles or ids of one kind differ.
      for (const identity of identities) {
        const other = byId.get(identity.key);
        if (other && other !== target) absorb(target, other);
      }
      // An id of the record that names a paper kept apart (the preprint of another title) is that paper's alone.
      for (const identity of identities) {
        const other = byId.get(identity.key);
        if (!other || other === target || !dropIdentity(target, identity)) continue;
        const by = via ? `its ${WORK_ID_WORDS[via.kind]} ${via.value}${keys.get(target) === key ? ' and title' : ''}` : 'its title';
        const why = keys.get(other) !== keys.get(target) ? 'a paper of a title told apart' : 'a paper kept apart by ids of one kind that differ';
        warn(record, `${WORK_ID_WORDS[identity.kind]} ${identity.value} is also "${other.title}" (${sourceLabel(other.sources[0])}), ${why}: "${record.title}" joins "${target.title}" (${sourceLabel(target.sources[0])}) by ${by}, and the ${WORK_ID_WORDS[identity.kind]} stays the other's`);
        known.delete(target);
      }
    } else {
      target = draft(record);
      position.set(target, merged.length);
      merged.push(target);
      members.set(target, [read]);
      noteTitle(target, key);
    }
    // The target's other ids were indexed when they were read: only the record's can be new.
    for (const identity of identities) if (!byId.has(identity.key)) byId.set(identity.key, target);
  }
  const kept: PaperRecord[] = [];
  for (const record of merged) {
    if (absorbed.has(record)) continue;
    if (hasTitle(record)) {
      // Dated once all its records are in, whatever their order (while merging, the first date read stands).
      const from = members.get(record)!;
      if (from.length > 1) settleDate(record, from);
      kept.push(record);
      continue;
    }
    const ids = identitiesText(workIdentities(record));
    for (const source of record.sources) {
      conflicts.push({ ...source, message: `no title (${ids || 'no id either'}), and no other input names this work with one` });
    }
  }
  return { records: kept, conflicts, warnings };
}

/**
 * EndNote's tagged import format (Refer/BibIX; `.enw`, `.txt`), which Google Scholar, SpringerLink, Wiley, HAL, the
 * AIS eLibrary, Wanfang and library catalogues export: `%0 Journal Article`, then one `%X value` a line — `%` and one
 * character, one space, the value — records separated by blank lines. A record need not start with `%0` (the AIS
 * eLibrary and catalogues write `%T` first), so a blank line, not a tag, ends one. Not EndNote XML (endnote-xml.ts).
 */
import { arxivIdDate, parseDate } from '../time/dates.ts';
import type { IngestResult, PaperRecord } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, arxivIdFromUrl } from './ids.ts';
import { naturalName, semicolonNames } from './names.ts';
import { arxivIdInText, recordDoi } from './reference-ids.ts';
import { setDate, setVolume } from './records.ts';
import { firstTagged, oneLine, parseTaggedRecords, taggedValues, type TaggedRecord, type TaggedSyntax } from './tagged-lines.ts';

/** `%A Guo, Wenbo`: the tag is one letter, digit or sign (`%@` ISSN, `%+` address, `%!` short title). */
const TAG_LINE = /^%([0-9A-Za-z@+!#$&()*?[\]^|~<>=-]) ?(.*)$/;

const SYNTAX: TaggedSyntax = {
  tagLine(line) {
    const match = TAG_LINE.exec(line);
    return match ? { tag: match[1]!, value: match[2]!.trim() } : undefined;
  },
  // An abstract broken over lines continues on lines without a tag.
  continuation: (line) => line.trim(),
  // No tag opens a record on its own (`%0` may come after `%T`): the first tag after a blank line does.
  opens: '\u0000',
  recordName: '%0',
  opensAfterBlank: true,
  opensWhenRepeated: '0',
};

function sniffEndnoteTagged(head: string): number {
  const lines = head
    .replace(/^\ufeff/, '')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '')
    .slice(0, 8);
  // A tag line first and mostly tag lines (a wrapped value may continue untagged), among them a type, title or
  // author: not a BibTeX or LaTeX file opening with `%` comments (`% Encoding: UTF-8` has no tag letter).
  const isTag = (line: string) => /^%[0-9A-Z@+!#$&()*?[\]^|~<>=] \S/.test(line);
  const tagged = lines.filter(isTag);
  return lines[0] !== undefined && isTag(lines[0]) && tagged.length * 2 > lines.length && tagged.some((line) => /^%[0TA] /.test(line)) ? 1 : 0;
}

/** `%D 2021` with `%8 September  1, 2021` or `%8 2022-06-21`: the full date when it has the record's year. */
function recordDate(record: TaggedRecord): string | undefined {
  const year = firstTagged(record, 'D')?.match(/\b\d{4}\b/)?.[0];
  const full = taggedValues(record, '8', '7')
    .map((value) => parseDate(oneLine(value)))
    .find((date) => date !== undefined && (year === undefined || date.startsWith(year)));
  return full ?? parseDate(year) ?? parseDate(oneLine(firstTagged(record, 'D')));
}

/** `%R` (EndNote's electronic resource number: a DOI, bare or as a URL), else a DOI URL in `%U`. */
function enwDoi(record: TaggedRecord): string | undefined {
  for (const value of taggedValues(record, 'R')) {
    const doi = recordDoi(value.trim().split(/\s+/)[0]);
    if (doi) return doi;
  }
  for (const value of taggedValues(record, 'U')) {
    if (/doi\.org\//i.test(value)) {
      const doi = recordDoi(value.trim());
      if (doi) return doi;
    }
  }
  return undefined;
}

function toPaper(record: TaggedRecord, file: string, index: number): PaperRecord | string {
  const title = oneLine(firstTagged(record, 'T', '!'));
  if (!title) return 'record has no title (%T)';
  const paper: PaperRecord = {
    title,
    abstract: oneLine(firstTagged(record, 'X')),
    // %A are the authors; %E the editors, %Y the series editors, %H translated names of the same authors.
    authors: taggedValues(record, 'A')
      .flatMap((value) => semicolonNames(oneLine(value)))
      .map((name) => naturalName(name))
      .filter((name) => name !== ''),
    tags: [],
    sources: [{ file, line: record.line, record: index }],
  };
  const doi = enwDoi(record);
  if (doi) paper.doi = doi;
  // Google Scholar names arXiv papers `%J arXiv preprint arXiv:1810.04805`.
  const arxivId =
    arxivIdFromDoi(doi) ??
    taggedValues(record, 'U').map(arxivIdFromUrl).find((id) => id !== undefined) ??
    taggedValues(record, 'J', 'B', 'Z').map(arxivIdInText).find((id) => id !== undefined);
  if (arxivId) paper.arxivId = arxivId;
  setDate(paper, recordDate(record) ?? (arxivId ? arxivIdDate(arxivId) : undefined));
  // The journal (`%J`), else the book or proceedings (`%B`).
  const venue = oneLine(firstTagged(record, 'J', 'B'));
  if (venue) paper.venue = venue;
  setVolume(paper, firstTagged(record, 'V'));
  return paper;
}

export function parseEndnoteTagged(input: string, file: string): IngestResult {
  return parseTaggedRecords(input, file, SYNTAX, toPaper);
}

export const endnoteTaggedFormat: InputFormat = {
  name: 'endnote-tagged',
  label: 'EndNote tagged (.enw)',
  extensions: ['.enw'],
  sniff: sniffEndnoteTagged,
  parse: parseEndnoteTagged,
};

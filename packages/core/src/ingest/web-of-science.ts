/**
 * Web of Science's "Plain text file" export (also called ISI or field-tagged format; `savedrecs.txt`, `.ciw`, `.isi`):
 * a header (`FN … Web of Science`, `VR 1.0`), then records opened by `PT` and closed by `ER`, one two-letter tag and a
 * space a line, continuation lines indented three spaces, `EF` at the end. The cited references (`CR`) are read as
 * citations wherever they give a DOI, so a downloaded result set is linked by who cites whom. Written here: the format
 * is lines and tags, and the libraries that read it (metaknowledge, bibliometrix) are Python and R.
 */
import { dateOfParts } from '../time/dates.ts';
import type { IngestResult, PaperRecord, WorkRef } from '../types.ts';
import type { InputFormat } from './formats.ts';
import { arxivIdFromDoi, normalizeDoi } from './ids.ts';
import { markupText, undoWebOfScienceEscapes, webOfScienceApproximations } from './markup.ts';
import { commaBeforeInitials, naturalName, shortFormName } from './names.ts';
import { firstTagged, oneLine, parseTaggedRecords, taggedValues, type TaggedRecord, type TaggedSyntax } from './tagged-lines.ts';
import { setDate, setVolume } from './records.ts';
import { withoutFinalStop } from './titles.ts';

const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/;

/** The field tags of Web of Science's plain text (Clarivate's list, and BIOSIS's `PS`). */
const TAGS = new Set(
  ('FN VR PT AU AF BA BF CA GP BE TI SO SE BS LA DT CT CY CL SP HO DE ID AB C1 C3 RP EM RI OI FU FP FX CR NR TC Z9 U1 U2 ' +
    'PU PI PA SN EI BN J9 JI PD PY VL IS PN SU SI MA BP EP AR DI DL D2 EA PG P2 WC WE SC GA PM OA HC HP DA UT ER EF PS').split(' '),
);

/**
 * Tags of the other databases Web of Science exports in the same layout (BIOSIS Previews, Zoological Record, CABI,
 * Current Contents, MEDLINE, Derwent Innovations), as their exports write them (`NT figs.`, `OR Aves (Vertebrata).`):
 * fields, whatever their value starts with.
 */
const OTHER_DATABASE_TAGS = new Set(
  ('A2 AE AN AW BD CC CE CH CN DG DP DS ED EY FT GE GI GN IV JC LT MC ME MH MI MQ NM NO NT OB OR PC PE PL PR RC SA SD ' +
    'SF SS ST TA TM TN UR WP Z8 ZB ZR ZS DC IP AD FD FS CP DN MN RG CI').split(' '),
);

/**
 * A tag run into its value: a tag of the format, then a capitalised word (`AUGilles, H`, `TIImportance of …`). Not an
 * acronym that starts with a tag's letters (`PAHs were …`, `SNPs`, `CH4-derived`, `DNAse`): those lines are text.
 */
function gluedTag(line: string): boolean {
  return /^[A-Z][A-Z0-9]\p{Lu}(?:\p{Ll}{2,}|\p{Ll}+,)/u.test(line) && TAGS.has(line.slice(0, 2));
}

const SYNTAX: TaggedSyntax = {
  tagLine(line) {
    const match = TAG_LINE.exec(line);
    // Two capitals that are no tag of any database's export, then a small letter, open a line of text (an unindented
    // continuation, `US farms were …`, `UK and EU rules …`), not a field.
    if (!match || (!TAGS.has(match[1]!) && !OTHER_DATABASE_TAGS.has(match[1]!) && /^\p{Ll}/u.test(match[2] ?? ''))) return undefined;
    return { tag: match[1]!, value: match[2] ?? '' };
  },
  // Continuation lines are indented three spaces; some exports (BIOSIS records of Web of Knowledge) do not indent
  // them, and Zotero's translator reads any line that is no tag line as the field above's text: so is it here, inside
  // a record (outside one, such a line is reported as text outside a record). Except a tag run into its value
  // (`AUGilles, H`): metaknowledge rejects such a field tag, Zotero would make an author of `AUGilles`; it is reported
  // with its record.
  continuation: (line) => (line.startsWith('   ') ? line.slice(3) : gluedTag(line) ? undefined : line.trim()),
  opens: 'PT',
  closes: 'ER',
  tagLineHint: 'two capitals and a space: `AU Smith, J`',
  outside: new Set(['FN', 'VR', 'EF']),
};

/**
 * The header names Web of Science, or is the `FN`/`VR` pair of the older ISI exports (`FN ISI Export Format`, also
 * Inspec and MEDLINE records exported from the same platform); an export cut before it still opens with a `PT` record
 * that holds a `UT WOS:` id.
 */
function sniffWebOfScience(head: string): number {
  const lines = head.replace(/^\ufeff/, '').split('\n', 8);
  if (/^FN .*Web of Science/i.test(lines[0] ?? '')) return 1;
  if (/^FN \S/.test(lines[0] ?? '') && /^VR \d/.test(lines[1] ?? '') && /^PT [A-Z]\r?$/m.test(head)) return 1;
  if (/^PT [A-Z]\r?$/.test(lines.find((line) => line.trim() !== '') ?? '') && /^UT (?:WOS|ISI):/m.test(head)) return 1;
  return 0;
}

/**
 * `Parkes-Loach, Paula S.` (AF) → `Paula S. Parkes-Loach`; the short form `Parkes-Loach, PS` (AU, and AF in old
 * records) → `P. S. Parkes-Loach`, initials spelt as other sources spell them. The short form without its comma —
 * Derwent's patents (`YANG Y`, `ZHANG YH`), MEDLINE records of the same platform (`Smith JA`) — is the family name
 * then up to four initials, read as the comma form is (`Y. YANG`, `Y. H. ZHANG`).
 */
function personName(name: string): string {
  // A last initial after a second comma (`Kuchin, A., V`, `van Dijken, Jan W., V`, beside AU's `Kuchin, AV`) is the
  // given name's, not a suffix.
  const lastInitial = /^([^,]+),\s*([^,]+),\s*(\p{Lu})\.?$/u.exec(name);
  if (lastInitial) return `${lastInitial[2]} ${lastInitial[3]}. ${lastInitial[1]}`;
  // Capitals after the comma are initials here even in a name all in capitals (`BEAUREGARD, OCD`): the old records
  // write AU and AF so.
  if (name.includes(',')) return shortFormName(name);
  const withComma = commaBeforeInitials(name);
  return withComma !== name ? shortFormName(withComma) : naturalName(name);
}

/**
 * `PD` (`MAR`, `JAN 25`, `APR-JUN`, `FAL`, `2019`) with `PY` → ISO; early access (`EA`, `JAN 2021`) when no `PY`, else
 * a Derwent patent's year.
 */
function recordDate(record: TaggedRecord): string | undefined {
  const year = firstTagged(record, 'PY');
  if (year && /^\d{4}$/.test(year)) {
    // `PD` may repeat the year (`2006 May-Jun` in MEDLINE records, `04 2006` in Inspec's, whose month is a number).
    const parts = (firstTagged(record, 'PD') ?? '').split(/[\s-]+/).filter((part) => part !== '');
    const [monthWord, day] = parts.filter((part) => part !== year);
    // A number is read as the month only beside the repeated year (Inspec's form); alone it could be a day.
    if (monthWord && /^\d{1,2}$/.test(monthWord)) return dateOfParts(year, parts.includes(year) ? monthWord : undefined);
    return dateOfParts(year, monthWord, day);
  }
  const [monthWord, earlyYear] = (firstTagged(record, 'EA') ?? '').split(/\s+/);
  // A Derwent patent has no `PY`: its accession number (`UT DIIDW:202018799C`, Derwent's `2020-187990`) starts with
  // the year the patent family entered the index, that of its first publication.
  const derwentYear = /^DIIDW:((?:19|20)\d\d)/.exec(firstTagged(record, 'UT') ?? '')?.[1];
  return dateOfParts(earlyYear, monthWord) ?? dateOfParts(derwentYear);
}

/** A cited reference's DOIs: `…, DOI 10.1086/289859`, `DOI DOI 10.2307/3130081` (sic), `DOI [10.1/a, 10.2/b]`. */
function citedWork(reference: string): WorkRef | undefined {
  const at = reference.search(/\bDOI\b/);
  if (at < 0) return undefined;
  for (const candidate of reference.slice(at).replace(/\bDOI\b|[[\]]/g, ' ').split(/[\s,]+/)) {
    const doi = normalizeDoi(candidate);
    if (doi) {
      const arxivId = arxivIdFromDoi(doi);
      return arxivId ? { doi, arxivId } : { doi };
    }
  }
  return undefined;
}

/**
 * A title or abstract of Web of Science's plain text as text: the export's escapes undone ({@link
 * undoWebOfScienceEscapes}: `Schr & ouml;dinger`, `MPa<middle dot>m/s`), and `~` and `≈` before a number, which it
 * writes in words (`a factor of similar to 2.5`, `approximate to 10%`, `50%similar to 75%`: before a number, never in
 * prose, which says `similar to that`). What is left is read as markup.ts reads HTML (`<i>Nature</i>`,
 * `O<SUP>+</SUP>2`, `<br />`, `&gt;`); a bare `<` or `&` stays as written.
 */
function webOfScienceText(value: string | undefined): string {
  return markupText(webOfScienceApproximations(undoWebOfScienceEscapes(oneLine(value))));
}

function toPaper(record: TaggedRecord, file: string, index: number): PaperRecord | string {
  // CABI's and MEDLINE's records end their titles with a full stop.
  const title = withoutFinalStop(webOfScienceText(firstTagged(record, 'TI')));
  if (!title) return 'record has no title (TI)';
  // One person a line: the tag's first line and each continuation line; MEDLINE records from the same platform list
  // them on one line, separated by `;` (which no name holds).
  const names = (taggedValues(record, 'AF').length > 0 ? taggedValues(record, 'AF') : taggedValues(record, 'AU')).flatMap((value) => value.split(/\n|;/));
  const paper: PaperRecord = {
    title,
    abstract: webOfScienceText(firstTagged(record, 'AB')),
    authors: names.map((name) => personName(name.trim())).filter((name) => name !== ''),
    tags: [],
    sources: [{ file, line: record.line, record: index }],
  };
  // Inspec records give the DOI only among the bracketed identifiers of `ID` (`…],[10.1063/1.2234275]`).
  const doi = normalizeDoi(firstTagged(record, 'DI')) ?? normalizeDoi(/\[(10\.\d{4,9}\/[^\]\s]+)\]/.exec(oneLine(firstTagged(record, 'ID')))?.[1]);
  if (doi) {
    paper.doi = doi;
    const arxivId = arxivIdFromDoi(doi);
    if (arxivId) paper.arxivId = arxivId;
  }
  const date = recordDate(record);
  setDate(paper, date);
  const venue = oneLine(firstTagged(record, 'SO', 'SE', 'BS'));
  if (venue) paper.venue = venue;
  setVolume(paper, firstTagged(record, 'VL'));
  const pmid = firstTagged(record, 'PM');
  if (pmid && /^\d+$/.test(pmid)) paper.ids = { pmid };
  const references = taggedValues(record, 'CR')
    .flatMap((value) => value.split('\n'))
    .map(citedWork)
    .filter((work): work is WorkRef => work !== undefined);
  if (references.length > 0) paper.references = references;
  return paper;
}

export function parseWebOfScience(input: string, file: string): IngestResult {
  return parseTaggedRecords(input, file, SYNTAX, toPaper);
}

export const webOfScienceFormat: InputFormat = {
  name: 'wos',
  label: 'Web of Science plain text',
  citationFields: 'CR, those giving a DOI',
  extensions: ['.ciw', '.isi'],
  sniff: sniffWebOfScience,
  parse: parseWebOfScience,
};

/**
 * Publication dates, as precise as the source gives them: ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A record's own date
 * field wins; else the arXiv id's year and month (`2503.11731` → `2025-03`; old style `hep-th/9901001` → `1999-01`);
 * else none — a date is never guessed.
 */

export type IsoDate = string;

/**
 * The years a publication date can fall in. Outside them a date is a placeholder that reference managers and
 * databases write for "unknown" (`9999-12-31`, `0001-01-01`), read as no date: one such paper would otherwise stretch
 * every time series from its real papers to the year 9999 (95,000 monthly bins).
 */
export const EARLIEST_YEAR = 1000;
export const LATEST_YEAR = 2100;

/** Whether `year` can be a publication's year (EARLIEST_YEAR to LATEST_YEAR). */
export function plausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

const NEW_STYLE_ID = /^(\d{2})(\d{2})\.\d{4,5}$/;
const OLD_STYLE_ID = /^[a-z-]+(?:\.[A-Z]{2})?\/(\d{2})(\d{2})\d{3}$/;

/** The month an arXiv id was assigned in, or undefined for a string that is not an arXiv id. */
export function arxivIdDate(id: string): IsoDate | undefined {
  const match = NEW_STYLE_ID.exec(id) ?? OLD_STYLE_ID.exec(id);
  if (!match) return undefined;
  const yy = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  // New-style ids began in April 2007 (0704.xxxx); old-style ones ran from August 1991 to March 2007.
  const year = NEW_STYLE_ID.test(id) ? 2000 + yy : yy >= 91 ? 1900 + yy : 2000 + yy;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Jan`, `JAN`, `January` → 1; anything else (a season: `FAL`, `Spring`) → undefined. */
export function monthOfName(word: string | undefined): number | undefined {
  if (!word || word.length < 3) return undefined;
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index >= 0 ? index + 1 : undefined;
}

/**
 * A date as bibliographic databases write it in parts (`2016 Jan 15`, `MAR 20` with `PY 2004`, PubMed's `2018`, `05`,
 * `17`) → ISO, as precise as the parts are: the month a name or a number; year and month when the day is not a number
 * (`Nov-Dec`), the year alone when the month is no month (a season, `FAL`, `13`) or the month has no such day.
 * Undefined unless the year is four digits.
 */
export function dateOfParts(year: string | undefined, monthPart?: string, day?: string): IsoDate | undefined {
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const month = monthPart !== undefined && /^\d{1,2}$/.test(monthPart) ? Number(monthPart) : monthOfName(monthPart);
  if (!month) return parseDate(year);
  return parseDate(day && /^\d{1,2}$/.test(day) ? `${year}-${month}-${day}` : `${year}-${month}`) ?? parseDate(year);
}

/** A month's name or its abbreviation (`Jul`, `July`, `Sept`, `JUL.`), never a longer word that starts like one. */
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_DAY = new RegExp(String.raw`^(${MONTH_WORD})(?:\s*[-/–]\s*${MONTH_WORD})?(?:\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?)?,?$`, 'i');
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(${MONTH_WORD})$`, 'i');

/**
 * A date written without its year, as reference managers write a record's date beside its year field: EndNote's
 * `Jul 3`, `Nov`, `Mar-Apr` (an issue's months: the first), `3 Jul`, `JUL 15-31` → ISO in `year`. Undefined when the
 * text is anything else (a season, a full date, a number) or `year` is not four digits.
 */
export function monthDayDate(text: string | undefined, year: string | undefined): IsoDate | undefined {
  const value = text?.trim();
  if (!value || !year) return undefined;
  const monthFirst = MONTH_DAY.exec(value);
  if (monthFirst) return dateOfParts(year, monthFirst[1]!.replace(/\.$/, ''), monthFirst[2]);
  const dayFirst = DAY_MONTH.exec(value);
  return dayFirst ? dateOfParts(year, dayFirst[2]!.replace(/\.$/, ''), dayFirst[1]) : undefined;
}

function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date field as a record gives it → ISO, as precise as given: `2025`, `2025-03`, `2025-03-14`, an ISO timestamp
 * (`2025-03-14T17:59:59Z`), `2025/03/14`, `14 Mar 2025`, `Mar 2025`, RFC 2822 (`Fri, 14 Mar 2025 00:00:00 GMT`),
 * a number (the year). Undefined when it is not a date, or a placeholder's (a year outside EARLIEST_YEAR–LATEST_YEAR).
 */
export function parseDate(value: unknown): IsoDate | undefined {
  if (typeof value === 'number') return plausibleYear(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (match) return fromParts(Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined);
  match = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(text);
  if (match) return fromParts(Number(match[3]), MONTHS.indexOf(match[2]!.toLowerCase()) + 1, Number(match[1]));
  match = /^([A-Za-z]{3})[a-z]*\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(text);
  if (match) return fromParts(Number(match[3]), MONTHS.indexOf(match[1]!.toLowerCase()) + 1, match[2] ? Number(match[2]) : undefined);
  return undefined;
}

function fromParts(year: number, month?: number, day?: number): IsoDate | undefined {
  if (!plausibleYear(year)) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  return validDay(year, month, day) ? `${ym}-${String(day).padStart(2, '0')}` : undefined;
}

/** The year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * A `YYYY-01-01` date read as the year alone where another date of that year (`others`: other sources' dates of the
 * work, its arXiv id's month) names another month: OpenAlex and Crossref write January 1 for a month and day they do
 * not know (OpenAlex's `2023-01-01` for PaperQA, arXiv 2312.07559, which Semantic Scholar dates `2023-12-08`). A
 * January 1 that nothing contradicts stays as it is.
 */
export function withoutJanuaryPlaceholder(date: IsoDate, others: readonly (IsoDate | undefined)[]): IsoDate {
  if (!/^\d{4}-01-01$/.test(date)) return date;
  const year = date.slice(0, 4);
  return others.some((other) => other !== undefined && other.startsWith(`${year}-`) && !other.startsWith(`${year}-01`)) ? year : date;
}

/**
 * The date of a work that several sources date (`dates`, one per source, duplicates counted), whatever their order: a
 * January 1 placeholder read as its year ({@link withoutJanuaryPlaceholder}, the arXiv id's month among the others),
 * then the date most of the others agree with (each a prefix of it or it: `2023`, `2023-12` and `2023-12-08` agree; the
 * arXiv id's month counts as one more that agrees), on a tie the most precise, then the earliest. Undefined for none.
 */
export function agreedDate(dates: readonly IsoDate[], arxivId?: string): IsoDate | undefined {
  const fromId = arxivId !== undefined ? arxivIdDate(arxivId) : undefined;
  const distinct = [...new Set(dates)];
  const others = fromId !== undefined ? [...distinct, fromId] : distinct;
  // How many sources give each date once placeholders are read, by distinct date (a work may have thousands).
  const counts = new Map<IsoDate, number>();
  for (const date of dates) {
    const read = withoutJanuaryPlaceholder(date, others);
    counts.set(read, (counts.get(read) ?? 0) + 1);
  }
  let best: { date: IsoDate; support: number } | undefined;
  for (const date of counts.keys()) {
    let support = fromId !== undefined && date.startsWith(fromId) ? 1 : 0;
    for (const [claim, count] of counts) if (date.startsWith(claim)) support += count;
    const better = !best || support > best.support || (support === best.support && (date.length > best.date.length || (date.length === best.date.length && date < best.date)));
    if (better) best = { date, support };
  }
  return best?.date;
}

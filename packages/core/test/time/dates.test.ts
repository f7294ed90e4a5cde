import { describe, expect, it } from 'vitest';
import { agreedDate, arxivIdDate, dateOfParts, EARLIEST_YEAR, LATEST_YEAR, monthDayDate, monthOfName, parseDate, plausibleYear, withoutJanuaryPlaceholder } from '../../src/time/dates.ts';

describe('arxivIdDate', () => {
  it.each([
    ['2503.11731', '2025-03'],
    ['0704.0001', '2007-04'],
    ['1412.6980', '2014-12'],
    ['2601.04055', '2026-01'],
    ['hep-th/9901001', '1999-01'],
    ['math.AG/0601001', '2006-01'],
    ['cond-mat/9108001', '1991-08'],
    ['cs/0703001', '2007-03'],
  ])('%s → %s', (id, date) => expect(arxivIdDate(id)).toBe(date));

  it.each(['10.1000/xyz', '2513.00001', 'W2741809807', '', 'hep-th/99010', '12345'])('%j is not an arXiv id', (id) => {
    expect(arxivIdDate(id)).toBeUndefined();
  });
});

describe('parseDate', () => {
  it.each([
    ['2025', '2025'],
    [2025, '2025'],
    ['2025-03', '2025-03'],
    ['2025-3-7', '2025-03-07'],
    ['2025-03-14', '2025-03-14'],
    ['2025-03-14T17:59:59Z', '2025-03-14'],
    ['2025-03-14T17:59:59.000+02:00', '2025-03-14'],
    ['2025/03/14', '2025-03-14'],
    ['14 Mar 2025', '2025-03-14'],
    ['Fri, 14 Mar 2025 00:00:00 GMT', '2025-03-14'],
    ['March 2025', '2025-03'],
    ['Mar 14, 2025', '2025-03-14'],
  ])('%j → %s', (value, date) => expect(parseDate(value)).toBe(date));

  it.each(['', 'soon', '2025-13', '2025-02-30', 'n.d.', 20.5, null, undefined, '99'])('%j is not a date', (value) => {
    expect(parseDate(value)).toBeUndefined();
  });

  it('reads placeholders for an unknown date (a year outside 1000–2100) as no date, and the years at the bounds as years', () => {
    for (const value of ['9999-12-31', '9999', 9999, '2999-01-01', '0001-01-01', 'Dec 31, 9999', '2101']) expect(parseDate(value), String(value)).toBeUndefined();
    expect(parseDate('2100-12-31')).toBe('2100-12-31');
    expect(parseDate(1000)).toBe('1000');
    expect(dateOfParts('9999', 'Dec', '31')).toBeUndefined();
    expect([EARLIEST_YEAR, LATEST_YEAR].map(plausibleYear)).toEqual([true, true]);
    expect([EARLIEST_YEAR - 1, LATEST_YEAR + 1, 2025.5].map(plausibleYear)).toEqual([false, false, false]);
  });
});

describe('dates written in parts, as bibliographic databases write them', () => {
  it('month names in any case and length; seasons and short words are no month', () => {
    expect(['Jan', 'JAN', 'January', 'dec'].map(monthOfName)).toEqual([1, 1, 1, 12]);
    expect(['FAL', 'Spring', 'ja', undefined].map(monthOfName)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("a month (and day) written without the year, read with the record's year: `Jul 3`, `Mar-Apr` (the first), `3 Jul`, `Nov`", () => {
    const read = (text: string) => monthDayDate(text, '2020');
    expect(['Jul 3', 'Mar-Apr', 'Nov', '3 Jul', 'JUL 15-31', 'Sept.', 'May 5,', 'Jan/Feb', 'December 24'].map(read)).toEqual([
      '2020-07-03', '2020-03', '2020-11', '2020-07-03', '2020-07-15', '2020-09', '2020-05-05', '2020-01', '2020-12-24',
    ]);
    // A day the month does not have: the year; a season, a word that only starts like a month, numbers, a full date: nothing.
    expect(read('Feb 30')).toBe('2020');
    for (const text of ['Spring', 'Junk', 'Mayo 3', '07/03', '2020', 'Jul 3 2019', '', undefined]) expect(read(text as string), String(text)).toBeUndefined();
    expect(monthDayDate('Jul 3', undefined)).toBeUndefined();
    expect(monthDayDate('Jul 3', '20')).toBeUndefined();
  });

  it('as precise as the parts are: year, month and day; the year alone for a season; nothing without a four-digit year', () => {
    expect(dateOfParts('2016', 'Jan', '15')).toBe('2016-01-15');
    expect(dateOfParts('2016', 'Nov', 'Dec')).toBe('2016-11');
    // A day the month does not have: the year alone (the parts contradict each other).
    expect(dateOfParts('2016', 'Feb', '30')).toBe('2016');
    expect(dateOfParts('2016', 'Spring')).toBe('2016');
    expect(dateOfParts('16', 'Jan', '15')).toBeUndefined();
    expect(dateOfParts(undefined)).toBeUndefined();
  });

  it('reads a month written as a number (PubMed XML, EndNote, Inspec), and a number no month is no month', () => {
    expect(dateOfParts('2018', '05', '17')).toBe('2018-05-17');
    expect(dateOfParts('2018', '5')).toBe('2018-05');
    expect(dateOfParts('2018', '13')).toBe('2018');
    expect(dateOfParts('2018', '02', '30')).toBe('2018');
  });
});

describe('one date of a work several sources date (invented dates)', () => {
  it('a January 1 is the year alone where another date of that year, or the arXiv id, names another month', () => {
    expect(withoutJanuaryPlaceholder('2023-01-01', ['2023-12-08'])).toBe('2023');
    expect(withoutJanuaryPlaceholder('2023-01-01', ['2023-12'])).toBe('2023');
    expect(withoutJanuaryPlaceholder('2023-01-01', [undefined])).toBe('2023-01-01');
    // January, or another year, contradicts nothing; nor does a year alone.
    expect(withoutJanuaryPlaceholder('2023-01-01', ['2023-01-17', '2023', '2024-05-08'])).toBe('2023-01-01');
    // Only January 1 is a placeholder.
    expect(withoutJanuaryPlaceholder('2023-01-02', ['2023-12'])).toBe('2023-01-02');
    expect(withoutJanuaryPlaceholder('2023-01', ['2023-12'])).toBe('2023-01');
  });

  it('the date most agree with, then the most precise, then the earliest; the same for any order', () => {
    const cases: Array<[string[], string | undefined, string | undefined]> = [
      [['2023-01-01', '2023-12-08'], undefined, '2023-12-08'],
      [['2023-01-01'], '2312.07559', '2023'],
      [['2023-01-01'], '2301.00001', '2023-01-01'],
      [['2001-01-01', '2001-02', '2001-02-01'], undefined, '2001-02-01'],
      [['2014', '2014-10-25'], undefined, '2014-10-25'],
      // Two dates apart: the one more sources (or the arXiv id) agree with, else the earliest.
      [['2024-05-08', '2024-05', '2023-04-11'], undefined, '2024-05-08'],
      [['2024-05-08', '2023-04-11'], '2304.05376', '2023-04-11'],
      [['2024-05-08', '2023-04-11'], undefined, '2023-04-11'],
      [['2021', '2023-05-02'], undefined, '2023-05-02'],
      [[], '2312.07559', undefined],
    ];
    for (const [dates, arxivId, expected] of cases) {
      expect(agreedDate(dates, arxivId), dates.join(' ')).toBe(expected);
      expect(agreedDate([...dates].reverse(), arxivId), dates.join(' ')).toBe(expected);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { databaseName, isNameSuffix, naturalName, splitAuthorString, withoutAffiliations } from '../../src/ingest/names.ts';

describe('person names', () => {
  it('"Last, First" and suffixed forms → natural order', () => {
    expect(naturalName('Lovelace, Ada')).toBe('Ada Lovelace');
    expect(naturalName('  Ada   Lovelace ')).toBe('Ada Lovelace');
    expect(naturalName('Smith, Jr., John')).toBe('John Smith Jr.');
    expect(naturalName('Smith, John, Jr.')).toBe('John Smith Jr.');
    expect(naturalName('Gates, William, III')).toBe('William Gates III');
    expect(naturalName('Smith Jr., John')).toBe('John Smith Jr.');
    expect(naturalName('A, B, C')).toBe('A, B, C');
  });

  it('suffixes: Jr./Sr./II–IV, not initials', () => {
    expect(['Jr.', 'Jr', 'sr.', 'II', 'III', 'IV', '3rd'].every(isNameSuffix)).toBe(true);
    expect(['iv', 'V', 'J.', 'Junior', 'Ivy'].some(isNameSuffix)).toBe(false);
  });

  it('splits author strings; a quoted name or a suffix is never an author of its own', () => {
    expect(splitAuthorString('Alan Turing, Grace Hopper and Edsger Dijkstra')).toEqual(['Alan Turing', 'Grace Hopper', 'Edsger Dijkstra']);
    expect(splitAuthorString('A; B and C')).toEqual(['A', 'B', 'C']);
    expect(splitAuthorString('"Smith, Jr., John", Jane Doe')).toEqual(['John Smith Jr.', 'Jane Doe']);
    expect(splitAuthorString('“Lovelace, Ada” and Alan Turing')).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(splitAuthorString('John Smith, Jr., Jane Doe and Bill Gates III')).toEqual(['John Smith Jr.', 'Jane Doe', 'Bill Gates III']);
    expect(splitAuthorString('Martin Luther King, Jr.')).toEqual(['Martin Luther King Jr.']);
  });
});

describe('databaseName', () => {
  it("spells Web of Science's glued initials and puts Scopus's and Embase's trailing initials first; other names as naturalName", () => {
    expect(['Luke, TJ', 'Parkes-Loach, PS', 'Adler D.G.', 'Quintanilla-Dieck L.', 'Kalé L.', 'Smith, John', 'J. R. R. Tolkien', 'Aristotle'].map(databaseName)).toEqual([
      'T. J. Luke',
      'P. S. Parkes-Loach',
      'D.G. Adler',
      'L. Quintanilla-Dieck',
      'L. Kalé',
      'John Smith',
      'J. R. R. Tolkien',
      'Aristotle',
    ]);
  });
});

describe('withoutAffiliations', () => {
  it('drops parenthesised (and nested) affiliations so their commas split off no names', () => {
    expect(splitAuthorString(withoutAffiliations('A. Smith ((1) MIT, (2) CERN), B. Jones ((2) CERN), and C. Doe (Harvard U.)'))).toEqual(['A. Smith', 'B. Jones', 'C. Doe']);
  });
});

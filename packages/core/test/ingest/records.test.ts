import { describe, expect, it } from 'vitest';
import { tidyAbstract, tidyAuthors } from '../../src/ingest/records.ts';
import type { PaperRecord } from '../../src/types.ts';

describe('tidyAbstract: what says an abstract is one, or that there is none', () => {
  it('the heading exporters open abstracts with is dropped: with a separator, glued, or before a sentence', () => {
    expect(tidyAbstract('Abstract The effect of doping with Li+ is studied.')).toBe('The effect of doping with Li+ is studied.');
    expect(tidyAbstract('ABSTRACT With the advance of sensors, …')).toBe('With the advance of sensors, …');
    expect(tidyAbstract('Abstract: we show that …')).toBe('we show that …');
    expect(tidyAbstract('Abstract. Insufficient resources …')).toBe('Insufficient resources …');
    expect(tidyAbstract('Abstract :- This paper presents …')).toBe('This paper presents …');
    expect(tidyAbstract('Abstract - The rapid advancements …')).toBe('The rapid advancements …');
    expect(tidyAbstract('AbstractObjective Applying …')).toBe('Objective Applying …');
    expect(tidyAbstract('Summary Isoform-specific splicing …')).toBe('Isoform-specific splicing …');
    expect(tidyAbstract('SUMMARY: System of systems …')).toBe('System of systems …');
    expect(tidyAbstract('Abstract A new method is …')).toBe('A new method is …');
    expect(tidyAbstract('Abstract 3D printing is …')).toBe('3D printing is …');
    expect(tidyAbstract('Summary form only given. Language models play …')).toBe('Language models play …');
    expect(tidyAbstract('Summary form only given, as follows. Most of …')).toBe('Most of …');
  });

  it("a word of the abstract's own stays: `Abstract Meaning Representation`, `Abstract interpretation`, `Summary statistics`", () => {
    for (const text of ['Abstract Meaning Representation (AMR) is a …', 'Abstract Syntax Trees are …', 'Abstract interpretation is …', 'Summary statistics are …', 'Abstract here']) {
      expect(tidyAbstract(text)).toBe(text);
    }
  });

  it('a placeholder for no abstract is none', () => {
    for (const text of ['NA', 'N/A', 'n.a.', '[No abstract available]', 'Not Available', 'No abstract available.', 'Abstract not available', 'None', 'null', '-', 'Abstract', 'Abstract: NA']) {
      expect(tidyAbstract(text)).toBe('');
    }
  });
});

describe('tidyAuthors: no one stands for the authors a list leaves out, nor a missing part', () => {
  const record = (authors: string[]): PaperRecord => ({ title: 't', abstract: '', authors, tags: [], sources: [{ file: 'f', line: 1 }] });
  it('`et al.` and `others` alone, or after the last name, are dropped; the real authors kept', () => {
    const one = record(['J. Smith', 'A. Jones et al.', 'et al.']);
    tidyAuthors(one);
    expect(one.authors).toEqual(['J. Smith', 'A. Jones']);
    const two = record(['Smith, J.', 'others', 'Et Al']);
    tidyAuthors(two);
    expect(two.authors).toEqual(['Smith, J.']);
  });
  it('`null` written for a missing given name (Lens) goes; a name `Null` in capitals stays', () => {
    const one = record(['null Neetha Das', 'Christopher Null', 'Ann Smith undefined']);
    tidyAuthors(one);
    expect(one.authors).toEqual(['Neetha Das', 'Christopher Null', 'Ann Smith']);
  });
});

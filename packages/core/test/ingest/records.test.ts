import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../src/ingest/index.ts';
import { keepRead, tidyAbstract, tidyAuthors } from '../../src/ingest/records.ts';
import type { IngestResult } from '../../src/types.ts';
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

  it('a heading alone on its line is a heading, whatever follows it', () => {
    expect(tidyAbstract('Abstract\nInterpretation of the results is hard.')).toBe('Interpretation of the results is hard.');
    expect(tidyAbstract('Abstract \r\n we show that …')).toBe('we show that …');
  });

  it("`Abstract X` before a small word is the abstract's own noun phrase when it comes again, in the title or the text; else a heading", () => {
    const interpretation = 'Abstract Interpretation is a theory of sound approximation of program semantics.';
    expect(tidyAbstract(`${interpretation} We extend abstract interpretation to probabilistic programs.`)).toBe(`${interpretation} We extend abstract interpretation to probabilistic programs.`);
    expect(tidyAbstract(interpretation, 'Abstract Interpretation of Probabilistic Programs')).toBe(interpretation);
    expect(tidyAbstract('Summary Statistics are shared widely, and summary statistics leak.')).toBe('Summary Statistics are shared widely, and summary statistics leak.');
    // The limit: a phrase written once, neither in the title nor again, reads as a heading before a sentence.
    expect(tidyAbstract(interpretation, 'Sound static analysis')).toBe('Interpretation is a theory of sound approximation of program semantics.');
    // A heading before a sentence: its first word follows no `abstract` elsewhere, or is a word no noun phrase puts there.
    expect(tidyAbstract('Abstract Recent advances in retrieval are reviewed.', 'Retrieval')).toBe('Recent advances in retrieval are reviewed.');
    expect(tidyAbstract('Abstract In this paper we write an abstract in plain words.')).toBe('In this paper we write an abstract in plain words.');
    // Read from a file, the record's own title is what the phrase is looked for in (an invented RIS record).
    const ris = 'TY  - JOUR\r\nTI  - Abstract Interpretation of Neural Networks\r\nAB  - Abstract Interpretation is sound.\r\nER  - \r\n';
    expect(ingestOne({ name: 'x.ris', text: ris }).records[0]!.abstract).toBe('Abstract Interpretation is sound.');
    // A heading in capitals is a heading.
    expect(tidyAbstract('ABSTRACT Interpretation is hard; abstract interpretation helps.')).toBe('Interpretation is hard; abstract interpretation helps.');
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

describe('keepRead: every record read ends as a paper or a rejection', () => {
  it('a paper joins the records; a reason is a rejection at the record\'s place', () => {
    const result: IngestResult = { records: [], rejections: [], warnings: [] };
    const paper: PaperRecord = { title: 't', abstract: '', authors: [], tags: [], sources: [{ file: 'f.ris', line: 1, record: 0 }] };
    keepRead(result, paper, { file: 'f.ris', line: 1, record: 0 });
    keepRead(result, 'record has no title (TI)', { file: 'f.ris', line: 9, record: 1 });
    expect(result.records).toEqual([paper]);
    expect(result.rejections).toEqual([{ file: 'f.ris', line: 9, record: 1, message: 'record has no title (TI)' }]);
  });
});

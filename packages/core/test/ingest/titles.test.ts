import { describe, expect, it } from 'vitest';
import { plainTitle, withoutFinalStop, withoutTranslationBrackets } from '../../src/ingest/titles.ts';

describe('withoutFinalStop', () => {
  it('takes off the full stop databases close titles with (CABI, MEDLINE, EndNote libraries fed by them)', () => {
    expect(withoutFinalStop('The syneresis of renneted milk gels.')).toBe('The syneresis of renneted milk gels');
    expect(withoutFinalStop('Ecological anthropology of households in East Madura, Indonesia.')).toBe('Ecological anthropology of households in East Madura, Indonesia');
    // after a bracket, a quote or a number, the stop is the title's end too
    expect(withoutFinalStop('A review of BERT (2018–2020).')).toBe('A review of BERT (2018–2020)');
    expect(withoutFinalStop('Llama 3.1.')).toBe('Llama 3.1');
    expect(withoutFinalStop('On "attention".')).toBe('On "attention"');
  });

  it('keeps a full stop that ends an abbreviation, an initial or an ellipsis, and a title without one', () => {
    for (const title of [
      'Effects of vitamin D.',
      'Health care in the U.S.',
      'Methods, e.g.',
      'Smith et al.',
      'Apple Inc.',
      'A new species of Bacillus sp. nov.',
      'Pseudomonas spp.',
      'Stenotaphrum secundatum var.',
      'To be continued...',
      'No full stop',
      'Why?',
      '',
    ]) {
      expect(withoutFinalStop(title)).toBe(title);
    }
  });

  it("plainTitle (PubMed, Ovid): a translated title's brackets and the closing full stop go, one line", () => {
    expect(plainTitle('[Title in\n      English].')).toBe('Title in English');
    expect(plainTitle('Bioinformatic survey of ABC transporters in dermatophytes.')).toBe('Bioinformatic survey of ABC transporters in dermatophytes');
    expect(plainTitle('Outcomes in the U.S.')).toBe('Outcomes in the U.S.');
  });

  it('PubMed ends every title with a stop: after a single letter it is that stop, not an initial\'s (`aurovertin B.`); dotted words, abbreviations and ellipses keep theirs', () => {
    expect(plainTitle('The structure of bovine F1-ATPase complexed with the antibiotic inhibitor aurovertin B.')).toBe(
      'The structure of bovine F1-ATPase complexed with the antibiotic inhibitor aurovertin B',
    );
    expect(plainTitle('Serum levels of vitamin D.')).toBe('Serum levels of vitamin D');
    for (const title of ['Outcomes in the U.S.', 'Smith et al.', 'A new Bacillus sp.', 'To be continued...', 'Letters of J. R. R.']) expect(plainTitle(title)).toBe(title);
    // Where only some titles end with a stop (Web of Science, EndNote), a single letter's stop stays an initial's.
    expect(withoutFinalStop('Serum levels of vitamin D.')).toBe('Serum levels of vitamin D.');
    expect(withoutFinalStop('Serum levels of vitamin D.', true)).toBe('Serum levels of vitamin D');
  });
});

describe('withoutTranslationBrackets', () => {
  it("takes off the brackets PubMed puts around a translated title, and the stop after them", () => {
    expect(withoutTranslationBrackets('[Light, laser and PDT therapy for acne].')).toBe('Light, laser and PDT therapy for acne');
    expect(withoutTranslationBrackets('[A study of [18F]FDG uptake]')).toBe('A study of [18F]FDG uptake');
  });

  it('keeps brackets that do not enclose the whole title', () => {
    expect(withoutTranslationBrackets('[18F]FDG imaging [PET]')).toBe('[18F]FDG imaging [PET]');
    expect(withoutTranslationBrackets('[PET] and [CT]')).toBe('[PET] and [CT]');
    expect(plainTitle('[18F]FDG imaging [PET].')).toBe('[18F]FDG imaging [PET]');
  });
});

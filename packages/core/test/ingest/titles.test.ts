import { describe, expect, it } from 'vitest';
import { plainTitle, withoutFinalStop } from '../../src/ingest/titles.ts';

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
});

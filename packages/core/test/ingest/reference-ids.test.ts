import { describe, expect, it } from 'vitest';
import { arxivIdFromDoi, arxivIdFromUrl, arxivIdInText, normalizeDoi } from '../../src/ingest/identifiers.ts';

describe('identifiers', () => {
  it('DOIs lower-cased without resolver or prefix; short DOIs kept; anything else is none', () => {
    expect(normalizeDoi('https://doi.org/10.1109/ICSTW55395.2022.00035')).toBe('10.1109/icstw55395.2022.00035');
    expect(normalizeDoi('http://dx.doi.org/10.1063/1.4944470')).toBe('10.1063/1.4944470');
    expect(normalizeDoi('doi:10.1000/ABC')).toBe('10.1000/abc');
    expect(normalizeDoi('https://doi.org/10.1002/%28SICI%291097')).toBe('10.1002/(sici)1097');
    expect(normalizeDoi('10/fqd6hj')).toBe('10/fqd6hj');
    expect(normalizeDoi('not a doi')).toBeUndefined();
    expect(normalizeDoi('')).toBeUndefined();
  });

  it('arXiv ids from arXiv DOIs, abs/pdf URLs, and text that names arXiv — never from other numbers', () => {
    expect(arxivIdFromDoi('10.48550/arxiv.2007.14454')).toBe('2007.14454');
    expect(arxivIdFromDoi('10.1109/icstw55395.2022.00035')).toBeUndefined();
    expect(arxivIdFromUrl('https://arxiv.org/pdf/2302.13971v2')).toBe('2302.13971');
    expect(arxivIdFromUrl('http://arxiv.org/abs/hep-th/9901001v1')).toBe('hep-th/9901001');
    expect(arxivIdInText('arXiv preprint arXiv:1804.02958')).toBe('1804.02958');
    expect(arxivIdInText('Ar{X}iv:1409.1259')).toBe('1409.1259');
    expect(arxivIdInText('arXiv:1711.00464 [cs, stat]')).toBe('1711.00464');
    expect(arxivIdInText('arxiv:1811.00995v2')).toBe('1811.00995');
    expect(arxivIdInText('Proceedings 2022.00035')).toBeUndefined();
    expect(arxivIdInText('arXiv preprint')).toBeUndefined();
  });
});

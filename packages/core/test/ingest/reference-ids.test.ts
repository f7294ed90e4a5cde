import { describe, expect, it } from 'vitest';
import { arxivIdInText, doiInText, recordDoi } from '../../src/ingest/reference-ids.ts';

describe('identifiers as reference managers write them', () => {
  it('DOIs lower-cased without resolver or prefix, percent-encoding undone; short DOIs kept; anything else is none', () => {
    expect(recordDoi('https://doi.org/10.1109/ICSTW55395.2022.00035')).toBe('10.1109/icstw55395.2022.00035');
    expect(recordDoi('http://dx.doi.org/10.1063/1.4944470')).toBe('10.1063/1.4944470');
    expect(recordDoi('doi:10.1000/ABC')).toBe('10.1000/abc');
    expect(recordDoi('https://doi.org/10.1002/%28SICI%291097')).toBe('10.1002/(sici)1097');
    expect(recordDoi('10/fqd6hj')).toBe('10/fqd6hj');
    expect(recordDoi('https://doi.org/10/F8TZ8T')).toBe('10/f8tz8t');
    expect(recordDoi('not a doi')).toBeUndefined();
    expect(recordDoi('')).toBeUndefined();
  });

  it('arXiv ids from text that names arXiv — never from other numbers', () => {
    expect(arxivIdInText('arXiv preprint arXiv:1804.02958')).toBe('1804.02958');
    expect(arxivIdInText('Ar{X}iv:1409.1259')).toBe('1409.1259');
    expect(arxivIdInText('arXiv:1711.00464 [cs, stat]')).toBe('1711.00464');
    expect(arxivIdInText('arxiv:1811.00995v2')).toBe('1811.00995');
    expect(arxivIdInText('see http://arxiv.org/abs/hep-th/9901001v1')).toBe('hep-th/9901001');
    expect(arxivIdInText('arXiv e-print hep-th/9901001')).toBe('hep-th/9901001');
    expect(arxivIdInText('Proceedings 2022.00035')).toBeUndefined();
    expect(arxivIdInText('arXiv preprint')).toBeUndefined();
  });
});

describe('doiInText', () => {
  it('reads a DOI URL or a doi: prefix in a citation, without the punctuation closing it', () => {
    expect(doiInText('Nucleic Acids Research, 34, W369-W373. https://doi.org/10.1093/nar/gkl198')).toBe('10.1093/nar/gkl198');
    expect(doiInText('(https://doi.org/10.1093/nar/gkl198).')).toBe('10.1093/nar/gkl198');
    expect(doiInText('Gene, 122(1), 187-192. https://doi.org/10.1016/0378-1119(92)90048-T')).toBe('10.1016/0378-1119(92)90048-t');
    expect(doiInText('(see doi:10.1016/0378-1119(92)90048)')).toBe('10.1016/0378-1119(92)90048');
    expect(doiInText('Gene 33, 103-119. DOI: 10.1000/abc.')).toBe('10.1000/abc');
    expect(doiInText('a number 10.1000/abc without the word')).toBeUndefined();
  });
});

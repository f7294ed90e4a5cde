import { describe, expect, it } from 'vitest';
import {
  arxivIdFromDoi,
  arxivIdFromUrl,
  bareOrcid,
  identitiesContradict,
  identitiesText,
  normalizeDoi,
  openalexId,
  s2PaperId,
  workIdentities,
} from '../../src/ingest/ids.ts';

describe('identifiers', () => {
  it('DOIs: resolver and doi: prefix off, lower-cased; anything else is none', () => {
    expect(normalizeDoi('https://doi.org/10.7717/PeerJ.4375')).toBe('10.7717/peerj.4375');
    expect(normalizeDoi('http://dx.doi.org/10.1093/MIND/LIX.236.433')).toBe('10.1093/mind/lix.236.433');
    expect(normalizeDoi('doi:10.3115/v1/D14-1162')).toBe('10.3115/v1/d14-1162');
    expect(normalizeDoi(' 10.48550/arXiv.2007.14454 ')).toBe('10.48550/arxiv.2007.14454');
    for (const value of ['', 'not a doi', 'https://example.org/10.1/x', 42, null]) expect(normalizeDoi(value)).toBeUndefined();
  });

  it('arXiv ids from arXiv DOIs, abs/pdf URLs and OAI ids, never from other DOIs', () => {
    expect(arxivIdFromDoi('10.48550/arxiv.2007.14454')).toBe('2007.14454');
    expect(arxivIdFromDoi('10.48550/arXiv.hep-th/9901001')).toBe('hep-th/9901001');
    expect(arxivIdFromDoi('10.1145/3383583.3398584')).toBeUndefined();
    expect(arxivIdFromUrl('http://arxiv.org/abs/1310.4546v2')).toBe('1310.4546');
    expect(arxivIdFromUrl('https://arxiv.org/pdf/1609.08144.pdf')).toBe('1609.08144');
    expect(arxivIdFromUrl('pmh:oai:arXiv.org:1609.08144')).toBe('1609.08144');
    expect(arxivIdFromUrl('https://doi.org/10.1145/3383583.3398584')).toBeUndefined();
  });

  it('OpenAlex, ORCID and Semantic Scholar ids in one form', () => {
    expect(openalexId('https://openalex.org/W2741809807', 'W')).toBe('W2741809807');
    expect(openalexId('w2741809807', 'W')).toBe('W2741809807');
    expect(openalexId('https://openalex.org/A5048491430', 'W')).toBeUndefined();
    expect(openalexId('https://openalex.org/A5048491430', 'A')).toBe('A5048491430');
    expect(bareOrcid('https://orcid.org/0000-0002-3577-639x')).toBe('0000-0002-3577-639X');
    expect(bareOrcid('not an orcid')).toBeUndefined();
    expect(s2PaperId('2D5673CAA9E6AF3A7B82A43F19EE920992DB07AD')).toBe('2d5673caa9e6af3a7b82a43f19ee920992db07ad');
    expect(s2PaperId('https://www.semanticscholar.org/paper/061be346f7c4bcfe3d0123d0783e965ebccd5540')).toBe('061be346f7c4bcfe3d0123d0783e965ebccd5540');
    expect(s2PaperId('https://www.semanticscholar.org/paper/Some-Title-Slug/061be346f7c4bcfe3d0123d0783e965ebccd5540')).toBe('061be346f7c4bcfe3d0123d0783e965ebccd5540');
    expect(s2PaperId('12345')).toBeUndefined();
  });

  it("a work's identities, most trusted first; an arXiv DOI counts as the arXiv id, not as a DOI", () => {
    expect(workIdentities({ doi: '10.48550/arxiv.1609.08144', ids: { openalex: 'W2525778437' } }).map((id) => id.key)).toEqual(['arxiv:1609.08144', 'openalex:W2525778437']);
    expect(workIdentities({ arxivId: '1810.04805', doi: '10.18653/V1/N19-1423', ids: { s2: 'DF2B', corpusId: '52967399' } }).map((id) => id.key)).toEqual([
      'arxiv:1810.04805',
      'doi:10.18653/v1/n19-1423',
      's2:df2b',
      'corpus:52967399',
    ]);
    expect(workIdentities({ openalex: 'W1', s2: 'abc', title: 'A' }).map((id) => id.key)).toEqual(['openalex:W1', 's2:abc']);
    expect(identitiesText(workIdentities({ doi: '10.1/x', ids: { openalex: 'W1' } }))).toBe('DOI 10.1/x, OpenAlex id W1');
    // A PubMed id, last: PubMed's and PMC's reference lists name most works by it alone.
    expect(workIdentities({ doi: '10.1/x', ids: { openalex: 'W1', pmid: '29456894' } }).map((id) => id.key)).toEqual(['doi:10.1/x', 'openalex:W1', 'pmid:29456894']);
    expect(identitiesText(workIdentities({ pmid: '25144646' }))).toBe('PubMed id 25144646');
  });

  it('ids contradict when both works carry one kind with different values', () => {
    const a = workIdentities({ doi: '10.1/a', ids: { openalex: 'W1' } });
    expect(identitiesContradict(a, workIdentities({ doi: '10.1/b' }))).toBe(true);
    expect(identitiesContradict(a, workIdentities({ doi: '10.1/A', arxivId: '2501.00001' }))).toBe(false);
    expect(identitiesContradict(a, [])).toBe(false);
  });
});

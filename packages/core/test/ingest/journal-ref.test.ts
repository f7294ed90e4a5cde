import { describe, expect, it } from 'vitest';
import { journalRefVolume } from '../../src/ingest/journal-ref.ts';

describe('the volume of an arXiv journal reference', () => {
  it('is read where the shape says which number it is: journal, volume, pages and year in the orders arXiv sees', () => {
    // Journal references of the fixtures (arxiv-snapshot, arxiv-oai, arxiv-atom, arxiv-list, arxiv-mail).
    const real: Array<[string, string]> = [
      ['Phys.Rev.D76:013009,2007', '76'],
      ['Astrophys.J.663:1149-1173,2007', '663'],
      ['Astrophys.J.661:L191-L194,2007', '661'],
      ['Eur.Phys.J.C55:387-401,2008', '55'],
      ['ActaAstron.56:1-50,2006', '56'],
      ['Phys.Rev.C76:014611,2007; Erratum-ibid..C77:049901,2008', '76'],
      ['J. Chem. Phys. 144, 124107 (2016)', '144'],
      ['Astrophys.J. 641 (2006) L81-L84', '641'],
      ['J. London Math. Soc. 78(2008) 418-440', '78'],
      ["Journal de l'\\'Ecole polytechnique - Math\\'ematiques, Tome 11 (2024), pp. 431-472", '11'],
      ['Economic Thought, 2023, 20 (6)', '20'],
      ['Journal of Risk Financial Management 2023, 16(2), 114', '16'],
      ['Intelligent Data Analysis, 11(5):437-455, 2007', '11'],
      ['J. of Math. Psychology, 53:5 (2009)', '53'],
    ];
    // The brief's and arXiv's help page's examples.
    const documented: Array<[string, string]> = [
      ['Phys. Rev. D 108, 064017 (2023)', '108'],
      ['JHEP 03 (2024) 012', '03'],
      ['Nucl.Phys.Proc.Suppl. 109 (2002) 3-9', '109'],
    ];
    for (const [reference, volume] of [...real, ...documented]) expect(journalRefVolume(reference), reference).toBe(volume);
  });

  it('is none where the reference does not say which number is the volume (the whole reference stays the venue)', () => {
    // The fixtures' other journal references (a book series, proceedings, a volume and issue numbered `40 No 41`).
    for (const reference of [
      'J. Phys. A: Math. Theor. 40 No 41 (12 October 2007) 12315-12333',
      'Proceedings of SPIE 5514 p.340-351 (2004)',
      'Algorithms in Bioinformatics: 7th International Workshop (WABI),\n  4645 volume of Lecture Notes in Computer Science, pp. 240-251, Philadelphia,\n  PA, USA, September 2007. Springer',
      'Polygons, polyominoes and polycubes, 247-299, Lecture Notes in\n  Phys., 775, Springer, Dordrecht, 2009',
      'Chaos in Astronomy Astrophysics and Space Science Proceedings\n2009, pp 115-122',
      'Artificial Intelligence in Software Testing @ 2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)',
      '',
    ]) {
      expect(journalRefVolume(reference), reference).toBeUndefined();
    }
    expect(journalRefVolume(undefined)).toBeUndefined();
  });
});

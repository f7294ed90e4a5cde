import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/formats.ts';
import { parseWebOfScience } from '../../src/ingest/web-of-science.ts';
import { runPipeline } from '../../src/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/web-of-science/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseWebOfScience(fixture(name), name);

describe('Web of Science plain text (metaknowledge and rispy test files)', () => {
  it('one record per PT … ER, by the line of its PT; the header (BOM, FN, VR) and the closing EF are no records', () => {
    const { records, rejections, warnings } = read('savedrecs-head-metaknowledge.txt');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.sources[0]!.line)).toEqual([3, 139, 206, 306, 361, 413]);
    expect(records.map((record) => record.title.slice(0, 40))).toEqual([
      'EXPERIMENTS IN PHENOMENOLOGICAL ELECTROD',
      'LONGITUDINAL AND TRANSVERSE DISPLACEMENT',
      'Longitudinal and transverse effects of n',
      'Experimental observation of the Imbert-F',
      'Simple technique for measuring the Goos-',
      'Goos-Hanchen and Imbert-Fedorov shifts f',
    ]);
  });

  it('authors one a line (continuation lines too), "Last, First" from AF, WoS initials spelt with full stops', () => {
    const [, cowan, , , , leaky] = read('savedrecs-head-metaknowledge.txt').records;
    expect(cowan!.authors).toEqual(['J. J. COWAN', 'B. ANICIN']);
    expect(leaky!.authors).toEqual(['F. Pillon', 'H. Gilles', 'S. Girard', 'M. Laroche', 'R. Kaiser', 'A. Gazibegovic']);
    const [parkes] = read('rispy-example-wos.ris').records;
    expect(parkes!.authors).toEqual(['P. S. Parkes-Loach', 'A. P. Majeed', 'C. J. Law', 'P. A. Loach']);
  });

  it('date from PY and PD (`MAR`, `JUN 8`, `AUG 15`), DOI from DI, venue from SO, PubMed id from PM, wrapped abstract as one line', () => {
    const records = read('savedrecs-head-metaknowledge.txt').records;
    expect(records.map((record) => record.date)).toEqual(['1979', '1977', '1996-01', '2004-03-20', '2002-08-15', '2005-06']);
    expect(records[3]).toMatchObject({ doi: '10.1364/ao.43.001863', venue: 'APPLIED OPTICS', ids: { pmid: '15072036' }, year: 2004 });
    const [supervenience] = read('two-papers-metaknowledge.isi').records;
    expect(supervenience).toMatchObject({ date: '2000-03', doi: '10.1023/a:1005282128866', venue: 'SYNTHESE' });
    expect(supervenience!.abstract).toMatch(/^It is often argued that if a mental property supervenes .* doesn't follow\.$/);
    expect(supervenience!.abstract).not.toContain('\n');
  });

  it('cited references (CR, one a line) with a DOI become references: `DOI 10.…`, and `DOI DOI 10.…` as WoS sometimes writes it', () => {
    const [supervenience] = read('two-papers-metaknowledge.isi').records;
    // 13 cited references, 5 with a DOI; "Kim J., 1989, …, DOI DOI 10.2307/3130081" among them.
    expect(supervenience!.references).toEqual([
      { doi: '10.2307/2026499' },
      { doi: '10.2307/2107741' },
      { doi: '10.2307/2214264' },
      { doi: '10.1017/cbo9780511625220.019' },
      { doi: '10.2307/3130081' },
    ]);
  });

  it('the records of a downloaded set cite each other: cites edges between them in the graph, co-authors shared', () => {
    const { graph } = runPipeline([{ name: 'savedrecs.txt', text: fixture('savedrecs-head-metaknowledge.txt') }], { layout: false });
    const cites = graph.filterEdges((_edge, attributes) => attributes.relation === 'cites').map((edge) => `${graph.getNodeAttribute(graph.source(edge), 'doi')} → ${graph.getNodeAttribute(graph.target(edge), 'doi')}`);
    expect(cites.sort()).toEqual([
      '10.1364/ao.43.001863 → 10.1364/josa.67.001307',
      '10.1364/ao.43.001863 → 10.1364/ol.27.001421',
      '10.1364/josab.22.001290 → 10.1364/ao.43.001863',
      '10.1364/josab.22.001290 → 10.1364/ol.27.001421',
    ]);
    expect(graph.getNodeAttribute('author:h-gilles', 'paperCount')).toBe(3);
  });

  it('detected by content whatever the name (rispy ships one as .ris); a record cut off or without title is reported', () => {
    expect(detectFormat('example_wos.ris', fixture('rispy-example-wos.ris'))?.name).toBe('wos');
    expect(detectFormat('savedrecs.txt', fixture('savedrecs-head-metaknowledge.txt'))?.name).toBe('wos');
    const text = 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Doe, J\nSO NATURE\nER\n\nPT J\nTI A title\n   that wraps\nAU Roe, R\n';
    const { records, rejections, warnings } = parseWebOfScience(text, 'cut.txt');
    expect(records.map((record) => record.title)).toEqual(['A title that wraps']);
    expect(rejections).toEqual([{ file: 'cut.txt', line: 3, record: 0, message: 'record has no title (TI)' }]);
    expect(warnings).toEqual([{ file: 'cut.txt', line: 8, message: 'record not closed by ER (the file may be cut short): read as it is' }]);
  });
});

describe("a line of a record that is no tag line (metaknowledge's bad record)", () => {
  it('`AUGilles, H` is reported with its record and line, saying what a tag line is; its continuation lines go with it, not into the field above', () => {
    const name = 'metaknowledge-testfile-glued-tag.isi';
    const { records, rejections, warnings } = read(name);
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.sources[0]!.line, record.authors])).toEqual([
      [3, ['H. Gilles', 'S. Girard', 'J. Hamel']],
      // AF (full names) still gives the authors of the second copy
      [56, ['H. Gilles', 'S. Girard', 'J. Hamel']],
    ]);
    expect(warnings).toEqual([
      {
        file: name,
        line: 57,
        message: '"AUGilles, H" (in the PT … ER record of line 56) is neither a tag line (two capitals and a space: `AU Smith, J`) nor a continuation line: not read, nor 2 more lines of that record after it',
      },
    ]);
  });

  it('without AF, the record keeps no author read from the lines of a broken AU', () => {
    const { records, warnings } = parseWebOfScience('PT J\nAUDoe, J\n   Roe, R\nTI A title\nER\n', 'glued.txt');
    expect(records.map((record) => [record.title, record.authors])).toEqual([['A title', []]]);
    expect(warnings.map((warning) => warning.line)).toEqual([2]);
  });
});

describe('continuation lines that are not indented (a BIOSIS record of Web of Knowledge, zotero/translators)', () => {
  it('inside a record, a line that is no tag line continues the field above: the whole title and abstract, the second author; the e-mail after a name is no part of it', () => {
    const name = 'biosis-unindented-email-zotero-translators.txt';
    expect(fixture(name)).toContain('TI Importance of methane-derived carbon as a basal resource for two benthic\nconsumers in arctic lakes\n');
    const { records, rejections, warnings } = read(name);
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: 'Importance of methane-derived carbon as a basal resource for two benthic consumers in arctic lakes',
      authors: ['Cassandra A. Medvedeff', 'Anne E. Hershey'],
      date: '2013-01',
      venue: 'Hydrobiologia',
      doi: '10.1007/s10750-012-1232-8',
    });
    expect(records[0]!.abstract).toMatch(/^Microbial processing of detritus is known to be important to benthic invertebrate nutrition, but the role/);
    expect(records[0]!.abstract).toMatch(/CH4-derived carbon is common among deposit-feeding benthic invertebrates\.$/);
  });

  it('a tag run into its value stays reported, a line starting with an acronym is text; outside a record an untagged line is stray text', () => {
    const { records, warnings } = parseWebOfScience(
      'FN Web of Science\nVR 1.0\nPT J\nTI A title\nAB First line\nPAHs and SNPs were found; CH4-derived carbon\nDNAse activity\nAUGilles, H\nTC 0\nER\nstray text\nEF\n',
      'x.txt',
    );
    expect(records.map((record) => [record.title, record.abstract])).toEqual([['A title', 'First line PAHs and SNPs were found; CH4-derived carbon DNAse activity']]);
    expect(warnings).toEqual([
      { file: 'x.txt', line: 11, message: 'text outside a PT … ER record: ignored' },
      {
        file: 'x.txt',
        line: 8,
        message: '"AUGilles, H" (in the PT … ER record of line 3) is neither a tag line (two capitals and a space: `AU Smith, J`) nor a continuation line: not read',
      },
    ]);
  });
  it('an unindented line that starts with two capitals, a space and a small letter (`US farms …`) is text, not a tag; a tag of the format stays a tag', () => {
    const { records, warnings } = parseWebOfScience('FN Web of Science\nVR 1.0\nPT J\nTI A title\nAB Losses on\nUS farms and\nUK and EU rules\nDE farms; rules\nER\nEF\n', 'x.txt');
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.abstract)).toEqual(['Losses on US farms and UK and EU rules']);
  });
});

describe('Derwent Innovations Index (a patent exported as Web of Science plain text, zotero/translators)', () => {
  it('authors without a comma (`YANG Y`, `LI W`) are family name then initials, read as the comma form is', () => {
    const { records, rejections, warnings } = read('derwent-patent-zotero-translators.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.title, record.authors])).toEqual([
      ['Use of reagent for detecting syntaxin 12 protein autoantibodies in preparation of lung cancer screening kit', ['Y. YANG', 'W. LI']],
    ]);
    expect(records[0]!.abstract).toMatch(/^NOVELTY - Use of reagent for detecting syntaxin 12/);
    // No `PY`: the year the accession number (`UT DIIDW:202018799C`) starts with.
    expect(records[0]!.date).toBe('2020');
  });

  it('glued initials and particles too; a one-word name, or one whose last word is no initials, is kept as written', () => {
    const { records } = parseWebOfScience('PT P\nAU ZHANG YH\n   DE LA CRUZ MA\n   Smith JA\n   Aristotle\n   Wang Wei\nTI T\nER\n', 'x.txt');
    expect(records[0]!.authors).toEqual(['Y. H. ZHANG', 'M. A. DE LA CRUZ', 'J. A. Smith', 'Aristotle', 'Wang Wei']);
  });
});

describe('CABI and FSTA records (Web of Knowledge, zotero/translators)', () => {
  it('the full stop closing every title is taken off, one ending an abbreviation kept', () => {
    const { records, rejections, warnings } = read('cabi-fsta-books-zotero-translators.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.title, record.authors, record.year])).toEqual([
      ['Ecological anthropology of households in East Madura, Indonesia', ['W. G. Smith'], 2011],
      ['Production and characterization of polyclonal antibodies to hexanal-lysine adducts for use in an ELISA to monitor lipid oxidation in a meat model system', ['S. A. Smith'], 1998],
      ['The enzymic oxidation of linoleic and linolenic acid', ['E. H. Smith'], 1988],
      ['The syneresis of renneted milk gels', ['C. S. Smith'], 1988],
    ]);
    const { records: abbreviated } = parseWebOfScience('PT J\nTI A new mite of the genus Aus sp. nov.\nER\n', 'x.txt');
    expect(abbreviated[0]!.title).toBe('A new mite of the genus Aus sp. nov.');
  });
});

describe('the older "FN ISI Export Format" files, with Inspec and MEDLINE records (JabRef test files)', () => {
  it('detected by the FN/VR header whatever the name (it was read as a paper listing: a junk paper a tag line)', () => {
    for (const name of ['jabref-isi-export-format.isi', 'jabref-isi-medline-records.isi', 'jabref-isi-inspec-records.isi']) {
      expect(detectFormat(name, fixture(name))?.name).toBe('wos');
      expect(detectFormat('export.txt', fixture(name))?.name).toBe('wos');
    }
  });

  it('Web of Science records: "UT ISI:" ids, initials as AU, `PD JUN 14`, no DOI', () => {
    const { records, rejections, warnings } = read('jabref-isi-export-format.isi');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.date, record.venue])).toEqual([
      [3, 'Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals', '2006-06-14', 'JOURNAL OF PHYSICS-CONDENSED MATTER'],
      [58, 'Optical waveguides in Sn2P2S6 by low fluence MeV He+ ion implantation', '2006-03-20', 'OPTICS EXPRESS'],
    ]);
    expect(records[1]!.authors).toEqual(['A. Guarino', 'M. Jazbinsek', 'C. Herzog', "R. Degl'Innocenti", 'G. Poberaj', 'P. Gunter']);
  });

  it('MEDLINE records: all authors on one AU line separated by `;`, `PD 2006 May-Jun` repeating the year', () => {
    const { records, rejections } = read('jabref-isi-medline-records.isi');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.authors, record.date, record.venue])).toEqual([
      [['Nancy J Wesensten'], '2006', 'Curr Pharm Des'],
      [['Hadine Joffe', 'Janet E Hall', 'Staci Gruber', 'Ingrid A Sarmiento', 'Lee S Cohen', 'Deborah Yurgelun-Todd', 'Kathryn A Martin'], '2006-05', 'Menopause'],
    ]);
  });

  it('Inspec records: `PD 07 2006` (the month a number), the DOI only among the bracketed identifiers of `ID`', () => {
    const { records, rejections } = read('jabref-isi-inspec-records.isi');
    expect(rejections).toEqual([]);
    expect(records.map((record) => [record.date, record.doi, record.authors[0]])).toEqual([
      ['2006-07', '10.1063/1.2234275', "R. Degl'Innocenti"],
      ['2006-06', '10.1088/0953-8984/18/23/006', 'R.V. Gamernyk'],
    ]);
    expect(records[1]!.title).toBe('Optical and photoelectric spectroscopy of photorefractive Sn/sub 2 /P/sub 2/S/sub 6/ crystals');
  });
});

describe('Zoological Record exported as Web of Science plain text (litsearchr test file)', () => {
  it("a field of another database's export (`NT figs.`, a small letter after the tag) stays a field: `PY 1965` is not run into it", () => {
    const { records, rejections, warnings } = read('zoological-record-litsearchr.txt');
    expect([rejections, warnings]).toEqual([[], []]);
    expect(records.map((record) => [record.sources[0]!.line, record.title, record.date])).toEqual([
      [3, 'Nest site selection and nest survival of Black-backed Woodpeckers after wildfire', '2019-08-01'],
      [74, 'Climbing and pecking adaptations in some North American woodpeckers', '1965'],
    ]);
    expect(records[1]).toMatchObject({ authors: ['L. W. Spring'], venue: 'Condor', doi: '10.2307/1365612' });
  });
});

describe("Web of Science's full names with a last initial after a second comma (revtools' example export)", () => {
  it('`AF Kuchin, A., V` (AU `Kuchin, AV`) is `A. V. Kuchin`, `van Dijizen, Jan W., V` is `Jan W. V. van Dijizen`: an initial, not a suffix', () => {
    const { records, rejections } = read('initial-after-comma-revtools.ciw');
    expect(rejections).toEqual([]);
    expect(records[0]!.authors).toEqual(['Jan W. V. van Dijizen', 'Ulla Pallesen', 'Ana Benetti']);
    expect(records[1]!.authors.at(-1)).toBe('A. V. Kuchin');
  });
});

describe('the volume (`VL`)', () => {
  it('is read from `VL` (Web of Science, BIOSIS, CABI); a record without one has none', () => {
    const volumes = (name: string) => read(name).records.map((record) => record.volume ?? null);
    expect(volumes('two-papers-metaknowledge.isi')).toEqual(['122', '54']);
    expect(volumes('biosis-unindented-email-zotero-translators.txt')).toEqual(['700']);
    expect(volumes('cabi-fsta-books-zotero-translators.txt')).toEqual([null, '58', '49', '49']);
    expect(volumes('derwent-patent-zotero-translators.txt')).toEqual([null]);
  });
});

describe("the export's own escapes of characters outside its set (2023–2025 exports of Web of Science Core Collection)", () => {
  it('an HTML reference spaced off by the export (`Schr & ouml;dinger`, `(& kappa;)`) is its character; in a word, the space before it goes', () => {
    const [fermions] = read('kth-2025-entities-named-characters-awandahl.txt').records;
    expect(fermions!.abstract).toContain('spectral projectors of a Schrödinger operator on');
    expect(fermions!.abstract).toContain('we obtain a Szegő-type central limit theorem');
    const [glaucoma, press, lasik] = read('tiktok-spaced-entities-wo1dnr5.txt').records;
    expect(glaucoma!.abstract).toContain('a kappa coefficient (κ) over 0.6');
    expect(glaucoma!.abstract).toContain('understandability (κ=0.63)');
    expect(press!.abstract).toContain('(20 Minutos, El Español, elDiario.es and El Huffpost)');
    expect(lasik!.abstract).toContain('divided by views) × 100.');
    for (const { abstract } of [fermions!, glaucoma!, press!, lasik!]) expect(abstract).not.toMatch(/& [a-z]+;/);
  });

  it('a character named in angle brackets is that character; `similar to` and `approximate to` before a number are `~` and `≈`', () => {
    const [, polyamide, plasma] = read('kth-2025-entities-named-characters-awandahl.txt').records;
    expect(polyamide!.abstract).toContain('At a PV value of 30 MPa·m/s, the friction coefficient');
    expect(plasma!.abstract).toContain('A maximum plasma density of up to ≈6 x 10(16) m(-3)');
    expect(plasma!.abstract).toContain('the hydrogen flux by a factor of ~2.5.');
    const [neurosurgery] = read('tiktok-html-markup-black-square-wo1dnr5.txt').records;
    expect(neurosurgery!.abstract).toMatch(/^■ OBJECTIVES: TikTok is a social media platform/);
    expect(neurosurgery!.abstract).toContain('■ METHODS: The TikTok web browser');
  });

  it('HTML markup in titles and abstracts is read as text (`<i>`, `<SUP>`, `<br />`, `<italic>`, `&gt;`)', () => {
    const [, , , oxygen] = read('kth-2025-entities-named-characters-awandahl.txt').records;
    expect(oxygen!.title).toBe('X-ray-absorption spectrum of O+2');
    const [policy, slims] = read('genai-italic-titles-milensys.txt').records;
    expect(policy!.title).toBe("Introducing Journal of Children's Orthopaedics' ChatGPT and generative AI policy");
    expect(slims!.title).toBe('Generative AI Slims Down for a Portable World > Consumer tech aims LLMs everywhere-with laptops as the beachhead');
    const [, knee, video] = read('tiktok-html-markup-black-square-wo1dnr5.txt').records;
    expect(knee!.abstract).toMatch(/^Background Knee osteoarthritis \(KOA\), a prevalent degenerative joint disease, burdens global health\. .* Aim To systematically evaluate/);
    expect(video!.abstract).toContain('Our proposal, denoted as real-time change point detector (RCPD), estimates');
    for (const { title, abstract } of [oxygen!, policy!, slims!, knee!, video!]) expect(`${title} ${abstract}`).not.toMatch(/<\/?[A-Za-z]+[^>]*>/);
  });

  it('a unit written with a Greek letter or a sign as a word after a number is the symbol (`1 mu m`, `90 Omega/sq`, `810 degrees C`); `mu c-Si:H` stays', () => {
    const [bactericidal, reflectors, ntype, passivation] = read('savedrecs-units-in-words-black-silicon.txt').records;
    expect(bactericidal!.abstract).toContain('the bSi chamber was found to be 0.1 µL s(-1), with a 10 min equilibration');
    expect(bactericidal!.abstract).toContain('from within the bacterial cells (65.2 µg mL(-1) from 3 x 10(8) cells');
    expect(ntype!.abstract).toContain('in the range of 600 µs (i.e., diffusion length >800 µm)');
    expect(ntype!.abstract).toContain('for a 90 Ω/sq emitter');
    expect(passivation!.abstract).toContain('at a peak temperature of ~810 °C.');
    expect(passivation!.abstract).toContain('less than 3 cm/s for 1.35 Ω cm p-type');
    expect(passivation!.abstract).toContain('a sheet resistance of 100 Ω/square');
    // Microcrystalline silicon's `µc` is no unit after a number: left as written.
    expect(reflectors!.abstract).toContain('an 11.9% for mu c-Si:H were observed');
    for (const { abstract } of [bactericidal!, ntype!, passivation!]) expect(abstract).not.toMatch(/\d ?(?:mu [a-zA-Z]|Omega|degrees C)/);
    expect(read('jabref-isi-export-format.isi').records.map((record) => record.abstract).join(' ')).toContain('lambda = 0.633 µm');
  });

  it('the rest of each record as usual: authors from AF, date, DOI, venue', () => {
    const [fermions, , plasma] = read('kth-2025-entities-named-characters-awandahl.txt').records;
    expect(fermions).toMatchObject({ authors: ['Alix Deleporte', 'Gaultier Lambert'], date: '2025-01', doi: '10.1112/jlms.70045', venue: 'JOURNAL OF THE LONDON MATHEMATICAL SOCIETY-SECOND SERIES', volume: '111' });
    expect(plasma!.authors.slice(0, 3)).toEqual(['Yu. Kovtun', 'T. Wauters', 'A. Goriaev']);
    const [neurosurgery] = read('tiktok-html-markup-black-square-wo1dnr5.txt').records;
    expect(neurosurgery).toMatchObject({ title: '#Neurosurgery: A Cross-Sectional Analysis of Neurosurgical Content on TikTok', date: '2023-01', doi: '10.1016/j.wnsx.2022.100137', ids: { pmid: '36204176' } });
  });
});

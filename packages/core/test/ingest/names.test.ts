import { describe, expect, it } from 'vitest';
import { databaseName, groupAuthors, isNameSuffix, nameFromParts, naturalName, shortFormName, splitAuthorString, withoutAffiliations, withoutEmails } from '../../src/ingest/names.ts';

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

  it('reads a string written family name first as its people, not each name part as one', () => {
    expect(splitAuthorString('Smith, John; Doe, Jane')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthorString('Smith, John and Doe, Jane')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthorString('Van Durme, Benjamin; Smith, J. A.; Ng, Andrew Y.')).toEqual(['Benjamin Van Durme', 'J. A. Smith', 'Andrew Y. Ng']);
    expect(splitAuthorString('King, Jr., Martin Luther; Doe, Jane')).toEqual(['Martin Luther King Jr.', 'Jane Doe']);
    expect(splitAuthorString('Smith, John')).toEqual(['John Smith']);
    expect(splitAuthorString('Van Durme, B.')).toEqual(['B. Van Durme']);
    expect(splitAuthorString("Erd\\H{o}s, Paul; R\\'enyi, Alfr\\'ed")).toEqual(['Paul Erdős', 'Alfréd Rényi']);
    expect(splitAuthorString('Smith, A.; Jones, B.; and Lee, C.')).toEqual(['A. Smith', 'B. Jones', 'C. Lee']);
    expect(splitAuthorString('Smith, John and and Doe, Jane')).toEqual(['John Smith', 'Jane Doe']);
    // Natural names stay as they were: a comma between two full names, lists with `and`, a mixed `;` list.
    expect(splitAuthorString('Mausam, Daniel S. Weld')).toEqual(['Mausam', 'Daniel S. Weld']);
    expect(splitAuthorString('John Smith, Jane Doe')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthorString('John Smith and Jane Doe')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthorString('John Smith; Jane Doe')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthorString('A. Smith, B. Jones and C. Lee')).toEqual(['A. Smith', 'B. Jones', 'C. Lee']);
    expect(splitAuthorString('Smith, John; Jane Doe, Bob Lee')).toEqual(['Smith', 'John', 'Jane Doe', 'Bob Lee']);
  });

  it("reads arXiv's TeX in names as the letters meant, so a name written both ways is one author", () => {
    // As the corpus writes them (records 2507.06261, 2510.02569, 2601.05747, 2506.05195, 2512.04219)
    expect(naturalName('Nguy\\~ên')).toBe('Nguyễn');
    expect(naturalName('Tolúl\\d{o}pé Ògúnrèmí')).toBe('Tolúlọpé Ògúnrèmí');
    expect(naturalName('Peter St\\ütz')).toBe('Peter Stütz');
    expect(naturalName('\\\\Ajinkya Umesh Mulik')).toBe('Ajinkya Umesh Mulik');
    expect(naturalName('Sathyanarayanan N. Aakur\\\\')).toBe('Sathyanarayanan N. Aakur');
    expect(naturalName("Erd\\H{o}s, P\\'al")).toBe('Pál Erdős');
    expect(naturalName("Erd\\H{o}s, P\\'al")).toBe(naturalName('Erdős, Pál'));
    expect(splitAuthorString("C. Bal\\'azs, E. L. Berger and S{\\o}ren Hauberg")).toEqual(['C. Balázs', 'E. L. Berger', 'Søren Hauberg']);
  });

  it('the `"` of a TeX umlaut is no quote: the list is not split inside a name (arXiv OAI-PMH, JSON dumps of arXiv)', () => {
    // arXivRaw record 0801.3920 (test/fixtures/formats/arxiv-oai/arxivraw-listrecords-2014-tex-umlauts.xml)
    expect(splitAuthorString('J. Dobnikar, M. Brunner, J\\"org Baumgartl, H.H. von Gr\\"unberg, and C. Bechinger')).toEqual([
      'J. Dobnikar',
      'M. Brunner',
      'Jörg Baumgartl',
      'H.H. von Grünberg',
      'C. Bechinger',
    ]);
    expect(splitAuthorString('Schr\\"{o}der, J\\"urgen; M\\"uller, Anna')).toEqual(['Jürgen Schröder', 'Anna Müller']);
    // Real quotes still hold one person each, next to an umlaut
    expect(splitAuthorString('"Smith, Jr., John", J\\"org Baumgartl')).toEqual(['John Smith Jr.', 'Jörg Baumgartl']);
  });

  it('a TeX line break (`\\\\`) between names separates them; at either end of the list it is dropped', () => {
    expect(splitAuthorString('A. Smith, B. Jones \\\\ C. Lee')).toEqual(['A. Smith', 'B. Jones', 'C. Lee']);
    expect(splitAuthorString('Alice Smith\\\\Bob Jones')).toEqual(['Alice Smith', 'Bob Jones']);
    expect(splitAuthorString('Smith, John \\\\ Doe, Jane')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthorString('\\\\Ajinkya Umesh Mulik, Sathyanarayanan N. Aakur\\\\')).toEqual(['Ajinkya Umesh Mulik', 'Sathyanarayanan N. Aakur']);
    // An accent whose backslash was doubled by a second escaping (`Jo\\\\~ao`) is still an accent, not a line break
    expect(splitAuthorString('Jo\\\\~ao Silva, Jos\\\\\'e Lima')).toEqual(['João Silva', 'José Lima']);
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

  it("reads initials without full stops (EPPI-Reviewer's `Brownstein C D`, SpringerLink's `López-Sánchez, A D`), but not a name whose other words are initials", () => {
    expect(databaseName('López-Sánchez, A D')).toBe('A. D. López-Sánchez');
    expect(['Brownstein C D', 'Pereda-Suberbiola X', 'Jalil N E', 'Paul M Barrett', 'C D Brownstein'].map(databaseName)).toEqual([
      'C. D. Brownstein',
      'X. Pereda-Suberbiola',
      'N. E. Jalil',
      'Paul M Barrett',
      'C D Brownstein',
    ]);
  });
});

describe('a given name in capitals after the comma: initials or a name', () => {
  it('beside a family name with small letters, initials (`Lim, RCH`); in a name all in capitals, initials when the letters do not read as a name', () => {
    expect(['Lim, RCH', 'Luke, TJ', 'Smith, JOHN'].map(databaseName)).toEqual(['R. C. H. Lim', 'T. J. Luke', 'J. O. H. N. Smith']);
    expect(['LIM, RCH', 'ZHANG, YH', 'LIU, AJ', 'SMITH, J', 'BEAUREGARD, OCD', 'SMITH, JOHN', 'DE LA CRUZ, JOSE', 'NG, ANN', 'LOPEZ, A D'].map(databaseName)).toEqual([
      'R. C. H. LIM',
      'Y. H. ZHANG',
      'A. J. LIU',
      'J. SMITH',
      // three letters with a vowel read as a name (Web of Science, whose AU is always the short form, reads them as initials)
      'OCD BEAUREGARD',
      'JOHN SMITH',
      'JOSE DE LA CRUZ',
      'ANN NG',
      'A. D. LOPEZ',
    ]);
    expect(['BEAUREGARD, OCD', 'SMITH, JOHN'].map(shortFormName)).toEqual(['O. C. D. BEAUREGARD', 'J. O. H. N. SMITH']);
  });
});

describe('left-out authors and collaborations in author strings', () => {
  it('`et al.`/`others` closing a list is no person, also after the last name without a comma', () => {
    expect(splitAuthorString('A. Smith, B. Jones, et al.')).toEqual(['A. Smith', 'B. Jones']);
    expect(splitAuthorString('A. Smith, B. Jones et al')).toEqual(['A. Smith', 'B. Jones']);
    expect(splitAuthorString('Smith, John; Doe, Jane; et al.')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthorString('Smith, John and Doe, Jane and others')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthorString('Jane Others, Al Etal')).toEqual(['Jane Others', 'Al Etal']);
  });

  it('a collaboration before its members is a group author; `for the X Collaboration` after them is the collaboration', () => {
    expect(splitAuthorString('CDF Collaboration: T. Aaltonen, et al')).toEqual(['CDF Collaboration', 'T. Aaltonen']);
    // Run together without the colon, as arXiv's author strings have it: only initials after the group word split it.
    expect(splitAuthorString('T2K Collaboration K. Abe, N. Abgrall')).toEqual(['T2K Collaboration', 'K. Abe', 'N. Abgrall']);
    expect(splitAuthorString('ATLAS Collaboration J.-P. Meyer')).toEqual(['ATLAS Collaboration', 'J.-P. Meyer']);
    expect(splitAuthorString('Open Collaboration Networks, A. Smith')).toEqual(['Open Collaboration Networks', 'A. Smith']);
    expect(splitAuthorString('S. Aoki, N. Yamada, for the JLQCD Collaboration')).toEqual(['S. Aoki', 'N. Yamada', 'JLQCD Collaboration']);
    expect(splitAuthorString('T. Blum, and J. M. Zanotti, for the RBC and UKQCD Collaborations')).toEqual(['T. Blum', 'J. M. Zanotti', 'RBC Collaboration', 'UKQCD Collaboration']);
    expect(splitAuthorString('A. Smith and B. Jones on behalf of the ATLAS Collaboration')).toEqual(['A. Smith', 'B. Jones', 'ATLAS Collaboration']);
    expect(splitAuthorString('The KamLAND Collaboration')).toEqual(['The KamLAND Collaboration']);
    expect(groupAuthors(['A. Smith', 'for the JLQCD Collaboration', 'et al.'])).toEqual(['A. Smith', 'JLQCD Collaboration']);
  });
});

describe('e-mail addresses in names', () => {
  it('are dropped, in brackets or after a separator, whatever reads the name', () => {
    expect(withoutEmails('Medvedeff, Cassandra A. (medvedeff22@ufl.edu)')).toBe('Medvedeff, Cassandra A.');
    expect(withoutEmails('Nguyen, C.D., chi.nguyendinh@phenikaa-uni.edu.vn')).toBe('Nguyen, C.D.');
    expect(withoutEmails('Jo Lee <jo.lee@example.org>')).toBe('Jo Lee');
    expect(withoutEmails('Werner, S. M. [E-mail: s.werner@example.com]')).toBe('Werner, S. M.');
    expect(withoutEmails('Ann Lee; E-mail: ann@lee.name')).toBe('Ann Lee');
    expect(withoutEmails('Ann Lee')).toBe('Ann Lee');
    expect(naturalName('Medvedeff, Cassandra A. (medvedeff22@ufl.edu)')).toBe('Cassandra A. Medvedeff');
    expect(databaseName('Nguyen, C.D., chi.nguyendinh@phenikaa-uni.edu.vn')).toBe('C.D. Nguyen');
    expect(splitAuthorString('Ann Lee (ann@lee.name), Bob Ray')).toEqual(['Ann Lee', 'Bob Ray']);
  });
});

describe('withoutAffiliations', () => {
  it('drops parenthesised (and nested) affiliations so their commas split off no names', () => {
    expect(splitAuthorString(withoutAffiliations('A. Smith ((1) MIT, (2) CERN), B. Jones ((2) CERN), and C. Doe (Harvard U.)'))).toEqual(['A. Smith', 'B. Jones', 'C. Doe']);
  });
});

describe('nameFromParts', () => {
  it('reads the parts in order, particles and suffixes in their places', () => {
    expect(nameFromParts({ given: 'Anton', particles: [undefined, 'van den'], family: 'Hengel' })).toBe('Anton van den Hengel');
    expect(nameFromParts({ given: ' T. Alex ', family: 'Perkins', suffixes: ['Jr.'] })).toBe('T. Alex Perkins Jr.');
    expect(nameFromParts({ family: 'Prince' })).toBe('Prince');
  });

  it('writes a name in East Asian script family name first, without a space; a mixed-script name stays in reading order', () => {
    expect(nameFromParts({ given: '栄', family: '我妻' })).toBe('我妻栄');
    expect(nameFromParts({ given: '길동', family: '홍' })).toBe('홍길동');
    expect(nameFromParts({ given: 'さくら', family: '山田' })).toBe('山田さくら');
    // A foreign name in katakana keeps its own order.
    expect(nameFromParts({ given: 'ジョン', family: 'スミス' })).toBe('ジョン スミス');
    expect(nameFromParts({ given: 'Ying', family: '张' })).toBe('Ying 张');
    expect(nameFromParts({ given: 'Wei', family: 'Zhang' })).toBe('Wei Zhang');
  });
});

describe('given names written as the databases write them', () => {
  it('a suffix typed after the given name goes last (`Sack, G. H. Jr`, `Dice, P. F. 2nd`); a suffix alone stays a given name', () => {
    expect(['Sack, G. H. Jr', 'Dice, P. F. 2nd', 'Tomcho, Joseph Jr', 'Smith, Jr'].map(naturalName)).toEqual(['G. H. Sack Jr', 'P. F. Dice 2nd', 'Joseph Tomcho Jr', 'Jr Smith']);
    // `JR` in capitals beside small letters is initials (Google Scholar's EndNote export); in a name all in capitals a suffix.
    expect(['Meyn, Antony JR', 'SMITH, JOHN JR'].map(naturalName)).toEqual(['Antony J. R. Meyn', 'JOHN SMITH JR']);
  });

  it('initials written as a word, a capital then small letters and no vowel (`Higgins, Julian Pt`), are spelt; names are not (`Ulf`, `Ly`)', () => {
    expect(['Higgins, Julian Pt', 'Smith, Jm', 'Ng, Andrew', 'Li, Ly', 'Gwyn, Llwyd', 'Bergstrom, Ulf', 'Kaplan, Acrt'].map(naturalName)).toEqual([
      'Julian P. T. Higgins',
      'J. M. Smith',
      'Andrew Ng',
      'Ly Li',
      'Llwyd Gwyn',
      'Ulf Bergstrom',
      // A word that opens with a vowel may be a name (`Ulf`, `Alf`, `Arnd`): kept as written.
      'Acrt Kaplan',
    ]);
  });

  it("Google Scholar's initials run together after the given name (`Beebe, Nelson HF`) are spelt; a name in capitals keeps its words", () => {
    expect(['Beebe, Nelson HF', 'Cooper, Kendra ML', 'de Barbosa, Cinthyan RSC', 'SMITH, JOHN AB', 'Beebe, HF'].map(naturalName)).toEqual([
      'Nelson H. F. Beebe',
      'Kendra M. L. Cooper',
      'Cinthyan R. S. C. de Barbosa',
      'JOHN AB SMITH',
      'HF Beebe',
    ]);
  });

  it("Web of Science's oldest packed short form, a family name cut to eight letters, a full stop and the initials (`COSTADEB.O`)", () => {
    expect(['COSTADEB.O', 'CAVALLER.G', 'YANG Y'].map(shortFormName)).toEqual(['O. COSTADEB', 'G. CAVALLER', 'Y. YANG']);
    // Only in a field that holds the short form: elsewhere it is kept as written.
    expect(databaseName('COSTADEB.O')).toBe('COSTADEB.O');
  });
});

describe('degrees after a name', () => {
  it('are dropped after `Last, First` (`Rieger, Kendra L, RN, PhD`, `Drabo, Emmanuel F, PhD, MA`); suffixes and BibTeX order stay', () => {
    expect(naturalName('Rieger, Kendra L, RN, PhD')).toBe('Kendra L Rieger');
    expect(naturalName('Drabo, Emmanuel F, PhD, MA')).toBe('Emmanuel F Drabo');
    expect(databaseName('Smith, JA, MD')).toBe('J. A. Smith');
    expect(naturalName('King, Jr., Martin Luther')).toBe('Martin Luther King Jr.');
    expect(naturalName('Articlewriter, Laura, III')).toBe('Laura Articlewriter III');
    expect(naturalName('Smith, Jr, JA')).toBe('JA Smith Jr');
  });
});

describe('a corporate author written with a comma (AGRIS records)', () => {
  it('is kept as written, not turned around as `Last, First`', () => {
    const agris = 'Food and Agriculture Organization of the United Nations, Rome (Italy)';
    expect(naturalName(agris)).toBe(agris);
    expect(databaseName(agris)).toBe(agris);
    expect(naturalName('Institute of Physics (Great Britain), London')).toBe('Institute of Physics (Great Britain), London');
  });
  it('a person whose family name is an organisation word, or of several words, is still a person', () => {
    expect(naturalName('Center, John')).toBe('John Center');
    expect(naturalName('De La Peña Sarracén, Gretel Liz')).toBe('Gretel Liz De La Peña Sarracén');
    expect(databaseName('Office, AB')).toBe('A. B. Office');
  });
});

import { describe, expect, it } from 'vitest';
import { withoutPublisherNotes } from '../../src/text/publisher-notes.ts';

// Real abstract endings of Web of Science and Scopus exports: python-bibx (coreofscience/python-bibx @
// bc14bde2b197c90fdb41b170abc751e125d11e2c), docs/examples/bit-pattern-savedrecs.txt (WoS) and scopus.csv, at the line
// given beside each.
describe('withoutPublisherNotes', () => {
  it('drops a copyright line after the last sentence', () => {
    expect(withoutPublisherNotes('Head and media in heat-assisted magnetic recording(1). (C) 2013 WILEY-VCH Verlag GmbH & Co. KGaA, Weinheim')).toBe(
      'Head and media in heat-assisted magnetic recording(1).',
    ); // WoS:19913
    expect(withoutPublisherNotes('…exchange biased magnetic shield are presented.  © 1965-2012 IEEE.')).toBe('…exchange biased magnetic shield are presented.'); // scopus.csv
  });
  it('drops one glued to the last sentence', () => {
    expect(withoutPublisherNotes('…no gain in thermal stability can be achieved (C) 2010 Elsevier B.V. All rights reserved.')).toBe(
      '…no gain in thermal stability can be achieved',
    ); // WoS
  });
  it('drops an open-access licence after the mark', () => {
    const licence =
      '© 2024 authors. Published by the American Physical Society. Published by the American Physical Society under the terms of the Creative Commons Attribution 4.0 International license. Further distribution of this work must maintain attribution to the author(s) and the published article\'s title, journal citation, and DOI.';
    expect(withoutPublisherNotes(`…between optical magnetic fields and spins in solids.  ${licence}`)).toBe('…between optical magnetic fields and spins in solids.'); // scopus.csv
  });
  it('drops a DOI that ends the abstract', () => {
    expect(withoutPublisherNotes('…with relatively modest computational effort. DOI: 10.1103/PhysRevB.87.064405')).toBe('…with relatively modest computational effort.'); // WoS:22580
  });
  it('keeps enumerations, sentences about copyright and abstracts that are only a note (invented)', () => {
    const enumerated = 'We show (a) a bound, (b) an algorithm and (c) A new dataset. (c) We release code.';
    expect(withoutPublisherNotes(enumerated)).toBe(enumerated);
    const topic = 'Copyright infringement by generative models is a growing concern. We measure it.';
    expect(withoutPublisherNotes(topic)).toBe(topic);
    expect(withoutPublisherNotes('(C) 2013 Elsevier Ltd. All rights reserved.')).toBe('(C) 2013 Elsevier Ltd. All rights reserved.');
  });
});

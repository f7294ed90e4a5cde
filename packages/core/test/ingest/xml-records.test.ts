import { describe, expect, it } from 'vitest';
import { elementChunks, foldedText, looseDate, parseElement, rootName } from '../../src/ingest/xml-records.ts';

describe('looseDate: dates as reference managers keep what was typed', () => {
  it('reads the forms found in real Zotero RDF and EndNote exports, as precise as they are sure', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2019-05-12', '2019-05-12'],
      ['2019/05/12', '2019-05-12'],
      ['2019-09-29T19:19:24Z', '2019-09-29'],
      ['07/26/2017', '2017-07-26'],
      ['26/07/2017', '2017-07-26'],
      // Month first or day first: not known, so the year alone.
      ['03/04/2017', '2017'],
      ['12/2009', '2009-12'],
      ['8/2015', '2015-08'],
      ['June 30, 2019', '2019-06-30'],
      ['July 6-8, 2016', '2016-07-06'],
      ['20th February 2020', '2020-02-20'],
      ['18-20 July 2018', '2018-07-18'],
      ['Sep 2019', '2019-09'],
      ['Spring 2021', '2021'],
      ['2019-05-12 May 12, 2019', '2019-05-12'],
      ['in press', undefined],
      ['2019-2020', undefined],
      ['', undefined],
    ];
    for (const [text, iso] of cases) expect(looseDate(text), text).toBe(iso);
  });
});

describe('elementChunks and the element tree', () => {
  it('cuts the elements at a depth with their offsets, past comments and CDATA, and says when one is not closed', () => {
    const text = '<?xml version="1.0"?>\n<root><!-- <a> -->\n<a x=">">one<b/></a>\n<a><![CDATA[</a>]]>two</a>\n<a>three';
    const chunks = elementChunks(text, (_name, depth) => depth === 1);
    expect(chunks.map((chunk) => [chunk.text, chunk.offset, chunk.problem])).toEqual([
      ['<a x=">">one<b/></a>', 41, undefined],
      ['<a><![CDATA[</a>]]>two</a>', 62, undefined],
      ['<a>three', 89, '<a> is not closed before the end of the file (cut short?)'],
    ]);
    expect(rootName(text)).toBe('root');
  });

  it('keeps text in document order, so styled pieces join as written', () => {
    const element = parseElement('<title><style face="bold">Deep</style> <style face="italic">Residual</style>\n  Learning &amp; more</title>');
    expect('message' in element).toBe(false);
    if (!('message' in element)) expect(foldedText(element)).toBe('Deep Residual Learning & more');
  });

  it('drops the control characters PDF-pasted text leaves (the parser lets them through)', () => {
    const element = parseElement('<title>A\u000bB\u0002C &#x1;D</title>');
    if ('message' in element) throw new Error(element.message);
    expect(foldedText(element)).toBe('A BC D');
  });
});

import { describe, expect, it } from 'vitest';
import { GraphLoadError } from '../../../src/graph/load-error.ts';
import { checkXmlInput, findMarkupDeclaration } from '../../../src/graph/xml-guard.ts';

/** The classic "billion laughs": ten levels of ten references expand to 10^9 copies of "lol". */
function billionLaughs(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let level = 1; level <= 9; level += 1) entities.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE graphml [\n${entities.join('\n')}\n]>\n<graphml><graph id="g"><node id="&lol9;"/></graph></graphml>`;
}

describe('findMarkupDeclaration (the prolog before the root element)', () => {
  it('finds a DOCTYPE after the XML declaration, comments, processing instructions, white space and a BOM', () => {
    const prolog = '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n<?xml-stylesheet href="a.xsl"?>\r\n\t';
    expect(findMarkupDeclaration(`${prolog}<!DOCTYPE graphml SYSTEM "graphml.dtd"><graphml/>`)).toBe(prolog.length);
    expect(findMarkupDeclaration(billionLaughs())).toBe('<?xml version="1.0"?>\n'.length);
  });

  it('finds any other declaration in the prolog, whatever its case', () => {
    expect(findMarkupDeclaration('<!ENTITY x "y"><graphml/>')).toBe(0);
    expect(findMarkupDeclaration('<?xml version="1.0"?><!doctype graphml><graphml/>')).toBe(21);
  });

  it('reads no further than the root element: a DOCTYPE-like text inside the document is data', () => {
    expect(findMarkupDeclaration('<?xml version="1.0"?><graphml><data><![CDATA[<!DOCTYPE x>]]></data></graphml>')).toBe(-1);
    expect(findMarkupDeclaration('<!-- <!DOCTYPE in a comment> --><gexf/>')).toBe(-1);
    expect(findMarkupDeclaration('<graphml/>')).toBe(-1);
    expect(findMarkupDeclaration('')).toBe(-1);
  });
});

describe('checkXmlInput', () => {
  it('refuses the billion laughs at once, naming the file and the line of the declaration', () => {
    const text = billionLaughs();
    const started = performance.now();
    expect(() => checkXmlInput('laughs.graphml', 'GraphML', text, text.length, 64 * 1024 * 1024)).toThrow(GraphLoadError);
    expect(() => checkXmlInput('laughs.graphml', 'GraphML', text, text.length, 64 * 1024 * 1024)).toThrow(
      /^Could not load laughs\.graphml: it declares a document type \(`<!DOCTYPE…` on line 2\)/,
    );
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a file over the limit before looking inside it', () => {
    expect(() => checkXmlInput('big.gexf', 'GEXF', '<gexf/>', 80 * 1024 * 1024, 64 * 1024 * 1024)).toThrow(/it is 80 MB, over the 64 MB the viewer reads as GEXF.*--formats json/);
  });

  it('lets a plain GraphML file through', () => {
    const text = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"/></graphml>';
    expect(() => checkXmlInput('ok.graphml', 'GraphML', text, text.length, 1024)).not.toThrow();
  });
});

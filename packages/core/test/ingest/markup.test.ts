import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../src/ingest/index.ts';
import { decodeCharacterReferences, markupText, undoWebOfScienceEscapes } from '../../src/ingest/markup.ts';

describe('markupText: the text of inline markup in titles and abstracts', () => {
  it('inline elements joined as written, references decoded, whitespace folded', () => {
    expect(markupText('r<sup>2</sup>&lt;0.25 and p<sub>trend</sub>=0.048, <i>TERT</i> &amp; &#946;\n   2')).toBe('r2<0.25 and ptrend=0.048, TERT & β 2');
    expect(markupText('plain   text\n')).toBe('plain text');
  });

  it('JATS blocks kept apart; a bare "Abstract" heading dropped, a section heading read as "Heading:"', () => {
    const jats =
      '<jats:title>Abstract</jats:title><jats:sec><jats:title>Background</jats:title><jats:p>First <jats:italic>one</jats:italic>.</jats:p></jats:sec>' +
      '<jats:sec><jats:title>Results</jats:title><jats:p>Second.</jats:p></jats:sec>';
    expect(markupText(jats)).toBe('Background: First one. Results: Second.');
    expect(markupText('<jats:p>One.</jats:p><jats:p>Two.</jats:p>')).toBe('One. Two.');
  });

  it('markup that is not well-formed keeps its text, tags taken out; text that only holds a `<` is not a tag', () => {
    expect(markupText('<p>a < b and <i>c</p>')).toBe('a < b and c');
    expect(markupText('a<b and c>d, R&D')).toBe('a<b and c>d, R&D');
  });

  it('HTML that is no XML (a void `<br>`, a stray `<`): the tags go and the references are decoded all the same', () => {
    expect(markupText('<b>Thesis.</b><br>Biological &amp; Medical Informatics &mdash; &eacute;t&eacute;, &#169; &#xE9;<br><i>a</i> < b')).toBe('Thesis. Biological & Medical Informatics — été, © é a < b');
  });

  it('markup escaped twice (`&lt;scp&gt;`) read once decoded; escaped comparisons stay text', () => {
    expect(markupText('Author response for "A new &lt;scp&gt;dual‐input&lt;/scp&gt; converter"')).toBe('Author response for "A new dual‐input converter"');
    expect(markupText('p &lt; 0.05 and q &gt; 1')).toBe('p < 0.05 and q > 1');
  });

  it('character references escaped twice (Crossref\'s JATS `(&amp;lt;75 K)`) read as their characters: markup holds no literal `&lt;`', () => {
    expect(markupText('<jats:p>low temperatures (&amp;lt;75 K) and R&amp;amp;D</jats:p>')).toBe('low temperatures (<75 K) and R&D');
    expect(markupText('a &amp;lt; b')).toBe('a < b');
    // An unknown name stays as written, once decoded.
    expect(markupText('&amp;foo; &amp; b')).toBe('&foo; & b');
  });

  it('a formula JATS gives twice (`<alternatives>`: TeX and MathML) is read once, as its MathML; MathML without the whitespace of its layout', () => {
    const formula = (tex: string, mathml: string) => `<jats:inline-formula><jats:alternatives><jats:tex-math>${tex}</jats:tex-math><mml:math>${mathml}</mml:math><jats:inline-graphic/></jats:alternatives></jats:inline-formula>`;
    expect(markupText(`<jats:p>in ${formula('$$91.6\\%$$', '\n  <mml:mrow>\n    <mml:mn>91.6</mml:mn>\n    <mml:mo>%</mml:mo>\n  </mml:mrow>\n')} of moves</jats:p>`)).toBe('in 91.6% of moves');
    expect(markupText(`<p>a ${formula('x^2', '<mml:msup><mml:mi>x</mml:mi><mml:mn>2</mml:mn></mml:msup>')} term</p>`)).toBe('a x2 term');
    // Text inside a MathML token is kept as written, its spaces too.
    expect(markupText('<mml:math><mml:mi>a</mml:mi> <mml:mtext> and </mml:mtext> <mml:mi>b</mml:mi></mml:math>')).toBe('a and b');
    // Prescripts are read where they are printed, before the base (PubMed's `³He`).
    expect(markupText('<mml:math><mml:mmultiscripts><mml:mi>He</mml:mi><mml:mprescripts/><mml:none/><mml:mn>3</mml:mn></mml:mmultiscripts></mml:math> gas')).toBe('3He gas');
  });

  it("a `<tex-math>` alone is the text it prints, without Springer's LaTeX document around it", () => {
    const springer = String.raw`\documentclass[12pt]{minimal} \usepackage{amsmath} \usepackage{upgreek} \setlength{\oddsidemargin}{-69pt} \begin{document}$$95.7\%$$\end{document}`;
    expect(markupText(`<jats:p>over <jats:inline-formula><jats:alternatives><jats:tex-math>${springer}</jats:tex-math><jats:inline-graphic/></jats:alternatives></jats:inline-formula> for all</jats:p>`)).toBe('over 95.7% for all');
    expect(markupText(String.raw`<p>with <tex-math>\alpha = 0.5</tex-math> set</p>`)).toBe('with α = 0.5 set');
  });

  it('plain-text formats keep a literal `&lt;` (a JSON record, a Semantic Scholar abstract): only markup is decoded', () => {
    const json = ingestOne({ name: 'x.jsonl', text: '{"title": "On &lt;", "abstract": "Write &lt; for < in HTML."}\n' }).records[0]!;
    expect(json.abstract).toBe('Write &lt; for < in HTML.');
    const s2 = ingestOne({ name: 's2.json', text: JSON.stringify({ paperId: 'abc', title: 'On escapes', abstract: 'Write &amp;lt; in HTML.', externalIds: { CorpusId: 1 } }) }).records[0]!;
    expect(s2.abstract).toBe('Write &amp;lt; in HTML.');
  });
});

describe('decodeCharacterReferences: references left escaped in plain text', () => {
  it('named (the XML five, &nbsp;), decimal and hex references read as characters; no markup is touched', () => {
    expect(decodeCharacterReferences('Roff &amp;Taylor, &gt;80% &lt;http://example.org/&gt; &quot;a&quot; &#169; &#x3C9;')).toBe('Roff &Taylor, >80% <http://example.org/> "a" © ω');
    expect(decodeCharacterReferences('See <http://www.rightsandresources.org/> and <i>x</i>')).toBe('See <http://www.rightsandresources.org/> and <i>x</i>');
  });
  it("HTML's named references: punctuation and signs, accented letters by their names (case kept), Greek letters", () => {
    expect(decodeCharacterReferences('&ndash; &mdash; &hellip; &lsquo;x&rsquo; &ldquo;y&rdquo; &copy; &deg; &plusmn; &times; &le; &micro;')).toBe('– — … ‘x’ “y” © ° ± × ≤ µ');
    expect(decodeCharacterReferences('&eacute; &Eacute; &auml; &Auml; &ccedil; &aring; &ntilde; &ocirc; &igrave; &scaron; &szlig; &oslash; &aelig;')).toBe('é É ä Ä ç å ñ ô ì š ß ø æ');
    expect(decodeCharacterReferences('&alpha; &beta; &sigmaf; &sigma; &omega; &Alpha; &Sigma; &Tau; &Omega;')).toBe('α β ς σ ω Α Σ Τ Ω');
    // A letter that has no such accented form in Unicode is no reference.
    expect(decodeCharacterReferences('&qacute; &bcedil;')).toBe('&qacute; &bcedil;');
  });

  it('a bare ampersand, an unknown name and an out-of-range number stay as written', () => {
    expect(decodeCharacterReferences('R&D &foo; &#0; &#x110000; AT&T')).toBe('R&D &foo; &#0; &#x110000; AT&T');
  });
});

describe("undoWebOfScienceEscapes: Web of Science's own escapes, in every export it writes", () => {
  it('a reference spaced off (in a word: on both sides; BibTeX escapes the `&`), a character named in angle brackets', () => {
    expect(undoWebOfScienceEscapes('a Schr & ouml;dinger operator, a Szeg & odblac;-type theorem')).toBe('a Schrödinger operator, a Szegő-type theorem');
    expect(undoWebOfScienceEscapes('a kappa coefficient (& kappa;) over 0.6; views) & times; 100')).toBe('a kappa coefficient (κ) over 0.6; views) × 100');
    expect(undoWebOfScienceEscapes('Marie Sk \\& lstrok;odowska-Curie')).toBe('Marie Skłodowska-Curie');
    expect(undoWebOfScienceEscapes('30 MPa<middle dot>m/s; <black square> METHODS:')).toBe('30 MPa·m/s; ■ METHODS:');
  });
  it('anything else stays: `R & D;`, an unknown name in brackets, a tag', () => {
    for (const text of ['R & D; costs', 'the <unknown thing> here', '<i>Nature</i>']) expect(undoWebOfScienceEscapes(text)).toBe(text);
  });
  it('a unit written with a Greek letter or a sign as a word, right after a number, is the symbol: `5 mu m` → `5 µm`', () => {
    const cases: Array<[string, string]> = [
      ['5 mu m', '5 µm'],
      ['from 24.4 mu s to 1092 mu s.', 'from 24.4 µs to 1092 µs.'],
      ['(65.2 mu g mL(-1) from', '(65.2 µg mL(-1) from'],
      ['8-20 mu m thick, >800 mu m), sub-10 mu m-thick, 1 mu m(2)', '8-20 µm thick, >800 µm), sub-10 µm-thick, 1 µm(2)'],
      ['2 mu M and 5 mu mol/L', '2 µM and 5 µmol/L'],
      ['1.5 Omega to 0.3 Omega; 127 Omega/square; 1-5 Omega-cm; 10 k Omega; 3 mu Omega cm', '1.5 Ω to 0.3 Ω; 127 Ω/square; 1-5 Ω-cm; 10 kΩ; 3 µΩ cm'],
      ['at 60 degrees C for 5 min, 4-8 degrees C.', 'at 60 °C for 5 min, 4-8 °C.'],
    ];
    for (const [text, read] of cases) expect(undoWebOfScienceEscapes(text)).toBe(read);
  });
  it('the same words elsewhere are text: not after a number, not a unit, inside a word, TeX', () => {
    for (const text of ['an 11.9% for mu c-Si:H', 'the mu opioid receptor', 'Omega-3 fatty acids, 3 Omega-3', 'rotated by 45 degrees in', 'at 22 degrees 45\'N', 'each MU execution', 'an emu m', '2 mum', 'several mu m', '$2 \\mu m$']) {
      expect(undoWebOfScienceEscapes(text)).toBe(text);
    }
  });
});

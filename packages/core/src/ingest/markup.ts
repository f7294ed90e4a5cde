/**
 * Text of the inline markup databases put inside titles and abstracts: PubMed's `<i>`, `<sup>`, `<sub>`, `<b>` and
 * MathML, Crossref's JATS abstracts (`<jats:p>`, `<jats:italic>`, `<jats:sec><jats:title>`). The fragment is parsed by
 * fast-xml-parser in document order (a plain parse would pull `<i>` out of the sentence it sits in), its character
 * references decoded, its elements reduced to their text; block elements (paragraphs, sections, titles) are kept apart
 * by a space, inline ones joined as written (`r<sup>2</sup>` → `r2`).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { replaceMath } from '../text/latex.ts';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  // No DOCTYPE reaches this parser (fragments only); the predefined and numeric references are decoded.
  processEntities: { enabled: true, maxEntityCount: 0, maxEntitySize: 0, maxTotalExpansions: Number.MAX_SAFE_INTEGER, maxExpandedLength: Number.MAX_SAFE_INTEGER },
  htmlEntities: true,
  maxNestedTags: 64,
});

/** Elements that hold a paragraph or a heading of their own (JATS and HTML names, namespace prefix taken off). */
const BLOCKS = new Set(['p', 'sec', 'title', 'subtitle', 'list', 'list-item', 'label', 'caption', 'disp-quote', 'br', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4']);
/** A heading that only says what the block is ("Abstract") is not part of it. */
const BARE_HEADING = /^(?:abstract|summary|graphical abstract)[.:]?$/i;

type OrderedNode = Record<string, unknown>;

function localName(tag: string): string {
  const colon = tag.indexOf(':');
  return (colon >= 0 ? tag.slice(colon + 1) : tag).toLowerCase();
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The element an ordered node holds: its local name and children (undefined for text). */
function element(node: OrderedNode): { name: string; children: unknown } | undefined {
  const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
  return tag === undefined ? undefined : { name: localName(tag), children: node[tag] };
}

/**
 * The one reading of a formula JATS gives in several (`<alternatives>`: Springer's and others' abstracts as Crossref
 * and Lens pass them on hold `<tex-math>$$91.6\%$$</tex-math><mml:math>…91.6…%…</mml:math>` and an image): the
 * MathML, which is the formula as printed, else the TeX, else the first. Read together they write it twice
 * (`91.6% 91.6 %`).
 */
function chosenAlternative(nodes: unknown): OrderedNode[] {
  if (!Array.isArray(nodes)) return [];
  const elements = (nodes as OrderedNode[]).filter((node) => element(node) !== undefined);
  const chosen = ['math', 'tex-math'].map((name) => elements.find((node) => element(node)!.name === name)).find((node) => node !== undefined) ?? elements[0];
  return chosen ? [chosen] : [];
}

/**
 * The text a JATS `<tex-math>` prints: Springer wraps each formula in a LaTeX document of its own
 * (`\documentclass[12pt]{minimal} \usepackage{amsmath} … \begin{document}$$x^2$$\end{document}`), which is no part
 * of it; the formula is flattened as arXiv's math is (`$$91.6\%$$` → `91.6%`).
 */
function texMathText(tex: string): string {
  const formula = tex.replace(/^[^]*?\\begin\{document\}/, '').replace(/\\end\{document\}\s*$/, '').trim();
  return replaceMath(formula.includes('$') ? formula : `$${formula}$`).trim();
}

/** The text of nodes as written, whatever elements hold it (a `<tex-math>`'s TeX, CDATA included). */
function plainText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  return (nodes as OrderedNode[])
    .map((node) => (node['#text'] !== undefined ? String(node['#text']) : plainText(element(node)?.children)))
    .join('');
}

/**
 * MathML's token elements in order, without the whitespace that only lays out its source (`<mml:mn>91.6</mml:mn>⏎
 * <mml:mo>%</mml:mo>` → `91.6%`, however the publisher indented it); text inside a token (`<mml:mtext> and
 * </mml:mtext>`) is kept as written.
 */
function mathText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  const list = nodes as OrderedNode[];
  const hasElements = list.some((node) => element(node) !== undefined);
  return list
    .map((node) => {
      if (node['#text'] !== undefined) return hasElements && /^\s*$/.test(String(node['#text'])) ? '' : String(node['#text']);
      const child = element(node);
      return child?.name === 'mmultiscripts' ? multiscriptsText(child.children) : mathText(child?.children);
    })
    .join('');
}

/**
 * `<mmultiscripts>` in reading order: its base comes first in the markup, then the scripts after it, then
 * `<mprescripts/>` and the scripts before it; read as printed, the isotope `³He` is `3He`, not `He3`.
 */
function multiscriptsText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  const elements = (nodes as OrderedNode[]).filter((node) => element(node) !== undefined);
  const at = elements.findIndex((node) => element(node)!.name === 'mprescripts');
  const after = at < 0 ? elements : elements.slice(0, at);
  const before = at < 0 ? [] : elements.slice(at + 1);
  return mathText([...before, ...after]);
}

/** Appends the text of ordered nodes to `parts`, a block's text as a part of its own. */
function collect(nodes: unknown, parts: string[], current: { text: string }): void {
  if (!Array.isArray(nodes)) return;
  for (const node of nodes as OrderedNode[]) {
    for (const [tag, value] of Object.entries(node)) {
      if (tag === ':@') continue;
      if (tag === '#text') {
        current.text += String(value);
        continue;
      }
      const name = localName(tag);
      if (name === 'alternatives') {
        collect(chosenAlternative(value), parts, current);
        continue;
      }
      if (name === 'math') {
        current.text += mathText(value);
        continue;
      }
      if (name === 'tex-math') {
        current.text += texMathText(plainText(value));
        continue;
      }
      if (!BLOCKS.has(name)) {
        collect(value, parts, current);
        continue;
      }
      // A block ends the text before it and is a part of its own; a heading reads "Methods:" before its section.
      parts.push(current.text);
      current.text = '';
      collect(value, parts, current);
      let block = fold(current.text);
      current.text = '';
      if (name === 'title' || name === 'label') {
        if (BARE_HEADING.test(block)) block = '';
        else if (block && !/[.:?!]$/.test(block)) block += ':';
      }
      // A title's subtitle (Crossref writes `Title<subtitle>Subtitle</subtitle>`) reads "Title: Subtitle".
      const before = parts.length - 1;
      if (name === 'subtitle' && block && before >= 0 && fold(parts[before]!) && !/[.:?!]\s*$/.test(parts[before]!)) parts[before] = `${fold(parts[before]!)}:`;
      parts.push(block);
    }
  }
}

/** A tag as markup writes it (`<i>`, `</jats:p>`, `<span class="x">`), not text that merely holds a `<` (`a<b and c>d`). */
const TAG = /<\/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/g;
/** A closing tag: the sign that text still holds markup once its references are decoded. */
const CLOSING_TAG = /<\/[A-Za-z][\w:.-]*\s*>/;

function readMarkup(fragment: string): string {
  if (!fragment.includes('<') && !fragment.includes('&')) return fold(fragment);
  const wrapped = `<markup>${fragment}</markup>`;
  // Not well-formed (a stray `<` or `&`, HTML's void `<br>`): the tags go and the text stays, its character
  // references decoded (`&amp;`, `&eacute;`, `&#169;`), rather than the record being lost.
  if (XMLValidator.validate(wrapped) !== true) return fold(decodeCharacterReferences(fragment.replace(TAG, ' ')));
  const parts: string[] = [];
  const current = { text: '' };
  const parsed = parser.parse(wrapped) as OrderedNode[];
  collect(parsed[0]?.['markup'], parts, current);
  parts.push(current.text);
  return fold(parts.map(fold).filter((part) => part !== '').join(' '));
}

/**
 * The text of a fragment of XML markup, whitespace folded; markup that is not well-formed has its tags taken out.
 * Markup escaped once more (Crossref has titles with `&lt;scp&gt;…&lt;/scp&gt;`) is read again once decoded, and so
 * are character references escaped once more (Crossref's JATS abstract `(&amp;lt;75 K)`, `<75 K` once read): in
 * text read as markup a reference left after the first reading is a layer of escaping too many, not a literal `&lt;`.
 */
export function markupText(fragment: string): string {
  const text = readMarkup(fragment);
  return CLOSING_TAG.test(text) ? readMarkup(text) : decodeCharacterReferences(text);
}

/** The XML five and `&nbsp;`, read whatever their case (`&AMP;`). */
const XML_REFERENCES: Readonly<Record<string, string>> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>', nbsp: '\u00a0' };

const GREEK = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigmaf', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega'];

/**
 * HTML's other named references as publishers' HTML abstracts write them (case matters: `&Auml;` is Ä): punctuation,
 * signs, letters without an accent of their own, Greek letters (`&alpha;` … `&Omega;`, read from their order in
 * Unicode); accented letters are read from their names (`accented`).
 */
const HTML_REFERENCES: Readonly<Record<string, string>> = {
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″', dagger: '†',
  Dagger: '‡', permil: '‰', copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷',
  minus: '−', le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞', micro: 'µ', para: '¶', sect: '§', iexcl: '¡',
  iquest: '¿', cent: '¢', pound: '£', euro: '€', yen: '¥', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔',
  rArr: '⇒', hArr: '⇔', sup1: '¹', sup2: '²', sup3: '³', frac12: '½', frac14: '¼', frac34: '¾', ordf: 'ª', ordm: 'º',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð',
  thorn: 'þ', THORN: 'Þ', ...Object.fromEntries(
    GREEK.flatMap((name, index) => {
      const lower = String.fromCodePoint(0x3b1 + index);
      const capital = name === 'sigmaf' ? [] : [[name[0]!.toUpperCase() + name.slice(1), String.fromCodePoint(0x391 + index)]];
      return [[name, lower], ...capital];
    }),
  ),
};

/**
 * HTML's accent names: `&eacute;` is e + U+0301 (é), `&Uuml;` U + U+0308 (Ü), `&ccedil;` ç, `&aring;` å, and those of
 * Latin Extended-A (`&odblac;` ő, `&amacr;` ā, `&abreve;` ă, `&aogon;` ą, `&zdot;` ż); `&lstrok;` ł and the other
 * stroked letters are in STROKED.
 */
const ACCENT_NAMES: Readonly<Record<string, string>> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030a', cedil: '\u0327', caron: '\u030c',
  dblac: '\u030b', macr: '\u0304', breve: '\u0306', ogon: '\u0328', dot: '\u0307',
};
const STROKED: Readonly<Record<string, string>> = { lstrok: 'ł', Lstrok: 'Ł', dstrok: 'đ', Dstrok: 'Đ', hstrok: 'ħ', Hstrok: 'Ħ', tstrok: 'ŧ', Tstrok: 'Ŧ', inodot: 'ı' };

function accented(name: string): string | undefined {
  if (STROKED[name] !== undefined) return STROKED[name];
  const match = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil|caron|dblac|macr|breve|ogon|dot)$/.exec(name);
  const letter = match ? `${match[1]}${ACCENT_NAMES[match[2]!]}`.normalize('NFC') : undefined;
  return letter && [...letter].length === 1 ? letter : undefined;
}

/**
 * Character references left escaped in text (OpenAlex's abstract words `&amp;`, `&gt;80%`, `&#169;`; an HTML abstract
 * that is not well-formed XML, `&eacute;`, `&mdash;`) read as their characters; anything else, `<http://…>` included,
 * kept as written. Unknown names stay as they are.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi, (match, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return XML_REFERENCES[name.toLowerCase()] ?? HTML_REFERENCES[name] ?? accented(name) ?? match;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/**
 * A reference manager's rich text (Zotero's and CSL's `<i>`, `<b>`, `<sub>`, `<span class="nocase">` in titles, a
 * publisher's HTML abstract) as text. Only text holding a closing tag is read as markup: a plain `a < b` stays as
 * written.
 */
export function richText(value: string): string {
  return CLOSING_TAG.test(value) ? markupText(value) : value;
}

/**
 * Characters Web of Science writes by their Unicode name in angle brackets (`30 MPa<middle dot>m/s`, `<black square>
 * METHODS:` before a section of a structured abstract).
 */
const NAMED_CHARACTERS: Readonly<Record<string, string>> = {
  'middle dot': '·', 'black square': '■', 'white square': '□', 'black small square': '▪', bullet: '•',
  'black circle': '●', 'white circle': '○', 'degree sign': '°', 'plus-minus sign': '±', 'multiplication sign': '×',
  'division sign': '÷', 'en dash': '–', 'em dash': '—', 'right arrow': '→', 'left arrow': '←', 'rightwards arrow': '→',
  'leftwards arrow': '←', 'up arrow': '↑', 'down arrow': '↓', 'less-than or equal to': '≤', 'greater-than or equal to': '≥',
  'not equal to': '≠', 'almost equal to': '≈', 'infinity': '∞', 'section sign': '§', 'micro sign': 'µ', dagger: '†',
  'double dagger': '‡', prime: '′', 'double prime': '″', 'per mille sign': '‰', 'check mark': '✓',
};

/**
 * Web of Science's own escapes of characters outside its set, in every export it writes (plain text, tab-delimited,
 * RIS, BibTeX): an HTML reference with a space after its `&` (`(& kappa;)`; inside a word one before it too: `Schr &
 * ouml;dinger`, `Szeg & odblac;-type`; BibTeX escapes the `&`, `Sk \& lstrok;odowska`), and a character named in
 * angle brackets ({@link NAMED_CHARACTERS}). Anything else stays as written (`R & D;` is no reference).
 */
export function undoWebOfScienceEscapes(text: string): string {
  return webOfScienceUnits(undoSpacedEscapes(text));
}

function undoSpacedEscapes(text: string): string {
  if (!text.includes('& ') && !text.includes('<')) return text;
  return text
    .replace(/(\p{L} )?\\?& ([A-Za-z][A-Za-z0-9]{1,31});(?=([\p{L}-])?)/gu, (whole, before: string | undefined, name: string, after: string | undefined) => {
      const decoded = decodeCharacterReferences(`&${name};`);
      if (decoded === `&${name};`) return whole;
      // Inside a word the export spaced the reference off on both sides (`Schr & ouml;dinger`, `Szeg & odblac;-type`).
      const inWord = before !== undefined && after !== undefined && /^\p{L}$/u.test(decoded);
      return `${before === undefined ? '' : inWord ? before.trimEnd() : before}${decoded}`;
    })
    .replace(/<([a-z][a-z -]*[a-z])>/g, (whole, name: string) => NAMED_CHARACTERS[name] ?? whole);
}

/** The units a micro sign prefixes, as SI and medicine write them (`µm`, `µg`, `µL`, `µM`, `µmol`, `µs`, `µGy`…). */
const MICRO_UNITS = 'mol|Pa|Gy|Sv|Ci|Hz|eV|Omega|m|g|l|L|M|s|A|V|W|F|J|N|C|T|S|K';

/**
 * A unit Web of Science writes with a Greek letter or a sign spelt out as a word (`5 mu m`, `24.4 mu s`, `65.2 mu g
 * mL(-1)`, `1.5 Omega`, `10 k Omega`, `60 degrees C`): read as the symbol — `5 µm`, `24.4 µs`, `65.2 µg mL(-1)`, `1.5
 * Ω`, `10 kΩ`, `60 °C` — only where it is clearly a unit: right after a number (`8-20 mu m`, `>800 mu m`) and before
 * a unit symbol that ends there (`mu m-thick`, `mu m)`, `mu m(2)`). Elsewhere the word is text: `mu c-Si:H`, `the mu
 * opioid receptor`, `Omega-3`, `at 45 degrees`, `MU` (machine unlearning), `emu`.
 */
function webOfScienceUnits(text: string): string {
  if (!text.includes('mu ') && !text.includes('Omega') && !text.includes('degrees ')) return text;
  return text
    .replace(new RegExp(`(?<=\\d ?)mu (${MICRO_UNITS})(?![\\p{L}\\p{N}])`, 'gu'), (_whole, unit: string) => `µ${unit === 'Omega' ? 'Ω' : unit}`)
    .replace(/(?<=\d ?)(?:([kMmG]) )?Omega(?![\p{L}\p{N}]|-\d)/gu, (_whole, prefix?: string) => `${prefix ?? ''}Ω`)
    .replace(/(?<=\d ?)degrees ([CF])(?![\p{L}\p{N}])/gu, '°$1');
}

/**
 * `~` and `≈` before a number, which Web of Science writes in words (`a factor of similar to 2.5`, `approximate to
 * 10%`, `50%similar to 75%`, `800 similar to 1100 rpm`): only before a number, never in prose (`similar to that`). Read
 * only in a record known to come from Web of Science: elsewhere `similar to 2.5` could be prose.
 */
export function webOfScienceApproximations(text: string): string {
  return text.includes(' to ')
    ? text.replace(/\bsimilar to (?=[-+\u2212]?\.?\d)/g, '~').replace(/\bapproximate to (?=[-+\u2212]?\.?\d)/g, '≈')
    : text;
}

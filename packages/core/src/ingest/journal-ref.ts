/**
 * The volume an arXiv journal reference names (the `journal-ref` of the API, OAI-PMH, the snapshot and the listings).
 * arXiv asks for "the journal name, volume number, year and page number(s)" (`Nucl.Phys.Proc.Suppl. 109 (2002) 3-9`)
 * but takes free text, so a volume is read only where the reference's shape says which number it is; any other
 * reference gives none (the whole reference stays the venue either way).
 */

/** A journal's name: no digits, commas or brackets, ending in a letter or a full stop (a series letter may end it: `Phys.Rev.D`). */
const JOURNAL = String.raw`[^\d,;()]*[A-Za-z.]`;
const YEAR = String.raw`(?:1[89]|20)\d\d`;
/** Pages or an article number: `012`, `L81-L84`, `1149-1173`, `064017`. */
const PAGES = String.raw`[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]+\s*[A-Za-z]?\d+[A-Za-z]?)?`;

/** The shapes whose volume is unambiguous, each matched against the whole first reference (the capture is the volume). */
const SHAPES: readonly RegExp[] = [
  // `Phys.Rev.D76:013009,2007`, `Astrophys.J.663:1149-1173,2007` (the compact SPIRES form of arXiv's early years),
  // `Intelligent Data Analysis, 11(5):437-455, 2007`, `J. of Math. Psychology, 53:5 (2009)`: volume(issue):pages
  new RegExp(String.raw`^${JOURNAL},?\s*(\d+)\s*(?:\([^()]*\))?\s*:\s*${PAGES}\s*(?:,\s*${YEAR}|\(${YEAR}\))$`),
  // `Phys. Rev. D 108, 064017 (2023)`, `J. Chem. Phys. 144, 124107 (2016)`
  new RegExp(String.raw`^${JOURNAL},?\s*(\d+)\s*,\s*${PAGES}\s*\(${YEAR}\)$`),
  // `JHEP 03 (2024) 012`, `Astrophys.J. 641 (2006) L81-L84`, `J. London Math. Soc. 78(2008) 418-440`
  new RegExp(String.raw`^${JOURNAL},?\s*(\d+)\s*\(${YEAR}\)\s*,?\s*(?:pp?\.\s*)?${PAGES}$`),
  // `Journal of Risk Financial Management 2023, 16(2), 114`, `Economic Thought, 2023, 20 (6)`: the year first, then volume(issue)
  new RegExp(String.raw`^${JOURNAL},?\s+${YEAR}\s*,\s*(\d+)\s*\([^()]*\)\s*(?:,\s*${PAGES})?$`),
];

/** A volume named as one: `Tome 11`, `Vol. 12`, `Volume 3` (only when the reference names a single one). */
const NAMED = /\b(?:vol(?:ume)?|tome)\b\.?\s*(\d+)\b/gi;

/** The volume a journal reference names, when its shape makes that unambiguous; else none. */
export function journalRefVolume(reference: string | undefined): string | undefined {
  // An erratum or a second publication follows a `;` (`Phys.Rev.C76:014611,2007; Erratum-ibid.C77:049901,2008`).
  const first = reference?.split(';')[0]!.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (!first) return undefined;
  for (const shape of SHAPES) {
    const volume = shape.exec(first)?.[1];
    if (volume) return volume;
  }
  const named = [...first.matchAll(NAMED)];
  return named.length === 1 ? named[0]![1] : undefined;
}

/**
 * Materials, compounds and samples: names a physics, chemistry or materials paper writes as it writes a model or a
 * dataset ("FePt", "CoCrPt", "SiO2", "MnGa"), which are none of papergraph's kinds. A name is a material when the
 * paper writes a material noun right after it (heads.json → materialNouns): a strong one ("FePt nanoparticles",
 * "the MnGa film", "CoCrPt alloy") after any name, a weaker one ("the SiO2 layer", "CoPt dots") only after a name shaped
 * like a chemical formula, since machine-learning names take those nouns too ("the GCN layer", "MoE layers"). A name
 * shaped like a formula is also a material anywhere in a paper about materials (one that writes a layer stack such
 * as "Co/Pd" or a formula before a material noun).
 * Read for names outside the lexicons only (the learned step, the unlisted-dataset rules): CamelCase coined names that
 * happen to spell element symbols ("MoCo", "CoCa", "CaSiNo") stay models, methods and datasets in papers that are not
 * about materials.
 */
import heads from './lexicons/heads.json' with { type: 'json' };
import { someWholeWordEnd } from './paper-text.ts';

const ELEMENTS =
  'He Li Be Ne Na Mg Al Si Cl Ar Ca Sc Ti Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa Np Pu Am Cm Bk Cf Es Fm Md No Lr H B C N O F P S K V Y I W U';
const ELEMENT = `(?:${ELEMENTS.split(' ').join('|')})`;
/** Element symbols, each with an optional count ("Al2O3", "CrPt3", "Fe0.5Co0.5", "FePtx"). */
const ELEMENT_RUN = new RegExp(`^(?:${ELEMENT}(?:\\d+(?:\\.\\d+)?|[xyδ])?)+$`);
const LONE_ELEMENT = new RegExp(`^${ELEMENT}$`);

/**
 * Is `name` shaped like a chemical formula: two element symbols or more, with counts, one of them a two-letter
 * symbol, and a capital or a digit after its first letter ("FePt", "SiO2", "MgO"; not "Yes", which also spells Y+Es)?
 */
export function formulaShaped(name: string): boolean {
  return name.length >= 3 && /[a-z]/.test(name) && /^.[a-z]?[A-Z0-9]/.test(name) && ELEMENT_RUN.test(name) && !LONE_ELEMENT.test(name);
}

/** Element symbols with counts as formulas write them: one digit or a decimal ("Cu2O", "Al2O3", "LiNi0.8Co0.1O2"). */
const COUNTED_RUN = new RegExp(`^(?:${ELEMENT}(?:[1-9]|\\d\\.\\d+)?)+$`);
const SYMBOL = new RegExp(ELEMENT, 'g');

/**
 * Is `word` written as a compound's formula: two element symbols or more, none twice in a row, and a count after one of
 * them ("Cu2O", "MoS2", "SiO2")? Names that spell symbols and numbers have longer numbers ("CORe50") or letters no
 * formula has ("PyO3": y, "TaBIIC2": I twice).
 */
function writtenAsFormula(word: string): boolean {
  if (!/\d/.test(word) || !COUNTED_RUN.test(word) || !formulaShaped(word)) return false;
  const symbols = word.replace(/[\d.]+/g, ' ').match(SYMBOL) ?? [];
  return symbols.length >= 2 && symbols.every((symbol, i) => symbol !== symbols[i - 1]);
}

/** A part of a layer stack: a formula, or an element symbol alone ("Co" of "Co/Pd"). */
function stackPart(part: string): boolean {
  // a phase or structure prefix before the formula: "L1(0)-FePt", "fcc-Co"
  const bare = part.slice(part.lastIndexOf('-') + 1);
  return formulaShaped(bare) || LONE_ELEMENT.test(bare);
}

/** Lower-case words also written in title case ("thin film" → "[Tt]hin [Ff]ilm"), longest first. */
function nounPattern(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/(^| )([a-z])/g, (_, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c}]`))
    .join('|');
}

/** A material noun right after a name: spaces or a hyphen, then the noun as a whole word. */
const STRONG_AFTER = new RegExp(`[ \\u00a0-](?:${nounPattern(heads.materialNouns.strong)})(?![A-Za-z])`, 'y');
const ANY_AFTER = new RegExp(`[ \\u00a0-](?:${nounPattern([...heads.materialNouns.strong, ...heads.materialNouns.formula])})(?![A-Za-z])`, 'y');
/** Words joined by slashes ("Co/Pd", "Fe/L1(0)-FePt/Fe"), and capitalised words (a formula before a noun). */
const SLASHED = /(?<![\w/])[\w()-]+(?:\/[\w()-]+)+(?![\w/])/g;
const CAPITALISED_WORD = /(?<![\w-])[A-Z][A-Za-z0-9.]*[A-Za-z0-9](?![\w-])/g;

/**
 * Is the paper about materials: does it write a layer stack (formulas or element symbols joined by slashes, one with
 * a lower-case letter: "Co/Pd", "FeRh/FePt"; not "I/O"), a formula with counts ("Cu2O") or a formula before a
 * material noun ("the SiO2 layer")?
 */
export function aboutMaterials(text: string): boolean {
  // (read once per paper: the learned step and the dataset rules may ask for several names of one paper)
  if (text !== aboutText) {
    aboutText = text;
    about = readAboutMaterials(text);
  }
  return about;
}

let aboutText: string | undefined;
let about = false;

function readAboutMaterials(text: string): boolean {
  SLASHED.lastIndex = 0;
  for (let m = SLASHED.exec(text); m; m = SLASHED.exec(text)) {
    const parts = m[0].split('/');
    if (parts.every(stackPart) && parts.some((p) => /[a-z]/.test(p))) return true;
  }
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(text); m; m = CAPITALISED_WORD.exec(text)) {
    if (!formulaShaped(m[0])) continue;
    if (writtenAsFormula(m[0])) return true;
    ANY_AFTER.lastIndex = m.index + m[0].length;
    if (ANY_AFTER.test(text)) return true;
  }
  return false;
}

/**
 * Does the paper write any of `names` (one entity's spellings) as a material: before a material noun anywhere in
 * `text`, or, for a name shaped like a formula, anywhere in a paper about materials ("Patterning of FePt for magnetic
 * recording" in a paper that writes "Co/Pd multilayers")? A whole-word occurrence counts.
 */
export function namesMaterial(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    if (!name) continue;
    const formula = formulaShaped(name);
    if (formula && aboutMaterials(text)) return true;
    const after = formula ? ANY_AFTER : STRONG_AFTER;
    const nounAfter = (end: number): boolean => {
      after.lastIndex = end;
      return after.test(text);
    };
    if (someWholeWordEnd(text, name, nounAfter)) return true;
  }
  return false;
}

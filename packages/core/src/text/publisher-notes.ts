/**
 * Publisher notes at the end of an abstract: the copyright line Web of Science and Scopus exports keep ("(C) 2013
 * WILEY-VCH Verlag GmbH & Co. KGaA, Weinheim", "© 2024 Elsevier B.V. All rights reserved.", "© 1965-2012 IEEE") and
 * a trailing DOI ("DOI: 10.1103/PhysRevB.87.064405"). They are no part of what the paper says, and extraction would
 * read their names ("KGaA", "PhysRevB") as entities. VOSviewer drops copyright statements for the same reason.
 */

/**
 * Where a note may start. A copyright mark — ©, or (C) before a year or an owner, "(Crown) Copyright" before © or a
 * year — starts one anywhere after a space (exports often glue it to the last sentence: "…achieved (C) 2010 Elsevier
 * B.V."); not "(c)" before a word, an enumeration's third item ("(c) We show…"). Weaker openings start one only at a
 * sentence's start: "All rights reserved", "Published by/under licence", a DOI.
 */
const COPYRIGHT = /(?:©|\([Cc]\)(?=\s*(?:\d{4}|Copyright|The Authors?\b|Published\b))|\b(?:Crown\s+)?Copyright\s*(?=©|\([Cc]\)|\d{4}))/g;
const SENTENCE_NOTE = /(?:\bAll rights reserved\b|\bPublished (?:by|under licen[cs]e)\b|\[?\b(?:DOI|doi)\s*:?\s*10\.\d{4,9}\/)/g;
/**
 * Notes are short: a longer tail after one of those openings is more text of the abstract, kept whole. A copyright
 * mark may open a longer one (an open-access licence: "© 2024 authors. Published by the American Physical Society
 * under the terms of the Creative Commons Attribution 4.0 International license. Further distribution…").
 */
const MAX_NOTE_LENGTH = 300;
const MAX_COPYRIGHT_NOTE_LENGTH = 700;

/**
 * `abstract` without the publisher notes that end it: from the first note opening near its end to its end. An abstract that is only a note is kept: nothing else would be left of it.
 */
export function withoutPublisherNotes(abstract: string): string {
  if (abstract.length === 0) return abstract;
  const at = Math.min(
    firstOpening(abstract, COPYRIGHT, Math.max(0, abstract.length - MAX_COPYRIGHT_NOTE_LENGTH), afterSpace),
    firstOpening(abstract, SENTENCE_NOTE, Math.max(0, abstract.length - MAX_NOTE_LENGTH), startsSentence),
  );
  if (at === Infinity) return abstract;
  const kept = abstract.slice(0, at).trimEnd();
  return kept.length > 0 ? kept : abstract;
}

function firstOpening(text: string, opening: RegExp, from: number, fits: (text: string, at: number) => boolean): number {
  opening.lastIndex = from;
  for (let m = opening.exec(text); m; m = opening.exec(text)) if (fits(text, m.index)) return m.index;
  return Infinity;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';
}

/** Is `at` the start of the text or after a space? */
function afterSpace(text: string, at: number): boolean {
  return at === 0 || isSpace(text[at - 1]);
}

/** Is `at` the start of the text or of a sentence: after a sentence's end (. ? ! or a closing bracket after one)? */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  if (i < 0) return true;
  if (i === at - 1) return false; // glued to the word before
  const c = text[i]!;
  return c === '.' || c === '?' || c === '!' || c === ')' || c === ']' || c === '"' || c === '”';
}

/**
 * Writing a thesaurus as TSV (what `papergraph candidates` hands the user to edit): VOSviewer's header, then each
 * rule with comments above it; rules for review are written commented out. What is written reads back with
 * parseThesaurus to the same rules, without errors.
 */
import { entityKeyParts, nameForm, type ThesaurusKind } from './names.ts';
import { quoteField } from './parse.ts';

export interface ThesaurusLine {
  from: string;
  /** '' drops. */
  to: string;
  kind?: ThesaurusKind;
  /** Lines of comment written above the rule (the reason). */
  comments?: string[];
  /** false: the rule is written after `# `, for a person to enable. */
  active: boolean;
}

// Control characters (C0, DEL, C1): none may reach a file a person opens in a terminal or an editor.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** A name a rule can hold and parseThesaurus reads back as itself (a label or a node key). */
function isWritableName(name: string): boolean {
  return name === name.trim() && !CONTROL.test(name) && !name.startsWith('#') && nameForm(name) !== '';
}

/**
 * The name a thesaurus line can use for an entity: its label when the label reads back as itself (no tab, line
 * break or control character, no `#` in front or spaces around, not shaped like a node key), else its node key.
 */
export function thesaurusName(label: string, key: string): string {
  return isWritableName(label) && entityKeyParts(label) === undefined ? label : key;
}

function commentText(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A TSV thesaurus: `preamble` as comment lines, VOSviewer's header (with `kind`), then the rules in order. */
export function thesaurusTSV(lines: readonly ThesaurusLine[], preamble: readonly string[] = []): string {
  const out: string[] = preamble.map((line) => `# ${commentText(line)}`.trimEnd());
  out.push('label\treplace by\tkind');
  for (const line of lines) {
    if (!isWritableName(line.from) || (line.to !== '' && !isWritableName(line.to))) {
      throw new Error(`thesaurusTSV: ${JSON.stringify(line.from)} → ${JSON.stringify(line.to)} cannot be written as names (see thesaurusName)`);
    }
    out.push('');
    for (const comment of line.comments ?? []) out.push(`# ${commentText(comment)}`.trimEnd());
    // (a name in double quotes is quoted again, as a spreadsheet would, so that it reads back with its quotes)
    const rule = [quoteField(line.from), quoteField(line.to), ...(line.kind ? [line.kind] : [])].join('\t');
    out.push(line.active ? rule : `# ${rule}`);
  }
  return `${out.join('\n')}\n`;
}

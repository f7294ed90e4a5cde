/**
 * Reading a thesaurus file: the user's rules to merge, rename or drop entities, in the spirit of VOSviewer's
 * thesaurus files. Two forms, told apart by content:
 *
 * - TSV: one rule per line, `from<TAB>to[<TAB>kind]`. An empty `to` drops the entity. A first line
 *   `label<TAB>replace by` (VOSviewer's header, optionally with `<TAB>kind`) is skipped; blank lines and lines starting
 *   with `#` are comments. A field in double quotes is read as a spreadsheet writes one (`"Jose M. Alvarez"` is
 *   Jose M. Alvarez, `""` inside is one `"`).
 * - JSON: an array of rules, `[{ "from": "GPT4", "to": "GPT-4", "kind": "model" }, { "from": "baseline", "to": "" }]`
 *   (`to` is required, `""` drops; `kind` is optional). One shape only, the TSV's rows as objects, so the two forms
 *   say the same things.
 *
 * Every bad line is an error naming its line (TSV) or record (JSON: the rule's place in the array, kept 0-based in
 * `record` like an input's records and written 1-based, `record 1` for the first, as every message writes records): a
 * thesaurus is a small file a person wrote, and a rule silently skipped would leave a wrong entity on the map. A
 * thesaurus without a rule is read, with a warning.
 */
import { ENTITY_KINDS } from '../contract/kinds.ts';
import { BAD_BYTES_MESSAGE, decodeText } from '../ingest/encoding.ts';
import { jsonErrorLine } from '../ingest/json.ts';
import { naturalName } from '../ingest/names.ts';
import type { InputIssue } from '../types.ts';
import { nameForm, quotedName, ruleKeyParts, ruleKindFromText, shownText, type ThesaurusKind } from './names.ts';

export interface ThesaurusRule {
  /** A label, alias or node key (`model:gpt-4`, `author:geoffrey-e-hinton`), matched in normalised form (see nameForm). */
  from: string;
  /** The label (or node key) the entity becomes; an empty string drops it. */
  to: string;
  /** Only entities of this kind match; `author`: an author rule (see ThesaurusKind). */
  kind?: ThesaurusKind;
  /** Where the rule is written: a 1-based line (TSV) or a 0-based record, its index in the array (JSON). */
  line?: number;
  record?: number;
}

export interface Thesaurus {
  /** The file's name, as the graph attribute `thesaurus.source` and the warnings give it. */
  source: string;
  rules: ThesaurusRule[];
  /** What reading noticed without refusing the file (a name with two rules); the build reports them as warnings. */
  warnings: InputIssue[];
}

export interface ParsedThesaurus {
  thesaurus: Thesaurus;
  /** Bad lines or entries; the rules hold only the good ones. */
  errors: InputIssue[];
}

const KIND_WORDS = [...ENTITY_KINDS, 'author'].join(', ');

/** Whether a thesaurus text is the JSON form (else TSV): its first character that is not a space is `[` or `{`. */
export function isJsonThesaurus(text: string): boolean {
  const first = /\S/.exec(text.replace(/^\uFEFF/, ''));
  return first !== null && (first[0] === '[' || first[0] === '{');
}

/**
 * A thesaurus file's bytes → its text, decoded as the inputs are (decodeText): UTF-8, or UTF-16 announced by its byte
 * order mark (a spreadsheet's "Unicode text"); bytes that are not UTF-8 are read as Latin-1, with a warning naming each
 * line that held some.
 */
export function decodeThesaurus(bytes: Uint8Array, source: string): { text: string; warnings: InputIssue[] } {
  const { text, linesWithBadBytes } = decodeText(bytes);
  return { text, warnings: linesWithBadBytes.map((line) => ({ file: source, line, message: `${BAD_BYTES_MESSAGE}: read as Latin-1 (windows-1252); save the file as UTF-8` })) };
}

/**
 * A thesaurus file → its rules, with every bad line or record reported (see the module comment). Given as bytes
 * (what the CLI reads, what the viewer is handed), it is decoded first (decodeThesaurus).
 */
export function parseThesaurus(input: string | Uint8Array, source: string): ParsedThesaurus {
  const decoded = typeof input === 'string' ? { text: input, warnings: [] } : decodeThesaurus(input, source);
  const text = decoded.text;
  const parsed = isJsonThesaurus(text) ? parseJson(text, source) : parseTsv(text, source);
  const warnings = [...decoded.warnings, ...checkRepeats(parsed.rules, source)];
  if (parsed.rules.length === 0 && parsed.errors.length === 0) {
    warnings.push({ file: source, message: 'no rules: the thesaurus is empty or holds only comments, and changes nothing' });
  }
  return { thesaurus: { source, rules: parsed.rules, warnings }, errors: parsed.errors };
}

const QUOTED = /^"((?:[^"]|"")*)"$/s;

/**
 * A TSV field as a spreadsheet writes it: one pair of double quotes around it removed, `""` inside read as `"`
 * (`"Jose M. Alvarez"` → Jose M. Alvarez). A field that is not quoted that way (`"a" and "b"`) is kept as it is.
 */
export function unquoteField(field: string): string {
  const quoted = QUOTED.exec(field.trim());
  return quoted ? quoted[1]!.replace(/""/g, '"') : field;
}

/** A name written as a TSV field that reads back as itself: quoted like a spreadsheet when unquoteField would change it. */
export function quoteField(name: string): string {
  return QUOTED.test(name.trim()) ? `"${name.replace(/"/g, '""')}"` : name;
}

interface RawParse {
  rules: ThesaurusRule[];
  errors: InputIssue[];
}

function isHeader(cells: string[]): boolean {
  const words = cells.map((cell) => cell.trim().toLowerCase());
  return words[0] === 'label' && words[1] === 'replace by' && (words.length === 2 || (words.length === 3 && words[2] === 'kind'));
}

function parseTsv(text: string, source: string): RawParse {
  const rules: ThesaurusRule[] = [];
  const errors: InputIssue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let seenContent = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const bad = (message: string) => errors.push({ file: source, line, message });
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t').map(unquoteField);
    if (!seenContent) {
      seenContent = true;
      if (isHeader(cells)) return;
    }
    if (cells.length < 2) {
      // A spreadsheet saved as CSV: said so, with what to do.
      const separator = raw.includes(',') ? 'commas' : raw.includes(';') ? 'semicolons' : undefined;
      bad(
        separator
          ? `expected tab-separated from<TAB>to, found ${separator} but no tab (a CSV file? save it as tab-separated text)`
          : 'expected tab-separated from<TAB>to, found no tab (an empty "to" after the tab drops the entity)',
      );
      return;
    }
    if (cells.length > 3) {
      bad(`expected from<TAB>to<TAB>kind, found ${cells.length} tab-separated columns`);
      return;
    }
    const rule = makeRule(cells[0]!, cells[1]!, cells[2], bad);
    if (rule) rules.push({ ...rule, line });
  });
  return { rules, errors };
}

function parseJson(text: string, source: string): RawParse {
  const rules: ThesaurusRule[] = [];
  const errors: InputIssue[] = [];
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    errors.push({ file: source, line: jsonErrorLine(error, body), message: `not valid JSON: ${(error as Error).message}` });
    return { rules, errors };
  }
  if (!Array.isArray(value)) {
    errors.push({ file: source, message: 'expected a JSON array of rules like {"from": "GPT4", "to": "GPT-4", "kind": "model"}' });
    return { rules, errors };
  }
  value.forEach((entry: unknown, record) => {
    const bad = (message: string) => errors.push({ file: source, record, message });
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      bad('expected an object {"from": …, "to": …, "kind"?: …}');
      return;
    }
    const fields = entry as Record<string, unknown>;
    const unknown = Object.keys(fields).filter((name) => name !== 'from' && name !== 'to' && name !== 'kind');
    if (unknown.length > 0) {
      bad(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map(quotedName).join(', ')} (expected from, to, kind)`);
      return;
    }
    if (typeof fields.from !== 'string') {
      bad('"from" must be a string');
      return;
    }
    if (typeof fields.to !== 'string') {
      bad('"to" must be a string ("" drops the entity)');
      return;
    }
    if (fields.kind !== undefined && typeof fields.kind !== 'string') {
      bad(`"kind" must be one of ${KIND_WORDS}`);
      return;
    }
    const rule = makeRule(fields.from, fields.to, fields.kind, bad);
    if (rule) rules.push({ ...rule, record });
  });
  return { rules, errors };
}

function makeRule(fromText: string, toText: string, kindText: string | undefined, bad: (message: string) => void): ThesaurusRule | undefined {
  const from = fromText.trim();
  const to = toText.trim();
  if (/[\t\r\n]/.test(from) || /[\t\r\n]/.test(to)) {
    bad('a name cannot hold a tab or a line break');
    return undefined;
  }
  if (from === '' || nameForm(from) === '') {
    bad(from === '' ? 'empty "from"' : `"from" ${quotedName(from)} has no letter or digit to match`);
    return undefined;
  }
  if (to !== '' && nameForm(to) === '') {
    bad(`"to" ${quotedName(to)} has no letter or digit`);
    return undefined;
  }
  const rule: ThesaurusRule = { from, to };
  const fromKey = ruleKeyParts(from);
  if (kindText !== undefined && kindText.trim() !== '') {
    const kind = ruleKindFromText(kindText);
    if (!kind) {
      bad(`unknown kind ${quotedName(kindText.trim())} (expected ${KIND_WORDS}, or nothing for any entity kind)`);
      return undefined;
    }
    if (fromKey && fromKey.kind !== kind) {
      bad(`"from" is the key of a ${fromKey.kind} but the rule is restricted to ${kind}`);
      return undefined;
    }
    rule.kind = kind;
  }
  // Authors and entities are told apart by the rule, never by the name: a rule moves a person onto a person only.
  const authorRule = rule.kind === 'author' || fromKey?.kind === 'author';
  const toKey = ruleKeyParts(to);
  if (toKey && (toKey.kind === 'author') !== authorRule) {
    bad(authorRule ? `an author's rule cannot send it to ${shownText(to)}, which is not an author's key` : `"to" ${quotedName(to)} is an author's key: only an author rule (kind author) can name one`);
    return undefined;
  }
  return rule;
}

/** Whether a rule changes authors (kind `author`, or a `from` written as an author's key) rather than entities. */
export function isAuthorRule(rule: ThesaurusRule): boolean {
  return rule.kind === 'author' || ruleKeyParts(rule.from)?.kind === 'author';
}

/**
 * A thesaurus as its entity rules and its author rules, each planned on its own (plan.ts): the first keeps reading's
 * warnings, so each is reported once.
 */
export function splitThesaurus(thesaurus: Thesaurus): { entities: Thesaurus; authors: Thesaurus } {
  return {
    entities: { ...thesaurus, rules: thesaurus.rules.filter((rule) => !isAuthorRule(rule)) },
    authors: { source: thesaurus.source, rules: thesaurus.rules.filter(isAuthorRule).map(naturalRule), warnings: [] },
  };
}

/**
 * An author rule with its names in the order the graph's names have: exports write `Hinton, G.`, which reading
 * turned into `G. Hinton` (ingest's naturalName, applied here the same way), so the rule names what the file named.
 */
function naturalRule(rule: ThesaurusRule): ThesaurusRule {
  const natural = (name: string) => (name === '' || ruleKeyParts(name) ? name : naturalName(name));
  return { ...rule, from: natural(rule.from), to: natural(rule.to) };
}

/** Where a rule is written, for messages: `line 3`, or `record 3` for the third rule of a JSON array (as sourceLabel counts). */
export function ruleWhere(rule: ThesaurusRule): string {
  return rule.line !== undefined ? `line ${rule.line}` : rule.record !== undefined ? `record ${rule.record + 1}` : 'a rule';
}

/**
 * The same `from` (same normalised form and kind) written twice: the first rule wins. The later one is left out
 * with a warning naming both lines — a repeat, or one that would send the name elsewhere.
 */
function checkRepeats(rules: ThesaurusRule[], source: string): InputIssue[] {
  const warnings: InputIssue[] = [];
  const seen = new Map<string, ThesaurusRule>();
  const removed = new Set<ThesaurusRule>();
  for (const rule of rules) {
    const id = `${rule.kind ?? '*'}\t${nameForm(rule.from)}`;
    const first = seen.get(id);
    if (!first) {
      seen.set(id, rule);
      continue;
    }
    const where = { file: source, ...(rule.line !== undefined ? { line: rule.line } : {}), ...(rule.record !== undefined ? { record: rule.record } : {}) };
    if (nameForm(first.to) === nameForm(rule.to) && (first.to === '') === (rule.to === '')) {
      warnings.push({ ...where, message: `repeats the rule for ${quotedName(rule.from)} at ${ruleWhere(first)}` });
    } else {
      const target = (to: string) => (to === '' ? 'drops it' : `sends it to ${quotedName(to)}`);
      warnings.push({
        ...where,
        message: `${quotedName(rule.from)} already has a rule at ${ruleWhere(first)}, which ${target(first.to)}: this one (which ${target(rule.to)}) is not applied, the first rule wins`,
      });
    }
    removed.add(rule);
  }
  for (let i = rules.length - 1; i >= 0; i--) if (removed.has(rules[i]!)) rules.splice(i, 1);
  return warnings;
}

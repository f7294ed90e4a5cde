/**
 * The review queue of `pnpm mine` (mine.ts): its columns, reading a reviewed queue, and adding accepted names to a
 * lexicon file without touching the rest of it.
 */
export const QUEUE_COLUMNS = ['accept', 'kind', 'name', 'papers', 'score', 'rules', 'examples', 'context'] as const;

/** A queue cell: tabs and line breaks cannot be in a TSV cell. */
export const queueCell = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

/** Rows as a TSV queue under QUEUE_COLUMNS, which `pnpm mine --accept` reads: each row's cells in the columns' order. */
export function queueTsv(rows: Iterable<readonly string[]>): string {
  const lines = [QUEUE_COLUMNS.join('\t')];
  for (const row of rows) lines.push(row.map(queueCell).join('\t'));
  return lines.join('\n') + '\n';
}
export const KINDS = ['model', 'dataset', 'method'] as const;
export type Kind = (typeof KINDS)[number];

export interface AcceptedRow {
  kind: Kind;
  name: string;
  papers: string;
  examples: string;
}

/** A word of a name that names nothing by itself: a number, size, count or version (`7`, `8B`, `1.5`, `4K`, `3x`, `v2`). */
const QUANTITY = /^(?:v?\d+(?:[.,]\d+)*[bmktx×]?|to)$/i;

/**
 * Whether a mined name can go into a lexicon: it holds a letter, and a word that is not a number, size, count or
 * version (`7-8B`, `13B–70B`, `1.5B`, `4K`, `v2`, `2024` are not names; `Zorb-7B`, `T5`, `o1` are).
 */
export function isEntityName(name: string): boolean {
  if (!/\p{L}/u.test(name)) return false;
  return name.split(/[\s\-–—_/~]+/).some((word) => word !== '' && !QUANTITY.test(word));
}

/**
 * The rows of a reviewed queue marked for acceptance (`y`, `yes`, `x` or `1` in the accept column). A marked row
 * whose kind is not one of KINDS, or whose name is no name (isEntityName), is an error naming its line.
 */
export function acceptedRows(text: string): AcceptedRow[] {
  const lines = text.split(/\r?\n/);
  const head = lines.shift()?.split('\t') ?? [];
  const col = (n: string) => head.indexOf(n);
  for (const n of ['accept', 'kind', 'name']) if (col(n) < 0) throw new Error(`queue: no "${n}" column (expected ${QUEUE_COLUMNS.join(', ')})`);
  const out: AcceptedRow[] = [];
  lines.forEach((l, index) => {
    if (!l.trim()) return;
    const c = l.split('\t');
    if (!/^(?:y|yes|x|1)$/i.test((c[col('accept')] ?? '').trim())) return;
    const kind = (c[col('kind')] ?? '').trim().toLowerCase();
    if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`queue: kind "${kind}" of "${c[col('name')]}" is not model, dataset or method`);
    const name = (c[col('name')] ?? '').trim();
    if (name && !isEntityName(name)) {
      throw new Error(`queue line ${index + 2}: "${name}" is not a name (a number, size or range): write the name it belongs to, or unmark the row`);
    }
    if (name) out.push({ kind: kind as Kind, name, papers: (c[col('papers')] ?? '').trim(), examples: (c[col('examples')] ?? '').trim() });
  });
  return out;
}

/** The family of a mined model name: without a trailing size, version or variant ("Zephyrus-13B-Instruct" → "Zephyrus"). */
export function modelFamily(name: string): string {
  const m = /^(.*?[A-Za-z])(?:[-_ ]?(?:v?\d+(?:\.\d+)*[BMKbmk]?|Instruct|Chat|Base|VL|Pro|Mini|Large|Small|XL))+$/.exec(name);
  if (!m) return name;
  const family = m[1]!.replace(/[-_ ]+$/, '');
  // A one-letter word left at the end is no family: the digits after it are the name ("OpenAI o1", "DeepSeek R1").
  return /(?:^|[-_ ])[A-Za-z]$/.test(family) ? name : family;
}

/**
 * `text` (a lexicon file) with `group` appended to its "groups" array, the rest of the file unchanged byte for byte
 * (the files are hand-formatted differently: models.json is not JSON.stringify's layout).
 */
export function appendGroup(text: string, group: Record<string, unknown>): string {
  const key = text.indexOf('"groups"');
  if (key < 0) throw new Error('lexicon: no "groups"');
  const open = text.indexOf('[', key);
  let depth = 0;
  let inString = false;
  let close = -1;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    }
  }
  if (close < 0) throw new Error('lexicon: "groups" is not closed');
  let end = close;
  while (end > open && /\s/.test(text[end - 1]!)) end--;
  const indent = '  ';
  const body = JSON.stringify(group, null, 1)
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
  const sep = text[end - 1] === '[' ? '\n' : ',\n';
  return text.slice(0, end) + sep + body + '\n ' + text.slice(close);
}


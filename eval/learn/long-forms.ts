/**
 * `pnpm mine --long-forms`: the long forms a corpus defines for acronyms the lexicons already hold, that the lexicons
 * do not know ("Humanity's Last Exam (HLE)" while the dataset lexicon has only HLE). A paper that writes only the long
 * form then misses the entity, or gets a second node for it. Like the names queue, this is a list for a reviewer, who
 * adds the long forms that name the entry (not a description of it) as aliases in the lexicons' long-forms groups.
 */
import { findAcronyms } from '../../packages/core/src/extract/acronyms.ts';
import { DATASETS, METHODS, lexiconDecision } from '../../packages/core/src/extract/known.ts';
import { familyNamed } from '../../packages/core/src/extract/models.ts';
import type { Paper } from './data.ts';
import type { Kind } from './queue.ts';

export interface LongFormRow {
  kind: Kind;
  /** The lexicon entry's label (the node a paper gets). */
  entry: string;
  /** The acronym as the papers write it. */
  acronym: string;
  /** The long form most often written for it. */
  longForm: string;
  /** Papers defining the acronym by this long form, and by any long form. */
  defined: number;
  definitions: number;
  /** Papers that write the long form without the acronym: what adding it gains. */
  alone: number;
  examples: string[];
}

/** A long form's key: letters and digits in lower case, a plural s dropped ("Denoising Diffusion Models" = "…model"). */
export function longFormKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/s$/, '');
}

/** The lexicon entry an acronym names, with its kind, or undefined. */
function entryOf(acronym: string): { kind: Kind; label: string } | undefined {
  const method = METHODS.lookup(acronym);
  if (method) return { kind: 'method', label: method.label };
  const dataset = DATASETS.lookup(acronym);
  if (dataset) return { kind: 'dataset', label: dataset.label };
  const family = familyNamed(acronym);
  if (family && family.require === null) return { kind: 'model', label: family.label };
  return undefined;
}

interface Tally {
  kind: Kind;
  entry: string;
  acronym: string;
  definitions: number;
  byKey: Map<string, { papers: number; forms: Map<string, number>; examples: string[] }>;
}

/**
 * Acronyms of lexicon entries defined in at least `minDefined` papers by one long form no lexicon reads, most
 * defined first. Pure: the papers in, the rows out.
 */
export function mineLongForms(papers: readonly Paper[], minDefined = 3): LongFormRow[] {
  const tallies = new Map<string, Tally>();
  for (const paper of papers) {
    const text = `${paper.title}\n${paper.abstract}`;
    const seen = new Set<string>();
    for (const def of findAcronyms(text)) {
      const entry = entryOf(def.short);
      if (!entry) continue;
      const key = longFormKey(def.long);
      const once = `${entry.kind}:${entry.label}\u0000${key}`;
      if (seen.has(once)) continue;
      seen.add(once);
      const id = `${entry.kind}:${entry.label}`;
      let tally = tallies.get(id);
      if (!tally) tallies.set(id, (tally = { kind: entry.kind, entry: entry.label, acronym: def.short, definitions: 0, byKey: new Map() }));
      if (!seen.has(id)) {
        seen.add(id);
        tally.definitions++;
      }
      // (a long form the lexicons already read, as this entry or another, is no gap)
      if (lexiconDecision(def.long) !== undefined) continue;
      let form = tally.byKey.get(key);
      if (!form) tally.byKey.set(key, (form = { papers: 0, forms: new Map(), examples: [] }));
      form.papers++;
      form.forms.set(def.long, (form.forms.get(def.long) ?? 0) + 1);
      if (form.examples.length < 3) form.examples.push(paper.id);
    }
  }
  const rows: LongFormRow[] = [];
  for (const tally of tallies.values()) {
    for (const form of tally.byKey.values()) {
      if (form.papers < minDefined) continue;
      const longForm = [...form.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
      rows.push({ kind: tally.kind, entry: tally.entry, acronym: tally.acronym, longForm, defined: form.papers, definitions: tally.definitions, alone: 0, examples: form.examples });
    }
  }
  countAlone(papers, rows);
  return rows.sort((a, b) => b.defined - a.defined || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0) || (a.longForm < b.longForm ? -1 : 1));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A long form as papers write it, for counting them: its first word in lower case (a quick substring test first) and a
 * pattern of its words in any case, any separators between them, a plural ending; with `outsideDefinitions` the
 * pattern refuses the long form right before a parenthesis (where a paper defines it).
 */
export function writtenLongForm(longForm: string, outsideDefinitions = false): { first: string; long: RegExp } {
  const words = longForm.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const definition = outsideDefinitions ? '(?!\\s*\\()' : '';
  return {
    first: words[0]!.toLowerCase(),
    long: new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('[^\\p{L}\\p{N}]{0,3}')}(?:s|es)?(?![\\p{L}\\p{N}])${definition}`, 'iu'),
  };
}

/** Papers that write each row's long form (any case, any separators, a plural s) but not its acronym. */
function countAlone(papers: readonly Paper[], rows: LongFormRow[]): void {
  const tests = rows.map((row) => ({
    ...writtenLongForm(row.longForm),
    short: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(row.acronym)}s?(?![\\p{L}\\p{N}])`, 'u'),
  }));
  for (const paper of papers) {
    const text = `${paper.title}\n${paper.abstract}`;
    const lower = text.toLowerCase();
    tests.forEach((test, i) => {
      if (lower.includes(test.first) && test.long.test(text) && !test.short.test(text)) rows[i]!.alone++;
    });
  }
}

export const LONG_FORM_COLUMNS = ['kind', 'entry', 'acronym', 'long form', 'defined', 'of definitions', 'alone', 'examples'] as const;

/** The rows as TSV (with a header) or as a Markdown table. */
export function longFormTable(rows: readonly LongFormRow[], markdown: boolean): string {
  const cells = (r: LongFormRow) => [r.kind, r.entry, r.acronym, r.longForm, String(r.defined), String(r.definitions), String(r.alone), r.examples.join(' ')];
  if (!markdown) return [LONG_FORM_COLUMNS.join('\t'), ...rows.map((r) => cells(r).join('\t'))].join('\n') + '\n';
  const row = (c: readonly string[]) => `| ${c.map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [row(LONG_FORM_COLUMNS), row(LONG_FORM_COLUMNS.map(() => '---')), ...rows.map((r) => row(cells(r)))].join('\n') + '\n';
}

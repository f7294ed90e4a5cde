/**
 * `pnpm mine --techniques`: named techniques the corpus defines by an acronym ("successive interference cancellation
 * (SIC)") that no lexicon knows. A paper that defines one is read by the acronym rules already; the papers that only
 * write the name ("… decoded with successive interference cancellation") miss it. The names queue (mine.ts) cannot
 * offer these: its candidates are coined tokens, and a technique's name is a lower-case phrase. Like the other queues,
 * this is a list for a reviewer, who keeps the rows that name a technique a reader would search for (not a class of
 * models, a kind of data, a task or a metric); `pnpm mine --accept` adds them to the methods lexicon.
 */
import { findAcronyms } from '../../packages/core/src/extract/acronyms.ts';
import { lexiconDecision } from '../../packages/core/src/extract/known.ts';
import { sentenceAt } from '../../packages/core/src/extract/paper-text.ts';
import { sentenceStarts } from '../../packages/core/src/text/sentences.ts';
import type { Paper } from './data.ts';
import { longFormKey, writtenLongForm } from './long-forms.ts';
import { queueTsv } from './queue.ts';

export interface TechniqueRow {
  /** The long form as most papers write it. */
  longForm: string;
  /** The acronym most papers define it by. */
  acronym: string;
  /** Papers defining it by an acronym. */
  defined: number;
  /** Share of the corpus's definitions of that acronym that are this long form (1 = the acronym means only this). */
  acronymShare: number;
  /** Papers that write the long form without defining any acronym for it: what adding it gains. */
  alone: number;
  examples: string[];
  context: string;
}

/**
 * Last words of long forms that name no technique: kinds of data and collections, models as artefacts, tasks'
 * settings, measures, organisations and places. A reviewer would refuse them all; leaving them out keeps the queue
 * short enough to read.
 */
const NOT_TECHNIQUE_LAST = new Set([
  'dataset', 'datasets', 'benchmark', 'benchmarks', 'corpus', 'corpora', 'database', 'suite', 'challenge', 'competition',
  'score', 'scores', 'rate', 'ratio', 'error', 'accuracy', 'index', 'metric', 'metrics', 'distance', 'loss',
  'university', 'institute', 'agency', 'administration', 'organization', 'organisation', 'association', 'laboratory',
  'center', 'centre', 'council', 'committee', 'foundation', 'consortium', 'project', 'program', 'programme', 'survey',
  'disease', 'disorder', 'syndrome', 'cancer', 'tumor', 'tumour', 'patients', 'patient', 'cell', 'cells', 'protein',
  'vehicle', 'vehicles', 'robot', 'robots', 'device', 'devices', 'sensor', 'sensors', 'system', 'systems', 'unit', 'units',
  'task', 'tasks', 'problem', 'problems', 'setting', 'scenario', 'scenarios', 'environment', 'environments',
  'language', 'languages', 'data', 'image', 'images', 'video', 'videos', 'signal', 'signals', 'region', 'regions',
  'tomography', 'imaging', 'scan', 'scans', 'resonance', 'act', 'law', 'regulation', 'standard', 'protocol',
]);

interface Tally {
  papers: number;
  forms: Map<string, number>;
  acronyms: Map<string, number>;
  examples: string[];
  context: string;
}

/** A long form worth a row: two words at least, letters, no digits-only word, under 60 characters. */
function isTechniqueShaped(long: string): boolean {
  const words = long.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || long.length > 60) return false;
  const last = words[words.length - 1]!.toLowerCase();
  if (NOT_TECHNIQUE_LAST.has(last)) return false;
  // (a name that starts with a number or a determiner is a description: "two-stage training", "the proposed method")
  return /^\p{L}/u.test(long) && !/^(?:a|an|the|our|this|these|two|three|four|novel|new|proposed)\b/i.test(long);
}

/**
 * Long forms defined by an acronym in at least `minDefined` papers, that no lexicon reads and whose last word names no
 * data, measure, artefact or setting, most defined first. Pure: the papers in, the rows out.
 */
export function mineTechniques(papers: readonly Paper[], minDefined = 5): TechniqueRow[] {
  const byKey = new Map<string, Tally>();
  const acronymDefinitions = new Map<string, number>();
  for (const paper of papers) {
    const text = `${paper.title}\n${paper.abstract}`;
    const seen = new Set<string>();
    for (const def of findAcronyms(text)) {
      const once = `\u0001${def.short}`;
      if (!seen.has(once)) {
        seen.add(once);
        acronymDefinitions.set(def.short, (acronymDefinitions.get(def.short) ?? 0) + 1);
      }
      if (!isTechniqueShaped(def.long)) continue;
      const key = longFormKey(def.long);
      if (seen.has(key)) continue;
      seen.add(key);
      let tally = byKey.get(key);
      if (!tally) byKey.set(key, (tally = { papers: 0, forms: new Map(), acronyms: new Map(), examples: [], context: '' }));
      tally.papers++;
      tally.forms.set(def.long, (tally.forms.get(def.long) ?? 0) + 1);
      tally.acronyms.set(def.short, (tally.acronyms.get(def.short) ?? 0) + 1);
      if (tally.examples.length < 3) tally.examples.push(paper.id);
      if (!tally.context) tally.context = sentenceAt(text, titleAndSentenceStarts(paper), def.start).slice(0, 200);
    }
  }
  const rows: TechniqueRow[] = [];
  for (const tally of byKey.values()) {
    if (tally.papers < minDefined) continue;
    const longForm = mostWritten(tally.forms);
    if (lexiconDecision(longForm) !== undefined || lexiconDecision(longForm.toLowerCase()) !== undefined) continue;
    const acronym = mostWritten(tally.acronyms);
    const share = (tally.acronyms.get(acronym) ?? 0) / (acronymDefinitions.get(acronym) ?? 1);
    rows.push({ longForm, acronym, defined: tally.papers, acronymShare: Math.round(share * 100) / 100, alone: 0, examples: tally.examples, context: tally.context });
  }
  countAlone(papers, rows);
  return rows.sort((a, b) => b.defined + b.alone - (a.defined + a.alone) || (a.longForm < b.longForm ? -1 : a.longForm > b.longForm ? 1 : 0));
}

/** The key counted most often (the first in code-unit order of equals): the spelling most papers write. */
export function mostWritten(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Where the title and each abstract sentence start in `title\nabstract` (the sentences as core splits them). */
export function titleAndSentenceStarts(paper: Paper): number[] {
  return [0, ...sentenceStarts(paper.abstract).map((s) => s + paper.title.length + 1)];
}

/** Papers that write each row's long form (any case, any separators, a plural s) other than where they define it. */
function countAlone(papers: readonly Paper[], rows: TechniqueRow[]): void {
  const tests = rows.map((row) => writtenLongForm(row.longForm, true));
  for (const paper of papers) {
    const text = `${paper.title}\n${paper.abstract}`;
    const lower = text.toLowerCase();
    tests.forEach((test, i) => {
      if (lower.includes(test.first) && test.long.test(text)) rows[i]!.alone++;
    });
  }
}

/**
 * The rows as a names queue (mine.ts's columns, so `pnpm mine --accept` reads it): kind method, name "long form" or,
 * where the acronym means this long form in at least `acronymShareMin` of the corpus's definitions of it, "long
 * form|ACRONYM"; papers = defined + alone; score = the acronym's share; rules = defined and alone counts.
 */
export function techniqueQueue(rows: readonly TechniqueRow[], acronymShareMin = 0.8): string {
  return queueTsv(
    rows.map((r) => {
      const name = r.acronymShare >= acronymShareMin && lexiconDecision(r.acronym) === undefined ? `${r.longForm}|${r.acronym}` : r.longForm;
      return ['', 'method', name, String(r.defined + r.alone), String(r.acronymShare), `defined ${r.defined}, alone ${r.alone}`, r.examples.join(' '), r.context];
    }),
  );
}

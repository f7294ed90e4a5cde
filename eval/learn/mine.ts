/**
 * `pnpm mine`: a review queue of frequent candidate names from the 2025-26 corpus that no lexicon knows, by the
 * learned classifier's guess of their kind and by document frequency, with example papers, for a person to accept
 * into the lexicons. Mined names are never matched directly (the issue's experiment: that adds a few hits and many
 * more false ones); a reviewer decides.
 *
 *   pnpm mine [--min-df 5] [--per-kind 200] [--out queue.tsv|queue.md] [--limit N]
 *   pnpm mine --accept queue.tsv [--lexicons DIR] [--date YYYY-MM-DD]
 *
 * The queue (TSV) has the columns accept, kind, name, papers, score, rules, examples, context. Put `y` in `accept`
 * (and correct `kind` if the guess is wrong: model, dataset or method) for the rows to add; `--accept` appends them to
 * lexicons/models.json, datasets.json or methods.json as one new group per file, whose provenance says where the names
 * were mined from, from which example papers and when they were accepted. Names a lexicon already knows are skipped,
 * also those it reads only under a rule (SAM and SD only with a version, MATH only in capitals, CoTs as CoT) or refuses
 * (lexiconDecision), and the queue leaves them out;
 * a marked row whose name is a number, size or range (`7-8B`) is refused with its line, and the queue leaves such
 * names out. A corpus that holds no paper is an error (exit 2), not an empty queue.
 * A model row adds its family (the name without a size or version tail); check the group's `style` (join: Qwen2.5,
 * hyphen: Llama-2) and the tests afterwards (see docs/extraction.md, "Extending the lexicons").
 *
 *   pnpm mine --long-forms [--min-df 3] [--out long-forms.tsv|.md]
 *
 * lists the long forms the corpus defines for acronyms the lexicons hold but do not know (long-forms.ts).
 *
 *   pnpm mine --techniques [--min-df 5] [--out techniques.tsv]
 *
 * writes a names queue of techniques the corpus defines by an acronym and no lexicon knows (techniques.ts); a row's
 * name may carry its acronym and spellings as `long form|ACRONYM|spelling`, which --accept adds as one entry.
 *
 *   pnpm mine --phrases [--min-df 8] [--out phrases.tsv]
 *
 * writes a names queue of technique phrases the corpus writes and no lexicon knows ("hard negative mining"; phrases.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractPaperWith } from '../../packages/core/src/extract/paper.ts';
import { lexiconDecision } from '../../packages/core/src/extract/known.ts';
import { CLASSES, paperFeatureState, candidateFeatures } from '../../packages/core/src/extract/learned/features.ts';
import { SHIPPED, scoreCandidate, shippedStats } from '../../packages/core/src/extract/learned/classify.ts';
import { STAT } from '../../packages/core/src/extract/learned/stats.ts';
import { isRejectedName } from '../../packages/core/src/extract/learned/candidates.ts';
import { sentenceAt } from '../../packages/core/src/extract/paper-text.ts';
import { CORPUS, ROOT, corpusOrExit, wholeNumberOption } from './data.ts';
import { KINDS, acceptedRows, appendGroup, isEntityName, modelFamily, queueCell, queueTsv, type Kind } from './queue.ts';
import { longFormTable, mineLongForms } from './long-forms.ts';
import { mineTechniques, techniqueQueue } from './techniques.ts';
import { minePhrases, phraseQueue } from './phrases.ts';

const USAGE = `pnpm mine [--min-df 5] [--per-kind 200] [--out queue.tsv|queue.md] [--limit N] [--corpus PATH]
pnpm mine --accept queue.tsv [--lexicons DIR] [--date YYYY-MM-DD] [--corpus PATH]
pnpm mine --long-forms [--min-df 3] [--out long-forms.tsv|long-forms.md] [--limit N] [--corpus PATH]
pnpm mine --techniques [--min-df 5] [--out techniques.tsv] [--limit N] [--corpus PATH]
pnpm mine --phrases [--min-df 8] [--out phrases.tsv] [--limit N] [--corpus PATH]

Lists frequent candidate names of the corpus that no lexicon knows and the rules do not already read, by kind and
document frequency, for review; --accept adds the rows marked y of a TSV queue to the lexicons with their provenance
(--corpus: the corpus the queue was mined from, named in it); --long-forms lists the long forms the corpus defines for
acronyms the lexicons hold and do not know as their aliases; --techniques writes a queue of the techniques the corpus
defines by an acronym that no lexicon knows; --phrases a queue of technique phrases it writes ("hard negative mining")
that no lexicon knows (see docs/extraction.md).`;
const STRING_OPTIONS = ['corpus', 'limit', 'min-df', 'per-kind', 'out', 'lexicons', 'date', 'accept'] as const;
let values: Partial<Record<(typeof STRING_OPTIONS)[number], string>> & { help?: boolean; 'long-forms'?: boolean; techniques?: boolean; phrases?: boolean };
try {
  values = parseArgs({
    options: {
      ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' as const }])),
      help: { type: 'boolean', short: 'h' },
      'long-forms': { type: 'boolean' },
      techniques: { type: 'boolean' },
      phrases: { type: 'boolean' },
    },
  }).values as typeof values;
} catch (err) {
  console.error(`pnpm mine: ${(err as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const opt = (name: `--${(typeof STRING_OPTIONS)[number]}`): string | undefined =>
  values[name.slice(2) as (typeof STRING_OPTIONS)[number]];

/** A whole-number option of mine's (wholeNumberOption). */
const count = (name: '--limit' | '--min-df' | '--per-kind', fallback: number, least: number): number =>
  wholeNumberOption('pnpm mine', name, opt(name), fallback, least);

/**
 * Share of a name's papers in which the rules read it as one entity kind, from which it is no gap of the lexicons
 * (the rules take it, under this key or a shorter one: "OpenAI o1" is model o1 in every paper).
 */
const RULES_READ_SHARE = 0.8;


interface Row {
  kind: Kind;
  name: string;
  papers: number;
  score: number;
  rules: string;
  examples: string[];
  context: string;
}


function mine(): void {
  // The options first: a mistyped number stops before minutes of reading the corpus.
  const limit = count('--limit', Infinity, 1);
  const minDf = count('--min-df', 5, 1);
  const perKind = count('--per-kind', 200, 1);
  const corpus = corpusOrExit('pnpm mine', opt('--corpus') ?? CORPUS, `pnpm mine needs the corpus at ${opt('--corpus') ?? CORPUS} (not in the repository).`);
  interface Acc {
    forms: Map<string, number>;
    papers: number;
    lastPaper: string;
    scores: number[];
    examples: string[];
    context: string;
  }
  const acc = new Map<string, Acc>();
  // Names the lexicons already decide about, under whatever rule (memoised: a name recurs in many papers)
  const decided = new Map<string, boolean>();
  const lexiconDecides = (name: string) => {
    let known = decided.get(name);
    if (known === undefined) decided.set(name, (known = lexiconDecision(name) !== undefined));
    return known;
  };
  for (const p of corpus.slice(0, limit)) {
    extractPaperWith({ key: `paper:${p.id}`, title: p.title, abstract: p.abstract }, null, (ctx, rules) => {
      const st = paperFeatureState(ctx);
      ctx.candidates.forEach((c, i) => {
        if (c.source === 'phrase' || rules.has(c.key) || isRejectedName(c) || lexiconDecides(c.name)) return;
        let a = acc.get(c.key);
        if (!a) acc.set(c.key, (a = { forms: new Map(), papers: 0, lastPaper: '', scores: [0, 0, 0, 0], examples: [], context: '' }));
        a.forms.set(c.name, (a.forms.get(c.name) ?? 0) + 1);
        if (a.lastPaper === p.id) return;
        a.lastPaper = p.id;
        a.papers++;
        const s = SHIPPED.model.score(candidateFeatures(ctx, st, i));
        for (let k = 0; k < 4; k++) a.scores[k]! += s[k]!;
        if (a.examples.length < 3) a.examples.push(p.id);
        if (!a.context) a.context = sentenceAt(ctx.text, [...ctx.starts], c.start).slice(0, 200);
      });
    });
  }
  const rows: Row[] = [];
  for (const [key, a] of acc) {
    if (a.papers < minDf) continue;
    let k = 1;
    for (let j = 2; j < 4; j++) if (a.scores[j]! > a.scores[k]!) k = j;
    const margin = (a.scores[k]! - a.scores[0]!) / a.papers;
    if (margin <= 0) continue; // the classifier reads it as no entity on average
    const name = [...a.forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    // (a size or number read as a candidate, `7-8B`, is no name to offer)
    if (!isEntityName(name)) continue;
    // (nor a name a word list refuses as an entity of the kind guessed)
    if (lexiconDecision(name, CLASSES[k] as Kind) !== undefined) continue;
    const s = shippedStats(key);
    if (s && Math.max(s[STAT.model]!, s[STAT.dataset]!, s[STAT.method]!) >= RULES_READ_SHARE * s[STAT.df]!) continue;
    const rulesRead = s ? `model ${s[STAT.model]}, dataset ${s[STAT.dataset]}, method ${s[STAT.method]} of ${s[STAT.df]}` : '';
    rows.push({ kind: CLASSES[k] as Kind, name, papers: a.papers, score: Math.round(margin * 10) / 10, rules: rulesRead, examples: a.examples, context: a.context });
  }
  rows.sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind) || y.papers - x.papers || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const kept = KINDS.flatMap((k) => rows.filter((r) => r.kind === k).slice(0, perKind));
  const out = opt('--out');
  const text = out?.endsWith('.md') ? markdown(kept) : tsv(kept);
  if (out) {
    writeFileSync(out, text);
    const then = out.endsWith('.md')
      ? 'a Markdown queue is for reading: to accept names, write a TSV queue (--out queue.tsv), mark rows with "y", then: pnpm mine --accept queue.tsv'
      : `mark rows to accept with "y", then: pnpm mine --accept ${out}${opt('--corpus') ? ` --corpus ${opt('--corpus')}` : ''}`;
    console.error(`${kept.length} names (${KINDS.map((k) => `${k} ${kept.filter((r) => r.kind === k).length}`).join(', ')}) in ${out}; ${then}`);
  } else process.stdout.write(text);
}

function tsv(rows: Row[]): string {
  return queueTsv(rows.map((r) => ['', r.kind, r.name, String(r.papers), String(r.score), r.rules, r.examples.join(' '), r.context]));
}

function markdown(rows: Row[]): string {
  const esc = (s: string) => queueCell(s).replace(/\|/g, '\\|');
  const lines: string[] = [];
  for (const k of KINDS) {
    lines.push(`## ${k}`, '', '| name | papers | score | rules read it as | examples | context |', '|---|---|---|---|---|---|');
    for (const r of rows.filter((x) => x.kind === k)) lines.push(`| ${esc(r.name)} | ${r.papers} | ${r.score} | ${esc(r.rules)} | ${r.examples.join(' ')} | ${esc(r.context)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function accept(path: string): void {
  const dir = opt('--lexicons') ?? join(ROOT, 'packages/core/src/extract/lexicons');
  const date = opt('--date') ?? new Date().toISOString().slice(0, 10);
  if (!existsSync(path)) {
    console.error(`pnpm mine --accept: ${path}: no such file`);
    process.exit(2);
  }
  let rows: ReturnType<typeof acceptedRows>;
  try {
    rows = acceptedRows(readFileSync(path, 'utf8'));
  } catch (err) {
    console.error(`pnpm mine --accept: ${path}: ${(err as Error).message}${path.endsWith('.md') ? ' (a Markdown queue is for reading: accept from a TSV queue, --out queue.tsv)' : ''}`);
    process.exit(2);
  }
  if (rows.length === 0) {
    console.error(`${path}: no row marked for acceptance ("y" in the accept column)`);
    process.exit(1);
  }
  const files: Record<Kind, string> = { model: 'models.json', dataset: 'datasets.json', method: 'methods.json' };
  for (const kind of KINDS) {
    const mine = rows.filter((r) => r.kind === kind);
    if (mine.length === 0) continue;
    const file = join(dir, files[kind]);
    if (!existsSync(file)) throw new Error(`no lexicon ${file}`);
    const entries: string[] = [];
    const sources: string[] = [];
    const skipped: string[] = [];
    for (const r of mine) {
      // (a row may name its acronym and spellings, "long form|ACRONYM|spelling": the first is the label; a spelling the
      // lexicons already read is dropped, so one text span never names two entries)
      const [first = '', ...more] = r.name.split('|').map((a) => a.trim());
      const label = kind === 'model' ? modelFamily(first) : first;
      const decision = lexiconDecision(label, kind);
      if (decision !== undefined || entries.some((e) => e.split('|')[0] === label)) {
        skipped.push(decision !== undefined ? `${label} (${decision})` : label);
        continue;
      }
      const aliases = more.filter((a) => a && a !== label && lexiconDecision(a, kind) === undefined);
      const dropped = more.filter((a) => a && a !== label && !aliases.includes(a));
      if (dropped.length) skipped.push(...dropped.map((a) => `${a} (alias of ${label}: ${lexiconDecision(a, kind)})`));
      // (in a case-sensitive group a multi-word alias with capitals needs its lower-case form to match in any case)
      const spelled = kind === 'model' ? aliases : [...aliases, ...[label, ...aliases].filter((a) => / /.test(a) && !/[.&]/.test(a) && a !== a.toLowerCase()).map((a) => a.toLowerCase())];
      entries.push([label, ...new Set(spelled.filter((a) => a !== label))].join('|'));
      sources.push(`${label} (${r.papers || '?'} papers, e.g. ${r.examples.split(/\s+/).filter(Boolean).join(', ') || '?'})`);
    }
    if (entries.length === 0) {
      console.error(`${files[kind]}: nothing new (${skipped.join(', ')} already known)`);
      continue;
    }
    const provenance = `Mined by \`pnpm mine\` from ${opt('--corpus') ? `the corpus ${basename(opt('--corpus')!)}` : `the 2025-26 arXiv corpus (${basename(CORPUS)})`} and accepted by a reviewer on ${date} from ${basename(path)}: ${sources.join('; ')}.`;
    // (case-sensitive: a mined name in mixed case is not the word it spells in lower case, RotatE is not "rotate")
    const group: Record<string, unknown> = kind === 'model' ? { provenance, style: 'hyphen', entries } : { provenance, caseSensitive: true, entries };
    const before = readFileSync(file, 'utf8');
    const after = appendGroup(before, group);
    const parsed = JSON.parse(after) as { groups: unknown[] };
    if (parsed.groups.length !== (JSON.parse(before) as { groups: unknown[] }).groups.length + 1) throw new Error(`${file}: the new group did not land in "groups"`);
    writeFileSync(file, after);
    console.error(`${files[kind]}: added ${entries.length} (${entries.map((e) => e.split('|')[0]).join(', ')})${skipped.length ? `; skipped, already known: ${skipped.join(', ')}` : ''}`);
  }
  console.error('Run the extraction tests and pnpm eval next; models.json groups are added with style "hyphen": change it to "join" for Qwen2.5-style names.');
}

/** The papers (`--limit`) and the least number of papers defining a name (`--min-df`) of the definition queues. */
function definitionsCorpus(minDefault: number): { papers: ReturnType<typeof corpusOrExit>; minDefined: number } {
  // (the options first: a mistyped number stops before minutes of reading the corpus)
  const limit = count('--limit', Infinity, 1);
  const minDefined = count('--min-df', minDefault, 1);
  const corpus = corpusOrExit('pnpm mine', opt('--corpus') ?? CORPUS, `pnpm mine needs the corpus at ${opt('--corpus') ?? CORPUS} (not in the repository).`);
  return { papers: corpus.slice(0, limit), minDefined };
}

/** `--long-forms`: the long forms the corpus defines for acronyms the lexicons hold (long-forms.ts). */
function longForms(): void {
  const { papers, minDefined } = definitionsCorpus(3);
  const rows = mineLongForms(papers, minDefined);
  const out = opt('--out');
  const text = longFormTable(rows, out?.endsWith('.md') ?? false);
  if (out) {
    writeFileSync(out, text);
    console.error(`${rows.length} long forms in ${out}; add those that name their entry as "Entry|long form" to the long-forms group of the lexicon (see docs/extraction.md)`);
  } else process.stdout.write(text);
}

/**
 * Writes a names queue (TSV, which --accept reads) to --out, or to standard output; `flag` names the option in errors,
 * `rows` what the queue holds, `hint` what to do with it after "mark rows to accept with "y"".
 */
function writeNamesQueue(flag: string, text: string, rows: string, hint = ''): void {
  const out = opt('--out');
  if (out?.endsWith('.md')) {
    console.error(`pnpm mine ${flag}: the queue is TSV (--out ${flag.slice(2)}.tsv), which --accept reads`);
    process.exit(2);
  }
  if (out) {
    writeFileSync(out, text);
    console.error(`${rows} in ${out}; mark rows to accept with "y"${hint}, then: pnpm mine --accept ${out}${opt('--corpus') ? ` --corpus ${opt('--corpus')}` : ''}`);
  } else process.stdout.write(text);
}

/** `--techniques`: a names queue of techniques the corpus defines by an acronym and no lexicon knows (techniques.ts). */
function techniques(): void {
  const { papers, minDefined } = definitionsCorpus(5);
  const rows = mineTechniques(papers, minDefined);
  writeNamesQueue('--techniques', techniqueQueue(rows), `${rows.length} techniques`, ' (edit the name: drop an ambiguous |ACRONYM)');
}

/** `--phrases`: a names queue of technique phrases the corpus writes and no lexicon knows (phrases.ts). */
function phrases(): void {
  const { papers, minDefined } = definitionsCorpus(8);
  const rows = minePhrases(papers, minDefined);
  writeNamesQueue('--phrases', phraseQueue(rows), `${rows.length} phrases`);
}

const toAccept = opt('--accept');
if (toAccept) accept(toAccept);
else if (values['long-forms']) longForms();
else if (values.techniques) techniques();
else if (values.phrases) phrases();
else mine();

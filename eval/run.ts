/**
 * `pnpm eval` — scores extraction on the dev set (eval/data). `--json` prints the full report as JSON;
 * `--extract` bypasses the graph build and scores extractPaper + resolveCorpus directly.
 */
import { evaluate } from './harness.ts';

const args = process.argv.slice(2);
const report = await evaluate(!args.includes('--extract'));
if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log(`dev set: ${report.papers} papers, predictions from ${report.source === 'build' ? 'buildKnowledgeGraph' : 'extractPaper + resolveCorpus'}`);
  console.log('kind        P      R      F1    (tp/fp/fn)');
  for (const k of ['models', 'datasets', 'proposes', 'methods'] as const) {
    const s = report[k];
    console.log(`${k.padEnd(9)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  if (!args.includes('--quiet')) {
    for (const k of ['models', 'datasets', 'proposes', 'methods'] as const) {
      const s = report[k];
      if (s.misses.length) console.log(`\n${k} — missed (${s.misses.length}):\n  ` + s.misses.join('\n  '));
      if (s.falseHits.length) console.log(`\n${k} — false hits (${s.falseHits.length}):\n  ` + s.falseHits.join('\n  '));
    }
  }
}

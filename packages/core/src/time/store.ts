/**
 * The `trends` pipeline stage: each model, method and dataset named by dated papers gets `firstSeen` and `peak` (months)
 * and `bursts` (JSON text of `[{start, end, weight}]`, Kleinberg's automaton with the default parameters), so the
 * viewer and the exports (GraphML, GEXF, Neo4j) carry them; the graph attribute `undatedPapers` counts the papers
 * without a date (reported, never guessed).
 */
import type { PaperGraph } from '../contract/graph.ts';
import { asForeignGraph } from '../contract/graph.ts';
import { peakOf, trends } from './trends.ts';

export function storeTrends(graph: PaperGraph): void {
  const { report, coverage } = trends(asForeignGraph(graph), { by: 'month' });
  if (coverage.papers === 0) return;
  graph.setAttribute('undatedPapers', coverage.undated);
  for (const entity of report.entities) {
    graph.mergeNodeAttributes(entity.key, {
      firstSeen: entity.firstSeen,
      peak: peakOf(entity, report.bins),
      bursts: JSON.stringify(entity.bursts),
    });
  }
}

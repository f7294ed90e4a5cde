import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyThesaurusToGraph,
  asForeignGraph,
  candidatesThesaurus,
  duplicateCandidates,
  parseThesaurus,
  runPipeline,
  toGraphJSON,
  type PaperGraph,
  type Thesaurus,
} from '../../src/index.ts';

/** What a thesaurus decides, node by node and link by link (communities and positions left out). */
function entitiesAndLinks(graph: PaperGraph) {
  const nodes = graph
    .filterNodes((_key, attributes) => attributes.kind !== 'paper' && attributes.kind !== 'author')
    .sort()
    .map((key) => {
      const { label, aliases, paperCount, kind, family, version, size, variant } = graph.getNodeAttributes(key);
      return { key, kind, label, aliases, paperCount, family, version, size, variant };
    });
  const links = graph
    .mapEdges((edge) => edge)
    .map((edge) => `${edge} ${graph.getEdgeAttribute(edge, 'evidence') ?? ''}`)
    .sort();
  return { nodes, links };
}

const seedText = readFileSync(new URL('../../../../seeds/llama-2-7b.txt', import.meta.url), 'utf8');
const seed = [{ name: 'seeds/llama-2-7b.txt', text: seedText }];
const TERMS = ['Llama-2-7b\tMeta Llama 2 (7B)', 'MoE\tMixture-of-Experts', 'watermarking\t', 'PI\tRoPE', 'LoRA\tKron-LoRA\tmethod', 'model:mistral-7b\tdataset:mistral-7b', 'nothing here\tfoo'].join('\n');

describe('applyThesaurusToGraph', () => {
  const thesaurus = parseThesaurus(TERMS, 'terms.tsv').thesaurus;
  const built = runPipeline(seed, { layout: false }).graph;

  it('gives what a rebuild with the thesaurus gives: nodes, labels, aliases, links, evidence, paperCount', () => {
    const applied = applyThesaurusToGraph(built, thesaurus);
    const rebuilt = runPipeline(seed, { layout: false, thesaurus });
    expect(entitiesAndLinks(applied.graph)).toEqual(entitiesAndLinks(rebuilt.graph));
    expect(applied.report).toEqual(rebuilt.graph.getAttribute('thesaurus'));
    expect(applied.graph.getAttribute('thesaurus')).toEqual(applied.report);
    expect(applied.warnings).toEqual(rebuilt.warnings);
  });

  it('records every thesaurus applied, in order: a second one is added after the first (a build\'s, or one opened before)', () => {
    const first = applyThesaurusToGraph(built, thesaurus);
    const second = applyThesaurusToGraph(first.graph, parseThesaurus('nothing like it\tfoo\n', 'more.tsv').thesaurus);
    expect(second.graph.getAttribute('thesaurus')).toEqual([first.report, second.report]);
    expect(second.report).toMatchObject({ source: 'more.tsv', rules: 1, unmatched: 1 });
    const third = applyThesaurusToGraph(second.graph, parseThesaurus('still nothing\tbar\n', 'last.json').thesaurus);
    expect(third.graph.getAttribute('thesaurus')).toEqual([first.report, second.report, third.report]);
    // on a graph built with --thesaurus, as the viewer's Open… applies one
    const rebuilt = runPipeline(seed, { layout: false, thesaurus }).graph;
    expect(applyThesaurusToGraph(rebuilt, parseThesaurus('x\ty\n', 'more.tsv').thesaurus).graph.getAttribute('thesaurus')).toEqual([
      rebuilt.getAttribute('thesaurus'),
      expect.objectContaining({ source: 'more.tsv' }),
    ]);
  });

  it('leaves the graph handed in as it was, and names communities from the members left', () => {
    const before = toGraphJSON(built);
    const { graph } = applyThesaurusToGraph(built, thesaurus);
    expect(toGraphJSON(built)).toBe(before);
    const labels = graph.getAttribute('communities').map((community) => community.label).join(' | ');
    expect(labels).not.toMatch(/watermarking|position interpolation/);
    for (const community of graph.getAttribute('communities')) for (const key of community.top) expect(graph.hasNode(key)).toBe(true);
    // a merged node stays in its target's community, where a drawn map already shows it
    expect(graph.getNodeAttribute('method:rope', 'community')).toBe(built.getNodeAttribute('method:rope', 'community'));
  });

  it('is deterministic, and an empty thesaurus changes nothing but the record of it', () => {
    const a = applyThesaurusToGraph(built, thesaurus).graph;
    const b = applyThesaurusToGraph(built, parseThesaurus(TERMS, 'terms.tsv').thesaurus).graph;
    expect(toGraphJSON(a)).toBe(toGraphJSON(b));
    const empty: Thesaurus = { source: 'empty.tsv', rules: [], warnings: [] };
    const same = applyThesaurusToGraph(built, empty).graph;
    same.removeAttribute('thesaurus');
    expect(toGraphJSON(same)).toBe(toGraphJSON(built));
  });

  it('on the annotated abstracts, the candidates thesaurus applied to the graph matches the rebuild', () => {
    const papers = [{ name: 'papers.jsonl', text: readFileSync(new URL('../../../../eval/data/papers.jsonl', import.meta.url), 'utf8') }];
    const graph = runPipeline(papers, { layout: false }).graph;
    const candidates = duplicateCandidates(asForeignGraph(graph));
    // the review rules too: everything the candidates suggest, uncommented
    const all = parseThesaurus(candidatesThesaurus(candidates, 'papers').replace(/^# (?=[^\t\n]+\t)/gm, ''), 'all.tsv');
    expect(all.errors).toEqual([]);
    expect(all.thesaurus.rules.length).toBeGreaterThan(candidates.filter((candidate) => candidate.confident).length);
    const applied = applyThesaurusToGraph(graph, all.thesaurus);
    expect(entitiesAndLinks(applied.graph)).toEqual(entitiesAndLinks(runPipeline(papers, { layout: false, thesaurus: all.thesaurus }).graph));
  });
});

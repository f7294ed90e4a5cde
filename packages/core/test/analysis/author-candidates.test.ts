import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { candidatesThesaurus, duplicateCandidates, loadInputFormats, parseThesaurus, runPipeline, type EdgeAttributes, type NodeAttributes } from '../../src/index.ts';
import { authorCandidates } from '../../src/analysis/author-candidates.ts';

beforeAll(() => loadInputFormats());

const FIXTURES = new URL('../fixtures/authors/', import.meta.url);
// Real papers as two exports spell their authors (fixtures/authors/README.md).
const INPUTS = ['hinton-initials.ris', 'hinton-full-names.bib'].map((name) => ({ name, text: readFileSync(new URL(name, FIXTURES), 'utf8') }));

describe('author-name candidates', () => {
  it('pair each shortened name with the fullest name it fits; sure only when co-authors agree', () => {
    const { graph } = runPipeline(INPUTS, { layout: false });
    const rows = duplicateCandidates(graph, { kinds: ['author'] }).map((c) => `${c.from.label} → ${c.to.label} ${c.confident ? 'sure' : 'review'}: ${c.detail}`);
    expect(rows.sort()).toEqual([
      'A. Krizhevsky → Alex Krizhevsky sure: "A. Krizhevsky" fits "Alex Krizhevsky"; 2 co-authors named alike',
      // (an author is labelled by the spelling read first: BibTeX's `Hinton, Geoffrey E`)
      'G. Hinton → Geoffrey E Hinton sure: "G. Hinton" fits "Geoffrey E Hinton"; 2 co-authors named alike',
      'I. Sutskever → Ilya Sutskever sure: "I. Sutskever" fits "Ilya Sutskever"; 2 co-authors named alike',
      // Both wrote with Hinton, but under no name alike: a common surname and initial is not enough.
      'Y. Bengio → Yoshua Bengio review: no co-author in common — "Y. Bengio" fits "Yoshua Bengio"; check it is one person',
    ]);
  });

  it('are not looked for when only entity kinds are asked for; are by default', () => {
    const { graph } = runPipeline(INPUTS, { layout: false });
    expect(duplicateCandidates(graph, { kinds: ['model', 'method', 'dataset'] }).some((c) => c.kind === 'author')).toBe(false);
    expect(duplicateCandidates(graph).filter((c) => c.kind === 'author')).toHaveLength(4);
  });

  it('written as a thesaurus, merge the sure ones when the build applies it', () => {
    const { graph } = runPipeline(INPUTS, { layout: false });
    const tsv = candidatesThesaurus(duplicateCandidates(graph, { kinds: ['author'] }), 'library');
    expect(tsv).toContain('\nG. Hinton\tGeoffrey E Hinton\tauthor\n');
    expect(tsv).toContain('\n# Y. Bengio\tYoshua Bengio\tauthor\n');
    const parsed = parseThesaurus(tsv, 'terms.tsv');
    expect(parsed.errors).toEqual([]);
    const merged = runPipeline(INPUTS, { layout: false, thesaurus: parsed.thesaurus }).graph;
    expect(merged.getNodeAttributes('author:geoffrey-e-hinton')).toMatchObject({ paperCount: 4, aliases: ['G. Hinton'] });
    expect(merged.hasNode('author:a-krizhevsky')).toBe(false);
    expect(merged.hasNode('author:y-bengio')).toBe(true);
    expect(duplicateCandidates(merged, { kinds: ['author'] }).map((c) => c.from.label)).toEqual(['Y. Bengio']);
  });

  it('a name that fits two people is a row to review for each; names that differ are never paired', () => {
    // Invented names: one shortened name next to two people it could be.
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    const paper = (key: string, authors: string[]) => {
      graph.addNode(key, { kind: 'paper', label: key });
      for (const name of authors) {
        const author = `author:${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
        if (!graph.hasNode(author)) graph.addNode(author, { kind: 'author', label: name, name });
        graph.addDirectedEdge(author, key, { relation: 'wrote', weight: 1 });
      }
    };
    paper('paper:1', ['Y. Zhang', 'Wei Chen']);
    paper('paper:2', ['Yi Zhang', 'Wei Chen']);
    paper('paper:3', ['Yu Zhang', 'W. Chen']);
    paper('paper:4', ['Maria Garcia Lopez', 'M. Lopez']);
    paper('paper:5', ['M. Lopez', 'Ana Ruiz']);
    paper('paper:6', ['Marta Lopez', 'A. Ruiz']);
    const rows = authorCandidates(graph).map((c) => `${c.from.label} → ${c.to.label} ${c.confident ? 'sure' : 'review'}: ${c.detail}`);
    expect(rows.sort()).toEqual([
      'A. Ruiz → Ana Ruiz review: only one co-author named alike — "A. Ruiz" fits "Ana Ruiz"; check it is one person',
      // Not Maria Garcia Lopez, who wrote paper 4 with M. Lopez; Marta Lopez, through a co-author named alike.
      'M. Lopez → Marta Lopez review: only one co-author named alike — "M. Lopez" fits "Marta Lopez"; check it is one person',
      'W. Chen → Wei Chen review: only one co-author named alike — "W. Chen" fits "Wei Chen"; check it is one person',
      'Y. Zhang → Yi Zhang review: fits more than one person — "Y. Zhang" fits "Yi Zhang", also "Yu Zhang"; 1 co-author named alike (1 written the same); check which person it is, if any',
      'Y. Zhang → Yu Zhang review: fits more than one person — "Y. Zhang" fits "Yu Zhang", also "Yi Zhang"; 1 co-author named alike; check which person it is, if any',
    ]);
  });
});

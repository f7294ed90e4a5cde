import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyThesaurusToGraph, loadInputFormats, parseThesaurus, runPipeline, type PaperGraph } from '../../src/index.ts';

beforeAll(() => loadInputFormats());

const FIXTURES = new URL('../fixtures/authors/', import.meta.url);
// Real papers as two exports spell their authors (fixtures/authors/README.md).
const INPUTS = ['hinton-initials.ris', 'hinton-full-names.bib'].map((name) => ({ name, text: readFileSync(new URL(name, FIXTURES), 'utf8') }));
const TERMS = ['Hinton, G.\tGeoffrey E. Hinton\tauthor', 'LeCun, Y.\tYann LeCun\tAuthors', 'Anonymous\t\tauthor'].join('\n');

function build(terms?: string) {
  const parsed = terms === undefined ? undefined : parseThesaurus(terms, 'terms.tsv');
  expect(parsed?.errors ?? []).toEqual([]);
  return runPipeline(INPUTS, { layout: false, ...(parsed ? { thesaurus: parsed.thesaurus } : {}) });
}

/** Author nodes with what a rule decides, and every `wrote` link with its position. */
function authorsAndLinks(graph: PaperGraph) {
  const authors = graph
    .filterNodes((_key, attributes) => attributes.kind === 'author')
    .sort()
    .map((key) => {
      const { label, name, aliases, paperCount } = graph.getNodeAttributes(key);
      return { key, label, name, aliases, paperCount };
    });
  const wrote = graph
    .filterEdges((_edge, attributes) => attributes.relation === 'wrote')
    .map((edge) => `${edge} ${graph.getEdgeAttribute(edge, 'position')}`)
    .sort();
  return { authors, wrote };
}

describe('author rules', () => {
  it('without them, one person spelt two ways is two authors', () => {
    const { graph } = build();
    // (reading turns the exports' `Last, First` into natural order: the rules may be written either way)
    expect(graph.getNodeAttributes('author:g-hinton')).toMatchObject({ label: 'G. Hinton', paperCount: 2 });
    // (an author is labelled by the spelling read first: `Hinton, Geoffrey E` in the BibTeX's first entry)
    expect(graph.getNodeAttributes('author:geoffrey-e-hinton')).toMatchObject({ label: 'Geoffrey E Hinton', paperCount: 2 });
  });

  it('merge spellings onto one author, rename one, drop a name that is no person; papers keep their authors as written', () => {
    const { graph, warnings } = build(TERMS);
    expect(warnings).toEqual([]);
    expect(graph.hasNode('author:g-hinton')).toBe(false);
    expect(graph.getNodeAttributes('author:geoffrey-e-hinton')).toMatchObject({
      label: 'Geoffrey E. Hinton',
      name: 'Geoffrey E. Hinton',
      // The rule's spelling is the label now; the one read first stays an alias.
      aliases: ['G. Hinton', 'Geoffrey E Hinton'],
      paperCount: 4,
    });
    expect(graph.mapOutNeighbors('author:geoffrey-e-hinton', (_paper, attributes) => attributes.title).sort()).toEqual([
      'Deep learning',
      'Dropout: A Simple Way to Prevent Neural Networks from Overfitting',
      'ImageNet Classification with Deep Convolutional Neural Networks',
      'Learning representations by back-propagating errors',
    ]);
    // A rename: the node takes the key of its new name, the spelling it had is its alias.
    expect(graph.hasNode('author:y-lecun')).toBe(false);
    expect(graph.getNodeAttributes('author:yann-lecun')).toMatchObject({ label: 'Yann LeCun', aliases: ['Y. LeCun'], paperCount: 1 });
    // The dropped name: no node, no link; the paper stays, its record's author list as it was.
    expect(graph.hasNode('author:anonymous')).toBe(false);
    const editorial = graph.findNode((_key, attributes) => attributes.title === 'Computer science: The learning machines')!;
    expect(graph.inDegree(editorial)).toBe(0);
    expect(graph.getNodeAttribute(editorial, 'authors')).toEqual(['Anonymous']);
    expect(graph.getNodeAttribute('paper:deep-learning', 'authors')).toEqual(['Y. LeCun', 'Y. Bengio', 'G. Hinton']);
    // The link keeps the author's place in the paper's list.
    expect(graph.getEdgeAttribute('wrote:author:geoffrey-e-hinton->paper:deep-learning', 'position')).toBe(2);
    // Authors untouched by a rule have no aliases attribute (graphs without a thesaurus are as they were).
    expect(graph.getNodeAttributes('author:y-bengio').aliases).toBeUndefined();
    expect(graph.getAttribute('thesaurus')).toEqual({ source: 'terms.tsv', rules: 3, applied: 3, unmatched: 0, merged: 1, renamed: 1, dropped: 1 });
  });

  it('a rule without a kind names entities only: an author is never changed by accident', () => {
    const { graph, warnings } = build('Hinton, G.\tGeoffrey E. Hinton\n');
    expect(graph.hasNode('author:g-hinton')).toBe(true);
    expect(warnings.map((warning) => warning.message)).toEqual(['"Hinton, G." matches no entity']);
  });

  it('an author rule that names no author is a warning; one written as an author key needs no kind', () => {
    const { graph, warnings } = build('Hinton, Geoff\tGeoffrey Hinton\tauthor\nauthor:y-bengio\tYoshua Bengio\n');
    expect(warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual(['1: "Geoff Hinton" (author) matches no author']);
    expect(graph.getNodeAttributes('author:yoshua-bengio')).toMatchObject({ label: 'Yoshua Bengio', aliases: ['Y. Bengio'] });
  });

  it('applied to a graph already built (the viewer), gives what the rebuild gives', () => {
    const parsed = parseThesaurus(TERMS, 'terms.tsv');
    const applied = applyThesaurusToGraph(build().graph, parsed.thesaurus);
    expect(applied.warnings).toEqual([]);
    expect(authorsAndLinks(applied.graph)).toEqual(authorsAndLinks(build(TERMS).graph));
    expect(applied.report).toEqual(build(TERMS).graph.getAttribute('thesaurus'));
  });
});

describe('reading author rules', () => {
  const errors = (text: string) => parseThesaurus(text, 'terms.tsv').errors.map((error) => `${error.line}: ${error.message}`);

  it('takes kind author (any case, singular or plural) and author keys', () => {
    const { thesaurus, errors: bad } = parseThesaurus('Hinton, G.\tGeoffrey E. Hinton\tAuthor\nauthor:g-hinton\tauthor:geoffrey-e-hinton\n', 'terms.tsv');
    expect(bad).toEqual([]);
    expect(thesaurus.rules.map((rule) => rule.kind)).toEqual(['author', undefined]);
  });

  it('never moves a person onto an entity, or an entity onto a person', () => {
    expect(errors('Hinton, G.\tmodel:hinton\tauthor\n')).toEqual(["1: an author's rule cannot send it to model:hinton, which is not an author's key"]);
    expect(errors('author:g-hinton\tmethod:backprop\n')).toEqual(["1: an author's rule cannot send it to method:backprop, which is not an author's key"]);
    expect(errors('Backprop\tauthor:g-hinton\n')).toEqual(['1: "to" "author:g-hinton" is an author\'s key: only an author rule (kind author) can name one']);
    expect(errors('author:g-hinton\tGeoffrey Hinton\tmodel\n')).toEqual(['1: "from" is the key of a author but the rule is restricted to model']);
  });
});

import { describe, expect, it } from 'vitest';
import { authorKey, authorSlug, keySlug } from '../../src/contract/keys.ts';
import { buildKnowledgeGraph } from '../../src/index.ts';

describe('author keys', () => {
  it('initials with or without full stops, together or apart, and any letter case, are one key; other spellings stay apart', () => {
    expect(authorKey('Nuno M C Da Costa')).toBe('author:nuno-m-c-da-costa');
    expect(authorKey('Nuno M.C. Da Costa')).toBe('author:nuno-m-c-da-costa');
    expect(authorKey('Nuno M. C. da Costa')).toBe('author:nuno-m-c-da-costa');
    // Scopus's "Baldwin,S.A." becomes "S.A. Baldwin" at ingest.
    expect(authorSlug('S.A. Baldwin')).toBe(authorSlug('S. A. Baldwin'));
    expect(authorSlug('J.-P. Sartre')).toBe(authorSlug('J.- P. Sartre'));
    expect(authorKey('Nuno Miguel Da Costa')).not.toBe(authorKey('Nuno M. C. Da Costa'));
    // Only a single capital's full stop is an initial's.
    expect(authorSlug('Martin Luther King Jr.')).toBe(keySlug('Martin Luther King Jr.'));
    expect(authorSlug('Jo St. John')).toBe('jo-st.-john');
  });

  it('a graph of papers that spell one person both ways has one node for that person, labelled as first seen', () => {
    const text = [
      '{"title": "A", "authors": ["Nuno M. C. Da Costa", "Estela G. Bicho"]}',
      '{"title": "B", "authors": ["Nuno M.C. Da Costa", "Estela Bicho"]}',
    ].join('\n');
    const { graph } = buildKnowledgeGraph([{ name: 'papers.jsonl', text }]);
    const authors = graph.filterNodes((_key, attributes) => attributes.kind === 'author');
    expect(authors).toEqual(['author:estela-bicho', 'author:estela-g-bicho', 'author:nuno-m-c-da-costa']);
    expect(graph.getNodeAttribute('author:nuno-m-c-da-costa', 'label')).toBe('Nuno M. C. Da Costa');
    expect(graph.getNodeAttribute('author:nuno-m-c-da-costa', 'paperCount')).toBe(2);
  });
});

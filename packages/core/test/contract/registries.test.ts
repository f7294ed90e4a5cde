import { describe, expect, it } from 'vitest';
import {
  authorKey,
  ENTITY_KINDS,
  isEntityKind,
  isNodeKind,
  isRelation,
  KIND_COLORS,
  keySlug,
  kindOfKey,
  MENTION_RELATIONS,
  NODE_KIND_NAMES,
  NODE_KINDS,
  nodeKey,
  paperKey,
  RELATION_NAMES,
  RELATION_WEIGHTS,
  RELATIONS,
  relationWords,
} from '../../src/index.ts';

describe('node kinds', () => {
  it('lists the five kinds of graph.json, entities apart from papers and people', () => {
    expect(NODE_KIND_NAMES).toEqual(['paper', 'author', 'model', 'method', 'dataset']);
    expect(ENTITY_KINDS).toEqual(['model', 'method', 'dataset']);
    expect(isNodeKind('model')).toBe(true);
    expect(isNodeKind('planet')).toBe(false);
    expect(isEntityKind('paper')).toBe(false);
    expect(isEntityKind('dataset')).toBe(true);
  });

  it('gives every kind its own colour and words', () => {
    expect(new Set(Object.values(KIND_COLORS)).size).toBe(NODE_KINDS.length);
    for (const row of NODE_KINDS) {
      expect(row.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(row.plural).not.toBe(row.singular);
    }
  });
});

describe('relations', () => {
  it('joins known kinds only, with a positive clustering weight', () => {
    for (const row of RELATIONS) {
      for (const kind of [...row.from, ...row.to]) expect(isNodeKind(kind), `${row.relation}: ${kind}`).toBe(true);
      expect(RELATION_WEIGHTS[row.relation]).toBeGreaterThan(0);
    }
    expect(RELATION_NAMES).toEqual(['wrote', 'proposes', 'uses', 'evaluates_on', 'tagged', 'variant_of', 'cites']);
    // A citation links two papers, weighing between a listing tag and an authorship.
    expect(RELATIONS.find((row) => row.relation === 'cites')).toMatchObject({ from: ['paper'], to: ['paper'], weight: 0.5, words: 'cites', inverseWords: 'cited by', evidence: false, mention: false });
    expect(MENTION_RELATIONS).toEqual(['proposes', 'uses', 'evaluates_on']);
    expect(isRelation('uses')).toBe(true);
    expect(isRelation('likes')).toBe(false);
  });

  it('carries evidence exactly on mentions', () => {
    for (const row of RELATIONS) expect(row.evidence, row.relation).toBe(row.mention);
  });

  it('says each relation in words, and spaces out the unknown ones of foreign files', () => {
    expect(relationWords('evaluates_on')).toBe('evaluates on');
    expect(relationWords('variant_of')).toBe('variant of');
    expect(relationWords('uses', true)).toBe('used by');
    expect(relationWords('CO_AUTHOR_OF')).toBe('co author of');
  });
});

describe('keys', () => {
  it('slugs names of any script, without accents', () => {
    expect(keySlug('Sheridan Feucht')).toBe('sheridan-feucht');
    expect(keySlug('José Ñúñez')).toBe('jose-nunez');
    expect(keySlug('王 小明')).toBe('王-小明');
    expect(keySlug('a'.repeat(100), 10)).toBe('a'.repeat(10));
  });

  it('builds node keys', () => {
    expect(nodeKey('model', 'llama-2-7b')).toBe('model:llama-2-7b');
    expect(authorKey('Sheridan Feucht')).toBe('author:sheridan-feucht');
    expect(paperKey('2503.11731', 'anything')).toBe('paper:2503.11731');
    expect(paperKey(undefined, 'Kron-LoRA: Hybrid Adapters')).toBe('paper:kron-lora-hybrid-adapters');
    expect(paperKey('', '')).toBe('paper:untitled');
    expect(kindOfKey('dataset:math-500')).toBe('dataset');
  });
});

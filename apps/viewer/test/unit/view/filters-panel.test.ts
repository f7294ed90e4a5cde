import { describe, expect, it } from 'vitest';
import { matchesCommunityQuery } from '../../../src/view/filters-panel.ts';

describe('matchesCommunityQuery', () => {
  const label = 'reinforcement learning · chain-of-thought · GPT-4o';

  it('matches every word anywhere in the label, ignoring case', () => {
    expect(matchesCommunityQuery(label, 'gpt reinforcement')).toBe(true);
    expect(matchesCommunityQuery(label, 'CHAIN-of')).toBe(true);
    expect(matchesCommunityQuery(label, '  ')).toBe(true);
  });

  it('rejects a label missing one of the words', () => {
    expect(matchesCommunityQuery(label, 'gpt llama')).toBe(false);
    expect(matchesCommunityQuery('diffusion · image', 'learning')).toBe(false);
  });
});

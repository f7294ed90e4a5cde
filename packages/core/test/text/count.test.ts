import { describe, expect, it } from 'vitest';
import { counted, plural } from '../../src/text/count.ts';

describe('plural', () => {
  it('spells the noun singular for one and plural otherwise, zero included', () => {
    expect(plural(1, 'paper')).toBe('1 paper');
    expect(plural(0, 'paper')).toBe('0 papers');
    expect(plural(2, 'paper')).toBe('2 papers');
    expect(plural(12000, 'paper')).toBe('12000 papers');
  });
  it('takes an irregular plural', () => {
    expect(plural(1, 'entity', 'entities')).toBe('1 entity');
    expect(plural(3, 'entity', 'entities')).toBe('3 entities');
  });
});

describe('counted', () => {
  it('groups the count in thousands', () => {
    expect(counted(74538, 'paper')).toBe('74,538 papers');
    expect(counted(1, 'month')).toBe('1 month');
    expect(counted(1000, 'community', 'communities')).toBe('1,000 communities');
  });
});

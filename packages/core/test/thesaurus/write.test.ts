import { describe, expect, it } from 'vitest';
import { parseThesaurus } from '../../src/thesaurus/parse.ts';
import { thesaurusName, thesaurusTSV } from '../../src/thesaurus/write.ts';

describe('thesaurusTSV', () => {
  const lines = [
    { from: 'GPT4', to: 'GPT-4', kind: 'model' as const, comments: ['same form: "GPT4" and "GPT-4"'], active: true },
    { from: 'CA', to: 'cross-attention', kind: 'method' as const, comments: ['acronym, to review'], active: false },
    { from: 'baseline', to: '', active: true },
    { from: 'model:gpt4o', to: 'model:gpt-4o', active: true },
  ];

  it('writes the header, comments above each rule, and rules for review commented out', () => {
    expect(thesaurusTSV(lines, ['Made by a test.'])).toBe(
      [
        '# Made by a test.',
        'label\treplace by\tkind',
        '',
        '# same form: "GPT4" and "GPT-4"',
        'GPT4\tGPT-4\tmodel',
        '',
        '# acronym, to review',
        '# CA\tcross-attention\tmethod',
        '',
        'baseline\t',
        '',
        'model:gpt4o\tmodel:gpt-4o',
        '',
      ].join('\n'),
    );
  });

  it('reads back as the active rules, without errors', () => {
    const { thesaurus, errors } = parseThesaurus(thesaurusTSV(lines), 'out.tsv');
    expect(errors).toEqual([]);
    expect(thesaurus.rules.map(({ from, to, kind }) => ({ from, to, kind }))).toEqual([
      { from: 'GPT4', to: 'GPT-4', kind: 'model' },
      { from: 'baseline', to: '', kind: undefined },
      { from: 'model:gpt4o', to: 'model:gpt-4o', kind: undefined },
    ]);
  });

  it('quotes a name written in double quotes, as a spreadsheet would, so that it reads back with its quotes', () => {
    const quoted = [{ from: '"Jose M. Alvarez"', to: '"The ""Best"" Net"', active: true }, { from: '"a" and "b"', to: 'ab', active: true }];
    const tsv = thesaurusTSV(quoted);
    expect(tsv).toContain('\n"""Jose M. Alvarez"""\t"""The """"Best"""" Net"""\n');
    expect(tsv).toContain('\n"a" and "b"\tab\n');
    expect(parseThesaurus(tsv, 'out.tsv').thesaurus.rules.map(({ from, to }) => ({ from, to }))).toEqual(quoted.map(({ from, to }) => ({ from, to })));
  });

  it('escapes control characters in comments and refuses names that would not read back', () => {
    expect(thesaurusTSV([{ from: 'a', to: 'b', comments: ['evil \u001b[2J \u009b'], active: true }])).toContain('# evil \\u001b[2J \\u009b\n');
    expect(() => thesaurusTSV([{ from: 'a\tb', to: 'c', active: true }])).toThrow(/cannot be written/);
    expect(() => thesaurusTSV([{ from: '#x', to: 'c', active: true }])).toThrow(/cannot be written/);
  });
});

describe('thesaurusName', () => {
  it.each([
    ['GPT-4o', 'GPT-4o'],
    ['Transformers\nDiffusion Transformers', 'method:k'],
    ['#hashtag', 'method:k'],
    [' padded', 'method:k'],
    ['method:looks-like-a-key', 'method:k'],
    ['---', 'method:k'],
    ['Evil\u001b]0;x\u0007', 'method:k'],
  ])('%j → %j', (label, name) => expect(thesaurusName(label, 'method:k')).toBe(name));
});

import { describe, expect, it } from 'vitest';
import { isJsonThesaurus, parseThesaurus } from '../../src/thesaurus/parse.ts';

describe('parseThesaurus: TSV', () => {
  it('reads from<TAB>to[<TAB>kind] rules with their lines, skipping the VOSviewer header, comments and blank lines', () => {
    const text = ['label\treplace by', '# merges', 'GPT4\tGPT-4', '', '  # indented comment', 'baseline\t', 'CoT\tchain-of-thought\tMethods', 'model:gpt-4o\tGPT-4o\tmodel'].join('\n');
    const { thesaurus, errors } = parseThesaurus(text, 'terms.tsv');
    expect(errors).toEqual([]);
    expect(thesaurus).toEqual({
      source: 'terms.tsv',
      rules: [
        { from: 'GPT4', to: 'GPT-4', line: 3 },
        { from: 'baseline', to: '', line: 6 },
        { from: 'CoT', to: 'chain-of-thought', kind: 'method', line: 7 },
        { from: 'model:gpt-4o', to: 'GPT-4o', kind: 'model', line: 8 },
      ],
      warnings: [],
    });
  });

  it('accepts the header with a kind column, CRLF line ends, a byte-order mark, and spaces around names', () => {
    const { thesaurus, errors } = parseThesaurus('\uFEFFLabel\tReplace by\tKind\r\n GPT4 \t GPT-4 \tmodel\r\n', 't.tsv');
    expect(errors).toEqual([]);
    expect(thesaurus.rules).toEqual([{ from: 'GPT4', to: 'GPT-4', kind: 'model', line: 2 }]);
  });

  it('a header is only a header on the first line that is not a comment', () => {
    const { thesaurus } = parseThesaurus('GPT4\tGPT-4\nlabel\treplace by\n', 't.tsv');
    expect(thesaurus.rules.map((rule) => rule.from)).toEqual(['GPT4', 'label']);
  });

  it('reports every bad line with file and line, and keeps the good rules', () => {
    const text = [
      'GPT4 GPT-4', // spaces, no tab
      'a\tb\tmodel\textra',
      'CoT\tchain-of-thought\tmethodz',
      '\tGPT-4',
      '---\tGPT-4',
      'x\t!!!',
      'model:gpt-4\tGPT-4\tdataset',
      'fine\tFine',
    ].join('\n');
    const { thesaurus, errors } = parseThesaurus(text, 'bad.tsv');
    expect(errors.map((error) => [error.file, error.line])).toEqual([
      ['bad.tsv', 1],
      ['bad.tsv', 2],
      ['bad.tsv', 3],
      ['bad.tsv', 4],
      ['bad.tsv', 5],
      ['bad.tsv', 6],
      ['bad.tsv', 7],
    ]);
    expect(errors[0]!.message).toBe('expected tab-separated from<TAB>to, found no tab (an empty "to" after the tab drops the entity)');
    expect(errors[1]!.message).toMatch(/4 tab-separated columns/);
    expect(errors[2]!.message).toMatch(/unknown kind "methodz" \(expected model, method, dataset/);
    expect(errors[3]!.message).toMatch(/empty "from"/);
    expect(errors[4]!.message).toMatch(/no letter or digit/);
    expect(errors[6]!.message).toMatch(/key of a model but the rule is restricted to dataset/);
    expect(thesaurus.rules).toEqual([{ from: 'fine', to: 'Fine', line: 8 }]);
  });

  it('reads fields in double quotes as a spreadsheet writes them: one pair of quotes removed, "" inside is one quote', () => {
    const text = ['"Label"\t"Replace by"\t"Kind"', '"Jose M. Alvarez"\tJosé M. Álvarez\t"author"', '"GPT4"\t"GPT-4"\tmodel', '"The ""Best"" Net"\t""', ' "a" and "b" \tab'].join('\n');
    const { thesaurus, errors } = parseThesaurus(text, 't.tsv');
    expect(errors).toEqual([]);
    expect(thesaurus.rules).toEqual([
      { from: 'Jose M. Alvarez', to: 'José M. Álvarez', kind: 'author', line: 2 },
      { from: 'GPT4', to: 'GPT-4', kind: 'model', line: 3 },
      { from: 'The "Best" Net', to: '', line: 4 },
      // not quoted as a whole field: kept as written
      { from: '"a" and "b"', to: 'ab', line: 5 },
    ]);
  });

  it('a comma-separated file is refused saying a thesaurus is tab-separated', () => {
    const { errors } = parseThesaurus('label,replace by\nGPT4,GPT-4\n', 't.csv');
    expect(errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      '1: expected tab-separated from<TAB>to, found commas but no tab (a CSV file? save it as tab-separated text)',
      '2: expected tab-separated from<TAB>to, found commas but no tab (a CSV file? save it as tab-separated text)',
    ]);
    expect(parseThesaurus('GPT4;GPT-4\n', 't.csv').errors[0]!.message).toMatch(/found semicolons but no tab \(a CSV file\?/);
  });

  it('a thesaurus without a rule is read, with a warning', () => {
    const warning = { file: 't.tsv', message: 'no rules: the thesaurus is empty or holds only comments, and changes nothing' };
    for (const text of ['', '\n\n', 'label\treplace by\tkind\n# GPT4\tGPT-4\n']) {
      expect(parseThesaurus(text, 't.tsv')).toEqual({ thesaurus: { source: 't.tsv', rules: [], warnings: [warning] }, errors: [] });
    }
    expect(parseThesaurus('[]', 't.tsv').thesaurus.warnings).toEqual([warning]);
    // (a file with bad lines only is refused for them, not warned about)
    expect(parseThesaurus('GPT4 GPT-4\n', 't.tsv').thesaurus.warnings).toEqual([]);
  });

  it('echoes a huge field in a message cut to 80 characters with an ellipsis', () => {
    const huge = `${'x'.repeat(5000)}`;
    const [error] = parseThesaurus(`GPT4\tGPT-4\t${huge}\n`, 't.tsv').errors;
    expect(error!.message).toBe(`unknown kind "${'x'.repeat(79)}…" (expected model, method, dataset, author, or nothing for any entity kind)`);
    const { thesaurus } = parseThesaurus(`${huge}\ta\n${huge}\tb\n`, 't.tsv');
    expect(thesaurus.warnings[0]!.message).toBe(`"${'x'.repeat(79)}…" already has a rule at line 1, which sends it to "a": this one (which sends it to "b") is not applied, the first rule wins`);
    expect(thesaurus.warnings[0]!.message.length).toBeLessThan(250);
  });

  it('a name with two rules: the first wins, the later one is left out with a warning naming both lines', () => {
    const { thesaurus, errors } = parseThesaurus('GPT4\tGPT-4\ngpt 4\tGPT-4\nGPT-4o\tGPT-4o Turbo\ngpt4\tGPT-4o\nGPT4\tGPT-4o\tmodel\ngpt-4o\t\n', 't.tsv');
    expect(errors).toEqual([]);
    expect(thesaurus.warnings).toEqual([
      { file: 't.tsv', line: 2, message: 'repeats the rule for "gpt 4" at line 1' },
      { file: 't.tsv', line: 4, message: '"gpt4" already has a rule at line 1, which sends it to "GPT-4": this one (which sends it to "GPT-4o") is not applied, the first rule wins' },
      { file: 't.tsv', line: 6, message: '"gpt-4o" already has a rule at line 3, which sends it to "GPT-4o Turbo": this one (which drops it) is not applied, the first rule wins' },
    ]);
    // The kind makes it another rule; the later duplicates are not kept.
    expect(thesaurus.rules.map((rule) => rule.line)).toEqual([1, 3, 5]);
  });
});

describe('parseThesaurus: JSON', () => {
  it('reads an array of {from, to, kind?} with 0-based record indexes; "" drops', () => {
    const text = JSON.stringify([{ from: 'GPT4', to: 'GPT-4', kind: 'model' }, { from: 'baseline', to: '' }]);
    const { thesaurus, errors } = parseThesaurus(text, 'terms.json');
    expect(errors).toEqual([]);
    expect(thesaurus.rules).toEqual([
      { from: 'GPT4', to: 'GPT-4', kind: 'model', record: 0 },
      { from: 'baseline', to: '', record: 1 },
    ]);
  });

  it('reports bad entries by number, and files that are not an array of rules', () => {
    const text = JSON.stringify([{ from: 'a', to: 'b' }, 'GPT4', { from: 'a2', To: 'b' }, { from: 'c' }, { from: 3, to: 'x' }, { from: 'd', to: 'e', kind: 'paper' }]);
    const { thesaurus, errors } = parseThesaurus(text, 't.json');
    expect(errors.map((error) => error.record)).toEqual([1, 2, 3, 4, 5]);
    expect(errors[1]!.message).toBe('unknown field "To" (expected from, to, kind)');
    expect(errors[2]!.message).toMatch(/"to" must be a string/);
    expect(errors[4]!.message).toMatch(/unknown kind "paper"/);
    expect(thesaurus.rules).toEqual([{ from: 'a', to: 'b', record: 0 }]);
    expect(parseThesaurus('{"merge": {}}', 't.json').errors[0]!.message).toMatch(/expected a JSON array of rules/);
    expect(parseThesaurus('[{"from": "a",', 't.json').errors[0]!.message).toMatch(/^not valid JSON/);
    // The line of the error, as for the TSV form's rules; also where JSON.parse gives no position (a trailing comma).
    expect(parseThesaurus('[\n  {"from": "a", "to": "b"},\n  {"from": "c" "to": "d"}\n]', 't.json').errors[0]).toMatchObject({ file: 't.json', line: 3 });
    expect(parseThesaurus('[\n  {"from": "a", "to": "b"},\n  {"from": "c", "to": "d"},\n]\n', 't.json').errors[0]).toMatchObject({ file: 't.json', line: 4 });
    expect(parseThesaurus('[\n  {"from": "a", "to": "b",}\n]\n', 't.json').errors[0]).toMatchObject({ file: 't.json', line: 2 });
  });

  it('a second rule for a name names the first by its record, counted from 1 as every message counts records', () => {
    const { thesaurus } = parseThesaurus(JSON.stringify([{ from: 'GPT4', to: 'GPT-4' }, { from: 'x', to: 'y' }, { from: 'gpt 4', to: 'GPT-4o' }]), 't.json');
    expect(thesaurus.warnings).toEqual([
      { file: 't.json', record: 2, message: '"gpt 4" already has a rule at record 1, which sends it to "GPT-4": this one (which sends it to "GPT-4o") is not applied, the first rule wins' },
    ]);
  });

  it('tells the two forms apart by the first character that is not a space', () => {
    expect(isJsonThesaurus('\uFEFF  [ ]')).toBe(true);
    expect(isJsonThesaurus('{}')).toBe(true);
    expect(isJsonThesaurus('label\treplace by\n[x]\ty')).toBe(false);
    expect(isJsonThesaurus('')).toBe(false);
  });
});

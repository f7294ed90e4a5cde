import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  kindsOption,
  parseCommunities,
  parseFormats,
  parseLimit,
  parseMinPapers,
  parseResolution,
  parseSeed,
  parseWorkers,
  SEED_MAX,
} from '../../src/commands/options.ts';
import { OUTPUT_FORMATS } from '@papergraph/core';
import { REPO } from '../run-cli.ts';

type Parser = (value: string) => unknown;

/** Each option parser with what it must accept (and the value it gives) and what it must refuse. */
const table: Array<{ name: string; parse: Parser; accepts: Array<[string, unknown]>; refuses: string[]; says: RegExp }> = [
  {
    name: '--seed',
    parse: parseSeed,
    accepts: [['0', 0], ['42', 42], ['007', 7], ['4294967295', SEED_MAX], [' 9 ', 9]],
    // 2^32 + 42 is what the generator would have read as 42; negatives wrap the same way
    refuses: ['4294967296', '4294967338', '-1', '1.5', '1e3', 'abc', '', '0x10', '99999999999999999999'],
    says: /^expected an integer from 0 to 4294967295 \(Louvain's generator keeps 32 bits of the seed\)$/,
  },
  {
    name: '--resolution',
    parse: parseResolution,
    accepts: [['1', 1], ['0.5', 0.5], ['.5', 0.5], ['1.5e1', 15], ['2.', 2]],
    refuses: ['0', '-1', '0x10', 'Infinity', '1e400', 'abc', '', ' ', '1,5', 'NaN'],
    says: /greater than 0/,
  },
  {
    name: '--workers',
    parse: parseWorkers,
    accepts: [['0', 0], ['1', 1], ['50', 50]],
    refuses: ['-1', '1.5', 'two', '', '1e2'],
    says: /^expected an integer of at least 0$/,
  },
  {
    name: '--min-papers',
    parse: parseMinPapers,
    accepts: [['1', 1], ['2', 2]],
    refuses: ['0', '-2', 'x', '2.5'],
    says: /^expected an integer of at least 1$/,
  },
  {
    name: '--limit',
    parse: parseLimit,
    accepts: [['1', 1], ['25', 25]],
    refuses: ['0', '-3', 'ten', ''],
    says: /^expected an integer of at least 1$/,
  },
  {
    name: '--communities',
    parse: parseCommunities,
    accepts: [['0', 0], ['10', 10]],
    refuses: ['abc', '-1', '2.5', ''],
    says: /^expected an integer of at least 0$/,
  },
  {
    name: '--formats',
    parse: parseFormats,
    accepts: [['json', ['json']], ['GEXF, json', ['json', 'gexf']], ['graphml,graphml', ['graphml']], ['view,json', ['json', 'view']]],
    // (view alone, or without json: graph.view.json is the view file of graph.json)
    refuses: ['', ',', 'csv', 'json,csv', 'view', 'graphml,view'],
    says: /^(expected one or more of|unknown format|view is the view file of graph\.json and needs it: ask for json,view$)/,
  },
];

describe('option parsers', () => {
  for (const { name, parse, accepts, refuses, says } of table) {
    it.each(accepts)(`${name} accepts %j`, (value, expected) => {
      expect(parse(value)).toEqual(expected);
    });
    it.each(refuses.map((value) => [value]))(`${name} refuses %j, saying why`, (value) => {
      let error: unknown;
      try {
        parse(value);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toMatch(says);
    });
  }
});

describe('docs/cli.md names every output format --formats takes', () => {
  const doc = readFileSync(join(REPO, 'docs/cli.md'), 'utf8');

  it('in the build table, with the default, and in the Output files table', () => {
    const row = doc.split('\n').find((line) => line.startsWith('| `--formats <list>` |'))!;
    for (const format of OUTPUT_FORMATS) expect(row, format.name).toContain(`\`${format.name}\``);
    expect(row).not.toContain('all three');
    const outputs = doc.slice(doc.indexOf('## Output files'));
    for (const format of OUTPUT_FORMATS) expect(outputs, format.fileName).toContain(`| \`${format.fileName}\` |`);
  });
});

describe('kindsOption', () => {
  it('reads a comma list of the kinds a command covers, singular or plural, each once, added to earlier --kind options', () => {
    const candidates = kindsOption(['model', 'method', 'dataset', 'author']);
    expect(candidates('models, Dataset,model')).toEqual(['model', 'dataset']);
    expect(candidates('method', ['model'])).toEqual(['model', 'method']);
    expect(candidates('authors')).toEqual(['author']);
    expect(() => candidates(',')).toThrow(/expected one or more of model, method, dataset, author/);
    expect(() => candidates('paper')).toThrow(/unknown kind "paper" \(expected model, method, dataset, author\)/);
  });

  it('refuses a kind the command does not cover (trends: no authors)', () => {
    const trends = kindsOption(['model', 'method', 'dataset']);
    expect(() => trends('author')).toThrow(/unknown kind "author" \(expected model, method, dataset\)/);
  });
});

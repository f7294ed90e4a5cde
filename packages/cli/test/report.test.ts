import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '@papergraph/core';
import { formatSummary, issueLine, reportIssues, terminalLines, terminalText } from '../src/report.ts';

// Every character a terminal may act on: C0 controls, DEL, C1 controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('terminalText', () => {
  it.each([
    ['plain text, accents and symbols stay', 'Llama-2-7B · LoRA — é 4× “q”', 'Llama-2-7B · LoRA — é 4× “q”'],
    ['ESC sequences (colour, clear screen)', '\u001b[31mred\u001b[0m \u001b[2J', '\\x1b[31mred\\x1b[0m \\x1b[2J'],
    ['an OSC window title ended by BEL', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['CR, LF and tab', 'a\rb\nc\td', 'a\\rb\\nc\\td'],
    ['NUL, backspace, DEL', '\u0000\u0008\u007f', '\\x00\\x08\\x7f'],
    ['the one-character CSI of C1 and NEL', '\u009b31m\u0085', '\\u009b31m\\u0085'],
    ['characters just outside the ranges stay', '\u00a0\u0020~', '\u00a0 ~'],
  ])('%s', (_name, input, shown) => {
    expect(terminalText(input)).toBe(shown);
    expect(terminalText(input)).not.toMatch(CONTROL);
  });

  it('terminalLines keeps the line breaks and escapes the rest', () => {
    expect(terminalLines('one\u001b[2J\ntwo\r')).toBe('one\\x1b[2J\ntwo\\r');
  });
});

describe('text output escapes what comes from the inputs', () => {
  const evil = '\u001b]0;pwned\u0007\u001b[2J';
  const text = JSON.stringify({ title: `Evil ${evil} Title`, abstract: 'We fine-tune Mistral-7B on our data.', authors: [`Ada ${evil}Lovelace`] });
  const { graph } = buildKnowledgeGraph([{ name: 'evil.jsonl', text: `${text}\n` }]);

  it('formatSummary: community labels', () => {
    const communities = graph.getAttribute('communities');
    communities[0]!.label = `Top ${evil}`;
    const summary = formatSummary(graph);
    expect(summary.split('\n').some((line) => line.endsWith('Top \\x1b]0;pwned\\x07\\x1b[2J'))).toBe(true);
    for (const line of summary.split('\n')) expect(line).not.toMatch(CONTROL);
  });

  it('issueLine: file names and messages', () => {
    const line = issueLine({ file: `in${evil}.jsonl`, line: 3, message: `bad title "${evil}"` });
    expect(line).toBe('in\\x1b]0;pwned\\x07\\x1b[2J.jsonl:3: bad title "\\x1b]0;pwned\\x07\\x1b[2J"');
  });
});

describe('issue lines', () => {
  it('name a record of a JSON array (no line of its own) counting from 1, where the JSON keeps the 0-based index', () => {
    expect(issueLine({ file: 'papers.json', record: 0, message: 'record has no "title"' })).toBe('papers.json record 1: record has no "title"');
    expect(issueLine({ file: 'papers.json', record: 4, message: 'x' })).toBe('papers.json record 5: x');
    // a line, when there is one, says where
    expect(issueLine({ file: 'papers.jsonl', line: 3, record: 2, message: 'x' })).toBe('papers.jsonl:3: x');
  });

  it('reportIssues: one line each, rejections then warnings, in one write; nothing for none', () => {
    const writes: string[] = [];
    reportIssues({ rejections: [{ file: 'a.jsonl', line: 2, message: 'broken' }], warnings: [{ file: 'notes.md', message: 'not paper records (no input format recognised): skipped' }] }, { write: (text: string) => writes.push(text) });
    expect(writes).toEqual(['rejected: a.jsonl:2: broken\nwarning: notes.md: not paper records (no input format recognised): skipped\n']);
    reportIssues({ rejections: [], warnings: [] }, { write: (text: string) => writes.push(text) });
    reportIssues(undefined, { write: (text: string) => writes.push(text) });
    expect(writes).toHaveLength(1);
  });
});

describe('counts read as English', () => {
  it('formatSummary: a community of one node, one undated paper', () => {
    const { graph } = buildKnowledgeGraph([{ name: 'one.jsonl', text: '{"title": "A Lone Paper", "abstract": "Nothing here."}\n' }]);
    const summary = formatSummary(graph);
    expect(summary).toMatch(/^ {2}#\d+ \(1 node\) /m);
    expect(summary).toContain('undated   1 paper without a date');
  });
});


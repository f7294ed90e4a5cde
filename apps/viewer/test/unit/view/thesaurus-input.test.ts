import { describe, expect, it } from 'vitest';
import { applyThesaurusFile } from '../../../src/model/thesaurus-file.ts';
import { splitThesauri } from '../../../src/view/thesaurus-input.ts';
import { smallGraph } from '../fixture.ts';

/** A VOSviewer thesaurus saved as a spreadsheet's "Unicode text": UTF-16 little-endian with its byte order mark. */
function utf16(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + 2 * text.length);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('thesauri among the files opened', () => {
  it('tells a UTF-16 thesaurus by its decoded head, and hands its bytes to core, which decodes them as the CLI does', async () => {
    const terms = new File([utf16('label\treplace by\nKron-LoRA\tLoRA\tmethod\nTruthfulQA\t\n')], 'terms.txt');
    const papers = new File(['{"title": "A paper"}\n'], 'papers.jsonl');
    const { thesauri, others } = await splitThesauri([terms, papers]);
    expect(thesauri.map((thesaurus) => thesaurus.name)).toEqual(['terms.txt']);
    expect(others.map((file) => file.name)).toEqual(['papers.jsonl']);
    const outcome = applyThesaurusFile(smallGraph(), 'terms.txt', thesauri[0]!.bytes);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.report).toMatchObject({ rules: 2, applied: 2, merged: 1, dropped: 1 });
    expect(outcome.graph.hasNode('method:kron-lora')).toBe(false);
  });
});

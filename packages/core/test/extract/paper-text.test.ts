import { describe, expect, it } from 'vitest';
import { indexOfSpaced, paperText, sentenceAt, sentenceIndexAt } from '../../src/extract/paper-text.ts';
import { seedDoc } from './real-text.ts';

describe('paperText', () => {
  it('joins the cleaned title and abstract with a line break; the title is the first sentence', () => {
    const doc = seedDoc('Kron-LoRA');
    const { text, titleEnd, starts } = paperText(doc);
    expect(text.slice(0, titleEnd)).toBe(doc.title);
    expect(text[titleEnd]).toBe('\n');
    expect(starts[0]).toBe(0);
    expect(starts[1]).toBe(titleEnd + 1);
    expect(starts.length).toBeGreaterThan(4);
    for (let s = 1; s < starts.length; s++) expect(starts[s]).toBeGreaterThan(starts[s - 1]!);
  });

  it('drops leftover LaTeX and URLs from both parts', () => {
    const { text, titleEnd, starts } = paperText({ key: 'p', title: '\\textbf{Kron-LoRA}: Adapters', abstract: 'Code at https://github.com/x/y. We fine-tune $\\times$ 2 models.' });
    expect(text).toBe('Kron-LoRA: Adapters\nCode at . We fine-tune × 2 models.');
    expect(titleEnd).toBe(19);
    expect(starts).toEqual([0, 20, 30]);
  });

  it('is the title alone when there is no abstract', () => {
    expect(paperText({ key: 'p', title: 'A title', abstract: '' })).toEqual({ text: 'A title', titleEnd: 7, starts: [0] });
  });
});

describe('sentenceAt', () => {
  it('returns the trimmed sentence holding an offset', () => {
    const { text, starts } = paperText(seedDoc('Kron-LoRA'));
    for (let s = 0; s < starts.length; s++) {
      const end = s + 1 < starts.length ? starts[s + 1]! : text.length;
      for (const at of [starts[s]!, end - 1]) {
        expect(sentenceIndexAt(starts, at)).toBe(s);
        expect(sentenceAt(text, starts, at)).toBe(text.slice(starts[s], end).trim());
      }
    }
  });
});

describe('indexOfSpaced', () => {
  it("finds ' ' + word at or after from, as indexOf(' ' + word) does", () => {
    const text = 'Trained on ImageNet; results on COCO and onward, upon on-device data. The Challenge at the BabyLM Challenge';
    for (const word of ['on ', 'Challenge', 'COCO', 'missing']) {
      for (let from = 0; from <= text.length; from++) expect(indexOfSpaced(text, word, from), `${word} from ${from}`).toBe(text.indexOf(' ' + word, from));
    }
  });
  it('skips the word where no space precedes it, and a match at the very start', () => {
    expect(indexOfSpaced('upon on', 'on', 0)).toBe(4);
    expect(indexOfSpaced('on the', 'on', 0)).toBe(-1);
  });
});

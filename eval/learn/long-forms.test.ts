import { describe, expect, it } from 'vitest';
import { longFormKey, longFormTable, mineLongForms } from './long-forms.ts';

// Invented abstracts: DPO (a method of the lexicons) defined three times by a long form no lexicon reads, once by
// its own long form; MMLU (a dataset) by its known long form.
const papers = [
  { id: 'p1', title: 'A study', abstract: 'We train with the Direct Preference Optimizer (DPO) on math.' },
  { id: 'p2', title: 'Another', abstract: 'Direct Preference Optimizers (DPO) are applied; DPO converges.' },
  { id: 'p3', title: 'A third', abstract: 'We use a direct preference optimizer (DPO).' },
  { id: 'p4', title: 'Alone', abstract: 'We fine-tune with a Direct Preference Optimizer only.' },
  { id: 'p5', title: 'Known', abstract: 'Direct Preference Optimization (DPO) aligns it; scores on Massive Multitask Language Understanding (MMLU) rise.' },
];

describe('pnpm mine --long-forms', () => {
  it('lists a long form no lexicon reads, with the papers that define it and those that write it alone', () => {
    expect(mineLongForms(papers, 3)).toEqual([
      { kind: 'method', entry: 'DPO', acronym: 'DPO', longForm: 'Direct Preference Optimizer', defined: 3, definitions: 4, alone: 1, examples: ['p1', 'p2', 'p3'] },
    ]);
    // below the threshold: nothing
    expect(mineLongForms(papers, 4)).toEqual([]);
  });

  it('counts a plural and a singular, any case and separators, as one long form', () => {
    expect(longFormKey('Direct Preference Optimizers')).toBe(longFormKey('direct preference-optimizer'));
    expect(longFormKey("Humanity's Last Exam")).toBe('humanityslastexam');
  });

  it('writes TSV with a header, and Markdown', () => {
    const row = { kind: 'dataset' as const, entry: 'HLE', acronym: 'HLE', longForm: "Humanity's Last Exam", defined: 14, definitions: 14, alone: 17, examples: ['2501.00001'] };
    expect(longFormTable([row], false)).toBe("kind\tentry\tacronym\tlong form\tdefined\tof definitions\talone\texamples\ndataset\tHLE\tHLE\tHumanity's Last Exam\t14\t14\t17\t2501.00001\n");
    expect(longFormTable([row], true).split('\n')[2]).toBe("| dataset | HLE | HLE | Humanity's Last Exam | 14 | 14 | 17 | 2501.00001 |");
  });
});

import { describe, expect, it } from 'vitest';
import { acceptedRows } from './queue.ts';
import { mineTechniques, techniqueQueue } from './techniques.ts';

// Invented abstracts in the shape of real ones: a coding technique defined by its acronym in three papers and written
// without it in a fourth; a task, a benchmark and a technique the lexicons know, each defined as often.
const papers = [
  { id: 'p1', title: 'Decoding', abstract: 'We decode with staggered pilot recombination (SPR) at the receiver. Results improve.' },
  { id: 'p2', title: 'Uplink', abstract: 'Staggered Pilot Recombination (SPR) is applied to NOMA users.' },
  { id: 'p3', title: 'Receivers', abstract: 'A receiver based on staggered pilot recombination (SPR) and a Kalman filter.' },
  { id: 'p4', title: 'Alone', abstract: 'The users are separated by staggered pilot recombinations at the base station.' },
  { id: 'p5', title: 'Other SPR', abstract: 'We measure the signal peak ratio (SPR) of the signals.' },
  { id: 'p6', title: 'Data', abstract: 'We release the Urban Traffic Sign Dataset (UTSD); low-rank adaptation (LoRA) tunes it.' },
  { id: 'p7', title: 'Data', abstract: 'Results on the Urban Traffic Sign Dataset (UTSD) with low-rank adaptation (LoRA).' },
  { id: 'p8', title: 'Data', abstract: 'The Urban Traffic Sign Dataset (UTSD) and low-rank adaptation (LoRA) again.' },
];

describe('pnpm mine --techniques', () => {
  it('lists a technique defined by an acronym in enough papers, with the papers writing it alone and how much its acronym means it', () => {
    expect(mineTechniques(papers, 3)).toEqual([
      {
        longForm: 'staggered pilot recombination',
        acronym: 'SPR',
        defined: 3,
        acronymShare: 0.75,
        alone: 1,
        examples: ['p1', 'p2', 'p3'],
        context: 'We decode with staggered pilot recombination (SPR) at the receiver.',
      },
    ]);
    // a dataset's long form and a technique the lexicons know are not offered; below the threshold nothing is
    expect(mineTechniques(papers, 4)).toEqual([]);
  });

  it('writes a names queue that --accept reads, with the acronym only where the corpus uses it for this technique alone', () => {
    const [row] = mineTechniques(papers, 3);
    const shared = techniqueQueue([row!]).split('\n');
    expect(shared[0]).toBe('accept\tkind\tname\tpapers\tscore\trules\texamples\tcontext');
    expect(shared[1]).toBe('\tmethod\tstaggered pilot recombination\t4\t0.75\tdefined 3, alone 1\tp1 p2 p3\tWe decode with staggered pilot recombination (SPR) at the receiver.');
    const own = techniqueQueue([{ ...row!, acronymShare: 1 }]);
    expect(own.split('\n')[1]!.split('\t')[2]).toBe('staggered pilot recombination|SPR');
    const marked = own.replace(/\n\t/, '\ny\t');
    expect(acceptedRows(marked)).toEqual([{ kind: 'method', name: 'staggered pilot recombination|SPR', papers: '4', examples: 'p1 p2 p3' }]);
  });
});

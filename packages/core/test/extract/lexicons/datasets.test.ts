import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../src/extract/index.ts';

const datasets = (abstract: string) =>
  extractPaper({ key: 'p', title: 'A study', abstract })
    .filter((m) => m.kind === 'dataset')
    .map((m) => `${m.label} [${m.aliases.join('|')}]`)
    .sort();

describe('the 2025-26 benchmark group of the dataset lexicon', () => {
  it('reads bare mentions of benchmarks the rules found in many papers', () => {
    expect(datasets('Tracking results on LaSOT improve; anomaly detection on MVTec AD 2, MVTec AD and VisA too.')).toEqual([
      'LaSOT [LaSOT]', 'MVTec AD 2 [MVTec AD 2]', 'MVTec AD [MVTec AD]', 'VisA [VisA]',
    ]);
    // case-sensitive: the English word is not the benchmark
    expect(datasets('A visa was needed; tofu was served.')).toEqual([]);
  });
});

describe('benchmarks accepted by hand from the tuning samples\' misses', () => {
  it('reads PersonaChat in its three spellings, as one node', () => {
    // real spellings of the 2025-26 corpus
    expect(datasets('We fine-tune on PersonaChat and compare with Persona-Chat and PERSONA-CHAT baselines.')).toEqual([
      'PersonaChat [PERSONA-CHAT|Persona-Chat|PersonaChat]',
    ]);
  });
});

describe('long forms of known dataset acronyms', () => {
  it('reads a long form written alone as the acronym, possessives and curly apostrophes included', () => {
    // invented sentences; long forms as the 2025-26 corpus defines them ("Humanity's Last Exam (HLE)", 14 papers)
    expect(datasets("We evaluate on Humanity's Last Exam and on the Massive Text Embedding Benchmark.")).toEqual([
      "HLE [Humanity's Last Exam]",
      'MTEB [Massive Text Embedding Benchmark]',
    ]);
    expect(datasets('Scans come from the Alzheimer’s Disease Neuroimaging Initiative.')).toEqual(['ADNI [Alzheimer’s Disease Neuroimaging Initiative]']);
    // case-sensitive group: the words in lower case are no name
    expect(datasets("humanity's last exam is a phrase here.")).toEqual([]);
  });
});

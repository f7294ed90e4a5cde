import { describe, expect, it } from 'vitest';
import { foldAccents, WrittenWords } from '../../src/extract/fold.ts';
import { extractPaper } from '../../src/extract/paper.ts';
import { slugify } from '../../src/extract/tokens.ts';
import { knownEntityKeys } from '../../src/extract/known.ts';

const read = (title: string, abstract: string) => extractPaper({ key: 'paper:x', title, abstract }).map((m) => `${m.kind}:${m.slug}:${m.relation}=${m.label}`);

describe('foldAccents', () => {
  it('folds accented Latin letters to their base letter, one for one, and leaves other letters alone', () => {
    // invented
    expect(foldAccents('CPMöbius, Sabiá-4, naïve, ÅNGSTRÖM, Poincaré')).toBe('CPMobius, Sabia-4, naive, ANGSTROM, Poincare');
    // no decomposition to an ASCII letter (ß, ø, æ, ł), Greek, × and ÷: as written
    expect(foldAccents('Straße Sørensen Cæsar Łódź αβ-CROWN μP 3×3 ÷')).toBe('Straße Sørensen Cæsar Łodz αβ-CROWN μP 3×3 ÷');
    const plain = 'no accents here';
    expect(foldAccents(plain)).toBe(plain);
  });

  it('keeps the slug: a folded name and the written one are one key', () => {
    for (const name of ['CPMöbius', 'Sabiá-4', 'DéjàView', 'Nüshu-PitchVITS', 'Schrödinger Bridge', 'Kähler', 'Ångström']) {
      expect(slugify(foldAccents(name))).toBe(slugify(name));
    }
    expect(slugify('CPMöbius')).toBe('cpmobius');
  });
});

describe('WrittenWords', () => {
  it('writes a folded name back as the text writes it, word by word', () => {
    const written = 'we propose Nüshu-PitchVITS for Nüshu speech';
    const w = new WrittenWords(written, foldAccents(written));
    expect(w.restore('Nushu-PitchVITS')).toBe('Nüshu-PitchVITS');
  });

  it('keeps the spelling the text writes more often, when it writes a word with and without accents', () => {
    // arXiv 2603.24307: "Samasāmayik" in the title and the first sentence, "Samasamayik" once later
    const written = 'Samasāmayik: A Parallel Dataset. We release Samasāmayik, a novel corpus. Models trained on the Samasamayik corpus';
    expect(new WrittenWords(written, foldAccents(written)).restore('Samasamayik')).toBe('Samasāmayik');
  });

  it('leaves a word the text writes as often or more without accents', () => {
    // invented: French "à" folds to the common "a"
    const written = 'an LLM-as-a-judge, à la carte';
    const w = new WrittenWords(written, foldAccents(written));
    expect(w.restore('LLM-as-a-judge')).toBe('LLM-as-a-judge');
  });
});

describe('extractPaper on names with accented letters', () => {
  it('reads an accented proposal whole (arXiv 2602.02979 wrote CPMöbius and was read as a proposal CPM)', () => {
    // (labelled CPMöbius: the paper writes it so three times, CPMobius twice)
    const ms = read(
      'CPMobius: Iterative Coach-Player Reasoning for Data-Free Reinforcement Learning',
      'To overcome this limitation, we introduce CPMöbius (CPMobius), a collaborative Coach-Player paradigm for data-free reinforcement learning of reasoning models. Unlike traditional adversarial self-play, CPMöbius, inspired by real world human sports collaboration and multi-agent collaboration, treats the Coach and Player as independent but cooperative roles. Remarkably, CPMöbius achieves substantial improvement without relying on any external training data.',
    );
    expect(ms.filter((m) => m.includes('cpm'))).toEqual(['method:cpmobius:proposes=CPMöbius']);
  });

  it('labels the name as written (arXiv 2606.09295, 2601.09725, 2605.30215)', () => {
    expect(read('NüshuVoice', 'To synthesize speech under this extreme low-resource setting, we propose Nüshu-PitchVITS, an F0-conditioned VITS framework that leverages Nüshu\'s five-level pitch notation as an explicit prosodic inductive bias.')).toContain(
      'method:nushu-pitchvits:proposes=Nüshu-PitchVITS',
    );
    expect(read('Assessing and Improving Punctuation Robustness in English-Marathi Machine Translation', 'We introduce Virām, the first diagnostic benchmark for assessing punctuation robustness in English-to-Marathi machine translation, consisting of 54 manually curated, punctuation-ambiguous instances.')).toContain(
      'dataset:viram:proposes=Virām',
    );
    expect(read('Déjà View: Looping Transformers for Multi-View 3D Reconstruction', 'Our model, DéjàView, applies a single looped transformer block recurrently to per-view features for K refinement steps.')).toContain(
      'model:dejaview:proposes=DéjàView',
    );
  });

  it('reads a model name by its shape (arXiv 2603.10213: "Sabiá-4 Technical Report")', () => {
    const ms = read('Sabiá-4 Technical Report', 'This technical report presents Sabiá-4 and Sabiazinho-4, a new generation of Portuguese language models with a focus on Brazilian Portuguese language.');
    expect(ms).toContain('method:sabia-4:proposes=Sabiá-4');
    expect(ms).toContain('method:sabiazinho-4:proposes=Sabiazinho-4');
  });

  it('matches a lexicon name written with or without its accents', () => {
    // arXiv 2603.11780 writes "naïve Bayes"; the node keeps the lexicon's label
    expect(read('Classifying', 'We compare random forest, naïve Bayes and logistic regression classifiers.')).toContain('method:naive-bayes:uses=naive Bayes');
    // invented: the methods lexicon writes Nyström
    expect(read('Kernels', 'We use the Nystrom method to approximate the kernel.')).toEqual(read('Kernels', 'We use the Nyström method to approximate the kernel.'));
    expect(knownEntityKeys('Nyström method')).toEqual(knownEntityKeys('Nystrom method'));
  });

  it('cuts the evidence from the written text', () => {
    const [m] = extractPaper({ key: 'paper:x', title: 'Assessing', abstract: 'We introduce Virām, the first diagnostic benchmark for punctuation robustness.' });
    expect(m!.evidence).toBe('We introduce Virām, the first diagnostic benchmark for punctuation robustness.');
  });
});

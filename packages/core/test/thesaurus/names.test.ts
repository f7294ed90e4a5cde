import { describe, expect, it } from 'vitest';
import { entityKeyParts, kindFromText, nameForm } from '../../src/thesaurus/names.ts';

describe('nameForm', () => {
  it.each([
    ['Llama-2-7B', 'llama27b'],
    ['llama 2 7b', 'llama27b'],
    ['LLaMA_2_7b', 'llama27b'],
    ['Qwen2.5-VL', 'qwen25vl'],
    ['Café-Net', 'cafenet'],
    ['C++', 'c++'],
    ['T5+', 't5+'],
    ['α-CLIP', 'αclip'],
    ['  ', ''],
  ])('%s → %s', (name, form) => expect(nameForm(name)).toBe(form));

  it('keeps apart what the search would merge: C and C++, CLIP and α-CLIP', () => {
    expect(nameForm('C')).not.toBe(nameForm('C++'));
    expect(nameForm('CLIP')).not.toBe(nameForm('α-CLIP'));
  });
});

describe('entityKeyParts and kindFromText', () => {
  it('reads entity node keys only', () => {
    expect(entityKeyParts('model:llama-2-7b')).toEqual({ kind: 'model', slug: 'llama-2-7b' });
    expect(entityKeyParts('dataset:math-500')).toEqual({ kind: 'dataset', slug: 'math-500' });
    expect(entityKeyParts('paper:2501.00001')).toBeUndefined();
    expect(entityKeyParts('Model: a survey')).toBeUndefined();
    expect(entityKeyParts('model:Llama 2')).toBeUndefined();
    expect(entityKeyParts('GPT-4')).toBeUndefined();
  });

  it('reads a kind in singular or plural, any case', () => {
    expect(kindFromText(' Models ')).toBe('model');
    expect(kindFromText('DATASET')).toBe('dataset');
    expect(kindFromText('author')).toBeUndefined();
    expect(kindFromText('')).toBeUndefined();
  });
});

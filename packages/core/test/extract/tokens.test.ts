import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/cluster/random.ts';
import { cleanText, codeAt, firstWordLower, firstWordMayStart, keyLengths, mayBeKey, mayMatch, mayStart, opensSentence, slugify, somePartBeforeHyphen, slugifyGeneral, TokenHashBits, tokenize, tokenWords, tokLower, type Tokens } from '../../src/extract/tokens.ts';
import { FIRST_TOKEN_BITS } from '../../src/extract/first-token-bits.ts';
import { DATASETS, METHODS } from '../../src/extract/known.ts'; // (loading the lexicons registers their words)
import { devDocs, devSentence, seedDoc } from './real-text.ts';

const words = (tk: Tokens) => Array.from({ length: tk.n }, (_, i) => tokLower(tk, i));
const spans = (tk: Tokens) => Array.from({ length: tk.n }, (_, i) => [tk.start[i], tk.end[i], tk.joinPrev[i], tk.glued[i], tk.bits[i], tk.hash[i]]);

describe('cleanText', () => {
  it('drops leftover LaTeX, line breaks and URLs, and restores a missing space after a full stop', () => {
    expect(cleanText('We propose \\textbf{Kron-LoRA}, with $\\times$4\nfewer parameters.')).toBe('We propose Kron-LoRA, with ×4 fewer parameters.');
    expect(cleanText('Code: https://github.com/Wan-Video/Wan2.1. We train on both stages.Furthermore, we test.')).toBe(
      'Code: . We train on both stages. Furthermore, we test.',
    );
    expect(cleanText('see (https://x.org/a), and ftp://b.c/d; then e://f')).toBe('see (), and ; then');
  });

  it('joins a name a line break had cut after its hyphen, and leaves a dash after a word, a plural or before a plain word', () => {
    // real: 2510.20244 (tune32) "QVHighlights and Charades- STA benchmarks", corpus 2504.01428 "(VQ-\nVAE)",
    // 2512.02845 "XLM- RoBERTa", 2505.23661 "DPG- Bench"
    expect(cleanText('across QVHighlights and Charades- STA benchmarks with XLM- RoBERTa, (VQ-\nVAE) and DPG- Bench')).toBe(
      'across QVHighlights and Charades-STA benchmarks with XLM-RoBERTa, (VQ-VAE) and DPG-Bench',
    );
    // corpus 2504.20454 "LymphAtlas- A Unified …", "state-of-the-art LLMs- ChatGPT 4.0", "Keywords- Natural Language",
    // "preference datasets- PKU-SafeRLHF", "Deep- Thinking Models"
    const kept = 'LymphAtlas- A Unified Repository; LLMs- ChatGPT 4.0; Keywords- Natural Language; datasets- PKU-SafeRLHF; Deep- Thinking Models';
    expect(cleanText(kept)).toBe(kept);
    // (review) a word the text writes solid elsewhere is joined solid; a keyword line's dash stays; Bench after a plain word stays
    expect(cleanText('73.0% on Pub- MedQA, as PubMedQA reports. Keywords- LLM, RAG. A Grand- Bench.')).toBe('73.0% on PubMedQA, as PubMedQA reports. Keywords- LLM, RAG. A Grand- Bench.');
  });

  it('drops the quotes around a long form its short form follows, as a definition in parentheses', () => {
    // real: corpus 2504.02408 'termed "Dual Diffusion Imposed Correlation" (DDIC)', 2504.02280 'the "Evolution of
    // Thought" (EoT) technique', 2509.19569 (curly quotes), 2606.28070 (no space before the parenthesis)
    expect(cleanText('The proposed method, termed "Dual Diffusion Imposed Correlation" (DDIC), leverages diffusion.')).toBe(
      'The proposed method, termed Dual Diffusion Imposed Correlation (DDIC), leverages diffusion.',
    );
    expect(cleanText('named \u201cExact Positional Embeddings\u201d (ExPE) and a "Semantic Search then Discrimination"(S2D) head')).toBe(
      'named Exact Positional Embeddings (ExPE) and a Semantic Search then Discrimination (S2D) head',
    );
    // LaTeX's quotes (corpus 2511.04655 "``Iterative Bias Pruning'' (IBP)") and single ones (2604.09701 "'Patch
    // Aggregation for Segmentation of Targets and Anomalies' (PASTA)"), not an apostrophe; a quote glued to a word
    expect(cleanText("termed ``Iterative Bias Pruning'' (IBP) and the 'Patch Aggregation Method' (PAM), named\u201cEvolution of Thought\u201d(EoT)")).toBe(
      'termed Iterative Bias Pruning (IBP) and the Patch Aggregation Method (PAM), named Evolution of Thought (EoT)',
    );
    expect(cleanText("the O'Reilly Data' (ORD) stays")).toBe("the O'Reilly Data' (ORD) stays");
    // an apostrophe inside double quotes (corpus 2504.20678 'the "Non-native Children's Automatic Speech Assessment" (NOCASA)')
    expect(cleanText('the "Non-native Children\'s Speech Assessment" (NCSA) challenge')).toBe("the Non-native Children's Speech Assessment (NCSA) challenge");
    // not before a word in parentheses (2602.23730 '"System 1" (Perception)'), nor a lower-case phrase or a bare quote
    const kept = 'integrates "System 1" (Perception) and "system two" (ST); a "Quoted Phrase" alone (see below)';
    expect(cleanText(kept)).toBe(kept);
  });

  it('drops Markdown\'s bold marks (real: 2602.17785 (tune13) "we propose **PRISM** (Pose-Refinement with …)")', () => {
    expect(cleanText('We propose **PRISM** (Pose-Refinement with Intrinsic Shading and edge Maps), a framework.')).toBe(
      'We propose PRISM (Pose-Refinement with Intrinsic Shading and edge Maps), a framework.',
    );
    expect(cleanText('**L**earning from **P**eers (LeaP) at 2 ** 3.')).toBe('Learning from Peers (LeaP) at 2  3.');
    // and its underscores (real: 2603.13099 "**CRYSTAL** (*__C__lear __R__easoning …", 2503.22913 "__Resona__")
    expect(cleanText('We introduce __Resona__, a method (__C__lear __R__easoning), with x___y kept.')).toBe('We introduce Resona, a method (Clear Reasoning), with x___y kept.');
  });

  it('reads a dash glued between a name and its apposition\'s article as a comma, and a definition between two such dashes as one in parentheses', () => {
    // real (corpus 2503.18102, 2604.19342, 2510.18030)
    expect(cleanText('we introduce AgentRxiv-a framework that lets LLM agent laboratories upload reports')).toBe('we introduce AgentRxiv, a framework that lets LLM agent laboratories upload reports');
    expect(cleanText('we present EDGE-EVAL-a industry-oriented benchmarking framework')).toBe('we present EDGE-EVAL, a industry-oriented benchmarking framework');
    expect(cleanText('present GISP-Global Iterative Structured Pruning-a post-training method that removes heads')).toBe(
      'present GISP (Global Iterative Structured Pruning), a post-training method that removes heads',
    );
    // "-a" before a verb ends the name (real: corpus 2507.10893 "KAI-a incorporates …"); no capital, no name
    expect(cleanText('KAI-a incorporates a scale-invariant architecture; KAI-a matches the models')).toBe('KAI-a incorporates a scale-invariant architecture; KAI-a matches the models');
    expect(cleanText('a one-a day schedule')).toBe('a one-a day schedule');
    // nor before a function word or a modal, and a definition only when the initials spell the short form (invented)
    expect(cleanText('We evaluate on TACRED-a and TACRED-b splits; KAI-a can run.')).toBe('We evaluate on TACRED-a and TACRED-b splits; KAI-a can run.');
    expect(cleanText('a LLM-Guided Program Synthesis-a framework')).toBe('a LLM-Guided Program Synthesis, a framework');
  });

  it('reads the dashes glued around a list after a plural class noun as spaced dashes', () => {
    // real: tune22 2504.15987, corpus 2508.01079 and 2508.21565
    expect(cleanText('Experimental results on two benchmark datasets-HateXplain and HSOL-demonstrate that our approach outperforms baselines.')).toBe(
      'Experimental results on two benchmark datasets -- HateXplain and HSOL -- demonstrate that our approach outperforms baselines.',
    );
    expect(cleanText('benchmarks three 3D reconstruction models-Hunyuan-3D, Trellis-3D, and Ouroboros-3D-on custom datasets')).toBe(
      'benchmarks three 3D reconstruction models -- Hunyuan-3D, Trellis-3D, and Ouroboros-3D -- on custom datasets',
    );
    // no closing dash in the sentence: a name glued to the noun stays as written (corpus "LLMs-CAD-Survey-Taxonomy")
    expect(cleanText('Our list of LLMs-CAD-Survey is online. It grows.')).toBe('Our list of LLMs-CAD-Survey is online. It grows.');
  });

  it('drops the dollar of an escaped one, and each mark alone (a pass runs only when its character is there)', () => {
    expect(cleanText('costs \\$5, a \\textbf{bold}~step')).toBe('costs 5, a bold step');
    expect(cleanText('costs \\$5 only')).toBe('costs 5 only');
    expect(cleanText('only $x$ math and {braces}')).toBe('only x math and braces');
    expect(cleanText('a~b  c')).toBe('a b c');
    expect(cleanText('GPU \\times 8 \\% and \\alpha')).toBe('GPU × 8 % and');
  });

  it('writes LaTeX accents as the accented letter, so an accented name is one word', () => {
    expect(cleanText('T\\"{u}lu 3 and the Fr\\\'echet distance, {\\`a} la \\^ome, Espa\\~na')).toBe('Tülu 3 and the Fréchet distance, à la ôme, España');
    expect(tokenWords(cleanText('T\\"ulu-2-7B'))).toEqual(['tülu', '2', '7', 'b']);
  });

  it('keeps text without any of those as it is', () => {
    const abstract = seedDoc('Kron-LoRA').abstract;
    expect(cleanText(abstract)).toBe(abstract.trim());
  });

  it('cuts many URLs in one pass', () => {
    const n = 40_000;
    const text = Array.from({ length: n }, (_, i) => `see https://github.com/org/repo${i}. Then`).join(' ');
    expect(cleanText(text)).toBe(Array<string>(n).fill('see . Then').join(' '));
  }, 5_000);
});

describe('tokenize', () => {
  it('splits letters from digits, keeps decimals whole and glues + and # to the word before', () => {
    const sentence = devSentence('2508.04399', 'LLaMA3:70B'); // "(LLaMA3:70B, DeepSeek-R1:70B, Qwen3:32B, …"
    expect(words(tokenize(sentence))).toEqual(expect.arrayContaining(['llama', '3', '70', 'b', 'deepseek', 'r', '1', 'qwen']));
    expect(words(tokenize('Qwen2.5-7B on HumanEval+ in C#, v1.2.3 and 3.'))).toEqual(['qwen', '2.5', '7', 'b', 'on', 'humaneval', '+', 'in', 'c', '#', 'v', '1.2.3', 'and', '3']);
  });

  it('reads "MATH-500", "MATH 500" and "MATH500" as the same words', () => {
    for (const s of ['MATH-500', 'MATH 500', 'MATH500', 'math_500']) expect(tokenWords(s)).toEqual(['math', '500']);
  });

  it('marks which tokens join the previous one (one space, hyphen or underscore) and which are glued to it', () => {
    const tk = tokenize('Llama-2 7B,  GPT4o');
    expect(words(tk)).toEqual(['llama', '2', '7', 'b', 'gpt', '4', 'o']);
    expect([...tk.joinPrev.subarray(0, tk.n)]).toEqual([0, 1, 1, 1, 0, 1, 1]);
    expect([...tk.glued.subarray(0, tk.n)]).toEqual([0, 0, 0, 1, 0, 1, 1]);
  });

  it('joins the words on both sides of an ampersand, with or without spaces, pooled or not ("Tanks & Temples")', () => {
    for (const pooled of [false, true]) {
      const tk = tokenize('Tanks & Temples, Tanks&Temples, Tanks &Temples, Tanks& Temples, R &  D', pooled);
      expect(words(tk)).toEqual(['tanks', 'temples', 'tanks', 'temples', 'tanks', 'temples', 'tanks', 'temples', 'r', 'd']);
      // (two spaces and an ampersand are no separator of one name)
      expect([...tk.joinPrev.subarray(0, tk.n)]).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 0]);
    }
  });

  it("joins a possessive's s to the word before it, and nothing else after an apostrophe", () => {
    // "Humanity's Last Exam", "Alzheimer’s Disease Neuroimaging Initiative" (2025-26 corpus): names with a possessive
    const tk = tokenize("Humanity's Last Exam, Alzheimer’s data, rock'n'roll");
    expect(words(tk)).toEqual(['humanity', 's', 'last', 'exam', 'alzheimer', 's', 'data', 'rock', 'n', 'roll']);
    expect([...tk.joinPrev.subarray(0, tk.n)]).toEqual([0, 1, 1, 1, 0, 1, 1, 0, 0, 0]);
  });

  it('gives the same tokens pooled (paper texts) and not (short names), on every dev abstract', () => {
    for (const doc of devDocs) {
      const text = [doc.title, doc.abstract].join('\n');
      const single = spans(tokenize(text));
      expect(spans(tokenize(text, true)), doc.key).toEqual(single);
    }
  });

  it('reads an ASCII text as bytes and any other by its codes, to the same tokens', () => {
    // (pooled: ASCII texts take the byte path; not pooled: the code path)
    const ascii = "Qwen2.5-7B, C# and HumanEval+ v3.5.1 on SWE_bench; Humanity's Last Exam (Rock 'n' roll) 12.x 7";
    expect(spans(tokenize(ascii, true))).toEqual(spans(tokenize(ascii)));
    expect(words(tokenize(ascii, true))).toEqual(['qwen', '2.5', '7', 'b', 'c', '#', 'and', 'humaneval', '+', 'v', '3.5.1', 'on', 'swe', 'bench', 'humanity', 's', 'last', 'exam', 'rock', 'n', 'roll', '12', 'x', '7']);
    const other = 'Qwen2.5–7B and Nyström’s Σ-Net';
    expect(spans(tokenize(other, true))).toEqual(spans(tokenize(other)));
  });

  it('reuses one set of buffers for pooled tokenisations, and none for the others', () => {
    const a = tokenize('Llama 2 and Mistral', true);
    expect(words(a)).toEqual(['llama', '2', 'and', 'mistral']);
    const b = tokenize('GPT-4o', true);
    expect(b.start).toBe(a.start); // a is overwritten: valid until the next pooled call
    const c = tokenize('Llama 2 and Mistral');
    expect(c.start).not.toBe(a.start);
    tokenize('Some other text entirely', true);
    expect(words(c)).toEqual(['llama', '2', 'and', 'mistral']);
  });

  it('clears the pooled lower-cased words: a pooled text reads its own tokens, not the previous text\'s', () => {
    const a = tokenize('Alpha Beta Gamma Delta', true);
    expect(words(a)).toEqual(['alpha', 'beta', 'gamma', 'delta']); // fills the cache of four tokens
    const b = tokenize('One two three four five', true);
    expect(b.cache).toBe(a.cache); // the same array, reused
    expect(words(b)).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it('hashes letters through their lower case, so the first-token bits do not depend on case', () => {
    const tk = tokenize('We evaluate on the MMLU benchmark; we EVALUATE on mmlu Benchmarks.');
    const at = (w: string, nth = 0) => words(tk).map((x, i) => (x === w ? i : -1)).filter((i) => i >= 0)[nth]!;
    expect(tk.hash[at('mmlu')]).toBe(tk.hash[at('mmlu', 1)]);
    expect(mayStart(tk, at('mmlu'), FIRST_TOKEN_BITS.datasetLexicon)).toBe(true);
    expect(mayStart(tk, at('mmlu', 1), FIRST_TOKEN_BITS.datasetLexicon)).toBe(true);
    expect(mayStart(tk, at('we'), FIRST_TOKEN_BITS.proposalCues)).toBe(true);
    expect(mayStart(tk, at('evaluate'), FIRST_TOKEN_BITS.datasetLexicon)).toBe(false);
  });
});

describe('mayMatch', () => {
  const { datasetLexicon, methodLexicon } = FIRST_TOKEN_BITS;
  it('lets a token through when the tokens from it on, joined, can make a lexicon key', () => {
    // "Low-Rank Adaptation" (methods) starts with the words low|rank; "low" alone starts no key of its own
    const tk = tokenize('A low-rank adaptation with low memory, and low-rank adaptors.');
    const i = words(tk).indexOf('low');
    const j = words(tk).indexOf('low', i + 1);
    const k = words(tk).lastIndexOf('low');
    expect(mayMatch(tk, i, methodLexicon, 8)).toBe(true);
    expect(mayMatch(tk, j, methodLexicon, 8)).toBe(false);
    // low|rank starts keys, but low|rank|adaptors is none of them (nor a prefix of one)
    expect(METHODS.byKey.has('lowrank')).toBe(false);
    expect(mayMatch(tk, k, methodLexicon, 8)).toBe(false);
    // the walk stops at maxTokens
    expect(mayMatch(tk, i, methodLexicon, 2)).toBe(false);
  });
  it('lets every lexicon match of real abstracts through, and stops most tokens with the lexicon bit', () => {
    let passed = 0;
    let withBit = 0;
    for (const doc of devDocs.slice(0, 80)) {
      const tk = tokenize(doc.title + '\n' + doc.abstract);
      for (const [lex, bit] of [[DATASETS, datasetLexicon], [METHODS, methodLexicon]] as const) {
        for (const m of lex.scan(tk.text, tk)) expect(mayMatch(tk, m.t0, bit, 12), tk.text.slice(m.start, m.end)).toBe(true);
        for (let t = 0; t < tk.n; t++)
          if (mayStart(tk, t, bit)) {
            withBit++;
            if (mayMatch(tk, t, bit, 12)) passed++;
          }
      }
    }
    expect(passed).toBeLessThan(withBit * 0.7);
  });
  it('keyLengths sets the length of every lexicon match of real abstracts (Lexicon.scan looks up only those)', () => {
    let lengths = 0;
    let matches = 0;
    for (const doc of devDocs.slice(0, 80)) {
      const tk = tokenize(doc.title + '\n' + doc.abstract);
      for (const [lex, bit] of [[DATASETS, datasetLexicon], [METHODS, methodLexicon]] as const) {
        for (const m of lex.scan(tk.text, tk)) {
          matches++;
          const mask = keyLengths(tk, m.t0, bit, 12);
          // (a variant read after a match, "BraTS 2023", extends it past the key's own tokens)
          const keyTokens = lex.byKey.has(Array.from({ length: m.t1 - m.t0 + 1 }, (_, k) => tokLower(tk, m.t0 + k)).join('')) ? m.t1 - m.t0 + 1 : 0;
          if (keyTokens > 0) expect(mask & (1 << (keyTokens - 1)), tk.text.slice(m.start, m.end)).not.toBe(0);
          for (let k = 0; k < 12; k++) if (mask & (1 << k)) lengths++;
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
    // (few lengths besides the matched ones pass)
    expect(lengths).toBeLessThan(matches * 1.5);
  });
});

describe('TokenHashBits', () => {
  it('answers as a Map of the same hashes would, for hashes in and out of the small-integer range', () => {
    const rng = seededRandom(5);
    const table = new TokenHashBits();
    const map = new Map<number, number>();
    for (let k = 0; k < 500; k++) {
      const h = (rng() * 2 ** 32) | 0;
      const bits = 1 << (k % 8);
      table.set(h, bits);
      map.set(h, (map.get(h) ?? 0) | bits);
    }
    table.set(0, 4); // (0 is a hash like any other)
    map.set(0, 4);
    for (const [h, bits] of map) expect(table.get(h)).toBe(bits);
    for (let k = 0; k < 2000; k++) {
      const h = (rng() * 2 ** 32) | 0;
      expect(table.get(h)).toBe(map.get(h) ?? 0);
      expect(table.has(h)).toBe(map.has(h));
    }
    expect(new TokenHashBits(tokenWords('the model').map((w) => tokenize(w).hash[0]!)).has(tokenize('Model').hash[0]!)).toBe(true);
  });
});

describe('codeAt', () => {
  it('is charCodeAt inside the string and -1 outside it', () => {
    expect(codeAt('ab', 0)).toBe(97);
    expect(codeAt('ab', 1)).toBe(98);
    for (const i of [-1, 2, 10]) expect(codeAt('ab', i), String(i)).toBe(-1);
    expect(codeAt('', 0)).toBe(-1);
  });
});

describe('firstWordLower', () => {
  it('is the first run of letters, lower-cased, or null when the text does not start with a letter', () => {
    expect(firstWordLower('LLaMA-2-7B')).toBe('llama');
    expect(firstWordLower('Δ-Attention')).toBe('δ');
    expect(firstWordLower('3D-LLM')).toBeNull();
    expect(firstWordLower('')).toBeNull();
  });
});

describe('mayBeKey', () => {
  const { datasetLexicon, methodLexicon } = FIRST_TOKEN_BITS;
  const lexiconOf = (bit: number) => (bit === datasetLexicon ? DATASETS : METHODS);
  // the exact answer: is the name's tokens joined a key of the lexicon?
  const isKey = (name: string, bit: number) => lexiconOf(bit).byKey.has(tokenWords(name).join(''));
  it('passes every key of both lexicons, spelled as their aliases are', () => {
    for (const bit of [datasetLexicon, methodLexicon])
      for (const e of lexiconOf(bit).entries)
        for (const alias of e.aliases) {
          expect(mayBeKey(alias, bit), alias).toBe(true);
          expect(mayBeKey(alias.toUpperCase().replace(/ /g, '-'), bit), alias).toBe(true);
        }
  });
  it('rejects names that are no key, and lets exotic letters through', () => {
    expect(mayBeKey('ImageNet-1k', datasetLexicon)).toBe(true);
    expect(mayBeKey('Low-Rank Adaptation', methodLexicon)).toBe(true);
    expect(mayBeKey('LoRA', methodLexicon)).toBe(true);
    expect(mayBeKey('C++', datasetLexicon)).toBe(isKey('C++', datasetLexicon));
    expect(mayBeKey('Zzyzxqv benchmark', datasetLexicon)).toBe(false);
    expect(mayBeKey('ImageNet-1k and more', datasetLexicon)).toBe(false);
    expect(mayBeKey('Low-Rank', methodLexicon)).toBe(isKey('Low-Rank', methodLexicon));
    expect(mayBeKey('', methodLexicon)).toBe(false);
    expect(mayBeKey('(-)', methodLexicon)).toBe(false);
    // letters without a one-unit lower case of their own (final sigma, dotted I) cannot be hashed: let through
    expect(mayBeKey('ΣΑΣ benchmark', datasetLexicon)).toBe(true);
    expect(mayBeKey('İstanbul Dataset', datasetLexicon)).toBe(true);
  });
  it('never rejects a key on the phrases of real sentences', () => {
    let rejected = 0;
    for (const doc of devDocs.slice(0, 60)) {
      const words = doc.abstract.split(/[\s,;:()]+/);
      for (let i = 0; i < words.length; i++)
        for (const name of [words[i]!, words.slice(i, i + 2).join(' '), words.slice(i, i + 3).join(' ')])
          for (const bit of [datasetLexicon, methodLexicon]) {
            const may = mayBeKey(name, bit);
            if (isKey(name, bit)) expect(may, name).toBe(true);
            if (!may) rejected++;
          }
    }
    expect(rejected).toBeGreaterThan(1000);
  });
});

describe('firstWordMayStart', () => {
  // the table's answer for the first token, which is the first word when the name starts with a letter
  const reference = (name: string, bit: number) => firstWordLower(name) === null || mayStart(tokenize(name), 0, bit);
  it('answers as the first-token table does for the first word, true for a name that starts with no letter', () => {
    const bit = FIRST_TOKEN_BITS.modelFamilies;
    expect(firstWordMayStart('Llama-3-8B', bit)).toBe(true);
    expect(firstWordMayStart('qwen2.5', bit)).toBe(true);
    expect(firstWordMayStart('Zzyzxqv-7B', bit)).toBe(false);
    expect(firstWordMayStart('7B model', bit)).toBe(true);
    for (const name of ['ΣΑΣ', 'İstanbul', 'GPT-4o', 'the model', 'Mistral Small 3.1'])
      for (const b of [bit, FIRST_TOKEN_BITS.proposalCues]) expect(firstWordMayStart(name, b), `${name} ${b}`).toBe(reference(name, b));
  });
  it('agrees with the reference on the words of real sentences', () => {
    for (const doc of devDocs.slice(0, 40))
      for (const name of doc.abstract.split(/[\s,;:()]+/))
        for (const b of [FIRST_TOKEN_BITS.modelFamilies, FIRST_TOKEN_BITS.datasetHeads]) expect(firstWordMayStart(name, b)).toBe(reference(name, b));
  });
});

describe('slugify', () => {
  it('gives the slugs the graph keys use', () => {
    expect(slugify('Llama 2 7B')).toBe('llama-2-7b');
    expect(slugify('Llama-3.1-8B-Instruct')).toBe('llama-3.1-8b-instruct');
    expect(slugify('  -Kron--LoRA- ')).toBe('kron-lora');
    expect(slugify('C++ and C#')).toBe('c-plus-plus-and-c-sharp');
    expect(slugify('τ-bench')).toBe('tau-bench');
    expect(slugify('Café Müller')).toBe('cafe-muller');
    expect(slugify('v1. Done.')).toBe('v1-done');
  });

  it('takes the plain-name shortcut only where the general path gives the same slug', () => {
    const rng = seededRandom(11);
    const alphabet = 'aZ09 -x-Q  b7-';
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const length = Math.floor(rng() * 14);
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(rng() * alphabet.length)];
      expect(slugify(s), JSON.stringify(s)).toBe(slugifyGeneral(s));
    }
  });
});

describe('cleanText and numbered citations', () => {
  it('drops a numbered citation after a name, not a bracket after a word or a variable', () => {
    // (2503.18544; the second sentence invented)
    expect(cleanText('methods like PSMNet [1], CFNet [2], and LEAStereo [3]) on benchmark SceneFlow')).toBe('methods like PSMNet, CFNet, and LEAStereo) on benchmark SceneFlow');
    expect(cleanText('GPT-4o [23], GPT-4o-mini[24] and Bench2Drive [6, 7] (see [8]).')).toBe('GPT-4o, GPT-4o-mini and Bench2Drive (see [8]).');
    expect(cleanText('Values are scaled to [0, 1]; with N [2,8] agents.')).toBe('Values are scaled to [0, 1]; with N [2,8] agents.');
  });
});

describe('opensSentence', () => {
  it('finds the start of the text, a full stop, "!", "?" or a line break before a word, spaces between', () => {
    const text = 'Models vary. Gemma wins!  Qwen? Llama\nPhi: Mistral and Falcon';
    const at = (w: string) => text.indexOf(w);
    expect(['Models', 'Gemma', 'Qwen', 'Llama', 'Phi'].map((w) => opensSentence(text, at(w)))).toEqual([true, true, true, true, true]);
    expect(opensSentence(text, at('Falcon'))).toBe(false);
    // a colon opens what follows only when asked
    expect(opensSentence(text, at('Mistral'))).toBe(false);
    expect(opensSentence(text, at('Mistral'), true)).toBe(true);
  });
});

describe('somePartBeforeHyphen', () => {
  it('tests each part of a name that ends before one of its hyphens, never the whole name', () => {
    const seen: string[] = [];
    expect(somePartBeforeHyphen('GSM-Plus-V2', (part) => (seen.push(part), false))).toBe(false);
    expect(seen).toEqual(['GSM', 'GSM-Plus']);
    expect(somePartBeforeHyphen('GSM-Plus-V2', (part) => part === 'GSM-Plus')).toBe(true);
    expect(somePartBeforeHyphen('GSM8K', () => true)).toBe(false);
    expect(somePartBeforeHyphen('-Plus', () => true)).toBe(false);
  });
});

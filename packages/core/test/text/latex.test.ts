import { describe, expect, it } from 'vitest';
import { decodeTexAccents, normalizeLatex, replaceMath, titleOwnName } from '../../src/text/latex.ts';
import { seededRandom } from '../../src/cluster/random.ts';

/** The regex replaceMath stands for (quadratic when many "\(" have no "\)" after them), as the oracle. */
const byRegex = (text: string) => text.replace(/\$\$([^$]*)\$\$|\$([^$]*)\$|\\\(([^]*?)\\\)/g, (_m, a?: string, b?: string, c?: string) => `<${a ?? b ?? c ?? ''}>`);
const marked = (text: string) => replaceMath(text, (math) => `<${math}>`);

describe('replaceMath', () => {
  it('flattens inline and display math', () => {
    expect(replaceMath('E$^3$-Pruner and $\\alpha$-LoRA, $$x_{1}$$ and \\(\\beta\\) here')).toBe('E3-Pruner and α-LoRA, x1 and β here');
  });

  it('matches where the regex it replaces matches, on random mixes of $, \\(, \\) and text', () => {
    const rng = seededRandom(5);
    const pieces = ['$', '$$', '$$$', '\\(', '\\)', '\\', '(', ')', 'a', ' b '];
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const length = Math.floor(rng() * 12);
      for (let i = 0; i < length; i++) s += pieces[Math.floor(rng() * pieces.length)];
      expect(marked(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });

  it('reads a text with many unclosed "\\(" once', () => {
    const text = 'We study \\(x '.repeat(100_000) + 'end.';
    expect(replaceMath(text)).toBe(text);
  }, 5_000);
});

describe('LaTeX normalisation', () => {
  it('flattens math and formatting the way a reader sees it', () => {
    expect(normalizeLatex('E$^3$-Pruner: Towards Efficient Layer Pruning')).toBe('E3-Pruner: Towards Efficient Layer Pruning');
    expect(normalizeLatex('We introduce \\textbf{Kron-LoRA}, a hybrid adapter')).toBe('We introduce Kron-LoRA, a hybrid adapter');
    expect(normalizeLatex('a task-\\underline{E}ffective, training-\\underline{E}conomical')).toBe('a task-Effective, training-Economical');
    expect(normalizeLatex('up to 4$\\times$ fewer parameters and 96\\% accuracy')).toBe('up to 4× fewer parameters and 96% accuracy');
    expect(normalizeLatex('hard\nline\nbreaks\n\nnew paragraph')).toBe('hard line breaks\n\nnew paragraph');
    expect(normalizeLatex('as shown~\\cite{foo2020} before')).toBe('as shown before');
  });

  it("drops font and size switches and keeps their text: arXiv hep-th/9504118's `'{\\it cellular\nnetwork}'`, `{\\bf …}`, `\\bfseries`", () => {
    // The abstract of hep-th/9504118 as arXiv's OAI-PMH `arXiv` format gives it (paperhive/oai-pmh's recorded page).
    const abstract = "Planck scale we develop a certain framework in form of a '{\\it cellular\nnetwork}' consisting of cells interacting with each other via bonds. In section 3 the basis is laid for a version of '{\\it\ndiscrete analysis}'";
    expect(normalizeLatex(abstract)).toBe("Planck scale we develop a certain framework in form of a 'cellular network' consisting of cells interacting with each other via bonds. In section 3 the basis is laid for a version of 'discrete analysis'");
    for (const name of ['it', 'bf', 'em', 'rm', 'sl', 'tt', 'sf', 'sc', 'itshape', 'bfseries', 'scshape', 'ttfamily', 'normalfont', 'small', 'Large']) {
      expect(normalizeLatex(`a {\\${name} switched text} here`), name).toBe('a switched text here');
    }
    expect(normalizeLatex('{\\bf Bold}{\\em Emph}: \\itshape rest and $m = 5\\,{\\rm GeV}$')).toBe('BoldEmph: rest and m = 5 GeV');
    // Commands that only start like a switch are not one.
    expect(normalizeLatex('\\emph{word} and \\textit{other}, \\item x')).toBe('word and other, item x');
  });

  it('resolves placeholder macros of the paper\'s data to the title\'s name when it names data, else prints nothing', () => {
    // real 2605.07522 (tune15): "WeatherSyn: An Instruction Tuning MLLM …" with "named~\\DatasetNameL, which covers
    // 31 cities" and "the first model, \\ModelNameL, specialized in": the model is the title's, the data's name unknown
    const weather = titleOwnName('WeatherSyn: An Instruction Tuning MLLM For Weather Forecasting');
    expect(normalizeLatex('a dataset named~\\DatasetNameL, which covers cities; the first model, \\ModelNameL, specialized in', weather)).toBe(
      'a dataset named , which covers cities; the first model, WeatherSyn, specialized in',
    );
    // a title that calls its work a benchmark names the data macro (real 2604.23781 "ClawMark: A Living-World
    // Benchmark …", "We introduce \\bench, a benchmark for coworker agents")
    expect(normalizeLatex('We introduce \\bench, a benchmark for agents.', titleOwnName('ClawMark: A Living-World Benchmark'), true)).toBe('We introduce ClawMark, a benchmark for agents.');
    // a name shaped as data, or no own-name macro beside it, names it too
    expect(normalizeLatex('We propose \\benchName, a benchmark.', 'EssayBench')).toBe('We propose EssayBench, a benchmark.');
    expect(normalizeLatex('We introduce \\benchmarkname, a dataset.', 'DocMEdit')).toBe('We introduce DocMEdit, a dataset.');
    // with no title name, a placeholder prints nothing ("NickName" would be an entity); other macros print their name
    expect(normalizeLatex('we propose \\NickName, a method, and \\sysname.')).toBe('we propose , a method, and sysname.');
  });

  it('resolves own-name macros to the name the title gives', () => {
    const name = titleOwnName(normalizeLatex('E$^3$-Pruner: Towards Efficient, Economical, and Effective Layer Pruning'));
    expect(name).toBe('E3-Pruner');
    expect(normalizeLatex('we propose \\name, a framework. \\namespace introduces two innovations. \\ours{} wins.', name)).toBe(
      'we propose E3-Pruner, a framework. E3-Pruner introduces two innovations. E3-Pruner wins.',
    );
  });

  it('takes no own name from a long title prefix or a title without colon', () => {
    expect(titleOwnName('Vector Arithmetic in Concept and Token Subspaces')).toBeUndefined();
    expect(titleOwnName('A Very Long Descriptive Prefix Of Many Words: Subtitle')).toBeUndefined();
    // a phrase before the colon is no name (real 2602.13832 "Beyond Words: Evaluating …", 2512.05398 "The Dynamic
    // Prior: …"); a coined word makes one (2510.04022 "Video-in-the-Loop: …")
    expect(titleOwnName('Beyond Words: Evaluating Epistemic Divergence')).toBeUndefined();
    expect(titleOwnName('The Dynamic Prior: Robust Detection')).toBeUndefined();
    expect(titleOwnName('Video-in-the-Loop: Span-Grounded Long Video QA')).toBe('Video-in-the-Loop');
    expect(titleOwnName('Deep Think-R1 Agent: A Study')).toBe('Deep Think-R1 Agent');
    expect(titleOwnName('Back to Basics: Revisiting Pruning')).toBeUndefined();
    expect(titleOwnName('Object Pose Transformer: Category-Level Pose')).toBe('Object Pose Transformer');
  });

  it('line-broken plain text takes the quick path with the same result: whitespace runs of any kind collapse', () => {
    expect(normalizeLatex('a\u00a0\u00a0b\tc\r\nd  e\u2009f\n \n\n g')).toBe('a b c d e f\n\ng');
    expect(normalizeLatex("two ''quotes''\nhere")).toBe('two "quotes" here');
    // every single whitespace character other than a space becomes one space, as /\s+/ would make it
    for (const space of ['\t', '\v', '\f', '\u00a0', '\u2003', '\u3000', '\ufeff'])
      expect(normalizeLatex(`left${space}right\nnext`)).toBe('left right next');
  });
});


describe('TeX accents', () => {
  it("reads math mode's accent commands on a letter inside a word, and leaves notation alone", () => {
    // arXiv 2509.14227 (tune19): a name in a math font
    expect(normalizeLatex('we introduce $\\mathsf{Cin\\acute{e}aste}$, a comprehensive benchmark')).toBe('we introduce Cinéaste, a comprehensive benchmark');
    expect(decodeTexAccents('na\\ddot{i}ve')).toBe('naïve');
    expect(decodeTexAccents('an estimate $\\hat{y}$ in $\\tilde{O}(n)$')).toBe('an estimate $\\hat{y}$ in $\\tilde{O}(n)$');
  });

  it('reads the accents of real arXiv abstracts and names as letters (corpus records 2503.13961, 2503.15056, 2503.15837, 2503.15576, 2507.06261, 2510.02569)', () => {
    expect(normalizeLatex("a novel hybrid\nrepresentation, B\\'ezier Gaussian Triangle (BG-Triangle)")).toBe('a novel hybrid representation, Bézier Gaussian Triangle (BG-Triangle)');
    expect(normalizeLatex('methods based on diffusion models or\nSchr\\"odinger bridges')).toBe('methods based on diffusion models or Schrödinger bridges');
    expect(normalizeLatex('We introduce F\\`ux\\`i, a comprehensive\nbenchmark')).toBe('We introduce Fùxì, a comprehensive benchmark');
    expect(normalizeLatex('identification in Do\\~nana\nNational Park')).toBe('identification in Doñana National Park');
    expect(decodeTexAccents('Nguy\\~ên')).toBe('Nguyễn');
    expect(decodeTexAccents('Tolúl\\d{o}pé Ògúnrèmí')).toBe('Tolúlọpé Ògúnrèmí');
  });

  it('takes every accent form TeX reads: braced or not, named by a letter, dotless i, twice accented, special letters', () => {
    const cases: Array<[string, string]> = [
      ['Erd\\H{o}s', 'Erdős'],
      ["Dvo\\v{r}\\'ak", 'Dvořák'],
      ['Fran\\c{c}ois and Fran\\c cois', 'François and François'],
      ['Ko\\c{c} \\"{U}niversitesi', 'Koç Üniversitesi'],
      ["Mart{\\'\\i}n, G\\'{\\i}rard, na\\\"\\i ve", 'Martín, Gírard, naïve'],
      ['Nguy\\~{\\^e}n', 'Nguyễn'],
      ["{\\'E}cole and \\'Ecole", 'École and École'],
      ['Bj{\\o}rn, Bj\\o rn, {\\L}ukasz, \\L{}ukasz, Stra\\ss e, {\\AA}ngstr\\"om', 'Bjørn, Bjørn, Łukasz, Łukasz, Straße, Ångström'],
      ['\\k{a} \\r{u} \\u{g} \\={o} \\.{I}stanbul', 'ą ů ğ ō İstanbul'],
      // a special letter opening a word, its letters after a space, as BibTeX exporters write it
      ['\\AA ngstr\\"om, \\L ukasz, \\aa berg, \\O ystein', 'Ångström, Łukasz, åberg, Øystein'],
    ];
    for (const [tex, text] of cases) expect(decodeTexAccents(tex), tex).toBe(text);
    // composed (NFC), as other formats' names are: one code point per accented letter
    expect(decodeTexAccents('Erd\\H{o}s')).toHaveLength(5);
    // a one-letter one alone, or before a bracket or math's end, is more likely a macro: left as written
    for (const macro of ['$\\O(n)$', '$\\L$ loss', '\\ss']) expect(decodeTexAccents(macro)).toBe(macro);
  });

  it('reads the forms one pass leaves for the next (each pass runs only where a backslash can start its match)', () => {
    const cases: Array<[string, string]> = [
      // a backslash before an accent: the accent's letter then follows it, and the last pass drops it
      ["\\\\'e", 'é'],
      ['x\\\\"{o}', 'xö'],
      ["\\\\\\'{\\i}", 'í'],
      ['\\v{r}\\\\{\\o}', 'řø'],
      // an escaped apostrophe, and one after a backslash (an acute then)
      ["GPT-4o\\'s \\'e", "GPT-4o's é"],
      ["a\\\\'s", 'aś'],
      ['St\\ütz', 'Stütz'],
      ['Bj\\\\o rn, \\alpha', 'Bj\\\\o rn, \\alpha'],
      // every special letter's first character opens its pass
      ['na{\\i}ve', 'naıve'],
      ['{\\j}, Stra\\ss e', 'ȷ, Straße'],
    ];
    for (const [tex, text] of cases) expect(decodeTexAccents(tex), tex).toBe(text);
  });

  it('leaves what is no accent: macros of authors, regexes, math, text without a backslash', () => {
    // a word-initial control word and a space is an author's macro, not an accent (2503.12827: `\\b geometric`)
    expect(decodeTexAccents('named \\b geometric \\b score-based')).toBe('named \\b geometric \\b score-based');
    expect(decodeTexAccents('$\\O(n)$ and $\\L$ the loss')).toBe('$\\O(n)$ and $\\L$ the loss');
    expect(decodeTexAccents('the pattern \\d+ or \\d{4}')).toBe('the pattern \\d+ or \\d{4}');
    // an apostrophe escaped before a contraction's ending, as four corpus abstracts write it (2504.17432, 2507.12841,
    // 2507.13382, 2509.12647: `GPT-4o\\'s`), is an apostrophe; inside a word (`Wi\\'sniewski`) the acute it is
    expect(decodeTexAccents("ACM-8B raises GPT-4o\\'s content scores; In today\\'s digital world; don\\'t")).toBe("ACM-8B raises GPT-4o's content scores; In today's digital world; don't");
    expect(decodeTexAccents("Wi\\'sniewski and l'\\'etapes")).toBe("Wiśniewski and l'étapes");
    const plain = 'Plain text, unchanged.';
    expect(decodeTexAccents(plain)).toBe(plain);
  });

  it('flattens an accented name inside formatting (the accent read before the braces go)', () => {
    expect(normalizeLatex('\\textbf{Schr\\"{o}dinger} bridges and Erd\\H{o}s')).toBe('Schrödinger bridges and Erdős');
  });
});

describe('commands that print something other than their name (real corpus abstracts)', () => {
  it('reads a footnote apart from the word it is attached to, in parentheses, even when arXiv cut its closing brace', () => {
    // 2512.02817: a footnote after a URL (the URL's `}` a leftover of the abstract's own markup)
    expect(normalizeLatex('integrate it in Lecture Translator at\nhttps://gitlab.kit.edu/kit/isl-ai4lt/lt-middleware/ltpipeline}\\footnote{All released code and models are licensed under the MIT License.')).toBe(
      'integrate it in Lecture Translator at https://gitlab.kit.edu/kit/isl-ai4lt/lt-middleware/ltpipeline (All released code and models are licensed under the MIT License.)',
    );
    // 2604.08947: `\textbf{MuTSE}\footnote{…` was read "MuTSEfootnote", a method of that name
    expect(normalizeLatex('we introduce \\textbf{MuTSE}\\footnote{The project code and the demo have been made available for peer review at the following anonymized URL. https://osf.io/njs43/overview, an interactive human-in-the-loop web application')).toBe(
      'we introduce MuTSE (The project code and the demo have been made available for peer review at the following anonymized URL. https://osf.io/njs43/overview, an interactive human-in-the-loop web application)',
    );
    // 2505.13328: a closed footnote mid-sentence; 2505.00675: one holding a link
    expect(normalizeLatex('assess the robustness of the\ncreated APIs\\footnote{We will use tools and APIs alternatively, there are no\nsignificant differences between them in this paper.}. Taking advantage')).toBe(
      'assess the robustness of the created APIs (We will use tools and APIs alternatively, there are no significant differences between them in this paper.). Taking advantage',
    );
    expect(normalizeLatex('directions for future research\\footnote{The\npaper list is available at\n\\href{https://github.com/Elvin-Yiming-Du/Survey_Memory_in_AI}{https://github.com/Elvin-Yiming-Du/Survey\\_Memory\\_in\\_AI}}.')).toBe(
      'directions for future research (The paper list is available at https://github.com/Elvin-Yiming-Du/Survey_Memory_in_AI).',
    );
    // 2605.04606: a footnote's mark prints no text here
    expect(normalizeLatex('enables category-aware\\footnotemark[1] detection')).toBe('enables category-aware detection');
  });

  it('shows a link and coloured text as their text, nested or cut', () => {
    // 2503.17543
    expect(normalizeLatex('Code is publicly available\non~\\href{https://github.com/moeinheidari7829/Echo-E3Net}{\\textcolor{magenta}{GitHub}}.')).toBe('Code is publicly available on GitHub.');
    // 2503.15672: the abstract ends inside the link's first argument
    expect(normalizeLatex('visualizations, see \\href{https://research.zenseact.com/publications/gasp/.')).toBe('visualizations, see https://research.zenseact.com/publications/gasp/.');
    // 2504.05741: `\color` inside bold
    expect(normalizeLatex('we propose a new\n\\textbf{\\color{ddt}D}ecoupled \\textbf{\\color{ddt}D}iffusion\n\\textbf{\\color{ddt}T}ransformer~(\\textbf{\\color{ddt}DDT})')).toBe(
      'we propose a new Decoupled Diffusion Transformer (DDT)',
    );
    // 2511.23122: an own-name macro inside bold (no name for it here: its name is printed, without `textbf`)
    expect(normalizeLatex('Evolution for Traffic (\\textbf{\\method{}}), which uses LLMs')).toBe('Evolution for Traffic (method), which uses LLMs');
    // 2509.22150: the changes package's revision marks
    expect(normalizeLatex('assume that class events\n\\replaced{are }{follow }independent. First\\deleted{ly}, we employ')).toBe('assume that class events are independent. First, we employ');
  });

  it('prints text symbols and abbreviations, keeping the space typed after them', () => {
    expect(normalizeLatex('including 360{\\deg} rotation and zooming')).toBe('including 360° rotation and zooming'); // 2503.13265
    expect(normalizeLatex('the lens of reward overoptimization\\textemdash a\nphenomenon')).toBe('the lens of reward overoptimization— a phenomenon'); // 2505.12763
    expect(normalizeLatex('Towards Automated DESIGN-R\\textregistered\\ Assessment')).toBe('Towards Automated DESIGN-R® Assessment'); // 2505.23392 (invented `\ `)
    expect(normalizeLatex('Error of 0.0226\\textmu m with 1\\textpertenthousand\\ sampling')).toBe('Error of 0.0226μm with 1‱ sampling');
    expect(normalizeLatex('tasks, \\eg classification, \\ie labels \\etc')).toBe('tasks, e.g. classification, i.e. labels etc.');
  });

  it('reads a text of many unclosed or nested arguments in linear time', () => {
    const unclosed = 'We study \\textbf{x '.repeat(20_000) + 'end.';
    expect(normalizeLatex(unclosed)).toMatch(/^We study x We study x .* end\.$/);
    const nested = '\\footnote{'.repeat(5_000) + 'note' + '}'.repeat(5_000);
    expect(normalizeLatex(nested)).toContain('note');
  }, 5_000);

  it('never glues a command it does not know to the word before or after it', () => {
    // invented macros, as authors define them
    expect(normalizeLatex('we present\\sysname, and\\mname{}s')).toBe('we present sysname, and mname s');
    expect(normalizeLatex('GS\\unknownmacro 2')).toBe('GS unknownmacro 2');
    for (const text of ['a\\foo b', 'a{}\\foo{}b', '1\\foo{}2']) expect(normalizeLatex(text), text).toMatch(/\bfoo\b/);
    // an author's macro of one argument, as 2508.12586 (`interaction. \\RED{However, existing works`) and 2606.29661
    // (`models such as \\model{Grok 4} contributing`) write it
    expect(normalizeLatex('interaction. \\RED{However, existing works')).toBe('interaction. RED However, existing works');
    expect(normalizeLatex('models such as \\model{Grok 4} contributing')).toBe('models such as model Grok 4 contributing');
  });
});

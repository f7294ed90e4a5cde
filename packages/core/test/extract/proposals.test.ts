import { describe, expect, it } from 'vitest';
import { contractsWords, cueWordHash, findProposals, isCoinedName, listItems, longFormSpans, onlyInsideSpans, ownPartDefinitions, proposalSlug, type Proposal } from '../../src/extract/proposals.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { findAcronyms } from '../../src/extract/acronyms.ts';
import { isKnownEntity } from '../../src/extract/known.ts';
import { paperText } from '../../src/extract/paper-text.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import type { PaperDoc } from '../../src/types.ts';
import { devDoc, devDocs, heldOutDoc, heldOutDocs, seedDoc, seedDocs } from './real-text.ts';

/** findProposals as extractPaper calls it; `gates: 'text'` reads the cue gates from the text instead of the tokens. */
function proposals(doc: PaperDoc, gates: 'tokens' | 'text' = 'tokens'): Proposal[] {
  const { text, titleEnd, starts } = paperText(doc);
  return findProposals(text, titleEnd, starts, findAcronyms(text), isKnownEntity, gates === 'tokens' ? tokenize(text) : undefined);
}
const named = (doc: PaperDoc) => proposals(doc).map((p) => [p.name, p.kind, p.long]);
/** A paper with only this title and this abstract sentence. */
const sentence = (abstract: string, title = 'A study'): PaperDoc => ({ key: 'paper:s', title, abstract });
/** "name kind" of each proposal read in an abstract (and title). */
const kinds = (abstract: string, title = 'A study') => proposals(sentence(abstract, title)).map((p) => `${p.name} ${p.kind}`);

describe('isCoinedName', () => {
  it('accepts names with an inner capital, a digit, a Greek letter or all capitals', () => {
    for (const w of ['TrinityX', 'E3-Pruner', 'Q-ROAR', 'xLSTM', 'mPLUG', 'CCPO', 'αLoRA', 'Kron-LoRA', 'SSR-Zero-7B']) expect(isCoinedName(w), w).toBe(true);
  });
  it('rejects plain words, numbers, sizes, plural acronyms and adjectives', () => {
    for (const w of ['framework', 'Framework', '2024', '8B', '7B-Instruct', 'LLMs', 'VFMs', 'LLM-based', 'GPU-friendly', 'X']) expect(isCoinedName(w), w).toBe(false);
    // a lower-case name with a digit between letters is coined (real: 2601.03666 "e5-omni" (tune5), 2509.06798
    // "real2sim2real"); a trailing number or a version is not
    for (const w of ['gen2seg', 'e5-omni', 'real2sim2real']) expect(isCoinedName(w), w).toBe(true);
    for (const w of ['covid19', 'v2', 'mp3', 'x86', 'h264']) expect(isCoinedName(w), w).toBe(false);
  });
});

describe('findProposals', () => {
  it("reads the title's name before a colon", () => {
    expect(named(seedDoc('E3-Pruner'))).toEqual([['E3-Pruner', 'method', undefined]]);
    // a one-word title name is kept when the abstract uses it; its kind comes from the abstract
    expect(named(devDoc('2601.04195'))).toEqual([['MedPI', 'dataset', undefined]]);
  });

  it('reads "we propose X (long form)" and "we propose long form (X)", with the long form', () => {
    expect(named(seedDoc('Rethinking RoPE Scaling'))).toEqual([['Q-ROAR', 'method', 'Quantization, RoPE-interpolation, and Outlier Aware Rescaling']]);
    expect(named(seedDoc('Conformal Constrained'))).toEqual([['CCPO', 'method', 'Conformal Constrained Policy Optimization']]);
  });

  it('reads an apposition that lost its comma, and a CamelCase coinage before the task words of its head noun', () => {
    // real: 2512.08505, 2505.01656 (tune10); corpus 2506.08710
    expect(kinds('In particular, we propose NoisyCLIP a method that measures semantic alignment in the noisy latent space.')).toEqual(['NoisyCLIP method']);
    expect(kinds('We further introduce GaussianWorld-49K a carefully curated 3DGS dataset comprising around 49K scenes.')).toEqual(['GaussianWorld-49K dataset']);
    expect(kinds('This work proposes a novel WaveInst instance segmentation framework, involving a discrete wavelet transform.', 'A Novel WaveInst-based Network for Tree Trunk Structure Extraction')).toEqual(['WaveInst method']);
    // named once, it is what the object is built for: a tool, a platform (invented)
    expect(kinds('We propose a novel ComfyUI workflow generation framework.')).toEqual([]);
    // a term of the field, the task's short form or a defined one, only modifies the object (real: corpus 2507.15496;
    // LiDAR is a field's short form in the corpus statistics, which extractPaper passes to findProposals)
    const own = (abstract: string) => extractPaper({ key: 'p', title: 'A study', abstract }).filter((m) => m.relation === 'proposes');
    expect(own('We propose a novel LiDAR-Visual odometry framework that integrates LiDAR point clouds and images.')).toEqual([]);
    expect(kinds('Time-of-flight (ToF) sensors are cheap. We propose a novel ToF imaging system for cars.')).toEqual([]);
    expect(kinds('We propose a novel VQA evaluation framework.')).toEqual([]);
  });

  it('reads "X, a popular …", "evaluate on X, a …" and "an existing … called X" as names of others', () => {
    // real (corpus 2506.18104, 2504.16832, 2505.15095)
    expect(kinds('In this paper, we argue that viewing VICReg, a popular self-supervised learning method, through the lens of spectral embedding helps.')).toEqual([]);
    expect(kinds('Furthermore, we extend our evaluation to SeaExam, a multilingual multiple-choice dataset, showing gains.')).toEqual([]);
    // (right after "evaluate on" only: the paper's own data named later in the phrase stays its own; invented)
    expect(kinds('We evaluate on our newly collected FooBench, a benchmark of 5k questions.')).toEqual(['FooBench dataset']);
    expect(kinds('We manually add explanations to an existing sarcasm-labeled dataset for Australian and Indian English called BESSTIE.')).toEqual([]);
    // what "we" take up with a verb of use is someone else's (real: corpus 2505.09591 "we employ a recently proposed
    // variational algorithm called IVON", tune53 2606.22931 "we follow a sequential learning paradigm called Task
    // Decomposition (TD)"); not what the paper's own approach employs, nor a new thing (corpus 2507.16796 "the proposed
    // approach employs a … prediction model called Knowledge Transformer with Uncertainty (KTU)", 2509.01984 "VARIN
    // leverages a novel pseudo-inverse function, named Location-aware Argmax Inversion (LAI)")
    expect(kinds('Instead of AdamW, we employ a recently proposed variational algorithm called IVON, which yields a posterior.')).toEqual([]);
    expect(kinds('To facilitate supervision, we follow a sequential learning paradigm called Task Decomposition (TD) where an autoencoder is employed.')).toEqual([]);
    expect(kinds('The proposed approach and its two variants employ a probabilistic prediction model called Knowledge Transformer with Uncertainty (KTU) to exploit it.')).toEqual(['KTU method']);
    expect(kinds('We leverage a novel pseudo-inverse function, named Location-aware Argmax Inversion (LAI), to generate noises.')).toEqual(['LAI method']);
    // (a new one stays the paper's own: corpus 2506.01391)
    expect(kinds('We release five public benchmarks and a new Chinese GUI benchmark called CAGUI.')).toEqual(['CAGUI dataset']);
    // the items of an enumeration of the paper's own, in apposition: real 2604.13278 (tune20), 2504.15485 (tune6),
    // 2604.25318 (tune32); not a known name, nor one presented as someone else's, nor a sentence of others' work
    expect(kinds('We propose HarborScan, a holistic system through choices: (1) increased input resolution, (2) RPA-Block, a dynamic filter pruning mechanism, and (3) MSFD, a lightweight detection branch.')).toEqual(['HarborScan method', 'MSFD method', 'RPA-Block method']);
    expect(kinds('We present HarborSet, a benchmark. HarborSet consists of two parts: (1) HarborSet-real, with real images and (2) HarborSet-synthetic, a controlled diagnostic with generated images.')).toEqual(['HarborSet dataset', 'HarborSet-synthetic dataset']);
    expect(kinds('The framework makes three contributions: (1) a toolkit; (2) a multi-agent system; and (3) HarborBench, a hierarchical evaluation benchmark for cutscenes.')).toEqual(['HarborBench dataset']);
    expect(kinds('We study ports with two baselines: (1) GPT-4o, a proprietary model, and (2) PortNet-X, a popular detector.')).toEqual([]);
    expect(kinds('Prior systems use two parts: (1) PortNet-X, a detector, and (2) PortSeg, a segmenter.')).toEqual([]);
    // (review: the mark "(i)" is no first person; a lead-in of others' work, or an item presented as someone else's;
    // not the words of an item before, "model comparisons", corpus 2505.09990)
    expect(kinds('Registration is hard. Two strategies were evaluated: (i) Elastix, and (ii) PortMetric, a feature-based similarity metric.')).toEqual([]);
    expect(kinds('We compare with three baselines: (1) PortSfM, a learned pipeline, and (2) PortMVS, a stereo network.')).toEqual([]);
    expect(kinds('We build HarborKit from (1) PortSfM, a learned pipeline proposed by Smith et al., and (2) PortMVS, a new stereo network.')).toEqual(['HarborKit method', 'PortMVS method']);
    expect(kinds('HarborArena comprises three components: (1) HarborBench, a curated dataset; (2) an arena for blind model comparisons; and (3) HarborAct, a real-world robotic evaluation system.', 'HarborArena: A study')).toEqual(expect.arrayContaining(['HarborAct method', 'HarborBench dataset']));
    // "i.e.," after a comma, before a name that ends the phrase: real 2506.09650 (tune32), 2601.05053 (tune15); not an
    // example in parentheses nor a list (corpus 2505.12996, 2512.16456)
    expect(kinds('We introduce the first dataset for Referring Human Action Segmentation, i.e., RHAS133, built from 133 movies.')).toEqual(['RHAS133 dataset']);
    expect(kinds('We propose reinforced efficient reasoning via semantically diverse explorations, i.e., HARBOR, for LLMs.')).toEqual(['HARBOR method']);
    expect(kinds('We design a reward that compares the results with a strong LRM (i.e., HarborLRM-671B), and quantify them.')).toEqual([]);
    expect(kinds('We curate, for the first time, gaze sequences from five public datasets, i.e., HarborSet, MoHarbor, and HOT3D.')).toEqual([]);
    // (review: "i.e." after a preposition and a determiner glosses another thing; "in the" is a name's own words, corpus
    // 2506.01586 "Multi-modal dataset Distillation in the Wild, i.e., MDW")
    expect(kinds('We propose a benchmark built on the largest corpus, i.e., WikiHarbor, collected by Smith et al.')).toEqual([]);
    expect(kinds('We propose Multi-modal dataset Distillation in the Wild, i.e., HDW, the first framework for it.')).toEqual(['HDW method']);
    // (a name coordinated with another after "i.e." is a list, however the sentence goes on)
    expect(kinds('We curate our corpus from two public datasets, i.e., HarborSet and HarborVal, collected by others.')).toEqual([]);
    // the noun before "called" gives the kind, wherever the sentence's verb ("into a new dataset called HardMatch",
    // 2604.04931; "a contaminated split named AITZ-Noise", 2505.11891)
    expect(kinds('We collect 1000 image pairs from internet data into a new dataset called HardMatch.')).toEqual(['HardMatch dataset']);
    expect(kinds('It contains a contaminated split named AITZ-Noise to formulate a real noisy environment.')).toEqual(['AITZ-Noise dataset']);
    // a name of several capitalised words after "called"/"named", given to a new thing of the paper's (real: 2506.11769
    // (tune27), 2507.07487 (tune26), 2511.16674 (tune19)); not a thing it uses, an observation, nor a long form that goes
    // on to its short form (corpus 2503.14554, 2603.04852, 2504.05314)
    expect(kinds('Extending this insight to natural language tasks, we propose a metric called Long-Short Misalignment to quantify this phenomenon.')).toEqual(['Long-Short Misalignment method']);
    expect(kinds('Additionally, we propose a novel framework, named Map Association Transformer, as the baseline method.')).toEqual(['Map Association Transformer method']);
    expect(kinds('We introduce a method of dataset distillation for this task called Linear Gradient Matching that optimizes the images.')).toContain('Linear Gradient Matching method');
    expect(kinds('We compare asynchronous and synchronous RL using a physical robotic arm called Franka Emika Panda.')).toEqual([]);
    expect(kinds('We identify a critical scalability bottleneck, termed Structural Drift: as depth increases, accuracy degrades.')).toEqual([]);
    expect(kinds('We propose a novel approach called Multimodal Quantitative Language for Generative Recommendation (MQL4GRec).')).not.toContain('Multimodal Quantitative Language method');
    // a coined word before a data head that a coined name in apposition names only says what kind of data it is
    // (real: 2602.22026 (tune27)); alone it names the data ("the ETD dataset")
    expect(kinds('Furthermore, we construct the first large-scale RGB-Event dataset, EvMetro5K, containing 5,599 pairs of samples.')).toEqual(['EvMetro5K dataset']);
    expect(kinds('We introduce the ETD dataset, a collection of 5k annotated clips.')).toEqual(['ETD dataset']);
    // a release number after the name belongs to it (real: 2605.16026 (tune27); corpus 2604.08644, where "EXAONE" had
    // also been proposed beside EXAONE 4.5)
    expect(kinds('We propose S2ST-Omni 2, a many-to-one compositional S2ST framework. Experiments show that S2ST-Omni 2 achieves superior performance.')).toEqual(['S2ST-Omni 2 method']);
    expect(kinds('We present VGGT-SLAM 2.0, a real-time SLAM system for long sequences.')).toEqual(['VGGT-SLAM 2.0 method']);
    // "naming the model X" names the paper's own model (real: 2508.19113, tune26; invented)
    expect(kinds('We fine-tune an LRM using HDS-QA, naming the model HybridDeepSearcher, which outperforms the baselines.')).toEqual(['HybridDeepSearcher model']);
    expect(kinds('We assemble the three stages into one pipeline, naming it ZorbFlow, and release the code.')).toEqual(['ZorbFlow method']);
    // a quoted name after an artefact's noun (2503.16505: 'an … open-source Python framework, dubbed "SynDisco"'), not
    // a borrowed term in quotes ('a phenomenon called "Reversal-Curse"')
    expect(kinds('We release an open-source Python framework, dubbed "HarborSim" to simulate discussions.')).toEqual(['HarborSim method']);
    expect(kinds('Recent work reports a phenomenon called "Harbor-Curse" in LLMs; we test whether it persists.')).toEqual([]);
    // but not a noun phrase after a preposition of use, nor a sized name (a reviewer's sentences)
    expect(kinds('A model fine-tuned on this dataset, called MedReasoner-7B, outperforms the baselines.')).toEqual(['MedReasoner-7B model']);
    expect(kinds('We build a retrieval agent over a graph database, called GraphPilot, that answers queries.')).toEqual(['GraphPilot method']);
  });

  it('reads the kind from the apposition or the noun before the name', () => {
    // the noun before an apposition that defines the name, after "the" too (tune22 2503.20417 "we introduce a
    // comprehensive Chinese humor-related dataset, the Chinese Fun Set (CFunSet)"); a cohort is data (tune22
    // 2606.19867 "we further curate a private institutional pediatric skull CT cohort, PedSkull-CT, comprising …")
    expect(kinds('In this study, we introduce a comprehensive harbor-related dataset, the Harbor Fun Set (HFunSet). This dataset aggregates logs.')).toEqual(['HFunSet dataset']);
    expect(kinds('We propose a training-free method, the Harbor-to-Lighthouse Translator (HLT), to improve routing.')).toEqual(['HLT method']);
    expect(kinds('We further curate a private institutional harbor CT cohort, Harbor-CT, comprising normal and pathological cases.')).toEqual(['Harbor-CT dataset']);
    // "this paper introduces CA-Ben, a Chartered Accountancy benchmark"
    expect(named(devDoc('2506.21031'))).toContainEqual(['CA-Ben', 'dataset', undefined]);
    // "our model SSR-Zero-7B outperforms …"
    expect(named(devDoc('2505.16637'))).toContainEqual(['SSR-Zero-7B', 'model', undefined]);
    // with hyphenated modifiers before the noun (2508.21761: "Our resulting self-supervised model, SSL-SaN, achieves");
    // after a comma the name is the noun's only in an apposition or when "our" opens the sentence, else the clause's
    // subject (2605.15178: "On our one-minute world-model benchmark, SANA-WM demonstrates"; "Unlike our … model, X can")
    // a version of data is data, of a model a model, the apposition read through "version of" (2508.21761: "we present
    // IS3+, an extended and improved version of the IS3 synthetic dataset"; 2508.09327 "an improved version of our previous model")
    expect(kinds('Third, we present Harbor3+, an extended and improved version of the Harbor3 synthetic dataset with negative audio.')).toEqual(['Harbor3+ dataset']);
    expect(kinds('We propose HarborNet+, an improved version of our previous model, HarborNet.')).toEqual(['HarborNet+ model']);
    // but not through an adaptation of something: "a … framework …, called AdaRing, achieving … adaptation of VLMs"
    expect(kinds('We propose a fine-tuning framework with diverse adapters, called HarborRing, achieving light adaptation of VLMs.')).toEqual(['HarborRing method']);
    // a shared task the paper sets is a benchmark (2504.02883 "We introduce SemEval-2025 Task 4: unlearning …")
    expect(kinds('We introduce HarborEval-2025 Task 4: unlearning sensitive content.', 'HarborEval-2025 Task 4: Unlearning')).toEqual(['HarborEval-2025 Task 4 dataset']);
    expect(kinds('Our resulting self-supervised model, HarborNet, achieves the best scores.')).toEqual(['HarborNet model']);
    expect(kinds('On our one-minute world-model benchmark, HarborNet demonstrates stronger accuracy.')).toEqual([]);
    expect(kinds('Unlike our text-only model, HarborRAG-Lite can exploit images.')).toEqual([]);
    expect(kinds('Evaluated on two benchmarks, our model, Harbor-7B achieves the best scores.')).toEqual(['Harbor-7B model']);
    expect(kinds('Evaluations on our high-fidelity benchmark, Harbor-Sim, demonstrate gains.')).toEqual(['Harbor-Sim dataset']);
    // "describe" names the paper's own thing (2602.11295: "… and describes DecisionDB, an infrastructure that …"), not a
    // shared-task team's entry ("We describe the Yale-DM-Lab system for …", "describes UOL@IDEM's … submission")
    expect(kinds('This paper formalizes decision maps and describes HarborDB, an infrastructure that logs them.')).toEqual(['HarborDB method']);
    expect(kinds('We describe the Harbor-NLP system for the shared task.')).toEqual([]);
    expect(kinds("This paper describes HarborNLP's closed-track submission to the shared task.")).toEqual([]);
    expect(kinds('This paper describes the Harbor-NLP approach to SemEval-2025 Task 5.').filter((k) => k.startsWith('Harbor'))).toEqual([]);
    // (its system named on its own is the paper's: 2603.24896 "This paper describes LogSigma, our system for SemEval-2026 Task 3")
    expect(kinds('This paper describes HarborSigma, our system for SemEval-2026 Task 3.').filter((k) => k.startsWith('Harbor'))).toEqual(['HarborSigma method']);
    // "we introduce LLaVA: Large Language and Vision Assistant, an end-to-end trained large multimodal model"
    expect(named(devDoc('2304.08485'))).toContainEqual(['LLaVA', 'model', undefined]);
    // "our MultI-Modal In-Context Instruction Tuning (MIMIC-IT) dataset"
    expect(named(devDoc('2305.03726'))).toContainEqual(['MIMIC-IT', 'dataset', 'MultI-Modal In-Context Instruction Tuning']);
    // or a head that ends the long form, after up to two describing words (real: 2509.12482 "our Generalizable Radar
    // Transformer (GRT)", 2510.18303 "our proposed EchoCardiography Benchmark (ECBench)"); not a part of a method
    const own = (abstract: string) => proposals(sentence(abstract, 'A study')).map((p) => p.name);
    expect(own('We show gains with our Generalizable Harbor Transformer (GHT) on radar data.')).toEqual(['GHT']);
    expect(own('It fuses features with our Adaptive Harbor Fusion Block (AHFB) in each stage.')).toEqual([]);
    // "Bench" as "Benchmark" (real: tune38 2505.17455 "Our Proactive Safety Bench (PaSBench) evaluates this capability");
    // not a test rig
    expect(own('It shows that our Proactive Harbor Bench (PaHBench) evaluates this capability.')).toEqual(['PaHBench']);
    expect(own('It shows that our Engine Test Bench (ETB) validates the controller.')).toEqual([]);
  });

  it('reads naming participles, "our X framework", "our proposed X" and a coined subject with an apposition', () => {
    expect(named(devDoc('2508.20325'))).toContainEqual(['GUARD-JD', 'method', undefined]); // "…, named GUARD-JD, …"
    expect(named(devDoc('2507.08034'))).toEqual([['Athena', 'method', undefined]]); // "Our Athena framework achieves …"
    expect(named(devDoc('2304.12244'))).toContainEqual(['Evol-Instruct', 'method', undefined]); // "our proposed Evol-Instruct"
    expect(named(devDoc('2606.30852'))).toEqual([['LearnStop', 'method', undefined]]); // "with LearnStop, a hidden-state-free …"
    expect(named(devDoc('2304.03439'))).toEqual([['LogiEval', 'dataset', undefined]]); // "… as a benchmark suite and name it LogiEval"
    // a description before the noun names nothing: real 2512.13704 (tune9) "Our KG-informed model achieves a 0.99
    // F1-score"; corpus "Our GNN-based framework", "our RL-enhanced model"
    expect(kinds('We study noisy labels. Our KG-informed model achieves a 0.99 F1-score.')).toEqual([]);
    expect(kinds('We study graphs. Our GNN-based framework is fast; our RL-enhanced model is robust.')).toEqual([]);
    // the paper's own results of a coined name: corpus 2606.10594 "Our SEGA3D attains …", 2512.10954 "our GroupDiff
    // achieves"; not a class, a task, or a variant of a name already proposed
    expect(kinds('We study detection. Our SEGA3D attains 80% mAP on ports.')).toEqual(['SEGA3D method']);
    expect(kinds('We study detection. Our ViTs outperform CNNs and our ASR outperforms baselines.')).toEqual([]);
    // any verb of what it does, an adverb or a modal: tune32 2512.14244 "First, our LingoEDU transforms linear text",
    // tune19 2512.02400 "Our SA-Mem preserves", corpus 2604.06452 "our HANDRAISER can reduce"; not a name a lexicon knows
    expect(kinds('We study text. First, our HarborEDU transforms linear text into a tree.')).toEqual(['HarborEDU method']);
    expect(kinds('We study agents. The results show that our HARBORAISER can reduce the cost by 32%.')).toEqual(['HARBORAISER method']);
    expect(kinds('We study ports. Our LLaMA-2 can reduce the cost by 32%, and our BERT transforms text.')).toEqual([]);
    // (review: a backbone with its depth, a research question, a team, and a plural noun after the name)
    expect(kinds('Our SEWResNet-34 can achieve gains. Our RQ2 addresses cost. Our TREC2024 runs rank first.')).toEqual([]);
    expect(kinds('We propose PortNet, a detector. Our PortNet-S achieves 80% mAP.')).toEqual(['PortNet method', 'PortNet-S model']); // (the variant's own reading)
    // any describing words before the head noun when the name is its apposition: tune22 2507.08441 "our proposed image
    // tokenizer, VFMTok, achieves", corpus 2505.20321 "while our custom multi-step agent, BMSQL, reaches 62.6%"; not
    // the authors' earlier work ("our previous model, HarborNet")
    expect(kinds('We study tokens. Based on these designs, our proposed image tokenizer, HarborTok, achieves substantial improvements.')).toEqual(['HarborTok method']);
    expect(kinds('We study SQL. GPT-4o reaches 59%, while our custom multi-step agent, HarborSQL, reaches 62.6%.')).toEqual(['HarborSQL method']);
    expect(kinds('We study ports. Results suggest that our rubric-based reward model, Harbor-RM, surpasses baselines.')).toEqual(['Harbor-RM model']);
    expect(kinds('We study ports. It beats our previous detection model, HarborNet, by 3 points.')).toEqual([]);
    // a long form and its short form in apposition: corpus 2508.06836 "Our method, Multi-level Advantage Credit
    // Assignment (MACA), captures …", 2509.04515 "our proposed mitigation strategy, Bias Analysis and Mitigation
    // through Explanation (BAME), revealing …", 2506.14064 "our dataset Golden Embedded Clause Set (GECS)"; only a short
    // form defined there (not a maker's name in parentheses), nor earlier work
    expect(kinds('We study credit. Our method, Harbor Advantage Credit Assignment (HACA), captures agent contributions.')).toEqual(['HACA method']);
    expect(kinds('We study bias. Results improve after applying our proposed mitigation strategy, Bias Analysis and Mitigation through Explanation (BAME), revealing gains.')).toEqual(['BAME method']);
    expect(kinds('Our tool has been evaluated on our dataset Golden Harbor Clause Set (GHCS), which includes examples.')).toEqual(['GHCS dataset']);
    expect(kinds('We study ports. Our method, Harbor Port Tracker (HarborLab), captures ships.')).toEqual([]);
    expect(kinds('We study ports. It beats our previous method, Harbor Advantage Credit Assignment (HACA), by 3 points.')).toEqual([]);
    // (review) "the" before the long form (corpus 2511.14082 "Our framework, the Semantic-Guided Parameter Synthesizer
    // (SGPS), takes …"); not the authors' recent or preliminary work (2601.16449 "Our preliminary framework, Emotion-LLaMA")
    expect(kinds('Our framework, the Semantic-Guided Harbor Synthesizer (SGHS), takes as input a prompt.')).toEqual(['SGHS method']);
    expect(kinds('We study ports. It improves on our recent method, Harbor Advantage Credit Assignment (HACA), by 3 points.')).toEqual([]);
    expect(kinds('Our preliminary framework, Harbor-LLaMA, pioneered the use of emotion cues.')).toEqual([]);
  });

  it('reads a coined name after a preposition in apposition with "a new" or "a novel" as the paper\'s own', () => {
    // real: corpus 2508.04626 "P-Aligner is trained on UltraPrompt, a new dataset synthesized via …", 2601.05688 "we
    // introduce SketchVL, a novel MLLM that optimized with FinePO, a new RL algorithm …", 2603.20188 "…, and MMFire, a
    // new simulation-based wildfire spread dataset"
    expect(kinds('HarborAligner is trained on HarborPrompt, a new dataset synthesized via a principle-guided pipeline.')).toEqual(['HarborPrompt dataset']);
    expect(kinds('We introduce HarborVL, a novel MLLM optimized with HarborPO, a new RL algorithm for fine-grained rewards.')).toEqual(['HarborVL model', 'HarborPO method']);
    expect(kinds('We test on the LIDC dataset and HarborFire, a new simulation-based wildfire spread dataset.')).toEqual(['HarborFire dataset']);
    // not a known name (someone else's newest), a result, a kind of thing, a clause of its own, nor without a preposition
    expect(kinds('We investigate the performance of MedGemma, a new domain-specific open-source language model.')).toEqual([]);
    expect(kinds('It reaches 80.8% accuracy on MedQA with HarborLM-4B, a new state of the art at the 4B scale.')).toEqual([]);
    expect(kinds('The rise of LLM agents has given rise to HarborClaw, a new class of open-source agent frameworks.')).toEqual([]);
    expect(kinds('To register the frames from HarborDepth, a novel registration module is integrated.')).toEqual([]);
    expect(kinds('Results improve because HarborMix, a new augmentation, helps.')).toEqual([]);
    // (review) a relative clause after the apposition is no clause of its own; a longer apposition before its verb is
    expect(kinds('HarborAligner is trained on HarborPrompt, a new dataset that is ten times larger than prior ones.')).toEqual(['HarborPrompt dataset']);
    expect(kinds('To register the frames from HarborDepth, a novel multi-view geometric registration module is integrated.')).toEqual([]);
  });

  it('reads a coined name the sentence calls "the first" of its kind as the paper\'s own, whatever made it', () => {
    // real: corpus 2509.10260 "we manually annotate MagicData340K, the first human-annotated large-scale dataset of
    // 340K generated images", 2512.09417 "This yields HeadSwapBench, the first cross-identity paired dataset …"
    expect(kinds('Guided by this taxonomy, we manually annotate HarborData340K, the first human-annotated large-scale dataset of 340K generated images.')).toEqual(['HarborData340K dataset']);
    expect(kinds('This yields HarborSwapBench, the first cross-identity paired dataset for video head swapping.')).toEqual(['HarborSwapBench dataset']);
    // not a known name, the last piece of a name of several words or of one a mark cuts, nor a clause's subject
    expect(kinds('We fine-tune ALLaM-7B-Instruct-preview, the first foundation model developed in Saudi Arabia, for dialects.')).toEqual([]);
    expect(kinds('We show that Parallel HarborCFR, the first parallelization framework for real-time solving, helps.')).toEqual([]);
    expect(kinds('To close this gap, we build AD^2-HarborBench, the first benchmark for driving in adverse weather.')).not.toContain('2-HarborBench dataset');
    expect(kinds('Beyond HarborNet, the first benchmark of its kind is released here.')).toEqual([]);
    // (review) each name listed before a plural head (corpus 2505.17445 "PawPrint and PawPrint+, the first publicly
    // available datasets"); not one the paper evaluates or builds on, "the first time", a clause's subject after the
    // apposition, nor a head noun past a preposition ("the first task in a broader suite": no suite)
    expect(kinds('This yields HarborSet and HarborSet-Hard, the first cross-identity paired datasets for video head swapping.')).toEqual(['HarborSet dataset', 'HarborSet-Hard dataset']);
    expect(kinds('We propose FooNet, a lightweight detector. We evaluate FooNet on HarborLancer, the first benchmark for freelance tasks.')).toEqual(['FooNet method']);
    expect(kinds('We build on HarborSeg, the first foundation model for harbor segmentation, and adapt it.')).toEqual([]);
    expect(kinds('We annotate HarborQA, the first time an open model beats domain experts.')).toEqual([]);
    expect(kinds('Recently, HarborLM, the first open reasoning model trained with RL, was released by a startup.')).toEqual([]);
    expect(kinds('We adapt the questions into HarborCamlang-v0, the first task in a broader suite of tests.')).toEqual([]);
  });

  it('reads the system a technical report names as its proposal, a model unless the abstract calls it data', () => {
    // real: tune4 2512.20632, corpus 2507.02029 and 2505.17387
    expect(kinds('This report provides a detailed introduction to Erkang-Diagnosis-1.1 model, our AI healthcare consulting assistant.', 'Erkang-Diagnosis-1.1 Technical Report')).toEqual(['Erkang-Diagnosis-1.1 model']);
    expect(kinds('We introduce an embodied brain model for robots.', 'RoboBrain 2.0 Technical Report')).toEqual(['RoboBrain 2.0 model']);
    // a name the abstract proposes already is not read twice; a title that is a phrase names nothing
    expect(kinds('We present WiNGPT-3.0, a medical LLM.', 'WiNGPT-3.0 Technical Report')).toEqual(['WiNGPT-3.0 model']);
    expect(kinds('We study the risks of frontier systems.', 'Frontier AI Risk Management Framework in Practice Technical Report')).toEqual([]);
    // invented: a report on data
    expect(kinds('FooSet-2 is a dataset of 10k annotated images.', 'FooSet-2 Technical Report')).toEqual(['FooSet-2 dataset']);
  });

  it('reads a model noun right after the proposed name as a model ("the … (CCQA) model"), not as a modifier', () => {
    // real: corpus 2505.03638, 2509.18176
    expect(kinds('We have developed an innovative CLIP-based Composition Quality Assessment (CCQA) model to assign pseudo labels.')).toEqual(['CCQA model']);
    expect(kinds('We present a hybrid Convolutional Neural Network and Long-Short Term Memory (CNN-LSTM) model, engineered to learn features.')).toEqual(['CNN-LSTM model']);
    expect(kinds('We propose ZetaNet model-agnostic training.')).not.toEqual(['ZetaNet model']);
  });

  it('reads the acronym of a model class heading the apposition as a model, not as a modifier', () => {
    // real: tune4 2602.11073 and 2505.19706, corpus 2503.13016 and 2509.02175
    expect(kinds('We instantiate this paradigm in ViLaVT, a novel LVLM equipped with a dynamic vision encoder.')).toEqual(['ViLaVT model']);
    expect(kinds('We introduce PathFinder-PRM, a novel hierarchical, error-aware discriminative PRM that first classifies math errors.')).toEqual(['PathFinder-PRM model']);
    expect(kinds('We propose EMA, an Efficient Motion-Aware video MLLM that utilizes compressed video structures as inputs.')).toEqual(['EMA model']);
    expect(kinds('We introduce RocketScience, an open-source contrastive VLM benchmark that tests for spatial relation understanding.')).toEqual(['RocketScience dataset']);
    // and with an adverb before what follows the head (real: tune39 2506.20964 "we introduce PathChat+, a new MLLM
    // specifically designed for human pathology"); an adverb before any other word leaves it a modifier
    expect(kinds('To address these limitations, we introduce PathChat+, a new MLLM specifically designed for human pathology.')).toEqual(['PathChat+ model']);
    expect(kinds('We introduce VisTool, a new MLLM carefully curated benchmark for charts.')).toEqual(['VisTool dataset']);
    // (or before a preposition: real, tune30 2602.19190 "developed FUSAR-GPT, a VLM specifically for SAR")
    expect(kinds('We constructed a dataset and developed DOCK-GPT, a VLM specifically for harbor imagery.')).toEqual(['DOCK-GPT model']);
    // or a participle of what the model does (real: 2510.21111 "we develop PhysVLM-AVR, an MLLM achieving state-of-the-art
    // performance", 2604.11627 "we introduce POINTS-Long, a native dual-mode MLLM featuring dynamic visual token
    // scaling"); not one a method noun heads ("ForgeVLA, a federated VLA training framework", 2605.07474)
    expect(kinds('Building on this, we develop DockVLM-AVR, an MLLM achieving state-of-the-art performance on ports.')).toEqual(['DockVLM-AVR model']);
    expect(kinds('Thus, we introduce DOCKS-Long, a native dual-mode MLLM featuring dynamic visual token scaling.')).toEqual(['DOCKS-Long model']);
    expect(kinds('In this paper, we propose DockVLA, a federated VLA training framework that learns from ports.')).toEqual(['DockVLA method']);
  });

  it("reads the paper's own sized models: a size tail with model-card words, \"our … X-8B\", two sizes", () => {
    // invented
    expect(kinds('We release Zephyrus-13B-Instruct, trained on public data.')).toEqual(['Zephyrus-13B-Instruct model']);
    // a sized name an apposition calls data is data (real: "we construct SPAR-7M, a large-scale dataset generated
    // from …" 2503.22976, "HSG-12M: A Large-Scale Spatial Multigraph Dataset" 2506.08618); a method noun keeps a model
    expect(kinds('Leveraging this pipeline, we construct HARB-7M, a large-scale dataset generated from many ports.')).toEqual(['HARB-7M dataset']);
    expect(kinds('We study harbors.', 'HARB-12M: A Large-Scale Spatial Harbor Dataset')).toEqual(['HARB-12M dataset']);
    expect(kinds('We release Zephyrus-13B, a reasoning framework for ports.')).toEqual(['Zephyrus-13B model']);
    // real shapes (tune3 2602.04284, 2603.02681): words between "our" and the sized name; "8B/32B" names two models
    expect(kinds('We propose Agent-Omit, a unified training framework. Results show that our constructed Agent-Omit-8B could match frontier agents.')).toEqual([
      'Agent-Omit method',
      'Agent-Omit-8B model',
    ]);
    expect(kinds('We propose VisionCreator, a native agentic framework. Remarkably, our VisionCreator-8B/32B models outperform larger closed models.')).toEqual([
      'VisionCreator method',
      'VisionCreator-8B model',
      'VisionCreator-32B model',
    ]);
    // with words between "our" and the name, only a size or a model noun makes the variant a model of its own
    expect(kinds('We propose Foo, a video benchmark. Our task Foo-VQA covers three aspects.')).toEqual(['Foo dataset']);
    // without "our", a sized member of the proposed family is not a further proposal
    expect(kinds('We introduce Falcon-X, a new series of language models. The flagship Falcon-X-34B matches larger models.')).toEqual(['Falcon-X model']);
  });

  it('reads "we generate/provide a <head>, X" and a participle after a comma in a sentence of the paper', () => {
    // real shapes (tune3 2503.16212, 2511.20857, 2507.16038; corpus 2503.11742)
    expect(kinds('By applying these strategies, we generate a new dataset, MathFusionQA, followed by fine-tuning models on it.')).toEqual(['MathFusionQA dataset']);
    expect(kinds('To better benchmark reuse, we provide a baseline method, ExpRAG, for retrieving prior experience.')).toEqual(['ExpRAG method']);
    expect(kinds('In this paper, we first benchmark the concept, introducing the SpelkeBench dataset that contains segments.')).toEqual(['SpelkeBench dataset']);
    expect(kinds('We explore whether a model can be made safer without training, introducing Unsafe Weights Manipulation (UWM).')).toEqual(['UWM method']);
    // "provide"/"generate" without a named head noun, and a comma participle whose subject is not the paper
    expect(kinds('Additionally, we provide a detailed discussion focused on ground sample distance (GSD) optimization.')).toEqual([]);
    expect(kinds('We generate Monte Carlo (MC) estimates of word entropy.')).toEqual([]);
    expect(kinds('Prior work scaled the encoder, introducing the FooBench dataset.')).toEqual([]);
  });

  it("reads the paper's name with a benchmark's tail as its benchmark, wherever it stands", () => {
    // real shape (tune3 2605.06535): the dataset is the proposal, its "-Bench" the second one
    expect(kinds('We introduce Sparkle, a dataset of 140K video pairs, alongside Sparkle-Bench, the largest evaluation benchmark for it.')).toEqual([
      'Sparkle dataset',
      'Sparkle-Bench dataset',
    ]);
    // a method's own benchmark (invented)
    expect(kinds('We propose FooNet, a tracking framework. FooNet is best on FooNet-Eval and MOT17.')).toEqual(['FooNet method', 'FooNet-Eval dataset']);
  });

  it('does not take a component described with the proposal for a proposal', () => {
    // "We propose TrinityX, a modular alignment framework that incorporates a Mixture of Calibrated Experts (MoCaE)"
    expect(named(seedDoc('Too Helpful'))).toEqual([['TrinityX', 'method', undefined]]);
  });

  it('does not take a known technique brought in, or a framework named after its task, for a proposal', () => {
    // "we introduce process reward models (PRMs) into RGS"
    expect(proposals(heldOutDoc('2506.12446')).map((p) => p.name)).not.toContain('PRMs');
    // "we develop an interpretable Visual Word Sense Disambiguation (VWSD) framework"
    expect(proposals(heldOutDoc('2602.06799')).map((p) => p.name)).not.toContain('VWSD');
    // a class the paper builds on, its acronym a plural of three capitals, as a field's acronym of three (real: tune16
    // 2509.09572 "we propose PeftCD, a change detection framework built upon Vision Foundation Models (VFMs)", tune16
    // 2603.29228 "We design a backbone with Weighted Multi-branch Perceptrons (WMPs)", corpus 2504.07866 "trained on
    // Ascend Neural Processing Units (NPUs)"); a plural of four stays readable (real: tune54-style, corpus 2505.14674
    // "we introduce Reward Reasoning Models (RRMs)")
    expect(kinds('We propose PeftCD, a change detection framework built upon Vision Foundation Models (VFMs) with fine-tuning.')).toEqual(['PeftCD method']);
    expect(kinds('We design a backbone with Weighted Multi-branch Perceptrons (WMPs), which aggregates features.')).toEqual([]);
    expect(kinds('In this work, we introduce Large Hybrid-Reasoning Models (LHRMs), the first kind of model that thinks adaptively.')).toEqual(['LHRMs method']);
  });

  it('reads a second proposal joined by "and"', () => {
    // corpus, 2601.09528 and 2601.21938
    const glove = sentence(
      'We present GlovEgo-HOI, a new benchmark dataset for industrial EHOI, and GlovEgo-Net, a model integrating Glove-Head and Keypoint- Head modules to leverage hand pose information for enhanced interaction detection.',
    );
    expect(named(glove)).toEqual([
      ['GlovEgo-HOI', 'dataset', undefined],
      ['GlovEgo-Net', 'model', undefined],
    ]);
    const book = sentence(
      'Moreover, to address the absence of specialized datasets, we present Book3D, a large-scale synthetic dataset for training, and Book100, a comprehensive real-world benchmark for evaluation.',
    );
    expect(named(book)).toEqual([
      ['Book3D', 'dataset', undefined],
      ['Book100', 'dataset', undefined],
    ]);
  });

  it('merges the title reading and the abstract reading of one name', () => {
    // "Modular Prompt Optimization: …" and "We introduce Modular Prompt Optimization (MPO)": one proposal, MPO
    expect(named(devDoc('2601.04055'))).toEqual([['MPO', 'method', 'Modular Prompt Optimization']]);
  });

  it('reads a counted list of names after a proposal verb, only when the count matches', () => {
    // a plain capitalised word among coined names of data (tune22 2504.13914 "we develop two internal benchmarks,
    // BeyondAIME and Codeforces, both of which will be publicly released"); never a list of plain words alone
    expect(kinds('To assess reasoning, we develop two internal benchmarks, HarborAIME and Lighthouse, both of which will be released.')).toEqual([
      'HarborAIME dataset',
      'Lighthouse dataset',
    ]);
    expect(kinds('We collect two datasets, Harbor and Lighthouse.')).toEqual([]);
    // real (tune1, 2503.17489 and 2508.11737) and invented
    expect(named(sentence('Moving further, this paper extends MLLM-as-a-Judge across modalities to a unified manner by introducing two benchmarks, TaskAnything and JudgeAnything, to respectively evaluate the overall performance.'))).toEqual([
      ['TaskAnything', 'dataset', undefined],
      ['JudgeAnything', 'dataset', undefined],
    ]);
    expect(named(sentence('We release two open-source models: Ovis2.5-9B and Ovis2.5-2B.'))).toEqual([
      ['Ovis2.5-9B', 'model', undefined],
      ['Ovis2.5-2B', 'model', undefined],
    ]);
    expect(named(sentence('This paper introduces two evaluation metrics: the Lexical Drift Score, which finds overuse, and the Preference Gap Index, which measures shifts.'))).toEqual([
      ['Lexical Drift Score', 'method', undefined],
      ['Preference Gap Index', 'method', undefined],
    ]);
    // lower-case members only for lists of techniques
    expect(named(sentence('To address them, we introduce two lightweight controls: FP16 planning, which gives a short outline, and loop rescue, which detects repetitive traces.'))).toEqual([
      ['FP16 planning', 'method', undefined],
      ['loop rescue', 'method', undefined],
    ]);
    // "namely" after the count's noun (real: 2505.22617, 2505.16421)
    expect(named(sentence('Specifically, we propose two simple yet effective techniques, namely Clip-Cov and KL-Cov, which clip and apply KL penalty to tokens with high covariances respectively.'))).toEqual([
      ['Clip-Cov', 'method', undefined],
      ['KL-Cov', 'method', undefined],
    ]);
    expect(named(sentence('We further investigate different RL initialization policies by introducing two variants, namely WebAgent-R1-Zero and WebAgent-R1-CoT, which highlight the warm-up stage.')).map(([name]) => name)).toEqual(['WebAgent-R1-Zero', 'WebAgent-R1-CoT']);
    expect(named(sentence('We introduce two types of observation challenges: (1) occlusion, which hides targets, and (2) perspective ambiguity.'))).toEqual([]);
    // three announced, two given: not a list of names
    expect(named(sentence('We introduce three benchmarks: FooBench and BarQA.'))).toEqual([]);
    expect(listItems('TaskAnything and JudgeAnything, to evaluate', 2, 'benchmarks')).toEqual([
      { name: 'TaskAnything', at: 0 },
      { name: 'JudgeAnything', at: 17 },
    ]);
  });

  it('reads a verb after "and" or "by" in a sentence whose subject is the paper', () => {
    expect(named(sentence('We identify the failure mode and propose GraphWeave, a training-free method for it.'))).toEqual([['GraphWeave', 'method', undefined]]);
    expect(named(sentence('This paper addresses fairness by introducing FVL-FP, a novel framework that combines FL with prompt tuning.'))).toEqual([['FVL-FP', 'method', undefined]]);
    // a by-clause before the subject names a component
    expect(named(sentence('Here, by designing dynamical temporal attention (DTA) with time-varying matrices, we propose an Emergence Transformer.'))).toEqual([]);
    // a known technique brought "into" the work is used, not proposed
    expect(named(sentence('We identify the gap and introduce Direct Preference Optimization (DPO) into the pipeline.'))).toEqual([]);
    // "by constructing a Most Probable Mode (MPM) list": the definition modifies another noun
    expect(named(sentence('We speed it up by constructing a Most Probable Mode (MPM) list for each block.'))).toEqual([]);
    // a measure named after its authors alone only names the measure (real: 2603.20206 (tune56)); a new measure built
    // on it is the paper's (real: 2512.16213)
    expect(named(sentence('To prevent degradation, we introduce a Kullback-Leibler (KL) divergence regularization term into the loss function.'))).toEqual([]);
    expect(named(sentence('We prove the bounds and propose the Modified Symmetric Kullback-Leibler (MSKL) divergence with guaranteed bounds.')).map((n) => n[0])).toEqual(['MSKL']);
  });

  it('reads names of several words before a head noun, and two-word coined names', () => {
    // real (tune1, 2510.18552)
    expect(named(sentence('To address this limitation, we introduce the Occluded nuScenes Dataset, a novel extension of the widely used nuScenes benchmark.'))).toEqual([['Occluded nuScenes', 'dataset', undefined]]);
    expect(named(sentence('We present the Harbor Crane Dataset, with 9,000 annotated frames.'))).toEqual([['Harbor Crane Dataset', 'dataset', undefined]]); // the head stays with plain words, as the gold's "Tajik Web Corpus" (tune2)
    expect(named(sentence('We propose Geom-Seg VecSet, a unified latent representation.'))).toEqual([['Geom-Seg VecSet', 'method', undefined]]);
    expect(named(sentence('We propose OmniVL-Guard Pro, a tool-augmented agent.'))).toEqual([['OmniVL-Guard Pro', 'method', undefined]]);
    // descriptions, not names
    expect(named(sentence('We propose a novel Deep Learning architecture for plants.'))).toEqual([]);
    expect(named(sentence('At the feature level, we introduce a Feature-Gated Cross-Attention module that fuses features.'))).toEqual([]);
    expect(named(sentence('We propose a Neuro-Symbolic Predictive Process Monitoring approach that integrates logic.'))).toEqual([]);
    expect(named(sentence('We develop a Smooth-Mamba Deep Deterministic Policy Gradient framework, termed SMamba-DDPG, which integrates both.'))).toEqual([['SMamba-DDPG', 'method', undefined]]);
  });

  it('reads a name right after the head noun the proposal verb takes', () => {
    // real: tune4 2512.10945, corpus 2509.21038 and 2507.06971
    expect(named(sentence('We further analyze the challenges and propose an approach LMPM++ for RVOS that achieves new state-of-the-art results.'))).toEqual([['LMPM++', 'method', undefined]]);
    expect(named(sentence('We propose a simple, yet effective algorithm KDSS for sub-sampling of biological point clouds.'))).toEqual([['KDSS', 'method', undefined]]);
    expect(named(sentence('In this paper, we propose the first panoramic generation method Percep360 for autonomous driving.'))).toEqual([['Percep360', 'method', undefined]]);
    // invented: a known name after the head is used, not proposed
    expect(named(sentence('We propose a method based on BERT for segmentation.'))).toEqual([]);
  });

  it('reads "we call it X", "we instantiate … as X" and the named parts of a proposal', () => {
    expect(named(sentence('We propose a camera design, which we call SuperCam, that processes data on the fly.'))).toEqual([['SuperCam', 'method', undefined]]);
    expect(named(sentence('An alternative transform is obtained, which we call Elementwise Layer Normalization (ELN).'))).toEqual([['ELN', 'method', 'Elementwise Layer Normalization']]);
    // a name that goes on is not cut
    expect(named(sentence('We identify a class of agents, which we term Domination-Avoiding agents, that do not collude.'))).toEqual([]);
    expect(named(sentence('We instantiate this objective as OmniRetriever-7B.'))).toEqual([['OmniRetriever-7B', 'model', undefined]]);
    const parts = sentence('Additionally, we present a new simulation dataset, V2VLoc, which can be adapted for both tasks. V2VLoc comprises three subsets: Town1Loc, Town4Loc, and V2VDet.');
    expect(named(parts)).toEqual([
      ['V2VLoc', 'dataset', undefined],
      ['Town1Loc', 'dataset', undefined],
      ['Town4Loc', 'dataset', undefined],
      ['V2VDet', 'dataset', undefined],
    ]);
    // the parts of a dataset are datasets also when the parent's first reading is a method (here the title's), and
    // "subsets"/"splits" are parts of data whatever the parent is read as
    const titled = { key: 'paper:q', title: 'Quokka2Loc: Cooperative Localization in Simulation', abstract: 'We present a new simulation dataset, Quokka2Loc, for localization. Quokka2Loc comprises two splits: QkTown1 and QkTown4.' };
    expect(named(titled).filter(([n]) => n !== 'Quokka2Loc')).toEqual([
      ['QkTown1', 'dataset', undefined],
      ['QkTown4', 'dataset', undefined],
    ]);
    const variants = sentence('We propose MaskMarkX, a watermarking framework. MaskMarkX has two variants: MaskMarkX-D and MaskMarkX-L.');
    expect(named(variants)).toEqual([
      ['MaskMarkX', 'method', undefined],
      ['MaskMarkX-D', 'method', undefined],
      ['MaskMarkX-L', 'method', undefined],
    ]);
  });

  it('reads an apposition that defines the name, one that ends the sentence, and a plain word before a relative clause', () => {
    expect(named(sentence('We propose a training-free and model-agnostic method, Abstract-to-Concrete Translator (ACT), to shift representations.'))).toEqual([['ACT', 'method', 'Abstract-to-Concrete Translator']]);
    expect(named(sentence('Building on these principles, we introduce a proof-of-concept multi-call framework for MHQA, InfoQA.'))).toEqual([['InfoQA', 'method', undefined]]);
    const plain = sentence('This paper proposes Grafourierformer, which combines graph transformers with frequency information. Grafourierformer is fast.');
    expect(named(plain)).toEqual([['Grafourierformer', 'method', undefined]]);
    // said once, or after an article: no name
    expect(named(sentence('This paper proposes Grafourierformer, which combines graph transformers with frequency information.'))).toEqual([]);
    expect(named(sentence('We propose a Transformer, which combines both. The Transformer is fast.'))).toEqual([]);
    const bench = { key: 'paper:g', title: 'GeoBenchX: Benchmarking LLMs for Multistep Geospatial Tasks', abstract: 'We study geospatial agents.' };
    expect(named(bench)).toEqual([['GeoBenchX', 'dataset', undefined]]);
  });

  it('reads a coined name in apposition in the middle of a sentence when the abstract repeats it', () => {
    const doc = sentence('To this end, LieFlow, a dynamic radiance representation framework, models motion in SE(3). LieFlow is fast.');
    expect(named(doc)).toEqual([['LieFlow', 'method', undefined]]);
    // said once, or introduced as someone else's
    expect(named(sentence('To this end, LieFlow, a dynamic radiance representation framework, models motion.'))).toEqual([]);
    expect(named(sentence('Its baselines include LieFlow, a dynamic radiance framework, and others. LieFlow is slow.'))).toEqual([]);
    expect(named(sentence('SOAR, a classic symbol-based cognitive architecture, has been fostering agents. SOAR is old.'))).toEqual([]);
  });

  it("reads the title's name before a double hyphen, and the kind from the words after it", () => {
    // invented
    const quill = { key: 'paper:q', title: 'QuillNet -- A Language Model for Poetry', abstract: 'Poetry is hard for language models.' };
    expect(named(quill)).toEqual([['QuillNet', 'model', undefined]]);
    // real (corpus 2503.20914, 2508.09115)
    const d4r = { key: 'paper:d', title: 'D4R -- Exploring and Querying Relational Graphs Using Natural Language and Large Language Models -- the Case of Historical Documents', abstract: 'D4R is a digital platform designed to assist non-technical users, particularly historians, in exploring textual documents.' };
    expect(named(d4r)).toEqual([['D4R', 'method', undefined]]);
    const sin = { key: 'paper:s', title: 'SinLlama -- A Large Language Model for Sinhala', abstract: 'Low-resource languages such as Sinhala are often overlooked by open-source Large Language Models (LLMs).' };
    expect(named(sin)).toEqual([['SinLlama', 'model', undefined]]);
    // a plain word or a venue before a double hyphen is a topic, not a name
    expect(named({ key: 'paper:v', title: 'SIGIR 2025 -- LiveRAG Challenge Report', abstract: 'The LiveRAG Challenge at SIGIR 2025 provided a platform.' })).toEqual([]);
    expect(named({ key: 'paper:o', title: 'Outliers -- Why They Matter', abstract: 'Outliers matter in statistics.' })).toEqual([]);
    // a dash glued to a one-word name: real 2504.20454 (tune8) "LymphAtlas- A Unified Multimodal Lymphoma Imaging
    // Repository Delivering AI-Enhanced Diagnostic Insight"; a hyphen before a lower-case word is the word's own
    expect(named({ key: 'paper:l', title: 'HarborAtlas- A Unified Multimodal Port Imaging Repository', abstract: 'This study integrates sonar data.' })).toEqual([['HarborAtlas', 'method', undefined]]);
    expect(named({ key: 'paper:c', title: 'Self- and Cross-Attention for Ports', abstract: 'Ports are busy.' })).toEqual([]);
    // a colon glued to a one-word name before a capital: real 2506.08629 (tune37) "ECMNet:Lightweight Semantic
    // Segmentation with Efficient CNN-Mamba Network", corpus 2503.15342 "TruthLens:A Training-Free Paradigm …"; not a
    // two-letter word ("Re:Thinking") or a time
    expect(named({ key: 'paper:e', title: 'HarborNet:Lightweight Segmentation of Port Scenes', abstract: 'Ports are busy.' })).toEqual([['HarborNet', 'method', undefined]]);
    expect(named({ key: 'paper:p', title: 'Re:Thinking Ports', abstract: 'Ports are busy.' })).toEqual([]);
    expect(named({ key: 'paper:t', title: '10:Thirty Tides of Ports', abstract: 'Ports are busy.' })).toEqual([]);
    // a name with a colon inside, before the spaced one (real: corpus 2602.06669 "compar:IA: The French Government's LLM arena")
    expect(named({ key: 'paper:i', title: 'harbor:IA: A Port Arena', abstract: 'Ports are busy.' }).map(([n]) => n)).toContain('harbor:IA');
  });

  it('reads a title that ends by naming data: coined words alone, plain words with their head, never after "a"', () => {
    // real: 2504.05679 (tune10); corpus 2604.27582, 2603.23607, 2505.15348, 2503.18705, 2504.17550
    const t = (title: string) => named({ key: 'paper:t', title, abstract: 'We study this.' }).map(([n, k]) => `${n} ${k}`);
    expect(t('Event-based Civil Infrastructure Visual Defect Detection: ev-CIVIL Dataset and Benchmark')).toEqual(['ev-CIVIL dataset']);
    expect(t('Assessing Pancreatic Ductal Adenocarcinoma Vascular Invasion: the PDACVI Benchmark')).toEqual(['PDACVI dataset']);
    expect(t('LongTail Driving Scenarios with Reasoning Traces: The KITScenes LongTail Dataset')).toEqual(['KITScenes LongTail dataset']);
    expect(t('The Super Emotion Dataset')).toEqual(['Super Emotion Dataset dataset']);
    // invented: coined and plain words keep the head
    expect(t('Reading Harbour Logs: The HRB Harbour Corpus')).toEqual(['HRB Harbour Corpus dataset']);
    // a description, a topic, or the tail of a title name
    expect(t('Anomaly Detection under Complex Interplay: A Large-Scale Benchmark')).toEqual([]);
    expect(t('Towards Scalable Video Anomaly Retrieval: A Synthetic Video-Text Benchmark')).toEqual([]);
    expect(t('Benchmarking Burst Super-Resolution for Polarization Images: Noise Dataset and Analysis')).toEqual([]);
    expect(t('HalluLens: LLM Hallucination Benchmark').map((x) => x.split(' ')[0])).toEqual(['HalluLens']);
    // plain words with no article name data only when the abstract writes them too (invented)
    expect(t('Segmentation in CT: Medical Image Segmentation Benchmark')).toEqual([]);
    expect(named({ key: 'paper:t', title: 'Segmentation in CT: Harbour Crane Benchmark', abstract: 'We release the Harbour Crane benchmark of 5k scans.' }).map(([n]) => n)).toEqual(['Harbour Crane Benchmark']);
  });

  it("reads a lower-case title name with a digit or a hyphen before the colon", () => {
    // invented
    expect(named({ key: 'paper:z', title: 'wave2mesh: Meshes from Ocean Waves', abstract: 'Ocean waves are hard to mesh.' })).toEqual([['wave2mesh', 'method', undefined]]);
    // real (corpus 2503.21557, 2506.01084)
    expect(named({ key: 'paper:z', title: 'zip2zip: Inference-Time Adaptive Vocabularies for Language Models via Token Compression', abstract: 'Large language models use a fixed vocabulary.' }).map(([n]) => n)).toEqual(['zip2zip']);
    expect(named({ key: 'paper:d', title: 'debug-gym: A Text-Based Environment for Interactive Debugging', abstract: 'Large language models are used for coding.' }).map(([n]) => n)).toEqual(['debug-gym']);
    // a plain lower-case word is no name
    expect(named({ key: 'paper:p', title: 'pruning: a study of sparse networks', abstract: 'Pruning removes weights.' })).toEqual([]);
  });

  it("reads a title's name with a release version, which the abstract need not repeat", () => {
    // invented
    expect(named({ key: 'paper:w', title: 'WaveSeg v3: Faster Segmentation of Ocean Waves', abstract: 'Ocean waves are hard to segment.' })).toEqual([['WaveSeg v3', 'method', undefined]]);
    // real (corpus 2504.06895)
    const colorize = { key: 'paper:c', title: 'ColorizeDiffusion v2: Enhancing Reference-based Sketch Colorization Through Separating Utilities', abstract: 'Reference-based sketch colorization methods have garnered significant attention due to their potential applications in the animation production industry.' };
    expect(named(colorize)).toEqual([['ColorizeDiffusion v2', 'method', undefined]]);
    // the abstract names it without the version: its own reading gives the name
    expect(named({ key: 'paper:b', title: 'BuzzSet v1.0: A Dataset for Pollinator Detection', abstract: 'We present BuzzSet, a new dataset of bee images.' }).map(([n]) => n)).toEqual(['BuzzSet']);
  });

  it("reads the short form a title defines before its colon, however long the long form", () => {
    // invented
    const gum = { key: 'paper:g', title: 'Graded Unlearning with Memory Probes (GUMP): Forgetting on Demand', abstract: 'Models memorise data.' };
    expect(named(gum)).toEqual([['GUMP', 'method', 'Graded Unlearning with Memory Probes']]);
    // real (tune5 2509.07879)
    const amint = { key: 'paper:a', title: 'Active Membership Inference Test (aMINT): Enhancing Model Auditability with Multi-Task Learning', abstract: 'Active Membership Inference Test (aMINT) is a method designed to detect whether given data were used during the training of machine learning models.' };
    expect(named(amint).map(([n]) => n)).toEqual(['aMINT']);
    // a plural acronym names a class; a short form of the title's last words only is another's
    expect(named({ key: 'paper:l', title: 'The Landscape of Arabic Large Language Models (ALLMs): A New Era', abstract: 'Arabic is spoken widely.' })).toEqual([]);
    expect(named({ key: 'paper:x', title: 'Recent Advances and Future Directions in Extended Reality (XR): Exploring AI', abstract: 'XR is growing.' })).toEqual([]);
  });

  it("reads the title's name of several words when the abstract introduces it", () => {
    // real (tune1, 2605.22643)
    const frog = { key: 'paper:f', title: 'Boiling the Frog: A Multi-Turn Benchmark for Agentic Safety', abstract: 'We contribute to this strand of research. We introduce Boiling the Frog, a benchmark that evaluates whether tool-using AI models are susceptible to incremental attacks.' };
    expect(named(frog)).toEqual([['Boiling the Frog', 'dataset', undefined]]);
    // a finding named in a question title is no contribution
    const collapse = { key: 'paper:c', title: 'Cross-lingual Collapse: How Language-Centric Foundation Models Shape Reasoning', abstract: 'We identify Cross-lingual Collapse, a systematic drift in which the chain of thought reverts.' };
    expect(named(collapse)).toEqual([]);
    // after a verb, the title's noun is what the name works on, not its kind
    const edit = { key: 'paper:e', title: 'Edit2Interp: Adapting Image Foundation Models to Video Frame Interpolation', abstract: 'Pre-trained image editing models exhibit strong spatial reasoning.' };
    expect(named(edit)).toEqual([['Edit2Interp', 'method', undefined]]);
    const places = { key: 'paper:p', title: 'Places in the Wild: A Large, High-Resolution RAW Photograph Dataset for Vision Research', abstract: 'We present Places in the Wild, a collection of RAW photographs.' };
    expect(named(places)).toEqual([['Places in the Wild', 'dataset', undefined]]);
    // an article type before the name
    const descriptor = { key: 'paper:d', title: 'Descriptor: Occluded nuScenes: A Multi-Sensor Dataset', abstract: 'We introduce the Occluded nuScenes Dataset, a novel extension of nuScenes.' };
    expect(named(descriptor)).toEqual([['Occluded nuScenes', 'dataset', undefined]]);
  });

  it("keeps a known name as the paper's own when the title is named by it, not when the title only uses it", () => {
    const own = { key: 'paper:o', title: 'Evol-Instruct: Evolving Instructions', abstract: 'Our method, Evol-Instruct, a data evolution method, rewrites instructions. Evol-Instruct scales.' };
    expect(named(own).map((p) => p[0])).toContain('Evol-Instruct');
    // a generic technique name too, in the paper that coined it; not in a survey of it
    const lora = { key: 'paper:l', title: 'LoRA: Low-Rank Adaptation of Large Language Models', abstract: 'We propose Low-Rank Adaptation, or LoRA, which freezes the pretrained weights.' };
    expect(named(lora).map((p) => p[0])).toEqual(['LoRA']);
    const survey = { key: 'paper:s', title: 'LoRA: A Survey of Low-Rank Adaptation', abstract: 'We review LoRA and its variants.' };
    expect(named(survey)).toEqual([]);
    const used = { key: 'paper:u', title: 'Self-Improvement with GRPO', abstract: 'We are the first to investigate the use of GRPO, a stable and scalable online RL algorithm, for self-improvement. GRPO works.' };
    expect(named(used)).toEqual([]);
  });

  it("hashes cue words as the tokenizer hashes tokens (the gates compare the two)", () => {
    for (const w of ['we', 'our', 'this', 'paper', 'a', 'an', 'is', 'propose', 'introducing', 'called', 'term']) {
      const tk = tokenize(`${w.toUpperCase()} x`);
      expect(cueWordHash(w), w).toBe(tk.hash[0]);
    }
  });

  it('reads a defined name in the object of the paper\'s verb whatever the case of the verb (the token gate folds ASCII case only)', () => {
    for (const verb of ['develop', 'DEVELOPS', 'Designed', 'pReSeNtS', 'INTRODUCES']) {
      const doc = sentence(`This paper ${verb} a retrieval pipeline, with Corpus-Grounded Feature Diffusion (CGFD) at its core.`);
      const byTokens = proposals(doc, 'tokens');
      expect(byTokens, verb).toEqual(proposals(doc, 'text'));
      expect(byTokens.map((p) => p.name), verb).toContain('CGFD');
    }
    // no verb stem in the sentence: the reading is not tried
    expect(proposals(sentence('This paper studies a retrieval pipeline, with Corpus-Grounded Feature Diffusion (CGFD) at its core.')).map((p) => p.name)).not.toContain('CGFD');
  });

  it('reads the object of a proposal verb after each subject, adverb, "and", "by" and comma (the token gate of VERB_OR_AND)', () => {
    const openings = [
      'We propose', 'Here, we PROPOSE', 'This paper presents', 'This technical report presents', 'The authors introduce', 'Our work introduces',
      'In this study, we first develop', 'We then design', 'We additionally build', 'This article newly releases', 'We study X and then propose',
      'This paper extends prior work by introducing', 'We benchmark the task,introducing', 'We benchmark the task,  presenting',
    ];
    for (const opening of openings) {
      const doc = sentence(`${opening} ZorbNet-7, a framework for retrieval.`);
      expect(proposals(doc, 'tokens'), opening).toEqual(proposals(doc, 'text'));
      expect(proposals(doc).map((p) => p.name), opening).toContain('ZorbNet-7');
    }
    // a verb after another word is no proposal: the gate closes, as the regex would not match
    for (const opening of ['We study how others propose', 'We show that methods built']) {
      const doc = sentence(`${opening} ZorbNet-7, a framework for retrieval.`);
      expect(proposals(doc, 'tokens'), opening).toEqual(proposals(doc, 'text'));
    }
  });

  it('finds the same proposals whether the sentence gates come from the tokens or from the text', () => {
    let found = 0;
    for (const doc of [...seedDocs, ...devDocs, ...heldOutDocs]) {
      const byTokens = proposals(doc, 'tokens');
      expect(byTokens, doc.key).toEqual(proposals(doc, 'text'));
      found += byTokens.length;
    }
    expect(found).toBeGreaterThan(80);
  });
});

describe('the token gates of the counted lists of made data', () => {
  it('reads a counted list of data and the named parts of its own data whether the gates come from the tokens or from the text', () => {
    const cases = [
      ['We used public logs to construct two datasets: FooSet-A for cranes and FooSet-B for ships.', ['FooSet-A', 'FooSet-B']],
      ['We used public logs to CONSTRUCT THREE new BENCHMARKS: FooSet-A for cranes, FooSet-B for ships and FooSet-C for trucks.', ['FooSet-A', 'FooSet-B', 'FooSet-C']],
      ['Experiments use six tasks. This pipeline produces five corpora - Cor-1, Cor-2, Cor-3, Cor-4 and Cor-5.', ['Cor-1', 'Cor-2', 'Cor-3', 'Cor-4', 'Cor-5']],
      ['This benchmark consists of two components: PortTrain, which serves as the training set, and PortEval, a test set.', ['PortTrain', 'PortEval']],
      ['Our dataset comprises two parts: HarborSet-S, a small split, and HarborSet-L, a large one.', ['HarborSet-S', 'HarborSet-L']],
      // a count word after a letter the tokenizer joins to it (the regex sees a word boundary), a noun before the count
      ['We construct éTwo datasets: FooSet-A for cranes and FooSet-B for ships.', []],
      ['Datasets: FooSet-A for cranes and FooSet-B for ships, the two we constructed.', []],
    ] as const;
    for (const [abstract, names] of cases) {
      const doc = sentence(abstract, 'Two new datasets');
      expect(proposals(doc, 'tokens'), abstract).toEqual(proposals(doc, 'text'));
      expect(proposals(doc).map((p) => p.name).sort(), abstract).toEqual([...names].sort());
    }
  });
});

describe('a definition the proposal verb introduces as a class', () => {
  it('is the proposal, as "a family of" is ("a novel class of … (MICE)")', () => {
    // real: 2504.20168 (tune8)
    expect(kinds('We propose a novel class of model-internal confidence estimators (MICE) to better assess confidence when calling tools.')).toEqual(['MICE method']);
  });
});

describe('a name the proposal verb gives without an acronym definition', () => {
  it('is a CamelCase name in parentheses after a title-case object, whatever the order of its letters', () => {
    // real: 2605.06223 (tune8)
    expect(kinds('We propose Proactive Instance Navigation with Comparative Judgment (ProCompNav), a two-stage framework that first constructs a candidate pool.')).toEqual(['ProCompNav method']);
    // invented: a name in parentheses that only modifies the object is none
    expect(kinds('We propose Proactive Instance Navigation with Comparative Judgment (ProCompNav) features for robots.')).toEqual([]);
  });
  it('is a short form in parentheses after a lower-case object with a head noun, its letters the words\' initials in another order', () => {
    // real: 2506.18270 "This work introduces a diffusion model based on adaptive masks (AMDM), which utilizes …"
    expect(kinds('This work introduces a diffusion model based on adaptive masks (AMDM), which utilizes the adaptive adjustment of frequency distribution.')).toEqual(['AMDM method']);
    // real: 2605.04439 "we propose a cross-modal network with … for facial expression recognition (CMNet). CMNet can …"
    expect(kinds('In this paper, we propose a cross-modal network with strong biological and structural information for facial expression recognition (CMNet). CMNet can learn expression information.')).toEqual(['CMNet method']);
    // not a plural class ("(HOIs)"), an object with no head noun, or letters that are not its initials
    expect(kinds('We propose a method to detect human-object interactions (HOIs), which matter.')).toEqual([]);
    expect(kinds('We propose a novel study of adaptive masks and diffusion (AMDM), which helps.')).toEqual([]);
    expect(kinds('We propose a diffusion model based on adaptive masks (XQZW), which helps.')).toEqual([]);
    // nor a task's acronym whose letters all come from words after the head phrase (invented, from a review)
    expect(kinds('We propose a framework for question answering over knowledge graphs (KGQA), which works.')).toEqual([]);
    expect(kinds('We propose a model for detection of objects in aerial images (AOD), which works.')).toEqual([]);
    expect(kinds('We present a new model for recognition of emotions in conversations (ERC), which works.')).toEqual([]);
  });
  it('is a capitalised word and a coined one after it when the abstract writes the two again', () => {
    // real: 2511.08018 (tune8)
    expect(kinds('We propose Cascade HQP-DETR to address these limitations. Trained for just 12 epochs, Cascade HQP-DETR achieves 61.04% mAP.')).toEqual(['Cascade HQP-DETR method']);
    expect(kinds('We propose Cascade HQP-DETR to address these limitations. It achieves 61.04% mAP.')).toEqual([]);
  });
});

describe('the apposition after a short object of the proposal verb', () => {
  it('reads a name or a definition after an object of at most six words, whatever the whitespace between them', () => {
    expect(kinds('We propose a framework for robust retrieval over noisy, ZorbNet, which scales.').map((k) => k.split(' ')[0])).toEqual(['ZorbNet']);
    expect(kinds('We propose a framework for robust  retrieval over\u00a0 noisy, ZorbNet, which scales.').map((k) => k.split(' ')[0])).toEqual(['ZorbNet']);
    expect(kinds('We propose a framework for robust retrieval over noisy, Zorb Net Aligner (ZNA), which scales.').map((k) => k.split(' ')[0])).toEqual(['ZNA']);
    // seven words: the name after them is not the object's
    expect(kinds('We propose a framework for robust retrieval over long noisy, ZorbNet, which scales.')).toEqual([]);
    expect(kinds('We propose a framework for robust retrieval over long noisy, Zorb Net Aligner (ZNA), which scales.')).toEqual([]);
  });
  it('reads a name after a longer object that is one noun phrase ending in a head noun', () => {
    // real: tune50 2602.19224, corpus 2602.14228 ("we propose a deep learning-based significant persistent point
    // selection method, TopoGAT, that learns")
    expect(kinds('To enrich the questions, we propose a knowledge-aware remote sensing visual question generation model, KRSVQG, that incorporates external knowledge.')).toEqual(['KRSVQG model']);
    expect(kinds('We propose a deep learning-based significant persistent point selection method, TopoGAT, that learns.')).toEqual(['TopoGAT method']);
    // a preposition or a clause's word inside the phrase: the name is not the object's
    expect(kinds('We propose a knowledge-aware approach to remote sensing question generation model, KRSVQG, that works.')).toEqual([]);
    expect(kinds('We propose a knowledge-aware remote sensing visual question generation and answering model, KRSVQG, that works.')).toEqual([]);
    // nine describing words are too many
    expect(kinds('We propose a knowledge-aware remote sensing multi-view visual fine-grained question generation scoring model, KRSVQG, that works.')).toEqual([]);
  });
});

describe('techniques inside a proposal\'s long form', () => {
  it('finds every occurrence of a long form, in any case, at word boundaries', () => {
    const text = 'Zorp Reward Modeling (ZRM) is new. zorp reward modeling scales. XZorp Reward Modeling is not it.'.toLowerCase();
    const spans = longFormSpans(text, [{ name: 'ZRM', long: 'Zorp Reward Modeling', kind: 'method', at: 0 }]);
    expect(spans).toEqual([0, 20, 35, 55]);
    expect(onlyInsideSpans(text, ['reward modeling'], spans)).toBe(false); // the third, in "XZorp Reward Modeling"
    expect(onlyInsideSpans(text.slice(0, 56), ['reward modeling'], longFormSpans(text.slice(0, 56), [{ name: 'ZRM', long: 'Zorp Reward Modeling', kind: 'method', at: 0 }]))).toBe(true);
    // a form that does not occur is not "only inside"
    expect(onlyInsideSpans(text, ['beam search'], spans)).toBe(false);
    // one-word long forms are not read
    expect(longFormSpans(text, [{ name: 'ZRM', long: 'Zorp', kind: 'method', at: 0 }])).toEqual([]);
  });

  const methods = (title: string, abstract: string) =>
    extractPaper({ key: 'p', title, abstract })
      .filter((m) => m.kind === 'method')
      .map((m) => `${m.label} ${m.relation}`)
      .sort();

  it('drops a known technique named only inside the paper\'s long form', () => {
    // invented
    expect(methods('A study', 'We propose Quokka Beam Search (QBS), a decoder for long outputs. QBS is fast.')).toEqual(['QBS proposes']);
    // real: "R-PRM: Reasoning-Driven Process Reward Modeling" (2503.21295) read "reward modeling" as a technique used
    expect(methods('R-PRM: Reasoning-Driven Process Reward Modeling', 'We propose Reasoning-Driven Process Reward Modeling (R-PRM), a new PRM.')).not.toContain('reward modeling uses');
  });

  it('keeps the technique when the text also names it outside the long form', () => {
    expect(methods('A study', 'Beam search is greedy. We propose Quokka Beam Search (QBS), a decoder. QBS is fast.')).toEqual(['QBS proposes', 'beam search uses']);
  });

  it('gives the learned step no candidates from inside the long form', () => {
    // real: "COmbination of Selective MemOrization (COSMO)" (2503.24065) gave a method "Selective MemOrization"
    expect(methods('COSMO: Combination of Selective Memorization for Navigation', 'We propose COmbination of Selective MemOrization (COSMO), a navigation agent. COSMO is fast.')).toEqual(['COSMO proposes']);
  });
});

describe('one node for a proposal named by its long form and by its short name', () => {
  const nodes = (abstract: string, title = 'A study') =>
    extractPaper({ key: 'p', title, abstract })
      .filter((m) => m.kind !== 'model')
      .map((m) => `${m.kind} ${m.relation} ${m.slug}`)
      .sort();

  it('keys a proposed benchmark with a coined name by that name, an acronym by its long form', () => {
    expect(proposalSlug({ name: 'SRBench', long: 'Spatial Reasoning Benchmark', kind: 'dataset', at: 0 }, 'spatial-reasoning-benchmark')).toBe('srbench');
    expect(proposalSlug({ name: 'MMR', long: 'Medical Multi Reasoning', kind: 'dataset', at: 0 }, 'medical-multi-reasoning')).toBe('medical-multi-reasoning');
    expect(proposalSlug({ name: 'SRBench', kind: 'dataset', at: 0 }, 'srbench')).toBe('srbench');
  });

  it('merges a later reading of the short name into the proposal', () => {
    // invented: the list rule reads "SRBench" beside MMLU; it is the proposed benchmark, not a second node
    expect(nodes('We introduce the Spatial Reasoning Benchmark (SRBench), and evaluate on SRBench and MMLU.')).toEqual([
      'dataset evaluates_on mmlu',
      'dataset proposes srbench',
    ]);
    // real shape: "Risk Assessment In Driving scenes (RAID)" (2603.05926) was a proposal and a dataset "RAID"
    expect(nodes('We present Wobble Assessment In Driving scenes (WAID), a new dataset. Models are evaluated on WAID, nuScenes and KITTI.')).toEqual([
      'dataset evaluates_on kitti',
      'dataset evaluates_on nuscenes',
      'dataset proposes wobble-assessment-in-driving-scenes',
    ]);
  });

  it('reads a dataset head right after the name or its parenthesis as the kind', () => {
    // real: "the Drone-derived Intelligence For Traffic analysis (DRIFT) dataset" (2504.11019)
    expect(kinds('We present the Quiet Harbor Sounds (QHS) dataset for acoustic monitoring.')).toEqual(['QHS dataset']);
    expect(kinds('We propose the Quiet Harbor Sounds (QHS) framework for acoustic monitoring.')).toEqual(['QHS method']);
  });
});

/** The proposals of an abstract, each as `label [aliases]` or as `kind label`. */
const proposalNames = (abstract: string, title = 'A study') =>
  extractPaper({ key: 'p', title, abstract }).filter((m) => m.relation === 'proposes').map((m) => `${m.label} [${m.aliases.join(', ')}]`);
const proposalKinds = (abstract: string, title = 'A study') =>
  extractPaper({ key: 'p', title, abstract }).filter((m) => m.relation === 'proposes').map((m) => `${m.kind} ${m.label}`);

describe('a proposal written with another proposal\'s name in parentheses after it', () => {
  const proposed = (title: string, abstract: string) => proposalNames(abstract, title);

  it('is one proposal, the short name with the words as its long form', () => {
    // real: tune42 2508.03363 (the title names the words, the abstract both), tune11 2503.16523
    expect(proposed('Thinking with Nothinking Calibration: A New Paradigm', 'We propose Thinking with Nothinking Calibration (JointThinking), a new ICL paradigm. JointThinking is simple.')).toEqual([
      'JointThinking [JointThinking, Thinking with Nothinking Calibration]',
    ]);
    expect(proposed('Mind2: Mind-to-Mind Emotional Support', 'Driven by cognitive models, we propose Mind-to-Mind (Mind2), an ES framework. Mind2 models the dialogue.')).toEqual(['Mind2 [Mind-to-Mind, Mind2]']);
  });

  it('is one proposal when a coined name is the other\'s words cut short and joined', () => {
    // real: tune42 2508.03625, 2512.10954 ("Group Diffusion" and "our GroupDiff")
    expect(proposed('AttZoom: Attention Zoom for Better Visual Features', 'We present Attention Zoom, a modular and model-agnostic spatial attention mechanism.')).toEqual([
      'AttZoom [AttZoom, Attention Zoom]',
    ]);
    expect(contractsWords('GroupDiff', 'Group Diffusion')).toBe(true);
    // (not data beside something else: a review's case)
    expect(proposed('ProtoSeg: Learning Segmenters', 'We introduce Prototype Segment, a new dataset of 10k images, and train ProtoSeg, a model, on it.').sort()).toEqual([
      'ProtoSeg [ProtoSeg]',
      'Prototype Segment [Prototype Segment]',
    ]);
    // initials are the acronym rules' ("AZ"); a part that is no word's start, or another count of words, is another name
    expect(contractsWords('AZ', 'Attention Zoom')).toBe(false);
    expect(contractsWords('AttZoomer', 'Attention Zoom')).toBe(false);
    expect(contractsWords('AttBoom', 'Attention Zoom')).toBe(false);
    expect(contractsWords('AttZoom', 'Attention Zoom Network')).toBe(false);
    expect(contractsWords('Att-Zoom', 'Attention Zoom')).toBe(false);
  });

  it('keeps them apart when the parenthesis holds words, not one coined name', () => {
    // real: 2606.08327 (the title names the words): which names which is not for this reading to say
    expect(proposed('Chiaroscuro Attention: Hybrid Transformers', 'We propose CHIAR-Former (Chiaroscuro Attention), a 4-layer hybrid transformer that routes each token.').sort()).toEqual([
      'CHIAR-Former [CHIAR-Former]',
      'Chiaroscuro Attention [Chiaroscuro Attention]',
    ]);
  });
});

describe('a coined name the paper says it gathered', () => {
  const proposed = proposalKinds;

  it('is data the paper made, or a network it built', () => {
    // real: tune42 2505.17619, 2603.26934, 2503.19292
    expect(proposed('In the absence of angiography datasets, CAS-3K is constructed, comprising 3,565 synthetic angiographies along with score annotations.')).toEqual(['dataset CAS-3K']);
    expect(proposed('AVAPrintDB is constructed from two audiovisual corpora and three avatar generators.')).toEqual(['dataset AVAPrintDB']);
    expect(proposed('By combining the AWFs with the DNN stem, AWFNet is constructed for automated PD screening.')).toEqual(['method AWFNet']);
  });

  it('is no proposal when the sentence does not say it holds data (a review\'s cases)', () => {
    expect(proposed('KGraph is constructed from court rulings and statutes.')).toEqual([]);
    expect(proposed('In contrast, WildVis was collected from real users of the system.')).toEqual([]);
  });

  it('is no proposal inside a clause, nor for a name a lexicon knows', () => {
    // invented
    expect(proposed('Results on the data that HarborQA-9K was collected from are shown.')).toEqual([]);
    expect(proposed('The GSM8K set was constructed by others; ImageNet is collected from the web.')).toEqual([]);
  });
});

describe('an acronym closing a title-case object of the proposal verb', () => {
  const proposed = proposalNames;

  it('names the proposal, with the words it defines as the long form', () => {
    // real: 2606.18051, 2505.23316 (describing words before the long form the acronym spells)
    expect(proposed('To address this, we propose Iterative Skill-Aware Decomposition (SAD), a retrieval-augmented feedback loop that aligns decomposition.')).toEqual([
      'SAD [SAD, Skill-Aware Decomposition]',
    ]);
    expect(proposed('Leveraging these findings, we introduce PRoximalized PReference Optimization (PRO), a unified method to align with diverse feedback types.')).toEqual([
      'PRO [PRO, PReference Optimization]',
    ]);
  });

  it('is not the proposal after describing words alone, or after "with" (a review\'s cases)', () => {
    expect(proposed('To this end, we propose an Improved Whale Optimization Algorithm (WOA), which converges faster.')).toEqual([]);
    expect(proposed('We propose Sparse Retrieval with Inverse Document Frequency (IDF), which ranks passages.').map((p) => p.split(' [')[0])).not.toContain('IDF');
  });

  it('is not the proposal after a purpose or a means', () => {
    // real shapes: 2508.13953 "This work proposes ReviewGraph for Review Rating Prediction (RRP), a novel framework",
    // 2602.03279 "we develop the Agentic-Proposer-4B using Multi-Granularity Policy Optimization (MGPO) to generate …"
    expect(proposed('This work proposes HarborGraph for Review Rating Prediction (RRP), a novel framework that builds graphs.').map((p) => p.split(' [')[0])).toEqual(['HarborGraph']);
    expect(proposed('We develop the Harbor-Proposer-4B using Multi-Granularity Policy Optimization (MGPO) to generate trajectories.').map((p) => p.split(' [')[0])).not.toContain('MGPO');
  });
});

describe('a coined name whose apposition says the data are new', () => {
  const proposed = proposalKinds;

  it('is data the paper made', () => {
    // real: tune43 2605.00086, 2603.22619, 2606.13945, 2603.19311
    expect(proposed('NorBERTo is trained on Aurora-PT, a newly curated Brazilian Portuguese corpus comprising 331 billion tokens.')).toEqual(['dataset Aurora-PT']);
    expect(proposed('In this work, we present a comprehensive analysis using FaultyScience, a newly constructed large-scale, cross-disciplinary benchmark of faulty scientific questions.')).toEqual(['dataset FaultyScience']);
    expect(proposed('On CrossRare-Bench, a self-built large-scale rare-disease benchmark with hospital-level partitions, the agents improve.')).toEqual(['dataset CrossRare-Bench']);
    expect(proposed('We evaluate on nine BBH tasks and IFEval-Hard, a newly-curated, challenging subset of IFEval.')).toEqual(['dataset IFEval-Hard']);
  });

  it('is not, as an example of others\' or made by others (a review\'s cases)', () => {
    expect(proposed('We compare with baselines such as HarborRAG-MM, a newly constructed multimodal RAG benchmark.')).toEqual([]);
    expect(proposed('We evaluate on HarborBench-Pro, a newly curated benchmark released by Li et al. in 2025.')).toEqual([]);
  });

  it('is not, when the apposition calls it otherwise or the lexicon knows the name', () => {
    // invented
    expect(proposed('We test on HarborQA, a widely used benchmark of questions.')).toEqual([]);
    expect(proposed('We test on MMLU, a newly curated benchmark of questions.')).toEqual([]);
  });
});

describe('the kind of an "…Arena" proposal', () => {
  it('is a benchmark unless its apposition names a platform or a method', () => {
    // real: "OmniArena, an automated platform for evaluating omni-models" (2503.17489)
    expect(kinds('To address this, we present OmniArena, an automated platform for evaluating omni-models.')).toEqual(['OmniArena method']);
    // real: "PhysicsArena, the first multimodal physics reasoning benchmark" (2505.15472)
    expect(kinds('We introduce PhysicsArena, the first multimodal physics reasoning benchmark.')).toEqual(['PhysicsArena dataset']);
    expect(kinds('We introduce QuokkaArena for agents.')).toEqual(['QuokkaArena dataset']);
  });
});

describe('named parts of the paper\'s own method', () => {
  const names = (abstract: string, title = 'A study') => proposals(sentence(abstract, title)).map((p) => p.name);

  it('are not proposals when a later sentence names them with a proposal verb', () => {
    // invented, in the shape of "we propose MeanFuser … (3) We design a lightweight Adaptive Reconstruction Module (ARM)"
    expect(names('We propose HarborNet, a detection method with two key designs. (1) We introduce Tidal Gating Noise (TGN) to guide sampling. (2) We design a lightweight Buoy Refinement Module (BRM) that selects proposals.')).toEqual(['HarborNet']);
    // invented, in the shape of "we propose SED, which injects … into the model" and "we develop a DS-CFG mechanism"
    expect(names('We introduce QuayMind, a docking system. We propose Salient Rope Tension (SRT), which injects a graph into the model. We develop a QS-CFG mechanism that adapts guidance.')).toEqual(['QuayMind']);
    // real shape: "we introduce a Contact-Aware Diffusion Model (ContactDM) in the second stage" (2506.15483)
    expect(names('We introduce HarborHOI, a two-stage framework. Subsequently, we introduce a Rope-Aware Diffusion Model (RopeDM) in the second stage to interpolate frames.')).toEqual(['HarborHOI']);
  });

  it('stay proposals when nothing marks them as pieces', () => {
    // invented, in the shape of "we present Geo^2, a unified framework … We propose GeoMap, which embeds …": annotators
    // list some such names, so only a cue drops them
    expect(names('We present QuayFlow, a unified framework for mooring. We propose QuayMap, which embeds ground views.', 'QuayFlow: Mooring at scale')).toEqual(['QuayFlow', 'QuayMap']);
  });

  it('are proposals when presented as a further contribution, in the same sentence, or before the main name', () => {
    // real shape: "Additionally, we propose a Unified Dual-Modal Augmentation (UDMA)" (holdout2 2603.16261)
    expect(names('We introduce HarborNet, a detection method. Additionally, we propose Salt Spray Augmentation (SSA) for radar data.')).toEqual(['HarborNet', 'SSA']);
    // real shape: "Complementing this, we introduce Dynamic Self-Play Preference Optimization (DSPPO)" (dev 2605.17342)
    expect(names('We propose the Harbor Reward Cycle (HRCY) model. Complementing this, we introduce Tidal Self-Play Optimization (TSPO), which guides the policy.')).toEqual(['HRCY', 'TSPO']);
    // a dataset is a contribution of its own; a sized model is a release
    expect(names('We propose HarborNet, a detection method. We also curate HarborSet-20K, a dataset of ports. We propose HarborNet-7B.')).toEqual(['HarborNet', 'HarborSet-20K', 'HarborNet-7B']);
    // a method first, a named framework the title does not introduce: the abstract's first proposal is the main one
    expect(names('We formalize this regime as Cross-Harbor Docking, where ships differ. To enable docking, we introduce Gangway, a lightweight interface.', 'Cross-Harbor Docking: Teaching ships')).toEqual(['Cross-Harbor Docking', 'Gangway']);
  });

  it('after a benchmark, a method is the second contribution', () => {
    // real shape: "we first introduce CA-MER, a new benchmark … we propose MoSEAR, a parameter-efficient framework" (holdout 2508.01181)
    expect(names('We first introduce PortBench, a new benchmark for docking. To mitigate this bias, we propose HarborNet, a parameter-efficient framework.')).toEqual(['PortBench', 'HarborNet']);
  });
});

describe('names with a superscript', () => {
  it('keep the abstract\'s "^2" and are one proposal with the title\'s flattened "2"', () => {
    // real shape: title "Geo$^\textbf{2}$: …" (ingest flattens it to "Geo2") and abstract "we present Geo^2, a unified framework"
    expect(named(sentence('In this work, we present Harb^2, a unified framework for docking.', 'Harb2: Docking twice'))).toEqual([['Harb^2', 'method', undefined]]);
  });
});

describe("someone else's name is not the paper's proposal", () => {
  const names = (abstract: string, title = 'A study') => proposals(sentence(abstract, title)).map((p) => p.name);

  it('after a possessive or a comparison, unless the apposition says it is new', () => {
    // real shapes: "using Common Voice 24 and Meta's Fair-Speech, a controlled-prompt dataset" (2604.21276), "We
    // additionally compare against BeliefMem, a concurrently developed system" (2606.22030)
    expect(names("We evaluate nine models using Wharf 24 and Meta's Quay-Speech, a controlled-prompt dataset that removes confounds.")).toEqual([]);
    expect(names('We additionally compare against DockMem, a concurrently developed system built on the same premise.')).toEqual([]);
    // what the method is built on (real: 2508.19730 "Our method is built on top of FSFM, a self-supervised model trained
    // on real face data", 2503.11806 "Building on SceneScript, a state-of-the-art framework for …, we propose …")
    expect(names('Our method is built on top of DockFM, a self-supervised model trained on real face data.')).toEqual([]);
    expect(names('Building on PierScript, a state-of-the-art framework for 3D layout estimation that leverages language, we propose a solution that treats it as infilling.')).toEqual([]);
    // real shape: "The efficacy of this framework is assessed using TabXBench, a novel, diverse, multi-domain benchmark we developed"
    expect(names('We assess our framework using PierBench, a novel, diverse benchmark we developed.')).toEqual(['PierBench']);
    // a bare "with" stays the paper's (dev 2606.30852: "We study this question with LearnStop, a …")
    expect(names('We study this question with DockStop, a hidden-state-free checkpoint stopper.')).toEqual(['DockStop']);
    // a thesis's or a single author's "I" (real: 2605.18052 (tune13) "I introduce Instant3D, which combines …", "I
    // develop FastMap, a structure-from-motion pipeline"; 2605.23103 "I present Lepton (Letter Prediction), a …")
    expect(names('On the generation side, I introduce Dock3D, which combines diffusion. I develop PierMap, a structure-from-motion pipeline.')).toEqual(['Dock3D', 'PierMap']);
    expect(names('In phase I develop the harbor plan with DockPlan.')).toEqual([]);
    // a variant of the first proposal, coordinated with it and described by a clause (real: 2508.20221 (tune12)
    // "SalViT360, a vision-transformer-based framework for ODVs …, and SalViT360-AV, which further incorporates …")
    expect(names('We propose two models: DockViT360, a vision-transformer-based framework for ODVs, and DockViT360-AV, which further adds audio.')).toEqual(['DockViT360', 'DockViT360-AV']);
    // (not a name of another stem: "X, a …, and Y, which …" names Y as something else)
    expect(names('We propose DockViT360, a framework for ODVs, and compare with PierNet, which is a baseline.')).toEqual(['DockViT360']);
    expect(names('We propose DockX, a framework, and DockX-2, which is the prior version by Smith et al.')).toEqual(['DockX']);
    // a second one numbered without an opening parenthesis (real: 2507.15212 (tune14) "we design 1) MambaDiff3D, a
    // denoising diffusion model … and 2) Mamba-HMR, a 3D human mesh recovery model")
    expect(names('Based on PierMamba, we design 1) DockDiff3D, a diffusion model for meshes and 2) Dock-HMR, a mesh recovery model.')).toEqual(['DockDiff3D', 'Dock-HMR']);
    // a sentence that opens by defining a coined name (real: 2605.29447 (tune12) "At the data level, RoTS is a
    // scalable synthesis framework that creates …", 2606.30383 "PrincipalBench is a 75-item multi-turn benchmark")
    expect(names('At the data level, DockTS is a scalable synthesis framework that creates data.')).toEqual(['DockTS']);
    expect(names('PierBench is a 75-item multi-turn benchmark with leak probes.')).toEqual(['PierBench']);
    // not one the text calls established, defines as an acronym, or a paper reproduces (real: 2504.20657 "XNAT is a
    // server-based data management platform widely used", 2602.12393 "Reproducing DragDiffusion: …")
    expect(names('DockNAT is a server-based data management platform widely used in academia.')).toEqual([]);
    expect(names('DockCAD is a notable model in this domain.')).toEqual([]);
    expect(names('We use visual programming (VP). VP is a method that uses a language model.')).toEqual([]);
    expect(named({ key: 'p', title: 'Reproducing DockDiffusion: Point-Based Editing', abstract: 'DockDiffusion is a diffusion-based method for point-based editing.' })).toEqual([]);
    // a unit after a number is no name (real: 2603.26638 (tune13) "our full pipeline achieves a PSNR of 28.66 dB, an
    // SSIM of 0.89")
    expect(names('Our pipeline achieves a PSNR of 28.66 dB, an SSIM of 0.89 and an LPIPS of 0.21.')).toEqual([]);
    expect(names('We reach 12 kHz, an order of magnitude above the baseline.')).toEqual([]);
  });

  it('as the object of a verb that uses or changes it, or as a framework named after a known technique', () => {
    // real shape: "We present a deep learning framework that enhances the SaRa (Saliency Ranking) model with DeepGaze IIE"
    expect(names('We present a framework that enhances the QuRa (Quay Ranking) model with harbor priors.')).toEqual([]);
    // new, with an indefinite article: "a novel framework … that leverages a perception-inspired Learnable HSI (LHSI) color space"
    expect(names('We propose a novel framework that leverages a perception-inspired Learnable Harbor Spectrum Index (LHSI) color space.')).toEqual(['LHSI']);
    // real: "we propose a supervised contrastive learning (SCL) framework" (2601.15301); a coined long form stays
    expect(names('To address this, we propose a direct preference optimization (DPO) framework for detectors.')).toEqual([]);
    expect(names('To address this, we propose a harbor-aware preference optimization (HAPO) framework for detectors.')).toEqual(['HAPO']);
  });
});

describe('the title name after the proposal verb', () => {
  it('is read whole when it has several words', () => {
    // real shape: "Visual Para-Thinker++: A …" and "We propose Visual Para-Thinker++, a single-policy multi-agent framework"
    expect(named(sentence('We propose Harbor Para-Docker++, a single-policy multi-agent framework.', 'Harbor Para-Docker++: A framework'))).toEqual([
      ['Harbor Para-Docker++', 'method', undefined],
    ]);
    // (not when the abstract goes on past it: "we introduce the Describe Anything Model (DAM)")
    expect(named(sentence('We introduce the Describe Harbors Model (DHM), a model for captions.', 'Describe Harbors: Captioning'))).toContainEqual(['DHM', 'model', 'Describe Harbors Model']);
  });
});

describe('"model" as a modifier in the apposition', () => {
  it('does not make the proposal a model', () => {
    // real shape: "We introduce Guardians of Generation, a model agnostic inference time framework" (2503.16171)
    expect(kinds('We introduce HarborGuard, a model agnostic inference time framework.')).toEqual(['HarborGuard method']);
    // real shape: "This study introduces PainFormer, a vision foundation model based on multi-task learning"
    expect(kinds('This study introduces DockFormer, a vision foundation model based on multi-task learning.')).toEqual(['DockFormer model']);
  });
});

describe('cited datasets', () => {
  it("receive the named datasets read as someone else's, and extractPaper uses them", () => {
    const doc = sentence("We evaluate nine models using Wharf 24 and Meta's Quay-Speech, a controlled-prompt dataset that removes confounds.");
    const { text, titleEnd, starts } = paperText(doc);
    const cited: Proposal[] = [];
    expect(findProposals(text, titleEnd, starts, findAcronyms(text), isKnownEntity, tokenize(text), cited)).toEqual([]);
    expect(cited.map((c) => `${c.name} ${c.kind}`)).toEqual(['Quay-Speech dataset']);
    expect(extractPaper(doc).filter((m) => m.label === 'Quay-Speech').map((m) => `${m.kind} ${m.relation}`)).toEqual(['dataset evaluates_on']);
  });
});

describe('more proposal forms', () => {

  it('reads a dataset or model head right after the name', () => {
    // real shapes: "we curate FetalSigma-1M dataset, the first …" (2510.12953), "We also establish the AIGC-LipSync
    // Benchmark, the first evaluation suite …" (2505.21448)
    expect(kinds('To train it at scale, we curate HarborSigma-1M dataset, the first large-scale port corpus.')).toEqual(['HarborSigma-1M dataset']);
    expect(kinds('We also establish the AIGC-PortSync Benchmark, the first evaluation suite for ports.')).toEqual(['AIGC-PortSync dataset']);
    // real shape: "we synthesize and release the largest computer use grounding dataset Jedi, which contains …"
    expect(kinds('We synthesize and release the largest port grounding dataset Wharfy, which contains 4 million examples.')).toEqual(['Wharfy dataset']);
    // a known technique before a head noun only modifies it
    expect(kinds('We propose a LoRA model for ports.')).toEqual([]);
    // real: 2506.04585 (tune11) "we introduce a new benchmark MuSciClaims accompanied by diagnostics tasks"; 2510.13620
    // "we introduce a high-diversity dataset ATR-UMOD covering varying scenarios"
    expect(kinds('To remedy this gap, we introduce a new benchmark MuSciClaims accompanied by diagnostics tasks.')).toEqual(['MuSciClaims dataset']);
    expect(kinds('To this end, we introduce a high-diversity dataset ATR-UMOD covering varying scenarios.')).toEqual(['ATR-UMOD dataset']);
  });

  it('reads a benchmark\'s split or edition as data, not other words after "Bench"', () => {
    // real: 2508.09101 (tune11) "Besides, we introduce AutoCodeBench-Complete, specifically designed for base models"
    expect(kinds('Besides, we introduce AutoCodeBench-Complete, specifically designed for base models.')).toEqual(['AutoCodeBench-Complete dataset']);
    expect(kinds('We release HealthBench-BR, a benchmark of Brazilian health questions.')).toEqual(['HealthBench-BR dataset']);
    expect(kinds('We introduce JudgeBench-Pro, which is harder.')).toEqual(['JudgeBench-Pro dataset']);
    // an apposition decides over the shape (invented)
    expect(kinds('We present ToolBench-RL, a reinforcement learning framework for tools.')).toEqual(['ToolBench-RL method']);
    // real: 2512.04144 "we present RippleBench-Maker, an automatic tool for generating Q&A data"
    expect(kinds('In this work, we present RippleBench-Maker, an automatic tool for generating Q&A data.')).toEqual(['RippleBench-Maker method']);
  });

  it('reads capitalised names of several words, a benchmark-shaped lower-case name and the author as subject', () => {
    // real: "we introduce Self-Filtered Distillation, a framework specifically tailored for patent classification"
    expect(kinds('To address this challenge, we introduce Self-Filtered Docking, a framework tailored for ports.')).toEqual(['Self-Filtered Docking method']);
    // plain capitalised words right after the verb, "with" or "of" joining two (invented; real: 2503.18940, 2505.22525)
    expect(kinds('We introduce Harbor Drift Sampling, a training-free strategy for ports.')).toEqual(['Harbor Drift Sampling method']);
    expect(kinds('In this work, we introduce Bottleneck Sampling, a training-free framework that leverages low-resolution priors to reduce computational overhead while preserving output fidelity.')).toEqual(['Bottleneck Sampling method']);
    expect(kinds('We present Thinking with Generated Images, a novel paradigm that fundamentally transforms how large multimodal models engage with visual reasoning.')).toEqual(['Thinking with Generated Images method']);
    // the head up to seven words on, among more nouns of things made (real: 2506.05229 "We introduce Diagonal Batching, a
    // scheduling scheme that unlocks parallelism", 2507.12988 "…, a simple and structured one-shot pruning technique",
    // 2506.09883 "…, a lightweight, annotation-free fine-tuning framework"); never past a task or a clause (2505.23765)
    expect(kinds('We introduce Diagonal Batching, a scheduling scheme that unlocks parallelism across segments.')).toEqual(['Diagonal Batching method']);
    expect(kinds('To solve this, we introduce Variance-Based Pruning, a simple and structured one-shot pruning technique for efficiency.')).toEqual(['Variance-Based Pruning method']);
    expect(kinds('We propose Geometric Distillation, a lightweight, annotation-free fine-tuning framework that injects geometry.')).toEqual(['Geometric Distillation method']);
    expect(kinds('We introduce Aggregative Question Answering, a novel task requiring models to reason over logs.')).toEqual([]);
    // whatever the head, "the" allowed before the name (real: 2606.05614 "We introduce Posterior Attack, a single-query
    // jailbreak that …", 2503.19904 "we propose the Tracktention Layer, a novel architectural component", 2512.23739 "the
    // Stored Household Item Challenge, a benchmark task for …"); not a task, a study or a setup unless a made thing's
    // noun is there too (2604.03995 "Multi-Modal Typography, a systematic study", 2508.05529 "…, a novel setup"), and
    // not a stage inside a compound (2504.21650 "Panoramic Animator, a two-stage image-to-video diffusion model")
    expect(kinds('We introduce Harbor Attack, a single-query jailbreak that bypasses guardrails.')).toEqual(['Harbor Attack method']);
    expect(kinds('To this end, we propose the Quay Layer, a novel architectural component that integrates motion.')).toEqual(['Quay Layer method']);
    expect(kinds('We introduce the Stored Harbor Item Challenge, a benchmark task for evaluating robots.')).toEqual(['Stored Harbor Item Challenge dataset']);
    expect(kinds('We propose Harbor Animator, a two-stage image-to-video diffusion model for ports.')).toEqual(['Harbor Animator model']);
    expect(kinds('We introduce Harbor Typography, a systematic study examining typographic attacks.')).toEqual([]);
    expect(kinds('We introduce Harbor Discovery, a novel setup within temporal segmentation.')).toEqual([]);
    // "for", "and" and "on" join a name to its use or to another name; a known name is used
    expect(kinds('We propose Harbor Drift for Korean, a framework for ports.')).toEqual([]);
    expect(kinds('We introduce Generative Adversarial Networks, a framework for ports.')).toEqual([]);
    // a coined name in parentheses after the head noun (invented; real: tune5 2509.18642, corpus 2506.05410)
    expect(kinds('We build a lightweight harbor dataset (QuayScenes) of container ships.')).toEqual(['QuayScenes dataset']);
    // an all-capital name before a data head after the verb: corpus 2503.16795 "we construct the RW-800 benchmark,
    // featuring high resolution images", 2508.11284 "we construct a HFFA dataset (High-quality Fine-grained Facial-Age
    // dataset)"; not a short form the paper defines, nor after "first" (both name a task)
    expect(kinds('To compare our methods, we construct the QW-800 benchmark, featuring long texts.')).toEqual(['QW-800 dataset']);
    expect(kinds('We construct a HFPQ dataset of harbor faces.')).toEqual(['HFPQ dataset']);
    expect(kinds('We study port change detection (PCD). We create a PCD dataset of images.')).toEqual([]);
    expect(kinds('We construct the first HRSI-PSD dataset of images.')).toEqual([]);
    // nor a short form the corpus writes in many papers, rarely as data (a field: corpus 2509.19834 "TCM", Traditional
    // Chinese Medicine), which extraction passes to findProposals from the shipped statistics
    const tcm = extractPaper({ key: 'paper:t', title: 'A study', abstract: 'To train our assistant, we construct a TCM dataset of clinical records.' });
    expect(tcm.filter((m) => m.relation === 'proposes')).toEqual([]);
    // a data head after a few words that say what it holds: corpus 2505.20368 "we construct and release a Large-scale
    // Open-domain Financial (LOFin) question answering benchmark", 2605.02752 "we present the MUCCA (MUlti-Category
    // Class-Agnostic counting) evaluation dataset"
    expect(kinds('We present the HARB (Harbor Agnostic Ranking Benchmark) evaluation dataset, a new collection.')).toEqual(['HARB dataset']);
    expect(kinds('We construct and release a Large-scale Open-domain Harbor (LOHar) question answering benchmark.')).toEqual(['LOHar dataset']);
    expect(kinds('Additionally, we introduce and publish a novel synthetic dataset (EndoSynth) of endoscopic surgical instruments paired with ground truth metric depth and segmentation masks.')).toEqual(['EndoSynth dataset']);
    expect(kinds('To address the limitation, we propose a training-free compression framework (AsymKV) that combines homogeneity-based key merging with a mathematically proven lossless value compression.')).toEqual(['AsymKV method']);
    // not the short form of the words before it, a model class, or someone else's object
    expect(kinds('We develop a task-oriented spoken dialogue system (SDS) that regulates speech.')).toEqual([]);
    expect(kinds('We introduce a new vision foundation model (LVM) for ports.')).toEqual([]);
    expect(kinds('We propose to annotate an existing large-scale segmentation dataset (SAV) with captions.')).toEqual([]);
    // real: "We present a new concept called Catfish Agent, a role-specialized LLM designed to …"
    expect(kinds('We present a new concept called Pelican Agent, a role-specialized LLM designed to inject dissent.')).toEqual(['Pelican Agent method']);
    // one capitalised word the object is called, ending its phrase, even when it is also a word: real 2506.12824 "we
    // propose a novel training strategy for unpaired image dehazing, termed Rehazy, to improve …", 2602.09112 "We
    // present a system called Cadmus which includes …", 2510.20776 "a new generation-based 3D reconstruction method,
    // named Cupid, that …"
    expect(kinds('We propose a novel training strategy for harbor dehazing, termed Hazebay, to improve both quality and stability.')).toEqual(['Hazebay method']);
    expect(kinds('We present a system called Pelican which includes an integer virtual machine.')).toEqual(['Pelican method']);
    expect(kinds('This work proposes a new generation-based 3D reconstruction method, named Heron, that infers the camera pose.')).toEqual(['Heron method']);
    // not the first word of a longer name (real 2507.12851 "called Simulate, Refocus and Ensemble (SRE)", 2504.06659
    // "called Unlearning to Align (U2A)"), not someone else's object (2508.02900 "centered around the game called
    // Countdown"), not what a symbol denotes (2606.31249 "static pose features, denoted as Base, as the Query")
    expect(kinds('We propose an attention-refocusing scheme, called Simulate, Refocus and Ensemble, which learns.')).toEqual([]);
    expect(kinds('We propose a framework called Unlearning to Align, which leverages bi-level optimization.')).toEqual([]);
    expect(kinds('We introduce a procedure for creating a planning benchmark centered around the game called Countdown, where a player wins.')).toEqual([]);
    expect(kinds('We propose a cross-attention mechanism that uses static pose features, denoted as Base, as the Query.')).toEqual([]);
    // a definition after "for" in the object is its purpose or task, not the proposal, unless its short form is a
    // coinage in mixed case (real: 2604.00550 "a unified, multi-modal operating system designed for Artificial
    // Intelligence for Science (AI4S)", 2508.17885 "a framework for Low-Light Image Enhancement (LLIE)", 2605.08574 "a
    // simple yet effective SC framework for Reliable Synthetic Image Detection (ReSIDe)")
    expect(kinds('We introduce PierClaw, a unified operating system designed for Quantum Harbor Science Research (QHSR). PierClaw works.')).toEqual(['PierClaw method']);
    expect(kinds('We propose a simple yet effective SC framework for Reliable Harbor Image Detection (ReHIDe). First, we generalize.')).toEqual(['ReHIDe method']);
    // a passive proposal named by its short form, the object a whole work (real: 2503.14640 "In this paper, a novel
    // visual explanation approach, Dynamic Accumulated Attention Map (DAAM), is proposed to …", 2604.16936 "To address
    // this, an adaptive receptive field-based … network (ARF-SFR-Net) is proposed"); a part is not (2503.17261 "A
    // dynamic cross-modality interaction module (DCIM) is designed to …")
    expect(kinds('In this paper, a novel visual explanation approach, Dynamic Harbor Attention Map (DHAM), is proposed to provide a tool.')).toEqual(['DHAM method']);
    expect(kinds('To address this, an adaptive receptive field-based pier reconstruction network (ARF-PRNet) is proposed.')).toEqual(['ARF-PRNet method']);
    expect(kinds('A dynamic cross-harbor interaction module (DCHM) is designed to integrate features.')).toEqual([]);
    // an LLM agent is a system too: real 2606.31252 (tune9) "We present Embodied CAD, solver-grounded LLM agents for
    // parametric B-Rep assembly modeling"; an LLM alone is a model
    expect(kinds('We present HarborPilot, solver-grounded LLM agents for berth planning.')).toEqual(['HarborPilot method']);
    expect(kinds('We present HarborPilot, a lightweight LLM agent for berth planning.')).toEqual(['HarborPilot method']);
    expect(kinds('We present HarborPilot, a lightweight LLM for berth planning.')).toEqual(['HarborPilot model']);
    // a model noun right before a method noun only modifies it (real: tune13 2509.21910 "we propose AutoSCORE, a
    // multi-agent LLM framework enhancing …", corpus 2606.08857 "We present PaperMentor, a human-centered writing
    // assistant system that …")
    expect(kinds('To address the limits, we propose HarborSCORE, a multi-agent LLM framework enhancing berth scoring.')).toEqual(['HarborSCORE method']);
    expect(kinds('We present HarborMentor, a human-centered writing assistant system that delivers suggestions.')).toEqual(['HarborMentor method']);
    // real: "We introduce \poshbench, a training-and-evaluation suite" (ingest leaves the macro's word)
    expect(kinds('We introduce quaybench , a training-and-evaluation suite targeting ports.')).toEqual(['quaybench dataset']);
    // real: "the author created and publicly released the Tajik Web Corpus, the largest open-access corpus of Tajik"
    expect(kinds('To overcome the shortage, the author created and publicly released the Harbor Web Corpus, the largest corpus of port texts.')).toEqual(['Harbor Web Corpus dataset']);
    // real: "This work presents a 3D ultrasound-derived pseudo-CT (UD-pCT) framework that generates …"
    expect(kinds('This work presents a 3D ultrasound-derived pseudo-harbor (UD-pH) framework that generates volumes.')).toEqual(['UD-pH method']);
  });
});

describe('the kind of the paper\'s own name: a model when the text calls it one', () => {

  it('reads a name a model noun is called by: "a lightweight model called X" (real 2606.02603, tune15), "a 3B-scale model, named X"', () => {
    expect(kinds('We evaluate three detectors as well as a lightweight model called HarborLite.')).toEqual(['HarborLite model']);
    // real 2508.13439 (tune11) "The resulting compact 3B-scale model, named VISTA (Vision for Intelligent Scene and
    // Traffic Analysis), is capable of …"
    expect(kinds('We propose a compact student. The resulting compact 3B-scale model, named QUAY (Quay Understanding from Aerial Yields), is capable of captioning.')).toEqual(['QUAY model']);
    // a network so called stays a method (annotators list "a change detection network named Flow-CDNet" as a method)
    expect(kinds('We propose a change detection network named Harbor-CDNet, consisting of two branches.')).toEqual(['Harbor-CDNet method']);
  });

  it('reads a large or pretrained model long form, "the proposed … (X) model" and "we release the X model"', () => {
    // real: "we introduce an iterative Large 3D Reconstruction Model (iLRM) that generates …" (2507.23277)
    expect(kinds('We introduce an iterative Large Harbor Reconstruction Model (iLHRM) that generates maps.')).toEqual(['iLHRM model']);
    // (a diffusion model long form names a kind of method)
    expect(kinds('We propose the Harbor Text-driven Diffusion Model (HTDM) for maps.')).toEqual(['HTDM method']);
    // real: "The proposed Bottleneck Transformer Residual U-Net3D (BT-ResUNet3D) model employs …" (2605.04856)
    expect(kinds('The proposed Bottleneck Harbor Residual U-Net3D (BH-ResUNet3D) model employs a residual encoder.')).toEqual(['BH-ResUNet3D model']);
    // real: "we present OpenS2S, a fully open-source … LSLM … We release the fully open-source OpenS2S model"
    expect(kinds('We present OpenDock, a fully open-source speech system. We release the fully open-source OpenDock model and its data.')).toEqual(['OpenDock model']);
    // real: "we designate this best-performing model as CAG-VLM" (2505.04964)
    expect(kinds('We fine-tune three open models and we designate this best-performing model as HARB-VLM.', 'HARB-VLM: Fine-Tuning of a Large-Scale Model')).toEqual(['HARB-VLM model']);
  });

  it('reads "a class of foundation models", a foundation-model title and a network the text calls "the model"', () => {
    // real: "We introduce StateLM, a new class of foundation models endowed with …" (2602.12108)
    expect(kinds('We introduce StateDock, a new class of foundation models endowed with a reasoning loop.')).toEqual(['StateDock model']);
    // real: title "Epistemic-aware Vision-Language Foundation Model for Fetal Ultrasound Interpretation" + "we introduce FetalMind, a medical AI system"
    expect(kinds('To bridge this gap, we introduce HarborMind, a maritime AI system for reports.', 'Epistemic-aware Vision-Language Foundation Model for Harbor Interpretation')).toEqual(['HarborMind model']);
    expect(kinds('To bridge this gap, we introduce HarborMind, a maritime AI system for reports.', 'Towards Scalable Foundation Model for Harbors')).toEqual(['HarborMind method']);
    // real: "This paper proposes YOLO26-RipeLoc Lite, a lightweight deep learning architecture … The model introduces three modifications"
    expect(kinds('This paper proposes DockNet, a lightweight deep learning architecture. The model introduces three modifications.')).toEqual(['DockNet model']);
    // (a metric the text does not call a model stays a method)
    expect(kinds('We propose the Relative Harbor Index (RHI), a metric for ports. The model is trained on maps.')).toEqual(['RHI method']);
  });

  it('keeps the title\'s "X: A … Model" over the abstract\'s "X, a framework", but not "World Model" or a title that only names what X acts on', () => {
    expect(kinds('We present PortFormer, a framework for ports.', 'PortFormer: A Vision Foundation Model for Harbors')).toEqual(['PortFormer model']);
    expect(kinds('We present PortMem, a novel agent memory architecture.', 'PortMem: A Predictive World Model for Agent Memory')).toEqual(['PortMem method']);
    expect(kinds('We present LookPort Tuning, a data-centric method.', 'LookPort Tuning: Safer Language Models via Previews')).toEqual(['LookPort Tuning method']);
  });

  it('reads "X is a … model/network" in a later sentence, unless an apposition calls X a method or the phrase goes on', () => {
    // real: "we propose VerbDiff to address … VerbDiff is a novel text-to-image generation model" (2503.16406)
    expect(kinds('We propose DockDiff to address harbor maps. DockDiff is a novel text-to-map generation model that reads ports.')).toEqual(['DockDiff model']);
    // real: "GLMamba is a two-branch network" (2504.10105), "SpatialLM is a large language model designed to …" (2506.07491)
    expect(kinds('We propose PortMamba for quays. PortMamba is a two-branch network.')).toEqual(['PortMamba model']);
    // real: "we propose Mixture of Personas (MoP), a probabilistic prompting method … MoP is a contextual mixture model" (2504.05019)
    expect(kinds('We propose Mixture of Harbors (MoH), a probabilistic prompting method for ports. MoH is a contextual mixture model.')).toEqual(['MoH method']);
    // real: "PentestJudge is a large language model (LLM)-as-judge with access …" (2508.02921)
    expect(kinds('We introduce DockJudge for ports. DockJudge is a large language model (LLM)-as-judge with tools.')).toEqual(['DockJudge method']);
    // invented: a method noun among the modifiers, a stop before the noun, a comparison
    expect(kinds('We propose DockFlow for ports. DockFlow is a framework built on a diffusion model.')).toEqual(['DockFlow method']);
    expect(kinds('We propose DockFlow for ports. DockFlow is a plug-in for any model.')).toEqual(['DockFlow method']);
    expect(kinds('We propose DockFlow for ports. DockFlow is a better model than ours.')).toEqual(['DockFlow method']);
  });
});

describe('an apposition after a later mention of the paper\'s own name', () => {
  it('makes it a model where no proposal verb stood before it, unless an opening phrase ends there or another apposition says otherwise', () => {
    // real: "This iterative process yielded OpenVLThinker, a LVLM exhibiting …" (2503.17352), "At the core of Bioinspired123D
    // is Bioinspired3D, a compact language model finetuned to …" (2603.29592)
    expect(kinds('This iterative process yielded DockThinker, a LVLM that reasons well.', 'DockThinker: Reasoning for Harbors')).toEqual(['DockThinker model']);
    expect(kinds('At the core of the system is DockLM, a compact language model finetuned on ports.', 'DockLM: Language for Harbors')).toEqual(['DockLM model']);
    // real: "Notably, when trained with CDT, an open-source 8B model can achieve performance …" (2510.05862), "In CS-VAR, a
    // lightweight, domain-specific model performs fast session-level risk inference" (2601.16027): the clause's subject
    expect(kinds('Notably, when trained with DockT, an open-source 8B model can achieve more.', 'DockT: Training for Harbors')).toEqual(['DockT method']);
    expect(kinds('In DockVAR, a lightweight, domain-specific model performs fast inference.', 'DockVAR: Risk for Harbors')).toEqual(['DockVAR method']);
    expect(kinds('On DockT, a compact language model performs fast inference.', 'DockT: Training for Harbors')).toEqual(['DockT method']);
    // real: "The HSKBenchmark, HSKAgent, and checkpoints serve as …" (2511.15574): a list, no apposition
    expect(kinds('This yields DockAgent, and checkpoints, a compact language model, serve ports.', 'DockAgent: Agents for Harbors')).toEqual(['DockAgent method']);
    // invented: the apposition ends with its sentence; another apposition calls the name a method
    expect(kinds('This yields DockWorld, a synthetic sandbox. A compact language model plays there.', 'DockWorld: Greed in Harbors')).toEqual(['DockWorld method']);
    expect(kinds('This yields DockNet, a compact language model. DockNet, a simple training method, helps.', 'DockNet: Nets for Harbors')).toEqual(['DockNet method']);
    expect(kinds('This yields Pro-DockNet, a compact language model.', 'DockNet: Nets for Harbors')).toEqual(['DockNet method']);
  });
});

describe('a data head that only modifies the noun after it', () => {
  it('does not make the name a dataset', () => {
    // real: "X-Mark: Saliency-Guided Robust Dataset Ownership Verification for Medical Imaging" (2602.09284, tune5),
    // "we propose a novel hyperbolic dataset distillation method, termed HDD" (2505.24623)
    expect(kinds('We study ports.', 'X-Dock: Saliency-Guided Robust Dataset Ownership Verification for Harbors')).toEqual(['X-Dock method']);
    expect(kinds('We propose a novel hyperbolic dataset distillation method, termed HDDX.')).toEqual(['HDDX method']);
    // real: "AgentCoMa: A Compositional Benchmark Mixing Commonsense and Mathematical Reasoning" (2508.19988): a head
    expect(kinds('We study ports.', 'DockCoMa: A Compositional Benchmark Mixing Harbor and Port Reasoning')).toEqual(['DockCoMa dataset']);
  });
});

describe('"We name this workflow X": the paper names what it built in a sentence of its own', () => {
  it('reads a coined name or the short form of a definition there, with the kind of the head noun', () => {
    // real: "We name this workflow Real-LOD, which includes planning, tool use, and reflection steps" (2503.23508)
    expect(kinds('We adapt prompts to ports. We name this workflow Dock-LOD, which includes planning.')).toEqual(['Dock-LOD method']);
    // real: "We call this model the Residual Matrix Transformer (RMT)" (2506.22696)
    expect(kinds('We replace the feedforward layer. We call this model the Residual Harbor Transformer (RHT). We find that the RHT scales.')).toEqual(['RHT model']);
    // real: "We term this approach Correspondence As Video for SAM (CAV-SAM)" (2508.07759)
    expect(kinds('We treat pairs as video. We term this dataset Harbor As Video for SAM (HAV-SAM).')).toEqual(['HAV-SAM dataset']);
    // invented: a phenomenon, a plain word, a known name
    expect(kinds('Models fail here. We call this phenomenon Vague Docking.')).toEqual([]);
    expect(kinds('We call this method Docking, and this model BERT.')).toEqual([]);
  });
});

describe('a name given before and later called "the proposed X"', () => {
  it('reads it as the paper\'s own when no other reading did', () => {
    // real: "Extensive experiments on the ImageNet dataset demonstrate that the proposed DM-UAP markedly enhances …" (2503.12793)
    expect(kinds('Diffusion Models for Universal Harbor Perturbations (DH-UAP) use maps. Experiments show that the proposed DH-UAP markedly enhances robustness.')).toEqual(['DH-UAP method']);
    // real: "By making the proposed MSQAD openly available" (2505.19121): the long form gives the kind
    expect(kinds('We study a Multilingual Sensitive Harbor Questions Dataset (MSHQD) of ports. By making the proposed MSHQD openly available, we help.')).toEqual(['MSHQD dataset']);
    // invented: a name the abstract never gave before, a short acronym, two plain words, a name that goes on, a noun after it
    expect(kinds('Ports matter. Results show that the proposed DockNet-V2 works.')).toEqual([]);
    expect(kinds('A Deep Harbor Network (DHN) is used. Results show that the proposed DHN works.')).toEqual([]);
    expect(kinds('Dual-Scale fusion is used. Results show that the proposed Dual-Scale works.')).toEqual([]);
    expect(kinds('PortLite is a backbone. Results show that the proposed PortLite U-Net works.')).toEqual([]);
    expect(kinds('PortLite is a backbone. Results show that the proposed PortLite prediction framework works.')).toEqual([]);
    // a lower-case technique phrase's short form is no name of the paper (real: "test-time adaptation (TTA)")
    expect(kinds('We study test-time harbor port adaptation (TTHPA) of ports. Results show that the proposed TTHPA works.')).toEqual([]);
  });
});

describe('ownPartDefinitions', () => {
  const parts = (abstract: string, title = 'A study') => {
    const doc = sentence(abstract, title);
    const { text, titleEnd, starts } = paperText(doc);
    const defs = findAcronyms(text);
    return ownPartDefinitions(text, starts, findProposals(text, titleEnd, starts, defs, isKnownEntity, tokenize(text)), defs).map((d) => d.short);
  };
  it('finds the definitions a sentence about the own method lists as its pieces', () => {
    // real: "GFT integrates the Gradient Attention Learning Alignment (GALA) mechanism … Coupled with a Progressive
    // Patch Selection (PPS) strategy, the model …" (2504.09852)
    expect(parts('This paper introduces HFT (Harbor Focal Transformer), a new framework. HFT integrates the Harbor Attention Learning Alignment (HALA) mechanism to prioritise features. Coupled with a Progressive Quay Selection (PQS) strategy, the model filters regions.')).toEqual(['HALA', 'PQS']);
    // a technique the paper uses, named elsewhere, is not a piece; nor is anything without a named proposal
    expect(parts('We propose HarborNet, a detector. Prior work relies on Harbor Attention Learning (HAL) for ports.')).toEqual([]);
    expect(parts('The proposed method utilizes a multi-scale harbor fusion (MSHF) module.')).toEqual([]);
  });
  it('drops those pieces from the methods extractPaper reads', () => {
    const labels = extractPaper(sentence('This paper introduces HFT (Harbor Focal Transformer), a new framework. HFT integrates the Harbor Attention Learning Alignment (HALA) mechanism to prioritise features.')).map((m) => `${m.kind} ${m.relation} ${m.label}`);
    expect(labels).not.toContain('method uses Harbor Attention Learning Alignment');
    expect(labels).toContainEqual(expect.stringMatching(/^method proposes HFT/));
  });
});

describe('names the paper builds, read from later sentences', () => {
  it('reads "Our X-variant", a newly collected named dataset and "X, the simulator, is …"', () => {
    // real: "Our DDT-XL/2 achieves a new state-of-the-art performance" (2504.05741)
    expect(kinds('We propose a new Decoupled Harbor Transformer (DHT). Our DHT-XL/2 achieves a new state of the art.')).toEqual(['DHT method', 'DHT-XL/2 model']);
    // (a description is no variant: "Our Table-R1-series models")
    expect(kinds('We propose PortR1, a method. Our PortR1-series models improve.')).toEqual(['PortR1 method']);
    // real: "OmniWorld consists of a newly collected OmniWorld-Game dataset and several curated public datasets"
    expect(kinds('We introduce PortWorld, a large-scale dataset. PortWorld consists of a newly collected PortWorld-Game dataset and public data.')).toEqual(['PortWorld dataset', 'PortWorld-Game dataset']);
    // real: "We develop an explainable digital twin for aeration … CCSS-IX, the simulator, is a bank of …" (2605.19826)
    expect(kinds('We develop an explainable digital twin for docking. HRBS-IX, the simulator, is a bank of linear experts.')).toEqual(['HRBS-IX method']);
    // (without the paper building something in the sentence before, it is someone else's)
    expect(kinds('Ports are busy. HRBS-IX, the simulator, is a bank of linear experts.')).toEqual([]);
  });
});

describe('data the paper makes, in a counted list after a verb of making', () => {
  it('reads each member as a proposed dataset, whatever form the verb takes', () => {
    // real: "we used the open-source SynSQL-2.5M dataset to construct two derived datasets: SynSQL-Think-916K for SQL
    // generation and SynSQL-Merge-Think-310K for SQL merge revision" (2507.22478)
    expect(kinds('We used the public SynSQL-2.5M dataset to construct two derived datasets: SynSQL-Think-916K for SQL generation and SynSQL-Merge-Think-310K for SQL merge revision.')).toEqual([
      'SynSQL-Think-916K dataset',
      'SynSQL-Merge-Think-310K dataset',
    ]);
    // invented: a pipeline as the subject, and a participle
    expect(kinds('This harbor pipeline produces two synthetic datasets: PortSim3D for cranes and QuayAVES3D for ships.')).toEqual(['PortSim3D dataset', 'QuayAVES3D dataset']);
    expect(kinds('We extend the setting, constructing two new benchmarks, Harbor-VP and Harbor-CE-VP, by adding visual prompts.')).toEqual(['Harbor-VP dataset', 'Harbor-CE-VP dataset']);
    // real: "Our benchmark comprises two complementary splits: OdysseyBench+ with 300 tasks derived from real-world use
    // cases, and OdysseyBench-Neo with 302 newly synthesized complex tasks" (2508.09124)
    expect(kinds('Our benchmark comprises two complementary splits: PortBench+ with 300 tasks from real logs, and PortBench-Neo with 302 synthesized tasks.')).toEqual(['PortBench+ dataset', 'PortBench-Neo dataset']);

    // the count, what the data are for, then the colon: real 2603.15130 (tune9) "we present two multilingual corpora for
    // IQA of varying quality that both cover English, Standard German and Bavarian, a German dialect without standard
    // orthography: InQA+, a small high-quality evaluation dataset …, and GenIQA, a larger training dataset"
    expect(kinds('In this paper, we present two multilingual corpora for IQA that both cover English, Standard German and Bavarian, a German dialect without standard orthography: HarborQA+, a small evaluation dataset, and GenHarbor, a larger training dataset.')).toEqual([
      'HarborQA+ dataset',
      'GenHarbor dataset',
    ]);
    // (a sentence's end comes first: no list)
    expect(kinds('We present two corpora for IQA. Results: HarborQA+ and GenHarbor are hard.')).toEqual([]);
    // the making verb in a relative clause before the colon: real tune50 2602.19224 "we utilized two datasets that we
    // manually annotated: NWPU-300 and TextRS-300"
    expect(kinds('To assess KRSVQG, we utilized two datasets that we manually annotated: NWPU-300 and TextRS-300.')).toEqual(['NWPU-300 dataset', 'TextRS-300 dataset']);
    // (someone else made them, or the paper only chose them)
    expect(kinds('To assess it, we utilized two datasets that others annotated: NWPU-300 and TextRS-300.')).toEqual([]);
    expect(kinds('To assess it, we utilized two datasets that we selected: NWPU-300 and TextRS-300.')).toEqual([]);
    // (data the authors made in earlier work: a reviewer's sentence)
    expect(kinds('We use two benchmarks that we released in our previous work: QuokkaQA and WombatQA.')).toEqual([]);
  });
  it('reads names right before a data head after a verb of making, in any form, in a sentence of the paper\'s own', () => {
    // real: 2511.08018 (tune8) "we introduce a high-quality data pipeline using LLaMA-3, Flux, and Grounding DINO to
    // generate the FluxVOC and FluxCOCO datasets"; corpus 2504.12799 "we collect a TransLab dataset", 2606.29984 "to
    // construct the FaithfulQA dataset"
    expect(kinds('First, we introduce a data pipeline using LLaMA-3 and Flux to generate the PortVOC and PortCOCO datasets, advancing detection.')).toEqual([
      'PortVOC dataset',
      'PortCOCO dataset',
    ]);
    expect(kinds('We collect a QuayLab dataset of 1k videos.')).toEqual(['QuayLab dataset']);
    // a description, someone else's sentence, or a known name is none
    expect(kinds('We collect a non-English dataset and 3D-language datasets.')).toEqual([]);
    expect(kinds('Prior work used GPT-4 to construct the QuayQA dataset.')).toEqual([]);
  });
  it('reads a list whose members have a "which …" clause with "and" in it', () => {
    // real: "we developed two hallucination benchmarks: QA-VisualGenome, which emphasizes attribute and relation
    // hallucinations, and QA-FB15k, which focuses on cognition-based hallucinations" (2505.01958)
    expect(kinds('We developed two hallucination benchmarks: QA-HarborGenome, which emphasizes attribute and relation hallucinations, and QA-Port15k, which focuses on cognition.')).toEqual([
      'QA-HarborGenome dataset',
      'QA-Port15k dataset',
    ]);
  });
  it('reads the named parts of its own data when they are described at length', () => {
    // real (tune5 2508.03127): "The dataset includes two components: Landsat30-AU-Cap, containing 196,262
    // image-caption pairs, and Landsat30-AU-VQA, comprising 17,725 human-verified visual question answering (VQA) samples"
    expect(kinds('We introduce Landsat30-AU. The dataset includes two components: Landsat30-AU-Cap, containing 196,262 image-caption pairs, and Landsat30-AU-VQA, comprising 17,725 human-verified visual question answering (VQA) samples across eight domains.')).toEqual([
      'Landsat30-AU method',
      'Landsat30-AU-Cap dataset',
      'Landsat30-AU-VQA dataset',
    ]);
    // invented: members with an apposition, after the paper's own benchmark
    expect(kinds('Our benchmark consists of two subsets: PortGen-Syn, a synthetic dataset made by controlled perturbations of logs, and PortGen-Human, a collection of real logs.')).toEqual(['PortGen-Syn dataset', 'PortGen-Human dataset']);
    // (the count must match)
    expect(kinds('This benchmark consists of three components: PortTrain, which serves as the training set, and PortEval, a test set.')).toEqual([]);
  });
  it('leaves lists the paper evaluates on, and lists without the making verb right before them', () => {
    expect(kinds('We evaluate our method on two datasets: PortSim3D for cranes and QuayAVES3D for ships.')).toEqual([]);
    expect(kinds('We construct a detector and test it on two benchmarks, Harbor-VP and Harbor-CE-VP, with prompts.')).toEqual([]);
    // (a count that does not match the list)
    expect(kinds('We construct three datasets: PortSim3D for cranes and QuayAVES3D for ships.')).toEqual([]);
  });
});

describe('"which we refer to as X", "we denote X", "we term the X"', () => {
  it('reads the name the authors give a thing of theirs', () => {
    // real: "guided by a dedicated reward model we term the AlignEvaluator. The AlignEvaluator is trained to …" (2509.04545)
    expect(kinds('We train the rewriter with reinforcement learning, guided by a dedicated reward model we term the HarborJudge. The HarborJudge is trained to give feedback.')).toEqual(['HarborJudge method']);
    // real: "The resulting method, which we refer to as CHAIR-DPO, effectively diminishes …" (2508.20181)
    expect(kinds('We fine-tune the model with preference optimization. The resulting method, which we refer to as PORT-DPO, reduces errors.')).toEqual(['PORT-DPO method']);
  });
  it('leaves a challenge, an ability or an issue the authors name', () => {
    // real: "This presents a significant challenge, which we refer to as black-box model merging (BMM) with massive LLMs." (2509.12951)
    expect(kinds('This presents a significant challenge, which we refer to as black-box harbor merging (BHM) with massive LLMs.')).toEqual([]);
    expect(kinds('Models lack a context-aware understanding -- an ability we refer to as PortSense.')).toEqual([]);
    expect(kinds('This scenario worsens the general overthinking issue, which we name as the Port-Overthinking.')).toEqual([]);
  });
});

describe('a named variant of the paper’s own data', () => {
  it('is proposed data too', () => {
    // real (tune5 2510.06670): "we introduce PiKa, a data-efficient family of expert-level alignment datasets. In
    // particular, the PiKa-SFT dataset uses only 30k SFT examples"
    expect(kinds('We introduce PiKa, a data-efficient family of expert-level alignment datasets. In particular, the PiKa-SFT dataset uses only 30k SFT examples.')).toEqual(['PiKa dataset', 'PiKa-SFT dataset']);
    // invented
    expect(kinds('We present HarborQA, a benchmark of port questions. HarborQA-Hard keeps the questions no model solves.')).toEqual(['HarborQA dataset', 'HarborQA-Hard dataset']);
  });
  it('is not a model, a checker or a sized network trained on it', () => {
    // (as "ReGraP-LLaVA", "BMMR-Verifier", "DIM-4.6B-Edit" in the corpus)
    expect(kinds('We present HarborQA, a benchmark of port questions. HarborQA-Verifier checks the answers.')).toEqual(['HarborQA dataset']);
    expect(kinds('We present HarborQA, a benchmark of port questions. We train HarborQA-LLaVA on it.')).not.toContain('HarborQA-LLaVA dataset');
  });
});

describe('a shared task or challenge the paper entered', () => {
  it('is no proposal, and no technique it uses', () => {
    // real: "We present our system for the Critical Questions Generation (CQs-Gen) Shared Task at ArgMining 2025." (2505.15554)
    const doc = sentence('We present our system for the Critical Questions Generation (CQs-Gen) Shared Task at ArgMining 2025. Our approach prompts LLMs.', 'DayDreamer at CQs-Gen 2025: Generating Critical Questions');
    expect(proposals(doc).map((p) => p.name)).not.toContain('CQs-Gen');
    expect(extractPaper(doc).map((m) => m.label)).not.toContain('Critical Questions Generation');
    // invented
    expect(kinds('This paper presents the winning approach for the 1st Harbor Deception Detection (HDD) Challenge.')).toEqual([]);
  });
  it('keeps the challenge its organisers introduce', () => {
    expect(kinds('To address this, we introduce the Harbor pROVEnance (HROVE) challenge, with a test set of logs.')).toEqual(['HROVE method']);
  });
});

describe("others' names in the title and in examples (real papers of the 2025-26 corpus)", () => {
  it('a known name the title puts first is no proposal when the abstract uses it as existing work', () => {
    // 2503.13008, 2504.11972, 2510.24036 (first sentences of each abstract that name it)
    expect(kinds('This paper proposes a machine learning framework that augments Knowledge Distillation (KD) with Integrated Gradients (IG), an attribution method, to optimise the compression of convolutional neural networks.', 'Knowledge Distillation: Enhancing Neural Network Compression with Integrated Gradients')).toEqual([]);
    expect(kinds('With the success of large language models (LLMs), they have been employed in various tasks, including serving as judges (LLM-as-a-judge). In this paper, we reassess the performance of QA models using LLM-as-a-judge across four reading comprehension QA datasets.', 'LLM-as-a-Judge: Reassessing the Performance of LLMs in Extractive QA')).toEqual([]);
    expect(kinds('This paper explores Residual Networks (ResNet), introduced by He et al. (2015), which overcomes this limitation by using skip connections.', 'ResNet: Enabling Deep Convolutional Neural Networks through Residual Learning')).toEqual([]);
  });
  it('keeps the title name the abstract introduces before it uses it', () => {
    // 2505.21600: "Roads to Rome (R2R)" introduced, then "We apply R2R to combine …"
    const r2r = 'Leveraging this insight, we introduce **Roads to Rome (R2R)**, a neural token routing method that selectively utilizes LLMs only for these critical, path-divergent tokens. We apply R2R to combine R1-1.5B and R1-32B models from the DeepSeek family.';
    expect(proposals(sentence(r2r, 'R2R: Efficiently Navigating Divergent Reasoning Paths with Small-Large Model Token Routing')).map((p) => p.name)).toContain('R2R');
    // a name no lexicon knows keeps its title reading whatever the abstract's verbs (invented)
    expect(proposals(sentence('We apply Zephyrix-Net to ten tasks.', 'Zephyrix-Net: Fast Routing')).map((p) => p.name)).toContain('Zephyrix-Net');
  });
  it('a called name that starts a definition is read by the definition, never cut to its first words', () => {
    // 2503.18985: the short form is a known name's with a sign; "Low-Rank" alone is no name of the paper
    const doc = sentence('A novel parameter-efficient fine-tuning approach called Low-Rank Adaptation Subtraction (LoRA-) is proposed to develop the DRS.');
    expect(proposals(doc).map((p) => p.name)).not.toContain('Low-Rank');
  });
  it('an example in parentheses after "e.g." is none of the paper\'s proposals', () => {
    // 2503.20749
    const doc = sentence('We present the first comprehensive quantitative evaluation of state-of-the-art LLMs (e.g., DeepSeek-R1, Llama, and Claude) on the task of web action generation.', 'Beyond Believability: Accurate Human Behavior Simulation with Fine-Tuned LLMs');
    expect(proposals(doc)).toEqual([]);
    expect(extractPaper(doc).find((m) => m.label === 'DeepSeek-R1')?.relation).toBe('uses');
  });
});

describe('describing words before a proposed long form', () => {
  const own = (title: string, abstract: string) =>
    extractPaper({ key: 'paper:x', title, abstract })
      .filter((m) => m.relation === 'proposes')
      .map((m) => m.label);

  it('reads the acronym a proposal verb defines past adjectives the lead does not list (real: 2512.09497)', () => {
    expect(own('Gradient-Guided Learning Network for Infrared Small Target Detection', 'Therefore, we propose an innovative gradient-guided learning network (GGL-Net). GGL-Net works well.')).toEqual(['GGL-Net']);
    // invented: two such words
    expect(own('A study', 'We present a powerful, accurate Sparse Routing Transformer (SRT) for long documents.')).toEqual(['SRT']);
    // real: 2504.15220 (tune55), 2603.14303: an adverb before a capitalised long form, alone or with adjectives
    expect(own('A study', 'To address this issue, we propose a fully Bayesian Topics over Time (BToT) model via a conjugate prior.')).toEqual(['BToT']);
    expect(own('A study', 'Within each chunk, we introduce a computationally efficient Greedy Seed-Based Clustering (GSC) algorithm to group tokens.')).toEqual(['GSC']);
    // (not before a task's lower-case words: real 2504.10190)
    expect(own('A study', 'In this work, we present the first differentially private 2D human pose estimation (2D-HPE) by applying DP-SGD to this task.')).toEqual([]);
  });

  it('leaves a noun between the verb and the long form alone', () => {
    expect(own('A study', 'We propose a method for improving Sparse Routing Transformer (SRT) training.')).toEqual([]);
  });
});

describe('two names joined by "and" before the title’s colon', () => {
  const own = (title: string, abstract: string) =>
    extractPaper({ key: 'paper:x', title, abstract })
      .filter((m) => m.relation === 'proposes')
      .map((m) => `${m.kind}:${m.label}`)
      .sort();

  it('proposes each, of the kind the tail gives it in order (real titles of the corpus)', () => {
    expect(own('BanglaMedQA and BanglaMMedBench: Evaluating Retrieval-Augmented Generation Strategies for Bangla Biomedical Question Answering', 'This paper introduces BanglaMedQA and BanglaMMedBench, the first large-scale Bangla biomedical Multiple Choice Question (MCQ) datasets.')).toEqual([
      'dataset:BanglaMMedBench', 'dataset:BanglaMedQA',
    ]);
    expect(own('MTEB-NL and E5-NL: Embedding Benchmark and Models for Dutch', 'We release resources for Dutch.')).toEqual(['dataset:MTEB-NL', 'model:E5-NL']);
    // "Benchmark Dataset" is one head; the phrase ends at "for"
    expect(own('FortisAVQA and MAVEN: a Benchmark Dataset and Debiasing Framework for Robust Multimodal Reasoning', 'We study robustness.')).toEqual(['dataset:FortisAVQA', 'method:MAVEN']);
  });

  it('leaves question words and other function words alone', () => {
    expect(own('WHERE and WHICH: Locating Errors in Code', 'We study errors.')).toEqual([]);
  });
});

describe('"our Proposed Model"', () => {
  it('proposes no name "Proposed" (real: 2604.10765)', () => {
    const own = extractPaper({ key: 'p', title: 'Lung Cancer Detection Using Deep Learning', abstract: 'Our Proposed Model algorithm based is a 16 layers architecture based on CNN model. Our Proposed model exhibits several key highlights.' }).filter((m) => m.relation === 'proposes');
    expect(own).toEqual([]);
  });
});

describe('a proposal the text also calls a dataset', () => {
  const own = (abstract: string, title = 'A study') =>
    extractPaper({ key: 'paper:s', title, abstract })
      .filter((m) => m.relation === 'proposes')
      .map((m) => `${m.kind}:${m.label}`);

  it('is the dataset when a data head follows its name elsewhere ("Using the TGIF2 dataset")', () => {
    // real: 2603.28613 (tune7)
    expect(own('We introduce TGIF2, an extended version of TGIF, that captures recent advances. Using the TGIF2 dataset, we conduct a forensic evaluation.')).toEqual(['dataset:TGIF2']);
    // real (corpus, 2512.22808-like): a long form ending in "Dataset" proposed by a verb
    expect(own('We propose the Human Reaction Dataset (HRD), with 2,000 clips. Models trained on the HRD dataset generalise.')).toEqual(['dataset:HRD']);
  });

  it('stays a method when only its shape looked like data', () => {
    expect(own('We propose BenchGuard, the first automated auditing framework for agent benchmarks. BenchGuard cross-verifies artifacts.')).toEqual(['method:BenchGuard']);
  });
});

describe('proposal forms of the seventeenth round (tune19)', () => {
  it('reads a name after a dash that follows the head noun, a colon after it', () => {
    // arXiv 2606.01213 and 2601.15071 (tune19 and the corpus)
    expect(kinds('To systematically test generative image editors, we propose a novel image editing benchmark -- TECCI: Tricky Edits of Collected and Curated Images.')).toContain('TECCI dataset');
    expect(kinds('To enable principled evaluation, we present a unified cortical-surface dataset -- UniCortex-fMRI, assembled from multiple fMRI datasets.')).toContain('UniCortex-fMRI dataset');
    // invented: after a dash a plain capitalised word may start a sentence of its own
    expect(kinds('We release a new benchmark \u2014 Results show that models fail.')).toEqual([]);
  });

  it('reads the kind of a mixture of data and of a baseline of a model class', () => {
    // arXiv 2507.16812 and 2603.25565 (tune19)
    expect(kinds('We further introduce MegaScience, a large-scale mixture of high-quality open-source datasets totaling 1.25 million instances.')).toEqual(['MegaScience dataset']);
    expect(kinds('Furthermore, we propose GeoHeightChat, the first height-aware remote sensing LMM baseline.')).toEqual(['GeoHeightChat model']);
  });

  it('reads a counted list of long forms by their short forms', () => {
    // arXiv 2506.04711 (tune19)
    const doc = sentence('To address this challenge, we propose two training strategies: data augmentation with noisy phonemes (DANP), and randomized top-K marginalized (TKM) training and decoding.');
    expect(named(doc)).toEqual([
      ['DANP', 'method', 'data augmentation with noisy phonemes'],
      ['TKM', 'method', 'top-K marginalized'],
    ]);
    // invented: capitalised long forms
    expect(kinds('We propose two strategies: Noisy Phoneme Augmentation (NPA) and Top-K Marginalization (TKM).')).toEqual(['NPA method', 'TKM method']);
    // arXiv 2509.03154: a participle clause with a definition after the two names is no third item
    expect(kinds('We propose two novel loss functions, Negative Centerline Loss and Simplified Topology Loss, that, applied to Convolutional Neural Networks (CNNs), help preserve connectivity.')).toEqual([
      'Negative Centerline Loss method',
      'Simplified Topology Loss method',
    ]);
    // arXiv 2506.20401: a description whose initials do not start the short form is no name
    expect(kinds('We propose two near-optimal metaheuristic algorithms: one evolutionary (EA) and the other based on large neighborhood search (LNS).')).toEqual([]);
  });
});

describe('the paper as the subject of a proposal verb', () => {
  it('may be a letter, a thesis, a manuscript', () => {
    // arXiv 2511.15571 and 2605.23424
    expect(kinds('This letter proposes a Dual-domain Feature Importance Attack (DuFIA) scheme to invalidate AIGI detectors to some extent.')).toEqual(['DuFIA method']);
    expect(kinds('This letter proposes Dijkstra-pruned INL (D-INL), which removes non-tree links.')).toEqual(['D-INL method']);
    // invented
    expect(kinds('This thesis presents FooNet, a network for segmentation.')).toEqual(['FooNet method']);
    expect(kinds('A note presents FooNet, a network for segmentation.')).toEqual([]);
  });
});

describe("a name in parentheses after 'our' and a head noun", () => {
  it('is the paper\'s own, of the head\'s kind', () => {
    // arXiv 2507.12646 (tune19) and 2512.02530
    expect(kinds('Notably, our video inpainting diffusion model (CogNVS) can be self-supervised from 2D videos.')).toEqual(['CogNVS model']);
    expect(kinds('Comprehensive experiments on our proposed benchmark (AIR-Bench) validate the approach.')).toEqual(['AIR-Bench dataset']);
  });

  it('is not a model class, a known name, an earlier work or a name after a preposition', () => {
    expect(kinds('Our large vision-language model (LVLM) answers questions.')).toEqual([]);
    expect(kinds('Our model (GPT-4o) answers questions.')).toEqual([]);
    // arXiv 2606.01259 and 2605.27011
    expect(kinds('To address this, we integrate our previous CNN-based reduced-order model (ROM) framework with the finite element method.')).toEqual([]);
    expect(kinds('We apply our results for physics-augmented neural network (PANN) constitutive modeling.')).toEqual([]);
  });
});

describe('a named dataset the paper made itself', () => {
  it('is read after "self-constructed" as after "newly collected"', () => {
    // arXiv 2508.02890
    expect(kinds('Evaluated on the self-constructed ImageStoryGen-500K dataset, our method improves visual grounding.')).toEqual(['ImageStoryGen-500K dataset']);
    // invented: a self-supervised model is no data the paper made
    expect(kinds('We evaluate the self-supervised FooNet model on public data.')).toEqual([]);
  });
});

describe('a counted list of made data', () => {
  it('reads an item after describing words before its name', () => {
    // arXiv 2603.25565 (tune19)
    expect(kinds('This pipeline constructs two complementary benchmarks: GeoHeight-Bench for relative height analysis, and a more challenging GeoHeight-Bench+ for holistic, terrain-aware reasoning.')).toEqual([
      'GeoHeight-Bench dataset',
      'GeoHeight-Bench+ dataset',
    ]);
  });
});

describe('data named after a participle of making', () => {
  it('is the paper\'s own in a sentence in the first person', () => {
    // arXiv 2509.03312 (tune19)
    expect(kinds('To address this gap, we propose AgenTracer, the first automated framework for annotating failed multi-agent trajectories via counterfactual replay, producing the curated dataset TracerTraj. Leveraging this resource, we train a tracer.')).toContain('TracerTraj dataset');
    // arXiv 2606.19468 (tune19)
    expect(kinds('We filter a corpus of public-domain stories, resulting in a new dataset, NarraDolma, of ten thousand books.')).toContain('NarraDolma dataset');
    // invented: someone else's work
    expect(kinds('Prior work built pipelines producing the dataset FooSet.')).toEqual([]);
  });
});

describe('a model the paper trains and names', () => {
  it('is its own model, also when named after its proposed dataset', () => {
    // arXiv 2504.09081 (tune13)
    expect(kinds('We introduce SIFT-50M, a 50M-example dataset for speech instruction fine-tuning. Using SIFT-50M, we train SIFT-LLM, which outperforms existing speech-text LLMs.')).toContain('SIFT-LLM model');
    // arXiv 2503.16549
    expect(kinds('Finally, we trained MathFlow-P-7B on the new corpus.')).toEqual(['MathFlow-P-7B model']);
  });

  it('is not a known model, a lower-case compound or a modifier before "and"', () => {
    expect(kinds('We train Llama3-8B on our data.')).toEqual([]);
    expect(kinds('We trained KG-embeddings on the graph.')).toEqual([]);
    // arXiv 2506.21513
    expect(kinds('We train Audio-Expression and Expression-Visual priors to capture lip movements.')).toEqual([]);
  });

  it('is the name in apposition to "a … model" it trains or pretrains, hyphenated or not', () => {
    // real: 2512.22087 (tune33), 2604.07054; invented: pretrained
    expect(kinds('Using this framework, we train a context-aware model, SWE-Compressor. Experiments show that SWE-Compressor reaches a 57.6% solved rate.')).toEqual(['SWE-Compressor model']);
    expect(kinds('To improve simulation fidelity, we train a user model, CustomerLM, with SFT and DPO on sales conversations.')).toEqual(['CustomerLM model']);
    expect(kinds('We pretrain a small vision transformer, GlimpseViT, from scratch.')).toEqual(['GlimpseViT model']);
    // without the model noun a bare one-word name stays unread (a known kind as often: "we train Mamba on …")
    expect(kinds('We train CustomerLM with SFT and DPO.')).toEqual([]);
    // a known model in apposition is trained, not made
    expect(kinds('We train a small model, Qwen2.5-7B, on our data.')).toEqual([]);
  });
});

describe('a name of data with a capitalised head after describing words', () => {
  it('reads it after adjectives, participles or a dimension the lead does not list', () => {
    // real: 2606.26964 (tune33), 2606.06147, 2510.27547
    expect(kinds('We further construct a dynamic 3D Story World Benchmark based on StoryBlender, covering 50 stories.')).toContain('Story World Benchmark dataset');
    expect(kinds('To address this, we construct a challenging Urban Canyon Traversal Benchmark, specifically designed to evaluate spatial understanding.')).toEqual(['Urban Canyon Traversal Benchmark dataset']);
    expect(kinds('For time series, we introduce the annotated Siegfried Building Time Series Dataset and propose pseudo labels.')).toEqual(['Siegfried Building Time Series Dataset dataset']);
  });

  it('not after a noun and a preposition, nor before the coined name the phrase describes', () => {
    // invented
    expect(kinds('We present evaluations on the Natural Questions Benchmark.')).toEqual([]);
    expect(kinds('We construct a challenging Urban Canyon Traversal Framework, designed to evaluate agents.')).toEqual([]);
    // a version of someone else's data (the review's sentences)
    expect(kinds('We construct a filtered Stanford Question Answering Dataset, removing ambiguous questions.')).toEqual([]);
    expect(kinds('We build a balanced Hateful Memes Dataset split for testing.')).toEqual([]);
    expect(kinds('We construct a challenging Hateful Memes Dataset split for testing.')).toEqual([]);
    // only a head of data: describing words before another head leave it to the other readings (invented)
    expect(kinds('We construct a challenging UrbanCanyon Traversal Framework, designed to evaluate agents.')).toEqual([]);
    // real: 2606.07962 (the coined name is read, not the description before it)
    expect(kinds('We propose a novel multimodal Chronological Physical Dynamics Reasoning Benchmark ChronoPhyBench, which unifies next state prediction with VQA.', 'ChronoPhyBench: Do MLLMs Truly Understand the World?')).toEqual(['ChronoPhyBench dataset']);
  });
});

describe("the first proposal verb's capitalised object, in a paper with no other proposal", () => {
  it('is the proposal', () => {
    // real: 2508.20776 (tune25), 2604.10299 (tune16), 2504.11879 (tune9)
    expect(kinds('To address these limitations, we propose Global Class Activation Probabilistic Map Evaluation, a method that analyses all classes.')).toEqual(['Global Class Activation Probabilistic Map Evaluation method']);
    expect(kinds('We propose Attention-Guided Visual Jailbreaking, which circumvents rather than overpowers safety alignment.')).toEqual(['Attention-Guided Visual Jailbreaking method']);
    expect(kinds('In this work, we introduce a Prunable Network that adapts its width at inference time.')).toEqual(['Prunable Network method']);
  });

  it('is not a task, a gerund, a phrase the sentence names otherwise, the object of a later verb, or in a survey', () => {
    // invented and real (2507.03460, 2507.06735, 2505.14926, 2510.12399)
    expect(kinds('We introduce the Electric Vehicle Orienteering Problem, which adds charging stops.')).toEqual([]);
    expect(kinds('We present Controlling Large Language Models to the public.')).toEqual([]);
    expect(kinds('To address this, we introduce a Multi-agent Exploratory Synergy for the Heart (MESHAgents) framework that leverages LLMs.')).not.toContain('Multi-agent Exploratory Synergy method');
    expect(kinds('We propose a Residual Prior-driven Frequency-aware Network, termed as RPFNet. Specifically, RPFNet employs two branches.')).not.toContain('Residual Prior-driven Frequency-aware Network method');
    expect(kinds('This study introduces the Pathobiological Dictionary for Liver Cancer (LCP1.0), a practical framework.')).toEqual([]);
    expect(kinds('We first introduce Vibe Coding as a formal discipline.', 'A Survey of Vibe Coding with Large Language Models')).toEqual([]);
  });

  it('is not an institution or law, a generic plural phrase, a name cut at "to", after "By …ing", nor in a survey (review)', () => {
    // invented (the review's sentences)
    expect(kinds('This paper introduces the Digital Services Act, which regulates online platforms.')).toEqual([]);
    expect(kinds('Based on these findings, we present Design Implications.')).toEqual([]);
    expect(kinds('We propose Confidence-Aware Learning to Defer, which routes hard cases.')).not.toContain('Confidence-Aware Learning method');
    expect(kinds('By designing time-varying attention matrices, we propose an Emergence Transformer.')).toEqual([]);
    expect(kinds('We present Towards Robust Agent Design, which helps.')).toEqual([]);
    // the survey guard reads the title's survey or review, not any "review": real title 2510.12399 and an invented one
    expect(kinds('We first introduce Vibe Coding, which formalizes the practice.', 'A Survey of Vibe Coding with Large Language Models')).toEqual([]);
    expect(kinds('We first introduce Vibe Coding, which formalizes the practice.', 'Vibe Coding with Large Language Models')).toEqual(['Vibe Coding method']);
    expect(kinds('We propose Context-Aware Review Generation, which drafts comments.', 'LLM-Assisted Code Review at Scale')).toEqual(['Context-Aware Review Generation method']);
  });

  it('waits for every other reading', () => {
    // invented: a coined proposal elsewhere makes the capitalised phrase a part, left unread
    expect(kinds('We propose Adaptive Frequency Fusion, which merges bands. We also introduce FreqNet, a detector that is fast.')).toEqual(['FreqNet method']);
  });
});

describe('a counted collection in apposition', () => {
  it('is data; an uncounted collection of models is not', () => {
    // real: 2511.03589 (tune33), 2507.04708, 2605.18109
    expect(kinds('We introduce Anny, a body model. We further introduce Anny-One, a collection of 800k photorealistic humans generated with Anny.')).toContain('Anny-One dataset');
    expect(kinds('In the absence of labeled data, we introduce EOT-X, a human-annotated collection of 2,400 reviews with emotions.')).toEqual(['EOT-X dataset']);
    expect(kinds('To evaluate this setting, we introduce FullHome, a human-validated evaluation suite of 400 household tasks.')).toEqual(['FullHome dataset']);
    // invented: what it counts may be models, metrics or agents (the review's sentences)
    expect(kinds('We release Vireo, a collection of open models for code.')).toEqual(['Vireo model']);
    expect(kinds('We release Vireo, a suite of 4 open models for code.')).toEqual(['Vireo model']);
    expect(kinds('We propose Trio, a set of 3 complementary metrics for alignment.')).toEqual(['Trio method']);
  });
});

describe("the title tail's head noun", () => {
  it('names data when it ends a Title-Case noun phrase before its first preposition, however long', () => {
    // real titles: 2506.21909 (tune33), 2505.11109, 2503.24310
    expect(kinds('We study cracks.', 'CERBERUS: Crack Evaluation & Recognition Benchmark for Engineering Reliability & Urban Stability')).toEqual(['CERBERUS dataset']);
    expect(kinds('We study deepfakes.', 'MAVOS-DD: Multilingual Audio-Video Open-Set Deepfake Detection Benchmark')).toEqual(['MAVOS-DD dataset']);
    expect(kinds('We study bias.', 'BEATS: Bias Evaluation and Assessment Test Suite for Large Language Models')).toEqual(['BEATS dataset']);
  });

  it('not after a verb, before "of", nor where heads are joined', () => {
    // real titles: 2507.20704, 2509.09101, 2603.07832, 2509.26208
    expect(kinds('We study alignment.', 'Text2VLM: Adapting Text-Only Datasets to Evaluate Alignment Training')).not.toContain('Text2VLM dataset');
    expect(kinds('We study code.', 'TigerCoder: A Novel Suite of LLMs for Code Generation in Bangla')).not.toContain('TigerCoder dataset');
    expect(kinds('We study gaze.', 'GazeShift: Unsupervised Gaze Estimation and Dataset for VR')).not.toContain('GazeShift dataset');
    expect(kinds('We study saliency.', 'TSalV360: A Method and Dataset for Text-driven Saliency Detection')).not.toContain('TSalV360 dataset');
    // a model suite is models; "Towards" leads an aim (the review's title, 2605.26862)
    expect(kinds('We study safety.', 'SafeLM: Open Safety-Aligned Language Model Suite for Dialogue')).toEqual(['SafeLM model']);
    expect(kinds('We study roads.', 'RoadGIE: Towards A Global-Scale Aerial Benchmark for Road Extraction')).not.toContain('RoadGIE dataset');
  });
});

describe('a head noun then the name', () => {
  it('reads a score, a paradigm, a strategy and a baseline named after their head', () => {
    // real: 2601.19245 (tune33), 2604.11576, 2510.24078, 2505.15734
    expect(kinds('Based on the phenomenon, we propose a new score SpikeScore, which quantifies abrupt fluctuations in multi-turn dialogues.')).toEqual(['SpikeScore method']);
    expect(kinds('We propose a simple yet effective paradigm AdvFLYP, which fine-tunes the model like it was pretrained.')).toEqual(['AdvFLYP method']);
    expect(kinds('We propose a fine-tuning strategy BOB (BeyondOBjects) to mitigate these concerns.')).toEqual(['BOB method']);
    expect(kinds('We propose a strong baseline BasicAVSR for arbitrary-scale video super-resolution.')).toEqual(['BasicAVSR method']);
    expect(kinds('To show its utility, we present a baseline PALM-Net, a multi-subject prior over hand geometry.')).toEqual(['PALM-Net method']);
    // a strategy's short form in parentheses (real: 2503.12862)
    expect(kinds('To achieve a balanced trade-off, we propose an alternate optimization strategy (A-RDO).')).toEqual(['A-RDO method']);
  });

  it('does not read a name in parentheses after a score or a baseline, nor a head in a clause of comparison', () => {
    // real: 2605.05080 "we introduce the Pinocchio score ($π_i$), the ratio …"; invented (the review's sentences)
    expect(kinds('To test this hypothesis, we introduce the Pinocchio score ($π_i$), the ratio of inter-model response variance.')).not.toContain('πi method');
    expect(kinds('To test this hypothesis, we introduce the Pinocchio score (Qx7), the ratio of inter-model response variance.')).not.toContain('Qx7 method');
    expect(kinds('We propose X-Net. Compared with our baseline (DPO-Ref), X-Net gains 5 points.')).toEqual(['X-Net method']);
    expect(kinds('We propose a method that outperforms the strongest baseline GRPO-Lite, which uses fixed rewards.')).toEqual([]);
    expect(kinds('We propose a fine-tuning method that raises the preference score PickScore, which measures human preference.')).toEqual([]);
  });
});

describe('a second proposal after the first one\'s parenthesis, and a clause after the name', () => {
  it('reads the second name of "X (…) and Y (…)" with the kind its words or a first dataset give', () => {
    // arXiv 2605.06444 (tune9) and 2508.08244
    expect(kinds('We release SCRuBEval (n=4,711 evaluation prompts) and SCRuBAnnotations (300 expert-authored responses) to support research.')).toEqual([
      'SCRuBEval dataset',
      'SCRuBAnnotations dataset',
    ]);
    expect(kinds('We construct RawCuts (large-scale) and CuratedCuts (refined) datasets, both with hierarchical prompts.')).toContain('CuratedCuts dataset');
    // arXiv 2509.06011: nothing says what the second is
    expect(kinds('Then we construct and introduce UAVDE-2M (over 2,000,000 instances) and UAVCAP-15k (over 15,000 images).').some((k) => k.startsWith('UAVCAP-15k method'))).toBe(false);
  });

  it('reads a coined name before "where"', () => {
    // arXiv 2605.16887 (tune14)
    expect(kinds('For cross-modality matching, we propose MarrNet where cmUNet is connected to a standard feature extraction network.')).toEqual(['MarrNet method']);
  });
});

describe('a counted list after a purpose or in parentheses', () => {
  it('reads names only', () => {
    // arXiv 2603.20288 (tune19) and 2512.02850 (tune8)
    expect(kinds('To overcome these limitations, we propose two efficient VAD methods designed for edge deployment: PatchCore-Lite and Padim-Lite, based on the popular PatchCore and PaDiM models.')).toEqual([
      'PatchCore-Lite method',
      'Padim-Lite method',
    ]);
    expect(kinds('We construct two held-out IP-AIGC test sets (HIDF-img-ip-genai and HIDF-vid-ip-genai) using commercial generators.')).toEqual([
      'HIDF-img-ip-genai dataset',
      'HIDF-vid-ip-genai dataset',
    ]);
    // arXiv 2506.17705: descriptions, and (invented) others' models
    expect(kinds('Meanwhile, we introduce two simple yet effective strategies (early stopping and view padding) to further stabilize the generation process.')).toEqual([]);
    expect(kinds('We propose two models (GPT-4 and Llama-3) for this task.')).toEqual([]);
  });
});

describe("the eighteenth round's later forms", () => {
  it('reads a self-made dataset named after its head, and a model class heading "our … (X)"', () => {
    // arXiv 2507.02307 (tune9) and 2505.07620 (tune17)
    expect(kinds('Subsequently, to supervise and evaluate this framework, a self-built change detection dataset Flow-Change, a loss function and a new metric are proposed.')).toContain('Flow-Change dataset');
    expect(kinds('Our higher-order CNN (HoCNN) achieves superior performance while requiring only half the training data.')).toEqual(['HoCNN method']);
  });

  it('does not read the object of a clause after "our" as the paper\'s own', () => {
    // arXiv 2606.27671 and 2507.15618
    expect(kinds('Our architecture uses a High-Resolution Transformer (HRFormer) backbone with two conditioning mechanisms.')).toEqual([]);
    expect(kinds('Our method freezes a pre-trained policy network (DI-Star) and attaches lightweight adapter modules.')).toEqual([]);
  });
});

describe('the subject and auxiliary of a proposal verb, and a definition that only modifies', () => {
  it('reads "our approach introduces" and "we have developed"', () => {
    // arXiv 2601.09658 (tune19)
    expect(kinds('Our approach introduces two new datasets (FTAG and T2P) and delivers simulation-ready garments.')).toEqual(['FTAG dataset', 'T2P dataset']);
    // invented
    expect(kinds('We have proposed FooNet, a network for segmentation.')).toEqual(['FooNet method']);
    expect(kinds('Our method introduces no overhead at inference.')).toEqual([]);
  });

  it('does not propose a definition followed by "based", unless "based on" describes it', () => {
    // arXiv 2512.20161 and 2605.03877-like (invented)
    expect(kinds('In this paper, we have developed Bidirectional Gated Recurrent Unit (BiGRU) based PUE prediction model.')).toEqual([]);
    expect(kinds('We propose an optimal transport (OT)-based alignment for domain adaptation.')).toEqual([]);
    // arXiv 2510.19527 (tune1)
    expect(kinds('We also propose a Feature Matching Selector (FMS) based on feature correspondence to select intermediate frames.')).toContain('FMS method');
  });
});


describe('"our" and the name of the paper\'s data', () => {
  it('reads it before a data noun or in a benchmark\'s or a sized collection\'s shape, beside another proposal', () => {
    // real: 2503.18069 "After fine-tuning … on our Long1K dataset, we present our model, Long1K-32B"; 2601.00535 "and
    // our CLT-Bench show consistent gains"; 2604.14062 "Trained jointly with modality dropout on our HOI-Edit-44K"
    expect(kinds('After fine-tuning the Qwen2.5-32B-Instruct language model on our Long1K dataset, we present our model, Long1K-32B, which achieves gains.')).toContain(
      'Long1K dataset',
    );
    expect(kinds('Extensive experiments across longText-Benchmark, CVTG, and our CLT-Bench show consistent gains in text readability.')).toEqual(['CLT-Bench dataset']);
    expect(kinds('Trained jointly with modality dropout on our HOI-Edit-44K, along with object-centric datasets, OneHOI supports control.')).toEqual(['HOI-Edit-44K dataset']);
  });

  it('does not read a modality, a known name or a model without a data noun', () => {
    // real: 2603.14507 "our mmWave dataset significantly boosts the performance"; invented
    expect(kinds('Expanded with pseudo-labeled mmWave PCs, our mmWave dataset significantly boosts the performance.')).toEqual([]);
    expect(kinds('We evaluate on our EEG dataset, our MovieLens dataset and our SFT data.')).toEqual([]);
    expect(kinds('Results on our CoT-7B show gains.')).toEqual([]);
    // a size in millions is as often a model's parameters, and thousands after a model's size a context length
    expect(kinds('Our SpikeMini-25M shows strong accuracy, and our Yarn-Mistral-7B-128K shows strong recall.')).toEqual([]);
  });
});

describe('"our" and a coined name before the noun of a thing made', () => {
  it('reads it in any sentence, of the kind the noun says', () => {
    // real: 2504.00883 "our vsGRPO-2B model"; 2504.14239 "developed through our Actor2Reasoner framework"
    expect(kinds('Compared with GRPO, our vsGRPO-2B model improves accuracy on spatial reasoning.')).toEqual(['vsGRPO-2B model']);
    expect(kinds('We introduce InfiGUI-R1, an MLLM-based GUI agent developed through our Actor2Reasoner framework, a two-stage training approach.')).toContain(
      'Actor2Reasoner method',
    );
  });

  it('does not read capitals alone, a plain word at an end, a known name or "Ours"', () => {
    // real shapes: 2504.00857 "our PFL model", 2505.23912 "our RL-trained model", 2605.01789 "our Ours+DualGate model"
    // (in a sentence that proposes something else, where only this reading looks past its first proposal)
    expect(kinds('We propose FedKelp, a method for federated learning, and our PFL model and our RL-trained model converge, as does our Ours+DualGate model.')).toEqual([
      'FedKelp method',
    ]);
    expect(kinds('We use our NeRF prior and our GNN model.')).toEqual([]);
  });
});

describe('the kind an apposition gives, past a model noun that modifies', () => {
  it('reads a method where a method noun follows the word after "model"', () => {
    // real: 2601.04666 (tune21) "we propose InstruCoT, a model enhancement method for PI defense"; 2503.18938
    // "AdaWorld, an innovative world model learning approach"
    expect(kinds('To address these issues, we propose InstruCoT, a model enhancement method for PI defense that synthesizes diverse training data.')).toEqual([
      'InstruCoT method',
    ]);
    expect(kinds('To overcome this challenge, we propose AdaWorld, an innovative world model learning approach that enables efficient adaptation.')).toEqual([
      'AdaWorld method',
    ]);
  });

  it('keeps a model where the noun is the head, or its short form comes before the method noun', () => {
    // real: 2508.04655 (tune19) "X-SAM, a streamlined Multimodal Large Language Model (MLLM) framework"
    expect(kinds('To address these limitations, we present X-SAM, a streamlined Multimodal Large Language Model (MLLM) framework that extends segmentation.')).toEqual([
      'X-SAM model',
    ]);
    expect(kinds('We propose KelpLM, a language model for legal text.')).toEqual(['KelpLM model']);
    // real: 2606.26713 "LithoDreamer, the first physics-informed World Model (WM) framework"; invented: the three words
    // not in a row ("a generative model, whose approach …")
    expect(kinds('To overcome this limitation, we present LithoDreamer, the first physics-informed World Model (WM) framework for lithography.')).toEqual([
      'LithoDreamer model',
    ]);
    expect(kinds('We propose ZedGen, a generative model, whose approach is simple.')).toEqual(['ZedGen model']);
  });
});

describe('our defined name, a word of what it does, then a head noun', () => {
  it('reads it as the paper\'s own', () => {
    // real: 2507.11061 (tune58) "introduced via our Scheduled Latent Mixing and Part (SLaMP) editing method, which …";
    // 2605.05077 "with our Position-Aware Instance Pairing (PAIP) training strategy"
    expect(kinds('In particular, an anchor loss is introduced via our Scheduled Latent Mixing and Part (SLaMP) editing method, which generates images.')).toEqual(['SLaMP method']);
    expect(kinds('Moreover, with our Position-Aware Instance Pairing (PAIP) training strategy, FlowDIS offers strong controllability.')).toEqual(['PAIP method']);
  });

  it('reads no definition with two words before the head, nor one followed by no head', () => {
    // invented
    expect(kinds('An anchor loss is introduced via our Scheduled Latent Mixing and Part (SLaMP) image editing method, which works.')).toEqual([]);
    expect(kinds('An anchor loss is introduced via our Scheduled Latent Mixing and Part (SLaMP) editing of images.')).toEqual([]);
  });
});

describe('a short form written as one capitalised word after a title-case object', () => {
  it('reads it with its long form where its letters begin the long form\'s words', () => {
    // real: 2504.20938 (tune58) "We propose Low-Rank Sparse Attention (Lorsa), a sparse replacement model of Transformer
    // attention layers"; 2601.08670 "We propose Parallel Context-of-Experts Decoding (Pced), a training-free framework";
    // 2505.24544 "We present Budget EAGLE (Beagle), the first …"
    expect(named(sentence('We propose Low-Rank Sparse Attention (Lorsa), a sparse replacement method for attention layers.'))).toEqual([['Lorsa', 'method', 'Low-Rank Sparse Attention']]);
    expect(named(sentence('We propose Parallel Context-of-Experts Decoding (Pced), a training-free framework that works.'))).toEqual([['Pced', 'method', 'Parallel Context-of-Experts Decoding']]);
    expect(named(sentence('We present Budget EAGLE (Beagle), the first method to do so.'))).toEqual([['Beagle', 'method', 'Budget EAGLE']]);
  });

  it('reads no word that only starts like the first word, takes letters no word begins with, or is known', () => {
    // invented
    expect(kinds('We propose Dice Similarity Coefficient (Dice), a measure of overlap.')).toEqual([]);
    expect(kinds('We propose Causal Feature Decomposition (Catto), a method for this.')).toEqual([]);
    expect(kinds('We propose Deep Sparse Attention Transfer (Spatr), a method for this.')).toEqual([]);
    expect(kinds('We propose Low-Rank Sparse Attention (Lorsa) to address superposition.')).toEqual(['Lorsa method']);
    expect(kinds('We propose Low-Rank Sparse Attention (Lorsa) of the layers, and more.')).toEqual([]);
    expect(kinds('We propose Low-Rank Adaptation (Lora), a method for tuning.')).toEqual([]);
  });
});

describe('a second defined object joined by "and" after a proposal verb', () => {
  it('reads both definitions as the verb\'s objects', () => {
    // real: 2604.08461 (tune57) "we introduce a Structure-Aware Encoder (SAE) and a Structure-Modulated Decoder (SMD) to
    // …"; 2511.09891 "we propose a Scale-Aware Relay Layer (SARL) and a Scale-Adaptive Loss (SAL) for tiny object
    // detection"
    expect(kinds('Specifically, we introduce a Structure-Aware Encoder (SAE) and a Structure-Modulated Decoder (SMD) to activate boundary features.')).toEqual(['SAE method', 'SMD method']);
    expect(kinds('To tackle these issues, we propose a Scale-Aware Relay Layer (SARL) and a Scale-Adaptive Loss (SAL) for tiny object detection.')).toEqual(['SARL method', 'SAL method']);
    // (a lead word before the second: 2507.05108 "we present a full-page HDR dataset (FPHDR) and a novel automated HDR
    // solution (AutoHDR)", whose long form is then among its names)
    const found = extractPaper({ key: 'p', title: 'A study', abstract: 'To fill this gap, we present a full-page HDR dataset (FPHDR) and a novel automated HDR solution (AutoHDR). Experiments demonstrate AutoHDR\'s remarkable performance.' });
    expect(found.find((m) => m.label === 'AutoHDR')?.aliases).toContain('automated HDR solution');
  });

  it('reads no second definition that is not the object, nor one the checks of the first reject', () => {
    // invented: a definition after "and" that is not right after its article; one that only modifies another noun
    expect(kinds('We introduce a Structure-Aware Encoder (SAE) and evaluate it with a Structure-Modulated Decoder (SMD).')).toEqual(['SAE method']);
    expect(kinds('We introduce a Structure-Aware Encoder (SAE) and the output of a Structure-Modulated Decoder (SMD).')).toEqual(['SAE method']);
    expect(kinds('We introduce a Structure-Aware Encoder (SAE) and a Most Probable Mode (MPM) list for decoding.')).toEqual(['SAE method']);
    expect(kinds('We introduce a Structure-Aware Encoder (SAE) and a Kullback-Leibler (KL) divergence term.')).toEqual(['SAE method']);
  });
});

describe('the kind an apposition gives, past a method noun that modifies a model noun', () => {
  it('reads a model where a method noun, or it and one more noun, stands before a model noun', () => {
    // real: 2504.00891 (tune57) "we introduce GenPRM, a generative process reward model that performs …"; 2508.15144
    // "GUI-Owl, a foundational GUI agent model"; 2603.09551 "a token-level process reward model (PRM) that provides …"
    expect(kinds('In this work, we introduce GenPRM, a generative process reward model that performs explicit reasoning.')).toEqual(['GenPRM model']);
    expect(kinds('We present GUI-Owl, a foundational GUI agent model that achieves state-of-the-art results.')).toEqual(['GUI-Owl model']);
    expect(kinds('Building upon this dataset, we train GeoPRM, a token-level process reward model (PRM) that provides granular feedback.')).toContain('GeoPRM model');
  });

  it('keeps a method where the model noun is a verb\'s object, plural, after a function word, or only a modifier', () => {
    // real: 2603.02479 "PRISM, a Process Reward Model (PRM)-guided inference algorithm"; 2603.25716 "Hybrid Memory, a
    // novel paradigm requiring models to …"; the others invented
    expect(kinds('We propose PRISM, a Process Reward Model (PRM)-guided inference algorithm that uses verification.')).toEqual(['PRISM method']);
    expect(kinds('We propose KelpNav, a process reward model-based search method for planning.')).toEqual(['KelpNav method']);
    expect(kinds('To address this, we introduce Hybrid Memory, a novel paradigm requiring models to act as archivists.')).toEqual(['Hybrid Memory method']);
    expect(kinds('We propose KelpPlan, a framework leveraging LLMs for planning.')).toEqual(['KelpPlan method']);
    expect(kinds('We propose KelpRoute, a routing policy models can follow.')).toEqual(['KelpRoute method']);
    expect(kinds('We propose KelpFlow, a framework and model for planning.')).toEqual(['KelpFlow method']);
    expect(kinds('We propose KelpAttack, an attack exploiting model outputs.')).toEqual(['KelpAttack method']);
    expect(kinds('We propose KelpNav, a process reward model based search method.')).toEqual(['KelpNav method']);
  });
});

describe("the twenty-first round's model kinds", () => {
  it('reads a model from a family of models described at length, a family of networks, and "propose X as … model"', () => {
    // (2603.16606, 2510.20092, 2509.13508; the others invented)
    expect(kinds('We introduce OmniSONAR, a new family of omnilingual, cross-lingual and cross-modal sentence embedding models that embed text.')).toEqual(['OmniSONAR model']);
    expect(kinds('Building on ATConv, we introduce AttNet, a CNN family that can attain 84.4% top-1 accuracy.')).toContain('AttNet model');
    expect(kinds('We present Quillformer, a vision transformer series for dense prediction.')).toEqual(['Quillformer model']);
    expect(kinds('We also propose U-FunKAN as state-of-the-art binary medical segmentation model with benchmarks on three datasets.')).toEqual(['U-FunKAN model']);
    expect(kinds('We introduce MEDS (Math Education Digital Shadows) as a dataset mapping how language models reason.')).toEqual(['MEDS dataset']);
  });

  it('reads the paper\'s own model noun before the name, and a title name the abstract writes with a space', () => {
    // (2505.02835, 2602.21735, 2602.21818)
    expect(kinds('We build a dataset. Our reward model, R1-Reward, trained with StableReinforce, improves results.')).toContain('R1-Reward model');
    expect(kinds('Building on this idea, we introduce a new vision-language model: SigVLP. In SigVLP, we use RoPE.', 'SigVLP: Sigmoid Volume-Language Pre-Training')).toEqual(['SigVLP model']);
    expect(kinds('SkyReels V4 is a unified multi modal video foundation model for joint video audio generation.', 'SkyReels-V4: Multi-modal Video-Audio Generation, Inpainting and Editing model')).toEqual(['SkyReels-V4 model']);
  });

  it('does not read a model from another verb\'s "as", a mixture deep in the apposition, or a model noun about another name', () => {
    // (2602.16488, 2506.13192, 2606.07720, 2506.02882)
    expect(kinds('We formulate social meta-learning (SML) as a finetuning methodology, training LLMs to solicit feedback.')).not.toContain('SML model');
    expect(kinds('A novel framework called LADDER is proposed, combining Chain-of-Thought (CoT) reasoning, Mixture of Experts (MoE) models, and sampling.')).not.toContain('LADDER model');
    expect(kinds('We propose AGCLR, a curriculum. Using GPT-2 as our base model, AGCLR achieves consistent improvements.')).toEqual(['AGCLR method']);
    expect(kinds('We propose GaRA, a gated rank adaptation. Our model, GaRA-SAM, outperforms prior work.')).toContain('GaRA method');
  });
});

describe('the passive proposal with the name in commas or before the head noun, and a metric named after its noun', () => {
  it('reads "A new dataset, X, is presented" and "The Long Form (X) framework is proposed"', () => {
    // (2509.19378; the third invented)
    expect(kinds('A new dataset, Kamino, is presented with almost 12,000 images from an operating vehicle.')).toEqual(['Kamino dataset']);
    expect(kinds('The Configurable Modular Segmentation Network (CMSNet) framework is proposed, facilitating different arrangements.')).toEqual(['CMSNet method']);
    expect(kinds('Then, a new benchmark, QuillBench-Pro, was introduced for evaluation.')).toEqual(['QuillBench-Pro dataset']);
  });

  it('does not read a known name, a plain word after a method noun, or a clause that is not the subject', () => {
    expect(kinds('A new dataset, ImageNet, is presented with labels.')).toEqual([]);
    expect(kinds('A simple method, Dropout, is presented as a baseline.')).toEqual([]);
    expect(kinds('We study how the Configurable Network (CNet) framework is proposed by others.')).toEqual([]);
  });

  it('reads a coined name after "a … metric"', () => {
    // (2510.18083)
    expect(kinds('We also introduce an objective metric PartEval to assess the fidelity of generation pipelines.')).toEqual(['PartEval method']);
  });
});

describe('new data named right after its head noun', () => {
  it('reads the name whatever follows it, and a name a lexicon knows (the paper that made it)', () => {
    // (2506.20747, 2508.13911, 2601.05244, 2505.04281)
    expect(kinds('In this paper, we introduce a new benchmark LUCARIO and a framework for probabilistic QA.')).toEqual(['LUCARIO dataset']);
    expect(kinds('We introduce a new dataset PhysAssets of over 24,000 3D assets.')).toEqual(['PhysAssets dataset']);
    expect(kinds('We construct the first large-scale GREx dataset gRefCOCO that contains multi-target expressions.')).toContain('gRefCOCO dataset');
    expect(kinds('Additionally, a novel dataset, QID, is constructed, featuring quantifiable illumination levels.')).toEqual(['QID dataset']);
  });

  it('does not read data that is not marked new, nor data the new work is based on', () => {
    // (2505.07856)
    expect(kinds('We create a new benchmark based on task-oriented dataset MultiEmo, enabling identification.')).toEqual([]);
    expect(kinds('We introduce the benchmark MMLU and report results.')).toEqual([]);
  });
});

describe('a passive proposal after a fronted phrase', () => {
  it('reads the name that opens the clause after a comma', () => {
    // (2510.05657 "In this paper, ARGUS is introduced …"-like; invented)
    expect(kinds('In this work, FooBar is introduced to combine retrieval and planning.')).toEqual(['FooBar method']);
    expect(kinds('We study how the analysis of FooBar is presented in prior work.')).toEqual([]);
  });

  it('reads a capitalised long form and its short form made in the passive, whatever its last word, not a task nor the background\'s', () => {
    // real: tune60 2510.25014 "To this end, Autoregressive State-Tracking Prompting (ASTP) is introduced, a methodology …",
    // tune54 2506.21655 "For negative samples, Suboptimal Trajectory Complexity Regularization (STCR) is proposed"
    expect(kinds('Trading is hard. To this end, Autoregressive Harbor-Tracking Prompting (AHTP) is introduced, a methodology centered on a prompt.')).toEqual(['AHTP method']);
    expect(kinds('Ports are busy. For negative samples, Suboptimal Berth Complexity Regularization (SBCR) is proposed to penalize detours.')).toEqual(['SBCR method']);
    // real: 2606.08144 "Composed Video Retrieval (CVR) is designed to …", 2505.13043 "Cross-domain Gaze Estimation (CDGE) is
    // developed": a task; 2603.06590 "The Abstraction and Reasoning Corpus (ARC) was designed to …": the background's
    expect(kinds('Ports are busy. Composed Harbor Retrieval (CHR) is designed to find ships.')).toEqual([]);
    expect(kinds('Ports are busy. To adapt, Cross-domain Berth Estimation (CDBE) is developed.')).toEqual([]);
    expect(kinds('Ports are busy. The Harbor Reasoning Corpus (HRC) was designed to measure skills.')).toEqual([]);
    // nor in the past tense, the first sentence, or a lower-case long form that names no part (real: 2602.09438 "To
    // mitigate this issue, Difficulty-Adaptive Self-Consistency (DSC) was proposed to reduce …", 2505.20704 "Wild
    // Test-Time Adaptation (WTTA) is proposed to adapt a source model …" opening the abstract, 2504.01648
    // "Class-incremental learning (CIL) is designed to address …"); a part's lower-case head is read (2504.12314 "the
    // Hallucination Reduction Post-processing stage (HRPP) is proposed")
    expect(kinds('Ports are busy. To mitigate this, Difficulty-Adaptive Berth-Consistency (DBC) was proposed to reduce waits.')).toEqual([]);
    expect(kinds('Wild Test-Time Berthing (WTB) is proposed to adapt a port to unseen ships. We study it.')).toEqual([]);
    expect(kinds('Ports are busy. Class-incremental berthing (CIB) is designed to address forgetting.')).toEqual([]);
    expect(kinds('Ports are busy. Furthermore, the Hallucination Reduction Post-processing stage (HRPS) is proposed to alleviate errors.')).toEqual(['HRPS method']);
    // nor a concept the paper defines (real: tune55 2605.06619 "Further, the concept of Majority Understandable
    // Modulation (MUM) is introduced and defined as …")
    expect(kinds('Ports are busy. Further, the concept of Majority Understandable Berthing (MUB) is introduced and defined as a level.')).toEqual([]);
    // a known name is the background's (real, in the past tense: 2506.03737 "Therefore, Rotary Positional Encoding (RoPE)
    // was proposed to alleviate these issues")
    expect(kinds('Ports are busy. Therefore, Rotary Positional Encoding (RoPE) is introduced to alleviate these issues.')).toEqual([]);
  });
});

describe('"X, a …" after a verb of use', () => {
  it('is someone else\'s, unless the apposition calls it new', () => {
    // (2503.19501, 2603.07372; the last invented)
    expect(kinds('For pose detection, we leverage MediaPipe, a lightweight and efficient framework that enables real-time processing.')).toEqual([]);
    expect(kinds('To address this, we adopt ALOPE, a framework for LLM-based QE that uses LoRA.')).toEqual([]);
    expect(kinds('We use FooLM, a new 7B-parameter language model we trained, as the backbone.')).toEqual(['FooLM model']);
  });
});

describe('a proposal named with a count in thousands', () => {
  it('is data, one node whatever reading finds it; a resolution is not a count', () => {
    // (2511.04670 "VSI-590K", 2503.18352 "Diffusion-4K"; the first invented)
    expect(kinds('We introduce FooBench-1K and FooBench-10K, two splits of varying size.')).toEqual(['FooBench-1K dataset', 'FooBench-10K dataset']);
    expect(kinds('We build VSI-590K, a spatial instruction corpus.')).toEqual(['VSI-590K dataset']);
    expect(kinds('We present Diffusion-4K, a framework for ultra-high-resolution synthesis.')).toEqual(['Diffusion-4K method']);
  });
});

describe('the passive proposal of a capitalised long form that ends in its head noun', () => {
  it('reads "a … Network (X) is proposed" and a defined part made in the passive', () => {
    // (2507.03903, 2505.14718; the third invented)
    expect(kinds('In this study, a Down-Up Sampling Network (DUS-Net) is proposed to reconstruct high-precision point clouds.')).toEqual(['DUS-Net method']);
    expect(kinds('In this work, a Shape-Aware Efficient Network (SPENet) is proposed, which focuses on the shapes of objects.')).toEqual(['SPENet method']);
    expect(kinds('To address these challenges, the Infrared-Visible Maritime Ship Dataset (IVMSD) is proposed to cover scenarios.')).toEqual(['IVMSD dataset']);
  });

  it('does not read a long form the background introduced, after "the" in the past tense, nor a class of network', () => {
    // (2606.23471, 2603.08108)
    expect(kinds('The Block Decomposition Method (BDM) was introduced as an alternative to popular lossless compression methods.')).toEqual([]);
    expect(kinds('Then the Network Transport Model (NTM) was introduced to fill this gap.')).toEqual([]);
    expect(kinds('Then, a Long Short-Term Memory (LSTM) network is introduced to model time.')).toEqual([]);
  });
});

describe('a name after the verb in apposition with "the first …"', () => {
  it('reads it as "a …" is read, and a coined name before a data head is the coined name', () => {
    // (2509.22631, 2503.23439, 2602.10384)
    expect(kinds('We introduce Labeling Copilot, the first data curation deep research agent for computer vision.')).toEqual(['Labeling Copilot method']);
    expect(kinds('In this paper, we introduce the ETD Dataset, the first public dataset for end-turn detection.')).toEqual(['ETD dataset']);
    expect(kinds('We introduce Multimodal Finance Eval, the first multimodal benchmark for evaluating French financial documents.')).toEqual(['Multimodal Finance Eval dataset']);
  });

  it('does not read a task the apposition names', () => {
    expect(kinds('We introduce Visual Grounding, the first task of its kind in this setting.')).toEqual([]);
  });
});

describe('an enumerated object of the verb', () => {
  it('reads each marked item as the verb\'s object', () => {
    // (2602.12401, 2603.24768)
    expect(kinds('At generation time, we introduce (iv) Diffusion-based Test time Adaptation (DiffTTA) to adapt the generator, and (v) Diffusion-based Test time Generation (DiffGen) to trace the path.')).toEqual(['DiffTTA method', 'DiffGen method']);
    expect(kinds('In this work, we propose (1) a novel Self-Regulation Loop (SRL), in which the agent self-regulates, and (2) a novel Co-Regulation Design Agentic Loop (CRDAL), in which another agent assists.')).toEqual(['SRL method', 'CRDAL method']);
  });

  it('reads no later mark without a first one after the verb', () => {
    expect(kinds('We study robustness, and (2) FooNet-X fails on long inputs.')).toEqual([]);
  });
});

describe('a name opening the sentence, described in apposition, then made in the passive', () => {
  it('reads it with the apposition as its description', () => {
    // (2604.08212; the second invented)
    expect(kinds('PaveInstruct, a dataset containing 278,889 image-instruction pairs spanning 32 task types, was created by unifying annotations from nine datasets.')).toEqual(['PaveInstruct dataset']);
    expect(kinds('FooNet, a lightweight detection network, is proposed to detect cracks.')).toEqual(['FooNet method']);
  });

  it('does not read a known name, someone else\'s, or a verb of evaluation', () => {
    expect(kinds('BERT, a language model, was introduced by Google.')).toEqual([]);
    expect(kinds('FooNet, a classic detection network, was developed for cracks.')).toEqual([]);
    expect(kinds('PaveGPT, a pavement foundation model trained on this dataset, was evaluated against other models.')).toEqual([]);
  });
});

describe('the first mark of an enumerated list between the subject and the verb of a proposal', () => {
  it('leaves the verb a proposal verb', () => {
    // real: 2510.17476 (tune31)
    expect(kinds('We (i) constructed Multilingual Wiki Health Care (MultiWikiHealthCare), a multilingual dataset from Wikipedia; (ii) analyzed coverage.')).toEqual(['MultiWikiHealthCare dataset']);
    // real: 2507.23334 "we (1) propose MusWikiDB, a music-specialized vector database for the retrieval"
    expect(kinds('To optimize RAG for the music domain, we (1) propose MusWikiDB, a music-specialized vector database for retrieval.').map((k) => k.split(' ')[0])).toEqual(['MusWikiDB']);
    // (a number or a letter as the mark too; invented)
    expect(kinds('We (1) propose FooNet for segmentation and (2) evaluate it on COCO.')).toEqual(['FooNet method']);
    expect(kinds('We (a) propose FooNet for segmentation and (b) evaluate it on COCO.')).toEqual(['FooNet method']);
    // (a later mark is no subject's: "(ii) analyzed" follows no "we")
    expect(kinds('We study coverage: (ii) constructed Multilingual Wiki Health Care (MultiWikiHealthCare), a dataset.')).toEqual([]);
  });
});

describe('a sentence whose subject is a name the paper proposes', () => {
  it('reads the names its coining verb introduces, as after "we"', () => {
    // real: 2603.11498 (tune8), 2605.14876 (tune30), 2504.00870 (tune44)
    expect(kinds('We propose ActiveFreq, a novel interactive segmentation framework. ActiveFreq introduces AcSelect, an autonomous module that prioritizes the most informative mislabeled regions.')).toEqual([
      'ActiveFreq method',
      'AcSelect method',
    ]);
    expect(kinds('We present CLVR, a unified framework. CLVR introduces an automated data engine with step-level visual verification, and proposes Proxy Prompt Reinforcement Learning (PPRL) to resolve long-context optimization instabilities.')).toEqual([
      'CLVR method',
      'PPRL method',
    ]);
    expect(kinds('This paper proposes DiffDFKD, a novel approach. Secondly, to reduce computational burdens, DiffDFKD introduces Latent CutMix Augmentation, an efficient technique, to enhance the diversity of images.')).toEqual([
      'DiffDFKD method',
      'Latent CutMix Augmentation method',
    ]);
    // (after an adverb, and "the" and a head noun; invented; a part, "a … Gating Unit (CSGU)", is left to the main one
    // as after "we")
    expect(kinds('We propose FooNet for segmentation. Specifically, the FooNet framework designs a Cross-Scale Gating Strategy (CSGS) to fuse features.')).toEqual(['FooNet method', 'CSGS method']);
    expect(kinds('We propose FooNet for segmentation. Specifically, the FooNet framework designs a Cross-Scale Gating Unit (CSGU) to fuse features.')).toEqual(['FooNet method']);
  });

  it('reads nothing after a subject the paper does not propose, a known one, or a verb that takes others\' work', () => {
    // (invented)
    expect(kinds('We study segmentation. FooNet introduces AcSelect, a module that prioritizes regions.')).toEqual([]);
    expect(kinds('We study segmentation. BERT introduces Masked Token Prediction (MTP), a pretraining task.')).toEqual([]);
    expect(kinds('We propose FooNet, a segmentation framework. FooNet employs AcSelect, a module that prioritizes regions.')).toEqual(['FooNet method']);
    // ("presents" after a system's name mostly reports; from the review)
    expect(kinds('We propose FairRank, a ranking framework. FairRank presents NDCG improvements of 4 points over baselines.')).toEqual(['FairRank method']);
  });
});

describe('data named before a proposal\'s name', () => {
  it('makes a proposal data when its long form ends in a data head or a data noun names it', () => {
    // real: 2504.07646 (tune5), 2506.21132 (tune11), 2603.12663 (tune16), 2601.05244 (tune20)
    expect(kinds('To assess LLM performance, we created the Reasoning and Answering Temporal Ability dataset (RATA), featuring semi-structured anonymized data.')).toEqual(['RATA dataset']);
    expect(kinds('We generate low-light RAW images to comprise a large-scale paired dataset named See-in-the-Extremely-Dark (SIED) to benchmark low-light RAW image enhancement.')).toEqual(['SIED dataset']);
    expect(kinds('First, we construct a large-scale outdoor place dataset named Multi-modal Panoramic 3D Outdoor (MPO) comprising two types of point clouds.')).toEqual(['MPO dataset']);
    expect(kinds('This paper introduces three new benchmarks called Generalized Referring Expression Segmentation (GRES), Comprehension (GREC), and Generation (GREG).')[0]).toBe('GRES dataset');
  });

  it('reads a set held out to test on as data, not a test set the name acts on', () => {
    // real: 2606.16011 (tune38), 2505.23001 (tune44)
    expect(kinds('We further construct MaxFlip, a curated challenge set that amplifies flips by up to +23.6pp.')).toEqual(['MaxFlip dataset']);
    expect(kinds('In this work, we introduce DyePack, a framework that leverages backdoor attacks to identify models that used benchmark test sets during training.', 'DyePack: Provably Flagging Test Set Contamination in LLMs Using Backdoors')).toEqual(['DyePack method']);
  });

  it('leaves a method named after a method noun a method', () => {
    // (invented: no data noun before the name)
    expect(kinds('We propose a novel framework named Cross-Scale Gating Fusion (CSGF) to fuse features.')).toEqual(['CSGF method']);
  });

  it('leaves the kind to an apposition that says it, and to the noun a data phrase completes (from the review)', () => {
    // (invented)
    expect(kinds('We propose the Hierarchical Memory Database (HMD), a memory architecture for long-horizon agents.')).toEqual(['HMD method']);
    expect(kinds('We present the Language Model Testbed (LMT), an open-source library for evaluation.')).toEqual(['LMT method']);
    expect(kinds('We propose an approach to condense a large training dataset, called DataCond, which keeps accuracy.')).toEqual(['DataCond method']);
    expect(kinds('We build a dense retriever trained on a synthetic dataset, called SynRet, that ranks passages.')).toEqual(['SynRet method']);
    expect(kinds('We introduce ProbeKit, a probing set of linear classifiers for analysis.')).toEqual(['ProbeKit method']);
  });

  it('reads one plain capitalised word between the verb\'s "the" and a data head as the data the paper makes', () => {
    // real: 2503.20000, 2508.19035, 2602.20976 (2025-26 corpus)
    expect(kinds('We release the Coralscapes dataset, the first general-purpose dense semantic segmentation dataset for coral reefs.')).toEqual(['Coralscapes dataset']);
    expect(kinds('Leveraging this idea, we build the Oracle benchmark which comprises 6 types of black-box task and 96 black-boxes.')).toEqual(['Oracle dataset']);
    // invented: after "a" it is one of a kind; a language, a field or a kind of data; a word of a longer title-case name
    expect(kinds('We construct a Butterfly dataset to test it.')).toEqual([]);
    expect(kinds('We present the Japanese benchmark and the Clinical dataset.')).toEqual([]);
    expect(kinds('We build the Financial dataset to test it.')).toEqual([]);
    // (from the review) a place after the head is no word of the name
    expect(kinds('We release the Coralscapes dataset on Hugging Face.')).toEqual(['Coralscapes dataset']);
    expect(kinds('We construct the Omnibus Dataset for Multimodal News Deception (OmniFake), a benchmark of 127K samples.')).toEqual(['OmniFake dataset']);
  });

  it('reads each name of a list the verb introduces with a count after it, of the kind its plural head says', () => {
    // real: 2503.18705, 2507.18925, 2605.27997, 2504.05747 (2025-26 corpus)
    expect(kinds('To address these issues, we introduce PolarNS and PolarBurstSR, two innovative datasets developed specifically for polarization.')).toEqual(['PolarNS dataset', 'PolarBurstSR dataset']);
    expect(kinds('To address this, we introduce LLVIP-C and FLIR-C, two cross-modality out-of-distribution (OOD) benchmarks built by corrupting images.')).toEqual(['LLVIP-C dataset', 'FLIR-C dataset']);
    expect(kinds('We introduce Meow2X and TRNE, two complementary retraining-free frameworks that localize toxicity.')).toEqual(['Meow2X method', 'TRNE method']);
    expect(kinds('We introduce Llama-SEA-LION-v3-8B-IT and Gemma-SEA-LION-v3-9B-IT, two cutting-edge multilingual LLMs designed for SEA languages.')).toEqual(['Llama-SEA-LION-v3-8B-IT model', 'Gemma-SEA-LION-v3-9B-IT model']);
    // invented: three of them; a count that does not match; names the lexicons know are others' work
    expect(kinds('We propose FooA, FooB and FooC, three new benchmarks.')).toEqual(['FooA dataset', 'FooB dataset', 'FooC dataset']);
    expect(kinds('We propose FooA and FooB, three new benchmarks.')).toEqual(['FooA method']);
    expect(kinds('We present FooA and Llama-2, two strong models.')).toEqual(['FooA method']);
    // (from the review) others' things, described as such; more plural heads, kinds given as kinds
    expect(kinds('We present FooA and FooB, two of the most widely used benchmarks.')).toEqual(['FooA method']);
    expect(kinds('We introduce FooA and FooB, two new splits.')).toEqual(['FooA dataset', 'FooB dataset']);
    expect(kinds('We introduce FooA and FooB, two complementary approaches.')).toEqual(['FooA method', 'FooB method']);
  });

  it('reads a proposal an apposition calls a subset of data as data', () => {
    // real: 2606.17449 (tune47), 2606.18885, 2605.03596 (2025-26 corpus)
    expect(kinds('To objectively evaluate our approach, we introduce ModeVent, a challenging subset derived from the MultiVent dataset.')).toEqual(['ModeVent dataset']);
    expect(kinds('We further provide Workspace-Bench-Lite, a 100-task subset that preserves the benchmark distribution.')).toEqual(['Workspace-Bench-Lite dataset']);
    // real: 2510.26384: a subset as the modifier of a method's noun, in a title cut after it
    expect(kinds('We instantiate this approach via a novel method, Scales++, where data selection is based on the cognitive demands.', 'Scales++: Compute Efficient Evaluation Subset Selection with Cognitive Scales Embeddings')).toEqual(['Scales++ method']);
    expect(kinds('We propose SubSel, a subset selection method for fast evaluation.')).toEqual(['SubSel method']);
    // (from the review) "a subset of": data, unless of a model's parts
    expect(kinds('In addition, we release GoldenSwag, a corrected subset of HellaSwag, which facilitates evaluation.')).toEqual(['GoldenSwag dataset']);
    expect(kinds('We propose HeadSel, a subset of attention heads that drive reasoning.')).toEqual(['HeadSel method']);
  });

  it('reads a coined name in apposition with "our" data as data the paper makes', () => {
    // real: 2509.26644 (tune48), 2603.17583, 2504.09602 (2025-26 corpus)
    expect(kinds('We evaluate Stitch on PosEval, our benchmark for position-based T2I generation.')).toEqual(['PosEval dataset']);
    expect(kinds('On E2A-Bench, our benchmark of 63 editing tasks across 9 indoor environments, it wins.')).toEqual(['E2A-Bench dataset']);
    // invented after 2504.06920 and 2506.15978: an example or a source before it; "our dataset" the subject of a clause
    expect(kinds('Drawing from government providers such as GeoServX, our corpus of tiles was merged.')).toEqual([]);
    expect(kinds('Building on the public WikiVN2 dump, CorpusX, our dataset comprises 15,942 documents.')).toEqual([]);
  });

  it('reads a name given with "termed as", "dubbed as", "named as" like one given without "as"', () => {
    // real: 2503.17017 (tune49), 2506.17218, 2507.06606, 2504.20041 (2025-26 corpus)
    expect(kinds('We target specifying what is known for MLCIL and propose a novel framework termed as HCP.')).toEqual(['HCP method']);
    expect(kinds('To this end, we present a Machine Mental Imagery framework, dubbed as Mirage, which augments VLM decoding.')).toEqual(['Mirage method']);
    expect(kinds('We propose a novel spatial-spectral omni-fusion network for hyperspectral image segmentation, named as Omni-Fuse.')).toEqual(['Omni-Fuse method']);
    // not what others call a thing: "commonly termed as"
    expect(kinds('This effect, commonly termed as Catastrophic Forgetting, limits continual learning.')).toEqual([]);
    // real: 2504.10558, 2602.12566 (2025-26 corpus): a name given anywhere in the abstract; not one it "has been termed"
    expect(kinds('We couple the two branches. The resulting tightly interlinked architecture, named as LCDNet.')).toEqual(['LCDNet method']);
    expect(kinds('This project is named as M2RL that means mixed multi-task training for reinforcement learning.')).toEqual(['M2RL method']);
    expect(kinds('This phenomenon has been termed as Image-induced Fidelity Loss (IFL) and stems from limited data.')).toEqual([]);
  });

  it('reads the authors as the object of what moved them to propose', () => {
    // real: 2505.11405 (tune49), 2505.14608, 2506.16673, 2505.15870 (2025-26 corpus)
    expect(kinds('As a byproduct, these findings inspire us to propose the PEP-MEK framework, which yields gains in emotion hallucination detection.')).toEqual(['PEP-MEK method']);
    expect(kinds('This observation encourages us to introduce AURA, a metric that estimates the overlap between distributions.')).toEqual(['AURA method']);
    expect(kinds('This inspires us to design a novel data generator, GlODGen, which can generate OD flow data for any city.')).toEqual(['GlODGen method']);
    expect(kinds('These gaps remain, inspiring us to propose TimeWeaver, a framework for time series.')).toEqual(['TimeWeaver method']);
    // not a subject that is not the authors, nor a verb the authors do not do
    expect(kinds('These findings inspire researchers to propose ToolX, a framework for agents.')).toEqual([]);
    expect(kinds('This helps us to understand CoolNet, a network for images.')).toEqual([]);
  });

  it('reads a second name joined to the verb\'s object by "and", with no apposition of its own', () => {
    // real: 2605.19995 (tune23), 2603.08403 (tune40), 2506.04557 (tune46), 2605.18645 (tune39)
    expect(kinds('We further introduce CogReasonBench and CogControlBench, built from professional workflows data.')).toEqual(['CogReasonBench dataset', 'CogControlBench dataset']);
    expect(kinds('We further introduce the ActWM-Dataset and ActWM-Bench for training and evaluation.')).toEqual(['ActWM-Dataset dataset', 'ActWM-Bench dataset']);
    expect(kinds('Based on this data, we develop SSA-COMET and SSA-COMET-QE, improved reference-based and reference-free metrics.').map((k) => k.split(' ')[0])).toEqual(['SSA-COMET', 'SSA-COMET-QE']);
    // not a name the verb does not take, nor one whose phrase goes on, nor a known one
    expect(kinds('We propose GraphX and compare it with GCN and GAT.')).toEqual(['GraphX method']);
    expect(kinds('We introduce GraphX and DeepSeek-R1 outputs for comparison.')).toEqual(['GraphX method']);
    expect(kinds('We introduce GraphX and GSM8K, for training.')).toEqual(['GraphX method']);
    // real: 2604.14858 (tune26): a pair counted "two" is read; 2606.00683: a dotted size is part of the name
    expect(kinds('This report presents ATBench-Claw and ATBench-CodeX, two domain-customized extensions that carry ATBench further.')).toEqual(['ATBench-Claw method', 'ATBench-CodeX method']);
    expect(kinds('We release OCC-RAG-0.6B and OCC-RAG-1.7B, both mid-trained on this corpus.').map((k) => k.split(' ')[0])).not.toContain('OCC-RAG-1');
  });

  it('reads a name alone in parentheses after the data noun of the verb\'s object as a data set the paper makes', () => {
    // real: 2503.24374, 2505.04488 (2025-26 corpus)
    expect(kinds('We show that it generalizes and introduce a new benchmark dataset (MSVS-1M) for latent view synthesis.')).toEqual(['MSVS-1M dataset']);
    expect(kinds('First, we construct a benchmark dataset (VisAssistDaily), covering three categories of assistive tasks.')).toEqual(['VisAssistDaily dataset']);
    // not others' data, nor a phrase that goes on past the object (real: 2508.21809, 2503.13969)
    expect(kinds('We propose to annotate an existing large-scale segmentation dataset (SAV) with pseudo object captions.')).toEqual([]);
    expect(kinds('In this paper, we propose the effectiveness of using a synthetic dataset (SoccerSynth-Field) for field detection.')).toEqual([]);
    // invented: the object described as others' data
    expect(kinds('For evaluation, we present the existing public benchmark (LinguaX-9) and our analysis.')).toEqual([]);
  });

  it('gives names listed before an apposition of several things the kind it says, each of them', () => {
    // real: 2508.07785 (tune55), 2507.05517, 2606.15079, 2606.24716 (2025-26 corpus)
    expect(kinds('Building on this architecture, we present GroveMoE-Base and GroveMoE-Inst, 33B-parameter LLMs developed by upcycling.')).toEqual(['GroveMoE-Base model', 'GroveMoE-Inst model']);
    expect(kinds('To support further research, we release SYNUR and SIMORD, the first open-source datasets for medical order extraction.')).toEqual(['SYNUR dataset', 'SIMORD dataset']);
    expect(kinds('In this report, we present Ling-2.6 and Ring-2.6, a family of models designed to address this challenge at scale.')).toEqual(['Ling-2.6 model', 'Ring-2.6 model']);
    expect(kinds('To enable this evaluation in vision, we construct synCUB and synCOCO, synthetic benchmarks of paired images.')).toEqual(['synCUB dataset', 'synCOCO dataset']);
    // not an apposition of one thing, which is the last name's alone
    expect(kinds('We propose FooNet and FooData, a large dataset of street images.')).toEqual(['FooNet method', 'FooData dataset']);
  });

  it('reads data named and claimed as a record "to date" as the paper\'s own, wherever the sentence names it', () => {
    // real: 2508.07863 (tune42), 2504.04377, 2509.06907 (2025-26 corpus)
    expect(kinds('Our approach is built upon HuMo100M, the largest and most comprehensive human motion dataset to date, comprising 5 million sequences.')).toEqual(['HuMo100M dataset']);
    expect(kinds('POLYGUARD is trained on POLYGUARDMIX, the largest multilingual safety training corpus to date containing 1.91M samples.')).toContain('POLYGUARDMIX dataset');
    // not others' data called the largest available, nor a known one, nor without the claim
    expect(kinds('We pretrain on ChestSet-X, the largest publicly available chest radiograph dataset to date.')).toEqual([]);
    expect(kinds('We pretrain on MIMIC-CXR, the largest chest radiograph dataset to date.')).toEqual([]);
    expect(kinds('Our approach is built upon HuMo100M, the largest human motion dataset.')).toEqual([]);
    // (from the review) nor data the sentence credits to others, nor the tail of a spaced name
    expect(kinds('We evaluate on EgoLife, the largest egocentric life-logging dataset released to date by Meta.')).toEqual([]);
    expect(kinds('Experiments on DriveLM-nuScenes, the largest driving QA benchmark to date (Sima et al., 2024), show gains.')).toEqual([]);
    expect(kinds('We start from HOI-Synth, the most diverse synthetic interaction dataset to date, released by prior work.')).toEqual([]);
    expect(kinds('Unlike Foo-Bar V2, the most diverse motion-centric benchmark to date, ours is long.')).toEqual([]);
  });

  it('reads a defined name written as a title that the abstract presents as new, even as a piece of the own method', () => {
    // real: 2505.22279 (tune47), 2503.12093 (tune49), 2503.20337, 2601.10124 (2025-26 corpus)
    expect(kinds('We propose HDGS. Central to HDGS is a novel Cascade Pearson Correlation Loss (CPCL), which aligns depths.')).toEqual(['HDGS method', 'CPCL method']);
    expect(kinds('We propose SFMNet, a detector. Our SFMNet is built on a novel Sparse Focal Modulation (SFM) module, which integrates context.')).toEqual(['SFMNet method', 'SFM method']);
    expect(kinds('To address this issue, we propose a novel and effective Progressive Focused Transformer (PFT) that links attention maps.').map((k) => k.split(' ')[0])).toEqual(['PFT']);
    // not a task it is for, a piece an approach comprises, a lower-case long form, nor a known name
    expect(kinds('To fill the gap, we introduce a new dataset for Pituitary Anatomy Segmentation (PAS).').map((k) => k.split(' ')[0])).not.toContain('PAS');
    expect(kinds('We propose a novel approach comprising Cardiac Reasoning Template (CRT) and more.').map((k) => k.split(' ')[0])).not.toContain('CRT');
    expect(kinds('We build the decoder on a novel feed-forward network (FFN) that reuses weights.').map((k) => k.split(' ')[0])).not.toContain('FFN');
    expect(kinds('It uses a new Direct Preference Optimization (DPO) variant for alignment.').map((k) => k.split(' ')[0])).not.toContain('DPO');
  });
});

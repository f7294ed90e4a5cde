import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../src/extract/index.ts';
import methodsFile from '../../../src/extract/lexicons/methods.json' with { type: 'json' };

const methods = (abstract: string, title = 'A study') =>
  extractPaper({ key: 'p', title, abstract })
    .filter((m) => m.kind === 'method')
    .map((m) => m.label)
    .sort();

describe('the methods lexicon', () => {
  it('reads multi-word technique names of case-sensitive groups in title case and lower case', () => {
    // real spellings from the 2025-26 corpus: "3D Gaussian splatting (3DGS)" (2603.09277), "Monte Carlo Tree Search"
    // in titles, "Bayesian Optimization", "Kalman Filter"
    expect(methods('We build on 3D Gaussian splatting for rendering.')).toEqual(['3D Gaussian Splatting']);
    expect(methods('A planner based on Monte Carlo Tree Search and Bayesian Optimization.')).toEqual(['Bayesian optimization', 'MCTS']);
    expect(methods('We use a kalman FILTER and thompson sampling.')).toEqual(['Kalman filter', 'Thompson sampling']);
    // the longer name of the long-forms group wins: an extended Kalman filter is EKF
    expect(methods('We use an Extended kalman FILTER and thompson sampling.')).toEqual(['EKF', 'Thompson sampling']);
  });

  it('reads techniques of the 2026-12-05 `pnpm mine --techniques` queue where a paper names them without defining them', () => {
    // real: 2605.12180 (tune14) "once commands units are successfully decoded, successive interference cancellation
    // (SIC) can be applied", and its "low-density parity-check (LDPC)--coded payload"; 2603.02522 (tune14) opens
    // "Masked Image Modeling has been one of the most popular self-supervised learning paradigms"
    expect(methods('Once commands are decoded, successive interference cancellation (SIC) can be applied.')).toEqual(['successive interference cancellation']);
    expect(methods('Each unit carries a low-density parity-check (LDPC)--coded payload; the LDPC decoder is soft.')).toEqual(['low-density parity-check']);
    expect(methods('Masked Image Modeling has been one of the most popular self-supervised learning paradigms.')).toEqual(['masked image modeling', 'self-supervised learning']);
    // invented: the acronym kept where the corpus uses it for the technique alone, a spelling, a plural
    expect(methods('We schedule with an ADMM solver and temporal convolutional networks.')).toEqual(['alternating direction method of multipliers', 'temporal convolutional network']);
    expect(methods('Agents are trained under centralised training with decentralised execution.')).toEqual(['centralized training with decentralized execution']);
    // a long form of an acronym the lexicons hold is that entry: LoRA, MMDiT
    expect(methods('We insert low-rank adapters into a multimodal diffusion transformer.')).toEqual(['LoRA', 'MMDiT']);
    // names the read gold sets contradicted are not in the group: an MLP head, gradient descent
    expect(methods('A multilayer perceptron head is trained by gradient descent.')).toEqual([]);
  });

  it('reads Gaussian process regression as its own node, past the Gaussian process inside it', () => {
    // real: "our design behaves as sequential Gaussian Process regression" (2606.06300, tune5)
    expect(methods('We show that our design behaves as sequential Gaussian Process regression.')).toEqual(['Gaussian process regression']);
    expect(methods('A Gaussian process prior over functions.')).toEqual(['Gaussian process']);
  });

  it('keeps single words of case-sensitive groups case-sensitive', () => {
    // "Adam" the optimiser, not "adam" in a name written in lower case
    expect(methods('We train with Adam.')).toEqual(['Adam optimizer']);
    expect(methods('The adam dataset of weather records.')).toEqual([]);
  });

  it('does not claim architectures that are models (Vision Transformer, ViT) as techniques', () => {
    expect(methods('Vision Transformers (ViTs) dominate; we fine-tune a vision transformer on CIFAR-10.')).toEqual([]);
  });

  it('has a lower-case alias for every multi-word alias with capitals in a case-sensitive group', () => {
    // a multi-word phrase is not an English word, so case does not disambiguate it; without the lower-case alias
    // "3D Gaussian splatting" would miss "3D Gaussian Splatting"
    const missing: string[] = [];
    for (const g of methodsFile.groups) {
      if (!g.caseSensitive) continue;
      for (const e of g.entries) {
        const aliases = e.split('|');
        for (const a of aliases) if (/ /.test(a) && !/[.&]/.test(a) && a !== a.toLowerCase() && !aliases.includes(a.toLowerCase())) missing.push(a);
      }
    }
    expect(missing).toEqual([]);
  });

  it('reads plural and spelling variants and the lower-case techniques of the 2025-26 group', () => {
    expect(methods('We elicit chains of thought and train a mixture-of-expert layer by behavioral cloning.')).toEqual(['Mixture-of-Experts', 'behavior cloning', 'chain-of-thought']);
    expect(methods('We add test-time augmentation and On-Policy Distillation to a bag-of-words baseline.')).toEqual(['bag-of-words', 'on-policy distillation', 'test-time augmentation']);
  });

  it('reads well-known techniques that abstracts name without defining them (the 5-paper group)', () => {
    // real shapes (tune2): "optimizing distinct LoRAs", "high-compression audio encoding (Q-former)", "a 3D Conditional
    // PatchGAN discriminator", "conformal risk control to abstain", "a fourth-order Runge-Kutta solver"
    expect(methods('We optimise distinct LoRAs and a Q-Former with a PatchGAN discriminator.')).toEqual(['LoRA', 'PatchGAN', 'Q-Former']);
    expect(methods('A decision layer applies conformal risk control; a fourth-order Runge-Kutta solver integrates it.')).toEqual(['conformal risk control', 'fourth-order Runge-Kutta']);
    expect(methods('We compare with BiLSTM-CRF taggers and linear discriminant analysis.')).toEqual(['BiLSTM-CRF', 'linear discriminant analysis']);
    // case matters for the single names ("film" is a word, FiLM a technique)
    expect(methods('The film was conditioned by FiLM layers.')).toEqual(['FiLM']);
  });

  it('reads the named techniques and agent frameworks accepted from the review queue', () => {
    // invented sentences with names of the last group (each in 5+ corpus papers)
    expect(methods('We optimise prompts with GEPA and route queries with a mixture of agents on OpenHands.')).toEqual(['GEPA', 'Mixture-of-Agents', 'OpenHands']);
    // a defined acronym keeps the group's short label ("representation alignment (REPA)")
    expect(methods('We add representation alignment (REPA) to the training loss.')).toEqual(['REPA']);
  });

  it('reads spelled-out and case variants of known entries', () => {
    // real (tune2): "A Twin Delayed Deep Deterministic Policy Gradient (TD3) algorithm", "an LLM-as-Judge protocol",
    // "graph retrieval-augmented generation", "audio encoding (Q-former)"
    expect(methods('A Twin Delayed Deep Deterministic Policy Gradient (TD3) algorithm controls the car.')).toEqual(['TD3']);
    expect(methods('We score answers with an LLM-as-Judge protocol and graph retrieval-augmented generation.')).toEqual(['GraphRAG', 'LLM-as-a-judge']);
    expect(methods('High-compression audio encoding (Q-former) reintroduces repetition.')).toEqual(['Q-Former']);
  });
  it('reads the established techniques the tune-set gold lists as used (counted group), and the long form of FiLM', () => {
    // invented
    expect(methods('We warp with thin-plate splines, solve by conjugate gradient and add Perlin noise.')).toEqual(['Perlin noise', 'conjugate gradient', 'thin-plate spline']);
    expect(methods('A decoder conditioned by feature-wise linear modulation, with local binary patterns as features.')).toEqual(['FiLM', 'local binary patterns']);
    // real (corpus 2504.20685, 2505.16310, 2503.20502, 2504.04185)
    expect(methods('Existing approaches usually consider extracting 3D Morphable Model (3DMM) coefficients and modeling in the 3DMM space.')).toEqual(['3D Morphable Model']);
    expect(methods('For the unpaired task, we trained it using cycle consistency loss.')).toEqual(['cycle consistency']);
    expect(methods('Visual instruction tuning (VIT) has emerged as a crucial training stage.')).toEqual(['visual instruction tuning']);
    expect(methods('By coupling an implicit neural representation (INR) network with a plug-and-play optimization scheme, we reconstruct images.')).toEqual(['implicit neural representation']);
  });
  it('reads multiple instance learning bare, in its spellings and as MIL', () => {
    // invented
    expect(methods('Slides are classified by multi-instance learning, and the MIL head is attention-based.')).toEqual(['multiple instance learning']);
    // real: "the two-stage multi-class classification (MCC) task, i.e., multiple instance learning and online
    // classification refinement" (2505.16294)
    expect(methods('The success of recent WSOD models is ascribed to two tasks, i.e., multiple instance learning and online classification refinement.')).toEqual(['multiple instance learning']);
  });
  it('reads the long forms of known acronyms as the acronym, in any capitalisation (long-forms group)', () => {
    // invented sentences; long forms as the 2025-26 corpus defines them ("Denoising Diffusion Probabilistic Models (DDPM)")
    expect(methods('We build on Denoising Diffusion Probabilistic Models and gated recurrent units.')).toEqual(['DDPM', 'GRU']);
    expect(methods('Features are explained with SHapley Additive exPlanations; frames pass a fast Fourier transform.')).toEqual(['FFT', 'SHAP']);
    // one node whichever is written
    expect(methods('A Vector Quantized Variational Autoencoder (VQ-VAE) encodes frames; the VQ-VAE codebook is small.')).toEqual(['VQ-VAE']);
  });
  it('reads the named techniques of tune11\'s gold group, and U-Net in its spellings', () => {
    // real: 2505.19679 (tune11) "… Minimum Bayes Risk decoding …"; invented sentences for the others
    expect(methods('We rerank the outputs with Minimum Bayes Risk decoding.')).toEqual(['minimum Bayes risk decoding']);
    expect(methods('The dynamics are learned by neural ODEs trained with conditional flow matching.')).toEqual(['conditional flow matching', 'neural ordinary differential equations']);
    expect(methods('Weights are compressed by Tensor Train decomposition and tuned by Differential Evolution.')).toEqual(['differential evolution', 'tensor-train decomposition']);
    expect(methods('A Lift-Splat-Shoot view transformer lifts camera features to BEV.')).toEqual(['Lift-Splat-Shoot']);
    // real: 2503.16000 (tune11) "better performance on the KTH dataset than U-net (24.5M) and LaMa (51M)"
    expect(methods('Our model is better than a U-net and a Unet baseline.')).toEqual(['U-Net']);
    // a classifier's criterion is no decoding method
    expect(methods('We derive the minimum Bayes risk classifier.')).toEqual([]);
    // plain flow matching stays itself
    expect(methods('We train with flow matching.')).toEqual(['flow matching']);
  });
  it('reads Gaussian Splatting as 3D Gaussian Splatting, one node (real: 2603.26638 (tune13) "Distortion-Aware Gaussian Splatting" and "a distortion-aware 3D Gaussian Splatting framework")', () => {
    expect(methods('We build on 3D Gaussian Splatting (3DGS).', 'Harbor-Aware Gaussian Splatting')).toEqual(['3D Gaussian Splatting']);
    expect(methods('We extend 2D Gaussian Splatting and 4DGS.')).toEqual(['2D Gaussian Splatting', '4D Gaussian Splatting']);
  });
  it('reads the named techniques of tune12\'s gold group', () => {
    // invented sentences (real: 2510.25786 (tune12) "we replace the standard greedy selection with an integer linear
    // programming formulation")
    expect(methods('Edges are selected by integer linear programming; topics come from NMF.')).toEqual(['integer linear programming', 'non-negative matrix factorization']);
    expect(methods('Answers are scored with RAGAS and prompts tuned with MIPROv2.')).toEqual(['MIPROv2', 'RAGAS']);
  });
  it('reads the named techniques and protocols of tune13\'s gold group', () => {
    // real: 2606.02001 (tune13) "… tool use through the Model Context Protocol (MCP) …"; invented sentences for the others
    expect(methods('Agents call tools through the Model Context Protocol (MCP); each MCP server is sandboxed.')).toEqual(['Model Context Protocol']);
    expect(methods('Specifications in Linear Temporal Logic are checked; images are enhanced with CLAHE.')).toEqual(['CLAHE', 'linear temporal logic']);
    expect(methods('We cast retrieval as learning-to-rank and test it by metamorphic testing.')).toEqual(['learning to rank', 'metamorphic testing']);
    expect(methods('Zero-shot detectors such as Fast DetectGPT and DetectGPT are compared.')).toEqual(['DetectGPT', 'Fast-DetectGPT']);
  });
});

import { describe, expect, it } from 'vitest';
import { aboutMaterials, formulaShaped, namesMaterial } from '../../src/extract/materials.ts';
import { extractPaper } from '../../src/extract/paper.ts';

// Real titles and sentences of a Web of Science export of a bit-patterned-media search: python-bibx
// (coreofscience/python-bibx @ bc14bde2b197c90fdb41b170abc751e125d11e2c), docs/examples/bit-pattern-savedrecs.txt,
// at the line given beside each. Machine-learning sentences are from the 2025-26 arXiv corpus (id beside each).
const WOS = {
  nanoparticles: 'Promotion of Self-Assembly Patterning of FePt Nanoparticles by Tuning the Concentration of Oleylamine/Oleic Acid Surfactants in a Coating Solution', // :7484
  mnga: '(001) oriented L1(0) phase MnGa films were grown on Cr (20 nm)/MgO(001) substrate, and Kr+ ion irradiation on the MnGa films was carried out to control their magnetic properties.', // :20464
  stack: 'Magnetization suppression in Co/Pd and CoCrPt by nitrogen ion implantation for bit patterned media fabrication', // :38496
  nanodots: 'CoPt nanodot arrays were fabricated by combining electrodeposition and electron beam lithography (EBL) for the use of bit-patterned media (BPM).', // :119
  trilayer: 'Design and Micromagnetic Simulation of Fe/L1(0)-FePt/Fe Trilayer for Exchange Coupled Composite Bit Patterned Media at Ultrahigh Areal Density', // :13114
};
// A Crossref record of a molecular-dynamics paper (DOI 10.1063/1.4938384), as recorded in Future-House/paper-qa @
// d2c3c698fdf06986aa021812ab3186d3696438d8, tests/cassettes/test_bulk_doi_search.yaml, interaction 7: its title and
// one sentence of its abstract. The paper names its compounds as formulas, none before a material noun.
const OXIDE = {
  title: 'Effect of native oxide layers on copper thin-film tensile properties: A reactive molecular dynamics study',
  sentence: 'The formed oxide layers have an amorphous structure with lower Cu-O bond-densities than bulk CuO, and a mixture of Cu2O and CuO charge character.',
};
const ML = {
  moco: 'In this paper, we extend the existing approach to enhance zero-shot learning in medical imaging by integrating Contrastive Language-Image Pre-training (CLIP) with Momentum Contrast (MoCo), resulting in our proposed model, MoCoCLIP.', // 2503.13134
  casino: 'Across three settings, Conditional Keeper Burglar (CKBG, adversarial), Mutual Friends (MF, cooperative), and CaSiNo (negotiation), BEDA consistently outperforms strong baselines.', // 2512.24885
};

describe('formulaShaped', () => {
  it('reads element symbols with counts, one of two letters', () => {
    for (const name of ['FePt', 'CoCrPt', 'SiO2', 'MgO', 'Al2O3', 'CrPt3', 'MnGa', 'CoFeB', 'Fe0.5Co0.5']) expect(formulaShaped(name), name).toBe(true);
  });
  it('refuses words, acronyms and lone symbols (invented and real)', () => {
    for (const name of ['Yes', 'She', 'BERT', 'CNN', 'GAN', 'Co', 'Fe', 'ResNet', 'LLaMA', 'GPT-4', 'Pt-P']) expect(formulaShaped(name), name).toBe(false);
  });
});

describe('aboutMaterials', () => {
  it('sees a layer stack or a formula before a material noun', () => {
    expect(aboutMaterials(WOS.stack)).toBe(true);
    expect(aboutMaterials(WOS.trilayer)).toBe(true);
    expect(aboutMaterials(WOS.mnga)).toBe(true);
    expect(aboutMaterials(WOS.nanodots)).toBe(true);
  });
  it('sees a formula written with counts, of two element symbols or more', () => {
    expect(aboutMaterials(OXIDE.sentence)).toBe(true);
    expect(aboutMaterials('Thin films of MoS2 were exfoliated.')).toBe(true); // (invented)
    expect(aboutMaterials('We deposit LiNi0.8Mn0.1Co0.1O2 on foil.')).toBe(true); // (invented)
  });
  it('takes no name that spells symbols and numbers for a formula (real names of the 2025-26 corpus)', () => {
    for (const name of ['CORe50', 'PyO3', 'PyCSP3', 'TaBIIC2', 'Br35H', 'ZrW00']) expect(aboutMaterials(`We evaluate on ${name}.`), name).toBe(false);
  });
  it('does not take machine-learning text for it, nor "I/O" or "Yes/No" (invented)', () => {
    expect(aboutMaterials(ML.moco)).toBe(false);
    expect(aboutMaterials(ML.casino)).toBe(false);
    expect(aboutMaterials('We answer Yes/No questions and measure I/O cost.')).toBe(false);
  });
});

describe('namesMaterial', () => {
  it('a strong material noun marks any name; a weak one only a formula (invented)', () => {
    expect(namesMaterial('We grow Zephyrite films on glass.', ['Zephyrite'])).toBe(true);
    expect(namesMaterial('We replace the GCN layer by a graph transformer.', ['GCN'])).toBe(false);
    expect(namesMaterial('We deposit a SiO2 layer.', ['SiO2'])).toBe(true);
  });
  it('reads real titles and sentences', () => {
    expect(namesMaterial(WOS.nanoparticles, ['FePt'])).toBe(true);
    expect(namesMaterial(WOS.stack, ['CoCrPt'])).toBe(true);
    expect(namesMaterial(ML.moco, ['MoCo'])).toBe(false);
    expect(namesMaterial(ML.casino, ['CaSiNo'])).toBe(false);
  });
});

describe('extraction of materials papers', () => {
  const kinds = (title: string, abstract: string) => extractPaper({ key: 'paper:x', title, abstract }).map((m) => `${m.kind}:${m.label}`);
  it('takes no alloy or compound for a model, method or dataset', () => {
    for (const [title, abstract] of [
      [WOS.nanoparticles, ''],
      ['Ion irradiation of MnGa', WOS.mnga],
      [WOS.stack, ''],
      ['Nanodot arrays', WOS.nanodots],
      [WOS.trilayer, ''],
    ] as const) {
      expect(kinds(title, abstract).filter((k) => /FePt|MnGa|CoCrPt|CoPt|MgO/.test(k)), title).toEqual([]);
    }
  });
  it('takes no compound of a paper that writes formulas with counts for a dataset', () => {
    expect(kinds(OXIDE.title, OXIDE.sentence)).toEqual([]);
  });
  it('reads no model in a formula before "model" in a paper about materials', () => {
    // python-bibx docs/examples/scopus.csv (Scopus), DOI 10.1088/1757-899X/763/1/012073, its title and first sentence
    const title = 'Hysteresis observation of CoFe and CoFeB model disk using micromagnetic simulation';
    const abstract = 'In this work, hysteresis loop of CoFe and CoFeB disk ferromagnets are observed by using micromagnetic simulation OOMMF based on LLG equation.';
    expect(kinds(title, abstract).filter((k) => k.includes('CoFe'))).toEqual([]);
  });
  it('keeps coined names that spell element symbols in machine-learning papers', () => {
    expect(kinds('Zero-shot medical imaging', ML.moco)).toContain('method:MoCo');
    expect(kinds('Negotiation dialogue', ML.casino)).toContain('dataset:CaSiNo');
  });
});

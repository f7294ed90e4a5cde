/**
 * What an abstract's web addresses say about the names it reads: a name published on the Hugging Face Hub is of the
 * kind the address says, a name the abstract gives its code repository is the paper's own. Read from the abstract as
 * written (the cleaned text the other readings see has no addresses), after the other readings, on their drafts.
 */
import type { EntityKind, MentionRelation } from '../types.ts';
import { isKnownEntity } from './known.ts';
// (an address and a text write the same name alike once lower-cased without separators: "Ling-Coder-lite")
import { flat } from './dataset-variants.ts';
import { usedRelation } from './mentions.ts';
import type { Draft, Put } from './paper.ts';

/**
 * A Hugging Face Hub address's repository names a data set under "datasets/", a model under an owner alone
 * ("huggingface.co/datasets/ONERA/SARLO-80", "huggingface.co/Tropic-AI/moBERTo"); the other hub paths (spaces,
 * papers, docs) name neither.
 */
const HUB_ADDRESS = /\b(?:huggingface|hf)\.co\/(datasets\/)?([\w.-]+)\/((?:[\w.-]|\\_)*\w)/g;
const HUB_NOT_OWNERS = new Set(['datasets', 'spaces', 'papers', 'docs', 'blog', 'collections', 'learn', 'models', 'organizations', 'api', 'tasks']);

/**
 * A name the paper publishes on the Hugging Face Hub is of the kind the address says, whatever the other readings gave
 * it: "SARLO-80: … Dataset 80cm … available at https://huggingface.co/datasets/ONERA/SARLO-80" is a data set, not a
 * technique; "we release moBERTo at https://huggingface.co/Tropic-AI/moBERTo" a model, not a technique. Only a name the
 * text reads (the address alone makes no mention: readers list few names written only there), with the paper's
 * relation kept (a proposal stays one; a data set used is evaluated on); a name published both ways keeps its reading.
 */
export function kindsFromHubAddresses(abstract: string, drafts: Map<string, Draft>, put: Put): void {
  const kinds = new Map<string, EntityKind | null>();
  HUB_ADDRESS.lastIndex = 0;
  for (let m = HUB_ADDRESS.exec(abstract); m; m = HUB_ADDRESS.exec(abstract)) {
    if (!m[1] && HUB_NOT_OWNERS.has(m[2]!)) continue;
    const name = addressName(m[3]!);
    const kind: EntityKind = m[1] ? 'dataset' : 'model';
    kinds.set(name, kinds.has(name) && kinds.get(name) !== kind ? null : kind);
  }
  for (const [key, d] of [...drafts]) {
    // (by the label: a long form the address spells is the paper's technique, its model trained with it is at the
    // address, "Semantic Soft Bootstrapping (SSB) … the model … at huggingface.co/…/semantic-soft-bootstrapping")
    const kind = kinds.get(flat(d.label));
    // (an owner's repository is a model's by default, and a data set's too at times: "Data repository:
    // https://huggingface.co/Nibir/IrrMap"; so a model only where the readings gave a technique)
    if (!kind || kind === d.kind || (kind === 'model' && d.kind !== 'method')) continue;
    drafts.delete(key);
    const relation: MentionRelation = d.relation === 'proposes' ? 'proposes' : usedRelation(kind);
    put(kind, d.slug, d.label, relation, d.at, [...d.aliases], kind === 'model' ? (d.model ?? { family: d.label }) : undefined);
  }
}

/** An address's last piece as a name is written: LaTeX's escaped underscore unescaped, without ".git", flattened. */
function addressName(piece: string): string {
  return flat(piece.replace(/\\_/g, '_').replace(/\.git$/, ''));
}

/** A GitHub repository's address: its name is the last piece ("github.com/Jie-1203/ADWM"). */
const CODE_ADDRESS = /github\.com\/[\w.-]+\/((?:[\w.-]|\\_)*\w)/g;
/** A sentence about the paper's code and what comes with it: "Code and pre-trained weights for …", "Our code: …". */
const CODE_SENTENCE = /^\s*(?:[Oo]ur\s+|[Tt]he\s+|[Aa]ll\s+)?(?:[Ss]ource\s+)?(?:[Cc]odes?|[Ii]mplementations?|[Mm]odels?|[Ww]eights|[Cc]heckpoints?|[Dd]ata|[Dd]atasets?|[Rr]esources)\b/;
/** The sentence before an address says the code is the paper's: "Our code is available at", "Code: ", "we release". */
const OWN_CODE_LEAD = /\b(?:[Oo]ur|[Ww]e|[Cc]ode|[Ii]mplementation|[Rr]epository|[Pp]roject|[Rr]esources|[Pp]ublic|[Pp]ublicly|access)\b|\b(?:available|released?|open-sourced?)\b/;

/**
 * A name the abstract gives its code repository is the paper's own, whatever relation the other readings gave it:
 * "we introduce a general adaptive dual-level weighting mechanism (ADWM) … Our code is available at
 * https://github.com/Jie-1203/ADWM" proposes ADWM (over the read sets, 4 of the 5 names read as used and written as
 * an abstract's repository are listed as the paper's own). Only where the address's sentence says the code is the
 * paper's, and right after the name in parentheses only in a sentence about its code: elsewhere a paper links the
 * tools it builds on so ("We build on Mix-GRPO (https://github.com/…)"); not a name a lexicon knows.
 */
export function ownCodeRepositories(abstract: string, drafts: Map<string, Draft>, put: Put): void {
  const names = new Set<string>();
  CODE_ADDRESS.lastIndex = 0;
  for (let m = CODE_ADDRESS.exec(abstract); m; m = CODE_ADDRESS.exec(abstract)) {
    const lead = abstract.slice(Math.max(0, m.index - 200), m.index);
    // (the sentence's start: a line break in an abstract is the source's wrapping, not a boundary; an address that
    // starts a sentence of its own is a code link too)
    const sentence = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('.\n'), lead.lastIndexOf('? '), lead.lastIndexOf('! ')) + 1);
    if (!(OWN_CODE_LEAD.test(sentence) || /^\s*(?:https?:\/\/)?(?:www\.)?$/.test(sentence))) continue;
    // (an address in parentheses right after a name labels that name's code: the paper's in a sentence about its code,
    // "Code and pre-trained weights for LAA-Net (https://…)" (a footnote's address reads so), a tool's it builds on
    // elsewhere, "We implement our pipeline on top of OpenRLHF (https://…)")
    if (/[\w)]\s*\(\s*(?:https?:\/\/)?(?:www\.)?$/.test(lead) && !CODE_SENTENCE.test(sentence)) continue;
    names.add(addressName(m[1]!));
  }
  for (const [key, d] of [...drafts]) {
    if (d.relation === 'proposes' || !names.has(flat(d.label)) || isKnownEntity(d.label)) continue;
    drafts.delete(key);
    put(d.kind, d.slug, d.label, 'proposes', d.at, [...d.aliases], d.model);
  }
}

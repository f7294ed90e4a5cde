/**
 * Identifiers of works and people as scholarly sources write them, each reduced to one form (a bare arXiv id, a DOI
 * lower-cased without its resolver, an OpenAlex `W…`/`A…` id, a bare ORCID), and the identity keys of a work: what
 * merging records and resolving citations compare, in the order they are trusted.
 */
import type { WorkIds, WorkRef } from '../types.ts';

const ARXIV_NEW = /(\d{4}\.\d{4,5})(?:v\d+)?/;
const ARXIV_OLD = /([a-z\-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

/** Bare arXiv id from `2503.11731v2`, `arXiv:2503.11731`, `https://arxiv.org/abs/2503.11731`, `hep-th/9901001`. */
export function normalizeArxivId(value: string): string | undefined {
  const trimmed = value.trim();
  const modern = ARXIV_NEW.exec(trimmed);
  if (modern) return modern[1];
  const old = ARXIV_OLD.exec(trimmed);
  return old ? old[1] : undefined;
}

/** The shape of a DOI once its resolver and `doi:` prefix are gone (Crossref's: `10.` + registrant + `/` + suffix). */
const BARE_DOI = /^10\.\d{4,9}\/\S+$/;
/** arXiv's DataCite DOIs: `10.48550/arXiv.2007.14454` names the arXiv paper 2007.14454. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
/** An arXiv abs/pdf URL, or the OAI identifier repositories write (`oai:arXiv.org:1609.08144`). */
const ARXIV_URL = /(?:arxiv\.org\/(?:abs|pdf)\/|oai:arxiv\.org:)([^?#\s]+)/i;
const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\s*$/i;
const S2_PAPER_ID = /^[0-9a-f]{40}$/i;
const S2_PAPER_URL = /semanticscholar\.org\/paper\/(?:[^/?#]*\/)?([0-9a-f]{40})\b/i;

/** `https://doi.org/10.7717/PeerJ.4375`, `doi:10.…`, `10.…` → `10.7717/peerj.4375`; undefined for anything else. */
export function normalizeDoi(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const bare = value
    .trim()
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  return BARE_DOI.test(bare) ? bare.toLowerCase() : undefined;
}

/** The arXiv id an arXiv DOI stands for (`10.48550/arxiv.2007.14454` → `2007.14454`); undefined for other DOIs. */
export function arxivIdFromDoi(doi: string | undefined): string | undefined {
  const match = doi ? ARXIV_DOI.exec(doi) : null;
  return match ? normalizeArxivId(match[1]!) : undefined;
}

/** The arXiv id of an arXiv URL (`http://arxiv.org/abs/1310.4546v2`, `…/pdf/1609.08144.pdf`); undefined otherwise. */
export function arxivIdFromUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ARXIV_URL.exec(value);
  return match ? normalizeArxivId(match[1]!.replace(/\.pdf$/i, '')) : undefined;
}

/** `https://openalex.org/W2741809807` or `W2741809807` → `W2741809807` (the letter says the entity: W work, A author). */
export function openalexId(value: unknown, letter: 'W' | 'A'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = new RegExp(`(?:^|/)(${letter}\\d+)$`, 'i').exec(value.trim());
  return match ? match[1]!.toUpperCase() : undefined;
}

/** `https://orcid.org/0000-0002-1825-009x` → `0000-0002-1825-009X`. */
export function bareOrcid(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ORCID.exec(value.trim());
  return match ? match[1]!.toUpperCase() : undefined;
}

/** A Semantic Scholar paperId (40 hex characters), given as is or inside a `semanticscholar.org/paper/…` URL. */
export function s2PaperId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (S2_PAPER_ID.test(text)) return text.toLowerCase();
  const match = S2_PAPER_URL.exec(text);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** The kinds of work identifier, most trusted first: an arXiv id names one paper whatever its versions; a DOI one publication. */
export type WorkIdKind = 'arxiv' | 'doi' | 'openalex' | 's2' | 'corpus' | 'pmid';

export interface WorkIdentity {
  kind: WorkIdKind;
  value: string;
  /** `kind:value`, what indexes compare (`doi:10.3115/v1/d14-1162`). */
  key: string;
}

/** How reports name each kind ("DOI 10.… is already …"). */
export const WORK_ID_WORDS: Record<WorkIdKind, string> = {
  arxiv: 'arXiv id',
  doi: 'DOI',
  openalex: 'OpenAlex id',
  s2: 'Semantic Scholar id',
  corpus: 'Semantic Scholar CorpusId',
  pmid: 'PubMed id',
};

function identity(kind: WorkIdKind, value: string | undefined, into: WorkIdentity[]): void {
  if (value) into.push({ kind, value, key: `${kind}:${value}` });
}

interface IdentifiedWork {
  arxivId?: string | undefined;
  doi?: string | undefined;
  ids?: WorkIds | undefined;
}

/**
 * A work's identities, most trusted first. An arXiv DOI is the arXiv id (a preprint's DOI and its journal DOI are
 * not two papers), so it counts as that and not as a DOI.
 */
export function workIdentities(work: IdentifiedWork | WorkRef): WorkIdentity[] {
  const doi = work.doi ? work.doi.toLowerCase() : undefined;
  const fromDoi = arxivIdFromDoi(doi);
  const ids: WorkIds | undefined = 'ids' in work ? work.ids : undefined;
  const openalex = ids ? ids.openalex : 'openalex' in work ? work.openalex : undefined;
  const s2 = ids ? ids.s2 : 's2' in work ? work.s2 : undefined;
  const found: WorkIdentity[] = [];
  identity('arxiv', work.arxivId ?? fromDoi, found);
  if (!fromDoi) identity('doi', doi, found);
  identity('openalex', openalex, found);
  identity('s2', s2?.toLowerCase(), found);
  identity('corpus', ids?.corpusId, found);
  identity('pmid', ids ? ids.pmid : 'pmid' in work ? work.pmid : undefined, found);
  return found;
}

/** Two works that both carry an identifier of one kind, with different values, are not the same work. */
export function identitiesContradict(a: readonly WorkIdentity[], b: readonly WorkIdentity[]): boolean {
  for (const one of a) {
    const other = b.find((candidate) => candidate.kind === one.kind);
    if (other && other.value !== one.value) return true;
  }
  return false;
}

/** "OpenAlex W2963341956, DOI 10.18653/v1/n19-1423": a work's ids for a report. */
export function identitiesText(identities: readonly WorkIdentity[]): string {
  return identities.map((id) => `${WORK_ID_WORDS[id.kind]} ${id.value}`).join(', ');
}

/** The whole of a bare arXiv id, with or without its version: `2304.02112`, `2304.02112v2`, `hep-th/9504118`. */
const ARXIV_ID_SHAPE = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

/**
 * The arXiv id a publisher item id (`pii`) stands for: `arXiv:2304.02112v2` wherever it is, a bare `2304.02112` only
 * in a record of PubMed's "ArXiv" journal (PubMed XML's `ArticleId`/`ELocationID`, MEDLINE's `LID`/`AID … [pii]`) (elsewhere such a number is the publisher's own), without its version.
 */
export function arxivIdOfPii(value: string, inArxiv: boolean): string | undefined {
  const text = value.trim();
  const prefixed = /^arxiv:\s*(\S+)$/i.exec(text);
  if (prefixed) return ARXIV_ID_SHAPE.test(prefixed[1]!) ? normalizeArxivId(prefixed[1]!) : undefined;
  return inArxiv && ARXIV_ID_SHAPE.test(text) ? normalizeArxivId(text) : undefined;
}

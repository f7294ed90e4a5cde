/**
 * Typed records that flow through the pipeline, one stage to the next:
 * ingest → PaperRecord[] → extract → PaperExtraction[] → graph → cluster → exports.
 * Nothing here imports Node-only modules: the core runs in the browser too.
 */

import type { EntityKind, MentionRelation } from './contract/index.ts';

export type { EntityKind, NodeKind, MentionRelation, Relation } from './contract/index.ts';

/** Where a record came from: the input file and a 1-based line (text formats) or 0-based record index (JSON). */
export interface SourceRef {
  file: string;
  line?: number;
  record?: number;
}

/** One paper as read from an input, before extraction. Text fields are as given (LaTeX kept). */
export interface PaperRecord {
  title: string;
  abstract: string;
  /** Person names in "First Last" form, in author order. */
  authors: string[];
  year?: number;
  /** Bare arXiv id without version, e.g. `2503.11731`. */
  arxivId?: string;
  /** Listing tags, e.g. `["llama-2-7b"]`. */
  tags: string[];
  venue?: string;
  categories?: string[];
  /** Publication date as precise as the source gives it: ISO `2025`, `2025-03` or `2025-03-14`. */
  date?: string;
  /**
   * The volume (or part) as a library writes it (`2`, `II`, a journal's volume): it tells apart the volumes of one
   * title in one file, which year and authors may not (see merge.ts's differentWorks).
   */
  volume?: string;
  /** DOI, lower-cased, without a resolver prefix (`10.18653/v1/2023.acl-long.1`). */
  doi?: string;
  /** Identifiers in scholarly databases, when the source gives them. */
  ids?: WorkIds;
  /** Per author, in author order, the identifiers the source gives (ORCID, OpenAlex, Semantic Scholar); absent when none. */
  authorIds?: Array<AuthorIds | undefined>;
  /** Works this paper cites, as the source identifies them (resolved against the graph's papers when it is built). */
  references?: WorkRef[];
  /**
   * The reference lists of the other sources of a merged record, each as read (`references` is the first source's):
   * kept apart because one work named by a DOI in one list and by an OpenAlex id in another cannot be matched without
   * the work itself. How the lists are counted: graph/citations.ts.
   */
  moreReferences?: WorkRef[][];
  /** Works that cite this paper, when the source lists them (Semantic Scholar's `citations`). */
  citedBy?: WorkRef[];
  sources: SourceRef[];
}

/** A paper's identifiers in scholarly databases. */
export interface WorkIds {
  /** OpenAlex work id, e.g. `W2741809807`. */
  openalex?: string;
  /** Semantic Scholar paperId (40 hex characters). */
  s2?: string;
  /** Semantic Scholar CorpusId. */
  corpusId?: string;
  /** PubMed id (PMID), digits. */
  pmid?: string;
}

export interface AuthorIds {
  /** Bare ORCID, e.g. `0000-0002-1825-0097`. */
  orcid?: string;
  /** OpenAlex author id, e.g. `A5023888391`. */
  openalex?: string;
  /** Semantic Scholar authorId. */
  s2?: string;
  /** Scopus author id (digits), as Scopus's exports give it beside each name. */
  scopus?: string;
}

/** Another work as a reference list names it: any of its ids, else its title. */
export interface WorkRef {
  arxivId?: string;
  doi?: string;
  openalex?: string;
  s2?: string;
  /** PubMed id (PMID), as PubMed's and PMC's reference lists name most works. */
  pmid?: string;
  title?: string;
}

/** A problem in the input. A rejection drops the record; a warning keeps it. */
export interface InputIssue extends SourceRef {
  message: string;
}

export interface IngestResult {
  records: PaperRecord[];
  rejections: InputIssue[];
  warnings: InputIssue[];
}

/** An input handed to the core: the I/O edge (CLI, viewer) reads files, the core only sees text. */
export interface InputText {
  name: string;
  text: string;
  /**
   * 1-based lines whose bytes were not valid in the file's encoding, found by the edge that decoded the bytes
   * (`decodeText`). Their bad bytes were read as Latin-1; a record-per-line format rejects the record on such a
   * line, the others keep it with a warning.
   */
  linesWithBadBytes?: number[];
}

/** Structured reading of a model name: `Llama-2-7B-Chat` → family Llama, version 2, size 7B, variant Chat. */
export interface ModelInfo {
  family: string;
  version?: string;
  size?: string;
  variant?: string;
}

/** What the extractors hand to the graph builder for one paper (text already LaTeX-normalised). */
export interface PaperDoc {
  /** Paper node key, `paper:<id>`. */
  key: string;
  title: string;
  abstract: string;
}

/** One entity named by one paper. Mentions with the same kind+slug become one node. */
export interface Mention {
  kind: EntityKind;
  /** Canonical slug; the node key is `${kind}:${slug}`. */
  slug: string;
  /** Canonical display name, e.g. `Llama-2-7B`. */
  label: string;
  relation: MentionRelation;
  /** The sentence of the title/abstract that names the entity. */
  evidence: string;
  /** Surface forms seen in this paper (including acronym and long form). */
  aliases: string[];
  /** Models only: the structured reading of the canonical name. */
  model?: ModelInfo;
}

export interface PaperExtraction {
  doc: PaperDoc;
  mentions: Mention[];
}

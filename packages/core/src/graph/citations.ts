/**
 * `cites` edges: the references and citers the inputs list (every format whose registry row names its
 * `citationFields`, ingest/formats.ts) resolved against every paper of the graph by any of its ids —
 * arXiv id, DOI, OpenAlex id, Semantic Scholar id, PubMed id — else its normalised title. A work outside the graph is
 * counted on the paper whose reference list names it (`referencesOutside`, with its id in `referencesOutsideIds` for
 * bibliographic coupling), or, with references `all`, kept as a stub paper node (`stub: true`) that the citation
 * links reach.
 *
 * A paper merged from several sources has one reference list per source (`references`, `moreReferences`): the same
 * works under each source's ids (OpenAlex W ids, Crossref's DOIs), which cannot be matched without the works. Every
 * list links the paper to the papers of the inputs it names; the works outside the inputs are counted, kept as stubs
 * and compared for coupling on ONE list (see countedList), so that no work is counted once per source.
 */
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../contract/graph.ts';
import { keySlug, nodeKey, paperKey } from '../contract/keys.ts';
import type { Relation } from '../contract/relations.ts';
import { identitiesContradict, identitiesText, workIdentities, type WorkIdentity } from '../ingest/ids.ts';
import { referenceLists, titleKey } from '../ingest/merge.ts';
import type { PaperRecord, WorkRef } from '../types.ts';

type Link = (relation: Relation, source: string, target: string, extra?: Partial<EdgeAttributes>) => boolean;

/** A work no input holds, as the reference lists name it (ids gathered from every list that names it). */
interface OutsideWork {
  /** Its first identity key (`openalex:W…`, `doi:…`): the id coupling compares. */
  id: string;
  ref: WorkRef;
  /** Its stub node, once made (references `all`). */
  node?: string;
}

/** What tells works apart: their ids, most trusted first, then the title (only for a reference with no id). */
function refKeys(ids: readonly WorkIdentity[], ref: WorkRef): string[] {
  const keys = ids.map((id) => id.key);
  if (keys.length === 0 && ref.title) {
    const title = titleKey(ref.title);
    if (title) keys.push(`title:${title}`);
  }
  return keys;
}

/** `paper:<arXiv id>` as a paper of the inputs would be keyed, else `paper:doi-…`, `paper:openalex-w…`, `paper:s2-…`, `paper:pmid-…`, the title. */
function stubBaseKey(ids: readonly WorkIdentity[], ref: WorkRef): string {
  const first = ids[0];
  if (!first) return paperKey(undefined, ref.title ?? '');
  if (first.kind === 'arxiv') return nodeKey('paper', first.value);
  return nodeKey('paper', `${first.kind}-${keySlug(first.value)}`);
}

const REF_FIELDS = ['arxivId', 'doi', 'openalex', 's2', 'pmid', 'title'] as const;

/** The WorkRef field of each kind of id a reference can carry. */
const REF_FIELD_OF = { arxiv: 'arxivId', doi: 'doi', openalex: 'openalex', s2: 's2', pmid: 'pmid' } as const;

/**
 * The ids the reference lists give together, joined: a work one list names by DOI, another by its Semantic Scholar
 * id and a third (a Semantic Scholar reference) by both is one work, whichever id each list uses. A join never puts
 * two ids of one kind together (two DOIs under one entry: that entry's mistake, not one work).
 */
class JoinedIds {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, WorkIdentity[]>();

  private root(key: string): string {
    let at = key;
    for (let up = this.parent.get(at); up !== undefined && up !== at; up = this.parent.get(at)) at = up;
    if (at !== key) this.parent.set(key, at);
    return at;
  }

  join(ids: readonly WorkIdentity[]): void {
    for (const id of ids) {
      if (this.parent.has(id.key)) continue;
      this.parent.set(id.key, id.key);
      this.members.set(id.key, [id]);
    }
    for (const id of ids.slice(1)) {
      const [a, b] = [this.root(ids[0]!.key), this.root(id.key)];
      if (a === b || identitiesContradict(this.members.get(a)!, this.members.get(b)!)) continue;
      this.parent.set(b, a);
      this.members.get(a)!.push(...this.members.get(b)!);
      this.members.delete(b);
    }
  }

  /** `ref` with the ids of every work joined to it filled in (those it gives kept). */
  complete(ref: WorkRef): WorkRef {
    let full: WorkRef | undefined;
    for (const id of workIdentities(ref)) {
      if (!this.parent.has(id.key)) continue;
      for (const other of this.members.get(this.root(id.key))!) {
        if (other.kind === 'corpus') continue;
        const field = REF_FIELD_OF[other.kind];
        if ((full ?? ref)[field] !== undefined) continue;
        full ??= { ...ref };
        full[field] = other.value;
      }
    }
    return full ?? ref;
  }
}

/**
 * Which of a paper's reference lists (one per source) its works outside the inputs are counted on: the one naming
 * the most works by DOI or arXiv id — the ids most lists share, so that coupling and stubs meet other papers' lists
 * (an OpenAlex list names works by W id only) — then the longest, then the first read.
 */
export function countedList(lists: readonly (readonly WorkRef[])[]): number {
  let best = 0;
  let bestShared = -1;
  lists.forEach((list, at) => {
    const shared = list.filter((ref) => ref.doi !== undefined || ref.arxivId !== undefined).length;
    if (shared > bestShared || (shared === bestShared && list.length > lists[best]!.length)) {
      best = at;
      bestShared = shared;
    }
  });
  return best;
}

/**
 * Adds the `cites` edges of every record (after all other edges, paper by paper: references, then citers), and the
 * stub nodes of `all`; sets `referencesOutside` (and `referencesOutsideIds` without stubs) on papers that list
 * references. Returns, per stub node, how many papers of the inputs it is linked to.
 */
export function linkCitations(
  graph: PaperGraph,
  records: readonly PaperRecord[],
  paperKeys: readonly string[],
  link: Link,
  mode: 'inside' | 'all',
): Map<string, number> {
  const stubPapers = new Map<string, number>();
  if (!records.some((record) => referenceLists(record).length > 0 || (record.citedBy?.length ?? 0) > 0)) return stubPapers;

  // Only an entry with two ids or more joins anything (a big build's millions of one-id entries stay out).
  const joined = new JoinedIds();
  const joinIds = (refs: readonly WorkRef[]) => {
    for (const ref of refs) {
      const ids = workIdentities(ref);
      if (ids.length > 1) joined.join(ids);
    }
  };
  for (const record of records) {
    for (const list of referenceLists(record)) joinIds(list);
    joinIds(record.citedBy ?? []);
  }

  // Every paper by each of its ids and its title key; the first paper to claim a key keeps it.
  const papers = new Map<string, string>();
  const paperIds = new Map<string, WorkIdentity[]>();
  records.forEach((record, index) => {
    const key = paperKeys[index]!;
    const ids = workIdentities(record);
    paperIds.set(key, ids);
    for (const id of ids) if (!papers.has(id.key)) papers.set(id.key, key);
    const title = titleKey(record.title);
    if (title && !papers.has(`title:${title}`)) papers.set(`title:${title}`, key);
  });

  const resolve = (ids: readonly WorkIdentity[], ref: WorkRef): string | undefined => {
    for (const id of ids) {
      const found = papers.get(id.key);
      if (found) return found;
    }
    if (!ref.title) return undefined;
    const byTitle = papers.get(`title:${titleKey(ref.title)}`);
    // A title match is not the paper when both carry different ids of one kind (two works called "Introduction").
    return byTitle && !identitiesContradict(paperIds.get(byTitle)!, ids) ? byTitle : undefined;
  };

  const outside = new Map<string, OutsideWork>();
  const outsideWork = (ids: readonly WorkIdentity[], ref: WorkRef): OutsideWork => {
    const keys = refKeys(ids, ref);
    let work = keys.map((key) => outside.get(key)).find((found) => found !== undefined);
    work ??= { id: keys[0] ?? 'unnamed', ref: {} };
    let learned = false;
    for (const field of REF_FIELDS) {
      if (work.ref[field] === undefined && ref[field] !== undefined) {
        work.ref[field] = ref[field];
        learned = true;
      }
    }
    for (const key of keys) if (!outside.has(key)) outside.set(key, work);
    if (learned && work.node) fillStub(work);
    return work;
  };

  const stubAttributes = (work: OutsideWork): NodeAttributes => {
    const ids = workIdentities(work.ref);
    const attributes: NodeAttributes = {
      kind: 'paper',
      label: work.ref.title ?? (identitiesText(ids.slice(0, 1)) || 'untitled work'),
      stub: true,
    };
    if (work.ref.title !== undefined) attributes.title = work.ref.title;
    const arxiv = ids.find((id) => id.kind === 'arxiv');
    if (arxiv) attributes.arxivId = arxiv.value;
    if (work.ref.doi !== undefined) attributes.doi = work.ref.doi;
    if (work.ref.openalex !== undefined) attributes.openalexId = work.ref.openalex;
    if (work.ref.s2 !== undefined) attributes.s2Id = work.ref.s2;
    if (work.ref.pmid !== undefined) attributes.pmid = work.ref.pmid;
    return attributes;
  };
  // A later list may name a stub with more than the first did (a title, another id).
  const fillStub = (work: OutsideWork) => {
    const now = stubAttributes(work);
    const node = work.node!;
    const current = graph.getNodeAttributes(node);
    for (const [name, value] of Object.entries(now)) if (current[name] === undefined) graph.setNodeAttribute(node, name, value);
    if (now.title !== undefined && current.label !== now.title) graph.setNodeAttribute(node, 'label', now.title);
  };
  const stubNode = (work: OutsideWork): string => {
    if (work.node) return work.node;
    const ids = workIdentities(work.ref);
    const base = stubBaseKey(ids, work.ref);
    let key = base;
    for (let n = 2; graph.hasNode(key); n++) key = `${base}-${n}`;
    graph.addNode(key, stubAttributes(work));
    work.node = key;
    return key;
  };

  const linkedPapers = new Map<string, Set<string>>();
  const touchStub = (stub: string, paper: string) => {
    let set = linkedPapers.get(stub);
    if (!set) linkedPapers.set(stub, (set = new Set()));
    set.add(paper);
  };

  records.forEach((record, index) => {
    const paper = paperKeys[index]!;
    const outsideRefs = new Set<OutsideWork>();
    const lists = referenceLists(record);
    const counted = countedList(lists);
    lists.forEach((list, at) => {
      for (const read of list) {
        const ref = joined.complete(read);
        const ids = workIdentities(ref);
        const target = resolve(ids, ref);
        if (target === paper) continue;
        if (target) {
          link('cites', paper, target);
          continue;
        }
        // The other lists name the same works under other ids: only papers of the inputs are taken from them.
        if (at !== counted) continue;
        const work = outsideWork(ids, ref);
        outsideRefs.add(work);
        if (mode === 'all') {
          const stub = stubNode(work);
          link('cites', paper, stub);
          touchStub(stub, paper);
        }
      }
    });
    for (const read of record.citedBy ?? []) {
      const ref = joined.complete(read);
      const ids = workIdentities(ref);
      const source = resolve(ids, ref);
      if (source === paper) continue;
      if (source) {
        link('cites', source, paper);
      } else if (mode === 'all') {
        const stub = stubNode(outsideWork(ids, ref));
        link('cites', stub, paper);
        touchStub(stub, paper);
      }
    }
    if (lists.length > 0) {
      graph.setNodeAttribute(paper, 'referencesOutside', outsideRefs.size);
      if (mode !== 'all' && outsideRefs.size > 0) graph.setNodeAttribute(paper, 'referencesOutsideIds', [...outsideRefs].map((work) => work.id));
    }
  });

  for (const [stub, linked] of linkedPapers) stubPapers.set(stub, linked.size);
  return stubPapers;
}

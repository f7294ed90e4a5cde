/**
 * Real text for the extraction tests: the seed listing (seeds/llama-2-7b.txt, read through the core's ingest) and the
 * dev set's abstracts (eval/data/papers.jsonl).
 */
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.ts';
import { paperDocs } from '../../src/pipeline/stages.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import type { PaperDoc } from '../../src/types.ts';

const root = new URL('../../../../', import.meta.url);

export const seedDocs: PaperDoc[] = paperDocs(ingest([{ name: 'llama-2-7b.txt', text: readFileSync(new URL('seeds/llama-2-7b.txt', root), 'utf8') }]).records);

function readDocs(path: string): PaperDoc[] {
  return readFileSync(new URL(path, root), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const r = JSON.parse(line) as { id: string; title: string; abstract?: string; summary?: string };
      return { key: `paper:${r.id}`, title: r.title, abstract: r.abstract ?? r.summary ?? '' };
    });
}

export const devDocs: PaperDoc[] = readDocs('eval/data/papers.jsonl');
/** The second held-out set (eval/holdout2), annotated before the extractor ran on it. */
export const heldOutDocs: PaperDoc[] = readDocs('eval/holdout2/papers.jsonl');

/** The dev paper with this arXiv id. */
export function devDoc(id: string): PaperDoc {
  const doc = devDocs.find((d) => d.key === `paper:${id}`);
  if (!doc) throw new Error(`no dev paper ${id}`);
  return doc;
}

/** The held-out (eval/holdout2) paper with this arXiv id. */
export function heldOutDoc(id: string): PaperDoc {
  const doc = heldOutDocs.find((d) => d.key === `paper:${id}`);
  if (!doc) throw new Error(`no held-out paper ${id}`);
  return doc;
}

/** The first sentence of a dev abstract that contains `part`. */
export function devSentence(id: string, part: string): string {
  const s = splitSentences(devDoc(id).abstract).find((x) => x.includes(part));
  if (!s) throw new Error(`no sentence with "${part}" in ${id}`);
  return s;
}

/** The seed paper whose title starts with `prefix`. */
export function seedDoc(prefix: string): PaperDoc {
  const doc = seedDocs.find((d) => d.title.startsWith(prefix));
  if (!doc) throw new Error(`no seed paper "${prefix}"`);
  return doc;
}

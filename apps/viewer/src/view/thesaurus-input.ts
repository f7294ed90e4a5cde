import { decodeText } from '@papergraph/core';
import { isThesaurusFile } from '../model/thesaurus-file.ts';

export interface ThesaurusText {
  name: string;
  /** The file's bytes: core decodes them as the CLI's `--thesaurus` does (UTF-16 by its byte order mark too). */
  bytes: Uint8Array;
}

/** How much of a file is read to tell a thesaurus from a graph or listings. */
const HEAD_BYTES = 2048;
/** A thesaurus is a file a person edits: one this big is a mistake, not a list of rules to apply. */
const MAX_THESAURUS_BYTES = 50 * 1024 * 1024;

/**
 * Sorts the files picked in Open… (or dropped) into thesauri, read whole, and the rest (graphs and listings, left to
 * the loader). A thesaurus over the size cap stays with the rest, whose loader then says what it cannot read.
 */
export async function splitThesauri(files: readonly File[]): Promise<{ thesauri: ThesaurusText[]; others: File[] }> {
  const thesauri: ThesaurusText[] = [];
  const others: File[] = [];
  for (const file of files) {
    // (the head decoded as the whole file will be: a UTF-16 VOSviewer text is told apart too)
    const head = file.size <= MAX_THESAURUS_BYTES ? decodeText(new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer())).text : null;
    if (head !== null && isThesaurusFile(file.name, head)) thesauri.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    else others.push(file);
  }
  return { thesauri, others };
}

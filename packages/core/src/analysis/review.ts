/**
 * The words of a duplicate candidate left for review (`papergraph candidates`, docs/cli.md): why it is not sure, what
 * the pair is, and what a person should check — one shape for every reason, so a reviewer reads them all alike.
 */

/** `cased apart inside a word — "AiR" (2 papers) vs "AIR" (3 papers); check they are the same`. */
export function reviewDetail(why: string, facts: string, check: string): string {
  return `${why} — ${facts}; check ${check}`;
}

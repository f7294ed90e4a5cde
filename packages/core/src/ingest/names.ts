/** Person-name helpers shared by every input format. */

/** "Last, First" → "First Last"; already-natural names pass through with whitespace folded. */
export function naturalName(name: string): string {
  const folded = name.replace(/\s+/g, ' ').trim();
  const comma = folded.indexOf(',');
  if (comma > 0 && folded.indexOf(',', comma + 1) < 0) {
    const last = folded.slice(0, comma).trim();
    const first = folded.slice(comma + 1).trim();
    return first ? `${first} ${last}` : last;
  }
  return folded;
}

/**
 * Splits one author string of a JSON dump: "A, B and C", "A and B", "A; B".
 * Commas separate people here (JSON dumps write natural names); "Last, First" pairs only occur in the listing format.
 */
export function splitAuthorString(value: string): string[] {
  return value
    .split(/\s*(?:;|,\s*and\s+|\s+and\s+|,)\s*/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
}

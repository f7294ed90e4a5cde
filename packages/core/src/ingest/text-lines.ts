/**
 * 1-based line numbers of character offsets in a text, for formats that find their records by offset (XML entries,
 * BibTeX entries). Counted on from the last offset asked for, so a pass over ascending offsets reads the text once;
 * an offset before the last one starts the count again.
 */
export function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    if (offset < at) {
      line = 1;
      at = 0;
    }
    for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = offset;
    return line;
  };
}

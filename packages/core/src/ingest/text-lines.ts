/**
 * 1-based line numbers of character offsets in a text (lines ended by LF, CRLF or CR), for formats that find their
 * records by offset (XML entries, BibTeX entries). Counted on from the last offset asked for, so a pass over ascending
 * offsets reads the text once; an offset before the last one starts the count again.
 */
export function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    if (offset < at) {
      line = 1;
      at = 0;
    }
    // A line ends at LF, CRLF or a lone CR (classic Mac files, Web of Science's "Tab-delimited (Mac)").
    for (let i = at; i < offset; i++) {
      const char = text.charCodeAt(i);
      if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
    at = offset;
    return line;
  };
}

/**
 * Bytes → text for inputs. UTF-8 (with or without byte order mark) and UTF-16 announced by its byte order mark are
 * read as such. Anything else — a Latin-1 file, a stray byte in a UTF-8 dump — is decoded line by line: valid
 * UTF-8 stays UTF-8, each byte that is not is read as its Latin-1 (windows-1252) character, and the line is listed
 * so the formats can report it (or reject the record on it) instead of the whole file being replaced or refused.
 * Pure: the CLI and the viewer hand bytes here.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** 1-based lines (counted by `\n`) that held bytes not valid in `encoding`. */
  linesWithBadBytes: number[];
}

/** The encoding a byte order mark announces (UTF-8 when there is none), and the mark's length. */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bomBytes: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return { encoding: 'utf-8', bomBytes: 0 };
}

/** Whole bytes of one input → text, with the lines that held bad bytes. The byte order mark is dropped. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bomBytes } = sniffEncoding(bytes);
  const body = bytes.subarray(bomBytes);
  try {
    // The common case: valid throughout, decoded natively in one pass.
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, linesWithBadBytes: [] };
  } catch {
    if (encoding === 'utf-8') return { encoding, ...decodeUtf8Lenient(body) };
    // UTF-16 with unpaired surrogates: replaced by U+FFFD, and the lines that got one are listed.
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const linesWithBadBytes: number[] = [];
    text.split('\n').forEach((line, index) => {
      if (line.includes('\ufffd')) linesWithBadBytes.push(index + 1);
    });
    return { text, encoding, linesWithBadBytes };
  }
}

// windows-1252 for 0x80–0x9f (what browsers and most editors mean by "Latin-1"); 0xa0–0xff are the same code points.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function latin1Char(byte: number): string {
  return byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
}

/** Length of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7), or 0 when it is not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * UTF-8 where it is valid, each other byte as its Latin-1 (windows-1252) character; lists the lines (by `\n`) that
 * held such bytes. A Latin-1 file comes out as its author wrote it; a stray byte costs one odd character.
 */
export function decodeUtf8Lenient(bytes: Uint8Array): { text: string; linesWithBadBytes: number[] } {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const pieces: string[] = [];
  const linesWithBadBytes: number[] = [];
  let line = 1;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      if (byte === 0x0a) line++;
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (runStart < i) pieces.push(utf8.decode(bytes.subarray(runStart, i)));
    pieces.push(latin1Char(byte));
    if (linesWithBadBytes[linesWithBadBytes.length - 1] !== line) linesWithBadBytes.push(line);
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) pieces.push(utf8.decode(bytes.subarray(runStart)));
  return { text: pieces.join(''), linesWithBadBytes };
}

/** What a report says about a line with bad bytes. */
export const BAD_BYTES_MESSAGE = 'bytes that are not UTF-8 (Latin-1?) on this line';

/**
 * NUL bytes at every other position of a text read as UTF-8: UTF-16 written without its byte order mark.
 * Lets the binary-file report say what to do about it.
 */
export function looksLikeUtf16WithoutBom(text: string): boolean {
  const head = text.slice(0, 512);
  if (head.length < 8) return false;
  let nulAtEven = 0;
  let nulAtOdd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head.charCodeAt(i) === 0) {
      if (i % 2 === 0) nulAtEven++;
      else nulAtOdd++;
    }
  }
  return Math.max(nulAtEven, nulAtOdd) >= head.length / 2 - 2 && Math.min(nulAtEven, nulAtOdd) === 0;
}

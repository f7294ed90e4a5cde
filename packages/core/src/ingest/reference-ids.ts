/**
 * Identifiers as reference managers and hand-written bibliographies write them, beyond what ids.ts reads from
 * scholarly databases: arXiv ids inside free text that names arXiv (`journal = {arXiv preprint arXiv:1804.02958}`,
 * `note: "arXiv:2306.13455 [cs]"`, `Ar{X}iv:1409.1259`), and short DOIs (`10/fqd6hj`, which doi.org resolves like
 * full ones). Free text is only searched when it names arXiv: a bare `2022.00035` inside a DOI or a page range is
 * not an arXiv id.
 */
import { arxivIdFromUrl, normalizeDoi } from './ids.ts';

const SHORT_DOI = /^(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|doi:\s*)?(10\/[a-z0-9]+)$/i;
const NEW_STYLE = /(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)/;
const OLD_STYLE = /(?<![A-Za-z-])([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?!\d)/;

/** A DOI field's value → the DOI lower-cased without resolver (percent-encoding of a DOI URL undone), or a short DOI. */
export function recordDoi(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let text = value.trim();
  try {
    // A DOI copied from a URL may be percent-encoded (`10.1002/%28SICI%29…`).
    if (text.includes('%')) text = decodeURIComponent(text);
  } catch {
    // Not valid percent-encoding: read as written.
  }
  return normalizeDoi(text) ?? SHORT_DOI.exec(text)?.[1]?.toLowerCase();
}

/**
 * The DOI a link gives: a DOI URL (`https://doi.org/10.…`), or a parameter of a link resolver's query (OpenURL: Embase's
 * `Open URL Link` `…?sid=EMBASE&id=doi:10.1002%2Fcncr.20369&…`, `rft_id=info:doi/10.…`; Scopus's `…&doi=10.…&…`),
 * percent-encoding undone. Undefined when the link names none.
 */
export function doiInLink(link: string | undefined): string | undefined {
  const text = link?.trim();
  if (!text) return undefined;
  if (/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i.test(text)) return recordDoi(text);
  let query: URLSearchParams;
  try {
    query = new URL(text).searchParams;
  } catch {
    return undefined;
  }
  for (const [key, value] of query) {
    const found = /^(?:doi:|info:doi\/)\s*(10\..+)$/i.exec(value.trim())?.[1] ?? (/^(?:rft\.)?doi$/i.test(key) ? /^10\..+$/.exec(value.trim())?.[0] : undefined);
    const doi = found === undefined ? undefined : recordDoi(found);
    if (doi) return doi;
  }
  return undefined;
}

/**
 * A DOI written in a citation's text: a DOI URL (`https://doi.org/10.1093/nar/gkl198`) or after `doi:`/`DOI`
 * (`doi: 10.1016/j.ab.2008.02.004`), without the punctuation that closes the citation. Undefined when there is none.
 */
export function doiInText(text: string | undefined): string | undefined {
  const match = text ? /(?:doi\.org\/|\bdoi:?\s*)(10\.\d{4,9}\/[^\s"<>]+)/i.exec(text) : null;
  if (!match) return undefined;
  let doi = match[1]!.replace(/[.,;:]+$/, '');
  // A closing bracket is the DOI's own when it closes one the DOI opened (`10.1016/0378-1119(92)90048`).
  while (/[)\]]$/.test(doi) && (doi.match(/[)\]]/g) ?? []).length > (doi.match(/[([]/g) ?? []).length) doi = doi.slice(0, -1).replace(/[.,;:]+$/, '');
  return recordDoi(doi);
}

/** An arXiv id in text that names arXiv (an abs/pdf URL, `arXiv:1711.00464 [cs, stat]`, `Ar{X}iv:1409.1259`), else undefined. */
export function arxivIdInText(text: string | undefined): string | undefined {
  if (!text || !/ar\{?x\}?iv/i.test(text)) return undefined;
  const fromUrl = arxivIdFromUrl(text);
  if (fromUrl) return fromUrl;
  const match = NEW_STYLE.exec(text) ?? OLD_STYLE.exec(text);
  return match ? match[1] : undefined;
}

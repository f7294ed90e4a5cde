/**
 * DOIs and arXiv ids as the bibliographic formats write them: in DOI fields with or without a resolver, in arXiv URLs,
 * in `10.48550/arXiv.X` DOIs, and in free text that names arXiv (`journal = {arXiv preprint arXiv:1804.02958}`,
 * `note: "arXiv:2306.13455 [cs]"`). Free text is only searched when it names arXiv: a bare `2022.00035` inside a
 * DOI or a page range is not an arXiv id.
 */
import { normalizeArxivId } from './records.ts';

const DOI = /^10\.[^\s/]+\/\S+$/;
/** A short DOI (`10/fqd6hj`), which doi.org resolves like a full one. */
const SHORT_DOI = /^10\/[a-z0-9]+$/i;
const DOI_PREFIX = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/|^doi:\s*/i;
const NEW_STYLE = /(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)/;
const OLD_STYLE = /(?<![A-Za-z-])([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?!\d)/;

/** `https://doi.org/10.1109/X.1` → `10.1109/x.1`: lower-cased (DOIs are case-insensitive), no resolver or `doi:` prefix. */
export function normalizeDoi(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let text = value.trim().replace(DOI_PREFIX, '');
  try {
    // A DOI in a URL may be percent-encoded (`10.1002/%28SICI%29…`).
    if (text.includes('%')) text = decodeURIComponent(text);
  } catch {
    // Not valid percent-encoding: kept as written.
  }
  return DOI.test(text) || SHORT_DOI.test(text) ? text.toLowerCase() : undefined;
}

/** The arXiv id a DOI stands for: arXiv's own DOIs are `10.48550/arXiv.<id>`. */
export function arxivIdFromDoi(doi: string | undefined): string | undefined {
  const match = doi ? /^10\.48550\/arxiv\.(.+)$/i.exec(doi) : null;
  return match ? normalizeArxivId(match[1]!) : undefined;
}

/** The arXiv id of an `arxiv.org/abs/…` or `/pdf/…` URL (any mirror, any version). */
export function arxivIdFromUrl(url: string | undefined): string | undefined {
  const match = url ? /arxiv\.org\/(?:abs|pdf)\/([^?#\s]+)/i.exec(url) : null;
  return match ? idIn(match[1]!) : undefined;
}

/** An arXiv id in text that names arXiv (`arXiv:1711.00464 [cs, stat]`, `Ar{X}iv:1409.1259`), else undefined. */
export function arxivIdInText(text: string | undefined): string | undefined {
  if (!text || !/ar\{?x\}?iv/i.test(text)) return undefined;
  return arxivIdFromUrl(text) ?? idIn(text);
}

function idIn(text: string): string | undefined {
  const match = NEW_STYLE.exec(text) ?? OLD_STYLE.exec(text);
  return match ? match[1] : undefined;
}

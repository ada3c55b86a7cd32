import type { Line } from './lines.ts';

/**
 * Recognisers for what is not article text: scraping markup, page furniture of
 * PDF extractions, site banners, bylines and datelines. Each is a predicate
 * or a prefix/suffix length, so the cleaning pipeline can apply them in order.
 */

const URL_OR_EMAIL = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;

/** A lone scraping field name such as `schema:articleBody`, or a lone table pipe. */
export function isMarkupLine(line: Line): boolean {
  return /^\s*(?:[a-z]+:[A-Za-z]+|\|)\s*$/u.test(line.text);
}

/** Page headers and footers: a web address, an e-mail or a page number with nothing else worth reading. */
export function isPageFurniture(line: Line): boolean {
  const rest = line.text.replace(URL_OR_EMAIL, '').replace(/\b(?:page|sida|p\.)\b/giu, '');
  const hadAddress = rest.length !== line.text.length;
  const letters = rest.replace(/[^\p{L}]/gu, '');
  if (hadAddress) return letters.length < 3;
  return /^\s*\d{1,4}(?:\s*(?:of|av|\/)\s*\d{1,4})?\s*$/u.test(line.text);
}

/** Lines repeated across pages (headers/footers) once digits are ignored; short ones only, so a repeated sentence survives. */
export function repeatedShortLines(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = furnitureKey(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}

export function furnitureKey(line: Line): string {
  const key = line.text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();
  return key.length > 0 && key.length <= 40 && !/[.!?]["”']?$/u.test(key) ? key : '';
}

/** A banner in another script than the article's (the Persian site banner of a PDF print-out). */
export function isForeignScript(line: Line): boolean {
  const letters = line.text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = line.text.match(/\p{Script=Latin}/gu) ?? [];
  return (letters.length - latin.length) / letters.length >= 0.3;
}

/** A short code in capitals such as `AA-AA` standing alone on a line. */
export function isBannerCode(line: Line): boolean {
  return /^\s*\p{Lu}{1,5}(?:[-/]\p{Lu}{1,5})*\s*$/u.test(line.text);
}

export function isByline(line: Line): boolean {
  return /^\s*(?:By|Av)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$/u.test(line.text);
}

/** A line holding only a date (`05.09.2019`, `2017-03`): metadata, not a sentence. */
export function isDateline(line: Line): boolean {
  return /^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}(?:-\d{2})?)\s*$/u.test(line.text);
}

/** Length of a scraping prefix: table pipes with a bullet (`| - `) or a metadata field (`date 2017-03 `). */
export function markupPrefixLength(line: Line): number {
  const match = /^\s*(?:\|\s*(?:-\s+)?|(?:date|published|datum):?\s*\d{4}(?:-\d{2}){0,2}\s+)/iu.exec(line.text);
  return match ? match[0].length : 0;
}

/** Length of a trailing news-agency desk signature such as ` acm-jmy/har`. */
export function deskSignatureLength(line: Line): number {
  const match = /\s+[a-z]{2,5}(?:-[a-z]{2,5})*\/[a-z]{2,5}\s*$/u.exec(line.text);
  return match ? match[0].length : 0;
}

/** A photo caption: ends with a photo credit such as `(AP Photo)` or starts with `Photo:`. */
export function isCaption(text: string): boolean {
  return /\((?:[\p{L} ]+ )?(?:photo|foto)(?:[:/][^)]*)?\)\s*$/iu.test(text) || /^\s*(?:photo|foto)\s*:/iu.test(text);
}

/** A press release's label, as its issuer stamps it above the headline: "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 10:00 CET". */
const RELEASE_LABEL = /^\s*(?:(?:press|news|media)\s+release|for\s+(?:immediate\s+)?release|(?:embargoed|under\s+embargo)\b[^.!?]{0,60}|pressmeddelande|pressrelease)\s*:?\s*$/iu;

/** The mark a press release ends on: "###", "-30-", "- ENDS -", "Slut". */
const END_MARK = /^\s*(?:#{3}|-\s*30\s*-|[-–—]*\s*(?:ends?|slut)\s*[-–—]*)\s*$/iu;

/** A line telling journalists whom to call: "Media enquiries: Press Office, …", "For further information, contact …", "Presskontakt: …". */
const CONTACT_LINE = /^\s*(?:(?:media|press|news)\s+(?:enquiries|inquiries|contacts?|office|desk)\s*:|(?:for\s+(?:further|more)\s+information|contact)\s*[:,]|presskontakt(?:er)?\s*:|för\s+mer\s+information\b)/iu;

/** A press release's labels, end mark and contact line: they frame the release, and tell nothing of its story. */
export function isReleaseFurniture(line: Line): boolean {
  return RELEASE_LABEL.test(line.text) || END_MARK.test(line.text) || (CONTACT_LINE.test(line.text) && line.text.length <= 200);
}

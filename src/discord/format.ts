import type { DocumentMeta, Passage } from '../corpus/types.ts';
import type { Engine } from '../engine.ts';
import { strings, type Locale } from './i18n.ts';
import type { ReplyField } from './reply.ts';

const monthNames: Record<Locale, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};

/** A partial date spelt out, keeping its precision: 2016 → 2016, 2016-06 → June 2016. */
export function spellDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? monthNames[locale][Number(month) - 1] : undefined;
  if (!monthName) return date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "24 November 2015 (2015-11-24)": words to read, the ISO form to check and copy. */
export function showDate(date: string, locale: Locale): string {
  const spelt = spellDate(date, locale);
  return spelt === date ? date : `${spelt} (${date})`;
}

export interface CitationView {
  n: number;
  documentId: string;
  title: string;
  publisher: string | null;
  published: string;
  quote: string;
  gloss?: string | undefined;
}

/** `[n] title` over "publisher · published" and the verbatim quote, so a cut falls in the quote. */
export function citationField(citation: CitationView, engine: Engine, locale: Locale): ReplyField {
  const t = strings(locale).citation;
  const lines = [sourceLine(citation, engine, locale), `“${citation.quote}”`];
  if (citation.gloss) lines.push(`${t.gloss} ${citation.gloss}`);
  return { name: `[${citation.n}] ${citation.title}`, value: lines.join('\n') };
}

function sourceLine(citation: CitationView, engine: Engine, locale: Locale): string {
  const t = strings(locale).citation;
  const inferred = documentMeta(engine, citation.documentId)?.published.inferred;
  const published = `${t.published} ${citation.published}${inferred ? ` (${t.inferred})` : ''}`;
  return `${citation.publisher ?? t.unknownPublisher} · ${published}`;
}

export function documentMeta(engine: Engine, documentId: string): DocumentMeta | undefined {
  return engine.sources().find((meta) => meta.id === documentId);
}

/** A quote seen through its document's metadata, numbered as the reader will refer to it. */
export function documentCitation(engine: Engine, documentId: string, n: number, quote: string): CitationView {
  const meta = documentMeta(engine, documentId);
  return {
    n,
    documentId,
    title: meta?.title ?? documentId,
    publisher: meta?.publisher ?? null,
    published: meta?.published.value ?? '',
    quote,
  };
}

/**
 * The paragraph a cited sentence stands in, widened sentence by sentence around it while it
 * stays within `max` characters, so the cited line is always shown.
 */
export function paragraphAround(engine: Engine, passage: Passage, max: number): string {
  const paragraph = engine.corpus.passages.filter(
    (other) => other.documentId === passage.documentId && other.paragraph === passage.paragraph,
  );
  let first = paragraph.findIndex((other) => other.id === passage.id);
  if (first < 0) return passage.text;
  let last = first;
  let length = passage.text.length;
  const room = max - '… '.length * 2;
  for (let grew = true; grew; ) {
    grew = false;
    for (const index of [first - 1, last + 1]) {
      const next = paragraph[index];
      if (!next || length + 1 + next.text.length > room) continue;
      length += 1 + next.text.length;
      if (index < first) first = index;
      else last = index;
      grew = true;
    }
  }
  const text = paragraph.slice(first, last + 1).map((p) => p.text).join(' ');
  return `${first > 0 ? '… ' : ''}${text}${last < paragraph.length - 1 ? ' …' : ''}`;
}

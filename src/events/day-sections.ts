import { isDateHeading } from '../corpus/layout.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { DateMention, ExtractOptions } from '../dates/index.ts';

/**
 * The date mentions of a document, with the relative ones of a live blog's or a diary's day read
 * against the day heading they stand under: "yesterday" under "Monday 19 December 2016" is 18
 * December, whenever the page was last updated. Text outside day headings keeps the publication
 * date as its reference.
 */
export function mentionsByDay(doc: CorpusDocument, extract: (text: string, options: ExtractOptions) => DateMention[]): DateMention[] {
  const lang = doc.meta.language;
  const mentions = extract(doc.clean, { reference: doc.meta.published.value, lang });
  const headings = doc.passages.filter((p) => p.kind === 'heading' || p.kind === 'question');
  const sections = headings.flatMap((heading, i) => {
    const day = isDateHeading(heading.text) ? mentions.find((m) => m.start >= heading.cleanStart && m.end <= heading.cleanEnd && m.granularity === 'day') : undefined;
    return day ? [{ start: heading.cleanEnd, end: headings[i + 1]?.cleanStart ?? doc.clean.length, reference: day.value }] : [];
  });
  if (sections.length === 0) return mentions;
  const outside = mentions.filter((m) => !sections.some((s) => m.start >= s.start && m.end <= s.end));
  const inside = sections.flatMap((s) =>
    extract(doc.clean.slice(s.start, s.end), { reference: s.reference, lang }).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })),
  );
  return [...outside, ...inside].sort((a, b) => a.start - b.start);
}

import { isDateHeading } from '../corpus/layout.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { DateMention, ExtractOptions } from '../dates/index.ts';

/**
 * The date mentions of a document, with the relative ones of a live blog's or a diary's day read
 * against the day heading they stand under: "yesterday" under "Monday 19 December 2016" is 18
 * December, whenever the page was last updated. A day heading without its year ("5 April" above a
 * press review's item) takes it from the publication date, not from the story above it: a heading
 * opens a section of its own. Text outside day headings keeps the publication date as its reference.
 */
export function mentionsByDay(doc: CorpusDocument, extract: (text: string, options: ExtractOptions) => DateMention[]): DateMention[] {
  const lang = doc.meta.language;
  const reference = doc.meta.published.value;
  const mentions = extract(doc.clean, { reference, lang });
  const headings = doc.passages.filter((p) => p.kind === 'heading' || p.kind === 'question');
  const dayHeadings = headings.flatMap((heading, i) => {
    if (!isDateHeading(heading.text)) return [];
    const own = extract(heading.text, { reference, lang }).map((m) => ({ ...m, start: m.start + heading.cleanStart, end: m.end + heading.cleanStart }));
    const day = own.find((m) => m.granularity === 'day');
    return day ? [{ heading, own, section: { start: heading.cleanEnd, end: headings[i + 1]?.cleanStart ?? doc.clean.length, reference: day.value } }] : [];
  });
  if (dayHeadings.length === 0) return mentions;
  const within = (m: DateMention, start: number, end: number): boolean => m.start >= start && m.end <= end;
  const outside = mentions.filter((m) => !dayHeadings.some(({ heading, section }) => within(m, heading.cleanStart, heading.cleanEnd) || within(m, section.start, section.end)));
  const inside = dayHeadings.flatMap(({ own, section }) => [
    ...own,
    ...extract(doc.clean.slice(section.start, section.end), { reference: section.reference, lang }).map((m) => ({ ...m, start: m.start + section.start, end: m.end + section.start })),
  ]);
  return [...outside, ...inside].sort((a, b) => a.start - b.start);
}

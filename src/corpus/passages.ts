import type { CleanedText } from './clean.ts';
import { originalSpan } from './mapped-text.ts';
import { readingOf } from './readings.ts';
import { splitSentences } from './sentences.ts';
import { tellsStory, type DocumentMeta, type Passage } from './types.ts';

/**
 * Sentence-level passages grouped by paragraph, with offsets into the cleaned text and into the
 * original file. A passage knows the heading or question it stands under, up to the next one.
 */
export function buildPassages(meta: Pick<DocumentMeta, 'id' | 'language' | 'readings'>, cleaned: CleanedText): Passage[] {
  const passages: Passage[] = [];
  let heading: string | undefined;
  cleaned.paragraphs.forEach((paragraph, p) => {
    const text = cleaned.text.slice(paragraph.start, paragraph.end);
    // A headline, a heading or a caption is one unit, whatever punctuation it carries.
    const spans = tellsStory(paragraph.kind) ? splitSentences(text, meta.language) : [{ start: 0, end: text.length }];
    const opensSection = paragraph.kind === 'heading' || paragraph.kind === 'question';
    if (opensSection) heading = undefined;
    spans.forEach((span, s) => {
      const cleanStart = paragraph.start + span.start;
      const cleanEnd = paragraph.start + span.end;
      const text = cleaned.text.slice(cleanStart, cleanEnd);
      const reading = readingOf(meta, text);
      passages.push({
        id: `${meta.id}/p${p + 1}s${s + 1}`,
        documentId: meta.id,
        language: meta.language,
        kind: paragraph.kind,
        ...(heading !== undefined && { headingId: heading }),
        paragraph: p + 1,
        sentence: s + 1,
        text,
        ...(reading !== undefined && { reading }),
        cleanStart,
        cleanEnd,
        ...originalSpan(cleaned, cleanStart, cleanEnd),
      });
    });
    if (opensSection) heading = passages[passages.length - 1]?.id;
  });
  return passages;
}

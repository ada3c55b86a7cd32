import type { CleanedText } from './clean.ts';
import { originalSpan } from './mapped-text.ts';
import { splitSentences } from './sentences.ts';
import type { DocumentMeta, Passage } from './types.ts';

/** Sentence-level passages grouped by paragraph, with offsets into the cleaned text and into the original file. */
export function buildPassages(meta: Pick<DocumentMeta, 'id' | 'language'>, cleaned: CleanedText): Passage[] {
  const passages: Passage[] = [];
  cleaned.paragraphs.forEach((paragraph, p) => {
    const text = cleaned.text.slice(paragraph.start, paragraph.end);
    // A headline or a caption is one unit, whatever punctuation it carries.
    const spans = paragraph.kind === 'body' ? splitSentences(text) : [{ start: 0, end: text.length }];
    spans.forEach((span, s) => {
      const cleanStart = paragraph.start + span.start;
      const cleanEnd = paragraph.start + span.end;
      passages.push({
        id: `${meta.id}/p${p + 1}s${s + 1}`,
        documentId: meta.id,
        language: meta.language,
        kind: paragraph.kind,
        paragraph: p + 1,
        sentence: s + 1,
        text: cleaned.text.slice(cleanStart, cleanEnd),
        cleanStart,
        cleanEnd,
        ...originalSpan(cleaned, cleanStart, cleanEnd),
      });
    });
  });
  return passages;
}

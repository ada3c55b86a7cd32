import type { Language } from '../corpus/types.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { datesIn } from './headline.ts';
import { isOfficeTitle } from './people.ts';
import { cosine, weigh, type Vector } from './sense-vectors.ts';

/**
 * What an event's texts say about it, for finding its story. A sentence often measures one
 * happening from another ("signed in October 2016, less than a year after Turkey shot down a
 * Russian warplane"; "the project slowed down during the crisis that followed Turkey's downing of
 * a bomber in November 2015"): a part of it that tells another happening, one the event's summary
 * is unlike, is an aside, and its words would join the event to that happening's story. Documents
 * that tell one story and date it by another's (a pipeline's history, a plant's explainer) are full
 * of such sentences.
 */

/** Words that measure a happening from another one: what follows them, to the end of the clause, may tell that other one. */
const MEASURED_FROM: Record<Language, RegExp> = {
  en: /(?<!\p{L})(?:after|since|before|during|following|despite|until)(?!\p{L})[^,;:.!?]*/giu,
  sv: /(?<!\p{L})(?:efter|sedan|före|innan|under|trots|tills)(?!\p{L})[^,;:.!?]*/giu,
};

/** A text's senses by part: the sentence's own words first, then each clause that measures from another happening. */
type Parts = string[][];

/** The senses of an event's summary (first) and quotes, by part; dates and titles of office tell no story. `words` keeps a word each sense was written as. */
function textParts(event: TimelineEvent, analyzer: Analyzer, words: Map<string, string>): Parts[] {
  const texts = [{ text: event.summary, language: 'en' as const }, ...event.citations.map((c) => ({ text: c.quote, language: c.language }))];
  return texts.map(({ text, language }) => {
    const dates = datesIn(text, language);
    const clauses = [...text.matchAll(MEASURED_FROM[language])].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const parts: Parts = [[], ...clauses.map(() => [])];
    for (const { term, start, end } of analyzer.analyze(text, language)) {
      if (dates.some((d) => start < d.end && d.start < end) || isOfficeTitle(text.slice(start, end), language)) continue;
      const sense = analyzer.sense(term, language);
      if (!words.has(sense) && language === 'en') words.set(sense, text.slice(start, end).toLowerCase());
      parts[clauses.findIndex((c) => c.start <= start && end <= c.end) + 1]?.push(sense);
    }
    return parts.map((list) => [...new Set(list)]);
  });
}

/**
 * Each event's senses (and places, and who tells it in a transcript: the turns of one conversation
 * tell one story, in words that leave its subject unsaid, "And the Russians were back in") that tell its story, asides left out. A part tells another
 * happening when it is alike to it at least `alikeAt` and more than to the event's own summary; it
 * is an aside when it tells one the summary is not alike to. The summary's own sentence and a quote
 * of one part are never asides.
 */
export function storyTerms(events: readonly TimelineEvent[], analyzer: Analyzer, words: Map<string, string>, alikeAt: number, speakerOf: (passageId: string) => string | undefined = () => undefined): string[][] {
  const told = events.map((e) => textParts(e, analyzer, words));
  const places = events.map((e) => {
    for (const place of e.places) words.set(`place:${place}`, place.toLowerCase());
    const speakers = e.citations.flatMap((c) => {
      const speaker = speakerOf(c.passageId);
      if (speaker !== undefined) words.set(`speaker:${speaker}`, speaker);
      return speaker === undefined ? [] : [`speaker:${speaker}`];
    });
    return [...e.places.map((p) => `place:${p}`), ...speakers];
  });
  const whole = weigh(told.map((texts, i) => [...texts.flat(2), ...(places[i] as string[])]));
  return told.map((texts, i) => {
    const summary = whole.vector([...(texts[0]?.[0] ?? []), ...(places[i] as string[])]);
    // A part brings the event no story its summary is not already of: every happening the part tells
    // better than the summary does, the summary must be alike to itself.
    const aside = (part: string[]) => {
      const asked = whole.vector(part);
      return events.some((other, j) => {
        const theirs = whole.vectors[j] as Vector;
        if (j === i || other.status !== 'happened' || cosine(summary, theirs) >= alikeAt) return false;
        const tells = cosine(asked, theirs);
        return tells >= alikeAt && tells > cosine(asked, summary);
      });
    };
    // Only a sentence of several parts has one to leave out: a whole quote is the event's own.
    const kept = texts.flatMap((parts, t) => (parts.length === 1 ? parts : parts.filter((part, k) => (t === 0 && k === 0) || !aside(part))));
    return [...new Set([...kept.flat(), ...(places[i] as string[])])];
  });
}

import type { Passage } from '../corpus/types.ts';
import { extractDates, partialDateRange } from '../dates/index.ts';
import { isStart } from '../events/claims.ts';
import type { Candidate } from './candidates.ts';
import type { AnswerContext } from './context.ts';
import { expectedFact } from './expected.ts';
import type { Period, QuestionAnalysis } from './question.ts';

/**
 * Whether a candidate is of another time than the period the question names in dates (one worked out from an
 * anchor event is only near it): its claim is dated outside it, or, read without one, its sentence's dates tell another time.
 */
export function ofAnotherTime({ claim, passage, origin }: Candidate, question: QuestionAnalysis, context: AnswerContext): boolean {
  const { period, anchor } = question;
  if (!period || anchor) return false;
  if (claim) {
    const range = partialDateRange(claim.date);
    const outside = range.end < period.start || range.start > period.end;
    // "More than 100,000 had fled by 3 October": a sentence that goes on telling an earlier story may name a time of its own, inside the period.
    return outside && !(origin === 'story' && namesDateWithin(context, passage, period));
  }
  return toldOfAnotherTime(context, passage, question);
}

/** Whether a sentence's own words name a date inside a period. */
function namesDateWithin(context: AnswerContext, passage: Passage, period: Period): boolean {
  const published = context.documents.get(passage.documentId)?.meta.published.value ?? '';
  return extractDates(passage.text, { reference: published, lang: passage.language }).some((m) => {
    const range = partialDateRange(m.value);
    return range.start >= period.start && range.end <= period.end;
  });
}

/**
 * Whether a sentence read without one of its dates tells another time than the period the question names:
 * every date it (or the story it goes on telling) gives comes later; or every happening it dates ended before
 * ("In September 2018 … agree to create a zone" tells nothing agreed in March 2020). For a question after a cause,
 * only a year and more before, as a cause comes shortly before ("the meeting came a week after the soldiers were
 * killed"); never for one after a date (a sentence read without one gives none) or near an anchor event; and a start ("since December 2019 …")
 * goes on after its date, and is background to a sentence that tells a dated happening too. A sentence that dates
 * nothing is of its document's time: one published before the period cannot tell of it ("today" in a 2019 speech).
 */
export function toldOfAnotherTime(context: AnswerContext, passage: Passage, question: QuestionAnalysis): boolean {
  const { period } = question;
  const all = [...context.claimsIn(passage), ...context.governing(passage)];
  // A start inside a dated sentence ("the worst clashes since Ankara first sent in troops in 2016") is background to what it tells.
  const told = all.filter((c) => !isStart(c));
  const claims = told.length > 0 ? told : all;
  if (!period) return false;
  if (claims.length === 0) return publishedBefore(context, passage, period.start);

  const ranges = claims.map((c) => partialDateRange(c.date));
  if (ranges.every((range) => range.start > period.end)) return true;
  const cause = expectedFact(question) === 'reason';
  const earlierToo = question.kind !== 'when' && !question.anchor && told.length > 0;
  // A cause comes before what it causes, but not years before: what happened years earlier tells another story.
  const before = cause ? yearsBefore(period.start, CAUSE_REACH_YEARS) : period.start;
  return earlierToo && claims.every((c, i) => c.status === 'happened' && (ranges[i]?.end ?? '') < before);
}

/** How long before what it causes a cause may be told: a year and more before is another story. */
const CAUSE_REACH_YEARS = 1;

/** The day some years before a day (YYYY-MM-DD). */
function yearsBefore(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;
}

function publishedBefore(context: AnswerContext, passage: Passage, start: string): boolean {
  const published = context.documents.get(passage.documentId)?.meta.published.value;
  return published !== undefined && partialDateRange(published).end < start;
}

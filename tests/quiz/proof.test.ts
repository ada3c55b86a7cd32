import { beforeAll, describe, expect, it } from 'vitest';
import type { Language, Passage } from '../../src/corpus/types.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import type { Citation } from '../../src/events/types.ts';
import { agreedDate, isCalendarDate, quizContext, type QuizContext } from '../../src/quiz/context.ts';
import { isVerbatim, statesDate, withSentenceBefore } from '../../src/quiz/proof.ts';
import { validateQuestion } from '../../src/quiz/validate.ts';

let engine: Engine;
let context: QuizContext;
beforeAll(async () => {
  engine = await createEngine();
  context = quizContext(engine.quizSource, 'en');
});

/** A paragraph of sentences as the corpus makes them: one passage each, joined by a space in the clean text. */
function paragraph(sentences: string[], language: Language = 'en'): { clean: string; passages: Passage[] } {
  let at = 0;
  const passages = sentences.map((text, i) => {
    const passage: Passage = { id: `d/p1s${i + 1}`, documentId: 'd', language, kind: 'body', paragraph: 1, sentence: i + 1, text, cleanStart: at, cleanEnd: at + text.length, start: at, end: at + text.length };
    at += text.length + 1;
    return passage;
  });
  return { clean: sentences.join(' '), passages };
}

const cite = (passage: Passage): Citation => ({ documentId: 'd', passageId: passage.id, quote: passage.text, language: passage.language });

describe('what proves a date in a reveal', () => {
  it('is a sentence that states the date itself, as precisely as asked, its year perhaps from the day it was written', () => {
    const { passages } = paragraph(['On February 27, Turkish soldiers are killed in an air strike.', 'In December 2017 Turkey signs the contract.', 'There is a thaw in June 2016.']);
    const [strike, contract, thaw] = passages as [Passage, Passage, Passage];
    expect(statesDate(cite(strike), strike, '2020-03-02', '2020-02-27')).toBe(true);
    expect(statesDate(cite(contract), contract, '2019-07-12', '2017')).toBe(true);
    expect(statesDate(cite(thaw), thaw, '2019-07-12', '2016-06-27')).toBe(false);
  });

  it('is not a sentence whose month takes its year from a narrative the quote does not show', () => {
    const { passages } = paragraph(['In late May, Putin orders the lifting of most remaining sanctions.']);
    const [lifting] = passages as [Passage];
    expect(statesDate(cite(lifting), lifting, '2020-02', '2017-05')).toBe(false);
  });

  it('is a sentence counted from the one before it when the quote carries both, verbatim', () => {
    const { clean, passages } = paragraph(['On 27 June 2016 Erdogan writes a letter to Putin.', 'Two days later the leaders speak on the telephone.']);
    const [letter, call] = passages as [Passage, Passage];
    expect(statesDate(cite(call), call, '2017-01', '2016-06-29')).toBe(false);
    const joined = withSentenceBefore(cite(call), call, letter, clean);
    expect(joined.quote).toBe(clean);
    expect(joined.passageId).toBe(call.id);
    expect(isVerbatim(joined.quote, call, letter)).toBe(true);
    expect(statesDate(joined, call, '2017-01', '2016-06-29')).toBe(true);
  });

  it('is not the date of the sentence before: it dates that sentence, not the cited one', () => {
    const { clean, passages } = paragraph(['In June 2016 Erdogan writes a letter to Putin.', 'Putin lifts some sanctions.']);
    const [letter, lifting] = passages as [Passage, Passage];
    expect(statesDate(withSentenceBefore(cite(lifting), lifting, letter, clean), lifting, '2017-01', '2016-06')).toBe(false);
  });

  it('takes no quote for verbatim that joins sentences which are not adjacent', () => {
    const { passages } = paragraph(['On 27 June 2016 Erdogan writes a letter.', 'The Kremlin speaks of apologies.', 'Two days later the leaders speak.']);
    const [letter, , call] = passages as [Passage, Passage, Passage];
    expect(isVerbatim(`${letter.text} ${call.text}`, call, passages[1])).toBe(false);
    expect(isVerbatim('', call, undefined)).toBe(false);
  });
});

describe('reveals of questions whose answer follows from dates', () => {
  const DATED = ['when', 'year', 'true-false', 'what', 'first', 'order', 'same-month', 'how-long'];

  it('quote a sentence with the one before it when its date counts from that one, the cited passage its own', () => {
    const joined = engine.quizBank().flatMap((q) => q.citations).filter((c) => !engine.passage(c.passageId)?.text.includes(c.quote));
    expect(joined.length).toBeGreaterThan(0);
    for (const c of joined) {
      const passage = engine.passage(c.passageId) as Passage;
      expect(c.quote.endsWith(passage.text)).toBe(true);
      expect(c.quote.startsWith(context.before(passage)?.text ?? '\u0000')).toBe(true);
    }
  });

  it('quote a sentence that names its day by another happening ("the same day … met") with the sentence that states that day', () => {
    const borrowing = engine.quizBank().filter((q) => {
      const event = q.answerEvents.length === 1 ? context.byId.get(q.answerEvents[0] as string) : undefined;
      return event?.dateFrom !== undefined && context.datedCitations(event).length === 0;
    });
    expect(borrowing.map((q) => q.kind).sort()).toEqual(['true-false', 'when']);
    for (const q of borrowing) {
      const event = context.byId.get(q.answerEvents[0] as string);
      expect(event?.citations.map((c) => c.passageId)).toContain(q.citations[0]?.passageId);
      expect(q.citations[1]).toEqual(event?.dateFrom);
      expect(validateQuestion(q, context)).toEqual([]);
      // Alone, the sentence does not show the day.
      expect(validateQuestion({ ...q, citations: q.citations.slice(0, 1) }, context).map((p) => p.rule)).toContain('proof');
    }
  });

  it('are refused by the validator when the quote cited first leaves the date to the narrative', () => {
    // A true or false question on who did it states no date (statement.test.ts).
    const bank = engine.quizBank().filter((q) => DATED.includes(q.kind) && (q.kind !== 'true-false' || isCalendarDate(q.values[0] ?? '')) && q.answerEvents.length === 1);
    const leaning = bank.flatMap((q) => {
      const event = context.byId.get(q.answerEvents[0] as string);
      const date = event && agreedDate(event);
      if (!event || !date) return [];
      const proving = new Set(context.datedCitations(event, q.kind === 'year' ? date.slice(0, 4) : date).map((c) => c.passageId));
      const other = event.citations.find((c) => !proving.has(c.passageId));
      return other ? [{ ...q, citations: [other, ...q.citations] }] : [];
    });
    expect(leaning.length).toBeGreaterThan(0);
    for (const q of leaning) expect(validateQuestion(q, context).map((p) => p.rule)).toContain('proof');
  });
});

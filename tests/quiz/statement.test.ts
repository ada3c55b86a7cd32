import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import { isCalendarDate, quizContext, type QuizContext } from '../../src/quiz/context.ts';
import { namesDate } from '../../src/quiz/headline.ts';
import { doingOf, standIns, statementOf, withDoer } from '../../src/quiz/statement-kinds.ts';
import type { QuizQuestion } from '../../src/quiz/types.ts';
import { validateQuestion } from '../../src/quiz/validate.ts';

let engine: Engine;
let context: QuizContext;
let statements: QuizQuestion[];
beforeAll(async () => {
  engine = await createEngine();
  context = quizContext(engine.quizSource, 'en');
  statements = engine.quizBank().filter((q) => q.kind === 'true-false' && !isCalendarDate(q.values[0] ?? ''));
});

const rules = (q: QuizQuestion) => validateQuestion(q, context).map((p) => p.rule);
const event = (id: string) => context.byId.get(id) ?? expect.fail(`no event ${id}`);
/** Kinds whose answer rests on the dates of the events they show. */
const DATED = ['when', 'year', 'true-false', 'what', 'first', 'order', 'same-month', 'how-long'];

describe('an event whose date is in doubt', () => {
  it('is asked true or false on its source’s statement, which names no date', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const q of statements) {
      const asked = event(q.answerEvents[0] as string);
      expect(context.dateInDoubt(asked)).toBe(true);
      expect(namesDate(q.question, 'en')).toBe(false);
      expect(asked.citations.map((c) => c.passageId)).toContain(q.citations[0]?.passageId);
      expect(validateQuestion(q, context)).toEqual([]);
    }
  });

  it('is in the bank when its source says which of the two countries did it', () => {
    const said = context.undated.filter((e) => context.relevant(e) && doingOf(statementOf(e, context) ?? '', context));
    expect(said.length).toBeGreaterThan(0);
    const answered = new Set(engine.quizBank().flatMap((q) => q.answerEvents));
    expect(said.filter((e) => !answered.has(e.id)).map((e) => e.summary)).toEqual([]);
  });

  it('is never asked by its date, nor shown where an answer rests on dates, in English or Swedish', () => {
    for (const language of ['en', 'sv'] as const) {
      const own = quizContext(engine.quizSource, language);
      const doubted = own.events.filter((e) => own.dateInDoubt(e));
      expect(doubted.length).toBeGreaterThan(0);
      for (const q of engine.quizBank({ language })) {
        const onDates = q.kind === 'next' ? q.values.filter((_, i) => i !== q.answer) : DATED.includes(q.kind) && isCalendarDate(q.values[0] ?? '') ? q.eventIds : [];
        expect(onDates.filter((id) => doubted.some((e) => e.id === id))).toEqual([]);
      }
    }
  });

  it('is not asked in a quiz of a period, which would say that it happened in it', () => {
    const doubted = new Set(statements.flatMap((q) => q.answerEvents));
    expect(engine.quizBank({ from: '2015', to: '2022' }).filter((q) => q.answerEvents.some((id) => doubted.has(id)))).toEqual([]);
  });
});

describe('a statement of who did it', () => {
  const asked = () => {
    const q = statements[0] as QuizQuestion;
    const e = event(q.answerEvents[0] as string);
    return { q, e, doing: doingOf(statementOf(e, context) as string, context) ?? expect.fail('no doer') };
  };
  const stating = (q: QuizQuestion, doer: string, answer: number, text = context.wording.statement(withDoer(doer, asked().doing, context))): QuizQuestion => ({ ...q, question: text, values: [doer, `not ${doer}`], answer });

  it('is false with another state as the doer, one the documents write and the event’s quotes do not name', () => {
    const { q, e, doing } = asked();
    const [other] = standIns(e, context);
    expect(other).toBeDefined();
    expect(context.pair).not.toContain(other);
    expect(e.citations.flatMap((c) => context.actorsIn(c.quote))).not.toContain(other);
    expect(validateQuestion(stating(q, doing.doer, 0), context)).toEqual([]);
    expect(validateQuestion(stating(q, other as string, 1), context)).toEqual([]);
  });

  it('is refused when the answer says otherwise, the doer is the other country, or the stem is not the source’s', () => {
    const { q, e, doing } = asked();
    const other = standIns(e, context)[0] as string;
    expect(rules(stating(q, other, 0))).toContain('proof');
    const side = context.pair.find((s) => s !== doing.doer) as string;
    expect(rules({ ...stating(q, side, 1), question: context.wording.statement(`${side} ${doing.rest}`) })).toContain('ambiguity');
    expect(rules(stating(q, doing.doer, 0, context.wording.statement(`${doing.doer} ${doing.rest.replace(/\.$/u, ' in 2020.')}`)))).toContain('proof');
  });

  it('names one doer: two countries who did it together are no statement to change', () => {
    expect(doingOf('Russia and Turkey agreed to set up a joint centre.', context)).toBeUndefined();
    expect(doingOf("Russia's foreign ministry confirmed the death.", context)).toBeUndefined();
    expect(doingOf('Russia lifted the sanctions on Turkey.', context)).toEqual({ doer: 'Russia', rest: 'lifted the sanctions on Turkey.' });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import { partialDateRange } from '../../src/dates/index.ts';
import { effectiveRange, quizContext, type QuizContext } from '../../src/quiz/context.ts';
import { headlineProblems, withoutDates } from '../../src/quiz/headline.ts';
import { RUBRIC } from '../../src/quiz/rubric.ts';
import { selectQuiz } from '../../src/quiz/select.ts';
import { QUIZ_KINDS, type QuizQuestion } from '../../src/quiz/types.ts';
import { validateQuestion, validateQuiz } from '../../src/quiz/validate.ts';

let engine: Engine;
let context: QuizContext;
beforeAll(async () => {
  engine = await createEngine();
  context = quizContext(engine.quizSource, 'en');
});

const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
const rules = (q: QuizQuestion) => validateQuestion(q, context).map((p) => p.rule);

describe('quiz generation', () => {
  it('makes 20-question quizzes over 20 seeds that meet the rubric, with no event the answer twice', () => {
    for (const seed of seeds) {
      const quiz = engine.quiz({ count: 20, seed });
      expect(quiz.length).toBeGreaterThanOrEqual(15);
      expect(validateQuiz(quiz)).toEqual([]);
      for (const q of quiz) expect(validateQuestion(q, context)).toEqual([]);
    }
  });

  it('cites the answer’s own quote first: a passage of an event the answer is about', () => {
    const byId = new Map(engine.timeline().map((e) => [e.id, e]));
    for (const q of engine.quizBank().filter((x) => x.kind !== 'who-said')) {
      const own = new Set(q.answerEvents.flatMap((id) => byId.get(id)?.citations.map((c) => c.passageId) ?? []));
      expect(own.has(q.citations[0]?.passageId ?? '')).toBe(true);
    }
  });

  it('makes each kind on request, and the same quiz for the same seed', () => {
    const kinds = new Set(engine.quizBank().map((q) => q.kind));
    expect([...QUIZ_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
    for (const kind of QUIZ_KINDS) expect(engine.quiz({ count: 2, seed: 3, kind }).every((q) => q.kind === kind)).toBe(true);
    expect(engine.quiz({ count: 8, seed: 42 })).toEqual(engine.quiz({ count: 8, seed: 42 }));
    expect(engine.quiz({ count: 8, seed: 43 })).not.toEqual(engine.quiz({ count: 8, seed: 42 }));
  });

  it('gives fewer questions than asked rather than a repeat: a kind the period cannot fill', () => {
    const who = engine.quiz({ count: 20, seed: 1, kind: 'who' });
    expect(who.length).toBe(engine.quizBank().filter((q) => q.kind === 'who').length);
    expect(new Set(who.map((q) => q.answerEvents[0])).size).toBe(who.length);
  });

  it('asks other questions under other seeds: ten quizzes ask most of what the bank holds', () => {
    const asked = new Set(Array.from({ length: 10 }, (_, i) => engine.quiz({ count: 20, seed: i + 1 })).flat().map((q) => q.id));
    expect(asked.size / engine.quizBank().length).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps a seed’s quiz when the bank loses a question the quiz does not ask, as when a moderator hides one', () => {
    const bank = engine.quizBank();
    const quiz = selectQuiz(bank, context, { count: 20, seed: 5 });
    const asked = new Set(quiz.map((q) => q.id));
    for (const hidden of bank.filter((q) => !asked.has(q.id)).slice(0, 5)) {
      expect(selectQuiz(bank.filter((q) => q !== hidden), context, { count: 20, seed: 5 })).toEqual(quiz);
    }
  });

  it('gives ids that name a question whatever the seed, so that moderators can hide and edit it', () => {
    const ids = engine.quizBank().map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of engine.quiz({ count: 10, seed: 7 })) expect(ids).toContain(q.id);
  });

  it('makes distractors harder as they come closer to the answer', () => {
    const when = engine.quizBank().filter((q) => q.kind === 'when' && q.values[0]?.length === 10);
    const spread = (q: QuizQuestion) => Math.max(...q.values.map((v) => Math.abs(Date.parse(v) - Date.parse(q.values[q.answer] as string))));
    const mean = (qs: QuizQuestion[]) => qs.reduce((s, q) => s + spread(q), 0) / qs.length;
    expect(mean(when.filter((q) => q.difficulty === 3))).toBeLessThan(mean(when.filter((q) => q.difficulty === 1)));
  });

  it('writes the rubric down, and names the rule a question breaks', () => {
    expect(Object.keys(RUBRIC)).toEqual(['options', 'proof', 'giveaway', 'fragment', 'distractor-type', 'ambiguity', 'worth-asking', 'language', 'repeat', 'spread']);
  });
});

describe('the validator refuses what the rubric forbids', () => {
  const ofKind = (kind: QuizQuestion['kind']) => engine.quizBank().find((q) => q.kind === kind) as QuizQuestion;

  it('two options that say the same', () => {
    const q = ofKind('when');
    expect(rules({ ...q, options: [q.options[0], q.options[0], ...q.options.slice(2)] as string[] })).toContain('options');
  });

  it('a distractor that is the event’s own date, and one far outside the period', () => {
    const q = ofKind('when');
    const own = q.values[q.answer] as string;
    expect(rules({ ...q, values: q.values.map((v, i) => (i === (q.answer + 1) % 4 ? own.slice(0, 7) : v)) })).toContain('ambiguity');
    const far = { ...q, values: q.values.map((v, i) => (i === (q.answer + 1) % 4 ? `1901${own.slice(4)}` : v)) };
    expect(rules(far)).toContain('distractor-type');
  });

  it('a stem that names the date it asks for, and an option cut with “…”', () => {
    const q = ofKind('when');
    expect(rules({ ...q, question: `${q.question} In ${q.options[q.answer]}.` })).toContain('giveaway');
    const what = ofKind('what');
    const cut = { ...what, options: what.options.map((o, i) => (i === 1 ? `${o.slice(0, 30)}…` : o)) };
    expect(rules(cut)).toContain('fragment');
  });

  it('an order answer that is not the order of the dates', () => {
    const q = ofKind('order');
    expect(rules({ ...q, answer: (q.answer + 1) % 4 })).toContain('proof');
  });

  it('a person who is no peer of the answer, and a quote that is not verbatim', () => {
    const q = ofKind('who');
    expect(rules({ ...q, options: q.options.map((o, i) => (i === (q.answer + 1) % 4 ? 'Mikhail Bogdanov' : o)), values: q.values.map((o, i) => (i === (q.answer + 1) % 4 ? 'Mikhail Bogdanov' : o)) })).toContain('distractor-type');
    expect(rules({ ...q, citations: q.citations.map((c) => ({ ...c, quote: `${c.quote} And more.` })) })).toContain('proof');
  });

  it('an event twice as the answer in one quiz', () => {
    const [a] = engine.quizBank().filter((q) => q.kind === 'when');
    const same = engine.quizBank().find((q) => q.kind === 'year' && q.answerEvents[0] === a?.answerEvents[0]);
    expect(validateQuiz([a as QuizQuestion, same as QuizQuestion]).map((p) => p.rule)).toEqual(['repeat']);
  });

  it('a number of months standing apart from the wrong ones, all on one side of it', () => {
    const q = ofKind('how-long');
    const right = Number(q.values[q.answer]);
    const apart = [right, right + 5, right + 7, right + 9];
    expect(rules({ ...q, answer: 0, values: apart.map(String), options: apart.map((m) => `${m} months`) })).toContain('giveaway');
    for (const generated of engine.quizBank().filter((x) => x.kind === 'how-long')) {
      const answer = Number(generated.values[generated.answer]);
      const wrong = generated.values.filter((_, i) => i !== generated.answer).map(Number);
      const oneSide = wrong.every((m) => m < answer) || wrong.every((m) => m > answer);
      const nearest = Math.min(...wrong.map((m) => Math.abs(m - answer)));
      expect(oneSide && nearest > Math.max(...wrong) - Math.min(...wrong)).toBe(false);
    }
  });

  it('an event shown by a headline that leans on the sentence before it: who "the two men" are, which incident', () => {
    expect(headlineProblems('The two men meet in Saint Petersburg.', 'en')).toContain('leans on the sentence before it');
    expect(headlineProblems('De två männen möts i S:t Petersburg.', 'sv')).toContain('leans on the sentence before it');
    expect(headlineProblems('There is a thaw when Erdogan expresses regret about the incident.', 'en')).toContain('leans on the sentence before it');
    expect(headlineProblems('However, the government has stepped up air raids.', 'en')).toContain('leans on the sentence before it');
    expect(headlineProblems('Och i ett brev till Putin framför Erdogan sina kondoleanser.', 'sv')).toContain('leans on the sentence before it');
    expect(headlineProblems('Putin and Erdogan meet in Saint Petersburg.', 'en')).toEqual([]);
  });

  it('an event shown by a sentence whose date lost its month in the source ("In 29, …"), which no date layer can take out', () => {
    expect(headlineProblems('In 29, Putin ordered lifting sanctions on tourism.', 'en')).toContain('opens on a damaged date');
    expect(headlineProblems('Den 29, talar ledarna i telefon.', 'sv')).toContain('opens on a damaged date');
    expect(headlineProblems('In 2016, Putin ordered lifting sanctions on tourism.', 'en')).not.toContain('opens on a damaged date');
  });

  it('a question about an event that does not exist', () => {
    expect(rules({ ...ofKind('when'), eventIds: ['nowhere'] })).toContain('proof');
  });
});

describe('options that show events', () => {
  it('are the summary’s headline, or else a source’s own sentence in the quiz’s language without its date', () => {
    const options = engine.quizBank().filter((q) => q.kind === 'first' || q.kind === 'what').flatMap((q) => q.options.map((text, i) => ({ text, event: context.byId.get(q.values[i] as string) })));
    const fromSource = options.filter(({ text, event }) => event && !event.summary.includes(text.replace(/[.!?]$/u, '')));
    expect(fromSource.length).toBeGreaterThan(0);
    for (const { text, event } of fromSource) {
      const words = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu) ?? [];
      expect(event?.citations.some((c) => c.language === 'en' && words(text).every((w) => words(c.quote).includes(w)))).toBe(true);
    }
  });
});

describe('an English quiz', () => {
  it('shows an event by its summary only when an English source tells it: a gloss of a Swedish one is no headline', () => {
    const eventOptions = engine.quizBank().filter((q) => q.kind === 'first' || q.kind === 'what').flatMap((q) => q.values.map((id) => context.byId.get(id)));
    expect(eventOptions.length).toBeGreaterThan(0);
    for (const event of eventOptions) expect(event?.citations.some((c) => c.language === 'en')).toBe(true);
  });

  it('shows a Swedish source in its own words without its date, the subject first again once an opening date goes', () => {
    expect(withoutDates('I december förra året skjuter en turkisk polis ihjäl ambassadören.', 'sv')).toBe('En turkisk polis skjuter ihjäl ambassadören.');
    expect(withoutDates('In March 2020, a truce was brokered.', 'en')).toBe('A truce was brokered.');
  });
});

describe('worth asking', () => {
  it('is nothing of one side with a third country alone: its dealings, or the doing of a government it backs', () => {
    const pair = ['Russia', 'Turkey'];
    const groups = (e: { actors: string[] }) => e.actors.filter((a) => !engine.quizSource.people.has(a));
    const thirdParty = context.askable.filter((e) => pair.filter((p) => groups(e).includes(p)).length === 1 && groups(e).some((a) => !pair.includes(a)));
    expect(thirdParty.length).toBeGreaterThan(0);
    const shown = new Set(engine.quizBank().flatMap((q) => q.eventIds));
    expect(thirdParty.filter((e) => shown.has(e.id)).map((e) => e.summary)).toEqual([]);
  });
});

describe('true or false', () => {
  it('is never asked on an ongoing state, which "happened" in every month it lasts', () => {
    const ongoing = new Set(context.askable.filter((e) => effectiveRange(e, context.published).end !== partialDateRange(e.date).end).map((e) => e.id));
    expect(ongoing.size).toBeGreaterThan(0);
    const trueFalse = engine.quizBank().filter((q) => q.kind === 'true-false');
    expect(trueFalse.length).toBeGreaterThan(0);
    expect(trueFalse.filter((q) => q.answerEvents.some((id) => ongoing.has(id))).map((q) => q.question)).toEqual([]);
  });
});

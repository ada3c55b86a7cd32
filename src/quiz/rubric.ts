/**
 * The rubric a question must meet to be asked, as a teacher grades a question bank. Every rule
 * is enforced by the validator (validate.ts), which names the rule a question breaks; the quiz
 * rules by `validateQuiz`. `npm run eval` grades generated quizzes against the same rules.
 */
export const RUBRIC = {
  options: 'Four distinct options (two for true or false), exactly one of them right.',
  proof:
    'The right answer is proved by the quotes cited, verbatim text of the documents, the answer’s own quote first: the event’s own date (stated by the quote’s own sentence, or counted from the sentence before it, which the quote then carries too), the person the quote names, the words the passage quotes. No answer rests on a date in doubt (one the events layer doubts and no quote proves): such an event is asked true or false on its source’s statement, naming no date, and shown nowhere an answer rests on dates.',
  giveaway:
    'Nothing gives the answer away: no date in a stem whose answer is a date, no option that prints its date (the order would show), the person answered not named in the stem, date options all of one granularity, the right date not standing apart (alone on one side of the wrong ones, farther from them than they are from each other).',
  fragment:
    'Options are complete short headlines (a sentence, at most 160 characters, no “…” cut, not starting or ending inside a quote) or parallel values (dates, names, months, orders); an event a stem shows is a headline or a whole quoted sentence.',
  'distractor-type':
    'Distractors are of the answer’s type and plausible: people who held the same kind of office at that time (alive, shown active within a few years), dates within the period and not trivially far, events of the same thread and within four years.',
  ambiguity:
    'No distractor is right too: not the event’s date nor the date of an alike event, not a time an ongoing state covers, not an event of the date asked about, not a second person who did it; the events ordered do not overlap.',
  'worth-asking':
    'About what happened between the two countries: events that happened (not plans, not background), not one country’s dealings with a third party (nor a third country’s doing that one of them backs, as the Russian-backed Syrian government’s air raids, where the other is not named); events compared are at least 45 days apart, not the day-level order of statements.',
  language: 'Stem and options in the quiz’s language; quotes in their source’s.',
  repeat: 'Within a quiz: no question twice, and no event the answer of two questions, whatever their kinds.',
  spread: 'A quiz spans the period and the threads (crisis, reconciliation, energy, Syria, S-400 …) in proportion to their events.',
} as const;

export type RubricRule = keyof typeof RUBRIC;

export interface RubricProblem {
  rule: RubricRule;
  detail: string;
}

export const problem = (rule: RubricRule, detail: string): RubricProblem => ({ rule, detail });

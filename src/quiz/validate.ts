import type { Language } from '../corpus/types.ts';
import { partialDateRange } from '../dates/index.ts';
import type { Citation, TimelineEvent } from '../events/types.ts';
import { detectLanguage } from '../text/language.ts';
import { foldLetters } from '../text/fold.ts';
import { agreedDate, effectiveRange, isCalendarDate, isHappened, type QuizContext } from './context.ts';
import { distance, standsApart, valueStandsApart, wrongDateFor } from './date-kinds.ts';
import { MIN_GAP_DAYS, monthsBetween } from './event-kinds.ts';
import { headlineProblems, namesDate, stripQuotations } from './headline.ts';
import { isVerbatim, statesDate } from './proof.ts';
import { doingOf, standIns, statementOf, withDoer } from './statement-kinds.ts';
import { notNext, storyThreads } from './story-kinds.ts';
import { problem, type RubricProblem } from './rubric.ts';
import { wordingOf } from './wording.ts';
import type { QuizQuestion } from './types.ts';

/**
 * Checks a question against the rubric (rubric.ts), working each answer out again from the
 * events and documents rather than trusting how the question was made. Empty when it passes.
 */

const DAY = 86_400_000;
/** "Not trivially far", in the answer's unit: days, months, years. */
const FARTHEST = { 10: 90, 7: 12, 4: 7 } as Record<number, number>;
const YEAR = /(?<![\p{L}\p{N}-])(?:1[89]|20)\d\d(?![\p{L}\p{N}])/u;

export function validateQuestion(question: QuizQuestion, context: QuizContext): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const { options, values, answer } = question;
  const expected = question.kind === 'true-false' ? 2 : 4;
  if (options.length !== expected || values.length !== options.length) problems.push(problem('options', `has ${options.length} options, not ${expected}`));
  if (new Set(options.map(foldLetters)).size !== options.length || options.some((o) => foldLetters(o) === '')) problems.push(problem('options', 'has options that say the same'));
  if (!Number.isInteger(answer) || answer < 0 || answer >= options.length) return [...problems, problem('options', 'points at no option')];
  problems.push(...proofProblems(question, context));
  if (question.origin === 'moderator') return problems;
  const events = question.eventIds.map((id) => context.byId.get(id));
  if (events.some((e) => e === undefined) || (question.eventIds.length === 0 && question.kind !== 'who-said')) return [...problems, problem('proof', 'names an event that does not exist')];
  const shown = events as TimelineEvent[];
  problems.push(...worthProblems(question, shown, context), ...languageProblems(question), ...kindProblems(question, shown, context));
  return problems;
}

function proofProblems(question: QuizQuestion, context: QuizContext): RubricProblem[] {
  if (question.citations.length === 0) return [problem('proof', 'cites no quote')];
  const out: RubricProblem[] = [];
  for (const c of question.citations) {
    const passage = context.passage(c.passageId);
    if (!passage || !isVerbatim(c.quote, passage, context.before(passage))) out.push(problem('proof', `quote of ${c.passageId} is not verbatim text of the passage (and the sentence before it)`));
  }
  if (reliesOnDate(question)) out.push(...dateProofProblems(question, context));
  // What came next is the answer's place in its story; the wrong options are placed by their dates.
  const onDates = reliesOnDate(question) ? question.eventIds : question.kind === 'next' ? question.values.filter((_, i) => i !== question.answer) : [];
  for (const id of onDates) {
    const event = context.byId.get(id);
    if (event && context.dateInDoubt(event)) out.push(problem('proof', `rests on the date of ${id}, which is in doubt`));
  }
  return out;
}

/** Kinds whose right answer follows from the dates of the events it is about. */
const DATED = new Set(['when', 'year', 'true-false', 'what', 'first', 'order', 'same-month', 'how-long']);

/** A true or false question states a date, or else who did what (statement-kinds.ts). */
const statesDoer = (question: QuizQuestion) => question.kind === 'true-false' && !isCalendarDate(question.values[0] ?? '');

const reliesOnDate = (question: QuizQuestion) => DATED.has(question.kind) && !statesDoer(question);

/** Each event the answer is about has its date stated by a quote of its own that the question cites; one answer event, by the first quote. */
function dateProofProblems(question: QuizQuestion, context: QuizContext): RubricProblem[] {
  const out: RubricProblem[] = [];
  for (const id of question.answerEvents) {
    const event = context.byId.get(id);
    const date = event && agreedDate(event);
    if (!event || !date) continue;
    const asked = question.kind === 'year' ? date.slice(0, 4) : date;
    const own = (question.answerEvents.length === 1 ? question.citations.slice(0, 1) : question.citations).filter((c) => event.citations.some((e) => e.passageId === c.passageId));
    const states = (c: Citation) => {
      const passage = context.passage(c.passageId);
      const published = context.published.get(c.documentId);
      return passage !== undefined && published !== undefined && statesDate(c, passage, published, asked);
    };
    // A sentence that names its day by another happening is proved by the sentence of that happening, cited right after it.
    const [first, second] = question.citations;
    const borrowed = question.answerEvents.length === 1 && own.length > 0 && second !== undefined && second.passageId === event.dateFrom?.passageId && first?.documentId === second.documentId && states(second);
    if (!own.some(states) && !borrowed) out.push(problem('proof', `no quote of ${id} cited ${question.answerEvents.length === 1 ? 'first ' : ''}states its date ${asked}, alone or with the sentence before it or the one whose day it names`));
  }
  return out;
}

function worthProblems(question: QuizQuestion, shown: TimelineEvent[], context: QuizContext): RubricProblem[] {
  const out: RubricProblem[] = [];
  for (const event of shown) {
    if (!isHappened(event)) out.push(problem('worth-asking', `${event.id} did not happen (a plan or background)`));
    else if (!context.relevant(event)) out.push(problem('worth-asking', `${event.id} is one country’s dealings with a third party`));
  }
  if (['first', 'order', 'what', 'same-month'].includes(question.kind)) {
    const ranges = shown.map((e) => effectiveRange(e, context.published));
    for (let i = 0; i < ranges.length; i++) {
      for (let j = i + 1; j < ranges.length; j++) {
        const [a, b] = [ranges[i], ranges[j]] as [{ start: string; end: string }, { start: string; end: string }];
        const gap = (Math.max(Date.parse(a.start), Date.parse(b.start)) - Math.min(Date.parse(a.end), Date.parse(b.end))) / DAY;
        const pair = question.kind === 'same-month' && question.answerEvents.includes(shown[i]?.id ?? '') && question.answerEvents.includes(shown[j]?.id ?? '');
        if (!pair && gap < MIN_GAP_DAYS) out.push(problem('worth-asking', `${shown[i]?.id} and ${shown[j]?.id} are less than ${MIN_GAP_DAYS} days apart`));
      }
    }
  }
  return out;
}

function languageProblems(question: QuizQuestion): RubricProblem[] {
  const out: RubricProblem[] = [];
  const own = stripQuotations(question.question).replace(/\(\d\)/gu, ' ');
  // A source's words in quotation marks keep their language.
  const texts = [own, ...(['first', 'what', 'next'].includes(question.kind) ? question.options.map(stripQuotations) : [])];
  for (const text of texts) {
    const guess = detectLanguage(text);
    if (guess.confident && guess.language !== question.language) out.push(problem('language', `“${text.slice(0, 60)}” is not in ${question.language}`));
  }
  return out;
}

/** Texts of events the question shows as options or in its stem's list. */
function eventTexts(question: QuizQuestion): string[] {
  if (question.kind === 'first' || question.kind === 'what' || question.kind === 'next') return question.options;
  if (question.kind === 'order' || question.kind === 'same-month') return question.question.split(/\(\d\)\s*/u).slice(1).map((t) => t.trim());
  return [];
}

/** An event shown in a source's own words, in the quiz's quotation marks, is a headline of the language it is written in. */
function unquoted(shown: string, language: Language): { text: string; language: Language } {
  const marks = wordingOf(language).quoted('');
  if (shown.length <= 2 || !shown.startsWith(marks.slice(0, 1)) || !shown.endsWith(marks.slice(-1))) return { text: shown, language };
  const text = shown.slice(1, -1);
  const guess = detectLanguage(text);
  return { text, language: guess.confident ? guess.language : language };
}

function kindProblems(question: QuizQuestion, shown: TimelineEvent[], context: QuizContext): RubricProblem[] {
  const out: RubricProblem[] = [];
  for (const shown of eventTexts(question)) {
    const { text, language } = unquoted(shown, question.language);
    for (const p of headlineProblems(text, language)) out.push(problem('fragment', `“${text.slice(0, 60)}” ${p}`));
    if (namesDate(text, language)) out.push(problem('giveaway', `“${text.slice(0, 60)}” prints its date`));
  }
  if (/…|\.\.\./u.test(question.question)) out.push(problem('fragment', 'the stem is cut with “…”'));
  const right = question.values[question.answer] as string;
  const wrong = question.values.filter((_, i) => i !== question.answer);
  const [event] = shown;
  switch (question.kind) {
    case 'when':
    case 'year':
      if (!event) break;
      out.push(...dateProblems(question, event, right, wrong, context));
      break;
    case 'true-false': {
      if (!event) break;
      if (statesDoer(question)) {
        out.push(...doerProblems(question, event, context));
        break;
      }
      const date = agreedDate(event);
      const stated = question.values[0] as string;
      const truthful = date === stated;
      if (truthful !== (question.answer === 0)) out.push(problem('proof', `the statement is ${truthful ? 'true' : 'false'}, the answer says otherwise`));
      if (!truthful && !wrongDateFor(stated, event, context)) out.push(problem('ambiguity', `${stated} is not wrong for the event`));
      break;
    }
    case 'what': {
      const date = event && agreedDate(event);
      if (!event || !date || right !== event.id) out.push(problem('proof', 'the answer is not the event of that date'));
      for (const id of wrong) {
        const other = context.byId.get(id);
        const range = partialDateRange(date ?? '0001');
        const own = other && effectiveRange(other, context.published);
        if (!other || !own || !(own.end < range.start || range.end < own.start)) out.push(problem('ambiguity', `${id} may have happened then too`));
        else if (context.threads.of.get(id) !== question.thread) out.push(problem('distractor-type', `${id} is of another thread`));
      }
      break;
    }
    case 'first': {
      const first = context.byId.get(right);
      const end = first && effectiveRange(first, context.published).end;
      for (const id of wrong) {
        const other = context.byId.get(id);
        if (!end || !other || partialDateRange(other.date).start <= end) out.push(problem('ambiguity', 'the answer is not clearly first'));
        else if (context.threads.of.get(id) !== question.thread) out.push(problem('distractor-type', `${id} is of another thread`));
      }
      break;
    }
    case 'order': {
      const sorted = shown.map((e, i) => ({ n: i + 1, range: effectiveRange(e, context.published) })).sort((a, b) => a.range.start.localeCompare(b.range.start));
      if (sorted.some((x, k) => k > 0 && (sorted[k - 1] as typeof x).range.end >= x.range.start)) out.push(problem('ambiguity', 'the events overlap in time'));
      if (right !== sorted.map((x) => x.n).join(' → ')) out.push(problem('proof', 'the answer is not the order of the dates'));
      if (new Set(shown.map((e) => context.threads.of.get(e.id))).size > 1) out.push(problem('distractor-type', 'the events are of different threads'));
      break;
    }
    case 'same-month': {
      const month = (id: string) => agreedDate(context.byId.get(id) as TimelineEvent)?.slice(0, 7);
      const sharing = question.values.filter((v) => {
        const [a, b] = v.split('+') as [string, string];
        return month(a)?.length === 7 && month(a) === month(b);
      });
      if (sharing.length !== 1 || sharing[0] !== right) out.push(problem('ambiguity', `${sharing.length} of the pairs happened in one month`));
      if (new Set(shown.map((e) => context.threads.of.get(e.id))).size > 1) out.push(problem('distractor-type', 'the events are of different threads'));
      break;
    }
    case 'how-long': {
      const [from, to] = shown.map(agreedDate);
      if (!from || !to) {
        out.push(problem('proof', 'the dates are not known to the month'));
        break;
      }
      const { months, exact } = monthsBetween(from, to);
      if (String(months) !== right) out.push(problem('proof', `the events are ${months} months apart, not ${right}`));
      for (const m of wrong.map(Number)) {
        if (!Number.isInteger(m) || m < 1 || Math.abs(m - months) > 12) out.push(problem('distractor-type', `${m} months is no plausible gap`));
        else if (Math.abs(m - months) < (exact ? 1 : 2)) out.push(problem('ambiguity', `${m} months may be right too`));
      }
      if (namesDate(stripQuotations(question.question).replace(/\(\d\)/gu, ''), question.language)) out.push(problem('giveaway', 'the stem names a date'));
      if (valueStandsApart(Number(right), wrong.map(Number))) out.push(problem('giveaway', `${right} months stands apart from the wrong ones, all on one side of it`));
      break;
    }
    case 'next':
      out.push(...nextProblems(question, shown, right, wrong, context));
      break;
    case 'who':
    case 'who-said':
      out.push(...personProblems(question, event, right, wrong, context));
      break;
    case 'custom':
      break;
  }
  return out;
}

function dateProblems(question: QuizQuestion, event: TimelineEvent, right: string, wrong: string[], context: QuizContext): RubricProblem[] {
  const out: RubricProblem[] = [];
  const date = agreedDate(event);
  const expected = question.kind === 'year' ? date?.slice(0, 4) : date;
  if (right !== expected) out.push(problem('proof', `the answer ${right} is not the event’s date ${expected ?? '(in doubt)'}`));
  if (question.kind === 'year' ? !question.citations[0]?.quote.includes(right) : false) out.push(problem('proof', 'the quote does not state the year'));
  // A fill-in sentence keeps its day and month: only a year would give the answer away.
  if (question.kind === 'year' ? YEAR.test(question.question) : namesDate(question.question, question.language)) out.push(problem('giveaway', 'the stem names a date'));
  if (standsApart(right, wrong)) out.push(problem('giveaway', `${right} stands apart from the wrong dates, all on one side of it`));
  for (const value of wrong) {
    if (value.length !== right.length) out.push(problem('giveaway', `${value} is of another granularity than the answer`));
    const range = partialDateRange(value);
    if (range.start < context.period.start || range.end > context.period.end) out.push(problem('distractor-type', `${value} is outside the period`));
    if (distance(value, right) > (FARTHEST[right.length] ?? 0)) out.push(problem('distractor-type', `${value} is trivially far from the answer`));
    if (!wrongDateFor(value, event, context)) out.push(problem('ambiguity', `${value} is right for this or an alike event`));
  }
  return out;
}

/**
 * A statement of who did what is its source's own but for the doer, and names no date (the
 * event's is in doubt); a false one names as the doer a state that stands in (statement-kinds.ts).
 */
function doerProblems(question: QuizQuestion, event: TimelineEvent, context: QuizContext): RubricProblem[] {
  const statement = statementOf(event, context);
  const doing = statement && doingOf(statement, context);
  if (!doing) return [problem('proof', 'the source’s statement names no one of the two as its doer')];
  const out: RubricProblem[] = [];
  const stated = question.values[0] as string;
  if (question.question !== context.wording.statement(withDoer(stated, doing, context))) out.push(problem('proof', 'the stem is not the source’s statement'));
  if (namesDate(question.question, question.language)) out.push(problem('proof', 'the stem states a date no quote proves'));
  const truthful = stated === doing.doer;
  if (truthful !== (question.answer === 0)) out.push(problem('proof', `the statement is ${truthful ? 'true' : 'false'}, the answer says otherwise`));
  if (!truthful && !standIns(event, context).includes(stated)) out.push(problem(context.actorsIn(event.citations.map((c) => c.quote).join(' ')).includes(stated) ? 'ambiguity' : 'distractor-type', `${stated} may not stand in for ${doing.doer}`));
  return out;
}

/** The answer is told after the stem's happening in its document, each wrong option well before that or after what the document tells next. */
function nextProblems(question: QuizQuestion, shown: TimelineEvent[], right: string, wrong: string[], context: QuizContext): RubricProblem[] {
  const answer = context.byId.get(right);
  const told = answer && context.told(answer);
  if (!answer || !told || shown[0]?.id !== told.before.event.id) return [problem('proof', 'the stem’s event is not the one the answer’s document tells before it')];
  const out: RubricProblem[] = [];
  const cited = new Set(question.citations.map((c) => c.passageId));
  if (question.citations[0]?.passageId !== told.citation.passageId || !cited.has(told.before.citation.passageId)) out.push(problem('proof', 'the quotes do not show the story that tells the answer after the stem’s event'));
  for (const id of wrong) {
    const other = context.byId.get(id);
    if (!other || !notNext(other, told, answer, context)) out.push(problem('ambiguity', `${id} may have come next too`));
    else if (!storyThreads(context, told.before.event, answer).has(context.threads.of.get(id) ?? 'other')) out.push(problem('distractor-type', `${id} is of another thread than the story`));
  }
  return out;
}

function personProblems(question: QuizQuestion, event: TimelineEvent | undefined, right: string, wrong: string[], context: QuizContext): RubricProblem[] {
  const out: RubricProblem[] = [];
  const proof = question.citations.map((c) => c.quote).join(' ');
  const person = context.people.get(right);
  if (!person || !question.citations.some((c) => context.people.names(c.quote, right))) out.push(problem('proof', `${right} is not named in the cited quote`));
  if (person && person.spellings.some((s) => stripQuotations(question.question).includes(s) || (question.kind === 'who-said' && question.question.includes(s)))) out.push(problem('giveaway', 'the stem names the answer'));
  const date = (event && agreedDate(event)) ?? context.published.get(question.citations[0]?.documentId ?? '') ?? context.period.end;
  const peers = new Set(context.people.comparable(right, date, () => false).map((p) => p.name));
  for (const name of wrong) {
    if (!peers.has(name)) out.push(problem('distractor-type', `${name} held no office like ${right}’s at the time`));
    if (context.people.names(proof, name) || context.people.names(question.question, name)) out.push(problem('ambiguity', `${name} is named where the answer is`));
  }
  return out;
}

/** Rules over a whole quiz: no question twice, no event the answer of two questions. */
export function validateQuiz(questions: readonly QuizQuestion[]): RubricProblem[] {
  const out: RubricProblem[] = [];
  const ids = new Set<string>();
  const answered = new Map<string, string>();
  for (const q of questions) {
    if (ids.has(q.id)) out.push(problem('repeat', `${q.id} is asked twice`));
    ids.add(q.id);
    for (const event of q.answerEvents) {
      const before = answered.get(event);
      if (before !== undefined) out.push(problem('repeat', `${event} is the answer of ${before} and ${q.id}`));
      answered.set(event, q.id);
    }
  }
  return out;
}

import { eventsIn, periodBetween } from '../answers/period.ts';
import { formatPartialDate, partialDateRange } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import { Random } from './random.ts';
import { fits, related } from './related.ts';
import { QUIZ_KINDS, type QuizKind, type QuizQuestion } from './types.ts';
import { validateQuestion } from './validate.ts';

export interface QuizOptions {
  count: number;
  seed: number;
  kind?: QuizKind;
  /** Only questions about this event (its id): when, what and who; first and order ask about several. */
  about?: string;
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD), inclusive: only events dated wholly inside the period are asked about. */
  from?: string;
  to?: string;
}

/** The people a "Who …?" question may name, with the spellings the summaries use. */
export type People = ReadonlyMap<string, readonly string[]>;

/** Longest event summary shown as an option. */
const OPTION_LENGTH = 120;
const DAY = 86_400_000;

/**
 * Questions drawn from the event corpus, the same for the same seed. Only
 * events whose date the sources agree on and that are not in doubt are asked
 * about, and every question passes the validator before it is kept.
 */
export function generateQuiz(events: TimelineEvent[], people: People, options: QuizOptions): QuizQuestion[] {
  const random = new Random(options.seed);
  // A summary that spells out a year would give the answer away.
  const askable = eventsIn(events.filter((e) => e.certainty !== 'uncertain' && e.claims.length === 0 && /^\d{4}(-\d\d){0,2}$/u.test(e.date) && !/\b(?:19|20)\d\d\b/u.test(e.summary)), periodBetween(options.from, options.to));
  const targets = options.about === undefined ? askable : askable.filter((e) => e.id === options.about);
  const several = options.about === undefined;
  const makers: Record<QuizKind, () => QuizQuestion | undefined> = {
    when: () => whenQuestion(random, targets, events),
    first: () => (several ? firstQuestion(random, askable) : undefined),
    order: () => (several ? orderQuestion(random, askable) : undefined),
    what: () => whatQuestion(random, targets, askable, events),
    who: () => whoQuestion(random, targets, people),
  };
  const questions: QuizQuestion[] = [];
  const asked = new Set<string>();
  for (let attempt = 0; questions.length < options.count && attempt < options.count * 50; attempt++) {
    const kind = options.kind ?? random.pick(QUIZ_KINDS);
    const question = makers[kind]();
    const key = question ? `${question.question} ${[...question.values].sort().join(' ')}` : '';
    if (!question || asked.has(key) || validateQuestion(question, events, people).length > 0) continue;
    asked.add(key);
    questions.push(question);
  }
  return questions;
}

function shortSummary(event: TimelineEvent): string {
  const text = event.summary.replace(/\s+\(word-by-word gloss[^)]*\)$/u, '');
  return text.length <= OPTION_LENGTH ? text : `${text.slice(0, OPTION_LENGTH - 1).replace(/\s+\S*$/u, '')}…`;
}

/** Shuffled options with what each stands for; `label` writes a value for people. */
function withAnswer(random: Random, answer: string, distractors: string[], label: (value: string) => string = (v) => v) {
  const values = random.shuffle([answer, ...distractors]);
  return { options: values.map(label), values, answer: values.indexOf(answer) };
}

/** Dates near the answer, at its granularity: closer means harder. */
function nearbyDates(date: string, difficulty: 1 | 2 | 3): string[] {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  const steps = { 1: [4, 5, 6, 7], 2: [2, 3, 4], 3: [1, 2, 3] }[difficulty];
  const out: string[] = [];
  for (const step of steps) {
    for (const sign of [-1, 1]) {
      if (day !== undefined && month !== undefined) {
        const d = new Date(Date.UTC(year, month - 1, day) + sign * step * 9 * DAY);
        out.push(d.toISOString().slice(0, 10));
      } else if (month !== undefined) {
        const m = year * 12 + (month - 1) + sign * step;
        out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
      } else {
        out.push(String(year + sign * step));
      }
    }
  }
  return out;
}

function whenQuestion(random: Random, targets: TimelineEvent[], all: TimelineEvent[]): QuizQuestion | undefined {
  if (targets.length === 0) return undefined;
  const event = random.pick(targets);
  const difficulty = (1 + random.int(3)) as 1 | 2 | 3;
  const alike = all.filter((e) => related(e, event));
  const candidates = nearbyDates(event.date, difficulty).filter((d) => !alike.some((e) => fits(d, e)));
  const distractors = random.shuffle([...new Set(candidates)]).slice(0, 3);
  if (distractors.length < 3) return undefined;
  return {
    kind: 'when',
    question: `When did this happen? "${shortSummary(event)}"`,
    ...withAnswer(random, event.date, distractors, (d) => formatPartialDate(d, 'en')),
    difficulty,
    eventIds: [event.id],
    citations: event.citations,
  };
}

/** Events whose date ranges do not overlap, so that their order is beyond doubt. */
function disjointEvents(random: Random, askable: TimelineEvent[], count: number): TimelineEvent[] | undefined {
  const chosen: TimelineEvent[] = [];
  for (const event of random.shuffle(askable)) {
    const range = partialDateRange(event.date);
    const clash = chosen.some((c) => {
      const other = partialDateRange(c.date);
      return !(range.end < other.start || other.end < range.start) || shortSummary(c) === shortSummary(event);
    });
    if (!clash) chosen.push(event);
    if (chosen.length === count) return chosen;
  }
  return undefined;
}

const byDate = (a: TimelineEvent, b: TimelineEvent) => partialDateRange(a.date).start.localeCompare(partialDateRange(b.date).start);

function gapDifficulty(events: TimelineEvent[]): 1 | 2 | 3 {
  const starts = events.map((e) => Date.parse(partialDateRange(e.date).start)).sort((a, b) => a - b);
  const gap = Math.min(...starts.slice(1).map((s, i) => s - (starts[i] ?? 0))) / DAY;
  return gap < 60 ? 3 : gap < 365 ? 2 : 1;
}

function firstQuestion(random: Random, askable: TimelineEvent[]): QuizQuestion | undefined {
  const events = disjointEvents(random, askable, 4);
  if (!events) return undefined;
  const first = [...events].sort(byDate)[0] as TimelineEvent;
  const order = random.shuffle(events);
  return {
    kind: 'first',
    question: 'Which happened first?',
    options: order.map(shortSummary),
    values: order.map((e) => e.id),
    answer: order.indexOf(first),
    difficulty: gapDifficulty(events),
    eventIds: order.map((e) => e.id),
    citations: order.flatMap((e) => e.citations.slice(0, 1)),
  };
}

function orderQuestion(random: Random, askable: TimelineEvent[]): QuizQuestion | undefined {
  const events = disjointEvents(random, askable, 3);
  if (!events) return undefined;
  const listed = random.shuffle(events);
  const label = (sequence: TimelineEvent[]) => sequence.map((e) => String(listed.indexOf(e) + 1)).join(' → ');
  const right = label([...listed].sort(byDate));
  const permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]].map((p) => label(p.map((i) => listed[i] as TimelineEvent)));
  const wrong = random.shuffle(permutations.filter((p) => p !== right)).slice(0, 3);
  return {
    kind: 'order',
    question: `Put these in order, earliest first: ${listed.map((e, i) => `(${i + 1}) ${shortSummary(e)}`).join(' ')}`,
    ...withAnswer(random, right, wrong),
    difficulty: gapDifficulty(events),
    eventIds: listed.map((e) => e.id),
    citations: listed.flatMap((e) => e.citations.slice(0, 1)),
  };
}

function whatQuestion(random: Random, targets: TimelineEvent[], askable: TimelineEvent[], all: TimelineEvent[]): QuizQuestion | undefined {
  const event = random.pick(targets.filter((e) => e.granularity !== 'year'));
  if (!event) return undefined;
  const range = partialDateRange(event.date);
  const overlaps = (e: TimelineEvent) => {
    const r = partialDateRange(e.date);
    return !(r.end < range.start || range.end < r.start);
  };
  if (all.some((e) => e.id !== event.id && overlaps(e))) return undefined;
  const seen = new Set([shortSummary(event)]);
  const pool = random.shuffle(askable.filter((e) => !overlaps(e) && !seen.has(shortSummary(e)) && seen.add(shortSummary(e))));
  if (pool.length < 3) return undefined;
  const summaries = new Map([event, ...pool].map((e) => [e.id, shortSummary(e)]));
  return {
    kind: 'what',
    question: `What happened ${event.granularity === 'day' ? 'on' : 'in'} ${formatPartialDate(event.date, 'en')}?`,
    ...withAnswer(random, event.id, pool.slice(0, 3).map((e) => e.id), (id) => summaries.get(id) ?? id),
    difficulty: 2,
    eventIds: [event.id],
    citations: event.citations,
  };
}

/** The person a summary opens with, and the rest of the sentence. */
export function leadingPerson(summary: string, people: People): { name: string; rest: string } | undefined {
  for (const [name, spellings] of people) {
    for (const spelling of [name, ...spellings]) {
      if (summary.startsWith(`${spelling} `)) return { name, rest: summary.slice(spelling.length + 1) };
    }
  }
  return undefined;
}

function whoQuestion(random: Random, targets: TimelineEvent[], people: People): QuizQuestion | undefined {
  const candidates = targets.filter((e) => {
    const lead = leadingPerson(e.summary, people);
    return lead !== undefined && !/^and\b/u.test(lead.rest);
  });
  if (candidates.length === 0) return undefined;
  const event = random.pick(candidates);
  const lead = leadingPerson(event.summary, people) as { name: string; rest: string };
  const quotes = event.citations.map((c) => c.quote).join(' ');
  const others = [...people].filter(([name, spellings]) => name !== lead.name && ![name, ...spellings].some((s) => quotes.includes(s))).map(([name]) => name);
  const distractors = random.shuffle(others).slice(0, 3);
  if (distractors.length < 3) return undefined;
  return {
    kind: 'who',
    question: `Who ${lead.rest.replace(/[.]$/u, '')}?`,
    ...withAnswer(random, lead.name, distractors),
    difficulty: 1,
    eventIds: [event.id],
    citations: event.citations,
  };
}

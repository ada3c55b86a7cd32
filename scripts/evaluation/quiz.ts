import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import type { Engine } from '../../src/engine.ts';
import type { Language } from '../../src/corpus/types.ts';
import type { TimelineEvent } from '../../src/events/types.ts';
import { isHeadline } from '../../src/quiz/headline.ts';
import { quizContext } from '../../src/quiz/context.ts';
import type { QuizQuestion } from '../../src/quiz/types.ts';
import { validateQuestion } from '../../src/quiz/validate.ts';

/**
 * Grades generated quizzes as a teacher grades a question bank, mechanically and apart from the
 * generator: repeats, giveaways, fragment options, distractors of another type, questions not
 * worth asking (by gold labels of the events), and coverage of the events and threads. The
 * rubric's validator is run too. Seeds 1–5 are the dev half, 6–10 the test half.
 */

const goldSchema = z.object({
  threads: z.array(z.string()),
  events: z.array(z.object({ date: z.string(), words: z.string(), thread: z.string(), context: z.boolean().optional(), 'not-happened': z.boolean().optional() })),
});
type Gold = z.infer<typeof goldSchema>['events'][number];

export const QUIZ_SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
export const QUIZ_LENGTH = 20;
const DEV_SEEDS = new Set([1, 2, 3, 4, 5]);

export interface QuizFailure {
  seed: number;
  n: number;
  kind: string;
  question: string;
  options: string[];
  reasons: string[];
}

export interface QuizReport {
  questions: number;
  passed: number;
  share: number;
  dev: { questions: number; passed: number };
  test: { questions: number; passed: number };
  byCheck: Record<string, number>;
  failures: QuizFailure[];
  /** The same seeds' quizzes in Swedish (an sv-SE interaction), graded alike. */
  swedish: Pick<QuizReport, 'dev' | 'test' | 'byCheck' | 'failures'> & { byKind: Record<string, number> };
  coverage: {
    events: { answerable: number; asked: number; share: number; missing: string[] };
    threads: Array<{ thread: string; eventShare: number; questionShare: number }>;
    /** Happened events on a certain date, with a headline summary and worth asking, and how many of them some question of the bank is about. */
    bank: { headlined: number; inBank: number };
    /** Those no question of the bank is about. */
    bankMissing: string[];
    /** Those the rubric leaves out as one country's dealings with a third party (the events layer's `context`): not in the bank by rule. */
    bankThirdParty: string[];
  };
}

function loadGold(): Gold[] {
  return goldSchema.parse(JSON.parse(readFileSync(join(BUNDLED_DATA_DIR, 'eval', 'quiz-threads.json'), 'utf8'))).events;
}

function goldOf(event: TimelineEvent, gold: Gold[]): Gold | undefined {
  const texts = [event.summary, ...event.citations.map((c) => c.quote)].join(' ');
  return gold.find((g) => event.date.startsWith(g.date) && new RegExp(g.words, 'u').test(texts));
}

/** Crisis and reconciliation are the two halves of one story: events of either stand together. */
const family = (thread: string | undefined) => (thread === 'crisis' || thread === 'reconciliation' ? 'bilateral' : thread);

const MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/iu;
const YEAR = /(?<![\p{L}\p{N}-])(?:19|20)\d\d(?![\p{L}\p{N}])/u;
const namesDate = (text: string) => MONTHS.test(text) || YEAR.test(text);
const shapeOf = (option: string) => option.replace(/\p{L}+/gu, 'a').replace(/\d+/gu, '0');
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');

/** The events a question lists in its stem: "(1) … (2) …". */
const listed = (q: QuizQuestion) => (['order', 'same-month', 'how-long'].includes(q.kind) ? q.question.split(/\(\d\)\s*/u).slice(1).map((t) => t.trim()) : []);

function fragmentReasons(text: string): string[] {
  const reasons: string[] = [];
  if (/…|\.\.\./u.test(text)) reasons.push('cut with …');
  const quotes = (text.match(/["“”]/gu) ?? []).length;
  if (quotes % 2 === 1) reasons.push('starts or ends inside a quote');
  if (!/^["“”«]?[\p{Lu}\p{N}]/u.test(text)) reasons.push('does not start a sentence');
  if (!/[.!?]["”»)]?["”»]?$/u.test(text)) reasons.push('does not end a sentence');
  if (text.length > 160) reasons.push('longer than 160 characters');
  return reasons.map((r) => `fragment: “${text.slice(0, 40)}” ${r}`);
}

function grade(q: QuizQuestion, byId: Map<string, TimelineEvent>, gold: Gold[], people: Set<string>): string[] {
  const reasons: string[] = [];
  const right = q.options[q.answer] ?? '';
  const labelOf = (id: string) => {
    const event = byId.get(id);
    return event && goldOf(event, gold);
  };
  // Giveaways.
  if ((q.kind === 'when' || q.kind === 'how-long') && namesDate(q.question.replace(/^[^:?]*[?:]/u, ''))) reasons.push('giveaway: the stem names a date');
  if (q.kind === 'year' && YEAR.test(q.question)) reasons.push('giveaway: the stem names a year');
  const textOptions = q.kind === 'first' || q.kind === 'what' || q.kind === 'next' ? q.options : [];
  for (const text of [...textOptions, ...listed(q)]) if (namesDate(text)) reasons.push(`giveaway: “${text.slice(0, 40)}” prints a date`);
  if (['when', 'year', 'how-long', 'who', 'who-said'].includes(q.kind)) {
    const surname = right.split(/\s+/u).at(-1) ?? right;
    if (fold(q.question).includes(fold(q.kind === 'who' || q.kind === 'who-said' ? surname : right))) reasons.push('giveaway: the stem contains the answer');
    if (new Set(q.options.map(shapeOf)).size > 1 && q.kind !== 'who' && q.kind !== 'who-said') reasons.push('giveaway: options of different forms');
  }
  // Fragments.
  for (const text of [...textOptions, ...listed(q)]) reasons.push(...fragmentReasons(text));
  if (/…|\.\.\./u.test(q.question)) reasons.push('fragment: the stem is cut with …');
  // Distractor type.
  if (q.kind === 'who' || q.kind === 'who-said') for (const o of q.options) if (!people.has(o)) reasons.push(`distractor type: ${o} is not a person`);
  const shownEvents = q.kind === 'first' || q.kind === 'what' ? q.values : q.eventIds;
  if (['first', 'what', 'order', 'same-month', 'how-long', 'next'].includes(q.kind)) {
    const families = new Set(shownEvents.map((id) => family(labelOf(id)?.thread)));
    if (families.size > 1) reasons.push(`distractor type: events of threads ${[...families].join(', ')}`);
  }
  if (q.kind === 'when' || q.kind === 'year' || q.kind === 'how-long') {
    const day = (v: string) => Date.parse(v.length === 4 ? `${v}-07-01` : v.length === 7 ? `${v}-15` : v);
    // A number of months is placed as is, a date by its day.
    const place = (v: string) => (q.kind === 'how-long' ? Number(v) : day(v));
    const answer = q.values[q.answer] ?? '';
    const limit = answer.length === 4 ? 7 * 366 : answer.length === 7 ? 366 : 92;
    if (q.kind !== 'how-long') for (const v of q.values) if (Math.abs(day(v) - day(answer)) / 86_400_000 > limit) reasons.push(`distractor type: ${v} is trivially far`);
    // The odd one out: every wrong value on one side, farther from the answer than from each other.
    const wrong = q.values.filter((_, i) => i !== q.answer).map(place);
    const oneSide = wrong.every((d) => d < place(answer)) || wrong.every((d) => d > place(answer));
    const nearest = Math.min(...wrong.map((d) => Math.abs(d - place(answer))));
    if (oneSide && nearest > Math.max(...wrong) - Math.min(...wrong)) reasons.push('giveaway: the answer stands apart from the distractors');
  }
  // Worth asking.
  for (const id of [...new Set([...q.answerEvents, ...shownEvents])]) {
    const label = labelOf(id);
    if (label?.context) reasons.push(`worth asking: ${id} is a third party's dealings`);
    if (label?.['not-happened']) reasons.push(`worth asking: ${id} did not happen`);
  }
  return reasons;
}

interface Graded {
  halves: { dev: { questions: number; passed: number }; test: { questions: number; passed: number } };
  failures: QuizFailure[];
  byCheck: Record<string, number>;
  /** How often each event is an answer over the seeds. */
  asked: Map<string, number>;
  byKind: Record<string, number>;
}

/** The quizzes of every seed in one language, each question graded and then the rubric's validator run. */
function gradeQuizzes(engine: Engine, language: Language, gold: Gold[]): Graded {
  const byId = new Map(engine.timeline().map((e) => [e.id, e]));
  const people = new Set(engine.quizSource.people.keys());
  const context = quizContext(engine.quizSource, language);
  const failures: QuizFailure[] = [];
  const byCheck: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const asked = new Map<string, number>();
  const halves = { dev: { questions: 0, passed: 0 }, test: { questions: 0, passed: 0 } };
  for (const seed of QUIZ_SEEDS) {
    const quiz = engine.quiz({ count: QUIZ_LENGTH, seed, language });
    const seenEvents = new Set<string>();
    const seenStems = new Set<string>();
    for (const [i, q] of quiz.entries()) {
      const reasons = grade(q, byId, gold, people);
      const asText = `${q.question} ${[...q.options].sort().join(' ')}`;
      if (seenStems.has(asText)) reasons.push('repeat: the same question twice');
      for (const id of q.answerEvents) if (seenEvents.has(id)) reasons.push(`repeat: ${id} is the answer again`);
      q.answerEvents.forEach((id) => seenEvents.add(id));
      seenStems.add(asText);
      for (const p of validateQuestion(q, context)) reasons.push(`rubric ${p.rule}: ${p.detail}`);
      for (const id of q.answerEvents) asked.set(id, (asked.get(id) ?? 0) + 1);
      byKind[q.kind] = (byKind[q.kind] ?? 0) + 1;
      const half = DEV_SEEDS.has(seed) ? halves.dev : halves.test;
      half.questions++;
      if (reasons.length === 0) half.passed++;
      else {
        failures.push({ seed, n: i + 1, kind: q.kind, question: q.question, options: q.options, reasons });
        for (const check of new Set(reasons.map((r) => r.split(':')[0] as string))) byCheck[check] = (byCheck[check] ?? 0) + 1;
      }
    }
  }
  return { halves, failures, byCheck, asked, byKind };
}

export function evaluateQuiz(engine: Engine): QuizReport {
  const gold = loadGold();
  const events = engine.timeline();
  const byId = new Map(events.map((e) => [e.id, e]));
  const { halves, failures, byCheck, asked } = gradeQuizzes(engine, 'en', gold);
  const swedish = gradeQuizzes(engine, 'sv', gold);
  const total = halves.dev.questions + halves.test.questions;
  const passed = halves.dev.passed + halves.test.passed;
  // Coverage against the gold labels: the developments that happened between the two countries.
  const answerable = events.filter((e) => {
    const label = goldOf(e, gold);
    return label && !label.context && !label['not-happened'];
  });
  const missing = answerable.filter((e) => !asked.has(e.id));
  const threadCount = (ids: Iterable<string>) => {
    const counts = new Map<string, number>();
    let all = 0;
    for (const id of ids) {
      const thread = goldOf(byId.get(id) as TimelineEvent, gold)?.thread;
      if (!thread) continue;
      counts.set(thread, (counts.get(thread) ?? 0) + 1);
      all++;
    }
    return { counts, all };
  };
  const eventThreads = threadCount(answerable.map((e) => e.id));
  const askedThreads = threadCount([...asked].flatMap(([id, n]) => (byId.has(id) ? Array<string>(n).fill(id) : [])));
  const bankEvents = new Set(engine.quizBank().flatMap((q) => q.answerEvents));
  // What a question may stand on: happened, on a certain date, and (by the labels) worth asking.
  const trusted = (e: TimelineEvent) => {
    const label = goldOf(e, gold);
    return e.status === 'happened' && e.certainty !== 'uncertain' && !label?.context && !label?.['not-happened'];
  };
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const headlined = events.filter((e) => trusted(e) && isHeadline(e.summary, 'en'));
  const outside = headlined.filter((e) => !bankEvents.has(e.id));
  const line = (e: TimelineEvent) => `${e.date} ${e.summary.slice(0, 80)}`;
  return {
    questions: total,
    passed,
    share: round(passed / Math.max(1, total)),
    ...halves,
    byCheck,
    failures,
    swedish: { ...swedish.halves, byCheck: swedish.byCheck, byKind: swedish.byKind, failures: swedish.failures },
    coverage: {
      events: { answerable: answerable.length, asked: answerable.length - missing.length, share: round((answerable.length - missing.length) / Math.max(1, answerable.length)), missing: missing.map((e) => `${e.date} ${e.summary.slice(0, 80)}`) },
      threads: [...eventThreads.counts].map(([thread, n]) => ({
        thread,
        eventShare: round(n / eventThreads.all),
        questionShare: round((askedThreads.counts.get(thread) ?? 0) / Math.max(1, askedThreads.all)),
      })),
      bank: { headlined: headlined.length, inBank: headlined.filter((e) => bankEvents.has(e.id)).length },
      bankMissing: outside.filter((e) => e.relation !== 'context').map(line),
      bankThirdParty: outside.filter((e) => e.relation === 'context').map(line),
    },
  };
}

/** The quizzes of a server whose moderators added documents (the own documents), in both languages, graded alike. */
export interface ServerQuizReport {
  english: Pick<Graded, 'halves' | 'byCheck' | 'failures'>;
  swedish: Pick<Graded, 'halves' | 'byCheck' | 'failures'>;
}

export function evaluateServerQuiz(server: Engine): ServerQuizReport {
  const gold = loadGold();
  const graded = (language: Language) => {
    const { halves, byCheck, failures } = gradeQuizzes(server, language, gold);
    return { halves, byCheck, failures };
  };
  return { english: graded('en'), swedish: graded('sv') };
}

export function printServerQuiz(quiz: ServerQuizReport): void {
  const line = ({ halves, byCheck }: ServerQuizReport['english']) =>
    `${halves.dev.passed + halves.test.passed}/${halves.dev.questions + halves.test.questions} (dev ${halves.dev.passed}/${halves.dev.questions}, test ${halves.test.passed}/${halves.test.questions}); failing checks: ${Object.entries(byCheck).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`;
  console.log(`quiz, own documents on the server: ${line(quiz.english)}; Swedish ${line(quiz.swedish)}`);
  for (const f of quiz.english.failures.filter((f) => DEV_SEEDS.has(f.seed))) console.log(`  fail [dev] seed ${f.seed} #${f.n} ${f.kind} "${f.question.slice(0, 100)}": ${f.reasons.join('; ')}`);
}

export function printQuiz(quiz: QuizReport): void {
  console.log(`quiz: ${quiz.passed}/${quiz.questions} generated questions pass the rubric (${quiz.share}); dev ${quiz.dev.passed}/${quiz.dev.questions}, test ${quiz.test.passed}/${quiz.test.questions}`);
  console.log(`  failing checks: ${Object.entries(quiz.byCheck).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  const sv = quiz.swedish;
  console.log(`  Swedish quizzes: dev ${sv.dev.passed}/${sv.dev.questions}, test ${sv.test.passed}/${sv.test.questions}; failing checks: ${Object.entries(sv.byCheck).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; kinds: ${Object.entries(sv.byKind).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const f of sv.failures) console.log(`  fail (Swedish) seed ${f.seed} #${f.n} ${f.kind} "${f.question.slice(0, 100)}": ${f.reasons.join('; ')}`);
  const { events, threads, bank, bankMissing, bankThirdParty } = quiz.coverage;
  console.log(`  events asked: ${events.asked}/${events.answerable} (${events.share}); threads (share of events → of answers): ${threads.map((t) => `${t.thread} ${t.eventShare}→${t.questionShare}`).join(', ')}`);
  for (const m of events.missing) console.log(`  never asked: ${m}`);
  console.log(`  in the bank: ${bank.inBank}/${bank.headlined} happened events with a headline summary; ${bankThirdParty.length} left out by rule as a third party's doing, ${bankMissing.length} otherwise`);
  for (const m of bankThirdParty) console.log(`  not in the bank, a third party's doing (worth asking): ${m}`);
  for (const m of bankMissing) console.log(`  not in the bank: ${m}`);
  for (const f of quiz.failures) console.log(`  fail seed ${f.seed} #${f.n} ${f.kind} "${f.question.slice(0, 100)}": ${f.reasons.join('; ')}`);
}

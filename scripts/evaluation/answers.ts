import type { Answer } from '../../src/answers/schema.ts';
import type { Question } from './cases.ts';
import { lettersAndDigits, share } from './fragments.ts';
import type { EvalSetup } from './setup.ts';

export interface AnswerFailure {
  id: string;
  q: string;
  kind: string;
  reasons: string[];
  answer: string;
  date: string | null;
}

export interface AnswerReport {
  questions: number;
  passed: number;
  accuracy: number;
  /** Accuracy per expected kind of answer, and per facet (declined, anchored, Swedish, own documents). */
  byKind: Record<string, { questions: number; passed: number; accuracy: number }>;
  failures: AnswerFailure[];
}

/** A quotation mark or a citation marker: where an answer's own words (its lead) end. */
const QUOTE_START = /["“”„«»[]/u;

/** The answer's text before its first quotation: where issue 14 wants the fact said. */
export const leadOf = (text: string): string => text.split(QUOTE_START, 1)[0] ?? '';

/** The kinds whose answer leads with the fact asked for, which their `mention` is looked for in. */
const FACT_LED: ReadonlySet<string> = new Set(['who', 'where', 'how-many']);

/** Why an answer fails its question, as `data/eval/README.md` scores it; empty when it passes. */
export function failures(question: Question, answer: Answer, documentText: (ref: string) => string | undefined): string[] {
  const reasons: string[] = [];
  if (question.abstain !== undefined && answer.abstained !== question.abstain) reasons.push(`abstained is ${answer.abstained}`);
  if (question.date && !(answer.date ?? '').startsWith(question.date)) reasons.push(`date ${answer.date} does not start with ${question.date}`);
  const lead = leadOf(answer.answer).toLowerCase();
  // The person, the place or the number asked for is the fact an answer leads with: found only in the quote below, it is not what the answer says.
  const factLed = question.kind !== undefined && FACT_LED.has(question.kind);
  const mentioned = factLed ? lead : answer.answer.toLowerCase();
  if (question.mention && !question.mention.some((m) => mentioned.includes(m.toLowerCase()))) reasons.push(`answer${factLed ? "'s lead" : ''} mentions none of ${question.mention.join(', ')}`);
  if (question.lead && !question.lead.some((m) => lead.includes(m.toLowerCase()))) reasons.push(`answer's lead "${leadOf(answer.answer).slice(0, 60)}" says none of ${question.lead.join(', ')}`);
  if (question.docs) {
    const texts = question.docs.map((ref) => {
      const found = documentText(ref);
      if (found === undefined) throw new Error(`relations-bot: question ${question.id} names an unknown document ${ref}`);
      return lettersAndDigits(found);
    });
    const supported = answer.citations.some((c) => {
      const quote = lettersAndDigits(c.quote);
      return quote.length >= 20 && texts.some((t) => t.includes(quote));
    });
    if (!supported) reasons.push(`no citation quotes ${question.docs.join('/')}`);
  }
  for (const date of question.timeline ?? []) {
    if (!answer.events.some((e) => e.date.startsWith(date))) reasons.push(`timeline lacks ${date}`);
  }
  for (const date of question.exclude ?? []) {
    const wrong = answer.events.find((e) => e.date.startsWith(date));
    if (wrong) reasons.push(`timeline has ${wrong.date}, outside the period`);
  }
  return reasons;
}

/** Whether a question is asked of the server with the project's own documents. */
export const onServer = (setup: EvalSetup, question: Question): boolean =>
  question.server === true || (question.docs ?? []).some((ref) => setup.document(ref)?.own === true);

/** The groups a question is counted in: its kind, and each facet it has. */
function groupsOf(setup: EvalSetup, question: Question): string[] {
  return [
    question.kind ?? 'unkinded',
    ...(question.abstain ? ['(declined)'] : []),
    ...(question.anchored ? ['(anchored)'] : []),
    ...(question.lang === 'sv' ? ['(swedish)'] : []),
    ...(onServer(setup, question) ? ['(own documents)'] : []),
  ];
}

/** Answer accuracy: the share of questions whose every expectation holds, overall and per kind. */
export function evaluateAnswers(setup: EvalSetup, questions: Question[]): AnswerReport {
  const failed: AnswerFailure[] = [];
  const groups = new Map<string, { questions: number; passed: number }>();
  for (const question of questions) {
    const answer = (onServer(setup, question) ? setup.server : setup.bundled).ask(question.q);
    const reasons = failures(question, answer, (ref) => setup.document(ref)?.text);
    if (reasons.length > 0) failed.push({ id: question.id, q: question.q, kind: question.kind ?? '', reasons, answer: answer.answer.slice(0, 200), date: answer.date });
    for (const group of groupsOf(setup, question)) {
      const g = groups.get(group) ?? { questions: 0, passed: 0 };
      g.questions++;
      if (reasons.length === 0) g.passed++;
      groups.set(group, g);
    }
  }
  const passed = questions.length - failed.length;
  const byKind = Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => [k, { ...g, accuracy: share(g.passed, g.questions) }]));
  return { questions: questions.length, passed, accuracy: share(passed, questions.length), byKind, failures: failed };
}

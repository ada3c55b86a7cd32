import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Answer } from '../../src/answers/schema.ts';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import type { Engine } from '../../src/engine.ts';
import type { Question } from './cases.ts';

export interface AnswerReport {
  questions: number;
  passed: number;
  accuracy: number;
  failures: Array<{ id: string; q: string; reasons: string[]; answer: string; date: string | null }>;
}

const lettersAndDigits = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Why an answer fails its question, as `../shared/eval/README.md` scores it; empty when it passes. */
export function failures(question: Question, answer: Answer, seedText: (seed: string) => string): string[] {
  const reasons: string[] = [];
  if (question.abstain !== undefined && answer.abstained !== question.abstain) reasons.push(`abstained is ${answer.abstained}`);
  if (question.date && !(answer.date ?? '').startsWith(question.date)) reasons.push(`date ${answer.date} does not start with ${question.date}`);
  if (question.mention && !question.mention.some((m) => answer.answer.toLowerCase().includes(m.toLowerCase()))) reasons.push(`answer mentions none of ${question.mention.join(', ')}`);
  if (question.docs) {
    const seeds = question.docs.map((d) => lettersAndDigits(seedText(d)));
    const supported = answer.citations.some((c) => {
      const quote = lettersAndDigits(c.quote);
      return quote.length >= 20 && seeds.some((seed) => seed.includes(quote));
    });
    if (!supported) reasons.push(`no citation quotes ${question.docs.join('/')}`);
  }
  for (const date of question.timeline ?? []) {
    if (!answer.events.some((e) => e.date.startsWith(date))) reasons.push(`timeline lacks ${date}`);
  }
  return reasons;
}

/** Answer accuracy: the share of questions whose every expectation holds. */
export function evaluateAnswers(engine: Engine, questions: Question[]): AnswerReport {
  const files = engine.sources().map((s) => s.file);
  const seedText = (seed: string) => {
    const file = files.find((f) => basename(f).startsWith(`${seed}_`));
    return file ? readFileSync(join(BUNDLED_DATA_DIR, file), 'utf8') : '';
  };
  const failed: AnswerReport['failures'] = [];
  for (const question of questions) {
    const answer = engine.ask(question.q);
    const reasons = failures(question, answer, seedText);
    if (reasons.length > 0) failed.push({ id: question.id, q: question.q, reasons, answer: answer.answer.slice(0, 200), date: answer.date });
  }
  const passed = questions.length - failed.length;
  return { questions: questions.length, passed, accuracy: Math.round((passed / questions.length) * 1000) / 1000, failures: failed };
}

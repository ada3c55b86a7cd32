import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answers/question.ts';
import { added, askingWith } from './support/moderated-engine.ts';

/** Read against 15 January 2026, as the moderated engine is. */
const now = new Date('2026-01-15T12:00:00Z');

const diary = added('harbour-diary', 'A year in the harbour', '2026-01-10', [
  'A year in the harbour',
  '',
  'On 4 December 2013 a Russian tanker ran aground outside Samsun.',
  '',
  'On 9 December 2014 Turkish customs seized a cargo of Russian grain in Mersin.',
  '',
  'On 20 November 2014 a Russian ferry line to Trabzon opened.',
  '',
  'On 3 November 2025 Turkish and Russian officials opened a new customs post in Trabzon.',
]);

const ask = askingWith([diary]);

describe('a month named without its year', () => {
  it.each([
    ['What happened in December?', '12', 'What happened in December 2014?'],
    ['Vad hände i november?', '11', 'Vad hände i början av november?'],
  ])('reads "%s" as the last such month before today, with that month of every year to fall back on, unlike a dated or narrowed one', (text, month, narrowed) => {
    const analysed = analyzeQuestion(text, now);
    expect(analysed.period?.start.slice(5, 7)).toBe(month);
    expect(analysed.everyYear).toMatchObject({ start: '0001-01-01', end: '9999-12-31', month });
    expect(analyzeQuestion(narrowed, now).everyYear).toBeUndefined();
  });

  it('lists that month of every year when the documents tell nothing of the last one, and the last one alone when they do', () => {
    const december = ask('What happened in December?');
    expect(december.answer).toMatch(/^The documents report \d+ events for December of any year:/u);
    expect(december.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2013-12-04', '2014-12-09']));
    expect(december.events.every((e) => e.date.slice(5, 7) === '12')).toBe(true);
    expect(ask('What happened in November?').events.map((e) => e.date)).toEqual(['2025-11-03']);
  });
});

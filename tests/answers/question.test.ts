import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answers/question.ts';
import { sanitizeQuestion } from '../../src/answers/sanitize.ts';

const now = new Date('2026-11-21T12:00:00Z');

describe('question analysis', () => {
  it.each([
    ['When did Turkish jets shoot down the Russian Su-24?', 'en', 'when', null],
    ['What year did the Astana talks start?', 'en', 'when', null],
    ['Who is Mikhail Bogdanov?', 'en', 'who', null],
    ['Where did Putin and Erdogan meet in August 2016?', 'en', 'where', { start: '2016-08-01', end: '2016-08-31' }],
    ['How many soldiers died?', 'en', 'how-many', null],
    ['What happened in 2016?', 'en', 'period', { start: '2016-01-01', end: '2016-12-31' }],
    ['What happened between 2016 and 2017?', 'en', 'period', { start: '2016-01-01', end: '2017-12-31' }],
    ['What happened before 2018?', 'en', 'period', { start: '0001-01-01', end: '2017-12-31' }],
    ['between 2016 and 2017', 'en', 'period', { start: '2016-01-01', end: '2017-12-31' }],
    ['När sköt turkiska F-16-plan ned det ryska stridsflygplanet?', 'sv', 'when', null],
    ['Vem sköt ihjäl den ryska ambassadören?', 'sv', 'who', null],
    ['Vad hände i februari 2020?', 'sv', 'period', { start: '2020-02-01', end: '2020-02-29' }],
    ['i februari 2020', 'sv', 'period', { start: '2020-02-01', end: '2020-02-29' }],
  ] as const)('%s', (text, language, kind, period) => {
    expect(analyzeQuestion(text, now)).toMatchObject({ language, kind, period });
  });
});

describe('question sanitising', () => {
  it.each([
    ['@everyone when was the ambassador killed?', 'when was the ambassador killed?'],
    ['<@123456> <@&987> <#42> hi', 'hi'],
    ['**bold** `code` <b>tag</b>', 'bold code tag'],
    ['zero\u200Bwidth\u0007', 'zero width'],
  ])('%j → %j', (raw, clean) => {
    expect(sanitizeQuestion(raw)).toBe(clean);
  });

  it('keeps at most 500 characters', () => {
    expect(sanitizeQuestion('a'.repeat(10_000))).toHaveLength(500);
  });
});

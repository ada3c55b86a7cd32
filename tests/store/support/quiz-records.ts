import type { QuizQuestion } from '../../../src/quiz/types.ts';
import type { NewQuizSession, QuizAnswerRecord } from '../../../src/store/types.ts';

export const guild = '900000000000000001';
export const channel = '910000000000000001';

export const question = (text = 'When was the S-400 contract signed?'): QuizQuestion => ({
  id: 'qs400',
  kind: 'when',
  language: 'en',
  origin: 'generated',
  answerEvents: ['e1'],
  thread: 's-400',
  question: text,
  options: ['12 September 2017', 'December 2017', 'July 2019', 'November 2015'],
  answer: 0,
  values: ['2017-09-12', '2017-12', '2019-07', '2015-11'],
  difficulty: 2,
  eventIds: ['000/p3s1@3'],
  citations: [],
});

export const session = (id: string, overrides: Partial<NewQuizSession> = {}): NewQuizSession => ({
  id,
  guildId: guild,
  channelId: channel,
  startedBy: '800000000000000001',
  locale: 'en-US',
  questions: [question(), question('When did Turkey shoot down the Su-24?')],
  secondsPerQuestion: 20,
  startedAt: '2026-01-15T12:00:00.000Z',
  ...overrides,
});

export const answer = (sessionId: string, userId: string, overrides: Partial<QuizAnswerRecord> = {}): QuizAnswerRecord => ({
  sessionId,
  guildId: guild,
  round: 0,
  userId,
  option: 0,
  correct: true,
  points: 100,
  streak: 1,
  at: '2026-01-15T12:00:05.000Z',
  ...overrides,
});

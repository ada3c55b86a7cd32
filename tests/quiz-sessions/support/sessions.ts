import { createLogger } from '../../../src/log.ts';
import type { QuizQuestion } from '../../../src/quiz/types.ts';
import { QuizSessions, type NewSession, type SessionStore } from '../../../src/quiz-sessions/service.ts';
import { ManualClock } from './manual-clock.ts';
import { MemoryQuizStore } from './memory-quiz-store.ts';
import { RecordingTable } from './recording-table.ts';

/** A question whose right option is `answer`; the rest does not matter to a session. */
export function question(answer: number, n = 1): QuizQuestion {
  return {
    id: `q${n}`,
    kind: 'when',
    language: 'en',
    origin: 'generated',
    answerEvents: [`e${n}`],
    thread: 'test',
    question: `Question ${n}?`,
    options: ['2015', '2016', '2017', '2018'],
    answer,
    values: ['2015', '2016', '2017', '2018'],
    difficulty: 1,
    eventIds: [`e${n}`],
    citations: [{ documentId: 'd', passageId: `d/p${n}s1`, quote: `Quote ${n}.`, language: 'en' }],
  };
}

export const guild = '900000000000000001';
export const channel = '900000000000000002';

export function newSession(overrides: Partial<NewSession> = {}): NewSession {
  return {
    guildId: guild,
    channelId: channel,
    startedBy: 'starter',
    locale: 'en',
    questions: [question(1, 1), question(0, 2), question(3, 3)],
    secondsPerQuestion: 20,
    ...overrides,
  };
}

/** Session ids are unique across the services of a test file, as they are across processes. */
let sessionIds = 0;

/** A session service on a memory store, a recording channel and a clock moved by hand. */
export function sessionsUnderTest<S extends SessionStore = MemoryQuizStore>(shared: { store?: S; table?: RecordingTable } = {}) {
  const store = shared.store ?? (new MemoryQuizStore() as SessionStore as S);
  const table = shared.table ?? new RecordingTable();
  const clock = new ManualClock();
  const sessions = new QuizSessions({ store, table, clock, revealMs: 5_000, logger: createLogger({ level: 'silent' }), newId: () => `s${++sessionIds}` });
  return { store, table, clock, sessions };
}

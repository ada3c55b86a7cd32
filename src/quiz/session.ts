import { scoreAnswer } from './scoring.ts';

/**
 * A quiz session in a channel as a state machine: it asks round i until the round's deadline,
 * reveals it and pauses, asks the next round, …, and ends after the last reveal; `/quiz stop` or a
 * restart ends it early. Every transition is a function of the state, an event and the time the
 * event happened (the caller's clock), and says which effects follow; the caller performs them
 * (posts the question, reveals, posts the scoreboard) and keeps the answers.
 */

export type SessionPhase = 'asking' | 'revealing' | SessionEnding;
export type SessionEnding = 'finished' | 'stopped' | 'interrupted';

export interface SessionPlan {
  /** The right option of each round's question, in order. */
  rightOptions: readonly number[];
  /** Time to answer a question. */
  answerMs: number;
  /** The pause after a reveal before the next question (or the scoreboard). */
  revealMs: number;
}

export interface AcceptedAnswer {
  userId: string;
  round: number;
  option: number;
  correct: boolean;
  points: number;
  /** Right answers in a row up to and including this one (0 when wrong). */
  streak: number;
  at: number;
}

export interface SessionState {
  readonly plan: SessionPlan;
  readonly phase: SessionPhase;
  readonly round: number;
  /** When the round's question appeared (ms since the epoch). */
  readonly roundStartedAt: number;
  /** When the phase ends: the deadline while asking, the end of the pause while revealing; null once ended. */
  readonly phaseEndsAt: number | null;
  /** This round's answers, by member. */
  readonly answers: ReadonlyMap<string, AcceptedAnswer>;
  /** Right answers in a row each member had before this round (members at 0 are left out). */
  readonly streaks: ReadonlyMap<string, number>;
}

export type SessionEvent =
  /** Time passes: a deadline or the end of a pause may have come. */
  | { type: 'tick'; at: number }
  /** `/quiz stop` by someone allowed to. */
  | { type: 'stop'; at: number }
  /** The bot is restarting or shutting down. */
  | { type: 'interrupt'; at: number };

export type SessionEffect =
  /** Post the round's question, open until `deadline`. */
  | { kind: 'ask'; round: number; deadline: number }
  /** The round takes no more answers: its question's buttons go grey. */
  | { kind: 'close'; round: number }
  /** Post the round's right answer, its citation and who got it right. */
  | { kind: 'reveal'; round: number }
  /** Post the scores, and the session is over. */
  | { kind: 'scoreboard'; ending: SessionEnding };

export interface Transition {
  state: SessionState;
  effects: SessionEffect[];
}

export type AnswerVerdict = 'accepted' | 'repeat' | 'late' | 'over';

export type AnswerResult =
  | { verdict: 'accepted'; answer: AcceptedAnswer; state: SessionState }
  | { verdict: Exclude<AnswerVerdict, 'accepted'>; state: SessionState };

const ended = (phase: SessionPhase): phase is SessionEnding => phase === 'finished' || phase === 'stopped' || phase === 'interrupted';

function asking(plan: SessionPlan, round: number, at: number, streaks: ReadonlyMap<string, number>): Transition {
  const deadline = at + plan.answerMs;
  return {
    state: { plan, phase: 'asking', round, roundStartedAt: at, phaseEndsAt: deadline, answers: new Map(), streaks },
    effects: [{ kind: 'ask', round, deadline }],
  };
}

/** The first question is asked at once. */
export function startSession(plan: SessionPlan, at: number): Transition {
  if (plan.rightOptions.length === 0) throw new Error('quiz session: a session needs at least one question');
  return asking(plan, 0, at, new Map());
}

/**
 * A session as a store last saw it (after a restart): its round is taken as still open, so that
 * ending it greys the question's buttons even when the reveal had begun (greying twice is harmless).
 */
export function resumeSession(plan: SessionPlan, round: number, roundStartedAt: number): SessionState {
  return { plan, phase: 'asking', round, roundStartedAt, phaseEndsAt: roundStartedAt + plan.answerMs, answers: new Map(), streaks: new Map() };
}

export function step(state: SessionState, event: SessionEvent): Transition {
  if (ended(state.phase)) return { state, effects: [] };
  if (event.type === 'tick') return tick(state, event.at);
  const ending: SessionEnding = event.type === 'stop' ? 'stopped' : 'interrupted';
  const effects: SessionEffect[] = state.phase === 'asking' ? [{ kind: 'close', round: state.round }] : [];
  return { state: { ...state, phase: ending, phaseEndsAt: null }, effects: [...effects, { kind: 'scoreboard', ending }] };
}

function tick(state: SessionState, at: number): Transition {
  if (state.phaseEndsAt === null || at < state.phaseEndsAt) return { state, effects: [] };
  if (state.phase === 'asking') {
    // A streak counts rounds in a row: a wrong answer or none at all ends it.
    const streaks = new Map([...state.answers.values()].filter((a) => a.correct).map((a) => [a.userId, a.streak]));
    return {
      state: { ...state, phase: 'revealing', phaseEndsAt: at + state.plan.revealMs, streaks },
      effects: [{ kind: 'close', round: state.round }, { kind: 'reveal', round: state.round }],
    };
  }
  const next = state.round + 1;
  if (next < state.plan.rightOptions.length) return asking(state.plan, next, at, state.streaks);
  return { state: { ...state, phase: 'finished', phaseEndsAt: null }, effects: [{ kind: 'scoreboard', ending: 'finished' }] };
}

/**
 * Whether a member's click counts: only in the round being asked, before its deadline, and only
 * their first click of the round. An accepted answer is scored at once (its speed and the
 * member's streak are known now).
 */
export function answer(state: SessionState, click: { userId: string; round: number; option: number; at: number }): AnswerResult {
  if (ended(state.phase)) return { verdict: 'over', state };
  // A button of an earlier round; a later round's buttons do not exist yet.
  if (click.round !== state.round) return { verdict: 'late', state };
  if (state.answers.has(click.userId)) return { verdict: 'repeat', state };
  if (state.phase !== 'asking' || state.phaseEndsAt === null || click.at >= state.phaseEndsAt) return { verdict: 'late', state };
  const correct = click.option === state.plan.rightOptions[state.round];
  const { points, streak } = scoreAnswer({
    correct,
    elapsedMs: click.at - state.roundStartedAt,
    limitMs: state.plan.answerMs,
    streakBefore: state.streaks.get(click.userId) ?? 0,
  });
  const accepted: AcceptedAnswer = { userId: click.userId, round: state.round, option: click.option, correct, points, streak, at: click.at };
  return { verdict: 'accepted', answer: accepted, state: { ...state, answers: new Map(state.answers).set(click.userId, accepted) } };
}

/** When the session next needs a tick; null once it has ended. */
export function wakeAt(state: SessionState): number | null {
  return state.phaseEndsAt;
}

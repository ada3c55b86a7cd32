import { randomBytes } from 'node:crypto';
import type { Logger } from '../log.ts';
import { standings } from '../quiz/scoring.ts';
import { answer, resumeSession, startSession, step, wakeAt, type AnswerVerdict, type SessionEffect, type SessionEvent, type SessionPlan, type SessionState, type Transition } from '../quiz/session.ts';
import { StoreConflict, type NewQuizSession, type QuizSessionRecord, type QuizStore } from '../store/types.ts';
import { systemClock, type Clock } from './clock.ts';
import type { QuizTable } from './table.ts';

/** The part of the store sessions use. */
export type SessionStore = Pick<
  QuizStore,
  'startQuizSession' | 'quizSession' | 'runningQuizSession' | 'runningQuizSessions' | 'updateQuizSession' | 'recordQuizAnswer' | 'quizAnswers'
>;

export interface QuizSessionsOptions {
  store: SessionStore;
  table: QuizTable;
  logger: Logger;
  clock?: Clock;
  /** The pause after a reveal before the next question; 5 s unless said. */
  revealMs?: number;
  newId?: () => string;
}

/** What a caller decides about a session; its id and start time come from the service. */
export type NewSession = Omit<NewQuizSession, 'id' | 'startedAt'>;

export interface Click {
  sessionId: string;
  round: number;
  option: number;
  userId: string;
  /** Where the click came from: a click outside the session's server and channel is not counted. */
  from?: { guildId: string | null; channelId: string | null };
}

/** A click on a session's button from another server, channel or a DM (a forged or copied custom_id). */
export type ClickVerdict = AnswerVerdict | 'elsewhere';

/** A channel already has a running quiz (the store refused a second one). */
export class QuizAlreadyRunning extends Error {
  override name = 'QuizAlreadyRunning';

  constructor(readonly channelId: string) {
    super(`quiz session: a quiz is already running in channel ${channelId}`);
  }
}

/** A session this process runs: its state machine, its question's message, the work under way. */
interface Live {
  record: QuizSessionRecord;
  state: SessionState;
  messageId: string | null;
  stoppedBy: string | null;
  /** The effects being performed, in order. */
  work: Promise<void>;
  /** Accepted answers still being stored: a reveal or a scoreboard waits for them. */
  storing: Set<Promise<boolean>>;
  cancelTimer: () => void;
  failure?: unknown;
}

const DEFAULT_REVEAL_MS = 5_000;
const iso = (ms: number) => new Date(ms).toISOString();
const noTimer = () => undefined;

/**
 * Runs quiz sessions in channels. The state machine (src/quiz/session.ts) decides; this service
 * keeps the store in step, shows each step through the table and wakes each session at its next
 * deadline. The store is the authority on what counts: one running session per channel and one
 * answer per member and round, even when many clicks, or processes, race; reveals and scores are
 * read back from the stored answers.
 */
export class QuizSessions {
  readonly #live = new Map<string, Live>();
  readonly #store: SessionStore;
  readonly #table: QuizTable;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #revealMs: number;
  readonly #newId: () => string;

  constructor(options: QuizSessionsOptions) {
    this.#store = options.store;
    this.#table = options.table;
    this.#logger = options.logger;
    this.#clock = options.clock ?? systemClock;
    this.#revealMs = options.revealMs ?? DEFAULT_REVEAL_MS;
    this.#newId = options.newId ?? (() => randomBytes(8).toString('hex'));
  }

  /**
   * Claims the channel, then asks the first question. Throws `QuizAlreadyRunning`, or whatever
   * stopped the first question (`ChannelRefused`), in which case the session is ended and the
   * channel free again.
   */
  async start(request: NewSession): Promise<QuizSessionRecord> {
    let record: QuizSessionRecord;
    try {
      record = await this.#store.startQuizSession({ id: this.#newId(), ...request, startedAt: iso(this.#clock.now()) });
    } catch (error) {
      if (error instanceof StoreConflict) throw new QuizAlreadyRunning(request.channelId);
      throw error;
    }
    const first = startSession(this.#plan(record), this.#clock.now());
    const live: Live = { record, state: first.state, messageId: null, stoppedBy: null, work: Promise.resolve(), storing: new Set(), cancelTimer: noTimer };
    this.#live.set(record.id, live);
    this.#logger.info({ session: record.id, guild: record.guildId, channel: record.channelId, rounds: record.questions.length }, 'quiz started');
    this.#apply(live, first);
    await live.work;
    if (live.failure !== undefined) throw live.failure;
    return record;
  }

  /** The quiz running in a channel, if any (run by this process or not). */
  running(channelId: string): Promise<QuizSessionRecord | null> {
    return this.#store.runningQuizSession(channelId);
  }

  /**
   * A member's click on an answer button: accepted (and stored), a repeat, too late, the quiz is
   * over, or it came from elsewhere than the quiz's channel. The store has the last word on a repeat.
   */
  async answer(click: Click): Promise<ClickVerdict> {
    const live = this.#live.get(click.sessionId);
    const record = live?.record ?? (await this.#store.quizSession(click.sessionId));
    const { from } = click;
    if (record && from && (record.guildId !== from.guildId || record.channelId !== from.channelId)) return 'elsewhere';
    if (!live) return record?.status === 'running' ? 'late' : 'over';
    const result = answer(live.state, { ...click, at: this.#clock.now() });
    if (result.verdict !== 'accepted') return result.verdict;
    live.state = result.state;
    const { round, option, correct, points, streak, at } = result.answer;
    const storing = this.#store.recordQuizAnswer({ sessionId: live.record.id, guildId: live.record.guildId, round, userId: click.userId, option, correct, points, streak, at: iso(at) });
    live.storing.add(storing);
    try {
      return (await storing) ? 'accepted' : 'repeat';
    } finally {
      live.storing.delete(storing);
    }
  }

  /** Ends a running session with the scores so far; resolves once they are posted. */
  async stop(session: QuizSessionRecord, stoppedBy: string): Promise<void> {
    const live = this.#live.get(session.id) ?? this.#adopt(session);
    live.stoppedBy = stoppedBy;
    await this.#send(live, { type: 'stop', at: this.#clock.now() });
  }

  /**
   * After a restart: every session the store still has running in a server this process serves
   * (with shards, only its own) is ended cleanly: its question greyed, the scores so far posted
   * with a note that the quiz was interrupted. Returns how many.
   */
  async recover(serves: (guildId: string | null) => boolean): Promise<number> {
    const orphans = (await this.#store.runningQuizSessions()).filter((record) => serves(record.guildId) && !this.#live.has(record.id));
    await Promise.all(orphans.map((record) => this.#send(this.#adopt(record), { type: 'interrupt', at: this.#clock.now() })));
    if (orphans.length > 0) this.#logger.info({ sessions: orphans.map((record) => record.id) }, 'quizzes interrupted by a restart ended');
    return orphans.length;
  }

  /** On shutdown: the sessions this process runs end as interrupted, with their scores so far. */
  async close(): Promise<void> {
    await Promise.all([...this.#live.values()].map((live) => this.#send(live, { type: 'interrupt', at: this.#clock.now() })));
  }

  #plan(record: QuizSessionRecord): SessionPlan {
    return { rightOptions: record.questions.map((question) => question.answer), answerMs: record.secondsPerQuestion * 1000, revealMs: this.#revealMs };
  }

  /** A session the store has running that this process does not run (left by a crash). */
  #adopt(record: QuizSessionRecord): Live {
    const startedAt = Date.parse(record.roundStartedAt ?? record.startedAt);
    const state = resumeSession(this.#plan(record), record.round, startedAt);
    const live: Live = { record, state, messageId: record.messageId, stoppedBy: null, work: Promise.resolve(), storing: new Set(), cancelTimer: noTimer };
    this.#live.set(record.id, live);
    return live;
  }

  async #send(live: Live, event: SessionEvent): Promise<void> {
    this.#apply(live, step(live.state, event));
    await live.work;
  }

  #apply(live: Live, transition: Transition): void {
    live.state = transition.state;
    live.cancelTimer();
    const at = wakeAt(live.state);
    live.cancelTimer = at === null ? noTimer : this.#clock.setTimer(at - this.#clock.now(), () => this.#tick(live));
    const { effects } = transition;
    if (effects.length > 0) live.work = live.work.then(() => this.#perform(live, effects)).catch((error: unknown) => this.#fail(live, error));
  }

  #tick(live: Live): void {
    // A timer that fires early (the clock jumped) finds nothing due and is set again.
    if (this.#live.get(live.record.id) === live) this.#apply(live, step(live.state, { type: 'tick', at: this.#clock.now() }));
  }

  async #perform(live: Live, effects: SessionEffect[]): Promise<void> {
    const { record } = live;
    for (const effect of effects) {
      if (live.failure !== undefined) return;
      switch (effect.kind) {
        case 'ask': {
          live.messageId = await this.#table.post(record.channelId, { kind: 'question', session: record, round: effect.round, deadline: effect.deadline });
          const roundStartedAt = iso(effect.deadline - record.secondsPerQuestion * 1000);
          if (!(await this.#store.updateQuizSession(record.id, { round: effect.round, roundStartedAt, messageId: live.messageId }))) this.#drop(live);
          break;
        }
        case 'close':
          if (live.messageId !== null) await this.#table.edit(record.channelId, live.messageId, { kind: 'question', session: record, round: effect.round, deadline: null });
          break;
        case 'reveal': {
          const answers = await this.#storedAnswers(live);
          await this.#table.post(record.channelId, { kind: 'reveal', session: record, round: effect.round, answers: answers.filter((a) => a.round === effect.round) });
          break;
        }
        case 'scoreboard': {
          this.#drop(live);
          // Whoever marks the session ended posts its scores: never twice, even across processes.
          if (!(await this.#store.updateQuizSession(record.id, { status: effect.ending, endedAt: iso(this.#clock.now()) }))) return;
          const answers = await this.#storedAnswers(live);
          await this.#table.post(record.channelId, {
            kind: 'scoreboard',
            session: record,
            standings: standings(answers),
            ending: effect.ending,
            stoppedBy: live.stoppedBy,
            // No message yet: the first question was never posted.
            roundsAsked: live.messageId === null ? 0 : live.state.round + 1,
          });
          this.#logger.info({ session: record.id, ending: effect.ending, answers: answers.length }, 'quiz ended');
          break;
        }
      }
    }
  }

  async #storedAnswers(live: Live) {
    await Promise.allSettled([...live.storing]);
    return this.#store.quizAnswers(live.record.id);
  }

  #drop(live: Live): void {
    live.cancelTimer();
    live.cancelTimer = noTimer;
    if (this.#live.get(live.record.id) === live) this.#live.delete(live.record.id);
  }

  /** A step that could not be shown ends the session: the channel is free again, and nothing is left running. */
  async #fail(live: Live, error: unknown): Promise<void> {
    live.failure = error;
    live.state = step(live.state, { type: 'interrupt', at: this.#clock.now() }).state;
    this.#drop(live);
    this.#logger.warn({ session: live.record.id, channel: live.record.channelId, err: error }, 'quiz ended: a step could not be shown');
    try {
      await this.#store.updateQuizSession(live.record.id, { status: 'interrupted', endedAt: iso(this.#clock.now()) });
    } catch (storeError) {
      this.#logger.error({ session: live.record.id, err: storeError }, 'quiz session could not be marked ended');
    }
  }
}

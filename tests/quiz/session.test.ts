import { describe, expect, it } from 'vitest';
import { answer, resumeSession, startSession, step, wakeAt, type SessionEffect, type SessionState } from '../../src/quiz/session.ts';

const plan = { rightOptions: [1, 0, 3], answerMs: 20_000, revealMs: 5_000 };
const t0 = Date.UTC(2026, 0, 15, 12);

/** A session driven by a fake clock: `at(ms)` is the time since start; the effects are collected. */
function drive() {
  let now = t0;
  const first = startSession(plan, now);
  let state: SessionState = first.state;
  const effects: SessionEffect[] = [...first.effects];
  return {
    get state() {
      return state;
    },
    effects,
    /** Moves the clock to `ms` after the start and lets the session see the time. */
    at(ms: number) {
      now = t0 + ms;
      const next = step(state, { type: 'tick', at: now });
      state = next.state;
      effects.push(...next.effects);
      return next.effects;
    },
    click(userId: string, option: number, round = state.round) {
      const result = answer(state, { userId, round, option, at: now });
      state = result.state;
      return result;
    },
    send(type: 'stop' | 'interrupt') {
      const next = step(state, { type, at: now });
      state = next.state;
      effects.push(...next.effects);
      return next.effects;
    },
  };
}

describe('a quiz session', () => {
  it('runs a full quiz: ask, reveal after the deadline, pause, next question, …, scoreboard after the last reveal', () => {
    const s = drive();
    expect(s.effects).toEqual([{ kind: 'ask', round: 0, deadline: t0 + 20_000 }]);
    expect(s.at(19_999)).toEqual([]);
    expect(s.at(20_000)).toEqual([{ kind: 'close', round: 0 }, { kind: 'reveal', round: 0 }]);
    expect(s.state.phase).toBe('revealing');
    expect(s.at(24_999)).toEqual([]);
    expect(s.at(25_000)).toEqual([{ kind: 'ask', round: 1, deadline: t0 + 45_000 }]);
    expect(s.at(45_000)).toEqual([{ kind: 'close', round: 1 }, { kind: 'reveal', round: 1 }]);
    expect(s.at(50_000)).toEqual([{ kind: 'ask', round: 2, deadline: t0 + 70_000 }]);
    expect(s.at(70_000)).toEqual([{ kind: 'close', round: 2 }, { kind: 'reveal', round: 2 }]);
    expect(s.at(75_000)).toEqual([{ kind: 'scoreboard', ending: 'finished' }]);
    expect(s.state.phase).toBe('finished');
    expect(wakeAt(s.state)).toBeNull();
    expect(s.at(500_000)).toEqual([]);
  });

  it('takes a late tick as it comes: the pause and the next deadline count from when the tick happened', () => {
    const s = drive();
    s.at(30_000);
    expect(wakeAt(s.state)).toBe(t0 + 35_000);
    expect(s.at(35_000)).toEqual([{ kind: 'ask', round: 1, deadline: t0 + 55_000 }]);
  });

  it('accepts an answer in the open round before its deadline, scored by speed, and refuses it from the deadline on', () => {
    const s = drive();
    s.at(5_000);
    expect(s.click('ann', 1)).toMatchObject({ verdict: 'accepted', answer: { userId: 'ann', round: 0, option: 1, correct: true, points: 175, streak: 1 } });
    expect(s.click('bo', 2)).toMatchObject({ verdict: 'accepted', answer: { correct: false, points: 0, streak: 0 } });
    s.at(19_999);
    expect(s.click('cy', 1)).toMatchObject({ verdict: 'accepted', answer: { points: 100 } });
    s.at(20_000);
    expect(s.click('dee', 1).verdict).toBe('late');
    expect([...s.state.answers.keys()]).toEqual(['ann', 'bo', 'cy']);
  });

  it('refuses a late answer even when no tick has closed the round yet', () => {
    const s = drive();
    const late = answer(s.state, { userId: 'ann', round: 0, option: 1, at: t0 + 20_000 });
    expect(late.verdict).toBe('late');
  });

  it('refuses a second click of the same member in the same round, whatever they pick', () => {
    const s = drive();
    s.at(1_000);
    expect(s.click('ann', 2).verdict).toBe('accepted');
    expect(s.click('ann', 1).verdict).toBe('repeat');
    expect(s.click('ann', 2).verdict).toBe('repeat');
    expect(s.state.answers.get('ann')).toMatchObject({ option: 2, correct: false });
    s.at(20_000);
    expect(s.click('ann', 1).verdict).toBe('repeat');
  });

  it('refuses a click on an earlier question’s button once the next question is asked', () => {
    const s = drive();
    s.at(20_000);
    s.at(25_000);
    expect(s.click('ann', 1, 0).verdict).toBe('late');
    expect(s.click('ann', 0, 1).verdict).toBe('accepted');
  });

  it('reveals a round with no answers and goes on', () => {
    const s = drive();
    expect(s.at(20_000)).toEqual([{ kind: 'close', round: 0 }, { kind: 'reveal', round: 0 }]);
    expect(s.at(25_000)).toEqual([{ kind: 'ask', round: 1, deadline: t0 + 45_000 }]);
    expect(s.state.answers.size).toBe(0);
  });

  it('carries streaks across rounds: right answers in a row add a bonus; a wrong answer or a skipped round ends the streak', () => {
    const s = drive();
    // Round r is asked at r × 25 s; every answer comes halfway through it (150 for a right answer, plus the streak bonus).
    const round = (r: number, clicks: Array<[string, number]>) => {
      s.at(r * 25_000 + 10_000);
      const results = Object.fromEntries(clicks.map(([user, option]) => [user, s.click(user, option)]));
      s.at(r * 25_000 + 20_000);
      s.at(r * 25_000 + 25_000);
      return results;
    };
    const r0 = round(0, [['ann', 1], ['bo', 1], ['cy', 1]]);
    expect(r0.ann).toMatchObject({ answer: { points: 150, streak: 1 } });
    const r1 = round(1, [['ann', 0], ['bo', 2]]);
    expect(r1.ann).toMatchObject({ answer: { points: 170, streak: 2 } });
    expect(r1.bo).toMatchObject({ answer: { points: 0, streak: 0 } });
    const r2 = round(2, [['ann', 3], ['bo', 3], ['cy', 3]]);
    expect(r2.ann).toMatchObject({ answer: { points: 190, streak: 3 } });
    expect(r2.bo).toMatchObject({ answer: { points: 150, streak: 1 } });
    expect(r2.cy).toMatchObject({ answer: { points: 150, streak: 1 } });
  });

  it('stops in the middle of a question: the question closes and the scores so far are posted; nothing follows', () => {
    const s = drive();
    s.at(20_000);
    s.at(25_000);
    s.at(30_000);
    s.click('ann', 0);
    expect(s.send('stop')).toEqual([{ kind: 'close', round: 1 }, { kind: 'scoreboard', ending: 'stopped' }]);
    expect(s.state.phase).toBe('stopped');
    expect(s.click('bo', 0).verdict).toBe('over');
    expect(s.at(100_000)).toEqual([]);
    expect(s.send('stop')).toEqual([]);
    expect(s.send('interrupt')).toEqual([]);
  });

  it('stopped during a reveal posts only the scoreboard (the question is already closed)', () => {
    const s = drive();
    s.at(20_000);
    expect(s.send('stop')).toEqual([{ kind: 'scoreboard', ending: 'stopped' }]);
  });

  it('is interrupted by a restart like a stop, and says so', () => {
    const s = drive();
    expect(s.send('interrupt')).toEqual([{ kind: 'close', round: 0 }, { kind: 'scoreboard', ending: 'interrupted' }]);
  });

  it('resumed from what a store kept, is taken as asking so that ending it greys the question', () => {
    const resumed = resumeSession(plan, 2, t0);
    expect(step(resumed, { type: 'interrupt', at: t0 + 90_000 }).effects).toEqual([{ kind: 'close', round: 2 }, { kind: 'scoreboard', ending: 'interrupted' }]);
  });

  it('needs at least one question', () => {
    expect(() => startSession({ ...plan, rightOptions: [] }, t0)).toThrow(/^quiz session: /);
  });
});

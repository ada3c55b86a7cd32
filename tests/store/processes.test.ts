import { expect, it } from 'vitest';
import { startApp, type App } from '../discord/support/app.ts';
import { describeStores } from './support/backends.ts';
import { guild } from './support/quiz-records.ts';
import { SAME_MEMBER, type ChildReport } from './support/store-child.ts';

const PROCESSES = 3;

const saidReady = (app: App) =>
  new Promise<void>((resolve, reject) => {
    const check = () => app.stdout().includes('ready\n') && resolve();
    app.child.stdout?.on('data', check);
    void app.exited.then((code) => reject(new Error(`a store process ended before it was ready (${code}): ${app.stderr()}`)));
    check();
  });

describeStores('the store shared by several processes', ({ backend, open }) => {
  it('opens, migrates and writes from processes at once: one quiz per channel, one answer per member and round, every commit kept', async () => {
    // A database none of them has opened yet: they also race to migrate it.
    const config = await backend.fresh();
    const children = Array.from({ length: PROCESSES }, (_, i) => startApp({}, 'tests/store/support/store-child.ts', [JSON.stringify(config), `p${i}`]));
    await Promise.all(children.map(saidReady));
    for (const child of children) child.child.stdin?.end();
    const codes = await Promise.all(children.map((child) => child.exited));
    expect(codes, children.map((child) => child.stderr()).join('\n')).toEqual(new Array(PROCESSES).fill(0));

    const reports = children.map((child) => JSON.parse(child.stdout().split('\n')[1] ?? '') as ChildReport);
    expect(reports.filter((r) => r.started)).toHaveLength(1);
    const sessionId = reports.find((r) => r.started)?.sessionId ?? '';
    expect(reports.map((r) => r.sessionId)).toEqual(new Array(PROCESSES).fill(sessionId));
    expect(reports.reduce((sum, r) => sum + r.sameMemberCounted, 0)).toBe(1);
    expect(reports.map((r) => r.ownMembersCounted)).toEqual(new Array(PROCESSES).fill(25));

    const store = await open(config);
    const answers = await store.quizAnswers(sessionId);
    expect(answers).toHaveLength(1 + 25 * PROCESSES);
    expect(answers.filter((a) => a.userId === SAME_MEMBER)).toHaveLength(1);
    expect(await store.revision(guild)).toBe(25 * PROCESSES);
    expect((await store.guild(guild)).documents).toHaveLength(25 * PROCESSES);
    expect(await store.audit(guild, { limit: 1000 })).toHaveLength(25 * PROCESSES);
  });
});

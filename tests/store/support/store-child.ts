/**
 * One of several processes sharing a database, as the bot's shards and the CLI do. It says
 * "ready", waits until its stdin closes (the go), opens the store (migrating it if it is the
 * first), tries to start a quiz in the channel every such process competes for, and then, all at
 * once: answers the running quiz's first round 25 times as the same member and once as each of
 * 25 members of its own, and commits 25 documents. Prints what the store answered as one JSON line.
 */
import { openStore, type StoreConfig } from '../../../src/store/open.ts';
import { StoreConflict } from '../../../src/store/types.ts';
import { answer, channel, guild, session } from './quiz-records.ts';

export const SAME_MEMBER = '800000000000000001';

export interface ChildReport {
  started: boolean;
  sessionId: string;
  sameMemberCounted: number;
  ownMembersCounted: number;
}

const [configJson = '', name = ''] = process.argv.slice(2);
if (configJson) {
  process.stdout.write('ready\n');
  for await (const _ of process.stdin);
  const store = await openStore(JSON.parse(configJson) as StoreConfig);
  const started = await store.startQuizSession(session(`session-${name}`)).then(
    () => true,
    (error: unknown) => {
      if (error instanceof StoreConflict) return false;
      throw error;
    },
  );
  const running = await store.runningQuizSession(channel);
  if (!running) throw new Error('no quiz is running in the channel');
  const times = Array.from({ length: 25 }, (_, i) => i);
  const [sameMember, ownMembers] = await Promise.all([
    Promise.all(times.map(() => store.recordQuizAnswer(answer(running.id, SAME_MEMBER)))),
    Promise.all(times.map((i) => store.recordQuizAnswer(answer(running.id, `${name}-${i}`)))),
    Promise.all(
      times.map((i) =>
        store.commit(
          guild,
          [{ kind: 'put-document', document: { id: `${name}-${i}`, title: `${name} ${i}`, publisher: null, language: 'en', published: '2023', fileName: 'pasted', sha256: `${name}-${i}`, text: `Text ${name} ${i}.`, addedBy: 'cli', addedAt: '2026-01-15T12:00:00.000Z' } }],
          { at: '2026-01-15T12:00:00.000Z', actor: 'cli', action: 'documents.add', target: `${name}-${i}`, before: null, after: null },
        ),
      ),
    ),
  ]);
  await store.close();
  const report: ChildReport = { started, sessionId: running.id, sameMemberCounted: sameMember.filter(Boolean).length, ownMembersCounted: ownMembers.filter(Boolean).length };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

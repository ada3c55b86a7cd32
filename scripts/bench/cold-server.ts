/**
 * One server's first questions after a restart must not hold up the others: a server holds a
 * 512 KB moderator's document, the bot (`npm start`, in its own process) starts, and at once 100
 * `/ask` come from that server and 100 from others. Each is timed from dispatch to its
 * acknowledgement and to its answer.
 *
 * `saved`: the server's layer was saved when the document was added (a restart).
 * `unsaved`: nothing of it is saved (after an update of the analysis code): the bot builds it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKnowledge } from '../../src/knowledge/open.ts';
import { addDocument, MAX_DOCUMENT_BYTES } from '../../src/moderation/index.ts';
import { DiscordDouble } from '../../tests/discord/double/index.ts';
import { startApp } from '../../tests/discord/support/app.ts';
import { largeDocument } from '../../tests/discord/support/large-document.ts';
import { report, summary, timings, type LatencySummary } from './latency.ts';

const heavyGuild = '910000000000000001';
const otherGuild = (i: number) => String(920000000000000000n + BigInt(i));
const user = (i: number) => String(10n ** 17n + BigInt(i));
const PER_SIDE = 100;
const ACK_TARGET_MS = 3_000;

const questions = [
  'When was the S-400 contract signed?',
  'When did Turkish jets shoot down the Russian Su-24?',
  'When was the Turkish Stream agreement signed?',
  'När började Turkiet ta emot S-400?',
];

export interface ColdServerFigures {
  saved: boolean;
  documentBytes: number;
  perSide: number;
  acknowledged: LatencySummary;
  /** The heavy server's acknowledgements, and the others'. */
  acknowledgedHeavy: LatencySummary;
  acknowledgedOthers: LatencySummary;
  /** The heavy server's answers, and the others'. */
  answeredHeavy: LatencySummary;
  answeredOthers: LatencySummary;
  targetMet: boolean;
}

export async function measureColdServer(saved: boolean): Promise<ColdServerFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'relations-bench-cold-'));
  const databasePath = join(dir, 'bot.sqlite');
  const text = largeDocument(MAX_DOCUMENT_BYTES - 1_024, `(run ${Date.now()})`);
  // Added as a moderator adds it; with `saved`, its layer goes where the bot will look (var/cache/).
  const moderator = await openKnowledge({ databasePath, ...(saved ? {} : { stateDir: false }) });
  await addDocument(moderator.moderation, { guildId: heavyGuild, who: 'cli' }, { upload: { name: 'chronology.txt', bytes: new TextEncoder().encode(text) }, title: 'A long chronology', published: '2024' });
  await moderator.close();

  const discord = await DiscordDouble.start();
  const app = startApp({ DISCORD_TOKEN: 'bench-token', DISCORD_API_URL: discord.apiUrl, DATABASE_PATH: databasePath });
  try {
    await discord.gateway.ready();
    const dispatches = Array.from({ length: 2 * PER_SIDE }, (_, i) => {
      const heavy = i % 2 === 0;
      const guildId = heavy ? heavyGuild : otherGuild(i);
      return discord.slash('ask', { question: questions[i % questions.length] as string }, { guildId, user: { id: user(i) } });
    });
    const handles = await Promise.all(dispatches);
    const heavy = handles.filter((_, i) => i % 2 === 0);
    const others = handles.filter((_, i) => i % 2 === 1);
    const acknowledged = await timings(handles, (handle) => handle.callback(), 30_000);
    const acknowledgedHeavy = await timings(heavy, (handle) => handle.callback(), 30_000);
    const acknowledgedOthers = await timings(others, (handle) => handle.callback(), 30_000);
    const answeredHeavy = await timings(heavy, (handle) => handle.edit(), 120_000);
    const answeredOthers = await timings(others, (handle) => handle.edit(), 120_000);
    const ack = summary(acknowledged.map(({ ms }) => ms), handles.length, Math.max(...acknowledged.map(({ at }) => at)) - Math.min(...handles.map((h) => h.dispatchedAt)));
    const answers = (list: typeof answeredHeavy, count: number) => summary(list.map(({ ms }) => ms), count, Math.max(...list.map(({ at }) => at)) - Math.min(...handles.map((h) => h.dispatchedAt)));
    const figures: ColdServerFigures = {
      saved,
      documentBytes: Buffer.byteLength(text),
      perSide: PER_SIDE,
      acknowledged: ack,
      acknowledgedHeavy: answers(acknowledgedHeavy, heavy.length),
      acknowledgedOthers: answers(acknowledgedOthers, others.length),
      answeredHeavy: answers(answeredHeavy, heavy.length),
      answeredOthers: answers(answeredOthers, others.length),
      targetMet: ack.lost === 0 && ack.p99Ms < ACK_TARGET_MS && answeredHeavy.length === heavy.length && answeredOthers.length === others.length,
    };
    return figures;
  } finally {
    app.child.kill('SIGTERM');
    await app.exited;
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printColdServer(f: ColdServerFigures): void {
  console.log(`cold server (${f.saved ? 'its layer saved: a restart' : 'nothing saved: the bot builds its layer'}): ${f.perSide} /ask from a server with a ${Math.round(f.documentBytes / 1024)} KB document and ${f.perSide} from others, at once, right after start`);
  report('dispatch → acknowledgement, all', f.acknowledged);
  report('dispatch → acknowledgement, that server', f.acknowledgedHeavy);
  report('dispatch → acknowledgement, the others', f.acknowledgedOthers);
  report('dispatch → answer, that server', f.answeredHeavy);
  report('dispatch → answer, the others', f.answeredOthers);
  console.log(`  target (acknowledgement p99 < 3 s, none lost, every answer given): ${f.targetMet ? 'met' : 'MISSED'}`);
}

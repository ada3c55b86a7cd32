/**
 * Measurements, by section: `npm run bench` runs every section, `npm run bench -- bot` one;
 * `--json` prints one JSON document instead of text.
 *
 * core: cold start, start-up from the saved state (warm start), index build, ask latency and
 * peak memory at 1×, 10× and 100× the corpus, with plain MiniSearch (default options) on the
 * same passages as the baseline; each size's targets, met or missed.
 *
 * cli: one-shot CLI calls (`npm run -s cli -- sources`, `ask`, `ask --guild`), median of 5 (see
 * bench/cli-start.ts).
 *
 * cold: a server with a 512 KB document asked 100 times, beside 100 questions from other servers,
 * right after the bot starts (see bench/cold-server.ts).
 *
 * bot: `npm start` (the real bot and engine, in its own process) against the Discord double;
 * many `/ask` interactions are dispatched at once and each is timed from dispatch to its first
 * callback (the acknowledgement Discord wants within 3 s) and to its answer (the edit).
 */
import { parseArgs } from 'node:util';
import { startApp } from '../tests/discord/support/app.ts';
import { DiscordDouble } from '../tests/discord/double/index.ts';
import { measureCliStart, printCliStart } from './bench/cli-start.ts';
import { measureColdServer, printColdServer } from './bench/cold-server.ts';
import { measureCore, printCore } from './bench/core.ts';
import { report, summary, timings } from './bench/latency.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { count: { type: 'string', default: '500' }, json: { type: 'boolean', default: false } },
});

const sections: Record<string, () => Promise<Record<string, unknown>>> = { core, cli, bot, cold };

async function cli(): Promise<Record<string, unknown>> {
  const figures = await measureCliStart();
  if (figures.some((f) => !f.targetMet)) process.exitCode = 1;
  if (!values.json) printCliStart(figures);
  return { commands: figures };
}

async function cold(): Promise<Record<string, unknown>> {
  const runs = [];
  for (const saved of [true, false]) {
    const figures = await measureColdServer(saved);
    if (!figures.targetMet) process.exitCode = 1;
    if (!values.json) printColdServer(figures);
    runs.push(figures);
  }
  return { runs };
}

async function core(): Promise<Record<string, unknown>> {
  const scales = await measureCore();
  if (scales.some((scale) => scale.targets.some((target) => !target.met))) process.exitCode = 1;
  if (!values.json) printCore(scales);
  return { scales };
}

async function bot(): Promise<Record<string, unknown>> {
  const count = Number(values.count);
  const questions = [
    'When did Turkish jets shoot down the Russian Su-24?',
    'When did Erdogan send Putin a letter of regret?',
    'Where did Putin and Erdogan meet in August 2016?',
    'When was the Turkish Stream agreement signed?',
    'När började Turkiet ta emot S-400?',
  ];
  const discord = await DiscordDouble.start();
  const app = startApp({ DISCORD_TOKEN: 'bench-token', DISCORD_API_URL: discord.apiUrl });
  try {
    await discord.gateway.ready();
    // One answer first, so that start-up work does not count.
    const warmUp = await discord.slash('ask', { question: questions[0] as string });
    await warmUp.edit();

    const started = performance.now();
    const handles = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        discord.slash('ask', { question: questions[i % questions.length] as string }, { user: { id: String(10n ** 17n + BigInt(i)) } }),
      ),
    );
    const acknowledged = await timings(handles, (handle) => handle.callback(), 10_000);
    const answered = await timings(handles, (handle) => handle.edit(), 60_000);
    const lastAck = Math.max(...acknowledged.map(({ at }) => at));
    const lastAnswer = Math.max(...answered.map(({ at }) => at));

    const late = acknowledged.filter(({ ms }) => ms > 3_000).length;
    const met = acknowledged.length === count && late === 0;
    if (!met) process.exitCode = 1;
    const figures = {
      count,
      acknowledged: summary(acknowledged.map(({ ms }) => ms), count, lastAck - started),
      answered: summary(answered.map(({ ms }) => ms), count, lastAnswer - started),
      targetMet: met,
    };
    if (!values.json) {
      console.log(`bot: ${count} /ask interactions dispatched at once`);
      report('dispatch → first callback', figures.acknowledged);
      report('dispatch → answer (edit)', figures.answered);
      console.log(`  target (all ${count} acknowledged within 3 s, none lost): ${met ? 'met' : 'MISSED'}`);
    }
    return figures;
  } finally {
    app.child.kill('SIGTERM');
    await app.exited;
    await discord.close();
  }
}

const chosen = positionals.length > 0 ? positionals : Object.keys(sections);
const results: Record<string, unknown> = {};
for (const name of chosen) {
  const section = sections[name];
  if (!section) {
    console.error(`bench: no section "${name}" (sections: ${Object.keys(sections).join(', ')})`);
    process.exitCode = 1;
    continue;
  }
  Object.assign(results, name === 'core' ? await section() : { [name]: await section() });
}
if (values.json) console.log(JSON.stringify(results, null, 2));

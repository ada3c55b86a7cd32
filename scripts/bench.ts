/**
 * Measurements, by section: `npm run bench` runs every section, `npm run bench -- bot` one.
 *
 * bot: `npm start` (the real bot and engine, in its own process) against the Discord double;
 * many `/ask` interactions are dispatched at once and each is timed from dispatch to its first
 * callback (the acknowledgement Discord wants within 3 s) and to its answer (the edit).
 */
import { parseArgs } from 'node:util';
import { startApp } from '../tests/discord/support/app.ts';
import { DiscordDouble, type InteractionHandle } from '../tests/discord/double/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { count: { type: 'string', default: '500' } },
});

const sections: Record<string, () => Promise<void>> = { bot };

async function bot(): Promise<void> {
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
    await warmUp.edit(30_000);

    const started = performance.now();
    const handles = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        discord.slash('ask', { question: questions[i % questions.length] as string }, { user: { id: String(10n ** 17n + BigInt(i)) } }),
      ),
    );
    const acknowledged = await timings(handles, (handle) => handle.callback(10_000));
    const answered = await timings(handles, (handle) => handle.edit(60_000));
    const lastAck = Math.max(...acknowledged.map(({ at }) => at));
    const lastAnswer = Math.max(...answered.map(({ at }) => at));

    console.log(`bot: ${count} /ask interactions dispatched at once`);
    report('dispatch → first callback', acknowledged.map(({ ms }) => ms), count, lastAck - started);
    report('dispatch → answer (edit)', answered.map(({ ms }) => ms), count, lastAnswer - started);
    const late = acknowledged.filter(({ ms }) => ms > 3_000).length;
    const verdict = acknowledged.length === count && late === 0 ? 'met' : 'MISSED';
    console.log(`  target (all ${count} acknowledged within 3 s, none lost): ${verdict}`);
    if (verdict !== 'met') process.exitCode = 1;
  } finally {
    app.child.kill('SIGTERM');
    await app.exited;
    await discord.close();
  }
}

/** Milliseconds from dispatch to the request `wait` resolves with; interactions that never got one are left out. */
async function timings(handles: InteractionHandle[], wait: (handle: InteractionHandle) => Promise<{ at: number }>) {
  const results = await Promise.allSettled(handles.map(async (handle) => {
    const { at } = await wait(handle);
    return { at, ms: at - handle.dispatchedAt };
  }));
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

function report(label: string, latencies: number[], count: number, elapsedMs: number): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const rate = (latencies.length / (elapsedMs / 1000)).toFixed(0);
  console.log(
    `  ${label}: ${latencies.length}/${count} (lost ${count - latencies.length}); ` +
      `p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, max ${at(1).toFixed(0)} ms; ${rate}/s`,
  );
}

const chosen = positionals.length > 0 ? positionals : Object.keys(sections);
for (const name of chosen) {
  const section = sections[name];
  if (!section) {
    console.error(`bench: no section "${name}" (sections: ${Object.keys(sections).join(', ')})`);
    process.exitCode = 1;
    continue;
  }
  await section();
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDouble } from './double/index.ts';
import { startApp, type App } from './support/app.ts';
import { problems } from './support/checks.ts';
import { buttonId } from './support/messages.ts';

/** `npm start` with a token and DISCORD_API_URL: the whole bot, as deployed, against the double. */
describe('npm start with DISCORD_TOKEN', () => {
  let discord: DiscordDouble;
  let app: App;

  beforeAll(async () => {
    discord = await DiscordDouble.start();
    app = startApp({ DISCORD_TOKEN: 'any-token', DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'info' });
    // The app loads its corpus before it connects: on a busy machine that is a while.
    const exited = app.exited.then((code) => Promise.reject(new Error(`npm start exited (${code}): ${app.stderr()}`)));
    await Promise.race([discord.gateway.ready(), exited]);
  });
  afterAll(async () => {
    app.child.kill('SIGKILL');
    await discord.close();
  });

  const body = async (request: Promise<{ body: unknown }>) => (await request).body as { type: number; data: Record<string, unknown> };

  it('connects and answers every command with payloads that pass Discord’s schemas', async () => {
    const ask = await discord.slash('ask', { question: 'When did Turkish jets shoot down the Russian Su-24?' });
    expect((await body(ask.callback())).type).toBe(5);
    expect(JSON.stringify((await ask.edit()).body)).toContain('2015-11-24');

    const typing = await discord.autocomplete('when', { event: 'Su-24' }, 'event');
    const choices = (await body(typing.callback())).data.choices as Array<{ value: string }>;
    expect(choices.length).toBeGreaterThan(0);
    const when = await discord.slash('when', { event: choices[0]?.value ?? '' });
    expect((await body(when.callback())).type).toBe(4);

    const timeline = await discord.slash('timeline');
    expect((await body(timeline.callback())).type).toBe(5);
    expect((await timeline.edit()).files).toHaveLength(1);
    const page = await discord.click(timeline.message(), buttonId(timeline.message(), 'Next'));
    expect((await body(page.callback())).type).toBe(7);

    const barometer = await discord.slash('barometer', { from: '2015' });
    expect((await body(barometer.callback())).type).toBe(5);
    expect((await barometer.edit()).files.map((file) => file.filename)).toEqual(['barometer.png']);

    for (const name of ['sources', 'help']) expect((await body((await discord.slash(name)).callback())).type).toBe(4);
    expect(discord.requests.flatMap(problems)).toEqual([]);
  });

  it('stops gracefully on SIGTERM', async () => {
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    const messages = app.stdout().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['connected to Discord', 'shutting down', 'disconnected from Discord']));
    expect(app.stdout()).not.toContain('any-token');
  });
});

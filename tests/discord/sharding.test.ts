import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv, shardCountOf } from '../../src/config/env.ts';
import { until } from '../support/until.ts';
import { DiscordDouble, type InteractionHandle } from './double/index.ts';
import { startApp, type App } from './support/app.ts';
import { testToken } from './support/bot.ts';
import { problems } from './support/checks.ts';

/** A guild id whose creation-time part is `n << 22`: Discord sends its events to shard n % count. */
const guildOwnedBy = (shard: number) => ((100_000_000_000n + BigInt(shard)) << 22n).toString();

interface LogLine {
  msg: string;
  pid: number;
  shard?: number;
}

describe('SHARD_COUNT', () => {
  it('is a positive whole number or auto, and auto when not set', () => {
    expect(shardCountOf(parseEnv({ SHARD_COUNT: '4' }))).toBe(4);
    expect(shardCountOf(parseEnv({ SHARD_COUNT: 'auto' }))).toBe('auto');
    expect(shardCountOf(parseEnv({ SHARD_COUNT: '' }))).toBe('auto');
    for (const wrong of ['0', '-1', '1.5', 'two']) {
      expect(() => parseEnv({ SHARD_COUNT: wrong })).toThrow('SHARD_COUNT: must be a positive whole number or auto');
    }
  });
});

describe('npm run start:sharded', () => {
  it('says in one line that sharding needs a token (the console is npm start)', async () => {
    const app = startApp({}, 'src/sharded.ts');
    expect(await app.exited).not.toBe(0);
    expect(app.stderr()).toBe(
      'relations-bot could not start: sharding needs DISCORD_TOKEN (without a token, `npm start` opens the local console)\n',
    );
  });

  it('stops and fails to start, saying why in one line, when a shard cannot connect', async () => {
    const discord = await DiscordDouble.start({ shards: 2 });
    const recommendation: unknown = await (await fetch(`${discord.apiUrl}/v10/gateway/bot`)).json();
    // The manager's own request for the shard count passes; the shard's login is refused.
    let asked = 0;
    discord.route('GET', /^\/gateway\/bot$/, () =>
      ++asked === 1 ? { body: recommendation } : { status: 401, body: { code: 0, message: '401: Unauthorized' } },
    );
    const app = startApp({ DISCORD_TOKEN: testToken, DISCORD_API_URL: discord.apiUrl }, 'src/sharded.ts');
    expect(await app.exited).not.toBe(0);
    await discord.close();
    const reason = app.stderr().trim().split('\n').at(-1);
    expect(reason).toBe("relations-bot could not start: Shard 0's process exited before its Client became ready.");
  });

  /** The whole bot as deployed with shards: a manager and one discord.js client per process. */
  describe('against a Discord that recommends two shards', () => {
    let discord: DiscordDouble;
    let app: App;
    const logs = () => app.stdout().split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine);
    const question = 'When did Turkish jets shoot down the Russian Su-24?';

    beforeAll(async () => {
      discord = await DiscordDouble.start({ shards: 2, guilds: [{ id: guildOwnedBy(0) }, { id: guildOwnedBy(1) }] });
      app = startApp({ DISCORD_TOKEN: testToken, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'info' }, 'src/sharded.ts');
      // The manager's line and each shard's own, which may come a moment later.
      const started = () => logs().filter((line) => ['every shard connected', 'connected to Discord'].includes(line.msg));
      const connected = until(() => started().length >= 3);
      const exited = app.exited.then((code) => Promise.reject(new Error(`start:sharded exited (${code}): ${app.stderr()}`)));
      await Promise.race([connected, exited]);
      expect(started()).toHaveLength(3);
    });
    afterAll(async () => {
      app.child.kill('SIGKILL');
      await discord.close();
    });

    it('runs each shard in its own process, identifying as its shard', () => {
      expect([...discord.gateway.sessions.values()].map((session) => session.identify)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ token: testToken, shard: [0, 2] }),
          expect.objectContaining({ token: testToken, shard: [1, 2] }),
        ]),
      );
      const connected = logs().filter((line) => line.msg === 'connected to Discord');
      expect(connected.map((line) => line.shard).sort()).toEqual([0, 1]);
      expect(new Set(connected.map((line) => line.pid)).size).toBe(2);
    });

    it('announces each guild to the shard that owns it', () => {
      for (const shard of [0, 1]) {
        const created = discord.gateway.sessions.get(shard)?.dispatched.filter(({ event }) => event === 'GUILD_CREATE');
        expect(created?.map(({ data }) => data)).toEqual([{ id: guildOwnedBy(shard) }]);
      }
    });

    it('answers /ask in a guild of each shard, from the shard that owns the guild', async () => {
      const asks = await Promise.all([0, 1].map((shard) => discord.slash('ask', { question }, { guildId: guildOwnedBy(shard) })));
      for (const ask of asks) {
        expect(((await ask.callback()).body as { type: number }).type).toBe(5);
        expect(JSON.stringify((await ask.edit()).body)).toContain('2015-11-24');
      }
      const received = (shard: number) =>
        discord.gateway.sessions
          .get(shard)
          ?.dispatched.filter(({ event }) => event === 'INTERACTION_CREATE')
          .map(({ data }) => (data as InteractionHandle['payload']).id);
      expect([received(0), received(1)]).toEqual(asks.map((ask) => [ask.id]));
      expect(discord.requests.flatMap(problems)).toEqual([]);
    });

    it('stops both shards gracefully on SIGTERM, starting none again', async () => {
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      const disconnected = logs().filter((line) => line.msg === 'disconnected from Discord');
      expect(disconnected.map((line) => line.shard).sort()).toEqual([0, 1]);
      expect(logs().map((line) => line.msg)).toContain('shards stopped');
      expect(logs().map((line) => line.msg)).not.toContain('shard exited; starting it again');
      for (const { pid } of disconnected) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
      expect(app.stdout()).not.toContain(testToken);
    });
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { addDocument } from '../../src/moderation/index.ts';
import { openKnowledge } from '../../src/knowledge/open.ts';
import { DiscordDouble } from '../discord/double/index.ts';
import { startApp, type App } from '../discord/support/app.ts';
import { fixedNow, grainArticle, grainQuestion, moderator, tempDatabasePath, utf8 } from '../moderation/support/knowledge.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The CLI as `npm run -s cli` runs it once built: the launcher, which runs the bundle in dist/. */
function compiledCli(args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['scripts/launch.mjs', 'cli', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
}

async function sourceCli(...argv: string[]): Promise<string> {
  const out: string[] = [];
  await runCli(argv, { stdout: (s) => out.push(s), stderr: () => undefined, readStdin: async () => '' });
  return `${out.join('\n')}\n`;
}

/** `npm run build` bundles src/ into dist/; what the bundles do must be exactly what the sources do. */
describe('the compiled bot', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
  });

  it('is stamped with the sources it was made from', () => {
    expect(readFileSync(`${root}dist/.sources`, 'utf8')).toMatch(/^[0-9a-f]{64}$/u);
  });

  it.each([
    [['sources', '--json']],
    [['ask', 'When was the S-400 contract signed?', '--json']],
    [['timeline', '--from', '2016', '--to', '2017', '--json']],
    [['dates', '--ref', '2020-01-01', '--json']],
  ])('prints for %j exactly what the sources print', async (args) => {
    expect(compiledCli(args)).toBe(await sourceCli(...args));
  });

  describe('against the Discord double, a server with a document of its own', () => {
    const databasePath = tempDatabasePath();
    const server = '900000000000000123';
    let discord: DiscordDouble;
    let app: App;

    beforeAll(async () => {
      const knowledge = await openKnowledge({ databasePath, now: fixedNow, stateDir: false });
      // A text of this run's own: nothing saved fits it, so the build worker makes the server's layer.
      const text = `${grainArticle}\nRun ${Date.now()}.\n`;
      await addDocument(knowledge.moderation, { ...moderator, guildId: server }, { upload: { name: 'grain.md', bytes: utf8(text) }, title: 'Russia and Turkey agree on a grain corridor', published: '2023-05', publisher: 'Wire' });
      await knowledge.close();
      discord = await DiscordDouble.start();
      app = startApp({ DISCORD_TOKEN: 'any-token', DISCORD_API_URL: discord.apiUrl, DATABASE_PATH: databasePath, LOG_LEVEL: 'info' }, 'main', [], { compiled: true });
      const exited = app.exited.then((code) => Promise.reject(new Error(`npm start exited (${code}): ${app.stderr()}`)));
      await Promise.race([discord.gateway.ready(), exited]);
    });
    afterAll(async () => {
      app.child.kill('SIGKILL');
      await discord.close();
    });

    it("answers from that server's knowledge, made ready by the compiled build worker", async () => {
      const ask = await discord.slash('ask', { question: grainQuestion }, { guildId: server });
      expect(((await ask.callback()).body as { type: number }).type).toBe(5);
      expect(JSON.stringify((await ask.edit()).body)).toContain('Russia and Turkey agree on a grain corridor');
      const lines = app.stdout().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { msg: string; from?: string });
      expect(lines.find((line) => line.msg === "server's knowledge ready")).toMatchObject({ from: 'built' });
    });
  });
});

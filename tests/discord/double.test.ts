import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDouble } from './double/index.ts';
import { startBot, type RunningBot } from './support/bot.ts';
import { fakeEngine } from './support/fakeEngine.ts';

/** The double is shared test support: later features rely on these behaviours. */
describe('the Discord double', () => {
  let run: RunningBot;
  let discord: DiscordDouble;

  beforeAll(async () => {
    run = await startBot(fakeEngine());
    discord = run.discord;
  });
  afterAll(() => run.stop());

  const post = (path: string, body: string | FormData, headers: Record<string, string> = {}) =>
    fetch(`${discord.apiUrl}/v10${path}`, { method: 'POST', body, headers });

  it('answers a second acknowledgement of an interaction as Discord does', async () => {
    const handle = await discord.slash('help');
    await handle.callback();
    const again = await post(`/interactions/${handle.id}/${handle.token}/callback`, JSON.stringify({ type: 4, data: { content: 'x' } }), {
      'content-type': 'application/json',
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ code: 40060, message: 'Interaction has already been acknowledged.' });
  });

  it('records a multipart follow-up: its payload_json as the body, and its files', async () => {
    const handle = await discord.slash('help');
    await handle.callback();
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ content: 'a picture', attachments: [{ id: 0, filename: 'map.png' }] }));
    form.append('files[0]', new Blob([Buffer.from('PNG')], { type: 'image/png' }), 'map.png');
    const response = await post(`/webhooks/${discord.applicationId}/${handle.token}`, form);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ content: 'a picture', author: { id: discord.applicationId } });
    const recorded = await handle.followUp();
    expect(recorded.body).toEqual({ content: 'a picture', attachments: [{ id: 0, filename: 'map.png' }] });
    expect(recorded.files).toEqual([{ field: 'files[0]', filename: 'map.png', contentType: 'image/png', data: Buffer.from('PNG') }]);
  });

  it('keeps the session across a reconnection: an interaction sent meanwhile arrives once the bot resumes', async () => {
    const resumes = () => discord.gateway.received.filter(({ op }) => op === 6).length;
    const before = resumes();
    discord.gateway.disconnect();
    const handle = await discord.slash('help');
    expect(((await handle.callback()).body as { type: number }).type).toBe(4);
    expect(resumes()).toBe(before + 1);
    expect(discord.gateway.sessions.get(0)?.dispatched.map(({ event }) => event).slice(-2)).toEqual(['INTERACTION_CREATE', 'RESUMED']);
  });

  it('answers routes it does not know with a 404, and records them too', async () => {
    const response = await fetch(`${discord.apiUrl}/v10/channels/1/messages`);
    expect(response.status).toBe(404);
    expect(discord.requests.at(-1)).toMatchObject({ method: 'GET', path: '/channels/1/messages' });
  });

  it('lets a test add a route that wins over the defaults', async () => {
    discord.route('GET', /^\/gateway$/, () => ({ status: 503, body: { message: 'down for a test', code: 0 } }));
    expect((await fetch(`${discord.apiUrl}/v10/gateway`)).status).toBe(503);
  });
});

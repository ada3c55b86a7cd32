import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/discord/adapter/bot.ts';
import { spellDate } from '../../src/discord/format.ts';
import type { Engine } from '../../src/engine.ts';
import { createLogger } from '../../src/log.ts';
import { until } from '../support/until.ts';
import type { RecordedRequest } from './double/index.ts';
import { startBot, testToken, type RunningBot } from './support/bot.ts';
import { problems } from './support/checks.ts';
import { e2eEngine } from './support/e2eEngine.ts';
import { buttonId, buttonsOf, callbackOf, editOf, type MessageData } from './support/messages.ts';

const ephemeral = 64;
const noMentions = { parse: [] };

/** Every request of a run passes Discord's schemas and the limits they leave out. */
function expectAllValid(requests: readonly RecordedRequest[]): void {
  expect(requests.flatMap(problems)).toEqual([]);
}

describe('the bot on a Discord double', () => {
  let run: RunningBot;
  let engine: Engine;

  beforeAll(async () => {
    engine = await e2eEngine();
    run = await startBot(engine, { double: { heartbeatIntervalMs: 200 } });
  });
  afterAll(async () => {
    expectAllValid(run.discord.requests);
    await run.stop();
  });

  it('connects: finds the gateway over REST, identifies with its token, and heartbeats are acknowledged', async () => {
    expect(run.discord.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot' });
    const session = () => run.discord.gateway.sessions.get(0);
    expect(session()?.identify).toMatchObject({ token: testToken, shard: [0, 1], intents: 1 });
    await until(() => (session()?.heartbeats ?? 0) >= 2);
    // discord.js measures its ping from an acknowledgement; until the first, it is -1.
    await until(() => run.bot.client.ws.ping >= 0);
  });

  describe('/ask', () => {
    const question = 'When did Turkey shoot down the Russian Su-24?';

    it('acknowledges at once, then edits in the answer: date, numbered citations, buttons, no mentions', async () => {
      const answer = engine.ask(question);
      const handle = await run.discord.slash('ask', { question });
      expect(await callbackOf(handle)).toEqual({ type: 5, data: { flags: 0 } });

      const edit = await editOf(handle);
      expect(edit.allowed_mentions).toEqual(noMentions);
      expect(edit.embeds).toHaveLength(1);
      const [embed] = edit.embeds ?? [];
      expect(embed?.title).toBe(question);
      expect(embed?.description).toBe(answer.answer);
      expect(embed?.fields?.[0]).toEqual({ name: 'Date', value: `${spellDate(answer.date ?? '', 'en')} (${answer.date})` });
      const citationFields = embed?.fields?.filter((field) => /^\[\d+\] /.test(field.name)) ?? [];
      expect(citationFields.map((field) => field.name)).toEqual(answer.citations.map((c) => `[${c.n}] ${c.title}`));
      citationFields.forEach((field, i) => expect(field.value).toContain(`“${answer.citations[i]?.quote}”`));
      expect(buttonsOf(edit).map((button) => button.label ?? button.emoji?.name)).toEqual(['Sources', '👍', '👎']);
      expect(handle.requests().map((request) => request.method)).toEqual(['POST', 'PATCH']);
    });

    it('answers privately when asked to: the deferral carries the ephemeral flag', async () => {
      const handle = await run.discord.slash('ask', { question, private: true });
      expect(await callbackOf(handle)).toEqual({ type: 5, data: { flags: ephemeral } });
      expect((await editOf(handle)).embeds?.[0]?.title).toBe(question);
    });

    it('pings no one for a question with @everyone and a role mention', async () => {
      const handle = await run.discord.slash('ask', { question: `@everyone <@&223456789012345678> ${question}` });
      await callbackOf(handle);
      const edit = await editOf(handle);
      expect(edit.allowed_mentions).toEqual(noMentions);
      expect(JSON.stringify(edit)).not.toMatch(/@everyone|<@&/);
    });

    it('shows the full passages to whoever presses Sources, privately', async () => {
      const asked = await run.discord.slash('ask', { question });
      await editOf(asked);
      const click = await run.discord.click(asked.message(), buttonId(asked.message(), 'Sources'));
      const { type, data } = await callbackOf(click);
      expect(type).toBe(4);
      expect(data.flags).toBe(ephemeral);
      expect(data.embeds?.[0]?.title).toBe('Full passages');
      const cited = engine.ask(question).citations;
      expect(data.embeds?.[0]?.fields?.map((field) => field.name)).toEqual(cited.map((c) => `[${c.n}] ${c.title}`));
    });

    it('records 👍 with the question and citations, and thanks the voter privately', async () => {
      const asked = await run.discord.slash('ask', { question });
      await editOf(asked);
      const click = await run.discord.click(asked.message(), buttonId(asked.message(), '👍'), { user: { id: '800000000000000042' } });
      expect(await callbackOf(click)).toMatchObject({ type: 4, data: { flags: ephemeral, content: expect.stringMatching(/^Thank you/) } });
      expect(run.services.feedback.entries.at(-1)).toMatchObject({
        vote: 'up',
        question,
        userId: '800000000000000042',
        messageId: asked.message().id,
        citations: engine.ask(question).citations.map(({ passageId }) => ({ passageId })),
      });
    });
  });

  describe('/when', () => {
    it('completes the event as the user types, then gives its date and citations', async () => {
      const typing = await run.discord.autocomplete('when', { event: 'Su-24' }, 'event');
      const { type, data } = (await typing.callback()).body as { type: number; data: { choices: Array<{ name: string; value: string }> } };
      expect(type).toBe(8);
      expect(data.choices.map((choice) => choice.value)).toEqual(engine.suggestEvents('Su-24', 25).map((s) => s.id));
      const picked = data.choices[0]?.value ?? '';
      const event = engine.event(picked);

      const handle = await run.discord.slash('when', { event: picked });
      const reply = await callbackOf(handle);
      expect(reply.type).toBe(4);
      expect(reply.data.flags).toBeUndefined();
      expect(reply.data.embeds?.[0]?.title).toBe(event?.summary);
      expect(reply.data.embeds?.[0]?.description).toContain(`(${event?.date})`);
      expect(reply.data.embeds?.[0]?.fields?.length).toBeGreaterThanOrEqual(event?.citations.length ?? 1);
    });

    it('completes Swedish words as well', async () => {
      const typing = await run.discord.autocomplete('when', { event: 'sköt' }, 'event', { locale: 'sv-SE' });
      const { data } = (await typing.callback()).body as { data: { choices: Array<{ value: string }> } };
      expect(data.choices.map((choice) => choice.value)).toEqual(engine.suggestEvents('sköt', 25).map((s) => s.id));
      expect(data.choices.length).toBeGreaterThan(0);
    });
  });

  describe('/timeline', () => {
    const dates = (data: MessageData) => data.embeds?.[0]?.fields?.map((field) => field.name.split(' ')[0]);

    it('acknowledges at once, then edits in the first page with a picture of the whole period', async () => {
      const events = engine.timeline({});
      const handle = await run.discord.slash('timeline');
      expect(await callbackOf(handle)).toEqual({ type: 5, data: { flags: 0 } });
      const edit = await handle.edit();
      const first = edit.body as MessageData & { attachments: Array<{ id: string; description: string }> };
      expect(dates(first)).toEqual(events.slice(0, 8).map((event) => event.date));
      expect(first.embeds?.[0]?.image).toEqual({ url: 'attachment://timeline.png' });
      expect(edit.files.map(({ field, filename }) => [field, filename])).toEqual([['files[0]', 'timeline.png']]);
      expect(edit.files[0]?.data.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(first.attachments[0]?.description).toMatch(/^Timeline picture: \d+ cooperation events left of a time ribbon/);
      expect(buttonsOf(first).map((b) => [b.label, b.disabled ?? false])).toEqual([['Previous', true], ['Next', false]]);
    });

    it('pages with Previous / Next, each page replacing the picture with one that labels its events', async () => {
      const events = engine.timeline({});
      const handle = await run.discord.slash('timeline');
      const firstPicture = (await handle.edit()).files[0]?.data;

      const next = await run.discord.click(handle.message(), buttonId(handle.message(), 'Next'));
      const request = await next.callback();
      const second = request.body as { type: number; data: MessageData };
      expect(second.type).toBe(7);
      expect(second.data.allowed_mentions).toEqual(noMentions);
      expect(dates(second.data)).toEqual(events.slice(8, 16).map((event) => event.date));
      expect(request.files.map((file) => file.filename)).toEqual(['timeline.png']);
      expect(request.files[0]?.data.equals(firstPicture ?? Buffer.alloc(0))).toBe(false);
      expect(handle.message().embeds[0]?.footer?.text).toBe(`Page 2 of ${Math.ceil(events.length / 8)} · ${events.length} events`);

      const back = await run.discord.click(handle.message(), buttonId(handle.message(), 'Previous'));
      const backRequest = await back.callback();
      expect(dates((backRequest.body as { data: MessageData }).data)).toEqual(events.slice(0, 8).map((event) => event.date));
      expect(backRequest.files[0]?.data.equals(firstPicture ?? Buffer.alloc(0))).toBe(true);
    });
  });

  describe('/barometer', () => {
    it('acknowledges, then edits in the chart and, under it, the events behind each quarter with their sources', async () => {
      const barometer = engine.barometer({ from: '2016', to: '2017' });
      const handle = await run.discord.slash('barometer', { from: '2016', to: '2017' }, { locale: 'sv-SE' });
      expect((await callbackOf(handle)).type).toBe(5);
      const edit = await handle.edit();
      const [embed] = (edit.body as MessageData).embeds ?? [];
      expect(embed?.title).toBe('Barometer · från 2016 · till 2017');
      expect(embed?.image).toEqual({ url: 'attachment://barometer.png' });
      expect(edit.files.map((file) => file.filename)).toEqual(['barometer.png']);
      const withEvents = barometer.quarters.filter((quarter) => quarter.events.length > 0);
      expect(embed?.fields?.slice(0, withEvents.length).map((field) => field.name.split(' · ')[0])).toEqual(withEvents.map((q) => q.quarter));
      expect(embed?.fields?.[0]?.value).toMatch(/^▲ 2016-06-27 .+ \[\d\](\[\d\])*$/mu);
      expect(embed?.description).toContain('Källor ([n] efter en händelse):\n[1] ');
    });
  });

  describe('/sources and /help', () => {
    it('/sources lists the documents', async () => {
      const { type, data } = await callbackOf(await run.discord.slash('sources'));
      expect(type).toBe(4);
      expect(data.embeds?.[0]?.fields?.map((field) => field.name)).toEqual(engine.sources().map((meta) => meta.title));
    });

    it('/help answers in Swedish to a Swedish client, in a direct message too', async () => {
      const { data } = await callbackOf(await run.discord.slash('help', {}, { locale: 'sv-SE', guildId: null }));
      expect(data.embeds?.[0]?.title).toBe('Relationsboten');
      expect(data.allowed_mentions).toEqual(noMentions);
    });
  });

  describe('mistakes get a clear private message', () => {
    const mistakes: Array<[string, string, Record<string, string>, string]> = [
      ['an empty question', 'ask', { question: '' }, 'The “question” option is empty once formatting'],
      ['a question of markup and mentions', 'ask', { question: '**@everyone** <@&223456789012345678> ||' }, 'is empty once formatting'],
      ['a question of zero-width and control characters', 'ask', { question: '\u200b\u200d\u0007\u202e' }, 'is empty once formatting'],
      ['a question over the length limit', 'ask', { question: 'why '.repeat(60) }, 'too long: at most 200 characters'],
      ['an unreadable date', 'timeline', { from: 'last spring' }, 'must be a year (2016)'],
      ['an unknown event', 'when', { event: 'xyzzy' }, 'No event matches “xyzzy”'],
      ['a command the bot no longer has', 'quiz', {}, 'I do not know that command'],
    ];

    it.each(mistakes)('%s', async (_, command, options, message) => {
      const { type, data } = await callbackOf(await run.discord.slash(command, options));
      expect(type).toBe(4);
      expect(data.flags).toBe(ephemeral);
      expect(data.content).toContain(message);
      expect(data.embeds).toEqual([]);
    });

    it('a stale or unknown button', async () => {
      const help = await run.discord.slash('help');
      await help.callback();
      const message = help.message();
      for (const customId of ['quiz:3', 'src:000000:1.2', 'tl:next']) {
        const { type, data } = await callbackOf(await run.discord.click(message, customId));
        expect([type, data.flags]).toEqual([4, ephemeral]);
        expect(data.content).toMatch(/^This button belongs to a message I can no longer follow/);
      }
    });
  });
});

describe('the bot when something goes wrong on its side', () => {
  let run: RunningBot;
  const leak = 'index file /srv/private/index.bin is corrupt';

  beforeAll(async () => {
    const engine = await e2eEngine();
    run = await startBot({
      ...engine,
      ask: () => {
        throw new Error(leak);
      },
      timeline: () => {
        throw new TypeError('timeline broke');
      },
      suggestEvents: () => {
        throw new Error('autocomplete broke');
      },
    });
  });
  afterAll(async () => {
    expectAllValid(run.discord.requests);
    await run.stop();
  });

  const errorLines = () => run.logs.entries.filter((entry) => entry.level === 50);

  it('apologises with an error id in the deferred answer, and logs that id with its context', async () => {
    const handle = await run.discord.slash('ask', { question: 'When was the S-400 delivered?' });
    await callbackOf(handle);
    const { content, embeds, components, allowed_mentions } = await editOf(handle);
    const errorId = /error id: ([0-9a-f]{8})$/.exec(content ?? '')?.[1];
    expect(content).toMatch(/^Sorry, something went wrong on my side/);
    expect([embeds, components, allowed_mentions]).toEqual([[], [], noMentions]);
    expect(content).not.toContain(leak);
    expect(await until(() => errorLines().find((entry) => entry.errorId === errorId))).toMatchObject({
      msg: 'interaction failed',
      interaction: { id: handle.id, command: 'ask', options: { question: 'When was the S-400 delivered?' } },
      err: { type: 'Error', message: leak },
    });
  });

  it('apologises privately when the failure comes before any answer', async () => {
    const { type, data } = await callbackOf(await run.discord.slash('timeline'));
    expect([type, data.flags]).toEqual([4, ephemeral]);
    expect(data.content).toMatch(/^Sorry, something went wrong on my side\. .* error id: [0-9a-f]{8}$/);
  });

  it('offers no choices, rather than silence, when autocomplete fails', async () => {
    const typing = await run.discord.autocomplete('when', { event: 'Su' }, 'event');
    expect((await typing.callback()).body).toEqual({ type: 8, data: { choices: [] } });
  });

  it('writes neither the token, nor an interaction token, nor a stack trace into any log line', async () => {
    await until(() => errorLines().length >= 3);
    const tokens = run.discord.requests.map((request) => /\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(request.path)?.[1]);
    for (const line of run.logs.raw) {
      expect(line).not.toContain(testToken);
      for (const token of tokens) if (token) expect(line).not.toContain(token);
      expect(line).not.toMatch(/"stack"|\\n\s+at /);
    }
  });
});

describe('the bot under its limits', () => {
  it('refuses a second /ask within the rate limit, privately and saying when to retry', async () => {
    const { TokenBucketLimiter } = await import('../../src/discord/rateLimit.ts');
    const run = await startBot(await e2eEngine(), { askLimiter: new TokenBucketLimiter({ burst: 1, refillMs: 60_000 }) });
    try {
      const question = 'When did Turkey shoot down the Russian Su-24?';
      await editOf(await run.discord.slash('ask', { question }));
      const second = await run.discord.slash('ask', { question });
      const { type, data } = await callbackOf(second);
      expect([type, data.flags]).toEqual([4, ephemeral]);
      expect(data.content).toMatch(/^You are asking faster than I can answer everyone fairly\. Please wait (59|60) s/);
      expect(second.requests()).toHaveLength(1);
      const other = await run.discord.slash('ask', { question }, { user: { id: '800000000000000099' } });
      expect((await callbackOf(other)).type).toBe(5);
      expectAllValid(run.discord.requests);
    } finally {
      await run.stop();
    }
  });

  it('does not edit an answer once the interaction token is about to expire', async () => {
    const run = await startBot(await e2eEngine());
    try {
      const old = await run.discord.slash('ask', { question: 'When was the S-400 delivered?' }, { createdAt: Date.now() - 14 * 60_000 - 45_000 });
      await callbackOf(old);
      await until(() => run.logs.entries.some((entry) => entry.msg === 'answer ready after the interaction token expired; dropped'));
      expect(old.requests()).toHaveLength(1);
    } finally {
      await run.stop();
    }
  });

  it('keeps paging buttons working across a restart: their state is in the custom_id', async () => {
    const engine = await e2eEngine();
    const before = await startBot(engine);
    const handle = await before.discord.slash('timeline');
    await callbackOf(handle);
    await before.bot.stop();

    const logger = createLogger({ level: 'silent' });
    const services = { engine, feedback: before.services.feedback };
    const after = createBot({ token: testToken, apiUrl: before.discord.apiUrl, services, logger });
    await after.start();
    try {
      const click = await before.discord.click(handle.message(), buttonId(handle.message(), 'Next'));
      expect((await callbackOf(click)).type).toBe(7);
      expect(handle.message().embeds[0]?.footer?.text).toMatch(/^Page 2 of/);
    } finally {
      await after.stop();
      await before.discord.close();
    }
  });
});

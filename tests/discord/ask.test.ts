import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/errors.ts';
import { TokenBucketLimiter } from '../../src/discord/rateLimit.ts';
import { fakeEngine } from './support/fakeEngine.ts';
import { button, fieldNames, handlers } from './support/invoke.ts';

const question = 'When did Turkey shoot down the Russian Su-24?';

describe('/ask', () => {
  it('answers with the answer, the date, the disagreement and numbered citations', async () => {
    const reply = await handlers(fakeEngine()).run('ask', { question });
    const [embed] = reply.embeds ?? [];
    expect(embed?.title).toBe(question);
    expect(embed?.description).toBe('Turkey shoots down a Russian Su-24: 2015-11-24.');
    expect(embed?.fields?.[0]).toEqual({ name: 'Date', value: '24 November 2015 (2015-11-24)' });
    expect(embed?.fields?.[1]).toEqual({ name: 'The sources disagree', value: 'date: 2015-11-24 [1] · 2015-11-25 [2]' });
    expect(embed?.fields?.[2]).toEqual({
      name: '[1] Russia and Turkey: a timeline',
      value: 'Wire service · published 2020-02 (date inferred)\n“On 24 November 2015, Turkish F-16s shot down a Russian Su-24 near the Syrian border.”',
    });
    expect(embed?.fields?.[3]?.name).toBe('[2] Relationerna mellan Ryssland och Turkiet');
    expect(embed?.fields?.[3]?.value).toMatch(/^publisher unknown · published 2017-03\n“Den 25 november 2015/);
    expect(reply.ephemeral).toBe(false);
  });

  it('offers Sources, 👍 and 👎, whose custom_ids carry the citations within 100 characters', async () => {
    const reply = await handlers(fakeEngine()).run('ask', { question });
    expect(reply.buttons?.map((b) => b.label ?? b.emoji)).toEqual(['Sources', '👍', '👎']);
    for (const { customId } of reply.buttons ?? []) expect(customId.length).toBeLessThanOrEqual(100);
    expect(new Set(reply.buttons?.map((b) => b.customId)).size).toBe(3);
  });

  it('acknowledges before the engine works, privately when asked to', async () => {
    const engine = fakeEngine();
    const run = handlers(engine);
    const reply = await run.run('ask', { question, private: true });
    expect(run.deferrals).toEqual([true]);
    expect(reply.ephemeral).toBe(true);
    expect(engine.asked).toEqual([question]);
  });

  it('asks the engine the plain words, without mentions or markup', async () => {
    const engine = fakeEngine();
    const reply = await handlers(engine).run('ask', { question: '@everyone **When** was the <@&223456789012345678> Su-24 shot down?' });
    expect(engine.asked).toEqual(['When was the Su-24 shot down?']);
    expect(reply.embeds?.[0]?.title).toBe('When was the Su-24 shot down?');
  });

  it('speaks Swedish to Swedish users (the corpus text stays as it is)', async () => {
    const reply = await handlers(fakeEngine()).run('ask', { question: 'När sköt Turkiet ner Su-24?' }, 'sv');
    expect(fieldNames(reply).slice(0, 2)).toEqual(['Datum', 'Källorna är oense']);
    expect(reply.embeds?.[0]?.fields?.[0]?.value).toBe('24 november 2015 (2015-11-24)');
    expect(reply.embeds?.[0]?.footer).toMatch(/^Citaten är ordagranna/);
    expect(button(reply, 'Källor')).toBeDefined();
  });

  it('when the documents do not answer, says so, suggests topics, and offers only the votes', async () => {
    const reply = await handlers(fakeEngine()).run('ask', { question: 'Who won the 2018 World Cup?' });
    expect(reply.embeds?.[0]?.description).toBe(
      'The documents do not say. Try one of these:\n• the Su-24 crisis\n• the S-400',
    );
    expect(reply.embeds?.[0]?.fields).toEqual([]);
    expect(reply.buttons?.map((b) => b.emoji)).toEqual(['👍', '👎']);
  });

  it('refuses bad input before acknowledging, so the message can be private', async () => {
    const engine = fakeEngine();
    const run = handlers(engine);
    await expect(run.run('ask', { question: '\u200b @here ' })).rejects.toThrow(UserError);
    expect(run.deferrals).toEqual([]);
    expect(engine.asked).toEqual([]);
  });

  it('holds each user to the rate limit, saying when to ask again', async () => {
    const engine = fakeEngine();
    const run = handlers(engine, { askLimiter: new TokenBucketLimiter({ burst: 1, refillMs: 30_000 }) });
    await run.run('ask', { question });
    await expect(run.run('ask', { question })).rejects.toThrow(
      new UserError('You are asking faster than I can answer everyone fairly. Please wait 30 s before your next question.'),
    );
    expect(engine.asked).toHaveLength(1);
  });
});

describe('Sources button', () => {
  it('shows, to the one who pressed, the paragraphs of the cited lines, numbered as in the answer', async () => {
    const run = handlers(fakeEngine());
    const answer = await run.run('ask', { question });
    const { reply, updatesMessage } = await run.press(button(answer, 'Sources'), answer);
    expect(updatesMessage).toBe(false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds?.[0]?.title).toBe('Full passages');
    expect(fieldNames(reply)).toEqual(['[1] Russia and Turkey: a timeline', '[2] Relationerna mellan Ryssland och Turkiet']);
    expect(reply.embeds?.[0]?.fields?.[0]?.value).toContain(
      'On 24 November 2015, Turkish F-16s shot down a Russian Su-24 near the Syrian border. Moscow called it a stab in the back.',
    );
  });

  it('is stale, with a clear message, once the corpus has changed', async () => {
    const run = handlers(fakeEngine());
    const answer = await run.run('ask', { question });
    const sources = button(answer, 'Sources');
    const old = sources && { ...sources, customId: sources.customId.replace(/^src:\w+:/, 'src:000000:') };
    await expect(run.press(old, answer)).rejects.toThrow(new UserError(
      'This button belongs to a message I can no longer follow (it may predate a restart). Please run the command again.',
    ));
  });
});

describe('👍 / 👎', () => {
  it('records the vote with the question and the cited passages for moderators', async () => {
    const run = handlers(fakeEngine());
    const answer = await run.run('ask', { question });
    const { reply } = await run.press(button(answer, '👎'), answer);
    expect(reply).toEqual({
      content: 'Thank you. Your 👎 is recorded with the question and its citations for the moderators to review.',
      ephemeral: true,
    });
    expect(run.services.feedback.entries).toMatchObject([{
      vote: 'down',
      question,
      userId: 'u1',
      guildId: 'g1',
      messageId: 'm1',
      citations: [
        { passageId: 'wire/p1s1', documentId: 'wire', text: expect.stringContaining('Su-24') },
        { passageId: 'fakta/p1s1', documentId: 'fakta' },
      ],
    }]);
  });

  it('records a vote on an answer that had no citations', async () => {
    const run = handlers(fakeEngine());
    const answer = await run.run('ask', { question: 'Who won the 2018 World Cup?' });
    await run.press(button(answer, '👍'), answer);
    expect(run.services.feedback.entries).toMatchObject([{ vote: 'up', question: 'Who won the 2018 World Cup?', citations: [] }]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { customIdMax } from '../../src/discord/customId.ts';
import { UserError } from '../../src/discord/errors.ts';
import { practisableEvents } from '../../src/discord/commands/quiz/practice-card.ts';
import type { Reply } from '../../src/discord/reply.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { cardIdOf, PRACTICE_KINDS, reviewCard } from '../../src/quiz/practice.ts';
import { drillHandlers, labelled, practiceAsked } from '../quiz/support/drill-invoke.ts';
import { drillStore } from '../quiz/support/drill-store.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

const t0 = new Date('2026-03-02T10:00:00.000Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

const asked = (reply: Reply) => practiceAsked(engine, reply);

describe('/quiz practice', () => {
  it('asks privately with A–D and 🚩, every button within Discord’s 100 characters', async () => {
    const clock = { now: t0 };
    const { run } = drillHandlers(engine, drillStore().store, clock);
    const reply = await run('quiz', ['practice']);
    expect(reply.ephemeral).toBe(true);
    expect(reply.buttons?.map((b) => b.label ?? b.emoji)).toEqual(['A', 'B', 'C', 'D', '🚩']);
    expect(reply.buttons?.every((b) => b.customId.length <= customIdMax)).toBe(true);
    const { question } = asked(reply);
    expect(reply.embeds?.[0]).toMatchObject({ title: 'Practice', footer: expect.stringContaining('A new card') });
    expect(reply.embeds?.[0]?.description).toBe([question.question, '', ...question.options.map((o, i) => `${'ABCD'[i]}) ${o}`)].join('\n'));
  });

  it('grades an answer in the same message, saves the card and brings a wrong one back first', async () => {
    const clock = { now: t0 };
    const { store, cards } = drillStore();
    const { run, press } = drillHandlers(engine, store, clock);

    const first = await run('quiz', ['practice']);
    const one = asked(first);
    const right = await press(labelled(first, one.right));
    expect(right.updatesMessage).toBe(true);
    const shown = right.reply.embeds?.[0];
    expect(shown?.title).toBe('✅ Right');
    expect(shown?.description).toContain(`The answer: ${one.right}) ${one.question.options[one.question.answer]}`);
    expect(shown?.description).toContain('This card comes back in 10 minutes.');
    expect(shown?.fields?.[0]?.value).toContain(`“${one.question.citations[0]?.quote}”`);
    expect(right.reply.buttons?.map((b) => b.label ?? b.emoji)).toEqual(['Next', '🚩']);
    expect(cards.get(JSON.stringify(['g1', 'u1', one.cardId]))).toMatchObject({ due: later(10).toISOString(), updatedAt: t0.toISOString() });

    const second = await press(labelled(right.reply, 'Next'));
    expect(second.updatesMessage).toBe(true);
    const two = asked(second.reply);
    expect(two.cardId).not.toBe(one.cardId);
    const wrong = await press(labelled(second.reply, two.wrong));
    expect(wrong.reply.embeds?.[0]?.title).toBe('❌ Not quite');
    expect(wrong.reply.embeds?.[0]?.description).toContain(`You answered: ${two.wrong}) `);
    expect(wrong.reply.embeds?.[0]?.description).toContain('This card comes back in 1 minute.');

    clock.now = later(2);
    const back = await press(labelled(wrong.reply, 'Next'));
    expect(asked(back.reply).cardId).toBe(two.cardId);
    expect(back.reply.embeds?.[0]?.footer).toContain('A card due again');

    // Both cards are due by now: the wrong one, due at 1 minute, is the more overdue.
    clock.now = later(11);
    expect(asked(await run('quiz', ['practice'])).cardId).toBe(two.cardId);
  });

  it('grades a question once when its buttons are pressed twice at the same moment', async () => {
    const clock = { now: t0 };
    const { store, cards } = drillStore();
    const { run, press } = drillHandlers(engine, store, clock);
    const reply = await run('quiz', ['practice']);
    const { right, wrong, cardId } = asked(reply);
    const [first, second] = await Promise.allSettled([press(labelled(reply, right)), press(labelled(reply, wrong))]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: new UserError('You already answered this question; your first answer counts.') });
    expect(cards.get(JSON.stringify(['g1', 'u1', cardId]))?.due).toBe(later(10).toISOString());
  });

  it('keeps each member’s cards apart, and a member’s cards outside servers apart from those in one', async () => {
    const clock = { now: t0 };
    const { store, cards } = drillStore();
    const { run, press } = drillHandlers(engine, store, clock);
    const reply = await run('quiz', ['practice'], {}, { userId: 'u2', guildId: null });
    await press(labelled(reply, asked(reply).right), { userId: 'u2', guildId: null });
    expect([...cards.values()].map((c) => [c.guildId, c.userId])).toEqual([[null, 'u2']]);
    expect(await store.practiceCards('g1', 'u2')).toEqual([]);
  });

  it('says so and moves on when the events changed and the card’s question can no longer be made', async () => {
    const clock = { now: t0 };
    const { store, cards } = drillStore();
    const { press } = drillHandlers(engine, store, clock);
    const stale = { customId: 'qp:0:1z:when:removed-document/p1s1@0', label: 'A', style: 'secondary' as const };
    const result = await press(stale);
    expect(result.updatesMessage).toBe(true);
    expect(result.reply.content).toBe('That question can no longer be asked: the events it was about have changed since. Here is another one.');
    expect(asked(result.reply).question.question).toBeTruthy();
    expect(cards.size).toBe(0);
  });

  it('says when the next card is due once every card has been drilled', async () => {
    const clock = { now: t0 };
    const { store } = drillStore();
    for (const eventId of practisableEvents(engine)) {
      for (const kind of PRACTICE_KINDS) {
        await store.savePracticeCard({ guildId: 'g1', userId: 'u1', cardId: cardIdOf(kind, eventId), ...reviewCard(undefined, true, later(-5)), updatedAt: t0.toISOString() }, null);
      }
    }
    const reply = await drillHandlers(engine, store, clock).run('quiz', ['practice']);
    expect(reply.embeds?.[0]?.description).toBe('You have drilled every card for now. The next one is due in 5 minutes; come back then with /quiz practice.');
    expect(reply.buttons).toBeUndefined();
  });

  it('drills only events whose cards fit a button’s 100 characters', () => {
    const long = `${'a-long-document-title-slug'.repeat(3)}/p12s3@456`;
    const stub = { timeline: () => [{ id: long }, { id: 'doc/p1s1@3' }] } as unknown as Engine;
    expect(practisableEvents(stub)).toEqual(['doc/p1s1@3']);
  });

  it('speaks Swedish to a Swedish member', async () => {
    const clock = { now: t0 };
    const { run, press } = drillHandlers(engine, drillStore().store, clock);
    const reply = await run('quiz', ['practice'], {}, { locale: 'sv' });
    expect(reply.embeds?.[0]?.title).toBe('Övning');
    const graded = await press(labelled(reply, asked(reply).wrong), { locale: 'sv' });
    expect(graded.reply.embeds?.[0]?.title).toBe('❌ Inte riktigt');
    expect(graded.reply.embeds?.[0]?.description).toContain('Kortet kommer tillbaka om 1 minut.');
    expect(labelled(graded.reply, 'Nästa')).toBeDefined();
  });

  it('refuses clearly without the database, and refuses a button it cannot read', async () => {
    const clock = { now: t0 };
    await expect(drillHandlers(engine, undefined, clock).run('quiz', ['practice'])).rejects.toThrow(new UserError('Quiz records need the database, which this bot runs without.'));
    const { press } = drillHandlers(engine, drillStore().store, clock);
    await expect(press({ customId: 'qp:7:1z:when:x/p1s1@0', style: 'secondary' })).rejects.toThrow(UserError);
    await expect(press({ customId: 'qpn:NOT-A-SEED', style: 'primary' })).rejects.toThrow(UserError);
  });
});

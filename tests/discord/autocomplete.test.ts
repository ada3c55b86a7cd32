import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from './support/bot.ts';
import { fakeEngine } from './support/fakeEngine.ts';

/**
 * Autocomplete values come from the client as typed; a forged one of a million characters took
 * 2.3 s of search. What is read of it is capped at the longest option that completes (100).
 */
describe('autocomplete values are capped before any work', () => {
  const searched: number[] = [];
  let run: RunningBot;

  beforeAll(async () => {
    const engine = fakeEngine();
    run = await startBot({
      ...engine,
      suggestEvents: (typed, limit) => {
        searched.push(typed.length);
        return engine.suggestEvents(typed, limit);
      },
    });
  });
  afterAll(() => run.stop());

  it('reads at most 100 characters of what was typed, and still answers with choices', async () => {
    const typing = await run.discord.autocomplete('when', { event: `Su-24 ${'x'.repeat(1_000_000)}` }, 'event');
    const { body } = await typing.callback();
    expect(body).toMatchObject({ type: 8, data: { choices: expect.any(Array) } });
    expect(searched.length).toBeGreaterThan(0);
    expect(Math.max(...searched)).toBeLessThanOrEqual(100);
  });
});

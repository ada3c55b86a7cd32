import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/errors.ts';
import { fakeEngine } from './support/fakeEngine.ts';
import { fieldNames, handlers } from './support/invoke.ts';

describe('/when autocomplete', () => {
  it('matches what the user has typed, in English, with the date first', async () => {
    expect(await handlers(fakeEngine()).complete('when', 'Su-24')).toEqual([
      { name: '2015-11-24 · Turkey shoots down a Russian Su-24', value: 'su24' },
    ]);
  });

  it('matches Swedish words too', async () => {
    expect((await handlers(fakeEngine()).complete('when', 'träffades')).map((choice) => choice.value)).toEqual(['petersburg']);
  });

  it('offers events in order before anything is typed, at most 25, names within 100 characters', async () => {
    const engine = fakeEngine();
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, label: `An event with a long name ${'x'.repeat(120)}` }));
    const choices = await handlers({ ...engine, suggestEvents: () => many }).complete('when', 'event');
    expect(choices).toHaveLength(25);
    for (const { name } of choices) expect(name.length).toBeLessThanOrEqual(100);
    expect((await handlers(engine).complete('when', '')).map((choice) => choice.value).slice(0, 2)).toEqual(['su24', 'letter']);
  });

  it('treats markup or mentions alone as nothing typed yet', async () => {
    const run = handlers(fakeEngine());
    expect(await run.complete('when', '@everyone **')).toEqual(await run.complete('when', ''));
  });
});

describe('/when', () => {
  it('gives the date, its certainty, the citations and the disagreement between sources', async () => {
    const reply = await handlers(fakeEngine()).run('when', { event: 'su24' });
    const [embed] = reply.embeds ?? [];
    expect(reply.content).toBeUndefined();
    expect(embed?.title).toBe('Turkey shoots down a Russian Su-24');
    expect(embed?.description).toBe('Date: 24 November 2015 (2015-11-24), stated in the text');
    expect(fieldNames(reply)).toEqual([
      '[1] Russia and Turkey: a timeline',
      '[2] Relationerna mellan Ryssland och Turkiet',
      'The sources disagree on the date',
    ]);
    expect(embed?.fields?.[2]?.value).toBe(
      '2015-11-24: Russia and Turkey: a timeline says “2015-11-24”\n' +
        '2015-11-25: Relationerna mellan Ryssland och Turkiet says “Den 25 november 2015”',
    );
  });

  it('finds the closest event to typed text when no choice was picked, and says it is the closest', async () => {
    const reply = await handlers(fakeEngine()).run('when', { event: 'Astana talks' });
    expect(reply.content).toBe('The event closest to “Astana talks”:');
    expect(reply.embeds?.[0]?.description).toBe('Date: January 2017 (2017-01), inferred from the text');
  });

  it('says no event matches, in the user language', async () => {
    await expect(handlers(fakeEngine()).run('when', { event: 'moon landing' }, 'sv')).rejects.toThrow(
      new UserError('Ingen händelse matchar ”moon landing”. Välj en i listan som visas medan du skriver.'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/errors.ts';
import { createEngine } from '../../src/engine.ts';
import { fakeEngine } from './support/fakeEngine.ts';
import { handlers } from './support/invoke.ts';

describe('/barometer', () => {
  it('acknowledges first, then shows the chart and, under it, each quarter’s events with their sources', async () => {
    const run = handlers(fakeEngine());
    const reply = await run.run('barometer', { from: '2015', to: '2016' });
    expect(run.deferrals).toEqual([false]);
    const [embed] = reply.embeds ?? [];
    expect(embed?.title).toBe('Barometer · from 2015 · to 2016');
    expect(embed?.image).toBe('barometer.png');
    expect(reply.files?.map((file) => file.name)).toEqual(['barometer.png']);
    expect(reply.files?.[0]?.description).toBe('Bar chart of 5 quarters: cooperation up, conflict down, net as a line. Most cooperative quarter 2016-Q2; most conflictual 2015-Q4.');
    expect(embed?.description).toBe([
      'Each event scores +1 (▲ cooperation), −1 (◆ conflict) or 0 (● neutral); a quarter adds up its events.',
      'Over the period: net +1 (3 cooperation, 2 conflict, 0 neutral events).',
      '',
      'Sources ([n] after an event):',
      '[1] Russia and Turkey: a timeline',
      '[2] Relationerna mellan Ryssland och Turkiet',
    ].join('\n'));
    expect(embed?.fields).toEqual([
      { name: '2015-Q4 · net −1 (▲ 0, ◆ −1)', value: '◆ 2015-11-24 Turkey shoots down a Russian Su-24 [1][2]' },
      { name: '2016-Q2 · net +1 (▲ +1, ◆ 0)', value: '▲ 2016-06-27 Erdogan sends Putin a letter of regret [1]' },
      { name: '2016-Q3 · net +1 (▲ +1, ◆ 0)', value: '▲ 2016-08-09 Putin and Erdogan meet in St. Petersburg [1][2]' },
      {
        name: '2016-Q4 · net 0 (▲ +1, ◆ −1)',
        value: '▲ 2016-10-10 Turkish Stream agreement signed [1]\n◆ 2016-12-19 Ambassador Karlov assassinated in Ankara [1]',
      },
    ]);
  });

  it("adds up on the bundled corpus: each quarter's net is its cooperation less its conflict, the period's net and counts those of the quarters, and only Russia–Turkey events count", async () => {
    const engine = await createEngine();
    const reply = await handlers(engine).run('barometer', { from: '2015', to: '2021' });
    const [embed] = reply.embeds ?? [];
    const signed = (text: string) => Number(text.replace('−', '-').replace('+', ''));
    const quarters = (embed?.fields ?? []).flatMap((field) => {
      const match = /· net ([+−]?\d+) \(▲ ([+−]?\d+), ◆ ([+−]?\d+)\)$/u.exec(field.name);
      return match ? [{ net: signed(match[1] as string), cooperation: signed(match[2] as string), conflict: signed(match[3] as string), value: field.value }] : [];
    });
    expect(quarters.length).toBeGreaterThan(3);
    for (const q of quarters) {
      expect(q.net).toBe(q.cooperation + q.conflict);
      expect(q.value.split('\n').filter((line) => line.startsWith('▲')).length).toBe(q.cooperation);
      expect(q.value.split('\n').filter((line) => line.startsWith('◆')).length).toBe(0 - q.conflict);
    }
    const period = /Over the period: net ([+−]?\d+) \((\d+) cooperation, (\d+) conflict, (\d+) neutral events\)/u.exec(embed?.description ?? '');
    expect(period).not.toBeNull();
    const [, net, cooperation, conflict] = (period as RegExpExecArray).map((part, i) => (i === 0 ? 0 : signed(part)));
    expect(net).toBe(quarters.reduce((sum, q) => sum + q.net, 0));
    expect(cooperation).toBe(quarters.reduce((sum, q) => sum + q.cooperation, 0));
    expect(conflict).toBe(0 - quarters.reduce((sum, q) => sum + q.conflict, 0));
    const context = engine.barometer({ from: '2015', to: '2021' }).context.map((e) => e.summary.slice(0, 40));
    expect(context.length).toBeGreaterThan(0);
    for (const q of quarters) for (const summary of context) expect(q.value).not.toContain(summary);
  });

  it('speaks Swedish to a Swedish reader', async () => {
    const reply = await handlers(fakeEngine()).run('barometer', { from: '2020' }, 'sv');
    expect(reply.embeds?.[0]?.title).toBe('Barometer · från 2020');
    expect(reply.embeds?.[0]?.fields?.[0]?.name).toBe('2020-Q1 · netto 0 (▲ +1, ◆ −1)');
  });

  it('says so when a period has no events, without a picture', async () => {
    const reply = await handlers(fakeEngine()).run('barometer', { from: '2010', to: '2011' });
    expect(reply.embeds?.[0]?.description).toBe('No events found for this period.');
    expect(reply.files).toBeUndefined();
  });

  it('refuses a period that ends before it starts, and a date it cannot read, before acknowledging', async () => {
    const run = handlers(fakeEngine());
    await expect(run.run('barometer', { from: '2017', to: '2016' })).rejects.toThrow(
      new UserError('“from” (2017) comes after “to” (2016). Swap them and try again.'),
    );
    await expect(run.run('barometer', { from: 'spring' }, 'sv')).rejects.toThrow(
      new UserError('Alternativet ”från” ska vara ett år (2016), en månad (2016-06) eller en dag (2016-06-27).'),
    );
    expect(run.deferrals).toEqual([]);
  });
});

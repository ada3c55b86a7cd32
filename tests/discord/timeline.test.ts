import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/errors.ts';
import type { Reply } from '../../src/discord/reply.ts';
import { fakeEngine } from './support/fakeEngine.ts';
import { button, fieldNames, handlers } from './support/invoke.ts';

const footer = (reply: Reply) => reply.embeds?.[0]?.footer;

describe('/timeline', () => {
  it('shows the first eight events with their dates and sources, and Previous / Next', async () => {
    const reply = await handlers(fakeEngine()).run('timeline');
    expect(reply.embeds?.[0]?.title).toBe('Timeline');
    expect(fieldNames(reply)).toEqual([
      '2015-11-24', '2016-06-27', '2016-08-09', '2016-10-10', '2016-12-19',
      '2017-01 (inferred from the text)', '2018-04 (inferred from the text)', '2019-07-12',
    ]);
    expect(reply.embeds?.[0]?.fields?.[0]?.value).toBe(
      'Turkey shoots down a Russian Su-24\n⚠ sources disagree; see /when\nSources: Russia and Turkey: a timeline; Relationerna mellan Ryssland och Turkiet',
    );
    expect(footer(reply)).toBe('Page 1 of 2 · 11 events');
    expect(reply.buttons?.map(({ label, disabled }) => [label, disabled ?? false])).toEqual([['Previous', true], ['Next', false]]);
  });

  it('pages forward and back by replacing the message, the query kept in the buttons', async () => {
    const run = handlers(fakeEngine());
    const first = await run.run('timeline', { from: '2016', topic: 'gas' });
    expect(fieldNames(first)).toEqual(['2016-10-10', '2020-01 (inferred from the text)']);
    const all = await run.run('timeline', { from: '2016' });
    const next = await run.press(button(all, 'Next'));
    expect(next.updatesMessage).toBe(true);
    expect(footer(next.reply)).toBe('Page 2 of 2 · 10 events');
    expect(fieldNames(next.reply)).toEqual(['2020-02-27', '2020-03-05']);
    expect(button(next.reply, 'Next')?.disabled).toBe(true);
    const back = await run.press(button(next.reply, 'Previous'));
    expect(footer(back.reply)).toBe('Page 1 of 2 · 10 events');
  });

  it('keeps the message in its language whoever turns the page', async () => {
    const run = handlers(fakeEngine());
    const swedish = await run.run('timeline', {}, 'sv');
    expect(footer(swedish)).toBe('Sida 1 av 2 · 11 händelser');
    const { reply } = await run.press(button(swedish, 'Nästa'), swedish, 'en');
    expect(footer(reply)).toBe('Sida 2 av 2 · 11 händelser');
    expect(reply.buttons?.map((b) => b.label)).toEqual(['Föregående', 'Nästa']);
  });

  it('limits the period by partial dates, inclusive', async () => {
    const reply = await handlers(fakeEngine()).run('timeline', { from: '2016-08', to: '2016-12' });
    expect(reply.embeds?.[0]?.title).toBe('Timeline · from 2016-08 · to 2016-12');
    expect(fieldNames(reply)).toEqual(['2016-08-09', '2016-10-10', '2016-12-19']);
    expect(reply.buttons).toBeUndefined();
  });

  it('says so when a period has no events', async () => {
    const reply = await handlers(fakeEngine()).run('timeline', { from: '2010', to: '2011' });
    expect(reply.embeds?.[0]?.description).toBe('No events found for this period.');
  });

  it('refuses a period that ends before it starts, and a date it cannot read', async () => {
    const run = handlers(fakeEngine());
    await expect(run.run('timeline', { from: '2017', to: '2016-05' })).rejects.toThrow(
      new UserError('“from” (2017) comes after “to” (2016-05). Swap them and try again.'),
    );
    await expect(run.run('timeline', { to: 'yesterday' }, 'sv')).rejects.toThrow(
      new UserError('Alternativet ”till” ska vara ett år (2016), en månad (2016-06) eller en dag (2016-06-27).'),
    );
  });

  it('treats a paging button it cannot read as stale', async () => {
    const run = handlers(fakeEngine());
    for (const customId of ['tl:x:en:2016::', 'tl:1:en:2016-13::', 'tl:1:de:2016::']) {
      await expect(run.press({ customId, label: 'Next', style: 'secondary' })).rejects.toThrow(UserError);
    }
  });

  it('shows the last page for a page number past the end (the events may have changed)', async () => {
    const { reply } = await handlers(fakeEngine()).press({ customId: 'tl:9:en:::', label: 'Next', style: 'secondary' });
    expect(footer(reply)).toBe('Page 2 of 2 · 11 events');
  });
});

describe('/timeline’s picture', () => {
  it('acknowledges first, then attaches the whole period with this page’s events labelled, shown in the embed', async () => {
    const run = handlers(fakeEngine());
    const reply = await run.run('timeline');
    expect(run.deferrals).toEqual([false]);
    expect(reply.embeds?.[0]?.image).toBe('timeline.png');
    expect(reply.files?.map(({ name, description }) => [name, description])).toEqual([
      ['timeline.png', 'Timeline picture: 4 cooperation events left of a time ribbon, 3 conflict events right of it, 4 neutral ones where there is room.'],
    ]);
    expect(reply.files?.[0]?.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    const next = await run.press(button(reply, 'Next'));
    expect(next.reply.files?.[0]?.data.equals(reply.files?.[0]?.data ?? Buffer.alloc(0))).toBe(false);
  });

  it('has no picture when the period has no events, and describes it in Swedish to a Swedish reader', async () => {
    const run = handlers(fakeEngine());
    expect((await run.run('timeline', { from: '2010', to: '2011' })).files).toBeUndefined();
    expect((await run.run('timeline', {}, 'sv')).files?.[0]?.description).toMatch(/^Tidslinje: 4 händelser av samarbete/);
  });
});

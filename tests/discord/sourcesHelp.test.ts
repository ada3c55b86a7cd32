import { describe, expect, it } from 'vitest';
import { fakeEngine } from './support/fakeEngine.ts';
import { handlers } from './support/invoke.ts';

describe('/sources', () => {
  it('lists every document with its publisher, date (and how it was found) and language', async () => {
    const reply = await handlers(fakeEngine()).run('sources');
    expect(reply.embeds?.[0]?.fields).toEqual([
      {
        name: 'Russia and Turkey: a timeline',
        value: 'Publisher: Wire service\nPublished: 2020-02 (date inferred: latest event reported)\nLanguage: English',
      },
      {
        name: 'Relationerna mellan Ryssland och Turkiet',
        value: 'Publisher: unknown\nPublished: 2017-03\nLanguage: Swedish',
      },
    ]);
  });
});

describe('/help', () => {
  it('describes every command as registered', async () => {
    const description = (await handlers(fakeEngine()).run('help')).embeds?.[0]?.description ?? '';
    expect(description.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      '/ask question [private]: Ask about Russia–Turkey relations; the answer quotes the documents',
      '/when event: When did it happen? The date, its sources and any disagreement between them',
      '/timeline [from] [to] [topic]: The events of a period: a picture of the whole, then eight at a time',
      '/barometer [from] [to]: Cooperation against conflict per quarter, as a chart with the events behind it',
      '/quiz start|stop|leaderboard|stats|practice: Drill the timeline: a quiz in this channel, your practice, the leaderboard',
      '/sources: The documents the bot quotes, with their publisher and date',
      '/help: What the bot can do and how it cites its sources',
    ]);
  });

  it('names the commands as a Swedish client shows them', async () => {
    const description = (await handlers(fakeEngine()).run('help', {}, 'sv')).embeds?.[0]?.description ?? '';
    expect(description).toMatch(/^Jag svarar på frågor/);
    expect(description).toContain('/fråga fråga [privat]: Fråga om relationerna');
    expect(description).toContain('/tidslinje [från] [till] [ämne]: En periods händelser');
  });
});

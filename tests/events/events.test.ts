import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { extractDates, partialDateRange } from '../../src/dates/index.ts';
import { documentClaims } from '../../src/events/build.ts';
import type { TimelineEvent } from '../../src/events/types.ts';

let engine: Engine;
let events: TimelineEvent[];
let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
  engine = await createEngine({ now: () => new Date('2026-11-21T12:00:00Z') });
  events = engine.timeline();
});

const documentsOf = (event: TimelineEvent) => [...new Set(event.citations.map((c) => c.documentId))].sort();
const find = (pattern: RegExp) => events.filter((e) => e.citations.some((c) => pattern.test(c.quote)));

describe('the generated event corpus', () => {
  it('keeps every event in date order with a summary, a tone and at least one verbatim citation', () => {
    for (const event of events) {
      expect(event.citations.length).toBeGreaterThan(0);
      expect(event.summary.length).toBeGreaterThan(0);
      expect(['cooperation', 'conflict', 'neutral']).toContain(event.tone);
      for (const c of event.citations) expect(engine.passage(c.passageId)?.text).toContain(c.quote);
    }
    const starts = events.map((e) => partialDateRange(e.date).start);
    expect(starts).toEqual([...starts].sort((a, b) => a.localeCompare(b)));
  });

  it('merges the Su-24 shoot-down of three documents, one Swedish, into one event', () => {
    const [shootDown, ...others] = find(/Su-?24/u);
    expect(others).toEqual([]);
    expect(shootDown?.date).toBe('2015-11-24');
    expect(documentsOf(shootDown as TimelineEvent)).toEqual(['afp-idlib-factfile', 'ankara-moscow-journey', 'sv-relationerna-factbox']);
    expect(shootDown?.tone).toBe('conflict');
  });

  it('keeps the TurkStream agreement, the start of construction and the inauguration apart', () => {
    const dates = [find(/gas transport project/u), find(/project began/u), find(/inaugurate the new Turkstream/u)].map((list) => list.map((e) => e.date));
    expect(dates).toEqual([['2016-10-10'], ['2017'], ['2020-01']]);
  });

  it('keeps both dates of the S-400 contract, each with its citation', () => {
    const [contract] = find(/contract signed in December 2017/u);
    expect(contract?.claims.map((c) => [c.date, c.citation.documentId])).toEqual([
      ['2017-09-12', 'ankara-moscow-journey'],
      ['2017-12', 'afgazad-military-cooperation'],
    ]);
  });

  it('gives Swedish-only events an English summary and keeps their quotes Swedish', () => {
    const [karlov] = find(/Karlov/u);
    expect(karlov?.date).toBe('2016-12');
    expect(karlov?.summary).toMatch(/ambassador/u);
    expect(karlov?.citations[0]?.quote).toMatch(/Turkietambassadören Andrej Karlov/u);
    expect(karlov?.citations[0]?.language).toBe('sv');
  });

  it('dates a garbled "In 29," by the narrative and lets a clear source of the same event vouch for it', () => {
    const [call] = find(/^In 29,/u);
    expect(call).toMatchObject({ date: '2016-06-29', certainty: 'inferred' });
    expect(documentsOf(call as TimelineEvent)).toEqual(['ankara-moscow-journey', 'sv-relationerna-factbox']);
  });

  it('marks a date worked out from the narrative as inferred and a stated one as stated', () => {
    expect(find(/^In late May, Putin orders/u)[0]).toMatchObject({ date: '2017-05', certainty: 'inferred' });
    expect(find(/^On April 3, 2018/u)[0]).toMatchObject({ date: '2018-04-03', certainty: 'stated' });
  });

  it('doubts a date worked out from a publication date that is itself inferred, and merges it with clear reports', () => {
    const doc = engine.corpus.documents.find((d) => d.meta.id === 'ankara-moscow-journey');
    const friday = documentClaims(doc as CorpusDocument, { extractDates, eventTypes: language.eventTypes }).find((c) => c.dateText.includes('Friday'));
    expect(friday).toMatchObject({ date: '2019-07-12', certain: false });
    const [deliveries] = find(/S400 system on Friday/u);
    expect(deliveries).toMatchObject({ date: '2019-07', certainty: 'stated' });
  });

  it('names actors and places', () => {
    const [meeting] = find(/Petersburg/u);
    expect(meeting?.actors).toEqual(expect.arrayContaining(['Vladimir Putin', 'Recep Tayyip Erdogan']));
    expect(meeting?.places).toContain('Saint Petersburg');
  });

  it('lists the 2016 events the acceptance criteria name, with citations', () => {
    const year = engine.timeline({ from: '2016', to: '2016' });
    for (const date of ['2016-06-27', '2016-06-29', '2016-07', '2016-08-09', '2016-10-10', '2016-12']) {
      expect(year.some((e) => e.date === date && e.citations.length > 0)).toBe(true);
    }
    expect(year.every((e) => e.date.startsWith('2016'))).toBe(true);
  });

  it('narrows a timeline to a topic, read in the context of each sentence', () => {
    const idlib = engine.timeline({ from: '2020', to: '2020', topic: 'Idlib' }).map((e) => e.date);
    expect(idlib).toEqual(expect.arrayContaining(['2020-02-03', '2020-02-27', '2020-03']));
    expect(idlib).not.toContain('2020-01');
  });
});

describe('what happened, what was planned, what was background', () => {
  it('lists what happened by default, and plans and background when asked', () => {
    expect(events.every((e) => e.status === 'happened')).toBe(true);
    const all = engine.timeline({ status: ['happened', 'planned', 'background'] });
    const reactor = all.find((e) => e.citations.some((c) => /first reactor will enter/u.test(c.quote)));
    expect(reactor).toMatchObject({ status: 'planned', plannedFor: '2023' });
    // A plan is dated by when it was said: no later than the day its document was written.
    expect(partialDateRange(reactor?.date ?? '9999').start <= '2019-07-12').toBe(true);
    expect(all.find((e) => e.date === '1952')?.status).toBe('background');
    expect(engine.timeline({ status: ['planned'] }).every((e) => e.status === 'planned' && e.plannedFor !== undefined)).toBe(true);
  });

  it('dates no happening after the publication of the documents that tell it', () => {
    const published = new Map(engine.sources().map((m) => [m.id, partialDateRange(m.published.value).end]));
    for (const event of events) {
      const latest = Math.max(...event.citations.map((c) => Date.parse(published.get(c.documentId) ?? '')));
      expect(Date.parse(partialDateRange(event.date).start), `${event.date} ${event.summary}`).toBeLessThanOrEqual(latest);
    }
  });
});

describe('event autocomplete', () => {
  it('offers events whose words match what is typed, in either language', () => {
    expect(engine.suggestEvents('Karlov').map((s) => s.label)).toEqual([expect.stringContaining('2016-12')]);
    expect(engine.suggestEvents('flyganfall mot IS')[0]?.label).toMatch(/^2017-01 Russia and Turkey /u);
    expect(engine.suggestEvents('turkstream inaugur').map((s) => s.label)).toContainEqual(expect.stringMatching(/^2020-01 /u));
  });

  it('offers nothing for what the documents do not cover', () => {
    expect(engine.suggestEvents('moon landing')).toEqual([]);
  });

  it('offers at most the limit, every label within Discord’s 100 characters', () => {
    const all = engine.suggestEvents('', 25);
    expect(all).toHaveLength(25);
    for (const s of all) expect(s.label.length).toBeLessThanOrEqual(100);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import type { Engine } from '../../src/engine.ts';
import { added, engineWith } from './support/moderated-engine.ts';

/** A moderator's chronology: each entry is dated and placed by the "date — place" heading above it. */
const chronology = added('corridor', 'The grain corridor: a chronology', '2023-06', [
  'THE GRAIN CORRIDOR: A CHRONOLOGY',
  '',
  'March 3, 2023 — Sochi:',
  '● Russia and Turkey sign an agreement to open a grain corridor across the Black Sea.',
  '',
  'April 20, 2023 — Bosphorus strait, Istanbul:',
  '● The first freighters loaded with wheat sail through.',
  '● Port officials expect more convoys in May.',
]);

let engine: Engine;
beforeAll(async () => {
  engine = await engineWith([chronology]);
});

const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));

describe("questions about a moderator's chronology", () => {
  it("take an entry's place from the heading it stands under, and quote the heading with the entry", () => {
    const answer = ask('Where did the first wheat freighters sail through?');
    expect(answer.abstained).toBe(false);
    expect(answer.fact).toMatchObject({ type: 'place', text: expect.stringContaining('Bosphorus') });
    expect(answer.answer).toMatch(/^Bosphorus strait, Istanbul/u);
    expect(answer.citations[0]?.quote).toContain('The first freighters loaded with wheat sail through.');
  });
});

describe("a topic timeline over a moderator's chronology", () => {
  it('takes the entries under a headline that names the topic, though the entry words it otherwise', () => {
    const answer = ask('Timeline of the grain corridor');
    // "The first freighters loaded with wheat sail through" names no corridor; its headline does.
    expect(answer.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2023-03-03', '2023-04-20']));
  });
});

/** Two moderators' documents on one happening: a digest tells it without the place, a wire story names the place. */
const digest = added('ferry-digest', 'Black Sea digest', '2023-06-01', [
  'In May 2023, the Russian and Turkish leaders inaugurate the new ferry line that will carry freight to Turkey and Georgia.',
  '',
  'The ferry line opened in May 2023 after long talks. It runs 480 kilometres across the sea.',
]);
const wire = added('ferry-wire', 'Leaders open ferry line', '2023-05-20', [
  'SAMSUN, May 20 – The presidents of Russia and Turkey opened the new ferry line at a ceremony in Samsun on Friday, giving freight a route across the sea.',
  '',
  'The new ferry line was long awaited by the two countries, Erdogan said.',
]);

describe('a fact the best sentence lacks', () => {
  let ferries: Engine;
  beforeAll(async () => {
    ferries = await engineWith([digest, wire]);
  });

  it('is taken from a close passage that gives it, when the best one tells the story without it', () => {
    // The digest words the question best ("inaugurate the new ferry line") but names no place; the wire story does.
    const answer = answerSchema.parse(ferries.ask('where was the new ferry line inaugurated'));
    expect(answer.abstained).toBe(false);
    expect(answer.fact).toMatchObject({ type: 'place', text: 'Samsun', citation: { documentId: 'ferry-wire' } });
  });

  it('is, for "how long" in any wording, a number in units of length: a sentence with another count ("two") is no closer', () => {
    const answer = answerSchema.parse(ferries.ask('What is the length of the ferry line?'));
    expect(answer.fact).toMatchObject({ type: 'number', text: expect.stringContaining('480 kilometres') });
  });

  it('is taken from the next sentence of the paragraph when the number asked for is there', () => {
    const answer = answerSchema.parse(ferries.ask('How long is the ferry line?'));
    expect(answer.abstained).toBe(false);
    expect(answer.fact).toMatchObject({ type: 'number', text: expect.stringContaining('480 kilometres') });
  });
});

describe("an undated entry of a moderator's live blog", () => {
  let blog: Engine;
  beforeAll(async () => {
    const live = added('quay-live', 'Live: the grain quay fire', '2023-07-12', [
      'Monday 10 July 2023',
      '',
      '09:10 GMT',
      'Smoke rises over the grain quay of the port.',
      '',
      'Tuesday 11 July 2023',
      '',
      '08:30 GMT',
      'A team of fire inspectors has landed in the port city to examine the damaged silos.',
    ]);
    blog = await engineWith([live]);
  });

  it('is dated by the day heading above it, which the answer cites', () => {
    const answer = answerSchema.parse(blog.ask('When did the fire inspectors arrive to examine the silos?'));
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2023-07-11');
    expect(answer.answer).toMatch(/^11 July 2023: /u);
    expect(answer.citations.map((c) => c.quote)).toEqual(expect.arrayContaining([expect.stringContaining('fire inspectors has landed'), 'Tuesday 11 July 2023']));
  });
});

describe('"What is X?" about a name in a moderator\'s document', () => {
  let port: Engine;
  beforeAll(async () => {
    port = await engineWith([
      added('zafer-port', 'Black Sea shipping', '2023-05-04', [
        'Russian and Turkish officials met in Zafer on Monday to discuss the grain schedule for Zafer.',
        '',
        'Zafer is a new container port on the Black Sea coast, built by a Turkish firm.',
      ]),
    ]);
  });

  it('answers with the sentence that says what it is, not one that only names it', () => {
    for (const question of ['What is Zafer?', 'Vad är Zafer?']) {
      const answer = answerSchema.parse(port.ask(question));
      expect(answer.citations[0]?.quote, question).toContain('container port');
    }
  });
});

describe('"What did X say about …?" on a moderator\'s report', () => {
  it("answers with the speaker's words, though another sentence names the topic more fully", async () => {
    const engine = await engineWith([
      added('bridge-story', 'Bridge news', '2023-05-04', [
        'The ministry confirmed that the old harbour bridge collapsed in the storm on Monday.',
        '',
        'Mayor Anna Berg said the collapse was a warning to every town on the coast.',
      ]),
    ]);
    const answer = answerSchema.parse(engine.ask('What did Berg say about the bridge collapse?'));
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.quote).toContain('Anna Berg said');
  });
});

import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A chronology in which one topic word ("warplane") is written as such, and a looser sense of it ("aircraft") elsewhere. */
const chronology = added('skies-chronology', 'Turkey in the skies: a chronology', '2014-12-01', [
  'Turkey in the skies: a chronology',
  '',
  'On 2 March 2014 a Turkish F-16 shot down a Syrian warplane near Latakia.',
  '',
  'On 5 April 2014 Ankara ordered an anti-aircraft system from a Chinese firm.',
  '',
  'On 9 May 2014 the pilot of the downed warplane was buried in Damascus.',
]);

/** A digest told in one paragraph, one of whose sentences names its happening only as "the incident". */
const digest = added('harbour-digest', 'Ten years of Maltese-Libyan ties', '2016-12-01', [
  'Ten years of Maltese-Libyan ties',
  '',
  'In March 2014 a Libyan gunboat rammed a Maltese trawler off Lampedusa. Valletta recalled its envoy. There was a thaw in June 2015 when Tripoli expressed regret about the incident. In August 2016 the two sides signed a fishing accord.',
]);

const ask = askingWith([chronology, digest]);
const dates = (question: string) => ask(question).events.map((e) => e.date);

describe("a topic timeline's words", () => {
  it('looks for a topic word as written when the events write it, not for its looser senses ("warplane" is no anti-aircraft system)', () => {
    const found = dates('Everything about the Syrian warplane that was downed');
    expect(found).toEqual(expect.arrayContaining(['2014-03-02', '2014-05-09']));
    expect(found).not.toContain('2014-04-05');
  });

  it('looks for the senses of a topic word no event writes: "aircraft" for "planes"', () => {
    expect(dates('Timeline of the anti-aircraft purchase')).toContain('2014-04-05');
  });

  it('takes a sentence that calls its happening "the incident" as telling the one its paragraph told before', () => {
    const found = dates('Everything about the rammed trawler');
    expect(found).toEqual(expect.arrayContaining(['2014-03', '2015-06']));
    expect(found).not.toContain('2016-08');
  });
});

import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

const report = added('bridge-vote', 'Parliament backs bridge', '2019-05-04', [
  'ANKARA, May 4 – The government sent parliament a bill on the new Bosphorus rail bridge on 2 May 2019.',
  '',
  'Lawmakers approved the bridge bill by a show of hands on 3 May 2019, and only one party voted against.',
]);

const ask = askingWith([report]);

describe('a plural of a word written in capitals', () => {
  it('is a common noun, not a name the documents must hold: "MPs" asks what lawmakers did', () => {
    const answer = ask('When did MPs approve the bridge bill?');
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2019-05-03');
    expect(answer.citations[0]?.quote).toContain('Lawmakers approved the bridge bill');
  });
});

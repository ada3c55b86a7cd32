import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A briefing whose only figures measure something other than the payment a question asks about. */
const briefing = added('border-briefing', 'Ankara between Moscow and Washington', '2019-10-24', [
  'Ankara between Moscow and Washington',
  '',
  'In September 2017 Erdogan said that Turkey had signed for the S-400 missiles and had already paid a deposit.',
  '',
  'On Wednesday the patrols began moving into the border strip.',
  '',
  'They have 150 hours to make sure the fighters and their weapons are pulled back 30 kilometres from the frontier.',
]);

const ask = askingWith([briefing]);

describe('a fact of the kind asked for, in a sentence that tells of something else', () => {
  it.each(['How big a down payment did Turkey make on the S-400 missiles?', 'How large was the down payment Turkey made for its S-400s?'])(
    'is no answer to "%s": the documents do not say, and the closest passages are about the payment',
    (question) => {
      const answer = ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.answer).toMatch(/don't say directly; closest/u);
      expect(answer.citations.some((c) => /deposit/u.test(c.quote))).toBe(true);
    },
  );
});

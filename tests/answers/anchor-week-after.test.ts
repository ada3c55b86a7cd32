import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A canal's opening, which a wire tells to the day ("PORT VELL, March 8 … on Wednesday") and a profile by its month
 * ("In March 2023"), so that the event is dated by the month, the stated date; the locks were tested the day before.
 */
const chronology = added('canal-chronology', 'The Vell canal: a chronology', '2023-04-02', ['On 1 March 2023 water began to flow through the new Vell canal.']);
const wire = added('canal-wire', 'Ministers open the Vell canal', '2023-03-08', [
  'PORT VELL, March 8 – The two ministers opened the Vell canal at a ceremony in Port Vell on Wednesday.',
]);
const profile = added('canal-profile', 'Profile of the Vell canal', '2023-05-10', [
  'In March 2023 the two ministers opened the Vell canal at a ceremony in Port Vell.',
  '',
  'On 7 March 2023 engineers tested the locks of the Vell canal.',
]);

const ask = askingWith([chronology, wire, profile]);

describe('the week after an anchor', () => {
  it.each(['What happened the week after water began to flow through the Vell canal?', 'what happened in the week after the water started flowing through the vell canal'])(
    'is what came a week on, dated to the day a source gives it though the event is dated by its month: %s',
    (question) => {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.date).toBe('2023-03-08');
      expect(answer.answer).toMatch(/^8 March 2023: .*opened/u);
    },
  );
});

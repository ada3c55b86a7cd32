import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A press release datelined in Samsun: its bullets count the ships of the exercise, and none of
 * them names the port or the year; a sentence that does names only a ceremony before it.
 */
const release = added('samsun-exercise', 'Navies end a rescue drill', '2019-06-12', [
  'PRESS RELEASE',
  'Naval Forces Command | Public Affairs',
  '',
  'Navies end a rescue drill',
  '',
  'SAMSUN, 12 June 2019 — Russian and Turkish sailors finished a joint search-and-rescue drill on the Black Sea coast yesterday.',
  '',
  'Main points:',
  '• Nine warships took part, five of them Turkish.',
  '• Two helicopters flew rescue runs over the water.',
  '',
  'Earlier, in 2017, the two fleets held a ceremony in Samsun to mark a sea-rescue accord.',
]);

/** The same bullets under a line that names a place in lower case, which is no dateline. */
const undated = added('drill-notes', 'Navies end a rescue drill', '2019-06-12', [
  'Navies end a rescue drill',
  '',
  'Notes from the harbour office, written in haste.',
  '',
  'Main points:',
  '• Nine warships took part, five of them Turkish.',
  '',
  'Earlier, in 2017, the two fleets held a ceremony in Samsun to mark a sea-rescue accord.',
]);

const askRelease = askingWith([release]);
const askUndated = askingWith([undated]);

describe("a press release's dateline places and dates the whole story", () => {
  it('answers a question naming the dateline\'s city and year from a bullet that names neither', () => {
    const answer = askRelease('how many warships joined the 2019 drill off samsun');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/nine/iu);
  });

  it('gives no such place or year to a text without a dateline', () => {
    const answer = askUndated('how many warships joined the 2019 drill off samsun');
    expect(answer.answer).not.toMatch(/nine/iu);
  });
});

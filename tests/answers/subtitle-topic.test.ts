import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A chronology whose headline names only its subject's code name; the subtitle says what the story is, the entries tell it without saying so. */
const chronology = added('lantern-chronology', 'Operation Lantern: a chronology', '2022-05-10', [
  'OPERATION LANTERN: A CHRONOLOGY',
  'How a lighthouse restoration on the Bosphorus was finished',
  '',
  'March 3, 2021 — Istanbul:',
  '● Engineers from both countries sign the restoration plan for the old lighthouse.',
  '',
  'October 9, 2021 — Istanbul:',
  '● Workers reopen the tower to visitors after a ceremony.',
]);

const ask = askingWith([chronology]);

describe("a document's subtitle on a topic timeline", () => {
  it('says what every entry is about, as the headline does: an entry that does not repeat it is on the timeline of its words', () => {
    const answer = ask('timeline of the lighthouse restoration on the bosphorus');
    expect(answer.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2021-03-03', '2021-10-09']));
  });
});

import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A chronology whose "date — place" headings place the entries below them, and a report of another landing with its own place. */
const chronology = added('radar', 'The radar affair: a chronology', '2021-03-20', [
  'THE RADAR AFFAIR: A CHRONOLOGY',
  '',
  'March 3, 2021 — Kestrel air base, near Varna:',
  '● Bulgarian cargo planes land with the first parts of the system.',
  '',
  'March 9, 2021 — Sofia:',
  '● The government says the radar will be ready in May.',
]);
const report = added('charter', 'Charter flights resume', '2021-03-06', ['CHARTER FLIGHTS RESUME', '', 'On 5 March 2021 the first Bulgarian cargo planes since the ban landed in Burgas with tourists.']);
const ask = askingWith([chronology, report]);

describe('a where-question answered by an entry of a chronology', () => {
  it.each(['på vilken flygbas landade de bulgariska fraktplanen med radarn'])('%s: takes the place of the heading the entry stands under as the entry’s own, before a place another sentence gives', (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^Kestrel air base/u);
  });
});

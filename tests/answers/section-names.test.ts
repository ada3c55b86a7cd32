import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A live blog's day: the entries under one day heading tell one story, so a late entry that only points back ("She calls it
 * a national tragedy") is of the ferry the first entry names, however many entries lie between them.
 */
const liveBlog = added('ferry-live', 'Live: passenger ferry sinks in the Baltic', '2020-05-04', [
  'Live: passenger ferry sinks in the Baltic',
  '',
  'Our rolling coverage of the day. All times GMT.',
  '',
  'Monday 4 May 2020',
  '',
  '08:10 GMT',
  'The ferry Vesterhav, carrying 300 passengers, has sunk off Visby, the coastguard says.',
  '',
  '08:40 GMT',
  'Rescue boats have pulled 120 people from the water. More boats are on their way.',
  '',
  '09:30 GMT',
  'The sea is calm this morning. Divers are searching the wreck.',
  '',
  '10:15 GMT',
  'Helicopters from the mainland have joined the search. Hospitals on the island have cleared their wards.',
  '',
  '11:00 GMT',
  'The shipping company has set up a hotline for relatives.',
  '',
  '12:20 GMT',
  'Prime Minister Anna Berg has spoken to the mayor of the island. She calls it a national tragedy and says an inquiry will follow.',
]);

const ask = askingWith([liveBlog]);

describe('names a question gives, held by the entries under the heading of the answering sentence', () => {
  it.each([
    ['What did Berg call the loss of the Vesterhav?', 'national tragedy'],
    ['Vad kallade Berg förlisningen av Vesterhav?', 'national tragedy'],
  ])('%s', (question, words) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(words);
  });
});

import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A report of two meetings: one agreed something, the other, later, is only told. */
const harbour = added('harbour', 'The harbour deal', '2023-06', [
  'THE HARBOUR DEAL',
  '',
  'In September 2021 the Maltese and Greek ministers agreed in Valletta to build a new ferry harbour.',
  '',
  'In March 2023 the two ministers met again in Athens.',
]);

/** A column that dates nothing: it is of the time it was published. */
const column = added('column', 'Harbour notes', '2023-06', ['The harbour master says the Maltese ferry timetable looks crowded.']);

/** A chronology whose later sentences give a count the earlier one lacks. */
const losses = added('losses', 'The navy in numbers', '2023-06', [
  'THE NAVY IN NUMBERS',
  '',
  'In May 2021 several Maltese sailors died when a storm hit their patrol boat. On 3 March 2023, the worst clashes since the navy first sailed out in 2019 take place off Libya, leaving around 20 dead. On 27 March 2023, the navy suffers its worst losses in a single attack, with the death of more than 30 sailors.',
]);

const ask = askingWith([harbour, losses, column]);

describe('a question that names its time', () => {
  it('is answered by a sentence of that time', () => {
    const answer = ask('What did the Maltese and Greek ministers agree in Valletta in 2021?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.quote).toContain('build a new ferry harbour');
  });

  it('is declined rather than answered by a sentence of another time, however well it fits the rest', () => {
    expect(ask('What did the Maltese and Greek ministers agree in Valletta in May 2022?').abstained).toBe(true);
  });

  it('is not answered by a sentence that dates nothing, of a document published before that time', () => {
    expect(ask('What does the harbour master say about the Maltese ferry timetable?').abstained).toBe(false);
    expect(ask('What does the harbour master say about the Maltese ferry timetable today?').abstained).toBe(true);
  });

  it('takes no count from a sentence of a later time, though the sentence also names an earlier start', () => {
    expect(ask('How many Maltese sailors died in the storm of May 2021?').abstained).toBe(true);
  });
});

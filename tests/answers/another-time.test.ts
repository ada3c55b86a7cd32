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

const ask = askingWith([harbour]);

describe('a question that names its time', () => {
  it('is answered by a sentence of that time', () => {
    const answer = ask('What did the Maltese and Greek ministers agree in Valletta in 2021?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.quote).toContain('build a new ferry harbour');
  });

  it('is declined rather than answered by a sentence of another time, however well it fits the rest', () => {
    expect(ask('What did the Maltese and Greek ministers agree in Valletta in May 2022?').abstained).toBe(true);
  });
});

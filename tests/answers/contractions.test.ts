import { describe, expect, it } from 'vitest';
import { expandContractions } from '../../src/answers/contractions.ts';

describe('a question word contracted with "is" is written out', () => {
  it.each([
    ["who's mikhail bogdanov", 'who is mikhail bogdanov'],
    ["What's the price of the plant?", 'What is the price of the plant?'],
    ['Where’s Akkuyu?', 'Where is Akkuyu?'],
    ["When's the next summit?", 'When is the next summit?'],
  ])('%s', (asked, read) => {
    expect(expandContractions(asked)).toBe(read);
  });

  it("leaves a possessive alone", () => {
    expect(expandContractions("Erdogan's trip to Moscow")).toBe("Erdogan's trip to Moscow");
  });
});

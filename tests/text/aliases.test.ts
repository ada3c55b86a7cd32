import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../src/text/aliases.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const table = new AliasTable([
  { canonical: 'norway', variants: ['Norway', 'Norge'] },
  { canonical: 'stoltenberg', variants: ['Jens Stoltenberg', 'Stoltenberg'] },
  { canonical: 'paris', variants: ['Paris'] },
  { canonical: 'eu', variants: ['EU'] },
]);

/** The canonical term and length of the name the text opens on, in Swedish or not. */
const opening = (text: string, genitive: boolean) => table.match(tokenize(text), 0, genitive);

describe('a Swedish name in the genitive', () => {
  it.each([
    ['Norges regering', 'norway', 1],
    ['norges fiskare', 'norway', 1],
    ['Jens Stoltenbergs tal', 'stoltenberg', 2],
    ['Stoltenbergs tal', 'stoltenberg', 1],
  ])('%s is the name', (text, canonical, length) => {
    expect(opening(text, true)).toEqual({ canonical, length });
  });

  it('is read so only in Swedish', () => {
    expect(opening('Norges regering', false)).toBeUndefined();
  });

  it.each(['Pariss gator', 'EUs budget', 'Norgesx'])('but not where the name takes no -s of its own, or is too short to tell: %s', (text) => {
    expect(opening(text, true)).toBeUndefined();
  });

  it('while the name as written is read as before', () => {
    expect(opening('Paris gator', true)).toEqual({ canonical: 'paris', length: 1 });
  });
});

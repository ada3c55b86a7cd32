import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.ts';

describe('edit distance, with adjacent transpositions and a limit', () => {
  it.each([
    ['erdogan', 'erdogan', 2, 0],
    ['turky', 'turkey', 1, 1],
    ['rusian', 'russian', 1, 1],
    ['erdgoan', 'erdogan', 1, 1],
    ['kazakstan', 'kazakhstan', 2, 1],
    ['moskva', 'moscow', 2, 3],
    ['abc', 'xyz', 1, 2],
    ['pipeline', 'pipe', 2, 3],
    ['', 'ab', 2, 2],
  ])('%s ~ %s within %i: %i', (a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });

  it('gives the same answer for long words after short ones, and short after long', () => {
    const long = 'a'.repeat(80);
    expect(editDistance(long, `${long}b`, 1)).toBe(1);
    expect(editDistance('abcd', 'abdc', 1)).toBe(1);
    expect(editDistance(`${long}xy`, `${long}yx`, 2)).toBe(1);
  });
});

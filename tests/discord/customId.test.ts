import { describe, expect, it } from 'vitest';
import { customIdFields, customIdKind, encodeCustomId, roomFor } from '../../src/discord/customId.ts';
import { passageRefs } from '../../src/discord/passageRefs.ts';
import { fakeEngine } from './support/fakeEngine.ts';

describe('custom_id: button state within 100 characters', () => {
  it('round-trips its fields, with free text (even colons) in the last one', () => {
    const id = encodeCustomId('tl', ['2', '2016', '', 'gas: Turkish Stream']);
    expect(customIdKind(id)).toBe('tl');
    expect(customIdFields(id, 4)).toEqual(['2', '2016', '', 'gas: Turkish Stream']);
  });

  it('finds too few fields (an id of an older format) undecodable', () => {
    expect(customIdFields('tl:2', 4)).toBeUndefined();
  });

  it('refuses to make an id over 100 characters', () => {
    expect(() => encodeCustomId('tl', ['x'.repeat(98)])).toThrow(/101 characters/);
    expect(encodeCustomId('tl', ['x'.repeat(97)])).toHaveLength(100);
  });

  it('refuses a colon where it would shift the fields', () => {
    expect(() => encodeCustomId('tl', ['a:b', 'c'])).toThrow(/colon/);
  });

  it('says how much room the last field has', () => {
    expect(roomFor('src', ['abcdef'])).toBe(100 - 'src:abcdef:'.length);
  });
});

describe('passage references', () => {
  const engine = fakeEngine();
  const refs = passageRefs(engine);
  const ids = ['wire/p1s1', 'fakta/p1s1', 'wire/p3s1'];

  it('decode to the passages they were made from, in order', () => {
    const encoded = refs.encode(ids, 80);
    expect(refs.decode(refs.tag, encoded)?.map((passage) => passage.id)).toEqual(ids);
  });

  it('keep as many passages as fit the room, never a partial reference', () => {
    const encoded = refs.encode(ids, 2); // '0' fits, '0.c' would not
    expect(refs.decode(refs.tag, encoded)?.map((passage) => passage.id)).toEqual(['wire/p1s1']);
  });

  it('are stale once the corpus differs (its fingerprint changed)', () => {
    const other = passageRefs({ ...fakeEngine(), corpus: { documents: [], passages: engine.corpus.passages.slice(1) } });
    expect(other.tag).not.toBe(refs.tag);
    expect(refs.decode(other.tag, refs.encode(ids, 80))).toBeUndefined();
  });

  it('are stale when they point past the corpus or are not base 36', () => {
    expect(refs.decode(refs.tag, 'zz')).toBeUndefined();
    expect(refs.decode(refs.tag, '1.-2')).toBeUndefined();
  });
});

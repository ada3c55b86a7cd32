import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/errors.ts';
import { strings } from '../../src/discord/i18n.ts';
import { optionalDate, optionalText, plainText, requiredText } from '../../src/discord/input.ts';

const t = strings('en');
const question = { name: 'question', label: 'question', max: 200 };

describe('plainText: what the engine searches and the bot echoes', () => {
  it('keeps ordinary words, hyphens, apostrophes and Swedish letters', () => {
    expect(plainText("When was the Su-24 shot down? Erdogan's letter, när?")).toBe("When was the Su-24 shot down? Erdogan's letter, när?");
  });

  it('removes user, role and channel mentions, @everyone and @here', () => {
    expect(plainText('@everyone <@123456789012345678> <@!123456789012345678> <@&223456789012345678> <#323456789012345678> when? @here'))
      .toBe('when?');
  });

  it('removes Discord markup but keeps the words it decorates', () => {
    expect(plainText('**bold** _it_ ~~gone~~ ||spoiler|| `code` [Astana](https://example.org) > quote')).toBe(
      'bold it gone spoiler code Astana quote',
    );
  });

  it('removes zero-width, bidi and control characters and collapses whitespace', () => {
    expect(plainText('Su\u200b-24\u202e\u0000\n\tshot\u00addown\ufeff')).toBe('Su-24 shotdown');
  });
});

describe('text options', () => {
  const ask = (value: string | undefined) => requiredText({ question: value }, question, t);

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only markup', '** __ ~~ ||'],
    ['only mentions', '@everyone <@&223456789012345678>'],
    ['only zero-width characters', '\u200b\u200c\u200d\u2060'],
    ['only control characters', '\u0001\u0002\u0007'],
    ['only blank look-alike letters', '\u3164\u2800'],
  ])('refuses an option that is %s, with a clear message', (_, value) => {
    expect(() => ask(value)).toThrow(new UserError(t.errors.empty('question')));
  });

  it('refuses half a surrogate pair, rather than searching or echoing “�”', () => {
    for (const question of ['When was the \ud800 S-400 signed?', 'Su-24 \udc00']) {
      expect(() => optionalText({ question }, { name: 'question', label: 'question', max: 300 }, t)).toThrow(new UserError(t.errors.brokenText('question')));
    }
    expect(optionalText({ question: 'Su-24 😀' }, { name: 'question', label: 'question', max: 300 }, t)).toBe('Su-24 😀');
  });

  it('refuses an option over its length limit', () => {
    expect(() => ask('a'.repeat(201))).toThrow(new UserError(t.errors.tooLong('question', 200)));
  });

  it('asks for a required option that is missing', () => {
    expect(() => ask(undefined)).toThrow(new UserError(t.errors.missing('question')));
  });

  it('leaves an optional option that is absent undefined', () => {
    expect(optionalText({}, question, t)).toBeUndefined();
  });

  it('refuses a value of the wrong type as missing, not with a crash', () => {
    expect(() => requiredText({ question: 42 }, question, t)).toThrow(UserError);
  });

  it('words messages in Swedish for Swedish users', () => {
    const sv = strings('sv');
    expect(() => requiredText({ question: '' }, { ...question, label: 'fråga' }, sv)).toThrow(
      'Alternativet ”fråga” blir tomt',
    );
  });
});

describe('date options', () => {
  it('explains the expected form when a date option is wrong', () => {
    for (const from of ['spring', '', '2016-06-27 and later', '@everyone', '2016-13', '2015-02-29', '0000']) {
      expect(() => optionalDate({ from }, { name: 'from', label: 'from' }, t)).toThrow(new UserError(t.errors.badDate('from')));
    }
  });
});

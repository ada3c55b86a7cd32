import { describe, expect, it } from 'vitest';
import { namesSomeone } from '../../src/answers/who-phrase.ts';
import { added, askingWith } from './support/moderated-engine.ts';

describe('words that can name a doer', () => {
  it.each([
    ['acting US Defense Secretary Patrick Shanahan', 'en', true],
    ["Russia's state nuclear company Rosatom", 'en', true],
    ['a US State Department official', 'en', true],
    ['Turkish police', 'en', true],
    ['rebels', 'en', true],
    ['Aydin, a researcher who follows Black Sea shipping', 'en', true],
    ['en rasande president Vladimir Putin', 'sv', true],
    ['S-', 'en', false],
    ['home people whom all the parties had sought', 'en', false],
    ['lay channels for Nord Stream 2', 'en', false],
    ['culminated in a Washington', 'en', false],
    ['ahead', 'en', false],
  ] as const)('%s: %s', (words, language, names) => {
    expect(namesSomeone(words, language)).toBe(names);
  });
});

describe('a who-answer leads with the one asked for, not with words that name no one', () => {
  const ask = askingWith([
    added('oslo-offer', 'Denmark withdraws its ferry offer', '2021-03-10', [
      'Denmark offered Norway two ferries for the Skagerrak route in May.',
      '',
      '"We have consistently told Oslo that our latest offer of ferries would be withdrawn if it took delivery of the S-900 system. Our ferry offer has expired," a Danish transport ministry official told reporters on Monday.',
      '',
      '"Our office played the central role in this exchange, which brought home people whom all the parties had sought for years," the harbour master said. Norway freed Ola Nordmann, who had been serving a long sentence.',
      '',
      '"The Skagerrak route will stay closed in winter," said the port authority of Hirtshals.',
      '',
      '"Prices will rise," said Anna Berg, a spokeswoman for the Hirtshals port.',
    ]),
  ]);

  it.each([
    // The speaker after the words they said, the quotation's closing mark between them.
    ['who said the ferry offer had expired', /Danish transport ministry official/u],
    // The speaker after the verb of saying.
    ['who said the skagerrak route would stay closed', /port authority/u],
    ['Who said prices would rise?', /Anna Berg/u],
    // Not the clause of the sentence that scores best ("home people whom all the parties had sought"), but the one its neighbour names.
    ['who did norway let go in the exchange', /Ola Nordmann/u],
  ])('%s', (question, who) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.fact?.type).toBe('person');
    expect(answer.fact?.text).toMatch(who);
  });
});

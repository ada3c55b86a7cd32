import { beforeAll, describe, expect, it } from 'vitest';
import { peopleOfDocument } from '../../src/events/people.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

describe('whom a sentence is about, by name or by the role its document gave the name', () => {
  it.each([
    ['a name', 'The talks began.', 'Erdogan spoke to Putin.', ['Recep Tayyip Erdogan', 'Vladimir Putin']],
    ['a role given right before a name and its given names', "Russia's ambassador Andrei Karlov spoke.", 'The ambassador died of his wounds.', ['Andrei Karlov']],
    ['a role held in a place, before the name', "Russia's ambassador to Turkey, Andrei Karlov, spoke.", 'The ambassador died.', ['Andrei Karlov']],
    ['a role with a word before it', 'President Putin arrived.', 'The Russian president spoke.', ['Vladimir Putin']],
    ['no one, for a role the document gives two people', 'President Putin met President Erdogan.', 'The president spoke.', []],
    ['no one, for a noun that only stood before a name', 'The killing of Karlov shocked Moscow.', 'The killing was condemned.', []],
  ])('finds %s', (_, document, sentence, people) => {
    const peopleOf = peopleOfDocument(`${document} ${sentence}`, language.gazetteer);
    expect([...peopleOf(sentence)].sort()).toEqual([...people].sort());
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/corpus/types.ts';
import { peopleOfDocument } from '../../src/events/people.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

describe('whom a sentence is about, by name or by the role its document gave the name', () => {
  it.each<[string, string, string, string[], Language?]>([
    ['a name', 'The talks began.', 'Erdogan spoke to Putin.', ['Recep Tayyip Erdogan', 'Vladimir Putin']],
    ['a role given right before a name and its given names', "Russia's ambassador Andrei Karlov spoke.", 'The ambassador died of his wounds.', ['Andrei Karlov']],
    ['a role held in a place, before the name', "Russia's ambassador to Turkey, Andrei Karlov, spoke.", 'The ambassador died.', ['Andrei Karlov']],
    ['a role after a word that tells which', 'Russian President Vladimir Putin met ambassador Karlov.', 'The Russian ambassador died.', ['Andrei Karlov']],
    ['a role before a verb that stood before a name', 'Ambassador Karlov met Erdogan. Officials told Putin.', 'The ambassador told reporters.', ['Andrei Karlov']],
    ['a role by its Swedish definite ending', 'Rysslands ambassadör Andrej Karlov talade.', 'Ambassadören avled senare.', ['Andrei Karlov'], 'sv'],
    ['no one, for a role the document gives two people', 'President Putin met President Erdogan.', 'The president spoke.', []],
    ['no one, for a noun that only stood before a name', 'The killing of Karlov shocked Moscow.', 'The killing was condemned.', []],
    ['no one, for a function word before a name', 'Erdogan and Putin met.', 'The talks and the dinner followed.', []],
  ])('finds %s', (_, document, sentence, people, lang = 'en') => {
    const peopleOf = peopleOfDocument(`${document} ${sentence}`, lang, language.gazetteer);
    expect([...peopleOf(sentence, lang)].sort()).toEqual([...people].sort());
  });
});

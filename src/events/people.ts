import type { Language } from '../corpus/types.ts';
import { fold } from '../text/fold.ts';
import { isStopword } from '../text/stem.ts';
import { escape, type Gazetteer } from './lexicon.ts';

/**
 * What stands before a name and tells the role of its bearer: a word, maybe with the place the role
 * is held in ("ambassador to Turkey, Andrei Karlov"), then the given names and capitalised titles
 * ("President Vladimir Putin"), which are read as roles too: they name no one in "the …" anyway.
 */
const ROLE_BEFORE = /(?:(\p{L}+)(?:\s+(?:to|of|in|at|i|för)\s+\p{Lu}\p{L}*,)?\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3})$/u;

/**
 * Roles named as someone known to the reader, each as the words that may be the role, likeliest
 * first: in English after "the", after a name-like word that tells which if there is one ("the
 * Russian ambassador", but "the ambassador told Putin"); in Swedish by the definite ending
 * ("ambassadören").
 */
const DESCRIPTIONS: Record<Language, (text: string) => string[][]> = {
  en: (text) =>
    [...text.matchAll(/(?<![\p{L}])the\s+(\p{L}+)(?:\s+(\p{L}+))?/giu)].map(([, first = '', second]) => {
      const words = second === undefined ? [first] : /^\p{Lu}/u.test(first) ? [second, first] : [first, second];
      return words.map(fold);
    }),
  sv: (text) => [...fold(text).matchAll(/(?<![\p{L}])(\p{L}{3,}?)(?:en|et|n|t)(?![\p{L}])/gu)].map(([, stem = '']) => [stem]),
};

/** How far before a name its role is looked for. */
const ROLE_REACH = 80;

/**
 * Whom a text of one document is about: the people it names, and those it names by the role the
 * document gave them ("Russia's ambassador Andrei Karlov" … "the ambassador died"). A role the
 * document gives two people ("President Putin", "President Erdogan") names neither.
 */
export function peopleOfDocument(documentText: string, documentLanguage: Language, gazetteer: Gazetteer): (text: string, language: Language) => Set<string> {
  const holders = new Map<string, Set<string>>();
  for (const [name, spellings] of gazetteer.people) {
    const forms = [...new Set(spellings.flatMap((s) => [s, fold(s)]))].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}])(?:${forms.map(escape).join('|')})(?![\\p{L}])`, 'giu');
    for (const match of documentText.matchAll(pattern)) {
      const before = ROLE_BEFORE.exec(documentText.slice(Math.max(0, match.index - ROLE_REACH), match.index));
      // "Erdogan and Putin", "spoke to Putin": a function word before a name is no role.
      const roles = [before?.[1] ?? '', ...(before?.[2] ?? '').split(/\s+/u)].filter((word) => word !== '' && !isStopword(word, documentLanguage)).map(fold);
      for (const role of roles) holders.set(role, (holders.get(role) ?? new Set()).add(name));
    }
  }
  return (text, language) => {
    const people = new Set(gazetteer.actorsIn(text).filter((name) => gazetteer.people.has(name)));
    for (const words of DESCRIPTIONS[language](text)) {
      const named = words.map((word) => holders.get(word)).find((bearers) => bearers !== undefined);
      if (named?.size === 1) people.add([...named][0] as string);
    }
    return people;
  };
}

import { fold } from '../text/fold.ts';
import { escape, type Gazetteer } from './lexicon.ts';

/**
 * What stands before a name and tells the role of its bearer: a word, maybe with the place the role
 * is held in ("ambassador to Turkey, Andrei Karlov"), then the given names and capitalised titles
 * ("President Vladimir Putin"), which are read as roles too: they name no one in "the …" anyway.
 */
const ROLE_BEFORE = /(?:(\p{L}+)(?:\s+(?:to|of|in|at)\s+\p{Lu}\p{L}*,)?\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3})$/u;

/** A definite description of a role, maybe after one word: "the ambassador", "the Turkish president". */
const DESCRIPTION = /(?<![\p{L}])the\s+(\p{L}+)(?:\s+(\p{L}+))?/gu;

/** How far before a name its role is looked for. */
const ROLE_REACH = 80;

/**
 * Whom a text of one document is about: the people it names, and those it names by the role the
 * document gave them ("Russia's ambassador Andrei Karlov" … "the ambassador died"). A role the
 * document gives two people ("President Putin", "President Erdogan") names neither.
 */
export function peopleOfDocument(documentText: string, gazetteer: Gazetteer): (text: string) => Set<string> {
  const holders = new Map<string, Set<string>>();
  for (const [name, spellings] of gazetteer.people) {
    const forms = [...new Set(spellings.flatMap((s) => [s, fold(s)]))].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}])(?:${forms.map(escape).join('|')})(?![\\p{L}])`, 'giu');
    for (const match of documentText.matchAll(pattern)) {
      const before = ROLE_BEFORE.exec(documentText.slice(Math.max(0, match.index - ROLE_REACH), match.index));
      const roles = [before?.[1] ?? '', ...(before?.[2] ?? '').split(/\s+/u)].filter(Boolean).map(fold);
      for (const role of roles) holders.set(role, (holders.get(role) ?? new Set()).add(name));
    }
  }
  return (text) => {
    const people = new Set(gazetteer.actorsIn(text).filter((name) => gazetteer.people.has(name)));
    for (const [, first, second] of fold(text).matchAll(DESCRIPTION)) {
      const named = holders.get(first as string) ?? (second === undefined ? undefined : holders.get(second));
      if (named?.size === 1) people.add([...named][0] as string);
    }
    return people;
  };
}

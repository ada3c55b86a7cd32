/**
 * A sentence that names two happenings: a dated temporal clause before its main clause ("After
 * the shipment … in July, under a contract signed in December 2017, Washington suspended …").
 * The opening clause's date is its own happening's; the main clause, with no date of its own,
 * happened then too, and the adjuncts between them (a preposition or a participle: "under a
 * contract signed in December 2017") keep their dates to themselves.
 */
import type { Language } from '../corpus/types.ts';

/** Conjunctions after which the main clause happens at the time of the opening clause, not before it. */
const TEMPORAL_OPENING: Record<Language, RegExp> = {
  en: /^\s*(?:after|following|when|once|as\s+soon\s+as|upon)\s/iu,
  sv: /^\s*(?:efter|när|så\s+snart)\s/iu,
};

/** What opens an adjunct rather than a clause with a subject: a preposition, a participle, a relative word. */
const ADJUNCT: Record<Language, RegExp> = {
  en: /^(?:under|with|without|in|on|at|by|for|from|of|to|despite|amid|after|before|following|during|since|as|which|who|whose|where|according|\p{Ll}+ing|\p{Ll}+ed)\b/u,
  sv: /^(?:under|med|utan|i|på|vid|av|för|från|till|trots|efter|före|sedan|som|enligt|\p{Ll}+ande)\b/u,
};

/**
 * Where the main clause starts, in offsets of `sentence`, when the sentence opens on a temporal
 * clause that holds the date ending at `dateEnd`; undefined otherwise.
 */
export function mainClauseAfterOpening(sentence: string, language: Language, dateEnd: number): number | undefined {
  if (!TEMPORAL_OPENING[language].test(sentence)) return undefined;
  const commas = [...sentence.matchAll(/,\s+/gu)].filter((m) => quotesClosed(sentence.slice(0, m.index)));
  if ((commas[0]?.index ?? -1) < dateEnd) return undefined;
  for (const comma of commas) {
    const start = comma.index + comma[0].length;
    if (!ADJUNCT[language].test(sentence.slice(start))) return start;
  }
  return undefined;
}

const quotesClosed = (text: string) => (text.match(/"/gu) ?? []).length % 2 === 0;

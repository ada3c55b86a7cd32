/**
 * Reported speech: a sentence that closes on who said it (`…," Erdogan said in İstanbul on
 * Saturday.`, `…, Bogdanov said Monday.`). Its date dates the saying; what was said is an event
 * only when it tells a development (an announcement, a confirmation, a threat), else a remark.
 */
import type { Language } from '../corpus/types.ts';

const REPORTING: Record<Language, string> = {
  en: 'said|says|told|tells|added|adds|stated|noted|replied|declared',
  sv: 'sa|sade|säger|sagt|uppgav|uppger|meddelade|skrev|svarade',
};

/** Capitalised words that say when, not to whom ("said Monday"). */
const WHEN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** The closing attribution: after a quote or a comma, a speaker, a reporting verb, its object, then only where and when (and what else they added). */
const TAIL: Record<Language, RegExp> = {
  en: new RegExp(`(?:^|[,"”]\\s*)([^,"”;:]{1,80}?\\s(?:${REPORTING.en})(?:\\s+(?!(?:on|in|at|${WHEN})\\b)\\p{Lu}[\\p{L}-]*)*)((?:\\s+[^\\s,"”]+){0,6}?)(?:,\\s*(?:adding|and\\s+added)\\b.*)?\\s*[.!]?\\s*$`, 'u'),
  sv: new RegExp(`(?:^|[,"”]\\s*)([^,"”;:]{1,80}?\\s(?:${REPORTING.sv}))((?:\\s+[^\\s,"”]+){0,6}?)\\s*[.!]?\\s*$`, 'u'),
};

export interface Attribution {
  /** What was said: the sentence before the attribution, its quotation marks and trailing comma off. */
  said: string;
  /** Who said it, to whom: "a US State Department official told CNN". */
  speaker: string;
  /** Where the attribution starts in the sentence. */
  start: number;
}

/** The attribution a sentence closes on, when it has words said before it. */
export function closingAttribution(sentence: string, language: Language): Attribution | undefined {
  const match = TAIL[language].exec(sentence);
  if (!match || match.index === undefined) return undefined;
  const start = match.index + match[0].indexOf(match[1] as string);
  const said = sentence.slice(0, start).replace(/[\s,"”“]+$/u, '').replace(/^[\s"“]+/u, '').trim();
  if (said.split(/\s+/u).length < 3) return undefined;
  return { said, speaker: (match[1] as string).trim(), start };
}

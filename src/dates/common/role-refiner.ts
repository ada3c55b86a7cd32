/**
 * Marks each draft's role in its sentence. The narrative only moves with dates that set a
 * scene: a year moves it when it opens the sentence ("In 2016, …") but not in passing
 * ("troops first sent in 2016"); a limit ("until 2020") and an attribute ("the August
 * 1988 cease-fire", "a 2015 diplomatic crisis") never do; a start ("since December") dates a
 * state that runs into the time of writing: it sets the scene, but counts go on from the happening before it.
 */
import type { DateRefiner } from '../pipeline.ts';
import { LEXICONS } from '../lexicon.ts';
import { sentenceStart } from '../sentences.ts';
import type { DateLanguage } from '../types.ts';

const DETERMINER_BEFORE: Record<DateLanguage, RegExp> = {
  en: /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that)\s+$/iu,
  // Not "den": Swedish writes it before every day of the month ("den 27 juni").
  sv: /(?:^|[^\p{L}])(?:en|ett)\s+$/iu,
};

/** A noun right after: a lower-case word that is not a function word. */
const NOUN_AFTER: Record<DateLanguage, RegExp> = {
  en: /^\s+(?!(?:and|or|to|when|that|which|as|in|on|at|of|for|with|by|from|is|was|were|has|had|after|before|until|the|a|an)\b)\p{Ll}/u,
  sv: /^\s+(?!(?:och|eller|att|när|som|i|på|vid|av|för|med|från|till|är|var|har|hade|efter|före|innan|den|det|en|ett)(?![\p{L}]))\p{Ll}/u,
};

export const roleRefiner: DateRefiner = {
  name: 'role',
  refine(drafts, { text, lang }) {
    const lexicon = LEXICONS[lang];
    return drafts.map((draft) => {
      const before = text.slice(Math.max(0, draft.start - 30), draft.start);
      if (lexicon.bounding.test(before)) return { ...draft, role: 'bounded' as const };
      if (lexicon.starting.test(before)) return { ...draft, role: 'start' as const };
      if (DETERMINER_BEFORE[lang].test(before) && NOUN_AFTER[lang].test(text.slice(draft.end, draft.end + 30))) {
        return { ...draft, role: 'attributive' as const };
      }
      const opening = text.slice(sentenceStart(text, draft.start), draft.start);
      return { ...draft, role: lexicon.framePrepositions.test(opening) ? ('frame' as const) : ('inline' as const) };
    });
  },
};

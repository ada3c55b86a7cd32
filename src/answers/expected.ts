import type { QuestionAnalysis } from './question.ts';

/** What kind of fact an answer must lead with. */
export type FactType = 'date' | 'person' | 'name' | 'place' | 'number' | 'quotation' | 'reason' | 'development';

/** Facts without which a passage does not answer: it may tell the story, but not the detail asked for. */
export const REQUIRED: ReadonlySet<FactType> = new Set(['person', 'name', 'place', 'number', 'reason']);

/** Questions after someone's words: "How did Putin describe …", "What did Erdogan say …", "Vad sa …". */
const SAID = /^(?:how did .+ (?:describe|call|characteri[sz]e|react|respond)|what did .+ (?:say|call|reply|answer|tell|accuse|warn|describe|promise|demand)|what was .+(?:reply|response|answer|words)|hur (?:beskrev|reagerade|svarade)|vad (?:sa|sade|kallade|svarade|lovade|krävde|anklagade)\b)/iu;
/** Questions after a cause: "Why …", "What led to …", "Varför …". */
const WHY = /^(?:why|what (?:led to|caused|prompted|triggered|was the reason)|for what reason|varför|vad (?:ledde till|orsakade|var skälet))\b/iu;

/** Questions after a proper name: "What was the name of …", "Vad hette …". */
const NAME = /^(?:what (?:was|is) the name of|what (?:was|is) .+ called\b|vad (?:hette|heter))/iu;

/** "In which province …", "I vilken stad …": a where-question in other words. */
const WHICH_PLACE = /^(?:from where|to where|varifrån|vart)\b|^(?:in|at|to|from) (?:which|what) (?:province|city|town|country|region|place|area|base|port)|^i vilk(?:en|et) (?:stad|provins|land|region|område)/iu;

/** "Which leaders …", "Which country …", "Vilket land …": a who-question in other words. */
const WHICH_ACTOR = /^(?:which|what)\s+(?:\p{L}+\s+)?(?:leaders?|countr(?:y|ies)|states?|nations?|governments?|presidents?|ministers?|officials?|compan(?:y|ies)|firms?|groups?|organi[sz]ations?|alliance|sides?|person|people|man|woman|men|women)\b|^(?:vilk(?:en|et|a))\s+(?:\p{L}+\s+)?(?:ledare|land|länder|stat|stater|regering|president|presidenter|minister|ministrar|företag|grupp|organisation|sida|person|personer)\b/iu;

/** "How long is …", "Hur bred …": a measure is a number with its unit. */
const MEASURE = /^(?:how (?:long|far|wide|big|large|high|tall|old|often|heavy|deep))\b|^hur (?:länge|lång|långt|bred|stor|hög|gammal|ofta|tung|djup)\b/iu;

/** The fact a question asks for, from its kind and wording; null when any well-fitting passage answers it. */
export function expectedFact(question: QuestionAnalysis): FactType | null {
  const leading = question.text.replace(/^[^\p{L}]+/u, '');
  if (WHY.test(leading)) return 'reason';
  if (NAME.test(leading)) return 'name';
  if (SAID.test(leading)) return 'quotation';
  if (WHICH_PLACE.test(leading)) return 'place';
  if (MEASURE.test(leading)) return 'number';
  if (WHICH_ACTOR.test(leading)) return 'person';
  // "Vilka sanktioner …" asks for things of a kind, not for who did something.
  if (/^vilka\s/iu.test(leading)) return null;
  switch (question.kind) {
    case 'when':
      return 'date';
    case 'who':
      return 'person';
    case 'where':
      return 'place';
    case 'how-many':
      return 'number';
    case 'what':
      return 'development';
    default:
      return null;
  }
}

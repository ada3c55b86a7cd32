import type { QuestionAnalysis } from './question.ts';

/** What kind of fact an answer must lead with. */
export type FactType = 'date' | 'person' | 'place' | 'number' | 'quotation' | 'reason' | 'development';

/** Questions after someone's words: "How did Putin describe …", "What did Erdogan say …", "Vad sa …". */
const SAID = /^(?:how did .+ (?:describe|call|characteri[sz]e|react|respond)|what did .+ (?:say|call|reply|answer|tell|accuse|warn|describe|promise|demand)|what was .+(?:reply|response|answer|words)|hur (?:beskrev|reagerade|svarade)|vad (?:sa|sade|kallade|svarade|lovade|krävde|anklagade)\b)/iu;
/** Questions after a cause: "Why …", "What led to …", "Varför …". */
const WHY = /^(?:why|what (?:led to|caused|prompted|triggered|was the reason)|for what reason|varför|vad (?:ledde till|orsakade|var skälet))\b/iu;

/** "In which province …", "I vilken stad …": a where-question in other words. */
const WHICH_PLACE = /^(?:in|at|to|from) (?:which|what) (?:province|city|town|country|region|place|area|base|port)|^i vilk(?:en|et) (?:stad|provins|land|region|område)/iu;

/** The fact a question asks for, from its kind and wording; null when any well-fitting passage answers it. */
export function expectedFact(question: QuestionAnalysis): FactType | null {
  const leading = question.text.replace(/^[^\p{L}]+/u, '');
  if (WHY.test(leading)) return 'reason';
  if (SAID.test(leading)) return 'quotation';
  if (WHICH_PLACE.test(leading)) return 'place';
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

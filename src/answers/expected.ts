import { withoutOpeningHedge } from './question-lead.ts';
import type { QuestionAnalysis } from './question.ts';

/** What kind of fact an answer must lead with. */
export type FactType = 'date' | 'time' | 'person' | 'name' | 'place' | 'number' | 'quotation' | 'reason' | 'development';

/** The nouns a question asks for a cause by, as someone's ("What was the council's reason for …"). */
const REASON_NOUNS = String.raw`(?:main |real |stated )?(?:reasons?|causes?|motives?|grounds|justification|rationale)`;

/**
 * Words that ask for a kind of fact rather than name what it is about: a fact of that kind, tied to the
 * question, answers them ("What did Putin call …" is answered by his words, "the price tag" by an amount).
 */
export const ASKING_WORDS: Partial<Record<FactType, RegExp>> = {
  quotation: /\b(?:say|said|call|called|describe|characteri[sz]e|reply|replied|answer|tell|told|use|phrase|words?|term|expression|express|react|reactions?|respond|responses?|promise|pledge|vow|threaten|sa|sade|kallade|svarade|uttryckte|beskrev|reagerade|lovade|hotade)\b/giu,
  number: /\b(?:price|tag|cost|worth|value|share|proportion|percentage|fraction|amount|sum|total|long|far|wide|big|large|high|tall|deep|old|often|length|distance|duration|width|height|depth|last|lasted|lasts|take|took|varade|pågick|längd|längden|avstånd|avståndet|pris|priset|kostnad|andel|andelen|lång|bred|stor|hög|länge)\b/giu,
  // "Where did the team fly to?": a verb of going asks for the goal, which a place the sentence gives answers ("landed in Ankara").
  place: /\b(?:located|situated|lies|lie|based|go|goes|went|gone|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|own)|ligger|låg|belägen|beläget|belägna|åk(?:a|er|te)|res(?:a|er|te)|fl(?:yga|yger|ög))\b/giu,
  // "How come …", "What led to …", "Vad låg bakom …": the asking phrase the question opens on, which no sentence that gives the cause
  // need repeat; later in the question the same words tell the deed ("come back", "lead the talks").
  reason: new RegExp(
    String.raw`^\W*(?:how come|what (?:led|leads|has led) to|what (?:caused|prompted|triggered|made|was behind|is behind)|what (?:was|is|were|are) the (?:reasons?|causes?|motives?)(?: for| of| behind)?|for what reasons?|what reasons?|vad (?:ledde|har lett) till|vad (?:orsakade|fick|låg bakom)|vad (?:var|är) (?:skälet|orsaken|anledningen)(?: till| bakom)?|av vilk(?:en|et) (?:anledning|skäl|orsak))\b|(?<=^\W*what (?:was|is|were|are) [\p{L}\s.-]{1,40}?(?:'s|’s|s') )${REASON_NOUNS}(?: for| of| behind)?\b`,
    'giu',
  ),
};

/**
 * Words a when-question asks for the earliest time with ("When did X first say …", "for the first time", "för första
 * gången"): a date answers them, and the sentence need not repeat them. Not "first" of a thing ("the first parts").
 */
export const EARLIEST_WORDS = /\bfor the first time\b|\bför första gången\b|(?<!\b(?:the|its|their|his|her|our|a|an|'s|’s)\s+)\b(?:first|initially|originally|först)\b(?=\s+\p{Ll})/giu;

/** Facts without which a passage does not answer: it may tell the story, but not the detail asked for. */
export const REQUIRED: ReadonlySet<FactType> = new Set(['time', 'person', 'name', 'place', 'number', 'reason']);

/** Questions after someone's words: "How did Putin describe …", "What did Erdogan say …", "Vad sa …". */
const SAID =
  /^(?:how did .+ (?:describe|call|characteri[sz]e|react|respond|refer to|label|term)|what did .+ (?:say|call|reply|answer|tell|accuse|warn|describe|promise|pledge|vow|threaten|demand|express|write)|what (?:phrase|words?|term|expression|label|name) did .+ (?:use|choose|give|apply)|what (?:was|were) .+(?:reply|response|answer|words|reactions?)|hur (?:beskrev|reagerade|svarade)|vad (?:sa|sade|kallade|svarade|lovade|hotade|krävde|anklagade|uttryckte|skrev)\b)/iu;
/** Questions after a cause: "Why …", "What led to …", "Varför …". */
const WHY = new RegExp(
  String.raw`^(?:why|how come|what (?:led to|caused|prompted|triggered|made|was behind|was the reason)|what (?:was|is|were|are) [\p{L}\s.-]{1,40}?(?:'s|’s|s') ${REASON_NOUNS} for|for what reason|on what grounds|varför|vad (?:ledde till|orsakade|fick|var skälet|låg bakom)|av vilk(?:en|et) (?:anledning|skäl|orsak))(?![\p{L}\p{N}])`,
  'iu',
);

/** Questions after the hour: "At what time of day …", "Hur dags …". A date does not answer them. */
const TIME = /\b(?:(?:at\s+)?what\s+(?:time|hour)|at\s+which\s+hour|time\s+of\s+(?:the\s+)?day|vid\s+vilken\s+tid|vilken\s+tid(?:punkt)?\s+på\s+dygnet|vilket\s+klockslag|hur\s+dags|när\s+på\s+dagen)\b/iu;

/** Questions after a proper name: "What was the name of …", "Vad hette …". */
const NAME =
  /^(?:what (?:was|is) the name of|what (?:was|is) .+ (?:called|known as)\b|what name (?:did|does|do|has|have) .+ (?:give|given|use|used|choose|chosen)\b|what name (?:was|is|were|are) .+ given\b|vad (?:hette|heter|kallas)\b|vilket namn (?:fick|gav|har)\b)/iu;

/**
 * "In which province …", "I vilken stad …", "På vilken flygbas …", "Längs vilken väg …": a where-question in other words. A Swedish
 * place noun may be a compound's head ("flygbas", "hamnstad"); the short heads stand alone, as too many words end in them.
 */
const WHICH_PLACE =
  /^(?:from where|to where|varifrån|vart)\b|^(?:(?:in|at|to|from|near|along) )?(?:which|what) (?:province|district|city|town|village|region|base|port|resort|road|highway|route)\b|^(?:in|at|to|from|near|along) (?:which|what) (?:country|place|area)|^(?:i|på|vid|från|till|nära|utanför|längs(?: med)?) vilk(?:en|et) (?:\p{L}*(?:stad|provins|region|område|distrikt|hamn|bas|väg)|by|land|ort|plats|ö)(?!\p{L})/iu;

/** "Which leaders …", "Which two other heads of state …", "Vilket land …": a who-question in other words; "What did government troops …" asks what they did. */
export const WHICH_ACTOR =
  /^(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\s)\p{L}+\s+){0,2}(?:leaders?|heads?|countr(?:y|ies)|states?|nations?|governments?|presidents?|ministers?|officials?|compan(?:y|ies)|firms?|groups?|organi[sz]ations?|alliance|sides?|part(?:y|ies)|person|people|man|woman|men|women)\b|^(?:vilk(?:en|et|a))\s+(?:(?!(?:har|hade|är|var|blev|ska|skulle|kan|kunde)\s)\p{L}+\s+){0,2}(?:ledare|land|länder|stat|stater|regering|president|presidenter|minister|ministrar|företag|grupp|organisation|sida|parti|partier|person|personer)\b/iu;

/**
 * The noun a which-question names its answer's kind by ("What country hosted …", "Which firm …", "I vilken by …",
 * "Vilket land …"): a fact of that kind answers it, and the answer's sentence need not use the word.
 */
export const ANSWER_CLASS = new RegExp(
  String.raw`^\W*(?:(?:in|at|to|from|near|along|i|på|vid|från|till|nära|längs)\s+)?(?:which|what|vilken|vilket|vilka)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|har|hade|är|var|blev)\s)\p{L}+\s+){0,2}?` +
    String.raw`(leaders?|heads?|countr(?:y|ies)|states?|nations?|governments?|presidents?|ministers?|officials?|compan(?:y|ies)|firms?|groups?|organi[sz]ations?|part(?:y|ies)|person|people|province|district|city|town|village|region|place|area|base|port|resort|` +
    String.raw`ledare|land|länder|stat|stater|regering|presidenter?|minister|ministrar|företag|grupp|organisation|partier|parti|personer|person|stad|provins|by|ort|plats|område|hamn)(?![\p{L}-])`,
  'iu',
);

/**
 * "How long is …", "Hur bred …": a measure is a number with its unit; so is a price ("What's the price tag of …", "What did the deal cost?").
 * "How long after the shoot-down did Erdogan write?" asks when, as a date answers it.
 */
const MEASURE =
  /^(?:how (?:long|far|wide|big|large|high|tall|old|often|heavy|deep))\b(?!\s+(?:after|before)\b)|^hur (?:länge|lång|långt|bred|stor|hög|gammal|ofta|tung|djup)\b(?!\s+(?:efter|innan|före)\b)|^(?:what(?:'s|’s| is| was| were)|vad (?:är|var|blev)) (?:the )?(?:price|cost|value|sum|amount|total|size|length|number|share|proportion|percentage|priset|kostnaden|värdet|summan|antalet|andelen|längden)\b|^(?:what|which|how large an?|how big an?|hur stor) (?:percentage|share|proportion|fraction|part|amount|sum|number|andel|del)\b|^what (?:did|does|do|will|would) .+ cost(?:\s+[\p{L}-]+){0,2}\W*$|^vad (?:kostade|kostar|kommer .+ att kosta)\b/iu;

/** The fact a question asks for, from its kind and wording; null when any well-fitting passage answers it. */
export function expectedFact(question: QuestionAnalysis): FactType | null {
  const key = `${question.kind}\u0000${question.text}`;
  let expected = expectedByQuestion.get(key);
  if (expected === undefined) {
    if (expectedByQuestion.size >= MAX_REMEMBERED_QUESTIONS) expectedByQuestion.clear();
    expectedByQuestion.set(key, (expected = expectedOf(question)));
  }
  return expected;
}

/** By kind and wording: scoring, fact finding and the abstention checks each ask it of the same question, some per candidate. */
const expectedByQuestion = new Map<string, FactType | null>();
const MAX_REMEMBERED_QUESTIONS = 5_000;

function expectedOf(question: QuestionAnalysis): FactType | null {
  const leading = withoutOpeningHedge(question.text);
  if (WHY.test(leading)) return 'reason';
  if (TIME.test(leading)) return 'time';
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

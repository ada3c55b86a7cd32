import { askedTerms, MONTHS, sharesAny, sharesTerm, type FactInput, type Span } from './fact-text.ts';

/** A direction or part before a place's name belongs to it: "in southern Idlib", "i norra Syrien". */
const PART = String.raw`(?:(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|norra|södra|östra|västra|centrala|nordöstra|nordvästra|sydöstra|sydvästra)\s+)?`;
/** A road is named by a letter and a number ("the M4 highway", Swedish after its kind: "motorvägen M4"): a place, though a "F-35" programme is none. */
const ROAD = String.raw`\p{Lu}\d{1,3}\s+(?:highway|motorway|road|route|motorväg(?:en)?|väg(?:en)?)|(?:motorvägen|vägen|riksväg|europaväg)\s+\p{Lu}\d{1,3}(?!\d)`;
/** The letters of a place's name after its capital; a colon only inside a word ("S:t Petersburg"), never the one after a name. */
const NAME_LETTERS = String.raw`(?:[\p{L}'’.-]|:(?=\p{L}))*`;
/** A place after its preposition; a name may stand for the place of the noun it modifies after an indefinite article ("in a Berlin park"). */
const PLACE_PREPOSITION = new RegExp(
  String.raw`\b(?:in|at|near|to|from|outside|inside|along|längs(?:\s+med)?|(?:north|south|east|west)\s+of|(?:norr|söder|öster|väster)\s+om|on(?=\s+the\s)|(?:province|region|district|city|town|village|settlement|port) of|i|på|vid|nära|utanför|till|från|(?:provinsen|staden|regionen))\s+(?:an?\s+(?=\p{Lu}))?(${PART}(?:the\s+)?(?:${ROAD}|\p{Lu}${NAME_LETTERS})(?:\s+(?:\p{Lu}${NAME_LETTERS}|province|region|district|airbase|air base|base|city|provinsen|regionen))*)`,
  'gu',
);
/** Prepositions naming where something goes or comes from, not where it happens. */
const DIRECTION = /^(?:to|from|till|från)$/iu;
/** A question after a way, a goal or an origin, which a destination or a starting point answers: "From where to where …", "Where did they fly in from?". */
const ASKS_DIRECTION = /\b(?:to|from|into|where\s+to|arriv\w*|go|goes|going|went|gone|travel\w*|fl(?:y|ies|ying|ew|own)|sen[dt]|sends|sending|deliver\w*|ship\w*|mov(?:e|es|ed|ing)|run|runs|running|ran|head\w*|return\w*|start\w*|begin\w*|began|begun|end|ends|ended|ending|originat\w*|lead|leads|leading|led|till|från|vart|varifrån|åk\w*|res[te]\w*|flög|flyg\w*|skick\w*|lever\w*|kom|kommer|börja\w*|slutar|slutade|går|gick)\b/iu;
/** A question after where something starts ("Where does the line run from?", "Varifrån går ledningen?"), which the place after "from" answers. */
const ASKS_ORIGIN = /\b(?:from|varifrån|från|originat\w*)\b/iu;
/** A question after where something goes ("Where to?", "Vart gick resan?"), which the place after "to" answers. */
const ASKS_GOAL = /\b(?:where\s+to|to\s+where|vart|till\s+vilken)\b/iu;
/** The preposition that names a starting point. */
const ORIGIN = /^(?:from|från)$/iu;

/**
 * A relative clause of the question describes what it asks about ("the negotiations that produced the zones"), and a
 * clause of time places it ("the ceremony when work began"): the place of their words is another's.
 */
const RELATIVE = /\b(?:that|which|who|whose|when|som|vilka|vilken|vilket|när)\b/iu;
/** Where a sentence's clause begins: a stop, or a word that opens another clause. */
const CLAUSE_BOUNDARY = /[,;:()–—]|\b(?:while|whereas|but|where|when|after|before|because|which|who|medan|men|där|när|efter|innan|eftersom|som)\b/giu;

/** The words of a place's own clause before it: "the ceremony itself took place on the coast" for "… in Mersin". */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const boundary = [...before.matchAll(CLAUSE_BOUNDARY)].pop();
  return boundary ? before.slice(boundary.index + boundary[0].length) : before;
}

/** The question word that opens a question ("In which city …", "Vilken stad …"): it asks, it opens no relative clause. */
const ASKING_WORD = /^\s*(?:\p{L}+\s+)?(?:which|what|who|whose|vilken|vilket|vilka)\b/iu;

/** The kind of place an English question asks for ("In which village …"): a place the text calls so answers it. */
const ASKED_CLASS = /\b(?:(?:which|what)\s+(province|district|city|town|village|settlement|port|base|resort|region|road|highway)|vilk(?:en|et)\s+(provins|stad|by|hamn|bas|väg|region))\b/iu;

/** How near a place must stand to the words of the question to be the place of what it asks about, in words. */
const NEAR_WORDS = 4;

/**
 * A place named after a preposition ("in Sochi", "at Murted", "in southern Idlib"), one the question does
 * not name: the one standing next to the question's words first ("the Morek base in southern Idlib", not
 * "the town of Khan Sheikoun").
 */
export function findPlace(input: FactInput): Span | null {
  const own = placeIn(input);
  if (own || input.previous === undefined || !THERE.test(input.text)) return own;
  // "Inspectors there checked the vessels": "there" is the place the sentence before names.
  const previous = placeIn({ ...input, text: input.previous });
  return previous && { ...previous, inPrevious: true };
}

/**
 * "There" standing for a place ("inspectors there", "was there", "died there"), not the "there" that
 * opens what exists ("there is", "there were talks").
 */
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|must|could|can|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|being|been|be|'s)\b)/iu;

function placeIn(input: FactInput): Span | null {
  const { text, question } = input;
  const asked = question.toLowerCase();
  const options: Array<Span & { asked: boolean; named: boolean; main: boolean; classed: boolean; origin: boolean }> = [];
  const classWord = ASKED_CLASS.exec(question);
  const kind = (classWord?.[1] ?? classWord?.[2])?.toLowerCase();
  // "the village of Qiyameddinli", "the Aghdam district", "Murted base", "motorvägen M4": the words the text gives the kind of place in, before, in or after its name.
  const called = (before: string, name: string, after: string) =>
    kind !== undefined && (new RegExp(`\\b${kind}\\s+of\\s+(?:the\\s+)?$`, 'iu').test(before) || new RegExp(`${kind}(?:en|et|n)?(?:\\s\\S+)?$`, 'iu').test(name) || new RegExp(`^\\s+${kind}\\b`, 'iu').test(after));
  const direction = ASKS_DIRECTION.test(question);
  const opening = ASKING_WORD.exec(question)?.[0].length ?? 0;
  const main = question.slice(0, opening) + (question.slice(opening).split(RELATIVE)[0] ?? '');
  const described = main === question ? null : senses(input, [...askedTerms(input, main)], input.questionLanguage);
  const describing = main === question ? new Set<string>() : askedTerms(input, question.slice(main.length));
  for (const m of text.matchAll(PLACE_PREPOSITION)) {
    // "deliver gas to Turkey" tells where the gas goes, not where the pipeline was opened.
    // "Putin's visit to Istanbul": a visit's destination is where it happens.
    const visit = /\b(?:visit|visits|trip|journey|tour|besök|besöket|resa|resan)\s+$/iu.test(text.slice(0, m.index));
    // "flew in from Damascus, where he had met Assad": a place a where-clause follows is where that clause happened.
    const whereClause = /^,?\s+(?:where|där)\s+([^.;]*)/iu.exec(text.slice(m.index + m[0].length));
    const placeOfClause = whereClause !== null && sharesTerm(input, whereClause[1] ?? '');
    if (!direction && !visit && !placeOfClause && DIRECTION.test(m[0].split(/\s+/u)[0] ?? '')) continue;
    const name = m[1] ?? '';
    const bare = name.replace(new RegExp(`^${PART}(?:the\\s+)?`, 'iu'), '');
    // "in Syria's coastal province": a possessive modifies the place that follows; "in the F-35 programme" names no place.
    const designation = /^\d/u.test(text.slice(m.index + m[0].length));
    if (designation || /['’]s$/u.test(bare) || asked.includes(bare.toLowerCase().split(/\s+/u)[0] ?? '') || new RegExp(`^(?:${MONTHS})\\b`, 'iu').test(bare)) continue;
    const start = m.index + m[0].length - name.length;
    const near = text.slice(0, m.index).trimEnd().split(/\s+/u).slice(-NEAR_WORDS).join(' ');
    // "zones in Syria" under "the talks that produced the zones": a place right after a noun of the describing clause is that noun's.
    const ofDescribed = sharesAny(input, /\S+$/u.exec(near)?.[0] ?? '', describing);
    const clause = ofDescribed ? '' : clauseBefore(text, m.index);
    const named = sharesAny(input, near, input.asking.names);
    // A place whose own clause tells of the question's words is tied to it, however many words stand between ("A group of Russian investigators and officials has landed in Ankara").
    const ofClause = clause !== '' && sharesTerm(input, clause);
    const classed = called(text.slice(0, start), name, text.slice(start + name.length));
    // "from the settlement of Trumba": the starting point is named through its kind.
    const origin = ORIGIN.test(m[0].split(/\s+/u)[0] ?? '') || /\b(?:from|från)\s+(?:the\s+)?$/iu.test(text.slice(0, m.index));
    options.push({ start, end: start + name.length, classed, origin, asked: named || placeOfClause || ofClause || sharesTerm(input, near), named, main: described !== null && [...senses(input, input.analyzer.terms(clause, input.language), input.language)].some((t) => described.has(t)) });
  }
  // A question after a starting point is answered by the place after "from", one after a goal by the others, when the passage gives both ("from Anapa … to Kiyikoy").
  const origin = ASKS_ORIGIN.test(question) && !ASKS_GOAL.test(question);
  const goal = ASKS_GOAL.test(question) && !ASKS_ORIGIN.test(question);
  // The starting point the question asks for, where a passage also names a goal, is the place of what it asks about.
  const wanted = options.filter((o) => (origin ? o.origin : !o.origin));
  const both = options.some((o) => o.origin) && options.some((o) => !o.origin);
  if ((origin || goal) && both) return pick(wanted.map((o) => ({ ...o, asked: true })), described !== null);
  // "Where did Putin fly in from?": only a starting point answers, not where the sentence's happening took place.
  if (origin && !goal) return pick(wanted, described !== null);
  const found = pick(options, described !== null);
  // The kind of place asked for is the answer alone: "the village of Alder", not the district it lies in.
  return found && !options.some((o) => o.classed) ? { ...found, end: withContainingPlace(text, found.end, options) } : found;
}

/** Words between a place and the wider one it lies in: "the Mediterranean coast in Mersin province". */
const WITHIN = /^(?:\s+\p{Ll}+)?,?\s+(?:in|i)\s+(?:the\s+)?$/u;

/** A place goes on to the wider place it lies in, named right after it: together they tell where ("on the Mediterranean coast in Mersin province"). */
function withContainingPlace(text: string, end: number, options: readonly Span[]): number {
  const next = options.find((o) => o.start > end && WITHIN.test(text.slice(end, o.start)));
  return next ? next.end : end;
}

/** The place a sentence gives for the question among its places; tied to the question when `described`, a relative clause, does not describe another's. */
function pick(options: Array<Span & { asked: boolean; named: boolean; main: boolean; classed: boolean }>, described: boolean): Span | null {
  // Next to a name the question gives ("the Morek base in …") is surer than next to a word of it ("forces recaptured the town of …"),
  // and next to what the question asks about ("talks in Astana") than next to the words of a clause describing it ("zones in Syria").
  // A place of the kind asked for comes first: "the village of Qiyameddinli", not "the Aghdam district", answers "In which village …".
  const found = options.find((o) => o.classed) ?? options.find((o) => o.named) ?? options.find((o) => o.main) ?? options.find((o) => o.asked) ?? options[0];
  return found ? { start: found.start, end: found.end, asked: found.classed || found.named || found.main || (!described && found.asked), classed: found.classed } : null;
}

/** Terms with their senses: "talks" is what "negotiations" asks about. */
function senses(input: FactInput, terms: string[], language: FactInput['language']): Set<string> {
  return new Set(terms.flatMap((t) => [t, input.analyzer.sense(t, language)]));
}

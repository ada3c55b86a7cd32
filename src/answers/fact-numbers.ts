import { MONTHS, sharesAny, sharesTerm, type FactInput, type Span } from './fact-text.ts';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|tjugo|trettio|hundratals|tusentals';
const SCALE = 'million|billion|thousand|hundred|miljoner|miljon|miljarder|tusen|hundra';
const APPROX = 'more than|over|about|around|roughly|approximately|nearly|almost|at least|some|up to|fewer than|less than|mer än|över|omkring|cirka|ungefär|nära|närmare|nästan|minst|drygt|knappt';
/** Parts of a whole: "a tenth", "half", "two thirds". */
const FRACTION = '(?:a|one|en|ett)\\s+(?:half|third|quarter|fifth|tenth|halv|tredjedel|fjärdedel|femtedel|tiondel)|half|hälften|(?:two|three|två|tre)\\s+(?:thirds|quarters|tredjedelar|fjärdedelar)';
/**
 * A count with its scale: "more than 30", "$2.5 billion", "twelve", "a tenth", "40%"; years and days of
 * months are not counts, and a lone "a" or "en" is an article, a count only before a scale ("en miljon").
 */
const COUNT = new RegExp(
  `(?:\\b(?:${APPROX})\\s+)?(?:\\$|€|£)?(?:\\b(?:${FRACTION})\\b|(?<![\\p{L}\\d-])\\d[\\d,.]*\\d\\b|(?<![\\p{L}\\d-])\\d\\b|\\b(?:${NUMBER_WORDS})\\b|\\b(?:a|an|en|ett)(?=\\s+(?:${SCALE})\\b))(?:\\s*%)?(?:\\s+(?:${SCALE})\\b)?`,
  'giu',
);
/** Words that end the thing a number counts: function words and the verbs a count comes before. */
const UNIT_END = /^(?:in|on|at|of|and|or|to|the|a|an|from|by|with|for|since|during|as|over|about|after|before|against|into|across|than|efter|innan|mot|över|än|who|that|which|i|på|vid|av|och|eller|till|från|med|för|som|under|har|had|have|has|were|was|are|is|can|could|will|would|may|might|must|should|var|blev|kan|ska|skulle|kunde|kommer|är)$/iu;
const VERB_AFTER_UNIT = /^\p{Ll}{3,}(?:ed|ats|ades|des|tes|its)$/u;
const CURRENCY = /^(?:dollars?|euros?|pounds?|lira|liras|rubles?|roubles?|yuan|kronor|kronor|dollar|euro|pund|rubel|USD|EUR)$/iu;
const SHARE = /%|\b(?:half|third|quarter|fifth|tenth|thirds|quarters|percent|per cent|procent|halv|hälften|tredjedel|fjärdedel|tiondel)\b/iu;

interface Count extends Span {
  /** The words after the number: what it counts ("observation posts"), then an "of" phrase ("of gas"). */
  unit: string;
  of: string;
  money: boolean;
  share: boolean;
}

/**
 * The count that answers the question: of the thing "how many" names, an amount of money when it asks
 * a price, a share, a measure in its units (none else does); else the one counting what the question
 * speaks of.
 */
export function findNumber(input: FactInput): Span | null {
  const counts = countsIn(input.text);
  const { counted, countedModifiers, money, share, measure } = input.asking;
  const naming = (asked: ReadonlySet<string> | null) => (asked ? counts.find((c) => sharesAny(input, `${c.unit} ${c.of}`, asked)) : undefined);
  // A sentence that names the head uncounted ("sends military police") does not count it; one that never names it may word it otherwise.
  if (counted) return naming(counted) ?? countOfBroaderClass(input, counts) ?? (sharesAny(input, input.text, counted) ? undefined : naming(countedModifiers)) ?? null;
  // People counted by what befell them ("how many people died"): a sentence that tells nothing of it counts others.
  if (input.asking.countedBy && !sharesAny(input, input.text, input.asking.countedBy)) return null;
  if (money) return counts.find((c) => c.money) ?? null;
  if (share) return counts.find((c) => c.share) ?? null;
  // "How old was Karlov?": an age a sentence that never names him gives ("he was a 22-year-old officer", of his killer) is another's.
  if (input.asking.aged && !sharesAny(input, `${input.previous ?? ''} ${input.text}`, input.asking.aged)) return null;
  if (measure) return counts.find((c) => inUnits(c, measure)) ?? null;
  const options = counts.map((c) => ({ ...c, asked: sharesTerm(input, c.unit.split(/\s+/u).pop() ?? '') }));
  return options.find((o) => o.asked) ?? options[0] ?? null;
}

const ANY_PERSON = /^(?:person|people|individual|somebody|someone|human|organism|being)$/u;

/**
 * The count whose own word names a broader class of the thing asked about, at most two steps up WordNet's
 * hypernyms: "60 servicemen" counts soldiers (soldier → enlisted person → serviceman). A person in general is
 * no such class: "20 people" does not count soldiers. English only: WordNet is English.
 */
function countOfBroaderClass(input: FactInput, counts: readonly Count[]): Count | undefined {
  const head = input.asking.countedHead;
  if (!head || input.language !== 'en') return undefined;
  const { wordnet } = input.analyzer.lexicon;
  const up = wordnet.related(head, ['hypernym']);
  const broader = new Set([...up, ...up.flatMap((w) => wordnet.related(w, ['hypernym']))].filter((w) => !ANY_PERSON.test(w)));
  return counts.find((c) => wordnet.baseForms((c.unit.split(/\s+/u).pop() ?? '').toLowerCase()).some((base) => broader.has(base)));
}

/** An area or a volume is no length: "31.5 billion cubic metres" does not say how long. */
const AREA_OR_VOLUME = /^(?:cubic|square|kubik|kvadrat)/iu;

function inUnits(count: Count, measure: RegExp): boolean {
  const words = count.unit.split(/\s+/u);
  return words.some((w) => measure.test(w)) && !words.some((w) => AREA_OR_VOLUME.test(w));
}

/**
 * Whether a text gives a number in the units of the measure asked for ("about 930 kilometres" for "how long"), an
 * amount of money when `measure` is "money", a part of a whole ("about a tenth", "40%") when it is "share".
 */
export function givesMeasure(text: string, measure: RegExp | 'money' | 'share'): boolean {
  let byText = measuresGiven.get(measure);
  if (!byText) measuresGiven.set(measure, (byText = new Map()));
  let given = byText.get(text);
  if (given === undefined) {
    if (byText.size >= MAX_REMEMBERED_TEXTS) byText.clear();
    byText.set(text, (given = countsIn(text).some((c) => (measure === 'money' ? c.money : measure === 'share' ? c.share : inUnits(c, measure)))));
  }
  return given;
}

/**
 * Whether a text gives the measure, by measure (one of the few the questions ask) and text: a "how long" or
 * "what did it cost" question weighs every candidate sentence, and the same sentences come up question after question.
 */
const measuresGiven = new Map<RegExp | 'money' | 'share', Map<string, boolean>>();
const MAX_REMEMBERED_TEXTS = 20_000;

/** A month next to a number makes it a day of the month ("July 22", "22 juli"). */
const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\s*$`, 'iu');
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTHS})`, 'iu');

function countsIn(text: string): Count[] {
  const counts: Count[] = [];
  for (const m of text.matchAll(COUNT)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 12);
    if (/^\s*(?:1[89]|20)\d\d\s*$/u.test(m[0].replace(/^\D+/u, '')) && !/\d{5}/u.test(m[0])) continue;
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) continue;
    const unit = wordsUntilFunctionWord(text.slice(end));
    end += unit.length;
    const of = /^\s+(?:of|av)\b/iu.test(text.slice(end)) ? wordsUntilFunctionWord(text.slice(end).replace(/^\s+(?:of|av)\b/iu, ' ')) : '';
    const money = /[$€£]/u.test(m[0]) || unit.split(/\s+/u).some((w) => CURRENCY.test(w));
    counts.push({ start, end, unit: unit.trim(), of: of.trim(), money, share: SHARE.test(m[0]) || SHARE.test(unit) });
  }
  return counts;
}

/** The words after a number up to a function word, at most three ("12 military observation posts"). */
function wordsUntilFunctionWord(rest: string): string {
  // A unit joined to its number by a hyphen counts too: "a 22-year-old officer", "en 22-årig polis"; so does a model's name: "four S-400 batteries".
  const words = rest.match(/^(?:-[\p{L}-]+)?(?:\s+\p{L}[\p{L}\d-]*){0,3}/u)?.[0] ?? '';
  let length = 0;
  for (const word of words.split(/(?=\s)/u)) {
    const bare = word.trim().replace(/^-/u, '');
    // A participle after what is counted tells what befell it: "30 soldiers killed", "30 soldater dödats".
    if (UNIT_END.test(bare) || (length > 0 && VERB_AFTER_UNIT.test(bare))) break;
    length += word.length;
  }
  return words.slice(0, length);
}

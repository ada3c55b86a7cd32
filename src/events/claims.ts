import { isDateHeading } from '../corpus/layout.ts';
import { tellsStory, type CorpusDocument, type Passage } from '../corpus/types.ts';
import { isYearModifier, partialDateRange, type DateMention } from '../dates/index.ts';
import { hasVerb } from '../text/english-forms.ts';
import { closingAttribution } from './attribution.ts';
import { mainClauseAfterOpening } from './clauses.ts';
import { statusOf } from './status.ts';
import type { Citation, DatedClaim } from './types.ts';

/** What claim extraction needs besides the text: whether words tell a kind of happening. */
export interface ClaimContext {
  tellsHappening: (text: string) => boolean;
  /** The kinds of happening words tell (agreement, lifting, …): `tellsHappening` is whether there is one. */
  kindsOf?: (text: string) => ReadonlySet<string>;
}

/** A date mention in a sentence and the part of the sentence it dates. */
export interface Claim extends DatedClaim {
  passage: Passage;
  mention: DateMention;
  /** The words the date belongs to, in cleaned-document offsets. */
  focus: { start: number; end: number; text: string };
  /** The undated sentences that follow and go on telling the same event ("The project, dubbed Turkey Stream, …"). */
  sequel: Passage[];
  /** The sentence of the happening whose day this undated one names ("The same day Erdogan and Putin met"). */
  dateFrom?: Citation;
}

/** How many undated sentences after a dated one still tell its event. */
const SEQUEL_LENGTH = 2;

/** A start ("since Ankara first sent in troops in 2016"), up to ten words before its date within its clause: background when the sentence has its own date. */
const SINCE = /\b(?:since|sedan)\s+(?:[^\s,;:]+\s+){0,10}$/iu;
/** Whether a claim's date is a start ("Sedan december har …"): what it tells goes on after that date. */
export function isStart(claim: Claim): boolean {
  return SINCE.test(claim.passage.text.slice(0, claim.mention.start - claim.passage.cleanStart));
}

/** A deadline or limit ("a plan until 2020", "by the end of 2015"): never when something happened. */
const LIMIT = /\b(?:until|through|by|fram till|senast)\s+(?:\S+\s+){0,2}$/iu;

/**
 * The dated claims of a document: one per date mention in its body sentences,
 * but for deadlines, years used as modifiers, and starts ("since …") in a
 * sentence that carries its own date.
 */
export function extractClaims(doc: CorpusDocument, mentions: DateMention[], context: ClaimContext): Claim[] {
  const claims: Claim[] = [];
  const mentionsIn = (passage: Passage) => mentions.filter((m) => m.start >= passage.cleanStart && m.end <= passage.cleanEnd);
  const claim = (passage: Passage, mention: DateMention, focus: Claim['focus'], sequel: Passage[]): Claim => ({
    date: mention.value,
    dateText: mention.text,
    granularity: mention.granularity,
    // Implied parts (a timeline's "In July", a weekday before a known publication date) are not in doubt unless
    // garbled, or said by someone quoted: their "today" is the day they spoke, not the day of publication.
    certain: mention.garbled !== true && !(mention.anchor === 'publication' && insideQuote(doc, passage, mention)),
    status: statusOf({
      sentence: passage.text,
      start: mention.start - passage.cleanStart,
      end: mention.end - passage.cleanStart,
      language: passage.language,
      value: mention.value,
      published: doc.meta.published.value,
      opening: opensSentence(passage, mention),
      tellsHappening: context.tellsHappening,
    }),
    citation: { documentId: doc.meta.id, passageId: passage.id, quote: passage.text, language: passage.language },
    passage,
    mention,
    focus,
    sequel,
  });
  // Deadlines, years used as modifiers and the days remarks were made date no event of their sentence.
  const datingIn = (passage: Passage) => {
    const found = mentionsIn(passage).filter((m) => !isLimitOrModifier(doc.clean, passage, m) && !isRemark(doc, passage, m, context));
    return withRestatements(doc.clean, found);
  };
  // An undated sentence that goes on telling the story is an event of its own when it states a development.
  const sequelClaims = (story: DateMention, sequel: Passage[]) =>
    sequel
      .filter((p) => statesDevelopment(doc, p, context))
      .map((next) => claim(next, { ...story, start: next.cleanStart, end: next.cleanStart, anchor: 'previous-event' }, { start: next.cleanStart, end: next.cleanEnd, text: next.text }, []));
  doc.passages.forEach((passage, index) => {
    // A photo caption dates its photo; a headline, a heading, a question or a dateline is no happening.
    if (!tellsStory(passage.kind) && passage.kind !== 'caption') return;
    const inside = datingIn(passage);
    if (inside.length === 0) {
      const whole = { start: passage.cleanStart, end: passage.cleanEnd, text: passage.text };
      const headed = headedClaim(doc.passages, index, datingIn);
      if (headed) claims.push(claim(passage, headed.mention, whole, headed.sequel));
      const day = headed ? undefined : dayHeadedClaim(doc.passages, index, datingIn, context);
      if (day) {
        // Entries of a live blog are updates of their own: the story goes on within the paragraph, or in a line that leans on it ("They …").
        const sequel = sequelOf(doc.passages, index, datingIn).filter((p) => p.paragraph === passage.paragraph || PRONOUN_SUBJECT[p.language].test(p.text));
        claims.push(claim(passage, day, whole, sequel));
        claims.push(...sequelClaims(day, sequel));
      }
      const same = headed || day ? undefined : sameDayClaim(passage, claims, context);
      if (same) claims.push({ ...claim(passage, same.mention, same.focus, []), dateFrom: same.from });
      return;
    }
    const answered = dateOnlyAnswer(doc.passages, index, inside, datingIn);
    if (answered) {
      // "Ten days after the signing." answers a question with a date alone: it dates the sentence after it.
      const mention = { ...(inside[0] as DateMention), start: answered.cleanStart, end: answered.cleanStart, anchor: 'previous-event' as const };
      const whole = { start: answered.cleanStart, end: answered.cleanEnd, text: answered.text };
      const sequel = sequelOf(doc.passages, doc.passages.indexOf(answered), datingIn);
      claims.push(claim(answered, mention, whole, sequel));
      claims.push(...sequelClaims(mention, sequel));
      return;
    }
    const starts = inside.filter((m) => SINCE.test(before(doc.clean, passage, m)));
    const leading = inside.filter((m) => !starts.includes(m));
    const dated = leading.length > 0 ? leading : starts;
    const sequel = sequelOf(doc.passages, index, datingIn);
    const continued = sequelClaims(dated[dated.length - 1] as DateMention, sequel);
    dated.forEach((mention, i) => {
      // A caption is about its picture as a whole: its date ends it, before the credit.
      const aside = dated === starts ? asideFocus(doc.clean, passage, mention) : null;
      const focus = passage.kind === 'caption' ? captionFocus(doc.clean, passage, mention) : (aside ?? focusOf(doc.clean, passage, mention, dated[i - 1], dated[i + 1]));
      // A date with no words of its own ("2016: Erdogan apologises in June") labels the dates after it.
      if (dated.length > 1 && !/\p{L}/u.test(focus.text.replace(mention.text, ''))) return;
      // Words with no verb besides their date tell no happening: the sentences after them do ("Right, on 22 July 2022, at the palace."),
      // or, without a word for one either, nothing does ("…, after the first in Sochi in November", "…, in force from midnight on 10 November").
      const words = focus.text.replace(mention.text, ' ');
      if (passage.kind === 'body' && isPhrase(words, passage.language) && (continued.length > 0 || (!ELLIPSIS.test(words) && !context.tellsHappening(words)))) return;
      claims.push(claim(passage, mention, focus, sequel));
    });
    const main = mainClauseClaim(passage, dated, inside, context);
    if (main) {
      for (const c of claims) if (c.passage === passage && c.focus.end > main.focus.start) c.focus = trimmedFocus(doc.clean, c.focus.start, main.focus.start);
      claims.push(claim(passage, main.mention, main.focus, sequel));
    }
    claims.push(...continued);
    // A start told inside another dated clause ("since Ankara first sent in troops in 2016") is a claim of its own words.
    if (dated !== starts) {
      for (const mention of starts) {
        const from = mention.start - (SINCE.exec(before(doc.clean, passage, mention))?.[0].length ?? 0);
        claims.push(claim(passage, mention, { start: from, end: mention.end, text: doc.clean.slice(from, mention.end) }, []));
      }
    }
  });
  return claims.map((c) => (c.status === 'planned' ? datedWhenSaid(c, claims, doc) : c));
}

/** Most words a phrase without a verb is read as: a longer text is taken as a clause (the tagger misses some verbs). */
const MAX_PHRASE_WORDS = 8;

/** Whether English words are a phrase, not a clause: few, and none of them a verb. */
/** Words that leave out a verb said before them, whose happening they tell again ("…, and again in May 2020"). */
const ELLIPSIS = /\b(?:again|also|too|later|then|likewise|igen|också|senare|sedan)\b/iu;

function isPhrase(text: string, language: Passage['language']): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return language === 'en' && words.length <= MAX_PHRASE_WORDS && !hasVerb(text);
}

/**
 * The sentence a date said alone dates: an interviewee's "Ten days after the signing." or "In July
 * 2019." has no words but its date, and the next sentence of its paragraph, undated, tells what
 * happened then.
 */
function dateOnlyAnswer(passages: Passage[], index: number, inside: DateMention[], datingIn: (p: Passage) => DateMention[]): Passage | undefined {
  const passage = passages[index] as Passage;
  let rest = passage.text;
  for (const m of [...inside].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start - passage.cleanStart) + rest.slice(m.end - passage.cleanStart);
  if (inside.length !== 1 || /\p{L}/u.test(rest)) return undefined;
  const next = passages[index + 1];
  return next && next.paragraph === passage.paragraph && tellsStory(next.kind) && datingIn(next).length === 0 ? next : undefined;
}

/** "The same day Erdogan and Putin met, …": a day named by another happening of the story. */
const SAME_DAY: Record<Passage['language'], RegExp> = {
  en: /^\s*(?:on\s+)?(?:the\s+same\s+day|that\s+same\s+day|the\s+day)\s+(?:that\s+|when\s+)?([^,]{3,80}),\s+/iu,
  sv: /^\s*(?:samma\s+dag\s+som|samma\s+dag|den\s+dag\s+då)\s+([^,]{3,80}),\s+/iu,
};

/**
 * An undated sentence dated by another happening it names ("The same day Erdogan and Putin met, a
 * second batch … had been delivered"): the date of the document's earlier claim that tells that kind
 * of happening with its date closest to the words that tell it; the main clause is the claim.
 */
function sameDayClaim(passage: Passage, claims: Claim[], context: ClaimContext): { mention: DateMention; focus: Claim['focus']; from: Citation } | undefined {
  const match = SAME_DAY[passage.language].exec(passage.text);
  if (!match || !context.kindsOf) return undefined;
  const kindsOf = context.kindsOf;
  const kinds = kindsOf(`${match[1] as string} `);
  const distance = (c: Claim) => {
    const words = [...c.focus.text.matchAll(/\S+/gu)];
    const at = words.findIndex((w) => c.focus.start + w.index >= c.mention.start);
    const cues = words.map((w, i) => ([...kindsOf(`${w[0]} `)].some((k) => kinds.has(k)) ? Math.abs(i - at) : Infinity));
    return Math.min(...cues);
  };
  const told = claims.filter((c) => c.passage.documentId === passage.documentId && c.status === 'happened' && c.mention.granularity === 'day' && Number.isFinite(distance(c)));
  const named = told.sort((a, b) => distance(a) - distance(b))[0];
  if (!named) return undefined;
  const start = passage.cleanStart + match[0].length;
  return { mention: { ...named.mention, start, end: start, anchor: 'previous-event' }, focus: { start, end: passage.cleanEnd, text: passage.text.slice(match[0].length) }, from: named.citation };
}

/**
 * The main clause of a sentence that opens on a dated temporal clause, when it has no date of its
 * own and tells a happening: dated by the opening clause, from where the main clause starts (so
 * it is a claim of its own, with an id of its own), as worked out rather than stated.
 */
function mainClauseClaim(passage: Passage, dated: DateMention[], inside: DateMention[], context: ClaimContext): { mention: DateMention; focus: Claim['focus'] } | undefined {
  const opening = dated[0];
  if (!opening) return undefined;
  const at = mainClauseAfterOpening(passage.text, passage.language, opening.end - passage.cleanStart);
  if (at === undefined) return undefined;
  const start = passage.cleanStart + at;
  const text = passage.text.slice(at).trim();
  if (inside.some((m) => m.start >= start) || !context.tellsHappening(text)) return undefined;
  return { mention: { ...opening, start, end: start, anchor: 'previous-event' }, focus: { start, end: passage.cleanEnd, text } };
}

function trimmedFocus(text: string, start: number, end: number): Claim['focus'] {
  const kept = text.slice(start, end).replace(/[\s,;:]+$/u, '');
  return { start, end: start + kept.length, text: kept.trim() };
}

/**
 * A chronology's entry dated by the heading above it ("July 12, 2019 — Murted air base:"): the first
 * undated entry under a dated heading tells the heading's happening, the entries after it go on
 * telling it. The heading's date is placed at the start of the entry, so the entry reads as a
 * sentence that opens with its date.
 */
function headedClaim(passages: Passage[], index: number, datingIn: (p: Passage) => DateMention[]): { mention: DateMention; sequel: Passage[] } | undefined {
  const passage = passages[index] as Passage;
  if (passage.kind !== 'entry' || passage.headingId === undefined) return undefined;
  const earlier = passages.slice(0, index).filter((p) => p.headingId === passage.headingId);
  if (earlier.some((p) => datingIn(p).length === 0)) return undefined;
  const heading = passages.find((p) => p.id === passage.headingId);
  const dated = heading && datingIn(heading)[0];
  if (!dated) return undefined;
  const sequel = passages.slice(index + 1).filter((p) => p.headingId === passage.headingId && datingIn(p).length === 0);
  return { mention: { ...dated, start: passage.cleanStart, end: passage.cleanStart }, sequel };
}

/**
 * A live blog's or a diary's entry dated by the day heading above it ("Monday 19 December 2016"):
 * each paragraph under it tells a happening of that day when its first sentence names one with a
 * subject of its own; the sentences after it are its sequel. A heading that says more than a date ("The 2019 crisis") only
 * names a topic.
 */
function dayHeadedClaim(passages: Passage[], index: number, datingIn: (p: Passage) => DateMention[], context: ClaimContext): DateMention | undefined {
  const passage = passages[index] as Passage;
  if (passage.kind !== 'body' || passage.headingId === undefined || passage.sentence !== 1 || PRONOUN_SUBJECT[passage.language].test(passage.text)) return undefined;
  if (!context.tellsHappening(passage.text)) return undefined;
  const heading = passages.find((p) => p.id === passage.headingId);
  const dated = heading && isDateHeading(heading.text) ? datingIn(heading)[0] : undefined;
  return dated && { ...dated, start: passage.cleanStart, end: passage.cleanStart };
}

/**
 * A plan is dated by when it was said: the happening its sentence dates ("On May 18, Erdogan
 * announced that …"), or in a chronology the happening its heading dates ("March 5, 2020 —
 * Moscow:" above "Joint patrols are to start on 15 March"), else the day the document was written.
 */
function datedWhenSaid(plan: Claim, claims: Claim[], doc: CorpusDocument): Claim {
  const happened = claims.filter((c) => c.status === 'happened');
  const said =
    happened.filter((c) => c.passage === plan.passage).sort((a, b) => Math.abs(a.mention.start - plan.mention.start) - Math.abs(b.mention.start - plan.mention.start))[0] ??
    headedDate(plan.passage, happened);
  const { published } = doc.meta;
  const when = said
    ? { date: said.date, dateText: said.dateText, granularity: said.granularity, certain: said.certain }
    : { date: published.value, dateText: '', granularity: published.granularity, certain: !published.inferred };
  return { ...plan, ...when, plannedFor: plan.mention.value };
}

/** The happening an entry's heading dates, from the claim of the first entry under it. */
function headedDate(passage: Passage, happened: Claim[]): Claim | undefined {
  if (passage.kind !== 'entry' || passage.headingId === undefined) return undefined;
  return happened.find((c) => c.passage.kind === 'entry' && c.passage.headingId === passage.headingId);
}

/** The date opens its sentence, after at most a preposition ("On 9 August 2016, …", "I januari 2017 …"). */
export function opensSentence(passage: Passage, mention: DateMention): boolean {
  const lead = passage.text.slice(0, Math.max(0, mention.start - passage.cleanStart));
  return /^\s*(?:(?:on|in|at|by|during|since|the|of|end|late|early|mid|i|den|vid|under|sedan|efter)\s+)*$/iu.test(lead);
}

/**
 * The undated sentences after a dated one that go on telling its story: in
 * its paragraph, or in the next ones where every paragraph is one sentence.
 */
function sequelOf(passages: Passage[], index: number, datingIn: (p: Passage) => DateMention[]): Passage[] {
  const passage = passages[index] as Passage;
  const alone = (p: Passage) => passages.filter((other) => other.paragraph === p.paragraph).length === 1;
  const sequel: Passage[] = [];
  for (const next of passages.slice(index + 1, index + 1 + SEQUEL_LENGTH)) {
    if (!tellsStory(next.kind) || datingIn(next).length > 0) break;
    if (next.paragraph !== passage.paragraph && !(alone(passage) && alone(next))) break;
    sequel.push(next);
  }
  return sequel;
}

/**
 * Whether an undated sentence of a story states a development of its own ("Moscow announces economic
 * sanctions against Ankara."): a body sentence that names a kind of happening, in its own words
 * (no quotation, no closing attribution), with its own subject (not a pronoun, which a headline
 * could not carry), and told as what happened, not as a plan or a state.
 */
function statesDevelopment(doc: CorpusDocument, passage: Passage, context: ClaimContext): boolean {
  const { language } = passage;
  // Words quoted within the sentence are what someone said; the sentence's own words are the rest.
  const text = passage.text.replace(/["“][^"”]*["”]/gu, ' … ');
  if (passage.kind !== 'body' || /^\s*["“]/u.test(passage.text) || closingAttribution(passage.text, language) !== undefined || SAYING[language].test(text)) return false;
  if (PRONOUN_SUBJECT[language].test(text) || ![...(context.kindsOf?.(text) ?? [])].some((kind) => ACTS.has(kind))) return false;
  const status = statusOf({ sentence: text, start: 0, end: 0, language, value: doc.meta.published.value, published: doc.meta.published.value, opening: false, tellsHappening: context.tellsHappening });
  // The main clause tells it; what a later clause adds ("…, and it is working with Ankara to monitor it") may be a state.
  const mainClause = text.split(/[,;]\s/u)[0] ?? text;
  return status === 'happened' && !STATE_VERB[language].test(mainClause);
}

/**
 * Kinds of happening that are acts of their own, told after the story they follow ("Moscow announces
 * economic sanctions"); a death, a meeting, a call or condolences told after it are part of its story.
 */
const ACTS = new Set(['agreement', 'imposing', 'lifting', 'truce', 'suspension', 'delivery', 'purchase', 'inauguration', 'approval', 'joining']);

/** Words said or disputed: a claim about the story ("Russia rejects Turkey's assertion …") belongs to it. */
const SAYING: Record<Passage['language'], RegExp> = {
  en: /\b(?:says?|said|saying|adding|tells?|told|rejects?|rejected|denies|denied|insists?|insisted|asserts?|claims?|claimed)\b/iu,
  sv: /\b(?:säger|sa|sade|uppger|uppgav|enligt|tillbakavisa\p{L}*|förneka\p{L}*|insisterar|hävdar)\b/iu,
};

/**
 * A sentence whose subject is a pronoun, or that opens on a connective that leans on the one before;
 * "we" and "I" are the writers ("We are getting reports of gunfire"), whose doings are no happening.
 */
const PRONOUN_SUBJECT: Record<Passage['language'], RegExp> = {
  en: /^\s*(?:he|she|it|they|we|i|this|these|that|those|his|her|its|their|our|my|but|and|so|yet)\b/iu,
  sv: /^\s*(?:han|hon|den|det|de|vi|jag|detta|dessa|hans|hennes|dess|deras|vår|vårt|våra|min|mitt|mina|men|och|så)\b/iu,
};

/** A sentence told as a state, as seen from the day of writing (a perfect), or as a possibility: not dated by the story. */
const STATE_VERB: Record<Passage['language'], RegExp> = {
  en: /\b(?:is|are|was|were|has|have|had|remains?|may|might|could|would)\b/iu,
  sv: /\b(?:är|var|har|hade|kan|kunde|skulle)\b/iu,
};

/** Whether a mention stands inside quotation marks, counted from the start of its paragraph (quotes span sentences). */
function insideQuote(doc: CorpusDocument, passage: Passage, mention: DateMention): boolean {
  const paragraphStart = doc.passages.find((p) => p.paragraph === passage.paragraph)?.cleanStart ?? passage.cleanStart;
  return (doc.clean.slice(paragraphStart, mention.start).match(/"/gu) ?? []).length % 2 === 1;
}

/**
 * A date of words said that tell no development: a day inside a quotation (a remark made at an
 * event the story tells, not an event of its own), or the day of a closing attribution ("…,
 * Bogdanov said Monday.") when what was said is a view or a wish. An announcement, a
 * confirmation or a threat tells a kind of happening, and stays an event of the day it was said.
 */
function isRemark(doc: CorpusDocument, passage: Passage, mention: DateMention, context: ClaimContext): boolean {
  if (insideQuote(doc, passage, mention)) return !context.tellsHappening(passage.text.replace(mention.text, ' '));
  const attribution = closingAttribution(passage.text, passage.language);
  if (attribution === undefined || mention.start - passage.cleanStart < attribution.start) return false;
  return !context.tellsHappening(quotationBefore(doc, passage, passage.cleanStart + attribution.start) ?? attribution.said);
}

/** The quotation that closes just before `at`, from its opening mark, in the sentences of its paragraph before (quotes span sentences). */
function quotationBefore(doc: CorpusDocument, passage: Passage, at: number): string | undefined {
  const paragraphStart = doc.passages.find((p) => p.paragraph === passage.paragraph)?.cleanStart ?? passage.cleanStart;
  const marks = [...doc.clean.slice(paragraphStart, at).matchAll(/"/gu)].map((m) => paragraphStart + m.index);
  const [open, close] = marks.slice(-2);
  if (marks.length % 2 !== 0 || open === undefined || close === undefined || /\S/u.test(doc.clean.slice(close + 1, at).replace(/[,\s]/gu, ''))) return undefined;
  return doc.clean.slice(open + 1, close);
}

function captionFocus(text: string, passage: Passage, mention: DateMention): Claim['focus'] {
  const end = mention.start > passage.cleanStart ? mention.start : passage.cleanEnd;
  const focus = text.slice(passage.cleanStart, end).replace(/[\s,;:]+$/u, '');
  return { start: passage.cleanStart, end: passage.cleanStart + focus.length, text: focus };
}

function before(text: string, passage: Passage, mention: DateMention): string {
  return text.slice(passage.cleanStart, mention.start);
}

/**
 * A date that names an agreement or a text by the day it was made ("an Additional Protocol to the
 * Memorandum of 17 September 2018", "protokollet till avtalet från den 5 mars"): it tells which text,
 * not when the sentence's happening was.
 */
const NAMES_A_TEXT = /\b(?:memorand\p{L}*|agreements?|accords?|protocols?|treat(?:y|ies)|declarations?|resolutions?|conventions?|communiqu[eé]s?|avtal\p{L}*|protokoll\p{L}*|överenskommelse\p{L}*|deklaration\p{L}*|fördrag\p{L}*|resolution\p{L}*)\s+(?:of|dated|från|av)\s+(?:den\s+)?$/iu;

/**
 * The time a figure is compared with ("93 per cent lower than in June 2015", "against 168,000 in the
 * same months of 2016", "jämfört med 2015"): the measure of another time, not when anything happened.
 */
const COMPARED_WITH: Record<Passage['language'], RegExp> = {
  en: /\b(?:than|compared\s+(?:with|to)|against\s+[\d.,]+(?:\s+(?:million|billion|thousand|per\s+cent))?)\s+(?:(?:in|on|during|at|for|over)\s+)?(?:the\s+same\s+\p{L}+\s+(?:of\s+)?)?$/iu,
  sv: /(?:^|\s)(?:än|jämfört\s+med|mot\s+[\d\s.,]+(?:miljoner|miljarder|tusen)?)\s+(?:(?:i|under|på)\s+)?(?:samma\s+\p{L}+\s+)?$/iu,
};

/** A deadline, a time compared with, or a bare year used as a modifier ("a major 2015 diplomatic crisis"), dates no event of the sentence. */
function isLimitOrModifier(text: string, passage: Passage, mention: DateMention): boolean {
  const preceding = before(text, passage, mention);
  if (LIMIT.test(preceding) || NAMES_A_TEXT.test(preceding) || COMPARED_WITH[passage.language].test(preceding)) return true;
  return isYearModifier(mention.text, preceding, text.slice(mention.end, passage.cleanEnd));
}

/** What may stand between a date and the same time told again ("last year, on 12 July 2019", "i juli, den 12 juli"). */
const APPOSITION = /^\s*,?\s*(?:(?:on|in|at|i|den|på)\s+)?(?:the\s+)?$/iu;

/**
 * A date the next words tell again more exactly ("last year, on 12 July 2019") is one time told
 * twice: one mention of the exact date spanning both, so its clause is one event (not the broad
 * date's clause and the words after the exact one as two).
 */
function withRestatements(text: string, mentions: DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  for (const mention of mentions) {
    const last = kept[kept.length - 1];
    if (last && restates(text, last, mention)) kept[kept.length - 1] = { ...mention, start: last.start, text: text.slice(last.start, mention.end) };
    else kept.push(mention);
  }
  return kept;
}

function restates(text: string, broad: DateMention, exact: DateMention): boolean {
  if (exact.start < broad.end || !APPOSITION.test(text.slice(broad.end, exact.start))) return false;
  const outer = partialDateRange(broad.value);
  const inner = partialDateRange(exact.value);
  return inner.start >= outer.start && inner.end <= outer.end && (inner.start !== outer.start || inner.end !== outer.end);
}

/** What opens a clause's predicate: a clause that starts with one has lost its subject to the comma before it. */
const PREDICATE_START: Record<Passage['language'], RegExp> = {
  en: /^(?:was|were|is|are|has|have|had|will|would|could|can|did|does)\s/u,
  sv: /^(?:var|är|har|hade|ska|skulle|kan|kunde|blev|blir)\s/u,
};

/**
 * Whether a comma stands inside a subject rather than between clauses: after it comes the predicate
 * ("Russia's ambassador, Andrei Karlov, was shot dead") or the rest of a list of names
 * ("Foreign ministers of Russia, Turkey and Iran are due to meet").
 */
function splitsSubject(before: string, after: string, language: Passage['language']): boolean {
  const apposition = /^[^,;:]{1,60},\s+/u.exec(after);
  if (PREDICATE_START[language].test(after) || (apposition && PREDICATE_START[language].test(after.slice(apposition[0].length)))) return true;
  return /\p{Lu}[\p{L}-]*$/u.test(before) && /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:and|or|och|eller)\s+\p{Lu}/u.test(after);
}

/**
 * The clause a date belongs to: from the start of its clause to the clause
 * of the next date (or the sentence end). A sentence-opening date such as
 * "On 9 August 2016," dates what follows it.
 */
/**
 * A start told in an aside set off by dashes or brackets dates that aside only: "Turkey—a member of NATO
 * since 1952 and a key Western ally—and Russia …" dates Turkey's membership, not the rest of the sentence.
 */
function asideFocus(text: string, passage: Passage, mention: DateMention): { start: number; end: number; text: string } | null {
  const head = text.slice(passage.cleanStart, mention.start);
  const open = Math.max(head.lastIndexOf('—'), head.lastIndexOf('–'), head.lastIndexOf('('));
  const tail = /^[^—–()]*[—–)]/u.exec(text.slice(mention.end, passage.cleanEnd))?.[0];
  if (open < 0 || tail === undefined || /[,;:]/u.test(head.slice(open))) return null;
  // The name the aside is said of stands right before its dash: "Turkey—a member …".
  const named = /(?:\p{Lu}[\p{L}-]*\s*)+$/u.exec(head.slice(0, open))?.[0].length ?? 0;
  const start = passage.cleanStart + open - named;
  const end = mention.end + tail.length - 1;
  return { start, end, text: text.slice(start, end).trim() };
}

function focusOf(text: string, passage: Passage, mention: DateMention, previous?: DateMention, next?: DateMention) {
  // "Mötet kom en vecka efter att …": the date is the clause's after it.
  if (mention.datesClause === true) {
    const start = mention.end + (/^\s*/u.exec(text.slice(mention.end))?.[0].length ?? 0);
    const end = next ? next.start : passage.cleanEnd;
    return { start, end, text: text.slice(start, end).trim() };
  }
  const clauseStart = (at: number, floor: number, end = at): number => {
    const before = text.slice(floor, at);
    const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '));
    if (cut < 0) return floor;
    // A comma inside the subject (an apposition, a list of names) does not open the date's clause.
    return splitsSubject(before.slice(0, cut), text.slice(floor + cut + 2, end), passage.language) ? clauseStart(floor + cut, floor, end) : floor + cut + 2;
  };
  const start = clauseStart(mention.start, previous ? previous.end : passage.cleanStart);
  const end = next ? Math.max(mention.end, clauseStart(next.start, mention.end)) : passage.cleanEnd;
  return { start, end, text: text.slice(start, end).trim() };
}

import type { SwedishGloss } from '../text/gloss.ts';
import { isStopword } from '../text/stem.ts';
import { closingAttribution } from './attribution.ts';
import type { Claim } from './claims.ts';
import { MAX_HEADLINE, shortenHeadline } from './headline.ts';
import { straightenVerbSecond } from './verb-second.ts';

/** What stands between an opening date and its clause: a comma, or a calendar's dash ("24.11.2015 – Turkiska …"). */
const OPENING_PUNCTUATION = /^[\s,;:–—-]+/u;

/**
 * A clause that closes on an unnamed source's attribution ("…, officials said"): the happening is
 * the news, the attribution no part of its headline (a named speaker, or an attribution that holds
 * the date, is told as who said what instead).
 */
function withoutClosingAttribution(text: string, claim: Claim): string {
  const attribution = closingAttribution(text, claim.passage.language);
  if (!attribution || text.slice(attribution.start).includes(claim.mention.text) || /["”]/u.test(text)) return text;
  if (!/^(?:(?:the\s+)?(?:officials?|sources?|police|witnesses|diplomats?|analysts?|the\s+ministry|tjänstemän|källor|polisen|vittnen))\s/iu.test(attribution.speaker)) return text;
  return text.slice(0, attribution.start).replace(/[\s,;:]+$/u, '');
}

/** What may stand before a date that opens its sentence ("On 9 August 2016, …", "I januari 2017 …"). */
const OPENING_LEAD = /^(?:\s*(?:on|in|at|by|during|since|from|the|of|end|late|early|mid|i|den|vid|sedan|från|för)\s+)*$/iu;

/**
 * An English one-sentence summary from a claim: its focus without the opening date
 * ("On 9 August 2016, Putin and …" → "Putin and …"), a statement told as who said what,
 * shortened to a headline by its clauses.
 */
export function summaryOf(claim: Claim): string {
  const { focus } = claim;
  const opening = openingDateEnd(claim);
  const text = withoutClosingAttribution(
    (opening === undefined ? focus.text : focus.text.slice(opening).replace(OPENING_PUNCTUATION, '')).replace(/^(?:since|sedan)\s+/iu, '').replace(/[\s,;:]+$/u, ''),
    claim,
  );
  if (text === '') return focus.text;
  const sentence = sentenceOf(singleDeterminers(withoutOwnDate(statement(text, claim) ?? text, claim)));
  const headline = shortenHeadline(sentence.length > MAX_HEADLINE ? withoutClosingDate(sentence, claim) : sentence);
  return whatWasReported(headline) ?? headline;
}

/**
 * A report's own clause ("The Syrian state news agency SANA reported (on …) that …"): the event is
 * what was reported, dated by the report, so the headline is the reported clause, without the
 * quotation marks that held it whole. A speaker's "said" stays: who said it is the news.
 */
const REPORTED = /^[^"“”,;:]{2,80}?\s(?:reported|reports|rapporterade|rapporterar)\s+(?:(?:on|about|om)\s+[^"“”,;:]{2,60}?\s+)?(?:that|att)\s+(?<content>.+)$/u;

function whatWasReported(headline: string): string | undefined {
  const content = REPORTED.exec(headline)?.groups?.content?.trim();
  if (!content) return undefined;
  const whole = /^["“]([^"“”]+?)[.,]?["”]\.?$/u.exec(content);
  const reported = sentenceOf((whole?.[1] ?? content).replace(/[\s,;:]+$/u, ''));
  return reported.split(/\s+/u).length >= 5 ? reported : undefined;
}

/**
 * A Swedish claim as a headline in Swedish: the clause in subject–verb order (the verb-second
 * order of "I januari inleder Ryssland …" undone once its opening date goes), its first main
 * clause only, its date left to the timeline.
 */
export function swedishSummaryOf(claim: Claim, gloss: SwedishGloss): string {
  const { focus } = claim;
  const opening = openingDateEnd(claim);
  const text = focus.text.replace(/[\s,;:]+$/u, '');
  const straight = straightenVerbSecond(text, {
    isIrregularForm: (word) => gloss.isIrregularForm(word),
    ...(opening !== undefined && { adverbialEnd: opening, dropAdverbial: true }),
  });
  const swedish = (straight === text && opening !== undefined ? text.slice(opening) : straight).replace(OPENING_PUNCTUATION, '');
  // A headline tells the first main clause: what a Swedish sentence adds after ", men" is another story.
  const first = swedish.replace(/(?:,\s+(?:men|och|medan|samtidigt som)|;)\s.*$/u, '');
  return sentenceOf(withoutOwnDate(claim.mention.datesClause === true ? asMainClause(first) : first, claim));
}

/**
 * A subordinate clause told as a main clause: Swedish leaves out the "har" of a perfect in a
 * subordinate clause ("efter att … soldater dödats"), which a main clause needs ("… har dödats").
 */
function asMainClause(clause: string): string {
  const words = clause.split(' ');
  const supine = words.findIndex((w, i) => i > 0 && /^\p{Ll}{3,}(?:ats|at|it|tt)$/u.test(w));
  if (supine < 0 || words.slice(0, supine).some((w) => /^(?:har|hade|är|var|ska|kan|kommer)$/u.test(w))) return clause;
  return [...words.slice(0, supine), 'har', ...words.slice(supine)].join(' ');
}

/** An English summary of a Swedish claim: its Swedish headline glossed word by word from the dictionary, shortened. */
export function glossedSummaryOf(claim: Claim, gloss: SwedishGloss): string {
  return shortenHeadline(sentenceOf(gloss.gloss(swedishSummaryOf(claim, gloss))));
}

/** Where a date that opens the claim's clause ends, in offsets of its focus; undefined when it does not open it. */
function openingDateEnd({ focus, mention }: Claim): number | undefined {
  const opening = mention.start - focus.start;
  return opening >= 0 && opening <= 12 && OPENING_LEAD.test(focus.text.slice(0, opening)) ? mention.end - focus.start : undefined;
}

/** A preposition that a date after it completes, which the date cannot go without. */
const GOVERNING = /\b(?:from|since|until|till|between|through|to|by|after|before|från|sedan|fram\s+till|mellan|efter|före)$/iu;

/** A happening's own date inside its summary ("… visit to Moscow on August 27 marked …"): the timeline shows it, so it goes. */
function withoutOwnDate(text: string, claim: Claim): string {
  if (claim.status !== 'happened' || claim.mention.text.trim() === '') return text;
  const date = claim.mention.text.replace(/^(?:i|in|on)\s+/iu, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // A date in words of its own ("last year", "förra veckan") stands without a preposition.
  const preposition = `(?:on|in|at|during|i|på|den|under)\\s+(?:the\\s+)?${/^\p{Ll}/u.test(date) ? '|' : ''}`;
  const pattern = new RegExp(`(,\\s*)?\\s(?:${preposition})${date}(?:\\s+(?:morning|afternoon|evening|night|morgon|kväll|natt))?(?=[\\s,.;:!?]|$)(\\s*,)?`, 'iu');
  const match = pattern.exec(text);
  if (!match || (text.slice(0, match.index).match(/"/gu) ?? []).length % 2 === 1) return text;
  // A date a preposition of its own governs is one end of a span or a reference point ("from early 2021 until …"): without it the preposition hangs.
  if (GOVERNING.test(text.slice(0, match.index))) return text;
  const rest = text.slice(match.index + match[0].length);
  // At the end of its sentence the date may be all a clause says ("a contract signed in December 2017"): it stays.
  if (!/\p{L}/u.test(rest)) return text;
  // Between two commas the date was a parenthesis and both go; a comma only after it ends a phrase and stays.
  const comma = !match[1] && match[2] ? ',' : '';
  return `${text.slice(0, match.index)}${comma}${/^[\p{L}\p{N}"“(]/u.test(rest) ? ' ' : ''}${rest}`;
}

/**
 * A summary too long for a headline loses the happening's own date where it closes the sentence or
 * the quotation that ends it (`… of Idlib as of Saturday morning."` → `… of Idlib."`): the timeline
 * shows the date, and what is left of a quotation is still its own words.
 */
function withoutClosingDate(text: string, claim: Claim): string {
  if (claim.status !== 'happened' || claim.mention.text.trim() === '') return text;
  const date = claim.mention.text.replace(/^(?:in|on|at)\s+/iu, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const closing = new RegExp(`,?\\s+(?:(?:as\\s+of|on|in|at|from|since|during|by)\\s+)?(?:the\\s+)?${date}(?:\\s+(?:morning|afternoon|evening|night))?(?=[.!?"”']*$)`, 'iu');
  const kept = text.replace(closing, '');
  return kept !== text && kept.replace(/[.!?"”'\s]+$/u, '').split(/\s+/u).length >= 5 ? kept : text;
}

/**
 * A sentence that closes on its attribution, dated by it (`Our offer has expired," an official
 * told CNN on August 22.`) or naming its speaker, told as who said what: `An official told CNN:
 * "Our offer has expired."`.
 */
const LABEL = /^(?:[^\s:,"“”]+\s){0,4}[^\s:,"“”]+:\s+/u;

function statement(text: string, claim: Claim): string | undefined {
  const attribution = closingAttribution(text, claim.passage.language);
  if (!attribution) return undefined;
  // A named speaker is told first whether or not the attribution holds the date: a headline never ends on "…, Novak said".
  if (!text.slice(attribution.start).includes(claim.mention.text) && !/\s\p{Lu}/u.test(attribution.speaker)) return undefined;
  const quoted = /["”]\s*,?\s*$/u.test(text.slice(0, attribution.start));
  const whole = attribution.said.replace(/[.,;:]+$/u, '');
  // A row's or an entry's label ("First half of 2017: …") still heads the line: it says what the figure is for.
  const label = quoted ? '' : (LABEL.exec(whole)?.[0] ?? '');
  const said = whole.slice(label.length);
  const speaker = label !== '' && /^(?:The|A|An)\s/u.test(attribution.speaker) ? `${attribution.speaker.charAt(0).toLowerCase()}${attribution.speaker.slice(1)}` : attribution.speaker;
  // Told after its speaker, what was said keeps its capital where it opens on a name ("… said Turkey will …").
  const first = /^\p{L}+/u.exec(said)?.[0] ?? '';
  const opening = isStopword(first, claim.passage.language) ? `${said.charAt(0).toLowerCase()}${said.slice(1)}` : said;
  return quoted ? `${speaker}: "${said}."` : `${label}${speaker} ${opening}.`;
}

/**
 * A determiner said twice around the modifier between them ("the Russian-backed the Syrian
 * government", a machine translation's or an editor's slip) is said once: a participle or a
 * hyphenated modifier never ends a noun phrase of its own before another one opens.
 */
const DOUBLED_DETERMINER = /\b(the|a|an)\s+((?:\p{L}+-)+\p{L}+|\p{L}{3,}(?<!e)ed)\s+(?:the|a|an)\s+(?=\p{L})/giu;

function singleDeterminers(text: string): string {
  return text.replace(DOUBLED_DETERMINER, '$1 $2 ');
}

function sentenceOf(text: string): string {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?"']$/u.test(sentence) ? sentence : `${sentence}.`;
}

import type { Language } from '../corpus/types.ts';
import { support } from '../search/support.ts';
import { whenQuestionOf } from './anchor.ts';
import { candidatesOf, type Candidate } from './candidates.ts';
import type { AnswerContext } from './context.ts';
import { analyzeQuestion, type AnchorFix } from './question.ts';
import { retrieve } from './retrieval.ts';
import { Scorer, type Scored } from './scoring.ts';
import { headTerms, namesOf } from './timeline.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * Share of the anchor's words its sentence must hold. Looser than an answer's: the anchor only places the
 * question in time, and the question is answered (or declined) on its own afterwards.
 */
const ANCHOR_SUPPORT = 0.5;
/**
 * The share enough when the clause tells the kind of happening the anchor's words name ("opened" for
 * "inaugurate", "the coup attempt" for "after the failed coup"): the kind stands for the words it rewords.
 */
const KIND_SUPPORT = 0.25;
/** How nearly as well as the best an anchor told to a finer date must score to place the question instead. */
const PRECISE_SHARE = 0.8;

/**
 * The event an anchored question names its time by ("the failed coup"), found as a when-question finds
 * its event: the best-scored dated clause whose sentence holds the anchor's words. Only a happening or a
 * plan anchors: a standing fact's date ("a member of NATO since 1952") in a sentence that mentions the
 * anchor is not the anchor's date. Null when the documents do not tell it.
 */
export function anchorEvent(context: AnswerContext, words: string, language: Language, tuning: AnswerTuning): AnchorFix | null {
  const { index, events, eventTypes, analyzer } = context.sources;
  // Weighed as a when-question; searched by the anchor's own words, in the language of the question it came from.
  const question = { ...analyzeQuestion(whenQuestionOf(words, language), context.sources.now()), topic: words };
  const query = index.analyse(words, { language, confident: true });
  if (query.terms.length === 0 || index.unknownNames(query).length > 0) return null;
  const scorer = new Scorer(context, question, query, tuning);
  const asked = eventTypes.typesOf(words);
  const names = namesOf(query, true);
  // A sentence without a name the anchor gives tells another event ("launched Operation Astana" is no "TurkStream
  // launch"), unless the headline or heading it stands under gives it (a chronology's "the first parts of the system").
  const ownNames = (candidate: Candidate) => new Set([...context.termsAround(candidate.passage, []), ...headTerms(context, candidate.passage.id)]);
  // Where no sentence gives them so, its story may: the sentence before it and those that go on telling it ("The
  // presidency sent parliament a motion …" after "Azerbaijan was left to choose its site"). Only then: a sentence that
  // goes on from the anchor's ("Under the deal Turkey sets up …" after "… agree to create a demilitarised zone") is not it.
  const storyNames = (candidate: Candidate) => {
    const previous = context.neighbour(candidate.passage, -1);
    return new Set([...ownNames(candidate), ...context.termsAround(candidate.passage, [...(candidate.claim?.sequel ?? []), ...(previous ? [previous] : [])])]);
  };
  const sameKind = (candidate: Candidate) => candidate.claim !== undefined && [...eventTypes.typesOf(candidate.claim.focus.text)].some((t) => asked.has(t));
  const holds = (candidate: Candidate, named: ReadonlySet<string>) => {
    if (names.length > 0 && support(index, { terms: names }, named) < 1) return false;
    const share = support(index, query, context.termsAround(candidate.passage, []));
    return share >= ANCHOR_SUPPORT || (sameKind(candidate) && share >= KIND_SUPPORT);
  };
  const dated: Scored[] = [];
  for (const candidate of candidatesOf(context, retrieve(context, question, query, tuning))) {
    const event = candidate.claim && events.eventOf.get(candidate.claim);
    if (event && event.status !== 'background') dated.push(scorer.score(candidate));
  }
  const strict = dated.filter((c) => holds(c, ownNames(c)));
  const loose = strict.length > 0 ? strict : dated.filter((c) => holds(c, storyNames(c)));
  // "The shoot-down" is a happening told with its particle: the sentence of another deed of the same verb ("shot dead",
  // "the shooting") holds all its terms, as the particle is a stop word.
  const deeds = analyzer.phrasalVerbs(words, language);
  const tellsDeed = (c: Scored) => {
    const phrasal = analyzer.phrasalVerbs(c.passage.text, c.passage.language);
    return deeds.every((deed) => phrasal.includes(deed));
  };
  const ofDeed = loose.filter(tellsDeed);
  const held = ofDeed.length > 0 ? ofDeed : loose;
  const best = held.reduce<Scored | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  // Another source may tell the same happening to the day where the best tells only its month ("I december … skjuter en
  // turkisk polis ihjäl den ryska Turkietambassadören" and a live blog's "Monday 19 December 2016"): an anchor scored
  // nearly as well, or one that names the anchor's names and tells its kind of happening, dated within the best's
  // date, places "the day after" it.
  const coarse = best?.claim && events.eventOf.get(best.claim);
  const finer = coarse
    ? held
        .filter((s) => s.score >= PRECISE_SHARE * (best?.score ?? 0) || (names.length > 0 && sameKind(s)))
        .map((s) => s.claim && events.eventOf.get(s.claim))
        .filter((e) => e !== undefined && e.date.length > coarse.date.length && e.date.startsWith(coarse.date))
        .sort((a, b) => (b?.date.length ?? 0) - (a?.date.length ?? 0))[0]
    : undefined;
  const event = finer ?? coarse;
  if (!event) return null;
  // As an answer is dated: a plan by the date it is planned for.
  if (event.plannedFor) return { date: event.plannedFor, eventId: event.id };
  // A source that tells the event to the day ("on Wednesday") places "the day before" it, where one that says "in January" cannot.
  const told = events.claims.filter((c) => events.eventOf.get(c) === event && c.date.startsWith(event.date)).map((c) => c.date);
  return { date: told.reduce((a, b) => (b.length > a.length ? b : a), event.date), eventId: event.id };
}

import { tellsStory, type Passage } from '../corpus/types.ts';
import type { Query } from '../search/query.ts';
import { support } from '../search/support.ts';
import { ofAnotherTime } from './another-time.ts';
import type { AnswerContext } from './context.ts';
import { askingOf, type Asking } from './asking.ts';
import { ANSWER_CLASS, ASKING_WORDS, EARLIEST_WORDS, expectedFact, REQUIRED, type FactType } from './expected.ts';
import { findFact, type FoundFact } from './facts.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Scored } from './scoring.ts';
import { DeedRewordings } from './reworded.ts';
import type { AnswerTuning } from './tuning.ts';

/** A fact and the sentence it stands in: the candidate's own, or a neighbour in its paragraph. */
export interface PlacedFact extends FoundFact {
  passage: Passage;
}

/** Facts a writer often gives in the sentence next to the one telling the event: the reason, the words someone said, a measure ("It runs 930 kilometres"). */
const TOLD_NEXT_TO: ReadonlySet<FactType> = new Set(['reason', 'quotation', 'number']);

/**
 * The candidate to answer with: the best-scored one that gives a fact of the expected type, if one
 * scores within reach of the best; else the best. The first of equals, so retrieval order breaks ties.
 */
export function select(context: AnswerContext, scored: Scored[], question: QuestionAnalysis, query: Query, tuning: AnswerTuning): { best: Scored | undefined; fact: PlacedFact | null } {
  const best = bestOf(scored);
  const type = expectedFact(question);
  if (!best || !type || type === 'date') return { best, fact: null };
  const ranked = scored.filter((c) => c.score >= best.score * tuning.factReach).sort((a, b) => b.score - a.score);
  const asking = askingOf(question.text, question.guess, context.sources.index, query.text === question.text ? query : undefined);
  const factOf = (c: Scored) => placedFact(context, question, type, asking, c.passage);
  // A fact tied to the question's words (the doer of the verb asked about) wins, one in the candidate's own sentence
  // before one in its neighbour; else the best candidate's own fact; else, when the best gives none that the answer
  // needs (a heading, "Akkuyu explained", or a digest's line without the place another report names), the first
  // candidate within reach that gives one.
  let chosen: { best: Scored; fact: PlacedFact; weight: number } | undefined;
  let first: { best: Scored; fact: PlacedFact } | undefined;
  for (const candidate of ranked) {
    // A fact told of another time than the question names answers another question ("Why did Erdogan write in June 2016?" is not the Sochi deal's aim).
    if (ofAnotherTime(candidate, question, context)) continue;
    const fact = factOf(candidate);
    // A neighbour's fact untied to the question tells of something else ("The coup failed because …" next to "… began to discuss buying the S-400").
    if (fact && !first && (fact.asked || fact.passage === candidate.passage)) first = { best: candidate, fact };
    // A chronology's heading places every entry under it: its place is the entry's own, not a neighbour's.
    const own = fact !== null && (fact.passage === candidate.passage || (fact.type === 'place' && fact.passage.id === candidate.passage.headingId));
    const weight = fact?.asked ? candidate.score * (own ? 1 : tuning.neighbourFact) * (fact.tentative ? tuning.tentativeFact : 1) : 0;
    // A fact of the kind the question names ("the village of …" for "In which village …") answers it where a better-scored place of another kind does not.
    if (fact && weight > 0 && (chosen === undefined || (fact.classed === chosen.fact.classed ? weight > chosen.weight : fact.classed))) chosen = { best: candidate, fact, weight };
  }
  // The best sentence, told of another time than the question names, gives no fact of its own: it answers another question.
  const own = ofAnotherTime(best, question, context) ? null : factOf(best);
  // Only a sentence that tells most of the question itself: a doer tied to the question by its verb alone ("Putin also said …" for "Who said the offer had expired?") is no answer.
  const tellsQuestion = (c: Scored) => support(context.sources.index, query, context.sources.index.termsOf(c.passage.id)) >= tuning.minSupport;
  // Words the story of the best goes on to quote from the one asked about ("But he warned that …" after the meeting it dates) answer better than
  // words of nobody asked for in the sentence that dates it ("pledged a "tough" reconciliation").
  if (!chosen && own && !own.asked && type === 'quotation' && best.claim) chosen = sequelQuotation(scored, best, (c) => factOf(c));
  if (!chosen && !own && REQUIRED.has(type)) chosen = farAskedFact(scored.filter(tellsQuestion), best.score * tuning.askedFactReach, best.score * tuning.factReach, (c) => (ofAnotherTime(c, question, context) ? null : factOf(c)));
  return chosen ?? (own || !REQUIRED.has(type) ? { best, fact: own } : (first ?? { best, fact: null }));
}

/** The first sentence of the best's story whose own words are tied to the question, as the candidate that quotes it. */
function sequelQuotation(scored: Scored[], best: Scored, factOf: (c: Scored) => PlacedFact | null): { best: Scored; fact: PlacedFact; weight: number } | undefined {
  for (const passage of best.claim?.sequel ?? []) {
    const candidate = scored.find((c) => c.passage === passage && c.claim === best.claim);
    const fact = candidate && factOf(candidate);
    if (candidate && fact?.asked && fact.passage === passage && !fact.tentative) return { best: candidate, fact, weight: candidate.score };
  }
  return undefined;
}

/** The best candidate scored from `floor` up to below `reach` whose own sentence gives a fact tied to the question. */
function farAskedFact(scored: Scored[], floor: number, reach: number, factOf: (c: Scored) => PlacedFact | null): { best: Scored; fact: PlacedFact; weight: number } | undefined {
  for (const candidate of scored.filter((c) => c.score >= floor && c.score < reach).sort((a, b) => b.score - a.score)) {
    const fact = factOf(candidate);
    if (fact?.asked && fact.passage === candidate.passage && !fact.tentative) return { best: candidate, fact, weight: candidate.score };
  }
  return undefined;
}

/** The fact of `type` in a passage, or, for facts told next to their event, in the sentence before or after it in its paragraph. */
function placedFact(context: AnswerContext, question: QuestionAnalysis, type: FactType, asking: Asking, passage: Passage): PlacedFact | null {
  const { analyzer, eventTypes } = context.sources;
  const factIn = (p: Passage, text: string, previous: Passage | undefined) =>
    findFact(type, { text, language: p.language, question: question.text, questionLanguage: question.language, analyzer, eventTypes, asking, ...(previous ? { previous: previous.text } : {}), ...speakerOf(p) });
  const speakerOf = (p: Passage) => {
    const speaker = context.speakerOf(p);
    return speaker === undefined ? {} : { speaker };
  };
  const at = (p: Passage): PlacedFact | null => {
    const before = context.neighbour(p, -1);
    // A cause that points back ("The incident angered Russia …") points to the happening its story opens on, which may be sentences before.
    const head = type === 'reason' ? context.governing(p).map((c) => c.passage).find((h) => h !== p && continues(p, h)) : undefined;
    const previous = head ?? (continues(p, before) ? before : undefined);
    const fact = factIn(p, p.text, previous) ?? (p.reading ? asWritten(factIn(p, p.reading, previous), p.text) : null);
    return fact ? { ...fact, passage: fact.inPrevious && previous ? previous : p } : null;
  };
  const own = at(passage);
  if (!own && type === 'place') return headingPlace(context, passage);
  // A writer's report of someone's words ("Erdogan confirmed that …") is surer told in their own words, which the next sentence may quote ("…," he said).
  if (own && type === 'quotation' && !verbatim(own)) {
    const next = context.neighbour(passage, 1);
    const quoted = continues(passage, next) ? at(next) : null;
    if (quoted?.asked && verbatim(quoted)) return quoted;
  }
  // A place untied to the question ("zones in Syria") gives way to one its paragraph ties to it ("talks in Astana").
  if (own && !own.asked && type === 'place') return toldNextTo(context, passage, at).find((f) => f.asked) ?? own;
  if (own || !TOLD_NEXT_TO.has(type)) return own;
  const found = toldNextTo(context, passage, at);
  return found.find((f) => f.asked) ?? found[0] ?? null;
}

function toldNextTo(context: AnswerContext, passage: Passage, at: (p: Passage) => PlacedFact | null): PlacedFact[] {
  // Nearest first; a paragraph tells one story, so the reason may come two sentences on ("Putin offers condolences. According to the Kremlin it was a mistake …").
  // Not one that dates another happening: a chronology's paragraph tells one event a sentence.
  const dates = new Set(context.claimsIn(passage).map((c) => c.date));
  const another = (p: Passage) => dates.size > 0 && context.claimsIn(p).length > 0 && !context.claimsIn(p).some((c) => dates.has(c.date));
  const neighbours = [-1, 1, -2, 2].map((by) => context.neighbour(passage, by)).filter((p): p is Passage => sameStory(passage, p) && !another(p));
  return neighbours.map(at).filter((f): f is PlacedFact => f !== null);
}

/**
 * A fact found in a sentence as its document's declared readings read it ("two F16 Turkish fighters
 * dropped …" read as "shot down"), placed in the sentence as written: only a fact whose words the
 * reading left as they were.
 */
function asWritten(fact: FoundFact | null, written: string): FoundFact | null {
  if (!fact || fact.inPrevious) return null;
  const start = written.indexOf(fact.text);
  return start < 0 ? null : { ...fact, start, end: start + fact.text.length };
}

/** Sentences of one paragraph tell one story; so do the entries under one heading (a chronology's date). */
function sameStory(passage: Passage, other: Passage | undefined): other is Passage {
  return other !== undefined && (other.paragraph === passage.paragraph || (other.headingId !== undefined && other.headingId === passage.headingId));
}

/** The sentence next to one goes on telling it when both tell the story under the same heading: a news story's paragraph may be one sentence. */
function continues(passage: Passage, other: Passage | undefined): other is Passage {
  return other !== undefined && tellsStory(other.kind) && other.headingId === passage.headingId;
}

/** Whether a quotation is the speaker's own words, in quotation marks, rather than reported ones. */
const verbatim = (fact: PlacedFact) => /["“„«]$/u.test(fact.passage.text.slice(0, fact.start));

/** The place after the dash of a "date — place" heading (a chronology's), which places the entries below it. */
const HEADING_PLACE = /[—–]\s*(\p{Lu}[^—–]*?)[\s:.]*$/u;

/** The place of an entry without one of its own, from the heading it stands under. */
function headingPlace(context: AnswerContext, passage: Passage): PlacedFact | null {
  const heading = passage.kind === 'entry' && passage.headingId !== undefined ? context.passage(passage.headingId) : undefined;
  const found = heading ? HEADING_PLACE.exec(heading.text) : null;
  if (!heading || !found?.[1]) return null;
  const start = found.index + found[0].indexOf(found[1]);
  return { type: 'place', text: found[1], start, end: start + found[1].length, asked: true, tentative: false, inPrevious: false, classed: false, passage: heading };
}

/** The best-scored candidate; the first of equals, so retrieval order breaks ties. */
export function bestOf(scored: Scored[]): Scored | undefined {
  let best: Scored | undefined;
  for (const option of scored) if (!best || option.score > best.score) best = option;
  return best;
}

/**
 * The chosen candidate with the date its own sentence gives: a sentence weighed as a whole ("On 17 July the Kremlin let
 * the deal lapse") that one of its clauses dates is answered with that clause's date, the best-scored one's, so the
 * answer says when as well as what.
 */
export function withOwnDate(scored: Scored[], best: Scored): Scored {
  if (best.claim) return best;
  const dated = bestOf(scored.filter((option) => option.origin === 'clause' && option.passage.id === best.passage.id));
  return dated?.claim ? { ...best, claim: dated.claim } : best;
}

/**
 * How much of the question the documents answer with the candidate: 0 when the question names something
 * unknown. A fact of the kind asked for, tied to the question, answers the words that ask for its kind.
 */
export function supportOf(context: AnswerContext, best: Scored | undefined, query: Query, tuning: AnswerTuning, question: QuestionAnalysis, fact: PlacedFact | null): number {
  if (!best || context.sources.index.unknownNames(query).length > 0) return 0;
  // Any place answers "Where is X located"; the words of other kinds are answered by a fact tied to the question.
  const asking = fact?.asked || fact?.type === 'place' ? ASKING_WORDS[fact.type] : undefined;
  const { analyzer } = context.sources;
  const wordsOf = (pattern: RegExp) => analyzer.terms([...question.text.matchAll(pattern)].map((m) => m[0]).join(' '), question.language);
  const answered = new Set(asking ? wordsOf(asking) : []);
  // "What country hosted …": the fact found is of the kind the question's class noun names.
  const classNoun = fact ? ANSWER_CLASS.exec(question.text)?.[1] : undefined;
  if (classNoun) for (const t of analyzer.terms(classNoun, question.language)) answered.add(t);
  if (question.kind === 'when' && best.claim) for (const t of wordsOf(EARLIEST_WORDS)) answered.add(t);
  // A fact tied to the question's deed that its sentence words otherwise, as a happening of the same kind ("recaptured" for "take back"), answers the deed's words.
  // So does the clause a when-question's date belongs to ("the shipment of the first batch" for "arrive").
  const told = fact?.asked ? fact.passage : question.kind === 'when' && best.claim ? best.claim.passage : undefined;
  if (told) {
    const held = context.sources.index.termsOf(told.id);
    const text = fact?.asked ? told.text : (best.claim?.focus.text ?? told.text);
    for (const t of analyzer.terms(deedOfKind(context, question.text, text), question.language)) if (!held.has(t)) answered.add(t);
  }
  // A verb the sentence words as another deed of its kind ("reach" for "delivered") counts as a synonym would.
  const deeds = new DeedRewordings(analyzer, context.sources.eventTypes, query, tuning.rewordedDeed);
  const supported = (q: Query) => {
    const rest = q.terms.filter((t) => !answered.has(t));
    const expansions = deeds.expansionsIn(best.passage, q.expansions);
    return storySupport(context, best, { ...q, terms: rest.length > 0 ? rest : q.terms, expansions }, tuning);
  };
  if (question.guess.confident) return supported(query);
  // A question of unsure language is read in each language alone: an English word read as Swedish ("how", "much") is no term the answer lacks.
  const readings = (['en', 'sv'] as const).map((language) => context.sources.index.analyse(query.text, { language, confident: true }));
  return Math.max(...readings.map(supported));
}

/** The question's words, alone or with the next one ("take back"), that name a kind of happening a sentence tells. */
function deedOfKind(context: AnswerContext, question: string, sentence: string): string {
  const { eventTypes } = context.sources;
  const told = eventTypes.typesOf(sentence);
  if (told.size === 0) return '';
  const words = question.split(/[^\p{L}-]+/u).filter(Boolean);
  const ofKind = (phrase: string) => [...eventTypes.typesOf(phrase)].some((k) => told.has(k));
  return words.flatMap((w, i) => (ofKind(w) ? [w] : i + 1 < words.length && ofKind(`${w} ${words[i + 1]}`) ? [w, words[i + 1] ?? ''] : [])).join(' ');
}

/** Support of the answer's sentence with the sentences that go on telling its story; the one before counts half. */
function storySupport(context: AnswerContext, { passage, claim }: Scored, query: Query, tuning: AnswerTuning): number {
  const { index } = context.sources;
  const previous = context.neighbour(passage, -1);
  const story = claim?.sequel.some((p) => p.id === passage.id) ? [claim.passage] : (claim?.sequel ?? []);
  const topic = context.topicTerms(passage);
  // The title and heading a sentence stands under count at a share: they name its subject, not what it tells.
  const supported = (passages: Passage[]) => {
    const terms = context.termsAround(passage, passages);
    const alone = support(index, query, terms);
    return alone + (support(index, query, new Set([...terms, ...topic])) - alone) * tuning.titleShare;
  };
  const own = supported(story);
  const withPrevious = previous ? supported([...story, previous]) : own;
  return (own + withPrevious) / 2;
}

import type { Language } from '../corpus/types.ts';
import type { PassageIndex } from '../search/passage-index.ts';
import { refersBack } from '../search/analysis.ts';
import type { Query } from '../search/query.ts';
import type { TimelineEvent } from '../events/types.ts';
import { ABBREVIATION_PLURAL } from '../text/analyzer.ts';
import type { AnswerContext } from './context.ts';
import { eventsIn } from './period.ts';
import type { Period } from './question.ts';
import type { AnswerTuning } from './tuning.ts';

/** The events of a topic timeline, and the topic's words they were matched by (what the answer says it listed). */
export interface TopicEvents {
  events: TimelineEvent[];
  matched: string[];
}

/**
 * Events of a period, optionally about a topic, in date order. A topic that names something ("the S-400
 * affair", "the Akkuyu plant", "Idlib") is about what it names: an event belongs when its sentences, with
 * their paragraphs, hold most of the names (weighted by rarity), or when the headline or heading it stands
 * under does (the entries of "Turkey's S-400
 * affair: a chronology", "the plant" in an explainer on Akkuyu). A topic of common words only ("the gas
 * pipeline") takes the events that hold most of its words, or stand under a headline or heading that does
 * ("the project" under "Turkey's first nuclear power plant"). Only words some event of the period tells count:
 * one none tells narrows nothing. A name no document mentions ("the Brexit talks") leaves no event.
 */
export function eventsAbout(context: AnswerContext, period: Period, topic: Query, tuning: AnswerTuning): TimelineEvent[] {
  return topicEvents(context, period, topic, tuning).events;
}

export function topicEvents(context: AnswerContext, period: Period, topic: Query, tuning: AnswerTuning): TopicEvents {
  const { index, events: corpus } = context.sources;
  const events = eventsIn(corpus.events, period, context.dateRanges);
  // Topic words found in most passages ("Russia", "Turkey") do not narrow a timeline.
  const generic = Math.log(1 + 1 / tuning.genericTermShare);
  const narrowing = (terms: string[]) => terms.filter((term) => index.idf(term) > generic);
  // The words as read in the question's language: "gas" read as Swedish is "gå", which "We've gone through" holds.
  // A word no document uses that is no name words the request, not its topic: "a rundown of 2017".
  const named = namesOf(topic, true);
  const known = (term: string) => narrowing([term]).length > 0 && (index.uses(term) || named.includes(term));
  const qualifying = qualifyingTerms(topic, known);
  const worded = (terms: string[]) => terms.filter((term) => known(term) && !qualifying.has(term));
  const own = worded([...new Set(topic.spans.map((s) => s.term))]);
  const terms = own.length > 0 ? own : worded(topic.terms);
  if (terms.length === 0) return { events, matched: [] };
  // A topic's words are cut from inside a question: a capital opening them is a name's.
  const unknown = index.unknownNames(topic, true);
  if (unknown.length > 0) return { events: [], matched: unknown };
  // A sentence speaks of its paragraph's topic: "a fragile truce" follows "cooperated in Idlib". One that names a
  // distinctive name of its own speaks of that: "the worst clashes … in the Idlib region" is no TurkStream event for
  // following "Erdogan describes Turkstream as …". The two sides of every story ("a truce was brokered
  // between Moscow and Ankara") are in too many passages to tell one story from another: no topic of their own.
  const { aliases } = context.sources.analyzer.lexicon;
  const common = Math.log(1 + 1 / tuning.distinctiveNameShare);
  const distinctive = (term: string) => aliases.nameOf(term) !== undefined && index.idf(term) > common;
  // A sentence after it in its section that opens on what it told names it too: "… signing a major gas transport
  // project" is TurkStream's for "The project, dubbed Turkey Stream, …", in a paragraph of its own.
  const storyOf = (passageId: string) => {
    const terms = index.termsOf(passageId);
    const passage = context.passage(passageId);
    const next = passage && context.neighbour(passage, 1);
    const story = [...terms].some(distinctive) ? new Set(terms) : context.termsInParagraphContext(passageId);
    if (next && next.headingId === passage.headingId && refersBack(next)) for (const term of index.termsOf(next.id)) story.add(term);
    return story;
  };
  const told = once((event: TimelineEvent) => event.citations.map((c) => storyOf(c.passageId)));
  const under = once((event: TimelineEvent) => event.citations.map((c) => headTerms(context, c.passageId, true)));
  // A topic word some event tells as written is looked for as written: its looser senses ("warplane" → aircraft) take
  // in every anti-aircraft system. One no event writes so is looked for in its senses.
  // A word only the headline or heading above some events writes ("holidaymakers" over a table of dated rows) is one
  // they tell too.
  const toldOrUnder = (event: TimelineEvent) => [...told(event), ...under(event)];
  const written = new Set(terms.filter((term) => events.some((event) => toldOrUnder(event).some((held) => held.has(term)))));
  const holds = (held: ReadonlySet<string>, term: string) => (written.has(term) ? [term] : index.senses(term)).some((sense) => held.has(sense));
  const found = terms.filter((term) => events.some((event) => toldOrUnder(event).some((held) => holds(held, term))));
  if (found.length === 0) return { events: [], matched: wordsOf(topic, terms) };
  const names = found.filter((term) => named.includes(term));
  const weighed = names.length > 0 ? names : found;
  // Neighbours lend a sentence the names of its story, not their common words: "The project slowed down during the
  // crisis that followed Turkey's downing of a Russian bomber" makes the plant's agreement before it no warplane event.
  // "Erdogan expresses regret about the incident": a sentence that calls its happening only "the incident" tells the
  // one its paragraph told last, a few sentences before, with the topic's words.
  const referred = (passageId: string): ReadonlySet<string> => {
    const own = index.termsOf(passageId);
    const passage = context.passage(passageId);
    if (!passage || !GENERIC_ANAPHOR[passage.language].test(passage.text)) return own;
    for (let by = -1; by >= -ANAPHOR_REACH; by--) {
      const before = context.neighbour(passage, by);
      if (before?.paragraph !== passage.paragraph) break;
      const terms = index.termsOf(before.id);
      if (weighed.some((term) => holds(terms, term))) return new Set([...own, ...terms]);
    }
    return own;
  };
  const toldOwn = names.length > 0 ? told : once((event: TimelineEvent) => event.citations.map((c) => referred(c.passageId)));
  const most = (sets: Array<ReadonlySet<string>>) => sets.some((held) => share(index, held, weighed, holds) >= tuning.topicShare);
  return { events: events.filter((event) => most(toldOwn(event)) || most(under(event))), matched: wordsOf(topic, weighed) };
}

/**
 * A happening named by a word for any happening ("the incident", "händelsen"), not told by a clause of its own
 * ("the incident that …", "the incident of …"): it is one the text told before.
 */
const GENERIC_ANAPHOR: Record<Language, RegExp> = {
  en: /\b(?:the|this|that)\s+(?:incident|episode|affair|tragedy)\b(?!\s+(?:that|which|of|in|at|on|between)\b)/iu,
  sv: /\b(?:händelsen|incidenten|affären|tragedin)\b(?!\s+(?:som|i|på|mellan)\b)/iu,
};
/** How many sentences back in its paragraph the happening "the incident" tells may stand. */
const ANAPHOR_REACH = 3;

/** A relative clause after a topic's noun: "the prisoner swaps that Turkey helped arrange", "avtalet som sedan föll". */
const RELATIVE_CLAUSE = /(?<![\p{L}\p{N}])(?:that|which|who|whom|som)(?![\p{L}\p{N}])[^,;]*/iu;

/**
 * The words of a relative clause, which qualify the topic's noun rather than name what it is: the swaps are the
 * topic, not the helping or Turkey, which tell too little or too much of them. None when the noun before the
 * clause tells nothing the documents know of: the clause is then all there is to go by.
 */
function qualifyingTerms(topic: Query, known: (term: string) => boolean): Set<string> {
  const clause = RELATIVE_CLAUSE.exec(topic.text);
  if (!clause) return new Set();
  const start = clause.index;
  const end = start + clause[0].length;
  const inside = (s: Query['spans'][number]) => s.start >= start && s.end <= end;
  const outside = new Set(topic.spans.filter((s) => !inside(s)).map((s) => s.term));
  if (![...outside].some(known)) return new Set();
  return new Set(topic.spans.filter((s) => inside(s) && !outside.has(s.term)).map((s) => s.term));
}

/** The words a timeline says its events are about: ‘S-400’, ‘gas pipeline’. */
export const quotedTopic = (words: string[]): string => (words.length > 0 ? `‘${words.join(' ')}’` : '');

/** The topic's words, as the question writes them, for the terms that matched. */
function wordsOf(topic: Query, terms: string[]): string[] {
  return [...new Set(topic.spans.filter((s) => terms.includes(s.term)).map((s) => topic.text.slice(s.start, s.end)))];
}

/** A function of an event worked out once per timeline: a topic weighs every term against every event. */
function once<T>(of: (event: TimelineEvent) => T): (event: TimelineEvent) => T {
  const known = new Map<TimelineEvent, T>();
  return (event) => {
    if (!known.has(event)) known.set(event, of(event));
    return known.get(event) as T;
  };
}

/** The rarity-weighted share of `terms` a set of terms holds. */
function share(index: PassageIndex, held: ReadonlySet<string>, terms: string[], holds: (held: ReadonlySet<string>, term: string) => boolean): number {
  const total = terms.reduce((sum, term) => sum + index.idf(term), 0);
  return terms.reduce((sum, term) => sum + (holds(held, term) ? index.idf(term) : 0), 0) / total;
}

/**
 * The terms of a topic's names: words with a digit or capitalised ("S-400", "Akkuyu"), not the thing said
 * about them ("affair"). A capital opening the text is a name only in words cut from inside a sentence (`inner`).
 */
export function namesOf(topic: Query, inner = false): string[] {
  // A name the alias table knows is one in lower case too ("who paid for akkuyu"): students type so.
  // A compound's capital is its first part's ("Astanasamtalen" names Astana, not samtal); a whole no passage holds stands for its parts.
  const partOf = (i: number) => topic.spans.slice(0, i).filter((s) => s.start === topic.spans[i]?.start).length;
  const named = topic.spans.filter(
    ({ start, end, name }, i) => {
      const written = topic.text.slice(start, end);
      return name === true || /\d/u.test(written) || ((inner || start > 0) && partOf(i) <= 1 && /^\p{Lu}/u.test(written) && !ABBREVIATION_PLURAL.test(written));
    },
  );
  return [...new Set(named.map((s) => s.term))].filter((term) => topic.terms.includes(term));
}

/**
 * The terms of what a passage stands under: its document's headline and the heading above it, and with `about`
 * what else says what the whole document is about: a subtitle ("How a Russian air-defence purchase set Ankara
 * against its NATO allies") and a reference article's infobox ("… monitoring the ceasefire in the Karabakh
 * conflict zone"), where the headline does not.
 */
export function headTerms(context: AnswerContext, passageId: string, about = false): ReadonlySet<string> {
  const { index } = context.sources;
  const passage = context.passage(passageId);
  const passages = (passage && context.documents.get(passage.documentId)?.passages) ?? [];
  const headline = passages.find((p) => p.kind === 'title');
  const whole = about ? passages.filter((p) => p.kind === 'field' || p.kind === 'subtitle').map((p) => p.id) : [];
  return new Set([headline?.id, passage?.headingId, ...whole].flatMap((id) => (id ? [...index.termsOf(id)] : [])));
}

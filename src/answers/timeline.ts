import type { PassageIndex } from '../search/passage-index.ts';
import type { Query } from '../search/query.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { AnswerContext } from './context.ts';
import { eventsIn } from './period.ts';
import type { Period } from './question.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * Events of a period, optionally about a topic, in date order. A topic that names something ("the S-400
 * affair", "the Akkuyu plant", "Idlib") is about what it names: an event belongs when its sentences, with
 * their paragraphs, hold most of the names (weighted by rarity), or when the headline or heading it stands
 * under does (the entries of "Turkey's S-400 affair: a chronology", "the plant" in an explainer on Akkuyu).
 * A topic of common words only ("the gas pipeline") takes the events that hold most of its words. Only
 * words some event of the period tells count: one none tells narrows nothing.
 */
export function eventsAbout(context: AnswerContext, period: Period, topic: Query, tuning: AnswerTuning): TimelineEvent[] {
  const { index, events: corpus } = context.sources;
  const events = eventsIn(corpus.events, period, context.dateRanges);
  // Topic words found in most passages ("Russia", "Turkey") do not narrow a timeline.
  const generic = Math.log(1 + 1 / tuning.genericTermShare);
  const terms = topic.terms.filter((term) => index.idf(term) > generic);
  if (terms.length === 0) return events;
  // A sentence speaks of its paragraph's topic: "a fragile truce" follows "cooperated in Idlib".
  const told = once((event: TimelineEvent) => event.citations.map((c) => context.termsInParagraphContext(c.passageId)));
  const under = once((event: TimelineEvent) => event.citations.map((c) => headTerms(context, c.passageId)));
  const found = terms.filter((term) => events.some((event) => told(event).some((held) => holds(index, held, term))));
  if (found.length === 0) return [];
  const names = found.filter((term) => namesOf(topic).includes(term));
  const most = (sets: Array<ReadonlySet<string>>, weighed: string[]) => sets.some((held) => share(index, held, weighed) >= tuning.topicShare);
  if (names.length === 0) return events.filter((event) => most(told(event), found));
  return events.filter((event) => most(told(event), names) || most(under(event), names));
}

/** A function of an event worked out once per timeline: a topic weighs every term against every event. */
function once<T>(of: (event: TimelineEvent) => T): (event: TimelineEvent) => T {
  const known = new Map<TimelineEvent, T>();
  return (event) => {
    if (!known.has(event)) known.set(event, of(event));
    return known.get(event) as T;
  };
}

/** As written or as a sense of it: near-spellings and looser rewordings ("plant" → "plan", "affair" → "matter") are in most texts. */
const holds = (index: PassageIndex, held: ReadonlySet<string>, term: string) => index.senses(term).some((sense) => held.has(sense));

/** The rarity-weighted share of `terms` a set of terms holds. */
function share(index: PassageIndex, held: ReadonlySet<string>, terms: string[]): number {
  const total = terms.reduce((sum, term) => sum + index.idf(term), 0);
  return terms.reduce((sum, term) => sum + (holds(index, held, term) ? index.idf(term) : 0), 0) / total;
}

/**
 * The terms of a topic's names: words with a digit or capitalised ("S-400", "Akkuyu"), not the thing said
 * about them ("affair"). A capital opening the text is a name only in words cut from inside a sentence (`inner`).
 */
export function namesOf(topic: Query, inner = false): string[] {
  const named = topic.spans.filter(({ start, end }) => /\d/u.test(topic.text.slice(start, end)) || ((inner || start > 0) && /^\p{Lu}/u.test(topic.text.slice(start, end))));
  return [...new Set(named.map((s) => s.term))];
}

/** The terms of what a passage stands under: its document's headline and the heading above it. */
export function headTerms(context: AnswerContext, passageId: string): ReadonlySet<string> {
  const { index } = context.sources;
  const passage = context.passage(passageId);
  const headline = passage && context.documents.get(passage.documentId)?.passages.find((p) => p.kind === 'title');
  return new Set([headline?.id, passage?.headingId].flatMap((id) => (id ? [...index.termsOf(id)] : [])));
}

import type { Corpus, CorpusDocument, Language, Passage } from '../corpus/types.ts';
import { transcriptTurns } from '../corpus/layout.ts';
import { DateRanges, partialDateRange } from '../dates/index.ts';
import type { EventTypes, Gazetteer } from '../events/lexicon.ts';
import type { Citation, TimelineEvent } from '../events/types.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { datesIn, headlineProblems, MAX_OPTION_LENGTH, MAX_STEM_EVENT_LENGTH, withoutDates } from './headline.ts';
import { People } from './people.ts';
import { statesDate, statesExactly, withSentenceBefore } from './proof.ts';
import { narrativeOf, type Told } from './narrative.ts';
import { findQuotations, type Quotation } from './quotations.ts';
import { findThreads, type Threads } from './threads.ts';
import { wordingOf, type QuizWording } from './wording.ts';

/** What questions are made from: the server's events and documents, and the language data that reads them. */
export interface QuizSource {
  events: readonly TimelineEvent[];
  corpus: Corpus;
  analyzer: Analyzer;
  gazetteer: Gazetteer;
  eventTypes: EventTypes;
  people: ReadonlyMap<string, readonly string[]>;
}

export interface Period {
  start: string;
  end: string;
}

/** Everything the kinds of question and the validator need to know of one source, in one language and period. */
export interface QuizContext {
  language: Language;
  wording: QuizWording;
  /** Every event, asked about or not: a distractor must not be right for any of them. */
  events: readonly TimelineEvent[];
  byId: ReadonlyMap<string, TimelineEvent>;
  /** The events a question may be about: happened, dated on the calendar, not in doubt, not told in passing, in the period. */
  askable: TimelineEvent[];
  /** Whether the events layer doubts an event's date and no quote proves it: no question may rest on that date. */
  dateInDoubt(event: TimelineEvent): boolean;
  /**
   * The happened events whose date is in doubt, not told in passing: asked only by what their
   * sources say, never by when (statement-kinds.ts). None in a quiz of a period, which would
   * tell that they happened in it.
   */
  undated: TimelineEvent[];
  /** The two countries the corpus is about, as the events name them. */
  pair: readonly string[];
  /** The actors (people, states, groups) a text names, by any spelling or by a state's capital. */
  actorsIn(text: string): string[];
  /** The states a text names by their capital or seat of government. */
  statesBySeatIn(text: string): string[];
  people: People;
  threads: Threads;
  quotations: Quotation[];
  passage(id: string): Passage | undefined;
  /** The sentence before a passage in its paragraph: a quote may carry it when the passage's date counts from it. */
  before(passage: Passage): Passage | undefined;
  /**
   * The citations of an event that prove a date of it (its agreed date unless said), each alone or
   * with the sentence before it (proof.ts), in the event's order: what a reveal may show for it.
   */
  datedCitations(event: TimelineEvent, date?: string): Citation[];
  /**
   * What a reveal shows to prove an event's agreed date: the citations that state it, or else its
   * own sentence and then the one whose day that sentence names ("The same day Erdogan and Putin
   * met, …" and "… visit to Moscow on August 27 …"); none when neither proves it.
   */
  dateProof(event: TimelineEvent): Citation[];
  /** For an event no quote dates: the story a document tells it in, between happenings whose dates quotes prove (narrative.ts). */
  told(event: TimelineEvent): Told | undefined;
  /** The days distractor dates stay within: the period asked about, or the askable events' span. */
  period: Period;
  /** The period asked about, if one was. */
  requested: Period | undefined;
  /** Whether an event is about the two countries the corpus is about, not one of them and a third party. */
  relevant(event: TimelineEvent): boolean;
  /** When each document was published, to tell how long an ongoing state lasted. */
  published: ReadonlyMap<string, string>;
  /** The days of the dates a distractor is checked against, for every question of the source. */
  dateRanges: DateRanges;
}

/** Shared, per source: the people, threads and quotations do not depend on the language or the period. */
interface Analysis {
  people: People;
  threads: Threads;
  quotations: Quotation[];
  passages: Map<string, Passage>;
  documents: Map<string, CorpusDocument>;
  /** Each passage's sentence before it in its paragraph. */
  before: Map<string, Passage>;
  pair: string[];
  published: Map<string, string>;
  dateRanges: DateRanges;
  dated: Map<string, Citation[]>;
  told: (event: TimelineEvent) => Told | undefined;
}
const analyses = new WeakMap<QuizSource, Analysis>();

/** Who speaks in a passage of a transcript (an interview's "AYDIN: …" turns), by passage id. */
function transcriptSpeakerOf(corpus: Corpus): (passageId: string) => string | undefined {
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  const turns = new Map(corpus.documents.map((d) => [d.meta.id, transcriptTurns(d.original)]));
  return (passageId) => {
    const passage = passages.get(passageId);
    return passage && turns.get(passage.documentId)?.(passage.start);
  };
}

function analysisOf(source: QuizSource): Analysis {
  let found = analyses.get(source);
  if (!found) {
    const published = new Map(source.corpus.documents.map((d) => [d.meta.id, d.meta.published.value]));
    const happened = source.events.filter(isHappened);
    const people = new People({ people: source.people, gazetteer: source.gazetteer, eventTypes: source.eventTypes, corpus: source.corpus, events: happened });
    // The pair is the two groups the events name most: the corpus's subject, read from it.
    const groups = new Map<string, number>();
    for (const e of happened) for (const a of e.actors) if (!source.people.has(a)) groups.set(a, (groups.get(a) ?? 0) + 1);
    const pair = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name]) => name);
    // Made when first asked for: only the "what came next" kind and relevance of an event naming no one need it.
    let narrative: Analysis['told'] | undefined;
    found = {
      people,
      // Plans and background tell the stories too: they bring events together (a reactor approved, a reactor planned).
      threads: findThreads(source.events, source.analyzer, transcriptSpeakerOf(source.corpus)),
      quotations: findQuotations(source.corpus, people),
      passages: new Map(source.corpus.passages.map((p) => [p.id, p])),
      documents: new Map(source.corpus.documents.map((d) => [d.meta.id, d])),
      before: new Map(source.corpus.documents.flatMap((d) => d.passages.flatMap((p, i) => (i > 0 && d.passages[i - 1]?.paragraph === p.paragraph ? [[p.id, d.passages[i - 1] as Passage] as const] : [])))),
      pair,
      published,
      dateRanges: new DateRanges(),
      dated: new Map(),
      told: (event) => (narrative ??= storyOf(analysis, happened))(event),
    };
    const analysis: Analysis = found;
    analyses.set(source, found);
  }
  return found;
}

/** Questions are about what happened: not plans, not background (the events layer's status). */
export function isHappened(event: TimelineEvent): boolean {
  return event.status === 'happened';
}

/** Words that bring in a past happening as the point something else is measured from. */
const SINCE = /(?:since|ever since|sedan)\s+$/iu;

/**
 * Whether every source tells the event only as the point another is measured from ("the worst clashes
 * since Ankara first sent in troops in 2016"): said in passing, its date and wording are not what the
 * source vouches for.
 */
export function toldInPassing(event: TimelineEvent): boolean {
  const core = withoutDates(event.summary, 'en')?.replace(/[.!?]$/u, '').trim();
  if (!core || event.citations.length === 0) return false;
  return event.citations.every((c) => {
    const at = c.quote.toLowerCase().indexOf(core.toLowerCase());
    return at > 0 && SINCE.test(c.quote.slice(0, at));
  });
}

const CALENDAR = /^\d{4}(?:-\d\d){0,2}$/u;

/** Whether a value is a date on the calendar (2016, 2016-06, 2016-06-27). */
export const isCalendarDate = (value: string): boolean => CALENDAR.test(value);

/** The date every source agrees on, as far as they agree: 12 September 2017 and December 2017 agree on 2017. */
export function agreedDate(event: TimelineEvent): string | undefined {
  if (!CALENDAR.test(event.date)) return undefined;
  let parts = event.date.split('-');
  for (const claim of event.claims) {
    const other = claim.date.split('-');
    let k = 0;
    while (k < parts.length && parts[k] === other[k]) k++;
    parts = parts.slice(0, k);
  }
  return parts.length === 0 ? undefined : parts.join('-');
}

/** The days an event covers: an ongoing state ("since December 2019") lasts until its sources were written. */
export function effectiveRange(event: TimelineEvent, published: ReadonlyMap<string, string>): Period {
  const range = partialDateRange(event.date);
  const ongoing = event.citations.some((c) => new RegExp(`(?:since|sedan)\\s+${event.dateText.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'iu').test(c.quote));
  if (!ongoing) return range;
  const ends = event.citations.map((c) => published.get(c.documentId)).filter((d): d is string => d !== undefined).map((d) => partialDateRange(d).end);
  return { start: range.start, end: [range.end, ...ends].sort().at(-1) as string };
}

export function quizContext(source: QuizSource, language: Language, period?: Period): QuizContext {
  const analysis = analysisOf(source);
  const events = source.events;
  const inPeriod = (e: TimelineEvent) => !period || (partialDateRange(e.date).start >= period.start && partialDateRange(e.date).end <= period.end);
  const askable = events.filter((e) => isHappened(e) && e.certainty !== 'uncertain' && agreedDate(e) !== undefined && !toldInPassing(e) && inPeriod(e));
  const dateInDoubt = (e: TimelineEvent) => (e.certainty === 'uncertain' || (e.doubts?.length ?? 0) > 0) && dateProof(analysis, e).length === 0;
  const undated = period ? [] : events.filter((e) => isHappened(e) && !toldInPassing(e) && dateInDoubt(e));
  const starts = askable.map((e) => partialDateRange(e.date).start).sort();
  const ends = askable.map((e) => partialDateRange(e.date).end).sort();
  const [first, second] = analysis.pair;
  const sideOf = (actor: string) => analysis.people.get(actor)?.country ?? actor;
  return {
    language,
    wording: wordingOf(language),
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    askable,
    dateInDoubt,
    undated,
    pair: analysis.pair,
    actorsIn: (text) => [...new Set([...source.gazetteer.actorsIn(text), ...source.gazetteer.statesBySeatIn(text)])],
    statesBySeatIn: (text) => source.gazetteer.statesBySeatIn(text),
    people: analysis.people,
    threads: analysis.threads,
    quotations: analysis.quotations,
    passage: (id) => analysis.passages.get(id),
    before: (passage) => analysis.before.get(passage.id),
    datedCitations: (event, date = agreedDate(event)) => (date ? datedCitations(analysis, event, date) : []),
    dateProof: (event) => dateProof(analysis, event),
    told: (event) => (provedDate(analysis, event) ? undefined : analysis.told(event)),
    published: analysis.published,
    period: period ?? { start: starts[0] ?? '0001-01-01', end: ends.at(-1) ?? '9999-12-31' },
    requested: period,
    relevant: (event) => {
      // An event a third country's official leads ("US Defense Secretary Mark Esper indicated …") is that country's dealing.
      const lead = analysis.people.namedIn(event.summary)[0];
      const leadSide = lead && analysis.people.get(lead)?.country;
      if (leadSide && leadSide !== first && leadSide !== second) return false;
      // "The two officials signed a cooperation plan": who acted is who acted in the story the sentence continues.
      const story = event.actors.length === 0 && !provedDate(analysis, event) ? analysis.told(event) : undefined;
      const actors = story ? story.before.event.actors : event.actors;
      const sides = new Set(actors.map(sideOf));
      const both = first !== undefined && second !== undefined && sides.has(first) && sides.has(second);
      const others = [...sides].filter((s) => s !== first && s !== second && !source.people.has(s));
      return both || ((sides.has(first ?? '') || sides.has(second ?? '')) && others.length === 0);
    },
    dateRanges: analysis.dateRanges,
  };
}

/** Where documents tell the happenings no quote dates; a story is told by happenings whose dates quotes prove: only they place what is told between them. */
function storyOf(analysis: Analysis, happened: readonly TimelineEvent[]): Analysis['told'] {
  const anchors = happened.filter((e) => e.certainty !== 'uncertain' && !toldInPassing(e) && provedDate(analysis, e));
  const statesIn = (citation: Citation, date: string) => {
    const written = analysis.published.get(citation.documentId);
    return written !== undefined && statesExactly(citation, written, date);
  };
  return narrativeOf({ anchors, passage: (id) => analysis.passages.get(id), statesExactly: statesIn });
}

/** Whether a quote proves the date every source agrees on. */
function provedDate(analysis: Analysis, event: TimelineEvent): boolean {
  const date = agreedDate(event);
  return date !== undefined && datedCitations(analysis, event, date).length > 0;
}

function dateProof(analysis: Analysis, event: TimelineEvent): Citation[] {
  const date = agreedDate(event);
  if (!date) return [];
  const stated = datedCitations(analysis, event, date);
  if (stated.length > 0) return stated;
  const from = event.dateFrom;
  const own = from && event.citations.find((c) => c.documentId === from.documentId);
  const passage = from && analysis.passages.get(from.passageId);
  const published = from && analysis.published.get(from.documentId);
  return own && passage && published && statesDate(from, passage, published, date) ? [own, from] : [];
}

function datedCitations(analysis: Analysis, event: TimelineEvent, date: string): Citation[] {
  const key = `${event.id}\n${date}`;
  let found = analysis.dated.get(key);
  if (!found) {
    found = event.citations.flatMap((citation) => {
      const passage = analysis.passages.get(citation.passageId);
      const published = analysis.published.get(citation.documentId);
      if (!passage || !published) return [];
      if (statesDate(citation, passage, published, date)) return [citation];
      const before = analysis.before.get(passage.id);
      const document = analysis.documents.get(citation.documentId);
      const joined = before && document && withSentenceBefore(citation, passage, before, document.clean);
      return joined && statesDate(joined, passage, published, date) ? [joined] : [];
    });
    analysis.dated.set(key, found);
  }
  return found;
}

/** The event's summary in a language, when a source of that language tells the event. */
export function summaryIn(event: TimelineEvent, language: Language): string | undefined {
  // A summary no source of that language tells is a word-by-word gloss of another's: no headline to show.
  if (!event.citations.some((c) => c.language === language)) return undefined;
  return language === 'en' ? event.summary : event.summaries?.[language];
}

/** The event's summary as a headline naming no date (an option that prints its date gives the order away), at most `maxLength` long. */
function summaryHeadline(event: TimelineEvent, language: Language, maxLength: number): string | undefined {
  const summary = summaryIn(event, language);
  const free = summary && withoutDates(summary, language);
  return free && headlineProblems(free, language, maxLength).length === 0 ? free : undefined;
}

/** A source's sentence as a headline naming no date, in its own language; not one that dates several things, which tells more than this event. */
function sourceHeadlines(event: TimelineEvent, maxLength: number): Array<{ text: string; language: Language }> {
  return event.citations.flatMap((citation) => {
    if (datesIn(citation.quote, citation.language).length !== 1) return [];
    const free = withoutDates(citation.quote, citation.language);
    return free && headlineProblems(free, citation.language, maxLength).length === 0 ? [{ text: free, language: citation.language }] : [];
  });
}

/** The event as an option shows it: its summary's headline, or else a source's own sentence in the quiz's language. */
export function optionText(event: TimelineEvent, language: Language, maxLength = MAX_OPTION_LENGTH): string | undefined {
  return summaryHeadline(event, language, maxLength) ?? sourceHeadlines(event, maxLength).find((h) => h.language === language)?.text;
}

/**
 * The event as an option shows it in a source's own words, in quotation marks and the source's
 * language, without its date (`prefer`'s language first, the quiz's unless said): for a question
 * whose options cannot all be shown in the quiz's language, so that all four have one form.
 */
export function quotedOptionText(event: TimelineEvent, context: Pick<QuizContext, 'language' | 'wording'>, prefer: Language = context.language): { text: string; language: Language } | undefined {
  const own = event.citations.flatMap((citation) => {
    if (datesIn(citation.quote, citation.language).length > 1) return [];
    const free = withoutDates(citation.quote, citation.language);
    return free && headlineProblems(free, citation.language, MAX_OPTION_LENGTH - 2).length === 0 ? [{ text: free, language: citation.language }] : [];
  });
  const found = own.find((h) => h.language === prefer) ?? own[0];
  return found && { text: context.wording.quoted(found.text), language: found.language };
}

/**
 * The event as a stem shows it when its date is the answer: its headline without dates, or else
 * the words of a source (in its own language, in quotation marks) without their date.
 */
export function stemText(event: TimelineEvent, context: Pick<QuizContext, 'language' | 'wording'>): string | undefined {
  const own = summaryHeadline(event, context.language, MAX_STEM_EVENT_LENGTH);
  if (own) return own;
  const source = sourceHeadlines(event, MAX_STEM_EVENT_LENGTH)[0];
  return source && context.wording.quoted(source.text);
}

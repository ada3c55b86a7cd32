import { Answerer } from './answers/answerer.ts';
import { periodBetween } from './answers/period.ts';
import type { Answer } from './answers/schema.ts';
import { corpusOf, loadCorpus } from './corpus/load.ts';
import type { Corpus, CorpusDocument, DocumentMeta, Passage } from './corpus/types.ts';
import { extractDates } from './dates/index.ts';
import { buildBarometer, type Barometer } from './events/barometer.ts';
import { buildEvents, type EventLayer } from './events/build.ts';
import { suggestEvents } from './events/suggest.ts';
import type { TimelineEvent } from './events/types.ts';
import { loadLanguageData, type LanguageData } from './language-data.ts';
import { generateQuiz, type QuizOptions } from './quiz/generate.ts';
import type { QuizQuestion } from './quiz/types.ts';
import { PassageIndex } from './search/passage-index.ts';

export interface SearchHit {
  passageId: string;
  documentId: string;
  score: number;
  text: string;
}

export interface TimelineQuery {
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  topic?: string;
}

/**
 * What adapters (CLI, console, Discord) see of the core. It returns data only;
 * adapters render it.
 */
export interface Engine {
  corpus: Corpus;
  sources(): DocumentMeta[];
  passage(id: string): Passage | undefined;
  search(query: string, options?: { limit?: number }): SearchHit[];
  ask(question: string): Answer;
  timeline(query?: TimelineQuery): TimelineEvent[];
  /** Cooperation against conflict per quarter over a period, with the events behind each bar. */
  barometer(query?: Pick<TimelineQuery, 'from' | 'to'>): Barometer;
  event(id: string): TimelineEvent | undefined;
  /** Events whose summary or quotes match what the user has typed so far (autocomplete). */
  suggestEvents(typed: string, limit?: number): Array<{ id: string; label: string }>;
  /** Quiz questions drawn from the events, the same for the same seed. */
  quiz(options: QuizOptions): QuizQuestion[];
}

export interface EngineOptions {
  dataDir?: string;
  /** The clock that relative dates in questions ("last year") are read against. */
  now?: () => Date;
  /** The bundled corpus and language data, loaded once and shared by the engines of many servers. */
  base?: EngineBase;
  /** A server's own documents and its moderators' event changes, on top of the bundled corpus. */
  layer?: EngineLayer;
}

export interface EngineBase {
  corpus: Corpus;
  language: LanguageData;
}

export interface EngineLayer {
  documents: CorpusDocument[];
  events: EventLayer;
  /** Told the event changes that name events no longer there (they are skipped). */
  onSkipped?: (eventIds: string[]) => void;
}

export async function loadEngineBase(dataDir?: string): Promise<EngineBase> {
  const [corpus, language] = await Promise.all([loadCorpus(dataDir), loadLanguageData(dataDir)]);
  return { corpus, language };
}

/** Loads the bundled corpus (unless given) and builds everything the adapters query, with a server's layer if given. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const { corpus: bundled, language } = options.base ?? (await loadEngineBase(options.dataDir));
  const corpus = options.layer ? corpusOf([...bundled.documents, ...options.layer.documents]) : bundled;
  const index = new PassageIndex(language.analyzer);
  index.add(corpus.passages, new Map(corpus.documents.map((doc) => [doc.meta.id, doc.meta.title])));
  const events = buildEvents(corpus, { ...language, extractDates }, options.layer?.events);
  if (events.skipped.length > 0) options.layer?.onSkipped?.(events.skipped);
  const answerer = new Answerer({ corpus, index, events, analyzer: language.analyzer, eventTypes: language.eventTypes, gloss: language.gloss, now: options.now ?? (() => new Date()) });
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  const eventsById = new Map(events.events.map((e) => [e.id, e]));
  return {
    corpus,
    sources: () => corpus.documents.map((doc) => doc.meta),
    passage: (id) => passages.get(id),
    search: (query, searchOptions) => index.search(query, searchOptions),
    ask: (question) => answerer.ask(question),
    timeline: (query = {}) => answerer.timeline(periodBetween(query.from, query.to), query.topic),
    barometer: (query = {}) => buildBarometer(answerer.timeline(periodBetween(query.from, query.to))),
    event: (id) => eventsById.get(id),
    suggestEvents: (typed, limit = 25) => suggestEvents(events.events, index, typed, limit),
    quiz: (quizOptions) => generateQuiz(events.events, language.gazetteer.people, quizOptions),
  };
}

import { Answerer } from './answers/answerer.ts';
import { periodBetween } from './answers/period.ts';
import type { Answer } from './answers/schema.ts';
import { BUNDLED_DATA_DIR, corpusOf, readCorpusSources } from './corpus/load.ts';
import type { Corpus, CorpusDocument, DocumentMeta, Passage } from './corpus/types.ts';
import { extractDates } from './dates/index.ts';
import { buildBarometer, type Barometer } from './events/barometer.ts';
import { buildEvents, type EventCorpus, type EventLayer } from './events/build.ts';
import { suggestEvents } from './events/suggest.ts';
import type { EventStatus, TimelineEvent } from './events/types.ts';
import { loadLanguageData, type LanguageData } from './language-data.ts';
import type { QuizSource } from './quiz/context.ts';
import type { QuizCuration } from './quiz/curation.ts';
import { generateQuiz, questionBank, type BankQuery, type QuizOptions } from './quiz/generate.ts';
import type { QuizQuestion } from './quiz/types.ts';
import { DEFAULT_STATE_DIR, openBaseState, stateFile, type BaseState } from './persist/base-state.ts';
import { analysedOf } from './search/analysis.ts';
import type { PassageIndex } from './search/passage-index.ts';
import type { SearchHit } from './search/query.ts';

export type { SearchHit };

export interface TimelineQuery {
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  topic?: string;
  /** Which events: what happened unless asked otherwise (plans, background). */
  status?: readonly EventStatus[];
}

const HAPPENED: readonly EventStatus[] = ['happened'];

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
  /** Every question this server may be asked in a language and period, as its moderators left them. */
  quizBank(query?: BankQuery): QuizQuestion[];
  /** What the quiz questions are made from, for checking a moderator's own question. */
  quizSource: QuizSource;
}

export interface EngineOptions extends BaseOptions {
  dataDir?: string;
  /** The clock that relative dates in questions ("last year") are read against. */
  now?: () => Date;
  /** The bundled corpus and language data, loaded once and shared by the engines of many servers. */
  base?: EngineBase;
  /** A server's own documents and its moderators' event changes, on top of the bundled corpus. */
  layer?: EngineLayer;
}

export interface BaseOptions {
  /**
   * Where the prepared corpus (passages, claims, index, events) is saved between runs, so that a
   * restart does not prepare it again: `var/cache/` unless given; `false` neither reads nor saves.
   */
  stateDir?: string | false;
}

/** The bundled corpus ready to query, with the language data: shared by the engines of every server. */
export interface EngineBase extends BaseState {
  language: LanguageData;
}

export interface EngineLayer {
  documents: CorpusDocument[];
  events: EventLayer;
  /** Told the event changes that name events no longer there (they are skipped). */
  onSkipped?: (eventIds: string[]) => void;
  /** The moderators' decisions on the server's quiz questions. */
  quiz?: readonly QuizCuration[];
}

export async function loadEngineBase(dataDir: string = BUNDLED_DATA_DIR, options: BaseOptions = {}): Promise<EngineBase> {
  const [sources, language] = await Promise.all([readCorpusSources(dataDir), loadLanguageData(dataDir)]);
  const stateDir = options.stateDir ?? DEFAULT_STATE_DIR;
  return { language, ...(await openBaseState(sources, language, stateDir && stateFile(stateDir, dataDir))) };
}

/** What an engine answers from: a corpus, its passage index and its events. */
export interface EngineKnowledge {
  corpus: Corpus;
  index: PassageIndex;
  events: EventCorpus;
}

/**
 * The bundled knowledge with a server's layer on top. The layer's documents get an index layer of
 * their own over the shared one, so its cost follows the server's documents, not the corpus.
 */
export function layeredKnowledge(base: EngineBase, layer: EngineLayer): EngineKnowledge {
  const { language } = base;
  const corpus = corpusOf([...base.corpus.documents, ...layer.documents]);
  const index = base.index.withDocuments(layer.documents.map((doc) => analysedOf(doc, language.analyzer)));
  const events = buildEvents(corpus, { ...language, extractDates }, layer.events, base.events);
  return { corpus, index, events };
}

/** The engine adapters query: on the bundled corpus, or with a server's layer on top of it. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const base = options.base ?? (await loadEngineBase(options.dataDir, options));
  const knowledge = options.layer ? layeredKnowledge(base, options.layer) : base;
  if (knowledge.events.skipped.length > 0) options.layer?.onSkipped?.(knowledge.events.skipped);
  return engineOver(base.language, knowledge, { ...(options.now && { now: options.now }), quiz: options.layer?.quiz ?? [] });
}

export interface EngineOverOptions {
  now?: () => Date;
  /** The moderators' decisions on the server's quiz questions. */
  quiz?: readonly QuizCuration[];
}

/** The engine over knowledge made ready already (the bundled corpus, or a server's saved or built layer). */
export function engineOver(language: LanguageData, { corpus, index, events }: EngineKnowledge, { now = () => new Date(), quiz: curations = [] }: EngineOverOptions = {}): Engine {
  const answerer = new Answerer({ corpus, index, events, analyzer: language.analyzer, eventTypes: language.eventTypes, gloss: language.gloss, now });
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  // Events are read from a saved state when first asked for: nothing here asks for them before that.
  let eventsById: Map<string, TimelineEvent> | undefined;
  const quizSource: QuizSource = {
    get events() {
      return events.events;
    },
    corpus,
    analyzer: language.analyzer,
    gazetteer: language.gazetteer,
    eventTypes: language.eventTypes,
    people: language.gazetteer.people,
  };
  return {
    corpus,
    sources: () => corpus.documents.map((doc) => doc.meta),
    passage: (id) => passages.get(id),
    search: (query, searchOptions) => index.search(query, searchOptions),
    ask: (question) => answerer.ask(question),
    timeline: (query = {}) => withStatus(answerer.timeline(periodBetween(query.from, query.to), query.topic), query.status),
    barometer: (query = {}) => buildBarometer(withStatus(answerer.timeline(periodBetween(query.from, query.to)))),
    event: (id) => (eventsById ??= new Map(events.events.map((e) => [e.id, e]))).get(id),
    suggestEvents: (typed, limit = 25) => suggestEvents(events.events, index, typed, limit),
    quiz: (quizOptions) => generateQuiz(quizSource, quizOptions, curations),
    quizBank: (query = {}) => questionBank(quizSource, query, curations),
    quizSource,
  };
}

function withStatus(events: TimelineEvent[], status: readonly EventStatus[] = HAPPENED): TimelineEvent[] {
  return events.filter((event) => status.includes(event.status));
}

import { loadCorpus } from './corpus/load.ts';
import { PassageIndex } from './search/passage-index.ts';
import { loadAnalyzer } from './search/analysis-data.ts';
import type { Answer } from './answers/schema.ts';
import type { Corpus, DocumentMeta, Passage } from './corpus/types.ts';
import type { TimelineEvent } from './events/types.ts';

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
  event(id: string): TimelineEvent | undefined;
  /** Events whose summary or quotes match what the user has typed so far (autocomplete). */
  suggestEvents(typed: string, limit?: number): Array<{ id: string; label: string }>;
}

export interface EngineOptions {
  dataDir?: string;
}

/** Loads the bundled corpus and builds everything the adapters query. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const [corpus, analyzer] = await Promise.all([loadCorpus(options.dataDir), loadAnalyzer(options.dataDir)]);
  const index = new PassageIndex(analyzer);
  index.add(corpus.passages, new Map(corpus.documents.map((doc) => [doc.meta.id, doc.meta.title])));
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  return {
    corpus,
    sources: () => corpus.documents.map((doc) => doc.meta),
    passage: (id) => passages.get(id),
    search: (query, searchOptions) => index.search(query, searchOptions),
    ask: () => {
      throw new Error('relations-bot: ask is not available yet');
    },
    timeline: () => [],
    event: () => undefined,
    suggestEvents: () => [],
  };
}

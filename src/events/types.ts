import type { Language } from '../corpus/types.ts';
import type { Granularity } from '../dates/index.ts';

export type Tone = 'cooperation' | 'conflict' | 'neutral';
export type { Granularity };

export interface Citation {
  documentId: string;
  passageId: string;
  /** Verbatim text of the cleaned document. */
  quote: string;
  language: Language;
}

/** A dated claim as one document states it. */
export interface DatedClaim {
  /** TimeML partial date: 2016, 2016-06, 2016-06-27. */
  date: string;
  dateText: string;
  granularity: Granularity;
  certain: boolean;
  citation: Citation;
}

export interface TimelineEvent {
  id: string;
  date: string;
  dateText: string;
  granularity: Granularity;
  certainty: 'stated' | 'inferred' | 'uncertain';
  summary: string;
  actors: string[];
  places: string[];
  tone: Tone;
  citations: Citation[];
  /** Claims that disagree on the date (empty when all sources agree). */
  claims: DatedClaim[];
}

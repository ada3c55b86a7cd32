import type { Language } from '../corpus/types.ts';
import type { Granularity } from '../dates/index.ts';
import type { EventStatus } from './status.ts';

export type Tone = 'cooperation' | 'conflict' | 'neutral';
/** Whom an event is between: Russia and Turkey (`pair`), or one of them and a third party (`context`). */
export type Relation = 'pair' | 'context';
export type { EventStatus, Granularity };

/**
 * What makes a date doubtful: worked out from a publication date that was itself guessed
 * (`inferred`), read from damaged text (`garbled`), composed from another event's date or from
 * relative expressions (`composed`), or given otherwise by another document (`disagreeing`).
 */
export const DATE_DOUBTS = ['inferred', 'garbled', 'composed', 'disagreeing'] as const;
export type DateDoubt = (typeof DATE_DOUBTS)[number];

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
  /** A happening, a plan (dated by when it was said, `plannedFor` the date it names), or background. */
  status: EventStatus;
  plannedFor?: string;
  citation: Citation;
}

export interface TimelineEvent {
  id: string;
  date: string;
  dateText: string;
  granularity: Granularity;
  /** `reviewed`: a moderator confirmed or corrected the date. */
  certainty: 'stated' | 'inferred' | 'uncertain' | 'reviewed';
  /** Why a moderator should look at the date (the review queue): absent when nothing is doubtful. */
  doubts?: DateDoubt[];
  /** In English, for every event. */
  summary: string;
  /** The summary in the other languages its sources are written in: Swedish where a Swedish source tells it. */
  summaries?: Partial<Record<Language, string>>;
  actors: string[];
  places: string[];
  tone: Tone;
  /** `pair`: between Russia and Turkey; `context`: one of them with a third party (the barometer leaves it out). */
  relation: Relation;
  /** `happened` by default in the timeline, the quiz and the pictures; `planned` on request; `background` a standing fact. */
  status: EventStatus;
  /** For a plan: the date it is planned for ("planned for 2023"); `date` is when it was said. */
  plannedFor?: string;
  citations: Citation[];
  /** Claims that disagree on the date (empty when all sources agree). */
  claims: DatedClaim[];
  /**
   * The sentence the date was taken from when the event's own sentence names it by another happening
   * ("The same day Erdogan and Putin met, …"): with it, a reader can check the date.
   */
  dateFrom?: Citation;
}

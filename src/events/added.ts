import type { Corpus, Passage } from '../corpus/types.ts';
import type { Claim } from './claims.ts';
import type { Correction } from './overlay.ts';
import type { Granularity, Tone } from './types.ts';

/**
 * An event a moderator added. It invents nothing: it dates a verbatim quote of a passage that
 * is in the corpus, and its summary says what the quote says.
 */
export interface AddedEventSpec {
  passageId: string;
  /** Verbatim text of the passage. */
  quote: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  summary: string;
  tone: Tone;
}

const GRANULARITY: Record<number, Granularity> = { 1: 'year', 2: 'month', 3: 'day' };

export function granularityOf(date: string): Granularity {
  return GRANULARITY[date.split('-').length] ?? 'day';
}

/** Where the quote starts in its passage, or -1 when it is not verbatim text of it. */
export function quoteOffset(passage: Passage, quote: string): number {
  return quote.trim() === '' ? -1 : passage.text.indexOf(quote);
}

/** An added event's id, made like every event id: the passage and the offset of what dates it. */
export function addedEventId(passageId: string, offset: number): string {
  return `${passageId}@${offset}`;
}

/** The passage an event id names (`<passage id>@<offset>`). */
export function passageOfEvent(eventId: string): string {
  const at = eventId.lastIndexOf('@');
  return at < 0 ? eventId : eventId.slice(0, at);
}

export interface AddedClaim {
  spec: AddedEventSpec;
  claim: Claim;
  id: string;
}

/**
 * The claims moderators' events make: the quote is the clause dated, so answers can quote it
 * and date it like any other claim. Specs whose passage or quote is gone go to `onMissing`.
 */
export function addedClaims(specs: AddedEventSpec[], corpus: Corpus, onMissing: (spec: AddedEventSpec) => void): AddedClaim[] {
  if (specs.length === 0) return [];
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  return specs.flatMap((spec) => {
    const passage = passages.get(spec.passageId);
    const offset = passage ? quoteOffset(passage, spec.quote) : -1;
    if (!passage || offset < 0) {
      onMissing(spec);
      return [];
    }
    return [{ spec, claim: addedClaim(spec, passage, offset), id: addedEventId(passage.id, offset) }];
  });
}

function addedClaim(spec: AddedEventSpec, passage: Passage, offset: number): Claim {
  const start = passage.cleanStart + offset;
  const end = start + spec.quote.length;
  const granularity = granularityOf(spec.date);
  return {
    date: spec.date,
    dateText: spec.date,
    granularity,
    certain: true,
    // A moderator adds what happened; a plan or a standing fact is not a timeline entry of its own.
    status: 'happened',
    citation: { documentId: passage.documentId, passageId: passage.id, quote: spec.quote, language: passage.language },
    passage,
    // A date a person worked out from the text: "inferred", not "stated", unless the quote says it.
    mention: { start, end, text: spec.quote, value: spec.date, granularity, certain: true, anchor: 'narrative' },
    focus: { start, end, text: spec.quote },
    sequel: [],
  };
}

/** The moderator's summary and tone, as corrections applied before any later edit of them. */
export function addedCorrections(added: AddedClaim[]): Correction[] {
  const reason = 'added by a moderator';
  return added.flatMap(({ spec, id }) => [
    { event: id, field: 'summary' as const, value: spec.summary, reason },
    { event: id, field: 'tone' as const, value: spec.tone, reason },
  ]);
}

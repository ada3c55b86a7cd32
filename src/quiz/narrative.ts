import type { Passage } from '../corpus/types.ts';
import { partialDateRange } from '../dates/index.ts';
import type { Citation, TimelineEvent } from '../events/types.ts';

/**
 * Where a document tells an event whose date no quote proves: "The talks result in agreement on
 * 'de-escalation' zones" dated by "In January 2017, … launch talks in Astana" two sentences before.
 * The events layer dates such a sentence by the story it continues; a reveal cannot show that date,
 * but it can show the order the document tells: after the happening told before it (whose date a
 * quote proves), and before the next one the document tells with a proved date, as far as the
 * document tells them in the order of their dates.
 */
export interface Told {
  /** The event's own quote in the document that tells the story. */
  citation: Citation;
  /** The latest happening that document tells before it, with a quote of that document. */
  before: { event: TimelineEvent; citation: Citation };
  /** The earliest happening that document tells after it, if one. */
  after?: { event: TimelineEvent; citation: Citation };
}

export interface NarrativeInput {
  /** The happenings a story may be told by: happened, their date proved by a quote. */
  anchors: readonly TimelineEvent[];
  passage(id: string): Passage | undefined;
  /** Whether a quote's words state exactly this date: the sentence an undated one took its date from. */
  statesExactly(citation: Citation, date: string): boolean;
}

interface Telling {
  event: TimelineEvent;
  citation: Citation;
  at: number;
}

/** Each document's tellings of the anchors, in the order the document tells them. */
function tellingsByDocument(input: NarrativeInput): Map<string, Telling[]> {
  const byDocument = new Map<string, Telling[]>();
  for (const event of input.anchors) {
    for (const citation of event.citations) {
      const passage = input.passage(citation.passageId);
      if (!passage) continue;
      const list = byDocument.get(citation.documentId) ?? [];
      list.push({ event, citation, at: passage.cleanStart });
      byDocument.set(citation.documentId, list);
    }
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.at - b.at);
  return byDocument;
}

/** Finds, for an event, the story a document tells it in, when the document's order agrees with the dates. */
export function narrativeOf(input: NarrativeInput): (event: TimelineEvent) => Told | undefined {
  const byDocument = tellingsByDocument(input);
  return (event) => {
    const own = partialDateRange(event.date);
    for (const citation of event.citations) {
      const passage = input.passage(citation.passageId);
      const tellings = byDocument.get(citation.documentId);
      if (!passage || !tellings) continue;
      // The latest happening told before it: the one the event's date comes from ("In January 2017, … launch talks"), or one its own date puts wholly before it.
      const before = tellings.filter((t) => t.at < passage.cleanStart && t.event.id !== event.id).at(-1);
      if (!before || !(input.statesExactly(before.citation, event.date) || partialDateRange(before.event.date).end < own.start)) continue;
      const from = partialDateRange(before.event.date);
      // The first told after it that did not happen before it.
      const after = tellings.find((t) => t.at > passage.cleanStart && t.event.id !== event.id && partialDateRange(t.event.date).end >= own.end && partialDateRange(t.event.date).start > from.end);
      return { citation, before: { event: before.event, citation: before.citation }, ...(after && { after: { event: after.event, citation: after.citation } }) };
    }
    return undefined;
  };
}

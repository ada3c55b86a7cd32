import { prepareDocument } from '../corpus/load.ts';
import type { DocumentMeta } from '../corpus/types.ts';
import type { EngineLayer } from '../engine.ts';
import type { GuildData, StoredDocument } from '../store/types.ts';
import { granularityOf } from '../events/added.ts';

/** A server's document as the corpus knows its metadata. */
export function documentMeta(doc: StoredDocument): DocumentMeta {
  return {
    id: doc.id,
    file: doc.fileName,
    title: doc.title,
    publisher: doc.publisher,
    language: doc.language,
    published: { value: doc.published, granularity: granularityOf(doc.published) as DocumentMeta['published']['granularity'], inferred: false },
    quality: [],
  };
}

export function hasLayer(data: GuildData): boolean {
  return data.documents.length + data.addedEvents.length + data.eventChanges.length > 0;
}

/** What a server adds to the bundled knowledge: its documents, cleaned and cut like the bundled ones, and its event changes. */
export function guildLayer(data: GuildData): EngineLayer {
  return {
    documents: data.documents.map((doc) => prepareDocument(documentMeta(doc), doc.text)),
    events: {
      added: data.addedEvents.map(({ passageId, quote, date, summary, tone }) => ({ passageId, quote, date, summary, tone })),
      corrections: data.eventChanges.map(({ event, field, value, changedBy, changedAt }) => ({
        event,
        field,
        value,
        reason: `changed by ${changedBy} at ${changedAt}`,
      })),
    },
  };
}

import { prepareDocument } from '../corpus/load.ts';
import type { CorpusDocument, DocumentMeta } from '../corpus/types.ts';
import { sha256 } from '../persist/fingerprint.ts';
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
  return data.documents.length + data.addedEvents.length + data.eventChanges.length + data.quizCurations.length > 0;
}

/** Server documents cleaned and cut, by content: a server's engine is rebuilt after every change, and most of its documents did not change. */
const prepared = new Map<string, CorpusDocument>();
const MAX_PREPARED = 1_000;

function preparedDocument(doc: StoredDocument): CorpusDocument {
  const meta = documentMeta(doc);
  const key = sha256(JSON.stringify(meta), doc.text);
  const found = prepared.get(key) ?? prepareDocument(meta, doc.text);
  // Most recently used last; the least recently used goes first.
  prepared.delete(key);
  prepared.set(key, found);
  for (const oldest of prepared.keys()) {
    if (prepared.size <= MAX_PREPARED) break;
    prepared.delete(oldest);
  }
  return found;
}

/** What a server adds to the bundled knowledge: its documents, cleaned and cut like the bundled ones, and its event changes. */
export function guildLayer(data: GuildData): EngineLayer {
  return {
    documents: data.documents.map(preparedDocument),
    events: {
      added: data.addedEvents.map(({ passageId, quote, date, summary, tone }) => ({ passageId, quote, date, summary, tone })),
      corrections: data.eventChanges.map(({ event, field, value, changedBy, changedAt }) => ({
        event,
        field,
        value,
        reason: `changed by ${changedBy} at ${changedAt}`,
      })),
    },
    quiz: data.quizCurations,
  };
}
